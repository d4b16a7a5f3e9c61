"""Adding and changing the people cared for. No Qt."""
from __future__ import annotations

from caregiver_app.domain.people import Person
from caregiver_app.services.changes import Change, Changes
from caregiver_app.storage import Store


class PeopleService:
    def __init__(self, store: Store, changes: Changes | None = None):
        self.store = store
        self.changes = changes if changes is not None else Changes()

    def save(self, person: Person) -> Person:
        """Add or change a person. Raises ValidationFailed or StoreError; then nothing is saved."""
        saved: Person = self.store.people.save(person)
        self.changes.emit(Change("person", saved.id))
        return saved
