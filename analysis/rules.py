"""The analysis's decisions, each made by a named rule: what makes a directive or a figure,
what refuses one, which lines of a page are furniture, what starts a part of a speech. A rule
has an id (`directive.marker`), a short description and an example written for the project;
`yandu analyze --explain` says which rule made each decision and `yandu eval --by-rule` how
each rule fares on the labelled texts. The rules themselves live with their layer
(layers/directives.py, layers/figures.py, structure/furniture.py); this module only keeps
the register."""
from __future__ import annotations

from dataclasses import dataclass

from analysis.vocabulary import StrEnum


class Layer(StrEnum):
    DIRECTIVE = "directive"
    FIGURE = "figure"
    FURNITURE = "furniture"
    PART = "part"  # which part of a speech a sentence is in: review, forward-looking, tasks
    PARAGRAPH = "paragraph"  # where a run-on text's lost paragraphs begin


@dataclass(frozen=True)
class Rule:
    id: str
    layer: Layer
    makes: bool  # True: it makes a directive or figure, removes a line, starts a part;
    # False: it refuses one that another rule would have made
    description: str
    example: str


RULES: dict[str, Rule] = {}


def rule(id: str, layer: Layer, makes: bool, description: str, example: str) -> str:
    """Register a rule; its id, which is what decisions carry."""
    if id in RULES:
        raise ValueError(f"rule {id} is registered twice")
    if not id.startswith(f"{layer}."):
        raise ValueError(f"rule {id} must start with its layer, {layer}.")
    RULES[id] = Rule(id, layer, makes, description, example)
    return id


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision of one rule: on a span of the text (a sentence, a candidate figure, a
    removed line), with the fact that decided it (the marker 必须, the part's heading)."""
    rule: str
    start: int
    end: int
    text: str
    cue: str | None = None
