"""Medicines page: each medicine, how it is taken, stock; add, edit, archive (history is kept)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.medicines import NOT_BACLOFEN_NOTE, Medicine, describe_schedule, looks_like_baclofen
from caregiver_app.ui.pages.base import Page

if TYPE_CHECKING:
    from caregiver_app.ui.medicine_dialog import MedicineDialog


class MedicinesPage(Page):
    title = "Medicines"

    def build(self, content: QWidget) -> None:
        lay = QVBoxLayout(content)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Medicine", "When it is taken", "Stock"])
        self.table.setAccessibleName("Medicines")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton("&Add a medicine…")
        self.edit_btn = QPushButton("&Edit…")
        self.archive_btn = QPushButton("A&rchive")
        self.refill_btn = QPushButton("Pump re&filled today…")
        self.show_archived = QCheckBox("Show archived")
        for b, name in ((self.add_btn, "Add a medicine"), (self.edit_btn, "Edit the selected medicine"),
                        (self.archive_btn, "Archive or restore the selected medicine"),
                        (self.refill_btn, "Record that the pump was refilled today"),
                        (self.show_archived, "Show archived medicines")):
            b.setAccessibleName(name)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.archive_btn.clicked.connect(self.toggle_archive)
        self.refill_btn.clicked.connect(self.record_refill)
        self.show_archived.toggled.connect(lambda _b: self.refresh())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty.action.connect(self.add)
        self.meds: list[Medicine] = []

    def refresh(self) -> None:
        if self.person is None:
            return
        store = self.ctx.store
        rid = self.person.stored_id
        self.meds = store.medicines.list_for(rid, include_archived=self.show_archived.isChecked())
        if not self.meds and not self.show_archived.isChecked():
            self.show_empty(f"Nothing yet — no medicines recorded for {self.person.name}. Add each medicine with "
                            "its strength and the times it is taken; reminders follow from that.",
                            "Add a medicine…", None)
            return
        self.show_content()
        plan_notes = self.services.doses.plan_notes(rid)  # a followed plan sets the doses: say so
        self.table.setRowCount(len(self.meds))
        for r, med in enumerate(self.meds):
            mid = med.stored_id
            scheds = store.schedules.for_medicine(mid)
            when = "; ".join(describe_schedule(s, med) for s in scheds) + (
                f" — {plan_notes[mid]}" if mid in plan_notes else "") or (
                "Pump: no doses to remind" if med.is_pump else "No schedule")
            if med.is_pump:
                parts = []
                if med.pump_refill_date:
                    parts.append(f"next refill {med.pump_refill_date:%d %b %Y}")
                if med.pump_alarm_date:
                    parts.append(f"alarm date {med.pump_alarm_date:%d %b %Y}")
                when += (" — " + ", ".join(parts)) if parts else ""
            st = self.services.doses.stock_status(med)
            stock = st.short or ("" if med.stock_on_hand is None else
                                                               f"{med.stock_on_hand:g} on hand")
            if st.reorder:
                stock += " — reorder now"
            name = med.describe() + ("  (archived)" if med.archived_at else "")
            if not med.baclofen and not med.is_pump:
                # The baclofen checks follow the ingredient: say when they do not apply (above all to a name that
                # looks like baclofen, a typing slip away from switching them off).
                name += ("\n⚠ Recorded as not baclofen: " if looks_like_baclofen(med.name) else "\nNot baclofen: ") \
                    + "the baclofen checks do not apply."
            for c, text in enumerate((name, when, stock)):
                item = QTableWidgetItem(text)
                if c == 0 and not med.baclofen:
                    item.setToolTip(NOT_BACLOFEN_NOTE)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if self.meds:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> Medicine | None:
        r = self.table.currentRow()
        return self.meds[r] if 0 <= r < len(self.meds) else None

    def _update_buttons(self) -> None:
        med = self.current()
        self.edit_btn.setEnabled(med is not None and med.archived_at is None)
        self.archive_btn.setEnabled(med is not None)
        self.archive_btn.setText("&Restore" if med is not None and med.archived_at else "A&rchive")
        self.refill_btn.setVisible(any(m.is_pump and m.archived_at is None for m in self.meds))
        self.refill_btn.setEnabled(med is not None and med.is_pump and med.archived_at is None)

    def record_refill(self) -> None:
        """A pump refill done today opens a few days of check-ins (the dose-change companion); the next refill
        date can be given at once."""
        from caregiver_app.domain.validation import ValidationFailed, parse_iso_date
        from caregiver_app.storage import StoreError

        med = self.current()
        if med is None or not med.is_pump or med.archived_at is not None:
            return
        text = self.prompts.ask_text("Pump refilled today", "The next refill date, if you know it (YYYY-MM-DD; "
                                     "leave empty to keep it as it is):")
        if text is None:
            return
        nxt, errors = parse_iso_date("pump_refill_date", text, label="Next refill") if text.strip() else (None, [])
        try:
            if errors:
                raise ValidationFailed(errors)
            self.services.checkins.record_refill(med, next_refill=nxt)
        except (ValidationFailed, StoreError) as exc:
            words = " ".join(e.message for e in exc.errors) if isinstance(exc, ValidationFailed) else str(exc)
            self.prompts.error("Refill not recorded", words)
            return
        self._status("Pump refill recorded for today. The app will ask a short check-in each day for the next few "
                     "days.")

    def _dialog(self, med: Medicine | None = None) -> MedicineDialog:
        from caregiver_app.ui.medicine_dialog import MedicineDialog

        assert self.person is not None  # a medicine is added or changed for the person shown
        sched = None
        if med is not None:
            scheds = self.ctx.store.schedules.for_medicine(med.stored_id)
            sched = scheds[0] if scheds else None
        tz = getattr(self.ctx.clock.local_tz(), "key", None) or "UTC"
        return MedicineDialog(self.ctx, self.person, med, sched, tz_name=tz, parent=self)

    def add(self) -> None:
        if self.person is None:
            return
        self._dialog().exec()  # a saved medicine redraws the pages through the change signal

    def edit(self) -> None:
        med = self.current()
        if med is None or med.archived_at:
            return
        self._dialog(med).exec()

    def toggle_archive(self) -> None:
        med = self.current()
        if med is None:
            return
        archiving = med.archived_at is None
        if archiving and not self.prompts.confirm(
                "Archive this medicine?",
                f"Archive {med.name}? Its reminders stop; its dose history is kept and it can be restored from "
                "\"Show archived\" (or with Edit > Undo, Ctrl+Z)."):
            return
        self.archive_undoably("medicine", med.stored_id, med.name, archived=archiving)
