"""Backups in the desktop app: at start after the first paint, daily, failures reported, Back up now…,
Restore from backup… (dialog, confirmation, backup first, app rebuilt on the restored data)."""
from __future__ import annotations

import os
import stat
from datetime import timedelta

import pytest

from caregiver_app.domain.people import Person
from caregiver_app.storage import backup as bk
from caregiver_app.storage import open_store
from caregiver_app.storage.dump import dump_tables
from helpers import ROOT, FakePrompts


def ScriptedDialogs(answers=()):
    """Answers the confirmations from ``answers`` in order, keeps every text."""
    return FakePrompts(answers=answers)


def _started(qtbot, app):
    app.autostart_services = True  # make_app leaves background services off unless asked
    app.window.show()
    qtbot.waitUntil(lambda: app.scheduler_started, timeout=5000)


def _backups(app):
    return bk.list_backups(app.ctx.paths.backup_dir)


def test_backup_at_start_after_first_paint(qtbot, make_app, demo_store):
    app = make_app(store=demo_store)
    assert app._backups is None, "the backup controller is made after the first paint"
    assert _backups(app) == [], "nothing before the window is on screen"
    _started(qtbot, app)
    entries = _backups(app)
    assert len(entries) == 1 and bk.verify(entries[0].path) is None
    assert stat.S_IMODE(entries[0].path.stat().st_mode) == 0o600
    assert "Backup made" in app.window.statusBar().currentMessage()
    assert app.backups.timer.isActive()


def test_daily_backup_while_running_follows_the_injected_clock(qtbot, make_app, demo_store, clock):
    app = make_app(store=demo_store)
    _started(qtbot, app)
    clock.advance(timedelta(hours=23))
    app.backups.tick()
    assert len(_backups(app)) == 1, "not due before a day has passed"
    clock.advance(timedelta(hours=1, minutes=1))
    app.backups.tick()
    assert len(_backups(app)) == 2
    clock.jump(-timedelta(days=2))   # the clock is set back: one backup, then not again and again
    app.backups.tick()
    app.backups.tick()
    assert len(_backups(app)) == 3


def test_failed_backup_is_reported_not_skipped(qtbot, make_app, demo_store, clock):
    dialogs = ScriptedDialogs()
    app = make_app(store=demo_store, prompts=dialogs)
    blocker = app.ctx.paths.backup_dir
    blocker.write_text("a file where the backup folder should be")
    _started(qtbot, app)
    assert ("error", "Backup failed") in dialogs.asked
    assert "Backup failed" in app.window.statusBar().currentMessage()
    assert app.backups.last_error
    # the hourly retry fails the same way: status bar again, but no new dialog every hour
    clock.advance(timedelta(hours=1))
    app.window.statusBar().clearMessage()
    app.backups.tick()
    assert dialogs.asked.count(("error", "Backup failed")) == 1
    assert "Backup failed" in app.window.statusBar().currentMessage()
    blocker.unlink()
    app.backups.tick()
    assert app.backups.last_error is None and len(_backups(app)) == 1


def test_back_up_now_to_a_chosen_file(qtbot, make_app, demo_store, tmp_path):
    dialogs = ScriptedDialogs()
    app = make_app(store=demo_store, prompts=dialogs)
    target = tmp_path / "usb" / "copy.db"
    target.parent.mkdir()
    app.backups.prompts.path = str(target)
    app.window.backup_action.trigger()
    assert bk.verify(target) is None and bk.summary(target).people == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert ("info", "Backup saved") in dialogs.asked
    app.backups.prompts.path = None          # cancelled
    assert app.backups.backup_now() is None
    app.backups.prompts.path = str(demo_store.path)
    assert app.backups.backup_now() is None
    assert ("error", "Backup not made") in dialogs.asked
    assert demo_store.integrity_errors() == []


def _three_backups(app, store, clock):
    folder = app.ctx.paths.backup_dir
    paths = []
    for i in range(3):
        store.people.save(Person(name=f"Extra person {i}"))
        paths.append(bk.backup_into_folder(store, folder, clock))
        clock.advance(timedelta(days=1, hours=3))
    return paths


def test_restore_dialog_lists_backups_with_summaries(qtbot, make_app, demo_store, clock):
    app = make_app(store=demo_store)
    paths = _three_backups(app, demo_store, clock)
    (app.ctx.paths.backup_dir / "caregiver-20200101T000000Z.db").write_bytes(b"damaged" * 100)
    dlg = app.backups.make_restore_dialog()
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 4
    first = [dlg.table.item(0, c).text() for c in range(5)]
    assert first[1] == "automatic" and first[2:] == ["4", "268", "78"]
    assert dlg.table.item(3, 2).text() == "damaged"
    assert dlg.selected_path() == paths[-1]
    assert dlg.restore_button.isEnabled()


def test_restore_dialog_screenshot(qtbot, make_app, demo_store, clock):
    app = make_app(store=demo_store)
    folder = app.ctx.paths.backup_dir
    for day in range(4):
        bk.backup_into_folder(demo_store, folder, clock)
        demo_store.people.save(Person(name=f"Visitor {day}"))
        clock.advance(timedelta(days=1, hours=1, minutes=17))
    bk.backup_into_folder(demo_store, folder, clock, tag=bk.TAG_BEFORE_RESTORE)
    dlg = app.backups.make_restore_dialog()
    qtbot.addWidget(dlg)
    dlg.resize(760, 420)
    dlg.show()
    qtbot.waitExposed(dlg)
    out = ROOT / "docs" / "screenshots" / "restore.png"
    out.parent.mkdir(exist_ok=True)
    assert dlg.grab().save(str(out))
    assert out.stat().st_size > 5000


def test_restore_confirms_backs_up_first_and_asks_for_a_restart(qtbot, make_app, demo_store, clock):
    dialogs = ScriptedDialogs(answers=[True])
    app = make_app(store=demo_store, prompts=dialogs)
    paths = _three_backups(app, demo_store, clock)
    chosen = paths[0]
    expected = dump_tables(open_store(chosen, clock))
    demo_store.people.save(Person(name="Entered after every backup"))
    current = dump_tables(demo_store)
    dlg = app.backups.make_restore_dialog()
    qtbot.addWidget(dlg)
    dlg.table.selectRow(2)
    assert dlg.selected_path() == chosen
    dlg.restore_selected()
    assert dialogs.asked[-1] == ("confirm", "Restore this backup?")
    assert "2 people" in dialogs.texts[-1] and "backed up first" in dialogs.texts[-1]
    assert dlg.result() == dlg.DialogCode.Accepted
    assert app.restart_requested and app.quitting
    assert "restored from the backup" in app.restart_message
    reopened = open_store(app.ctx.paths.db_path, clock)
    try:
        assert dump_tables(reopened) == expected
    finally:
        reopened.close()
    safety = [e for e in _backups(app) if e.tag == bk.TAG_BEFORE_RESTORE]
    assert len(safety) == 1 and safety[0].path.name in app.restart_message
    pre = open_store(safety[0].path, clock)
    try:
        assert dump_tables(pre) == current
    finally:
        pre.close()


def test_restore_declined_or_damaged_changes_nothing(qtbot, make_app, demo_store, clock, tmp_path):
    dialogs = ScriptedDialogs(answers=[False])
    app = make_app(store=demo_store, prompts=dialogs)
    paths = _three_backups(app, demo_store, clock)
    before = dump_tables(demo_store)
    assert app.backups.restore_from(paths[0]) is False
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    assert app.backups.restore_from(bad) is False
    assert ("error", "This backup cannot be restored") in dialogs.asked
    assert not app.restart_requested and not app.quitting
    assert dump_tables(demo_store) == before, "the store is still open and unchanged"


def test_file_menu_has_the_two_actions(make_app):
    app = make_app()
    texts = [a.text() for a in app.window.menuBar().actions()[0].menu().actions()]
    assert "&Back up now…" in texts and "&Restore from backup…" in texts


@pytest.mark.timeout(60)
def test_run_gui_rebuilds_the_app_on_the_restored_data(qtbot, tmp_path, clock, monkeypatch):
    """The real start-up path: run_gui, a restore from the File menu's controller, the app built again on the
    restored file (new store, new window), and a message saying what happened."""
    import logging

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import caregiver_app.app as app_module
    from caregiver_app.ui.main_window import MainWindow

    data = tmp_path / "d"
    s = open_store(data / "caregiver.db", clock)
    s.people.save(Person(name="In the backup"))
    saved = bk.backup_into_folder(s, data / "backups", clock)
    s.people.save(Person(name="Added later"))
    s.close()
    clock.advance(timedelta(days=1))   # an older day's backup: today's start backup does not replace it
    dialogs = ScriptedDialogs(answers=[True])
    monkeypatch.setattr("caregiver_app.ui.prompts.Prompts", lambda *a, **k: dialogs)
    monkeypatch.setattr("caregiver_app.ui.tray.Tray.available", staticmethod(lambda: False))
    seen: list[list[str]] = []

    def windows():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def step():
        ws = windows()
        if not ws:
            return
        w = ws[0]
        names = [r.name for r in w.ctx.store.people.list()]
        if not seen or seen[-1] != names:
            seen.append(names)
        from caregiver_app.ui.backup_dialogs import BackupController

        controller = w.findChild(BackupController)
        if controller is None:
            return  # made after the first paint
        if len(seen) == 1 and not getattr(w, "_restoring", False):
            w._restoring = True
            controller.restore_from(saved)
        elif len(seen) == 2 and ("info", "Restore from a backup") in dialogs.asked:
            controller.stop_app()

    poll = QTimer()
    poll.timeout.connect(step)
    poll.start(50)
    QTimer.singleShot(30_000, QApplication.quit)  # never hang the suite
    old_umask = os.umask(0o077)
    os.umask(old_umask)
    try:
        code = app_module.run_gui(data_dir=str(data), clock=clock)
    finally:
        poll.stop()
        os.umask(old_umask)
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_caregiver", False):
                logging.getLogger().removeHandler(h)
                h.close()
    assert code == 0
    assert seen == [["Added later", "In the backup"], ["In the backup"]]
    assert ("confirm", "Restore this backup?") in dialogs.asked
    assert any("restored from the backup" in t for t in dialogs.texts)
    log_text = (data / "logs" / "caregiver-app.log").read_text()
    assert log_text.count("started; data folder ready") == 2


def test_a_restore_that_fails_midway_restarts_on_the_unchanged_data(qtbot, make_app, demo_store, clock, monkeypatch):
    dialogs = ScriptedDialogs(answers=[True])
    app = make_app(store=demo_store, prompts=dialogs)
    paths = _three_backups(app, demo_store, clock)
    before = dump_tables(demo_store)

    def broken(source, target):
        raise bk.BackupError("The restore failed: the disk is full. Your data itself is unchanged.")

    monkeypatch.setattr(bk, "install_database", broken)
    assert app.backups.restore_from(paths[0]) is True
    assert app.restart_requested and "did not happen" in app.restart_message
    reopened = open_store(app.ctx.paths.db_path, clock)
    try:
        assert dump_tables(reopened) == before
    finally:
        reopened.close()


def test_offered_backup_that_cannot_be_installed_puts_the_damaged_file_back(tmp_path, clock, monkeypatch):
    from caregiver_app.app import open_store_interactive
    from caregiver_app.system.paths import resolve_paths

    paths = resolve_paths(tmp_path / "d")
    s = open_store(paths.db_path, clock)
    s.people.save(Person(name="X"))
    bk.backup_into_folder(s, paths.backup_dir, clock)
    s.close()
    paths.db_path.write_bytes(b"damaged" * 500)
    monkeypatch.setattr(bk, "install_database",
                        lambda a, b: (_ for _ in ()).throw(bk.BackupError("simulated failure")))
    dialogs = ScriptedDialogs(answers=[True, False])   # yes to the backup (fails), then Quit
    assert open_store_interactive(paths, clock, dialogs) is None
    assert ("error", "The backup could not be restored") in dialogs.asked
    assert paths.db_path.read_bytes() == b"damaged" * 500, "the damaged file is back where it was"
    assert not [p for p in paths.data_dir.iterdir() if ".unreadable-" in p.name]
