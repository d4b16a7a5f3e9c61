"""Help > About, and the version's one source (the package metadata, from pyproject.toml)."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import version as dist_version

from PySide6.QtWidgets import QDialog

from helpers import ROOT


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_has_one_source():
    import caregiver_app

    assert caregiver_app.__version__ == caregiver_app.version() == pyproject_version() == dist_version(
        "caregiver-app")


def test_cli_version_is_the_package_version(capsys):
    import pytest

    from caregiver_app.cli.main import main

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"caregiver-app {pyproject_version()}"


def test_installed_copy_reads_the_metadata_and_start_up_does_not(tmp_path):
    """Outside a source tree the version comes from importlib.metadata; the plain start never loads it."""
    code = ("import sys, caregiver_app, caregiver_app.cli.main, caregiver_app.app, caregiver_app.system.desktop;"
            "assert 'importlib.metadata' not in sys.modules and 'tomllib' not in sys.modules;"
            "caregiver_app._source_tree_version = lambda: None;"
            "print(caregiver_app.__version__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert out.stdout.strip() == dist_version("caregiver-app")


def test_about_dialog_says_version_data_folder_licence_sources_and_where_to_report(make_app, qtbot):
    from caregiver_app.system.desktop import ISSUES_URL
    from caregiver_app.ui.about import AboutDialog

    app = make_app()
    opened = []
    dlg = AboutDialog(app.ctx.paths, app.window, opener=lambda p: opened.append(p) or True)
    qtbot.addWidget(dlg)
    assert dlg.version == pyproject_version()
    assert str(app.ctx.paths.data_dir) in dlg.data_label.text()
    dlg.open_data_button.click()
    dlg.open_log_button.click()
    assert opened == [app.ctx.paths.data_dir, app.ctx.paths.log_dir]
    assert app.ctx.paths.log_dir.is_dir()  # made, so the file manager has something to show
    assert "MIT" in dlg.licence_label.text()
    sources = dlg.sources_label.text()
    assert "DailyMed" in sources and "NHS" in sources and "2026-11-23" in sources
    assert ISSUES_URL in dlg.report_label.text() and "never send your data file" in dlg.report_label.text()


def test_help_menu_opens_the_about_dialog(make_app, monkeypatch):
    from caregiver_app.ui.about import AboutDialog

    app = make_app()
    shown = []

    def fake_exec(self):
        shown.append(type(self))
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    about = next(a for m in app.window.menuBar().actions() for a in m.menu().actions()
                 if a.text() == "&About Caregiver Assistant")
    about.trigger()
    assert shown == [AboutDialog]


def test_about_sources_button_opens_the_sources_section(make_app, qtbot):
    from caregiver_app.ui.about import AboutDialog

    app = make_app()
    app.show()
    went = []
    dlg = AboutDialog(app.ctx.paths, app.window, show_sources=lambda: went.append(True))
    qtbot.addWidget(dlg)
    next(b for b in dlg.findChildren(type(dlg.open_data_button)) if "sources" in b.text()).click()
    assert went == [True]


def test_self_test_walks_every_page_and_window(tmp_path):
    """`caregiver-app self-test` (what the packaging tests run in the wheel, bundle and .deb)."""
    out = subprocess.run([sys.executable, "-m", "caregiver_app", "self-test"], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stdout + out.stderr
    assert "self-test passed" in out.stdout and "PROBLEM" not in out.stdout
    assert list(tmp_path.iterdir()) == []  # wrote nothing where it was started
