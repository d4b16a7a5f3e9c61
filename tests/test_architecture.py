"""The rooms of the code and what each may import (docs/architecture.md), checked on every module, so the rules
cannot drift. Imports inside functions count too: a late import is still a dependency."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import ROOT

PACKAGE = ROOT / "src" / "caregiver_app"
ROOMS = ("domain", "storage", "services", "scheduling", "ui", "reports", "cli", "system", "content")

#: room -> rooms it must never import (besides itself, anything else is allowed)
FORBIDDEN = {
    "domain": set(ROOMS) - {"domain"} | {"app"},
    "storage": {"ui", "services", "cli", "reports", "scheduling", "content", "app"},
    "services": {"ui", "cli", "reports", "scheduling", "app"},
    "system": {"domain", "storage", "services", "ui", "reports", "cli", "content", "scheduling", "app"},
    "content": {"domain", "storage", "services", "ui", "reports", "cli", "scheduling", "app"},
    "scheduling": {"ui", "cli", "storage", "services", "reports", "app"},
    "reports": {"ui", "cli", "app"},
    "ui": {"cli"},
    "app": {"cli"},
}
#: third-party or standard modules a room must not use
FORBIDDEN_LIBS = {
    "domain": {"PySide6", "shiboken6", "sqlite3", "apscheduler", "platformdirs"},
    "services": {"PySide6", "shiboken6", "sqlite3", "apscheduler"},
    "storage": {"PySide6", "shiboken6", "apscheduler"},
    "content": {"PySide6", "shiboken6", "sqlite3"},
}


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        room = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        yield path, rel, room


def imported(path: Path) -> set[str]:
    """Every module named by an import statement of ``path``, absolute (the code uses absolute imports only)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, (f"{path}: a relative import (from {'.' * node.level}{node.module}); "
                                     "write it absolute")
            names.add(node.module or "")
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def room_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "caregiver_app" or len(parts) == 1:
        return None
    return parts[1]


def test_only_the_composition_root_and_the_entry_points_sit_at_the_top():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "app.py"]
    assert sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"
                  and not p.name.startswith(".")) == sorted(ROOMS)


@pytest.mark.parametrize("room", sorted(FORBIDDEN))
def test_no_room_imports_what_it_must_not(room):
    bad = []
    for path, rel, r in modules():
        if r != room:
            continue
        for name in imported(path):
            target = room_of(name)
            if target in FORBIDDEN[room] and name.split(".")[1] not in ("__init__",):
                bad.append(f"{rel}: {name}")
            if name.split(".")[0] in FORBIDDEN_LIBS.get(room, ()):
                bad.append(f"{rel}: {name}")
    assert not bad, f"{room}/ imports what it must not:\n" + "\n".join(sorted(set(bad)))


def test_nothing_but_the_command_line_imports_the_command_line():
    bad = [f"{rel}: {name}" for path, rel, room in modules() if room not in ("cli", "__main__")
           for name in imported(path) if room_of(name) == "cli"]
    assert not bad, "\n".join(bad)


def test_sql_is_spoken_in_storage_only():
    bad = [str(rel) for path, rel, room in modules() if room != "storage" and "sqlite3" in
           {n.split(".")[0] for n in imported(path)}]
    assert not bad, f"sqlite3 outside storage/: {bad}"


def test_the_services_are_built_in_the_composition_roots_only():
    """``Services(...)`` is made by app.build_context (the desktop app) and by the commands of the command line,
    never by a screen or another service (which are given it)."""
    bad = []
    for path, rel, room in modules():
        if room in ("app", "cli") or rel.as_posix() == "services/__init__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in ("Services", "DoseService", "MedicineService", "PlanService", "DiaryService",
                            "PeopleService", "ArchiveService"):
                    bad.append(f"{rel}:{node.lineno} {name}(...)")
    assert not bad, "services built outside the composition roots:\n" + "\n".join(bad)


def test_the_rules_would_catch_a_forbidden_import(tmp_path):
    """The check itself: a domain module importing Qt, or a storage module importing a service, is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QTimer\nfrom caregiver_app.services.doses import DoseService\n")
    names = imported(bad)
    assert {"PySide6.QtCore", "caregiver_app.services.doses"} <= names
    assert room_of("caregiver_app.services.doses") in FORBIDDEN["storage"]
    assert "PySide6" in FORBIDDEN_LIBS["domain"]
