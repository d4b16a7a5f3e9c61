"""Form widgets shared by the forms: a wrapping row layout, a labelled group, a row of choices for a scale,
a number field that says what is wrong, a list of check boxes driven by the keyboard."""
from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.system.i18n import Tr, decimal_text, localize

_ = Tr("ui.forms")

_DIGITS = {getattr(Qt.Key, f"Key_{i}"): i for i in range(10)}


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps onto the next line when they do not fit (filters, chart controls),
    so nothing is cut off at large text sizes."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i):
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect, move: bool) -> int:
        m = self.contentsMargins()
        r = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_h = r.x(), r.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x > r.x() and x + hint.width() > r.right() + 1:
                x, y, line_h = r.x(), y + line_h + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_h = max(line_h, hint.height())
        return y + line_h - rect.y() + m.bottom()


def labelled(*widgets: QWidget) -> QWidget:
    """Keeps a label and its field together on one line of a FlowLayout."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for w in widgets:
        row.addWidget(w)
    return box


class ScaleChoice(QFrame):
    """A radio group that is one tab stop: number keys choose, arrows move, Delete clears (it is optional)."""

    changed = Signal(object)  # int | None

    def __init__(self, options: dict[int, str], name: str, *, vertical: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scaleChoice")
        self.options = dict(options)
        self.name = name
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("QFrame#scaleChoice { border: 2px solid transparent; border-radius: 4px; }"
                           "QFrame#scaleChoice:focus { border-color: #1f4e79; background: #eef4fb; }")
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2 if vertical else 14)
        self.buttons: dict[int, QRadioButton] = {}
        for k, text in self.options.items():
            b = QRadioButton(f"{k}  {localize(text)}")
            b.setAutoExclusive(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda checked, k=k: self._clicked(k, checked))
            layout.addWidget(b)
            self.buttons[k] = b
        if not vertical:
            layout.addStretch(1)
        self.setAccessibleName(localize(name))
        self._update_accessible()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and value not in self.options:
            return
        for k, b in self.buttons.items():
            b.setChecked(k == value)
        if value != self._value:
            self._value = value
            self._update_accessible()
            self.changed.emit(value)

    def _clicked(self, k: int, checked: bool) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(k if checked else None)  # clicking the chosen one again clears it

    def _update_accessible(self) -> None:
        v = self._value
        keys = ", ".join(str(k) for k in self.options)
        if v is None:
            self.setAccessibleDescription(_("not recorded. Type {keys} to choose; Delete clears.", keys=keys))
        else:
            self.setAccessibleDescription(_("{value}: {meaning}. Type {keys} to choose; Delete clears.", value=v,
                                            meaning=self.options[v], keys=keys))

    def keyPressEvent(self, event) -> None:
        key = event.key()
        keys = list(self.options)
        if key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if _DIGITS[key] in self.options:
                self.set_value(_DIGITS[key])
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Minus):
            self.set_value(None)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right):
            back = key in (Qt.Key.Key_Up, Qt.Key.Key_Left)
            if self._value is None:
                self.set_value(keys[-1] if back else keys[0])
            else:
                i = keys.index(self._value) + (-1 if back else 1)
                self.set_value(keys[max(0, min(len(keys) - 1, i))])
            return
        if key == Qt.Key.Key_Space and self._value is None:
            self.set_value(keys[0])
            return
        super().keyPressEvent(event)


class NumberField(QLineEdit):
    """A number typed straight in (Tab selects what is there, so typing replaces it); Up/Down step it.

    Empty means 'not recorded'. What is typed is kept as it is, so a bad value can be shown and corrected."""

    def __init__(self, minimum: float, maximum: float, *, step: float = 1, name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.minimum, self.maximum, self.step = minimum, maximum, step
        self.setPlaceholderText(f"{decimal_text(f'{minimum:g}')}–{decimal_text(f'{maximum:g}')}")
        self.setMaxLength(12)
        self.setAccessibleName(localize(name))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000000000") + 16)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            try:
                v = float(self.text().replace(",", "."))
                if math.isnan(v) or math.isinf(v):
                    raise ValueError
                v += self.step if event.key() == Qt.Key.Key_Up else -self.step
            except ValueError:
                v = self.minimum
            v = max(self.minimum, min(self.maximum, v))
            self.setText(decimal_text(f"{v:g}"))  # (2,5 in Spanish: ``number`` reads either mark)
            self.selectAll()
            return
        super().keyPressEvent(event)

    def set_number(self, value: float | None) -> None:
        self.setText("" if value is None else decimal_text(f"{value:g}"))

    def number(self) -> object:
        """None when empty, a number when it reads as one, else the text itself (the domain says what is wrong)."""
        text = self.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            v = float(text)
        except ValueError:
            return self.text()
        if math.isfinite(v) and v.is_integer() and "." not in text and "e" not in text.lower():
            return int(v)
        return v


class CheckList(QWidget):
    """Ordinary check boxes in as many columns as fit. Tab visits each; arrow keys move within the group too."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(localize(name))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 4, 6, 4)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        self._cols = 0
        self._natural = 200

    def set_items(self, items: dict[str, str], checked: tuple[str, ...] = (), tips: dict[str, str] | None = None
                  ) -> None:
        for box in self.boxes.values():
            self.grid.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes = {}
        for key, text in items.items():
            box = QCheckBox(localize(text), self)
            box.setChecked(key in checked)
            if tips and key in tips:
                box.setToolTip(localize(tips[key]))
                box.setAccessibleDescription(localize(tips[key]))
            box.toggled.connect(lambda _on: self.changed.emit())
            box.installEventFilter(self)
            self.boxes[key] = box
        self._natural = max([b.sizeHint().width() for b in self.boxes.values()] + [120]) + 16
        self.setFocusProxy(self.first())  # type: ignore[arg-type]  # PySide6's stub: QWidget only; None (no boxes) unsets it
        self._cols = 0
        self._relayout(self.width())

    def _relayout(self, width: int) -> None:
        cols = max(1, min(len(self.boxes) or 1, (width - 12) // self._natural)) if width > 0 else 2
        if cols == self._cols:
            return
        self._cols = cols
        for box in self.boxes.values():
            self.grid.removeWidget(box)
        rows = math.ceil(len(self.boxes) / cols) if self.boxes else 0
        for i, box in enumerate(self.boxes.values()):
            self.grid.addWidget(box, i % rows, i // rows)  # down the columns, in reading order
        for c in range(cols):
            self.grid.setColumnStretch(c, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout(event.size().width())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._natural + 12, hint.height())

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and obj in self.boxes.values():
            key = event.key()
            boxes = list(self.boxes.values())
            i = boxes.index(obj)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}.get(key)
            if step is not None and not event.modifiers():
                boxes[(i + step) % len(boxes)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(obj, event)

    def keys(self) -> list[str]:
        return list(self.boxes)

    def checked(self) -> tuple[str, ...]:
        return tuple(k for k, b in self.boxes.items() if b.isChecked())

    def set_checked(self, keys) -> None:
        keys = set(keys)
        for k, b in self.boxes.items():
            b.setChecked(k in keys)

    def toggle(self, key: str) -> None:
        self.boxes[key].toggle()

    def add_item(self, key: str, text: str) -> None:
        items = {k: b.text() for k, b in self.boxes.items()}
        items[key] = text
        self.set_items(items, self.checked())

    def first(self) -> QCheckBox | None:
        return next(iter(self.boxes.values()), None)


def locale_date_order() -> str:
    """"DMY", "MDY" or "YMD": the order of day, month and year in the user's locale's short date format."""
    from PySide6.QtCore import QLocale

    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
    places = {k: fmt.find(k) for k in "dmy"}
    if min(places.values()) < 0:
        return "YMD"
    order = "".join(sorted("dmy", key=lambda k: places[k])).upper()
    return order if order in ("DMY", "MDY", "YMD") else "YMD"


def format_user_date(value, order: str) -> str:
    """A date written in ``order`` (the locale's), with the year in full: 14/03/1950, 03/14/1950, 1950-03-14."""
    if order == "DMY":
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if order == "MDY":
        return f"{value.month:02d}/{value.day:02d}/{value.year:04d}"
    return value.isoformat()


class DateField(QWidget):
    """A date typed in the user's locale's way (or as 2026-03-14), or picked from a calendar; with
    ``allow_year``, a year alone (a birth year). ``changed`` is emitted on every edit."""

    changed = Signal()

    def __init__(self, *, allow_year: bool = False, optional: bool = True, order: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QToolButton

        self.allow_year = allow_year
        self.order = order or locale_date_order()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = QLineEdit()
        example = format_user_date(date(1950, 3, 14), self.order)
        if allow_year:
            hint = (_("e.g. {example} or just the year, 1950 (optional)", example=example) if optional else
                    _("e.g. {example} or just the year, 1950", example=example))
        else:
            hint = _("e.g. {example} (optional)", example=example) if optional else _("e.g. {example}", example=example)
        self.edit.setPlaceholderText(hint)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.button = QToolButton()
        self.button.setText(_("Calendar"))
        self.button.setToolTip(_("Choose the date on a calendar"))
        self.button.setAccessibleName(_("Choose the date on a calendar"))
        self.button.clicked.connect(self.open_calendar)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        from PySide6.QtWidgets import QCalendarWidget

        self.calendar: QCalendarWidget | None = None

    # -- the text, like a QLineEdit's (tests and forms set and read it) ------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()

    def setAccessibleName(self, name: str) -> None:  # the line edit is what a screen reader meets
        name = localize(name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(_("{name}: choose on a calendar", name=name))

    def setToolTip(self, text: str) -> None:
        self.edit.setToolTip(localize(text))

    def setAccessibleDescription(self, text: str) -> None:
        self.edit.setAccessibleDescription(localize(text))

    def set_date(self, value) -> None:
        self.edit.setText("" if value is None else format_user_date(value, self.order))

    def set_year(self, year: int | None) -> None:
        self.edit.setText("" if year is None else str(year))

    def value(self, field: str, label: str):
        """(date, year, errors) read by ``domain.validation.parse_user_date``."""
        from caregiver_app.domain.validation import parse_user_date

        return parse_user_date(field, self.edit.text(), label=label, order=self.order, allow_year=self.allow_year)

    def iso_text(self, field: str, label: str) -> tuple[str | None, list]:
        """The date as YYYY-MM-DD for the domain (None when empty), or the errors."""
        value, _year, errors = self.value(field, label)
        if errors:
            return None, errors
        return (value.isoformat() if value is not None else None), []

    # -- the calendar ---------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QCalendarWidget

        calendar = self.calendar
        if calendar is None:
            calendar = self.calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setAccessibleName(_("Calendar: arrows move, Enter chooses, Escape closes"))
            calendar.activated.connect(self._picked)
            calendar.clicked.connect(self._picked)
        value, year, _errors = self.value("date", "Date")
        if value is not None:
            calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        elif year is not None:
            calendar.setSelectedDate(QDate(year, 1, 1))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _picked(self, qdate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()


def add_save_shortcut(window: QWidget, save) -> None:
    """Ctrl+Enter (either Enter key) calls ``save`` from anywhere in ``window``: the same key in every form."""
    from PySide6.QtGui import QKeySequence, QShortcut

    for seq in ("Ctrl+Return", "Ctrl+Enter"):
        sc = QShortcut(QKeySequence.fromString(seq), window)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(save)
