"""A corpus of bad files, each imported through the library: every one is answered with a
clear error naming the file and the reason, or a correct import — never a traceback, never a
network access, and in bounded memory."""
import io
import os
import socket
import zipfile

import pytest

from analysis import InputError
from db import Library
from tests.documents import epub, mht, ofd
from tests.speeches import ECONOMY, FLOOD, SAFETY

SPEECH = SAFETY + "\n" + FLOOD.split("\n", 1)[1]


def _zip(entries: dict[str, bytes], level=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", level) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    """300 MB of zeros as word/document.xml, in a few hundred kilobytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b"\0" * 2**20
            for _ in range(300):
                entry.write(chunk)
        archive.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


def _lying_zip_bomb() -> bytes:
    """A ZIP whose header says its entry is small while the data unpacks to much more."""
    data = bytearray(_zip({"word/document.xml": b"<w:document>" + b"a" * 5_000_000}))
    small = (100).to_bytes(4, "little")
    at = data.find(b"PK\x01\x02")  # central directory: uncompressed size at offset 24
    data[at + 24:at + 28] = small
    at = data.find(b"PK\x03\x04")  # local header: uncompressed size at offset 22
    data[at + 22:at + 26] = small
    return bytes(data)


def _huge_document_docx(megabytes: int = 190) -> bytes:
    """A sound .docx whose word/document.xml is honest about its size: 190 MB of paragraphs."""
    from docx import Document
    skeleton = io.BytesIO()
    Document().save(skeleton)
    namespace = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph = "<w:p><w:r><w:t>各部门要切实履行监管职责，严防事故发生。</w:t></w:r></w:p>".encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(skeleton.getvalue())) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info, source.read(info))
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            entry.write(b"<w:document " + namespace + b"><w:body>")
            block = paragraph * (2**20 // len(paragraph))
            for _ in range(megabytes):
                entry.write(block)
            entry.write(b"</w:body></w:document>")
    return buffer.getvalue()


def _million_elements_html() -> bytes:
    """10 MB of a million tiny elements around a speech."""
    return ("<html><body>" + "<b>安</b>" * 1_000_000 + "<p>" + SPEECH + "</p></body></html>"
            ).encode("utf-8")


def _pdf_without_text(pages: int = 1) -> bytes:
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for _ in range(pages):
        page.rect(100, 100, 300, 400, fill=1)  # a "scan": shapes, no text layer
        page.showPage()
    page.save()
    return buffer.getvalue()


def _docx_with_remote_image() -> bytes:
    from docx import Document
    document = Document()
    document.add_paragraph(SPEECH)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    entries["word/_rels/document.xml.rels"] = entries["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/image" Target="http://example.com/x.png" '
        b'TargetMode="External"/></Relationships>')
    return _zip(entries)


HTML_HOSTILE = f"""<html><head><title>讲话</title>
<script>fetch("http://example.com/steal")</script><link rel="stylesheet" href="http://x/s.css">
</head><body><iframe src="http://example.com/frame"></iframe>
<img src="http://example.com/pixel.png"><img src="data:image/png;base64,{'A' * 200000}">
<div>{SPEECH.replace(chr(10), '</div><div>')}</div>
<script>document.write("<p>注入的文字</p>")</script><noscript>请启用脚本</noscript></body></html>"""


def bad_files() -> dict[str, bytes | None]:
    """name → bytes (None: made on disk by the test)."""
    utf8 = SPEECH.encode("utf-8")
    return {
        "truncated-utf8.txt": utf8[:len(utf8) // 2 + 1],
        "gbk-no-bom.txt": SPEECH.encode("gbk"),
        "gb18030.txt": (SPEECH + "𠀀").encode("gb18030"),
        "big5.txt": "同志們：今天召開全鎮安全生產工作會議。各部門要切實履行監管職責。".encode("big5") * 20,
        "utf16-bom.txt": SPEECH.encode("utf-16"),
        "utf16le-no-bom.txt": SPEECH.encode("utf-16-le"),
        "mixed-encodings.txt": SAFETY.encode("utf-8") + FLOOD.encode("gbk"),
        "nul-bytes-inside.txt": utf8.replace("。".encode(), "。\0".encode()),
        "all-nul.txt": b"\0" * 4096,
        "zip-bomb.docx": _zip_bomb(),
        "lying-zip-bomb.docx": _lying_zip_bomb(),
        "not-a-zip.docx": b"PK\x03\x04 not really a zip" + bytes(range(256)) * 10,
        "zip-not-docx.docx": _zip({"hello.txt": b"hello"}),
        "docx-remote-image.docx": _docx_with_remote_image(),
        "scan-without-text.pdf": _pdf_without_text(),
        "broken.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 50,
        "hostile.html": HTML_HOSTILE.encode("utf-8"),
        "deeply-nested.html": ("<div>" * 20000 + SPEECH + "</div>" * 20000).encode("utf-8"),
        "unclosed-tags.html": ("<p><b><i>" + SPEECH).encode("utf-8"),
        "wrong-charset.html": ('<meta charset="gbk"><p>' + SPEECH).encode("utf-8"),
        "entity-bomb.html": (b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                             b"<p>&b;&b;&b;</p>" + utf8),
        "furniture-only.html": "<nav>首页 | 新闻</nav><footer>版权所有 2016</footer>".encode(),
        "empty.txt": b"",
        "bom-only.txt": b"\xef\xbb\xbf",
        "whitespace-only.txt": " \n\t\u3000\n".encode(),
        "punctuation-only.txt": "。，、；：？！…—".encode() * 50,
        "png-named.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
        "html-named.txt": ("<html><body><p>" + SPEECH + "</p></body></html>").encode(),
        "pdf-named.html": b"%PDF-1.4\n%binary\n" + bytes(range(256)) * 8,
        "crlf.txt": SPEECH.replace("\n", "\r\n").encode("utf-8"),
        "cr-only.txt": SPEECH.replace("\n", "\r").encode("utf-8"),
        "escape-codes.txt": ("\x1b[31m" + SPEECH + "\x1b[0m\x07\x08").encode("utf-8"),
        "invalid-utf8-surrogates.txt": utf8 + b"\xed\xa0\x80\xff\xfe",
        "one-long-line.txt": SPEECH.replace("\n", "").encode("utf-8") * 300,
        "hard-wrapped-no-punctuation.txt": ("同志们：\n" + "安全生产工作事关人民群众生命财产安全各级各"
                                            "部门要高度重视切实抓好\n" * 6000).encode("utf-8"),
        "numbers-no-sentence-end.txt": ("同志们：" + "第3条 1、2、3、4、5、" * 20000).encode("utf-8"),
        "program.exe": b"MZ" + bytes(200),
        "100mb-of-nul.txt": None,
        "folder.txt": None,
        # What offices send besides: converted by LibreOffice when it is installed, else a
        # line saying to save as .docx.
        "legacy.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000),
        "kingsoft.wps": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000),
        "rich.rtf": rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 SimSun;}}\f0 \u21516?\u24535?}",
        "not-open.odt": b"PK\x03\x04 not really a zip" + bytes(300),
        "book.epub": epub("讲话选编", [SAFETY, FLOOD]),
        "not-a-zip.epub": SPEECH.encode("utf-8"),
        "no-package.epub": _zip({"mimetype": b"application/epub+zip"}),
        "page.mht": mht("<p>" + SPEECH.replace("\n", "</p><p>") + "</p>", "gb18030"),
        "lying-charset.mht": mht("<p>" + SPEECH + "</p>", "gb18030", declared="utf-8"),
        "unknown-charset.mhtml": mht("<p>" + SPEECH + "</p>", "gb18030",
                                     declared="no-such-charset"),
        "text-named.mht": SPEECH.encode("utf-8"),
        "document.ofd": ofd(SPEECH.split("\n"), "讲话"),
        "not-ofd.ofd": _zip({"hello.txt": b"hello"}),
        "broken-xml.ofd": _zip({"OFD.xml": b"<ofd:OFD>", "Doc_0/Pages/Page_0/Content.xml":
                                b"<ofd:Page><unclosed"}),
        "scan-three-pages.pdf": _pdf_without_text(pages=3),
        "gbk-page-declared-utf8.html": ('<meta charset="utf-8"><p>' + SPEECH).encode("gbk"),
        "symlink-loop.txt": None,
        "dangling-link.txt": None,
        "link-to-folder.txt": None,
        "jpeg-named.docx": b"\xff\xd8\xff\xe0" + bytes(500),
        "html-in-utf16.html": ("<p>" + SPEECH).encode("utf-16"),
        "zip-named.txt": _zip({"a.txt": b"hello"}),
        "bom-then-gbk.txt": b"\xef\xbb\xbf" + SPEECH.encode("gbk"),
        "controls-only.txt": bytes(range(1, 32)) * 100,
        "fifo.txt": None,  # a named pipe: reading it would wait for a writer for ever
        "dev-zero.txt": None,  # a link to /dev/zero: reading it never ends
        "million-tags.html": _million_elements_html(),
        "rtl-override.txt": ("同志们：\u202e今天召开全镇安全生产工作会议。\u202c" + SPEECH).encode(),
    }


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad-inputs")
    for name, data in bad_files().items():
        if data is not None:
            (folder / name).write_bytes(data)
    with open(folder / "100mb-of-nul.txt", "wb") as big:
        big.truncate(100 * 2**20)
    (folder / "folder.txt").mkdir()
    (folder / "symlink-loop.txt").symlink_to("symlink-loop.txt")
    (folder / "dangling-link.txt").symlink_to("nowhere/at-all.txt")
    (folder / "link-to-folder.txt").symlink_to(".", target_is_directory=True)
    os.mkfifo(folder / "fifo.txt")
    (folder / "dev-zero.txt").symlink_to("/dev/zero")
    attempts = []
    real_connect = socket.socket.connect

    def no_network(self, address):
        attempts.append(address)
        raise OSError("the tests allow no network access")

    socket.socket.connect = no_network
    try:
        with Library(folder.parent / "library.sqlite") as library:
            results, texts = {}, {}
            for name in bad_files():
                results[name] = library.importer.import_file(folder / name)
                speeches = library.speeches.all()
                texts |= {(name, s.title): library.speeches.get(s.id).text for s in speeches}
                # to the trash: the next file holding the same speech is stored, not
                # recognised as a duplicate, so that its text is checked too
                library.speeches.delete([s.id for s in speeches])
            integrity = library.backups.check()
    finally:
        socket.socket.connect = real_connect
    return results, texts, attempts, integrity


def test_the_bad_input_corpus_is_large_enough():
    assert len(bad_files()) >= 60


@pytest.mark.parametrize("name", list(bad_files()))
def test_each_bad_file_gets_a_clear_answer(imported, name):
    results, _, _, _ = imported
    result = results[name]
    assert result.status in ("imported", "failed"), result
    if result.status == "failed":
        assert isinstance(result.error, InputError), result.error
        message = result.error.reason
        assert message and len(message) < 300 and "Traceback" not in message
        assert not message.startswith(("'", "(")) and "object at 0x" not in message
    else:
        assert result.speeches >= 1


EXPECTED_IMPORTS = {"gbk-no-bom.txt", "gb18030.txt", "big5.txt", "utf16-bom.txt",
                    "nul-bytes-inside.txt", "docx-remote-image.docx", "hostile.html",
                    "deeply-nested.html", "unclosed-tags.html", "wrong-charset.html",
                    "crlf.txt", "cr-only.txt", "escape-codes.txt", "one-long-line.txt",
                    "hard-wrapped-no-punctuation.txt", "numbers-no-sentence-end.txt",
                    "html-named.txt", "truncated-utf8.txt", "invalid-utf8-surrogates.txt",
                    "book.epub", "page.mht", "document.ofd", "gbk-page-declared-utf8.html",
                    "html-in-utf16.html", "lying-charset.mht", "unknown-charset.mhtml",
                    "million-tags.html", "rtl-override.txt"}
EXPECTED_FAILURES = {"all-nul.txt", "zip-bomb.docx", "not-a-zip.docx", "zip-not-docx.docx",
                     "scan-without-text.pdf", "broken.pdf", "furniture-only.html", "empty.txt",
                     "bom-only.txt", "whitespace-only.txt", "punctuation-only.txt",
                     "png-named.txt", "program.exe", "100mb-of-nul.txt", "folder.txt",
                     "not-open.odt", "not-a-zip.epub", "no-package.epub", "text-named.mht",
                     "not-ofd.ofd", "broken-xml.ofd", "scan-three-pages.pdf",
                     "symlink-loop.txt", "dangling-link.txt", "link-to-folder.txt",
                     "jpeg-named.docx", "legacy.doc", "kingsoft.wps", "zip-named.txt",
                     "controls-only.txt", "fifo.txt", "dev-zero.txt"}


def test_good_text_inside_bad_files_is_imported_and_the_rest_refused(imported):
    results, texts, _, _ = imported
    imported_names = {name for name, r in results.items() if r.status == "imported"}
    assert imported_names >= EXPECTED_IMPORTS
    assert not EXPECTED_FAILURES & imported_names


def test_imported_text_is_clean(imported):
    _, texts, _, integrity = imported
    assert integrity is None
    for text in texts.values():
        assert "\0" not in text and "\x1b" not in text and "\r" not in text
        assert "\u202e" not in text
        assert "<script" not in text and "fetch(" not in text and "注入的文字" not in text
        assert text.count("\ufffd") <= 8  # only where a damaged file had bad bytes


def test_no_file_reached_for_the_network(imported):
    _, _, attempts, _ = imported
    assert attempts == []


# The peak of this process alone: VmHWM starts afresh at exec, while ru_maxrss keeps the
# peak of the process it was forked from (pytest, hundreds of MB into a full run).
MEASURE = """
import sys
from pathlib import Path
from db import Library
with Library(Path(sys.argv[1]) / "library.sqlite") as library:
    for name in sys.argv[2:]:
        library.importer.import_file(Path(sys.argv[1]) / name)
status = Path("/proc/self/status").read_text()
print(next(int(line.split()[1]) for line in status.splitlines()
           if line.startswith("VmHWM:")) // 1024)
"""


@pytest.mark.parametrize("name", ["zip-bomb.docx", "lying-zip-bomb.docx", "deeply-nested.html",
                                  "hostile.html", "entity-bomb.html", "100mb-of-nul.txt",
                                  "million-tags.html", "huge-document.docx", "dev-zero.txt"])
def test_the_heaviest_bad_files_are_answered_in_bounded_memory(tmp_path, name):
    """Each in a fresh process: the peak stays under 300 MB (Python with the library and the
    pipeline loaded is about 80 MB; the 100 MB file is read once)."""
    import subprocess
    import sys

    from tests.conftest import REPO
    if name == "100mb-of-nul.txt":
        with open(tmp_path / name, "wb") as big:
            big.truncate(100 * 2**20)
    elif name == "huge-document.docx":
        (tmp_path / name).write_bytes(_huge_document_docx())
    elif name == "dev-zero.txt":
        (tmp_path / name).symlink_to("/dev/zero")
    else:
        (tmp_path / name).write_bytes(bad_files()[name])
    done = subprocess.run([sys.executable, "-c", MEASURE, str(tmp_path), name], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) < 300  # megabytes at the peak


def test_a_file_name_that_is_not_utf8_is_imported_and_named(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    name = os.fsdecode(b"\xb0\xb2\xc8\xab-gbk-name.txt")  # 安全 in GBK, not UTF-8
    (folder / name).write_text(SAFETY, encoding="utf-8")
    with Library(tmp_path / "library.sqlite") as library:
        [result] = library.importer.import_paths([folder])
        assert result.status == "imported" and "\ufffd" in result.path
        [speech] = library.speeches.all()
        assert speech.source_path.endswith("-gbk-name.txt")
    from desktop.common import messages
    assert "gbk-name.txt" in messages.import_line(result)


def test_a_batch_goes_on_past_every_bad_file(tmp_path):
    """Every file of a folder answered on its own line; the good ones after the bad imported."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, data in bad_files().items():
        if data is not None and name != "rtl-override.txt":
            (folder / name).write_bytes(data)
    os.mkfifo(folder / "fifo.txt")
    (folder / "zzz-last-good.txt").write_text(ECONOMY, encoding="utf-8")  # a speech none has
    with Library(tmp_path / "library.sqlite") as library:
        results = list(library.importer.import_paths([folder]))
    assert results[-1].path.endswith("zzz-last-good.txt") and results[-1].status == "imported"
    # many hold the same speech: stored once, then recognised
    assert all(r.status in ("imported", "failed", "unchanged", "duplicate") for r in results)
