"""Deterministic demonstration data: one person on the label's baclofen titration, ~90 days of history.

Pure: the same seed, day and time zone always give the same data. Writing it is storage's job.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

DEMO_DAYS = 90
DOSE_TIMES = (time(8, 0), time(14, 0), time(20, 0))
# Label titration [facts sheet §1]: 5, 10, 15, 20 mg three times a day, 3 days each; then held at 20 mg.
TITRATION_MG = (5.0, 10.0, 15.0, 20.0)
STEP_DAYS = 3


@dataclass(frozen=True)
class DemoDose:
    slot: str
    due_utc: datetime
    dose_mg: float
    status: str            # taken | skipped | missed
    taken_utc: datetime | None
    note: str = ""


@dataclass(frozen=True)
class DemoDiary:
    entry_utc: datetime
    psfs_frequency: int
    psfs_severity: int | None
    spasticity: int
    pain: int
    sleep_hours: float
    sleep_wakeups: int
    side_effects: tuple[str, ...]
    stretching: bool
    sedatives: bool
    notes: str


@dataclass(frozen=True)
class DemoStep:
    start: date
    days: int
    dose_mg: float


@dataclass
class DemoData:
    tz_name: str
    start: date
    steps: list[DemoStep] = field(default_factory=list)
    doses: list[DemoDose] = field(default_factory=list)
    diary: list[DemoDiary] = field(default_factory=list)


def _tz_name(tz: tzinfo) -> str:
    return getattr(tz, "key", None) or "UTC"


def _local(day: date, t: time, tz: tzinfo) -> datetime:
    return datetime.combine(day, t).replace(tzinfo=tz)


def dose_for_day(steps: list[DemoStep], day: date) -> float | None:
    for s in steps:
        if s.start <= day < s.start + timedelta(days=s.days):
            return s.dose_mg
    return None


def build_demo(seed: int, now_utc: datetime, tz: tzinfo) -> DemoData:
    rng = random.Random(seed)
    today = now_utc.astimezone(tz).date()
    start = today - timedelta(days=DEMO_DAYS - 1)
    steps = [DemoStep(start + timedelta(days=i * STEP_DAYS), STEP_DAYS, mg) for i, mg in enumerate(TITRATION_MG)]
    hold_start = start + timedelta(days=len(TITRATION_MG) * STEP_DAYS)
    steps.append(DemoStep(hold_start, 120, TITRATION_MG[-1]))
    data = DemoData(tz_name=_tz_name(tz), start=start, steps=steps)

    for offset in range(DEMO_DAYS):
        day = start + timedelta(days=offset)
        mg = dose_for_day(steps, day)
        assert mg is not None
        for t in DOSE_TIMES:
            due_local = _local(day, t, tz)
            due = due_local.astimezone(UTC)
            if due > now_utc - timedelta(minutes=30):
                continue  # still to come (or just due): left for the reminders
            roll = rng.random()
            slot = f"{day.isoformat()}T{t.strftime('%H:%M')}"
            if roll < 0.035:
                data.doses.append(DemoDose(slot, due, mg, "skipped", None,
                                           rng.choice(["Felt too drowsy", "Away from home, tablets forgotten",
                                                       "Stomach upset"])))
            elif roll < 0.06:
                data.doses.append(DemoDose(slot, due, mg, "missed", None))
            else:
                late = timedelta(minutes=rng.choice([0, 2, 4, 5, 8, 12, 15, 25, 40, 65]))
                taken = min(due + late, now_utc - timedelta(minutes=1))  # never in the future
                data.doses.append(DemoDose(slot, due, mg, "taken", taken))

        # Evening diary entry (most days), showing spasticity easing as the dose rises.
        if rng.random() < 0.88 and _local(day, time(21, 30), tz).astimezone(UTC) <= now_utc:
            progress = min(1.0, offset / 20)
            spasticity = max(0, min(10, round(7.5 - 3.0 * progress + rng.gauss(0, 0.9))))
            pain = max(0, min(10, round(5.5 - 2.0 * progress + rng.gauss(0, 1.0))))
            freq = max(0, min(4, round(3.2 - 1.2 * progress + rng.gauss(0, 0.5))))
            sev = None if freq == 0 else max(1, min(3, round(2.4 - 0.8 * progress + rng.gauss(0, 0.4))))
            sleep = round(max(3.0, min(9.5, 5.5 + 1.5 * progress + rng.gauss(0, 0.7))) * 2) / 2
            wakeups = max(0, round(3 - 2 * progress + rng.gauss(0, 0.8)))
            effects: list[str] = []
            drowsy_p = 0.55 if 3 <= offset < 25 else 0.18
            if rng.random() < drowsy_p:
                effects.append("drowsiness")
            if rng.random() < 0.08:
                effects.append("dizziness")
            if rng.random() < 0.05:
                effects.append("nausea")
            if rng.random() < 0.04:
                effects.append("constipation")
            notes = ""
            if offset == 10:
                notes = "Very sleepy after the afternoon dose."
            elif offset == 40:
                notes = "Good day, walked to the shop with the frame."
            elif offset == DEMO_DAYS - 6:
                notes = "Legs stiff in the morning before the first dose."
            minute = rng.choice([0, 10, 20, 30, 45])
            data.diary.append(DemoDiary(
                entry_utc=_local(day, time(21, minute), tz).astimezone(UTC),
                psfs_frequency=freq, psfs_severity=sev, spasticity=spasticity, pain=pain, sleep_hours=sleep,
                sleep_wakeups=wakeups, side_effects=tuple(effects), stretching=rng.random() < 0.6,
                sedatives=rng.random() < 0.05, notes=notes,
            ))
    return data
