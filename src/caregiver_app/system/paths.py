"""Where the app keeps its files. Nothing is created at import time."""
from __future__ import annotations

import os
import stat
from pathlib import Path

APP_NAME = "caregiver-app"
ENV_DATA_DIR = "CAREGIVER_APP_DATA_DIR"
DB_NAME = "caregiver.db"


class DataDirError(Exception):
    """The data directory cannot be used (not a directory, no permission...)."""


class AppPaths:
    """Where the data and the logs go (a plain class: dataclasses would pull in inspect at start-up)."""

    __slots__ = ("data_dir", "log_dir")

    def __init__(self, data_dir: Path, log_dir: Path):
        self.data_dir = data_dir
        self.log_dir = log_dir

    def __eq__(self, other) -> bool:
        return isinstance(other, AppPaths) and (self.data_dir, self.log_dir) == (other.data_dir, other.log_dir)

    def __repr__(self) -> str:
        return f"AppPaths(data_dir={self.data_dir!r}, log_dir={self.log_dir!r})"

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "app.lock"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> AppPaths:
    """``--data-dir`` wins, then ``$CAREGIVER_APP_DATA_DIR``, then the platform's user data directory.

    With an explicit data directory the logs live inside it (``logs/``), so a test or a
    portable install keeps everything in one place.
    """
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(ENV_DATA_DIR) or None
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=base, log_dir=base / "logs")
    import platformdirs

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it readable by the owner only (0700)."""
    if path.exists() and not path.is_dir():
        raise DataDirError(f"{path} exists but is not a folder.")
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
            path.chmod(0o700)
    except PermissionError as exc:
        raise DataDirError(f"No permission to use the folder {path}: {exc.strerror}.") from exc
    except OSError as exc:
        raise DataDirError(f"The folder {path} cannot be used: {exc.strerror or exc}.") from exc
    return path


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if missing; tighten the mode if it exists."""
    if os.name != "posix":
        return
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    elif stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o600)
