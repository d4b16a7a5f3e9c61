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
#: The active ingredient, asked as its own field: the baclofen checks (the missed-dose rule, 80 mg a day, running
#: out, the danger signs' guidance) apply to "baclofen" whatever the name typed ("Bacloflen" included).
INGREDIENTS = {"baclofen": "Baclofen", "other": "Another medicine (not baclofen)"}
NOT_BACLOFEN_NOTE = ("Not baclofen: the app's baclofen checks (the missed-dose rule, the 80 mg a day label maximum, "
                     "the warning about running out) do not apply to this medicine.")

# Strengths of baclofen products in the facts sheet (§1 [B][D][E][H][K][L]): liquids as printed on the bottle
# with what that is in mg per mL; tablets 5, 10, 20 mg (15 mg in some generics); granule packets 5, 10, 20 mg.
# Any other strength is asked about with the bottle or box in hand: a 5 mg/mL bottle typed as 1 mg/mL would give
# five times the dose.
LIQUID_STRENGTHS: tuple[tuple[str, float], ...] = (
    ("5 mg/5 mL (1 mg in each mL)", 1.0),
    ("10 mg/5 mL (2 mg in each mL)", 2.0),
    ("5 mg/mL (5 mg in each mL)", 5.0),
)
TABLET_STRENGTHS_MG = (5.0, 10.0, 15.0, 20.0)
GRANULE_STRENGTHS_MG = (5.0, 10.0, 20.0)

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
    ingredient: str = ""                          # baclofen | other; "" (not said): read from the name
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
    def active_ingredient(self) -> str:
        """"baclofen" or "other": as recorded, or (for a medicine made without it) as its name suggests."""
        return self.ingredient or suggested_ingredient(self.name)

    @property
    def baclofen(self) -> bool:
        return self.active_ingredient == "baclofen"

    def with_changes(self, **changes: Any) -> Medicine:
        return replace(self, **changes)

    def describe(self) -> str:
        if self.form == "oral_solution" and self.concentration_mg_per_ml:
            return f"{self.name} oral liquid {liquid_strength_label(self.concentration_mg_per_ml)}"
        if self.form in ("tablet", "granules") and self.strength_mg:
            return f"{self.name} {self.strength_mg:g} mg {UNIT_NAMES[self.form][0]}"
        return f"{self.name} ({FORMS.get(self.form, self.form).lower()})"


def suggested_ingredient(name: str) -> str:
    """The ingredient a name suggests (baclofen and its brand names), for the form's first choice and for records
    from before the ingredient was asked."""
    return "baclofen" if is_baclofen(name) else "other"


def looks_like_baclofen(name: str) -> bool:
    """A name close to baclofen or one of its brands without being one ("Bacloflen", "Baclophen"): the form asks
    whether it is baclofen rather than let a typing slip switch the checks off."""
    import difflib

    from caregiver_app.domain.dosing import BACLOFEN_NAMES

    words = [w for w in "".join(c if c.isalpha() else " " for c in (name or "").lower()).split() if len(w) >= 5]
    return not is_baclofen(name) and any(difflib.get_close_matches(w, BACLOFEN_NAMES, n=1, cutoff=0.75)
                                         for w in words)


def validate_medicine(m: Medicine, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    errors += check_text("name", m.name, label="Medicine name", max_len=120, required=True)
    if m.ingredient not in ("", *INGREDIENTS):
        errors.append(FieldError("ingredient", "Please choose the active ingredient: baclofen or another medicine."))
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


def _decimal(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _is_whole_or_half(units: float) -> bool:
    return abs(units * 2 - round(units * 2)) < 1e-6


def _fmt_amount(x: float) -> str:
    """Tablets and packets: whole and half ones as written on a pill box ("1½"), anything else in decimals."""
    if _is_whole_or_half(x):
        whole = int(math.floor(x + 1e-6))
        half = x - whole > 0.25
        return (f"{whole}½" if whole else "½") if half else f"{whole}"
    return _decimal(x)


def format_dose(m: Medicine, dose_mg: float) -> str:
    """'20 mg (2 tablets)', '10 mg = 2.5 mL': the mg always, the amount to give beside it (mL in decimals, as
    the syringe that comes with a liquid is marked)."""
    if m.is_pump:
        return f"{dose_mg:g} mcg/day"
    units = units_for_dose(m, dose_mg)
    if units is None or not math.isfinite(units):
        return f"{dose_mg:g} mg"
    if m.form == "oral_solution":
        return f"{dose_mg:g} mg = {_decimal(round(units, 2))} mL"
    singular, plural = UNIT_NAMES[m.form]
    return f"{dose_mg:g} mg ({_fmt_amount(units)} {singular if units <= 1 else plural})"


def amount_note(m: Medicine, dose_mg: float) -> str | None:
    """When the amount to give is not a whole or half tablet (or packet): say so, and who to ask. Shown on the form
    when the dose is entered and on the reminder. The app never changes the dose itself."""
    if m.form not in ("tablet", "granules"):
        return None
    units = units_for_dose(m, dose_mg)
    if units is None or not math.isfinite(units) or units <= 0 or _is_whole_or_half(units):
        return None
    singular, plural = UNIT_NAMES[m.form]
    return (f"{dose_mg:g} mg is {_decimal(units)} {plural} of {m.strength_mg:g} mg: not a whole or half "
            f"{singular}. Ask the pharmacist or prescriber how to give this dose.")


def strength_question(m: Medicine) -> str | None:
    """For baclofen: a strength that is not one the facts sheet lists for its form, to be checked with the bottle
    or box in hand before it is saved (every amount to give is worked out from it). None when it is a known one,
    or for other medicines."""
    if not m.baclofen:
        return None
    if m.form == "oral_solution" and m.concentration_mg_per_ml:
        if any(abs(m.concentration_mg_per_ml - v) < 1e-9 for _label, v in LIQUID_STRENGTHS):
            return None
        known = "; ".join(label for label, _v in LIQUID_STRENGTHS)
        return (f"{m.concentration_mg_per_ml:g} mg in each mL is not a strength the app knows for a baclofen "
                f"liquid ({known}). Please check the strength printed on the bottle with the bottle in hand: every "
                "amount in mL is worked out from it, and a 5 mg/mL bottle entered as 1 mg/mL would give five times "
                "the dose.")
    strengths = {"tablet": TABLET_STRENGTHS_MG, "granules": GRANULE_STRENGTHS_MG}.get(m.form)
    if strengths and m.strength_mg and not any(abs(m.strength_mg - s) < 1e-9 for s in strengths):
        what = {"tablet": "tablets", "granules": "granule packets"}[m.form]
        known = ", ".join(f"{s:g}" for s in strengths)
        return (f"{m.strength_mg:g} mg is not a strength the app knows for baclofen {what} ({known} mg). Please "
                "check the strength printed on the box with the box in hand: every amount to give is worked out "
                "from it.")
    return None


def liquid_strength_label(mg_per_ml: float | None) -> str:
    """How a liquid's strength is shown: as printed on the bottle where it is a known one, with mg per mL."""
    if not mg_per_ml:
        return ""
    for label, v in LIQUID_STRENGTHS:
        if abs(mg_per_ml - v) < 1e-9:
            return label
    return f"{mg_per_ml:g} mg in each mL"


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
