"""The plan rules the reminders follow: one plan per medicine, never a mix of two, the plan's next dose in the
missed-dose advice, damaged stored doses never reminded (each of these once gave a wrong dose)."""
from __future__ import annotations

from datetime import UTC, date, datetime, time

from caregiver_app.domain.plans import Plan, PlanStep
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.services.doses import DoseService
from helpers import LONDON, add_baclofen

T8, T14, T20 = time(8), time(14), time(20)


def plan(rid, mid, name, start, days, a, b, c, active=True):
    return Plan(person_id=rid, medicine_id=mid, name=name, kind="taper", active=active,
                steps=(PlanStep(start, days, (TimeDose(T8, a), TimeDose(T14, b), TimeDose(T20, c))),))


def test_missed_dose_advice_looks_at_the_plans_next_dose(store, clock):
    r, med, _ = add_baclofen(store)
    store.plans.save(plan(r.id, med.id, "No lunch dose", date(2026, 11, 1), 60, 10, 0, 10))
    clock._now = datetime(2026, 11, 23, 12, 30, tzinfo=LONDON).astimezone(UTC)
    service = DoseService(store, clock)
    missed = [s for s in service.timeline(r.id, date(2026, 11, 23)) if s.due_utc.astimezone(LONDON).hour == 8][0]
    advice = service.missed_advice(service.view(missed))
    assert "14:00" not in advice.message                       # there is no 14:00 dose under the plan


def test_only_one_plan_is_followed_per_medicine(store, clock):
    r, med, _ = add_baclofen(store)
    a = store.plans.save(plan(r.id, med.id, "A", date(2026, 11, 20), 30, 5, 5, 5))
    b = store.plans.save(plan(r.id, med.id, "B", date(2026, 11, 22), 3, 20, 20, 20))
    assert [p.name for p in store.plans.followed(r.id)] == ["B"] and not store.plans.get(a.id).active
    service = DoseService(store, clock)
    assert [s.occurrence.dose_mg for s in service.timeline(r.id, date(2026, 12, 1))] == [20.0, 20.0, 20.0]
    assert b.active


def test_an_old_file_with_two_followed_plans_never_mixes_them(store, clock):
    r, med, _ = add_baclofen(store)
    a = store.plans.save(plan(r.id, med.id, "A", date(2026, 11, 20), 30, 5, 5, 5))
    b = store.plans.save(plan(r.id, med.id, "B", date(2026, 11, 22), 3, 20, 20, 20))
    store.conn.execute("UPDATE plans SET active = 1")           # as an old export could have it
    service = DoseService(store, clock)
    doses = {s.occurrence.dose_mg for s in service.timeline(r.id, date(2026, 12, 1))}
    assert doses == {20.0} and a.id < b.id                     # the latest plan alone, not plan A's step mixed in


def test_a_damaged_stored_dose_is_never_reminded_and_nothing_crashes(store, clock):
    r, med, _ = add_baclofen(store)
    saved = store.plans.save(plan(r.id, med.id, "Taper", date(2026, 11, 20), 30, 5, 5, 5))
    store.conn.execute("UPDATE plan_steps SET doses = ? WHERE plan_id = ?",
                       ('[["08:00", -5], ["14:00", "NaN"], ["20:00", 1e999], ["21:00", 5]]', saved.id))
    service = DoseService(store, clock)
    service.review()                                            # no exception: reminders keep working
    # The damaged values are dropped; those times keep the Medicines page's dose (10 mg), never -5 or NaN.
    assert [s.occurrence.dose_mg for s in service.timeline(r.id, date(2026, 11, 23))] == [10.0, 10.0, 10.0]


def test_doses_answered_together_are_checked_against_each_other(store, clock):
    """Second review: ticking two missed doses and answering "Taken at 16:55" logged both at one minute unasked."""
    r, med, _ = add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 17, 0, tzinfo=LONDON).astimezone(UTC)
    service = DoseService(store, clock)
    views = [service.view(s) for s in service.timeline(r.id, date(2026, 11, 23))][:2]   # 08:00 and 14:00
    asked = []
    assert service.answer("taken_at", views, (16, 55), confirm=lambda t, text: asked.append(text) or False) == []
    assert len(asked) == 1 and "Is this really another dose?" in asked[0]        # the second dose was asked about
    assert store.conn.execute("SELECT COUNT(*) FROM dose_log WHERE status = 'taken'").fetchone()[0] == 1


def test_a_taper_is_checked_from_the_dose_another_followed_plan_gives(store, clock):
    from caregiver_app.services.plans import PlanService

    r, med, _ = add_baclofen(store, times=(("08:00", 10.0), ("14:00", 10.0), ("20:00", 10.0)))     # 30 a day
    store.plans.save(plan(r.id, med.id, "Up", date(2026, 11, 1), 60, 25, 25, 25))              # 75 a day now
    taper = plan(r.id, med.id, "Down", date(2026, 11, 24), 7, 5, 5, 5)
    assert PlanService(store, store.clock).dose_before_plan(taper) == 75.0


def test_two_schedules_sharing_a_time_get_the_plans_dose_once(store, clock):
    """Second review: a daily 08:00 and a Saturday 08:00 schedule both gave the plan's 30 mg at 08:00."""
    r, med, _ = add_baclofen(store)
    store.schedules.save(med.id, "weekdays", {"weekdays": [5], "times": [["08:00", 10.0]]}, tz="Europe/London",
                         start_date=date(2026, 1, 1))
    store.plans.save(plan(r.id, med.id, "Plan", date(2026, 11, 1), 60, 30, 0, 10))
    service = DoseService(store, clock)
    saturday = date(2026, 11, 28)
    at_eight = [s.occurrence.dose_mg for s in service.timeline(r.id, saturday)
                if s.due_utc.astimezone(LONDON).hour == 8]
    assert at_eight == [30.0]
