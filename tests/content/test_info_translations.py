"""The translated information pages (resources/info/<lang>/): each is the English page in another language, with
nothing added and nothing lost that can be counted (numbers, doses, percentages, links, anchors, sources, the review
date), and the library shows them page by page, falling back to English where a page is not translated."""
from __future__ import annotations

import re
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from caregiver_app.content.pages import ENGLISH, PAGES, InfoLibrary
from helpers import ROOT

from .test_info_pages import ALLOWED_TAGS, EXTERNAL_HOSTS, FORBIDDEN_TAGS, parse

RESOURCES = ROOT / "resources"
INFO = RESOURCES / "info"
LANGUAGES = sorted(d.name for d in INFO.iterdir() if d.is_dir() and d.name != "images")
TRANSLATED = [(lang, p.slug) for lang in LANGUAGES for p in PAGES if (INFO / lang / p.filename).is_file()]

#: What each language must say, in its own words: that the English page is the reference, the clinician phrase,
#: the emergency page's first two headings and the signs in its first list, and the emergency link's text.
WORDING = {
    "es": {
        "reference": "la página en inglés es la de referencia",
        "clinician": ("hable con su médico o enfermera", "hable con el médico o la enfermera del niño"),
        "call-emergency": "Llame ahora al número de emergencias",
        "call-doctor": "Avise al médico ahora",
        "signs": ("convulsión", "muy difícil de despertar", "respiración lenta o superficial"),
        "emergency-link": "Señales de emergencia",
        "sources": "Fuentes",
        "reviewed": "Última revisión",
    },
}


@pytest.fixture(scope="module")
def english() -> InfoLibrary:
    return InfoLibrary(RESOURCES)


@pytest.fixture(scope="module")
def libraries() -> dict[str, InfoLibrary]:
    return {lang: InfoLibrary(RESOURCES, lang) for lang in LANGUAGES}


def _norm(s: str) -> str:
    """Dashes as "-" and decimal commas as points, so "0,5–3" and "0.5-3" are the same figures."""
    return re.sub(r"(?<=\d),(?=\d)", ".", re.sub(r"[\u2010-\u2014]", "-", s))


def _numbers(text: str) -> Counter[str]:
    return Counter(re.findall(r"\d+(?:\.\d+)?", _norm(text)))


def _doses(text: str) -> Counter[str]:
    found = re.findall(r"(\d+(?:\.\d+)?)\s*(mcg/mL|mg/\d+\s*mL|mg/mL|mg|mL)\b", _norm(text))
    return Counter(f"{n} {re.sub(r's+', ' ', unit)}" for n, unit in found)


def _percentages(text: str) -> Counter[str]:
    return Counter(p.replace(" ", "") for p in re.findall(r"\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?\s?%", _norm(text)))


def _english_link(lang_page_links: list[str], filename: str) -> list[str]:
    return [h for h in lang_page_links if h == f"../{filename}"]


# -- which pages exist -----------------------------------------------------------------------------------------
def test_spanish_is_complete():
    assert "es" in LANGUAGES
    assert {slug for lang, slug in TRANSLATED if lang == "es"} == {p.slug for p in PAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_is_worded_and_has_only_known_pages(lang):
    assert lang in WORDING, f"add {lang!r} to WORDING"
    assert re.fullmatch(r"[a-z]{2,3}", lang) and lang != ENGLISH
    on_disk = {f.name for f in (INFO / lang).iterdir()}
    assert on_disk <= {p.filename for p in PAGES}, on_disk - {p.filename for p in PAGES}


# -- same page, other words -----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, slug", TRANSLATED)
def test_same_numbers_doses_and_percentages(lang, slug, english, libraries):
    en, tr = english.text(slug), libraries[lang].text(slug)
    assert not (_numbers(en) - _numbers(tr)), f"{lang}/{slug}: numbers lost: {_numbers(en) - _numbers(tr)}"
    added = set(_numbers(tr)) - set(_numbers(en))
    assert not added, f"{lang}/{slug}: figures that are not on the English page: {added}"
    assert not (_doses(en) - _doses(tr)), f"{lang}/{slug}: doses lost: {_doses(en) - _doses(tr)}"
    assert set(_doses(tr)) <= set(_doses(en))
    assert _percentages(en) == _percentages(tr), slug


def test_dose_and_number_readers():
    assert _doses("5 mg/5 mL, 0,5 mg y 2000 mcg/mL; 15 mL") == Counter(["5 mg/5 mL", "0.5 mg", "2000 mcg/mL", "15 mL"])
    assert _numbers("0,5–3 horas; 5, 10") == Counter(["0.5", "3", "5", "10"])
    assert _percentages("10–63% y 70 %") == Counter(["10-63%", "70%"])


@pytest.mark.parametrize("lang, slug", TRANSLATED)
def test_same_links_anchors_headings_and_pictures(lang, slug, english, libraries):
    lib = libraries[lang]
    filename = lib.page(slug).filename
    links = lib.links(slug)
    assert _english_link(links, filename) == [f"../{filename}"], "one link to the English page"
    assert [h for h in links if h != f"../{filename}"] == english.links(slug)
    assert lib.anchors(slug) == english.anchors(slug)
    en_doc, tr_doc = parse(english.html(slug)), parse(lib.html(slug))
    assert [(t, a.get("id")) for t, a, _ in tr_doc.headings] == [(t, a.get("id")) for t, a, _ in en_doc.headings]
    assert [n for _, _, n in tr_doc.headings] == [n for _, _, n in en_doc.headings]
    en_imgs = [a["src"] for t, a in en_doc.elements if t == "img"]
    tr_imgs = [a for t, a in tr_doc.elements if t == "img"]
    assert [a["src"] for a in tr_imgs] == [f"../{src}" for src in en_imgs]   # the English pages' pictures
    for a in tr_imgs:
        assert (INFO / lang / a["src"]).resolve().is_file() and len(a.get("alt") or "") > 20
    for tag in ("table", "tr", "li", "ol", "ul"):
        assert sum(t == tag for t, _ in tr_doc.elements) == sum(t == tag for t, _ in en_doc.elements), (slug, tag)


@pytest.mark.parametrize("lang, slug", TRANSLATED)
def test_well_formed_and_safe(lang, slug, libraries):
    lib = libraries[lang]
    html = lib.html(slug)
    d = parse(html)
    assert not d.errors and not d.stack and d.h1_count == 1
    assert {t for t, _ in d.elements} <= ALLOWED_TAGS
    assert "utf-8" in html.lower() and f'<html lang="{lang}">' in html
    assert lib.headings_h1(slug) == [lib.page(slug).title]
    assert re.search(r"<title>(.*?)</title>", html).group(1) == lib.page(slug).title
    for tag, attrs in d.elements:
        assert tag not in FORBIDDEN_TAGS and "style" not in attrs and not any(k.startswith("on") for k in attrs)
        href = attrs.get("href") if tag == "a" else None
        if href and "://" in href:
            assert href.startswith("https://") and href.split("/")[2] in EXTERNAL_HOSTS
            assert "external" in attrs.get("class", "").split()


@pytest.mark.parametrize("lang, slug", TRANSLATED)
def test_same_source_keys(lang, slug, english, libraries):
    """The same citations in the text ([Label], (NHS)...) and the same keys, in the same order, under Sources."""
    def keys(lib: InfoLibrary) -> tuple[set[str], list[str]]:
        body = re.split(r"\n(?:Sources|" + WORDING[lang]["sources"] + r")\n", lib.text(slug), maxsplit=1)[0]
        inline = set(re.findall(r"\[([^\[\]]+)\]", body)) | set(re.findall(r"\((NHS|MIMS)[);]", body))
        sources = lib.html(slug).split('id="sources"', 1)[1]
        return inline, re.findall(r"<li><strong>([^<]+):</strong>", sources)

    en_inline, en_listed = keys(english)
    tr_inline, tr_listed = keys(libraries[lang])
    assert en_inline and tr_inline == en_inline
    assert en_listed and tr_listed == en_listed


@pytest.mark.parametrize("lang, slug", TRANSLATED)
def test_review_date_and_reference_note(lang, slug, english, libraries):
    lib, words = libraries[lang], WORDING[lang]
    en_date = re.search(r"Last reviewed: (\d{4}-\d{2}-\d{2})", english.text(slug)).group(1)
    text = lib.text(slug)
    assert text.rstrip().endswith(f"{words['reviewed']}: {en_date}")
    assert text.count(en_date) == english.text(slug).count(en_date)   # the Sources line says it too
    d = parse(lib.html(slug))
    assert len([a for t, a in d.elements if t == "p" and a.get("class") == "reviewed"]) == 1
    notes = [a for t, a in d.elements if t == "p" and a.get("class") == "translation"]
    assert len(notes) == 1
    note = next(line for line in text.splitlines() if words["reference"] in line)
    assert english.page(slug).title in note     # the link to the English page, by its English title
    assert lib.resolve_link(f"../{lib.page(slug).filename}", slug) == (slug, None)


@pytest.mark.parametrize("lang, slug", TRANSLATED)
def test_plain_words_for_the_clinician_and_the_emergency_link(lang, slug, libraries):
    lib, words = libraries[lang], WORDING[lang]
    text = lib.text(slug)
    assert any(phrase in text.lower() for phrase in words["clinician"])
    if slug != "emergency":
        assert lib.links(slug)[0].split("#")[0] == "emergency.html"
        assert any(words["emergency-link"] in line for line in text.splitlines()[:3])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_emergency_headings(lang, english, libraries):
    lib, words = libraries[lang], WORDING[lang]
    d = parse(lib.html("emergency"))
    h2 = [a["id"] for t, a, _ in d.headings if t == "h2"]
    assert h2 == [a["id"] for t, a, _ in parse(english.html("emergency")).headings if t == "h2"]
    assert h2[:2] == ["call-emergency", "call-doctor"]
    lines = lib.text("emergency").splitlines()
    assert lines[0] == lib.page("emergency").title
    assert lines[1] == words["call-emergency"]
    first = lib.text("emergency").split(words["call-doctor"])[0].lower()
    for sign in words["signs"]:
        assert sign in first, sign


# -- the library: language, fallback page by page, search ----------------------------------------------------------
def test_an_english_library_is_unchanged(english):
    assert english.language == ENGLISH and english.pages() == PAGES
    assert InfoLibrary(RESOURCES, "fr").pages() == PAGES          # no such folder: all English
    assert all(p.lang == ENGLISH for p in english.pages())


def test_spanish_library_titles_and_files(libraries):
    es = libraries["es"]
    assert [p.slug for p in es.pages()] == [p.slug for p in PAGES]
    assert all(p.lang == "es" for p in es.pages())
    assert es.page("emergency").title == "Señales de emergencia"
    assert es.path_of("emergency") == INFO / "es" / "emergency.html"
    assert es.english_path_of("emergency") == INFO / "emergency.html"
    assert es.folder() == INFO
    assert es.english_html("pump") == (INFO / "pump.html").read_text(encoding="utf-8")


@pytest.fixture
def half_translated(tmp_path) -> Path:
    """A resources folder with every English page and only two Spanish ones."""
    root = tmp_path / "resources"
    shutil.copytree(INFO, root / "info", ignore=shutil.ignore_patterns("es"))
    (root / "info" / "es").mkdir()
    for name in ("emergency.html", "stopping.html"):
        shutil.copy2(INFO / "es" / name, root / "info" / "es" / name)
    return root


def test_falls_back_to_english_page_by_page(half_translated):
    lib = InfoLibrary(half_translated, "es")
    shown = {p.slug: p for p in lib.pages()}
    assert {s for s, p in shown.items() if p.lang == "es"} == {"emergency", "stopping"}
    assert shown["emergency"].title == "Señales de emergencia"
    assert shown["pump"].title == "Baclofen pumps" and shown["pump"].lang == ENGLISH
    assert lib.path_of("pump") == half_translated / "info" / "pump.html"
    assert lib.path_of("stopping") == half_translated / "info" / "es" / "stopping.html"
    assert "Bombas: la advertencia en recuadro" in lib.text("stopping")
    assert "The most important rule" in lib.text("pump")
    # search covers what is shown: Spanish words on the Spanish pages, English words on the English ones
    assert {h.slug for h in lib.search("fiebre")} == {"emergency", "stopping"}
    fever = {h.slug for h in lib.search("fever")}
    assert "pump" in fever and not fever & {"emergency", "stopping"}
    hit = next(h for h in lib.search("fiebre") if h.slug == "emergency")
    assert hit.title == "Señales de emergencia" and hit.anchor in lib.anchors("emergency")
    # the deep links work whichever language a page is in
    assert "call-emergency" in lib.anchors("emergency") and "alarms" in lib.anchors("pump")


def test_pages_inside_a_zip_are_extracted_with_their_language(half_translated, tmp_path):
    archive = tmp_path / "res.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in sorted(half_translated.rglob("*.html")):
            z.write(f, f.relative_to(half_translated).as_posix())
    lib = InfoLibrary(zipfile.Path(archive), "es")
    assert lib.language_of("emergency") == "es" and lib.language_of("pump") == ENGLISH
    es_page, en_page = lib.path_of("emergency"), lib.path_of("pump")
    assert es_page.parent.name == "es" and es_page.parent.parent == en_page.parent == lib.folder()
    assert es_page.read_text(encoding="utf-8") == lib.html("emergency")
    assert lib.english_path_of("emergency").read_text(encoding="utf-8") == lib.english_html("emergency")


@pytest.mark.parametrize("query, slugs", [
    ("convulsión", {"emergency", "stopping", "pump", "side-effects", "sedatives"}),
    ("fiebre", {"emergency", "stopping", "pump", "missed-dose", "side-effects"}),
    ("convulsion", {"emergency", "stopping"}),                 # typed without the accent
    ("FIEBRE alta", {"emergency", "stopping"}),
    ("cucharilla", {"taking", "special-groups"}),
    ("dos tonos", {"pump", "emergency"}),
])
def test_search_in_spanish_finds_spanish_words(query, slugs, libraries):
    es = libraries["es"]
    hits = es.search(query)
    assert slugs <= {h.slug for h in hits}
    for h in hits:
        assert h.title == es.page(h.slug).title
        assert h.anchor is None or h.anchor in es.anchors(h.slug)


def test_spanish_search_does_not_find_the_english_words(libraries):
    es = libraries["es"]
    assert es.search("teaspoon") == [] and es.search("seizure") == []
    assert es.search("emergencias")[0].slug == "emergency"
