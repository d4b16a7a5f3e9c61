"""The daily check-in window of the dose-change companion: short and keyboard-first, one group per person.

Enter (or Alt+N) answers "none of these"; ticking a danger sign shows what to do at once and records the answer
there and then (later changes update it). The rules (what opens a period, what is asked, saving) are in
services/checkins.py; this module only shows and passes the answers on.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.system.i18n import Tr, localize
from caregiver_app.ui.forms import NumberField
from caregiver_app.ui.theme import set_role

if TYPE_CHECKING:
    from caregiver_app.domain.diary import DiaryEntry, Guidance
    from caregiver_app.services.checkins import Checkin
    from caregiver_app.ui.context import AppContext
    from caregiver_app.ui.red_flags import RedFlagDialog

_ = Tr("ui.checkin")

log = logging.getLogger(__name__)

NOT_ADVICE = _.mark("These questions are the app's, not medical advice: if anything worries you, talk to your "
                    "doctor or nurse.")


class CheckinPanel(QGroupBox):
    """One person's check-in: the signs for their period, spasticity 0–10, a note, and the answers."""

    ticked = Signal(object, str, bool)       # panel, key, checked
    submitted = Signal(object, str)          # panel, "none" | "save" | "later"

    def __init__(self, checkin: Checkin, today: date, parent: QWidget | None = None):
        from caregiver_app.domain.diary import NOTES_MAX, RED_FLAGS, SIDE_EFFECTS

        super().__init__(parent)
        self.checkin = checkin
        self.saved: DiaryEntry | None = None     # recorded already (a danger sign ticked): later saves update it
        self.saving = False                      # being saved (the change it makes redraws the window meanwhile)
        self.fits = True                         # shown whole in its window (else Enter is not "none of these")
        self.setTitle(f"{checkin.person_name}")
        self.setAccessibleName(_("Check-in for {name}", name=checkin.person_name))
        layout = QVBoxLayout(self)
        line = localize(checkin.line(today))
        self.what = QLabel(line if checkin.day == today else
                           _("{line} — not answered on the day; answer it now for that day", line=line))
        self.what.setWordWrap(True)
        set_role(self.what, "whoseData")
        layout.addWidget(self.what)
        intro = QLabel(localize(checkin.period.intro(first_day=checkin.number == 1)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        if checkin.flags:
            head = QLabel(_("<b>Danger signs</b> (what to do comes up the moment one is ticked):"))
            head.setWordWrap(True)
            layout.addWidget(head)
            for key in checkin.flags:
                layout.addWidget(self._box(key, localize(RED_FLAGS[key].label), danger=True))
        if checkin.side_effects:
            head = QLabel(_("<b>Side effects</b>:"))
            layout.addWidget(head)
            from caregiver_app.ui.forms import FlowLayout

            row = FlowLayout()  # wraps at large text sizes instead of cutting the boxes
            for key in checkin.side_effects:
                row.addWidget(self._box(key, localize(SIDE_EFFECTS[key]), danger=False))
            layout.addLayout(row)
        if checkin.asks_driving:
            from caregiver_app.domain.dosing import DRIVING_NOTE

            drive = QLabel(localize(DRIVING_NOTE))
            drive.setWordWrap(True)
            set_role(drive, "notice")
            layout.addWidget(drive)
        form = QHBoxLayout()
        lab = QLabel(_("S&pasticity in the last 24 hours (0 none, 10 worst possible):"))
        # Typed straight in (Up/Down step it): a box that ignored a typed digit lost the score once.
        self.spasticity = NumberField(0, 10, name=_("Spasticity in the last 24 hours, 0 to 10"))
        self.spasticity.setAccessibleDescription(_("Leave it empty if it was not scored."))
        lab.setBuddy(self.spasticity)
        form.addWidget(lab)
        form.addWidget(self.spasticity)
        form.addStretch(1)
        layout.addLayout(form)
        note_row = QHBoxLayout()
        note_lab = QLabel(_("N&ote:"))
        self.note = QLineEdit()
        self.note.setMaxLength(NOTES_MAX)
        self.note.setAccessibleName(_("Note"))
        note_lab.setBuddy(self.note)
        note_row.addWidget(note_lab)
        note_row.addWidget(self.note, 1)
        layout.addLayout(note_row)
        from caregiver_app.ui.forms import FlowLayout

        buttons = FlowLayout()  # wraps at large text sizes
        self.none_btn = QPushButton(_("&None of these  (Enter)"))
        self.none_btn.setAccessibleName(_("None of these"))
        self.save_btn = QPushButton(_("&Save answer"))
        self.save_btn.setAccessibleName(_("Save answer"))
        self.late = checkin.day != today
        self.later_btn = QPushButton(_("&Later"))
        self.later_btn.setAccessibleName(_("Answer later (it stays on Today until the end of today)") if self.late
                                         else _("Answer later (it stays on Today)"))
        self.none_btn.clicked.connect(lambda: self.submitted.emit(self, "none"))
        self.save_btn.clicked.connect(lambda: self.submitted.emit(self, "save"))
        self.later_btn.clicked.connect(lambda: self.submitted.emit(self, "later"))
        for b in (self.none_btn, self.save_btn, self.later_btn):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.recorded = QLabel()
        self.recorded.setWordWrap(True)
        self.recorded.setAccessibleName(_("Recorded"))
        self.recorded.setVisible(False)
        layout.addWidget(self.recorded)
        self.status = QLabel()
        self.status.setWordWrap(True)
        set_role(self.status, "fieldError")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.update_buttons()

    def _box(self, key: str, label: str, *, danger: bool) -> QCheckBox:
        box = QCheckBox(label)
        box.setAccessibleName(_("Danger sign: {sign}", sign=label) if danger
                              else _("Side effect: {effect}", effect=label))
        box.toggled.connect(lambda on, k=key: self._toggled(k, on))
        self.boxes[key] = box
        return box

    def _toggled(self, key: str, on: bool) -> None:
        self.update_buttons()
        self.ticked.emit(self, key, on)

    def ticked_flags(self) -> list[str]:
        return [k for k in self.checkin.flags if self.boxes[k].isChecked()]

    def ticked_side_effects(self) -> list[str]:
        return [k for k in self.checkin.side_effects if self.boxes[k].isChecked()]

    def any_ticked(self) -> bool:
        return any(b.isChecked() for b in self.boxes.values())

    def spasticity_value(self) -> tuple[int | None, str]:
        """The score typed (None: not given) and, when it is not one, what is wrong."""
        v = self.spasticity.number()
        if v is None:
            return None, ""
        if isinstance(v, int) and 0 <= v <= 10:
            return v, ""
        return None, _("Spasticity is a whole number from 0 (none) to 10 (worst possible), or left empty.")

    def update_buttons(self) -> None:
        """With nothing ticked, Enter says "none of these"; once something is ticked, Enter saves it."""
        ticked = self.any_ticked()
        self.none_btn.setEnabled(not ticked and self.saved is None)
        self.none_btn.setDefault(not ticked and self.saved is None and self.fits)
        self.none_btn.setText(_("&None of these  (Enter)") if self.fits else _("&None of these"))
        self.save_btn.setDefault((ticked or self.saved is not None) and self.fits)
        self.save_btn.setText(_("&Save changes") if self.saved is not None else _("&Save answer"))
        self.later_btn.setText(_("&Done") if self.saved is not None else _("&Later"))
        if self.saved is not None:
            from caregiver_app.domain.diary import RED_FLAGS

            signs = ", ".join(localize(RED_FLAGS[k].label) for k in self.saved.red_flags if k in RED_FLAGS)
            self.recorded.setText(
                _("<b>Recorded in the diary</b> (danger signs: {signs}). Add anything else, then Save changes.",
                  signs=signs) if signs
                else _("<b>Recorded in the diary</b>. Add anything else, then Save changes."))
        self.recorded.setVisible(self.saved is not None)

    def show_error(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


class CheckinWindow(QDialog):
    """Every check-in due now, one group per person (names shown). Stays on top, like the dose reminder."""

    answered = Signal(object)     # the Checkin (answered or put off): the controller reviews again
    open_emergency_info = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, on_top: bool = True):
        flags = Qt.WindowType.Window
        if on_top:
            flags |= Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.ctx = ctx
        self.prompts = ctx.prompts.for_widget(self)
        self.setWindowTitle(_("Check-in — Caregiver Assistant"))
        self.setModal(False)
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        title = QLabel(_("How are things today?"))
        set_role(title, "pageTitle")
        layout.addWidget(title)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # not a Tab stop of its own
        self.fits = True   # everything shown without scrolling (else Enter answers nothing unseen)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addStretch(1)
        self.scroller.setWidget(self.body)
        layout.addWidget(self.scroller, 1)
        note = QLabel(_.lookup(NOT_ADVICE))
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.emergency_btn = QPushButton(_("&Emergency signs"))
        set_role(self.emergency_btn, "emergencyButton")
        self.emergency_btn.clicked.connect(self.open_emergency_info.emit)
        row.addWidget(self.emergency_btn)
        row.addStretch(1)
        layout.addLayout(row)
        self.panels: dict[tuple[int, str], CheckinPanel] = {}
        self.put_off: set[tuple[int, str]] = set()
        self.dialogs: dict[tuple[int, str], RedFlagDialog] = {}

    # -- what is shown -------------------------------------------------------------------------------------
    def set_checkins(self, checkins: list[Checkin]) -> None:
        """Show these (a panel being filled in keeps what was typed; one answered elsewhere goes)."""
        today = self.ctx.clock.today()
        keep = {c.key for c in checkins}
        for key in [k for k, p in self.panels.items() if k not in keep and p.saved is None and not p.saving]:
            self._remove(key)
        for c in checkins:
            if c.key in self.panels:
                self.panels[c.key].checkin = c
                continue
            panel = CheckinPanel(c, today, self.body)
            panel.ticked.connect(self._ticked)
            panel.submitted.connect(self._submitted)
            self.body_layout.insertWidget(self.body_layout.count() - 1, panel)
            self.panels[c.key] = panel
        self.fit_to_screen()
        self._focus_first()

    def fit_to_screen(self) -> None:
        """As tall as what it asks, within the screen: the answers are never below the fold when there is room.
        When it still cannot show everything (extra-large text, several people), Enter answers nothing: the
        first sign has the focus and "None of these" must be reached (and so seen) first."""
        self.body.adjustSize()
        screen = self.screen()
        avail = screen.availableGeometry() if screen is not None else None
        width = max(self.minimumWidth(), self.body.sizeHint().width() + 2 * self.scroller.frameWidth()
                    + self.scroller.verticalScrollBar().sizeHint().width() + 24)
        if avail is not None:
            width = min(width, avail.width() - 40)
        # Everything but the scrolled part, as tall as its wrapped lines need at that width (at extra-large text
        # the note under it wraps onto more lines than its first guess).
        lay = self.layout()
        total = lay.totalHeightForWidth(width) if lay is not None and lay.hasHeightForWidth() else -1
        chrome = (total if total > 0 else self.sizeHint().height()) - self.scroller.sizeHint().height()
        need = self.body.sizeHint().height() + 2 * self.scroller.frameWidth() + chrome
        room = avail.height() - 60 if avail is not None else need   # the title bar and a margin
        self.resize(width, max(200, min(need, room)))
        self.fits = need <= room
        for panel in self.panels.values():
            panel.fits = self.fits
            panel.update_buttons()

    def changeEvent(self, event) -> None:
        """A new text size while it is open: fitted again to what it asks (issue 13, item 7)."""
        from PySide6.QtCore import QEvent, QTimer

        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and self.isVisible():
            QTimer.singleShot(0, self.fit_to_screen)

    def _focus_first(self) -> None:
        first = next(iter(self.panels.values()), None)
        if first is None:
            return
        first.update_buttons()
        if not self.fits and first.boxes:
            next(iter(first.boxes.values())).setFocus()
            self.scroller.ensureWidgetVisible(first, 0, 0)
            return
        (first.none_btn if first.none_btn.isEnabled() else first.save_btn).setFocus()

    def _remove(self, key: tuple[int, str]) -> None:
        panel = self.panels.pop(key, None)
        if panel is not None:
            panel.hide()
            panel.deleteLater()

    # -- answers -------------------------------------------------------------------------------------------
    def _ticked(self, panel: CheckinPanel, key: str, on: bool) -> None:
        if not on or key not in panel.checkin.flags:
            return
        # A danger sign: what to do now, first; then it is recorded at once (nothing else is asked before).
        guidance = self.ctx.services.diary.guidance(panel.checkin.person_id, panel.ticked_flags(), panel.checkin.day)
        dialog = self._show_guidance(panel, guidance, recorded=False)
        if self._save(panel, finish=False) and dialog is not None:
            dialog.set_recorded(True)

    def _submitted(self, panel: CheckinPanel, action: str) -> None:
        if action == "later" and panel.saved is not None:   # "Done": keep what was added since
            self._save(panel, finish=True)
            return
        if action == "later":
            self.put_off.add(panel.checkin.key)
            self._remove(panel.checkin.key)
            self.answered.emit(panel.checkin)
            self._close_if_empty()
            return
        if action == "none":
            for box in panel.boxes.values():
                box.setChecked(False)
        self._save(panel, finish=True)

    def _save(self, panel: CheckinPanel, *, finish: bool) -> bool:
        from caregiver_app.domain.validation import ValidationFailed
        from caregiver_app.storage import StoreError

        c = panel.checkin
        services = self.ctx.services
        spasticity, wrong = panel.spasticity_value()
        if wrong and finish:
            panel.show_error(wrong)
            panel.spasticity.setFocus()
            return False
        panel.saving = True
        try:
            if panel.saved is None:
                saved = services.checkins.answer(c, flags=panel.ticked_flags(),
                                                 side_effects=panel.ticked_side_effects(),
                                                 spasticity=spasticity, notes=panel.note.text())
            else:
                entry = panel.saved.with_changes(red_flags=tuple(panel.ticked_flags()),
                                                 side_effects=tuple(panel.ticked_side_effects()),
                                                 spasticity=spasticity, notes=panel.note.text())
                saved = services.diary.save(entry, editing=panel.saved)
        except ValidationFailed as exc:
            words = " ".join(localize(e.message) for e in exc.errors)
            panel.show_error(words)
            if any(e.field == "checkin_day" for e in exc.errors):
                self.prompts.info(_("Already answered"), words)
                self._remove(c.key)
                self.answered.emit(c)
                self._close_if_empty()
            return False
        except StoreError as exc:
            panel.show_error(_("Not saved: {reason}", reason=localize(exc)))
            return False
        finally:
            panel.saving = False
        panel.saved = saved.entry
        # A danger sign is recorded even when the score is not right yet; the score waits to be corrected.
        panel.show_error(_("The danger sign is recorded; the score is not yet: {problem}", problem=wrong) if wrong
                         else "")
        panel.update_buttons()
        self.fit_to_screen()   # the "Recorded" line is new: keep everything in view
        if saved.guidance is not None and c.key not in self.dialogs:
            self._show_guidance(panel, saved.guidance, recorded=True)
        elif saved.guidance is not None:
            self.dialogs[c.key].set_recorded(True)
        if finish:
            self._remove(c.key)
            self.answered.emit(c)
            self._close_if_empty()
        return True

    def _show_guidance(self, panel: CheckinPanel, guidance: Guidance | None, *,
                       recorded: bool) -> RedFlagDialog | None:
        if guidance is None:
            return None
        from caregiver_app.ui.red_flags import RedFlagDialog

        key = panel.checkin.key
        old = self.dialogs.pop(key, None)
        if old is not None:
            old.close()
        dlg = RedFlagDialog(guidance, self.ctx.store.people.get(panel.checkin.person_id), self, recorded=recorded)
        dlg.open_emergency_info.connect(self.open_emergency_info.emit)
        dlg.finished.connect(lambda _r, k=key, d=dlg: self.dialogs.pop(k, None) if self.dialogs.get(k) is d
                             else None)
        self.dialogs[key] = dlg
        from caregiver_app.ui.prompts import keep_in_front

        keep_in_front(dlg)  # in front of this always-on-top window, never behind it (issue 13)
        dlg.open()
        return dlg

    def _close_if_empty(self) -> None:
        if not self.panels:
            self.hide()

    def _put_off_all(self) -> None:
        """Every check-in put off (it stays on Today); an answer already recorded keeps what was added."""
        for key, panel in list(self.panels.items()):
            if panel.saved is not None:
                self._save(panel, finish=True)
            else:
                self.put_off.add(key)
                self._remove(key)
                self.answered.emit(panel.checkin)

    def closeEvent(self, event) -> None:
        self._put_off_all()
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape: the same as closing the window (never a panel left half-alive in a hidden window)."""
        self._put_off_all()
        super().reject()
