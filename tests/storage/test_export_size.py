"""Export streams (memory flat in the data's size) and agrees with import on size (issue 14)."""
from __future__ import annotations

import json
import tracemalloc

import pytest

from caregiver_app.storage.export import ExportError, export_json
from caregiver_app.storage.format import MAX_IMPORT_BYTES
from caregiver_app.storage.importer import import_file
from helpers import add_baclofen


def _many_doses(store, n: int) -> None:
    r, m, rec = add_baclofen(store)
    rows = [(r.id, m.id, rec.id,
             f"2025-{1 + i // 28 // 3 % 12:02d}-{1 + i // 3 % 28:02d}T{8 + i % 3:02d}:{i // 1008:02d}",
             "2025-01-01T08:00:00Z", 10.0, "taken", "2025-01-01T08:05:00Z", "2025-01-01T08:05:00Z",
             "a note " * 5) for i in range(n)]
    with store.transaction() as conn:
        conn.executemany("INSERT OR IGNORE INTO dose_log(person_id, medicine_id, schedule_id, slot, due_at, dose_mg,"
                         " status, taken_at, recorded_at, note) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)


def _peak(store, path, clock) -> int:
    tracemalloc.start()
    try:
        export_json(store, path, clock)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_export_memory_does_not_grow_with_the_data(tmp_path, clock):
    from caregiver_app.storage import open_store

    peaks = {}
    for n in (2_000, 20_000):
        store = open_store(tmp_path / f"s{n}" / "caregiver.db", clock)
        _many_doses(store, n)
        peaks[n] = _peak(store, tmp_path / f"e{n}.json", clock)
        count = len(json.loads((tmp_path / f"e{n}.json").read_text())["tables"]["dose_log"])
        assert count == store.conn.execute("SELECT COUNT(*) FROM dose_log").fetchone()[0] > n * 0.9
        store.close()
    assert peaks[20_000] < 1.5 * peaks[2_000] + 200_000, peaks   # ten times the data, about the same memory


def test_an_export_larger_than_an_import_reads_is_refused_and_leaves_no_file(store, clock, tmp_path):
    _many_doses(store, 500)
    target = tmp_path / "too-big.json"
    with pytest.raises(ExportError, match="more than an import reads"):
        export_json(store, target, clock, max_bytes=20_000)
    assert not target.exists() and list(tmp_path.glob(".*part")) == []


def test_what_is_exported_imports_back(store, clock, tmp_path):
    from caregiver_app.storage import open_store
    from caregiver_app.storage.dump import dump_tables

    _many_doses(store, 300)
    path = tmp_path / "all.json"
    export_json(store, path, clock)
    assert path.stat().st_size < MAX_IMPORT_BYTES
    other = open_store(tmp_path / "other" / "caregiver.db", clock)
    import_file(other, path, "empty")
    assert dump_tables(other) == dump_tables(store)
    other.close()
