"""The quick diary entry form: every field reachable by keyboard, numbers typed straight in, errors beside fields."""
from __future__ import annotations

from datetime import date, datetime, tzinfo
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.diary import (
    NOTES_MAX,
    OTHER_SIDE_EFFECTS_MAX,
    PAIN_QUESTION,
    PSFS_FREQUENCY,
    PSFS_FREQUENCY_QUESTION,
    PSFS_SEVERITY,
    PSFS_SEVERITY_QUESTION,
    RECALL,
    RED_FLAGS,
    SIDE_EFFECTS,
    SPASTICITY_QUESTION,
    WAKEUPS_MAX,
    DiaryEntry,
    RedFlag,
    validate_entry,
)
from caregiver_app.domain.validation import FieldError
from caregiver_app.system.i18n import Tr, localize
from caregiver_app.ui.forms import CheckList, NumberField, ScaleChoice
from caregiver_app.ui.widgets import FieldErrorLabel

_ = Tr("ui.diary_form")

_DIGITS = {getattr(Qt.Key, f"Key_{i}"): i for i in range(10)}


def _localized(words: dict) -> dict:
    """A table of the domain's words (a scale's, the side effects') said in the user's language."""
    return {k: localize(v) for k, v in words.items()}


def _whole(n: int) -> str:
    """A whole number with the locale's thousands separator ("10,000"; "10.000" in Spanish)."""
    return f"{n:,}".replace(",", QLocale().groupSeparator())


class DiaryForm(QWidget):
    """Collects one entry. Never clears what was typed unless asked to (after a successful save)."""

    save_requested = Signal()
    same_as_last_requested = Signal()
    cancel_edit_requested = Signal()
    edited = Signal()  # anything on the form changed (a "Saved" message no longer describes it)

    FIELDS = ("entry_at", "psfs_frequency", "psfs_severity", "spasticity", "pain", "sleep_hours", "sleep_wakeups",
              "side_effects", "side_effects_other", "sedatives", "stretching", "red_flags", "notes")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editing: DiaryEntry | None = None
        self.time_touched = False
        self.errors: dict[str, FieldErrorLabel] = {}
        self.inputs: dict[str, QWidget] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("diaryEditing")
        self.mode_label.setStyleSheet("QLabel#diaryEditing { background: #fff3dc; border: 1px solid #c98a00;"
                                      " padding: 6px; }")
        self.mode_label.setWordWrap(True)
        self.mode_label.hide()
        outer.addWidget(self.mode_label)
        # The fields scroll (large text sizes); the buttons below them stay in view.
        self.scroll_area = QScrollArea()  # not self.scroll: that is QWidget.scroll()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 6, 0)
        self.scroll_area.setWidget(fields)
        outer.addWidget(self.scroll_area, 1)
        cols = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cols = cols
        fields_layout.addLayout(cols)
        left, right, bottom = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        self._left, self._right = left, right
        for col in (left, right, bottom):
            col.setSpacing(4)
        cols.addLayout(left, 1)
        cols.addSpacing(16)
        cols.addLayout(right, 1)
        fields_layout.addLayout(bottom)
        fields_layout.addStretch(1)

        def add(col, field: str, label: str, widget: QWidget, help_text: str = "", extra: QWidget | None = None,
                heading: bool = True) -> None:
            """Label above the field, the field (with an optional note beside it), the error below it."""
            widget.setAccessibleName(label.replace("&", "").replace("\n", " "))
            if help_text:
                widget.setToolTip(help_text)
                if not widget.accessibleDescription():
                    widget.setAccessibleDescription(help_text)
            if label:
                lab = QLabel(label)
                lab.setWordWrap(True)
                lab.setBuddy(widget)
                if heading:
                    lab.setObjectName("diaryFieldHeading")
                    lab.setStyleSheet("QLabel#diaryFieldHeading { font-weight: 600; margin-top: 6px; }")
                col.addWidget(lab)
            if extra is not None:
                row = QHBoxLayout()
                row.addWidget(widget)
                row.addWidget(extra)
                row.addStretch(1)
                col.addLayout(row)
            else:
                col.addWidget(widget)
            err = FieldErrorLabel()
            self.errors[field] = err
            col.addWidget(err)
            self.inputs[field] = widget

        def add_row(grid: QFormLayout, field: str, label: str, widget: QWidget, help_text: str,
                    note: str) -> None:
            widget.setAccessibleName(label.replace("&", ""))
            widget.setToolTip(help_text)
            widget.setAccessibleDescription(help_text)
            box = QVBoxLayout()
            box.setSpacing(1)
            row = QHBoxLayout()
            row.addWidget(widget)
            row.addWidget(QLabel(note))
            row.addStretch(1)
            box.addLayout(row)
            err = FieldErrorLabel()
            self.errors[field] = err
            box.addWidget(err)
            lab = QLabel(label)
            lab.setBuddy(widget)
            grid.addRow(lab, box)
            self.inputs[field] = widget

        # -- left: when and the scores ---------------------------------------------------------
        self.when = QDateTimeEdit()
        self.when.setTimeZone(QTimeZone.utc())  # wall time in the app's zone; see set_time()
        self.when.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.when.setCalendarPopup(True)
        self.when.dateTimeChanged.connect(self._time_edited)
        self.now_button = QPushButton(_("Now"))
        self.now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.now_button.setToolTip(_("Set the time to now"))
        self.now_button.clicked.connect(self.request_now)
        add(left, "entry_at", _("&When"), self.when, _("Date and time of the entry; it starts as now."),
            extra=self.now_button)

        self.frequency = ScaleChoice(_localized(PSFS_FREQUENCY), _("Spasm frequency (Penn scale)"))
        add(left, "psfs_frequency", _("Spas&ms {recall} (click one, or press 0 to 4)", recall=localize(RECALL)),
            self.frequency, localize(PSFS_FREQUENCY_QUESTION))
        self.severity = ScaleChoice(_localized(PSFS_SEVERITY), _("Spasm severity (Penn scale)"), vertical=False)
        add(left, "psfs_severity", _("Se&verity, when there were spasms (click one, or press 1 to 3)"),
            self.severity, localize(PSFS_SEVERITY_QUESTION))
        self.frequency.changed.connect(self._frequency_changed)
        self.severity.setEnabled(False)

        left.addStretch(1)

        # -- right: numbers, today, notes --------------------------------------------------------
        grid = QFormLayout()
        grid.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.setVerticalSpacing(2)
        grid.setContentsMargins(0, 6, 0, 0)
        right.addLayout(grid)
        self.spasticity = NumberField(0, 10, name=_("Spasticity"))
        add_row(grid, "spasticity", _("Spasticit&y"), self.spasticity, localize(SPASTICITY_QUESTION),
                _("0 none – 10 worst possible"))
        self.pain = NumberField(0, 10, name=_("Pain"))
        add_row(grid, "pain", _("Pa&in"), self.pain, localize(PAIN_QUESTION), _("0 no pain – 10 worst possible"))
        self.sleep_hours = NumberField(0, 24, step=0.5, name=_("Sleep hours"))
        add_row(grid, "sleep_hours", _("S&leep"), self.sleep_hours,
                _("Hours of sleep last night (0 to 24; halves allowed)."), _("hours last night"))
        self.sleep_wakeups = NumberField(0, WAKEUPS_MAX, name=_("Woken by spasms"))
        add_row(grid, "sleep_wakeups", _("Wo&ken"), self.sleep_wakeups,
                _("How many times spasms woke them last night."), _("times by spasms"))
        self.sedatives = QCheckBox(_("&Alcohol or other sedating medicines today"))
        add(right, "sedatives", "", self.sedatives,
            _("Alcohol and other sedating medicines (sleeping pills, opioids, some antihistamines) add to "
              "drowsiness."))
        self.stretching = QCheckBox(_("Stretching / physiotherapy done"))
        add(right, "stretching", "", self.stretching)
        danger = QFrame()
        danger.setObjectName("dangerFrame")
        danger.setStyleSheet("QFrame#dangerFrame { border: 2px solid #b00020; border-radius: 4px; }")
        dl = QVBoxLayout(danger)
        dl.setContentsMargins(8, 2, 8, 4)
        dl.setSpacing(2)
        self.red_flags = CheckList(_("Danger signs"))
        add(dl, "red_flags", _("&Danger signs — tick only what happened; these need action now"), self.red_flags,
            _("Tick only what happened. These need action now, not at the next appointment."))
        first_item = dl.itemAt(0)
        red_flags_label = first_item.widget() if first_item is not None else None
        assert red_flags_label is not None  # add() put the label first
        self.red_flags_label = red_flags_label
        self.red_flags_label.setStyleSheet("QLabel { color: #8a0018; font-weight: 600; border: none; }")
        right.addSpacing(6)
        right.addWidget(danger)
        right.addStretch(1)

        # -- below, full width: side effects and danger signs --------------------------------------
        self.side_effects = CheckList(_("Side effects"))
        self.side_effects.set_items(_localized(SIDE_EFFECTS))
        add(bottom, "side_effects", _("Side effects t&oday"), self.side_effects,
            _("Side effects noticed today. Space ticks; arrow keys move between them."))
        self.side_effects_other = QLineEdit()
        self.side_effects_other.setMaxLength(OTHER_SIDE_EFFECTS_MAX + 100)
        self.side_effects_other.setPlaceholderText(_("other side effects, in your words (optional)"))
        add(bottom, "side_effects_other", "", self.side_effects_other, _("Other side effects, in your words."))
        self.side_effects_other.setAccessibleName(_("Other side effects"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 2 + 14)
        self.notes.setPlaceholderText(_("optional"))
        add(bottom, "notes", _("Note&s"), self.notes,
            _("Anything else, up to {count} characters.", count=_whole(NOTES_MAX)))
        self.set_red_flag_options(on_taper=False, has_pump=False)

        self.general_error = FieldErrorLabel()
        outer.addWidget(self.general_error)
        buttons = QHBoxLayout()
        self.same_button = QPushButton(_("Same as last entry (Ctrl+L)"))
        self.same_button.setToolTip(_("Fill in the values of the last entry (Ctrl+L); danger signs and notes "
                                      "are not copied"))
        self.same_button.clicked.connect(self.same_as_last_requested)
        self.clear_button = QPushButton(_("Clear form"))
        self.clear_button.clicked.connect(lambda: self.clear(keep_time=False))
        self.cancel_button = QPushButton(_("Cancel changes"))
        self.cancel_button.clicked.connect(self.cancel_edit_requested)
        self.cancel_button.hide()
        self.save_button = QPushButton(_("Save entry"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(_("Save (Ctrl+Enter)"))
        self.save_button.setAccessibleDescription(_("Saves the entry. Ctrl+Enter saves from any field."))
        self.save_button.clicked.connect(self.save_requested)
        self.status = QLabel()
        self.status.setObjectName("diaryStatus")
        self.status.setAccessibleName(_("Diary status"))
        # On its own line above the buttons, wrapped: a long message (or long words in another language) never
        # pushes the buttons out of the window.
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        hint = QLabel(_("Ctrl+Enter saves"))
        hint.setStyleSheet("color: #555;")
        buttons.addWidget(hint)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self._apply_tab_order()
        for scale in (self.frequency, self.severity):
            scale.changed.connect(lambda _v: self.edited.emit())
        for field in (self.spasticity, self.pain, self.sleep_hours, self.sleep_wakeups, self.side_effects_other):
            field.textEdited.connect(lambda _t: self.edited.emit())
        for check in (self.sedatives, self.stretching):
            check.toggled.connect(lambda _on: self.edited.emit())
        self.side_effects.changed.connect(self.edited)
        self.red_flags.changed.connect(self.edited)
        self.notes.textChanged.connect(self.edited)

    def install_shortcuts(self, host: QWidget) -> None:
        """Ctrl+Enter saves and Ctrl+L copies the last entry while the focus is anywhere inside ``host``."""
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(seq), host)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda: self.save_requested.emit() if self.isVisible() else None)
        sc = QShortcut(QKeySequence("Ctrl+L"), host)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(lambda: self.same_as_last_requested.emit() if self.isVisible() else None)

    def resizeEvent(self, event) -> None:
        """Two columns side by side when they fit, else one above the other (large text, narrow windows)."""
        super().resizeEvent(event)
        need = self._left.minimumSize().width() + self._right.minimumSize().width() + 40
        direction = (QBoxLayout.Direction.LeftToRight if self.scroll_area.viewport().width() >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self._cols.direction() != direction:
            self._cols.setDirection(direction)

    def _apply_tab_order(self) -> None:
        """Top to bottom, left column before right: the order the fields are read in."""
        order = [self.when, self.frequency, self.severity, self.spasticity, self.pain, self.sleep_hours,
                 self.sleep_wakeups, self.sedatives, self.stretching, *self.red_flags.boxes.values(),
                 *self.side_effects.boxes.values(), self.side_effects_other, self.notes,
                 self.save_button, self.same_button, self.clear_button, self.cancel_button]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)

    # -- time -------------------------------------------------------------------------------------------
    now_requested = Signal()

    def request_now(self) -> None:
        self.time_touched = False
        self.now_requested.emit()

    def set_time(self, at: datetime, tz: tzinfo, *, touched: bool = False) -> None:
        local = at.astimezone(tz)
        self.when.blockSignals(True)
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute), QTimeZone.utc()))
        self.when.blockSignals(False)
        self.time_touched = touched

    def time_value(self, tz: tzinfo) -> datetime:
        d, t = self.when.date(), self.when.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)

    def _time_edited(self, *_a) -> None:
        self.time_touched = True

    # -- danger-sign options ------------------------------------------------------------------------
    def set_red_flag_options(self, *, on_taper: bool, has_pump: bool, keep: tuple[str, ...] = ()) -> None:
        from caregiver_app.domain.diary import applicable_red_flags

        checked = tuple(self.red_flags.checked()) + tuple(keep)
        flags: list[RedFlag] = applicable_red_flags(on_taper=on_taper, has_pump=has_pump)
        keys = {f.key for f in flags} | set(checked)
        shown = {k: localize(f.label) for k, f in RED_FLAGS.items() if k in keys}
        tips = {k: (_("Call the emergency number") if f.level == "emergency" else _("Contact the doctor now"))
                for k, f in RED_FLAGS.items()}
        self.red_flags.set_items(shown, checked, tips)
        if hasattr(self, "save_button"):
            self._apply_tab_order()

    def _frequency_changed(self, value) -> None:
        self.severity.setEnabled(value is not None and value > 0)

    # -- values -------------------------------------------------------------------------------------------
    def load(self, entry: DiaryEntry, tz: tzinfo, *, with_time: bool = True) -> None:
        if with_time:
            self.set_time(entry.entry_at, tz, touched=True)
        self.frequency.set_value(entry.psfs_frequency)
        self.severity.set_value(entry.psfs_severity)
        self._frequency_changed(entry.psfs_frequency)
        self.spasticity.set_number(entry.spasticity)
        self.pain.set_number(entry.pain)
        self.sleep_hours.set_number(entry.sleep_hours)
        self.sleep_wakeups.set_number(entry.sleep_wakeups)
        self.side_effects.set_checked(entry.side_effects)
        self.side_effects_other.setText(entry.side_effects_other)
        self.sedatives.setChecked(entry.sedatives)
        self.stretching.setChecked(entry.stretching)
        for k in entry.red_flags:
            if k not in self.red_flags.boxes and k in RED_FLAGS:  # a sign not offered now (a taper has ended)
                self.red_flags.add_item(k, localize(RED_FLAGS[k].label))
                self._apply_tab_order()
        self.red_flags.set_checked(entry.red_flags)
        self.notes.setPlainText(entry.notes)
        self.show_errors([])

    def clear(self, *, keep_time: bool = True) -> None:
        self.frequency.set_value(None)
        self.severity.set_value(None)
        for w in (self.spasticity, self.pain, self.sleep_hours, self.sleep_wakeups, self.side_effects_other):
            w.clear()
        self.side_effects.set_checked(())
        self.red_flags.set_checked(())
        self.sedatives.setChecked(False)
        self.stretching.setChecked(False)
        self.notes.clear()
        self.show_errors([])
        if not keep_time:
            self.request_now()

    def collect(self, person_id: int, tz: tzinfo, today: date, date_of_birth: date | None
                ) -> tuple[DiaryEntry, list[FieldError]]:
        freq = self.frequency.value()
        sev = self.severity.value() if freq else None
        values: dict[str, Any] = dict(
            entry_at=self.time_value(tz), psfs_frequency=freq, psfs_severity=sev,
            spasticity=self.spasticity.number(), pain=self.pain.number(), sleep_hours=self.sleep_hours.number(),
            sleep_wakeups=self.sleep_wakeups.number(), side_effects=self.side_effects.checked(),
            side_effects_other=self.side_effects_other.text(), sedatives=self.sedatives.isChecked(),
            stretching=self.stretching.isChecked(), red_flags=self.red_flags.checked(),
            notes=self.notes.toPlainText(),
        )
        if self.editing is not None:
            entry = self.editing.with_changes(**values)
        else:
            entry = DiaryEntry(person_id=person_id, **values)
        return entry, validate_entry(entry, today=today, tz=tz, date_of_birth=date_of_birth)

    def show_errors(self, errors: list[FieldError]) -> None:
        for field, label in self.errors.items():
            msg = " ".join(localize(e.message) for e in errors if e.field == field)
            label.show_error(msg)
            widget = self.inputs.get(field)
            if widget is not None:
                widget.setProperty("invalid", bool(msg))
        unknown = [localize(e.message) for e in errors if e.field not in self.errors]
        self.general_error.show_error(" ".join(unknown))
        if errors and errors[0].field in self.inputs:
            self.inputs[errors[0].field].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_editing(self, entry: DiaryEntry | None, when_text: str = "") -> None:
        self.editing = entry
        if entry is None:
            self.mode_label.hide()
            self.cancel_button.hide()
            self.save_button.setText(_("Save entry"))
        else:
            self.mode_label.setText(_("Changing the entry of {when}. Save keeps the change (it can be undone); "
                                      "Cancel changes leaves the entry as it was.", when=when_text))
            self.mode_label.show()
            self.cancel_button.show()
            self.save_button.setText(_("Save changes"))

    def focus_first(self) -> None:
        self.frequency.setFocus(Qt.FocusReason.OtherFocusReason)
