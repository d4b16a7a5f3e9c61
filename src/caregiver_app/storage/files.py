"""Writing a file the way every export does: atomically (a temporary file in the same folder, fsync, rename),
readable by this user only."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from caregiver_app.domain.text import Messages

_ = Messages("storage.files")


class ExportError(Exception):
    """An export could not be written; ``str(exc)`` is for the user (raised with it as a translatable Text)."""


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, rename), mode 0600."""
    write_private_stream(path, lambda out: out.write(data))


def write_private_stream(path: Path, produce: Callable[[BinaryIO], object]) -> None:
    """Write what ``produce(out)`` writes to ``out`` to ``path`` atomically (temp file in the same folder, fsync,
    rename), mode 0600: streamed, so memory does not grow with the data. An ExportError raised by ``produce``
    leaves no file behind."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(_("{path} is a folder; please give a file name.", path=str(path)))
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(_("The folder {folder} does not exist.", folder=str(folder)))
    tmp = folder / f".{path.name}.{os.getpid()}.part"
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            try:
                produce(out)
                out.flush()
                os.fsync(out.fileno())
            except BaseException:
                out.close()
                with contextlib.suppress(OSError):
                    tmp.unlink()
                raise
        os.replace(tmp, path)
        if os.name == "posix":
            os.chmod(path, 0o600)
            try:
                dfd = os.open(folder, os.O_RDONLY)
                try:
                    os.fsync(dfd)
                finally:
                    os.close(dfd)
            except OSError:
                pass
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = _("the disk is full") if exc.errno == 28 else (exc.strerror or str(exc))
        raise ExportError(_("Could not write {path}: {reason}.", path=str(path), reason=reason)) from exc
