"""The diary list as a Qt table model over SQL pages, and the undoable diary changes."""
from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from caregiver_app.domain.diary import (
    PSFS_FREQUENCY,
    PSFS_SEVERITY,
    RED_FLAGS,
    SIDE_EFFECTS,
    DiaryEntry,
    DiaryFilter,
    describe_entry,
)

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FLAG_BACKGROUND = QColor("#fde7ea")
FLAG_TEXT = QColor("#8a0018")


def when_text(entry: DiaryEntry, tz: tzinfo) -> str:
    t = entry.entry_at.astimezone(tz)
    return f"{WEEKDAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def _n(v) -> str:
    return "" if v is None else f"{v:g}"


# (header, sort key in storage or None, tooltip)
COLUMNS = (
    ("When", "entry_at", "Date and time of the entry"),
    ("Danger signs", None, "Danger signs recorded: these needed action at once"),
    ("Spasms", "psfs_frequency", "Penn spasm frequency, 0–4 (in the last 24 hours)"),
    ("Severity", "psfs_severity", "Penn spasm severity, 1–3"),
    ("Spasticity", "spasticity", "Spasticity 0–10"),
    ("Pain", "pain", "Pain 0–10"),
    ("Sleep", "sleep_hours", "Hours of sleep"),
    ("Woken", "sleep_wakeups", "Times spasms woke them"),
    ("Side effects", None, "Side effects ticked, and others in words"),
    ("Notes", None, "Notes"),
    ("Also", None, "Alcohol or sedating medicines; stretching or physiotherapy"),
)
DANGER_COLUMN = 1


def row_texts(e: DiaryEntry, tz: tzinfo) -> tuple[str, ...]:
    flags = "; ".join(RED_FLAGS[k].label for k in e.red_flags if k in RED_FLAGS)
    side = ", ".join(SIDE_EFFECTS.get(k, k) for k in e.side_effects)
    if e.side_effects_other:
        side = f"{side}; {e.side_effects_other}" if side else e.side_effects_other
    also = ", ".join(t for t, on in (("alcohol/sedatives", e.sedatives), ("stretching", e.stretching)) if on)
    notes = e.notes.replace("\n", " ")
    if len(notes) > 200:
        notes = notes[:199] + "…"
    when = when_text(e, tz)
    if e.checkin and e.checkin_day is not None:   # the answer to a dose-change check-in, said first in the notes
        day = e.checkin_day
        same = day == e.entry_at.astimezone(tz).date()
        mark = "Check-in" + ("" if same else f" for {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}")
        mark += ": none of the signs asked about." if not flags and not side else "."
        notes = f"{mark} {notes}".strip()
        when += "  (check-in)"   # the Notes column is often off screen: the first column says it too
    return (when, f"⚠ {flags}" if flags else "", _n(e.psfs_frequency), _n(e.psfs_severity),
            _n(e.spasticity), _n(e.pain), _n(e.sleep_hours), _n(e.sleep_wakeups), side, notes, also)


class DiaryTableModel(QAbstractTableModel):
    """Rows come from storage a page at a time (fetchMore); nothing is loaded that the view has not asked for."""

    PAGE = 200

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.person_id: int | None = None
        self.filter: DiaryFilter | None = None
        self.sort_key = "entry_at"
        self.descending = True
        self.total = 0
        self._rows: list[DiaryEntry] = []
        self._texts: list[tuple[str, ...]] = []
        self._warn_icon = None
        self._fetching = False

    # -- loading ----------------------------------------------------------------------------------------
    @property
    def tz(self) -> tzinfo:
        return self.store.clock.local_tz()

    def set_query(self, person_id: int | None, flt: DiaryFilter | None = None) -> None:
        self.person_id, self.filter = person_id, flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._texts = [], []
        self.total = 0 if self.person_id is None else self.store.diary.count(self.person_id, self.filter)
        self._fetch()
        self.endResetModel()

    def _page(self) -> list[DiaryEntry]:
        repo = self.store.diary
        if self.sort_key == "entry_at" and self._rows:
            return repo.page(self.person_id, self.filter, sort="entry_at", descending=self.descending,
                             limit=self.PAGE, after=repo.cursor_after(self._rows[-1]))
        return repo.page(self.person_id, self.filter, sort=self.sort_key, descending=self.descending,
                         limit=self.PAGE, offset=len(self._rows))

    def _fetch(self) -> int:
        if self.person_id is None or len(self._rows) >= self.total:
            return 0
        rows = self._page()
        if not rows:
            self.total = len(self._rows)  # changed underneath: stop asking
            return 0
        tz = self.tz
        self._rows.extend(rows)
        self._texts.extend(row_texts(e, tz) for e in rows)
        return len(rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        if parent.isValid():
            return False
        return self.person_id is not None and len(self._rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return
        self._fetching = True  # views and testers may ask again while rows are being inserted
        try:
            first = len(self._rows)
            rows = self._page()
            if not rows:
                self.total = first
                return
            tz = self.tz
            texts = [row_texts(e, tz) for e in rows]
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend(texts)
            self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all_until(self, row: int) -> None:
        while row >= len(self._rows) and self.canFetchMore():
            self.fetchMore()

    # -- Qt model -----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section][2] + ("" if COLUMNS[section][1] else " (not sortable)")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _icon(self):
        if self._warn_icon is None:
            self._warn_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warn_icon

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(COLUMNS)):
            return None
        entry = self._rows[r]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == DANGER_COLUMN and entry.red_flags:
                return "Danger sign recorded: " + self._texts[r][c][2:]
            if c == 2 and entry.psfs_frequency is not None:
                return PSFS_FREQUENCY.get(entry.psfs_frequency, "")
            if c == 3 and entry.psfs_severity is not None:
                return PSFS_SEVERITY.get(entry.psfs_severity, "")
            if c == 9 and entry.notes:
                return entry.notes[:2000]
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{COLUMNS[c][0]}: {self._texts[r][c] or 'none'}"
        if role == Qt.ItemDataRole.DecorationRole and c == 0 and entry.red_flags:
            return self._icon()
        if role == Qt.ItemDataRole.BackgroundRole and entry.red_flags:
            return QBrush(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and entry.red_flags and c == DANGER_COLUMN:
            return QBrush(FLAG_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= c <= 7:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c[1] == self.sort_key)

    # -- helpers ------------------------------------------------------------------------------------------
    def entry(self, row: int) -> DiaryEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        for i, e in enumerate(self._rows):
            if e.id == entry_id:
                return i
        return -1


__all__ = ["DiaryTableModel", "describe_entry", "when_text", "COLUMNS"]
