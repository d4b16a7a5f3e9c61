"""The JSON Schema of the export format (``docs/data-format.schema.json``), built from the live database schema; a
test checks that the file in the repository is up to date. Regenerate it with::

    python -m caregiver_app.storage.json_schema --schema docs/data-format.schema.json
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from caregiver_app.storage.format import (
    DATE_RE,
    FORMAT_NAME,
    FORMAT_VERSION,
    INT_MAX,
    INT_MIN,
    MAX_TEXT_CHARS,
    TIME_RE,
    TIMESTAMP_RE,
)
from caregiver_app.storage.migrations import LATEST_VERSION
from caregiver_app.storage.schema import live_schema


def json_schema(conn: sqlite3.Connection) -> dict:
    """The JSON Schema of the export format, built from the live database schema."""
    schema = live_schema(conn)
    defs: dict[str, Any] = {
        "timestamp": {"type": "string", "pattern": TIMESTAMP_RE.pattern,
                      "description": "An instant in UTC, to the second."},
        "date": {"type": "string", "pattern": DATE_RE.pattern, "description": "A calendar date (ISO 8601)."},
        "time": {"type": "string", "pattern": TIME_RE.pattern, "description": "A time of day, 24-hour, to the "
                                                                            "minute."},
    }
    table_props = {}
    for t in schema:
        props = {}
        for c in t.columns:
            if c.kind in ("timestamp", "date", "time"):
                base: dict = {"$ref": f"#/$defs/{c.kind}"}
            elif c.type == "INTEGER":
                base = {"type": "integer", "minimum": INT_MIN, "maximum": INT_MAX}
            elif c.type == "REAL":
                base = {"type": "number"}
            elif c.type == "TEXT":
                base = {"type": "string", "maxLength": MAX_TEXT_CHARS}
            else:
                base = {"type": ["number", "string"]}
            props[c.name] = base if (c.notnull or c.pk) else {"anyOf": [base, {"type": "null"}]}
        defs[f"row_{t.name}"] = {"type": "object", "additionalProperties": False, "required": t.required(),
                                 "properties": props}
        table_props[t.name] = {"type": "array", "items": {"$ref": f"#/$defs/row_{t.name}"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Caregiver Assistant export",
        "description": "See docs/data-format.md. Generated from the database schema by "
                       "caregiver_app.storage.json_schema; do not edit by hand.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "schema_version", "tables"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "format_version": {"const": FORMAT_VERSION},
            "schema_version": {"type": "integer", "minimum": 1, "maximum": LATEST_VERSION},
            "app_version": {"type": "string"},
            "exported_at": {"$ref": "#/$defs/timestamp"},
            "tables": {"type": "object", "additionalProperties": False, "properties": table_props},
        },
        "$defs": defs,
    }


def json_schema_text() -> str:
    from caregiver_app.storage.db import open_memory_store
    from caregiver_app.system.clock import SystemClock

    store = open_memory_store(SystemClock())
    try:
        return json.dumps(json_schema(store.conn), indent=2, ensure_ascii=False) + "\n"
    finally:
        store.close()


if __name__ == "__main__":  # pragma: no cover - developer tool
    import sys

    if len(sys.argv) == 3 and sys.argv[1] == "--schema":
        Path(sys.argv[2]).write_text(json_schema_text(), encoding="utf-8")
    else:
        sys.stdout.write(json_schema_text())
