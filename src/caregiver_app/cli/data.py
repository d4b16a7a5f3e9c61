"""The data commands: ``backup``, ``check``, ``export``, ``import``.

User mistakes raise ``UserError`` (exit 1, message on standard error); store failures raise ``StoreError``
(exit 2). ``check`` returns 1 when it finds a problem.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from caregiver_app.cli.common import UserError, app_not_running, open_existing_store, paths_for, say
from caregiver_app.system.clock import Clock


def add_parsers(sub: Any) -> None:
    backup = sub.add_parser("backup", help="make a verified backup now (into the backups folder, or -o FILE)")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE instead (must not exist)")

    sub.add_parser("check", help="check the data file and the backups; prints a summary, exit 1 on a problem")

    export = sub.add_parser("export", help="export all data as JSON (-o FILE.json) or as CSV files (--csv DIR)")
    where = export.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="FILE.json", help="write everything to one JSON file")
    where.add_argument("--csv", metavar="DIR", help="write one CSV file per table into DIR, for spreadsheets")

    imp = sub.add_parser("import", help="import a JSON export (into an empty store, or with --merge/--replace)")
    imp.add_argument("file", metavar="FILE.json")
    how = imp.add_mutually_exclusive_group()
    how.add_argument("--merge", action="store_true", help="add the file's records to the data already here")
    how.add_argument("--replace", action="store_true", help="replace all data here by the file's")


def _is_live_file(target: Path, db_path: Path) -> bool:
    live = db_path.resolve()
    return target.resolve() in {live, Path(f"{live}-wal"), Path(f"{live}-shm"), Path(f"{live}-journal")}


def _plural(n: int | None, one: str, many: str) -> str:
    return f"{'?' if n is None else format(n, ',')} {one if n == 1 else many}"


def cmd_backup(args: argparse.Namespace, clock: Clock) -> int:
    from caregiver_app.storage import backup

    paths, store = open_existing_store(args, clock)
    try:
        if args.output:
            target = Path(args.output).expanduser()
            if _is_live_file(target, paths.db_path):
                raise UserError("That is the live data file itself; please choose another name for the backup.")
            if target.exists():
                raise UserError(f"{target} already exists; please choose a new file name.")
            written = backup.backup_to_file(store, target)
        else:
            written = backup.backup_into_folder(store, paths.backup_dir, clock)
    finally:
        store.close()
    info = backup.summary(written)
    print(f"Backup written and checked: {written}\nIt holds {info.describe()}.")
    return 0


def cmd_check(args: argparse.Namespace, clock: Clock) -> int:
    """Integrity of the data file and of every backup, and a summary. Opens everything read-only."""
    from caregiver_app.storage import LATEST_VERSION, backup

    paths = paths_for(args)
    db = paths.db_path
    problems: list[str] = []
    print(f"Data file: {db}")
    if not db.exists():
        print("Problem: there is no data file here (use --data-dir to choose the folder).", file=sys.stderr)
        return 1
    problem, version = backup.check_file(db)
    if problem:
        problems.append(f"the data file: {say(problem, 600)}")
        print(f"Integrity: PROBLEM - {say(problem, 600)}")
    else:
        info = backup.summary(db)
        print("Integrity: ok")
        note = "" if version == LATEST_VERSION else " (older; the app upgrades it when it opens it)"
        print(f"Data format: {version}{note}")
        print(f"Contents: {say(info.describe(), 600)}")
        from caregiver_app.storage.rules import file_problems

        broken = file_problems(db, clock)
        if broken:
            print(f"Records: {len(broken)}{'+' if len(broken) >= 1000 else ''} break the app's rules (the app leaves "
                  "them out and uses the rest):")
            for found in broken[:20]:
                print(f"  {found}")
            problems.append(f"{len(broken)} damaged record{'s' if len(broken) != 1 else ''} in the data file "
                            "(listed above); restoring a backup from before the damage brings them back")
        elif broken is not None:
            print("Records: every record follows the app's rules")
    try:
        entries = backup.list_backups(paths.backup_dir)
    except backup.BackupError as exc:
        entries = []
        problems.append(say(str(exc), 600))
    bad = []
    for e in entries:
        why = backup.verify(e.path)
        if why:
            bad.append(f"{say(e.path.name, 120)}: {say(why, 600)}")
    if not entries:
        print(f"Backups: none yet in {paths.backup_dir} (the app makes one at start and daily; or run 'backup')")
    else:
        newest = entries[0]
        local = newest.taken_at.astimezone(clock.local_tz())
        print(f"Backups: {len(entries)} in {paths.backup_dir}; newest {local:%Y-%m-%d %H:%M} "
              f"({say(backup.summary(newest.path).describe(), 600)}); "
              + ("all pass the integrity check" if not bad else f"{len(bad)} damaged"))
    problems += [f"backup {b}" for b in bad]
    for p in problems:
        print(f"Problem: {p}", file=sys.stderr)
    return 1 if problems else 0


def cmd_export(args: argparse.Namespace, clock: Clock) -> int:
    from caregiver_app.storage.export import ExportError

    paths, store = open_existing_store(args, clock)
    try:
        if args.output:
            from caregiver_app.storage.export import export_json

            target = Path(args.output).expanduser()
            if _is_live_file(target, paths.db_path):
                raise UserError("That is the live data file itself; please choose another name.")
            try:
                counts = export_json(store, target, clock)
            except ExportError as exc:
                raise UserError(str(exc)) from exc
            print(f"Exported {sum(counts.values()):,} records from {len(counts)} tables to {target}")
        else:
            from caregiver_app.storage.csv_export import export_csv

            folder = Path(args.csv).expanduser()
            try:
                files = export_csv(store, folder)
            except ExportError as exc:
                raise UserError(str(exc)) from exc
            print(f"Exported {len(files)} tables as CSV files into {folder}")
    finally:
        store.close()
    return 0


def cmd_import(args: argparse.Namespace, clock: Clock) -> int:
    from caregiver_app.storage import backup, open_store
    from caregiver_app.storage.importer import (
        ImportRefused,
        import_validated,
        load_file,
        store_has_data,
        validate_document,
    )
    from caregiver_app.storage.schema import live_schema

    paths = paths_for(args)
    source = Path(args.file).expanduser()
    if _is_live_file(source, paths.db_path):
        raise UserError("That is the live data file, not an export; please give a .json export file.")
    lock = app_not_running(paths)  # never import under a running app
    store = open_store(paths.db_path, clock)
    try:
        try:
            data = validate_document(load_file(source), live_schema(store.conn), clock)
        except ImportRefused as exc:
            raise UserError(f"Cannot import {source}: {exc}\nNothing was imported; your data is unchanged.") \
                from exc
        has_data = store_has_data(store)
        if has_data and not (args.merge or args.replace):
            raise UserError("This data folder already holds data. Add --merge to add the file's records to it, "
                              "or --replace to replace everything with the file (a backup is made first). "
                              "Nothing was imported.")
        mode = "empty" if not has_data else ("merge" if args.merge else "replace")
        if has_data:
            safety = backup.backup_into_folder(store, paths.backup_dir, clock, tag=backup.TAG_BEFORE_IMPORT,
                                               prune_after=False)
            print(f"Backup of the data as it was: {safety}")
        try:
            counts = import_validated(store, data, mode)
        except ImportRefused as exc:
            raise UserError(f"Cannot import {source}: {exc}\nNothing was imported; your data is unchanged.") \
                from exc
    finally:
        store.close()
        lock.unlock()
    verb = {"empty": "Imported", "merge": "Added", "replace": "Replaced all data with"}[mode]
    print(f"{verb} {sum(counts.values()):,} records from {source}")
    return 0
