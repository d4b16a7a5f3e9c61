"""The dialog that shows an unexpected error's report (copyable) while the app keeps running."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from caregiver_app.system.i18n import Tr

_ = Tr("ui.error_dialog")


class ErrorReportDialog(QDialog):
    def __init__(self, report: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Something went wrong"))
        layout = QVBoxLayout(self)
        msg = QLabel(_("Something unexpected went wrong. Your saved data is safe and the app keeps running.\n"
                       "If it happens again, copy this report and send it to whoever supports the app. "
                       "It holds no health data."))
        msg.setWordWrap(True)
        layout.addWidget(msg)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_("Error report"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(_("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
