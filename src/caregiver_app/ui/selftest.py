"""``caregiver-app self-test``: does this install work? The whole desktop app on demonstration data in a fresh
temporary folder: every page and tab is visited and every window the app can open is opened (each one shown,
then cancelled), the way the GUI tests drive it. Fails on any exception, any error in the app's log and any Qt
warning. Used by the packaging tests on the wheel, the bundle and the .deb, and by packagers of their own.

It runs offscreen unless a display is asked for, never touches the user's data folder, answers "no" to every
question and cancels every dialog, so nothing is changed anywhere; the temporary folder is removed at the end.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    #: ``inspect(window, name)``: called with every page state and window the walk shows, once it is drawn (the
    #: GUI tests use it to check that every text fits at every text size, and that the keyboard reaches all).
    Inspect = Callable[[Any, str], None] | None

#: Windows this walk must open; a missing one means a page or module failed to load (say, a package missing
#: from the wheel), which the app itself might only log.
EXPECTED_WINDOWS = frozenset({
    "AboutDialog", "SettingsDialog", "PeopleDialog", "PersonDialog", "RestoreDialog", "MedicineDialog",
    "PlanDialog", "ReminderWindow", "MissedDosesWindow", "RedFlagDialog", "ErrorReportDialog",
    "CorrectionDialog", "QPrintPreviewDialog", "QFileDialog.getSaveFileName",
})
#: Offscreen platform noise that says nothing about the app (as in pyproject's qt_log_ignore).
IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints", "This plugin does not support raise",
                       "QFont::setPointSize", "This plugin does not support grabbing the keyboard",
                       "This plugin does not support setting window opacity")


def _answers(problems: list[str], opened: list[str]):
    """The app's questions: confirmations recorded and declined, messages recorded, an error is a failure; the
    rest (a time, a reason, a file, a printer) are Qt's own dialogs, opened and cancelled by ``_Modal``."""
    from caregiver_app.ui.prompts import Prompts

    class Answers(Prompts):
        def for_widget(self, parent):
            return Answers(parent)

        def error(self, title, text):
            problems.append(f"error shown: {title}: {text}")

        def confirm(self, title, text, yes="Yes", no="No"):
            opened.append(f"confirm: {title}")
            return False

        def info(self, title, text):
            opened.append(f"info: {title}")

        notice = info

    return Answers()


class _Modal:
    """Replaces every modal entry point of Qt's dialogs while the walk runs: the window is shown and drawn,
    recorded (and given to ``inspect``), then cancelled."""

    def __init__(self, qapp, opened: list[str], inspect: Inspect = None):
        self.qapp, self.opened, self.inspect = qapp, opened, inspect
        self._saved: list[tuple[type, str, object]] = []

    def __enter__(self):
        from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrintPreviewDialog
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

        modal = self

        def exec_(dlg, *args):
            dlg.show()
            for _ in range(3):
                modal.qapp.processEvents()
            modal.opened.append(type(dlg).__name__)
            if modal.inspect is not None:
                modal.inspect(dlg, type(dlg).__name__)
            dlg.reject()
            dlg.hide()
            return 0

        for cls in (QDialog, QMessageBox, QInputDialog, QFileDialog, QPrintDialog, QPrintPreviewDialog,
                    QPageSetupDialog):
            self._patch(cls, "exec", exec_)
        no, ok = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Ok
        for name, answer in (("question", no), ("warning", no), ("information", ok), ("critical", ok),
                             ("about", None)):
            self._patch(QMessageBox, name, staticmethod(self._recorder(f"QMessageBox.{name}", answer)))
        for name in ("getSaveFileName", "getOpenFileName"):
            self._patch(QFileDialog, name, staticmethod(self._recorder(f"QFileDialog.{name}", ("", ""))))
        self._patch(QFileDialog, "getExistingDirectory",
                    staticmethod(self._recorder("QFileDialog.getExistingDirectory", "")))
        self._patch(QInputDialog, "getText", staticmethod(self._recorder("QInputDialog.getText", ("", False))))
        return self

    def _recorder(self, name: str, answer):
        def record(*args, **kwargs):
            self.opened.append(name)
            return answer
        return record

    def _patch(self, cls: type, name: str, value) -> None:
        self._saved.append((cls, name, cls.__dict__.get(name)))
        setattr(cls, name, value)

    def __exit__(self, *exc) -> None:
        for cls, name, old in reversed(self._saved):
            if old is None:
                delattr(cls, name)
            else:
                setattr(cls, name, old)


def _opens_a_window(label: str) -> bool:
    """Whether a button or menu item opens a window: by the app's convention, in every language, its label ends
    with "…" (in the pseudo-locale, before the padding and closing bracket it adds: "⟦Šáṽé…···⟧")."""
    return label.replace("&", "").rstrip().rstrip("⟧").rstrip("·").endswith("…")


def _click_dialog_buttons(widget, qapp) -> int:
    """Press every visible, enabled button of ``widget`` whose label ends with "…" (by the app's convention,
    the buttons that open a window). Returns how many were pressed."""
    from PySide6.QtWidgets import QAbstractButton

    pressed = 0
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled() and _opens_a_window(button.text()):
            button.click()
            qapp.processEvents()
            pressed += 1
    return pressed


def _visit_page(page, qapp, opened: list[str], inspect: Inspect = None, name: str = "") -> None:
    from PySide6.QtWidgets import QAbstractItemView, QTabWidget

    def select_first_rows():
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None and model.rowCount() > 0 and not view.currentIndex().isValid():
                view.setCurrentIndex(model.index(0, 0))
        qapp.processEvents()

    tab_widgets = [t for t in page.findChildren(QTabWidget)]
    states = [(None, -1)] + [(t, i) for t in tab_widgets for i in range(t.count())]
    for tabs, index in states:
        if tabs is not None:
            tabs.setCurrentIndex(index)
        qapp.processEvents()
        select_first_rows()
        if inspect is not None:
            inspect(page.window(), f"page {name}" + (f", tab {tabs.tabText(index)}" if tabs is not None else ""))
        _click_dialog_buttons(page, qapp)


def run_self_test(out=print, show: bool = False, language: str | None = None) -> int:
    """Walk the app; print what was seen and every problem; 0 when there was none. ``language``: walk it in
    that language ("es", "pseudo"): a translation missing or not fitting its values is a problem."""
    if not show and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from caregiver_app import version
    from caregiver_app.app import CaregiverApp, build_context
    from caregiver_app.domain.demo import build_demo
    from caregiver_app.storage import open_store
    from caregiver_app.storage.demo import write_demo
    from caregiver_app.system.clock import FakeClock
    from caregiver_app.system.desktop import APP_ID
    from caregiver_app.system.logs import LOG_NAME, setup_logging
    from caregiver_app.system.paths import resolve_paths
    from caregiver_app.ui.main_window import PAGE_ORDER

    problems: list[str] = []
    opened: list[str] = []

    def on_qt_message(kind, context, message):
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and \
                not any(m in message for m in IGNORED_QT_MESSAGES):
            problems.append(f"Qt {kind.name}: {message}")

    def on_exception(exc_type, exc, tb):
        import traceback

        problems.append("exception: " + "".join(traceback.format_exception(exc_type, exc, tb)))

    with tempfile.TemporaryDirectory(prefix="caregiver-self-test-") as tmp:
        paths = resolve_paths(Path(tmp) / "data")
        log_path = setup_logging(paths.log_dir)
        previous_handler = qInstallMessageHandler(on_qt_message)
        previous_hook, sys.excepthook = sys.excepthook, on_exception
        existing = QApplication.instance()
        qapp = existing if isinstance(existing, QApplication) else \
            QApplication([sys.argv[0] if sys.argv else "caregiver-app"])
        qapp.setApplicationName("Caregiver Assistant")
        qapp.setDesktopFileName(APP_ID)
        installed = None
        if language:
            from caregiver_app.system.i18n import install

            installed = install(language)
            if language != "en" and not installed.translators:
                problems.append(f"no translation found for {language}")
        zone = ZoneInfo("Europe/London")
        # A fixed day: the demonstration's afternoon dose is due now, the evening one upcoming.
        clock = FakeClock(datetime(2026, 11, 23, 14, 10, tzinfo=zone), zone)
        store = open_store(paths.db_path, clock)
        app = None
        try:
            write_demo(store, build_demo(1, clock.now_utc() - timedelta(minutes=20), zone))
            app = CaregiverApp(qapp, build_context(clock, paths, store, _answers(problems, opened)),
                               tray_available=False, autostart_dir=Path(tmp) / "autostart")
            app.autostart_services = False
            with _Modal(qapp, opened):
                _walk(app, qapp, clock, PAGE_ORDER, opened)
        except Exception:
            on_exception(*sys.exc_info())
        finally:
            if app is not None:
                app.quit()
                qapp.processEvents()
            store.close()
            if installed is not None:
                installed.remove()
            sys.excepthook = previous_hook
            qInstallMessageHandler(previous_handler)
            logging.shutdown()
        log_text = (log_path or paths.log_dir / LOG_NAME).read_text(encoding="utf-8", errors="replace") \
            if (log_path or paths.log_dir / LOG_NAME).exists() else ""
        for line in log_text.splitlines():
            if " ERROR " in line or " CRITICAL " in line or line.startswith("Traceback") \
                    or "does not fit its values" in line:
                problems.append(f"log: {line}")
    missing = sorted(EXPECTED_WINDOWS - set(opened))
    if missing:
        problems.append("windows that did not open: " + ", ".join(missing))
    out(f"Caregiver Assistant {version()} self-test ({qapp.platformName()}): pages {', '.join(PAGE_ORDER)}; "
        f"{len(opened)} windows and questions opened: {', '.join(sorted(set(opened)))}")
    for p in problems:
        out(f"PROBLEM: {p}")
    out("self-test passed" if not problems else f"self-test FAILED: {len(problems)} problems")
    return 0 if not problems else 1


def _walk(app, qapp, clock, page_order, opened: list[str], inspect: Inspect = None) -> None:
    from caregiver_app.domain.diary import applicable_red_flags, urgent_guidance
    from caregiver_app.ui.error_dialog import ErrorReportDialog
    from caregiver_app.ui.red_flags import RedFlagDialog

    w = app.window
    app.show()
    qapp.processEvents()
    for key in page_order:
        w.show_page(key)
        qapp.processEvents()
        _visit_page(w.pages[key], qapp, opened, inspect, key)
    # Every menu item that opens something (the items ending in "…" and About), the Emergency page (F1).
    for menu_action in w.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isEnabled() and (_opens_a_window(action.text())
                                       or action in (w.about_action, w.emergency_action)):
                action.trigger()
                qapp.processEvents()
    # Reminders: the dose due now, then the doses "missed" while the app was closed overnight.
    app.start_reminders()
    qapp.processEvents()
    if app.reminders.reminder_window.isVisible():
        opened.append("ReminderWindow")
        if inspect is not None:
            inspect(app.reminders.reminder_window, "ReminderWindow")
        _click_dialog_buttons(app.reminders.reminder_window, qapp)
    clock.advance(timedelta(hours=19))
    app.reminders.review_now("start")
    qapp.processEvents()
    if app.reminders.missed_window.isVisible():
        opened.append("MissedDosesWindow")
        if inspect is not None:
            inspect(app.reminders.missed_window, "MissedDosesWindow")
    app.reminders.stop()
    # Windows the app opens on events rather than from a button.
    person = w.current_person()
    guidance = urgent_guidance(applicable_red_flags(has_pump=False)[:1], has_pump=False)
    assert guidance is not None  # a danger sign always has guidance
    for dlg in (RedFlagDialog(guidance, person, w), ErrorReportDialog("Self-test: a sample error report", w)):
        dlg.show()
        qapp.processEvents()
        opened.append(type(dlg).__name__)
        if inspect is not None:
            inspect(dlg, type(dlg).__name__)
        dlg.close()
