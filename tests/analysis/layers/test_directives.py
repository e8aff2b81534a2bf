from analysis.layers.extract import extract
from analysis.structure.outline import build_outline


def directives(text):
    return [(d.text, d.strength, d.addressee, d.deadline)
            for d in extract(text, build_outline(text)).directives]


def test_a_report_of_what_was_done_is_not_a_directive_but_a_task_is():
    report = "一、上半年工作回顾\n一是完善应急预案体系，编制了详尽的应急预案。"
    plan = "二、下半年重点工作\n一是认真学习领会相关政策法规，吃透文件精神实质。"
    assert directives(report) == []
    assert directives(plan) == [("一是认真学习领会相关政策法规，吃透文件精神实质。", "should", None, None)]


def test_words_that_contain_yao_are_not_the_modal():
    assert directives("会议的主要任务是总结工作。这是重要的需要，也是上级的要求。") == []


def test_strengths():
    text = ("严禁无证经营烟花爆竹。各部门必须落实责任。企业应当建立制度。"
            "各乡镇要在7月15日前签订责任书。希望大家再接再厉。鼓励企业投保。")
    assert [(s, a, d) for _, s, a, d in directives(text)] == [
        ("prohibit", None, None), ("must", "各部门", None), ("should", "企业", None),
        ("should", "各乡镇", "7月15日前"), ("hope", None, None), ("hope", None, None)]


def test_markers_in_a_report_sentence_or_a_quotation_do_not_instruct():
    assert directives("去年，我们严格按照要求开展了检查，确保了安全。") == []
    assert directives("国务院提出了“出手要快、措施要准”的总体要求。") == []


def test_forward_cue_turns_tasks_into_directives():
    text = ("近年来，我们压实了责任。一是抓好责任落实，取得了成效。\n"
            "下一步，我们将重点做好以下工作。一是进一步压实各级责任。")
    assert [d[0] for d in directives(text)] == ["一是进一步压实各级责任。"]


def test_headings_are_not_directives():
    assert directives("二、加强领导，落实责任\n（一）强化责任落实。") == []


WORK_REPORT = """各位代表：
一、2025年工作回顾
二是加强基层治理，推动社会治理创新。
三、2026年重点工作安排
今年是“十五五”开局之年。
主要预期目标是：经济增长5%左右，城镇新增就业110万人以上。
重点做好十个方面工作：
（一）大力拓展内需增长新空间
办好人民满意的教育。
壮大特色产业集群，发展新型农村集体经济。
持续实施民生工程。
稳妥推进要素市场化配置改革，力争技术合同成交额3000亿元。
我们将更加深刻领悟“两个确立”的决定性意义。
各位代表！
雄关漫道真如铁，而今迈步从头越。
让我们凝心聚力、砥砺前行，奋力谱写新篇章！
"""


def test_a_work_reports_task_part_makes_every_task_a_directive_whatever_its_verb():
    found = {text: strength for text, strength, _, _ in directives(WORK_REPORT)}
    assert found == {
        "办好人民满意的教育。": "should",
        "壮大特色产业集群，发展新型农村集体经济。": "should",
        "持续实施民生工程。": "should",
        "稳妥推进要素市场化配置改革，力争技术合同成交额3000亿元。": "should",
        "让我们凝心聚力、砥砺前行，奋力谱写新篇章！": "should",
    }


def test_an_imperative_list_in_a_review_does_not_instruct():
    text = "党的十八大以来，我们积累了宝贵经验。一是坚持党的领导，强化组织保证。二是坚持精准方略，提高脱贫实效。"
    assert directives(text) == []


def test_buneng_prohibits_but_not_in_a_condition_or_a_description():
    assert [s for _, s, _, _ in directives("既不能降低标准，也不要调高标准。")] == ["prohibit"]
    assert directives("如果生产安全不能保障，一旦出现事故，生产就会停滞。") == []
    assert directives("去年监管力量不能适应新形势的需要了。") == []


def test_yao_dai_tou_is_the_modal():
    assert [s for _, s, _, _ in directives("各级干部要带头深入基层，解决实际问题。")] == ["should"]


def test_a_clause_after_a_semicolon_goes_on_with_the_instruction():
    assert [(t, s) for t, s, _, _ in directives("要严格监管执法；完善应急预案，提高处置能力。")] == [
        ("要严格监管执法；", "must"), ("完善应急预案，提高处置能力。", "must")]
    assert len(directives("要严格监管执法；群众满意度提高了。")) == 1


def test_reported_words_and_earlier_instructions_do_not_instruct_now():
    assert directives("我对此作出重要指示，要求各地严格落实责任。") == []
    assert directives("建议稿提出，“十四五”时期经济社会发展必须遵循坚持系统观念的原则。") == []
    assert directives("大家普遍希望，通过制定建议，明确发展思路。") == []
    assert directives("有些地方还规定，扶贫档案必须由第一书记亲笔填写。") == []
    assert directives("脱贫攻坚是一场必须打赢打好的硬仗。") == []


def test_enumerated_tasks_after_the_speakers_instructions_are_directives():
    text = ("深圳要建设好先行示范区。这是党中央赋予深圳的历史使命。"
            "第一，坚定不移贯彻新发展理念。第二，与时俱进全面深化改革。")
    assert [t for t, _, _, _ in directives(text)] == [
        "深圳要建设好先行示范区。", "第一，坚定不移贯彻新发展理念。", "第二，与时俱进全面深化改革。"]
    report = "各方面提出了许多意见，主要有以下几个方面。一是深化形势环境分析，补充相关内容。"
    assert directives(report) == []
