"""``report``: the Reports page's appointment summary, without the window, as a PDF (with the diary chart) or
HTML file."""
from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from caregiver_app.cli.common import (
    UserError,
    open_store_for,
    paths_for,
    people_named,
    remember_first_check,
    report_damaged,
    say,
)
from caregiver_app.system.clock import Clock


def add_parser(sub: Any) -> None:
    report = sub.add_parser("report", help="write an appointment summary for one person as a PDF or HTML file")
    report.add_argument("--person", "--patient", dest="person", metavar="NAME",
                        help="the person (needed when more than one is cared for)")
    period = report.add_mutually_exclusive_group()
    period.add_argument("--days", type=int, default=30, help="the last N days (default 30, at most 366)")
    period.add_argument("--since", metavar="YYYY-MM-DD",
                        help="from this day (the last appointment, say) to today, at most 366 days")
    report.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.pdf or FILE.html")


def run(args: argparse.Namespace, clock: Clock) -> int:
    from caregiver_app.reports.summary import SummaryError, build_summary, period_for, period_since, summary_html
    from caregiver_app.services import Services

    target = Path(args.output)
    kind = target.suffix.lower()
    if kind not in (".pdf", ".html", ".htm"):
        raise UserError("-o must name a .pdf or .html file.")
    store = open_store_for(args, clock)
    spoken = None
    try:
        people = people_named(store, args.person)
        if not people:
            raise UserError("Nobody is cared for in this data folder yet.")
        if len(people) > 1:
            names = ", ".join(say(p.name, 60) for p in people)
            raise UserError(f"Which person? Use --person with one of: {names}.")
        person = people[0]
        speech, spoken = _speak(store, getattr(args, "language", None))  # the document in the app's language
        services = Services(store, clock)
        remember_first_check(store, paths_for(args), services.doses)
        try:
            if args.since is not None:
                start, end = period_since(clock.today(), args.since)
            else:
                start, end = period_for(clock.today(), args.days)
            questions = store.settings.get(f"summary_questions:{person.id}") or ""
            summary = build_summary(services, person.stored_id, start, end,
                                    questions if isinstance(questions, str) else "")
        except SummaryError as exc:
            raise UserError(str(exc)) from None
        old_umask = os.umask(0o077)  # health information: readable by this user only
        try:
            if kind == ".pdf":
                _write_pdf(store, summary, person.stored_id, (end - start).days + 1, target)
            else:
                try:
                    target.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Appointment "
                                      f"summary</title></head><body>{summary_html(summary)}</body></html>",
                                      encoding="utf-8")
                except OSError as exc:
                    raise UserError(f"Could not write {say(str(target), 300)}: {exc.strerror or exc}.") from None
        finally:
            os.umask(old_umask)
        print(f"Appointment summary for {say(person.name)} ({start} to {end}) written to {say(str(target), 300)}"
              + (f" (in {speech})" if speech != "en" else ""))
        report_damaged(store)
    finally:
        store.close()
        if spoken is not None:
            spoken()
    return 0


def _qt_app() -> Any:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is ever shown: no screen is needed
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["caregiver-app"])  # a Qt document needs one


def _speak(store: Any, option: str | None) -> tuple[str, Any]:
    """The summary is written in the desktop app's language (--language, else the Language setting, else the
    system's); the command's own lines stay English. Returns the language and what puts things back as they
    were (the command may run inside another program: the tests)."""
    from caregiver_app.system.i18n import PSEUDO
    from caregiver_app.system.language import resolve_language, system_locale

    setting = store.settings.get("language")
    lang = PSEUDO if option == PSEUDO else resolve_language(option or setting, system_locale())
    from PySide6.QtCore import QLocale

    from caregiver_app.system.i18n import install

    _qt_app()
    before = QLocale()
    installed = install(lang)  # English too: its dates then follow an English locale, not, say, a French one

    def undo() -> None:
        installed.remove()
        QLocale.setDefault(before)

    return lang, undo


def _write_pdf(store: Any, summary: Any, person_id: int, days: int, target: Path) -> None:
    from caregiver_app.reports.document import summary_document
    from caregiver_app.reports.pdf import save_pdf

    app = _qt_app()
    doc = summary_document(store, summary, person_id, days)
    errors: list[str] = []
    if save_pdf(doc, f"Appointment summary {summary.person}", target, lambda _t, text: errors.append(text)) is None:
        raise UserError(errors[0] if errors else f"Could not write {target}.")
    del doc, app
