"""Issue 17: a real start follows the Language setting (and --language over it), and the system locale where
the setting follows the system; stored data stays as it was (locale-free)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = r"""
import json, os, sys
os.environ["CAREGIVER_APP_EXIT_AFTER_PAINT"] = "1"
import caregiver_app.app as A
orig = A.CaregiverApp._after_first_paint
def after(self):
    from PySide6.QtCore import QLocale
    nav = self.window.findChild(__import__("PySide6.QtWidgets").QtWidgets.QListWidget, "navigation")
    print("PROBE " + json.dumps({"pages": [nav.item(i).text() for i in range(nav.count())],
                                 "locale": QLocale().name()}), flush=True)
    orig(self)
A.CaregiverApp._after_first_paint = after
from caregiver_app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _start(data, *args, **env):
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="", LC_MESSAGES="", LANGUAGE="", **env)
    out = subprocess.run([sys.executable, "-c", PROBE, "--data-dir", str(data), *args], env=e, capture_output=True,
                         text=True, timeout=120)
    line = next((x for x in out.stdout.splitlines() if x.startswith("PROBE ")), None)
    assert line, out.stdout + out.stderr
    return json.loads(line[6:])


@pytest.mark.slow
def test_start_follows_the_setting_the_system_and_the_option(tmp_path, clock):
    from caregiver_app.storage import open_store

    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "caregiver_app", "--data-dir", str(data), "demo"], check=True,
                   capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert _start(data, LANG="en_GB.UTF-8")["pages"][0] == "Today"
    system_es = _start(data, LANG="es_MX.UTF-8")
    assert system_es["pages"][0] == "Hoy" and system_es["locale"] == "es_MX"
    store = open_store(data / "caregiver.db", clock)
    store.settings.set("language", "es")
    store.close()
    assert _start(data, LANG="en_GB.UTF-8")["pages"][0] == "Hoy"
    assert _start(data, "--language", "en", LANG="en_GB.UTF-8")["pages"][0] == "Today"
    assert _start(data, "--language", "pseudo", LANG="en_GB.UTF-8")["pages"][0].startswith("⟦")
