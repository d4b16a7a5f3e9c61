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


def _a_year_of_nine_doses_a_day(store, clock):
    """Ann: baclofen nine times a day, each dose answered, and a diary entry a day, for 400 days (about 4,000
    records in a year's summary: more than BACKGROUND_RECORDS)."""
    from datetime import UTC, datetime, timedelta

    from helpers import add_baclofen

    times = [(f"{h:02d}:00", 5.0) for h in range(7, 23, 2)] + [("23:00", 5.0)]
    person, med, rec = add_baclofen(store, times=times, start=clock.today() - timedelta(days=400))
    store.conn.execute("UPDATE schedules SET created_at = ? WHERE id = ?",
                       ((clock.now_utc() - timedelta(days=401)).strftime("%Y-%m-%dT%H:%M:%SZ"), rec.id))
    doses, diary = [], []
    for back in range(1, 401):
        day = clock.today() - timedelta(days=back)
        for t, mg in times:
            due = datetime.fromisoformat(f"{day.isoformat()}T{t}:00").replace(tzinfo=UTC)
            stamp = due.strftime("%Y-%m-%dT%H:%M:%SZ")
            doses.append((person.id, med.id, rec.id, f"{day.isoformat()}T{t}", stamp, mg, "taken", stamp, stamp))
        at = f"{day.isoformat()}T20:30:00Z"
        diary.append((person.id, at, back % 5, back % 11, back % 7, 7.5, "[]", at, at))
    with store.transaction() as conn:
        conn.executemany("INSERT INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg, status, "
                         "taken_at, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)", doses)
        conn.executemany("INSERT INTO diary_entries(person_id, entry_at, psfs_frequency, spasticity, pain, "
                         "sleep_hours, side_effects, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", diary)
    return person


def _since(page, days: int) -> None:
    from PySide6.QtCore import QDate

    today = page.ctx.clock.today()
    page.period.setCurrentIndex(page.period.count() - 1)
    page.since.setDate(QDate(today.year, today.month, today.day).addDays(-(days - 1)))


def test_a_long_summary_is_made_off_the_gui_thread(make_app, store, clock, qtbot, tmp_path):
    """Issue 14 §3: a summary that reads more than BACKGROUND_RECORDS records (over 100 ms on a slow computer) is
    made in a worker thread with its own read-only connection; the page says so meanwhile and shows the same
    summary as one made on the GUI thread; print and PDF use it."""
    from caregiver_app.reports.summary import BACKGROUND_RECORDS, records_in_period, summary_html

    person = _a_year_of_nine_doses_a_day(store, clock)
    _, page = _reports(make_app, store)
    assert not page.building and "Appointment summary: Ann" in page.preview.toPlainText()   # 30 days: at once
    start, end = page._period()
    assert records_in_period(store, person.id, start, end) <= BACKGROUND_RECORDS
    _since(page, 366)
    start, end = page._period()
    assert records_in_period(store, person.id, start, end) > BACKGROUND_RECORDS
    assert page.building and "Preparing the summary of 366 days" in page.preview.toPlainText()
    qtbot.waitUntil(lambda: not page.building, timeout=20_000)
    text = page.preview.toPlainText()
    assert "Appointment summary: Ann" in text and "Period:" in text
    made_here = page.summary()
    assert summary_html(page._shown.summary) == summary_html(made_here)       # the same as on the GUI thread
    assert made_here.diary_entries == 365 and page._shown.chart is not None and not page._shown.chart.isNull()
    page.prompts = FakePrompts(path=str(tmp_path / "year"))
    assert page.save_summary_pdf() == tmp_path / "year.pdf"


def test_a_summary_overtaken_by_a_newer_request_is_dropped(make_app, store, clock, qtbot):
    _a_year_of_nine_doses_a_day(store, clock)
    _, page = _reports(make_app, store)
    _since(page, 366)
    assert page.building
    page.period.setCurrentIndex(0)                      # 30 days, made at once, before the year's is back
    assert not page.building and page.days() == 30
    thirty = page.preview.toPlainText()
    qtbot.waitUntil(lambda: not page._jobs, timeout=20_000)   # the year's result arrives ... and is dropped
    assert page.preview.toPlainText() == thirty and page.days() == 30


def test_a_summary_made_off_the_gui_thread_reports_damaged_records_and_errors(make_app, store, clock, qtbot,
                                                                               monkeypatch):
    import caregiver_app.ui.pages.reports as reports_page
    from caregiver_app.reports.summary import SummaryError

    _a_year_of_nine_doses_a_day(store, clock)
    with store.transaction() as conn:   # a damaged diary entry: left out, and told to the app's store
        conn.execute("UPDATE diary_entries SET side_effects = '[[[' WHERE id = (SELECT MIN(id) FROM diary_entries)")
    store.damaged.clear()
    _, page = _reports(make_app, store)
    store.damaged.clear()
    _since(page, 366)
    qtbot.waitUntil(lambda: not page.building, timeout=20_000)
    assert any(table == "diary_entries" for table, _rid in store.damaged)

    def refused(*args, **kwargs):
        raise SummaryError("No summary for \x1b[2J you.")

    monkeypatch.setattr(reports_page, "build_summary", refused)
    _since(page, 300)
    qtbot.waitUntil(lambda: not page.building, timeout=20_000)
    assert "No summary for" in page.preview.toPlainText()

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(reports_page, "build_summary", broken)
    with qtbot.capture_exceptions() as raised:       # a bug is raised on the GUI thread (the app's error report)
        _since(page, 200)
        qtbot.waitUntil(lambda: not page.building, timeout=20_000)
    assert [type(e[1]) for e in raised] == [ZeroDivisionError]
    assert page.preview.toPlainText() == "The summary could not be made."
