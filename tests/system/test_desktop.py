"""Desktop integration: one application id everywhere, the menu entry and metainfo (validated), the icons,
install-desktop / uninstall-desktop, the Windows AppUserModelID, --page and the "Today's doses" action."""
from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from caregiver_app.system import desktop
from caregiver_app.system.desktop import APP_ID
from helpers import ROOT

RES = ROOT / "resources"
DESKTOP_FILE = RES / "desktop" / f"{APP_ID}.desktop"
METAINFO = RES / "desktop" / f"{APP_ID}.metainfo.xml"


def read_entry(text: str) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str
    cp.read_string(text)
    return cp


def load_packaging_build():
    """packaging/build.py, under a name of its own (PyPI's `build` package is importable too)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("caregiver_packaging_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: packaging/install-system-deps.sh installs it")
        pytest.skip(f"{name} is not installed (packaging/install-system-deps.sh installs it)")
    return path


# -- one id ---------------------------------------------------------------------------------------------------
def test_the_application_id_is_reverse_dns_and_the_same_everywhere():
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z_][A-Za-z0-9_]*){2,}", APP_ID)
    entry = read_entry(DESKTOP_FILE.read_text(encoding="utf-8"))
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == f"{APP_ID}.desktop"
    assert meta.find("icon").text == APP_ID
    from caregiver_app.system import autostart

    assert f"{APP_ID}.desktop" == autostart.FILE_NAME and f"{APP_ID}.plist" == autostart.PLIST_NAME
    assert autostart.RunKey().value_name == APP_ID
    for size in desktop.ICON_SIZES:
        assert (RES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    packaging_build = load_packaging_build()
    assert packaging_build.APP_ID == APP_ID and packaging_build.ICON_SIZES == desktop.ICON_SIZES
    assert f'APP_ID = "{APP_ID}"' in (ROOT / "packaging" / "caregiver-app.spec").read_text(encoding="utf-8")


def test_metainfo_names_the_projects_urls_and_this_release():
    from importlib.metadata import version

    meta = ET.parse(METAINFO).getroot()
    urls = {u.get("type"): u.text for u in meta.findall("url")}
    assert urls == {"homepage": desktop.HOMEPAGE, "bugtracker": desktop.ISSUES_URL}
    assert meta.find("releases/release").get("version") == version("caregiver-app")
    assert meta.find("content_rating").get("type") == "oars-1.1"
    assert meta.find("provides/binary").text == desktop.COMMAND
    assert len(meta.findall("screenshots/screenshot")) >= 1 and meta.findtext("summary")
    for shot in meta.findall("screenshots/screenshot/image"):
        name = shot.text.rsplit("/", 1)[1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_desktop_file_has_the_medical_category_and_the_todays_doses_action():
    entry = read_entry(DESKTOP_FILE.read_text(encoding="utf-8"))
    main = entry["Desktop Entry"]
    assert "MedicalSoftware" in main["Categories"].split(";")
    assert main["Exec"] == "caregiver-app" and main["Terminal"] == "false"
    assert main["Actions"].strip(";").split(";") == ["today"]
    action = entry["Desktop Action today"]
    assert action["Name"] == "Today's doses" and action["Exec"] == "caregiver-app --page today"


def test_desktop_file_validates():
    result = subprocess.run([need_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates():
    result = subprocess.run([need_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_committed_icons_match_the_svg(qapp):
    """The PNGs are made by tools/make_icons.py from app.svg; a changed SVG without new PNGs fails here."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from make_icons import render
    finally:
        sys.path.remove(str(ROOT / "tools"))
    from PySide6.QtGui import QImage

    svg = (RES / "icons" / "app.svg").read_bytes()
    for size in desktop.ICON_SIZES:
        committed = QImage(str(RES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert committed.width() == committed.height() == size
        fresh = render(svg, size).convertToFormat(committed.format())
        diff = sum(abs(a - b) for a, b in zip(bytes(committed.constBits()), bytes(fresh.constBits()), strict=True))
        assert diff / (size * size * 4) < 2.0, f"{size}px icon differs from app.svg: run tools/make_icons.py"


# -- install-desktop / uninstall-desktop -----------------------------------------------------------------------
@pytest.mark.parametrize("arg, quoted", [
    ("/usr/bin/caregiver-app", "/usr/bin/caregiver-app"),
    ("/home/ann/My Apps/venv/bin/python", '"/home/ann/My Apps/venv/bin/python"'),
    ('/x/"q"', '"/x/\\"q\\""'),
    ("/x/$HOME", '"/x/\\$HOME"'),
    ("100%", '"100%%"'),
])
def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_asks(arg, quoted):
    assert desktop.exec_quote(arg) == quoted


def test_install_desktop_puts_entry_icons_and_metainfo_in_the_xdg_data_folder(tmp_path, clock, capsys):
    from caregiver_app.cli.main import main

    home = tmp_path / "share"
    assert main(["install-desktop", "--data-home", str(home)], clock=clock) == 0
    entry_path = home / "applications" / f"{APP_ID}.desktop"
    entry = read_entry(entry_path.read_text(encoding="utf-8"))
    # Exec points at this very install: this interpreter running the package (a venv, pipx or a checkout).
    assert entry["Desktop Entry"]["Exec"] == desktop.exec_line([sys.executable, "-m", "caregiver_app"])
    assert entry["Desktop Action today"]["Exec"] == desktop.exec_line(
        [sys.executable, "-m", "caregiver_app"]) + " --page today"
    assert entry["Desktop Entry"]["TryExec"] == sys.executable
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    for size in desktop.ICON_SIZES:
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == \
        (RES / "icons" / "app.svg").read_bytes()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    assert "Added Caregiver Assistant to the menu" in capsys.readouterr().out
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry_path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout

    assert main(["uninstall-desktop", "--data-home", str(home)], clock=clock) == 0
    left = [p for p in home.rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []
    assert main(["uninstall-desktop", "--data-home", str(home)], clock=clock) == 0
    assert "Nothing to remove" in capsys.readouterr().out


def test_install_desktop_keeps_the_data_folder_and_defaults_to_xdg_data_home(tmp_path, clock, monkeypatch):
    from caregiver_app.cli.main import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    data = tmp_path / "my data"
    assert main(["--data-dir", str(data), "install-desktop"], clock=clock) == 0
    entry = read_entry((tmp_path / "xdg" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    assert entry["Desktop Entry"]["Exec"].endswith(f'--data-dir "{data}"')
    assert main(["uninstall-desktop"], clock=clock) == 0
    assert not (tmp_path / "xdg" / "applications" / f"{APP_ID}.desktop").exists()


def test_uninstall_desktop_removes_only_its_own_files(tmp_path):
    other = tmp_path / "applications" / "org.example.Other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    desktop.install_desktop(["/opt/x/caregiver-app"], tmp_path)
    removed = desktop.uninstall_desktop(tmp_path)
    assert len(removed) == len(desktop.ICON_SIZES) + 3 and other.exists()


# -- Windows: AppUserModelID ------------------------------------------------------------------------------------
class FakeShell32:
    def __init__(self):
        self.calls = []

    def SetCurrentProcessExplicitAppUserModelID(self, app_id):
        self.calls.append(app_id)
        return 0


class FakeCtypes:
    def __init__(self):
        self.windll = type("windll", (), {})()
        self.windll.shell32 = FakeShell32()


def test_windows_gets_the_app_user_model_id():
    fake = FakeCtypes()
    assert desktop.set_windows_app_id(platform="win32", ctypes_module=fake) is True
    assert fake.windll.shell32.calls == [APP_ID]


def test_other_systems_do_not_touch_ctypes():
    fake = FakeCtypes()
    assert desktop.set_windows_app_id(platform="linux", ctypes_module=fake) is False
    assert fake.windll.shell32.calls == []


def test_run_gui_sets_the_app_id_before_any_window_or_tray_exists(tmp_path, monkeypatch, qapp):
    """run_gui gives the process its AppUserModelID first, and Qt the desktop file name, before it builds the
    app (whose constructor makes the tray icon)."""
    import caregiver_app.app as app_module

    order = []
    monkeypatch.setattr(desktop, "set_windows_app_id", lambda *a, **k: order.append("app id") or True)

    class Stop(Exception):
        pass

    class NoApp:
        def __init__(self, qapp_, ctx, **kw):
            order.append(("app", qapp_.desktopFileName()))
            ctx.store.close()
            raise Stop

    monkeypatch.setattr(app_module, "CaregiverApp", NoApp)
    with pytest.raises(Stop):
        app_module.run_gui(data_dir=str(tmp_path / "d"))
    assert order == ["app id", ("app", APP_ID)]


# -- "Today's doses": --page, and the running app comes forward on that page ---------------------------------
def test_page_option_starts_the_app_on_that_page(monkeypatch):
    import caregiver_app.app as app_module
    from caregiver_app.cli import main as cli_main
    from caregiver_app.ui.main_window import PAGE_ORDER

    assert cli_main.PAGES == PAGE_ORDER
    seen = {}
    monkeypatch.setattr(app_module, "run_gui", lambda **kw: seen.update(kw) or 0)
    assert cli_main.main(["--page", "today", "--data-dir", "/tmp/x"]) == 0
    assert seen["page"] == "today" and seen["data_dir"] == "/tmp/x"
    with pytest.raises(SystemExit):
        cli_main.main(["--page", "nowhere"])


def test_second_start_with_a_page_brings_the_first_forward_there(qtbot, tmp_path):
    from caregiver_app.system.single_instance import SingleInstance

    d = tmp_path / "d"
    d.mkdir()
    first = SingleInstance(d / "app.lock", d)
    assert first.acquire()
    second = SingleInstance(d / "app.lock", d)
    try:
        assert not second.acquire()
        pages = []
        first.page_requested.connect(pages.append)
        with qtbot.waitSignals([first.activated, first.page_requested], timeout=3000):
            assert second.notify_running(page="today")
        assert pages == ["today"]
    finally:
        first.release()


def test_window_shows_a_requested_page_and_ignores_unknown_ones(make_app, qtbot):
    app = make_app()
    w = app.window
    app.show()
    w.show_page("diary")
    w.show_page_named("today")
    assert w.current_page() is w.pages["today"]
    w.show_page_named("no-such-page")
    assert w.current_page() is w.pages["today"]


def test_the_deb_depends_on_every_library_the_app_needs_from_the_system():
    text = (ROOT / "packaging" / "install-system-deps.sh").read_text(encoding="utf-8")
    runtime = re.search(r'RUNTIME="([^"]+)"', text).group(1).split()
    packaging_build = load_packaging_build()
    depends = {d.split()[0] for d in packaging_build.DEB_DEPENDS.split(", ")}
    assert set(runtime) <= depends, set(runtime) - depends
