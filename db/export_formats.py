"""Excerpts written out in the forms people work in: Markdown, Word, HTML, CSV, W3C Web
Annotation JSON and Anki, shared by the window and the command line.
Every writer writes to a temporary file beside the target and moves it into place, so a
failed or cancelled export leaves nothing half-written."""
from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from db.records import Excerpt

FORMATS = {"md": ".md", "docx": ".docx", "html": ".html", "csv": ".csv", "json": ".json",
           "anki": ".apkg"}  # name: file suffix
CSV_COLUMNS = ("kind", "title", "speaker", "occasion", "date", "section", "quote", "note",
               "tags", "color", "citation", "reference")
CJK_FONT = "SimSun"  # Word's default Song typeface for East Asian text
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportLabels:
    """The words an export writes around the excerpts. The desktop passes them in the
    interface language; these defaults are English. Templates name their facts in braces."""
    title: str = "Yandu excerpts"
    note: str = "Note: "
    tags: str = "Tags: "
    untitled: str = "Untitled"
    source: str = "— {citation} ({kind}, {reference})"
    kinds: dict[str, str] = field(default_factory=lambda: {
        "highlight": "highlight", "directive": "directive", "figure": "figure"})
    colours: dict[str, str] = field(default_factory=dict)  # a colour's name; else its key
    columns: tuple[str, ...] = CSV_COLUMNS  # the CSV header, in CSV_COLUMNS' order
    prompt: str = "{heading} {section}: what does this passage say?"
    deck: str = "Yandu"
    language: str = "en"  # of these labels, for the HTML page

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, kind)

    def cite(self, excerpt: Excerpt, reference: str) -> str:
        return self.source.format(citation=excerpt.citation, kind=self.kind(excerpt.kind),
                                  reference=reference)


def export(excerpts: list[Excerpt], kind: str, path: str | os.PathLike,
           progress: Progress = lambda done, total: None,
           labels: ExportLabels = ExportLabels()) -> None:
    """Write `excerpts` as `kind` (a key of FORMATS) to `path`, whole or not at all."""
    if kind not in FORMATS:
        raise ValueError(f"unknown export format {kind!r}; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        WRITERS[kind](excerpts, Path(temporary), progress, labels)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def by_speech(excerpts: list[Excerpt]):
    return groupby(excerpts, key=lambda e: e.speech_id)


def heading(excerpt: Excerpt, labels: ExportLabels) -> str:
    return f"《{excerpt.title or labels.untitled}》"


def speech_line(excerpt: Excerpt) -> str:
    return "，".join(part for part in (excerpt.speaker, excerpt.occasion, excerpt.date) if part)


def markdown(excerpts: list[Excerpt], progress: Progress = lambda done, total: None,
             labels: ExportLabels = ExportLabels()) -> str:
    lines: list[str] = []
    done = 0
    for _, group in by_speech(excerpts):
        group = list(group)
        lines += [f"## {heading(group[0], labels)}", ""]
        if speech_line(group[0]):
            lines += [speech_line(group[0]), ""]
        for excerpt in group:
            lines += ["> " + line for line in excerpt.quote.splitlines() or [""]]
            lines.append("")
            if excerpt.note:
                lines += [f"**{labels.note.strip()}** {excerpt.note}", ""]
            if excerpt.tags:
                lines += [labels.tags + " ".join(f"#{tag}" for tag in excerpt.tags), ""]
            lines += [labels.cite(excerpt, f"`{excerpt.reference}`"), ""]
            done += 1
            progress(done, len(excerpts))
    return "\n".join(lines)


def _markdown(excerpts, path: Path, progress: Progress, labels: ExportLabels) -> None:
    path.write_text(markdown(excerpts, progress, labels), encoding="utf-8")


def _html(excerpts, path: Path, progress: Progress, labels: ExportLabels) -> None:
    escape = html.escape
    title = escape(labels.title)
    parts = ["<!DOCTYPE html>", f'<html lang="{escape(labels.language)}"><head>'
             '<meta charset="utf-8">', f"<title>{title}</title>", "<style>",
             "body{font-family:'Noto Serif CJK SC','Songti SC',SimSun,serif;max-width:46em;"
             "margin:2em auto;line-height:1.8;color:#222}",
             "blockquote{margin:1em 0;padding:.2em 1em;border-left:4px solid #c9a227;"
             "background:#fdf8e6}",
             ".note{color:#333}.tags{color:#666}.cite{color:#555;font-size:.9em}",
             "</style></head><body>", f"<h1>{title}</h1>"]
    done = 0
    for _, group in by_speech(excerpts):
        group = list(group)
        parts.append(f"<h2>{escape(heading(group[0], labels))}</h2>")
        if speech_line(group[0]):
            parts.append(f"<p class=\"meta\">{escape(speech_line(group[0]))}</p>")
        for excerpt in group:
            quote = "<br>".join(escape(line) for line in excerpt.quote.splitlines())
            parts.append(f"<blockquote>{quote}</blockquote>")
            if excerpt.note:
                parts.append(f"<p class=\"note\">{escape(labels.note + excerpt.note)}</p>")
            if excerpt.tags:
                parts.append(f"<p class=\"tags\">{escape(labels.tags + ' '.join(excerpt.tags))}"
                             "</p>")
            source = labels.source.format(citation=escape(excerpt.citation),
                                          kind=escape(labels.kind(excerpt.kind)),
                                          reference=f"<code>{escape(excerpt.reference)}</code>")
            parts.append(f"<p class=\"cite\">{source}</p>")
            done += 1
            progress(done, len(excerpts))
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def _csv(excerpts, path: Path, progress: Progress, labels: ExportLabels) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:  # the BOM tells Excel
        writer = csv.writer(file)
        writer.writerow(labels.columns)
        for done, excerpt in enumerate(excerpts, start=1):
            writer.writerow([labels.kind(excerpt.kind), excerpt.title or "",
                             excerpt.speaker or "", excerpt.occasion or "", excerpt.date or "",
                             excerpt.section, excerpt.quote, excerpt.note,
                             " ".join(excerpt.tags),
                             labels.colours.get(excerpt.color, excerpt.color),
                             excerpt.citation, excerpt.reference])
            progress(done, len(excerpts))


def web_annotation(excerpt: Excerpt) -> dict:
    """One excerpt in the W3C Web Annotation data model."""
    bodies = []
    if excerpt.note:
        bodies.append({"type": "TextualBody", "value": excerpt.note, "purpose": "commenting",
                       "language": "zh", "format": "text/plain"})
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"}
               for tag in excerpt.tags]
    item = {
        "id": f"urn:yandu:{excerpt.kind}:{excerpt.annotation_id or excerpt.reference}",
        "type": "Annotation",
        "motivation": "commenting" if excerpt.note else "highlighting",
        "body": bodies,
        "target": {
            "source": f"urn:sha256:{excerpt.text_hash}",
            "yandu:title": excerpt.title, "yandu:citation": excerpt.citation,
            "yandu:reference": excerpt.reference,
            "selector": [
                {"type": "TextQuoteSelector", "exact": excerpt.quote, "prefix": excerpt.prefix,
                 "suffix": excerpt.suffix},
                {"type": "TextPositionSelector", "start": excerpt.start, "end": excerpt.end},
            ],
        },
        "yandu:kind": excerpt.kind,
    }
    if excerpt.color:
        item["yandu:color"] = excerpt.color
    if excerpt.created:
        item["created"] = excerpt.created.isoformat(timespec="seconds")
    return item


def _json(excerpts, path: Path, progress: Progress, labels: ExportLabels) -> None:
    items = []
    for done, excerpt in enumerate(excerpts, start=1):
        items.append(web_annotation(excerpt))
        progress(done, len(excerpts))
    document = {"@context": ["http://www.w3.org/ns/anno.jsonld",
                             {"yandu": "https://github.com/yandu/yandu/ns#"}],
                "type": "AnnotationCollection", "label": labels.title, "total": len(items),
                "items": items}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def _docx(excerpts, path: Path, progress: Progress, labels: ExportLabels) -> None:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = Document()
    for name in ("Normal", "Heading 1", "Heading 2", "Quote"):
        style = document.styles[name]
        style.font.name = CJK_FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), CJK_FONT)
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(labels.title, level=1)
    done = 0
    for _, group in by_speech(excerpts):
        group = list(group)
        document.add_heading(heading(group[0], labels), level=2)
        if speech_line(group[0]):
            document.add_paragraph(speech_line(group[0]))
        for excerpt in group:
            document.add_paragraph(excerpt.quote, style="Quote")
            if excerpt.note:
                paragraph = document.add_paragraph()
                paragraph.add_run(labels.note).bold = True
                paragraph.add_run(excerpt.note)
            if excerpt.tags:
                document.add_paragraph(labels.tags + " ".join(excerpt.tags))
            cite = document.add_paragraph().add_run(labels.cite(excerpt, excerpt.reference))
            cite.font.size = Pt(9)
            cite.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            done += 1
            progress(done, len(excerpts))
    document.save(str(path))


# Fixed ids, so a re-export updates the same note types and deck in Anki.
ANKI_EXCERPT_MODEL = 1_607_392_101
ANKI_CLOZE_MODEL = 1_607_392_102
ANKI_DECK = 1_607_392_103


def _anki(excerpts, path: Path, progress: Progress, labels: ExportLabels) -> None:
    import genanki

    style = ".card{font-family:'Noto Serif CJK SC',SimSun,serif;font-size:20px;" \
            "text-align:left;line-height:1.7}.cite{color:#666;font-size:14px}"
    excerpt_model = genanki.Model(
        ANKI_EXCERPT_MODEL, "Yandu excerpt",
        fields=[{"name": "Prompt"}, {"name": "Passage"}, {"name": "Citation"}],
        templates=[{"name": "Excerpt", "qfmt": "{{Prompt}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Passage}}"
                            "<p class=cite>{{Citation}}</p>"}],
        css=style)
    cloze_model = genanki.Model(
        ANKI_CLOZE_MODEL, "Yandu cloze", model_type=genanki.Model.CLOZE,
        fields=[{"name": "Text"}, {"name": "Citation"}],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}",
                    "afmt": "{{cloze:Text}}<p class=cite>{{Citation}}</p>"}],
        css=style)
    deck = genanki.Deck(ANKI_DECK, labels.deck)
    escape = html.escape
    for done, excerpt in enumerate(excerpts, start=1):
        citation = escape(excerpt.citation)
        prompt = escape(excerpt.note) if excerpt.note else escape(labels.prompt.format(
            heading=heading(excerpt, labels), section=excerpt.section))
        deck.add_note(genanki.Note(
            model=excerpt_model, fields=[prompt, escape(excerpt.quote), citation],
            guid=_guid(excerpt, "excerpt"), tags=[_anki_tag(tag) for tag in excerpt.tags]))
        for number, cloze in enumerate(excerpt.clozes, start=1):
            quote = excerpt.quote
            hint = f"::{escape(cloze.hint)}" if cloze.hint else ""
            text = (escape(quote[:cloze.start]) + "{{c1::" + escape(quote[cloze.start:cloze.end])
                    + hint + "}}" + escape(quote[cloze.end:]))
            deck.add_note(genanki.Note(model=cloze_model, fields=[text, citation],
                                       guid=_guid(excerpt, f"cloze{number}"),
                                       tags=[_anki_tag(tag) for tag in excerpt.tags]))
        progress(done, len(excerpts))
    genanki.Package(deck).write_to_file(str(path))


def _guid(excerpt: Excerpt, part: str) -> str:
    """The same passage gives the same Anki note on every export (its review history stays)."""
    key = f"{excerpt.text_hash}:{excerpt.start}:{excerpt.end}:{excerpt.kind}:{part}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _anki_tag(tag: str) -> str:
    return "_".join(tag.split())  # Anki separates tags by spaces


WRITERS = {"md": _markdown, "docx": _docx, "html": _html, "csv": _csv, "json": _json,
           "anki": _anki}
