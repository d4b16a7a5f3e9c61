"""Issue 13, item 12: every page and window of the app (the self-test's walk), by keyboard. In each window on
screen: every mnemonic (Alt+letter) is used once and does something (a label's goes to a field that takes the
focus; no literal "&" is shown), and Tab, pressed again and again, reaches every control and leaves every table
and text box."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from screens import walk_every_screen


def _mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _shown(w: QWidget, window: QWidget) -> bool:
    return w.isVisible() and w.window() is window


def mnemonic_problems(window: QWidget) -> list[str]:
    """Mnemonics used twice in the window, labels whose mnemonic goes nowhere (a literal "&" is then shown)."""
    out: list[str] = []
    owners: dict[str, list[str]] = {}

    def claim(key: str | None, what: str) -> None:
        if key:
            owners.setdefault(key, []).append(what)

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            claim(_mnemonic(action.text()), f"menu {action.text()!r}")
    for w in window.findChildren(QWidget):
        if not _shown(w, window):
            continue
        if isinstance(w, QLabel) and "&" in w.text() and w.textFormat() != Qt.TextFormat.RichText \
                and not w.text().lstrip().startswith("<"):
            key = _mnemonic(w.text())
            buddy = w.buddy()
            if key is None:
                continue
            if buddy is None:
                out.append(f"label {w.text()!r}: its Alt+{key.upper()} goes nowhere (and the & is shown)")
                continue
            target = buddy.focusProxy() or buddy
            if not target.isEnabled():
                continue  # (a field not in use yet, like the spasms' severity when there were none)
            if not target.focusPolicy() & Qt.FocusPolicy.TabFocus:
                out.append(f"label {w.text()!r}: Alt+{key.upper()} goes to a {type(buddy).__name__} that cannot "
                           "take the focus")
                continue
            if target.isVisible():
                claim(key, f"label {w.text()!r}")
        elif isinstance(w, QAbstractButton):
            claim(_mnemonic(w.text()), f"{type(w).__name__} {w.text()!r}")
        elif isinstance(w, QGroupBox):
            claim(_mnemonic(w.title()), f"group {w.title()!r}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                claim(_mnemonic(w.tabText(i)), f"tab {w.tabText(i)!r}")
    for key, who in owners.items():
        if len(who) > 1:
            out.append(f"Alt+{key.upper()} is used {len(who)} times: " + ", ".join(who))
    return out


def _internal(w: QWidget) -> bool:
    """Parts of a control (a spin box's line, a combo box's list, a scroll area's viewport), not controls."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QAbstractSpinBox, QComboBox)) or (isinstance(p, QAbstractItemView) and w is not p):
            return True
        p = p.parentWidget() if not p.isWindow() else None
    return isinstance(w, QScrollBar)


def _tab_stops(window: QWidget) -> list[QWidget]:
    out = []
    for w in window.findChildren(QWidget):
        if not _shown(w, window) or not w.isEnabled() or _internal(w):
            continue
        if w.focusProxy() is not None:
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(w)
    return out


def _presses_inside(w: QWidget) -> int:
    """How many Tabs a control may keep before it must let go: a date's day, month and year, a text's links."""
    from PySide6.QtWidgets import QDateTimeEdit, QTextBrowser

    if isinstance(w, QDateTimeEdit):
        return w.sectionCount()
    if isinstance(w, QTextBrowser):
        return 40
    return 2


def _same(a: QWidget, b: QWidget) -> bool:
    return a is b or a.focusProxy() is b or b.focusProxy() is a or a.isAncestorOf(b) or b.isAncestorOf(a)


def tab_problems(qtbot, window: QWidget) -> list[str]:
    """Tab from the first control round the window: what it never reaches, and where it stays stuck."""
    stops = _tab_stops(window)
    if not stops:
        return []
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    out: list[str] = []
    stuck = 0
    previous = None
    for _ in range(3 * len(stops) + 60):
        current = QApplication.focusWidget()
        if current is None:
            out.append("the focus left the window")
            break
        reached.append(current)
        if previous is not None and current is previous:
            stuck += 1
            if stuck >= _presses_inside(current):
                out.append(f"Tab stays in {type(current).__name__} {current.accessibleName()!r}")
                break
        else:
            stuck = 0
        previous = current
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    for w in stops:
        if not any(_same(w, r) for r in reached):
            name = w.accessibleName() or getattr(w, "text", lambda: "")() or w.objectName()
            out.append(f"Tab never reaches {type(w).__name__} {name!r}")
    for w in reached:
        if isinstance(w, (QAbstractItemView, QPlainTextEdit, QTextEdit)) and not isinstance(w, QTabBar):
            view = w
            if isinstance(view, QAbstractItemView) and view.tabKeyNavigation():
                out.append(f"Tab moves inside the table {view.accessibleName()!r} instead of leaving it")
            if isinstance(view, (QPlainTextEdit, QTextEdit)) and not view.tabChangesFocus() and \
                    not view.isReadOnly():
                out.append(f"Tab types into {view.accessibleName()!r} instead of leaving it")
    return out


def test_every_window_by_keyboard(make_app, store, clock, qtbot, monkeypatch):
    found: dict[str, list[str]] = {}

    def inspect(window, name):
        if window.windowType() == Qt.WindowType.Popup or type(window).__name__.startswith("QPrint"):
            return  # Qt's own print preview is Qt's
        problems = mnemonic_problems(window) + tab_problems(qtbot, window)
        for p in problems:
            if p not in found.setdefault(name, []):
                found[name].append(p)

    opened = walk_every_screen(make_app, store, clock, inspect, "normal", monkeypatch)
    assert {"MedicineDialog", "PlanDialog", "ReminderWindow", "CorrectionDialog"} <= set(opened)
    report = "\n".join(f"{name}:\n  " + "\n  ".join(ps) for name, ps in found.items())
    assert not found, report


def test_the_focus_outline_is_a_strong_colour(make_app):
    from PySide6.QtGui import QPalette

    from caregiver_app.ui.theme import FOCUS_COLOUR

    make_app()
    highlight = QApplication.instance().palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert highlight.name() == FOCUS_COLOUR and highlight.lightness() < 100


def test_the_answer_keys_work_anywhere_on_the_today_tab_and_alt_t_answers_too(make_app, store, clock, qtbot):
    from datetime import UTC, datetime

    from helpers import LONDON, activate, add_baclofen

    add_baclofen(store)
    clock._now = datetime(2026, 11, 23, 14, 5, tzinfo=LONDON).astimezone(UTC)
    w = make_app(store=store).window
    w.show_page("today")
    page = w.pages["today"]
    activate(qtbot, w)
    page.table.selectRow(1)
    page.skip_btn.setFocus()                      # the focus on a button, not in the table
    qtbot.keyClick(page.skip_btn, Qt.Key.Key_T)
    assert page.table.item(1, 3).text() == "taken at 14:05"
    page.table.selectRow(2)
    clock._now = datetime(2026, 11, 23, 19, 55, tzinfo=LONDON).astimezone(UTC)
    page.refresh()
    page.table.selectRow(2)
    qtbot.keyClick(w, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)   # Alt+T presses "Taken now"
    qtbot.waitUntil(lambda: page.table.item(2, 3).text() == "taken at 19:55", timeout=2000)


def test_ctrl_enter_saves_the_medicine_form(store, qtbot):
    from caregiver_app.domain.people import Person
    from caregiver_app.ui.medicine_dialog import MedicineDialog
    from helpers import FakePrompts, activate, ctx_for

    person = store.people.save(Person(name="Ann"))
    dlg = MedicineDialog(ctx_for(store, FakePrompts()), person, tz_name="Europe/London")
    qtbot.addWidget(dlg)
    activate(qtbot, dlg)
    dlg.name.setCurrentText("Paracetamol")
    dlg.strength.setText("500")
    dlg.times.setRowCount(0)
    dlg.add_time_row("08:00", "500")
    dlg.strength.setFocus()
    qtbot.keyClick(dlg.strength, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.saved is not None and dlg.saved.name == "Paracetamol"
