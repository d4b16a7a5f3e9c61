"""The mouse wheel never changes a field the user is not in.

Qt's combo boxes, spin boxes and date and time fields change their value under the wheel even without the
keyboard focus, and take the focus from the wheel itself: scrolling a form with the pointer passing over "How
often" once switched a medicine from fixed times to "as needed" without a word. ``WheelGuard`` is installed once
on the application (``install``, called by the composition root): such a field gets no focus from the wheel, and a
wheel turn over it while it does not have the focus goes on to what is under it (the form scrolls). Clicked or
tabbed into, it takes the wheel as usual. One place, for every window of the app.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QTabBar, QWidget

_WHEEL = QEvent.Type.Wheel
#: The fields a wheel turn would change: choices, numbers, dates and times, and tab bars (which switch pages).
GUARDED = (QComboBox, QAbstractSpinBox, QTabBar)


def _guarded_under(event) -> QWidget | None:
    """The guarded field under the pointer of a wheel event that reached a window, if any."""
    w = QApplication.widgetAt(event.globalPosition().toPoint())
    while w is not None and not isinstance(w, GUARDED):
        w = None if w.isWindow() else w.parentWidget()
    return w


class WheelGuard(QObject):
    """An application event filter: see the module's description."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != _WHEEL:
            return False
        if isinstance(obj, GUARDED):
            if not obj.hasFocus():
                event.ignore()  # not accepted: Qt passes it on to the parent (the scroll area scrolls)
                return True     # ...and the field itself never sees it
        elif isinstance(obj, QWindow) and event.spontaneous():
            # The wheel reaches the window before Qt gives the field under it the focus (for fields whose focus
            # policy includes the wheel): from now on that field takes the focus from a click or Tab only. Done
            # here, at the first turn, not when the field is made: reading a focus policy builds the Qt
            # namespace's enums (~1 MB), which the first screen does without.
            field = _guarded_under(event)
            if field is not None:
                from PySide6.QtCore import Qt

                if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install(qapp: QObject) -> WheelGuard:
    """Install the guard on the application (once; a second call returns the same guard)."""
    guard = qapp.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(qapp)
        qapp.installEventFilter(guard)
    return guard
