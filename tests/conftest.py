"""Shared fixtures: a fresh temporary data folder and a fake clock for every test."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def clock():
    from caregiver_app.system.clock import FakeClock

    return FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc), LONDON)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(data_dir, clock):
    from caregiver_app.storage import open_store

    s = open_store(data_dir / "caregiver.db", clock)
    yield s
    s.close()


@pytest.fixture
def demo_store(store, clock):
    from caregiver_app.domain.demo import build_demo
    from caregiver_app.storage.demo import write_demo

    write_demo(store, build_demo(1, clock.now_utc(), clock.local_tz()))
    return store


class FakeDialogs:
    """Answers start-up and close questions without a screen; records what was asked."""

    def __init__(self, confirm_answer: bool = True):
        self.parent = None
        self.confirm_answer = confirm_answer
        self.asked: list[tuple[str, str]] = []

    def error(self, title, text):
        self.asked.append(("error", title))

    def confirm(self, title, text, yes, no):
        self.asked.append(("confirm", title))
        return self.confirm_answer

    def info(self, title, text):
        self.asked.append(("info", title))

    def notice(self, title, text):  # the non-blocking kind of info
        self.asked.append(("info", title))


@pytest.fixture
def fake_dialogs():
    return FakeDialogs()


@pytest.fixture
def make_app(qtbot, data_dir, clock, tmp_path):
    """Builds the whole desktop app on a temporary store, the way app.run_gui does."""
    from caregiver_app.app import AppContext, CaregiverApp
    from caregiver_app.system.paths import resolve_paths
    from caregiver_app.storage import open_store

    made = []

    def _make(tray_available=False, dialogs=None, store=None, services=False):
        from PySide6.QtWidgets import QApplication

        paths = resolve_paths(data_dir)
        st = store or open_store(paths.db_path, clock)
        ctx = AppContext(clock=clock, paths=paths, store=st)
        app = CaregiverApp(QApplication.instance(), ctx, tray_available=tray_available,
                           dialogs=dialogs or FakeDialogs(), autostart_dir=tmp_path / "autostart")
        app.autostart_services = services  # reminders pop up windows: only where a test wants them
        qtbot.addWidget(app.window)
        made.append(app)
        return app

    yield _make
    for app in made:
        if app.reminders is not None:
            app.reminders.stop()  # its timers must not pop windows up during later tests
        app.window.allow_close = True
        if app.tray:
            app.tray.hide()


def activate(qtbot, window):
    """Show a window and make it the active one, so keyboard shortcuts reach it (offscreen too)."""
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


class OffsetClock:
    """Real time shifted by a fixed offset: APScheduler's real timers and the app's clock agree."""

    def __init__(self, offset, tz):
        import time as _time
        from datetime import datetime as _dt, timezone as _tz

        self.offset, self.tz = offset, tz
        self._time, self._dt, self._utc = _time, _dt, _tz.utc

    def now_utc(self):
        return self._dt.now(self._utc) + self.offset

    def monotonic(self):
        return self._time.monotonic()

    def local_tz(self):
        return self.tz


def add_baclofen(store, recipient_name="Ann", times=(("08:00", 10.0), ("14:00", 10.0), ("20:00", 10.0)),
                 start=None, tz="Europe/London", kind="fixed", spec=None, **med):
    """A person with a baclofen 10 mg tablet on a schedule; returns (recipient, medicine, schedule record)."""
    from datetime import date

    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.recipients import CareRecipient

    r = store.recipients.save(CareRecipient(name=recipient_name))
    m = store.medicines.save(Medicine(recipient_id=r.id, name="Baclofen", form="tablet", strength_mg=10.0, **med))
    spec = spec or {"times": [list(t) for t in times]}
    rec = store.schedules.save(m.id, kind, spec, tz=tz, start_date=start or date(2026, 1, 1))
    # Schedules count from when they were added; make this one count from the start of the year.
    store.conn.execute("UPDATE schedules SET created_at = '2026-01-01T00:00:00Z' WHERE id = ?", (rec.id,))
    store.settings.set("reminders_checked_from", "2026-01-01T00:00:00Z")
    return r, m, store.schedules.get(rec.id)
