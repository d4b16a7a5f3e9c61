"""What a user action does, without any widget: log a dose, save a medicine, a plan, a diary entry, a person;
archive and bring back. Built once (``Services``) in the composition root and passed to the screens, which act
through them and hear about every change from ``Services.changes`` (services/changes.py)."""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from caregiver_app.services.changes import Change, Changes

if TYPE_CHECKING:
    from caregiver_app.services.archive import ArchiveService
    from caregiver_app.services.checkins import CheckinService
    from caregiver_app.services.diary import DiaryService
    from caregiver_app.services.doses import DoseService
    from caregiver_app.services.medicines import MedicineService
    from caregiver_app.services.people import PeopleService
    from caregiver_app.services.plans import PlanService
    from caregiver_app.storage import Store
    from caregiver_app.system.clock import Clock

__all__ = ["Change", "Changes", "Services"]


class Services:
    """Every service over one store and clock, sharing one ``changes`` signal. Each is made on first use, so
    their imports stay off the start-up path; there is one of each per store."""

    def __init__(self, store: Store, clock: Clock):
        self.store, self.clock = store, clock
        self.changes = Changes()

    @cached_property
    def doses(self) -> DoseService:
        from caregiver_app.services.doses import DoseService

        return DoseService(self.store, self.clock, self.changes, checkins=lambda: self.checkins)

    @cached_property
    def medicines(self) -> MedicineService:
        from caregiver_app.services.medicines import MedicineService

        return MedicineService(self.store, self.clock, self.changes, checkins=lambda: self.checkins)

    @cached_property
    def plans(self) -> PlanService:
        from caregiver_app.services.plans import PlanService

        return PlanService(self.store, self.clock, self.changes, checkins=lambda: self.checkins)

    @cached_property
    def diary(self) -> DiaryService:
        from caregiver_app.services.diary import DiaryService

        return DiaryService(self.store, self.clock, self.changes)

    @cached_property
    def people(self) -> PeopleService:
        from caregiver_app.services.people import PeopleService

        return PeopleService(self.store, self.changes)

    @cached_property
    def archive(self) -> ArchiveService:
        from caregiver_app.services.archive import ArchiveService

        return ArchiveService(self.store, self.changes, checkins=lambda: self.checkins)

    @cached_property
    def checkins(self) -> CheckinService:
        from caregiver_app.services.checkins import CheckinService

        return CheckinService(self.store, self.clock, self.doses, self.plans, lambda: self.diary, self.changes)
