"""The dose-change companion: the watch periods of each person (worked out from the plans, the dose log, stock, the
pump dates and the recorded events; never stored), the daily check-in they ask for, and its answer, saved as a
diary entry linked to the period. No Qt.

What opens a period (domain/watch.py): a followed plan's step that lowers or raises a baclofen medicine's daily
dose; a change of a schedule's daily total, a baclofen medicine stopped, or a followed plan archived part-way
(recorded as ``watch_events`` at the moment, since the record itself is changed in place); two baclofen doses
missed or not answered within 24 hours; every baclofen medicine's stock at zero; a pump refill or low-reservoir
date passed; a pump refill recorded.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from caregiver_app.domain import watch
from caregiver_app.domain.text import Format, Messages, Text, Translate, Value, render, value
from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.services.changes import Change, Changes

if TYPE_CHECKING:
    from caregiver_app.domain.diary import DiaryEntry
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.people import Person
    from caregiver_app.domain.plans import Plan, StepTotal
    from caregiver_app.services.diary import DiaryService, SavedEntry
    from caregiver_app.services.doses import DoseService
    from caregiver_app.services.plans import PlanService
    from caregiver_app.storage import Store
    from caregiver_app.storage.watch import WatchEvent
    from caregiver_app.system.clock import Clock

#: How far back triggers are looked for: long enough for a period of the longest setting and a few merged ones.
LOOKBACK_DAYS = 60
#: Missed check-ins older than this are not offered (the diary is the place for the past).
MISSED_OFFER_DAYS = 2
OFFERED_KEY = "checkins_offered"        # setting: {person id: the last missed check-in day offered}
HORIZON = timedelta(hours=48)           # wake-ups handed to the scheduler, as for doses

_ = Messages("services.checkins")


class _SaidToday(Text):
    """A period's words with its day said as "today": in English, and where nothing in them is translated. In another
    language the day stays a date (the words around a date differ from one language to another)."""

    original: str

    def __new__(cls, original: str, english: str) -> _SaidToday:
        self = str.__new__(cls, english)
        self.context, self.source, self.singular, self.n, self.params = "", english, None, None, {}
        self.original = original
        return self

    def render(self, translate: Translate, fmt: Format) -> str:
        if render(self.original, translate, str) == str(self.original):  # not translated: the English words
            return str(self)
        return render(self.original, translate, fmt)


@dataclass(frozen=True)
class Checkin:
    """One day's check-in for one person."""
    person_id: int
    person_name: str
    period: watch.WatchPeriod
    day: date
    due_utc: datetime
    local_time: time                     # the wall-clock time asked for (the due time may be moved by DST)
    flags: tuple[str, ...]               # danger signs asked about (domain.diary.RED_FLAGS keys)
    side_effects: tuple[str, ...]        # side effects asked about (domain.diary.SIDE_EFFECTS keys)
    answer: DiaryEntry | None = None

    @property
    def key(self) -> tuple[int, str]:
        return (self.person_id, self.day.isoformat())

    @property
    def number(self) -> int:
        return self.period.day_number(self.day)

    @property
    def of(self) -> int:
        return self.period.length

    @property
    def answered(self) -> bool:
        return self.answer is not None

    @property
    def asks_driving(self) -> bool:
        return self.period.asks_side_effects

    def line(self, today: date | None = None) -> Text:
        """"Dose lowered to 40 mg a day on Tue 1 Dec; check-in 3 of 7 at 20:00" (a Text)."""
        what = self.period.describe()
        if today is not None:
            english = str(what).replace(f"on {_english_day(today)}", "today").replace(f"({_english_day(today)})",
                                                                                       "(today)")
            if english != str(what):
                what = _SaidToday(what, english)
        at = value(self.local_time, "time", f"{self.local_time:%H:%M}")
        if today is None or self.day == today:
            return _("{what}; check-in {number} of {of} at {time}", what=what, number=self.number, of=self.of,
                     time=at)
        return _("{what}; check-in {number} of {of} ({day}) at {time}", what=what, number=self.number, of=self.of,
                 day=_day(self.day), time=at)

    def signs_recorded(self) -> list[str]:
        """The danger signs its answer recorded, in words."""
        from caregiver_app.domain.diary import RED_FLAGS

        if self.answer is None:
            return []
        return [RED_FLAGS[k].label for k in self.answer.red_flags if k in RED_FLAGS]


class CheckinReview(NamedTuple):
    due: list[Checkin]          # today's, due and not answered
    missed: list[Checkin]       # an earlier day's, not answered, not offered before (one a person at most)
    wake_times: list[datetime]


class CheckinService:
    def __init__(self, store: Store, clock: Clock, doses: DoseService, plans: PlanService,
                 diary: DiaryService | Callable[[], DiaryService], changes: Changes | None = None):
        self.store, self.clock = store, clock
        self.doses, self.plans = doses, plans
        self._diary = diary    # or how to get it: the diary service is needed only to save an answer
        self.changes = changes if changes is not None else Changes()

    @property
    def diary(self) -> DiaryService:
        if callable(self._diary):
            self._diary = self._diary()
        return self._diary

    # -- what opens a period --------------------------------------------------------------------------------
    def baclofen_medicines(self, person_id: int, *, include_archived: bool = False) -> list[Medicine]:
        return [m for m in self.store.medicines.list_for(person_id, include_archived=include_archived)
                if m.baclofen]

    def plan_triggers(self, plan: Plan, medicine: Medicine) -> list[watch.Trigger]:
        """A rise or a reduction on each day the plan's daily dose of the medicine differs from the day before
        (the first step against the dose given before the plan)."""
        totals = sorted(_checked_totals(plan), key=lambda t: t.start)
        if not totals:
            return []
        before = self.plans.dose_before_plan(plan)
        daily = [(totals[0].start - timedelta(days=1), before)] + [(t.start, t.mg_per_day) for t in totals]
        return watch.dose_change_triggers(daily, medicine.name)

    def reminded_daily_mg(self, person_id: int, medicine_ids: Iterable[int], first: date, last: date
                          ) -> dict[date, float]:
        """mg a day the reminders give for these medicines (their schedules with any followed plan), every day
        from ``first`` to ``last`` (0 on days without doses)."""
        from caregiver_app.domain.schedules import local_day_bounds, occurrences

        ids = set(medicine_ids)
        zone = self.clock.local_tz()
        start, end = local_day_bounds(first, zone)[0], local_day_bounds(last, zone)[1]
        totals = {first + timedelta(days=i): 0.0 for i in range((last - first).days + 1)}
        for src in self.doses.sources(person_id):
            if src.medicine_id not in ids:
                continue
            for occ in occurrences(src.schedule, start, end, dose_for=src.dose_for):
                d = occ.due_utc.astimezone(zone).date()
                if d in totals:
                    totals[d] += occ.dose_mg
        return {d: round(v, 6) for d, v in totals.items()}

    def missed_times(self, person_id: int, since: datetime, now: datetime) -> list[datetime]:
        """Due times (local) of the baclofen doses by mouth missed or not answered from ``since`` to now."""
        from caregiver_app.domain.reminders import State, slots_between

        ids = {m.stored_id for m in self.baclofen_medicines(person_id) if not m.is_pump}
        sources = [s for s in self.doses.sources(person_id) if s.medicine_id in ids]
        if not sources:
            return []
        answers, snoozes = self.doses._answers_and_snoozes(sources, since - timedelta(days=1), now + timedelta(days=1))
        zone = self.clock.local_tz()
        return [s.due_utc.astimezone(zone) for s in slots_between(sources, since, now, answers, snoozes, now)
                if s.state in (State.MISSED, State.UNANSWERED) and s.due_utc >= s.source.counted_from]

    def triggers(self, person_id: int, today: date | None = None, since: date | None = None) -> list[watch.Trigger]:
        """Everything that opens a period, from ``since`` (default: the last 60 days) on; missed doses only over the
        last few days (older ones are history: their check-ins, if answered, are in the diary)."""
        today = today or self.clock.today()
        first = today - timedelta(days=LOOKBACK_DAYS)
        if since is not None:
            first = min(first, since)
        out: list[watch.Trigger] = []
        meds = {m.stored_id: m for m in self.baclofen_medicines(person_id, include_archived=True)}
        for mid, plan in self.store.plans.followed_by_medicine(person_id).items():
            med = meds.get(mid)
            if med is not None and not med.is_pump and med.archived_at is None:
                out += [t for t in self.plan_triggers(plan, med) if t.day >= first]
        for ev in self.store.watch.for_person(person_id, first, today + timedelta(days=366)):
            kind = {"rise": watch.RISE, "reduction": watch.REDUCTION, "stock_out": watch.STOCK_OUT,
                    "refill": watch.REFILL}[ev.kind]
            name = meds[ev.medicine_id].name if ev.medicine_id in meds else None
            out.append(watch.Trigger(kind, ev.day, _event_said(ev, name), ev.mg_before, ev.mg_after))
        now = self.clock.now_utc()
        zone = self.clock.local_tz()
        from caregiver_app.domain.schedules import local_day_bounds

        since = local_day_bounds(today - timedelta(days=watch.OTHER_DAYS + 1), zone)[0]
        out += watch.missed_triggers(self.missed_times(person_id, since, now))
        for med in meds.values():
            if med.is_pump and med.archived_at is None:
                for when, refill in ((med.pump_refill_date, True), (med.pump_alarm_date, False)):
                    if when is not None and first <= when <= today:
                        words = (_("The pump refill date ({day}) has passed", day=_day(when)) if refill else
                                 _("The pump's low-reservoir date ({day}) has passed", day=_day(when)))
                        out.append(watch.Trigger(watch.PUMP_DATE, when, words))
        return _unique(out)

    def periods(self, person_id: int, today: date | None = None, since: date | None = None
                ) -> list[watch.WatchPeriod]:
        person = self.store.people.get(person_id)
        if person is None or person.checkin_days <= 0:
            return []
        return watch.derive_periods(self.triggers(person_id, today, since), change_days=person.checkin_days)

    # -- the check-ins --------------------------------------------------------------------------------------
    def checkin_on(self, person: Person, day: date, periods: Sequence[watch.WatchPeriod],
                   answers: dict[date, DiaryEntry] | None = None) -> Checkin | None:
        from caregiver_app.domain.schedules import resolve_local

        period = watch.period_on(periods, day)
        if period is None:
            return None
        zone = self.clock.local_tz()
        at = watch.checkin_time(self._dose_times(person.stored_id, day), person.checkin_time)
        due, _moved = resolve_local(day, at, zone)
        flags, effects = watch.signs_to_ask(period, has_pump=self.store.medicines.has_pump(person.stored_id, day))
        if answers is None:
            answers = self.store.diary.checkins(person.stored_id, day, day)
        return Checkin(person.stored_id, person.name, period, day, due, at, flags, effects, answers.get(day))

    def _dose_times(self, person_id: int, day: date) -> list[time]:
        from caregiver_app.domain.schedules import local_day_bounds, occurrences

        zone = self.clock.local_tz()
        start, end = local_day_bounds(day, zone)
        return [occ.due_utc.astimezone(zone).time().replace(second=0, microsecond=0)
                for src in self.doses.sources(person_id)
                for occ in occurrences(src.schedule, start, end, dose_for=src.dose_for) if occ.dose_mg > 0]

    def today(self, person_id: int, day: date | None = None) -> Checkin | None:
        """The person's check-in of the day (answered or not), if a period covers it."""
        day = day or self.clock.today()
        person = self.store.people.get(person_id)
        if person is None or person.archived:
            return None
        return self.checkin_on(person, day, self.periods(person_id, day))

    def yesterday_unanswered(self, person_id: int, day: date | None = None) -> Checkin | None:
        """Yesterday's check-in if it went unanswered (Today offers it until the day is over: put off or missed
        while the app was closed, it is not lost without a word)."""
        day = day or self.clock.today()
        person = self.store.people.get(person_id)
        if person is None or person.archived:
            return None
        c = self.checkin_on(person, day - timedelta(days=1), self.periods(person_id, day))
        return c if c is not None and not c.answered else None

    def calendar(self, person_id: int, start: date, end: date) -> dict[date, Checkin]:
        """Check-in days from ``start`` to ``end`` inclusive (the Plans page's calendar; the summary)."""
        person = self.store.people.get(person_id)
        if person is None:
            return {}
        periods = self.periods(person_id)
        answers = self.store.diary.checkins(person_id, start, end)
        out = {}
        for p in periods:
            day = max(p.start, start)
            while day < p.end and day <= end:
                c = self.checkin_on(person, day, periods, answers)
                if c is not None:
                    out[day] = c
                day += timedelta(days=1)
        return out

    def review(self, now: datetime | None = None) -> CheckinReview:
        """What to ask now (today's check-ins due), what was missed (offered once), and when to wake next."""
        now = now or self.clock.now_utc()
        zone = self.clock.local_tz()
        today = now.astimezone(zone).date()
        offered = self._offered()
        due, missed, wake = [], [], []
        for person in self.store.people.list():
            if person.checkin_days <= 0:
                continue
            pid = person.stored_id
            periods = self.periods(pid, today)
            if not periods:
                continue
            answers = self.store.diary.checkins(pid, today - timedelta(days=MISSED_OFFER_DAYS),
                                                today + timedelta(days=2))
            for day in (today, today + timedelta(days=1), today + timedelta(days=2)):
                c = self.checkin_on(person, day, periods, answers)
                if c is None or c.answered:
                    continue
                if c.due_utc <= now and day == today:
                    due.append(c)
                elif now < c.due_utc <= now + HORIZON:
                    wake.append(c.due_utc)
            if any(c.person_id == pid for c in due):
                continue  # today's check-in asks about today: an earlier one is not asked as well
            for back in range(1, MISSED_OFFER_DAYS + 1):
                day = today - timedelta(days=back)
                c = self.checkin_on(person, day, periods, answers)
                if c is None or c.answered or c.due_utc > now:
                    continue
                if offered.get(str(pid), "") < day.isoformat():
                    missed.append(c)
                break  # only the latest: never a burst
        due.sort(key=lambda c: (c.due_utc, c.person_name))
        missed.sort(key=lambda c: (c.day, c.person_name))
        return CheckinReview(due, missed, sorted(set(wake)))

    def _offered(self) -> dict[str, str]:
        value = self.store.settings.get(OFFERED_KEY)
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def mark_offered(self, checkins: Iterable[Checkin]) -> None:
        """A missed check-in is offered once: remember that it was."""
        offered = self._offered()
        for c in checkins:
            if offered.get(str(c.person_id), "") < c.day.isoformat():
                offered[str(c.person_id)] = c.day.isoformat()
        self.store.settings.set(OFFERED_KEY, offered)

    # -- answering ------------------------------------------------------------------------------------------
    def answer(self, checkin: Checkin, *, flags: Iterable[str] = (), side_effects: Iterable[str] = (),
               spasticity: int | None = None, notes: str = "", when: datetime | None = None) -> SavedEntry:
        """Save the answer as a diary entry linked to the period (its danger signs acted on as any entry's: the
        guidance comes back with it). Refused with words when the day is already answered (say, from the command
        line while the app showed it). Raises ValidationFailed or StoreError; then nothing is saved."""
        from caregiver_app.domain.diary import DiaryEntry

        if self.store.diary.checkins(checkin.person_id, checkin.day, checkin.day):
            raise ValidationFailed([FieldError(
                "checkin_day", _("The check-in of {day} has already been answered (perhaps from another window). "
                                 "Nothing was changed; the answer is in the diary.", day=_day(checkin.day)))])
        entry = DiaryEntry(person_id=checkin.person_id, entry_at=when or self.clock.now_utc(),
                           spasticity=spasticity, side_effects=tuple(side_effects), red_flags=tuple(flags),
                           notes=notes, checkin=checkin.period.key, checkin_day=checkin.day)
        return self.diary.save(entry)

    def none_of_these(self, checkin: Checkin, *, spasticity: int | None = None, notes: str = "") -> SavedEntry:
        return self.answer(checkin, spasticity=spasticity, notes=notes)

    # -- recording what an edit in place would lose ---------------------------------------------------------
    def medicine_totals(self, medicine: Medicine, days: int = 28) -> dict[date, float]:
        """The reminded daily mg of one baclofen medicine by mouth from today (before and after it is saved)."""
        if medicine.id is None or not medicine.baclofen or medicine.is_pump:
            return {}
        today = self.clock.today()
        return self.reminded_daily_mg(medicine.person_id, [medicine.id], today, today + timedelta(days=days))

    def record_total_change(self, medicine: Medicine, before: dict[date, float], after: dict[date, float], *,
                            stopped: bool = False) -> int | None:
        """A rise or a reduction on the first day the reminded daily total differs (one event)."""
        from caregiver_app.storage.watch import WatchEvent

        if not before or medicine.id is None:
            return None
        for day in sorted(before):
            old, new = before[day], after.get(day, 0.0)
            if abs(old - new) > 1e-6:
                kind = "rise" if new > old else "reduction"
                # Stored with the event in English (stored data holds no translated words); said again in the
                # user's language where it is shown (``_event_said``).
                what = str(_change_words(medicine.name, kind, new, day, stopped=stopped))
                return self.store.watch.add(WatchEvent(medicine.person_id, day, kind, what, medicine.id, old, new))
        return None

    def record_plan_stopped(self, plan: Plan) -> list[int]:
        """A followed plan archived or no longer followed part-way: the changes it already made (days up to
        today) stay, as events, so their check-ins carry on."""
        from caregiver_app.storage.watch import WatchEvent

        med = self.store.medicines.get(plan.medicine_id) if plan.medicine_id is not None else None
        if med is None or not med.baclofen or med.is_pump:
            return []
        today = self.clock.today()
        ids = []
        for t in self.plan_triggers(plan, med):
            if today - timedelta(days=watch.MAX_DAYS) <= t.day <= today:
                ids.append(self.store.watch.add(WatchEvent(plan.person_id, t.day, t.kind, str(t.what), med.id,
                                                           t.mg_before, t.mg_after)))
        return ids

    def record_refill(self, medicine: Medicine, day: date | None = None, next_refill: date | None = None) -> int:
        """A pump refill done (and, if given, the next refill date), in one transaction."""
        from caregiver_app.storage.watch import WatchEvent

        day = day or self.clock.today()
        if not medicine.is_pump or medicine.id is None:
            raise ValidationFailed([FieldError("form", _("Only a pump is refilled."))])
        if day > self.clock.today():
            raise ValidationFailed([FieldError("day", _("A refill is recorded once it is done, not before."))])
        if next_refill is not None and next_refill <= day:
            raise ValidationFailed([FieldError("pump_refill_date", _("The next refill must come after this one."))])
        with self.store.transaction():
            # (The event's words are stored in English, and said again in the user's language: ``_event_said``.)
            eid = self.store.watch.add(WatchEvent(medicine.person_id, day, "refill", str(_event_words("refill", day)),
                                                  medicine.id))
            if next_refill is not None:
                self.store.medicines.save(medicine.with_changes(pump_refill_date=next_refill))
        self.changes.emit(Change("medicine", medicine.person_id))
        return eid

    def note_stock_out(self, person_id: int) -> int | None:
        """When every baclofen medicine by mouth of the person that counts stock is at zero, record it (once in a
        few days): running out opens a period."""
        from caregiver_app.storage.watch import WatchEvent

        meds = [m for m in self.baclofen_medicines(person_id) if not m.is_pump]
        counted = [m for m in meds if m.stock_on_hand is not None]
        if not counted or len(counted) != len(meds) or any((m.stock_on_hand or 0) > 0 for m in counted):
            return None
        today = self.clock.today()
        recent = self.store.watch.for_person(person_id, today - timedelta(days=watch.OTHER_DAYS - 1), today)
        if any(e.kind == "stock_out" for e in recent):
            return None
        return self.store.watch.add(WatchEvent(person_id, today, "stock_out", str(_event_words("stock_out", today))))


def _checked_totals(plan: Plan) -> list[StepTotal]:
    """The plan's daily totals, with "then stop" after the last step where the plan says so."""
    checked = getattr(plan, "checked_totals", None)
    return list(checked() if callable(checked) else plan.totals())


def _unique(triggers: list[watch.Trigger]) -> list[watch.Trigger]:
    seen, out = set(), []
    for t in triggers:
        key = (t.kind, t.day, t.what)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


def _event_words(kind: str, day: date) -> Text:
    on = _day(day)
    if kind == "rise":
        return _("Dose raised on {day}", day=on)
    if kind == "reduction":
        return _("Dose lowered on {day}", day=on)
    if kind == "stock_out":
        return _("Baclofen stock at zero on {day}", day=on)
    if kind == "refill":
        return _("Pump refilled on {day}", day=on)
    return _("Dose changed on {day}", day=on)


def _change_words(name: str, kind: str, mg: float, day: date, *, stopped: bool = False) -> Text:
    """A medicine's new daily total (or its stop) in words, as an event records it."""
    if stopped:
        return _("{name} stopped on {day}", name=name, day=_day(day))
    if kind == "rise":
        return _("{name} raised to {mg} a day on {day}", name=name, mg=_mg(mg), day=_day(day))
    return _("{name} lowered to {mg} a day on {day}", name=name, mg=_mg(mg), day=_day(day))


def _event_said(ev: WatchEvent, medicine_name: str | None) -> str:
    """A recorded event's words in the user's language: its stored words are English (stored data holds no
    translations), so where they are the words the app writes for such an event they are said again as a Text
    (the same English); anything else (a medicine renamed since, an older wording) as it was stored."""
    if not ev.what:
        return _event_words(ev.kind, ev.day)
    candidates: list[str] = [_event_words(ev.kind, ev.day)]
    if medicine_name is not None:
        candidates.append(_change_words(medicine_name, ev.kind, ev.mg_after or 0.0, ev.day, stopped=True))
        if ev.mg_after is not None:
            candidates.append(_change_words(medicine_name, ev.kind, ev.mg_after, ev.day))
            if ev.mg_before is not None:  # a plan's step, kept when the plan stopped being followed part-way
                daily = [(ev.day - timedelta(days=1), ev.mg_before), (ev.day, ev.mg_after)]
                candidates += [t.what for t in watch.dose_change_triggers(daily, medicine_name)]
    return next((c for c in candidates if str(c) == ev.what), ev.what)


def _mg(v: float) -> Text:
    return _("none") if v <= 1e-6 else _("{mg} mg", mg=value(round(v, 3), "decimal", f"{round(v, 3):g}"))


def _english_day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def _day(d: date) -> Value:
    """"Tue 1 Dec", in the user's language at the edge."""
    return value(d, "date", _english_day(d))
