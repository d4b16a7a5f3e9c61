"""SQL for people cared for."""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date, time
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.text import Messages
from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import date_from_db, date_to_db, dt_from_db

if TYPE_CHECKING:  # the domain class is imported when the first person is read (not for the names at start-up)
    from caregiver_app.domain.people import Person
    from caregiver_app.storage.db import Store

_ = Messages("storage.people")

_COLS = ("id, name, date_of_birth, kidney_reduced, prescriber, emergency_contact, notes, archived_at, is_demo,"
         " checkin_days, checkin_time, birth_year")
_NAMES = tuple(c.strip() for c in _COLS.split(","))
#: Read as far in the future as any rule allows: a record saved once stays readable whatever the clock says later.
READ_TODAY = date(2100, 1, 1)


def person_from_record(rec: Mapping[str, Any]) -> Person:
    """A person from the stored columns (by name; the rest ignored). Raises ValueError/TypeError when unreadable."""
    from caregiver_app.domain.people import Person

    return Person(
        id=rec["id"], name=rec["name"], date_of_birth=date_from_db(rec["date_of_birth"]),
        kidney_reduced=bool(rec["kidney_reduced"]), prescriber=rec["prescriber"],
        emergency_contact=rec["emergency_contact"], notes=rec["notes"], archived_at=dt_from_db(rec["archived_at"]),
        is_demo=bool(rec["is_demo"]), checkin_days=rec["checkin_days"],
        checkin_time=checkin_time_from_db(rec["checkin_time"]),
        birth_year=rec.get("birth_year") if isinstance(rec.get("birth_year"), int) else None,
    )


def checkin_time_from_db(text: object) -> time | None:
    """"20:00" -> 20:00, as the person's form writes it (None: with the last dose of the day). Raises
    ValidationFailed (a ValueError) for anything else."""
    from caregiver_app.domain.validation import FieldError, ValidationFailed

    if text is None:
        return None
    if isinstance(text, str) and len(text) == 5 and text[2] == ":" and text[:2].isdigit() and text[3:].isdigit():
        try:
            return time.fromisoformat(text)
        except ValueError:
            pass
    raise ValidationFailed([FieldError("checkin_time", _("The check-in time is not a time of day like 20:00."))])


def _row(store: Store, r: sqlite3.Row | tuple[Any, ...]) -> Person | None:
    """The person of a row, or None (reported in ``store.damaged``) when a stored value breaks the form's rules."""
    from caregiver_app.domain.people import validate_person
    from caregiver_app.storage.db import READ_ERRORS, problem_text

    try:
        person = person_from_record(dict(zip(_NAMES, r, strict=True)))
        errors = validate_person(person, READ_TODAY)
    except READ_ERRORS as exc:
        store.skip_damaged("people", r[0], problem_text(exc))
        return None
    if errors:
        store.skip_damaged("people", r[0], errors[0].message)
        return None
    return person


class PeopleRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def names(self) -> list[tuple[int, str]]:
        """(id, name) of the people not archived, for the selector (cheap: no domain objects at start-up)."""
        # (The name's rule in SQL: a damaged name is left out here as get() leaves the person out.)
        return [(int(i), n) for i, n in self.store.conn.execute(
            "SELECT id, name FROM people WHERE archived_at IS NULL AND typeof(name) = 'text' "
            "AND length(trim(name)) BETWEEN 1 AND 100 ORDER BY name COLLATE NOCASE, id")]

    def list(self, include_archived: bool = False) -> list[Person]:
        sql = f"SELECT {_COLS} FROM people"
        if not include_archived:
            sql += " WHERE archived_at IS NULL"
        sql += " ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id"
        return [p for p in (_row(self.store, r) for r in self.store.conn.execute(sql)) if p is not None]

    def get(self, rid: int) -> Person | None:
        r = self.store.conn.execute(f"SELECT {_COLS} FROM people WHERE id = ?", (rid,)).fetchone()
        return None if r is None else _row(self.store, r)

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
                    raise LookupError(_("No person with id {id}", id=rec.id))
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
                raise LookupError(_("No person with id {id}", id=rid))
        saved = self.get(rid)
        assert saved is not None  # just written
        return saved
