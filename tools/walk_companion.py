#!/usr/bin/env python3
"""Walk the dose-change companion as a carer would, with an injected clock, and take pictures of each step.

    DISPLAY=:99 python tools/walk_companion.py [OUTDIR]      (or QT_QPA_PLATFORM=offscreen)

A person on baclofen 20 mg three times a day gets a taper plan from the clinic stepping down to 15 mg at the
evening dose on Tue 1 Dec 2026. The clock is moved to 20:00 that day: the check-in arrives (picture), is answered
with Enter ("none of these"); Today says so (picture). The next evening a fever is ticked: the guidance comes first
(picture) and the answer is recorded. The Plans calendar marks the check-in days (picture) and the summary PDF
shows both answers (companion-summary.pdf, turned into PNGs with pdftoppm by the caller).
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from caregiver_app.app import CaregiverApp, build_context
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.people import Person
    from caregiver_app.domain.plans import Plan, PlanStep
    from caregiver_app.domain.schedules import TimeDose
    from caregiver_app.storage import open_store
    from caregiver_app.system.clock import FakeClock
    from caregiver_app.system.paths import resolve_paths
    from caregiver_app.ui.prompts import Prompts

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    zone = ZoneInfo("Europe/London")
    clock = FakeClock(datetime(2026, 11, 30, 9, 0, tzinfo=zone), zone)
    tmp = Path(tempfile.mkdtemp())
    paths = resolve_paths(tmp / "data")
    store = open_store(paths.db_path, clock)

    class Quiet(Prompts):
        def for_widget(self, parent):
            return Quiet(parent)

        def error(self, title, text):
            print("error:", title, text)

        def confirm(self, title, text, yes="Yes", no="No"):
            return True

        def info(self, title, text):
            print("info:", title, text)

        notice = info

    ctx = build_context(clock, paths, store, Quiet())
    services = ctx.services
    person = services.people.save(Person(name="Mum", prescriber="Dr Lee, Neurology clinic — 01234 567890",
                                         emergency_contact="Sam (son) — 07700 900123"))
    from caregiver_app.services.medicines import ScheduleInput

    times = [["08:00", 20.0], ["14:00", 20.0], ["20:00", 20.0]]
    med = services.medicines.save(
        Medicine(person_id=person.stored_id, name="Baclofen", form="tablet", strength_mg=10.0, ingredient="baclofen"),
        ScheduleInput("fixed", {"times": times}, date(2026, 11, 1), None, "Europe/London"), None)
    store.settings.set("reminders_checked_from", store.now_db())
    step_day = date(2026, 12, 1)

    def doses(*mg):
        return tuple(TimeDose(time.fromisoformat(t), m) for t, m in zip(("08:00", "14:00", "20:00"), mg,
                                                                          strict=True))

    services.plans.save(Plan(person_id=person.stored_id, medicine_id=med.stored_id, name="Taper from Dr Lee",
                             kind="taper", source_note="Clinic letter, 27 Nov", active=True,
                             steps=(PlanStep(step_day, 7, doses(20, 20, 15)), PlanStep(step_day + timedelta(days=7),
                                                                                       7, doses(15, 20, 15)))))

    def answer_doses_until(now: datetime) -> None:
        """The carer answers every dose on time (so only the taper opens a period)."""
        views = [services.doses.view(s) for d in range(0, 10)
                 for s in services.doses.timeline(person.stored_id, date(2026, 11, 30) + timedelta(days=d))
                 if s.answer is None and s.due_utc <= now]
        for v in views:
            services.doses.log_answer(v, "taken", when=v.slot.due_utc)

    app = CaregiverApp(qapp, ctx, tray_available=False, autostart_dir=tmp / "autostart")
    w = app.window
    w.resize(1180, 780)
    app.show()
    qapp.processEvents()

    def shot(widget, name):
        for _ in range(5):
            qapp.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print("wrote", out / f"{name}.png")

    app.start_reminders()
    # Tue 1 Dec, 20:00: the step day's evening (the doses up to now answered).
    at = datetime(2026, 12, 1, 20, 0, tzinfo=zone)
    clock._now = at.astimezone(ZoneInfo("UTC"))
    answer_doses_until(clock.now_utc() - timedelta(minutes=1))
    app.reminders.review_now("wake")
    rw = app.reminders._reminder_window
    if rw is not None:
        rw.hide()   # the 20:00 dose reminder is there too; this walk is about the check-in
    win = app.reminders.checkin_window
    win.show()
    shot(win, "companion-checkin-step-day")
    panel = next(iter(win.panels.values()))
    panel.spasticity.setText("4")
    win.activateWindow()
    panel.none_btn.setFocus()
    QTest.keyClick(panel.none_btn, Qt.Key.Key_Return)   # Enter: none of these
    qapp.processEvents()
    print("after Enter, panels left:", len(win.panels), "window visible:", win.isVisible())
    w.show_page("today")
    w.pages["today"].refresh()
    shot(w, "companion-today-answered")

    # Wed 2 Dec, 20:00: a fever this time.
    clock._now = datetime(2026, 12, 2, 20, 0, tzinfo=zone).astimezone(ZoneInfo("UTC"))
    answer_doses_until(clock.now_utc() - timedelta(minutes=1))
    app.reminders.review_now("wake")
    if app.reminders._reminder_window is not None:
        app.reminders._reminder_window.hide()
    win = app.reminders.checkin_window
    win.show()
    panel = next(iter(win.panels.values()))
    panel.boxes["fever"].setChecked(True)
    qapp.processEvents()
    dlg = win.dialogs.get(panel.checkin.key)
    if dlg is not None:
        dlg.resize(680, 520)
        shot(dlg, "companion-fever-guidance")
        dlg.close()
    shot(win, "companion-checkin-fever-recorded")
    panel.spasticity.setText("7")
    panel.note.setText("Feels hot, legs stiffer tonight")
    panel.save_btn.click()
    qapp.processEvents()

    w.show_page("plans")
    w.pages["plans"].refresh()
    cal = w.pages["plans"].calendar.calendar
    from PySide6.QtCore import QDate

    w.pages["plans"].views.setCurrentIndex(1)
    cal.setSelectedDate(QDate(2026, 12, 2))
    shot(w, "companion-plans-calendar")
    w.show_page("diary")
    w.pages["diary"].refresh()
    w.pages["diary"].tabs.setCurrentIndex(1)
    shot(w, "companion-diary-list")

    # The summary PDF, as the Reports page saves it.
    page = w.pages["reports"]
    w.show_page("reports")
    page.refresh()
    target = out / "companion-summary.pdf"
    print("pdf:", page.save_summary_pdf(target))
    shot(w, "companion-summary-screen")
    app.reminders.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
