"""The one wrapper around APScheduler.

Jobs are never the source of truth: they are plain wake-ups at instants that the domain computed from the
stored schedules (``domain.reminders.review``), given to APScheduler as explicit, time-zone-aware
``DateTrigger`` instants and replaced wholesale whenever something changes. What is due or missed is decided
after each wake-up from the clock, so a late, early or lost job can never drop or double a dose.

Facts designed around (APScheduler 3.11, PySide6 6.x):
- ``QtScheduler`` keeps ``QTimer.singleShot``'s return value, which is None in PySide6, so its wake-ups are
  never cancelled and every ``add_job`` starts another chain. ``_SingleTimerQtScheduler`` uses one real,
  precise QTimer instead (``timer_starts`` counts its restarts; tests check jobs do not pile up).
- Cron/interval triggers have DST bugs in 3.x: not used. Occurrences come from ``domain.schedules``.
- APScheduler does not notice sleep/resume or clock changes and drops jobs later than
  ``misfire_grace_time``. Jobs here run however late (``misfire_grace_time=None``, coalesced), and a
  watchdog compares wall-clock and monotonic time every minute and asks for a fresh review on a jump.
- Jobs run in the GUI thread (``DebugExecutor``): a job only emits a signal, so a worker thread buys nothing
  and would add cross-thread hand-offs. Listeners connect with a queued connection, so the review (which
  replaces the jobs) runs after APScheduler has finished its pass, never re-entering it.
"""
from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from caregiver_app.system.clock import Clock

log = logging.getLogger(__name__)

WATCHDOG_MS = 60_000
JUMP_TOLERANCE_S = 90.0


def _make_scheduler_class():
    from apscheduler.schedulers.qt import QtScheduler

    class _SingleTimerQtScheduler(QtScheduler):
        """QtScheduler with one cancellable, precise timer (see the module docstring)."""

        def __init__(self, *args, **kwargs):
            self._qtimer = QTimer()
            self._qtimer.setSingleShot(True)
            self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
            self._qtimer.timeout.connect(self._process_jobs)
            self.timer_starts = 0
            super().__init__(*args, **kwargs)

        def _start_timer(self, wait_seconds):
            self._qtimer.stop()
            if wait_seconds is not None:
                self.timer_starts += 1
                self._qtimer.start(max(0, min(int(wait_seconds * 1000), 2_147_483_647)))

        def _stop_timer(self):
            self._qtimer.stop()

    return _SingleTimerQtScheduler


class ReminderScheduler(QObject):
    """Wakes the app at given instants (of the injected clock) and on clock jumps or resume."""

    wake = Signal(str)   # reason: "due" | "clock-jump"

    def __init__(self, clock: Clock, parent: QObject | None = None, *, watchdog_ms: int = WATCHDOG_MS):
        super().__init__(parent)
        self.clock = clock
        self._scheduler: Any = None  # a _SingleTimerQtScheduler once started (APScheduler has no types)
        self._instants: list[datetime] = []
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(watchdog_ms)
        self._watchdog.timeout.connect(self.check_clock)
        self._last_wall: datetime | None = None
        self._last_mono: float | None = None

    # -- life cycle ------------------------------------------------------------------------------
    def start(self) -> None:
        if self._scheduler is not None:
            return
        from apscheduler.executors.debug import DebugExecutor

        cls = _make_scheduler_class()
        self._scheduler = cls(timezone=UTC, executors={"default": DebugExecutor()},
                              job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1})
        self._scheduler.start()
        self._remember_clock()
        self._watchdog.start()
        log.info("reminder scheduler started")

    def shutdown(self) -> None:
        self._watchdog.stop()
        if self._scheduler is not None:
            with contextlib.suppress(Exception):  # already stopped
                self._scheduler.shutdown(wait=False)
            self._scheduler = None

    @property
    def running(self) -> bool:
        return self._scheduler is not None

    @property
    def timer_starts(self) -> int:
        return 0 if self._scheduler is None else self._scheduler.timer_starts

    def job_count(self) -> int:
        return 0 if self._scheduler is None else len(self._scheduler.get_jobs())

    # -- wake-ups --------------------------------------------------------------------------------
    def set_wake_times(self, instants: list[datetime]) -> None:
        """Replace every job with one wake-up per distinct future instant."""
        if self._scheduler is None:
            return
        from apscheduler.triggers.date import DateTrigger

        now_clock = self.clock.now_utc()
        now_real = datetime.now(UTC)
        wanted = sorted({i for i in instants if i > now_clock})
        self._instants = wanted
        self._scheduler.pause()  # one timer restart for the whole batch, not one per job
        try:
            self._scheduler.remove_all_jobs()
            for instant in wanted:
                # Jobs run on the real clock; instants come from the injected one.
                run_at = now_real + (instant - now_clock)
                self._scheduler.add_job(self._fire, DateTrigger(run_date=run_at, timezone=UTC),
                                        id=f"wake-{instant.isoformat()}", replace_existing=True)
        finally:
            self._scheduler.resume()

    def wake_times(self) -> list[datetime]:
        return list(self._instants)

    def _fire(self) -> None:
        # Runs inside APScheduler's pass over due jobs (GUI thread): emit only; listeners are queued.
        self.wake.emit("due")

    # -- sleep / clock changes --------------------------------------------------------------------
    def _remember_clock(self) -> None:
        self._last_wall = self.clock.now_utc()
        self._last_mono = self.clock.monotonic()

    def check_clock(self) -> bool:
        """True (and a wake-up) when wall time moved differently from monotonic time: sleep, resume, clock set."""
        wall, mono = self.clock.now_utc(), self.clock.monotonic()
        jumped = False
        if self._last_wall is not None and self._last_mono is not None:
            drift = (wall - self._last_wall).total_seconds() - (mono - self._last_mono)
            jumped = abs(drift) > JUMP_TOLERANCE_S
        self._last_wall, self._last_mono = wall, mono
        if jumped:
            log.info("clock jump or resume detected (%.0f s); reviewing reminders", drift)
            self.wake.emit("clock-jump")
        return jumped
