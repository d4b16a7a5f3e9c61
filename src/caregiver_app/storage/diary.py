"""SQL for the symptom diary: entries (soft delete), paged and filtered lists, chart series."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
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
    is_checkin_key,
    validate_entry,
)
from caregiver_app.domain.text import Messages, value
from caregiver_app.domain.validation import FieldError, ValidationFailed, shown
from caregiver_app.storage.db import error_text, grouped, inserted_id
from caregiver_app.storage.timefmt import date_to_db, dt_from_db, dt_to_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

_ = Messages("storage.diary")

_COLS = ("id, person_id, entry_at, psfs_frequency, psfs_severity, spasticity, pain, sleep_hours, sleep_wakeups,"
         " side_effects, side_effects_other, sedatives, stretching, red_flags, notes, created_at, updated_at,"
         " deleted_at, checkin, checkin_day")

#: Columns the list can be sorted by (anything else is refused, so no SQL is built from user text).
SORTABLE = ("entry_at", "psfs_frequency", "psfs_severity", "spasticity", "pain", "sleep_hours", "sleep_wakeups")


_NAMES = tuple(c.strip() for c in _COLS.split(","))
LIST_MAX_CHARS = 2000   # the longest list the form writes (every side effect) is a few hundred characters


def keys_from_db(text: object, known: Mapping[str, object], what: str, field: str = "") -> tuple[str, ...]:
    """A stored list of keys (JSON text of a list of known names). Raises ValidationFailed (a ValueError) for
    anything else. ``what``: "side effects" or "danger signs" (the list, as its message names it)."""
    def bad(why: str) -> ValidationFailed:
        return ValidationFailed([FieldError(field, _list_problem(what, why, len(text) if isinstance(text, str)
                                                                  else 0))])

    if not isinstance(text, str):
        raise bad("names")
    if len(text) > LIST_MAX_CHARS:
        raise bad("long")
    try:
        items = json.loads(text or "[]")
    except RecursionError:
        raise bad("nested") from None
    except ValueError:
        raise bad("json") from None
    if not isinstance(items, list) or not all(isinstance(v, str) and v in known for v in items):
        raise bad("names")
    return tuple(items)


def _list_problem(what: str, why: str, length: int) -> str:
    """What is wrong with a stored list ("The side effects are not valid JSON."), a whole sentence for each list."""
    if what == "side effects":
        if why == "long":
            return _("The side effects are too long ({count} characters; the app writes at most {most}).",
                     count=grouped(length), most=grouped(LIST_MAX_CHARS))
        if why == "nested":
            return _("The side effects are nested too deeply.")
        if why == "json":
            return _("The side effects are not valid JSON.")
        return _("The side effects are not a list of the app's names.")
    if what == "danger signs":
        if why == "long":
            return _("The danger signs are too long ({count} characters; the app writes at most {most}).",
                     count=grouped(length), most=grouped(LIST_MAX_CHARS))
        if why == "nested":
            return _("The danger signs are nested too deeply.")
        if why == "json":
            return _("The danger signs are not valid JSON.")
        return _("The danger signs are not a list of the app's names.")
    # (Any other list, named by the caller: its name is not translated.)
    if why == "long":
        return _("The {what} are too long ({count} characters; the app writes at most {most}).", what=what,
                 count=grouped(length), most=grouped(LIST_MAX_CHARS))
    if why == "nested":
        return _("The {what} are nested too deeply.", what=what)
    if why == "json":
        return _("The {what} are not valid JSON.", what=what)
    return _("The {what} are not a list of the app's names.", what=what)


def entry_from_record(rec: Mapping[str, Any]) -> DiaryEntry:
    """An entry from its stored columns (by name). Raises ValueError/TypeError when a value cannot be read."""
    return DiaryEntry(
        id=rec["id"], person_id=rec["person_id"], entry_at=dt_from_db(rec["entry_at"]),
        psfs_frequency=rec["psfs_frequency"], psfs_severity=rec["psfs_severity"], spasticity=rec["spasticity"],
        pain=rec["pain"], sleep_hours=rec["sleep_hours"], sleep_wakeups=rec["sleep_wakeups"],
        side_effects=keys_from_db(rec["side_effects"], SIDE_EFFECTS, "side effects", "side_effects"),
        side_effects_other=rec["side_effects_other"], sedatives=bool(rec["sedatives"]),
        stretching=bool(rec["stretching"]),
        red_flags=keys_from_db(rec["red_flags"], RED_FLAGS, "danger signs", "red_flags"),
        notes=rec["notes"], created_at=dt_from_db(rec["created_at"]), updated_at=dt_from_db(rec["updated_at"]),
        deleted_at=dt_from_db(rec["deleted_at"]),
        # (Written as NULL for an ordinary entry, and the day only with its check-in: see _values.)
        checkin="" if rec["checkin"] is None else rec["checkin"],
        checkin_day=_checkin_day(rec["checkin_day"]),
    )


def _checkin_day(text: object) -> date | None:
    if text is None:
        return None
    if not isinstance(text, str) or len(text) != 10:
        raise ValidationFailed([FieldError("checkin_day", _("The day of the check-in is not a date like "
                                                            "2026-05-31."))])
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationFailed([FieldError("checkin_day", _("The day of the check-in ({day}) is not a real date.",
                                                            day=shown(text, 20)))]) from None


def _row(r: tuple[Any, ...], store: Store | None = None) -> DiaryEntry | None:
    """The entry of a row, or None (reported in ``store.damaged``) when a stored value cannot be read. (The scores'
    ranges are the table's own CHECK rules.)"""
    try:
        entry = entry_from_record(dict(zip(_NAMES, r, strict=True)))
        if not 1900 <= entry.entry_at.year <= 2100:
            raise ValueError(_("its time is not between 1900 and 2100"))
        answers = entry.checkin != ""   # the answer to a check-in: its key and its day, as the app writes them
        if (answers and not is_checkin_key(entry.checkin)) or answers != (entry.checkin_day is not None):
            raise ValueError(_("the check-in it answers is not one the app knows"))
        return entry
    except (ValueError, TypeError, OverflowError) as exc:
        if store is not None:
            store.skip_damaged("diary_entries", r[0], error_text(exc) or _("a value cannot be read"))
        return None


def _rows(store: Store, rows: Iterable[tuple[Any, ...]]) -> Iterator[DiaryEntry]:
    for r in rows:
        entry = _row(r, store)
        if entry is not None:
            yield entry


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
            raise ValidationFailed([FieldError("person", _("Choose the person this entry is for."))])
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
            day = entry.checkin_day
            raise ValidationFailed([FieldError(
                "checkin_day", _("The check-in of {day} has already been answered (perhaps from another window). "
                                 "Nothing was changed; the answer is in the diary.",
                                 day=value(day, "date", f"{day:%a} {day.day} {day:%b}")))]) from exc

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
                raise LookupError(_("No diary entry with id {id}", id=entry.id))
        saved = self.get(entry.id, include_deleted=True)
        assert saved is not None  # just written
        return saved

    def _set_deleted(self, eid: int, deleted: bool) -> DiaryEntry:
        now = self.store.now_db()
        with self.store.transaction() as conn:
            cur = conn.execute("UPDATE diary_entries SET deleted_at = ?, updated_at = ? WHERE id = ?",
                               (now if deleted else None, now, eid))
            if cur.rowcount != 1:
                raise LookupError(_("No diary entry with id {id}", id=eid))
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
        return None if r is None else _row(r, self.store)

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
        return None if r is None else _row(r, self.store)

    def checkins(self, person_id: int, start: date, end: date) -> dict[date, DiaryEntry]:
        """The check-in answers of days ``start`` to ``end`` inclusive, by the day asked about."""
        rows = self.store.conn.execute(
            f"SELECT {_COLS} FROM diary_entries WHERE person_id = ? AND deleted_at IS NULL"
            " AND checkin_day BETWEEN ? AND ? ORDER BY checkin_day, id",
            (person_id, date_to_db(start), date_to_db(end))).fetchall()
        out = {}
        for entry in _rows(self.store, rows):   # (a damaged one is left out and reported)
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
        return list(_rows(self.store, self._page_rows(person_id, flt, sort=sort, descending=descending, limit=limit,
                                                      offset=offset, after=after)))

    def _page_rows(self, person_id: int, flt: DiaryFilter | None, *, sort: str, descending: bool, limit: int,
                   offset: int, after: Cursor | None) -> list[tuple[Any, ...]]:
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
        return list(self.store.conn.execute(sql, args + [limit, offset]))

    @staticmethod
    def cursor_after(entry: DiaryEntry) -> Cursor:
        assert entry.id is not None  # a stored entry
        return Cursor(dt_to_db(entry.entry_at), entry.id)

    def iter_entries(self, person_id: int, flt: DiaryFilter | None = None, *, descending: bool = False,
                     batch: int = 1000) -> Iterator[DiaryEntry]:
        """Every entry matching ``flt`` in time order, read in batches (for exports)."""
        after: Cursor | None = None
        while True:
            rows = self._page_rows(person_id, flt, sort="entry_at", descending=descending, limit=batch, offset=0,
                                   after=after)
            yield from _rows(self.store, rows)
            if len(rows) < batch:
                return
            after = Cursor(rows[-1][2], rows[-1][0])  # (a damaged row's place is kept: the next batch follows it)

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
        out = []
        for at, v in rows:
            try:
                out.append((dt_from_db(at), v))
            except (TypeError, ValueError, OverflowError):
                self.store.skip_damaged("diary_entries", f"at {shown(at, 30)}", _("its time cannot be read"))
        return out

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
            "SELECT id, entry_at, red_flags FROM diary_entries WHERE person_id = ? AND deleted_at IS NULL"
            f" AND red_flags != '[]'{rng} ORDER BY entry_at", [person_id] + args)
        out = []
        for eid, at, flags in rows:
            try:
                out.append((dt_from_db(at), keys_from_db(flags, RED_FLAGS, "danger signs")))
            except (TypeError, ValueError, OverflowError) as exc:
                self.store.skip_damaged("diary_entries", eid, error_text(exc))
        return out

    def first_day(self, person_id: int) -> date | None:
        r = self.store.conn.execute("SELECT MIN(entry_at) FROM diary_entries WHERE person_id = ?"
                                    " AND deleted_at IS NULL", (person_id,)).fetchone()
        return None if r[0] is None else dt_from_db(r[0]).astimezone(self.tz).date()
