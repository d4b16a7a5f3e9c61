"""Diary storage: soft delete, paging, filters, chart series, dose totals, plan steps, CSV export."""
from __future__ import annotations

import csv
import io
import json
import time as _time
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest

from caregiver_app.domain.diary import DiaryEntry, DiaryFilter
from caregiver_app.domain.people import Person
from caregiver_app.domain.validation import ValidationFailed
from caregiver_app.reports.diary_csv import HEADER, diary_csv_text, export_diary_csv
from caregiver_app.services.diary import DiaryService
from caregiver_app.services.doses import baclofen_daily_totals
from caregiver_app.storage.dump import TABLES

UTC = UTC
INSERT = ("INSERT INTO diary_entries(person_id, entry_at, psfs_frequency, psfs_severity, spasticity, pain,"
          " sleep_hours, sleep_wakeups, side_effects, side_effects_other, sedatives, stretching, red_flags, notes,"
          " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


@pytest.fixture
def person(store):
    return store.people.save(Person(name="Ann", date_of_birth=date(1960, 2, 29),
                                               emergency_contact="Bob 0123", prescriber="Dr Lee"))


def add(store, person, at: datetime, **kw) -> DiaryEntry:
    return store.diary.add(DiaryEntry(person_id=person.id, entry_at=at, **kw))


def bulk(store, rid: int, n: int, start: datetime, step: timedelta = timedelta(minutes=53), same_time_every: int = 0):
    """n rows by executemany (fast): scores cycle, every 5th has drowsiness, every 997th a seizure."""
    rows = []
    for i in range(n):
        at = start - step * (i if not same_time_every else i // same_time_every)
        text = at.strftime("%Y-%m-%dT%H:%M:%SZ")
        rows.append((rid, text, i % 5, (i % 3) + 1 if i % 5 else None, i % 11, None if i % 7 == 0 else i % 11,
                     7.5, i % 4, '["drowsiness"]' if i % 5 == 0 else "[]", "", 0, 1,
                     '["seizure"]' if i % 997 == 0 else "[]", f"n{i}", text, text))
    with store.transaction() as conn:
        conn.executemany(INSERT, rows)


def test_add_get_roundtrip_keeps_everything(store, person, clock):
    e = add(store, person, clock.now_utc() - timedelta(hours=2), psfs_frequency=2, psfs_severity=1, spasticity=6,
            pain=3, sleep_hours=6.5, sleep_wakeups=2, side_effects=("nausea", "drowsiness"),
            side_effects_other="dry mouth", sedatives=True, stretching=True, red_flags=("hallucinations", "seizure"),
            notes="Évening — ünïcode ✓\nsecond line")
    got = store.diary.get(e.id)
    assert got == e
    assert got.side_effects == ("drowsiness", "nausea")          # checklist order
    assert got.red_flags == ("seizure", "hallucinations")
    assert got.entry_at == clock.now_utc() - timedelta(hours=2)
    assert got.created_at == got.updated_at == clock.now_utc()
    assert store.counts_for(person.id)["diary"] == 1


@pytest.mark.parametrize("kw, field", [
    ({"spasticity": 11}, "spasticity"),
    ({"pain": -2}, "pain"),
    ({"psfs_frequency": 0, "psfs_severity": 2}, "psfs_severity"),
    ({"sleep_hours": float("nan")}, "sleep_hours"),
    ({"sleep_wakeups": "three"}, "sleep_wakeups"),
    ({"notes": "x" * 10_001}, "notes"),
    ({"notes": "\x1b[31m"}, "notes"),
    ({"side_effects_other": "a\x00b"}, "side_effects_other"),
    ({"entry_at": datetime(2026, 11, 24, 0, 0, tzinfo=UTC)}, "entry_at"),   # tomorrow in London
    ({"entry_at": datetime(1960, 2, 28, 12, 0, tzinfo=UTC)}, "entry_at"),   # the day before birth
])
def test_bad_input_saves_nothing(store, person, clock, kw, field):
    kw.setdefault("entry_at", clock.now_utc())
    at = kw.pop("entry_at")
    with pytest.raises(ValidationFailed) as exc:
        add(store, person, at, **kw)
    assert [e.field for e in exc.value.errors] == [field]
    assert store.conn.execute("SELECT COUNT(*) FROM diary_entries").fetchone()[0] == 0


def test_update_keeps_created_and_records_the_change_time(store, person, clock):
    e = add(store, person, clock.now_utc(), pain=3)
    clock.advance(timedelta(minutes=5))
    changed = store.diary.update(e.with_changes(pain=4, notes="later"))
    assert changed.pain == 4 and changed.notes == "later"
    assert changed.created_at == e.created_at
    assert changed.updated_at == clock.now_utc() != e.updated_at
    with pytest.raises(ValidationFailed):
        store.diary.update(e.with_changes(pain=12))
    assert store.diary.get(e.id).pain == 4
    with pytest.raises(LookupError):
        store.diary.update(e.with_changes(id=9999))


def test_soft_delete_hides_and_restore_brings_back(store, person, clock):
    a = add(store, person, clock.now_utc() - timedelta(days=1), pain=1)
    b = add(store, person, clock.now_utc(), pain=2)
    clock.advance(timedelta(minutes=1))
    gone = store.diary.delete(b.id)
    assert gone.deleted_at == clock.now_utc() and gone.updated_at == clock.now_utc()
    assert store.diary.get(b.id) is None and store.diary.get(b.id, include_deleted=True) is not None
    assert store.diary.count(person.id) == 1
    assert [e.id for e in store.diary.page(person.id)] == [a.id]
    assert store.diary.last(person.id).id == a.id
    assert store.counts_for(person.id)["diary"] == 1
    store.diary.restore(b.id)
    assert [e.id for e in store.diary.page(person.id)] == [b.id, a.id]
    with pytest.raises(LookupError):
        store.diary.delete(12345)


def test_last_before_a_time_and_excluding_one(store, person, clock):
    now = clock.now_utc()
    a = add(store, person, now - timedelta(days=2))
    b = add(store, person, now - timedelta(days=1))
    assert store.diary.last(person.id).id == b.id
    assert store.diary.last(person.id, before=now - timedelta(days=1)).id == a.id
    assert store.diary.last(person.id, exclude_id=b.id).id == a.id


def test_keyset_paging_matches_one_big_query_even_with_equal_times(store, person, clock):
    bulk(store, person.id, 1234, clock.now_utc(), same_time_every=3)  # three entries share each time
    everything = [r[0] for r in store.conn.execute(
        "SELECT id FROM diary_entries WHERE person_id = ? ORDER BY entry_at DESC, id DESC", (person.id,))]
    got, after = [], None
    while True:
        page = store.diary.page(person.id, limit=100, after=after)
        got += [e.id for e in page]
        if len(page) < 100:
            break
        after = store.diary.cursor_after(page[-1])
    assert got == everything
    ascending = [e.id for e in store.diary.iter_entries(person.id, batch=97)]
    assert ascending == everything[::-1]
    by_offset = []
    for off in range(0, 1234, 200):
        by_offset += [e.id for e in store.diary.page(person.id, limit=200, offset=off)]
    assert by_offset == everything


def test_sort_by_score_puts_empty_last_both_ways(store, person, clock):
    now = clock.now_utc()
    for i, pain in enumerate([3, None, 9, 0, None]):
        add(store, person, now - timedelta(hours=i), pain=pain)
    desc = [e.pain for e in store.diary.page(person.id, sort="pain", descending=True)]
    asc = [e.pain for e in store.diary.page(person.id, sort="pain", descending=False)]
    assert desc == [9, 3, 0, None, None] and asc == [0, 3, 9, None, None]
    with pytest.raises(ValueError):
        store.diary.page(person.id, sort="notes; DROP TABLE diary_entries")


def test_filters(store, person, clock):
    now = clock.now_utc()
    add(store, person, datetime(2026, 3, 28, 23, 30, tzinfo=UTC), pain=2)                      # 28 Mar local
    add(store, person, datetime(2026, 3, 29, 22, 30, tzinfo=UTC), pain=5, side_effects=("nausea",))  # 29 Mar BST
    add(store, person, datetime(2026, 3, 29, 23, 30, tzinfo=UTC), pain=8, red_flags=("seizure",))    # 30 Mar BST
    add(store, person, now, spasticity=4, side_effects=("drowsiness", "nausea"))
    c = store.diary.count
    assert c(person.id) == 4
    assert c(person.id, DiaryFilter(start=date(2026, 3, 29), end=date(2026, 3, 29))) == 1
    assert c(person.id, DiaryFilter(start=date(2026, 3, 29))) == 3
    assert c(person.id, DiaryFilter(end=date(2026, 3, 29))) == 2
    assert c(person.id, DiaryFilter(score="pain", score_min=5)) == 2
    assert c(person.id, DiaryFilter(score="pain", score_min=3, score_max=6)) == 1
    assert c(person.id, DiaryFilter(score="pain", score_max=10)) == 3  # no pain score: left out
    assert c(person.id, DiaryFilter(side_effect="nausea")) == 2
    assert c(person.id, DiaryFilter(side_effect="drowsiness")) == 1
    assert c(person.id, DiaryFilter(red_flags_only=True)) == 1
    assert [e.pain for e in store.diary.page(person.id, DiaryFilter(side_effect="nausea"))] == [None, 5]
    with pytest.raises(ValidationFailed):
        c(person.id, DiaryFilter(start=date(2026, 4, 1), end=date(2026, 3, 1)))


def test_people_do_not_see_each_others_entries(store, person, clock):
    other = store.people.save(Person(name="Zed"))
    add(store, person, clock.now_utc(), pain=1)
    add(store, other, clock.now_utc(), pain=2)
    assert [e.pain for e in store.diary.page(other.id)] == [2]
    assert store.diary.count(person.id) == 1


def test_series_points_and_red_flag_times(store, person, clock):
    add(store, person, datetime(2026, 10, 24, 23, 30, tzinfo=UTC), spasticity=4)   # 00:30 BST 25 Oct
    add(store, person, datetime(2026, 10, 25, 23, 29, tzinfo=UTC), spasticity=6)   # 23:29 GMT 25 Oct
    add(store, person, datetime(2026, 10, 26, 9, 0, tzinfo=UTC), spasticity=8, red_flags=("breathing",))
    add(store, person, datetime(2026, 10, 27, 9, 0, tzinfo=UTC))                    # no score
    day = store.diary.daily_series(person.id, "spasticity")
    assert [(b.start, b.mean) for b in day] == [(date(2026, 10, 25), 5.0), (date(2026, 10, 26), 8.0)]
    week = store.diary.series(person.id, "spasticity", "week")
    assert [(b.start, b.count) for b in week] == [(date(2026, 10, 19), 2), (date(2026, 10, 26), 1)]
    assert len(store.diary.points(person.id, "spasticity", date(2026, 10, 26), date(2026, 10, 31))) == 1
    assert [flags for _, flags in store.diary.red_flag_times(person.id)] == [("breathing",)]
    assert store.diary.first_day(person.id) == date(2026, 10, 25)


def _dose_setup(store, rid):
    now = store.now_db()
    mid = store.conn.execute(
        "INSERT INTO medicines(person_id, name, form, ingredient, strength_mg, created_at, updated_at)"
        " VALUES (?, 'Baclofen', 'tablet', 'baclofen', 10, ?, ?)", (rid, now, now)).lastrowid
    rows = [  # (taken_at/due_at, mg, status, superseded)
        ("2026-03-28T08:00:00Z", 10, "taken", 0),
        ("2026-03-28T23:30:00Z", 5, "taken", 0),    # 23:30 GMT: still 28 March
        ("2026-03-29T08:00:00Z", 10, "skipped", 0),
        ("2026-03-29T12:00:00Z", 10, "missed", 0),
        ("2026-03-29T20:00:00Z", 15, "taken", 1),   # replaced by a correction
        ("2026-03-29T20:00:00Z", 20, "taken", 0),
        ("2026-03-29T23:30:00Z", 20, "taken", 0),   # 00:30 BST: 30 March
    ]
    for at, mg, status, sup in rows:
        store.conn.execute(
            "INSERT INTO dose_log(person_id, medicine_id, due_at, dose_mg, status, taken_at, recorded_at,"
            " superseded) VALUES (?,?,?,?,?,?,?,?)",
            (rid, mid, at, mg, status, at if status == "taken" else None, at, sup))
    return mid


def test_daily_dose_totals_count_only_taken_current_doses(store, person):
    _dose_setup(store, person.id)
    assert baclofen_daily_totals(store, person.id) == {date(2026, 3, 28): 15.0, date(2026, 3, 29): 20.0,
                                                        date(2026, 3, 30): 20.0}
    assert baclofen_daily_totals(store, person.id, date(2026, 3, 29), date(2026, 3, 29)) == {date(2026, 3, 29): 20.0}


def test_demo_dose_totals_plan_bands_and_context(demo_store):
    rid = demo_store.people.list()[0].id
    totals = baclofen_daily_totals(demo_store, rid)
    raw = demo_store.conn.execute("SELECT SUM(dose_mg) FROM dose_log WHERE status='taken' AND superseded=0"
                                  ).fetchone()[0]
    assert abs(sum(totals.values()) - raw) < 1e-9
    assert max(totals.values()) <= 60
    bands = demo_store.plans.bands(rid)
    assert [b.mg_per_day for b in bands] == [15, 30, 45, 60, 60]
    assert all(b.kind == "titration" for b in bands)
    assert all(a.end == b.start for a, b in pairwise(bands))
    # a titration is not a taper; no pump
    assert DiaryService(demo_store, demo_store.clock).context(rid) == (False, False)


def test_context_taper_and_pump(store, person, clock):
    assert DiaryService(store, store.clock).context(person.id) == (False, False)
    now = store.now_db()
    mid = store.conn.execute(
        "INSERT INTO medicines(person_id, name, form, ingredient, created_at, updated_at)"
        " VALUES (?, 'Baclofen', 'tablet', 'baclofen', ?, ?)", (person.id, now, now)).lastrowid
    pid = store.conn.execute(
        "INSERT INTO plans(person_id, medicine_id, name, kind, active, created_at, updated_at)"
        " VALUES (?, ?, 'Coming off', 'taper', 1, ?, ?)", (person.id, mid, now, now)).lastrowid
    store.conn.execute("INSERT INTO plan_steps(plan_id, seq, start_date, days, doses) VALUES (?, 1, ?, 7, ?)",
                       (pid, "2026-11-20", json.dumps([["08:00", 10], ["20:00", 5]])))
    assert DiaryService(store, store.clock).context(person.id) == (True, False)
    # the step has ended
    assert DiaryService(store, store.clock).context(person.id, date(2026, 11, 27)) == (False, False)
    assert store.plans.bands(person.id)[0].mg_per_day == 15
    store.conn.execute(
        "INSERT INTO medicines(person_id, name, form, created_at, updated_at) VALUES (?, 'Baclofen pump',"
        " 'intrathecal', ?, ?)", (person.id, now, now))
    assert DiaryService(store, store.clock).context(person.id) == (True, True)


def test_no_new_tables(store):
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names <= set(TABLES) | {"sqlite_sequence"}


def test_hundred_thousand_entries_count_and_first_page_are_quick(store, person, clock):
    bulk(store, person.id, 100_000, clock.now_utc())
    t0 = _time.perf_counter()
    assert store.diary.count(person.id) == 100_000
    page = store.diary.page(person.id)
    elapsed = _time.perf_counter() - t0
    assert len(page) == 200 and page[0].entry_at == clock.now_utc()
    assert elapsed < 0.5, elapsed
    assert store.diary.count(person.id, DiaryFilter(side_effect="drowsiness")) == 20_000
    assert store.diary.count(person.id, DiaryFilter(red_flags_only=True)) == 101


# -- CSV --------------------------------------------------------------------------------------------------------
def test_csv_export_has_header_local_times_words_and_no_deleted(store, person, clock, tmp_path):
    add(store, person, datetime(2026, 7, 1, 20, 30, tzinfo=UTC), psfs_frequency=3, psfs_severity=2, spasticity=6,
        side_effects=("drowsiness", "low_blood_pressure"), red_flags=("seizure",), sedatives=True,
        notes="Crème brûlée, “quotes”, commas\nand a second line")
    gone = add(store, person, datetime(2026, 7, 2, 20, 30, tzinfo=UTC), pain=1)
    add(store, person, datetime(2026, 7, 3, 9, 0, tzinfo=UTC), notes="=HYPERLINK(\"http://x\")",
        side_effects_other="+1 headache")
    store.diary.delete(gone.id)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "diary.csv"
    assert export_diary_csv(store, person.id, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for spreadsheet programs
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == HEADER
    first = dict(zip(HEADER, rows[1], strict=True))
    assert first["date"] == "2026-07-01" and first["time"] == "21:30"  # BST
    assert first["spasm frequency meaning"] == "Spasms more than once an hour"
    assert first["spasm severity (Penn 1-3)"] == "2 moderate"
    assert first["side effects"] == "Drowsiness; Low blood pressure / faintness"
    assert first["danger signs"] == "A seizure (fit)"
    assert first["alcohol or sedating medicines"] == "yes"
    assert first["notes"] == "Crème brûlée, “quotes”, commas\nand a second line"
    third = dict(zip(HEADER, rows[2], strict=True))
    assert third["notes"].startswith("'=") and third["other side effects"] == "'+1 headache"
    assert [p.name for p in out.parent.iterdir()] == ["diary.csv"]  # no temporary file left behind


def test_csv_export_with_filter_and_text(store, person, clock):
    add(store, person, clock.now_utc() - timedelta(days=1), pain=2, side_effects=("nausea",))
    add(store, person, clock.now_utc(), pain=7)
    text = diary_csv_text(store, person.id, DiaryFilter(side_effect="nausea"))
    assert len(text.strip().splitlines()) == 2


def test_csv_export_to_a_bad_folder_fails_cleanly(store, person, tmp_path):
    with pytest.raises(OSError):
        export_diary_csv(store, person.id, tmp_path / "missing" / "diary.csv")


def test_dose_overlay_counts_only_baclofen_by_mouth(demo_store, clock):
    from datetime import datetime

    from caregiver_app.domain.medicines import Medicine

    rid = demo_store.people.list()[0].id
    day = clock.now_utc().astimezone(clock.local_tz()).date()
    before = baclofen_daily_totals(demo_store, rid, day, day)
    para = demo_store.medicines.save(Medicine(person_id=rid, name="Paracetamol", form="tablet", strength_mg=500))
    pump = demo_store.medicines.save(Medicine(person_id=rid, name="Gablofen", form="intrathecal"))
    when = datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC)
    for med, mg in ((para, 1000), (pump, 300)):
        demo_store.doses.log(person_id=rid, medicine_id=med.id, dose_mg=mg, status="taken", taken_utc=when)
    assert baclofen_daily_totals(demo_store, rid, day, day) == before
