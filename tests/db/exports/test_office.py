"""The exports opened by LibreOffice (`make test-long`; needs libreoffice-writer-nogui,
libreoffice-calc-nogui and poppler-utils): Calc runs no cell of the CSV as a formula, and
Writer sets the Word file in Chinese Song and Hei faces."""
import html
import re
import shutil
import subprocess

import pytest

from db import ExportFilter
from db.exports import export

pytestmark = pytest.mark.long


def office(*args: str, cwd) -> None:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed: apt-get install libreoffice-writer-nogui " \
                    "libreoffice-calc-nogui poppler-utils"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{cwd}/profile",
                    *args], cwd=cwd, check=True, capture_output=True, timeout=300)


def test_calc_runs_no_formula_from_a_note(library, marked, tmp_path):
    speech = marked["flood"]
    start = library.speeches.get(speech).text.index("病险水库")
    for note in ("=1+1", '=HYPERLINK("http://example.com","点我")', "@SUM(1,1)", "+2+2"):
        library.annotations.add(speech, start, start + 4, "pink", note)
    export(library.excerpts.select(ExportFilter(colors=["pink"])), "csv", tmp_path / "out.csv")
    office("--infilter=CSV:44,34,76", "--convert-to", "html", "out.csv", cwd=tmp_path)
    page = (tmp_path / "out.html").read_text(encoding="utf-8", errors="replace")
    cells = [html.unescape(cell) for cell in re.findall(r"<td[^>]*>([^<]*)", page)]
    assert "2" not in cells and "4" not in cells  # =1+1, @SUM(1,1), +2+2 were not computed
    assert "<a " not in page.lower()  # and no live link
    for note in ("=1+1", "@SUM(1,1)", "+2+2"):
        assert "'" + note in cells


def test_writer_sets_the_word_file_in_song_and_hei(library, marked, tmp_path):
    export(library.excerpts.select(ExportFilter(kinds=["highlight", "figure"])), "docx",
           tmp_path / "out.docx")
    office("--convert-to", "pdf", "out.docx", cwd=tmp_path)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "out.pdf")], capture_output=True,
                           text=True, check=True).stdout
    faces = re.findall(r"^\S+\+(\S+)", fonts, flags=re.MULTILINE)
    cjk = [face for face in faces if "CJK" in face or "Sim" in face or "Song" in face]
    assert any("Serif" in face or "Song" in face or "SimSun" in face for face in cjk), faces
    assert any("Sans" in face or "Hei" in face for face in cjk), faces
    assert not any("Gothic" in face or "Mincho" in face for face in faces), faces
