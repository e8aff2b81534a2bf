from analysis.extract import extract
from analysis.formulas import dictionary, find_formulas


def test_formulas_by_pattern_and_dictionary():
    found = extract("严格落实“党政同责、一岗双责”，推行“1+2+N”模式，“一把手”负总责，严防三违。", []).formulas
    assert [f.text for f in found] == ["党政同责", "一岗双责", "1+2+N", "三违"]
    assert found[0].expansion and found[2].expansion is None
    assert "同时施工" in extract("“三同时”", []).formulas[0].expansion


def test_long_quotations_and_placeholders_are_not_formulas():
    assert extract("“百次检查不如一次执法”的理念，“xx”期间", []).formulas == []


def test_a_quoted_numbered_phrase_is_a_formula_even_when_not_in_the_dictionary():
    known, _, _ = dictionary()
    assert "七个坚持" not in known
    [found] = find_formulas("做到“七个坚持”")
    assert (found.text, found.expansion) == ("七个坚持", None)
