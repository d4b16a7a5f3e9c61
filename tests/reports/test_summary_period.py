"""The summary over a period: as-needed doses reported as what they are, the period read once (no per-day
queries), a summary since a date (issue 14)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from caregiver_app.domain.medicines import Medicine
from caregiver_app.reports.summary import (
    MAX_DAYS,
    SummaryError,
    build_summary,
    period_for,
    period_since,
    summary_html,
)
from caregiver_app.services import Services
from caregiver_app.services.doses import DoseService
from helpers import LONDON, add_baclofen


def _paracetamol(store, person_id):
    med = store.medicines.save(Medicine(person_id=person_id, name="Paracetamol", form="tablet", strength_mg=500.0))
    rec = store.schedules.save(med.stored_id, "prn", {"dose_mg": 1000.0, "min_interval_minutes": 240,
                                                     "max_doses_per_day": 4}, tz="Europe/London",
                               start_date=date(2026, 1, 1))
    return med, rec


def test_as_needed_doses_are_counted_as_what_they_are(store, clock):
    r, _med, _ = add_baclofen(store)
    para, rec = _paracetamol(store, r.id)
    service = DoseService(store, clock)
    times = [(21, 8, 0), (21, 10, 0), (21, 16, 0)] + [(22, h, 0) for h in (6, 10, 14, 18, 22)]
    for day, hour, minute in times:
        service.log_prn(rec, para, datetime(2026, 11, day, hour, minute, tzinfo=LONDON), 1000.0)
    s = build_summary(Services(store, clock), r.id, date(2026, 11, 20), date(2026, 11, 23))
    line = next(m for m in s.medicines if m.name.startswith("Paracetamol"))
    assert line.counts == {} and line.taken_pct is None      # not a schedule followed "100%"
    prn = line.prn
    assert prn is not None and line.as_needed == prn.taken == 8
    assert prn.days == 2 and prn.most_in_a_day == 5 and prn.max_doses_per_day == 4 and prn.days_over_limit == 1
    assert prn.shortest_gap == timedelta(hours=2) and prn.min_interval == timedelta(hours=4) and prn.too_soon == 1
    html = summary_html(s)
    assert ("As needed: 8 taken on 2 days; at most 5 in one day (limit 4 a day); shortest time between two 2 h "
            "(at least 4 h apart). Over the daily limit on 1 day. Sooner than the minimum time 1 time.") in html
    baclofen = next(m for m in s.medicines if m.name.startswith("Baclofen"))
    assert baclofen.prn is None and "As needed" not in baclofen.how


def test_an_as_needed_dose_logged_with_its_schedule_is_not_a_scheduled_dose(store, clock):
    """Found by an outside recount: log_prn stores the as-needed schedule's id, and the report counted those doses
    as a schedule followed perfectly ("196 doses, 196 taken, 100%")."""
    r, _med, _ = add_baclofen(store)
    para, rec = _paracetamol(store, r.id)
    DoseService(store, clock).log_prn(rec, para, datetime(2026, 11, 22, 9, 0, tzinfo=LONDON), 1000.0)
    assert store.conn.execute("SELECT schedule_id FROM dose_log").fetchone()[0] == rec.id
    s = build_summary(Services(store, clock), r.id, date(2026, 11, 22), date(2026, 11, 22))
    line = next(m for m in s.medicines if m.name.startswith("Paracetamol"))
    assert line.due == 0 and line.prn is not None and line.prn.taken == 1
    assert "As needed: 1 taken on 1 day" in summary_html(s)


def _statements(store, build) -> list[str]:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        build()
    finally:
        store.conn.set_trace_callback(None)
    return seen


def test_a_longer_period_costs_no_more_queries(demo_store, clock):
    """Every report reads each row of its period once: the number of queries does not grow with the period."""
    rid = demo_store.people.names()[0][0]
    services = Services(demo_store, clock)
    build_summary(services, rid, *period_for(clock.today(), 7))   # (what is read once per store, read now)
    counts = {}
    for days in (7, 30, 366):
        start, end = period_for(clock.today(), days)
        counts[days] = len(_statements(demo_store, lambda s=start, e=end: build_summary(services, rid, s, e)))
    assert counts[7] == counts[30] == counts[366], counts


def test_the_period_read_at_once_counts_as_the_days_read_one_by_one(demo_store, clock):
    """The summary's "no answer" count over a period equals the Today page's day by day (a DST change inside)."""
    from caregiver_app.domain.reminders import State

    rid = demo_store.people.names()[0][0]
    service = DoseService(demo_store, clock)
    start, end = period_for(clock.today(), 60)   # from late September: the clocks went back on 25 October
    by_day = {}
    day = start
    while day <= end:
        by_day[day] = service.timeline(rid, day)
        day += timedelta(days=1)
    at_once = service.timelines(rid, start, end)
    assert {d: [(s.key, s.state) for s in v] for d, v in at_once.items()} == {
        d: [(s.key, s.state) for s in v] for d, v in by_day.items() if v}
    s = build_summary(Services(demo_store, clock), rid, start, end)
    unanswered = sum(1 for v in by_day.values() for x in v if x.state is State.UNANSWERED)
    assert sum(m.counts.get("unanswered", 0) for m in s.medicines) == unanswered


def test_a_summary_since_a_date(demo_store, clock):
    today = clock.today()
    assert period_since(today, "2026-10-01") == (date(2026, 10, 1), today)
    assert period_since(today, today) == (today, today)
    for bad, words in (("2026-12-01", "after today"), ("yesterday", "a date like"),
                       ((today - timedelta(days=MAX_DAYS)).isoformat(), "a year and a day")):
        with pytest.raises(SummaryError, match=words):
            period_since(today, bad)
    start, end = period_since(today, today - timedelta(days=MAX_DAYS - 1))
    assert (end - start).days + 1 == MAX_DAYS
