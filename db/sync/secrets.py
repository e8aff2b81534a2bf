"""The WebDAV password and the sync passphrase, kept in the system's keyring (the Secret
Service on Linux, the Keychain on macOS, the Credential Manager on Windows) under the service
"yandu", never in settings, the library or a log.

A machine may have no keyring (a Linux without a desktop session): `can_keep_secrets()` says
so as a fact, and the window asks for them at each sync instead."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import keyring
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

SERVICE = "yandu"


class SecretsError(Exception):
    """The keyring did not keep a secret, as a fact: `reason` is "no-keyring", "locked" (the
    user did not unlock it) or "failed" (`detail`: the keyring's error, by its kind)."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason + (f" ({detail})" if detail else ""))
        self.reason, self.detail = reason, detail


def can_keep_secrets() -> bool:
    """Whether this machine has a keyring to keep secrets in."""
    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return not isinstance(backend, fail.Keyring | null.Keyring)


def password_account(url: str, user: str) -> str:
    """The keyring's name for the password of `user` on the WebDAV server at `url`."""
    parts = urlsplit(url.strip())
    place = f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"
    return f"password:{user}@{place}"


def passphrase_account(target_id: str) -> str:
    """The keyring's name for the passphrase of the sync target `target_id`."""
    return f"passphrase:{target_id}"


def keep(account: str, secret: str) -> None:
    """Keep `secret` under `account`, replacing what was kept; SecretsError if it cannot."""
    with _keyring_errors():
        keyring.set_password(SERVICE, account, secret)


def kept(account: str) -> str | None:
    """The secret kept under `account`: None when there is none, or no keyring to hold one."""
    try:
        with _keyring_errors():
            return keyring.get_password(SERVICE, account)
    except SecretsError as error:
        if error.reason == "no-keyring":
            return None
        raise


def forget(account: str) -> None:
    """Forget the secret kept under `account`, if there is one."""
    try:
        with _keyring_errors():
            keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        pass   # nothing was kept
    except SecretsError as error:
        if error.reason != "no-keyring":
            raise


@contextmanager
def _keyring_errors() -> Iterator[None]:
    """The keyring's errors as SecretsError, by their kind only: the backend's message is not
    passed on. A PasswordDeleteError (nothing to delete) passes through."""
    try:
        yield
    except PasswordDeleteError:
        raise
    except NoKeyringError:
        raise SecretsError("no-keyring") from None
    except KeyringLocked:
        raise SecretsError("locked") from None
    except KeyringError as error:
        raise SecretsError("failed", type(error).__name__) from None
