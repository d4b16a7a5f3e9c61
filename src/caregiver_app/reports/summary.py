"""Appointment summary: what a carer takes to the doctor or nurse, for one person and a period.

Built from the store and the dose service; ``summary_html`` turns it into a printable page. The summary reports
what was recorded, in plain words; it draws no conclusions ("talk to your doctor or nurse").

Its words are in the installed language (``caregiver_app.system.i18n``; English where none is, as on the command
line): the texts kept in a :class:`Summary` are said when it is built (which may be off the GUI thread: Qt's
translators are read-only there), the page's own when the HTML is made. Dates and decimals follow the locale.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from html import escape

from caregiver_app.domain.diary import RED_FLAGS, SCORES, SIDE_EFFECTS, DiaryEntry, DiaryFilter
from caregiver_app.domain.dosing import BACLOFEN_LABEL_MAX_MG_PER_DAY
from caregiver_app.domain.medicines import describe_schedule
from caregiver_app.domain.reminders import State
from caregiver_app.domain.schedules import PrnSchedule, local_day_bounds
from caregiver_app.domain.settings import QUESTIONS_MAX
from caregiver_app.domain.validation import shown
from caregiver_app.services import Services
from caregiver_app.services.doses import baclofen_daily_totals
from caregiver_app.storage import Store
from caregiver_app.system.i18n import Tr, date_pattern, decimal_text, domain_word, localize, time_text

_ = Tr("reports.summary")

PERIODS = {30: _.mark("Last 30 days"), 60: _.mark("Last 60 days"), 90: _.mark("Last 90 days")}
#: The longest period: a year and a day, so that "since the yearly review" fits even across a 29 February. The
#: summary is for one appointment: its tables, the diary chart and the dates over the label's maximum are laid out
#: for at most a year on a few pages; the whole history is in the export (``export``), not on paper.
MAX_DAYS = 366
WHY_MAX = _.mark("a year and a day, so a yearly review fits; the summary is for one appointment — the whole history "
                 "is in the export")
TREND_SCORES = ("spasticity", "pain", "psfs_frequency", "sleep_hours")
PLAN_KINDS = {"titration": _.mark("building up"), "taper": _.mark("lowering")}
#: The kinds of check-in an answer names (its key "kind:first day"), for answers to a period no longer worked out.
CHECKIN_KINDS = {"reduction": _.mark("Dose lowered"), "rise": _.mark("Dose raised"), "missed": _.mark("Doses missed"),
                 "stock_out": _.mark("Stock ran out"), "pump_date": _.mark("A pump date passed"),
                 "refill": _.mark("Pump refilled")}


class SummaryError(ValueError):
    """A request the summary cannot be made for; ``str(exc)`` is fit for the user (in the installed language)."""


def period_label(days: int) -> str:
    """The name of one of the :data:`PERIODS` ("Last 30 days"), in the user's language."""
    return _.lookup(PERIODS[days]) if days in PERIODS else _.n("Last %n day", "Last %n days", days)


def _why_max() -> str:
    return _.lookup(WHY_MAX)


def _word(value: object, context: str = "domain.diary") -> str:
    """A word from one of the domain's tables (a score's label, a danger sign, a side effect) in the user's
    language: a domain Text is translated by ``localize``; a plain word, marked in its table, is looked up in the
    domain module's context."""
    return domain_word(context, value)


def _gap(d: timedelta) -> str:
    minutes = max(0, int(d.total_seconds() // 60))
    h, m = divmod(minutes, 60)
    if h and m:
        return _("{hours} h {minutes} min", hours=h, minutes=m)
    return _("{hours} h", hours=h) if h else _("{minutes} min", minutes=m)


@dataclass(frozen=True)
class AsNeeded:
    """As-needed doses of one medicine in the period, as what they are: no schedule to follow, so no "% taken";
    how many, on how many days, the most in one day against the limit, the shortest time between two against the
    minimum."""

    taken: int
    days: int
    most_in_a_day: int
    most_mg_in_a_day: float
    shortest_gap: timedelta | None             # between two doses in a row (None with fewer than two)
    max_doses_per_day: int | None = None       # the limits of the as-needed schedule, when there is one
    max_mg_per_day: float | None = None
    min_interval: timedelta | None = None
    days_over_limit: int = 0                   # days with more doses (or mg) than the limit
    too_soon: int = 0                          # doses taken sooner after the one before than the minimum

    @property
    def words(self) -> str:
        """In the user's language."""
        parts = [_.n("As needed: {taken} taken on %n day", "As needed: {taken} taken on %n days", self.days,
                     taken=self.taken),
                 _("at most {most} in one day (limit {limit} a day)", most=self.most_in_a_day,
                   limit=self.max_doses_per_day) if self.max_doses_per_day
                 else _("at most {most} in one day", most=self.most_in_a_day)]
        if self.max_mg_per_day:
            parts.append(_("at most {most} mg in one day (limit {limit} mg)", most=decimal_text(self.most_mg_in_a_day),
                           limit=decimal_text(self.max_mg_per_day)))
        if self.shortest_gap is not None:
            if self.min_interval:
                parts.append(_("shortest time between two {gap} (at least {minimum} apart)",
                               gap=_gap(self.shortest_gap), minimum=_gap(self.min_interval)))
            else:
                parts.append(_("shortest time between two {gap}", gap=_gap(self.shortest_gap)))
        sentences = ["; ".join(parts) + "."]
        if self.days_over_limit:
            sentences.append(_.n("Over the daily limit on %n day.", "Over the daily limit on %n days.",
                                 self.days_over_limit))
        if self.too_soon:
            sentences.append(_.n("Sooner than the minimum time %n time.", "Sooner than the minimum time %n times.",
                                 self.too_soon))
        return " ".join(sentences)


def as_needed_line(taken: list[tuple[datetime, float]], zone: tzinfo, limits: PrnSchedule | None) -> AsNeeded:
    """The as-needed doses (time taken, mg) of one medicine, counted against ``limits``."""
    taken = sorted(taken)
    per_day: Counter[date] = Counter()
    mg_day: dict[date, float] = {}
    for at, mg in taken:
        day = at.astimezone(zone).date()
        per_day[day] += 1
        mg_day[day] = mg_day.get(day, 0.0) + mg
    gaps = [b[0] - a[0] for a, b in zip(taken, taken[1:], strict=False)]
    most_doses = limits.max_doses_per_day if limits is not None else None
    most_mg = limits.max_mg_per_day if limits is not None else None
    minimum = timedelta(minutes=limits.min_interval_minutes) if limits is not None else None
    over = sum(1 for d in per_day if (most_doses and per_day[d] > most_doses)
               or (most_mg and mg_day[d] > most_mg + 1e-6))
    return AsNeeded(len(taken), len(per_day), max(per_day.values(), default=0), max(mg_day.values(), default=0.0),
                    min(gaps) if gaps else None, most_doses, most_mg, minimum, over,
                    sum(1 for g in gaps if minimum is not None and g < minimum))


@dataclass(frozen=True)
class MedicineLine:
    name: str                            # (the texts here are in the user's language)
    how: str                             # the schedule(s) in words, with amounts
    counts: dict[str, int]               # scheduled doses: taken / skipped / missed (the record), unanswered
    archived: bool = False
    as_needed: int = 0                   # as-needed doses recorded as taken
    prn: AsNeeded | None = None          # ... and what they were (None: no as-needed dose in the period)

    @property
    def due(self) -> int:
        return sum(self.counts.values())

    @property
    def taken_pct(self) -> int | None:
        """Of the doses to take: a dose left out as the missed-dose rule advised is not held against anyone."""
        to_take = self.due - self.counts.get("left_out", 0)
        return round(100 * self.counts.get("taken", 0) / to_take) if to_take > 0 else None


@dataclass(frozen=True)
class ScoreTrend:
    label: str
    entries: int
    first_half: float | None
    second_half: float | None

    @property
    def words(self) -> str:
        """In the user's language."""
        if self.first_half is None or self.second_half is None:
            return _("not enough entries to compare")
        a, b = round(self.first_half, 1), round(self.second_half, 1)
        first, second = decimal_text(a), decimal_text(b)
        if abs(a - b) < 0.5:
            return _("about the same ({first} then {second} on average)", first=first, second=second)
        if b > a:
            return _("higher in the second half ({first}, then {second} on average)", first=first, second=second)
        return _("lower in the second half ({first}, then {second} on average)", first=first, second=second)


@dataclass(frozen=True)
class CheckinLine:
    """One watch period of the dose-change companion that falls in the summary's period (its texts in the user's
    language)."""
    what: str                                   # the period's reason(s), in words
    start: date
    last: date                                  # its last day
    changes: list[str] = field(default_factory=list)     # every change in it, in words
    asked: int | None = None                    # check-in days so far (None: an old period, not worked out again)
    answered: int = 0
    none_of_these: int = 0
    signs: list[str] = field(default_factory=list)       # "Tue 1 Dec 2026: High fever"
    side_effects: list[str] = field(default_factory=list)
    spasticity_before: float | None = None      # mean of the week before the period
    spasticity_during: float | None = None      # mean during it
    asks_side_effects: bool = True              # a rise asks the side effects; the other check-ins do not


@dataclass(frozen=True)
class Summary:
    person: str
    start: date
    end: date
    made_at: datetime
    date_of_birth: date | None = None
    kidney_reduced: bool = False
    prescriber: str = ""
    medicines: list[MedicineLine] = field(default_factory=list)
    baclofen_days: int = 0                       # days with baclofen by mouth recorded as taken
    baclofen_avg: float | None = None
    baclofen_max: float | None = None
    days_over_label: list[date] = field(default_factory=list)
    days_without_baclofen: list[date] = field(default_factory=list)   # the withdrawal risk: named, never averaged away
    age_note: str = ""
    diary_entries: int = 0
    trends: list[ScoreTrend] = field(default_factory=list)
    side_effects: list[tuple[str, int]] = field(default_factory=list)
    other_side_effects: list[str] = field(default_factory=list)
    red_flags: list[tuple[datetime, str]] = field(default_factory=list)
    plan_lines: list[str] = field(default_factory=list)
    plan_warnings: list[str] = field(default_factory=list)
    checkins: list[CheckinLine] = field(default_factory=list)
    questions: str = ""


def period_for(today: date, days: int) -> tuple[date, date]:
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_DAYS:
        raise SummaryError(_("The period must be between 1 and {most} days ({why}).", most=MAX_DAYS, why=_why_max()))
    return today - timedelta(days=days - 1), today


def period_since(today: date, since: date | str) -> tuple[date, date]:
    """From ``since`` (the last appointment, say: a date or its ISO text) to today."""
    if isinstance(since, str):
        try:
            since = date.fromisoformat(since.strip())
        except ValueError:
            raise SummaryError(_("The first day must be a date like 2026-05-31, not “{text}”.",
                                 text=shown(since, 40))) from None
    if since > today:
        raise SummaryError(_("The first day ({day}) is after today.", day=since.isoformat()))
    days = (today - since).days + 1
    if days > MAX_DAYS:
        raise SummaryError(_("From {day} to today is {days} days; a summary covers at most {most} ({why}). Choose a "
                             "later first day.", day=since.isoformat(), days=days, most=MAX_DAYS, why=_why_max()))
    return since, today


#: A summary that reads more records than this is made off the GUI thread (the Reports page): about 45 ms on the
#: bench's computer (``bench/run.py --only report``: 365 days of nine doses a day, ~4,500 records, take ~130 ms), so
#: a computer twice as slow still keeps the page's work on the GUI thread under 100 ms.
BACKGROUND_RECORDS = 1500


def records_in_period(store: Store, person_id: int, start: date, end: date) -> int:
    """How many records a summary of the period reads (dose records and diary entries), counted on their indexes
    without reading them: what tells the Reports page whether to make it off the GUI thread."""
    zone = store.clock.local_tz()
    lo, hi = local_day_bounds(start, zone)[0], local_day_bounds(end, zone)[1]
    return (store.doses.count_between(person_id, lo, hi)
            + store.diary.count(person_id, DiaryFilter(start=start, end=end)))


def build_summary(services: Services, person_id: int, start: date, end: date, questions: str = "") -> Summary:
    """Everything recorded for the person from ``start`` to ``end`` (local days, inclusive)."""
    store, service = services.store, services.doses
    today = service.clock.today()
    if end > today:
        end = today
    if start > end:
        raise SummaryError(_("The start of the period is after its end."))
    if (end - start).days + 1 > MAX_DAYS:
        raise SummaryError(_("The period can be at most {most} days ({why}).", most=MAX_DAYS, why=_why_max()))
    if not isinstance(questions, str) or len(questions) > QUESTIONS_MAX:
        raise SummaryError(_("The questions are too long (at most {most} characters).", most=QUESTIONS_MAX))
    person = store.people.get(person_id)
    if person is None:
        raise SummaryError(_("That person is not in this data folder."))
    zone = service.local_zone()

    # -- medicines and what happened to each dose ----------------------------------------------------
    # Answers come from the dose record itself (every medicine, archived ones and old schedules too); doses with
    # no answer from the day timelines of the current schedules (the same as the Today page).
    counts: dict[int, Counter[str]] = {}
    prn_taken: dict[int, list[tuple[datetime, float]]] = {}
    lo, hi = local_day_bounds(start, zone)[0], local_day_bounds(end, zone)[1]
    for e in store.doses.history(person_id, start_utc=lo - timedelta(days=2), end_utc=hi + timedelta(days=2),
                                 limit=10_000_000):
        if not lo <= (e.due_utc or e.when_utc) < hi:
            continue  # a scheduled dose belongs to the day it was due, even if taken after midnight
        if e.slot is None:
            # As needed (logged with the as-needed schedule, or none): no slot of a schedule to follow.
            if e.status == "taken":
                prn_taken.setdefault(e.medicine_id, []).append((e.when_utc, e.dose_mg))
        else:
            counts.setdefault(e.medicine_id, Counter())["left_out" if e.left_out else e.status] += 1
    # Doses nobody answered, from the timelines of the current schedules (as the Today page shows them), read for
    # the whole period at once.
    for slots in service.timelines(person_id, start, end).values():
        for slot in slots:
            if slot.state is State.UNANSWERED:
                counts.setdefault(slot.source.medicine_id, Counter())["unanswered"] += 1
    lines = []
    plan_notes = service.plan_notes(person_id, end)
    for med in store.medicines.list_for(person_id, include_archived=True):
        mid = med.stored_id
        scheds = store.schedules.for_medicine(mid)
        if med.archived_at is not None and mid not in counts and mid not in prn_taken:
            continue  # archived, and nothing recorded for it in the period
        how = "; ".join(localize(describe_schedule(s, med)) for s in scheds) or (
            _("Pump (no doses to remind)") if med.is_pump else _("No schedule"))
        if mid in plan_notes:
            how += f". {localize(plan_notes[mid])}"
        prn = None
        if mid in prn_taken:
            limits = next((r.schedule for r in store.schedules.for_medicine(mid, include_archived=True)
                           if isinstance(r.schedule, PrnSchedule) and not r.archived), None) or next(
                (r.schedule for r in store.schedules.for_medicine(mid, include_archived=True)
                 if isinstance(r.schedule, PrnSchedule)), None)
            prn = as_needed_line(prn_taken[mid], zone, limits)
        lines.append(MedicineLine(localize(med.describe()), how, dict(counts.get(mid, {})), med.archived_at is not None,
                                  prn.taken if prn else 0, prn))

    # -- baclofen by mouth per day --------------------------------------------------------------------
    totals = {d: mg for d, mg in baclofen_daily_totals(store, person_id, start, end).items() if mg > 0}
    over = sorted(d for d, mg in totals.items() if mg > BACLOFEN_LABEL_MAX_MG_PER_DAY + 1e-6)
    # Days with no baclofen by mouth recorded, from the first day one of the person's baclofen schedules ran (today
    # is not over yet, so it is left out): stopping suddenly is the danger, so these are named.
    oral = [m for m in store.medicines.list_for(person_id, include_archived=True) if m.baclofen and not m.is_pump]
    starts = [r.schedule.start_date for m in oral for r in store.schedules.for_medicine(m.stored_id, True)
              if r.kind != "prn"]
    without: list[date] = []
    if starts:
        day = max(start, min(starts))
        while day <= end and day < today:
            if day not in totals:
                without.append(day)
            day += timedelta(days=1)
    from caregiver_app.domain.people import oral_baclofen_age_note

    age_note = localize(oral_baclofen_age_note(person.date_of_birth, today, bool(oral)) or "")

    # -- diary -------------------------------------------------------------------------------------------
    entries = list(store.diary.iter_entries(person_id, DiaryFilter(start=start, end=end)))
    middle = start + timedelta(days=(end - start).days // 2 + 1)  # first day of the second half
    trends = []
    for key in TREND_SCORES:
        halves: tuple[list[float], list[float]] = ([], [])
        for entry in entries:
            v = entry.score(key)
            if v is not None:
                halves[entry.entry_at.astimezone(zone).date() >= middle].append(float(v))
        n = len(halves[0]) + len(halves[1])
        trends.append(ScoreTrend(_word(SCORES[key].label), n,
                                 sum(halves[0]) / len(halves[0]) if halves[0] else None,
                                 sum(halves[1]) / len(halves[1]) if halves[1] else None))
    effects = Counter(s for e in entries for s in e.side_effects)
    others = [e.side_effects_other.strip() for e in entries if e.side_effects_other.strip()]
    flags = [(e.entry_at.astimezone(zone), ", ".join(_word(RED_FLAGS[k].label) for k in e.red_flags if k in RED_FLAGS))
             for e in entries if e.red_flags]

    # -- plans -------------------------------------------------------------------------------------------
    bands = store.plans.bands(person_id)
    plan_lines, warnings = [], []
    by_plan: dict = {}
    for b in bands:
        by_plan.setdefault((b.plan_id, b.plan_name, b.kind), []).append(b)
    for (_pid, name, kind), steps in by_plan.items():
        now = [b for b in steps if b.start <= today < b.end]
        followed = steps[0].active
        nxt = [b for b in steps if b.start > today]
        done = sum(1 for b in steps if b.end <= today)
        title = name or _("Plan")
        kind_words = _.lookup(PLAN_KINDS[kind]) if kind in PLAN_KINDS else kind
        where = (_("step {step} of {steps}", step=done + 1, steps=len(steps)) if now else
                 _.n("not started yet, %n step", "not started yet, %n steps", len(steps)) if not done else
                 _.n("all %n steps done", "all %n steps done", len(steps)))
        parts = [_("{plan} ({kind}): {where}", plan=title, kind=kind_words, where=where) if followed else
                 _("{plan} ({kind}, not followed): {where}", plan=title, kind=kind_words, where=where)]
        if now:
            parts.append(_("today {mg} mg a day", mg=decimal_text(now[0].mg_per_day)))
        if nxt:
            parts.append(_("next {mg} mg a day from {day}", mg=decimal_text(nxt[0].mg_per_day), day=_day(nxt[0].start)))
        elif not now:
            parts.append(_("finished"))
        whole = store.plans.get(_pid) if _pid is not None else None
        if whole is not None and whole.after_last == "stop":
            parts.append(_("then stop"))
        plan_lines.append("; ".join(parts))
        if whole is not None:
            warnings += [_("{plan}: {warning}", plan=title, warning=localize(w))
                         for w in services.plans.too_fast_warnings(whole)]
            plan_med = store.medicines.get(whole.medicine_id) if whole.medicine_id is not None else None
            if plan_med is not None:
                warnings += [_("{plan}: {warning}", plan=title, warning=localize(w.message))
                             for w in services.plans.plan_maximum_warnings(whole, plan_med)]

    checkins = _checkin_lines(services, person_id, start, end, today)

    return Summary(
        person=person.name, start=start, end=end, made_at=service.clock.now_local(),
        date_of_birth=person.date_of_birth, kidney_reduced=bool(person.kidney_reduced),
        prescriber=person.prescriber or "", medicines=lines,
        baclofen_days=len(totals), baclofen_avg=(sum(totals.values()) / len(totals)) if totals else None,
        baclofen_max=max(totals.values()) if totals else None, days_over_label=over,
        days_without_baclofen=without, age_note=age_note,
        diary_entries=len(entries), trends=trends,
        side_effects=sorted(((_word(SIDE_EFFECTS[k]), n) for k, n in effects.items() if k in SIDE_EFFECTS),
                            key=lambda t: (-t[1], t[0])),
        other_side_effects=others[:20], red_flags=flags, plan_lines=plan_lines, plan_warnings=warnings,
        checkins=checkins, questions=questions.strip())


def _checkin_lines(services: Services, person_id: int, start: date, end: date, today: date) -> list[CheckinLine]:
    """Per watch period in the summary's days: the check-ins asked and answered, the signs and side effects
    recorded, spasticity in the week before and during it. A period the app no longer works out (its reason is
    older than it looks back) still shows through its answers, which are linked to it."""
    store = services.store
    zone = services.clock.local_tz()
    periods = [p for p in services.checkins.periods(person_id, today, since=start - timedelta(days=28))
               if p.start <= end and p.end > start]
    answers = store.diary.checkins(person_id, start - timedelta(days=28), end)
    # The spasticity of the week before and during each period, from one read of the diary (a period starts at
    # most four weeks before the summary's first day), not two reads a period.
    diary = [(e.entry_at.astimezone(zone).date(), e) for e in store.diary.iter_entries(
        person_id, DiaryFilter(start=start - timedelta(days=28 + 7), end=end))]
    out = []
    used: set[date] = set()
    for p in periods:
        first, last = max(p.start, start), min(p.end - timedelta(days=1), end)
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        mine = [answers[d] for d in days if d in answers]
        used |= {d for d in days if d in answers}
        asked = sum(1 for d in days if d < today or d in answers)
        out.append(_checkin_line(diary, localize(p.triggers[0].what if p.triggers else p.describe()), p.start,
                                 p.end - timedelta(days=1), [localize(t.what) for t in p.triggers], asked, mine,
                                 asks_side_effects=p.asks_side_effects))
    by_key: dict[str, list[date]] = {}
    for d, e in answers.items():
        if d not in used and start <= d <= end:
            by_key.setdefault(e.checkin, []).append(d)
    for key, days in sorted(by_key.items(), key=lambda kv: min(kv[1])):
        kind, _sep, began = key.partition(":")
        try:
            began_day = date.fromisoformat(began)
        except ValueError:
            began_day = min(days)
        what = _.lookup(CHECKIN_KINDS[kind]) if kind in CHECKIN_KINDS else _("Dose watch")
        out.append(_checkin_line(diary, _("{change} ({day})", change=what, day=_day(began_day)),
                                 began_day, max(days), [], None, [answers[d] for d in sorted(days)],
                                 asks_side_effects=kind == "rise" or any(answers[d].side_effects for d in days)))
    return out


def _checkin_line(diary: list[tuple[date, DiaryEntry]], what: str, first: date, last: date, changes: list[str],
                  asked: int | None, mine: list[DiaryEntry], *, asks_side_effects: bool = True) -> CheckinLine:
    def mean(entries) -> float | None:
        vals = [float(e.spasticity) for e in entries if e.spasticity is not None]
        return sum(vals) / len(vals) if vals else None

    before = [e for d, e in diary if first - timedelta(days=7) <= d < first]
    during = [e for d, e in diary if first <= d <= last]
    signs = [f"{_day(e.checkin_day)}: " + ", ".join(_word(RED_FLAGS[k].label) for k in e.red_flags if k in RED_FLAGS)
             for e in mine if e.red_flags and e.checkin_day is not None]
    effects = Counter(_word(SIDE_EFFECTS[k]) for e in mine for k in e.side_effects if k in SIDE_EFFECTS)
    return CheckinLine(what, first, last, changes, asked, len(mine),
                       sum(1 for e in mine if not e.red_flags and not e.side_effects), signs,
                       [f"{name} ({n})" for name, n in sorted(effects.items(), key=lambda t: (-t[1], t[0]))],
                       mean(before), mean(during), asks_side_effects)


# -- the printable page ------------------------------------------------------------------------------------

def _day(d: date) -> str:
    """A day with its year in the user's locale ("Tue 1 Dec 2026", "mar 1 dic 2026")."""
    return date_pattern(d, "ddd d MMM yyyy")


def _score(v: float | None) -> str:
    return "—" if v is None else decimal_text(round(v, 1))


def _esc(text: str) -> str:
    """A sentence (the app's words with the values put in) for the page: escaped, quotes left as they are."""
    return escape(text, quote=False)


def _table(head: list[str], rows: list[list[str | tuple[str, str]]], first_width: int = 0) -> str:
    """A bordered table; cells are plain text (escaped here), a cell given as ``(text, small)`` gets a second,
    smaller line."""
    def cell(c, i):
        width = f" width='{first_width}%'" if i == 0 and first_width else ""
        if isinstance(c, tuple):
            return f"<td{width}>{escape(c[0])}<br><small>{escape(c[1])}</small></td>"
        return f"<td{width}>{escape(c)}</td>"

    # The count columns' headings a little smaller: in a longer language a word such as "Tomadas" must fit a
    # narrow column whole (Qt breaks a word that does not fit: "Tomada s").
    th = "".join(f"<th align='left'>{escape(h)}</th>" if i == 0 or not first_width else
                 f"<th align='left'><small>{escape(h)}</small></th>" for i, h in enumerate(head))
    body = "".join("<tr>" + "".join(cell(c, i) for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{th}</tr>{body}</table>"


def _days(days: list[date], most: int = 10) -> str:
    return ", ".join(_day(d) for d in days[:most]) + (" …" if len(days) > most else "")


def summary_html(s: Summary, chart_url: str | None = None) -> str:
    """The summary as HTML for QTextDocument (screen, printer and PDF), in the user's language. Every recorded
    text is escaped. ``chart_url``: an image resource the caller registered (the diary chart), or None."""
    p: list[str] = []
    add = p.append

    def heading(text: str) -> None:
        add(f"<h2>{_esc(text)}</h2>")

    def para(text: str) -> None:
        add(f"<p>{_esc(text)}</p>")

    def bold_para(lead: str, rest: str) -> None:
        add(f"<p><b>{_esc(lead)}</b> {_esc(rest)}</p>")

    add(f"<h1>{_esc(_('Appointment summary: {person}', person=s.person))}</h1>")
    facts = [_("Period: {start} to {end}", start=_day(s.start), end=_day(s.end)),
             _("Made on {day} at {time}", day=_day(s.made_at.date()), time=time_text(s.made_at))]
    if s.date_of_birth:
        facts.append(_("Date of birth: {day}", day=_day(s.date_of_birth)))
    if s.prescriber:
        facts.append(_("Prescriber: {name}", name=s.prescriber))
    if s.kidney_reduced:
        facts.append(_("Kidney function reduced (recorded in the app)"))
    add("<p>" + "<br>".join(_esc(f) for f in facts) + "</p>")
    if s.age_note:
        bold_para(_("Please note:"), s.age_note)
    add("<p><i>" + _esc(_("Recorded by the person or their carer in Caregiver Assistant. It shows what was written "
                          "down; it is not a medical assessment.")) + "</i></p>")

    heading(_("Medicines and doses"))
    if s.medicines:
        rows: list[list[str | tuple[str, str]]] = []
        for m in s.medicines:
            c = m.counts
            missed = c.get("missed", 0) + c.get("unanswered", 0)
            pct = _("{percent}%", percent=m.taken_pct) if m.taken_pct is not None else "—"
            how = m.how + (f". {m.prn.words}" if m.prn else "")
            rows.append([(_("{medicine} (stopped)", medicine=m.name) if m.archived else m.name, how), str(m.due),
                         str(c.get("taken", 0)), str(c.get("skipped", 0)), str(c.get("left_out", 0)), str(missed),
                         pct])
        add(_table([_("Medicine and how it is taken"), _("Doses"), _("Taken"), _("Skipped"),
                    _("Left out as advised"), _("Not taken or no answer"), _("% taken")], rows, first_width=28))
        add("<p><small>" + _esc(_(
            "Taken, skipped and not taken are what was recorded. “Left out as advised” are missed doses left out "
            "because the next dose was less than 2 hours away (the missed-dose rule); they are not counted against "
            "the % taken. “No answer” counts the doses of the current schedules, since they were set, that nobody "
            "answered.")) + "</small></p>")
    else:
        para(_("No medicines recorded."))
    if s.baclofen_days:
        para(_.n("Baclofen by mouth recorded on %n day: {average} mg a day on average, at most {most} mg in one day.",
                 "Baclofen by mouth recorded on %n days: {average} mg a day on average, at most {most} mg in one "
                 "day.", s.baclofen_days, average=decimal_text(s.baclofen_avg or 0.0, 1),
                 most=decimal_text(s.baclofen_max or 0.0)))
    if s.days_without_baclofen:
        n = len(s.days_without_baclofen)
        bold_para(_.n("No baclofen by mouth recorded on %n day:", "No baclofen by mouth recorded on %n days:", n),
                  _("{days}. Stopping baclofen suddenly can cause withdrawal; if doses were taken but not recorded, "
                    "the record is incomplete.", days=_days(s.days_without_baclofen)))
    if s.days_over_label:
        n = len(s.days_over_label)
        bold_para(_.n("Above the label's {limit} mg a day on %n day:", "Above the label's {limit} mg a day on %n days:",
                      n, limit=BACLOFEN_LABEL_MAX_MG_PER_DAY), f"{_days(s.days_over_label)}.")

    heading(_("Dose plan"))
    if s.plan_lines:
        add("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in s.plan_lines) + "</ul>")
        for w in s.plan_warnings:
            bold_para(_("Please check:"), w)
    else:
        para(_("No titration or taper plan recorded."))

    heading(_("Dose changes and check-ins"))
    if s.checkins:
        rows2: list[list[str | tuple[str, str]]] = []
        for ck in s.checkins:
            changes = "; ".join(ck.changes[1:]) if len(ck.changes) > 1 else ""
            asked = "—" if ck.asked is None else str(ck.asked)
            signs = "; ".join(ck.signs) or _("none")
            effects = ", ".join(ck.side_effects) or (_("none") if ck.asks_side_effects
                                                     else _("not asked (only after a rise)"))
            spas = f"{_score(ck.spasticity_before)} → {_score(ck.spasticity_during)}"
            when = (_("{first} to {last}. Also: {changes}", first=_day(ck.start), last=_day(ck.last), changes=changes)
                    if changes else _("{first} to {last}", first=_day(ck.start), last=_day(ck.last)))
            rows2.append([(ck.what, when), asked,
                          _("{answered} ({none} with none of the signs)", answered=ck.answered,
                            none=ck.none_of_these),
                          (signs, _("Side effects: {effects}", effects=effects)), spas])
        add(_table([_("Change and its check-in days"), _("Asked"), _("Answered"), _("Danger signs at check-ins"),
                    _("Spasticity before → during")], rows2, first_width=30))
        add("<p><small>" + _esc(_(
            "After a change of dose, missed doses, running out or a pump event, the app asks a short daily check-in "
            "about the signs to look out for. “Before” is the average spasticity (0–10) recorded in the week before "
            "the change, “during” the average in the check-in days; — means none was recorded.")) + "</small></p>")
    else:
        para(_("No dose changes with check-ins in the period."))

    heading(_("Symptom diary"))
    if s.diary_entries:
        para(_.n("%n diary entry in the period. Scores, first half of the period against the second:",
                 "%n diary entries in the period. Scores, first half of the period against the second:",
                 s.diary_entries))
        add(_table([_("Score"), _("Entries"), _("Change")], [[t.label, str(t.entries), t.words] for t in s.trends]))
        if chart_url:
            add(f"<p><img src='{escape(chart_url)}' width='640'></p>")
    else:
        para(_("No diary entries in the period."))

    heading(_("Side effects noted"))
    if s.side_effects or s.other_side_effects:
        items = [_.n("{name}: %n time", "{name}: %n times", n, name=name) for name, n in s.side_effects]
        items += [_("Other: {text}", text=o) for o in s.other_side_effects]
        add("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>")
    else:
        para(_("None recorded."))

    heading(_("Danger signs recorded"))
    if s.red_flags:
        add("<ul>" + "".join(f"<li>{_esc(_day(at.date()))} {time_text(at)}: {_esc(what)}</li>"
                             for at, what in s.red_flags) + "</ul>")
    else:
        para(_("None recorded."))

    heading(_("Questions for the doctor or nurse"))
    if s.questions:
        add("<p>" + "<br>".join(escape(line) for line in s.questions.splitlines()) + "</p>")
    else:
        para(_("(none written)"))
    return "\n".join(p)
