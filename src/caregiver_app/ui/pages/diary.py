"""The symptom diary page: quick entry, the list (paged from SQL), a chart against the dose, danger-sign guidance."""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.diary import PERIODS, SCORES, SIDE_EFFECTS, DiaryEntry, DiaryFilter, Guidance
from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.services.diary import SavedEntry
from caregiver_app.storage import StoreError
from caregiver_app.ui.diary_form import DiaryForm
from caregiver_app.ui.diary_model import COLUMNS, DiaryTableModel, when_text
from caregiver_app.ui.forms import FlowLayout, labelled
from caregiver_app.ui.pages.base import Page
from caregiver_app.ui.red_flags import RedFlagDialog
from caregiver_app.ui.undo import Undoable, do_undoably
from caregiver_app.ui.widgets import FieldErrorLabel

if TYPE_CHECKING:
    from caregiver_app.ui.charts import ChartWidget

RANGES = (("Last 4 weeks", 28), ("Last 3 months", 91), ("Last year", 365), ("Everything", 0))


def _entry_of(cmd: Undoable) -> DiaryEntry:
    """The diary entry an undoable diary action was about."""
    subject = cmd.subject
    return subject.entry if isinstance(subject, SavedEntry) else subject


class DiaryPage(Page):
    title = "Symptom diary"

    def build(self, content: QWidget) -> None:
        store = self.ctx.store
        self.store = store
        self._own_shortcuts = False
        self.chart: ChartWidget | None = None
        self.red_flag_dialog: RedFlagDialog | None = None
        self.context = (False, False)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("diarySummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)

        # -- new entry -----------------------------------------------------------------------------
        self.form = DiaryForm()
        self.form.save_requested.connect(self.save)
        self.form.same_as_last_requested.connect(self.same_as_last)
        self.form.cancel_edit_requested.connect(self.cancel_edit)
        self.form.now_requested.connect(self._set_now)
        self.form.install_shortcuts(self)  # Ctrl+Enter saves from anywhere on the page (the tab bar too)
        self.tabs.addTab(self.form, "&New entry")
        # A danger sign is acted on the moment it is ticked, whatever else the form holds (facts sheet §4); an
        # entry with a danger sign that cannot be saved yet is saved as soon as its fields are put right.
        self._ticked: set[str] = set()
        self._quiet = False   # the form is being filled by the app (an entry loaded), not ticked by a person
        self.form.red_flags.changed.connect(self._danger_signs_changed)
        self._pending = QTimer(self)
        self._pending.setInterval(600)
        self._pending.timeout.connect(self._save_when_valid)

        # -- entries -------------------------------------------------------------------------------
        listing = QWidget()
        ll = QVBoxLayout(listing)
        ll.setContentsMargins(0, 4, 0, 0)
        filter_bar = QWidget()
        filters = FlowLayout(filter_bar, spacing=10)
        self.from_check = QCheckBox("From")
        self.from_date = QDateEdit()
        self.to_check = QCheckBox("to")
        self.to_date = QDateEdit()
        for chk, edit, name in ((self.from_check, self.from_date, "From date"), (self.to_check, self.to_date,
                                                                                 "To date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            today = QDate(*store.clock.today().timetuple()[:3])
            edit.setDate(today.addDays(-30) if edit is self.from_date else today)
            chk.toggled.connect(edit.setEnabled)
            chk.toggled.connect(self._filters_changed)
            edit.dateChanged.connect(self._filters_changed)
        filters.addWidget(labelled(self.from_check, self.from_date, self.to_check, self.to_date))
        self.score_combo = QComboBox()
        self.score_combo.setAccessibleName("Filter by score")
        self.score_combo.addItem("Any score", None)
        for key, s in SCORES.items():
            self.score_combo.addItem(s.label, key)
        self.score_min = QDoubleSpinBox()
        self.score_max = QDoubleSpinBox()
        for spin, name in ((self.score_min, "Lowest score"), (self.score_max, "Highest score")):
            spin.setDecimals(1)
            spin.setAccessibleName(name)
            spin.setEnabled(False)
            spin.valueChanged.connect(self._filters_changed)
        self.score_combo.currentIndexChanged.connect(self._score_filter_changed)
        filters.addWidget(labelled(self.score_combo, QLabel("from"), self.score_min, QLabel("to"), self.score_max))
        self.side_combo = QComboBox()
        self.side_combo.setAccessibleName("Filter by side effect")
        self.side_combo.addItem("Any side effect", None)
        for key, label in SIDE_EFFECTS.items():
            self.side_combo.addItem(label, key)
        self.side_combo.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.side_combo)
        self.flags_only = QCheckBox("Only entries with danger signs")
        self.flags_only.toggled.connect(self._filters_changed)
        filters.addWidget(self.flags_only)
        self.checkins_only = QCheckBox("Only check-ins")
        self.checkins_only.setToolTip("Only the answers to the dose-change check-ins")
        self.checkins_only.toggled.connect(self._filters_changed)
        filters.addWidget(self.checkins_only)
        self.reset_filters_button = QPushButton("Sho&w all")
        self.reset_filters_button.setToolTip("Clear the filters")
        self.reset_filters_button.clicked.connect(self.reset_filters)
        filters.addWidget(self.reset_filters_button)
        ll.addWidget(filter_bar)
        self.filter_error = FieldErrorLabel()
        ll.addWidget(self.filter_error)

        self.model = DiaryTableModel(store, self)
        self.table = QTableView()
        self.table.setAccessibleName("Diary entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring: fast with 100,000 rows
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        hh.sectionClicked.connect(self._header_clicked)
        hh.setStretchLastSection(True)
        fm = self.fontMetrics()
        for i, (head, _key, _tip) in enumerate(COLUMNS):
            w = fm.horizontalAdvance(head) + 26  # room for the sort arrow
            w = max(w, {"When": fm.horizontalAdvance("Wed 30 Sep 2026 21:30  (check-in)") + 36,
                        "Danger signs": fm.horizontalAdvance("⚠ A seizure (fit)") + 12,
                        "Side effects": fm.horizontalAdvance("Drowsiness, Dizziness") + 12,
                        "Notes": fm.horizontalAdvance("Legs stiff in the morning") + 12}.get(head, 0))
            self.table.setColumnWidth(i, w)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for seq, slot in (("Return", self.edit_selected), ("Enter", self.edit_selected),
                          ("Delete", self.delete_selected)):
            sc = QShortcut(QKeySequence(seq), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        ll.addWidget(self.table, 1)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("diaryUndoBar")
        self.undo_bar.setStyleSheet("QFrame#diaryUndoBar { background: #eef4fb; border: 1px solid #9fb8d3; }")
        ub = QHBoxLayout(self.undo_bar)
        ub.setContentsMargins(8, 4, 8, 4)
        self.undo_text = QLabel()
        self.undo_button = QPushButton("&Undo")
        self.undo_button.clicked.connect(self.undo)
        ub.addWidget(self.undo_text, 1)
        ub.addWidget(self.undo_button)
        self.undo_bar.hide()
        ll.addWidget(self.undo_bar)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of entries shown")
        self.edit_button = QPushButton("Ch&ange…")
        self.edit_button.setToolTip("Change the selected entry (Enter)")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("&Delete…")
        self.delete_button.setToolTip("Delete the selected entry (Delete); it can be undone")
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton("E&xport CSV…")
        self.export_button.setToolTip("Save the entries shown as a spreadsheet file (CSV)")
        self.export_button.clicked.connect(lambda: self.export_csv())
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.export_button)
        ll.addLayout(actions)
        self.tabs.addTab(listing, "Ent&ries")

        # -- chart (built on first visit) -------------------------------------------------------------
        self.chart_tab = QWidget()
        QVBoxLayout(self.chart_tab).setContentsMargins(0, 4, 0, 0)
        self.tabs.addTab(self.chart_tab, "Char&t")
        self.tabs.currentChanged.connect(self._tab_changed)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(self.apply_filters)

    # -- page contract ----------------------------------------------------------------------------------
    def _tz(self):
        return self.store.clock.local_tz()

    def _today(self) -> date:
        return self.store.clock.today()

    def refresh(self) -> None:
        if self.person is None:
            return
        rid = self.person.stored_id
        if self.form.editing is not None and self.form.editing.person_id != rid:
            self.cancel_edit()
        self.context = self.services.diary.context(rid)
        on_taper, has_pump = self.context
        self.form.set_red_flag_options(on_taper=on_taper, has_pump=has_pump)
        if not self.form.time_touched:
            self._set_now()
        self.model.set_query(rid, self._current_filter(show_errors=False))
        self._after_reload()
        if self.chart is not None:
            self.update_chart()
        self.show_content()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.in_window_with_undo() and not self._own_shortcuts:
            # A page on its own (not in the main window) gets its own stack and Ctrl+Z / Ctrl+Shift+Z.
            self._own_shortcuts = True
            for seq, slot in ((QKeySequence.StandardKey.Undo, self.undo), (QKeySequence.StandardKey.Redo, self.redo)):
                sc = QShortcut(QKeySequence(seq), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(slot)

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    # -- summary and list ---------------------------------------------------------------------------------
    def _after_reload(self) -> None:
        rid = self.person.id if self.person else None
        if rid is None:
            return
        # Counting 100,000 rows costs tens of ms: reuse the list's count when it is not filtered.
        total = self.model.total if self.model.filter is None else self.store.diary.count(rid)
        last = self.store.diary.last(rid)
        if total:
            self.summary.setText(f"{total:,} entr{'y' if total == 1 else 'ies'}; the last on "
                                 f"{when_text(last, self._tz())}." if last else "")
        else:
            self.summary.setText("No entries yet. A short entry each evening (spasms, stiffness, pain, sleep, side "
                                 "effects) shows over time whether a dose change helps.")
        shown = self.model.total
        self.count_label.setText(f"Showing {shown:,} of {total:,} entries" if shown != total
                                 else f"{total:,} entr{'y' if total == 1 else 'ies'}")
        self._selection_changed()
        self.export_button.setEnabled(total > 0)

    def _selection_changed(self, *_a) -> None:
        # Nothing is selected for you: a selected row would hide the colour of a danger-sign entry.
        has = self.selected_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _header_clicked(self, column: int) -> None:
        hh = self.table.horizontalHeader()
        key = COLUMNS[column][1]
        if key is None:
            hh.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder if self.model.descending
                                else Qt.SortOrder.AscendingOrder)
            return
        if key == self.model.sort_key:
            order = Qt.SortOrder.AscendingOrder if self.model.descending else Qt.SortOrder.DescendingOrder
        else:
            order = Qt.SortOrder.DescendingOrder
        hh.setSortIndicator(column, order)
        self.model.sort(column, order)
        self._after_reload()

    def _score_filter_changed(self) -> None:
        key = self.score_combo.currentData()
        for spin in (self.score_min, self.score_max):
            spin.blockSignals(True)
            spin.setEnabled(key is not None)
            if key is not None:
                s = SCORES[key]
                spin.setRange(s.minimum, s.maximum)
                spin.setDecimals(0 if s.whole else 1)
                spin.setSingleStep(1 if s.whole else 0.5)
            spin.blockSignals(False)
        if key is not None:
            self.score_min.setValue(SCORES[key].minimum)
            self.score_max.setValue(SCORES[key].maximum)
        self._filters_changed()

    def _filters_changed(self, *_a) -> None:
        self._filter_timer.start()

    def _current_filter(self, show_errors: bool = True) -> DiaryFilter | None:
        def py(qd: QDate) -> date:
            return date(qd.year(), qd.month(), qd.day())

        key = self.score_combo.currentData()
        flt = DiaryFilter(
            start=py(self.from_date.date()) if self.from_check.isChecked() else None,
            end=py(self.to_date.date()) if self.to_check.isChecked() else None,
            score=key,
            score_min=self.score_min.value() if key is not None else None,
            score_max=self.score_max.value() if key is not None else None,
            side_effect=self.side_combo.currentData(),
            red_flags_only=self.flags_only.isChecked(),
            checkins_only=self.checkins_only.isChecked(),
        )
        errors = flt.validate()
        if show_errors:
            self.filter_error.show_error(" ".join(e.message for e in errors))
        if errors:
            return None
        return None if flt == DiaryFilter() else flt

    def apply_filters(self) -> None:
        if self.person is None:
            return
        flt = self._current_filter()
        if flt is None and self.filter_error.isVisible():
            return  # a bad filter: say so and keep showing what was there
        self.model.set_query(self.person.id, flt)
        self.table.clearSelection()
        self._after_reload()

    def reset_filters(self) -> None:
        for w in (self.from_check, self.to_check, self.flags_only, self.checkins_only):
            w.blockSignals(True)
            w.setChecked(False)
            w.blockSignals(False)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        self.score_combo.setCurrentIndex(0)
        self.side_combo.setCurrentIndex(0)
        self._filter_timer.stop()
        self.apply_filters()

    def selected_entry(self) -> DiaryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            idx = self.table.currentIndex()
            return self.model.entry(idx.row()) if idx.isValid() else None
        return self.model.entry(rows[0].row())

    # -- saving ---------------------------------------------------------------------------------------------
    def _set_now(self) -> None:
        self.form.set_time(self.store.clock.now_utc(), self._tz())

    def save(self) -> bool:
        """Save the form. On bad input: messages beside the fields, nothing saved, nothing cleared."""
        if self.person is None:
            return False
        if self.form.editing is None and not self.form.time_touched:
            self._set_now()  # the form may have been open a while: 'now' means now
        tz, today = self._tz(), self._today()
        entry, errors = self.form.collect(self.person.stored_id, tz, today, self.person.date_of_birth)
        if errors:
            self.form.show_errors(errors)
            if self.form.red_flags.checked():
                # The danger sign's guidance is on screen already; the entry is kept and saved once it can be.
                self._show_guidance_for_ticked()
                self._pending.start()
                self.form.status.setText("Not saved yet: please put right the fields marked in red. The entry, "
                                         "with its danger sign, is saved as soon as they are right; nothing you "
                                         "typed is lost.")
            else:
                self.form.status.setText("Not saved: please check the fields marked in red.")
            return False
        self._pending.stop()
        before = self.form.editing
        label = when_text(entry, tz)
        diary = self.services.diary
        try:
            if before is None:
                cmd = do_undoably(self.undo_stack, f"Add diary entry ({label})", lambda: diary.save(entry),
                                  lambda: diary.set_deleted(_entry_of(cmd).stored_id, True),
                                  lambda: diary.set_deleted(_entry_of(cmd).stored_id, False), kind="add",
                                  after=self._changed)
            else:
                cmd = do_undoably(self.undo_stack, f"Change diary entry ({label})", lambda: diary.save(entry, before),
                                  lambda: diary.put_back(before), lambda: diary.put_back(_entry_of(cmd)),
                                  kind="edit", after=self._changed)
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            self.form.status.setText("Not saved: please check the fields marked in red.")
            return False
        except (StoreError, LookupError) as exc:
            self.form.show_errors([FieldError("store", str(exc))])
            self.form.status.setText("Not saved.")
            return False
        saved: SavedEntry = cmd.subject
        self.form.set_editing(None)
        self._clear_form()
        self._set_now()
        self.form.status.setText(f"Saved: {label}." + ("" if before is None else " (Ctrl+Z undoes the change.)"))
        if saved.guidance is not None:
            self.show_red_flag_panel(saved.guidance)
        else:
            self.form.focus_first()
        return True

    def _danger_signs_changed(self) -> None:
        now = set(self.form.red_flags.checked())
        new, self._ticked = now - self._ticked, now
        if new and not self._quiet:
            self._show_guidance_for_ticked()

    def _show_guidance_for_ticked(self) -> None:
        """The guidance for the signs ticked now, before anything else is checked or saved."""
        if self.person is None:
            return
        guidance = self.services.diary.guidance(self.person.stored_id, self.form.red_flags.checked())
        shown = self.red_flag_dialog
        if guidance is not None and shown is not None and shown.isVisible() and shown.guidance == guidance:
            return  # already on screen
        self.show_red_flag_panel(guidance, recorded=False)

    def _save_when_valid(self) -> None:
        """While an entry with a danger sign waits to be saved: save it as soon as the form is right."""
        if self.person is None or not self.form.red_flags.checked():
            self._pending.stop()
            return
        _entry, errors = self.form.collect(self.person.stored_id, self._tz(), self._today(),
                                           self.person.date_of_birth)
        if not errors:
            self._pending.stop()
            self.save()

    def _load_form(self, entry: DiaryEntry, *, with_time: bool = True) -> None:
        """Fill the form from an entry (no danger-sign window: nothing was ticked by a person)."""
        self._quiet = True
        try:
            self.form.load(entry, self._tz(), with_time=with_time)
        finally:
            self._quiet = False
            self._ticked = set(self.form.red_flags.checked())

    def _clear_form(self) -> None:
        self._pending.stop()
        self._quiet = True
        try:
            self.form.clear()
        finally:
            self._quiet = False
            self._ticked = set()

    def show_red_flag_panel(self, guidance: Guidance | None, *, recorded: bool = True) -> RedFlagDialog | None:
        if guidance is None:
            return None
        if self.red_flag_dialog is not None:
            if recorded and self.red_flag_dialog.isVisible() and self.red_flag_dialog.guidance == guidance:
                self.red_flag_dialog.set_recorded(True)  # the entry is saved now: say so, keep the window
                return self.red_flag_dialog
            self.red_flag_dialog.close()
        dlg = RedFlagDialog(guidance, self.person, self, recorded=recorded)
        dlg.open_emergency_info.connect(lambda: self.navigate.emit("info", "emergency#call-emergency"))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.red_flag_dialog = dlg
        dlg.open()
        return dlg

    def same_as_last(self) -> None:
        if self.person is None:
            return
        last = self.store.diary.last(self.person.stored_id, exclude_id=self.form.editing.id if self.form.editing
                                     else None)
        if last is None:
            self.form.status.setText("There is no earlier entry to copy.")
            return
        self._load_form(last.carried_over(self.store.clock.now_utc()), with_time=False)
        self.form.status.setText(f"Copied from {when_text(last, self._tz())} (danger signs and notes are not "
                                 "copied). Change what is different, then save.")
        self.form.focus_first()

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.form.set_editing(entry, when_text(entry, self._tz()))
        self._load_form(entry)
        self.form.status.setText("")
        self.tabs.setCurrentIndex(0)
        self.form.focus_first()

    def cancel_edit(self) -> None:
        self.form.set_editing(None)
        self._clear_form()
        self._set_now()
        self.form.status.setText("Nothing was changed.")

    def delete_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None:
            return False
        label = when_text(entry, self._tz())
        if not self.prompts.confirm("Delete diary entry", f"Delete the entry of {label}?\n\nYou can undo this "
                                    "(Ctrl+Z).", "Delete", "Keep it"):
            return False
        diary, entry_id = self.services.diary, entry.stored_id
        try:
            do_undoably(self.undo_stack, f"Delete diary entry ({label})", lambda: diary.set_deleted(entry_id, True),
                        lambda: diary.set_deleted(entry_id, False), kind="delete", after=self._changed)
        except (StoreError, LookupError) as exc:
            self.undo_text.setText(f"Not deleted: {exc}")
            self.undo_bar.show()
            return False
        if self.form.editing is not None and self.form.editing.id == entry.id:
            self.cancel_edit()
        self.undo_text.setText(f"Deleted the entry of {label}.")
        self.undo_button.show()
        self.undo_bar.show()
        return True

    def _changed(self, cmd: Undoable) -> None:
        """After a diary change, done or undone (the page itself was redrawn by the change signal): keep the
        changed entry in view, and say when a deleted entry is back."""
        if self.person is None:
            return
        entry = _entry_of(cmd)
        row = self.model.row_of(entry.stored_id)
        if row >= 0:  # show which entry changed, without a selection hiding a danger sign's colour
            idx = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(idx)
        if cmd.kind == "delete" and self.undo_bar.isVisible() and self.store.diary.get(entry.stored_id) is not None:
            self.undo_text.setText("The entry is back.")
            self.undo_button.hide()

    # -- export ---------------------------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> int | None:
        if self.person is None:
            return None
        if path is None:
            safe = "".join(c if c.isalnum() else "-" for c in self.person.name).strip("-") or "diary"
            path = self.prompts.save_path("Export the diary as CSV", f"diary-{safe}-{self._today().isoformat()}.csv",
                                          "CSV files (*.csv)")
            if not path:
                return None
        from caregiver_app.reports.diary_csv import export_diary_csv

        try:
            n = export_diary_csv(self.store, self.person.stored_id, path, self.model.filter)
        except OSError as exc:
            self.count_label.setText(f"Export failed: {exc.strerror or exc}. Nothing was written.")
            return None
        self.count_label.setText(f"Exported {n:,} entries to {path}")
        return n

    # -- chart ------------------------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.chart_tab:
            if self.chart is None:
                self._build_chart()
            self.update_chart()

    def _build_chart(self) -> None:
        from caregiver_app.ui.charts import ChartWidget  # only when the chart is first wanted

        lay = self.chart_tab.layout()
        assert isinstance(lay, QVBoxLayout)  # made with the tab (build)
        bar = QWidget()
        row = FlowLayout(bar, spacing=12)
        self.chart_score = QComboBox()
        self.chart_score.setAccessibleName("Score to chart")
        for key, s in SCORES.items():
            self.chart_score.addItem(s.label, key)
        self.chart_period = QComboBox()
        self.chart_period.setAccessibleName("Average over")
        for key, label in PERIODS.items():
            self.chart_period.addItem(f"{label} average", key)
        self.chart_period.setCurrentIndex(1)
        self.chart_range = QComboBox()
        self.chart_range.setAccessibleName("Time shown")
        for label, days in RANGES:
            self.chart_range.addItem(label, days)
        self.chart_range.setCurrentIndex(1)
        for combo, text in ((self.chart_score, "&Score"), (self.chart_period, "A&verage"),
                            (self.chart_range, "Ti&me")):
            lab = QLabel(text)
            lab.setBuddy(combo)
            row.addWidget(labelled(lab, combo))
            combo.currentIndexChanged.connect(lambda _i: self.update_chart())
        self.chart_save = QPushButton("Save as &image…")
        self.chart_save.clicked.connect(lambda: self.save_chart_image())
        row.addWidget(self.chart_save)
        lay.addWidget(bar)
        # The chart scrolls when the text is large and the window small; its summary in words stays below it.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        il = QVBoxLayout(inner)
        il.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(inner)
        lay.addWidget(scroll, 1)
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(max(300, self.fontMetrics().height() * 15))
        il.addWidget(self.chart, 1)
        self.chart_summary = QLabel()
        self.chart_summary.setWordWrap(True)
        self.chart_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.chart_summary)

    def chart_range_dates(self) -> tuple[date, date]:
        end = self._today()
        days = self.chart_range.currentData()
        if days:
            return end - timedelta(days=days - 1), end
        first = self.store.diary.first_day(self.person.stored_id) if self.person else None
        return (min(first, end) if first else end - timedelta(days=27)), end

    def update_chart(self) -> None:
        if self.chart is None or self.person is None:
            return
        from caregiver_app.reports.charts import build_diary_chart

        start, end = self.chart_range_dates()
        changes = [p.start for p in self.services.checkins.periods(self.person.stored_id, since=start)]
        data = build_diary_chart(self.store, self.person.stored_id, self.chart_score.currentData(),
                                 self.chart_period.currentData(), start, end, self.person.name, changes)
        self.chart.set_data(data)
        self.chart_summary.setText(data.summary())

    def save_chart_image(self, path: str | None = None) -> bool:
        if self.chart is None or self.chart.data is None:
            return False
        if path is None:
            path = self.prompts.save_path("Save the chart as an image", "diary-chart.png", "PNG images (*.png)")
            if not path:
                return False
        ok = self.chart.to_image().save(path, "PNG")  # type: ignore[call-overload]  # stub: bytes; PySide6 takes a str only
        self.chart_summary.setText(("Saved the chart to " if ok else "Could not save the chart to ") + path)
        return ok
