"""Splitting, merging and removing passages: highlights follow, undo is exact, and a re-import
of the edited file makes the same changes again."""
import pytest

from db import EditError
from tests.speeches import FLOOD, SAFETY

PAGE = "在全镇安全生产工作会议上的讲话\n" + SAFETY + "\n在全县防汛工作会议上的讲话\n" + FLOOD
# Two talks the analysis reads as one speech (no closing words, greeting or title between).
ONE = """同志们：
今天召开全镇安全生产工作会议。去年全镇发生事故3起，死亡2人。各村要在6月底前完成排查。
下面讲讲防汛工作。今年汛期降水偏多，防汛形势严峻，我们必须克服麻痹思想。
第一，抓好水库安全。病险水库一律空库运行。
第二，抓好群众转移。遇强降雨必须提前转移群众。
各乡镇主要负责同志是第一责任人，汛期不得外出。
我的讲话完了，谢谢大家！"""
CUT = "下面讲讲防汛工作"
FIRST, SECOND = ONE[:ONE.index(CUT)].rstrip(), ONE[ONE.index(CUT):]


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "two.txt"
    path.write_text(ONE, encoding="utf-8")
    return path


@pytest.fixture
def speech_id(library, page):
    library.importer.import_file(page)
    [summary] = library.speeches.all()
    return summary.id


def _highlight(library, speech_id, quote, note=""):
    text = library.speeches.get(speech_id).text
    start = text.index(quote)
    return library.annotations.add(speech_id, start, start + len(quote), "yellow", note).id


def _state(library):
    """What the user sees: each speech's title, text and highlights (quote, note)."""
    return [(s.title, library.speeches.get(s.id).text,
             [(a.quote, a.note, a.orphan) for a in library.annotations.of_speech(s.id)])
            for s in library.speeches.all()]


def test_a_split_makes_two_speeches_in_order_with_their_highlights(library, speech_id):
    _highlight(library, speech_id, "死亡2人", "安全")
    _highlight(library, speech_id, "病险水库一律空库运行", "防汛")
    text = library.speeches.get(speech_id).text
    change = library.structure.split(speech_id, text.index(CUT))
    first, second = library.speeches.all()
    assert (first.id, second.id) == (speech_id, change.other_id)
    assert library.speeches.get(first.id).text == FIRST
    assert library.speeches.get(second.id).text == SECOND
    assert [a.note for a in library.annotations.of_speech(first.id)] == ["安全"]
    [moved] = library.annotations.of_speech(second.id)
    assert SECOND[moved.start:moved.end] == "病险水库一律空库运行" and not moved.orphan
    flood_mentions = library.speeches.get(second.id).mentions
    assert any(m.kind == "directive" and "提前转移群众" in m.text for m in flood_mentions)
    assert all(m.end <= len(FIRST) for m in library.speeches.get(first.id).mentions)
    assert change.orphaned == ()


def test_undoing_a_split_and_a_merge_gives_back_exactly_what_was_there(library, speech_id):
    _highlight(library, speech_id, "病险水库一律空库运行", "防汛")
    before = _state(library)
    text = library.speeches.get(speech_id).text
    split = library.structure.split(speech_id, text.index(CUT))
    library.structure.undo(split)
    assert _state(library) == before
    again = library.structure.split(speech_id, text.index(CUT),
                                    new_id=split.other_id)
    assert again.other_id == split.other_id
    after_split = _state(library)
    merged = library.structure.merge(speech_id)
    assert [s.id for s in library.speeches.all()] == [speech_id]
    [(_, merged_text, highlights)] = _state(library)
    assert merged_text == ONE and highlights == [("病险水库一律空库运行", "防汛",
                                                                    False)]
    library.structure.undo(merged)
    assert _state(library) == after_split


def test_merging_the_last_speech_of_a_file_is_refused(library, speech_id):
    with pytest.raises(EditError) as caught:
        library.structure.merge(speech_id)
    assert caught.value.reason == "no-next"


def test_removing_a_passage_orphans_its_highlights_and_undo_places_them_again(library,
                                                                             speech_id):
    inside = _highlight(library, speech_id, "死亡2人", "事故")
    after = _highlight(library, speech_id, "病险水库一律空库运行")
    text = library.speeches.get(speech_id).text
    start = text.index("去年全镇")
    end = text.index(CUT)
    change = library.structure.remove(speech_id, start, end)
    record = library.speeches.get(speech_id)
    assert "死亡2人" not in record.text and "各村要" not in record.text
    assert change.orphaned == (inside,)
    assert library.annotations.get(inside).orphan
    moved = library.annotations.get(after)
    assert record.text[moved.start:moved.end] == "病险水库一律空库运行"
    library.structure.undo(change)
    assert library.speeches.get(speech_id).text == text
    assert not library.annotations.get(inside).orphan
    assert library.annotations.get(inside).start == text.index("死亡2人")


@pytest.mark.parametrize("start, end", [(-1, 5), (5, 5), (0, 10**6)])
def test_a_removal_outside_the_text_is_refused(library, speech_id, start, end):
    with pytest.raises(EditError) as caught:
        library.structure.remove(speech_id, start, end)
    assert caught.value.reason == "bad-range"


def test_reimporting_the_edited_file_makes_the_same_changes_again(library, page, speech_id):
    text = library.speeches.get(speech_id).text
    second = library.structure.split(speech_id, text.index(CUT)).other_id
    library.corrections.edit([second], {"title": "在全县防汛工作会议上的讲话"})
    furniture = library.speeches.get(second).text.index("第二，抓好群众转移。")
    library.structure.remove(second, furniture, furniture + len("第二，抓好群众转移。"))
    _highlight(library, second, "汛期不得外出", "纪律")
    page.write_text(ONE.replace("死亡2人", "死亡5人"), encoding="utf-8")
    assert library.importer.import_file(page).status == "updated"
    first, again = library.speeches.all()
    assert (first.id, again.id) == (speech_id, second)
    assert "死亡5人" in library.speeches.get(speech_id).text
    flood = library.speeches.get(second)
    assert flood.summary.title == "在全县防汛工作会议上的讲话"
    assert flood.text == SECOND.replace("第二，抓好群众转移。", "")
    [note] = library.annotations.of_speech(second)
    assert flood.text[note.start:note.end] == "汛期不得外出" and not note.orphan


def test_a_merge_is_made_again_and_the_merged_speech_stays_hidden(library, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    library.importer.import_file(path)
    first, second = library.speeches.all()
    library.structure.merge(first.id)
    path.write_text(PAGE.replace("死亡2人", "死亡5人"), encoding="utf-8")
    library.importer.import_file(path)
    [merged] = library.speeches.all()
    text = library.speeches.get(merged.id).text
    assert "死亡5人" in text and "病险水库一律空库运行" in text
    assert library.speeches.deleted_count() == 0
    library.speeches.purge_deleted()
    assert library.structure.of_source(merged.source_id)[0]["action"] == "merge"
    assert [s.id for s in library.speeches.all()] == [first.id]


def test_a_removed_passage_whose_words_are_gone_becomes_an_orphan(library, page, speech_id):
    text = library.speeches.get(speech_id).text
    start = text.index("我的讲话完了")
    library.structure.remove(speech_id, start, start + 6)
    page.write_text(ONE.replace("我的讲话完了，", "散会。"), encoding="utf-8")
    library.importer.import_file(page)
    [correction] = library.structure.of_source(library.speeches.all()[0].source_id)
    assert correction["orphan"] and "散会。" in library.speeches.get(speech_id).text


def test_the_export_of_corrections_holds_the_splits_and_removals(library, speech_id):
    text = library.speeches.get(speech_id).text
    library.structure.split(speech_id, text.index(CUT))
    start = text.index("去年全镇")
    library.structure.remove(speech_id, start, start + 4)
    [speech] = library.corrections.export()["speeches"]
    assert [(c["action"], c["text"]) for c in speech["text"]] == [
        ("split", "下面讲讲防汛工作。今年汛期降水偏"), ("remove", "去年全镇")]


def test_a_speech_lists_its_own_text_changes(library, speech_id):
    text = library.speeches.get(speech_id).text
    other = library.structure.split(speech_id, text.index(CUT)).other_id
    start = text.index("去年全镇")
    library.structure.remove(speech_id, start, start + 4)
    assert [c["action"] for c in library.structure.of_speech(speech_id)] == ["split", "remove"]
    assert library.structure.of_speech(other) == []


# Replacing words (a word the OCR misread)

def _replace(library, speech_id, old, new):
    text = library.speeches.get(speech_id).text
    start = text.index(old)
    return library.structure.replace(speech_id, start, start + len(old), new)


def test_a_replaced_word_changes_the_text_and_the_highlights_after_it_follow(library,
                                                                           speech_id):
    after = _highlight(library, speech_id, "病险水库一律空库运行", "防汛")
    text = library.speeches.get(speech_id).text
    change = _replace(library, speech_id, "麻痹思想", "侥幸心理")
    record = library.speeches.get(speech_id)
    assert record.text == text.replace("麻痹思想", "侥幸心理")
    moved = library.annotations.get(after)
    assert record.text[moved.start:moved.end] == "病险水库一律空库运行" and not moved.orphan
    assert any(m.kind == "directive" and "提前转移群众" in m.text
               and record.text[m.start:m.end] == m.text for m in record.mentions)
    assert library.search.find("侥幸心理").speeches == 1
    library.structure.undo(change)
    assert library.speeches.get(speech_id).text == text
    assert library.annotations.get(after).start == text.index("病险水库一律空库运行")
    assert library.search.find("侥幸心理").speeches == 0


def test_a_replaced_word_is_no_longer_unsure_and_undo_makes_it_unsure_again(library,
                                                                          speech_id):
    from db import ocr
    text = library.speeches.get(speech_id).text
    at, later = text.index("安全生产"), text.index("防汛形势")
    with library.using():
        ocr.store(speech_id, True, [(at, at + 4), (later, later + 2)])
    change = _replace(library, speech_id, "安全生产", "安全")
    assert library.speeches.get(speech_id).uncertain == [(later - 2, later)]
    library.structure.undo(change)
    assert library.speeches.get(speech_id).uncertain == [(at, at + 4), (later, later + 2)]


@pytest.mark.parametrize("old, new", [("安全生产", ""), ("安全生产", "安全生产"),
                                      ("安全生产", "安全\n生产"), ("同志们：\n今天", "同志们今天")])
def test_a_replacement_by_nothing_the_same_or_across_lines_is_refused(library, speech_id,
                                                                      old, new):
    with pytest.raises(EditError) as caught:
        _replace(library, speech_id, old, new)
    assert caught.value.reason in ("bad-replacement", "bad-range")


def test_a_replacement_is_made_again_after_a_reimport_and_a_reanalysis(library, page,
                                                                      speech_id):
    _replace(library, speech_id, "防汛形势严峻", "防汛形势十分严峻")
    page.write_text(ONE.replace("死亡2人", "死亡5人"), encoding="utf-8")
    assert library.importer.import_file(page).status == "updated"
    text = library.speeches.get(speech_id).text
    assert "死亡5人" in text and "防汛形势十分严峻" in text
    library.db.execute_sql("UPDATE speech SET analyzer_version = 0")
    library.importer.reanalyze()
    assert "防汛形势十分严峻" in library.speeches.get(speech_id).text
    [correction] = library.structure.of_speech(speech_id)
    assert (correction["action"], correction["new"], correction["orphan"]) == (
        "replace", "防汛形势十分严峻", False)


def test_a_replacement_whose_words_are_gone_becomes_an_orphan(library, page, speech_id):
    _replace(library, speech_id, "防汛形势严峻", "防汛形势十分严峻")
    page.write_text(ONE.replace("今年汛期降水偏多，防汛形势严峻，", ""), encoding="utf-8")
    library.importer.import_file(page)
    [correction] = library.structure.of_speech(speech_id)
    assert correction["orphan"]
    assert "十分" not in library.speeches.get(speech_id).text


def test_words_to_correct_are_found_once_or_refused(library, speech_id):
    text = library.speeches.get(speech_id).text
    assert library.structure.find(speech_id, "防汛形势") == (
        text.index("防汛形势"), text.index("防汛形势") + 4)
    for words, reason in (("防汛", "ambiguous"), ("地震", "not-found")):
        with pytest.raises(EditError) as caught:
            library.structure.find(speech_id, words)
        assert (caught.value.reason, caught.value.detail) == (reason, words)


def test_a_replacement_taken_back_after_a_later_removal_before_it_finds_its_place(
        library, speech_id):
    text = library.speeches.get(speech_id).text
    change = _replace(library, speech_id, "麻痹思想", "侥幸心理")
    lines = text.split("\n")
    line = lines[next(n for n, line in enumerate(lines) if "麻痹思想" in line) - 1]
    start = library.speeches.get(speech_id).text.index(line)
    removed = library.structure.remove(speech_id, start, start + len(line))
    library.structure.undo(change)  # out of order: the removal moved its words
    assert library.speeches.get(speech_id).text == text.replace(line + "\n", "")
    library.structure.undo(removed)
    assert library.speeches.get(speech_id).text == text


def test_a_replacement_whose_words_are_gone_is_not_taken_back_anywhere_else(
        library, speech_id):
    from db import EditError
    change = _replace(library, speech_id, "麻痹思想", "侥幸心理")
    text = library.speeches.get(speech_id).text
    line = next(line for line in text.split("\n") if "侥幸心理" in line)
    start = text.index(line)
    library.structure.remove(speech_id, start, start + len(line))
    with pytest.raises(EditError) as refused:
        library.structure.undo(change)
    assert refused.value.reason == "changed"
    assert library.speeches.get(speech_id).text == text.replace(line + "\n", "")
