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
from caregiver_app.ui.widgets import FieldErrorLabel

PAGE = 500
COLUMNS = ["When", "Medicine", "Dose (mg)", "Answer", "Due", "Note", "Correction"]
STATUS_WORDS = {"taken": "taken", "skipped": "skipped", "missed": "not taken"}


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
            return COLUMNS[section]
        return None

    def _fmt(self, dt) -> str:
        return "" if dt is None else f"{dt.astimezone(self.zone):%a %d %b %Y %H:%M}"

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
                return f"{e.dose_mg:g}"
            if col == 3:
                word = STATUS_WORDS.get(e.status, e.status)
                return word + (" (replaced)" if e.superseded else "")
            if col == 4:
                return self._fmt(e.due_utc)
            if col == 5:
                return e.note
            if col == 6:
                return f"corrected: {e.edit_reason}" if e.replaces_id else ""
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None

    def entry(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None


class CorrectionDialog(QDialog):
    """Correct an answer. The original stays in the log; the reason is required."""

    def __init__(self, service, entry, zone, parent=None):
        super().__init__(parent)
        self.service, self.entry, self.zone = service, entry, zone
        self.setWindowTitle("Correct a dose record")
        form = QFormLayout()
        self.status = QComboBox()
        for key, word in STATUS_WORDS.items():
            self.status.addItem(word, key)
        self.status.setCurrentIndex(self.status.findData(entry.status))
        self.status.setAccessibleName("Answer")
        form.addRow("&Answer", self.status)
        local = (entry.taken_utc or entry.due_utc or entry.recorded_utc).astimezone(zone)
        self.date = QDateEdit(QDate(local.year, local.month, local.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName("Date taken")
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName("Time taken")
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        form.addRow("&When taken", when)
        self.dose = QDoubleSpinBox()
        self.dose.setRange(0, 100_000)
        self.dose.setDecimals(2)
        self.dose.setValue(entry.dose_mg)
        self.dose.setSuffix(" mg")
        self.dose.setAccessibleName("Dose in mg")
        form.addRow("&Dose", self.dose)
        self.note = QLineEdit(entry.note)
        self.note.setAccessibleName("Note")
        form.addRow("&Note", self.note)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Why is this being corrected? (required)")
        self.reason.setAccessibleName("Reason for the correction")
        form.addRow("&Reason", self.reason)
        self.error = FieldErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        info = QLabel("The original record is kept, marked as replaced, so the history stays trustworthy.")
        info.setWordWrap(True)
        lay.addWidget(info)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.new_id = None

    def try_save(self) -> None:
        d, t = self.date.date(), self.time.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        try:
            self.new_id = self.service.correct(self.entry.id, reason=self.reason.text(),
                                               status=self.status.currentData(), dose_mg=self.dose.value(),
                                               taken_utc=local.astimezone(UTC), note=self.note.text())
        except ValidationFailed as exc:
            self.error.show_error(" ".join(e.message for e in exc.errors))
            return
        except StoreError as exc:
            self.error.show_error(str(exc))
            return
        self.accept()


class DoseHistory(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.person = None
        zone = ctx.clock.local_tz()
        lay = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.medicine = QComboBox()
        self.medicine.setAccessibleName("Filter by medicine")
        filters.addWidget(QLabel("Medicine:"))
        filters.addWidget(self.medicine)
        today = ctx.clock.today()
        self.start = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for w, name in ((self.start, "From date"), (self.end, "To date")):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setAccessibleName(name)
            w.dateChanged.connect(lambda _d: self.refresh())
        filters.addWidget(QLabel("From:"))
        filters.addWidget(self.start)
        filters.addWidget(QLabel("To:"))
        filters.addWidget(self.end)
        self.show_replaced = QCheckBox("Show replaced versions")
        self.show_replaced.setAccessibleName("Show replaced versions")
        self.show_replaced.toggled.connect(lambda _b: self.refresh())
        filters.addWidget(self.show_replaced)
        filters.addStretch(1)
        lay.addLayout(filters)
        self.model = DoseLogModel(ctx.store, zone, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Dose history")
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.doubleClicked.connect(lambda _i: self.correct())
        lay.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.correct_btn = QPushButton("&Correct this record…")
        self.correct_btn.setAccessibleName("Correct the selected record")
        self.correct_btn.clicked.connect(self.correct)
        row.addWidget(self.correct_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.medicine.currentIndexChanged.connect(lambda _i: self.refresh())

    def set_person(self, person) -> None:
        self.person = person
        self.medicine.blockSignals(True)
        self.medicine.clear()
        self.medicine.addItem("All medicines", None)
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
