"""Run by the interpreter of a fresh venv that has the wheel installed (tests/packaging/test_packaging.py): checks
that the app imported is the installed copy, not the source tree, then walks the whole GUI offscreen (every page,
every window) with the app's own self-test, which fails on any exception, log error or Qt warning."""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import caregiver_app
from caregiver_app.system.resources import resource_dir

prefix = Path(sys.prefix).resolve()
for what, path in (("package", Path(caregiver_app.__file__)), ("resources", resource_dir())):
    if not path.resolve().is_relative_to(prefix):
        sys.exit(f"the {what} came from {path}, not from the venv {prefix}")
print(f"caregiver_app {caregiver_app.__version__} from {Path(caregiver_app.__file__).parent}")

from caregiver_app.ui.selftest import run_self_test  # noqa: E402

sys.exit(run_self_test())
