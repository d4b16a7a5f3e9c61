"""The one undo command for every undoable action (Edit > Undo, Ctrl+Z): archive or bring back a person, a
medicine or a plan; add, change or delete a diary entry; a dose answered on Today (undo withdraws the answer,
kept in the history as withdrawn). Each page has its own stack in the main window's undo group, so Ctrl+Z
undoes the last action of the page shown.

The action is done once, through its service, before the command is pushed: a failure raises to the caller and
nothing is pushed (Qt would swallow an exception raised inside ``QUndoStack.push``). Undo and redo call the
service again; the service's change signal redraws the screens.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from caregiver_app.system.i18n import localize


class Undoable(QUndoCommand):
    def __init__(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any], *, subject: Any = None,
                 kind: str = "", after: Callable[[Undoable], None] | None = None):
        super().__init__(localize(text))  # what Edit > Undo says it will undo (a domain message is translated)
        self._undo, self._redo, self._after = undo, redo, after
        self.subject, self.kind = subject, kind
        self._first = True
        self.done = True  # False once undone, True again once redone (``after`` reads it)
        self.replayed = False  # True once redone after an undo

    def redo(self) -> None:
        if self._first:  # the first redo, called by push(), is the action already done
            self._first = False
        else:
            self._redo()
            self.replayed = True
        self.done = True
        if self._after is not None:
            self._after(self)

    def undo(self) -> None:
        self._undo()
        self.done = False
        if self._after is not None:
            self._after(self)


def do_undoably(stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                redo: Callable[[], Any] | None = None, *, kind: str = "",
                after: Callable[[Undoable], None] | None = None) -> Undoable:
    """Do ``do()`` now (it raises: nothing happened, nothing is pushed), then push it as undoable. ``redo``
    defaults to ``do``; the command's ``subject`` is what ``do()`` returned."""
    subject = do()
    cmd = Undoable(text, undo, redo or do, subject=subject, kind=kind, after=after)
    stack.push(cmd)
    stack.setActive(True)  # in an undo group: the place the action was done is what Edit > Undo now undoes
    return cmd
