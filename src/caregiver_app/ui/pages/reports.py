"""Reports: the appointment summary for the person, on screen, on paper (with a preview) and as a PDF.

What goes in the summary is decided in reports/summary.py; this page only chooses the period, keeps the
"questions for the doctor or nurse" the carer writes, and shows, prints or saves the result.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.reports.document import summary_chart, summary_document
from caregiver_app.reports.pdf import paper_font, save_pdf
from caregiver_app.reports.summary import (
    BACKGROUND_RECORDS,
    MAX_DAYS,
    PERIODS,
    QUESTIONS_MAX,
    Summary,
    SummaryError,
    build_summary,
    period_for,
    period_label,
    period_since,
    records_in_period,
)
from caregiver_app.system.i18n import Tr, localize
from caregiver_app.ui.forms import FlowLayout, labelled
from caregiver_app.ui.pages.base import Page
from caregiver_app.ui.printing import print_document, suggested_pdf_path
from caregiver_app.ui.prompts import PDF_FILES

if TYPE_CHECKING:
    from pathlib import Path

_ = Tr("ui.pages.reports")

SINCE = -1   # the period choice "since a date"
PDF_TITLE = _.mark("Save the appointment summary as PDF")
PRINT_TITLE = _.mark("Print the appointment summary")


def questions_key(person_id: int) -> str:
    return f"summary_questions:{person_id}"


@dataclass
class Built:
    """A summary made (on the GUI thread or off it) for one request of the page."""

    generation: int                     # which request of the page it answers (a newer one makes it stale)
    key: tuple[Any, ...]                # (person, first day, last day, questions)
    summary: Summary | None = None
    chart: QImage | None = None
    error: BaseException | None = None
    damaged: dict[tuple[str, object], str] = field(default_factory=dict)


class _Job(QObject):
    """Carries a summary made off the GUI thread back to it (a queued signal)."""

    done = Signal(object)


def make_in_background(readers: Any, built: Built, days: int, job: _Job) -> None:
    """In a worker thread: the summary and its chart from services of its own (a read-only connection made here),
    then ``job.done`` with ``built`` filled in (or its error)."""
    try:
        services = readers()
        try:
            person_id, start, end, questions = built.key
            built.summary = build_summary(services, person_id, start, end, questions)
            built.chart = summary_chart(services.store, built.summary, person_id, days)
            built.damaged = dict(services.store.damaged)
        finally:
            services.store.close()
    except BaseException as exc:  # handed to the GUI thread: a SummaryError is shown, anything else raised there
        built.error = exc
    job.done.emit(built)


class ReportsPage(Page):
    title = _.mark("Reports")

    def build(self, content: QWidget) -> None:
        self._pdf_dir: Path | None = None
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(_("An appointment summary to show or give to the doctor or nurse: medicines and doses, the "
                         "diary, side effects, danger signs, the dose plan, and your questions."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        period_caption = QLabel(_("Peri&od:"))
        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(period_label(days), days)
        self.period.addItem(_("Since a date (the last appointment)"), SINCE)
        self.period.setAccessibleName(_("Period of the summary"))
        period_caption.setBuddy(self.period)
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        today = self.ctx.clock.today()
        self.since = QDateEdit(QDate(today.year, today.month, today.day).addDays(-89))
        self.since.setDateRange(QDate(today.year, today.month, today.day).addDays(-(MAX_DAYS - 1)),
                                QDate(today.year, today.month, today.day))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("d MMM yyyy")
        self.since.setAccessibleName(_("First day of the summary"))
        self.since.setToolTip(_("At most {days} days: a year and a day, so a yearly review fits. The summary is for "
                                "one appointment; the whole history is in the export.", days=MAX_DAYS))
        self.since.hide()
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.print_btn = QPushButton(_("P&rint…"))
        self.preview_btn = QPushButton(_("Print pre&view…"))
        self.pdf_btn = QPushButton(_("Save as P&DF…"))
        for b, name in ((self.print_btn, _("Print the summary")), (self.preview_btn, _("Print preview of the summary")),
                        (self.pdf_btn, _("Save the summary as a PDF file"))):
            b.setAccessibleName(name)
        # The period, then the buttons: on the next line when they do not fit (large text, longer words).
        bar = QWidget()
        row = FlowLayout(bar, spacing=12)
        row.addWidget(labelled(period_caption, self.period, self.since))
        row.addWidget(labelled(self.print_btn, self.preview_btn, self.pdf_btn))
        layout.addWidget(bar)
        self.print_btn.clicked.connect(self.print_summary)
        self.preview_btn.clicked.connect(self.preview_summary)
        self.pdf_btn.clicked.connect(lambda: self.save_summary_pdf())

        q_label = QLabel(_("&Questions for the doctor or nurse (kept until you change them; they go on the "
                           "summary):"))
        q_label.setWordWrap(True)
        layout.addWidget(q_label)
        self.questions = QPlainTextEdit()
        self.questions.setAccessibleName(_("Questions for the doctor or nurse"))
        self.questions.setPlaceholderText(_("For example: The spasms at night are worse since the dose went down. "
                                            "Should we wait or change the plan?"))
        self.questions.setTabChangesFocus(True)
        self.questions.setFixedHeight(self.questions.fontMetrics().lineSpacing() * 4 + 16)
        q_label.setBuddy(self.questions)
        layout.addWidget(self.questions)
        self.questions_error = QLabel()
        self.questions_error.setWordWrap(True)
        self.questions_error.hide()
        layout.addWidget(self.questions_error)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self._questions_settled)
        self.questions.textChanged.connect(self._save_timer.start)
        # What was typed moments before leaving the page, closing the window or quitting (both hide the page) or
        # switching person is kept too: see hideEvent and set_person.

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(_("The appointment summary"))
        self.preview.setOpenLinks(False)
        layout.addWidget(self.preview, 1)
        self._loading = False
        self._generation = 0                     # requests of a summary so far (the newest is the one shown)
        self._pending: Built | None = None       # the request being made off the GUI thread
        self._shown: Built | None = None         # what the preview shows
        self._jobs: dict[int, _Job] = {}         # by request: kept alive until their result is back
        self._questions_for: int | None = None   # whose questions the box holds
        self._drafts: dict[int, str] = {}          # too long to save yet: kept in memory, per person

    # -- state --------------------------------------------------------------------------------------------
    def set_person(self, person) -> None:
        self._flush_questions()  # the previous person's questions are kept before switching
        super().set_person(person)

    def refresh(self) -> None:
        if self.person is None:
            return
        self.show_content()
        rid = self.person.stored_id
        if self._questions_for != rid:
            # Another person (or the first time): their questions, or the draft kept for them if it was too long to
            # save. A refresh for the same person (a reminder answered, the period changed) never touches the box.
            text = self._drafts.pop(rid, None)
            if text is None:
                saved = self.ctx.store.settings.get(questions_key(rid)) or ""
                text = saved if isinstance(saved, str) else ""
            self._loading = True
            try:
                self.questions.setPlainText(text)
            finally:
                self._loading = False
            self._questions_for = rid
            self.questions_error.hide()
            self._save_timer.stop()
            if len(text) > QUESTIONS_MAX:
                self._flush_questions()  # says again that it is too long
        self._redraw()

    def _questions_settled(self) -> None:
        self._flush_questions()
        self._redraw()

    def _flush_questions(self) -> None:
        """Keep what was typed (one small transaction); too long: say so, keep it in the box, save nothing."""
        self._save_timer.stop()
        if self._loading or self.person is None:
            return
        text = self.questions.toPlainText()
        if len(text) > QUESTIONS_MAX:
            if self._questions_for is not None:
                self._drafts[self._questions_for] = text  # kept while the app runs, also across person switches
            self.questions_error.setText(_("The questions are too long to keep: at most {most} characters (now "
                                           "{now}). Shorten them; nothing else is lost.", most=QUESTIONS_MAX,
                                           now=len(text)))
            self.questions_error.show()
            return
        if self._questions_for is not None:
            self._drafts.pop(self._questions_for, None)
        self.questions_error.hide()
        if self._questions_for is None:
            return
        key = questions_key(self._questions_for)  # the person whose questions are in the box
        if (self.ctx.store.settings.get(key) or "") != text:
            try:
                self.ctx.store.settings.set(key, text)
            except Exception as exc:  # a full disk or read-only folder: the text stays in the box
                self.questions_error.setText(_("Your questions could not be saved ({why}). They are still here.",
                                               why=exc))
                self.questions_error.show()

    def hideEvent(self, event) -> None:
        self._flush_questions()
        super().hideEvent(event)

    def _period_changed(self) -> None:
        self.since.setVisible(self.period.currentData() == SINCE)
        self.refresh()

    def _period(self) -> tuple[date, date]:
        today = self.services.doses.clock.today()
        if self.period.currentData() == SINCE:
            d = self.since.date()
            return period_since(today, date(d.year(), d.month(), d.day()))
        return period_for(today, int(self.period.currentData() or 30))

    def days(self) -> int:
        if self.period.currentData() == SINCE:
            start, end = self._period()
            return (end - start).days + 1
        return int(self.period.currentData() or 30)

    # -- the document --------------------------------------------------------------------------------------
    def _key(self) -> tuple[Any, ...]:
        assert self.person is not None  # the summary is of the person shown
        start, end = self._period()
        text = self.questions.toPlainText()
        return self.person.stored_id, start, end, text if len(text) <= QUESTIONS_MAX else ""

    def summary(self) -> Summary:
        person_id, start, end, questions = self._key()
        return build_summary(self.services, person_id, start, end, questions)

    def document(self, for_paper: bool = False) -> QTextDocument:
        """The summary as a document; on paper, the one on screen when it is up to date (made again otherwise)."""
        font = paper_font(self.font()) if for_paper else self.font()
        assert self.person is not None  # the summary is of the person shown
        shown = self._shown
        if (shown is not None and shown.summary is not None and shown.generation == self._generation
                and shown.key == self._key()):
            summary, chart = shown.summary, shown.chart
        else:
            summary, chart = self.summary(), None
        return summary_document(self.ctx.store, summary, self.person.stored_id, self.days(), font=font,
                                parent=self, chart=chart)

    @property
    def building(self) -> bool:
        """True while a summary is being made off the GUI thread (the page says so meanwhile)."""
        return self._pending is not None

    def _redraw(self) -> None:
        """Make the summary for what the page shows now. A long one (more records than BACKGROUND_RECORDS, which can
        take over 100 ms) is made off the GUI thread, the page saying so meanwhile; a result that a newer request
        has overtaken is dropped."""
        self._generation += 1
        try:
            key = self._key()
        except SummaryError as exc:
            self._pending = None
            self.preview.setPlainText(localize(exc))
            return
        built = Built(self._generation, key)
        person_id, start, end, _questions = key
        readers = self.ctx.readers
        if readers is None or records_in_period(self.ctx.store, person_id, start, end) <= BACKGROUND_RECORDS:
            self._pending = None
            try:
                built.summary = self.summary()
            except SummaryError as exc:
                self.preview.setPlainText(localize(exc))
                return
            self._show_built(built)
            return
        self._pending = built
        self.preview.setPlainText(_.n("Preparing the summary of %n day…", "Preparing the summary of %n days…",
                                      (end - start).days + 1))
        job = _Job()
        job.done.connect(self._built, Qt.ConnectionType.QueuedConnection)
        self._jobs[built.generation] = job
        threading.Thread(target=make_in_background, args=(readers, built, self.days(), job), daemon=True,
                         name="summary").start()

    def _built(self, built: Built) -> None:
        """(GUI thread) A summary made off it: shown if it is still the one asked for."""
        self._jobs.pop(built.generation, None)
        for key, why in built.damaged.items():  # what the worker's reads left out, told as the app's own
            self.ctx.store.skip_damaged(key[0], key[1], why)
        if built.generation != self._generation:
            return  # overtaken by a newer request (another period, person, or a change)
        self._pending = None
        if isinstance(built.error, SummaryError):
            self.preview.setPlainText(localize(built.error))
            return
        if built.error is not None:
            self.preview.setPlainText(_("The summary could not be made."))
            raise built.error
        self._show_built(built)

    def _show_built(self, built: Built) -> None:
        assert built.summary is not None and self.person is not None
        doc = summary_document(self.ctx.store, built.summary, self.person.stored_id, self.days(), font=self.font(),
                               parent=self, chart=built.chart)
        self._shown = built
        self._screen_doc = doc  # kept alive while shown
        self.preview.setDocument(doc)

    # -- paper and PDF -----------------------------------------------------------------------------------------
    def print_summary(self) -> bool:
        self._flush_questions()
        doc = self.document(for_paper=True)
        title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
        if not print_document(doc, title, self.prompts, _.lookup(PRINT_TITLE)):
            return False
        self.say(_("Sent the appointment summary to the printer."))
        return True

    def preview_summary(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        self._flush_questions()
        doc = self.document(for_paper=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        self.prompts.preview(printer, doc.print_)

    def save_summary_pdf(self, path=None):
        self._flush_questions()
        doc = self.document(for_paper=True)
        title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
        chosen = str(path) if path else self.prompts.save_path(
            _.lookup(PDF_TITLE), suggested_pdf_path(self._pdf_dir, title, _("Summary")),
            PDF_FILES)
        if not chosen:
            return None
        target = save_pdf(doc, title, chosen, self.prompts.error)
        if target is not None:
            self._pdf_dir = target.parent
            self.say(_("Saved the appointment summary as {path}", path=target))
        return target
