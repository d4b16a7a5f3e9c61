"""The app's identity on the desktop, and the menu entry for installs that have no package manager.

One reverse-DNS application id is used everywhere: the .desktop file's name, the icon's name, the AppStream
metainfo id, the start-at-login entry, Qt's desktop file name (so the window groups with its menu entry and
icon) and the Windows AppUserModelID (so Windows shows the app's notifications). ``tests/test_desktop.py``
checks that every file that spells it out agrees with ``APP_ID``.

``caregiver-app install-desktop`` (for pip and pipx installs) copies the menu entry, the icons and the metainfo
under the user's XDG data folder, with ``Exec=`` pointing at the command of this install;
``uninstall-desktop`` removes exactly those files again. A .deb installs the same files system-wide.

Nothing here runs at import time; the module is imported on the start-up path for ``APP_ID`` only.
"""
from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APP_ID = "io.github.caregiver_app.CaregiverAssistant"
APP_NAME = "Caregiver Assistant"
#: The project's home and issue tracker (also in the metainfo file; tests/test_desktop.py keeps them equal).
HOMEPAGE = "https://github.com/caregiver-app/caregiver-app"
ISSUES_URL = HOMEPAGE + "/issues"
#: The PNG sizes of the icon (hicolor theme); the SVG is installed as the scalable one.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The command name that packages put on PATH; the template .desktop file's Exec lines start with it.
COMMAND = "caregiver-app"

#: Characters that make an Exec argument need quoting (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_file_name() -> str:
    return f"{APP_ID}.desktop"


def metainfo_file_name() -> str:
    return f"{APP_ID}.metainfo.xml"


def desktop_resources() -> Path:
    from caregiver_app.system.resources import resource_dir

    return resource_dir() / "desktop"


def icon_files() -> list[tuple[str, Path]]:
    """(hicolor size folder, file) for every icon: the PNGs at ICON_SIZES, then the scalable SVG."""
    from caregiver_app.system.resources import resource_dir

    icons = resource_dir() / "icons"
    files = [(f"{n}x{n}", icons / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png") for n in ICON_SIZES]
    files.append(("scalable", icons / "app.svg"))
    return files


def exec_quote(arg: str) -> str:
    """One argument of an Exec line, quoted the way the Desktop Entry Specification asks."""
    if arg and not (set(arg) & _RESERVED) and "%" not in arg and "=" not in arg:
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def exec_line(command: list[str]) -> str:
    """The value of an Exec key; the desktop file format escapes backslashes once more on top of the quoting."""
    return " ".join(exec_quote(c) for c in command).replace("\\", "\\\\")


def desktop_entry(command: list[str] | None = None) -> str:
    """The menu entry: the packaged template, with each ``Exec=caregiver-app …`` line pointing at ``command``
    (None keeps the plain command name, as the .deb installs it on PATH)."""
    text = (desktop_resources() / desktop_file_name()).read_text(encoding="utf-8")
    if command is None:
        return text
    lines = []
    for line in text.splitlines():
        if line.startswith(f"Exec={COMMAND}"):
            rest = line[len(f"Exec={COMMAND}"):]
            line = f"Exec={exec_line(command)}{rest}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def xdg_data_home(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME")
    return Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "share"


def installed_paths(data_home: Path) -> list[Path]:
    """Every file install_desktop writes under ``data_home`` (what uninstall_desktop removes)."""
    paths = [data_home / "applications" / desktop_file_name(), data_home / "metainfo" / metainfo_file_name()]
    for size, source in icon_files():
        paths.append(data_home / "icons" / "hicolor" / size / "apps" / f"{APP_ID}{source.suffix}")
    return paths


def install_desktop(command: list[str], data_home: Path) -> list[Path]:
    """Write the menu entry (Exec = ``command``), icons and metainfo under ``data_home``; returns the files."""
    written = []
    entry = data_home / "applications" / desktop_file_name()
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(command), encoding="utf-8")
    entry.chmod(0o644)
    written.append(entry)
    meta = data_home / "metainfo" / metainfo_file_name()
    meta.parent.mkdir(parents=True, exist_ok=True)
    meta.write_bytes((desktop_resources() / metainfo_file_name()).read_bytes())
    written.append(meta)
    for size, source in icon_files():
        target = data_home / "icons" / "hicolor" / size / "apps" / f"{APP_ID}{source.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
        written.append(target)
    _refresh_caches(data_home)
    return written


def uninstall_desktop(data_home: Path) -> list[Path]:
    """Remove what install_desktop wrote (only those files); returns the ones that were there."""
    removed = []
    for path in installed_paths(data_home):
        if path.exists() or path.is_symlink():
            path.unlink()
            removed.append(path)
    if removed:
        _refresh_caches(data_home)
    return removed


def _refresh_caches(data_home: Path) -> None:
    """Tell the menu and the icon theme about the change where the desktop keeps caches (best effort)."""
    import shutil
    import subprocess

    hicolor = data_home / "icons" / "hicolor"
    with contextlib.suppress(OSError):
        os.utime(hicolor)  # icon theme caches are checked against the folder's time
    for cmd in (["update-desktop-database", "-q", str(data_home / "applications")],
                ["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)]):
        if shutil.which(cmd[0]) and Path(cmd[-1]).is_dir():
            subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)


def set_windows_app_id(app_id: str = APP_ID, platform: str | None = None, ctypes_module=None) -> bool:
    """Give the process its AppUserModelID on Windows, before any window or tray icon exists: without one,
    Windows groups the app under python.exe and drops its toast notifications silently. True when set."""
    if (platform or sys.platform) != "win32":
        return False
    if ctypes_module is None:
        import ctypes as ctypes_module
    try:
        result = ctypes_module.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)
    except (AttributeError, OSError):
        return False
    return result == 0  # S_OK
