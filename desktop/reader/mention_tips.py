"""What the reader's tooltip says of an automatic mention: a figure's value in base units and
its direction, a 提法's expansion, a directive's strength, addressee and deadline."""
from __future__ import annotations

from db import MentionRecord


def describe(mention: MentionRecord) -> str:
    """One line for a mention's tooltip."""
    data = mention.data
    if mention.kind == "figure":
        if data.get("placeholder"):
            value = "placeholder"
        else:
            value = _number(data.get("value"))
            if data.get("value_max") is not None:
                value += f"–{_number(data['value_max'])}"
            value += f" {data.get('unit') or ''}".rstrip()
        details = [data.get("kind")]
        if data.get("approx"):
            details.append("approximate")
        if data.get("direction"):
            details.append({"up": "rising ↑", "down": "falling ↓"}.get(data["direction"],
                                                                      data["direction"]))
        return f"Figure {mention.text} = {value}  ({', '.join(d for d in details if d)})"
    if mention.kind == "formula":
        expansion = data.get("expansion")
        return f"提法 {mention.text}" + (f": {expansion}" if expansion else "")
    if mention.kind == "directive":
        text = f"Directive: {data.get('strength')}"
        if data.get("addressee"):
            text += f" · to {data['addressee']}"
        if data.get("deadline"):
            text += f" · by {data['deadline']}"
        return text
    if mention.kind == "date":
        return f"Date {mention.text}" + (f" = {data['value']}" if data.get("value") else "")
    return f"Document {mention.text}"


def _number(value) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
