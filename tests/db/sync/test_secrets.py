"""Secrets in a real keyring backend: an in-memory one of the tests' own, and keyring's fail
backend (what a Linux without a desktop session has)."""
import logging

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from db.sync.secrets import (
    SERVICE,
    SecretsError,
    can_keep_secrets,
    forget,
    keep,
    kept,
    passphrase_account,
    password_account,
)

PASSWORD = "坚果云-应用密码-abc123"
PASSPHRASE = "长江后浪7推前浪qz"  # not a word any dictionary file holds


class MemoryKeyring(KeyringBackend):
    """A keyring that holds its secrets in a dict, as long as the process lives."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[service, username] = password

    def delete_password(self, service, username):
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    """A keyring the user did not unlock."""

    def get_password(self, service, username, password=None):
        raise KeyringLocked("the user said no")

    set_password = delete_password = get_password


@pytest.fixture
def use_keyring():
    """Set a keyring backend for one test; the one before comes back after it."""
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


@pytest.fixture
def memory(use_keyring):
    backend = MemoryKeyring()
    use_keyring(backend)
    return backend


def test_secrets_are_kept_read_and_forgotten(memory):
    account = password_account("https://dav.jianguoyun.com/dav/", "reader@example.com")
    assert can_keep_secrets()
    assert kept(account) is None

    keep(account, PASSWORD)
    keep(passphrase_account("home"), PASSPHRASE)
    assert kept(account) == PASSWORD
    assert kept(passphrase_account("home")) == PASSPHRASE
    assert memory.secrets[SERVICE, "passphrase:home"] == PASSPHRASE

    keep(account, "a new one")
    assert kept(account) == "a new one"
    forget(account)
    forget(account)                      # nothing kept: nothing to do
    assert kept(account) is None
    assert kept(passphrase_account("home")) == PASSPHRASE


def test_a_password_is_kept_per_server_and_user(memory):
    jianguo = password_account("https://dav.jianguoyun.com/dav/", "reader")
    assert password_account("HTTPS://DAV.jianguoyun.com/dav", "reader") == jianguo
    assert password_account("https://dav.jianguoyun.com/dav/", "other") != jianguo
    assert password_account("https://cloud.example.org/remote.php/dav/", "reader") != jianguo
    assert passphrase_account("study-group") != passphrase_account("home")


def test_a_secret_goes_nowhere_but_the_keyring(memory, caplog, tmp_path_factory):
    caplog.set_level(logging.DEBUG)
    account = passphrase_account("home")
    keep(account, PASSPHRASE)
    kept(account)
    forget(account)
    assert PASSPHRASE not in caplog.text
    home = tmp_path_factory.getbasetemp()
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_a_machine_without_a_keyring_says_so(use_keyring, backend):
    use_keyring(backend())
    assert not can_keep_secrets()
    account = passphrase_account("home")
    assert kept(account) is None
    forget(account)


def test_keeping_a_secret_without_a_keyring_is_a_fact(use_keyring):
    use_keyring(fail.Keyring())
    with pytest.raises(SecretsError) as error:
        keep(passphrase_account("home"), PASSPHRASE)
    assert error.value.reason == "no-keyring"


def test_a_locked_keyring_is_a_fact(use_keyring):
    use_keyring(LockedKeyring())
    for attempt in (lambda: keep("passphrase:home", PASSPHRASE),
                    lambda: kept("passphrase:home"),
                    lambda: forget("passphrase:home")):
        with pytest.raises(SecretsError) as error:
            attempt()
        assert error.value.reason == "locked"


class RefusingKeyring(MemoryKeyring):
    """A keyring that fails to store, saying why in words of its own."""

    def set_password(self, service, username, password):
        raise PasswordSetError(f"could not store {password}")


def test_a_keyring_failing_is_named_by_the_kind_of_its_error(use_keyring):
    use_keyring(RefusingKeyring())
    with pytest.raises(SecretsError) as error:
        keep("passphrase:home", PASSPHRASE)
    assert (error.value.reason, error.value.detail) == ("failed", "PasswordSetError")
    assert PASSPHRASE not in str(error.value)
