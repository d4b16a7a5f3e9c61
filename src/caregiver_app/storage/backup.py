"""Backups of the store: SQLite's online backup API, verified, kept 14 daily + 12 monthly, restored atomically.

A backup is one self-contained SQLite file (rollback journal, no -wal) named after the UTC instant it was
taken, in ``<data dir>/backups/``:

    caregiver-20261123T100000Z.db                  automatic, ``backup`` command
    caregiver-20261123T100000Z-before-restore.db   the data as it was just before a restore
    caregiver-20261123T100000Z-before-import.db    ... just before an import into a store with data

Every copy is written to a temporary file in the destination folder, checked with ``PRAGMA integrity_check``,
fsynced and only then renamed into place, so a backup file is either complete and verified or absent.
Failures raise ``BackupError`` (a ``StoreError``: its text is fit for the user, raised as a translatable Text);
nothing is skipped silently.
"""
from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from caregiver_app.domain.text import Messages, joined
from caregiver_app.storage.db import Store, StoreError, error_text, grouped, read_header
from caregiver_app.storage.migrations import LATEST_VERSION
from caregiver_app.system.clock import Clock
from caregiver_app.system.paths import ensure_private_dir

_ = Messages("storage.backup")
log = logging.getLogger(__name__)

KEEP_DAILY = 14
KEEP_MONTHLY = 12
KEEP_SAFETY = 10          # before-restore / before-import copies kept (newest first)
BACKUP_INTERVAL = timedelta(hours=24)
TAG_BEFORE_RESTORE = "before-restore"
TAG_BEFORE_IMPORT = "before-import"
TAGS = (TAG_BEFORE_RESTORE, TAG_BEFORE_IMPORT)
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME_RE = re.compile(r"^caregiver-(\d{8}T\d{6}Z)(?:-(before-restore|before-import))?(?:-(\d+))?\.db$")


class BackupError(StoreError):
    """A backup or restore failed; ``str(exc)`` says what and what to do. Nothing was replaced."""


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime          # UTC, from the file name
    tag: str | None             # None for automatic/ordinary backups
    seq: int = 1

    @property
    def kind(self) -> str:
        """What made it, in words (a Text): "automatic", "before a restore", "before an import"."""
        if self.tag is None:
            return _("automatic")
        if self.tag == TAG_BEFORE_RESTORE:
            return _("before a restore")
        if self.tag == TAG_BEFORE_IMPORT:
            return _("before an import")
        return self.tag


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    taken_at: datetime | None
    people: int | None
    doses: int | None
    diary_entries: int | None
    problem: str | None = None   # why it cannot be used, if it cannot

    @property
    def ok(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        """What it holds ("1 person, 12 doses, 3 diary entries"), or why it cannot be used: a Text."""
        if self.problem:
            return _("cannot be used: {problem}", problem=self.problem)
        people, doses, entries = self.people, self.doses, self.diary_entries
        # (A count of a thousand or more is written with its thousands marked: "1,234 doses".)
        if people is None:
            said_people = _("? people")
        elif people < 1000:
            said_people = _.n("%n person", "%n people", people)
        else:
            said_people = _("{count} people", count=grouped(people))
        if doses is None:
            said_doses = _("? doses")
        elif doses < 1000:
            said_doses = _.n("%n dose", "%n doses", doses)
        else:
            said_doses = _("{count} doses", count=grouped(doses))
        if entries is None:
            said_entries = _("? diary entries")
        elif entries < 1000:
            said_entries = _.n("%n diary entry", "%n diary entries", entries)
        else:
            said_entries = _("{count} diary entries", count=grouped(entries))
        return joined(", ", (said_people, said_doses, said_entries))


# -- pure rules ---------------------------------------------------------------------------------------

def is_backup_due(last: datetime | None, now: datetime, interval: timedelta = BACKUP_INTERVAL) -> bool:
    """Is an automatic backup due? ``last`` is the newest backup's instant (None: never).

    A clock that went back (``now`` before ``last``) makes ``last`` meaningless, so a backup is due: the
    caller records ``now`` as its new ``last``, so this does not repeat.
    """
    if last is None:
        return True
    if now < last:
        return True
    return now - last >= interval


def retention_keep(taken: Sequence[datetime], tz: tzinfo, daily: int = KEEP_DAILY,
                   monthly: int = KEEP_MONTHLY) -> set[int]:
    """Indexes of the backups to keep: the newest of each of the last ``daily`` days that have a backup and
    the newest of each of the last ``monthly`` months that have one (days and months in ``tz``)."""
    order = sorted(range(len(taken)), key=lambda i: taken[i], reverse=True)
    keep: set[int] = set()
    days: set = set()
    months: set = set()
    for i in order:
        local = taken[i].astimezone(tz)
        day, month = local.date(), (local.year, local.month)
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(i)
        if month not in months and len(months) < monthly:
            months.add(month)
            keep.add(i)
    return keep


def backup_name(taken_at: datetime, tag: str | None = None, seq: int = 1) -> str:
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)
    return f"caregiver-{stamp}" + (f"-{tag}" if tag else "") + (f"-{seq}" if seq > 1 else "") + ".db"


def parse_backup_name(name: str) -> tuple[datetime, str | None, int] | None:
    m = _NAME_RE.match(name)
    if not m:
        return None
    try:
        taken = datetime.strptime(m.group(1), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken, m.group(2), int(m.group(3) or 1)


# -- listing ------------------------------------------------------------------------------------------

def list_backups(backup_dir: Path) -> list[BackupEntry]:
    """Backups in ``backup_dir``, newest first. Other files (temporary ``.part`` files...) are ignored."""
    try:
        names = os.listdir(backup_dir)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise BackupError(_("The backup folder {folder} cannot be read: {error}.", folder=str(backup_dir),
                            error=exc.strerror or str(exc))) from exc
    out = []
    for name in names:
        parsed = parse_backup_name(name)
        if parsed and (backup_dir / name).is_file():
            out.append(BackupEntry(backup_dir / name, *parsed))
    out.sort(key=lambda e: (e.taken_at, e.seq, _mtime(e.path)), reverse=True)
    return out


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def newest_backup_time(backup_dir: Path) -> datetime | None:
    entries = list_backups(backup_dir)
    return max((e.taken_at for e in entries), default=None)


# -- checking -----------------------------------------------------------------------------------------

def _ro_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=5)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def check_file(path: Path) -> tuple[str | None, int | None]:
    """(problem or None, data format version) for ``check``: verify() plus broken references, read-only."""
    problem = verify(path)
    if problem is not None:
        return problem, None
    try:
        conn = _ro_connect(path)
        try:
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _("it cannot be read ({error})", error=str(exc)), None
    if broken:
        from caregiver_app.domain.validation import shown

        # (Table names are the file's own: quoted safely, a crafted file could name one with escapes.)
        return _.n("%n record(s) refer to records that do not exist (first: {table} row {row} -> {parent})",
                   "%n record(s) refer to records that do not exist (first: {table} row {row} -> {parent})",
                   len(broken), table=shown(broken[0][0], 40), row=shown(broken[0][1], 20),
                   parent=shown(broken[0][2], 40)), version
    return None, version


def verify(path: Path) -> str | None:
    """None if ``path`` is a usable Caregiver Assistant database (header, version, integrity_check);
    otherwise why not, in words."""
    try:
        if not path.is_file():
            return _("the file is missing")
        is_sqlite, _version = read_header(path)
    except OSError as exc:
        return _("it cannot be read ({error})", error=exc.strerror or str(exc))
    if not is_sqlite:
        return _("it is not a Caregiver Assistant data file")
    try:
        conn = _ro_connect(path)
        try:
            # The version through SQLite, not the file header: a live store may hold newer pages in its -wal.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST_VERSION:
                return _("it was made by a newer version of the app (data format {version})", version=version)
            if version < 1:
                return _("it holds no Caregiver Assistant data")
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                return _("the integrity check failed ({details})", details="; ".join(rows[:3]))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables & {"people", "recipients"}:  # "recipients" before data format 3
                return _("it holds no Caregiver Assistant data")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _("the integrity check failed ({details})", details=str(exc))
    return None


def _count(conn: sqlite3.Connection, table: str, where: str = "") -> int | None:
    for sql in (f"SELECT COUNT(*) FROM {table}" + (f" WHERE {where}" if where else ""),
                f"SELECT COUNT(*) FROM {table}"):
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.Error:
            continue
    return None


def summary(path: Path, *, check: bool = False) -> BackupSummary:
    """People, doses and diary entries in a backup (or any store file), and when it was taken.

    The counts are what the app shows: live doses (not superseded edits), diary entries not deleted.
    With ``check`` the file is verified first (``problem`` says why it cannot be used).
    """
    path = Path(path)
    parsed = parse_backup_name(path.name)
    taken = parsed[0] if parsed else None
    if taken is None:
        try:
            taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            taken = None
    problem = verify(path) if check else None
    if problem is None:
        try:
            is_sqlite, _version = read_header(path)
        except OSError as exc:
            is_sqlite, problem = False, _("it cannot be read ({error})", error=exc.strerror or str(exc))
        if problem is None and not is_sqlite:
            problem = _("it is not a Caregiver Assistant data file")
    if problem is not None:
        return BackupSummary(path, taken, None, None, None, problem)
    try:
        conn = _ro_connect(path)
        try:
            people = _count(conn, "people")
            return BackupSummary(path, taken, people if people is not None else _count(conn, "recipients"),
                                 _count(conn, "dose_log", "superseded = 0"),
                                 _count(conn, "diary_entries", "deleted_at IS NULL"))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return BackupSummary(path, taken, None, None, None, _("it cannot be read ({error})", error=str(exc)))


def newest_good_backup(backup_dir: Path) -> BackupEntry | None:
    """The newest backup that passes ``verify`` (damaged ones are skipped, and logged)."""
    try:
        entries = list_backups(backup_dir)
    except BackupError:
        return None
    for entry in entries:
        problem = verify(entry.path)
        if problem is None:
            return entry
        log.warning("backup %s unusable: %s", entry.path.name, problem)
    return None


# -- writing ------------------------------------------------------------------------------------------

def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_private_temp(folder: Path, stem: str) -> Path:
    """An empty 0600 file in ``folder`` that no one else uses."""
    n = 0
    while True:
        n += 1
        tmp = folder / f".{stem}.{os.getpid()}.{n}.part"
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:  # pragma: no cover
            log.warning("could not remove temporary file %s", p.name)


def _friendly(exc: BaseException, restore: bool = False) -> str:
    """Why the backup (or, with ``restore``, the restore) failed, in words."""
    text = str(exc).lower()
    if isinstance(exc, OSError):
        text = f"{exc.strerror or exc}".lower()
        if getattr(exc, "errno", None) == 28:
            text = "disk is full"
    if "full" in text or "no space" in text:
        if restore:
            return _("The restore failed: the disk is full. Free some space and try again. Your data itself is "
                     "unchanged.")
        return _("The backup failed: the disk is full. Free some space and try again. Your data itself is unchanged.")
    if "readonly" in text or "read-only" in text or "permission" in text:
        if restore:
            return _("The restore failed: the folder cannot be written to (read-only or no permission). Your data "
                     "itself is unchanged.")
        return _("The backup failed: the folder cannot be written to (read-only or no permission). Your data itself "
                 "is unchanged.")
    if restore:
        return _("The restore failed ({error}). Your data itself is unchanged.", error=str(exc))
    return _("The backup failed ({error}). Your data itself is unchanged.", error=str(exc))


def copy_database(source: sqlite3.Connection, dest: Path, *, overwrite: bool = True) -> None:
    """Copy the database behind ``source`` to ``dest`` through the online backup API (a backup); verify; atomic
    rename.

    The copy uses a rollback journal (no -wal file), so it is one self-contained file, mode 0600.
    """
    dest = Path(dest)
    folder = dest.parent
    if not overwrite and dest.exists():
        raise BackupError(_("The backup was not made: {path} already exists.", path=str(dest)))
    if dest.is_dir():
        raise BackupError(_("The backup was not made: {path} is a folder.", path=str(dest)))
    tmp: Path | None = None
    try:
        tmp = _new_private_temp(folder, dest.name)
        target = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.execute("PRAGMA synchronous = FULL")
        finally:
            target.close()
        # Verify what is on disk, through a fresh connection.
        problem = verify(tmp)
        if problem is not None:
            raise BackupError(_("The backup was made but did not pass its check ({problem}); it was not kept. "
                                "Your data itself is unchanged.", problem=problem))
        _fsync_file(tmp)
        os.replace(tmp, dest)
        tmp = None
        if os.name == "posix":
            os.chmod(dest, 0o600)
        _fsync_dir(folder)
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(_friendly(exc)) from exc
    finally:
        if tmp is not None:
            _remove_quietly(tmp)


def _unique_path(folder: Path, taken: datetime, tag: str | None) -> Path:
    seq = 1
    while (folder / backup_name(taken, tag, seq)).exists():
        seq += 1
    return folder / backup_name(taken, tag, seq)


def backup_into_folder(store: Store, backup_dir: Path, clock: Clock, *, tag: str | None = None,
                       prune_after: bool = True) -> Path:
    """A new verified backup in ``backup_dir`` (automatic if ``tag`` is None); then old ones are pruned.

    An ordinary backup taken in the same second as an earlier one replaces it; tagged (safety) copies
    never replace anything.
    """
    try:
        ensure_private_dir(backup_dir)
    except Exception as exc:  # DataDirError
        raise BackupError(_("The backup was not made: {error}", error=error_text(exc))) from exc
    now = clock.now_utc()
    dest = backup_dir / backup_name(now) if tag is None else _unique_path(backup_dir, now, tag)
    copy_database(store.conn, dest)
    log.info("backup written: %s", dest.name)
    if prune_after:
        prune(backup_dir, clock.local_tz(), protect=dest)
    return dest


def backup_to_file(store: Store, dest: Path, *, overwrite: bool = False) -> Path:
    """A verified backup to a file the user chose (never onto the live store itself)."""
    dest = Path(dest).expanduser()
    if store.path is not None:
        live = Path(store.path).resolve()
        target = dest.resolve()
        if target in (live, Path(f"{live}-wal"), Path(f"{live}-shm"), Path(f"{live}-journal")):
            raise BackupError(_("That is the live data file itself; please choose another name for the backup."))
    if not dest.parent.is_dir():
        raise BackupError(_("The backup was not made: the folder {folder} does not exist.", folder=str(dest.parent)))
    copy_database(store.conn, dest, overwrite=overwrite)
    log.info("backup written to a chosen file")
    return dest


def prune(backup_dir: Path, tz: tzinfo, *, protect: Path | None = None) -> list[Path]:
    """Delete backups beyond the retention rules. Returns what was deleted; raises BackupError if a file
    that should go cannot be deleted (the backups themselves are fine)."""
    entries = list_backups(backup_dir)
    plain = [e for e in entries if e.tag is None]
    safety = [e for e in entries if e.tag is not None]
    keep = {plain[i].path for i in retention_keep([e.taken_at for e in plain], tz)}
    keep |= {e.path for e in safety[:KEEP_SAFETY]}
    if protect is not None:
        keep.add(Path(protect))
    removed, failed = [], []
    for e in entries:
        if e.path in keep:
            continue
        try:
            e.path.unlink()
            removed.append(e.path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            failed.append(f"{e.path.name} ({exc.strerror or exc})")
    if removed:
        log.info("pruned %d old backup(s)", len(removed))
    if failed:
        raise BackupError(_("The backup was made, but old backups could not be removed: {files}",
                            files=", ".join(failed)))
    return removed


# -- restoring ----------------------------------------------------------------------------------------

def install_database(source_path: Path, db_path: Path) -> None:
    """Replace ``db_path`` by a verified copy of ``source_path``: temp file in the same folder, fsync,
    stale -wal/-shm removed, ``os.replace``. No connection to ``db_path`` may be open."""
    source_path, db_path = Path(source_path), Path(db_path)
    problem = verify(source_path)
    if problem is not None:
        raise BackupError(_("That backup cannot be restored: {problem}. Nothing was changed.", problem=problem))
    ensure_private_dir(db_path.parent)
    tmp: Path | None = None
    try:
        src = _ro_connect(source_path)
        try:
            tmp = _new_private_temp(db_path.parent, db_path.name)
            target = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                src.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            src.close()
        problem = verify(tmp)
        if problem is not None:
            raise BackupError(_("The restored copy did not pass its check ({problem}); nothing was changed.",
                                problem=problem))
        _fsync_file(tmp)
        # A -wal left beside the new file would be replayed into it: remove the old ones first. The old
        # store was checkpointed and closed (and backed up) by the caller, so they hold nothing needed.
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                side.unlink()
        os.replace(tmp, db_path)
        tmp = None
        if os.name == "posix":
            os.chmod(db_path, 0o600)
        _fsync_dir(db_path.parent)
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(_friendly(exc, restore=True)) from exc
    finally:
        if tmp is not None:
            _remove_quietly(tmp)


def restore(store: Store, backup_path: Path, backup_dir: Path, clock: Clock) -> Path:
    """Restore ``backup_path`` over the store: verify it, back up the current store first (tag
    before-restore), checkpoint and close the store, then replace the file atomically.

    ``store`` is always closed when this returns or raises: the caller reopens the store with
    ``open_store`` (the restored data, or the unchanged old data after a ``BackupError``) and must not use
    the old object again. Returns the path of the safety copy of the data as it was before.
    """
    try:
        backup_path = Path(backup_path)
        problem = verify(backup_path)
        if problem is not None:
            raise BackupError(_("That backup cannot be restored: {problem}. Nothing was changed.", problem=problem))
        if store.path is None:
            raise BackupError(_("This store has no file to restore into."))
        db_path = Path(store.path)
        if backup_path.resolve() == db_path.resolve():
            raise BackupError(_("That is the live data file itself; nothing was changed."))
        safety = backup_into_folder(store, backup_dir, clock, tag=TAG_BEFORE_RESTORE, prune_after=False)
        try:
            row = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as exc:
            raise BackupError(_("The restore did not start: the data file is busy ({error}). "
                                "Nothing was changed.", error=str(exc))) from exc
        if row is not None and row[0]:
            raise BackupError(_("The restore did not start: the data file is in use by another program "
                                "(close it and try again). Nothing was changed."))
    finally:
        store.close()
    install_database(backup_path, db_path)
    log.info("restored from backup %s; previous data kept as %s", backup_path.name, safety.name)
    try:
        prune(backup_dir, clock.local_tz(), protect=safety)
    except BackupError as exc:  # the restore itself succeeded
        log.warning("after restore: %s", exc)
    return safety
