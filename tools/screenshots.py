#!/usr/bin/env python3
"""Screenshots of every page with demonstration data, for the README and the issue notes.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUTDIR]      (or DISPLAY=:99 under Xvfb)

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
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from caregiver_app.app import AppContext, CaregiverApp
    from caregiver_app.domain.demo import build_demo
    from caregiver_app.storage import open_store
    from caregiver_app.storage.demo import write_demo
    from caregiver_app.system.clock import FakeClock
    from caregiver_app.system.paths import resolve_paths

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    zone = ZoneInfo("Europe/London")
    clock = FakeClock(datetime(2026, 11, 23, 14, 10, tzinfo=zone), zone)
    tmp = Path(tempfile.mkdtemp())
    paths = resolve_paths(tmp / "data")
    store = open_store(paths.db_path, clock)
    # The demo as of this morning, so today's afternoon dose is due and the evening one upcoming.
    write_demo(store, build_demo(1, clock.now_utc() - timedelta(minutes=20), zone))

    class Quiet:
        parent = None

        def error(self, *a):
            print("error:", a)

        def confirm(self, *a):
            return True

        def info(self, *a):
            pass

    app = CaregiverApp(qapp, AppContext(clock=clock, paths=paths, store=store), tray_available=False,
                       dialogs=Quiet(), autostart_dir=tmp / "autostart")
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
    dlg = MedicineDialog(store, w.current_person(), med, rec, tz_name="Europe/London", parent=w)
    dlg.resize(760, 900)
    dlg.show()
    shot(dlg, "medicine-form")
    dlg.hide()
    from caregiver_app.ui.plan_dialog import PlanDialog

    plan = store.plans.list_for(w.current_person_id())[0]
    pdlg = PlanDialog(store, w.current_person(), plan, parent=w)
    pdlg.resize(860, 720)
    pdlg.show()
    shot(pdlg, "plan-form")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
