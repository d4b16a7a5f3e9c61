"""Unexpected exceptions: log, show a copyable report, keep running."""
from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from .. import __version__

log = logging.getLogger(__name__)


class ErrorReportDialog(QDialog):
    def __init__(self, report: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Something went wrong")
        layout = QVBoxLayout(self)
        msg = QLabel("Something unexpected went wrong. Your saved data is safe and the app keeps running.\n"
                     "If it happens again, copy this report and send it to whoever supports the app. "
                     "It holds no health data.")
        msg.setWordWrap(True)
        layout.addWidget(msg)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Error report")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy report", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def format_report(exc_type, exc, tb) -> str:
    import traceback

    return f"Caregiver Assistant {__version__}, Python {sys.version.split()[0]}\n" + "".join(
        traceback.format_exception(exc_type, exc, tb))


class ExceptionHook:
    """Installed by the composition root; ``dialogs`` can be turned off in tests."""

    def __init__(self, parent_getter=lambda: None, show_dialog: bool = True):
        self._parent_getter = parent_getter
        self.show_dialog = show_dialog
        self.reports: list[str] = []
        self._previous = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous

    def __call__(self, exc_type, exc, tb) -> None:
        report = format_report(exc_type, exc, tb)
        self.reports.append(report)
        log.error("unexpected exception\n%s", report)
        if self.show_dialog and QApplication.instance() is not None:
            dlg = ErrorReportDialog(report, self._parent_getter())
            dlg.exec()
