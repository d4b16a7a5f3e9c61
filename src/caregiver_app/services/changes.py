"""One signal for every change a user action makes (Anki's ``operation_did_execute``, at this app's size).

A service emits a ``Change`` after its transaction has committed; the screens and the reminders subscribe once
(in app.py and the page base class) and redraw or re-check from the store. No Qt here: the services stay testable
without a screen, and the subscribers are plain callables.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

#: What changed. "dose": an answer, snooze or correction; "medicine": a medicine or its schedule; "plan"; "diary";
#: "person"; "restore": the whole store was replaced (a backup restored).
KINDS = ("dose", "medicine", "plan", "diary", "person", "restore")


class Change:
    """What changed, and whose (None: several people, or not one person's). A plain class: it is made at start-up
    and dataclasses would bring ``inspect`` with it."""

    __slots__ = ("kind", "person_id")

    def __init__(self, kind: str, person_id: int | None = None):
        if kind not in KINDS:
            raise ValueError(f"unknown change {kind!r}")
        self.kind, self.person_id = kind, person_id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Change) and (self.kind, self.person_id) == (other.kind, other.person_id)

    def __hash__(self) -> int:
        return hash((self.kind, self.person_id))

    def __repr__(self) -> str:
        return f"Change({self.kind!r}, {self.person_id!r})"


Listener = Callable[[Change], None]


class Changes:
    """Subscribers are called in the order they subscribed, each once per change. When one fails the others still
    hear about the change (a broken page must not stop the reminders), then the first error is raised (so it is
    reported, never hidden)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Start listening; returns the function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def emit(self, change: Change) -> None:
        first: Exception | None = None
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception as exc:
                log.exception("a listener failed on a %s change", change.kind)
                first = first or exc
        if first is not None:
            raise first

    def __len__(self) -> int:
        return len(self._listeners)
