"""SQL for medicines (archived, never deleted)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.medicines import Medicine, validate_medicine
from caregiver_app.domain.text import Messages
from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import date_from_db, date_to_db, dt_from_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

_ = Messages("storage.medicines")

_FIELDS = ("person_id", "name", "form", "strength_mg", "concentration_mg_per_ml", "instructions", "prescriber",
           "start_date", "stop_date", "stock_on_hand", "refill_threshold_days", "pump_refill_date",
           "pump_alarm_date", "pump_remind_days", "ingredient")
_DATES = {"start_date", "stop_date", "pump_refill_date", "pump_alarm_date"}


def remind_days_from_db(text: object) -> tuple[int, ...]:
    """"7,2" -> (7, 2). Raises ValueError for anything the form could not have written."""
    if isinstance(text, str) and len(text) <= 200:
        try:
            return tuple(int(x) for x in text.split(",") if x.strip())
        except ValueError:
            pass
    raise ValidationFailed([FieldError("pump_remind_days", _("The pump reminder days are not a list of days like "
                                                             "7,2."))])


def medicine_from_record(rec: Mapping[str, Any]) -> Medicine:
    """A medicine from its stored columns (by name: every field the repository stores, so a field added to it is
    read and checked here too). Raises ValueError/TypeError when a value cannot be read."""
    values = {k: rec[k] for k in ("id",) + _FIELDS + ("archived_at",)}
    for k in _DATES:
        values[k] = date_from_db(values[k])
    values["archived_at"] = dt_from_db(values["archived_at"])
    values["pump_remind_days"] = remind_days_from_db(values["pump_remind_days"])
    return Medicine(**values)


def _from_row(store: Store, row: tuple[Any, ...]) -> Medicine | None:
    """The medicine of a row, or None (reported in ``store.damaged``) when a stored value breaks the form's rules."""
    from caregiver_app.storage.db import READ_ERRORS, problem_text
    from caregiver_app.storage.people import READ_TODAY

    try:
        med = medicine_from_record(dict(zip(("id",) + _FIELDS + ("archived_at",), row, strict=True)))
        errors = validate_medicine(med, READ_TODAY)
    except READ_ERRORS as exc:
        store.skip_damaged("medicines", row[0], problem_text(exc))
        return None
    if errors:
        store.skip_damaged("medicines", row[0], errors[0].message)
        return None
    return med


def _to_values(m: Medicine) -> tuple[Any, ...]:
    out = []
    for k in _FIELDS:
        v = getattr(m, k)
        if k in _DATES:
            v = date_to_db(v)
        elif k == "pump_remind_days":
            v = ",".join(str(int(x)) for x in v)
        elif k in ("name", "instructions", "prescriber"):
            v = v.strip()
        elif k == "ingredient":
            v = m.active_ingredient  # stored as said, or as the name suggests when it was not said
        out.append(v)
    return tuple(out)


class MedicineRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _select(self, where: str, params: tuple[Any, ...]) -> list[Medicine]:
        sql = f"SELECT id, {', '.join(_FIELDS)}, archived_at FROM medicines WHERE {where}"
        return [m for m in (_from_row(self.store, r) for r in self.store.conn.execute(sql, params)) if m is not None]

    def list_for(self, person_id: int, include_archived: bool = False) -> list[Medicine]:
        where = "person_id = ?" + ("" if include_archived else " AND archived_at IS NULL")
        return self._select(where + " ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id", (person_id,))

    def get(self, mid: int) -> Medicine | None:
        found = self._select("id = ?", (mid,))
        return found[0] if found else None

    def readable(self, ids: Iterable[int]) -> set[int]:
        """Which of these medicines can be read (the others are damaged, reported in ``store.damaged``)."""
        wanted = json.dumps(sorted(set(ids)))
        return {m.stored_id for m in self._select("id IN (SELECT value FROM json_each(?))", (wanted,))}

    def save(self, m: Medicine) -> Medicine:
        errors = validate_medicine(m, self.store.clock.today())
        if errors:
            raise ValidationFailed(errors)
        now = self.store.now_db()
        with self.store.transaction() as conn:
            if m.id is None:
                cols = ", ".join(_FIELDS)
                marks = ", ".join("?" * (len(_FIELDS) + 2))
                cur = conn.execute(f"INSERT INTO medicines({cols}, created_at, updated_at) VALUES ({marks})",
                                   _to_values(m) + (now, now))
                mid = inserted_id(cur)
            else:
                sets = ", ".join(f"{k} = ?" for k in _FIELDS)
                cur = conn.execute(f"UPDATE medicines SET {sets}, updated_at = ? WHERE id = ?",
                                   _to_values(m) + (now, m.id))
                if cur.rowcount != 1:
                    raise LookupError(_("No medicine with id {id}", id=m.id))
                mid = m.id
        saved = self.get(mid)
        assert saved is not None  # just written
        return saved

    def set_archived(self, mid: int, archived: bool) -> None:
        """Archive a medicine with its schedules, or restore it with the schedules archived together with it
        (not ones stopped earlier) — one transaction either way."""
        now = self.store.now_db()
        with self.store.transaction() as conn:
            row = conn.execute("SELECT archived_at FROM medicines WHERE id = ?", (mid,)).fetchone()
            conn.execute("UPDATE medicines SET archived_at = ?, updated_at = ? WHERE id = ?",
                         (now if archived else None, now, mid))
            if archived:
                self.store.schedules.archive_for_medicine(mid, now)
            elif row is not None and row[0] is not None:
                self.store.schedules.restore_for_medicine(mid, row[0])

    def has_pump(self, person_id: int, day: date) -> bool:
        """Whether the person has an intrathecal pump in use on ``day``."""
        return self.store.conn.execute(
            "SELECT 1 FROM medicines WHERE person_id = ? AND form = 'intrathecal' AND archived_at IS NULL"
            " AND (stop_date IS NULL OR stop_date >= ?) LIMIT 1", (person_id, day.isoformat())).fetchone() is not None

    def adjust_stock(self, mid: int, delta_units: float) -> None:
        """Part of logging a dose: called inside the dose's transaction."""
        self.store.conn.execute(
            "UPDATE medicines SET stock_on_hand = MAX(0, stock_on_hand + ?) WHERE id = ? AND stock_on_hand IS NOT NULL",
            (delta_units, mid))
