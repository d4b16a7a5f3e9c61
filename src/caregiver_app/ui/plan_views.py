"""The plan as a calendar and as a chart (the table is on the Plans page). Drawing only: the steps come in as
PlanBand values (start, end exclusive, mg a day, plan name)."""
from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLabel, QVBoxLayout, QWidget

from caregiver_app.system.i18n import Tr, date_pattern, decimal_text, localize

_ = Tr("ui.plan_views")

STEP_COLOUR = "#1f4e79"
TODAY_COLOUR = "#b00020"
SHADE = "#e3ecf6"
CHECKIN_COLOUR = "#0b6e4f"   # days with a dose-change check-in: dark green, italic, underlined


def _day(d: date, pattern: str) -> str:
    """A day in the user's locale: its day and month names in the user's language (``pattern`` is QLocale's)."""
    return date_pattern(d, pattern)


def _with_year(d: date) -> str:
    """'01 Dec 2026' (as ``%d %b %Y`` gave), in the user's language."""
    return _day(d, "dd MMM yyyy")


def _mg(x: float) -> str:
    return decimal_text(f"{x:g}")


def step_on(bands, day: date):
    """(index, band) of the step that covers ``day`` (a followed plan's first), or (None, None)."""
    found = [(i, b) for i, b in enumerate(bands) if b.start <= day < b.end]
    found.sort(key=lambda ib: not ib[1].active)
    return found[0] if found else (None, None)


def describe_day(bands, day: date) -> str:
    i, b = step_on(bands, day)
    when = _day(day, "ddd d MMM yyyy")  # "Tue 1 Dec 2026"
    if b is None:
        before = [x for x in bands if x.active and x.start <= day]
        if before:  # a gap between steps, or after the last: the step before carries on in the reminders
            last = max(before, key=lambda x: x.start)
            return _("{day}: no step starts or runs that day; the reminders carry on with the step from {start} "
                     "({mg} mg a day) of “{plan}”.", day=when, start=_with_year(last.start), mg=_mg(last.mg_per_day),
                     plan=last.plan_name)
        return _("{day}: no step of a plan.", day=when)
    same = [x for x in bands if x.plan_id == b.plan_id]
    n = same.index(b) + 1
    if b.active:
        return _("{day}: {mg} mg a day — step {step} of {steps} of “{plan}”.", day=when, mg=_mg(b.mg_per_day),
                 step=n, steps=len(same), plan=b.plan_name)
    return _("{day}: {mg} mg a day — step {step} of {steps} of “{plan}” (not followed: its doses are not "
             "reminded).", day=when, mg=_mg(b.mg_per_day), step=n, steps=len(same), plan=b.plan_name)


class PlanCalendar(QWidget):
    """A month calendar: days inside a step are shaded and bold; choosing a day says its step and dose."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(_("Plan calendar"))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # Qt's own parts of the calendar come without names for screen readers: give them one.
        for child, name in (("qt_calendar_prevmonth", _("Previous month")), ("qt_calendar_nextmonth", _("Next month")),
                            ("qt_calendar_calendarview", _("Days of the month"))):
            part = self.calendar.findChild(QWidget, child)
            if part is not None:
                part.setAccessibleName(name)
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        self.day_label.setAccessibleName(_("The chosen day's step"))
        self.day_label.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QLabel(_("Shaded, bold: a day of a plan's step. Green, italic and underlined: a day with a "
                               "dose-change check-in."))
        self.legend.setWordWrap(True)
        lay.addWidget(self.calendar, 1)
        lay.addWidget(self.legend)
        lay.addWidget(self.day_label)
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.bands: list = []
        self.checkins: dict[date, str] = {}
        self._marked: list[QDate] = []

    def set_bands(self, bands, today: date, checkins: dict[date, str] | None = None) -> None:
        """The steps, and the check-in days (``checkins``: day -> what the check-in is, in words)."""
        for d in self._marked:  # clear the previous plan's marks
            self.calendar.setDateTextFormat(d, QTextCharFormat())
        self._marked = []
        self.bands = list(bands)
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(QColor(SHADE)))
        fmt.setFontWeight(QFont.Weight.Bold)
        for b in self.bands:
            day = b.start
            while day < b.end and len(self._marked) < 3000:
                qd = QDate(day.year, day.month, day.day)
                self.calendar.setDateTextFormat(qd, fmt)
                self._marked.append(qd)
                day += timedelta(days=1)
        today_fmt = QTextCharFormat(fmt if step_on(self.bands, today)[1] else QTextCharFormat())
        today_fmt.setForeground(QBrush(QColor(TODAY_COLOUR)))
        today_fmt.setFontUnderline(True)
        qt_today = QDate(today.year, today.month, today.day)
        self.calendar.setDateTextFormat(qt_today, today_fmt)
        self._marked.append(qt_today)
        self.checkins = dict(checkins or {})
        for day in self.checkins:
            qd = QDate(day.year, day.month, day.day)
            marked = QTextCharFormat(self.calendar.dateTextFormat(qd))
            marked.setForeground(QBrush(QColor(CHECKIN_COLOUR)))
            marked.setFontItalic(True)
            marked.setFontUnderline(True)
            self.calendar.setDateTextFormat(qd, marked)
            self._marked.append(qd)
        self.calendar.setSelectedDate(qt_today)
        self._day_chosen()

    def _day_chosen(self) -> None:
        qd = self.calendar.selectedDate()
        day = date(qd.year(), qd.month(), qd.day())
        text = describe_day(self.bands, day)
        if day in self.checkins:
            text += " " + localize(self.checkins[day])
        self.day_label.setText(text)


class PlanChart(QWidget):
    """mg a day over time, one stepped line per plan, today marked. Its accessible description lists the steps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(260)
        self.setAccessibleName(_("Plan chart: mg a day over time"))
        self.bands: list = []
        self.today: date | None = None

    def set_bands(self, bands, today: date) -> None:
        self.bands, self.today = list(bands), today
        self.setAccessibleDescription("; ".join(
            _("from {start} to {end}: {mg} mg a day", start=_with_year(b.start),
              end=_with_year(b.end - timedelta(days=1)), mg=_mg(b.mg_per_day))
            for b in self.bands))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        try:
            self._paint(p, QRectF(self.rect()))
        finally:
            p.end()

    def _paint(self, p: QPainter, rect: QRectF) -> None:
        p.fillRect(rect, QColor("white"))
        if not self.bands:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        left, bottom = fm.horizontalAdvance(_("{mg} mg", mg="000")) + 14, fm.height() * 2 + 8
        area = QRectF(rect.left() + left, rect.top() + fm.height() + 6, rect.width() - left - 16,
                      rect.height() - bottom - fm.height() - 6)
        first = min(b.start for b in self.bands)
        last = max(b.end for b in self.bands)
        span = max((last - first).days, 1)
        top = max(b.mg_per_day for b in self.bands) * 1.15 or 10.0

        def x(d: date) -> float:
            return area.left() + area.width() * (d - first).days / span

        def y(mg: float) -> float:
            return area.bottom() - area.height() * mg / top

        p.setPen(QPen(QColor("#888888"), 1))
        p.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        p.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
        p.setPen(QColor("#202124"))
        for mg in sorted({b.mg_per_day for b in self.bands} | {0.0}):
            p.drawText(QRectF(rect.left(), y(mg) - fm.height() / 2, left - 8, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), _("{mg} mg", mg=_mg(mg)))
        p.drawText(QRectF(area.left(), area.bottom() + 4, 200, fm.height()), 0, _with_year(first))
        p.drawText(QRectF(area.right() - 200, area.bottom() + 4, 200, fm.height()),
                   int(Qt.AlignmentFlag.AlignRight), _with_year(last - timedelta(days=1)))
        p.setPen(QPen(QColor(STEP_COLOUR), 3))
        for b in self.bands:
            p.fillRect(QRectF(x(b.start), y(b.mg_per_day), max(x(b.end) - x(b.start), 1),
                              area.bottom() - y(b.mg_per_day)), QColor(SHADE))
            p.drawLine(QPointF(x(b.start), y(b.mg_per_day)), QPointF(x(b.end), y(b.mg_per_day)))
        ordered = sorted(self.bands, key=lambda b: b.start)
        for a, b in pairwise(ordered):
            if a.plan_id == b.plan_id and a.end == b.start:
                p.drawLine(QPointF(x(b.start), y(a.mg_per_day)), QPointF(x(b.start), y(b.mg_per_day)))
        if self.today is not None and first <= self.today < last:
            p.setPen(QPen(QColor(TODAY_COLOUR), 2, Qt.PenStyle.DashLine))
            tx = x(self.today)
            p.drawLine(QPointF(tx, area.top()), QPointF(tx, area.bottom()))
            p.drawText(QRectF(tx - 60, rect.top(), 120, fm.height()), int(Qt.AlignmentFlag.AlignHCenter), _("today"))
