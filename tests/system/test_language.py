"""Which language the app speaks: the Language setting, else the system locale, else English."""
from __future__ import annotations

import pytest

from caregiver_app.system.language import DEFAULT, SUPPORTED, language_code, resolve_language, system_locale


@pytest.mark.parametrize("setting, system, expected", [
    ("system", "es_ES", "es"),
    ("system", "es_MX", "es"),
    ("system", "es_ES.UTF-8", "es"),
    ("system", "es-419", "es"),
    ("system", "es_ES@euro", "es"),
    ("system", "fr_FR", "en"),
    ("system", "fr_FR.UTF-8", "en"),
    ("system", "en_GB", "en"),
    ("system", "C", "en"),
    ("system", "C.UTF-8", "en"),
    ("system", "POSIX", "en"),
    ("system", "", "en"),
    ("system", None, "en"),
    ("system", "fr_FR:es_ES:en", "es"),     # a preference list ($LANGUAGE): the first the app has
    (None, "es_MX.UTF-8", "es"),            # no setting stored: the system's
    ("", "es_ES", "es"),
    ("es", "en_US", "es"),                  # the setting wins over the system
    ("en", "es_ES", "en"),
    ("ES", "C", "es"),
    ("es_MX", "C", "es"),
    ("fr", "C", "en"),                      # a language the app does not have
    ("fr", "es_ES", "es"),                  # ... is not a choice: the system's language is used
    ("klingon", "C", "en"),
    ("123", "C", "en"),
    (42, "C", "en"),                        # damaged settings
    (["es"], "C", "en"),
    ({"lang": "es"}, "es_ES", "es"),
    ("system", "xx_YY", "en"),
    ("system", "12_34", "en"),
    ("system", "_", "en"),
])
def test_resolve_language(setting, system, expected):
    assert resolve_language(setting, system) == expected
    assert resolve_language(setting, system) in SUPPORTED


def test_default_and_supported():
    assert DEFAULT == "en" and SUPPORTED[0] == "en" and "es" in SUPPORTED
    assert resolve_language("es", "es_ES", supported=("en",)) == "en"


@pytest.mark.parametrize("value, code", [
    ("es_ES.UTF-8", "es"), ("pt-BR", "pt"), ("EN", "en"), (" es ", "es"), ("C", None), ("POSIX", None),
    ("", None), (None, None), (3, None), ("e", None), ("españ_ES", None),
])
def test_language_code(value, code):
    assert language_code(value) == code


def test_system_locale_follows_posix_order():
    assert system_locale({"LANG": "es_ES.UTF-8"}) == "es_ES.UTF-8"
    assert system_locale({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "es_MX.UTF-8"}) == "es_MX.UTF-8"
    assert system_locale({"LANG": "en_GB", "LC_MESSAGES": "es_MX", "LC_ALL": "fr_FR"}) == "fr_FR"
    assert system_locale({"LC_ALL": "", "LANG": "es_ES"}) == "es_ES"
    assert system_locale({}) == ""
