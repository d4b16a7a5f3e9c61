"""Opening, checking and migrating the local SQLite store."""
from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from caregiver_app.domain.text import Messages, Text, Value, joined, value
from caregiver_app.storage.migrations import LATEST_VERSION, MIGRATIONS
from caregiver_app.system.clock import Clock
from caregiver_app.system.paths import ensure_private_dir, ensure_private_file

if TYPE_CHECKING:  # the repositories are imported on first use
    from caregiver_app.storage.diary import DiaryRepo
    from caregiver_app.storage.doses import DoseRepo
    from caregiver_app.storage.medicines import MedicineRepo
    from caregiver_app.storage.people import PeopleRepo
    from caregiver_app.storage.plans import PlanRepo
    from caregiver_app.storage.schedules import ScheduleRepo
    from caregiver_app.storage.settings import SettingsRepo
    from caregiver_app.storage.watch import WatchEventRepo

_ = Messages("storage.db")
log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CHECK_CACHE_KIB = 512  # page cache for the integrity check at start-up (SQLite's default is 2 MiB)


#: What reading a damaged stored value can raise (a nesting too deep in a JSON value is a RecursionError; a value
#: the domain refuses, ValidationFailed). The repositories leave such a record out (``Store.skip_damaged``).
READ_ERRORS: tuple[type[BaseException], ...] = (ValueError, TypeError, OverflowError, RecursionError, KeyError)


def problem_text(exc: BaseException) -> str:
    """What was wrong, in words, from an error raised while reading a stored value (a translatable Text where the
    error was raised with one, or is the app's own)."""
    from caregiver_app.domain.validation import ValidationFailed, shown

    if isinstance(exc, ValidationFailed) and exc.errors:
        return exc.errors[0].message
    if isinstance(exc, RecursionError):
        return _("a value is nested too deeply.")
    text = str(exc).strip() or type(exc).__name__
    english = shown(text[:1].upper() + text[1:], 200) + ("" if text.endswith(".") else ".")
    said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Text) else None
    if said is not None and english == said:
        return said                                  # a sentence of the app's own: translatable as it is
    if said is not None and english == f"{said}." and said[:1].isupper():
        return _("{problem}.", problem=said)
    return english


def error_text(exc: BaseException) -> str:
    """``str(exc)``, as a translatable Text where it can be one: the message an error was raised with when that is a
    Text, a ValidationFailed's "field: message" parts (the English is exactly ``str(exc)``)."""
    from caregiver_app.domain.validation import ValidationFailed

    if isinstance(exc, ValidationFailed) and exc.errors:
        return joined("; ", [_("{field}: {problem}", field=e.field, problem=e.message) for e in exc.errors])
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)


def grouped(n: int) -> Value:
    """A whole number for a message, with its thousands marked as the English text has them ("1,234")."""
    return value(n, "integer", f"{n:,}")


class StoreError(Exception):
    """Base class; ``str(exc)`` is a message fit for the user (raised with it as a Text, ``args[0]``, which the
    desktop app says in the user's language)."""


class NewerStoreError(StoreError):
    def __init__(self, path: Path, found: int):
        self.path, self.found = path, found
        super().__init__(_(
            "The data file {path} was written by a newer version of Caregiver Assistant "
            "(data format {found}; this version understands up to {latest}). "
            "It has not been changed. Please install the newer version to open it.",
            path=str(path), found=found, latest=LATEST_VERSION))


class CorruptStoreError(StoreError):
    def __init__(self, path: Path, reason: str):
        self.path, self.reason = path, reason
        super().__init__(_(
            "The data file {path} cannot be read: {reason}. It has been left exactly as it is, "
            "so nothing more is lost.", path=str(path), reason=reason))


class StoreWriteError(StoreError):
    """A write failed (disk full, read-only folder, I/O error). Nothing of that action was saved."""


def read_header(path: Path) -> tuple[bool, int]:
    """(looks like SQLite, user_version) read straight from the file header, without opening it."""
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return False, 0
    return True, int.from_bytes(head[60:64], "big")


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The id of the row the INSERT on ``cur`` added."""
    rowid = cur.lastrowid
    assert rowid is not None  # set by every INSERT
    return rowid


def _friendly_write_error(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "full" in text:
        return _("The disk is full, so this could not be saved. Free some space and try again; nothing earlier was "
                 "lost.")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return _("The data folder cannot be written to (it is read-only), so this could not be saved. "
                 "Nothing earlier was lost.")
    if "locked" in text or "busy" in text:
        return _("The data file is busy in another program. Please try again in a moment; nothing was saved.")
    return _("Saving failed ({error}). Nothing of this change was saved; earlier data is safe.", error=str(exc))


class Store:
    """One SQLite connection plus the repositories built on it."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, clock: Clock):
        self.conn = conn
        self.path = path
        self.clock = clock
        self._depth = 0
        #: Records left out while reading because a stored value breaks the app's rules (a file edited by hand, an
        #: older bug): (table, id) -> what is wrong. The rest is read as usual; ``check`` lists them all.
        self.damaged: dict[tuple[str, object], str] = {}

    def skip_damaged(self, table: str, rid: object, problem: str) -> None:
        """Note a record left out while reading (logged once, with its id only: no health data in the log)."""
        if (table, rid) not in self.damaged:
            self.damaged[(table, rid)] = problem
            log.warning("left out a damaged record: %s id %s", table, rid if isinstance(rid, int) else "?")

    # Repositories are created on first use (keeps their imports off the start-up path).
    @cached_property
    def people(self) -> PeopleRepo:
        from caregiver_app.storage.people import PeopleRepo

        return PeopleRepo(self)

    @cached_property
    def settings(self) -> SettingsRepo:
        from caregiver_app.storage.settings import SettingsRepo

        return SettingsRepo(self)

    @cached_property
    def plans(self) -> PlanRepo:
        from caregiver_app.storage.plans import PlanRepo

        return PlanRepo(self)

    @cached_property
    def medicines(self) -> MedicineRepo:
        from caregiver_app.storage.medicines import MedicineRepo

        return MedicineRepo(self)

    @cached_property
    def schedules(self) -> ScheduleRepo:
        from caregiver_app.storage.schedules import ScheduleRepo

        return ScheduleRepo(self)

    @cached_property
    def doses(self) -> DoseRepo:
        from caregiver_app.storage.doses import DoseRepo

        return DoseRepo(self)

    @cached_property
    def diary(self) -> DiaryRepo:
        from caregiver_app.storage.diary import DiaryRepo

        return DiaryRepo(self)

    @cached_property
    def watch(self) -> WatchEventRepo:
        from caregiver_app.storage.watch import WatchEventRepo

        return WatchEventRepo(self)

    def counts_for(self, person_id: int) -> dict[str, int]:
        return person_counts(self, person_id)

    # -- transactions -------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction. Nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreWriteError(_friendly_write_error(exc)) from exc
        self._depth = 1
        try:
            yield self.conn
        except BaseException as exc:
            self._depth = 0
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise StoreWriteError(_friendly_write_error(exc)) from exc
            raise
        else:
            self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise StoreWriteError(_friendly_write_error(exc)) from exc

    def now_db(self) -> str:
        from caregiver_app.storage.timefmt import dt_to_db

        return dt_to_db(self.clock.now_utc())

    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_errors(self) -> list[str]:
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def counts(self) -> dict[str, int]:
        tables = {"people": "people", "medicines": "medicines", "doses": "dose_log",
                  "diary entries": "diary_entries", "plans": "plans"}
        return {k: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for k, t in tables.items()}

    def has_real_data(self) -> bool:
        """Anything a person typed (demo rows do not count)."""
        row = self.conn.execute("SELECT COUNT(*) FROM people WHERE is_demo = 0").fetchone()
        return bool(row[0])

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self.conn.close()


def open_reader(path: Path, clock: Clock) -> Store:
    """A second, read-only view of the store at ``path`` (already opened and migrated by ``open_store``), for work
    done off the GUI thread: its own connection (made in, and used by, the calling thread only), which cannot
    write (``query_only``); WAL lets it read while the app writes. ``close()`` it when done."""
    conn = _connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = ON")
    return Store(conn, Path(path), clock)


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, isolation_level=None, uri=uri,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to ``target``; each step is atomic with its version bump."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for number in range(current + 1, target + 1):
        script = MIGRATIONS[number - 1]
        log.info("migrating store to version %d", number)
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return target


def open_store(path: Path | str, clock: Clock) -> Store:
    """Open (creating if needed) the store at ``path``.

    Raises ``NewerStoreError`` for a file from a newer app (untouched), ``CorruptStoreError`` for a
    file that is not a database or fails ``PRAGMA integrity_check`` (untouched).
    """
    path = Path(path)
    ensure_private_dir(path.parent)
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        # Read-only folder or file system: say so (it is not damage), and touch nothing.
        raise StoreWriteError(_("The data folder {folder} is read-only, so Caregiver Assistant cannot save "
                                "anything there. Nothing was changed. Make it writable, or choose another folder "
                                "with --data-dir.", folder=str(path.parent)))
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        is_sqlite, version = read_header(path)
        if not is_sqlite:
            raise CorruptStoreError(path, _("it is not a Caregiver Assistant data file (not an SQLite database)"))
        if version > LATEST_VERSION:
            raise NewerStoreError(path, version)
        # Check with a read-only connection first, so a damaged file is never written to. The version is read
        # again here: the file header can lag behind changes still in the write-ahead log.
        try:
            ro = _connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                version = int(ro.execute("PRAGMA user_version").fetchone()[0])
                # The check reads every page: a small page cache keeps a large file from costing megabytes.
                ro.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
                rows = [] if version > LATEST_VERSION else [r[0] for r in ro.execute("PRAGMA integrity_check")]
            finally:
                ro.close()
        except sqlite3.DatabaseError as exc:
            raise CorruptStoreError(path, _("the integrity check failed ({details})", details=str(exc))) from exc
        if version > LATEST_VERSION:
            raise NewerStoreError(path, version)
        if rows != ["ok"]:
            raise CorruptStoreError(path, _("the integrity check failed ({details})", details="; ".join(rows[:3])))
    else:
        ensure_private_file(path)
    try:
        conn = _connect(str(path))
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":  # pragma: no cover - e.g. some network file systems
            log.warning("WAL not available; journal mode is %s", mode)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        if "readonly" in str(exc).lower() or "unable to open" in str(exc).lower():
            raise StoreWriteError(_("The data file {path} cannot be opened for writing: {error}.", path=str(path),
                                    error=str(exc))) from exc
        raise CorruptStoreError(path, str(exc)) from exc
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists() and os.name == "posix":
            with suppress(OSError):
                side.chmod(0o600)
    return Store(conn, path, clock)


def open_memory_store(clock: Clock) -> Store:
    """For fast unit tests of repositories."""
    conn = _connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn)
    return Store(conn, None, clock)


def set_aside(path: Path, clock: Clock) -> Path:
    """Rename a bad store (and its -wal/-shm) out of the way, keeping it, so a fresh one can start."""
    stamp = clock.now_utc().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{n}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            side.rename(Path(str(target) + suffix))
    return target




def person_counts(store: Store, person_id: int) -> dict[str, int]:
    """How much each page has to show for one person (drives the empty states)."""
    q = {
        "medicines": "SELECT COUNT(*) FROM medicines WHERE person_id = ? AND archived_at IS NULL",
        "doses": "SELECT COUNT(*) FROM dose_log WHERE person_id = ? AND superseded = 0",
        "diary": "SELECT COUNT(*) FROM diary_entries WHERE person_id = ? AND deleted_at IS NULL",
        "plans": "SELECT COUNT(*) FROM plans WHERE person_id = ? AND archived_at IS NULL",
    }
    return {k: int(store.conn.execute(sql, (person_id,)).fetchone()[0]) for k, sql in q.items()}
