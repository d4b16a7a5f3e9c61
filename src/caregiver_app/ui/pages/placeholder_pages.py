"""Pages whose full versions come with later work; each already says what it will hold and what to do."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..theme import set_role
from .base import Page


class _CountsPage(Page):
    count_key = ""
    empty_text = ""
    empty_button = ""
    empty_target: tuple[str, str] | None = None
    summary = "{n}"

    def build(self, content: QWidget) -> None:
        layout = QVBoxLayout(content)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)

    def refresh(self) -> None:
        if self.recipient is None:
            return
        n = self.ctx.store.counts_for(self.recipient.id)[self.count_key]
        if n == 0:
            self.show_empty(self.empty_text.format(name=self.recipient.name), self.empty_button, self.empty_target)
        else:
            self.summary_label.setText(self.summary.format(n=n, name=self.recipient.name))
            self.show_content()


class PlansPage(_CountsPage):
    """The clinician's plan as a table of steps, today's step marked, and a notice when a plan reduces faster than
    the NHS advises (domain/plans.py). Entering plans is not built yet."""

    title = "Titration and taper plans"
    count_key = "plans"
    empty_text = ("Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising "
                  "or lowering the dose, it is shown here exactly as written; the app never makes "
                  "one up. (Entering a plan in the app is not available yet.)")

    def build(self, content: QWidget) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

        layout = QVBoxLayout(content)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        # "Too fast" warnings (domain/plans.py): shown above the steps, with a link to why.
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName("Check this plan")
        set_role(self.warning_label, "notice")
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # Tab reaches the link
        self.warning_label.linkActivated.connect(lambda href: self.navigate.emit("info", href))
        self.warning_label.hide()
        layout.addWidget(self.warning_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Plan", "From", "Until", "Total a day"])
        self.table.setAccessibleName("Plan steps")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        from datetime import timedelta

        from PySide6.QtGui import QBrush, QColor, QFont
        from PySide6.QtWidgets import QTableWidgetItem

        if self.recipient is None:
            return
        bands = self.ctx.store.diary.plan_bands(self.recipient.id)
        if not bands:
            self.show_empty(self.empty_text.format(name=self.recipient.name))
            return
        self.show_content()
        today = self.ctx.store.today()
        self.table.setRowCount(len(bands))
        current = None
        for r, b in enumerate(bands):
            now = b.start <= today < b.end
            current = b if now else current
            cells = [f"{b.plan_name} ({b.kind})", f"{b.start:%a %d %b %Y}", f"{b.end - timedelta(days=1):%a %d %b %Y}",
                     f"{b.mg_per_day:g} mg" + ("   ← today" if now else "")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if now:
                    item.setBackground(QBrush(QColor("#fff4d6")))
                    item.setForeground(QBrush(QColor("#202124")))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.summary_label.setText(
            (f"Today's step: {current.mg_per_day:g} mg a day." if current else "No step of the plan is for today.")
            + " The plan is shown as the clinician wrote it; questions about it: talk to your doctor or nurse.")
        self._show_plan_checks(bands)

    def _show_plan_checks(self, bands) -> None:
        from html import escape

        from ...domain.plans import StepTotal, too_fast_warnings

        plans: dict = {}
        for b in bands:
            plans.setdefault((b.plan_id, b.plan_name), []).append(StepTotal(b.start, b.mg_per_day))
        lines = []
        for (_pid, name), steps in plans.items():
            lines += [f"<b>{escape(name or 'Plan')}:</b> {escape(w)}" for w in too_fast_warnings(steps)]
        if not lines:
            self.warning_label.hide()
            return
        self.warning_label.setText(
            "<p>" + "</p><p>".join(lines) + "</p><p><a href='stopping#app-warning'>Why the app asks: reducing "
            "too quickly</a></p>")
        self.warning_label.show()
