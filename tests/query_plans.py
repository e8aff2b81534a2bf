"""The SQL a library call runs and how SQLite plans it, for tests that hold a query to an
index (a sort of every row, or a scan, grows with the library)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


def statements(library: Any, call: Callable[[], object], containing: str = ""
               ) -> list[tuple[str, Any]]:
    """Every statement `call()` runs on the library's connection whose SQL holds
    `containing`, with its parameters, in order."""
    found = []
    original = library.db.execute_sql

    def record(sql, params=None, *args, **kwargs):
        if containing in sql:
            found.append((sql, params))
        return original(sql, params, *args, **kwargs)

    library.db.execute_sql = record
    try:
        call()
    finally:
        del library.db.execute_sql
    return found


def plan(library: Any, statement: tuple[str, Any]) -> str:
    """SQLite's plan for a statement, its steps joined by spaces."""
    sql, params = statement
    return " ".join(row[3] for row in library.db.execute_sql("EXPLAIN QUERY PLAN " + sql,
                                                             params))
