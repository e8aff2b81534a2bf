from analysis import InputError, analyze_bytes
from tests.documents import epub
from tests.speeches import FLOOD, SAFETY


def test_chapters_are_read_in_spine_order():
    analysis = analyze_bytes(epub("讲话选编", [SAFETY, FLOOD]), "选编.epub")
    assert analysis.format == "epub"
    text = "\n".join(speech.text for speech in analysis.speeches)
    assert text.index(SAFETY.split("\n")[1]) < text.index(FLOOD.split("\n")[1])


def test_an_archive_without_a_package_is_refused():
    import io
    import zipfile

    import pytest
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    with pytest.raises(InputError, match="no package document"):
        analyze_bytes(buffer.getvalue(), "空.epub")
    with pytest.raises(InputError, match="not an EPUB"):
        analyze_bytes(b"plain text, not a zip" * 20, "假.epub")
