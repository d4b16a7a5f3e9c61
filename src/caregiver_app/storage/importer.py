"""Import from the versioned JSON format (docs/data-format.md), all or nothing: the file is size-checked before
reading, parsed, validated completely (types, duplicate keys and ids, dangling references) and only then
written, in one transaction. A file from an older schema is read with that schema's names."""
from __future__ import annotations

import json
import logging
import math
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from caregiver_app.domain.text import Messages
from caregiver_app.domain.validation import shown
from caregiver_app.storage.db import Store, error_text, grouped
from caregiver_app.storage.format import (
    DATE_RE,
    FORMAT_NAME,
    FORMAT_VERSION,
    INT_MAX,
    INT_MIN,
    MAX_IMPORT_BYTES,
    MAX_TEXT_CHARS,
    TIME_RE,
    TIMESTAMP_RE,
    TOP_KEYS,
)
from caregiver_app.storage.migrations import LATEST_VERSION
from caregiver_app.storage.rules import problems
from caregiver_app.storage.schema import Column, Table, live_schema
from caregiver_app.system.clock import Clock

_ = Messages("storage.importer")
log = logging.getLogger(__name__)


class ImportRefused(Exception):
    """The file cannot be imported; ``str(exc)`` says what and where (raised with it as a translatable Text). The
    store was not changed."""


def _where(table: str, index: int, row: Any = None) -> str:
    ident = ""
    if isinstance(row, dict) and "id" in row and isinstance(row["id"], (int, str)) and not isinstance(row["id"], bool):
        ident = f" (id {shown(row['id'], 40)})"
    return f'tables.{table}[{index}]{ident}'


def _describe(value: Any) -> str:
    """What kind of JSON value it is, in words ("a number"; JSON's own words "null" and "true/false" as they are)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("an object")
    return type(value).__name__


def _reject_constant(name: str):
    raise ImportRefused(_("The file contains {name}, which is not a valid number in this format.", name=name))


def _no_duplicate_keys(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise ImportRefused(_('The file has the key "{key}" twice in one object; it may have been edited '
                                  "by hand.", key=shown(k)))
        out[k] = v
    return out


def load_file(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> dict:
    """Read and parse an export file; size-checked before reading. Raises ImportRefused."""
    path = Path(path)
    named = shown(str(path), 200)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRefused(_("There is no file {name}.", name=named)) from None
    except OSError as exc:
        raise ImportRefused(_("The file {name} cannot be read: {error}.", name=named,
                              error=exc.strerror or str(exc))) from exc
    if path.is_dir():
        raise ImportRefused(_("{name} is a folder, not an export file.", name=named))
    if size > max_bytes:
        raise ImportRefused(_("The file {name} is {size} MB; the largest export this app imports is {most} MB. It is "
                              "probably not a Caregiver Assistant export.", name=named, size=f"{size / 1e6:,.0f}",
                              most=f"{max_bytes / 1e6:,.0f}"))
    if size == 0:
        raise ImportRefused(_("The file {name} is empty.", name=named))
    try:
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ImportRefused(_("The file {name} cannot be read: {error}.", name=named,
                              error=exc.strerror or str(exc))) from exc
    if len(raw) > max_bytes:
        raise ImportRefused(_("The file {name} is larger than {most} MB.", name=named,
                              most=f"{max_bytes / 1e6:,.0f}"))
    return parse_bytes(raw, named)


def parse_bytes(raw: bytes, name: str | None = None) -> dict:
    """The document in ``raw`` (``name``: the file's name, as messages say it; "the file" when not given). Raises
    ImportRefused."""
    if name is None:
        name = _("the file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(_("{name} is not UTF-8 text (bad byte at position {position}); it is not a "
                              "Caregiver Assistant export, or it is damaged.", name=name,
                              position=grouped(exc.start))) from None
    try:
        doc = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys)
    except ImportRefused:
        raise
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or _ends_inside(text):
            raise ImportRefused(_("{name} ends too early (line {line}, column {column}): it is probably "
                                  "truncated, for example an incomplete copy.", name=name, line=exc.lineno,
                                  column=exc.colno)) from None
        raise ImportRefused(_("{name} is not valid JSON: {error} at line {line}, column {column} "
                              "(character {position}).", name=name, error=exc.msg, line=exc.lineno,
                              column=exc.colno, position=grouped(exc.pos))) from None
    except RecursionError:
        raise ImportRefused(_("{name} is nested too deeply to be an export.", name=name)) from None
    except (ValueError, OverflowError) as exc:  # e.g. an integer with too many digits
        raise ImportRefused(_("{name} cannot be read: {error}.", name=name, error=error_text(exc))) from None
    return doc


def _ends_inside(text: str) -> bool:
    """Does the text stop inside a string or an unclosed object/list? (Only used to word an error.)"""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return in_string or depth > 0


def _check_value(table: Table, col: Column, value: Any, where: str) -> None:
    def refused(problem: str) -> ImportRefused:
        return ImportRefused(_('{where}, field "{field}": {problem}', where=where, field=col.name, problem=problem))

    if value is None:
        if col.notnull or col.pk:
            raise refused(_("must not be null."))
        return
    if col.type == "INTEGER":
        if isinstance(value, bool) or not isinstance(value, int):
            raise refused(_("expected a whole number, found {kind}.", kind=_describe(value)))
        if not INT_MIN <= value <= INT_MAX:
            raise refused(_("the number is too large."))
    elif col.type == "REAL":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise refused(_("expected a number, found {kind}.", kind=_describe(value)))
        if isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
            raise refused(_("the number is too large."))
        if isinstance(value, float) and not math.isfinite(value):
            raise refused(_("the number is not finite."))
    elif col.type == "TEXT":
        if not isinstance(value, str):
            raise refused(_("expected text, found {kind}.", kind=_describe(value)))
    else:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise refused(_("expected a number or text, found {kind}.", kind=_describe(value)))
    if isinstance(value, str):
        if len(value) > MAX_TEXT_CHARS:
            raise refused(_("the text is too long ({count} characters; at most {most}).", count=grouped(len(value)),
                            most=grouped(MAX_TEXT_CHARS)))
        if "\x00" in value:
            raise refused(_("the text contains a NUL character."))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise refused(_("the text contains an invalid character (a lone surrogate).")) from None
        if col.kind == "timestamp":
            ok = bool(TIMESTAMP_RE.match(value))
            if ok:
                try:
                    datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
                except ValueError:
                    ok = False
            if not ok:
                raise refused(_('expected a UTC time like 2026-01-31T08:00:00Z, found "{value}".',
                                value=shown(value, 40)))
        elif col.kind == "date":
            ok = bool(DATE_RE.match(value))
            if ok:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    ok = False
            if not ok:
                raise refused(_('expected a date like 2026-01-31, found "{value}".', value=shown(value, 40)))
        elif col.kind == "time" and not TIME_RE.fullmatch(value):
            raise refused(_('expected a time of day like 20:00, found "{value}".', value=shown(value, 40)))


@dataclass
class ValidatedImport:
    schema_version: int
    tables: list[Table]
    rows: dict[str, list[dict]]

    def counts(self) -> dict[str, int]:
        return {t.name: len(self.rows.get(t.name, [])) for t in self.tables}


#: Names an older schema used, by the schema version that renamed them: (old table, new table), (old column, new).
RENAMED = {3: ({"recipients": "people"}, {"recipient_id": "person_id"})}


def with_current_names(tables: dict[str, Any], schema_version: int) -> dict[str, Any]:
    """The file's tables under today's names and with today's derived fields, when it was written by an older schema
    (a file exported before data format 3 says "recipients" and "recipient_id" for the people cared for; one from
    before 4 has no medicine ingredient). The rows are copied, never changed in place; anything that is not a table
    of rows is left for the checks to refuse."""
    out = dict(tables)
    for version in sorted(RENAMED):
        if schema_version >= version:
            continue
        table_names, column_names = RENAMED[version]
        for old, new in table_names.items():
            if old in out and new not in out:
                out[new] = out.pop(old)
        for name, rows in list(out.items()):
            if isinstance(rows, list):
                out[name] = [{column_names.get(k, k): v for k, v in row.items()} if isinstance(row, dict) else row
                             for row in rows]
    if schema_version < 4 and isinstance(out.get("medicines"), list):
        # Data format 4 records each medicine's active ingredient; a file from before it is read as the app read it
        # then, from the name (as migration 4 does for a store).
        from caregiver_app.domain.medicines import suggested_ingredient

        out["medicines"] = [{**row, "ingredient": suggested_ingredient(str(row.get("name") or ""))}
                            if isinstance(row, dict) and "ingredient" not in row else row
                            for row in out["medicines"]]
    return out


def validate_document(doc: Any, schema: list[Table], clock: Clock) -> ValidatedImport:
    """Check everything before anything is written: the file's shape, its types and references, then every record
    by the rules of the form that writes it (as of ``clock``'s today). Raises ImportRefused saying what and
    where."""
    if not isinstance(doc, dict):
        raise ImportRefused(_("The file holds {kind} at the top, not a Caregiver Assistant export.",
                              kind=_describe(doc)))
    if doc.get("format") != FORMAT_NAME:
        raise ImportRefused(_('This is not a Caregiver Assistant export (the "format" field is missing or says '
                              'something else).'))
    fv = doc.get("format_version")
    if isinstance(fv, bool) or not isinstance(fv, int):
        raise ImportRefused(_('"format_version" is missing or not a whole number.'))
    if fv > FORMAT_VERSION:
        raise ImportRefused(_("Wrong version: the file is in export format version {found}; this version of the app "
                              "reads version {version}. Please use the newer app.", found=fv,
                              version=FORMAT_VERSION))
    if fv != FORMAT_VERSION:
        raise ImportRefused(_("Wrong version: the file is in export format version {found}; this version of the app "
                              "reads version {version}.", found=fv, version=FORMAT_VERSION))
    sv = doc.get("schema_version")
    if isinstance(sv, bool) or not isinstance(sv, int) or sv < 1:
        raise ImportRefused(_('"schema_version" is missing or not a whole number of at least 1.'))
    if sv > LATEST_VERSION:
        raise ImportRefused(_("Wrong version: the file was made by a newer version of the app (data format {found}; "
                              "this version understands up to {latest}). Please use the newer app.", found=sv,
                              latest=LATEST_VERSION))
    unknown = set(doc) - TOP_KEYS
    if unknown:
        raise ImportRefused(_('Unknown field at the top of the file: "{field}".', field=shown(sorted(unknown)[0])))
    for key in ("app_version", "exported_at"):
        if key in doc and not isinstance(doc[key], str):
            raise ImportRefused(_('"{field}" must be text, found {kind}.', field=key, kind=_describe(doc[key])))
    tables_in = doc.get("tables")
    if not isinstance(tables_in, dict):
        raise ImportRefused(_('"tables" is missing or is not an object.'))
    tables_in = with_current_names(tables_in, sv)
    by_name = {t.name: t for t in schema}
    for name in tables_in:
        if name not in by_name:
            raise ImportRefused(_('Unknown table "{table}" in "tables": the file does not match this version '
                                  "of the app.", table=shown(name)))
    rows: dict[str, list[dict]] = {}
    for t in schema:
        given = tables_in.get(t.name, [])
        if not isinstance(given, list):
            raise ImportRefused(_("tables.{table} must be a list of rows, found {kind}.", table=t.name,
                                  kind=_describe(given)))
        known = {c.name for c in t.columns}
        required = t.required()
        seen: dict[tuple, int] = {}
        for i, row in enumerate(given):
            where = _where(t.name, i, row)
            if not isinstance(row, dict):
                raise ImportRefused(_("{where}: a row must be an object, found {kind}.", where=where,
                                      kind=_describe(row)))
            extra = set(row) - known
            if extra:
                raise ImportRefused(_('{where}: unknown field "{field}".', where=where,
                                      field=shown(sorted(extra)[0])))
            for name in required:
                if name not in row:
                    raise ImportRefused(_('{where}: the field "{field}" is missing.', where=where, field=name))
            for name, value in row.items():
                col = t.column(name)
                assert col is not None  # unknown fields were refused above
                _check_value(t, col, value, where)
            pk_values = tuple(row[c] for c in t.pk)
            if t.pk:
                if pk_values in seen:
                    label = ", ".join(f"{c} {shown(row[c], 40)}" for c in t.pk)
                    raise ImportRefused(_("{where}: duplicate {key} (also in tables.{table}[{index}]).", where=where,
                                          key=label, table=t.name, index=seen[pk_values]))
                seen[pk_values] = i
        rows[t.name] = given
    # Every reference must point at a row in the file.
    for t in schema:
        for fk in t.fks:
            target = by_name.get(fk.table)
            if target is None:
                continue
            present = {r.get(fk.ref_column) for r in rows.get(fk.table, [])}
            for i, row in enumerate(rows[t.name]):
                value = row.get(fk.column)
                if value is not None and value not in present:
                    raise ImportRefused(_('{where}, field "{field}": refers to {table} {column} {value}, which is not '
                                          "in the file (dangling reference).", where=_where(t.name, i, row),
                                          field=fk.column, table=fk.table, column=fk.ref_column,
                                          value=shown(value, 40)))
    # Then the rules the app's forms apply, record by record (storage/rules.py): nothing is imported that the app
    # could not have written itself. (A plan's medicine must be the same person's, a dose's too, ...)
    first = next(problems(schema, rows, today=clock.today(), tz=clock.local_tz(), now=clock.now_utc()), None)
    if first is not None:
        raise ImportRefused(first.text())
    return ValidatedImport(sv, schema, rows)


# -- writing into the store ---------------------------------------------------------------------------

MODES = ("empty", "merge", "replace")


def store_has_data(store: Store) -> bool:
    """Any row in any table except settings (a fresh store may have settings only)."""
    for t in live_schema(store.conn):
        if t.name == "settings":
            continue
        if store.conn.execute(f'SELECT 1 FROM "{t.name}" LIMIT 1').fetchone():
            return True
    return False


def _insert(conn: sqlite3.Connection, table: str, row: dict, where: str, *, or_ignore: bool = False) -> int:
    cols = list(row)
    names = ", ".join(chr(34) + c + chr(34) for c in cols)
    sql = (f'INSERT {"OR IGNORE " if or_ignore else ""}INTO "{table}" ({names})'
           f' VALUES ({", ".join("?" * len(cols))})')
    try:
        return int(conn.execute(sql, [row[c] for c in cols]).lastrowid or 0)
    except sqlite3.IntegrityError as exc:
        raise ImportRefused(_("{where}: breaks a rule of the data ({error}).", where=where, error=str(exc))) from exc
    except (OverflowError, ValueError) as exc:  # pragma: no cover - values were checked
        raise ImportRefused(_("{where}: a value cannot be stored ({error}).", where=where, error=str(exc))) from exc


def import_validated(store: Store, data: ValidatedImport, mode: str) -> dict[str, int]:
    """Write validated data in one transaction. ``mode``: empty (the store must hold no data), replace
    (everything in the store is replaced), merge (added as new records, ids renumbered)."""
    if mode not in MODES:
        raise ValueError(mode)
    if mode == "empty" and store_has_data(store):
        raise ImportRefused(_("This data folder already holds data. Choose --merge to add the file's records to "
                              "it, or --replace to replace everything with the file."))
    schema = data.tables
    with store.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        if mode in ("empty", "replace"):
            for t in reversed(schema):
                conn.execute(f'DELETE FROM "{t.name}"')
            for t in schema:
                for i, row in enumerate(data.rows.get(t.name, [])):
                    _insert(conn, t.name, row, _where(t.name, i, row))
        else:
            _merge(conn, schema, data)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            t, rowid, parent, _fk = problems[0]
            raise ImportRefused(_("{table} row {row} refers to a missing {parent} row.", table=t, row=rowid,
                                  parent=parent))
    log.info("imported %d tables (%s)", len(schema), mode)
    return data.counts()


def _merge(conn: sqlite3.Connection, schema: list[Table], data: ValidatedImport) -> None:
    """Add the file's rows as new records: integer ids are renumbered and references follow them; rows of
    tables keyed otherwise (settings) are added only where the store has no such key."""
    by_name = {t.name: t for t in schema}
    new_ids: dict[str, dict[int, int]] = {t.name: {} for t in schema}
    for t in schema:
        mapping = new_ids[t.name]
        later: list[tuple[int, str, int]] = []   # (new id, column, old id) for references to later rows
        for i, row in enumerate(data.rows.get(t.name, [])):
            out = dict(row)
            pending: list[tuple[str, int]] = []
            for fk in t.fks:
                value = out.get(fk.column)
                target = by_name.get(fk.table)
                if value is None or target is None or not target.int_id or fk.ref_column != target.pk[0]:
                    continue
                if fk.table == t.name and value not in mapping:
                    pending.append((fk.column, value))
                    out[fk.column] = None
                else:
                    out[fk.column] = new_ids[fk.table][value]
            where = _where(t.name, i, row)
            if t.int_id:
                old = out.pop(t.pk[0])
                new = _insert(conn, t.name, out, where)
                mapping[old] = new
                later += [(new, column, ref) for column, ref in pending]
            else:
                _insert(conn, t.name, out, where, or_ignore=True)
        for new, column, ref in later:
            conn.execute(f'UPDATE "{t.name}" SET "{column}" = ? WHERE "{t.pk[0]}" = ?', (mapping[ref], new))


def import_file(store: Store, path: Path, mode: str) -> dict[str, int]:
    """Size check, parse, validate completely, then write in one transaction."""
    doc = load_file(path)
    data = validate_document(doc, live_schema(store.conn), store.clock)
    return import_validated(store, data, mode)


