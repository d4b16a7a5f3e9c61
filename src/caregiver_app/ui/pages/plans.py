"""Plans: the clinician's titration and taper plans as a table of steps, today's step marked; add, change and
archive (undoable); a notice when a plan reduces faster than the NHS advises (domain/plans.py)."""
from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QUndoCommand
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from caregiver_app.storage import StoreError
from caregiver_app.ui.theme import set_role
from caregiver_app.ui.pages.base import Page

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole


class ArchivePlanCommand(QUndoCommand):
    """Archiving a plan is undoable (Ctrl+Z); nothing is deleted."""

    def __init__(self, store, plan_id: int, name: str, on_change):
        super().__init__(f"Archive the plan {name}")
        self.store, self.pid, self.on_change = store, plan_id, on_change
        self._done = False

    def do(self) -> None:
        self.store.plans.set_archived(self.pid, True)
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
        else:
            self.store.plans.set_archived(self.pid, True)
        self.on_change()

    def undo(self) -> None:
        self.store.plans.set_archived(self.pid, False)
        self.on_change()


class PlansPage(Page):
    title = "Titration and taper plans"
    empty_text = ("Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising or "
                  "lowering the dose, add it here exactly as written; the app checks it and shows it, and never "
                  "makes one up.")

    def build(self, content: QWidget) -> None:
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        # "Too fast" warnings: above the steps, with a link to why.
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        from PySide6.QtWidgets import QTabWidget

        from caregiver_app.ui.plan_views import PlanCalendar, PlanChart

        self.views = QTabWidget()
        self.views.setAccessibleName("The plan as a table, a calendar or a chart")
        self.calendar = PlanCalendar()
        self.chart = PlanChart()
        self.views.addTab(self.table, "&Steps")
        self.views.addTab(self.calendar, "Ca&lendar")
        self.views.addTab(self.chart, "C&hart")
        layout.addWidget(self.views, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton("&Add a plan…")
        self.edit_btn = QPushButton("&Change this plan…")
        self.archive_btn = QPushButton("A&rchive this plan")
        for b, name in ((self.add_btn, "Add a plan"), (self.edit_btn, "Change the selected plan"),
                        (self.archive_btn, "Archive the selected plan")):
            b.setAccessibleName(name)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.archive_btn.clicked.connect(self.archive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty.action.connect(self.add)
        self.confirm = self._confirm      # injectable (tests answer without a screen)
        self.open_dialog = self._open_dialog

    # -- drawing --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.recipient is None:
            return
        bands = self.ctx.store.diary.plan_bands(self.recipient.id)
        if not bands:
            self.show_empty(self.empty_text.format(name=self.recipient.name), "Add a plan…")
            return
        self.show_content()
        today = self.ctx.store.today()
        self.table.setRowCount(len(bands))
        current = None
        for r, b in enumerate(bands):
            now = b.active and b.start <= today < b.end  # "today's step" only from a plan being followed
            current = b if now else current
            name = f"{b.plan_name} ({b.kind})" + ("" if b.active else " — not followed")
            cells = [name, f"{b.start:%a %d %b %Y}", f"{b.end - timedelta(days=1):%a %d %b %Y}",
                     f"{b.mg_per_day:g} mg" + ("   ← today" if now else "")]
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
        notes = list(self.ctx.doses.plan_notes(self.recipient.id, today).values())
        first = (f"Today's step: {current.mg_per_day:g} mg a day." if current else
                 " ".join(notes) if notes else "No plan being followed sets today's doses.")
        self.summary_label.setText(
            first + " Plans are shown as the clinician wrote them. Reminders follow the plan being followed: each "
            "step's doses at the times it lists, until the next step starts, and after the last step its doses "
            "carry on until you change or archive the plan. Questions about a plan: talk to your doctor or nurse.")
        self._show_plan_checks(bands)
        self.calendar.set_bands(bands, today)
        self.chart.set_bands(bands, today)
        self._update_buttons()

    def _show_plan_checks(self, bands) -> None:
        from caregiver_app.services.medicines import MedicineService

        service = MedicineService(self.ctx.store)
        lines = []
        for pid in dict.fromkeys(b.plan_id for b in bands):
            plan = self.ctx.store.plans.get(pid) if pid is not None else None
            if plan is not None:
                lines += [f"<b>{escape(plan.name or 'Plan')}:</b> {escape(w)}" for w in service.too_fast_warnings(plan)]
        if not lines:
            self.warning_label.hide()
            return
        self.warning_label.setText(
            "<p>" + "</p><p>".join(lines) + "</p><p><a href='stopping#app-warning'>Why the app asks: reducing "
            "too quickly</a></p>")
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

        dlg = PlanDialog(self.ctx.store, self.recipient, plan, self)
        return bool(dlg.exec())

    def _changed(self, text: str = "") -> None:
        self._plans_changed()
        if text:
            self._status(text)

    def _plans_changed(self) -> None:
        """A plan saved, archived or brought back changes the reminded doses: the reminders are checked again now
        (new wake-up times, the windows redrawn), then this page."""
        controller = self.ctx.extras.get("reminders")
        if controller is not None:
            controller.review_now("plan-changed")
        self.refresh()

    def add(self) -> None:
        if self.recipient is None:
            return
        if not self.ctx.store.medicines.list_for(self.recipient.id):
            self.show_empty(f"A plan belongs to a medicine: first add {self.recipient.name}'s medicine on the "
                            "Medicines page, then come back to add the plan.", "Go to Medicines",
                            ("page", "medicines"))
            return
        if self.open_dialog(None):
            self._changed("Plan saved.")

    def edit(self) -> None:
        pid = self.selected_plan_id()
        plan = self.ctx.store.plans.get(pid) if pid is not None else None
        if plan is not None and self.open_dialog(plan):
            self._changed("Plan changed.")

    def _confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def archive(self) -> None:
        pid = self.selected_plan_id()
        plan = self.ctx.store.plans.get(pid) if pid is not None else None
        if plan is None:
            return
        if not self.confirm("Archive this plan?",
                            f"Archive the plan “{plan.name}”? It is no longer shown or checked; nothing is deleted, "
                            "and Edit > Undo (Ctrl+Z) brings it back."):
            return
        cmd = ArchivePlanCommand(self.ctx.store, plan.id, plan.name, self._plans_changed)
        try:
            cmd.do()
        except StoreError as exc:
            self._status(f"The plan was not archived: {exc}")
            return
        stack = getattr(self.window(), "undo_stack", None)
        if stack is not None:
            stack.push(cmd)
        else:
            self._plans_changed()
        self._status(f"Archived “{plan.name}”. Ctrl+Z brings it back.")
