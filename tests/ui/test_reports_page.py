"""The Reports page: the appointment summary on screen, on paper, as a PDF; questions kept per person."""
from __future__ import annotations

import shutil
import subprocess

from caregiver_app.reports.summary import QUESTIONS_MAX
from caregiver_app.ui.pages.reports import questions_key
from helpers import FakePrompts


def _reports(make_app, store):
    w = make_app(store=store).window
    w.show_page("reports")
    return w, w.pages["reports"]


def test_summary_on_screen_for_the_demo_person(make_app, demo_store):
    _, page = _reports(make_app, demo_store)
    text = page.preview.toPlainText()
    for heading in ("Appointment summary: Sam Example (demo)", "Medicines and doses", "Dose plan", "Symptom diary",
                    "Side effects noted", "Danger signs recorded", "Questions for the doctor or nurse"):
        assert heading in text
    assert page.period.currentText() == "Last 30 days"
    page.period.setCurrentIndex(2)  # 90 days: the period in the text follows
    assert "Period:" in page.preview.toPlainText() and page.days() == 90


def test_questions_are_kept_per_person_and_printed(make_app, demo_store, qtbot):
    w, page = _reports(make_app, demo_store)
    rid = w.current_person_id()
    page.questions.setPlainText("Could the night dose move earlier?")
    page._questions_settled()
    assert demo_store.settings.get(questions_key(rid)) == "Could the night dose move earlier?"
    assert "Could the night dose move earlier?" in page.preview.toPlainText()
    w2, page2 = _reports(make_app, demo_store)  # as after a restart
    assert page2.questions.toPlainText() == "Could the night dose move earlier?"


def test_too_long_questions_are_kept_in_the_box_not_saved(make_app, demo_store):
    w, page = _reports(make_app, demo_store)
    page.questions.setPlainText("q" * (QUESTIONS_MAX + 1))
    page._questions_settled()
    assert not page.questions_error.isHidden() and "too long" in page.questions_error.text()
    assert demo_store.settings.get(questions_key(w.current_person_id())) in (None, "")
    assert len(page.questions.toPlainText()) == QUESTIONS_MAX + 1  # nothing typed is lost


def test_save_as_pdf_and_print_and_preview(make_app, demo_store, tmp_path):
    _, page = _reports(make_app, demo_store)
    page.prompts = FakePrompts(path=str(tmp_path / "summary"), printer_file=tmp_path / "printed.pdf")
    target = page.save_summary_pdf()
    assert target == tmp_path / "summary.pdf" and target.read_bytes().startswith(b"%PDF")
    assert "Saved the appointment summary" in page.last_status
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
        assert "Appointment summary" in text and "Medicines and doses" in text and "Sam Example" in text
    assert page.print_summary() is True and (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    page.preview_summary()
    assert page.prompts.previews == 1


def test_cancelled_print_and_unwritable_pdf_folder(make_app, demo_store, tmp_path):
    _, page = _reports(make_app, demo_store)
    page.prompts = FakePrompts(path=str(tmp_path / "no-such-folder" / "x.pdf"))
    assert page.print_summary() is False
    assert page.save_summary_pdf() is None
    assert ("error", "Could not save the PDF") in page.prompts.asked
    assert any("could not be saved" in t for t in page.prompts.texts)


def test_empty_store_and_a_person_with_nothing_yet(make_app, store):
    from caregiver_app.domain.people import Person

    w, page = _reports(make_app, store)
    assert page.stack.currentWidget() is page.empty  # nobody yet: add a person
    store.people.save(Person(name="Bo"))
    w.reload_people()
    assert "No medicines recorded" in page.preview.toPlainText()


def test_questions_typed_just_before_quitting_are_kept(make_app, demo_store, qtbot):
    w, page = _reports(make_app, demo_store)
    w.show()
    qtbot.waitExposed(w)
    page.questions.setPlainText("Ask about the pump")      # the 0.8 s pause has not passed
    w.hide()                                               # what Quit and closing to the tray do
    assert demo_store.settings.get(questions_key(w.current_person_id())) == "Ask about the pump"
    assert not page._save_timer.isActive()


def test_typing_survives_a_refresh_and_long_drafts_survive_switching_person(make_app, demo_store):
    from caregiver_app.domain.people import Person

    w, page = _reports(make_app, demo_store)
    sam = w.current_person_id()
    page.questions.setPlainText("Is the night spasm worse because of the taper?")   # the pause has not passed
    w.refresh_pages()                                       # what answering a reminder does
    assert page.questions.toPlainText() == "Is the night spasm worse because of the taper?"
    page.period.setCurrentIndex(1)
    assert page.questions.toPlainText() == "Is the night spasm worse because of the taper?"
    long_text = "q" * (QUESTIONS_MAX + 1)
    page.questions.setPlainText(long_text)
    bo = demo_store.people.save(Person(name="Bo"))
    w.reload_people(select_id=bo.id)
    assert page.questions.toPlainText() == "" and page.questions_error.isHidden()
    page.questions.setPlainText("Bo's question")
    w.reload_people(select_id=sam)
    assert page.questions.toPlainText() == long_text and not page.questions_error.isHidden()
    assert demo_store.settings.get(questions_key(bo.id)) == "Bo's question"   # kept when switching away


def test_a_summary_since_a_date(make_app, demo_store):
    """Since the last appointment: the period runs from the chosen day to today, at most a year and a day."""
    from PySide6.QtCore import QDate

    _, page = _reports(make_app, demo_store)
    assert not page.since.isVisible()
    page.period.setCurrentIndex(page.period.count() - 1)
    assert page.since.isVisible() and page.period.currentText().startswith("Since a date")
    page.since.setDate(QDate(2026, 10, 1))
    assert page.days() == 54 and "Period: Thu 1 Oct 2026 to Mon 23 Nov 2026" in page.preview.toPlainText()
    page.since.setDate(QDate(2020, 1, 1))                  # before the earliest allowed: held at 366 days
    assert page.days() == 366
