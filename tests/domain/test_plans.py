"""The "too fast" check on a plan (NHS: reduce over 1–2 weeks): flags, never rewrites."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.domain.plans import MIN_DAYS_TO_ZERO, StepTotal, too_fast_warnings

D0 = date(2026, 11, 1)


def plan(*steps):
    """(day offset, mg a day) pairs."""
    return [StepTotal(D0 + timedelta(days=off), mg) for off, mg in steps]


def test_even_two_week_taper_is_fine():
    assert too_fast_warnings(plan((0, 60), (7, 40), (14, 20), (21, 0))) == []  # 60 → none over 14 days


def test_stopping_at_once_is_flagged_with_the_nhs_advice():
    [msg] = too_fast_warnings(plan((0, 30), (5, 0)))
    assert "from 30 mg a day to none at once" in msg and "1–2 weeks" in msg and "doctor or nurse" in msg


def test_to_zero_in_under_seven_days_is_flagged():
    [msg] = too_fast_warnings(plan((0, 30), (10, 20), (13, 10), (16, 0)))
    assert "in 6 days" in msg and "no dose from Tue 17 Nov 2026" in msg
    assert too_fast_warnings(plan((0, 30), (10, 20), (14, 10), (17, 0))) == []  # exactly 7 days: fine


def test_a_drop_bigger_than_the_plans_other_steps_is_flagged():
    [msg] = too_fast_warnings(plan((0, 60), (7, 50), (14, 30), (21, 20), (28, 10), (35, 0)))
    assert "from 50 mg a day to 30 mg a day at once" in msg and "(10 mg)" in msg


def test_rising_plans_and_plans_that_do_not_reach_zero_are_fine():
    assert too_fast_warnings(plan((0, 15), (3, 30), (6, 45), (9, 60))) == []   # a titration
    assert too_fast_warnings(plan((0, 60), (7, 40))) == []                      # one reduction, not to zero
    assert too_fast_warnings([]) == [] and too_fast_warnings(plan((0, 0))) == []


def test_order_does_not_matter_and_bad_numbers_do_not_crash():
    steps = plan((0, 30), (5, 0))
    assert too_fast_warnings(list(reversed(steps))) == too_fast_warnings(steps)
    assert too_fast_warnings(plan((0, -5), (2, 10), (4, 0)))  # a negative total counts as none


@given(st.lists(st.tuples(st.integers(0, 120), st.floats(0, 200, allow_nan=False)), max_size=12))
def test_never_crashes_and_a_slow_even_taper_is_never_flagged(steps):
    too_fast_warnings(plan(*steps))
    # Any start dose, reduced in equal steps every 7 days to zero: at least 7 days from the first cut to none.
    if steps:
        start = max(mg for _, mg in steps) or 10.0
        even = plan(*[(7 * i, start * (1 - i / 4)) for i in range(5)])
        assert too_fast_warnings(even) == []
        assert MIN_DAYS_TO_ZERO == 7
