"""Finding bundled files, installed or from the source tree.

The resources are a regular package (``caregiver_app.resources``) of plain files; reading them through the
package's own location avoids importing importlib.resources on the start-up path.
"""
from __future__ import annotations

import importlib
from pathlib import Path


def resource_dir() -> Path:
    init = importlib.import_module("caregiver_app.resources").__file__
    assert init is not None  # a regular package: it has an __init__.py
    return Path(init).parent


def icon_bytes(name: str = "app.svg") -> bytes:
    return (resource_dir() / "icons" / name).read_bytes()
