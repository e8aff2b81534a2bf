"""Legacy Word, WPS, RTF and OpenDocument: through LibreOffice, or a line saying what to do."""
import shutil

import pytest

from analysis import InputError, analyze_bytes
from tests.speeches import SAFETY


@pytest.mark.parametrize("name", ["讲话.doc", "讲话.wps", "讲话.rtf", "讲话.odt"])
def test_without_libreoffice_the_line_says_to_save_as_docx(monkeypatch, name):
    monkeypatch.setattr(shutil, "which", lambda program: None)
    with pytest.raises(InputError) as caught:
        analyze_bytes(b"\xd0\xcf\x11\xe0" + bytes(600), name)
    assert "save it as .docx" in caught.value.reason and "LibreOffice" in caught.value.reason


@pytest.mark.long
def test_libreoffice_converts_them(tmp_path):
    """`make test-long`, with libreoffice-writer-nogui installed."""
    import subprocess

    import docx
    soffice = shutil.which("soffice")
    assert soffice, "apt-get install libreoffice-writer-nogui"
    document = docx.Document()
    for line in SAFETY.split("\n"):
        document.add_paragraph(line)
    document.save(tmp_path / "speech.docx")
    for target in ("odt", "rtf", "doc"):
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/p",
                        "--convert-to", target, "--outdir", str(tmp_path),
                        str(tmp_path / "speech.docx")], check=True, capture_output=True,
                       timeout=300)
        [speech] = analyze_bytes((tmp_path / f"speech.{target}").read_bytes(),
                                 f"讲话.{target}").speeches
        assert SAFETY.split("\n")[1] in speech.text, target
    with pytest.raises(InputError) as caught:  # LibreOffice reads it as text: no Chinese
        analyze_bytes(b"not a document at all" * 50, "坏.doc")
    assert caught.value.reason in ("no Chinese text found",
                                   "LibreOffice could not read this Word 97–2003 file; open it "
                                   "in Word or WPS, save it as .docx and import that")
