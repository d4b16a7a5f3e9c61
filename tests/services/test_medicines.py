"""Saving a medicine and its schedule (MedicineService): the rules without the form."""
from __future__ import annotations

from datetime import date

import pytest

from caregiver_app.domain.medicines import Medicine
from caregiver_app.domain.validation import ValidationFailed
from caregiver_app.services.medicines import MedicineService, ScheduleInput
from helpers import add_baclofen


def _plan(*times, tz="Europe/London"):
    return ScheduleInput("fixed", {"times": [list(t) for t in times]}, date(2026, 11, 1), None, tz)


def test_daily_maximum_counts_the_persons_other_baclofen(store):
    # The tablets started on 1 January: the days checked are the new schedule's, not the oldest one's.
    r, tablets, _ = add_baclofen(store, times=(("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)))  # 60 mg a day
    liquid = Medicine(person_id=r.id, name="Baclofen oral solution", form="oral_solution",
                      concentration_mg_per_ml=1.0)
    service = MedicineService(store, store.clock)
    warnings = service.planned_maximum_warnings(liquid, _plan(("08:00", 10.0), ("20:00", 20.0)))  # +30 = 90 mg
    assert warnings and "80 mg" in warnings[0].message
    assert service.planned_maximum_warnings(liquid, _plan(("08:00", 10.0))) == []  # 70 mg: under the label's 80
    other_drug = Medicine(person_id=r.id, name="Tizanidine", form="tablet", strength_mg=2.0)
    assert service.planned_maximum_warnings(other_drug, _plan(("08:00", 90.0))) == []  # not baclofen: not checked


def test_archived_baclofen_does_not_count(store):
    r, tablets, _ = add_baclofen(store, times=(("08:00", 40.0), ("20:00", 40.0)))
    store.medicines.set_archived(tablets.id, True)
    liquid = Medicine(person_id=r.id, name="Baclofen", form="oral_solution", concentration_mg_per_ml=1.0)
    assert MedicineService(store, store.clock).planned_maximum_warnings(liquid, _plan(("08:00", 20.0))) == []


def test_save_is_one_transaction(store):
    r, _, _ = add_baclofen(store)
    med = Medicine(person_id=r.id, name="Baclofen 5 mg", form="tablet", strength_mg=5.0)
    before = store.conn.execute("SELECT COUNT(*) FROM medicines").fetchone()[0]
    bad = ScheduleInput("fixed", {"times": [["25:00", 5.0]]}, date(2026, 11, 1), None, "Europe/London")
    with pytest.raises(ValidationFailed):
        MedicineService(store, store.clock).save(med, bad, None)
    assert store.conn.execute("SELECT COUNT(*) FROM medicines").fetchone()[0] == before  # the medicine neither
    saved = MedicineService(store, store.clock).save(med, _plan(("09:00", 5.0)), None)
    assert saved.id and [rec.kind for rec in store.schedules.for_medicine(saved.id)] == ["fixed"]


def test_becoming_a_pump_stops_the_old_schedule(store):
    _, med, sched = add_baclofen(store)
    pump = med.with_changes(form="intrathecal", strength_mg=None)
    MedicineService(store, store.clock).save(pump, None, sched.id)
    assert store.schedules.for_medicine(med.id) == []


def test_daily_maximum_counts_the_plan_being_followed_for_other_baclofen(store, clock):
    from datetime import time as t

    from caregiver_app.domain.plans import Plan, PlanStep
    from caregiver_app.domain.schedules import TimeDose

    r, tablets, _ = add_baclofen(store, times=(("08:00", 5.0), ("14:00", 5.0), ("20:00", 5.0)))  # 15 mg a day
    store.plans.save(Plan(person_id=r.id, medicine_id=tablets.id, name="Up", kind="titration",
                          steps=(PlanStep(date(2026, 11, 20), 60, (TimeDose(t(8), 20.0), TimeDose(t(14), 20.0),
                                                                   TimeDose(t(20), 20.0))),)))       # 60 a day now
    liquid = Medicine(person_id=r.id, name="Baclofen oral solution", form="oral_solution",
                      concentration_mg_per_ml=1.0)
    warnings = MedicineService(store, store.clock).planned_maximum_warnings(liquid, _plan(("22:00", 30.0)))
    assert warnings and "90 mg" in warnings[0].message          # 60 from the plan + 30: over the label's 80
