"""Plans: the clinician's titration and taper plans as a table of steps, today's step marked; add, change and
archive (undoable); a notice when a plan reduces faster than the NHS advises (domain/plans.py)."""
from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.system.i18n import Tr, decimal_text, localize
from caregiver_app.ui.pages.base import Page, day_text
from caregiver_app.ui.theme import set_role

_ = Tr("ui.pages.plans")

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole


class PlansPage(Page):
    title = _.mark("Dose plans: building up or lowering")

    def build(self, content: QWidget) -> None:
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        # "Too fast" warnings: above the steps, with a link to why.
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(_("Check this plan"))
        set_role(self.warning_label, "notice")
        # Tab reaches the link:
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.warning_label.linkActivated.connect(lambda href: self.navigate.emit("info", href))
        self.warning_label.hide()
        layout.addWidget(self.warning_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_("Plan"), _("From"), _("Until"), _("Total a day")])
        self.table.setAccessibleName(_("Plan steps"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        from PySide6.QtWidgets import QTabWidget

        from caregiver_app.ui.plan_views import PlanCalendar, PlanChart

        self.views = QTabWidget()
        self.views.setAccessibleName(_("The plan as a table, a calendar or a chart"))
        self.calendar = PlanCalendar()
        self.chart = PlanChart()
        self.views.addTab(self.table, _("&Steps"))
        self.views.addTab(self.calendar, _("Ca&lendar"))
        self.views.addTab(self.chart, _("Char&t"))
        layout.addWidget(self.views, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton(_("&Add a plan…"))
        self.edit_btn = QPushButton(_("Cha&nge this plan…"))
        self.archive_btn = QPushButton(_("A&rchive this plan"))
        for b, name in ((self.add_btn, _("Add a plan")), (self.edit_btn, _("Change the selected plan")),
                        (self.archive_btn, _("Archive the selected plan"))):
            b.setAccessibleName(name)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.archive_btn.clicked.connect(self.archive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty.action.connect(self.add)
        self.open_dialog = self._open_dialog  # tests replace it to stand in for the plan form

    # -- drawing --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.person is None:
            return
        today = self.ctx.clock.today()
        rid = self.person.stored_id
        overview = self.services.plans.overview(rid, today)
        bands, current = overview.bands, overview.current
        if not bands:
            self.show_empty(_("Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for "
                              "raising or lowering the dose, add it here exactly as written; the app checks it and "
                              "shows it, and never makes one up.", name=self.person.name), _("Add a plan…"))
            return
        self.show_content()
        self.table.setRowCount(len(bands))
        for r, b in enumerate(bands):
            now = b is current  # "today's step" only from a plan being followed
            kind = {"titration": _("building up"), "taper": _("lowering")}.get(b.kind, b.kind)
            name = (_("{plan} ({kind})", plan=b.plan_name, kind=kind) if b.active
                    else _("{plan} ({kind}) — not followed", plan=b.plan_name, kind=kind))
            mg = decimal_text(b.mg_per_day)
            cells = [name, day_text(b.start, "ddd dd MMM yyyy"), day_text(b.end - timedelta(days=1), "ddd dd MMM yyyy"),
                     _("{mg} mg   ← today", mg=mg) if now else _("{mg} mg", mg=mg)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PLAN_ID_ROLE, b.plan_id)
                if now:
                    item.setBackground(QColor("#fff4d6"))
                    item.setForeground(QColor("#202124"))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        if current is not None:
            self.table.selectRow(bands.index(current))
        # What the reminders do today, in the same words as Today and the Medicines page (a step's doses carry on
        # through a gap and after the last step, so "no step today" alone would mislead).
        notes = [localize(note) for note in self.services.doses.plan_notes(rid, today).values()]
        first = (_("Today's step: {mg} mg a day.", mg=decimal_text(current.mg_per_day)) if current else
                 " ".join(notes) if notes else _("No plan being followed sets today's doses."))
        after = " ".join(_("“{plan}”: {words}", plan=name, words=words) for name, words in overview.after_last)
        self.summary_label.setText(_(
            "{today} {after} Plans are shown as the clinician wrote them. Reminders follow the plan being "
            "followed: each step's doses at the times it lists, until the next step starts; after the last step, "
            "what the plan says (keep its doses, or stop). Questions about a plan: talk to your doctor or nurse.",
            today=first, after=after))
        self._show_plan_checks(overview.too_fast)
        self.calendar.set_bands(bands, today, self._checkin_days(rid, bands, today))
        self.chart.set_bands(bands, today)
        self._update_buttons()

    def _checkin_days(self, rid: int, bands, today: date) -> dict[date, str]:
        """The dose-change check-in days over the plans' span (and the last few weeks), in words."""
        start = min([b.start for b in bands] + [today - timedelta(days=28)])
        end = max([b.end for b in bands] + [today + timedelta(days=7)])
        start, end = max(start, today - timedelta(days=120)), min(end, today + timedelta(days=366))
        out = {}
        for day, c in self.services.checkins.calendar(rid, start, end).items():
            what = c.period.describe()
            if day > today:
                out[day] = _("Check-in {number} of {of}: {what}.", number=c.number, of=c.of, what=what)
            elif c.answered:
                out[day] = _("Check-in {number} of {of} (answered): {what}.", number=c.number, of=c.of, what=what)
            else:
                out[day] = _("Check-in {number} of {of} (not answered): {what}.", number=c.number, of=c.of, what=what)
        return out

    def _show_plan_checks(self, too_fast: list[tuple[str, str]]) -> None:
        lines = [_("<b>{plan}:</b> {warning}", plan=escape(name), warning=escape(localize(w))) for name, w in too_fast]
        if not lines:
            self.warning_label.hide()
            return
        self.warning_label.setText(_(
            "<p>{warnings}</p><p><a href='stopping#app-warning'>Why the app asks: reducing too quickly</a></p>",
            warnings="</p><p>".join(lines)))
        self.warning_label.show()

    def selected_plan_id(self) -> int | None:
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        pid = item.data(PLAN_ID_ROLE) if item is not None else None
        return int(pid) if pid is not None else None

    def _update_buttons(self) -> None:
        has = self.selected_plan_id() is not None
        self.edit_btn.setEnabled(has)
        self.archive_btn.setEnabled(has)

    # -- actions --------------------------------------------------------------------------------------------
    def _open_dialog(self, plan=None) -> bool:
        from caregiver_app.ui.plan_dialog import PlanDialog

        assert self.person is not None  # a plan is added or changed for the person shown
        dlg = PlanDialog(self.ctx, self.person, plan, self)
        return bool(dlg.exec())

    def add(self) -> None:
        if self.person is None:
            return
        if not self.ctx.store.medicines.list_for(self.person.stored_id):
            self.show_empty(_("A plan belongs to a medicine: first add {name}'s medicine on the Medicines page, then "
                              "come back to add the plan.", name=self.person.name), _("Go to Medicines"),
                            ("page", "medicines"))
            return
        if self.open_dialog(None):
            # (the plan service's change redraws the pages and re-checks the reminders)
            self.say(_("Plan saved. Its doses are reminded from now on if it is being followed."))

    def edit(self) -> None:
        pid = self.selected_plan_id()
        plan = self.ctx.store.plans.get(pid) if pid is not None else None
        if plan is not None and self.open_dialog(plan):
            self.say(_("Plan changed."))

    def archive(self) -> None:
        pid = self.selected_plan_id()
        plan = self.ctx.store.plans.get(pid) if pid is not None else None
        if plan is None or pid is None:  # (a plan was found by its id)
            return
        if not self.prompts.confirm(_("Archive this plan?"),
                                    _("Archive the plan “{plan}”? It is no longer shown or checked; nothing is "
                                      "deleted, and Edit > Undo (Ctrl+Z) brings it back.", plan=plan.name)):
            return
        self.archive_undoably("plan", pid, plan.name, what=_("the plan {plan}", plan=plan.name))
