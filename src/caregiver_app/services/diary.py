"""Saving a diary entry, with the danger-sign workflow: which signs apply to the person that day, what is new
since the previous entry, what to do now. No Qt."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from caregiver_app.domain.diary import RED_FLAGS, DiaryEntry, Guidance, RedFlag, detect_red_flags, urgent_guidance
from caregiver_app.services.changes import Change, Changes
from caregiver_app.storage import Store
from caregiver_app.system.clock import Clock


class DangerContext(NamedTuple):
    """What decides which danger signs apply to a person on a day."""
    on_taper: bool
    has_pump: bool


@dataclass(frozen=True)
class SavedEntry:
    """The entry as stored, the danger signs it shows, the ones new with this save, and what to do about them."""
    entry: DiaryEntry
    flags: tuple[RedFlag, ...]
    new_flags: tuple[RedFlag, ...]
    guidance: Guidance | None
    context: DangerContext


class DiaryService:
    def __init__(self, store: Store, clock: Clock, changes: Changes | None = None):
        self.store, self.clock = store, clock
        self.changes = changes if changes is not None else Changes()

    def context(self, person_id: int, day: date | None = None) -> DangerContext:
        day = day or self.clock.today()
        return DangerContext(self.store.plans.on_taper(person_id, day), self.store.medicines.has_pump(person_id, day))

    def guidance(self, person_id: int, flags: Iterable[RedFlag | str], day: date | None = None) -> Guidance | None:
        """What to do now about these danger signs (keys or signs) for this person: the most urgent first, with
        what the app knows (a pump that day, reduced kidney function). None when there is none. The diary form asks
        for it the moment a sign is ticked, before anything else is checked."""
        keys = {f if isinstance(f, str) else f.key for f in flags}
        ordered = [f for k, f in RED_FLAGS.items() if k in keys]
        if not ordered:
            return None
        person = self.store.people.get(person_id)
        return urgent_guidance(ordered, has_pump=self.context(person_id, day).has_pump,
                               kidney_reduced=bool(person is not None and person.kidney_reduced))

    def save(self, entry: DiaryEntry, editing: DiaryEntry | None = None) -> SavedEntry:
        """Add ``entry`` (or save it over ``editing``) with the danger signs it shows; the guidance is for the signs
        new with this save (a sign already recorded in the entry being changed is not announced again).
        Raises ValidationFailed, StoreError or LookupError; then nothing is saved."""
        local_day = entry.entry_at.astimezone(self.clock.local_tz()).date()
        context = self.context(entry.person_id, local_day)
        previous = self.store.diary.last(entry.person_id, until=entry.entry_at, exclude_id=entry.id)
        flags = tuple(detect_red_flags(entry, on_taper=context.on_taper, has_pump=context.has_pump,
                                       previous=previous))
        entry = entry.with_changes(red_flags=tuple(f.key for f in flags))
        saved = self.store.diary.add(entry) if editing is None else self.store.diary.update(entry)
        new = tuple(f for f in flags if editing is None or f.key not in editing.red_flags)
        self._changed(saved.person_id)
        # Any new sign brings the guidance for everything the entry shows (the most urgent first).
        guidance = self.guidance(saved.person_id, flags, local_day) if new else None
        return SavedEntry(saved, flags, new, guidance, context)

    def put_back(self, entry: DiaryEntry) -> DiaryEntry:
        """Undo of a change: the entry as it was before (its danger signs as recorded then)."""
        saved = self.store.diary.update(entry)
        self._changed(saved.person_id)
        return saved

    def set_deleted(self, entry_id: int, deleted: bool) -> DiaryEntry:
        """Delete (kept, so it can be undone) or bring back an entry."""
        saved = self.store.diary.delete(entry_id) if deleted else self.store.diary.restore(entry_id)
        self._changed(saved.person_id)
        return saved

    def last(self, person_id: int, *, exclude_id: int | None = None,
             until: datetime | None = None) -> DiaryEntry | None:
        return self.store.diary.last(person_id, exclude_id=exclude_id, until=until)

    def _changed(self, person_id: int) -> None:
        self.changes.emit(Change("diary", person_id))
