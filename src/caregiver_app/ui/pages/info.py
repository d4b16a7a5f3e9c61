"""Information pages: bundled, offline, sourced."""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from .base import Page


class InfoPage(Page):
    title = "Information"
    needs_recipient = False

    def build(self, content: QWidget) -> None:
        from ...infopages import InfoLibrary

        self.library = InfoLibrary()
        layout = QHBoxLayout(content)
        self.toc = QListWidget()
        self.toc.setAccessibleName("Information pages")
        self.toc.setFixedWidth(260)
        for p in self.library.pages():
            item = QListWidgetItem(p.title)
            item.setData(Qt.ItemDataRole.UserRole, p.slug)
            self.toc.addItem(item)
        self.toc.currentItemChanged.connect(self._toc_changed)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Information page text")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.toc)
        layout.addWidget(self.browser, 1)
        self.show_content()
        if self.toc.count():
            self.toc.setCurrentRow(0)

    def set_recipient(self, recipient) -> None:
        self.recipient = recipient
        self.whose.setVisible(False)
        self.show_content()

    def _toc_changed(self, item, _prev) -> None:
        if item is not None:
            self.open_page(item.data(Qt.ItemDataRole.UserRole), None, from_toc=True)

    def open_page(self, slug: str, anchor: str | None = None, from_toc: bool = False) -> None:
        path = self.library.path_of(slug)
        url = QUrl.fromLocalFile(str(path))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if not from_toc:
            for i in range(self.toc.count()):
                if self.toc.item(i).data(Qt.ItemDataRole.UserRole) == slug:
                    self.toc.blockSignals(True)
                    self.toc.setCurrentRow(i)
                    self.toc.blockSignals(False)
