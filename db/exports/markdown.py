"""Excerpts as Markdown (CommonMark). Everything the user wrote is escaped, so a note renders
as the words typed: no HTML, headings, lists, links, images or emphasis of its own; its line
breaks stay line breaks."""
from __future__ import annotations

import re
from pathlib import Path

from db.exports.labels import (
    ExportLabels,
    Progress,
    by_speech,
    heading,
    pieces,
    source_line,
    speech_line,
)
from db.records import Excerpt

INLINE = re.compile(r"([\\`*_\[\]<>|~&])")  # emphasis, code, links, HTML, tables, entities
# What makes a block at the start of a line: heading, quote, list, setext underline, table.
LINE_START = re.compile(r"^([#>+=-]|\d+[.)])")
HARD_BREAK = "\\\n"


def escape_line(line: str, line_start: bool = True) -> str:
    line = INLINE.sub(r"\\\1", line)
    if not line_start:
        return line
    line = line.lstrip(" \t")  # four spaces would make a code block
    return LINE_START.sub(lambda match: match.group(1)[:-1] + "\\" + match.group(1)[-1], line)


def escape(text: str, line_start: bool = True) -> str:
    """User text as inline Markdown that renders as itself, line breaks kept; `line_start`
    says whether its first line begins a line of the file."""
    return HARD_BREAK.join(escape_line(line, line_start or number > 0)
                           for number, line in enumerate(text.split("\n")))


def quote_lines(excerpt: Excerpt) -> list[str]:
    """The quote as a block quote, its marked figure in bold."""
    text, line_start = "", True
    for run, marked in pieces(excerpt):
        text += f"**{escape(run, line_start)}**" if marked else escape(run, line_start)
        line_start = run.endswith("\n")
    return ["> " + line for line in text.split("\n")]


def markdown(excerpts: list[Excerpt], progress: Progress = lambda done, total: None,
             labels: ExportLabels = ExportLabels()) -> str:
    lines: list[str] = []
    done = 0
    for group in by_speech(excerpts):
        lines += [f"## {escape(heading(group[0], labels))}", ""]
        if speech_line(group[0]):
            lines += [escape(speech_line(group[0])), ""]
        for excerpt in group:
            lines += [*quote_lines(excerpt), ""]
            if excerpt.note:
                lines += [f"**{escape(labels.note.strip())}** {escape(excerpt.note)}", ""]
            if excerpt.tags:
                lines += [escape(labels.tags + labels.tag_list(excerpt.tags, "#")), ""]
            lines += [escape(labels.source.format(source=source_line(excerpt, labels),
                                                  kind=labels.kind(excerpt.kind))), ""]
            done += 1
            progress(done, len(excerpts))
    return "\n".join(lines)


def write(excerpts: list[Excerpt], path: Path, progress: Progress,
          labels: ExportLabels) -> None:
    path.write_text(markdown(excerpts, progress, labels), encoding="utf-8")
