"""The menu entry and the AppStream metainfo in Spanish: the keys and elements the desktops and Flathub read."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from caregiver_app.system import desktop
from caregiver_app.system.desktop import APP_ID
from helpers import ROOT

RES = ROOT / "resources" / "desktop"
DESKTOP_FILE = RES / f"{APP_ID}.desktop"
METAINFO = RES / f"{APP_ID}.metainfo.xml"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TRANSLATIONS = ("es",)


def groups(text: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], {})
        elif "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            current[key] = value
    return out


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_desktop_entry_is_translated(lang):
    entry = groups(DESKTOP_FILE.read_text(encoding="utf-8"))
    main = entry["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        value = main.get(f"{key}[{lang}]")
        assert value and value != main[key], key
    assert main[f"Keywords[{lang}]"].endswith(";") and "baclofeno" in main[f"Keywords[{lang}]"].split(";")
    assert entry["Desktop Action today"][f"Name[{lang}]"] == "Dosis de hoy"
    assert main["Comment[es]"].startswith("Recordatorios de dosis")


def test_installed_entry_keeps_the_translations():
    """install-desktop writes the template with its own Exec lines: the translated keys go with it."""
    written = groups(desktop.desktop_entry(["/opt/caregiver-app/caregiver-app"]))
    for lang in TRANSLATIONS:
        assert f"Name[{lang}]" in written["Desktop Entry"] and f"Name[{lang}]" in written["Desktop Action today"]


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_metainfo_is_translated(lang):
    root = ET.parse(METAINFO).getroot()

    def translated(tag: str) -> list[ET.Element]:
        return [e for e in root.iter(tag) if e.get(LANG) == lang]

    def english(tag: str) -> list[ET.Element]:
        return [e for e in root.iter(tag) if e.get(LANG) is None]

    assert translated("name")[0].text == "Asistente para cuidadores"
    assert len(translated("summary")) == 1
    for tag in ("p", "li", "caption", "keyword"):
        assert len(translated(tag)) == len(english(tag)), tag
    for e in translated("p") + translated("li") + translated("caption") + translated("summary"):
        assert (e.text or "").strip(), e.tag
    # each translated paragraph or item follows its English one, in the same list
    for parent in root.iter():
        kids = list(parent)
        for i, kid in enumerate(kids):
            if kid.tag in ("p", "li", "caption") and kid.get(LANG) == lang:
                assert i > 0 and kids[i - 1].tag == kid.tag and kids[i - 1].get(LANG) is None
