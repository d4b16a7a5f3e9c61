"""SQL for titration and taper plans (archived, never deleted). A plan's steps are saved with it, whole."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.plans import Plan, PlanStep, validate_plan
from caregiver_app.domain.schedules import TimeDose, parse_time
from caregiver_app.domain.text import Messages
from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.storage.db import error_text, grouped, inserted_id
from caregiver_app.storage.timefmt import date_to_db, dt_from_db

if TYPE_CHECKING:
    from caregiver_app.domain.diary import PlanBand
    from caregiver_app.storage.db import Store

_ = Messages("storage.plans")

DOSES_MAX_CHARS = 10_000   # a step's doses as the form writes them: a few hundred characters


def doses_from_db(text: object) -> tuple[TimeDose, ...]:
    """A step's stored doses, [["08:00", 5.0], ...], as the form writes them. Raises ValueError for anything else
    (the plan's own rules, such as the largest dose, are validate_plan's)."""
    def bad(problem: str) -> ValidationFailed:
        return ValidationFailed([FieldError("doses", problem)])

    if not isinstance(text, str):
        raise bad(_("A step's doses are not a list of times and doses."))
    if len(text) > DOSES_MAX_CHARS:
        raise bad(_("A step's doses are too long ({count} characters; the app writes at most {most}).",
                    count=grouped(len(text)), most=grouped(DOSES_MAX_CHARS)))
    try:
        items = json.loads(text)
    except RecursionError:
        raise bad(_("A step's doses are nested too deeply.")) from None
    except ValueError:
        raise bad(_("A step's doses are not valid JSON.")) from None
    if not isinstance(items, list):
        raise bad(_("A step's doses are not a list of times and doses."))
    out = []
    for item in items:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)
                and isinstance(item[1], (int, float)) and not isinstance(item[1], bool)):
            raise bad(_("A step's doses are not a list of times and doses like [\"08:00\", 5]."))
        try:
            at = parse_time(item[0])
        except ValueError as exc:
            raise bad(_("A step's doses have a time that is not one ({error}).", error=error_text(exc))) from None
        out.append(TimeDose(at, float(item[1])))
    return tuple(sorted(out, key=lambda td: td.time))


def step_from_record(rec: Mapping[str, Any]) -> PlanStep:
    """A step from its stored columns (by name). Raises ValueError/TypeError when a value cannot be read."""
    days = rec["days"]
    if isinstance(days, bool) or not isinstance(days, int):
        raise ValidationFailed([FieldError("days", _("A step's number of days is not a whole number."))])
    try:
        start = date.fromisoformat(rec["start_date"])
    except (TypeError, ValueError):
        raise ValidationFailed([FieldError("start_date", _("A step's start is not a date like 2026-01-31."))]
                               ) from None
    return PlanStep(start, days, doses_from_db(rec["doses"]))


def plan_from_records(rec: Mapping[str, Any], steps: Iterable[Mapping[str, Any]]) -> Plan:
    """A plan and its steps (in date order, then by number) from their stored columns."""
    ordered = sorted(steps, key=lambda st: (str(st["start_date"]), st["seq"]))
    return Plan(person_id=rec["person_id"], medicine_id=rec["medicine_id"], name=rec["name"], kind=rec["kind"],
                source_note=rec["source_note"] or "", active=bool(rec["active"]),
                steps=tuple(step_from_record(st) for st in ordered), id=rec["id"],
                archived_at=dt_from_db(rec["archived_at"]), after_last=rec.get("after_last") or "keep")


def _doses_to_db(doses: Iterable[TimeDose]) -> str:
    return json.dumps([[f"{td.time:%H:%M}", float(td.dose_mg)] for td in sorted(doses, key=lambda td: td.time)])


class PlanRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _plans(self, where: str, params: tuple[Any, ...]) -> list[Plan]:
        """The plans, each with its steps; a plan whose stored values break the form's rules is left out whole
        (reported in ``store.damaged``): half a plan would remind the wrong doses."""
        from caregiver_app.storage.db import READ_ERRORS, problem_text
        from caregiver_app.storage.people import READ_TODAY

        conn = self.store.conn
        rows = conn.execute("SELECT id, person_id, medicine_id, name, kind, source_note, active, archived_at, "
                            f"after_last FROM plans WHERE {where}", params).fetchall()
        names = ("id", "person_id", "medicine_id", "name", "kind", "source_note", "active", "archived_at",
                 "after_last")
        steps: dict[int, list[dict[str, Any]]] = {}
        if rows:
            ids = json.dumps([r[0] for r in rows])
            for pid, seq, start, days, doses in conn.execute(
                    "SELECT plan_id, seq, start_date, days, doses FROM plan_steps WHERE plan_id IN "
                    "(SELECT value FROM json_each(?))", (ids,)):
                steps.setdefault(pid, []).append({"seq": seq, "start_date": start, "days": days, "doses": doses})
        out = []
        for r in rows:
            try:
                plan = plan_from_records(dict(zip(names, r, strict=True)), steps.get(r[0], []))
                errors = [e for e in validate_plan(plan, READ_TODAY) if e.field != "steps" or plan.steps]
            except READ_ERRORS as exc:
                self.store.skip_damaged("plans", r[0], problem_text(exc))
                continue
            if errors:
                self.store.skip_damaged("plans", r[0], errors[0].message)
                continue
            out.append(plan)
        return out

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
            errors.append(FieldError("medicine", _("Please choose one of this person's medicines.")))
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
                    raise LookupError(_("No plan with id {id}", id=plan.id))
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
        """Steps of the person's current (not archived) plans, in date order, for the Plans page and the charts (a
        damaged plan is left out, as everywhere)."""
        from caregiver_app.domain.diary import PlanBand  # (the diary's rules are not needed at start-up)

        bands = []
        for plan in self.list_for(person_id):
            for step in plan.steps:
                s0, s1 = step.start_date, step.start_date + timedelta(days=int(step.days))
                if (end is not None and s0 > end) or (start is not None and s1 <= start):
                    continue
                bands.append(PlanBand(s0, s1, sum(td.dose_mg for td in step.doses), plan.kind, plan.name, plan.id,
                                      plan.active, plan.medicine_id))
        bands.sort(key=lambda b: b.start)
        return bands

    def on_taper(self, person_id: int, day: date) -> bool:
        """Whether a step of a followed taper plan covers ``day``."""
        d = day.isoformat()
        return self.store.conn.execute(
            "SELECT 1 FROM plans p JOIN plan_steps s ON s.plan_id = p.id WHERE p.person_id = ? AND p.kind = 'taper'"
            " AND p.active = 1 AND p.archived_at IS NULL AND s.start_date <= ?"
            " AND date(s.start_date, '+' || s.days || ' days') > ? LIMIT 1", (person_id, d, d)).fetchone() is not None
