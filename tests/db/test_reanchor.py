"""A file imported again with edited text: its speeches update in place and every highlight
follows its words or becomes an orphan, never lost."""
from tests.speeches import SAFETY


def _highlight(library, speech_id, quote, occurrence=0, note=""):
    text = library.speeches.get(speech_id).text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return library.annotations.add(speech_id, start, start + len(quote), "yellow", note,
                                  ["要点"]).id


def _import_version(library, path, text):
    path.write_text(text, encoding="utf-8")
    [result] = library.importer.import_paths([path])
    return result


def test_reimporting_an_edited_file_reanchors_every_highlight(library, tmp_path):
    path = tmp_path / "speech.txt"
    first = _import_version(library, path, SAFETY)
    assert first.status == "imported"
    [speech] = library.speeches.all()
    library.tags.set_speech(speech.id, ["安全"])
    text = library.speeches.get(speech.id).text
    repeated = "安全生产"
    assert text.count(repeated) >= 2
    ids = {
        "same": _highlight(library, speech.id, text[:6]),
        "after insertion": _highlight(library, speech.id, "6月底前完成排查"),
        "second repeat": _highlight(library, speech.id, repeated, occurrence=1),
        "deleted inside": _highlight(library, speech.id, "去年全镇发生事故3起，死亡2人"),
        "rewritten": _highlight(library, speech.id, "各部门要切实履行监管职责", note="要背下来"),
    }
    edited = (SAFETY.replace("6月底前完成排查", "（此处有增补内容）6月底前完成排查")
              .replace("去年全镇发生事故", "去年发生事故")
              .replace("各部门要切实履行监管职责", "会议还研究了其他事项"))
    assert edited != SAFETY
    result = _import_version(library, path, edited)
    assert result.status == "updated" and result.source_id == first.source_id
    assert len(result.placement.orphaned) == 1

    [again] = library.speeches.all()
    assert again.id == speech.id and again.tags == ["安全"]
    new = library.speeches.get(speech.id).text
    assert "增补" in new and library.search.find("增补").hits == 1
    placed = {name: library.annotations.get(i) for name, i in ids.items()}
    for name in ("same", "after insertion", "second repeat"):
        record = placed[name]
        assert not record.orphan and new[record.start:record.end] == record.quote, name
    assert placed["after insertion"].quote == "6月底前完成排查"
    second = new.index(repeated, new.index(repeated) + 1)
    assert placed["second repeat"].start == second
    moved = placed["deleted inside"]
    assert new[moved.start:moved.end] == moved.quote == "去年发生事故3起，死亡2人"
    orphan = placed["rewritten"]
    assert orphan.orphan and orphan.quote == "各部门要切实履行监管职责" and orphan.note == "要背下来"
    assert [record.id for record in library.annotations.orphans()] == [orphan.id]


def test_an_orphan_is_reattached_to_chosen_words(library, tmp_path):
    path = tmp_path / "speech.txt"
    _import_version(library, path, SAFETY)
    [speech] = library.speeches.all()
    orphan_id = _highlight(library, speech.id, "各部门要切实履行监管职责", note="要背下来")
    _import_version(library, path, SAFETY.replace("各部门要切实履行监管职责", "严禁带病复工"))
    assert library.annotations.get(orphan_id).orphan
    text = library.speeches.get(speech.id).text
    start = text.index("严禁带病复工")
    record = library.annotations.reattach(orphan_id, start, start + 6)
    assert (record.orphan, record.quote, record.note, record.tags) == \
        (False, "严禁带病复工", "要背下来", ["要点"])
    assert library.annotations.orphans() == []


def test_orphans_are_not_review_cards_and_come_back_when_reattached(library, tmp_path):
    path = tmp_path / "speech.txt"
    _import_version(library, path, SAFETY)
    [speech] = library.speeches.all()
    orphan_id = _highlight(library, speech.id, "各部门要切实履行监管职责")
    library.review.sync_cards()
    assert library.review.due_count() == 2  # the highlight, and its key term as a cloze
    _import_version(library, path, SAFETY.replace("各部门要切实履行监管职责", "严禁带病复工"))
    assert library.review.due_count() == 0
    text = library.speeches.get(speech.id).text
    library.annotations.reattach(orphan_id, text.index("严禁带病复工"), text.index("严禁带病复工") + 6)
    library.review.sync_cards()
    assert library.review.due_count() == 2  # and a key term of the words it is attached to
