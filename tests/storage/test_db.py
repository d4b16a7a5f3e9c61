import hashlib
import os
import sqlite3
import stat

import pytest

from caregiver_app.domain.people import Person
from caregiver_app.domain.validation import ValidationFailed
from caregiver_app.storage import LATEST_VERSION, CorruptStoreError, NewerStoreError, StoreWriteError, open_store
from caregiver_app.storage.db import migrate, set_aside
from caregiver_app.storage.dump import dump_tables
from caregiver_app.storage.migrations import MIGRATIONS


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_private_wal_and_latest(store, data_dir):
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "caregiver.db").stat().st_mode) == 0o600
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.user_version() == LATEST_VERSION
    assert store.integrity_errors() == []


def test_wal_side_files_are_private(store, data_dir):
    store.people.save(Person(name="Ann"))
    for suffix in ("-wal", "-shm"):
        side = data_dir / f"caregiver.db{suffix}"
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0


@pytest.mark.parametrize("start_version", range(0, LATEST_VERSION))
def test_migrates_from_every_older_version(tmp_path, clock, start_version):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, start_version)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == start_version
    if start_version >= 1:
        table = "people" if start_version >= 3 else "recipients"  # the name before data format 3
        conn.execute(f"INSERT INTO {table}(name, created_at, updated_at) VALUES ('Old Person', 'x', 'x')")
    conn.close()
    s = open_store(path, clock)
    try:
        assert s.user_version() == LATEST_VERSION
        assert s.integrity_errors() == []
        if start_version >= 1:
            assert [r.name for r in s.people.list()] == ["Old Person"]
    finally:
        s.close()


def test_the_people_rename_keeps_every_row_and_reference(tmp_path, clock):
    """Data format 3 renames recipients to people and recipient_id to person_id: everything that belonged to a
    person still does, the references are checked, and the old names are gone."""
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, 2)
    x = "'2026-01-01T00:00:00Z'"
    conn.executescript(f"""
        INSERT INTO recipients(id, name, created_at, updated_at) VALUES (7, 'Ann', {x}, {x});
        INSERT INTO medicines(id, recipient_id, name, form, strength_mg, created_at, updated_at)
            VALUES (3, 7, 'Baclofen', 'tablet', 10, {x}, {x});
        INSERT INTO dose_log(recipient_id, medicine_id, dose_mg, status, taken_at, recorded_at)
            VALUES (7, 3, 10, 'taken', {x}, {x});
        INSERT INTO diary_entries(recipient_id, entry_at, pain, created_at, updated_at) VALUES (7, {x}, 3, {x}, {x});
        INSERT INTO plans(recipient_id, medicine_id, name, kind, created_at, updated_at)
            VALUES (7, 3, 'Taper', 'taper', {x}, {x});
    """)
    conn.close()
    s = open_store(path, clock)
    try:
        assert s.user_version() == LATEST_VERSION and s.integrity_errors() == []
        assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [m.person_id for m in s.medicines.list_for(7)] == [7]
        assert s.plans.list_for(7)[0].person_id == 7 and s.diary.count(7) == 1
        assert s.conn.execute("SELECT COUNT(*) FROM dose_log WHERE person_id = 7").fetchone()[0] == 1
        schema = " ".join(r[0] or "" for r in s.conn.execute("SELECT sql FROM sqlite_master"))
        assert "recipient" not in schema
    finally:
        s.close()


def test_migration_6_keeps_the_check_ins_of_5_and_adds_withdrawn_answers_after_last_and_birth_years(tmp_path, clock):
    """Main's migration 5 (dose-change check-ins) stays 5; issue 13's withdrawn answers, a plan's 'after the last
    step' and a birth year alone are migration 6: a version-5 file keeps everything and gains their defaults."""
    assert LATEST_VERSION == 6
    path = tmp_path / "v5.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, 5)
    x = "'2026-01-01T00:00:00Z'"
    conn.executescript(f"""
        INSERT INTO people(id, name, date_of_birth, checkin_days, created_at, updated_at)
            VALUES (7, 'Ann', '1950-03-14', 10, {x}, {x});
        INSERT INTO people(id, name, created_at, updated_at) VALUES (8, 'Bob', {x}, {x});
        INSERT INTO medicines(id, person_id, name, form, strength_mg, created_at, updated_at)
            VALUES (3, 7, 'Baclofen', 'tablet', 10, {x}, {x});
        INSERT INTO dose_log(person_id, medicine_id, dose_mg, status, taken_at, recorded_at)
            VALUES (7, 3, 10, 'taken', {x}, {x});
        INSERT INTO plans(person_id, medicine_id, name, kind, created_at, updated_at)
            VALUES (7, 3, 'Taper', 'taper', {x}, {x});
    """)
    conn.close()
    s = open_store(path, clock)
    try:
        assert s.user_version() == 6 and s.integrity_errors() == []
        ann, bob = s.people.get(7), s.people.get(8)
        assert ann.checkin_days == 10 and ann.birth_year == 1950 and bob.birth_year is None
        (entry,) = s.doses.history(7)
        assert not entry.withdrawn and entry.withdraw_reason == ""
        assert s.plans.list_for(7)[0].after_last == "keep"
    finally:
        s.close()


def test_failed_migration_leaves_old_version(tmp_path, clock, monkeypatch):
    path = tmp_path / "x.db"
    conn = sqlite3.connect(path, isolation_level=None)
    monkeypatch.setattr("caregiver_app.storage.db.MIGRATIONS", MIGRATIONS + ["CREATE TABLE broken (;"])
    with pytest.raises(sqlite3.Error):
        migrate(conn, len(MIGRATIONS) + 1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_newer_store_is_refused_and_untouched(tmp_path, clock):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(NewerStoreError) as info:
        open_store(path, clock)
    assert "newer version" in str(info.value)
    assert sha(path) == before
    assert not (tmp_path / "new.db-wal").exists()


def test_not_a_database_is_kept(tmp_path, clock):
    path = tmp_path / "caregiver.db"
    path.write_bytes(b"these are my notes, not a database\n" * 50)
    before = sha(path)
    with pytest.raises(CorruptStoreError) as info:
        open_store(path, clock)
    assert "not an SQLite database" in str(info.value)
    assert sha(path) == before


def _filled_store(path, clock, n=300):
    s = open_store(path, clock)
    for i in range(n):
        s.people.save(Person(name=f"Person {i}", notes="x" * 500))
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()


def test_truncated_store_is_detected_and_kept(tmp_path, clock):
    path = tmp_path / "caregiver.db"
    _filled_store(path, clock)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = sha(path)
    with pytest.raises(CorruptStoreError):
        open_store(path, clock)
    assert sha(path) == before


def test_flipped_bytes_are_detected_and_kept(tmp_path, clock):
    path = tmp_path / "caregiver.db"
    _filled_store(path, clock)
    data = bytearray(path.read_bytes())
    # Damage the middle of the file (b-tree pages), keep the header valid.
    for i in range(len(data) // 2, len(data) // 2 + 4096, 7):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    before = sha(path)
    with pytest.raises(CorruptStoreError):
        open_store(path, clock)
    assert sha(path) == before


def test_set_aside_keeps_bad_file(tmp_path, clock):
    path = tmp_path / "caregiver.db"
    path.write_bytes(b"junk" * 100)
    kept = set_aside(path, clock)
    assert not path.exists() and kept.read_bytes() == b"junk" * 100
    s = open_store(path, clock)
    assert s.people.list() == []
    s.close()


def test_person_round_trip_and_archive(store):
    from datetime import date

    r = store.people.save(Person(name="  Mum  ", date_of_birth=date(1950, 2, 3), kidney_reduced=True,
                                            prescriber="Dr Lee", emergency_contact="Ann 0123", notes="likes tea"))
    assert r.id and r.name == "Mum" and r.kidney_reduced and r.date_of_birth == date(1950, 2, 3)
    store.people.set_archived(r.id, True)
    assert store.people.list() == []
    assert store.people.list(include_archived=True)[0].archived
    store.people.set_archived(r.id, False)
    assert store.people.list()[0].name == "Mum"


@pytest.mark.parametrize("bad, field", [
    (dict(name=""), "name"),
    (dict(name="   "), "name"),
    (dict(name="A" * 101), "name"),
    (dict(name="Bob\x00"), "name"),
    (dict(name="Ann", notes="n" * 10 * 1024 * 1024), "notes"),
    (dict(name="Ann", notes="bell\x07"), "notes"),
    (dict(name="Ann", date_of_birth=__import__("datetime").date(1899, 12, 31)), "date_of_birth"),
    (dict(name="Ann", date_of_birth=__import__("datetime").date(2030, 1, 1)), "date_of_birth"),
    (dict(name="Ann", prescriber="p" * 501), "prescriber"),
])
def test_bad_person_input_is_refused_and_nothing_saved(store, bad, field):
    before = dump_tables(store)
    with pytest.raises(ValidationFailed) as info:
        store.people.save(Person(**bad))
    assert [e.field for e in info.value.errors] == [field]
    assert info.value.errors[0].message  # a sentence for the user
    assert dump_tables(store) == before


def test_unicode_names_are_kept(store):
    for name in ("Zoë O'Brien", "محمد", "李小龙", "Robert'); DROP TABLE people;--", "😀 Gran"):
        store.people.save(Person(name=name))
    assert len(store.people.list()) == 5


def test_settings_round_trip(store):
    assert store.settings.get("text_size") == "normal"
    store.settings.set("text_size", "extra_large")
    assert store.settings.get("text_size") == "extra_large"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_gives_clear_message(tmp_path, clock):
    path = tmp_path / "d" / "caregiver.db"
    s = open_store(path, clock)
    s.close()
    os.chmod(path, 0o400)
    os.chmod(path.parent, 0o500)
    try:
        with pytest.raises((StoreWriteError, CorruptStoreError)):
            s = open_store(path, clock)
            s.people.save(Person(name="X"))
    finally:
        os.chmod(path.parent, 0o700)
        os.chmod(path, 0o600)


def test_write_failure_is_reported_and_rolls_back(store, monkeypatch):
    store.people.save(Person(name="Keep me"))
    before = dump_tables(store)
    real_conn = store.conn

    class FullDisk:
        def __getattr__(self, name):
            return getattr(real_conn, name)

        def execute(self, sql, *args):
            if sql.startswith("INSERT") or sql.startswith("UPDATE"):
                raise sqlite3.OperationalError("database or disk is full")
            return real_conn.execute(sql, *args)

    store.conn = FullDisk()
    try:
        with pytest.raises(StoreWriteError) as info:
            store.people.save(Person(name="New"))
    finally:
        store.conn = real_conn
    assert "disk is full" in str(info.value)
    assert dump_tables(store) == before


def test_newer_version_held_in_the_wal_is_refused(tmp_path, clock):
    """The header can lag behind the write-ahead log: the version inside is checked too."""
    path = tmp_path / "caregiver.db"
    s = open_store(path, clock)
    s.close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    # Copy the file pair while the change is only in the -wal (as after a crash of a newer app).
    import shutil

    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(path, copy / "caregiver.db")
    shutil.copy(str(path) + "-wal", copy / "caregiver.db-wal")
    writer.close()
    with pytest.raises(NewerStoreError):
        open_store(copy / "caregiver.db", clock)


def test_read_only_file_is_a_write_error_not_damage(tmp_path, clock, monkeypatch):
    path = tmp_path / "caregiver.db"
    open_store(path, clock).close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(StoreWriteError) as info:
        open_store(path, clock)
    assert "read-only" in str(info.value)


def test_a_reader_sees_the_data_and_cannot_write(store, clock):
    """open_reader: the Reports page's view of the data off the GUI thread (issue 14 §3): it reads what the app has
    written and never writes."""
    from caregiver_app.storage import StoreError, open_reader

    store.people.save(Person(name="Ann"))
    before = store.settings.get("text_size")
    reader = open_reader(store.path, clock)
    try:
        assert [p.name for p in reader.people.list()] == ["Ann"]
        with pytest.raises((StoreError, sqlite3.Error)):
            reader.settings.set("text_size", "large")
        store.people.save(Person(name="Bo"))          # the app writes on while the reader is open
        assert [p.name for p in reader.people.list()] == ["Ann", "Bo"]
    finally:
        reader.close()
    assert store.settings.get("text_size") == before != "large"
