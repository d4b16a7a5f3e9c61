"""Rules for answering a dose (taken, skipped, not taken) that keep a mis-press from becoming the record, and keep
the missed-dose advice in step with what was already logged. Pure functions: time is always passed in.

- A time of day typed for "Taken at…" means the latest such moment that is not in the future (``taken_time``);
  ``describe_taken_time`` says in words which day that is, before the answer is given.
- An answer far from the dose's time (recorded as taken hours before it is due, or marked not taken or skipped
  long before it comes) is asked about first, with the times said (``far_from_time_question``).
- The missed-dose advice counts the doses of the same medicine already logged around it
  (``advice_counting_logged``): it never says "take it now" when logging it now would be questioned as a second
  dose, and says when a dose logged after the missed one was due may have been that dose.

Facts come only from the project's facts sheet (section 3 [J]: never take 2 doses at once); the words end with
"talk to your doctor or nurse", never with advice of the app's own.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from caregiver_app.domain.dosing import (
    DEFAULT_DOUBLE_DOSE_WINDOW,
    NEVER_TWO,
    TALK,
    MissedAdvice,
    MissedAdviceCode,
)
from caregiver_app.domain.dosing import duration_words as _span
from caregiver_app.domain.schedules import Occurrence, PrnSchedule, _aware_utc

#: An answer for a dose more than this long before it is due is asked about first.
FAR_FROM_TIME = timedelta(hours=1)

TAKEN_ACTIONS = ("taken", "taken_at", "taken_usual")
NOT_TAKEN_ACTIONS = ("skip", "not_taken")

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(d: datetime) -> str:
    return f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]}"


def _hm(d: datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"




# -- "Taken at…": which day a typed time means ---------------------------------------------------------------------

def taken_time(now_local: datetime, hour: int, minute: int) -> datetime:
    """The latest moment at ``hour:minute`` (local) that is not after ``now_local``: today, or yesterday when that
    time has not come yet today."""
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError("not a time of day")
    when = now_local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if when > now_local:
        when -= timedelta(days=1)
    return when


def describe_taken_time(now_local: datetime, hour: int, minute: int) -> str:
    """What "taken at hour:minute" will be recorded as, in words: today, or yesterday (and why)."""
    when = taken_time(now_local, hour, minute)
    if when.date() == now_local.date():
        return f"Recorded as taken today, {_day(when)}, at {_hm(when)}."
    return (f"Recorded as taken yesterday, {_day(when)}, at {_hm(when)}: it is only {_hm(now_local)} now, so "
            f"{_hm(when)} today has not come yet.")


# -- answers far from the dose's time ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Question:
    """A question to put before recording an answer: Yes records it, No records nothing."""
    title: str
    text: str
    yes: str
    no: str = "Don't record it"


def far_from_time_question(action: str, due_utc: datetime, now_utc: datetime, *, zone: tzinfo, what: str,
                           taken_utc: datetime | None = None, far: timedelta = FAR_FROM_TIME) -> Question | None:
    """A question when an answer is recorded far from the dose's time, else None.

    ``action``: taken / taken_at / taken_usual (``taken_utc``: the moment it was taken) or skip / not_taken (they
    are about now). Asked when the dose is due more than ``far`` after that moment: "Taken now" pressed for the
    evening dose in the morning, or "Not taken" for a dose 9 hours away. ``what``: the dose in words ("Baclofen
    10 mg"). Answers for doses already due (late answers) are not questioned here."""
    due = _aware_utc("due_utc", due_utc)
    now = _aware_utc("now_utc", now_utc)
    if action in TAKEN_ACTIONS:
        at = _aware_utc("taken_utc", taken_utc) if taken_utc is not None else now
    elif action in NOT_TAKEN_ACTIONS:
        at = now
    else:
        return None
    early = due - at
    if early <= far:
        return None
    due_local, at_local, now_local = due.astimezone(zone), at.astimezone(zone), now.astimezone(zone)
    due_words = _hm(due_local) if due_local.date() == now_local.date() else f"{_hm(due_local)} on {_day(due_local)}"
    if action in TAKEN_ACTIONS:
        at_words = "now" if at == now else f"at {_hm(at_local)}"
        return Question(
            "Taken so early?",
            f"{what} is due at {due_words}, but this records it as taken {at_words}, {_span(early)} before its "
            f"time.\n\nIf this is the wrong dose, choose \u201cDon't record it\u201d and pick the right one. "
            f"{NEVER_TWO}",
            f"Record it as taken {_span(early)} early")
    verb = "skipped" if action == "skip" else "not taken"
    return Question(
        "This dose is not due yet",
        f"{what} is due at {due_words}, {_span(early)} from now. Record it as {verb} already?\n\nIf this is the "
        f"wrong dose, choose \u201cDon't record it\u201d and pick the right one.",
        f"Record it as {verb}")


# -- missed-dose advice that counts what was logged -------------------------------------------------------------

def advice_counting_logged(advice: MissedAdvice, missed: Occurrence, taken: Iterable[datetime], now_utc: datetime,
                           *, zone: tzinfo, medicine_name: str = "",
                           window: timedelta = DEFAULT_DOUBLE_DOSE_WINDOW) -> MissedAdvice:
    """``advice`` (``dosing.missed_dose_advice``) put in step with the doses of the same medicine already logged
    (``taken``: when each was taken).

    A dose logged less than ``window`` before now (the double-dose check's window, so logging the missed one now
    would be questioned): the advice becomes "leave it out, do not take another now" (``SKIP``), never "take it
    now".
    A dose logged after the missed one was due (it may have been that dose): the advice says so and how to
    record it. Otherwise the advice is unchanged."""
    now = _aware_utc("now_utc", now_utc)
    due = missed.due_utc
    logged = sorted(t.astimezone(now.tzinfo) for t in (_aware_utc("taken time", t) for t in taken)
                    if due - window < t <= now)
    if not logged:
        return advice
    name = medicine_name.strip() or "this medicine"
    recent = [t for t in logged if now - t < window]
    if recent:
        last = recent[-1]
        text = (f"A dose of {name} is already logged at {_hm(last.astimezone(zone))}, {_span(now - last)} ago. "
                f"So leave the missed dose out: do not take another dose now, and take the next dose at the usual "
                f"time. {NEVER_TWO} If that dose was this missed one, answer "
                f"\u201cTaken at\u2026\u201d with its time. If you are not sure what to do, {TALK}.")
        return MissedAdvice(MissedAdviceCode.SKIP, text)
    first = logged[0]
    note = (f" A dose of {name} was logged at {_hm(first.astimezone(zone))}, after this one was due: if that was "
            f"this dose, answer \u201cTaken at\u2026\u201d with its time instead.")
    return MissedAdvice(advice.code, advice.message + note)


# -- as-needed doses: what was taken today and what the prescription leaves -----------------------------------

@dataclass(frozen=True)
class PrnDay:
    """The as-needed doses taken today (local day of the prescription's zone) and what its limits leave."""
    taken: tuple[datetime, ...]          # when each was taken today, oldest first (UTC)
    most: int                            # the prescription's most doses a day
    left: int                            # doses the daily count still allows today
    next_from: datetime | None           # the earliest moment the time between doses allows another (UTC)

    def words(self, zone: tzinfo, now_utc: datetime) -> str:
        """'Taken today at 09:10 and 14:10. 1 more allowed today (at most 3 a day), not before 18:10.'"""
        if self.taken:
            times = [_hm(t.astimezone(zone)) for t in self.taken]
            said = ", ".join(times[:-1]) + " and " + times[-1] if len(times) > 1 else times[0]
            head = f"Taken today at {said}."
        else:
            head = "None taken today."
        if self.left <= 0:
            return f"{head} No more allowed today (at most {self.most} a day)."
        more = f"{self.left} more allowed today (at most {self.most} a day)"
        if self.next_from is not None and self.next_from > now_utc:
            more += f", not before {_hm(self.next_from.astimezone(zone))}"
        return f"{head} {more}."


def prn_day(schedule: PrnSchedule, taken: Iterable[datetime], now_utc: datetime) -> PrnDay:
    """``PrnDay`` for an as-needed prescription at ``now_utc``; ``taken``: when its doses (and those of the same
    medicine that count with it) were taken, any days."""
    from caregiver_app.domain.schedules import local_day_bounds

    now = _aware_utc("now_utc", now_utc)
    zone = schedule.zone
    start, end = local_day_bounds(now.astimezone(zone).date(), zone)
    times = sorted(_aware_utc("taken time", t) for t in taken)
    today = tuple(t for t in times if start <= t < end and t <= now)
    gap = timedelta(minutes=schedule.min_interval_minutes)
    before_now = [t for t in times if t <= now]
    next_from = before_now[-1] + gap if before_now else None
    return PrnDay(today, schedule.max_doses_per_day, max(0, schedule.max_doses_per_day - len(today)), next_from)
