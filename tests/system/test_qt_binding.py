"""Guards against a broken Qt binding: PySide6 6.12.0 drops a reference to None on every call that returns a
null object, and Python 3.11 then aborts the whole app after a few thousand calls (seen here: the reminder
window checks currentItem() on every review)."""
import sys

from PySide6.QtWidgets import QComboBox, QListWidget, QTableWidget, QWidget


def test_calls_returning_null_keep_none_alive(qapp):
    lw, tw, cb, w = QListWidget(), QTableWidget(1, 1), QComboBox(), QWidget()
    calls = [lw.currentItem, lambda: lw.item(5), lambda: tw.item(0, 0), cb.currentData, w.parentWidget]
    before = sys.getrefcount(None)
    for _ in range(200):
        for call in calls:
            assert call() is None
    assert sys.getrefcount(None) - before >= -5, "the Qt binding leaks references to None: pin another version"
