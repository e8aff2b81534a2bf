"""What the reader's tooltip says of an automatic mention: a figure's value in base units and
its direction, a 提法's expansion, a directive's strength, addressee and deadline."""
from __future__ import annotations

from db import MentionRecord
from desktop.common.translate import QT_TRANSLATE_NOOP, translate

N = "MentionTips"
# The analysis's names for kinds of figures and strengths of directives, as people read them.
NAMES = {
    "people": QT_TRANSLATE_NOOP("MentionTips", "people"),
    "money": QT_TRANSLATE_NOOP("MentionTips", "money"),
    "percent": QT_TRANSLATE_NOOP("MentionTips", "percent"),
    "count": QT_TRANSLATE_NOOP("MentionTips", "count"),
    "duration": QT_TRANSLATE_NOOP("MentionTips", "duration"),
    "area": QT_TRANSLATE_NOOP("MentionTips", "area"),
    "length": QT_TRANSLATE_NOOP("MentionTips", "length"),
    "weight": QT_TRANSLATE_NOOP("MentionTips", "weight"),
    "power": QT_TRANSLATE_NOOP("MentionTips", "power"),
    "volume": QT_TRANSLATE_NOOP("MentionTips", "volume"),
    "energy": QT_TRANSLATE_NOOP("MentionTips", "energy"),
    "concentration": QT_TRANSLATE_NOOP("MentionTips", "concentration"),
    "age": QT_TRANSLATE_NOOP("MentionTips", "age"),
    "multiple": QT_TRANSLATE_NOOP("MentionTips", "multiple"),
    "score": QT_TRANSLATE_NOOP("MentionTips", "score"),
    "rank": QT_TRANSLATE_NOOP("MentionTips", "rank"),
    "rate": QT_TRANSLATE_NOOP("MentionTips", "rate"),
    "ratio": QT_TRANSLATE_NOOP("MentionTips", "ratio"),
    "prohibit": QT_TRANSLATE_NOOP("MentionTips", "prohibit"),
    "must": QT_TRANSLATE_NOOP("MentionTips", "must"),
    "should": QT_TRANSLATE_NOOP("MentionTips", "should"),
    "hope": QT_TRANSLATE_NOOP("MentionTips", "hope"),
}


def name(code: object) -> str:
    return translate(N, NAMES[code]) if isinstance(code, str) and code in NAMES else str(code)


def describe(mention: MentionRecord) -> str:
    """One line for a mention's tooltip."""
    data = mention.data
    if mention.kind == "figure":
        if data.get("placeholder"):
            value = translate(N, "placeholder")
        else:
            value = _number(data.get("value"))
            if data.get("value_max") is not None:
                value += f"–{_number(data['value_max'])}"
            value += f" {data.get('unit') or ''}".rstrip()
        details = [name(data["kind"])] if data.get("kind") else []
        if data.get("approx"):
            details.append(translate(N, "approximate"))
        if data.get("direction") == "up":
            details.append(translate(N, "rising ↑"))
        elif data.get("direction") == "down":
            details.append(translate(N, "falling ↓"))
        return translate(N, "Figure {text} = {value}  ({details})").format(
            text=mention.text, value=value, details=", ".join(details))
    if mention.kind == "formula":
        if data.get("expansion"):
            return translate(N, "提法 {text}: {expansion}").format(text=mention.text,
                                                                 expansion=data["expansion"])
        return translate(N, "提法 {text}").format(text=mention.text)
    if mention.kind == "directive":
        text = translate(N, "Directive: {strength}").format(strength=name(data.get("strength")))
        if data.get("addressee"):
            text += " · " + translate(N, "to {addressee}").format(addressee=data["addressee"])
        if data.get("deadline"):
            text += " · " + translate(N, "by {deadline}").format(deadline=data["deadline"])
        return text
    if mention.kind == "date":
        if data.get("value"):
            return translate(N, "Date {text} = {value}").format(text=mention.text,
                                                                value=data["value"])
        return translate(N, "Date {text}").format(text=mention.text)
    return translate(N, "Document {text}").format(text=mention.text)


def _number(value) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
