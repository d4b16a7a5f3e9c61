"""SQL for the symptom diary: entries (soft delete), paged and filtered lists, chart series."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.diary import (
    RED_FLAGS,
    SCORES,
    SIDE_EFFECTS,
    Bucket,
    DiaryEntry,
    DiaryFilter,
    day_bounds,
    validate_entry,
)
from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import date_from_db, date_to_db, dt_from_db, dt_to_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

_COLS = ("id, person_id, entry_at, psfs_frequency, psfs_severity, spasticity, pain, sleep_hours, sleep_wakeups,"
         " side_effects, side_effects_other, sedatives, stretching, red_flags, notes, created_at, updated_at,"
         " deleted_at, checkin, checkin_day")

#: Columns the list can be sorted by (anything else is refused, so no SQL is built from user text).
SORTABLE = ("entry_at", "psfs_frequency", "psfs_severity", "spasticity", "pain", "sleep_hours", "sleep_wakeups")


def _tuple(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _row(r: tuple[Any, ...]) -> DiaryEntry:
    return DiaryEntry(
        id=r[0], person_id=r[1], entry_at=dt_from_db(r[2]), psfs_frequency=r[3], psfs_severity=r[4], spasticity=r[5],
        pain=r[6], sleep_hours=r[7], sleep_wakeups=r[8], side_effects=_tuple(r[9]), side_effects_other=r[10],
        sedatives=bool(r[11]), stretching=bool(r[12]), red_flags=_tuple(r[13]), notes=r[14],
        created_at=dt_from_db(r[15]), updated_at=dt_from_db(r[16]), deleted_at=dt_from_db(r[17]),
        checkin=r[18] or "", checkin_day=date_from_db(r[19]) if r[19] else None,
    )


def _num(v: float | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else float(v)


@dataclass(frozen=True)
class Cursor:
    """Where the last page ended, for keyset paging in time order."""
    entry_at: str
    id: int


class DiaryRepo:
    PAGE = 200

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- helpers ----------------------------------------------------------------------------------
    @property
    def tz(self) -> tzinfo:
        return self.store.clock.local_tz()

    def _validate(self, entry: DiaryEntry) -> None:
        rec = self.store.people.get(entry.person_id)
        if rec is None:
            raise ValidationFailed([FieldError("person", "Choose the person this entry is for.")])
        errors = validate_entry(entry, today=self.store.clock.today(), tz=self.tz, date_of_birth=rec.date_of_birth)
        if errors:
            raise ValidationFailed(errors)

    @staticmethod
    def _values(e: DiaryEntry) -> tuple[Any, ...]:
        flag_order, side_order = list(RED_FLAGS), list(SIDE_EFFECTS)
        return (dt_to_db(e.entry_at), _num(e.psfs_frequency), _num(e.psfs_severity), _num(e.spasticity),
                _num(e.pain), None if e.sleep_hours is None else float(e.sleep_hours), _num(e.sleep_wakeups),
                json.dumps(sorted(set(e.side_effects), key=side_order.index)), e.side_effects_other.strip(),
                int(e.sedatives), int(e.stretching), json.dumps(sorted(set(e.red_flags), key=flag_order.index)),
                e.notes, e.checkin or None, date_to_db(e.checkin_day) if e.checkin else None)

    @contextmanager
    def _one_checkin_a_day(self, entry: DiaryEntry) -> Iterator[None]:
        """The database keeps one check-in answer a person a day (say, one answered from the command line while
        the app showed it too): the second is refused with words, not an error."""
        try:
            yield
        except sqlite3.IntegrityError as exc:
            if entry.checkin_day is None or "checkin" not in str(exc):
                raise
            raise ValidationFailed([FieldError(
                "checkin_day", f"The check-in of {entry.checkin_day:%a} {entry.checkin_day.day} "
                f"{entry.checkin_day:%b} has already been answered (perhaps from another window). Nothing "
                "was changed; the answer is in the diary.")]) from exc

    # -- writing ----------------------------------------------------------------------------------
    def add(self, entry: DiaryEntry) -> DiaryEntry:
        """Insert; raises ValidationFailed (nothing written) on bad input."""
        self._validate(entry)
        now = self.store.now_db()
        with self._one_checkin_a_day(entry), self.store.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO diary_entries(person_id, entry_at, psfs_frequency, psfs_severity, spasticity, pain,"
                " sleep_hours, sleep_wakeups, side_effects, side_effects_other, sedatives, stretching, red_flags,"
                " notes, checkin, checkin_day, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (entry.person_id,) + self._values(entry) + (now, now))
            eid = inserted_id(cur)
        saved = self.get(eid)
        assert saved is not None  # just written
        return saved

    def update(self, entry: DiaryEntry) -> DiaryEntry:
        """Change an entry; its creation time stays, the time of this change is kept as updated_at."""
        if entry.id is None:
            raise LookupError("An entry needs an id to be changed")
        self._validate(entry)
        now = self.store.now_db()
        with self._one_checkin_a_day(entry), self.store.transaction() as conn:
            cur = conn.execute(
                "UPDATE diary_entries SET entry_at=?, psfs_frequency=?, psfs_severity=?, spasticity=?, pain=?,"
                " sleep_hours=?, sleep_wakeups=?, side_effects=?, side_effects_other=?, sedatives=?, stretching=?,"
                " red_flags=?, notes=?, checkin=?, checkin_day=?, updated_at=? WHERE id=? AND person_id=?",
                self._values(entry) + (now, entry.id, entry.person_id))
            if cur.rowcount != 1:
                raise LookupError(f"No diary entry with id {entry.id}")
        saved = self.get(entry.id, include_deleted=True)
        assert saved is not None  # just written
        return saved

    def _set_deleted(self, eid: int, deleted: bool) -> DiaryEntry:
        now = self.store.now_db()
        with self.store.transaction() as conn:
            cur = conn.execute("UPDATE diary_entries SET deleted_at = ?, updated_at = ? WHERE id = ?",
                               (now if deleted else None, now, eid))
            if cur.rowcount != 1:
                raise LookupError(f"No diary entry with id {eid}")
        saved = self.get(eid, include_deleted=True)
        assert saved is not None  # just written
        return saved

    def delete(self, eid: int) -> DiaryEntry:
        """Soft delete: the row stays (deleted_at set) so that undo can bring it back."""
        return self._set_deleted(eid, True)

    def restore(self, eid: int) -> DiaryEntry:
        return self._set_deleted(eid, False)

    # -- reading ----------------------------------------------------------------------------------
    def get(self, eid: int, include_deleted: bool = False) -> DiaryEntry | None:
        sql = f"SELECT {_COLS} FROM diary_entries WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        r = self.store.conn.execute(sql, (eid,)).fetchone()
        return None if r is None else _row(r)

    def last(self, person_id: int, before: datetime | None = None, exclude_id: int | None = None, *,
             until: datetime | None = None) -> DiaryEntry | None:
        """The latest entry (optionally the latest before a time, or at or before ``until``), for 'same as last
        entry' and for telling what is new since the previous entry."""
        sql = f"SELECT {_COLS} FROM diary_entries WHERE person_id = ? AND deleted_at IS NULL"
        args: list[Any] = [person_id]
        if before is not None:
            sql += " AND entry_at < ?"
            args.append(dt_to_db(before))
        if until is not None:
            sql += " AND entry_at <= ?"
            args.append(dt_to_db(until))
        if exclude_id is not None:
            sql += " AND id != ?"
            args.append(exclude_id)
        r = self.store.conn.execute(sql + " ORDER BY entry_at DESC, id DESC LIMIT 1", args).fetchone()
        return None if r is None else _row(r)

    def checkins(self, person_id: int, start: date, end: date) -> dict[date, DiaryEntry]:
        """The check-in answers of days ``start`` to ``end`` inclusive, by the day asked about."""
        rows = self.store.conn.execute(
            f"SELECT {_COLS} FROM diary_entries WHERE person_id = ? AND deleted_at IS NULL"
            " AND checkin_day BETWEEN ? AND ? ORDER BY checkin_day, id",
            (person_id, date_to_db(start), date_to_db(end))).fetchall()
        out = {}
        for r in rows:
            entry = _row(r)
            if entry.checkin_day is not None:
                out[entry.checkin_day] = entry
        return out

    def _where(self, person_id: int, flt: DiaryFilter | None) -> tuple[str, list[Any]]:
        clauses = ["person_id = ?", "deleted_at IS NULL"]
        args: list[Any] = [person_id]
        if flt is None:
            return " AND ".join(clauses), args
        errors = flt.validate()
        if errors:
            raise ValidationFailed(errors)
        lo, hi = day_bounds(flt.start, flt.end, self.tz)
        if lo is not None:
            clauses.append("entry_at >= ?")
            args.append(dt_to_db(lo))
        if hi is not None:
            clauses.append("entry_at < ?")
            args.append(dt_to_db(hi))
        if flt.score is not None and (flt.score_min is not None or flt.score_max is not None):
            col = SCORES[flt.score].key  # a known column name, never user text
            if flt.score_min is not None:
                clauses.append(f"{col} >= ?")
                args.append(flt.score_min)
            if flt.score_max is not None:
                clauses.append(f"{col} <= ?")
                args.append(flt.score_max)
        if flt.side_effect is not None:
            clauses.append("side_effects LIKE ?")
            args.append(f'%"{flt.side_effect}"%')
        if flt.red_flags_only:
            clauses.append("red_flags != '[]'")
        if flt.checkins_only:
            clauses.append("checkin IS NOT NULL")
        return " AND ".join(clauses), args

    def count(self, person_id: int, flt: DiaryFilter | None = None) -> int:
        where, args = self._where(person_id, flt)
        return int(self.store.conn.execute(f"SELECT COUNT(*) FROM diary_entries WHERE {where}", args).fetchone()[0])

    def page(self, person_id: int, flt: DiaryFilter | None = None, *, sort: str = "entry_at",
             descending: bool = True, limit: int = PAGE, offset: int = 0, after: Cursor | None = None
             ) -> list[DiaryEntry]:
        """One page of the list. In time order pass ``after`` (keyset: cost does not grow with depth);
        other orders page with LIMIT/OFFSET. Empty scores sort last either way."""
        if sort not in SORTABLE:
            raise ValueError(f"cannot sort by {sort!r}")
        where, args = self._where(person_id, flt)
        direction = "DESC" if descending else "ASC"
        if sort == "entry_at":
            order = f"entry_at {direction}, id {direction}"
            if after is not None:
                where += f" AND (entry_at, id) {'<' if descending else '>'} (?, ?)"
                args += [after.entry_at, after.id]
                offset = 0
        else:
            order = f"{sort} IS NULL, {sort} {direction}, entry_at DESC, id DESC"
        sql = f"SELECT {_COLS} FROM diary_entries WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        return [_row(r) for r in self.store.conn.execute(sql, args + [limit, offset])]

    @staticmethod
    def cursor_after(entry: DiaryEntry) -> Cursor:
        assert entry.id is not None  # a stored entry
        return Cursor(dt_to_db(entry.entry_at), entry.id)

    def iter_entries(self, person_id: int, flt: DiaryFilter | None = None, *, descending: bool = False,
                     batch: int = 1000) -> Iterator[DiaryEntry]:
        """Every entry matching ``flt`` in time order, read in batches (for exports)."""
        after: Cursor | None = None
        while True:
            rows = self.page(person_id, flt, descending=descending, limit=batch, after=after)
            yield from rows
            if len(rows) < batch:
                return
            after = self.cursor_after(rows[-1])

    # -- chart series -----------------------------------------------------------------------------
    def _range_args(self, start: date | None, end: date | None) -> tuple[str, list[Any]]:
        lo, hi = day_bounds(start, end, self.tz)
        sql, args = "", []
        if lo is not None:
            sql += " AND entry_at >= ?"
            args.append(dt_to_db(lo))
        if hi is not None:
            sql += " AND entry_at < ?"
            args.append(dt_to_db(hi))
        return sql, args

    def points(self, person_id: int, score: str, start: date | None = None, end: date | None = None
               ) -> list[tuple[datetime, float]]:
        """(time, value) of one score for every entry that has it, in time order."""
        col = SCORES[score].key
        rng, args = self._range_args(start, end)
        rows = self.store.conn.execute(
            f"SELECT entry_at, {col} FROM diary_entries WHERE person_id = ? AND deleted_at IS NULL"
            f" AND {col} IS NOT NULL{rng} ORDER BY entry_at", [person_id] + args)
        return [(dt_from_db(at), v) for at, v in rows]

    def series(self, person_id: int, score: str, period: str = "day", start: date | None = None,
               end: date | None = None) -> list[Bucket]:
        """Averages of one score per local day, week or month (see domain.diary.aggregate)."""
        from caregiver_app.domain.diary import aggregate

        return aggregate(self.points(person_id, score, start, end), period, self.tz)

    def daily_series(self, person_id: int, score: str, start: date | None = None, end: date | None = None
                     ) -> list[Bucket]:
        return self.series(person_id, score, "day", start, end)

    def red_flag_times(self, person_id: int, start: date | None = None, end: date | None = None
                       ) -> list[tuple[datetime, tuple[str, ...]]]:
        rng, args = self._range_args(start, end)
        rows = self.store.conn.execute(
            "SELECT entry_at, red_flags FROM diary_entries WHERE person_id = ? AND deleted_at IS NULL"
            f" AND red_flags != '[]'{rng} ORDER BY entry_at", [person_id] + args)
        return [(dt_from_db(at), _tuple(flags)) for at, flags in rows]

    def first_day(self, person_id: int) -> date | None:
        r = self.store.conn.execute("SELECT MIN(entry_at) FROM diary_entries WHERE person_id = ?"
                                    " AND deleted_at IS NULL", (person_id,)).fetchone()
        return None if r[0] is None else dt_from_db(r[0]).astimezone(self.tz).date()
