"""The main window's size and place: it fits the screen it opens on (1280×720 and 1366×768 laptops included, so
the status bar and the bottom buttons are never off-screen), and comes back where it was left on that screen.

``fit`` is a pure computation (tested with the common screen sizes); ``restore`` and ``remember`` read and write
the setting, one per screen (its name and size), so a laptop used with and without a big monitor keeps a place for
each.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

WANTED = (1180, 780)     # the size the window would like, on a big screen
MINIMUM = (900, 600)     # what its pages are laid out for
FRAME = (8, 36)          # room left for the window manager's frame and title bar (width, height)
SETTING = "window_geometry"

Rect = tuple[int, int, int, int]  # x, y, width, height


def fit(available: Rect, wanted: tuple[int, int] = WANTED, minimum: tuple[int, int] = MINIMUM,
        frame: tuple[int, int] = FRAME) -> Rect:
    """The window's geometry (inside its frame) centred on ``available`` (the screen without its panels):
    ``wanted`` where it fits, else as much as fits with the frame, never below ``minimum``."""
    ax, ay, aw, ah = available
    w = max(minimum[0], min(wanted[0], aw - frame[0]))
    h = max(minimum[1], min(wanted[1], ah - frame[1]))
    x = ax + max(0, (aw - w - frame[0]) // 2) + frame[0] // 2
    y = ay + max(0, (ah - h - frame[1]) // 2) + frame[1] - frame[0] // 2
    return x, y, w, h


def fits(rect: Rect, available: Rect, frame: tuple[int, int] = FRAME) -> bool:
    """Whether a saved geometry is still wholly on ``available`` (with its frame)."""
    x, y, w, h = rect
    ax, ay, aw, ah = available
    return (w > 0 and h > 0 and x - frame[0] // 2 >= ax and y - (frame[1] - frame[0] // 2) >= ay
            and x + w + frame[0] // 2 <= ax + aw and y + h + frame[0] // 2 <= ay + ah)


def _screen_key(screen: Any) -> str:
    size = screen.size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def _available(screen: Any) -> Rect:
    g = screen.availableGeometry()
    return g.x(), g.y(), g.width(), g.height()


def restore(window: QWidget, settings: Any) -> Rect:
    """Put ``window`` where it was left on its screen, or fit it to the screen (first start, another screen, or
    a place that is no longer on it). Returns the geometry given."""
    from PySide6.QtWidgets import QApplication

    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:  # (no screen at all: leave Qt's default)
        return window.x(), window.y(), window.width(), window.height()
    avail = _available(screen)
    saved = (settings.get(SETTING) or {}).get(_screen_key(screen))
    rect: Rect | None = None
    if isinstance(saved, list) and len(saved) == 4 and all(isinstance(v, int) for v in saved):
        candidate = (saved[0], saved[1], saved[2], saved[3])
        if fits(candidate, avail) and candidate[2] >= MINIMUM[0] and candidate[3] >= MINIMUM[1]:
            rect = candidate
    if rect is None:
        rect = fit(avail)
    window.setGeometry(*rect)
    return rect


def remember(window: QWidget, settings: Any) -> None:
    """Keep the window's geometry for the screen it is on (not when maximised or minimised: then its normal
    place stays as it was)."""
    if window.isMaximized() or window.isMinimized() or window.isFullScreen():
        return
    screen = window.screen()
    if screen is None:
        return
    g = window.geometry()
    all_screens = dict(settings.get(SETTING) or {})
    all_screens[_screen_key(screen)] = [g.x(), g.y(), g.width(), g.height()]
    settings.set(SETTING, all_screens)


# -- every other window: on the screen, whole ----------------------------------------------------------------------

def fit_window(window: Any) -> None:
    """Make a dialog as big as it asks and as tall as its wrapped text needs, but no bigger than the screen it
    is on, and keep it wholly on that screen (centred over its window when it had to be resized). Qt does not do
    it for windows: it opens them at most two thirds of the screen, and a label that wraps gets the height of its
    first guess, so its last lines are cut. Called for every dialog as it is shown (``install``)."""
    from PySide6.QtWidgets import QApplication

    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    ax, ay, aw, ah = _available(screen)
    # Qt opens a window at most two thirds of the screen: as big as it asks for, where the screen has room.
    hint = window.sizeHint()
    width = min(max(window.width(), hint.width()), aw - FRAME[0])
    height = max(window.height(), min(hint.height(), ah - FRAME[1]))
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    height = min(height, ah - FRAME[1])
    resized = (width, height) != (window.width(), window.height())
    if resized:
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x, y = window.x(), window.y()
    owner = window.parentWidget().window() if window.parentWidget() is not None else None
    if resized or (x, y) == (0, 0):  # centred again: over the window it belongs to, else on the screen
        cx, cy = ((owner.x() + owner.width() // 2, owner.y() + owner.height() // 2) if owner is not None
                  else (ax + aw // 2, ay + ah // 2))
        x, y = cx - window.width() // 2, cy - window.height() // 2
    x = min(max(x, ax + FRAME[0] // 2), ax + aw - window.width() - FRAME[0] // 2)
    y = min(max(y, ay + FRAME[1] - FRAME[0] // 2), ay + ah - window.height() - FRAME[0] // 2)
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, ax), max(y, ay))


def _fit_filter_class() -> type:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QDialog

    show = QEvent.Type.Show

    class ScreenFit(QObject):
        """An application event filter: every dialog is fitted (``fit_window``) as it is shown."""

        def eventFilter(self, obj: Any, event: Any) -> bool:
            if event.type() == show and isinstance(obj, QDialog) and obj.isWindow():
                fit_window(obj)
            return False

    return ScreenFit


def install(qapp: Any) -> Any:
    """Fit every dialog of the app to its screen as it is shown (once; a second call returns the same filter)."""
    for child in qapp.children():
        if type(child).__name__ == "ScreenFit":
            return child
    fitter = _fit_filter_class()(qapp)
    qapp.installEventFilter(fitter)
    return fitter
