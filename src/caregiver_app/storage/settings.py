"""Key/value settings kept in the store (so a backup carries them)."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.text import Messages

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

_ = Messages("storage.settings")

DEFAULTS: dict[str, Any] = {
    "text_size": "normal",         # normal | large | extra_large
    "reminder_sound": True,
    "start_at_login": False,
    "tray_close_explained": False,
    "reminders_paused_until": None,  # db timestamp text or None
    "current_person_id": None,
}


def setting_value(text: object, *, sentence: bool = False) -> tuple[Any, str | None]:
    """A stored setting's value (JSON text), or (None, what is wrong: "the value is not valid JSON."; with
    ``sentence``, as a sentence of its own: "The value is not valid JSON.")."""
    if not isinstance(text, str):
        return None, _("The value is not JSON text.") if sentence else _("the value is not JSON text.")
    try:
        return json.loads(text), None
    except RecursionError:
        return None, _("The value is nested too deeply.") if sentence else _("the value is nested too deeply.")
    except ValueError:
        return None, _("The value is not valid JSON.") if sentence else _("the value is not valid JSON.")


class SettingsRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> Any:
        """The stored value, or the default when there is none, or when the stored one breaks the setting's rule (a
        damaged setting is reported in ``store.damaged`` and never stops the app)."""
        from caregiver_app.domain.settings import validate_setting

        row = self.store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return DEFAULTS.get(key)
        value, problem = setting_value(row[0])
        if problem is None:
            errors = validate_setting(key, value)
            problem = errors[0].message if errors else None
        if problem is not None:
            self.store.skip_damaged("settings", key, problem)
            return DEFAULTS.get(key)
        return value

    def set(self, key: str, value: Any) -> None:
        """Keep a setting; raises ValidationFailed (nothing written) for a value the setting cannot hold."""
        from caregiver_app.domain.settings import validate_setting
        from caregiver_app.domain.validation import ValidationFailed

        errors = validate_setting(key, value)
        if errors:
            raise ValidationFailed(errors)
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
