import pytest

from analysis import analyze_bytes
from analysis.structure.title_lines import occasion_line, speaker_line, split_glued_title


@pytest.mark.parametrize("line, expected", [
    ("2026年1月14日在浙江省第十四届人民代表大会第四次会议上", ("浙江省第十四届人民代表大会第四次会议", "2026-01-14")),
    ("——2026年1月26日在河南省第十四届人民代表大会第四次会议上", ("河南省第十四届人民代表大会第四次会议", "2026-01-26")),
    ("在全县安全生产工作会议上", ("全县安全生产工作会议", None)),
    ("我们在全县安全生产工作会议上", None), ("今年要在安全生产上下功夫。", None),
])
def test_occasion_lines(line, expected):
    assert occasion_line(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("浙江省省长刘捷", "浙江省省长 刘捷"), ("四川省人民政府省长施小琳", "四川省人民政府省长 施小琳"),
    ("县委书记在会上讲", None), ("市长要亲自抓", None), ("县委书记同志们", None),
])
def test_speaker_lines(line, expected):
    assert speaker_line(line) == expected


def test_a_title_run_into_its_body_is_taken_apart():
    assert split_glued_title("在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）习近平党的十八大以后，我先后召开座谈会。") == [
        "在打好精准脱贫攻坚战座谈会上的讲话", "（2018年2月12日）", "习近平", "党的十八大以后，我先后召开座谈会。"]
    assert split_glued_title("今天召开会议。") == ["今天召开会议。"]


def test_a_work_reports_head_gives_title_occasion_date_and_speaker():
    page = ("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年浙江省政府工作报告\n"
            "2026年1月14日在浙江省第十四届人民代表大会第四次会议上\n来源：\n浙江日报\n时间：2026-01-22\n"
            "浙江省省长 刘捷\n各位代表：\n现在，我代表省人民政府向大会作政府工作报告，请予审议。\n"
            "一、2025年主要工作\n2025年是极不平凡的一年，全省生产总值增长5.5%。\n相关报道：\n省人大闭幕\n")
    analysis = analyze_bytes(page.encode("utf-8"), "report.txt")
    [speech] = analysis.speeches
    assert (speech.title, speech.occasion, speech.date, speech.speaker) == (
        "2026年浙江省政府工作报告", "浙江省第十四届人民代表大会第四次会议", "2026-01-14", "浙江省省长 刘捷")
    assert speech.text.startswith("各位代表：\n现在") and speech.text.endswith("增长5.5%。")
