"""Words the domain and the services give the user, in English, in a form the edge can translate (no Qt here).

The domain cannot call Qt's translator, and its messages are built from parts (a medicine's name, a time, a
number of doses). So a message is a :class:`Text`: a ``str`` whose value is the English sentence, as before
(tests, logs, the command line and English users read it as it is), that also keeps what made it: its context,
its English source with ``{name}`` placeholders, the plural count and the values put in. At the edge (the
desktop app, the summary) ``caregiver_app.system.i18n.localize`` looks the source up in the translation of the
user's language and puts the values in again, each translated or formatted in the user's locale in turn.

Each module that writes messages makes one catalogue at the top, named ``_`` (what ``tools/translations.py``
looks for)::

    _ = Messages("domain.dosing")
    _("Take the {amount} dose now.", amount=amount)         # a Text
    _.n("%n dose missed", "%n doses missed", count)            # the English singular, then the plural

Values: plain strings go in as they are (a medicine's name), a :class:`Text` is translated in turn, and a
:class:`Value` (a date, a time, a decimal amount) carries its English rendering and the value itself, which the
edge formats in the user's locale (``QLocale``). Stored data never holds a Text: only ISO dates and dots.

Rules (``tests/i18n``): the source of ``_`` and ``_.n`` is a string literal (implicit concatenation is fine, an
f-string is not: put the values in as ``{placeholders}``); a message is joined to another with :func:`joined`,
never ``+`` (which would give a plain str, that is not translated).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

__all__ = ["Format", "Messages", "Text", "Translate", "Value", "joined", "render", "value"]

#: The edge's translator: (context, English source, count or None) → the text in the user's language, with %n
#: replaced by the count (the English source, %n replaced, where there is no translation). Qt's, in the app.
Translate = Callable[[str, str, "int | None"], str]
#: The edge's formatter of a Value in the user's locale.
Format = Callable[["Value"], str]


def render(value: object, translate: Translate, fmt: Format) -> str:
    """What the user reads for ``value`` in the edge's language: a Text translated, a Value formatted, anything
    else as ``str``. (The edge passes its translator in: no Qt here.)"""
    if isinstance(value, (Text, Value)):
        return value.render(translate, fmt)
    return "" if value is None else str(value)


class Value(str):
    """A value shown in a message: its English rendering, and the value for the edge to format in the locale.

    ``kind``: "date" (a day: "Tue 1 Dec"), "long_date" ("Tuesday 1 December 2026"), "short_date" ("1 Dec"),
    "iso_date" (kept as it is: "2026-12-01"), "time" ("08:00"), "datetime", "decimal" (a number with a
    decimal point: 2.5)."""

    kind: str
    value: object

    def __new__(cls, english: str, kind: str, raw: object) -> Value:
        self = super().__new__(cls, english)
        self.kind = kind
        self.value = raw
        return self

    def render(self, translate: Translate, fmt: Format) -> str:
        return fmt(self)


def value(raw: date | datetime | time | float, kind: str, english: str) -> Value:
    """A value for a message (see :class:`Value`)."""
    return Value(english, kind, raw)


def _english(source: str, n: int | None, params: Mapping[str, object]) -> str:
    text = source.replace("%n", str(n)) if n is not None else source
    return text.format(**{k: str(v) for k, v in params.items()}) if params else text


class Text(str):
    """An English message that remembers how it was made, so the edge can say it in another language."""

    context: str
    source: str            # the English source: the plural form for a count (the key in the translations)
    singular: str | None   # the English singular, for a count
    n: int | None          # the count, for a plural message
    params: dict[str, object]

    def __new__(cls, context: str, source: str, params: Mapping[str, object] | None = None, *,
                singular: str | None = None, n: int | None = None) -> Text:
        params = dict(params or {})
        english = _english(singular if (singular is not None and n == 1) else source, n, params)
        self = super().__new__(cls, english)
        self.context = context
        self.source = source
        self.singular = singular
        self.n = n
        self.params = params
        return self

    def render(self, translate: Translate, fmt: Format) -> str:
        n = self.n
        text = translate(self.context, self.source, n)
        if n == 1 and self.singular is not None and text == self.source.replace("%n", "1"):
            text = self.singular.replace("%n", "1")  # no translation: English's own singular
        if not self.params:
            return text
        values = {k: render(v, translate, fmt) for k, v in self.params.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder (tests catch it)
            return _english(self.singular if (self.singular is not None and n == 1) else self.source, n, values)


class _Joined(Text):
    """Messages joined by a separator: each part is translated on its own (see :func:`joined`)."""

    parts: tuple[object, ...]
    sep: str

    def __new__(cls, sep: str, parts: Iterable[object]) -> _Joined:
        kept = tuple(p for p in parts if p)
        self = str.__new__(cls, sep.join(str(p) for p in kept))
        self.context, self.source, self.singular, self.n, self.params = "", str(self), None, None, {}
        self.parts = kept
        self.sep = sep
        return self

    def render(self, translate: Translate, fmt: Format) -> str:
        return self.sep.join(render(p, translate, fmt) for p in self.parts)


def joined(sep: str, parts: Iterable[object]) -> Text:
    """``sep.join(parts)`` that stays translatable (empty parts are left out)."""
    return _Joined(sep, parts)


class Messages:
    """One module's messages (its ``context`` in the translation files). Called ``_`` by convention."""

    __slots__ = ("context",)

    def __init__(self, context: str):
        self.context = context

    def __call__(self, source: str, /, **params: Any) -> Text:
        return Text(self.context, source, params)

    def n(self, singular: str, plural: str, n: int, /, **params: Any) -> Text:
        """A message with a count: ``%n`` in it is the count (English: ``singular`` when it is 1)."""
        return Text(self.context, plural, params, singular=singular, n=int(n))

    def mark(self, source: str) -> str:
        """``source`` as it is, marked for translation: for a word kept in a table and translated where shown
        (with ``caregiver_app.system.i18n.Tr(context).lookup``)."""
        return source
