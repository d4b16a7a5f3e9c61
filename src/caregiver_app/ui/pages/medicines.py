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
from caregiver_app.system.i18n import Tr, decimal_text, localize
from caregiver_app.ui.pages.base import Page, day_text, marked_word

if TYPE_CHECKING:
    from caregiver_app.ui.medicine_dialog import MedicineDialog

_ = Tr("ui.pages.medicines")


class MedicinesPage(Page):
    title = _.mark("Medicines")

    def build(self, content: QWidget) -> None:
        lay = QVBoxLayout(content)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_("Medicine"), _("When it is taken"), _("Stock")])
        self.table.setAccessibleName(_("Medicines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton(_("&Add a medicine…"))
        self.edit_btn = QPushButton(_("Cha&nge…"))
        self.archive_btn = QPushButton(_("A&rchive"))
        self.refill_btn = QPushButton(_("Pump re&filled today…"))
        self.show_archived = QCheckBox(_("Show archived"))
        for b, name in ((self.add_btn, _("Add a medicine")), (self.edit_btn, _("Edit the selected medicine")),
                        (self.archive_btn, _("Archive or restore the selected medicine")),
                        (self.refill_btn, _("Record that the pump was refilled today")),
                        (self.show_archived, _("Show archived medicines"))):
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
            self.show_empty(_("Nothing yet — no medicines recorded for {name}. Add each medicine with its strength "
                              "and the times it is taken; reminders follow from that.", name=self.person.name),
                            _("Add a medicine…"), None)
            return
        self.show_content()
        plan_notes = self.services.doses.plan_notes(rid)  # a followed plan sets the doses: say so
        self.table.setRowCount(len(self.meds))
        for r, med in enumerate(self.meds):
            mid = med.stored_id
            scheds = store.schedules.for_medicine(mid)
            when = "; ".join(localize(describe_schedule(s, med)) for s in scheds)
            if mid in plan_notes:
                when = _("{schedules} — {plan}", schedules=when, plan=plan_notes[mid])
            when = when or (_("Pump: no doses to remind") if med.is_pump else _("No schedule"))
            if med.is_pump:
                parts = []
                if med.pump_refill_date:
                    parts.append(_("next refill {date}", date=day_text(med.pump_refill_date, "dd MMM yyyy")))
                if med.pump_alarm_date:
                    parts.append(_("alarm date {date}", date=day_text(med.pump_alarm_date, "dd MMM yyyy")))
                if parts:
                    when = _("{when} — {dates}", when=when, dates=", ".join(parts))
            st = self.services.doses.stock_status(med)
            stock = localize(st.short) or ("" if med.stock_on_hand is None else
                                           _("{amount} on hand", amount=decimal_text(med.stock_on_hand)))
            if st.reorder:
                stock = _("{stock} — reorder now", stock=stock)
            name = localize(med.describe())
            if med.archived_at:
                name = _("{medicine}  (archived)", medicine=name)
            if not med.baclofen and not med.is_pump:
                # The baclofen checks follow the ingredient: say when they do not apply (above all to a name that
                # looks like baclofen, a typing slip away from switching them off).
                name = (_("{medicine}\n⚠ Recorded as not baclofen: the baclofen checks do not apply.", medicine=name)
                        if looks_like_baclofen(med.name) else
                        _("{medicine}\nNot baclofen: the baclofen checks do not apply.", medicine=name))
            for c, text in enumerate((name, when, stock)):
                item = QTableWidgetItem(text)
                if c == 0 and not med.baclofen:
                    item.setToolTip(marked_word("domain.medicines", NOT_BACLOFEN_NOTE))
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
        self.archive_btn.setText(_("&Restore") if med is not None and med.archived_at else _("A&rchive"))
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
        text = self.prompts.ask_text(_("Pump refilled today"), _("The next refill date, if you know it (YYYY-MM-DD; "
                                                                 "leave empty to keep it as it is):"))
        if text is None:
            return
        nxt, errors = (parse_iso_date("pump_refill_date", text, label=_("Next refill")) if text.strip()
                       else (None, []))
        try:
            if errors:
                raise ValidationFailed(errors)
            self.services.checkins.record_refill(med, next_refill=nxt)
        except (ValidationFailed, StoreError) as exc:
            words = (" ".join(localize(e.message) for e in exc.errors) if isinstance(exc, ValidationFailed)
                     else localize(exc))
            self.prompts.error(_("Refill not recorded"), words)
            return
        self._status(_("Pump refill recorded for today. The app will ask a short check-in each day for the next "
                       "few days."))

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
        dlg = self._dialog()
        if dlg.exec() and dlg.saved is not None:  # a saved medicine redraws the pages through the change signal
            self.say(_("Saved {medicine}: its reminders follow from now on.", medicine=dlg.saved.name))

    def edit(self) -> None:
        med = self.current()
        if med is None or med.archived_at:
            return
        dlg = self._dialog(med)
        if dlg.exec() and dlg.saved is not None:
            self.say(_("Saved the changes to {medicine}.", medicine=dlg.saved.name))

    def toggle_archive(self) -> None:
        med = self.current()
        if med is None:
            return
        archiving = med.archived_at is None
        if archiving and not self.prompts.confirm(
                _("Archive this medicine?"),
                _("Archive {medicine}? Its reminders stop; its dose history is kept and it can be restored from "
                  "\"Show archived\" (or with Edit > Undo, Ctrl+Z).", medicine=med.name)):
            return
        self.archive_undoably("medicine", med.stored_id, med.name, archived=archiving)
