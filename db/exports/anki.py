"""Excerpts as an Anki deck: a card per passage (its note, or its opening words, on the
front) and a cloze card per figure or 提法 inside it. Each note's guid comes from what the
passage is — the highlight, or the automatic mention — so a re-export updates the same notes
and their review history stays, even after the speech moved the highlight."""
from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path

from db.exports.labels import ExportLabels, Progress, heading, opening, source_line
from db.records import Excerpt

# Fixed ids, so a re-export updates the same note types and deck in Anki.
EXCERPT_MODEL = 1_607_392_101
CLOZE_MODEL = 1_607_392_102
DECK = 1_607_392_103
STYLE = (".card{font-family:'Noto Serif CJK SC','Source Han Serif SC',SimSun,serif;"
         "font-size:20px;text-align:left;line-height:1.7}.cite{color:#666;font-size:14px}"
         ".cloze{font-weight:bold;color:#1565c0}.nightMode .cloze{color:#90caf9}")


def field(text: str) -> str:
    """User text as an Anki field: HTML escaped, line breaks kept, and no [sound:…] media
    reference or {{c1::…}} cloze made by accident."""
    escaped = html.escape(text).replace("[", "&#91;").replace("{", "&#123;")
    return escaped.replace("\n", "<br>")


def identity(excerpt: Excerpt) -> str:
    if excerpt.annotation_id is not None:
        made = excerpt.created.isoformat() if excerpt.created else ""
        return f"highlight:{excerpt.annotation_id}:{made}"
    return f"{excerpt.kind}:{excerpt.text_hash}:{excerpt.start}:{excerpt.end}"


def guid(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def model_id(base: int, names: dict[str, str]) -> int:
    """A note type's id for these names of it and its fields: Anki keeps one set of fields
    per id, so a deck exported in another language is a note type of its own (English keeps
    the ids of the first decks)."""
    if names == ExportLabels().anki:
        return base
    digest = hashlib.sha1(json.dumps(names, sort_keys=True).encode()).hexdigest()
    return base + 1000 + int(digest[:8], 16) % 1_000_000


def _anki_tag(tag: str) -> str:
    return "_".join(tag.split())  # Anki separates tags by spaces


def write(excerpts: list[Excerpt], path: Path, progress: Progress,
          labels: ExportLabels) -> None:
    import genanki

    names = labels.anki
    prompt, passage, cite, text = (names[key] for key in ("prompt", "passage", "citation", "text"))
    excerpt_model = genanki.Model(
        model_id(EXCERPT_MODEL, names), names["excerpt"],
        fields=[{"name": prompt}, {"name": passage}, {"name": cite}],
        templates=[{"name": names["excerpt"], "qfmt": f"{{{{{prompt}}}}}",
                    "afmt": f"{{{{FrontSide}}}}<hr id=answer>{{{{{passage}}}}}"
                            f"<p class=cite>{{{{{cite}}}}}</p>"}],
        css=STYLE)
    cloze_model = genanki.Model(
        model_id(CLOZE_MODEL, names), names["cloze"], model_type=genanki.Model.CLOZE,
        fields=[{"name": text}, {"name": cite}],
        templates=[{"name": names["cloze"], "qfmt": f"{{{{cloze:{text}}}}}",
                    "afmt": f"{{{{cloze:{text}}}}}<p class=cite>{{{{{cite}}}}}</p>"}],
        css=STYLE)
    deck = genanki.Deck(DECK, labels.deck)
    for done, excerpt in enumerate(excerpts, start=1):
        key, tags = identity(excerpt), [_anki_tag(tag) for tag in excerpt.tags]
        citation = field(source_line(excerpt, labels))
        if excerpt.kind != "figure":  # a figure's card is its cloze
            source = " ".join(part for part in (heading(excerpt, labels), excerpt.section)
                              if part)
            front = field(excerpt.note) if excerpt.note else field(labels.prompt.format(
                source=source, opening=opening(excerpt.quote)))
            deck.add_note(genanki.Note(model=excerpt_model, guid=guid(key), tags=tags,
                                       fields=[front, field(excerpt.quote), citation]))
        seen: dict[str, int] = {}
        for cloze in excerpt.clozes:
            quote, blank = excerpt.quote, excerpt.quote[cloze.start:cloze.end]
            seen[blank] = seen.get(blank, 0) + 1
            hint = f"::{field(cloze.hint)}" if cloze.hint else ""
            text = (field(quote[:cloze.start]) + "{{c1::" + field(blank) + hint + "}}"
                    + field(quote[cloze.end:]))
            deck.add_note(genanki.Note(
                model=cloze_model, fields=[text, citation], tags=tags,
                guid=guid(f"{key}:cloze:{cloze.kind}:{blank}:{seen[blank]}")))
        progress(done, len(excerpts))
    genanki.Package(deck).write_to_file(str(path))
