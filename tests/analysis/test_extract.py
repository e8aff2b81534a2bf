from analysis.extract import extract


def test_every_mention_text_is_its_span(corpus):
    from analysis.pipeline import analyze_file
    for speech in analyze_file(corpus / "compilation-5-titled.txt").speeches:
        for kind, items in speech.mentions.to_dict().items():
            for item in items:
                assert speech.text[item["start"]:item["end"]] == item["text"], kind


def test_kinds_do_not_nest():
    mentions = extract("落实“三同时”制度，打造“15分钟文体活动圈”，2016年死亡3人。", [])
    assert [f.text for f in mentions.formulas] == ["三同时"]
    assert [f.text for f in mentions.figures] == ["3人"]  # not the 15 of a quoted name
    assert [d.text for d in mentions.dates] == ["2016年"]


def test_kinds_do_not_overlap_whatever_order_and_nesting_the_blockers_have():
    from analysis.extract import _Span
    from analysis.spans import outside
    blockers = [_Span(10, 20), _Span(0, 50), _Span(60, 62), _Span(61, 70)]
    items = [_Span(start, end) for start, end in
             [(50, 60), (49, 51), (55, 58), (70, 75), (69, 71), (62, 63), (80, 81), (0, 1)]]
    kept = outside(items, blockers)
    assert [(i.start, i.end) for i in kept] == [
        (i.start, i.end) for i in items
        if not any(b.start < i.end and i.start < b.end for b in blockers)]
    assert [(i.start, i.end) for i in kept] == [(50, 60), (55, 58), (70, 75), (80, 81)]
    assert outside(items, []) == items
