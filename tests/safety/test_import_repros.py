"""The small files of issue 14, §1 and §2, kept as tests.

§1: each value that an import used to accept and that then broke ``today``, ``report`` or the desktop app is now
refused, naming the record and the field, with the store unchanged. The same values written straight into a store
(a file edited by hand, an older bug) are left out when read and reported for that record, and the app still
starts, reminds and reports everything else.
§2: values from a file are quoted safely in every message (no escape sequence, bidi override or line separator
reaches the terminal or a window).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from caregiver_app.storage.dump import dump_tables

DEEP = "[" * 45_000 + "]" * 45_000            # (a value is at most 100,000 characters in the format)
DEEP_OBJECT = '{"times": ' + "[" * 45_000 + "]" * 45_000 + "}"

# (table, field, value, words the refusal must contain)
REFUSED = [
    ("medicines", "pump_remind_days", "abc", "pump reminder days"),
    ("schedules", "spec", "{not json", "not valid JSON"),
    ("schedules", "spec", "{}", "spec"),
    ("schedules", "spec", "null", "not a JSON object"),
    ("schedules", "spec", '{"times": [["25:00", 10.0]]}', "25:00"),
    ("schedules", "spec", DEEP_OBJECT, "too long (90,011 characters"),
    ("schedules", "spec", "[" * 4000 + "]" * 4000, "nested too deeply"),
    ("schedules", "tz", "Mars/Olympus_Mons", "not a time zone"),
    ("schedules", "start_date", "0001-01-01", "1900"),
    ("schedules", "start_date", "1899-12-31", "1900"),
    ("schedules", "start_date", "9999-12-31", "9999"),
    ("diary_entries", "side_effects", DEEP, "too long"),
    ("diary_entries", "side_effects", "[" * 900 + "]" * 900, "not a list of the app's names"),
    ("diary_entries", "red_flags", DEEP, "too long"),
    ("diary_entries", "red_flags", "[" * 900 + "]" * 900, "not a list of the app's names"),
    ("plan_steps", "doses", DEEP, "too long"),
    ("plan_steps", "doses", "[" * 4000 + "]" * 4000, "nested too deeply"),
    ("plan_steps", "doses", '[["08:00", 1e308]]', "between 0 and 1000"),
    ("plan_steps", "start_date", "0001-01-01", "1900"),
    ("plan_steps", "start_date", "1999-12-31", "between 2000"),
    ("medicines", "strength_mg", 1e-320, "between 0.01 and 1000"),
    ("medicines", "strength_mg", -10, "cannot be negative"),
    ("dose_log", "dose_mg", 1e308, "between 0.001 and 100000"),
    ("dose_log", "dose_mg", -10, "cannot be negative"),
    ("people", "name", "", "Please enter name"),
    ("people", "name", "x" * 100_000, "too long"),
    ("reminder_events", "snooze_until", "9999-12-31T00:00:00Z", "9999"),
    # The dose-change companion (schema 5): the person's check-in settings, check-in answers, recorded events.
    ("people", "checkin_days", 29, "from 0 (none) to 28"),
    ("people", "checkin_days", -1, "from 0 (none) to 28"),
    ("people", "checkin_days", 7.5, "expected a whole number"),
    ("people", "checkin_time", "25:00", "a time of day like 20:00"),
    ("people", "checkin_time", "8:00", "a time of day like 20:00"),
    ("people", "checkin_time", "\x1b[2J", "a time of day like 20:00"),
    ("diary_entries", "checkin", "\x1b[2Jevil", "not one the app knows"),
    ("diary_entries", "checkin", "reduction:9999-99-99", "not one the app knows"),
    ("diary_entries", "checkin", "x" * 101, "not one the app knows"),
    ("diary_entries", "checkin_day", "2026-11-23", "needs the check-in it belongs to"),
    ("diary_entries", "checkin_day", "23/11/2026", "expected a date"),
    ("diary_entries", "checkin_day", "0001-01-01", "1900"),
    ("watch_events", "kind", "explosion", "rise, reduction, stock_out, refill"),
    ("watch_events", "day", "garbage", "expected a date"),
    ("watch_events", "day", "1899-12-31", "1900"),
    ("watch_events", "day", "2027-06-01", "a few weeks after it was recorded"),
    ("watch_events", "mg_after", 1e308, "between 0 and 100000"),
    ("watch_events", "mg_before", -10, "cannot be negative"),
    ("watch_events", "what", "\x1b[2J\x1b[31mRED", "control characters"),
    ("watch_events", "what", "x" * 501, "too long"),
]
# (which diary entry: the check-in answer or an ordinary one, field, value, words, the field the message names)
REFUSED_CHECKIN = [
    ("answer", "checkin_day", "2026-11-30", "between 1900 and today", "checkin_day"),
    ("answer", "checkin_day", None, "needs the day it was asked about", "checkin_day"),
    ("ordinary", "checkin", "reduction:2026-11-23", "needs the day it was asked about", "checkin_day"),
]
# (key, JSON text of the value, words)
REFUSED_SETTINGS = [
    ("reminders_checked_from", "1", "UTC time"),
    ("reminders_checked_from", '"garbage"', "UTC time"),
    ("text_size", "[]", "text_size"),
    ("text_size", "[" * 4000 + "]" * 4000, "nested too deeply"),
    ("reminders_paused_until", '"garbage"', "UTC time"),
    ("reminders_paused_until", '"9999-12-31T23:59:59Z"', "9999"),
    ("checkins_offered", "[]", "a list of people and days"),
    ("checkins_offered", '{"x": "2026-11-23"}', "is not the id of a person"),
    ("checkins_offered", '{"1": "garbage"}', "is not a day between 1900 and 2100"),
    ("language", "5", "a language code"),
]
UNSAFE = ("\x1b", "\u202e", "\u2028", "\u2029", "\r")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A store with a row of every kind (and an as-needed dose), its folder and its export."""
    from datetime import UTC, datetime, timedelta

    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.services import Services
    from caregiver_app.storage import open_store
    from caregiver_app.storage.export import export_document
    from caregiver_app.system.clock import FakeClock
    from helpers import LONDON, fill_every_table

    clock = FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC), LONDON)
    folder = tmp_path_factory.mktemp("repro") / "data"
    store = open_store(folder / "caregiver.db", clock)
    fill_every_table(store, clock)
    pid = store.people.list()[0].stored_id
    para = store.medicines.save(Medicine(person_id=pid, name="Paracetamol", form="tablet", strength_mg=500.0))
    rec = store.schedules.save(para.stored_id, "prn", {"dose_mg": 1000.0, "min_interval_minutes": 240,
                                                      "max_doses_per_day": 4}, tz="Europe/London",
                               start_date=clock.today() - timedelta(days=30))
    Services(store, clock).doses.log_prn(rec, para, clock.now_utc() - timedelta(hours=5), 1000.0)
    store.settings.set("reminders_paused_until", None)
    doc = export_document(store, clock)
    store.close()
    return folder, doc, clock


def _cli(folder: Path, clock, *argv: str):
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from caregiver_app.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--data-dir", str(folder), *argv], clock=clock)
    return code, out.getvalue(), err.getvalue()


def _copy(folder: Path, to: Path) -> Path:
    import shutil

    to.mkdir(parents=True)
    shutil.copy2(folder / "caregiver.db", to / "caregiver.db")
    return to


def _dump(folder: Path):
    class _S:
        conn = sqlite3.connect(folder / "caregiver.db")

    try:
        return dump_tables(_S)
    finally:
        _S.conn.close()


def _refused(exported, tmp_path, doc, words: str) -> str:
    folder, _doc, clock = exported
    target = _copy(folder, tmp_path / "target")
    before = _dump(target)
    path = tmp_path / "repro.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, _out, err = _cli(target, clock, "import", str(path), "--replace")
    assert code == 1, err[-2000:]
    lines = err.strip("\n").split("\n")
    assert len(lines) == 2 and lines[1] == "Nothing was imported; your data is unchanged.", err[:500]
    assert words in lines[0], lines[0][:500]
    assert "Traceback" not in err and not any(c in err for c in UNSAFE)
    assert _dump(target) == before
    return lines[0]


def _with(doc, table: str, field: str, value, where=lambda row: True):
    out = json.loads(json.dumps(doc))
    row = next(r for r in out["tables"][table] if where(r))
    row[field] = value
    return out


@pytest.mark.parametrize("table, field, value, words", REFUSED, ids=lambda v: str(v)[:30])
def test_an_import_the_forms_would_refuse_is_refused(exported, tmp_path, table, field, value, words):
    where = (lambda r: r.get("form") == "tablet") if table == "medicines" else (lambda r: True)
    line = _refused(exported, tmp_path, _with(exported[1], table, field, value, where), words)
    assert f"tables.{table}[" in line and f'field "{field}"' in line


@pytest.mark.parametrize("which, field, value, words, named", REFUSED_CHECKIN)
def test_a_checkin_answer_the_app_could_not_have_written_is_refused(exported, tmp_path, which, field, value, words,
                                                                     named):
    def where(row):
        return bool(row.get("checkin")) == (which == "answer")

    line = _refused(exported, tmp_path, _with(exported[1], "diary_entries", field, value, where), words)
    assert f'field "{named}"' in line


def test_a_watch_event_of_another_persons_medicine_is_refused(exported, tmp_path):
    doc = json.loads(json.dumps(exported[1]))
    event = doc["tables"]["watch_events"][0]
    medicines = doc["tables"]["medicines"]
    other = next(p["id"] for p in doc["tables"]["people"] if p["id"] != event["person_id"])
    medicines.append({**medicines[0], "id": max(m["id"] for m in medicines) + 1, "person_id": other})
    event["medicine_id"] = medicines[-1]["id"]
    _refused(exported, tmp_path, doc, "belongs to another person")


@pytest.mark.parametrize("key, value, words", REFUSED_SETTINGS, ids=lambda v: str(v)[:30])
def test_a_setting_the_app_could_not_have_written_is_refused(exported, tmp_path, key, value, words):
    doc = json.loads(json.dumps(exported[1]))
    rows = [r for r in doc["tables"]["settings"] if r["key"] != key] + [{"key": key, "value": value}]
    doc["tables"]["settings"] = rows
    line = _refused(exported, tmp_path, doc, words)
    assert "tables.settings[" in line and key in line


def test_an_unknown_setting_is_refused(exported, tmp_path):
    doc = json.loads(json.dumps(exported[1]))
    doc["tables"]["settings"].append({"key": "\x1b[2Jcolour", "value": '"red"'})
    line = _refused(exported, tmp_path, doc, "is not a setting of this app")
    assert "\\x1b[2Jcolour" in line


def test_a_dose_of_another_persons_medicine_is_refused(exported, tmp_path):
    doc = json.loads(json.dumps(exported[1]))
    other = next(p["id"] for p in doc["tables"]["people"] if p["id"] != doc["tables"]["dose_log"][0]["person_id"])
    doc["tables"]["dose_log"][0]["person_id"] = other
    _refused(exported, tmp_path, doc, "another person's")


# -- §2: values from the file quoted safely --------------------------------------------------------------------

@pytest.mark.parametrize("how", ["id", "table", "field", "key", "tz", "reference"])
def test_control_characters_from_the_file_never_reach_the_terminal(exported, tmp_path, how):
    evil = "\u001b[2J\u001b[31mRED\u202e\u2028x"
    doc = json.loads(json.dumps(exported[1]))
    tables = doc["tables"]
    if how == "id":
        tables["people"][0]["id"] = evil
    elif how == "table":
        tables[evil] = []
    elif how == "field":
        tables["people"][0][evil] = 1
    elif how == "key":
        doc[evil] = 1
    elif how == "tz":
        tables["schedules"][0]["tz"] = evil
    else:
        tables["medicines"][0]["person_id"] = 2 ** 40
    line = _refused(exported, tmp_path, doc, "")
    if how != "reference":
        assert "\\x1b[2J\\x1b[31mRED\\u202e\\u2028x" in line


def test_an_import_message_shortens_a_long_value(exported, tmp_path):
    doc = json.loads(json.dumps(exported[1]))
    doc["tables"]["schedules"][0]["tz"] = "Z" * 5000
    line = _refused(exported, tmp_path, doc, "not a time zone")
    assert len(line) < 400 and "ZZZ" in line


# -- the same values already in a store: left out, reported, and everything else works -------------------------

DAMAGE = [
    ("medicines", "pump_remind_days", "abc"),
    ("medicines", "strength_mg", 1e-320),
    ("schedules", "spec", DEEP_OBJECT),
    ("schedules", "spec", "null"),
    ("schedules", "tz", "Mars/Olympus_Mons"),
    ("schedules", "start_date", "0001-01-01"),
    ("dose_log", "dose_mg", 1e308),
    ("dose_log", "taken_at", "9999-12-31T23:59:59Z"),
    ("diary_entries", "side_effects", DEEP),
    ("diary_entries", "entry_at", "garbage"),
    ("plan_steps", "doses", '[["08:00", 1e308]]'),
    ("plan_steps", "start_date", "0001-01-01"),
    ("people", "name", "x" * 100_000),
    ("reminder_events", "snooze_until", "9999-12-31T00:00:00Z"),
    ("settings", "text_size", "[]"),
    ("settings", "text_size", DEEP),
    ("settings", "reminders_paused_until", '"garbage"'),
    ("settings", "reminders_checked_from", "1"),
    ("settings", "checkins_offered", '{"1": "garbage"}'),
    ("people", "checkin_time", "garbage"),
    ("people", "checkin_days", 7.5),
    ("diary_entries", "checkin_day", "2026-11-31"),
    ("watch_events", "mg_after", 1e308),
    ("watch_events", "day", "2026-11-31"),
]


def _damage(folder: Path, table: str, field: str, value) -> None:
    conn = sqlite3.connect(folder / "caregiver.db")
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        if table == "settings":
            conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                         "value = excluded.value", (field, value))
        elif table == "dose_log":
            conn.execute(f"UPDATE dose_log SET {field} = ? WHERE id = (SELECT MAX(id) FROM dose_log WHERE "
                         "status = 'taken' AND slot IS NOT NULL)", (value,))
        elif table == "people":
            conn.execute(f"UPDATE people SET {field} = ?, archived_at = NULL WHERE is_demo = 0", (value,))
        elif table == "medicines":
            conn.execute(f"UPDATE medicines SET {field} = ? WHERE name = 'Paracetamol'", (value,))
        elif table == "schedules":
            conn.execute(f"UPDATE schedules SET {field} = ? WHERE kind = 'prn'", (value,))
        elif table == "diary_entries" and field == "checkin_day":   # the check-in answer's day
            conn.execute("UPDATE diary_entries SET checkin_day = ? WHERE checkin IS NOT NULL", (value,))
        elif table == "diary_entries":
            conn.execute(f"UPDATE {table} SET {field} = ? WHERE id = (SELECT MAX(id) FROM {table} WHERE "
                         "deleted_at IS NULL)", (value,))
        else:
            conn.execute(f"UPDATE {table} SET {field} = ? WHERE id = (SELECT MIN(id) FROM {table})", (value,))
    conn.close()


@pytest.mark.parametrize("table, field, value", DAMAGE, ids=lambda v: str(v)[:30])
def test_a_damaged_stored_value_is_left_out_and_reported(exported, tmp_path, qapp, table, field, value):
    folder, _doc, clock = exported
    target = _copy(folder, tmp_path / "damaged")
    _damage(target, table, field, value)
    told = ""
    for argv in (["today"], ["report", "-o", str(tmp_path / "r.html"), "--person", "Sam", "--days", "366"],
                 ["report", "-o", str(tmp_path / "r.pdf"), "--person", "Sam"], ["export", "-o",
                                                                               str(tmp_path / "e.json")]):
        code, out, err = _cli(target, clock, *argv)
        assert code == 0, f"{argv}: {err[-3000:]}"
        assert "Traceback" not in err and not any(c in out + err for c in UNSAFE)
        told += err
    code, out, err = _cli(target, clock, "today")
    assert "Sam Example (demo)" in out and "Baclofen" in out   # everything else still shown
    rewritten = table == "settings" and field == "reminders_checked_from"   # the app writes its own again
    if not rewritten:
        code, out, err = _cli(target, clock, "check")
        assert code == 1 and table in out and "break the app's rules" in out, out + err
        assert "Traceback" not in err and not any(c in out + err for c in UNSAFE)
    told += _desktop_app_starts_and_reports(target, clock)
    if not rewritten:
        assert "left out" in told, "the damaged record is reported where it was left out"


def _desktop_app_starts_and_reports(folder: Path, clock) -> str:
    import sys

    from PySide6.QtWidgets import QApplication

    from caregiver_app.app import CaregiverApp, build_context
    from caregiver_app.storage import open_store
    from caregiver_app.system.paths import resolve_paths
    from caregiver_app.ui.main_window import PAGE_ORDER
    from caregiver_app.ui.selftest import _answers, _Modal, _visit_page

    problems: list[str] = []
    opened: list[str] = []
    errors: list[BaseException] = []
    hook, sys.excepthook = sys.excepthook, lambda t, e, tb: errors.append(e)
    qapp = QApplication.instance()
    paths = resolve_paths(folder)
    store = open_store(paths.db_path, clock)
    app = None
    try:
        app = CaregiverApp(qapp, build_context(clock, paths, store, _answers(problems, opened)),
                           tray_available=False, autostart_dir=folder / "autostart")
        app.autostart_services = False
        with _Modal(qapp, opened):
            app.show()
            qapp.processEvents()
            for key in PAGE_ORDER:
                app.window.show_page(key)
                qapp.processEvents()
                _visit_page(app.window.pages[key], qapp, opened)
            app.start_reminders()
            qapp.processEvents()
            app.tell_damaged()
    finally:
        if app is not None:
            app.quit()
            qapp.processEvents()
        store.close()
        sys.excepthook = hook
    assert not errors and not problems, (errors, problems)
    return "left out" if "info: Some records could not be read" in opened else ""
