"""Text size, start at login, reminder sound."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from caregiver_app.ui.theme import TEXT_SIZE_LABELS


class SettingsDialog(QDialog):
    def __init__(self, settings: dict, start_at_login_supported: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(480)
        form = QFormLayout()
        form.setHorizontalSpacing(16)  # (at extra-large text "Text size" ran into its box)
        self.text_size = QComboBox()
        for key, label in TEXT_SIZE_LABELS.items():
            self.text_size.addItem(label, key)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.get("text_size", "normal"))))
        self.text_size.setAccessibleName("Text size")
        lab = QLabel("&Text size")
        lab.setBuddy(self.text_size)
        form.addRow(lab, self.text_size)
        self.start_at_login = QCheckBox("Start Caregiver Assistant when I log in (so reminders come)")
        self.start_at_login.setChecked(bool(settings.get("start_at_login")))
        self.start_at_login.setEnabled(start_at_login_supported)
        self.start_at_login.setAccessibleName("Start at login")
        if not start_at_login_supported:
            self.start_at_login.setToolTip("Not available on this system.")
        form.addRow("", self.start_at_login)
        self.sound = QCheckBox("Play a sound with reminders")
        self.sound.setChecked(bool(settings.get("reminder_sound", True)))
        self.sound.setAccessibleName("Reminder sound")
        form.addRow("", self.sound)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"text_size": self.text_size.currentData(), "start_at_login": self.start_at_login.isChecked(),
                "reminder_sound": self.sound.isChecked()}
