"""Diary rules without Qt or SQL: scales, bad input, danger signs, aggregation across DST and month ends."""
from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.domain.diary import (
    DOCTOR,
    EMERGENCY,
    NOTES_MAX,
    PSFS_FREQUENCY,
    PSFS_SEVERITY,
    RECALL,
    RED_FLAGS,
    SIDE_EFFECTS,
    DiaryEntry,
    DiaryFilter,
    aggregate,
    applicable_red_flags,
    daily_dose_totals,
    day_bounds,
    detect_red_flags,
    next_period,
    period_start,
    urgent_guidance,
    validate_entry,
)
from helpers import ROOT

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def entry(**kw) -> DiaryEntry:
    kw.setdefault("entry_at", NOW)
    return DiaryEntry(person_id=1, **kw)


def errors_for(e: DiaryEntry, dob: date | None = None, today: date = TODAY, tz=LONDON):
    return validate_entry(e, today=today, tz=tz, date_of_birth=dob)


# -- wording from the facts sheet ------------------------------------------------------------------------------
def test_penn_scale_wording_and_recall():
    assert PSFS_FREQUENCY == {0: "No spasms", 1: "Mild spasms only when stimulated",
                              2: "Infrequent full spasms, less than once an hour", 3: "Spasms more than once an hour",
                              4: "More than ten an hour"}
    assert PSFS_SEVERITY == {1: "Mild", 2: "Moderate", 3: "Severe"}
    assert RECALL == "in the last 24 hours"


def test_side_effect_checklist_is_the_label_list():
    assert list(SIDE_EFFECTS.values()) == [
        "Drowsiness", "Dizziness", "Weakness", "Fatigue", "Confusion", "Headache", "Nausea", "Constipation",
        "Insomnia", "Low blood pressure / faintness", "Urinary frequency"]


def _facts_sheet() -> str | None:
    for base in (ROOT.parent, Path("/work")):
        p = base / "shared" / "baclofen-facts.md"
        if p.exists():
            return p.read_text(encoding="utf-8")
    return None


def test_guidance_wording_comes_from_the_facts_sheet():
    facts = _facts_sheet()
    if facts is None:
        pytest.skip("facts sheet not beside the repository")
    section4 = facts.split("## 4.")[1].split("## 5.")[0].lower().replace("\n", " ")
    for phrase in ("call the emergency number", "a seizure", "very hard to wake", "slow or shallow breathing",
                   "contact the doctor now", "emergency if severe", "hallucinations or new confusion",
                   "high fever, rigid muscles or sharply worse spasticity", "two-tone alarm", "missed refill",
                   "itching, tingling, faintness", "more than the prescribed dose"):
        assert phrase in section4, phrase
    section5 = facts.split("## 5.")[1].split("## 6.")[0].lower().replace("\n  ", " ")
    for text in list(PSFS_FREQUENCY.values()) + list(PSFS_SEVERITY.values()):
        assert text.lower() in section5, text


# -- bad input ---------------------------------------------------------------------------------------------------
def test_a_full_valid_entry_has_no_errors():
    e = entry(psfs_frequency=2, psfs_severity=3, spasticity=10, pain=0, sleep_hours=7.5, sleep_wakeups=2,
              side_effects=("drowsiness", "urinary_frequency"), side_effects_other="dry mouth", sedatives=True,
              stretching=True, red_flags=("seizure",), notes="Line one\nLine two\twith a tab")
    assert errors_for(e, dob=date(1950, 1, 1)) == []
    assert errors_for(entry()) == []  # everything but the time is optional


@pytest.mark.parametrize("changes, field, words", [
    ({"psfs_frequency": 5}, "psfs_frequency", "between 0 and 4"),
    ({"psfs_frequency": -1}, "psfs_frequency", "cannot be negative"),
    ({"psfs_frequency": 2.5}, "psfs_frequency", "whole number"),
    ({"psfs_frequency": "two"}, "psfs_frequency", "must be a number"),
    ({"psfs_frequency": True}, "psfs_frequency", "must be a number"),
    ({"psfs_frequency": 2, "psfs_severity": 4}, "psfs_severity", "between 1 and 3"),
    ({"psfs_frequency": 2, "psfs_severity": 0}, "psfs_severity", "between 1 and 3"),
    ({"psfs_frequency": 0, "psfs_severity": 2}, "psfs_severity", "only asked when there were spasms"),
    ({"psfs_severity": 2}, "psfs_severity", "only asked when there were spasms"),
    ({"spasticity": 11}, "spasticity", "between 0 and 10"),
    ({"spasticity": float("nan")}, "spasticity", "real number"),
    ({"spasticity": 7.5}, "spasticity", "whole number"),
    ({"pain": -1}, "pain", "cannot be negative"),
    ({"pain": float("inf")}, "pain", "real number"),
    ({"pain": "7"}, "pain", "must be a number"),
    ({"sleep_hours": 24.5}, "sleep_hours", "between 0 and 24 hours"),
    ({"sleep_hours": float("nan")}, "sleep_hours", "real number"),
    ({"sleep_wakeups": 101}, "sleep_wakeups", "between 0 and 100"),
    ({"sleep_wakeups": 1.5}, "sleep_wakeups", "whole number"),
    ({"side_effects": ("hiccups",)}, "side_effects", "Unknown side effect"),
    ({"red_flags": ("sneezing",)}, "red_flags", "Unknown danger sign"),
    ({"side_effects_other": "x" * 501}, "side_effects_other", "too long"),
    ({"side_effects_other": "two\nlines"}, "side_effects_other", "control characters"),
    ({"notes": "x" * (NOTES_MAX + 1)}, "notes", "too long (10,001 characters); the most is 10,000"),
    ({"notes": "bell \x07 here"}, "notes", "control characters"),
    ({"notes": "nul \x00"}, "notes", "control characters"),
    ({"notes": 42}, "notes", "must be text"),
    ({"notes": "half \ud800 a pair"}, "notes", "broken character"),
    ({"side_effects_other": "\udfff"}, "side_effects_other", "broken character"),
    ({"sedatives": "yes"}, "sedatives", "yes or no"),
])
def test_bad_values_get_a_message_for_their_field(changes, field, words):
    errs = errors_for(entry(**changes))
    assert [e.field for e in errs] == [field]
    assert words in errs[0].message


def test_notes_of_exactly_the_limit_are_fine():
    assert errors_for(entry(notes="x" * NOTES_MAX)) == []


def test_time_later_today_is_fine_but_not_after_the_end_of_today():
    late = datetime.combine(TODAY, time(23, 59)).replace(tzinfo=LONDON)
    assert errors_for(entry(entry_at=late)) == []
    tomorrow = datetime.combine(TODAY + timedelta(days=1), time(0, 0)).replace(tzinfo=LONDON)
    errs = errors_for(entry(entry_at=tomorrow))
    assert errs[0].field == "entry_at" and "in the future" in errs[0].message


def test_end_of_today_is_local_on_a_dst_day():
    # 29 March 2026: London springs forward; 23:30 local is 22:30 UTC.
    today = date(2026, 3, 29)
    ok = datetime(2026, 3, 29, 22, 59, tzinfo=UTC)
    bad = datetime(2026, 3, 29, 23, 0, tzinfo=UTC)  # 00:00 BST on the 30th
    assert errors_for(entry(entry_at=ok), today=today) == []
    assert errors_for(entry(entry_at=bad), today=today)[0].field == "entry_at"


def test_time_before_birth_and_before_1900_and_naive():
    dob = date(1990, 5, 17)
    errs = errors_for(entry(entry_at=datetime(1990, 5, 16, 12, tzinfo=LONDON)), dob=dob)
    assert errs[0].field == "entry_at" and "before the person's date of birth (1990-05-17)" in errs[0].message
    assert errors_for(entry(entry_at=datetime(1990, 5, 17, 0, 5, tzinfo=LONDON)), dob=dob) == []
    assert "before 1900" in errors_for(entry(entry_at=datetime(1899, 12, 31, 12, tzinfo=LONDON)))[0].message
    assert errors_for(entry(entry_at=datetime(2026, 1, 1, 12)))[0].field == "entry_at"


@given(st.integers(0, 4), st.integers(1, 3), st.integers(0, 10), st.integers(0, 10),
       st.integers(0, 48).map(lambda h: h / 2), st.integers(0, 100))
def test_every_in_range_score_is_accepted(freq, sev, spas, pain, sleep, wake):
    e = entry(psfs_frequency=freq, psfs_severity=sev if freq else None, spasticity=spas, pain=pain,
              sleep_hours=sleep, sleep_wakeups=wake)
    assert errors_for(e) == []


@given(st.sampled_from(["spasticity", "pain"]), st.one_of(st.integers(11, 10**6), st.integers(-10**6, -1),
                                                          st.floats(allow_nan=True, allow_infinity=True).filter(
                                                              lambda v: not (0 <= v <= 10))))
def test_every_out_of_range_score_is_refused(field, value):
    errs = errors_for(entry(**{field: value}))
    assert [e.field for e in errs] == [field]


@given(st.text(min_size=0, max_size=40), st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\u2028"]),
       st.text(max_size=40))
def test_control_characters_in_notes_are_refused(before, ctl, after):
    errs = errors_for(entry(notes=before + ctl + after))
    assert "notes" in [e.field for e in errs]


def test_filter_checks():
    assert DiaryFilter(start=date(2026, 2, 1), end=date(2026, 1, 1)).validate()[0].field == "filter_dates"
    assert DiaryFilter(score="pain", score_min=5, score_max=2).validate()[0].field == "filter_score"
    assert DiaryFilter(score="wellbeing").validate()
    assert DiaryFilter(side_effect="hiccups").validate()
    assert DiaryFilter(start=date(2026, 1, 1), end=date(2026, 1, 1), score="pain", score_min=1).validate() == []


# -- danger signs ---------------------------------------------------------------------------------------------------
# Facts sheet §4 as amended 2026-12-02: every sign applies to every baclofen user unless it says "pump users".
# The withdrawal signs (fever, rigidity, sharply worse spasticity) used to be offered only with a taper or a pump,
# hiding them from the commonest oral withdrawal case (missed doses, running out).
ALWAYS = {"seizure", "hard_to_wake", "breathing", "hallucinations", "confusion", "overdose", "fever", "rigidity",
          "spasticity_back"}
PUMP_ONLY = {"itching", "tingling", "faintness", "pump_alarm", "missed_refill"}


@pytest.mark.parametrize("on_taper, has_pump, expected", [
    (False, False, ALWAYS),
    (True, False, ALWAYS),
    (False, True, ALWAYS | PUMP_ONLY),
    (True, True, ALWAYS | PUMP_ONLY),
])
def test_which_danger_signs_apply(on_taper, has_pump, expected):
    assert {f.key for f in applicable_red_flags(on_taper=on_taper, has_pump=has_pump)} == expected


def test_emergency_level_signs():
    assert {k for k, f in RED_FLAGS.items() if f.level == EMERGENCY} == {"seizure", "hard_to_wake", "breathing"}
    assert all(f.level in (EMERGENCY, DOCTOR) for f in RED_FLAGS.values())


def test_detect_ticked_and_derived_signs():
    assert detect_red_flags(entry(), on_taper=False, has_pump=False) == []
    assert [f.key for f in detect_red_flags(entry(red_flags=("hallucinations", "seizure")), on_taper=False,
                                            has_pump=False)] == ["seizure", "hallucinations"]
    # Confusion ticked as a side effect is new confusion when the last entry had none...
    new = entry(side_effects=("confusion",))
    assert [f.key for f in detect_red_flags(new, on_taper=False, has_pump=False)] == ["confusion"]
    assert [f.key for f in detect_red_flags(new, on_taper=False, has_pump=False,
                                            previous=entry(side_effects=("nausea",)))] == ["confusion"]
    # ...but not when it was already there the time before.
    assert detect_red_flags(new, on_taper=False, has_pump=False, previous=entry(side_effects=("confusion",))) == []
    # Faintness is a pump warning sign, and an ordinary side effect without a pump.
    faint = entry(side_effects=("low_blood_pressure",))
    assert detect_red_flags(faint, on_taper=True, has_pump=False) == []
    assert [f.key for f in detect_red_flags(faint, on_taper=False, has_pump=True)] == ["faintness"]


def test_urgent_guidance_emergency_vs_doctor():
    assert urgent_guidance([], has_pump=False) is None
    g = urgent_guidance([RED_FLAGS["seizure"], RED_FLAGS["hallucinations"]], has_pump=False)
    assert g.level == EMERGENCY and g.heading == "Call the emergency number now"
    assert "seizure" in g.lines[0] and "very hard to wake" in g.lines[0] and "slow or shallow breathing" in g.lines[0]
    assert "contact the doctor now about: Hallucinations" in g.lines[1]
    g = urgent_guidance([RED_FLAGS["hallucinations"]], has_pump=False)
    assert g.level == DOCTOR and g.heading == "Contact the doctor now"
    assert "If it is severe, call the emergency number." in g.lines[0]
    assert not any("hospital" in line for line in g.lines)
    g = urgent_guidance([RED_FLAGS["overdose"]], has_pump=False)
    assert any("alcohol or sedating medicines" in line and "kidney disease" in line for line in g.lines)


def test_pump_guidance_puts_hospital_first():
    """§4: pump users with suspected withdrawal or a pump fault: "go to hospital at once" comes first, before any
    other line (it used to be the last line, under a "Contact the doctor now" heading)."""
    for keys in (["pump_alarm"], ["fever"], ["itching", "tingling"], ["spasticity_back", "confusion"]):
        g = urgent_guidance([RED_FLAGS[k] for k in keys], has_pump=True)
        assert g.level == EMERGENCY and g.heading == "Go to hospital at once", keys
        assert "go to hospital at once" in g.lines[0], keys
        assert not any("If it is severe" in line for line in g.lines), keys
    g = urgent_guidance([RED_FLAGS["seizure"], RED_FLAGS["fever"]], has_pump=True)
    assert g.heading == "Call the emergency number now: go to hospital at once"
    assert "go to hospital at once" in g.lines[0] and "emergency number" in g.lines[1]
    # Without a pump: no hospital line; the withdrawal signs say when they matter most.
    g = urgent_guidance([RED_FLAGS["fever"]], has_pump=False)
    when = "after missed doses, running out, a lowered dose or a pump problem"
    assert g.level == DOCTOR and any(when in line for line in g.lines)
    assert not any("hospital" in line for line in g.lines)


def test_a_missed_refill_alone_is_a_call_to_the_doctor_before_the_pump_runs_empty():
    g = urgent_guidance([RED_FLAGS["missed_refill"]], has_pump=True)
    assert g.level == DOCTOR and g.heading == "Contact the doctor now"
    assert g.lines == ("A missed refill: call the doctor now, before the pump runs empty.",)


def test_more_than_the_prescribed_dose_names_reduced_kidneys_when_the_app_knows():
    g = urgent_guidance([RED_FLAGS["overdose"]], has_pump=False, kidney_reduced=True)
    assert any("kidney function is reduced" in line for line in g.lines)
    assert not any("kidney function is reduced" in line
                   for line in urgent_guidance([RED_FLAGS["overdose"]], has_pump=False).lines)


def test_carried_over_entry_drops_danger_signs_and_notes():
    last = entry(psfs_frequency=2, psfs_severity=1, pain=4, red_flags=("seizure",), notes="x", side_effects=("nausea",),
                 id=5)
    copy = last.carried_over(NOW + timedelta(days=1))
    assert copy.red_flags == () and copy.notes == "" and copy.id is None
    assert (copy.psfs_frequency, copy.psfs_severity, copy.pain, copy.side_effects) == (2, 1, 4, ("nausea",))


# -- aggregation --------------------------------------------------------------------------------------------------
def utc(*a):
    return datetime(*a, tzinfo=UTC)


def test_day_buckets_follow_local_dates_across_spring_forward():
    pts = [(utc(2026, 3, 28, 23, 30), 2),   # 23:30 GMT on the 28th
           (utc(2026, 3, 29, 0, 30), 4),    # 00:30 GMT on the 29th
           (utc(2026, 3, 29, 22, 30), 6),   # 23:30 BST on the 29th
           (utc(2026, 3, 29, 23, 30), 8)]   # 00:30 BST on the 30th
    b = aggregate(pts, "day", LONDON)
    assert [(x.start, x.mean, x.count) for x in b] == [
        (date(2026, 3, 28), 2, 1), (date(2026, 3, 29), 5, 2), (date(2026, 3, 30), 8, 1)]
    assert b[1].end == date(2026, 3, 30)


def test_day_buckets_across_fall_back_and_in_other_zones():
    # 25 October 2026 in London has 25 hours: 00:30 and 23:30 local are both that day.
    pts = [(utc(2026, 10, 24, 23, 30), 1), (utc(2026, 10, 25, 23, 29), 3), (utc(2026, 10, 26, 0, 0), 9)]
    assert [(x.start, x.count) for x in aggregate(pts, "day", LONDON)] == [
        (date(2026, 10, 25), 2), (date(2026, 10, 26), 1)]
    # New York: 01:30 local happens twice on 1 November 2026; both are that day.
    ny = [(utc(2026, 11, 1, 5, 30), 2), (utc(2026, 11, 1, 6, 30), 4)]
    assert [(x.start, x.mean) for x in aggregate(ny, "day", NEW_YORK)] == [(date(2026, 11, 1), 3)]
    # Sydney is ahead of UTC: 20:00 UTC is the next local day.
    assert aggregate([(utc(2026, 4, 4, 20, 0), 5)], "day", SYDNEY)[0].start == date(2026, 4, 5)


def test_week_and_month_buckets_at_month_and_year_ends():
    pts = [(utc(2026, 1, 31, 23, 30), 2),   # Sat 31 Jan (GMT)
           (utc(2026, 2, 1, 0, 30), 4),     # Sun 1 Feb
           (utc(2026, 6, 30, 23, 30), 6),   # 00:30 BST Wed 1 July: July, not June
           (utc(2026, 12, 31, 23, 59), 8)]  # Thu 31 Dec
    months = aggregate(pts, "month", LONDON)
    assert [(m.start, m.end, m.mean) for m in months] == [
        (date(2026, 1, 1), date(2026, 2, 1), 2), (date(2026, 2, 1), date(2026, 3, 1), 4),
        (date(2026, 7, 1), date(2026, 8, 1), 6), (date(2026, 12, 1), date(2027, 1, 1), 8)]
    weeks = aggregate(pts[:2], "week", LONDON)
    assert [(w.start, w.count, w.mean) for w in weeks] == [(date(2026, 1, 26), 2, 3)]  # Mon 26 Jan to Sun 1 Feb


def test_aggregate_skips_missing_values_and_refuses_naive_times():
    assert aggregate([(utc(2026, 1, 1, 12), None), (utc(2026, 1, 1, 13), float("nan"))], "day", LONDON) == []
    with pytest.raises(ValueError):
        aggregate([(datetime(2026, 1, 1, 12), 1)], "day", LONDON)
    with pytest.raises(ValueError):
        period_start(date(2026, 1, 1), "fortnight")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31),
                                       timezones=st.just(UTC)), st.integers(0, 10)), max_size=60),
       st.sampled_from(["day", "week", "month"]), st.sampled_from([LONDON, NEW_YORK, SYDNEY, UTC]))
def test_aggregation_invariants(points, period, tz):
    buckets = aggregate(points, period, tz)
    assert sum(b.count for b in buckets) == len(points)
    assert all(a.end <= b.start for a, b in pairwise(buckets))
    for b in buckets:
        assert b.minimum <= b.mean + 1e-9 and b.mean <= b.maximum + 1e-9
        assert b.end == next_period(b.start, period)
        assert period_start(b.start, period) == b.start
    for at, _v in points:
        d = at.astimezone(tz).date()
        matching = [b for b in buckets if b.start <= d < b.end]
        assert len(matching) == 1
    total = sum(v for _, v in points)
    assert math.isclose(sum(b.mean * b.count for b in buckets), total, abs_tol=1e-6)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_periods_tile_the_calendar(d):
    for period in ("day", "week", "month"):
        s = period_start(d, period)
        assert s <= d < next_period(s, period)
    assert period_start(d, "week").weekday() == 0


def test_daily_dose_totals_by_local_day():
    rows = [(utc(2026, 3, 28, 8), 10), (utc(2026, 3, 28, 23, 30), 5),   # 23:30 GMT: still the 28th
            (utc(2026, 3, 29, 23, 30), 20),                             # 00:30 BST: the 30th
            (None, 5), (utc(2026, 3, 29, 12), None)]
    assert daily_dose_totals(rows, LONDON) == {date(2026, 3, 28): 15.0, date(2026, 3, 30): 20.0}


def test_day_bounds_are_dst_aware():
    lo, hi = day_bounds(date(2026, 3, 29), date(2026, 3, 29), LONDON)
    assert hi.astimezone(UTC) - lo.astimezone(UTC) == timedelta(hours=23)
    lo, hi = day_bounds(date(2026, 10, 25), date(2026, 10, 25), LONDON)
    assert (hi.astimezone(UTC) - lo.astimezone(UTC)) == timedelta(hours=25)
    assert day_bounds(None, None, LONDON) == (None, None)
