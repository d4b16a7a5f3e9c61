"""Add, edit, archive and restore the people cared for."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
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
from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.storage import StoreError
from caregiver_app.system.i18n import Tr, domain_word, localize
from caregiver_app.ui.forms import DateField, add_save_shortcut, format_user_date
from caregiver_app.ui.theme import set_role
from caregiver_app.ui.undo import do_undoably
from caregiver_app.ui.widgets import FieldErrorLabel, scrolling_body

if TYPE_CHECKING:
    from caregiver_app.ui.context import AppContext

_ = Tr("ui.people")
_people = Tr("domain.people")  # the domain's notes (about the kidneys, the check-ins), said in its catalogue



class PersonDialog(QDialog):
    """The form. Keeps everything typed when saving fails, and says why next to the field."""

    def __init__(self, ctx: AppContext, person: Person | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.store = ctx, ctx.store
        self.original = person
        self.saved: Person | None = None
        self.setWindowTitle(_("Edit person") if person else _("Add a person"))
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
        add("name", _("&Name"), self.name, _("The name shown on every screen, for example 'Mum' or 'Alex Smith'."))
        self.dob = DateField(allow_year=True)
        example = format_user_date(date(1956, 3, 31), self.dob.order)
        add("date_of_birth", _("&Date of birth"), self.dob,
            _("Optional. A date like {example}, chosen on the calendar, or just the year (1956) if that is all you "
              "know.", example=example))
        self.kidney = QCheckBox(_("Kidney function is reduced"))
        add("kidney_reduced", _("&Kidneys"), self.kidney, domain_word(_people, KIDNEY_NOTE))
        kidney_note = QLabel(domain_word(_people, KIDNEY_NOTE))
        kidney_note.setWordWrap(True)
        form.addRow("", kidney_note)
        self.age_note = QLabel()
        self.age_note.setWordWrap(True)
        self.age_note.setAccessibleName(_("About the age"))
        set_role(self.age_note, "notice")
        self.age_note.hide()
        form.addRow("", self.age_note)
        self.dob.changed.connect(self._update_age_note)
        self.prescriber = QLineEdit()
        self.prescriber.setPlaceholderText(_("e.g. Dr Lee, Neurology clinic, 01234 567890"))
        add("prescriber", _("&Prescriber / clinic"), self.prescriber)
        self.emergency = QLineEdit()
        self.emergency.setPlaceholderText(_("Who to call, and their number"))
        add("emergency_contact", _("&Emergency contact"), self.emergency)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(110)
        most = f"{NOTES_MAX:,}".replace(",", QLocale().groupSeparator())  # 2,000 (2.000 in Spanish)
        add("notes", _("N&otes"), self.notes, _("Anything useful, up to {count} characters.", count=most))
        self.checkin_days = QSpinBox()
        self.checkin_days.setRange(0, CHECKIN_DAYS_MAX)
        self.checkin_days.setSpecialValueText(_("No check-ins"))
        self.checkin_days.setSuffix(_(" days"))
        self.checkin_days.setValue(7)
        add("checkin_days", _("Check-&ins after a dose change"), self.checkin_days, domain_word(_people, CHECKIN_NOTE))
        self.checkin_time = QLineEdit()
        self.checkin_time.setPlaceholderText(_("HH:MM (empty: with the last dose of the day)"))
        add("checkin_time", _("Check-in &time"), self.checkin_time,
            _("When the daily check-in comes. Empty: with the person's last dose of the day (20:00 without one)."))
        checkin_note = QLabel(domain_word(_people, CHECKIN_NOTE))
        checkin_note.setWordWrap(True)
        form.addRow("", checkin_note)

        if person:
            self.name.setText(person.name)
            if person.date_of_birth is not None:
                self.dob.set_date(person.date_of_birth)
            else:
                self.dob.set_year(person.birth_year)
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
        layout, outer = scrolling_body(self)  # scrolls when extra-large text would not fit the screen
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        outer.addWidget(buttons)
        add_save_shortcut(self, self.try_save)
        # Once a save has shown errors, each one goes as soon as its field is right.
        for w in (self.name, self.prescriber, self.emergency):
            w.textChanged.connect(lambda _t: self._recheck())
        self.dob.changed.connect(self._recheck)
        self.notes.textChanged.connect(self._recheck)
        self._shown: set[str] = set()

    def _recheck(self) -> None:
        if not self._shown:
            return
        _rec, errors = self.collect()
        now_wrong = {e.field for e in errors}
        for field in list(self._shown):
            if field not in now_wrong:
                self.errors[field].show_error("")
                self._shown.discard(field)
            else:
                self.errors[field].show_error(" ".join(localize(e.message) for e in errors if e.field == field))

    def _update_age_note(self) -> None:
        """Under 12 with baclofen by mouth (or a person being added: their medicines come next): say that safety
        is not established, never as a dose."""
        dob, _year, errors = self.dob.value("date_of_birth", _("Date of birth"))  # (a year alone: no note)
        meds = self.store.medicines.list_for(self.original.stored_id) if self.original is not None else []
        oral = self.original is None or any(m.baclofen and not m.is_pump for m in meds)
        note = oral_baclofen_age_note(dob, self._today(), oral) if not errors else None
        self.age_note.setText(localize(note))
        self.age_note.setVisible(bool(note))

    def _today(self) -> date:
        return self.ctx.clock.today()

    def collect(self) -> tuple[Person | None, list[FieldError]]:
        dob, year, errors = self.dob.value("date_of_birth", _("Date of birth"))
        at = None
        if self.checkin_time.text().strip():
            try:
                at = parse_time(self.checkin_time.text())
            except ValueError as exc:
                errors = errors + [FieldError("checkin_time", _("{problem} Or leave it empty.",
                                                                problem=localize(exc)))]
        base = self.original or Person(name="")
        rec = base.with_changes(name=self.name.text(), date_of_birth=dob, birth_year=year,
                                kidney_reduced=self.kidney.isChecked(),
                                prescriber=self.prescriber.text(), emergency_contact=self.emergency.text(),
                                notes=self.notes.toPlainText(), checkin_days=self.checkin_days.value(),
                                checkin_time=at)
        if not errors:
            errors = validate_person(rec, self._today())
        return (None if errors else rec), errors

    def show_errors(self, errors: list[FieldError]) -> None:
        self._shown = {e.field for e in errors if e.field in self.errors}
        for field, label in self.errors.items():
            label.show_error(" ".join(localize(e.message) for e in errors if e.field == field))
        unknown = [localize(e.message) for e in errors if e.field not in self.errors]
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
            self.show_errors([FieldError("store", localize(exc))])
            return
        self.accept()


class PeopleDialog(QDialog):
    """The list of everyone cared for, archived people included."""

    changed = Signal()

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.store, self.undo_stack = ctx, ctx.store, undo_stack
        self.prompts = ctx.prompts.for_widget(self)
        self.setWindowTitle(_("People cared for"))
        self.setMinimumSize(560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Everyone you look after. Archiving hides a person from the lists but keeps their history; "
                         "you can restore them at any time."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(_("People"))
        self.list.itemActivated.connect(lambda _i: self.edit())
        self.list.currentItemChanged.connect(lambda *_items: self._update_buttons())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_btn = QPushButton(_("&Add…"))
        self.edit_btn = QPushButton(_("&Edit…"))
        self.archive_btn = QPushButton(_("A&rchive"))
        close = QPushButton(_("Close"))
        for b, name in ((self.add_btn, _("Add a person")), (self.edit_btn, _("Edit the selected person")),
                        (self.archive_btn, _("Archive or restore the selected person")), (close, _("Close"))):
            b.setAccessibleName(name)
            row.addWidget(b)
        row.insertStretch(3, 1)
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.archive_btn.clicked.connect(self.toggle_archive)
        close.clicked.connect(self.accept)
        layout.addLayout(row)
        # Ctrl+Z / Ctrl+Shift+Z undo and redo an archive or restore done here (the main window's menu is
        # blocked while this window is open).
        from PySide6.QtGui import QKeySequence, QShortcut

        for key, slot in ((QKeySequence.StandardKey.Undo, undo_stack.undo),
                          (QKeySequence.StandardKey.Redo, undo_stack.redo)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self.list.clear()
        for r in self.store.people.list(include_archived=True):
            text = _("{name}   (archived)", name=r.name) if r.archived else r.name
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
        self.archive_btn.setText(_("&Restore") if rec and rec.archived else _("A&rchive"))

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
                _("Archive this person?"),
                _("Archive {name}? Their reminders stop and they leave the lists, but all their history is kept. "
                  "You can restore them here, or undo with Ctrl+Z.", name=rec.name)):
            return
        archive, archiving, person_id = self.ctx.services.archive, not rec.archived, rec.stored_id
        try:
            do_undoably(self.undo_stack, _("Archive {name}", name=rec.name) if archiving
                        else _("Restore {name}", name=rec.name),
                        lambda: archive.set_archived("person", person_id, archiving),
                        lambda: archive.set_archived("person", person_id, not archiving),
                        kind="person", after=lambda _cmd: self._after_change())
        except (StoreError, LookupError) as exc:
            self.prompts.error(_("Not saved"), localize(exc))

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
