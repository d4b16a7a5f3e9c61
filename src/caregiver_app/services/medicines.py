"""Saving a medicine with its schedule, and the checks that come before: the rules, without any widget."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from caregiver_app.domain import dosing
from caregiver_app.domain.medicines import Medicine


@dataclass(frozen=True)
class ScheduleInput:
    """A schedule as the form gives it: kind, spec and dates, in the time zone ``tz``."""
    kind: str
    spec: dict
    start: date | None
    end: date | None
    tz: str


class MedicineService:
    def __init__(self, store):
        self.store = store

    def planned_maximum_warnings(self, med: Medicine, schedule: ScheduleInput) -> list[dosing.DoseWarning]:
        """Warnings when the plan would put a day over the label maximum. For baclofen by mouth the maximum is per
        person per day: the person's other baclofen tablets, liquids and granules are counted with this one.
        The two weeks checked start on the day this schedule starts, or today if that is later."""
        from caregiver_app.domain.schedules import schedule_from_spec

        sched = schedule_from_spec(schedule.kind, schedule.spec, tz=schedule.tz, start_date=schedule.start,
                                   end_date=schedule.end)
        # Each medicine's doses as they will be reminded: a followed plan sets them at fixed and weekday times.
        plans = self._plan_dose_fors(med.recipient_id)

        def plan_for(mid, kind):
            return plans.get(mid) if kind in ("fixed", "weekdays") else None

        others, dose_fors = [], [plan_for(med.id, schedule.kind)]
        if dosing.is_baclofen(med.name):
            for other in self.store.medicines.list_for(med.recipient_id):
                if other.id != med.id and other.baclofen and not other.is_pump:
                    for r in self.store.schedules.for_medicine(other.id):
                        others.append(r.schedule)
                        dose_fors.append(plan_for(other.id, r.kind))
        # From the day this schedule starts (or today, if that is later): the other medicines' schedules may have
        # started long ago, and the days checked must be the ones where all of them run together.
        first_day = max(sched.start_date, self.store.today()) if sched.start_date else self.store.today()
        return dosing.check_planned_daily_max(med.name, [sched] + others, first_day=first_day, dose_fors=dose_fors)

    def plan_mismatch_warnings(self, med: Medicine, schedule: ScheduleInput | None) -> list[str]:
        """When a followed plan sets this medicine's doses: what the new schedule would change about that (the plan
        only sets doses at its own times of day, on fixed and weekday schedules)."""
        if med.id is None:
            return []
        followed = self.store.plans.followed_for_medicine(med.id)
        if not followed:
            return []
        plan = followed[-1]
        plan_times = sorted({td.time for st in plan.steps for td in st.doses})
        names = ", ".join(f"{t:%H:%M}" for t in plan_times)
        if schedule is None or schedule.kind not in ("fixed", "weekdays"):
            return [f"The plan “{plan.name}” sets this medicine's doses at {names}. With this schedule it cannot: "
                    "reminders would give the doses set here instead. Change or archive the plan on the Plans page "
                    "if that is what the doctor or nurse said."]
        from caregiver_app.domain.schedules import parse_time

        new_times = {parse_time(t) for t, _mg in schedule.spec.get("times", [])}
        missing = [t for t in plan_times if t not in new_times]
        if not missing:
            return []
        return [f"The plan “{plan.name}” gives doses at {', '.join(f'{t:%H:%M}' for t in missing)}, which would no "
                "longer be times on this page: those plan doses would not be reminded, and the new times would get "
                "the doses set here. Change the plan's times on the Plans page too."]

    def save(self, med: Medicine, schedule: ScheduleInput | None, replaces_schedule_id: int | None) -> Medicine:
        """Save the medicine and its schedule in one transaction. Without a schedule (a pump: no doses to remind)
        the schedule it had stops. Raises ValidationFailed or StoreError; then nothing is saved."""
        with self.store.transaction():  # one user action, one transaction
            saved = self.store.medicines.save(med)
            if schedule is None:
                if replaces_schedule_id is not None:
                    self.store.schedules.set_archived(replaces_schedule_id, True)
            else:
                self.store.schedules.save(saved.id, schedule.kind, schedule.spec, tz=schedule.tz,
                                          start_date=schedule.start, end_date=schedule.end,
                                          schedule_id=replaces_schedule_id)
        return saved

    # -- plans --------------------------------------------------------------------------------------------
    def _plan_dose_fors(self, recipient_id: int, replace: dict | None = None) -> dict:
        """Each medicine's followed-plan ``dose_for`` (as the reminders use them), with ``replace`` put in."""
        from caregiver_app.domain.schedules import plan_dose_for

        fors = {mid: plan_dose_for(p.steps) for mid, p in self.store.plans.followed_by_medicine(recipient_id).items()}
        fors.update(replace or {})
        return fors

    def dose_before_plan(self, plan) -> float:
        """mg a day reminded for the plan's medicine on the day before its first step, as if this plan did not
        exist (the Medicines page's doses, or another plan being followed): where a taper starts from."""
        from caregiver_app.domain.dosing import planned_daily_totals

        if plan.medicine_id is None or not plan.steps:
            return 0.0
        day = min(s.start_date for s in plan.steps) - timedelta(days=1)
        fors = self._plan_dose_fors(plan.recipient_id)
        if plan.id is not None and any(p.id == plan.id for p in self.store.plans.followed_for_medicine(
                plan.medicine_id)):
            fors.pop(plan.medicine_id, None)  # the plan itself does not count as "before" it
        recs = [r for r in self.store.schedules.for_medicine(plan.medicine_id) if r.kind != "prn"]
        totals = planned_daily_totals([r.schedule for r in recs], day, day, include_prn=False,
                                      dose_fors=[fors.get(plan.medicine_id) if r.kind in ("fixed", "weekdays")
                                                 else None for r in recs])
        return totals.get(day, 0.0)

    def plan_maximum_warnings(self, plan, medicine: Medicine) -> list[dosing.DoseWarning]:
        """The label's 80 mg a day over the plan's days, counting everything that would be reminded with this plan
        followed: its doses, the medicine's times the plan does not list, and the person's other baclofen by mouth
        (at their own followed plans' doses)."""
        from caregiver_app.domain.schedules import plan_dose_for

        if not plan.steps or not plan.active or not dosing.is_baclofen(medicine.name) or medicine.is_pump:
            return []
        fors = self._plan_dose_fors(plan.recipient_id, {medicine.id: plan_dose_for(plan.steps)})
        scheds, dose_fors = [], []
        for other in self.store.medicines.list_for(plan.recipient_id):
            if other.id == medicine.id or (other.baclofen and not other.is_pump):
                for r in self.store.schedules.for_medicine(other.id):
                    scheds.append(r.schedule)
                    dose_fors.append(fors.get(other.id) if r.kind in ("fixed", "weekdays") else None)
        if not scheds:
            return []
        first = min(s.start_date for s in plan.steps)
        last = max(s.last_date for s in plan.steps)
        last = min(last, first + timedelta(days=dosing.MAX_PLAN_CHECK_DAYS - 1))
        return dosing.check_planned_daily_max(medicine.name, scheds, first, last, dose_fors=dose_fors)

    def too_fast_warnings(self, plan) -> list[str]:
        """The "too fast" check of a plan (domain.plans): a taper counted from the dose reminded before it, a
        titration from little or nothing."""
        from caregiver_app.domain.plans import too_fast_from

        current = self.dose_before_plan(plan) if plan.kind == "taper" else 0.0
        return too_fast_from(plan.totals(), current)

    def plan_warnings(self, plan, medicine: Medicine | None) -> list[str]:
        """Everything to ask about before a plan is saved: too fast, over the label's daily maximum, and what the
        medicine's schedule means for it (times without reminders, times the plan leaves alone, weekday-only)."""
        from caregiver_app.domain.plans import times_not_reminded
        from caregiver_app.domain.schedules import daily_times, format_time

        out = self.too_fast_warnings(plan) if medicine is not None else []
        if medicine is None:
            return out
        out += [w.message for w in self.plan_maximum_warnings(plan, medicine)]
        if not plan.active:
            return out
        scheds = [r.schedule for r in self.store.schedules.for_medicine(medicine.id)]
        times = daily_times(scheds)
        unplanned = sorted(times - {td.time for st in plan.steps for td in st.doses})
        if unplanned:
            out.append("The Medicines page has a dose at " + ", ".join(format_time(t) for t in unplanned)
                       + ", which this plan does not list: that dose stays as set on the Medicines page. If the "
                         "plan should change or stop it, add the time to the plan (0 for no dose).")
        if any(getattr(sc, "weekdays", None) for sc in scheds):
            out.append(f"{medicine.name} is taken on some weekdays only: the plan's doses are reminded on those days "
                       "only.")
        missing = times_not_reminded(plan, times)
        if not times:
            out.append(f"{medicine.name} has no daily times on the Medicines page, so reminders cannot follow this "
                       "plan: set the times there.")
        elif missing:
            out.append("Reminders come at the times on the Medicines page, and the plan has doses at "
                       + ", ".join(format_time(t) for t in missing)
                       + ", which are not among them: those doses would not be reminded. Add the times on the "
                         "Medicines page.")
        return out
