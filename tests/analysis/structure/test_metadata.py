import pytest

from analysis.structure.metadata import date_line, parse_title


@pytest.mark.parametrize("title, speaker, occasion", [
    ("区长在全区安全生产工作会议上的讲话。", "区长", "全区安全生产工作会议"),
    ("区长在经济工作会议上讲话", "区长", "经济工作会议"),
    ("在全区安全生产工作会议上的讲话", None, "全区安全生产工作会议"),
    ("常务副市长在全市安全生产电视电话会议上的讲话（摘要）", "常务副市长", "全市安全生产电视电话会议"),
    ("县委书记在全县经济工作会议上的总结讲话", "县委书记", "全县经济工作会议"),
    ("局长在2016年全市安监系统工作会议上的报告", "局长", "2016年全市安监系统工作会议"),
    ("副区长安全生产讲话", "副区长", None),
    ("某市在全省安全生产工作会议上的发言", None, "全省安全生产工作会议"),
    ("坚定信心真抓实干奋力开创全县高质量发展新局面——在县委十五届六次全会上的报告", None,
     "县委十五届六次全会"),
])
def test_title_gives_speaker_role_and_occasion(title, speaker, occasion):
    assert parse_title(title) == (speaker, occasion)


@pytest.mark.parametrize("line, expected", [
    ("（2016年3月5日）", (True, "2016-03-05")),
    ("2016年12月1日", (True, "2016-12-01")),
    ("(20xx年3月5日)", (True, None)),
    ("XXXX年5月1日", (True, None)),
    ("2016年3月5日召开会议。", (False, None)),
])
def test_date_lines_under_a_title(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize("title, speaker, occasion", [
    ("张伟在全县安全生产工作会议上的讲话", "张伟", "全县安全生产工作会议"),
    ("县长李四在全县经济工作会议上的讲话", "县长 李四", "全县经济工作会议"),
    ("张伟县长在全县防汛工作会议上的讲话", "县长 张伟", "全县防汛工作会议"),
    ("李四同志在全县座谈会上的讲话", "李四", "全县座谈会"),
    ("王五在全市优化营商环境大会上的交流发言", "王五", "全市优化营商环境大会"),
    ("在全县安全生产工作会议上的讲话", None, "全县安全生产工作会议"),
])
def test_speakers_in_the_forms_titles_name_them(title, speaker, occasion):
    assert parse_title(title) == (speaker, occasion)
