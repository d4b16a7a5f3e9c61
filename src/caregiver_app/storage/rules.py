"""One rule book for every stored record: what an import may bring in is what the app's own forms could have
written, and ``check`` finds any stored record that breaks it.

Each table's rows are read into the domain's objects by the same functions the repositories read them with
(``person_from_record``, ``medicine_from_record``, ..., ``event_from_record``), then checked by the domain's
validators (``validate_person``, ``validate_medicine``, ``validate_schedule``, ``validate_entry``, ``validate_plan``,
``validate_setting``, ``watch.validate_event``) and the dose log's own rules: a field added to a domain object and
its repository is checked here without a change. Columns no object holds are checked by their kind in the schema:
instants, dates, times of day, yes/no flags. Then the records are checked against each other (a dose's medicine is
the same person's, ...).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from caregiver_app.domain.text import Messages, Text
from caregiver_app.domain.validation import FieldError, ValidationFailed, shown
from caregiver_app.storage.db import READ_ERRORS, problem_text

__all__ = ["READ_ERRORS", "Problem", "file_problems", "problem_text", "problems", "store_problems"]

if TYPE_CHECKING:  # (the readers use READ_ERRORS at start-up: the schema is not needed then)
    from caregiver_app.storage.schema import Column, Table

_ = Messages("storage.rules")

FIRST_YEAR, LAST_YEAR = 1900, 2100
#: Times taken are never in the future; a day of leeway for another computer's clock or zone.
CLOCK_LEEWAY = timedelta(days=1)


@dataclass(frozen=True)
class Problem:
    """One record that breaks a rule: where it is (its table, its place in a file, its id), the field, what."""

    table: str
    index: int | None
    rid: Any
    field: str
    message: str

    def where(self) -> str:
        place = f"tables.{self.table}[{self.index}]" if self.index is not None else self.table
        if isinstance(self.rid, (int, str)) and not isinstance(self.rid, bool):
            place += f" (id {shown(self.rid, 40)})" if self.table != "settings" else f" ({shown(self.rid, 40)})"
        return place

    def text(self) -> Text:
        """What is wrong and where, for the user (a Text; its English is ``str(self)``). The table's and the field's
        names are the file's own words: they stay as they are."""
        # (A validator's message may quote the value: quoted safely here, whatever the validator did.)
        message = shown(self.message, 400)
        if message == self.message:
            message = self.message   # (the validator's own words, translatable, as they are)
        return _('{where}, field "{field}": {problem}', where=self.where(), field=shown(self.field, 40),
                 problem=message)

    def __str__(self) -> str:
        return str(self.text())


def default_value(col: Column) -> Any:
    """The value a column gets when a row leaves it out (its SQL default, read as a value)."""
    text = col.default
    if text is None or text.upper() == "NULL":
        return None
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def _complete(t: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """The row as it will be stored: the columns it leaves out at their defaults."""
    return {c.name: row[c.name] if c.name in row else default_value(c) for c in t.columns}


def _flag_columns(t: Table) -> set[str]:
    """Yes/no columns: whole numbers, not null, 0 by default."""
    return {c.name for c in t.columns if c.type == "INTEGER" and c.notnull and c.default in ("0", "1")}


def _check_columns(t: Table, row: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """By the schema alone: instants and dates within the years the app writes, flags 0 or 1."""
    flags = _flag_columns(t)
    for col in t.columns:
        value = row.get(col.name)
        if value is None:
            continue
        if col.name in flags and (isinstance(value, bool) or value not in (0, 1)):
            yield col.name, _("must be 0 or 1 (no or yes).")
        elif col.kind in ("timestamp", "date") and isinstance(value, str):
            message = _year_problem(col, value)
            if message:
                yield col.name, message


def _year_problem(col: Column, value: str) -> str | None:
    try:
        year = (datetime.fromisoformat(value) if col.kind == "timestamp" else date.fromisoformat(value)).year
    except ValueError:
        if col.kind == "timestamp":
            return _("{value} is not a real time.", value=shown(value, 40))
        return _("{value} is not a real date.", value=shown(value, 40))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return _("{value} is not between {first} and {last}.", value=value, first=FIRST_YEAR, last=LAST_YEAR)
    return None


@dataclass
class Context:
    """What a record's rules need to know beyond the record: today, the local zone, the other tables."""

    today: date
    tz: tzinfo
    now: datetime
    tables: Mapping[str, Sequence[Mapping[str, Any]]]

    def by_id(self, table: str) -> dict[Any, Mapping[str, Any]]:
        cache = self.__dict__.setdefault("_by_id", {})
        if table not in cache:
            cache[table] = {r.get("id"): r for r in self.tables.get(table, [])}
        return cache[table]

    def steps_of(self) -> dict[Any, list[Mapping[str, Any]]]:
        cache = self.__dict__.setdefault("_steps", None)
        if cache is None:
            cache = {}
            for r in self.tables.get("plan_steps", []):
                cache.setdefault(r.get("plan_id"), []).append(r)
            self.__dict__["_steps"] = cache
        return cache


def _errors(make: Any) -> list[FieldError]:
    """Run a read-and-validate step; an error raised while reading is a problem of the record."""
    try:
        result: list[FieldError] = make()
        return result
    except ValidationFailed as exc:
        return list(exc.errors)
    except READ_ERRORS as exc:
        return [FieldError("", problem_text(exc))]


def _person(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    from caregiver_app.domain.people import validate_person
    from caregiver_app.storage.people import person_from_record

    return _errors(lambda: validate_person(person_from_record(row), ctx.today))


def _medicine(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    from caregiver_app.domain.medicines import validate_medicine
    from caregiver_app.storage.medicines import medicine_from_record

    return _errors(lambda: validate_medicine(medicine_from_record(row), ctx.today))


def _schedule(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    from caregiver_app.storage.schedules import schedule_from_record

    def check() -> list[FieldError]:
        schedule_from_record(row, ctx.today)
        return []

    errors = _errors(check)
    return [FieldError(e.field if e.field in row else "spec", e.message) for e in errors]


def _dose(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    from caregiver_app.storage.doses import dose_problems

    errors = _errors(lambda: dose_problems(row))
    taken = row.get("taken_at")
    if isinstance(taken, str) and taken > _stamp(ctx.now + CLOCK_LEEWAY):
        errors.append(FieldError("taken_at", _("The time taken is in the future.")))
    med = ctx.by_id("medicines").get(row.get("medicine_id"))
    if med is not None and med.get("person_id") != row.get("person_id"):
        errors.append(FieldError("medicine_id", _("The medicine {id} is another person's.",
                                                  id=shown(row.get("medicine_id")))))
    sched = ctx.by_id("schedules").get(row.get("schedule_id")) if row.get("schedule_id") is not None else None
    if sched is not None and sched.get("medicine_id") != row.get("medicine_id"):
        errors.append(FieldError("schedule_id", _("The schedule {id} is another medicine's.",
                                                  id=shown(row.get("schedule_id")))))
    old = ctx.by_id("dose_log").get(row.get("replaces_id")) if row.get("replaces_id") is not None else None
    if old is not None and (old.get("person_id"), old.get("medicine_id")) != (row.get("person_id"),
                                                                            row.get("medicine_id")):
        errors.append(FieldError("replaces_id", _("A correction must be of the same person's dose of the same "
                                                  "medicine.")))
    return errors


def _diary(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    from caregiver_app.domain.diary import validate_entry
    from caregiver_app.storage.diary import entry_from_record

    person = ctx.by_id("people").get(row.get("person_id"))
    born = person.get("date_of_birth") if person is not None else None
    try:
        dob = date.fromisoformat(born) if isinstance(born, str) else None
    except ValueError:
        dob = None  # the person's own problem, reported there
    return _errors(lambda: validate_entry(entry_from_record(row), today=ctx.today, tz=ctx.tz, date_of_birth=dob))


def _plan(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    """A plan with its steps, by the plan form's rules (a step's own problems are reported on the step's row)."""
    from caregiver_app.domain.plans import validate_plan
    from caregiver_app.storage.plans import plan_from_records

    steps = ctx.steps_of().get(row.get("id"), [])
    if any(_step(st, ctx) for st in steps):
        return []  # (the step's row says what is wrong with it)
    errors = _errors(lambda: validate_plan(plan_from_records(row, steps), ctx.today))
    med = ctx.by_id("medicines").get(row.get("medicine_id"))
    if med is not None and med.get("person_id") != row.get("person_id"):
        errors.append(FieldError("medicine_id", _("Its medicine {id} belongs to another person ({owner}), not to "
                                                  "person {person}.", id=shown(row.get("medicine_id")),
                                                  owner=shown(med.get("person_id")),
                                                  person=shown(row.get("person_id")))))
    return errors


def _step(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    """A step by the plan form's rules for one step (its date, days and doses); how steps fit together (overlaps,
    how many) is the plan's."""
    from caregiver_app.domain.plans import Plan, validate_plan
    from caregiver_app.storage.plans import step_from_record

    def check() -> list[FieldError]:
        seq = row.get("seq")
        if isinstance(seq, bool) or not isinstance(seq, int) or not 1 <= seq <= 1000:
            return [FieldError("seq", _("A step's number must be a whole number from 1."))]
        step = step_from_record(row)
        alone = Plan(person_id=0, medicine_id=0, name="step", steps=(step,))
        return [FieldError(_STEP_FIELDS.get(next((w for w in _STEP_FIELDS if w in e.message), ""), "doses"),
                           _without_step(e.message))
                for e in validate_plan(alone, ctx.today) if e.field == "steps"]

    return _errors(check)


def _without_step(message: str) -> str:
    """A plan's message about its step 1 as said of the step alone: "Step 1: the dose ..." → "the dose ..."."""
    if not message.startswith("Step 1: "):
        return message
    if isinstance(message, Text):
        # The plan's message names the step in a placeholder ("{where}: the dose ...", where="Step 1"): the message
        # with that part left out is the one that says the rest, where the domain's words give one.
        rest = message[len("Step 1: "):]
        for part in message.params.values():
            if isinstance(part, Text) and part == rest:
                return part
    return message.replace("Step 1: ", "", 1)


_STEP_FIELDS = {"start date": "start_date", "number of days": "days", "dose": "doses", "time": "doses"}


def _event(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    from caregiver_app.storage.doses import SLOT_RE

    errors = []
    if not isinstance(row.get("slot"), str) or not SLOT_RE.fullmatch(row["slot"]):
        errors.append(FieldError("slot", _("The dose's slot is not a day and time like 2026-01-31T08:00.")))
    if row.get("event") == "snoozed" and row.get("snooze_until") is None:
        errors.append(FieldError("snooze_until", _("A snooze needs the time it ends.")))
    return errors


def _setting(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    from caregiver_app.domain.settings import validate_setting
    from caregiver_app.storage.settings import setting_value

    value, problem = setting_value(row.get("value"), sentence=True)
    if problem is not None:
        return [FieldError("value", problem)]
    return [FieldError("value" if e.field != "key" else "key", e.message)
            for e in validate_setting(row.get("key"), value)]


def _watch_event(row: Mapping[str, Any], ctx: Context) -> list[FieldError]:
    """A recorded event (what changed a dose) by the rules the services write it with; its medicine, when it has
    one, is the same person's."""
    from caregiver_app.storage.watch import event_from_record

    def check() -> list[FieldError]:
        event_from_record(row)
        return []

    errors = _errors(check)
    med = ctx.by_id("medicines").get(row.get("medicine_id")) if row.get("medicine_id") is not None else None
    if med is not None and med.get("person_id") != row.get("person_id"):
        errors.append(FieldError("medicine_id", _("Its medicine {id} belongs to another person, not to person "
                                                  "{person}.", id=shown(row.get("medicine_id")),
                                                  person=shown(row.get("person_id")))))
    return errors


RULES = {"people": _person, "medicines": _medicine, "schedules": _schedule, "dose_log": _dose,
         "diary_entries": _diary, "plans": _plan, "plan_steps": _step, "reminder_events": _event,
         "settings": _setting, "watch_events": _watch_event}


def _stamp(at: datetime) -> str:
    from caregiver_app.storage.timefmt import dt_to_db

    return dt_to_db(at)


def problems(schema: Iterable[Table], tables: Mapping[str, Sequence[Mapping[str, Any]]], *, today: date, tz: tzinfo,
             now: datetime, with_index: bool = True) -> Iterator[Problem]:
    """Every record that breaks a rule, table by table in the schema's order (lazily: an import stops at the
    first). ``tables``: rows by column name, as in an export file (types already checked)."""
    schema = list(schema)
    full = {t.name: [_complete(t, r) for r in tables.get(t.name, [])] for t in schema}
    ctx = Context(today, tz, now, full)
    for t in schema:
        rule = RULES.get(t.name)
        for i, row in enumerate(full[t.name]):
            rid = row.get("key") if t.name == "settings" else row.get("id")
            index = i if with_index else None
            for field, message in _check_columns(t, row):
                yield Problem(t.name, index, rid, field, message)
            if rule is None:
                continue
            for e in rule(row, ctx):
                yield Problem(t.name, index, rid, e.field, e.message)


def store_problems(store: Any, limit: int = 1000) -> list[Problem]:
    """The stored records that break a rule (at most ``limit``), for ``check``. Reads one consistent snapshot."""
    from caregiver_app.storage.export import read_all_tables

    schema, data = read_all_tables(store)
    clock = store.clock
    # Read with the latest 'today' any rule allows: a record saved once stays right whatever the clock says later.
    found = []
    for p in problems(schema, data, today=date(2100, 1, 1), tz=clock.local_tz(), now=datetime.max.replace(
            year=9000, tzinfo=clock.now_utc().tzinfo), with_index=False):
        found.append(p)
        if len(found) >= limit:
            break
    return found


def file_problems(path: Any, clock: Any, limit: int = 1000) -> list[Problem] | None:
    """The records of a data file that break a rule, read-only (``check``); None when the file is of an older data
    format (the app upgrades it when it opens it, and the rules apply to today's names)."""
    from caregiver_app.storage.backup import _ro_connect
    from caregiver_app.storage.db import Store
    from caregiver_app.storage.migrations import LATEST_VERSION

    conn = _ro_connect(path)
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != LATEST_VERSION:
            return None
        return store_problems(Store(conn, path, clock), limit)
    finally:
        conn.close()
