"""Issue 17: the pseudo-locale over every screen.

The pseudo-locale (tools/translations.py ``pseudo``) says every message accented, about 40% longer and in
⟦brackets⟧. The self-test's walk visits every page and opens every window and dialog in it; each text on screen
(labels, buttons, group titles, tab names, table headers, window titles, placeholders, menu items) must have
come through translation, that is be inside ⟦ ⟧, except the user's own data (names, notes: the demonstration
data's words), numbers, units and Qt's own standard buttons; and the longer words must still fit (the same
check as tests/ui/test_text_fits.py).
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from screens import walk_every_screen
from ui.test_text_fits import text_problems

ALLOWED = {"mg", "ml", "mL", "h", "min", "Caregiver", "Assistant", "Baclofen", "baclofen", "Lioresal", "PDF", "CSV",
           "JSON", "Ctrl", "Alt", "Shift", "Enter", "Esc", "Tab", "F1", "Qt", "PySide6", "Python", "SQLite", "am",
           "pm", "AM", "PM", "mcg", "kg", "cm", "A4", "Letter", "www", "http", "https", "html", "NHS"}
#: the columns a user types freely (their words are shown as typed); the others hold keys shown translated
FREE_TEXT = {"name", "prescriber", "emergency_contact", "notes", "note", "instructions", "source_note",
             "side_effects_other", "edit_reason", "withdraw_reason", "reason"}
INNER = re.compile(r"⟦[^⟦⟧]*⟧")
TAGS = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
WORD = re.compile(r"[^\W\d_]{2,}")


def leftover(text: str, data_words: set[str]) -> list[str]:
    """The words of ``text`` that are neither inside ⟦ ⟧ nor data."""
    if "<" in text and ">" in text:
        text = TAGS.sub(" ", text)
    text = text.replace("&&", "&").replace("&", "")
    while True:
        stripped = INNER.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    return [w for w in WORD.findall(text) if w not in ALLOWED and w.lower() not in data_words]


def _texts(w: QWidget) -> list[str]:
    out: list[str] = []
    if isinstance(w, QLabel):
        out.append(w.text())
    elif isinstance(w, QAbstractButton):
        box = w.parent()
        if isinstance(box, QDialogButtonBox) and box.standardButton(w) != QDialogButtonBox.StandardButton.NoButton:
            return []  # Qt's own (qtbase_*.qm)
        out.append(w.text())
    elif isinstance(w, QGroupBox):
        out.append(w.title())
    elif isinstance(w, QTabBar):
        out += [w.tabText(i) for i in range(w.count())]
    elif isinstance(w, QLineEdit):
        out.append(w.placeholderText())
    elif isinstance(w, QComboBox) and not w.isEditable():
        out += [w.itemText(i) for i in range(w.count())]
    elif isinstance(w, QListWidget):
        out += [w.item(i).text() for i in range(w.count())]
    elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
        m = w.model()
        header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
        if not header.isHidden():
            out += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount(QModelIndex()))
                    if not header.isSectionHidden(c)]
    elif isinstance(w, QMenuBar):
        for a in w.actions():
            out.append(a.text())
            if a.menu() is not None:
                out += [b.text() for b in a.menu().actions() if not b.isSeparator()]
    tip = w.toolTip()
    if tip:
        out.append(tip)
    return [t for t in out if t and t.strip()]


def _data_words(store) -> set[str]:
    words: set[str] = set()
    con = store.conn
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for t in tables:
        cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")') if r[1] in FREE_TEXT]
        for col in cols:
            for (v,) in con.execute(f'SELECT "{col}" FROM "{t}"'):
                if isinstance(v, str):
                    words |= {x.lower() for x in WORD.findall(v)}
    return words


@pytest.fixture
def pseudo_locale(qapp):
    from caregiver_app.system.i18n import PSEUDO, install

    before = QLocale()
    installed = install(PSEUDO)
    assert installed.translators, "the pseudo-locale's .qm is missing (make translations)"
    yield installed
    installed.remove()
    QLocale.setDefault(before)


@pytest.mark.slow
def test_every_screen_in_the_pseudo_locale(pseudo_locale, make_app, store, clock, monkeypatch):
    untranslated: dict[str, list[str]] = {}
    cut: dict[str, list[str]] = {}
    data: set[str] = set()

    def inspect(window, name):
        if window.windowType() == Qt.WindowType.Popup or type(window).__module__.startswith("PySide6"):
            return  # Qt's own dialogs (print, file) are translated by Qt's files
        if not data:
            data.update(_data_words(store))
        found = untranslated.setdefault(name, [])
        for w in [window, *window.findChildren(QWidget)]:
            if not w.isVisible() and w is not window:
                continue
            texts = _texts(w) + ([window.windowTitle()] if w is window else [])
            for text in texts:
                left = leftover(text, data)
                if left:
                    line = f"{type(w).__name__} {text[:80]!r}: {' '.join(left[:6])}"
                    if line not in found:
                        found.append(line)
        problems = text_problems(window, 12)
        if problems:
            cut.setdefault(name, []).extend(p for p in problems if p not in cut.get(name, []))

    opened = walk_every_screen(make_app, store, clock, inspect, "normal", monkeypatch)
    assert {"MedicineDialog", "PlanDialog", "SettingsDialog", "ReminderWindow", "MissedDosesWindow",
            "PersonDialog", "CorrectionDialog"} <= set(opened)
    report = "\n".join(f"{n}:\n  " + "\n  ".join(ps) for n, ps in untranslated.items() if ps)
    assert not any(untranslated.values()), f"not translated:\n{report}"
    report = "\n".join(f"{n}:\n  " + "\n  ".join(ps) for n, ps in cut.items())
    assert not cut, f"cut off in the pseudo-locale:\n{report}"
