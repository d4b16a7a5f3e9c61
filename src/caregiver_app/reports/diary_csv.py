"""The diary as CSV (stdlib csv): UTF-8 with a header row, local times, words rather than codes."""
from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path
from typing import IO

from caregiver_app.domain.diary import PSFS_FREQUENCY, PSFS_SEVERITY, RED_FLAGS, SIDE_EFFECTS, DiaryEntry, DiaryFilter

HEADER = (
    "date", "time", "spasm frequency (Penn 0-4)", "spasm frequency meaning", "spasm severity (Penn 1-3)",
    "spasticity (0-10)", "pain (0-10)", "sleep hours", "woken by spasms (times)", "side effects",
    "other side effects", "alcohol or sedating medicines", "stretching or physiotherapy", "danger signs", "notes",
    "dose-change check-in for", "last changed (UTC)",
)
# Spreadsheets run cells that start like a formula; such text cells get a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    return "'" + value if value and value.startswith(_FORMULA_START) else value


def _num(v) -> str:
    return "" if v is None else f"{v:g}"


def entry_row(e: DiaryEntry, tz: tzinfo) -> list[str]:
    local = e.entry_at.astimezone(tz)
    return [
        local.strftime("%Y-%m-%d"), local.strftime("%H:%M"), _num(e.psfs_frequency),
        PSFS_FREQUENCY.get(e.psfs_frequency, "") if e.psfs_frequency is not None else "",
        _num(e.psfs_severity) + (f" {PSFS_SEVERITY[e.psfs_severity].lower()}" if e.psfs_severity in PSFS_SEVERITY
                                 else ""),
        _num(e.spasticity), _num(e.pain), _num(e.sleep_hours), _num(e.sleep_wakeups),
        "; ".join(SIDE_EFFECTS.get(k, k) for k in e.side_effects), _text(e.side_effects_other),
        "yes" if e.sedatives else "no", "yes" if e.stretching else "no",
        "; ".join(RED_FLAGS[k].label for k in e.red_flags if k in RED_FLAGS), _text(e.notes),
        e.checkin_day.isoformat() if e.checkin and e.checkin_day else "",
        e.updated_at.strftime("%Y-%m-%d %H:%M") if e.updated_at else "",
    ]


def write_entries(out: IO[str], entries: Iterable[DiaryEntry], tz: tzinfo) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    n = 0
    for e in entries:
        writer.writerow(entry_row(e, tz))
        n += 1
    return n


def export_diary_csv(store, person_id: int, path: Path | str, flt: DiaryFilter | None = None) -> int:
    """Write the person's diary (oldest first) to ``path``; returns the number of entries.

    Written to a temporary file beside it and renamed, so a failure never leaves half a file. UTF-8 with a
    byte-order mark, so that spreadsheet programs read accents and symbols correctly."""
    path = Path(path)
    tz = store.clock.local_tz()
    fd, tmp = tempfile.mkstemp(prefix=".diary-", suffix=".csv.tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            n = write_entries(fh, store.diary.iter_entries(person_id, flt), tz)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return n


def diary_csv_text(store, person_id: int, flt: DiaryFilter | None = None) -> str:
    buf = io.StringIO()
    write_entries(buf, store.diary.iter_entries(person_id, flt), store.clock.local_tz())
    return buf.getvalue()
