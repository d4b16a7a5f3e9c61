"""What every page shares: a title, whose data it is, an empty state, its questions (``self.prompts``), and
redrawing itself when a service says something changed."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from caregiver_app.ui.theme import set_role
from caregiver_app.ui.widgets import EmptyState

if TYPE_CHECKING:
    from caregiver_app.domain.people import Person
    from caregiver_app.services import Change
    from caregiver_app.ui.context import AppContext


class Page(QWidget):
    title = "Page"
    #: Asks the main window to go somewhere: ("page", key) or ("people", "add"), ("info", "slug#anchor").
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.prompts = ctx.prompts.for_widget(self)
        self.person: Person | None = None
        self.last_status = ""  # the last message given to the status bar (tests read it)
        self._own_undo: QUndoStack | None = None
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self.title)
        set_role(self.title_label, "pageTitle")
        layout.addWidget(self.title_label)
        self.whose = QLabel()
        set_role(self.whose, "whoseData")
        layout.addWidget(self.whose)
        self.stack = QStackedWidget()
        self._empty: EmptyState | None = None  # made when first needed (most pages start with content)
        self._empty_target: tuple[str, str] | None = None
        self.content = QWidget()
        self.stack.addWidget(self.content)
        layout.addWidget(self.stack, 1)
        self.build(self.content)
        unsubscribe = ctx.services.changes.subscribe(self.on_change)
        self.destroyed.connect(lambda *_: unsubscribe())

    @property
    def empty(self) -> EmptyState:
        """The 'nothing yet' message with its button."""
        if self._empty is None:
            self._empty = EmptyState()
            self._empty.action.connect(self._empty_action)
            self.stack.addWidget(self._empty)
        return self._empty

    # -- for subclasses -------------------------------------------------------------------
    def build(self, content: QWidget) -> None:
        """Create the page's widgets inside ``content``."""

    def refresh(self) -> None:
        """Reload what the page shows for ``self.person``."""

    needs_person = True

    def on_change(self, change: Change) -> None:
        """A service changed something: redraw when it may concern what this page shows (a person's change, or
        one about everyone). Changes to people reach the pages through the main window's person list."""
        if change.kind == "person" or self.person is None and self.needs_person:
            return
        if change.person_id is None or self.person is None or change.person_id == self.person.id:
            self.refresh()

    # -- shared behaviour ---------------------------------------------------------------
    def set_person(self, person: Person | None) -> None:
        self.person = person
        self.whose.setText(f"For: {person.name}" if person else "")
        self.whose.setVisible(person is not None and self.needs_person)
        if person is None and self.needs_person:
            self.show_empty("Nobody to care for yet. Start by adding the person you look after "
                            "(you can add more people later).", "Add a person…", ("people", "add"))
            return
        self.refresh()

    def show_empty(self, text: str, button: str = "", target: tuple[str, str] | None = None) -> None:
        self._empty_target = target
        self.empty.set_content(text, button)
        self.stack.setCurrentWidget(self.empty)

    def _status(self, text: str) -> None:
        """A message in the main window's status bar for 10 s (an empty text clears it)."""
        self.last_status = text
        win = self.window()
        if isinstance(win, QMainWindow):
            if text:
                from caregiver_app.domain.validation import shown_text

                win.statusBar().showMessage(shown_text(text, 600), 10000)
            else:
                win.statusBar().clearMessage()

    def in_window_with_undo(self) -> bool:
        """Inside the main window, which has Edit > Undo (Ctrl+Z)."""
        w = self.window()
        return w is not self and isinstance(getattr(w, "undo_stack", None), QUndoStack)

    @property
    def undo_stack(self) -> QUndoStack:
        """The main window's undo stack (Edit > Undo, Ctrl+Z); a page on its own (tests) has one of its own."""
        if self.in_window_with_undo():
            stack = getattr(self.window(), "undo_stack", None)
            assert isinstance(stack, QUndoStack)  # what in_window_with_undo() checked
            return stack
        if self._own_undo is None:
            self._own_undo = QUndoStack(self)
        return self._own_undo

    def archive_undoably(self, kind: str, record_id: int, name: str, *, archived: bool = True, what: str = "") -> bool:
        """Archive (or bring back) one record through the archive service, undoably (Edit > Undo names it as
        ``what``, e.g. "the plan Taper"); says so in the status bar. False, with the reason said, when it could
        not be done."""
        from caregiver_app.storage import StoreError
        from caregiver_app.ui.undo import do_undoably

        archive = self.services.archive
        verb = "Archive" if archived else "Restore"
        try:
            do_undoably(self.undo_stack, f"{verb} {what or name}",
                        lambda: archive.set_archived(kind, record_id, archived),
                        lambda: archive.set_archived(kind, record_id, not archived), kind=kind)
        except (StoreError, LookupError) as exc:
            self.prompts.error("Not saved", str(exc))
            return False
        self._status(f"{'Archived' if archived else 'Restored'} “{name}”." + (" Ctrl+Z brings it back."
                                                                               if archived else ""))
        return True

    def show_content(self) -> None:
        self.stack.setCurrentWidget(self.content)

    def _empty_action(self) -> None:
        if self._empty_target:
            self.navigate.emit(*self._empty_target)
