"""The settings the app keeps, and what each may hold: one rule book for the Settings window, the pages that keep a
value, an import and a read (a damaged setting is read as its default, so the app still starts)."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from caregiver_app.domain.text import Messages
from caregiver_app.domain.validation import FieldError, check_text, shown

_ = Messages("domain.settings")

TEXT_SIZES = ("normal", "large", "extra_large")
QUESTIONS_PREFIX = "summary_questions:"
QUESTIONS_MAX = 5000                  # characters of "questions for the doctor" (the Reports page)
KEY_MAX = 100
_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z")
#: The years a stored instant may have (the app writes the clock's time; a pause or snooze ends hours later).
FIRST_YEAR, LAST_YEAR = 1900, 2100


def check_stamp(field: str, value: object, *, label: str) -> list[FieldError]:
    """A stored instant: UTC text like 2026-01-31T08:00:00Z, a real time, between 1900 and 2100."""
    m = _STAMP.fullmatch(value) if isinstance(value, str) else None
    if m is None:
        return [FieldError(field, _("{label} must be a UTC time like 2026-01-31T08:00:00Z, not {value}.",
                                    label=label, value=shown(value, 40)))]
    try:
        y, mo, d, h, mi, sec = (int(g) for g in m.groups())
        at = datetime(y, mo, d, h, mi, sec)
    except ValueError:
        return [FieldError(field, _("{label} {value} is not a real time.", label=label, value=shown(value, 40)))]
    if not FIRST_YEAR <= at.year <= LAST_YEAR:
        return [FieldError(field, _("{label} {value} is not between {first} and {last}.", label=label, value=value,
                                    first=FIRST_YEAR, last=LAST_YEAR))]
    return []


def _flag(key: str, value: object) -> list[FieldError]:
    return [] if isinstance(value, bool) else [FieldError(key, _("must be true or false."))]


def _text_size(key: str, value: object) -> list[FieldError]:
    return [] if value in TEXT_SIZES else [FieldError(key, _("must be one of {sizes}.", sizes=", ".join(TEXT_SIZES)))]


def _stamp_or_none(key: str, value: object) -> list[FieldError]:
    return [] if value is None else check_stamp(key, value, label=_("The time"))


def _stamp(key: str, value: object) -> list[FieldError]:
    return check_stamp(key, value, label=_("The time"))


def _person_or_none(key: str, value: object) -> list[FieldError]:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and 1 <= value < 2 ** 63):
        return []
    return [FieldError(key, _("must be the id of a person (a whole number) or null."))]


def _questions(key: str, value: object) -> list[FieldError]:
    return check_text(key, value, label=_("The questions"), max_len=QUESTIONS_MAX, multiline=True)


def _checkins_offered(key: str, value: object) -> list[FieldError]:
    """The dose-change companion's memory of the missed check-in offered to each person: {person id (text): the
    day (ISO)}."""
    if not isinstance(value, dict):
        return [FieldError(key, _("must be a list of people and days, like {\"1\": \"2026-05-31\"}."))]
    for k, v in value.items():
        if not (isinstance(k, str) and k.isascii() and k.isdigit() and not k.startswith("0") and len(k) <= 19):
            return [FieldError(key, _("{value} is not the id of a person.", value=shown(k, 40)))]
        try:
            day = date.fromisoformat(v) if isinstance(v, str) and len(v) == 10 else None
        except ValueError:
            day = None
        if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
            return [FieldError(key, _("{value} is not a day between {first} and {last} like 2026-05-31.",
                                      value=shown(v, 40), first=FIRST_YEAR, last=LAST_YEAR))]
    return []


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")


def _language(key: str, value: object) -> list[FieldError]:
    """The pages' language (system/language.py): "system" or none to follow the system, or a code like "es"."""
    if value is None or value in ("", "system") or (isinstance(value, str) and _LANGUAGE.fullmatch(value)):
        return []
    return [FieldError(key, _("must be \"system\" or a language code like \"es\"."))]


def _window_geometry(key: str, value: object) -> list[FieldError]:
    """The main window's place on each screen (ui/window_fit.py): {"<screen name> <w>x<h>": [x, y, width,
    height]}, whole numbers, a size of at least 1."""
    if not isinstance(value, dict) or len(value) > 50:
        return [FieldError(key, _("must be a list of screens and places, like "
                                  "{\"eDP-1 1366x768\": [0, 0, 1358, 732]}."))]
    for k, v in value.items():
        if not isinstance(k, str) or not k or len(k) > 200:
            return [FieldError(key, _("{value} is not the name of a screen.", value=shown(k, 40)))]
        if not (isinstance(v, list) and len(v) == 4 and all(isinstance(n, int) and not isinstance(n, bool)
                                                            and abs(n) < 100_000 for n in v) and v[2] > 0 and v[3] > 0):
            return [FieldError(key, _("{value} is not a place and size like [0, 0, 1358, 732].",
                                      value=shown(v, 60)))]
    return []


#: Every setting the app writes, with its check. A key not here is not one of the app's.
RULES: dict[str, Callable[[str, object], list[FieldError]]] = {
    "text_size": _text_size,
    "reminder_sound": _flag,
    "start_at_login": _flag,
    "tray_close_explained": _flag,
    "reminders_paused_until": _stamp_or_none,
    "reminders_checked_from": _stamp,
    "current_person_id": _person_or_none,
    "checkins_offered": _checkins_offered,
    "language": _language,
    "window_geometry": _window_geometry,
}


def validate_setting(key: object, value: object) -> list[FieldError]:
    """What is wrong with this setting; [] when the app could have written it."""
    if not isinstance(key, str) or not key or len(key) > KEY_MAX:
        return [FieldError("key", _("{value} is not the name of a setting.", value=shown(key, 40)))]
    rule = RULES.get(key)
    if rule is None and key.startswith(QUESTIONS_PREFIX):
        rest = key[len(QUESTIONS_PREFIX):]
        if rest.isascii() and rest.isdigit() and not rest.startswith("0"):
            rule = _questions
    if rule is None:
        return [FieldError("key", _("{value} is not a setting of this app.", value=shown(key, 40)))]
    return [FieldError(key, _("The setting {key}: {message}", key=key, message=e.message)) for e in rule(key, value)]
