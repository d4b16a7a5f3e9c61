"""The chart on screen: a plain QWidget that paints with reports.charts (the same drawing as report images)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from caregiver_app.reports.charts import ChartData, paint_chart, render_chart_image
from caregiver_app.system.i18n import Tr, localize

_ = Tr("ui.charts")


class ChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.data: ChartData | None = None
        self.setAccessibleName(_("Diary chart"))
        self.setMinimumSize(480, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(900, 460)

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.setAccessibleDescription(localize(data.summary()) if data else "")
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        try:
            if self.data is not None:
                paint_chart(p, QRectF(self.rect()), self.data, self.font())
        finally:
            p.end()

    def to_image(self, width: int = 1200, height: int = 600) -> QImage:
        assert self.data is not None
        return render_chart_image(self.data, width, height, self.font())
