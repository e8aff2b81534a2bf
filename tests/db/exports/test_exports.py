"""Every format is written whole or not at all, with the permissions a normal save gives."""
import os
import stat

import pytest

import db.exports as exports
from db.exports import FORMATS, export


@pytest.fixture
def umask():
    def use(mask: int) -> None:
        os.umask(mask)
    before = os.umask(0o022)
    os.umask(before)
    yield use
    os.umask(before)


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_files_get_the_mode_a_save_gives(library, marked, tmp_path, umask, kind):
    umask(0o022)
    export(library.excerpts.select(), kind, tmp_path / f"out{FORMATS[kind]}")
    assert stat.S_IMODE((tmp_path / f"out{FORMATS[kind]}").stat().st_mode) == 0o644
    umask(0o077)
    export(library.excerpts.select(), kind, tmp_path / f"private{FORMATS[kind]}")
    assert stat.S_IMODE((tmp_path / f"private{FORMATS[kind]}").stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*.part"))  # nothing left beside them


def test_a_failed_export_leaves_nothing_behind(library, marked, tmp_path, monkeypatch):
    def broken(excerpts, path, progress, labels):
        path.write_text("half")
        raise RuntimeError("disk full")

    monkeypatch.setitem(exports.WRITERS, "md", broken)
    with pytest.raises(RuntimeError):
        export(library.excerpts.select(), "md", tmp_path / "out.md")
    assert list(tmp_path.glob("*out.md*")) == []
    assert set(FORMATS) == {"md", "docx", "html", "csv", "json", "hypothesis", "anki"}
