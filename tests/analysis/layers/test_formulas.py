from analysis.layers.extract import extract
from analysis.layers.formulas import dictionary, find_formulas


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


def test_the_dictionary_holds_the_standard_formulas_of_current_official_discourse():
    known, _, _ = dictionary()
    assert len(known) >= 300
    text = ("我们要不忘初心、牢记使命，践行绿水青山就是金山银山的理念，增强“四个意识”、坚定“四个自信”、"
            "做到“两个维护”，深刻领悟“两个确立”的决定性意义，统筹推进五位一体总体布局、协调推进四个全面"
            "战略布局，完整准确全面贯彻新发展理念，因地制宜发展新质生产力，重视三农工作。")
    found = {f.text: f.expansion for f in find_formulas(text)}
    assert list(found) == ["不忘初心、牢记使命", "绿水青山就是金山银山", "四个意识", "四个自信",
                           "两个维护", "两个确立", "五位一体", "四个全面", "新发展理念", "新质生产力",
                           "三农"]
    assert found["四个自信"] == "中国特色社会主义道路自信、理论自信、制度自信、文化自信"
    assert "农民" in found["三农"] and found["新质生产力"] is None


def test_every_expansion_is_text_or_null_and_no_entry_is_blank():
    known, excluded, _ = dictionary()
    assert all(key.strip() == key and key for key in known)
    assert all(value is None or (isinstance(value, str) and value.strip()) for value in known.values())
    assert not set(known) & excluded
