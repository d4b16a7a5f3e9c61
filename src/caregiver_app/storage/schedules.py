"""SQL for dose schedules. The spec is JSON made by the domain's ``to_spec()``; jobs derive from these rows."""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.schedules import Schedule, schedule_from_spec, validate_schedule
from caregiver_app.domain.validation import ValidationFailed
from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import date_from_db, date_to_db, dt_from_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store


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


def _record(row: tuple[Any, ...]) -> ScheduleRecord:
    sid, mid, rid, kind, spec, tz, start, end, created, archived = row
    sched = schedule_from_spec(kind, json.loads(spec), schedule_id=sid, tz=tz, start_date=date_from_db(start),
                               end_date=date_from_db(end))
    return ScheduleRecord(sid, mid, rid, kind, sched, dt_from_db(created), archived is not None)


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
        return [_record(r) for r in self.store.conn.execute(sql + " ORDER BY s.id", params)]

    def for_medicine(self, medicine_id: int, include_archived: bool = False) -> list[ScheduleRecord]:
        sql = _SELECT + " WHERE s.medicine_id = ?" + ("" if include_archived else " AND s.archived_at IS NULL")
        return [_record(r) for r in self.store.conn.execute(sql + " ORDER BY s.id", (medicine_id,))]

    def get(self, sid: int) -> ScheduleRecord | None:
        row = self.store.conn.execute(_SELECT + " WHERE s.id = ?", (sid,)).fetchone()
        return None if row is None else _record(row)

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
