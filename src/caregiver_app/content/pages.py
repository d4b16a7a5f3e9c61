"""The offline information pages: the list of pages, loading, plain text, anchors, links and search.

Pure Python (standard library only, no Qt) so it can be tested without a display and reused by the viewer.
Nothing is read at import time: files are loaded on first use and cached per ``InfoLibrary``.

The pages live in the package ``caregiver_app.resources`` under ``info/``. Pass ``root`` (a ``pathlib.Path`` or
an ``importlib.resources`` ``Traversable`` of the resources directory) to read them from somewhere else, e.g.
the source tree in tests.

Translations live beside them in ``info/<language>/`` (``info/es/about.html``), with the same file names, the
same anchors and the same links; their pictures are the English pages' (``../images/``). A library made for a
language shows each page in that language where it has been translated and the English page where it has not,
page by page; its titles, text, anchors and search are those of the pages it shows.
"""
from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:  # pragma: no cover
    from importlib.resources.abc import Traversable

    Root = Path | Traversable

__all__ = [
    "Page", "PAGES", "SearchHit", "InfoLibrary", "read_page", "page_for_filename", "href_for",
    "EMERGENCY", "MISSED_DOSE", "STOPPING_TOO_FAST", "RUNNING_OUT", "PUMP", "query_patterns", "match_spans",
    "ENGLISH",
]

INFO_DIR = "info"
ENGLISH = "en"   # the pages in info/ itself: the reference every translation is made from


@dataclass(frozen=True)
class Page:
    slug: str
    filename: str
    title: str
    lang: str = ENGLISH   # the language of the page shown (a translation's, or English where there is none)


PAGES: tuple[Page, ...] = (
    Page("about", "about.html", "About baclofen"),
    Page("taking", "taking.html", "Taking baclofen"),
    Page("missed-dose", "missed-dose.html", "Missed a dose"),
    Page("side-effects", "side-effects.html", "Side effects"),
    Page("stopping", "stopping.html", "Stopping safely"),
    Page("sedatives", "sedatives.html", "Alcohol, sedatives and driving"),
    Page("pump", "pump.html", "Baclofen pumps"),
    Page("emergency", "emergency.html", "Emergency signs"),
    Page("special-groups", "special-groups.html", "Pregnancy, breastfeeding, older adults and children"),
    Page("using-app", "using-app.html", "Using this app"),
)

_BY_SLUG = {p.slug: p for p in PAGES}
_BY_FILENAME = {p.filename: p for p in PAGES}

# Deep links used by the rest of the app: (slug, anchor or None).
EMERGENCY = ("emergency", "call-emergency")
MISSED_DOSE = ("missed-dose", "what-to-do")
STOPPING_TOO_FAST = ("stopping", "too-fast")
RUNNING_OUT = ("stopping", "running-out")
PUMP = ("pump", None)


@dataclass(frozen=True)
class SearchHit:
    slug: str
    title: str
    anchor: str | None   # the section heading's anchor nearest before the best match; None = top of page
    snippet: str
    score: int = 0       # how many times the query words occur on the page


def page_for_filename(name: str) -> Page | None:
    """The page for a file name or relative link ("stopping.html", "info/stopping.html#too-fast"), or None."""
    if not name:
        return None
    path = urlsplit(name).path if ("#" in name or "?" in name or "://" in name) else name
    base = PurePosixPath(path.replace("\\", "/")).name
    return _BY_FILENAME.get(base) or _BY_SLUG.get(base)


def href_for(slug: str, anchor: str | None = None) -> str:
    """A relative link to a page (and section), as used inside the pages: "stopping.html#too-fast"."""
    page = _page(slug)
    return f"{page.filename}#{anchor}" if anchor else page.filename


def read_page(slug: str, root: Root | None = None) -> str:
    """The HTML text of one page."""
    return InfoLibrary(root).html(slug)


def _page(slug: str) -> Page:
    try:
        return _BY_SLUG[slug]
    except KeyError:
        raise KeyError(f"no information page called {slug!r}") from None


# -- parsing -------------------------------------------------------------------------------------------------
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = _HEADINGS | {"p", "li", "tr", "table", "ul", "ol", "div", "br", "blockquote", "pre", "dt", "dd"}
_CELLS = {"td", "th"}
_SKIP = {"head", "script", "style", "title"}


class _Section:
    __slots__ = ("anchor", "parts")

    def __init__(self, anchor: str | None):
        self.anchor = anchor
        self.parts: list[str] = []


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[_Section] = [_Section(None)]
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self.h1: list[str] = []
        self._skip = 0
        self._heading: str | None = None
        self._heading_anchor_set = False
        self._h1_parts: list[str] | None = None

    # Headings open a new section; the section's anchor is the heading's id or an <a name> inside it.
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag in _SKIP:
            self._skip += 1
            return
        ident = a.get("id")
        if ident:
            self.anchors.add(ident)
        if tag == "a":
            if a.get("name"):
                self.anchors.add(a["name"])
                if self._heading and not self._heading_anchor_set:
                    self.sections[-1].anchor = a["name"]
                    self._heading_anchor_set = True
            if "href" in a:
                self.links.append(a["href"])
        if tag in _HEADINGS:
            self._heading = tag
            self.sections.append(_Section(ident or None))
            self._heading_anchor_set = bool(ident)
            if tag == "h1":
                self._h1_parts = []
        if tag in _BLOCKS:
            self._text("\n")
        elif tag in _CELLS:
            self._text("  ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _BLOCKS and tag not in _CELLS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if tag in _HEADINGS and self._heading == tag:
            self._heading = None
            # A heading without an anchor of its own belongs to the section above it.
            if tag != "h1" and self.sections[-1].anchor is None and len(self.sections) > 1:
                self.sections[-1].anchor = self.sections[-2].anchor
            if tag == "h1" and self._h1_parts is not None:
                self.h1.append(_squash("".join(self._h1_parts)))
                self._h1_parts = None
        if tag in _BLOCKS:
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text(re.sub(r"\s+", " ", data))   # line breaks in the source are not breaks in the text
            if self._h1_parts is not None:
                self._h1_parts.append(data)

    def _text(self, s: str) -> None:
        self.sections[-1].parts.append(s)


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _clean_text(raw: str) -> str:
    lines = (_squash(line) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class _Parsed:
    text: str
    anchors: frozenset[str]
    links: tuple[str, ...]
    h1: tuple[str, ...]
    sections: tuple[tuple[str | None, str], ...]   # (anchor, plain text) in page order


def _parse(html: str) -> _Parsed:
    p = _Parser()
    p.feed(html)
    p.close()
    sections = tuple((s.anchor, _squash("".join(s.parts))) for s in p.sections)
    text = _clean_text("".join("".join(s.parts) for s in p.sections))
    return _Parsed(text, frozenset(p.anchors), tuple(p.links), tuple(p.h1),
                   tuple(s for s in sections if s[1] or s[0]))


# A vowel typed with or without its accent finds both ("convulsion" finds "convulsión", "días" finds "dias").
_ACCENTS = {base: base + variants for base, variants in
            (("a", "áàâä"), ("e", "éèêë"), ("i", "íìîï"), ("o", "óòôö"), ("u", "úùûü"))}
_BASE = {v: base for base, group in _ACCENTS.items() for v in group}


def _word_pattern(word: str) -> re.Pattern[str]:
    """Case-insensitive, and lenient about dash, apostrophe and accent styles ("1-2" finds "1–2", "fiebre"
    "Fiebre", "convulsion" "convulsión")."""
    out = []
    for ch in word:
        base = _BASE.get(ch.lower())
        if base is not None:
            out.append(f"[{_ACCENTS[base]}]")
        elif ch in "-\u2010\u2011\u2012\u2013\u2014":
            out.append("[-\u2010\u2011\u2012\u2013\u2014]")
        elif ch in "'\u2018\u2019":
            out.append("['\u2018\u2019]")
        else:
            out.append(re.escape(ch))
    return re.compile("".join(out), re.IGNORECASE)


def query_patterns(query: str) -> list[re.Pattern[str]]:
    """One pattern per distinct word of a query, matched exactly as ``InfoLibrary.search`` matches them."""
    return [_word_pattern(w) for w in dict.fromkeys(w for w in query.split() if w)]


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of any query word in ``text``, in order, overlaps merged.

    For a viewer to highlight the hits of a search in a page's text."""
    spans = sorted((m.start(), m.end()) for p in query_patterns(query) for m in p.finditer(text)
                   if m.end() > m.start())
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _snippet(text: str, start: int, end: int, width: int = 120) -> str:
    if len(text) <= width:
        return text
    pad = max(0, (width - (end - start)) // 2)
    lo = max(0, start - pad)
    hi = min(len(text), lo + width)
    lo = max(0, hi - width)
    if lo > 0:                                   # start at a word boundary
        sp = text.find(" ", lo)
        if sp != -1 and sp < start:
            lo = sp + 1
    if hi < len(text):
        sp = text.rfind(" ", end, hi)
        if sp != -1:
            hi = sp
    return ("…" if lo > 0 else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


# -- the library -----------------------------------------------------------------------------------------------
class InfoLibrary:
    """Reads and indexes the bundled information pages. Cheap to create; pages load on first use.

    ``language`` (a code such as "es"): each page is read from ``info/<language>/`` when it has been translated,
    else from ``info/`` (English). Everything the library says about a page (title, text, anchors, links,
    search) is about the page it shows."""

    def __init__(self, root: Root | None = None, language: str = ENGLISH):
        self._root = root
        self.language = language or ENGLISH
        self._html: dict[str, str] = {}
        self._parsed: dict[str, _Parsed] = {}
        self._lang: dict[str, str] = {}
        self._extracted: Path | None = None

    @property
    def root(self) -> Root:
        if self._root is None:
            from importlib import resources

            self._root = resources.files("caregiver_app.resources")
        return self._root

    # pages and files
    def pages(self) -> tuple[Page, ...]:
        """The pages in order, each with the title of the page shown (translated or English)."""
        if self.language == ENGLISH:
            return PAGES
        return tuple(self.page(p.slug) for p in PAGES)

    def page(self, slug: str) -> Page:
        page = _page(slug)
        lang = self.language_of(slug)
        if lang == ENGLISH:
            return page
        h1 = self._parse(slug).h1
        return Page(page.slug, page.filename, h1[0] if h1 else page.title, lang)

    @staticmethod
    def page_for_filename(name: str) -> Page | None:
        return page_for_filename(name)

    def language_of(self, slug: str) -> str:
        """The language the page is shown in: the library's where it has been translated, else English."""
        if slug not in self._lang:
            lang = ENGLISH
            if self.language != ENGLISH:
                translated = self.root.joinpath(INFO_DIR).joinpath(self.language).joinpath(_page(slug).filename)
                if translated.is_file():
                    lang = self.language
            self._lang[slug] = lang
        return self._lang[slug]

    def _resource(self, slug: str, lang: str | None = None):
        lang = self.language_of(slug) if lang is None else lang
        folder = self.root.joinpath(INFO_DIR)
        if lang != ENGLISH:
            folder = folder.joinpath(lang)
        return folder.joinpath(_page(slug).filename)

    def folder(self) -> Path:
        """The folder on disk that holds every page shown (English ones in it, translations in a subfolder)."""
        info = self.root.joinpath(INFO_DIR)
        if isinstance(info, Path):
            return info
        return self._extract()

    def _extract(self) -> Path:
        """When the resources are not plain files (e.g. inside a zip), the pages are copied once into a temporary
        folder, laid out as in the package, so links between them (and to the English pages) still resolve."""
        if self._extracted is None:
            folder = Path(tempfile.mkdtemp(prefix="caregiver-info-"))
            for p in PAGES:
                (folder / p.filename).write_text(self._resource(p.slug, ENGLISH).read_text(encoding="utf-8"),
                                                 encoding="utf-8")
                if self.language_of(p.slug) != ENGLISH:
                    (folder / self.language).mkdir(exist_ok=True)
                    (folder / self.language / p.filename).write_text(self.html(p.slug), encoding="utf-8")
            self._extracted = folder
        return self._extracted

    def path_of(self, slug: str) -> Path:
        """A real file path for the page shown (for QTextBrowser.setSource, so relative links and anchors work)."""
        res = self._resource(slug)
        if isinstance(res, Path):
            return res
        lang = self.language_of(slug)
        folder = self._extract()
        return (folder if lang == ENGLISH else folder / lang) / _page(slug).filename

    def english_path_of(self, slug: str) -> Path:
        """The English page's file: the reference a translation links to."""
        res = self._resource(slug, ENGLISH)
        return res if isinstance(res, Path) else self._extract() / _page(slug).filename

    # content
    def html(self, slug: str) -> str:
        if slug not in self._html:
            self._html[slug] = self._resource(slug).read_text(encoding="utf-8")
        return self._html[slug]

    def english_html(self, slug: str) -> str:
        """The English page, whatever the library's language."""
        if self.language_of(slug) == ENGLISH:
            return self.html(slug)
        return self._resource(slug, ENGLISH).read_text(encoding="utf-8")

    def _parse(self, slug: str) -> _Parsed:
        if slug not in self._parsed:
            self._parsed[slug] = _parse(self.html(slug))
        return self._parsed[slug]

    def text(self, slug: str) -> str:
        """The page as plain text: one line per heading, paragraph, list item or table row."""
        return self._parse(slug).text

    def anchors(self, slug: str) -> set[str]:
        """Every anchor on the page (id attributes and <a name>)."""
        return set(self._parse(slug).anchors)

    def links(self, slug: str) -> list[str]:
        """Every <a href> on the page, in order."""
        return list(self._parse(slug).links)

    def headings_h1(self, slug: str) -> list[str]:
        return list(self._parse(slug).h1)

    def resolve_link(self, href: str, from_slug: str | None = None) -> tuple[str, str | None] | None:
        """(slug, anchor) for an internal link, or None for an external link or an unknown page.

        "#x" on its own means an anchor on ``from_slug``."""
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            return None
        anchor = parts.fragment or None
        if not parts.path:
            return (from_slug, anchor) if from_slug else None
        page = page_for_filename(parts.path)
        return (page.slug, anchor) if page else None

    # search
    def search(self, query: str) -> list[SearchHit]:
        """Pages containing every word of the query (case-insensitive), most occurrences first.

        Each hit names the section (heading anchor) where the query matches best, so a viewer can jump there."""
        patterns = query_patterns(query)
        if not patterns:
            return []
        hits: list[tuple[int, int, SearchHit]] = []
        for order, page in enumerate(PAGES):
            parsed = self._parse(page.slug)
            counts = [len(p.findall(parsed.text)) for p in patterns]
            if not all(counts):
                continue
            best = None
            best_key = None
            for idx, (anchor, text) in enumerate(parsed.sections):
                per = [len(p.findall(text)) for p in patterns]
                present = sum(1 for c in per if c)
                if not present:
                    continue
                key = (present, sum(per), -idx)
                if best_key is None or key > best_key:
                    best_key, best = key, (anchor, text)
            assert best is not None
            anchor, text = best
            first = min((m for m in (p.search(text) for p in patterns) if m), key=lambda m: m.start())
            snippet = _snippet(text, first.start(), first.end())
            title = self.page(page.slug).title
            hits.append((-sum(counts), order, SearchHit(page.slug, title, anchor, snippet, sum(counts))))
        hits.sort(key=lambda t: (t[0], t[1]))
        return [h for _, _, h in hits]
