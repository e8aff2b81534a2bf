import pytest

from analysis.structure.markers import (
    cn_number,
    heading_at_start,
    is_closing,
    is_opening,
    is_title_line,
)


@pytest.mark.parametrize("label, number", [("一", 1), ("十", 10), ("十二", 12), ("二十", 20),
                                           ("二十三", 23), ("7", 7), ("首先", 1), ("其次", 2)])
def test_label_numbers(label, number):
    assert cn_number(label) == number


def test_headings_by_rank():
    assert heading_at_start("一、提高认识")[0] == 1
    assert heading_at_start("（二）落实责任")[0] == 2
    assert heading_at_start("3.加强检查")[0] == 3
    assert heading_at_start("（4）排查")[0] == 4
    assert heading_at_start("一、") is None  # a label alone is no heading
    assert heading_at_start("2016年") is None


def test_titles_openings_and_closings():
    assert is_title_line("县长在全县防汛工作会议上的讲话")
    assert not is_title_line("一、在全县防汛工作会议上的讲话")
    assert is_opening("同志们：") and is_opening("今天，我们召开全县防汛工作会议")
    assert is_closing("谢谢大家！") and not is_closing("感谢大家的努力。")
