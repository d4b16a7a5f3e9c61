"""SQL for people cared for."""
from __future__ import annotations

import sqlite3
from datetime import time
from typing import TYPE_CHECKING, Any

from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import date_from_db, date_to_db, dt_from_db

if TYPE_CHECKING:  # the domain class is imported when the first person is read (not for the names at start-up)
    from caregiver_app.domain.people import Person
    from caregiver_app.storage.db import Store

_COLS = ("id, name, date_of_birth, kidney_reduced, prescriber, emergency_contact, notes, archived_at, is_demo,"
         " checkin_days, checkin_time, birth_year")


def _row(r: sqlite3.Row | tuple[Any, ...]) -> Person:
    from caregiver_app.domain.people import Person

    return Person(
        id=r[0], name=r[1], date_of_birth=date_from_db(r[2]), kidney_reduced=bool(r[3]), prescriber=r[4],
        emergency_contact=r[5], notes=r[6], archived_at=dt_from_db(r[7]), is_demo=bool(r[8]),
        checkin_days=int(r[9]), checkin_time=_time(r[10]),
        birth_year=r[11] if isinstance(r[11], int) else None,
    )


def _time(text: str | None) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


class PeopleRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def names(self) -> list[tuple[int, str]]:
        """(id, name) of the people not archived, for the selector (cheap: no domain objects at start-up)."""
        return [(int(i), n) for i, n in self.store.conn.execute(
            "SELECT id, name FROM people WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE, id")]

    def list(self, include_archived: bool = False) -> list[Person]:
        sql = f"SELECT {_COLS} FROM people"
        if not include_archived:
            sql += " WHERE archived_at IS NULL"
        sql += " ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id"
        return [_row(r) for r in self.store.conn.execute(sql)]

    def get(self, rid: int) -> Person | None:
        r = self.store.conn.execute(f"SELECT {_COLS} FROM people WHERE id = ?", (rid,)).fetchone()
        return None if r is None else _row(r)

    def save(self, rec: Person) -> Person:
        """Insert or update; raises ValidationFailed (nothing written) on bad input."""
        from caregiver_app.domain.people import validate_person
        from caregiver_app.domain.validation import ValidationFailed

        errors = validate_person(rec, self.store.clock.today())
        if errors:
            raise ValidationFailed(errors)
        now = self.store.now_db()
        values = (rec.name.strip(), date_to_db(rec.date_of_birth), int(rec.kidney_reduced), rec.prescriber.strip(),
                  rec.emergency_contact.strip(), rec.notes, int(rec.is_demo), int(rec.checkin_days),
                  rec.checkin_time.strftime("%H:%M") if rec.checkin_time else None, rec.year_of_birth)
        with self.store.transaction() as conn:
            if rec.id is None:
                cur = conn.execute(
                    "INSERT INTO people(name, date_of_birth, kidney_reduced, prescriber, emergency_contact, notes,"
                    " is_demo, checkin_days, checkin_time, birth_year, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values + (now, now))
                rid = inserted_id(cur)
            else:
                cur = conn.execute(
                    "UPDATE people SET name=?, date_of_birth=?, kidney_reduced=?, prescriber=?,"
                    " emergency_contact=?, notes=?, is_demo=?, checkin_days=?, checkin_time=?, birth_year=?,"
                    " updated_at=? WHERE id=?", values + (now, rec.id))
                if cur.rowcount != 1:
                    raise LookupError(f"No person with id {rec.id}")
                rid = rec.id
        saved = self.get(rid)
        assert saved is not None  # just written
        return saved

    def set_archived(self, rid: int, archived: bool) -> Person:
        """Archive hides a person from the selector; their history stays and can be restored."""
        now = self.store.now_db()
        with self.store.transaction() as conn:
            cur = conn.execute("UPDATE people SET archived_at = ?, updated_at = ? WHERE id = ?",
                               (now if archived else None, now, rid))
            if cur.rowcount != 1:
                raise LookupError(f"No person with id {rid}")
        saved = self.get(rid)
        assert saved is not None  # just written
        return saved
