"""Faults, proven: SIGKILL mid-write, damaged files, full disk / read-only, two processes, clock jumps.

The second-GUI-process case (a second app on the same data folder never opens a second store or scheduler)
is tested in tests/test_startup.py::test_second_process_brings_the_first_forward_and_exits.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from caregiver_app.app import open_store_interactive
from caregiver_app.domain.people import Person
from caregiver_app.storage import CorruptStoreError, open_store
from caregiver_app.storage import backup as bk
from caregiver_app.storage.dump import dump_tables
from caregiver_app.system.paths import resolve_paths
from helpers import FakePrompts, ctx_for

UTC = UTC


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- kill -9 while writing ------------------------------------------------------------------------------

CHILD = textwrap.dedent("""
    import os, sys
    from datetime import datetime, timedelta, timezone
    from pathlib import Path
    from caregiver_app.system.clock import FakeClock
    from caregiver_app.domain.diary import DiaryEntry
    from caregiver_app.storage import open_store

    clock = FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc))
    store = open_store(Path(sys.argv[1]), clock)
    rid, mid = int(sys.argv[2]), int(sys.argv[3])
    os.write(1, b"ready\\n")
    i = 0
    while True:
        i += 1
        when = clock.now_utc() - timedelta(minutes=i % 600)
        if i % 2:
            new = store.doses.log(person_id=rid, medicine_id=mid, dose_mg=10.0, status="taken", taken_utc=when,
                                  note=f"run note {i}")
            os.write(1, f"D {new}\\n".encode())      # printed only after the commit returned
        else:
            new = store.diary.add(DiaryEntry(person_id=rid, entry_at=when, spasticity=i % 11, pain=3,
                                             notes=f"entry {i}")).id
            os.write(1, f"E {new}\\n".encode())
""")


def test_sigkill_at_random_moments_loses_no_committed_record(tmp_path, clock):
    """A child writes doses and diary entries (one transaction each, through the storage layer) and prints
    each committed id; it is killed with SIGKILL at a random moment, 24 times. Every reported id must be
    there afterwards, and the file must pass the integrity check."""
    from caregiver_app.domain.medicines import Medicine

    db = tmp_path / "d" / "caregiver.db"
    s = open_store(db, clock)
    person = s.people.save(Person(name="Kill test"))
    med = s.medicines.save(Medicine(person_id=person.id, name="Baclofen", form="tablet", strength_mg=10.0))
    s.close()
    rng = random.Random(20261123)
    runs, checked, kills_mid_run = 24, 0, 0
    started = time.monotonic()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    for run in range(runs):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(person.id), str(med.id)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == b"ready\n", (line, child.stderr.read() if child.poll() is not None else b"")
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL, err.decode()[-2000:]
        complete = out.split(b"\n")[:-1]   # a half-written last line is not a report
        doses = {int(x.split()[1]) for x in complete if x.startswith(b"D ")}
        entries = {int(x.split()[1]) for x in complete if x.startswith(b"E ")}
        kills_mid_run += bool(doses or entries)
        s = open_store(db, clock)   # raises CorruptStoreError if the integrity check fails
        try:
            assert s.integrity_errors() == []
            have_doses = {r[0] for r in s.conn.execute("SELECT id FROM dose_log")}
            have_entries = {r[0] for r in s.conn.execute("SELECT id FROM diary_entries")}
        finally:
            s.close()
        assert doses <= have_doses, f"run {run}: lost doses {sorted(doses - have_doses)[:5]}"
        assert entries <= have_entries, f"run {run}: lost diary entries {sorted(entries - have_entries)[:5]}"
        checked += len(doses) + len(entries)
    elapsed = time.monotonic() - started
    print(f"\nkill test: {runs} SIGKILL runs, {checked} reported records checked, 0 lost, "
          f"{kills_mid_run} runs killed while writing, {elapsed:.1f} s")
    assert kills_mid_run >= runs // 2, "most kills should land while the child is writing"
    assert checked > 100
    assert elapsed < 60


# -- damaged files ---------------------------------------------------------------------------------------

def Scripted(answers=()):
    """Answers the confirmations from ``answers`` in order; nothing else may be asked, keeps every text."""
    return FakePrompts(answers=answers, strict=True)


def _damage(db: Path, how: str) -> None:
    raw = bytearray(db.read_bytes())
    if how == "flipped bytes":
        rng = random.Random(7)
        page = 4096
        for p in (1, 2, 3):   # whole b-tree pages after the header page
            raw[p * page:(p + 1) * page] = bytes(rng.getrandbits(8) for _ in range(page))
    elif how == "flipped header":
        raw[0:16] = bytes(b ^ 0xFF for b in raw[0:16])
    elif how == "truncated to half":
        raw = raw[: len(raw) // 2]
    db.write_bytes(bytes(raw))


@pytest.fixture
def store_with_backups(tmp_path, clock):
    """A data folder with demo data, two good backups (yesterday's and today's), closed."""
    from caregiver_app.domain.demo import build_demo
    from caregiver_app.storage.demo import write_demo

    paths = resolve_paths(tmp_path / "d")
    s = open_store(paths.db_path, clock)
    write_demo(s, build_demo(1, clock.now_utc(), clock.local_tz()))
    older = bk.backup_into_folder(s, paths.backup_dir, clock)
    clock.advance(timedelta(days=1))
    s.people.save(Person(name="Added on day two"))
    newest = bk.backup_into_folder(s, paths.backup_dir, clock)
    expected = dump_tables(s)
    clock.advance(timedelta(hours=3))
    s.close()
    return paths, older, newest, expected


@pytest.mark.parametrize("how", ["flipped bytes", "flipped header", "truncated to half"])
def test_damaged_store_is_detected_kept_and_the_newest_good_backup_offered(store_with_backups, clock, how):
    paths, older, newest, expected = store_with_backups
    _damage(paths.db_path, how)
    damaged = sha(paths.db_path)
    with pytest.raises(CorruptStoreError):
        open_store(paths.db_path, clock)
    assert sha(paths.db_path) == damaged, "detected without writing to the file"
    dialogs = Scripted(answers=[True])
    store = open_store_interactive(paths, clock, dialogs)
    try:
        assert dialogs.asked[0] == ("confirm", "Restore the newest good backup?")
        assert "2 people" in dialogs.texts[0]
        assert dump_tables(store) == expected
    finally:
        store.close()
    kept = [p for p in paths.data_dir.iterdir() if ".unreadable-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and sha(kept[0]) == damaged, "the damaged file is kept, byte for byte"


def test_a_damaged_newest_backup_is_skipped_for_the_newest_good_one(store_with_backups, clock):
    paths, older, newest, _ = store_with_backups
    _damage(paths.db_path, "truncated to half")
    _damage(newest, "flipped bytes")
    assert bk.newest_good_backup(paths.backup_dir).path == older
    dialogs = Scripted(answers=[True])
    store = open_store_interactive(paths, clock, dialogs)
    try:
        assert [r.name for r in store.people.list()] == ["Sam Example (demo)"]
    finally:
        store.close()


def test_declining_the_backup_leads_to_the_old_choices_and_changes_nothing(store_with_backups, clock):
    paths, *_ = store_with_backups
    _damage(paths.db_path, "flipped bytes")
    before = sorted((p.name, sha(p)) for p in paths.data_dir.rglob("*") if p.is_file() and "logs" not in p.parts)
    dialogs = Scripted(answers=[False, False])   # no to the backup, then "Quit" rather than a fresh file
    assert open_store_interactive(paths, clock, dialogs) is None
    assert [a[1] for a in dialogs.asked] == ["Restore the newest good backup?", "Your data file cannot be read"]
    after = sorted((p.name, sha(p)) for p in paths.data_dir.rglob("*") if p.is_file() and "logs" not in p.parts)
    # SQLite's read-only check may leave an empty -wal and a -shm index beside the file; the data is untouched
    wal = paths.data_dir / "caregiver.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert [a for a in after if not a[0].endswith(("-wal", "-shm"))] == before


def test_no_backup_means_the_fresh_store_offer_as_before(tmp_path, clock):
    paths = resolve_paths(tmp_path / "d")
    s = open_store(paths.db_path, clock)
    s.people.save(Person(name="X"))
    s.close()
    _damage(paths.db_path, "flipped header")
    dialogs = Scripted(answers=[True])
    store = open_store_interactive(paths, clock, dialogs)
    assert dialogs.asked[0] == ("confirm", "Your data file cannot be read")
    assert store is not None and store.people.list() == []
    store.close()


# -- no room / read-only ----------------------------------------------------------------------------------

class FailingWrites:
    """A connection wrapper whose writes fail the way SQLite reports a full disk or a read-only file."""

    def __init__(self, real, message, on=("INSERT", "UPDATE", "DELETE", "BEGIN IMMEDIATE", "COMMIT")):
        self.real, self.message, self.on = real, message, on

    def __getattr__(self, name):
        return getattr(self.real, name)

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith(self.on):
            raise sqlite3.OperationalError(self.message)
        return self.real.execute(sql, *args)


def _fill_person_form(dlg):
    dlg.name.setText("Robin Typed-In")
    dlg.dob.setText("1950-02-03")
    dlg.prescriber.setText("Dr Typed, clinic 0123")
    dlg.notes.setPlainText("Notes typed before the save failed.\nSecond line.")


@pytest.mark.parametrize("message, shown", [
    ("database or disk is full", "disk is full"),
    ("attempt to write a readonly database", "read-only"),
])
def test_failed_save_keeps_the_form_and_earlier_data(qtbot, demo_store, message, shown):
    from caregiver_app.ui.people import PersonDialog

    before = dump_tables(demo_store)
    real = demo_store.conn
    demo_store.conn = FailingWrites(real, message)
    dlg = PersonDialog(ctx_for(demo_store))
    qtbot.addWidget(dlg)
    _fill_person_form(dlg)
    try:
        dlg.try_save()
    finally:
        demo_store.conn = real
    assert dlg.result() != dlg.DialogCode.Accepted and dlg.saved is None
    assert shown in dlg.general_error.text() and "nothing earlier was lost" in dlg.general_error.text().lower()
    assert dlg.name.text() == "Robin Typed-In" and "Second line." in dlg.notes.toPlainText()
    assert dump_tables(demo_store) == before
    dlg.try_save()   # the problem is fixed: the same form saves
    assert dlg.saved is not None and dlg.saved.name == "Robin Typed-In"


def _mount_tmpfs(where: Path, size: str) -> bool:
    no_mount = not Path("/bin/mount").exists() and not Path("/usr/bin/mount").exists()
    if os.name != "posix" or os.geteuid() != 0 or no_mount:
        return False
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


def _umount(where: Path) -> None:
    subprocess.run(["umount", str(where)], capture_output=True)
    if os.path.ismount(where):
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    where = tmp_path / "small"
    if not _mount_tmpfs(where, "1m"):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount permission)")
    yield where
    _umount(where)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for chunk in (65536, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def test_real_full_disk_keeps_the_form_and_earlier_data(qtbot, small_disk, clock):
    """A 1 MB tmpfs filled to the last byte: the save fails with a clear message, the form keeps the text,
    earlier data is intact; after freeing space the same form saves."""
    from caregiver_app.ui.people import PersonDialog

    s = open_store(small_disk / "d" / "caregiver.db", clock)
    try:
        s.people.save(Person(name="Saved earlier", notes="kept"))
        filler = _fill(small_disk)
        dlg = PersonDialog(ctx_for(s))
        qtbot.addWidget(dlg)
        _fill_person_form(dlg)
        dlg.notes.setPlainText("n" * 9000)
        dlg.try_save()
        assert dlg.saved is None and "disk is full" in dlg.general_error.text()
        assert dlg.name.text() == "Robin Typed-In" and len(dlg.notes.toPlainText()) == 9000
        assert [r.name for r in s.people.list()] == ["Saved earlier"]
        # a backup on the full disk fails loudly too
        with pytest.raises(bk.BackupError, match="disk is full"):
            bk.backup_into_folder(s, small_disk / "d" / "backups", clock)
        filler.unlink()
        dlg.try_save()
        assert dlg.saved is not None
        assert s.integrity_errors() == []
        assert sorted(r.name for r in s.people.list()) == ["Robin Typed-In", "Saved earlier"]
    finally:
        s.close()


def test_real_read_only_file_system_gives_a_clear_message_and_changes_nothing(small_disk, clock):
    paths = resolve_paths(small_disk / "d")
    s = open_store(paths.db_path, clock)
    s.people.save(Person(name="Saved earlier"))
    s.close()
    before = sha(paths.db_path)
    done = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot remount read-only here")
    try:
        dialogs = Scripted(answers=[])
        assert open_store_interactive(paths, clock, dialogs) is None
        assert dialogs.asked == [("error", "Cannot open your data")]
        assert "read-only" in dialogs.texts[0]
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], capture_output=True)
    assert sha(paths.db_path) == before
    s = open_store(paths.db_path, clock)
    assert [r.name for r in s.people.list()] == ["Saved earlier"]
    s.close()


# -- two processes ---------------------------------------------------------------------------------------

@pytest.mark.timeout(90)
def test_cli_commands_while_the_gui_runs_are_safe(tmp_path, clock):
    """The GUI process runs on the data folder (and has made its start-up backup); meanwhile this process
    keeps writing short transactions, and the CLI runs check, export and backup: all succeed (busy timeout,
    short transactions) and see consistent data."""
    from caregiver_app.domain.medicines import Medicine

    data = tmp_path / "d"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "caregiver_app", "--data-dir", str(data), "demo"], env=env, check=True,
                   capture_output=True, timeout=60)
    gui = subprocess.Popen([sys.executable, "-m", "caregiver_app", "--data-dir", str(data)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def writer():
        s = open_store(data / "caregiver.db", clock)
        try:
            rid = s.people.save(Person(name="Writer")).id
            mid = s.medicines.save(Medicine(person_id=rid, name="Baclofen", form="tablet", strength_mg=10.0)).id
            while not stop.is_set():
                written.append(s.doses.log(person_id=rid, medicine_id=mid, dose_mg=5.0, status="taken",
                                           taken_utc=clock.now_utc()))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            s.close()

    try:
        deadline = time.monotonic() + 40
        backups = data / "backups"
        while time.monotonic() < deadline and not (backups.exists() and list(backups.glob("caregiver-*.db"))):
            assert gui.poll() is None, gui.communicate()
            time.sleep(0.1)
        assert list(backups.glob("caregiver-*.db")), "the GUI makes its backup after the first paint"
        t = threading.Thread(target=writer)
        t.start()
        try:
            def cli(*args):
                return subprocess.run([sys.executable, "-m", "caregiver_app", "--data-dir", str(data), *args],
                                      env=env, capture_output=True, text=True, timeout=60)

            check = cli("check")
            export = cli("export", "-o", str(tmp_path / "all.json"))
            backup = cli("backup", "-o", str(tmp_path / "copy.db"))
        finally:
            stop.set()
            t.join(30)
        assert not errors, errors
        assert check.returncode == 0, check.stdout + check.stderr
        assert "Integrity: ok" in check.stdout
        assert export.returncode == 0, export.stderr
        assert backup.returncode == 0, backup.stderr
        doc = json.loads((tmp_path / "all.json").read_text("utf-8"))
        assert len(doc["tables"]["dose_log"]) > 200
        assert bk.verify(tmp_path / "copy.db") is None
        assert gui.poll() is None, "the GUI is still running"
        assert written, "the writer made progress alongside"
    finally:
        gui.terminate()
        try:
            gui.communicate(timeout=15)
        except subprocess.TimeoutExpired:  # pragma: no cover
            gui.kill()
    s = open_store(data / "caregiver.db", clock)
    try:
        assert s.integrity_errors() == []
        have = {r[0] for r in s.conn.execute("SELECT id FROM dose_log")}
        assert set(written) <= have
    finally:
        s.close()


# -- clock moved back and forward (storage level) -------------------------------------------------------------

def test_clock_back_a_day_and_forward_a_week_no_duplicates_no_losses(store, clock):
    """A 'missed dose' recorder at the storage level: for every scheduled slot up to now that has no answer,
    log 'missed'. The dose log's unique index on (schedule_id, slot) for live rows makes a re-run after the
    clock went back harmless; going forward a week fills every slot once."""
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.schedules import occurrences
    from caregiver_app.storage.doses import AlreadyLogged

    person = store.people.save(Person(name="Clock test"))
    med = store.medicines.save(Medicine(person_id=person.id, name="Baclofen", form="tablet", strength_mg=10.0))
    rec = store.schedules.save(med.id, "fixed", {"times": [["08:00", 10.0], ["14:00", 10.0], ["20:00", 10.0]]},
                               tz="Europe/London", start_date=date(2026, 11, 16))
    since = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)

    def record_missed() -> int:
        added = 0
        for occ in occurrences(rec.schedule, since, clock.now_utc()):
            try:
                store.doses.log(person_id=person.id, medicine_id=med.id, dose_mg=occ.dose_mg, status="missed",
                                schedule_id=rec.id, slot=occ.slot, due_utc=occ.due_utc)
                added += 1
            except AlreadyLogged:
                pass
        return added

    def live_slots() -> list[str]:
        return [r[0] for r in store.conn.execute(
            "SELECT slot FROM dose_log WHERE schedule_id = ? AND superseded = 0 ORDER BY slot", (rec.id,))]

    highest = clock.now_utc()
    first = record_missed()
    assert first == 7 * 3 + 1            # 16-22 Nov, and 08:00 on the 23rd (it is 10:00 UTC)
    clock.jump(-timedelta(days=1))       # the system clock is set back a day
    assert record_missed() == 0
    assert len(live_slots()) == len(set(live_slots())) == first
    # a correction keeps one live row per slot
    row = store.conn.execute("SELECT id FROM dose_log WHERE schedule_id = ? ORDER BY id LIMIT 1", (rec.id,)).fetchone()
    store.doses.edit(row[0], reason="It was taken after all", status="taken",
                     taken_utc=datetime(2026, 11, 16, 8, 30, tzinfo=UTC))
    clock.jump(timedelta(days=8))        # ... and then a week ahead of where it was
    highest = max(highest, clock.now_utc())
    record_missed()
    record_missed()
    slots = live_slots()
    expected = sorted(o.slot for o in occurrences(rec.schedule, since, highest))
    assert slots == expected, "every slot up to the furthest time once: none lost, none twice"
    assert len(slots) == 14 * 3 + 1   # 16-29 Nov, and 08:00 on 30 Nov (now 10:00 UTC)
