"""Paper and PDF for any QTextDocument (information pages, appointment summaries): one way to print, one way to
save a PDF, with the same margins, paper size and error messages."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize


def paper_size() -> QPageSize:
    """Letter where the locale measures in US units, A4 elsewhere."""
    from PySide6.QtCore import QLocale

    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def paper_font(font):
    """The font for paper: read closer than a screen, so a little smaller than the app's text, still larger when
    the app's text is larger (10–16 pt)."""
    from PySide6.QtGui import QFont

    out = QFont(font)
    out.setPointSizeF(round(min(max(out.pointSizeF() * 0.85, 10.0), 16.0), 1))
    return out


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


def save_pdf(doc, title: str, chosen: str | Path, error) -> Path | None:
    """Write ``doc`` as a PDF to ``chosen`` (".pdf" added if missing). A folder that cannot be written is
    reported through ``error(title, text)`` and nothing else happens; returns the file written, or None."""
    from PySide6.QtGui import QPdfWriter

    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        with open(target, "ab"):
            pass
    except OSError as exc:
        error("Could not save the PDF",
              f"The PDF could not be saved as\n{target}\n\n{exc.strerror or exc}. "
              "Choose another folder, or check there is space on the disk.")
        return None
    writer = QPdfWriter(str(target))
    writer.setTitle(title)
    writer.setCreator("Caregiver Assistant")
    writer.setResolution(300)
    writer.setPageSize(paper_size())
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)    # print_ adds 2 cm
    doc.print_(writer)
    del writer   # finishes and closes the file
    return target


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
