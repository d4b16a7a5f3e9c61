"""Issue 13, item 7: at every text size, every page and window of the app (the self-test's walk, in a window fitted
to a 1366×768 screen) is looked at: each label, button and check box on screen has the size setting's text (or
larger) and room for all of its text. "…these ne", "…e as last entry (Ctrl" and Settings' cut "Text size" fail here.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QLabel, QPushButton, QRadioButton, QWidget

from caregiver_app.ui.theme import TEXT_SIZES
from caregiver_app.ui.window_fit import FRAME
from screens import LAPTOP, walk_every_screen

SLACK = 1  # pixels of rounding


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _on_screen(w: QWidget, window: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0 and w.window() is window


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"needs {need} px of height, has {label.height()}"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()} px of width, has {label.width()}"
    if hint.height() > label.height() + SLACK:
        return f"needs {hint.height()} px of height, has {label.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text.strip():
        return None
    fm = QFontMetrics(button.font())
    lines = text.split("\n")
    text_w = max(fm.horizontalAdvance(line) for line in lines)
    text_h = fm.height() * len(lines)
    if isinstance(button, (QCheckBox, QRadioButton)):
        need_w, need_h = button.sizeHint().width(), max(text_h, button.sizeHint().height())
    elif isinstance(button, QPushButton):
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        need_w, need_h = text_w + icon + 8, text_h + 2   # the text, its icon and the least of a bevel
    else:  # a tool button: its text is shown unless it is an icon alone (Qt's print preview)
        if getattr(button, "toolButtonStyle", None) and \
                button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
            return None
        need_w, need_h = text_w + 4, text_h
    if need_w > button.width() + SLACK:
        return f"needs {need_w} px of width, has {button.width()}"
    if need_h > button.height() + SLACK:
        return f"needs {need_h} px of height, has {button.height()}"
    return None


def text_problems(window: QWidget, base_pt: int) -> list[str]:
    """Every label, button and check box of ``window`` on screen whose text is smaller than the setting or does
    not fit."""
    out = []
    for w in [window, *window.findChildren(QWidget)]:
        if not isinstance(w, (QLabel, QAbstractButton, QGroupBox)) or not _on_screen(w, window):
            continue
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        if not text.strip():
            continue
        said = f"{type(w).__name__} {_plain(text)[:60]!r}"
        pt = w.font().pointSizeF()
        if 0 < pt < base_pt - 0.01:
            out.append(f"{said}: {pt:g} pt text, the setting is {base_pt} pt")
        if isinstance(w, QLabel):
            problem = _label_problem(w)
        elif isinstance(w, QAbstractButton):
            problem = _button_problem(w)
        else:
            fm = QFontMetrics(w.font())
            need = fm.horizontalAdvance(_plain(text)) + 16
            problem = f"title needs {need} px, has {w.width()}" if need > w.width() + SLACK else None
        if problem:
            out.append(f"{said}: {problem}")
    return out


@pytest.mark.slow
@pytest.mark.parametrize("size", list(TEXT_SIZES))
def test_every_text_fits_at_every_text_size(make_app, store, clock, size, monkeypatch):
    found: dict[str, list[str]] = {}
    base = TEXT_SIZES[size]

    def inspect(window, name):
        if window.windowType() == Qt.WindowType.Popup:
            return
        problems = text_problems(window, base)
        frame = window.frameGeometry() if window.isWindow() else window.geometry()
        if window.width() + FRAME[0] > LAPTOP[2] or window.height() + FRAME[1] > LAPTOP[3]:
            problems.append(f"the window is {window.width()}×{window.height()} (with its frame "
                            f"{frame.width()}×{frame.height()}): more than a 1366×768 screen")
        if problems:
            found.setdefault(name, []).extend(p for p in problems if p not in found.get(name, []))

    opened = walk_every_screen(make_app, store, clock, inspect, size, monkeypatch)
    assert {"MedicineDialog", "PlanDialog", "SettingsDialog", "ReminderWindow", "MissedDosesWindow",
            "PersonDialog", "CorrectionDialog"} <= set(opened)
    report = "\n".join(f"{name}:\n  " + "\n  ".join(ps) for name, ps in found.items())
    assert not found, f"at {size} text:\n{report}"
