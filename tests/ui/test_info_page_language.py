"""The Information page in another language: the "language" setting (or the system locale) picks the pages, links
between pages stay in that language, and a translated page's link to its English original opens the English page."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl

from helpers import FakePrompts, activate


@pytest.fixture
def spanish(make_app, qtbot, data_dir, clock):
    from caregiver_app.storage import open_store
    from caregiver_app.system.paths import resolve_paths

    store = open_store(resolve_paths(data_dir).db_path, clock)
    store.settings.set("language", "es")
    app = make_app(store=store)
    w = app.window
    app.show()
    activate(qtbot, w)
    w.show_page("info")
    page = w.pages["info"]
    page.prompts = FakePrompts(confirm=False)
    yield app, w, page
    store.close()


def _shown(page) -> tuple[str, str, str]:
    """(folder name, file name, anchor) of the page shown."""
    path = Path(page.browser.source().toLocalFile())
    return path.parent.name, path.name, page.browser.source().fragment()


def test_the_setting_chooses_the_pages_language(spanish):
    _app, _w, page = spanish
    assert page.library.language == "es" and page.info_language() == "es"
    titles = [page.toc.item(i).text() for i in range(page.toc.count())]
    assert titles[0] == "Acerca del baclofeno" and "Señales de emergencia" in titles
    assert _shown(page)[:2] == ("es", "about.html")
    assert "El baclofeno es un medicamento para la espasticidad" in page.browser.toPlainText()


def test_without_a_setting_the_system_locale_decides(make_app):
    from caregiver_app.system.language import resolve_language

    page = make_app().window.pages["info"]
    assert page.library.language == resolve_language(None, QLocale.system().name())


def test_f1_opens_the_spanish_emergency_page_at_its_first_list(spanish, qtbot):
    _app, w, page = spanish
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert _shown(page) == ("es", "emergency.html", "call-emergency")
    qtbot.waitUntil(lambda: page.anchor_in_view("call-emergency"), timeout=3000)
    assert "Llame ahora al número de emergencias" in page.browser.toPlainText()


def test_links_stay_in_spanish_and_the_reference_link_opens_the_english_page(spanish, qtbot):
    _app, _w, page = spanish
    page.open_page("taking")
    page._link_clicked(QUrl("missed-dose.html#what-to-do"))
    assert _shown(page) == ("es", "missed-dose.html", "what-to-do")
    page._link_clicked(QUrl("../missed-dose.html"))                   # "la página en inglés"
    assert _shown(page) == ("info", "missed-dose.html", "")
    assert "Missed a dose" in page.browser.toPlainText()
    assert page.current_slug() == "missed-dose"
    assert page.toc.currentItem().text() == "Se olvidó una dosis"
    page._link_clicked(QUrl("emergency.html#overdose"))               # from the English page: back in Spanish
    assert _shown(page) == ("es", "emergency.html", "overdose")
    page.back()
    assert _shown(page)[:2] == ("info", "missed-dose.html")


def test_pictures_on_a_spanish_page_load(spanish):
    _app, _w, page = spanish
    page.open_page("using-app")
    from PySide6.QtGui import QTextDocument

    image = page.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("../images/today.png"))
    assert image is not None and not (hasattr(image, "isNull") and image.isNull())


def test_search_in_spanish(spanish, qtbot):
    _app, _w, page = spanish
    hits = page.run_search("fiebre")
    assert {"emergency", "stopping"} <= {h.slug for h in hits}
    texts = [page.results.item(i).text() for i in range(page.results.count())]
    assert any(t.startswith("Señales de emergencia\n") for t in texts)
    page.open_hit(next(h for h in hits if h.slug == "emergency"))
    assert _shown(page)[:2] == ("es", "emergency.html")
    assert page.highlighted_spans()


@pytest.mark.parametrize("env, title", [
    ({"LANG": "es_ES.UTF-8"}, "Acerca del baclofeno"),
    ({"LANG": "es_MX.UTF-8"}, "Acerca del baclofeno"),
    ({"LANG": "fr_FR.UTF-8"}, "About baclofen"),
    ({"LANG": "C.UTF-8"}, "About baclofen"),
])
def test_the_system_locale_reaches_the_pages(env, title):
    """With LANG=es_ES.UTF-8 (and no setting) Qt's system locale is Spanish, and so are the pages."""
    import os
    import subprocess
    import sys

    code = ("from PySide6.QtCore import QLocale; "
            "from caregiver_app.system.language import resolve_language; "
            "from caregiver_app.content.pages import InfoLibrary; "
            "print(InfoLibrary(language=resolve_language(None, QLocale.system().name())).pages()[0].title)")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**clean, **env}, timeout=60)
    assert out.stdout.strip() == title
