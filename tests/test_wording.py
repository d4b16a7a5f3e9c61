"""The app never speaks as a prescriber: no command voice anywhere a user reads (the information pages, every
message written in the code, the advice the domain builds), and "take it now" only ever under the missed-dose
condition ("if it was not taken")."""
from __future__ import annotations

import ast
import re
from datetime import UTC, datetime, timedelta

import pytest

from caregiver_app.domain.dosing import missed_dose_advice
from caregiver_app.domain.schedules import Occurrence
from helpers import LONDON, ROOT

COMMAND_VOICE = re.compile(
    r"\byou (should|must|need to|have to) (take|give|stop|increase|raise|lower|reduce|double|skip)\b"
    r"|\b(take|give) (an|one) (extra|more|another) (dose|tablet)\b"
    r"|\bdouble (the|your|a|up the) dose\b(?! ?(is|was|would))",
    re.IGNORECASE)
TAKE_IT_NOW = re.compile(r"take it now", re.IGNORECASE)
CONDITION = re.compile(r"\bif\b[^.]*\bnot taken\b", re.IGNORECASE)


def user_texts() -> list[tuple[str, str]]:
    """(where, text) of every information page's text and every string written in the code (docstrings too: a
    command there would soon be copied into a message)."""
    out = []
    for page in sorted((ROOT / "resources" / "info").glob("*.html")):
        out.append((page.name, re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))))
    for path in sorted((ROOT / "src" / "caregiver_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    return out


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]


NEGATED = re.compile(r"\b(never|not|no|n't|cannot)\b[\w ]{0,12}$", re.IGNORECASE)


def commands(text: str) -> list[str]:
    """The command-voice phrases of ``text`` that are not negated ("Never take an extra dose" is the rule)."""
    return [m.group(0) for m in COMMAND_VOICE.finditer(text)
            if not NEGATED.search(text[max(0, m.start() - 30):m.start()])]


def test_no_command_voice_anywhere_a_user_reads():
    bad = [f"{where}: {c!r}" for where, text in user_texts() for c in commands(text)]
    assert not bad, "command voice (the app never prescribes):\n" + "\n".join(bad)


def test_the_pages_say_take_it_now_only_under_the_missed_dose_condition():
    bad = []
    for where, text in user_texts():
        if not where.endswith(".html"):
            continue
        for s in sentences(text):
            if TAKE_IT_NOW.search(s) and not CONDITION.search(s):
                bad.append(f"{where}: {s}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name, baclofen", [("Baclofen", None), ("Bacloflen", True), ("", None)])
@pytest.mark.parametrize("hours_to_next", [None, 0.5, 1.9, 2.1, 6])
def test_missed_dose_advice_says_take_it_now_only_if_it_was_not_taken(name, baclofen, hours_to_next):
    due = datetime(2026, 11, 23, 8, tzinfo=LONDON)
    now = due.astimezone(UTC) + timedelta(hours=1)
    missed = Occurrence(due.astimezone(UTC), due, 10.0, "2026-11-23T08:00", 1)
    nxt = None
    if hours_to_next is not None:
        at = now + timedelta(hours=hours_to_next)
        nxt = Occurrence(at, at.astimezone(LONDON), 10.0, "next", 1)
    advice = missed_dose_advice(missed, nxt, now, medicine_name=name, baclofen=baclofen)
    assert not commands(advice.message)
    for s in sentences(advice.message):
        if TAKE_IT_NOW.search(s):
            assert CONDITION.search(s), s
    assert "Never take 2 doses at once" in advice.message and "doctor or nurse" in advice.message


def test_the_check_itself_catches_what_it_should():
    assert commands("You should take another tablet now.")
    assert commands("Give an extra dose at bedtime.")
    assert not commands("Never take 2 doses at once or an extra dose to make up for a missed one.")
    assert not commands("Never take an extra dose to make up for the one you missed.")
    assert TAKE_IT_NOW.search("Take it now.") and not CONDITION.search("Take it now.")
    assert CONDITION.search("If the 10 mg dose due at 08:00 was not taken: take it now, as soon as you remember.")
