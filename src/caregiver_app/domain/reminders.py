"""What each scheduled dose's state is right now, which doses to remind about, which were missed.

Pure: schedules, answers, snoozes and "now" go in; states come out. The scheduler only wakes the app at the
instants this module names; the decisions (due, missed, nothing) are all made here, from the clock.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum
from typing import TYPE_CHECKING

from caregiver_app.domain.dosing import DEFAULT_MISSED_GRACE
from caregiver_app.domain.schedules import Occurrence, local_day_bounds, next_occurrence, occurrences

if TYPE_CHECKING:
    from caregiver_app.domain.schedules import DoseFor, Schedule

# A dose this late still gets a normal reminder; later, it is "missed — was it taken?" (one value, from dosing).
GRACE = DEFAULT_MISSED_GRACE
LOOKBACK = timedelta(days=14)      # how far back unanswered doses are listed as missed
HORIZON = timedelta(hours=48)      # how far ahead wake-ups are handed to the scheduler


class State(str, Enum):
    UPCOMING = "upcoming"
    DUE = "due"
    SNOOZED = "snoozed"
    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"              # answered "not taken" (or recorded as missed)
    UNANSWERED = "unanswered"      # past its grace with no answer: "missed — was it taken?"


@dataclass(frozen=True)
class Source:
    """One active schedule and what it belongs to."""

    schedule_id: int
    medicine_id: int
    person_id: int
    schedule: Schedule
    counted_from: datetime         # doses before this instant are never asked about (schedule added later)
    dose_for: DoseFor | None = None


@dataclass(frozen=True)
class Answer:
    status: str                    # taken | skipped | missed
    taken_utc: datetime | None
    entry_id: int | None = None
    dose_mg: float | None = None   # what the log says (a correction may differ from the schedule)


@dataclass(frozen=True)
class DoseSlot:
    source: Source
    occurrence: Occurrence
    state: State
    answer: Answer | None = None
    snooze_until: datetime | None = None

    @property
    def key(self) -> tuple[int, str]:
        return (self.source.schedule_id, self.occurrence.slot)

    @property
    def due_utc(self) -> datetime:
        return self.occurrence.due_utc

    @property
    def effective_due(self) -> datetime:
        """When the reminder should show: the due time, or the end of the latest snooze."""
        if self.snooze_until and self.snooze_until > self.occurrence.due_utc:
            return self.snooze_until
        return self.occurrence.due_utc


def classify(source: Source, occ: Occurrence, answers: Mapping[tuple[int, str], Answer],
             snoozes: Mapping[tuple[int, str], datetime], now: datetime, grace: timedelta = GRACE) -> DoseSlot:
    key = (source.schedule_id, occ.slot)
    answer = answers.get(key)
    until = snoozes.get(key)
    if answer is not None:
        state = {"taken": State.TAKEN, "skipped": State.SKIPPED}.get(answer.status, State.MISSED)
        return DoseSlot(source, occ, state, answer, until)
    effective = until if until and until > occ.due_utc else occ.due_utc
    if now < occ.due_utc:
        state = State.UPCOMING
    elif now < effective:
        state = State.SNOOZED
    elif now < effective + grace:
        state = State.DUE
    else:
        state = State.UNANSWERED
    return DoseSlot(source, occ, state, None, until)


def slots_between(sources: Iterable[Source], start: datetime, end: datetime,
                  answers: Mapping[tuple[int, str], Answer], snoozes: Mapping[tuple[int, str], datetime],
                  now: datetime, grace: timedelta = GRACE) -> list[DoseSlot]:
    out = []
    for src in sources:
        for occ in occurrences(src.schedule, start, end, dose_for=src.dose_for):
            out.append(classify(src, occ, answers, snoozes, now, grace))
    out.sort(key=lambda s: (s.due_utc, s.source.person_id, s.source.medicine_id, s.source.schedule_id))
    return out


@dataclass(frozen=True)
class Review:
    """The result of looking at the clock: what to remind about now, what to ask about, when to wake next."""

    due: list[DoseSlot]
    missed: list[DoseSlot]
    wake_times: list[datetime]


def review(sources: list[Source], answers: Mapping[tuple[int, str], Answer],
           snoozes: Mapping[tuple[int, str], datetime], now: datetime, *, grace: timedelta = GRACE,
           lookback: timedelta = LOOKBACK, horizon: timedelta = HORIZON) -> Review:
    start = now - lookback
    slots = slots_between(sources, start, now + horizon, answers, snoozes, now, grace)
    due, missed, wake = [], [], set()
    for s in slots:
        if s.due_utc < s.source.counted_from:
            continue
        if s.state is State.DUE:
            due.append(s)
        elif s.state is State.UNANSWERED:
            missed.append(s)
        if s.state in (State.UPCOMING, State.SNOOZED):
            wake.add(s.effective_due)
            # ...and once more when it turns from "due" to "missed?", so the lists stay true.
        if s.state in (State.UPCOMING, State.SNOOZED, State.DUE):
            wake.add(s.effective_due + grace)
    return Review(due, missed, sorted(w for w in wake if w > now))


def day_timeline(sources: list[Source], day: date, zone: tzinfo, answers: Mapping[tuple[int, str], Answer],
                 snoozes: Mapping[tuple[int, str], datetime], now: datetime,
                 grace: timedelta = GRACE) -> list[DoseSlot]:
    """Every scheduled dose of one local day, with its state."""
    start, end = local_day_bounds(day, zone)
    return slots_between(sources, start, end, answers, snoozes, now, grace)


def first_dose_after(sources: list[Source], after: datetime) -> tuple[Source, Occurrence] | None:
    best = None
    for src in sources:
        occ = next_occurrence(src.schedule, after, dose_for=src.dose_for, search_days=14)
        if occ is not None and (best is None or occ.due_utc < best[1].due_utc):
            best = (src, occ)
    return best
