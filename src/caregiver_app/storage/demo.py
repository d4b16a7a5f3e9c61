"""Writes demonstration data in one transaction."""
from __future__ import annotations

import json

from caregiver_app.domain.demo import DOSE_TIMES, DemoData
from caregiver_app.storage.timefmt import date_to_db, dt_to_db


class RefusedError(Exception):
    pass


DEMO_NAME = "Sam Example (demo)"


def write_demo(store, data: DemoData) -> int:
    """Add the demo person and history; refuses a store that holds real data or already a demo."""
    if store.has_real_data():
        raise RefusedError("This data folder already holds real data; the demo is only added to an empty store. "
                           "Use --data-dir with a new folder to try the demo.")
    if store.conn.execute("SELECT COUNT(*) FROM people WHERE is_demo = 1").fetchone()[0]:
        raise RefusedError("The demo person is already in this data folder.")
    now = store.now_db()
    started = f"{data.start.isoformat()}T00:00:00Z"  # the demo's schedule has been in use since its start
    with store.transaction() as conn:
        rid = conn.execute(
            "INSERT INTO people(name, date_of_birth, kidney_reduced, prescriber, emergency_contact, notes, is_demo,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,1,?,?)",
            (DEMO_NAME, "1968-04-12", 0, "Dr A. Example, Neurology clinic (demo) - 01234 567890",
             "Jo Example (partner) - 07700 900123", "Multiple sclerosis; uses a walking frame. Demonstration data.",
             now, now)).lastrowid
        mid = conn.execute(
            "INSERT INTO medicines(person_id, name, form, ingredient, strength_mg, instructions, prescriber,"
            " start_date, stock_on_hand, refill_threshold_days, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (rid, "Baclofen", "tablet", "baclofen", 10.0, "With or after food. Same times each day.",
             "Dr A. Example", date_to_db(data.start), 84, 10, now, now)).lastrowid
        spec = {"times": [[t.strftime("%H:%M"), 20.0] for t in DOSE_TIMES]}
        sid = conn.execute(
            "INSERT INTO schedules(medicine_id, kind, spec, tz, start_date, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (mid, "fixed", json.dumps(spec), data.tz_name, date_to_db(data.start), started, started)).lastrowid
        pid = conn.execute(
            "INSERT INTO plans(person_id, medicine_id, name, kind, source_note, active, created_at, updated_at)"
            " VALUES (?,?,?,?,?,1,?,?)",
            (rid, mid, "Starting baclofen", "titration",
             "As written by Dr A. Example at the clinic (demo): label titration, then hold at 20 mg three times a day.",
             now, now)).lastrowid
        for seq, step in enumerate(data.steps, start=1):
            doses = [[t.strftime("%H:%M"), step.dose_mg] for t in DOSE_TIMES]
            conn.execute("INSERT INTO plan_steps(plan_id, seq, start_date, days, doses) VALUES (?,?,?,?,?)",
                         (pid, seq, date_to_db(step.start), step.days, json.dumps(doses)))
        conn.executemany(
            "INSERT INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg, status, taken_at,"
            " recorded_at, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(rid, mid, sid, d.slot, dt_to_db(d.due_utc), d.dose_mg, d.status, dt_to_db(d.taken_utc),
              dt_to_db(d.taken_utc or d.due_utc), d.note) for d in data.doses])
        conn.executemany(
            "INSERT INTO diary_entries(person_id, entry_at, psfs_frequency, psfs_severity, spasticity, pain,"
            " sleep_hours, sleep_wakeups, side_effects, sedatives, stretching, notes, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(rid, dt_to_db(e.entry_utc), e.psfs_frequency, e.psfs_severity, e.spasticity, e.pain, e.sleep_hours,
              e.sleep_wakeups, json.dumps(list(e.side_effects)), int(e.sedatives), int(e.stretching), e.notes,
              dt_to_db(e.entry_utc), dt_to_db(e.entry_utc)) for e in data.diary])
    return int(rid)
