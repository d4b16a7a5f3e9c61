"""Watch periods: the days when the amount of baclofen in the body changes, and the daily check-ins they ask for.

The riskiest days with baclofen are the days the amount in the body changes (facts sheet §2–§4): a step down, a
missed or run-out supply, a pump refill or pump date gone wrong (withdrawal: hallucinations, seizures, high fever,
rigid muscles, rebound spasticity), and a step up (drowsiness, dizziness, weakness, confusion; no driving until the
effects are known). A watch period is derived from what the app already knows — it is never typed by hand and never
stored — and opens a short daily check-in from its first day. How long a period lasts is the app's choice (7 days
after a change of dose, 3 after missed doses, a refill or a pump date), not medical advice. Pure functions.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from caregiver_app.domain.text import Messages, Text, Value, joined, value

if TYPE_CHECKING:
    from caregiver_app.domain.validation import FieldError

_ = Messages("domain.watch")

#: What opens a period. A reduction, missed doses, running out and the pump events ask about withdrawal; a rise asks
#: about the common side effects and says the driving line.
REDUCTION, RISE, MISSED = "reduction", "rise", "missed"
STOCK_OUT, PUMP_DATE, REFILL = "stock_out", "pump_date", "refill"
KINDS = (REDUCTION, RISE, MISSED, STOCK_OUT, PUMP_DATE, REFILL)
WITHDRAWAL_KINDS = frozenset({REDUCTION, MISSED, STOCK_OUT, PUMP_DATE, REFILL})

#: Why a check-in asks, in words (the intro of the check-in): (first in the sentence, after another). Texts.
REASONS: dict[str, tuple[str, str]] = {
    REDUCTION: (Text(_.context, _.mark("The dose of baclofen has been lowered")),
                Text(_.context, _.mark("the dose of baclofen has been lowered"))),
    RISE: (Text(_.context, _.mark("The dose of baclofen has gone up")),
           Text(_.context, _.mark("the dose of baclofen has gone up"))),
    MISSED: (Text(_.context, _.mark("Doses of baclofen were missed or not answered")),
             Text(_.context, _.mark("doses of baclofen were missed or not answered"))),
    STOCK_OUT: (Text(_.context, _.mark("The baclofen has run out")),
                Text(_.context, _.mark("the baclofen has run out"))),
    PUMP_DATE: (Text(_.context, _.mark("A pump refill or low-reservoir date has passed")),
                Text(_.context, _.mark("a pump refill or low-reservoir date has passed"))),
    REFILL: (Text(_.context, _.mark("The pump was refilled (the days after a refill are watched as a precaution)")),
             Text(_.context, _.mark("the pump was refilled (the days after a refill are watched as a precaution)"))),
}

DEFAULT_CHANGE_DAYS = 7    # after a change of dose (the app's choice; one setting per person)
OTHER_DAYS = 3             # after missed doses, running out, a refill or a pump date
MAX_DAYS = 28              # the most a person's setting may ask for
DEFAULT_TIME = time(20, 0)  # when there is no dose that day to go with

#: The signs asked about (keys of domain.diary.RED_FLAGS / SIDE_EFFECTS).
WITHDRAWAL_SIGNS = ("hallucinations", "seizure", "fever", "rigidity", "spasticity_back", "confusion")
PUMP_WITHDRAWAL_SIGNS = ("spasticity_back", "itching", "tingling", "faintness", "pump_alarm")
#: After a rise: the label's most common side effects [facts §3, R], and the signs of too much [§3 T, §4].
RISE_SIDE_EFFECTS = ("drowsiness", "dizziness", "weakness", "nausea", "confusion")
RISE_DANGER_SIGNS = ("seizure", "confusion", "hard_to_wake", "breathing")


@dataclass(frozen=True)
class Trigger:
    """Something that happened on ``day`` that opens a period: ``what`` says it in words."""
    kind: str
    day: date
    what: str
    mg_before: float | None = None
    mg_after: float | None = None


@dataclass(frozen=True)
class WatchPeriod:
    """Days ``start`` (inclusive) to ``end`` (exclusive) of daily check-ins. Overlapping periods are merged: the
    merged one keeps the earliest start (its ``key``, which check-in answers are linked to, never changes when a
    later trigger joins it) and every trigger."""
    start: date
    end: date
    triggers: tuple[Trigger, ...] = field(default_factory=tuple)

    @property
    def key(self) -> str:
        first = self.triggers[0].kind if self.triggers else "watch"
        return f"{first}:{self.start.isoformat()}"

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(t.kind for t in self.triggers)

    @property
    def asks_withdrawal(self) -> bool:
        return bool(self.kinds & WITHDRAWAL_KINDS)

    @property
    def asks_side_effects(self) -> bool:
        return RISE in self.kinds

    def covers(self, day: date) -> bool:
        return self.start <= day < self.end

    def day_number(self, day: date) -> int:
        """1 on the first day."""
        return (day - self.start).days + 1

    @property
    def length(self) -> int:
        return (self.end - self.start).days

    def describe(self) -> str:
        """The first trigger in words, then the second, and how many more joined them (a Text)."""
        if not self.triggers:
            return _("Dose watch")
        text: str = self.triggers[0].what
        if len(self.triggers) > 1:
            from caregiver_app.domain.validation import lowered

            # (a trigger's words may come from the services or the store: only their first letter is lowered)
            text = _("{first}; also {second}", first=text, second=lowered(self.triggers[1].what, whole=False))
        more = len(self.triggers) - 2
        if more > 0:
            text = _.n("{changes}, and %n other change", "{changes}, and %n other changes", more, changes=text)
        return text

    def intro(self, first_day: bool) -> str:
        """What happened, in words, then the question (its recall: the last 24 hours, as the diary asks). A Text."""
        reasons = [REASONS[kind] for kind in KINDS if kind in self.kinds]
        said = _("The dose has changed")
        if reasons:
            said = joined("; ", [reasons[0][0], *(later for _first, later in reasons[1:])])
        if first_day:
            return _("{reasons}. Tick anything you have noticed in the last 24 hours:", reasons=said)
        return _("{reasons}. Tick anything you have noticed since the last check-in (the last 24 hours):",
                 reasons=said)


def dose_change_triggers(daily: Sequence[tuple[date, float]], what: str = "") -> list[Trigger]:
    """A rise or a reduction on each day the planned daily baclofen (mg) differs from the day before it
    (``daily``: (first day, mg a day) in date order, e.g. a plan's steps after the dose taken before it)."""
    out = []
    for (_d0, before), (day, after) in zip(daily, daily[1:], strict=False):
        if abs(after - before) < 1e-6:
            continue
        kind = RISE if after > before else REDUCTION
        values = {"mg": _mg(after), "day": _day(day), "what": what}
        if kind == RISE:
            words = (_("Dose raised to {mg} a day on {day} ({what})", **values) if what
                     else _("Dose raised to {mg} a day on {day}", **values))
        else:
            words = (_("Dose lowered to {mg} a day on {day} ({what})", **values) if what
                     else _("Dose lowered to {mg} a day on {day}", **values))
        out.append(Trigger(kind, day, words, before, after))
    return out


#: What an edit in place would lose, kept as a recorded event (storage/watch.py): the kinds, the longest text, the
#: largest daily total (mg) the app can record, and how far ahead an event's day can be (a new daily total counts
#: from the first day it differs, within the four weeks the app looks ahead).
EVENT_KINDS = (RISE, REDUCTION, STOCK_OUT, REFILL)
EVENT_WHAT_MAX = 500
EVENT_MG_MAX = 100_000.0
EVENT_DAYS_AHEAD = 28 + 1


def validate_event(kind: object, day: object, what: object, mg_before: object, mg_after: object,
                   recorded: date | None = None) -> list[FieldError]:
    """The rules of a recorded event (what the services write): its kind, a real day from 1900 to a few weeks
    after it was recorded (``recorded``), a line of text, daily totals from 0 mg."""
    from caregiver_app.domain.validation import EARLIEST_DATE, FieldError, check_number, check_text

    errors: list[FieldError] = []
    if kind not in EVENT_KINDS:
        errors.append(FieldError("kind", _("The kind of event must be one of {kinds}.", kinds=", ".join(EVENT_KINDS))))
    if not isinstance(day, date) or isinstance(day, datetime):
        errors.append(FieldError("day", _("The day of the event must be a date.")))
    elif day < EARLIEST_DATE or (recorded is not None and day > recorded + timedelta(days=EVENT_DAYS_AHEAD)):
        errors.append(FieldError("day", _("The day of the event ({day}) is not between 1900 and a few weeks after it "
                                          "was recorded.", day=value(day, "iso_date", day.isoformat()))))
    errors += check_text("what", what, label=_("What happened"), max_len=EVENT_WHAT_MAX)
    for field_name, mg in (("mg_before", mg_before), ("mg_after", mg_after)):
        if mg is not None:
            errors += check_number(field_name, mg, label=_("A daily total"), minimum=0, maximum=EVENT_MG_MAX,
                                   unit="mg")
    return errors


def missed_triggers(missed_times: Iterable[datetime], window: timedelta = timedelta(hours=24)) -> list[Trigger]:
    """A trigger on the day of the second baclofen dose missed or unanswered within 24 hours of another
    (``missed_times``: the due times, local)."""
    times = sorted(missed_times)
    out, last_day = [], None
    for a, b in zip(times, times[1:], strict=False):
        if b - a <= window and b.date() != last_day:
            words = _("Baclofen doses missed or not answered ({day})", day=_day(b.date()))
            out.append(Trigger(MISSED, b.date(), words))
            last_day = b.date()
    return out


def derive_periods(triggers: Iterable[Trigger], *, change_days: int = DEFAULT_CHANGE_DAYS,
                   other_days: int = OTHER_DAYS) -> list[WatchPeriod]:
    """The periods the triggers open, overlapping ones merged, in date order."""
    change_days = max(1, min(int(change_days), MAX_DAYS))
    spans = []
    for t in sorted(triggers, key=lambda t: (t.day, KINDS.index(t.kind) if t.kind in KINDS else 99)):
        days = change_days if t.kind in (REDUCTION, RISE) else other_days
        spans.append((t.day, t.day + timedelta(days=days), t))
    periods: list[WatchPeriod] = []
    for start, end, t in spans:
        if periods and start < periods[-1].end:   # overlaps: merge (the earliest start stays)
            last = periods[-1]
            periods[-1] = WatchPeriod(last.start, max(last.end, end), last.triggers + (t,))
        else:
            periods.append(WatchPeriod(start, end, (t,)))
    return periods


def period_on(periods: Sequence[WatchPeriod], day: date) -> WatchPeriod | None:
    return next((p for p in periods if p.covers(day)), None)


def checkin_time(dose_times: Iterable[time], chosen: time | None = None) -> time:
    """When the day's check-in comes: the time the carer chose, else with the person's last dose of the day, else
    in the evening."""
    if chosen is not None:
        return chosen
    times = sorted(dose_times)
    return times[-1] if times else DEFAULT_TIME


def signs_to_ask(period: WatchPeriod, *, has_pump: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(danger signs, side effects) the check-in asks about for this person: the withdrawal signs (and a pump's
    early signs) after a reduction, missed doses, running out or a pump event; the common side effects after a
    rise."""
    flags: list[str] = []
    if period.asks_withdrawal:
        flags += list(WITHDRAWAL_SIGNS)
        if has_pump:
            flags += [k for k in PUMP_WITHDRAWAL_SIGNS if k not in flags]
    effects = list(RISE_SIDE_EFFECTS) if period.asks_side_effects else []
    if period.asks_side_effects:
        flags += list(RISE_DANGER_SIGNS)   # new confusion is a danger sign [A][B]; too much: hard to wake [T]
    from caregiver_app.domain.diary import RED_FLAGS  # here, not at import: off the first paint's path

    order = list(RED_FLAGS)   # the emergency signs first, as on the diary form
    flags = sorted(dict.fromkeys(flags), key=order.index)
    return tuple(flags), tuple(e for e in effects if e not in flags)


def _mg(v: float) -> Text:
    if v <= 1e-6:
        return _("none")
    amount = round(v, 3)
    return _("{amount} mg", amount=value(amount, "decimal", f"{amount:g}"))


def _day(d: date) -> Value:
    """'Tue 1 Dec' (in the user's language where shown)."""
    return value(d, "date", f"{d:%a} {d.day} {d:%b}")
