from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """No test ever reads or writes the user's real library or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("YANDU_DB", str(home / "default-library.sqlite"))
    # The command line speaks the environment's language: English unless a test asks.
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture
def corpus() -> Path:
    assert CORPUS.is_dir(), f"the shared corpus is missing at {CORPUS}"
    return CORPUS


@pytest.fixture
def library(tmp_path):
    from db import Library
    with Library(tmp_path / "library.sqlite") as lib:
        yield lib
