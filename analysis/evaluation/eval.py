"""Precision and recall of the extraction against hand labels, matching spans by overlap.

Labels live in tests/data/labels/*.json, one file per labelled source. Each names its source
file (relative to the label file) and lists, in text order, the figures, dates, formulas and
documents by their text, and every sentence with its directive strength (or null). Label
texts are found in the cleaned speech text in order, so labels survive changes of offsets.
A kind a file does not list is not scored for that file (no `sentences`: no directives).

The folder's own files are one labelled set and each subfolder holding label files another
(tests/data/labels/real/: real texts of other kinds); each set is scored on its own.

    python -m analysis.evaluation.eval [--labels DIR] [--errors]
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.evaluation.explain import explain_file
from analysis.layers.extract import KINDS
from analysis.rules import RULES, Layer

DEFAULT_LABELS = Path(__file__).resolve().parents[2] / "tests" / "data" / "labels"
FIGURE_ATTRIBUTES = ("value", "unit", "kind", "approx", "placeholder", "direction")
# Paragraph starts are scored where a file labels them (texts whose line breaks were lost).
SCORED = (*KINDS, "paragraphs")
SEPARATOR = "\n\n"


class LabelError(Exception):
    pass


@dataclass
class Span:
    start: int
    end: int
    item: dict

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Score:
    kind: str
    files: int = 0  # that label this kind
    gold: int = 0
    found: int = 0
    found_right: int = 0  # found spans that overlap a gold span
    gold_found: int = 0   # gold spans that overlap a found span

    @property
    def precision(self) -> float:
        return self.found_right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0


@dataclass
class RuleScore:
    """How one rule fares: what it made and how much of it is labelled so, or what it
    refused and how much of that is labelled as the thing refused (a miss it caused)."""
    made: int = 0
    right: int = 0
    refused: int = 0
    refused_labelled: int = 0


def _scores() -> dict[str, Score]:
    return {kind: Score(kind) for kind in SCORED}


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=_scores)
    agreement: dict[str, list[bool]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    by_file: dict[str, dict[str, Score]] = field(default_factory=dict)
    by_rule: dict[str, RuleScore] = field(default_factory=dict)

    def agree(self, name: str, ok: bool) -> None:
        self.agreement.setdefault(name, []).append(ok)


def evaluate(labels_dir: Path = DEFAULT_LABELS) -> Report:
    """The scores of the label files in one folder (not its subfolders)."""
    files = sorted(Path(labels_dir).glob("*.json"))
    if not files:
        raise LabelError(f"{labels_dir}: no label files (*.json) found")
    report = Report()
    for label_file in files:
        _evaluate_file(label_file, report)
    return report


def label_sets(labels_dir: Path = DEFAULT_LABELS) -> list[Path]:
    """The folder itself and each subfolder that holds label files, in that order."""
    labels_dir = Path(labels_dir)
    subfolders = sorted(p for p in labels_dir.iterdir() if p.is_dir() and any(p.glob("*.json")))
    return ([labels_dir] if any(labels_dir.glob("*.json")) else []) + subfolders


def _evaluate_file(label_file: Path, report: Report) -> None:
    labels = json.loads(label_file.read_text("utf-8"))
    source = (label_file.parent / labels["file"]).resolve()
    if not source.exists():
        raise LabelError(f"{label_file.name}: its source {source} does not exist")
    explanation = explain_file(source)
    text = ""
    found: dict[str, list[Span]] = {kind: [] for kind in SCORED}
    refused: dict[str, list[Span]] = {"directives": [], "figures": []}
    for explained in explanation.speeches:
        speech = explained.speech
        # A title and a speaker taken out of a run-on text are looked for where they stood.
        if speech.title and not speech.text.startswith(speech.title):
            text += speech.title + "\n"
        name = (speech.speaker or "").split(" ")[-1]
        if name and not speech.text.startswith(name):
            text += name + "\n"
        base = len(text)
        mentions = speech.mentions.to_dict()
        for kind in KINDS:
            found[kind] += [Span(m["start"] + base, m["end"] + base, m) for m in mentions[kind]]
        for kind, layer in (("directives", Layer.DIRECTIVE), ("figures", Layer.FIGURE)):
            refused[kind] += [Span(d.start + base, d.end + base, {"rule": d.rule, "text": d.text})
                              for d in explained.refused(layer)]
        text += speech.text + SEPARATOR
    found["paragraphs"] = [Span(at, at + 1, {"text": text[at:at + 12]})
                           for at in _paragraph_starts(text)]
    gold = {kind: _locate(text, labels[kind], label_file.name, kind)
            for kind in SCORED if kind in labels}
    if "sentences" in labels:
        sentences = _locate(text, labels["sentences"], label_file.name, "sentences")
        gold["directives"] = [span for span in sentences if span.item["directive"]]
    if "paragraphs" in gold:  # found only where the labels are, and only its first character
        first, last = gold["paragraphs"][0].start, gold["paragraphs"][-1].start
        found["paragraphs"] = [f for f in found["paragraphs"] if first <= f.start <= last]
        gold["paragraphs"] = [Span(g.start, g.start + 1, g.item) for g in gold["paragraphs"]]
    own = report.by_file.setdefault(label_file.name, _scores())
    for kind in ("directives", "figures"):
        if kind in gold:
            _score_rules(found[kind], refused[kind], gold[kind], report.by_rule)
    for kind in gold:
        for score in (report.scores[kind], own[kind]):
            score.files += 1
            score.gold += len(gold[kind])
            score.found += len(found[kind])
        for span in found[kind]:
            if any(span.overlaps(g) for g in gold[kind]):
                report.scores[kind].found_right += 1
                own[kind].found_right += 1
            else:
                report.errors.append(f"{label_file.name}: extra {kind[:-1]}: {span.item['text']}")
        for span in gold[kind]:
            match = next((f for f in found[kind] if f.overlaps(span)), None)
            if match is None:
                report.errors.append(f"{label_file.name}: missed {kind[:-1]}: {span.item['text']}")
                continue
            report.scores[kind].gold_found += 1
            own[kind].gold_found += 1
            _compare(kind, span.item, match.item, report, label_file.name)


def _score_rules(found: list[Span], refused: list[Span], gold: list[Span],
                 scores: dict[str, RuleScore]) -> None:
    for span in found:
        score = scores.setdefault(span.item["rule"], RuleScore())
        score.made += 1
        score.right += any(span.overlaps(g) for g in gold)
    for span in refused:
        score = scores.setdefault(span.item["rule"], RuleScore())
        score.refused += 1
        score.refused_labelled += any(span.overlaps(g) for g in gold)


def format_by_rule(report: Report) -> str:
    """Each rule's hits and errors: made (right, wrong) or refused (of which labelled)."""
    lines = [f"{'rule':<30}{'made':>6}{'right':>7}{'wrong':>7}{'refused':>9}{'labelled':>10}"]
    for rule_id in sorted(report.by_rule):
        score = report.by_rule[rule_id]
        if RULES[rule_id].makes:
            lines.append(f"{rule_id:<30}{score.made:>6}{score.right:>7}"
                         f"{score.made - score.right:>7}")
        else:
            lines.append(f"{rule_id:<30}{'':>20}{score.refused:>9}{score.refused_labelled:>10}")
    lines.append("(wrong: made where the labels have none; labelled: refused where the labels "
                 "have one)")
    return "\n".join(lines)


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph's first character that labels count (not IGNORED) stands."""
    starts = [0] + [at + 1 for at, char in enumerate(text) if char == "\n"]
    starts = [at for at in starts if at < len(text) and not text[at].isspace()]
    return [at + 1 if IGNORED.match(text[at]) and at + 1 < len(text) else at for at in starts]


def _compare(kind: str, gold: dict, found: dict, report: Report, name: str) -> None:
    if kind == "figures":
        for attribute in FIGURE_ATTRIBUTES:
            ok = _same(gold[attribute], found[attribute])
            report.agree(f"figure {attribute}", ok)
            if not ok:
                report.errors.append(f"{name}: figure {gold['text']}: {attribute} "
                                     f"{found[attribute]!r}, labelled {gold[attribute]!r}")
    elif kind == "directives":
        ok = gold["directive"] == found["strength"]
        report.agree("directive strength", ok)
        if not ok:
            report.errors.append(f"{name}: directive strength {found['strength']}, labelled "
                                 f"{gold['directive']}: {gold['text'][:40]}")
        for attribute in ("addressee", "deadline"):
            if gold.get(attribute):
                report.agree(f"directive {attribute}", gold[attribute] == found[attribute])
    elif kind == "dates":
        report.agree("date value", gold["value"] == found["value"])


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)
    return a == b


def _locate(text: str, labels: list[dict], name: str, kind: str) -> list[Span]:
    """Each label's span in `text`, found in order. Spaces, line breaks and invisible
    characters (IGNORED) are ignored on both sides, so labels survive paragraphs being joined
    or split."""
    folded, places = _fold(text)
    spans, cursor = [], 0
    for label in labels:
        context, _ = _fold(label.get("context", label["text"]))
        own, _ = _fold(label["text"])
        at = folded.find(context, cursor)
        if at < 0 or own not in context:
            raise LabelError(f"{name}: {kind} label not found in order: {context!r}")
        first = at + context.index(own)
        last = first + len(own) - 1
        spans.append(Span(places[first], places[last] + 1, label))
        cursor = first + len(own)
    return spans


# Spaces, invisible characters and a title's footnote mark (※), which a title read off the
# text leaves behind.
IGNORED = re.compile(r"[\s\u200b-\u200d\u2060\ufeff※]")


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` without the characters labels ignore, and where each kept character stood."""
    places = [i for i, char in enumerate(text) if not IGNORED.match(char)]
    return "".join(text[i] for i in places), places


def check(label_file: Path) -> list[str]:
    """Problems of one label file found against its raw source, without analysing it: labels
    not found in order, sentences not in order. For labelling before any rule runs."""
    labels = json.loads(Path(label_file).read_text("utf-8"))
    source = (Path(label_file).parent / labels["file"]).resolve()
    text = source.read_text("utf-8")
    problems = []
    for kind in (*KINDS, "sentences", "paragraphs"):
        if kind == "directives" or kind not in labels:
            continue
        try:
            _locate(text, labels[kind], Path(label_file).name, kind)
        except LabelError as error:
            problems.append(str(error))
    return problems


def format_by_file(report: Report) -> str:
    """Precision and recall of each file, for the kinds it labels."""
    shown = [kind for kind in SCORED if any(s[kind].files for s in report.by_file.values())]
    lines = [f"{'file':<40}" + "".join(f"{kind[:10]:>14}" for kind in shown)]
    for name, scores in report.by_file.items():
        cells = [f"{scores[k].precision:.2f}/{scores[k].recall:.2f}" if scores[k].files else "-"
                 for k in shown]
        lines.append(f"{name[:-5][:39]:<40}" + "".join(f"{cell:>14}" for cell in cells))
    return "\n".join(lines) + "\n(precision/recall)"


def format_report(report: Report) -> str:
    lines = [f"{'kind':<11}{'labelled':>9}{'found':>7}{'precision':>11}{'recall':>8}"]
    for score in report.scores.values():
        if not score.files and score.kind == "paragraphs":
            continue
        if not score.files:
            lines.append(f"{score.kind:<11}{'not labelled':>21}")
            continue
        lines.append(f"{score.kind:<11}{score.gold:>9}{score.found:>7}"
                     f"{score.precision:>11.3f}{score.recall:>8.3f}")
    lines.append("")
    lines.append("agreement on matched spans:")
    for name, results in report.agreement.items():
        lines.append(f"  {name:<20}{sum(results) / len(results):.3f}  ({len(results)})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="yandu eval", description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS,
                        help="folder of label files (default: the project's tests/data/labels)")
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    parser.add_argument("--by-file", action="store_true", help="precision and recall per file")
    parser.add_argument("--by-rule", action="store_true",
                        help="each rule's hits and errors on the labelled sets")
    parser.add_argument("--check", type=Path, nargs="+", metavar="LABEL_FILE",
                        help="only check that these label files' texts are found in their "
                             "sources, in order, without analysing anything")
    args = parser.parse_args(argv)
    if args.check:
        problems = [problem for path in args.check for problem in check(path)]
        print("\n".join(problems) or "all labels found in order")
        return 1 if problems else 0
    return run(args.labels, args.errors, args.by_file, args.by_rule)


def run(labels: Path, errors: bool, by_file: bool = False, by_rule: bool = False) -> int:
    try:
        sets = label_sets(labels) if Path(labels).is_dir() else []
        if not sets:
            raise LabelError(f"{labels}: no label files (*.json) found")
        reports = [(folder, evaluate(folder)) for folder in sets]
    except LabelError as error:
        print(f"yandu eval: {error}", file=sys.stderr)
        return 1
    for number, (folder, report) in enumerate(reports):
        files = len(list(folder.glob("*.json")))
        print(("\n" if number else "") + f"== {folder.name} ({files} files)")
        print(format_report(report))
        if by_file:
            print()
            print(format_by_file(report))
        if by_rule:
            print()
            print(format_by_rule(report))
        if errors:
            print()
            print("\n".join(report.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
