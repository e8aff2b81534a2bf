from analysis.evaluation.explain import explain_bytes

PAGE = """首页 > 讲话 > 在全县安全生产工作会议上的讲话
在全县安全生产工作会议上的讲话
同志们：
一年来，全县严格落实了安全生产责任制，事故起数下降12%，发生一次较大事故。
下一步，我们将认真落实会议精神。
各乡镇必须在6月底前完成隐患排查。
加强应急值守。
版权所有 某某范文网
"""


def test_each_decision_names_its_rule():
    explanation = explain_bytes(PAGE.encode(), "page.txt")
    assert [(d.rule, d.text) for d in explanation.removed] == [
        ("furniture.breadcrumb", "首页 > 讲话 > 在全县安全生产工作会议上的讲话"),
        ("furniture.legal", "版权所有 某某范文网")]
    [speech] = explanation.speeches
    parts = [d.rule for d in speech.parts()]
    assert parts == ["part.report-cue", "part.forward-cue"]
    made = {d.text: (d.rule, d.cue) for d in speech.made()}
    assert made["各乡镇必须在6月底前完成隐患排查。"] == ("directive.marker", "必须")
    assert made["加强应急值守。"][0] == "directive.forward-task"
    assert made["12%"] == ("figure.unit", None)
    refused = {d.text: (d.rule, d.cue) for d in speech.refused("directive")}
    assert refused["一年来，全县严格落实了安全生产责任制，事故起数下降12%，发生一次较大事故。"] == (
        "directive.reports", "严格")
    assert [(d.rule, d.text) for d in speech.refused("figure")] == [
        ("figure.lone-one", "一年"), ("figure.lone-one", "一次"),  # "one", not data
        ("figure.no-unit", "一"),  # 下一步: a word
        ("figure.bare-number", "6")]  # 6月底前 is a date, and its 6 no rate
