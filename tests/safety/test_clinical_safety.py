"""The clinical safety review of 2026-12-02, finding by finding (the numbers are the review's). Each test failed on
the code before the fix. Findings 1, 4 and 8 are tested in tests/domain/test_diary.py and test_plans.py, finding 2
in tests/ui/test_diary_page.py; the wording rule (no command voice) in tests/content/test_info_pages.py."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from caregiver_app.domain.dosing import DEFAULT_DOUBLE_DOSE_WINDOW, MissedAdviceCode
from caregiver_app.domain.medicines import (
    Medicine,
    amount_note,
    format_dose,
    looks_like_baclofen,
    strength_question,
    suggested_ingredient,
)
from caregiver_app.domain.people import Person, oral_baclofen_age_note
from caregiver_app.reports.summary import build_summary, summary_html
from caregiver_app.services import Services
from caregiver_app.services.medicines import ScheduleInput
from helpers import LONDON, FakePrompts, add_baclofen, ctx_for


def at(y, mo, d, h, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=LONDON).astimezone(UTC)


@pytest.fixture
def services(store, clock):
    return Services(store, clock)


# -- 3. liquid strength is one unguarded number ---------------------------------------------------------------------
@pytest.mark.parametrize("form, strength, asked", [
    ("oral_solution", 1.0, False), ("oral_solution", 2.0, False), ("oral_solution", 5.0, False),
    ("oral_solution", 0.5, True), ("oral_solution", 3.0, True), ("oral_solution", 50.0, True),
    ("tablet", 10.0, False), ("tablet", 15.0, False), ("tablet", 12.5, True), ("tablet", 100.0, True),
    ("granules", 5.0, False), ("granules", 15.0, True),
])
def test_a_baclofen_strength_the_facts_sheet_does_not_list_is_asked_about(form, strength, asked):
    kw = {"concentration_mg_per_ml": strength} if form == "oral_solution" else {"strength_mg": strength}
    med = Medicine(person_id=1, name="Baclofen", form=form, ingredient="baclofen", **kw)
    question = strength_question(med)
    assert bool(question) is asked
    if question:
        assert "in hand" in question
    assert strength_question(Medicine(person_id=1, name="Paracetamol", form=form, ingredient="other", **kw)) is None


def test_the_form_offers_liquid_strengths_as_on_the_bottle_and_asks_about_others(qtbot, store, clock):
    from caregiver_app.ui.medicine_dialog import MedicineDialog

    person = store.people.save(Person(name="Ann"))
    dlg = MedicineDialog(ctx_for(store, FakePrompts(confirm=False)), person, tz_name="Europe/London")
    qtbot.addWidget(dlg)
    dlg.name.setCurrentText("Baclofen")
    dlg.form.setCurrentIndex(dlg.form.findData("oral_solution"))
    labels = [dlg.bottle.itemText(i) for i in range(dlg.bottle.count())]
    assert "5 mg/5 mL (1 mg in each mL)" in labels and "10 mg/5 mL (2 mg in each mL)" in labels
    assert "5 mg/mL (5 mg in each mL)" in labels
    dlg.bottle.setCurrentIndex(labels.index("5 mg/mL (5 mg in each mL)"))
    assert dlg.concentration.text() == "5" and dlg.concentration.isReadOnly()   # mg/mL shown back
    for row in range(3):
        dlg.times.item(row, 1).setText("10")
    assert dlg.times.item(0, 2).text() == "10 mg = 2 mL"
    # "1", typed for a 5 mg/mL bottle read as "5 mg/5 mL", is a known strength; "3" is not, and is asked about.
    dlg.bottle.setCurrentIndex(labels.index("Another strength: type it in mg per mL below"))
    dlg.concentration.setText("3")
    dlg.try_save()
    assert dlg.saved is None and dlg.prompts.asked[0] == ("confirm", "Please check the strength")
    assert "bottle in hand" in dlg.prompts.texts[0]
    assert store.medicines.list_for(person.stored_id) == []


def test_the_reminder_and_the_summary_name_the_strength(store, clock, services):
    r, med, _ = add_baclofen(store)
    store.medicines.save(med.with_changes(form="oral_solution", strength_mg=None, concentration_mg_per_ml=2.0))
    view = services.doses.view(services.doses.timeline(r.stored_id, date(2026, 11, 23))[0])
    from caregiver_app.ui.reminders import _line

    line = _line(view, LONDON)
    assert "10 mg/5 mL (2 mg in each mL)" in line and "10 mg = 5 mL" in line
    summary = build_summary(services, r.stored_id, date(2026, 11, 23), date(2026, 11, 23))
    assert "10 mg/5 mL (2 mg in each mL)" in summary_html(summary)


# -- 6. impractical amounts ---------------------------------------------------------------------------------------
def test_amounts_that_are_not_whole_or_half_tablets_say_so_and_ml_are_decimals():
    tab = Medicine(person_id=1, name="Baclofen", form="tablet", strength_mg=15.0)
    assert format_dose(tab, 20) == "20 mg (1.33 tablets)"
    note = amount_note(tab, 20)
    assert note and "not a whole or half tablet" in note and "pharmacist or prescriber" in note
    assert amount_note(tab, 7.5) is None and amount_note(tab, 30) is None            # half and whole: fine
    assert "0.3 tablet" in format_dose(Medicine(person_id=1, name="Baclofen", form="tablet", strength_mg=10.0), 3)
    liquid = Medicine(person_id=1, name="Baclofen", form="oral_solution", concentration_mg_per_ml=2.0)
    assert format_dose(liquid, 7.5) == "7.5 mg = 3.75 mL" and amount_note(liquid, 7.5) is None


def test_the_form_and_the_reminder_say_when_an_amount_is_not_a_whole_or_half_tablet(qtbot, store, clock,
                                                                                      services):
    from caregiver_app.ui.medicine_dialog import MedicineDialog
    from caregiver_app.ui.reminders import _line

    person = store.people.save(Person(name="Ann"))
    dlg = MedicineDialog(ctx_for(store), person, tz_name="Europe/London")
    qtbot.addWidget(dlg)
    dlg.name.setCurrentText("Baclofen")
    dlg.strength.setText("15")
    dlg.times.item(0, 1).setText("20")
    assert "not a whole or half tablet" in dlg.amounts_note.text() and not dlg.amounts_note.isHidden()
    r, med, _ = add_baclofen(store, person_name="Bo", times=(("08:00", 20.0),))
    store.medicines.save(med.with_changes(strength_mg=15.0))
    view = services.doses.view(services.doses.timeline(r.stored_id, date(2026, 11, 23))[0])
    assert "not a whole or half tablet" in _line(view, LONDON)


# -- 7. the double-dose window, late answers, snoozing into the next dose ------------------------------------------
def test_a_second_dose_90_minutes_after_the_first_is_asked_about(store, clock, services):
    r, _med, _ = add_baclofen(store, times=(("08:00", 10.0), ("09:30", 10.0)))
    clock._now = at(2026, 11, 23, 9, 35)
    svc = services.doses
    first, second = [svc.view(s) for s in svc.timeline(r.stored_id, date(2026, 11, 23))]
    assert svc.answer("taken_usual", [first]) == []
    prompts = FakePrompts(confirm=False)
    assert svc.answer("taken", [second], confirm=prompts.confirm) == []
    assert prompts.asked == [("confirm", "Please check before logging")] and "Is this really another dose" in \
        prompts.texts[0]
    assert timedelta(hours=2) == DEFAULT_DOUBLE_DOSE_WINDOW


def test_a_dose_taken_late_is_checked_against_the_next_dose(store, clock, services):
    r, _med, _ = add_baclofen(store)                     # 08:00, 14:00, 20:00
    clock._now = at(2026, 11, 23, 12, 40)
    svc = services.doses
    morning = svc.view(svc.timeline(r.stored_id, date(2026, 11, 23))[0])
    prompts = FakePrompts(confirm=False)
    assert svc.answer("taken", [morning], confirm=prompts.confirm) == []          # 12:40: 80 minutes before 14:00
    assert "The next dose of Baclofen is due at 14:00" in prompts.texts[0] and "less than 2 hours" in prompts.texts[0]
    assert svc.answer("taken_at", [morning], (11, 50), confirm=prompts.confirm) == []   # 2 h 10 min before: fine
    assert len(prompts.asked) == 1
    assert store.conn.execute("SELECT COUNT(*) FROM dose_log WHERE status = 'taken'").fetchone()[0] == 1


def test_a_dose_cannot_be_snoozed_into_the_next_one(store, clock, services):
    r, _med, _ = add_baclofen(store)
    svc = services.doses
    clock._now = at(2026, 11, 23, 8, 5)
    view = svc.view(svc.review().due[0])
    assert svc.answer("snooze", [view], 60) == []
    assert svc.snooze_limit(view) == at(2026, 11, 23, 12, 0)                    # 2 hours before 14:00
    clock._now = at(2026, 11, 23, 11, 30)
    today = svc.timeline(r.stored_id, date(2026, 11, 23))
    assert svc.answer("snooze", [svc.view(today[0])], 60) == []                  # capped at 12:00
    until = store.doses.snoozes(at(2026, 11, 23, 0, 0))[(view.slot.source.schedule_id, view.slot.occurrence.slot)]
    assert until == at(2026, 11, 23, 12, 0)
    clock._now = at(2026, 11, 23, 12, 1)
    [message] = svc.answer("snooze", [svc.view(svc.timeline(r.stored_id, date(2026, 11, 23))[0])], 10)
    assert "was not snoozed" in message and "14:00" in message


# -- 9. baclofen recognised by a name substring ---------------------------------------------------------------------
def test_the_checks_follow_the_ingredient_not_the_name(store, clock, services):
    r, med, _ = add_baclofen(store, times=(("08:00", 30.0), ("14:00", 30.0), ("20:00", 30.0)))
    slip = store.medicines.save(med.with_changes(name="Bacloflen"))              # a typing slip
    assert slip.ingredient == "baclofen" and slip.baclofen                       # the field, not the name
    warnings = services.medicines.planned_maximum_warnings(
        slip, ScheduleInput("fixed", {"times": [["08:00", 30], ["14:00", 30], ["20:00", 30]]}, date(2026, 11, 24),
                            None, "Europe/London"))
    assert warnings and "80 mg" in warnings[0].message                           # the 80 mg check still applies
    assert suggested_ingredient("Bacloflen") == "other" and looks_like_baclofen("Bacloflen")
    assert not looks_like_baclofen("Paracetamol") and not looks_like_baclofen("Baclofen")
    clock._now = at(2026, 11, 23, 13, 0)
    advice = services.doses.missed_advice(services.doses.view(services.doses.review().missed[-1]))
    assert advice.code is MissedAdviceCode.SKIP                                  # the baclofen missed-dose rule


def test_existing_medicines_are_migrated_from_their_name(tmp_path, clock):
    import sqlite3

    from caregiver_app.storage import open_store
    from caregiver_app.storage.db import migrate

    conn = sqlite3.connect(tmp_path / "v3.db", isolation_level=None)
    migrate(conn, 3)
    x = "'2026-01-01T00:00:00Z'"
    conn.execute(f"INSERT INTO people(id, name, created_at, updated_at) VALUES (1, 'Ann', {x}, {x})")
    for name in ("Baclofen 10 mg", "Lioresal", "GABLOFEN pump", "Bacloflen", "Paracetamol"):
        # (With a strength, as the medicine form has always written a tablet: a record no form could have written
        # is left out when read, issue 14.)
        conn.execute("INSERT INTO medicines(person_id, name, form, strength_mg, created_at, updated_at) VALUES (1, ?, "
                     f"'tablet', 10.0, {x}, {x})", (name,))
    conn.close()
    s = open_store(tmp_path / "v3.db", clock)
    try:
        assert [(m.name, m.ingredient) for m in s.medicines.list_for(1)] == [
            ("Baclofen 10 mg", "baclofen"), ("Bacloflen", "other"), ("GABLOFEN pump", "baclofen"),
            ("Lioresal", "baclofen"), ("Paracetamol", "other")]
    finally:
        s.close()


def test_the_form_asks_for_the_ingredient_and_says_when_the_checks_do_not_apply(qtbot, store, clock, make_app):
    from caregiver_app.ui.medicine_dialog import MedicineDialog

    person = store.people.save(Person(name="Ann"))
    dlg = MedicineDialog(ctx_for(store), person, tz_name="Europe/London")
    qtbot.addWidget(dlg)
    dlg.name.setCurrentText("Baclofen")
    assert dlg.ingredient.currentData() == "baclofen" and dlg.ingredient_note.isHidden()
    dlg.name.setCurrentText("Bacloflen")                                         # follows the name until chosen
    assert dlg.ingredient.currentData() == "other"
    assert "looks like baclofen" in dlg.ingredient_note.text() and "do not apply" in dlg.ingredient_note.text()
    dlg.strength.setText("10")
    for row in range(3):
        dlg.times.item(row, 1).setText("10")
    dlg.try_save()
    assert dlg.saved is not None and dlg.saved.ingredient == "other"
    page = make_app(store=store).window.pages["medicines"]
    assert "Recorded as not baclofen" in page.table.item(0, 0).text()


# -- 10. a confirmed double dose is followed by nothing ------------------------------------------------------------
def test_a_double_dose_logged_anyway_is_recorded_as_a_danger_sign_with_its_guidance(store, clock, services):
    r, _med, _ = add_baclofen(store, times=(("08:00", 10.0), ("09:00", 10.0)))
    store.people.save(store.people.get(r.stored_id).with_changes(kidney_reduced=True))
    clock._now = at(2026, 11, 23, 9, 5)
    svc = services.doses
    first, second = [svc.view(s) for s in svc.timeline(r.stored_id, date(2026, 11, 23))]
    svc.answer("taken_usual", [first])
    shown = []
    assert svc.answer("taken", [second], confirm=lambda title, text: True,
                      danger=lambda guidance, person_id: shown.append((guidance, person_id))) == []
    [(guidance, person_id)] = shown
    assert person_id == r.stored_id and guidance.heading == "Contact the doctor now"
    assert any("kidney function is reduced" in line for line in guidance.lines)
    entry = store.diary.last(r.stored_id)
    assert entry.red_flags == ("overdose",) and "logged as taken at 09:05" in entry.notes
    # Declined: nothing logged, nothing recorded.
    assert store.diary.count(r.stored_id) == 1


def test_a_day_over_80_mg_logged_anyway_is_recorded_too(store, clock, services):
    r, _med, _ = add_baclofen(store, times=(("08:00", 30.0), ("14:00", 30.0), ("20:00", 30.0)))
    clock._now = at(2026, 11, 23, 20, 5)
    svc = services.doses
    views = [svc.view(s) for s in svc.timeline(r.stored_id, date(2026, 11, 23))]
    svc.answer("taken_usual", views[:2])
    shown = []
    svc.answer("taken", views[2:], confirm=lambda title, text: True, danger=lambda g, p: shown.append(g))
    assert shown and store.diary.last(r.stored_id).red_flags == ("overdose",)
    assert "80 mg" in store.diary.last(r.stored_id).notes


def test_in_the_app_the_danger_window_opens_after_a_double_dose(make_app, store, clock, qtbot):
    add_baclofen(store, times=(("08:00", 10.0), ("09:00", 10.0)))
    clock._now = at(2026, 11, 23, 9, 5)
    app = make_app(store=store)
    page = app.window.pages["today"]
    page.table.selectRow(0)
    page.answer_selected("taken")
    page.table.selectRow(1)
    page.answer_selected("taken")
    from caregiver_app.ui.red_flags import RedFlagDialog

    dialogs = [w for w in page.findChildren(RedFlagDialog)]
    assert dialogs and "More than the prescribed dose" in dialogs[0].recorded.text()


# -- 11. the summary's honest counts ------------------------------------------------------------------------------
def test_the_summary_counts_doses_left_out_as_advised_apart_and_names_days_without_baclofen(store, clock, services):
    r, _med, _ = add_baclofen(store)
    svc = services.doses
    clock._now = at(2026, 11, 23, 13, 0)
    # Yesterday: all three taken. Today's 08:00 was missed and is left out as advised (14:00 is an hour away).
    day = date(2026, 11, 22)
    svc.answer("taken_usual", [svc.view(s) for s in svc.timeline(r.stored_id, day)])
    missed = svc.view(svc.review().missed[-1])
    assert svc.missed_advice(missed).code is MissedAdviceCode.SKIP
    assert svc.answer("not_taken", [missed], left_out=[missed.key]) == []
    s = build_summary(services, r.stored_id, date(2026, 11, 20), date(2026, 11, 23))
    [line] = s.medicines
    assert line.counts.get("left_out") == 1 and "missed" not in line.counts
    assert line.taken_pct == round(100 * 3 / (line.due - 1))                    # not held against the person
    # No baclofen recorded on the 20th and 21st (today is not over yet):
    assert s.days_without_baclofen == [date(2026, 11, 20), date(2026, 11, 21)]
    html = summary_html(s)
    assert "Left out as advised" in html and "No baclofen by mouth recorded on 2 days" in html


def test_the_summary_lists_a_plans_days_over_the_label_maximum(store, clock, services):
    from datetime import time

    from caregiver_app.domain.plans import Plan, PlanStep
    from caregiver_app.domain.schedules import TimeDose

    r, med, _ = add_baclofen(store)
    doses = tuple(TimeDose(time(h), 30.0) for h in (8, 14, 20))
    store.plans.save(Plan(person_id=r.stored_id, medicine_id=med.stored_id, name="Up", kind="titration",
                          active=True, steps=(PlanStep(date(2026, 11, 20), 10, doses),)))
    s = build_summary(services, r.stored_id, date(2026, 11, 20), date(2026, 11, 23))
    assert any("Up:" in w and "80 mg" in w for w in s.plan_warnings)


# -- 12. driving when the dose goes up ----------------------------------------------------------------------------
def test_the_driving_warning_comes_with_a_rise_in_the_dose(store, clock, services, qtbot):
    from datetime import time

    from caregiver_app.domain.plans import Plan, PlanStep
    from caregiver_app.domain.schedules import TimeDose

    r, med, _ = add_baclofen(store)                                               # 30 mg a day now
    def plan(*mgs):
        return Plan(person_id=r.stored_id, medicine_id=med.stored_id, name="P", kind="titration", active=True,
                    steps=tuple(PlanStep(date(2026, 11, 24) + timedelta(days=7 * i), 7,
                                         tuple(TimeDose(time(h), mg) for h in (8, 14, 20)))
                                for i, mg in enumerate(mgs)))
    assert any("driving" in n for n in services.plans.notes(plan(15, 20), med))    # 45 then 60 a day: rises
    assert services.plans.notes(plan(10, 5), med) == []                            # a taper: no rise
    from caregiver_app.ui.medicine_dialog import MedicineDialog

    dlg = MedicineDialog(ctx_for(store), r, med, store.schedules.for_medicine(med.stored_id)[0],
                         tz_name="Europe/London")
    qtbot.addWidget(dlg)
    assert "driving" not in dlg.amounts_note.text()
    dlg.times.item(0, 1).setText("20")                                            # 40 mg a day instead of 30
    assert "driving" in dlg.amounts_note.text()


# -- 13. under 12 ---------------------------------------------------------------------------------------------------
def test_under_twelve_with_baclofen_by_mouth_is_said_never_as_a_dose(store, clock, services, qtbot):
    today = date(2026, 11, 23)
    assert oral_baclofen_age_note(date(2015, 11, 24), today, True)                # 10 years old tomorrow... 10
    assert oral_baclofen_age_note(date(2014, 11, 23), today, True) is None        # 12 today
    assert oral_baclofen_age_note(date(2016, 1, 1), today, False) is None         # no baclofen by mouth
    note = oral_baclofen_age_note(date(2016, 1, 1), today, True)
    assert "not established" in note and "doctor or nurse" in note and not re.search(r"\d+ ?mg", note)
    r, _med, _ = add_baclofen(store)
    store.people.save(store.people.get(r.stored_id).with_changes(date_of_birth=date(2016, 1, 1)))
    assert any(key.startswith("age-") for key, _text in services.doses.notices(r.stored_id))
    s = build_summary(services, r.stored_id, today, today)
    assert "below age 12 are not established" in summary_html(s)
    from caregiver_app.ui.people import PersonDialog

    dlg = PersonDialog(ctx_for(store), store.people.get(r.stored_id))
    qtbot.addWidget(dlg)
    assert "not established" in dlg.age_note.text() and not dlg.age_note.isHidden()
    dlg.dob.setText("1960-01-01")
    assert dlg.age_note.isHidden()
