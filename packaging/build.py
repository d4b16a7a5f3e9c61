#!/usr/bin/env python3
"""Builds what users install: the wheel and sdist, the one-folder bundle (PyInstaller) and its archive, and the
Debian package made from the bundle. The Makefile's `wheel`, `bundle` and `deb` targets call this, and so do
the tests in tests/packaging.

    python packaging/build.py wheel  [--out DIR]
    python packaging/build.py bundle [--out DIR] [--wheel FILE] [--no-prune]
    python packaging/build.py deb    [--out DIR] [--bundle DIR]

Outputs go to dist/ (build/ holds the intermediate files); each command prints the paths and sizes it made.
The bundle is built in its own virtual environment (build/bundle-venv) with the wheel installed, never from
the source tree, so it holds exactly what the wheel holds. Runs with Python 3.11+ on Linux, Windows and macOS
(`deb` on Debian-like systems only, with dpkg-deb).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "caregiver-app.spec"
APP_ID = "io.github.caregiver_app.CaregiverAssistant"  # = caregiver_app.system.desktop.APP_ID (tested)
NAME = "caregiver-app"
DEB_PREFIX = "/opt/caregiver-app"  # where the .deb puts the bundle; /usr/bin/caregiver-app links into it
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# What the bundle needs from the system (the Qt libraries it does not carry); = install-system-deps.sh RUNTIME.
DEB_DEPENDS = ("libc6 (>= 2.28), libegl1, libgl1, libglib2.0-0, libfontconfig1, libfreetype6, libdbus-1-3, "
               "libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, "
               "libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, "
               "libxcb-sync1, libxcb-xfixes0, libxcb-xkb1, libxcb-util1, fonts-dejavu-core, libwayland-client0, "
               "libwayland-cursor0, libwayland-egl1")
DEB_RECOMMENDS = "libcups2, hicolor-icon-theme, xdg-utils"


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def version() -> str:
    return project()["version"]


def run(cmd: list[str], **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def size_text(path: Path) -> str:
    total = path.stat().st_size if path.is_file() else sum(
        p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return f"{total / 1e6:.1f} MB"


def dir_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


# -- wheel and sdist -------------------------------------------------------------------------------------------
def build_wheel(out: Path) -> Path:
    """sdist, then the wheel built from that sdist (python -m build), so a file missing from the sdist shows."""
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("caregiver_app-*.whl")) + list(out.glob("caregiver_app-*.tar.gz")):
        old.unlink()
    run([sys.executable, "-P", "-m", "build", "--outdir", out, ROOT])  # -P: a build/ folder here is not the tool
    wheel = next(out.glob(f"caregiver_app-{version()}-*.whl"))
    sdist = next(out.glob(f"caregiver_app-{version()}.tar.gz"))
    print(f"wheel: {wheel} ({size_text(wheel)})\nsdist: {sdist} ({size_text(sdist)})")
    return wheel


# -- bundle ----------------------------------------------------------------------------------------------------
def bundle_venv(wheel: Path, venv: Path) -> Path:
    """A virtual environment with the wheel (and its dependencies) and PyInstaller installed."""
    if venv.exists():
        shutil.rmtree(venv)
    run([sys.executable, "-m", "venv", venv])
    py = venv_python(venv)
    pyinstaller = next(r for r in project()["optional-dependencies"]["package"] if r.startswith("pyinstaller"))
    run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel), pyinstaller])
    return py


def build_bundle(out: Path, wheel: Path | None = None, prune: bool = True) -> Path:
    build = ROOT / "build"
    wheel = wheel or build_wheel(ROOT / "dist")
    py = bundle_venv(wheel, build / "bundle-venv")
    env = dict(os.environ, CAREGIVER_BUNDLE_PRUNE="1" if prune else "0")
    # Run from outside the source tree: nothing may be picked up from src/ or resources/ by accident.
    run([py, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", out,
         "--workpath", build / "pyinstaller", SPEC], env=env, cwd=build)
    folder = out / NAME
    print(f"bundle: {folder} ({size_text(folder)}, pruned: {prune})")
    return folder


def archive_bundle(folder: Path, out: Path) -> Path:
    """The bundle as one download: a .tar.gz on Linux and macOS (keeps the executable bits), a .zip on Windows."""
    plat = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    machine = os.uname().machine if hasattr(os, "uname") else os.environ.get("PROCESSOR_ARCHITECTURE", "x86_64")
    stem = out / f"{NAME}-{version()}-{plat}-{machine.lower()}"
    if sys.platform == "win32":
        path = Path(shutil.make_archive(str(stem), "zip", folder.parent, folder.name))
    else:
        path = Path(f"{stem}.tar.gz")
        with tarfile.open(path, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=f"{NAME}-{version()}")
    print(f"archive: {path} ({size_text(path)})")
    return path


# -- Debian package --------------------------------------------------------------------------------------------
def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def control_file(installed_kib: int, arch: str) -> str:
    meta = project()
    return (
        f"Package: {NAME}\nVersion: {version()}\nArchitecture: {arch}\n"
        "Maintainer: Caregiver Assistant contributors <caregiver-app@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kib}\nDepends: {DEB_DEPENDS}\nRecommends: {DEB_RECOMMENDS}\n"
        "Section: misc\nPriority: optional\n"
        "Homepage: https://github.com/caregiver-app/caregiver-app\n"
        f"Description: {meta['description'].split(':', 1)[0]} - medication reminders for baclofen\n"
        " Offline desktop app for people who take baclofen (Lioresal) for spasticity and\n"
        " for their carers: dose reminders that survive restarts and clock changes, a\n"
        " symptom diary, titration and taper plans, information pages written from named\n"
        " sources and appointment summaries for print or PDF. Everything stays on this\n"
        " computer; the app never gives medical advice.\n"
        " .\n"
        " This package carries its own Python and Qt (a PyInstaller bundle) in\n"
        f" {DEB_PREFIX}.\n"
    )


def copyright_file() -> str:
    return (ROOT / "packaging" / "debian" / "copyright").read_text(encoding="utf-8")


def build_deb(out: Path, bundle: Path | None = None) -> Path:
    bundle = bundle or build_bundle(ROOT / "dist")
    if not (bundle / NAME).is_file():
        raise SystemExit(f"{bundle} is not a bundle (no {NAME} executable in it)")
    resources = bundle / "_internal" / "caregiver_app" / "resources"
    stage = ROOT / "build" / "deb" / f"{NAME}_{version()}"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / DEB_PREFIX.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)
    usr = stage / "usr"
    (usr / "bin").mkdir(parents=True)
    os.symlink(f"{DEB_PREFIX}/{NAME}", usr / "bin" / NAME)
    share = usr / "share"
    apps = share / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(resources / "desktop" / f"{APP_ID}.desktop", apps / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir()
    shutil.copy2(resources / "desktop" / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    for n in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{n}x{n}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(resources / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png", target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(resources / "icons" / "app.svg", scalable / f"{APP_ID}.svg")
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file(), encoding="utf-8")
    # Permissions as Debian policy wants them: directories 0755, the one program 0755, every other file (the
    # shared libraries too) 0644.
    program = opt / NAME
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path == program else 0o644)
    installed_kib = (dir_size(stage) + 1023) // 1024
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control_file(installed_kib, deb_architecture()), encoding="utf-8")
    debian.chmod(0o755)
    # No maintainer scripts: dpkg's file triggers (desktop-file-utils, hicolor-icon-theme, AppStream) update the
    # menu, icon and software-centre caches when files land in /usr/share/{applications,icons,metainfo}.
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{NAME}_{version()}_{deb_architecture()}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", stage, deb])
    print(f"deb: {deb} ({size_text(deb)}, installed {installed_kib / 1024:.1f} MiB)")
    return deb


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="what", required=True)
    w = sub.add_parser("wheel", help="sdist and wheel into dist/")
    b = sub.add_parser("bundle", help="one-folder bundle and its archive into dist/")
    b.add_argument("--wheel", type=Path, help="use this wheel (default: build it)")
    b.add_argument("--no-prune", action="store_true", help="keep every Qt module, plugin and translation")
    d = sub.add_parser("deb", help="Debian package from the bundle into dist/")
    d.add_argument("--bundle", type=Path, help="use this bundle folder (default: build it)")
    for s in (w, b, d):
        s.add_argument("--out", type=Path, default=ROOT / "dist")
    args = p.parse_args(argv)
    out = args.out.resolve()
    if args.what == "wheel":
        build_wheel(out)
    elif args.what == "bundle":
        folder = build_bundle(out, args.wheel.resolve() if args.wheel else None, prune=not args.no_prune)
        archive_bundle(folder, out)
    else:
        build_deb(out, args.bundle.resolve() if args.bundle else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
