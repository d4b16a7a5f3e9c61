"""Add or edit a medicine and how it is taken. Inline errors; nothing typed is lost; one transaction."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.domain.dosing import DRIVING_NOTE
from caregiver_app.domain.medicines import (
    FORMS,
    INGREDIENTS,
    LIQUID_STRENGTHS,
    NOT_BACLOFEN_NOTE,
    Medicine,
    amount_note,
    format_dose,
    looks_like_baclofen,
    strength_question,
    suggested_ingredient,
    validate_medicine,
)
from caregiver_app.domain.schedules import validate_schedule
from caregiver_app.domain.validation import FieldError, ValidationFailed, parse_number
from caregiver_app.storage import StoreError
from caregiver_app.system.i18n import Tr, decimal_text, domain_word, localize
from caregiver_app.ui.forms import DateField, add_save_shortcut
from caregiver_app.ui.theme import set_role
from caregiver_app.ui.widgets import FieldErrorLabel, add_form_row

if TYPE_CHECKING:
    from caregiver_app.domain.people import Person
    from caregiver_app.storage.schedules import ScheduleRecord
    from caregiver_app.ui.context import AppContext

_ = Tr("ui.medicine_dialog")
# The domain's own words (its tables of forms, ingredients and bottle strengths, its notes), said in its catalogue.
_medicines = Tr("domain.medicines")
_dosing = Tr("domain.dosing")

KINDS = [("fixed", _.mark("At fixed times every day")), ("interval", _.mark("Every few hours")),
         ("weekdays", _.mark("On chosen days of the week")), ("prn", _.mark("Only when needed (as needed)"))]
TIME_HELP = _.mark("Times are the local clock time: 08:00 stays 08:00 when the clocks change. On the night the clocks "
                   "go forward, a time that does not exist (e.g. 02:30) is reminded once, at the first minute after "
                   "the gap; on the night they go back, a time that happens twice is reminded once. \"Every few "
                   "hours\" counts real hours, so its clock times move by an hour when the clocks change.")



def _number(x: float) -> str:
    """A number put in a field or shown, as before (``:g``) but with the locale's decimal mark."""
    return decimal_text(f"{x:g}")


class MedicineDialog(QDialog):
    def __init__(self, ctx: AppContext, person: Person, medicine: Medicine | None = None,
                 schedule: ScheduleRecord | None = None, tz_name: str = "UTC",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.store = ctx, ctx.store
        store = ctx.store
        self.person, self.original, self.original_schedule = person, medicine, schedule
        # An existing schedule keeps its own time zone (the computer's may have changed since).
        own_tz = schedule.schedule.tz if schedule is not None else None
        self.tz_name = own_tz if isinstance(own_tz, str) else tz_name
        self.saved: Medicine | None = None
        self.setWindowTitle(_("Edit a medicine for {name}", name=person.name) if medicine
                            else _("Add a medicine for {name}", name=person.name))
        self.setMinimumSize(720, 640)
        self.errors: dict[str, FieldErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.prompts = ctx.prompts.for_widget(self)

        inner = QWidget()
        outer = QVBoxLayout(inner)
        whose = QLabel(_("For: {name}", name=person.name))
        set_role(whose, "whoseData")
        outer.addWidget(whose)
        followed = store.plans.followed_for_medicine(medicine.id) if medicine is not None and medicine.id else []
        if followed:
            plan_note = QLabel(_("The plan “{plan}” is being followed for this medicine: while it is, reminders "
                                 "give the plan's doses at the times the plan lists; other times keep the doses set "
                                 "here. To change the plan's doses, change the plan on the Plans page (or archive it "
                                 "to go back to the doses set here).", plan=followed[-1].name))
            plan_note.setWordWrap(True)
            plan_note.setAccessibleName(_("A plan sets this medicine's doses"))
            set_role(plan_note, "notice")
            outer.addWidget(plan_note)

        med_box = QGroupBox(_("The medicine"))
        form = QFormLayout(med_box)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(["Baclofen", "Lioresal (baclofen)"])
        self.name.setCurrentText("")
        name_edit = self.name.lineEdit()
        assert name_edit is not None  # an editable combo box has one
        name_edit.setPlaceholderText(_("e.g. Baclofen"))
        name_edit.setAccessibleName(_("Medicine name"))
        self._row(form, "name", _("&Name"), self.name)
        # The active ingredient, its own field: the baclofen checks follow it, never how the name was typed.
        self.ingredient = QComboBox()
        for key, label in INGREDIENTS.items():
            self.ingredient.addItem(domain_word(_medicines, label), key)
        self.ingredient.setCurrentIndex(-1)
        self._ingredient_touched = False
        self.ingredient.activated.connect(lambda _i: setattr(self, "_ingredient_touched", True))
        self.ingredient.currentIndexChanged.connect(lambda _i: self._update_ingredient_note())
        self._row(form, "ingredient", _("Active &ingredient"), self.ingredient)
        self.ingredient_note = QLabel()
        self.ingredient_note.setWordWrap(True)
        self.ingredient_note.setAccessibleName(_("About the active ingredient"))
        set_role(self.ingredient_note, "notice")
        form.addRow("", self.ingredient_note)
        self.name.editTextChanged.connect(self._name_changed)
        self.form = QComboBox()
        for key, label in FORMS.items():
            self.form.addItem(domain_word(_medicines, label), key)
        self._row(form, "form", _("&Form"), self.form)
        self.strength = QLineEdit()
        self.strength.setPlaceholderText(_("mg in one tablet or packet, e.g. 10"))
        self.strength.setToolTip(_("Baclofen tablets come in 5, 10 and 20 mg (15 mg in some), granule packets in 5, "
                                   "10 and 20 mg: type the strength printed on the box."))
        self._row(form, "strength_mg", _("&Strength (mg)"), self.strength)
        # A liquid's strength as printed on the bottle (facts sheet §1): the choices, with what each is in mg per
        # mL; any other strength is typed and asked about with the bottle in hand.
        self.bottle = QComboBox()
        self.bottle.addItem(_("Choose the strength printed on the bottle…"), None)
        for label, mg_per_ml in LIQUID_STRENGTHS:
            self.bottle.addItem(domain_word(_medicines, label), mg_per_ml)
        self.bottle.addItem(_("Another strength: type it in mg per mL below"), "other")
        self.bottle.currentIndexChanged.connect(self._bottle_changed)
        self._row(form, "bottle", _("Strength on the &bottle"), self.bottle)
        self.concentration = QLineEdit()
        self.concentration.setPlaceholderText(_("mg in each mL, as on the bottle (5 mg/5 mL is 1)"))
        self.concentration.textEdited.connect(self._concentration_typed)
        self._row(form, "concentration_mg_per_ml", _("Strength (m&g in each mL)"), self.concentration)
        self.instructions = QPlainTextEdit()
        self.instructions.setTabChangesFocus(True)
        self.instructions.setFixedHeight(60)
        self.instructions.setPlaceholderText(_("e.g. with or after food"))
        self._row(form, "instructions", _("Instr&uctions"), self.instructions)
        self.prescriber = QLineEdit(person.prescriber)
        self._row(form, "prescriber", _("&Prescriber"), self.prescriber)
        self.stock = QLineEdit()
        self.stock.setPlaceholderText(_("tablets, packets or mL on hand (optional)"))
        self._row(form, "stock_on_hand", _("Stoc&k on hand"), self.stock)
        self.threshold = QLineEdit()
        self.threshold.setPlaceholderText(_("warn when this many days are left (default 7)"))
        self._row(form, "refill_threshold_days", _("&Reorder warning (days)"), self.threshold)
        self.pump_refill = DateField(optional=False)
        self._row(form, "pump_refill_date", _("Next pump re&fill"), self.pump_refill)
        self.pump_alarm = DateField(optional=False)
        self._row(form, "pump_alarm_date", _("Low-reservoir alarm date"), self.pump_alarm)
        self.pump_days = QLineEdit("7, 2")
        self.pump_days.setPlaceholderText(_("days before each date, e.g. 7, 2"))
        self._row(form, "pump_remind_days", _("Remind (days before)"), self.pump_days)
        outer.addWidget(med_box)

        self.sched_box = QGroupBox(_("When it is taken"))
        sform = QFormLayout(self.sched_box)
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(_.lookup(label), key)
        self._row(sform, "kind", _("&How often"), self.kind)
        self.kind_stack = QStackedWidget()
        self.kind_stack.addWidget(self._times_editor())      # fixed and weekdays
        self.kind_stack.addWidget(self._interval_editor())   # interval
        self.kind_stack.addWidget(self._prn_editor())        # prn
        sform.addRow(self.kind_stack)
        self.start = DateField(optional=False)
        self.start.setText(store.clock.today().isoformat())
        self._row(sform, "start_date", _("Start &date"), self.start)
        self.end = DateField()
        self._row(sform, "end_date", _("&End date"), self.end)
        help_label = QLabel(_.lookup(TIME_HELP))
        help_label.setWordWrap(True)
        help_label.setAccessibleName(_("How times work when the clocks change"))
        sform.addRow(help_label)
        outer.addWidget(self.sched_box)
        self.amounts_note = QLabel()
        self.amounts_note.setWordWrap(True)
        self.amounts_note.setAccessibleName(_("About the amounts to give"))
        set_role(self.amounts_note, "notice")
        self.amounts_note.hide()
        sform.addRow(self.amounts_note)
        self.general_error = FieldErrorLabel()
        outer.addWidget(self.general_error)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        lay.addWidget(buttons)
        add_save_shortcut(self, self.try_save)  # Ctrl+Enter saves, as in the diary

        self.form.currentIndexChanged.connect(self._form_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._load(medicine, schedule)
        self._form_changed()
        self._kind_changed()

    # -- building ----------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        self.errors[field] = add_form_row(form, label, widget)
        self.widgets[field] = widget


    def _times_editor(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        self.weekday_row = QWidget()
        row = QHBoxLayout(self.weekday_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_("On:")))
        self.weekday_checks = []
        locale = QLocale()
        for day in range(1, 8):  # Monday to Sunday, in the user's language
            name = locale.dayName(day, QLocale.FormatType.ShortFormat)
            cb = QCheckBox(name)
            cb.setAccessibleName(name)
            self.weekday_checks.append(cb)
            row.addWidget(cb)
        row.addStretch(1)
        lay.addWidget(self.weekday_row)
        self.weekday_error = FieldErrorLabel()
        self.errors["weekdays"] = self.weekday_error
        lay.addWidget(self.weekday_error)
        self.times = QTableWidget(0, 3)
        self.times.setHorizontalHeaderLabels([_("Time (HH:MM)"), _("Dose (mg)"), _("Amount to give (worked out)")])
        header = self.times.horizontalHeader()  # the time and dose as wide as they need; the amount has the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.times.setAccessibleName(_("Times of day and doses"))
        self.times.setAccessibleDescription(_("Type the time and the dose in mg; the amount to give is worked out. "
                                              "Arrow keys move between cells; Tab leaves the table."))
        self.times.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between its cells
        self.times.setMinimumHeight(150)
        self.times.itemChanged.connect(self._update_amounts)
        self.times.itemChanged.connect(self._check_time_cell)
        lay.addWidget(self.times)
        row = QHBoxLayout()
        add = QPushButton(_("Add a &time"))
        add.setAccessibleName(_("Add a time of day"))
        add.clicked.connect(lambda: self.add_time_row("", ""))
        rem = QPushButton(_("Remove the selected time"))
        rem.setAccessibleName(_("Remove the selected time of day"))
        rem.clicked.connect(lambda: self.times.removeRow(self.times.currentRow()) if self.times.currentRow() >= 0
                            else None)
        row.addWidget(add)
        row.addWidget(rem)
        row.addStretch(1)
        lay.addLayout(row)
        self.times_error = FieldErrorLabel()
        self.errors["times"] = self.times_error
        lay.addWidget(self.times_error)
        return w

    def _interval_editor(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.every_hours = QLineEdit("8")
        self._row(f, "every_minutes", _("Every (hours)"), self.every_hours)
        self.first_time = QLineEdit("08:00")
        self._row(f, "first_time", _("First dose at (HH:MM)"), self.first_time)
        self.interval_dose = QLineEdit()
        self._row(f, "dose_mg", _("Dose (mg)"), self.interval_dose)
        return w

    def _prn_editor(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.prn_dose = QLineEdit()
        self._row(f, "prn_dose_mg", _("Dose (mg)"), self.prn_dose)
        self.prn_interval = QLineEdit("4")
        self._row(f, "min_interval_minutes", _("At least (hours) between doses"), self.prn_interval)
        self.prn_max = QLineEdit()  # no default: the prescription says (it used to be 3)
        self.prn_max.setPlaceholderText(_("as the prescription says"))
        self._row(f, "max_doses_per_day", _("At most (doses a day)"), self.prn_max)
        return w

    def add_time_row(self, time_text: str, dose_text: str) -> None:
        r = self.times.rowCount()
        self.times.insertRow(r)
        self.times.setItem(r, 0, QTableWidgetItem(time_text))
        self.times.setItem(r, 1, QTableWidgetItem(dose_text))
        amount = QTableWidgetItem("")
        # Worked out, not typed: not editable, not a stop for the keyboard, and it looks it (grey, italic).
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled)
        amount.setBackground(QColor("#eceff1"))
        amount.setForeground(QColor("#37474f"))
        font = amount.font()
        font.setItalic(True)
        amount.setFont(font)
        amount.setToolTip(_("Worked out from the dose and the strength; change those to change it"))
        self.times.setItem(r, 2, amount)
        self._update_amounts()

    def _check_time_cell(self, item: QTableWidgetItem) -> None:
        """A time that is not a time of day ("25:00") is said at once, beside the table, and marked."""
        if item.column() != 0:
            return
        from caregiver_app.domain.schedules import parse_time

        problems = []
        self.times.blockSignals(True)
        for r in range(self.times.rowCount()):
            cell = self.times.item(r, 0)
            if cell is None:
                continue
            text = cell.text().strip()
            ok = True
            if text:
                try:
                    parse_time(text)
                except ValueError as exc:
                    ok = False
                    problems.append(_("Row {row}: {problem}", row=r + 1, problem=localize(exc)))
            cell.setBackground(QColor("#fde7ea") if not ok else QColor(0, 0, 0, 0))
        self.times.blockSignals(False)
        if problems:
            self.times_error.show_error(" ".join(problems))
            self._time_error_shown = True
        elif getattr(self, "_time_error_shown", False):
            self.times_error.show_error("")
            self._time_error_shown = False

    def _load(self, m: Medicine | None, rec) -> None:
        if m is not None:
            self.name.setCurrentText(m.name)
            self.ingredient.setCurrentIndex(self.ingredient.findData(m.active_ingredient))
            self._ingredient_touched = True  # as recorded: the name no longer decides it
            self.form.setCurrentIndex(self.form.findData(m.form))
            self.strength.setText("" if m.strength_mg is None else _number(m.strength_mg))
            self.concentration.setText("" if m.concentration_mg_per_ml is None else _number(m.concentration_mg_per_ml))
            self._select_bottle(m.concentration_mg_per_ml)
            self.instructions.setPlainText(m.instructions)
            self.prescriber.setText(m.prescriber)
            self.stock.setText("" if m.stock_on_hand is None else _number(m.stock_on_hand))
            self.threshold.setText("" if m.refill_threshold_days is None else str(m.refill_threshold_days))
            self.pump_refill.set_date(m.pump_refill_date)
            self.pump_alarm.set_date(m.pump_alarm_date)
            self.pump_days.setText(", ".join(str(d) for d in m.pump_remind_days))
        if rec is None:
            for t in ("08:00", "14:00", "20:00"):
                self.add_time_row(t, "")
            return
        sched, spec = rec.schedule, rec.schedule.to_spec()
        self.kind.setCurrentIndex(self.kind.findData(rec.kind))
        self.start.set_date(sched.start_date)
        self.end.set_date(sched.end_date)
        for t, mg in spec.get("times", []):
            self.add_time_row(t, _number(mg))
        if rec.kind == "weekdays":
            for d in spec["weekdays"]:
                self.weekday_checks[d].setChecked(True)
        if rec.kind == "interval":
            self.every_hours.setText(_number(spec["every_minutes"] / 60))
            self.first_time.setText(spec["first_time"])
            self.interval_dose.setText(_number(spec["dose_mg"]))
        if rec.kind == "prn":
            self.prn_dose.setText(_number(spec["dose_mg"]))
            self.prn_interval.setText(_number(spec["min_interval_minutes"] / 60))
            self.prn_max.setText(str(spec["max_doses_per_day"]))

    # -- live behaviour ----------------------------------------------------------------------------
    def _name_changed(self, text: str) -> None:
        """Until the ingredient is chosen by hand, it follows the name (baclofen and its brand names)."""
        if not self._ingredient_touched:
            self.ingredient.setCurrentIndex(self.ingredient.findData(suggested_ingredient(text)) if text.strip()
                                            else -1)
        self._update_ingredient_note()

    def _update_ingredient_note(self) -> None:
        name = self.name.currentText()
        key = self.ingredient.currentData()
        if key == "other" and looks_like_baclofen(name):
            note = domain_word(_medicines, NOT_BACLOFEN_NOTE)
            text = _("“{name}” looks like baclofen. If it is baclofen, choose Baclofen as the active ingredient, so "
                     "that its checks apply. {note}", name=name.strip(), note=note)
        elif key == "other":
            text = domain_word(_medicines, NOT_BACLOFEN_NOTE)
        else:
            text = ""
        self.ingredient_note.setText(text)
        self.ingredient_note.setVisible(bool(text))

    def _select_bottle(self, mg_per_ml: float | None) -> None:
        self.bottle.blockSignals(True)
        index = 0
        if mg_per_ml:
            index = next((i for i in range(1, self.bottle.count() - 1)
                          if abs(float(self.bottle.itemData(i)) - mg_per_ml) < 1e-9), self.bottle.count() - 1)
        self.bottle.setCurrentIndex(index)
        self.bottle.blockSignals(False)
        self.concentration.setReadOnly(index not in (0, self.bottle.count() - 1))

    def _bottle_changed(self, _index: int) -> None:
        data = self.bottle.currentData()
        if isinstance(data, float):
            self.concentration.setText(_number(data))
        elif data == "other" and self.concentration.isReadOnly():
            self.concentration.clear()
        self.concentration.setReadOnly(isinstance(data, float))
        if data == "other":
            self.concentration.setFocus()
        self._update_amounts()

    def _concentration_typed(self, _text: str) -> None:
        parsed = parse_number(self.concentration.text())
        self._select_bottle(parsed if isinstance(parsed, float) else None)
        if self.bottle.currentIndex() == 0 and self.concentration.text().strip():
            self.bottle.blockSignals(True)
            self.bottle.setCurrentIndex(self.bottle.count() - 1)
            self.bottle.blockSignals(False)
        self.concentration.setReadOnly(False)

    def _form_changed(self) -> None:
        form = self.form.currentData()
        pump = form == "intrathecal"
        for field, show in (("strength_mg", form in ("tablet", "granules")),
                            ("bottle", form == "oral_solution"),
                            ("concentration_mg_per_ml", form == "oral_solution"),
                            ("pump_refill_date", pump), ("pump_alarm_date", pump), ("pump_remind_days", pump),
                            ("stock_on_hand", not pump), ("refill_threshold_days", not pump)):
            self._set_row_visible(field, show)
        self.sched_box.setVisible(not pump)
        self._update_amounts()

    def _set_row_visible(self, field: str, show: bool) -> None:
        w = self.widgets[field]
        parent = w.parentWidget()
        while parent is not None and not isinstance(parent.layout(), QFormLayout):
            parent = parent.parentWidget()
        if parent is None:
            return
        form_layout = parent.layout()
        assert isinstance(form_layout, QFormLayout)  # what the loop looked for
        for r in range(form_layout.rowCount()):
            item = form_layout.itemAt(r, QFormLayout.ItemRole.FieldRole)
            row_layout = item.layout() if item is not None else None
            if row_layout is not None and row_layout.indexOf(w) >= 0:
                form_layout.setRowVisible(r, show)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.kind_stack.setCurrentIndex({"fixed": 0, "weekdays": 0, "interval": 1, "prn": 2}[kind])
        self.weekday_row.setVisible(kind == "weekdays")

    def _medicine_for_amounts(self) -> Medicine:
        s, c = parse_number(self.strength.text()), parse_number(self.concentration.text())
        return Medicine(person_id=self.person.stored_id, name="", form=self.form.currentData(),
                        strength_mg=s if isinstance(s, float) and s > 0 else None,
                        concentration_mg_per_ml=c if isinstance(c, float) and c > 0 else None)

    def _update_amounts(self, *_args) -> None:
        if not hasattr(self, "times"):
            return
        med = self._medicine_for_amounts()
        notes: list[str] = []
        self.times.blockSignals(True)
        for r in range(self.times.rowCount()):
            dose_item = self.times.item(r, 1)
            dose = parse_number(dose_item.text() if dose_item else "")
            text = ""
            if isinstance(dose, float) and dose > 0 and not math.isinf(dose):
                text = localize(format_dose(med, dose))
                note = localize(amount_note(med, dose)) or None
                if note and note not in notes:
                    notes.append(note)
                    text += " ⚠"
            amount_item = self.times.item(r, 2)
            if amount_item is not None:
                amount_item.setText(text)
        self.times.blockSignals(False)
        if self.ingredient.currentData() == "baclofen" and self.form.currentData() != "intrathecal" \
                and self._raises_daily_dose():
            notes.append(domain_word(_dosing, DRIVING_NOTE))
        self.amounts_note.setText("\n".join(notes))
        self.amounts_note.setVisible(bool(notes))

    def _raises_daily_dose(self) -> bool:
        """A new baclofen schedule, or more a day at fixed times than before: the label's driving warning."""
        doses = [parse_number(item.text()) for r in range(self.times.rowCount())
                 if (item := self.times.item(r, 1)) is not None]
        total = sum(d for d in doses if isinstance(d, float) and 0 < d < 1e6)
        if total <= 0 or self.kind.currentData() not in ("fixed", "weekdays"):
            return False
        rec = self.original_schedule
        if rec is None:
            return True  # starting it
        before = getattr(rec.schedule, "times", None)
        return before is not None and total > sum(td.dose_mg for td in before) + 1e-6

    # -- saving ------------------------------------------------------------------------------------
    def collect(self):
        errors: list[FieldError] = []
        dates = {}
        for field, widget, label in (("pump_refill_date", self.pump_refill, _("Next pump refill")),
                                     ("pump_alarm_date", self.pump_alarm, _("Low-reservoir alarm date"))):
            d, _year, errs = widget.value(field, label)
            dates[field] = d
            errors += errs

        def num(widget, field, label, whole=False):
            v = parse_number(widget.text())
            if isinstance(v, str):
                errors.append(FieldError(field, _("{label} must be a number.", label=label)))
                return None
            if whole and v is not None:
                if v != int(v):
                    errors.append(FieldError(field, _("{label} must be a whole number.", label=label)))
                    return None
                return int(v)
            return v

        remind: tuple = (7, 2)
        parts = [p.strip() for p in self.pump_days.text().replace(";", ",").split(",") if p.strip()]
        if parts and all(p.isdigit() for p in parts):
            remind = tuple(int(p) for p in parts)
        elif parts:
            errors.append(FieldError("pump_remind_days", _("Write whole numbers of days separated by commas, e.g. "
                                                           "7, 2.")))
        form = self.form.currentData()
        med = (self.original or Medicine(person_id=self.person.stored_id, name="")).with_changes(
            name=self.name.currentText(), form=form,
            strength_mg=num(self.strength, "strength_mg", _("Strength")) if form in ("tablet", "granules") else None,
            concentration_mg_per_ml=num(self.concentration, "concentration_mg_per_ml", _("Strength"))
            if form == "oral_solution" else None,
            instructions=self.instructions.toPlainText(), prescriber=self.prescriber.text(),
            stock_on_hand=num(self.stock, "stock_on_hand", _("Stock on hand")) if form != "intrathecal" else None,
            refill_threshold_days=num(self.threshold, "refill_threshold_days", _("Reorder warning"), whole=True)
            if form != "intrathecal" else None,
            pump_refill_date=dates["pump_refill_date"] if form == "intrathecal" else None,
            pump_alarm_date=dates["pump_alarm_date"] if form == "intrathecal" else None,
            pump_remind_days=remind,
            ingredient=self.ingredient.currentData() or "",
        )
        if self.ingredient.currentData() is None:
            errors.append(FieldError("ingredient", _("Please choose the active ingredient: baclofen, or another "
                                                     "medicine.")))
        if not errors:
            errors += validate_medicine(med, self.store.clock.today())
        schedule = None
        if form != "intrathecal":
            kind = self.kind.currentData()
            spec = self.spec_for(kind)
            start, start_errs = self.start.iso_text("start_date", _("Start date"))
            end, end_errs = self.end.iso_text("end_date", _("End date"))
            if start_errs or end_errs:  # a date that cannot be read: said in its own words, the rest checked too
                errors += start_errs + end_errs
                start = start if not start_errs else None
                end = end if not end_errs else None
            serrs = validate_schedule(kind, spec, tz=self.tz_name, start_date=start, end_date=end,
                                      today=self.store.clock.today())
            if start_errs:
                serrs = [e for e in serrs if e.field != "start_date"]
            errors += [FieldError("prn_dose_mg" if (kind == "prn" and e.field == "dose_mg") else e.field, e.message)
                       for e in serrs]
            schedule = (kind, spec, start, end)
        return med, schedule, errors

    def spec_for(self, kind: str) -> dict[str, Any]:
        def hours_to_minutes(text):
            v = parse_number(text)
            return round(v * 60) if isinstance(v, float) and math.isfinite(v) else (v if v is not None else "")

        if kind in ("fixed", "weekdays"):
            rows = []
            for r in range(self.times.rowCount()):
                time_item, dose_item = self.times.item(r, 0), self.times.item(r, 1)
                t = (time_item.text() if time_item else "").strip()
                d = dose_item.text() if dose_item else ""
                if not t and not d.strip():
                    continue
                v = parse_number(d)
                rows.append([t, v if v is not None else ""])
            spec: dict[str, Any] = {"times": rows}
            if kind == "weekdays":
                spec["weekdays"] = [i for i, cb in enumerate(self.weekday_checks) if cb.isChecked()]
            return spec
        if kind == "interval":
            v = parse_number(self.interval_dose.text())
            return {"every_minutes": hours_to_minutes(self.every_hours.text()), "first_time": self.first_time.text(),
                    "dose_mg": v if v is not None else ""}
        v = parse_number(self.prn_dose.text())
        mx = parse_number(self.prn_max.text())
        return {"dose_mg": v if v is not None else "",
                "min_interval_minutes": hours_to_minutes(self.prn_interval.text()),
                "max_doses_per_day": int(mx) if isinstance(mx, float) and mx == int(mx) else (mx or "")}

    def _slips_confirmed(self, med: Medicine, schedule) -> bool:
        """One dose far too big, or two doses very close together, each asked on its own, with the numbers said
        (a typing slip like 1000 for 10 must take more than one "Yes" to save)."""
        from caregiver_app.domain.entry_checks import close_interval_question, close_times_question, dose_size_questions
        from caregiver_app.domain.schedules import parse_time

        kind, spec, _start, _end = schedule
        doses: list[float] = []
        question = None
        if kind in ("fixed", "weekdays"):
            doses = [float(mg) for _t, mg in spec["times"] if isinstance(mg, float)]
            question = close_times_question(parse_time(t) for t, _mg in spec["times"])
        elif isinstance(spec.get("dose_mg"), float):
            doses = [spec["dose_mg"]]
            if kind == "interval" and isinstance(spec.get("every_minutes"), int):
                question = close_interval_question(spec["every_minutes"])
        for text in dose_size_questions(med, doses):
            if not self.prompts.confirm(_("Please check this dose"), localize(text), _("Yes, the prescription says so"),
                                        _("Go back and check")):
                return False
        return question is None or self.prompts.confirm(_("Doses very close together"), localize(question),
                                                        _("Yes, the prescription says so"), _("Go back and check"))

    def show_errors(self, errors: list[FieldError]) -> None:
        for field, label in self.errors.items():
            msgs = [localize(e.message) for e in errors
                    if e.field == field or (field == "times" and e.field.startswith("times"))]
            label.show_error(" ".join(msgs))
        known = set(self.errors)
        other = [localize(e.message) for e in errors if e.field not in known and not e.field.startswith("times")]
        self.general_error.show_error(" ".join(other))

    def try_save(self) -> None:
        from caregiver_app.services.medicines import ScheduleInput

        med, schedule, errors = self.collect()
        self.show_errors(errors)
        if errors:
            return
        service = self.ctx.services.medicines
        strength = strength_question(med)
        if strength and not self.prompts.confirm(_("Please check the strength"), _(
                "{question}\n\nIs this the strength printed on it? Save it as it is?", question=localize(strength))):
            self.general_error.show_error(_("Not saved: please check the strength with the bottle or box in hand."))
            return
        plan = None
        if schedule is not None and not self._slips_confirmed(med, schedule):
            return
        if schedule is not None:
            kind, spec, start, end = schedule
            plan = ScheduleInput(kind, spec, start, end, self.tz_name)
            warnings = service.planned_maximum_warnings(med, plan)
            if warnings and not self.prompts.confirm(_("Above the label maximum"), _(
                    "{warnings}\n\nSave it anyway?", warnings="\n\n".join(localize(w.message) for w in warnings))):
                return
        mismatch = service.plan_mismatch_warnings(med, plan)
        if mismatch and not self.prompts.confirm(_("A plan sets these doses"), _(
                "{warnings}\n\nSave it anyway?", warnings="\n\n".join(localize(m) for m in mismatch))):
            return
        try:
            saved = service.save(med, plan, self.original_schedule.id if self.original_schedule is not None else None)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        except StoreError as exc:
            self.general_error.show_error(localize(exc))
            return
        self.saved = saved
        self.accept()
