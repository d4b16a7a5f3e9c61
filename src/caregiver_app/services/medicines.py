"""Saving a medicine with its schedule, and the checks that come before: the rules, without any widget."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from caregiver_app.domain import dosing
from caregiver_app.domain.medicines import Medicine
from caregiver_app.domain.text import Messages, Value, joined, value
from caregiver_app.services.changes import Change, Changes
from caregiver_app.services.plans import followed_dose_fors
from caregiver_app.storage import Store
from caregiver_app.system.clock import Clock

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import time

    from caregiver_app.domain.schedules import DoseFor, Schedule
    from caregiver_app.services.checkins import CheckinService

_ = Messages("services.medicines")


def _at(t: time) -> Value:
    return value(t, "time", f"{t:%H:%M}")


@dataclass(frozen=True)
class ScheduleInput:
    """A schedule as the form gives it: kind, spec and dates (as typed, or dates), in the time zone ``tz``."""
    kind: str
    spec: dict[str, Any]
    start: date | str | None
    end: date | str | None
    tz: str


class MedicineService:
    def __init__(self, store: Store, clock: Clock, changes: Changes | None = None,
                 checkins: Callable[[], CheckinService] | None = None):
        self.store, self.clock = store, clock
        self.changes = changes if changes is not None else Changes()
        self.checkins = checkins   # records a change of a baclofen medicine's daily total (a watch period)

    def planned_maximum_warnings(self, med: Medicine, schedule: ScheduleInput) -> list[dosing.DoseWarning]:
        """Warnings when the plan would put a day over the label maximum. For baclofen by mouth the maximum is per
        person per day: the person's other baclofen tablets, liquids and granules are counted with this one.
        The two weeks checked start on the day this schedule starts, or today if that is later."""
        from caregiver_app.domain.schedules import schedule_from_spec

        sched = schedule_from_spec(schedule.kind, schedule.spec, tz=schedule.tz, start_date=schedule.start,
                                   end_date=schedule.end)
        # Each medicine's doses as they will be reminded: a followed plan sets them at fixed and weekday times.
        plans = followed_dose_fors(self.store, med.person_id)

        def plan_for(mid: int | None, kind: str) -> DoseFor | None:  # (a new medicine has no id, and no plan)
            return plans.get(mid) if mid is not None and kind in ("fixed", "weekdays") else None

        others: list[Schedule] = []
        dose_fors = [plan_for(med.id, schedule.kind)]
        if med.baclofen:
            for other in self.store.medicines.list_for(med.person_id):
                if other.id != med.id and other.baclofen and not other.is_pump:
                    for r in self.store.schedules.for_medicine(other.stored_id):
                        others.append(r.schedule)
                        dose_fors.append(plan_for(other.id, r.kind))
        # From the day this schedule starts (or today, if that is later): the other medicines' schedules may have
        # started long ago, and the days checked must be the ones where all of them run together.
        first_day = max(sched.start_date, self.clock.today()) if sched.start_date else self.clock.today()
        return dosing.check_planned_daily_max(med.name, [sched] + others, first_day=first_day, dose_fors=dose_fors,
                                              baclofen=med.baclofen, intrathecal=med.is_pump)

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
        names = joined(", ", [_at(t) for t in plan_times])
        if schedule is None or schedule.kind not in ("fixed", "weekdays"):
            return [_("The plan “{plan}” sets this medicine's doses at {times}. With this schedule it cannot: "
                      "reminders would give the doses set here instead. Change or archive the plan on the Plans page "
                      "if that is what the doctor or nurse said.", plan=plan.name, times=names)]
        from caregiver_app.domain.schedules import parse_time

        new_times = {parse_time(t) for t, _mg in schedule.spec.get("times", [])}
        missing = [t for t in plan_times if t not in new_times]
        if not missing:
            return []
        return [_("The plan “{plan}” gives doses at {times}, which would no longer be times on this page: those plan "
                  "doses would not be reminded, and the new times would get the doses set here. Change the plan's "
                  "times on the Plans page too.", plan=plan.name, times=joined(", ", [_at(t) for t in missing]))]

    def save(self, med: Medicine, schedule: ScheduleInput | None, replaces_schedule_id: int | None) -> Medicine:
        """Save the medicine and its schedule in one transaction. Without a schedule (a pump: no doses to remind)
        the schedule it had stops. Raises ValidationFailed or StoreError; then nothing is saved."""
        watch = self.checkins() if self.checkins is not None and med.id is not None else None
        old = self.store.medicines.get(med.id) if watch is not None and med.id is not None else None
        before = watch.medicine_totals(old) if watch is not None and old is not None else {}
        with self.store.transaction():  # one user action, one transaction
            saved = self.store.medicines.save(med)
            if schedule is None:
                if replaces_schedule_id is not None:
                    self.store.schedules.set_archived(replaces_schedule_id, True)
            else:
                self.store.schedules.save(saved.stored_id, schedule.kind, schedule.spec, tz=schedule.tz,
                                          start_date=schedule.start, end_date=schedule.end,
                                          schedule_id=replaces_schedule_id)
            if watch is not None and before:
                # The schedule is changed in place: a new daily total is kept as an event (a watch period).
                watch.record_total_change(saved, before, watch.medicine_totals(saved) if saved.baclofen else {})
            if watch is not None:
                watch.note_stock_out(saved.person_id)
        self.changes.emit(Change("medicine", saved.person_id))
        return saved
