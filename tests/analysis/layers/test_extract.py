from analysis.layers.extract import extract


def test_every_mention_text_is_its_span(texts_dir):
    from analysis.pipeline import analyze_file
    for speech in analyze_file(texts_dir / "compilation-page.txt").speeches:
        for kind, items in speech.mentions.to_dict().items():
            for item in items:
                assert speech.text[item["start"]:item["end"]] == item["text"], kind


def test_kinds_do_not_nest():
    mentions = extract("落实“三同时”制度，打造“15分钟文体活动圈”，2016年死亡3人。", [])
    assert [f.text for f in mentions.formulas] == ["三同时"]
    assert [f.text for f in mentions.figures] == ["3人"]  # not the 15 of a quoted name
    assert [d.text for d in mentions.dates] == ["2016年"]

