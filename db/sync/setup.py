"""Where a library syncs: a folder or a WebDAV collection, remembered in the library's sync
state with the WebDAV user, never with the password or the passphrase (those stay in the
system keyring, db/sync/secrets.py, or in memory). Whatever the place, what is written there
is sealed with the passphrase (db/sync/crypto.py)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.sync.state import SyncState

if TYPE_CHECKING:
    from db.library import Library
    from db.sync.crypto import Sealed

# The targets, the seal and the keyring load when a sync opens its target, not when the window
# asks where the library syncs.

FOLDER, WEBDAV = "folder", "webdav"


@dataclass(frozen=True)
class SyncSetup:
    kind: str  # FOLDER or WEBDAV
    location: str  # the folder's path, or the collection's URL
    user: str = ""  # the WebDAV user

    @property
    def passphrase_account(self) -> str:
        from db.sync.secrets import passphrase_account
        return passphrase_account(f"{self.kind}:{self.location}")

    @property
    def password_account(self) -> str | None:
        """The keyring's name for the WebDAV password; None for a folder."""
        from db.sync.secrets import password_account
        return password_account(self.location, self.user) if self.kind == WEBDAV else None


def remember(library: Library, setup: SyncSetup) -> None:
    with library.using(), library.db.atomic():
        state = SyncState(library.db)
        state.put_json("setup", {"kind": setup.kind, "location": setup.location,
                                 "user": setup.user})
        state.put("target", setup.location)  # what the status names


def remembered(library: Library) -> SyncSetup | None:
    """The place the library last synced with; a folder named by an older Yandu too."""
    with library.using():
        state = SyncState(library.db)
        setup, target = state.get("setup"), state.get("target")
    if setup is not None:
        fields = json.loads(setup)
        return SyncSetup(fields["kind"], fields["location"], fields.get("user", ""))
    return SyncSetup(FOLDER, str(target)) if target else None


def open_target(setup: SyncSetup, passphrase: str, password: str = "") -> Sealed:
    """The target of `setup`, sealed with `passphrase`; TargetError("insecure") for a WebDAV
    URL that is not https (nor on this machine)."""
    from db.sync.crypto import Sealed
    if setup.kind == WEBDAV:
        from db.sync.webdav import WebDAVTarget  # with HTTP: only for a WebDAV sync
        return Sealed(WebDAVTarget(setup.location, setup.user, password), passphrase)
    from db.sync.folder import FolderTarget
    return Sealed(FolderTarget(setup.location), passphrase)
