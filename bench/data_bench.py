"""Data-size benchmarks (issue 14), each on generated stores, as ratios measured in one run.

report_365_30_ratio: the appointment summary (reports.summary.build_summary) of 365 days over that of 30 days, on a
heavy store (ten years, nine baclofen doses a day = about 33,000 doses, corrections, an as-needed medicine, a 5-step
taper, 3,650 diary entries). Linear in the period: at most 365/30 = 12.2 (a fixed cost of a few ms a
summary, the plans, schedules and watch periods read once, brings it lower; quadratic would be far above); report_365_ms
is its time.
review_ms_per_person_*: one reminder review (DoseService.review) with 1, 100 and 10,000 people, each with a
schedule of three doses a day and two weeks of answers, per person; review_per_person_ratio is the cost per
person at 10,000 over that at 100 (flat: near 1).
export_peak_rss_*: peak memory of ``caregiver-app export`` of a heavy store and of one four times larger (child
processes, each saying its own VmHWM); export_rss_ratio is large over small (streaming: near 1 whatever the data
size).

    python bench/run.py --json --only report --only review --only export
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _clock() -> Any:
    from zoneinfo import ZoneInfo

    from caregiver_app.system.clock import FakeClock

    return FakeClock(NOW, ZoneInfo("Europe/London"))


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_heavy_store(path: Path, *, years: int = 10, people: int = 1, times_a_day: int = 9) -> None:
    """A heavy store written straight in SQL (fast), shaped as the app writes it: per person a baclofen schedule of
    ``times_a_day`` doses over ``years`` years with an answer each (taken, some skipped or missed, a correction
    every 50), an as-needed paracetamol taken most days, a 5-step taper, a diary entry a day."""
    from zoneinfo import ZoneInfo

    from caregiver_app.storage import open_store

    zone = ZoneInfo("Europe/London")
    store = open_store(path, _clock())
    conn = store.conn
    first = NOW.date() - timedelta(days=365 * years)
    stamp = _stamp(NOW - timedelta(days=365 * years))
    times = [f"{7 + (14 * i) // max(1, times_a_day - 1):02d}:{(7 * i) % 60:02d}" for i in range(times_a_day)]
    with store.transaction():
        for p in range(people):
            pid = conn.execute("INSERT INTO people(name, created_at, updated_at) VALUES (?,?,?)",
                               (f"Person {p + 1}", stamp, stamp)).lastrowid
            mid = conn.execute("INSERT INTO medicines(person_id, name, form, strength_mg, created_at, updated_at) "
                               "VALUES (?,?,?,?,?,?)", (pid, "Baclofen", "tablet", 10.0, stamp, stamp)).lastrowid
            spec = json.dumps({"times": [[t, 5.0] for t in times]})
            sid = conn.execute("INSERT INTO schedules(medicine_id, kind, spec, tz, start_date, created_at, updated_at)"
                               " VALUES (?,?,?,?,?,?,?)", (mid, "fixed", spec, "Europe/London", first.isoformat(),
                                                           stamp, stamp)).lastrowid
            para = conn.execute("INSERT INTO medicines(person_id, name, form, strength_mg, created_at, updated_at) "
                                "VALUES (?,?,?,?,?,?)", (pid, "Paracetamol", "tablet", 500.0, stamp,
                                                         stamp)).lastrowid
            prn = conn.execute("INSERT INTO schedules(medicine_id, kind, spec, tz, start_date, created_at, "
                               "updated_at) VALUES (?,?,?,?,?,?,?)",
                               (para, "prn", json.dumps({"dose_mg": 1000.0, "min_interval_minutes": 240,
                                                         "max_doses_per_day": 4}), "Europe/London",
                                first.isoformat(), stamp, stamp)).lastrowid
            plan = conn.execute("INSERT INTO plans(person_id, medicine_id, name, kind, active, created_at, "
                                "updated_at) VALUES (?,?,?,?,1,?,?)", (pid, mid, "Taper", "taper", stamp,
                                                                        stamp)).lastrowid
            for seq in range(5):
                start = NOW.date() - timedelta(days=70 - 14 * seq)
                conn.execute("INSERT INTO plan_steps(plan_id, seq, start_date, days, doses) VALUES (?,?,?,?,?)",
                             (plan, seq + 1, start.isoformat(), 14,
                              json.dumps([[t, 5.0 - seq] for t in times])))
            doses, diary = [], []
            day = first
            n = 0
            while day < NOW.date():
                for t in times:
                    hh, mm = map(int, t.split(":"))
                    due = datetime(day.year, day.month, day.day, hh, mm, tzinfo=zone)
                    status = "taken" if n % 20 else ("skipped" if n % 40 else "missed")
                    taken = _stamp(due + timedelta(minutes=n % 25)) if status == "taken" else None
                    doses.append((pid, mid, sid, f"{day.isoformat()}T{t}", _stamp(due), 5.0, status, taken,
                                  taken or _stamp(due), 0))
                    n += 1
                if day.toordinal() % 3:
                    at = datetime(day.year, day.month, day.day, 13, 0, tzinfo=zone)
                    doses.append((pid, para, prn, None, None, 1000.0, "taken", _stamp(at), _stamp(at), 0))
                at = _stamp(datetime(day.year, day.month, day.day, 21, 0, tzinfo=zone))
                diary.append((pid, at, day.toordinal() % 5, day.toordinal() % 11, day.toordinal() % 7, 7.5,
                              '["drowsiness"]' if day.day == 1 else "[]", at, at))
                day += timedelta(days=1)
            conn.executemany(
                "INSERT INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg, status, taken_at,"
                " recorded_at, superseded) VALUES (?,?,?,?,?,?,?,?,?,?)", doses)
            conn.executemany(
                "INSERT INTO diary_entries(person_id, entry_at, psfs_frequency, spasticity, pain, sleep_hours,"
                " side_effects, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", diary)
            # A correction every 50 doses: the original superseded, the new row pointing back with the reason.
            ids = [r[0] for r in conn.execute("SELECT id FROM dose_log WHERE person_id = ? AND slot IS NOT NULL "
                                              "AND status = 'taken' AND id % 50 = 0", (pid,))]
            for did in ids:
                conn.execute("UPDATE dose_log SET superseded = 1 WHERE id = ?", (did,))
                conn.execute(
                    "INSERT INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg, status, "
                    "taken_at, recorded_at, replaces_id, edit_reason) SELECT person_id, medicine_id, schedule_id, "
                    "slot, due_at, 7.5, status, taken_at, recorded_at, id, 'Wrong dose written down' "
                    "FROM dose_log WHERE id = ?", (did,))
        conn.execute("INSERT INTO settings(key, value) VALUES ('reminders_checked_from', ?)",
                     (json.dumps(stamp),))
    store.close()


def _median_time(fn: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_report(runs: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "src"))
    from caregiver_app.reports.summary import build_summary, period_for
    from caregiver_app.services import Services
    from caregiver_app.storage import open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "heavy.db"
        make_heavy_store(path)
        clock = _clock()
        store = open_store(path, clock)
        services = Services(store, clock)
        doses = store.conn.execute("SELECT COUNT(*) FROM dose_log").fetchone()[0]
        out: dict[str, Any] = {"report_store_doses": doses}
        periods = {days: period_for(clock.today(), days) for days in (30, 90, 365)}
        for start, end in periods.values():
            build_summary(services, 1, start, end)  # warm
        times: dict[int, list[float]] = {days: [] for days in periods}
        for _ in range(max(9, 3 * runs)):  # alternately, so a slow moment of the machine falls on each alike
            for days, (start, end) in periods.items():
                times[days].append(_median_time(lambda s=start, e=end: build_summary(services, 1, s, e), 1))
        for days, ts in times.items():
            out[f"report_{days}_ms"] = round(statistics.median(ts) * 1000, 1)
        store.close()
    out["report_365_30_ratio"] = round(out["report_365_ms"] / out["report_30_ms"], 2)
    return out


def bench_review(runs: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "src"))
    from caregiver_app.services import Services
    from caregiver_app.storage import open_store

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1, 100, 10_000):
            path = Path(tmp) / f"review-{n}.db"
            _people_with_a_schedule(path, n)
            clock = _clock()
            store = open_store(path, clock)
            doses = Services(store, clock).doses
            doses.review()  # warm
            t = _median_time(doses.review, max(3, runs) if n < 10_000 else 3)
            out[f"review_ms_per_person_{n}"] = round(t * 1000 / n, 3)
            out[f"review_ms_{n}"] = round(t * 1000, 1)
            store.close()
    out["review_per_person_ratio"] = round(out["review_ms_per_person_10000"] / out["review_ms_per_person_100"], 3)
    return out


def _people_with_a_schedule(path: Path, n: int) -> None:
    """``n`` people, each with a baclofen schedule of three doses a day and two weeks of answers (plus a year of
    older history, which a review must not read)."""
    from zoneinfo import ZoneInfo

    from caregiver_app.storage import open_store

    zone = ZoneInfo("Europe/London")
    store = open_store(path, _clock())
    conn = store.conn
    stamp = _stamp(NOW - timedelta(days=400))
    times = ("08:00", "14:00", "20:00")
    with store.transaction():
        for p in range(n):
            pid = conn.execute("INSERT INTO people(name, created_at, updated_at) VALUES (?,?,?)",
                               (f"Resident {p + 1}", stamp, stamp)).lastrowid
            mid = conn.execute("INSERT INTO medicines(person_id, name, form, strength_mg, created_at, updated_at) "
                               "VALUES (?,?,?,?,?,?)", (pid, "Baclofen", "tablet", 10.0, stamp, stamp)).lastrowid
            sid = conn.execute("INSERT INTO schedules(medicine_id, kind, spec, tz, start_date, created_at, updated_at)"
                               " VALUES (?,?,?,?,?,?,?)",
                               (mid, "fixed", json.dumps({"times": [[t, 10.0] for t in times]}), "Europe/London",
                                "2025-10-01", stamp, stamp)).lastrowid
            rows = []
            history = 14 if n > 100 else 380
            for back in range(1, history):
                day = NOW.date() - timedelta(days=back)
                for t in times:
                    hh, mm = map(int, t.split(":"))
                    due = _stamp(datetime(day.year, day.month, day.day, hh, mm, tzinfo=zone))
                    rows.append((pid, mid, sid, f"{day.isoformat()}T{t}", due, 10.0, "taken", due, due))
            conn.executemany("INSERT INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg, status,"
                             " taken_at, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        conn.execute("INSERT INTO settings(key, value) VALUES ('reminders_checked_from', ?)", (json.dumps(stamp),))
    store.close()


#: The export as a child process that says its own peak memory at the end: VmHWM, the high-water mark of its own
#: memory since exec (ru_maxrss would also count what the parent held when it forked: Linux carries the parent's
#: peak into the child's rusage across exec, so a bench that had just built 10,000 people read 480 MB).
_EXPORT_CHILD = """
import sys
from caregiver_app.cli.main import main
code = main(sys.argv[1:])
try:
    with open("/proc/self/status") as f:
        hwm = next(line.split()[1] for line in f if line.startswith("VmHWM:"))
except OSError:
    import resource
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stderr.write(f"\\nPEAK_KIB {hwm}\\n")
sys.exit(code)
"""


def bench_export(runs: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, people in (("small", 1), ("large", 4)):
            folder = Path(tmp) / name
            folder.mkdir()
            make_heavy_store(folder / "caregiver.db", people=people)
            target = Path(tmp) / f"{name}.json"
            rss = []
            for _ in range(max(1, runs // 3)):
                target.unlink(missing_ok=True)
                proc = subprocess.run([sys.executable, "-c", _EXPORT_CHILD, "--data-dir", str(folder), "export",
                                       "-o", str(target)], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, text=True)
                if proc.returncode:
                    raise RuntimeError(proc.stderr[-2000:])
                rss.append(int(proc.stderr.rsplit("PEAK_KIB ", 1)[1].split()[0]))
            out[f"export_peak_rss_{name}_kib"] = int(statistics.median(rss))
            out[f"export_{name}_mb"] = round(target.stat().st_size / 1e6, 1)
    out["export_rss_ratio"] = round(out["export_peak_rss_large_kib"] / out["export_peak_rss_small_kib"], 3)
    return out


if __name__ == "__main__":
    which = sys.argv[1:] or ["report", "review", "export"]
    result: dict[str, Any] = {}
    for w in which:
        result.update({"report": bench_report, "review": bench_review, "export": bench_export}[w](5))
    print(json.dumps(result))
