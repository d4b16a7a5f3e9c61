"""Composition root: builds every object once and passes it in. Nothing here runs at import time."""
from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from caregiver_app.domain.text import Messages
from caregiver_app.system.clock import Clock, SystemClock
from caregiver_app.system.paths import AppPaths, DataDirError, ensure_private_dir, resolve_paths

if TYPE_CHECKING:
    from caregiver_app.storage import Store
    from caregiver_app.system.autostart import RunKey
    from caregiver_app.ui.backup_dialogs import BackupController
    from caregiver_app.ui.context import AppContext
    from caregiver_app.ui.prompts import Prompts
    from caregiver_app.ui.reminders import ReminderController

log = logging.getLogger(__name__)
# The app's words, said where they are shown (the prompts, the tray and the window say each in the user's
# language). Messages, not Tr: this module is imported before Qt, and must not bring Qt in before
# ``lighten_import_hook`` (PySide6's import hook would keep the source of every module imported after it).
_ = Messages("app")
_PROCESS_START = time.perf_counter()

EXIT_OK, EXIT_STORE, EXIT_DATA_DIR = 0, 2, 3


def open_store_interactive(paths: AppPaths, clock: Clock, dialogs: Prompts) -> Store | None:
    """Open the store; on a newer or damaged file, explain, keep the file, and offer the newest good backup
    (if there is one) or a fresh store."""
    from caregiver_app.storage import CorruptStoreError, NewerStoreError, StoreError, open_store
    from caregiver_app.storage.db import set_aside
    from caregiver_app.system.i18n import localize

    try:
        return open_store(paths.db_path, clock)
    except NewerStoreError as exc:
        dialogs.error(_("Data from a newer version"), localize(exc))
        return None
    except CorruptStoreError as exc:
        log.error("store unreadable: %s", exc.reason)
        if not os.access(paths.data_dir, os.W_OK):
            # A read-only folder (or file system) also makes SQLite fail to open the file: that is not damage,
            # and neither a restore nor a fresh file could be written there.
            dialogs.error(_("Cannot open your data"),
                          _("The data folder {folder} is read-only, so your data cannot be opened ({reason}). "
                            "Nothing was changed. Make the folder writable and start again.",
                            folder=str(paths.data_dir), reason=localize(exc.reason)))
            return None
        from caregiver_app.ui.backup_dialogs import offer_good_backup

        restored = offer_good_backup(paths, clock, dialogs, exc)
        if restored is not None:
            return restored
        if not dialogs.confirm(
                _("Your data file cannot be read"),
                _("{problem}\n\nYou can start again with a fresh, empty data file. The damaged file is kept beside "
                  "it (renamed), so it can still be rescued later.", problem=localize(exc)),
                _("Start a fresh data file"), _("Quit")):
            return None
        kept = set_aside(paths.db_path, clock)
        dialogs.info(_("Damaged file kept"), _("The damaged file was kept as:\n{path}", path=str(kept)))
        return open_store(paths.db_path, clock)
    except StoreError as exc:
        dialogs.error(_("Cannot open your data"), localize(exc))
        return None


class CaregiverApp:
    """The running desktop app. Owns the window, tray, store and (after the first paint) the scheduler."""

    PAUSE = timedelta(hours=1)

    def __init__(self, qapp: Any, ctx: AppContext, *, tray_available: bool | None = None,
                 autostart_dir: Path | RunKey | None = None, data_dir_arg: str | None = None):
        from PySide6.QtGui import QIcon, QPixmap

        from caregiver_app.system.resources import icon_bytes
        from caregiver_app.ui.main_window import MainWindow
        from caregiver_app.ui.theme import apply_text_size
        from caregiver_app.ui.tray import Tray

        self.qapp, self.ctx = qapp, ctx
        self.store = ctx.store
        # Where start-at-login entries go; False: looked up, there is none.
        self._autostart_dir_given: Path | RunKey | Literal[False] | None = autostart_dir
        self._data_dir_arg = data_dir_arg
        self.quitting = False
        self.scheduler_started = False
        self.first_paint_at: float | None = None
        self.after_paint: list[Callable[[], object]] = []  # callables run once the window is on screen
        self.autostart_services = True  # tests turn this off and start what they need themselves
        self._told_damaged: set[tuple[str, object]] = set()

        pix = QPixmap()
        pix.loadFromData(icon_bytes("app-128.png"), "PNG")  # named format: no image plugins loaded (QtSvg, …)
        self.icon = QIcon(pix)
        qapp.setWindowIcon(self.icon)
        apply_text_size(qapp, self.store.settings.get("text_size"))
        from caregiver_app.ui.theme import apply_focus_colour

        apply_focus_colour(qapp)  # a focus outline that can be seen
        from caregiver_app.ui.wheel import install as guard_the_wheel

        guard_the_wheel(qapp)  # the mouse wheel never changes a field the user is not in (ui/wheel.py)
        from caregiver_app.ui.window_fit import install as fit_dialogs

        fit_dialogs(qapp)  # every dialog as tall as its text needs, and on the screen (ui/window_fit.py)

        self.reminders: ReminderController | None = None  # started after the first paint
        self.window = MainWindow(ctx)
        self.prompts = ctx.prompts = ctx.prompts.for_widget(self.window)  # the app's questions, in front of it
        self.window.settings_requested.connect(self.open_settings)
        self.window.quit_requested.connect(self.request_quit)
        self.window.close_requested.connect(self.on_close_requested)
        self.window.first_paint.connect(self._after_first_paint)
        if os.environ.get("CAREGIVER_APP_EXIT_AFTER_PAINT"):
            self.window.on_first_paint = lambda t: print(f"first_paint_s={t - _PROCESS_START:.4f}", flush=True)

        # Backups: one after the first paint, then daily; File menu "Back up now…" / "Restore from backup…".
        # A restore sets restart_requested; run_gui then builds the app again on the restored data.
        # The controller (and its imports) is made after the first paint, or when a menu asks for it.
        self.restart_requested = False
        self.restart_message = ""
        self._backups: BackupController | None = None
        self.window.backup_requested.connect(lambda: self.backups.backup_now())
        self.window.restore_requested.connect(lambda: self.backups.open_restore())
        self.after_paint.append(lambda: self.backups.start())

        self.tray_available = Tray.available() if tray_available is None else tray_available
        self.tray: Tray | None = None
        if self.tray_available:
            self.tray = Tray(self.icon, qapp)
            self.tray.open_requested.connect(self.window.bring_forward)
            self.tray.pause_requested.connect(self.pause_reminders)
            self.tray.quit_requested.connect(self.quit)  # its menu item says "Quit (reminders stop)"
        self._update_pause_label()

    @property
    def _autostart_dir(self) -> Path | RunKey | None:
        """Where start-at-login entries go (looked up when Settings needs it, not at start-up)."""
        if self._autostart_dir_given is None:
            from caregiver_app.system.autostart import autostart_dir

            self._autostart_dir_given = autostart_dir() or False
        return self._autostart_dir_given or None

    @property
    def backups(self) -> BackupController:
        if self._backups is None:
            from caregiver_app.ui.backup_dialogs import BackupController

            self._backups = BackupController(self.ctx, self.window, self.quit, self.request_restart, parent=self.window)
        return self._backups

    # -- life cycle -------------------------------------------------------------------------------
    def show(self) -> None:
        self.window.place_on_screen()  # fits the screen; where it was left on this screen after a restart
        self.window.show()
        if self.tray:
            self.tray.show()

    def _after_first_paint(self) -> None:
        self.first_paint_at = getattr(self.window, "first_paint_time", None) or time.perf_counter()
        bench = os.environ.get("CAREGIVER_APP_EXIT_AFTER_PAINT")
        if bench:
            # Used by bench/run.py: report time from process start to the first paint, then leave; with
            # "running", start the background services first and leave a second later (memory once running).
            self.window.current_page().repaint()  # the first page's content, drawn now
            print(f"content_paint_s={time.perf_counter() - _PROCESS_START:.4f}", flush=True)
            if bench != "running":
                self.quit()
                return
            from PySide6.QtCore import QTimer

            QTimer.singleShot(1000, self.quit)
        if self.autostart_services:
            self.start_background_services()

    def start_background_services(self) -> None:
        """Heavy things (APScheduler, the single-instance listener) start after the window is on screen."""
        for start in self.after_paint:
            start()
        self.start_reminders()
        self.scheduler_started = True
        self.tell_damaged()

    def tell_damaged(self) -> None:
        """Say which records were left out because a stored value is damaged (once each; everything else works as
        usual): a notice that does not block, naming them, and what to do."""
        from caregiver_app.domain.validation import shown
        from caregiver_app.system.i18n import localize

        new = [(key, why) for key, why in self.store.damaged.items() if key not in self._told_damaged]
        if not new:
            return
        self._told_damaged.update(key for key, _why in new)
        lines = [f"• {table} {shown(rid, 40)}: {shown(localize(why), 160)}" for (table, rid), why in new[:8]]
        if len(new) > 8:
            lines.append(_("• … and {count} more", count=len(new) - 8))
        self.prompts.notice(_("Some records could not be read"), _.n(
            "%n record in the data file is damaged and left out; everything else is shown and reminded as usual."
            "\n\n{records}\n\nThe command 'caregiver-app check' lists them all. A backup from before the damage "
            "(File > Restore from backup…) brings them back.",
            "%n records in the data file are damaged and left out; everything else is shown and reminded as usual."
            "\n\n{records}\n\nThe command 'caregiver-app check' lists them all. A backup from before the damage "
            "(File > Restore from backup…) brings them back.", len(new), records="\n".join(lines)))

    def start_reminders(self) -> None:
        from caregiver_app.ui.reminders import ReminderController

        if self.reminders is not None:
            return
        self.reminders = ReminderController(
            self.ctx, self.window, notifier=self.tray, paused_until=self.paused_until,
            sound_on=lambda: bool(self.store.settings.get("reminder_sound")), parent=self.window)
        self.reminders.changed.connect(self.window.refresh_pages)
        self.reminders.changed.connect(self._update_pause_label)
        self.reminders.changed.connect(self.tell_damaged)
        # One check-in window: Today's "Answer the check-in…" opens the reminders' own.
        from caregiver_app.ui.pages.today import TodayPage

        today = self.window.pages["today"]
        assert isinstance(today, TodayPage)
        today.open_checkin = self.reminders.open_checkin
        self.reminders.start()

    def request_restart(self, message: str) -> None:
        """After a restore: quit, and have ``run_gui`` build the app again on the restored data."""
        self.restart_requested = True
        self.restart_message = message

    def request_quit(self) -> None:
        """Quit from the menu (Ctrl+Q) or the tray: reminders stop, so ask first, as closing the window does."""
        if self.prompts.confirm(_("Quit Caregiver Assistant?"),
                                _("Quitting stops the app: no dose reminders come until you start it again."),
                                _("Quit, reminders stop"), _("Keep running")):
            self.quit()

    def quit(self) -> None:
        self.window.remember_geometry()
        self.quitting = True
        if self.reminders is not None:
            self.reminders.stop()
        self.window.allow_close = True
        self.window.close()
        self.window.hide()  # close() is ignored when called from inside the window's own close event
        if self.tray:
            self.tray.hide()
        self.qapp.quit()

    # -- closing the window ------------------------------------------------------------------------
    def on_close_requested(self) -> None:
        self.window.remember_geometry()
        if self.tray_available:
            self.window.hide()
            if not self.store.settings.get("tray_close_explained"):
                if self.tray:
                    self.tray.notify(_("Caregiver Assistant is still running"),
                                     _("Reminders keep coming. Open it again from the icon in the system tray; "
                                       "choose Quit there to stop it."))
                self.prompts.notice(_("Still running in the tray"),
                                    _("Caregiver Assistant keeps running in the system tray so that reminders still "
                                      "come. Click its icon to open it again; use Quit in its menu (or Ctrl+Q) to "
                                      "stop it."))
                self.store.settings.set("tray_close_explained", True)
            return
        if self.prompts.confirm(_("Quit Caregiver Assistant?"),
                                _("This computer has no system tray, so closing the window quits the app and "
                                  "reminders stop until you start it again."),
                                _("Quit, reminders stop"), _("Keep running")):
            self.quit()

    # -- reminders pause -----------------------------------------------------------------------------
    def pause_reminders(self) -> None:
        from caregiver_app.storage.timefmt import dt_to_db

        until = self.ctx.clock.now_utc() + self.PAUSE
        self.store.settings.set("reminders_paused_until", dt_to_db(until))
        self._update_pause_label()
        if self.reminders is not None:
            self.reminders.review_now("pause")

    def paused_until(self) -> datetime | None:
        from caregiver_app.storage.timefmt import dt_from_db

        text = self.store.settings.get("reminders_paused_until")
        until = dt_from_db(text) if text else None
        if until is not None and until <= self.ctx.clock.now_utc():
            return None
        return until

    def _update_pause_label(self) -> None:
        from caregiver_app.system.i18n import time_text

        until = self.paused_until()
        if until is None:
            self.window.set_pause_text("")
        else:
            local = until.astimezone(self.ctx.clock.local_tz())
            self.window.set_pause_text(_("Reminders paused until {time}", time=time_text(local)))

    # -- settings ---------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from caregiver_app.ui.settings_dialog import SettingsDialog

        settings = self.store.settings
        current = {k: settings.get(k) for k in ("text_size", "start_at_login", "reminder_sound", "language")}
        from PySide6.QtCore import QLocale

        from caregiver_app.system.language import resolve_language, system_locale

        system = resolve_language(None, system_locale() or QLocale.system().name())
        dlg = SettingsDialog(current, self._autostart_dir is not None, self.window, system_language=system)
        if not dlg.exec():
            return
        self.apply_settings(dlg.values())

    def apply_settings(self, values: dict[str, Any]) -> None:
        from caregiver_app.system.autostart import launch_command, set_start_at_login
        from caregiver_app.ui.theme import apply_text_size

        settings = self.store.settings
        for key, value in values.items():
            settings.set(key, value)
        apply_text_size(self.qapp, values.get("text_size", "normal"))
        if "start_at_login" in values:
            try:
                set_start_at_login(bool(values["start_at_login"]), launch_command(self._data_dir_arg),
                                   self._autostart_dir)
            except OSError as exc:
                self.prompts.error(_("Start at login"),
                                   _("Could not change the start-at-login setting: {error}", error=str(exc)))


def build_context(clock: Clock, paths: AppPaths, store: Store, prompts: Prompts) -> AppContext:
    """The one place the services are made: once per store, shared by every screen through the context."""
    from caregiver_app.services import Services
    from caregiver_app.ui.context import AppContext

    path = store.path

    def readers() -> Services:
        """Services over a read-only view of the data file, for a worker thread (it closes their store)."""
        from caregiver_app.storage import open_reader

        assert path is not None
        services = Services(open_reader(path, clock), clock)
        services.doses.write_settings = False  # (the app's own services keep the first check's time)
        return services

    return AppContext(clock, paths, store, Services(store, clock), prompts, readers if path is not None else None)


def run_gui(data_dir: str | None = None, clock: Clock | None = None, argv: list[str] | None = None,
            page: str | None = None, language: str | None = None) -> int:
    """Start the desktop app (on ``page``, or the running one is brought forward there); returns the exit code.

    ``language``: "en", "es" or "pseudo" for this run, instead of the Language setting."""
    os.umask(0o077)  # everything the app writes is private to this user
    clock = clock or SystemClock()
    paths = resolve_paths(data_dir)
    from caregiver_app.system.logs import setup_logging

    setup_logging(paths.log_dir)
    from caregiver_app.system.qt_binding import lighten_import_hook

    lighten_import_hook()  # before PySide6 sees the app's imports (saves ~3 MB at start-up)
    from caregiver_app.system.desktop import APP_ID, set_windows_app_id

    set_windows_app_id()  # Windows: before any window or tray icon, or its notifications are dropped
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(qapp, QApplication)  # a widgets app (tests make theirs before this, a QApplication too)
    qapp.setApplicationName("Caregiver Assistant")
    qapp.setDesktopFileName(APP_ID)
    qapp.setQuitOnLastWindowClosed(False)
    from caregiver_app.system.i18n import PSEUDO, install, localize
    from caregiver_app.system.language import SUPPORTED, resolve_language, system_locale

    def chosen(setting: object) -> str:
        if language == PSEUDO:
            return PSEUDO
        return resolve_language(language or setting, system_locale() or QLocale.system().name())

    from PySide6.QtCore import QLocale

    speech = install(chosen(None))  # the system's language for what comes before the data (a locked folder)
    from caregiver_app.ui.prompts import Prompts

    dialogs = Prompts()
    try:
        ensure_private_dir(paths.data_dir)
    except DataDirError as exc:
        dialogs.error(_("Cannot use the data folder"), localize(exc))
        return EXIT_DATA_DIR

    from caregiver_app.system.single_instance import SingleInstance

    guard = SingleInstance(paths.lock_path, paths.data_dir)
    if not guard.acquire(listen=False):
        if guard.notify_running(page=page):
            print(localize(_("Caregiver Assistant is already running; its window was brought forward.")),
                  file=sys.stderr)
            return EXIT_OK
        dialogs.error(_("Already running"), _("Caregiver Assistant seems to be running already but does not "
                                              "answer. If it is stuck, end it and start again."))
        return EXIT_OK

    store = open_store_interactive(paths, clock, dialogs)
    if store is None:
        guard.release()
        return EXIT_STORE
    wanted = chosen(store.settings.get("language"))
    if wanted != speech.language:
        speech.remove()
        speech = install(wanted)
    log.info("language %s (offered: %s)", speech.language, ", ".join(SUPPORTED))
    from caregiver_app.ui.errors import ExceptionHook

    message = ""
    try:
        while True:  # a second round only after a restore from a backup: the whole app is built again on it
            app = CaregiverApp(qapp, build_context(clock, paths, store, dialogs), data_dir_arg=data_dir)
            guard.activated.connect(app.window.bring_forward)
            guard.page_requested.connect(app.window.show_page_named)
            if page:
                app.window.show_page_named(page)
            page = None  # a restart after a restore opens on the first page
            app.after_paint.append(guard.listen)
            if message:
                def announce(a: CaregiverApp = app, m: str = message) -> None:
                    a.backups.announce(m)

                app.after_paint.append(announce)
            hook = ExceptionHook(lambda a=app: a.window)
            hook.install()
            app.show()
            log.info("started; data folder ready")
            try:
                code = qapp.exec()
            finally:
                hook.uninstall()
                app.store.close()
            if not app.restart_requested:
                return code
            message = app.restart_message
            guard.activated.disconnect(app.window.bring_forward)
            guard.page_requested.disconnect(app.window.show_page_named)
            app.window.deleteLater()
            store = open_store_interactive(paths, clock, dialogs)
            if store is None:
                return EXIT_STORE
    finally:
        guard.release()
