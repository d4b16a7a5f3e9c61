"""Medicines: forms, strengths, what a dose means in tablets or mL, stock and refill timing. Pure rules."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from caregiver_app.domain.dosing import is_baclofen
from caregiver_app.domain.text import Messages, Text, Value, joined, value
from caregiver_app.domain.validation import FieldError, check_date, check_number, check_text

if TYPE_CHECKING:
    from caregiver_app.domain.schedules import Schedule

_ = Messages("domain.medicines")


def _word(source: str) -> Text:
    """A word of a table below, as a Text of this module (the UI says it with ``localize``)."""
    return Text(_.context, source)


#: The forms, with their names (Text).
FORMS: dict[str, str] = {
    "tablet": _word(_.mark("Tablet")),
    "oral_solution": _word(_.mark("Oral solution / suspension")),
    "granules": _word(_.mark("Granules (packets)")),
    "intrathecal": _word(_.mark("Intrathecal pump")),
    "other": _word(_.mark("Other")),
}
#: The forms' names inside a sentence ("Pump (intrathecal pump)").
_FORMS_IN_TEXT = {
    "tablet": _.mark("tablet"),
    "oral_solution": _.mark("oral solution / suspension"),
    "granules": _.mark("granules (packets)"),
    "intrathecal": _.mark("intrathecal pump"),
    "other": _.mark("other"),
}
#: The active ingredient, asked as its own field: the baclofen checks (the missed-dose rule, 80 mg a day, running
#: out, the danger signs' guidance) apply to "baclofen" whatever the name typed ("Bacloflen" included). (Text.)
INGREDIENTS: dict[str, str] = {"baclofen": _word(_.mark("Baclofen")),
                               "other": _word(_.mark("Another medicine (not baclofen)"))}
NOT_BACLOFEN_NOTE = _word(_.mark(
    "Not baclofen: the app's baclofen checks (the missed-dose rule, the 80 mg a day label maximum, the warning about "
    "running out) do not apply to this medicine."))

# Strengths of baclofen products in the facts sheet (§1 [B][D][E][H][K][L]): liquids as printed on the bottle
# with what that is in mg per mL; tablets 5, 10, 20 mg (15 mg in some generics); granule packets 5, 10, 20 mg.
# Any other strength is asked about with the bottle or box in hand: a 5 mg/mL bottle typed as 1 mg/mL would give
# five times the dose.
LIQUID_STRENGTHS: tuple[tuple[str, float], ...] = (   # (label (Text), mg per mL)
    (_word(_.mark("5 mg/5 mL (1 mg in each mL)")), 1.0),
    (_word(_.mark("10 mg/5 mL (2 mg in each mL)")), 2.0),
    (_word(_.mark("5 mg/mL (5 mg in each mL)")), 5.0),
)
TABLET_STRENGTHS_MG = (5.0, 10.0, 15.0, 20.0)
GRANULE_STRENGTHS_MG = (5.0, 10.0, 20.0)

#: The English units (the messages below say each form's amount in a sentence of its own).
UNIT_NAMES = {"tablet": ("tablet", "tablets"), "granules": ("packet", "packets"), "oral_solution": ("mL", "mL"),
              "other": ("dose", "doses")}
MAX_STRENGTH_MG = 1000.0
MAX_CONCENTRATION = 100.0
MAX_STOCK = 100_000.0

RUNNING_OUT_BACLOFEN = _word(_.mark(
    "Running out of baclofen is dangerous: stopping it suddenly can cause hallucinations and seizures "
    "(baclofen label). Order more in good time, and talk to your doctor or nurse if a supply gap is coming."
))


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

    def describe(self) -> Text:
        """"Baclofen 10 mg tablet" (a Text)."""
        if self.form == "oral_solution" and self.concentration_mg_per_ml:
            return _("{name} oral liquid {strength}", name=self.name,
                     strength=liquid_strength_label(self.concentration_mg_per_ml))
        if self.form == "tablet" and self.strength_mg:
            return _("{name} {mg} mg tablet", name=self.name, mg=_number(self.strength_mg))
        if self.form == "granules" and self.strength_mg:
            return _("{name} {mg} mg packet", name=self.name, mg=_number(self.strength_mg))
        form = _word(_FORMS_IN_TEXT[self.form]) if self.form in _FORMS_IN_TEXT else self.form.lower()
        return _("{name} ({form})", name=self.name, form=form)


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
    errors += check_text("name", m.name, label=_("Medicine name"), max_len=120, required=True)
    if m.ingredient not in ("", *INGREDIENTS):
        errors.append(FieldError("ingredient", _("Please choose the active ingredient: baclofen or another "
                                                 "medicine.")))
    if m.form not in FORMS:
        errors.append(FieldError("form", _("Please choose the form (tablet, oral solution, granules, pump).")))
    if m.form in ("tablet", "granules"):
        if m.strength_mg is None:
            errors.append(FieldError("strength_mg", _("Please enter the strength of one tablet or packet in mg.")))
        else:
            errors += check_number("strength_mg", m.strength_mg, label=_("Strength"), minimum=0.01,
                                   maximum=MAX_STRENGTH_MG, unit="mg", allow_zero=False)
    if m.form == "oral_solution":
        if m.concentration_mg_per_ml is None:
            errors.append(FieldError("concentration_mg_per_ml",
                                     _("Please enter the strength in mg per mL, as printed on the bottle "
                                       "(for example 5 mg/5 mL is 1 mg/mL).")))
        else:
            errors += check_number("concentration_mg_per_ml", m.concentration_mg_per_ml, label=_("Strength"),
                                   minimum=0.01, maximum=MAX_CONCENTRATION, unit="mg/mL", allow_zero=False)
    errors += check_text("instructions", m.instructions, label=_("Instructions"), max_len=2000, multiline=True)
    errors += check_text("prescriber", m.prescriber, label=_("Prescriber"), max_len=500, multiline=True)
    far = date(today.year + 20, 1, 1)
    errors += check_date("start_date", m.start_date, label=_("Start date"), today=far)
    errors += check_date("stop_date", m.stop_date, label=_("Stop date"), today=far)
    if m.start_date and m.stop_date and m.stop_date < m.start_date:
        errors.append(FieldError("stop_date", _("The stop date is before the start date.")))
    if m.stock_on_hand is not None:
        errors += check_number("stock_on_hand", m.stock_on_hand, label=_("Stock on hand"), minimum=0,
                               maximum=MAX_STOCK)
    if m.refill_threshold_days is not None:
        errors += check_number("refill_threshold_days", m.refill_threshold_days, label=_("Reorder warning"),
                               minimum=1, maximum=365, unit="days")
    for field, when, label in (("pump_refill_date", m.pump_refill_date, _("Next refill")),
                               ("pump_alarm_date", m.pump_alarm_date, _("Low-reservoir alarm date"))):
        errors += check_date(field, when, label=label, today=far)
    if any((not isinstance(d, int)) or d < 0 or d > 60 for d in m.pump_remind_days):
        errors.append(FieldError("pump_remind_days", _("Reminder days must be whole numbers from 0 to 60.")))
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


def _number(x: float) -> Value:
    """A number of mg as the messages show it (2.5), in the user's locale at the edge (2,5)."""
    return value(x, "decimal", f"{x:g}")


def _is_whole_or_half(units: float) -> bool:
    return abs(units * 2 - round(units * 2)) < 1e-6


def _fmt_amount(x: float) -> str:
    """Tablets and packets: whole and half ones as written on a pill box ("1½"), anything else in decimals."""
    if _is_whole_or_half(x):
        whole = int(math.floor(x + 1e-6))
        half = x - whole > 0.25
        return (f"{whole}½" if whole else "½") if half else f"{whole}"
    return _decimal(x)


def _amount(units: float) -> Value:
    return value(units, "decimal", _fmt_amount(units))


def format_dose(m: Medicine, dose_mg: float) -> Text:
    """'20 mg (2 tablets)', '10 mg = 2.5 mL': the mg always, the amount to give beside it (mL in decimals, as
    the syringe that comes with a liquid is marked). A Text."""
    mg = _number(dose_mg)
    if m.is_pump:
        return _("{mg} mcg/day", mg=mg)
    units = units_for_dose(m, dose_mg)
    if units is None or not math.isfinite(units):
        return _("{mg} mg", mg=mg)
    if m.form == "oral_solution":
        return _("{mg} mg = {ml} mL", mg=mg, ml=value(round(units, 2), "decimal", _decimal(round(units, 2))))
    amount = _fmt_amount(units)
    whole = amount.isdigit() and int(amount) >= 1   # whole tablets or packets: the language's plural forms
    if m.form == "tablet":
        if whole:
            return _.n("{mg} mg (%n tablet)", "{mg} mg (%n tablets)", int(amount), mg=mg)
        if units <= 1:
            return _("{mg} mg ({amount} tablet)", mg=mg, amount=_amount(units))
        return _("{mg} mg ({amount} tablets)", mg=mg, amount=_amount(units))
    if m.form == "granules":
        if whole:
            return _.n("{mg} mg (%n packet)", "{mg} mg (%n packets)", int(amount), mg=mg)
        if units <= 1:
            return _("{mg} mg ({amount} packet)", mg=mg, amount=_amount(units))
        return _("{mg} mg ({amount} packets)", mg=mg, amount=_amount(units))
    return _("{mg} mg", mg=mg)   # (not reached: only tablets, packets and liquids have a strength)


def amount_note(m: Medicine, dose_mg: float) -> Text | None:
    """When the amount to give is not a whole or half tablet (or packet): say so, and who to ask. Shown on the form
    when the dose is entered and on the reminder. The app never changes the dose itself."""
    if m.form not in ("tablet", "granules"):
        return None
    units = units_for_dose(m, dose_mg)
    if units is None or not math.isfinite(units) or units <= 0 or _is_whole_or_half(units):
        return None
    amount = value(units, "decimal", _decimal(units))
    strength = _number(m.strength_mg or 0.0)
    if m.form == "tablet":
        return _("{mg} mg is {amount} tablets of {strength} mg: not a whole or half tablet. Ask the pharmacist or "
                 "prescriber how to give this dose.", mg=_number(dose_mg), amount=amount, strength=strength)
    return _("{mg} mg is {amount} packets of {strength} mg: not a whole or half packet. Ask the pharmacist or "
             "prescriber how to give this dose.", mg=_number(dose_mg), amount=amount, strength=strength)


def strength_question(m: Medicine) -> Text | None:
    """For baclofen: a strength that is not one the facts sheet lists for its form, to be checked with the bottle
    or box in hand before it is saved (every amount to give is worked out from it). None when it is a known one,
    or for other medicines."""
    if not m.baclofen:
        return None
    if m.form == "oral_solution" and m.concentration_mg_per_ml:
        if any(abs(m.concentration_mg_per_ml - v) < 1e-9 for _label, v in LIQUID_STRENGTHS):
            return None
        known = joined("; ", [label for label, _v in LIQUID_STRENGTHS])
        return _("{mg} mg in each mL is not a strength the app knows for a baclofen liquid ({known}). Please check "
                 "the strength printed on the bottle with the bottle in hand: every amount in mL is worked out from "
                 "it, and a 5 mg/mL bottle entered as 1 mg/mL would give five times the dose.",
                 mg=_number(m.concentration_mg_per_ml), known=known)
    strengths = {"tablet": TABLET_STRENGTHS_MG, "granules": GRANULE_STRENGTHS_MG}.get(m.form)
    if strengths and m.strength_mg and not any(abs(m.strength_mg - s) < 1e-9 for s in strengths):
        known_mg = ", ".join(f"{s:g}" for s in strengths)
        if m.form == "tablet":
            return _("{mg} mg is not a strength the app knows for baclofen tablets ({known} mg). Please check the "
                     "strength printed on the box with the box in hand: every amount to give is worked out from it.",
                     mg=_number(m.strength_mg), known=known_mg)
        return _("{mg} mg is not a strength the app knows for baclofen granule packets ({known} mg). Please check "
                 "the strength printed on the box with the box in hand: every amount to give is worked out from it.",
                 mg=_number(m.strength_mg), known=known_mg)
    return None


def liquid_strength_label(mg_per_ml: float | None) -> str:
    """How a liquid's strength is shown: as printed on the bottle where it is a known one, with mg per mL (a Text;
    "" when there is none)."""
    if not mg_per_ml:
        return ""
    for label, v in LIQUID_STRENGTHS:
        if abs(mg_per_ml - v) < 1e-9:
            return label
    return _("{mg} mg in each mL", mg=_number(mg_per_ml))


@dataclass(frozen=True)
class StockStatus:
    days_left: float | None
    reorder: bool
    message: str
    short: str = ""     # the amount left in a few words, for a table cell ("30 tablets left")


def _left(m: Medicine) -> Text:
    """The amount left in a few words ("30 tablets left")."""
    amount = _number(m.stock_on_hand or 0.0)
    if m.form == "tablet":
        return _("{amount} tablets left", amount=amount)
    if m.form == "granules":
        return _("{amount} packets left", amount=amount)
    if m.form == "oral_solution":
        return _("{amount} mL left", amount=amount)
    return _("{amount} doses left", amount=amount)


def stock_status(m: Medicine, daily_mg: float) -> StockStatus:
    """How many days the stock lasts at ``daily_mg``, and whether to reorder now (``message`` and ``short`` are
    Text)."""
    if m.stock_on_hand is None or daily_mg <= 0 or m.is_pump:
        return StockStatus(None, False, "")
    per_day = units_for_dose(m, daily_mg)
    if not per_day:
        return StockStatus(None, False, "")
    days = m.stock_on_hand / per_day
    threshold = m.refill_threshold_days or 7
    reorder = days <= threshold
    short = _left(m)
    # (The English says "days" for one day too, as it always has; other languages get their own forms.)
    msg: Text = _.n("{left}: about %n days at the current dose.", "{left}: about %n days at the current dose.",
                    math.floor(days), left=short)
    if reorder:
        msg = joined(" ", [msg, _("Time to reorder."), RUNNING_OUT_BACLOFEN if m.baclofen else ""])
    return StockStatus(days, reorder, msg, short)


@dataclass(frozen=True)
class PumpReminder:
    kind: str      # refill | alarm
    when: date
    days_before: int
    message: str


def _on(d: date, english: str) -> Text:
    """A day with its year: the day in the user's language at the edge, then the year."""
    return _("{day} {year}", day=value(d, "short_date", english), year=str(d.year))


def pump_reminders(m: Medicine, today: date) -> list[PumpReminder]:
    """Reminders due today (or overdue) ahead of the pump's refill appointment and low-reservoir alarm date (their
    ``message`` a Text)."""
    if not m.is_pump:
        return []
    out: list[PumpReminder] = []
    for kind, when in (("refill", m.pump_refill_date), ("alarm", m.pump_alarm_date)):
        if when is None:
            continue
        left = (when - today).days
        if left < 0:
            day = _on(when, f"{when:%d %b}")
            if kind == "refill":
                msg = _("The pump refill appointment ({day}) has passed. If the refill was missed, call the doctor "
                        "before the pump runs empty.", day=day)
            else:
                msg = _("The pump's low-reservoir alarm date ({day}) has passed. If the refill was missed, call the "
                        "doctor before the pump runs empty.", day=day)
            out.append(PumpReminder(kind, when, left, msg))
            continue
        due = [d for d in sorted(m.pump_remind_days, reverse=True) if left <= d]
        if due:
            day_v = value(when, "date", f"{when:%a %d %b}")
            if kind == "refill":
                msg = _.n("The pump refill appointment is in %n day ({day}). Missing a refill can cause withdrawal: "
                          "keep the appointment.",
                          "The pump refill appointment is in %n days ({day}). Missing a refill can cause withdrawal: "
                          "keep the appointment.", left, day=day_v)
            else:
                msg = _.n("The pump's low-reservoir alarm date is in %n day ({day}). Missing a refill can cause "
                          "withdrawal: keep the appointment.",
                          "The pump's low-reservoir alarm date is in %n days ({day}). Missing a refill can cause "
                          "withdrawal: keep the appointment.", left, day=day_v)
            out.append(PumpReminder(kind, when, left, msg))
    return out


#: Marked for translation: said with ``Text("domain.medicines", day)``.
WEEKDAY_SHORT = [_.mark("Mon"), _.mark("Tue"), _.mark("Wed"), _.mark("Thu"), _.mark("Fri"), _.mark("Sat"),
                 _.mark("Sun")]


class StoredSchedule(Protocol):
    """What ``describe_schedule`` reads of a stored schedule (``storage.schedules.ScheduleRecord``)."""

    @property
    def kind(self) -> str: ...

    @property
    def schedule(self) -> Schedule: ...


def describe_schedule(rec: StoredSchedule, med: Medicine) -> Text:
    """A schedule in words, with the amounts to give: "Every day: 08:00 20 mg (2 tablets), …" (``rec`` is a stored
    schedule: ``kind`` and ``schedule``). A Text."""
    from caregiver_app.domain.schedules import parse_time

    spec = rec.schedule.to_spec()
    if rec.kind in ("fixed", "weekdays"):
        times = joined(", ", [_("{time} {dose}", time=value(parse_time(t), "time", t), dose=format_dose(med, mg))
                              for t, mg in spec["times"]])
        if rec.kind == "weekdays":
            days = joined(" ", [_word(WEEKDAY_SHORT[d]) for d in spec["weekdays"]])
            return _("{days}: {times}", days=days, times=times)
        return _("Every day: {times}", times=times)
    if rec.kind == "interval":
        return _("Every {hours} hours from {time}: {dose}", hours=_number(spec["every_minutes"] / 60),
                 time=value(parse_time(spec["first_time"]), "time", spec["first_time"]),
                 dose=format_dose(med, spec["dose_mg"]))
    return _("As needed: {dose}, at least {hours} h apart, at most {count} a day",
             dose=format_dose(med, spec["dose_mg"]), hours=_number(spec["min_interval_minutes"] / 60),
             count=spec["max_doses_per_day"])
