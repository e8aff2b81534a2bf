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
        "办好人民满意的教育。": "task",
        "壮大特色产业集群，发展新型农村集体经济。": "task",
        "持续实施民生工程。": "task",
        "稳妥推进要素市场化配置改革，力争技术合同成交额3000亿元。": "task",
        "让我们凝心聚力、砥砺前行，奋力谱写新篇章！": "should",
    }


def test_the_same_part_of_a_speech_instructs_its_audience():
    speech = WORK_REPORT.replace("各位代表：\n", "同志们：\n").replace("各位代表！\n", "")
    found = {text: strength for text, strength, _, _ in directives(speech)}
    assert found["办好人民满意的教育。"] == "should"
    assert found["持续实施民生工程。"] == "should"


def test_a_report_addresses_the_delegates_between_its_tasks_without_ending_them():
    report = ("各位代表：\n一、过去一年工作回顾\n全年完成了各项任务。\n二、今年重点工作\n"
              "推进城乡融合发展。\n各位代表！\n过去一年，民兵工作取得新进展。\n"
              "加强国防动员能力建设。\n")
    found = [(text, strength) for text, strength, _, _ in directives(report)]
    assert found == [("推进城乡融合发展。", "task"), ("加强国防动员能力建设。", "task")]


def test_a_list_of_targets_sets_no_task_down_to_its_full_stop():
    report = ("各位代表：\n一、今年重点工作\n主要预期目标是：地区生产总值增长5%左右；"
              "居民收入稳步增长；粮食产量保持稳定。\n完善收入分配制度。\n")
    assert [text for text, *_ in directives(report)] == ["完善收入分配制度。"]


def test_a_heading_naming_a_review_and_the_tasks_ahead_turns_to_tasks_at_the_first_item():
    report = ("各位代表：\n一、过去五年的成就和今后五年的目标任务\n"
              "过去五年，全县经济总量跨上新台阶。\n建成了一批重点工程。\n"
              "今后五年的主要目标是，经济实力明显增强。\n"
              "——坚持创新驱动发展，建设创新型县城。\n")
    assert [(text, strength) for text, strength, _, _ in directives(report)] == [
        ("——坚持创新驱动发展，建设创新型县城。", "task")]


def test_a_reports_heading_that_is_a_task_opens_a_task_part_and_a_topic_does_not():
    report = ("各位代表：\n一、加快建设现代化产业体系\n培育壮大新兴产业。\n"
              "二、关于对外交流\n我们主张通过对话化解分歧。\n深化友好城市交流。\n")
    assert [(text, strength) for text, strength, _, _ in directives(report)] == [
        ("培育壮大新兴产业。", "task")]


def test_a_frame_or_a_judgement_is_no_task_of_a_task_part():
    report = ("各位代表：\n一、今年重点工作\n根据这个要求，今年计划新增就业三万人。\n"
              "提高居民收入，是发展经济的根本目的。\n发展职业教育，对稳定就业具有重要意义。\n"
              "面对新的形势，我们将更加奋发有为。\n将养老服务纳入民生实事。\n")
    assert [text for text, *_ in directives(report)] == ["将养老服务纳入民生实事。"]


def test_yao_of_a_comparison_and_a_marker_inside_a_condition_do_not_instruct():
    assert directives("今年的形势比预计的要好。") == []
    assert directives("只要严格遵循这些原则，双方关系就会不断改善。") == []
    assert [s for _, s, _, _ in directives("如果发现隐患，必须立即整改。")] == ["must"]


def test_items_after_the_speakers_own_instructions_instruct_though_a_review_came_first():
    text = ("这次疫情发生以来，各地积极开展防控工作。要完善应急预案。"
            "第一，强化公共卫生法治保障。要加快修订相关法律。"
            "第二，健全应急物资保障体系。尽快建立集中生产调度机制。")
    assert [(t, s) for t, s, _, _ in directives(text)] == [
        ("要完善应急预案。", "should"), ("第一，强化公共卫生法治保障。", "should"),
        ("要加快修订相关法律。", "should"), ("第二，健全应急物资保障体系。", "should"),
        ("尽快建立集中生产调度机制。", "should")]


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


def test_a_last_clause_that_judges_the_first_wrong_instructs_no_one():
    assert directives("今后一个时期，把大量精力花在填表报数上，实在不应该！") == []
    assert [s for _, s, _, _ in directives("今后，干部不应该把精力花在填表报数上。")] == ["should"]


def test_what_will_happen_and_what_cannot_be_borne_instruct_no_one():
    assert directives("历史表明，改革必然要付出代价。") == []
    assert directives("安全生产容不得半点马虎。") == []
    assert [s for _, s, _, _ in directives("各级干部必须严格履职。")] == ["must"]


def test_measures_listed_after_a_lead_in_are_tasks_of_the_report():
    from analysis import analyze_bytes
    report = ("各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去一年的工作\n去年全县经济稳定增长。\n"
              "二、今年的主要任务\n为了完成今年的任务，主要措施有以下几项：\n一、进一步加强农业。\n"
              "稳定粮食播种面积，增加化肥供应。\n二、大力发展交通运输。\n抓紧公路建设，提高运输能力。\n")
    [speech] = analyze_bytes(report.encode(), "report.txt").speeches
    assert [(d.text, d.strength) for d in speech.mentions.directives] == [
        ("稳定粮食播种面积，增加化肥供应。", "task"), ("抓紧公路建设，提高运输能力。", "task")]


def test_a_glossary_instructs_no_one():
    text = "二、今后工作\n要推进“两新”工作。\n名词解释\n1.“两新”：推动大规模设备更新，要求企业以旧换新。"
    assert [t for t, *_ in directives(text)] == ["要推进“两新”工作。"]
