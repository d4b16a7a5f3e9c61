"""Fixtures: a fresh temporary data folder, a fake clock, a store, and the whole desktop app built on them."""
from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from helpers import LONDON, FakePrompts

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The offscreen screen is a 1366×768 laptop's (the commonest size, issue 13), not the plugin's 800×800.
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-laptop.json')}"


@pytest.fixture
def clock():
    from caregiver_app.system.clock import FakeClock

    return FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC), LONDON)


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


@pytest.fixture
def services(store, clock):
    from caregiver_app.services import Services

    return Services(store, clock)


@pytest.fixture
def fake_prompts():
    return FakePrompts()


@pytest.fixture
def ctx(store, clock, data_dir, fake_prompts):
    """What a screen is given, on the test store, with ``fake_prompts`` answering its questions."""
    from caregiver_app.system.paths import resolve_paths
    from helpers import make_context

    return make_context(clock, resolve_paths(data_dir), store, fake_prompts)


@pytest.fixture
def make_app(qtbot, data_dir, clock, tmp_path):
    """Builds the whole desktop app on a temporary store, the way app.run_gui does."""
    from caregiver_app.app import CaregiverApp, build_context
    from caregiver_app.storage import open_store
    from caregiver_app.system.paths import resolve_paths

    made = []

    def _make(tray_available=False, prompts=None, store=None, services=False):
        from PySide6.QtWidgets import QApplication

        paths = resolve_paths(data_dir)
        st = store or open_store(paths.db_path, clock)
        ctx = build_context(clock, paths, st, prompts if prompts is not None else FakePrompts())
        app = CaregiverApp(QApplication.instance(), ctx, tray_available=tray_available,
                           autostart_dir=tmp_path / "autostart")
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
