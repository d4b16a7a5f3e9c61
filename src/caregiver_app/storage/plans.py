"""SQL for titration and taper plans (archived, never deleted). A plan's steps are saved with it, whole."""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.plans import MAX_STEP_DAYS, MAX_STEP_DOSE_MG, Plan, PlanStep, validate_plan
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.domain.validation import ValidationFailed
from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import date_to_db, dt_from_db

if TYPE_CHECKING:
    from caregiver_app.domain.diary import PlanBand
    from caregiver_app.storage.db import Store


def _doses_from_db(text: str) -> tuple[TimeDose, ...]:
    out = []
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    for item in items if isinstance(items, list) else []:
        try:
            hh, mm = str(item[0]).split(":")
            mg = float(item[1])
            if not (math.isfinite(mg) and 0 <= mg <= MAX_STEP_DOSE_MG):
                continue  # a dose no form accepts (a damaged or hand-edited file): never reminded
            out.append(TimeDose(time(int(hh), int(mm)), mg))
        except (ValueError, TypeError, IndexError, OverflowError):
            continue  # an unreadable dose in an imported file: left out, the rest is shown
    return tuple(sorted(out, key=lambda td: td.time))


def _doses_to_db(doses: Iterable[TimeDose]) -> str:
    return json.dumps([[f"{td.time:%H:%M}", float(td.dose_mg)] for td in sorted(doses, key=lambda td: td.time)])


class PlanRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _steps(self, pid: int) -> tuple[PlanStep, ...]:
        rows = self.store.conn.execute(
            "SELECT start_date, days, doses FROM plan_steps WHERE plan_id = ? ORDER BY start_date, seq", (pid,))
        steps = []
        for start, days, doses in rows:
            try:
                first, n = date.fromisoformat(start), int(days)
                if not 1 <= n <= MAX_STEP_DAYS:
                    continue  # a length no form accepts (a damaged or hand-made file): left out
                steps.append(PlanStep(first, n, _doses_from_db(doses)))
            except (TypeError, ValueError, OverflowError):
                continue
        return tuple(steps)

    def _plans(self, where: str, params: tuple[Any, ...]) -> list[Plan]:
        rows = self.store.conn.execute(
            "SELECT id, person_id, medicine_id, name, kind, source_note, active, archived_at, after_last FROM plans "
            f"WHERE {where}", params).fetchall()
        return [Plan(person_id=r[1], medicine_id=r[2], name=r[3], kind=r[4], source_note=r[5] or "",
                     active=bool(r[6]), steps=self._steps(r[0]), id=r[0], archived_at=dt_from_db(r[7]),
                     after_last=r[8] if r[8] in ("keep", "stop") else "keep")
                for r in rows]

    def list_for(self, person_id: int, include_archived: bool = False) -> list[Plan]:
        where = "person_id = ?" + ("" if include_archived else " AND archived_at IS NULL")
        return self._plans(where + " ORDER BY archived_at IS NOT NULL, id", (person_id,))

    def followed(self, person_id: int | None = None) -> list[Plan]:
        """Plans being followed now (active, not archived), for everyone or one person."""
        if person_id is None:
            return self._plans("active = 1 AND archived_at IS NULL ORDER BY id", ())
        return self._plans("person_id = ? AND active = 1 AND archived_at IS NULL ORDER BY id", (person_id,))

    def get(self, pid: int) -> Plan | None:
        found = self._plans("id = ?", (pid,))
        return found[0] if found else None

    def followed_by_medicine(self, person_id: int | None = None) -> dict[int, Plan]:
        """The plan followed for each medicine (one per medicine: if an old file has two, the latest saved one, as
        the reminders use it). Plans without steps set nothing and are left out."""
        chosen: dict[int, Plan] = {}
        for plan in self.followed(person_id):  # in id order: the latest saved one wins
            if plan.medicine_id is not None and plan.steps:
                chosen[plan.medicine_id] = plan
        return chosen

    def followed_for_medicine(self, medicine_id: int, except_id: int | None = None) -> list[Plan]:
        return [p for p in self._plans("medicine_id = ? AND active = 1 AND archived_at IS NULL ORDER BY id",
                                       (medicine_id,)) if p.id != except_id]

    def save(self, plan: Plan) -> Plan:
        """Insert or update the plan and replace its steps, in one transaction. The medicine must be the same
        person's. One plan is followed per medicine: saving a followed plan stops following any other plan for the
        same medicine (in the same transaction; the form asks first). Raises ValidationFailed (nothing saved) for a
        plan that cannot be saved."""
        errors = validate_plan(plan, self.store.clock.today())
        med = self.store.medicines.get(plan.medicine_id) if plan.medicine_id is not None else None
        if plan.medicine_id is not None and (med is None or med.person_id != plan.person_id):
            from caregiver_app.domain.validation import FieldError

            errors.append(FieldError("medicine", "Please choose one of this person's medicines."))
        if errors:
            raise ValidationFailed(errors)
        now = self.store.now_db()
        with self.store.transaction() as conn:
            values = (plan.person_id, plan.medicine_id, plan.name.strip(), plan.kind, plan.source_note.strip(),
                      int(plan.active), plan.after_last)
            if plan.id is None:
                pid = inserted_id(conn.execute(
                    "INSERT INTO plans(person_id, medicine_id, name, kind, source_note, active, after_last, "
                    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", values + (now, now)))
            else:
                cur = conn.execute(
                    "UPDATE plans SET person_id = ?, medicine_id = ?, name = ?, kind = ?, source_note = ?, "
                    "active = ?, after_last = ?, updated_at = ? WHERE id = ?", values + (now, plan.id))
                if cur.rowcount != 1:
                    raise LookupError(f"No plan with id {plan.id}")
                pid = plan.id
                conn.execute("DELETE FROM plan_steps WHERE plan_id = ?", (pid,))
            if plan.active:
                conn.execute("UPDATE plans SET active = 0, updated_at = ? WHERE medicine_id = ? AND id != ? "
                             "AND active = 1", (now, plan.medicine_id, pid))
            conn.executemany(
                "INSERT INTO plan_steps(plan_id, seq, start_date, days, doses) VALUES (?,?,?,?,?)",
                [(pid, seq, date_to_db(s.start_date), int(s.days), _doses_to_db(s.doses))
                 for seq, s in enumerate(sorted(plan.steps, key=lambda s: s.start_date), start=1)])
        saved = self.get(pid)
        assert saved is not None  # just written
        return saved

    def set_archived(self, pid: int, archived: bool) -> None:
        now = self.store.now_db()
        with self.store.transaction() as conn:
            conn.execute("UPDATE plans SET archived_at = ?, updated_at = ? WHERE id = ?",
                         (now if archived else None, now, pid))

    # -- for charts, the Plans page and the danger signs (read only) ----------------------------------------
    def bands(self, person_id: int, start: date | None = None, end: date | None = None) -> list[PlanBand]:
        """Steps of the person's current (not archived) plans, in date order, for the Plans page and the charts."""
        from caregiver_app.domain.diary import PlanBand  # (the diary's rules are not needed at start-up)

        rows = self.store.conn.execute(
            "SELECT p.kind, p.name, s.start_date, s.days, s.doses, p.id, p.active, p.medicine_id"
            " FROM plan_steps s JOIN plans p ON p.id = s.plan_id"
            " WHERE p.person_id = ? AND p.archived_at IS NULL ORDER BY s.start_date, s.seq", (person_id,))
        bands = []
        for kind, name, start_text, days, doses, plan_id, active, medicine_id in rows:
            try:
                s0 = date.fromisoformat(start_text)
                s1 = s0 + timedelta(days=int(days))
            except (TypeError, ValueError, OverflowError):
                continue  # a damaged step (from a hand-made file): not shown
            if (end is not None and s0 > end) or (start is not None and s1 <= start):
                continue
            bands.append(PlanBand(s0, s1, _mg_per_day(doses), kind, name, plan_id, bool(active), medicine_id))
        return bands

    def on_taper(self, person_id: int, day: date) -> bool:
        """Whether a step of a followed taper plan covers ``day``."""
        d = day.isoformat()
        return self.store.conn.execute(
            "SELECT 1 FROM plans p JOIN plan_steps s ON s.plan_id = p.id WHERE p.person_id = ? AND p.kind = 'taper'"
            " AND p.active = 1 AND p.archived_at IS NULL AND s.start_date <= ?"
            " AND date(s.start_date, '+' || s.days || ' days') > ? LIMIT 1", (person_id, d, d)).fetchone() is not None


def _mg_per_day(doses_json: str) -> float:
    """Plan step doses are [["08:00", 5.0], ...]; tolerate {"mg": 5} items too."""
    try:
        doses = json.loads(doses_json or "[]")
    except ValueError:
        return 0.0
    total = 0.0
    for d in doses if isinstance(doses, list) else []:
        mg = None
        if isinstance(d, (list, tuple)) and len(d) >= 2:
            mg = d[1]
        elif isinstance(d, dict):
            mg = d.get("mg", d.get("dose_mg"))
        if isinstance(mg, (int, float)) and not isinstance(mg, bool):
            total += float(mg)
    return total
