"""What the library keeps of its sync, in its own tables (migration v17): this device's id,
named values (the merged document, the sequence numbers read from each other device, the
target), the stable ids of the rows that travel, and the log of resolved conflicts."""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.connection import LibraryDatabase


@dataclass(frozen=True)
class Resolution:
    """A conflict the merge resolved: `what` is a code ("revived", "merged-text",
    "one-value"), `item` names the thing, `kept` says what stayed."""
    what: str
    item: str
    devices: tuple[str, ...]
    kept: str
    at: datetime | None = None


class SyncState:
    def __init__(self, db: LibraryDatabase):
        self.db = db

    def get(self, name: str, default: bytes | str | None = None) -> bytes | str | None:
        row = self.db.execute_sql("SELECT value FROM sync_state WHERE name = ?",
                                  (name,)).fetchone()
        return default if row is None else row[0]

    def put(self, name: str, value: bytes | str | None) -> None:
        self.db.execute_sql("INSERT OR REPLACE INTO sync_state (name, value) VALUES (?, ?)",
                            (name, value))

    def get_json(self, name: str, default: Any) -> Any:
        value = self.get(name)
        return default if value is None else json.loads(value)

    def put_json(self, name: str, value: object) -> None:
        self.put(name, json.dumps(value, sort_keys=True))

    def device(self) -> str:
        """This library's device id, made at its first sync."""
        return self.made_once("device")

    def made_once(self, name: str) -> str:
        """A random id kept under `name`, made the first time it is asked for."""
        made = self.get(name)
        if made is None:
            made = uuid.uuid4().hex[:16]
            with self.db.atomic():
                self.put(name, made)
        return str(made)

    def keys(self, table: str) -> dict[int, str]:
        """The stable id of each row of `table` that has one, by row id."""
        return dict(self.db.execute_sql("SELECT row_id, uuid FROM sync_key WHERE tbl = ?",
                                        (table,)).fetchall())

    def give_keys(self, table: str, row_ids: Iterable[int]) -> dict[int, str]:
        made = {row_id: uuid.uuid4().hex for row_id in row_ids}
        self.db.cursor().executemany(
            "INSERT INTO sync_key (tbl, row_id, uuid) VALUES (?, ?, ?)",
            [(table, row_id, key) for row_id, key in made.items()])
        return made

    def log(self, resolutions: Iterable[Resolution], now: datetime) -> None:
        self.db.cursor().executemany(
            "INSERT INTO sync_log (at, what, item, devices, kept) VALUES (?, ?, ?, ?, ?)",
            [(now, r.what, r.item, ",".join(r.devices), r.kept) for r in resolutions])

    def resolutions(self, limit: int = 1000) -> list[Resolution]:
        """The resolved conflicts, newest first."""
        rows = self.db.execute_sql(
            "SELECT what, item, devices, kept, at FROM sync_log ORDER BY id DESC LIMIT ?",
            (limit,)).fetchall()
        return [Resolution(what, item, tuple(filter(None, devices.split(","))), kept,
                           at if isinstance(at, datetime) else datetime.fromisoformat(at))
                for what, item, devices, kept, at in rows]
