"""The appointment summary as a QTextDocument (with the diary chart), the same for the screen, paper and PDF,
from the window or the command line."""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QFont, QTextDocument

from caregiver_app.reports.summary import Summary, summary_html
from caregiver_app.storage import Store

CHART_URL = "chart://spasticity"
PRINT_CSS = "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 12px; } td, th { padding: 3px; }"


def summary_title(s: Summary) -> str:
    return f"Appointment summary {s.person} {s.end.isoformat()}"


def summary_document(store: Store, s: Summary, person_id: int, days: int, *, font: QFont | None = None,
                     parent: QObject | None = None) -> QTextDocument:
    """The summary ``s`` of ``person_id`` over ``days`` days; the chart averages by day up to 60 days, by week
    beyond."""
    doc = QTextDocument(parent)
    doc.setDefaultStyleSheet(PRINT_CSS)
    if font is not None:
        doc.setDefaultFont(font)
    chart = None
    if s.diary_entries:
        from caregiver_app.reports.charts import diary_chart_image

        image = diary_chart_image(store, person_id, "spasticity", "day" if days <= 60 else "week", s.start, s.end,
                                  person=s.person, width=1200, height=520, changes=[c.start for c in s.checkins])
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
        chart = CHART_URL
    doc.setHtml(summary_html(s, chart))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary_title(s))
    return doc
