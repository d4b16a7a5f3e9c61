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
from caregiver_app.system.i18n import Tr, decimal_text, localize, time_text
from caregiver_app.ui.pages.base import Page, day_text
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

_ = Tr("ui.pages.today")

# Qt.ItemDataRole.BackgroundRole / ForegroundRole as plain numbers (fixed by Qt; tests/test_reminders_gui.py checks
# them): naming them through the Qt namespace, or passing a QBrush, makes PySide build the ~100 enums of the whole
# Qt namespace while the first page is drawn (~1 MB at start-up).
BACKGROUND_ROLE, FOREGROUND_ROLE = 8, 9

STATE_COLOURS = {
    State.TAKEN: "#e6f4ea", State.SKIPPED: "#f1f3f4", State.MISSED: "#fde7ea", State.UNANSWERED: "#fde7ea",
    State.DUE: "#fff4d6", State.SNOOZED: "#fff4d6", State.UPCOMING: None,
}


ACTION_WORDS = {"taken": _.mark("taken now"), "taken_at": _.mark("taken at"), "skip": _.mark("skipped"),
                "not_taken": _.mark("not taken")}


def _answer_key(event) -> str | None:
    """The answer a key press asks for: T, A, S or N alone (no Ctrl, Alt or Meta), else None."""
    action = DoseTable.KEYS.get(event.text().lower())
    if action is None:
        return None
    from PySide6.QtCore import Qt  # (the Qt namespace is not needed before a key is pressed)

    mods = Qt.KeyboardModifier
    return None if event.modifiers() & (mods.ControlModifier | mods.AltModifier | mods.MetaModifier) else action


class _DayTab(QWidget):
    """The Today tab: T, A, S and N pressed anywhere on it (the buttons, the notices) answer the selected dose."""

    answer_key = Signal(str)

    def keyPressEvent(self, event) -> None:
        action = _answer_key(event)
        if action:
            self.answer_key.emit(action)
            event.accept()
            return
        super().keyPressEvent(event)


class DoseTable(QTableWidget):
    """The day's doses. T, A, S and N answer the selected dose (anywhere on the Today tab: see TodayPage)."""

    answer_key = Signal(str)
    KEYS = {"t": "taken", "a": "taken_at", "s": "skip", "n": "not_taken"}

    def keyPressEvent(self, event) -> None:
        action = _answer_key(event)
        if action:
            self.answer_key.emit(action)
            event.accept()
            return
        super().keyPressEvent(event)


class TodayPage(Page):
    title = _.mark("Today")

    def build(self, content: QWidget) -> None:
        self.service = self.services.doses
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("Today or dose history"))
        layout.addWidget(self.tabs)

        day = _DayTab()
        dl = QVBoxLayout(day)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setAccessibleName(_("Notices"))
        set_role(self.notices, "notice")
        dl.addWidget(self.notices)
        # The dose-change companion: the period now, in one line, and its check-in.
        self.checkin_row = QWidget()
        cr = QHBoxLayout(self.checkin_row)
        cr.setContentsMargins(0, 0, 0, 0)
        self.checkin_line = QLabel()
        self.checkin_line.setWordWrap(True)
        self.checkin_line.setAccessibleName(_("Dose-change check-in"))
        set_role(self.checkin_line, "whoseData")
        cr.addWidget(self.checkin_line, 1)
        self.checkin_btn = QPushButton(_("Answer the &check-in…"))
        self.checkin_btn.setAccessibleName(_("Answer the check-in"))
        self.checkin_btn.clicked.connect(self.answer_checkin)
        cr.addWidget(self.checkin_btn)
        self.checkin_row.setVisible(False)
        dl.addWidget(self.checkin_row)
        self._checkin: Checkin | None = None
        self._checkin_window: CheckinWindow | None = None   # only while the reminders are not running
        #: The reminders' way to show a check-in (set by the app once they run): one check-in window in all.
        self.open_checkin: Callable[[Checkin], None] | None = None
        self.table = DoseTable(0, 4)
        self.table.setHorizontalHeaderLabels([_("Time"), _("Medicine"), _("Dose"), _("State")])
        self.table.setAccessibleName(_("Today's doses"))
        self.table.setAccessibleDescription(_("T: taken now. A: taken at a time. S: skip on purpose. N: not taken."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.Stretch),
                          (2, QHeaderView.ResizeMode.ResizeToContents), (3, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        dl.addWidget(self.table, 1)
        row = QHBoxLayout()
        # Plain words: "skip" is a choice not to give it (with a reason), "not taken" a dose that was missed.
        # (The keys are T, A, S and N in every language: a translation keeps them in its words where it can.)
        self.taken_btn = QPushButton(_("&Taken now"))
        self.taken_at_btn = QPushButton(_("Taken &at…"))
        self.skip_btn = QPushButton(_("&Skip on purpose…"))
        self.not_taken_btn = QPushButton(_("&Not taken (missed)"))
        for b, name, action, tip in (
                (self.taken_btn, _("Taken now"), "taken", _("The selected dose was taken just now (T)")),
                (self.taken_at_btn, _("Taken at"), "taken_at", _("The selected dose was taken at a time you give (A)")),
                (self.skip_btn, _("Skip on purpose"), "skip",
                 _("The selected dose is not given, on purpose; you can say why (S)")),
                (self.not_taken_btn, _("Not taken, missed"), "not_taken",
                 _("The selected dose was not taken: forgotten or missed (N)"))):
            b.setAccessibleName(name)
            b.setToolTip(tip)
            b.setAccessibleDescription(tip)
            b.clicked.connect(lambda _checked=False, a=action: self.answer_selected(a))
            row.addWidget(b)
        row.addStretch(1)
        dl.addLayout(row)
        self.keys_hint = QLabel(_("Keys on this tab: T taken now, A taken at, S skip, N not taken. Ctrl+Z undoes "
                                  "the last answer."))
        self.keys_hint.setWordWrap(True)
        dl.addWidget(self.keys_hint)
        self.table.answer_key.connect(self.answer_selected)
        day.answer_key.connect(self.answer_selected)  # the single keys work anywhere on this tab
        self.prn_box = QVBoxLayout()
        dl.addLayout(self.prn_box)
        self.not_listed = QLabel()
        self.not_listed.setWordWrap(True)
        self.not_listed.setAccessibleName(_("Times not listed today"))
        self.not_listed.hide()
        dl.addWidget(self.not_listed)
        self.tomorrow = QLabel()
        self.tomorrow.setAccessibleName(_("Tomorrow's first dose"))
        dl.addWidget(self.tomorrow)
        # The day scrolls when it cannot all be shown (extra-large text on a 768-pixel screen), rather than
        # squeezing the doses' table to one row and cutting the lines under it.
        from PySide6.QtWidgets import QFrame, QScrollArea

        self.table.setMinimumHeight(self.table.fontMetrics().height() * 7)
        day_scroll = QScrollArea()
        day_scroll.setWidgetResizable(True)
        day_scroll.setFrameShape(QFrame.Shape.NoFrame)
        day_scroll.setWidget(day)
        self.tabs.addTab(day_scroll, _("Today's &doses"))
        self.tabs.addTab(QWidget(), _("Dose histor&y"))
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
            self.tabs.insertTab(1, self.history, _("Dose histor&y"))
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
            self.show_empty(_("Nothing yet — no medicines for {name}. Add a medicine and when it is taken on the "
                              "Medicines page, and today's doses will appear here.", name=self.person.name),
                            _("Go to Medicines"), ("page", "medicines"))
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
            cells = [time_text(slot.due_utc.astimezone(zone)), view.medicine.name, localize(view.dose_text),
                     localize(state_text(slot, zone))]
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
        started = any(v.slot.state is not State.UPCOMING for v in self._slots)
        if nxt and (started or not self._slots):  # before today's first dose, tomorrow's would only confuse
            src, occ = nxt
            med = self.ctx.store.medicines.get(src.medicine_id)
            assert med is not None  # a schedule's medicine is archived at most, never deleted
            from caregiver_app.domain.medicines import format_dose

            due = occ.due_utc.astimezone(zone)
            self.tomorrow.setText(_("Tomorrow's first dose: {day} {time} — {medicine} {dose}", day=day_text(due, "ddd"),
                                    time=time_text(due), medicine=med.name, dose=format_dose(med, occ.dose_mg)))
        else:
            self.tomorrow.setText("")
        if not self._slots:
            self.table.setRowCount(0)
        self._draw_not_listed(rid, today)

    def _draw_not_listed(self, rid: int, today: date) -> None:
        """Times added today after they had passed are not listed (they were never reminded): say so."""
        hidden = self.service.not_listed_today(rid, today)
        if not hidden:
            self.not_listed.hide()
            return
        zone = self.service.local_zone()
        said = ", ".join(_("{medicine} at {time}", medicine=v.medicine.name,
                           time=time_text(v.slot.due_utc.astimezone(zone))) for v in hidden)
        self.not_listed.setText(_("Not listed today: {times}. That time was added after it had passed today, so it "
                                  "was never reminded; it is listed from the next time it comes. If a dose was given "
                                  "then, the dose history can be used to record it.", times=said))
        self.not_listed.show()

    def _first_open_row(self) -> int:
        for r, v in enumerate(self._slots):
            if v.slot.state in (State.DUE, State.UNANSWERED, State.SNOOZED, State.UPCOMING):
                return r
        return 0

    def _draw_notices(self, rid: int, today: date) -> None:
        lines = [localize(text) for _key, text in self.service.notices(rid, today)]
        lines += [localize(note) for note in self.service.plan_notes(rid, today).values()]
        self.notices.setText("\n".join(lines))
        self.notices.setVisible(bool(lines))

    def _draw_checkin(self, rid: int, today: date) -> None:
        c = self.services.checkins.today(rid, today)
        late = self.services.checkins.yesterday_unanswered(rid, today)
        lines = []
        if c is not None and c.answered:
            signs = [localize(sign) for sign in c.signs_recorded()]
            lines.append(_("{checkin} — answered today; danger sign recorded: {signs}.", checkin=c.line(today),
                           signs=", ".join(signs)) if signs
                         else _("{checkin} — answered today.", checkin=c.line(today)))
        elif c is not None:
            due = c.due_utc <= self.ctx.clock.now_utc()
            lines.append(_("{checkin} — waiting for an answer.", checkin=c.line(today)) if due
                         else localize(c.line(today)))
        if late is not None:
            lines.append(_("Yesterday's check-in was not answered ({checkin}): you can still answer it today.",
                           checkin=late.line(today)))
        # The button answers yesterday's first (it is the one running out), then today's.
        self._checkin = late if late is not None else (c if c is not None and not c.answered else None)
        if not lines:
            self.checkin_row.setVisible(False)
            return
        self.checkin_line.setText("\n".join(lines))
        self.checkin_btn.setText(_("Answer yesterday's &check-in…") if late is not None
                                 else _("Answer the &check-in…"))
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
        """One button per as-needed medicine, with what was taken today and what the prescription still allows."""
        while self.prn_box.count():
            item = self.prn_box.takeAt(0)
            w = item.widget() if item is not None else None
            if w:
                w.hide()  # gone from the screen now, not only once the event loop deletes it
                w.deleteLater()
            inner = item.layout() if item is not None else None
            while inner is not None and inner.count():
                sub = inner.takeAt(0)
                gone = sub.widget() if sub is not None else None
                if gone is not None:
                    gone.hide()
                    gone.deleteLater()
        self.prn_labels: dict[int, QLabel] = {}
        zone = self.service.local_zone()
        now = self.service.clock.now_utc()
        for rec in self.service.prn_schedules(rid):
            med = self.ctx.store.medicines.get(rec.medicine_id)
            assert med is not None  # a schedule's medicine is archived at most, never deleted
            line = QHBoxLayout()
            b = QPushButton(_("As needed: log {medicine} {dose} mg now…", medicine=med.name,
                              dose=decimal_text(prn_schedule(rec).dose_mg)))
            b.setAccessibleName(_("Log an as-needed dose of {medicine}", medicine=med.name))
            b.clicked.connect(lambda _checked=False, r=rec, m=med: self.log_prn(r, m))
            line.addWidget(b)
            taken = QLabel(localize(self.service.prn_today(rec, med).words(zone, now)))
            taken.setWordWrap(True)
            taken.setAccessibleName(_("{medicine} as needed today", medicine=med.name))
            line.addWidget(taken, 1)
            self.prn_labels[rec.id] = taken
            self.prn_box.addLayout(line)

    # -- answering --------------------------------------------------------------------------------------
    def selected_views(self) -> list[SlotView]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._slots[r] for r in rows if r < len(self._slots)]

    def answer_selected(self, action: str) -> None:
        if self.tabs.currentIndex() != 0:
            return  # the keys answer the list shown, never one out of sight
        if getattr(self, "_day", None) != self.service.clock.today():
            self.refresh()  # the day turned over: never answer yesterday's list by mistake
            return
        views = [v for v in self.selected_views() if v.slot.answer is None]
        if not views:
            return
        payload: object = None
        if action == "taken_at":
            from caregiver_app.ui.reminders import ask_time_taken

            payload = ask_time_taken(self.prompts, self.ctx.clock.now_local(), self.ctx.clock)
            if payload is None:
                return
        elif action == "skip":
            from caregiver_app.ui.reminders import ask_skip_reason

            payload = ask_skip_reason(self.prompts, views)
            if payload is None:
                return
        result = self.service.answer_logged(action, views, payload, confirm=self.prompts.confirm,
                                            ask=lambda q: self.prompts.confirm(q.title, q.text, q.yes, q.no),
                                            danger=self._danger)
        if result.errors:
            self.prompts.error(_("Not saved"), "\n".join(localize(e) for e in result.errors))
            return
        if result.entry_ids:
            self._answered_undoably(action, views, result.entry_ids)

    def _answered_undoably(self, action: str, views: list[SlotView], ids: list[int]) -> None:
        """Say what was recorded, on the page, and make it undoable (Ctrl+Z here withdraws it: kept in the
        history as withdrawn)."""
        from caregiver_app.ui.undo import do_undoably

        zone = self.service.local_zone()
        entries = [e for e in (self.ctx.store.doses.get(i) for i in ids) if e is not None]
        logged = {e.slot for e in entries}
        done = [v for v in views if v.slot.occurrence.slot in logged]
        what = "; ".join(_("{medicine} {dose} (due {time})", medicine=v.medicine.name, dose=v.dose_text,
                           time=time_text(v.slot.due_utc.astimezone(zone))) for v in done)
        how = _.lookup(ACTION_WORDS[action])
        if action == "taken_at" and entries and entries[0].taken_utc is not None:
            how = _("taken at {time}", time=time_text(entries[0].taken_utc.astimezone(zone)))
        service = self.service
        do_undoably(self.undo_stack, _("{answer}: {doses}", answer=how, doses=what), lambda: ids,
                    lambda: service.withdraw(ids, "Undone right after it was recorded (Ctrl+Z)"),
                    lambda: service.restore_withdrawn(ids), kind="dose")
        self.say(_("Recorded {doses} as {answer}. Undo (Ctrl+Z) takes the answer back.", doses=what, answer=how),
                 undo=True)

    def _danger(self, guidance: Guidance, person_id: int) -> None:
        """A dose logged after a warning that it may be more than the prescribed dose: what to do now."""
        from caregiver_app.ui.reminders import show_danger

        show_danger(self, self.ctx.store.people.get(person_id), guidance,
                    lambda: self.navigate.emit("info", "emergency#call-emergency"))

    def log_prn(self, record: ScheduleRecord, medicine: Medicine) -> None:
        from caregiver_app.ui.undo import do_undoably

        result = self.service.take_prn_logged(record, medicine, confirm=self.prompts.confirm, danger=self._danger)
        if result.errors:
            self.prompts.error(_("Not saved"), "\n".join(localize(e) for e in result.errors))
            return
        if not result.entry_ids:
            self.say(_("Nothing was logged for {medicine}.", medicine=medicine.name))
            return
        ids, service = result.entry_ids, self.service
        zone = service.local_zone()
        entry = self.ctx.store.doses.get(ids[0])
        dose = decimal_text(prn_schedule(record).dose_mg)
        if entry is not None and entry.taken_utc:
            what = _("{medicine} {dose} mg at {time} (as needed)", medicine=medicine.name, dose=dose,
                     time=time_text(entry.taken_utc.astimezone(zone)))
        else:
            what = _("{medicine} {dose} mg at now (as needed)", medicine=medicine.name, dose=dose)
        do_undoably(self.undo_stack, _("log {dose}", dose=what), lambda: ids,
                    lambda: service.withdraw(ids, "Undone right after it was logged (Ctrl+Z)"),
                    lambda: service.restore_withdrawn(ids), kind="dose")
        today = service.prn_today(record, medicine).words(zone, service.clock.now_utc())
        self.say(_("Logged {dose}. {today} Undo (Ctrl+Z) takes it back.", dose=what, today=today), undo=True)
