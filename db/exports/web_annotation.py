"""Excerpts as W3C Web Annotation JSON-LD (an AnnotationCollection with its first page,
every annotation usable alone), and as Hypothesis's annotation JSON. Automatic directives and
figures are marked (yandu:automatic), so that reading the file back adds only highlights."""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from db.exports.labels import ExportLabels, Progress
from db.records import Excerpt

ANNO = "http://www.w3.org/ns/anno.jsonld"
CONTEXT = [ANNO, {"yandu": "https://github.com/yandu/yandu/ns#"}]


def utc(moment: datetime) -> str:
    """The model's MUST: xsd:dateTime in UTC with a Z. Naive times are the machine's."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def source(excerpt: Excerpt) -> str:
    return f"urn:sha256:{excerpt.text_hash}"


def selectors(excerpt: Excerpt) -> list[dict]:
    return [{"type": "TextQuoteSelector", "exact": excerpt.quote, "prefix": excerpt.prefix,
             "suffix": excerpt.suffix},
            {"type": "TextPositionSelector", "start": excerpt.start, "end": excerpt.end}]


def annotation(excerpt: Excerpt) -> dict:
    """One excerpt in the W3C Web Annotation data model, with its own @context."""
    bodies: list[dict] = []
    if excerpt.note:
        bodies.append({"type": "TextualBody", "value": excerpt.note, "purpose": "commenting",
                       "language": "zh", "format": "text/plain"})
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"}
               for tag in excerpt.tags]
    item: dict = {
        "@context": CONTEXT,
        "id": f"urn:yandu:{excerpt.kind}:{excerpt.annotation_id or excerpt.reference}",
        "type": "Annotation",
        "motivation": "commenting" if excerpt.note else "highlighting",
    }
    if bodies:  # an empty body breaks the model: it is left out
        item["body"] = bodies
    item["target"] = {"source": source(excerpt), "yandu:title": excerpt.title,
                      "yandu:citation": excerpt.citation, "yandu:reference": excerpt.reference,
                      "selector": selectors(excerpt)}
    item["yandu:kind"] = excerpt.kind
    if excerpt.kind != "highlight":  # found by the analysis
        item["yandu:automatic"] = True
    if excerpt.color:
        item["yandu:color"] = excerpt.color
    if excerpt.created:
        item["created"] = utc(excerpt.created)
    if excerpt.modified:
        item["modified"] = utc(excerpt.modified)
    return item


def _items(excerpts: list[Excerpt], shape: Callable[[Excerpt], dict],
           progress: Progress) -> list[dict]:
    items = []
    for done, excerpt in enumerate(excerpts, start=1):
        items.append(shape(excerpt))
        progress(done, len(excerpts))
    return items


def write(excerpts: list[Excerpt], path: Path, progress: Progress,
          labels: ExportLabels) -> None:
    items = _items(excerpts, annotation, progress)
    collection = f"urn:uuid:{uuid.uuid4()}"
    document = {"@context": CONTEXT, "id": collection, "type": "AnnotationCollection",
                "label": labels.title, "total": len(items),
                "first": {"id": f"{collection}#page1", "type": "AnnotationPage",
                          "partOf": collection, "startIndex": 0, "items": items}}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def hypothesis(excerpt: Excerpt) -> dict:
    """One excerpt as Hypothesis's API writes an annotation."""
    item: dict = {"uri": source(excerpt), "text": excerpt.note, "tags": list(excerpt.tags),
                  "document": {"title": [excerpt.title or ""]},
                  "target": [{"source": source(excerpt), "selector": selectors(excerpt)}]}
    if excerpt.created:
        item["created"] = utc(excerpt.created)
        item["updated"] = utc(excerpt.modified or excerpt.created)
    return item


def write_hypothesis(excerpts: list[Excerpt], path: Path, progress: Progress,
                     labels: ExportLabels) -> None:
    items = _items(excerpts, hypothesis, progress)
    path.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
