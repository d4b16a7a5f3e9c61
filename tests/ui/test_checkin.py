"""The dose-change companion on screen: the check-in window from the reminders, Today, the person's form, the
pump refill, the Plans calendar; keyboard first, a danger sign acted on the moment it is ticked."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt

from caregiver_app.domain.plans import Plan, PlanStep
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.ui.checkin import CheckinWindow
from caregiver_app.ui.people import PersonDialog
from helpers import FakePrompts, activate, add_baclofen

TODAY = date(2026, 11, 23)


def _taper(store, person, med, start=TODAY):
    doses = tuple(TimeDose(time.fromisoformat(t), m) for t, m in (("08:00", 10), ("14:00", 10), ("20:00", 5)))
    from caregiver_app.services import Services

    return Services(store, store.clock).plans.save(
        Plan(person_id=person.id, medicine_id=med.id, name="Taper from Dr Lee", active=True,
             steps=(PlanStep(start, 7, doses),)))


def _ann_on_taper(store):
    person, med, rec = add_baclofen(store)
    store.settings.set("reminders_checked_from", store.now_db())   # no earlier dose is 'missed'
    _taper(store, person, med)
    return person, med


def test_the_checkin_arrives_at_its_time_and_enter_answers_none(make_app, store, clock, qtbot):
    person, _ = _ann_on_taper(store)
    app = make_app(store=store)
    app.start_reminders()
    ctl = app.reminders
    assert ctl._checkin_window is None   # nothing due yet: not even built
    assert datetime(2026, 11, 23, 20, 0, tzinfo=UTC) in ctl.scheduler.wake_times()
    clock._now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    ctl.review_now("wake")
    win = ctl.checkin_window
    assert win.isVisible() and list(win.panels) == [(person.id, "2026-11-23")]
    panel = win.panels[(person.id, "2026-11-23")]
    assert "Dose lowered to 25 mg a day" in panel.what.text() and "check-in 1 of 7" in panel.what.text()
    assert panel.none_btn.isDefault() and panel.none_btn.hasFocus() or win.focusWidget() is panel.none_btn
    activate(qtbot, win)
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)
    assert not win.panels and not win.isVisible()
    saved = store.diary.checkins(person.id, TODAY, TODAY)[TODAY]
    assert saved.red_flags == () and saved.checkin.startswith("reduction:")
    # Today says it is answered; the Diary list says it is a check-in.
    today = app.window.pages["today"]
    today.refresh()
    assert "answered today" in today.checkin_line.text() and not today.checkin_btn.isVisible()


def test_a_danger_sign_ticked_shows_what_to_do_at_once_and_records_it(make_app, store, clock, qtbot):
    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 23, 20, 1, tzinfo=UTC)
    app = make_app(store=store)
    app.start_reminders()
    win = app.reminders.checkin_window
    panel = next(iter(win.panels.values()))
    panel.boxes["fever"].setChecked(True)
    dlg = win.dialogs[panel.checkin.key]
    assert dlg.isVisible() and "fever" in dlg.recorded.text().lower()
    assert dlg.windowTitle() == "Danger sign recorded — act now"   # saved there and then
    entry = store.diary.checkins(person.id, TODAY, TODAY)[TODAY]
    assert entry.red_flags == ("fever",)
    # The window still holds the check-in (recorded, not finished: the change it made redrew the window).
    assert list(win.panels.values()) == [panel] and win.isVisible() and panel.isVisibleTo(win)
    # More can be added after; Save updates the same entry (one answer a day).
    panel.spasticity.setText("8")
    panel.note.setText("hot and stiff")
    assert panel.save_btn.isDefault() and not panel.none_btn.isEnabled()
    panel.save_btn.click()
    entry = store.diary.checkins(person.id, TODAY, TODAY)[TODAY]
    assert (entry.spasticity, entry.notes, entry.red_flags) == (8, "hot and stiff", ("fever",))
    assert len(list(store.diary.iter_entries(person.id))) == 1
    # The emergency page is one click away from the window.
    win.open_emergency_info.emit()
    assert app.window.current_page() is app.window.pages["info"]


def test_two_people_at_the_same_minute_in_one_window(make_app, store, clock):
    a, ma, _ = add_baclofen(store, "Ann")
    b, mb, _ = add_baclofen(store, "Bob")
    store.settings.set("reminders_checked_from", store.now_db())
    _taper(store, a, ma)
    _taper(store, b, mb)
    clock._now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    app = make_app(store=store)
    app.start_reminders()
    win = app.reminders.checkin_window
    assert [p.title() for p in win.panels.values()] == ["Ann", "Bob"]
    next(iter(win.panels.values())).none_btn.click()
    assert [p.title() for p in win.panels.values()] == ["Bob"] and win.isVisible()


def test_later_keeps_it_on_today_and_today_can_answer_it(make_app, store, clock, qtbot):
    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    app = make_app(store=store)
    app.start_reminders()
    win = app.reminders.checkin_window
    next(iter(win.panels.values())).later_btn.click()
    assert not win.isVisible()
    app.reminders.review_now("wake")
    assert not win.isVisible()   # put off: not popped up again
    today = app.window.pages["today"]
    today.refresh()
    assert "waiting for an answer" in today.checkin_line.text() and today.checkin_btn.isVisibleTo(today)
    today.checkin_btn.click()
    # One check-in window: Today opens the reminders' own, and a later review keeps it there.
    assert today._checkin_window is None and win.isVisible()
    app.reminders.review_now("wake")
    assert win.isVisible() and len(win.panels) == 1
    next(iter(win.panels.values())).none_btn.click()
    assert store.diary.checkins(person.id, TODAY, TODAY)


def test_answered_elsewhere_while_shown_is_refused_in_words(make_app, store, clock):
    """The command line (or a second window) answered first: the window says so and keeps nothing twice."""
    from caregiver_app.services import Services

    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    prompts = FakePrompts()
    app = make_app(store=store, prompts=prompts)
    app.start_reminders()
    win = app.reminders.checkin_window
    panel = next(iter(win.panels.values()))
    other = Services(store, clock)   # another process's services on the same file
    other.checkins.none_of_these(other.checkins.today(person.id))
    panel.none_btn.click()
    assert ("info", "Already answered") in prompts.asked
    assert len(list(store.diary.iter_entries(person.id))) == 1


def test_a_missed_checkin_is_offered_once_on_start(make_app, store, clock):
    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)   # closed for two evenings
    store.settings.set("reminders_checked_from", store.now_db())
    app = make_app(store=store)
    app.start_reminders()
    win = app.reminders.checkin_window
    assert [k for k in win.panels] == [(person.id, "2026-11-24")]   # the latest only, never a burst
    assert "not answered on the day" in next(iter(win.panels.values())).what.text()
    win.close()
    app.reminders.stop()
    app2 = make_app(store=store)
    app2.start_reminders()
    assert app2.reminders._checkin_window is None   # offered once: not again at the next start


def test_the_person_form_sets_the_days_and_time(make_app, store, qtbot):
    person, _ = _ann_on_taper(store)
    app = make_app(store=store)
    dlg = PersonDialog(app.ctx, store.people.get(person.id), app.window)
    qtbot.addWidget(dlg)
    assert dlg.checkin_days.value() == 7 and dlg.checkin_time.text() == ""
    dlg.checkin_time.setText("25:00")
    dlg.try_save()
    assert dlg.result() != dlg.DialogCode.Accepted and "not a time of day" in dlg.errors["checkin_time"].text()
    assert dlg.checkin_time.text() == "25:00"   # kept as typed
    dlg.checkin_time.setText("19:30")
    dlg.checkin_days.setValue(14)
    dlg.try_save()
    saved = store.people.get(person.id)
    assert saved.checkin_days == 14 and saved.checkin_time == time(19, 30)
    assert dlg.checkin_days.specialValueText() == "No check-ins"


def test_pump_refilled_today_from_the_medicines_page(make_app, store, clock):
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.people import Person

    person = store.people.save(Person(name="Dee"))
    store.medicines.save(Medicine(person_id=person.id, name="Lioresal Intrathecal", form="intrathecal",
                                  ingredient="baclofen"))
    prompts = FakePrompts(text="2026-13-40")
    app = make_app(store=store, prompts=prompts)
    page = app.window.pages["medicines"]
    app.window.show_page("medicines")
    page.refresh()
    assert page.refill_btn.isVisibleTo(page) and page.refill_btn.isEnabled()
    page.refill_btn.click()
    assert prompts.asked[-1] == ("error", "Refill not recorded")
    assert store.watch.for_person(person.id, TODAY, TODAY) == []
    prompts.text = "2027-02-20"
    page.refill_btn.click()
    assert [e.kind for e in store.watch.for_person(person.id, TODAY, TODAY)] == ["refill"]
    assert store.medicines.list_for(person.id)[0].pump_refill_date == date(2027, 2, 20)


def test_the_plans_calendar_marks_the_checkin_days(make_app, store):
    person, _ = _ann_on_taper(store)
    app = make_app(store=store)
    page = app.window.pages["plans"]
    app.window.show_page("plans")
    page.refresh()
    cal = page.calendar
    assert sorted(cal.checkins) == [TODAY + timedelta(days=i) for i in range(7)]
    assert "Check-in 1 of 7 (not answered)" in cal.checkins[TODAY]
    from PySide6.QtCore import QDate

    assert cal.calendar.dateTextFormat(QDate(2026, 11, 24)).fontItalic()
    assert not cal.calendar.dateTextFormat(QDate(2026, 12, 5)).fontItalic()


def test_checkin_window_alone_for_the_keyboard(qtbot, ctx, store, clock):
    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    c = ctx.services.checkins.today(person.id)
    win = CheckinWindow(ctx)
    qtbot.addWidget(win)
    win.set_checkins([c])
    panel = win.panels[c.key]
    # Every control has a name a screen reader says; the danger signs say they are danger signs.
    for box in panel.boxes.values():
        assert box.accessibleName().startswith(("Danger sign: ", "Side effect: "))
    assert panel.spasticity.accessibleName() and panel.note.accessibleName()
    assert panel.spasticity.text() == "" and panel.spasticity_value() == (None, "")
    # A digit typed into the box is taken (a box that ignored it once lost the score).
    panel.spasticity.setFocus()
    qtbot.keyClicks(panel.spasticity, "4")
    assert panel.spasticity_value() == (4, "")
    panel.spasticity.setText("11")
    assert "0 (none) to 10" in panel.spasticity_value()[1]
    panel.none_btn.click()
    assert "0 (none) to 10" in panel.status.text() and not store.diary.checkins(person.id, TODAY, TODAY)
    panel.spasticity.setText("6")
    panel.none_btn.click()
    assert store.diary.checkins(person.id, TODAY, TODAY)[TODAY].spasticity == 6


def test_the_window_fits_what_it_asks_and_enter_never_answers_unseen(qtbot, ctx, store, clock):
    from PySide6.QtCore import QPoint

    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    c = ctx.services.checkins.today(person.id)
    win = CheckinWindow(ctx)
    qtbot.addWidget(win)
    win.set_checkins([c])
    win.show()
    panel = win.panels[c.key]
    qtbot.waitExposed(win)
    # At an ordinary size the whole panel shows: the answers are not below the fold.
    bottom = panel.later_btn.mapTo(win.scroller.viewport(), QPoint(0, panel.later_btn.height()))
    assert win.fits and bottom.y() <= win.scroller.viewport().height()
    assert panel.none_btn.isDefault()
    # Where it cannot all show (here: very large text), Enter answers nothing: the first sign has the focus and
    # no answer is the default.
    from PySide6.QtGui import QFont

    big = QFont(win.font())
    big.setPointSize(40)
    win.setFont(big)
    win.set_checkins([c])
    assert not win.fits
    assert not panel.none_btn.isDefault() and not panel.save_btn.isDefault()
    assert win.focusWidget() is next(iter(panel.boxes.values()))


def test_escape_puts_it_off_like_closing(qtbot, ctx, store, clock):
    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    c = ctx.services.checkins.today(person.id)
    win = CheckinWindow(ctx)
    qtbot.addWidget(win)
    win.set_checkins([c])
    win.show()
    put_off = []
    win.answered.connect(put_off.append)
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert not win.isVisible() and not win.panels and c.key in win.put_off and put_off == [c]


def test_yesterdays_unanswered_checkin_stays_on_today(make_app, store, clock):
    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)   # the day after: yesterday's went unanswered
    app = make_app(store=store)
    today = app.window.pages["today"]
    today.refresh()
    assert "Yesterday's check-in was not answered" in today.checkin_line.text()
    assert "check-in 2 of 7 at 20:00" in today.checkin_line.text()   # today's is said too
    assert today.checkin_btn.text().replace("&", "") == "Answer yesterday's check-in…"
    today.checkin_btn.click()
    win = today._checkin_window
    panel = next(iter(win.panels.values()))
    assert panel.checkin.day == TODAY and "answer it now for that day" in panel.what.text()
    panel.none_btn.click()
    assert store.diary.checkins(person.id, TODAY, TODAY)
    today.refresh()
    assert "Yesterday" not in today.checkin_line.text()


def test_a_danger_sign_answer_says_so_on_today(make_app, store, clock):
    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 23, 20, 1, tzinfo=UTC)
    app = make_app(store=store)
    services = app.ctx.services
    services.checkins.answer(services.checkins.today(person.id), flags=["fever"])
    today = app.window.pages["today"]
    today.refresh()
    assert "danger sign recorded: High fever" in today.checkin_line.text()


def test_a_checkin_waits_behind_the_missed_doses_window_without_the_keyboard(make_app, store, clock):
    person, _ = _ann_on_taper(store)
    store.settings.set("reminders_checked_from", "2026-11-23T07:00:00Z")   # the 08:00 and 14:00 doses missed
    clock._now = datetime(2026, 11, 23, 20, 1, tzinfo=UTC)
    app = make_app(store=store)
    app.start_reminders()
    ctl = app.reminders
    assert ctl._missed_window is not None and ctl._missed_window.isVisible()
    win = ctl.checkin_window
    assert win.isVisible() and ctl._checkin_waiting
    assert win.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    for w in (ctl._missed_window, ctl._reminder_window):   # answered (the 20:00 dose is due too)
        if w is not None:
            w.hide()
    ctl._bring_waiting_checkin_forward()   # what the review after an answer does
    assert not ctl._checkin_waiting and not win.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_the_diary_list_filters_to_checkins(make_app, store, clock):
    from caregiver_app.domain.diary import DiaryEntry

    person, _ = _ann_on_taper(store)
    clock._now = datetime(2026, 11, 23, 20, 1, tzinfo=UTC)
    app = make_app(store=store)
    services = app.ctx.services
    services.checkins.none_of_these(services.checkins.today(person.id))
    store.diary.add(DiaryEntry(person_id=person.id, entry_at=clock.now_utc(), spasticity=3, notes="ordinary"))
    diary = app.window.pages["diary"]
    diary.refresh()
    assert diary.model.rowCount() == 2
    diary.checkins_only.setChecked(True)
    diary._filter_timer.timeout.emit()
    assert diary.model.rowCount() == 1
    diary.reset_filters()
    assert not diary.checkins_only.isChecked() and diary.model.rowCount() == 2
