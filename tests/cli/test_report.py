"""`caregiver-app report`: the appointment summary without the window, as PDF or HTML."""
from __future__ import annotations

import shutil
import stat
import subprocess

import pytest

from caregiver_app.cli.main import main


@pytest.fixture
def demo_dir(tmp_path, clock):
    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo"], clock=clock) == 0
    return d


def test_pdf_and_html(demo_dir, tmp_path, clock, capsys, qapp):
    pdf, html = tmp_path / "s.pdf", tmp_path / "s.html"
    assert main(["--data-dir", str(demo_dir), "report", "--days", "60", "-o", str(pdf)], clock=clock) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert "written to" in capsys.readouterr().out
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
        assert "Appointment summary: Sam Example (demo)" in text and "Medicines and doses" in text
    assert main(["--data-dir", str(demo_dir), "report", "--patient", "sam", "-o", str(html)], clock=clock) == 0
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Symptom diary" in page
    assert stat.S_IMODE(html.stat().st_mode) == 0o600


@pytest.mark.parametrize("extra, message", [
    (["-o", "x.txt"], "-o must name a .pdf or .html file"),
    (["--days", "0", "-o", "x.html"], "between 1 and 366 days"),
    (["--days", "100000", "-o", "x.html"], "between 1 and 366 days"),
    (["--patient", "Zed", "-o", "x.html"], "Nobody called 'Zed'"),
])
def test_mistakes_get_a_clear_message(demo_dir, tmp_path, clock, capsys, extra, message):
    extra = [str(tmp_path / a) if a.startswith("x.") else a for a in extra]
    assert main(["--data-dir", str(demo_dir), "report"] + extra, clock=clock) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_more_than_one_person_needs_person(demo_dir, tmp_path, clock, capsys):
    from caregiver_app.domain.people import Person
    from caregiver_app.storage import open_store

    store = open_store(demo_dir / "caregiver.db", clock)
    store.people.save(Person(name="Bo"))
    store.close()
    assert main(["--data-dir", str(demo_dir), "report", "-o", str(tmp_path / "x.html")], clock=clock) == 1
    assert "Use --person with one of: " in capsys.readouterr().err


def test_the_summary_is_written_in_the_apps_language(demo_dir, tmp_path, clock, capsys, qapp):
    """Issue 17: --language (or the Language setting) gives the document in that language; the command's own
    lines stay English; nothing of it stays installed afterwards."""
    from PySide6.QtCore import QCoreApplication

    html = tmp_path / "es.html"
    assert main(["--data-dir", str(demo_dir), "--language", "es", "report", "-o", str(html)], clock=clock) == 0
    assert "written to" in capsys.readouterr().out
    page = html.read_text(encoding="utf-8")
    assert "Periodo" in page and "Period:" not in page
    assert QCoreApplication.translate("reports.summary", "Period") == "Period"
    from caregiver_app.storage import open_store

    store = open_store(demo_dir / "caregiver.db", clock)
    store.settings.set("language", "es")
    store.close()
    assert main(["--data-dir", str(demo_dir), "report", "-o", str(html)], clock=clock) == 0
    assert "Periodo" in html.read_text(encoding="utf-8")
