"""Key/value settings kept in the store (so a backup carries them)."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

DEFAULTS: dict[str, Any] = {
    "text_size": "normal",         # normal | large | extra_large
    "reminder_sound": True,
    "start_at_login": False,
    "tray_close_explained": False,
    "reminders_paused_until": None,  # db timestamp text or None
    "current_person_id": None,
}


class SettingsRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> Any:
        row = self.store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return DEFAULTS.get(key)
        try:
            return json.loads(row[0])
        except ValueError:
            return DEFAULTS.get(key)

    def set(self, key: str, value: Any) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
