"""Exit codes (refused input against an internal error), the app's lock for the setting today and report write,
report --since (issue 14)."""
from __future__ import annotations

import json

import pytest

from caregiver_app.cli import common
from caregiver_app.cli.main import main


@pytest.fixture
def demo_dir(tmp_path, clock):
    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo"], clock=clock) == 0
    return d


def test_the_exit_codes_are_distinct_and_documented():
    from helpers import ROOT

    codes = (common.EXIT_OK, common.EXIT_USER, common.EXIT_STORE, common.EXIT_INTERNAL, common.EXIT_INTERRUPTED)
    assert codes == (0, 1, 2, 3, 130)
    for doc in ("README.md", "docs/data-format.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        assert all(f"`{c}`" in text for c in codes), doc


def test_an_internal_error_exits_3_and_says_it_is_a_bug(demo_dir, clock, capsys, monkeypatch):
    from caregiver_app.services.doses import DoseService

    def broken(self, person_id, day):
        raise ZeroDivisionError("\x1b[2Jboom")

    monkeypatch.setattr(DoseService, "timeline", broken)
    assert main(["--data-dir", str(demo_dir), "today"], clock=clock) == common.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "internal error (ZeroDivisionError: \\x1b[2Jboom)" in err and "not of your data" in err
    assert "\x1b" not in err


def test_refused_input_exits_1(demo_dir, tmp_path, clock, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "caregiver-app-export", "format_version": 1, "schema_version": 3,
                               "tables": {"people": [{"id": 1, "name": "", "created_at": "2026-01-01T00:00:00Z",
                                                      "updated_at": "2026-01-01T00:00:00Z"}]}}))
    assert main(["--data-dir", str(demo_dir), "import", str(bad), "--replace"], clock=clock) == common.EXIT_USER
    assert "Please enter name" in capsys.readouterr().err
    assert main(["--data-dir", str(demo_dir), "report", "--since", "soon", "-o", str(tmp_path / "r.html")],
                clock=clock) == common.EXIT_USER


def test_today_and_report_write_the_first_check_only_under_the_apps_lock(tmp_path, clock, capsys, qapp):
    from caregiver_app.storage import open_store
    from caregiver_app.system.single_instance import SingleInstance

    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo"], clock=clock) == 0

    def checked_from():
        store = open_store(d / "caregiver.db", clock)
        try:
            return store.conn.execute("SELECT value FROM settings WHERE key = 'reminders_checked_from'").fetchone()
        finally:
            store.close()

    _forget_first_check(d, clock)
    running = SingleInstance(d / "app.lock", d)
    assert running.acquire(listen=False)
    try:   # the app runs: it keeps the setting itself; the commands read, and write nothing
        assert main(["--data-dir", str(d), "today"], clock=clock) == 0
        assert main(["--data-dir", str(d), "report", "-o", str(tmp_path / "r.html")], clock=clock) == 0
        assert checked_from() is None
    finally:
        running.release()
    assert main(["--data-dir", str(d), "today"], clock=clock) == 0   # the lock is free: written under it
    assert checked_from() is not None
    assert not (d / "app.lock").exists() or SingleInstance(d / "app.lock", d).acquire(listen=False)


def _forget_first_check(d, clock) -> None:
    from caregiver_app.storage import open_store

    store = open_store(d / "caregiver.db", clock)
    with store.transaction() as conn:
        conn.execute("DELETE FROM settings WHERE key = 'reminders_checked_from'")
    store.close()


def test_report_since_a_date(demo_dir, tmp_path, clock, capsys):
    out = tmp_path / "since.html"
    assert main(["--data-dir", str(demo_dir), "report", "--since", "2026-10-01", "-o", str(out)], clock=clock) == 0
    assert "(2026-10-01 to 2026-11-23)" in capsys.readouterr().out
    assert "Thu 1 Oct 2026 to Mon 23 Nov 2026" in out.read_text(encoding="utf-8")
    assert main(["--data-dir", str(demo_dir), "report", "--since", "2025-01-01", "-o", str(out)], clock=clock) == 1
    assert "a year and a day" in capsys.readouterr().err
