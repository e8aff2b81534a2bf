"""What every export format shares: the words around the excerpts (in the reader's language),
the heading and speaker line of a speech, and a quote cut where its figure is marked."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby

from db.records import Excerpt

CSV_COLUMNS = ("kind", "title", "speaker", "occasion", "date", "section", "quote", "note",
               "tags", "color", "citation", "reference", "marked")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportLabels:
    """The words an export writes around the excerpts. The desktop passes them in the
    interface language; these defaults are English. Templates name their facts in braces."""
    title: str = "Yandu excerpts"
    note: str = "Note: "
    tags: str = "Tags: "
    tag_separator: str = ", "  # a tag may hold spaces
    untitled: str = "Untitled"
    source: str = "— {source} ({kind})"  # the source: source_line()
    style: str = "gbt7714-2015"  # of the references (db/references.py STYLES)
    located: str = "{reference} (in {section})"  # a reference and the passage's section
    kinds: dict[str, str] = field(default_factory=lambda: {
        "highlight": "highlight", "directive": "directive", "figure": "figure"})
    colours: dict[str, str] = field(default_factory=dict)  # a colour's name; else its key
    legend: str = "Colours:"  # before the names of the highlights' colours
    columns: tuple[str, ...] = CSV_COLUMNS  # the CSV header, in CSV_COLUMNS' order
    # The front of an Anki card for a highlight without a note: its opening words.
    prompt: str = "{source}: how does “{opening}…” go on?"
    deck: str = "Yandu"
    # Anki's names of the two note types and of their fields, shown in Anki's editor
    anki: dict[str, str] = field(default_factory=lambda: {
        "excerpt": "Yandu excerpt", "cloze": "Yandu cloze", "prompt": "Prompt",
        "passage": "Passage", "citation": "Citation", "text": "Text"})
    language: str = "en"  # of these labels, for the HTML page
    # A 学习笔记 (study notes to hand in). The numbers of its parts and groups are {number}:
    # 1, 2… or, when the labels' language is Chinese, 一, 二….
    notes_title: str = "Study notes"
    name: str = "Name: "
    date: str = "Date: "
    excerpts_part: str = "Excerpts"
    reflection_part: str = "Reflections"
    untagged_group: str = "Without a tag"
    part_number: str = "{number}. "
    group_number: str = "({number}) "

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, kind)

    def tag_list(self, tags: list[str], prefix: str = "") -> str:
        return self.tag_separator.join(prefix + tag for tag in tags)


def by_speech(excerpts: list[Excerpt]) -> Iterator[list[Excerpt]]:
    for _, group in groupby(excerpts, key=lambda e: e.speech_id):
        yield list(group)


def heading(excerpt: Excerpt, labels: ExportLabels) -> str:
    return f"《{excerpt.title or labels.untitled}》"


def speech_line(excerpt: Excerpt) -> str:
    return "，".join(part for part in (excerpt.speaker, excerpt.occasion, excerpt.date) if part)


def source_line(excerpt: Excerpt, labels: ExportLabels) -> str:
    """Where a passage comes from, as its reader cites it: every export people read prints
    a passage's source through this one function. Never the `yandu:` address, which means
    nothing to a reader (JSON and CSV keep it, for machines)."""
    cited = excerpt.cite(labels.style)
    return labels.located.format(reference=cited, section=excerpt.section) \
        if excerpt.section else cited


def pieces(excerpt: Excerpt) -> list[tuple[str, bool]]:
    """The quote as (text, marked) runs: the figure or directive an automatic excerpt is about
    is marked inside its sentence."""
    if excerpt.marked is None:
        return [(excerpt.quote, False)]
    start, end = excerpt.marked
    runs = [(excerpt.quote[:start], False), (excerpt.quote[start:end], True),
            (excerpt.quote[end:], False)]
    return [run for run in runs if run[0]]


def marked_text(excerpt: Excerpt) -> str:
    """The figure or directive an automatic excerpt is about; "" for a highlight."""
    return "".join(run for run, marked in pieces(excerpt) if marked)


def opening(quote: str) -> str:
    """The first words of a passage, a third of it at most: the cue of a card."""
    return quote[:max(2, min(12, len(quote) // 3))]
