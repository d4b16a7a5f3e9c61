"""Dose schedules and the dose occurrences they produce. Pure rules: no Qt, no SQL, no clock.

Four kinds, each a frozen dataclass that checks itself when built (it raises ``ValidationFailed`` with a
list of ``ValidationError(field, message)``; ``validate_schedule`` returns that list instead):

* ``FixedSchedule``    - fixed local times of day, each with its own dose (10-5-10 is fine).
* ``WeekdaySchedule``  - like fixed, only on chosen weekdays (Mon=0 .. Sun=6).
* ``IntervalSchedule`` - every N minutes of *real* elapsed time from a first local date and time.
* ``PrnSchedule``      - as needed: no occurrences, only the checks in ``dosing.py``.

Daylight-saving rules for wall-clock times (fixed and weekday kinds), decided here once:

* a time keeps its wall-clock value across DST (08:00 stays 08:00 local);
* a time that does not exist on the spring-forward night fires once, at the first valid minute after the gap
  (02:30 on the US spring-forward day fires at 03:00 local);
* a time that occurs twice on the fall-back night fires once, at its first occurrence (fold=0);
* never two doses at the same instant: if a shifted time lands on the same instant as another dose of the same
  schedule (say 02:30 and 03:00 on the spring-forward day), only one is kept - the unshifted one, else the
  earliest - with its own dose. Doses are never added together.

Interval schedules count real time in UTC, so across DST the local clock times move by the DST step.

Slots: every occurrence has a ``slot`` string, unique within its schedule and stable while the schedule is
unchanged, used as the dose log's dedupe key. Wall-clock kinds use the *nominal* local date and time
("2026-03-08T02:30", even when it fired at 03:00). Interval slots use the local time with its UTC offset
("2026-11-01T01:00-04:00"), because on the fall-back night the same wall time happens twice.
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caregiver_app.domain.text import Format, Messages, Translate, Value, value
from caregiver_app.domain.validation import EARLIEST_DATE, FieldError, ValidationFailed

_ = Messages("domain.schedules")

UTC = UTC

# One error shown next to one field of the schedule form (same class as the rest of the domain uses).
ValidationError = FieldError

KIND_FIXED = "fixed"
KIND_INTERVAL = "interval"
KIND_WEEKDAYS = "weekdays"
KIND_PRN = "prn"
KINDS = (KIND_FIXED, KIND_INTERVAL, KIND_WEEKDAYS, KIND_PRN)

MAX_DOSE_MG = 1000.0                 # more than this in one dose is taken as a typing mistake
MAX_TIMES_PER_DAY = 24
MIN_INTERVAL_MINUTES = 60            # interval schedules: at least 1 hour ...
MAX_INTERVAL_MINUTES = 7 * 24 * 60   # ... and at most 7 days
MAX_PRN_DOSES_PER_DAY = 48
MAX_PRN_MG_PER_DAY = 100_000.0
LATEST_DATE = date(2100, 12, 31)     # later dates are taken as a typing mistake
FUTURE_YEARS = 20                    # with ``today``: dates more than this far ahead are refused too

#: Marked for translation in this module's context: said with ``Text("domain.schedules", name)``.
WEEKDAY_NAMES = (_.mark("Monday"), _.mark("Tuesday"), _.mark("Wednesday"), _.mark("Thursday"), _.mark("Friday"),
                 _.mark("Saturday"), _.mark("Sunday"))

# dose_for(local_date, slot_time) -> mg to use instead of the schedule's dose; None keeps the schedule's
# dose; 0 means "no dose in this slot on that day" (the occurrence is left out).
DoseFor = Callable[[date, time], float | None]

_TIME_RE = re.compile(r"([0-9]{1,2}):([0-9]{2})")


# --------------------------------------------------------------------------------------------- times

class _Grouped(Value):
    """A number with its thousands grouped in English ("1,000"). At the edge, the plain number with the locale's
    decimal mark ("1000", "2,5"): a grouping comma would read as a decimal comma in many languages."""

    def render(self, translate: Translate, fmt: Format) -> str:
        return fmt(Value(f"{self.value:g}", "decimal", self.value))


def _grouped(v: float) -> Value:
    return _Grouped(f"{v:,g}", "decimal", v)


def _plain(v: float) -> Value:
    return value(v, "decimal", f"{v:g}")


def _at(t: time) -> Value:
    return value(t, "time", format_time(t))


def parse_time(text: str) -> time:
    """'8:00' or '08:00' (H:MM / HH:MM, 00:00-23:59) -> time. Raises ValueError with a user-facing message."""
    if not isinstance(text, str):
        raise ValueError(_("Please enter a time like 08:00."))
    s = text.strip()
    m = _TIME_RE.fullmatch(s)
    if not m:
        shown = s if len(s) <= 20 else s[:20] + "..."
        if not s:
            raise ValueError(_("Please enter a time like 08:00."))
        raise ValueError(_("\u201c{text}\u201d is not a time. Use hours and minutes like 08:00 or 20:30 "
                           "(24-hour clock).", text=shown))
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 23 or mi > 59:
        raise ValueError(_("\u201c{text}\u201d is not a time of day. Times go from 00:00 to 23:59 "
                           "(24-hour clock).", text=s))
    return time(h, mi)


def format_time(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


@dataclass(frozen=True, order=True)
class TimeDose:
    """One time of day and the dose in mg given then."""
    time: time
    dose_mg: float


@dataclass(frozen=True)
class Occurrence:
    """One scheduled dose. ``slot`` is the dose log's dedupe key (unique per schedule)."""
    due_utc: datetime      # aware, UTC
    local: datetime        # aware, in the schedule's time zone
    dose_mg: float
    slot: str
    schedule_id: int | None


# ------------------------------------------------------------------------------------ field checks

def _check_tz(tz: object) -> list[FieldError]:
    if tz is None or (isinstance(tz, str) and not tz.strip()):
        return [FieldError("tz", _("Please choose a time zone."))]
    if not isinstance(tz, str):
        return [FieldError("tz", _("The time zone must be a name like Europe/London."))]
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        shown = tz if len(tz) <= 40 else tz[:40] + "..."
        return [FieldError("tz", _("\u201c{zone}\u201d is not a time zone this computer knows. "
                                   "Choose one from the list, like Europe/London.", zone=shown))]
    return []


def _coerce_date(field: str, raw: object, label: str) -> tuple[date | None, list[FieldError]]:
    if isinstance(raw, str):
        try:
            raw = date.fromisoformat(raw.strip())
        except ValueError:
            return None, [FieldError(field, _("{label} must be a date like 2026-05-31.", label=label))]
    if isinstance(raw, datetime) or not isinstance(raw, date):
        return None, [FieldError(field, _("{label} must be a date like 2026-05-31.", label=label))]
    return raw, []


def _check_dates(start_date: object, end_date: object, today: date | None
                 ) -> tuple[date | None, date | None, list[FieldError]]:
    errors: list[FieldError] = []
    start = end = None
    if start_date is None:
        errors.append(FieldError("start_date", _("Please enter the start date.")))
    else:
        start, errs = _coerce_date("start_date", start_date, _("Start date"))
        errors += errs
    if end_date is not None:
        end, errs = _coerce_date("end_date", end_date, _("End date"))
        errors += errs
    latest = LATEST_DATE
    if today is not None:
        try:
            latest = min(latest, today.replace(year=today.year + FUTURE_YEARS))
        except ValueError:  # 29 February
            latest = min(latest, date(today.year + FUTURE_YEARS, 2, 28))
    for field, label, d in (("start_date", _("Start date"), start), ("end_date", _("End date"), end)):
        if d is None:
            continue
        if d < EARLIEST_DATE:
            errors.append(FieldError(field, _("{label} {day} is before 1900; please check the year.", label=label,
                                              day=d.isoformat())))
        elif d > latest:
            errors.append(FieldError(field, _("{label} {day} is too far in the future; please check the year.",
                                              label=label, day=d.isoformat())))
    if start is not None and end is not None and end < start:
        errors.append(FieldError("end_date", _("The end date ({end}) is before the start date ({start}).",
                                               end=end.isoformat(), start=start.isoformat())))
    return start, end, errors


def _number(value: object) -> float | None:
    """A real-looking number from an int, float or numeric text; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def _check_mg(field: str, value: object, label: str, asked: str, *, maximum: float = MAX_DOSE_MG,
              per_day: bool = False) -> tuple[float | None, list[FieldError]]:
    """``label``: "The dose" (how the messages name it); ``asked``: the message when nothing is typed."""
    v = _number(value)
    if v is None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None, [FieldError(field, asked)]
        return None, [FieldError(field, _("{label} must be a number of mg, like 10 or 2.5.", label=label))]
    if math.isnan(v) or math.isinf(v):
        return None, [FieldError(field, _("{label} must be a real number of mg, like 10 or 2.5.", label=label))]
    if v < 0:
        return None, [FieldError(field, _("{label} cannot be negative.", label=label))]
    if v == 0:
        return None, [FieldError(field, _("{label} must be more than 0 mg.", label=label))]
    if v > maximum:
        if per_day:
            return None, [FieldError(field, _("{label} is {mg} mg, more than {most} mg for a day. Please check the "
                                              "number (doses are in mg).", label=label, mg=_grouped(v),
                                              most=_grouped(maximum)))]
        return None, [FieldError(field, _("{label} is {mg} mg, more than {most} mg for one dose. Please check the "
                                          "number (doses are in mg).", label=label, mg=_grouped(v),
                                          most=_grouped(maximum)))]
    return v, []


def _check_whole(field: str, value: object, label: str, asked: str, minimum: int, maximum: int,
                 low_msg: str, high_msg: str) -> tuple[int | None, list[FieldError]]:
    v = _number(value)
    if v is None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None, [FieldError(field, asked)]
        return None, [FieldError(field, _("{label} must be a whole number.", label=label))]
    if math.isnan(v) or math.isinf(v):
        return None, [FieldError(field, _("{label} must be a whole number.", label=label))]
    if v != int(v):
        return None, [FieldError(field, _("{label} must be a whole number.", label=label))]
    iv = int(v)
    if iv < minimum:
        return None, [FieldError(field, low_msg)]
    if iv > maximum:
        return None, [FieldError(field, high_msg)]
    return iv, []


def _check_time(field: str, value: object) -> tuple[time | None, list[FieldError]]:
    if isinstance(value, time):
        if value.tzinfo is not None or value.second or value.microsecond:
            return None, [FieldError(field, _("Times are hours and minutes only, like 08:00."))]
        return value, []
    if not isinstance(value, str):
        return None, [FieldError(field, _("Please enter a time like 08:00."))]  # (what parse_time says to a non-text)
    try:
        return parse_time(value), []
    except ValueError as e:  # raised with the message (a Text) as its one argument
        said = e.args[0] if len(e.args) == 1 and isinstance(e.args[0], str) else str(e)
        return None, [FieldError(field, said)]


def _check_times(value: object) -> tuple[tuple[TimeDose, ...] | None, list[FieldError]]:
    """Accepts TimeDose items, [time, mg] pairs or {"time": .., "dose_mg": ..} dicts."""
    if value is None or isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return None, [FieldError("times", _("Add at least one time of day."))]
    items = list(value)
    if not items:
        return None, [FieldError("times", _("Add at least one time of day."))]
    if len(items) > MAX_TIMES_PER_DAY:
        return None, [FieldError("times", _.n("There is %n time of day; the most is {most}.",
                                              "There are %n times of day; the most is {most}.", len(items),
                                              most=MAX_TIMES_PER_DAY))]
    errors: list[FieldError] = []
    out: list[TimeDose] = []
    seen: dict[time, int] = {}
    for i, item in enumerate(items):
        raw_t: object
        raw_mg: object
        if isinstance(item, TimeDose):
            raw_t, raw_mg = item.time, item.dose_mg
        elif isinstance(item, Mapping):
            raw_t, raw_mg = item.get("time"), item.get("dose_mg")
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            raw_t, raw_mg = item
        else:
            errors.append(FieldError(f"times[{i}]", _("Each entry needs a time and a dose in mg.")))
            continue
        t, errs = _check_time(f"times[{i}].time", raw_t)
        errors += errs
        if t is not None:
            label = _("The dose at {time}", time=_at(t))
            asked = _("Please enter the dose at {time} in mg.", time=_at(t))
        else:
            label, asked = _("The dose"), _("Please enter the dose in mg.")
        mg, errs = _check_mg(f"times[{i}].dose_mg", raw_mg, label, asked)
        errors += errs
        if t is not None:
            if t in seen:
                errors.append(FieldError(f"times[{i}].time", _("The time {time} is listed twice; each time of day can "
                                                               "be used only once (put the whole dose on one line).",
                                                               time=_at(t))))
            else:
                seen[t] = i
        if t is not None and mg is not None:
            out.append(TimeDose(t, mg))
    if errors:
        return None, errors
    return tuple(sorted(out)), []


def _check_weekdays(value: object) -> tuple[tuple[int, ...] | None, list[FieldError]]:
    if value is None or isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return None, [FieldError("weekdays", _("Choose at least one day of the week."))]
    days: set[int] = set()
    for d in value:
        if isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6:
            return None, [FieldError("weekdays", _("Days of the week are numbered 0 (Monday) to 6 (Sunday)."))]
        days.add(d)
    if not days:
        return None, [FieldError("weekdays", _("Choose at least one day of the week."))]
    return tuple(sorted(days)), []


# ------------------------------------------------------------------------------- the schedule kinds

def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationFailed(errors)


def _set(obj: object, **values: Any) -> None:
    for k, v in values.items():
        object.__setattr__(obj, k, v)


def _common(self: Any) -> list[FieldError]:
    errors = _check_tz(self.tz)
    start, end, errs = _check_dates(self.start_date, self.end_date, None)
    if not errs:
        _set(self, start_date=start, end_date=end)
    return errors + errs


class _ScheduleMixin:
    kind: ClassVar[str]
    tz: str
    start_date: date
    end_date: date | None
    schedule_id: int | None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def active_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True)
class FixedSchedule(_ScheduleMixin):
    times: tuple[TimeDose, ...]
    tz: str
    start_date: date
    end_date: date | None = None
    schedule_id: int | None = None
    kind: ClassVar[str] = KIND_FIXED

    def __post_init__(self) -> None:
        times, errors = _check_times(self.times)
        errors += _common(self)
        _raise_if(errors)
        _set(self, times=times)

    def to_spec(self) -> dict[str, Any]:
        return {"times": [[format_time(td.time), td.dose_mg] for td in self.times]}


@dataclass(frozen=True)
class WeekdaySchedule(_ScheduleMixin):
    weekdays: tuple[int, ...]          # Mon=0 .. Sun=6
    times: tuple[TimeDose, ...]
    tz: str
    start_date: date
    end_date: date | None = None
    schedule_id: int | None = None
    kind: ClassVar[str] = KIND_WEEKDAYS

    def __post_init__(self) -> None:
        days, errors = _check_weekdays(self.weekdays)
        times, errs = _check_times(self.times)
        errors += errs + _common(self)
        _raise_if(errors)
        _set(self, weekdays=days, times=times)

    def to_spec(self) -> dict[str, Any]:
        return {"weekdays": list(self.weekdays),
                "times": [[format_time(td.time), td.dose_mg] for td in self.times]}


def _check_every(value: object) -> tuple[int | None, list[FieldError]]:
    return _check_whole("every_minutes", value, _("The interval"), _("Please enter the interval."),
                        MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES, _("Doses must be at least 1 hour apart."),
                        _("Doses can be at most 7 days (168 hours) apart."))


@dataclass(frozen=True)
class IntervalSchedule(_ScheduleMixin):
    """Every ``every_minutes`` of real time, the first dose at ``first_time`` on ``start_date`` (local)."""
    every_minutes: int
    first_time: time
    dose_mg: float
    tz: str
    start_date: date
    end_date: date | None = None
    schedule_id: int | None = None
    kind: ClassVar[str] = KIND_INTERVAL

    def __post_init__(self) -> None:
        every, errors = _check_every(self.every_minutes)
        first, errs = _check_time("first_time", self.first_time)
        errors += errs
        mg, errs = _check_mg("dose_mg", self.dose_mg, _("The dose"), _("Please enter the dose in mg."))
        errors += errs + _common(self)
        _raise_if(errors)
        _set(self, every_minutes=every, first_time=first, dose_mg=mg)

    def to_spec(self) -> dict[str, Any]:
        return {"every_minutes": self.every_minutes, "first_time": format_time(self.first_time),
                "dose_mg": self.dose_mg}

    @property
    def anchor_utc(self) -> datetime:
        """The instant of the first dose (DST rules as for wall-clock times)."""
        return resolve_local(self.start_date, self.first_time, self.zone)[0]


@dataclass(frozen=True)
class PrnSchedule(_ScheduleMixin):
    """As needed: no occurrences; ``dosing.check_prn_dose`` applies the limits."""
    dose_mg: float
    min_interval_minutes: int
    max_doses_per_day: int
    tz: str
    start_date: date
    end_date: date | None = None
    max_mg_per_day: float | None = None
    schedule_id: int | None = None
    kind: ClassVar[str] = KIND_PRN

    def __post_init__(self) -> None:
        mg, errors = _check_mg("dose_mg", self.dose_mg, _("The dose"), _("Please enter the dose in mg."))
        interval, errs = _check_whole(
            "min_interval_minutes", self.min_interval_minutes, _("The time between doses"),
            _("Please enter the time between doses."), 1, MAX_INTERVAL_MINUTES,
            _("The time between doses must be more than 0 minutes."),
            _("The time between doses can be at most 7 days (168 hours)."))
        errors += errs
        most, errs = _check_whole(
            "max_doses_per_day", self.max_doses_per_day, _("The most doses a day"),
            _("Please enter the most doses a day."), 1, MAX_PRN_DOSES_PER_DAY,
            _("The most doses a day must be at least 1."),
            _("The most doses a day can be at most {most}; please check the number.", most=MAX_PRN_DOSES_PER_DAY))
        errors += errs
        cap = None
        if self.max_mg_per_day is not None and not (isinstance(self.max_mg_per_day, str)
                                                    and not self.max_mg_per_day.strip()):
            cap, errs = _check_mg("max_mg_per_day", self.max_mg_per_day, _("The most mg a day"),
                                  _("Please enter the most mg a day in mg."), maximum=MAX_PRN_MG_PER_DAY,
                                  per_day=True)
            errors += errs
            if cap is not None and mg is not None and cap < mg:
                errors.append(FieldError("max_mg_per_day", _("The most mg a day ({cap} mg) is less than one dose "
                                                             "({mg} mg).", cap=_plain(cap), mg=_plain(mg))))
        errors += _common(self)
        _raise_if(errors)
        _set(self, dose_mg=mg, min_interval_minutes=interval, max_doses_per_day=most, max_mg_per_day=cap)

    def to_spec(self) -> dict[str, Any]:
        return {"dose_mg": self.dose_mg, "min_interval_minutes": self.min_interval_minutes,
                "max_doses_per_day": self.max_doses_per_day, "max_mg_per_day": self.max_mg_per_day}

    @property
    def daily_mg_limit(self) -> float:
        """The most mg a day these limits allow."""
        by_count = self.dose_mg * self.max_doses_per_day
        return by_count if self.max_mg_per_day is None else min(by_count, self.max_mg_per_day)


Schedule = FixedSchedule | WeekdaySchedule | IntervalSchedule | PrnSchedule
_CLASSES: dict[str, type[Schedule]] = {KIND_FIXED: FixedSchedule, KIND_WEEKDAYS: WeekdaySchedule,
                                       KIND_INTERVAL: IntervalSchedule, KIND_PRN: PrnSchedule}


def _raw(spec: Mapping[str, Any], key: str) -> Any:
    """A spec value as stored or typed (None when missing): the schedule classes check and convert it."""
    return spec.get(key)


def schedule_from_spec(kind: str, spec: Mapping[str, Any], *, schedule_id: int | None = None, tz: str,
                       start_date: date | str | None, end_date: date | str | None = None) -> Schedule:
    """Builds a schedule from its stored columns. Raises ``ValidationFailed`` (with ``.errors``) when invalid
    (a missing start date too).

    Values may be typed (time, float) or as typed by a person ("08:00", "10").
    """
    if kind not in _CLASSES:
        raise ValidationFailed([FieldError("kind", _("Please choose how often: fixed times, every few hours, "
                                                     "chosen days of the week, or as needed."))])
    if not isinstance(spec, Mapping):
        raise ValidationFailed([FieldError("spec", _("The schedule details are missing or damaged."))])
    # The dates as given (text, a date or None): the classes check and convert them, as they do the spec's values.
    common: dict[str, Any] = {"tz": tz, "start_date": start_date, "end_date": end_date, "schedule_id": schedule_id}
    if kind == KIND_FIXED:
        return FixedSchedule(times=_raw(spec, "times"), **common)
    if kind == KIND_WEEKDAYS:
        return WeekdaySchedule(weekdays=_raw(spec, "weekdays"), times=_raw(spec, "times"), **common)
    if kind == KIND_INTERVAL:
        return IntervalSchedule(every_minutes=_raw(spec, "every_minutes"), first_time=_raw(spec, "first_time"),
                                dose_mg=_raw(spec, "dose_mg"), **common)
    return PrnSchedule(dose_mg=_raw(spec, "dose_mg"), min_interval_minutes=_raw(spec, "min_interval_minutes"),
                       max_doses_per_day=_raw(spec, "max_doses_per_day"),
                       max_mg_per_day=_raw(spec, "max_mg_per_day"), **common)


def validate_schedule(kind: str, spec: Mapping[str, Any], *, tz: str, start_date: date | str | None,
                      end_date: date | str | None = None, today: date | None = None) -> list[ValidationError]:
    """Every problem with a schedule as typed, as (field, message) pairs; [] when it can be saved.

    With ``today``, dates more than 20 years ahead are refused as well (as for medicines).
    """
    errors: list[FieldError] = []
    try:
        schedule_from_spec(kind, spec, tz=tz, start_date=start_date, end_date=end_date)
    except ValidationFailed as e:
        errors = list(e.errors)
    if today is not None and not any(e.field in ("start_date", "end_date") for e in errors):
        errors += _check_dates(start_date, end_date, today)[2]
    return errors


# ----------------------------------------------------------------------------------------- DST core

# Pure, and asked again and again for the same few (day, time, zone): every review looks at the same fortnight, and
# a household's (or a care home's) schedules share their times and zone. Cached, the review costs what is due.
@functools.lru_cache(maxsize=16384)
def resolve_local(day: date, t: time, zone: tzinfo) -> tuple[datetime, bool]:
    """The UTC instant of the wall-clock time ``t`` on ``day``, and whether it had to be moved.

    Ambiguous (fall-back) -> the first occurrence (fold=0). Nonexistent (spring-forward gap) -> the first
    valid minute after the gap (moved=True).
    """
    naive = datetime.combine(day, t)
    u0 = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if u0.astimezone(zone).replace(tzinfo=None) == naive:
        return u0, False
    u1 = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    lo, hi = min(u0, u1), max(u0, u1)
    # The transition is in (lo, hi]: the first instant whose offset is the one after the gap.
    after = hi.astimezone(zone).utcoffset()
    lo_s, hi_s = 0, int((hi - lo).total_seconds())
    while hi_s - lo_s > 1:
        mid = (lo_s + hi_s) // 2
        if (lo + timedelta(seconds=mid)).astimezone(zone).utcoffset() == after:
            hi_s = mid
        else:
            lo_s = mid
    transition = lo + timedelta(seconds=hi_s)
    if transition.second or transition.microsecond:  # round up to a whole minute
        transition = transition.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return transition, True


def _aware_utc(name: str, value: datetime) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")
    return value.astimezone(UTC)


def _override(dose_for: DoseFor | None, day: date, t: time, default: float) -> float | None:
    if dose_for is None:
        return default
    mg = dose_for(day, t)
    if mg is None:
        return default
    if isinstance(mg, bool) or not isinstance(mg, (int, float)) or math.isnan(mg) or math.isinf(mg) or mg < 0:
        raise ValueError(f"dose_for returned {mg!r} for {day.isoformat()} {format_time(t)}")
    return None if mg == 0 else float(mg)


def _wall_clock(schedule: FixedSchedule | WeekdaySchedule, start: datetime, end: datetime,
                dose_for: DoseFor | None) -> list[Occurrence]:
    zone = schedule.zone
    first = max(start.astimezone(zone).date() - timedelta(days=1), schedule.start_date)
    last = end.astimezone(zone).date() + timedelta(days=1)
    if schedule.end_date is not None:
        last = min(last, schedule.end_date)
    days = set(schedule.weekdays) if isinstance(schedule, WeekdaySchedule) else None
    # (due, moved, nominal) -> keep one per instant: unshifted first, then the earliest nominal time.
    chosen: dict[datetime, tuple[bool, datetime, Occurrence]] = {}
    day = first
    while day <= last:
        if days is None or day.weekday() in days:
            for td in schedule.times:
                due, moved = resolve_local(day, td.time, zone)
                if not start <= due < end:
                    continue
                mg = _override(dose_for, day, td.time, td.dose_mg)
                if mg is None:
                    continue
                nominal = datetime.combine(day, td.time)
                occ = Occurrence(due, due.astimezone(zone), mg, f"{day.isoformat()}T{format_time(td.time)}",
                                 schedule.schedule_id)
                key = (moved, nominal)
                if due not in chosen or key < chosen[due][:2]:
                    chosen[due] = (moved, nominal, occ)
        day += timedelta(days=1)
    return [chosen[d][2] for d in sorted(chosen)]


def _interval(schedule: IntervalSchedule, start: datetime, end: datetime,
              dose_for: DoseFor | None) -> list[Occurrence]:
    zone = schedule.zone
    anchor = schedule.anchor_utc
    step = timedelta(minutes=schedule.every_minutes)
    k = 0 if start <= anchor else -((anchor - start) // step)  # ceil((start - anchor) / step)
    out: list[Occurrence] = []
    while True:
        due = anchor + k * step
        if due >= end:
            break
        local = due.astimezone(zone)
        if schedule.end_date is not None and local.date() > schedule.end_date:
            break
        k += 1
        if due < start:
            continue
        mg = _override(dose_for, local.date(), local.time().replace(tzinfo=None), schedule.dose_mg)
        if mg is None:
            continue
        out.append(Occurrence(due, local, mg, local.isoformat(timespec="minutes"), schedule.schedule_id))
    return out


def occurrences(schedule: Schedule, start_utc: datetime, end_utc: datetime, *,
                dose_for: DoseFor | None = None) -> list[Occurrence]:
    """The schedule's doses due in [start_utc, end_utc), sorted by due time, unique by slot and by instant.

    ``dose_for(local_date, slot_time)`` may replace the dose (a titration or taper plan): a number of mg
    replaces it, None keeps the schedule's dose, 0 leaves that dose out. PRN schedules have no occurrences.
    """
    start = _aware_utc("start_utc", start_utc)
    end = _aware_utc("end_utc", end_utc)
    if end <= start or isinstance(schedule, PrnSchedule):
        return []
    if isinstance(schedule, IntervalSchedule):
        return _interval(schedule, start, end, dose_for)
    if isinstance(schedule, (FixedSchedule, WeekdaySchedule)):
        return _wall_clock(schedule, start, end, dose_for)
    raise TypeError(f"not a schedule: {schedule!r}")


def local_day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day in UTC (a day can be 23 or 25 hours long)."""
    return resolve_local(day, time(0, 0), zone)[0], resolve_local(day + timedelta(days=1), time(0, 0), zone)[0]


def occurrences_for_local_day(schedule: Schedule, day: date, *,
                              dose_for: DoseFor | None = None) -> list[Occurrence]:
    """The doses on one calendar day in the schedule's time zone (the Today page's timeline)."""
    start, end = local_day_bounds(day, schedule.zone)
    return occurrences(schedule, start, end, dose_for=dose_for)


NEXT_SEARCH_DAYS = 400


def next_occurrence(schedule: Schedule, after_utc: datetime, *, dose_for: DoseFor | None = None,
                    search_days: int = NEXT_SEARCH_DAYS) -> Occurrence | None:
    """The first dose due strictly after ``after_utc``; None when the schedule has ended, is PRN, or (with a
    ``dose_for`` that leaves doses out) nothing comes within ``search_days`` of the later of ``after_utc``
    and the start date."""
    after = _aware_utc("after_utc", after_utc)
    if isinstance(schedule, PrnSchedule):
        return None
    begin = max(after, local_day_bounds(schedule.start_date, schedule.zone)[0] - timedelta(days=1))
    stop = begin + timedelta(days=search_days)
    if schedule.end_date is not None:
        stop = min(stop, local_day_bounds(schedule.end_date, schedule.zone)[1] + timedelta(days=1))
    chunk = timedelta(days=8)
    lo = begin
    while lo < stop:
        hi = min(lo + chunk, stop)
        for occ in occurrences(schedule, lo, hi, dose_for=dose_for):
            if occ.due_utc > after:
                return occ
        lo = hi
    return None


def daily_times(schedules: Iterable[Schedule]) -> set[time]:
    """The times of day of fixed and weekday schedules: the times a plan can set doses at (every-few-hours and
    as-needed schedules have none)."""
    return {td.time for s in schedules if isinstance(s, (FixedSchedule, WeekdaySchedule)) for td in s.times}
