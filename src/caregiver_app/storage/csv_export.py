"""CSV export for spreadsheets: one file per table, from one consistent snapshot.

CSV is for reading in a spreadsheet, not for importing back (use the JSON export for that):

* UTF-8 with a byte-order mark, so spreadsheet programs detect the encoding; a header row of column names;
* empty cell for a missing value (NULL);
* a text cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading apostrophe,
  so a spreadsheet shows it as text instead of running it as a formula ("CSV injection").
"""
from __future__ import annotations

import csv
import io
import logging
from pathlib import Path

from caregiver_app.domain.text import Messages
from caregiver_app.storage.db import Store, error_text
from caregiver_app.storage.export import ExportError, read_all_tables, write_private_file
from caregiver_app.system.paths import ensure_private_dir

_ = Messages("storage.csv_export")
log = logging.getLogger(__name__)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    if isinstance(value, float):
        return repr(value)
    return str(value)


def export_csv(store: Store, folder: Path) -> list[Path]:
    """Write ``<table>.csv`` for every table into ``folder`` (created 0700 if missing); files are 0600."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ExportError(_("{folder} is a file; please give a folder for the CSV files.", folder=str(folder)))
    try:
        ensure_private_dir(folder)
    except Exception as exc:  # DataDirError
        raise ExportError(error_text(exc)) from exc
    schema, data = read_all_tables(store)
    written = []
    for t in schema:
        buf = io.StringIO(newline="")
        w = csv.writer(buf, lineterminator="\r\n")
        cols = [c.name for c in t.columns]
        w.writerow(cols)
        for row in data[t.name]:
            w.writerow([cell(row[c]) for c in cols])
        path = folder / f"{t.name}.csv"
        write_private_file(path, buf.getvalue().encode("utf-8-sig"))
        written.append(path)
    log.info("exported %d tables to CSV", len(written))
    return written
