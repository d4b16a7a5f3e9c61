"""Which language the app speaks: the Language setting if it names one the app has, else the system's.

Pure: the caller passes the setting's value and the system locale's name (``QLocale.system().name()``, or
``system_locale()`` below, which reads the POSIX environment), so it is tested without Qt or a real locale.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping

__all__ = ["DEFAULT", "SUPPORTED", "SYSTEM", "language_code", "resolve_language", "system_locale"]

DEFAULT = "en"
SUPPORTED: tuple[str, ...] = ("en", "es")   # English (the reference) and each translation shipped
SYSTEM = "system"                            # the setting's value for "follow the system"

_CODE = re.compile(r"[A-Za-z]{2,3}")


def language_code(value: object) -> str | None:
    """The language part of a locale name or code, lower case: "es_MX.UTF-8" → "es", "pt-BR" → "pt", "EN" → "en".

    None for anything else ("C", "POSIX", "", None, a number, "123")."""
    if not isinstance(value, str):
        return None
    name = value.strip()
    for sep in (".", "@"):
        name = name.split(sep, 1)[0]
    lang = re.split(r"[_-]", name, maxsplit=1)[0]
    if not _CODE.fullmatch(lang) or lang.upper() in ("C", "POSIX"):
        return None
    return lang.lower()


def resolve_language(setting: object, system: str | None, supported: tuple[str, ...] = SUPPORTED) -> str:
    """The language to show, always one of ``supported`` (``DEFAULT`` when nothing else fits).

    ``setting``: the Language setting ("system", None or "" to follow the system; or a code such as "es").
    A setting that names no supported language (a stray or damaged value) is treated as "system".
    ``system``: the system locale's name ("es_ES", "es_MX.UTF-8"), or a ':'-separated list of them in order of
    preference (as in $LANGUAGE); its first supported language wins."""
    chosen = language_code(setting) if setting != SYSTEM else None
    if chosen is not None and chosen in supported:
        return chosen
    for name in (system or "").split(":"):
        code = language_code(name)
        if code is not None and code in supported:
            return code
    return DEFAULT if DEFAULT in supported else supported[0]


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The locale that messages follow, as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG ("" if none)."""
    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(key):
            return env[key]
    return ""
