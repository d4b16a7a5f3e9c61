"""Every question the app asks the user, in one place: errors, confirmations, a reason, a time, a file, a printer.

Screens never build message boxes themselves: each has ``self.prompts`` (the app's ``Prompts`` for that screen,
``prompts.for_widget(screen)``), so every question is parented to the window that asked it and comes in front of
it. Every window a question opens is parented and modal to the asking window (``_own``), and an always-on-top
asker (the reminder window) gets its questions on top too, so a question can never hide behind the window that
asked it. Tests replace it with ``tests/helpers.FakePrompts``, which answers without a screen and records what was
asked. Qt's widgets are imported only when a question is really asked.

Titles, texts and answers come in from the callers, in the user's language already or as the domain's messages
(``Text``): each is said with ``localize`` here, so a domain message passed straight in is translated too.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

from caregiver_app.system.i18n import Tr, localize

_ = Tr("ui.prompts")

PDF_FILES = _.mark("PDF files (*.pdf)")   # a file dialog's filter: translated where it is shown (save_path)


def keep_in_front(dialog: Any, asker: Any = None) -> Any:
    """A window opened from an always-on-top window (the dose reminder, the check-in) stays on top too, before it
    is shown: else it opens behind the window that asked and that window looks frozen. ``asker``: the window it
    is opened from (default: its parent). The one rule for every such window: questions (``Prompts``) and the
    danger-sign window alike."""
    from PySide6.QtCore import Qt

    asker = asker if asker is not None else dialog.parentWidget()
    if asker is not None and asker.window().windowFlags() & Qt.WindowType.WindowStaysOnTopHint:
        dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    return dialog


def _safe(text: object) -> str:
    """A message as a window shows it, in the user's language (a domain Text is translated): a value from a file
    or the store it quotes (an exception's text, a name read from a backup) cannot reverse, hide or forge the
    text around it (domain.validation.shown_text)."""
    from caregiver_app.domain.validation import shown_text

    return shown_text(localize(text))


class Prompts:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def for_widget(self, parent: QWidget | None) -> Prompts:
        """The same questions, asked from (and in front of) ``parent``."""
        return type(self)(parent)

    def _own(self, dialog: Any) -> Any:
        """``dialog`` (made with ``self.parent`` as its parent) becomes modal to the asking window only, and stays
        on top when that window does: a question from the always-on-top reminder window must come in front of it,
        never behind it (a hidden modal question makes the reminder look frozen)."""
        from PySide6.QtCore import Qt

        if self.parent is not None:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            keep_in_front(dialog, self.parent)
        return dialog

    @staticmethod
    def _run(dialog: Any) -> int:
        """Show ``dialog`` in front, with the keyboard focus, and wait for the answer."""
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return int(dialog.exec())

    def _box(self, icon: str, title: str, text: str) -> Any:
        from PySide6.QtWidgets import QMessageBox

        kind = getattr(QMessageBox.Icon, icon)
        return self._own(QMessageBox(kind, _safe(title), _safe(text), QMessageBox.StandardButton.NoButton,
                                     self.parent))

    # -- messages ----------------------------------------------------------------------------------------------
    def error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self._box("Warning", title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._run(box)

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self._box("Information", title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._run(box)

    def notice(self, title: str, text: str) -> None:
        """Like ``info``, but it does not block: reminder windows stay usable while it is open."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, _safe(title), _safe(text), QMessageBox.StandardButton.Ok,
                          self.parent)
        self._own(box)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        box.raise_()

    # -- questions ---------------------------------------------------------------------------------------------
    def confirm(self, title: str, text: str, yes: str = "Yes", no: str = "No") -> bool:
        """A question that needs a Yes to go on. The answer that changes nothing is the default, so Enter never
        does something by accident."""
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        box = self._box("Warning", title, text)
        if (yes, no) == ("Yes", "No"):
            box.setStandardButtons(buttons.Yes | buttons.No)
            box.setDefaultButton(buttons.No)
            return self._run(box) == buttons.Yes
        yes_btn = box.addButton(localize(yes), QMessageBox.ButtonRole.AcceptRole)
        no_btn = box.addButton(localize(no), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_btn)
        box.setEscapeButton(no_btn)
        self._run(box)
        return box.clickedButton() is yes_btn

    def ask_text(self, title: str, label: str) -> str | None:
        """A line of text (maybe empty); None when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLabel

        dlg = self._own(QInputDialog(self.parent))
        dlg.setWindowTitle(localize(title))
        dlg.setLabelText(localize(label))
        for text in dlg.findChildren(QLabel):  # a long question wraps: the window never outgrows the screen
            text.setWordWrap(True)
        dlg.setTextValue("")
        return dlg.textValue() if self._run(dlg) else None

    def ask_time(self, title: str, label: str, start: datetime | None = None,
                 describe: Callable[[int, int], str] | None = None) -> tuple[int, int] | None:
        """A time of day (hour, minute); None when cancelled. ``describe(hour, minute)``: a line under the time
        saying what it will mean (which day), kept up to date as the time changes."""
        from PySide6.QtCore import QTime
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTimeEdit, QVBoxLayout

        dlg = self._own(QDialog(self.parent))
        dlg.setWindowTitle(localize(title))
        lay = QVBoxLayout(dlg)
        question = QLabel(localize(label))
        question.setWordWrap(True)
        lay.addWidget(question)
        edit = QTimeEdit(QTime(start.hour, start.minute) if start is not None else QTime(0, 0))
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(localize(title))
        question.setBuddy(edit)
        lay.addWidget(edit)
        meaning = QLabel()
        meaning.setWordWrap(True)
        meaning.setAccessibleName(_("Which day this time means"))
        lay.addWidget(meaning)
        if describe is not None:
            def update(t: QTime) -> None:
                meaning.setText(localize(describe(t.hour(), t.minute())))
                edit.setAccessibleDescription(meaning.text())

            edit.timeChanged.connect(update)
            update(edit.time())
        else:
            meaning.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        lay.addWidget(buttons)
        edit.setFocus()
        if not self._run(dlg):
            return None
        return edit.time().hour(), edit.time().minute()

    # -- files -------------------------------------------------------------------------------------------------
    def save_path(self, title: str, suggested: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _chosen = QFileDialog.getSaveFileName(self.parent, localize(title), suggested, _.lookup(filters))
        return path or None

    def open_path(self, title: str, folder: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _chosen = QFileDialog.getOpenFileName(self.parent, localize(title), folder, _.lookup(filters))
        return path or None

    # -- paper -------------------------------------------------------------------------------------------------
    def print_setup(self, printer: Any, title: str) -> bool:
        """The system's print dialog for ``printer``; True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dlg = self._own(QPrintDialog(printer, self.parent))
        dlg.setWindowTitle(localize(title))
        return bool(self._run(dlg))

    def preview(self, printer: Any, paint: Callable[[Any], None]) -> None:
        """The system's print preview; ``paint(printer)`` draws the pages."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dlg = self._own(QPrintPreviewDialog(printer, self.parent))
        dlg.paintRequested.connect(paint)
        self._run(dlg)
