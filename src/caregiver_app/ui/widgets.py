"""Small shared widgets."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.system.i18n import Tr, localize
from caregiver_app.ui.theme import set_role

_ = Tr("ui.widgets")


class EmptyState(QWidget):
    """A friendly 'nothing yet' message that says what to do, with an optional action button."""

    action = Signal()

    def __init__(self, text: str = "", button_text: str = "", parent: QWidget | None = None):
        # Importing the Qt namespace costs ~14 ms (it builds ~100 enums): done here, not at start-up.
        from PySide6.QtCore import Qt

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(localize(text))
        set_role(self.label, "emptyState")
        self.label.setContentsMargins(24, 24, 24, 24)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(localize(button_text))
        self.button.clicked.connect(self.action)
        self.button.setVisible(bool(button_text))
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_content(self, text: str, button_text: str = "") -> None:
        button_text = localize(button_text)
        self.label.setText(localize(text))
        self.button.setText(button_text)
        self.button.setAccessibleName(button_text)
        self.button.setVisible(bool(button_text))


class MessageBar(QWidget):
    """What an action just did, said on the page itself (not only in the status bar, which may be off-screen or
    unread), with an Undo button when the action can be undone. Hidden when there is nothing to say."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(_("What was just done"))
        set_role(self.label, "notice")
        self.undo_button = QPushButton(_("Undo"))
        self.undo_button.setAccessibleName(_("Undo what was just done"))
        self.undo_button.clicked.connect(self.undo_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        self.hide()

    def show_text(self, text: str, *, undo: bool = False) -> None:
        from caregiver_app.domain.validation import shown_text

        self.label.setText(shown_text(localize(text)))  # (it names medicines and people as typed, or quotes a file)
        self.undo_button.setVisible(undo)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_text("")

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class FieldErrorLabel(QLabel):
    """Red text under a form field; hidden when empty. Screen readers get it as the field's description."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        set_role(self, "fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, message: str) -> None:
        from caregiver_app.domain.validation import shown_text

        self.setText(shown_text(localize(message)))  # (a store's error can quote a value from the file)
        self.setVisible(bool(message))


def add_form_row(form, label: str, widget: QWidget) -> FieldErrorLabel:
    """A form row: the label (its mnemonic goes to ``widget``, which gets it as accessible name), the widget, and an
    error line under it (returned, for messages next to the field). Without a label the widget spans the row."""
    label = localize(label)
    if label:
        widget.setAccessibleName(label.replace("&", ""))
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    err = FieldErrorLabel()
    box.addWidget(err)
    if label:
        lab = QLabel(label)
        lab.setBuddy(widget)
        form.addRow(lab, box)
    else:
        form.addRow(box)
    return err


def scrolling_body(dialog: QWidget, spacing: int | None = None) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A dialog's contents that scroll when the screen is too small for them (extra-large text on a 768-pixel
    screen), its buttons staying in view below. Returns (the body's layout, the dialog's own layout: add the
    buttons to it). The scrolled area asks for all of its contents' size: a big screen shows them without a
    scroll bar; ui/window_fit.fit_window keeps the dialog on the screen."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    class _Body(QScrollArea):
        def sizeHint(self) -> QSize:
            inner = self.widget()
            hint = inner.sizeHint() if inner is not None else QSize(0, 0)
            bar = self.verticalScrollBar().sizeHint().width()
            return QSize(hint.width() + 2 * self.frameWidth() + bar, hint.height() + 2 * self.frameWidth())

    outer = QVBoxLayout(dialog)
    scroll = _Body()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        layout.setSpacing(spacing)
    scroll.setWidget(body)
    outer.addWidget(scroll, 1)
    return layout, outer
