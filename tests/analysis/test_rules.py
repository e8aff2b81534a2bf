"""Every rule of the analysis is named once, says what it decides, and its example shows it:
run through the layer it belongs to, the example is decided by that very rule."""
import pytest

import analysis.evaluation.explain  # noqa: F401  (registers every layer's rules)
from analysis.layers.extract import extract
from analysis.rules import RULES, Decision, Layer, rule
from analysis.structure.clean import clean
from analysis.structure.outline import build_outline
from analysis.structure.run_on import RUN_ON


def decided_by(example: str, layer: Layer) -> set[str]:
    """The rules that decided something in `example` (lines are \\n-separated)."""
    decisions: list[Decision] = []
    if layer == Layer.FURNITURE:
        clean(example.replace("⏎", "\n"), None, decisions)
        return {d.rule for d in decisions}
    if layer == Layer.PARAGRAPH:  # a run-on line: the example again and again on one line
        clean(example * (RUN_ON // len(example) + 1), None, decisions)
        return {d.rule for d in decisions}
    text = example.replace("⏎", "\n")
    mentions = extract(text, build_outline(text), decisions)
    made = {d.rule for d in mentions.directives} | {f.rule for f in mentions.figures}
    return made | {d.rule for d in decisions}


# Examples that need the part of a speech they stand in.
FORWARD = "下一步，我们将认真落实会议精神。⏎"
IN_PART = {"directive.task": "三、今年重点工作安排⏎", "directive.forward-task": FORWARD,
           "directive.forward-deadline": FORWARD,
           "directive.enumerated": "各乡镇要把安全放在首位。⏎", "directive.reports": "一年来，⏎",
           "directive.continues": "", "directive.targets": "各位代表：⏎三、今年重点工作安排⏎",
           "part.imperative-heading": "各位代表：⏎", "part.other-heading": "各位代表：⏎",
           "part.review-then-tasks": "各位代表：⏎",
           "part.tasks-begin": "各位代表：⏎二、过去五年的成就和今后五年的目标任务⏎"}


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_each_rule_s_example_is_decided_by_that_rule(rule_id):
    found = RULES[rule_id]
    assert found.description and found.example
    example = IN_PART.get(rule_id, "") + found.example
    assert rule_id in decided_by(example, found.layer), example


def test_a_rule_is_registered_once_under_its_layer():
    with pytest.raises(ValueError, match="twice"):
        rule("figure.unit", Layer.FIGURE, True, "again", "1人")
    with pytest.raises(ValueError, match="its layer"):
        rule("figures.other", Layer.FIGURE, True, "misnamed", "1人")
