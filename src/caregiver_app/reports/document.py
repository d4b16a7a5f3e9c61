"""The appointment summary as a QTextDocument (with the diary chart), the same for the screen, paper and PDF,
from the window or the command line."""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from caregiver_app.reports.summary import Summary, summary_html
from caregiver_app.storage import Store
from caregiver_app.system.i18n import Tr

_ = Tr("reports.document")

CHART_URL = "chart://spasticity"
PRINT_CSS = "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 12px; } td, th { padding: 3px; }"


def summary_title(s: Summary) -> str:
    """The document's title (the PDF's), in the user's language."""
    return _("Appointment summary {person} {day}", person=s.person, day=s.end.isoformat())


def summary_chart(store: Store, s: Summary, person_id: int, days: int) -> QImage | None:
    """The summary's diary chart (None with no diary entry in the period): by day up to 60 days, by week beyond.
    Drawn on a QImage, so it may be made off the GUI thread (with a store of that thread)."""
    if not s.diary_entries:
        return None
    from caregiver_app.reports.charts import diary_chart_image

    return diary_chart_image(store, person_id, "spasticity", "day" if days <= 60 else "week", s.start, s.end,
                             person=s.person, width=1200, height=520, changes=[c.start for c in s.checkins])


def summary_document(store: Store, s: Summary, person_id: int, days: int, *, font: QFont | None = None,
                     parent: QObject | None = None, chart: QImage | None = None) -> QTextDocument:
    """The summary ``s`` of ``person_id`` over ``days`` days, with its chart (``summary_chart``; made here unless
    given)."""
    doc = QTextDocument(parent)
    doc.setDefaultStyleSheet(PRINT_CSS)
    if font is not None:
        doc.setDefaultFont(font)
    image = chart if chart is not None else summary_chart(store, s, person_id, days)
    if image is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    doc.setHtml(summary_html(s, CHART_URL if image is not None else None))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary_title(s))
    return doc
