"""SQL for what changed a dose and would otherwise be lost when a record is edited in place (``watch_events``):
a schedule's new daily total, a medicine stopped, a plan archived part-way, stock run out, a pump refill. The
watch periods themselves are computed from these and from the plans (services/checkins.py), never stored."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import date_from_db, date_to_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

KINDS = ("rise", "reduction", "stock_out", "refill")
WHAT_MAX = 500


@dataclass(frozen=True)
class WatchEvent:
    person_id: int
    day: date
    kind: str
    what: str = ""
    medicine_id: int | None = None
    mg_before: float | None = None
    mg_after: float | None = None
    id: int | None = None


class WatchEventRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, event: WatchEvent) -> int:
        if event.kind not in KINDS:
            raise ValueError(f"unknown watch event {event.kind!r}")
        with self.store.transaction() as conn:  # joins the user action's transaction when there is one
            cur = conn.execute(
                "INSERT INTO watch_events(person_id, medicine_id, day, kind, mg_before, mg_after, what, created_at)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (event.person_id, event.medicine_id, date_to_db(event.day), event.kind, event.mg_before,
                 event.mg_after, event.what[:WHAT_MAX], self.store.now_db()))
            return inserted_id(cur)

    def for_person(self, person_id: int, start: date, end: date) -> list[WatchEvent]:
        """Events of days ``start`` to ``end`` inclusive, in day order (rows that cannot be read are left out)."""
        out = []
        for r in self.store.conn.execute(
                "SELECT id, person_id, medicine_id, day, kind, mg_before, mg_after, what FROM watch_events"
                " WHERE person_id = ? AND day BETWEEN ? AND ? ORDER BY day, id",
                (person_id, date_to_db(start), date_to_db(end))):
            try:
                day = date_from_db(r[3])
            except (TypeError, ValueError):
                continue
            if day is None or r[4] not in KINDS:
                continue
            out.append(WatchEvent(id=r[0], person_id=r[1], medicine_id=r[2], day=day, kind=r[4],
                                  mg_before=r[5], mg_after=r[6], what=str(r[7] or "")))
        return out

    def remove(self, event_id: int) -> None:
        """For undo: an archive undone takes back the event it recorded."""
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM watch_events WHERE id = ?", (event_id,))
