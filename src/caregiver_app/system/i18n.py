"""The edge of translation: Qt's translators, the user's locale, and the domain's messages said in them.

- :class:`Tr` is a module's catalogue in the desktop app and the summary (``_ = Tr("ui.pages.today")``, then
  ``_("Log a dose")``, ``_.n("%n dose", "%n doses", n)``, ``_("Hello {name}", name=name)``); it asks Qt's
  translators (``QCoreApplication.translate``), so it works once :func:`install` has run, and gives the English
  source before (or where no translation has the words).
- :func:`localize` says a domain :class:`~caregiver_app.domain.text.Text` in the installed language, and
  formats its :class:`~caregiver_app.domain.text.Value` parts (dates, decimals) with ``QLocale()``.
- :func:`install` loads the app's own ``caregiver_<lang>.qm`` (``resources/translations``) and Qt's
  ``qtbase_<lang>.qm`` (standard buttons and dialogs), and makes the language's locale the default.

``tools/translations.py`` finds every ``_(...)`` / ``_.n(...)`` / ``_.mark(...)`` in the sources, writes the
``.ts`` files translators work in, and compiles them with ``pyside6-lrelease`` (``make translations``).
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

log = logging.getLogger(__name__)

__all__ = ["PSEUDO", "Installed", "Tr", "install", "localize", "qm_path"]

PSEUDO = "pseudo"   # the test language: every string longer, accented and in ⟦brackets⟧ (tests/i18n)
_translate = QCoreApplication.translate


def _format(text: str, params: Mapping[str, object], english: str | None = None) -> str:
    if not params:
        return text
    values = {k: localize(v) for k, v in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder (the tests catch these): the English rather than nothing.
        log.warning("translation %r does not fit its values", text)
        if english is None or english == text:
            raise
        return english.format(**values)


class Tr:
    """One module's words, translated where they are said (see the module's docs)."""

    __slots__ = ("context",)

    def __init__(self, context: str):
        self.context = context

    def __call__(self, source: str, /, **params: Any) -> str:
        return _format(_translate(self.context, source), params, source)

    def n(self, singular: str, plural: str, n: int, /, **params: Any) -> str:
        text = _translate(self.context, plural, None, int(n))
        if text == plural.replace("%n", str(int(n))) and n == 1:  # no translation: English's own singular
            text = singular.replace("%n", "1")
        return _format(text, params, (singular if n == 1 else plural).replace("%n", str(int(n))))

    def mark(self, source: str) -> str:
        """``source`` unchanged, marked for translation: said later with :meth:`lookup`."""
        return source

    def lookup(self, source: str) -> str:
        """A word marked with :meth:`mark` (in this context), translated now."""
        return _translate(self.context, source)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class _Shown(Protocol):
    kind: str
    value: object


def _value(v: _Shown) -> str:
    """A domain Value (its ``kind`` and raw ``value``; its str is the English) in the user's locale."""
    locale = QLocale()
    raw = v.value
    try:
        if v.kind == "integer" and isinstance(raw, int):
            return locale.toString(raw)
        if v.kind == "decimal":
            return str(v).replace(".", locale.decimalPoint())
        if v.kind == "time" and isinstance(raw, time):
            return locale.toString(QTime(raw.hour, raw.minute), "HH:mm")
        if isinstance(raw, datetime) and v.kind == "datetime":
            return f"{locale.toString(_qdate(raw.date()), 'ddd d MMM')} {raw:%H:%M}"
        if isinstance(raw, date):
            d = raw.date() if isinstance(raw, datetime) else raw
            if v.kind == "date":
                return locale.toString(_qdate(d), "ddd d MMM")
            if v.kind == "short_date":
                return locale.toString(_qdate(d), "d MMM")
            if v.kind == "long_date":
                return locale.toString(_qdate(d), QLocale.FormatType.LongFormat)
    except (TypeError, ValueError, OverflowError):
        pass
    return str(v)


def domain_word(where: Tr | str, word: object) -> str:
    """A word or note of the domain's, in the user's language: a domain Text (or Value) through
    :func:`localize`; a plain word the domain keeps in a table (``_.mark``-ed there) looked up in the domain
    module's context (``where``: that context, or its catalogue)."""
    if isinstance(word, str) and not callable(getattr(word, "render", None)):
        return _translate(where.context if isinstance(where, Tr) else where, word)
    return localize(word)


def _qt(context: str, source: str, n: int | None) -> str:
    return _translate(context, source, None, -1 if n is None else n)


def localize(value: object) -> str:
    """What the user reads for a value: a domain Text translated, a Value in the locale, anything else as str.

    (The domain's messages render themselves given a translator, ``Text.render``: system/ does not import the
    domain, and the domain does not import Qt.)"""
    if isinstance(value, BaseException) and len(value.args) == 1 and isinstance(value.args[0], str):
        value = value.args[0]  # an error raised with a domain message: the message
    method = getattr(value, "render", None)
    if callable(method) and isinstance(value, str):
        return str(method(_qt, _value))
    return "" if value is None else str(value)


def translations_dir() -> Path:
    from caregiver_app.system.resources import resource_dir

    return resource_dir() / "translations"


def qm_path(language: str) -> Path:
    return translations_dir() / f"caregiver_{language}.qm"


class Installed:
    """The translators installed for one language (kept by the app so they live as long as it)."""

    def __init__(self, language: str, translators: list[QTranslator], locale: QLocale):
        self.language = language
        self.translators = translators
        self.locale = locale

    def remove(self) -> None:
        for t in self.translators:
            QCoreApplication.removeTranslator(t)
        self.translators = []


def _translated() -> list[str]:
    """The languages the app has a translation for (caregiver_<lang>.qm), the pseudo-locale aside."""
    return [p.stem.split("_", 1)[1] for p in translations_dir().glob("caregiver_*.qm")
            if p.stem.split("_", 1)[1] != PSEUDO]


def install(language: str, system_locale: str | None = None) -> Installed:
    """Install the app's and Qt's translations for ``language`` ("en", "es", or PSEUDO) on the running
    QCoreApplication, and make its locale the default (the system's own, such as es_MX, where it is in that
    language). English installs no app translation (the sources are English) but Qt's is still looked for."""
    system = QLocale(system_locale) if system_locale else QLocale.system()
    if language == PSEUDO:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    elif QLocale(language).language() == system.language():
        locale = system
    elif language == "en" and not any(QLocale(code).language() == system.language() for code in _translated()):
        locale = system  # English words; dates and numbers as the system writes them (as before translations)
    else:
        locale = QLocale(language)
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    candidates: list[tuple[str, Path | str]] = []
    if language != "en":
        candidates.append(("app", qm_path(language)))
    if language not in ("en", PSEUDO):
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append(("qt", Path(qt_dir) / f"qtbase_{language}.qm"))
    for kind, path in candidates:
        t = QTranslator(QCoreApplication.instance())
        if t.load(str(path)):
            QCoreApplication.installTranslator(t)
            translators.append(t)
        else:
            log.warning("no %s translation for %s at %s", kind, language, path)
    return Installed(language, translators, locale)


# ------------------------------------------------------------------------- dates and numbers in the locale

class _Day(str):
    def __new__(cls, kind: str, d: date) -> _Day:
        self = super().__new__(cls, d.isoformat())
        self.kind, self.value = kind, d
        return self

    kind: str
    value: object


def date_pattern(d: date | datetime, pattern: str) -> str:
    """A day in the user's locale with a Qt date pattern ("ddd d MMM yyyy": "Tue 1 Dec 2026", "mar 1 dic
    2026"), where ``date_text`` has no kind for the form shown. A datetime is taken as its (local) date."""
    day = d.date() if isinstance(d, datetime) else d
    return QLocale().toString(_qdate(day), pattern)


def date_text(d: date, kind: str = "date") -> str:
    """A day in the user's locale: kind "date" ("Tue 1 Dec" / "mar 1 dic"), "short_date" ("1 Dec"),
    "long_date" ("Tuesday 1 December 2026"), "numeric" (the locale's short numeric date: 01/12/2026)."""
    locale = QLocale()
    if kind == "numeric":
        return locale.toString(_qdate(d), QLocale.FormatType.ShortFormat)
    return _value(_Day(kind, d))


def time_text(t: time | datetime) -> str:
    """A time of day, 24-hour ("08:00"), as the app shows every time."""
    return f"{t:%H:%M}"


def decimal_text(x: float | str, places: int | None = None) -> str:
    """A number with the locale's decimal mark ("2.5" → "2,5" in Spanish); whole numbers without decimals.
    ``places``: fixed decimals; None: as few as needed (up to 3)."""
    if isinstance(x, str):
        return x.replace(".", QLocale().decimalPoint())
    text = f"{x:.{places}f}" if places is not None else f"{x:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())
