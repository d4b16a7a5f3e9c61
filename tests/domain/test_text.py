"""The domain's messages (domain/text.py): English as before, said in another language by the edge's translator.

No Qt here: a fake translator (a dict of English sources to translations) stands for Qt's, as the edge passes its
own to ``Text.render``. The Spanish .ts file is read as such a dict too, to check that whole domain messages come
out in Spanish, their parts included."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, time, timedelta

import pytest

from caregiver_app.domain import answers, diary, dosing, entry_checks, validation, watch
from caregiver_app.domain.schedules import Occurrence
from caregiver_app.domain.text import Messages, Text, Value, joined, render, value
from helpers import LONDON, ROOT

_ = Messages("tests.text")


def translator(table: dict[str, object]):
    """A translate function (context, source, n) like the edge's: ``table`` maps an English source to its
    translation, or to (singular, plural) for a count; no entry: the English source, %n put in."""
    def translate(context: str, source: str, n: int | None) -> str:
        said = table.get(source)
        if said is None:
            text = source
        elif isinstance(said, tuple):
            text = said[0] if n == 1 else said[1]
        else:
            text = str(said)
        return text.replace("%n", str(n)) if n is not None else text
    return translate


def fmt(v: Value) -> str:
    """The edge's formatting of a value, made visible: a decimal point as a comma, a date in Spanish."""
    if v.kind == "decimal":
        return str(v).replace(".", ",")
    if v.kind == "date" and isinstance(v.value, date):
        return f"día {v.value.day}"
    return str(v)


def english(t: object) -> str:
    return render(t, translator({}), str)


def test_a_text_is_its_english_and_renders_unchanged_without_a_translation():
    t = _("Doses for {name} at {time}", name="Ann", time=value(time(8, 5), "time", "08:05"))
    assert isinstance(t, str) and isinstance(t, Text)
    assert t == "Doses for Ann at 08:05"
    assert str(t) == "Doses for Ann at 08:05"
    assert english(t) == "Doses for Ann at 08:05"
    assert (t.context, t.source, t.params["name"]) == ("tests.text", "Doses for {name} at {time}", "Ann")


def test_a_fake_translator_says_a_message_in_another_language_with_its_values_put_back():
    t = _("Doses for {name}", name="Ann")
    assert render(t, translator({"Doses for {name}": "Dosis de {name}"}), fmt) == "Dosis de Ann"
    # a translator may reorder the values
    t = _("{first} and {second}", first="A", second="B")
    assert render(t, translator({"{first} and {second}": "{second} y {first}"}), fmt) == "B y A"


def test_texts_and_values_inside_a_text_are_translated_and_formatted_in_turn():
    inner = _("talk to your doctor or nurse")
    amount = value(2.5, "decimal", "2.5")
    t = _("Take {amount} mL; if unsure, {talk}.", amount=amount, talk=inner)
    assert t == "Take 2.5 mL; if unsure, talk to your doctor or nurse."
    table = {"talk to your doctor or nurse": "hable con su médico o enfermera",
             "Take {amount} mL; if unsure, {talk}.": "{amount} mL; si tiene dudas, {talk}."}
    assert render(t, translator(table), fmt) == "2,5 mL; si tiene dudas, hable con su médico o enfermera."
    day = value(date(2026, 12, 1), "date", "Tue 1 Dec")
    assert render(_("on {day}", day=day), translator({"on {day}": "el {day}"}), fmt) == "el día 1"


@pytest.mark.parametrize("n, said_en, said_es", [(1, "1 dose left", "queda 1 dosis"),
                                                 (3, "3 doses left", "quedan 3 dosis"),
                                                 (0, "0 doses left", "quedan 0 dosis")])
def test_a_count_says_the_singular_or_the_plural(n, said_en, said_es):
    t = _.n("%n dose left", "%n doses left", n)
    assert t == said_en
    assert english(t) == said_en  # no translation: English's own singular for 1
    table = {"%n doses left": ("queda %n dosis", "quedan %n dosis")}
    assert render(t, translator(table), fmt) == said_es


def test_a_count_with_other_values():
    t = _.n("%n dose of {name}", "%n doses of {name}", 2, name="Ann")
    assert t == "2 doses of Ann"
    assert render(t, translator({"%n doses of {name}": ("%n dosis de {name}",) * 2}), fmt) == "2 dosis de Ann"


def test_joined_messages_are_translated_each_on_its_own_and_empty_parts_left_out():
    a, b = _("Never take 2 doses at once."), _("If unsure, {talk}.", talk=_("ask"))
    t = joined(" ", [a, None, "", b])
    assert isinstance(t, Text) and t == "Never take 2 doses at once. If unsure, ask."
    table = {"Never take 2 doses at once.": "Nunca tome 2 dosis a la vez.", "If unsure, {talk}.": "Si duda, {talk}.",
             "ask": "pregunte"}
    assert render(t, translator(table), fmt) == "Nunca tome 2 dosis a la vez. Si duda, pregunte."
    assert joined(", ", []) == "" and not joined(", ", [])
    nested = _("Advice: {advice}", advice=t)
    assert render(nested, translator(table | {"Advice: {advice}": "Consejo: {advice}"}), fmt) == \
        "Consejo: Nunca tome 2 dosis a la vez. Si duda, pregunte."


@pytest.mark.parametrize("broken", ["Dosis de {nombre}", "Dosis de {name", "Dosis de {0}"])
def test_a_broken_translation_falls_back_to_the_english(broken):
    t = _("Doses for {name}", name=_("this person"))
    table = {"Doses for {name}": broken, "this person": "esta persona"}
    assert render(t, translator(table), fmt) == "Doses for esta persona"


def test_a_broken_plural_translation_falls_back_to_the_english_singular_or_plural():
    table = {"%n doses of {name}": ("%n dosis de {nombre}", "%n dosis de {nombre}")}
    for n, said in ((1, "1 dose of Ann"), (2, "2 doses of Ann")):
        t = _.n("%n dose of {name}", "%n doses of {name}", n, name="Ann")
        assert render(t, translator(table), fmt) == said


def test_a_lowered_label_says_the_english_in_lower_case_and_a_translation_with_a_small_first_letter():
    label = _("Medicine name")
    t = validation.check_text("name", "", label=label, max_len=10, required=True)[0].message
    assert t == "Please enter medicine name."
    table = {"Medicine name": "Nombre del medicamento", "Please enter {label}.": "Falta rellenar: {label}."}
    assert render(t, translator(table), fmt) == "Falta rellenar: nombre del medicamento."
    assert english(t) == "Please enter medicine name."


# -- the domain's own messages, said in Spanish through the .ts file ----------------------------------------------

def spanish() -> dict[str, object]:
    table: dict[str, object] = {}
    root = ET.parse(ROOT / "translations" / "caregiver_es.ts").getroot()
    for ctx in root.iter("context"):
        if not (ctx.findtext("name") or "").startswith("domain."):
            continue
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            table[m.findtext("source") or ""] = tuple(forms) if m.get("numerus") == "yes" else (tr.text or "")
    return table


def test_missed_dose_advice_is_all_in_spanish():
    due = datetime(2026, 11, 23, 8, tzinfo=LONDON)
    now = due.astimezone(UTC) + timedelta(hours=1)
    missed = Occurrence(due.astimezone(UTC), due, 2.5, "2026-11-23T08:00", 1)
    nxt = Occurrence(now + timedelta(minutes=30), (now + timedelta(minutes=30)).astimezone(LONDON), 2.5, "n", 1)
    advice = dosing.missed_dose_advice(missed, nxt, now, medicine_name="Lioresal", baclofen=True)
    assert advice.message.startswith("If the 2.5 mg dose of Lioresal due at 08:00 was not taken: the next dose is")
    said = render(advice.message, translator(spanish()), fmt)
    assert said.startswith("Si la dosis de 2,5 mg de Lioresal prevista a las 08:00 no se tomó: falta menos de 2 horas")
    assert "hable con su médico o enfermera" in said
    assert "doctor" not in said and "dose" not in said


def test_the_domain_tables_and_guidance_are_in_spanish():
    es = translator(spanish())
    assert render(diary.RED_FLAGS["fever"].label, es, fmt) == "Fiebre alta"
    assert render(diary.SIDE_EFFECTS["drowsiness"], es, fmt) == "Somnolencia"
    assert render(diary.PSFS_FREQUENCY[0], es, fmt) == "Sin espasmos"
    assert render(diary.SCORES["spasticity"].short, es, fmt) == "Espasticidad"
    assert render(dosing.DRIVING_NOTE, es, fmt).startswith("Cuando sube la dosis")
    g = diary.urgent_guidance([diary.RED_FLAGS["hallucinations"], diary.RED_FLAGS["fever"]], has_pump=False)
    assert g is not None
    assert g.lines[0] == ("Contact the doctor now about: Hallucinations; high fever. If it is severe, call the "
                          "emergency number.")
    assert render(g.heading, es, fmt) == "Avise al médico ahora"
    assert render(g.lines[0], es, fmt) == ("Avise al médico ahora por esto: Alucinaciones; fiebre alta. Si es grave, "
                                           "llame al número de emergencias.")


def test_other_domain_messages_leave_no_english_in_spanish():
    es = translator(spanish())
    now = datetime(2026, 11, 23, 9, tzinfo=UTC)
    texts = [
        answers.describe_taken_time(datetime(2026, 11, 23, 9, tzinfo=LONDON), 10, 30),
        answers.PrnDay((now - timedelta(hours=2), now - timedelta(hours=1)), 4, 2, now + timedelta(hours=1))
        .words(LONDON, now),
        entry_checks.close_times_question([time(8), time(8, 30)]),
        dosing.check_next_dose_close(now, now + timedelta(hours=1), medicine_name="", tz=LONDON)[0].message,
        watch.WatchPeriod(date(2026, 1, 1), date(2026, 1, 8), tuple(
            watch.dose_change_triggers([(date(2026, 1, 1), 30), (date(2026, 1, 5), 20), (date(2026, 1, 9), 25)]))
        ).intro(first_day=False),
        diary.validate_entry(diary.DiaryEntry(person_id=1, entry_at=now, spasticity=11), today=date(2026, 11, 23),
                             tz=LONDON)[0].message,
    ]
    for t in texts:
        assert t is not None
        said = render(t, es, fmt)
        assert said != str(t)
        for word in ("the ", " is ", "dose ", " and ", "taken", "doctor", "must"):
            assert word not in said, (word, said)
