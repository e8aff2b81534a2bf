import re

import pytest

from analysis.language.tokens import index_text
from analysis.query import parse_query
from db import Library
from db.search import CONTEXT
from tests.query_plans import plan, statements

HAZARDS = """关于隐患排查的讲话
同志们：
今天我们专门研究安全隐患排查治理工作。
一、认清形势
去年全市发生事故12起，死亡9人。中国家庭对安全的期待越来越高。
二、落实责任
各企业必须落实安全生产主体责任，严禁隐患不除就复工。
各区要在6月底前完成隐患排查。"""

DRILL = """关于应急演练的讲话
同志们：
今年要组织好应急演练，发现隐患及时整改。国家标准必须执行。"""


def _import(library: Library, text: str, title: str, speaker: str | None = None,
            date: str | None = None) -> int:
    library.importer.import_text(text, title, name=title)
    speech = next(s for s in library.speeches.all() if s.title == title)
    if speaker or date:  # the pipeline finds neither in these short texts
        library.db.execute_sql("UPDATE speech SET speaker = ?, date = ? WHERE id = ?",
                               (speaker, date, speech.id))
        library.index.rekey([speech.id])  # as a correction of the date does
    return speech.id


def _found(library, query):
    """{speech id: [matched text, …]} for a query, checking every line against the speech."""
    results = library.search.find(query, limit=1000)
    found = {}
    for group in results.groups:
        text = library.speeches.get(group.speech_id).text
        for hit in group.hits:
            if hit.where != "note":
                assert text[hit.start:hit.end] == hit.match
                assert "".join(text[:hit.start].split()).endswith(hit.left.replace(" ", ""))
            found.setdefault(group.speech_id, []).append(hit.match)
    return found


def test_two_character_words_inside_longer_words_are_found(library, speeches):
    found = _found(library, "隐患")
    # the title line is not part of the text
    assert found == {speeches["hazards"]: ["隐患"] * 3, speeches["drill"]: ["隐患"],
                     speeches["safety"]: ["隐患"]}
    text = library.speeches.get(speeches["hazards"]).text
    starts = [hit.start for hit in library.search.find("隐患").groups[0].hits]
    assert text[starts[0] - 2:starts[0] + 2] == "安全隐患"


def test_longer_terms_are_found(library, speeches):
    assert _found(library, "主体责任") == {speeches["hazards"]: ["主体责任"],
                                          speeches["safety"]: ["主体责任"]}
    assert set(_found(library, "安全生产")) == {speeches["hazards"], speeches["safety"]}


def test_a_substring_across_a_word_boundary_is_not_a_hit(library, speeches):
    # 中国家庭 holds 国家 only across 中国|家庭; the drill speech has the real word
    assert _found(library, "国家") == {speeches["drill"]: ["国家"]}
    assert _found(library, "国家庭") == {}


def test_phrases_exclusions_and_or(library, speeches):
    assert _found(library, '"隐患排查"') == {speeches["hazards"]: ["隐患排查"] * 2}
    assert _found(library, "“排查治理”") == {speeches["hazards"]: ["排查治理"]}
    assert set(_found(library, "隐患 -演练")) == {speeches["hazards"], speeches["safety"]}
    assert set(_found(library, "隐患 NOT 演练 -排查")) == set()
    assert set(_found(library, "汛期 OR 演练")) == {speeches["flood"], speeches["drill"]}
    both = _found(library, "隐患 国家")
    assert set(both) == {speeches["drill"]} and sorted(both[speeches["drill"]]) == ["国家", "隐患"]


def test_field_filters(library, speeches):
    assert set(_found(library, "隐患 speaker:李明")) == {speeches["hazards"]}
    assert set(_found(library, "隐患 date:2017..2019")) == {speeches["drill"]}
    assert set(_found(library, "隐患 date:2016")) == {speeches["hazards"]}
    assert set(_found(library, "安全 date:..2016-12")) == {speeches["hazards"]}
    library.tags.set_speech(speeches["drill"], ["应急"])
    assert set(_found(library, "隐患 tag:应急")) == {speeches["drill"]}


def test_a_filter_alone_lists_the_speeches_it_selects(library, speeches):
    """tag: selects speeches carrying the tag and speeches with a highlight carrying it; the
    highlights are its lines. A speech selected as a whole is listed without lines."""
    safety, drill = speeches["safety"], speeches["drill"]
    library.tags.set_speech(drill, ["执法"])
    text = library.speeches.get(safety).text
    quote = "去年全镇发生事故3起，死亡2人。"
    start = text.index(quote)
    library.annotations.add(safety, start, start + len(quote), "yellow", "", ["执法"])
    library.annotations.add(safety, 0, 4, "green")  # no tag: not listed
    results = library.search.find("tag:执法")
    assert results.notes == [] and results.speeches == 2
    assert [(group.speech_id, [(hit.where, hit.match) for hit in group.hits])
            for group in results.groups] == [(safety, [("annotation", quote)]), (drill, [])]
    assert [g.speech_id for g in library.search.find("speaker:李明").groups] == [
        speeches["hazards"]]
    assert [g.speech_id for g in library.search.find("date:2017..2020").groups] == [
        safety, drill]  # newest first
    assert library.search.find("tag:没有这个").groups == []


def test_a_filter_alone_leaves_out_the_speeches_with_an_excluded_word(library, speeches):
    dated = library.search.find("date:2000..2030 -演练")
    assert dated.notes == [] and dated.speeches == 2
    assert [g.speech_id for g in dated.groups] == [speeches["safety"], speeches["hazards"]]
    directives = library.search.find("kind:directive -演练", limit=1000)
    assert speeches["drill"] not in {g.speech_id for g in directives.groups}
    assert speeches["hazards"] in {g.speech_id for g in directives.groups}
    assert _notes(library, "-演练") == [("only-excluded", "")]  # nothing to list: all speeches
    assert [g.speech_id for g in library.search.find("* speaker:李明").groups] == [
        speeches["hazards"]]  # * has nothing to search for: the filter lists alone


def test_a_filter_alone_comes_a_page_of_speeches_at_a_time(library, speeches):
    first = library.search.find("date:2000..2030", limit=2)
    assert len(first.groups) == 2 and first.speeches == 3 and first.next_offset == 2
    rest = library.search.find("date:2000..2030", limit=2, offset=first.next_offset)
    assert [g.speech_id for g in first.groups + rest.groups] == [
        speeches["safety"], speeches["drill"], speeches["hazards"]]
    assert rest.next_offset is None


def test_kinds_restrict_hits(library, speeches):
    hazards = speeches["hazards"]
    directive = _found(library, "隐患 kind:directive")
    assert directive[hazards] == ["隐患", "隐患"]  # 严禁隐患… and 要在6月底前完成隐患排查
    assert _found(library, "死亡 kind:figure") == {hazards: ["死亡"], speeches["safety"]: ["死亡"]}
    assert _found(library, "企业 kind:figure") == {}  # no figure in those sentences
    figures = library.search.find("kind:figure", limit=1000)
    matches = [hit.match for group in figures.groups for hit in group.hits]
    assert "12起" in matches and "9人" in matches
    assert {hit.where for group in figures.groups for hit in group.hits} == {"figure"}


def test_notes_are_searched_and_kept_in_step(library, speeches):
    hazards = speeches["hazards"]
    text = library.speeches.get(hazards).text
    start = text.index("各区要在")
    made = library.annotations.add(hazards, start, start + len("各区要在6月底前完成隐患排查"),
                                  "yellow", "值得推广的经验")
    [group] = library.search.find("推广").groups
    assert [(h.where, h.match, h.annotation_id, h.start) for h in group.hits] == [
        ("note", "推广", made.id, start)]
    assert _found(library, "推广 kind:annotation") == {hazards: ["推广"]}
    assert _found(library, "隐患 kind:annotation") == {hazards: ["隐患"]}  # inside the highlight
    library.annotations.update(made.id, note="需要督办")
    assert _found(library, "推广") == {}
    assert _found(library, "督办") == {hazards: ["督办"]}
    library.annotations.delete(made.id)
    assert _found(library, "督办") == {}
    library.annotations.restore(made)
    assert _found(library, "推广") == {hazards: ["推广"]}
    assert library.db.execute_sql("SELECT count(*) FROM note_fts").fetchone()[0] == 1


MALFORMED = ['"', '""', '隐患"', '"隐患', "*", "隐患*", "NEAR", "NEAR(隐患 排查)", "OR", "隐患 OR",
             "OR 隐患", "AND", "NOT", "-", "--", "-隐患", "(", "隐患)", "^隐患", "23.5%",
             "安全-生产", "kind:", "kind:nothing", "date:abc", "date:2016..x", "speaker:",
             "tag:", "a:b", ":", "col:隐患", "{隐患 排查}", "隐患 + 排查", "'", "\\", "%%%", "。",
             "  ", "", "\u200b", "隐患\x00", "“", "”隐患“"]


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_queries_answer_with_results_or_a_message(library, speeches, text):
    results = library.search.find(text)
    assert results.groups or results.notes or not parse_query(text).terms or results.speeches == 0
    for group in results.groups:
        assert group.hits


def _notes(library, text):
    return [(note.code, note.subject) for note in library.search.find(text).notes]


def test_malformed_queries_say_what_was_left_out(library, speeches):
    assert _notes(library, '"隐患') == [("unclosed-quote", "")]
    assert set(_found(library, '"隐患')) == set(_found(library, "隐患"))
    assert _notes(library, "隐患 OR") == [("lone-or", "")]
    assert _notes(library, "隐患 *") == [("no-letters", "*")]
    assert set(_found(library, "隐患 *")) == set(_found(library, "隐患"))
    assert _notes(library, "kind:nothing 隐患") == [("unknown-kind", "nothing")]
    assert _notes(library, "date:abc 隐患") == [("bad-date", "abc")]
    assert _notes(library, "-隐患") == [("only-excluded", "")]
    assert _notes(library, "") == [("nothing-to-search", "")]
    assert library.search.find("").groups == []
    assert set(_found(library, "隐患*")) == set(_found(library, "隐患"))
    assert set(_found(library, "(隐患)")) == set(_found(library, "隐患"))
    written = library.search.find("安全-生产")
    assert written.groups == [] and [n.code for n in written.notes] == ["not-as-written"]
    assert written.notes[0].count >= 1


def test_pages_continue_where_the_last_one_stopped(library, speeches):
    first = library.search.find("安全", limit=1)
    assert len(first.groups) == 1 and first.next_offset == 1 and first.speeches >= 2
    second = library.search.find("安全", limit=1, offset=first.next_offset)
    assert second.groups[0].speech_id != first.groups[0].speech_id


def test_words_in_many_speeches_come_newest_first(library, speeches, monkeypatch):
    # Ranking every match costs more than the search itself when nearly every speech holds
    # the word; past RANKED matches the speeches come by date, undated last.
    ranked = [group.speech_id for group in library.search.find("隐患", limit=1000).groups]
    assert len(ranked) >= 3
    assert ranked[0] == speeches["hazards"]  # the speech about 隐患 ranks first
    monkeypatch.setattr("db.search.RANKED", 1)
    newest = [group.speech_id for group in library.search.find("隐患", limit=1000).groups]
    dated = [speeches["safety"], speeches["drill"], speeches["hazards"]]
    assert sorted(newest) == sorted(ranked)
    assert [i for i in newest if i in dated] == [i for i in dated if i in newest]
    assert newest[-1] == speeches["flood"] or speeches["flood"] not in newest


def test_a_phrase_in_many_speeches_comes_newest_first_and_is_counted_apart(library,
                                                                          monkeypatch):
    # Past RANKED matches a phrase's speeches come newest first, as a word's do: read from
    # the index in its keys' order a page at a time, and counted only when asked.
    often = _import(library, "同志们：\n要守住生态保护红线。守住生态保护红线是底线。"
                             "各地都要守住生态保护红线。", "常说的", date="2019-01-01")
    once = _import(library, "同志们：\n今年要守住生态保护红线，也要抓好其他工作，"
                            "还要做好群众来信来访的接待工作。", "只说一次", date="2024-01-01")
    ranked = library.search.find("守住生态保护红线", limit=1000)
    assert [g.speech_id for g in ranked.groups] == [often, once]  # best first
    assert ranked.speeches == 2 and ranked.counted
    monkeypatch.setattr("db.search.RANKED", 1)
    found = library.search.find("守住生态保护红线", limit=1000)
    assert [g.speech_id for g in found.groups] == [once, often]
    assert found.next_offset is None and found.speeches == 2  # read to the end: counted
    # a word beside the phrase, or a phrase left out, keeps the words' order: newest first
    for mixed in ("红线 OR 守住生态保护红线", "红线 -全面深化改革开放"):
        newest = library.search.find(mixed, limit=1000)
        assert [g.speech_id for g in newest.groups] == [once, often], mixed
    monkeypatch.setattr("db.search.BATCH", 1)  # a page reads no further than its speech
    monkeypatch.setattr("db.search.SCAN_LIMIT", 1)
    first = library.search.find("守住生态保护红线", limit=1)
    assert [g.speech_id for g in first.groups] == [once] and first.next_offset == 1
    assert not first.counted and first.speeches >= 1
    assert library.search.count("守住生态保护红线") == 2
    library.speeches.delete([often])  # the trash is left out of the count
    assert library.search.find("守住生态保护红线", limit=1000).speeches == 1
    assert library.search.count("守住生态保护红线") == 1


def test_the_hits_are_real_text(texts_dir, tmp_path):
    with Library(tmp_path / "texts.sqlite") as library:
        list(library.importer.import_paths([texts_dir]))
        for query in ("隐患", "安全生产", "主体责任", "“三同时”", "死亡 kind:figure"):
            results = library.search.find(query, limit=1000)
            assert results.hits > 0, query
            for group in results.groups:
                text = library.speeches.get(group.speech_id).text
                for hit in group.hits:
                    assert text[hit.start:hit.end] == hit.match


def test_a_cancelled_search_returns_what_it_had(library, speeches):
    results = library.search.find("安全", cancelled=lambda: True)
    assert results.cancelled and results.groups == [] and results.speeches > 0


def test_a_huge_query_is_bounded_and_says_so(library, speeches):
    # How long it takes is measured by benchmarks/bench_search.py.
    results = library.search.find(" OR ".join(f"隐患{n}" for n in range(10_000)))
    assert {note.code for note in results.notes} >= {"too-long", "too-many-terms"}


def test_newest_first_pages_come_from_the_index_without_gaps_or_repeats(library, speeches,
                                                                         monkeypatch):
    """Past RANKED matches, each page is read from SQL (read ahead up to SCAN_LIMIT speeches):
    paging one speech at a time gives every match once, newest first, and the total the index
    counts without the trash."""
    monkeypatch.setattr("db.search.RANKED", 1)
    monkeypatch.setattr("db.search.SCAN_LIMIT", 2)
    whole = library.search.find("隐患", limit=1000)
    seen, offset = [], 0
    while offset is not None:
        page = library.search.find("隐患", limit=1, offset=offset)
        seen += [group.speech_id for group in page.groups]
        offset = page.next_offset
    assert seen == [group.speech_id for group in whole.groups] and len(seen) >= 3
    marks = ", ".join("?" * len(seen))  # the index's keys give the speeches' date order
    assert seen == [row[0] for row in library.db.execute_sql(
        f"SELECT id FROM speech WHERE id IN ({marks}) ORDER BY date DESC NULLS LAST, id DESC",
        seen).fetchall()]
    library.speeches.delete([seen[0]])
    assert library.search.find("隐患", limit=1000).speeches == whole.speeches - 1


def test_the_trash_is_looked_up_in_its_index_not_read_whole(library, speeches):
    """Every match is checked against the trash: the speeches in it are sought in an index,
    where reading the whole index grew with the library (a common word's search at 100,000
    speeches spent more on it than on its matches)."""
    library.speeches.delete([speeches["drill"]])
    for text in ("隐患", '"隐患排查"'):
        found = statements(library, lambda text=text: library.search.find(text),
                           "speech_fts MATCH")
        assert found
        for statement in found:
            steps = plan(library, statement)
            assert "SEARCH speech USING COVERING INDEX speech_deleted_date (deleted=?)" in steps
            assert "SCAN speech USING" not in steps


def test_phrases_of_long_words_are_found_whole_and_only_whole(library):
    first = _import(library, "关于理论学习的讲话\n同志们：\n我们要坚持和发展中国特色社会主义，"
                             "推进全面建设社会主义现代化国家。", "理论学习")
    other = _import(library, "关于经济工作的讲话\n同志们：\n发展中国家的经验值得研究，"
                             "坚持特色产业和社会事业协调发展。", "经济工作")
    assert _found(library, '"坚持和发展中国特色社会主义"') == {
        first: ["坚持和发展中国特色社会主义"]}
    assert _found(library, '"建设社会主义现代化国家"') == {first: ["建设社会主义现代化国家"]}
    assert other not in _found(library, '"发展中国特色"')


def test_each_line_holds_the_text_either_side_of_its_hit(library):
    # After the last hit come characters of four bytes in UTF-8: a text is decoded only up to
    # its last hit and the characters that hit's line needs.
    body = "要" + "认真" * 15 + "排查安全隐患。" + "整改" * 30 + "，安全隐患要见底" + "𠀀" * 30
    speech = _import(library, "关于隐患的讲话\n同志们：\n" + body, "隐患")
    text = library.speeches.get(speech).text
    hits = library.search.find("安全隐患").groups[0].hits
    places = [found.span() for found in re.finditer("安全隐患", text)]
    assert [(hit.start, hit.end) for hit in hits] == places
    for hit in hits:
        assert hit.left == text[hit.start - CONTEXT:hit.start]
        assert hit.right == text[hit.end:hit.end + CONTEXT]
    assert hits[-1].right == "要见底" + "𠀀" * (CONTEXT - 3)


def test_a_query_of_several_words_finds_each_up_to_its_last_place(library):
    # The text is decoded up to the last place of any of the words: 演练's, far after 隐患's.
    body = "要排查安全隐患。" + "整改" * 60 + "再组织应急演练。"
    speech = _import(library, "关于整改的讲话\n同志们：\n" + body, "整改")
    text = library.speeches.get(speech).text
    for query in ("隐患 演练", "演练 OR 隐患"):
        hits = library.search.find(query).groups[0].hits
        assert [(hit.start, hit.match, hit.right) for hit in hits] == [
            (text.index(word), word, text[text.index(word) + 2:][:CONTEXT])
            for word in ("隐患", "演练")], query


def test_a_phrase_whose_end_words_join_the_text_around_them_is_found(library):
    # In the index a word joined to the one before it stands apart from the phrase's next
    # word: 现代农业 comes between 农业 and 和, 全面建设 between 建设 and 社会主义.
    first = _import(library, "关于农村工作的讲话\n同志们：\n要推进现代农业和农村改革。", "农村")
    other = _import(library, "关于建设的讲话\n同志们：\n推进全面建设社会主义现代化国家。", "建设")
    assert _found(library, '"农业和农村"') == {first: ["农业和农村"]}
    assert _found(library, '"建设社会主义现代化"') == {other: ["建设社会主义现代化"]}
    # after 部署 come 研究部 and 研究部署 (the words it is in), then 新学期's 新学 and 学期
    term = _import(library, "关于开学工作的讲话\n同志们：\n今天召开会议，研究部署新学期工作。", "开学")
    assert _found(library, '"部署新学期"') == {term: ["部署新学期"]}
    # 北京市 and 高级 are both inside 北京市高级人民法院, whose words of two characters (高级
    # among them) come before those of three (北京市)
    court = _import(library, "关于审判工作的讲话\n同志们：\n北京市高级人民法院发布了通知。", "审判")
    assert _found(library, '"北京市高级"') == {court: ["北京市高级"]}


def test_phrases_with_common_words_are_found_and_counted_as_written(library):
    # 的 is asked for joined to the word after it (analysis/language/tokens.py): a speech
    # with the words apart is not even counted.
    written = _import(library, "关于基础的讲话\n同志们：\n要夯实安全生产的基础和队伍建设。", "基础")
    apart = _import(library, "关于条件的讲话\n同志们：\n抓安全生产的，基础和队伍的建设要同步。", "条件")
    noted = _import(library, "关于学习的讲话\n同志们：\n我们开展了专题学习。", "学习")
    library.annotations.add(noted, 2, 6, "yellow", note="要抓生产的基础")
    for phrase, where in (("生产的基础", {written, noted}), ("的基础和队伍", {written}),
                          ("安全生产的", {written, apart})):
        results = library.search.find(f'"{phrase}"')
        assert {group.speech_id for group in results.groups} == where, phrase
        assert results.speeches == len(where), phrase
    assert _found(library, '"队伍的建设"') == {apart: ["队伍的建设"]}
    assert _found(library, '"的"') == {written: ["的"], apart: ["的", "的"], noted: ["的"]}


def test_the_speeches_of_notes_are_looked_for_only_when_a_note_matches(library, speeches):
    def joined():  # the query of the speeches whose notes match
        return statements(library, lambda: library.search.find("隐患"), 'JOIN "note_fts"')

    assert joined() == []
    library.annotations.add(speeches["drill"], 2, 6, "yellow", note="隐患台账")
    assert joined()
    assert set(_found(library, "隐患")) == {speeches["hazards"], speeches["drill"],
                                            speeches["safety"]}


def test_letters_match_either_case_and_a_note_alone_is_found(library):
    text = _import(library, "关于统计的讲话\n同志们：\n全市GDP增长5%。", "统计")
    noted = _import(library, "关于调研的讲话\n同志们：\n我们开展了专题调研。", "调研")
    library.annotations.add(noted, 2, 6, "yellow", note="调研发现gdp核算有偏差")
    assert set(_found(library, "gdp")) == {text, noted}
    assert set(_found(library, "偏差")) == {noted}


def test_past_ranked_speeches_come_by_their_dates_not_by_when_they_were_added(library,
                                                                             monkeypatch):
    monkeypatch.setattr("db.search.RANKED", 1)
    dates = ["2019-05-01", None, "2024-01-01", "2021", "2021-07-01"]
    ids = {date: _import(library, f"同志们：\n要排查安全隐患，这是第{number}次部署。",
                         f"第{number}次", date=date) for number, date in enumerate(dates)}
    found = library.search.find("安全隐患", limit=1000)
    assert [group.speech_id for group in found.groups] == [
        ids["2024-01-01"], ids["2021-07-01"], ids["2021"], ids["2019-05-01"], ids[None]]


@pytest.mark.parametrize("scan, batch, limit", [(1, 1, 1), (2, 1, 1), (2, 10, 2), (500, 10, 1),
                                                (500, 10, 50)])
def test_past_ranked_pages_reach_the_speeches_only_a_note_matches_once_each(
        library, monkeypatch, scan, batch, limit):
    texts = [_import(library, f"同志们：\n要排查安全隐患，这是第{number}次部署。", f"第{number}次",
                     date=f"202{number}-01-01") for number in range(4)]
    noted = [_import(library, f"同志们：\n要抓好防汛工作，这是第{number}次。", f"防汛{number}")
             for number in range(3)]
    for speech in noted:
        library.annotations.add(speech, 4, 8, "yellow", note="这里也有隐患")
    for name, value in (("RANKED", 1), ("SCAN_LIMIT", scan), ("BATCH", batch)):
        monkeypatch.setattr(f"db.search.{name}", value)
    seen, offset, pages = [], 0, 0
    while offset is not None and pages < 20:
        page = library.search.find("隐患", limit=limit, offset=offset)
        seen += [group.speech_id for group in page.groups]
        offset, pages = page.next_offset, pages + 1
        assert page.speeches <= 7 and (page.counted or page.next_offset is not None)
    assert offset is None and seen == texts[::-1] + noted
    assert page.counted and page.speeches == library.search.count("隐患") == 7


def test_before_the_index_is_built_anew_a_speech_and_its_note_are_one_result(library):
    speech = _import(library, HAZARDS, "隐患讲话", date="2020-01-01")
    library.annotations.add(speech, 0, 2, "yellow", note="这里有隐患")
    # the entry as a version before keys were dates made it: under the speech's id, no key kept
    library.db.execute_sql("INSERT INTO speech_fts (speech_fts) VALUES ('delete-all')")
    library.db.execute_sql("DELETE FROM speech_key")
    library.db.execute_sql("INSERT INTO speech_fts (rowid, body) VALUES (?, ?)",
                           (speech, index_text(library.speeches.get(speech).text)))
    assert [group.speech_id for group in library.search.find("隐患").groups] == [speech]


def test_a_count_stops_when_cancelled_and_the_library_reads_on(library, monkeypatch):
    for number in range(12):
        _import(library, f"同志们：\n要排查安全隐患，这是第{number}次部署。", f"第{number}次")
    monkeypatch.setattr("db.search.STOP_CHECK", 10)  # asked often, in a library this small
    asked = []
    assert library.search.count("隐患", lambda: asked.append(True) or True) is None and asked
    assert library.search.count("隐患") == 12  # SQLite is no longer asked to stop
    assert library.search.find("隐患").speeches == 12
