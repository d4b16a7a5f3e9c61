"""The main window as a user meets it: pages, people, settings, closing, tray, errors."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app.domain.people import Person
from caregiver_app.storage.dump import dump_tables
from caregiver_app.ui.main_window import PAGE_ORDER
from caregiver_app.ui.people import PeopleDialog, PersonDialog
from helpers import FakePrompts, activate


def visible_text(page):
    return page.stack.currentWidget().findChildren(type(page.title_label))


def test_empty_store_every_page_says_what_to_do(make_app, qtbot):
    app = make_app()
    w = app.window
    app.show()
    activate(qtbot, w)
    for i, key in enumerate(PAGE_ORDER):
        qtbot.keyClick(w, Qt.Key.Key_1 + i, Qt.KeyboardModifier.ControlModifier)
        assert w.current_page() is w.pages[key]
        page = w.pages[key]
        if key != "info":
            assert page.stack.currentWidget() is page.empty
            assert "Nobody to care for yet" in page.empty.label.text()
            assert page.empty.button.text() == "Add a person…"


def test_demo_data_every_page_shows_whose_data(make_app, demo_store, qtbot):
    app = make_app(store=demo_store)
    w = app.window
    app.show()
    qtbot.waitExposed(w)
    assert w.person_combo.currentText() == "Sam Example (demo)"
    assert "Sam Example (demo)" in w.windowTitle()
    for key in PAGE_ORDER:
        w.show_page(key)
        page = w.pages[key]
        if key != "info":
            assert page.whose.text() == "For: Sam Example (demo)"
            assert page.stack.currentWidget() is page.content, key


def test_first_paint_starts_background_services(make_app, qtbot):
    app = make_app(services=True)
    app.show()
    qtbot.waitUntil(lambda: app.scheduler_started, timeout=3000)
    assert app.first_paint_at is not None


def test_add_person_through_the_form(make_app, qtbot, monkeypatch):
    app = make_app()
    w = app.window
    dlg = PersonDialog(app.ctx, None, w)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.name, "Grandad Joe")
    qtbot.keyClicks(dlg.dob, "1941-06-30")
    dlg.kidney.setChecked(True)
    qtbot.keyClicks(dlg.emergency, "Ann 0123 456")
    dlg.try_save()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.saved.name == "Grandad Joe" and dlg.saved.kidney_reduced
    w.reload_people(dlg.saved.id)
    assert w.person_combo.currentText() == "Grandad Joe"
    assert w.pages["today"].whose.text() == "For: Grandad Joe"


@pytest.mark.parametrize("name, dob, expect_field, expect_text", [
    ("", "", "name", "Please enter name"),
    ("Joe", "31/02/1950", "date_of_birth", "no such day"),   # 31/12/1950 is now understood (issue 13, item 9)
    ("Joe", "sometime in 1950", "date_of_birth", "write a date like"),
    ("Joe", "31/12/50", "date_of_birth", "year in full"),
    ("Joe", "1850-01-01", "date_of_birth", "before 1900"),
    ("Joe", "2099-01-01", "date_of_birth", "in the future"),
])
def test_bad_input_in_the_form_keeps_what_was_typed(make_app, qtbot, name, dob, expect_field, expect_text):
    app = make_app()
    before = dump_tables(app.store)
    dlg = PersonDialog(app.ctx, None, app.window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name.setText(name)
    dlg.dob.setText(dob)
    dlg.notes.setPlainText("Some notes I typed")
    dlg.try_save()
    assert dlg.isVisible() and dlg.saved is None
    assert expect_text in dlg.errors[expect_field].text()
    assert dlg.errors[expect_field].isVisible() or not dlg.isVisible()
    assert dlg.name.text() == name and dlg.dob.text() == dob
    assert dlg.notes.toPlainText() == "Some notes I typed"
    assert dump_tables(app.store) == before


def test_huge_note_is_refused_and_kept_in_the_form(make_app, qtbot):
    app = make_app()
    dlg = PersonDialog(app.ctx, None, app.window)
    qtbot.addWidget(dlg)
    big = "x" * (10 * 1024 * 1024)
    dlg.name.setText("Joe")
    dlg.notes.setPlainText(big)
    dlg.try_save()
    assert dlg.saved is None and "too long" in dlg.errors["notes"].text()
    assert len(dlg.notes.toPlainText()) == len(big)
    assert app.store.people.list() == []


def test_switching_person_changes_every_page(make_app, store, qtbot):
    a = store.people.save(Person(name="Ann"))
    b = store.people.save(Person(name="Bob"))
    app = make_app(store=store)
    w = app.window
    assert w.person_combo.count() == 2
    w.person_combo.setCurrentIndex(w.person_combo.findData(b.id))
    assert all(p.whose.text() == "For: Bob" for k, p in w.pages.items() if k != "info")
    assert store.settings.get("current_person_id") == b.id
    # A restart remembers who was selected.
    w2 = make_app(store=store).window
    assert w2.person_combo.currentText() == "Bob"
    assert a.id != b.id


def test_archive_asks_and_can_be_undone(make_app, store, qtbot, monkeypatch):
    store.people.save(Person(name="Ann"))
    app = make_app(store=store)
    w = app.window
    dlg = PeopleDialog(app.ctx, w.undo_stack, w)
    qtbot.addWidget(dlg)
    dlg.prompts = FakePrompts(confirm=False)
    dlg.toggle_archive()
    assert [r.name for r in store.people.list()] == ["Ann"]
    dlg.prompts = FakePrompts(confirm=True)
    dlg.toggle_archive()
    assert store.people.list() == []
    assert w.person_combo.count() == 0
    assert "(archived)" in dlg.list.item(0).text()
    w.undo_stack.undo()
    assert [r.name for r in store.people.list()] == ["Ann"]
    assert w.person_combo.currentText() == "Ann"
    w.undo_stack.redo()
    assert store.people.list() == []


def test_no_tray_close_warns_and_can_keep_running(make_app, qtbot, fake_prompts):
    fake_prompts.confirm_answer = False
    app = make_app(tray_available=False, prompts=fake_prompts)
    app.show()
    app.window.close()
    assert ("confirm", "Quit Caregiver Assistant?") in fake_prompts.asked
    assert app.window.isVisible() and not app.quitting
    fake_prompts.confirm_answer = True
    app.window.close()
    assert app.quitting and not app.window.isVisible()


def test_with_tray_close_hides_and_explains_once(make_app, qtbot, fake_prompts, monkeypatch):
    monkeypatch.setattr("caregiver_app.ui.tray.QSystemTrayIcon.show", lambda self: None)
    app = make_app(tray_available=True, prompts=fake_prompts)
    app.show()
    assert app.tray is not None
    app.window.close()
    assert not app.window.isVisible() and not app.quitting
    assert fake_prompts.asked.count(("info", "Still running in the tray")) == 1
    app.tray.open_requested.emit()
    assert app.window.isVisible()
    app.window.close()
    assert fake_prompts.asked.count(("info", "Still running in the tray")) == 1
    app.tray.quit_action.trigger()
    assert app.quitting


def test_tray_menu_pause_for_an_hour(make_app, clock, qtbot, monkeypatch):
    monkeypatch.setattr("caregiver_app.ui.tray.QSystemTrayIcon.show", lambda self: None)
    app = make_app(tray_available=True)
    assert [a.text() for a in app.tray.menu.actions() if a.text()] == [
        "&Open Caregiver Assistant", "&Pause reminders for 1 hour", "&Quit (reminders stop)"]
    app.tray.pause_action.trigger()
    assert app.paused_until() == clock.now_utc() + timedelta(hours=1)
    assert "Reminders paused until 11:00" in app.window.pause_label.text()
    clock.advance(timedelta(hours=1, minutes=1))
    assert app.paused_until() is None


def test_settings_change_text_size_and_start_at_login(make_app, tmp_path, qtbot):
    app = make_app()
    base = QApplication.font().pointSize()
    app.apply_settings({"text_size": "extra_large", "start_at_login": True, "reminder_sound": False})
    assert QApplication.font().pointSize() == 18 and base == 12
    from caregiver_app.system.autostart import FILE_NAME  # named after the application id (issue 15)

    entry = tmp_path / "autostart" / FILE_NAME
    assert "Exec=" in entry.read_text() and "caregiver_app" in entry.read_text()
    assert app.store.settings.get("reminder_sound") is False
    app.apply_settings({"text_size": "normal", "start_at_login": False})
    assert not entry.exists() and QApplication.font().pointSize() == 12


def test_unexpected_exception_shows_report_and_app_keeps_running(make_app, qtbot, monkeypatch):
    from caregiver_app.ui.errors import ErrorReportDialog, ExceptionHook

    shown = []
    monkeypatch.setattr(ErrorReportDialog, "exec", lambda self: shown.append(self.text.toPlainText()))
    app = make_app()
    hook = ExceptionHook(lambda: app.window)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert shown and "RuntimeError: boom" in shown[0] and "Caregiver Assistant" in shown[0]
    assert app.window is not None


def test_every_control_in_the_top_bar_has_an_accessible_name(make_app):
    w = make_app().window
    for widget in (w.person_combo, w.people_button, w.emergency_button, w.nav):
        assert widget.accessibleName()


def test_emergency_signs_are_one_click_away(make_app, qtbot):
    app = make_app()
    w = app.window
    app.show()
    activate(qtbot, w)
    qtbot.mouseClick(w.emergency_button, Qt.MouseButton.LeftButton)
    assert w.current_page() is w.pages["info"]
    assert "emergency" in w.pages["info"].browser.source().toString()
    w.show_page("today")
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert w.current_page() is w.pages["info"]


def test_plans_page_shows_the_plan_with_todays_step(make_app, demo_store):
    page = make_app(store=demo_store).window.pages["plans"]
    assert page.stack.currentWidget() is page.content
    rows = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert rows[:4] == ["15 mg", "30 mg", "45 mg", "60 mg"]
    assert sum("← today" in t for t in rows) == 1
    assert "Today's step: 60 mg a day" in page.summary_label.text()


def test_plans_page_asks_to_check_a_taper_that_stops_too_fast(make_app, store, qtbot):
    from helpers import add_baclofen

    r, med, _ = add_baclofen(store)
    now = "2026-11-01T00:00:00Z"
    with store.transaction():
        pid = store.conn.execute(
            "INSERT INTO plans (person_id, medicine_id, name, kind, active, created_at, updated_at)"
            " VALUES (?, ?, 'Taper from Dr Lee', 'taper', 1, ?, ?)", (r.id, med.id, now, now)).lastrowid
        for seq, (start, days, mg) in enumerate([("2026-11-20", 3, 10.0), ("2026-11-23", 2, 5.0),
                                                 ("2026-11-25", 3, 0.0)]):
            store.conn.execute("INSERT INTO plan_steps (plan_id, seq, start_date, days, doses) VALUES (?, ?, ?, ?, ?)",
                               (pid, seq, start, days, f'[["08:00", {mg}], ["14:00", {mg}], ["20:00", {mg}]]'))
    w = make_app(store=store).window
    page = w.pages["plans"]
    text = page.warning_label.text()
    assert not page.warning_label.isHidden()
    assert "Taper from Dr Lee" in text and "from 30 mg a day to none in 2 days" in text and "doctor or nurse" in text
    page.warning_label.linkActivated.emit("stopping#app-warning")
    assert w.current_page() is w.pages["info"]


def test_plans_page_has_no_warning_for_a_rising_plan(make_app, demo_store):
    page = make_app(store=demo_store).window.pages["plans"]
    assert page.warning_label.isHidden()


def test_pages_follow_selection_made_by_assistive_tech(make_app):
    w = make_app().window
    w.nav.item(2).setSelected(True)   # what switch access / AT-SPI selection does
    assert w.current_page() is w.pages["diary"]
    assert w.menuBar().accessibleName() == "Menu"


def test_tray_explanation_does_not_block(make_app, monkeypatch):
    from caregiver_app.ui.prompts import Prompts

    app = make_app(tray_available=True, prompts=Prompts())
    monkeypatch.setattr("caregiver_app.ui.tray.QSystemTrayIcon.show", lambda self: None)
    monkeypatch.setattr("caregiver_app.ui.tray.QSystemTrayIcon.showMessage", lambda *a: None)
    app.show()
    app.window.close()      # returns at once: the explanation is not modal, reminders stay usable
    from PySide6.QtWidgets import QApplication

    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    assert boxes and not boxes[0].isModal()
    boxes[0].close()


def test_shortcuts_work_from_the_start(make_app, qtbot):
    w = make_app().window
    assert w.settings_action.shortcut().toString() == "Ctrl+,"
    undo = [a for a in w.findChildren(QAction) if a.text() == "&Undo"]
    assert undo and "Ctrl+Z" in [k.toString() for k in undo[0].shortcuts()]
