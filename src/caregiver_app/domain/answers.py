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
    MissedAdvice,
    MissedAdviceCode,
    if_not_sure,
    never_two,
)
from caregiver_app.domain.dosing import duration_words as _span
from caregiver_app.domain.schedules import Occurrence, PrnSchedule, _aware_utc
from caregiver_app.domain.text import Messages, Text, Value, joined, value

_ = Messages("domain.answers")

#: An answer for a dose more than this long before it is due is asked about first.
FAR_FROM_TIME = timedelta(hours=1)

TAKEN_ACTIONS = ("taken", "taken_at", "taken_usual")
NOT_TAKEN_ACTIONS = ("skip", "not_taken")

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(d: datetime) -> Value:
    """'Tue 1 Dec' (in the user's language where shown)."""
    return value(d.date(), "date", f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]}")


def _hm(d: datetime) -> Value:
    """'08:00'."""
    return value(d.time(), "time", f"{d.hour:02d}:{d.minute:02d}")


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


def describe_taken_time(now_local: datetime, hour: int, minute: int) -> Text:
    """What "taken at hour:minute" will be recorded as, in words: today, or yesterday (and why)."""
    when = taken_time(now_local, hour, minute)
    if when.date() == now_local.date():
        return _("Recorded as taken today, {day}, at {time}.", day=_day(when), time=_hm(when))
    return _("Recorded as taken yesterday, {day}, at {time}: it is only {now} now, so {time} today has not come yet.",
             day=_day(when), time=_hm(when), now=_hm(now_local))


# -- answers far from the dose's time ------------------------------------------------------------------------------

#: The question's No button (a Text: said in the user's language where shown).
DONT_RECORD = Text(_.context, _.mark("Don't record it"))


@dataclass(frozen=True)
class Question:
    """A question to put before recording an answer: Yes records it, No records nothing. (Each is a domain Text.)"""
    title: str
    text: str
    yes: str
    no: str = DONT_RECORD


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
    due_words: str = _hm(due_local)
    if due_local.date() != now_local.date():
        due_words = _("{time} on {day}", time=_hm(due_local), day=_day(due_local))
    wrong = _("If this is the wrong dose, choose \u201cDon't record it\u201d and pick the right one.")
    span = _span(early)
    if action in TAKEN_ACTIONS:
        if at == now:
            said = _("{what} is due at {due}, but this records it as taken now, {span} before its time.",
                     what=what, due=due_words, span=span)
        else:
            said = _("{what} is due at {due}, but this records it as taken at {at}, {span} before its time.",
                     what=what, due=due_words, at=_hm(at_local), span=span)
        return Question(
            _("Taken so early?"),
            joined("\n\n", [said, joined(" ", [wrong, never_two()])]),
            _("Record it as taken {span} early", span=span))
    if action == "skip":
        said = _("{what} is due at {due}, {span} from now. Record it as skipped already?",
                 what=what, due=due_words, span=span)
        yes = _("Record it as skipped")
    else:
        said = _("{what} is due at {due}, {span} from now. Record it as not taken already?",
                 what=what, due=due_words, span=span)
        yes = _("Record it as not taken")
    return Question(_("This dose is not due yet"), joined("\n\n", [said, wrong]), yes)


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
    name = medicine_name.strip() or _("this medicine")
    recent = [t for t in logged if now - t < window]
    if recent:
        last = recent[-1]
        text = joined(" ", [
            _("A dose of {name} is already logged at {time}, {span} ago.", name=name, time=_hm(last.astimezone(zone)),
              span=_span(now - last)),
            _("So leave the missed dose out: do not take another dose now, and take the next dose at the usual time."),
            never_two(),
            _("If that dose was this missed one, answer \u201cTaken at\u2026\u201d with its time."),
            if_not_sure(what_to_do=True)])
        return MissedAdvice(MissedAdviceCode.SKIP, text)
    first = logged[0]
    note = _("A dose of {name} was logged at {time}, after this one was due: if that was this dose, answer "
             "\u201cTaken at\u2026\u201d with its time instead.", name=name, time=_hm(first.astimezone(zone)))
    return MissedAdvice(advice.code, joined(" ", [advice.message, note]))


# -- as-needed doses: what was taken today and what the prescription leaves -----------------------------------

@dataclass(frozen=True)
class PrnDay:
    """The as-needed doses taken today (local day of the prescription's zone) and what its limits leave."""
    taken: tuple[datetime, ...]          # when each was taken today, oldest first (UTC)
    most: int                            # the prescription's most doses a day
    left: int                            # doses the daily count still allows today
    next_from: datetime | None           # the earliest moment the time between doses allows another (UTC)

    def words(self, zone: tzinfo, now_utc: datetime) -> Text:
        """'Taken today at 09:10 and 14:10. 1 more allowed today (at most 3 a day), not before 18:10.'"""
        if self.taken:
            times = [_hm(t.astimezone(zone)) for t in self.taken]
            said: str = times[0]
            if len(times) > 1:
                said = _("{times} and {last}", times=joined(", ", times[:-1]), last=times[-1])
            head = _("Taken today at {times}.", times=said)
        else:
            head = _("None taken today.")
        if self.left <= 0:
            return joined(" ", [head, _("No more allowed today (at most {most} a day).", most=self.most)])
        if self.next_from is not None and self.next_from > now_utc:
            more = _.n("%n more allowed today (at most {most} a day), not before {time}.",
                       "%n more allowed today (at most {most} a day), not before {time}.", self.left, most=self.most,
                       time=_hm(self.next_from.astimezone(zone)))
        else:
            more = _.n("%n more allowed today (at most {most} a day).", "%n more allowed today (at most {most} a day).",
                       self.left, most=self.most)
        return joined(" ", [head, more])


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
