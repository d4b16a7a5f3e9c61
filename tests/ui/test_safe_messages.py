"""Issue 14 §2 in the desktop app: a message that quotes a value from a file or the store (an exception's text, a
table name read from a backup) shows it safely: escapes, bidi overrides and line separators written as escapes,
the message's own line breaks kept, a very long text cut."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from caregiver_app.domain.validation import shown_text
from caregiver_app.ui.prompts import Prompts

EVIL = "name \x1b[2J\x1b[31mRED\u202eevil\u2028forged\r"
SAFE = "name \\x1b[2J\\x1b[31mRED\\u202eevil\\u2028forged\\x0d"
UNSAFE = ("\x1b", "\u202e", "\u2028", "\r")


def test_shown_text_keeps_a_messages_lines_and_escapes_the_rest():
    assert shown_text(f"First line.\n\t{EVIL}") == f"First line.\n\t{SAFE}"
    assert shown_text("x" * 50, 10) == "x" * 10 + "…"
    assert shown_text(ValueError("\x1b")) == "\\x1b" and shown_text("Zoë 😀 مرحبا\n") == "Zoë 😀 مرحبا\n"


@pytest.mark.parametrize("how", ["error", "info"])
def test_message_boxes_show_values_safely(qapp, monkeypatch, how):
    shown: list[tuple[str, str]] = []
    # (The app's own message box, parented and in front of its window (issue 13): what it would show is read.)
    monkeypatch.setattr(Prompts, "_run", staticmethod(lambda box: shown.append((box.windowTitle(), box.text()))
                                                      or 0))
    getattr(Prompts(), how)(f"Title {EVIL}", f"The restore did not happen:\n{EVIL}")
    (title, text), = shown
    assert title == f"Title {SAFE}" and text == f"The restore did not happen:\n{SAFE}"


def test_a_notice_and_a_question_show_values_safely(qapp, monkeypatch):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    Prompts(window).notice("Some records could not be read", f"Left out:\n• {EVIL}")
    boxes = window.findChildren(QMessageBox)
    assert boxes and boxes[-1].text() == f"Left out:\n• {SAFE}"
    for box in boxes:
        box.close()
    asked: list[str] = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert Prompts().confirm("Archive?", f"Archive {EVIL}?") is False
    assert asked == [f"Archive {SAFE}?"]


def test_field_errors_the_status_bar_and_the_tray_show_values_safely(make_app, demo_store, qapp):
    from PySide6.QtGui import QIcon

    from caregiver_app.ui.tray import Tray
    from caregiver_app.ui.widgets import FieldErrorLabel

    label = FieldErrorLabel()
    label.show_error(f"Not saved: {EVIL}")
    assert label.text() == f"Not saved: {SAFE}"
    window = make_app(store=demo_store).window
    page = window.pages["today"]
    page._status(f"Saved {EVIL}")
    assert window.statusBar().currentMessage() == f"Saved {SAFE}"
    sent: list[tuple[str, str]] = []
    tray = Tray(QIcon())
    tray.icon.showMessage = lambda title, text, *rest: sent.append((title, text))   # type: ignore[method-assign]
    tray.notify(f"Dose due {EVIL}", f"Baclofen {EVIL}")
    assert sent == [(f"Dose due {SAFE}", f"Baclofen {SAFE}")]


def test_check_quotes_a_crafted_files_table_names_safely(tmp_path, clock, capsys):
    """A data file whose broken reference is in a table named with escapes: ``check`` names it safely."""
    from caregiver_app.cli.main import main
    from caregiver_app.storage import open_store

    folder = tmp_path / "d"
    store = open_store(folder / "caregiver.db", clock)
    store.close()
    conn = sqlite3.connect(folder / "caregiver.db")
    with conn:
        conn.execute('CREATE TABLE "\x1b[2Jevil\u202e" (id INTEGER PRIMARY KEY, '
                     'person_id INTEGER REFERENCES people(id))')
        conn.execute('INSERT INTO "\x1b[2Jevil\u202e" VALUES (1, 99)')
    conn.close()
    assert main(["--data-dir", str(folder), "check"], clock=clock) == 1
    out, err = capsys.readouterr()
    assert "\\x1b[2Jevil\\u202e" in out + err
    assert not any(c in out + err for c in UNSAFE)
