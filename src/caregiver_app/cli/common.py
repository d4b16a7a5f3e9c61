"""What every command shares: the user-error type, the exit codes, opening the store, finding a person, and the
app's lock for commands that change data."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from caregiver_app.system.paths import AppPaths, ensure_private_dir, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from caregiver_app.domain.people import Person
    from caregiver_app.services.doses import DoseService
    from caregiver_app.storage import Store
    from caregiver_app.system.clock import Clock

#: Exit codes (README, "Command line"): 0 done; 1 refused: the input (a file, a value, a name) was refused, or
#: ``check`` found a problem, and nothing was changed; 2 the command line was not understood (argparse's usage
#: error) or the data file cannot be opened or written; 3 an internal error, a bug of the app (its traceback goes to
#: standard error for the report); 130 interrupted (Ctrl+C).
EXIT_OK, EXIT_USER, EXIT_STORE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class UserError(Exception):
    """A mistake the user can fix; printed without a traceback (exit 1)."""


def say(value: object, max_len: int = 120) -> str:
    """A value from the data or a file as the terminal may print it (control and bidi characters escaped)."""
    from caregiver_app.domain.validation import shown

    return shown(value, max_len)


def report_damaged(store: Store) -> None:
    """After a command that read the data: the records it left out because a stored value is damaged (everything
    else was used as usual). On standard error; the exit code stays that of the command."""
    import sys

    if not store.damaged:
        return
    items = list(store.damaged.items())
    print(f"Note: {len(items)} damaged record{'s' if len(items) != 1 else ''} could not be used and "
          f"{'were' if len(items) != 1 else 'was'} left out (everything else is as usual):", file=sys.stderr)
    for (table, rid), problem in items[:10]:
        print(f"  {table} {say(rid, 40)}: {say(problem, 200)}", file=sys.stderr)
    if len(items) > 10:
        print(f"  … and {len(items) - 10} more.", file=sys.stderr)
    print("Run 'caregiver-app check' for the full list; a backup from before the damage can be restored.",
          file=sys.stderr)


def remember_first_check(store: Store, paths: AppPaths, doses: DoseService) -> None:
    """Doses count as missed from the first time reminders looked at this data (a setting). When it was never
    written, a command that reads doses (today, report) writes it under the app's lock, as every command that
    changes data; when the app holds the lock, it has written it itself and nothing is written here."""
    from caregiver_app.services.doses import CHECKED_FROM

    if store.settings.get(CHECKED_FROM) is not None:
        return
    lock = try_app_lock(paths)
    if lock is None:
        doses.write_settings = False
        return
    try:
        doses.checked_from()
    finally:
        lock.unlock()


def paths_for(args: argparse.Namespace) -> AppPaths:
    return resolve_paths(args.data_dir)


def open_store_for(args: argparse.Namespace, clock: Clock) -> Store:
    """The store of ``--data-dir`` (created empty if there is none yet)."""
    from caregiver_app.storage import open_store

    return open_store(paths_for(args).db_path, clock)


def open_existing_store(args: argparse.Namespace, clock: Clock) -> tuple[AppPaths, Store]:
    """The store, which must already exist (data commands never create an empty one by accident)."""
    from caregiver_app.storage import open_store

    paths = paths_for(args)
    if not paths.db_path.exists() or paths.db_path.stat().st_size == 0:
        raise UserError(f"There is no data file at {paths.db_path}. (Use --data-dir to choose the folder.)")
    return paths, open_store(paths.db_path, clock)


def try_app_lock(paths: AppPaths) -> QLockFile | None:
    """The app's own lock, or None when the app (or another command) holds it."""
    from PySide6.QtCore import QLockFile

    ensure_private_dir(paths.data_dir)
    lock = QLockFile(str(paths.lock_path))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def app_not_running(paths: AppPaths) -> QLockFile:
    """Take the app's own lock for a command that changes data, so it never writes under a running app (whose
    screens and reminders would then show stale or wrong people). Returns the lock; unlock() when done."""
    lock = try_app_lock(paths)
    if lock is None:
        raise UserError("Caregiver Assistant is open on this data folder. Quit it first (Quit in its menu or "
                        "Ctrl+Q), then run this command again. Nothing was changed.")
    return lock


def people_named(store: Store, name: str | None) -> list[Person]:
    """Everyone cared for, or the people whose name is ``name`` (else whose name contains it)."""
    people = store.people.list()
    if name:
        wanted = name.strip().lower()
        people = [p for p in people if p.name.lower() == wanted] or [p for p in people if wanted in p.name.lower()]
        if not people:
            raise UserError(f"Nobody called '{say(name, 60)}' is in this data folder.")
    return people
