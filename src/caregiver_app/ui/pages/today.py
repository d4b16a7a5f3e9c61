"""Today: the day's doses per person with one-key answers, as-needed doses, notices, and the dose history."""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.reminders import State
from caregiver_app.domain.schedules import local_day_bounds
from caregiver_app.services.doses import prn_schedule, state_text
from caregiver_app.ui.pages.base import Page
from caregiver_app.ui.theme import set_role

if TYPE_CHECKING:
    from collections.abc import Callable

    from caregiver_app.domain.diary import Guidance
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.services.checkins import Checkin
    from caregiver_app.services.doses import SlotView
    from caregiver_app.storage.schedules import ScheduleRecord
    from caregiver_app.ui.checkin import CheckinWindow
    from caregiver_app.ui.history import DoseHistory

# Qt.ItemDataRole.BackgroundRole / ForegroundRole as plain numbers (fixed by Qt; tests/test_reminders_gui.py checks
# them): naming them through the Qt namespace, or passing a QBrush, makes PySide build the ~100 enums of the whole
# Qt namespace while the first page is drawn (~1 MB at start-up).
BACKGROUND_ROLE, FOREGROUND_ROLE = 8, 9

STATE_COLOURS = {
    State.TAKEN: "#e6f4ea", State.SKIPPED: "#f1f3f4", State.MISSED: "#fde7ea", State.UNANSWERED: "#fde7ea",
    State.DUE: "#fff4d6", State.SNOOZED: "#fff4d6", State.UPCOMING: None,
}


class DoseTable(QTableWidget):
    """The day's doses. T, A, S and N answer the selected dose while the table has the keyboard focus."""

    answer_key = Signal(str)
    KEYS = {"t": "taken", "a": "taken_at", "s": "skip", "n": "not_taken"}

    def keyPressEvent(self, event) -> None:
        action = self.KEYS.get(event.text().lower())
        if action:
            from PySide6.QtCore import Qt

            mods = Qt.KeyboardModifier
            if not event.modifiers() & (mods.ControlModifier | mods.AltModifier | mods.MetaModifier):
                self.answer_key.emit(action)
                event.accept()
                return
        super().keyPressEvent(event)


class TodayPage(Page):
    title = "Today"

    def build(self, content: QWidget) -> None:
        self.service = self.services.doses
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Today or dose history")
        layout.addWidget(self.tabs)

        day = QWidget()
        dl = QVBoxLayout(day)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setAccessibleName("Notices")
        set_role(self.notices, "notice")
        dl.addWidget(self.notices)
        # The dose-change companion: the period now, in one line, and its check-in.
        self.checkin_row = QWidget()
        cr = QHBoxLayout(self.checkin_row)
        cr.setContentsMargins(0, 0, 0, 0)
        self.checkin_line = QLabel()
        self.checkin_line.setWordWrap(True)
        self.checkin_line.setAccessibleName("Dose-change check-in")
        set_role(self.checkin_line, "whoseData")
        cr.addWidget(self.checkin_line, 1)
        self.checkin_btn = QPushButton("Answer the &check-in…")
        self.checkin_btn.setAccessibleName("Answer the check-in")
        self.checkin_btn.clicked.connect(self.answer_checkin)
        cr.addWidget(self.checkin_btn)
        self.checkin_row.setVisible(False)
        dl.addWidget(self.checkin_row)
        self._checkin: Checkin | None = None
        self._checkin_window: CheckinWindow | None = None   # only while the reminders are not running
        #: The reminders' way to show a check-in (set by the app once they run): one check-in window in all.
        self.open_checkin: Callable[[Checkin], None] | None = None
        self.table = DoseTable(0, 4)
        self.table.setHorizontalHeaderLabels(["Time", "Medicine", "Dose", "State"])
        self.table.setAccessibleName("Today's doses")
        self.table.setAccessibleDescription("T: taken now. A: taken at a time. S: skip. N: not taken.")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.Stretch),
                          (2, QHeaderView.ResizeMode.ResizeToContents), (3, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        dl.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.taken_btn = QPushButton("&Taken now  (T)")
        self.taken_at_btn = QPushButton("Taken &at…  (A)")
        self.skip_btn = QPushButton("&Skip…  (S)")
        self.not_taken_btn = QPushButton("&Not taken  (N)")
        for b, name, action in ((self.taken_btn, "Taken now", "taken"), (self.taken_at_btn, "Taken at", "taken_at"),
                                (self.skip_btn, "Skip", "skip"), (self.not_taken_btn, "Not taken", "not_taken")):
            b.setAccessibleName(name)
            b.clicked.connect(lambda _=False, a=action: self.answer_selected(a))
            row.addWidget(b)
        row.addStretch(1)
        dl.addLayout(row)
        self.table.answer_key.connect(self.answer_selected)
        self.prn_box = QHBoxLayout()
        dl.addLayout(self.prn_box)
        self.tomorrow = QLabel()
        self.tomorrow.setAccessibleName("Tomorrow's first dose")
        dl.addWidget(self.tomorrow)
        self.tabs.addTab(day, "&Today")
        self.tabs.addTab(QWidget(), "Dose &history")
        self.history: DoseHistory | None = None
        self._history_for: int | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        self._slots: list[SlotView] = []

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.person is not None and getattr(self, "_day", None) not in (None, self.service.clock.today()):
            self.refresh()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self._ensure_history()

    def _ensure_history(self) -> None:
        """The history tab is built when first opened (keeps start-up light)."""
        if self.history is None:
            from caregiver_app.ui.history import DoseHistory

            self.history = DoseHistory(self.ctx)
            placeholder = self.tabs.widget(1)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.history, "Dose &history")
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
            self._history_for = None
        if self._history_for != (self.person.id if self.person else None):
            self._history_for = self.person.id if self.person else None
            self.history.set_person(self.person)
        else:
            self.history.refresh()

    # -- drawing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.person is None:
            return
        rid = self.person.stored_id
        meds = self.ctx.store.medicines.list_for(rid)
        if self.history is not None and self.tabs.currentIndex() == 1:
            self._ensure_history()
        if not meds:
            self.show_empty(f"Nothing yet — no medicines for {self.person.name}. Add a medicine and when it is "
                            "taken on the Medicines page, and today's doses will appear here.",
                            "Go to Medicines", ("page", "medicines"))
            return
        self.show_content()
        service = self.service
        zone = service.local_zone()
        today = service.clock.today()
        self._day = today
        self._slots = [service.view(s) for s in service.timeline(rid, today)]
        selected = self.table.currentRow()
        self.table.setRowCount(len(self._slots))
        for r, view in enumerate(self._slots):
            slot = view.slot
            cells = [f"{slot.due_utc.astimezone(zone):%H:%M}", view.medicine.name, view.dose_text,
                     state_text(slot, zone)]
            colour = STATE_COLOURS.get(slot.state)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour:
                    item.setData(BACKGROUND_ROLE, QColor.fromString(colour))
                    item.setData(FOREGROUND_ROLE, QColor.fromString("#202124"))
                self.table.setItem(r, c, item)
        if self._slots:
            want = selected if 0 <= selected < len(self._slots) else self._first_open_row()
            self.table.selectRow(want)
        self._draw_notices(rid, today)
        self._draw_checkin(rid, today)
        self._draw_prn(rid)
        nxt = service.next_first_dose(rid, local_day_bounds(today, zone)[1] - timedelta(seconds=1))
        if nxt:
            src, occ = nxt
            med = self.ctx.store.medicines.get(src.medicine_id)
            assert med is not None  # a schedule's medicine is archived at most, never deleted
            from caregiver_app.domain.medicines import format_dose

            self.tomorrow.setText(f"Tomorrow's first dose: {occ.due_utc.astimezone(zone):%a %H:%M} — "
                                  f"{med.name} {format_dose(med, occ.dose_mg)}")
        else:
            self.tomorrow.setText("")
        if not self._slots:
            self.table.setRowCount(0)

    def _first_open_row(self) -> int:
        for r, v in enumerate(self._slots):
            if v.slot.state in (State.DUE, State.UNANSWERED, State.SNOOZED, State.UPCOMING):
                return r
        return 0

    def _draw_notices(self, rid: int, today: date) -> None:
        lines = [text for _key, text in self.service.notices(rid, today)]
        lines += list(self.service.plan_notes(rid, today).values())
        self.notices.setText("\n".join(lines))
        self.notices.setVisible(bool(lines))

    def _draw_checkin(self, rid: int, today: date) -> None:
        c = self.services.checkins.today(rid, today)
        late = self.services.checkins.yesterday_unanswered(rid, today)
        lines = []
        if c is not None and c.answered:
            signs = c.signs_recorded()
            lines.append(f"{c.line(today)} — answered today"
                         + (f"; danger sign recorded: {', '.join(signs)}." if signs else "."))
        elif c is not None:
            due = c.due_utc <= self.ctx.clock.now_utc()
            lines.append(c.line(today) + (" — waiting for an answer." if due else ""))
        if late is not None:
            lines.append(f"Yesterday's check-in was not answered ({late.line(today)}): you can still answer it "
                         "today.")
        # The button answers yesterday's first (it is the one running out), then today's.
        self._checkin = late if late is not None else (c if c is not None and not c.answered else None)
        if not lines:
            self.checkin_row.setVisible(False)
            return
        self.checkin_line.setText("\n".join(lines))
        self.checkin_btn.setText("Answer yesterday's &check-in…" if late is not None else "Answer the &check-in…")
        self.checkin_btn.setVisible(self._checkin is not None)
        self.checkin_row.setVisible(True)

    def answer_checkin(self) -> None:
        """Answer today's check-in now (before its time too: it asks about today)."""
        c = self._checkin
        if c is None or c.answered:
            return
        if self.open_checkin is not None:
            self.open_checkin(c)
            return
        from caregiver_app.ui.checkin import CheckinWindow

        if self._checkin_window is None:
            self._checkin_window = CheckinWindow(self.ctx, self, on_top=False)
            self._checkin_window.open_emergency_info.connect(
                lambda: self.navigate.emit("info", "emergency#call-emergency"))
        self._checkin_window.put_off.discard(c.key)
        self._checkin_window.set_checkins([c])
        self._checkin_window.show()
        self._checkin_window.raise_()
        self._checkin_window.activateWindow()

    def _draw_prn(self, rid: int) -> None:
        while self.prn_box.count():
            item = self.prn_box.takeAt(0)
            w = item.widget() if item is not None else None
            if w:
                w.deleteLater()
        for rec in self.service.prn_schedules(rid):
            med = self.ctx.store.medicines.get(rec.medicine_id)
            assert med is not None  # a schedule's medicine is archived at most, never deleted
            b = QPushButton(f"As needed: log {med.name} {prn_schedule(rec).dose_mg:g} mg now…")
            b.setAccessibleName(f"Log an as-needed dose of {med.name}")
            b.clicked.connect(lambda _=False, r=rec, m=med: self.log_prn(r, m))
            self.prn_box.addWidget(b)
        self.prn_box.addStretch(1)

    # -- answering --------------------------------------------------------------------------------------
    def selected_views(self) -> list[SlotView]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._slots[r] for r in rows if r < len(self._slots)]

    def answer_selected(self, action: str) -> None:
        if getattr(self, "_day", None) != self.service.clock.today():
            self.refresh()  # the day turned over: never answer yesterday's list by mistake
            return
        views = [v for v in self.selected_views() if v.slot.answer is None]
        if not views:
            return
        payload: object = None
        if action == "taken_at":
            from caregiver_app.ui.reminders import ask_time_taken

            payload = ask_time_taken(self.prompts, self.ctx.clock.now_local())
            if payload is None:
                return
        elif action == "skip":
            from caregiver_app.ui.reminders import ask_skip_reason

            payload = ask_skip_reason(self.prompts)
            if payload is None:
                return
        errors = self.service.answer(action, views, payload, confirm=self.prompts.confirm, danger=self._danger)
        if errors:
            self.prompts.error("Not saved", "\n".join(errors))

    def _danger(self, guidance: Guidance, person_id: int) -> None:
        """A dose logged after a warning that it may be more than the prescribed dose: what to do now."""
        from caregiver_app.ui.reminders import show_danger

        show_danger(self, self.ctx.store.people.get(person_id), guidance,
                    lambda: self.navigate.emit("info", "emergency#call-emergency"))

    def log_prn(self, record: ScheduleRecord, medicine: Medicine) -> None:
        errors = self.service.take_prn(record, medicine, confirm=self.prompts.confirm, danger=self._danger)
        if errors:
            self.prompts.error("Not saved", "\n".join(errors))
