"""The information pages' viewer: a text browser that reads only the bundled pages from one folder on disk, never
anything remote, and shows where each external link goes."""
from __future__ import annotations

import html as _html
import re
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QPoint, QUrl, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from caregiver_app.system.i18n import Tr

_ = Tr("ui.info_browser")

#: How the pages look on screen. Sizes are relative, so the text follows the app's text size.
SCREEN_CSS = """
h1 { color: #1f4e79; margin-top: 2px; margin-bottom: 10px; }
h2 { color: #1f4e79; margin-top: 20px; margin-bottom: 6px; }
h3 { color: #1f1f1f; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 4px; margin-bottom: 8px; line-height: 130%; }
li { margin-bottom: 4px; line-height: 125%; }
a { color: #0b4f8a; text-decoration: underline; }
th { background-color: #e8eef5; }
.address { color: #4a4a4a; }
.reviewed { color: #4a4a4a; margin-top: 14px; }
.emergency-link { background-color: #fde7ea; }
"""

#: On paper: black text, no coloured backgrounds; the full address of every external link is printed.
PRINT_CSS = """
h1 { font-size: x-large; margin-top: 0px; margin-bottom: 8px; }
h2 { font-size: large; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: medium; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
li { margin-bottom: 2px; }
a { color: #000000; text-decoration: none; }
.address { color: #333333; }
.printed { color: #444444; font-size: small; margin-bottom: 10px; }
.reviewed { margin-top: 10px; }
"""

REMOTE_SCHEMES = ("http", "https", "mailto")

_LINK = re.compile(r'<a\b[^>]*?\bhref\s*=\s*"([^"]*)"[^>]*>.*?</a>', re.IGNORECASE | re.DOTALL)


def external_link_question(address: str) -> str:
    return _("This link leaves the app and opens {address} in your web browser. Open it?", address=address)


def show_external_addresses(page_html: str, full: bool = False) -> str:
    """The page with the address of each external link written after it: the site's name on screen, the whole
    address on paper (where the link itself cannot be followed)."""

    def add(m: re.Match[str]) -> str:
        href = _html.unescape(m.group(1)).strip()
        scheme = urlsplit(href).scheme.lower()
        if scheme not in REMOTE_SCHEMES:
            return m.group(0)
        shown = href if full else (urlsplit(href).hostname or href)
        words = _html.escape(_("(website: {address})", address=shown), quote=False)
        return f'{m.group(0)} <span class="address">{words}</span>'

    return _LINK.sub(add, page_html)



class InfoBrowser(QTextBrowser):
    """A QTextBrowser that only ever reads the bundled pages from one folder on disk.

    Links are not followed by Qt (``openLinks`` is off): the page decides what a click does. Anything that is
    not a file in the pages' folder is refused by ``doSetSource`` and ``loadResource``."""

    refused = Signal(QUrl)

    def __init__(self, pages_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.pages_dir = Path(pages_dir).resolve()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(SCREEN_CSS)
        self.document().setDocumentMargin(14)

    def resolve(self, url: QUrl) -> QUrl:
        return self.source().resolved(url) if url.isRelative() else url

    def is_allowed(self, url: QUrl) -> bool:
        """True only for a local file inside the pages' folder."""
        url = self.resolve(url)
        if url.scheme().lower() != "file" or url.host():
            return False
        try:
            return Path(url.toLocalFile()).resolve().is_relative_to(self.pages_dir)
        except (OSError, ValueError):
            return False

    def loadResource(self, type_, url: QUrl):  # type: ignore[override]  # PySide6's stub says QUrl | str; Qt passes a QUrl
        target = self.resolve(url)
        if not self.is_allowed(target):
            return None   # never anything remote, nor any file outside the pages
        if type_ == QTextDocument.ResourceType.HtmlResource:
            try:
                text = Path(target.toLocalFile()).read_text(encoding="utf-8")
            except OSError:
                return None
            from caregiver_app.content.pages import source_footnotes

            return show_external_addresses(source_footnotes(text))
        return super().loadResource(type_, target)

    def doSetSource(self, url: QUrl,  # type: ignore[override]  # PySide6's stub says QUrl | str; Qt passes a QUrl
                    type_=QTextDocument.ResourceType.UnknownResource) -> None:
        if not self.is_allowed(url):
            self.refused.emit(url)
            return
        super().doSetSource(self.resolve(url), type_)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() not in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            super().changeEvent(event)
            return
        # Keep the text that was at the top of the view there when the text size changes.
        top = self.cursorForPosition(QPoint(0, 0)).position() if self.isVisible() else None
        super().changeEvent(event)
        if self.document().defaultFont() != self.font():
            self.document().setDefaultFont(self.font())
        if top is not None and top > 0:
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(top, self.document().characterCount() - 1))
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect(cursor).top())
