"""Reminders without a screen: what is due, missed, answered — across DST, restarts and clock jumps."""
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.domain.reminders import State
from caregiver_app.services.doses import DoseService
from caregiver_app.storage.dump import dump_tables
from caregiver_app.system.clock import FakeClock
from helpers import add_baclofen

LONDON = ZoneInfo("Europe/London")


def at(y, mo, d, h, mi=0, tz=LONDON):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


@pytest.fixture
def svc(store, clock):
    return DoseService(store, clock)


def test_due_then_missed_then_answered(store, clock, svc):
    add_baclofen(store)
    clock._now = at(2026, 11, 23, 8, 5).astimezone(UTC)
    r = svc.review()
    assert [s.occurrence.slot for s in r.due] == ["2026-11-23T08:00"]
    # Yesterday's doses were never answered: listed as missed, not as due.
    assert [s.occurrence.slot for s in r.missed][-3:] == ["2026-11-22T08:00", "2026-11-22T14:00", "2026-11-22T20:00"]
    assert at(2026, 11, 23, 14).astimezone(UTC) in r.wake_times
    view = svc.view(r.due[0])
    assert svc.answer("taken", [view]) == []
    r2 = svc.review()
    assert r2.due == []
    clock.advance(timedelta(minutes=40))
    assert svc.review().due == []


def test_unanswered_dose_turns_missed_after_grace(store, clock, svc):
    add_baclofen(store)
    clock._now = at(2026, 11, 23, 8, 29).astimezone(UTC)
    assert len(svc.review().due) == 1
    clock.advance(timedelta(minutes=2))
    r = svc.review()
    assert r.due == [] and r.missed[-1].occurrence.slot == "2026-11-23T08:00"


def test_a_dose_is_never_logged_twice(store, clock, svc):
    add_baclofen(store)
    clock._now = at(2026, 11, 23, 8, 5).astimezone(UTC)
    view = svc.view(svc.review().due[0])
    assert svc.answer("taken", [view]) == []
    errors = svc.answer("taken", [view])
    assert errors and "already has an answer" in errors[0]
    assert store.conn.execute("SELECT COUNT(*) FROM dose_log WHERE slot='2026-11-23T08:00'").fetchone()[0] == 1


def test_double_dose_warning_asks_and_can_refuse(store, clock, svc):
    r, m, rec = add_baclofen(store, times=(("08:00", 10.0), ("08:20", 10.0)))
    clock._now = at(2026, 11, 23, 8, 25).astimezone(UTC)
    due = svc.review().due
    assert len(due) == 2
    asked = []
    svc.answer("taken", [svc.view(due[0])], confirm=lambda t, x: asked.append(x) or True)
    assert asked == []  # the first one is fine
    svc.answer("taken", [svc.view(due[1])], confirm=lambda t, x: asked.append(x) or False)
    assert asked and "already logged" in asked[0]
    assert store.conn.execute("SELECT COUNT(*) FROM dose_log").fetchone()[0] == 1


def test_daily_total_above_label_maximum_asks(store, clock, svc):
    add_baclofen(store, times=(("08:00", 30.0), ("14:00", 30.0), ("20:00", 30.0)))
    clock._now = at(2026, 11, 23, 20, 5).astimezone(UTC)
    asked = []
    for t in ("08:00", "14:00"):
        store.doses.log(person_id=1, medicine_id=1, dose_mg=30, status="taken", schedule_id=1,
                        slot=f"2026-11-23T{t}", due_utc=at(2026, 11, 23, int(t[:2])),
                        taken_utc=at(2026, 11, 23, int(t[:2])))
    due = svc.review().due
    svc.answer("taken", [svc.view(due[0])], confirm=lambda t, x: asked.append(x) or False)
    assert asked and "80" in asked[0] and "talk to your doctor or nurse" in asked[0].lower()


def test_snooze_keeps_original_due_time(store, clock, svc):
    add_baclofen(store)
    clock._now = at(2026, 11, 23, 8, 5).astimezone(UTC)
    view = svc.view(svc.review().due[0])
    svc.answer("snooze", [view], 30)
    r = svc.review()
    assert r.due == [] and at(2026, 11, 23, 8, 35).astimezone(UTC) in r.wake_times
    clock.advance(timedelta(minutes=31))
    r = svc.review()
    assert [s.occurrence.slot for s in r.due] == ["2026-11-23T08:00"]
    assert r.due[0].due_utc == at(2026, 11, 23, 8).astimezone(UTC)
    svc.answer("taken", [svc.view(r.due[0])])
    row = store.conn.execute("SELECT due_at, taken_at FROM dose_log").fetchone()
    assert row == ("2026-11-23T08:00:00Z", "2026-11-23T08:36:00Z")
    ev = store.conn.execute("SELECT event, due_at, snooze_until FROM reminder_events").fetchall()
    assert ev == [("snoozed", "2026-11-23T08:00:00Z", "2026-11-23T08:35:00Z")]


@pytest.mark.parametrize("tz, day, expected_utc_hours", [
    ("Europe/London", date(2026, 3, 29), [8, 13, 19]),        # spring forward: BST, 08:00 local = 07:00 UTC
    ("Europe/London", date(2026, 10, 25), [8, 14, 20]),
    ("America/New_York", date(2026, 3, 8), [12, 18, 24]),
    ("America/New_York", date(2026, 11, 1), [13, 19, 25]),
])
def test_wall_clock_times_hold_across_dst(store, tz, day, expected_utc_hours):
    zone = ZoneInfo(tz)
    clock = FakeClock(datetime.combine(day, datetime.min.time(), zone) + timedelta(hours=23), zone)
    svc = DoseService(store, clock)
    add_baclofen(store, tz=tz)
    slots = svc.timeline(1, day)
    assert [s.due_utc.astimezone(zone).strftime("%H:%M") for s in slots] == ["08:00", "14:00", "20:00"]
    base = datetime.combine(day, datetime.min.time(), UTC)
    got = [(s.due_utc - base).total_seconds() / 3600 for s in slots]
    assert got[0] != 8 or tz == "Europe/London"  # UTC instants shift with DST; wall times do not


def test_spring_forward_nonexistent_time_fires_once(store):
    zone = ZoneInfo("America/New_York")
    clock = FakeClock(datetime(2026, 3, 8, 3, 10, tzinfo=zone), zone)
    svc = DoseService(store, clock)
    add_baclofen(store, times=(("02:30", 5.0),), tz="America/New_York")
    slots = svc.timeline(1, date(2026, 3, 8))
    assert len(slots) == 1 and slots[0].due_utc.astimezone(zone).strftime("%H:%M") == "03:00"
    r = svc.review()
    assert len(r.due) == 1  # due at 03:00, shown once


def test_fall_back_ambiguous_time_fires_once(store):
    zone = ZoneInfo("Europe/London")
    clock = FakeClock(datetime(2026, 10, 25, 3, 0, tzinfo=zone), zone)
    svc = DoseService(store, clock)
    add_baclofen(store, times=(("01:30", 5.0),))
    assert len(svc.timeline(1, date(2026, 10, 25))) == 1
    wakes = [w for w in svc.review(datetime(2026, 10, 24, 23, 0, tzinfo=UTC)).wake_times
             if w.date() == date(2026, 10, 25) and w.hour < 3]
    assert len([w for w in wakes if w.minute == 30]) == 1


def test_restart_after_closed_lists_missed_once_and_nothing_is_lost(store, clock, svc):
    add_baclofen(store)
    clock._now = at(2026, 11, 23, 8, 10).astimezone(UTC)
    svc.answer("taken", [svc.view(svc.review().due[0])])
    before = dump_tables(store)["dose_log"]
    # "Closed" until the next morning.
    clock.advance(timedelta(hours=24))
    r = svc.review()
    assert [s.occurrence.slot for s in r.missed][-2:] == ["2026-11-23T14:00", "2026-11-23T20:00"]
    assert [s.occurrence.slot for s in r.due] == ["2026-11-24T08:00"]
    assert dump_tables(store)["dose_log"] == before  # a review writes nothing
    svc.answer("not_taken", [svc.view(s) for s in r.missed])
    assert svc.review().missed == []


def test_clock_moved_back_a_day_and_forward_a_week(store, clock, svc):
    add_baclofen(store)
    clock._now = at(2026, 11, 23, 8, 10).astimezone(UTC)
    svc.answer("taken", [svc.view(svc.review().due[0])])
    clock.jump(timedelta(days=-1))
    r = svc.review()
    svc.answer("taken", [svc.view(s) for s in r.due])
    clock.jump(timedelta(days=8))
    r = svc.review()
    svc.answer("not_taken", [svc.view(s) for s in r.missed])
    rows = store.conn.execute("SELECT slot FROM dose_log WHERE superseded = 0").fetchall()
    assert len(rows) == len(set(rows))  # never two answers for one dose
    assert svc.review().missed == []


def test_missed_advice_never_says_double(store, clock, svc):
    add_baclofen(store)
    clock._now = at(2026, 11, 23, 13, 0).astimezone(UTC)
    for s in svc.review().missed:
        text = svc.missed_advice(svc.view(s)).message.lower()
        assert "never take 2 doses at once" in text and "double up" not in text.replace("never", "")


def test_prn_checks_interval_and_cap(store, clock, svc):
    r, m, _ = add_baclofen(store, kind="prn", spec={"dose_mg": 5, "min_interval_minutes": 240,
                                                    "max_doses_per_day": 2})
    rec = svc.prn_schedules(r.id)[0]
    clock._now = at(2026, 11, 23, 9).astimezone(UTC)
    assert svc.check_prn(rec, m, clock.now_utc(), 5) == []
    svc.log_prn(rec, m, clock.now_utc(), 5)
    clock.advance(timedelta(hours=1))
    assert [w.code for w in svc.check_prn(rec, m, clock.now_utc(), 5)] == ["prn_too_soon"]
    clock.advance(timedelta(hours=4))
    svc.log_prn(rec, m, clock.now_utc(), 5)
    clock.advance(timedelta(hours=5))
    assert "prn_max_doses" in [w.code for w in svc.check_prn(rec, m, clock.now_utc(), 5)]


def test_taken_time_in_the_past_not_future(store, clock, svc):
    clock._now = at(2026, 11, 23, 9, 0).astimezone(UTC)
    assert svc.taken_time((8, 30)) == at(2026, 11, 23, 8, 30).astimezone(UTC)
    assert svc.taken_time((22, 0)) == at(2026, 11, 22, 22, 0).astimezone(UTC)


def test_stock_goes_down_when_taken(store, clock, svc):
    add_baclofen(store, stock_on_hand=30.0, refill_threshold_days=5)
    clock._now = at(2026, 11, 23, 8, 5).astimezone(UTC)
    svc.answer("taken", [svc.view(svc.review().due[0])])
    assert store.medicines.get(1).stock_on_hand == 29.0


def test_correction_keeps_the_original(store, clock, svc):
    add_baclofen(store)
    clock._now = at(2026, 11, 23, 8, 5).astimezone(UTC)
    svc.answer("taken", [svc.view(svc.review().due[0])])
    new = store.doses.edit(1, reason="Was actually skipped", status="skipped")
    versions = store.doses.versions(new)
    assert [v.status for v in versions] == ["skipped", "taken"] and versions[1].superseded
    assert versions[0].edit_reason == "Was actually skipped"
    from caregiver_app.domain.validation import ValidationFailed

    with pytest.raises(ValidationFailed):
        store.doses.edit(new, reason="   ", status="taken")
    slot = svc.timeline(1, date(2026, 11, 23))[0]
    assert slot.state is State.SKIPPED


@pytest.mark.parametrize("dose", [0, -5, float("nan"), float("inf"), "ten", 5000])
def test_bad_dose_in_schedule_is_refused(store, dose):
    from caregiver_app.domain.validation import ValidationFailed

    r, m, _ = add_baclofen(store)
    before = dump_tables(store)
    with pytest.raises(ValidationFailed) as info:
        store.schedules.save(m.id, "fixed", {"times": [["09:00", dose]]}, tz="Europe/London",
                             start_date=date(2026, 1, 1))
    assert info.value.errors[0].message
    assert dump_tables(store) == before


@pytest.mark.parametrize("spec, start, end, text", [
    ({"times": [["25:00", 10]]}, "2026-01-01", None, "not a time of day"),
    ({"times": [["08:00", 10], ["08:00", 5]]}, "2026-01-01", None, "twice"),
    ({"times": [["08:00", 10]]}, "2026-02-01", "2026-01-01", "before the start"),
    ({"times": [["08:00", 10]]}, "1850-01-01", None, "before 1900"),
    ({"times": []}, "2026-01-01", None, "at least one time"),
])
def test_bad_schedule_input_is_refused(store, spec, start, end, text):
    from caregiver_app.domain.validation import ValidationFailed

    r, m, _ = add_baclofen(store)
    before = dump_tables(store)
    with pytest.raises(ValidationFailed) as info:
        store.schedules.save(m.id, "fixed", spec, tz="Europe/London", start_date=start, end_date=end)
    assert any(text in e.message for e in info.value.errors), info.value.errors
    assert dump_tables(store) == before


def test_label_maximum_counts_all_baclofen_forms_of_a_person(store, clock, svc):
    from caregiver_app.domain.medicines import Medicine

    r, tabs, _ = add_baclofen(store, times=(("08:00", 50.0),))
    liquid = store.medicines.save(Medicine(person_id=r.id, name="Baclofen oral solution", form="oral_solution",
                                           concentration_mg_per_ml=1.0))
    store.schedules.save(liquid.id, "fixed", {"times": [["20:00", 40]]}, tz="Europe/London", start_date="2026-01-01")
    store.conn.execute("UPDATE schedules SET created_at = '2026-01-01T00:00:00Z'")
    clock._now = at(2026, 11, 23, 8, 5).astimezone(UTC)
    svc.answer("taken", [svc.view(s) for s in svc.review().due])
    clock._now = at(2026, 11, 23, 20, 5).astimezone(UTC)
    asked = []
    svc.answer("taken", [svc.view(s) for s in svc.review().due], confirm=lambda t, x: asked.append(x) or False)
    assert asked and "80" in asked[0]


def test_missed_advice_for_other_medicines_points_to_the_leaflet(store, clock, svc):
    from caregiver_app.domain.dosing import MissedAdviceCode

    r, m, _ = add_baclofen(store)
    store.medicines.save(m.with_changes(name="Paracetamol", ingredient="other"))  # the ingredient decides
    clock._now = at(2026, 11, 23, 13, 0).astimezone(UTC)
    advice = svc.missed_advice(svc.view(svc.review().missed[-1]))
    assert advice.code is MissedAdviceCode.CHECK_LEAFLET and "leaflet" in advice.message
    assert "2 hours" not in advice.message


def test_correction_puts_the_stock_right(store, clock, svc):
    add_baclofen(store, stock_on_hand=30.0)
    clock._now = at(2026, 11, 23, 8, 5).astimezone(UTC)
    svc.answer("taken", [svc.view(svc.review().due[0])])
    assert store.medicines.get(1).stock_on_hand == 29.0
    new = svc.correct(1, reason="Not taken after all", status="missed", dose_mg=10, taken_utc=None, note="")
    assert store.medicines.get(1).stock_on_hand == 30.0
    svc.correct(new, reason="Taken, a double tablet", status="taken", dose_mg=20, taken_utc=clock.now_utc(), note="")
    assert store.medicines.get(1).stock_on_hand == 28.0


def test_one_answer_for_several_doses_is_all_or_nothing(store, clock, svc):
    add_baclofen(store, times=(("08:00", 10.0), ("08:10", 10.0)))
    clock._now = at(2026, 11, 23, 8, 15).astimezone(UTC)
    views = [svc.view(s) for s in svc.review().due]
    svc.answer("skip", views[1:])                 # the second is already answered elsewhere
    before = dump_tables(store)
    errors = svc.answer("not_taken", views)       # ... so this answer for both fails as a whole
    assert errors and "Nothing of this answer was saved" in errors[0]
    assert dump_tables(store) == before


def test_stock_counts_every_kind_of_schedule(store, clock, svc):
    r, m, rec = add_baclofen(store, kind="interval", spec={"every_minutes": 480, "first_time": "06:00", "dose_mg": 10},
                             stock_on_hand=12.0, refill_threshold_days=5)
    st = svc.stock_status(store.medicines.get(m.id))
    assert round(svc.planned_daily_mg(m.id)) == 30 and st.reorder and int(st.days_left) == 4


def test_prn_dose_failure_is_reported(store, clock, svc, monkeypatch):
    from caregiver_app.storage import StoreWriteError

    r, m, _ = add_baclofen(store, kind="prn", spec={"dose_mg": 5, "min_interval_minutes": 240,
                                                    "max_doses_per_day": 2})
    rec = svc.prn_schedules(r.id)[0]

    def full(*a, **k):
        raise StoreWriteError("The disk is full, so this could not be saved.")

    monkeypatch.setattr(store.doses, "log", full)
    assert svc.take_prn(rec, m, confirm=lambda *a: True) == ["The disk is full, so this could not be saved."]
