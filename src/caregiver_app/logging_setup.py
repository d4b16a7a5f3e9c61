"""Rotating log file. Logs hold ids and events, never health data (names, doses, notes)."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "caregiver-app.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    from .paths import ensure_private_dir

    try:
        ensure_private_dir(log_dir)
        path = log_dir / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
    handler._caregiver = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    try:
        path.chmod(0o600)
    except OSError:
        pass
    return path
