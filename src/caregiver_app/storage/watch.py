"""SQL for what changed a dose and would otherwise be lost when a record is edited in place (``watch_events``):
a schedule's new daily total, a medicine stopped, a plan archived part-way, stock run out, a pump refill. The
watch periods themselves are computed from these and from the plans (services/checkins.py), never stored."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.text import Messages
from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.domain.watch import EVENT_WHAT_MAX, validate_event
from caregiver_app.storage.db import inserted_id
from caregiver_app.storage.timefmt import date_to_db, dt_from_db

if TYPE_CHECKING:
    from caregiver_app.storage.db import Store

_ = Messages("storage.watch")

KINDS = ("rise", "reduction", "stock_out", "refill")
WHAT_MAX = EVENT_WHAT_MAX
_COLS = ("id", "person_id", "medicine_id", "day", "kind", "mg_before", "mg_after", "what", "created_at")


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


def _day(text: object) -> date:
    if not isinstance(text, str) or len(text) != 10:
        raise ValidationFailed([FieldError("day", _("The day of the event is not a date like 2026-05-31."))])
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationFailed([FieldError("day", _("The day of the event is not a real date."))]) from None


def event_from_record(rec: Mapping[str, Any]) -> WatchEvent:
    """An event from its stored columns (by name), checked by the rules the services write it with
    (domain.watch.validate_event). Raises ValidationFailed (a ValueError) or TypeError when it breaks them."""
    day = _day(rec["day"])
    created = dt_from_db(rec["created_at"]) if isinstance(rec.get("created_at"), str) else None
    errors = validate_event(rec["kind"], day, rec["what"], rec["mg_before"], rec["mg_after"],
                            created.date() if created is not None else None)
    if errors:
        raise ValidationFailed(errors)
    return WatchEvent(id=rec["id"], person_id=rec["person_id"], medicine_id=rec["medicine_id"], day=day,
                      kind=rec["kind"], mg_before=rec["mg_before"], mg_after=rec["mg_after"], what=rec["what"])


class WatchEventRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, event: WatchEvent) -> int:
        what = event.what[:WHAT_MAX]
        errors = validate_event(event.kind, event.day, what, event.mg_before, event.mg_after,
                                self.store.clock.today())
        if event.kind not in KINDS:
            raise ValueError(f"unknown watch event {event.kind!r}")
        if errors:  # (the services build these: a bug, said in the rule book's words)
            raise ValidationFailed(errors)
        with self.store.transaction() as conn:  # joins the user action's transaction when there is one
            cur = conn.execute(
                "INSERT INTO watch_events(person_id, medicine_id, day, kind, mg_before, mg_after, what, created_at)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (event.person_id, event.medicine_id, date_to_db(event.day), event.kind, event.mg_before,
                 event.mg_after, what, self.store.now_db()))
            return inserted_id(cur)

    def for_person(self, person_id: int, start: date, end: date) -> list[WatchEvent]:
        """Events of days ``start`` to ``end`` inclusive, in day order. One whose stored values break the rules is
        left out and reported (``store.damaged``)."""
        from caregiver_app.storage.db import READ_ERRORS, problem_text

        out = []
        for r in self.store.conn.execute(
                f"SELECT {', '.join(_COLS)} FROM watch_events WHERE person_id = ? AND day BETWEEN ? AND ? "
                "ORDER BY day, id", (person_id, date_to_db(start), date_to_db(end))):
            try:
                out.append(event_from_record(dict(zip(_COLS, r, strict=True))))
            except READ_ERRORS as exc:
                self.store.skip_damaged("watch_events", r[0], problem_text(exc))
        return out

    def remove(self, event_id: int) -> None:
        """For undo: an archive undone takes back the event it recorded."""
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM watch_events WHERE id = ?", (event_id,))
