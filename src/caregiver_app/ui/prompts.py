"""Every question the app asks the user, in one place: errors, confirmations, a reason, a time, a file, a printer.

Screens never build message boxes themselves: each has ``self.prompts`` (the app's ``Prompts`` for that screen,
``prompts.for_widget(screen)``), so every question is parented to the window that asked it and comes in front of
it. Tests replace it with ``tests/helpers.FakePrompts``, which answers without a screen and records what was
asked. Qt is imported only when a question is really asked.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

PDF_FILES = "PDF files (*.pdf)"


def _safe(text: str) -> str:
    """A message as a window shows it: a value from a file or the store it quotes (an exception's text, a name read
    from a backup) cannot reverse, hide or forge the text around it (domain.validation.shown_text)."""
    from caregiver_app.domain.validation import shown_text

    return shown_text(text)


class Prompts:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def for_widget(self, parent: QWidget | None) -> Prompts:
        """The same questions, asked from (and in front of) ``parent``."""
        return type(self)(parent)

    # -- messages ----------------------------------------------------------------------------------------------
    def error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, _safe(title), _safe(text))

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, _safe(title), _safe(text))

    def notice(self, title: str, text: str) -> None:
        """Like ``info``, but it does not block: reminder windows stay usable while it is open."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, _safe(title), _safe(text), QMessageBox.StandardButton.Ok,
                          self.parent)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    # -- questions ---------------------------------------------------------------------------------------------
    def confirm(self, title: str, text: str, yes: str = "Yes", no: str = "No") -> bool:
        """A question that needs a Yes to go on. The answer that changes nothing is the default, so Enter never
        does something by accident."""
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        title, text = _safe(title), _safe(text)
        if (yes, no) == ("Yes", "No"):
            box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons.Yes | buttons.No, self.parent)
            box.setDefaultButton(buttons.No)
            return box.exec() == buttons.Yes
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        yes_btn = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_btn = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_btn)
        box.exec()
        return box.clickedButton() is yes_btn

    def ask_text(self, title: str, label: str) -> str | None:
        """A line of text (maybe empty); None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self.parent, title, label)
        return text if ok else None

    def ask_time(self, title: str, label: str, start: datetime | None = None) -> tuple[int, int] | None:
        """A time of day (hour, minute); None when cancelled."""
        from PySide6.QtCore import QTime
        from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTimeEdit, QVBoxLayout

        dlg = QDialog(self.parent)
        dlg.setWindowTitle(title)
        lay = QVBoxLayout(dlg)
        lay.addWidget(QLabel(label))
        edit = QTimeEdit(QTime(start.hour, start.minute) if start is not None else QTime(0, 0))
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(title)
        lay.addWidget(edit)
        ok = QPushButton("OK")
        ok.setDefault(True)
        ok.clicked.connect(dlg.accept)
        lay.addWidget(ok)
        if not dlg.exec():
            return None
        return edit.time().hour(), edit.time().minute()

    # -- files -------------------------------------------------------------------------------------------------
    def save_path(self, title: str, suggested: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return path or None

    def open_path(self, title: str, folder: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filters)
        return path or None

    # -- paper -------------------------------------------------------------------------------------------------
    def print_setup(self, printer: Any, title: str) -> bool:
        """The system's print dialog for ``printer``; True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dlg = QPrintDialog(printer, self.parent)
        dlg.setWindowTitle(title)
        return bool(dlg.exec())

    def preview(self, printer: Any, paint: Callable[[Any], None]) -> None:
        """The system's print preview; ``paint(printer)`` draws the pages."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dlg = QPrintPreviewDialog(printer, self.parent)
        dlg.paintRequested.connect(paint)
        dlg.exec()
