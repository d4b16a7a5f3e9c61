"""Information pages: bundled, offline, sourced.

A table of contents, search across pages with every hit highlighted, back and forward, text that follows the
app's text size, print and save as PDF. The viewer reads only the bundled pages from disk: anything remote is
refused, and an external link opens in the system browser only after the user agrees to leave the app.

Nothing heavy is imported here: QtPrintSupport is imported only when the user prints.
"""
from __future__ import annotations

import html as _html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.reports.pdf import paper_font
from caregiver_app.reports.pdf import save_pdf as _save_pdf
from caregiver_app.system.i18n import Tr, localize
from caregiver_app.ui.info_browser import (
    PRINT_CSS,
    REMOTE_SCHEMES,
    InfoBrowser,
    external_link_question,
    show_external_addresses,
)
from caregiver_app.ui.info_search import HitDelegate
from caregiver_app.ui.pages.base import Page
from caregiver_app.ui.printing import print_document as _print_document
from caregiver_app.ui.printing import suggested_pdf_path
from caregiver_app.ui.prompts import PDF_FILES

if TYPE_CHECKING:
    from caregiver_app.content.pages import SearchHit

_ = Tr("ui.pages.info")

PDF_TITLE = _.mark("Save this page as PDF")
PRINT_TITLE = _.mark("Print this page")
HIT_BACKGROUND = QColor("#ffe066")       # every occurrence of the search words
CURRENT_BACKGROUND = QColor("#ff9f1c")    # the match Enter / F3 moved to

class InfoPage(Page):
    title = _.mark("Information")
    needs_person = False

    # -- building ----------------------------------------------------------------------------------------
    def build(self, content: QWidget) -> None:
        from caregiver_app.content.pages import InfoLibrary

        self.library = InfoLibrary(language=self.info_language())
        #: Opens an external address in the system browser; tests replace it.
        self.open_external = QDesktopServices.openUrl
        self._query = ""                       # the words highlighted on the page
        self._opened_query: str | None = None  # the query whose hit was opened (Enter then means "next match")
        self._spans: list[tuple[int, int]] = []
        self._current = -1
        self._hits: list[SearchHit] = []
        self._searched: str | None = None
        self._pdf_dir: Path | None = None

        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._build_toolbar())
        body = QHBoxLayout()
        body.addWidget(self._build_side())
        self.browser = InfoBrowser(self.library.folder())
        self.browser.setObjectName("infoBrowser")
        self.browser.setAccessibleName(_("Information page text"))
        self.browser.setAccessibleDescription(_("Tab moves between links; Enter follows a link"))
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.highlighted.connect(self._link_hovered)
        self.browser.sourceChanged.connect(self._source_changed)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.refused.connect(lambda url: self._status(_("Not opened: {address}",
                                                                  address=url.toDisplayString())))
        body.addWidget(self.browser, 1)
        outer.addLayout(body, 1)
        self._build_shortcuts()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(lambda: self.run_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.setTabOrder(self.search, self.prev_button)
        self.setTabOrder(self.prev_button, self.next_button)
        self.setTabOrder(self.next_button, self.results)
        self.setTabOrder(self.results, self.toc)
        self.setTabOrder(self.toc, self.browser)

        self.show_content()
        self._update_side_width()
        if self.toc.count():
            self.toc.setCurrentRow(0)

    def info_language(self) -> str:
        """The pages' language: the "language" setting if it names one the app has, else the system locale's.

        (No Language control in Settings yet: the setting is read if it has been stored.)"""
        from caregiver_app.system.language import resolve_language

        return resolve_language(self.ctx.store.settings.get("language"), QLocale.system().name())

    def _button(self, text: str, name: str, tip: str, icon: QStyle.StandardPixmap | None = None) -> QPushButton:
        b = QPushButton(text)
        if icon is not None:
            b.setIcon(self.style().standardIcon(icon))
        b.setAccessibleName(name)
        b.setToolTip(tip)
        b.setAccessibleDescription(tip)
        return b

    def _build_toolbar(self) -> QHBoxLayout:
        SP = QStyle.StandardPixmap
        bar = QHBoxLayout()
        self.back_button = self._button(_("Back"), _("Back"), _("Back to the page before (Alt+Left)"), SP.SP_ArrowBack)
        self.forward_button = self._button(_("Forward"), _("Forward"), _("Forward again (Alt+Right)"),
                                           SP.SP_ArrowForward)
        first = self.library.pages()[0].title
        self.home_button = self._button(_("First page"), _("First page"),
                                        _("Go to the first page, {title} (Alt+Home)", title=first))
        self.print_button = self._button(_("Print…"), _("Print this page"),
                                         _("Print this page with its sources (Ctrl+P)"))
        self.pdf_button = self._button(_("Save as PDF…"), _("Save this page as PDF"),
                                       _("Save this page with its sources as a PDF file (Ctrl+Shift+S)"))
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.back_button.clicked.connect(self.back)
        self.forward_button.clicked.connect(self.forward)
        self.home_button.clicked.connect(self.go_home)
        self.print_button.clicked.connect(self.print_page)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        for b in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        return bar

    def _build_side(self) -> QWidget:
        self.side = QWidget()
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(_("&Search all pages"))
        self.search = QLineEdit()
        self.search.setObjectName("infoSearch")
        self.search.setPlaceholderText(_("For example: missed dose"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search the information pages"))
        self.search.setAccessibleDescription(_("Type words to find (Ctrl+F). Enter or F3 goes to the next match; "
                                               "Down arrow moves to the results; Escape clears"))
        search_label.setBuddy(self.search)
        self.search.returnPressed.connect(self.search_enter)
        self.search.installEventFilter(self)
        side.addWidget(search_label)
        side.addWidget(self.search)

        self.match_row = QWidget()
        match_box = QVBoxLayout(self.match_row)
        match_box.setContentsMargins(0, 0, 0, 0)
        match_box.setSpacing(2)
        self.match_label = QLabel()
        self.match_label.setObjectName("matchLabel")
        self.match_label.setAccessibleName(_("Matches on this page"))
        self.match_label.setWordWrap(True)
        self.prev_button = self._button(_("Previous match"), _("Previous match"),
                                        _("Previous match on this page (Shift+F3)"))
        self.next_button = self._button(_("Next match"), _("Next match"), _("Next match on this page (Enter or F3)"))
        self.prev_button.clicked.connect(self.previous_match)
        self.next_button.clicked.connect(self.next_match)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        match_box.addWidget(self.match_label)
        match_box.addLayout(buttons)
        side.addWidget(self.match_row)

        self.results_label = QLabel()
        self.results_label.setObjectName("resultsLabel")
        self.results_label.setWordWrap(True)
        self.results_label.setAccessibleName(_("Search results summary"))
        self.results = QListWidget()
        self.results.setObjectName("infoResults")
        self.results.setAccessibleName(_("Search results"))
        self.results.setAccessibleDescription(_("Pages that contain the search words. Enter opens the page at the "
                                                "match"))
        self.results.setWordWrap(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.currentItemChanged.connect(self._result_changed)
        self.results.itemActivated.connect(self._result_activated)
        self.results.itemClicked.connect(self._result_clicked)
        self._opened_item = None
        side.addWidget(self.results_label)
        side.addWidget(self.results, 5)

        contents_label = QLabel(_("Pages"))
        contents_label.setObjectName("contentsLabel")
        self.toc = QListWidget()
        self.toc.setObjectName("infoContents")
        self.toc.setAccessibleName(_("Information pages"))
        self.toc.setAccessibleDescription(_("The table of contents: choosing a page opens it"))
        self.toc.setWordWrap(True)
        # Side room on the list, not on its items: Qt wraps an item at the view's width without the item's padding,
        # so a title that only just fits (several in Spanish) would be cut at the right edge.
        self.toc.setStyleSheet("QListWidget#infoContents { padding-left: 6px; padding-right: 6px; }"
                               " QListWidget#infoContents::item { padding: 4px 0px; }")
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        contents_label.setBuddy(self.toc)
        for p in self.library.pages():
            item = QListWidgetItem(p.title)
            item.setData(Qt.ItemDataRole.UserRole, p.slug)
            self.toc.addItem(item)
        self.toc.currentItemChanged.connect(self._toc_changed)
        side.addWidget(contents_label)
        side.addWidget(self.toc, 4)
        self._show_search_state()
        return self.side

    def _build_shortcuts(self) -> None:
        def shortcut(keys, slot) -> QShortcut:
            sc = QShortcut(QKeySequence(keys), self)
            sc.activated.connect(slot)
            return sc

        self.shortcuts = {
            "find": shortcut("Ctrl+F", self.focus_search),
            "next": shortcut("F3", self.next_match),
            "previous": shortcut("Shift+F3", self.previous_match),
            "back": shortcut("Alt+Left", self.back),
            "forward": shortcut("Alt+Right", self.forward),
            "home": shortcut("Alt+Home", self.go_home),
            "print": shortcut("Ctrl+P", self.print_page),
            "pdf": shortcut("Ctrl+Shift+S", lambda: self.save_pdf()),
        }

    def set_person(self, person) -> None:
        self.person = person
        self.whose.setVisible(False)
        self.show_content()

    # -- pages and history ----------------------------------------------------------------------------------
    def current_slug(self) -> str | None:
        page = self.library.page_for_filename(self.browser.source().fileName())
        return page.slug if page else None

    def open_page(self, slug: str, anchor: str | None = None, from_toc: bool = False) -> None:
        """Show a page, scrolled to ``anchor`` (a section's id) if given. Deep links from the app land here."""
        url = QUrl.fromLocalFile(str(self.library.path_of(slug)))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:
            self.scroll_to_anchor(anchor)
            # If the view is laid out again (first visit, window just shown), put the section back in view.
            QTimer.singleShot(0, lambda a=anchor, s=slug: self._ensure_anchor(s, a))

    def _ensure_anchor(self, slug: str, anchor: str) -> None:
        if self.current_slug() != slug or self.browser.source().fragment() != anchor:
            return   # the user went elsewhere meanwhile
        if not self.anchor_in_view(anchor):
            self.scroll_to_anchor(anchor)

    def scroll_to_anchor(self, anchor: str) -> None:
        """Scroll so the section starts near the top of the view, with a little room above its heading."""
        self.browser.scrollToAnchor(anchor)   # when hidden, Qt does it on show
        pos = self.anchor_position(anchor)
        if pos is None or not self.browser.isVisible():
            return
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(pos)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).top() - self.fontMetrics().height() // 2)

    def anchor_position(self, name: str) -> int | None:
        """Where the anchor ``name`` is in the shown page's text, or None."""
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and name in frag.charFormat().anchorNames():
                    return frag.position()
                it += 1
            block = block.next()
        return None

    def anchor_in_view(self, name: str) -> bool:
        pos = self.anchor_position(name)
        if pos is None:
            return False
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(pos)
        return self.browser.viewport().rect().contains(self.browser.cursorRect(cursor).center())

    def back(self) -> None:
        if self.browser.isBackwardAvailable():
            self.browser.backward()

    def forward(self) -> None:
        if self.browser.isForwardAvailable():
            self.browser.forward()

    def go_home(self) -> None:
        self.open_page(self.library.pages()[0].slug)

    def _toc_changed(self, item, _prev) -> None:
        if item is not None:
            self.open_page(item.data(Qt.ItemDataRole.UserRole), None, from_toc=True)

    def _source_changed(self, url: QUrl) -> None:
        # Qt emits this before source() returns the new address: go by the signal's url.
        page = self.library.page_for_filename(url.fileName())
        slug = page.slug if page else None
        for i in range(self.toc.count()):
            if self.toc.item(i).data(Qt.ItemDataRole.UserRole) == slug:
                if self.toc.currentRow() != i:
                    self.toc.blockSignals(True)
                    self.toc.setCurrentRow(i)
                    self.toc.blockSignals(False)
                break
        self._apply_highlights()

    # -- links -------------------------------------------------------------------------------------------
    def _link_clicked(self, url: QUrl) -> None:
        target = self.browser.resolve(url)
        scheme = target.scheme().lower()
        if self.browser.is_allowed(target):
            page = self.library.page_for_filename(target.fileName())
            if page is not None:
                self.browser.setSource(self._page_url(url, target, page.slug))
            return
        if scheme in REMOTE_SCHEMES:
            self.open_external_link(target)
            return
        self._status(_("This link cannot be opened: {address}", address=url.toDisplayString()))

    def _page_url(self, url: QUrl, target: QUrl, slug: str) -> QUrl:
        """Where a link between pages goes: the page in the reader's language (or its English fallback), at the
        link's anchor. A link up out of a translation's folder ("../about.html", a translated page's link to its
        English original) opens that very file."""
        if url.isRelative() and url.path().startswith("../"):
            return target
        shown = QUrl.fromLocalFile(str(self.library.path_of(slug)))
        if target.hasFragment():
            shown.setFragment(target.fragment())
        return shown

    def open_external_link(self, url: QUrl) -> bool:
        """Ask before leaving the app; open the system browser only on Yes. Never loads it here."""
        address = url.toDisplayString()
        if not self.prompts.confirm(_("Leave the app?"), localize(external_link_question(address))):
            self.say(_("Stayed in the app."))
            return False
        self.open_external(url)
        self.say(_("Opened {address} in your web browser.", address=address))
        return True

    def _link_hovered(self, url: QUrl) -> None:
        if url.isEmpty():
            self._status("")
            return
        target = self.browser.resolve(url)
        if target.scheme().lower() in REMOTE_SCHEMES:
            self._status(_("Leaves the app: {address}", address=target.toDisplayString()))
            return
        page = self.library.page_for_filename(target.fileName())
        if page is not None:
            self._status(_("Opens “{title}”", title=self.library.page(page.slug).title))

    # -- search ----------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                self._flush_search()
                if not self.results.count():
                    return True
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.run_search("")
                return True
        return super().eventFilter(obj, event)

    def _flush_search(self) -> None:
        if self._search_timer.isActive() or self._searched != self.search.text().strip():
            self._search_timer.stop()
            self.run_search(self.search.text())

    def run_search(self, text: str) -> list:
        """Search all pages; list the hits and highlight the words on the page shown."""
        self._search_timer.stop()
        query = text.strip()
        self._searched = query
        self._hits = self.library.search(query) if query else []
        self._opened_item = None
        self.results.blockSignals(True)
        self.results.clear()
        for i, hit in enumerate(self._hits):
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if self._opened_query != query:
            self._opened_query = None
        self._query = query
        self._apply_highlights()
        self._show_search_state()
        return self._hits

    def _show_search_state(self) -> None:
        query = self._searched or ""
        n = len(self._hits)
        if not query:
            self.results_label.setText("")
        elif n == 0:
            self.results_label.setText(_("Nothing found for “{query}”. Try fewer or different words.", query=query))
        else:
            self.results_label.setText(_.n("%n page found", "%n pages found", n))
        self.results_label.setVisible(bool(query))
        self.results.setVisible(n > 0)
        self._show_match_state()

    def _show_match_state(self) -> None:
        n = len(self._spans)
        if not self._query:
            text = ""
        elif n == 0:
            text = _("No matches on this page")
        elif self._current < 0:
            text = _.n("%n match on this page", "%n matches on this page", n)
        else:
            text = _("Match {number} of {count} on this page", number=self._current + 1, count=n)
        self.match_label.setText(text)
        self.match_row.setVisible(bool(self._query))
        self.prev_button.setEnabled(n > 0)
        self.next_button.setEnabled(n > 0)

    def search_enter(self) -> None:
        """Enter in the search box: open the best page the first time, then go from match to match."""
        self._flush_search()
        query = self._searched
        if not query:
            return
        if self._opened_query == query and self._spans:
            self.next_match()
        elif self._hits:
            self.results.blockSignals(True)
            self.results.setCurrentRow(0)
            self.results.blockSignals(False)
            self.open_hit(self._hits[0])

    def _result_changed(self, item, _prev) -> None:
        if item is not None:
            self._result_activated(item)
            # When a mouse press made it current, the click that follows has nothing more to do.
            pressed = QApplication.mouseButtons() != Qt.MouseButton.NoButton
            self._opened_item = item if pressed else None

    def _result_clicked(self, item) -> None:
        if item is self._opened_item:
            self._opened_item = None
            return
        self._result_activated(item)     # clicking the current result again goes back to its match

    def _result_activated(self, item) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None and 0 <= index < len(self._hits):
            self.open_hit(self._hits[index])

    def open_hit(self, hit) -> None:
        """Open a search hit's page at its section, with the first match in that section current."""
        self._query = self._searched or self._query
        self._opened_query = self._query
        self.open_page(hit.slug, hit.anchor)
        self._apply_highlights()
        if not self._spans:
            return
        start = self.anchor_position(hit.anchor) if hit.anchor else 0
        start = start or 0
        index = next((i for i, (s, _e) in enumerate(self._spans) if s >= start), 0)
        self.select_match(index)

    # -- highlighting ---------------------------------------------------------------------------------------
    def _apply_highlights(self) -> None:
        from caregiver_app.content.pages import match_spans

        text = self.browser.document().toPlainText()
        self._spans = match_spans(text, self._query) if self._query else []
        self._current = -1
        self._render_highlights()
        self._show_match_state()

    def highlighted_spans(self) -> list[tuple[int, int]]:
        return list(self._spans)

    def current_match(self) -> int:
        return self._current

    def _render_highlights(self) -> None:
        hit = QTextCharFormat()
        hit.setBackground(HIT_BACKGROUND)
        hit.setForeground(QColor("#000000"))
        current = QTextCharFormat(hit)
        current.setBackground(CURRENT_BACKGROUND)
        current.setFontUnderline(True)
        selections = []
        for i, (start, end) in enumerate(self._spans):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = current if i == self._current else hit
            selections.append(sel)
        self.browser.setExtraSelections(selections)

    def select_match(self, index: int) -> None:
        if not self._spans:
            return
        self._current = index % len(self._spans)
        self._render_highlights()
        self._show_match_state()
        self._scroll_to_position(*self._spans[self._current])

    def _scroll_to_position(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        view = self.browser.viewport().rect()
        rect = self.browser.cursorRect(cursor)
        if view.top() <= rect.top() and rect.bottom() <= view.bottom():
            return
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - view.height() // 3)

    def next_match(self) -> None:
        if self._spans:
            self.select_match(self._current + 1)
        elif self._query and self._hits and self._opened_query != self._query:
            self.search_enter()

    def previous_match(self) -> None:
        if self._spans:
            self.select_match(self._current - 1 if self._current >= 0 else -1)

    # -- text size ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and hasattr(self, "side"):
            self._update_side_width()

    def _update_side_width(self) -> None:
        self.side.setFixedWidth(max(260, self.fontMetrics().averageCharWidth() * 30))

    # -- print and PDF ----------------------------------------------------------------------------------------
    def _printed_on(self) -> str:
        clock = self.ctx.clock
        return clock.today().isoformat()

    def print_document(self, slug: str | None = None) -> QTextDocument:
        """The page as it goes on paper: its whole text with its sources, and the full address of each link."""
        slug = slug or self.current_slug() or self.library.pages()[0].slug
        page = self.library.page(slug)
        doc = QTextDocument(self)
        doc.setDefaultStyleSheet(PRINT_CSS)
        doc.setDefaultFont(paper_font(self.browser.font()))
        from caregiver_app.content.pages import source_footnotes

        page_html = show_external_addresses(source_footnotes(self.library.html(slug)), full=True)
        printed = '<p class="printed">{}</p>'.format(_(
            "Caregiver Assistant, information page “{title}”. Printed {date}. This is not medical advice: talk to "
            "your doctor or nurse.", title=_html.escape(page.title), date=self._printed_on()))
        page_html, n = re.subn(r"(<body[^>]*>)", lambda m: m.group(1) + printed, page_html, count=1,
                               flags=re.IGNORECASE)
        if not n:
            page_html = printed + page_html
        doc.setHtml(page_html)
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, page.title)
        return doc

    def print_page(self) -> bool:
        """Print the current page through the system's print dialog."""
        slug = self.current_slug()
        if slug is None:
            return False
        title = self.library.page(slug).title
        if not _print_document(self.print_document(slug), title, self.prompts, _.lookup(PRINT_TITLE)):
            return False
        self.say(_("Sent “{title}” to the printer.", title=title))
        return True

    def _suggested_pdf_path(self, title: str) -> str:
        return suggested_pdf_path(self._pdf_dir, title, _("Information"))

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """Save the current page, with its sources, as a PDF file; asks where unless ``path`` is given."""
        slug = self.current_slug()
        if slug is None:
            return None
        title = self.library.page(slug).title
        chosen = str(path) if path else self.prompts.save_path(_.lookup(PDF_TITLE), self._suggested_pdf_path(title),
                                                               PDF_FILES)
        if not chosen:
            return None
        target = _save_pdf(self.print_document(slug), title, chosen, self.prompts.error)
        if target is None:
            return None
        self._pdf_dir = target.parent
        self.say(_("Saved “{title}” as {path}", title=title, path=target))
        return target
