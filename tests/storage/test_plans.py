"""Plans as the clinician gave them: validated whole, saved with their steps in one transaction, archived."""
from __future__ import annotations

import math
from datetime import date, time

import pytest

from caregiver_app.domain.plans import Plan, PlanStep, validate_plan
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.domain.validation import ValidationFailed
from helpers import add_baclofen

TODAY = date(2026, 11, 23)


def step(start, days, *mg, times=("08:00", "14:00", "20:00")):
    doses = tuple(TimeDose(time.fromisoformat(t), float(m)) for t, m in zip(times, mg, strict=True))
    return PlanStep(start, days, doses)


def taper(rid, mid, **kw):
    base = dict(person_id=rid, medicine_id=mid, name="Taper from Dr Lee", kind="taper",
                source_note="Letter of 20 Nov", steps=(step(date(2026, 11, 24), 7, 10, 10, 10),
                                                       step(date(2026, 12, 1), 7, 10, 0, 10),
                                                       step(date(2026, 12, 8), 7, 0, 0, 10),
                                                       step(date(2026, 12, 15), 7, 0, 0, 0)))
    base.update(kw)
    return Plan(**base)


def test_save_and_read_back_with_steps(store):
    r, med, _ = add_baclofen(store)
    saved = store.plans.save(taper(r.id, med.id))
    got = store.plans.get(saved.id)
    assert got.name == "Taper from Dr Lee" and got.active and len(got.steps) == 4
    assert [t.mg_per_day for t in got.totals()] == [30, 20, 10, 0]
    assert store.plans.bands(r.id)[0].plan_id == saved.id   # the chart and Plans page see it


def test_editing_replaces_the_steps_in_one_transaction(store):
    r, med, _ = add_baclofen(store)
    saved = store.plans.save(taper(r.id, med.id))
    edited = store.plans.save(taper(r.id, med.id, id=saved.id, steps=saved.steps[:2]))
    assert edited.id == saved.id and len(edited.steps) == 2
    assert store.conn.execute("SELECT COUNT(*) FROM plan_steps").fetchone()[0] == 2


@pytest.mark.parametrize("change, field", [
    (dict(name=""), "name"),
    (dict(name="x" * 201), "name"),
    (dict(kind="stop"), "kind"),
    (dict(medicine_id=None), "medicine"),
    (dict(steps=()), "steps"),
    (dict(steps=(step(date(1900, 1, 1), 7, 10, 10, 10),)), "steps"),
    (dict(steps=(step(date(2026, 11, 24), 0, 10, 10, 10),)), "steps"),
    (dict(steps=(step(date(2026, 11, 24), 400, 10, 10, 10),)), "steps"),
    (dict(steps=(step(date(2026, 11, 24), 7, -5, 10, 10),)), "steps"),
    (dict(steps=(step(date(2026, 11, 24), 7, math.nan, 10, 10),)), "steps"),
    (dict(steps=(step(date(2026, 11, 24), 7, 99999, 10, 10),)), "steps"),
    (dict(steps=(step(date(2026, 11, 24), 7, 10, 10, 10), step(date(2026, 11, 27), 7, 5, 5, 5))), "steps"),
    (dict(source_note="\x00"), "source_note"),
])
def test_bad_plans_are_refused_and_nothing_is_saved(store, change, field):
    r, med, _ = add_baclofen(store)
    plan = taper(r.id, med.id, **change)
    assert field in {e.field for e in validate_plan(plan, TODAY)}
    with pytest.raises(ValidationFailed):
        store.plans.save(plan)
    assert store.conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == 0


def test_a_plan_cannot_point_at_another_persons_medicine(store):
    r, med, _ = add_baclofen(store)
    other, other_med, _ = add_baclofen(store, person_name="Bo")
    with pytest.raises(ValidationFailed, match="this person's medicines"):
        store.plans.save(taper(r.id, other_med.id))


def test_archive_and_restore(store):
    r, med, _ = add_baclofen(store)
    saved = store.plans.save(taper(r.id, med.id))
    store.plans.set_archived(saved.id, True)
    assert store.plans.list_for(r.id) == [] and store.plans.bands(r.id) == []
    assert store.plans.list_for(r.id, include_archived=True)[0].archived_at is not None
    store.plans.set_archived(saved.id, False)
    assert [p.id for p in store.plans.list_for(r.id)] == [saved.id]
