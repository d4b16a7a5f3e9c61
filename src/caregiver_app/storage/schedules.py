"""SQL for dose schedules. The spec is JSON made by the domain's ``to_spec()``; jobs derive from these rows."""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.schedules import Schedule, schedule_from_spec, validate_schedule
from caregiver_app.domain.text import Messages
from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.storage.db import grouped, inserted_id
from caregiver_app.storage.timefmt import date_to_db, dt_from_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

_ = Messages("storage.schedules")


@dataclass(frozen=True)
class ScheduleRecord:
    """A stored schedule with what the reminders need to know about it."""

    id: int
    medicine_id: int
    person_id: int
    kind: str
    schedule: Schedule        # a domain schedule (FixedSchedule, IntervalSchedule, ...)
    created_at: datetime
    archived: bool


_SELECT = ("SELECT s.id, s.medicine_id, m.person_id, s.kind, s.spec, s.tz, s.start_date, s.end_date, "
           "s.created_at, s.archived_at FROM schedules s JOIN medicines m ON m.id = s.medicine_id "
           "JOIN people r ON r.id = m.person_id")


SPEC_MAX_CHARS = 10_000   # a spec the form writes is a few hundred characters (24 times at most)


def spec_from_db(text: object) -> dict[str, Any]:
    """The stored spec (JSON text of an object). Raises ValidationFailed (a ValueError) when it is not one."""
    def bad(problem: str) -> ValidationFailed:
        return ValidationFailed([FieldError("spec", problem)])

    if not isinstance(text, str):
        raise bad(_("The schedule details are not JSON text."))
    if len(text) > SPEC_MAX_CHARS:
        raise bad(_("The schedule details are too long ({count} characters; the app writes at most {most}).",
                    count=grouped(len(text)), most=grouped(SPEC_MAX_CHARS)))
    try:
        spec = json.loads(text)
    except RecursionError:
        raise bad(_("The schedule details are nested too deeply.")) from None
    except ValueError:
        raise bad(_("The schedule details are not valid JSON.")) from None
    if not isinstance(spec, dict):
        raise bad(_("The schedule details are not a JSON object."))
    return spec


def schedule_from_record(rec: Mapping[str, Any], today: date | None = None) -> Schedule:
    """The domain schedule of a stored row (by column name), checked as the form checks it (with ``today``, the
    dates' distance from today too). Raises ValidationFailed or ValueError."""
    spec = spec_from_db(rec["spec"])
    kind, tz, start, end = rec["kind"], rec["tz"], rec["start_date"], rec["end_date"]
    if today is not None:
        errors = validate_schedule(kind, spec, tz=tz, start_date=start, end_date=end, today=today)
        if errors:
            raise ValidationFailed(errors)
    # (Builds the schedule as the form's check does: ValidationFailed for anything the form would refuse.)
    return schedule_from_spec(kind, spec, schedule_id=rec["id"], tz=tz, start_date=start, end_date=end)


def _record(store: Store, row: tuple[Any, ...]) -> ScheduleRecord | None:
    """The record of a row, or None (reported in ``store.damaged``) when it breaks the form's rules."""
    from caregiver_app.storage.db import READ_ERRORS, problem_text

    sid, mid, rid, kind, spec, tz, start, end, created, archived = row
    try:
        sched = schedule_from_record({"id": sid, "kind": kind, "spec": spec, "tz": tz, "start_date": start,
                                      "end_date": end})
        created_at = dt_from_db(created)
    except READ_ERRORS as exc:
        store.skip_damaged("schedules", sid, problem_text(exc))
        return None
    return ScheduleRecord(sid, mid, rid, kind, sched, created_at, archived is not None)


class ScheduleRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def active(self, person_id: int | None = None) -> list[ScheduleRecord]:
        """Schedules that can produce reminders: not archived, medicine and person not archived."""
        sql = _SELECT + " WHERE s.archived_at IS NULL AND m.archived_at IS NULL AND r.archived_at IS NULL"
        params: tuple[Any, ...] = ()
        if person_id is not None:
            sql += " AND m.person_id = ?"
            params = (person_id,)
        return self._records(sql + " ORDER BY s.id", params)

    def for_medicine(self, medicine_id: int, include_archived: bool = False) -> list[ScheduleRecord]:
        sql = _SELECT + " WHERE s.medicine_id = ?" + ("" if include_archived else " AND s.archived_at IS NULL")
        return self._records(sql + " ORDER BY s.id", (medicine_id,))

    def get(self, sid: int) -> ScheduleRecord | None:
        row = self.store.conn.execute(_SELECT + " WHERE s.id = ?", (sid,)).fetchone()
        return None if row is None else _record(self.store, row)

    def _records(self, sql: str, params: tuple[Any, ...]) -> list[ScheduleRecord]:
        """The records, less the damaged ones and those of a damaged medicine (left out with it)."""
        out = [r for r in (_record(self.store, row) for row in self.store.conn.execute(sql, params)) if r is not None]
        if out:
            readable = self.store.medicines.readable({r.medicine_id for r in out})
            out = [r for r in out if r.medicine_id in readable]
        return out

    def save(self, medicine_id: int, kind: str, spec: Mapping[str, Any], *, tz: str, start_date: date | str | None,
             end_date: date | str | None = None, schedule_id: int | None = None) -> ScheduleRecord:
        """Validate with the domain rules, then insert or update. Raises ValidationFailed, nothing written."""
        errors = validate_schedule(kind, spec, tz=tz, start_date=start_date, end_date=end_date,
                                   today=self.store.clock.today())
        if errors:
            raise ValidationFailed(errors)
        sched = schedule_from_spec(kind, spec, tz=tz, start_date=start_date, end_date=end_date)
        now = self.store.now_db()
        values = (kind, json.dumps(sched.to_spec()), tz, date_to_db(sched.start_date), date_to_db(sched.end_date))
        with self.store.transaction() as conn:
            if schedule_id is None:
                sid = inserted_id(conn.execute(
                    "INSERT INTO schedules(medicine_id, kind, spec, tz, start_date, end_date, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?)", (medicine_id,) + values + (now, now)))
            else:
                old = conn.execute("SELECT kind, spec, tz, start_date, end_date FROM schedules WHERE id = ?",
                                   (schedule_id,)).fetchone()
                if old is not None and tuple(old) != values:
                    # Changed: reminders count from now (created_at), so times that did not exist before are
                    # never listed as "missed"; slots that keep their time keep their answers.
                    conn.execute("UPDATE schedules SET kind=?, spec=?, tz=?, start_date=?, end_date=?, updated_at=?,"
                                 " created_at=? WHERE id=?", values + (now, now, schedule_id))
                sid = schedule_id
        saved = self.get(sid)
        assert saved is not None  # just written
        return saved

    def set_archived(self, sid: int, archived: bool) -> None:
        now = self.store.now_db()
        with self.store.transaction() as conn:
            conn.execute("UPDATE schedules SET archived_at = ?, updated_at = ? WHERE id = ?",
                         (now if archived else None, now, sid))

    def archive_for_medicine(self, medicine_id: int, stamp: str) -> None:
        """Part of archiving a medicine (inside its transaction): its running schedules stop, marked ``stamp``."""
        self.store.conn.execute("UPDATE schedules SET archived_at = ?, updated_at = ? WHERE medicine_id = ? "
                                "AND archived_at IS NULL", (stamp, stamp, medicine_id))

    def restore_for_medicine(self, medicine_id: int, stamp: str) -> None:
        """Part of restoring a medicine: the schedules archived with it (marked ``stamp``) run again; ones stopped
        earlier stay stopped."""
        self.store.conn.execute("UPDATE schedules SET archived_at = NULL, updated_at = ? WHERE medicine_id = ? "
                                "AND archived_at = ?", (self.store.now_db(), medicine_id, stamp))
