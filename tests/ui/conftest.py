"""The GUI tests' own fixtures."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture(autouse=True)
def _no_key_left_held(qtbot):
    """A shortcut that hides or redraws what it was typed on (Ctrl+Z, Ctrl+Q) can leave Qt believing Ctrl is still
    held, and a later selectRow() then toggles instead of selecting: let go of it after each test."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        w = QWidget()
        qtbot.addWidget(w)
        w.show()
        for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt):
            qtbot.keyRelease(w, key)
