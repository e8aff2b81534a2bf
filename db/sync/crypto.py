"""A target whose files the server cannot read: each is sealed with AES-GCM under a key derived
from the user's passphrase.

The server still sees the names of the files (`updates/DEVICE/SEQ`: which devices sync and how
often), their sizes and when they were written; it sees nothing of what they hold.

`yandu-sync.json` at the target's root is the one plain file: the format, the key derivation
(scrypt) and its parameters, the salt, and a key check (a marker sealed with the key, never
the key itself). The first device to sync writes it; every other device derives the key from
its passphrase and opens the check before it reads or writes anything, so a wrong passphrase
stops the sync with nothing written.

A sealed file is `MAGIC`, a random 96-bit nonce, and the ciphertext with its tag. Its name is
the associated data: a file renamed or swapped on the server fails to open, as does a file that
is corrupt, truncated (also one read while it was being written), foreign or sealed under
another key; each is an `UnreadableFile` naming it, for the sync to skip with one line."""
from __future__ import annotations

import base64
import json
import os
import unicodedata
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from db.sync.target import Target, TargetError

HEADER = "yandu-sync.json"
FORMAT = 1
MAGIC = b"YDS1"
NONCE = 12
# About 0.2 s and 64 MiB on a desktop of 2020; the header keeps them, so they can grow later.
SCRYPT = {"n": 2 ** 16, "r": 8, "p": 1}
# A header asking for more than this is not one we wrote (and would cost minutes or gigabytes).
SCRYPT_LIMITS = {"n": 2 ** 18, "r": 16, "p": 4}
CHECK = b"yandu-sync key check"


class SyncKeyError(TargetError):
    """The target's files cannot be opened with this passphrase, as a fact: `reason` is
    "wrong-passphrase", "newer-format" (written by a later Yandu) or "damaged-header"
    (yandu-sync.json is not one Yandu wrote)."""


class UnreadableFile(TargetError):
    """One file failed to open: corrupt, truncated, foreign, renamed or sealed under another
    key. Reason "unreadable"; `name` is the file."""

    def __init__(self, name: str):
        super().__init__("unreadable", name)
        self.name = name


class Sealed:
    """`target`, with every file sealed under the key of `passphrase` (see Target)."""

    def __init__(self, target: Target, passphrase: str):
        self.target = target
        self._passphrase = unicodedata.normalize("NFC", passphrase).encode()
        self._aead: AESGCM | None = None

    def __repr__(self) -> str:
        return f"Sealed({self.target!r})"

    @property
    def requests(self) -> int:
        return self.target.requests

    def unlock(self) -> None:
        """Derive the key and check it against the target's header, writing the header if the
        target has none; SyncKeyError if the passphrase is not the target's."""
        self._key()

    def names(self, folder: str = "") -> list[str]:
        return [name for name in self.target.names(folder) if name != HEADER]

    def read(self, name: str) -> bytes:
        return _open(self._key(), name, self.target.read(name))

    def write(self, name: str, data: bytes) -> None:
        _not_the_header(name)
        self.target.write(name, _seal(self._key(), name, data))

    def create(self, name: str, data: bytes) -> bool:
        _not_the_header(name)
        return self.target.create(name, _seal(self._key(), name, data))

    def remove(self, name: str) -> None:
        _not_the_header(name)
        self._key()   # only the passphrase's holder removes files
        self.target.remove(name)

    def _key(self) -> AESGCM:
        if self._aead is None:
            try:
                header = self.target.read(HEADER)
            except TargetError as error:
                if error.reason != "not-found":
                    raise
                self._aead = self._first_use()
            else:
                self._aead = self._unlock(header)
        return self._aead

    def _first_use(self) -> AESGCM:
        salt = os.urandom(16)
        aead = AESGCM(_derive(self._passphrase, salt, SCRYPT))
        header = {"format": FORMAT, "kdf": "scrypt", **SCRYPT, "salt": _b64(salt),
                  "check": _b64(_seal(aead, HEADER, CHECK))}
        written = json.dumps(header, indent=1).encode()
        # Another device may set the target up at the same moment: its header, written first
        # (or copied over ours by a folder-sync tool), is the target's.
        self.target.create(HEADER, written)
        stayed = self.target.read(HEADER)
        return aead if stayed == written else self._unlock(stayed)

    def _unlock(self, data: bytes) -> AESGCM:
        header = _header(data)
        params = {key: header[key] for key in SCRYPT}
        aead = AESGCM(_derive(self._passphrase, base64.b64decode(header["salt"]), params))
        try:
            opened = _open(aead, HEADER, base64.b64decode(header["check"]))
        except UnreadableFile:
            raise SyncKeyError("wrong-passphrase") from None
        if opened != CHECK:
            raise SyncKeyError("damaged-header", HEADER)
        return aead


def _not_the_header(name: str) -> None:
    if name == HEADER:
        raise ValueError(f"{HEADER} is the seal's own: every device needs it to open the files")


def _header(data: bytes) -> dict[str, Any]:
    """The header's fields, checked to be ones this Yandu can use."""
    try:
        header = json.loads(data)
        if header["format"] > FORMAT:
            raise SyncKeyError("newer-format", str(header["format"]))
        if header["kdf"] != "scrypt" or not all(
                isinstance(header[key], int) and 0 < header[key] <= SCRYPT_LIMITS[key]
                for key in SCRYPT):
            raise SyncKeyError("damaged-header", HEADER)
        base64.b64decode(header["salt"], validate=True)
        base64.b64decode(header["check"], validate=True)
    except (ValueError, KeyError, TypeError) as error:
        raise SyncKeyError("damaged-header", HEADER) from error
    return dict(header)


def _derive(passphrase: bytes, salt: bytes, params: dict[str, int]) -> bytes:
    return Scrypt(salt=salt, length=32, **params).derive(passphrase)


def _seal(aead: AESGCM, name: str, data: bytes) -> bytes:
    nonce = os.urandom(NONCE)
    return MAGIC + nonce + aead.encrypt(nonce, data, _bound(name))


def _open(aead: AESGCM, name: str, sealed: bytes) -> bytes:
    if not sealed.startswith(MAGIC) or len(sealed) < len(MAGIC) + NONCE + 16:
        raise UnreadableFile(name)
    nonce = sealed[len(MAGIC):len(MAGIC) + NONCE]
    try:
        return aead.decrypt(nonce, sealed[len(MAGIC) + NONCE:], _bound(name))
    except InvalidTag:
        raise UnreadableFile(name) from None


def _bound(name: str) -> bytes:
    """The associated data: the format and the file's name."""
    return MAGIC + name.encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
