"""What users install, built and tried the way a user would, outside the source tree: the wheel in a fresh
venv, the one-folder bundle, and the Debian package installed with dpkg (root only) and removed again.

Slow (a few minutes: two venvs with Qt, PyInstaller, xz); `make test` runs them, CI too. Skip them while working
on something else with: make test ARGS="-m 'not packaging'".
"""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.caregiver_app.CaregiverAssistant"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
pytestmark = [pytest.mark.slow, pytest.mark.packaging, pytest.mark.timeout(900),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built and tried on Linux here")]
TIMES: dict[str, float] = {}


def run(cmd, **kw) -> subprocess.CompletedProcess:
    kw.setdefault("capture_output", True)
    kw.setdefault("text", True)
    kw.setdefault("timeout", 600)
    result = subprocess.run([str(c) for c in cmd], **kw)
    if result.returncode != 0:
        raise AssertionError(f"{cmd} failed ({result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result


def user_env(home: Path, **extra) -> dict[str, str]:
    """A new user's environment: an empty home, nothing of the developer's (no PYTHONPATH, no XDG folders)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "PYTHON", "CAREGIVER_APP", "VIRTUAL_ENV", "QT_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", TMPDIR=str(home.parent / "tmp"), **extra)
    (home.parent / "tmp").mkdir(exist_ok=True)
    home.mkdir(exist_ok=True)
    return env


def tree(path: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(path)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in path.rglob("*")}


def smoke(cmd: list[str], where: Path, gui: list[str] | None = None) -> dict[str, str]:
    """The checks every install kind passes, as a new user in an empty home, started in an empty folder outside
    the source tree: --version, demo, report -o x.pdf, the real start (first paint, then quit), the GUI walk.
    Returns what was printed; fails when the app wrote anywhere but its user data and log folders."""
    home, work = where / "home", where / "work"
    work.mkdir(parents=True)
    env = user_env(home)
    out = {}
    out["version"] = run(cmd + ["--version"], cwd=work, env=env).stdout.strip()
    assert out["version"] == f"caregiver-app {VERSION}"
    out["demo"] = run(cmd + ["demo"], cwd=work, env=env).stdout
    assert "Demo data added to" in out["demo"] and str(home / ".local" / "share" / "caregiver-app") in out["demo"]
    out["report"] = run(cmd + ["report", "-o", "x.pdf"], cwd=work, env=env).stdout
    pdf = work / "x.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = run(["pdftotext", pdf, "-"]).stdout
        assert "Sam Example (demo)" in text and "aclofen" in text
    # The real start on the demo data in the user's data folder: the window paints its first page, then quits.
    start = run(cmd, cwd=work, env=dict(env, CAREGIVER_APP_EXIT_AFTER_PAINT="1"), timeout=120)
    assert "content_paint_s=" in start.stdout, start.stdout + start.stderr
    log = home / ".local" / "state" / "caregiver-app" / "log" / "caregiver-app.log"
    log_text = log.read_text(encoding="utf-8")
    assert "started; data folder ready" in log_text
    assert not [line for line in log_text.splitlines() if " ERROR " in line or " CRITICAL " in line], log_text
    # In Spanish: the app's translation and Qt's own (buttons, standard dialogs) are both found.
    start = run(cmd + ["--language", "es"], cwd=work, env=dict(env, CAREGIVER_APP_EXIT_AFTER_PAINT="1"), timeout=120)
    assert "content_paint_s=" in start.stdout, start.stdout + start.stderr
    log_text = log.read_text(encoding="utf-8")
    assert "language es" in log_text and "translation for es" not in log_text, log_text[-2000:]
    walk = run(gui or (cmd + ["self-test"]), cwd=work, env=env, timeout=300)
    out["self-test"] = walk.stdout
    assert "self-test passed" in walk.stdout, walk.stdout + walk.stderr
    # Written: the PDF asked for, the data folder, the log folder; Qt's font cache is fontconfig's own.
    assert sorted(p.name for p in work.iterdir()) == ["x.pdf"]
    allowed = (".local/share/caregiver-app/", ".local/state/caregiver-app/", ".cache/fontconfig/")
    stray = [str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()
             and not str(p.relative_to(home)).startswith(allowed)]
    assert stray == [], stray
    assert list((home.parent / "tmp").iterdir()) == []  # the self-test's temporary folder is gone
    return out


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """python -m build (sdist, and the wheel from it), as `make wheel` runs it."""
    out = tmp_path_factory.mktemp("dist")
    t0 = time.monotonic()
    run([sys.executable, ROOT / "packaging" / "build.py", "wheel", "--out", out], timeout=600)
    TIMES["wheel build"] = time.monotonic() - t0
    return out


@pytest.fixture(scope="module")
def bundle(dist, tmp_path_factory) -> Path:
    """The one-folder bundle and its archive from that wheel, as `make bundle` builds it."""
    out = tmp_path_factory.mktemp("bundle")
    wheel = next(dist.glob("*.whl"))
    t0 = time.monotonic()
    run([sys.executable, ROOT / "packaging" / "build.py", "bundle", "--wheel", wheel, "--out", out], timeout=900)
    TIMES["bundle build"] = time.monotonic() - t0
    return out


# -- wheel and sdist -------------------------------------------------------------------------------------------
def test_wheel_and_sdist_hold_every_package_and_resource(dist):
    wheel = next(dist.glob(f"caregiver_app-{VERSION}-py3-none-any.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    src = ROOT / "src" / "caregiver_app"
    for path in src.rglob("*.py"):
        assert f"caregiver_app/{path.relative_to(src).as_posix()}" in names, path
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert f"caregiver_app/resources/{path.relative_to(ROOT / 'resources').as_posix()}" in names, path
    entry_points = zipfile.ZipFile(wheel).read(f"caregiver_app-{VERSION}.dist-info/entry_points.txt").decode()
    assert "caregiver-app = caregiver_app.cli.main:main" in entry_points
    with tarfile.open(next(dist.glob(f"caregiver_app-{VERSION}.tar.gz"))) as sdist:
        members = {m.split("/", 1)[1] for m in sdist.getnames() if "/" in m}
    for must in ("LICENSE", "pyproject.toml", "setup.py", "packaging/caregiver-app.spec", "packaging/build.py",
                 f"resources/desktop/{APP_ID}.desktop", "src/caregiver_app/ui/pages/today.py"):
        assert must in members, must


def test_wheel_in_a_fresh_venv_outside_the_tree(dist, tmp_path):
    t0 = time.monotonic()
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    py = venv / "bin" / "python"
    run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", next(dist.glob("*.whl"))],
        cwd=tmp_path, timeout=600)
    out = smoke([str(venv / "bin" / "caregiver-app")], tmp_path / "user",
                gui=[str(py), str(ROOT / "tests" / "packaging" / "smoke_gui.py")])
    assert str(venv) in out["self-test"]  # smoke_gui.py: the installed copy, not src/
    TIMES["wheel install + checks"] = time.monotonic() - t0


# -- bundle ----------------------------------------------------------------------------------------------------
def test_bundle_runs_from_anywhere_and_writes_only_to_the_user_folders(bundle, tmp_path):
    t0 = time.monotonic()
    folder = bundle / "caregiver-app"
    exe = folder / "caregiver-app"
    archive = bundle / f"caregiver-app-{VERSION}-linux-{os.uname().machine}.tar.gz"
    assert exe.is_file() and os.access(exe, os.X_OK) and archive.is_file()
    qm = {p.name for p in folder.rglob("*.qm")}
    langs = {p.stem.split("_", 1)[1] for p in (ROOT / "resources" / "translations").glob("caregiver_*.qm")}
    assert qm == {f"caregiver_{lang}.qm" for lang in langs} | {f"qtbase_{lang}.qm" for lang in langs - {"pseudo"}}, \
        "Qt's translations are pruned to qtbase of each language the app has"
    assert not (folder / "_internal" / "PySide6" / "Qt" / "plugins" / "tls").exists()
    before = tree(folder)
    # From a copy unpacked from the archive, as a user downloads it; the build folder must stay untouched too.
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / f"caregiver-app-{VERSION}"
    for p in unpacked.rglob("*"):  # a read-only install, as under /opt
        if not p.is_symlink():
            p.chmod(p.stat().st_mode & ~0o222)
    unpacked_before = tree(unpacked)
    try:
        smoke([str(unpacked / "caregiver-app")], tmp_path / "user")
        assert tree(unpacked) == unpacked_before and tree(folder) == before, "the bundle wrote into its own folder"
    finally:
        for p in unpacked.rglob("*"):
            if not p.is_symlink():
                p.chmod(p.stat().st_mode | 0o200)
    TIMES["bundle checks"] = time.monotonic() - t0


def test_bundle_finds_every_library_it_needs_on_this_system(bundle):
    """What the bundle leaves to the system (the .deb's Depends) is there: nothing 'not found' for the program,
    Qt and the plugins this desktop loads (xcb, Wayland, offscreen, input methods, SVG)."""
    internal = bundle / "caregiver-app" / "_internal"
    qt = internal / "PySide6" / "Qt"
    files = [bundle / "caregiver-app" / "caregiver-app", *internal.glob("*.so*"), *(qt / "lib").glob("*.so*"),
             *(internal / "PySide6").glob("*.so"), *(qt / "plugins" / "platforms").glob("*.so"),
             *(qt / "plugins" / "imageformats").glob("*.so"), *(qt / "plugins" / "iconengines").glob("*.so"),
             *(qt / "plugins" / "platforminputcontexts").glob("*.so"),
             *(qt / "plugins" / "xcbglintegrations").glob("*.so"), *(qt / "plugins").glob("wayland-*/*.so")]
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{qt / 'lib'}")
    missing = {}
    for f in files:
        out = subprocess.run(["ldd", str(f)], capture_output=True, text=True, env=env).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            missing[f.name] = lost
    assert missing == {}


# -- Debian package --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def deb(bundle, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    t0 = time.monotonic()
    run([sys.executable, ROOT / "packaging" / "build.py", "deb", "--bundle", bundle / "caregiver-app",
         "--out", out], timeout=900)
    TIMES["deb build"] = time.monotonic() - t0
    return next(out.glob("caregiver-app_*.deb"))


def test_deb_contents(deb):
    listing = run(["dpkg-deb", "-c", deb]).stdout
    paths = {line.split()[5].lstrip(".") for line in listing.splitlines()}
    for must in ("/opt/caregiver-app/caregiver-app", "/usr/bin/caregiver-app",
                 f"/usr/share/applications/{APP_ID}.desktop", f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg", "/usr/share/doc/caregiver-app/copyright",
                 *(f"/usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES)):
        assert must in paths, must
    assert "/usr/bin/caregiver-app -> /opt/caregiver-app/caregiver-app" in listing
    assert all(" root/root " in line for line in listing.splitlines())
    info = run(["dpkg-deb", "-f", deb, "Package", "Version", "Architecture", "Depends"]).stdout
    assert f"Version: {VERSION}" in info and "libxcb-cursor0" in info


@pytest.fixture
def dpkg_lock():
    """Installing packages changes the machine: one test run at a time."""
    if os.geteuid() != 0 or not shutil.which("dpkg"):
        pytest.skip("installing a .deb needs root and dpkg")
    with open("/tmp/caregiver-app-deb-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def test_deb_installs_runs_from_path_has_its_menu_entry_and_removes_cleanly(deb, dpkg_lock, tmp_path):
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "caregiver-app"], capture_output=True, text=True)
    if "installed" in status.stdout and "not-installed" not in status.stdout:
        pytest.fail("caregiver-app is already installed on this machine: remove it first (dpkg --purge caregiver-app)")
    files = [line.split()[5].lstrip(".") for line in run(["dpkg-deb", "-c", deb]).stdout.splitlines()]
    t0 = time.monotonic()
    run(["dpkg", "-i", deb], env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    try:
        assert shutil.which("caregiver-app") == "/usr/bin/caregiver-app"
        smoke(["caregiver-app"], tmp_path / "user")
        # The menu entry and icon, where desktops look (XDG_DATA_DIRS defaults to /usr/local/share:/usr/share).
        entry = Path(f"/usr/share/applications/{APP_ID}.desktop")
        run(["desktop-file-validate", entry])
        text = entry.read_text(encoding="utf-8")
        assert "Exec=caregiver-app\n" in text and f"Icon={APP_ID}\n" in text
        for n in ICON_SIZES:
            assert Path(f"/usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png").is_file()
        assert Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
        run(["appstreamcli", "validate", "--no-net", f"/usr/share/metainfo/{APP_ID}.metainfo.xml"])
        assert run(["dpkg-query", "-W", "-f=${Version}", "caregiver-app"]).stdout == VERSION
    finally:
        run(["dpkg", "--purge", "caregiver-app"])
    TIMES["deb install + checks + purge"] = time.monotonic() - t0
    left = [f for f in files if f and (os.path.lexists(f) and not os.path.isdir(f))]
    assert left == []
    assert not Path("/opt/caregiver-app").exists()
    assert "caregiver-app" not in run(["dpkg-query", "-W", "-f=${Package}\\n"]).stdout.split()


def test_report_times(capsys):
    """Last in this module: says how long each packaging step took (for the CI budget of 10 minutes)."""
    if TIMES:
        with capsys.disabled():
            print("\npackaging times: " + ", ".join(f"{k} {v:.0f} s" for k, v in TIMES.items()) +
                  f"; total {sum(TIMES.values()):.0f} s")
