"""The user's corrections: fields and mentions, kept through re-import and re-analysis."""
import json
import sqlite3

import pytest

from analysis.version import ANALYZER_VERSION
from db import EditError, Library
from tests.speeches import FLOOD, SAFETY


@pytest.fixture
def page(tmp_path):
    """safety.txt, which tests/db/conftest.py's `speech_id` imports."""
    path = tmp_path / "safety.txt"
    path.write_text(SAFETY, encoding="utf-8")
    return path


def _mentions(library, speech_id, kind):
    record = library.speeches.get(speech_id)
    return [(m.start, m.end, record.text[m.start:m.end]) for m in record.mentions
            if m.kind == kind]


def test_edited_fields_are_what_the_library_shows_and_the_guess_is_kept(library, speech_id):
    guessed = library.speeches.get(speech_id).summary.title
    library.corrections.edit([speech_id], {"title": " 在全镇安全生产工作会议上的讲话 ",
                                           "speaker": "王镇长", "origin": "镇政府网站"})
    summary = library.speeches.get(speech_id).summary
    assert (summary.title, summary.speaker, summary.origin) == (
        "在全镇安全生产工作会议上的讲话", "王镇长", "镇政府网站")
    states = {state.field: state for state in library.corrections.fields(speech_id)}
    assert states["title"].corrected and states["title"].machine == guessed
    assert not states["date"].corrected


def test_a_title_is_for_one_speech_other_fields_for_several(library, tmp_path):
    for name, text in (("a.txt", SAFETY), ("b.txt", FLOOD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        library.importer.import_file(tmp_path / name)
    ids = [s.id for s in library.speeches.all()]
    with pytest.raises(EditError) as caught:
        library.corrections.edit(ids, {"title": "同一个"})
    assert caught.value.reason == "title-of-several"
    library.corrections.edit(ids, {"speaker": "李明", "date": "2024年3月5日"})
    assert [(s.speaker, s.date) for s in library.speeches.all()] == [("李明", "2024-03-05")] * 2


@pytest.mark.parametrize("value, reason", [("2024-02-30", "bad-date"), ("明年", "bad-date"),
                                          ("2024年13月", "bad-date")])
def test_a_date_that_is_not_one_is_refused_and_nothing_changes(library, speech_id, value,
                                                               reason):
    before = library.speeches.get(speech_id).summary
    with pytest.raises(EditError) as caught:
        library.corrections.edit([speech_id], {"speaker": "张三", "date": value})
    assert (caught.value.reason, caught.value.detail) == (reason, value)
    assert library.speeches.get(speech_id).summary == before


def test_dates_may_be_a_year_or_a_month(library, speech_id):
    library.corrections.edit([speech_id], {"date": "2024-03"})
    assert library.speeches.get(speech_id).summary.date == "2024-03"
    library.corrections.edit([speech_id], {"date": "2023"})
    assert library.speeches.get(speech_id).summary.date == "2023"
    for written, stored in (("2013年1月", "2013-01"), ("2013年", "2013"), ("2013/1", "2013-01")):
        library.corrections.edit([speech_id], {"date": written})  # as people write them
        assert library.speeches.get(speech_id).summary.date == stored


def test_an_unknown_field_is_refused(library, speech_id):
    with pytest.raises(EditError) as caught:
        library.corrections.edit([speech_id], {"text": "x"})
    assert caught.value.reason == "unknown-field"


def test_restore_undoes_an_edit_and_reset_gives_the_field_back(library, speech_id):
    guessed = library.speeches.get(speech_id).summary.title
    before = library.corrections.edit([speech_id], {"title": "第一次"})
    second = library.corrections.edit([speech_id], {"title": "第二次"})
    library.corrections.restore(second)
    assert library.speeches.get(speech_id).summary.title == "第一次"
    library.corrections.restore(before)
    assert library.speeches.get(speech_id).summary.title == guessed
    assert not any(state.corrected for state in library.corrections.fields(speech_id))
    library.corrections.edit([speech_id], {"title": "第三次"})
    library.corrections.reset([speech_id], ["title"])
    assert library.speeches.get(speech_id).summary.title == guessed


def test_clearing_a_field_is_a_correction_too(library, speech_id):
    library.corrections.edit([speech_id], {"occasion": "会议"})
    library.corrections.edit([speech_id], {"occasion": ""})
    assert library.speeches.get(speech_id).summary.occasion is None
    [state] = [s for s in library.corrections.fields(speech_id) if s.field == "occasion"]
    assert state.corrected and state.value is None


def test_dismissing_a_directive_removes_it_and_withdrawing_brings_it_back(library, speech_id):
    before = _mentions(library, speech_id, "directive")
    start, end, _ = next(m for m in before if "6月底前" in m[2])
    correction = library.corrections.dismiss(speech_id, "directive", start, end)
    assert (correction.action, correction.kind) == ("dismiss", "directive")
    assert (start, end) not in [(m[0], m[1]) for m in _mentions(library, speech_id, "directive")]
    library.corrections.withdraw(correction.id)
    assert _mentions(library, speech_id, "directive") == before
    assert library.corrections.of_speech(speech_id) == []


def test_dismissing_what_is_not_there_is_refused(library, speech_id):
    with pytest.raises(EditError) as caught:
        library.corrections.dismiss(speech_id, "figure", 0, 3)
    assert caught.value.reason == "no-mention"
    with pytest.raises(EditError) as caught:  # a mistyped kind (yandu edit --dismiss)
        library.corrections.dismiss(speech_id, "directiv", 0, 3)
    assert caught.value.reason == "unknown-kind"


def test_a_marked_directive_has_its_strength_and_a_marked_figure_its_value(library, speech_id):
    text = library.speeches.get(speech_id).text
    sentence = "安全生产事关人民群众生命财产安全。"
    start = text.index(sentence)
    library.corrections.mark(speech_id, "directive", start, start + len(sentence), "should")
    [marked] = [m for m in library.speeches.get(speech_id).mentions
                if m.kind == "directive" and m.start == start]
    assert marked.data["strength"] == "should" and marked.data["marked"]
    start = text.index("3起")
    library.corrections.mark(speech_id, "figure", start, start + 2)
    [figure] = [m for m in library.speeches.get(speech_id).mentions
                if m.kind == "figure" and m.data.get("marked")]
    assert (figure.data["value"], figure.data["unit"]) == (3, "起")


@pytest.mark.parametrize("kind, strength, start, end, reason", [
    ("idea", None, 0, 3, "unknown-kind"), ("directive", "maybe", 0, 3, "bad-strength"),
    ("figure", "must", 0, 3, "bad-strength"), ("figure", None, 5, 5, "bad-range"),
    ("figure", None, -1, 3, "bad-range"), ("figure", None, 0, 10**6, "bad-range")])
def test_a_mark_that_cannot_be_is_refused(library, speech_id, kind, strength, start, end,
                                          reason):
    with pytest.raises(EditError) as caught:
        library.corrections.mark(speech_id, kind, start, end, strength)
    assert caught.value.reason == reason
    assert library.corrections.of_speech(speech_id) == []


def test_dismissing_a_marked_span_withdraws_the_mark(library, speech_id):
    text = library.speeches.get(speech_id).text
    start = text.index("谢谢大家")
    library.corrections.mark(speech_id, "directive", start, start + 4)
    library.corrections.dismiss(speech_id, "directive", start, start + 4)
    assert library.corrections.of_speech(speech_id) == []
    assert all(m.start != start for m in library.speeches.get(speech_id).mentions)


def test_corrections_survive_reimporting_the_edited_file(library, page, speech_id):
    directive = next(m for m in _mentions(library, speech_id, "directive") if "6月底前" in m[2])
    library.corrections.dismiss(speech_id, "directive", directive[0], directive[1])
    text = library.speeches.get(speech_id).text
    start = text.index("谢谢大家")
    library.corrections.mark(speech_id, "directive", start, start + 4, "hope")
    library.corrections.edit([speech_id], {"title": "我改的题目", "date": "2020-01-02"})
    page.write_text("镇长讲话稿（修订）\n" + SAFETY.replace("3起", "4起"), encoding="utf-8")
    result = library.importer.import_file(page)
    assert result.status == "updated"
    record = library.speeches.get(speech_id)
    assert (record.summary.title, record.summary.date) == ("我改的题目", "2020-01-02")
    directives = _mentions(library, speech_id, "directive")
    assert not any("6月底前" in m[2] for m in directives)
    assert any(m[2] == "谢谢大家" for m in directives)
    states = {state.field: state for state in library.corrections.fields(speech_id)}
    assert states["title"].machine != "我改的题目"
    assert not any(c.orphan for c in library.corrections.of_speech(speech_id))


def test_a_correction_whose_words_are_gone_becomes_an_orphan(library, page, speech_id):
    text = library.speeches.get(speech_id).text
    start = text.index("谢谢大家")
    library.corrections.mark(speech_id, "directive", start, start + 4)
    page.write_text(SAFETY.replace("谢谢大家！", "散会。"), encoding="utf-8")
    library.importer.import_file(page)
    [orphan] = library.corrections.orphans()
    assert orphan.quote == "谢谢大家" and orphan.orphan
    assert all(m.text != "谢谢大家" for m in library.speeches.get(speech_id).mentions)


def test_corrections_survive_reanalysis_by_a_newer_analyzer(tmp_path, page):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.importer.import_file(page)
        [summary] = library.speeches.all()
        directive = next(m for m in _mentions(library, summary.id, "directive")
                         if "6月底前" in m[2])
        library.corrections.dismiss(summary.id, "directive", directive[0], directive[1])
        library.corrections.edit([summary.id], {"speaker": "王镇长"})
        after = library.speeches.get(summary.id)
    with sqlite3.connect(path) as connection:  # as an older Yandu left it
        connection.execute("UPDATE speech SET analyzer_version = ?", (ANALYZER_VERSION - 1,))
    with Library(path) as library:
        assert library.importer.reanalyze() == 1
        again = library.speeches.get(summary.id)
        assert again.mentions == after.mentions and again.summary.speaker == "王镇长"


def test_counts_say_how_often_users_dismissed_each_kind(library, speech_id):
    found = len(_mentions(library, speech_id, "directive"))
    for start, end, _ in _mentions(library, speech_id, "directive")[:2]:
        library.corrections.dismiss(speech_id, "directive", start, end)
    text = library.speeches.get(speech_id).text
    start = text.index("谢谢大家")
    library.corrections.mark(speech_id, "directive", start, start + 4)
    library.corrections.edit([speech_id], {"speaker": "王镇长"})
    counts = library.corrections.counts()
    assert counts["directive"] == {"found": found, "dismiss": 2, "mark": 1}
    assert counts["figure"]["dismiss"] == 0 and counts["fields"]["speaker"] == 1


def test_the_export_holds_every_correction_with_its_words(library, speech_id, page):
    start, end, words = _mentions(library, speech_id, "figure")[0]
    library.corrections.dismiss(speech_id, "figure", start, end)
    library.corrections.edit([speech_id], {"occasion": "全镇安全生产工作会议"})
    exported = json.loads(json.dumps(library.corrections.export()))
    assert exported["format"] == "yandu-corrections"
    [speech] = exported["speeches"]
    assert speech["file"] == str(page.resolve())
    assert speech["fields"]["occasion"]["value"] == "全镇安全生产工作会议"
    [mention] = speech["mentions"]
    assert (mention["action"], mention["kind"], mention["text"]) == ("dismiss", "figure", words)
