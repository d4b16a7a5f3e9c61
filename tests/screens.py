"""The walk shared by the text-size and keyboard tests: the whole app on demonstration data in a 1366×768 window,
every page and tab visited and every window opened (the self-test's walk, ui/selftest.py), each one handed to an
``inspect(window, name)`` while it is on screen."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

LAPTOP = (0, 0, 1366, 768)   # the commonest laptop screen (issue 13)


def walk_every_screen(make_app, store, clock, inspect, text_size: str = "normal", monkeypatch=None) -> list[str]:
    """Build the app as the self-test does (the demonstration's afternoon dose due now), set ``text_size`` the
    way Settings does, fit the window to a 1366×768 screen and walk it. Returns the names of what was opened."""
    from caregiver_app.domain.demo import build_demo
    from caregiver_app.storage.demo import write_demo
    from caregiver_app.ui import window_fit
    from caregiver_app.ui.main_window import PAGE_ORDER
    from caregiver_app.ui.selftest import _answers, _Modal, _walk
    from caregiver_app.ui.window_fit import fit

    if monkeypatch is not None:  # the offscreen platform's own screen is 800×800: the app sees a laptop's
        monkeypatch.setattr(window_fit, "_available", lambda screen: LAPTOP)
    zone = ZoneInfo("Europe/London")
    clock._now = datetime(2026, 11, 23, 14, 10, tzinfo=zone)
    write_demo(store, build_demo(1, clock.now_utc() - timedelta(minutes=20), zone))
    problems: list[str] = []
    opened: list[str] = []
    app = make_app(store=store, prompts=_answers(problems, opened))
    app.show()
    for key in PAGE_ORDER:  # every page built at the normal size first: the size is changed as Settings does
        app.window.show_page(key)
    QApplication.processEvents()
    app.apply_settings({"text_size": text_size})
    app.window.setGeometry(*fit(LAPTOP))
    qapp = QApplication.instance()
    try:
        with _Modal(qapp, opened, inspect):
            _walk(app, qapp, clock, PAGE_ORDER, opened, inspect)
    finally:
        from caregiver_app.ui.theme import apply_text_size

        apply_text_size(qapp, "normal")  # the next tests start at the normal size
    assert not problems, problems
    return opened
