"""Where each speech was published: stored at import, corrected by the user, kept through
re-import, and carried by the excerpts the exports cite."""
from datetime import date

import pytest

from db import EditError, ExportFilter, Library
from db.migrations import SCHEMA_VERSION, schema_version
from tests.db.conftest import old_library
from tests.speeches import SAFETY

FIELDS = ("publication", "page", "url", "published", "doc_number")


def page_of(url: str = "https://www.example.gov.cn/art/1.html", source: str = "新华网",
            credit: str = "《人民日报》（2020年07月22日 02 版）", number: str = "某政发〔2024〕3号",
            body: str = SAFETY) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in [number, *body.split("\n")])
    return (f'<html><head><title>讲话</title><link rel="canonical" href="{url}"></head><body>'
            f"<p>来源：{source}</p>{paragraphs}<p>{credit}</p></body></html>")


@pytest.fixture
def web_page(tmp_path):
    path = tmp_path / "讲话.html"
    path.write_text(page_of(), encoding="utf-8")
    return path


@pytest.fixture
def web_speech(library, web_page):
    library.importer.import_file(web_page)
    return library.speeches.all()[0].id


def values(library, speech_id):
    return {state.field: state.value for state in library.corrections.fields(speech_id)
            if state.field in FIELDS}


def test_the_pages_facts_are_stored_with_the_speech(library, web_speech):
    assert values(library, web_speech) == {
        "publication": "人民日报", "page": "2", "url": "https://www.example.gov.cn/art/1.html",
        "published": "2020-07-22", "doc_number": "某政发〔2024〕3号"}
    assert library.speeches.accessed(web_speech) == date.today()


CORRECTIONS = {"publication": "求是", "page": "3-5", "url": "http://www.example.cn/x.htm",
               "published": "2021年3月1日", "doc_number": "某政办发〔2021〕7号"}
STORED = CORRECTIONS | {"published": "2021-03-01"}


@pytest.mark.parametrize("field", FIELDS)
def test_a_corrected_field_keeps_the_users_value_when_the_file_comes_again(
        library, web_page, web_speech, field):
    library.corrections.edit([web_speech], {field: CORRECTIONS[field]})
    web_page.write_text(page_of("https://www.example.gov.cn/art/2.html", "光明网",
                                "《光明日报》（2020年08月01日 05 版）", "某政发〔2024〕9号",
                                SAFETY.replace("3起", "4起")), encoding="utf-8")
    assert library.importer.import_file(web_page).status == "updated"
    now = values(library, web_speech)
    assert now[field] == STORED[field]
    others = {"publication": "光明日报", "page": "5", "url": "https://www.example.gov.cn/art/2.html",
              "published": "2020-08-01", "doc_number": "某政发〔2024〕9号"}
    assert {name: value for name, value in now.items() if name != field} == {
        name: value for name, value in others.items() if name != field}
    state = next(s for s in library.corrections.fields(web_speech) if s.field == field)
    assert state.corrected and state.machine == others[field]


@pytest.mark.parametrize("url", ["www.example.cn", "ftp://example.cn/a", "https://",
                                 "https://example.cn/a b"])
def test_a_web_address_must_start_with_http(library, web_speech, url):
    with pytest.raises(EditError) as caught:
        library.corrections.edit([web_speech], {"url": url})
    assert (caught.value.reason, caught.value.detail) == ("bad-url", url)


def test_a_publication_date_is_checked_as_a_date(library, web_speech):
    with pytest.raises(EditError) as caught:
        library.corrections.edit([web_speech], {"published": "2020-02-30"})
    assert caught.value.reason == "bad-date"


def test_excerpts_carry_the_facts_and_the_access_date(library, web_speech):
    library.corrections.edit([web_speech], {"page": "2-3"})
    text = library.speeches.get(web_speech).text
    start = text.index("安全生产事关")
    library.annotations.add(web_speech, start, start + 6, "yellow", "", [])
    [excerpt] = library.excerpts.select(ExportFilter())
    assert (excerpt.publication, excerpt.page, excerpt.url, excerpt.published,
            excerpt.doc_number, excerpt.accessed) == (
        "人民日报", "2-3", "https://www.example.gov.cn/art/1.html", "2020-07-22",
        "某政发〔2024〕3号", date.today())


def test_a_part_split_off_was_published_on_the_same_page(library, web_speech):
    text = library.speeches.get(web_speech).text
    other = library.structure.split(web_speech, text.index("二、")).other_id
    assert values(library, other) == values(library, web_speech) | {"doc_number": None}


def test_a_version_11_library_gets_the_columns_empty(tmp_path):
    path = tmp_path / "v11.sqlite"
    old_library(path, 11).close()
    with Library(path) as library:
        assert schema_version(library.db) == SCHEMA_VERSION  # brought up to this version
        [speech] = library.speeches.all()
        assert values(library, speech.id) == dict.fromkeys(FIELDS)
        assert library.speeches.accessed(speech.id) == date(2024, 1, 1)
        library.corrections.edit([speech.id], {"publication": "人民日报"})
        assert values(library, speech.id)["publication"] == "人民日报"


# A speech edited into a compilation, or printed in a journal's issue: the user says where.
BOOK = {"issue": "2024(3)", "compilation": "习近平谈治国理政: 第四卷",
        "editors": "中共中央党史和文献研究院、中央档案馆", "place": "北京", "publisher": "外文出版社",
        "year": "2022"}


def book_values(library, speech_id):
    return {state.field: state.value for state in library.corrections.fields(speech_id)
            if state.field in BOOK}


def test_a_compilation_and_an_issue_are_kept_through_re_import(library, web_page, web_speech):
    assert book_values(library, web_speech) == dict.fromkeys(BOOK)
    library.corrections.edit([web_speech], BOOK)
    web_page.write_text(page_of(body=SAFETY.replace("3起", "4起")), encoding="utf-8")
    assert library.importer.import_file(web_page).status == "updated"
    assert book_values(library, web_speech) == BOOK


@pytest.mark.parametrize(("written", "stored"), [
    ("2024年第3期", "2024(3)"), ("2024年第12期", "2024(12)"), ("第3期", "3"), ("2024(3)", "2024(3)"),
    ("2012, 52(11)", "2012, 52(11)")])
def test_an_issue_is_kept_as_references_write_it(library, web_speech, written, stored):
    library.corrections.edit([web_speech], {"issue": written})
    assert book_values(library, web_speech)["issue"] == stored


def test_a_year_is_four_digits(library, web_speech):
    library.corrections.edit([web_speech], {"year": "2022年"})
    assert book_values(library, web_speech)["year"] == "2022"
    for wrong in ("22", "2022-03", "二〇二二年"):
        with pytest.raises(EditError) as caught:
            library.corrections.edit([web_speech], {"year": wrong})
        assert (caught.value.reason, caught.value.detail) == ("bad-year", wrong)


def test_excerpts_cite_the_compilation_with_its_editors(library, web_speech):
    library.corrections.edit([web_speech], BOOK | {"page": "12-15"})
    text = library.speeches.get(web_speech).text
    start = text.index("安全生产事关")
    library.annotations.add(web_speech, start, start + 6, "yellow", "", [])
    [excerpt] = library.excerpts.select(ExportFilter())
    facts = excerpt.facts()
    assert (facts.container_title, facts.container_authors, facts.place, facts.publisher,
            facts.year, facts.issue, facts.page) == (
        "习近平谈治国理政: 第四卷", ("中共中央党史和文献研究院", "中央档案馆"), "北京", "外文出版社",
        "2022", "2024(3)", "12-15")


@pytest.mark.parametrize(("editors", "names"), [
    ("许厚泽; 赵其国", ("许厚泽", "赵其国")), ("许厚泽；赵其国", ("许厚泽", "赵其国")),
    ("中共中央文献研究室", ("中共中央文献研究室",))])
def test_editors_are_separated_by_a_dun_or_a_semicolon(library, web_speech, editors, names):
    library.corrections.edit([web_speech], {"editors": editors})
    assert library.excerpts.passage(web_speech, 0, 4).facts().container_authors == names


def test_a_part_split_off_is_in_the_same_compilation(library, web_speech):
    library.corrections.edit([web_speech], BOOK)
    text = library.speeches.get(web_speech).text
    other = library.structure.split(web_speech, text.index("二、")).other_id
    assert book_values(library, other) == BOOK


def test_a_version_12_library_gets_the_new_columns_empty(tmp_path):
    path = tmp_path / "v12.sqlite"
    old_library(path, 12, publication="求是").close()
    with Library(path) as library:
        assert schema_version(library.db) == SCHEMA_VERSION
        [speech] = library.speeches.all()
        assert book_values(library, speech.id) == dict.fromkeys(BOOK)
        assert values(library, speech.id)["publication"] == "求是"
