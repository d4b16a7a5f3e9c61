"""Paper size, paper font and PDF files for any QTextDocument (the information pages, the appointment summary):
one way to save a PDF, from the window or the command line, with the same margins, paper size and messages."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument

from caregiver_app.system.i18n import Tr

_ = Tr("reports.pdf")


def paper_size() -> QPageSize:
    """Letter where the locale measures in US units, A4 elsewhere."""
    from PySide6.QtCore import QLocale

    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def paper_font(font: QFont) -> QFont:
    """The font for paper: read closer than a screen, so a little smaller than the app's text, still larger when
    the app's text is larger (10–16 pt)."""
    out = QFont(font)
    out.setPointSizeF(round(min(max(out.pointSizeF() * 0.85, 10.0), 16.0), 1))
    return out


def save_pdf(doc: QTextDocument, title: str, chosen: str | Path, error: Callable[[str, str], None]) -> Path | None:
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
        error(_("Could not save the PDF"),
              _("The PDF could not be saved as\n{file}\n\n{reason}. Choose another folder, or check there is space "
                "on the disk.", file=str(target), reason=exc.strerror or str(exc)))
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


