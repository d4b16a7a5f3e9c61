"""What many tests share: the answers to every question the app asks (FakePrompts), a clock on real time, a
person with baclofen, and showing a window so that keys reach it. Imported as ``helpers`` (pyproject sets
``pythonpath = ["tests"]``)."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.system.clock import LocalTime

LONDON = ZoneInfo("Europe/London")
ROOT = Path(__file__).resolve().parents[1]              # the repository
FACTS = ROOT.parent / "shared" / "baclofen-facts.md"     # the one source of medical facts, beside the repository


class FakePrompts:
    """Answers every question without a screen (the same methods as ui/prompts.Prompts) and records them.

    ``asked``: (kind, title) of each question, in order; ``texts``: the text of each. ``confirm``: the answer to
    every confirmation, or ``answers``, a list used first, one per confirmation (``strict``: nothing else may be
    asked). ``text``/``time``/``path``: what
    ask_text / ask_time / save_path and open_path answer (None = cancelled). ``printer_file``: where a print or a
    preview is written (None: the print dialog is cancelled)."""

    def __init__(self, confirm: bool = True, *, answers=(), strict: bool = False, text: str | None = "", time=(8, 0),
                 path=None, printer_file=None):
        self.parent = None
        self.confirm_answer = confirm
        self.answers = list(answers)
        self.strict = strict  # every confirmation must have its answer in ``answers``
        self.text, self.time, self.path, self.printer_file = text, time, path, printer_file
        self.asked: list[tuple[str, str]] = []
        self.texts: list[str] = []
        self.previews = 0

    def for_widget(self, parent):
        return self

    def _ask(self, kind: str, title: str, text: str = "") -> None:
        self.asked.append((kind, title))
        self.texts.append(text)

    def error(self, title, text):
        self._ask("error", title, text)

    def info(self, title, text):
        self._ask("info", title, text)

    def notice(self, title, text):  # the non-blocking kind of info
        self._ask("info", title, text)

    def confirm(self, title, text, yes="Yes", no="No"):
        self._ask("confirm", title, text)
        if self.answers:
            return self.answers.pop(0)
        if self.strict:
            raise AssertionError(f"an unexpected question: {title}")
        answer = self.confirm_answer
        return answer(title, text) if callable(answer) else answer

    def ask_text(self, title, label):
        self._ask("text", title, label)
        return self.text

    def ask_time(self, title, label, start=None):
        self._ask("time", title, label)
        return self.time

    def save_path(self, title, suggested, filters):
        self._ask("save_path", suggested, title)
        return self.path(suggested) if callable(self.path) else self.path

    def open_path(self, title, folder, filters):
        self._ask("open_path", title, folder)
        return self.path(folder) if callable(self.path) else self.path

    def print_setup(self, printer, title):
        self._ask("print", printer.docName(), title)
        if self.printer_file is None:
            return False
        self._print_to_file(printer)
        return True

    def preview(self, printer, paint):
        self._print_to_file(printer)
        paint(printer)
        self.previews += 1

    def _print_to_file(self, printer):
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.printer_file))

    def confirmations(self) -> list[str]:
        """The texts of the confirmations asked."""
        return [t for (k, _), t in zip(self.asked, self.texts, strict=True) if k == "confirm"]


def make_context(clock, paths, store, prompts=None):
    """The screens' context, built as app.py builds it."""
    from caregiver_app.app import build_context

    return build_context(clock, paths, store, prompts if prompts is not None else FakePrompts())


def activate(qtbot, window):
    """Show a window and make it the active one, so keyboard shortcuts reach it (offscreen too)."""
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


class OffsetClock(LocalTime):
    """Real time shifted by a fixed offset: APScheduler's real timers and the app's clock agree."""

    def __init__(self, offset, tz):
        import time as _time

        self.offset, self.tz = offset, tz
        self._time = _time

    def now_utc(self):
        return datetime.now(UTC) + self.offset

    def monotonic(self):
        return self._time.monotonic()

    def local_tz(self):
        return self.tz


def add_baclofen(store, person_name="Ann", times=(("08:00", 10.0), ("14:00", 10.0), ("20:00", 10.0)),
                 start=None, tz="Europe/London", kind="fixed", spec=None, **med):
    """A person with a baclofen 10 mg tablet on a schedule; returns (person, medicine, schedule record)."""
    from caregiver_app.domain.medicines import Medicine
    from caregiver_app.domain.people import Person

    r = store.people.save(Person(name=person_name))
    m = store.medicines.save(Medicine(person_id=r.id, name="Baclofen", form="tablet", strength_mg=10.0, **med))
    spec = spec or {"times": [list(t) for t in times]}
    rec = store.schedules.save(m.id, kind, spec, tz=tz, start_date=start or date(2026, 1, 1))
    # Schedules count from when they were added; make this one count from the start of the year.
    store.conn.execute("UPDATE schedules SET created_at = '2026-01-01T00:00:00Z' WHERE id = ?", (rec.id,))
    store.settings.set("reminders_checked_from", "2026-01-01T00:00:00Z")
    return r, m, store.schedules.get(rec.id)


def ctx_for(store, prompts=None):
    """The screens' context for a store opened by a test (its folder is the data folder)."""
    from caregiver_app.system.paths import resolve_paths

    folder = store.path.parent if store.path is not None else None
    return make_context(store.clock, resolve_paths(folder), store, prompts)


HOSTILE_NAME = "O'Brien; DROP TABLE people;-- \u202eRTL\u202c \U0001F600 \u0645\u0631\u062d\u0628\u0627"


def fill_every_table(store, clock) -> None:
    """Demo data plus a row of every other kind: a corrected dose, a reminder event, a deleted diary entry, an
    archived person with a hostile-looking name, settings."""
    from caregiver_app.domain.demo import build_demo
    from caregiver_app.domain.people import Person
    from caregiver_app.storage.demo import write_demo
    from caregiver_app.storage.timefmt import dt_from_db

    write_demo(store, build_demo(1, clock.now_utc(), clock.local_tz()))
    conn = store.conn
    first = conn.execute("SELECT id FROM dose_log WHERE status = 'taken' ORDER BY id LIMIT 1").fetchone()[0]
    store.doses.edit(first, reason="Wrong dose written down", dose_mg=15.0)
    sid, slot, due = conn.execute("SELECT schedule_id, slot, due_at FROM dose_log WHERE slot IS NOT NULL "
                                  "ORDER BY id DESC LIMIT 1").fetchone()
    store.doses.add_event(sid, slot, dt_from_db(due), "snoozed", snooze_until=clock.now_utc() + timedelta(minutes=10))
    with store.transaction() as c:
        c.execute("UPDATE diary_entries SET deleted_at = ? WHERE id = (SELECT MIN(id) FROM diary_entries)",
                  (store.now_db(),))
    other = store.people.save(Person(name=HOSTILE_NAME, notes="line one\nline two\t\u00e9"))
    store.people.set_archived(other.id, True)
    store.settings.set("text_size", "large")
    store.settings.set("current_person_id", 1)
    # The dose-change companion: an event an edit in place would lose, and a check-in answer linked to its period.
    from caregiver_app.domain.diary import DiaryEntry
    from caregiver_app.storage.watch import WatchEvent

    today = clock.today()
    store.watch.add(WatchEvent(1, today, "reduction", "Baclofen lowered to 20 mg a day", 1, 30.0, 20.0))
    store.diary.add(DiaryEntry(person_id=1, entry_at=clock.now_utc(), spasticity=4,
                               checkin=f"reduction:{today.isoformat()}", checkin_day=today))
