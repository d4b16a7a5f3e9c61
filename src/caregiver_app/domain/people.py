"""People cared for."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from caregiver_app.domain.text import Messages, Text
from caregiver_app.domain.validation import EARLIEST_DATE, FieldError, check_date, check_text

_ = Messages("domain.people")

NAME_MAX = 100
CONTACT_MAX = 500
NOTES_MAX = 10_000
CHECKIN_DAYS_MAX = 28   # the same as domain.watch.MAX_DAYS
#: (Text: the UI says it with ``localize``.)
CHECKIN_NOTE = Text(_.context, _.mark(
    "After a change of dose (a step of a taper or titration plan, a new daily total, a baclofen medicine stopped) the "
    "app asks a short check-in each day for this many days about the signs to look out for; after missed doses, "
    "running out, or a pump refill or pump date, for 3 days. How long is the app's choice, not medical advice: ask "
    "your doctor or nurse how long to watch."))


@dataclass(frozen=True)
class Person:
    name: str
    date_of_birth: date | None = None
    kidney_reduced: bool = False
    prescriber: str = ""
    emergency_contact: str = ""
    notes: str = ""
    id: int | None = None
    archived_at: datetime | None = None
    is_demo: bool = False
    #: Dose-change check-ins (domain/watch.py): days of daily check-ins after a change of dose (0: none), and the
    #: time of day they come (None: with the person's last dose of the day).
    checkin_days: int = 7
    checkin_time: time | None = None
    birth_year: int | None = None   # known alone (no full date); with a full date, its year

    @property
    def year_of_birth(self) -> int | None:
        """The year of birth: from the full date when there is one, else the year given alone."""
        return self.date_of_birth.year if self.date_of_birth is not None else self.birth_year

    @property
    def stored_id(self) -> int:
        """The id of a person read from the store (one not saved yet has none: ValueError)."""
        if self.id is None:
            raise ValueError(f"{self.name!r} has not been saved")
        return self.id

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    def with_changes(self, **changes: Any) -> Person:
        return replace(self, **changes)


def validate_person(r: Person, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    errors += check_text("name", r.name, label=_("Name"), max_len=NAME_MAX, required=True)
    errors += check_date("date_of_birth", r.date_of_birth, label=_("Date of birth"), today=today)
    if r.birth_year is not None and r.date_of_birth is None:
        if isinstance(r.birth_year, bool) or not isinstance(r.birth_year, int):
            errors.append(FieldError("date_of_birth", _("The year of birth must be a year, like 1950.")))
        elif not EARLIEST_DATE.year <= r.birth_year <= today.year:
            errors.append(FieldError("date_of_birth", _("The year of birth must be between {first} and {last}.",
                                                        first=EARLIEST_DATE.year, last=today.year)))
    if not isinstance(r.kidney_reduced, bool):  # a tick box: yes or no (a number from a file is not)
        errors.append(FieldError("kidney_reduced", _("Reduced kidney function is either ticked or not.")))
    errors += check_text("prescriber", r.prescriber, label=_("Prescriber or clinic"), max_len=CONTACT_MAX,
                         multiline=True)
    errors += check_text("emergency_contact", r.emergency_contact, label=_("Emergency contact"), max_len=CONTACT_MAX,
                         multiline=True)
    errors += check_text("notes", r.notes, label=_("Notes"), max_len=NOTES_MAX, multiline=True)
    if (not isinstance(r.checkin_days, int) or isinstance(r.checkin_days, bool)
            or not 0 <= r.checkin_days <= CHECKIN_DAYS_MAX):
        errors.append(FieldError("checkin_days", _("Check-in days must be a whole number from 0 (none) to "
                                                   "{most}.", most=CHECKIN_DAYS_MAX)))
    if r.checkin_time is not None and not isinstance(r.checkin_time, time):
        errors.append(FieldError("checkin_time", _("The check-in time must be a time of day, like 20:00.")))
    return errors


def age_on(born: date, day: date) -> int:
    """Whole years of age on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def oral_baclofen_age_note(born: date | None, today: date, takes_oral_baclofen: bool) -> Text | None:
    """Below age 12 the safety and effectiveness of baclofen by mouth are not established (facts sheet §1 [H]):
    said on the person's form and the summary, never as a dose. None when it does not apply or the age is not
    known."""
    if born is None or not takes_oral_baclofen or age_on(born, today) >= 12:
        return None
    return _("Under 12: the safety and effectiveness of baclofen by mouth below age 12 are not established (label). "
             "Talk to your doctor or nurse about the doses.")


#: (Text: the UI says it with ``localize``.)
KIDNEY_NOTE = Text(_.context, _.mark(
    "Reduced kidney function: baclofen leaves the body mainly through the kidneys, so the label advises "
    "caution and the dose may need to be lower. Ask the prescriber; this app never works out a kidney dose."
))
