"""``self-test``: checks that this install works (every page and window opens on demonstration data in a
temporary folder; your own data is never touched). Exit code 1 on any problem."""
from __future__ import annotations

import argparse
from typing import Any

from caregiver_app.system.clock import Clock


def add_parser(sub: Any) -> None:
    p = sub.add_parser("self-test", help="check that this install works: open every page and window on "
                       "demonstration data in a temporary folder (offscreen); your data is not touched")
    p.add_argument("--show", action="store_true", help="on the screen instead of offscreen")


def run(args: argparse.Namespace, clock: Clock) -> int:
    from caregiver_app.ui.selftest import run_self_test

    return run_self_test(show=args.show, language=getattr(args, "language", None))
