"""SQL for the dose log (taken / skipped / missed answers) and reminder events (shown / snoozed).

The log is an audit trail: an edit never changes a row, it marks it superseded and adds a new row that
points back to it with the reason. A wrong answer withdrawn ("no answer yet" again) stays too: it is marked
superseded (so it is no longer the dose's answer) and withdrawn, with the reason, and the history lists it.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.text import Messages
from caregiver_app.domain.validation import FieldError, ValidationFailed, check_number, check_text
from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import dt_from_db, dt_to_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

_ = Messages("storage.doses")

STATUSES = ("taken", "skipped", "missed")


class AlreadyLogged(ValidationFailed):
    """The dose already has an answer: its one FieldError's message is a translatable Text."""

    def __init__(self) -> None:
        super().__init__([FieldError("slot", _("This dose already has an answer in the log. To change it, edit the "
                                               "entry in the dose history (the original is kept)."))])


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


DOSE_MIN_MG, DOSE_MAX_MG = 0.001, 100_000
#: A slot as the domain names it: the local day and time of the dose (and, every few hours, the zone's offset).
SLOT_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}([+-]\d{2}:\d{2}(:\d{2})?|Z)?")


def _entry(r: tuple[Any, ...]) -> DoseEntry:
    return DoseEntry(r[0], r[1], r[2], r[3], r[4], dt_from_db(r[5]), r[6], r[7], dt_from_db(r[8]),
                     dt_from_db(r[9]), r[10], r[11], r[12], bool(r[13]), r[14], bool(r[15]), dt_from_db(r[16]),
                     r[17] or "")


def _entries(store: Store, rows: Iterable[tuple[Any, ...]]) -> Iterator[DoseEntry]:
    """The entries of these rows, less any whose stored values break the log's rules (reported in
    ``store.damaged``): the rest is counted and shown as usual."""
    for r in rows:
        try:
            e = _entry(r)
            ok = (isinstance(e.dose_mg, (int, float)) and not isinstance(e.dose_mg, bool)
                  and DOSE_MIN_MG <= e.dose_mg <= DOSE_MAX_MG and e.status in STATUSES
                  and all(1900 <= t.year <= 2100 for t in (e.due_utc, e.taken_utc, e.recorded_utc) if t))
        except (ValueError, TypeError, OverflowError) as exc:
            store.skip_damaged("dose_log", r[0], _("a time cannot be read ({error})", error=str(exc)))
            continue
        if not ok:
            store.skip_damaged("dose_log", r[0], _("the dose or its state is not one the app records"))
            continue
        yield e


def dose_problems(rec: Mapping[str, Any]) -> list[FieldError]:
    """What is wrong with a stored dose record (by column name), by the rules the log and its corrections write
    it with; [] when the app could have written it."""
    errors = _validate(rec["dose_mg"], rec["status"], rec.get("note") or "")
    errors += check_text("edit_reason", rec.get("edit_reason") or "", label=_("Reason for the change"), max_len=500)
    if rec.get("replaces_id") is not None and not (rec.get("edit_reason") or "").strip():
        errors.append(FieldError("edit_reason", _("A correction must say why it was made.")))
    slot = rec.get("slot")
    if slot is not None:
        if not isinstance(slot, str) or not SLOT_RE.fullmatch(slot):
            errors.append(FieldError("slot", _("The dose's slot is not a day and time like 2026-01-31T08:00.")))
        if rec.get("schedule_id") is None or rec.get("due_at") is None:
            errors.append(FieldError("slot", _("A scheduled dose needs its schedule and its due time.")))
    if rec["status"] == "taken" and rec.get("taken_at") is None:
        errors.append(FieldError("taken_at", _("A dose taken needs the time it was taken.")))
    if rec["status"] != "taken" and rec.get("taken_at") is not None:
        errors.append(FieldError("taken_at", _("Only a dose taken has a time it was taken.")))
    if rec.get("left_out") and (rec["status"] != "missed" or rec.get("slot") is None):
        errors.append(FieldError("left_out", _("Only a scheduled dose not taken can be left out as advised.")))
    if rec.get("withdrawn_at") is not None and not rec.get("superseded"):
        errors.append(FieldError("withdrawn_at", _("A withdrawn answer is no longer the dose's answer "
                                                   "(superseded).")))
    if rec.get("withdrawn_at") is None and (rec.get("withdraw_reason") or "").strip():
        errors.append(FieldError("withdraw_reason", _("Only a withdrawn answer says why it was withdrawn.")))
    errors += check_text("withdraw_reason", rec.get("withdraw_reason") or "", label=_("Reason for withdrawing"),
                         max_len=500)
    return errors


def _validate(dose_mg: float, status: str, note: str) -> list[FieldError]:
    errors = check_number("dose_mg", dose_mg, label=_("Dose"), minimum=DOSE_MIN_MG, maximum=DOSE_MAX_MG, unit="mg",
                          allow_zero=False)
    if status not in STATUSES:
        errors.append(FieldError("status", _("Choose taken, skipped or missed.")))
    errors += check_text("note", note, label=_("Note"), max_len=2000, multiline=True)
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
            errors.append(FieldError("taken_utc", _("When was it taken?")))
        if taken_utc is not None and taken_utc > self.store.clock.now_utc():
            errors.append(FieldError("taken_utc", _("The time taken is in the future.")))
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
            raise LookupError(_("No dose entry {id}", id=entry_id))
        if old.withdrawn:
            raise ValidationFailed([FieldError("id", _("This answer was withdrawn; the dose can be answered again "
                                                       "on Today or in the missed-doses list."))])
        if old.superseded:
            raise ValidationFailed([FieldError("id", _("This entry was already corrected; edit the newest "
                                                       "version."))])
        status = status or old.status
        dose_mg = old.dose_mg if dose_mg is None else dose_mg
        note = old.note if note is None else note
        taken = taken_utc if status == "taken" else None
        if status == "taken" and taken is None:
            taken = old.taken_utc
        errors = _validate(dose_mg, status, note)
        errors += check_text("edit_reason", reason, label=_("Reason for the change"), max_len=500, required=True)
        if status == "taken" and taken is None:
            errors.append(FieldError("taken_utc", _("When was it taken?")))
        if taken is not None and taken > self.store.clock.now_utc():
            errors.append(FieldError("taken_utc", _("The time taken is in the future.")))
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
            raise LookupError(_("No dose entry {id}", id=entry_id))
        errors = check_text("withdraw_reason", reason, label=_("Reason"), max_len=500, required=True)
        if old.superseded:
            errors.append(FieldError("id", _("Only the newest version of an answer can be withdrawn.")))
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
            raise LookupError(_("No dose entry {id}", id=entry_id))
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
        return next(_entries(self.store, [r]), None) if r is not None else None

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
        return list(_entries(self.store, self.store.conn.execute(sql, params + [limit, offset])))

    def count_between(self, person_id: int, start_utc: datetime, end_utc: datetime) -> int:
        """How many dose records (corrections' earlier versions too) the person has in [start, end): a count on the
        (person, time) index, to tell how much a report of the period will read before reading it."""
        when = "COALESCE(taken_at, due_at, recorded_at)"
        row = self.store.conn.execute(f"SELECT COUNT(*) FROM dose_log WHERE person_id = ? AND {when} >= ? AND "
                                      f"{when} < ?", (person_id, dt_to_db(start_utc), dt_to_db(end_utc))).fetchone()
        return int(row[0])

    def versions(self, entry_id: int) -> list[DoseEntry]:
        """The entry and every earlier version it replaced, newest first."""
        out = []
        current = self.get(entry_id)
        while current is not None:
            out.append(current)
            current = self.get(current.replaces_id) if current.replaces_id else None
        return out

    def live_for_slots(self, schedule_ids: list[int], since_utc: datetime,
                       until_utc: datetime | None = None) -> dict[tuple[int, str], DoseEntry]:
        """Live answers for scheduled doses due from ``since_utc`` (to before ``until_utc``), keyed by
        (schedule_id, slot). One query; it reads only the period's rows (through the (schedule, slot) index: a slot
        starts with its local day)."""
        if not schedule_ids:
            return {}
        lo, hi, args = _slot_range(since_utc, until_utc)
        sql = (f"SELECT {_COLS} FROM dose_log d JOIN medicines m ON m.id = d.medicine_id WHERE d.superseded = 0 AND "
               "d.slot IS NOT NULL AND d.schedule_id IN (SELECT value FROM json_each(?)) AND d.slot >= ?"
               + (" AND d.slot < ?" if hi else "") + " AND d.due_at >= ?" + (" AND d.due_at < ?" if hi else ""))
        rows = self.store.conn.execute(sql, [json.dumps(sorted(set(schedule_ids))), lo, *args])
        return {(e.schedule_id, e.slot): e for e in _entries(self.store, rows)
                if e.schedule_id is not None and e.slot is not None}  # (always: the query asks for both)

    def slot_answers(self, schedule_ids: list[int], since_utc: datetime, until_utc: datetime
                     ) -> dict[tuple[int, str], tuple[int, str, datetime | None, float]]:
        """What the reminders need of each live answer to a scheduled dose due in [since_utc, until_utc):
        (schedule_id, slot) -> (entry id, status, time taken, mg). As ``live_for_slots``, but lean: the period's
        rows only, through the (schedule, slot) index, and no more of each than the review reads."""
        if not schedule_ids:
            return {}
        lo, hi, args = _slot_range(since_utc, until_utc)
        rows = self.store.conn.execute(
            "SELECT id, schedule_id, slot, status, taken_at, dose_mg, due_at FROM dose_log WHERE superseded = 0 AND "
            "slot IS NOT NULL AND schedule_id IN (SELECT value FROM json_each(?)) AND slot >= ? AND slot < ? AND "
            "due_at >= ? AND due_at < ?", [json.dumps(sorted(set(schedule_ids))), lo, *args])
        out: dict[tuple[int, str], tuple[int, str, datetime | None, float]] = {}
        for eid, sid, slot, status, taken, mg, _due in rows:
            try:
                taken_utc = dt_from_db(taken)
                ok = (status in STATUSES and isinstance(mg, (int, float)) and DOSE_MIN_MG <= mg <= DOSE_MAX_MG
                      and (taken_utc is None or 1900 <= taken_utc.year <= 2100))
            except (TypeError, ValueError, OverflowError):
                ok = False
            if not ok:
                self.store.skip_damaged("dose_log", eid, _("the dose or its time is not one the app records"))
                continue
            out[(sid, slot)] = (eid, status, taken_utc, mg)
        return out

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

    def snoozes(self, since_utc: datetime, until_utc: datetime | None = None,
                schedule_ids: list[int] | None = None) -> dict[tuple[int, str], datetime]:
        """The latest snooze-until time per (schedule_id, slot) for doses due from ``since_utc`` (to before
        ``until_utc``), of these schedules (default: all)."""
        lo, hi, args = _slot_range(since_utc, until_utc)
        sql = "SELECT schedule_id, slot, MAX(snooze_until) FROM reminder_events WHERE event = 'snoozed'"
        params: list[Any] = []
        if schedule_ids is not None:
            sql += (" AND schedule_id IN (SELECT value FROM json_each(?)) AND slot >= ?"
                    + (" AND slot < ?" if hi else ""))
            params += [json.dumps(sorted(set(schedule_ids))), lo] + ([hi] if hi else [])
        sql += " AND due_at >= ?" + (" AND due_at < ?" if hi else "") + " GROUP BY schedule_id, slot"
        params += args[-2:] if hi else args[-1:]
        out: dict[tuple[int, str], datetime] = {}
        for sid, slot, until in self.store.conn.execute(sql, params):
            try:
                at = dt_from_db(until)
                if not 1900 <= at.year <= 2100:
                    raise ValueError(at.year)
                out[(sid, slot)] = at
            except (TypeError, ValueError, OverflowError):
                self.store.skip_damaged("reminder_events", f"{sid}/{slot!s:.40}", _("the snooze time cannot be read"))
        return out


def _slot_range(since_utc: datetime, until_utc: datetime | None) -> tuple[str, str | None, list[str]]:
    """Bounds on a slot's text (it starts with its local day, within a day of the UTC day) that take in every dose
    due in the period, and the period's own bounds as stored: (lowest slot, slot bound or None, [due from, due
    before])."""
    lo = (since_utc.astimezone(UTC).date() - timedelta(days=2)).isoformat()
    if until_utc is None:
        return lo, None, [dt_to_db(since_utc)]
    hi = (until_utc.astimezone(UTC).date() + timedelta(days=2)).isoformat()
    return lo, hi, [hi, dt_to_db(since_utc), dt_to_db(until_utc)]
