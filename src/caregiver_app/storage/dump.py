"""Every table as plain rows: used to compare stores (demo determinism, export round trips)."""
from __future__ import annotations

TABLES = ("people", "settings", "medicines", "schedules", "dose_log", "diary_entries", "plans", "plan_steps",
          "reminder_events", "watch_events")


def dump_tables(store) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for table in TABLES:
        order = "key" if table == "settings" else "id"
        out[table] = [tuple(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY {order}")]
    return out
