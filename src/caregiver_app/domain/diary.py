"""The symptom diary: what an entry holds, what counts as bad input, danger signs and chart arithmetic.

Pure rules: no Qt, no SQL. Wording of the scales comes from the facts sheet section 5, the danger signs and
what to do about them from section 4.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from caregiver_app.domain.text import Messages, Text, joined
from caregiver_app.domain.text import value as _value
from caregiver_app.domain.validation import EARLIEST_DATE, FieldError, broken_character, check_number, check_text

_ = Messages("domain.diary")


def _word(source: str) -> Text:
    """A word of this module's tables: a Text made when the module is imported and said in the user's language
    where it is shown (``localize``); its ``str`` is the English, as before."""
    return Text(_.context, source)


NOTES_MAX = 10_000
CHECKIN_KEY_MAX = 100
OTHER_SIDE_EFFECTS_MAX = 500
WAKEUPS_MAX = 100
RECALL: str = _word(_.mark("in the last 24 hours"))

# -- Penn Spasm Frequency Scale [facts §5, V, W] ---------------------------------------------------------------
PSFS_FREQUENCY: dict[int, str] = {
    0: _word(_.mark("No spasms")),
    1: _word(_.mark("Mild spasms only when stimulated")),
    2: _word(_.mark("Infrequent full spasms, less than once an hour")),
    3: _word(_.mark("Spasms more than once an hour")),
    4: _word(_.mark("More than ten an hour")),
}
PSFS_SEVERITY: dict[int, str] = {1: _word(_.mark("Mild")), 2: _word(_.mark("Moderate")), 3: _word(_.mark("Severe"))}
PSFS_FREQUENCY_QUESTION: str = _word(_.mark("How often were there spasms in the last 24 hours?"))
PSFS_SEVERITY_QUESTION: str = _word(_.mark(
    "How bad were the spasms in the last 24 hours? (only when there were spasms)"))
SPASTICITY_QUESTION: str = _word(_.mark("The number that best describes the spasticity in the last 24 hours: 0 none, "
                                   "10 worst possible (usually scored at bedtime)."))
PAIN_QUESTION: str = _word(_.mark("Pain: 0 no pain, 10 worst possible."))

# -- side effects on the label's list [facts §3, R] ------------------------------------------------------------
SIDE_EFFECTS: dict[str, str] = {
    "drowsiness": _word(_.mark("Drowsiness")),
    "dizziness": _word(_.mark("Dizziness")),
    "weakness": _word(_.mark("Weakness")),
    "fatigue": _word(_.mark("Fatigue")),
    "confusion": _word(_.mark("Confusion")),
    "headache": _word(_.mark("Headache")),
    "nausea": _word(_.mark("Nausea")),
    "constipation": _word(_.mark("Constipation")),
    "insomnia": _word(_.mark("Insomnia")),
    "low_blood_pressure": _word(_.mark("Low blood pressure / faintness")),
    "urinary_frequency": _word(_.mark("Urinary frequency")),
}

# -- scores that can be charted and filtered -----------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    key: str
    label: str          # with its range: "Spasticity (0–10)"
    minimum: float
    maximum: float
    unit: str = ""
    whole: bool = True
    name: str = ""      # without it: "Spasticity" (the label where empty)

    @property
    def short(self) -> str:
        """The score's name without its range or unit ("Spasticity")."""
        return self.name or self.label


SCORES: dict[str, Score] = {s.key: s for s in (
    Score("spasticity", _word(_.mark("Spasticity (0–10)")), 0, 10, name=_word(_.mark("Spasticity"))),
    Score("pain", _word(_.mark("Pain (0–10)")), 0, 10, name=_word(_.mark("Pain"))),
    Score("psfs_frequency", _word(_.mark("Spasm frequency (Penn 0–4)")), 0, 4,
          name=_word(_.mark("Spasm frequency"))),
    Score("psfs_severity", _word(_.mark("Spasm severity (Penn 1–3)")), 1, 3, name=_word(_.mark("Spasm severity"))),
    Score("sleep_hours", _word(_.mark("Sleep (hours)")), 0, 24, _word(_.mark("hours")), whole=False,
          name=_word(_.mark("Sleep"))),
    Score("sleep_wakeups", _word(_.mark("Times spasms woke them")), 0, WAKEUPS_MAX),
)}

# -- danger signs [facts §4] -------------------------------------------------------------------------------------
EMERGENCY = "emergency"   # call the emergency number
DOCTOR = "doctor"         # contact the doctor now (emergency if severe)


@dataclass(frozen=True)
class RedFlag:
    key: str
    label: str                 # "High fever" (a Text)
    level: str                 # EMERGENCY | DOCTOR
    when: str = "always"       # always (every baclofen user, by mouth or by pump) | pump (pump users only)
    in_sentence: str = ""      # the label inside a sentence, after another: "high fever" (the label where empty)

    @property
    def label_in_sentence(self) -> str:
        return self.in_sentence or self.label


# Facts sheet §4 (amended 2026-12-02): every sign applies to every baclofen user, by mouth or by pump, on a plan or
# not, unless it says "pump users". High fever, rigid muscles and sharply worse spasticity are withdrawal signs
# after missed doses or running out as much as during a taper or with a pump [B][O].
RED_FLAGS: dict[str, RedFlag] = {f.key: f for f in (
    RedFlag("seizure", _word(_.mark("A seizure (fit)")), EMERGENCY, in_sentence=_word(_.mark("a seizure (fit)"))),
    RedFlag("hard_to_wake", _word(_.mark("Very hard to wake")), EMERGENCY,
            in_sentence=_word(_.mark("very hard to wake"))),
    RedFlag("breathing", _word(_.mark("Slow or shallow breathing")), EMERGENCY,
            in_sentence=_word(_.mark("slow or shallow breathing"))),
    RedFlag("hallucinations", _word(_.mark("Hallucinations")), DOCTOR, in_sentence=_word(_.mark("hallucinations"))),
    RedFlag("confusion", _word(_.mark("New or severe confusion")), DOCTOR,
            in_sentence=_word(_.mark("new or severe confusion"))),
    RedFlag("overdose", _word(_.mark("More than the prescribed dose was taken")), DOCTOR,
            in_sentence=_word(_.mark("more than the prescribed dose was taken"))),
    RedFlag("fever", _word(_.mark("High fever")), DOCTOR, in_sentence=_word(_.mark("high fever"))),
    RedFlag("rigidity", _word(_.mark("Rigid muscles")), DOCTOR, in_sentence=_word(_.mark("rigid muscles"))),
    RedFlag("spasticity_back", _word(_.mark("Spasticity sharply worse or coming back")), DOCTOR,
            in_sentence=_word(_.mark("spasticity sharply worse or coming back"))),
    RedFlag("itching", _word(_.mark("New itching")), DOCTOR, "pump", _word(_.mark("new itching"))),
    RedFlag("tingling", _word(_.mark("Tingling")), DOCTOR, "pump", _word(_.mark("tingling"))),
    RedFlag("faintness", _word(_.mark("Faintness")), DOCTOR, "pump", _word(_.mark("faintness"))),
    RedFlag("pump_alarm", _word(_.mark("The pump's two-tone alarm")), DOCTOR, "pump",
            _word(_.mark("the pump's two-tone alarm"))),
    RedFlag("missed_refill", _word(_.mark("A missed pump refill")), DOCTOR, "pump",
            _word(_.mark("a missed pump refill"))),
)}

#: With a pump, these can mean withdrawal (early signs [P], the boxed warning's signs [O]) or a pump fault (the
#: two-tone alarm: the drug may not be flowing [Q]): "go to hospital at once" comes first [P].
PUMP_WITHDRAWAL_OR_FAULT = frozenset({"fever", "rigidity", "spasticity_back", "itching", "tingling", "faintness",
                                      "pump_alarm", "confusion", "hallucinations", "seizure"})


def red_flag_applies(flag: RedFlag, *, on_taper: bool = False, has_pump: bool) -> bool:
    """Whether the form offers ``flag`` to this person. Only a pump makes a difference (``on_taper`` no longer
    does: the withdrawal signs apply to every baclofen user)."""
    return flag.when == "always" or has_pump


def applicable_red_flags(*, on_taper: bool = False, has_pump: bool) -> list[RedFlag]:
    """The danger signs the form offers for this person right now."""
    return [f for f in RED_FLAGS.values() if red_flag_applies(f, on_taper=on_taper, has_pump=has_pump)]


@dataclass(frozen=True)
class DiaryEntry:
    person_id: int
    entry_at: datetime                       # aware; stored as UTC
    psfs_frequency: int | None = None
    psfs_severity: int | None = None
    spasticity: int | None = None
    pain: int | None = None
    sleep_hours: float | None = None
    sleep_wakeups: int | None = None
    side_effects: tuple[str, ...] = ()
    side_effects_other: str = ""
    sedatives: bool = False
    stretching: bool = False
    red_flags: tuple[str, ...] = ()
    notes: str = ""
    id: int | None = None
    #: The answer to a dose-change check-in (domain/watch.py): the watch period's key and the local day asked
    #: about; "" and None for an ordinary entry.
    checkin: str = ""
    checkin_day: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    def with_changes(self, **changes: Any) -> DiaryEntry:
        return replace(self, **changes)

    @property
    def stored_id(self) -> int:
        """The id of an entry read from the store (one not saved yet has none: ValueError)."""
        if self.id is None:
            raise ValueError("the diary entry has not been saved")
        return self.id

    @property
    def has_red_flag(self) -> bool:
        return bool(self.red_flags)

    def score(self, key: str) -> float | None:
        value: float | None = getattr(self, key)
        return value

    def carried_over(self, entry_at: datetime) -> DiaryEntry:
        """'Same as last entry': the values, at a new time; danger signs and notes are never carried over."""
        return replace(self, entry_at=entry_at, red_flags=(), notes="", id=None, created_at=None, updated_at=None,
                       deleted_at=None)


def _check_whole(field_: str, value: object, score: Score) -> list[FieldError]:
    label = score.short
    errors = check_number(field_, value, label=label, minimum=score.minimum, maximum=score.maximum, unit=score.unit)
    if errors:
        return errors
    if score.whole and isinstance(value, (int, float)) and float(value) != int(value):  # a number: checked above
        return [FieldError(field_, _("{label} must be a whole number ({minimum} to {maximum}).", label=label,
                                     minimum=_number(score.minimum), maximum=_number(score.maximum)))]
    return []


def _number(v: float) -> str:
    from caregiver_app.domain.validation import number

    return number(v)


def is_checkin_key(key: object) -> bool:
    """The shape of a watch period's key (domain.watch.WatchPeriod.key): what opened it and its first day, like
    "reduction:2026-05-31"."""
    if not isinstance(key, str):
        return False
    kind, _sep, day = key.partition(":")
    if not (1 <= len(kind) <= 20 and kind.replace("_", "").isalpha() and kind.isascii() and kind.islower()):
        return False
    try:
        return len(day) == 10 and date.fromisoformat(day) >= EARLIEST_DATE
    except ValueError:
        return False


def validate_entry(entry: DiaryEntry, *, today: date, tz: tzinfo, date_of_birth: date | None = None
                   ) -> list[FieldError]:
    """Everything wrong with an entry, each message meant for the field it names."""
    errors: list[FieldError] = []
    at = entry.entry_at
    if not isinstance(at, datetime) or at.tzinfo is None:
        errors.append(FieldError("entry_at", _("Please give the date and time of the entry.")))
    else:
        local_day = at.astimezone(tz).date()
        if local_day < EARLIEST_DATE:
            errors.append(FieldError("entry_at", _("{date} is before 1900; please check the year.",
                                                   date=_iso(local_day))))
        elif local_day > today:
            errors.append(FieldError("entry_at", _("The time {time} is in the future (after the end of today). Diary "
                                                   "entries are for what has happened.",
                                                   time=f"{at.astimezone(tz):%Y-%m-%d %H:%M}")))
        elif date_of_birth is not None and local_day < date_of_birth:
            errors.append(FieldError("entry_at", _("The date {date} is before the person's date of birth ({birth}).",
                                                   date=_iso(local_day), birth=_iso(date_of_birth))))
    for key in ("psfs_frequency", "spasticity", "pain", "sleep_hours", "sleep_wakeups"):
        value = getattr(entry, key)
        if value is not None:
            errors += _check_whole(key, value, SCORES[key])
    sev = entry.psfs_severity
    if sev is not None:
        sev_errors = _check_whole("psfs_severity", sev, SCORES["psfs_severity"])
        if sev_errors:
            errors += sev_errors
        elif entry.psfs_frequency is None or entry.psfs_frequency == 0:
            errors.append(FieldError("psfs_severity", _("Spasm severity is only asked when there were spasms "
                                                        "(frequency above 0); leave it empty or choose a frequency.")))
    if not isinstance(entry.side_effects, (tuple, list)) or any(s not in SIDE_EFFECTS for s in entry.side_effects):
        errors.append(FieldError("side_effects", _("Unknown side effect; choose from the list.")))
    other, notes = _("Other side effects"), _("Notes")
    errors += check_text("side_effects_other", entry.side_effects_other, label=other, max_len=OTHER_SIDE_EFFECTS_MAX)
    if not isinstance(entry.red_flags, (tuple, list)) or any(s not in RED_FLAGS for s in entry.red_flags):
        errors.append(FieldError("red_flags", _("Unknown danger sign; choose from the list.")))
    for key, label in (("sedatives", _("Alcohol or sedating medicines")),
                       ("stretching", _("Stretching / physiotherapy"))):
        if not isinstance(getattr(entry, key), bool):
            errors.append(FieldError(key, _("{label} must be yes or no.", label=label)))
    errors += check_text("notes", entry.notes, label=notes, max_len=NOTES_MAX, multiline=True)
    if (not isinstance(entry.checkin, str) or len(entry.checkin) > CHECKIN_KEY_MAX
            or (entry.checkin and not is_checkin_key(entry.checkin))):
        errors.append(FieldError("checkin", _("The check-in this entry answers is not one the app knows.")))
    elif entry.checkin and entry.checkin_day is None:
        errors.append(FieldError("checkin_day", _("A check-in answer needs the day it was asked about.")))
    elif entry.checkin_day is not None:
        if not isinstance(entry.checkin_day, date) or isinstance(entry.checkin_day, datetime):
            errors.append(FieldError("checkin_day", _("The day of the check-in must be a date.")))
        elif not entry.checkin:
            errors.append(FieldError("checkin_day", _("A check-in day needs the check-in it belongs to.")))
        elif not EARLIEST_DATE <= entry.checkin_day <= today:
            errors.append(FieldError("checkin_day", _("The check-in day {date} is not between 1900 and today.",
                                                      date=_iso(entry.checkin_day))))
    for key, label in (("side_effects_other", other), ("notes", notes)):
        text = getattr(entry, key)
        if isinstance(text, str) and not any(e.field == key for e in errors):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate, e.g. from a broken paste: SQLite cannot store it
                errors.append(FieldError(key, broken_character(label)))
    return errors


def _iso(d: date) -> str:
    return _value(d, "iso_date", d.isoformat())


def detect_red_flags(entry: DiaryEntry, *, on_taper: bool, has_pump: bool,
                     previous: DiaryEntry | None = None) -> list[RedFlag]:
    """The danger signs this entry shows, in the order of ``RED_FLAGS``.

    What was ticked counts, always (a sign ticked during a taper stays a danger sign). Besides that:
    confusion ticked as a side effect when the previous entry had none is *new* confusion [facts §4]; with a pump,
    faintness ticked as a side effect is a pump warning sign [facts §4, P].
    """
    keys = set(entry.red_flags)
    if "confusion" in entry.side_effects and (previous is None or "confusion" not in previous.side_effects):
        keys.add("confusion")
    if has_pump and "low_blood_pressure" in entry.side_effects:
        keys.add("faintness")
    return [f for k, f in RED_FLAGS.items() if k in keys]


@dataclass(frozen=True)
class Guidance:
    level: str                      # EMERGENCY (call the emergency number, or go to hospital) | DOCTOR
    heading: str                    # a Text, as each line
    lines: tuple[str, ...]          # the most urgent first
    flags: tuple[RedFlag, ...] = ()


EMERGENCY_HEADING: str = _word(_.mark("Call the emergency number now"))
HOSPITAL_HEADING: str = _word(_.mark("Go to hospital at once"))
EMERGENCY_AND_HOSPITAL_HEADING: str = _word(_.mark("Call the emergency number now: go to hospital at once"))
DOCTOR_HEADING: str = _word(_.mark("Contact the doctor now"))


def urgent_guidance(flags: Sequence[RedFlag], *, has_pump: bool, kidney_reduced: bool = False) -> Guidance | None:
    """What to do now, the most urgent first, worded from the facts sheet §2 and §4. None when there is no danger
    sign. ``kidney_reduced``: what the app knows of the person's kidneys (it matters for more than the prescribed
    dose)."""
    if not flags:
        return None
    keys = {f.key for f in flags}
    lines: list[str] = []
    emergency = any(f.level == EMERGENCY for f in flags)
    hospital = has_pump and bool(keys & PUMP_WITHDRAWAL_OR_FAULT)
    if hospital:  # §4: for pump users with suspected withdrawal or a pump fault this comes before any other line
        lines.append(_("With a baclofen pump this can mean withdrawal or a pump fault: go to hospital at once."))
    if emergency:
        lines.append(_("Call the emergency number straight away for a seizure, if the person is very hard to wake, "
                       "or for slow or shallow breathing."))
    doctor = [f for f in flags if f.level == DOCTOR and f.key != "missed_refill"]
    if doctor:
        signs = joined("; ", [f.label_in_sentence if i else f.label for i, f in enumerate(doctor)])
        if emergency or hospital:
            lines.append(_("Also contact the doctor now about: {signs}.", signs=signs))
        else:
            lines.append(_("Contact the doctor now about: {signs}. If it is severe, call the emergency number.",
                           signs=signs))
    if "missed_refill" in keys:
        lines.append(_("A missed refill: call the doctor now, before the pump runs empty."))
    if keys & {"fever", "rigidity", "spasticity_back"}:
        lines.append(_("High fever, rigid muscles or sharply worse spasticity matter most after missed doses, "
                       "running out, a lowered dose or a pump problem."))
    if "overdose" in keys:
        overdose = _("More than the prescribed dose matters most with alcohol or sedating medicines, or with kidney "
                     "disease.")
        if kidney_reduced:
            overdose = joined(" ", [overdose, _("This person's record says their kidney function is reduced: say so "
                                                "when you call.")])
        lines.append(overdose)
    if emergency and hospital:
        level, heading = EMERGENCY, EMERGENCY_AND_HOSPITAL_HEADING
    elif emergency:
        level, heading = EMERGENCY, EMERGENCY_HEADING
    elif hospital:
        level, heading = EMERGENCY, HOSPITAL_HEADING
    else:
        level, heading = DOCTOR, DOCTOR_HEADING
    return Guidance(level, heading, tuple(lines), tuple(flags))


# -- aggregation by local day / week / month --------------------------------------------------------------------
PERIODS: dict[str, str] = {"day": _word(_.mark("Daily")), "week": _word(_.mark("Weekly")),
                           "month": _word(_.mark("Monthly"))}


def period_start(day: date, period: str) -> date:
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if period == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown period {period!r}")


def next_period(start: date, period: str) -> date:
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    if period == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    raise ValueError(f"unknown period {period!r}")


@dataclass(frozen=True)
class Bucket:
    start: date          # first local day of the period
    end: date            # first local day after it
    mean: float
    count: int
    minimum: float
    maximum: float


def local_day(at: datetime, tz: tzinfo) -> date:
    if at.tzinfo is None:
        raise ValueError("naive datetimes are not aggregated")
    return at.astimezone(tz).date()


def aggregate(points: Iterable[tuple[datetime, float | None]], period: str, tz: tzinfo) -> list[Bucket]:
    """Averages per local day, ISO week or calendar month in ``tz``; missing values are left out."""
    sums: dict[date, list[float]] = {}
    for at, value in points:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        key = period_start(local_day(at, tz), period)
        acc = sums.get(key)
        v = float(value)
        if acc is None:
            sums[key] = [v, 1.0, v, v]
        else:
            acc[0] += v
            acc[1] += 1
            if v < acc[2]:
                acc[2] = v
            if v > acc[3]:
                acc[3] = v
    return [Bucket(k, next_period(k, period), s / n, int(n), lo, hi) for k, (s, n, lo, hi) in sorted(sums.items())]


def daily_dose_totals(rows: Iterable[tuple[datetime, float]], tz: tzinfo) -> dict[date, float]:
    """Total mg taken per local day, from (time taken, mg) rows; rows without a time or a dose are left out.

    The same sums as the daily-maximum check (``dosing.daily_totals``), so the chart and the warning agree."""
    from caregiver_app.domain.dosing import daily_totals

    return daily_totals([(at, mg) for at, mg in rows if at is not None and mg is not None], tz)


def day_bounds(start: date | None, end: date | None, tz: tzinfo) -> tuple[datetime | None, datetime | None]:
    """[start of ``start``, start of the day after ``end``) as aware datetimes (UTC). DST-safe, also where midnight
    itself is skipped: the same rule as the schedules' (``schedules.local_day_bounds``)."""
    from caregiver_app.domain.schedules import local_day_bounds

    lo = local_day_bounds(start, tz)[0] if start else None
    hi = local_day_bounds(end, tz)[1] if end else None
    return lo, hi


def end_of_today(today: date, tz: tzinfo) -> datetime:
    from caregiver_app.domain.schedules import local_day_bounds

    return local_day_bounds(today, tz)[1]  # the end of ``day_bounds(None, today, tz)``


@dataclass(frozen=True)
class DiaryFilter:
    """What the list shows. Dates are local and inclusive."""
    start: date | None = None
    end: date | None = None
    score: str | None = None
    score_min: float | None = None
    score_max: float | None = None
    side_effect: str | None = None
    red_flags_only: bool = False
    checkins_only: bool = False    # the dose-change companion's answers only

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if self.start and self.end and self.start > self.end:
            errors.append(FieldError("filter_dates", _("The 'from' date is after the 'to' date.")))
        if self.score is not None and self.score not in SCORES:
            errors.append(FieldError("filter_score", _("Unknown score.")))
        if (self.score_min is not None and self.score_max is not None and self.score_min > self.score_max):
            errors.append(FieldError("filter_score", _("The lowest score is above the highest.")))
        if self.side_effect is not None and self.side_effect not in SIDE_EFFECTS:
            errors.append(FieldError("filter_side_effect", _("Unknown side effect.")))
        return errors


@dataclass(frozen=True)
class PlanBand:
    """One plan step, for shading the chart."""
    start: date
    end: date                     # exclusive
    mg_per_day: float
    kind: str                     # titration | taper
    plan_name: str = ""
    plan_id: int | None = None
    active: bool = True           # the plan is being followed (its doses are reminded)
    medicine_id: int | None = None


def describe_entry(entry: DiaryEntry) -> str:
    """A one-line summary for undo text and screen readers (a Text)."""
    parts = []
    if entry.psfs_frequency is not None:
        parts.append(_("spasms {score}", score=entry.psfs_frequency))
    if entry.spasticity is not None:
        parts.append(_("spasticity {score}", score=entry.spasticity))
    if entry.pain is not None:
        parts.append(_("pain {score}", score=entry.pain))
    return joined(", ", parts) or _("entry")

