"""The translation files: find every translatable string in the sources, keep the .ts files up to date, make the
pseudo-locale, compile the .qm files (``make translations`` runs ``update``; docs/translating.md).

Why not pyside6-lupdate: its Python reader drops any call with a keyword argument (``_("Hi {name}", name=n)``)
and any string split over lines (implicit concatenation), which is how most of this app's sentences are
written; it found 2 of 6 such test strings. This reads the sources with Python's own parser instead, and writes
Qt's .ts format, so Qt Linguist and pyside6-lrelease work on the result as on lupdate's.

What it finds, in each module that defines its catalogue at the top (``_ = Tr("ui.pages.today")`` in the
desktop app and the summary, ``_ = Messages("domain.dosing")`` in the domain and the services):
``_("text")``, ``_.n("%n thing", "%n things", count)`` and ``_.mark("text")``. The context is the catalogue's
name. A call whose text is not a string literal is an error (an f-string cannot be translated).

    python tools/translations.py update     # rewrite the .ts files and the pseudo-locale, compile the .qm
    python tools/translations.py check      # exit 1 if a .ts or .qm is out of date (tests/i18n run this too)
"""
from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "caregiver_app"
TS_DIR = ROOT / "translations"                    # the translators' files (not shipped)
OUT = ROOT / "resources" / "translations"         # the compiled .qm files (shipped in the wheel and bundle)
LANGUAGES = {"es": "es_ES"}          # each translation shipped: code → the .ts file's language
PSEUDO = "pseudo"
CATALOGUES = ("Tr", "Messages")


@dataclass
class Message:
    context: str
    source: str
    singular: str | None = None       # a count's English singular (numerus message)
    files: set[str] = field(default_factory=set)

    @property
    def numerus(self) -> bool:
        return self.singular is not None


@dataclass
class Entry:
    """A message's translation read from a .ts file."""
    forms: list[str]
    finished: bool
    vanished: bool = False


class ExtractError(Exception):
    pass


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _catalogue(tree: ast.Module) -> str | None:
    for stmt in tree.body:
        if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                and stmt.targets[0].id == "_" and isinstance(stmt.value, ast.Call)
                and isinstance(stmt.value.func, ast.Name) and stmt.value.func.id in CATALOGUES
                and stmt.value.args and _literal(stmt.value.args[0]) is not None):
            return _literal(stmt.value.args[0])
    return None


def _import_time_calls(tree: ast.Module, rel: str) -> list[str]:
    """``_("…")`` run when the module is imported (at the top, in a class body, as a default value) would be
    said in whatever language was installed then, usually none: such words are ``_.mark``-ed and looked up
    where they are shown (``Tr.lookup``)."""
    out = []

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            defaults = [*node.args.defaults, *[d for d in node.args.kw_defaults if d is not None]]
            for d in defaults:
                visit(d, in_function)
            for d in getattr(node, "decorator_list", []):
                visit(d, in_function)
            body = node.body if isinstance(node.body, list) else [node.body]
            for child in body:
                visit(child, True)
            return
        if not in_function and isinstance(node, ast.Call):
            f = node.func
            if (isinstance(f, ast.Name) and f.id == "_") or (
                    isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "_"
                    and f.attr in ("n", "lookup")):
                out.append(f"{rel}:{node.lineno}: _() runs at import time here, before the language is "
                           "installed: _.mark() the text and say it with _.lookup() where it is shown")
        for child in ast.iter_child_nodes(node):
            visit(child, in_function)

    for stmt in tree.body:
        visit(stmt, False)
    return out


def extract_file(path: Path, rel: str) -> tuple[list[Message], list[str]]:
    """The messages of one module, and what is wrong with its calls (non-literal text, ``_`` reused)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    context = _catalogue(tree)
    if context is None:
        return [], []
    found: list[Message] = []
    errors: list[str] = []
    top = {id(s.targets[0]) for s in tree.body if isinstance(s, ast.Assign) and len(s.targets) == 1}
    errors += _import_time_calls(tree, rel) if any(isinstance(n, ast.Call) for n in ast.walk(tree)) else []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store) and id(node) not in top:
            errors.append(f"{rel}:{node.lineno}: '_' is the catalogue here; use another name for this variable")
        if isinstance(node, ast.arg) and node.arg == "_":
            errors.append(f"{rel}:{node.lineno}: '_' is the catalogue here; use another name for this argument")
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Name) and f.id == "_":
            kind = "call"
        elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "_" \
                and f.attr in ("n", "mark"):
            kind = f.attr
        else:
            continue
        need = 2 if kind == "n" else 1
        texts = [_literal(a) for a in node.args[:need]]
        if len(node.args) < need or any(t is None for t in texts):
            errors.append(f"{rel}:{node.lineno}: the text of _{'' if kind == 'call' else '.' + kind}() must be a "
                          "string literal (put values in as {placeholders})")
            continue
        if kind == "n":
            singular, plural = texts
            assert singular is not None and plural is not None
            if "%n" not in plural:
                errors.append(f"{rel}:{node.lineno}: a plural needs %n in it")
            found.append(Message(context, plural, singular, {rel}))
        else:
            assert texts[0] is not None
            found.append(Message(context, texts[0], None, {rel}))
    return found, errors


def extract(src: Path = SRC) -> tuple[dict[tuple[str, str], Message], list[str]]:
    messages: dict[tuple[str, str], Message] = {}
    errors: list[str] = []
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src.parent.parent).as_posix()
        found, errs = extract_file(path, rel)
        errors += errs
        for m in found:
            key = (m.context, m.source)
            if key in messages:
                old = messages[key]
                if old.singular != m.singular:
                    errors.append(f"{rel}: {m.source!r} is used both with and without a count in {m.context}")
                old.files |= m.files
            else:
                messages[key] = m
    return messages, errors


# ----------------------------------------------------------------------------------------------- .ts files

def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    out: dict[tuple[str, str], Entry] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if tr is None:
                forms = [""]
            elif msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""]
            out[(name, source)] = Entry(forms, kind == "", kind in ("vanished", "obsolete"))
    return out


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def render_ts(language: str, messages: dict[tuple[str, str], Message], entries: dict[tuple[str, str], Entry],
              forms: int) -> str:
    """The .ts text: every message found (with its translation where there is one), then the translations of
    messages no longer in the sources, marked vanished (kept for the translator, left out of the .qm)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    keys = sorted(set(messages) | {k for k, e in entries.items() if any(e.forms)})
    by_context: dict[str, list[tuple[str, str]]] = {}
    for key in keys:
        by_context.setdefault(key[0], []).append(key)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_x(context)}</name>"]
        for key in by_context[context]:
            m = messages.get(key)
            e = entries.get(key)
            numerus = m.numerus if m is not None else (e is not None and len(e.forms) > 1)
            lines.append('    <message numerus="yes">' if numerus else "    <message>")
            if m is not None:
                for f in sorted(m.files):
                    lines.append(f'        <location filename="../{_x(f)}"/>')
            lines.append(f"        <source>{_x(key[1])}</source>")
            if m is not None and m.singular is not None:
                lines.append(f"        <extracomment>English singular: {_x(m.singular)}</extracomment>")
            if m is None:
                state = ' type="vanished"'
            elif e is None or not e.finished or e.vanished:
                state = ' type="unfinished"'
            else:
                state = ""
            have = e.forms if e is not None else [""]
            if numerus:
                have = (have + [have[-1] if have else ""] * forms)[:forms]
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{_x(t)}</numerusform>" for t in have]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{_x(have[0] if have else '')}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------ pseudo-locale

_KEEP = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%n|%L?\d|<[^>]*>|&[A-Za-z#0-9]+;|&&|&\w")
_ACCENT = str.maketrans("aeiouyncAEIOUYNCsSzZlLdDgGhHkKrRtTwW",
                        "áéíóúýñçÁÉÍÓÚÝÑÇšŠžŽłŁđĐğĞĥĤķĶŕŔŧŦŵŴ")
OPEN, CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    """The pseudo-locale's version of a string: accented, about 40% longer, in ⟦brackets⟧; placeholders, HTML
    tags, entities and the mnemonic letter after '&' stay as they are (so Alt keys still work)."""
    if not text.strip():
        return text
    out: list[str] = []
    pos = 0
    letters = 0
    for m in _KEEP.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk.translate(_ACCENT))
        letters += sum(c.isalpha() for c in chunk)
        out.append(m.group())
        pos = m.end()
    chunk = text[pos:]
    out.append(chunk.translate(_ACCENT))
    letters += sum(c.isalpha() for c in chunk)
    body = "".join(out)
    pad = "·" * max(1, round(letters * 0.4))
    if body.lstrip().startswith("<") and body.rstrip().endswith(">"):
        return body  # a whole HTML document or block: its words are accented, brackets would break the markup
    lead = len(body) - len(body.lstrip())
    trail = len(body) - len(body.rstrip())
    return body[:lead] + OPEN + body.strip() + pad + CLOSE + body[len(body) - trail:]


def pseudo_entries(messages: dict[tuple[str, str], Message]) -> dict[tuple[str, str], Entry]:
    out = {}
    for key, m in messages.items():
        if m.singular is not None:
            out[key] = Entry([pseudo(m.singular), pseudo(m.source)], True)
        else:
            out[key] = Entry([pseudo(m.source)], True)
    return out


# ---------------------------------------------------------------------------------------------- commands

def ts_path(lang: str, out: Path = OUT) -> Path:
    return (TS_DIR if out == OUT else out) / f"caregiver_{lang}.ts"


def qm_path(lang: str, out: Path = OUT) -> Path:
    return out / f"caregiver_{lang}.qm"


def lrelease() -> str:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    if exe.exists():
        return str(exe)
    found = shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6-Essentials)")
    return found


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def wanted(messages: dict[tuple[str, str], Message], out: Path = OUT) -> dict[Path, str]:
    """Each .ts file's text as it should be now."""
    texts = {}
    for lang, name in LANGUAGES.items():
        path = ts_path(lang, out)
        texts[path] = render_ts(name, messages, read_ts(path), 2)
    texts[ts_path(PSEUDO, out)] = render_ts("en_GB", messages, pseudo_entries(messages), 2)
    return texts


def merge_from(paths: list[Path], out: Path = OUT) -> None:
    """Fill in translations from other copies of the .ts files (a branch's), where ours have none finished."""
    for lang in LANGUAGES:
        ours_path = ts_path(lang, out)
        ours = read_ts(ours_path)
        for other in paths:
            if other.name != ours_path.name:
                continue
            for key, e in read_ts(other).items():
                if e.finished and any(e.forms) and not (key in ours and ours[key].finished):
                    ours[key] = e
        messages, _errors = extract()
        ours_path.write_text(render_ts(LANGUAGES[lang], messages, ours, 2), encoding="utf-8")


def update(out: Path = OUT, also: list[Path] | None = None) -> int:
    messages, errors = extract()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    if also:
        merge_from(also, out)
    for path, text in wanted(messages, out).items():
        path.write_text(text, encoding="utf-8")
        compile_qm(path, out / path.with_suffix(".qm").name)
    print(f"{len(messages)} messages; wrote {', '.join(p.name for p in sorted(TS_DIR.glob('*.ts')))} and their .qm")
    return 0


def check(out: Path = OUT) -> list[str]:
    """What is out of date (empty when the .ts and .qm files match the sources)."""
    messages, problems = extract()
    for path, text in wanted(messages, out).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            problems.append(f"{path.name} is out of date: run make translations")
            continue
        qm = out / path.with_suffix(".qm").name
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            compile_qm(path, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name} is out of date: run make translations")
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("command", choices=("update", "check"))
    p.add_argument("--from", dest="also", nargs="*", type=Path, default=[],
                   help="(update) also take finished translations from these .ts files (same file names)")
    args = p.parse_args(argv)
    if args.command == "update":
        return update(also=args.also)
    problems = check()
    print("\n".join(problems) or "translations up to date")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
