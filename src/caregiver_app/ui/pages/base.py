"""What every page shares: a title, whose data it is, and an empty state."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from caregiver_app.ui.widgets import EmptyState
from caregiver_app.ui.theme import set_role


class Page(QWidget):
    title = "Page"
    #: Asks the main window to go somewhere: ("page", key) or ("people", "add"), ("info", "slug#anchor").
    navigate = Signal(str, str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.recipient: "CareRecipient | None" = None
        self.last_status = ""  # the last message given to the status bar (tests read it)
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
        """Reload what the page shows for ``self.recipient``."""

    needs_recipient = True

    # -- shared behaviour ---------------------------------------------------------------
    def set_recipient(self, recipient: "CareRecipient | None") -> None:
        self.recipient = recipient
        self.whose.setText(f"For: {recipient.name}" if recipient else "")
        self.whose.setVisible(recipient is not None and self.needs_recipient)
        if recipient is None and self.needs_recipient:
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
                win.statusBar().showMessage(text, 10000)
            else:
                win.statusBar().clearMessage()

    def show_content(self) -> None:
        self.stack.setCurrentWidget(self.content)

    def _empty_action(self) -> None:
        if self._empty_target:
            self.navigate.emit(*self._empty_target)
