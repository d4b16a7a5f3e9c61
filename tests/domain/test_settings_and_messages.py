"""The settings' rule book (domain/settings.py) and values quoted safely in messages (domain.validation.shown)."""
from __future__ import annotations

import pytest

from caregiver_app.domain.settings import validate_setting
from caregiver_app.domain.validation import shown


@pytest.mark.parametrize("key, value", [
    ("text_size", "normal"), ("text_size", "extra_large"), ("reminder_sound", False), ("start_at_login", True),
    ("tray_close_explained", True), ("reminders_paused_until", None),
    ("reminders_paused_until", "2026-11-23T11:00:00Z"), ("reminders_checked_from", "2026-01-01T00:00:00Z"),
    ("current_person_id", None), ("current_person_id", 3), ("summary_questions:12", "Is the dose right?\nAnd?"),
    ("checkins_offered", {}), ("checkins_offered", {"1": "2026-11-23", "12": "2026-01-31"}),
    ("language", None), ("language", "system"), ("language", "es"), ("language", "es_MX"), ("language", "pt-BR"),
])
def test_what_the_app_writes_is_accepted(key, value):
    assert validate_setting(key, value) == []


@pytest.mark.parametrize("key, value", [
    ("text_size", []), ("text_size", "huge"), ("reminder_sound", 1), ("reminders_paused_until", "garbage"),
    ("reminders_paused_until", "9999-12-31T23:59:59Z"), ("reminders_checked_from", 1),
    ("reminders_checked_from", None), ("current_person_id", "1"), ("current_person_id", True),
    ("summary_questions:12", "x" * 5001), ("summary_questions:12", 5), ("summary_questions:x", "q"),
    ("summary_questions:012", "q"), ("colour", "red"), ("", 1), (None, 1),
    ("checkins_offered", []), ("checkins_offered", {"x": "2026-11-23"}), ("checkins_offered", {"01": "2026-11-23"}),
    ("checkins_offered", {"1": "garbage"}), ("checkins_offered", {"1": "9999-12-31"}), ("checkins_offered", {"1": 5}),
    ("language", 5), ("language", "\x1b[2Jes"), ("language", "x" * 50), ("language", ["es"]),
])
def test_what_the_app_could_not_have_written_is_refused(key, value):
    errors = validate_setting(key, value)
    assert errors and all(e.message.strip() and len(e.message) < 300 for e in errors)


def test_shown_escapes_what_could_change_a_terminal_or_a_window():
    assert shown("\x1b[2J\x1b[31mRED") == "\\x1b[2J\\x1b[31mRED"
    assert shown("a\u202eb\u2028c\u200bd\x00e\x9bf") == "a\\u202eb\\u2028c\\u200bd\\x00e\\x9bf"
    assert shown("x" * 100, 10) == "x" * 10 + "…"
    assert shown(12) == "12" and shown(None) == "None" and shown(["\x1b"]) == "['\\x1b']"
    assert shown("Zoë 😀 مرحبا") == "Zoë 😀 مرحبا"   # ordinary text is left as it is
