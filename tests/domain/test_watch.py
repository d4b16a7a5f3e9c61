"""Watch periods: what opens them, how they merge, what a check-in asks, when it comes."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.domain import watch
from caregiver_app.domain.diary import RED_FLAGS, SIDE_EFFECTS

D = date(2026, 12, 1)


def test_a_taper_step_down_is_a_reduction_and_a_step_up_a_rise():
    daily = [(D - timedelta(days=1), 60.0), (D, 45.0), (D + timedelta(days=7), 45.0), (D + timedelta(days=14), 60.0)]
    t = watch.dose_change_triggers(daily, "Baclofen")
    assert [(x.kind, x.day, x.mg_before, x.mg_after) for x in t] == [
        (watch.REDUCTION, D, 60.0, 45.0), (watch.RISE, D + timedelta(days=14), 45.0, 60.0)]
    assert t[0].what == "Dose lowered to 45 mg a day on Tue 1 Dec (Baclofen)"
    assert "raised to 60 mg" in t[1].what


def test_stopping_says_none():
    t = watch.dose_change_triggers([(D, 15.0), (D + timedelta(days=1), 0.0)])
    assert t[0].kind == watch.REDUCTION and "lowered to none" in t[0].what


def test_two_missed_within_24_hours_open_one_trigger_a_day():
    at = datetime(2026, 12, 1, 8, 0)
    assert watch.missed_triggers([at]) == []
    assert watch.missed_triggers([at, at + timedelta(hours=25)]) == []
    t = watch.missed_triggers([at, at + timedelta(hours=6), at + timedelta(hours=12)])
    assert [(x.kind, x.day) for x in t] == [(watch.MISSED, D)]


def test_periods_last_seven_days_after_a_change_and_three_after_the_rest():
    p = watch.derive_periods([watch.Trigger(watch.REDUCTION, D, "x")])
    assert (p[0].start, p[0].end, p[0].length) == (D, D + timedelta(days=7), 7)
    p = watch.derive_periods([watch.Trigger(watch.MISSED, D, "x")])
    assert p[0].length == 3
    p = watch.derive_periods([watch.Trigger(watch.RISE, D, "x")], change_days=14)
    assert p[0].length == 14


def test_overlapping_periods_merge_and_keep_the_first_key():
    a = watch.Trigger(watch.REDUCTION, D, "first step")
    b = watch.Trigger(watch.MISSED, D + timedelta(days=5), "missed")
    c = watch.Trigger(watch.REDUCTION, D + timedelta(days=30), "later")
    p = watch.derive_periods([c, b, a])
    assert len(p) == 2
    assert p[0].start == D and p[0].end == D + timedelta(days=8) and p[0].key == f"reduction:{D.isoformat()}"
    assert p[0].describe() == "first step; also missed"
    three = watch.derive_periods([a, b, watch.Trigger(watch.MISSED, D + timedelta(days=6), "Missed again"),
                                  watch.Trigger(watch.STOCK_OUT, D + timedelta(days=6), "Out")])
    assert three[0].describe() == "first step; also missed, and 2 other changes"
    assert three[0].intro(first_day=True) == (
        "The dose of baclofen has been lowered; doses of baclofen were missed or not answered; the baclofen has "
        "run out. Tick anything you have noticed in the last 24 hours:")
    assert "since the last check-in" in three[0].intro(first_day=False)
    assert p[1].key == f"reduction:{(D + timedelta(days=30)).isoformat()}"
    assert watch.period_on(p, D + timedelta(days=7)) is p[0]
    assert watch.period_on(p, D + timedelta(days=9)) is None


def test_the_setting_is_kept_within_one_to_28_days():
    t = [watch.Trigger(watch.RISE, D, "x")]
    assert watch.derive_periods(t, change_days=500)[0].length == watch.MAX_DAYS
    assert watch.derive_periods(t, change_days=-3)[0].length == 1


def test_a_reduction_asks_the_withdrawal_signs_and_a_pump_adds_its_early_signs():
    p = watch.derive_periods([watch.Trigger(watch.REDUCTION, D, "x")])[0]
    flags, effects = watch.signs_to_ask(p, has_pump=False)
    assert set(flags) >= {"hallucinations", "seizure", "fever", "rigidity", "spasticity_back", "confusion"}
    assert "itching" not in flags and effects == ()
    flags, _ = watch.signs_to_ask(p, has_pump=True)
    assert {"itching", "tingling", "faintness", "pump_alarm"} <= set(flags)


def test_a_rise_asks_the_common_side_effects_and_the_signs_of_too_much():
    p = watch.derive_periods([watch.Trigger(watch.RISE, D, "x")])[0]
    flags, effects = watch.signs_to_ask(p, has_pump=False)
    assert set(effects) == {"drowsiness", "dizziness", "weakness", "nausea"}
    assert {"confusion", "hard_to_wake", "breathing"} <= set(flags) and "fever" not in flags
    assert p.asks_side_effects and not p.asks_withdrawal


def test_every_sign_asked_is_one_the_diary_knows():
    for kind in watch.KINDS:
        p = watch.derive_periods([watch.Trigger(kind, D, "x")])[0]
        for pump in (False, True):
            flags, effects = watch.signs_to_ask(p, has_pump=pump)
            assert set(flags) <= set(RED_FLAGS) and set(effects) <= set(SIDE_EFFECTS)
            assert not set(flags) & set(effects)
            assert (RED_FLAGS["itching"].key in flags) == (pump and p.asks_withdrawal)


def test_the_checkin_comes_at_the_chosen_time_else_with_the_last_dose_else_at_eight():
    assert watch.checkin_time([time(8), time(21, 30), time(14)]) == time(21, 30)
    assert watch.checkin_time([time(8)], time(19, 15)) == time(19, 15)
    assert watch.checkin_time([]) == watch.DEFAULT_TIME == time(20)


days = st.integers(min_value=0, max_value=120)
kinds = st.sampled_from(watch.KINDS)


@given(st.lists(st.tuples(kinds, days), max_size=25), st.integers(min_value=1, max_value=28))
def test_merged_periods_never_overlap_and_cover_every_trigger(raw, change_days):
    triggers = [watch.Trigger(k, D + timedelta(days=n), "x") for k, n in raw]
    periods = watch.derive_periods(triggers, change_days=change_days)
    for a, b in zip(periods, periods[1:], strict=False):
        assert a.end <= b.start
    for t in triggers:
        p = watch.period_on(periods, t.day)
        assert p is not None and t in p.triggers
        length = change_days if t.kind in (watch.REDUCTION, watch.RISE) else watch.OTHER_DAYS
        assert p.end >= t.day + timedelta(days=length)
    assert sum(len(p.triggers) for p in periods) == len(triggers)


@given(st.lists(st.tuples(days, st.floats(min_value=0, max_value=200)), max_size=30))
def test_a_trigger_on_every_change_and_only_then(raw):
    by_day = dict(sorted((D + timedelta(days=n), round(mg, 1)) for n, mg in raw))
    daily = sorted(by_day.items())
    t = watch.dose_change_triggers(daily)
    changes = [b for a, b in zip(daily, daily[1:], strict=False) if a[1] != b[1]]
    assert [x.day for x in t] == [d for d, _ in changes]
    assert all((x.kind == watch.RISE) == (x.mg_after > x.mg_before) for x in t)


def test_a_rise_asks_every_emergency_sign_of_too_much():
    """Facts §3 T (overdose: drowsiness, slowed breathing, seizures, coma) and §4 (call the emergency number)."""
    rise = watch.derive_periods([watch.Trigger(watch.RISE, D, "up")])[0]
    flags, effects = watch.signs_to_ask(rise, has_pump=False)
    assert {"seizure", "hard_to_wake", "breathing", "confusion"} <= set(flags)
    assert flags[:3] == ("seizure", "hard_to_wake", "breathing")   # the emergency ones first
