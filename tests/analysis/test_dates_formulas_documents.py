import pytest

from analysis.extract import extract


@pytest.mark.parametrize("text, expected", [
    ("2016年6月12日", ("2016年6月12日", "2016-06-12")),
    ("二〇一六年三月", ("二〇一六年三月", "2016-03")),
    ("2016年", ("2016年", "2016")),
    ("6月12日", ("6月12日", None)),
    ("于4月30日前上报", ("4月30日前", None)),
    ("9月底前完成", ("9月底前", None)),
    ("上半年", ("上半年", None)),
    ("三季度", ("三季度", None)),
    ("20xx年", ("20xx年", None)),
    ("XX年度", ("XX年度", None)),
    ("五月份", ("五月份", None)),
    ("4.23龙祥铅锌较大事故", ("4.23", None)),
])
def test_dates(text, expected):
    assert [(d.text, d.value) for d in extract(text, []).dates] == [expected]


def test_durations_and_deictic_words_are_not_dates():
    assert extract("连续15年，三个月，今年，去年，年内", []).dates == []


def test_formulas_by_pattern_and_dictionary():
    found = extract("严格落实“党政同责、一岗双责”，推行“1+2+N”模式，“一把手”负总责，严防三违。", []).formulas
    assert [f.text for f in found] == ["党政同责", "一岗双责", "1+2+N", "三违"]
    assert found[0].expansion and found[2].expansion is None
    assert "同时施工" in extract("“三同时”", []).formulas[0].expansion


def test_long_quotations_and_placeholders_are_not_formulas():
    assert extract("“百次检查不如一次执法”的理念，“xx”期间", []).formulas == []


def test_documents_and_nothing_nested_inside_them():
    mentions = extract("按照《大武口区XX年节能减排控制方案》和国发〔2010〕23号、GB/T29315-2012", [])
    assert [d.text for d in mentions.documents] == [
        "《大武口区XX年节能减排控制方案》", "国发〔2010〕23号", "GB/T29315-2012"]
    assert mentions.dates == [] and mentions.figures == []


def test_every_mention_text_is_its_span(corpus):
    from analysis.pipeline import analyze_file
    for speech in analyze_file(corpus / "compilation-5-titled.txt").speeches:
        for kind, items in speech.mentions.to_dict().items():
            for item in items:
                assert speech.text[item["start"]:item["end"]] == item["text"], kind
