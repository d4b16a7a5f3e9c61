"""Start-up decisions: damaged or newer files, single instance."""
import sqlite3

from caregiver_app.app import open_store_interactive
from caregiver_app.storage import LATEST_VERSION
from caregiver_app.system.paths import resolve_paths


def test_corrupt_file_fresh_store_keeps_the_bad_one(tmp_path, clock, fake_prompts):
    paths = resolve_paths(tmp_path / "d")
    paths.data_dir.mkdir(mode=0o700)
    paths.db_path.write_bytes(b"not a database" * 100)
    store = open_store_interactive(paths, clock, fake_prompts)
    assert store is not None and store.people.list() == []
    kept = [p for p in paths.data_dir.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"not a database" * 100
    store.close()


def test_corrupt_file_declined_changes_nothing(tmp_path, clock, fake_prompts):
    fake_prompts.confirm_answer = False
    paths = resolve_paths(tmp_path / "d")
    paths.data_dir.mkdir(mode=0o700)
    paths.db_path.write_bytes(b"not a database" * 100)
    assert open_store_interactive(paths, clock, fake_prompts) is None
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["caregiver.db"]


def test_newer_file_is_refused(tmp_path, clock, fake_prompts):
    paths = resolve_paths(tmp_path / "d")
    paths.data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(paths.db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    assert open_store_interactive(paths, clock, fake_prompts) is None
    assert fake_prompts.asked == [("error", "Data from a newer version")]


def test_single_instance_second_start_brings_first_forward(qtbot, tmp_path):
    from caregiver_app.system.single_instance import SingleInstance

    d = tmp_path / "d"
    d.mkdir()
    first = SingleInstance(d / "app.lock", d)
    assert first.acquire()
    second = SingleInstance(d / "app.lock", d)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
    third = SingleInstance(d / "app.lock", d)
    assert third.acquire()
    third.release()


def test_single_instance_is_per_data_folder(qtbot, tmp_path):
    from caregiver_app.system.single_instance import SingleInstance

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    ia, ib = SingleInstance(a / "app.lock", a), SingleInstance(b / "app.lock", b)
    try:
        assert ia.acquire() and ib.acquire()
    finally:
        ia.release(), ib.release()


def test_second_process_brings_the_first_forward_and_exits(tmp_path):
    """Two real app processes on one data folder: the second never opens a store or a scheduler."""
    import os
    import subprocess
    import sys
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "d"
    first = subprocess.Popen([sys.executable, "-m", "caregiver_app", "--data-dir", str(data)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        log = data / "logs" / "caregiver-app.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (log.exists() and "started; data folder ready" in log.read_text()):
            time.sleep(0.1)
        assert "started; data folder ready" in log.read_text()
        second = subprocess.run([sys.executable, "-m", "caregiver_app", "--data-dir", str(data)], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "already running" in second.stderr
        assert log.read_text().count("started; data folder ready") == 1
        assert log.read_text().count("reminder scheduler started") <= 1
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(10)


def test_data_changing_commands_refuse_while_the_app_runs(tmp_path, clock, capsys):
    from caregiver_app.cli.main import main
    from caregiver_app.system.single_instance import SingleInstance

    d = tmp_path / "d"
    d.mkdir(mode=0o700)
    running = SingleInstance(d / "app.lock", d)
    assert running.acquire(listen=False)
    try:
        assert main(["--data-dir", str(d), "demo"], clock=clock) == 1
        assert "Quit it first" in capsys.readouterr().err
        export = tmp_path / "x.json"
        export.write_text("{}")
        assert main(["--data-dir", str(d), "import", str(export)], clock=clock) == 1
        assert "Quit it first" in capsys.readouterr().err
    finally:
        running.release()
    assert main(["--data-dir", str(d), "demo"], clock=clock) == 0
