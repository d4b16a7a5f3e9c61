"""Diary charts drawn with QPainter: one score over time, the daily baclofen total on a second axis, plan steps
shaded, danger signs marked. The same drawing goes to the screen (ui/charts.py) and to images for reports.

Only QtGui is used (no QtCharts, no numpy): the chart needs lines, shaded bands, markers and two axes, which is a
few hundred lines of painting, and it keeps the app's install small. Imported only when a chart is wanted.

Its words, dates and numbers are in the installed language and locale (``caregiver_app.system.i18n``).
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from caregiver_app.domain.diary import RED_FLAGS, SCORES, Bucket, PlanBand, next_period
from caregiver_app.system.i18n import Tr, date_pattern, date_text, decimal_text, domain_word

_ = Tr("reports.charts")

SCORE_COLOUR = QColor("#1f4e79")
DOSE_COLOUR = QColor("#00695c")
FLAG_COLOUR = QColor("#b00020")
CHECKIN_COLOUR = QColor("#0b6e4f")
TEXT_COLOUR = QColor("#222222")
GRID_COLOUR = QColor("#d9d9d9")
BAND_COLOURS = {"titration": (QColor("#e3eef9"), QColor("#cddff2")),
                "taper": (QColor("#fff3dc"), QColor("#ffe3b3"))}
#: The period's average, in words ("daily average"), by the period of the chart's points.
AVERAGES = {"day": _.mark("daily average"), "week": _.mark("weekly average"), "month": _.mark("monthly average")}


def _average(period: str) -> str:
    return _.lookup(AVERAGES.get(period, AVERAGES["day"]))


def _label(score: str) -> str:
    """The score's label in the user's language ("Spasticity (0–10)"): a domain Text translated, or the word
    marked in the domain's table looked up in its context."""
    return domain_word("domain.diary", SCORES[score].label)


def _short_label(score: str) -> str:
    """The label without its scale ("Spasticity")."""
    return _label(score).split(" (")[0]


def _month(d: date, year: bool = False) -> str:
    return date_pattern(d, "MMM yyyy" if year else "MMM")


@dataclass
class ChartData:
    score: str
    period: str
    start: date                      # first day shown
    end: date                        # last day shown (inclusive)
    buckets: list[Bucket] = field(default_factory=list)
    doses: dict[date, float] = field(default_factory=dict)
    bands: list[PlanBand] = field(default_factory=list)
    red_flags: list[tuple[date, tuple[str, ...]]] = field(default_factory=list)
    person: str = ""
    checkins: list[date] = field(default_factory=list)    # days with a dose-change check-in answered
    changes: list[date] = field(default_factory=list)     # days a change opened check-ins (a dose change, ...)

    @property
    def score_label(self) -> str:
        """In the user's language."""
        return _label(self.score)

    @property
    def title(self) -> str:
        if self.person:
            return _("{score}: {average} — {person}", score=self.score_label, average=_average(self.period),
                     person=self.person)
        return _("{score}: {average}", score=self.score_label, average=_average(self.period))

    def summary(self) -> str:
        """The chart in words (screen readers, and anyone who prefers numbers), in the user's language."""
        label = _short_label(self.score)
        parts = [_("{first} to {last}.", first=_fmt_day(self.start), last=_fmt_day(self.end))]
        if self.buckets:
            first, last = self.buckets[0], self.buckets[-1]
            parts.append(_.n("{score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.",
                             "{score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.",
                             sum(b.count for b in self.buckets), score=label, average=_average(self.period),
                             first=decimal_text(first.mean, 1), first_when=_bucket(self.period, first.start),
                             last=decimal_text(last.mean, 1), last_when=_bucket(self.period, last.start)))
        else:
            parts.append(_("No {score} scores recorded in this time.", score=label.lower()))
        if self.doses:
            days = sorted(self.doses)
            parts.append(_("Baclofen taken: {first} mg on {first_day}, {last} mg on {last_day}.",
                           first=decimal_text(self.doses[days[0]]), first_day=_fmt_day(days[0]),
                           last=decimal_text(self.doses[days[-1]]), last_day=_fmt_day(days[-1])))
        if self.red_flags:
            parts.append(_.n("Danger signs recorded on %n day(s).", "Danger signs recorded on %n day(s).",
                             len({d for d, _keys in self.red_flags})))
        if self.changes:
            parts.append(_("Dose changes that began check-ins: {days}.",
                           days=", ".join(_fmt_day(d) for d in self.changes[:8])
                           + ("…" if len(self.changes) > 8 else "")))
        if self.checkins:
            parts.append(_.n("Check-ins answered on %n day(s).", "Check-ins answered on %n day(s).",
                             len(self.checkins)))
        return " ".join(parts)


def _bucket(period: str, start: date) -> str:
    """A point of the chart by its first day: "day 1 Dec 2026", "week of ...", "month of ..."."""
    if period == "week":
        return _("week of {day}", day=_fmt_day(start))
    if period == "month":
        return _("month of {day}", day=_fmt_day(start))
    return _("day {day}", day=_fmt_day(start))


def _fmt_day(d: date) -> str:
    """A day with its year in the user's locale ("1 Dec 2026")."""
    return date_pattern(d, "d MMM yyyy")


def build_diary_chart(store, person_id: int, score: str, period: str, start: date, end: date,
                      person: str = "", changes: Iterable[date] = ()) -> ChartData:
    """``changes``: the days a dose change (or missed doses, a pump event) began check-ins
    (services.checkins), marked on the chart with the check-ins answered."""
    from caregiver_app.services.doses import baclofen_daily_totals

    repo = store.diary
    flags: dict[date, set[str]] = {}
    tz = repo.tz
    for at, keys in repo.red_flag_times(person_id, start, end):
        flags.setdefault(at.astimezone(tz).date(), set()).update(keys)
    return ChartData(
        score=score, period=period, start=start, end=end, person=person,
        buckets=repo.series(person_id, score, period, start, end),
        doses=baclofen_daily_totals(store, person_id, start, end),
        bands=store.plans.bands(person_id, start, end),
        red_flags=[(d, tuple(k for k in RED_FLAGS if k in keys)) for d, keys in sorted(flags.items())],
        checkins=sorted(repo.checkins(person_id, start, end)),
        changes=sorted({d for d in changes if start <= d <= end}),
    )


# -- axes -------------------------------------------------------------------------------------------------------
def nice_step(span: float, target_ticks: int = 5) -> float:
    if span <= 0:
        return 1.0
    raw = span / max(1, target_ticks)
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def dose_axis_max(doses: dict[date, float], bands: list[PlanBand]) -> float:
    top = max([0.0] + list(doses.values()) + [b.mg_per_day for b in bands])
    if top <= 0:
        return 10.0
    top *= 1.12  # head room, so the line does not run along the frame
    step = nice_step(top, 4)
    return math.ceil(top / step) * step


def date_ticks(start: date, end: date) -> list[tuple[date, str]]:
    """Readable ticks for the span: days, Mondays, months or years."""
    days = (end - start).days + 1
    out: list[tuple[date, str]] = []
    if days <= 16:
        d = start
        while d <= end:
            out.append((d, date_text(d, "short_date")))
            d += timedelta(days=1 if days <= 8 else 2)
    elif days <= 120:
        d = start + timedelta(days=(7 - start.weekday()) % 7)
        step = 7 if days <= 63 else 14
        while d <= end:
            out.append((d, date_text(d, "short_date")))
            d += timedelta(days=step)
    elif days <= 800:
        d = date(start.year, start.month, 1)
        step = 1 if days <= 400 else 2
        while d <= end:
            if d >= start:
                out.append((d, _month(d, year=d.month == 1 or not out)))
            for _step in range(step):
                d = next_period(d, "month")
    else:
        step = max(1, math.ceil(days / 365 / 8))
        y = start.year + (0 if start == date(start.year, 1, 1) else 1)
        while date(y, 1, 1) <= end:
            out.append((date(y, 1, 1), str(y)))
            y += step
    return out


# -- painting ---------------------------------------------------------------------------------------------------
def paint_chart(p: QPainter, rect: QRectF, data: ChartData, font: QFont | None = None) -> None:
    """Draw the whole chart inside ``rect``."""
    base = QFont(font) if font is not None else QFont()
    if base.pointSizeF() > 0 and base.pointSizeF() < 10:
        base.setPointSizeF(10)
    small = QFont(base)
    small.setPointSizeF(max(9.0, base.pointSizeF() * 0.9) if base.pointSizeF() > 0 else 10.0)
    bold = QFont(base)
    bold.setBold(True)
    fm, fms = QFontMetricsF(base), QFontMetricsF(small)
    line_h = fm.height()
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.fillRect(rect, QColor("white"))

    # Title and legend on top.
    p.setPen(TEXT_COLOUR)
    p.setFont(bold)
    y = rect.top() + 6
    p.drawText(QRectF(rect.left() + 8, y, rect.width() - 16, line_h), Qt.AlignmentFlag.AlignLeft, data.title)
    y += line_h + 4
    y = _legend(p, QRectF(rect.left() + 8, y, rect.width() - 16, line_h * 2 + 4), data, small) + 6

    score = SCORES[data.score]
    s_lo, s_hi = score.minimum, score.maximum
    if data.score in ("sleep_hours", "sleep_wakeups"):
        top = max([b.maximum for b in data.buckets] + [1.0])
        s_hi = min(score.maximum, math.ceil(top / nice_step(top, 4)) * nice_step(top, 4))
    d_hi = dose_axis_max(data.doses, data.bands)
    left_w = fms.horizontalAdvance(decimal_text(s_hi)) + 22
    right_w = fms.horizontalAdvance(decimal_text(d_hi)) + 22
    head = fms.height() * 2.0  # room above the plot for the axis titles and step labels
    plot = QRectF(rect.left() + left_w + 8, y + head, rect.width() - left_w - right_w - 16,
                  rect.bottom() - y - head - fms.height() * 2 - 14)
    if plot.width() < 40 or plot.height() < 40:
        p.restore()
        return
    total_days = (data.end - data.start).days + 1

    def x_of(d: date) -> float:
        return plot.left() + plot.width() * (d - data.start).days / total_days

    def y_score(v: float) -> float:
        return plot.bottom() - plot.height() * (v - s_lo) / ((s_hi - s_lo) or 1)

    def y_dose(v: float) -> float:
        return plot.bottom() - plot.height() * v / d_hi

    # Plan steps, shaded, labelled with mg a day when there is room.
    p.setFont(small)
    for i, band in enumerate(data.bands):
        a, z = max(band.start, data.start), min(band.end, data.end + timedelta(days=1))
        if a >= z:
            continue
        shade = BAND_COLOURS.get(band.kind, BAND_COLOURS["titration"])[i % 2]
        r = QRectF(x_of(a), plot.top(), x_of(z) - x_of(a), plot.height())
        p.fillRect(r, shade)
        label = _("{mg} mg/day", mg=decimal_text(band.mg_per_day))
        if fms.horizontalAdvance(label) + 6 < r.width():
            p.setPen(QColor("#44546a"))
            p.drawText(QRectF(r.left(), plot.top() - fms.height() - 2, r.width(), fms.height()),
                       Qt.AlignmentFlag.AlignCenter, label)

    # Grid and axes.
    p.setPen(QPen(GRID_COLOUR, 1))
    step = nice_step(s_hi - s_lo, 5)
    if score.whole:
        step = max(1.0, round(step))
    v = s_lo
    ticks = []
    while v <= s_hi + 1e-9:
        ticks.append(v)
        v += step
    for v in ticks:
        p.drawLine(QPointF(plot.left(), y_score(v)), QPointF(plot.right(), y_score(v)))
    date_marks = date_ticks(data.start, data.end)
    for d, _text in date_marks:
        p.drawLine(QPointF(x_of(d), plot.top()), QPointF(x_of(d), plot.bottom()))
    p.setPen(QPen(QColor("#888888"), 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(plot)

    p.setPen(SCORE_COLOUR)
    for v in ticks:
        p.drawText(QRectF(rect.left(), y_score(v) - fms.height() / 2, left_w + 2, fms.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, decimal_text(v))
    p.setPen(DOSE_COLOUR)
    d_step = nice_step(d_hi, 4)
    v = 0.0
    while v <= d_hi + 1e-9:
        p.drawText(QRectF(plot.right() + 6, y_dose(v) - fms.height() / 2, right_w, fms.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, decimal_text(v))
        v += d_step
    p.setPen(TEXT_COLOUR)
    last_right = -1e9
    for d, text in date_marks:
        w = fms.horizontalAdvance(text)
        x = x_of(d) - w / 2
        if x < last_right + 8 or x + w > rect.right():
            continue
        p.drawText(QRectF(x, plot.bottom() + 4, w + 2, fms.height()), Qt.AlignmentFlag.AlignLeft, text)
        last_right = x + w
    p.drawText(QRectF(plot.left(), plot.bottom() + 6 + fms.height(), plot.width(), fms.height()),
               Qt.AlignmentFlag.AlignCenter, _("date"))
    # Axis titles above the axes.
    p.setPen(SCORE_COLOUR)
    p.drawText(QRectF(rect.left() + 4, plot.top() - head, plot.width() / 3, fms.height()),
               Qt.AlignmentFlag.AlignLeft, _short_label(data.score).lower())
    p.setPen(DOSE_COLOUR)
    p.drawText(QRectF(rect.right() - 4 - plot.width() / 3, plot.top() - head, plot.width() / 3, fms.height()),
               Qt.AlignmentFlag.AlignRight, _("mg a day"))

    p.setClipRect(plot.adjusted(-4, -4, 4, 4))
    # Daily baclofen taken: a step line on the right axis (a gap where nothing was recorded).
    pen = QPen(DOSE_COLOUR, 2.2)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    prev: date | None = None
    for d in sorted(data.doses):
        if d < data.start or d > data.end:
            continue
        yv = y_dose(data.doses[d])
        if prev is not None and (d - prev).days == 1:
            path.lineTo(QPointF(x_of(d), yv))
        else:
            path.moveTo(QPointF(x_of(d), yv))
        path.lineTo(QPointF(x_of(d + timedelta(days=1)), yv))
        prev = d
    p.drawPath(path)

    # The score: a line through the period averages, drawn at the middle of each period.
    pts: list[QPointF] = []
    for b in data.buckets:
        a, z = max(b.start, data.start), min(b.end, data.end + timedelta(days=1))
        mid = x_of(a) + (x_of(z) - x_of(a)) / 2
        pts.append(QPointF(mid, y_score(b.mean)))
    if pts:
        p.setPen(QPen(SCORE_COLOUR, 2.6))
        if len(pts) > 1:
            p.drawPolyline(QPolygonF(pts))
        if len(pts) <= 120:
            p.setBrush(QBrush(QColor("white")))
            p.setPen(QPen(SCORE_COLOUR, 2))
            for pt in pts:
                p.drawEllipse(pt, 3.5, 3.5)

    # Danger signs: a red line and a triangle with "!" (shape and text, not colour alone).
    p.setClipping(False)
    for d, _keys in data.red_flags:
        if d < data.start or d > data.end:
            continue
        x = x_of(d) + (x_of(d + timedelta(days=1)) - x_of(d)) / 2
        dash = QPen(FLAG_COLOUR, 1.5, Qt.PenStyle.DashLine)
        p.setPen(dash)
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        _triangle(p, QPointF(x, plot.top() + 1), 9)
    # Dose changes that began check-ins: a dotted line with a diamond on top; check-ins answered: a green
    # circle with a tick at the bottom (shapes, not colour alone).
    for d in data.changes:
        x = x_of(d)
        p.setPen(QPen(DOSE_COLOUR, 1.5, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        _diamond(p, QPointF(x, plot.top() + 8), 6)
    for d in data.checkins:
        x = x_of(d) + (x_of(d + timedelta(days=1)) - x_of(d)) / 2
        _tick(p, QPointF(x, plot.bottom() - 9), 6)
    if not data.buckets:
        p.setPen(TEXT_COLOUR)
        p.setFont(base)
        p.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                   _("No scores recorded in this time.\nAdd diary entries to see them here."))
    p.restore()


def _triangle(p: QPainter, tip_top: QPointF, size: float) -> None:
    poly = QPolygonF([QPointF(tip_top.x() - size, tip_top.y()), QPointF(tip_top.x() + size, tip_top.y()),
                      QPointF(tip_top.x(), tip_top.y() + size * 1.6)])
    p.setPen(QPen(FLAG_COLOUR, 1))
    p.setBrush(FLAG_COLOUR)
    p.drawPolygon(poly)
    f = QFont(p.font())
    f.setBold(True)
    f.setPixelSize(max(8, int(size * 1.1)))
    p.setFont(f)
    p.setPen(QColor("white"))
    p.drawText(QRectF(tip_top.x() - size, tip_top.y() - 1, size * 2, size * 1.2), Qt.AlignmentFlag.AlignCenter, "!")


def _diamond(p: QPainter, centre: QPointF, size: float) -> None:
    poly = QPolygonF([QPointF(centre.x(), centre.y() - size), QPointF(centre.x() + size, centre.y()),
                      QPointF(centre.x(), centre.y() + size), QPointF(centre.x() - size, centre.y())])
    p.setPen(QPen(DOSE_COLOUR, 1))
    p.setBrush(DOSE_COLOUR)
    p.drawPolygon(poly)


def _tick(p: QPainter, centre: QPointF, size: float) -> None:
    p.setPen(QPen(CHECKIN_COLOUR, 1))
    p.setBrush(CHECKIN_COLOUR)
    p.drawEllipse(centre, size, size)
    p.setPen(QPen(QColor("white"), 1.8))
    p.drawPolyline(QPolygonF([QPointF(centre.x() - size * 0.5, centre.y()),
                              QPointF(centre.x() - size * 0.1, centre.y() + size * 0.45),
                              QPointF(centre.x() + size * 0.55, centre.y() - size * 0.45)]))


def _legend(p: QPainter, r: QRectF, data: ChartData, font: QFont) -> float:
    """Draws the key, wrapping onto a second line if needed; returns the y below it."""
    fm = QFontMetricsF(font)
    p.setFont(font)
    h = fm.height()
    items = [("line", SCORE_COLOUR, _("{score} ({average}, left axis)", score=_short_label(data.score),
                                      average=_average(data.period))),
             ("step", DOSE_COLOUR, _("Baclofen taken, mg a day (right axis)"))]
    if data.bands:
        kinds = sorted({b.kind for b in data.bands})
        items.append(("band", BAND_COLOURS.get(kinds[0], BAND_COLOURS["titration"])[1], _shaded(kinds)))
    if data.red_flags:
        items.append(("flag", FLAG_COLOUR, _("Danger sign recorded")))
    if data.changes:
        items.append(("change", DOSE_COLOUR, _("Dose change: check-ins began")))
    if data.checkins:
        items.append(("checkin", CHECKIN_COLOUR, _("Check-in answered")))
    x, y = r.left(), r.top()
    for kind, colour, text in items:
        w = 30 + fm.horizontalAdvance(text) + 18
        if x + w > r.right() and x > r.left():
            x, y = r.left(), y + h + 4
        cy = y + h / 2
        if kind == "line":
            p.setPen(QPen(colour, 2.6))
            p.drawLine(QPointF(x, cy), QPointF(x + 24, cy))
            p.setBrush(QColor("white"))
            p.setPen(QPen(colour, 2))
            p.drawEllipse(QPointF(x + 12, cy), 3.5, 3.5)
        elif kind == "step":
            p.setPen(QPen(colour, 2.2))
            p.drawPolyline(QPolygonF([QPointF(x, cy + 4), QPointF(x + 12, cy + 4), QPointF(x + 12, cy - 4),
                                      QPointF(x + 24, cy - 4)]))
        elif kind == "band":
            p.fillRect(QRectF(x, cy - h / 2 + 2, 24, h - 4), colour)
        elif kind == "change":
            _diamond(p, QPointF(x + 12, cy), 6)
        elif kind == "checkin":
            _tick(p, QPointF(x + 12, cy), 6)
        else:
            _triangle(p, QPointF(x + 12, cy - 7), 7)
            p.setFont(font)
        p.setPen(TEXT_COLOUR)
        p.drawText(QRectF(x + 30, y, w, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += w
    return y + h


def _shaded(kinds: list[str]) -> str:
    """The key's words for the shaded plan steps (``kinds``: the plans' kinds, sorted)."""
    if kinds == ["taper", "titration"]:
        return _("Shaded: taper and titration plan steps")
    if kinds == ["taper"]:
        return _("Shaded: taper plan steps")
    if kinds == ["titration"]:
        return _("Shaded: titration plan steps")
    return _("Shaded: {kinds} plan steps", kinds=" and ".join(kinds))


def render_chart_image(data: ChartData, width: int = 1200, height: int = 600, font: QFont | None = None,
                       scale: float = 1.0) -> QImage:
    """The chart as an image (for reports and 'Save as image'). Needs a QGuiApplication."""
    img = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(scale)
    img.fill(QColor("white"))
    p = QPainter(img)
    try:
        paint_chart(p, QRectF(0, 0, width, height), data, font)
    finally:
        p.end()
    return img


def diary_chart_image(store, person_id: int, score: str, period: str, start: date, end: date, *,
                      person: str = "", width: int = 1200, height: int = 600, changes: Iterable[date] = ()) -> QImage:
    return render_chart_image(build_diary_chart(store, person_id, score, period, start, end, person, changes),
                              width, height)
