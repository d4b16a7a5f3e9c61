"""Appointment summaries: what was recorded, for one person and a period, as a printable page."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from caregiver_app.domain.diary import DiaryEntry
from caregiver_app.reports.summary import MAX_DAYS, QUESTIONS_MAX, SummaryError, build_summary, period_for, summary_html
from caregiver_app.services import Services
from caregiver_app.services.doses import DoseService
from helpers import LONDON, add_baclofen


def _summary(store, clock, rid, days=30, questions=""):
    service = DoseService(store, clock)
    start, end = period_for(service.clock.today(), days)
    return build_summary(Services(store, service.clock), rid, start, end, questions)


def test_demo_summary_has_every_section(demo_store, clock):
    rid = demo_store.people.names()[0][0]
    s = _summary(demo_store, clock, rid, 30, "Is the night-time spasm worth a change?\nCan we try stretching?")
    assert s.medicines and s.medicines[0].due > 0 and 0 <= s.medicines[0].taken_pct <= 100
    assert s.baclofen_days > 0 and s.baclofen_max <= 80
    assert s.diary_entries > 0 and {t.label for t in s.trends} >= {"Spasticity (0–10)", "Pain (0–10)"}
    assert s.plan_lines and "step" in s.plan_lines[0]
    html = summary_html(s, "chart://spasticity")
    for heading in ("Medicines and doses", "Dose plan", "Symptom diary", "Side effects noted",
                    "Danger signs recorded", "Questions for the doctor or nurse"):
        assert heading in html
    assert "night-time spasm worth a change?<br>Can we try" in html and "chart://spasticity" in html
    assert "not a medical assessment" in html


def test_dose_counts_follow_what_was_answered(store, clock):
    r, med, _ = add_baclofen(store)  # 08:00, 14:00, 20:00 from 1 January
    service = DoseService(store, clock)  # clock: Mon 23 Nov 2026 10:00 UTC
    day = date(2026, 11, 22)
    slots = service.timeline(r.id, day)
    views = [service.view(x) for x in slots]
    assert service.answer("taken", views[:1], None) == []
    assert service.answer("skip", views[1:2], "asleep") == []
    s = build_summary(Services(store, service.clock), r.id, day, day)
    [line] = s.medicines
    assert line.counts == {"taken": 1, "skipped": 1, "unanswered": 1} and line.taken_pct == 33
    html = summary_html(s)
    # doses, taken, skipped, left out as advised, not taken or no answer, % taken
    assert "<td>3</td><td>1</td><td>1</td><td>0</td><td>1</td><td>33%</td>" in html
    assert "Every day: 08:00" in html


def test_recorded_text_is_escaped_and_red_flags_listed(store, clock):
    r, _, _ = add_baclofen(store, person_name="<b>Ann</b> & co")
    at = datetime(2026, 11, 20, 21, 0, tzinfo=LONDON)
    store.diary.add(DiaryEntry(person_id=r.id, entry_at=at, spasticity=6, side_effects=("drowsiness",),
                               side_effects_other="<script>x</script>", red_flags=("hallucinations",)))
    s = _summary(store, clock, r.id, 30, "<img src=x onerror=alert(1)>")
    html = summary_html(s)
    assert "<b>Ann</b>" not in html and "&lt;b&gt;Ann&lt;/b&gt; &amp; co" in html
    assert "<script>" not in html and "<img src=x" not in html
    assert "Drowsiness: 1 time" in html and "Hallucinations" in html and "Fri 20 Nov 2026 21:00" in html


def test_days_over_the_label_maximum_are_named(store, clock):
    r, med, _ = add_baclofen(store, times=(("08:00", 50.0), ("20:00", 50.0)))
    service = DoseService(store, clock)
    day = date(2026, 11, 22)
    views = [service.view(x) for x in service.timeline(r.id, day)]
    assert service.answer("taken_usual", views, None, confirm=lambda *a: True) == []  # at 08:00 and 20:00
    s = build_summary(Services(store, service.clock), r.id, day, day)
    assert s.days_over_label == [day] and "Above the label's 80 mg a day on 1 day" in summary_html(s)


@pytest.mark.parametrize("days", [0, -5, MAX_DAYS + 1, 10**9, True, 3.5])
def test_bad_periods_are_refused(days):
    with pytest.raises(SummaryError):
        period_for(date(2026, 11, 23), days)


def test_bad_requests_are_refused(store, clock):
    r, _, _ = add_baclofen(store)
    service = DoseService(store, clock)
    with pytest.raises(SummaryError, match="after its end"):
        build_summary(Services(store, service.clock), r.id, date(2026, 11, 20), date(2026, 11, 1))
    with pytest.raises(SummaryError, match="at most"):
        build_summary(Services(store, service.clock), r.id, date(2020, 1, 1), date(2026, 11, 1))
    with pytest.raises(SummaryError, match="too long"):
        build_summary(Services(store, service.clock), r.id, date(2026, 11, 1), date(2026, 11, 2),
                      "x" * (QUESTIONS_MAX + 1))
    with pytest.raises(SummaryError, match="not in this data folder"):
        build_summary(Services(store, service.clock), 999, date(2026, 11, 1), date(2026, 11, 2))


def test_an_empty_person_gets_a_plain_summary(store, clock):
    from caregiver_app.domain.people import Person

    r = store.people.save(Person(name="Bo"))
    html = summary_html(_summary(store, clock, r.id))
    assert "No medicines recorded" in html and "No diary entries" in html and "(none written)" in html


def test_answers_count_for_archived_medicines_and_as_needed_doses(store, clock):
    r, med, _ = add_baclofen(store)
    service = DoseService(store, clock)
    day = date(2026, 11, 22)
    views = [service.view(x) for x in service.timeline(r.id, day)]
    assert service.answer("taken_usual", views, None) == []     # 3 taken on the 22nd
    store.medicines.set_archived(med.id, True)                   # then stopped
    s = build_summary(Services(store, service.clock), r.id, day, day)
    [line] = s.medicines
    assert line.archived and line.counts == {"taken": 3} and line.taken_pct == 100
    assert "(stopped)" in summary_html(s)
