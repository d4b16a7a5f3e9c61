"""JSON export/import (versioned, documented, all or nothing) and CSV export.

Every table is filled by ``helpers.fill_every_table``.
"""
from __future__ import annotations

import csv
import json
import os
import re
import stat

import pytest

from caregiver_app.cli.main import main
from caregiver_app.domain.people import Person
from caregiver_app.storage import open_store
from caregiver_app.storage.dump import TABLES, dump_tables
from caregiver_app.storage.export import export_document, export_json
from caregiver_app.storage.format import FORMAT_VERSION, MAX_IMPORT_BYTES
from caregiver_app.storage.importer import ImportRefused, import_file, load_file
from caregiver_app.storage.json_schema import json_schema
from caregiver_app.storage.schema import live_schema
from helpers import HOSTILE_NAME, ROOT, fill_every_table

SCHEMA_FILE = ROOT / "docs" / "data-format.schema.json"
@pytest.fixture
def full_store(store, clock):
    fill_every_table(store, clock)
    return store


# -- a small JSON Schema validator (the subset the schema file uses) ------------------------------------

def validate_json_schema(instance, schema, root=None, path="$") -> list[str]:
    root = root or schema
    errors: list[str] = []
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/"), ref
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        return validate_json_schema(instance, target, root, path)
    if "anyOf" in schema:
        if not any(not validate_json_schema(instance, s, root, path) for s in schema["anyOf"]):
            errors.append(f"{path}: matches none of anyOf")
        return errors
    if "const" in schema and instance != schema["const"]:
        errors.append(f"{path}: expected {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{path}: not one of {schema['enum']}")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        checks = {"object": lambda v: isinstance(v, dict), "array": lambda v: isinstance(v, list),
                  "string": lambda v: isinstance(v, str), "null": lambda v: v is None,
                  "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
                  "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
                  "boolean": lambda v: isinstance(v, bool)}
        if not any(checks[t](instance) for t in types):
            return [f"{path}: expected {types}, found {type(instance).__name__}"]
    if isinstance(instance, dict):
        for key in schema.get("required", []):
            if key not in instance:
                errors.append(f"{path}: missing {key}")
        props = schema.get("properties", {})
        for key, value in instance.items():
            if key in props:
                errors += validate_json_schema(value, props[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected {key}")
    if isinstance(instance, list) and "items" in schema:
        for i, item in enumerate(instance):
            errors += validate_json_schema(item, schema["items"], root, f"{path}[{i}]")
    if isinstance(instance, str):
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            errors.append(f"{path}: does not match {schema['pattern']}")
        if "maxLength" in schema and len(instance) > schema["maxLength"]:
            errors.append(f"{path}: too long")
    if isinstance(instance, (int, float)) and not isinstance(instance, bool):
        if "minimum" in schema and instance < schema["minimum"]:
            errors.append(f"{path}: below minimum")
        if "maximum" in schema and instance > schema["maximum"]:
            errors.append(f"{path}: above maximum")
    return errors


# -- coverage of every table ---------------------------------------------------------------------------

def live_tables(store) -> set[str]:
    return {r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}


def test_every_table_is_covered(full_store, clock):
    live = live_tables(full_store)
    assert set(TABLES) == live, "storage/dump.py TABLES must list every table of the live schema"
    doc = export_document(full_store, clock)
    assert set(doc["tables"]) == live
    schema_file = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert set(schema_file["properties"]["tables"]["properties"]) == live
    for t in live_schema(full_store.conn):
        row_schema = schema_file["$defs"][f"row_{t.name}"]
        assert set(row_schema["properties"]) == {c.name for c in t.columns}, t.name
    # the fixture really puts rows in every table it knows of, so the round trips mean something (a table added
    # later is covered by the generic code; add rows for it in fill_every_table)
    known = ("people", "settings", "medicines", "schedules", "dose_log", "diary_entries", "plans", "plan_steps",
             "reminder_events")
    assert all(doc["tables"][t] for t in known), [t for t in known if not doc["tables"][t]]


def test_schema_file_is_up_to_date(store):
    generated = json_schema(store.conn)
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == generated, ("docs/data-format.schema.json is out of date; regenerate it with "
                                  "python -m caregiver_app.storage.json_schema --schema docs/data-format.schema.json")


def test_export_validates_against_the_schema_file(full_store, clock, tmp_path):
    path = tmp_path / "out.json"
    export_json(full_store, path, clock)
    doc = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert validate_json_schema(doc, schema) == []
    assert doc["format"] == "caregiver-app-export" and doc["format_version"] == FORMAT_VERSION
    # and the validator does reject things
    bad = json.loads(json.dumps(doc))
    bad["tables"]["dose_log"][0]["dose_mg"] = "ten"
    bad["tables"]["people"][0]["surprise"] = 1
    errs = validate_json_schema(bad, schema)
    assert any("dose_mg" in e for e in errs) and any("surprise" in e for e in errs)


def test_data_format_doc_mentions_every_table(store):
    text = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    for t in sorted(live_tables(store)):
        assert f"`{t}`" in text, f"docs/data-format.md does not describe the table {t}"


# -- round trip ------------------------------------------------------------------------------------------

def test_export_import_round_trip_is_exact(full_store, clock, tmp_path):
    first = tmp_path / "one.json"
    export_json(full_store, first, clock)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    target = open_store(tmp_path / "other" / "caregiver.db", clock)
    try:
        import_file(target, first, "empty")
        assert dump_tables(target) == dump_tables(full_store)
        again = tmp_path / "two.json"
        export_json(target, again, clock)
        a, b = json.loads(first.read_text("utf-8")), json.loads(again.read_text("utf-8"))
        assert a == b
        assert target.integrity_errors() == []
        assert target.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        target.close()


def test_an_export_from_before_the_people_rename_imports_whole(full_store, clock, tmp_path):
    """Files exported before data format 3 say "recipients" and "recipient_id": they import as they are."""
    doc = export_document(full_store, clock)
    before = doc["tables"]
    old = dict(before)
    old["recipients"] = old.pop("people")
    later = ("ingredient", "left_out")  # columns of data format 4
    old = {name: [{("recipient_id" if k == "person_id" else k): v for k, v in row.items() if k not in later}
                  for row in rows] for name, rows in old.items()}
    path = tmp_path / "old.json"
    path.write_text(json.dumps({**doc, "schema_version": 2, "tables": old}), encoding="utf-8")
    target = open_store(tmp_path / "new" / "caregiver.db", clock)
    try:
        import_file(target, path, "empty")
        assert export_document(target, clock)["tables"] == before
    finally:
        target.close()


def test_an_export_from_before_the_ingredient_field_reads_it_from_the_name(full_store, clock, tmp_path):
    doc = export_document(full_store, clock)
    meds = [{k: v for k, v in row.items() if k != "ingredient"} for row in doc["tables"]["medicines"]]
    path = tmp_path / "v3.json"
    path.write_text(json.dumps({**doc, "schema_version": 3, "tables": {**doc["tables"], "medicines": meds}}),
                    encoding="utf-8")
    target = open_store(tmp_path / "new" / "caregiver.db", clock)
    try:
        import_file(target, path, "empty")
        back = export_document(target, clock)["tables"]["medicines"]
        assert [m["ingredient"] for m in back] == [m["ingredient"] for m in doc["tables"]["medicines"]]
        assert "baclofen" in [m["ingredient"] for m in back]
    finally:
        target.close()


def test_import_into_store_with_data_needs_merge_or_replace(full_store, clock, tmp_path):
    path = tmp_path / "x.json"
    export_json(full_store, path, clock)
    before = dump_tables(full_store)
    with pytest.raises(ImportRefused, match="--merge"):
        import_file(full_store, path, "empty")
    assert dump_tables(full_store) == before


def test_merge_adds_everything_with_new_ids(full_store, clock, tmp_path):
    path = tmp_path / "x.json"
    export_json(full_store, path, clock)
    before = {t: len(rows) for t, rows in dump_tables(full_store).items()}
    import_file(full_store, path, "merge")
    after = {t: len(rows) for t, rows in dump_tables(full_store).items()}
    for t in TABLES:
        expected = before[t] if t == "settings" else 2 * before[t]
        assert after[t] == expected, t
    conn = full_store.conn
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # references follow the new ids: each person's doses point at that person's own medicine
    assert conn.execute("SELECT COUNT(*) FROM dose_log d JOIN medicines m ON m.id = d.medicine_id "
                        "WHERE m.person_id != d.person_id").fetchone()[0] == 0
    # the corrected dose still points at its original, in the copy too
    pairs = conn.execute("SELECT n.id, o.id FROM dose_log n JOIN dose_log o ON o.id = n.replaces_id").fetchall()
    assert len(pairs) == 2 and all(new > old for new, old in pairs)


def test_replace_gives_exactly_the_file(full_store, clock, tmp_path):
    path = tmp_path / "x.json"
    other = open_store(tmp_path / "o" / "caregiver.db", clock)
    other.people.save(Person(name="Only person"))
    export_json(other, path, clock)
    import_file(full_store, path, "replace")
    assert dump_tables(full_store) == dump_tables(other)
    other.close()


# -- refusals: what and where, store unchanged -----------------------------------------------------------

@pytest.fixture
def exported(full_store, clock, tmp_path):
    path = tmp_path / "good.json"
    export_json(full_store, path, clock)
    return json.loads(path.read_text("utf-8"))


def _refused(store, tmp_path, content, mode="replace") -> str:
    before = dump_tables(store)
    path = tmp_path / "bad.json"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    with pytest.raises(ImportRefused) as info:
        import_file(store, path, mode)
    assert dump_tables(store) == before, "a refused import must leave the store unchanged"
    message = str(info.value)
    assert message and "Traceback" not in message
    return message


def test_truncated_file_is_refused(full_store, tmp_path, exported):
    raw = json.dumps(exported).encode()
    msg = _refused(full_store, tmp_path, raw[: len(raw) // 2])
    assert "truncated" in msg and "line" in msg


def test_wrong_versions_are_refused(full_store, tmp_path, exported):
    doc = dict(exported, format_version=FORMAT_VERSION + 1)
    assert "version" in _refused(full_store, tmp_path, doc).lower()
    doc = dict(exported, schema_version=999)
    assert "newer version" in _refused(full_store, tmp_path, doc)
    doc = dict(exported, format="something-else")
    assert "not a Caregiver Assistant export" in _refused(full_store, tmp_path, doc)


def test_wrong_types_are_refused_with_the_place(full_store, tmp_path, exported):
    doc = json.loads(json.dumps(exported))
    doc["tables"]["dose_log"][5]["dose_mg"] = "twenty"
    msg = _refused(full_store, tmp_path, doc)
    assert "tables.dose_log[5]" in msg and "dose_mg" in msg and "number" in msg
    doc = json.loads(json.dumps(exported))
    doc["tables"]["people"][0]["kidney_reduced"] = True
    assert "kidney_reduced" in _refused(full_store, tmp_path, doc)
    doc = json.loads(json.dumps(exported))
    doc["tables"]["diary_entries"][0]["entry_at"] = "yesterday"
    assert "entry_at" in _refused(full_store, tmp_path, doc)
    doc = json.loads(json.dumps(exported))
    doc["tables"]["people"][0]["name"] = None
    assert "must not be null" in _refused(full_store, tmp_path, doc)
    doc = json.loads(json.dumps(exported))
    doc["tables"]["people"][0]["id"] = 2 ** 70
    assert "too large" in _refused(full_store, tmp_path, doc)
    doc = json.loads(json.dumps(exported))
    doc["tables"]["medicines"] = {"not": "a list"}
    assert "tables.medicines" in _refused(full_store, tmp_path, doc)


def test_duplicate_ids_are_refused(full_store, tmp_path, exported):
    doc = json.loads(json.dumps(exported))
    doc["tables"]["dose_log"].append(dict(doc["tables"]["dose_log"][3]))
    msg = _refused(full_store, tmp_path, doc)
    assert "duplicate id" in msg and "tables.dose_log[3]" in msg


def test_duplicate_keys_in_an_object_are_refused(full_store, tmp_path, exported):
    raw = json.dumps(exported).replace('"name": ', '"name": "x", "name": ', 1).encode()
    assert "twice" in _refused(full_store, tmp_path, raw)


def test_dangling_references_are_refused(full_store, tmp_path, exported):
    doc = json.loads(json.dumps(exported))
    doc["tables"]["dose_log"][0]["medicine_id"] = 424242
    msg = _refused(full_store, tmp_path, doc, mode="merge")
    assert "424242" in msg and "dangling" in msg and "medicine_id" in msg


def test_a_plan_on_another_persons_medicine_is_refused(full_store, tmp_path, exported):
    doc = json.loads(json.dumps(exported))
    people = [r["id"] for r in doc["tables"]["people"]]
    plan = doc["tables"]["plans"][0]
    plan["person_id"] = next(p for p in people if p != plan["person_id"])
    msg = _refused(full_store, tmp_path, doc)
    assert "belongs to another person" in msg and "plans" in msg


def test_rule_breaking_rows_are_refused_after_partial_writes(full_store, tmp_path, exported):
    """The last row breaks a CHECK constraint: everything before it was written in the same transaction and
    is rolled back."""
    doc = json.loads(json.dumps(exported))
    doc["tables"]["reminder_events"][-1]["event"] = "exploded"
    msg = _refused(full_store, tmp_path, doc)
    assert "reminder_events" in msg and "CHECK" in msg


def test_not_json_nan_unknown_and_empty_are_refused(full_store, tmp_path, exported):
    assert "not valid JSON" in _refused(full_store, tmp_path, b"id,name\n1,Sam\n")
    assert "empty" in _refused(full_store, tmp_path, b"")
    assert "not a valid number" in _refused(full_store, tmp_path, json.dumps(exported).replace(
        '"dose_mg": 20.0', '"dose_mg": NaN', 1).encode())
    doc = json.loads(json.dumps(exported))
    doc["tables"]["secrets"] = []
    assert 'Unknown table "secrets"' in _refused(full_store, tmp_path, doc)
    doc = json.loads(json.dumps(exported))
    doc["tables"]["people"][0]["favourite_colour"] = "blue"
    assert "favourite_colour" in _refused(full_store, tmp_path, doc)
    assert "UTF-8" in _refused(full_store, tmp_path, b'{"format": "\xff\xfe"}')
    assert "nested too deeply" in _refused(full_store, tmp_path, b"[" * 100_000 + b"]" * 100_000)
    assert "at the top" in _refused(full_store, tmp_path, b"[1, 2]")


def test_a_2_gb_file_is_refused_before_reading(full_store, tmp_path, monkeypatch):
    big = tmp_path / "huge.json"
    with open(big, "wb") as fh:
        fh.truncate(2 * 1024 ** 3)   # sparse: no disk used
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: opened.append(p) or real_open(p, *a, **k))
    before = dump_tables(full_store)
    with pytest.raises(ImportRefused) as info:
        import_file(full_store, big, "replace")
    assert "2,147 MB" in str(info.value) and f"{MAX_IMPORT_BYTES / 1e6:,.0f} MB" in str(info.value)
    assert big not in opened, "the size is checked before the file is read"
    assert dump_tables(full_store) == before


def test_missing_tables_and_defaulted_columns_are_accepted(store, tmp_path):
    """An older export may lack a table or a column that has a default."""
    doc = {"format": "caregiver-app-export", "format_version": 1, "schema_version": 1,
           "tables": {"people": [{"id": 7, "name": "Ann", "created_at": "2026-01-01T00:00:00Z",
                                      "updated_at": "2026-01-01T00:00:00Z"}]}}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc))
    import_file(store, path, "empty")
    assert [(r.id, r.name) for r in store.people.list()] == [(7, "Ann")]


# -- CLI --------------------------------------------------------------------------------------------------

def test_cli_export_import_round_trip(full_store, clock, tmp_path, capsys, data_dir):
    out = tmp_path / "all.json"
    assert main(["--data-dir", str(data_dir), "export", "-o", str(out)], clock=clock) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "import", str(out)], clock=clock) == 0
    s = open_store(fresh / "caregiver.db", clock)
    assert dump_tables(s) == dump_tables(full_store)
    s.close()
    # a second import into the now-full store needs a choice
    assert main(["--data-dir", str(fresh), "import", str(out)], clock=clock) == 1
    err = capsys.readouterr().err
    assert "--merge" in err and "--replace" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(fresh), "import", str(out), "--merge", "--replace"], clock=clock)
    assert info.value.code == 2  # argparse: not allowed together
    assert main(["--data-dir", str(fresh), "import", str(out), "--replace"], clock=clock) == 0
    printed = capsys.readouterr().out
    assert "before-import" in printed, "a backup of the data as it was is made first"


def test_cli_import_refusal_is_a_message_not_a_traceback(full_store, clock, tmp_path, capsys, data_dir):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "caregiver-app-export", "format_version": 1, "schema_version": 2, "tables": {"re')
    before = dump_tables(full_store)
    assert main(["--data-dir", str(data_dir), "import", str(bad), "--replace"], clock=clock) == 1
    err = capsys.readouterr().err
    assert "truncated" in err and "unchanged" in err and "Traceback" not in err
    assert dump_tables(full_store) == before
    assert not list(data_dir.glob("backups/*before-import*")), "a refused file makes no backup either"


def test_cli_export_refuses_the_live_file_and_missing_store(full_store, clock, tmp_path, capsys, data_dir):
    assert main(["--data-dir", str(data_dir), "export", "-o", str(data_dir / "caregiver.db")], clock=clock) == 1
    assert "live data file" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "nothing"), "export", "-o", str(tmp_path / "x.json")],
                clock=clock) == 1
    assert "no data file" in capsys.readouterr().err
    assert not (tmp_path / "nothing").exists(), "export never creates an empty store"


# -- CSV ----------------------------------------------------------------------------------------------

def test_csv_export_one_file_per_table(full_store, clock, tmp_path, data_dir):
    folder = tmp_path / "csv"
    assert main(["--data-dir", str(data_dir), "export", "--csv", str(folder)], clock=clock) == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = {p.stem: p for p in folder.iterdir()}
    assert set(files) == set(TABLES)
    dump = dump_tables(full_store)
    for table, path in files.items():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        cols = [r[1] for r in full_store.conn.execute(f"PRAGMA table_info({table})")]
        assert rows[0] == cols
        assert len(rows) - 1 == len(dump[table])
    with open(files["people"], encoding="utf-8-sig", newline="") as fh:
        names = [r["name"] for r in csv.DictReader(fh)]
    assert HOSTILE_NAME in names


def test_csv_cells_never_start_a_formula(store, tmp_path):
    from caregiver_app.storage.csv_export import cell, export_csv

    store.people.save(Person(name="=HYPERLINK(\"http://x\")", notes="+1 -2 @3"))
    export_csv(store, tmp_path / "c")
    text = (tmp_path / "c" / "people.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1 -2 @3" in text
    assert cell(-2.5) == "-2.5" and cell(None) == "" and cell(3) == "3"


def test_csv_export_into_a_file_path_is_refused(full_store, clock, tmp_path, capsys, data_dir):
    f = tmp_path / "afile"
    f.write_text("x")
    assert main(["--data-dir", str(data_dir), "export", "--csv", str(f)], clock=clock) == 1
    assert "is a file" in capsys.readouterr().err


def test_load_file_reads_a_good_export(full_store, clock, tmp_path):
    path = tmp_path / "g.json"
    export_json(full_store, path, clock)
    doc = load_file(path)
    assert doc["schema_version"] == full_store.user_version()
    assert os.path.getsize(path) < MAX_IMPORT_BYTES
