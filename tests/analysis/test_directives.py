from analysis.extract import extract
from analysis.outline import build_outline


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
