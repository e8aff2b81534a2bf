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
    assert set(FORMATS) == {"md", "docx", "html", "csv", "json", "hypothesis", "anki", "notes"}


CONTROLS = "\x00\x0b\x1b\ufffe"  # (SQLite cannot store a lone surrogate at all)
BIDI = "\u202e\u2066"


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_characters_no_format_can_hold_are_left_out_of_every_export(library, marked, tmp_path,
                                                                    kind):
    """A note or tag holding controls XML and Word cannot hold, or a bidirectional override,
    as an older Yandu or a hand-made file let in: every format is written, without them."""
    from db.models import Annotation, Tag
    with library.using():
        Annotation.update(note=f"笔记{CONTROLS}{BIDI}完").execute()
        Tag.update(name=Tag.name.concat(BIDI)).execute()
    target = tmp_path / f"out{FORMATS[kind]}"
    export(library.excerpts.select(), kind, target)
    if kind in ("md", "html", "csv", "json", "hypothesis"):
        written = target.read_text("utf-8-sig")
        assert "笔记" in written and not any(char in written for char in CONTROLS + BIDI)
    elif kind == "docx":
        import docx
        text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
        assert "笔记完" in text
    else:
        assert target.stat().st_size > 0


def test_notes_tags_and_imported_highlights_are_cleaned_on_the_way_in(library, marked):
    speech = library.speeches.all()[0]
    made = library.annotations.add(speech.id, 0, 4, "blue", f"进{CONTROLS}\ud800{BIDI}来",
                                   [f"甲{BIDI}"])
    assert made.note == "进来" and made.tags == ["甲"]
    assert library.annotations.update(made.id, note=f"改{BIDI}").note == "改"


def _readable_text(path, kind: str) -> str:
    """What a person reads in an exported file."""
    if kind == "docx":
        import docx
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if kind == "anki":
        import sqlite3
        import zipfile
        with zipfile.ZipFile(path) as package:
            package.extract("collection.anki2", path.parent)
        with sqlite3.connect(path.parent / "collection.anki2") as collection:
            return "\n".join(fields for fields, in collection.execute("SELECT flds FROM notes"))
    return path.read_text("utf-8")


@pytest.mark.parametrize("kind", ["md", "docx", "html", "anki"])
def test_no_export_for_people_shows_an_internal_address(library, marked, tmp_path, kind):
    """The yandu: address means nothing to a reader; only JSON and CSV keep it, for machines."""
    target = tmp_path / f"out{FORMATS[kind]}"
    export(library.excerpts.select(), kind, target)
    text = _readable_text(target, kind)
    # the speech's GB/T 7714 reference (an unpublished speech: [Z]), Markdown's escapes aside
    assert "张华. 安全讲话[Z]. 2020-01-02." in text.replace("\\", "").replace("&#91;", "[")
    assert "yandu:" not in text


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_exports_for_machines_keep_the_address(library, marked, tmp_path, kind):
    target = tmp_path / f"out{FORMATS[kind]}"
    export(library.excerpts.select(), kind, target)
    assert "yandu:speech/" in target.read_text("utf-8-sig")
