import pytest

from tests.db.test_search import DRILL, HAZARDS, _import
from tests.speeches import FLOOD, SAFETY


@pytest.fixture
def speech_id(library, tmp_path):
    """A library holding one speech, imported from safety.txt in tmp_path."""
    page = tmp_path / "safety.txt"
    page.write_text(SAFETY, encoding="utf-8")
    library.importer.import_file(page)
    return library.speeches.all()[0].id


NOTE = '记住 <script>alert("x")</script> & 数字'


@pytest.fixture
def marked(library):
    """Two speeches with three highlights; one note holds markup that must stay text."""
    safety = _import(library, SAFETY, "安全讲话", "张华", "2020-01-02")
    flood = _import(library, FLOOD, "防汛讲话", "李明", "2016-05-10")
    for speech, quote, color, note, tags in (
            (safety, "去年全镇发生事故3起，死亡2人。", "yellow", NOTE, ["重点", "数据"]),
            (safety, "各村要在6月底前完成排查", "green", "", []),
            (flood, "病险水库一律空库运行", "blue", "防汛要点", ["防汛"])):
        start = library.speeches.get(speech).text.index(quote)
        library.annotations.add(speech, start, start + len(quote), color, note, tags)
    return {"safety": safety, "flood": flood}


@pytest.fixture
def speeches(library):
    """Four speeches with speakers and dates (the safety one has highlights in other tests)."""
    return {
        "hazards": _import(library, HAZARDS, "隐患讲话", "李明", "2016-05-10"),
        "drill": _import(library, DRILL, "演练讲话", "王强", "2018-03-01"),
        "safety": _import(library, SAFETY, "安全讲话", "张华", "2020-01-02"),
        "flood": _import(library, FLOOD, "防汛讲话"),
    }


def old_library(path, version: int, analyzer_version: int = 1, **columns):
    """A library file at schema `version` holding one speech (SAFETY, 《旧讲话》, imported on
    2024-01-01) with `columns` of that version set; returned open, to add rows to and close."""
    from db import init_db
    from tests.speeches import SAFETY
    db = init_db(path, target=version)
    db.execute_sql(
        "INSERT INTO source (path, sha256, format, size, imported_at) "
        "VALUES ('/old/speech.txt', 'abc', 'txt', 10, '2024-01-01 10:00:00')")
    names = "".join(f", {name}" for name in columns)
    marks = "".join(", ?" for _ in columns)
    db.execute_sql(
        f"INSERT INTO speech (source_id, position, title, text, text_hash, analyzer_version, "
        f"created_at{names}) VALUES (1, 0, '旧讲话', ?, 'h', ?, '2024-01-01 10:00:00'{marks})",
        (SAFETY, analyzer_version, *columns.values()))
    return db
