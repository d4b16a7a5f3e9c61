"""The danger-sign window: what to do now (the most urgent first), who to call, the emergency page one click away.
Shown the moment a danger sign is ticked in the diary, and when a dose is logged that may be more than the
prescribed dose."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.system.i18n import Tr, localize

if TYPE_CHECKING:
    from caregiver_app.domain.diary import Guidance
    from caregiver_app.domain.people import Person

_ = Tr("ui.red_flags")

class RedFlagDialog(QDialog):
    """Shown at once when a danger sign is ticked or recorded: what to do now, who to call, the emergency page one
    click away. ``recorded``: the sign is in the diary already (else: ticked, the entry not saved yet)."""

    open_emergency_info = Signal()

    def __init__(self, guidance: Guidance, person: Person | None, parent: QWidget | None = None, *,
                 recorded: bool = True):
        super().__init__(parent)
        self.guidance = guidance
        self._person_name = person.name if person else _("this person")
        self.setObjectName("redFlagDialog")
        self.setMinimumWidth(620)
        self.setStyleSheet(
            "QDialog#redFlagDialog { border: 4px solid #b00020; }"
            "QLabel#redFlagHeading { color: white; background: #b00020; font-size: 20pt; font-weight: 700;"
            " padding: 10px 14px; }"
            "QLabel#redFlagRecorded { font-weight: 600; }"
            "QFrame#redFlagContacts { background: #f4f6f9; border: 1px solid #c5ccd6; border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = QLabel(localize(guidance.heading))
        self.heading.setObjectName("redFlagHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.recorded = QLabel()
        self.recorded.setObjectName("redFlagRecorded")
        self.recorded.setWordWrap(True)
        layout.addWidget(self.recorded)
        self.lines: list[QLabel] = []
        for line in guidance.lines:
            lab = QLabel("•  " + localize(line))
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(lab)
            self.lines.append(lab)

        contacts = QFrame()
        contacts.setObjectName("redFlagContacts")
        cl = QVBoxLayout(contacts)
        emergency = (person.emergency_contact if person else "") or ""
        prescriber = (person.prescriber if person else "") or ""
        self.emergency_label = QLabel(
            _("<b>Emergency contact:</b> {contact}", contact=_esc(emergency)) if emergency else
            _("<b>Emergency contact:</b> none recorded (add one with People ▸ Edit this person)."))
        self.prescriber_label = QLabel(
            _("<b>Doctor / prescriber:</b> {prescriber}", prescriber=_esc(prescriber)) if prescriber else
            _("<b>Doctor / prescriber:</b> none recorded (add one with People ▸ Edit this person)."))
        for lab in (self.emergency_label, self.prescriber_label):
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            cl.addWidget(lab)
        layout.addWidget(contacts)
        note = QLabel(_("This app does not give medical advice. If you are worried, call the doctor or the "
                        "emergency number."))
        note.setWordWrap(True)
        layout.addWidget(note)

        row = QHBoxLayout()
        self.info_button = QPushButton(_("Open &emergency signs"))
        self.info_button.setAccessibleDescription(_("Opens the Information page on emergency signs"))
        self.info_button.clicked.connect(self._open_info)
        self.close_button = QPushButton(_("&Close"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.info_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.info_button.setDefault(True)
        self.info_button.setFocus()
        self.set_recorded(recorded)

    def set_recorded(self, recorded: bool) -> None:
        """Say whether the sign is in the diary yet (ticked now, saved with the entry)."""
        signs = "; ".join(localize(f.label) for f in self.guidance.flags)
        if recorded:
            self.setWindowTitle(_("Danger sign recorded — act now"))
            self.recorded.setText(_("Recorded for {name}: {signs}.", name=self._person_name, signs=signs))
        else:
            self.setWindowTitle(_("Danger sign — act now"))
            self.recorded.setText(_("Ticked for {name}: {signs}. Act on it now; the diary entry is saved with it "
                                    "when you save.", name=self._person_name, signs=signs))
        self.setAccessibleDescription(" ".join([localize(self.guidance.heading), self.recorded.text(),
                                                *(localize(line) for line in self.guidance.lines)]))

    def _open_info(self) -> None:
        self.open_emergency_info.emit()
        self.accept()


def _esc(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")
