import pytest

from db import Library
from db.sync.folder import FolderTarget
from db.sync.view import LibraryView
from tests.speeches import FLOOD, SAFETY


def user_data(library):
    """Every piece of the library's user data, by stable id: what two synced libraries share."""
    with library.using():
        view = LibraryView(library).export()
    for entry in view["highlights"].values():
        entry.pop("created")  # a time each machine's clock wrote
    return view


SAFETY_WORD, FLOOD_WORD, ECONOMY_WORD = "监管职责", "防汛", "财政收入"


def speech(library, word=SAFETY_WORD):
    """The id of the speech that says `word` (the safety one by default), trash or not."""
    ids = [s.id for s in library.speeches.all()] + [s.id for s in library.speeches.trash()]
    return next(speech_id for speech_id in ids if word in library.speeches.get(speech_id).text)


def highlight(library, speech_id, quote, color="yellow", note="", tags=()):
    text = library.speeches.get(speech_id).text
    start = text.index(quote)
    return library.annotations.add(speech_id, start, start + len(quote), color, note, tags).id


@pytest.fixture
def server(tmp_path):
    """A real WebDAV server (WsgiDAV) on localhost, for this test alone."""
    from tests.db.sync.webdav_server import running_server
    with running_server(tmp_path / "dav") as dav:
        yield dav


@pytest.fixture
def files(tmp_path):
    """The two files both machines imported."""
    folder = tmp_path / "files"
    folder.mkdir()
    for name, text in (("safety.txt", SAFETY), ("flood.txt", FLOOD)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def target(tmp_path):
    folder = tmp_path / "target"
    folder.mkdir()
    return FolderTarget(folder)


@pytest.fixture
def pair(tmp_path, files):
    """Two machines' libraries of the same two files, not synced yet."""
    libraries = []
    for name in ("a", "b"):
        library = Library(tmp_path / f"{name}.sqlite")
        list(library.importer.import_paths([files / "safety.txt", files / "flood.txt"]))
        libraries.append(library)
    yield libraries
    for library in libraries:
        library.close()
