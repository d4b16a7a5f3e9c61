"""Caregiver Assistant.

The version has one source: ``version`` in pyproject.toml, which becomes the installed package's metadata.
``caregiver_app.__version__`` is read from there when first asked for (importlib.metadata is not cheap, and
start-up never needs it); a source tree that was never installed reads pyproject.toml itself.
"""
from __future__ import annotations

DIST_NAME = "caregiver-app"

_cached: list[str] = []


def version() -> str:
    """The app's version: the source tree's pyproject.toml when running from one (an editable install's
    metadata goes stale until it is installed again), else the installed distribution's metadata."""
    if _cached:
        return _cached[0]
    found = _source_tree_version() or _metadata_version() or "0+unknown"
    _cached.append(found)
    return found


def _source_tree_version() -> str | None:
    from pathlib import Path

    here = Path(__file__).resolve().parent
    if here.parent.name != "src":
        return None
    pyproject = here.parent.parent / "pyproject.toml"
    try:
        import tomllib

        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, ValueError):
        return None
    if project.get("name") != DIST_NAME:
        return None
    return str(project.get("version")) or None


def _metadata_version() -> str | None:
    from importlib import metadata

    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return None


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
