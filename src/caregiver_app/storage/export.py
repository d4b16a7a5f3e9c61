"""Export to the versioned JSON format described in ``docs/data-format.md``: every table of the live schema,
one consistent snapshot, written atomically (0600). Import is in importer.py, the JSON Schema in json_schema.py."""
from __future__ import annotations

import json
import logging
import math
from pathlib import Path

from caregiver_app import __version__
from caregiver_app.storage.db import Store
from caregiver_app.storage.files import ExportError, write_private_file
from caregiver_app.storage.format import FORMAT_NAME, FORMAT_VERSION
from caregiver_app.storage.schema import Table, live_schema
from caregiver_app.storage.timefmt import dt_to_db
from caregiver_app.system.clock import Clock

__all__ = ["ExportError", "export_document", "export_json", "read_all_tables", "write_private_file"]

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


def export_document(store: Store, clock: Clock) -> dict:
    schema, data = read_all_tables(store)
    for t in schema:
        for i, row in enumerate(data[t.name]):
            for k, v in row.items():
                if isinstance(v, bytes):
                    raise ExportError(f"{t.name} row {i + 1}, {k}: binary data cannot be exported.")
                if isinstance(v, float) and not math.isfinite(v):
                    raise ExportError(f"{t.name} row {i + 1}, {k}: the value {v} cannot be written in JSON.")
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": store.user_version(),
        "app_version": __version__,
        "exported_at": dt_to_db(clock.now_utc()),
        "tables": {t.name: data[t.name] for t in schema},
    }


def export_json(store: Store, path: Path, clock: Clock) -> dict[str, int]:
    """Write every table to ``path`` (0600). Returns rows per table."""
    doc = export_document(store, clock)
    text = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False)
    write_private_file(Path(path), (text + "\n").encode("utf-8"))
    log.info("exported %d tables to JSON", len(doc["tables"]))
    return {k: len(v) for k, v in doc["tables"].items()}
