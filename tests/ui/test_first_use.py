"""Issue 13: what a tired carer tripped over on first use, each kept from coming back.

(The text-size walk is in test_text_fits.py, the keyboard walk in test_keyboard_walk.py.)
"""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from caregiver_app.domain.medicines import Medicine
from caregiver_app.domain.people import Person
from caregiver_app.ui.prompts import Prompts
from helpers import LONDON, FakePrompts, activate, add_baclofen, ctx_for


def at(clock, hh, mm, day=23):
    clock._now = datetime(2026, 11, day, hh, mm, tzinfo=LONDON).astimezone(UTC)


class DialogWatcher:
    """Answers the real dialogs the real Prompts open (while their exec() runs) and records, for each, its parent,
    modality, whether it stays on top and whether it was shown."""

    def __init__(self, answer):
        self.answer, self.seen = answer, []
        # (windows another test left open are not this test's)
        self.before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self):
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible() and w.isModal() and id(w) not in self.before and \
                    all(w is not s["dialog"] for s in self.seen):
                self.seen.append({"dialog": w, "type": type(w).__name__, "title": w.windowTitle(),
                                  "parent": w.parentWidget(), "modality": w.windowModality(),
                                  "on_top": bool(w.windowFlags() & Qt.WindowType.WindowStaysOnTopHint),
                                  "active_modal": QApplication.activeModalWidget() is w})
                self.answer(w)

    def stop(self):
        self.timer.stop()


def _say_no(dlg):
    if isinstance(dlg, QMessageBox):
        rejects = [b for b in dlg.buttons() if dlg.buttonRole(b) in (QMessageBox.ButtonRole.RejectRole,
                                                                     QMessageBox.ButtonRole.NoRole)]
        (rejects[0] if rejects else dlg.buttons()[0]).click()
    elif isinstance(dlg, QInputDialog):
        dlg.reject()
    else:
        dlg.accept()  # the time question: the time shown


# -- 1. a reminder that looked frozen ---------------------------------------------------------------------------------

def test_every_question_from_the_reminder_window_is_parented_modal_and_on_top(make_app, store, clock, qtbot):
    r, med, rec = add_baclofen(store, times=(("14:00", 10.0),))
    at(clock, 14, 5)
    # A dose logged 20 minutes ago (as needed, say): "Taken now" asks "Please check before logging".
    store.doses.log(person_id=r.id, medicine_id=med.id, dose_mg=10.0, status="taken",
                    taken_utc=clock.now_utc() - timedelta(minutes=20))
    app = make_app(store=store, prompts=Prompts())
    app.window.allow_close = True  # (the real prompts would ask "Quit?" when the test closes the window)
    app.start_reminders()
    rw = app.reminders.reminder_window
    assert rw.isVisible() and rw.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    watcher = DialogWatcher(_say_no)
    try:
        rw.taken_btn.click()        # "Please check before logging": answered "Don't log"
        rw.skip_btn.click()         # the reason, with the baclofen warning: cancelled
        rw.taken_at_btn.click()     # the time (then "Please check" again): the time shown, then "Don't log"
    finally:
        watcher.stop()
    kinds = [s["type"] for s in watcher.seen]
    assert kinds.count("QMessageBox") >= 2 and "QInputDialog" in kinds and "QDialog" in kinds, watcher.seen
    for s in watcher.seen:
        assert s["parent"] is rw, s
        assert s["modality"] == Qt.WindowModality.WindowModal, s
        assert s["on_top"], s                      # in front of the always-on-top reminder, never behind it
        assert s["active_modal"], s
    assert store.doses.history(r.id)[0].slot is None   # nothing logged for the 14:00 dose: every answer was No
    assert rw.isVisible()


def test_questions_from_ordinary_windows_are_modal_to_them_but_not_on_top(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    watcher = DialogWatcher(_say_no)
    try:
        assert Prompts(parent).confirm("A question", "Really?") is False
    finally:
        watcher.stop()
    (seen,) = watcher.seen
    assert seen["parent"] is parent and seen["modality"] == Qt.WindowModality.WindowModal and not seen["on_top"]


# -- 2. the scroll wheel ----------------------------------------------------------------------------------------------

def _wheel(widget, spontaneous=False):
    class Event(QWheelEvent):
        def spontaneous(self):
            return spontaneous

    centre = QPointF(widget.rect().center())
    return Event(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                 Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)


def test_the_wheel_never_changes_a_field_without_the_focus(make_app, store, qtbot):
    from caregiver_app.ui.medicine_dialog import MedicineDialog
    from caregiver_app.ui.wheel import WheelGuard

    r, med, rec = add_baclofen(store)
    app = make_app(store=store)
    guard = QApplication.instance().findChild(WheelGuard)
    assert guard is not None  # installed once, by the app, for every window
    dlg = MedicineDialog(app.ctx, r, med, rec, tz_name="Europe/London", parent=app.window)
    qtbot.addWidget(dlg)
    activate(qtbot, dlg)
    dlg.name.setFocus()
    kind_before = dlg.kind.currentData()
    assert kind_before == "fixed"
    # The pointer passes over "How often" while the form scrolls: the wheel goes on to the form, not the field.
    event = _wheel(dlg.kind)
    QApplication.sendEvent(dlg.kind, event)
    assert dlg.kind.currentData() == "fixed" and not event.isAccepted()   # left for the scroll area under it
    # The first turn over it (as it reaches the window) takes away the wheel's power to give it the focus.
    assert dlg.kind.focusPolicy() == Qt.FocusPolicy.WheelFocus
    guard.eventFilter(dlg.windowHandle(), _wheel(dlg.kind, spontaneous=True))
    assert dlg.kind.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # Clicked or tabbed into, it takes the wheel as usual.
    dlg.kind.setFocus()
    qtbot.waitUntil(dlg.kind.hasFocus)
    QApplication.sendEvent(dlg.kind, _wheel(dlg.kind))
    assert dlg.kind.currentData() != "fixed"


def test_the_wheel_guard_knows_its_focus_policies():
    from caregiver_app.ui import wheel

    assert isinstance(wheel.GUARDED, tuple) and len(wheel.GUARDED) == 3


# -- 3. "then stop" ---------------------------------------------------------------------------------------------------

def _plan_dialog(store, person, prompts=None):
    from caregiver_app.ui.plan_dialog import PlanDialog

    return PlanDialog(ctx_for(store, prompts or FakePrompts()), person)


def test_the_plan_form_asks_what_happens_after_the_last_step_and_stop_stops(make_app, store, clock):
    r, med, _ = add_baclofen(store, times=(("08:00", 10.0), ("20:00", 10.0)))
    dlg = _plan_dialog(store, r)
    dlg.name.setText("Down and off")
    dlg.kind.setCurrentIndex(dlg.kind.findData("taper"))
    # "20 mg a day for a week, then 10 mg a day for a week, then stop", the doses entered once per step.
    dlg.same_dose.setChecked(True)
    assert dlg.table.columnCount() == 3 and "each time" in dlg.table.horizontalHeaderItem(2).text()
    dlg.table.item(0, 0).setText("2026-11-24")
    dlg.table.item(0, 2).setText("10")
    dlg.add_step()
    dlg.table.item(1, 2).setText("5")
    dlg.try_save()
    assert dlg.saved is None and "after the last step" in dlg.after_error.text()   # asked, never assumed
    assert "Please choose below" in dlg.checks.text()
    dlg.after_stop.setChecked(True)
    assert "20 mg → 10 mg → then stop" in dlg.checks.text()
    assert "no more doses of Baclofen" in dlg.checks.text()
    dlg.try_save()
    plan = dlg.saved
    assert plan is not None and plan.after_last == "stop"
    assert [tuple(td.dose_mg for td in s.doses) for s in plan.steps] == [(10.0, 10.0), (5.0, 5.0)]
    # The Plans page says it in words; the reminders stop after the last step.
    page = make_app(store=store).window.pages["plans"]
    assert "stop — no more doses of Baclofen are reminded" in page.summary_label.text()
    services = page.services
    for day, expected in ((date(2026, 11, 24), 20.0), (date(2026, 12, 1), 10.0), (date(2026, 12, 8), 0.0),
                          (date(2027, 1, 8), 0.0)):
        assert sum(s.occurrence.dose_mg for s in services.doses.timeline(r.id, day)) == expected, day
    # The check applies to the stop: straight from 60 mg a day to none at once is asked about.
    dlg2 = _plan_dialog(store, r, FakePrompts(confirm=False))
    dlg2.name.setText("Quick")
    dlg2.kind.setCurrentIndex(dlg2.kind.findData("titration"))
    dlg2.active.setChecked(False)
    dlg2.table.item(0, 0).setText("2026-11-24")
    for c in (2, 3):
        dlg2.table.item(0, c).setText("30")
    dlg2.after_stop.setChecked(True)
    dlg2.try_save()
    assert dlg2.saved is None and any("from 60 mg a day to none" in t for t in dlg2.prompts.confirmations())


def test_keep_after_the_last_step_is_said_too(store):
    r, med, _ = add_baclofen(store)
    dlg = _plan_dialog(store, r)
    dlg.after_keep.setChecked(True)
    dlg.table.item(0, 0).setText("2026-11-24")
    for c in (2, 3, 4):
        dlg.table.item(0, c).setText("5")
    dlg._update_checks()
    assert "carry on until the plan is changed" in dlg.checks.text()


# -- 4. as-needed doses -------------------------------------------------------------------------------------------

def _prn(store, person_id, most=3):
    med = store.medicines.save(Medicine(person_id=person_id, name="Paracetamol", form="tablet", strength_mg=500.0))
    rec = store.schedules.save(med.id, "prn", {"dose_mg": 1000.0, "min_interval_minutes": 240,
                                               "max_doses_per_day": most}, tz="Europe/London",
                               start_date=date(2026, 1, 1))
    return med, rec


def test_an_as_needed_dose_says_what_was_logged_is_listed_and_can_be_undone(make_app, store, clock):
    r, med, _ = add_baclofen(store)
    para, rec = _prn(store, r.id)
    at(clock, 9, 10)
    w = make_app(store=store).window
    page = w.pages["today"]
    w.show_page("today")
    assert "None taken today. 3 more allowed today" in page.prn_labels[rec.id].text()
    page.log_prn(rec, para)
    assert "Logged Paracetamol 1000 mg at 09:10 (as needed)" in page.message.text()
    assert page.message.undo_button.isVisibleTo(page.message)
    assert "Taken today at 09:10. 2 more allowed today (at most 3 a day), not before 13:10." in \
        page.prn_labels[rec.id].text()
    # Ctrl+Z here undoes it (the menu says what), kept in the history as withdrawn.
    assert "Paracetamol" in w.undo_action.text()
    w.undo_action.trigger()
    assert "None taken today" in page.prn_labels[rec.id].text()
    (entry,) = store.doses.history(r.id)
    assert entry.withdrawn and "Undone" in entry.withdraw_reason
    w.redo_action.trigger()
    assert "Taken today at 09:10" in page.prn_labels[rec.id].text()


# -- 5. mis-presses ----------------------------------------------------------------------------------------------------

def _today(make_app, store, clock, hh=11, mm=0, prompts=None):
    add_baclofen(store)
    at(clock, hh, mm)
    w = make_app(store=store, prompts=prompts).window
    w.show_page("today")
    return w, w.pages["today"]


def test_answering_a_dose_far_from_its_time_asks_first_and_says_the_time(make_app, store, clock):
    w, page = _today(make_app, store, clock, 11, 0)
    page.prompts = FakePrompts(confirm=False)
    page.table.selectRow(2)                      # the 20:00 dose, 9 hours away
    page.answer_selected("not_taken")
    (asked,) = page.prompts.confirmations()
    assert "due at 20:00, 9 hours from now" in asked
    page.answer_selected("taken")                # "Taken now", 9 hours early
    assert "due at 20:00, but this records it as taken now, 9 hours before its time" in \
        page.prompts.confirmations()[1]
    assert store.doses.history(page.person.id) == []
    page.table.selectRow(1)                      # the 14:00 dose, 3 hours early
    page.answer_selected("taken")
    assert "3 hours before its time" in page.prompts.confirmations()[2]
    page.prompts = FakePrompts(confirm=True)
    page.answer_selected("taken")
    assert page.table.item(1, 3).text() == "taken at 11:00"


def test_a_dose_near_its_time_is_recorded_without_a_question(make_app, store, clock):
    w, page = _today(make_app, store, clock, 13, 30)
    page.prompts = FakePrompts(strict=True)
    page.table.selectRow(1)                      # 14:00, half an hour early: no question
    page.answer_selected("taken")
    assert page.table.item(1, 3).text() == "taken at 13:30"


def test_ctrl_z_on_today_undoes_the_last_answer_and_says_what(make_app, store, clock, qtbot):
    w, page = _today(make_app, store, clock, 14, 5)
    diary = w.pages["diary"]
    diary.form.pain.setText("3")
    assert diary.save()                          # a diary entry first, on the diary page
    w.show_page("today")
    page.table.selectRow(1)
    page.answer_selected("taken")
    assert page.table.item(1, 3).text() == "taken at 14:05"
    assert w.undo_action.text().replace("&", "").startswith("Undo taken now: Baclofen 10 mg")
    activate(qtbot, w)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.table.item(1, 3).text() == "due now"      # the answer, not the diary entry
    assert diary.model.total == 1
    entry = store.doses.history(page.person.id)[0]
    assert entry.withdrawn and entry.status == "taken"   # kept, marked withdrawn
    # On the diary page the same key undoes the diary entry.
    w.show_page("diary")
    assert "diary entry" in w.undo_action.text()


def test_a_wrong_answer_can_be_withdrawn_in_the_history_and_stays_listed(make_app, store, clock):
    from caregiver_app.ui.history import CorrectionDialog

    w, page = _today(make_app, store, clock, 14, 5)
    page.table.selectRow(0)
    page.answer_selected("not_taken")           # the 08:00 dose: a mis-press
    entry = store.doses.history(page.person.id)[0]
    dlg = CorrectionDialog(page.services.doses, entry, LONDON, page)
    dlg.status.setCurrentIndex(dlg.status.findData("withdrawn"))
    assert "no answer yet" in dlg.status.currentText()
    dlg.try_save()
    assert not dlg.result() and "say why" in dlg.error.text()
    dlg.reason.setText("Pressed the wrong row")
    dlg.try_save()
    assert dlg.result() and dlg.withdrawn
    assert page.table.item(0, 3).text() == "missed — was it taken?"   # no answer again
    page.tabs.setCurrentIndex(1)
    model = page.history.model
    assert model.rowCount() == 1
    assert "withdrawn" in model.data(model.index(0, 3)) and "Pressed the wrong row" in model.data(model.index(0, 6))


# -- 6. the window fits the screen -------------------------------------------------------------------------------

@pytest.mark.parametrize("screen", [(0, 0, 1280, 720), (0, 0, 1366, 768), (0, 0, 1366, 740), (0, 27, 1280, 693)])
def test_the_window_fits_common_laptop_screens(screen):
    from caregiver_app.ui.window_fit import FRAME, fit, fits

    rect = fit(screen)
    x, y, w, h = rect
    assert w >= 900 and h >= 600
    assert fits(rect, screen) and h + FRAME[1] <= screen[3]
    assert fit((0, 0, 2560, 1440))[2:] == (1180, 780)


def test_the_window_comes_back_where_it_was_left(make_app, store, monkeypatch):
    from PySide6.QtCore import QRect

    from caregiver_app.ui import window_fit

    # A 1366×768 laptop screen (the offscreen platform's own screen is smaller than the window's minimum).
    monkeypatch.setattr(window_fit, "_available", lambda screen: (0, 0, 1366, 740))
    app = make_app(store=store)
    w = app.window
    app.show()
    avail = QRect(0, 0, 1366, 740)
    w.setGeometry(avail.x() + 20, avail.y() + 40, 910, 610)
    w.remember_geometry()
    w2 = make_app(store=store).window
    w2.place_on_screen()
    assert (w2.x(), w2.y(), w2.width(), w2.height()) == (avail.x() + 20, avail.y() + 40, 910, 610)
    # A place that no longer fits the screen (another, smaller screen of the same name) is not used.
    saved = store.settings.get("window_geometry")
    key = next(iter(saved))
    store.settings.set("window_geometry", {key: [5000, 5000, 910, 610]})
    w3 = make_app(store=store).window
    w3.place_on_screen()
    assert w3.x() < avail.width()


def test_the_window_place_is_a_setting_of_the_rule_book():
    from caregiver_app.domain.settings import validate_setting

    assert validate_setting("window_geometry", {"eDP-1 1366x768": [4, 32, 1358, 696]}) == []
    assert validate_setting("window_geometry", {"eDP-1 1366x768": [4, 32, 0, 696]})
    assert validate_setting("window_geometry", {"eDP-1 1366x768": ["4", 32, 900, 600]})
    assert validate_setting("window_geometry", [1, 2, 3, 4])


def test_confirmations_are_said_on_the_page_not_only_in_the_status_bar(make_app, store, clock, tmp_path):
    add_baclofen(store)
    w = make_app(store=store, prompts=FakePrompts(path=str(tmp_path / "s.pdf"))).window
    reports = w.pages["reports"]
    w.show_page("reports")
    reports.save_summary_pdf(tmp_path / "s.pdf")
    assert "Saved the appointment summary" in reports.message.text()
    plans = w.pages["plans"]
    plans.open_dialog = lambda plan: True
    plans.add()
    assert plans.message.text().startswith("Plan saved.")


# -- 8. the missed-dose advice agrees with the double-dose check -------------------------------------------------

def test_missed_dose_advice_counts_a_dose_logged_40_minutes_ago(make_app, store, clock):
    r, med, rec = add_baclofen(store, times=(("08:00", 10.0), ("20:00", 10.0)))
    at(clock, 11, 0)
    store.doses.log(person_id=r.id, medicine_id=med.id, dose_mg=10.0, status="taken",
                    taken_utc=clock.now_utc() - timedelta(minutes=40))     # logged as an extra dose at 10:20
    app = make_app(store=store)
    app.start_reminders()
    mw = app.reminders.missed_window
    assert mw.isVisible()
    text = mw.advice_label.text()
    assert "already logged at 10:20, 40 minutes ago" in text and "take it now" not in text
    assert "leave it out" in mw.list.item(0).text()


# -- 9. dates -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, dob, year", [
    ("1950", None, 1950),
    ("14/03/1950", date(1950, 3, 14), 1950),
    ("1950-03-14", date(1950, 3, 14), 1950),
    ("14.3.1950", date(1950, 3, 14), 1950),
])
def test_a_date_of_birth_in_the_locales_way_or_a_year_alone(make_app, store, qtbot, typed, dob, year):
    from caregiver_app.ui.people import PersonDialog

    app = make_app(store=store)
    dlg = PersonDialog(app.ctx, None, app.window)
    qtbot.addWidget(dlg)
    dlg.dob.order = "DMY"
    dlg.name.setText("Mum")
    dlg.dob.setText(typed)
    dlg.try_save()
    assert dlg.saved is not None, dlg.errors["date_of_birth"].text()
    saved = store.people.get(dlg.saved.id)
    assert (saved.date_of_birth, saved.year_of_birth) == (dob, year)
    again = PersonDialog(app.ctx, saved, app.window)
    again.dob.order = "DMY"
    again.dob.set_date(saved.date_of_birth) if saved.date_of_birth else again.dob.set_year(saved.birth_year)
    assert again.dob.text() in (typed, "14/03/1950", "1950")


def test_a_date_error_clears_as_soon_as_the_field_is_right(make_app, store, qtbot):
    from caregiver_app.ui.people import PersonDialog

    app = make_app(store=store)
    dlg = PersonDialog(app.ctx, None, app.window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name.setText("Dad")
    dlg.dob.setText("31/02/1950")
    dlg.try_save()
    assert dlg.errors["date_of_birth"].isVisible()
    dlg.dob.setText("28/02/195")
    assert dlg.errors["date_of_birth"].isVisible()       # still wrong: still said
    dlg.dob.setText("28/02/1950")
    assert not dlg.errors["date_of_birth"].isVisible()   # right: gone at once, before Save


def test_the_date_field_has_a_calendar(qtbot):
    from caregiver_app.ui.forms import DateField

    field = DateField(order="DMY")
    qtbot.addWidget(field)
    field.show()
    field.button.click()
    assert field.calendar is not None and field.calendar.isVisible()
    from PySide6.QtCore import QDate

    field.calendar.activated.emit(QDate(1950, 3, 14))
    assert field.text() == "14/03/1950" and not field.calendar.isVisible()


# -- 10. the guide where people look ---------------------------------------------------------------------------------

def test_the_guide_is_in_help_and_named_on_the_first_start_screen(make_app):
    app = make_app()
    w = app.window
    help_menu = [a for a in w.menuBar().actions() if a.text() == "&Help"][0].menu()
    texts = [a.text() for a in help_menu.actions()]
    assert texts[0] == "&Emergency signs" and "Using this app" in texts[1]
    assert help_menu.actions()[0].shortcut().toString() == "F1"
    w.guide_action.trigger()
    assert w.pages["info"].current_slug() == "using-app"
    page = w.pages["today"]
    page.set_person(None)
    assert "Using this app" in page.empty.label.text() and "Help" in page.empty.label.text()


# -- 13. risky entries ----------------------------------------------------------------------------------------------

def _medicine_form(store, qtbot, prompts):
    from caregiver_app.ui.medicine_dialog import MedicineDialog

    person = store.people.save(Person(name="Ann"))
    dlg = MedicineDialog(ctx_for(store, prompts), person, tz_name="Europe/London")
    qtbot.addWidget(dlg)
    dlg.name.setCurrentText("Baclofen")
    dlg.strength.setText("10")
    return dlg


def _times(dlg, rows):
    dlg.times.setRowCount(0)
    for t, mg in rows:
        dlg.add_time_row(t, mg)


def test_a_1000_mg_dose_takes_more_than_one_yes(store, qtbot):
    prompts = FakePrompts(answers=[True, False])
    dlg = _medicine_form(store, qtbot, prompts)
    _times(dlg, [("08:00", "1000")])
    dlg.try_save()
    asked = prompts.confirmations()
    assert dlg.saved is None and len(asked) == 2
    assert "1000 mg is 100 tablets of 10 mg at one time" in asked[0] and "80 mg" in asked[0]
    assert "80 mg" in asked[1]                    # then the daily maximum, asked on its own


def test_doses_minutes_apart_are_asked_about(store, qtbot):
    prompts = FakePrompts(confirm=False)
    dlg = _medicine_form(store, qtbot, prompts)
    _times(dlg, [("08:00", "10"), ("08:09", "10"), ("20:00", "10")])
    dlg.try_save()
    assert dlg.saved is None and "08:00 and 08:09 are only 9 minutes apart" in prompts.confirmations()[0]


def test_skipping_baclofen_says_not_to_stop_it_suddenly(make_app, store, clock):
    w, page = _today(make_app, store, clock, 14, 5)
    page.prompts = FakePrompts(text=None)
    page.table.selectRow(1)
    page.answer_selected("skip")
    assert ("text", "Skip this dose") in page.prompts.asked
    assert "should not be stopped suddenly" in page.prompts.texts[-1]


def test_ctrl_q_asks_first_and_says_reminders_stop(make_app, qtbot):
    prompts = FakePrompts(confirm=False)
    app = make_app(prompts=prompts)
    app.show()
    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert ("confirm", "Quit Caregiver Assistant?") in prompts.asked and "reminders" in prompts.texts[-1]
    assert not app.quitting and app.window.isVisible()
    prompts.confirm_answer = True
    qtbot.keyClick(app.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert app.quitting


# -- 14. stale feedback in the diary -----------------------------------------------------------------------------

def test_the_diarys_saved_message_goes_when_the_form_changes_or_the_entry_is_undone(make_app, store):
    store.people.save(Person(name="Ann"))
    w = make_app(store=store).window
    page = w.pages["diary"]
    page.form.pain.setText("4")
    assert page.save()
    assert page.form.status.text().startswith("Saved:")
    page.form.side_effects.toggle(next(iter(page.form.side_effects.boxes)))
    assert page.form.status.text() == ""          # new ticks: "Saved" no longer describes the form
    page.form.clear()
    page.form.pain.setText("5")
    assert page.save()
    page.undo()
    assert "undone" in page.form.status.text().lower() and "Saved" not in page.form.status.text()


# -- 15. small ones --------------------------------------------------------------------------------------------------

def test_amount_to_give_looks_worked_out_and_a_bad_time_is_said_at_once(store, qtbot):
    dlg = _medicine_form(store, qtbot, FakePrompts())
    amount = dlg.times.item(0, 2)
    assert not amount.flags() & Qt.ItemFlag.ItemIsEditable and not amount.flags() & Qt.ItemFlag.ItemIsSelectable
    assert amount.font().italic() and "worked out" in dlg.times.horizontalHeaderItem(2).text()
    dlg.times.item(0, 0).setText("25:00")
    assert "not a time of day" in dlg.times_error.text()         # before Save
    dlg.times.item(0, 0).setText("07:00")
    assert dlg.times_error.text() == ""


def test_the_as_needed_daily_limit_starts_empty(store, qtbot):
    dlg = _medicine_form(store, qtbot, FakePrompts())
    assert dlg.prn_max.text() == ""
    dlg.kind.setCurrentIndex(dlg.kind.findData("prn"))
    dlg.prn_dose.setText("5")
    dlg.try_save()
    assert dlg.saved is None and "most doses a day" in dlg.errors["max_doses_per_day"].text().lower()


def test_tomorrows_first_dose_waits_until_todays_has_come(make_app, store, clock):
    w, page = _today(make_app, store, clock, 6, 30)
    assert page.tomorrow.text() == ""
    at(clock, 8, 5)
    page.refresh()
    assert page.tomorrow.text().startswith("Tomorrow's first dose")


def test_a_time_added_after_it_had_passed_today_is_explained(make_app, store, clock):
    r, med, rec = add_baclofen(store, times=(("14:00", 10.0),))
    at(clock, 15, 0)
    services = ctx_for(store).services
    services.medicines.save(med, _schedule_input(rec, [["08:00", 10.0], ["14:00", 10.0]]), rec.id)
    w = make_app(store=store).window
    page = w.pages["today"]
    assert page.not_listed.isVisibleTo(page) and "Baclofen at 08:00" in page.not_listed.text()
    assert "added after it had passed" in page.not_listed.text()


def _schedule_input(rec, times):
    from caregiver_app.services.medicines import ScheduleInput

    return ScheduleInput("fixed", {"times": times}, rec.schedule.start_date.isoformat(), None, "Europe/London")


def test_a_name_with_emoji_saves_shows_and_prints(make_app, store, tmp_path):
    name = "Grandad \U0001F474\U0001F3FD"
    person = store.people.save(Person(name=name))
    w = make_app(store=store).window
    assert w.person_combo.currentText() == name and name in w.windowTitle()
    reports = w.pages["reports"]
    doc = reports.document(for_paper=True)
    assert name in doc.toPlainText()
    out = reports.save_summary_pdf(tmp_path / "s.pdf")
    assert out is not None and out.stat().st_size > 1000
    assert store.people.get(person.id).name == name


# -- 11. words a carer uses ---------------------------------------------------------------------------------------

def test_source_keys_are_footnote_numbers_not_brackets_in_the_text(make_app):
    w = make_app().window
    w.show_info("emergency")
    info = w.pages["info"]
    shown = info.browser.toPlainText()
    assert "[Overdosage label]" not in shown and "[Pump label]" not in shown
    assert "Sources: 1, 5" in shown and "1. Overdosage label:" in shown
    html = info.browser.toHtml()
    assert 'href="#sources"' in html
    printed = info.print_document("emergency").toPlainText()
    assert "[Pump label]" not in printed


def test_plain_words_on_the_diary_form_and_the_plan_checks(make_app, store):
    from caregiver_app.domain.plans import KINDS

    store.people.save(Person(name="Ann"))
    w = make_app(store=store).window
    form = w.pages["diary"].form
    labels = " ".join(lab.text() for lab in form.findChildren(type(form.status)))
    assert "(type 0–4)" not in labels and "press 0 to 4" in labels
    assert KINDS["titration"].startswith("Building up") and KINDS["taper"].startswith("Lowering")


# -- the check-in window (issue 16) follows items 1, 2 and 7 ----------------------------------------------------------

def _checkin_window(make_app, store, clock, prompts=None):
    from caregiver_app.domain.plans import Plan, PlanStep
    from caregiver_app.domain.schedules import TimeDose

    person, med, _rec = add_baclofen(store)
    store.settings.set("reminders_checked_from", store.now_db())
    doses = tuple(TimeDose(datetime.strptime(t, "%H:%M").time(), m) for t, m in (("08:00", 10), ("14:00", 10),
                                                                                  ("20:00", 5)))
    app = make_app(store=store, prompts=prompts)
    app.ctx.services.plans.save(Plan(person_id=person.id, medicine_id=med.id, name="Taper from Dr Lee", active=True,
                                     steps=(PlanStep(date(2026, 11, 23), 7, doses),)))
    clock._now = datetime(2026, 11, 23, 20, 1, tzinfo=UTC)
    app.window.allow_close = True
    app.start_reminders()
    win = app.reminders.checkin_window
    assert win.isVisible() and win.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    return app, win


def test_the_danger_sign_window_from_the_checkin_is_parented_modal_and_on_top(make_app, store, clock):
    app, win = _checkin_window(make_app, store, clock)
    panel = next(iter(win.panels.values()))
    panel.boxes["fever"].setChecked(True)
    dlg = win.dialogs[panel.checkin.key]
    assert dlg.isVisible() and dlg.parentWidget() is win
    assert dlg.windowModality() == Qt.WindowModality.WindowModal
    assert dlg.windowFlags() & Qt.WindowType.WindowStaysOnTopHint     # in front of the check-in, never behind
    assert Prompts(win)._own(QMessageBox(win)).windowFlags() & Qt.WindowType.WindowStaysOnTopHint


@pytest.mark.parametrize("size", ["normal", "extra_large"])
def test_the_checkin_window_fits_a_laptop_screen_at_every_text_size(make_app, store, clock, qtbot, size):
    from caregiver_app.ui.theme import TEXT_SIZES, apply_text_size
    from caregiver_app.ui.window_fit import FRAME
    from ui.test_keyboard_walk import mnemonic_problems, tab_problems
    from ui.test_text_fits import text_problems

    app, win = _checkin_window(make_app, store, clock)
    try:
        app.apply_settings({"text_size": size})   # while the window is open: it is fitted again
        for _ in range(3):
            QApplication.processEvents()
        screen = win.screen().availableGeometry()
        assert win.width() + FRAME[0] <= screen.width() and win.height() + FRAME[1] <= screen.height()
        assert text_problems(win, TEXT_SIZES[size]) == []
        assert mnemonic_problems(win) == [] and tab_problems(qtbot, win) == []
    finally:
        apply_text_size(QApplication.instance(), "normal")
