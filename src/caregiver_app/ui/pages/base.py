"""What every page shares: a title, whose data it is, an empty state, its questions (``self.prompts``), and
redrawing itself when a service says something changed."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from caregiver_app.system.i18n import Tr, date_pattern, domain_word, localize
from caregiver_app.ui.theme import set_role
from caregiver_app.ui.widgets import EmptyState

if TYPE_CHECKING:
    from caregiver_app.domain.people import Person
    from caregiver_app.services import Change
    from caregiver_app.ui.context import AppContext
    from caregiver_app.ui.widgets import MessageBar

_ = Tr("ui.pages.base")


marked_word = domain_word  # (context, word): a word of another module's table, or a domain Text


day_text = date_pattern  # (d, pattern): a day in the user's locale with a Qt date pattern


class Page(QWidget):
    #: The page's title: ``_.mark``-ed in the page's own module, said in that module's context (see ``title_text``).
    title = _.mark("Page")
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
        self.title_label = QLabel(self.title_text())
        set_role(self.title_label, "pageTitle")
        layout.addWidget(self.title_label)
        self.whose = QLabel()
        set_role(self.whose, "whoseData")
        layout.addWidget(self.whose)
        self._message: MessageBar | None = None  # what was just done, on the page itself (made when first said)
        self.stack = QStackedWidget()
        self._empty: EmptyState | None = None  # made when first needed (most pages start with content)
        self._empty_target: tuple[str, str] | None = None
        self.content = QWidget()
        self.stack.addWidget(self.content)
        layout.addWidget(self.stack, 1)
        self.build(self.content)
        unsubscribe = ctx.services.changes.subscribe(self.on_change)
        self.destroyed.connect(lambda *_args: unsubscribe())

    @property
    def empty(self) -> EmptyState:
        """The 'nothing yet' message with its button."""
        if self._empty is None:
            self._empty = EmptyState()
            self._empty.action.connect(self._empty_action)
            self.stack.addWidget(self._empty)
        return self._empty

    def title_text(self) -> str:
        """The title in the user's language: looked up in the context of the module that defines the page
        (``caregiver_app.ui.pages.today`` → "ui.pages.today"), where its ``_.mark`` put it."""
        for cls in type(self).__mro__:
            if "title" in vars(cls):
                return Tr(cls.__module__.removeprefix("caregiver_app.")).lookup(self.title)
        return self.title

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
        if self._message is not None and person is not self.person:
            self._message.clear()  # what was said was about the person shown before
        self.person = person
        self.whose.setText(_("For: {name}", name=person.name) if person else "")
        self.whose.setVisible(person is not None and self.needs_person)
        if person is None and self.needs_person:
            self.show_empty(_("Nobody to care for yet. Start by adding the person you look after "
                              "(you can add more people later).\n\nNew here? The guide “Using this app” (in the Help "
                              "menu) shows what each page does, with pictures. For emergency signs, press F1 at any "
                              "time."), _("Add a person…"), ("people", "add"))
            return
        self.refresh()

    def show_empty(self, text: str, button: str = "", target: tuple[str, str] | None = None) -> None:
        self._empty_target = target
        self.empty.set_content(text, button)
        self.stack.setCurrentWidget(self.empty)

    def _status(self, text: str) -> None:
        """A passing hint in the main window's status bar for 10 s (an empty text clears it). Never the only place
        of a confirmation: what an action did is said on the page too (``say``)."""
        self.last_status = text
        win = self.window()
        if isinstance(win, QMainWindow):
            if text:
                from caregiver_app.domain.validation import shown_text

                win.statusBar().showMessage(shown_text(text, 600), 10000)
            else:
                win.statusBar().clearMessage()

    @property
    def message(self) -> MessageBar:
        """The bar under the page's title that says what an action just did (with Undo when it can be undone)."""
        if self._message is None:
            from caregiver_app.ui.widgets import MessageBar

            self._message = MessageBar()
            self._message.undo_requested.connect(self._undo_from_bar)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)  # made in __init__: title, whose, then the stack
            layout.insertWidget(2, self._message)
        return self._message

    def say(self, text: str, *, undo: bool = False) -> None:
        """What an action did: on the page (it stays until the next action or person) and in the status bar.
        ``undo``: with an Undo button for the last action of this page (the same as Ctrl+Z here)."""
        self.message.show_text(text, undo=undo)
        self._status(text)

    def _undo_from_bar(self) -> None:
        stack = self.undo_stack
        if stack.canUndo():
            text = stack.undoText()
            stack.undo()
            self.message.show_text(_("Undone: {action}.", action=text), undo=False)

    def in_window_with_undo(self) -> bool:
        """Inside the main window, which has Edit > Undo (Ctrl+Z)."""
        w = self.window()
        return w is not self and isinstance(getattr(w, "undo_stack", None), QUndoStack)

    @property
    def undo_stack(self) -> QUndoStack:
        """This page's undo stack: Edit > Undo (Ctrl+Z) undoes the last action of the page shown (the main window
        keeps one stack per page in its undo group). A page on its own (tests) has one all the same."""
        if self._own_undo is None:
            self._own_undo = QUndoStack(self)
        if self.in_window_with_undo():
            adopt = getattr(self.window(), "adopt_undo_stack", None)
            if adopt is not None:
                adopt(self._own_undo)
        return self._own_undo

    def archive_undoably(self, kind: str, record_id: int, name: str, *, archived: bool = True, what: str = "") -> bool:
        """Archive (or bring back) one record through the archive service, undoably (Edit > Undo names it as
        ``what``, e.g. "the plan Taper"); says so in the status bar. False, with the reason said, when it could
        not be done."""
        from caregiver_app.storage import StoreError
        from caregiver_app.ui.undo import do_undoably

        archive = self.services.archive
        action = _("Archive {what}", what=what or name) if archived else _("Restore {what}", what=what or name)
        try:
            do_undoably(self.undo_stack, action,
                        lambda: archive.set_archived(kind, record_id, archived),
                        lambda: archive.set_archived(kind, record_id, not archived), kind=kind)
        except (StoreError, LookupError) as exc:
            self.prompts.error(_("Not saved"), localize(exc))
            return False
        self.say(_("Archived “{name}”. Ctrl+Z brings it back.", name=name) if archived
                 else _("Restored “{name}”.", name=name), undo=archived)
        return True

    def show_content(self) -> None:
        self.stack.setCurrentWidget(self.content)

    def _empty_action(self) -> None:
        if self._empty_target:
            self.navigate.emit(*self._empty_target)
