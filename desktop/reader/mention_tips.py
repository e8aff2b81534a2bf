"""What the reader's tooltip says of an automatic mention: a figure's value in base units and
its direction, a 提法's expansion, a directive's strength, addressee and deadline."""
from __future__ import annotations

import re

from analysis.rules import RULES
from db import MentionRecord
from desktop.common.messages import figure_kind, rule_description, strength_name
from desktop.common.translate import translate

# Rules whose cue is the word that decided (必须, 希望, 让我们) or the task part's heading.
CUE_IS_WORD = {"directive.marker", "directive.hope", "directive.hortative"}
CUE_IS_PART = {"directive.task", "directive.forward-task"}
STRENGTHS = {"prohibit", "must", "should", "hope", "task"}
# A template's blank for a number (20xx年, X月): the guide marks it as a date all the same.
PLACEHOLDER = re.compile("[Xx×]")


def name(code: object) -> str:
    """A kind of figure or a strength of directive, as people read it."""
    if code in STRENGTHS:
        return strength_name(str(code))
    return figure_kind(str(code))


def describe(mention: MentionRecord) -> str:
    """One line for a mention's tooltip."""
    data = mention.data
    if mention.kind == "figure":
        if data.get("placeholder"):
            value = translate("MentionTips", "placeholder")
        else:
            value = _number(data.get("value"))
            if data.get("value_max") is not None:
                value += f"–{_number(data['value_max'])}"
            value += f" {data.get('unit') or ''}".rstrip()
        details = [name(data["kind"])] if data.get("kind") else []
        if data.get("approx"):
            details.append(translate("MentionTips", "approximate"))
        if data.get("direction") == "up":
            details.append(translate("MentionTips", "rising ↑"))
        elif data.get("direction") == "down":
            details.append(translate("MentionTips", "falling ↓"))
        return translate("MentionTips", "Figure {text} = {value}  ({details})").format(
            text=mention.text, value=value, details=", ".join(details)) + _why(data)
    if mention.kind == "formula":
        if data.get("expansion"):
            return translate("MentionTips", "提法 {text}: {expansion}").format(text=mention.text,
                                                                 expansion=data["expansion"])
        return translate("MentionTips", "提法 {text}").format(text=mention.text)
    if mention.kind == "directive":
        text = translate("MentionTips", "Directive: {strength}").format(
            strength=name(data.get("strength")))
        if data.get("addressee"):
            text += " · " + translate("MentionTips", "to {addressee}").format(
                addressee=data["addressee"])
        if data.get("deadline"):
            text += " · " + translate("MentionTips", "by {deadline}").format(
                deadline=data["deadline"])
        return text + _why(data)
    if mention.kind == "date":
        if PLACEHOLDER.search(mention.text):
            return translate("MentionTips", "Date {text}: a placeholder, not filled in").format(
                text=mention.text)
        if data.get("value"):
            return translate("MentionTips", "Date {text} = {value}").format(text=mention.text,
                                                                value=data["value"])
        return translate("MentionTips", "Date {text}").format(text=mention.text)
    return translate("MentionTips", "Document {text}").format(text=mention.text)


def _why(data: dict) -> str:
    """A second line naming what made the mention: its cue where the rule has one (含“必须”,
    “2026年重点工作”中的任务), else what the rule decides; nothing for the user's own marks."""
    import analysis.layers.extract  # noqa: F401  # registers the rules, once
    rule, cue = data.get("rule"), data.get("cue")
    if data.get("marked") or rule not in RULES:
        return ""
    if cue and rule in CUE_IS_WORD:
        why = translate("MentionTips", "contains “{cue}”").format(cue=cue)
    elif cue and rule in CUE_IS_PART:
        why = translate("MentionTips", "a task under “{cue}”").format(cue=cue)
    else:
        why = rule_description(rule)
    return "\n" + translate("MentionTips", "Why: {why}").format(why=why)


def _number(value) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
