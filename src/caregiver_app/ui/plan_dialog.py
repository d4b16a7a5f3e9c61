"""Enter or change a titration or taper plan exactly as the clinician gave it. No business rules here: the checks and
the saving are the plan service's (services/plans.py)."""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from caregiver_app.domain.plans import KINDS, Plan, PlanStep
from caregiver_app.domain.schedules import TimeDose, daily_times, format_time, parse_time
from caregiver_app.domain.validation import FieldError, ValidationFailed, parse_number, parse_user_date
from caregiver_app.storage import StoreError
from caregiver_app.system.i18n import Tr, decimal_text, domain_word, localize
from caregiver_app.ui.forms import add_save_shortcut, format_user_date, locale_date_order
from caregiver_app.ui.theme import set_role
from caregiver_app.ui.widgets import FieldErrorLabel, add_form_row, scrolling_body

if TYPE_CHECKING:
    from caregiver_app.domain.people import Person
    from caregiver_app.ui.context import AppContext

_ = Tr("ui.plan_dialog")
_plans = Tr("domain.plans")  # the domain's table of plan kinds, said in its catalogue

DEFAULT_TIMES = "08:00, 14:00, 20:00"



class PlanDialog(QDialog):
    """Fields: name, kind, medicine, where it comes from, followed now; a table of steps: from, days, mg at each
    time of day. ``saved`` holds the plan after Save."""

    def __init__(self, ctx: AppContext, person: Person, plan: Plan | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.store = ctx, ctx.store
        store = ctx.store
        self.person, self.original = person, plan
        self.saved: Plan | None = None
        self.prompts = ctx.prompts.for_widget(self)
        self.setWindowTitle(_("Change a dose plan for {name}", name=person.name) if plan
                            else _("Add a dose plan for {name}", name=person.name))
        self.setMinimumSize(760, 620)
        self.errors: dict[str, FieldErrorLabel] = {}

        lay, outer = scrolling_body(self)  # scrolls when extra-large text would not fit the screen
        whose = QLabel(_("For: {name}", name=person.name))
        set_role(whose, "whoseData")
        lay.addWidget(whose)
        intro = QLabel(_("Enter the plan exactly as the doctor or nurse wrote it. The app checks it and shows it; it "
                         "never changes it."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for key, label in KINDS.items():
            self.kind.addItem(domain_word(_plans, label), key)
        self.medicine = QComboBox()
        self.meds = [m for m in store.medicines.list_for(person.stored_id) if not m.is_pump]
        if plan is not None and plan.medicine_id not in {m.id for m in self.meds}:
            # The plan's own medicine, archived since (or now a pump): kept, marked, never swapped for another.
            own = store.medicines.get(plan.medicine_id) if plan.medicine_id is not None else None
            if own is not None and own.person_id == person.id:
                self.meds.insert(0, own)
        for m in self.meds:
            what = localize(m.describe())
            if m.archived_at is not None:
                what = _("{medicine} (archived)", medicine=what)
            elif m.is_pump:
                what = _("{medicine} (pump)", medicine=what)
            self.medicine.addItem(what, m.id)
        self.source = QPlainTextEdit()
        self.source.setTabChangesFocus(True)
        self.source.setFixedHeight(self.source.fontMetrics().lineSpacing() * 3 + 14)
        self.source.setPlaceholderText(_("For example: letter from Dr Lee, 20 November"))
        self.active = QCheckBox(_("This plan is being followed now: reminders give its doses"))
        self.active.setChecked(True)
        self.times = QLineEdit()
        self.times.setPlaceholderText(_("e.g. {times}", times=DEFAULT_TIMES))
        for field, label, widget in (("name", _("Plan &name"), self.name), ("kind", _("&Kind"), self.kind),
                                     ("medicine", _("&Medicine"), self.medicine),
                                     ("source_note", _("&Where it comes from"), self.source),
                                     ("active", "", self.active), ("times", _("&Times of day"), self.times)):
            self._row(form, field, label, widget)
        lay.addLayout(form)

        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(_("Plan steps"))
        self.table.setAccessibleDescription(_("Each row is one step: the first day, how many days, and the dose in "
                                              "mg at each time of day (0 for none). Arrow keys move between cells; "
                                              "Tab leaves the table."))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between its cells
        self.date_order = locale_date_order()
        example = format_user_date(date(2026, 12, 1), self.date_order)
        steps_label = QLabel(_("Ste&ps, one row each: the first day (like {example} or 2026-12-01), how many days, "
                               "and the mg at each time (0 for none):", example=example))
        steps_label.setWordWrap(True)
        steps_label.setBuddy(self.table)
        lay.addWidget(steps_label)
        self.same_dose = QCheckBox(_("Same dose at &every time (enter the dose once for each step)"))
        self.same_dose.setToolTip(_("For a plan written like “10 mg three times a day”: one dose column, given at "
                                    "each time of day"))
        self.same_dose.toggled.connect(self._same_dose_toggled)
        lay.addWidget(self.same_dose)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_step_btn = QPushButton(_("&Add a step"))
        self.remove_step_btn = QPushButton(_("&Remove the selected step"))
        for b in (self.add_step_btn, self.remove_step_btn):
            b.setAccessibleName(b.text().replace("&", ""))
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.steps_error = FieldErrorLabel()
        self.errors["steps"] = self.steps_error
        lay.addWidget(self.steps_error)
        # What happens after the last step: asked, never assumed ("then stop" used to carry on silently).
        from caregiver_app.ui.forms import FlowLayout

        after = FlowLayout()  # wraps at large text sizes
        after_label = QLabel(_("After the last step:"))
        after.addWidget(after_label)
        self.after_keep = QRadioButton(_("Keep &giving the last step's doses"))
        self.after_stop = QRadioButton(_("Then st&op: no more doses"))
        self.after_group = QButtonGroup(self)
        for choice in (self.after_keep, self.after_stop):
            self.after_group.addButton(choice)
            after.addWidget(choice)
            choice.toggled.connect(lambda _on: self._update_checks())
        after_label.setBuddy(self.after_keep)
        lay.addLayout(after)
        self.after_error = FieldErrorLabel()
        self.errors["after_last"] = self.after_error
        lay.addWidget(self.after_error)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setAccessibleName(_("Checks on this plan"))
        self.checks.setTextFormat(Qt.TextFormat.PlainText)  # plan and medicine names are shown as typed
        set_role(self.checks, "notice")
        self.checks.hide()
        lay.addWidget(self.checks)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self.add_step_btn.clicked.connect(self.add_step)
        self.remove_step_btn.clicked.connect(self.remove_step)
        self.times.editingFinished.connect(self._times_changed)
        self.medicine.currentIndexChanged.connect(lambda _i: self._default_times())
        self.table.itemChanged.connect(lambda _item: self._update_checks())
        self._columns: list[str] = []
        self._load(plan)
        add_save_shortcut(self, self.try_save)

    def _row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        self.errors[field] = add_form_row(form, label, widget)


    # -- loading -----------------------------------------------------------------------------------------
    def _load(self, plan: Plan | None) -> None:
        if plan is None:
            self._default_times()
            self.add_step()
            return
        self.name.setText(plan.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(plan.kind)))
        idx = self.medicine.findData(plan.medicine_id)
        self.medicine.setCurrentIndex(idx)  # -1 (none chosen) if it is gone: Save then asks to choose one
        self.source.setPlainText(plan.source_note)
        self.active.setChecked(plan.active)
        (self.after_stop if plan.after_last == "stop" else self.after_keep).setChecked(True)
        times = sorted({td.time for s in plan.steps for td in s.doses})
        self.times.setText(", ".join(format_time(t) for t in times) or DEFAULT_TIMES)
        self._set_columns([format_time(t) for t in times] or DEFAULT_TIMES.split(", "))
        for s in plan.steps:
            doses = {format_time(td.time): td.dose_mg for td in s.doses}
            self._append_row(s.start_date.isoformat(), str(s.days),
                             [decimal_text(f"{doses.get(c, 0):g}") for c in self._columns])
        self._update_checks()

    def _default_times(self) -> None:
        """The chosen medicine's times of day (from its schedule on the Medicines page), for a new plan."""
        if self.original is not None and self.table.rowCount():
            return
        mid = self.medicine.currentData()
        scheds = [r.schedule for r in self.store.schedules.for_medicine(mid)] if mid is not None else []
        text = ", ".join(format_time(t) for t in sorted(daily_times(scheds))) or DEFAULT_TIMES
        self.times.setText(text)
        self._times_changed()

    # -- the steps table -------------------------------------------------------------------------------------
    def _parse_times(self) -> tuple[list[str], str]:
        out = []
        for part in self.times.text().replace(";", ",").split(","):
            if not part.strip():
                continue
            try:
                out.append(format_time(parse_time(part.strip())))
            except ValueError as exc:
                return [], localize(exc)
        if not out:
            return [], _("Please enter at least one time of day, like 08:00.")
        if len(set(out)) != len(out):
            return [], _("A time of day is there twice.")
        return sorted(out), ""

    def _times_changed(self) -> None:
        times, error = self._parse_times()
        self.errors["times"].show_error(error)
        if times and times != self._columns:
            self._set_columns(times)

    def _dose_columns(self) -> int:
        """How many dose columns the table has: one with "same dose at every time", else one per time."""
        return 1 if self.same_dose.isChecked() else len(self._columns)

    def _set_columns(self, times: list[str], *, same_before: bool | None = None) -> None:
        """Columns: From, Days, then one per time (or one for every time). Doses already typed stay under the same
        time."""
        same_now = self.same_dose.isChecked()
        same_before = same_now if same_before is None else same_before
        rows = []
        for r in range(self.table.rowCount()):
            cells = [self._text(r, 0), self._text(r, 1)]
            if same_before:
                one = self._text(r, 2)
                old = {c: one for c in self._columns}
            else:
                old = {c: self._text(r, i + 2) for i, c in enumerate(self._columns)}
            if same_now:
                values = {old.get(t, "") for t in times} if not same_before else {old.get(t, "") for t in old}
                cells.append(values.pop() if len(values) == 1 else "")  # different doses: typed once again
            else:
                cells += [old.get(t, "") for t in times]
            rows.append(cells)
        self.table.blockSignals(True)
        self._columns = list(times)
        self.table.setColumnCount(2 + (1 if same_now else len(times)))
        heads = [_("mg at each time ({times})", times=", ".join(times))] if same_now else \
            [_("mg at {time}", time=t) for t in times]
        self.table.setHorizontalHeaderLabels([_("From"), _("Days"), *heads])
        from PySide6.QtWidgets import QHeaderView

        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for cells in rows:
            self._append_row(cells[0], cells[1], cells[2:])
        self._update_checks()

    def _same_dose_toggled(self, on: bool) -> None:
        self._set_columns(self._columns, same_before=not on)

    def _text(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text() if item is not None else ""

    def _append_row(self, start: str, days: str, doses: list[str]) -> None:
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate([start, days] + doses):
            self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.blockSignals(False)

    def add_step(self) -> None:
        """A new row after the last: starting the day after it ends, same length, same doses (edit from there)."""
        n = self.table.rowCount()
        if n == 0:
            start = self.store.clock.today() + timedelta(days=1)
            self._append_row(start.isoformat(), "7", [""] * self._dose_columns())
        else:
            first, _year, errs = parse_user_date("steps", self._text(n - 1, 0), label="", order=self.date_order)
            try:
                if errs or first is None:
                    raise ValueError
                start = first + timedelta(days=int(self._text(n - 1, 1)))
                start_text = start.isoformat()
            except (ValueError, OverflowError):  # the row above is not finished: the new one's date is left blank
                start_text = ""
            self._append_row(start_text, self._text(n - 1, 1),
                             [self._text(n - 1, c + 2) for c in range(self._dose_columns())])
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self._update_checks()

    def remove_step(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self._update_checks()

    # -- reading the form -------------------------------------------------------------------------------------
    def collect(self) -> tuple[Plan, list[FieldError]]:
        errors: list[FieldError] = []
        times, terr = self._parse_times()
        if terr:
            errors.append(FieldError("times", terr))
        steps = []
        self.step_rows: list[int] = []   # the row number (from 1) of each step read, for the messages
        for r in range(self.table.rowCount()):
            step = r + 1
            start, _year, errs = parse_user_date("steps", self._text(r, 0),
                                                 label=_("Step {step}: the first day", step=step),
                                                 order=self.date_order)
            if errs or start is None:
                example = format_user_date(date(2026, 12, 1), self.date_order)
                errors += errs or [FieldError("steps", _("Step {step}: the first day must be a date like {example}.",
                                                         step=step, example=example))]
                continue
            days = parse_number(self._text(r, 1))
            if not isinstance(days, float) or not math.isfinite(days) or days != int(days):
                errors.append(FieldError("steps", _("Step {step}: the number of days must be a whole number.",
                                                    step=step)))
                continue
            doses = []
            for c, t in enumerate(times):
                mg = parse_number(self._text(r, 2 if self.same_dose.isChecked() else c + 2))
                if not isinstance(mg, float) or not math.isfinite(mg):
                    errors.append(FieldError("steps", _("Step {step}: please enter the dose at {time} in mg (0 for "
                                                        "none).", step=step, time=t)))
                    break
                doses.append(TimeDose(parse_time(t), mg))
            else:
                steps.append(PlanStep(start, int(days), tuple(doses)))
                self.step_rows.append(r + 1)
        plan = Plan(person_id=self.person.stored_id, medicine_id=self.medicine.currentData(),
                    name=self.name.text(), kind=self.kind.currentData(), source_note=self.source.toPlainText(),
                    active=self.active.isChecked(), steps=tuple(steps),
                    after_last="stop" if self.after_stop.isChecked() else
                    "keep" if self.after_keep.isChecked() else "",
                    id=self.original.id if self.original else None)
        return plan, errors

    def _warnings(self, plan: Plan) -> list[str]:
        med = next((m for m in self.meds if m.id == plan.medicine_id), None)
        return self.ctx.services.plans.warnings(plan, med)

    def _update_checks(self) -> None:
        from caregiver_app.domain.plans import after_last_words, validate_plan

        if not hasattr(self, "after_stop"):
            return  # still being built
        plan, errors = self.collect()
        if plan is not None and not errors:
            errors = [e for e in validate_plan(plan, self.store.clock.today(), self.step_rows)
                      if e.field != "after_last"]
        warnings = self._warnings(plan) if plan is not None and not errors else []
        totals = [decimal_text(f"{t.mg_per_day:g}") for t in plan.totals()] if plan is not None else []
        steps = " → ".join(_("{mg} mg", mg=t) for t in totals)
        if not totals:
            text = ""
        elif plan.after_last == "stop":
            text = _("Total a day, step by step: {steps} → then stop", steps=steps)
        elif plan.after_last == "keep":
            text = _("Total a day, step by step: {steps} → then the last step's doses carry on until the plan is "
                     "changed", steps=steps)
        else:
            text = _("Total a day, step by step: {steps}", steps=steps)
        if totals and not errors:
            med = next((m for m in self.meds if m.id == plan.medicine_id), None)
            words = localize(after_last_words(plan, med.name if med is not None else "")) if plan.after_last else \
                _("What happens after the last step? Please choose below: keep its doses, or stop.")
            text += "\n" + words
        if warnings:
            text += "\n\n" + _("Please check: {warnings}", warnings="\n".join(localize(w) for w in warnings))
        if plan is not None and not errors:
            med = next((m for m in self.meds if m.id == plan.medicine_id), None)
            notes = self.ctx.services.plans.notes(plan, med)
            if notes:
                text += "\n\n" + "\n".join(localize(n) for n in notes)
        self.checks.setText(text)
        self.checks.setVisible(bool(text))

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for e in errors:
            by_field.setdefault(e.field if e.field in self.errors else "steps", []).append(localize(e.message))
        for field, label in self.errors.items():
            label.show_error(" ".join(by_field.get(field, [])))

    def try_save(self) -> None:
        from caregiver_app.domain.plans import validate_plan

        plan, errors = self.collect()
        errors += validate_plan(plan, self.store.clock.today(), self.step_rows)
        self.show_errors(errors)
        if errors:
            return
        warnings = self._warnings(plan)
        if warnings and not self.prompts.confirm(_("Please check this plan"), _(
                "{warnings}\n\nSave the plan as written anyway?", warnings="\n\n".join(localize(w) for w in warnings))):
            return
        others = self.ctx.services.plans.other_followed(plan)
        if others and not self.prompts.confirm(
                _("Follow this plan instead?"),
                _("“{plan}” is being followed for this medicine now. Only one plan can set the reminders: stop "
                  "following “{plan}” (it stays on the Plans page) and follow this one?", plan=others[0].name)):
            return
        try:
            self.saved = self.ctx.services.plans.save(plan)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        except StoreError as exc:
            self.steps_error.show_error(localize(exc))
            return
        self.accept()
