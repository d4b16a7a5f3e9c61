"""docs/safety.md names, for each way the app could hurt someone, the tests that prove its mitigation: every test
it names must exist, so the log cannot point at tests that were renamed, moved or deleted."""
from __future__ import annotations

import ast
import re

from helpers import ROOT

LOG = ROOT / "docs" / "safety.md"
TESTS = ROOT / "tests"
#: a test reference in backticks: "dir/test_file.py", "dir/test_file.py::test_name", or "::test_name" (same file)
REF = re.compile(r"`((?:[\w/]+/)?test_[\w*]+\.py)?(?:::(\w+))?`")


def rows() -> list[tuple[str, str, str]]:
    """(hazard id, proof cell, status) of every row of the hazard tables."""
    out = []
    for line in LOG.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"H\d+[a-z]?", cells[0]):
            out.append((cells[0], cells[3], cells[4]))
    return out


def functions_in(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}


def references(proof: str) -> list[tuple[str, str | None]]:
    """(file, test or None) for each reference; "::name" refers to the file named before it in the cell."""
    out, current = [], None
    for m in REF.finditer(proof):
        file, name = m.group(1), m.group(2)
        if file:
            current = file
        if file or name:
            out.append((current, name))
    return out


def test_every_hazard_has_proof_and_a_status():
    found = rows()
    assert len(found) >= 30
    for hid, proof, status in found:
        assert status in ("M", "P", "O"), f"{hid}: status {status!r}"
        if status == "M":
            assert references(proof), f"{hid} is marked mitigated but names no test"


def test_every_test_the_log_names_exists():
    missing = []
    for hid, proof, _status in rows():
        for file, name in references(proof):
            if file is None:
                missing.append(f"{hid}: ::{name} without a file before it")
                continue
            paths = sorted(TESTS.glob(file))
            if not paths:
                missing.append(f"{hid}: {file} (no such file under tests/)")
                continue
            if name is not None and not any(name in functions_in(p) for p in paths):
                missing.append(f"{hid}: {file}::{name}")
    assert not missing, "docs/safety.md names tests that do not exist:\n" + "\n".join(missing)
