"""Titration and taper plans: the checks before a plan is saved, saving it, and what the Plans page shows today.
The app shows a plan as the clinician wrote it and never makes one up; the checks only ask. No Qt."""
from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from caregiver_app.domain.plans import Plan, plan_dose_for
from caregiver_app.domain.text import Messages, Text, joined, value
from caregiver_app.services.changes import Change, Changes

if TYPE_CHECKING:  # the reminders import this module at start-up: the rest only when a plan is checked
    from collections.abc import Callable

    from caregiver_app.domain import dosing
    from caregiver_app.domain.diary import PlanBand
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.schedules import DoseFor, Schedule
    from caregiver_app.services.checkins import CheckinService
    from caregiver_app.storage import Store
    from caregiver_app.system.clock import Clock

_ = Messages("services.plans")


def followed_dose_fors(store: Store, person_id: int | None = None,
                       replace: dict[int, DoseFor] | None = None) -> dict[int, DoseFor]:
    """For each medicine with a plan being followed: the ``dose_for`` that takes its doses from the plan (as the
    reminders use them), with ``replace`` put in. One plan per medicine: never a mix of two plans' steps."""
    fors = {mid: plan_dose_for(p.steps, p.after_last) for mid, p in store.plans.followed_by_medicine(person_id).items()}
    fors.update(replace or {})
    return fors


class PlanOverview(NamedTuple):
    """The person's current plans as steps, the step of a followed plan that covers today (if any), and the "too
    fast" notices, by plan name."""
    bands: list[PlanBand]
    current: PlanBand | None
    too_fast: list[tuple[str, str]]
    after_last: list[tuple[str, str]] = []   # (plan name, what happens after its last step, in words)


class PlanService:
    def __init__(self, store: Store, clock: Clock, changes: Changes | None = None,
                 checkins: Callable[[], CheckinService] | None = None):
        self.store, self.clock = store, clock
        self.changes = changes if changes is not None else Changes()
        self.checkins = checkins   # a followed plan no longer followed part-way: its changes so far are kept

    def overview(self, person_id: int, day: date | None = None) -> PlanOverview:
        """Today's step comes only from a plan being followed."""
        day = day or self.clock.today()
        bands = self.store.plans.bands(person_id)
        current = None
        for b in bands:
            if b.active and b.start <= day < b.end:
                current = b
        from caregiver_app.domain.plans import after_last_words

        too_fast = []
        after: list[tuple[str, str]] = []
        for pid in dict.fromkeys(b.plan_id for b in bands):
            plan = self.store.plans.get(pid) if pid is not None else None
            if plan is not None:
                too_fast += [(plan.name or _("Plan"), w) for w in self.too_fast_warnings(plan)]
                med = self.store.medicines.get(plan.medicine_id) if plan.medicine_id is not None else None
                after.append((plan.name or _("Plan"), after_last_words(plan, med.name if med is not None else "")))
        return PlanOverview(bands, current, too_fast, after)

    def other_followed(self, plan: Plan) -> list[Plan]:
        """The plans followed now for the same medicine that saving ``plan`` (followed) would stop following."""
        if not plan.active or plan.medicine_id is None:
            return []
        return self.store.plans.followed_for_medicine(plan.medicine_id, plan.id)

    def save(self, plan: Plan) -> Plan:
        """Save the plan with its steps in one transaction (another plan followed for the same medicine stops being
        followed). Raises ValidationFailed or StoreError; then nothing is saved."""
        old = self.store.plans.get(plan.id) if plan.id is not None and self.checkins is not None else None
        with self.store.transaction():
            if old is not None and old.active and not plan.active and self.checkins is not None:
                self.checkins().record_plan_stopped(old)   # editing a followed plan re-derives its periods
            saved = self.store.plans.save(plan)
        self.changes.emit(Change("plan", saved.person_id))
        return saved

    def dose_before_plan(self, plan: Plan) -> float:
        """mg a day reminded for the plan's medicine on the day before its first step, as if this plan did not
        exist (the Medicines page's doses, or another plan being followed): where a taper starts from."""
        from caregiver_app.domain.dosing import planned_daily_totals

        if plan.medicine_id is None or not plan.steps:
            return 0.0
        day = min(s.start_date for s in plan.steps) - timedelta(days=1)
        fors = followed_dose_fors(self.store, plan.person_id)
        if plan.id is not None and any(p.id == plan.id for p in self.store.plans.followed_for_medicine(
                plan.medicine_id)):
            fors.pop(plan.medicine_id, None)  # the plan itself does not count as "before" it
        recs = [r for r in self.store.schedules.for_medicine(plan.medicine_id) if r.kind != "prn"]
        totals = planned_daily_totals([r.schedule for r in recs], day, day, include_prn=False,
                                      dose_fors=[fors.get(plan.medicine_id) if r.kind in ("fixed", "weekdays")
                                                 else None for r in recs])
        return totals.get(day, 0.0)

    def plan_maximum_warnings(self, plan: Plan, medicine: Medicine) -> list[dosing.DoseWarning]:
        """The label's 80 mg a day over the plan's days, counting everything that would be reminded with this plan
        followed: its doses, the medicine's times the plan does not list, and the person's other baclofen by mouth
        (at their own followed plans' doses)."""
        from caregiver_app.domain import dosing

        if not plan.steps or not plan.active or not medicine.baclofen or medicine.is_pump:
            return []
        fors = followed_dose_fors(self.store, plan.person_id, {medicine.stored_id: plan_dose_for(plan.steps,
                                                                                          plan.after_last)})
        scheds: list[Schedule] = []
        dose_fors: list[DoseFor | None] = []
        for other in self.store.medicines.list_for(plan.person_id):
            if other.id == medicine.id or (other.baclofen and not other.is_pump):
                for r in self.store.schedules.for_medicine(other.stored_id):
                    scheds.append(r.schedule)
                    dose_fors.append(fors.get(other.stored_id) if r.kind in ("fixed", "weekdays") else None)
        if not scheds:
            return []
        first = min(s.start_date for s in plan.steps)
        last = max(s.last_date for s in plan.steps)
        last = min(last, first + timedelta(days=dosing.MAX_PLAN_CHECK_DAYS - 1))
        return dosing.check_planned_daily_max(medicine.name, scheds, first, last, dose_fors=dose_fors, baclofen=True)

    def too_fast_warnings(self, plan: Plan) -> list[str]:
        """The "too fast" check of a plan (domain.plans): a taper counted from the dose reminded before it, a
        titration from little or nothing."""
        from caregiver_app.domain.plans import too_fast_from

        current = self.dose_before_plan(plan) if plan.kind == "taper" else 0.0
        return too_fast_from(plan.checked_totals(), current)  # "then stop" counts as a step of none

    def notes(self, plan: Plan, medicine: Medicine | None) -> list[str]:
        """What to know about a plan, not asked (the label's driving warning when a step raises the dose)."""
        from caregiver_app.domain.dosing import DRIVING_NOTE
        from caregiver_app.domain.plans import raises_dose

        if medicine is None or not medicine.baclofen or medicine.is_pump or not plan.steps:
            return []
        return [DRIVING_NOTE] if raises_dose(plan.totals(), self.dose_before_plan(plan)) else []

    def warnings(self, plan: Plan, medicine: Medicine | None) -> list[str]:
        """Everything to ask about before a plan is saved: too fast, over the label's daily maximum, and what the
        medicine's schedule means for it (times without reminders, times the plan leaves alone, weekday-only)."""
        from caregiver_app.domain.plans import times_not_reminded
        from caregiver_app.domain.schedules import daily_times, format_time

        def times_said(ts: list[time]) -> Text:
            return joined(", ", [value(t, "time", format_time(t)) for t in ts])

        out = self.too_fast_warnings(plan) if medicine is not None else []
        if medicine is None:
            return out
        out += [w.message for w in self.plan_maximum_warnings(plan, medicine)]
        if not plan.active:
            return out
        scheds = [r.schedule for r in self.store.schedules.for_medicine(medicine.stored_id)]
        times = daily_times(scheds)
        unplanned = sorted(times - {td.time for st in plan.steps for td in st.doses})
        if unplanned:
            out.append(_("{name} has a dose at {times}, which this plan does not list: that dose stays as set on the "
                         "Medicines page, whatever the plan says. If the plan should change or stop that dose, add "
                         "{times} to the plan (0 mg to stop it).", name=medicine.name, times=times_said(unplanned)))
        if any(getattr(sc, "weekdays", None) for sc in scheds):
            out.append(_("{name} is taken on some weekdays only: the plan's doses are reminded on those days only.",
                         name=medicine.name))
        missing = times_not_reminded(plan, times)
        if not times:
            out.append(_("{name} has no daily times on the Medicines page, so reminders cannot follow this plan: set "
                         "the times there.", name=medicine.name))
        elif missing:
            out.append(_("The plan has doses at {times}, but {name}'s reminders come only at {have} (the times set on "
                         "the Medicines page), so those doses would not be reminded. To be reminded of them, add "
                         "{times} to {name}'s times on the Medicines page.", name=medicine.name,
                         times=times_said(missing), have=times_said(sorted(times))))
        return out
