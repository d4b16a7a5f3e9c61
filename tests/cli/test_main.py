import subprocess
import sys

import pytest

from caregiver_app import __version__
from caregiver_app.cli.main import main
from caregiver_app.storage import open_store
from caregiver_app.storage.dump import dump_tables
from caregiver_app.system.paths import ENV_DATA_DIR, resolve_paths


def test_data_dir_precedence(tmp_path):
    assert resolve_paths(tmp_path / "a", {ENV_DATA_DIR: str(tmp_path / "b")}).data_dir == tmp_path / "a"
    assert resolve_paths(None, {ENV_DATA_DIR: str(tmp_path / "b")}).data_dir == tmp_path / "b"
    default = resolve_paths(None, {})
    assert "caregiver-app" in str(default.data_dir)


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_is_deterministic_for_a_seed(tmp_path, clock):
    dumps = []
    for name in ("one", "two"):
        assert main(["--data-dir", str(tmp_path / name), "demo", "--seed", "7"], clock=clock) == 0
        s = open_store(tmp_path / name / "caregiver.db", clock)
        dumps.append(dump_tables(s))
        s.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["dose_log"]) > 200 and len(dumps[0]["diary_entries"]) > 60
    assert main(["--data-dir", str(tmp_path / "three"), "demo", "--seed", "8"], clock=clock) == 0
    s = open_store(tmp_path / "three" / "caregiver.db", clock)
    assert dump_tables(s)["dose_log"] != dumps[0]["dose_log"]
    s.close()


def test_demo_spans_about_90_days(demo_store):
    first, last = demo_store.conn.execute("SELECT MIN(due_at), MAX(due_at) FROM dose_log").fetchone()
    assert first.startswith("2026-08-26") and last.startswith("2026-11-23")


def test_demo_refuses_real_data(tmp_path, clock, capsys):
    from caregiver_app.domain.people import Person

    s = open_store(tmp_path / "d" / "caregiver.db", clock)
    s.people.save(Person(name="Real person"))
    before = dump_tables(s)
    s.close()
    assert main(["--data-dir", str(tmp_path / "d"), "demo"], clock=clock) == 1
    err = capsys.readouterr().err
    assert "already holds real data" in err and "Traceback" not in err
    s = open_store(tmp_path / "d" / "caregiver.db", clock)
    assert dump_tables(s) == before
    s.close()


def test_cli_errors_have_no_traceback(tmp_path, clock, capsys):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    assert main(["--data-dir", str(not_a_dir), "demo"], clock=clock) == 1
    err = capsys.readouterr().err
    assert "not a folder" in err and "Traceback" not in err

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "caregiver.db").write_bytes(b"garbage" * 100)
    assert main(["--data-dir", str(bad), "demo"], clock=clock) == 2
    err = capsys.readouterr().err
    assert "cannot be read" in err and "Traceback" not in err


def test_unknown_command_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "caregiver_app", "frobnicate"], capture_output=True, text=True)
    assert proc.returncode == 2 and "invalid choice" in proc.stderr and "Traceback" not in proc.stderr


def test_demo_bad_seed_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "caregiver_app", "demo", "--seed", "abc"], capture_output=True,
                          text=True)
    assert proc.returncode == 2 and "invalid int value" in proc.stderr


def test_demo_never_records_a_dose_taken_in_the_future(demo_store, clock):
    latest = demo_store.conn.execute("SELECT MAX(taken_at) FROM dose_log").fetchone()[0]
    assert latest < clock.now_utc().strftime("%Y-%m-%dT%H:%M:%SZ")
