"""The reminder review costs what is due, not everything stored (issue 14): it reads the answers of the days it
looks at (two weeks back, two days ahead) and no older history."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from caregiver_app.domain.reminders import LOOKBACK
from caregiver_app.services.doses import DoseService
from helpers import LONDON, add_baclofen


def _history(store, person, med, rec, days: int) -> None:
    rows = []
    for back in range(1, days):
        day = date(2026, 11, 23) - timedelta(days=back)
        for hh in (8, 14, 20):
            due = datetime(day.year, day.month, day.day, hh, tzinfo=LONDON)
            stamp = due.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            rows.append((person.id, med.id, rec.id, f"{day.isoformat()}T{hh:02d}:00", stamp, 10.0, "taken", stamp,
                         stamp))
    with store.transaction() as conn:
        conn.executemany("INSERT INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg, status,"
                         " taken_at, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)


def test_the_review_reads_only_the_days_it_looks_at(store, clock):
    person, med, rec = add_baclofen(store)
    _history(store, person, med, rec, 300)          # almost a year of answers
    service = DoseService(store, clock)
    read: list[int] = []
    real = store.doses.slot_answers

    def counting(*args, **kwargs):
        out = real(*args, **kwargs)
        read.append(len(out))
        return out

    store.doses.slot_answers = counting
    result = service.review()
    days = LOOKBACK.days + 4                          # the lookback, the horizon and a day either side
    assert read and read[0] <= 3 * days < 300 * 3
    # Every dose of the fortnight was answered; this morning's is not (10:00 now): only it is asked about.
    assert [s.occurrence.slot for s in result.missed] == ["2026-11-23T08:00"]


def test_the_review_with_many_people_finds_each_ones_doses(store, clock):
    people = [add_baclofen(store, person_name=f"Resident {i}") for i in range(60)]
    clock.advance(timedelta(hours=22, minutes=5))     # Tue 24 Nov 08:05
    result = DoseService(store, clock).review()
    assert {s.source.person_id for s in result.due} == {p.id for p, _m, _r in people}
    assert len(result.due) == 60
