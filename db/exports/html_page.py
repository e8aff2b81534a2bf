"""Excerpts as one self-contained web page: everything escaped, no scripts, no remote
resources; line breaks of notes kept, the marked figure in <mark>."""
from __future__ import annotations

import html
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

STYLE = ("body{font-family:'Noto Serif CJK SC','Source Han Serif SC','Songti SC',SimSun,serif;"
         "max-width:46em;margin:2em auto;line-height:1.8;color:#222}"
         "blockquote{margin:1em 0;padding:.2em 1em;border-left:4px solid #c9a227;"
         "background:#fdf8e6}mark{background:#ffe082}"
         ".note{color:#333}.tags{color:#666}.cite{color:#555;font-size:.9em}")


def text(value: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return "<br>".join(html.escape(line) for line in value.split("\n"))


def quote(excerpt: Excerpt) -> str:
    return "".join(f"<mark>{text(run)}</mark>" if marked else text(run)
                   for run, marked in pieces(excerpt))


def write(excerpts: list[Excerpt], path: Path, progress: Progress,
          labels: ExportLabels) -> None:
    title = html.escape(labels.title)
    parts = ["<!DOCTYPE html>", f'<html lang="{html.escape(labels.language)}"><head>'
             '<meta charset="utf-8">', f"<title>{title}</title>", f"<style>{STYLE}</style>",
             "</head><body>", f"<h1>{title}</h1>"]
    done = 0
    for group in by_speech(excerpts):
        parts.append(f"<h2>{text(heading(group[0], labels))}</h2>")
        if speech_line(group[0]):
            parts.append(f"<p class=\"meta\">{text(speech_line(group[0]))}</p>")
        for excerpt in group:
            parts.append(f"<blockquote>{quote(excerpt)}</blockquote>")
            if excerpt.note:
                parts.append(f"<p class=\"note\">{text(labels.note + excerpt.note)}</p>")
            if excerpt.tags:
                tags = labels.tags + labels.tag_list(excerpt.tags)
                parts.append(f"<p class=\"tags\">{text(tags)}</p>")
            source = labels.source.format(source=source_line(excerpt, labels),
                                          kind=labels.kind(excerpt.kind))
            parts.append(f"<p class=\"cite\">{text(source)}</p>")
            done += 1
            progress(done, len(excerpts))
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
