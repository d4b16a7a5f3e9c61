"""Privacy: private files and folders, no network connection, no health data in the logs."""
from __future__ import annotations

import logging
import os
import stat
import sys
from datetime import timedelta

import pytest

from caregiver_app.cli.main import main
from caregiver_app.storage import backup as bk
from helpers import FakePrompts

# -- an audit hook that fails on any network use while a test watches -------------------------------------

NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                  "socket.sendto", "socket.sendmsg", "http.client.connect", "urllib.Request"}
_WATCH: dict = {"on": False, "seen": []}


def _audit(event, args):
    if _WATCH["on"] and event in NETWORK_EVENTS:
        _WATCH["seen"].append((event, repr(args)[:200]))
        raise RuntimeError(f"network use during a privacy test: {event}")


_HOOKED = False


@pytest.fixture
def no_network():
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_audit)   # cannot be removed; it only acts while _WATCH["on"]
        _HOOKED = True
    _WATCH["seen"] = []
    _WATCH["on"] = True
    try:
        yield _WATCH["seen"]
    finally:
        _WATCH["on"] = False


def test_the_audit_hook_really_catches_a_connect(no_network):
    import socket

    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(RuntimeError, match="socket.connect"):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()
    assert no_network and no_network[0][0] == "socket.connect"
    no_network.clear()


def _close_modals_soon(qtbot):
    """Close whatever modal dialog opens next (menu actions run dialogs with exec())."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timer = QTimer()

    def close():
        w = QApplication.activeModalWidget()
        if w is not None:
            w.close()

    timer.timeout.connect(close)
    timer.start(20)
    return timer


def gui_session(qtbot, make_app, demo_store, tmp_path):
    """A full session on demo data: start (backup, reminders), every page, the dialogs, backup now, restore
    list, and the pages' own dialogs where they can be built directly."""
    from caregiver_app.ui.main_window import PAGE_ORDER

    app = make_app(store=demo_store, prompts=FakePrompts(confirm=False))
    app.autostart_services = True   # the full session: backups and reminders too
    app.window.show()
    qtbot.waitUntil(lambda: app.scheduler_started, timeout=5000)
    for key in PAGE_ORDER:
        app.window.show_page(key)
        qtbot.wait(10)
    app.window.show_info("emergency", "call-emergency")
    closer = _close_modals_soon(qtbot)
    try:
        mb = app.window.menuBar()
        for menu_action in mb.actions():
            for action in menu_action.menu().actions():
                text = action.text().replace("&", "")
                if action.isSeparator() or text.startswith(("Quit", "Close window", "Undo", "Redo")):
                    continue
                if text.startswith("Back up now"):
                    app.backups.prompts = FakePrompts(path=str(tmp_path / "manual-backup.db"))
                action.trigger()
                qtbot.wait(10)
        from caregiver_app.ui.medicine_dialog import MedicineDialog

        person = demo_store.people.list()[0]
        med = MedicineDialog(app.ctx, person)
        med.show()
        med.close()
        restore = app.backups.make_restore_dialog()
        restore.show()
        restore.close()
    finally:
        closer.stop()
    return app


def test_no_network_during_a_full_gui_session(qtbot, make_app, demo_store, tmp_path, no_network):
    app = gui_session(qtbot, make_app, demo_store, tmp_path)
    assert bk.list_backups(app.ctx.paths.backup_dir), "the session really ran (start-up backup made)"
    assert (tmp_path / "manual-backup.db").exists(), "the File menu was really walked"
    assert no_network == [], no_network


# -- modes ----------------------------------------------------------------------------------------------

def test_everything_written_is_private(qtbot, make_app, demo_store, clock, tmp_path, data_dir, monkeypatch):
    """With a permissive umask on purpose: folders 0700 and files 0600, backups, safety copies and exports
    included."""
    old = os.umask(0o022)
    try:
        from caregiver_app.system.logs import setup_logging

        setup_logging(data_dir / "logs")
        app = gui_session(qtbot, make_app, demo_store, tmp_path)
        clock.advance(timedelta(days=1, minutes=1))
        app.backups.tick()
        out = tmp_path / "exports"
        out.mkdir(mode=0o755)
        assert main(["--data-dir", str(data_dir), "export", "-o", str(out / "all.json")], clock=clock) == 0
        assert main(["--data-dir", str(data_dir), "export", "--csv", str(out / "csv")], clock=clock) == 0
        assert main(["--data-dir", str(data_dir), "backup", "-o", str(out / "copy.db")], clock=clock) == 0
        assert main(["--data-dir", str(data_dir), "import", str(out / "all.json"), "--merge"], clock=clock) == 0
        oldest = bk.list_backups(app.ctx.paths.backup_dir)[-1].path
        assert app.backups.restore_from(oldest, confirm=False)
    finally:
        os.umask(old)
        _drop_log_handler()
    checked = 0
    for root in (data_dir, out, tmp_path / "manual-backup.db"):
        paths = [root] if root.is_file() else [root, *root.rglob("*")]
        for p in paths:
            mode = stat.S_IMODE(p.stat().st_mode)
            if p == out:
                continue   # made by this test with 0755
            if p.is_dir():
                assert mode == 0o700, f"{p} is {oct(mode)}"
            else:
                assert mode == 0o600, f"{p} is {oct(mode)}"
            checked += 1
    names = {p.name for p in data_dir.rglob("*")}
    assert any(n.endswith("-before-restore.db") for n in names)
    assert any(n.endswith("-before-import.db") for n in names)
    assert "caregiver-app.log" in names
    assert checked > 20


def _drop_log_handler():
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_caregiver", False):
            root.removeHandler(h)
            h.close()


# -- logs ------------------------------------------------------------------------------------------------

def test_logs_hold_no_health_data(qtbot, make_app, clock, tmp_path, data_dir):
    """CLI demo + a full GUI session + the data commands + a damaged start, all logging to the app's log
    file; then the log must not contain the demo person's name, contacts, notes, medicine or doses."""
    from caregiver_app.app import open_store_interactive
    from caregiver_app.storage import open_store
    from caregiver_app.system.logs import setup_logging
    from caregiver_app.system.paths import resolve_paths

    log_path = setup_logging(data_dir / "logs")
    try:
        assert main(["--data-dir", str(data_dir), "demo"], clock=clock) == 0
        store = open_store(data_dir / "caregiver.db", clock)
        secrets = _health_strings(store)
        gui_session(qtbot, make_app, store, tmp_path)
        assert main(["--data-dir", str(data_dir), "backup"], clock=clock) == 0
        assert main(["--data-dir", str(data_dir), "check"], clock=clock) == 0
        assert main(["--data-dir", str(data_dir), "export", "-o", str(tmp_path / "a.json")], clock=clock) == 0
        assert main(["--data-dir", str(data_dir), "export", "--csv", str(tmp_path / "csv")], clock=clock) == 0
        assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "a.json"), "--merge"], clock=clock) == 0
        bad = tmp_path / "bad.json"
        bad.write_text((tmp_path / "a.json").read_text("utf-8").replace('"dose_mg": 20.0', '"dose_mg": "Sam Example"'))
        assert main(["--data-dir", str(data_dir), "import", str(bad), "--replace"], clock=clock) == 1
        store.close()
        # a damaged file at start, restored from the newest good backup
        db = data_dir / "caregiver.db"
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
        s = open_store_interactive(resolve_paths(data_dir), clock, FakePrompts(confirm=True))
        s.close()
        logging.getLogger("caregiver_app").info("end of privacy session")
    finally:
        _drop_log_handler()
    text = log_path.read_text(encoding="utf-8")
    assert "end of privacy session" in text and "backup written" in text, "the log really was written"
    found = [s for s in secrets if s.lower() in text.lower()]
    assert found == [], f"health data in the log: {found[:5]}"
    for pattern in ("20.0 mg", "20 mg", "10 mg", "mg/"):
        assert pattern not in text


def _health_strings(store) -> list[str]:
    """Every name, contact, note and medicine text in the store (at least 5 characters)."""
    out = {"Sam Example", "Baclofen"}
    queries = ["SELECT name, prescriber, emergency_contact, notes FROM people",
               "SELECT name, instructions, prescriber FROM medicines",
               "SELECT note FROM dose_log", "SELECT notes, side_effects_other FROM diary_entries",
               "SELECT name, source_note FROM plans"]
    for q in queries:
        for row in store.conn.execute(q):
            out.update(v for v in row if isinstance(v, str) and len(v.strip()) >= 5)
    return sorted(out)
