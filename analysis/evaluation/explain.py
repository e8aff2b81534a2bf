"""Why the analysis decided what it did: for one file, each line cleaning took out, each part
a heading or cue opened, each directive and figure with the rule that made it, and each
sentence or number a rule refused. `yandu analyze FILE --explain` prints it."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from analysis.model import Speech
from analysis.pipeline import analyze_chunk, read_limited, split_bytes
from analysis.rules import RULES, Decision, Layer


@dataclass
class ExplainedSpeech:
    speech: Speech
    decisions: list[Decision] = field(default_factory=list)  # parts opened, things refused

    def made(self) -> list[Decision]:
        """Each directive and figure as the decision of the rule that made it."""
        mentions = self.speech.mentions
        return sorted([Decision(d.rule, d.start, d.end, d.text, d.cue)
                       for d in mentions.directives]
                      + [Decision(f.rule, f.start, f.end, f.text) for f in mentions.figures],
                      key=lambda d: (d.start, d.rule))

    def refused(self, layer: Layer) -> list[Decision]:
        return [d for d in self.decisions
                if RULES[d.rule].layer == layer and not RULES[d.rule].makes]

    def parts(self) -> list[Decision]:
        return [d for d in self.decisions if RULES[d.rule].layer == Layer.PART]


@dataclass
class Explanation:
    file: str
    removed: list[Decision]  # lines (or parts of lines) cleaning took out
    speeches: list[ExplainedSpeech]


def explain_file(path: str | os.PathLike) -> Explanation:
    path = Path(path)
    return explain_bytes(read_limited(path), str(path))


def explain_bytes(data: bytes, name: str) -> Explanation:
    removed: list[Decision] = []
    split_file = split_bytes(data, name, removed)
    speeches = []
    for position, chunk in enumerate(split_file.chunks):
        decisions: list[Decision] = []
        speeches.append(ExplainedSpeech(analyze_chunk(position, chunk, decisions), decisions))
    return Explanation(name, removed, speeches)
