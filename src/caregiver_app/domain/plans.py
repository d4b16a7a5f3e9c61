"""Checks on a clinician's titration or taper plan. The app shows plans as written and never makes one up; these
checks only ask the carer to check a plan with the prescriber.

Source (shared/baclofen-facts.md §2, amended 2026-12-02): the NHS says to reduce baclofen gradually over 1–2 weeks,
or longer if symptoms appear [J][F]. So a plan is flagged when it goes from a regular dose to zero in under 7 days,
or when it drops more than one step at once, "one step" being the label's titration step taken in reverse: 15 mg a
day (5 mg at each of three doses) [A]. A gradual taper in steps of 15 mg a day or less, reaching zero over 7 days
or more, is not flagged. This is the app's check, not a taper the app proposes.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from caregiver_app.domain.schedules import DoseFor, TimeDose
from caregiver_app.domain.text import Messages, Text, Value, value

if TYPE_CHECKING:
    from caregiver_app.domain.validation import FieldError

_ = Messages("domain.plans")

MIN_DAYS_TO_ZERO = 7  # NHS: "over 1–2 weeks"; fewer than 7 days from a regular dose to none is flagged
ONE_STEP_MG_PER_DAY = 15.0  # the label's titration step (5 mg three times a day) taken in reverse [A]
_EPS = 1e-6


@dataclass(frozen=True)
class StepTotal:
    """One step of a plan as a daily total: from ``start`` (inclusive), ``mg_per_day``."""
    start: date
    mg_per_day: float


def _number(v: float) -> Value:
    """A number of mg as the messages show it (2.5), in the user's locale at the edge (2,5)."""
    return value(round(v, 3), "decimal", f"{round(v, 3):g}")


def _mg(v: float) -> Text:
    return _("none") if v <= _EPS else _("{mg} mg a day", mg=_number(v))


def _day(d: date) -> Text:
    """"Tue 1 Dec 2026" (the day in the user's language at the edge, then the year)."""
    return _("{day} {year}", day=value(d, "date", f"{d:%a} {d.day} {d:%b}"), year=str(d.year))


def too_fast_warnings(steps: Sequence[StepTotal]) -> list[str]:
    """Messages for a plan whose reductions are quicker than the app's check allows (empty when none are): a
    single drop of more than ``ONE_STEP_MG_PER_DAY``, or none reached from a regular dose in under
    ``MIN_DAYS_TO_ZERO`` days.

    ``steps`` are one plan's steps in any order; steps on the same day count once (the last given). A drop straight
    to none that is already reported as a quick stop is not reported twice.
    """
    by_day: dict[date, float] = {}
    for s in steps:
        by_day[s.start] = max(0.0, float(s.mg_per_day))
    ordered = sorted(by_day.items())
    warnings: list[str] = []
    stops: set[int] = set()   # steps where none is reached too quickly
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
            stops.add(i)
            if days == 0:
                warnings.append(_(
                    "The plan goes from {before} to none at once (no dose from {day}). The NHS advises reducing "
                    "baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please "
                    "check the plan with your doctor or nurse before following it.", before=_mg(regular),
                    day=_day(day)))
            else:
                warnings.append(_.n(
                    "The plan goes from {before} to none in %n day (no dose from {day}). The NHS advises reducing "
                    "baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please "
                    "check the plan with your doctor or nurse before following it.",
                    "The plan goes from {before} to none in %n days (no dose from {day}). The NHS advises reducing "
                    "baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please "
                    "check the plan with your doctor or nurse before following it.", days, before=_mg(regular),
                    day=_day(day)))
    for i in range(1, len(ordered)):
        (_day0, before), (day, after) = ordered[i - 1], ordered[i]
        drop = before - after
        if drop > ONE_STEP_MG_PER_DAY + _EPS and i not in stops:
            warnings.append(_(
                "On {day} the plan goes from {before} to {after} at once: a drop of {drop} mg a day, more than one "
                "step of {step} mg a day (the label's titration step taken in reverse). Stopping or reducing "
                "quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.",
                day=_day(day), before=_mg(before), after=_mg(after), drop=_number(drop),
                step=_number(ONE_STEP_MG_PER_DAY)))
    return sorted(warnings, key=lambda w: w.startswith("On "))  # a quick stop first, then the big drops


# -- a plan as the clinician gave it ----------------------------------------------------------------------------

#: The kinds of plan, with their names (Text: the UI says them with ``localize``).
KINDS: dict[str, str] = {"titration": Text(_.context, _.mark("Building up (titration)")),
                         "taper": Text(_.context, _.mark("Lowering (taper)"))}
#: What happens after the last step: its doses carry on until the plan is changed, or the medicine stops.
AFTER_LAST: dict[str, str] = {"keep": Text(_.context, _.mark("Keep giving the last step's doses")),
                              "stop": Text(_.context, _.mark("Stop: no more doses"))}
NAME_MAX = 200
NOTE_MAX = 2000
MAX_STEPS = 60
MAX_STEP_DAYS = 365
MAX_STEP_DOSE_MG = 1000.0        # one dose; more is taken as a typing mistake (as for schedules)


@dataclass(frozen=True)
class PlanStep:
    """One step of a titration or taper plan: from ``start_date`` for ``days`` days, these doses."""
    start_date: date
    days: int
    doses: tuple[TimeDose, ...]

    @property
    def last_date(self) -> date:
        return self.start_date + timedelta(days=self.days - 1)


@dataclass(frozen=True)
class Plan:
    person_id: int
    medicine_id: int | None
    name: str
    kind: str = "taper"
    source_note: str = ""          # where it comes from: "Letter from Dr Lee, 20 Nov"
    active: bool = True
    steps: tuple[PlanStep, ...] = ()  # in date order
    id: int | None = None
    archived_at: datetime | None = None
    after_last: str = "keep"         # AFTER_LAST: "keep" the last step's doses, or "stop"

    def totals(self) -> list[StepTotal]:
        return [StepTotal(s.start_date, sum(td.dose_mg for td in s.doses)) for s in self.steps]

    @property
    def end_date(self) -> date | None:
        """The day after the last step (None without steps)."""
        return max(s.start_date + timedelta(days=s.days) for s in self.steps) if self.steps else None

    def checked_totals(self) -> list[StepTotal]:
        """The steps as daily totals for the checks, with "then stop" as a step of none the day after the last."""
        totals = self.totals()
        end = self.end_date
        if self.after_last == "stop" and end is not None:
            totals.append(StepTotal(end, 0.0))
        return totals


def after_last_words(plan: Plan, medicine_name: str = "") -> str:
    """What the reminders do after the plan's last step, in words (the form, the Plans page, Today)."""
    end = plan.end_date
    name = medicine_name.strip()
    if end is None:
        return ""
    last_day = end - timedelta(days=1)
    if plan.after_last == "stop":
        if not name:
            return _("After the last step (from {day}): stop — no more doses of the medicine are reminded.",
                     day=_day(end))
        return _("After the last step (from {day}): stop — no more doses of {name} are reminded.", day=_day(end),
                 name=name)
    last = max(plan.steps, key=lambda s: s.start_date)
    total = sum(td.dose_mg for td in last.doses)
    return _("After the last step ends on {day}: its doses ({mg} mg a day) carry on until the plan is changed or "
             "archived.", day=_day(last_day), mg=_number(total))


def validate_plan(plan: Plan, today: date, step_numbers: Sequence[int] | None = None) -> list[FieldError]:
    """Field errors (domain.validation.FieldError) for a plan as typed; empty when it can be saved.

    Steps are checked in order (``step_numbers``: how to number them in messages, e.g. the rows of a form when
    some rows could not be read); each needs a start date, 1–365 days and doses of 0–1000 mg at valid times; steps
    may not overlap. Dates from 2000 up to 20 years ahead are accepted (older or later is taken as a typing slip).
    """
    from caregiver_app.domain.validation import FieldError, check_number, check_text

    errors: list[FieldError] = []
    errors += check_text("name", plan.name, label=_("The plan's name"), max_len=NAME_MAX, required=True)
    errors += check_text("source_note", plan.source_note, label=_("Where the plan comes from"), max_len=NOTE_MAX,
                         multiline=True)
    if plan.after_last not in AFTER_LAST:
        errors.append(FieldError("after_last", _("Please choose what happens after the last step: keep giving its "
                                                 "doses, or stop.")))
    if plan.kind not in KINDS:
        errors.append(FieldError("kind", _("Please choose whether the plan builds the dose up or lowers it.")))
    if plan.medicine_id is None:
        errors.append(FieldError("medicine", _("Please choose the medicine the plan is for.")))
    if not plan.steps:
        errors.append(FieldError("steps", _("Please enter at least one step, as the clinician wrote it.")))
    if len(plan.steps) > MAX_STEPS:
        errors.append(FieldError("steps", _("A plan can have at most {most} steps.", most=MAX_STEPS)))
    earliest, latest = date(2000, 1, 1), date(today.year + 20, 12, 31)
    previous_end = None
    numbers = list(step_numbers) if step_numbers is not None else list(range(1, len(plan.steps) + 1))
    for n, step in zip(numbers, plan.steps, strict=False):  # numbers may be shorter: the form's rows
        if not isinstance(step.start_date, date) or not earliest <= step.start_date <= latest:
            errors.append(FieldError("steps", _("Step {n}: the start date must be between {first} and {last}.",
                                                n=n, first=earliest.year, last=latest.year)))
            continue
        days_err = check_number("steps", step.days, label=_("Step {n}: the number of days", n=n), minimum=1,
                                maximum=MAX_STEP_DAYS, allow_zero=False)
        if days_err or int(step.days) != step.days:
            errors += days_err or [FieldError("steps", _("Step {n}: the number of days must be a whole number.",
                                                         n=n))]
            continue
        if previous_end is not None and step.start_date < previous_end:
            errors.append(FieldError("steps", _("Step {n} starts on {day}, before the step before it ends: steps "
                                                "must not overlap.", n=n, day=step.start_date.isoformat())))
        previous_end = step.start_date + timedelta(days=int(step.days))
        if not step.doses:
            errors.append(FieldError("steps", _("Step {n}: please enter the dose at each time (0 for none).", n=n)))
        seen = set()
        for td in step.doses:
            at = value(td.time, "time", f"{td.time:%H:%M}")
            if td.time in seen:
                errors.append(FieldError("steps", _("Step {n}: the time {time} is there twice.", n=n, time=at)))
            seen.add(td.time)
            errors += check_number("steps", td.dose_mg, label=_("Step {n}: the dose at {time}", n=n, time=at),
                                   minimum=0, maximum=MAX_STEP_DOSE_MG, unit="mg")
    return errors


# -- reminders from the plan being followed ----------------------------------------------------------------------

def times_not_reminded(plan: Plan, schedule_times: Iterable[time]) -> list[time]:
    """Times of day with a dose in the plan that are not times of the medicine's schedule: reminders come only at
    the schedule's times, so these doses would never be reminded."""
    have = set(schedule_times)
    return sorted({td.time for s in plan.steps for td in s.doses if td.dose_mg > 0 and td.time not in have})


def raises_dose(totals: Sequence[StepTotal], current_mg: float) -> bool:
    """Whether a step of the plan gives more a day than the step before it (or than ``current_mg``, the dose taken
    before the plan): then the label's driving warning is said."""
    ordered = [current_mg] + [t.mg_per_day for t in sorted(totals, key=lambda t: t.start)]
    return any(b > a + _EPS for a, b in pairwise(ordered))


def too_fast_from(totals: Sequence[StepTotal], current_mg: float) -> list[str]:
    """``too_fast_warnings`` with the dose taken before the plan (``current_mg`` a day) as the step before its
    first: a plan whose first step is already none, or far below today's dose, is a quick stop too."""
    if totals and current_mg > _EPS:
        first = min(t.start for t in totals)
        totals = [StepTotal(first - timedelta(days=1), current_mg)] + list(totals)
    return too_fast_warnings(totals)


def plan_dose_for(steps: Iterable[PlanStep], after_last: str = "keep") -> DoseFor:
    """A ``dose_for`` for reminders from the steps of the plan being followed.

    From a step's first day its doses apply, at the medicine's times, until the next step starts; after the last step
    its doses carry on until the plan is changed or archived (so a taper that ends at none stays at none, and never
    falls back to the old dose) — or, with ``after_last="stop"``, no dose at any of the medicine's times from the day
    after the last step. A step's dose of 0 at a time means no dose then; a time the step does not list at
    all (one added on the Medicines page later, or another schedule's) keeps the schedule's own dose, so a dose is
    never dropped silently. Before the first step: None (the schedule's own dose)."""
    ordered = sorted(steps, key=lambda s: s.start_date)
    table = [(s.start_date, {td.time: float(td.dose_mg) for td in s.doses}) for s in ordered]
    stop_from = (max(s.start_date + timedelta(days=s.days) for s in ordered)
                 if after_last == "stop" and ordered else None)

    def dose_for(day: date, slot_time: time) -> float | None:
        if stop_from is not None and day >= stop_from:
            return 0.0  # "then stop": no dose at any time
        current = None
        for first, doses in table:
            if first <= day:
                current = doses
            else:
                break
        if current is None:
            return None
        return current.get(slot_time)  # None: not a time of the plan, the schedule's dose stands

    return dose_for
