"""Sync: one library on every machine of the user, and a study group's shared layer."""
from db.sync.engine import (
    SyncBusy,
    SyncReport,
    SyncStatus,
    log,
    remember_target,
    status,
    sync,
)
from db.sync.folder import FolderTarget
from db.sync.state import Resolution
from db.sync.target import Target, TargetError

__all__ = ["FolderTarget", "Resolution", "SyncBusy", "SyncReport", "SyncStatus", "Target",
           "TargetError", "log", "remember_target", "status", "sync"]
