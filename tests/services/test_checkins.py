"""The dose-change companion's service: periods from what the app knows, check-ins due and missed, answers."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from caregiver_app.domain import watch
from caregiver_app.domain.medicines import Medicine
from caregiver_app.domain.plans import Plan, PlanStep
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.domain.validation import ValidationFailed
from caregiver_app.services import Services
from caregiver_app.system.clock import FakeClock
from helpers import LONDON, add_baclofen

TODAY = date(2026, 11, 23)   # the clock fixture: Mon 23 Nov 2026, 10:00 UTC (London)


def doses(*mg, times=("08:00", "14:00", "20:00")):
    return tuple(TimeDose(time.fromisoformat(t), m) for t, m in zip(times, mg, strict=True))


def taper(person, med, start=TODAY, steps=((10, 10, 5), (5, 5, 5), (5, 0, 5)), days=7, name="Taper from Dr Lee"):
    return Plan(person_id=person.id, medicine_id=med.id, name=name, kind="taper", active=True,
                steps=tuple(PlanStep(start + timedelta(days=i * days), days, doses(*s)) for i, s in enumerate(steps)))


def since_now(store):
    """Reminders counted from now (the fixture's clock): no earlier dose is 'missed'."""
    store.settings.set("reminders_checked_from", store.now_db())


@pytest.fixture
def ann(store):
    made = add_baclofen(store)
    since_now(store)
    return made


def test_no_plan_no_period(services, ann):
    person, _med, _rec = ann
    assert services.checkins.periods(person.id) == []
    assert services.checkins.today(person.id) is None


def test_a_taper_step_opens_a_period_on_its_day_with_the_withdrawal_signs(services, store, ann, clock):
    person, med, _ = ann
    services.plans.save(taper(person, med))
    periods = services.checkins.periods(person.id)
    # 30 -> 25 on day 1, 25 -> 15 on day 8, 15 -> 10 on day 15: a period of 7 days each (touching, not merged).
    assert [(p.start, p.length) for p in periods] == [(TODAY + timedelta(days=7 * i), 7) for i in range(3)]
    assert [p.triggers[0].kind for p in periods] == [watch.REDUCTION] * 3
    c = services.checkins.today(person.id)
    assert c is not None and c.number == 1 and c.of == 7
    assert c.local_time == time(20, 0)   # with the last dose of the day
    assert c.due_utc == datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    assert "fever" in c.flags and "hallucinations" in c.flags and not c.asks_driving
    assert c.line(TODAY).startswith("Dose lowered to 25 mg a day today (Baclofen)")
    assert c.line(TODAY + timedelta(days=1)).startswith("Dose lowered to 25 mg a day on Mon 23 Nov (Baclofen)")
    assert c.line(TODAY).endswith("check-in 1 of 7 at 20:00")


def test_a_titration_asks_the_side_effects_and_the_driving_line(services, ann):
    person, med, _ = ann
    plan = replace(taper(person, med, steps=((10, 10, 10), (15, 15, 15)), name="Up"), kind="titration")
    services.plans.save(plan)
    p = services.checkins.periods(person.id)[0]
    # The first step gives what was given before (30 mg): no change; the second raises it.
    assert p.start == TODAY + timedelta(days=7) and p.asks_side_effects and not p.asks_withdrawal
    c = services.checkins.today(person.id, TODAY + timedelta(days=7))
    assert c.asks_driving and "drowsiness" in c.side_effects and "fever" not in c.flags


def test_the_person_setting_sets_the_length_and_zero_turns_them_off(services, store, ann):
    person, med, _ = ann
    services.plans.save(taper(person, med, steps=((10, 10, 5),)))
    assert services.checkins.periods(person.id)[0].length == 7
    services.people.save(store.people.get(person.id).with_changes(checkin_days=3))
    assert services.checkins.periods(person.id)[0].length == 3
    services.people.save(store.people.get(person.id).with_changes(checkin_days=0))
    assert services.checkins.periods(person.id) == []
    assert services.checkins.review().due == []


def test_a_chosen_time_and_a_time_that_does_not_exist_on_the_dst_night(store):
    # Sun 29 Mar 2026: 01:00-02:00 does not exist in London.
    clock = FakeClock(datetime(2026, 3, 27, 12, 0, tzinfo=UTC), LONDON)
    store.clock = clock
    services = Services(store, clock)
    person, med, _ = add_baclofen(store)
    services.people.save(store.people.get(person.id).with_changes(checkin_time=time(1, 30)))
    services.plans.save(taper(person, med, start=date(2026, 3, 27), steps=((10, 10, 5),)))
    c = services.checkins.today(person.id, date(2026, 3, 29))
    assert c.local_time == time(1, 30)
    assert c.due_utc == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)   # 02:00 BST, the first minute after the gap
    c = services.checkins.today(person.id, date(2026, 3, 30))
    assert c.due_utc == datetime(2026, 3, 30, 0, 30, tzinfo=UTC)  # 01:30 BST


def test_review_asks_at_the_time_and_wakes_for_it(services, ann, clock):
    person, med, _ = ann
    services.plans.save(taper(person, med))
    r = services.checkins.review()
    assert r.due == [] and r.missed == []
    assert datetime(2026, 11, 23, 20, 0, tzinfo=UTC) in r.wake_times
    clock.advance(timedelta(hours=10, minutes=1))
    r = services.checkins.review()
    assert [c.person_name for c in r.due] == ["Ann"]


def test_answering_saves_a_linked_diary_entry_once(services, store, ann, clock):
    person, med, _ = ann
    services.plans.save(taper(person, med))
    clock.advance(timedelta(hours=10, minutes=1))
    c = services.checkins.review().due[0]
    saved = services.checkins.none_of_these(c, spasticity=4)
    e = saved.entry
    assert e.checkin == c.period.key == f"reduction:{TODAY.isoformat()}" and e.checkin_day == TODAY
    assert e.spasticity == 4 and e.red_flags == () and saved.guidance is None
    assert services.checkins.review().due == []
    assert services.checkins.today(person.id).answered
    with pytest.raises(ValidationFailed, match="already been answered"):
        services.checkins.answer(c, flags=["fever"])
    # The diary's list has it, like any entry.
    assert [x.id for x in store.diary.page(person.id)] == [e.id]


def test_a_danger_sign_ticked_comes_back_with_its_guidance(services, ann, clock):
    person, med, _ = ann
    services.plans.save(taper(person, med))
    clock.advance(timedelta(hours=10, minutes=1))
    c = services.checkins.review().due[0]
    saved = services.checkins.answer(c, flags=["fever"], spasticity=8, notes="hot, stiff")
    assert [f.key for f in saved.flags] == ["fever"] and saved.guidance is not None
    assert saved.guidance.heading.startswith("Contact the doctor")


def test_the_same_day_answered_twice_at_once_is_refused_by_the_database(services, store, ann, clock):
    """A check-in answered from the command line while the app showed it: the second save is refused in words."""
    from caregiver_app.domain.diary import DiaryEntry

    person, med, _ = ann
    services.plans.save(taper(person, med))
    clock.advance(timedelta(hours=10, minutes=1))
    c = services.checkins.review().due[0]
    services.checkins.none_of_these(c)
    twin = DiaryEntry(person_id=person.id, entry_at=clock.now_utc(), checkin=c.period.key, checkin_day=c.day)
    with pytest.raises(ValidationFailed, match="already been answered"):
        store.diary.add(twin)   # past the service's own check: the unique index holds


def test_a_missed_checkin_is_offered_once_never_as_a_burst(services, ann, clock):
    person, med, _ = ann
    services.plans.save(taper(person, med))
    clock.advance(timedelta(days=3))   # closed for three evenings
    r = services.checkins.review()
    assert r.due == []
    assert [c.day for c in r.missed] == [TODAY + timedelta(days=2)]   # the latest only
    services.checkins.mark_offered(r.missed)
    assert services.checkins.review().missed == []
    services.checkins.answer(r.missed[0], notes="late, about Wednesday")
    assert services.checkins.today(person.id, TODAY + timedelta(days=2)).answered


def test_two_people_at_the_same_minute(services, store, clock):
    a, ma, _ = add_baclofen(store, "Ann")
    b, mb, _ = add_baclofen(store, "Bob")
    since_now(store)
    services.plans.save(taper(a, ma))
    services.plans.save(taper(b, mb))
    clock.advance(timedelta(hours=10, minutes=1))
    due = services.checkins.review().due
    assert [c.person_name for c in due] == ["Ann", "Bob"]
    assert len({c.due_utc for c in due}) == 1


def test_an_archived_person_is_not_asked(services, store, ann, clock):
    person, med, _ = ann
    services.plans.save(taper(person, med))
    services.archive.set_archived("person", person.id, True)
    clock.advance(timedelta(hours=10, minutes=1))
    assert services.checkins.review().due == []
    assert services.checkins.today(person.id) is None


def test_a_plan_edited_during_its_period_re_derives_it(services, store, ann):
    person, med, _ = ann
    saved = services.plans.save(taper(person, med, steps=((10, 10, 5),)))
    assert services.checkins.periods(person.id)[0].start == TODAY
    # The clinician's letter said the step starts on Wednesday: corrected, the period moves with it.
    moved = replace(saved, steps=tuple(PlanStep(TODAY + timedelta(days=2), s.days, s.doses) for s in saved.steps))
    services.plans.save(moved)
    assert [p.start for p in services.checkins.periods(person.id)] == [TODAY + timedelta(days=2)]
    assert store.watch.for_person(person.id, TODAY - timedelta(days=60), TODAY + timedelta(days=60)) == []


def test_a_plan_archived_mid_period_keeps_the_change_already_made(services, store, ann, clock):
    person, med, _ = ann
    plan = services.plans.save(taper(person, med, steps=((10, 10, 5), (5, 5, 5)), days=4))
    clock.advance(timedelta(days=2))
    since_now(store)
    services.archive.set_archived("plan", plan.id, True)
    periods = services.checkins.periods(person.id)
    assert periods and periods[0].start == TODAY and periods[0].covers(TODAY + timedelta(days=2))
    # Only the step already reached is kept (the later steps never happened).
    assert [t.day for t in periods[0].triggers] == [TODAY]
    # Undone: as it was.
    services.archive.set_archived("plan", plan.id, False)
    assert store.watch.for_person(person.id, TODAY - timedelta(days=60), TODAY + timedelta(days=60)) == []
    assert [t.day for t in services.checkins.periods(person.id)[0].triggers] == [TODAY, TODAY + timedelta(days=4)]


def test_a_schedule_change_of_daily_total_is_recorded_and_opens_a_period(services, store, ann):
    from caregiver_app.services.medicines import ScheduleInput

    person, med, rec = ann
    services.medicines.save(med, ScheduleInput("fixed", {"times": [["08:00", 10.0], ["20:00", 10.0]]},
                                               date(2026, 1, 1), None, "Europe/London"), rec.id)
    p = services.checkins.periods(person.id)
    assert len(p) == 1 and p[0].start == TODAY and p[0].asks_withdrawal
    assert p[0].triggers[0].what == "Baclofen lowered to 20 mg a day on Mon 23 Nov"
    # Stored in English; said again as the services' words, so that it is translated where it is shown.
    assert getattr(p[0].triggers[0].what, "context", None) == "services.checkins"
    # The same total again: nothing new.
    services.medicines.save(store.medicines.get(med.id), ScheduleInput(
        "fixed", {"times": [["09:00", 10.0], ["21:00", 10.0]]}, date(2026, 1, 1), None, "Europe/London"), rec.id)
    assert len(services.checkins.periods(person.id)[0].triggers) == 1


def test_a_new_medicine_is_taken_as_already_being_taken(services, store):
    from caregiver_app.domain.people import Person
    from caregiver_app.services.medicines import ScheduleInput

    person = store.people.save(Person(name="Cy"))
    services.medicines.save(Medicine(person_id=person.id, name="Baclofen", form="tablet", strength_mg=10.0),
                            ScheduleInput("fixed", {"times": [["08:00", 10.0]]}, TODAY, None, "Europe/London"), None)
    assert services.checkins.periods(person.id) == []


def test_a_baclofen_medicine_stopped_opens_a_period_and_undo_takes_it_back(services, store, ann):
    person, med, _ = ann
    services.archive.set_archived("medicine", med.id, True)
    p = services.checkins.periods(person.id)
    assert p and p[0].triggers[0].what == "Baclofen stopped on Mon 23 Nov" and p[0].asks_withdrawal
    assert getattr(p[0].triggers[0].what, "context", None) == "services.checkins"
    services.archive.set_archived("medicine", med.id, False)
    assert services.checkins.periods(person.id) == []


def test_two_forms_changing_at_once_make_one_period(services, store, ann):
    person, tablets, _ = ann
    liquid = store.medicines.save(Medicine(person_id=person.id, name="Baclofen oral solution", form="oral_solution",
                                           strength_mg=5.0, concentration_mg_per_ml=1.0, ingredient="baclofen"))
    rec = store.schedules.save(liquid.id, "fixed", {"times": [["08:00", 5.0], ["20:00", 5.0]]}, tz="Europe/London",
                               start_date=date(2026, 1, 1))
    assert rec is not None
    services.plans.save(taper(person, tablets, steps=((10, 10, 5),), name="Tablets down"))
    services.plans.save(Plan(person_id=person.id, medicine_id=liquid.id, name="Liquid down", active=True,
                             steps=(PlanStep(TODAY, 7, doses(5, 0, times=("08:00", "20:00"))),)))
    periods = services.checkins.periods(person.id)
    assert len(periods) == 1 and len(periods[0].triggers) == 2
    assert services.checkins.today(person.id).line().startswith("Dose lowered")


def test_two_missed_baclofen_doses_open_a_period(services, store, ann, clock):
    person, med, rec = ann
    store.settings.set("reminders_checked_from", "2026-11-22T23:00:00Z")
    assert services.checkins.periods(person.id) == []   # 08:00 unanswered: one
    clock.advance(timedelta(hours=10))   # 20:00: 08:00 and 14:00 went unanswered
    p = services.checkins.periods(person.id)
    assert p and p[0].triggers[0].kind == watch.MISSED and p[0].length == 3


def test_stock_at_zero_opens_a_period(services, store, ann):
    person, med, _ = ann
    from caregiver_app.services.medicines import ScheduleInput

    rec = store.schedules.for_medicine(med.id)[0]
    same = ScheduleInput("fixed", {"times": [["08:00", 10.0], ["14:00", 10.0], ["20:00", 10.0]]}, date(2026, 1, 1),
                         None, "Europe/London")
    services.medicines.save(store.medicines.get(med.id).with_changes(stock_on_hand=0.0), same, rec.id)
    p = services.checkins.periods(person.id)
    assert [t.kind for t in p[0].triggers] == [watch.STOCK_OUT]
    # Noted once in a few days, not at every save.
    services.medicines.save(store.medicines.get(med.id), same, rec.id)
    assert len(store.watch.for_person(person.id, TODAY, TODAY)) == 1


def test_a_pump_date_passed_and_a_refill_recorded(services, store, clock):
    from caregiver_app.domain.people import Person

    person = store.people.save(Person(name="Dee"))
    pump = store.medicines.save(Medicine(person_id=person.id, name="Lioresal Intrathecal", form="intrathecal",
                                         ingredient="baclofen", pump_refill_date=TODAY - timedelta(days=1)))
    p = services.checkins.periods(person.id)
    assert p[0].triggers[0].kind == watch.PUMP_DATE and p[0].start == TODAY - timedelta(days=1)
    c = services.checkins.today(person.id)
    assert {"itching", "pump_alarm", "fever"} <= set(c.flags) and c.local_time == watch.DEFAULT_TIME
    services.checkins.record_refill(store.medicines.get(pump.id), TODAY, next_refill=TODAY + timedelta(days=90))
    assert store.medicines.get(pump.id).pump_refill_date == TODAY + timedelta(days=90)
    kinds = [t.kind for per in services.checkins.periods(person.id) for t in per.triggers]
    assert kinds == [watch.REFILL]
    with pytest.raises(ValidationFailed):
        services.checkins.record_refill(store.medicines.get(pump.id), TODAY + timedelta(days=1))
    with pytest.raises(ValidationFailed):
        services.checkins.record_refill(store.medicines.get(pump.id), TODAY, next_refill=TODAY)


def test_the_clock_moved_back_asks_nothing_twice(services, ann, clock):
    person, med, _ = ann
    services.plans.save(taper(person, med))
    clock.advance(timedelta(hours=10, minutes=1))
    services.checkins.none_of_these(services.checkins.review().due[0])
    clock.jump(timedelta(hours=-12))   # back to 08:01: the answer stays; nothing is due
    r = services.checkins.review()
    assert r.due == [] and r.missed == []
    clock.jump(timedelta(hours=12))
    assert services.checkins.review().due == []


def test_calendar_marks_the_checkin_days(services, ann):
    person, med, _ = ann
    services.plans.save(taper(person, med, steps=((10, 10, 5),)))
    days = services.checkins.calendar(person.id, TODAY - timedelta(days=3), TODAY + timedelta(days=10))
    assert sorted(days) == [TODAY + timedelta(days=i) for i in range(7)]


def test_bad_settings_are_refused_in_words(services, store, ann):
    person, _, _ = ann
    for bad in (-1, 29, 2.5, "7", True):
        with pytest.raises(ValidationFailed, match="Check-in days"):
            services.people.save(store.people.get(person.id).with_changes(checkin_days=bad))
    with pytest.raises(ValidationFailed, match="check-in time"):
        services.people.save(store.people.get(person.id).with_changes(checkin_time="25:00"))
    assert store.people.get(person.id).checkin_days == 7
