"""The command line and the dose-change companion: ``today`` lists the check-in, ``checkin`` answers it, refused
while the app is open on the folder."""
from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from caregiver_app.cli.main import main
from caregiver_app.domain.plans import Plan, PlanStep
from caregiver_app.domain.schedules import TimeDose
from caregiver_app.services import Services
from caregiver_app.system.paths import resolve_paths
from helpers import add_baclofen

TODAY = date(2026, 11, 23)


@pytest.fixture
def folder(store, clock, data_dir):
    person, med, _ = add_baclofen(store)
    store.settings.set("reminders_checked_from", store.now_db())
    doses = tuple(TimeDose(time.fromisoformat(t), m) for t, m in (("08:00", 10), ("14:00", 10), ("20:00", 5)))
    Services(store, clock).plans.save(Plan(person_id=person.id, medicine_id=med.id, name="Taper", active=True,
                                           steps=(PlanStep(TODAY, 7, doses),)))
    clock._now = datetime(2026, 11, 23, 20, 5, tzinfo=UTC)
    return data_dir


def run(folder, clock, *args):
    return main(["--data-dir", str(folder), *args], clock=clock)


def test_today_lists_the_checkin_beside_the_doses(folder, clock, capsys):
    assert run(folder, clock, "today") == 0
    out = capsys.readouterr().out
    assert "20:00  check-in 1 of 7: Dose lowered to 25 mg a day on Mon 23 Nov (Baclofen) — due now" in out


def test_list_then_answer_none(folder, clock, capsys, store):
    assert run(folder, clock, "checkin", "--person", "Ann", "--list") == 0
    out = capsys.readouterr().out
    assert "--sign fever" in out and "(danger sign)" in out
    assert run(folder, clock, "checkin", "--person", "Ann", "--none", "--spasticity", "3") == 0
    assert "Check-in saved for Ann" in capsys.readouterr().out
    entry = store.diary.checkins(1, TODAY, TODAY)[TODAY]
    assert entry.spasticity == 3 and entry.red_flags == ()
    assert run(folder, clock, "checkin", "--person", "Ann", "--none") == 1
    assert "already been answered" in capsys.readouterr().err
    assert run(folder, clock, "today") == 0
    assert "— answered" in capsys.readouterr().out


def test_a_danger_sign_prints_what_to_do(folder, clock, capsys):
    assert run(folder, clock, "checkin", "--person", "Ann", "--sign", "fever", "--sign", "rigidity") == 0
    out = capsys.readouterr().out
    assert "CONTACT THE DOCTOR NOW" in out and "High fever" not in out.split("\n")[0]


@pytest.mark.parametrize("args, words", [
    (["--sign", "grapefruit"], "Not a sign this check-in asks about"),
    (["--none", "--spasticity", "11"], "Spasticity"),
    (["--none", "--note", "x" * 10_001], "Notes"),
])
def test_bad_input_is_refused_in_words_and_saves_nothing(folder, clock, capsys, store, args, words):
    assert run(folder, clock, "checkin", "--person", "Ann", *args) == 1
    assert words in capsys.readouterr().err
    assert store.diary.checkins(1, TODAY, TODAY) == {}


def test_refused_while_the_app_is_open_on_the_folder(folder, clock, capsys, store):
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(resolve_paths(folder).lock_path))
    assert lock.tryLock(100)
    try:
        assert run(folder, clock, "checkin", "--person", "Ann", "--none") == 1
        assert "is open on this data folder" in capsys.readouterr().err
    finally:
        lock.unlock()
    assert store.diary.checkins(1, TODAY, TODAY) == {}


def test_a_danger_sign_refused_while_the_app_is_open_still_says_what_to_do(folder, clock, capsys, store):
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(resolve_paths(folder).lock_path))
    assert lock.tryLock(100)
    try:
        assert run(folder, clock, "checkin", "--person", "Ann", "--sign", "fever") == 1
        out = capsys.readouterr()
        assert "CONTACT THE DOCTOR NOW" in out.out and "Emergency contact:" in out.out
        assert "is open on this data folder" in out.err
    finally:
        lock.unlock()


def test_no_checkin_today_says_so(tmp_path, clock, capsys, store, data_dir):
    add_baclofen(store)
    store.settings.set("reminders_checked_from", store.now_db())
    assert run(data_dir, clock, "checkin", "--person", "Ann", "--none") == 0
    assert "no check-in today" in capsys.readouterr().out


# -- issue 14: the exit codes and safe printing ------------------------------------------------------------------

def test_values_from_the_data_and_the_command_line_are_printed_safely(folder, clock, capsys, store):
    """A name or a sign with terminal escapes or bidi overrides is printed escaped, in the output and the errors."""
    unsafe = ("\x1b", "\u202e", "\u2028")
    with store.transaction() as conn:
        conn.execute("UPDATE people SET name = ? WHERE id = 1", ("Ann \u202eevil",))
    assert run(folder, clock, "checkin", "--person", "Ann", "--list") == 0
    out = capsys.readouterr().out
    assert "Ann \\u202eevil" in out and not any(c in out for c in unsafe)
    assert run(folder, clock, "checkin", "--person", "Ann", "--sign", "\x1b[2Jfever\u2028x") == 1
    err = capsys.readouterr().err
    assert "'\\x1b[2Jfever\\u2028x'" in err and not any(c in err for c in unsafe)
    assert run(folder, clock, "checkin", "--person", "\x1b[31mNobody", "--none") == 1
    err = capsys.readouterr().err
    assert "\\x1b[31mNobody" in err and not any(c in err for c in unsafe)
    assert run(folder, clock, "checkin", "--person", "Ann", "--none") == 0
    assert "Check-in saved for Ann \\u202eevil" in capsys.readouterr().out


def test_an_internal_error_exits_3_and_a_refusal_1(folder, clock, capsys, monkeypatch):
    from caregiver_app.cli.common import EXIT_INTERNAL, EXIT_USER
    from caregiver_app.services.checkins import CheckinService

    assert run(folder, clock, "checkin", "--person", "Ann", "--none", "--spasticity", "-1") == EXIT_USER

    def broken(self, *args, **kwargs):
        raise ZeroDivisionError("\x1b[2Jboom")

    monkeypatch.setattr(CheckinService, "answer", broken)
    assert run(folder, clock, "checkin", "--person", "Ann", "--none") == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "internal error (ZeroDivisionError: \\x1b[2Jboom)" in err and "\x1b" not in err


def test_a_damaged_record_is_left_out_and_named(folder, clock, capsys, store):
    """A check-in answer damaged in the data file: the check-in command reports it and works on the rest."""
    from caregiver_app.domain.diary import DiaryEntry

    store.diary.add(DiaryEntry(person_id=1, entry_at=clock.now_utc(), spasticity=2))   # an ordinary entry too
    assert run(folder, clock, "checkin", "--person", "Ann", "--none") == 0
    capsys.readouterr()
    with store.transaction() as conn:   # the answer's link to its check-in damaged
        conn.execute("UPDATE diary_entries SET checkin = 'reduction:2026-11-31' WHERE checkin IS NOT NULL")
    assert run(folder, clock, "checkin", "--person", "Ann", "--list") == 0
    captured = capsys.readouterr()
    assert "check-in 1 of 7" in captured.out and "answered" not in captured.out   # its answer is left out
    assert "damaged record" in captured.err and "diary_entries" in captured.err
