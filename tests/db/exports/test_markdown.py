"""The Markdown export rendered by a CommonMark renderer (markdown-it-py), as a reader sees it:
what the user wrote shows as typed, never as markup."""
import pytest
from markdown_it import MarkdownIt

from db import ExportFilter
from db.exports import export
from db.exports.markdown import escape, markdown

HOSTILE = ("<script>alert(1)</script> &amp;\n# 不是标题\n- 不是列表\n    不是代码\n"
           "[链接](http://example.com) ![图](http://example.com/a.png) <http://example.com>\n"
           "*不是强调* _也不是_ `不是代码` | 表 |\n1. 不是编号\n===\n第二行")


def rendered(text: str) -> str:
    return MarkdownIt("commonmark").render(text)


@pytest.fixture
def hostile(library, marked):
    speech = marked["flood"]
    text = library.speeches.get(speech).text
    start = text.index("病险水库")
    library.annotations.add(speech, start, start + 4, "pink", HOSTILE, ["带 空格", "防汛"])
    return library.excerpts.select(ExportFilter(colors=["pink"]))


def test_user_text_renders_as_typed(hostile):
    page = rendered(markdown(hostile))
    for markup in ("<script", "<h1", "<h3", "<ul", "<ol", "<pre", "<a ", "<img", "<em>",
                   "<table", "<hr"):
        assert markup not in page, markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;" in page
    assert "# 不是标题" in page and "*不是强调* _也不是_ `不是代码`" in page
    assert "[链接](http://example.com)" in page and "1. 不是编号" in page
    assert page.count("<br />") >= HOSTILE.count("\n")  # each line break stays one
    assert "不是代码<br />" in page  # the indented line is text, not a code block


def test_tags_with_spaces_stay_apart(hostile):
    page = rendered(markdown(hostile))
    assert "Tags: #带 空格, #防汛" in page


def test_headings_quotes_and_citations(library, marked, tmp_path):
    export(library.excerpts.select(), "md", tmp_path / "out.md")
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "## 《安全讲话》" in text and "> 去年全镇发生事故3起，死亡2人。" in text
    assert "— 张华. 安全讲话\\[Z\\]. 2020-01-02. (in 一、" in text and "#重点" in text
    page = rendered(text)
    assert page.count("<h2>") == 2 and page.count("<blockquote>") == 3
    assert "— 李明. 防汛讲话[Z]. 2016-05-10. (in 二、落实措施) (highlight)" in page


def test_a_figure_is_its_sentence_with_the_figure_in_bold(library, marked):
    figures = library.excerpts.select(ExportFilter(speech_ids=[marked["safety"]],
                                                   kinds=["figure"]))
    page = rendered(markdown(figures))
    assert "去年全镇发生事故<strong>3起</strong>，死亡2人。" in page
    assert "去年全镇发生事故3起，死亡<strong>2人</strong>。" in page


def test_escape_leaves_plain_chinese_alone():
    assert escape("各村要在6月底前完成排查。") == "各村要在6月底前完成排查。"
    assert escape("增长23.5%，-3℃") == "增长23.5%，-3℃"  # inside a line: no block to make
    assert escape("-3℃") == "\\-3℃"
