"""Finding bundled files, installed or from the source tree."""
from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable


def resource_root() -> Traversable:
    return resources.files("caregiver_app.resources")


def icon_bytes(name: str = "app.svg") -> bytes:
    return resource_root().joinpath("icons", name).read_bytes()
