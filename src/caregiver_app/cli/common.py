"""What every command shares: the user-error type, the exit codes, opening the store, finding a person, and the
app's lock for commands that change data."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from caregiver_app.system.paths import AppPaths, ensure_private_dir, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from caregiver_app.domain.people import Person
    from caregiver_app.storage import Store
    from caregiver_app.system.clock import Clock

EXIT_OK, EXIT_USER, EXIT_STORE = 0, 1, 2


class UserError(Exception):
    """A mistake the user can fix; printed without a traceback (exit 1)."""


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


def app_not_running(paths: AppPaths) -> QLockFile:
    """Take the app's own lock for a command that changes data, so it never writes under a running app (whose
    screens and reminders would then show stale or wrong people). Returns the lock; unlock() when done."""
    from PySide6.QtCore import QLockFile

    ensure_private_dir(paths.data_dir)
    lock = QLockFile(str(paths.lock_path))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
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
            raise UserError(f"Nobody called {name!r} is in this data folder.")
    return people
