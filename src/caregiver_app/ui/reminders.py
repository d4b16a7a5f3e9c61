"""Reminder windows and the controller that ties the scheduler, the dose service and the screens together.

No rules here: what is due or missed comes from ``DoseService.review``; this module only shows it and
passes the answers back.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.dosing import MissedAdviceCode
from caregiver_app.services.doses import DoseService, SlotView
from caregiver_app.storage import StoreError
from caregiver_app.system.clock import Clock
from caregiver_app.system.i18n import Tr, date_text, localize, time_text
from caregiver_app.ui.prompts import Prompts
from caregiver_app.ui.theme import set_role

if TYPE_CHECKING:
    from caregiver_app.domain.diary import Guidance
    from caregiver_app.domain.people import Person
    from caregiver_app.scheduling.service import ReminderScheduler
    from caregiver_app.services.checkins import Checkin
    from caregiver_app.ui.checkin import CheckinWindow
    from caregiver_app.ui.context import AppContext
    from caregiver_app.ui.main_window import MainWindow
    from caregiver_app.ui.tray import Tray

log = logging.getLogger(__name__)
_ = Tr("ui.reminders")


def _line(view: SlotView, zone, today=None) -> str:
    occ = view.slot.occurrence
    local = occ.due_utc.astimezone(zone)
    when = time_text(local) if today is None or local.date() == today else \
        f"{date_text(local.date())} {time_text(local)}"
    # The strength is named (a liquid as on its bottle): the amount to give is worked out from it.
    text = f"{when}   {view.person_name}:  {localize(view.medicine.describe())}  {localize(view.dose_text)}"
    if view.amount_note:
        text += f"\n          ⚠ {localize(view.amount_note)}"
    if view.medicine.instructions:
        text += f"\n          {view.medicine.instructions}"
    return text


def show_danger(parent: QWidget, person: Person | None, guidance: Guidance,
                open_emergency_page: Callable[[], None] | None = None) -> None:
    """The danger-sign window, for a dose logged that may be more than the prescribed dose (it is in the diary
    already). Not modal: the reminder and missed-dose windows stay usable; the emergency page is one click away."""
    from caregiver_app.ui.red_flags import RedFlagDialog

    dlg = RedFlagDialog(guidance, person, parent)
    if open_emergency_page is not None:
        dlg.open_emergency_info.connect(open_emergency_page)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    from caregiver_app.ui.prompts import keep_in_front

    keep_in_front(dlg)  # in front of the reminder window it may come from (issue 13)
    dlg.open()


def _local_now(clock: Clock | None) -> datetime | None:
    return clock.now_local() if clock is not None else None


def ask_time_taken(prompts: Prompts, now_local: datetime | None = None,
                   clock: Clock | None = None) -> tuple[int, int] | None:
    """The small "When was it taken?" question, shared by the reminder, missed-dose and Today screens. With a
    clock, the day the chosen time means (today, or yesterday when that time has not come yet) is said under it
    while it is chosen."""
    describe = None
    if clock is not None:
        from caregiver_app.domain.answers import describe_taken_time

        def describe(hour: int, minute: int) -> str:
            return describe_taken_time(clock.now_local(), hour, minute)

    return prompts.ask_time(_("When was it taken?"), _("What time was it taken?"), now_local, describe)


SKIP_BACLOFEN = _.mark("Baclofen should not be stopped suddenly: stopping it suddenly can cause withdrawal, such as "
                       "hallucinations or seizures. If doses are being skipped (because of side effects, or for "
                       "another reason), talk to your doctor or nurse.")


def ask_skip_reason(prompts: Prompts, views: list[SlotView] | None = None) -> str | None:
    """Why a dose is skipped (optional). For baclofen the question says first that it must not be stopped
    suddenly (facts sheet section 2 [A])."""
    label = _("Reason (optional):")
    if any(v.medicine.baclofen and not v.medicine.is_pump for v in views or ()):
        label = _.lookup(SKIP_BACLOFEN) + "\n\n" + label   # (two paragraphs, each whole)
    return prompts.ask_text(_("Skip this dose"), label)


class _SlotList(QListWidget):
    """Checkable list of dose slots (all checked by default); space toggles, the buttons act on checked ones."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.views: dict[tuple[int, str], SlotView] = {}
        self.today: date | None = None

    default_checked = True

    def set_views(self, views: list[SlotView], zone, extra: dict | None = None) -> None:
        checked = {k for k in self.views if self._item(k) and self._item(k).checkState() == Qt.CheckState.Checked}
        old = set(self.views)
        self.clear()
        self.views = {}
        for v in views:
            text = _line(v, zone, self.today)
            if extra and v.key in extra:
                text += f"\n          {localize(extra[v.key])}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = v.key in checked or (v.key not in old and self.default_checked)
            state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.addItem(item)
            self.views[v.key] = v
        if self.count():
            self.setCurrentRow(0)

    def _item(self, key):
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == key:
                return self.item(i)
        return None

    def checked_views(self) -> list[SlotView]:
        """The ticked doses; with none ticked, the selected one."""
        out = []
        for i in range(self.count()):
            item = self.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(self.views[item.data(Qt.ItemDataRole.UserRole)])
        if not out and self.currentItem() is not None:
            out.append(self.views[self.currentItem().data(Qt.ItemDataRole.UserRole)])
        return out


class ReminderWindow(QDialog):
    """Stays until answered. Every dose due at the same moment is in one window."""

    answered = Signal(str, list, object)   # action, [SlotView], payload (time / reason / minutes)

    def __init__(self, zone, parent: QWidget | None = None, clock=None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.zone = zone
        self.clock = clock
        self.setWindowTitle(_("Time for a dose — Caregiver Assistant"))
        self.setModal(False)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        title = QLabel(_("Time for a dose"))
        set_role(title, "pageTitle")
        layout.addWidget(title)
        self.list = _SlotList(_("Doses due now"))
        layout.addWidget(self.list)
        tip = QLabel(_("Tick the doses this answer is for (Space ticks or unticks). Never take 2 doses at once or "
                       "an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse."))
        tip.setWordWrap(True)
        layout.addWidget(tip)
        from caregiver_app.ui.forms import FlowLayout

        row = FlowLayout()  # wraps onto a second line at large text sizes instead of cutting the buttons
        self.taken_btn = QPushButton(_("&Taken now"))
        self.taken_btn.setDefault(True)
        self.taken_at_btn = QPushButton(_("Taken &at…"))
        self.skip_btn = QPushButton(_("&Skip…"))
        for b in (self.taken_btn, self.taken_at_btn, self.skip_btn):
            b.setAccessibleName(b.text().replace("&", "").replace("…", ""))
            row.addWidget(b)
        self.snooze_btns = {}
        for minutes in (10, 30, 60):
            b = QPushButton(_("Snooze {minutes} min", minutes=minutes))
            b.setAccessibleName(_.n("Snooze %n minute", "Snooze %n minutes", minutes))
            b.clicked.connect(lambda _checked=False, m=minutes: self._emit("snooze", m))
            self.snooze_btns[minutes] = b
            row.addWidget(b)
        layout.addLayout(row)
        note = QLabel(_("Closing this window snoozes the reminder for 10 minutes."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.taken_btn.clicked.connect(lambda: self._emit("taken", None))
        self.taken_at_btn.clicked.connect(self._taken_at)
        self.skip_btn.clicked.connect(self._skip)
        self.prompts: Prompts = Prompts(self)  # the controller gives the app's (tests: FakePrompts)

    def set_views(self, views: list[SlotView]) -> None:
        self.list.set_views(views, self.zone)

    def _emit(self, action: str, payload) -> None:
        views = self.list.checked_views()
        if views:
            self.answered.emit(action, views, payload)

    def _taken_at(self) -> None:
        t = ask_time_taken(self.prompts, _local_now(self.clock), self.clock)
        if t is not None:
            self._emit("taken_at", t)

    def _skip(self) -> None:
        reason = ask_skip_reason(self.prompts, self.list.checked_views())
        if reason is not None:
            self._emit("skip", reason)

    def closeEvent(self, event) -> None:
        if self.list.count():
            self.answered.emit("snooze", list(self.list.views.values()), 10)
        super().closeEvent(event)


class MissedDosesWindow(QDialog):
    """Doses that came due while the app was closed, asleep or paused: asked about once, never fired."""

    answered = Signal(str, list, object)
    more_info = Signal()

    def __init__(self, zone, parent: QWidget | None = None, clock=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.zone = zone
        self.clock = clock
        self.setWindowTitle(_("Missed doses — was it taken?"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        title = QLabel(_("Missed — was it taken?"))
        set_role(title, "pageTitle")
        layout.addWidget(title)
        intro = QLabel(_("These doses came due while the app was closed, the computer was asleep, or reminders "
                         "were paused. Please say what happened, so the record is right: tick the doses (Space), "
                         "or select one, then choose an answer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        guidance = QLabel(_("<b>Do not double up.</b> Never take 2 doses at once or an extra dose to make up for a "
                            "missed one. If unsure, talk to your doctor or nurse. If the next dose is less than 2 "
                            "hours away, leave the missed one out and take the next at the usual time."))
        guidance.setWordWrap(True)
        guidance.setAccessibleName(_("Missed dose guidance"))
        layout.addWidget(guidance)
        self.list = _SlotList(_("Missed doses"))
        # Nothing pre-ticked: one click must not record a backlog of doses as taken. The answer applies to the
        # ticked doses, or to the selected one.
        self.list.default_checked = False
        layout.addWidget(self.list, 1)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setAccessibleName(_("What to do about the selected dose"))
        set_role(self.advice_label, "notice")
        layout.addWidget(self.advice_label)
        self.list.currentItemChanged.connect(lambda *_items: self._show_advice())
        self.advice: dict = {}
        from caregiver_app.ui.forms import FlowLayout

        row = FlowLayout()  # wraps onto a second line at large text sizes instead of cutting the buttons
        self.taken_btn = QPushButton(_("It &was taken"))
        self.taken_btn.setToolTip(_("Recorded as taken at its usual time"))
        self.taken_at_btn = QPushButton(_("Taken &at…"))
        self.not_taken_btn = QPushButton(_("&Not taken"))
        self.later_btn = QPushButton(_("Decide &later"))
        self.info_btn = QPushButton(_("Missed a dose: what to do"))
        for b in (self.taken_btn, self.taken_at_btn, self.not_taken_btn, self.later_btn, self.info_btn):
            b.setAccessibleName(b.text().replace("&", "").replace("…", ""))
            row.addWidget(b)
        layout.addLayout(row)
        self.taken_btn.clicked.connect(lambda: self._emit("taken_usual", None))
        self.taken_at_btn.clicked.connect(self._taken_at)
        self.not_taken_btn.clicked.connect(lambda: self._emit("not_taken", None))
        self.later_btn.clicked.connect(self.hide)
        self.info_btn.clicked.connect(self.more_info)
        self.prompts: Prompts = Prompts(self)  # the controller gives the app's (tests: FakePrompts)

    def set_views(self, views: list[SlotView], advice: dict) -> None:
        """``advice``: key -> MissedAdvice (domain), shown in full for the selected dose."""
        from caregiver_app.domain.dosing import MissedAdviceCode

        self.advice = advice
        words = {MissedAdviceCode.TAKE_NOW: _("If it was not taken: take it now."),
                 MissedAdviceCode.SKIP: _("If it was not taken: leave it out; take the next dose at the usual time."),
                 MissedAdviceCode.CHECK_LEAFLET: _("If it was not taken: see the medicine's leaflet.")}
        tags = {k: words[a.code] for k, a in advice.items()}
        self.list.set_views(views, self.zone, tags)
        self._show_advice()

    def _show_advice(self) -> None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        advice = self.advice.get(key)
        self.advice_label.setText(localize(advice.message) if advice else "")
        self.advice_label.setVisible(advice is not None)

    def _emit(self, action, payload) -> None:
        views = self.list.checked_views()
        if views:
            self.answered.emit(action, views, payload)

    def _taken_at(self) -> None:
        t = ask_time_taken(self.prompts, _local_now(self.clock), self.clock)
        if t is not None:
            self._emit("taken_at", t)


class ReminderController(QObject):
    """Runs after the first paint: starts the scheduler, reviews on every wake-up, shows and answers."""

    changed = Signal()

    def __init__(self, ctx: AppContext, main_window: MainWindow, notifier: Tray | None = None,
                 paused_until: Callable[[], datetime | None] = lambda: None,
                 sound_on: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.main_window = ctx, main_window
        self.service: DoseService = ctx.services.doses
        self.notifier = notifier
        self._unsubscribe: Callable[[], None] | None = None
        self.paused_until, self.sound_on = paused_until, sound_on
        # The two windows are made the first time they have something to show (~2 MB not spent otherwise).
        self._reminder_window: ReminderWindow | None = None
        self._missed_window: MissedDosesWindow | None = None
        self._checkin_window: CheckinWindow | None = None
        self.checkins_shown: set[tuple[int, str]] = set()
        self._missed_checkins: dict[tuple[int, str], Checkin] = {}   # offered once: kept until answered or put off
        self._checkin_waiting = False   # shown behind a dose window, to come forward when that is answered
        self.scheduler: ReminderScheduler | None = None
        self.shown: set[tuple[int, str]] = set()
        self.announced: set[str] = set()
        self.reviews = 0

    @property
    def reminder_window(self) -> ReminderWindow:
        if self._reminder_window is None:
            window = ReminderWindow(self.ctx.clock.local_tz(), clock=self.ctx.clock)
            window.prompts = self.ctx.prompts.for_widget(window)
            window.answered.connect(lambda a, v, p, w=window: self.on_answer(a, v, p, w))
            self._reminder_window = window
        return self._reminder_window

    @property
    def missed_window(self) -> MissedDosesWindow:
        if self._missed_window is None:
            missed = MissedDosesWindow(self.ctx.clock.local_tz(), clock=self.ctx.clock)
            missed.prompts = self.ctx.prompts.for_widget(missed)
            missed.answered.connect(lambda a, v, p, w=missed: self.on_answer(a, v, p, w))
            self._missed_window = missed
            self._missed_window.more_info.connect(lambda: self.main_window.show_info("missed-dose", "what-to-do"))
        return self._missed_window

    @property
    def checkin_window(self) -> CheckinWindow:
        if self._checkin_window is None:
            from caregiver_app.ui.checkin import CheckinWindow

            window = CheckinWindow(self.ctx)
            window.open_emergency_info.connect(lambda: self.main_window.show_info("emergency", "call-emergency"))
            window.answered.connect(lambda _c: self.review_now("checkin", redraw_pages=False))
            self._checkin_window = window
        return self._checkin_window

    def start(self) -> None:
        from caregiver_app.scheduling.service import ReminderScheduler

        self.scheduler = ReminderScheduler(self.ctx.clock, self)
        # Queued: the review (which replaces the jobs) runs after APScheduler's own pass has finished.
        self.scheduler.wake.connect(self.review_now, Qt.ConnectionType.QueuedConnection)
        self.scheduler.start()
        # Every change a service makes (a dose answered, a medicine, plan or person saved): check again at once.
        self._unsubscribe = self.ctx.services.changes.subscribe(
            lambda change: self.review_now(change.kind, redraw_pages=False))
        self.review_now("start")

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.scheduler:
            self.scheduler.shutdown()
        for window in (self._reminder_window, self._missed_window, self._checkin_window):
            if window is not None:
                window.hide()

    # -- the review ---------------------------------------------------------------------------------
    def review_now(self, reason: str = "", *, redraw_pages: bool = True) -> None:
        """Decide from the clock and the store what is due or missed now, show it, and set the next wake-ups.
        ``redraw_pages``: also redraw the pages (after a wake-up; after a change the pages redraw themselves)."""
        self.reviews += 1
        clock = self.ctx.clock
        now = clock.now_utc()
        try:
            result = self.service.review(now)
        except StoreError as exc:  # pragma: no cover - shown, and retried on the next wake-up
            log.error("review failed: %s", exc)
            return
        # Also wake at the next local midnight, so "Today" turns over, and every 12 hours at least.
        from caregiver_app.domain.schedules import local_day_bounds

        zone = clock.local_tz()
        midnight = local_day_bounds(now.astimezone(zone).date(), zone)[1]
        wake = list(result.wake_times) + [midnight, now + timedelta(hours=12)]
        paused = self.paused_until()
        is_paused = paused is not None and paused > now
        if is_paused:
            assert paused is not None
            wake.append(paused)
            due, missed = [], []
        else:
            due, missed = result.due, result.missed
        self._show_due([self.service.view(s) for s in due])
        self._show_missed([self.service.view(s) for s in missed])
        wake += self._review_checkins(now, is_paused)   # after the dose windows: a check-in waits behind them
        if self.scheduler is not None:
            self.scheduler.set_wake_times(wake)
        self._announce_notices()
        if redraw_pages:
            self.changed.emit()

    # -- check-ins (the dose-change companion) ------------------------------------------------------------
    def _review_checkins(self, now: datetime, paused: bool) -> list[datetime]:
        """Today's check-ins due, and one missed while the app was closed (offered once); their wake-ups."""
        checkins = self.ctx.services.checkins
        try:
            result = checkins.review(now)
            if result.missed and not paused:
                checkins.mark_offered(result.missed)
            for c in result.missed:
                self._missed_checkins[c.key] = c
            # Offered ones stay until answered here, elsewhere (Today, the command line) or put off.
            for key, c in list(self._missed_checkins.items()):
                if self.ctx.store.diary.checkins(c.person_id, c.day, c.day):
                    del self._missed_checkins[key]
        except StoreError as exc:  # pragma: no cover - shown, and retried on the next wake-up
            log.error("check-in review failed: %s", exc)
            return []
        if not paused:
            due_keys = {c.key for c in result.due}
            self._show_checkins(result.due + [c for k, c in self._missed_checkins.items() if k not in due_keys])
            self._bring_waiting_checkin_forward()
        return list(result.wake_times)

    def _show_checkins(self, checkins: list[Checkin]) -> None:
        window = self._checkin_window
        put_off = window.put_off if window is not None else set()
        show = [c for c in checkins if c.key not in put_off]
        if not show:
            if window is not None:
                window.set_checkins([])
                if not window.panels:
                    window.hide()
            return
        window = self.checkin_window
        window.set_checkins(show)
        new = {c.key for c in show} - self.checkins_shown
        # A dose reminder or the missed-doses window first: the check-in waits behind it without the keyboard
        # (Enter there must never answer a check-in unseen), and comes forward once they are answered.
        busy = any(w is not None and w.isVisible() for w in (self._reminder_window, self._missed_window))
        if new:
            self.checkins_shown |= new
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, busy)
            window.show()
            if busy:
                self._checkin_waiting = True
            else:
                window.raise_()
                window.activateWindow()
            if self.notifier is not None:
                today = self.ctx.clock.today()
                self.notifier.notify(_("Check-in: how are things today?"),
                                     "\n".join(f"{c.person_name}: {localize(c.line(today))}"
                                               for c in show if c.key in new))
            if self.sound_on():
                QApplication.beep()

    def _bring_waiting_checkin_forward(self) -> None:
        window = self._checkin_window
        busy = any(w is not None and w.isVisible() for w in (self._reminder_window, self._missed_window))
        if self._checkin_waiting and not busy and window is not None and window.isVisible():
            self._checkin_waiting = False
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
            window.raise_()
            window.activateWindow()

    def open_checkin(self, checkin: Checkin) -> None:
        """From Today: answer it now (put off before, or not yet due in the window)."""
        window = self.checkin_window
        window.put_off.discard(checkin.key)
        self._missed_checkins[checkin.key] = checkin   # kept by later reviews until answered or put off
        window.set_checkins([checkin] + [p.checkin for k, p in window.panels.items() if k != checkin.key])
        self.checkins_shown.add(checkin.key)
        window.show()
        window.raise_()
        window.activateWindow()

    def _announce_notices(self) -> None:
        """Reorder and pump-date notices: once a day each, in the tray and the status bar (and on Today)."""
        new = []
        for person in self.ctx.store.people.list():
            for key, text in self.service.notices(person.stored_id):
                if key not in self.announced and not key.startswith(("kidney-", "age-")):
                    self.announced.add(key)
                    new.append(f"{person.name} — {localize(text)}")
        if not new:
            return
        if self.notifier is not None:
            self.notifier.notify(_("Caregiver Assistant: please act soon"), "\n".join(new))
        self.main_window.statusBar().showMessage(
            new[0] if len(new) == 1 else _.n("%n notice: see Today", "%n notices: see Today", len(new)), 60_000)

    def _show_due(self, views: list[SlotView]) -> None:
        if not views:
            if self._reminder_window is not None:
                self._reminder_window.list.set_views([], self._reminder_window.zone)
                self._reminder_window.hide()
            return
        still = sorted(views, key=lambda v: (v.slot.due_utc, v.person_name))
        new = {v.key for v in still} - self.shown
        self.reminder_window.set_views(still)
        if new:
            self.shown |= new
            self.reminder_window.show()
            self.reminder_window.raise_()
            self.reminder_window.activateWindow()
            if self.notifier is not None:
                fresh = [v for v in still if v.key in new]
                zone = self.reminder_window.zone
                lines = "\n".join(f"{time_text(v.slot.due_utc.astimezone(zone))} {v.person_name}: {v.medicine.name} "
                                   f"{localize(v.dose_text)}" for v in fresh)
                waiting = len(still) - len(fresh)
                if waiting:
                    lines += "\n" + _.n("(and %n earlier dose still to answer)",
                                        "(and %n earlier doses still to answer)", waiting)
                self.notifier.notify(_("Time for a dose"), lines)
            if self.sound_on():
                QApplication.beep()
        elif not self.reminder_window.isVisible():
            self.reminder_window.show()

    def _show_missed(self, views: list[SlotView]) -> None:
        if not views:
            if self._missed_window is not None:
                self._missed_window.hide()
                self._missed_window.list.set_views([], self._missed_window.zone)
            return
        advice = {v.key: self.service.missed_advice(v) for v in views}
        self.missed_window.list.today = self.service.clock.today()
        was = set(self.missed_window.list.views)
        self.missed_window.set_views(views, advice)
        if {v.key for v in views} - was:
            self.missed_window.show()
            self.missed_window.raise_()

    # -- answers ------------------------------------------------------------------------------------
    def on_answer(self, action: str, views: list[SlotView], payload: object, window: QWidget | None = None) -> None:
        """An answer from the reminder or missed-dose window. Its questions ("Please check before logging") come
        in front of that window, which stays on top."""
        prompts = getattr(window, "prompts", None) or self.ctx.prompts
        if action == "snooze":
            self.shown -= {v.key for v in views}  # when the snooze ends it is announced again, with sound
        # After an answer, what is left starts afresh (reminders ticked, missed doses unticked).
        for w in (self._reminder_window, self._missed_window):
            if w is not None:
                w.list.views = {}
        before = self.reviews
        # "Not taken" for a missed dose the missed-dose rule said to leave out is counted apart in the summary.
        left_out = [v.key for v in views if action == "not_taken" and window is self._missed_window
                    and self.service.missed_advice(v).code is MissedAdviceCode.SKIP]
        result = self.service.answer_logged(
            action, views, payload,
            confirm=lambda title, text: prompts.confirm(title, text, _("Log it"), _("Don't log")),
            ask=lambda q: prompts.confirm(q.title, q.text, q.yes, q.no),
            danger=lambda guidance, person_id: show_danger(
                window or self.main_window, self.ctx.store.people.get(person_id), guidance,
                lambda: self.main_window.show_info("emergency", "call-emergency")),
            left_out=left_out)
        errors = result.errors
        if errors:
            prompts.error(_("Not saved"), "\n".join(localize(e) for e in errors))
        if self.reviews == before:  # nothing was saved (so no change came back): the windows are drawn again
            self.review_now("answer")
