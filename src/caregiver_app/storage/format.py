"""The export format's fixed parts (docs/data-format.md): its name and version, the shapes of its values, and
the limits an import checks before and while reading a file."""
from __future__ import annotations

import re

FORMAT_NAME = "caregiver-app-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024     # checked before reading
MAX_TEXT_CHARS = 100_000                 # per value; the app's own limits are far lower
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1
TOP_KEYS = {"format", "format_version", "schema_version", "app_version", "exported_at", "tables"}
TIMESTAMP_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A time of day as the forms write it (24-hour, to the minute).
TIME_RE = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")
