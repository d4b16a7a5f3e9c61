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
from caregiver_app.system.i18n import Tr, localize
from caregiver_app.ui.diary_form import DiaryForm
from caregiver_app.ui.diary_model import COLUMNS, DiaryTableModel, when_text
from caregiver_app.ui.forms import FlowLayout, labelled
from caregiver_app.ui.pages.base import Page, marked_word
from caregiver_app.ui.red_flags import RedFlagDialog
from caregiver_app.ui.undo import Undoable, do_undoably
from caregiver_app.ui.widgets import FieldErrorLabel

if TYPE_CHECKING:
    from caregiver_app.ui.charts import ChartWidget

_ = Tr("ui.pages.diary")

RANGES = ((_.mark("Last 4 weeks"), 28), (_.mark("Last 3 months"), 91), (_.mark("Last year"), 365),
          (_.mark("Everything"), 0))
#: The chart's averages, by the key of domain.diary.PERIODS.
AVERAGES = {"day": _.mark("Daily average"), "week": _.mark("Weekly average"), "month": _.mark("Monthly average")}


def _score_label(label: str) -> str:
    return marked_word("domain.diary", label)


def _entries(n: int) -> str:
    """"1 entry", "100,000 entries": a count of entries, with the locale's thousands separator."""
    return _.n("%n entry", "%n entries", n).replace(str(n), _number(n), 1)


def _number(n: int) -> str:
    """A count with the locale's thousands separator ("100,000"; "100.000" in Spanish), also in the C locale."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(n)


def _entry_of(cmd: Undoable) -> DiaryEntry:
    """The diary entry an undoable diary action was about."""
    subject = cmd.subject
    return subject.entry if isinstance(subject, SavedEntry) else subject


class DiaryPage(Page):
    title = _.mark("Symptom diary")

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
        self.form.edited.connect(self._form_edited)
        self.form.install_shortcuts(self)  # Ctrl+Enter saves from anywhere on the page (the tab bar too)
        self.tabs.addTab(self.form, _("&New entry"))
        # A danger sign is acted on the moment it is ticked, whatever else the form holds (facts sheet §4); an
        # entry with a danger sign that cannot be saved yet is saved as soon as its fields are put right.
        self._ticked: set[str] = set()
        self._quiet = False   # the form is being filled by the app (an entry loaded), not ticked by a person
        self.form.red_flags.changed.connect(self._danger_signs_changed)
        self._pending = QTimer(self)
        self._pending.setInterval(600)
        self._pending.timeout.connect(self._save_when_valid)
        self._form_said = ""  # what the page last said on the form about what it holds ("Saved: …", "Copied …")

        # -- entries -------------------------------------------------------------------------------
        listing = QWidget()
        ll = QVBoxLayout(listing)
        ll.setContentsMargins(0, 4, 0, 0)
        filter_bar = QWidget()
        filters = FlowLayout(filter_bar, spacing=10)
        self.from_check = QCheckBox(_("From"))
        self.from_date = QDateEdit()
        self.to_check = QCheckBox(_("to"))
        self.to_date = QDateEdit()
        for chk, edit, name in ((self.from_check, self.from_date, _("From date")),
                                (self.to_check, self.to_date, _("To date"))):
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
        self.score_combo.setAccessibleName(_("Filter by score"))
        self.score_combo.addItem(_("Any score"), None)
        for key, s in SCORES.items():
            self.score_combo.addItem(_score_label(s.label), key)
        self.score_min = QDoubleSpinBox()
        self.score_max = QDoubleSpinBox()
        for spin, name in ((self.score_min, _("Lowest score")), (self.score_max, _("Highest score"))):
            spin.setDecimals(1)
            spin.setAccessibleName(name)
            spin.setEnabled(False)
            spin.valueChanged.connect(self._filters_changed)
        self.score_combo.currentIndexChanged.connect(self._score_filter_changed)
        filters.addWidget(labelled(self.score_combo, QLabel(_("from")), self.score_min, QLabel(_("to")),
                                   self.score_max))
        self.side_combo = QComboBox()
        self.side_combo.setAccessibleName(_("Filter by side effect"))
        self.side_combo.addItem(_("Any side effect"), None)
        for key, label in SIDE_EFFECTS.items():
            self.side_combo.addItem(_score_label(label), key)
        self.side_combo.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.side_combo)
        self.flags_only = QCheckBox(_("Only entries with danger signs"))
        self.flags_only.toggled.connect(self._filters_changed)
        filters.addWidget(self.flags_only)
        self.checkins_only = QCheckBox(_("Only check-ins"))
        self.checkins_only.setToolTip(_("Only the answers to the dose-change check-ins"))
        self.checkins_only.toggled.connect(self._filters_changed)
        filters.addWidget(self.checkins_only)
        self.reset_filters_button = QPushButton(_("Sho&w all"))
        self.reset_filters_button.setToolTip(_("Clear the filters"))
        self.reset_filters_button.clicked.connect(self.reset_filters)
        filters.addWidget(self.reset_filters_button)
        ll.addWidget(filter_bar)
        self.filter_error = FieldErrorLabel()
        ll.addWidget(self.filter_error)

        self.model = DiaryTableModel(store, self)
        self.table = QTableView()
        self.table.setAccessibleName(_("Diary entries"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
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
        # (The widest usual value of a few columns, in the reader's language: a translation gives its own.)
        samples = {"When": (_("Wed 30 Sep 2026 21:30  (check-in)"), 36), "Danger signs": (_("⚠ A seizure (fit)"), 12),
                   "Side effects": (_("Drowsiness, Dizziness"), 12), "Notes": (_("Legs stiff in the morning"), 12)}
        for i, (head, _key, _tip) in enumerate(COLUMNS):
            shown = self.model.headerData(i, Qt.Orientation.Horizontal) or head
            w = fm.horizontalAdvance(str(shown)) + 26  # room for the sort arrow
            sample, extra = samples.get(head, ("", 0))
            w = max(w, fm.horizontalAdvance(sample) + extra if sample else 0)
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
        self.undo_button = QPushButton(_("&Undo"))
        self.undo_button.clicked.connect(self.undo)
        ub.addWidget(self.undo_text, 1)
        ub.addWidget(self.undo_button)
        self.undo_bar.hide()
        ll.addWidget(self.undo_bar)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(_("Number of entries shown"))
        self.edit_button = QPushButton(_("Ch&ange…"))
        self.edit_button.setToolTip(_("Change the selected entry (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(_("&Delete…"))
        self.delete_button.setToolTip(_("Delete the selected entry (Delete); it can be undone"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(_("E&xport CSV…"))
        self.export_button.setToolTip(_("Save the entries shown as a spreadsheet file (CSV)"))
        self.export_button.clicked.connect(lambda: self.export_csv())
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.export_button)
        ll.addLayout(actions)
        self.tabs.addTab(listing, _("Ent&ries"))

        # -- chart (built on first visit) -------------------------------------------------------------
        self.chart_tab = QWidget()
        QVBoxLayout(self.chart_tab).setContentsMargins(0, 4, 0, 0)
        self.tabs.addTab(self.chart_tab, _("Char&t"))
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
            self.summary.setText(_("{entries}; the last on {when}.", entries=_entries(total),
                                   when=when_text(last, self._tz())) if last else "")
        else:
            self.summary.setText(_("No entries yet. A short entry each evening (spasms, stiffness, pain, sleep, side "
                                   "effects) shows over time whether a dose change helps."))
        shown = self.model.total
        self.count_label.setText(_("Showing {shown} of {entries}", shown=_number(shown), entries=_entries(total))
                                 if shown != total else _entries(total))
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
            self.filter_error.show_error(" ".join(localize(e.message) for e in errors))
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
                self._form_says(_("Not saved yet: please put right the fields marked in red. The entry, with its "
                                  "danger sign, is saved as soon as they are right; nothing you typed is lost."))
            else:
                self._form_says(_("Not saved: please check the fields marked in red."))
            return False
        self._pending.stop()
        before = self.form.editing
        label = when_text(entry, tz)
        diary = self.services.diary
        try:
            if before is None:
                cmd = do_undoably(self.undo_stack, _("Add diary entry ({when})", when=label), lambda: diary.save(entry),
                                  lambda: diary.set_deleted(_entry_of(cmd).stored_id, True),
                                  lambda: diary.set_deleted(_entry_of(cmd).stored_id, False), kind="add",
                                  after=self._changed)
            else:
                cmd = do_undoably(self.undo_stack, _("Change diary entry ({when})", when=label),
                                  lambda: diary.save(entry, before),
                                  lambda: diary.put_back(before), lambda: diary.put_back(_entry_of(cmd)),
                                  kind="edit", after=self._changed)
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            self._form_says(_("Not saved: please check the fields marked in red."))
            return False
        except (StoreError, LookupError) as exc:
            self.form.show_errors([FieldError("store", localize(exc))])
            self._form_says(_("Not saved."))
            return False
        saved: SavedEntry = cmd.subject
        self.form.set_editing(None)
        self._clear_form()
        self._set_now()
        self._form_says(_("Saved: {when}.", when=label) if before is None
                        else _("Saved: {when}. (Ctrl+Z undoes the change.)", when=label), until_edited=True)
        if saved.guidance is not None:
            self.show_red_flag_panel(saved.guidance)
        else:
            self.form.focus_first()
        return True

    def _form_says(self, text: str, *, until_edited: bool = False) -> None:
        """A line under the form; ``until_edited``: one about what the form holds ("Saved: …", "Copied from …",
        "Nothing was changed."), cleared as soon as the form is edited."""
        self.form.status.setText(text)
        self._form_said = text if until_edited else ""

    def _form_edited(self) -> None:
        """New values on the form: "Saved: …" (or "Copied from …") no longer describes it."""
        if self._form_said and self.form.status.text() == self._form_said:
            self.form.status.setText("")
        self._form_said = ""

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
            self._form_says(_("There is no earlier entry to copy."))
            return
        self._load_form(last.carried_over(self.store.clock.now_utc()), with_time=False)
        self._form_says(_("Copied from {when} (danger signs and notes are not copied). Change what is different, "
                          "then save.", when=when_text(last, self._tz())), until_edited=True)
        self.form.focus_first()

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.form.set_editing(entry, when_text(entry, self._tz()))
        self._load_form(entry)
        self._form_says("")
        self.tabs.setCurrentIndex(0)
        self.form.focus_first()

    def cancel_edit(self) -> None:
        self.form.set_editing(None)
        self._clear_form()
        self._set_now()
        self._form_says(_("Nothing was changed."), until_edited=True)

    def delete_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None:
            return False
        label = when_text(entry, self._tz())
        if not self.prompts.confirm(_("Delete diary entry"), _("Delete the entry of {when}?\n\nYou can undo this "
                                                               "(Ctrl+Z).", when=label), _("Delete"), _("Keep it")):
            return False
        diary, entry_id = self.services.diary, entry.stored_id
        try:
            do_undoably(self.undo_stack, _("Delete diary entry ({when})", when=label),
                        lambda: diary.set_deleted(entry_id, True),
                        lambda: diary.set_deleted(entry_id, False), kind="delete", after=self._changed)
        except (StoreError, LookupError) as exc:
            self.undo_text.setText(_("Not deleted: {why}", why=localize(exc)))
            self.undo_bar.show()
            return False
        if self.form.editing is not None and self.form.editing.id == entry.id:
            self.cancel_edit()
        self.undo_text.setText(_("Deleted the entry of {when}.", when=label))
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
            self.undo_text.setText(_("The entry is back."))
            self.undo_button.hide()
        if cmd.kind in ("add", "edit") and (cmd.replayed or not cmd.done):
            # What the form said about it is out of date: say what happened instead.
            label = when_text(entry, self._tz())
            if cmd.kind == "add":
                said = (_("Redone: the entry of {when} is added again.", when=label) if cmd.done else
                        _("Undone: adding the entry of {when} (Ctrl+Shift+Z redoes it).", when=label))
            else:
                said = (_("Redone: the entry of {when} is changed again.", when=label) if cmd.done else
                        _("Undone: the change to the entry of {when} (Ctrl+Shift+Z redoes it).", when=label))
            self._form_says(said)

    # -- export ---------------------------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> int | None:
        if self.person is None:
            return None
        if path is None:
            safe = "".join(c if c.isalnum() else "-" for c in self.person.name).strip("-") or _("diary")
            path = self.prompts.save_path(_("Export the diary as CSV"),
                                          _("diary-{name}-{date}.csv", name=safe, date=self._today().isoformat()),
                                          _("CSV files (*.csv)"))
            if not path:
                return None
        from caregiver_app.reports.diary_csv import export_diary_csv

        try:
            n = export_diary_csv(self.store, self.person.stored_id, path, self.model.filter)
        except OSError as exc:
            self.count_label.setText(_("Export failed: {why}. Nothing was written.", why=exc.strerror or exc))
            return None
        self.count_label.setText(_("Exported {entries} to {path}", entries=_entries(n), path=path))
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
        self.chart_score.setAccessibleName(_("Score to chart"))
        for key, s in SCORES.items():
            self.chart_score.addItem(_score_label(s.label), key)
        self.chart_period = QComboBox()
        self.chart_period.setAccessibleName(_("Average over"))
        for key, label in PERIODS.items():
            self.chart_period.addItem(_.lookup(AVERAGES[key]) if key in AVERAGES else
                                      _("{period} average", period=_score_label(label)), key)
        self.chart_period.setCurrentIndex(1)
        self.chart_range = QComboBox()
        self.chart_range.setAccessibleName(_("Time shown"))
        for label, days in RANGES:
            self.chart_range.addItem(_.lookup(label), days)
        self.chart_range.setCurrentIndex(1)
        for combo, text in ((self.chart_score, _("&Score")), (self.chart_period, _("A&verage")),
                            (self.chart_range, _("Ti&me"))):
            lab = QLabel(text)
            lab.setBuddy(combo)
            row.addWidget(labelled(lab, combo))
            combo.currentIndexChanged.connect(lambda _i: self.update_chart())
        self.chart_save = QPushButton(_("Save as &image…"))
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
        self.chart_summary.setText(localize(data.summary()))

    def save_chart_image(self, path: str | None = None) -> bool:
        if self.chart is None or self.chart.data is None:
            return False
        if path is None:
            path = self.prompts.save_path(_("Save the chart as an image"), _("diary-chart.png"),
                                          _("PNG images (*.png)"))
            if not path:
                return False
        ok = self.chart.to_image().save(path, "PNG")  # type: ignore[call-overload]  # stub: bytes; PySide6 takes a str only
        self.chart_summary.setText(_("Saved the chart to {path}", path=path) if ok else
                                   _("Could not save the chart to {path}", path=path))
        return ok
