"""Missed doses and dose-safety checks. Pure functions: time is always passed in.

Facts come only from the project's baclofen facts sheet (sections 1-3). The messages never give medical
advice beyond it; they point to "talk to your doctor or nurse". The checks return ``DoseWarning`` items that
the UI shows as confirmation dialogs; nothing here blocks a dose from being logged.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import Enum
from zoneinfo import ZoneInfo

from caregiver_app.domain.schedules import (
    WEEKDAY_NAMES,
    DoseFor,
    Occurrence,
    PrnSchedule,
    Schedule,
    format_time,
    local_day_bounds,
    occurrences,
)
from caregiver_app.domain.schedules import _aware_utc as _utc  # one check for "an aware datetime, in UTC"
from caregiver_app.domain.text import Messages, Text, Value, joined, value

_ = Messages("domain.dosing")

UTC = UTC

# Label (US prescribing information, facts sheet section 1 [A][B]): "the total should not exceed 80 mg a day".
# Oral doses only: intrathecal doses are in mcg and are not checked against it.
BACLOFEN_LABEL_MAX_MG_PER_DAY = 80

# NHS missed-dose rule (facts sheet section 3 [J]): if the next dose is less than 2 hours away, leave the
# missed one out.
NEXT_DOSE_TOO_CLOSE = timedelta(hours=2)

DEFAULT_MISSED_GRACE = timedelta(minutes=30)        # a dose is "missed" this long after it was due
# Two logged doses closer than this are questioned: the NHS's 2 hours between a missed dose and the next [J] (it was
# 60 minutes, which let a second baclofen dose 90 minutes after the first pass without a word).
DEFAULT_DOUBLE_DOSE_WINDOW = NEXT_DOSE_TOO_CLOSE

BACLOFEN_NAMES = ("baclofen", "lioresal", "ozobax", "fleqsuvy", "lyvispah", "gablofen")



def talk() -> Text:
    """The words every message ends with (put in as ``{talk}``)."""
    return _("talk to your doctor or nurse")


def never_two() -> Text:
    """The NHS rule [J], a sentence of its own (put in as ``{never_two}`` or joined to a message)."""
    return _("Never take 2 doses at once or an extra dose to make up for a missed one.")


def driving_note() -> Text:
    """Label warnings [S]: avoid driving or machinery when starting or raising the dose until the effects are
    known."""
    return _("When the dose goes up: avoid driving or using machinery until you know how the new dose affects "
             "you (baclofen label).")


def if_not_sure(what_to_do: bool = False) -> Text:
    """'If you are not sure, talk to your doctor or nurse.' (``what_to_do``: 'If you are not sure what to do, …')"""
    if what_to_do:
        return _("If you are not sure what to do, {talk}.", talk=talk())
    return _("If you are not sure, {talk}.", talk=talk())


# The same words as the functions above, for modules that take them at import (Texts: translated where shown).
TALK = Text(_.context, _.mark("talk to your doctor or nurse"))
DRIVING_NOTE = Text(_.context, _.mark(
    "When the dose goes up: avoid driving or using machinery until you know how the new dose affects "
    "you (baclofen label)."))
NEVER_TWO = Text(_.context, _.mark("Never take 2 doses at once or an extra dose to make up for a missed one."))

# Warning codes
WARN_DOUBLE_DOSE = "double_dose"
WARN_PRN_TOO_SOON = "prn_too_soon"
WARN_PRN_MAX_DOSES = "prn_max_doses"
WARN_PRN_MAX_MG = "prn_max_mg"
WARN_PRN_NOT_ACTIVE = "prn_not_active"
WARN_OVER_LABEL_MAX = "over_label_max"
WARN_PLAN_OVER_LABEL_MAX = "plan_over_label_max"
WARN_NEXT_DOSE_CLOSE = "next_dose_close"
#: Warnings that, when the dose is logged anyway, mean more than the prescribed dose may have been taken.
MORE_THAN_PRESCRIBED = frozenset({WARN_DOUBLE_DOSE, WARN_OVER_LABEL_MAX, WARN_NEXT_DOSE_CLOSE})

TzLike = str | tzinfo
Taken = datetime | tuple[datetime, float]
_EPS = 1e-6


@dataclass(frozen=True)
class DoseWarning:
    """Something to confirm before going on: a stable ``code`` and a sentence for the person (a domain Text)."""
    code: str
    message: str


class MissedAdviceCode(str, Enum):
    TAKE_NOW = "take_now"          # take it as soon as remembered
    SKIP = "skip"                  # leave it out; take the next dose at the usual time
    CHECK_LEAFLET = "check_leaflet"  # not baclofen: the facts sheet's rule is baclofen's, so no rule is given


@dataclass(frozen=True)
class MissedAdvice:
    code: MissedAdviceCode
    message: str    # a domain Text


def is_baclofen(name: str | None) -> bool:
    """True for baclofen under its generic or known brand names (case-insensitive). Only a suggestion for the form
    and for records made before the ingredient was asked: the checks follow the medicine's ingredient."""
    low = (name or "").lower()
    return any(n in low for n in BACLOFEN_NAMES)


def _baclofen(name: str | None, baclofen: bool | None) -> bool:
    """The medicine's ingredient when the caller knows it (``Medicine.baclofen``), else as the name suggests."""
    return is_baclofen(name) if baclofen is None else baclofen


# ------------------------------------------------------------------------------------------ helpers

def _zone(tz: TzLike) -> tzinfo:
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def _pairs(taken: Iterable[Taken]) -> list[tuple[datetime, float]]:
    out = []
    for item in taken:
        if isinstance(item, datetime):
            out.append((_utc("taken time", item), 0.0))
        else:
            when, mg = item
            mg = float(mg)
            if math.isnan(mg) or math.isinf(mg):
                raise ValueError("taken dose must be a real number of mg")
            out.append((_utc("taken time", when), mg))
    return out


def _mg(v: float) -> Text:
    amount = round(v, 3)
    return _("{amount} mg", amount=value(amount, "decimal", f"{amount:g}"))


def duration_words(d: timedelta) -> Text:
    """'9 hours', '3 h 20 min', '40 minutes' (rounded down to the minute)."""
    minutes = max(0, int(d.total_seconds() // 60))
    h, m = divmod(minutes, 60)
    if h and m:
        return _("{hours} h {minutes} min", hours=h, minutes=m)
    if h:
        return _.n("%n hour", "%n hours", h)
    return _.n("%n minute", "%n minutes", m)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(d: date) -> Value:
    """'Tue 1 Dec' (in the user's language where shown)."""
    return value(d, "date", f"{WEEKDAY_NAMES[d.weekday()][:3]} {d.day} {_MONTHS[d.month - 1]}")


def _when(local: datetime, ref_local: datetime | None = None) -> str:
    """'08:00' when on the reference day, else '08:00 on Mon 2 Mar' (a Text or a Value, said where shown)."""
    t = value(local.time(), "time", format_time(local.time()))
    if ref_local is not None and local.date() == ref_local.date():
        return t
    return _("{time} on {day}", time=t, day=_day(local.date()))


# ------------------------------------------------------------------------------------- missed doses

def find_missed(occurrences: Iterable[Occurrence], logged_slots: Iterable[object], since_utc: datetime,
                now_utc: datetime, grace: timedelta = DEFAULT_MISSED_GRACE) -> list[Occurrence]:
    """Doses due in [since_utc, now_utc - grace) with no log entry, oldest first.

    ``logged_slots`` holds slots that have an entry (taken, skipped, or a resolved snooze), either as plain
    slot strings (one schedule) or as ``(schedule_id, slot)`` pairs (several schedules). These are listed as
    "missed - was it taken?"; they are never fired as reminders.
    """
    since = _utc("since_utc", since_utc)
    now = _utc("now_utc", now_utc)
    if grace < timedelta(0):
        raise ValueError("grace cannot be negative")
    logged = set(logged_slots)
    cutoff = now - grace
    seen: set[tuple[object, str]] = set()
    out: list[Occurrence] = []
    for occ in sorted(occurrences, key=lambda o: (o.due_utc, o.slot)):
        if not since <= occ.due_utc < cutoff:
            continue
        key = (occ.schedule_id, occ.slot)
        if occ.slot in logged or key in logged or key in seen:
            continue
        seen.add(key)
        out.append(occ)
    return out


def missed_dose_advice(missed: Occurrence, next_due: Occurrence | None, now_utc: datetime, *,
                       medicine_name: str | None = None, baclofen: bool | None = None) -> MissedAdvice:
    """What to do about one missed dose, by the NHS rule (facts sheet section 3 [J]).

    ``next_due`` is the dose that follows the missed one in its schedule (``next_occurrence(schedule,
    missed.due_utc)``), even if that is already past; None when there is none. If it is less than 2 hours
    away (or already due) the missed dose is left out; otherwise it is taken now. Never a double dose.
    """
    now = _utc("now_utc", now_utc)
    if next_due is not None and next_due.due_utc <= missed.due_utc:
        raise ValueError("next_due must come after the missed dose")
    now_local = now.astimezone(missed.local.tzinfo)
    name = medicine_name.strip() if medicine_name and medicine_name.strip() else ""
    dose = _mg(missed.dose_mg)
    what = _("the {dose} dose of {name}", dose=dose, name=name) if name else _("the {dose} dose", dose=dose)
    when = _when(missed.local, now_local)
    is_bac = _baclofen(name, baclofen)
    if (name or baclofen is not None) and not is_bac:
        # The NHS rule in the facts sheet is baclofen's; other medicines have their own.
        return MissedAdvice(MissedAdviceCode.CHECK_LEAFLET, joined(" ", [
            _("If {what} due at {when} was not taken: check the medicine's leaflet for what to do about a missed "
              "dose.", what=what, when=when),
            never_two(), if_not_sure(what_to_do=True)]))
    # We do not know it was missed: the person may have taken it and not recorded it.
    extra = None
    if is_bac:
        extra = _("Stopping baclofen suddenly can be dangerous: if high fever, rigid muscles or much worse "
                  "spasticity appear after missed doses, contact the doctor now.")
    if next_due is not None and next_due.due_utc - now < NEXT_DOSE_TOO_CLOSE:
        nxt = _when(next_due.local, now_local)
        if next_due.due_utc <= now:
            head = _("If {what} due at {when} was not taken: the next dose (due at {next}) is already due, so leave "
                     "the missed dose out and take the next dose at the usual time.", what=what, when=when, next=nxt)
        else:
            head = _("If {what} due at {when} was not taken: the next dose is less than 2 hours away (at {next}), "
                     "so leave the missed dose out and take the next dose at the usual time.",
                     what=what, when=when, next=nxt)
        return MissedAdvice(MissedAdviceCode.SKIP, joined(" ", [head, never_two(), extra,
                                                                if_not_sure(what_to_do=True)]))
    head = _("If {what} due at {when} was not taken: take it now, as soon as you remember.", what=what, when=when)
    return MissedAdvice(MissedAdviceCode.TAKE_NOW, joined(" ", [head, never_two(), extra,
                                                                if_not_sure(what_to_do=True)]))


# ----------------------------------------------------------------------------------- safety checks

def check_double_dose(at_utc: datetime, taken: Iterable[Taken], *,
                      window: timedelta = DEFAULT_DOUBLE_DOSE_WINDOW, medicine_name: str = "",
                      tz: TzLike | None = None) -> list[DoseWarning]:
    """A warning when another dose of the same medicine was logged less than ``window`` before or after
    ``at_utc``. ``taken`` are the other logged doses of this medicine (times, or (time, mg) pairs)."""
    at = _utc("at_utc", at_utc)
    near = [w for w, _mg_taken in _pairs(taken) if abs(w - at) < window]
    if not near:
        return []
    closest = min(near, key=lambda w: abs(w - at))
    zone = _zone(tz) if tz is not None else UTC
    gap = duration_words(abs(closest - at))
    name = _medicine(medicine_name)
    when = _when(closest.astimezone(zone), at.astimezone(zone))
    if closest <= at:
        head = _("A dose of {name} is already logged at {when}, {gap} before this one.", name=name, when=when, gap=gap)
    else:
        head = _("A dose of {name} is already logged at {when}, {gap} after this one.", name=name, when=when, gap=gap)
    msg = joined(" ", [head, _("Is this really another dose?"), never_two(), if_not_sure()])
    return [DoseWarning(WARN_DOUBLE_DOSE, msg)]


def _medicine(name: str) -> str:
    """The medicine's name as typed, or 'this medicine'."""
    return name.strip() or _("this medicine")


def check_prn_dose(schedule: PrnSchedule, at_utc: datetime, taken: Iterable[tuple[datetime, float]], *,
                   dose_mg: float | None = None, medicine_name: str = "") -> list[DoseWarning]:
    """Checks an as-needed dose against its prescription: the minimum time between doses and the daily
    limits (count and mg). "Day" is the calendar day in the schedule's time zone. ``taken`` are the other
    logged doses of this medicine as (time, mg)."""
    at = _utc("at_utc", at_utc)
    mg = schedule.dose_mg if dose_mg is None else float(dose_mg)
    zone = schedule.zone
    local = at.astimezone(zone)
    doses = _pairs(taken)
    name = _medicine(medicine_name)
    out: list[DoseWarning] = []

    if not schedule.active_on(local.date()):
        start_day = value(schedule.start_date, "iso_date", schedule.start_date.isoformat())
        this_day = value(local.date(), "iso_date", local.date().isoformat())
        if schedule.end_date:
            end_day = value(schedule.end_date, "iso_date", schedule.end_date.isoformat())
            said = _("The as-needed prescription for {name} runs from {start} to {end}, not on {day}. Please check, "
                     "and if you are not sure, {talk}.", name=name, start=start_day, end=end_day, day=this_day,
                     talk=talk())
        else:
            said = _("The as-needed prescription for {name} runs from {start}, not on {day}. Please check, and if "
                     "you are not sure, {talk}.", name=name, start=start_day, day=this_day, talk=talk())
        out.append(DoseWarning(WARN_PRN_NOT_ACTIVE, said))

    min_gap = timedelta(minutes=schedule.min_interval_minutes)
    near = [w for w, _m in doses if abs(w - at) < min_gap]
    if near:
        closest = min(near, key=lambda w: abs(w - at))
        gap, least = duration_words(abs(at - closest)), duration_words(min_gap)
        when = _when(closest.astimezone(zone), local)
        if closest <= at:
            parts = [_("This dose of {name} would be only {gap} after the dose at {when}; the prescription says at "
                       "least {least} between doses.", name=name, gap=gap, when=when, least=least),
                     _("The next dose would be allowed from {next}.",
                       next=_when((closest + min_gap).astimezone(zone), local))]
        else:
            parts = [_("This dose of {name} would be only {gap} before the dose at {when}; the prescription says at "
                       "least {least} between doses.", name=name, gap=gap, when=when, least=least)]
        out.append(DoseWarning(WARN_PRN_TOO_SOON, joined(" ", [*parts, if_not_sure()])))

    start, end = local_day_bounds(local.date(), zone)
    same_day = [(w, m) for w, m in doses if start <= w < end]
    count = len(same_day) + 1
    if count > schedule.max_doses_per_day:
        out.append(DoseWarning(WARN_PRN_MAX_DOSES, joined(" ", [
            _("This would be dose number {count} of {name} on {day}; the prescription allows at most {most} a day.",
              count=count, name=name, day=_day(local.date()), most=schedule.max_doses_per_day),
            if_not_sure()])))
    if schedule.max_mg_per_day is not None:
        total = sum(m for _w, m in same_day) + mg
        if total > schedule.max_mg_per_day + _EPS:
            out.append(DoseWarning(WARN_PRN_MAX_MG, joined(" ", [
                _("With this dose, {name} on {day} would add up to {total}; the prescription allows at most {most} "
                  "a day.", name=name, day=_day(local.date()), total=_mg(total), most=_mg(schedule.max_mg_per_day)),
                if_not_sure()])))
    return out


def daily_totals(taken: Iterable[tuple[datetime, float]], tz: TzLike) -> dict[date, float]:
    """mg taken per local calendar day in ``tz``."""
    zone = _zone(tz)
    totals: dict[date, float] = {}
    for when, mg in _pairs(taken):
        d = when.astimezone(zone).date()
        totals[d] = totals.get(d, 0.0) + mg
    return {d: round(v, 6) for d, v in sorted(totals.items())}


def _over_label_message(name: str, day: date, total: float, *, planned: bool, with_this_one: bool = False,
                        counting_prn: bool = False) -> Text:
    values = {"name": name, "day": _day(day), "total": _mg(total)}
    if planned and counting_prn:
        head = _("The planned doses of {name} on {day} add up to {total} (counting as-needed doses at their daily "
                 "limit).", **values)
    elif planned:
        head = _("The planned doses of {name} on {day} add up to {total}.", **values)
    elif with_this_one:
        head = _("The doses of {name} on {day} add up to {total} with this one.", **values)
    else:
        head = _("The doses of {name} on {day} add up to {total}.", **values)
    return joined(" ", [head, _("The label says the total should not exceed {most} mg a day. Please check the doses, "
                                "and {talk}.", most=BACLOFEN_LABEL_MAX_MG_PER_DAY, talk=talk())])


def check_daily_maximum(medicine_name: str, taken: Iterable[tuple[datetime, float]], tz: TzLike, *,
                        new_dose: tuple[datetime, float] | None = None, intrathecal: bool = False,
                        limit: float = BACLOFEN_LABEL_MAX_MG_PER_DAY, baclofen: bool | None = None
                        ) -> list[DoseWarning]:
    """Baclofen taken by mouth above the label's 80 mg a day ("day" = calendar day in ``tz``).

    With ``new_dose`` only the day of that dose is checked (with it counted); without, every day over the
    limit gets a warning. Other medicines and intrathecal (mcg) doses are not checked.
    """
    if intrathecal or not _baclofen(medicine_name, baclofen):
        return []
    doses = _pairs(taken)
    name = medicine_name.strip()
    if new_dose is not None:
        when, mg = _pairs([new_dose])[0]
        doses.append((when, mg))
        day = when.astimezone(_zone(tz)).date()
        total = daily_totals(doses, tz).get(day, 0.0)
        if total > limit + _EPS:
            return [DoseWarning(WARN_OVER_LABEL_MAX, _over_label_message(
                name, day, total, planned=False, with_this_one=True))]
        return []
    return [DoseWarning(WARN_OVER_LABEL_MAX, _over_label_message(name, d, t, planned=False))
            for d, t in daily_totals(doses, tz).items() if t > limit + _EPS]


MAX_PLAN_CHECK_DAYS = 3660


def planned_daily_totals(schedules: Schedule | Iterable[Schedule], first_day: date, last_day: date, *,
                         dose_for: DoseFor | None = None, include_prn: bool = True,
                         dose_fors: Sequence[DoseFor | None] | None = None) -> dict[date, float]:
    """Planned mg per local day (each schedule's own time zone) from ``first_day`` to ``last_day``
    inclusive. As-needed schedules count at their daily limit when ``include_prn``. ``dose_fors``: one
    ``dose_for`` (or None) per schedule, in order, instead of the one ``dose_for`` for all (each medicine's own
    followed plan)."""
    items = [schedules] if not isinstance(schedules, Iterable) else list(schedules)
    if last_day < first_day:
        return {}
    if (last_day - first_day).days > MAX_PLAN_CHECK_DAYS:
        raise ValueError("date range too long")
    totals: dict[date, float] = {}
    for i, s in enumerate(items):
        own_dose_for = dose_fors[i] if dose_fors is not None and i < len(dose_fors) else dose_for
        if isinstance(s, PrnSchedule):
            if include_prn:
                d = first_day
                while d <= last_day:
                    if s.active_on(d):
                        totals[d] = totals.get(d, 0.0) + s.daily_mg_limit
                    d += timedelta(days=1)
            continue
        start = local_day_bounds(first_day, s.zone)[0]
        end = local_day_bounds(last_day, s.zone)[1]
        for occ in occurrences(s, start, end, dose_for=own_dose_for):
            d = occ.local.date()
            if first_day <= d <= last_day:
                totals[d] = totals.get(d, 0.0) + occ.dose_mg
    return {d: round(v, 6) for d, v in sorted(totals.items())}


def check_planned_daily_max(medicine_name: str, schedules: Schedule | Iterable[Schedule],
                            first_day: date | None = None, last_day: date | None = None, *,
                            dose_for: DoseFor | None = None, intrathecal: bool = False, include_prn: bool = True,
                            limit: float = BACLOFEN_LABEL_MAX_MG_PER_DAY,
                            dose_fors: Sequence[DoseFor | None] | None = None,
                            baclofen: bool | None = None) -> list[DoseWarning]:
    """One warning when the planned baclofen doses of any day add up to more than the label's 80 mg.

    Pass all the medicine's schedules (they add up). Defaults: from the earliest start date, for 14 days
    (or to the latest end date if sooner). A plan's ``dose_for`` can be checked by passing its date range.
    """
    items = [schedules] if not isinstance(schedules, Iterable) else list(schedules)
    if intrathecal or not _baclofen(medicine_name, baclofen) or not items:
        return []
    if first_day is None:
        first_day = min(s.start_date for s in items)
    if last_day is None:
        last_day = first_day + timedelta(days=13)
        ends = [s.end_date for s in items if s.end_date is not None]
        if len(ends) == len(items):  # every schedule ends
            last_day = min(last_day, max(ends))
    totals = planned_daily_totals(items, first_day, last_day, dose_for=dose_for, include_prn=include_prn,
                                  dose_fors=dose_fors)
    over = {d: t for d, t in totals.items() if t > limit + _EPS}
    if not over:
        return []
    worst_day = max(over, key=lambda d: (over[d], -d.toordinal()))
    first = min(over)
    prn = include_prn and any(isinstance(s, PrnSchedule) for s in items)
    msg = _over_label_message(medicine_name.strip(), worst_day, over[worst_day], planned=True, counting_prn=prn)
    if len(over) > 1:
        msg = joined(" ", [msg, _("This happens on {count} days between {first} and {last} in the period checked.",
                                  count=len(over), first=_day(first), last=_day(max(over)))])
    return [DoseWarning(WARN_PLAN_OVER_LABEL_MAX, msg)]


def check_next_dose_close(at_utc: datetime, next_due_utc: datetime | None, *, medicine_name: str = "",
                          tz: TzLike | None = None) -> list[DoseWarning]:
    """A dose logged late ("Taken at…" for a missed dose, "Taken now" after a long snooze) less than 2 hours before
    the next dose is due: the NHS rule would have left it out [J]. ``next_due_utc``: the next dose of the same
    medicine that is still to come after ``at_utc`` (None: no next dose)."""
    if next_due_utc is None:
        return []
    at, nxt = _utc("at_utc", at_utc), _utc("next_due_utc", next_due_utc)
    if not timedelta(0) < nxt - at < NEXT_DOSE_TOO_CLOSE:
        return []
    zone = _zone(tz) if tz is not None else UTC
    msg = joined(" ", [
        _("The next dose of {name} is due at {when}, less than 2 hours after {at}.", name=_medicine(medicine_name),
          when=_when(nxt.astimezone(zone), at.astimezone(zone)), at=_when(at.astimezone(zone))),
        _("The NHS advice is to leave a missed dose out when the next is less than 2 hours away."),
        never_two(),
        _("If you are not sure about the next dose, {talk}.", talk=talk())])
    return [DoseWarning(WARN_NEXT_DOSE_CLOSE, msg)]


def check_new_dose(medicine_name: str, at_utc: datetime, dose_mg: float, taken: Iterable[tuple[datetime, float]],
                   tz: TzLike, *, prn: PrnSchedule | None = None, intrathecal: bool = False,
                   window: timedelta = DEFAULT_DOUBLE_DOSE_WINDOW, baclofen: bool | None = None,
                   next_due_utc: datetime | None = None) -> list[DoseWarning]:
    """All checks before logging a dose as taken: the double-dose window (or, for an as-needed dose, its
    prescription's limits), baclofen's daily label maximum and, for a baclofen dose logged late, how close the next
    dose is (``next_due_utc``). ``taken`` are this medicine's other taken doses as (time, mg); ``tz`` is the time
    zone whose calendar days count."""
    doses = _pairs(taken)
    out: list[DoseWarning] = []
    if prn is not None:
        out += check_prn_dose(prn, at_utc, doses, dose_mg=dose_mg, medicine_name=medicine_name)
    else:
        out += check_double_dose(at_utc, doses, window=window, medicine_name=medicine_name, tz=tz)
    if _baclofen(medicine_name, baclofen) and not intrathecal and not any(w.code == WARN_DOUBLE_DOSE for w in out):
        out += check_next_dose_close(at_utc, next_due_utc, medicine_name=medicine_name, tz=tz)
    out += check_daily_maximum(medicine_name, doses, tz, new_dose=(at_utc, dose_mg), intrathecal=intrathecal,
                               baclofen=baclofen)
    return out

