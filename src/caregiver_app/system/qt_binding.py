"""Start-up care for the Qt binding (called from the composition root before PySide6 is first imported).

PySide6 wraps ``import``: for every module imported after it, its ``__feature__`` support asks whether that module
uses PySide6 by calling ``inspect.getsource(module)``. That reads each module's whole source into ``linecache``
and keeps it there for the life of the process: about 40,000 lines and 3 MB for this app's first screen, plus the
time to read them. The same question is answered here by searching the file's bytes, which keeps nothing.
The answer is identical ("PySide6" in the source, False when there is no source file). If a PySide6 release
renames the hook, nothing is changed and the binding works as before (tests/test_qt_binding.py watches this).
"""
from __future__ import annotations

import sys
from typing import Any

_MARK = "_caregiver_app_light_scan"


def _source_mentions_pyside(original):
    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in or extension module: the original answers at once
        try:
            with open(path, "rb") as f:
                return b"PySide6" in f.read()
        except OSError:
            return False  # what the original answers for a module without a readable source file

    setattr(mod_uses_pyside, _MARK, True)
    return mod_uses_pyside


def lighten_import_hook() -> bool:
    """Replace PySide6's source scan with one that keeps nothing in memory. True when it is in place."""
    import shiboken6  # noqa: F401  (imported for its effect: it loads shibokensupport.feature, which holds the hook)

    feature: Any = sys.modules.get("shibokensupport.feature")  # shiboken's own module: it has no types
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _source_mentions_pyside(original)
    return True
