"""A run-on text gets its paragraphs back where an editor would break it."""
from analysis.structure.clean import clean
from analysis.structure.run_on import RUN_ON, restore

FILLER = "我们要坚持问题导向，把各项工作抓细抓实，推动全县经济社会持续健康发展。"


def run_on(*parts: str) -> str:
    """One line that reads as a speech whose line breaks were lost."""
    text = "".join(parts)
    while len(text) < RUN_ON:
        text += FILLER
    return text


def starts(pieces: list[str]) -> list[str]:
    return [piece[:8] for piece in pieces]


def test_a_line_of_a_normal_length_is_left_alone():
    assert restore(FILLER * 3) == [FILLER * 3]


def test_headings_run_into_their_first_sentence_are_set_apart():
    text = run_on("今天召开全县工作会议。", FILLER * 4,
                  "一、保护和激发市场主体活力改革开放以来，全县市场主体蓬勃成长。", FILLER * 4,
                  "二、集中力量办好自己的事我在年初讲过，要办好自己的事。", FILLER * 4)
    pieces = restore(text)
    assert "一、保护和激发市场主体活力" in pieces
    assert any(piece.startswith("改革开放以来，全县") for piece in pieces)
    assert "二、集中力量办好自己的事" in pieces
    assert any(piece.startswith("我在年初讲过") for piece in pieces)


def test_items_addresses_notes_and_footnotes_begin_paragraphs():
    text = run_on("一、总体要求", FILLER * 3, "第一，压实安全责任。", FILLER * 3,
                  "第二，加强隐患排查。", FILLER * 3, "（2026年3月5日在县委常委会上的讲话）",
                  "同志们！", FILLER * 3, "※这是县委书记在会上的讲话。")
    found = starts(restore(text))
    for opening in ("第一，压实安全责", "第二，加强隐患排", "（2026年3月", "同志们！我们要坚",
                    "※这是县委书记在"):
        assert opening in found, opening


def test_section_numerals_standing_alone_are_headings_in_order():
    text = run_on("县委书记讲话※张伟一当前，防汛正处于关键时期。", FILLER * 5,
                  "（2026年6月1日在防汛会议上的讲话）二确保群众生命安全是首要任务。", FILLER * 5)
    found = restore(text)
    assert found[:3] == ["县委书记讲话※", "张伟", "一"]
    assert found[3].startswith("当前，防汛")
    assert "二" in found
    assert not any(piece == "三" for piece in found)


def test_a_turn_of_topic_opens_a_paragraph_only_after_a_long_one():
    text = run_on(FILLER * 5, "近年来，全县安全形势总体平稳。", "刚才，三位同志作了发言。", FILLER * 4)
    found = starts(restore(text))
    assert "近年来，全县安全" in found
    assert "刚才，三位同志作" not in found  # the paragraph before it had only just begun


def test_cleaning_returns_the_restored_paragraphs():
    text = run_on(FILLER * 4, "第一，压实安全责任。", FILLER * 4)
    paragraphs, _ = clean(text)
    assert len(paragraphs) > 1
    assert any(p.startswith("第一，压实安全责任。") for p in paragraphs)


def test_a_part_heading_of_its_own_sentence_stands_alone():
    text = run_on("今天召开全县工作会议。下面，我讲两个问题。", FILLER * 3,
                  "第一个问题：深刻认识全县发展取得的进展。", "党的十八大以来，全县面貌发生巨大变化。",
                  FILLER * 4, "第二个问题：统筹推进各项重点任务自今年以来，各项工作有序展开。", FILLER * 4)
    pieces = restore(text)
    assert "第一个问题：深刻认识全县发展取得的进展。" in pieces
    assert "第二个问题：统筹推进各项重点任务" in pieces
    assert any(piece.startswith("自今年以来") for piece in pieces)


def test_a_numeral_inside_a_word_opens_no_section():
    text = run_on("今天召开全县工作会议。", FILLER * 4, "一位村支书反映，检查太多。", FILLER * 4)
    assert not any(piece.startswith("一位") for piece in restore(text)[1:])
