"""Log file, rotated at start when it grows past 1 MB (3 old files kept).

Logs hold ids and events, never health data (names, doses, notes). Plain ``logging.FileHandler`` keeps
``logging.handlers`` (and the socket/pickle modules it pulls in) off the start-up path.
"""
from __future__ import annotations

import contextlib
import logging
from pathlib import Path

LOG_NAME = "caregiver-app.log"
MAX_BYTES = 1_000_000
KEEP = 3


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    try:
        if not path.exists() or path.stat().st_size < max_bytes:
            return
        for i in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{i + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        pass


class _AppLogHandler(logging.FileHandler):
    """The app's own log file handler: ``_caregiver`` tells it apart from anyone else's."""

    _caregiver = True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    from caregiver_app.system.paths import ensure_private_dir

    path = log_dir / LOG_NAME
    try:
        ensure_private_dir(log_dir)
        rotate(path)
        handler = _AppLogHandler(path, encoding="utf-8")
    except OSError:
        logging.basicConfig(level=level)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    # Replace any earlier handler of ours (tests may build several apps in one process).
    for h in list(root.handlers):
        if getattr(h, "_caregiver", False):
            root.removeHandler(h)
            h.close()
    root.addHandler(handler)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # it logs every job added at INFO
    with contextlib.suppress(OSError):
        path.chmod(0o600)
    return path
