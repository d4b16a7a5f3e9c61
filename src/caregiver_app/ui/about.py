"""Help > About: the version, where the data is (with a button to open the folder), the licence, where the
medical information comes from, and how to report a problem."""
from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.system.i18n import Tr
from caregiver_app.ui.widgets import scrolling_body

_ = Tr("ui.about")

LICENCE = _.mark("Caregiver Assistant is free software under the MIT licence. It is built with Qt for Python "
                 "(PySide6, LGPL v3), APScheduler, platformdirs and tzdata, each under its own licence.")


def medical_sources(about_html: str) -> tuple[list[str], str | None]:
    """The named sources of the information pages and the date they were last reviewed, read from the
    "About baclofen" page, so the dialog never disagrees with the pages."""
    section = about_html.split('id="sources"', 1)[-1]
    names = [html.unescape(f"{key}: {text.strip().rstrip('—-').strip()}")
             for key, text in re.findall(r"<li><strong>([^<]+?):</strong>\s*([^<]*?)\s*(?:&mdash;|<|$)", section)]
    reviewed = re.search(r"Last reviewed:\s*(\d{4}-\d{2}-\d{2})", about_html)
    return names, reviewed.group(1) if reviewed else None


def _about_pages() -> tuple[str, str]:
    """The "About baclofen" page in the language shown (English where it has not been translated), and the
    English page (the reference: its review date is the translation's too)."""
    from PySide6.QtCore import QLocale

    from caregiver_app.content.pages import InfoLibrary
    from caregiver_app.system.language import SUPPORTED, language_code

    lang = language_code(QLocale().name()) or "en"
    library = InfoLibrary(language=lang if lang in SUPPORTED else "en")
    return library.html("about"), library.english_html("about")


def open_folder(path: Path) -> bool:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AboutDialog(QDialog):
    def __init__(self, paths, parent: QWidget | None = None, *, opener: Callable[[Path], bool] | None = None,
                 show_sources: Callable[[], None] | None = None):
        from caregiver_app import version
        from caregiver_app.system.desktop import ISSUES_URL

        super().__init__(parent)
        self.paths = paths
        self._opener = opener or open_folder
        self.setWindowTitle(_("About Caregiver Assistant"))
        self.setMinimumWidth(560)
        layout, outer = scrolling_body(self)  # scrolls when extra-large text would not fit the screen

        self.version = version()
        title = QLabel(f"<h2>Caregiver Assistant {html.escape(self.version)}</h2><p>"
                       + html.escape(_("Dose reminders, a symptom diary and dose plans, kept only on this computer. "
                                       "This app does not give medical advice: talk to your doctor or nurse."))
                       + "</p>")
        title.setWordWrap(True)
        title.setAccessibleName(_("Caregiver Assistant version {version}", version=self.version))
        layout.addWidget(title)

        self.data_label = self._folder_row(layout, _("Your data folder"), paths.data_dir, _("Open &data folder"))
        self.log_label = self._folder_row(layout, _("Log files (events and ids, no health data)"), paths.log_dir,
                                          _("Open &log folder"))

        shown_page, english_page = _about_pages()
        sources = medical_sources(shown_page)[0]
        reviewed = medical_sources(english_page)[1]
        items = "".join(f"<li>{html.escape(s)}</li>" for s in sources)
        if reviewed:
            words = _("<b>Where the medical information comes from</b><p>The information pages are written in "
                      "plain words from these named sources, and each page cites them. They were last reviewed "
                      "on {date}.</p>", date=reviewed)
        else:
            words = _("<b>Where the medical information comes from</b><p>The information pages are written in "
                      "plain words from these named sources, and each page cites them.</p>")
        self.sources_label = QLabel(f"{words}<ul>{items}</ul>")
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sources_label)
        if show_sources is not None:
            more = QPushButton(_("Show the &sources page"))
            def open_sources() -> None:
                self.accept()
                show_sources()

            more.clicked.connect(open_sources)
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)

        self.licence_label = QLabel(_("<b>Licence</b><p>{licence}</p>", licence=html.escape(_.lookup(LICENCE))))
        self.licence_label.setWordWrap(True)
        layout.addWidget(self.licence_label)

        self.report_label = QLabel(_(
            "<b>Reporting a problem</b><p>Please describe what you did and what happened at {link}. If the app "
            "showed an error report, copy it from that window. Attach the log files if you can; never send your "
            "data file, which holds health information.</p>",
            link=f'<a href="{ISSUES_URL}">{html.escape(ISSUES_URL)}</a>'))
        self.report_label.setWordWrap(True)
        self.report_label.setOpenExternalLinks(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.report_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        outer.addWidget(buttons)

    def _folder_row(self, layout: QVBoxLayout, what: str, folder: Path, button_text: str) -> QLabel:
        row = QHBoxLayout()
        label = QLabel(f"<b>{html.escape(what)}:</b><br>{html.escape(str(folder))}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(button_text)
        button.setAccessibleName(button_text.replace("&", ""))
        button.clicked.connect(lambda: self.reveal(folder))
        row.addWidget(label, 1)
        row.addWidget(button)
        layout.addLayout(row)
        if folder == self.paths.data_dir:
            self.open_data_button = button
        else:
            self.open_log_button = button
        return label

    def reveal(self, folder: Path) -> bool:
        """Open ``folder`` in the file manager (made first: the log folder may not exist yet)."""
        from caregiver_app.system.paths import DataDirError, ensure_private_dir

        with contextlib.suppress(DataDirError):  # the file manager then says what is wrong
            ensure_private_dir(folder)
        return self._opener(folder)
