"""Add, edit, archive and restore the people cared for."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.people import (
    CHECKIN_DAYS_MAX,
    CHECKIN_NOTE,
    KIDNEY_NOTE,
    NOTES_MAX,
    Person,
    oral_baclofen_age_note,
    validate_person,
)
from caregiver_app.domain.schedules import parse_time
from caregiver_app.domain.validation import FieldError, ValidationFailed, parse_iso_date
from caregiver_app.storage import StoreError
from caregiver_app.ui.theme import set_role
from caregiver_app.ui.undo import do_undoably
from caregiver_app.ui.widgets import FieldErrorLabel

if TYPE_CHECKING:
    from caregiver_app.ui.context import AppContext


class PersonDialog(QDialog):
    """The form. Keeps everything typed when saving fails, and says why next to the field."""

    def __init__(self, ctx: AppContext, person: Person | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.store = ctx, ctx.store
        self.original = person
        self.saved: Person | None = None
        self.setWindowTitle("Edit person" if person else "Add a person")
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors: dict[str, FieldErrorLabel] = {}

        def add(field: str, label: str, widget: QWidget, help_text: str = "") -> None:
            widget.setAccessibleName(label.replace("&", ""))
            if help_text:
                widget.setAccessibleDescription(help_text)
                widget.setToolTip(help_text)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            err = FieldErrorLabel()
            self.errors[field] = err
            box.addWidget(err)
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, box)

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        add("name", "&Name", self.name, "The name shown on every screen, for example 'Mum' or 'Alex Smith'.")
        self.dob = QLineEdit()
        self.dob.setPlaceholderText("YYYY-MM-DD (optional)")
        add("date_of_birth", "&Date of birth", self.dob, "Optional. Written as year-month-day, e.g. 1956-03-31.")
        self.kidney = QCheckBox("Kidney function is reduced")
        add("kidney_reduced", "&Kidneys", self.kidney, KIDNEY_NOTE)
        kidney_note = QLabel(KIDNEY_NOTE)
        kidney_note.setWordWrap(True)
        form.addRow("", kidney_note)
        self.age_note = QLabel()
        self.age_note.setWordWrap(True)
        self.age_note.setAccessibleName("About the age")
        set_role(self.age_note, "notice")
        self.age_note.hide()
        form.addRow("", self.age_note)
        self.dob.textChanged.connect(lambda _t: self._update_age_note())
        self.prescriber = QLineEdit()
        self.prescriber.setPlaceholderText("e.g. Dr Lee, Neurology clinic, 01234 567890")
        add("prescriber", "&Prescriber / clinic", self.prescriber)
        self.emergency = QLineEdit()
        self.emergency.setPlaceholderText("Who to call, and their number")
        add("emergency_contact", "&Emergency contact", self.emergency)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(110)
        add("notes", "N&otes", self.notes, f"Anything useful, up to {NOTES_MAX:,} characters.")
        self.checkin_days = QSpinBox()
        self.checkin_days.setRange(0, CHECKIN_DAYS_MAX)
        self.checkin_days.setSpecialValueText("No check-ins")
        self.checkin_days.setSuffix(" days")
        self.checkin_days.setValue(7)
        add("checkin_days", "Check-&ins after a dose change", self.checkin_days, CHECKIN_NOTE)
        self.checkin_time = QLineEdit()
        self.checkin_time.setPlaceholderText("HH:MM (empty: with the last dose of the day)")
        add("checkin_time", "Check-in &time", self.checkin_time,
            "When the daily check-in comes. Empty: with the person's last dose of the day (20:00 without one).")
        checkin_note = QLabel(CHECKIN_NOTE)
        checkin_note.setWordWrap(True)
        form.addRow("", checkin_note)

        if person:
            self.name.setText(person.name)
            self.dob.setText(person.date_of_birth.isoformat() if person.date_of_birth else "")
            self.kidney.setChecked(person.kidney_reduced)
            self.prescriber.setText(person.prescriber)
            self.emergency.setText(person.emergency_contact)
            self.notes.setPlainText(person.notes)
            self.checkin_days.setValue(person.checkin_days)
            self.checkin_time.setText(person.checkin_time.strftime("%H:%M") if person.checkin_time else "")

        self.general_error = FieldErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _update_age_note(self) -> None:
        """Under 12 with baclofen by mouth (or a person being added: their medicines come next): say that safety
        is not established, never as a dose."""
        dob, errors = parse_iso_date("date_of_birth", self.dob.text(), label="Date of birth")
        meds = self.store.medicines.list_for(self.original.stored_id) if self.original is not None else []
        oral = self.original is None or any(m.baclofen and not m.is_pump for m in meds)
        note = oral_baclofen_age_note(dob, self._today(), oral) if not errors else None
        self.age_note.setText(note or "")
        self.age_note.setVisible(bool(note))

    def _today(self) -> date:
        return self.ctx.clock.today()

    def collect(self) -> tuple[Person | None, list[FieldError]]:
        dob, errors = parse_iso_date("date_of_birth", self.dob.text(), label="Date of birth")
        at = None
        if self.checkin_time.text().strip():
            try:
                at = parse_time(self.checkin_time.text())
            except ValueError as exc:
                errors = errors + [FieldError("checkin_time", f"{exc} Or leave it empty.")]
        base = self.original or Person(name="")
        rec = base.with_changes(name=self.name.text(), date_of_birth=dob, kidney_reduced=self.kidney.isChecked(),
                                prescriber=self.prescriber.text(), emergency_contact=self.emergency.text(),
                                notes=self.notes.toPlainText(), checkin_days=self.checkin_days.value(),
                                checkin_time=at)
        if not errors:
            errors = validate_person(rec, self._today())
        return (None if errors else rec), errors

    def show_errors(self, errors: list[FieldError]) -> None:
        for field, label in self.errors.items():
            label.show_error(" ".join(e.message for e in errors if e.field == field))
        unknown = [e.message for e in errors if e.field not in self.errors]
        self.general_error.show_error(" ".join(unknown))
        if errors:
            first = {"name": self.name, "date_of_birth": self.dob, "prescriber": self.prescriber,
                     "emergency_contact": self.emergency, "notes": self.notes, "checkin_days": self.checkin_days,
                     "checkin_time": self.checkin_time}.get(errors[0].field)
            if first is not None:
                first.setFocus()

    def try_save(self) -> None:
        rec, errors = self.collect()
        if errors or rec is None:  # (no errors: there is a person)
            self.show_errors(errors)
            return
        try:
            self.saved = self.ctx.services.people.save(rec)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        except StoreError as exc:
            self.show_errors([FieldError("store", str(exc))])
            return
        self.accept()


class PeopleDialog(QDialog):
    """The list of everyone cared for, archived people included."""

    changed = Signal()

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.store, self.undo_stack = ctx, ctx.store, undo_stack
        self.prompts = ctx.prompts.for_widget(self)
        self.setWindowTitle("People cared for")
        self.setMinimumSize(560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel("Everyone you look after. Archiving hides a person from the lists but keeps their history; "
                       "you can restore them at any time.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("People")
        self.list.itemActivated.connect(lambda _i: self.edit())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_btn = QPushButton("&Add…")
        self.edit_btn = QPushButton("&Edit…")
        self.archive_btn = QPushButton("A&rchive")
        close = QPushButton("Close")
        for b, name in ((self.add_btn, "Add a person"), (self.edit_btn, "Edit the selected person"),
                        (self.archive_btn, "Archive or restore the selected person"), (close, "Close")):
            b.setAccessibleName(name)
            row.addWidget(b)
        row.insertStretch(3, 1)
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.archive_btn.clicked.connect(self.toggle_archive)
        close.clicked.connect(self.accept)
        layout.addLayout(row)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self.list.clear()
        for r in self.store.people.list(include_archived=True):
            text = r.name + ("   (archived)" if r.archived else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if r.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        rid = self.current_id()
        rec = self.store.people.get(rid) if rid is not None else None
        self.edit_btn.setEnabled(rec is not None)
        self.archive_btn.setEnabled(rec is not None)
        self.archive_btn.setText("&Restore" if rec and rec.archived else "A&rchive")

    def add(self) -> None:
        dlg = PersonDialog(self.ctx, None, self)
        if dlg.exec() and dlg.saved:
            self.reload(dlg.saved.id)
            self.changed.emit()

    def edit(self) -> None:
        rid = self.current_id()
        rec = self.store.people.get(rid) if rid is not None else None
        if rec is None:
            return
        dlg = PersonDialog(self.ctx, rec, self)
        if dlg.exec() and dlg.saved:
            self.reload(rec.id)
            self.changed.emit()

    def toggle_archive(self) -> None:
        rid = self.current_id()
        rec = self.store.people.get(rid) if rid is not None else None
        if rec is None:
            return
        if not rec.archived and not self.prompts.confirm(
                "Archive this person?",
                f"Archive {rec.name}? Their reminders stop and they leave the lists, but all their history is kept. "
                "You can restore them here, or undo with Ctrl+Z."):
            return
        archive, archiving, person_id = self.ctx.services.archive, not rec.archived, rec.stored_id
        try:
            do_undoably(self.undo_stack, f"{'Archive' if archiving else 'Restore'} {rec.name}",
                        lambda: archive.set_archived("person", person_id, archiving),
                        lambda: archive.set_archived("person", person_id, not archiving),
                        kind="person", after=lambda _cmd: self._after_change())
        except (StoreError, LookupError) as exc:
            self.prompts.error("Not saved", str(exc))

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
