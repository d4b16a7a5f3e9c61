"""Checks on a clinician's titration or taper plan. The app shows plans as written and never makes one up; these
checks only ask the carer to check a plan with the prescriber.

Source (shared/baclofen-facts.md §2): the NHS says to reduce baclofen gradually over 1–2 weeks, or longer if
symptoms appear [J][F]. So a plan is flagged when it goes from a regular dose to zero in under 7 days, or when it
drops more than one step at once (a fall bigger than the plan's own smallest reduction).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

MIN_DAYS_TO_ZERO = 7  # NHS: "over 1–2 weeks"; fewer than 7 days from a regular dose to none is flagged
_EPS = 1e-6
TALK = "Please check the plan with your doctor or nurse before following it"


@dataclass(frozen=True)
class StepTotal:
    """One step of a plan as a daily total: from ``start`` (inclusive), ``mg_per_day``."""
    start: date
    mg_per_day: float


def _mg(v: float) -> str:
    return "none" if v <= _EPS else f"{round(v, 3):g} mg a day"


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def too_fast_warnings(steps: Sequence[StepTotal]) -> list[str]:
    """Messages for a plan whose reductions look quicker than the NHS advice (empty when none do).

    ``steps`` are one plan's steps in any order; steps on the same day count once (the last given).
    """
    by_day: dict[date, float] = {}
    for s in steps:
        by_day[s.start] = max(0.0, float(s.mg_per_day))
    ordered = sorted(by_day.items())
    warnings: list[str] = []
    drops = [(i, ordered[i - 1][1] - ordered[i][1]) for i in range(1, len(ordered))
             if ordered[i][1] < ordered[i - 1][1] - _EPS]
    if not drops:
        return warnings
    unit = min(d for _, d in drops)
    for i, drop in drops:
        if drop > unit + _EPS:
            (_, before), (day, after) = ordered[i - 1], ordered[i]
            warnings.append(
                f"On {_day(day)} the plan goes from {_mg(before)} to {_mg(after)} at once: a bigger drop than its "
                f"other steps ({round(unit, 3):g} mg). {TALK}.")
    for i in range(1, len(ordered)):
        day, mg = ordered[i]
        if mg > _EPS or ordered[i - 1][1] <= _EPS:
            continue  # not the first day without a dose
        # Walk back over the falling (or level) steps to the regular dose before the reduction began.
        k = i - 1
        while k > 0 and ordered[k - 1][1] >= ordered[k][1] - _EPS and ordered[k - 1][1] > _EPS:
            k -= 1
        regular = ordered[k][1]
        first_lower = next(j for j in range(k + 1, i + 1) if ordered[j][1] < regular - _EPS)
        days = (day - ordered[first_lower][0]).days
        if days < MIN_DAYS_TO_ZERO:
            how = "at once" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
            warnings.append(
                f"The plan goes from {_mg(regular)} to none {how} (no dose from {_day(day)}). The NHS advises "
                f"reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. "
                f"{TALK}.")
    return warnings
