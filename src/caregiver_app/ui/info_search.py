"""How search results look in the information pages: the page title in bold over its snippet."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class HitDelegate(QStyledItemDelegate):
    """Draws a search result as the page title in bold over its snippet, with room between results."""

    PAD = 6

    def _parts(self, index) -> tuple[str, str]:
        title, _, snippet = (index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return title, snippet

    def _fonts(self, option) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def sizeHint(self, option, index) -> QSize:
        title, snippet = self._parts(index)
        bold, plain = self._fonts(option)
        width = max(80, (option.rect.width() or option.widget.viewport().width()) - 2 * self.PAD)
        flags = int(Qt.TextFlag.TextWordWrap)
        h = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10000), flags, title).height()
        if snippet:
            h += 2 + QFontMetrics(plain).boundingRect(QRect(0, 0, width, 10000), flags, snippet).height()
        return QSize(width + 2 * self.PAD, h + 2 * self.PAD)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        title, snippet = self._parts(index)
        bold, plain = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active \
            else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setPen(option.palette.color(group, role))
        painter.setFont(bold)
        used = painter.boundingRect(rect, flags, title)
        painter.drawText(rect, flags, title)
        if snippet:
            painter.setFont(plain)
            painter.drawText(rect.adjusted(0, used.height() + 2, 0, 0), flags, snippet)
        painter.setPen(QColor("#d0d0d0"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()
