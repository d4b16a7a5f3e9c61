"""Export to the versioned JSON format described in ``docs/data-format.md``: every table of the live schema,
one consistent snapshot, written atomically (0600). Import is in importer.py, the JSON Schema in json_schema.py."""
from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import BinaryIO

from caregiver_app import __version__
from caregiver_app.domain.text import Messages
from caregiver_app.storage.db import Store
from caregiver_app.storage.files import ExportError, write_private_file, write_private_stream
from caregiver_app.storage.format import FORMAT_NAME, FORMAT_VERSION, MAX_IMPORT_BYTES
from caregiver_app.storage.schema import Table, live_schema
from caregiver_app.storage.timefmt import dt_to_db
from caregiver_app.system.clock import Clock

__all__ = ["ExportError", "export_document", "export_json", "read_all_tables", "write_private_file"]

_ = Messages("storage.export")
log = logging.getLogger(__name__)


def read_all_tables(store: Store) -> tuple[list[Table], dict[str, list[dict]]]:
    """One consistent snapshot of every table, rows in primary-key order."""
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        schema = live_schema(conn)
        data: dict[str, list[dict]] = {}
        for t in schema:
            order = ", ".join(f'"{c}"' for c in t.pk) or "rowid"
            cols = [c.name for c in t.columns]
            sql = f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{t.name}" ORDER BY {order}'
            data[t.name] = [dict(zip(cols, row, strict=True)) for row in conn.execute(sql)]
    finally:
        if own:
            conn.execute("COMMIT")
    return schema, data


def _binary(table: str, row: int, field: str) -> ExportError:
    return ExportError(_("{table} row {row}, {field}: binary data cannot be exported.", table=table, row=row,
                         field=field))


def _not_json(table: str, row: int, field: str, number: float) -> ExportError:
    return ExportError(_("{table} row {row}, {field}: the value {value} cannot be written in JSON.", table=table,
                         row=row, field=field, value=str(number)))


def export_document(store: Store, clock: Clock) -> dict:
    schema, data = read_all_tables(store)
    for t in schema:
        for i, row in enumerate(data[t.name]):
            for k, v in row.items():
                if isinstance(v, bytes):
                    raise _binary(t.name, i + 1, k)
                if isinstance(v, float) and not math.isfinite(v):
                    raise _not_json(t.name, i + 1, k, v)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": store.user_version(),
        "app_version": __version__,
        "exported_at": dt_to_db(clock.now_utc()),
        "tables": {t.name: data[t.name] for t in schema},
    }


def export_json(store: Store, path: Path, clock: Clock, max_bytes: int = MAX_IMPORT_BYTES) -> dict[str, int]:
    """Write every table to ``path`` (0600), one consistent snapshot, streamed row by row (memory stays flat
    whatever the data's size). An export larger than an import reads (``MAX_IMPORT_BYTES``) is refused, with no
    file left behind: export and import agree. Returns rows per table."""
    counts: dict[str, int] = {}

    def produce(out: BinaryIO) -> None:
        written = 0

        def put(text: str) -> None:
            nonlocal written
            data = text.encode("utf-8")
            written += len(data)
            if written > max_bytes:
                raise ExportError(_(
                    "The data is more than {size} MB as an export file, more than an import reads "
                    "(the two agree, so an export always imports back). To move all of it, make a backup instead "
                    "('caregiver-app backup -o FILE', or File > Back up now…) and restore it on the other computer.",
                    size=f"{max_bytes / 1e6:,.0f}"))
            out.write(data)

        conn = store.conn
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")
        try:
            schema = live_schema(conn)
            head = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "schema_version": store.user_version(),
                    "app_version": __version__, "exported_at": dt_to_db(clock.now_utc())}
            put(json.dumps(head, ensure_ascii=False)[:-1] + ', "tables": {')
            for n, t in enumerate(schema):
                put(("," if n else "") + f"\n{json.dumps(t.name)}: [")
                cols = [c.name for c in t.columns]
                order = ", ".join(f'"{c}"' for c in t.pk) or "rowid"
                sql = f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{t.name}" ORDER BY {order}'
                i = 0
                for i, row in enumerate(conn.execute(sql), start=1):
                    for k, v in zip(cols, row, strict=True):
                        if isinstance(v, bytes):
                            raise _binary(t.name, i, k)
                        if isinstance(v, float) and not math.isfinite(v):
                            raise _not_json(t.name, i, k, v)
                    put(("," if i > 1 else "") + "\n " + json.dumps(dict(zip(cols, row, strict=True)),
                                                                    ensure_ascii=False, allow_nan=False))
                counts[t.name] = i
                put("\n]")
            put("\n}}\n")
        finally:
            if own:
                conn.execute("COMMIT")

    write_private_stream(Path(path), produce)
    log.info("exported %d tables to JSON", len(counts))
    return counts
