"""Small documents of the kinds real offices send, built for the tests: EPUB, MHT, OFD."""
import io
import zipfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText


def _zip(files: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def epub(title: str, chapters: list[str]) -> bytes:
    """The chapters in spine order; the manifest lists them backwards."""
    manifest = "".join(f'<item id="c{n}" href="text/c{n}.xhtml" media-type='
                       f'"application/xhtml+xml"/>' for n in reversed(range(len(chapters))))
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    files: dict[str, str | bytes] = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": '<?xml version="1.0"?><container version="1.0" xmlns='
        '"urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path='
        '"OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
        "</container>",
        "OEBPS/content.opf": '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf"'
        ' version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>'
        f"{title}</dc:title></metadata><manifest>{manifest}</manifest><spine>{spine}</spine>"
        "</package>"}
    for n, chapter in enumerate(chapters):
        body = "".join(f"<p>{line}</p>" for line in chapter.split("\n"))
        files[f"OEBPS/text/c{n}.xhtml"] = (f'<?xml version="1.0"?><html xmlns='
                                           f'"http://www.w3.org/1999/xhtml"><body>{body}'
                                           "</body></html>")
    return _zip(files)


def mht(html: str, charset: str = "utf-8", declared: str | None = None) -> bytes:
    """A saved web page; `declared` is the charset the part claims, if it lies."""
    message = MIMEMultipart("related")
    message["Subject"] = "saved page"
    part = MIMEText(html, "html", charset)
    if declared:
        part.set_param("charset", declared)
    message.attach(part)
    message.attach(MIMEText("body{color:red}", "css", "utf-8"))
    return message.as_bytes()


def ofd(lines: list[str], title: str = "") -> bytes:
    """One page, a text object per half line (two on each line, as layout programs write)."""
    objects = []
    for number, line in enumerate(lines):
        y = 20 + number * 6
        half = len(line) // 2
        for x, piece in ((10, line[:half]), (10 + half * 4, line[half:])):
            objects.append(f'<ofd:TextObject ID="{len(objects) + 10}" Boundary="{x} {y} 200 6" '
                           f'Font="1" Size="4"><ofd:TextCode X="0" Y="4">{piece}</ofd:TextCode>'
                           "</ofd:TextObject>")
    return _zip({
        "OFD.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec'
                   '.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
                   f"<ofd:Title>{title}</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml"
                   "</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": '<?xml version="1.0"?><ofd:Document xmlns:ofd="http://www.ofdspec'
                              '.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/'
                              'Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/Pages/Page_0/Content.xml": '<?xml version="1.0"?><ofd:Page xmlns:ofd="http://www'
                                          '.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">'
                                          + "".join(objects) + "</ofd:Layer></ofd:Content>"
                                          "</ofd:Page>"})
