"""Issue 17: the language is installed from the setting or the system, with Qt's own translation beside the
app's, and the locale formats dates and decimals; Settings keeps the choice for the next start."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from caregiver_app.domain.text import Messages, joined, value
from caregiver_app.system.i18n import PSEUDO, Tr, date_text, decimal_text, install, localize


@pytest.fixture
def language(qapp):
    before = QLocale()
    made = []

    def _install(code, system=None):
        made.append(install(code, system))
        return made[-1]

    yield _install
    for m in made:
        m.remove()
    QLocale.setDefault(before)


def test_spanish_loads_the_apps_and_qts_translations(language):
    es = language("es", "es_ES")
    assert len(es.translators) == 2, "caregiver_es.qm and Qt's qtbase_es.qm"
    assert Tr("ui.settings_dialog")("Settings") == "Ajustes"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Cancelar"   # Qt's own, from qtbase_es.qm
    assert decimal_text(2.5) == "2,5" and decimal_text("7.5") == "7,5"
    assert date_text(date(2026, 12, 1)) == "mar 1 dic"


def test_the_systems_own_country_is_kept_when_it_speaks_the_language(language):
    es = language("es", "es_MX")
    assert es.locale.name() == "es_MX"
    other = language("es", "fr_FR")
    assert other.locale.name() == "es_ES"


def test_english_installs_no_translation_and_reads_as_before(language):
    en = language("en", "en_GB")
    assert en.translators == []
    _ = Tr("ui.settings_dialog")
    assert _("Settings") == "Settings"
    assert _.n("%n dose", "%n doses", 1) == "1 dose" and _.n("%n dose", "%n doses", 3) == "3 doses"
    assert date_text(date(2026, 12, 1)) == "Tue 1 Dec" and decimal_text(2.5) == "2.5"


def test_domain_messages_are_said_in_the_installed_language(language):
    m = Messages("ui.settings_dialog")   # a context the Spanish file has
    text = m("Settings")
    assert str(text) == "Settings" and localize(text) == "Settings"
    language("es", "es_ES")
    assert localize(text) == "Ajustes"
    day = value(date(2026, 12, 1), "date", "Tue 1 Dec")
    assert localize(joined(" — ", [text, day])) == "Ajustes — mar 1 dic"
    assert localize(ValueError(text)) == "Ajustes"
    assert localize("plain") == "plain" and localize(None) == ""


def test_the_pseudo_locale_brackets_every_message(language):
    language(PSEUDO)
    said = Tr("ui.settings_dialog")("Settings")
    assert said.startswith("⟦") and said.endswith("⟧") and len(said) > len("Settings") * 1.3


def test_a_broken_translation_falls_back_to_english(language, monkeypatch):
    monkeypatch.setattr("caregiver_app.system.i18n._translate", lambda c, s, d=None, n=-1: "Hola {nombre}")
    assert Tr("x")("Hello {name}", name="Ann") == "Hello Ann"
    assert localize(Messages("x")("Hello {name}", name="Ann")) == "Hello Ann"


def test_settings_keeps_the_language_for_the_next_start(make_app, store):
    from caregiver_app.ui.settings_dialog import SettingsDialog

    app = make_app()
    dlg = SettingsDialog({"language": None}, False, app.window, system_language="en")
    assert dlg.language.currentData() == "system" and "next time" in dlg.language_note.text()
    dlg.language.setCurrentIndex(dlg.language.findData("es"))
    app.apply_settings(dlg.values())
    assert store.settings.get("language") == "es"
    assert QCoreApplication.translate("ui.settings_dialog", "Settings") == "Settings"  # not before a restart
