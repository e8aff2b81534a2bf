"""The CSV read back as a spreadsheet reads it: no cell starts a formula; tags stay apart."""
import csv

import pytest

from db import ExportFilter
from db.exports import export
from db.exports.csv_table import cell
from tests.db.conftest import NOTE


def rows(path):
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_csv_opens_in_excel_and_reads_back(library, marked, tmp_path):
    export(library.excerpts.select(), "csv", tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    found = rows(tmp_path / "out.csv")
    assert len(found) == 3 and found[0]["note"] == NOTE and found[0]["tags"] == "数据, 重点"
    assert found[2]["citation"].startswith("《防汛讲话》，李明")
    assert found[0]["marked"] == ""


@pytest.mark.parametrize("note", ["=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1",
                                  '=HYPERLINK("http://example.com","x")',
                                  "=cmd|' /C calc'!A0"])
def test_no_cell_is_a_formula(library, marked, tmp_path, note):
    speech = marked["flood"]
    start = library.speeches.get(speech).text.index("病险水库")
    library.annotations.add(speech, start, start + 4, "pink", note, [note])
    export(library.excerpts.select(ExportFilter(colors=["pink"])), "csv", tmp_path / "out.csv")
    [row] = rows(tmp_path / "out.csv")
    assert row["note"] == "'" + note
    assert row["tags"] == "'" + note.strip()  # tag names are stored trimmed


def test_numbers_and_plain_text_are_left_alone():
    assert cell(3.5) == 3.5 and cell("去年") == "去年" and cell("") == ""
    assert cell("-3%") == "'-3%"


def test_figures_carry_their_sentence_and_the_figure(library, marked, tmp_path):
    figures = library.excerpts.select(ExportFilter(speech_ids=[marked["safety"]],
                                                   kinds=["figure"]))
    export(figures, "csv", tmp_path / "out.csv")
    found = {(row["quote"], row["marked"]) for row in rows(tmp_path / "out.csv")}
    assert {("去年全镇发生事故3起，死亡2人。", "3起"), ("去年全镇发生事故3起，死亡2人。", "2人")} <= found
