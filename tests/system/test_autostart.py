"""Start at login from every kind of install, on Linux (XDG autostart), macOS (LaunchAgent) and Windows (the
Run key, with winreg replaced by a fake)."""
from __future__ import annotations

import configparser
import plistlib
import sys
from pathlib import Path

from caregiver_app.system import autostart
from caregiver_app.system.desktop import APP_ID


def entry(path: Path) -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read_string(path.read_text(encoding="utf-8"))
    return cp["Desktop Entry"]


# -- which command: bundle, .deb, venv -------------------------------------------------------------------------
def test_a_venv_or_checkout_starts_this_interpreter_with_the_package():
    cmd = autostart.launch_command(None, executable="/home/ann/.venv/bin/python", frozen=False, platform="linux")
    assert cmd == ["/home/ann/.venv/bin/python", "-m", "caregiver_app"]


def test_the_bundle_starts_its_own_executable(tmp_path):
    exe = tmp_path / "caregiver-app" / "caregiver-app"
    cmd = autostart.launch_command(None, executable=str(exe), frozen=True, which=lambda name: None)
    assert cmd == [str(exe)]


def test_the_deb_starts_the_command_on_path_that_links_to_the_bundle(tmp_path):
    exe = tmp_path / "opt" / "caregiver-app" / "caregiver-app"
    exe.parent.mkdir(parents=True)
    exe.write_text("")
    link = tmp_path / "usr" / "bin" / "caregiver-app"
    link.parent.mkdir(parents=True)
    link.symlink_to(exe)
    cmd = autostart.launch_command(None, executable=str(exe), frozen=True, which=lambda name: str(link))
    assert cmd == [str(link)]
    # A caregiver-app on PATH that is some other install is not taken.
    other = tmp_path / "other"
    other.write_text("")
    assert autostart.launch_command(None, executable=str(exe), frozen=True,
                                    which=lambda name: str(other)) == [str(exe)]


def test_windows_venv_starts_without_a_console(tmp_path):
    python = tmp_path / "python.exe"
    (tmp_path / "pythonw.exe").write_text("")
    cmd = autostart.launch_command(None, executable=str(python), frozen=False, platform="win32")
    assert cmd == [str(tmp_path / "pythonw.exe"), "-m", "caregiver_app"]


def test_data_folder_is_passed_as_an_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cmd = autostart.launch_command("rel/data", executable="/x/python", frozen=False, platform="linux")
    assert cmd[-2:] == ["--data-dir", str(tmp_path / "rel" / "data")]


# -- where: Linux, macOS, Windows ------------------------------------------------------------------------------
def test_where_each_system_keeps_it(tmp_path):
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": str(tmp_path)}, platform="linux") == tmp_path / "autostart"
    assert autostart.autostart_dir({}, platform="linux", home=tmp_path) == tmp_path / ".config" / "autostart"
    assert autostart.autostart_dir({}, platform="darwin", home=tmp_path) == tmp_path / "Library" / "LaunchAgents"
    assert autostart.autostart_dir({}, platform="win32") == autostart.RunKey()
    assert autostart.autostart_dir({}, platform="emscripten") is None


def test_linux_writes_an_xdg_autostart_entry_named_after_the_app_id(tmp_path):
    d = tmp_path / "autostart"
    d.mkdir()
    (d / "caregiver-app.desktop").write_text("[Desktop Entry]\nExec=old\n")  # written by an older version
    cmd = ["/opt/caregiver-app/caregiver-app", "--data-dir", "/home/ann/My Data"]
    assert autostart.set_start_at_login(True, cmd, d, platform="linux")
    assert sorted(p.name for p in d.iterdir()) == [f"{APP_ID}.desktop"]
    e = entry(d / f"{APP_ID}.desktop")
    assert e["Exec"] == '/opt/caregiver-app/caregiver-app --data-dir "/home/ann/My Data"'
    assert e["Icon"] == APP_ID and e["X-GNOME-Autostart-enabled"] == "true" and e["Type"] == "Application"
    assert autostart.set_start_at_login(False, cmd, d, platform="linux")
    assert list(d.iterdir()) == []


def test_macos_writes_a_launch_agent(tmp_path):
    d = tmp_path / "LaunchAgents"
    cmd = ["/Applications/Caregiver Assistant.app/Contents/MacOS/caregiver-app"]
    assert autostart.set_start_at_login(True, cmd, d, platform="darwin")
    plist = plistlib.loads((d / f"{APP_ID}.plist").read_bytes())
    assert plist == {"Label": APP_ID, "ProgramArguments": cmd, "RunAtLoad": True, "ProcessType": "Interactive",
                     "LimitLoadToSessionType": "Aqua"}
    autostart.set_start_at_login(False, cmd, d, platform="darwin")
    assert not (d / f"{APP_ID}.plist").exists()


class FakeWinreg:
    """The parts of winreg that start at login uses, over a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self):
        self.values: dict[tuple[str, str, str], tuple[int, str]] = {}

    class _Key:
        def __init__(self, path):
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def CreateKeyEx(self, root, path, reserved, access):
        assert (root, reserved, access) == ("HKCU", 0, self.KEY_SET_VALUE)
        return self._Key(path)

    def SetValueEx(self, key, name, reserved, kind, value):
        self.values[("HKCU", key.path, name)] = (kind, value)

    def DeleteValue(self, key, name):
        try:
            del self.values[("HKCU", key.path, name)]
        except KeyError:
            raise FileNotFoundError(name) from None


def test_windows_writes_the_run_key():
    reg = FakeWinreg()
    cmd = [r"C:\Program Files\Caregiver Assistant\caregiver-app.exe", "--data-dir", r"D:\Care Data"]
    assert autostart.set_start_at_login(True, cmd, autostart.RunKey(), registry=reg)
    assert reg.values == {("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Run", APP_ID): (
        reg.REG_SZ, r'"C:\Program Files\Caregiver Assistant\caregiver-app.exe" --data-dir "D:\Care Data"')}
    assert autostart.set_start_at_login(False, cmd, autostart.RunKey(), registry=reg)
    assert reg.values == {}
    autostart.set_start_at_login(False, cmd, autostart.RunKey(), registry=reg)  # already off: no error


def test_settings_offer_start_at_login_where_the_system_has_a_mechanism(make_app, tmp_path):
    app = make_app()
    assert app._autostart_dir == tmp_path / "autostart"
    if sys.platform.startswith("linux"):
        assert autostart.autostart_dir() is not None
