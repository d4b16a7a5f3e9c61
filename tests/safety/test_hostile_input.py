"""Random and hostile values into every validator and into import: no crash, a clear message, store unchanged.

Validators covered: domain.people.validate_person, domain.medicines.validate_medicine,
domain.schedules.validate_schedule, domain.diary.validate_entry, and the dose log's checks
(storage.doses.DoseRepo.log) - each also through its repository's save, which must either save or refuse
without touching the store.
"""
from __future__ import annotations

import json
import math
from datetime import UTC, date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.domain.validation import FieldError, ValidationFailed
from caregiver_app.storage import StoreError
from caregiver_app.storage.dump import dump_tables

BIG = "x" * 10_000_000          # a 10 MB string, built once
HOSTILE_TEXT = [
    "", " ", "\t", "\n\n", "\x00", "a\x00b", "\x1b[31mred\x1b[0m", "\x7f", "\u2028", "\r\n",
    "'; DROP TABLE people; --", "Robert'); DELETE FROM dose_log; --", "1 OR 1=1", "%s%s%n", "{0}{1}",
    "<script>alert(1)</script>", "../../etc/passwd", "\u202eevil\u202c", "\u0645\u0631\u062d\u0628\u0627",
    "\u05e9\u05dc\u05d5\u05dd", "\U0001F600" * 40, "\U0001F468\u200d\U0001F469\u200d\U0001F467", "e\u0301" * 100,
    "\ud800", "a\udfffb", "NaN", "inf", "-1", "1e309", "08:00", "25:99", "2026-02-30", "Europe/Nowhere", "x" * 101,
    "x" * 10_001, BIG,
]
HOSTILE_NUMBERS = [
    math.nan, math.inf, -math.inf, -1, -0.0, 0, 0.0001, 1e-320, 1e308, 2 ** 63, 2 ** 64, -(2 ** 63) - 1, 10 ** 100,
    True, False, 7, 20.0, 999_999_999,
]
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example])

SURROGATES = ["\ud800", "a\udfffb"]   # refused by check_text (cannot be stored); import refuses them too
texts = st.one_of(st.sampled_from([t for t in HOSTILE_TEXT if t not in SURROGATES]), st.text(max_size=200))
numbers = st.one_of(st.sampled_from(HOSTILE_NUMBERS), st.integers(), st.floats())
dates = st.one_of(st.none(), st.dates(), st.sampled_from([date(1, 1, 1), date(1899, 12, 31), date(9999, 12, 31)]))
anything = st.one_of(texts, numbers, st.none(), dates, st.lists(texts, max_size=3),
                     st.dictionaries(st.text(max_size=5), texts, max_size=2))


def _clear(errors) -> None:
    assert isinstance(errors, list)
    for e in errors:
        assert isinstance(e, FieldError)
        assert isinstance(e.field, str) and e.field
        assert isinstance(e.message, str) and e.message.strip()
        assert len(e.message) < 600, "a message, not an echo of the input"


def _save_or_refuse(store, save):
    """Either saves, or refuses with a clear message and leaves the store exactly as it was."""
    before = dump_tables(store)
    try:
        save()
    except ValidationFailed as exc:
        _clear(exc.errors)
        assert dump_tables(store) == before
        return False
    except StoreError as exc:
        assert str(exc).strip()
        assert dump_tables(store) == before
        return False
    return True


@pytest.fixture
def person(store):
    from caregiver_app.domain.people import Person

    return store.people.save(Person(name="Hostile test"))


# -- people ------------------------------------------------------------------------------------------------

@SETTINGS
@given(name=texts, prescriber=texts, contact=texts, notes=texts,
       dob=st.one_of(dates, st.sampled_from(["1950-01-01", 19500101, math.nan, object()])),
       kidney=st.one_of(st.booleans(), numbers))
def test_person_validation(store, name, prescriber, contact, notes, dob, kidney):
    from caregiver_app.domain.people import Person, validate_person

    rec = Person(name=name, date_of_birth=dob, kidney_reduced=kidney, prescriber=prescriber,
                        emergency_contact=contact, notes=notes)
    errors = validate_person(rec, store.clock.today())
    _clear(errors)
    if len(name) > 1000 or "\x00" in name:
        assert any(e.field == "name" for e in errors)
    saved = _save_or_refuse(store, lambda: store.people.save(rec))
    assert saved == (not errors)
    if saved:
        assert any(r.name == name.strip() for r in store.people.list())


# -- medicines ---------------------------------------------------------------------------------------------

@SETTINGS
@given(name=texts, form=st.one_of(st.sampled_from(["tablet", "oral_solution", "granules", "intrathecal", "other"]),
                                  texts),
       strength=st.one_of(st.none(), numbers), conc=st.one_of(st.none(), numbers), instructions=texts,
       start=dates, stop=dates, stock=st.one_of(st.none(), numbers), refill=st.one_of(st.none(), numbers),
       remind=st.lists(st.one_of(st.integers(), numbers, texts), max_size=4).map(tuple))
def test_medicine_validation(store, person, name, form, strength, conc, instructions, start, stop, stock, refill,
                             remind):
    from caregiver_app.domain.medicines import Medicine, validate_medicine

    med = Medicine(person_id=person.id, name=name, form=form, strength_mg=strength, concentration_mg_per_ml=conc,
                   instructions=instructions, start_date=start, stop_date=stop, stock_on_hand=stock,
                   refill_threshold_days=refill, pump_remind_days=remind)
    errors = validate_medicine(med, store.clock.today())
    _clear(errors)
    assert _save_or_refuse(store, lambda: store.medicines.save(med)) == (not errors)


# -- schedules ---------------------------------------------------------------------------------------------

spec_values = st.one_of(anything, st.lists(st.lists(st.one_of(texts, numbers), max_size=3), max_size=4))


@SETTINGS
@given(kind=st.one_of(st.sampled_from(["fixed", "interval", "weekdays", "prn"]), texts),
       spec=st.one_of(st.dictionaries(st.sampled_from(["times", "weekdays", "every_minutes", "first_time", "dose_mg",
                                                       "min_interval_minutes", "max_doses_per_day",
                                                       "max_mg_per_day", "'; DROP"]), spec_values, max_size=5),
                      anything),
       tz=st.one_of(st.sampled_from(["Europe/London", "America/New_York", "UTC"]), texts),
       start=st.one_of(dates, texts), end=st.one_of(dates, texts))
def test_schedule_validation(store, person, kind, spec, tz, start, end):
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.schedules import validate_schedule

    errors = validate_schedule(kind, spec, tz=tz, start_date=start, end_date=end, today=store.clock.today())
    _clear(errors)
    med = store.medicines.list_for(person.id) or [store.medicines.save(
        Medicine(person_id=person.id, name="Baclofen", form="tablet", strength_mg=10.0))]
    if isinstance(spec, dict) and not errors:
        assert _save_or_refuse(store, lambda: store.schedules.save(med[0].id, kind, spec, tz=tz, start_date=start,
                                                                   end_date=end))


# -- diary -------------------------------------------------------------------------------------------------

@SETTINGS
@given(at=st.one_of(st.datetimes(timezones=st.just(UTC)), st.datetimes(), texts, st.none()),
       scores=st.lists(st.one_of(st.none(), numbers), min_size=7, max_size=7),
       side=st.lists(texts, max_size=3).map(tuple), flags=st.lists(texts, max_size=3).map(tuple),
       other=texts, notes=texts, sedatives=st.one_of(st.booleans(), numbers, texts))
def test_diary_validation(store, person, at, scores, side, flags, other, notes, sedatives):
    from caregiver_app.domain.diary import DiaryEntry, validate_entry

    entry = DiaryEntry(person_id=person.id, entry_at=at, psfs_frequency=scores[0], psfs_severity=scores[1],
                       spasticity=scores[2], pain=scores[3], sleep_hours=scores[4], sleep_wakeups=scores[5],
                       side_effects=side, side_effects_other=other, sedatives=sedatives, red_flags=flags,
                       notes=notes)
    errors = validate_entry(entry, today=store.clock.today(), tz=store.clock.local_tz())
    _clear(errors)
    assert _save_or_refuse(store, lambda: store.diary.add(entry)) == (not errors)


# -- dose log answers --------------------------------------------------------------------------------------

@SETTINGS
@given(dose=numbers, status=st.one_of(st.sampled_from(["taken", "skipped", "missed"]), texts), note=texts,
       minutes_ago=st.integers(min_value=-10_000, max_value=10 ** 7))
def test_dose_answers(store, person, dose, status, note, minutes_ago):
    from caregiver_app.domain.medicines import Medicine

    med = store.medicines.list_for(person.id) or [store.medicines.save(
        Medicine(person_id=person.id, name="Baclofen", form="tablet", strength_mg=10.0))]
    when = store.clock.now_utc() - timedelta(minutes=minutes_ago)
    _save_or_refuse(store, lambda: store.doses.log(person_id=person.id, medicine_id=med[0].id, dose_mg=dose,
                                                   status=status, taken_utc=when, note=note))


# -- every hostile value, deterministically, through every form's save ---------------------------------------

def _text_cases():
    # Lone surrogates included: domain.validation.check_text refuses text that does not encode as UTF-8.
    for i, value in enumerate(HOSTILE_TEXT):
        yield pytest.param(value, id=f"text{i}")


def _saves(store, person):
    from caregiver_app.domain.diary import DiaryEntry
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.people import Person

    med = store.medicines.list_for(person.id) or [store.medicines.save(
        Medicine(person_id=person.id, name="Baclofen", form="tablet", strength_mg=10.0))]
    at = store.clock.now_utc() - timedelta(hours=1)
    return {
        "person name": lambda v: store.people.save(Person(name=v)),
        "person notes": lambda v: store.people.save(Person(name="P", notes=v, prescriber=v)),
        "medicine name": lambda v: store.medicines.save(Medicine(person_id=person.id, name=v, form="tablet",
                                                                 strength_mg=5.0)),
        "medicine instructions": lambda v: store.medicines.save(Medicine(
            person_id=person.id, name="M", form="tablet", strength_mg=5.0, instructions=v)),
        "diary notes": lambda v: store.diary.add(DiaryEntry(person_id=person.id, entry_at=at, pain=3, notes=v,
                                                            side_effects_other=v[:400])),
        "dose note": lambda v: store.doses.log(person_id=person.id, medicine_id=med[0].id, dose_mg=10.0,
                                               status="taken", taken_utc=at, note=v),
        "schedule time": lambda v: store.schedules.save(med[0].id, "fixed", {"times": [[v, 10.0]]},
                                                        tz="Europe/London", start_date=date(2026, 1, 1)),
        "schedule zone": lambda v: store.schedules.save(med[0].id, "fixed", {"times": [["08:00", 10.0]]}, tz=v,
                                                        start_date=date(2026, 1, 1)),
    }


@pytest.mark.parametrize("value", list(_text_cases()))
def test_every_hostile_text_in_every_text_field(store, person, value):
    for save in _saves(store, person).values():
        _save_or_refuse(store, lambda save=save: save(value))


@pytest.mark.parametrize("value", HOSTILE_NUMBERS, ids=[f"num{i}" for i in range(len(HOSTILE_NUMBERS))])
def test_every_hostile_number_in_every_number_field(store, person, value):
    from caregiver_app.domain.diary import DiaryEntry
    from caregiver_app.domain.medicines import Medicine

    med = store.medicines.save(Medicine(person_id=person.id, name="Baclofen", form="tablet", strength_mg=10.0))
    at = store.clock.now_utc() - timedelta(hours=1)
    cases = [
        lambda: store.medicines.save(Medicine(person_id=person.id, name="M", form="tablet", strength_mg=value)),
        lambda: store.medicines.save(Medicine(person_id=person.id, name="M", form="oral_solution",
                                              concentration_mg_per_ml=value, stock_on_hand=value)),
        lambda: store.medicines.save(Medicine(person_id=person.id, name="M", form="tablet", strength_mg=1.0,
                                              refill_threshold_days=value, pump_remind_days=(value,))),
        lambda: store.diary.add(DiaryEntry(person_id=person.id, entry_at=at, pain=value)),
        lambda: store.diary.add(DiaryEntry(person_id=person.id, entry_at=at, sleep_hours=value,
                                           sleep_wakeups=value, psfs_frequency=value, psfs_severity=value)),
        lambda: store.doses.log(person_id=person.id, medicine_id=med.id, dose_mg=value, status="taken",
                                taken_utc=at),
        lambda: store.schedules.save(med.id, "fixed", {"times": [["08:00", value]]}, tz="UTC",
                                     start_date=date(2026, 1, 1)),
        lambda: store.schedules.save(med.id, "interval", {"every_minutes": value, "first_time": "08:00",
                                                          "dose_mg": 5.0}, tz="UTC", start_date=date(2026, 1, 1)),
        lambda: store.schedules.save(med.id, "prn", {"dose_mg": 5.0, "min_interval_minutes": value,
                                                     "max_doses_per_day": value, "max_mg_per_day": value},
                                     tz="UTC", start_date=date(2026, 1, 1)),
    ]
    for case in cases:
        _save_or_refuse(store, case)


# -- import --------------------------------------------------------------------------------------------------

@pytest.fixture
def small_export(store, clock, tmp_path):
    """A small store with a row in every table, exported; the store keeps that data."""
    from caregiver_app.storage.export import export_document
    from helpers import fill_every_table

    fill_every_table(store, clock)
    with store.transaction() as conn:   # keep it small: a few doses and diary entries
        conn.execute("DELETE FROM dose_log WHERE id > 6 AND replaces_id IS NULL AND id NOT IN "
                     "(SELECT replaces_id FROM dose_log WHERE replaces_id IS NOT NULL)")
        conn.execute("DELETE FROM diary_entries WHERE id > 4")
    return export_document(store, clock)


def _import_hostile(store, tmp_path, raw: bytes, mode="replace"):
    from caregiver_app.storage.importer import ImportRefused, import_file

    before = dump_tables(store)
    path = tmp_path / "hostile.json"
    path.write_bytes(raw)
    try:
        import_file(store, path, mode)
    except ImportRefused as exc:
        message = str(exc)
        assert message.strip() and len(message) < 1000, message[:200]
        assert dump_tables(store) == before, "a refused import leaves the store unchanged"
        return False
    assert store.integrity_errors() == []
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return True


IMPORT_SETTINGS = settings(SETTINGS, max_examples=80)


@IMPORT_SETTINGS
@given(data=st.data(), value=st.one_of(anything, st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
                                       st.sampled_from(SURROGATES)),
       mode=st.sampled_from(["replace", "merge"]))
def test_import_with_one_hostile_value(store, tmp_path, small_export, data, value, mode):
    doc = json.loads(json.dumps(small_export))
    tables = [t for t, rows in doc["tables"].items() if rows]
    table = data.draw(st.sampled_from(tables))
    row = data.draw(st.integers(min_value=0, max_value=len(doc["tables"][table]) - 1))
    column = data.draw(st.one_of(st.sampled_from(sorted(doc["tables"][table][row])), texts))
    if isinstance(value, date):
        value = value.isoformat()
    doc["tables"][table][row][column] = value
    raw = json.dumps(doc, allow_nan=True, ensure_ascii=data.draw(st.booleans()), default=str).encode("utf-8",
                                                                                                      "surrogatepass")
    _import_hostile(store, tmp_path, raw, mode)


@IMPORT_SETTINGS
@given(top=st.dictionaries(st.sampled_from(["format", "format_version", "schema_version", "tables", "exported_at",
                                            "app_version", "extra"]), anything, max_size=6))
def test_import_with_hostile_envelopes(store, tmp_path, small_export, top):
    doc = dict(small_export, **top)
    raw = json.dumps(doc, allow_nan=True, default=str).encode("utf-8", "surrogatepass")
    _import_hostile(store, tmp_path, raw)


@IMPORT_SETTINGS
@given(raw=st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
                     st.sampled_from([b"{", b"[]", b"null", b"1e999999", b'"' + b"\\u0000" * 10 + b'"',
                                      b"{" * 50_000, b'{"format": "caregiver-app-export"}' * 3])))
def test_import_of_random_bytes_is_always_refused(store, tmp_path, small_export, raw):
    assert _import_hostile(store, tmp_path, raw) is False


def test_import_of_a_10_mb_string_is_refused_with_a_short_message(store, tmp_path, small_export):
    doc = json.loads(json.dumps(small_export))
    doc["tables"]["people"][0]["notes"] = BIG
    from caregiver_app.storage.importer import ImportRefused, import_file

    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc))
    before = dump_tables(store)
    with pytest.raises(ImportRefused) as info:
        import_file(store, path, "replace")
    assert "too long" in str(info.value) and len(str(info.value)) < 300
    assert dump_tables(store) == before


@pytest.mark.parametrize("value", [math.inf, 1e308, 2, "yes", None])
def test_a_kidney_answer_that_is_not_yes_or_no_is_refused(store, value):
    """Found by the property test above: ``kidney_reduced=inf`` reached SQLite and raised OverflowError."""
    from caregiver_app.domain.people import Person

    assert not _save_or_refuse(store, lambda: store.people.save(Person(name="Ann", kidney_reduced=value)))
    assert store.people.list() == []
