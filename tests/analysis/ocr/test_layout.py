"""Lines as the engine finds them → paragraphs in reading order, on pages laid out here."""
from analysis.ocr.engine import Line
from analysis.ocr.layout import Page, paragraphs, tidy

WIDTH, HEIGHT = 1240, 1754  # A4 at 150 dpi
LEFT, RIGHT = 165, 1085  # the text's margins: 30 characters of 30 px
SIZE = 30


def line(text: str, top: float, left: float = LEFT, right: float | None = None,
         size: float = SIZE, redness: float = 0.0, confidence: float = 0.99) -> Line:
    right = left + len(text) * size if right is None else right
    step = (right - left) / len(text)
    return Line([(left, top), (right, top), (right, top + size), (left, top + size)], text,
                confidence, [confidence] * len(text), redness,
                [left + (n + 0.5) * step for n in range(len(text))])


def texts(*pages: list[Line]) -> list[str]:
    return [paragraph.text for paragraph in paragraphs(
        [Page(lines, WIDTH, HEIGHT, number) for number, lines in enumerate(pages)])]


FULL = "一" * 30  # a line that reaches the right margin


def test_lines_join_into_paragraphs_at_indents_and_short_lines():
    page = [line("安全生产工作会议讲话", 300, left=470),  # a centred title
            line("同志们：", 400, left=LEFT + 2 * SIZE),
            line("今" + "二" * 27, 450, left=LEFT + 2 * SIZE),  # indented: a new paragraph
            line(FULL, 500),
            line("三三三。", 550),  # short: the paragraph ends
            line("四四四。", 600),  # short and not indented: a paragraph of its own
            line("五" * 28, 650, left=LEFT + 2 * SIZE),
            line("六六。", 700)]
    assert texts(page) == ["安全生产工作会议讲话", "同志们：", "今" + "二" * 27 + FULL + "三三三。",
                           "四四四。", "五" * 28 + "六六。"]


def test_a_paragraph_goes_on_over_the_page():
    first = [line("甲" * 28, 300, left=LEFT + 2 * SIZE), line(FULL, 350)]
    second = [line("乙乙。", 300), line("丙丙。", 350, left=LEFT + 2 * SIZE)]
    assert texts(first, second) == ["甲" * 28 + FULL + "乙乙。", "丙丙。"]


def test_two_columns_are_read_one_after_the_other():
    half = 14  # characters of a column
    left_column = [line("左" * half, 400 + 50 * row) for row in range(4)]
    right_column = [line("右" * half, 400 + 50 * row, left=RIGHT - half * SIZE)
                    for row in range(4)]
    title = line("两栏文字的标题", 300, left=515)
    page = [title, *(pair for rows in zip(left_column, right_column) for pair in rows)]
    assert "".join(texts(page)) == "两栏文字的标题" + "左" * half * 4 + "右" * half * 4


def _two_columns(rows: int, top: float = 400) -> tuple[list[Line], list[Line]]:
    half = 14
    return ([line("左" * half, top + 50 * row) for row in range(rows)],
            [line("右" * half, top + 50 * row, left=RIGHT - half * SIZE) for row in range(rows)])


def test_a_line_the_engine_read_across_the_gutter_is_cut_in_two():
    left_column, right_column = _two_columns(4)
    across = line("左" * 14 + "右" * 14, 600, right=RIGHT)  # one line with a wide gap
    across.xs = left_column[0].xs + right_column[0].xs
    page = [*left_column, *right_column, across, line("左左。", 650), line("右右。", 650, left=RIGHT - 14 * SIZE)]
    assert texts(page) == ["左" * 14 * 5 + "左左。", "右" * 14 * 5 + "右右。"]


def test_a_page_whose_lines_were_all_read_across_the_gutter_is_still_two_columns():
    left_column, right_column = _two_columns(6)
    across = []
    for left, right in zip(left_column, right_column, strict=True):
        merged = line(left.text + right.text, left.top, right=RIGHT)
        merged.xs = left.xs + right.xs
        across.append(merged)
    assert texts(across) == ["左" * 14 * 6 + "右" * 14 * 6]


def test_a_comma_hanging_into_the_gutter_keeps_its_line_in_the_column():
    left_column, right_column = _two_columns(20, top=300)
    title = line("两栏文字的标题", 200, left=515)
    # 避头: the comma may not begin the next line, so it hangs past the column, as far as
    # where the right column begins
    hanging = line("左" * 14 + "，", 1300, right=RIGHT - 14 * SIZE)
    hanging.xs = [LEFT + (n + 0.5) * SIZE for n in range(15)]
    page = [title, *left_column, *right_column, hanging, line("左左。", 1350)]
    assert texts(page) == ["两栏文字的标题", "左" * 14 * 21 + "，左左。", "右" * 14 * 20]


def test_a_last_page_of_two_columns_with_few_lines_is_read_as_two_columns():
    left_column, right_column = _two_columns(6)
    last_left, _ = _two_columns(5, top=300)
    last_page = [*last_left, line("右右。", 300, left=RIGHT - 14 * SIZE)]
    # the right column's first line comes after the whole left column
    assert "".join(texts([*left_column, *right_column], last_page)).endswith(
        "左" * 14 * 5 + "右右。")


def test_page_furniture_is_dropped_and_the_document_number_kept():
    masthead = line("某某市人民政府文件", 150, left=300, size=70, redness=0.7)
    number = line("某政发〔2024〕3号", 320, left=500)
    header = line("某某市人民政府公报", 60, size=20)
    first = [masthead, number, line("关于做好安全生产工作的通知", 420, left=425),
             line("同志们：", 500, left=LEFT + 2 * SIZE), line(FULL, 550), line("- 1 -", 1650, left=590)]
    second = [header, line(FULL, 300), line("我讲三点意见。", 350, left=LEFT + 2 * SIZE),
              line("第2页", 1650, left=590)]
    third = [line("某某市人民政府公报", 60, size=20), line("谢谢大家！", 300, left=LEFT + 2 * SIZE),
             line("3", 1650, left=610)]
    assert texts(first, second, third) == [
        "某政发〔2024〕3号", "关于做好安全生产工作的通知", "同志们：", FULL * 2, "我讲三点意见。",
        "谢谢大家！"]


def test_red_body_text_is_text():
    page = [line("红色的正文也是正文。", 400, left=LEFT + 2 * SIZE, redness=0.7)]
    assert texts(page) == ["红色的正文也是正文。"]


def test_the_spaces_read_between_characters_go_and_confidences_follow():
    read = Line([(0, 0), (100, 0), (100, 30), (0, 30)], "全年 检查 3 600家 (含 New York)",
                0.9, [float(n) / 100 for n in range(24)])
    tidied = tidy(read)
    assert tidied.text == "全年检查3600家（含New York）"
    assert len(tidied.chars) == len(tidied.text)
    assert tidied.chars[:4] == [0.0, 0.01, 0.03, 0.04]
