"""Start at login: an XDG autostart entry on Linux, a LaunchAgent on macOS, the Run key on Windows.

The entry starts the command of this very install (``launch_command``): the bundle's executable (or the .deb's
``/usr/bin/caregiver-app`` that links to it), else this interpreter with ``-m caregiver_app`` (a venv, pipx, or
a source checkout). Every kind is named after the one application id (``system.desktop.APP_ID``).
"""
from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from caregiver_app.system.desktop import APP_ID, APP_NAME

FILE_NAME = f"{APP_ID}.desktop"
LEGACY_FILE_NAME = "caregiver-app.desktop"  # what versions before the application id wrote
PLIST_NAME = f"{APP_ID}.plist"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class RunKey:
    """Where start-at-login lives on Windows: a value named after the app id in the user's Run key."""

    def __init__(self, key: str = RUN_KEY, value_name: str = APP_ID):
        self.key, self.value_name = key, value_name

    def __repr__(self) -> str:
        return f"RunKey({self.key!r}, {self.value_name!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, RunKey) and (self.key, self.value_name) == (other.key, other.value_name)


def autostart_dir(environ: dict[str, str] | None = None, platform: str | None = None,
                  home: Path | None = None) -> Path | RunKey | None:
    """Where this system keeps start-at-login entries; None where none is supported."""
    platform = platform or sys.platform
    home = home or Path.home()
    if platform == "win32":
        return RunKey()
    if platform == "darwin":
        return home / "Library" / "LaunchAgents"
    if platform.startswith("linux") or "bsd" in platform:
        env = os.environ if environ is None else environ
        base = env.get("XDG_CONFIG_HOME") or str(home / ".config")
        return Path(base) / "autostart"
    return None


def desktop_entry(command: list[str]) -> str:
    from caregiver_app.system.desktop import exec_line

    return (
        f"[Desktop Entry]\nType=Application\nName={APP_NAME}\n"
        f"Comment=Dose reminders and symptom diary\nIcon={APP_ID}\n"
        f"Exec={exec_line(command)}\nTerminal=false\nX-GNOME-Autostart-enabled=true\n"
    )


def launch_agent(command: list[str]) -> bytes:
    """A macOS LaunchAgent that starts the app when the user logs in (in the GUI session only)."""
    import plistlib

    return plistlib.dumps({
        "Label": APP_ID, "ProgramArguments": list(command), "RunAtLoad": True,
        "ProcessType": "Interactive", "LimitLoadToSessionType": "Aqua",
    })


def run_value(command: list[str]) -> str:
    """The Run key's value: one Windows command line."""
    import subprocess

    return subprocess.list2cmdline(command)


def set_start_at_login(enabled: bool, command: list[str], directory: Path | RunKey | None,
                       platform: str | None = None, registry=None) -> bool:
    """Write (or remove) the entry in ``directory`` as ``autostart_dir`` gave it. ``registry`` stands in for
    ``winreg`` in tests. Returns False where the platform has no supported mechanism."""
    if directory is None:
        return False
    if isinstance(directory, RunKey):
        _set_run_key(enabled, command, directory, registry)
        return True
    platform = platform or sys.platform
    if platform == "darwin":
        path, data = directory / PLIST_NAME, launch_agent(command)
    else:
        path, data = directory / FILE_NAME, desktop_entry(command).encode("utf-8")
        legacy = directory / LEGACY_FILE_NAME
        if legacy.exists():
            legacy.unlink()  # one entry only, named after the app id
    if enabled:
        directory.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    elif path.exists():
        path.unlink()
    return True


def _set_run_key(enabled: bool, command: list[str], where: RunKey, registry=None) -> None:
    if registry is None:
        import winreg as registry  # (the parameter stands in for it in tests)
    with registry.CreateKeyEx(registry.HKEY_CURRENT_USER, where.key, 0, registry.KEY_SET_VALUE) as key:
        if enabled:
            registry.SetValueEx(key, where.value_name, 0, registry.REG_SZ, run_value(command))
        else:
            with contextlib.suppress(FileNotFoundError):  # nothing to remove
                registry.DeleteValue(key, where.value_name)


def launch_command(data_dir: str | None, *, executable: str | None = None, frozen: bool | None = None,
                   which=None, platform: str | None = None) -> list[str]:
    """The command that starts this install of the app (``which`` stands in for ``shutil.which`` in tests)."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    platform = platform or sys.platform
    if frozen:
        cmd = [executable]
        if which is None:
            from shutil import which
        on_path = which("caregiver-app")
        # The .deb links /usr/bin/caregiver-app to the bundle: name the link, which an upgrade keeps valid.
        if on_path and os.path.realpath(on_path) == os.path.realpath(executable):
            cmd = [on_path]
    else:
        if platform == "win32":
            # pythonw.exe: no console window at login.
            windowed = Path(executable).with_name("pythonw.exe")
            if Path(executable).name.lower() == "python.exe" and windowed.exists():
                executable = str(windowed)
        cmd = [executable, "-m", "caregiver_app"]
    if data_dir:
        cmd += ["--data-dir", str(Path(data_dir).expanduser().resolve())]  # login starts in another folder
    return cmd
