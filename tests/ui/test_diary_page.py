"""The diary page as a person meets it: keyboard entry, bad input, the list, undo, danger signs, chart, export."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import time as _time
from datetime import UTC, date, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from caregiver_app.domain.diary import DiaryEntry
from caregiver_app.domain.people import Person
from caregiver_app.ui.diary_model import DANGER_COLUMN, when_text
from caregiver_app.ui.pages.diary import DiaryPage
from helpers import LONDON, FakePrompts, activate

UTC = UTC
INSERT = ("INSERT INTO diary_entries(person_id, entry_at, psfs_frequency, psfs_severity, spasticity, pain,"
          " sleep_hours, sleep_wakeups, side_effects, side_effects_other, sedatives, stretching, red_flags, notes,"
          " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


@pytest.fixture
def person(store):
    return store.people.save(Person(name="Ann", date_of_birth=date(1960, 2, 29),
                                               emergency_contact="Bob (son) 0123 456", prescriber="Dr Lee, clinic"))


_OPEN: list[DiaryPage] = []


def make_page(qtbot, ctx, person) -> DiaryPage:
    page = DiaryPage(ctx)
    qtbot.addWidget(page)
    _OPEN.append(page)
    page.resize(1100, 760)
    page.set_person(person)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture(autouse=True)
def _close_pages_before_the_store(ctx):
    """Pages go before their store closes (fixtures tear down in reverse), so no view asks a closed store."""
    yield
    while _OPEN:
        p = _OPEN.pop()
        if p.red_flag_dialog is not None:
            p.red_flag_dialog.close()
        p._filter_timer.stop()
        p.hide()
        p.model.set_query(None)


@pytest.fixture
def page(qtbot, ctx, person):
    return make_page(qtbot, ctx, person)


def count(store, include_deleted=False):
    sql = "SELECT COUNT(*) FROM diary_entries" + ("" if include_deleted else " WHERE deleted_at IS NULL")
    return store.conn.execute(sql).fetchone()[0]


def add(store, person, at, **kw):
    return store.diary.add(DiaryEntry(person_id=person.id, entry_at=at, **kw))


def press(qtbot, *keys):
    """Type into whatever has the focus, the way a person would."""
    for k in keys:
        w = QApplication.focusWidget()
        assert w is not None
        if isinstance(k, str):
            qtbot.keyClicks(w, k)
        elif isinstance(k, tuple):
            qtbot.keyClick(w, k[0], k[1])
        else:
            qtbot.keyClick(w, k)


# -- quick entry by keyboard -----------------------------------------------------------------------------------
def test_whole_entry_by_keyboard_alone(page, qtbot, store, clock):
    activate(qtbot, page)
    page.form.focus_first()
    keys = ["3", Qt.Key.Key_Tab, "2", Qt.Key.Key_Tab, "6", Qt.Key.Key_Tab, "4", Qt.Key.Key_Tab, "7.5",
            Qt.Key.Key_Tab, "2", Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space,
            (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)]
    press(qtbot, *keys)
    assert len(keys) <= 16  # a practised hand does this in a few seconds
    saved = store.diary.last(page.person.id)
    assert saved is not None, page.form.status.text()
    assert (saved.psfs_frequency, saved.psfs_severity, saved.spasticity, saved.pain, saved.sleep_hours,
            saved.sleep_wakeups, saved.sedatives, saved.stretching) == (3, 2, 6, 4, 7.5, 2, False, True)
    assert saved.entry_at == clock.now_utc().replace(second=0)
    # The form is ready for the next one, focus back on the first score.
    assert page.form.frequency.value() is None and page.form.spasticity.text() == ""
    assert QApplication.focusWidget() is page.form.frequency
    assert "Saved" in page.form.status.text()


def test_tab_order_follows_the_form(page, qtbot):
    activate(qtbot, page)
    f = page.form
    f.frequency.set_value(1)  # severity is only reachable when there were spasms
    f.frequency.setFocus()
    expected = [f.severity, f.spasticity, f.pain, f.sleep_hours, f.sleep_wakeups, f.sedatives,
                f.stretching, *f.red_flags.boxes.values(), *f.side_effects.boxes.values(), f.side_effects_other,
                f.notes, f.save_button]
    seen = []
    for _ in expected:
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    f.frequency.setFocus()
    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is f.when  # (inside it, Tab moves between date and time parts)


def test_scale_keys_and_severity_only_with_spasms(page, qtbot):
    activate(qtbot, page)
    f = page.form
    f.focus_first()
    press(qtbot, "9")
    assert f.frequency.value() is None
    press(qtbot, "0")
    assert f.frequency.value() == 0 and not f.severity.isEnabled()
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert f.frequency.value() == 2 and f.severity.isEnabled()
    press(qtbot, Qt.Key.Key_Delete)
    assert f.frequency.value() is None
    f.severity.set_value(3)
    f.frequency.set_value(0)
    entry, errors = f.collect(page.person.id, page._tz(), page._today(), None)
    assert errors == [] and entry.psfs_severity is None  # not asked when there were no spasms
    f.spasticity.setFocus()
    press(qtbot, Qt.Key.Key_Up, Qt.Key.Key_Up)
    assert f.spasticity.text() == "1"


def test_same_as_last_entry_carries_values_but_not_danger_signs_or_notes(page, qtbot, store, person, clock):
    add(store, person, clock.now_utc() - timedelta(days=1), psfs_frequency=2, psfs_severity=1, spasticity=5, pain=3,
        sleep_hours=6, sleep_wakeups=1, side_effects=("nausea",), stretching=True, red_flags=("hallucinations",),
        notes="yesterday")
    activate(qtbot, page)
    page.form.focus_first()
    press(qtbot, (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))
    f = page.form
    assert (f.frequency.value(), f.severity.value(), f.spasticity.text(), f.pain.text(), f.sleep_hours.text(),
            f.side_effects.checked(), f.stretching.isChecked()) == (2, 1, "5", "3", "6", ("nausea",), True)
    assert f.red_flags.checked() == () and f.notes.toPlainText() == ""
    assert page.save()
    assert store.diary.count(person.id) == 2
    assert store.diary.last(person.id).entry_at == clock.now_utc().replace(second=0)


def test_same_as_last_with_no_entries_says_so(page):
    page.same_as_last()
    assert "no earlier entry" in page.form.status.text()


# -- bad input ------------------------------------------------------------------------------------------------------
def _set_when(f, y, m, d, hh=9, mm=0):
    f.when.setDateTime(QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone.utc()))


BAD = [
    ("spasticity", lambda f: f.spasticity.setText("11"), "between 0 and 10", lambda f: f.spasticity.text() == "11"),
    ("spasticity", lambda f: f.spasticity.setText("7.5"), "whole number", lambda f: f.spasticity.text() == "7.5"),
    ("pain", lambda f: f.pain.setText("-1"), "cannot be negative", lambda f: f.pain.text() == "-1"),
    ("pain", lambda f: f.pain.setText("lots"), "must be a number", lambda f: f.pain.text() == "lots"),
    ("sleep_hours", lambda f: f.sleep_hours.setText("25"), "between 0 and 24", lambda f: f.sleep_hours.text() == "25"),
    ("sleep_hours", lambda f: f.sleep_hours.setText("nan"), "real number", lambda f: f.sleep_hours.text() == "nan"),
    ("sleep_wakeups", lambda f: f.sleep_wakeups.setText("1e9"), "between 0 and 100",
     lambda f: f.sleep_wakeups.text() == "1e9"),
    ("side_effects_other", lambda f: f.side_effects_other.setText("dry\x01mouth"), "control characters",
     lambda f: f.side_effects_other.text() == "dry\x01mouth"),
    ("notes", lambda f: f.notes.setPlainText("n" * 10_001), "the most is 10,000",
     lambda f: len(f.notes.toPlainText()) == 10_001),
    ("notes", lambda f: f.notes.setPlainText("ring \x07 bell"), "control characters",
     lambda f: f.notes.toPlainText() == "ring \x07 bell"),
    ("entry_at", lambda f: _set_when(f, 2026, 11, 24), "in the future",
     lambda f: f.when.date() == QDate(2026, 11, 24)),
    ("entry_at", lambda f: _set_when(f, 1960, 2, 28), "before the person's date of birth (1960-02-29)",
     lambda f: f.when.date() == QDate(1960, 2, 28)),
]


@pytest.mark.parametrize("field, enter, words, kept", BAD, ids=[f"{b[0]}-{b[2][:12]}" for b in BAD])
def test_bad_input_is_explained_beside_the_field_and_nothing_is_lost(page, qtbot, store, field, enter, words, kept):
    activate(qtbot, page)
    f = page.form
    f.frequency.set_value(2)
    f.side_effects.set_checked(("headache",))
    enter(f)
    f.inputs[field].setFocus()  # typing there, then Ctrl+Enter
    press(qtbot, (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    assert count(store, include_deleted=True) == 0
    label = f.errors[field]
    assert label.isVisible() and words in label.text()
    assert kept(f)
    assert f.frequency.value() == 2 and f.side_effects.checked() == ("headache",)  # the rest is kept too
    assert "Not saved" in f.status.text()
    assert f.inputs[field].hasFocus() or f.inputs[field].isAncestorOf(QApplication.focusWidget())
    # Put it right and save: the message goes away.
    {"entry_at": lambda: f.request_now(), "notes": lambda: f.notes.setPlainText("ok"),
     "side_effects_other": lambda: f.side_effects_other.setText("dry mouth")}.get(
        field, lambda: f.inputs[field].setText("5"))()
    assert page.save()
    assert count(store) == 1 and not label.isVisible()


# -- the list -------------------------------------------------------------------------------------------------------
def _bulk(store, rid, n, start):
    rows = []
    for i in range(n):
        at = (start - timedelta(minutes=53 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rows.append((rid, at, i % 5, (i % 3) + 1 if i % 5 else None, i % 11, (i * 7) % 11, 7.0, i % 4,
                     '["drowsiness"]' if i % 5 == 0 else "[]", "", 0, 0, '["seizure"]' if i % 997 == 0 else "[]",
                     "", at, at))
    with store.transaction() as conn:
        conn.executemany(INSERT, rows)


def test_model_over_a_large_store(qtbot, qtmodeltester, ctx, person, store, clock):
    _bulk(store, person.id, 100_000, clock.now_utc())
    t0 = _time.perf_counter()
    page = make_page(qtbot, ctx, person)
    QApplication.processEvents()
    opened = _time.perf_counter() - t0
    assert opened < 1.5, opened  # bench/run.py measures it properly (diary_100k_open_ms)
    model = page.model
    assert model.total == 100_000 and model.rowCount() <= 400
    qtmodeltester.check(model)
    # Scrolling to the end of what is loaded asks for more, a page at a time, in order, no repeats.
    for _ in range(10):
        page.table.scrollToBottom()
        QApplication.processEvents()
    assert 1000 <= model.rowCount() < 100_000
    times = [model.entry(r).entry_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    assert len({model.entry(r).id for r in range(model.rowCount())}) == model.rowCount()
    assert "100,000" in page.count_label.text()


def test_sorting_by_header_and_not_by_free_text(page, qtbot, store, person, clock):
    for i, pain in enumerate([4, 9, None, 1]):
        add(store, person, clock.now_utc() - timedelta(hours=i), pain=pain, notes=f"n{i}")
    page.refresh()
    header = page.table.horizontalHeader()
    pain_col = [i for i in range(page.model.columnCount()) if page.model.headerData(i, Qt.Orientation.Horizontal)
                == "Pain"][0]
    page._header_clicked(pain_col)
    assert [page.model.entry(r).pain for r in range(4)] == [9, 4, 1, None]
    page._header_clicked(pain_col)
    assert [page.model.entry(r).pain for r in range(4)] == [1, 4, 9, None]
    notes_col = [i for i in range(page.model.columnCount()) if page.model.headerData(i, Qt.Orientation.Horizontal)
                 == "Notes"][0]
    page._header_clicked(notes_col)
    assert page.model.sort_key == "pain" and header.sortIndicatorSection() == pain_col


def test_filters_by_side_effect_score_dates_and_danger_signs(page, store, person, clock):
    now = clock.now_utc()
    add(store, person, now - timedelta(days=40), pain=2, side_effects=("nausea",))
    add(store, person, now - timedelta(days=3), pain=8, red_flags=("seizure",))
    add(store, person, now, pain=5, side_effects=("nausea", "headache"))
    page.refresh()
    page.tabs.setCurrentIndex(1)
    assert page.model.total == 3
    page.side_combo.setCurrentIndex(page.side_combo.findData("nausea"))
    page.apply_filters()
    assert page.model.total == 2 and "Showing 2 of 3" in page.count_label.text()
    page.score_combo.setCurrentIndex(page.score_combo.findData("pain"))
    page.score_min.setValue(4)
    page.apply_filters()
    assert page.model.total == 1
    page.reset_filters()
    assert page.model.total == 3
    page.from_check.setChecked(True)
    page.from_date.setDate(QDate(2026, 11, 1))
    page.apply_filters()
    assert page.model.total == 2
    page.flags_only.setChecked(True)
    page.apply_filters()
    assert page.model.total == 1
    # A 'from' after the 'to': said next to the filters, the list stays as it was.
    page.to_check.setChecked(True)
    page.to_date.setDate(QDate(2026, 10, 1))
    page.apply_filters()
    assert page.filter_error.isVisible() and "after the 'to' date" in page.filter_error.text()
    assert page.model.total == 1


def test_danger_sign_entries_are_marked_with_icon_text_and_colour(page, store, person, clock):
    add(store, person, clock.now_utc() - timedelta(hours=1), pain=2)
    add(store, person, clock.now_utc(), red_flags=("seizure", "hallucinations"))
    page.refresh()
    m = page.model
    flagged, plain = m.index(0, DANGER_COLUMN), m.index(1, DANGER_COLUMN)
    assert m.data(flagged) == "⚠ A seizure (fit); Hallucinations"
    assert m.data(m.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert m.data(flagged, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Danger sign recorded" in m.data(flagged, Qt.ItemDataRole.ToolTipRole)
    assert m.data(plain) == "" and m.data(m.index(1, 0), Qt.ItemDataRole.DecorationRole) is None


# -- edit, delete, undo -----------------------------------------------------------------------------------------------
def test_edit_keeps_the_time_of_the_change_and_undo_restores(page, qtbot, store, person, clock):
    e = add(store, person, clock.now_utc() - timedelta(hours=3), pain=3, notes="before")
    page.refresh()
    page.table.selectRow(0)
    page.edit_selected()
    f = page.form
    assert f.editing.id == e.id and f.pain.text() == "3" and f.mode_label.isVisible()
    assert page.tabs.currentIndex() == 0
    f.pain.setText("6")
    clock.advance(timedelta(minutes=10))
    assert page.save()
    after = store.diary.get(e.id)
    assert after.pain == 6 and after.entry_at == e.entry_at and after.created_at == e.created_at
    assert after.updated_at == clock.now_utc()
    assert count(store) == 1 and f.editing is None
    page.undo()
    assert store.diary.get(e.id).pain == 3
    page.redo()
    assert store.diary.get(e.id).pain == 6


def test_cancel_editing_changes_nothing(page, store, person, clock):
    e = add(store, person, clock.now_utc(), pain=3)
    page.refresh()
    page.table.selectRow(0)
    page.edit_selected()
    page.form.pain.setText("9")
    page.cancel_edit()
    assert store.diary.get(e.id).pain == 3 and page.form.editing is None and page.form.pain.text() == ""


def test_delete_asks_first_and_undo_brings_it_back(page, qtbot, store, person, clock):
    e = add(store, person, clock.now_utc(), pain=3)
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    page.prompts = FakePrompts(confirm=False)
    assert not page.delete_selected()
    assert page.prompts.asked == [("confirm", "Delete diary entry")] and count(store) == 1
    assert when_text(e, LONDON) in page.prompts.texts[0]
    page.prompts = FakePrompts(confirm=True)
    activate(qtbot, page)
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert count(store) == 0 and count(store, include_deleted=True) == 1  # soft: kept for undo
    assert page.undo_bar.isVisible() and "Deleted the entry" in page.undo_text.text()
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert count(store) == 1 and page.model.rowCount() == 1
    assert "back" in page.undo_text.text()
    page.redo()
    assert count(store) == 0
    press(qtbot, (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))  # the page's own Ctrl+Z
    assert count(store) == 1


def test_undo_in_the_main_window_with_ctrl_z(make_app, demo_store, qtbot):
    app = make_app(store=demo_store)
    w = app.window
    app.show()
    activate(qtbot, w)
    w.show_page("diary")
    page = w.pages["diary"]
    assert isinstance(page, DiaryPage)
    before = page.model.total
    page.tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    assert page.delete_selected()
    assert page.model.total == before - 1
    assert w.undo_stack.canUndo() and "Delete diary entry" in w.undo_stack.undoText()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.total == before


def test_adding_can_be_undone(page, store):
    page.form.pain.setText("4")
    assert page.save()
    assert count(store) == 1
    page.undo()
    assert count(store) == 0 and count(store, include_deleted=True) == 1
    page.redo()
    assert count(store) == 1


# -- danger signs ------------------------------------------------------------------------------------------------------
def test_danger_sign_shows_the_urgent_panel_at_once(page, qtbot, store):
    page.form.red_flags.boxes["seizure"].setChecked(True)
    page.form.notes.setPlainText("fit at tea time")
    assert page.save()
    dlg = page.red_flag_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.heading.text() == "Call the emergency number now"
    assert "A seizure (fit)" in dlg.recorded.text() and "Ann" in dlg.recorded.text()
    assert "Bob (son) 0123 456" in dlg.emergency_label.text()
    assert "Dr Lee, clinic" in dlg.prescriber_label.text()
    assert any("slow or shallow breathing" in lab.text() for lab in dlg.lines)
    with qtbot.waitSignal(page.navigate, timeout=2000) as blocker:
        qtbot.mouseClick(dlg.info_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["info", "emergency#call-emergency"]
    assert not dlg.isVisible()
    assert store.diary.last(page.person.id).red_flags == ("seizure",)


def test_doctor_level_sign_and_missing_contacts(qtbot, ctx, store):
    rec = store.people.save(Person(name="Cal"))
    page = make_page(qtbot, ctx, rec)
    page.form.red_flags.boxes["hallucinations"].setChecked(True)
    assert page.save()
    dlg = page.red_flag_dialog
    assert dlg.heading.text() == "Contact the doctor now"
    assert any("If it is severe, call the emergency number." in lab.text() for lab in dlg.lines)
    assert "none recorded" in dlg.emergency_label.text() and "none recorded" in dlg.prescriber_label.text()
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()


def test_new_confusion_ticked_as_side_effect_is_a_danger_sign(page, store):
    page.form.side_effects.boxes["confusion"].setChecked(True)
    assert page.save()
    assert store.diary.last(page.person.id).red_flags == ("confusion",)
    assert page.red_flag_dialog.isVisible()
    page.red_flag_dialog.close()
    page.form.side_effects.boxes["confusion"].setChecked(True)  # still confused: not new
    assert page.save()
    assert store.diary.last(page.person.id).red_flags == ()


def test_no_panel_without_danger_signs(page):
    page.form.pain.setText("3")
    assert page.save()
    assert page.red_flag_dialog is None


def test_pump_users_get_pump_signs_and_hospital_advice(qtbot, ctx, store, person):
    now = store.now_db()
    store.conn.execute("INSERT INTO medicines(person_id, name, form, ingredient, created_at, updated_at)"
                       " VALUES (?, 'Baclofen pump', 'intrathecal', 'baclofen', ?, ?)", (person.id, now, now))
    page = make_page(qtbot, ctx, person)
    keys = page.form.red_flags.keys()
    assert {"pump_alarm", "missed_refill", "itching", "fever", "tingling"} <= set(keys)
    page.form.red_flags.boxes["pump_alarm"].setChecked(True)
    assert page.save()
    assert any("go to hospital at once" in lab.text() for lab in page.red_flag_dialog.lines)


def test_without_a_pump_every_sign_but_the_pump_ones_is_offered(page):
    """The withdrawal signs are offered to every baclofen user (facts sheet §4, amended): no taper, no pump."""
    assert page.form.red_flags.keys() == ["seizure", "hard_to_wake", "breathing", "hallucinations", "confusion",
                                          "overdose", "fever", "rigidity", "spasticity_back"]


def test_in_the_app_the_panel_opens_the_emergency_page(make_app, demo_store, qtbot):
    app = make_app(store=demo_store)
    w = app.window
    app.show()
    qtbot.waitExposed(w)
    w.show_page("diary")
    page = w.pages["diary"]
    page.form.red_flags.boxes["breathing"].setChecked(True)
    assert page.save()
    assert "Jo Example" in page.red_flag_dialog.emergency_label.text()
    qtbot.mouseClick(page.red_flag_dialog.info_button, Qt.MouseButton.LeftButton)
    assert w.current_page() is w.pages["info"]
    assert page.model.data(page.model.index(0, DANGER_COLUMN)).startswith("⚠")


# -- chart and export --------------------------------------------------------------------------------------------
def _count_near(img: QImage, colour: QColor, tol: int = 40, step: int = 2) -> int:
    n = 0
    for y in range(0, img.height(), step):
        for x in range(0, img.width(), step):
            c = img.pixelColor(x, y)
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) < tol:
                n += 1
    return n


def test_chart_is_built_on_first_visit_and_renders_to_an_image(make_app, demo_store, qtbot, tmp_path):
    from caregiver_app.reports.charts import DOSE_COLOUR, FLAG_COLOUR, SCORE_COLOUR

    app = make_app(store=demo_store)
    w = app.window
    app.show()
    w.show_page("diary")
    page = w.pages["diary"]
    assert page.chart is None
    page.tabs.setCurrentIndex(2)
    assert page.chart is not None
    data = page.chart.data
    assert data.score == "spasticity" and data.period == "week" and data.buckets and data.doses and data.bands
    assert "weekly average" in page.chart_summary.text()
    img = page.chart.to_image(900, 450)
    assert not img.isNull() and img.width() == 900
    assert _count_near(img, SCORE_COLOUR) > 50 and _count_near(img, DOSE_COLOUR) > 50
    assert _count_near(img, FLAG_COLOUR) == 0
    # A danger sign shows on the chart.
    page.tabs.setCurrentIndex(0)
    page.form.red_flags.boxes["seizure"].setChecked(True)
    assert page.save()
    page.red_flag_dialog.close()
    page.tabs.setCurrentIndex(2)
    assert page.chart.data.red_flags
    assert _count_near(page.chart.to_image(900, 450), FLAG_COLOUR) > 20
    # Every score, period and range draws; and the picture saves as PNG.
    for i in range(page.chart_score.count()):
        page.chart_score.setCurrentIndex(i)
    for i in range(page.chart_period.count()):
        page.chart_period.setCurrentIndex(i)
    for i in range(page.chart_range.count()):
        page.chart_range.setCurrentIndex(i)
    page.chart.grab()
    out = tmp_path / "chart.png"
    assert page.save_chart_image(str(out))
    assert QImage(str(out)).width() == 1200


def test_empty_chart_says_so(qtbot, ctx, person):
    from caregiver_app.reports.charts import build_diary_chart, render_chart_image

    data = build_diary_chart(ctx.store, person.id, "pain", "month", date(2026, 1, 1), date(2026, 11, 23))
    assert data.buckets == [] and "No pain scores" in data.summary()
    assert not render_chart_image(data, 600, 300).isNull()


def test_export_button_writes_csv(page, store, person, clock, tmp_path):
    add(store, person, clock.now_utc() - timedelta(days=1), pain=2, notes="ünïcode")
    add(store, person, clock.now_utc(), pain=5)
    page.refresh()
    out = tmp_path / "x.csv"
    assert page.export_csv(str(out)) == 2
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "date" and len(rows) == 3 and "ünïcode" in rows[1]
    assert "Exported 2 entries" in page.count_label.text()
    assert page.export_csv(str(tmp_path / "nowhere" / "x.csv")) is None
    assert "Export failed" in page.count_label.text()


def test_switching_person_shows_their_entries(page, store, person, clock):
    other = store.people.save(Person(name="Zed"))
    add(store, person, clock.now_utc(), pain=1)
    add(store, other, clock.now_utc(), pain=2)
    add(store, other, clock.now_utc() - timedelta(days=1), pain=3)
    page.refresh()
    assert page.model.total == 1
    page.table.selectRow(0)
    page.edit_selected()
    page.set_person(other)
    assert page.model.total == 2 and page.form.editing is None
    assert page.whose.text() == "For: Zed"


def test_the_diary_and_chart_code_is_not_loaded_at_start(tmp_path):
    code = r"""
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from caregiver_app.app import CaregiverApp, build_context
from caregiver_app.system.clock import SystemClock
from caregiver_app.system.paths import resolve_paths
from caregiver_app.storage import open_store
from caregiver_app.ui.prompts import Prompts
q = QApplication([])
paths = resolve_paths(Path(sys.argv[1]))
ctx = build_context(SystemClock(), paths, open_store(paths.db_path, SystemClock()), Prompts())
app = CaregiverApp(q, ctx, tray_available=False, autostart_dir=Path(sys.argv[1]) / "autostart")
app.window.show()
q.processEvents()
mods = ("caregiver_app.ui.pages.diary", "caregiver_app.reports.charts", "caregiver_app.ui.charts",
        "caregiver_app.storage.diary")
print([m for m in mods if m in sys.modules])
app.window.show_page("diary")
print([m for m in mods if m in sys.modules])
app.window.allow_close = True
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "d")], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert lines[-2] == "[]"
    assert "caregiver_app.ui.pages.diary" in lines[-1] and "charts" not in lines[-1]


def test_an_entry_with_a_sign_the_form_no_longer_offers_can_be_changed(page, store, person, clock):
    """Found while typing the code: opening an entry whose danger sign is no longer offered (a pump sign, the pump
    since gone) raised TypeError. It opens, shows the sign, and keeps it when saved."""
    e = add(store, person, clock.now_utc() - timedelta(hours=1), pain=2, red_flags=("itching",))
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    page.edit_selected()
    assert page.form.editing is not None and page.form.editing.id == e.id
    assert "itching" in page.form.red_flags.boxes and page.form.red_flags.boxes["itching"].isChecked()
    page.form.pain.setText("3")
    assert page.save()
    saved = store.diary.get(e.id)
    assert saved.pain == 3 and saved.red_flags == ("itching",)


def test_a_danger_sign_is_acted_on_the_moment_it_is_ticked_whatever_the_form_holds(page, store, person, qtbot):
    """Clinical review, finding 2: ticking "A seizure (fit)" with pain 11 typed used to say only "Not saved: please
    check the fields marked in red". The guidance comes at once, emergency first; the entry is saved as soon as the
    form is right, with everything that was typed."""
    page.form.pain.setText("11")                                   # out of range
    page.form.notes.setPlainText("Started at 14:05, lasted two minutes")
    page.form.red_flags.boxes["seizure"].setChecked(True)
    dlg = page.red_flag_dialog
    assert dlg is not None and dlg.isVisible()                     # before any save
    assert dlg.guidance.heading == "Call the emergency number now"
    assert "emergency number" in dlg.lines[0].text() and "Ticked for Ann" in dlg.recorded.text()
    assert not page.save()
    assert "saved as soon as" in page.form.status.text() and page.form.errors["pain"].text()
    assert count(store) == 0 and page.form.pain.text() == "11"    # nothing lost
    page.form.pain.setText("8")
    qtbot.waitUntil(lambda: count(store) == 1, timeout=3000)      # saved by itself, once right
    saved = store.diary.last(person.id)
    assert saved.red_flags == ("seizure",) and saved.pain == 8 and saved.notes.startswith("Started at 14:05")
    assert page.red_flag_dialog is dlg and "Recorded for Ann" in dlg.recorded.text()


def test_loading_an_entry_with_a_danger_sign_opens_no_window(page, store, person, clock):
    add(store, person, clock.now_utc() - timedelta(hours=2), red_flags=("fever",))
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    page.edit_selected()
    assert page.red_flag_dialog is None                            # nothing was ticked by a person
    page.form.red_flags.boxes["rigidity"].setChecked(True)         # a new one is
    assert page.red_flag_dialog is not None and "Rigid muscles" in page.red_flag_dialog.recorded.text()
