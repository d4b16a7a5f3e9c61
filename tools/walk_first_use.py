#!/usr/bin/env python3
"""Issue 13's journey, walked again on a real X screen with a window manager, screenshots of the whole screen:

    Xvfb :98 -screen 0 1366x768x24 &  DISPLAY=:98 openbox &
    DISPLAY=:98 python tools/walk_first_use.py [OUTDIR] [--text-size extra_large]

A fresh data folder and a fixed clock (Mon 23 Nov 2026, 13:50 Europe/London): the first screen, a person added
with a date of birth typed the local way, baclofen three times a day, an as-needed medicine, the reminder and its
question in front of it, a dose far from its time, the plan form with "then stop", the diary, Settings, the
check-in window. Each picture is the whole screen (first-use-*.png), window frames and all, so what does not fit
a 1366×768 screen shows.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--text-size", default="normal", choices=["normal", "large", "extra_large"])
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.text_size == "normal" else f"-{args.text_size.replace('_', '-')}"

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from caregiver_app.app import CaregiverApp, build_context
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.plans import Plan, PlanStep
    from caregiver_app.domain.schedules import TimeDose, parse_time
    from caregiver_app.services.medicines import ScheduleInput
    from caregiver_app.storage import open_store
    from caregiver_app.system.clock import FakeClock
    from caregiver_app.system.paths import resolve_paths
    from caregiver_app.ui.prompts import Prompts

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    zone = ZoneInfo("Europe/London")
    clock = FakeClock(datetime(2026, 11, 23, 13, 50, tzinfo=zone), zone)
    tmp = Path(tempfile.mkdtemp())
    paths = resolve_paths(tmp / "data")
    store = open_store(paths.db_path, clock)
    store.settings.set("text_size", args.text_size)

    from PySide6.QtTest import QTest

    def settle(n: int = 6) -> None:
        QTest.qWait(40 * n)  # a real event loop: windows mapped by the window manager, deleted widgets gone

    def shot(name: str) -> None:
        settle(8)
        screen = qapp.primaryScreen()
        target = out / f"first-use-{name}{suffix}.png"
        screen.grabWindow(0).save(str(target))
        print("wrote", target)

    class Scripted(Prompts):
        """The real questions (parented, modal, on top), each photographed and then answered."""

        answers: list[bool] = []
        names: list[str] = []

        def for_widget(self, parent):
            return Scripted(parent)

        @staticmethod
        def _run(dialog) -> int:
            name = Scripted.names.pop(0) if Scripted.names else None
            answer = Scripted.answers.pop(0) if Scripted.answers else False

            def act() -> None:
                if name:
                    shot(name)
                if isinstance(dialog, QMessageBox):
                    buttons = dialog.buttons()
                    role = QMessageBox.ButtonRole.AcceptRole if answer else QMessageBox.ButtonRole.RejectRole
                    pick = [b for b in buttons if dialog.buttonRole(b) in (role, QMessageBox.ButtonRole.YesRole
                                                                             if answer else
                                                                             QMessageBox.ButtonRole.NoRole)]
                    (pick[0] if pick else buttons[-1]).click()
                elif isinstance(dialog, QDialog):
                    dialog.accept() if answer else dialog.reject()

            QTimer.singleShot(400, act)
            return Prompts._run(dialog)

    app = CaregiverApp(qapp, build_context(clock, paths, store, Scripted()), tray_available=False,
                       autostart_dir=tmp / "autostart")
    app.autostart_services = False
    w = app.window
    app.show()
    settle(40)
    shot("01-first-start")

    # A person, with the date of birth typed the local way.
    from caregiver_app.ui.people import PersonDialog

    person_dlg = PersonDialog(app.ctx, None, w)
    person_dlg.name.setText("Mum")
    person_dlg.dob.setText("14/03/1950" if person_dlg.dob.order == "DMY" else "03/14/1950")
    person_dlg.show()
    shot("02-add-person")
    person_dlg.try_save()
    person = person_dlg.saved
    assert person is not None
    settle()

    # Baclofen three times a day (a dose due in a few minutes), and an as-needed medicine.
    services = app.ctx.services
    bac = Medicine(person_id=person.stored_id, name="Baclofen", form="tablet", strength_mg=10.0)
    times = [["08:00", 10.0], ["14:00", 10.0], ["20:00", 10.0]]
    from caregiver_app.ui.medicine_dialog import MedicineDialog

    med_dlg = MedicineDialog(app.ctx, person, tz_name="Europe/London", parent=w)
    med_dlg.name.setCurrentText("Baclofen")
    med_dlg.strength.setText("10")
    med_dlg.show()
    shot("03-medicine-form")
    med_dlg.reject()
    services.medicines.save(bac, ScheduleInput("fixed", {"times": times}, date(2026, 11, 1), None, "Europe/London"),
                            None)
    para = Medicine(person_id=person.stored_id, name="Paracetamol", form="tablet", strength_mg=500.0)
    services.medicines.save(para, ScheduleInput("prn", {"dose_mg": 1000.0, "min_interval_minutes": 240,
                                                        "max_doses_per_day": 4}, date(2026, 11, 1), None,
                                                "Europe/London"), None)
    w.show_page("today")
    settle()
    today = w.pages["today"]
    prn = services.doses.prn_schedules(person.stored_id)[0]
    para_med = store.medicines.get(prn.medicine_id)
    today.log_prn(prn, para_med)
    shot("04-today-as-needed-logged")

    # A dose far from its time: the question says the time.
    Scripted.names, Scripted.answers = ["05-far-from-time-question"], [False]
    today.table.selectRow(1)                  # the 20:00 dose, six hours away
    today.answer_selected("not_taken")
    settle()

    # The reminder comes; "Taken now" after a dose logged 20 minutes ago asks in front of the reminder.
    clock._now = datetime(2026, 11, 23, 14, 1, tzinfo=zone).astimezone(ZoneInfo("UTC"))
    bac_med = next(m for m in store.medicines.list_for(person.stored_id) if m.name == "Baclofen")
    store.doses.log(person_id=person.stored_id, medicine_id=bac_med.stored_id, dose_mg=10.0, status="taken",
                    taken_utc=clock.now_utc() - timedelta(minutes=20))
    app.start_reminders()
    settle(20)
    rw = app.reminders.reminder_window
    if rw.isVisible():
        shot("06-reminder")
        Scripted.names, Scripted.answers = ["07-reminder-question-in-front"], [False]
        rw.taken_btn.click()
        settle()
        Scripted.names, Scripted.answers = ["08-reminder-skip-question"], [False]
        rw.skip_btn.click()
        settle()
        Scripted.answers = [True, True]
        rw.taken_btn.click()
        settle(20)

    for extra in qapp.topLevelWidgets():   # the danger-sign window the dose logged anyway brought up
        if isinstance(extra, QDialog) and extra.isVisible():
            shot("08b-logged-anyway-danger-sign")
            extra.close()
    settle()

    # A taper plan: "20 mg a day for a week, then 10 mg a day for a week, then stop".
    from caregiver_app.ui.plan_dialog import PlanDialog

    plan_dlg = PlanDialog(app.ctx, person, None, w)
    plan_dlg.name.setText("Down and off (Dr Lee)")
    plan_dlg.kind.setCurrentIndex(plan_dlg.kind.findData("taper"))
    plan_dlg.same_dose.setChecked(True)
    plan_dlg.table.item(0, 0).setText("2026-11-24")
    plan_dlg.table.item(0, 2).setText("10")
    plan_dlg.add_step()
    plan_dlg.table.item(1, 2).setText("5")
    plan_dlg.after_stop.setChecked(True)
    plan_dlg.show()
    shot("09-plan-then-stop")
    plan_dlg.reject()
    services.plans.save(Plan(person_id=person.stored_id, medicine_id=bac_med.stored_id, name="Down and off",
                             kind="taper", active=True, after_last="stop",
                             steps=(PlanStep(date(2026, 11, 24), 7, tuple(TimeDose(parse_time(t), mg) for t, mg in
                                                                           (("08:00", 10.0), ("14:00", 5.0),
                                                                            ("20:00", 5.0)))),
                                    PlanStep(date(2026, 12, 1), 7, tuple(TimeDose(parse_time(t), mg) for t, mg in
                                                                          (("08:00", 5.0), ("14:00", 0.0),
                                                                           ("20:00", 5.0)))))))
    w.show_page("plans")
    shot("10-plans-page")

    # The diary: a new entry.
    w.show_page("diary")
    diary = w.pages["diary"]
    diary.form.pain.setText("4")
    shot("11-diary-form")

    # Settings (text size).
    from caregiver_app.ui.settings_dialog import SettingsDialog

    settings_dlg = SettingsDialog({"text_size": args.text_size}, True, w)
    settings_dlg.show()
    shot("12-settings")
    settings_dlg.reject()

    # The check-in window, a day into the taper.
    clock._now = datetime(2026, 11, 24, 20, 1, tzinfo=zone).astimezone(ZoneInfo("UTC"))
    app.reminders.review_now("wake")
    settle(20)
    app.reminders.reminder_window.hide()   # (the evening dose's reminder came at the same minute)
    ci = app.reminders._checkin_window
    if ci is not None and ci.isVisible():
        ci.raise_()
        shot("13-checkin")
    app.window.allow_close = True
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
