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
    report = sub.add_parser("report", help="write an appointment summary for one person as a PDF or HTML file")
    report.add_argument("--patient", metavar="NAME", help="the person (needed when more than one is cared for)")
    report.add_argument("--days", type=int, default=30, help="the last N days (default 30, at most 366)")
    report.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.pdf or FILE.html")
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
        people = _people(store, args.patient)
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


def _people(store, patient: str | None) -> list:
    """Everyone cared for, or the people whose name is ``patient`` (else whose name contains it)."""
    people = store.recipients.list()
    if patient:
        wanted = patient.strip().lower()
        people = [p for p in people if p.name.lower() == wanted] or [p for p in people if wanted in p.name.lower()]
        if not people:
            raise UserError(f"Nobody called {patient!r} is in this data folder.")
    return people


def cmd_report(args, clock) -> int:
    """The Reports page's appointment summary, without the window: PDF (with the diary chart) or HTML."""
    import os
    from pathlib import Path

    from .dose_service import DoseService
    from .reports.summary import SummaryError, build_summary, period_for, summary_html

    target = Path(args.output)
    kind = target.suffix.lower()
    if kind not in (".pdf", ".html", ".htm"):
        raise UserError("-o must name a .pdf or .html file.")
    store = _open(args, clock)
    try:
        people = _people(store, args.patient)
        if not people:
            raise UserError("Nobody is cared for in this data folder yet.")
        if len(people) > 1:
            names = ", ".join(p.name for p in people)
            raise UserError(f"Which person? Use --patient with one of: {names}.")
        person = people[0]
        service = DoseService(store, clock)
        try:
            start, end = period_for(service.today(), args.days)
            questions = store.settings.get(f"summary_questions:{person.id}") or ""
            summary = build_summary(store, service, person.id, start, end,
                                    questions if isinstance(questions, str) else "")
        except SummaryError as exc:
            raise UserError(str(exc)) from None
        old_umask = os.umask(0o077)  # health information: readable by this user only
        try:
            if kind == ".pdf":
                _write_summary_pdf(store, summary, person.id, args.days, target)
            else:
                try:
                    target.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Appointment "
                                      f"summary</title></head><body>{summary_html(summary)}</body></html>",
                                      encoding="utf-8")
                except OSError as exc:
                    raise UserError(f"Could not write {target}: {exc.strerror or exc}.") from None
        finally:
            os.umask(old_umask)
        print(f"Appointment summary for {person.name} ({start} to {end}) written to {target}")
    finally:
        store.close()
    return 0


def _write_summary_pdf(store, summary, recipient_id: int, days: int, target) -> None:
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is ever shown: no screen is needed
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication, QTextDocument

    from .reports.charts import diary_chart_image
    from .reports.summary import summary_html
    from .ui.printing import save_pdf

    app = QGuiApplication.instance() or QGuiApplication(["caregiver-app"])  # noqa: F841
    doc = QTextDocument()
    chart = None
    if summary.diary_entries:
        image = diary_chart_image(store, recipient_id, "spasticity", "day" if days <= 60 else "week",
                                  summary.start, summary.end, person=summary.person, width=1200, height=520)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart://spasticity"), image)
        chart = "chart://spasticity"
    doc.setHtml(summary_html(summary, chart))
    errors = []
    if save_pdf(doc, f"Appointment summary {summary.person}", target, lambda _t, text: errors.append(text)) is None:
        raise UserError(errors[0] if errors else f"Could not write {target}.")


def _datacmd(name: str):
    """A command whose body lives in datacmds.py (imported only when it runs)."""

    def run(args, clock) -> int:
        from . import datacmds

        return getattr(datacmds, name)(args, clock)

    return run


COMMANDS = {"demo": cmd_demo, "today": cmd_today, "report": cmd_report, "backup": _datacmd("cmd_backup"), "check": _datacmd("cmd_check"),
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
