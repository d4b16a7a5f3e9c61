"""The appointment summary's "Dose changes and check-ins": per change, check-ins asked and answered, the signs
recorded, spasticity before and during."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from caregiver_app.domain.diary import DiaryEntry
from caregiver_app.domain.plans import Plan, PlanStep
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.reports.summary import build_summary, summary_html
from caregiver_app.services import Services
from helpers import add_baclofen

START = date(2026, 11, 23)


def test_the_summary_shows_each_change_with_its_checkins(store, clock):
    person, med, _ = add_baclofen(store)
    services = Services(store, clock)
    store.settings.set("reminders_checked_from", store.now_db())
    # Spasticity the week before the change.
    for d, v in ((START - timedelta(days=3), 3), (START - timedelta(days=1), 4)):
        services.diary.save(DiaryEntry(person_id=person.id, entry_at=datetime.combine(d, time(19), UTC),
                                       spasticity=v))
    doses = tuple(TimeDose(time.fromisoformat(t), m) for t, m in (("08:00", 10), ("14:00", 10), ("20:00", 5)))
    services.plans.save(Plan(person_id=person.id, medicine_id=med.id, name="Taper", active=True,
                             steps=(PlanStep(START, 7, doses),)))
    clock._now = datetime(2026, 11, 23, 20, 5, tzinfo=UTC)
    services.checkins.none_of_these(services.checkins.today(person.id), spasticity=5)
    clock._now = datetime(2026, 11, 24, 20, 5, tzinfo=UTC)
    store.settings.set("reminders_checked_from", store.now_db())
    services.checkins.answer(services.checkins.today(person.id), flags=["fever"], spasticity=8)
    clock._now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    store.settings.set("reminders_checked_from", store.now_db())
    s = build_summary(services, person.id, START - timedelta(days=7), date(2026, 11, 26))
    [line] = s.checkins
    assert line.what.startswith("Dose lowered to 25 mg a day on Mon 23 Nov")
    assert (line.asked, line.answered, line.none_of_these) == (3, 2, 1)   # 23, 24, 25 Nov asked; 26th not yet
    assert line.signs == ["Tue 24 Nov 2026: High fever"]
    assert (line.spasticity_before, line.spasticity_during) == (3.5, 6.5)
    html = summary_html(s)
    assert "<h2>Dose changes and check-ins</h2>" in html and "3.5 → 6.5" in html and "High fever" in html


def test_an_old_period_still_shows_through_its_linked_answers(store, clock):
    person, _med, _ = add_baclofen(store)
    services = Services(store, clock)
    store.settings.set("reminders_checked_from", store.now_db())
    day = START - timedelta(days=200)
    services.diary.save(DiaryEntry(person_id=person.id, entry_at=datetime.combine(day, time(20), UTC),
                                   checkin=f"refill:{day.isoformat()}", checkin_day=day))
    s = build_summary(services, person.id, day - timedelta(days=1), day + timedelta(days=5))
    [line] = s.checkins
    assert line.what == f"Pump refilled ({day:%a} {day.day} {day:%b %Y})" and line.asked is None
    assert line.answered == 1 and "—" in summary_html(s)


def test_no_changes_says_so(store, clock):
    person, _med, _ = add_baclofen(store)
    store.settings.set("reminders_checked_from", store.now_db())
    s = build_summary(Services(store, clock), person.id, START - timedelta(days=7), START)
    assert s.checkins == [] and "No dose changes with check-ins in the period." in summary_html(s)


def test_the_diary_chart_marks_changes_and_checkins(store, clock, qapp):
    from caregiver_app.reports.charts import build_diary_chart, render_chart_image

    person, _med, _ = add_baclofen(store)
    store.settings.set("reminders_checked_from", store.now_db())
    store.diary.add(DiaryEntry(person_id=person.id, entry_at=clock.now_utc(), spasticity=5,
                               checkin=f"reduction:{START.isoformat()}", checkin_day=START))
    data = build_diary_chart(store, person.id, "spasticity", "day", START - timedelta(days=6), START,
                             changes=[START, START - timedelta(days=30)])
    assert data.checkins == [START] and data.changes == [START]   # (a change outside the chart is left out)
    assert "Dose changes that began check-ins: 23 Nov 2026." in data.summary()
    assert "Check-ins answered on 1 day(s)." in data.summary()
    assert not render_chart_image(data, 600, 300).isNull()
