"""A speech as a page to print or save as PDF: its title and citation line, its text with the
user's highlights in their colours, each note numbered at its highlight and written out at
the end. Everything the user or the page wrote is escaped."""
from __future__ import annotations

from html import escape
from itertools import pairwise

from db import AnnotationRecord, SpeechRecord
from desktop.common.themes import THEMES


def speech_html(record: SpeechRecord, annotations: list[AnnotationRecord], details: str,
                notes_heading: str) -> str:
    """`details`: the line under the title (the speech's reference); `notes_heading`
    the title of the notes at the end, both already translated."""
    fills = THEMES["light"].highlights
    placed = sorted((a for a in annotations if not a.orphan), key=lambda a: (a.start, a.end))
    noted = [a for a in placed if a.note.strip()]
    number = {a.id: position for position, a in enumerate(noted, start=1)}
    text = record.text
    # Cut the text where a highlight starts or ends; each piece takes the fill of the last
    # highlight over it, and a note's number follows its highlight's last piece.
    cuts = sorted({0, len(text), *(a.start for a in placed), *(a.end for a in placed)})
    parts = []
    for low, high in pairwise(cuts):
        over = [a for a in placed if a.start <= low and high <= a.end]
        piece = escape(text[low:high])
        if over:
            piece = (f'<span style="background-color:{fills.get(over[-1].color, "#fff176")}">'
                     f"{piece}</span>")
        parts.append(piece)
        parts += [f"<sup>{number[a.id]}</sup>" for a in over if a.end == high and a.id in number]
    summary = record.summary
    notes = "".join(f"<li>{escape(a.note).replace(chr(10), '<br>')}</li>" for a in noted)
    return ("<html><body>"
            f"<h2>{escape(summary.title or '')}</h2>"
            f'<p style="color:#546e7a">{escape(details)}</p>'
            f'<div style="white-space:pre-wrap; line-height:150%">{"".join(parts)}</div>'
            + (f"<h3>{escape(notes_heading)}</h3><ol>{notes}</ol>" if noted else "")
            + "</body></html>")
