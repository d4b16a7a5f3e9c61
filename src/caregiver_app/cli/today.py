"""``today``: the day's scheduled doses for everyone, or one person."""
from __future__ import annotations

import argparse
from typing import Any

from caregiver_app.cli.common import (
    UserError,
    open_store_for,
    paths_for,
    people_named,
    remember_first_check,
    report_damaged,
    say,
)
from caregiver_app.system.clock import Clock


def add_parser(sub: Any) -> None:
    today = sub.add_parser("today", help="print the day's doses: time, medicine, dose, state")
    today.add_argument("--date", metavar="YYYY-MM-DD", help="another day (default: today)")
    today.add_argument("--person", "--patient", dest="person", metavar="NAME",
                       help="only this person (default: everyone)")


def run(args: argparse.Namespace, clock: Clock) -> int:
    from datetime import date

    from caregiver_app.services import Services
    from caregiver_app.services.doses import prn_schedule, state_text

    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"--date must look like 2026-11-23, not {args.date!r}.") from None
        if day.year < 1900 or day.year > 2100:
            raise UserError(f"--date {args.date} is out of range (1900-2100).")
    store = open_store_for(args, clock)
    try:
        services = Services(store, clock)
        service = services.doses
        remember_first_check(store, paths_for(args), service)
        day = day or clock.today()
        people = people_named(store, args.person)
        if not people:
            print("Nobody is cared for in this data folder yet.")
            return 0
        zone = service.local_zone()
        for person in people:
            print(f"{say(person.name)} — {day:%A %d %B %Y}")
            slots = service.timeline(person.stored_id, day)
            if not slots:
                print("  no scheduled doses")
            for slot in slots:
                view = service.view(slot)
                local = slot.due_utc.astimezone(zone)
                print(f"  {local:%H:%M}  {say(view.medicine.name):<20} {view.dose_text:<24} {state_text(slot, zone)}")
            c = services.checkins.today(person.stored_id, day)
            if c is not None:  # the dose-change companion's check-in of the day
                state = ("answered" if c.answered else "due now" if c.due_utc <= clock.now_utc() else "later")
                print(f"  {c.local_time:%H:%M}  check-in {c.number} of {c.of}: {say(c.period.describe(), 300)} — "
                      f"{state}")
            for rec in service.prn_schedules(person.stored_id):
                med = store.medicines.get(rec.medicine_id)
                if med is not None:  # (a damaged medicine is left out with its schedules)
                    print(f"  as needed: {say(med.name)} {prn_schedule(rec).dose_mg:g} mg")
        report_damaged(store)
    finally:
        store.close()
    return 0
