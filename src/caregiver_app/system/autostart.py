"""Start at login, the freedesktop way (~/.config/autostart). Other systems: not offered."""
from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

FILE_NAME = "caregiver-app.desktop"


def autostart_dir(environ: dict[str, str] | None = None) -> Path | None:
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\nType=Application\nName=Caregiver Assistant\n"
        "Comment=Dose reminders and symptom diary\n"
        f"Exec={' '.join(shlex.quote(c) for c in command)}\nTerminal=false\nX-GNOME-Autostart-enabled=true\n"
    )


def set_start_at_login(enabled: bool, command: list[str], directory: Path | None) -> bool:
    """Returns False where the platform has no supported mechanism."""
    if directory is None:
        return False
    path = directory / FILE_NAME
    if enabled:
        directory.mkdir(parents=True, exist_ok=True)
        path.write_text(desktop_entry(command), encoding="utf-8")
    elif path.exists():
        path.unlink()
    return True


def launch_command(data_dir: str | None) -> list[str]:
    cmd = [sys.executable, "-m", "caregiver_app"]
    if data_dir:
        cmd += ["--data-dir", data_dir]
    return cmd
