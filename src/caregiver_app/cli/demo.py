"""``demo``: fill an empty data folder with one demonstration person."""
from __future__ import annotations

import argparse
from typing import Any

from caregiver_app.cli.common import UserError, app_not_running, open_store_for, paths_for
from caregiver_app.system.clock import Clock


def add_parser(sub: Any) -> None:
    demo = sub.add_parser("demo", help="fill an empty data folder with a demonstration person and 90 days of history")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data; default 1)")


def run(args: argparse.Namespace, clock: Clock) -> int:
    from caregiver_app.domain.demo import build_demo
    from caregiver_app.storage.demo import RefusedError, write_demo

    lock = app_not_running(paths_for(args))
    store = open_store_for(args, clock)
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
