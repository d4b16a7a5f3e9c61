"""Checks on what is typed into the medicine and plan forms that look like a slip: one dose far too big, and doses
so close together that they would be one double dose. Pure functions; they return questions to put to the
person (the form asks, with the numbers said), they never refuse a prescription.

Facts from the facts sheet only: the label's most for a day is 80 mg of baclofen by mouth [A][B] (a single dose
above it is above the whole day's maximum), and two doses closer than the double-dose check's window are
questioned when logged (domain/dosing.py), so a schedule that plans them is questioned when it is typed.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from caregiver_app.domain.dosing import BACLOFEN_LABEL_MAX_MG_PER_DAY, DEFAULT_DOUBLE_DOSE_WINDOW, if_not_sure
from caregiver_app.domain.medicines import Medicine, units_for_dose
from caregiver_app.domain.text import Messages, Text, Value, joined, value

_ = Messages("domain.entry_checks")

#: More tablets or packets than this at one time is asked about as a likely typing slip (1000 for 10, mg for
#: tablets). Not a medical limit: the question only asks to check against the prescription.
MANY_UNITS_AT_ONCE = 8


def _mg(v: float) -> Text:
    amount = round(v, 3)
    return _("{amount} mg", amount=value(amount, "decimal", f"{amount:g}"))


def _amount(units: float) -> Value:
    amount = round(units, 2)
    return value(amount, "decimal", f"{amount:g}")


def dose_size_questions(med: Medicine, doses_mg: Iterable[float]) -> list[str]:
    """Sentences to confirm, one per distinct dose that looks like a slip: baclofen by mouth above the label's
    daily maximum in one dose, or more than ``MANY_UNITS_AT_ONCE`` tablets or packets at one time. Empty when
    none does."""
    out: list[str] = []
    for mg in sorted(set(float(d) for d in doses_mg)):
        if mg <= 0:
            continue
        parts: list[Text] = []
        units = units_for_dose(med, mg)
        # (more than MANY_UNITS_AT_ONCE: always several tablets or packets)
        if med.form in ("tablet", "granules") and units is not None and units > MANY_UNITS_AT_ONCE:
            values = {"dose": _mg(mg), "count": _amount(units), "strength": _mg(med.strength_mg or 0)}
            if med.form == "tablet":
                parts.append(_("{dose} is {count} tablets of {strength} at one time", **values))
            else:
                parts.append(_("{dose} is {count} packets of {strength} at one time", **values))
        if med.baclofen and not med.is_pump and mg > BACLOFEN_LABEL_MAX_MG_PER_DAY:
            if parts:  # after the first part, in the same sentence
                parts.append(_("one dose of {dose} is more than the label's most for a whole day ({most} mg)",
                               dose=_mg(mg), most=BACLOFEN_LABEL_MAX_MG_PER_DAY))
            else:
                parts.append(_("One dose of {dose} is more than the label's most for a whole day ({most} mg)",
                               dose=_mg(mg), most=BACLOFEN_LABEL_MAX_MG_PER_DAY))
        if parts:
            out.append(joined(" ", [
                _("{problems}. Is this really what the prescription says, or a typing slip (mg for tablets, or a 0 too "
                  "many)?", problems=joined("; ", parts)),
                if_not_sure()]))
    return out


def _minutes_apart(a: time, b: time) -> int:
    day = date(2000, 1, 3)
    gap = abs(datetime.combine(day, a) - datetime.combine(day, b))
    return int(min(gap, timedelta(days=1) - gap).total_seconds() // 60)


def close_times(times: Iterable[time], window: timedelta = DEFAULT_DOUBLE_DOSE_WINDOW) -> list[tuple[time, time, int]]:
    """Pairs of the day's dose times closer than ``window`` (across midnight too): (earlier, later, minutes)."""
    ordered = sorted(set(times))
    out = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            minutes = _minutes_apart(a, b)
            if minutes < window.total_seconds() // 60:
                out.append((a, b, minutes))
    return out


def close_times_question(times: Iterable[time], window: timedelta = DEFAULT_DOUBLE_DOSE_WINDOW) -> str | None:
    """A question when two of the day's dose times are closer than ``window``, else None."""
    pairs = close_times(times, window)
    if not pairs:
        return None
    said = joined("; ", [_.n("{first} and {second} are only %n minute apart",
                             "{first} and {second} are only %n minutes apart", m,
                             first=value(a, "time", f"{a:%H:%M}"), second=value(b, "time", f"{b:%H:%M}"))
                         for a, b, m in pairs])
    return joined(" ", [
        _("{pairs}. Two doses that close together would be taken as one double dose (the app asks about any two doses "
          "logged less than {minutes} minutes apart). Is this what the prescription says, or a typing slip?",
          pairs=said, minutes=int(window.total_seconds() // 60)),
        if_not_sure()])


def close_interval_question(every_minutes: int, window: timedelta = DEFAULT_DOUBLE_DOSE_WINDOW) -> str | None:
    """A question for an "every few hours" schedule whose doses come closer than ``window``."""
    if every_minutes >= window.total_seconds() // 60:
        return None
    return joined(" ", [
        # (the English says "minutes" for 1 too)
        _.n("A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what "
            "the prescription says, or a typing slip (minutes for hours)?",
            "A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what "
            "the prescription says, or a typing slip (minutes for hours)?", every_minutes),
        if_not_sure()])
