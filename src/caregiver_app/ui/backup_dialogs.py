"""Backups in the desktop app: automatic (at start, then daily), "Back up now…", "Restore from backup…".

``BackupController`` is built by ``CaregiverApp`` (app.py) and reached through the File menu. A failed backup is
never skipped silently: it is shown in the status bar and in a dialog (the same failure repeating every hour
is shown in the status bar only, so the app does not nag with a dialog each hour).

A restore replaces the data file, so every object built on the old store (pages, reminders, undo history)
would be stale: the controller stops the app, restores (which first backs up the current data), and asks
``run_gui`` to build the whole app again on the restored file (the ``restart`` it is given); the new app then
says what happened.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.storage import Store, backup
from caregiver_app.system.clock import Clock
from caregiver_app.system.i18n import Tr, date_text, localize, time_text
from caregiver_app.system.paths import AppPaths

if TYPE_CHECKING:
    from caregiver_app.ui.context import AppContext
    from caregiver_app.ui.prompts import Prompts

_ = Tr("ui.backup_dialogs")

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000   # once an hour: is the daily backup due?


def backup_files() -> str:
    """The file dialogs' filter (the patterns in brackets stay as they are)."""
    return ";;".join((_("Caregiver Assistant backups ({patterns})", patterns="*.db"),
                      _("All files ({patterns})", patterns="*")))


def _local(clock, when: datetime | None) -> str:
    if when is None:
        return _("unknown time")
    t = when.astimezone(clock.local_tz())
    # "Tue 1 Dec 2026, 21:30"
    return _("{date} {year}, {time}", date=date_text(t.date(), "date"), year=str(t.year), time=time_text(t))


def kind_text(entry: backup.BackupEntry) -> str:
    """What kind of backup it is, in the user's language ("automatic", "before a restore", ...)."""
    if entry.tag is None:
        return _("automatic")
    if entry.tag == backup.TAG_BEFORE_RESTORE:
        return _("before a restore")
    if entry.tag == backup.TAG_BEFORE_IMPORT:
        return _("before an import")
    return localize(entry.kind)


def _count(n: int | None) -> str:
    """A count with the locale's thousands separator ("1,234"; "1.234" in Spanish); "?" when unknown."""
    return "?" if n is None else f"{n:,}".replace(",", QLocale().groupSeparator())


class RestoreDialog(QDialog):
    """The backups in the backup folder, newest first, with date and what they hold."""

    def __init__(self, entries: list[tuple[backup.BackupEntry, backup.BackupSummary]], clock, on_restore,
                 ask_open_path=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Restore from a backup"))
        self.setMinimumSize(720, 420)
        self._entries = entries
        self._on_restore = on_restore
        self._ask_open_path = ask_open_path
        layout = QVBoxLayout(self)
        intro = QLabel(_("Choose the backup to go back to. Everything entered after it was made is replaced by "
                         "the backup. Your data as it is now is backed up first, so a restore can itself be undone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels([_("Made"), _("Kind"), _("People"), _("Doses"), _("Diary entries")])
        self.table.setAccessibleName(_("Backups"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(5):   # the date whole (never "Tue 1 Dec 20…"), however long the words
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, (entry, info) in enumerate(entries):
            if info.ok:
                cells = [_local(clock, entry.taken_at), kind_text(entry)] + [
                    _count(n) for n in (info.people, info.doses, info.diary_entries)]
            else:
                cells = [_local(clock, entry.taken_at), kind_text(entry), _("damaged"), "", ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 0:
                    item.setToolTip(entry.path.name)
                self.table.setItem(row, col, item)
        # As wide as the table's words need (longer in some languages), within the screen.
        need = sum(max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(5))
        need += 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width() + 40
        screen = self.screen()
        room = screen.availableGeometry().width() - 40 if screen is not None else need
        self.setMinimumWidth(max(720, min(need, room)))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(_("There are no backups yet. The app makes one each time it starts and once a "
                                    "day."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not entries)
        layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(_("&Restore this backup…"))
        self.restore_button.setAccessibleName(_("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(_("Restore from a &file…"))
        self.file_button.setAccessibleName(_("Restore from a backup file elsewhere"))
        self.file_button.clicked.connect(self.restore_from_file)
        self.file_button.setVisible(ask_open_path is not None)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        if entries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_path(self) -> Path | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            return None
        return self._entries[min(rows)][0].path

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None and self._on_restore(path):
            self.accept()

    def restore_from_file(self) -> None:
        if self._ask_open_path is None:
            return
        chosen = self._ask_open_path()
        if chosen and self._on_restore(Path(chosen)):
            self.accept()


class BackupController(QObject):
    """Automatic and manual backups, and restores, for one running ``CaregiverApp``."""

    backup_made = Signal(str)      # path
    backup_failed = Signal(str)    # message

    def __init__(self, ctx: AppContext, window: QMainWindow, stop_app: Callable[[], None],
                 restart: Callable[[str], None], parent: QObject | None = None):
        """``stop_app`` stops the running app (reminders, timers) before a restore; ``restart(message)`` asks for
        the app to be built again on the restored data, saying ``message``."""
        super().__init__(parent)
        self.ctx, self.window, self.stop_app, self.restart = ctx, window, stop_app, restart
        self.prompts = ctx.prompts.for_widget(window)
        self.last_backup_at: datetime | None = None
        self.last_error: str | None = None
        self._last_dialog_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        # Replaced in tests: functions returning a chosen path (or "" when cancelled).
        self.ask_save_path = self._ask_save_path
        self.ask_open_path = self._ask_open_path

    # -- what the app provides ------------------------------------------------------------------------
    @property
    def clock(self) -> Clock:
        return self.ctx.clock

    @property
    def paths(self) -> AppPaths:
        return self.ctx.paths

    @property
    def store(self) -> Store:
        return self.ctx.store

    def _status(self, text: str, timeout_ms: int = 0) -> None:
        from caregiver_app.domain.validation import shown_text

        self.window.statusBar().showMessage(shown_text(text, 600), timeout_ms)

    # -- automatic -----------------------------------------------------------------------------------
    def start(self) -> None:
        """At start (after the first paint): back up now, then check every hour whether a day has passed."""
        if self.last_backup_at is None:
            try:
                self.last_backup_at = backup.newest_backup_time(self.paths.backup_dir)
            except backup.BackupError:
                self.last_backup_at = None
        self.run_automatic()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        if backup.is_backup_due(self.last_backup_at, self.clock.now_utc()):
            self.run_automatic()

    def run_automatic(self) -> Path | None:
        now = self.clock.now_utc()
        try:
            path = backup.backup_into_folder(self.store, self.paths.backup_dir, self.clock, prune_after=False)
        except backup.BackupError as exc:
            self._failed(localize(exc))
            return None
        except Exception as exc:  # e.g. the data folder vanished: still never silent
            log.exception("automatic backup failed")
            self._failed(_("The backup failed ({reason}). Your data itself is unchanged.", reason=localize(exc)))
            return None
        self.last_backup_at = now
        self.last_error = self._last_dialog_error = None
        try:
            backup.prune(self.paths.backup_dir, self.clock.local_tz(), protect=path)
        except backup.BackupError as exc:
            self._status(localize(exc))
        else:
            self._status(_("Backup made at {time}.", time=time_text(now.astimezone(self.clock.local_tz()))), 10_000)
        self.backup_made.emit(str(path))
        return path

    def _failed(self, text: str) -> None:
        log.error("automatic backup failed")
        self.last_error = text
        self._status(_("Backup failed: {reason}", reason=text))
        self.backup_failed.emit(text)
        if text != self._last_dialog_error:
            self._last_dialog_error = text
            self.prompts.error(_("Backup failed"),
                               _("{reason}\n\nThe app tries again every hour. You can also use File > Back up now… "
                                 "to save a copy somewhere else.", reason=text))

    # -- manual --------------------------------------------------------------------------------------
    def _ask_save_path(self) -> str:
        day = self.clock.today().isoformat()
        return self.prompts.save_path(_("Back up now"), str(Path.home() / f"caregiver-backup-{day}.db"),
                                      backup_files()) or ""

    def _ask_open_path(self) -> str:
        return self.prompts.open_path(_("Restore from a backup file"), str(Path.home()), backup_files()) or ""

    def backup_now(self) -> Path | None:
        """File > Back up now…: a checked copy into a file the user chooses."""
        chosen = self.ask_save_path()
        if not chosen:
            return None
        try:
            path = backup.backup_to_file(self.store, Path(chosen), overwrite=True)
        except backup.BackupError as exc:
            self._status(_("Backup not made: {reason}", reason=localize(exc)))
            self.prompts.error(_("Backup not made"), localize(exc))
            return None
        self._status(_("Backup saved to {path}.", path=str(path)), 15_000)
        self.prompts.info(_("Backup saved"), _("A checked copy of your data was saved to:\n{path}\n\n"
                                               "Keep it somewhere safe, for example on a USB stick.", path=str(path)))
        return path

    # -- restore -------------------------------------------------------------------------------------
    def backups_with_summaries(self) -> list[tuple[backup.BackupEntry, backup.BackupSummary]]:
        try:
            entries = backup.list_backups(self.paths.backup_dir)
        except backup.BackupError as exc:
            self.prompts.error(_("Backups cannot be listed"), localize(exc))
            return []
        return [(e, backup.summary(e.path)) for e in entries]

    def make_restore_dialog(self) -> RestoreDialog:
        return RestoreDialog(self.backups_with_summaries(), self.clock, self.restore_from, self.ask_open_path,
                             self.window)

    def open_restore(self) -> None:
        """File > Restore from backup…"""
        self.make_restore_dialog().exec()

    def restore_from(self, path: Path, *, confirm: bool = True) -> bool:
        """Check, confirm, then stop the app, restore and ask ``run_gui`` to start again on the restored data.

        Returns True when the restore went ahead (successful or not: the app restarts either way, because
        the old store has been closed)."""
        path = Path(path)
        info = backup.summary(path, check=True)
        if not info.ok:
            self.prompts.error(_("This backup cannot be restored"),
                               _("{file} {problem}.\n\nNothing was changed. Choose another backup.",
                                 file=path.name, problem=localize(info.describe())))
            return False
        when = _local(self.clock, info.taken_at)
        if confirm and not self.prompts.confirm(
                _("Restore this backup?"),
                _("Go back to the backup made {when}? It holds {contents}.\n\n"
                  "Everything entered since then is replaced. Your data as it is now is backed up first, so you can "
                  "return to it by restoring that backup (marked \u201cbefore a restore\u201d).\n\n"
                  "The app restarts its window to show the restored data.",
                  when=when, contents=localize(info.describe())),
                _("Restore"), _("Cancel")):
            return False
        self.stop()
        self.stop_app()   # stops reminders and timers: nothing uses the store while it is replaced
        try:
            safety = backup.restore(self.store, path, self.paths.backup_dir, self.clock)
        except backup.BackupError as exc:
            message = _("The restore did not happen: {reason}\n\nYour data is as it was before.",
                        reason=localize(exc))
            ok = False
        else:
            message = _("Your data was restored from the backup made {when} ({contents}).\n\n"
                        "Your data as it was just before is kept in the backup:\n{file}",
                        when=when, contents=localize(info.describe()), file=safety.name)
            ok = True
        log.info("restore %s; restarting the app on the data file", "done" if ok else "failed")
        self.restart(message)
        return True

    def announce(self, message: str) -> None:
        """After a restart: say what the restore did (status bar, then a dialog once the window is up)."""
        if not message:
            return
        self._status(message.splitlines()[0])
        QTimer.singleShot(0, lambda: self.prompts.info(_("Restore from a backup"), message))


def offer_good_backup(paths: AppPaths, clock: Clock, dialogs: Prompts, error: Exception) -> Store | None:
    """The data file is damaged (``error``): offer the newest backup that passes its integrity check.

    Returns the opened store when the user chose the backup and it was restored; None otherwise (no good
    backup, declined, or the restore failed - then the damaged file is back where it was, untouched, and the
    caller offers its other choices)."""
    import os

    from caregiver_app.storage import StoreError, open_store
    from caregiver_app.storage.db import set_aside

    entry = backup.newest_good_backup(paths.backup_dir)
    if entry is None:
        return None
    info = backup.summary(entry.path)
    when = _local(clock, entry.taken_at)
    if not dialogs.confirm(
            _("Restore the newest good backup?"),
            _("{problem}\n\nThe newest backup that passes its check was made {when} and holds {contents}. "
              "Restore it? Anything entered after it was made is not in it. The damaged file is kept beside the "
              "data file (renamed), so it can still be rescued later.",
              problem=localize(error), when=when, contents=localize(info.describe())),
            _("Restore this backup"), _("Other choices…")):
        return None
    kept = set_aside(paths.db_path, clock)
    try:
        backup.install_database(entry.path, paths.db_path)
        store = open_store(paths.db_path, clock)
    except StoreError as exc:
        log.error("restoring the newest good backup failed")
        try:
            if paths.db_path.exists():
                paths.db_path.unlink()
            os.replace(kept, paths.db_path)
            for suffix in ("-wal", "-shm"):
                side = kept.with_name(kept.name + suffix)
                if side.exists():
                    os.replace(side, paths.db_path.with_name(paths.db_path.name + suffix))
        except OSError:
            pass
        dialogs.error(_("The backup could not be restored"), localize(exc))
        return None
    log.info("damaged store set aside; newest good backup restored")
    dialogs.info(_("Backup restored"), _("Your data was restored from the backup made {when} ({contents}).\n\n"
                                         "The damaged file was kept as:\n{file}",
                                         when=when, contents=localize(info.describe()), file=str(kept)))
    return store
