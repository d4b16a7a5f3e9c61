"""Application service for doses: joins the store and the domain rules. No Qt.

Used by the reminder controller, the Today page, the history and the ``today`` command alike, so they
all agree on what is due, taken or missed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from caregiver_app.domain import dosing
from caregiver_app.domain.medicines import Medicine, format_dose, units_for_dose
from caregiver_app.domain.reminders import (
    GRACE,
    HORIZON,
    LOOKBACK,
    Answer,
    DoseSlot,
    Review,
    Source,
    State,
    first_dose_after,
    review,
    slots_between,
)
from caregiver_app.domain.schedules import FixedSchedule, Occurrence, PrnSchedule, WeekdaySchedule, local_day_bounds
from caregiver_app.domain.text import Messages, Text, joined, value
from caregiver_app.domain.validation import ValidationFailed
from caregiver_app.services.changes import Change, Changes
from caregiver_app.storage import Store, StoreError
from caregiver_app.storage.timefmt import dt_from_db, dt_to_db
from caregiver_app.system.clock import Clock

_ = Messages("services.doses")

#: Shown when a dose is logged after a warning that it may be more than the prescribed dose (the guidance, the
#: person's id); the UI shows the danger-sign window.
DangerShown = Callable[["Guidance", int], None]

if TYPE_CHECKING:
    from caregiver_app.domain.answers import PrnDay, Question
    from caregiver_app.domain.diary import Guidance
    from caregiver_app.domain.medicines import StockStatus
    from caregiver_app.domain.schedules import DoseFor
    from caregiver_app.services.checkins import CheckinService
    from caregiver_app.storage.doses import DoseEntry
    from caregiver_app.storage.schedules import ScheduleRecord

CHECKED_FROM = "reminders_checked_from"


def _on(d: date) -> Text:
    """"Tue 01 Dec 2026": the day in the user's language at the edge, then the year."""
    return _("{day} {year}", day=value(d, "date", f"{d:%a %d %b}"), year=str(d.year))


def _said(exc: Exception) -> str:
    """An error's message for the user (a Text where it was raised with one)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def baclofen_by_mouth_taken(store: Store, person_id: int, start: date | None = None,
                            end: date | None = None) -> list[tuple[datetime, float]]:
    """(time taken, mg) of every baclofen dose taken by mouth (tablets, liquids, granules; archived medicines too),
    not skipped or missed, not replaced by a correction. Pump doses (mcg) are not baclofen mg by mouth."""
    ids = [m.stored_id for m in store.medicines.list_for(person_id, include_archived=True)
           if m.baclofen and not m.is_pump]
    return store.doses.taken_rows(person_id, ids, start, end)


def baclofen_daily_totals(store: Store, person_id: int, start: date | None = None,
                          end: date | None = None) -> dict[date, float]:
    """mg of baclofen by mouth taken per local day (the diary chart's dose line, the summary's days over 80 mg)."""
    from caregiver_app.domain.diary import daily_dose_totals

    return daily_dose_totals(baclofen_by_mouth_taken(store, person_id, start, end), store.clock.local_tz())


@dataclass(frozen=True)
class AnswerResult:
    """What an answer did: error messages (nothing saved), or the ids of the dose records written (none when every
    question was answered No)."""

    errors: list[str]
    entry_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SlotView:
    """A dose slot with the words the screens need."""

    slot: DoseSlot
    medicine: Medicine
    person_name: str
    dose_text: str
    amount_note: str | None = None   # not a whole or half tablet: say so on the reminder

    @property
    def key(self) -> tuple[int, str]:
        return self.slot.key


class DoseService:
    def __init__(self, store: Store, clock: Clock, changes: Changes | None = None,
                 checkins: Callable[[], CheckinService] | None = None):
        self.store, self.clock = store, clock
        self.changes = changes if changes is not None else Changes()
        #: False for a command that must not write (the app holds the data folder's lock): the first check's time
        #: is then taken as now without keeping it (the app keeps its own).
        self.write_settings = True
        self.checkins = checkins   # a dose taken that leaves no baclofen in stock opens a watch period

    # -- inputs -----------------------------------------------------------------------------------
    def checked_from(self) -> datetime:
        """Doses before the first time reminders ran on this store are history, not 'missed'."""
        text: str | None = self.store.settings.get(CHECKED_FROM)
        if text:
            return dt_from_db(text)
        now = self.clock.now_utc()
        if self.write_settings:
            self.store.settings.set(CHECKED_FROM, dt_to_db(now))
        return now

    def plan_notes(self, person_id: int, day: date | None = None) -> dict[int, str]:
        """For each of the person's medicines whose doses a followed plan sets: what the reminders do, in words
        (shown on Today, the Medicines page and the summary, so the plan's part is never hidden)."""
        from caregiver_app.domain.schedules import daily_times

        day = day or self.clock.today()
        notes: dict[int, str] = {}
        for mid, plan in self.store.plans.followed_by_medicine(person_id).items():
            med = self.store.medicines.get(mid)
            if med is None or med.archived_at is not None:
                continue  # not on the pages any more, and nothing reminded
            name = med.name
            steps = sorted(plan.steps, key=lambda s: s.start_date)
            plan_times = {td.time for st in steps for td in st.doses}
            if not plan_times & daily_times(r.schedule for r in self.store.schedules.for_medicine(mid)):
                notes[mid] = _("{name}: the plan “{plan}” is followed, but none of its times of day is a time on the "
                               "Medicines page, so reminders give the Medicines page's doses. Change the plan's times "
                               "or the medicine's.", name=name, plan=plan.name)
                continue
            started = [s for s in steps if s.start_date <= day]
            if not started:
                notes[mid] = _("{name}: the plan “{plan}” starts on {day}; until then the doses on the Medicines page "
                               "are reminded.", name=name, plan=plan.name, day=_on(steps[0].start_date))
                continue
            cur = started[-1]
            total = value(sum(td.dose_mg for td in cur.doses), "decimal",
                          f"{sum(td.dose_mg for td in cur.doses):g}")
            if cur is steps[-1] and day > cur.last_date and plan.after_last == "stop":
                notes[mid] = _("{name}: the plan “{plan}” ended on {day} and said stop after its last step, so no "
                               "more doses are reminded.", name=name, plan=plan.name, day=_on(cur.last_date))
            elif cur is steps[-1] and day > cur.last_date:
                notes[mid] = _("{name}: the plan “{plan}” ended on {day}; its last step ({mg} mg a day in the plan) "
                               "is still reminded. If the doctor or nurse said otherwise, change or archive the plan "
                               "on the Plans page.", name=name, plan=plan.name, day=_on(cur.last_date), mg=total)
            elif plan.after_last == "stop" and cur is steps[-1]:
                notes[mid] = _("{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the "
                               "plan). Then stop.", name=name, plan=plan.name, step=len(started), steps=len(steps),
                               mg=total)
            else:
                notes[mid] = _("{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the "
                               "plan).", name=name, plan=plan.name, step=len(started), steps=len(steps), mg=total)
        return notes

    def sources(self, person_id: int | None = None) -> list[Source]:
        start = self.checked_from()
        from caregiver_app.services.plans import followed_dose_fors  # (its plan rules only when needed)

        plans = followed_dose_fors(self.store, person_id)
        out = []
        # per medicine with a plan: its schedules already given the plan's doses
        earlier: dict[int, list[FixedSchedule | WeekdaySchedule]] = {}
        for rec in self.store.schedules.active(person_id):
            if rec.kind == "prn":
                continue
            # A plan being followed sets the dose at the schedule's times of day (fixed and weekday schedules;
            # every-few-hours schedules have no fixed times for a plan to name, so they keep their own dose).
            sched = rec.schedule
            dose_for = None
            if isinstance(sched, (FixedSchedule, WeekdaySchedule)):  # kinds "fixed" and "weekdays"
                dose_for = plans.get(rec.medicine_id)
                if dose_for is not None:
                    before = earlier.setdefault(rec.medicine_id, [])
                    if before:  # the plan's dose at a time is given once a day, not once per schedule with that time
                        dose_for = _once_per_time(dose_for, list(before))
                    before.append(sched)
            # Doses just before the first run (within the grace) still get a normal reminder.
            out.append(Source(rec.id, rec.medicine_id, rec.person_id, rec.schedule,
                              max(start - GRACE, rec.created_at), dose_for))
        return out

    def _answers_and_snoozes(self, sources: list[Source], since: datetime, until: datetime
                             ) -> tuple[dict[tuple[int, str], Answer], dict[tuple[int, str], datetime]]:
        """The answers and snoozes of these schedules' doses due in [since, until): one query each, of the
        period's rows only."""
        ids = [s.schedule_id for s in sources]
        answers = {k: Answer(status, taken, eid, mg)
                   for k, (eid, status, taken, mg) in self.store.doses.slot_answers(ids, since, until).items()}
        return answers, self.store.doses.snoozes(since, until, ids)

    def review(self, now: datetime | None = None) -> Review:
        now = now or self.clock.now_utc()
        sources = self.sources()
        answers, snoozes = self._answers_and_snoozes(sources, now - LOOKBACK - timedelta(days=1),
                                                     now + HORIZON + timedelta(days=1))
        return review(sources, answers, snoozes, now)

    def timeline(self, person_id: int, day: date) -> list[DoseSlot]:
        """Every dose of one local day with its state. Doses from before a schedule was added or changed are
        left out unless they were answered (they were not reminded, so they are not 'missed')."""
        return self.timelines(person_id, day, day).get(day, [])

    def timelines(self, person_id: int, first: date, last: date) -> dict[date, list[DoseSlot]]:
        """``timeline`` for every local day from ``first`` to ``last`` (days with no dose left out), read in one go:
        the schedules once, the period's answers and snoozes in one query each, so a year costs twelve months."""
        now = self.clock.now_utc()
        sources = self.sources(person_id)
        zone = self.local_zone()
        start, end = local_day_bounds(first, zone)[0], local_day_bounds(last, zone)[1]
        if end <= start:
            return {}
        answers, snoozes = self._answers_and_snoozes(sources, start - timedelta(days=1), end + timedelta(days=1))
        out: dict[date, list[DoseSlot]] = {}
        for s in slots_between(sources, start, end, answers, snoozes, now):
            if s.answer is not None or s.due_utc >= s.source.counted_from:
                out.setdefault(s.due_utc.astimezone(zone).date(), []).append(s)
        return out

    def not_listed_today(self, person_id: int, day: date) -> list[SlotView]:
        """The doses of ``day`` that ``timeline`` leaves out because their schedule was added or changed after they
        were due (never reminded, so not "missed"): Today says why they are not listed."""
        now = self.clock.now_utc()
        sources = self.sources(person_id)
        zone = self.local_zone()
        start, end = local_day_bounds(day, zone)
        answers, snoozes = self._answers_and_snoozes(sources, start - timedelta(days=1), end + timedelta(days=1))
        slots = slots_between(sources, start, end, answers, snoozes, now)
        return [self.view(s) for s in slots if s.answer is None and s.due_utc < s.source.counted_from
                and s.source.counted_from.astimezone(zone).date() == day]

    def next_first_dose(self, person_id: int, after: datetime) -> tuple[Source, Occurrence] | None:
        return first_dose_after(self.sources(person_id), after)

    def local_zone(self) -> tzinfo:
        return self.clock.local_tz()

    # -- words ------------------------------------------------------------------------------------
    def view(self, slot: DoseSlot) -> SlotView:
        med = self.store.medicines.get(slot.source.medicine_id)
        assert med is not None  # a schedule's medicine is archived at most, never deleted
        person = self.store.people.get(slot.source.person_id)
        # An answered dose shows what was logged, which a correction may have changed.
        mg = slot.answer.dose_mg if slot.answer is not None and slot.answer.dose_mg else slot.occurrence.dose_mg
        from caregiver_app.domain.medicines import amount_note

        return SlotView(slot, med, person.name if person else "?", format_dose(med, mg), amount_note(med, mg))

    # -- answers ----------------------------------------------------------------------------------
    def same_drug_ids(self, med: Medicine) -> list[int]:
        """The medicines whose doses add up with ``med``'s: for baclofen by mouth, all of the person's baclofen
        tablets, liquids and granules (the label maximum is per person per day); otherwise just ``med``."""
        if not med.baclofen or med.is_pump:
            return [med.stored_id]
        return [m.stored_id for m in self.store.medicines.list_for(med.person_id, include_archived=True)
                if m.baclofen and not m.is_pump] or [med.stored_id]

    def check_taken(self, view: SlotView, when: datetime,
                    also: Sequence[tuple[int, datetime, float]] = ()) -> list[dosing.DoseWarning]:
        """Warnings to confirm before logging ``view`` as taken at ``when``. ``also``: (medicine id, time, mg) of
        doses being logged in the same answer, counted as taken too (ticking two missed doses and answering "taken"
        once is two doses)."""
        med = view.medicine
        ids = self.same_drug_ids(med)
        taken = self.store.doses.taken_between(ids, when - timedelta(hours=36), when + timedelta(hours=36))
        taken = list(taken) + [(at, mg) for mid, at, mg in also if mid in ids]
        # Logged late (a missed dose, a long snooze): how close is the next dose of this schedule?
        late = when - view.slot.due_utc > dosing.DEFAULT_MISSED_GRACE
        nxt = self.next_dose(view) if late else None
        return dosing.check_new_dose(med.name, when, view.slot.occurrence.dose_mg, taken, self.local_zone(),
                                     intrathecal=med.is_pump, baclofen=med.baclofen,
                                     next_due_utc=nxt.due_utc if nxt is not None and nxt.due_utc > when else None)

    def next_dose(self, view: SlotView) -> Occurrence | None:
        """The dose after this one in its schedule, as it will really be reminded (a followed plan may have changed
        or dropped it)."""
        from caregiver_app.domain.schedules import next_occurrence

        return next_occurrence(view.slot.source.schedule, view.slot.occurrence.due_utc,
                               dose_for=view.slot.source.dose_for)

    def snooze_limit(self, view: SlotView) -> datetime | None:
        """The latest a dose may be snoozed to: never into the next dose, and for baclofen never past 2 hours before
        it (then the missed-dose rule says to leave it out). None when there is no next dose."""
        nxt = self.next_dose(view)
        if nxt is None:
            return None
        return nxt.due_utc - (dosing.NEXT_DOSE_TOO_CLOSE if view.medicine.baclofen else timedelta(0))

    def log_answer(self, view: SlotView, status: str, *, when: datetime | None = None, note: str = "",
                   left_out: bool = False) -> int:
        occ = view.slot.occurrence
        units = units_for_dose(view.medicine, occ.dose_mg) if status == "taken" else None
        return self.store.doses.log(
            person_id=view.slot.source.person_id, medicine_id=view.medicine.stored_id, dose_mg=occ.dose_mg,
            status=status, schedule_id=view.slot.source.schedule_id, slot=occ.slot, due_utc=occ.due_utc,
            taken_utc=when if status == "taken" else None, note=note, stock_units=units, left_out=left_out)

    def snooze(self, view: SlotView, minutes: int) -> datetime:
        """Snooze for ``minutes``, or less where the next dose is close (``snooze_limit``). Raises
        ``ValidationFailed`` when the dose cannot be snoozed at all any more."""
        now = self.clock.now_utc()
        until = now + timedelta(minutes=minutes)
        limit = self.snooze_limit(view)
        if limit is not None and until > limit:
            if limit - now < timedelta(minutes=1):
                from caregiver_app.domain.validation import FieldError

                nxt = self.next_dose(view)
                if nxt is None:
                    message = _("{name} was not snoozed: its next dose is due at soon, so this one cannot wait any "
                                "longer. Say whether it was taken, or skip it (if it was not taken, leave it out and "
                                "take the next dose at the usual time).", name=view.medicine.name)
                else:
                    at = nxt.due_utc.astimezone(self.local_zone())
                    message = _("{name} was not snoozed: its next dose is due at {time}, so this one cannot wait any "
                                "longer. Say whether it was taken, or skip it (if it was not taken, leave it out and "
                                "take the next dose at the usual time).", name=view.medicine.name,
                                time=value(at.time(), "time", f"{at:%H:%M}"))
                raise ValidationFailed([FieldError("snooze", message)])
            until = limit
        self.store.doses.add_event(view.slot.source.schedule_id, view.slot.occurrence.slot,
                                   view.slot.occurrence.due_utc, "snoozed", until)
        return until

    def taken_time(self, hour_minute: tuple[int, int]) -> datetime:
        """A time of day the user typed, as the latest such moment not in the future (domain/answers.py)."""
        from caregiver_app.domain.answers import taken_time

        return taken_time(self.clock.now_local(), hour_minute[0], hour_minute[1]).astimezone(UTC)

    def describe_taken_time(self, hour: int, minute: int) -> str:
        """Which day "taken at hour:minute" will be recorded on, in words (shown while the time is chosen)."""
        from caregiver_app.domain.answers import describe_taken_time

        return describe_taken_time(self.clock.now_local(), hour, minute)

    def answer(self, action: str, views: list[SlotView], payload: Any = None, *,
               confirm: Callable[[str, str], bool] = lambda title, text: True,
               danger: DangerShown | None = None, left_out: Sequence[tuple[int, str]] = ()) -> list[str]:
        """Record one answer for each dose. Warnings (double dose, daily maximum, the next dose close) go through
        ``confirm``. A baclofen dose logged anyway after a double-dose or daily-maximum warning is recorded in the
        diary as the danger sign "more than the prescribed dose was taken", and its guidance goes to ``danger``.
        ``left_out``: keys of the doses answered "not taken" that the missed-dose rule said to leave out.

        action: taken (now) | taken_usual (at its due time) | taken_at (payload: (hour, minute)) |
        skip (payload: reason) | not_taken | snooze (payload: minutes). Returns error messages.
        """
        return self.answer_logged(action, views, payload, confirm=confirm, danger=danger, left_out=left_out).errors

    def answer_logged(self, action: str, views: list[SlotView], payload: Any = None, *,
                      confirm: Callable[[str, str], bool] = lambda title, text: True,
                      ask: Callable[[Question], bool] | None = None, danger: DangerShown | None = None,
                      left_out: Sequence[tuple[int, str]] = ()) -> AnswerResult:
        """``answer``, saying what was written (for undo and the words after it). Before the warnings, an answer
        far from the dose's time (taken hours early, not taken or skipped long before it is due) is put to ``ask``
        (default: ``confirm`` with its title and text); No leaves that dose unanswered."""
        from caregiver_app.domain.answers import far_from_time_question

        ask = ask or (lambda q: confirm(q.title, q.text))
        now = self.clock.now_utc()
        zone = self.local_zone()
        # First every question (warnings to confirm), then all the writes in one transaction: one answer for
        # several doses is one user action, saved whole or not at all.
        todo: list[tuple[SlotView, datetime | None]] = []
        also: list[tuple[int, datetime, float]] = []   # taken in this same answer (checked against each other)
        over: list[tuple[SlotView, datetime, str]] = []  # logged anyway: more than the prescribed dose
        left = set(left_out)
        for view in views:
            when = None
            if action in ("taken", "taken_at", "taken_usual"):
                when = {"taken": now, "taken_usual": view.slot.due_utc}.get(action)
                if when is None:
                    when = self.taken_time(payload)
            elif action not in ("skip", "not_taken", "snooze"):
                raise ValueError(f"unknown answer {action!r}")
            question = far_from_time_question(action, view.slot.due_utc, now, zone=zone, taken_utc=when,
                                              what=joined(" ", [view.medicine.name, view.dose_text]))
            if question is not None and not ask(question):
                continue
            if when is not None:
                warnings = self.check_taken(view, when, also)
                if warnings and not confirm(_("Please check before logging"),
                                            joined("\n\n", [*(w.message for w in warnings),
                                                              _("Log this dose as taken anyway?")])):
                    continue
                also.append((view.medicine.stored_id, when, view.slot.occurrence.dose_mg))
                more = [w for w in warnings if w.code in dosing.MORE_THAN_PRESCRIBED]
                if more and view.medicine.baclofen:
                    over.append((view, when, more[0].message))
            todo.append((view, when))
        ids: list[int] = []
        try:
            with self.store.transaction():
                for view, when in todo:
                    if when is not None:
                        ids.append(self.log_answer(view, "taken", when=when))
                    elif action == "skip":
                        ids.append(self.log_answer(view, "skipped", note=str(payload or "")))
                    elif action == "not_taken":
                        ids.append(self.log_answer(view, "missed", left_out=view.key in left))
                    else:
                        self.snooze(view, int(payload))
                recorded = [self._record_more_than_prescribed(v, w, why) for v, w, why in over]
        except ValidationFailed as exc:
            return AnswerResult([joined(" ", [*(e.message for e in exc.errors),
                                              _("Nothing of this answer was saved.")])])
        except StoreError as exc:
            return AnswerResult([_said(exc)])
        if todo:
            self._changed({view.slot.source.person_id for view, _when in todo})
        self._show_more_than_prescribed(recorded, danger)
        return AnswerResult([], ids)

    # -- putting a wrong answer right ---------------------------------------------------------------
    def withdraw(self, entry_ids: Sequence[int], reason: str) -> None:
        """Withdraw answers (undo, or "no answer yet" in a correction): each dose has no answer again, the rows stay
        in the history marked withdrawn, a taken dose goes back on the stock. One transaction."""
        people: set[int] = set()
        with self.store.transaction():
            for entry_id in entry_ids:
                old = self.store.doses.get(entry_id)
                if old is None or old.withdrawn:
                    continue
                self.store.doses.withdraw(entry_id, reason=reason, stock_units_delta=self._units(old))
                people.add(old.person_id)
        if people:
            self._changed(people)

    def restore_withdrawn(self, entry_ids: Sequence[int]) -> None:
        """Put withdrawn answers back (redo). Raises ValidationFailed when a dose was answered again meanwhile."""
        people: set[int] = set()
        with self.store.transaction():
            for entry_id in entry_ids:
                old = self.store.doses.get(entry_id)
                if old is None or not old.withdrawn:
                    continue
                self.store.doses.restore_withdrawn(entry_id, stock_units_delta=-self._units(old))
                people.add(old.person_id)
        if people:
            self._changed(people)

    def _units(self, entry: DoseEntry) -> float:
        """The stock units (tablets, mL, packets) a taken entry took off the stock; 0 for other answers."""
        med = self.store.medicines.get(entry.medicine_id)
        if entry.status != "taken" or med is None:
            return 0.0
        return units_for_dose(med, entry.dose_mg) or 0.0

    def _record_more_than_prescribed(self, view: SlotView, when: datetime, why: str) -> int:
        """The danger sign "more than the prescribed dose was taken" in the person's diary, at the time the dose was
        logged, saying which dose and why (part of the answer's transaction). Returns the person's id."""
        from caregiver_app.domain.diary import DiaryEntry

        local = when.astimezone(self.local_zone())
        note = (f"Recorded by the app: {view.medicine.name} {view.dose_text} was logged as taken at "
                f"{local:%H:%M on %a %d %b} after this warning: {why}")
        person_id = view.slot.source.person_id
        self.store.diary.add(DiaryEntry(person_id=person_id, entry_at=self.clock.now_utc(),
                                        red_flags=("overdose",), notes=note[:2000]))
        return person_id

    def _show_more_than_prescribed(self, people: Sequence[int], danger: DangerShown | None) -> None:
        from caregiver_app.domain.diary import RED_FLAGS, urgent_guidance

        for person_id in dict.fromkeys(people):
            self.changes.emit(Change("diary", person_id))
            person = self.store.people.get(person_id)
            guidance = urgent_guidance([RED_FLAGS["overdose"]],
                                       has_pump=self.store.medicines.has_pump(person_id, self.clock.today()),
                                       kidney_reduced=bool(person is not None and person.kidney_reduced))
            if danger is not None and guidance is not None:
                danger(guidance, person_id)

    def _changed(self, people: set[int]) -> None:
        if self.checkins is not None:
            watch = self.checkins()
            for pid in people:
                watch.note_stock_out(pid)
        self.changes.emit(Change("dose", next(iter(people)) if len(people) == 1 else None))

    def correct(self, entry_id: int, *, reason: str, status: str, dose_mg: float, taken_utc: datetime | None,
                note: str) -> int:
        """Correct a dose record (the original is kept) and put the stock right in the same transaction."""
        old = self.store.doses.get(entry_id)
        med = self.store.medicines.get(old.medicine_id) if old is not None else None
        delta = 0.0
        if old is not None and med is not None:
            before = units_for_dose(med, old.dose_mg) if old.status == "taken" else 0.0
            after = units_for_dose(med, dose_mg) if status == "taken" else 0.0
            delta = (before or 0.0) - (after or 0.0)
        new_id = self.store.doses.edit(entry_id, reason=reason, status=status, dose_mg=dose_mg, taken_utc=taken_utc,
                                       note=note, stock_units_delta=delta)
        if old is not None:
            self._changed({old.person_id})
        return new_id

    def missed_advice(self, view: SlotView) -> dosing.MissedAdvice:
        from caregiver_app.domain.answers import advice_counting_logged

        occ = view.slot.occurrence
        now = self.clock.now_utc()
        # The next dose as it will really be reminded: a followed plan may have dropped or changed it.
        advice = dosing.missed_dose_advice(occ, self.next_dose(view), now, medicine_name=view.medicine.name,
                                           baclofen=view.medicine.baclofen)
        # Doses of the same medicine already logged around it (another schedule's, as-needed, taken late): the
        # advice must agree with the double-dose check that logging it now would meet.
        logged = self.store.doses.taken_between(self.same_drug_ids(view.medicine), occ.due_utc - timedelta(days=1),
                                                now + timedelta(minutes=1))
        return advice_counting_logged(advice, occ, [t for t, _mg in logged], now, zone=self.local_zone(),
                                      medicine_name=view.medicine.name)

    # -- notices (stock, pump dates) ---------------------------------------------------------------
    def planned_daily_mg(self, medicine_id: int) -> float:
        """Average mg a day over the coming week, from every active schedule of the medicine (weekday and
        every-few-hours schedules included; as-needed doses not counted)."""
        from caregiver_app.domain.schedules import occurrences

        now = self.clock.now_utc()
        med = self.store.medicines.get(medicine_id)
        from caregiver_app.services.plans import followed_dose_fors

        plan = followed_dose_fors(self.store, med.person_id).get(medicine_id) if med is not None else None
        total = 0.0
        for rec in self.store.schedules.for_medicine(medicine_id):
            if rec.kind != "prn":
                dose_for = plan if rec.kind in ("fixed", "weekdays") else None
                total += sum(o.dose_mg for o in occurrences(rec.schedule, now, now + timedelta(days=7),
                                                            dose_for=dose_for))
        return total / 7

    def stock_status(self, med: Medicine) -> StockStatus:
        from caregiver_app.domain.medicines import stock_status

        return stock_status(med, self.planned_daily_mg(med.stored_id))

    def notices(self, person_id: int, day: date | None = None) -> list[tuple[str, str]]:
        """(key, message) for things to act on soon: reorder stock, pump refill and alarm dates."""
        from caregiver_app.domain.medicines import pump_reminders

        day = day or self.clock.today()
        out: list[tuple[str, str]] = []
        person = self.store.people.get(person_id)
        if person is not None and person.kidney_reduced:
            out.append((f"kidney-{person_id}", _("Kidney function reduced: doses may need to be lower — the "
                                                     "prescriber decides.")))
        if person is not None:
            from caregiver_app.domain.people import oral_baclofen_age_note

            oral = any(m.baclofen and not m.is_pump for m in self.store.medicines.list_for(person_id))
            age = oral_baclofen_age_note(person.date_of_birth, day, oral)
            if age:
                out.append((f"age-{person_id}", age))
        for med in self.store.medicines.list_for(person_id):
            st = self.stock_status(med)
            if st.reorder:
                out.append((f"stock-{med.id}-{day}", _("{name}: {notice}", name=med.name, notice=st.message)))
            for pr in pump_reminders(med, day):
                out.append((f"pump-{med.id}-{pr.kind}-{pr.when}-{day}", _("{name}: {notice}", name=med.name,
                                                                           notice=pr.message)))
        return out

    # -- as-needed doses -------------------------------------------------------------------------
    def prn_schedules(self, person_id: int) -> list[ScheduleRecord]:
        return [r for r in self.store.schedules.active(person_id) if r.kind == "prn"]

    def check_prn(self, record: ScheduleRecord, medicine: Medicine, when: datetime,
                  dose_mg: float) -> list[dosing.DoseWarning]:
        taken = self.store.doses.taken_between(self.same_drug_ids(medicine), when - timedelta(hours=36),
                                               when + timedelta(hours=36))
        prn = prn_schedule(record)
        return dosing.check_new_dose(medicine.name, when, dose_mg, taken, prn.zone,
                                     prn=prn, intrathecal=medicine.is_pump, baclofen=medicine.baclofen)

    def take_prn(self, record: ScheduleRecord, medicine: Medicine, *,
                 confirm: Callable[[str, str], bool], danger: DangerShown | None = None) -> list[str]:
        """An as-needed dose now: check its limits, ask, log. Returns error messages (none when saved or declined).
        A baclofen dose logged anyway over the label maximum, or over the prescription's daily limits, is recorded
        as "more than the prescribed dose" (see ``answer``)."""
        return self.take_prn_logged(record, medicine, confirm=confirm, danger=danger).errors

    def take_prn_logged(self, record: ScheduleRecord, medicine: Medicine, *,
                        confirm: Callable[[str, str], bool], danger: DangerShown | None = None) -> AnswerResult:
        """``take_prn``, saying what was written (``entry_ids`` empty when declined)."""
        now = self.clock.now_utc()
        dose = prn_schedule(record).dose_mg
        warnings = self.check_prn(record, medicine, now, dose)
        if warnings and not confirm(_("Please check before logging"),
                                    joined("\n\n", [*(w.message for w in warnings), _("Log this dose anyway?")])):
            return AnswerResult([])
        codes = dosing.MORE_THAN_PRESCRIBED | {dosing.WARN_PRN_MAX_DOSES, dosing.WARN_PRN_MAX_MG}
        more = [w for w in warnings if w.code in codes] if medicine.baclofen else []
        try:
            with self.store.transaction():
                entry_id = self.log_prn(record, medicine, now, dose)
                if more:
                    self._record_prn_more(medicine, dose, now, more[0].message)
        except ValidationFailed as exc:
            return AnswerResult([joined(" ", [e.message for e in exc.errors])])
        except StoreError as exc:
            return AnswerResult([_said(exc)])
        self._changed({medicine.person_id})
        self._show_more_than_prescribed([medicine.person_id] if more else [], danger)
        return AnswerResult([], [entry_id])

    def prn_today(self, record: ScheduleRecord, medicine: Medicine) -> PrnDay:
        """The as-needed doses of ``medicine`` taken today (local day), and what the prescription leaves."""
        from caregiver_app.domain.answers import prn_day

        prn = prn_schedule(record)
        now = self.clock.now_utc()
        start, end = local_day_bounds(now.astimezone(prn.zone).date(), prn.zone)
        taken = self.store.doses.taken_between(self.same_drug_ids(medicine), start - timedelta(days=1), end)
        return prn_day(prn, [t for t, _mg in taken], now)

    def _record_prn_more(self, medicine: Medicine, dose_mg: float, when: datetime, why: str) -> None:
        from caregiver_app.domain.diary import DiaryEntry

        local = when.astimezone(self.local_zone())
        note = (f"Recorded by the app: an as-needed dose of {medicine.name} {format_dose(medicine, dose_mg)} was "
                f"logged at {local:%H:%M on %a %d %b} after this warning: {why}")
        self.store.diary.add(DiaryEntry(person_id=medicine.person_id, entry_at=when, red_flags=("overdose",),
                                        notes=note[:2000]))

    def log_prn(self, record: ScheduleRecord, medicine: Medicine, when: datetime, dose_mg: float,
                note: str = "") -> int:
        return self.store.doses.log(person_id=medicine.person_id, medicine_id=medicine.stored_id, dose_mg=dose_mg,
                                    status="taken", schedule_id=record.id, taken_utc=when, note=note,
                                    stock_units=units_for_dose(medicine, dose_mg))


#: A dose's state in words (marked for translation: ``state_text`` says them as Text).
STATE_WORDS = {
    State.UPCOMING: _.mark("upcoming"),
    State.DUE: _.mark("due now"),
    State.SNOOZED: _.mark("snoozed"),
    State.TAKEN: _.mark("taken"),
    State.SKIPPED: _.mark("skipped"),
    State.MISSED: _.mark("not taken"),
    State.UNANSWERED: _.mark("missed — was it taken?"),
}


def prn_schedule(record: ScheduleRecord) -> PrnSchedule:
    """The schedule of an as-needed record (``prn_schedules``)."""
    assert isinstance(record.schedule, PrnSchedule), record.kind
    return record.schedule


def state_text(slot: DoseSlot, zone: tzinfo) -> Text:
    """The dose's state in words ("taken at 08:05"), a Text."""
    if slot.state is State.TAKEN and slot.answer and slot.answer.taken_utc:
        at = slot.answer.taken_utc.astimezone(zone)
        return _("taken at {time}", time=value(at.time(), "time", f"{at:%H:%M}"))
    if slot.state is State.SNOOZED and slot.snooze_until:
        at = slot.snooze_until.astimezone(zone)
        return _("snoozed until {time}", time=value(at.time(), "time", f"{at:%H:%M}"))
    return Text(_.context, STATE_WORDS[slot.state])


def _once_per_time(dose_for: DoseFor, earlier_schedules: list[FixedSchedule | WeekdaySchedule]) -> DoseFor:
    """``dose_for`` for a later schedule of a medicine: where an earlier schedule of the same medicine has the same
    time on that day and the plan sets the dose, this one gives none (the plan's dose is one dose, not two)."""
    def on_day(sched: FixedSchedule | WeekdaySchedule, day: date) -> bool:
        if not sched.active_on(day):
            return False
        return day.weekday() in sched.weekdays if isinstance(sched, WeekdaySchedule) else True

    def wrapped(day: date, slot_time: time) -> float | None:
        mg = dose_for(day, slot_time)
        if mg is None:
            return None
        for sched in earlier_schedules:
            if on_day(sched, day) and any(td.time == slot_time for td in sched.times):
                return 0.0
        return mg

    return wrapped
