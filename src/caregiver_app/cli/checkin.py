"""``checkin``: answer today's dose-change check-in from the command line ("none of these", or the signs seen).

Refused while the app is open on the data folder (its check-in window may be answering it); the database keeps
one answer a person a day in any case."""
from __future__ import annotations

import argparse
from typing import Any

from caregiver_app.cli.common import UserError, app_not_running, open_existing_store, people_named, report_damaged, say
from caregiver_app.system.clock import Clock


def add_parser(sub: Any) -> None:
    p = sub.add_parser("checkin", help="answer today's dose-change check-in (after a dose change, missed doses, a "
                                       "pump event)")
    p.add_argument("--person", "--patient", dest="person", metavar="NAME", required=True,
                   help="whose check-in (their name)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--none", action="store_true", help="none of the signs asked about")
    what.add_argument("--sign", action="append", metavar="SIGN",
                      help="a sign seen (repeat for more); `checkin --person NAME --list` shows them")
    what.add_argument("--list", action="store_true", help="show today's check-in and the signs it asks about")
    p.add_argument("--spasticity", type=int, metavar="0-10", help="spasticity today, 0 none to 10 worst possible")
    p.add_argument("--note", default="", help="a note")


def run(args: argparse.Namespace, clock: Clock) -> int:
    from caregiver_app.domain.diary import RED_FLAGS, SIDE_EFFECTS
    from caregiver_app.domain.validation import ValidationFailed
    from caregiver_app.services import Services

    paths, store = open_existing_store(args, clock)
    lock = None
    try:
        people = people_named(store, args.person)
        if len(people) != 1:
            raise UserError(f"No one person is called '{say(args.person, 60)}': give the name as on the People "
                            "list.")
        person = people[0]
        services = Services(store, clock)
        c = services.checkins.today(person.stored_id)
        if c is None:
            print(f"{say(person.name)}: no check-in today (no dose change, missed doses or pump event to watch).")
            report_damaged(store)
            return 0
        labels = {k: RED_FLAGS[k].label for k in c.flags} | {k: SIDE_EFFECTS[k] for k in c.side_effects}
        if args.list:
            print(f"{say(person.name)}: {say(c.line(clock.today()), 300)}" + (" — answered." if c.answered else ""))
            for k, label in labels.items():
                print(f"  --sign {k:<16} {label}{'  (danger sign)' if k in c.flags else ''}")
            report_damaged(store)
            return 0
        if c.answered:
            raise UserError(f"{say(person.name)}'s check-in of today has already been answered. Nothing was "
                            "changed.")
        signs = list(dict.fromkeys(args.sign or []))
        unknown = [s for s in signs if s not in labels]
        if unknown:
            named = ", ".join(f"'{say(s, 40)}'" for s in unknown)
            raise UserError(f"Not a sign this check-in asks about: {named}. It asks about: {', '.join(labels)}.")
        flags = [s for s in signs if s in c.flags]
        guidance = services.diary.guidance(person.stored_id, flags, c.day) if flags else None
        if guidance is not None:
            # What to do comes first, before anything can refuse the answer (the app being open, say).
            _print_guidance(guidance, person)
        lock = app_not_running(paths)
        try:
            services.checkins.answer(c, flags=flags, side_effects=[s for s in signs if s in c.side_effects],
                                     spasticity=args.spasticity, notes=args.note)
        except ValidationFailed as exc:
            raise UserError(say(" ".join(e.message for e in exc.errors), 600)) from None
        print(f"Check-in saved for {say(person.name)} ({say(c.line(clock.today()), 300)}).")
        report_damaged(store)
        return 0
    finally:
        if lock is not None:
            lock.unlock()
        store.close()


def _print_guidance(guidance: Any, person: Any) -> None:
    print(guidance.heading.upper())
    for line in guidance.lines:
        print(f"  - {line}")
    def one_line(text: str) -> str:   # (from the person's form: several lines said on one, quoted safely)
        return say("; ".join(line.strip() for line in text.splitlines() if line.strip()), 300) or "none recorded"

    print(f"  Emergency contact: {one_line(person.emergency_contact)}")
    print(f"  Doctor / prescriber: {one_line(person.prescriber)}")
    print()
