from pathlib import Path

from analysis import analyze_bytes, analyze_file
from tests.speeches import ECONOMY, FLOOD, SAFETY

DATA = Path(__file__).resolve().parents[2] / "data"


def analyze(text: str):
    return analyze_bytes(text.encode("utf-8"), "page.txt").speeches


def test_titled_compilation_splits_at_each_title():
    page = "\n\n".join([
        "镇长在全镇安全生产工作会议上的讲话", SAFETY,
        "县长在全县防汛工作会议上的讲话", "（2016年5月10日）", FLOOD,
        "区长在经济工作会议上的讲话", ECONOMY])
    speeches = analyze(page)
    assert [s.title for s in speeches] == [
        "镇长在全镇安全生产工作会议上的讲话", "县长在全县防汛工作会议上的讲话", "区长在经济工作会议上的讲话"]
    assert [s.text for s in speeches] == [SAFETY, FLOOD, ECONOMY]
    assert [s.speaker for s in speeches] == ["镇长", "县长", "区长"]
    assert [s.date for s in speeches] == [None, "2016-05-10", None]
    assert [s.position for s in speeches] == [0, 1, 2]


def test_untitled_nine_speeches_in_a_row_are_titled_from_their_occasions():
    bodies = [SAFETY, FLOOD, ECONOMY] * 3
    speeches = analyze("\n".join(bodies))
    assert [s.text for s in speeches] == bodies
    assert [s.title for s in speeches] == [
        "在全镇安全生产工作会议上的讲话", "在防汛工作会议上的讲话", "在经济工作会议上的讲话"] * 3
    assert [s.occasion for s in speeches[:3]] == ["全镇安全生产工作会议", "防汛工作会议", "经济工作会议"]


def test_a_speech_without_its_occasion_stays_untitled():
    body = "同志们：\n安全生产事关人民群众生命财产安全，我们必须抓紧抓实。\n一、统一思想\n各部门要落实责任。"
    assert [s.title for s in analyze(body)] == [None]


def test_numbering_restart_splits_without_opening_or_closing():
    first = "一、回顾\n去年工作取得成效，各项指标完成良好，全年没有发生较大事故。\n二、部署\n今年要抓好三项工作，确保安全生产形势稳定。"
    second = "一、形势\n当前防汛形势严峻，降水偏多，必须提前做好准备工作。\n二、任务\n各乡镇要落实责任，确保安全度汛。"
    speeches = analyze(first + "\n" + second)
    assert [s.text for s in speeches] == [first, second]


def test_restart_carries_the_new_speech_opening_along():
    first = "一、回顾\n去年工作取得成效，各项指标完成良好，全年没有发生较大事故。\n二、部署\n今年要抓好三项工作，确保安全生产形势稳定。"
    second = "今天召开全县防汛工作会议，部署今年防汛工作。\n一、形势\n当前防汛形势严峻，降水偏多。\n二、任务\n各乡镇要落实责任。"
    speeches = analyze(first + "\n" + second)
    assert [s.text for s in speeches] == [first, second]


def test_a_salutation_inside_a_short_speech_does_not_split_it():
    text = "同志们：\n今天召开会议，研究安全工作。\n同志们：\n我们要抓好落实。"
    assert len(analyze(text)) == 1


def test_repeated_title_line_is_not_a_second_speech():
    text = "[领导讲话] 某市在全省安全生产工作会议上的发言\n\n   某市在全省安全生产工作会议上的发言\n\n" + SAFETY
    [speech] = analyze(text)
    assert speech.title == "某市在全省安全生产工作会议上的发言"
    assert speech.text == SAFETY


def test_short_trailer_after_a_closing_stays_with_its_speech():
    [speech] = analyze(SAFETY + "\n（根据录音整理）")
    assert speech.text.endswith("谢谢大家！\n（根据录音整理）")


def test_slogan_title_with_a_subtitle_line():
    page = f"{SAFETY}\n坚定信心 攻坚克难\n——在全县防汛工作会议上的讲话\n{FLOOD}"
    speeches = analyze(page)
    assert [s.title for s in speeches] == ["在全镇安全生产工作会议上的讲话", "坚定信心攻坚克难——在全县防汛工作会议上的讲话"]
    assert speeches[1].occasion == "全县防汛工作会议"
    assert [s.text for s in speeches] == [SAFETY, FLOOD]


def test_a_page_of_nine_untitled_speeches_gives_nine_speeches_titled_from_their_occasions():
    analysis = analyze_file(DATA / "nine-untitled-speeches.txt")
    assert [s.title for s in analysis.speeches] == [
        "在全县应急管理工作会议上的讲话", "在全县防汛抗旱工作会议上的讲话",
        "在全县森林防火工作推进会上的讲话", "在全县安全生产工作会议上的讲话",
        "在全县党建工作会议上的讲话", "在全县经济工作会议上的讲话",
        "在全县乡村振兴工作会议上的讲话", "在全县招商引资工作会议上的讲话",
        "在全县教育工作会议上的讲话"]
    assert analysis.speeches[0].occasion == "全县应急管理工作会议"
    assert analysis.page.date == "2024-12-23" and analysis.page.site == "华博范文网"
    texts = "".join(s.text for s in analysis.speeches)
    assert "华博范文网" not in texts and "仅供参考" not in texts
    assert all(s.text.startswith(("同志们：", "各位领导")) for s in analysis.speeches)


REPORT_HEAD = ("政府工作报告\n——2026年1月26日在某某省第十四届\n人民代表大会第五次会议上\n"
               "某某省省长 孟凡利\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
               "一、2025年工作回顾\n全省经济稳中有进，地区生产总值增长5%。\n"
               "二、2026年工作安排\n办好人民满意的教育。\n各位代表！让我们团结奋斗！\n"
               "附件1\n2026年省十件民生实事\n一、提高城乡低保标准。\n二、新增托育服务托位1万个。\n")


def test_an_occasion_line_wrapped_in_two_and_the_speaker_under_it_are_read():
    [speech] = analyze(REPORT_HEAD)
    assert (speech.title, speech.occasion, speech.date, speech.speaker) == (
        "政府工作报告", "某某省第十四届人民代表大会第五次会议", "2026-01-26", "某某省省长 孟凡利")
    assert speech.text.startswith("各位代表：")


def test_an_annex_numbered_afresh_stays_with_its_report():
    [speech] = analyze(REPORT_HEAD)
    assert speech.text.rstrip().endswith("二、新增托育服务托位1万个。")


def test_an_occasion_in_brackets_a_role_alone_and_a_caption_over_the_title():
    page = ("政府工作报告。 某某日报记者 李森 摄\n政府工作报告\n"
            "（2026年1月27日在某某省第十四届人民代表大会第四次会议上）\n省长 李炳军\n"
            "各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、过去一年工作回顾\n全省经济稳中有进。\n")
    [speech] = analyze(page)
    assert (speech.occasion, speech.date, speech.speaker) == (
        "某某省第十四届人民代表大会第四次会议", "2026-01-27", "省长 李炳军")
    assert speech.text.startswith("各位代表：")


def test_a_list_numbered_afresh_after_a_lead_in_stays_in_its_report():
    report = ("各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去一年的工作\n去年全县经济稳定增长。\n"
              "二、今年的主要任务\n为了完成今年的任务，主要措施有以下几项：\n一、进一步加强农业。\n"
              "稳定粮食播种面积。\n二、大力发展交通运输。\n抓紧公路建设。\n")
    [speech] = analyze(report)
    assert speech.text.rstrip().endswith("抓紧公路建设。")


def test_a_page_that_prints_the_opening_again_at_the_end_loses_the_echo():
    page = ("政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员提出意见。\n"
            "一、过去一年工作回顾\n全县经济稳中有进。\n二、今年工作安排\n办好民生实事。\n"
            "各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员提出意见。\n")
    [speech] = analyze(page)
    assert speech.text.rstrip().endswith("办好民生实事。")


def test_letters_are_the_texts_letters_and_numbers():
    from analysis.structure import split
    text = SAFETY + "ＡＢ１２，ab12、Ⅻ½" + FLOOD
    assert split._letters(text) == "".join(ch for ch in text if ch.isalnum())


def test_a_title_and_a_speaker_set_in_two_lines_each_are_read():
    page = ("政府工作报\n告\n——2026年3月5日在某某县第三届人民代表大会第四次会议上\n县长\n　张伟\n"
            "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去一年工作回顾\n全县经济稳中有进。\n")
    [speech] = analyze(page)
    assert (speech.title, speech.speaker, speech.date) == ("政府工作报告", "县长 张伟", "2026-03-05")
    assert speech.text.startswith("各位代表：")


def test_a_collection_title_with_its_source_mark_names_the_speech():
    page = "坚持依法防控筑牢安全防线※\n张伟\n一\n当前，防汛正处于关键时期。要压实责任。\n※这是张伟在会上讲话的一部分。\n"
    [speech] = analyze(page)
    assert (speech.title, speech.speaker) == ("坚持依法防控筑牢安全防线", "张伟")
    assert speech.text.startswith("一\n当前")


def test_a_news_portal_page_gives_one_speech_and_none_of_its_furniture():
    page = (DATA / "news-portal-page.html").read_bytes()  # written for the project
    [speech] = analyze_bytes(page, "news-portal-page.html").speeches
    assert (speech.title, speech.speaker, speech.occasion, speech.date) == (
        "县长张伟在全县春耕生产工作会议上的讲话", "县长 张伟", "全县春耕生产工作会议", "2026-03-02")
    assert speech.text.startswith("同志们：") and speech.text.endswith("谢谢大家！")
    for furniture in ("首页", "字体", "分享", "责任编辑", "版权", "人民政府网", "上一篇"):
        assert furniture not in speech.text


def test_an_official_document_is_dated_at_its_foot():
    notice = ("某某市人民政府关于做好防汛工作的通知\n某政发〔2024〕3号\n各区县人民政府，市政府各部门：\n"
              "为切实做好今年防汛工作，现将有关事项通知如下。\n一、压实防汛责任\n"
              "各区县要在5月底前完成隐患排查。\n二、做好应急准备\n各部门要备足抢险物资。\n"
              "某某市人民政府\n2024年3月1日\n（此件公开发布）")
    [speech] = analyze_bytes(notice.encode("utf-8"), "通知.txt").speeches
    assert speech.date == "2024-03-01" and speech.doc_number == "某政发〔2024〕3号"


def test_a_date_under_the_title_is_kept_over_one_at_the_foot():
    text = "关于防汛工作的讲话\n2023年5月10日\n" + FLOOD + "\n2023年5月12日"
    [speech] = analyze_bytes(text.encode("utf-8"), "讲话.txt").speeches
    assert speech.date == "2023-05-10"
