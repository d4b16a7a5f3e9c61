"""The "too fast" check on a plan (NHS: reduce over 1–2 weeks): flags, never rewrites."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.domain.plans import MIN_DAYS_TO_ZERO, ONE_STEP_MG_PER_DAY, StepTotal, too_fast_warnings

D0 = date(2026, 11, 1)


def plan(*steps):
    """(day offset, mg a day) pairs."""
    return [StepTotal(D0 + timedelta(days=off), mg) for off, mg in steps]


def test_even_taper_in_single_steps_is_fine():
    assert too_fast_warnings(plan((0, 60), (7, 45), (14, 30), (21, 15), (28, 0))) == []  # 15 mg a day a week
    # Steps of 20 mg a day are more than one step each (facts sheet §2, amended): each drop is pointed out.
    assert len(too_fast_warnings(plan((0, 60), (7, 40), (14, 20), (21, 0)))) == 3


def test_stopping_at_once_is_flagged_with_the_nhs_advice():
    [msg] = too_fast_warnings(plan((0, 30), (5, 0)))
    assert "from 30 mg a day to none at once" in msg and "1–2 weeks" in msg and "doctor or nurse" in msg


def test_to_zero_in_under_seven_days_is_flagged():
    [msg] = too_fast_warnings(plan((0, 30), (10, 20), (13, 10), (16, 0)))
    assert "in 6 days" in msg and "no dose from Tue 17 Nov 2026" in msg
    assert too_fast_warnings(plan((0, 30), (10, 20), (14, 10), (17, 0))) == []  # exactly 7 days: fine


def test_a_drop_of_more_than_one_step_is_flagged():
    """One step is the label's titration step in reverse: 15 mg a day (facts sheet §2, amended 2026-12-02)."""
    [msg] = too_fast_warnings(plan((0, 60), (7, 50), (14, 30), (21, 20), (28, 10), (35, 0)))
    assert "from 50 mg a day to 30 mg a day at once" in msg and "a drop of 20 mg a day" in msg
    assert "15 mg a day" in msg and "doctor or nurse" in msg


# (steps as (day offset, mg a day), how many warnings, a phrase of each), the sheet's rule as amended: a single
# drop of more than 15 mg a day, or none from a regular dose in under 7 days. The first two rows are the cases
# the review found misfiring: four warnings for a gentle weekly taper, none for a single drop from 60 to 5.
TOO_FAST_CASES = [
    ([(0, 60), (7, 45), (14, 30), (21, 20), (28, 10), (35, 5), (42, 0)], []),
    ([(0, 60), (7, 5)], ["from 60 mg a day to 5 mg a day at once: a drop of 55 mg a day"]),
    ([(0, 60), (7, 45)], []),                                               # one step of 15: fine
    ([(0, 60), (7, 44.5)], ["a drop of 15.5 mg a day"]),                    # a little more than one step
    ([(0, 45), (7, 30), (14, 15), (21, 0)], []),                            # the label's steps, weekly, to none
    ([(0, 45), (2, 30), (4, 15), (6, 0)], ["from 45 mg a day to none in 4 days"]),   # steps of 15, too quick
    ([(0, 30), (7, 0)], ["from 30 mg a day to none at once"]),              # reported once, as a stop
    ([(0, 60), (7, 30), (14, 0)], ["a drop of 30 mg a day"] * 2),      # none after 7 days, but two big drops
    ([(0, 15), (3, 30), (6, 45), (9, 60)], []),                             # a titration
    ([(0, 20), (7, 10), (14, 0)], []),
]


@pytest.mark.parametrize("steps, expected", TOO_FAST_CASES)
def test_the_too_fast_rule_case_by_case(steps, expected):
    warnings = too_fast_warnings(plan(*steps))
    assert len(warnings) == len(expected), warnings
    for w, phrase in zip(warnings, expected, strict=True):
        assert phrase in w, (phrase, w)


def test_rising_plans_and_plans_that_do_not_reach_zero_are_fine():
    assert too_fast_warnings(plan((0, 15), (3, 30), (6, 45), (9, 60))) == []   # a titration
    assert too_fast_warnings(plan((0, 60), (7, 45))) == []                      # one step down, not to zero
    assert too_fast_warnings([]) == [] and too_fast_warnings(plan((0, 0))) == []


def test_order_does_not_matter_and_bad_numbers_do_not_crash():
    steps = plan((0, 30), (5, 0))
    assert too_fast_warnings(list(reversed(steps))) == too_fast_warnings(steps)
    assert too_fast_warnings(plan((0, -5), (2, 10), (4, 0)))  # a negative total counts as none


@given(st.lists(st.tuples(st.integers(0, 120), st.floats(0, 200, allow_nan=False)), max_size=12),
       st.floats(1, 80, allow_nan=False), st.floats(0, 1), st.integers(7, 21))
def test_never_crashes_and_a_gradual_taper_is_never_flagged(steps, start, share, every):
    too_fast_warnings(plan(*steps))
    # Any start dose, cut by at most one step (15 mg a day) at a time, at least 7 days apart, down to none, with at
    # least one step between the regular dose and none (so none comes 7 days or more after the first cut).
    cut = 0.5 + share * (min(ONE_STEP_MG_PER_DAY, start / 2) - 0.5)
    n = int(start // cut) + 1
    taper = plan(*[(every * i, max(0.0, start - cut * i)) for i in range(n + 1)])
    assert too_fast_warnings(taper) == []
    assert MIN_DAYS_TO_ZERO == 7


@given(st.floats(ONE_STEP_MG_PER_DAY + 0.01, 200, allow_nan=False), st.floats(0, 60, allow_nan=False))
def test_any_single_drop_of_more_than_one_step_is_flagged(drop, after):
    assert too_fast_warnings(plan((0, after + drop), (7, after)))
