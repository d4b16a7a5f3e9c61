"""Backups: online backup API, verified, named by UTC time, 14 daily + 12 monthly, private; restore; CLI."""
from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.cli.main import main
from caregiver_app.domain.people import Person
from caregiver_app.storage import backup as bk
from caregiver_app.storage import open_store
from caregiver_app.storage.db import read_header
from caregiver_app.storage.dump import dump_tables

UTC = UTC
LONDON = ZoneInfo("Europe/London")


# -- pure rules ------------------------------------------------------------------------------------------

def test_backup_due_is_a_pure_function_of_last_and_now():
    t = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert bk.is_backup_due(None, t)
    assert not bk.is_backup_due(t, t)
    assert not bk.is_backup_due(t, t + timedelta(hours=23, minutes=59))
    assert bk.is_backup_due(t, t + timedelta(hours=24))
    assert bk.is_backup_due(t, t + timedelta(days=9))
    assert bk.is_backup_due(t, t - timedelta(days=1)), "a clock moved back: the last time cannot be trusted"


def test_retention_keeps_14_daily_and_12_monthly():
    start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    # three backups a day for 500 days
    taken = [start + timedelta(days=d, hours=h) for d in range(500) for h in (0, 4, 8)]
    keep = bk.retention_keep(taken, UTC)
    kept = sorted(taken[i] for i in keep)
    newest = max(taken)
    days = [k for k in kept if k > newest - timedelta(days=14)]
    assert len(days) == 14 and all(k.hour == 17 for k in days), "the newest of each of the last 14 days"
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12
    assert len(kept) == 14 + 11  # the newest month is already covered by the daily ones
    for k in kept:
        same_month = [t for t in taken if (t.year, t.month) == (k.year, k.month)]
        if k < newest - timedelta(days=14):
            assert k == max(same_month), "a monthly backup is the newest of its month"


def test_retention_edge_cases():
    assert bk.retention_keep([], UTC) == set()
    one = [datetime(2026, 1, 1, tzinfo=UTC)]
    assert bk.retention_keep(one, UTC) == {0}
    # days are local days: 23:30 UTC on 31 May is 1 June in London (summer time)
    a = datetime(2026, 5, 31, 23, 30, tzinfo=UTC)
    b = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    assert bk.retention_keep([a, b], LONDON, daily=14) == {1}
    assert bk.retention_keep([a, b], UTC, daily=14) == {0, 1}
    # gaps: days without backups do not count towards the 14
    sparse = [datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=10 * i) for i in range(20)]
    assert len(bk.retention_keep(sparse, UTC, daily=14, monthly=0)) == 14


def test_names_round_trip():
    t = datetime(2026, 11, 23, 10, 0, 5, tzinfo=UTC)
    assert bk.backup_name(t) == "caregiver-20261123T100005Z.db"
    assert bk.parse_backup_name(bk.backup_name(t, "before-restore", 3)) == (t, "before-restore", 3)
    assert bk.parse_backup_name("caregiver-20261123T100005Z.db.part") is None
    assert bk.parse_backup_name("notes.txt") is None
    assert bk.parse_backup_name("caregiver-20261399T100005Z.db") is None


# -- writing -----------------------------------------------------------------------------------------------

def test_backup_is_private_verified_and_self_contained(demo_store, clock, data_dir):
    path = bk.backup_into_folder(demo_store, data_dir / "backups", clock)
    assert path.name == "caregiver-20261123T100000Z.db"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert bk.verify(path) is None
    raw = path.read_bytes()
    assert raw[18:20] == b"\x01\x01", "rollback journal, not WAL: one file is the whole backup"
    assert not Path(f"{path}-wal").exists() and not list(path.parent.glob("*.part"))
    info = bk.summary(path, check=True)
    assert info.ok and info.people == 1 and info.doses > 200 and info.diary_entries > 60
    assert "1 person" in info.describe()
    copy = open_store(path, clock)
    try:
        assert dump_tables(copy) == dump_tables(demo_store)
    finally:
        copy.close()


def test_backup_that_fails_its_check_is_not_kept(demo_store, clock, data_dir, monkeypatch):
    monkeypatch.setattr(bk, "verify", lambda p: "the integrity check failed (simulated)")
    with pytest.raises(bk.BackupError, match="did not pass its check"):
        bk.backup_into_folder(demo_store, data_dir / "backups", clock)
    assert list((data_dir / "backups").iterdir()) == []


def test_backup_failure_raises_a_clear_error(demo_store, clock, tmp_path):
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(bk.BackupError) as info:
        bk.backup_into_folder(demo_store, blocker, clock)
    assert "backup was not made" in str(info.value)

    class FullDisk:
        def backup(self, target, **kw):
            raise sqlite3.OperationalError("database or disk is full")

    real = demo_store.conn
    demo_store.conn = FullDisk()
    try:
        with pytest.raises(bk.BackupError, match="disk is full"):
            bk.backup_into_folder(demo_store, tmp_path / "b2", clock)
    finally:
        demo_store.conn = real
    assert [p.name for p in (tmp_path / "b2").iterdir()] == [], "no temporary file left behind"


def test_prune_applies_retention_and_spares_safety_copies(store, clock, data_dir):
    folder = data_dir / "backups"
    for _day in range(40):
        for _hour in (0, 6):
            bk.backup_into_folder(store, folder, clock, prune_after=False)
            clock.advance(timedelta(hours=6))
        clock.advance(timedelta(hours=12))
    safety = bk.backup_into_folder(store, folder, clock, tag=bk.TAG_BEFORE_RESTORE, prune_after=False)
    (folder / "unrelated.txt").write_text("not ours")
    removed = bk.prune(folder, LONDON)
    left = bk.list_backups(folder)
    plain = [e for e in left if e.tag is None]
    assert len(plain) == 14 + 1   # 14 days, plus the newest of the month before
    assert safety in [e.path for e in left]
    assert (folder / "unrelated.txt").exists()
    assert len(removed) == 80 - 15
    assert left == sorted(left, key=lambda e: e.taken_at, reverse=True)


def test_same_second_backups(store, clock, data_dir):
    folder = data_dir / "backups"
    a = bk.backup_into_folder(store, folder, clock)
    store.people.save(Person(name="Later"))
    b = bk.backup_into_folder(store, folder, clock)
    assert a == b and bk.summary(b).people == 1, "an ordinary backup in the same second replaces the earlier one"
    s1 = bk.backup_into_folder(store, folder, clock, tag=bk.TAG_BEFORE_IMPORT)
    s2 = bk.backup_into_folder(store, folder, clock, tag=bk.TAG_BEFORE_IMPORT)
    assert s1 != s2 and s1.exists() and s2.exists(), "safety copies never replace each other"


def test_backup_to_file_refuses_the_live_file(demo_store, tmp_path):
    with pytest.raises(bk.BackupError, match="live data file"):
        bk.backup_to_file(demo_store, demo_store.path, overwrite=True)
    target = tmp_path / "usb" / "copy.db"
    with pytest.raises(bk.BackupError, match="does not exist"):
        bk.backup_to_file(demo_store, target)
    target.parent.mkdir()
    bk.backup_to_file(demo_store, target)
    assert bk.verify(target) is None and stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(bk.BackupError, match="already exists"):
        bk.backup_to_file(demo_store, target)


def test_verify_and_newest_good_backup(store, clock, data_dir):
    folder = data_dir / "backups"
    good = bk.backup_into_folder(store, folder, clock)
    clock.advance(timedelta(days=1))
    newer = bk.backup_into_folder(store, folder, clock)
    raw = bytearray(newer.read_bytes())
    raw[len(raw) // 2:] = os.urandom(len(raw) - len(raw) // 2)
    newer.write_bytes(bytes(raw))
    clock.advance(timedelta(days=1))
    newest = folder / bk.backup_name(clock.now_utc())
    newest.write_bytes(b"garbage" * 1000)
    assert bk.verify(newest) == "it is not a Caregiver Assistant data file"
    assert bk.verify(newer) is not None
    assert bk.newest_good_backup(folder).path == good
    assert bk.verify(folder / "missing.db") == "the file is missing"
    assert not bk.summary(newest, check=True).ok


# -- restore ----------------------------------------------------------------------------------------------

def test_restore_backs_up_first_and_replaces_atomically(demo_store, clock, data_dir):
    folder = data_dir / "backups"
    db = demo_store.path
    saved = bk.backup_into_folder(demo_store, folder, clock)
    expected = dump_tables(demo_store)
    clock.advance(timedelta(hours=2))
    demo_store.people.save(Person(name="Added after the backup"))
    after = dump_tables(demo_store)
    assert Path(f"{db}-wal").exists(), "the live store is in WAL mode with recent changes in the -wal file"
    safety = bk.restore(demo_store, saved, folder, clock)
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    reopened = open_store(db, clock)
    try:
        assert dump_tables(reopened) == expected
    finally:
        reopened.close()
    assert safety.name.endswith("-before-restore.db")
    pre = open_store(safety, clock)
    try:
        assert dump_tables(pre) == after, "the data as it was just before the restore is kept"
    finally:
        pre.close()


def test_restore_of_a_damaged_backup_changes_nothing(demo_store, clock, data_dir, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    before = dump_tables(demo_store)
    db = demo_store.path
    with pytest.raises(bk.BackupError, match="cannot be restored"):
        bk.restore(demo_store, bad, data_dir / "backups", clock)
    again = open_store(db, clock)
    try:
        assert dump_tables(again) == before
    finally:
        again.close()
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())


def test_stale_wal_is_never_replayed_into_a_restored_file(demo_store, clock, data_dir):
    """install_database removes -wal/-shm before the rename; otherwise SQLite would apply old pages."""
    folder = data_dir / "backups"
    saved = bk.backup_into_folder(demo_store, folder, clock)
    expected = dump_tables(demo_store)
    db = demo_store.path
    demo_store.close()
    # leave a -wal with real frames behind, as a crash of another process might
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("DELETE FROM dose_log")
    wal = Path(f"{db}-wal").read_bytes()
    other.close()
    Path(f"{db}-wal").write_bytes(wal)
    bk.install_database(saved, db)
    s = open_store(db, clock)
    try:
        assert dump_tables(s) == expected
    finally:
        s.close()


# -- CLI ---------------------------------------------------------------------------------------------------

def test_cli_backup_and_check(demo_store, clock, data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "backup"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "caregiver-20261123T100000Z.db" in out and "1 person" in out
    target = tmp_path / "mine.db"
    assert main(["--data-dir", str(data_dir), "backup", "-o", str(target)], clock=clock) == 0
    assert bk.verify(target) is None
    assert main(["--data-dir", str(data_dir), "backup", "-o", str(target)], clock=clock) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "backup", "-o", str(data_dir / "caregiver.db")], clock=clock) == 1
    assert "live data file" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "check"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and "Backups: 1" in out and "all pass" in out


def test_cli_check_reports_problems_with_exit_1(demo_store, clock, data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "backup"], clock=clock) == 0
    capsys.readouterr()
    only = next((data_dir / "backups").iterdir())
    only.write_bytes(only.read_bytes()[:3000])
    assert main(["--data-dir", str(data_dir), "check"], clock=clock) == 1
    captured = capsys.readouterr()
    assert "1 damaged" in captured.out and "Problem: backup" in captured.err
    assert "Traceback" not in captured.err


def test_cli_check_on_a_damaged_store(tmp_path, clock, capsys):
    d = tmp_path / "d"
    d.mkdir()
    (d / "caregiver.db").write_bytes(b"this is not a database" * 50)
    before = (d / "caregiver.db").read_bytes()
    assert main(["--data-dir", str(d), "check"], clock=clock) == 1
    captured = capsys.readouterr()
    assert "PROBLEM" in captured.out and "not a Caregiver Assistant data file" in captured.err
    assert (d / "caregiver.db").read_bytes() == before
    assert main(["--data-dir", str(d), "backup"], clock=clock) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "empty"), "check"], clock=clock) == 1


def test_cli_check_does_not_modify_anything(demo_store, clock, data_dir):
    demo_store.close()
    db = data_dir / "caregiver.db"
    before = (db.read_bytes(), read_header(db))
    assert main(["--data-dir", str(data_dir), "check"], clock=clock) == 0
    assert (db.read_bytes(), read_header(db)) == before
