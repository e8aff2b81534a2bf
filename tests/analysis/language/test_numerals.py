import pytest

from analysis.language.numerals import iso_date, parse_date, small_number, to_float


@pytest.mark.parametrize("written, value", [
    ("2.12亿", 212_000_000), ("1.2万", 12_000), ("十六", 16), ("百分之二十三点五", 23.5),
    ("五分之一", 20), ("半", 0.5), ("千万", 10_000_000), ("１２", 12), ("3,500", 3500),
])
def test_written_numbers(written, value):
    assert to_float(written) == pytest.approx(value)


def test_an_unreadable_number_is_none():
    assert to_float("") is None and to_float("不是数字") is None
    assert to_float("十万") == 100_000


@pytest.mark.parametrize("label, number", [("一", 1), ("九", 9), ("十", 10), ("十一", 11),
                                           ("三十", 30), ("九十九", 99), ("12", 12)])
def test_small_numbers(label, number):
    assert small_number(label) == number


@pytest.mark.parametrize("parts, iso", [
    (("2016", "6", "12"), "2016-06-12"), (("二〇一六", "十二", "三十一"), "2016-12-31"),
    (("2016", "06", None), "2016-06"), (("2016", None, None), "2016"),
    (("20XX", "6", "1"), None), (("2016", "2", "30"), None), (("2016", "13", None), None),
    ((None, "6", "12"), None),
])
def test_iso_dates(parts, iso):
    assert iso_date(*parts) == iso


def test_dates_as_pages_print_them():
    assert parse_date("2016-5-12") == parse_date("2016年5月12日") == "2016-05-12"
    assert parse_date("2016/13/01") is None and parse_date("今天") is None
