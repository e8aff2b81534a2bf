"""`yandu analyze FILE --explain`: each decision of the analysis with the rule that took it."""
from __future__ import annotations

from collections.abc import Callable

from analysis.evaluation.explain import Explanation
from analysis.rules import RULES, Decision, Layer
from desktop.cli.terminal import pad, untitled
from desktop.common import messages
from desktop.common.catalogue import _

SHOWN = 48  # characters of a sentence or line


def print_explanation(explanation: Explanation) -> None:
    used: set[str] = set()
    print(explanation.file)
    removed = [d for d in explanation.removed if RULES[d.rule].layer == Layer.FURNITURE]
    restored = [d for d in explanation.removed if RULES[d.rule].layer == Layer.PARAGRAPH]
    _section(_("Lines taken out as page furniture"), removed, used)
    _section(_("Run-on lines broken into paragraphs"), restored, used)
    for explained in explanation.speeches:
        speech = explained.speech
        print(f"\n[{speech.position + 1}] {speech.title or untitled()}")
        _section(_("Parts of the speech"), explained.parts(), used)
        directives = [d for d in explained.made() if RULES[d.rule].layer == Layer.DIRECTIVE]
        strengths = {d.start: d.strength for d in speech.mentions.directives}

        def strength(decision: Decision, strengths: dict = strengths) -> str:
            return pad(messages.strength_name(strengths[decision.start]), 10)
        _section(_("Directives"), directives, used, strength)
        _section(_("Sentences a rule kept from being directives"),
                 explained.refused(Layer.DIRECTIVE), used)
        figures = [d for d in explained.made() if RULES[d.rule].layer == Layer.FIGURE]
        _section(_("Figures"), figures, used)
        _section(_("Numbers a rule kept from being figures"), explained.refused(Layer.FIGURE),
                 used)
    print("\n" + _("Rules"))
    for rule_id in sorted(used):
        print(f"  {pad(rule_id, 28)} {messages.rule_description(rule_id)}")


def _section(heading: str, decisions: list[Decision], used: set[str],
             lead: Callable[[Decision], str] | None = None) -> None:
    if not decisions:
        return
    print(f"  {heading} ({len(decisions)})")
    for decision in decisions:
        used.add(decision.rule)
        text = decision.text.replace("\n", " ")
        text = text if len(text) <= SHOWN else text[:SHOWN - 1] + "…"
        cue = f" «{decision.cue[:12]}»" if decision.cue and decision.cue != decision.text else ""
        print(f"    {lead(decision) if lead else ''}{pad(decision.rule + cue, 36)} {text}")
