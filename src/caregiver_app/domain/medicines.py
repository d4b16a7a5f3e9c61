"""Medicines: forms, strengths, what a dose means in tablets or mL, stock and refill timing. Pure rules."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from caregiver_app.domain.dosing import is_baclofen
from caregiver_app.domain.validation import FieldError, check_date, check_number, check_text

if TYPE_CHECKING:
    from caregiver_app.domain.schedules import Schedule

FORMS = {
    "tablet": "Tablet",
    "oral_solution": "Oral solution / suspension",
    "granules": "Granules (packets)",
    "intrathecal": "Intrathecal pump",
    "other": "Other",
}
UNIT_NAMES = {"tablet": ("tablet", "tablets"), "granules": ("packet", "packets"), "oral_solution": ("mL", "mL"),
              "other": ("dose", "doses")}
MAX_STRENGTH_MG = 1000.0
MAX_CONCENTRATION = 100.0
MAX_STOCK = 100_000.0

RUNNING_OUT_BACLOFEN = (
    "Running out of baclofen is dangerous: stopping it suddenly can cause hallucinations and seizures "
    "(baclofen label). Order more in good time, and talk to your doctor or nurse if a supply gap is coming."
)


@dataclass(frozen=True)
class Medicine:
    person_id: int
    name: str
    form: str = "tablet"
    strength_mg: float | None = None             # per tablet or packet
    concentration_mg_per_ml: float | None = None  # oral solution
    instructions: str = ""
    prescriber: str = ""
    start_date: date | None = None
    stop_date: date | None = None
    stock_on_hand: float | None = None            # tablets, packets or mL
    refill_threshold_days: int | None = None
    pump_refill_date: date | None = None
    pump_alarm_date: date | None = None
    pump_remind_days: tuple[int, ...] = (7, 2)
    id: int | None = None
    archived_at: datetime | None = None

    @property
    def stored_id(self) -> int:
        """The id of a medicine read from the store (one not saved yet has none: ValueError)."""
        if self.id is None:
            raise ValueError(f"the medicine {self.name!r} has not been saved")
        return self.id

    @property
    def is_pump(self) -> bool:
        return self.form == "intrathecal"

    @property
    def baclofen(self) -> bool:
        return is_baclofen(self.name)

    def with_changes(self, **changes: Any) -> Medicine:
        return replace(self, **changes)

    def describe(self) -> str:
        if self.form == "oral_solution" and self.concentration_mg_per_ml:
            return f"{self.name} {self.concentration_mg_per_ml:g} mg/mL oral solution"
        if self.form in ("tablet", "granules") and self.strength_mg:
            return f"{self.name} {self.strength_mg:g} mg {UNIT_NAMES[self.form][0]}"
        return f"{self.name} ({FORMS.get(self.form, self.form).lower()})"


def validate_medicine(m: Medicine, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    errors += check_text("name", m.name, label="Medicine name", max_len=120, required=True)
    if m.form not in FORMS:
        errors.append(FieldError("form", "Please choose the form (tablet, oral solution, granules, pump)."))
    if m.form in ("tablet", "granules"):
        if m.strength_mg is None:
            errors.append(FieldError("strength_mg", "Please enter the strength of one tablet or packet in mg."))
        else:
            errors += check_number("strength_mg", m.strength_mg, label="Strength", minimum=0.01,
                                   maximum=MAX_STRENGTH_MG, unit="mg", allow_zero=False)
    if m.form == "oral_solution":
        if m.concentration_mg_per_ml is None:
            errors.append(FieldError("concentration_mg_per_ml",
                                     "Please enter the strength in mg per mL, as printed on the bottle "
                                     "(for example 5 mg/5 mL is 1 mg/mL)."))
        else:
            errors += check_number("concentration_mg_per_ml", m.concentration_mg_per_ml, label="Strength",
                                   minimum=0.01, maximum=MAX_CONCENTRATION, unit="mg/mL", allow_zero=False)
    errors += check_text("instructions", m.instructions, label="Instructions", max_len=2000, multiline=True)
    errors += check_text("prescriber", m.prescriber, label="Prescriber", max_len=500, multiline=True)
    far = date(today.year + 20, 1, 1)
    errors += check_date("start_date", m.start_date, label="Start date", today=far)
    errors += check_date("stop_date", m.stop_date, label="Stop date", today=far)
    if m.start_date and m.stop_date and m.stop_date < m.start_date:
        errors.append(FieldError("stop_date", "The stop date is before the start date."))
    if m.stock_on_hand is not None:
        errors += check_number("stock_on_hand", m.stock_on_hand, label="Stock on hand", minimum=0,
                               maximum=MAX_STOCK)
    if m.refill_threshold_days is not None:
        errors += check_number("refill_threshold_days", m.refill_threshold_days, label="Reorder warning",
                               minimum=1, maximum=365, unit="days")
    for field, value, label in (("pump_refill_date", m.pump_refill_date, "Next refill"),
                                ("pump_alarm_date", m.pump_alarm_date, "Low-reservoir alarm date")):
        errors += check_date(field, value, label=label, today=far)
    if any((not isinstance(d, int)) or d < 0 or d > 60 for d in m.pump_remind_days):
        errors.append(FieldError("pump_remind_days", "Reminder days must be whole numbers from 0 to 60."))
    return errors


def units_for_dose(m: Medicine, dose_mg: float) -> float | None:
    """Tablets/packets or mL for a dose in mg; None when the strength is unknown."""
    if m.form == "oral_solution":
        return dose_mg / m.concentration_mg_per_ml if m.concentration_mg_per_ml else None
    if m.form in ("tablet", "granules"):
        return dose_mg / m.strength_mg if m.strength_mg else None
    return None


def _fmt_amount(x: float) -> str:
    for frac, text in ((0.25, "¼"), (0.5, "½"), (0.75, "¾")):
        if abs(x - math.floor(x) - frac) < 1e-9:
            whole = int(math.floor(x))
            return f"{whole}{text}" if whole else text
    return f"{x:.2f}".rstrip("0").rstrip(".")


def format_dose(m: Medicine, dose_mg: float) -> str:
    """'20 mg (2 tablets)', '10 mg = 2 mL': the mg always, the amount to give beside it."""
    if m.is_pump:
        return f"{dose_mg:g} mcg/day"
    units = units_for_dose(m, dose_mg)
    if units is None:
        return f"{dose_mg:g} mg"
    if m.form == "oral_solution":
        return f"{dose_mg:g} mg = {_fmt_amount(round(units, 2))} mL"
    singular, plural = UNIT_NAMES[m.form]
    return f"{dose_mg:g} mg ({_fmt_amount(units)} {singular if units <= 1 else plural})"


@dataclass(frozen=True)
class StockStatus:
    days_left: float | None
    reorder: bool
    message: str
    short: str = ""     # the amount left in a few words, for a table cell ("30 tablets left")


def stock_status(m: Medicine, daily_mg: float) -> StockStatus:
    """How many days the stock lasts at ``daily_mg``, and whether to reorder now."""
    if m.stock_on_hand is None or daily_mg <= 0 or m.is_pump:
        return StockStatus(None, False, "")
    per_day = units_for_dose(m, daily_mg)
    if not per_day:
        return StockStatus(None, False, "")
    days = m.stock_on_hand / per_day
    threshold = m.refill_threshold_days or 7
    reorder = days <= threshold
    unit = UNIT_NAMES.get(m.form, ("", ""))[1]
    short = f"{m.stock_on_hand:g} {unit} left"
    msg = f"{short}: about {math.floor(days)} days at the current dose."
    if reorder:
        msg += " Time to reorder."
        if m.baclofen:
            msg += " " + RUNNING_OUT_BACLOFEN
    return StockStatus(days, reorder, msg, short)


@dataclass(frozen=True)
class PumpReminder:
    kind: str      # refill | alarm
    when: date
    days_before: int
    message: str


def pump_reminders(m: Medicine, today: date) -> list[PumpReminder]:
    """Reminders due today (or overdue) ahead of the pump's refill appointment and low-reservoir alarm date."""
    if not m.is_pump:
        return []
    out: list[PumpReminder] = []
    for kind, when, what in (("refill", m.pump_refill_date, "pump refill appointment"),
                             ("alarm", m.pump_alarm_date, "pump's low-reservoir alarm date")):
        if when is None:
            continue
        left = (when - today).days
        if left < 0:
            out.append(PumpReminder(kind, when, left, f"The {what} ({when:%d %b %Y}) has passed. If the refill "
                                    "was missed, call the doctor before the pump runs empty."))
            continue
        due = [d for d in sorted(m.pump_remind_days, reverse=True) if left <= d]
        if due:
            out.append(PumpReminder(kind, when, left,
                                    f"The {what} is in {left} day{'s' if left != 1 else ''} ({when:%a %d %b}). "
                                    "Missing a refill can cause withdrawal: keep the appointment."))
    return out


WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class StoredSchedule(Protocol):
    """What ``describe_schedule`` reads of a stored schedule (``storage.schedules.ScheduleRecord``)."""

    @property
    def kind(self) -> str: ...

    @property
    def schedule(self) -> Schedule: ...


def describe_schedule(rec: StoredSchedule, med: Medicine) -> str:
    """A schedule in words, with the amounts to give: "Every day: 08:00 20 mg (2 tablets), …" (``rec`` is a stored
    schedule: ``kind`` and ``schedule``)."""
    spec = rec.schedule.to_spec()
    if rec.kind in ("fixed", "weekdays"):
        times = ", ".join(f"{t} {format_dose(med, mg)}" for t, mg in spec["times"])
        if rec.kind == "weekdays":
            days = " ".join(WEEKDAY_SHORT[d] for d in spec["weekdays"])
            return f"{days}: {times}"
        return f"Every day: {times}"
    if rec.kind == "interval":
        return (f"Every {spec['every_minutes'] / 60:g} hours from {spec['first_time']}: "
                f"{format_dose(med, spec['dose_mg'])}")
    return (f"As needed: {format_dose(med, spec['dose_mg'])}, at least {spec['min_interval_minutes'] / 60:g} h apart, "
            f"at most {spec['max_doses_per_day']} a day")
