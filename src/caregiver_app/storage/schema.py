"""The live database schema, read from SQLite itself (``sqlite_master``, ``PRAGMA table_info``): the tables,
columns, keys and references that export, import and the JSON Schema follow, so a table added by a later
migration needs no change there."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from caregiver_app.storage.dump import TABLES


@dataclass(frozen=True)
class Column:
    name: str
    type: str          # INTEGER, REAL, TEXT or "" (any)
    notnull: bool
    has_default: bool
    pk: int
    default: str | None = None    # the default as SQL text ("0", "'7,2'"), None without one

    @property
    def kind(self) -> str:
        """timestamp / date / time / plain: how a TEXT value must look (by the project's naming rule: ``*_at`` an
        instant, ``*_date`` and ``day``/``*_day`` a date, ``*_time`` a time of day)."""
        if self.type != "TEXT":
            return "plain"
        if self.name.endswith("_at") or self.name in ("at", "snooze_until"):
            return "timestamp"
        if self.name.endswith(("_date", "_day")) or self.name in ("date_of_birth", "day"):
            return "date"
        if self.name.endswith("_time"):
            return "time"
        return "plain"


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    ref_column: str


@dataclass
class Table:
    name: str
    columns: list[Column]
    fks: list[ForeignKey] = field(default_factory=list)

    @property
    def pk(self) -> tuple[str, ...]:
        return tuple(c.name for c in sorted((c for c in self.columns if c.pk), key=lambda c: c.pk))

    @property
    def int_id(self) -> bool:
        """A single INTEGER PRIMARY KEY (a rowid alias, renumbered on merge)."""
        pk = [c for c in self.columns if c.pk]
        return len(pk) == 1 and pk[0].type == "INTEGER"

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def required(self) -> list[str]:
        """Columns a row must have: NOT NULL without a default, and the primary key."""
        return [c.name for c in self.columns if c.pk or (c.notnull and not c.has_default)]


def _norm_type(decl: str) -> str:
    d = (decl or "").upper()
    if "INT" in d:
        return "INTEGER"
    if "CHAR" in d or "CLOB" in d or "TEXT" in d:
        return "TEXT"
    if "REAL" in d or "FLOA" in d or "DOUB" in d:
        return "REAL"
    return ""


def live_schema(conn: sqlite3.Connection) -> list[Table]:
    """Every user table, parents before children (foreign keys), otherwise in ``dump.TABLES`` order."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    tables: dict[str, Table] = {}
    for name in names:
        cols = [Column(r[1], _norm_type(r[2]), bool(r[3]), r[4] is not None, int(r[5]), r[4])
                for r in conn.execute(f'PRAGMA table_info("{name}")')]
        fks = [ForeignKey(r[3], r[2], r[4] or "id") for r in conn.execute(f'PRAGMA foreign_key_list("{name}")')]
        tables[name] = Table(name, cols, fks)
    rank = {t: i for i, t in enumerate(TABLES)}
    pending = sorted(tables, key=lambda t: (rank.get(t, len(rank)), t))
    ordered: list[Table] = []
    done: set[str] = set()
    while pending:
        for name in pending:
            deps = {fk.table for fk in tables[name].fks if fk.table != name and fk.table in tables}
            if deps <= done:
                break
        else:  # a cycle between tables: keep the remaining order (foreign keys are deferred on import)
            name = pending[0]
        pending.remove(name)
        done.add(name)
        ordered.append(tables[name])
    return ordered
