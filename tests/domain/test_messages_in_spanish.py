"""The domain's and the services' words are Text (issue 17): the English as before, and said in Spanish from the
translation file at the edge, values and all. (Rendered here with the .ts file's words, without Qt.)"""
from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from caregiver_app.domain import medicines, people, plans, schedules, settings
from caregiver_app.domain.medicines import Medicine, describe_schedule, format_dose, pump_reminders, stock_status
from caregiver_app.domain.plans import Plan, PlanStep, StepTotal, after_last_words, too_fast_warnings, validate_plan
from caregiver_app.domain.schedules import TimeDose, schedule_from_spec, validate_schedule
from caregiver_app.domain.text import Text, Value

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spanish():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    entries = translations.read_ts(translations.ts_path("es"))

    def translate(context: str, source: str, n: int | None) -> str:
        e = entries.get((context, source))
        if e is None or not e.finished or not any(e.forms):
            text = source
        else:
            text = e.forms[0] if n == 1 or len(e.forms) == 1 else e.forms[1]
        return text.replace("%n", str(n)) if n is not None else text

    def fmt(v: Value) -> str:
        return str(v).replace(".", ",") if v.kind == "decimal" else str(v)

    return lambda text: text.render(translate, fmt)


TABLETS = Medicine(1, "Baclofen", form="tablet", strength_mg=10.0, stock_on_hand=12.0)
LIQUID = Medicine(1, "Baclofen", form="oral_solution", concentration_mg_per_ml=1.0)


class Stored:
    def __init__(self, kind, spec):
        self.kind = kind
        self.schedule = schedule_from_spec(kind, spec, tz="Europe/London", start_date=date(2026, 1, 1))


def test_doses_and_schedules_in_spanish(spanish):
    assert spanish(format_dose(TABLETS, 20)) == "20 mg (2 comprimidos)"
    assert spanish(format_dose(TABLETS, 5)) == "5 mg (½ comprimido)"
    assert spanish(format_dose(LIQUID, 2.5)) == "2,5 mg = 2,5 mL"
    assert str(format_dose(LIQUID, 2.5)) == "2.5 mg = 2.5 mL"
    said = describe_schedule(Stored("weekdays", {"weekdays": [0, 2], "times": [["08:00", 10], ["20:00", 15]]}),
                             TABLETS)
    assert str(said) == "Mon Wed: 08:00 10 mg (1 tablet), 20:00 15 mg (1½ tablets)"
    assert spanish(said) == "lun mié: 08:00 10 mg (1 comprimido), 20:00 15 mg (1½ comprimidos)"
    prn = describe_schedule(Stored("prn", {"dose_mg": 5, "min_interval_minutes": 90, "max_doses_per_day": 3}),
                            TABLETS)
    assert spanish(prn) == ("Cuando haga falta: 5 mg (½ comprimido), con al menos 1,5 h entre dosis, como máximo 3 al "
                            "día")


def test_stock_and_pump_notices_in_spanish(spanish):
    st = stock_status(TABLETS, 20)
    assert str(st.message).startswith("12 tablets left: about 6 days at the current dose. Time to reorder.")
    assert spanish(st.message).startswith("Quedan 12 comprimidos: para unos 6 días con la dosis actual. Es hora de "
                                          "pedir más. Quedarse sin baclofeno es peligroso")
    pump = Medicine(1, "Pump", form="intrathecal", pump_refill_date=date(2026, 12, 3))
    [r] = pump_reminders(pump, date(2026, 12, 2))
    assert spanish(r.message).startswith("La cita para recargar la bomba es dentro de 1 día (Thu 03 Dec).")


def test_plan_checks_in_spanish(spanish):
    [stop] = too_fast_warnings([StepTotal(date(2026, 11, 1), 30), StepTotal(date(2026, 11, 2), 20),
                                StepTotal(date(2026, 11, 5), 0)])
    assert "to none in 3 days" in stop
    assert spanish(stop).startswith("El plan pasa de 30 mg al día a nada en 3 días (ninguna dosis desde el ")
    assert spanish(stop).endswith("Revise el plan con su médico o enfermera antes de seguirlo.")
    plan = Plan(1, 2, "Taper", after_last="stop",
                steps=(PlanStep(date(2026, 11, 1), 7, (TimeDose(time(8), 10.0), TimeDose(time(8), 5.0))),))
    assert spanish(after_last_words(plan, "Baclofen")).startswith("Después del último paso (desde el ")
    errors = [e.message for e in validate_plan(plan, date(2026, 11, 1))]
    assert "Paso 1: la hora 08:00 está dos veces." in [spanish(m) for m in errors]


def test_schedule_and_settings_errors_in_spanish(spanish):
    errors = validate_schedule("prn", {"dose_mg": 5000, "min_interval_minutes": "", "max_doses_per_day": 3},
                               tz="Europe/London", start_date=date(2026, 1, 1))
    said = [spanish(e.message) for e in errors]
    assert "La dosis: 5000 mg, más de 1000 mg para una dosis. Compruebe el número (las dosis van en mg)." in said
    assert "Escriba el tiempo entre dosis." in said
    assert str(errors[0].message) == ("The dose is 5,000 mg, more than 1,000 mg for one dose. Please check the "
                                      "number (doses are in mg).")
    [err] = settings.validate_setting("text_size", "huge")
    assert spanish(err.message) == "El ajuste text_size: debe ser uno de estos: normal, large, extra_large."


def test_tables_are_text_for_the_ui_to_say():
    for table in (medicines.FORMS, medicines.INGREDIENTS, plans.KINDS, plans.AFTER_LAST):
        assert all(isinstance(v, Text) for v in table.values())
    assert all(isinstance(label, Text) for label, _mg in medicines.LIQUID_STRENGTHS)
    for note in (medicines.NOT_BACLOFEN_NOTE, medicines.RUNNING_OUT_BACLOFEN, people.CHECKIN_NOTE, people.KIDNEY_NOTE):
        assert isinstance(note, Text)
    assert schedules.WEEKDAY_NAMES[0] == "Monday" and medicines.WEEKDAY_SHORT[0] == "Mon"   # marked words
    assert isinstance(people.oral_baclofen_age_note(date.today() - timedelta(days=3650), date.today(), True), Text)
