"""Start-up memory (issue 3): what keeps the first screen light, checked as a real process where it matters.

The figures themselves come from bench/run.py (startup_rss_ratio); these tests keep the causes from coming back.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from caregiver_app.system.clock import _system_tz, zone_name_from_system
from caregiver_app.system.qt_binding import lighten_import_hook
from caregiver_app.system.single_instance import server_name
from caregiver_app.ui import theme
from caregiver_app.ui.pages import today
from helpers import ROOT

# Runs the real start-up (demo data) and reports what the process holds once the first page is drawn.
PROBE = r"""
import gc, enum, json, linecache, os, sys
os.environ["CAREGIVER_APP_EXIT_AFTER_PAINT"] = "1"
import caregiver_app.app as A
seen = {}
orig = A.CaregiverApp._after_first_paint
def after(self):
    self.window.current_page().repaint()
    seen["linecache_lines"] = sum(len(v[2]) for v in linecache.cache.values() if isinstance(v, tuple) and len(v) > 2)
    seen["qt_namespace_enums"] = sum(1 for o in gc.get_objects()
                                     if isinstance(o, enum.EnumType) and o.__qualname__.startswith("Qt."))
    seen["app_style_sheet"] = self.qapp.styleSheet()
    seen["modules"] = sorted(m for m in ("hashlib", "tzlocal", "apscheduler", "PySide6.QtNetwork", "PySide6.QtSvg")
                             if m in sys.modules)
    seen["settings_shortcut"] = self.window.settings_action.shortcut().toString()
    orig(self)
A.CaregiverApp._after_first_paint = after
A.run_gui(sys.argv[1])
print("PROBE" + json.dumps(seen))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory):
    data = tmp_path_factory.mktemp("startup") / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"), TZ="Europe/London")
    subprocess.run([sys.executable, "-m", "caregiver_app", "--data-dir", str(data), "demo"], env=env, check=True,
                   capture_output=True, timeout=120)
    out = subprocess.run([sys.executable, "-c", PROBE, str(data)], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    line = [x for x in out.stdout.splitlines() if x.startswith("PROBE")][-1]
    return json.loads(line[len("PROBE"):])


def test_module_sources_are_not_kept_in_memory(started):
    # PySide6's import hook used to read every imported module's source into linecache (~40,000 lines, 3 MB).
    # What is left (enum.py, ~2,000 lines) is read while shiboken6 itself is imported, before the hook is changed.
    assert started["linecache_lines"] < 5000


def test_first_screen_needs_no_heavy_extras(started):
    # No OpenSSL (hashlib), no tzlocal (the zone is named from the system), no scheduler, network or SVG yet:
    # they come after the first paint.
    assert started["modules"] == []


def test_first_screen_builds_no_qt_namespace_enums_and_no_app_style_sheet(started):
    assert started["qt_namespace_enums"] == 0
    assert started["app_style_sheet"] == ""


def test_keyboard_shortcuts_are_there_from_the_start(started):
    assert started["settings_shortcut"] == "Ctrl+,"


def test_light_import_hook_answers_like_pysides_own():
    assert lighten_import_hook() is True  # in place on this binding (a renamed hook would make this fail)
    feature = sys.modules["shibokensupport.feature"]
    light = feature._mod_uses_pyside
    assert getattr(light, "_caregiver_app_light_scan", False)
    import caregiver_app.domain.schedules as plain
    import caregiver_app.ui.main_window as uses

    assert light(uses) is True and light(plain) is False
    assert light(sys) is False  # built-in: no source file
    assert lighten_import_hook() is True  # twice is harmless


def test_today_uses_qts_own_numbers_for_item_colours():
    assert Qt.ItemDataRole.BackgroundRole.value == today.BACKGROUND_ROLE
    assert Qt.ItemDataRole.ForegroundRole.value == today.FOREGROUND_ROLE


def test_instance_name_is_unchanged_by_the_switch_to_qts_sha256(tmp_path):
    expected = "caregiver-app-" + hashlib.sha256(str(tmp_path.resolve()).encode()).hexdigest()[:16]
    assert server_name(tmp_path) == expected


# -- text roles instead of an application style sheet ----------------------------------------------------------

def test_text_roles_follow_the_text_size(make_app):
    app = make_app()
    w = app.window
    w.show_page("today")
    title = w.pages["today"].title_label
    qapp = QApplication.instance()
    theme.apply_text_size(qapp, "normal")
    assert title.font().pointSize() == 12 + 8 and title.font().bold()
    nav_height = w.nav.item(0).sizeHint().height()
    theme.apply_text_size(qapp, "extra_large")
    try:
        assert title.font().pointSize() == 18 + 8
        assert w.nav.font().pointSize() == 19
        assert w.nav.item(0).sizeHint().height() > nav_height  # rows grow with the text
        assert w.emergency_button.font().bold()
    finally:
        theme.apply_text_size(qapp, "normal")
    assert qapp.styleSheet() == ""


def test_emergency_button_and_notices_keep_their_colours(make_app):
    w = make_app().window
    pal = w.emergency_button.palette()
    assert pal.color(QPalette.ColorRole.ButtonText).name() == "#b00020"
    assert pal.color(QPalette.ColorRole.Button).name() == "#fde7ea"
    nav = w.nav.palette()
    assert nav.color(QPalette.ColorRole.Highlight).name() == "#1f4e79"
    assert nav.color(QPalette.ColorRole.HighlightedText).name() == "#ffffff"


# -- naming the local time zone without tzlocal ---------------------------------------------------------------

@pytest.mark.parametrize("tz, expected", [
    ("Europe/London", "Europe/London"),
    (":America/New_York", "America/New_York"),
    ("UTC", "UTC"),
    ("CET-1CEST,M3.5.0,M10.5.0/3", None),   # a POSIX rule: tzlocal decides
    ("/usr/share/zoneinfo/Europe/Paris", None),
    ("../../etc/passwd", None),
    ("Europe/London; rm -rf", None),
])
def test_zone_name_from_tz(tz, expected):
    assert zone_name_from_system({"TZ": tz}) == expected


def test_zone_name_from_the_localtime_link(tmp_path):
    zi = tmp_path / "usr" / "share" / "zoneinfo" / "posix" / "Australia"
    zi.mkdir(parents=True)
    (zi / "Sydney").write_bytes(b"TZif")
    link = tmp_path / "localtime"
    link.symlink_to(zi / "Sydney")
    assert zone_name_from_system({}, str(link)) == "Australia/Sydney"
    plain = tmp_path / "plain"
    plain.write_bytes(b"TZif")
    assert zone_name_from_system({}, str(plain)) is None           # a copied file: tzlocal decides
    assert zone_name_from_system({}, str(tmp_path / "missing")) is None


def test_system_zone_is_a_real_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Australia/Sydney")
    assert str(_system_tz()) == "Australia/Sydney"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert _system_tz() is not None  # unknown name: tzlocal (or the fixed offset) answers instead
