"""The offline information pages: structure, links, sources, search, and that no figure strays from the fact sheet."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from caregiver_app.content import pages as infopages
from caregiver_app.content.pages import (
    EMERGENCY,
    MISSED_DOSE,
    PAGES,
    PUMP,
    RUNNING_OUT,
    STOPPING_TOO_FAST,
    InfoLibrary,
    Page,
    SearchHit,
    page_for_filename,
)
from helpers import FACTS, ROOT

RESOURCES = ROOT / "resources"
INFO = RESOURCES / "info"

EXPECTED_SLUGS = ("about", "taking", "missed-dose", "side-effects", "stopping", "sedatives", "pump", "emergency",
                  "special-groups", "using-app")
SLUGS = [p.slug for p in PAGES]
VOID = {"br", "meta", "hr", "img", "col", "wbr"}
ALLOWED_TAGS = {"html", "head", "meta", "title", "body", "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "table",
                "tr", "td", "th", "a", "strong", "em", "b", "i", "br", "span", "div", "blockquote", "img"}
FORBIDDEN_TAGS = {"script", "link", "iframe", "object", "embed", "style", "form", "input", "frame", "base"}
EXTERNAL_HOSTS = {"www.nhs.uk", "dailymed.nlm.nih.gov"}   # documents the fact sheet names
REVIEWED = "2026-11-23"


@pytest.fixture(scope="module")
def lib() -> InfoLibrary:
    return InfoLibrary(RESOURCES)


@pytest.fixture(scope="module")
def facts() -> str:
    if not FACTS.is_file():
        pytest.skip(f"fact sheet not found at {FACTS}")
    return FACTS.read_text(encoding="utf-8")


class Doc(HTMLParser):
    """Strict-ish parse: records every element with its attributes and checks tags are closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.comments: list[str] = []
        self.h1_count = 0
        self.headings: list[tuple[str, dict[str, str], list[str]]] = []   # tag, attrs, names of <a> inside
        self._open_heading: tuple[str, dict[str, str], list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.elements.append((tag, a))
        if tag == "h1":
            self.h1_count += 1
        if tag in {"h1", "h2", "h3", "h4"}:
            self._open_heading = (tag, a, [])
            self.headings.append(self._open_heading)
        if tag == "a" and self._open_heading is not None and a.get("name"):
            self._open_heading[2].append(a["name"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag in {"h1", "h2", "h3", "h4"}:
            self._open_heading = None

    def handle_comment(self, data):
        self.comments.append(data)


def parse(html: str) -> Doc:
    d = Doc()
    d.feed(html)
    d.close()
    return d


@pytest.fixture(scope="module")
def docs(lib) -> dict[str, Doc]:
    return {p.slug: parse(lib.html(p.slug)) for p in PAGES}


# -- the page list ------------------------------------------------------------------------------------------------
def test_pages_in_the_agreed_order():
    assert tuple(SLUGS) == EXPECTED_SLUGS
    for p in PAGES:
        assert isinstance(p, Page)
        assert p.filename == f"{p.slug}.html"
        assert p.title
    with pytest.raises(AttributeError):  # dataclasses.FrozenInstanceError is an AttributeError
        PAGES[0].slug = "x"   # frozen


def test_every_page_file_exists_and_no_stray_files():
    for p in PAGES:
        assert (INFO / p.filename).is_file(), p.filename
    on_disk = {f.name for f in INFO.glob("*.html")}
    assert on_disk == {p.filename for p in PAGES}


def test_library_lists_pages_and_reads_them(lib):
    assert lib.pages() == PAGES
    for p in PAGES:
        assert lib.html(p.slug) == (INFO / p.filename).read_text(encoding="utf-8")
        assert infopages.read_page(p.slug, RESOURCES) == lib.html(p.slug)
        assert lib.path_of(p.slug) == INFO / p.filename
    with pytest.raises(KeyError):
        lib.html("no-such-page")


def test_page_for_filename():
    assert page_for_filename("stopping.html").slug == "stopping"
    assert page_for_filename("stopping.html#too-fast").slug == "stopping"
    assert page_for_filename("info/pump.html").slug == "pump"
    assert page_for_filename("/some/dir/emergency.html?x=1#overdose").slug == "emergency"
    assert page_for_filename("nothing.html") is None
    assert page_for_filename("") is None


def test_import_does_no_file_work():
    """Creating a library reads nothing; the default root is only looked up on first use."""
    lib = InfoLibrary()
    assert lib._html == {} and lib._root is None


def test_module_is_pure_python():
    """No Qt (the viewer is built on top of this module elsewhere)."""
    import os
    import subprocess
    import sys

    code = ("import sys, caregiver_app.content.pages; "
            "print(sorted(m for m in sys.modules if 'PySide' in m or 'Qt' in m))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(Path(infopages.__file__).parents[2])})
    assert out.stdout.strip() == "[]"


# -- well-formed, safe HTML ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_page_parses_cleanly(slug, docs, lib):
    d = docs[slug]
    assert not d.errors, d.errors
    assert not d.stack, f"unclosed tags: {d.stack}"
    assert d.h1_count == 1
    page = lib.page(slug)
    assert lib.headings_h1(slug) == [page.title]
    tags = {t for t, _ in d.elements}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert "utf-8" in lib.html(slug).lower()


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_no_scripts_or_remote_resources(slug, docs, lib):
    html = lib.html(slug).lower()
    assert "<script" not in html and "<link" not in html and "<iframe" not in html
    assert "url(" not in html and "javascript:" not in html and "@import" not in html
    for tag, attrs in docs[slug].elements:
        assert tag not in FORBIDDEN_TAGS, tag
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)   # no event handlers
        assert "style" not in attrs, (tag, attrs)
        for key in ("src", "href", "data", "background", "action"):
            value = attrs.get(key)
            if value is None:
                continue
            if tag == "a" and key == "href":
                continue    # checked below
            if tag == "img" and key == "src":
                continue    # checked in test_images_are_bundled_screenshots
            raise AssertionError(f"<{tag} {key}={value!r}>: no resources may be loaded by the pages")


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_external_links_are_https_and_marked(slug, docs):
    for tag, attrs in docs[slug].elements:
        if tag != "a" or "href" not in attrs:
            continue
        href = attrs["href"]
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("//"):
            assert parts.scheme == "https", href
            assert "external" in attrs.get("class", "").split(), href
            assert parts.netloc in EXTERNAL_HOSTS, href
        else:
            assert "external" not in attrs.get("class", "").split(), href


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_internal_links_resolve(slug, lib):
    for href in lib.links(slug):
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            continue
        target = lib.resolve_link(href, slug)
        assert target is not None, f"{slug}: {href} names no page"
        tslug, anchor = target
        if anchor is not None:
            assert anchor in lib.anchors(tslug), f"{slug}: {href} has no anchor {anchor!r} on {tslug}"


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_section_headings_carry_id_and_a_name(slug, docs):
    ids = []
    for tag, attrs, names in docs[slug].headings:
        if tag == "h1":
            continue
        assert attrs.get("id"), f"{slug}: <{tag}> without id"
        assert attrs["id"] in names, f"{slug}: <{tag} id={attrs['id']}> lacks <a name=...> with the same name"
        ids.append(attrs["id"])
    assert len(ids) == len(set(ids)), f"{slug}: duplicate anchors"


def test_required_anchors(lib):
    assert "what-to-do" in lib.anchors("missed-dose")
    assert {"too-fast", "running-out"} <= lib.anchors("stopping")
    assert {"call-emergency", "call-doctor", "withdrawal", "overdose"} <= lib.anchors("emergency")


def test_emergency_page_puts_the_most_urgent_list_first(docs, lib):
    h2 = [attrs["id"] for tag, attrs, _ in docs["emergency"].headings if tag == "h2"]
    assert h2[:2] == ["call-emergency", "call-doctor"]
    text = lib.text("emergency").lower()
    first_section = text.split("contact the doctor now")[0]
    for sign in ("seizure", "very hard to wake", "slow or shallow breathing"):
        assert sign in first_section


@pytest.mark.parametrize("slug", [s for s in EXPECTED_SLUGS if s != "emergency"])
def test_emergency_link_near_the_top(slug, lib):
    links = lib.links(slug)
    assert links and links[0].split("#")[0] == "emergency.html"
    lines = lib.text(slug).splitlines()
    assert any("Emergency signs" in line for line in lines[:3])


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_sources_section_and_review_date(slug, docs, lib):
    h2 = [attrs.get("id") for tag, attrs, _ in docs[slug].headings if tag == "h2"]
    assert h2[-1] == "sources", f"{slug}: the last section must be Sources"
    text = lib.text(slug)
    sources = text.split("\nSources\n", 1)[1]
    assert "fact sheet reviewed 2026-11-23" in sources
    assert len([ln for ln in sources.splitlines() if ln.strip()]) >= 3
    reviewed = [attrs for tag, attrs in docs[slug].elements if tag == "p" and attrs.get("class") == "reviewed"]
    assert len(reviewed) == 1
    m = re.search(r"Last reviewed: (\d{4}-\d{2}-\d{2})", text)
    assert m and m.group(1) == REVIEWED
    assert text.rstrip().endswith(f"Last reviewed: {REVIEWED}")


def test_review_date_matches_the_sheet(facts):
    assert f"Reviewed {REVIEWED}" in facts


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_no_medical_advice_voice(slug, lib):
    """Pages send people to their clinician; "talk to your doctor or nurse" appears on every medical page."""
    text = lib.text(slug).lower()
    if slug != "emergency":
        assert "talk to your doctor or nurse" in text or "talk to the child's doctor or nurse" in text


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_images_are_bundled_screenshots(slug, docs):
    """Only local screenshots from resources/info/images/, each with a description for screen readers."""
    folder = ROOT / "resources" / "info"
    for tag, attrs in docs[slug].elements:
        if tag != "img":
            continue
        src = attrs.get("src") or ""
        assert src.startswith("images/") and src.endswith(".png") and ":" not in src and ".." not in src, src
        assert (folder / src).is_file(), src
        assert len(attrs.get("alt") or "") > 20, f"{src}: describe the picture in alt"


def test_using_app_has_screenshots(docs):
    shots = [attrs["src"] for tag, attrs in docs["using-app"].elements if tag == "img"]
    assert "images/today.png" in shots and len(shots) >= 5


# -- deep links -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("link", [EMERGENCY, MISSED_DOSE, STOPPING_TOO_FAST, RUNNING_OUT, PUMP])
def test_deep_links_resolve(link, lib):
    slug, anchor = link
    assert slug in SLUGS
    if anchor is not None:
        assert anchor in lib.anchors(slug)
    assert infopages.href_for(slug, anchor).startswith(f"{slug}.html")


# -- search -----------------------------------------------------------------------------------------------------------
DISTINCTIVE = {
    "about": "Fleqsuvy",
    "taking": "teaspoon",
    "missed-dose": "remember",
    "side-effects": "insomnia",
    "stopping": "controlled substance",
    "sedatives": "machinery",
    "pump": "two-tone",
    "emergency": "have ready",
    "special-groups": "jitteriness",
    "using-app": "Penn Spasm",
}


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_search_finds_a_distinctive_word_from_every_page(slug, lib):
    hits = lib.search(DISTINCTIVE[slug])
    assert slug in [h.slug for h in hits]
    for h in hits:
        assert isinstance(h, SearchHit)
        assert h.title == lib.page(h.slug).title


@pytest.mark.parametrize("query, slug, anchor", [
    ("teaspoon", "taking", "liquids"),
    ("jitteriness", "special-groups", "pregnancy"),
    ("dysreflexia", "side-effects", "extra-care"),
    ("single beep", "pump", "alarms"),
    ("1-2 weeks", "stopping", "too-fast"),          # a plain hyphen finds the page's en dash
    ("unexpired", "pump", "what-to-carry"),
    ("Ctrl+Shift+N", "using-app", "people"),
])
def test_search_returns_the_section_anchor(query, slug, anchor, lib):
    hits = {h.slug: h for h in lib.search(query)}
    assert slug in hits
    hit = hits[slug]
    assert hit.anchor == anchor
    assert hit.anchor in lib.anchors(slug)
    first_word = query.split()[0].replace("-", "")
    assert first_word.lower() in hit.snippet.lower().replace("–", "")
    assert len(hit.snippet) <= 125


def test_search_is_case_insensitive_and_and(lib):
    assert [h.slug for h in lib.search("FLEQSUVY")] == [h.slug for h in lib.search("fleqsuvy")]
    assert lib.search("fleqsuvy") and lib.search("fleqsuvy")[0].slug == "about"
    both = {h.slug for h in lib.search("syringe teaspoon")}
    assert "taking" in both
    assert lib.search("syringe zzzunlikelyword") == []
    assert lib.search("   ") == []


def test_search_ranks_by_count(lib):
    hits = lib.search("baclofen")
    assert len(hits) >= 8
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    for h in hits:
        assert h.score == len(re.findall("baclofen", lib.text(h.slug), re.IGNORECASE))


def test_plain_text_has_no_markup(lib):
    for slug in SLUGS:
        text = lib.text(slug)
        assert "<" not in text and "&mdash;" not in text and "&amp;" not in text
        assert "screenshot:" not in text


# -- facts: nothing beyond the sheet -----------------------------------------------------------------------------
UNSUPPORTED = ["grapefruit", "10% ", "8 million", "7 million", "french", "1971", "1962", "1977", "ciba", "85%",
               "70%", "is not addictive", "survey", "metaboli", "prescriptions in"]


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_no_unsupported_claims(slug, lib):
    for raw in (lib.text(slug).lower(), lib.html(slug).lower()):
        for claim in UNSUPPORTED:
            assert claim not in raw, f"{slug}: {claim!r}"
        assert not re.search(r"(?<![\d–-])(10|15|85|70)\s?%", raw), slug
        # "addictive" only ever in the sheet's own phrasing
        for m in re.finditer(r"addict", raw):
            assert raw[m.start():].startswith("addictive, but the body gets used to it"), slug


def _norm_dash(s: str) -> str:
    return re.sub(r"[\u2010-\u2014]", "-", s)


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_every_percentage_is_in_the_sheet(slug, lib, facts):
    sheet = _norm_dash(facts)
    found = re.findall(r"\d+(?:[–-]\d+)?%", lib.text(slug))
    for pct in found:
        assert _norm_dash(pct) in sheet, f"{slug}: {pct} is not in the fact sheet"


_MG = re.compile(r"((?:\d+(?:\.\d+)?\s*(?:,|or|and|to|–|-)\s*)*\d+(?:\.\d+)?)\s*mg\b", re.IGNORECASE)


def _mg_figures(text: str) -> set[str]:
    out: set[str] = set()
    for m in _MG.finditer(text):
        out.update(re.findall(r"\d+(?:\.\d+)?", m.group(1)))
    return out


def test_mg_pattern_reads_lists():
    assert _mg_figures("tablets 5, 10, 20 mg (15 mg in some)") == {"5", "10", "20", "15"}
    assert _mg_figures("2000 mcg/mL and 5 mg/5 mL") == {"5"}


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_every_mg_figure_is_in_the_sheet(slug, lib, facts):
    allowed = _mg_figures(facts)
    assert {"5", "10", "15", "20", "80"} <= allowed
    on_page = _mg_figures(lib.text(slug))
    assert on_page <= allowed, f"{slug}: mg figures not in the sheet: {on_page - allowed}"


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_every_number_appears_in_the_sheet(slug, lib, facts):
    """A blunt guard against invented figures: any number on a page (outside the review date and keyboard keys)
    must occur somewhere in the fact sheet."""
    sheet_numbers = set(re.findall(r"\d+(?:\.\d+)?", facts))
    text = lib.text(slug).replace(REVIEWED, "")
    text = re.sub(r"\bCtrl\+\d\b", "", text)
    text = re.sub(r"\bF1\b", "", text)
    for n in re.findall(r"\d+(?:\.\d+)?", text):
        assert n in sheet_numbers, f"{slug}: the number {n} is not in the fact sheet"


def test_label_maximum_and_nhs_taper_wording(lib):
    assert "80 mg a day" in lib.text("taking")
    too_fast = lib.text("stopping")
    assert "1–2 weeks" in too_fast and "(NHS" in too_fast
    assert "not a controlled substance, but the body gets used to it: never stop suddenly" in too_fast


def _inline_keys(body: str) -> set[str]:
    keys: set[str] = set()
    for m in re.finditer(r"\[([^\[\]]+)\]", body):
        keys.update(k.strip() for k in m.group(1).split(";"))
    for m in re.finditer(r"\(([^()]+)\)", body):
        items = [k.strip() for k in m.group(1).split(";")]
        if items[0] == "NHS" or items[0].startswith("MIMS"):
            keys.update(items)
    return keys


@pytest.mark.parametrize("slug", EXPECTED_SLUGS)
def test_inline_source_keys_are_listed_under_sources(slug, lib):
    body, sources = lib.text(slug).split("\nSources\n", 1)
    listed = {line.split(":", 1)[0] for line in sources.splitlines() if ":" in line}
    used = _inline_keys(body)
    if slug != "using-app":
        assert used, f"{slug}: cite the sources inline, e.g. [Label] or (NHS)"
    missing = used - listed
    assert not missing, f"{slug}: inline keys without a Sources entry: {missing}"
