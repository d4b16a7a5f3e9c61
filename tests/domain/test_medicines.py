from datetime import date

import pytest

from caregiver_app.domain.medicines import (
    Medicine,
    format_dose,
    pump_reminders,
    stock_status,
    units_for_dose,
    validate_medicine,
)

TODAY = date(2026, 11, 23)


def tab(**kw):
    return Medicine(person_id=1, name=kw.pop("name", "Baclofen"), form=kw.pop("form", "tablet"),
                    strength_mg=kw.pop("strength_mg", 10.0), **kw)


@pytest.mark.parametrize("med, mg, text", [
    (tab(), 20, "20 mg (2 tablets)"),
    (tab(), 5, "5 mg (½ tablet)"),
    (tab(), 15, "15 mg (1½ tablets)"),
    # Not a whole or half tablet: in decimals (amount_note says so and who to ask), no "¼" to misread.
    (tab(strength_mg=20), 5, "5 mg (0.25 tablet)"),
    (tab(strength_mg=15), 20, "20 mg (1.33 tablets)"),
    (Medicine(person_id=1, name="Baclofen", form="oral_solution", concentration_mg_per_ml=1.0), 10, "10 mg = 10 mL"),
    # mL in decimals, as the syringe is marked (it used to say "2½ mL", and "3¾ mL").
    (Medicine(person_id=1, name="Baclofen", form="oral_solution", concentration_mg_per_ml=2.0), 5, "5 mg = 2.5 mL"),
    (Medicine(person_id=1, name="Baclofen", form="oral_solution", concentration_mg_per_ml=2.0), 7.5,
     "7.5 mg = 3.75 mL"),
    (Medicine(person_id=1, name="Lyvispah", form="granules", strength_mg=5.0), 10, "10 mg (2 packets)"),
])
def test_dose_shows_mg_and_amount(med, mg, text):
    assert format_dose(med, mg) == text


def test_units_unknown_without_strength():
    assert units_for_dose(Medicine(person_id=1, name="X", form="other"), 5) is None


def test_stock_reorder_message_explains_danger_for_baclofen():
    st = stock_status(tab(stock_on_hand=30, refill_threshold_days=7), daily_mg=60)   # 6 tablets a day: 5 days
    assert st.reorder and int(st.days_left) == 5
    assert "stopping it suddenly" in st.message and "talk to your doctor or nurse" in st.message
    other = stock_status(tab(name="Paracetamol", stock_on_hand=30, refill_threshold_days=7), daily_mg=60)
    assert other.reorder and "stopping" not in other.message
    assert not stock_status(tab(stock_on_hand=300, refill_threshold_days=7), daily_mg=60).reorder
    assert stock_status(tab(), daily_mg=60).days_left is None


def pump(**kw):
    return Medicine(person_id=1, name="Gablofen", form="intrathecal", **kw)


def test_pump_reminders_seven_and_two_days_ahead():
    m = pump(pump_refill_date=date(2026, 11, 30))
    assert [r.days_before for r in pump_reminders(m, date(2026, 11, 22))] == []
    assert [r.days_before for r in pump_reminders(m, date(2026, 11, 23))] == [7]
    assert [r.days_before for r in pump_reminders(m, date(2026, 11, 28))] == [2]
    overdue = pump_reminders(m, date(2026, 12, 1))
    assert overdue[0].days_before < 0 and "call the doctor before the pump runs empty" in overdue[0].message


def test_pump_reminder_days_are_configurable():
    m = pump(pump_alarm_date=date(2026, 12, 10), pump_remind_days=(14,))
    assert [r.kind for r in pump_reminders(m, date(2026, 11, 26))] == ["alarm"]
    assert pump_reminders(tab(), TODAY) == []


@pytest.mark.parametrize("changes, field", [
    (dict(name=""), "name"),
    (dict(strength_mg=None), "strength_mg"),
    (dict(strength_mg=-5.0), "strength_mg"),
    (dict(strength_mg=0.0), "strength_mg"),
    (dict(strength_mg=float("nan")), "strength_mg"),
    (dict(strength_mg=5000.0), "strength_mg"),
    (dict(start_date=date(1899, 1, 1)), "start_date"),
    (dict(start_date=date(2026, 5, 1), stop_date=date(2026, 4, 1)), "stop_date"),
    (dict(stock_on_hand=-1.0), "stock_on_hand"),
    (dict(refill_threshold_days=0), "refill_threshold_days"),
    (dict(form="capsule"), "form"),
    (dict(instructions="x" * 3000), "instructions"),
])
def test_bad_medicine_input(changes, field):
    errors = validate_medicine(tab().with_changes(**changes), TODAY)
    assert field in [e.field for e in errors] and all(e.message for e in errors)


def test_solution_needs_concentration():
    m = Medicine(person_id=1, name="Baclofen", form="oral_solution")
    assert [e.field for e in validate_medicine(m, TODAY)] == ["concentration_mg_per_ml"]
