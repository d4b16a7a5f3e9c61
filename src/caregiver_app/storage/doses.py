"""SQL for the dose log (taken / skipped / missed answers) and reminder events (shown / snoozed).

The log is an audit trail: an edit never changes a row, it marks it superseded and adds a new row that
points back to it with the reason. A wrong answer withdrawn ("no answer yet" again) stays too: it is marked
superseded (so it is no longer the dose's answer) and withdrawn, with the reason, and the history lists it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.validation import FieldError, ValidationFailed, check_number, check_text
from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import dt_from_db, dt_to_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

STATUSES = ("taken", "skipped", "missed")


class AlreadyLogged(ValidationFailed):
    def __init__(self) -> None:
        super().__init__([FieldError("slot", "This dose already has an answer in the log. To change it, edit the "
                                              "entry in the dose history (the original is kept).")])


@dataclass(frozen=True)
class DoseEntry:
    id: int
    person_id: int
    medicine_id: int
    schedule_id: int | None
    slot: str | None
    due_utc: datetime | None
    dose_mg: float
    status: str
    taken_utc: datetime | None
    recorded_utc: datetime
    note: str
    replaces_id: int | None
    edit_reason: str
    superseded: bool
    medicine_name: str = ""
    left_out: bool = False     # not taken, as the missed-dose rule advised (the next dose was close)
    withdrawn_at: datetime | None = None
    withdraw_reason: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def when_utc(self) -> datetime:
        return self.taken_utc or self.due_utc or self.recorded_utc


_COLS = ("d.id, d.person_id, d.medicine_id, d.schedule_id, d.slot, d.due_at, d.dose_mg, d.status, d.taken_at, "
         "d.recorded_at, d.note, d.replaces_id, d.edit_reason, d.superseded, m.name, d.left_out, d.withdrawn_at, "
         "d.withdraw_reason")


def _entry(r: tuple[Any, ...]) -> DoseEntry:
    return DoseEntry(r[0], r[1], r[2], r[3], r[4], dt_from_db(r[5]), r[6], r[7], dt_from_db(r[8]),
                     dt_from_db(r[9]), r[10], r[11], r[12], bool(r[13]), r[14], bool(r[15]), dt_from_db(r[16]),
                     r[17] or "")


def _validate(dose_mg: float, status: str, note: str) -> list[FieldError]:
    errors = check_number("dose_mg", dose_mg, label="Dose", minimum=0.001, maximum=100_000, unit="mg",
                          allow_zero=False)
    if status not in STATUSES:
        errors.append(FieldError("status", "Choose taken, skipped or missed."))
    errors += check_text("note", note, label="Note", max_len=2000, multiline=True)
    return errors


class DoseRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- answers --------------------------------------------------------------------------------
    def log(self, *, person_id: int, medicine_id: int, dose_mg: float, status: str,
            schedule_id: int | None = None, slot: str | None = None, due_utc: datetime | None = None,
            taken_utc: datetime | None = None, note: str = "", stock_units: float | None = None,
            left_out: bool = False) -> int:
        """Record one answer in one transaction (and take the dose off the stock when taken)."""
        errors = _validate(dose_mg, status, note)
        if status == "taken" and taken_utc is None:
            errors.append(FieldError("taken_utc", "When was it taken?"))
        if taken_utc is not None and taken_utc > self.store.clock.now_utc():
            errors.append(FieldError("taken_utc", "The time taken is in the future."))
        if errors:
            raise ValidationFailed(errors)
        try:
            with self.store.transaction() as conn:
                cur = conn.execute(
                    "INSERT INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg, status,"
                    " taken_at, recorded_at, note, left_out) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (person_id, medicine_id, schedule_id, slot, dt_to_db(due_utc), float(dose_mg), status,
                     dt_to_db(taken_utc), self.store.now_db(), note, int(left_out and status == "missed")))
                if status == "taken" and stock_units:
                    self.store.medicines.adjust_stock(medicine_id, -stock_units)
                return inserted_id(cur)
        except sqlite3.IntegrityError as exc:
            if "dose_log" in str(exc) or "UNIQUE" in str(exc):
                raise AlreadyLogged() from exc
            raise

    def edit(self, entry_id: int, *, reason: str, status: str | None = None, dose_mg: float | None = None,
             taken_utc: datetime | None = None, note: str | None = None,
             stock_units_delta: float = 0.0) -> int:
        """Correct an entry: the original stays (superseded) and the new row records why. ``stock_units_delta``
        (tablets/mL given back to the stock, negative to take more) is applied in the same transaction."""
        old = self.get(entry_id)
        if old is None:
            raise LookupError(f"No dose entry {entry_id}")
        if old.withdrawn:
            raise ValidationFailed([FieldError("id", "This answer was withdrawn; the dose can be answered again "
                                                     "on Today or in the missed-doses list.")])
        if old.superseded:
            raise ValidationFailed([FieldError("id", "This entry was already corrected; edit the newest version.")])
        status = status or old.status
        dose_mg = old.dose_mg if dose_mg is None else dose_mg
        note = old.note if note is None else note
        taken = taken_utc if status == "taken" else None
        if status == "taken" and taken is None:
            taken = old.taken_utc
        errors = _validate(dose_mg, status, note)
        errors += check_text("edit_reason", reason, label="Reason for the change", max_len=500, required=True)
        if status == "taken" and taken is None:
            errors.append(FieldError("taken_utc", "When was it taken?"))
        if taken is not None and taken > self.store.clock.now_utc():
            errors.append(FieldError("taken_utc", "The time taken is in the future."))
        if errors:
            raise ValidationFailed(errors)
        with self.store.transaction() as conn:
            conn.execute("UPDATE dose_log SET superseded = 1 WHERE id = ?", (entry_id,))
            cur = conn.execute(
                "INSERT INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg, status, taken_at,"
                " recorded_at, note, replaces_id, edit_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (old.person_id, old.medicine_id, old.schedule_id, old.slot, dt_to_db(old.due_utc), float(dose_mg),
                 status, dt_to_db(taken), self.store.now_db(), note, entry_id, reason.strip()))
            if stock_units_delta:
                self.store.medicines.adjust_stock(old.medicine_id, stock_units_delta)
            return inserted_id(cur)

    def withdraw(self, entry_id: int, *, reason: str, stock_units_delta: float = 0.0) -> None:
        """Withdraw a live answer: the dose has no answer again (it can be answered anew), the row stays in the
        history marked withdrawn with ``reason``; ``stock_units_delta`` (a taken dose given back) in the same
        transaction."""
        old = self.get(entry_id)
        if old is None:
            raise LookupError(f"No dose entry {entry_id}")
        errors = check_text("withdraw_reason", reason, label="Reason", max_len=500, required=True)
        if old.superseded:
            errors.append(FieldError("id", "Only the newest version of an answer can be withdrawn."))
        if errors:
            raise ValidationFailed(errors)
        with self.store.transaction() as conn:
            conn.execute("UPDATE dose_log SET superseded = 1, withdrawn_at = ?, withdraw_reason = ? WHERE id = ?",
                         (self.store.now_db(), reason.strip(), entry_id))
            if stock_units_delta:
                self.store.medicines.adjust_stock(old.medicine_id, stock_units_delta)

    def restore_withdrawn(self, entry_id: int, *, stock_units_delta: float = 0.0) -> None:
        """Put a withdrawn answer back (redo of an undo). Raises AlreadyLogged when the dose was answered again
        meanwhile."""
        old = self.get(entry_id)
        if old is None:
            raise LookupError(f"No dose entry {entry_id}")
        if not old.withdrawn:
            return
        try:
            with self.store.transaction() as conn:
                conn.execute("UPDATE dose_log SET superseded = 0, withdrawn_at = NULL, withdraw_reason = '' "
                             "WHERE id = ?", (entry_id,))
                if stock_units_delta:
                    self.store.medicines.adjust_stock(old.medicine_id, stock_units_delta)
        except sqlite3.IntegrityError as exc:
            raise AlreadyLogged() from exc

    # -- reading --------------------------------------------------------------------------------
    def get(self, entry_id: int) -> DoseEntry | None:
        r = self.store.conn.execute(f"SELECT {_COLS} FROM dose_log d JOIN medicines m ON m.id = d.medicine_id "
                                    "WHERE d.id = ?", (entry_id,)).fetchone()
        return None if r is None else _entry(r)

    def history(self, person_id: int, *, medicine_id: int | None = None, start_utc: datetime | None = None,
                end_utc: datetime | None = None, include_superseded: bool = False, limit: int = 500,
                offset: int = 0) -> list[DoseEntry]:
        where = ["d.person_id = ?"]
        params: list[Any] = [person_id]
        if medicine_id is not None:
            where.append("d.medicine_id = ?")
            params.append(medicine_id)
        when = "COALESCE(d.taken_at, d.due_at, d.recorded_at)"
        if start_utc is not None:
            where.append(f"{when} >= ?")
            params.append(dt_to_db(start_utc))
        if end_utc is not None:
            where.append(f"{when} < ?")
            params.append(dt_to_db(end_utc))
        if not include_superseded:  # a withdrawn answer stays in view, marked withdrawn
            where.append("(d.superseded = 0 OR d.withdrawn_at IS NOT NULL)")
        sql = (f"SELECT {_COLS} FROM dose_log d JOIN medicines m ON m.id = d.medicine_id WHERE {' AND '.join(where)}"
               f" ORDER BY {when} DESC, d.id DESC LIMIT ? OFFSET ?")
        return [_entry(r) for r in self.store.conn.execute(sql, params + [limit, offset])]

    def versions(self, entry_id: int) -> list[DoseEntry]:
        """The entry and every earlier version it replaced, newest first."""
        out = []
        current = self.get(entry_id)
        while current is not None:
            out.append(current)
            current = self.get(current.replaces_id) if current.replaces_id else None
        return out

    def live_for_slots(self, schedule_ids: list[int], since_utc: datetime) -> dict[tuple[int, str], DoseEntry]:
        """Live answers for scheduled doses due since ``since_utc``, keyed by (schedule_id, slot)."""
        if not schedule_ids:
            return {}
        marks = ",".join("?" * len(schedule_ids))
        rows = self.store.conn.execute(
            f"SELECT {_COLS} FROM dose_log d JOIN medicines m ON m.id = d.medicine_id WHERE d.superseded = 0 AND "
            f"d.slot IS NOT NULL AND d.schedule_id IN ({marks}) AND d.due_at >= ?",
            list(schedule_ids) + [dt_to_db(since_utc)])
        return {(e.schedule_id, e.slot): e for e in map(_entry, rows)
                if e.schedule_id is not None and e.slot is not None}  # (always: the query asks for both)

    def taken_between(self, medicine_ids: int | list[int], start_utc: datetime,
                      end_utc: datetime) -> list[tuple[datetime, float]]:
        """(taken time, mg) of live 'taken' answers for one medicine or several (e.g. all of a person's baclofen)."""
        ids = [medicine_ids] if isinstance(medicine_ids, int) else list(medicine_ids)
        marks = ",".join("?" * len(ids))
        rows = self.store.conn.execute(
            f"SELECT taken_at, dose_mg FROM dose_log WHERE medicine_id IN ({marks}) AND status = 'taken' "
            "AND superseded = 0 AND taken_at >= ? AND taken_at < ? ORDER BY taken_at",
            ids + [dt_to_db(start_utc), dt_to_db(end_utc)])
        return [(dt_from_db(t), mg) for t, mg in rows]

    def taken_rows(self, person_id: int, medicine_ids: list[int], start: date | None = None,
                   end: date | None = None) -> list[tuple[datetime, float]]:
        """(time taken, mg) of every live 'taken' answer of these medicines of the person, over local days ``start``
        to ``end`` (inclusive; open ends allowed), not replaced by a correction."""
        from caregiver_app.domain.diary import day_bounds

        if not medicine_ids:
            return []
        lo, hi = day_bounds(start, end, self.store.clock.local_tz())
        at = "COALESCE(taken_at, due_at, recorded_at)"  # the expression dose_log_person_time indexes
        sql = (f"SELECT {at}, dose_mg FROM dose_log WHERE person_id = ? AND status = 'taken'"
               f" AND superseded = 0 AND medicine_id IN ({','.join('?' * len(medicine_ids))})")
        args: list[Any] = [person_id, *medicine_ids]
        if lo is not None:
            sql += f" AND {at} >= ?"
            args.append(dt_to_db(lo))
        if hi is not None:
            sql += f" AND {at} < ?"
            args.append(dt_to_db(hi))
        return [(dt_from_db(t), mg) for t, mg in self.store.conn.execute(sql, args)]

    # -- reminder events --------------------------------------------------------------------------
    def add_event(self, schedule_id: int, slot: str, due_utc: datetime, event: str,
                  snooze_until: datetime | None = None) -> None:
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO reminder_events(schedule_id, slot, due_at, event, at, snooze_until)"
                         " VALUES (?,?,?,?,?,?)",
                         (schedule_id, slot, dt_to_db(due_utc), event, self.store.now_db(), dt_to_db(snooze_until)))

    def snoozes(self, since_utc: datetime) -> dict[tuple[int, str], datetime]:
        """The latest snooze-until time per (schedule_id, slot) for doses due since ``since_utc``."""
        rows = self.store.conn.execute(
            "SELECT schedule_id, slot, MAX(snooze_until) FROM reminder_events WHERE event = 'snoozed' AND due_at >= ?"
            " GROUP BY schedule_id, slot", (dt_to_db(since_utc),))
        return {(sid, slot): dt_from_db(until) for sid, slot, until in rows}
