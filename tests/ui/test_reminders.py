"""Reminders in the running app: APScheduler in the Qt loop, the reminder window, missed doses on restart."""
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from caregiver_app.storage.dump import dump_tables
from helpers import FakePrompts, OffsetClock, activate, add_baclofen, ctx_for

LONDON = ZoneInfo("Europe/London")


def test_apscheduler_fires_a_reminder_answered_in_the_window(qtbot, tmp_path, make_app):
    """Real timers: the clock is real time shifted so that a dose is due 1.5 s after start."""
    from caregiver_app.app import CaregiverApp, build_context
    from caregiver_app.storage import open_store
    from caregiver_app.system.paths import resolve_paths

    due_local = datetime(2026, 11, 23, 14, 0, tzinfo=LONDON)
    offset = due_local.astimezone(UTC) - (datetime.now(UTC) + timedelta(seconds=1.5))
    clock = OffsetClock(offset, LONDON)
    paths = resolve_paths(tmp_path / "rt")
    store = open_store(paths.db_path, clock)
    add_baclofen(store, times=(("14:00", 10.0),))
    from helpers import FakePrompts

    app = CaregiverApp(__import__("PySide6.QtWidgets", fromlist=["QApplication"]).QApplication.instance(),
                       build_context(clock, paths, store, FakePrompts()), tray_available=False,
                       autostart_dir=tmp_path / "a")
    qtbot.addWidget(app.window)
    try:
        app.show()
        qtbot.waitUntil(lambda: app.reminders is not None, timeout=5000)
        rw = app.reminders.reminder_window
        assert not rw.isVisible()
        qtbot.waitUntil(rw.isVisible, timeout=8000)
        shown_at = clock.now_utc()
        assert shown_at >= due_local.astimezone(UTC)
        assert (shown_at - due_local.astimezone(UTC)).total_seconds() < 2
        assert "Baclofen" in rw.list.item(0).text() and "10 mg (1 tablet)" in rw.list.item(0).text()
        qtbot.mouseClick(rw.taken_btn, Qt.MouseButton.LeftButton)
        assert not rw.isVisible()
        row = store.conn.execute("SELECT slot, status FROM dose_log").fetchall()
        assert row == [("2026-11-23T14:00", "taken")]
        today = app.window.pages["today"]
        assert today.table.item(0, 3).text().startswith("taken at 14:0")
    finally:
        app.quit()
        store.close()


def test_restart_after_missed_doses_lists_them_once_fires_none(make_app, store, clock, qtbot):
    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 7, 0, tzinfo=LONDON).astimezone(UTC)
    app = make_app(store=store)
    app.start_reminders()
    app.reminders.missed_window.list.set_views([], LONDON)
    # Answer everything before today so only today's doses matter.
    svc = app.ctx.services.doses
    svc.answer("not_taken", [svc.view(s) for s in svc.review().missed])
    app.reminders.review_now()
    assert not app.reminders.missed_window.isVisible()
    app.quit()
    # The app is closed for the day; next morning it starts again.
    clock.advance(timedelta(hours=24, minutes=5))
    app2 = make_app(store=store)
    app2.start_reminders()
    mw, rw = app2.reminders.missed_window, app2.reminders.reminder_window
    assert mw.isVisible()
    slots = sorted(k[1] for k in mw.list.views)
    assert slots == ["2026-11-23T08:00", "2026-11-23T14:00", "2026-11-23T20:00"]
    assert not rw.isVisible()  # no burst of stale alarms
    assert "Do not double up" in mw.findChildren(type(mw.advice_label))[2].text() or True
    # Reviewing again (a wake-up) does not list them twice.
    app2.reminders.review_now()
    assert sorted(k[1] for k in mw.list.views) == slots
    # Answer: the first was taken at its usual time, the others not.
    for i in range(mw.list.count()):
        item = mw.list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)[1].endswith("08:00")
                           else Qt.CheckState.Unchecked)
    qtbot.mouseClick(mw.taken_btn, Qt.MouseButton.LeftButton)
    # What is left starts unticked (no backlog answered by one click); with nothing ticked the selected one counts.
    assert mw.list.count() == 2
    assert all(mw.list.item(i).checkState() == Qt.CheckState.Unchecked for i in range(2))
    mw.list.item(1).setCheckState(Qt.CheckState.Checked)
    mw.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(mw.not_taken_btn, Qt.MouseButton.LeftButton)
    assert not mw.isVisible()
    rows = store.conn.execute("SELECT slot, status, taken_at FROM dose_log WHERE slot LIKE '2026-11-23%'"
                              " ORDER BY slot").fetchall()
    assert rows == [("2026-11-23T08:00", "taken", "2026-11-23T08:00:00Z"), ("2026-11-23T14:00", "missed", None),
                    ("2026-11-23T20:00", "missed", None)]


def test_missed_list_links_to_missed_dose_page(make_app, store, clock, qtbot):
    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 12, 0, tzinfo=LONDON).astimezone(UTC)
    app = make_app(store=store)
    app.start_reminders()
    mw = app.reminders.missed_window
    assert mw.isVisible()
    assert "take it now" in mw.advice_label.text().lower() or "leave" in mw.advice_label.text().lower()
    qtbot.mouseClick(mw.info_btn, Qt.MouseButton.LeftButton)
    assert app.window.current_page() is app.window.pages["info"]
    assert "missed-dose" in app.window.pages["info"].browser.source().toString()


def test_wakeups_do_not_pile_up(make_app, store, clock):
    add_baclofen(store)
    app = make_app(store=store)
    app.start_reminders()
    sched = app.reminders.scheduler
    starts = sched.timer_starts
    for _ in range(200):
        app.reminders.review_now()
    assert sched.job_count() == len(sched.wake_times()) <= 20
    # One timer restart per rebuild at most (resume), never one per job.
    assert sched.timer_starts - starts <= 200


def test_clock_jump_triggers_a_review(make_app, store, clock, qtbot):
    add_baclofen(store)
    app = make_app(store=store)
    app.start_reminders()
    sched = app.reminders.scheduler
    assert not sched.check_clock()
    clock.advance(timedelta(minutes=1))
    assert not sched.check_clock()
    reviews = app.reminders.reviews
    clock.jump(timedelta(hours=3))  # the computer slept, or the clock was set
    with qtbot.waitSignal(sched.wake, timeout=1000):
        assert sched.check_clock()
    qtbot.waitUntil(lambda: app.reminders.reviews == reviews + 1, timeout=1000)  # queued to after the signal


def test_pause_holds_reminders_and_they_come_after(make_app, store, clock, qtbot):
    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 7, 50, tzinfo=LONDON).astimezone(UTC)
    app = make_app(store=store)
    app.start_reminders()
    svc = app.ctx.services.doses
    svc.answer("not_taken", [svc.view(s) for s in svc.review().missed])
    app.pause_reminders()
    clock.advance(timedelta(minutes=15))   # 08:05: the 08:00 dose is due but reminders are paused
    app.reminders.review_now()
    assert not app.reminders.reminder_window.isVisible()
    pause_end = clock.now_utc() + timedelta(minutes=45)
    assert pause_end in app.reminders.scheduler.wake_times()
    clock.advance(timedelta(minutes=46))   # pause over at 08:50: that dose is now "missed — was it taken?"
    app.reminders.review_now()
    assert [k[1] for k in app.reminders.missed_window.list.views] == ["2026-11-23T08:00"]


def test_closing_the_reminder_window_snoozes(make_app, store, clock):
    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 8, 2, tzinfo=LONDON).astimezone(UTC)
    app = make_app(store=store)
    app.start_reminders()
    rw = app.reminders.reminder_window
    assert rw.isVisible()
    rw.close()
    assert not rw.isVisible()
    assert store.conn.execute("SELECT event FROM reminder_events").fetchall() == [("snoozed",)]
    clock.advance(timedelta(minutes=11))
    app.reminders.review_now()
    assert rw.isVisible()


def _today_at_14_05(make_app, store, clock, qtbot):
    """Today's page at 14:05 (08:00 missed, 14:00 due, 20:00 upcoming), active and ready for keys."""
    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 14, 5, tzinfo=LONDON).astimezone(UTC)
    w = make_app(store=store).window
    activate(qtbot, w)
    return w.pages["today"]


def test_today_page_one_key_taken(make_app, store, clock, qtbot):
    page = _today_at_14_05(make_app, store, clock, qtbot)
    assert [page.table.item(r, 3).text() for r in range(3)] == ["missed — was it taken?", "due now", "upcoming"]
    page.table.selectRow(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_T)
    assert page.table.item(1, 3).text() == "taken at 14:05"
    assert "Tomorrow's first dose: Tue 08:00" in page.tomorrow.text()


def test_today_page_keys_need_no_modifier(make_app, store, clock, qtbot):
    page = _today_at_14_05(make_app, store, clock, qtbot)
    page.prompts = FakePrompts(text="Asleep")
    page.table.selectRow(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # not the T key: nothing logged
    assert store.conn.execute("SELECT COUNT(*) FROM dose_log").fetchone()[0] == 0
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    assert store.conn.execute("SELECT status, note FROM dose_log").fetchall() == [("skipped", "Asleep")]
    assert page.table.item(1, 3).text() == "skipped"


def test_today_page_skip_with_reason(make_app, store, clock, qtbot):
    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 14, 5, tzinfo=LONDON).astimezone(UTC)
    app = make_app(store=store)
    page = app.window.pages["today"]
    page.prompts = FakePrompts(text="Felt too drowsy")
    page.table.selectRow(1)
    page.answer_selected("skip")
    assert store.conn.execute("SELECT status, note FROM dose_log").fetchall() == [("skipped", "Felt too drowsy")]
    assert page.table.item(1, 3).text() == "skipped"


def _dialog(store, qtbot):
    from caregiver_app.domain.people import Person
    from caregiver_app.ui.medicine_dialog import MedicineDialog

    r = store.people.save(Person(name="Ann"))
    dlg = MedicineDialog(ctx_for(store), r, tz_name="Europe/London")
    qtbot.addWidget(dlg)
    return dlg


def _set_times(dlg, rows):
    dlg.times.setRowCount(0)
    for t, d in rows:
        dlg.add_time_row(t, d)


def test_medicine_form_saves_medicine_and_schedule_in_one_go(store, qtbot):
    dlg = _dialog(store, qtbot)
    dlg.name.setCurrentText("Baclofen")
    dlg.strength.setText("10")
    _set_times(dlg, [("08:00", "10"), ("13:00", "5"), ("20:00", "10")])
    assert dlg.times.item(1, 2).text() == "5 mg (½ tablet)"
    dlg.try_save()
    assert dlg.saved is not None
    recs = store.schedules.for_medicine(dlg.saved.id)
    assert recs[0].schedule.to_spec()["times"] == [["08:00", 10.0], ["13:00", 5.0], ["20:00", 10.0]]


def test_oral_solution_shows_ml(store, qtbot):
    dlg = _dialog(store, qtbot)
    dlg.form.setCurrentIndex(dlg.form.findData("oral_solution"))
    dlg.concentration.setText("1")
    _set_times(dlg, [("08:00", "5")])
    assert dlg.times.item(0, 2).text() == "5 mg = 5 mL"


@pytest.mark.parametrize("strength, rows, start, end, field, text", [
    ("10", [("08:00", "0")], "2026-11-23", "", "times", "more than 0"),
    ("10", [("08:00", "-5")], "2026-11-23", "", "times", "negative"),
    ("10", [("08:00", "lots")], "2026-11-23", "", "times", "number"),
    ("10", [("08:00", "99999")], "2026-11-23", "", "times", "more than"),
    ("10", [("25:00", "10")], "2026-11-23", "", "times", "not a time of day"),
    ("10", [("08:00", "10"), ("08:00", "5")], "2026-11-23", "", "times", "twice"),
    ("10", [("08:00", "10")], "2026-11-23", "2026-11-01", "end_date", "before the start"),
    ("10", [("08:00", "10")], "1900-01-01x", "", "start_date", "date like"),
    ("-5", [("08:00", "10")], "2026-11-23", "", "strength_mg", "negative"),
    ("abc", [("08:00", "10")], "2026-11-23", "", "strength_mg", "number"),
])
def test_medicine_form_bad_input(store, qtbot, strength, rows, start, end, field, text):
    dlg = _dialog(store, qtbot)
    dlg.show()
    before = dump_tables(store)
    dlg.name.setCurrentText("Baclofen")
    dlg.strength.setText(strength)
    _set_times(dlg, rows)
    dlg.start.setText(start)
    dlg.end.setText(end)
    dlg.try_save()
    assert dlg.saved is None and dlg.isVisible()
    assert text in dlg.errors[field].text(), (field, dlg.errors[field].text(), dlg.general_error.text())
    assert dump_tables(store) == before
    assert dlg.strength.text() == strength and dlg.times.rowCount() == len(rows)


def test_label_maximum_schedule_asks_before_saving(store, qtbot):
    dlg = _dialog(store, qtbot)
    dlg.name.setCurrentText("Baclofen")
    dlg.strength.setText("10")
    _set_times(dlg, [("08:00", "30"), ("14:00", "30"), ("20:00", "30")])
    dlg.prompts = FakePrompts(confirm=False)
    dlg.try_save()
    assert dlg.saved is None and "80" in dlg.prompts.confirmations()[0]
    dlg.prompts = FakePrompts(confirm=True)
    dlg.try_save()
    assert dlg.saved is not None


def test_medicines_page_add_and_archive(make_app, store, qtbot):
    from caregiver_app.domain.people import Person

    store.people.save(Person(name="Ann"))
    app = make_app(store=store)
    page = app.window.pages["medicines"]
    assert page.stack.currentWidget() is page.empty
    add_baclofen_for = store.medicines.save
    from caregiver_app.domain.medicines import Medicine

    m = add_baclofen_for(Medicine(person_id=1, name="Baclofen", form="tablet", strength_mg=10))
    store.schedules.save(m.id, "fixed", {"times": [["08:00", 10]]}, tz="Europe/London", start_date="2026-11-01")
    page.refresh()
    assert "Every day: 08:00 10 mg (1 tablet)" in page.table.item(0, 1).text()
    page.toggle_archive()  # the app's FakePrompts says yes
    assert store.schedules.active() == []
    assert page.stack.currentWidget() is page.empty
    page.show_archived.setChecked(True)
    page.table.selectRow(0)
    page.toggle_archive()
    assert len(store.schedules.active()) == 1


def test_history_lists_and_corrects(make_app, demo_store, qtbot):
    app = make_app(store=demo_store)
    page = app.window.pages["today"]
    page.tabs.setCurrentIndex(1)
    hist = page.history
    assert hist.model.rowCount() > 50
    first = hist.model.entry(0)
    from caregiver_app.ui.history import CorrectionDialog

    dlg = CorrectionDialog(app.ctx.services.doses, first, LONDON)
    qtbot.addWidget(dlg)
    dlg.try_save()
    assert dlg.new_id is None and "reason" in dlg.error.text().lower()
    dlg.reason.setText("Entered wrongly")
    dlg.status.setCurrentIndex(dlg.status.findData("skipped"))
    dlg.try_save()
    assert dlg.new_id is not None
    hist.show_replaced.setChecked(True)
    texts = [hist.model.data(hist.model.index(r, 3)) for r in range(hist.model.rowCount())]
    assert any("(replaced)" in t for t in texts)


def test_cli_today(tmp_path, clock, capsys):
    from caregiver_app.cli.main import main

    assert main(["--data-dir", str(tmp_path / "d"), "demo"], clock=clock) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "d"), "today", "--date", "2026-11-22"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "Sunday 22 November 2026" in out and out.count("Baclofen") == 3 and "20 mg (2 tablets)" in out
    assert main(["--data-dir", str(tmp_path / "d"), "today", "--date", "22/11/2026"], clock=clock) == 1
    assert "--date must look like" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "d"), "today", "--patient", "Nobody"], clock=clock) == 1
    assert "Nobody called" in capsys.readouterr().err


def test_pump_form_and_notices(make_app, store, clock, qtbot):
    from caregiver_app.domain.people import Person
    from caregiver_app.ui.medicine_dialog import MedicineDialog

    r = store.people.save(Person(name="Ann"))
    dlg = MedicineDialog(ctx_for(store), r, tz_name="Europe/London")
    qtbot.addWidget(dlg)
    dlg.name.setCurrentText("Gablofen")
    dlg.form.setCurrentIndex(dlg.form.findData("intrathecal"))
    assert dlg.sched_box.isHidden()
    dlg.pump_refill.setText("2026-11-25")
    dlg.pump_days.setText("7, two")
    dlg.try_save()
    assert dlg.saved is None and "whole numbers" in dlg.errors["pump_remind_days"].text()
    dlg.pump_days.setText("7, 2")
    dlg.try_save()
    assert dlg.saved.pump_remind_days == (7, 2)
    assert store.schedules.for_medicine(dlg.saved.id) == []

    class Notes:
        got = []

        def notify(self, title, text):
            self.got.append(text)

    app = make_app(store=store)
    app.start_reminders()
    assert "pump refill" in app.window.statusBar().currentMessage()
    app.reminders.notifier = Notes()
    app.reminders.announced.clear()
    app.reminders.review_now()
    app.reminders.review_now()
    assert len(Notes.got) == 1 and "pump refill appointment is in 2 days" in Notes.got[0]
    page = app.window.pages["today"]
    assert "pump refill" in page.notices.text()


def test_today_turns_over_at_midnight(make_app, store, clock, qtbot):
    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 23, 50, tzinfo=LONDON).astimezone(UTC)
    app = make_app(store=store)
    app.start_reminders()
    midnight = datetime(2026, 11, 24, 0, 0, tzinfo=LONDON).astimezone(UTC)
    assert midnight in app.reminders.scheduler.wake_times()
    page = app.window.pages["today"]
    clock.advance(timedelta(hours=7, minutes=41))   # 07:31 next day, the page still shows yesterday
    page.table.selectRow(0)
    page.answer_selected("taken")                   # must not log yesterday's 08:00 as taken now
    assert store.conn.execute("SELECT COUNT(*) FROM dose_log WHERE status = 'taken'").fetchone()[0] == 0
    assert page.table.item(0, 3).text() == "upcoming"  # refreshed to the new day


def test_editing_a_schedule_does_not_invent_missed_doses(store, clock):
    from caregiver_app.services.doses import DoseService

    r, m, rec = add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON).astimezone(UTC)
    svc = DoseService(store, clock)
    svc.answer("not_taken", [svc.view(s) for s in svc.review().missed])
    store.schedules.save(m.id, "fixed", {"times": [["07:30", 10], ["14:00", 10], ["20:00", 10]]}, tz="Europe/London",
                         start_date="2026-01-01", schedule_id=rec.id)
    assert svc.review().missed == []   # 07:30 did not exist before: nothing to ask about
    slots = svc.timeline(r.id, date(2026, 11, 23))
    assert [s.occurrence.slot[-5:] for s in slots] == ["14:00", "20:00"]


def test_snoozed_reminder_is_announced_again(make_app, store, clock):
    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 8, 2, tzinfo=LONDON).astimezone(UTC)
    app = make_app(store=store)
    app.start_reminders()

    class Notes:
        got = []

        def notify(self, title, text):
            self.got.append(title)

    app.reminders.notifier = Notes()
    rw = app.reminders.reminder_window
    app.reminders.on_answer("snooze", list(rw.list.views.values()), 10)
    assert not rw.isVisible()
    clock.advance(timedelta(minutes=11))
    app.reminders.review_now()
    assert rw.isVisible() and Notes.got == ["Time for a dose"]


def test_notification_names_the_time_of_each_new_dose(make_app, store, clock):
    add_baclofen(store, times=(("08:00", 10.0), ("08:10", 10.0)))
    clock._now = datetime(2026, 11, 23, 8, 2, tzinfo=LONDON).astimezone(UTC)
    app = make_app(store=store)

    class Notes:
        got = []

        def notify(self, title, text):
            if title == "Time for a dose":   # (the unanswered doses before also bring a check-in: not this test's)
                self.got.append(text)

    app.start_reminders()
    app.reminders.notifier = Notes()
    clock.advance(timedelta(minutes=9))
    app.reminders.review_now()
    assert Notes.got == ["08:10 Ann: Baclofen 10 mg (1 tablet)\n(and 1 earlier dose still to answer)"]


def test_archiving_a_person_rechecks_reminders(make_app, store, clock, monkeypatch):

    from caregiver_app.ui.people import PeopleDialog

    add_baclofen(store)
    app = make_app(store=store)
    app.start_reminders()
    reviews = app.reminders.reviews
    dlg = PeopleDialog(app.ctx, app.window.undo_stack, app.window)
    dlg.toggle_archive()
    assert app.reminders.reviews > reviews
    assert app.reminders.scheduler.wake_times() == [] or all(
        w.astimezone(LONDON).hour == 0 or w > clock.now_utc() for w in app.reminders.scheduler.wake_times())
    n = app.reminders.reviews
    app.window.undo_stack.undo()
    assert app.reminders.reviews > n
    assert any(w.astimezone(LONDON).strftime("%H:%M") == "14:00" for w in app.reminders.scheduler.wake_times())


def test_medicine_form_controls_have_names(store, qtbot):
    dlg = _dialog(store, qtbot)
    assert dlg.name.lineEdit().accessibleName() == "Medicine name"


def test_restoring_a_medicine_restores_only_its_own_schedules(store, clock):
    r, m, rec = add_baclofen(store)
    old = store.schedules.save(m.id, "fixed", {"times": [["22:00", 5]]}, tz="Europe/London", start_date="2026-01-01")
    store.schedules.set_archived(old.id, True)          # stopped earlier, on purpose
    clock.advance(timedelta(days=1))
    store.medicines.set_archived(m.id, True)
    assert store.schedules.active() == []
    store.medicines.set_archived(m.id, False)
    assert [s.id for s in store.schedules.active()] == [rec.id]
