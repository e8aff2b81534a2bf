from analysis.structure.outline import build_outline

TEXT = "\n".join([
    "同志们：",
    "回顾去年工作，有两条经验：",
    "第一，思想重视。这是基础。",
    "第二，夯实基础。一是强化物防。二是强化技防；三是强化人防。",
    "一、充分认识重要性",
    "（一）安全生产是必然要求。科学发展观是以人为本的发展观。",
    "（二）安全生产是基本内容。",
    "二、健全长效机制",
    "总的要求是结合实际，完善机制：一是严格落实责任。二是健全排查机制。",
    "1.建立台账。2.5万家企业纳入台账管理。",
    "2.定期通报。",
    "（1）每月通报一次。",
    "三、加强领导",
    "一要强化责任意识。二是要强化作风建设。",
    "唯一是不能放松，统一要求各部门落实。",
])


def outline():
    return build_outline(TEXT)


def test_every_span_starts_at_its_label():
    for entry in outline():
        assert TEXT[entry.start:].startswith(entry.label)
        assert entry.start < entry.end <= len(TEXT)
        assert not TEXT[entry.end - 1].isspace()


def test_headings_and_items_are_nested():
    rows = [(e.level, e.label, e.title) for e in outline()]
    assert rows == [
        (1, "第一，", "思想重视"),
        (1, "第二，", "夯实基础"),
        (2, "一是", "强化物防"),
        (2, "二是", "强化技防"),
        (2, "三是", "强化人防"),
        (1, "一、", "充分认识重要性"),
        (2, "（一）", "安全生产是必然要求"),
        (2, "（二）", "安全生产是基本内容"),
        (1, "二、", "健全长效机制"),
        (2, "一是", "严格落实责任"),
        (2, "二是", "健全排查机制"),
        (2, "1.", "建立台账"),
        (2, "2.", "定期通报"),
        (3, "（1）", "每月通报一次"),
        (1, "三、", "加强领导"),
        (2, "一要", "强化责任意识"),
        (2, "二是", "要强化作风建设"),
    ]


def test_parents_and_sections_contain_their_children():
    entries = outline()
    for entry in entries:
        if entry.parent is not None:
            parent = entries[entry.parent]
            assert parent.level == entry.level - 1
            assert parent.start <= entry.start and entry.end <= parent.end


def test_a_section_ends_where_the_next_sibling_begins():
    entries = {e.label + e.title: e for e in outline()}
    first, second = entries["一、充分认识重要性"], entries["二、健全长效机制"]
    assert TEXT[first.start:first.end] == "一、充分认识重要性\n（一）安全生产是必然要求。科学发展观是以人为本的发展观。\n（二）安全生产是基本内容。"
    assert second.start == first.end + 1


def test_decimal_numbers_are_not_headings():
    assert [e.label for e in build_outline("2.5万家企业完成整改。\n1.2亿元用于安全投入。")] == []


def test_a_section_numeral_alone_on_its_line_is_a_heading_titled_by_its_opening():
    text = "一\n当前，防汛正处于关键时期。要压实责任。\n二\n确保群众安全是首要任务。"
    headings = [(e.label, e.title) for e in build_outline(text) if e.kind == "heading"]
    assert headings == [("一", "当前，防汛正处于关键时期"), ("二", "确保群众安全是首要任务")]


def test_a_part_heading_opens_an_outline_entry():
    outline = build_outline("第一个问题：深刻认识发展进展\n第一，成绩显著。\n第二个问题：全面推进重点任务\n第一，抓好落实。")
    assert [(entry.label, entry.title) for entry in outline if entry.kind == "heading"] == [
        ("第一个问题：", "深刻认识发展进展"), ("第二个问题：", "全面推进重点任务")]


def test_a_glossary_after_the_speech_is_marked_as_notes_with_its_entries_inside():
    text = ("一、工作回顾\n全年经济增长。\n二、今年任务\n推进“两新”工作。\n名词解释\n"
            "1.“两新”：是指大规模设备更新和消费品以旧换新。\n2.“两重”：是指重大战略实施。")
    outline = build_outline(text)
    [notes] = [entry for entry in outline if entry.kind == "notes"]
    assert (notes.label, notes.start, notes.end) == ("名词解释", text.index("名词解释"), len(text))
    inside = [entry.label for entry in outline if entry.parent == outline.index(notes)]
    assert inside == ["1.", "2."]
    assert [e.end for e in outline if e.label == "二、"] == [text.index("\n名词解释")]
