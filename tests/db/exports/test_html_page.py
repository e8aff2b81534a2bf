"""The web page read by an HTML parser: nothing runs, nothing is fetched, lines stay lines."""
from html.parser import HTMLParser

from db import ExportFilter
from db.exports import export
from tests.db.conftest import NOTE


class Reader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text, self.links = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.links += [value for name, value in attrs if name in ("src", "href")]

    def handle_data(self, data):
        self.text.append(data)


def read(path) -> Reader:
    reader = Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader


def test_notes_stay_text_and_nothing_is_fetched(library, marked, tmp_path):
    export(library.excerpts.select(), "html", tmp_path / "out.html")
    reader = read(tmp_path / "out.html")
    assert "script" not in reader.tags and reader.links == []
    assert any(NOTE in chunk for chunk in reader.text)
    assert reader.tags.count("blockquote") == 3


def test_line_breaks_of_notes_and_the_marked_figure(library, marked, tmp_path):
    speech = marked["flood"]
    start = library.speeches.get(speech).text.index("病险水库")
    library.annotations.add(speech, start, start + 4, "pink", "第一行\n第二行")
    chosen = library.excerpts.select(ExportFilter(colors=["pink"]))
    chosen += library.excerpts.select(ExportFilter(speech_ids=[marked["safety"]],
                                                   kinds=["figure"]))
    export(chosen, "html", tmp_path / "out.html")
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "第一行<br>第二行" in page
    assert "去年全镇发生事故<mark>3起</mark>，死亡2人。" in page
