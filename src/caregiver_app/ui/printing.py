"""Printing any QTextDocument (information pages, appointment summaries) and the questions printing asks; the
paper size, paper font and PDF writing live in reports/pdf.py (the command line uses them too)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout



def suggested_pdf_path(folder: Path | None, title: str, fallback: str = "Document") -> str:
    """``title``.pdf in ``folder`` (else the Documents folder, else home), without characters files cannot have."""
    if folder is None:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    name = re.sub(r'[\\/:*?"<>|]+', " ", title).strip() or fallback
    return str(folder / f"{name}.pdf")


def print_document(doc, title: str, print_setup) -> bool:
    """Ask for a printer (``print_setup(printer) -> bool``, the system dialog) and print ``doc``."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCreator("Caregiver Assistant")
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)   # print_ adds 2 cm
    if not print_setup(printer):
        return False
    doc.print_(printer)
    return True


class PrintDialogs:
    """The questions printing asks. Tests replace it to answer without a screen."""

    pdf_title = "Save as PDF"
    print_title = "Print"

    def __init__(self, parent=None):
        self.parent = parent

    def pdf_path(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, self.pdf_title, suggested, "PDF files (*.pdf)")
        return path or None

    def print_setup(self, printer) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        dlg = QPrintDialog(printer, self.parent)
        dlg.setWindowTitle(self.print_title)
        return bool(dlg.exec())

    def preview(self, printer, paint) -> None:
        """The system's print preview; ``paint(printer)`` draws the pages."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dlg = QPrintPreviewDialog(printer, self.parent)
        dlg.paintRequested.connect(paint)
        dlg.exec()

    def error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)
