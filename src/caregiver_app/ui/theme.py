"""Text size and a calm, high-contrast look."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from caregiver_app.system.i18n import Tr

TEXT_SIZES = {"normal": 12, "large": 15, "extra_large": 18}
_ = Tr("ui.theme")
TEXT_SIZE_LABELS = {"normal": _.mark("Normal"), "large": _.mark("Large"), "extra_large": _.mark("Extra large")}


def text_size_label(key: str) -> str:
    """The text size's name, in the user's language."""
    return _.lookup(TEXT_SIZE_LABELS.get(key, key))


def point_size(size_key: str) -> int:
    return TEXT_SIZES.get(size_key, TEXT_SIZES["normal"])


# Named text roles: (points over the base size, bold, colour). Set on the widgets themselves rather than through an
# application-wide style sheet: a global sheet makes Qt's style-sheet engine polish every widget in the app
# (~1 MB more at start-up, measured with bench/run.py). Widgets get a role with ``set_role``; a change of text size
# re-applies the roles of every widget (``apply_text_size``).
ROLES: dict[str, tuple[int, bool, str | None]] = {
    "pageTitle": (8, True, None),
    "whoseData": (0, False, "#1f4e79"),
    "emptyState": (2, False, "#333333"),
    "fieldError": (0, False, "#b00020"),
    "navigation": (1, False, None),
    "emergencyButton": (0, True, "#b00020"),
    "notice": (0, False, "#202124"),
}
# Backgrounds (filled from the palette): the emergency button stands out in red on pink; notices on amber.
BACKGROUNDS = {"emergencyButton": "#fde7ea", "notice": "#fff4d6"}
NAV_SELECTED = ("#1f4e79", "#ffffff")  # selected page in the navigation: white on dark blue
NAV_ITEM_PADDING = 10                   # pixels above and below each page name (big targets for tremor)


def set_role(widget, role: str) -> None:
    """Give ``widget`` one of the named text roles (font size, weight and colour follow the text size)."""
    widget.setObjectName(role)
    _apply_role(widget, role, QApplication.font().pointSize())  # the app's font carries the base size


def _apply_role(widget, role: str, pt: int) -> None:
    extra, bold, colour = ROLES[role]
    font = QFont(QApplication.font())
    font.setPointSize(pt + extra)
    font.setBold(bold)
    widget.setFont(font)
    from PySide6.QtGui import QColor, QPalette

    pal = widget.palette()
    colours = []
    if colour:
        colours += [(QPalette.ColorRole.WindowText, colour), (QPalette.ColorRole.ButtonText, colour),
                    (QPalette.ColorRole.Text, colour)]
    if role in BACKGROUNDS:
        colours += [(QPalette.ColorRole.Window, BACKGROUNDS[role]), (QPalette.ColorRole.Button, BACKGROUNDS[role])]
        widget.setAutoFillBackground(True)
    if role == "navigation":
        colours += [(QPalette.ColorRole.Highlight, NAV_SELECTED[0]), (QPalette.ColorRole.HighlightedText,
                                                                        NAV_SELECTED[1])]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for colour_role, value in colours:
            pal.setColor(group, colour_role, QColor.fromString(value))
    if colours:
        widget.setPalette(pal)
    if role == "navigation":
        _pad_navigation(widget)
    elif role == "notice":
        widget.setContentsMargins(8, 8, 8, 8)


def _pad_navigation(nav) -> None:
    """Tall rows in the page list: each row is the text's height plus padding (follows the text size)."""
    from PySide6.QtCore import QSize

    metrics = nav.fontMetrics()
    height = metrics.height() + 2 * NAV_ITEM_PADDING
    for row in range(nav.count()):
        item = nav.item(row)
        item.setSizeHint(QSize(metrics.horizontalAdvance(item.text()) + 24, height))


def apply_text_size(app: QApplication, size_key: str) -> None:
    """Set the base text size for the whole app and re-apply every widget's text role."""
    pt = point_size(size_key)
    font = QFont(app.font())
    font.setPointSize(pt)
    app.setFont(font)
    for widget in app.allWidgets():
        role = widget.objectName()
        if role in ROLES:
            _apply_role(widget, role, pt)
        sheet = widget.styleSheet()
        if sheet:
            # A widget with a style sheet keeps the font it was polished with, and so do the widgets inside it
            # (the diary's spasm scales and danger signs stayed small): polish it again with the new size.
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


#: The keyboard focus and selections in a strong dark blue (the styles draw their focus outlines from it; the
#: platform's pale default made the focus hard to see).
FOCUS_COLOUR = "#1f4e79"


def apply_focus_colour(app: QApplication) -> None:
    """A focus outline and selection that can be seen: the app's highlight in ``FOCUS_COLOUR``."""
    from PySide6.QtGui import QColor, QPalette

    pal = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Highlight, QColor.fromString(FOCUS_COLOUR))
        pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor.fromString("#ffffff"))
    app.setPalette(pal)
