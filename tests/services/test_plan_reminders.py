"""Reminders follow the plan being followed: its step's doses at the medicine's times; a taper that ends at none
stays at none; outside a followed plan, the Medicines page's doses."""
from __future__ import annotations

from datetime import UTC, date, datetime, time

from caregiver_app.domain.plans import Plan, PlanStep, plan_dose_for, times_not_reminded
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.services import Services
from caregiver_app.services.doses import DoseService
from helpers import LONDON, add_baclofen

T8, T14, T20 = time(8), time(14), time(20)


def step(start, days, a, b, c):
    return PlanStep(start, days, (TimeDose(T8, a), TimeDose(T14, b), TimeDose(T20, c)))


def taper(rid, mid, active=True):
    return Plan(person_id=rid, medicine_id=mid, name="Taper", kind="taper", active=active,
                steps=(step(date(2026, 11, 23), 7, 10, 0, 10), step(date(2026, 11, 30), 7, 0, 0, 10),
                       step(date(2026, 12, 7), 7, 0, 0, 0)))


def doses_on(service, rid, day):
    return [(s.due_utc.astimezone(LONDON).strftime("%H:%M"), s.occurrence.dose_mg)
            for s in service.timeline(rid, day)]


def test_plan_dose_for_holds_each_step_until_the_next_and_the_last_for_good():
    f = plan_dose_for([step(date(2026, 12, 1), 3, 5, 5, 5), step(date(2026, 12, 10), 3, 0, 0, 5)])
    assert f(date(2026, 11, 30), T8) is None                      # before the plan: the schedule's dose
    assert f(date(2026, 12, 1), T8) == 5 and f(date(2026, 12, 6), T8) == 5   # a gap holds the step before
    assert f(date(2026, 12, 10), T8) == 0 and f(date(2026, 12, 10), T20) == 5
    assert f(date(2027, 6, 1), T20) == 5                          # after the last step: it carries on
    assert f(date(2026, 12, 1), time(12)) is None                 # a time the plan does not list: schedule's dose


def test_today_and_reminders_follow_the_plan(store, clock):
    r, med, _ = add_baclofen(store, times=(("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)))
    service = DoseService(store, clock)
    assert doses_on(service, r.id, date(2026, 11, 22)) == [("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)]
    store.plans.save(taper(r.id, med.id))
    assert doses_on(service, r.id, date(2026, 11, 22)) == [("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)]
    assert doses_on(service, r.id, date(2026, 11, 23)) == [("08:00", 10.0), ("20:00", 10.0)]   # 14:00: none
    assert doses_on(service, r.id, date(2026, 12, 1)) == [("20:00", 10.0)]
    assert doses_on(service, r.id, date(2026, 12, 7)) == []                                  # stopped
    assert doses_on(service, r.id, date(2027, 1, 15)) == []      # stays stopped: never back to 20 mg
    clock._now = datetime(2026, 11, 23, 20, 1, tzinfo=LONDON).astimezone(UTC)
    due = service.review().due
    assert [(s.occurrence.dose_mg, s.due_utc.astimezone(LONDON).hour) for s in due] == [(10.0, 20)]
    # Stock estimate, the next 7 days from 20:01: 24-29 Nov at 20 mg a day, then 30 Nov 20:00 at 10 mg.
    assert round(service.planned_daily_mg(med.id), 3) == round((6 * 20 + 10) / 7, 3)


def test_a_plan_not_followed_or_archived_leaves_the_schedule_alone(store, clock):
    r, med, _ = add_baclofen(store, times=(("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)))
    service = DoseService(store, clock)
    paused = store.plans.save(taper(r.id, med.id, active=False))
    assert doses_on(service, r.id, date(2026, 12, 7)) == [("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)]
    store.plans.save(taper(r.id, med.id))
    store.plans.set_archived(store.plans.followed(r.id)[0].id, True)
    assert doses_on(service, r.id, date(2026, 12, 7)) == [("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)]
    assert paused.id is not None


def test_every_few_hours_schedules_keep_their_own_dose(store, clock):
    r, med, _ = add_baclofen(store, kind="interval",
                             spec={"every_minutes": 480, "first_time": "06:00", "dose_mg": 10.0})
    store.plans.save(taper(r.id, med.id))
    service = DoseService(store, clock)
    assert [mg for _t, mg in doses_on(service, r.id, date(2026, 12, 7))] == [10.0, 10.0, 10.0]


def test_plan_times_the_schedule_does_not_have_are_named():
    plan = Plan(person_id=1, medicine_id=1, name="x",
                steps=(PlanStep(date(2026, 12, 1), 7, (TimeDose(T8, 5), TimeDose(time(12), 5), TimeDose(T20, 0))),))
    assert times_not_reminded(plan, [T8, T14, T20]) == [time(12)]
    assert times_not_reminded(plan, [T8, time(12)]) == []


def test_the_plans_part_is_said_on_today_medicines_and_the_summary(make_app, store, clock):
    from caregiver_app.reports.summary import build_summary, summary_html

    r, med, _ = add_baclofen(store, times=(("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)))
    store.plans.save(taper(r.id, med.id))
    w = make_app(store=store).window
    today = w.pages["today"]
    assert "Baclofen: doses follow the plan “Taper”, step 1 of 3 (20 mg a day in the plan)." in today.notices.text()
    w.show_page("medicines")
    assert "doses follow the plan “Taper”" in w.pages["medicines"].table.item(0, 1).text()
    service = DoseService(store, clock)
    s = build_summary(Services(store, service.clock), r.id, date(2026, 11, 20), date(2026, 11, 23))
    assert "doses follow the plan" in summary_html(s)
    notes = service.plan_notes(r.id, date(2027, 1, 10))
    assert "ended on Sun 13 Dec 2026; its last step (0 mg a day in the plan) is still reminded" in notes[med.id]
    assert "starts on Mon 23 Nov 2026" in service.plan_notes(r.id, date(2026, 11, 1))[med.id]


def test_a_schedule_time_the_plan_does_not_list_keeps_its_dose(store, clock):
    """Found by the real-peer run: an extra dose added on the Medicines page while an old plan is followed must
    still be reminded (it used to be dropped)."""
    r, med, _ = add_baclofen(store, times=(("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)))
    store.plans.save(taper(r.id, med.id))
    store.schedules.save(med.id, "fixed", {"times": [["22:00", 10.0]]}, tz="Europe/London",
                         start_date=date(2026, 1, 1))
    service = DoseService(store, clock)
    assert ("22:00", 10.0) in doses_on(service, r.id, date(2026, 12, 7))   # the plan is at none, 22:00 stands
    assert ("14:00", 20.0) not in doses_on(service, r.id, date(2026, 11, 23))  # the plan's explicit 0 at 14:00


def test_notes_never_claim_a_plan_that_cannot_set_the_doses(store, clock):
    """Second review: moved times, an every-few-hours schedule or an archived medicine made the notes say the plan
    set the doses while the reminders gave the Medicines page's."""
    from caregiver_app.services.medicines import MedicineService, ScheduleInput

    r, med, sched = add_baclofen(store, times=(("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)))
    store.plans.save(taper(r.id, med.id))
    service = DoseService(store, clock)
    moved = ScheduleInput("fixed", {"times": [["08:30", 20.0], ["14:30", 20.0], ["20:30", 20.0]]}, date(2026, 1, 1),
                          None, "Europe/London")
    [warning] = MedicineService(store, store.clock).plan_mismatch_warnings(med, moved)        # the form asks first
    assert "08:00, 14:00, 20:00" in warning and "would not be reminded" in warning
    MedicineService(store, store.clock).save(med, moved, sched.id)
    note = service.plan_notes(r.id)[med.id]
    assert "none of its times of day is a time on the Medicines page" in note
    every = ScheduleInput("interval", {"every_minutes": 480, "first_time": "06:00", "dose_mg": 10.0},
                          date(2026, 1, 1), None, "Europe/London")
    assert "cannot" in MedicineService(store, store.clock).plan_mismatch_warnings(med, every)[0]
    store.medicines.set_archived(med.id, True)
    assert service.plan_notes(r.id) == {}                                         # nothing said, nothing reminded
