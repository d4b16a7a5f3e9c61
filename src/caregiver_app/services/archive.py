"""Archiving and bringing back every kind of record, the one way: nothing is ever deleted, so every archive can be
undone (the undo stack calls ``set_archived`` again with the opposite). No Qt.

- a person: leaves the lists and the reminders; their history stays;
- a medicine: its reminders stop (its schedules are archived with it and come back with it);
- a plan: no longer shown, checked or followed;
- a diary entry: deleted from the lists (kept in the file, so the deletion can be undone).
"""
from __future__ import annotations

from caregiver_app.services.changes import Change, Changes
from caregiver_app.storage import Store

#: record kind -> the change it makes
RECORD_KINDS = {"person": "person", "medicine": "medicine", "plan": "plan", "diary_entry": "diary"}


class ArchiveService:
    def __init__(self, store: Store, changes: Changes | None = None):
        self.store = store
        self.changes = changes if changes is not None else Changes()

    def set_archived(self, kind: str, record_id: int, archived: bool) -> None:
        """Archive (``archived=True``) or bring back one record, in one transaction. Raises StoreError or
        LookupError; then nothing changed."""
        if kind not in RECORD_KINDS:
            raise ValueError(f"unknown record kind {kind!r}")
        person_id = self._person_of(kind, record_id)
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
        self.changes.emit(Change(RECORD_KINDS[kind], person_id))

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
