
import pytest

from db import StudyFilter
from tests.db.test_search import DRILL, HAZARDS, _import
from tests.query_plans import plan, statements
from tests.speeches import FLOOD, SAFETY


@pytest.fixture
def speeches(library):
    ids = {"hazards": _import(library, HAZARDS, "隐患讲话"),
           "drill": _import(library, DRILL, "演练讲话"),
           "safety": _import(library, SAFETY, "安全讲话"),
           "flood": _import(library, FLOOD, "防汛讲话")}
    library.tags.set_speech(ids["flood"], ["防汛"])
    return ids


def test_directives_table_filters_sorts_and_pages(library, speeches):
    everything = library.study.mentions("directive", limit=1000)
    assert len(everything) == library.study.mention_count("directive") > 5
    prohibit = library.study.mentions("directive", StudyFilter(strength="prohibit"))
    assert {row.data["strength"] for row in prohibit} == {"prohibit"}
    assert any("严禁隐患" in row.text for row in prohibit)
    flood = library.study.mentions("directive", StudyFilter(tag="防汛"))
    assert flood and {row.speech_id for row in flood} == {speeches["flood"]}
    keyword = library.study.mentions("directive", StudyFilter(keyword="转移"))
    assert keyword and all("转移" in row.text for row in keyword)
    chosen = library.study.mentions("directive", StudyFilter(speech_ids=[speeches["safety"]]))
    assert {row.speech_title for row in chosen} == {"安全讲话"}
    ranks = ["prohibit", "must", "should", "hope"]
    strengths = [ranks.index(row.data["strength"])
                 for row in library.study.mentions("directive", order="strength", limit=1000)]
    assert strengths == sorted(strengths)
    pages = [row.id for offset in range(0, len(everything), 3)
             for row in library.study.mentions("directive", offset=offset, limit=3)]
    assert pages == [row.id for row in everything]


@pytest.mark.parametrize("kind, order", [("directive", ""), ("directive", "strength"),
                                         ("directive", "text"), ("directive", "speech"),
                                         ("directive", "addressee"), ("figure", "value"),
                                         ("figure", "unit"), ("directive", "date")])
@pytest.mark.parametrize("descending", [False, True])
def test_each_page_after_the_last_row_continues_the_order_without_gaps(library, speeches, kind,
                                                                       order, descending):
    """Keyset pages, in every sort (keys with and without values): the same rows in the same
    order as one long read."""
    everything = library.study.mentions(kind, order=order, descending=descending, limit=10_000)
    assert len(everything) > 3
    pages, after = [], None
    while True:
        page = library.study.mentions(kind, order=order, descending=descending, limit=2,
                                      after=after)
        if not page:
            break
        pages += [row.id for row in page]
        after = page[-1]
    assert pages == [row.id for row in everything]


def test_directive_rows_carry_their_section_path(library, speeches):
    [row] = library.study.mentions("directive", StudyFilter(keyword="6月底前完成排查"))
    assert row.section == "二、突出重点，狠抓落实 / （二）深入排查隐患"
    assert row.speech_title == "安全讲话"


def test_figures_table_sorts_by_value_and_filters_by_kind_and_unit(library, speeches):
    figures = library.study.mentions("figure", order="value", descending=True, limit=1000)
    values = [row.data["value"] for row in figures if row.data["value"] is not None]
    assert values == sorted(values, reverse=True) and len(values) >= 4
    people = library.study.mentions("figure", StudyFilter(kind="people"))
    assert {row.text for row in people} >= {"9人", "2人"}
    assert all(row.data["unit"] == "起" for row in library.study.mentions("figure",
                                                                    StudyFilter(unit="起")))
    assert "起" in library.study.figure_units()
    [nine] = [row for row in people if row.text == "9人"]
    assert "死亡【9人】" in nine.context


def test_formulas_index_counts_and_lists_occurrences(library):
    text = "一要落实“一岗双责”。二要坚持“三同时”。三要落实“一岗双责”，做到“三同时”。"
    other = "各单位必须落实“一岗双责”制度。"
    first, second = _import(library, text, "一"), _import(library, other, "二")
    entries = {entry.text: entry for entry in library.study.formulas()}
    assert (entries["一岗双责"].occurrences, entries["一岗双责"].speeches) == (3, 2)
    assert (entries["三同时"].occurrences, entries["三同时"].speeches) == (2, 1)
    assert "同时设计" in entries["三同时"].expansion
    groups = library.study.formula_occurrences("一岗双责")
    assert sorted(g.speech_id for g in groups) == sorted([first, second])
    assert all(hit.match == "一岗双责" for g in groups for hit in g.hits)


def test_keywords_set_a_speech_apart_from_the_rest(library, speeches):
    keywords = library.study.keywords(speeches["flood"], limit=10)
    terms = [k.term for k in keywords]
    assert "防汛" in terms[:5]
    assert all(k.score > 0 and k.count > 0 for k in keywords)
    assert "我们" not in terms and "的" not in terms
    flood = next(k for k in keywords if k.term == "防汛")
    assert flood.elsewhere == 0 and flood.count == FLOOD.count("防汛")


def test_keywords_weigh_a_speech_s_words_against_the_words_of_the_rest(library, speeches):
    from collections import Counter

    from analysis.keywords import log_likelihood, term_counts
    counts = term_counts(FLOOD)
    rest = Counter[str]()
    for name in ("hazards", "drill", "safety"):
        rest += term_counts(library.speeches.get(speeches[name]).text)
    for keyword in library.study.keywords(speeches["flood"], limit=5):
        assert keyword.score == pytest.approx(log_likelihood(
            counts[keyword.term], sum(counts.values()), rest[keyword.term],
            sum(rest.values())))  # not the grams of common words (analysis/language/tokens.py)


def test_compare_two_speeches(library, speeches):
    comparison = library.study.compare(speeches["hazards"], speeches["drill"])
    assert "隐患" in [term for term, _, _ in comparison.shared]
    assert "演练" in [k.term for k in comparison.second_only]
    assert "演练" not in [k.term for k in comparison.first_only]
    assert any("国家标准必须执行" in d for d in comparison.second_directives)
    same = library.study.compare(speeches["hazards"], speeches["hazards"])
    assert same.first_directives == [] and same.first_only == []


@pytest.mark.parametrize("kind, order, key", [
    ("directive", "speech", lambda row: row.speech_title),
    ("directive", "text", lambda row: row.text[:16]),
    ("directive", "addressee", lambda row: row.data.get("addressee")),
    ("figure", "unit", lambda row: row.data.get("unit")),
    ("figure", "kind", lambda row: row.data.get("kind")),
])
def test_every_column_sorts_both_ways_with_empty_cells_last(library, speeches, kind, order,
                                                             key):
    for descending in (False, True):
        rows = library.study.mentions(kind, order=order, descending=descending, limit=1000)
        keys = [key(row) for row in rows]
        filled = [k for k in keys if k is not None]
        assert len(set(filled)) > 1
        assert keys == sorted(filled, reverse=descending) + [None] * (len(keys) - len(filled))


def test_sorting_by_date_puts_undated_speeches_last(library, speeches):
    library.db.execute_sql("UPDATE speech SET date = '2019-01-01' WHERE id = ?",
                           (speeches["drill"],))
    library.db.execute_sql("UPDATE speech SET date = '2020-06-01' WHERE id = ?",
                           (speeches["flood"],))
    for descending in (False, True):
        rows = library.study.mentions("directive", order="date", descending=descending, limit=1000)
        seen = list(dict.fromkeys(row.speech_id for row in rows))
        dated = [speeches["drill"], speeches["flood"]]
        assert seen[:2] == (dated[::-1] if descending else dated)


@pytest.mark.parametrize("kind, order", [
    (kind, order) for kind, orders in (
        ("directive", ["", "speech", "date", "text", "strength", "addressee", "deadline"]),
        ("figure", ["", "speech", "date", "text", "value", "unit", "kind", "direction"]))
    for order in orders])
def test_every_sort_reads_an_index_not_a_sort_of_the_whole_table(library, speeches, kind,
                                                                  order):
    # On 10,000 speeches a sort of the whole table takes ~0.4 s per page; through an index a
    # page takes milliseconds (benchmarks/bench_search.py). The expressions in db/study.py must
    # match the indexes in db/migrations.py for that to hold.
    for descending in (False, True):
        sql = _last_select(library, lambda descending=descending: library.study.mentions(
            kind, order=order, descending=descending))
        steps = plan(library, sql)
        # (A sort of the RIGHT PART only orders the rows of one speech at a time.)
        assert "TEMP B-TREE FOR ORDER BY" not in steps, steps


@pytest.mark.parametrize("order", ["addressee", "deadline", "date", "speech"])
def test_a_page_among_the_rows_without_a_value_reads_an_index(library, speeches, order):
    # Most directives have no addressee or deadline, and many speeches no date: sorting
    # them all for each page took 4.7 s (1.4 s by date) on 10,000 speeches.
    library.db.execute_sql("UPDATE speech SET title = NULL WHERE id = ?", (speeches["drill"],))
    for descending in (False, True):
        rows = library.study.mentions("directive", order=order, descending=descending,
                                      limit=10_000)
        empty = next(row for row in rows if row.sort_key is None)
        sql = _last_select(library, lambda descending=descending, empty=empty:
                           library.study.mentions("directive", order=order,
                                                  descending=descending, after=empty))
        steps = plan(library, sql)
        assert "TEMP B-TREE FOR ORDER BY" not in steps, steps


@pytest.mark.parametrize("kind", ["directive", "figure", "formula"])
def test_a_count_reads_the_mentions_index_alone(library, speeches, kind):
    # The partial indexes do not hold the kind they are limited to (V20), so counting through
    # them would read every mention's row; mention_speech holds it.
    sql = _last_select(library, lambda: library.study.mention_count(kind))
    steps = plan(library, sql)
    assert "COVERING INDEX mention_speech" in steps, steps
    assert library.study.mention_count(kind) == len(library.study.mentions(kind, limit=10000))


def _last_select(library, call):
    """The first SELECT of the mentions that `call` runs."""
    return next(statement for statement in statements(library, call, containing='"mention"')
                if statement[0].startswith("SELECT"))


def test_the_tables_show_the_users_corrections(library, speeches):
    [row] = library.study.mentions("directive", StudyFilter(keyword="6月底前完成排查"))
    library.corrections.dismiss(row.speech_id, "directive", row.start, row.end)
    assert library.study.mentions("directive", StudyFilter(keyword="6月底前完成排查")) == []
    library.corrections.edit([row.speech_id], {"title": "镇长的安全讲话"})
    text = library.speeches.get(row.speech_id).text
    start = text.index("谢谢大家")
    library.corrections.mark(row.speech_id, "directive", start, start + 4, "hope")
    [marked] = library.study.mentions("directive", StudyFilter(keyword="谢谢大家"))
    assert (marked.speech_title, marked.data["strength"]) == ("镇长的安全讲话", "hope")


def test_a_speech_s_keywords_do_not_depend_on_its_date(library, speeches):
    # the speech is left out of "the rest of the library" by its index entry, keyed by date
    undated = library.study.keywords(speeches["flood"], limit=10)
    library.corrections.edit([speeches["flood"]], {"date": "2021-05-04"})
    assert library.study.keywords(speeches["flood"], limit=10) == undated


def test_a_speech_s_keywords_are_the_same_before_the_index_is_built_anew(library, speeches):
    from analysis.language.tokens import index_text
    library.corrections.edit([speeches["flood"]], {"date": "2021-05-04"})
    keyed = library.study.keywords(speeches["flood"], limit=10)
    # the index as a version before keys were dates made it: entries under ids, no key kept
    library.db.execute_sql("INSERT INTO speech_fts (speech_fts) VALUES ('delete-all')")
    library.db.execute_sql("DELETE FROM speech_key")
    for speech_id, text in library.db.execute_sql("SELECT id, text FROM speech").fetchall():
        library.db.execute_sql("INSERT INTO speech_fts (rowid, body) VALUES (?, ?)",
                               (speech_id, index_text(text)))
    assert library.study.keywords(speeches["flood"], limit=10) == keyed
