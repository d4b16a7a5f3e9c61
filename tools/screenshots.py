#!/usr/bin/env python3
"""Screenshots of every page with demonstration data, for the README and the issue notes.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUTDIR] [--language es|pseudo]   (or DISPLAY=:99)

With --language, the app speaks that language (the default OUTDIR is then docs/screenshots/<language>), and the
appointment summary's PDF is written there too (summary.pdf, and summary-N.png pages where pdftoppm is found).

Uses a fixed clock (Mon 23 Nov 2026, 14:10 Europe/London) so the pictures are the same each time.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    import argparse

    p = argparse.ArgumentParser()
    p.add_argument("out", nargs="?")
    p.add_argument("--language")
    args = p.parse_args()
    default = ROOT / "docs" / "screenshots" / (args.language or "")
    out = Path(args.out) if args.out else default
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from caregiver_app.app import CaregiverApp, build_context
    from caregiver_app.domain.demo import build_demo
    from caregiver_app.storage import open_store
    from caregiver_app.storage.demo import write_demo
    from caregiver_app.system.clock import FakeClock
    from caregiver_app.system.paths import resolve_paths

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    if args.language:
        from caregiver_app.system.i18n import install

        installed = install(args.language)
        print("language", installed.language, "translators", len(installed.translators))
    zone = ZoneInfo("Europe/London")
    clock = FakeClock(datetime(2026, 11, 23, 14, 10, tzinfo=zone), zone)
    tmp = Path(tempfile.mkdtemp())
    paths = resolve_paths(tmp / "data")
    store = open_store(paths.db_path, clock)
    # The demo as of this morning, so today's afternoon dose is due and the evening one upcoming.
    write_demo(store, build_demo(1, clock.now_utc() - timedelta(minutes=20), zone))

    from caregiver_app.ui.prompts import Prompts

    class Quiet(Prompts):
        """Says yes to every question, prints errors (no window waits for an answer)."""

        def for_widget(self, parent):
            return Quiet(parent)

        def error(self, title, text):
            print("error:", title, text)

        def confirm(self, title, text, yes="Yes", no="No"):
            return True

        def info(self, title, text):
            pass

        notice = info

    app = CaregiverApp(qapp, build_context(clock, paths, store, Quiet()), tray_available=False,
                       autostart_dir=tmp / "autostart")
    w = app.window
    w.resize(1180, 780)
    app.show()
    qapp.processEvents()

    def shot(widget, name):
        for _ in range(3):
            qapp.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print("wrote", out / f"{name}.png")

    for key in ("today", "medicines", "diary", "plans", "info", "reports"):
        w.show_page(key)
        shot(w, key)
    w.show_page("today")
    w.pages["today"].tabs.setCurrentIndex(1)
    shot(w, "history")
    w.pages["today"].tabs.setCurrentIndex(0)

    app.start_reminders()
    qapp.processEvents()
    rw = app.reminders.reminder_window
    if rw.isVisible():
        rw.resize(720, 360)
        shot(rw, "reminder")
    # Missed doses: the app was closed overnight.
    clock.advance(timedelta(hours=19))
    app.reminders.review_now("start")
    mw = app.reminders.missed_window
    if mw.isVisible():
        mw.resize(760, 480)
        shot(mw, "missed")
    from caregiver_app.ui.medicine_dialog import MedicineDialog

    med = store.medicines.list_for(w.current_person_id())[0]
    rec = store.schedules.for_medicine(med.id)[0]
    dlg = MedicineDialog(app.ctx, w.current_person(), med, rec, tz_name="Europe/London", parent=w)
    dlg.resize(760, 900)
    dlg.show()
    shot(dlg, "medicine-form")
    dlg.hide()
    from caregiver_app.ui.plan_dialog import PlanDialog

    plan = store.plans.list_for(w.current_person_id())[0]
    pdlg = PlanDialog(app.ctx, w.current_person(), plan, parent=w)
    pdlg.resize(860, 720)
    pdlg.show()
    shot(pdlg, "plan-form")
    pdlg.hide()

    # The clinical safety review's three screens: a liquid's strength chosen as printed on the bottle; a danger
    # sign ticked on a form that cannot be saved yet (its guidance comes at once); a pump user's guidance.
    liquid = MedicineDialog(app.ctx, w.current_person(), None, None, tz_name="Europe/London", parent=w)
    liquid.name.setCurrentText("Baclofen oral solution")
    liquid.form.setCurrentIndex(liquid.form.findData("oral_solution"))
    liquid.bottle.setCurrentIndex(2)          # 10 mg/5 mL
    for row, mg in enumerate(("5", "7.5", "5")):
        liquid.times.item(row, 1).setText(mg)
    liquid.resize(760, 900)
    liquid.show()
    shot(liquid, "medicine-form-liquid-strength")
    liquid.hide()
    w.show_page("diary")
    diary = w.pages["diary"]
    diary.tabs.setCurrentIndex(0)
    diary.form.pain.setText("11")
    diary.form.red_flags.boxes["seizure"].setChecked(True)
    diary.save()
    shot(w, "diary-danger-sign-invalid-form")
    if diary.red_flag_dialog is not None:
        shot(diary.red_flag_dialog, "diary-danger-sign-guidance")
        diary.red_flag_dialog.close()
    from caregiver_app.domain.diary import RED_FLAGS, urgent_guidance
    from caregiver_app.ui.red_flags import RedFlagDialog

    guidance = urgent_guidance([RED_FLAGS["fever"], RED_FLAGS["itching"], RED_FLAGS["pump_alarm"]], has_pump=True)
    pump = RedFlagDialog(guidance, w.current_person(), w)
    pump.show()
    shot(pump, "pump-guidance")
    pump.close()
    if args.language:
        _summary_pdf(app, store, out)
    app.quit()
    return 0


def _summary_pdf(app, store, out: Path) -> None:
    """The appointment summary's PDF of the last 30 days, as the Reports page writes it."""
    import shutil
    import subprocess

    from caregiver_app.reports.document import summary_document
    from caregiver_app.reports.pdf import save_pdf
    from caregiver_app.reports.summary import build_summary, period_for

    person = app.window.current_person()
    start, end = period_for(app.ctx.clock.today(), 30)
    summary = build_summary(app.ctx.services, person.stored_id, start, end, "")
    doc = summary_document(store, summary, person.stored_id, 30)
    target = out / "summary.pdf"
    save_pdf(doc, "summary", target, lambda _t, text: print("error:", text))
    print("wrote", target)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(out / "summary")], check=True)


if __name__ == "__main__":
    sys.exit(main())
