"""Command line: ``caregiver-app [--data-dir DIR] [COMMAND]``. No command starts the desktop app."""
from __future__ import annotations

import sys
from typing import Sequence

from . import __version__


class UserError(Exception):
    """A mistake the user can fix; printed without a traceback."""


def build_parser():
    import argparse

    p = argparse.ArgumentParser(
        prog="caregiver-app",
        description="Caregiver Assistant: dose reminders, symptom diary and taper plans, kept on this computer.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--data-dir", metavar="DIR",
                   help="folder for the data (default: your user data folder, or $CAREGIVER_APP_DATA_DIR)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill an empty data folder with a demonstration person and 90 days of history")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data; default 1)")
    today = sub.add_parser("today", help="print the day's doses: time, medicine, dose, state")
    today.add_argument("--date", metavar="YYYY-MM-DD", help="another day (default: today)")
    today.add_argument("--patient", metavar="NAME", help="only this person (default: everyone)")
    from .datacmds import add_parsers as add_data_parsers

    add_data_parsers(sub)  # backup, check, export, import
    return p


def app_not_running(paths):
    """Take the app's own lock for a command that changes data, so it never writes under a running app (whose
    screens and reminders would then show stale or wrong people). Returns the lock; release() when done."""
    from PySide6.QtCore import QLockFile

    from .paths import ensure_private_dir

    ensure_private_dir(paths.data_dir)
    lock = QLockFile(str(paths.lock_path))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        raise UserError("Caregiver Assistant is open on this data folder. Quit it first (Quit in its menu or "
                        "Ctrl+Q), then run this command again. Nothing was changed.")
    return lock


def _open(args, clock):
    from .paths import resolve_paths
    from .storage import open_store

    paths = resolve_paths(args.data_dir)
    return open_store(paths.db_path, clock)


def cmd_demo(args, clock) -> int:
    from .domain.demo import build_demo
    from .storage.demo import RefusedError, write_demo

    from .paths import resolve_paths

    lock = app_not_running(resolve_paths(args.data_dir))
    store = _open(args, clock)
    try:
        data = build_demo(args.seed, clock.now_utc(), clock.local_tz())
        try:
            write_demo(store, data)
        except RefusedError as exc:
            raise UserError(str(exc)) from exc
        print(f"Demo data added to {store.path}: 1 person, {len(data.doses)} dose records, "
              f"{len(data.diary)} diary entries.")
    finally:
        store.close()
        lock.unlock()
    return 0


def cmd_today(args, clock) -> int:
    from datetime import date

    from .dose_service import DoseService, state_text

    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"--date must look like 2026-11-23, not {args.date!r}.") from None
        if day.year < 1900 or day.year > 2100:
            raise UserError(f"--date {args.date} is out of range (1900-2100).")
    store = _open(args, clock)
    try:
        service = DoseService(store, clock)
        day = day or service.today()
        people = store.recipients.list()
        if args.patient:
            wanted = args.patient.strip().lower()
            people = [p for p in people if p.name.lower() == wanted] or \
                     [p for p in people if wanted in p.name.lower()]
            if not people:
                raise UserError(f"Nobody called {args.patient!r} is in this data folder.")
        if not people:
            print("Nobody is cared for in this data folder yet.")
            return 0
        zone = service.local_zone()
        for person in people:
            print(f"{person.name} — {day:%A %d %B %Y}")
            slots = service.timeline(person.id, day)
            if not slots:
                print("  no scheduled doses")
            for slot in slots:
                view = service.view(slot)
                local = slot.due_utc.astimezone(zone)
                print(f"  {local:%H:%M}  {view.medicine.name:<20} {view.dose_text:<24} {state_text(slot, zone)}")
            for rec in service.prn_schedules(person.id):
                med = store.medicines.get(rec.medicine_id)
                print(f"  as needed: {med.name} {rec.schedule.dose_mg:g} mg")
    finally:
        store.close()
    return 0


def _datacmd(name: str):
    """A command whose body lives in datacmds.py (imported only when it runs)."""

    def run(args, clock) -> int:
        from . import datacmds

        return getattr(datacmds, name)(args, clock)

    return run


COMMANDS = {"demo": cmd_demo, "today": cmd_today, "backup": _datacmd("cmd_backup"), "check": _datacmd("cmd_check"),
            "export": _datacmd("cmd_export"), "import": _datacmd("cmd_import")}


def _gui_only_args(argv: Sequence[str]) -> tuple[bool, str | None]:
    """The plain start (no command, at most --data-dir) skips argparse: start-up time is measured."""
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--data-dir" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--data-dir=") and len(args[0]) > len("--data-dir="):
        return True, args[0].split("=", 1)[1]
    return False, None


def main(argv: Sequence[str] | None = None, clock=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    gui, data_dir = _gui_only_args(argv)
    if gui:
        from .app import run_gui

        return run_gui(data_dir=data_dir, clock=clock)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .app import run_gui

        return run_gui(data_dir=args.data_dir, clock=clock)
    from .clock import SystemClock
    from .paths import DataDirError
    from .storage import StoreError

    clock = clock or SystemClock()
    try:
        return COMMANDS[args.command](args, clock)
    except (UserError, StoreError, DataDirError) as exc:
        print(f"caregiver-app: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, StoreError) else 1
    except KeyboardInterrupt:
        return 130


def gui_main() -> int:
    return main([a for a in sys.argv[1:]])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
