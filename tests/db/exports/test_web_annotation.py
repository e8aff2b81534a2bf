"""The JSON read as the W3C Web Annotation Data Model's MUSTs read it, and the Hypothesis
variant as Hypothesis's API shapes an annotation."""
import json
import re
from datetime import datetime, timezone

from db import ExportFilter
from db.exports import export

UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
ANNO = "http://www.w3.org/ns/anno.jsonld"


def test_a_collection_with_a_first_page_of_annotations_each_usable_alone(library, marked,
                                                                         tmp_path):
    export(library.excerpts.select(), "json", tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert document["@context"][0] == ANNO and document["type"] == "AnnotationCollection"
    assert document["id"].startswith("urn:uuid:") and document["total"] == 3
    page = document["first"]
    assert page["type"] == "AnnotationPage" and page["partOf"] == document["id"]
    assert page["startIndex"] == 0 and len(page["items"]) == 3
    for item in page["items"]:
        assert item["@context"][0] == ANNO and item["type"] == "Annotation"
        assert item["id"].startswith("urn:yandu:") and item["target"]["source"]
        assert "body" not in item or item["body"]  # never an empty body
        for key in ("created", "modified"):
            assert UTC.match(item[key]), item[key]
        made = datetime.strptime(item["created"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=timezone.utc)
        assert abs((datetime.now(timezone.utc) - made).total_seconds()) < 600
    plain = next(item for item in page["items"] if item["motivation"] == "highlighting")
    assert "body" not in plain  # the highlight without note or tags


def test_hypothesis_annotations(library, marked, tmp_path):
    export(library.excerpts.select(ExportFilter(colors=["yellow", "blue"])), "hypothesis",
           tmp_path / "h.json")
    items = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))
    assert isinstance(items, list) and len(items) == 2
    for item in items:
        assert item["uri"].startswith("urn:sha256:") and isinstance(item["text"], str)
        assert all(isinstance(tag, str) for tag in item["tags"])
        [target] = item["target"]
        assert target["source"] == item["uri"]
        kinds = [selector["type"] for selector in target["selector"]]
        assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
        assert UTC.match(item["created"]) and UTC.match(item["updated"])
        assert isinstance(item["document"]["title"], list)
    assert {tuple(item["tags"]) for item in items} == {("数据", "重点"), ("防汛",)}
