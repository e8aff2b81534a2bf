"""The Anki deck read as Anki reads a package (its SQLite collection): cloze styling, guids
that stay with the highlight, fields that make no media or cloze by accident."""
import sqlite3
import zipfile

from db import ExportFilter
from db.exports import export


def notes(path, tmp_path):
    with zipfile.ZipFile(path) as package:
        package.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as collection:
        found = [(guid, fields.split("\x1f"))
                 for guid, fields in collection.execute("SELECT guid, flds FROM notes")]
        models = collection.execute("SELECT models FROM col").fetchone()[0]
    (tmp_path / "collection.anki2").unlink()
    return found, models


def test_excerpt_and_cloze_notes(library, marked, tmp_path):
    export(library.excerpts.select(), "anki", tmp_path / "out.apkg")
    found, models = notes(tmp_path / "out.apkg", tmp_path)
    clozes = [fields[0] for _, fields in found if "{{c1::" in fields[0]]
    assert "去年全镇发生事故{{c1::3起}}，死亡2人。" in clozes
    assert "去年全镇发生事故3起，死亡{{c1::2人}}。" in clozes
    excerpts = [fields for _, fields in found if "{{c1::" not in fields[0]]
    assert len(excerpts) == 3
    assert any("&lt;script&gt;" in fields[0] for fields in excerpts)  # the note, escaped
    assert ".cloze{" in models  # the blank and the answer stand out


def test_a_highlight_without_a_note_asks_for_what_follows_its_opening(library, marked,
                                                                     tmp_path):
    export(library.excerpts.select(ExportFilter(colors=["green"])), "anki", tmp_path / "o.apkg")
    [(_, (prompt, passage, _citation))] = notes(tmp_path / "o.apkg", tmp_path)[0]
    assert passage == "各村要在6月底前完成排查"
    assert "“各村要在…”" in prompt and "  " not in prompt and prompt.startswith("《安全讲话》 二、")


def test_fields_make_no_media_or_cloze_and_keep_lines(library, marked, tmp_path):
    speech = marked["flood"]
    start = library.speeches.get(speech).text.index("病险水库")
    library.annotations.add(speech, start, start + 4, "pink",
                            "听[sound:evil.mp3]\n{{c1::假}}第二行")
    export(library.excerpts.select(ExportFilter(colors=["pink"])), "anki", tmp_path / "o.apkg")
    [(_, (prompt, _passage, _citation))] = notes(tmp_path / "o.apkg", tmp_path)[0]
    assert "[sound:" not in prompt and "{{" not in prompt
    assert prompt == "听&#91;sound:evil.mp3]<br>&#123;&#123;c1::假}}第二行"


def test_guids_stay_with_the_highlight_when_the_speech_changes(library, tmp_path):
    page = tmp_path / "讲话.txt"
    text = "同志们：今年全镇发生事故3起，死亡2人。各村要在6月底前完成排查。"
    page.write_text(text, encoding="utf-8")
    library.importer.import_file(page)
    speech = library.speeches.all()[0].id
    start = text.index("各村要")
    first = library.annotations.add(speech, start, start + 6, "yellow")
    second = library.annotations.add(speech, start, start + 6, "green", "同一处的另一条")
    export(library.excerpts.select(), "anki", tmp_path / "before.apkg")
    before = dict((fields[0], guid) for guid, fields in notes(tmp_path / "before.apkg",
                                                                tmp_path)[0])
    assert len(set(before.values())) == 2  # two highlights on one range: two notes

    page.write_text("同志们：新加的一句话在前面。" + text[4:], encoding="utf-8")
    assert library.importer.import_file(page).status == "updated"
    moved = library.annotations.get(first.id)
    assert moved.start != first.start and library.annotations.get(second.id) is not None
    export(library.excerpts.select(), "anki", tmp_path / "after.apkg")
    after = dict((fields[0], guid) for guid, fields in notes(tmp_path / "after.apkg",
                                                               tmp_path)[0])
    assert after == before


def test_note_types_take_the_names_the_labels_give(library, marked, tmp_path):
    import json

    from db import ExportLabels
    names = {"excerpt": "摘录", "cloze": "填空", "prompt": "提示", "passage": "原文",
             "citation": "出处", "text": "正文"}
    export(library.excerpts.select(), "anki", tmp_path / "out.apkg",
           labels=ExportLabels(anki=names))
    models = json.loads(notes(tmp_path / "out.apkg", tmp_path)[1])
    fields = {model["name"]: [field["name"] for field in model["flds"]]
              for model in models.values()}
    assert fields == {"摘录": ["提示", "原文", "出处"], "填空": ["正文", "出处"]}
    cloze = next(model for model in models.values() if model["name"] == "填空")
    assert cloze["tmpls"][0]["qfmt"] == "{{cloze:正文}}"


def test_each_language_keeps_its_own_note_types(library, marked, tmp_path):
    import json

    from db import ExportLabels
    chinese = {"excerpt": "摘录", "cloze": "填空", "prompt": "提示", "passage": "原文",
               "citation": "出处", "text": "正文"}
    ids = {}
    for name, labels in (("en", ExportLabels()), ("zh", ExportLabels(anki=chinese)),
                         ("zh-again", ExportLabels(anki=dict(chinese)))):
        export(library.excerpts.select(), "anki", tmp_path / f"{name}.apkg", labels=labels)
        models = json.loads(notes(tmp_path / f"{name}.apkg", tmp_path)[1])
        ids[name] = {model["name"]: int(model_id) for model_id, model in models.items()}
    assert ids["en"] == {"Yandu excerpt": 1_607_392_101, "Yandu cloze": 1_607_392_102}
    assert ids["zh"] == ids["zh-again"]
    assert not set(ids["zh"].values()) & set(ids["en"].values())
