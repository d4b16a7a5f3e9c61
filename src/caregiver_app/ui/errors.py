"""Unexpected exceptions: log, show a copyable report, keep running."""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import TracebackType

log = logging.getLogger(__name__)


def format_report(exc_type, exc, tb) -> str:
    import traceback

    from caregiver_app import version

    return f"Caregiver Assistant {version()}, Python {sys.version.split()[0]}\n" + "".join(
        traceback.format_exception(exc_type, exc, tb))


class ExceptionHook:
    """Installed by the composition root; ``show_dialog`` can be turned off in tests."""

    def __init__(self, parent_getter=lambda: None, show_dialog: bool = True):
        self._parent_getter = parent_getter
        self.show_dialog = show_dialog
        self.reports: list[str] = []
        self._previous: Callable[[type[BaseException], BaseException, TracebackType | None], Any] | None = None

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
        from PySide6.QtWidgets import QApplication

        if self.show_dialog and QApplication.instance() is not None:
            from caregiver_app.ui.error_dialog import ErrorReportDialog

            dlg = ErrorReportDialog(report, self._parent_getter())
            dlg.exec()


def __getattr__(name):  # the dialog lives apart, so installing the hook costs nothing at start-up
    if name == "ErrorReportDialog":
        from caregiver_app.ui.error_dialog import ErrorReportDialog

        return ErrorReportDialog
    raise AttributeError(name)
