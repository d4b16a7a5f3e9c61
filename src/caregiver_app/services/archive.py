"""Archiving and bringing back every kind of record, the one way: nothing is ever deleted, so every archive can be
undone (the undo stack calls ``set_archived`` again with the opposite). No Qt.

- a person: leaves the lists and the reminders; their history stays;
- a medicine: its reminders stop (its schedules are archived with it and come back with it);
- a plan: no longer shown, checked or followed;
- a diary entry: deleted from the lists (kept in the file, so the deletion can be undone).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from caregiver_app.services.changes import Change, Changes
from caregiver_app.storage import Store

if TYPE_CHECKING:
    from caregiver_app.services.checkins import CheckinService

#: record kind -> the change it makes
RECORD_KINDS = {"person": "person", "medicine": "medicine", "plan": "plan", "diary_entry": "diary"}


class ArchiveService:
    def __init__(self, store: Store, changes: Changes | None = None,
                 checkins: Callable[[], CheckinService] | None = None):
        self.store = store
        self.changes = changes if changes is not None else Changes()
        # A baclofen medicine stopped, or a followed plan archived part-way, is a change of dose that the archived
        # record no longer shows: it is kept as watch events (taken back when the archive is undone).
        self.checkins = checkins
        self._events: dict[tuple[str, int], list[int]] = {}

    def set_archived(self, kind: str, record_id: int, archived: bool) -> None:
        """Archive (``archived=True``) or bring back one record, in one transaction. Raises StoreError or
        LookupError; then nothing changed."""
        if kind not in RECORD_KINDS:
            raise ValueError(f"unknown record kind {kind!r}")
        person_id = self._person_of(kind, record_id)
        with self.store.transaction():
            watch = self.checkins() if self.checkins is not None and kind in ("medicine", "plan") else None
            before = self._watch_before(watch, kind, record_id, archived)
            if kind == "person":
                self.store.people.set_archived(record_id, archived)
            elif kind == "medicine":
                self.store.medicines.set_archived(record_id, archived)
            elif kind == "plan":
                self.store.plans.set_archived(record_id, archived)
            elif archived:
                self.store.diary.delete(record_id)
            else:
                self.store.diary.restore(record_id)
            if watch is not None:
                self._watch_after(watch, kind, record_id, archived, before)
        self.changes.emit(Change(RECORD_KINDS[kind], person_id))

    def _watch_before(self, watch: CheckinService | None, kind: str, record_id: int, archived: bool) -> object:
        if watch is None or not archived:
            return None
        if kind == "medicine":
            med = self.store.medicines.get(record_id)
            return (med, watch.medicine_totals(med)) if med is not None else None
        plan = self.store.plans.get(record_id)
        return plan if plan is not None and plan.active and plan.archived_at is None else None

    def _watch_after(self, watch: CheckinService, kind: str, record_id: int, archived: bool,
                     before: object) -> None:
        key = (kind, record_id)
        if not archived:  # undone: the events the archive recorded go too
            for eid in self._events.pop(key, []):
                self.store.watch.remove(eid)
            return
        ids: list[int] = []
        if kind == "medicine" and isinstance(before, tuple):
            med, totals = before
            stopped = watch.record_total_change(med, totals, {}, stopped=True)
            ids = [stopped] if stopped is not None else []
        elif kind == "plan" and before is not None:
            ids = watch.record_plan_stopped(before)  # type: ignore[arg-type]
        if ids:
            self._events[key] = ids

    def _person_of(self, kind: str, record_id: int) -> int | None:
        if kind == "person":
            return record_id
        if kind == "medicine":
            med = self.store.medicines.get(record_id)
            return med.person_id if med is not None else None
        if kind == "plan":
            plan = self.store.plans.get(record_id)
            return plan.person_id if plan is not None else None
        entry = self.store.diary.get(record_id, include_deleted=True)
        return entry.person_id if entry is not None else None
