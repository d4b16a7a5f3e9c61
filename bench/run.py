#!/usr/bin/env python3
"""Benchmarks, reported as ratios measured in one run (these machines are noisy).

    python bench/run.py --json        # one JSON object on stdout
    python bench/run.py --only startup

startup_ratio: median wall time from process start to the main window's first paint (demo data) over the same
for a bare PySide6 QMainWindow; both measured as whole processes, alternately, N times each.
startup_rss_ratio: median peak RSS of those same processes.
running_rss_ratio: peak RSS of the app a second after its background services started (for information: the
start-up figures stop at the first page's content).
reminder_latency_ms_*: due time to reminder window shown (20 doses); idle_cpu_s_per_min with 20 schedules
(see reminders_bench.py).
report_365_30_ratio (the 365-day summary over the 30-day one on a heavy generated store: near 12 when linear),
report_365_ms, review_ms_per_person_* (1, 100, 10,000 people) and review_per_person_ratio, export_peak_rss_* and
export_rss_ratio (memory of an export four times larger over the small one: near 1 when it streams): see
data_bench.py.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    painted = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: (print("first_paint", flush=True), app.quit()))
app = QApplication(sys.argv)
w = W(); w.resize(1180, 780); w.show()
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _timed_process(cmd: list[str], env: dict[str, str], content: list | None = None) -> tuple[float, int]:
    """(seconds from spawn to the 'first_paint' line, peak RSS in KiB).

    With ``content``, the time to the 'content_paint' line (the first page's content drawn) is appended to it.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    elapsed = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("first_paint"):
            elapsed = time.perf_counter() - t0
            if content is None:
                break
        elif line.startswith("content_paint") and content is not None:
            content.append(time.perf_counter() - t0)
            break
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else ""
    if elapsed is None or proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
    return elapsed, usage.ru_maxrss


def _compile_bytecode() -> None:
    """Byte-compile the app as an install does (pip writes .pyc for every module). From a source tree with
    PYTHONDONTWRITEBYTECODE set (as on these machines) every start would otherwise compile the app's modules
    again: time and memory no installed copy pays. The bare window's PySide6 is byte-compiled by pip too."""
    import compileall

    compileall.compile_dir(str(ROOT / "src" / "caregiver_app"), quiet=1)


def bench_startup(runs: int) -> dict:
    env = _env()
    _compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        subprocess.run([sys.executable, "-m", "caregiver_app", "--data-dir", str(data), "demo"], env=env,
                       check=True, capture_output=True)
        app_env = dict(env, CAREGIVER_APP_EXIT_AFTER_PAINT="1")
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        app_cmd = [sys.executable, "-m", "caregiver_app", "--data-dir", str(data)]
        _timed_process(bare_cmd, env)  # warm the file cache for both
        _timed_process(app_cmd, app_env)
        # The same start in Spanish (the system's locale, as a Spanish user's desktop sets it): the cost of
        # loading the app's and Qt's translations and of translated words.
        es_env = dict(app_env, LANG="es_ES.UTF-8", LC_ALL="", LC_MESSAGES="", LANGUAGE="")
        bare_t, bare_rss, app_t, app_rss, app_content = [], [], [], [], []
        es_t, es_content = [], []
        for _ in range(runs):
            t, r = _timed_process(bare_cmd, env)
            bare_t.append(t), bare_rss.append(r)
            t, r = _timed_process(app_cmd, app_env, app_content)
            app_t.append(t), app_rss.append(r)
            es_t.append(_timed_process(app_cmd, es_env, es_content)[0])
        # Memory once running: the same app with its background services (APScheduler, backups, the single-
        # instance listener) started after the first paint, a second later; against the same bare windows.
        running_env = dict(env, CAREGIVER_APP_EXIT_AFTER_PAINT="running")
        running_rss = [_timed_process(app_cmd, running_env)[1] for _ in range(max(3, runs // 2))]
    med = statistics.median
    return {
        "startup_ratio": round(med(app_t) / med(bare_t), 3),
        "running_rss_ratio": round(med(running_rss) / med(bare_rss), 3),
        "running_app_rss_median_kib": int(med(running_rss)),
        "startup_rss_ratio": round(med(app_rss) / med(bare_rss), 3),
        # The Today page's content is drawn one event-loop turn after the first paint: reported too.
        "startup_content_ratio": round(med(app_content) / med(bare_t), 3),
        "startup_es_ratio": round(med(es_t) / med(bare_t), 3),
        "startup_es_vs_en_ratio": round(med(es_t) / med(app_t), 3),
        "startup_es_content_vs_en_ratio": round(med(es_content) / med(app_content), 3),
        "startup_app_median_s": round(med(app_t), 4),
        "startup_bare_median_s": round(med(bare_t), 4),
        "startup_app_rss_median_kib": int(med(app_rss)),
        "startup_bare_rss_median_kib": int(med(bare_rss)),
        "startup_runs_each": runs,
    }


def bench_reminders(runs: int) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from reminders_bench import bench_reminders as run

    return run(runs)


def bench_diary(runs: int) -> dict:
    """diary_100k_open_ms: median time to build the diary page on a store of 100,000 entries, load the first page
    of the list and show it (offscreen); the same on an empty store for the ratio. diary_100k_fetch_page_ms: median
    time for one more page of rows while scrolling down."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QApplication

    from caregiver_app.app import AppContext
    from caregiver_app.domain.people import Person
    from caregiver_app.storage import open_store
    from caregiver_app.system.clock import SystemClock
    from caregiver_app.system.paths import resolve_paths
    from caregiver_app.ui.pages.diary import DiaryPage

    qapp = QApplication.instance() or QApplication([])
    clock = SystemClock()
    med = statistics.median
    with tempfile.TemporaryDirectory() as tmp:
        ctxs = {}
        for name, n in (("empty", 0), ("100k", 100_000)):
            paths = resolve_paths(Path(tmp) / name)
            store = open_store(paths.db_path, clock)
            person = store.people.save(Person(name="Bench"))
            now = datetime.now(UTC).replace(microsecond=0)
            rows = []
            for i in range(n):  # about ten years, several entries a day
                at = (now - timedelta(minutes=53 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
                rows.append((person.id, at, i % 5, (i % 3) + 1 if i % 5 else None, i % 11, (i * 7) % 11, 7.0, i % 4,
                             '["drowsiness"]' if i % 5 == 0 else "[]", "", 0, i % 2,
                             '["seizure"]' if i % 997 == 0 else "[]", "note" if i % 9 == 0 else "", at, at))
            with store.transaction() as conn:
                conn.executemany(
                    "INSERT INTO diary_entries(person_id, entry_at, psfs_frequency, psfs_severity, spasticity,"
                    " pain, sleep_hours, sleep_wakeups, side_effects, side_effects_other, sedatives, stretching,"
                    " red_flags, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            ctxs[name] = (AppContext(clock=clock, paths=paths, store=store), person)

        def open_once(name: str) -> tuple[float, DiaryPage]:
            ctx, person = ctxs[name]
            t0 = time.perf_counter()
            page = DiaryPage(ctx)
            page.resize(1000, 720)
            page.set_person(person)
            page.tabs.setCurrentIndex(1)  # the list
            page.show()
            qapp.processEvents()
            return time.perf_counter() - t0, page

        first, page = open_once("100k")  # includes importing and polishing styles once
        page.close()
        page.deleteLater()
        times: dict[str, list[float]] = {"empty": [], "100k": []}
        fetch: list[float] = []
        for _ in range(max(3, runs)):
            for name in ("empty", "100k"):
                t, page = open_once(name)
                times[name].append(t)
                if name == "100k":
                    for _ in range(5):
                        t0 = time.perf_counter()
                        page.model.fetchMore()
                        page.table.scrollToBottom()
                        qapp.processEvents()
                        fetch.append(time.perf_counter() - t0)
                page.close()
                page.deleteLater()
                qapp.processEvents()
        for ctx, _p in ctxs.values():
            ctx.store.close()
    return {
        "diary_100k_open_ms": round(med(times["100k"]) * 1000, 1),
        "diary_empty_open_ms": round(med(times["empty"]) * 1000, 1),
        "diary_100k_open_ratio": round(med(times["100k"]) / med(times["empty"]), 3),
        "diary_100k_first_open_ms": round(first * 1000, 1),
        "diary_100k_fetch_page_ms": round(med(fetch) * 1000, 1),
        "diary_runs_each": max(3, runs),
    }


def _data_bench(name: str):
    def run(runs: int) -> dict:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import data_bench

        return getattr(data_bench, f"bench_{name}")(runs)
    return run


BENCHES = {"startup": bench_startup, "reminders": bench_reminders, "diary": bench_diary,
           "report": _data_bench("report"), "review": _data_bench("review"), "export": _data_bench("export")}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--only", choices=sorted(BENCHES), action="append")
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    result: dict = {"platform": _env()["QT_QPA_PLATFORM"]}
    for name in args.only or BENCHES:
        result.update(BENCHES[name](args.runs))
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:32} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
