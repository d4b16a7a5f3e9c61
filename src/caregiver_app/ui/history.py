"""Dose history: the log as a table (paged model), filters, and corrections that keep the original."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.validation import ValidationFailed
from caregiver_app.storage import StoreError
from caregiver_app.system.i18n import Tr, date_pattern, decimal_text, localize
from caregiver_app.ui.widgets import FieldErrorLabel

_ = Tr("ui.history")

PAGE = 500
COLUMNS = [_.mark("When"), _.mark("Medicine"), _.mark("Dose (mg)"), _.mark("Answer"), _.mark("Due"), _.mark("Note"),
           _.mark("Correction")]
STATUS_WORDS = {"taken": _.mark("taken"), "skipped": _.mark("skipped"), "missed": _.mark("not taken")}
WITHDRAW = "withdrawn"   # the correction form's "no answer yet": the answer is withdrawn, kept in the history


class DoseLogModel(QAbstractTableModel):
    """Rows come from the store a page at a time (fetchMore), newest first."""

    def __init__(self, store, zone, parent=None):
        super().__init__(parent)
        self.store, self.zone = store, zone
        self.rows = []
        self.query: dict[str, Any] | None = None  # DoseRepo.history's arguments (set_query)
        self._more = False

    def set_query(self, **query) -> None:
        self.beginResetModel()
        self.query = query
        self.rows = self.store.doses.history(**query, limit=PAGE, offset=0)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more or self.query is None:  # (no query: nothing more)
            return
        more = self.store.doses.history(**self.query, limit=PAGE, offset=len(self.rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        self._more = len(more) == PAGE

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _.lookup(COLUMNS[section])
        return None

    def _fmt(self, dt) -> str:
        if dt is None:
            return ""
        local = dt.astimezone(self.zone)  # "Tue 01 Dec 2026 08:00", the names in the user's language
        day = date_pattern(local, "ddd dd MMM yyyy")
        return f"{day} {local:%H:%M}"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return self._fmt(e.when_utc)
            if col == 1:
                return e.medicine_name
            if col == 2:
                return decimal_text(f"{e.dose_mg:g}")
            if col == 3:
                word = _.lookup(STATUS_WORDS[e.status]) if e.status in STATUS_WORDS else e.status
                if e.withdrawn:
                    return _("{answer} — withdrawn (no answer now)", answer=word)
                return _("{answer} (replaced)", answer=word) if e.superseded else word
            if col == 4:
                return self._fmt(e.due_utc)
            if col == 5:
                return e.note
            if col == 6:
                if e.withdrawn:
                    return _("withdrawn: {reason}", reason=e.withdraw_reason)
                return _("corrected: {reason}", reason=e.edit_reason) if e.replaces_id else ""
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None

    def entry(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic moves to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class CorrectionDialog(QDialog):
    """Correct an answer. The original stays in the log; the reason is required."""

    def __init__(self, service, entry, zone, parent=None):
        super().__init__(parent)
        self.service, self.entry, self.zone = service, entry, zone
        self.setWindowTitle(_("Correct a dose record"))
        form = QFormLayout()
        self.status = QComboBox()
        for key, word in STATUS_WORDS.items():
            self.status.addItem(_.lookup(word), key)
        self.status.addItem(_("no answer yet (withdraw this answer)"), WITHDRAW)
        self.status.setCurrentIndex(self.status.findData(entry.status))
        self.status.setAccessibleName(_("Answer"))
        self.status.setToolTip(_("“No answer yet” withdraws a wrong answer: it stays in the history, marked "
                                 "withdrawn, and the dose can be answered again."))
        answer_label = QLabel(_("&Answer"))
        answer_label.setBuddy(self.status)
        form.addRow(answer_label, self.status)
        local = (entry.taken_utc or entry.due_utc or entry.recorded_utc).astimezone(zone)
        self.date = QDateEdit(QDate(local.year, local.month, local.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(_("Date taken"))
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(_("Time taken"))
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when_label = QLabel(_("&When taken"))
        when_label.setBuddy(self.date)
        form.addRow(when_label, when)
        self.dose = QDoubleSpinBox()
        self.dose.setRange(0, 100_000)
        self.dose.setDecimals(2)
        self.dose.setValue(entry.dose_mg)
        self.dose.setSuffix(" mg")
        self.dose.setAccessibleName(_("Dose in mg"))
        form.addRow(_buddy(_("&Dose"), self.dose), self.dose)
        self.note = QLineEdit(entry.note)
        self.note.setAccessibleName(_("Note"))
        form.addRow(_buddy(_("&Note"), self.note), self.note)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_("Why is this being corrected? (required)"))
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.reason.setAccessibleName(_("Reason for the correction"))
        form.addRow(_buddy(_("&Reason"), self.reason), self.reason)
        self.error = FieldErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        info = QLabel(_("The original record is kept, marked as replaced, so the history stays trustworthy."))
        info.setWordWrap(True)
        lay.addWidget(info)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.new_id: int | None = None
        self.withdrawn = False

    def _status_changed(self) -> None:
        withdraw = self.status.currentData() == WITHDRAW
        for w in (self.date, self.time, self.dose, self.note):
            w.setEnabled(not withdraw)

    def try_save(self) -> None:
        if self.status.currentData() == WITHDRAW:
            if not self.reason.text().strip():
                self.error.show_error(_("Please say why this answer is withdrawn (the reason is kept with it)."))
                self.reason.setFocus()
                return
            try:
                self.service.withdraw([self.entry.id], self.reason.text())
            except (ValidationFailed, StoreError, LookupError) as exc:
                messages = exc.errors if isinstance(exc, ValidationFailed) else []
                self.error.show_error(" ".join(localize(e.message) for e in messages) or localize(exc))
                return
            self.withdrawn = True
            self.accept()
            return
        d, t = self.date.date(), self.time.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        try:
            self.new_id = self.service.correct(self.entry.id, reason=self.reason.text(),
                                               status=self.status.currentData(), dose_mg=self.dose.value(),
                                               taken_utc=local.astimezone(UTC), note=self.note.text())
        except ValidationFailed as exc:
            self.error.show_error(" ".join(localize(e.message) for e in exc.errors))
            return
        except StoreError as exc:
            self.error.show_error(localize(exc))
            return
        self.accept()


class DoseHistory(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.person = None
        zone = ctx.clock.local_tz()
        lay = QVBoxLayout(self)
        from caregiver_app.ui.forms import FlowLayout, labelled

        filters = FlowLayout()  # wraps at large text sizes instead of squeezing the check box
        self.medicine = QComboBox()
        self.medicine.setAccessibleName(_("Filter by medicine"))
        medicine_label = QLabel(_("&Medicine:"))
        medicine_label.setBuddy(self.medicine)
        filters.addWidget(labelled(medicine_label, self.medicine))
        today = ctx.clock.today()
        self.start = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for w, name in ((self.start, _("From date")), (self.end, _("To date"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setAccessibleName(name)
            w.dateChanged.connect(lambda _d: self.refresh())
        for text, field in ((_("&Between"), self.start), (_("a&nd"), self.end)):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(labelled(label, field))
        self.show_replaced = QCheckBox(_("Show replaced &versions"))
        self.show_replaced.setAccessibleName(_("Show replaced versions"))
        self.show_replaced.toggled.connect(lambda _b: self.refresh())
        filters.addWidget(self.show_replaced)
        lay.addLayout(filters)
        self.model = DoseLogModel(ctx.store, zone, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(_("Dose history"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.doubleClicked.connect(lambda _i: self.correct())
        lay.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.correct_btn = QPushButton(_("Correct this &record…"))
        self.correct_btn.setAccessibleName(_("Correct the selected record"))
        self.correct_btn.clicked.connect(self.correct)
        row.addWidget(self.correct_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.medicine.currentIndexChanged.connect(lambda _i: self.refresh())

    def set_person(self, person) -> None:
        self.person = person
        self.medicine.blockSignals(True)
        self.medicine.clear()
        self.medicine.addItem(_("All medicines"), None)
        if person is not None:
            for m in self.ctx.store.medicines.list_for(person.id, include_archived=True):
                self.medicine.addItem(m.name, m.id)
        self.medicine.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self.person is None:
            return
        zone = self.ctx.clock.local_tz()
        s, e = self.start.date(), self.end.date()
        start = datetime(s.year(), s.month(), s.day(), tzinfo=zone).astimezone(UTC)
        end = (datetime(e.year(), e.month(), e.day(), tzinfo=zone) + timedelta(days=1)).astimezone(UTC)
        self.model.set_query(person_id=self.person.id, medicine_id=self.medicine.currentData(),
                             start_utc=start, end_utc=end, include_superseded=self.show_replaced.isChecked())

    def correct(self) -> None:
        idx = self.view.currentIndex()
        entry = self.model.entry(idx.row()) if idx.isValid() else None
        if entry is None or entry.superseded:
            return
        dlg = CorrectionDialog(self.ctx.services.doses, entry, self.ctx.clock.local_tz(), self)
        if dlg.exec():
            self.refresh()
