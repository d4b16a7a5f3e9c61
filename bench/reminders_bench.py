"""Reminder benchmarks, run in a child process (offscreen Qt):

reminder_latency_ms: from a dose's due time to its reminder window being shown, median and max over 20 doses,
with APScheduler's real timers in the Qt event loop.
idle_cpu_s_per_min: CPU seconds per minute the app uses while idle with 20 schedules active.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, tempfile, time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from caregiver_app.app import CaregiverApp, build_context
from caregiver_app.domain.medicines import Medicine
from caregiver_app.domain.people import Person
from caregiver_app.system.clock import LocalTime
from caregiver_app.system.paths import resolve_paths
from caregiver_app.storage import open_store

mode, seconds = sys.argv[1], float(sys.argv[2])
LONDON = ZoneInfo("Europe/London")

class OffsetClock(LocalTime):
    def __init__(self): self.offset = timedelta(0)
    def now_utc(self): return datetime.now(timezone.utc) + self.offset
    def monotonic(self): return time.monotonic()
    def local_tz(self): return LONDON

class Quiet:
    # Answers every question (the methods of ui/prompts.Prompts) without a window.
    parent = None
    def for_widget(self, parent): return self
    def error(self, *a): pass
    def info(self, *a): pass
    def notice(self, *a): pass
    def confirm(self, *a, **k): return True
    def ask_text(self, *a): return None
    def ask_time(self, *a): return None

qapp = QApplication([])
clock = OffsetClock()
tmp = Path(tempfile.mkdtemp())
paths = resolve_paths(tmp / "d")
store = open_store(paths.db_path, clock)
r = store.people.save(Person(name="Bench"))
day = date(2026, 11, 23)
if mode == "latency":
    m = store.medicines.save(Medicine(person_id=r.id, name="Baclofen", form="tablet", strength_mg=10))
    times = [f"{8 + i // 2:02d}:{30 * (i % 2):02d}" for i in range(20)]
    store.schedules.save(m.id, "fixed", {"times": [[t, 5] for t in times]}, tz="Europe/London", start_date=day)
    store.conn.execute("UPDATE schedules SET created_at = '2026-01-01T00:00:00Z'")
else:
    times = []
    for i in range(20):
        m = store.medicines.save(Medicine(person_id=r.id, name=f"Medicine {i}", form="tablet", strength_mg=10))
        store.schedules.save(m.id, "fixed", {"times": [[f"{(6 + i) % 24:02d}:15", 10]]}, tz="Europe/London",
                             start_date=day)
# Start just before the first dose of the day.
first = datetime(2026, 11, 23, 7, 59, tzinfo=LONDON).astimezone(timezone.utc)
clock.offset = first - datetime.now(timezone.utc)
store.settings.set("reminders_checked_from", "2026-11-23T07:00:00Z")
app = CaregiverApp(qapp, build_context(clock, paths, store, Quiet()), tray_available=False,
                   autostart_dir=tmp / "a")
app.show()
app.start_reminders()
rw = app.reminders.reminder_window
shown = []
# The window's show() is wrapped to note the moment (an event filter here tripped a PySide refcount bug).
_orig_show = rw.show
def _show():
    if not rw.isVisible():
        shown.append(clock.now_utc())
    _orig_show()
rw.show = _show

def spin_until(pred, limit):
    end = time.monotonic() + limit
    while not pred() and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.001)

if mode == "latency":
    lat = []
    svc = app.ctx.services.doses
    for i, t in enumerate(times):
        due = datetime(2026, 11, 23, int(t[:2]), int(t[3:]), tzinfo=LONDON).astimezone(timezone.utc)
        clock.offset = (due - timedelta(seconds=0.5)) - datetime.now(timezone.utc)
        shown.clear()
        app.reminders.review_now("bench")      # as after a clock change: jobs rebuilt
        spin_until(lambda: bool(shown), 5)
        lat.append((shown[0] - due).total_seconds() * 1000 if shown else float("nan"))
        views = list(rw.list.views.values())
        svc.answer("taken", views)
        app.reminders.review_now("answered")
    print(json.dumps({"lat": lat}), flush=True)
else:
    spin_until(lambda: False, 2)  # settle after start
    jobs = app.reminders.scheduler.job_count()
    c0, w0 = time.process_time(), time.monotonic()
    QTimer.singleShot(int(seconds * 1000), qapp.quit)
    qapp.exec()
    cpu, wall = time.process_time() - c0, time.monotonic() - w0
    print(json.dumps({"cpu": cpu, "wall": wall, "jobs": jobs}), flush=True)
import os
os._exit(0)  # skip interpreter teardown of Qt objects (nothing left to save)
"""


def _run(mode: str, seconds: float) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(seconds)], env=env, capture_output=True, text=True,
                         timeout=600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_reminders(runs: int) -> dict:
    lat = _run("latency", 0)["lat"]
    idle = _run("idle", 60.0)
    return {
        "reminder_latency_ms_median": round(statistics.median(lat), 1),
        "reminder_latency_ms_max": round(max(lat), 1),
        "reminder_latency_samples": len(lat),
        "idle_cpu_s_per_min": round(idle["cpu"] / idle["wall"] * 60, 4),
        "idle_jobs": idle["jobs"],
    }
