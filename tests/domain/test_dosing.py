"""Missed doses and dose-safety checks."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.domain import dosing
from caregiver_app.domain.dosing import (
    BACLOFEN_LABEL_MAX_MG_PER_DAY,
    DoseWarning,
    MissedAdviceCode,
    check_daily_maximum,
    check_double_dose,
    check_new_dose,
    check_planned_daily_max,
    check_prn_dose,
    daily_totals,
    find_missed,
    is_baclofen,
    missed_dose_advice,
    planned_daily_totals,
)
from caregiver_app.domain.plans import PlanStep, plan_dose_for
from caregiver_app.domain.schedules import (
    FixedSchedule,
    IntervalSchedule,
    PrnSchedule,
    TimeDose,
    WeekdaySchedule,
    next_occurrence,
    occurrences,
    occurrences_for_local_day,
    parse_time,
)

UTC = UTC
LONDON, NY, SYDNEY = "Europe/London", "America/New_York", "Australia/Sydney"
TALK = "talk to your doctor or nurse"
PROPS = settings(max_examples=150, deadline=None)


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def tds(*pairs):
    return tuple(TimeDose(parse_time(t), mg) for t, mg in pairs)


THREE_A_DAY = FixedSchedule(times=tds(("08:00", 10), ("14:00", 10), ("20:00", 10)), tz="UTC",
                            start_date=date(2026, 1, 1), schedule_id=1)


def day_occs(day=date(2026, 5, 4), sched=THREE_A_DAY):
    return occurrences_for_local_day(sched, day)


# --------------------------------------------------------------------------------------- is_baclofen

@pytest.mark.parametrize("name", ["Baclofen", "baclofen 10 mg tablets", "BACLOFEN", "Lioresal", "Ozobax DS",
                                  "Fleqsuvy", "LYVISPAH granules", "Gablofen intrathecal", "Lioresal Intrathecal"])
def test_is_baclofen(name):
    assert is_baclofen(name)


@pytest.mark.parametrize("name", ["Paracetamol", "Tizanidine", "Diazepam", "", None, "Bacl ofen"])
def test_is_not_baclofen(name):
    assert not is_baclofen(name)


def test_label_maximum_constant():
    assert BACLOFEN_LABEL_MAX_MG_PER_DAY == 80


# ------------------------------------------------------------------------------------- find_missed

def test_find_missed_basic():
    occs = day_occs()
    now = utc(2026, 5, 4, 15, 0)
    missed = find_missed(occs, set(), utc(2026, 5, 4), now, grace=timedelta(minutes=30))
    assert [o.slot for o in missed] == ["2026-05-04T08:00", "2026-05-04T14:00"]


def test_logged_dose_is_never_reported():
    occs = day_occs()
    now = utc(2026, 5, 5)
    assert [o.slot for o in find_missed(occs, {"2026-05-04T08:00"}, utc(2026, 5, 4), now)] == [
        "2026-05-04T14:00", "2026-05-04T20:00"]
    assert [o.slot for o in find_missed(occs, {(1, "2026-05-04T14:00")}, utc(2026, 5, 4), now)] == [
        "2026-05-04T08:00", "2026-05-04T20:00"]
    # A pair for another schedule does not count.
    assert len(find_missed(occs, {(2, "2026-05-04T14:00")}, utc(2026, 5, 4), now)) == 3
    assert find_missed(occs, {o.slot for o in occs}, utc(2026, 5, 4), now) == []


def test_nothing_in_grace_window_or_future():
    occs = day_occs()
    # 14:00 dose: 20 minutes ago, inside a 30-minute grace; 20:00 in the future.
    missed = find_missed(occs, set(), utc(2026, 5, 4), utc(2026, 5, 4, 14, 20), grace=timedelta(minutes=30))
    assert [o.slot for o in missed] == ["2026-05-04T08:00"]
    # Exactly at the grace edge it is missed (half-open [since, now - grace)).
    missed = find_missed(occs, set(), utc(2026, 5, 4), utc(2026, 5, 4, 14, 30, 0, 1), grace=timedelta(minutes=30))
    assert [o.slot for o in missed] == ["2026-05-04T08:00", "2026-05-04T14:00"]
    missed = find_missed(occs, set(), utc(2026, 5, 4), utc(2026, 5, 4, 14, 30), grace=timedelta(minutes=30))
    assert [o.slot for o in missed] == ["2026-05-04T08:00"]


def test_since_limits_how_far_back():
    occs = day_occs() + day_occs(date(2026, 5, 5))
    missed = find_missed(occs, set(), utc(2026, 5, 4, 20, 0), utc(2026, 5, 5, 9, 0))
    assert [o.slot for o in missed] == ["2026-05-04T20:00", "2026-05-05T08:00"]


def test_find_missed_after_a_clock_jump_sorts_and_dedupes():
    occs = day_occs(date(2026, 5, 6)) + day_occs() + day_occs()      # unsorted and repeated input
    missed = find_missed(occs, set(), utc(2026, 5, 1), utc(2026, 5, 6, 9))
    assert [o.slot for o in missed] == ["2026-05-04T08:00", "2026-05-04T14:00", "2026-05-04T20:00",
                                        "2026-05-06T08:00"]


def test_find_missed_refuses_naive_and_negative_grace():
    with pytest.raises(ValueError):
        find_missed([], set(), datetime(2026, 1, 1), utc(2026, 1, 2))
    with pytest.raises(ValueError):
        find_missed([], set(), utc(2026, 1, 1), utc(2026, 1, 2), grace=timedelta(minutes=-1))


@PROPS
@given(logged_mask=st.lists(st.booleans(), min_size=9, max_size=9), since_h=st.integers(-30, 80),
       now_h=st.integers(-10, 100), grace_min=st.integers(0, 240))
def test_property_find_missed(logged_mask, since_h, now_h, grace_min):
    occs = [o for d in (4, 5, 6) for o in day_occs(date(2026, 5, d))]
    logged = {o.slot for o, m in zip(occs, logged_mask, strict=False) if m}
    base = utc(2026, 5, 4)
    since, now, grace = base + timedelta(hours=since_h), base + timedelta(hours=now_h), timedelta(minutes=grace_min)
    missed = find_missed(occs, logged, since, now, grace)
    expected = [o for o in occs if o.slot not in logged and since <= o.due_utc < now - grace]
    assert missed == expected
    assert all(o.due_utc < now for o in missed)        # nothing in the future
    assert all(o.slot not in logged for o in missed)   # a logged dose is never reported


# --------------------------------------------------------------------------------- missed advice

def test_advice_take_now_when_next_is_far():
    a, b, _ = day_occs()
    adv = missed_dose_advice(a, b, utc(2026, 5, 4, 9, 0))      # next in 5 hours
    assert adv.code is MissedAdviceCode.TAKE_NOW
    assert "as soon as you remember" in adv.message
    assert "Never take 2 doses at once" in adv.message
    assert adv.message.endswith(TALK + ".")


def test_advice_skip_when_next_is_less_than_two_hours_away():
    a, b, _ = day_occs()
    adv = missed_dose_advice(a, b, utc(2026, 5, 4, 12, 30))    # next at 14:00, 1.5 h away
    assert adv.code is MissedAdviceCode.SKIP
    assert "leave the missed dose out" in adv.message
    assert "usual time" in adv.message
    assert "less than 2 hours" in adv.message
    assert adv.message.endswith(TALK + ".")


def test_advice_boundaries():
    a, b, _ = day_occs()
    # Exactly 2 hours away is not "less than 2 hours": take it now.
    assert missed_dose_advice(a, b, utc(2026, 5, 4, 12, 0)).code is MissedAdviceCode.TAKE_NOW
    assert missed_dose_advice(a, b, utc(2026, 5, 4, 12, 0, 1)).code is MissedAdviceCode.SKIP
    # The next dose already due or past: leave the missed one out.
    adv = missed_dose_advice(a, b, utc(2026, 5, 4, 14, 40))
    assert adv.code is MissedAdviceCode.SKIP and "already due" in adv.message
    # No next dose (schedule ended): take it now.
    assert missed_dose_advice(b, None, utc(2026, 5, 4, 15)).code is MissedAdviceCode.TAKE_NOW
    with pytest.raises(ValueError):
        missed_dose_advice(b, a, utc(2026, 5, 4, 15))


def test_advice_for_baclofen_mentions_withdrawal_signs_from_the_sheet():
    a, b, _ = day_occs()
    adv = missed_dose_advice(a, b, utc(2026, 5, 4, 9), medicine_name="Baclofen")
    assert "Baclofen" in adv.message and "high fever" in adv.message
    adv = missed_dose_advice(a, b, utc(2026, 5, 4, 9), medicine_name="Paracetamol")
    assert "fever" not in adv.message


def test_advice_names_the_day_when_not_today():
    a, b, _ = day_occs()
    adv = missed_dose_advice(a, b, utc(2026, 5, 5, 9))
    assert "08:00 on Mon 4 May" in adv.message


@PROPS
@given(next_in_min=st.integers(-600, 1440), name=st.sampled_from(["Baclofen", "Ozobax", "Other", ""]),
       interval_h=st.integers(1, 24))
def test_property_advice_never_doubles(next_in_min, name, interval_h):
    s = IntervalSchedule(every_minutes=interval_h * 60, first_time=time(6), dose_mg=10, tz=LONDON,
                         start_date=date(2026, 3, 27))
    missed = occurrences(s, utc(2026, 3, 27), utc(2026, 4, 2))[0]
    nxt = next_occurrence(s, missed.due_utc)
    now = nxt.due_utc - timedelta(minutes=next_in_min)
    if now <= missed.due_utc:
        now = missed.due_utc + timedelta(minutes=1)
    adv = missed_dose_advice(missed, nxt, now, medicine_name=name)
    low = adv.message.lower()
    assert "double" not in low and "twice" not in low and "2 doses at once" in low
    assert TALK in adv.message
    expected = MissedAdviceCode.SKIP if nxt.due_utc - now < timedelta(hours=2) else MissedAdviceCode.TAKE_NOW
    if name == "Other":  # the NHS rule in the facts sheet is baclofen's: other medicines point to their leaflet
        expected = MissedAdviceCode.CHECK_LEAFLET
    assert adv.code is expected
    assert set(MissedAdviceCode) == {MissedAdviceCode.TAKE_NOW, MissedAdviceCode.SKIP, MissedAdviceCode.CHECK_LEAFLET}


# ------------------------------------------------------------------------------------- double dose

def test_double_dose_within_window():
    taken = [(utc(2026, 5, 4, 8, 5), 10.0)]
    w = check_double_dose(utc(2026, 5, 4, 8, 45), taken, medicine_name="Baclofen", tz=LONDON)
    assert [x.code for x in w] == [dosing.WARN_DOUBLE_DOSE]
    assert "09:05" in w[0].message and "40 minutes before" in w[0].message
    assert TALK in w[0].message and "Never take 2 doses at once" in w[0].message
    # The window is the NHS's 2 hours (it was 60 minutes: a second dose 90 minutes later passed without a word).
    assert check_double_dose(utc(2026, 5, 4, 9, 35), taken) != []            # 90 minutes later: asked
    assert check_double_dose(utc(2026, 5, 4, 10, 5), taken) == []            # exactly 2 hours: not "within"
    assert check_double_dose(utc(2026, 5, 4, 10, 4), taken) != []
    # A back-dated entry just before an existing one is caught too.
    w = check_double_dose(utc(2026, 5, 4, 7, 50), taken)
    assert w and "after this one" in w[0].message
    # The window is a parameter; plain datetimes are accepted.
    assert check_double_dose(utc(2026, 5, 4, 8, 45), [utc(2026, 5, 4, 8, 5)], window=timedelta(minutes=30)) == []
    assert check_double_dose(utc(2026, 5, 4, 8, 45), []) == []


# ---------------------------------------------------------------------------------------------- PRN

PRN = PrnSchedule(dose_mg=5, min_interval_minutes=240, max_doses_per_day=3, max_mg_per_day=12, tz=LONDON,
                  start_date=date(2026, 1, 1), end_date=date(2026, 12, 31), schedule_id=9)


def codes(ws):
    return [w.code for w in ws]


def test_prn_first_dose_is_fine():
    assert check_prn_dose(PRN, utc(2026, 6, 1, 9), []) == []


def test_prn_too_soon():
    taken = [(utc(2026, 6, 1, 8), 5.0)]
    ws = check_prn_dose(PRN, utc(2026, 6, 1, 10), taken, medicine_name="Baclofen")
    assert codes(ws) == [dosing.WARN_PRN_TOO_SOON]
    assert "2 hours after" in ws[0].message and "at least 4 hours" in ws[0].message
    assert "13:00" in ws[0].message      # 08:00Z + 4 h is 13:00 BST
    assert TALK in ws[0].message
    assert check_prn_dose(PRN, utc(2026, 6, 1, 12), taken) == []     # exactly the minimum interval


def test_prn_daily_count_and_mg_caps():
    taken = [(utc(2026, 6, 1, 5), 5.0), (utc(2026, 6, 1, 10), 5.0)]
    ws = check_prn_dose(PRN, utc(2026, 6, 1, 15), taken)
    assert codes(ws) == [dosing.WARN_PRN_MAX_MG]                      # 15 mg > 12 mg
    assert "15 mg" in ws[0].message and "12 mg" in ws[0].message
    taken.append((utc(2026, 6, 1, 15), 1.0))
    ws = check_prn_dose(PRN, utc(2026, 6, 1, 20), taken, dose_mg=1)
    assert codes(ws) == [dosing.WARN_PRN_MAX_DOSES]
    assert "dose number 4" in ws[0].message and "at most 3 a day" in ws[0].message


def test_prn_day_is_the_local_calendar_day():
    # 23:30Z on 31 May is 00:30 BST on 1 June: it counts for 1 June.
    taken = [(utc(2026, 5, 31, 23, 30), 5.0), (utc(2026, 6, 1, 5), 5.0)]
    assert codes(check_prn_dose(PRN, utc(2026, 6, 1, 22, 30), taken)) == [dosing.WARN_PRN_MAX_MG]
    # 23:30 BST on 1 June (22:30Z) is the same day; 23:30Z on 1 June is 2 June.
    assert check_prn_dose(PRN, utc(2026, 6, 1, 23, 30), taken, dose_mg=1) == []


def test_prn_without_mg_cap_and_outside_dates():
    p = PrnSchedule(dose_mg=10, min_interval_minutes=60, max_doses_per_day=5, tz="UTC",
                    start_date=date(2026, 1, 1), end_date=date(2026, 1, 31))
    assert check_prn_dose(p, utc(2026, 1, 5, 12), [(utc(2026, 1, 5, 6), 10.0)] * 3) == []
    assert codes(check_prn_dose(p, utc(2026, 2, 1, 12), [])) == [dosing.WARN_PRN_NOT_ACTIVE]
    assert p.daily_mg_limit == 50 and PRN.daily_mg_limit == 12


# ------------------------------------------------------------------------------------- daily totals

def test_daily_totals_use_the_time_zone():
    taken = [(utc(2026, 6, 1, 13, 0), 20.0), (utc(2026, 6, 1, 23, 30), 20.0), (utc(2026, 6, 2, 1), 10.0)]
    assert daily_totals(taken, "UTC") == {date(2026, 6, 1): 40.0, date(2026, 6, 2): 10.0}
    assert daily_totals(taken, SYDNEY) == {date(2026, 6, 1): 20.0, date(2026, 6, 2): 30.0}
    assert daily_totals(taken, NY) == {date(2026, 6, 1): 50.0}
    assert daily_totals([], LONDON) == {}


def test_daily_maximum_baclofen():
    day = [(utc(2026, 6, 1, h), 20.0) for h in (7, 11, 15)]
    assert check_daily_maximum("Baclofen", day, LONDON, new_dose=(utc(2026, 6, 1, 19), 20.0)) == []   # 80 mg
    ws = check_daily_maximum("Baclofen", day, LONDON, new_dose=(utc(2026, 6, 1, 19), 25.0))
    assert codes(ws) == [dosing.WARN_OVER_LABEL_MAX]
    assert "85 mg" in ws[0].message and "80 mg a day" in ws[0].message and TALK in ws[0].message
    assert "label" in ws[0].message.lower()
    # Rounding: eight 10 mg doses or 0.1 mg steps adding to 80 are not "over".
    tenths = [(utc(2026, 6, 1, 1) + timedelta(minutes=i), 0.1) for i in range(800)]
    assert check_daily_maximum("baclofen", tenths, LONDON) == []
    # Other medicines and intrathecal (mcg) doses are not checked.
    assert check_daily_maximum("Paracetamol", day, LONDON, new_dose=(utc(2026, 6, 1, 19), 500.0)) == []
    assert check_daily_maximum("Gablofen", day, LONDON, new_dose=(utc(2026, 6, 1, 19), 500.0),
                               intrathecal=True) == []
    assert codes(check_daily_maximum("Lyvispah", day, LONDON, new_dose=(utc(2026, 6, 1, 19), 25.0))) == [
        dosing.WARN_OVER_LABEL_MAX]


def test_daily_maximum_without_new_dose_reports_each_day_over():
    taken = [(utc(2026, 6, d, h), 30.0) for d in (1, 2) for h in (8, 12, 16)] + [(utc(2026, 6, 3, 8), 30.0)]
    ws = check_daily_maximum("Baclofen", taken, "UTC")
    assert len(ws) == 2 and "Mon 1 Jun" in ws[0].message and "Tue 2 Jun" in ws[1].message


def test_daily_maximum_day_boundary_in_sydney():
    # 50 mg late on 1 June UTC is 2 June in Sydney, where 40 mg were already taken: 90 mg that day.
    taken = [(utc(2026, 6, 1, 22), 40.0)]        # 08:00 AEST on 2 June
    ws = check_daily_maximum("Baclofen", taken, SYDNEY, new_dose=(utc(2026, 6, 2, 4), 50.0))
    assert ws
    assert check_daily_maximum("Baclofen", taken, "UTC", new_dose=(utc(2026, 6, 2, 4), 50.0)) == []


# ------------------------------------------------------------------------------------ planned maximum

def test_planned_daily_max_label_titration_top_is_fine():
    s = FixedSchedule(times=tds(("07:00", 20), ("12:00", 20), ("17:00", 20), ("22:00", 20)), tz=LONDON,
                      start_date=date(2026, 3, 25))
    assert check_planned_daily_max("Baclofen", s) == []
    totals = planned_daily_totals(s, date(2026, 3, 28), date(2026, 3, 30))   # over the spring-forward day
    assert totals == {date(2026, 3, 28): 80, date(2026, 3, 29): 80, date(2026, 3, 30): 80}


def test_planned_daily_max_over():
    s = FixedSchedule(times=tds(("08:00", 30), ("14:00", 30), ("20:00", 30)), tz=NY, start_date=date(2026, 1, 1))
    ws = check_planned_daily_max("Baclofen", s)
    assert codes(ws) == [dosing.WARN_PLAN_OVER_LABEL_MAX]
    assert "90 mg" in ws[0].message and "80 mg a day" in ws[0].message and TALK in ws[0].message
    assert check_planned_daily_max("Tizanidine", s) == []
    assert check_planned_daily_max("Gablofen", s, intrathecal=True) == []


def test_planned_daily_max_adds_schedules_and_prn_limit():
    fixed = FixedSchedule(times=tds(("08:00", 20), ("14:00", 20), ("20:00", 20)), tz=LONDON,
                          start_date=date(2026, 1, 1))
    prn = PrnSchedule(dose_mg=10, min_interval_minutes=240, max_doses_per_day=3, tz=LONDON,
                      start_date=date(2026, 1, 1))
    ws = check_planned_daily_max("Baclofen", [fixed, prn])
    assert ws and "as-needed" in ws[0].message and "90 mg" in ws[0].message
    assert check_planned_daily_max("Baclofen", [fixed, prn], include_prn=False) == []


def test_planned_daily_max_weekdays_and_plan_steps():
    w = WeekdaySchedule(weekdays=(5,), times=tds(("08:00", 50), ("20:00", 40)), tz=SYDNEY,
                        start_date=date(2026, 1, 1))
    ws = check_planned_daily_max("Baclofen", w, date(2026, 1, 1), date(2026, 1, 31))
    assert ws and "on 5 days" in ws[0].message            # five Saturdays in January 2026
    s = FixedSchedule(times=tds(("08:00", 20), ("14:00", 20), ("20:00", 20)), tz=LONDON, start_date=date(2026, 1, 1))
    step = PlanStep(date(2026, 2, 1), 3, tds(("08:00", 30), ("14:00", 30), ("20:00", 30)))
    assert check_planned_daily_max("Baclofen", s, date(2026, 1, 25), date(2026, 2, 10)) == []
    # The step's 3 days (its doses would carry on after it: the window ends with it).
    ws = check_planned_daily_max("Baclofen", s, date(2026, 1, 25), date(2026, 2, 3), dose_for=plan_dose_for([step]))
    assert ws and "on 3 days" in ws[0].message


def test_planned_interval_schedule_counts_local_days():
    s = IntervalSchedule(every_minutes=360, first_time=time(0), dose_mg=25, tz=NY, start_date=date(2026, 11, 1))
    totals = planned_daily_totals(s, date(2026, 11, 1), date(2026, 11, 2))
    assert totals[date(2026, 11, 1)] == 125      # the 25-hour day: 00, 05, 11, 17, 23 local -> five doses
    assert check_planned_daily_max("Baclofen", s)


# ------------------------------------------------------------------------------------- all together

def test_check_new_dose_combines():
    taken = [(utc(2026, 6, 1, 7), 20.0), (utc(2026, 6, 1, 11), 20.0), (utc(2026, 6, 1, 15), 20.0)]
    ws = check_new_dose("Baclofen", utc(2026, 6, 1, 15, 30), 25.0, taken, LONDON)
    assert codes(ws) == [dosing.WARN_DOUBLE_DOSE, dosing.WARN_OVER_LABEL_MAX]
    assert check_new_dose("Baclofen", utc(2026, 6, 1, 19), 20.0, taken, LONDON) == []
    prn = PrnSchedule(dose_mg=5, min_interval_minutes=30, max_doses_per_day=6, tz=LONDON, start_date=date(2026, 1, 1))
    # For an as-needed dose its own minimum interval applies instead of the double-dose window.
    assert check_new_dose("Baclofen", utc(2026, 6, 1, 15, 45), 5.0, taken[:2] + [(utc(2026, 6, 1, 15), 5.0)],
                          LONDON, prn=prn) == []
    ws = check_new_dose("Baclofen", utc(2026, 6, 1, 15, 10), 5.0, [(utc(2026, 6, 1, 15), 5.0)], LONDON, prn=prn)
    assert codes(ws) == [dosing.WARN_PRN_TOO_SOON]


def test_all_messages_point_to_doctor_or_nurse_and_never_say_double():
    taken = [(utc(2026, 6, 1, h), 30.0) for h in (7, 9, 11)]
    prn = PrnSchedule(dose_mg=30, min_interval_minutes=240, max_doses_per_day=2, max_mg_per_day=40, tz=LONDON,
                      start_date=date(2027, 1, 1))
    warnings: list[DoseWarning] = []
    warnings += check_new_dose("Baclofen", utc(2026, 6, 1, 11, 10), 30.0, taken, LONDON)
    warnings += check_prn_dose(prn, utc(2026, 6, 1, 11, 10), taken)
    warnings += check_planned_daily_max("Ozobax", FixedSchedule(times=tds(("08:00", 90)), tz=LONDON,
                                                                start_date=date(2026, 1, 1)))
    assert len({w.code for w in warnings}) == 7
    for w in warnings:
        assert TALK in w.message
        assert "double" not in w.message.lower()
