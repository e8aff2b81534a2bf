"""Where a speech was published, as its page says it: the facts a reference needs, read from
pages written for these tests."""
import json
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from analysis import analyze_bytes
from tests.documents import mht
from tests.speeches import SAFETY

BODY = "".join(f"<p>{line}</p>" for line in SAFETY.split("\n"))


def page(head: str = "", before: str = "", after: str = "") -> bytes:
    return (f"<html><head><title>安全讲话</title>{head}</head><body>{before}{BODY}{after}"
            "</body></html>").encode()


def only(data: bytes, name: str = "讲话.html"):
    [speech] = analyze_bytes(data, name).speeches
    return speech


@pytest.mark.parametrize("head", [
    '<link rel="canonical" href="https://www.example.gov.cn/art/1.html">',
    '<meta property="og:url" content="https://www.example.gov.cn/art/1.html">',
    '<link rel="canonical" href="https://www.example.gov.cn/art/1.html">'
    '<meta property="og:url" content="https://m.example.gov.cn/1">',
])
def test_a_page_gives_its_own_address(head):
    assert only(page(head)).url == "https://www.example.gov.cn/art/1.html"


def test_a_relative_link_is_no_address():
    assert only(page('<link rel="canonical" href="/art/1.html">')).url is None


def test_a_saved_page_gives_the_address_it_was_saved_from():
    data = mht(page().decode())
    data = b"Snapshot-Content-Location: https://www.example.cn/a/2.html\n" + data
    assert only(data, "讲话.mht").url == "https://www.example.cn/a/2.html"


def test_a_saved_pages_part_gives_its_address():
    message = MIMEMultipart("related")
    part = MIMEText(page().decode(), "html", "utf-8")
    part["Content-Location"] = "http://www.example.cn/b.htm"
    message.attach(part)
    assert only(message.as_bytes(), "讲话.mhtml").url == "http://www.example.cn/b.htm"


def test_the_site_name_and_page_date_are_publication_and_published():
    speech = only(page('<meta property="og:site_name" content="某某省人民政府门户网站">'
                       '<meta name="publishdate" content="2024-01-02">'))
    assert (speech.publication, speech.published) == ("某某省人民政府门户网站", "2024-01-02")


@pytest.mark.parametrize("line", ["来源：新华网", "来源: 人民日报 【字体：大 中 小】",
                                  "时间：2026-02-03 来源：新华网", "来源：《新华网》"])
def test_a_source_line_names_the_publication_and_stays_out_of_the_text(line):
    text = f"某某讲话\n{line}\n{SAFETY}"
    speech = only(text.encode(), "讲话.txt")
    assert speech.publication == line.split("来源")[1][1:].split()[0].strip("《》 ")
    assert "来源" not in speech.text


@pytest.mark.parametrize("line", ["时间：2022-03-08 09:26:13  来源：网友投稿", "来源：本站原创",
                                  "来源:\n互联网", "来源：网络整理"])
def test_a_source_line_of_a_content_site_names_no_publication(line):
    speech = only(f"某某讲话\n{line}\n{SAFETY}".encode(), "讲话.txt")
    assert speech.publication is None and "来源" not in speech.text


def test_a_source_label_alone_names_the_publication_on_the_next_line():
    speech = only(f"某某讲话\n来源:\n某某日报\n{SAFETY}".encode(), "讲话.txt")
    assert speech.publication == "某某日报"
    assert "某某日报" not in speech.text


def test_a_source_line_names_the_publication_before_the_sites_name():
    speech = only(page('<meta property="og:site_name" content="某某网">', "<p>来源：求是</p>"))
    assert speech.publication == "求是"


@pytest.mark.parametrize("credit", ["《 人民日报 》（ 2020年07月22日 02 版）",
                                    "《人民日报》(2020年7月22日第2版)"])
def test_a_newspaper_credit_line_gives_paper_date_and_page(credit):
    # as pages set it: glued to the last paragraph, after a 来源 line naming the site
    text = f"某某讲话\n来源：某某网\n{SAFETY}（新华社北京7月21日电）{credit}"
    speech = only(text.encode(), "讲话.txt")
    assert (speech.publication, speech.published, speech.page) == ("人民日报", "2020-07-22", "2")
    assert "人民日报" not in speech.text and speech.text.endswith("谢谢大家！")


@pytest.mark.parametrize("number", ["某政发〔2024〕3号", "国办发[2023]12号", "国办发〔 2023 〕12号"])
def test_an_official_documents_number_at_its_head_is_its_own(number):
    text = f"某某市人民政府关于加强安全生产工作的通知\n{number}\n{SAFETY}"
    speech = only(text.encode(), "通知.txt")
    assert speech.doc_number in ("某政发〔2024〕3号", "国办发〔2023〕12号")


def test_a_number_above_the_title_is_the_documents_own_and_not_part_of_the_title():
    # a 红头文件: the number under the masthead, above the red rule and the title
    title = "副市长在全市安全生产工作会议上的讲话"
    speech = only(f"某政发〔2024〕3号\n{title}\n{SAFETY}".encode(), "讲话.txt")
    assert (speech.title, speech.doc_number) == (title, "某政发〔2024〕3号")


def test_a_number_cited_in_the_body_is_not_the_documents_own():
    text = f"某某讲话\n{SAFETY}\n根据国办发〔2023〕12号文件要求，各部门要抓好落实。"
    assert only(text.encode(), "讲话.txt").doc_number is None


def test_a_word_files_creation_date_is_not_a_publication_date(tmp_path):
    import docx
    document = docx.Document()
    for line in SAFETY.split("\n"):
        document.add_paragraph(line)
    document.save(tmp_path / "讲话.docx")
    speech = only((tmp_path / "讲话.docx").read_bytes(), "讲话.docx")
    assert speech.published is None


def test_analyze_json_gives_the_facts_as_new_keys():
    speech = only(page('<link rel="canonical" href="https://www.example.gov.cn/1.html">'))
    shown = json.loads(json.dumps(speech.to_dict()))
    assert shown["url"] == "https://www.example.gov.cn/1.html"
    assert {"publication", "page", "published", "doc_number", "title", "text",
            "directives"} <= set(shown)


# A journal's credit: 求是's own pages say 来源：《求是》2024/03 in their info bar; reprints end
# with （《求是》2024年第3期）.
@pytest.mark.parametrize("line", ["来源：《求是》2024/03 作者：习近平 2024-02-01 09:00:00",
                                  "来源：《求是》2024年第3期", "来源：\n《求是》2024年第3期"])
def test_a_source_line_naming_a_journals_issue_gives_both(line):
    speech = only(f"某某讲话\n{line}\n{SAFETY}".encode(), "讲话.txt")
    assert (speech.publication, speech.issue) == ("求是", "2024(3)")
    assert "求是" not in speech.text


@pytest.mark.parametrize("credit", ["（《求是》2024年第3期）", "(《 求是 》2024年 第 3 期)"])
def test_a_journal_credit_line_gives_journal_issue_and_year(credit):
    text = f"某某讲话\n来源：求是网\n{SAFETY}{credit}"
    speech = only(text.encode(), "讲话.txt")
    assert (speech.publication, speech.issue, speech.published) == ("求是", "2024(3)", "2024")
    assert speech.text.endswith("谢谢大家！")


def test_a_journal_credit_keeps_a_pages_own_date():
    speech = only(page('<meta name="publishdate" content="2024-02-01">',
                       after="<p>（《求是》2024年第3期）</p>"))
    assert (speech.issue, speech.published) == ("2024(3)", "2024-02-01")


def test_a_journal_named_in_a_sentence_is_not_the_speechs_source():
    text = f"某某讲话\n{SAFETY}\n《求是》2024年第3期发表的文章指出，要抓好安全生产。"
    speech = only(text.encode(), "讲话.txt")
    assert speech.publication is None and speech.issue is None
    assert "《求是》2024年第3期发表的文章指出" in speech.text
