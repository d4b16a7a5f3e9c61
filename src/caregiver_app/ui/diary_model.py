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
from caregiver_app.system.i18n import Tr, date_text, decimal_text, localize, time_text

_ = Tr("ui.diary_model")

FLAG_BACKGROUND = QColor("#fde7ea")
FLAG_TEXT = QColor("#8a0018")


def when_text(entry: DiaryEntry, tz: tzinfo) -> str:
    t = entry.entry_at.astimezone(tz)
    # "Tue 1 Dec 2026 21:30"
    return _("{date} {year} {time}", date=date_text(t.date(), "date"), year=str(t.year), time=time_text(t))


def _n(v) -> str:
    """A score or a number of hours as shown: "6.5" ("6,5" in Spanish); "" when not recorded."""
    if v is None:
        return ""
    return decimal_text(v) if isinstance(v, (int, float)) else str(v)


# (header, sort key in storage or None, tooltip): the English words, said with header_text() / header_tip()
COLUMNS = (
    (_.mark("When"), "entry_at", _.mark("Date and time of the entry")),
    (_.mark("Danger signs"), None, _.mark("Danger signs recorded: these needed action at once")),
    (_.mark("Spasms"), "psfs_frequency", _.mark("How often spasms came in the last 24 hours, 0–4 (the Penn scale)")),
    (_.mark("Severity"), "psfs_severity", _.mark("How bad the spasms were, 1–3 (the Penn scale)")),
    (_.mark("Spasticity"), "spasticity", _.mark("Spasticity 0–10")),
    (_.mark("Pain"), "pain", _.mark("Pain 0–10")),
    (_.mark("Sleep"), "sleep_hours", _.mark("Hours of sleep")),
    (_.mark("Woken"), "sleep_wakeups", _.mark("Times spasms woke them")),
    (_.mark("Side effects"), None, _.mark("Side effects ticked, and others in words")),
    (_.mark("Notes"), None, _.mark("Notes")),
    (_.mark("Also"), None, _.mark("Alcohol or sedating medicines; stretching or physiotherapy")),
)
DANGER_COLUMN = 1


def header_text(section: int) -> str:
    """A column's header in the user's language."""
    return _.lookup(COLUMNS[section][0])


def header_tip(section: int) -> str:
    """A column's tooltip in the user's language (and whether it sorts)."""
    tip = _.lookup(COLUMNS[section][2])
    return tip if COLUMNS[section][1] else _("{tip} (not sortable)", tip=tip)


def row_texts(e: DiaryEntry, tz: tzinfo) -> tuple[str, ...]:
    flags = "; ".join(localize(RED_FLAGS[k].label) for k in e.red_flags if k in RED_FLAGS)
    side = ", ".join(localize(SIDE_EFFECTS[k]) if k in SIDE_EFFECTS else k for k in e.side_effects)
    if e.side_effects_other:
        side = f"{side}; {e.side_effects_other}" if side else e.side_effects_other
    also = ", ".join(t for t, on in ((_("alcohol/sedatives"), e.sedatives), (_("stretching"), e.stretching)) if on)
    notes = e.notes.replace("\n", " ")
    if len(notes) > 200:
        notes = notes[:199] + "…"
    when = when_text(e, tz)
    if e.checkin and e.checkin_day is not None:   # the answer to a dose-change check-in, said first in the notes
        day = e.checkin_day
        same = day == e.entry_at.astimezone(tz).date()
        nothing = not flags and not side
        if same:
            mark = _("Check-in: none of the signs asked about.") if nothing else _("Check-in.")
        elif nothing:
            mark = _("Check-in for {day}: none of the signs asked about.", day=date_text(day, "date"))
        else:
            mark = _("Check-in for {day}.", day=date_text(day, "date"))
        notes = f"{mark} {notes}".strip()
        when = _("{when}  (check-in)", when=when)   # the Notes column is often off screen: the first one says it
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
            return header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(section)
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
                return _("Danger sign recorded: {signs}", signs=self._texts[r][c][2:])
            if c == 2 and entry.psfs_frequency is not None:
                return localize(PSFS_FREQUENCY.get(entry.psfs_frequency, ""))
            if c == 3 and entry.psfs_severity is not None:
                return localize(PSFS_SEVERITY.get(entry.psfs_severity, ""))
            if c == 9 and entry.notes:
                return entry.notes[:2000]
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _("{column}: {value}", column=header_text(c), value=self._texts[r][c] or _("none"))
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


__all__ = ["DiaryTableModel", "describe_entry", "when_text", "COLUMNS", "header_text", "header_tip"]
