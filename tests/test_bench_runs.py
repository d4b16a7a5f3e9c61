"""The benchmarks live apart from the tests, but must keep running: the reminder bench's child process went
stale once when the app's constructor changed, and nobody noticed. This runs it briefly (not a measurement)."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_reminder_bench_child_still_runs():
    sys.path.insert(0, str(BENCH))
    try:
        import reminders_bench
    finally:
        sys.path.remove(str(BENCH))
    out = reminders_bench._run("idle", 0.5)
    assert out["jobs"] >= 1 and out["cpu"] >= 0
