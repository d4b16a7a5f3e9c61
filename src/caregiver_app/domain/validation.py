"""Shared checks for what people type. Messages are meant to be shown next to the field."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from caregiver_app.domain.text import Format, Messages, Text, Translate, joined, render, value

_ = Messages("domain.validation")

EARLIEST_DATE = date(1900, 1, 1)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str    # a domain Text where the domain wrote it (said in the user's language where shown)


class ValidationFailed(ValueError):
    """Raised by storage when asked to save something the domain rejects."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__(joined("; ", [joined(": ", [e.field, e.message]) for e in self.errors]))


class _Lowered(Text):
    """A message written in lower case inside another (a form's label in "Please enter the plan's name."): the
    English ``str.lower()`` of it (or of its first letter, ``whole=False``); another language's translation of it
    with its first letter in lower case."""

    inner: object
    whole: bool

    def __new__(cls, inner: object, whole: bool = True) -> _Lowered:
        said = str(inner)
        self = str.__new__(cls, said.lower() if whole else said[:1].lower() + said[1:])
        self.context, self.source, self.singular, self.n, self.params = "", str(self), None, None, {}
        self.inner = inner
        self.whole = whole
        return self

    def render(self, translate: Translate, fmt: Format) -> str:
        said = render(self.inner, translate, fmt)
        if said == str(self.inner):   # not translated: the English lower case
            return str(self)
        return said[:1].lower() + said[1:]


def lowered(text: object, whole: bool = True) -> Text:
    """``text`` (a label, a message) to be put in lower case inside another message (see ``_Lowered``)."""
    return _Lowered(text, whole)


def check_text(field: str, value: object, *, label: str, max_len: int, required: bool = False,
               multiline: bool = False) -> list[FieldError]:
    if value is None:
        value = ""
    if not isinstance(value, str):
        return [FieldError(field, _("{label} must be text.", label=label))]
    stripped = value.strip()
    if required and not stripped:
        return [FieldError(field, _("Please enter {label}.", label=lowered(label)))]
    if len(value) > max_len:
        return [FieldError(field, _("{label} is too long ({count} characters); the most is {most}.", label=label,
                                    count=_whole(len(value)), most=_whole(max_len)))]
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: cannot be stored
        return [FieldError(field, broken_character(label))]
    pattern = _CONTROL if multiline else _CONTROL_SINGLE_LINE
    if pattern.search(value):
        return [FieldError(field, _("{label} contains invisible control characters; please retype it.",
                                    label=label))]
    return []


def broken_character(label: str) -> Text:
    """'Notes contains a broken character that cannot be saved; please retype it.' (a lone surrogate)"""
    return _("{label} contains a broken character that cannot be saved; please retype it.", label=label)


def _whole(n: int) -> str:
    """A whole number as the messages write it, grouped the English way (10,000) in every language for now: the
    edge's "integer" value drops the grouping in the C locale, where English UIs (and the tests) run."""
    return f"{n:,}"


def _iso(d: date) -> str:
    return value(d, "iso_date", d.isoformat())


def check_date(field: str, value: date | None, *, label: str, today: date, allow_future: bool = False,
               not_before: date | None = None) -> list[FieldError]:
    if value is None:
        return []
    if not isinstance(value, date):
        return [FieldError(field, _("{label} must be a date.", label=label))]
    if value < EARLIEST_DATE:
        return [FieldError(field, _("{label} {date} is before 1900; please check the year.", label=label,
                                    date=_iso(value)))]
    if not allow_future and value > today:
        return [FieldError(field, _("{label} {date} is in the future.", label=label, date=_iso(value)))]
    if not_before is not None and value < not_before:
        return [FieldError(field, _("{label} cannot be before {date}.", label=label, date=_iso(not_before)))]
    return []


def parse_iso_date(field: str, text: str, *, label: str) -> tuple[date | None, list[FieldError]]:
    text = (text or "").strip()
    if not text:
        return None, []
    try:
        return date.fromisoformat(text), []
    except ValueError:
        return None, [FieldError(field, _("{label} must be a date like {example}.", label=label,
                                          example="2024-05-31"))]


#: The order of day, month and year in dates written with numbers only, by locale: "DMY" (14/03/1950),
#: "MDY" (03/14/1950) or "YMD" (1950-03-14). The UI says which one the user's locale uses.
DATE_ORDERS = ("DMY", "MDY", "YMD")
_NUMERIC_DATE = re.compile(r"(\d{1,4})[./\- ]+(\d{1,2})[./\- ]+(\d{1,4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _example(order: str) -> str:
    return {"DMY": "14/03/1950", "MDY": "03/14/1950"}.get(order, "1950-03-14")


def parse_user_date(field: str, text: str, *, label: str, order: str = "YMD",
                    allow_year: bool = False) -> tuple[date | None, int | None, list[FieldError]]:
    """A date as the user writes it: the locale's order of day, month and year (``order``), with / . - or spaces
    between, or the ISO form 1950-03-14 (always understood); with ``allow_year``, a year alone ("1950").

    Returns (date, year, errors): a full date gives (date, its year), a year alone (None, year); nothing typed
    (None, None, []). Years are written in full: "14/03/50" is refused with a message (it could be 1950 or 2050).
    """
    text = (text or "").strip()
    if not text:
        return None, None, []
    example = _example(order)
    if allow_year:
        bad = [FieldError(field, _("{label}: please write a date like {example} or just the year, like {year}.",
                                   label=label, example=example, year="1950"))]
    else:
        bad = [FieldError(field, _("{label}: please write a date like {example}.", label=label, example=example))]
    if allow_year and text.isdigit() and len(text) == 4:
        return None, int(text), []
    iso = _ISO_DATE.fullmatch(text)
    m = _NUMERIC_DATE.fullmatch(text)
    if iso is not None:
        y, mo, d = (int(g) for g in iso.groups())
    elif m is not None:
        a, b, c = m.groups()
        if len(a) == 4:  # a year first is read as year-month-day whatever the locale
            y, mo, d = int(a), int(b), int(c)
        elif len(c) != 4:
            return None, None, [FieldError(field, _("{label}: please write the year in full, like {example}.",
                                                    label=label, example=example))]
        elif order == "MDY":
            mo, d, y = int(a), int(b), int(c)
        else:
            d, mo, y = int(a), int(b), int(c)
    else:
        return None, None, bad
    try:
        value = date(y, mo, d)
    except ValueError:
        return None, None, [FieldError(field, _("{label}: there is no such day ({text}); please check it.",
                                                label=label, text=text))]
    return value, value.year, []


def parse_number(text: str) -> float | str | None:
    """A number as typed ("10", "7.5", "7,5"), or the text itself when it is not one (the check then says so),
    or None when nothing was typed."""
    text = (text or "").strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


def check_number(field: str, value: object, *, label: str, minimum: float, maximum: float,
                 unit: str = "", allow_zero: bool = True) -> list[FieldError]:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return [FieldError(field, _("{label} must be a number.", label=label))]
    if math.isnan(value) or math.isinf(value):
        return [FieldError(field, _("{label} must be a real number.", label=label))]
    if value < 0:
        return [FieldError(field, _("{label} cannot be negative.", label=label))]
    if not allow_zero and value == 0:
        return [FieldError(field, _("{label} must be more than zero.", label=label))]
    if value < minimum or value > maximum:
        low, high = number(minimum), number(maximum)
        if unit:
            return [FieldError(field, _("{label} must be between {minimum} and {maximum} {unit}.", label=label,
                                        minimum=low, maximum=high, unit=unit))]
        return [FieldError(field, _("{label} must be between {minimum} and {maximum}.", label=label, minimum=low,
                                    maximum=high))]
    return []


def number(v: float) -> str:
    """A number as the messages write it (``{:g}``: 7.5, 10), with the user's decimal point where shown."""
    return value(float(v), "decimal", f"{v:g}")


#: Characters never printed as they are in a message: controls (C0, DEL, C1), line and paragraph separators, bidi
#: embeddings, overrides, isolates and marks, zero-width characters and the BOM (they clear a screen, colour it,
#: reverse the text that follows or hide it).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
                     r"\ud800-\udfff]")


def shown(value: object, max_len: int = 60) -> str:
    """A value from a file or the store as a message may quote it: control, bidi and invisible characters written
    as escapes (``\\x1b``, ``\\u202e``), and at most ``max_len`` characters, "…" marking a cut. Never raises."""
    text = value if isinstance(value, str) else repr(value)
    cut = len(text) > max_len
    if cut:
        text = text[:max_len]

    def escape(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    text = _UNSAFE.sub(escape, text)
    return text + ("…" if cut else "")


#: What ``shown_text`` keeps: a message's own line breaks and tabs.
_UNSAFE_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f"
                             r"\ufeff\ufff9-\ufffb\ud800-\udfff]")


def shown_text(text: object, max_len: int = 4000) -> str:
    """A whole message as a window, the tray or the status bar may show it: like ``shown``, but its own line breaks
    and tabs kept (a message of several lines), and at most ``max_len`` characters. For the messages that can quote
    a value from a file or the store (an exception's text, a name from a backup file); never raises."""
    value = text if isinstance(text, str) else str(text)
    cut = len(value) > max_len
    if isinstance(value, Text) and not cut and not _UNSAFE_IN_TEXT.search(value):
        return value   # a domain message with nothing to escape: kept, so that it is still said in the user's language
    if cut:
        value = value[:max_len]

    def escape(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE_IN_TEXT.sub(escape, value) + ("…" if cut else "")
