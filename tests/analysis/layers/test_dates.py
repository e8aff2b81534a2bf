import pytest

from analysis.layers.dates import find_dates
from analysis.layers.extract import extract


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


@pytest.mark.parametrize("text, span, value", [
    ("要在2016年6月30日前完成", "2016年6月30日前", "2016-06-30"),
    ("务必在06月30日前上报", "06月30日前", None),
    ("各单位要在10月15号前完成", "10月15号前", None),
    ("要在六月十五日前完成", "六月十五日前", None),
])
def test_a_deadline_is_one_date_with_its_year(text, span, value):
    [date] = find_dates(text)
    assert (date.text, date.value, date.deadline) == (span, value, True)


def test_a_date_that_cannot_be_is_not_given_a_value():
    assert [(d.text, d.value) for d in find_dates("2016年2月31日")] == [("2016年2月31日", None)]
    assert [d.value for d in find_dates("二〇一六年十二月一日")] == ["2016-12-01"]
