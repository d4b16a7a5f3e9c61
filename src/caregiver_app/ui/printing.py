"""Printing any QTextDocument (information pages, appointment summaries) and the questions printing asks; the
paper size, paper font and PDF writing live in reports/pdf.py (the command line uses them too)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout, QTextDocument

from caregiver_app.system.i18n import Tr, localize
from caregiver_app.ui.prompts import Prompts

_ = Tr("ui.printing")


def suggested_pdf_path(folder: Path | None, title: str, fallback: str | None = None) -> str:
    """``title``.pdf in ``folder`` (else the Documents folder, else home), without characters files cannot have
    (``fallback``, else "Document", when nothing is left of the title)."""
    if folder is None:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    name = re.sub(r'[\\/:*?"<>|]+', " ", localize(title)).strip() or localize(fallback) or _("Document")
    return str(folder / f"{name}.pdf")


def print_document(doc: QTextDocument, title: str, prompts: Prompts, dialog_title: str) -> bool:
    """Ask for a printer (the system's dialog, titled ``dialog_title``) and print ``doc``."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(localize(title))
    printer.setCreator("Caregiver Assistant")
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)   # print_ adds 2 cm
    if not prompts.print_setup(printer, dialog_title):
        return False
    doc.print_(printer)
    return True
