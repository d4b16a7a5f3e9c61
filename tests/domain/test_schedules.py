"""Dose schedules: occurrences, DST rules, serialization and validation."""
from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.domain.plans import PlanStep, plan_dose_for
from caregiver_app.domain.schedules import (
    FixedSchedule,
    IntervalSchedule,
    PrnSchedule,
    TimeDose,
    ValidationError,
    WeekdaySchedule,
    format_time,
    local_day_bounds,
    next_occurrence,
    occurrences,
    occurrences_for_local_day,
    parse_time,
    resolve_local,
    schedule_from_spec,
    validate_schedule,
)
from caregiver_app.domain.validation import ValidationFailed

UTC = UTC
NY, LONDON, SYDNEY = "America/New_York", "Europe/London", "Australia/Sydney"
ZONES = (NY, LONDON, SYDNEY, "UTC")
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def fixed(times, tz=LONDON, start=date(2026, 1, 1), end=None, sid=7):
    return FixedSchedule(times=tuple(TimeDose(parse_time(t), mg) for t, mg in times), tz=tz, start_date=start,
                         end_date=end, schedule_id=sid)


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def day_range(sched, first: date, last: date):
    start = local_day_bounds(first, sched.zone)[0]
    end = local_day_bounds(last, sched.zone)[1]
    return occurrences(sched, start, end)


def by_local_day(occs):
    out: dict[date, list] = {}
    for o in occs:
        out.setdefault(o.local.date(), []).append(o)
    return out


def assert_well_formed(occs):
    dues = [o.due_utc for o in occs]
    assert dues == sorted(dues)
    assert len(set(dues)) == len(dues)
    assert len({o.slot for o in occs}) == len(occs)
    for o in occs:
        assert o.due_utc.tzinfo is UTC
        assert o.local.astimezone(UTC) == o.due_utc
        assert o.local.utcoffset() is not None


# ------------------------------------------------------------------------------------------ parse_time

@pytest.mark.parametrize("text,expected", [
    ("8:00", time(8, 0)), ("08:00", time(8, 0)), (" 20:30 ", time(20, 30)), ("0:00", time(0, 0)),
    ("23:59", time(23, 59)), ("00:01", time(0, 1)),
])
def test_parse_time_accepts_h_mm_and_hh_mm(text, expected):
    assert parse_time(text) == expected
    assert format_time(expected) == f"{expected.hour:02d}:{expected.minute:02d}"


@pytest.mark.parametrize("text", ["25:00", "24:00", "08:60", "8.00", "0800", "8:0", "8", "", "  ", "8:00am",
                                  "-1:00", "+8:00", "٨:٠٠", "08:00:00", "abc", "123:00"])
def test_parse_time_rejects_malformed_with_a_clear_message(text):
    with pytest.raises(ValueError) as e:
        parse_time(text)
    msg = str(e.value)
    assert "08:00" in msg or "23:59" in msg


def test_parse_time_25_00_message_names_the_range():
    with pytest.raises(ValueError, match="00:00 to 23:59"):
        parse_time("25:00")


# ------------------------------------------------------------------------------- counts across DST

DST_DAYS = [
    (NY, date(2026, 3, 8)), (NY, date(2026, 11, 1)),
    (LONDON, date(2026, 3, 29)), (LONDON, date(2026, 10, 25)),
    (SYDNEY, date(2026, 4, 5)), (SYDNEY, date(2026, 10, 4)),
    (SYDNEY, date(2027, 4, 4)), (SYDNEY, date(2027, 10, 3)),
]


@pytest.mark.parametrize("tz,change_day", DST_DAYS)
def test_three_a_day_keeps_wall_clock_and_count_across_dst(tz, change_day):
    s = fixed([("08:00", 10), ("14:00", 5), ("20:00", 10)], tz=tz)
    occs = day_range(s, change_day - timedelta(days=3), change_day + timedelta(days=3))
    assert_well_formed(occs)
    days = by_local_day(occs)
    assert sorted(days) == [change_day + timedelta(days=i) for i in range(-3, 4)]
    for d, items in days.items():
        assert [o.local.time() for o in items] == [time(8), time(14), time(20)]
        assert [o.dose_mg for o in items] == [10, 5, 10]
        assert [o.slot for o in items] == [f"{d.isoformat()}T08:00", f"{d.isoformat()}T14:00",
                                           f"{d.isoformat()}T20:00"]
        assert all(o.schedule_id == 7 for o in items)


@pytest.mark.parametrize("tz,change_day", DST_DAYS)
def test_every_hour_of_the_night_fires_once_per_nominal_time(tz, change_day):
    """Hourly wall-clock times through the changeover night: no slot lost or repeated except as the rule says."""
    times = [(f"{h:02d}:30", 1) for h in range(0, 6)]
    s = fixed(times, tz=tz)
    occs = occurrences_for_local_day(s, change_day)
    assert_well_formed(occs)
    # Every nominal time exists once (the gap's time is moved to the end of the gap, not dropped: here
    # no other time lands on the gap's end, so nothing collides).
    assert len(occs) == 6
    assert [o.slot[-5:] for o in occs] == [t for t, _ in times]


def test_leap_day_and_year_end():
    s = fixed([("08:00", 5), ("22:00", 5)], tz=NY)
    occs = day_range(s, date(2028, 2, 27), date(2028, 3, 2))
    days = by_local_day(occs)
    assert date(2028, 2, 29) in days and len(days[date(2028, 2, 29)]) == 2
    assert len(days) == 5
    occs = day_range(s, date(2026, 12, 30), date(2027, 1, 2))
    assert_well_formed(occs)
    assert [o.slot for o in occs][2:6] == ["2026-12-31T08:00", "2026-12-31T22:00", "2027-01-01T08:00",
                                           "2027-01-01T22:00"]


@pytest.mark.parametrize("tz", [SYDNEY, LONDON, NY, "UTC"])
def test_a_whole_year_has_one_dose_per_time_per_day(tz):
    s = fixed([("07:15", 10), ("19:45", 10)], tz=tz, start=date(2026, 1, 1), end=date(2027, 12, 31))
    occs = day_range(s, date(2026, 1, 1), date(2027, 12, 31))
    assert_well_formed(occs)
    assert len(occs) == 2 * 730
    assert all(o.local.time() in (time(7, 15), time(19, 45)) for o in occs)


# ----------------------------------------------------------------------------- the DST edge rules

@pytest.mark.parametrize("tz,day,nominal,local_expected,utc_expected", [
    (NY, date(2026, 3, 8), "02:30", datetime(2026, 3, 8, 3, 0), utc(2026, 3, 8, 7, 0)),
    (NY, date(2026, 3, 8), "02:00", datetime(2026, 3, 8, 3, 0), utc(2026, 3, 8, 7, 0)),
    (NY, date(2026, 3, 8), "02:59", datetime(2026, 3, 8, 3, 0), utc(2026, 3, 8, 7, 0)),
    (LONDON, date(2026, 3, 29), "01:30", datetime(2026, 3, 29, 2, 0), utc(2026, 3, 29, 1, 0)),
    (SYDNEY, date(2026, 10, 4), "02:30", datetime(2026, 10, 4, 3, 0), utc(2026, 10, 3, 16, 0)),
    (SYDNEY, date(2027, 10, 3), "02:15", datetime(2027, 10, 3, 3, 0), utc(2027, 10, 2, 16, 0)),
])
def test_spring_forward_missing_time_fires_once_at_first_valid_minute(tz, day, nominal, local_expected,
                                                                      utc_expected):
    s = fixed([(nominal, 10)], tz=tz)
    occs = day_range(s, day - timedelta(days=1), day + timedelta(days=1))
    on_day = [o for o in occs if o.slot.startswith(day.isoformat())]
    assert len(on_day) == 1
    o = on_day[0]
    assert o.local.replace(tzinfo=None) == local_expected
    assert o.due_utc == utc_expected
    assert o.slot == f"{day.isoformat()}T{nominal}"   # the nominal time stays the dedupe key
    assert len(occs) == 3


@pytest.mark.parametrize("tz,day,nominal,utc_expected", [
    (NY, date(2026, 11, 1), "01:30", utc(2026, 11, 1, 5, 30)),          # 01:30 EDT, not 01:30 EST
    (NY, date(2026, 11, 1), "01:00", utc(2026, 11, 1, 5, 0)),
    (LONDON, date(2026, 10, 25), "01:30", utc(2026, 10, 25, 0, 30)),    # 01:30 BST
    (SYDNEY, date(2026, 4, 5), "02:30", utc(2026, 4, 4, 15, 30)),       # 02:30 AEDT
    (SYDNEY, date(2027, 4, 4), "02:00", utc(2027, 4, 3, 15, 0)),
])
def test_fall_back_repeated_time_fires_once_at_first_occurrence(tz, day, nominal, utc_expected):
    s = fixed([(nominal, 10)], tz=tz)
    occs = occurrences_for_local_day(s, day)
    assert len(occs) == 1
    assert occs[0].due_utc == utc_expected
    assert occs[0].local.fold == 0
    assert format_time(occs[0].local.time()) == nominal


def test_gap_time_landing_on_another_dose_is_not_added_to_it():
    """02:30 moves to 03:00 on the US spring-forward day, where 03:00 already has a dose: one dose, not two."""
    s = fixed([("02:30", 10), ("03:00", 5), ("08:00", 10)], tz=NY)
    occs = occurrences_for_local_day(s, date(2026, 3, 8))
    assert [(o.slot, o.dose_mg) for o in occs] == [("2026-03-08T03:00", 5), ("2026-03-08T08:00", 10)]
    # Two gap times: the earlier nominal one is kept.
    s = fixed([("02:10", 1), ("02:40", 2)], tz=NY)
    occs = occurrences_for_local_day(s, date(2026, 3, 8))
    assert [(o.slot, o.dose_mg) for o in occs] == [("2026-03-08T02:10", 1)]
    # Any other day both fire.
    assert len(occurrences_for_local_day(s, date(2026, 3, 9))) == 2


def test_resolve_local_reports_moves():
    z = ZoneInfo(NY)
    assert resolve_local(date(2026, 3, 8), time(2, 30), z) == (utc(2026, 3, 8, 7, 0), True)
    assert resolve_local(date(2026, 3, 8), time(3, 30), z) == (utc(2026, 3, 8, 7, 30), False)
    assert resolve_local(date(2026, 11, 1), time(1, 30), z) == (utc(2026, 11, 1, 5, 30), False)


def test_local_day_lengths():
    z = ZoneInfo(NY)
    s, e = local_day_bounds(date(2026, 3, 8), z)
    assert e - s == timedelta(hours=23)
    s, e = local_day_bounds(date(2026, 11, 1), z)
    assert e - s == timedelta(hours=25)


# ----------------------------------------------------------------------------------- interval kind

@pytest.mark.parametrize("tz,first_day", [(NY, date(2026, 10, 30)), (NY, date(2026, 3, 6)),
                                          (LONDON, date(2026, 10, 23)), (SYDNEY, date(2026, 4, 3)),
                                          (SYDNEY, date(2026, 10, 2))])
def test_interval_keeps_real_elapsed_time_across_dst(tz, first_day):
    s = IntervalSchedule(every_minutes=8 * 60, first_time=time(8), dose_mg=10, tz=tz, start_date=first_day)
    occs = day_range(s, first_day, first_day + timedelta(days=5))
    assert_well_formed(occs)
    end = local_day_bounds(first_day + timedelta(days=5), s.zone)[1]
    elapsed = int((end - s.anchor_utc).total_seconds())
    assert len(occs) == len(range(0, elapsed, 8 * 3600)) in (17, 18)   # 6 local days of 23..25 hours
    for a, b in pairwise(occs):
        assert b.due_utc - a.due_utc == timedelta(hours=8)
    assert occs[0].local.replace(tzinfo=None) == datetime.combine(first_day, time(8))
    # After the change the local clock times have moved by the DST step.
    later = {o.local.time() for o in occs[-3:]}
    assert later != {time(8), time(16), time(0)}
    assert all(o.slot == o.local.isoformat(timespec="minutes") for o in occs)


def test_interval_hourly_through_fall_back_has_unique_slots_for_repeated_hour():
    s = IntervalSchedule(every_minutes=60, first_time=time(0), dose_mg=1, tz=NY, start_date=date(2026, 11, 1),
                         end_date=date(2026, 11, 1))
    occs = occurrences(s, utc(2026, 10, 1), utc(2026, 12, 1))
    assert_well_formed(occs)
    assert len(occs) == 25                      # the 25-hour day
    assert sum(o.local.hour == 1 for o in occs) == 2
    assert "2026-11-01T01:00-04:00" in {o.slot for o in occs}
    assert "2026-11-01T01:00-05:00" in {o.slot for o in occs}


def test_interval_start_and_end_inclusive_and_window_alignment():
    s = IntervalSchedule(every_minutes=6 * 60, first_time=time(9), dose_mg=5, tz=LONDON,
                         start_date=date(2026, 6, 1), end_date=date(2026, 6, 3))
    occs = occurrences(s, utc(2026, 1, 1), utc(2027, 1, 1))
    assert len(occs) == 4 + 4 + 3   # 09,15,21,03(next day) ... ends with the last dose on 3 June
    assert occs[0].local.replace(tzinfo=None) == datetime(2026, 6, 1, 9)
    assert occs[-1].local.date() == date(2026, 6, 3)
    # A window that starts between doses begins with the next dose on the grid.
    part = occurrences(s, utc(2026, 6, 1, 9, 1), utc(2026, 6, 2, 0, 0))
    assert [o.local.hour for o in part] == [15, 21]
    # Half-open: a dose exactly at the end is left out, exactly at the start is kept.
    at = occs[3].due_utc
    assert occurrences(s, at, at + timedelta(minutes=1))[0].due_utc == at
    assert all(o.due_utc < at for o in occurrences(s, utc(2026, 1, 1), at))


def test_interval_first_time_in_gap_starts_after_the_gap():
    s = IntervalSchedule(every_minutes=12 * 60, first_time=time(2, 30), dose_mg=5, tz=NY,
                         start_date=date(2026, 3, 8))
    occs = occurrences(s, utc(2026, 3, 1), utc(2026, 3, 10))
    assert occs[0].due_utc == utc(2026, 3, 8, 7, 0)
    assert occs[1].due_utc == utc(2026, 3, 8, 19, 0)


# ----------------------------------------------------------------------------------- weekdays, dates

def test_weekday_filter():
    s = WeekdaySchedule(weekdays=(0, 2, 4), times=(TimeDose(time(9), 10),), tz=SYDNEY,
                        start_date=date(2026, 1, 1), schedule_id=3)
    occs = day_range(s, date(2026, 3, 30), date(2026, 4, 12))   # two weeks over Sydney's April change
    assert [o.local.date().weekday() for o in occs] == [0, 2, 4, 0, 2, 4]
    assert all(o.local.time() == time(9) for o in occs)


def test_weekdays_are_deduplicated_and_sorted():
    s = WeekdaySchedule(weekdays=[4, 0, 4], times=[("08:00", 5)], tz=LONDON, start_date=date(2026, 1, 1))
    assert s.weekdays == (0, 4)
    assert s.to_spec() == {"weekdays": [0, 4], "times": [["08:00", 5.0]]}


def test_start_and_end_dates_are_inclusive():
    s = fixed([("00:00", 1), ("23:59", 2)], tz=SYDNEY, start=date(2026, 5, 10), end=date(2026, 5, 12))
    occs = occurrences(s, utc(2026, 1, 1), utc(2027, 1, 1))
    assert [o.slot for o in occs] == ["2026-05-10T00:00", "2026-05-10T23:59", "2026-05-11T00:00",
                                      "2026-05-11T23:59", "2026-05-12T00:00", "2026-05-12T23:59"]


def test_single_day_schedule_and_empty_or_reversed_windows():
    s = fixed([("08:00", 5)], start=date(2026, 5, 10), end=date(2026, 5, 10))
    assert len(occurrences(s, utc(2026, 1, 1), utc(2027, 1, 1))) == 1
    assert occurrences(s, utc(2026, 5, 10, 12), utc(2026, 5, 10, 0)) == []
    assert occurrences(s, utc(2026, 5, 10, 7), utc(2026, 5, 10, 7)) == []


def test_naive_datetimes_are_refused():
    s = fixed([("08:00", 5)])
    with pytest.raises(ValueError):
        occurrences(s, datetime(2026, 1, 1), utc(2026, 1, 2))
    with pytest.raises(ValueError):
        next_occurrence(s, datetime(2026, 1, 1))


def test_prn_has_no_occurrences():
    p = PrnSchedule(dose_mg=5, min_interval_minutes=240, max_doses_per_day=3, tz=LONDON, start_date=date(2026, 1, 1))
    assert occurrences(p, utc(2026, 1, 1), utc(2026, 2, 1)) == []
    assert next_occurrence(p, utc(2026, 1, 1)) is None
    assert occurrences_for_local_day(p, date(2026, 1, 5)) == []


# ----------------------------------------------------------------------------------- helpers

def test_next_occurrence_today_tomorrow_and_end():
    s = fixed([("08:00", 10), ("20:00", 10)], tz=LONDON, start=date(2026, 5, 1), end=date(2026, 5, 3))
    assert next_occurrence(s, utc(2026, 1, 1)).slot == "2026-05-01T08:00"         # before the start
    assert next_occurrence(s, utc(2026, 5, 1, 7, 0)).slot == "2026-05-01T20:00"   # 08:00 BST == 07:00Z: strictly after
    assert next_occurrence(s, utc(2026, 5, 1, 19, 30)).slot == "2026-05-02T08:00"  # tomorrow's first dose
    assert next_occurrence(s, utc(2026, 5, 3, 19, 0)) is None                     # schedule over
    w = WeekdaySchedule(weekdays=(6,), times=(TimeDose(time(9), 1),), tz=NY, start_date=date(2026, 1, 1))
    assert next_occurrence(w, utc(2026, 3, 2)).slot == "2026-03-08T09:00"        # the next Sunday
    i = IntervalSchedule(every_minutes=7 * 24 * 60, first_time=time(9), dose_mg=5, tz=NY, start_date=date(2026, 1, 1))
    assert next_occurrence(i, utc(2026, 3, 2)).local.date() == date(2026, 3, 5)


def test_occurrences_for_local_day_short_and_long_days():
    s = fixed([("00:00", 1), ("12:00", 1), ("23:00", 1)], tz=LONDON)
    for d in (date(2026, 3, 29), date(2026, 10, 25), date(2026, 7, 1)):
        occs = occurrences_for_local_day(s, d)
        assert [o.local.date() for o in occs] == [d, d, d]


def test_dose_for_override_and_plan_steps():
    # The label titration: 5, 10, 15, 20 mg three times a day, 3 days each (facts sheet section 1).
    times = ("08:00", "14:00", "20:00")
    s = fixed([(t, 20) for t in times], tz=LONDON, start=date(2026, 6, 1))
    steps = [PlanStep(date(2026, 6, 1) + timedelta(days=3 * i), 3,
                      tuple(TimeDose(parse_time(t), mg) for t in times)) for i, mg in enumerate((5, 10, 15, 20))]
    dose_for = plan_dose_for(steps)
    occs = day_range(s, date(2026, 6, 1), date(2026, 6, 14))
    planned = occurrences(s, occs[0].due_utc, occs[-1].due_utc + timedelta(minutes=1), dose_for=dose_for)
    per_day = {d: [o.dose_mg for o in v] for d, v in by_local_day(planned).items()}
    assert per_day[date(2026, 6, 1)] == [5, 5, 5]
    assert per_day[date(2026, 6, 4)] == [10, 10, 10]
    assert per_day[date(2026, 6, 12)] == [20, 20, 20]
    assert per_day[date(2026, 6, 14)] == [20, 20, 20]      # after the plan: the schedule's own dose
    # A taper step that drops the midday dose leaves that slot out (0 = no dose).
    taper = plan_dose_for([PlanStep(date(2026, 7, 1), 2, (TimeDose(time(8), 10), TimeDose(time(14), 0),
                                                          TimeDose(time(20), 10)))])
    assert [o.slot[-5:] for o in occurrences_for_local_day(s, date(2026, 7, 1), dose_for=taper)] == ["08:00", "20:00"]
    # None keeps the dose; bad values are refused.
    assert [o.dose_mg for o in occurrences_for_local_day(s, date(2026, 7, 1), dose_for=lambda d, t: None)] == [20] * 3
    with pytest.raises(ValueError):
        occurrences_for_local_day(s, date(2026, 7, 1), dose_for=lambda d, t: float("nan"))
    with pytest.raises(ValueError):
        occurrences_for_local_day(s, date(2026, 7, 1), dose_for=lambda d, t: -5)


# ---------------------------------------------------------------------------------- serialization

@pytest.mark.parametrize("sched", [
    FixedSchedule(times=(TimeDose(time(8), 10), TimeDose(time(14), 5), TimeDose(time(20), 10)), tz=LONDON,
                  start_date=date(2026, 1, 1), end_date=date(2026, 12, 31), schedule_id=4),
    WeekdaySchedule(weekdays=(1, 3), times=(TimeDose(time(9, 30), 2.5),), tz=SYDNEY, start_date=date(2026, 1, 1)),
    IntervalSchedule(every_minutes=480, first_time=time(6), dose_mg=10, tz=NY, start_date=date(2026, 2, 1)),
    PrnSchedule(dose_mg=5, min_interval_minutes=240, max_doses_per_day=3, max_mg_per_day=12.5, tz="UTC",
                start_date=date(2026, 2, 1)),
    PrnSchedule(dose_mg=5, min_interval_minutes=240, max_doses_per_day=3, tz="UTC", start_date=date(2026, 2, 1)),
])
def test_spec_round_trip_through_json(sched):
    spec = json.loads(json.dumps(sched.to_spec()))
    again = schedule_from_spec(sched.kind, spec, schedule_id=sched.schedule_id, tz=sched.tz,
                               start_date=sched.start_date.isoformat(),
                               end_date=sched.end_date.isoformat() if sched.end_date else None)
    assert again == sched
    assert validate_schedule(sched.kind, spec, tz=sched.tz, start_date=sched.start_date,
                             end_date=sched.end_date) == []


def test_spec_accepts_demo_pairs_dicts_and_typed_text():
    a = schedule_from_spec("fixed", {"times": [["20:00", 20.0], ["08:00", 20.0], ["14:00", 20.0]]},
                           tz=LONDON, start_date=date(2026, 1, 1))
    b = schedule_from_spec("fixed", {"times": [{"time": "8:00", "dose_mg": "20"}, {"time": "14:00", "dose_mg": 20},
                                               {"time": time(20), "dose_mg": 20}]},
                           tz=LONDON, start_date=date(2026, 1, 1))
    assert a == b
    assert [format_time(td.time) for td in a.times] == ["08:00", "14:00", "20:00"]   # sorted
    assert a.to_spec() == {"times": [["08:00", 20.0], ["14:00", 20.0], ["20:00", 20.0]]}


def test_uneven_doses_are_kept():
    s = fixed([("08:00", 10), ("14:00", 5), ("20:00", 10)])
    assert [o.dose_mg for o in occurrences_for_local_day(s, date(2026, 2, 2))] == [10, 5, 10]


# ------------------------------------------------------------------------------------- validation

def errors_for(kind, spec, **kw):
    args = {"tz": LONDON, "start_date": date(2026, 1, 1), "end_date": None}
    args.update(kw)
    return validate_schedule(kind, spec, **args)


GOOD_TIMES = [["08:00", 10]]


@pytest.mark.parametrize("kind,spec,kw,field,words", [
    ("fixed", {"times": [["08:00", 0]]}, {}, "times[0].dose_mg", "more than 0"),
    ("fixed", {"times": [["08:00", -5]]}, {}, "times[0].dose_mg", "negative"),
    ("fixed", {"times": [["08:00", float("nan")]]}, {}, "times[0].dose_mg", "real number"),
    ("fixed", {"times": [["08:00", float("inf")]]}, {}, "times[0].dose_mg", "real number"),
    ("fixed", {"times": [["08:00", "nan"]]}, {}, "times[0].dose_mg", "real number"),
    ("fixed", {"times": [["08:00", 1500]]}, {}, "times[0].dose_mg", "1,000 mg"),
    ("fixed", {"times": [["08:00", "ten"]]}, {}, "times[0].dose_mg", "number of mg"),
    ("fixed", {"times": [["08:00", True]]}, {}, "times[0].dose_mg", "number of mg"),
    ("fixed", {"times": [["08:00", None]]}, {}, "times[0].dose_mg", "Please enter"),
    ("fixed", {"times": [["25:00", 10]]}, {}, "times[0].time", "00:00 to 23:59"),
    ("fixed", {"times": [["8.00", 10]]}, {}, "times[0].time", "like 08:00"),
    ("fixed", {"times": [["08:00", 10], ["8:00", 5]]}, {}, "times[1].time", "listed twice"),
    ("fixed", {"times": []}, {}, "times", "at least one time"),
    ("fixed", {}, {}, "times", "at least one time"),
    ("fixed", {"times": [["08:00"]]}, {}, "times[0]", "a time and a dose"),
    ("fixed", {"times": [[f"{h:02d}:00", 1] for h in range(24)] + [["00:30", 1]]}, {}, "times", "the most"),
    ("fixed", {"times": GOOD_TIMES}, {"end_date": date(2025, 12, 31)}, "end_date", "before the start date"),
    ("fixed", {"times": GOOD_TIMES}, {"start_date": date(1899, 12, 31)}, "start_date", "before 1900"),
    ("fixed", {"times": GOOD_TIMES}, {"end_date": date(2500, 1, 1)}, "end_date", "too far in the future"),
    ("fixed", {"times": GOOD_TIMES}, {"start_date": None}, "start_date", "start date"),
    ("fixed", {"times": GOOD_TIMES}, {"start_date": "1 May"}, "start_date", "like 2026-05-31"),
    ("fixed", {"times": GOOD_TIMES}, {"tz": "Europe/Londn"}, "tz", "time zone"),
    ("fixed", {"times": GOOD_TIMES}, {"tz": ""}, "tz", "choose a time zone"),
    ("fixed", {"times": GOOD_TIMES}, {"tz": "../../etc/passwd"}, "tz", "time zone"),
    ("weekdays", {"weekdays": [], "times": GOOD_TIMES}, {}, "weekdays", "at least one day"),
    ("weekdays", {"weekdays": [7], "times": GOOD_TIMES}, {}, "weekdays", "0 (Monday) to 6 (Sunday)"),
    ("interval", {"every_minutes": 30, "first_time": "08:00", "dose_mg": 5}, {}, "every_minutes", "at least 1 hour"),
    ("interval", {"every_minutes": 8 * 24 * 60, "first_time": "08:00", "dose_mg": 5}, {}, "every_minutes",
     "7 days"),
    ("interval", {"every_minutes": 90.5, "first_time": "08:00", "dose_mg": 5}, {}, "every_minutes", "whole number"),
    ("interval", {"every_minutes": "often", "first_time": "08:00", "dose_mg": 5}, {}, "every_minutes",
     "whole number"),
    ("interval", {"every_minutes": 480, "first_time": "8", "dose_mg": 5}, {}, "first_time", "like 08:00"),
    ("interval", {"every_minutes": 480, "first_time": "08:00", "dose_mg": 0}, {}, "dose_mg", "more than 0"),
    ("prn", {"dose_mg": 5, "min_interval_minutes": 0, "max_doses_per_day": 3}, {}, "min_interval_minutes",
     "more than 0"),
    ("prn", {"dose_mg": 5, "min_interval_minutes": -60, "max_doses_per_day": 3}, {}, "min_interval_minutes",
     "more than 0"),
    ("prn", {"dose_mg": 5, "min_interval_minutes": 240, "max_doses_per_day": 0}, {}, "max_doses_per_day",
     "at least 1"),
    ("prn", {"dose_mg": 5, "min_interval_minutes": 240, "max_doses_per_day": 3, "max_mg_per_day": 2}, {},
     "max_mg_per_day", "less than one dose"),
    ("prn", {"dose_mg": 5, "min_interval_minutes": 240, "max_doses_per_day": 3, "max_mg_per_day": -2}, {},
     "max_mg_per_day", "negative"),
    ("prn", {"dose_mg": "", "min_interval_minutes": 240, "max_doses_per_day": 3}, {}, "dose_mg", "Please enter"),
    ("hourly", {}, {}, "kind", "how often"),
])
def test_bad_input_gives_a_clear_message(kind, spec, kw, field, words):
    errors = errors_for(kind, spec, **kw)
    assert errors, "expected a validation error"
    assert all(isinstance(e, ValidationError) for e in errors)
    matching = [e for e in errors if e.field == field]
    assert matching, errors
    assert any(words.lower() in e.message.lower() for e in matching), matching
    for e in errors:
        assert e.message[0].isupper() or e.message[0] == "\u201c"
        assert e.message.endswith(".")


def test_today_limits_future_dates_like_medicines():
    errs = errors_for("fixed", {"times": GOOD_TIMES}, start_date=date(2060, 1, 1), today=date(2026, 11, 23))
    assert [e.field for e in errs] == ["start_date"]
    assert errors_for("fixed", {"times": GOOD_TIMES}, start_date=date(2030, 1, 1), today=date(2026, 11, 23)) == []


def test_constructors_raise_with_all_errors():
    with pytest.raises(ValidationFailed) as e:
        FixedSchedule(times=(("25:00", 0),), tz="Nowhere/Land", start_date=date(2026, 1, 1))
    fields = {err.field for err in e.value.errors}
    assert fields == {"times[0].time", "times[0].dose_mg", "tz"}
    assert isinstance(e.value, ValueError)
    with pytest.raises(ValidationFailed):
        schedule_from_spec("fixed", "not a dict", tz=LONDON, start_date=date(2026, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed):
        FixedSchedule(times=((time(8, 0, 30), 5),), tz=LONDON, start_date=date(2026, 1, 1))
    with pytest.raises(ValidationFailed):
        FixedSchedule(times=(("08:00", 5),), tz=LONDON, start_date=datetime(2026, 1, 1))  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ property tests

def _exists(naive: datetime, zone: ZoneInfo) -> bool:
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def expected_instant(day: date, t: time, zone: ZoneInfo) -> datetime:
    """Independent oracle: walk forward minute by minute to the first wall time that exists; fold=0."""
    naive = datetime.combine(day, t)
    while not _exists(naive, zone):
        naive += timedelta(minutes=1)
    return naive.replace(tzinfo=zone, fold=0).astimezone(UTC)


# Starting points that put the window over every DST change in 2026-2027 of the three zones, plus plain days.
INTERESTING = [d for _, d in DST_DAYS] + [date(2026, 3, 29), date(2026, 10, 25), date(2028, 2, 29),
                                          date(2026, 12, 31), date(2026, 7, 15)]

times_lists = st.lists(st.times().map(lambda t: time(t.hour, t.minute)), min_size=1, max_size=6, unique=True)
zones = st.sampled_from(ZONES)
window_start = st.one_of(st.sampled_from(INTERESTING),
                         st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)))


@PROPS
@given(tz=zones, times=times_lists, first=window_start, back=st.integers(0, 3), days=st.integers(1, 10),
       start_shift=st.integers(-30, 30), end_shift=st.integers(-30, 30), weekdays=st.none() | st.sets(
           st.integers(0, 6), min_size=1))
def test_property_wall_clock_occurrences(tz, times, first, back, days, start_shift, end_shift, weekdays):
    zone = ZoneInfo(tz)
    begin_day = first - timedelta(days=back)
    common = dict(times=tuple(TimeDose(t, 5) for t in times), tz=tz, start_date=begin_day - timedelta(days=1),
                  end_date=begin_day + timedelta(days=days + 1))
    s = FixedSchedule(**common) if weekdays is None else WeekdaySchedule(weekdays=tuple(weekdays), **common)
    start = local_day_bounds(begin_day, zone)[0]
    end = local_day_bounds(begin_day + timedelta(days=days - 1), zone)[1]
    occs = occurrences(s, start, end)
    assert_well_formed(occs)
    # Right count for each local day: one per distinct instant the day's times resolve to.
    for i in range(days):
        d = begin_day + timedelta(days=i)
        if weekdays is not None and d.weekday() not in weekdays:
            expected = set()
        else:
            expected = {expected_instant(d, t, zone) for t in times}
        got = {o.due_utc for o in occs if o.slot.startswith(d.isoformat())}
        assert got == expected
    for o in occs:
        nominal = time.fromisoformat(o.slot[11:])
        d = date.fromisoformat(o.slot[:10])
        assert o.due_utc == expected_instant(d, nominal, zone)
        assert o.local.fold == 0
        if _exists(datetime.combine(d, nominal), zone):
            assert o.local.time() == nominal
    # Splitting the window anywhere gives the same doses.
    mid = start + (end - start) / 2 + timedelta(minutes=start_shift * 7 + end_shift)
    assert occurrences(s, start, mid) + occurrences(s, mid, end) == occs


@PROPS
@given(tz=zones, first=window_start, every_h=st.integers(1, 48), extra_min=st.sampled_from([0, 15, 30]),
       first_time=st.times().map(lambda t: time(t.hour, t.minute)), days=st.integers(1, 12),
       offset_min=st.integers(-600, 3000))
def test_property_interval_real_time(tz, first, every_h, extra_min, first_time, days, offset_min):
    every = every_h * 60 + extra_min
    s = IntervalSchedule(every_minutes=every, first_time=first_time, dose_mg=2.5, tz=tz, start_date=first,
                         end_date=first + timedelta(days=days))
    anchor = expected_instant(first, first_time, ZoneInfo(tz))
    assert s.anchor_utc == anchor
    start = anchor + timedelta(minutes=offset_min)
    end = start + timedelta(days=days + 2)
    occs = occurrences(s, start, end)
    assert_well_formed(occs)
    for o in occs:
        k, rem = divmod(o.due_utc - anchor, timedelta(minutes=every))
        assert rem == timedelta(0) and k >= 0
        assert start <= o.due_utc < end
        assert o.local.date() <= s.end_date
    for a, b in pairwise(occs):
        assert b.due_utc - a.due_utc == timedelta(minutes=every)
    # Nothing missing at the front: the dose before the first one is before the window or the anchor.
    if occs:
        prev = occs[0].due_utc - timedelta(minutes=every)
        assert prev < start or prev < anchor
        nxt = next_occurrence(s, occs[0].due_utc - timedelta(seconds=1))
        assert nxt == occs[0]


@PROPS
@given(tz=zones, times=times_lists, first=window_start, hours=st.integers(0, 24 * 9))
def test_property_next_occurrence_matches_occurrences(tz, times, first, hours):
    s = FixedSchedule(times=tuple(TimeDose(t, 1) for t in times), tz=tz, start_date=first)
    after = local_day_bounds(first, ZoneInfo(tz))[0] + timedelta(hours=hours, minutes=17)
    nxt = next_occurrence(s, after)
    window = occurrences(s, after, after + timedelta(days=3))
    expected = [o for o in window if o.due_utc > after]
    assert nxt == expected[0]
