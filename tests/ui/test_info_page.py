"""The information-page viewer as a user meets it: contents, search with highlighted hits, history, text size,
links (internal, external, remote), deep links from the app, keyboard, print and PDF."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QMessageBox, QTextBrowser

from caregiver_app.content import pages as infopages
from caregiver_app.content.pages import EMERGENCY, MISSED_DOSE, PAGES, RUNNING_OUT, STOPPING_TOO_FAST
from caregiver_app.ui.info_browser import external_link_question
from caregiver_app.ui.prompts import Prompts
from helpers import FakePrompts, activate


@pytest.fixture
def restore_text_size():
    yield
    from caregiver_app.ui.theme import apply_text_size

    apply_text_size(QApplication.instance(), "normal")


@pytest.fixture
def viewer(make_app, qtbot):
    """The app's window, shown and active, on the Information page; returns (app, window, page)."""
    app = make_app()
    w = app.window
    app.show()
    activate(qtbot, w)
    w.show_page("info")
    page = w.pages["info"]
    page.prompts = FakePrompts(confirm=False)  # no to leaving the app, no PDF file chosen, no printer
    page.opened = []
    page.open_external = page.opened.append
    qtbot.waitUntil(lambda: page.browser.isVisible() and page.current_slug() is not None, timeout=3000)
    return app, w, page


def doc_text(page) -> str:
    return page.browser.document().toPlainText()


def span_text(page, start, end) -> str:
    c = QTextCursor(page.browser.document())
    c.setPosition(start)
    c.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return c.selectedText()


def link_point(page, href: str):
    """Scroll the link with this href into view; the point in the viewport to click it."""
    doc = page.browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if fmt.isAnchor() and fmt.anchorHref() == href:
                page._scroll_to_position(frag.position(), frag.position() + frag.length())
                c = QTextCursor(doc)
                c.setPosition(frag.position() + min(2, frag.length() - 1))
                rect = page.browser.cursorRect(c)
                assert page.browser.viewport().rect().contains(rect.center())
                return rect.center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href!r} on {page.current_slug()}")


# -- contents ------------------------------------------------------------------------------------------------
def test_contents_list_every_page_and_open_it(viewer, qtbot):
    _app, _w, page = viewer
    assert page.needs_person is False
    assert page.stack.currentWidget() is page.content          # no person needed
    assert [page.toc.item(i).text() for i in range(page.toc.count())] == [p.title for p in PAGES]
    assert page.current_slug() == "about"
    for i, p in enumerate(PAGES):
        page.toc.setCurrentRow(i)
        assert page.current_slug() == p.slug
        assert doc_text(page).startswith(p.title if p.slug != "using-app" else "Using this app")
        assert "Last reviewed" in doc_text(page) and "Sources" in doc_text(page)


def test_contents_follow_links_and_history(viewer, qtbot):
    _app, _w, page = viewer
    page.open_page("emergency")
    page.browser.setSource(page.browser.resolve(QUrl("stopping.html#withdrawal-signs")))
    assert page.current_slug() == "stopping"
    assert page.toc.currentItem().text() == "Stopping safely"
    page.back()
    assert page.toc.currentItem().text() == "Emergency signs"


# -- search ------------------------------------------------------------------------------------------------
def test_search_box_lists_hits_with_title_and_snippet(viewer, qtbot):
    _app, _w, page = viewer
    assert not page.results.isVisible()
    qtbot.keyClicks(page.search, "double")
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=3000)
    expected = page.library.search("double")
    assert page.results.count() == len(expected)
    for i, hit in enumerate(expected):
        assert page.results.item(i).text() == f"{hit.title}\n{hit.snippet}"
    assert page.results.isVisible()
    assert page.results_label.text() == f"{len(expected)} pages found"


def test_search_with_no_hits_says_so(viewer, qtbot):
    _app, _w, page = viewer
    page.run_search("grapefruit")
    assert page.results.count() == 0 and not page.results.isVisible()
    assert "Nothing found for “grapefruit”" in page.results_label.text()
    assert page.highlighted_spans() == []


def test_choosing_a_hit_opens_its_section_and_highlights_every_occurrence(viewer, qtbot):
    _app, _w, page = viewer
    page.run_search("withdrawal")
    hits = page.library.search("withdrawal")
    target = next(i for i, h in enumerate(hits) if h.slug == "emergency")
    rect = page.results.visualItemRect(page.results.item(target))
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    hit = hits[target]
    assert page.current_slug() == "emergency"
    assert page.browser.source().fragment() == (hit.anchor or "")
    # every occurrence on the page is highlighted, and nothing else
    expected = [m.span() for m in re.finditer("withdrawal", doc_text(page), re.IGNORECASE)]
    assert page.highlighted_spans() == expected and len(expected) >= 5
    selections = page.browser.extraSelections()
    assert len(selections) == len(expected)
    assert all(s.cursor.selectedText().lower() == "withdrawal" for s in selections)
    assert all(s.format.background().color().name() in ("#ffe066", "#ff9f1c") for s in selections)
    # the current match is the first in the hit's section, and it is on screen
    anchor_pos = page.anchor_position(hit.anchor)
    cur = page.current_match()
    assert expected[cur][0] >= anchor_pos and (cur == 0 or expected[cur - 1][0] < anchor_pos)
    c = QTextCursor(page.browser.document())
    c.setPosition(expected[cur][0])
    assert page.browser.viewport().rect().contains(page.browser.cursorRect(c).center())
    assert page.match_label.text() == f"Match {cur + 1} of {len(expected)} on this page"


def test_highlights_match_the_text_in_tables_and_across_dash_styles(viewer, qtbot):
    _app, _w, page = viewer
    page.run_search("spasms 1-2")
    page.open_page("using-app")
    spans = page.highlighted_spans()
    texts = [span_text(page, s, e).lower() for s, e in spans]
    assert set(texts) <= {"spasms", "1–2", "1-2"}
    # every "spasms", inside the Penn scale table too
    assert texts.count("spasms") == len(re.findall("spasms", doc_text(page), re.IGNORECASE)) >= 5
    page.open_page("stopping")
    texts = {span_text(page, s, e) for s, e in page.highlighted_spans()}
    assert "1–2" in texts                   # "1-2" typed, en dash on the page


def test_enter_and_f3_go_from_match_to_match(viewer, qtbot):
    _app, _w, page = viewer
    page.search.setFocus()
    qtbot.keyClicks(page.search, "seizure")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)       # opens the best page at its section
    best = page.library.search("seizure")[0]
    assert page.current_slug() == best.slug
    n = len(page.highlighted_spans())
    assert n >= 2
    first = page.current_match()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)       # Enter again: the next match on the page
    assert page.current_match() == (first + 1) % n
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    assert page.current_match() == (first + 2) % n
    qtbot.keyClick(page.search, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert page.current_match() == (first + 1) % n
    for _ in range(n):                                    # wraps round
        qtbot.keyClick(page.search, Qt.Key.Key_F3)
    assert page.current_match() == (first + 1) % n
    # each match F3 lands on is scrolled into view
    start, _end = page.highlighted_spans()[page.current_match()]
    c = QTextCursor(page.browser.document())
    c.setPosition(start)
    assert page.browser.viewport().rect().contains(page.browser.cursorRect(c).center())
    selections = page.browser.extraSelections()
    assert selections[page.current_match()].format.background().color().name() == "#ff9f1c"


def test_down_arrow_moves_to_results_and_escape_clears(viewer, qtbot):
    _app, _w, page = viewer
    page.search.setFocus()
    qtbot.keyClicks(page.search, "pump")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.results.hasFocus() and page.results.currentRow() == 0
    assert page.current_slug() == page.library.search("pump")[0].slug
    assert page.highlighted_spans()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert page.highlighted_spans() == [] and page.browser.extraSelections() == []
    assert not page.results.isVisible()


def test_highlights_follow_to_other_pages_while_searching(viewer, qtbot):
    _app, _w, page = viewer
    page.run_search("alcohol")
    page.open_page("sedatives")
    assert len(page.highlighted_spans()) == len(re.findall("alcohol", doc_text(page), re.IGNORECASE))
    page.open_page("pump")
    assert all(span_text(page, s, e).lower() == "alcohol" for s, e in page.highlighted_spans())


# -- history -----------------------------------------------------------------------------------------------
def test_back_forward_and_first_page_with_buttons_and_keys(viewer, qtbot):
    _app, w, page = viewer
    page.open_page("taking")
    page.open_page("stopping", "too-fast")
    assert page.back_button.isEnabled() and not page.forward_button.isEnabled()
    page.toc.setFocus()
    qtbot.keyClick(page.toc, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current_slug() == "taking"
    assert page.forward_button.isEnabled()
    qtbot.keyClick(page.toc, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current_slug() == "stopping" and page.browser.source().fragment() == "too-fast"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.current_slug() == "taking"
    qtbot.mouseClick(page.forward_button, Qt.MouseButton.LeftButton)
    assert page.current_slug() == "stopping"
    page.browser.setFocus()
    qtbot.keyClick(page.browser, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert page.current_slug() == "about"
    page.open_page("pump")
    qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
    assert page.current_slug() == "about"


# -- text size ---------------------------------------------------------------------------------------------
def test_text_size_follows_the_app_setting(viewer, qtbot, restore_text_size):
    app, _w, page = viewer
    page.open_page("missed-dose")

    def body_line_height() -> float:
        doc = page.browser.document()
        block = doc.findBlock(doc_text(page).index("\n") + 1)   # the first block after the title
        while block.isValid() and not block.text().strip():
            block = block.next()
        return block.layout().lineAt(0).height()

    assert page.browser.document().defaultFont().pointSize() == 12
    small_height, small_line = page.browser.document().size().height(), body_line_height()
    app.apply_settings({"text_size": "extra_large"})
    qtbot.waitUntil(lambda: page.browser.document().defaultFont().pointSize() == 18, timeout=3000)
    assert body_line_height() > small_line * 1.3
    assert page.browser.document().size().height() > small_height * 1.3
    app.apply_settings({"text_size": "normal"})
    qtbot.waitUntil(lambda: page.browser.document().defaultFont().pointSize() == 12, timeout=3000)
    assert body_line_height() == pytest.approx(small_line)


def test_text_size_change_keeps_the_section_in_view(viewer, qtbot, restore_text_size):
    app, _w, page = viewer
    page.open_page("stopping", "running-out")
    qtbot.waitUntil(lambda: page.anchor_in_view("running-out"), timeout=3000)
    app.apply_settings({"text_size": "large"})
    qtbot.waitUntil(lambda: page.browser.document().defaultFont().pointSize() == 15, timeout=3000)
    assert page.anchor_in_view("running-out")


# -- links ------------------------------------------------------------------------------------------------
def test_clicking_an_internal_link_opens_the_page_at_its_section(viewer, qtbot):
    _app, _w, page = viewer
    page.open_page("emergency")
    pos = link_point(page, "stopping.html#withdrawal-signs")
    qtbot.mouseClick(page.browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert page.current_slug() == "stopping"
    assert page.browser.source().fragment() == "withdrawal-signs"
    qtbot.waitUntil(lambda: page.anchor_in_view("withdrawal-signs"), timeout=3000)
    assert page.browser.verticalScrollBar().value() > 0
    assert page.prompts.asked == [] and page.opened == []


@pytest.mark.parametrize("slug", [p.slug for p in PAGES])
def test_every_internal_link_resolves_in_the_viewer(viewer, qtbot, slug):
    _app, _w, page = viewer
    for href in page.library.links(slug):
        if re.match(r"https?:", href):
            continue
        page.open_page(slug)
        page._link_clicked(QUrl(href))
        target = page.library.resolve_link(href, slug)
        assert target is not None, href
        assert page.current_slug() == target[0], href
        if target[1]:
            assert page.anchor_position(target[1]) is not None, href
            qtbot.waitUntil(lambda a=target[1]: page.anchor_in_view(a), timeout=3000)


def test_external_link_asks_first_and_opens_only_on_yes(viewer, qtbot):
    _app, _w, page = viewer
    page.open_page("emergency")
    href = next(h for h in page.library.links("emergency") if h.startswith("https://"))
    before = page.browser.source()
    pos = link_point(page, href)
    qtbot.mouseClick(page.browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)   # answer: No
    assert page.prompts.asked == [("confirm", "Leave the app?")] and href in page.prompts.texts[0]
    assert page.opened == []
    assert page.browser.source() == before                 # never loaded in the viewer
    page.prompts.confirm_answer = True
    qtbot.mouseClick(page.browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(page, href))
    assert page.opened == [QUrl(href)]
    assert page.browser.source() == before


def test_external_link_question_names_the_address_and_defaults_to_no(viewer, qtbot, monkeypatch):
    _app, _w, page = viewer
    seen = {}

    def fake_exec(box):
        seen["text"] = box.text()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    page.prompts = Prompts(page)
    assert page.open_external_link(QUrl("https://www.nhs.uk/medicines/baclofen/")) is False
    assert seen["text"] == ("This link leaves the app and opens https://www.nhs.uk/medicines/baclofen/ "
                            "in your web browser. Open it?")
    assert seen["text"] == external_link_question("https://www.nhs.uk/medicines/baclofen/")
    assert seen["default"] and page.opened == []


def test_external_links_show_their_address(viewer, qtbot):
    _app, _w, page = viewer
    page.open_page("using-app")
    assert "open on nhs.uk (website: www.nhs.uk)" in doc_text(page)
    assert "(website: dailymed.nlm.nih.gov)" in doc_text(page)


@pytest.mark.parametrize("address", [
    "https://example.org/picture.png", "http://127.0.0.1:8000/x.html", "ftp://example.org/a", "data:text/html,hi",
    "file://fileserver/share/emergency.html", "qrc:/info/about.html", "//example.org/about.html",
])
def test_nothing_remote_is_ever_loaded(viewer, qtbot, address):
    _app, _w, page = viewer
    for kind in (QTextDocument.ResourceType.HtmlResource, QTextDocument.ResourceType.ImageResource,
                 QTextDocument.ResourceType.StyleSheetResource):
        assert page.browser.loadResource(kind, QUrl(address)) is None
    before = page.browser.source()
    page.browser.setSource(QUrl(address))
    assert page.browser.source() == before
    page._link_clicked(QUrl(address))
    assert page.browser.source() == before
    assert page.opened == [] or address.startswith("http")


def test_only_the_bundled_pages_are_read(viewer, qtbot, tmp_path):
    _app, _w, page = viewer
    outside = tmp_path / "other.html"
    outside.write_text("<p>secret</p>", encoding="utf-8")
    assert page.browser.loadResource(QTextDocument.ResourceType.HtmlResource, QUrl.fromLocalFile(str(outside))) \
        is None
    sneaky = QUrl.fromLocalFile(str(page.library.path_of("about").parent / ".." / ".." / "README.md"))
    assert page.browser.loadResource(QTextDocument.ResourceType.HtmlResource, sneaky) is None
    own = page.browser.loadResource(QTextDocument.ResourceType.HtmlResource,
                                    QUrl.fromLocalFile(str(page.library.path_of("pump"))))
    assert isinstance(own, str) and "<h1>Baclofen pumps</h1>" in own
    assert page.browser.loadResource(QTextDocument.ResourceType.HtmlResource, QUrl("missed-dose.html")) \
        is not None                                          # relative to the page shown


# -- deep links from the app ------------------------------------------------------------------------------
@pytest.mark.parametrize("link", [EMERGENCY, MISSED_DOSE, STOPPING_TOO_FAST, RUNNING_OUT, ("emergency", "sources"),
                                  ("stopping", "pump")])
def test_deep_links_land_on_the_section(make_app, qtbot, link):
    app = make_app()
    w = app.window
    app.show()
    activate(qtbot, w)
    w.show_info(*link)                      # first visit: the page is built by this call
    page = w.pages["info"]
    slug, anchor = link
    assert w.current_page() is page
    assert page.current_slug() == slug
    assert page.browser.source().fragment() == anchor
    assert page.toc.currentItem().text() == page.library.page(slug).title
    qtbot.waitUntil(lambda: page.anchor_in_view(anchor), timeout=3000)
    if anchor in ("sources", "pump", "running-out"):        # far down the page: the view really scrolled
        assert page.browser.verticalScrollBar().value() > 0
    # a second deep link, with the page already built and shown elsewhere
    w.show_info("about")
    w.show_page("today")
    w.show_info(*link)
    qtbot.waitUntil(lambda: page.anchor_in_view(anchor), timeout=3000)


def test_f1_and_the_emergency_button_open_emergency_signs(make_app, qtbot):
    app = make_app()
    w = app.window
    app.show()
    activate(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    page = w.pages["info"]
    assert page.current_slug() == "emergency" and page.browser.source().fragment() == "call-emergency"
    qtbot.waitUntil(lambda: page.anchor_in_view("call-emergency"), timeout=3000)
    page.open_page("sedatives")
    w.show_page("diary")
    qtbot.mouseClick(w.emergency_button, Qt.MouseButton.LeftButton)
    assert w.current_page() is page and page.current_slug() == "emergency"
    qtbot.waitUntil(lambda: page.anchor_in_view("call-emergency"), timeout=3000)


def test_deep_link_constants_name_real_sections():
    lib = infopages.InfoLibrary()
    for slug, anchor in (EMERGENCY, MISSED_DOSE, STOPPING_TOO_FAST, RUNNING_OUT):
        assert anchor in lib.anchors(slug)


# -- keyboard and accessibility ------------------------------------------------------------------------
def test_every_control_has_an_accessible_name(viewer):
    _app, _w, page = viewer
    controls = (page.findChildren(QAbstractButton) + page.findChildren(QLineEdit) + page.findChildren(QListWidget)
                + page.findChildren(QTextBrowser))
    assert len(controls) >= 10
    for c in controls:
        if c.parent() is page.empty or c.objectName() == "qt_scrollarea_viewport":
            continue
        if isinstance(c, QAbstractButton) and c.parent() is page.search:   # the line edit's own clear button
            continue
        assert c.accessibleName(), f"{type(c).__name__} {c.objectName()} {getattr(c, 'text', lambda: '')()}"


def test_ctrl_f_focuses_the_search_box_and_every_action_has_keys(viewer, qtbot):
    _app, w, page = viewer
    page.toc.setFocus()
    qtbot.keyClick(page.toc, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.open_page("pump")
    page.browser.setFocus()
    qtbot.keyClick(page.browser, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page.prompts.asked == [("print", "Baclofen pumps")]
    qtbot.keyClick(page.browser, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.prompts.asked[-1][0] == "save_path"
    # every button is reachable with Tab
    for b in (page.back_button, page.forward_button, page.home_button, page.print_button, page.pdf_button,
              page.prev_button, page.next_button):
        assert b.focusPolicy() & Qt.FocusPolicy.TabFocus, b.text()


def test_info_shortcuts_do_nothing_on_other_pages(viewer, qtbot):
    _app, w, page = viewer
    w.show_page("today")
    qtbot.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page.prompts.asked == []


# -- print and PDF ---------------------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def test_save_as_pdf_writes_the_page_with_its_sources(viewer, qtbot, tmp_path):
    _app, w, page = viewer
    w.show_info(*EMERGENCY)
    page.prompts.path = str(tmp_path / "emergency signs")           # no suffix typed
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "emergency signs.pdf"
    assert page.prompts.asked[0][0] == "save_path" and page.prompts.asked[0][1].endswith("Emergency signs.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = squash(pdf_text(out))
    for expected in ("Emergency signs", "Call the emergency number now", "has slow or shallow breathing",
                     "Have ready when you call", "Sources", "Last reviewed: 2026-11-23",
                     "Printed 2026-11-23"):
        assert expected in text, expected
    # external links are printed with their whole address (which may be broken over lines)
    assert "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=" in re.sub(r"\s+", "", text)
    assert page.last_status.startswith("Saved “Emergency signs”")


def test_save_as_pdf_cancelled_or_unwritable(viewer, qtbot, tmp_path):
    _app, _w, page = viewer
    assert page.save_pdf() is None                               # the dialog was cancelled
    assert list(tmp_path.glob("*.pdf")) == []
    page.prompts.path = str(tmp_path / "no such folder" / "x.pdf")
    assert page.save_pdf() is None
    assert page.prompts.asked[-1][:2] == ("error", "Could not save the PDF")


def test_print_goes_through_the_print_dialog_to_a_printer(viewer, qtbot, tmp_path):
    _app, _w, page = viewer
    page.open_page("missed-dose", "what-to-do")
    assert page.print_page() is False                           # cancelled: nothing printed
    page.prompts.printer_file = tmp_path / "printed.pdf"
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert page.prompts.asked[-1] == ("print", "Missed a dose")
    text = squash(pdf_text(tmp_path / "printed.pdf"))
    assert "Missed a dose" in text and "Sources" in text and "Last reviewed" in text


def test_print_support_is_imported_only_when_printing():
    code = ("import sys; import caregiver_app.ui.pages.info; import caregiver_app.ui.main_window; "
            "print('PySide6.QtPrintSupport' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}).stdout
    assert out.strip() == "False"


def test_every_page_prints_with_its_sources_and_review_date(viewer):
    _app, _w, page = viewer
    for p in PAGES:
        text = page.print_document(p.slug).toPlainText()
        assert text.startswith(f"Caregiver Assistant, information page “{p.title}”. Printed 2026-11-23.")
        assert "Sources" in text and "Last reviewed: 2026-11-23" in text
        for href in page.library.links(p.slug):
            if href.startswith("https://"):
                assert f"(website: {href})" in text


def test_the_real_dialogs_are_asked_with_sensible_defaults(viewer, qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QFileDialog

    _app, _w, page = viewer
    page.prompts = Prompts(page)
    page.open_page("stopping")
    asked = {}

    def fake_print_exec(dlg):
        asked["print"] = dlg.windowTitle()
        return 0

    def fake_save(parent, caption, suggested, filters):
        asked["pdf"] = (caption, suggested, filters)
        return "", ""

    monkeypatch.setattr(QPrintDialog, "exec", fake_print_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    assert page.print_page() is False
    assert asked["print"] == "Print this page"
    assert page.save_pdf() is None
    caption, suggested, filters = asked["pdf"]
    assert caption == "Save this page as PDF" and suggested.endswith("Stopping safely.pdf") and "*.pdf" in filters


def test_clicking_the_current_result_again_goes_back_to_its_match(viewer, qtbot):
    _app, _w, page = viewer
    page.search.setText("pump")
    page.run_search("pump")
    opened = []
    real = page.open_hit
    page.open_hit = lambda hit: (opened.append(hit.slug), real(hit))
    rect = page.results.visualItemRect(page.results.item(1))
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1                                  # one click, one opening
    page.browser.verticalScrollBar().setValue(0)
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 2 and opened[0] == opened[1] == page.current_slug()
