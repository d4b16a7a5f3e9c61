"""Text size, language, start at login, reminder sound."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from caregiver_app.system.i18n import Tr
from caregiver_app.system.language import SUPPORTED, SYSTEM
from caregiver_app.ui.theme import TEXT_SIZE_LABELS, text_size_label

_ = Tr("ui.settings_dialog")

# Each language by its own name (a reader looks for the language they read, not its name in this one).
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class SettingsDialog(QDialog):
    def __init__(self, settings: dict, start_at_login_supported: bool, parent: QWidget | None = None,
                 system_language: str = "en"):
        super().__init__(parent)
        self.setWindowTitle(_("Settings"))
        self.setMinimumWidth(480)
        form = QFormLayout()
        form.setHorizontalSpacing(16)  # (at extra-large text "Text size" ran into its box)
        self.text_size = QComboBox()
        for key in TEXT_SIZE_LABELS:
            self.text_size.addItem(text_size_label(key), key)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.get("text_size", "normal"))))
        self.text_size.setAccessibleName(_("Text size"))
        lab = QLabel(_("&Text size"))
        lab.setBuddy(self.text_size)
        form.addRow(lab, self.text_size)

        self.language = QComboBox()
        self.language.addItem(_("Same as this computer ({language})",
                                language=LANGUAGE_NAMES.get(system_language, system_language)), SYSTEM)
        for code in SUPPORTED:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        current = settings.get("language") or SYSTEM
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.setAccessibleName(_("Language"))
        lang_label = QLabel(_("&Language"))
        lang_label.setBuddy(self.language)
        form.addRow(lang_label, self.language)
        self.language_note = QLabel(_("A new language is used the next time Caregiver Assistant starts."))
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)

        self.start_at_login = QCheckBox(_("Start Caregiver Assistant when I log in (so reminders come)"))
        self.start_at_login.setChecked(bool(settings.get("start_at_login")))
        self.start_at_login.setEnabled(start_at_login_supported)
        self.start_at_login.setAccessibleName(_("Start at login"))
        if not start_at_login_supported:
            self.start_at_login.setToolTip(_("Not available on this system."))
        form.addRow("", self.start_at_login)
        self.sound = QCheckBox(_("Play a sound with reminders"))
        self.sound.setChecked(bool(settings.get("reminder_sound", True)))
        self.sound.setAccessibleName(_("Reminder sound"))
        form.addRow("", self.sound)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"text_size": self.text_size.currentData(), "start_at_login": self.start_at_login.isChecked(),
                "reminder_sound": self.sound.isChecked(), "language": self.language.currentData()}
