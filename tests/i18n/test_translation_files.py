"""Issue 17: the translation files are complete and match the sources.

- the extractor (tools/translations.py) finds every ``_()`` call, and none of them is broken (an f-string, a
  call at import time, ``_`` reused as a variable);
- the .ts files hold every message of the sources and the .qm files are compiled from them (``make translations``);
- every Spanish message is finished (no "unfinished"), and has the same placeholders as its English source
  ({name}, %n, %1), the same HTML tags and a mnemonic where the English has one.
"""
from __future__ import annotations

import importlib.util
import re
import sys

import pytest

from helpers import ROOT

_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["translations_tool"] = tool
_spec.loader.exec_module(tool)

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%n|%L?\d")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def _placeholders(text: str) -> list[str]:
    return sorted(p for p in PLACEHOLDER.findall(text) if p not in ("{{", "}}"))


def test_every_call_in_the_sources_can_be_translated():
    messages, errors = tool.extract()
    assert not errors, "\n".join(errors)
    assert len(messages) > 50


def test_the_ts_and_qm_files_match_the_sources():
    problems = tool.check()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", sorted(tool.LANGUAGES))
def test_every_translation_is_finished_with_the_same_placeholders(lang):
    messages, _errors = tool.extract()
    entries = tool.read_ts(tool.ts_path(lang))
    unfinished = [f"{c}: {s!r}" for (c, s) in messages if not entries.get((c, s)) or not entries[(c, s)].finished
                  or not all(f.strip() for f in entries[(c, s)].forms)]
    assert not unfinished, f"{len(unfinished)} of {len(messages)} not translated:\n" + "\n".join(unfinished[:80])
    wrong = []
    for key, m in messages.items():
        forms = entries[key].forms
        sources = [m.singular, m.source] if m.singular is not None else [m.source]
        for i, form in enumerate(forms):
            english = sources[min(i, len(sources) - 1)]
            # a singular may say "1"/"un" instead of %n; the plural must keep it
            want = _placeholders(english)
            got = _placeholders(form)
            if m.singular is not None and i == 0:
                want, got = [p for p in want if p != "%n"], [p for p in got if p != "%n"]
            if want != got:
                wrong.append(f"{key[0]}: {english!r} has {want}, the translation {form!r} has {got}")
            if sorted(TAG.findall(english)) != sorted(TAG.findall(form)):
                wrong.append(f"{key[0]}: {english!r}: the HTML tags differ in {form!r}")
            mnemonic = re.compile(r"&[^&\s;]")
            if mnemonic.search(english.replace("&&", "")) and not mnemonic.search(form.replace("&&", "")) \
                    and not re.search(r"&[a-z]+;", english):
                wrong.append(f"{key[0]}: {english!r} has a keyboard letter (&), {form!r} has none")
    assert not wrong, "\n".join(wrong[:80])


NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
PRESCRIBER = re.compile(r"\b(debe|debería|deberá|tiene que) (usted )?(tomar|dar|aumentar|bajar|reducir|subir)", re.I)


@pytest.mark.parametrize("lang", sorted(tool.LANGUAGES))
def test_translations_keep_every_number_and_never_speak_as_a_prescriber(lang):
    """A dose, a time, a percentage or a limit written in a sentence ("80 mg", "2 hours") is the same number in
    the translation (H45); and the translation does not tell anyone to take more or less (H42)."""
    messages, _errors = tool.extract()
    entries = tool.read_ts(tool.ts_path(lang))
    wrong = []
    for key, m in messages.items():
        e = entries.get(key)
        if e is None or not e.finished:
            continue
        english = PLACEHOLDER.sub(" ", m.source)
        form = PLACEHOLDER.sub(" ", e.forms[-1])
        want = sorted(n.replace(",", ".") for n in NUMBER.findall(english))
        got = sorted(n.replace(",", ".") for n in NUMBER.findall(form))
        if want != got:
            wrong.append(f"{key[0]}: {m.source!r} has numbers {want}, {e.forms[-1]!r} has {got}")
        for f in e.forms:
            if PRESCRIBER.search(f):
                wrong.append(f"{key[0]}: {f!r} speaks as a prescriber")
    assert not wrong, "\n".join(wrong[:80])


def test_the_pseudo_locale_keeps_placeholders_markup_and_keys():
    p = tool.pseudo
    assert p("Doses for {name}").startswith("⟦") and "{name}" in p("Doses for {name}")
    assert "%n" in p("%n doses") and "&S" in p("&Save") and p("&Save").count("&") == 1
    assert "<b>" in p("<b>Now</b> later") and "&nbsp;" in p("a&nbsp;b")
    assert len(p("Take the dose now")) >= 1.3 * len("Take the dose now")
    assert p("   ") == "   "


def test_a_broken_call_is_reported(tmp_path):
    src = tmp_path / "src" / "caregiver_app" / "ui"
    src.mkdir(parents=True)
    (src / "bad.py").write_text(
        'from caregiver_app.system.i18n import Tr\n_ = Tr("ui.bad")\nTITLE = _("At import")\n'
        'def f(name):\n    for _ in range(2):\n        pass\n    return _(f"Hi {name}")\n', encoding="utf-8")
    _messages, errors = tool.extract(tmp_path / "src" / "caregiver_app")
    text = "\n".join(errors)
    assert "import time" in text and "string literal" in text and "use another name" in text
