"""The plan form: what it refuses, asks and keeps (each of these once lost a plan's medicine, crashed, or saved a
silent stop)."""
from __future__ import annotations

from datetime import date, time

from caregiver_app.domain.medicines import Medicine
from caregiver_app.domain.plans import Plan, PlanStep
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.ui.plan_dialog import PlanDialog
from helpers import FakePrompts, add_baclofen, ctx_for

T8, T14, T20 = time(8), time(14), time(20)


def plan(rid, mid, name, start, days, a, b, c, active=True):
    return Plan(person_id=rid, medicine_id=mid, name=name, kind="taper", active=active,
                steps=(PlanStep(start, days, (TimeDose(T8, a), TimeDose(T14, b), TimeDose(T20, c))),))


def test_editing_keeps_the_plans_own_medicine_even_when_archived(store, qapp):
    r, med, _ = add_baclofen(store)
    gaba = store.medicines.save(Medicine(person_id=r.id, name="Gabapentin", form="tablet", strength_mg=300.0))
    saved = store.plans.save(plan(r.id, med.id, "Taper", date(2026, 11, 24), 7, 5, 5, 5))
    store.medicines.set_archived(med.id, True)
    dlg = PlanDialog(ctx_for(store), r, store.plans.get(saved.id))
    assert dlg.medicine.currentData() == med.id and "(archived)" in dlg.medicine.currentText()
    assert gaba.id != med.id


def test_odd_numbers_in_the_form_are_messages_not_crashes(store, qapp):
    r, med, _ = add_baclofen(store)
    dlg = PlanDialog(ctx_for(store, FakePrompts(confirm=True)), r)
    dlg.after_keep.setChecked(True)
    dlg.name.setText("Odd")
    for days in ("inf", "1e400", "nan", "3000000"):
        dlg.table.item(0, 1).setText(days)
        for c in range(2, 5):
            dlg.table.item(0, c).setText("5")
        dlg.add_step()                                          # used to raise OverflowError
        dlg.table.setCurrentCell(1, 0)
        dlg.remove_step()
        dlg.try_save()
        assert not dlg.result() and dlg.steps_error.text()
    assert store.plans.list_for(r.id) == []


def test_a_new_plan_with_blank_doses_is_not_a_silent_stop(store, qapp):
    r, med, _ = add_baclofen(store)
    dlg = PlanDialog(ctx_for(store, FakePrompts(confirm=True)), r)
    dlg.after_keep.setChecked(True)
    dlg.name.setText("Forgot the doses")
    dlg.try_save()                                              # the first row's doses are blank
    assert not dlg.result() and "please enter the dose at 08:00" in dlg.steps_error.text()
    for c in range(2, 5):
        dlg.table.item(0, c).setText("0")
    dlg.prompts = FakePrompts(confirm=False)
    dlg.kind.setCurrentIndex(dlg.kind.findData("taper"))
    dlg.try_save()                                              # none from tomorrow: from 30 mg a day at once
    asked = dlg.prompts.confirmations()
    assert asked and "from 30 mg a day to none at once" in asked[0] and store.plans.list_for(r.id) == []


def test_plan_form_label_check_counts_unlisted_times_and_other_plans(store, qapp):
    """Second review: 35+35 mg in the plan plus the schedule's unlisted 14:00 dose of 20 mg is 90 mg reminded."""
    r, med, _ = add_baclofen(store, times=(("08:00", 20.0), ("14:00", 20.0), ("20:00", 20.0)))
    dlg = PlanDialog(ctx_for(store, FakePrompts(confirm=False)), r)
    dlg.after_keep.setChecked(True)
    asked = dlg.prompts.confirmations
    dlg.name.setText("Two doses")
    dlg.kind.setCurrentIndex(dlg.kind.findData("titration"))
    dlg.times.setText("08:00, 20:00")
    dlg._times_changed()
    for c, v in enumerate(["2026-11-24", "7", "35", "35"]):
        dlg.table.item(0, c).setText(v)
    dlg.try_save()
    assert any("add up to 90 mg" in a for a in asked()) and store.plans.list_for(r.id) == []


