"""The whole analysis of one file: read → clean → split → metadata → outline → mentions."""
from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.connection
import os
import stat
import threading
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import InputError
from analysis.language.tokens import index_text, shared_segmentation
from analysis.layers.documents import own_number
from analysis.layers.extract import extract
from analysis.model import Analysis, PageMeta, RawDocument, Speech
from analysis.ocr import OcrCancelled, watching
from analysis.ocr.reader import locate, read_image_file
from analysis.readers.decode import check_chinese, decode_text
from analysis.readers.docx_reader import read_docx
from analysis.readers.epub_reader import read_epub
from analysis.readers.formats import FORMATS, SUPPORTED_SUFFIXES
from analysis.readers.html_reader import read_html
from analysis.readers.mht_reader import read_mht
from analysis.readers.ofd_reader import read_ofd
from analysis.readers.office_convert import to_docx
from analysis.readers.pdf_reader import read_pdf
from analysis.rules import Decision
from analysis.structure.clean import clean
from analysis.structure.fingerprint import text_key
from analysis.structure.metadata import parse_title
from analysis.structure.outline import build_outline
from analysis.structure.split import Chunk, split

# What keeps an import within 600 MB (benchmarks/bench_import_memory.py): a file's text is held
# about three times over, one speech's analysis takes some 60 bytes a character.
MAX_BYTES = 200 * 2**20  # documents that carry pictures: PDF, Word, EPUB, OFD
MAX_TEXT_BYTES = 64 * 2**20  # plain text, web pages and MHT, whose bytes are nearly all text
TEXT_FORMATS = ("txt", "html", "mht")
MAX_CHARS = 20_000_000  # about a thousand work reports
MAX_SPEECH_CHARS = 5_000_000
MAX_AHEAD_CHARS = 2_000_000  # a file analysed whole in a worker: some 120 MB of analyses
READERS = {"epub": read_epub, "mht": read_mht, "ofd": read_ofd}


def analyze_file(path: str | os.PathLike) -> Analysis:
    path = Path(path)
    return analyze_bytes(read_limited(path), display_name(path))


def read_limited(path: Path) -> bytes:
    """The bytes of a file Yandu can read, or an InputError saying why not. Only a regular
    file is read (a link to one too): a device never ends and a pipe may never answer."""
    name = display_name(path)
    if path.is_dir():
        raise InputError(name, "is a folder, not a file")
    fmt = _format_of(path)  # refuse unsupported files before reading them
    limit = MAX_TEXT_BYTES if fmt in TEXT_FORMATS else MAX_BYTES
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise InputError(name, "not a regular file (a device, a pipe or a socket)")
        with path.open("rb") as file:
            # The size is checked on what is read, not on what stat says: a file may grow.
            data = file.read(limit + 1)
        if len(data) > limit or status.st_size > limit:
            raise InputError(name, "too large ({size} MB; the limit is {limit} MB)",
                             size=-(-max(status.st_size, len(data)) // 2**20),
                             limit=limit // 2**20)
        return data
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as error:
        raise InputError(name, "cannot read it ({why})", why=error.strerror or str(error)) from None


def display_name(path: str | os.PathLike) -> str:
    """A path as text that can be shown and stored: bytes that are not UTF-8 (a file name
    from another system) become �."""
    return os.fsencode(path).decode("utf-8", "replace")


@dataclass
class PreparedFile:
    """A file read, split and analysed away from the library (in a worker process), ready to
    be stored: or the reason it cannot be."""
    name: str
    path: str  # where it is, as stored
    data_hash: str
    size: int
    split: SplitFile | None = None
    error: InputError | None = None
    needs_ocr: bool = False  # a scan or a photo: read where its pages can be followed


def end_with_parent() -> None:
    """Run in each import worker as it starts: the worker ends when the process that started
    it ends, however that ends (a SIGKILL leaves no one to tell the workers to stop, and
    orphaned workers would each keep a dictionary in memory)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)
    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def prepare_file(path: str | os.PathLike) -> PreparedFile:
    """Everything of an import that needs no library: pure, and picklable both ways. A file
    with a page to OCR comes back `needs_ocr`, unread: OCR uses every core for each page, and
    its pages are followed and cancelled from the process that imports."""
    name, resolved = display_name(path), display_name(Path(path).resolve())
    try:
        data = read_limited(Path(path))
    except InputError as error:
        return PreparedFile(name, resolved, "", 0, error=error)
    prepared = PreparedFile(name, resolved, hashlib.sha256(data).hexdigest(), len(data))
    try:
        with watching(cancelled=lambda: True):  # stops before the first page to OCR
            prepared.split = split_bytes(data, name)
        prepared.split.analyse()
    except InputError as error:
        prepared.error = error
    except OcrCancelled:
        prepared.needs_ocr = True
    return prepared


def analyze_bytes(data: bytes, name: str) -> Analysis:
    split_file = split_bytes(data, name)
    return Analysis(file=name, format=split_file.format, encoding=split_file.encoding,
                    page=split_file.page, speeches=list(split_file.speeches()))


@dataclass
class SplitFile:
    """A file read, cleaned and split into speeches, which are analysed one at a time by
    speeches(): a big collection never holds all its analyses at once."""
    format: str
    encoding: str | None
    page: PageMeta
    chunks: list[Chunk]

    analysed: list[Speech] | None = None  # every chunk's analysis, when made ahead (analyse())
    text_keys: list[str] | None = None  # each speech's text_key(), once made (keys())

    def speeches(self, skip: Collection[int] = ()) -> Iterator[Speech]:
        """Each chunk analysed, but those at the positions in `skip`."""
        for position, chunk in enumerate(self.chunks):
            if position not in skip:
                speech = self.analysed[position] if self.analysed is not None \
                    else analyze_chunk(position, chunk)
                yield published_in(speech, self.page, self.format)

    def analyse(self) -> None:
        """Analyse every chunk now (in a worker process), unless the file is so large that its
        analyses would not fit in memory at once: those are made one at a time when stored."""
        if sum(chunk.body_chars for chunk in self.chunks) <= MAX_AHEAD_CHARS:
            self.analysed = [analyze_chunk(position, chunk)
                             for position, chunk in enumerate(self.chunks)]
        self.keys()  # here too: the process that stores the file finds it made

    def texts(self) -> list[str]:
        """Each speech's text, as analysis will have it, before the analysis."""
        return ["\n".join(chunk.paragraphs) for chunk in self.chunks]

    def keys(self) -> list[str]:
        """Each speech's text_key(): which speeches a library holds already, from any file."""
        if self.text_keys is None:
            self.text_keys = [text_key(text) for text in self.texts()]
        return self.text_keys


def split_bytes(data: bytes, name: str, decisions: list[Decision] | None = None) -> SplitFile:
    """`decisions`, when given, receives the lines cleaning took out, with their rules."""
    raw = read(data, name)
    paragraphs, page = clean(raw.text, raw.page, decisions)
    fmt, encoding = raw.format, raw.encoding
    del raw  # the cleaned paragraphs replace its text
    chunks = [chunk for chunk in split(paragraphs) if chunk.paragraphs]
    if not chunks:
        raise InputError(name, "no speech text found once the page furniture is removed")
    longest = max(chunk.body_chars + len(chunk.paragraphs) - 1 for chunk in chunks)  # joined
    if longest > MAX_SPEECH_CHARS:
        raise InputError(name, "a passage of {chars:,} characters with no break between "
                               "speeches (one speech can have up to {limit:,})",
                         chars=longest, limit=MAX_SPEECH_CHARS)
    if len(chunks) == 1:
        # What the page says about itself is about its only speech.
        chunks[0].title = chunks[0].title or page.title
        chunks[0].date = chunks[0].date or page.date
    return SplitFile(fmt, encoding, page, chunks)


def published_in(speech: Speech, page: PageMeta, fmt: str) -> Speech:
    """The speech with where its page says it was published: the page's facts are about each
    speech on it. A Word file's date is the day the file was made, not published; a journal's
    issue gives at least the year."""
    speech.publication = page.publication or page.site
    speech.page = page.page
    speech.url = page.url
    speech.issue = page.issue
    speech.published = (page.published or (page.date if fmt != "docx" else None)
                        or (page.issue[:4] if page.issue else None))
    if page.ocr_pages:
        speech.ocr = True
        speech.uncertain = locate(speech.text, page.uncertain)
    return speech


def analyze_chunk(position: int, chunk: Chunk,
                  decisions: list[Decision] | None = None) -> Speech:
    """`decisions`, when given, receives the decisions the rules took on the way (parts
    opened, sentences and numbers refused)."""
    text = "\n".join(chunk.paragraphs)
    speaker, occasion = parse_title(chunk.title) if chunk.title else (None, None)
    speaker, occasion = chunk.speaker or speaker, chunk.occasion or occasion
    outline = build_outline(text)
    with shared_segmentation():  # one jieba pass for the directives and the index
        mentions = extract(text, outline, decisions)
        search_text = index_text(text)
    return Speech(position=position, text=text, title=chunk.title, speaker=speaker,
                  occasion=occasion, date=chunk.date, outline=outline, mentions=mentions,
                  search_text=search_text, doc_number=own_number(chunk.paragraphs))


def reanalyze_text(text: str) -> Speech:
    """A speech whose text the user changed (split, merged, a passage removed): its outline,
    mentions and index from the text as it is, its fields from its first lines."""
    head = _head(text)
    return analyze_chunk(0, Chunk(title=head.title, date=head.date, paragraphs=[text]))


def text_fields(text: str) -> Speech:
    """What the first lines of a text give (a title line, a date line under it), read
    without changing the text; no outline or mentions."""
    head = _head(text)
    speaker, occasion = parse_title(head.title) if head.title else (None, None)
    return Speech(position=0, text=text, title=head.title, speaker=head.speaker or speaker,
                  occasion=head.occasion or occasion, date=head.date)


def _head(text: str) -> Chunk:
    chunks = split([line for line in text[:2000].split("\n") if line.strip()][:12])
    return chunks[0] if chunks else Chunk()


def read(data: bytes, name: str) -> RawDocument:
    fmt = _format_of(Path(name))
    if not data.strip():
        raise InputError(name, "the file is empty")
    try:
        text, page, fmt, encoding = _read_format(data, name, fmt)
    except (InputError, OcrCancelled):
        raise
    except RecursionError:
        raise InputError(name, "nested too deep to be read") from None
    except Exception as error:  # a damaged file fails a parser in a way of its own
        raise InputError(name, "damaged: it cannot be read as {format} ({kind})",
                         format=fmt, kind=type(error).__name__) from None
    if len(text) > MAX_CHARS:
        raise InputError(name, "too much text for a collection of speeches ({chars:,} characters; "
                               "the limit is {limit:,})", chars=len(text), limit=MAX_CHARS)
    check_chinese(text, name, encoding)
    return RawDocument(text, fmt, encoding, page)


def _read_format(data: bytes, name: str, fmt: str
                 ) -> tuple[str, PageMeta, str, str | None]:
    encoding = None
    page = PageMeta()
    if fmt == "office":
        fmt, data = "docx", to_docx(data, name)
    if fmt == "docx":
        text, page = read_docx(data, name)
    elif fmt == "pdf":
        text, page = read_pdf(data, name)
    elif fmt == "image":
        text, uncertain, pages = read_image_file(data, name)
        page = PageMeta(ocr_pages=pages, uncertain=uncertain)
    elif fmt in READERS:
        text, page = READERS[fmt](data, name)
    else:
        text, encoding = decode_text(data, name)
        if fmt == "html":
            text, page = read_html(text)
    return text, page, fmt, encoding


def _format_of(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        if not path.suffix:
            raise InputError(str(path), "a file without a type (Yandu reads {supported})",
                             supported=supported)
        raise InputError(str(path), "unsupported file type '{suffix}' (Yandu reads {supported})",
                         suffix=path.suffix, supported=supported)
    return fmt
