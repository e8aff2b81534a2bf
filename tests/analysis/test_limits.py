"""What keeps an import bounded: files, texts and single speeches too big to be speeches are
refused at once with their size and the limit (benchmarks/bench_import_memory.py measures
that the accepted ones stay within 600 MB)."""
import pytest

from analysis import InputError, analyze_bytes, pipeline
from analysis.pipeline import read_limited, split_bytes
from tests.speeches import FLOOD, SAFETY

COMPILATION = f"在全镇安全生产工作会议上的讲话\n{SAFETY}\n在全县防汛工作会议上的讲话\n{FLOOD}"


@pytest.mark.parametrize("name, refused", [("page.txt", True), ("page.html", True),
                                           ("page.mht", True), ("scan.pdf", False),
                                           ("report.docx", False)])
def test_text_files_have_a_smaller_byte_limit_than_documents_with_pictures(
        tmp_path, monkeypatch, name, refused):
    monkeypatch.setattr(pipeline, "MAX_TEXT_BYTES", 2**20)
    monkeypatch.setattr(pipeline, "MAX_BYTES", 4 * 2**20)
    path = tmp_path / name
    with open(path, "wb") as big:
        big.truncate(3 * 2**20 - 10)
    if refused:
        with pytest.raises(InputError) as caught:
            read_limited(path)
        assert caught.value.facts == {"size": 3, "limit": 1}
        assert caught.value.reason == "too large (3 MB; the limit is 1 MB)"
    else:
        assert len(read_limited(path)) == 3 * 2**20 - 10


def test_too_much_text_is_refused_with_its_length(monkeypatch):
    text = COMPILATION * 3
    monkeypatch.setattr(pipeline, "MAX_CHARS", len(text) - 1)
    with pytest.raises(InputError) as caught:
        analyze_bytes(text.encode(), "collection.txt")
    assert caught.value.facts == {"chars": len(text), "limit": len(text) - 1}
    monkeypatch.setattr(pipeline, "MAX_CHARS", len(text))
    assert len(analyze_bytes(text.encode(), "collection.txt").speeches) == 6


def test_one_passage_longer_than_a_speech_can_be_is_refused(monkeypatch):
    longest = max(len(speech.text) for speech in analyze_bytes(COMPILATION.encode(),
                                                              "two.txt").speeches)
    monkeypatch.setattr(pipeline, "MAX_SPEECH_CHARS", longest)
    assert len(analyze_bytes(COMPILATION.encode(), "two.txt").speeches) == 2
    monkeypatch.setattr(pipeline, "MAX_SPEECH_CHARS", longest - 1)
    with pytest.raises(InputError) as caught:
        analyze_bytes(COMPILATION.encode(), "two.txt")
    assert caught.value.facts == {"chars": longest, "limit": longest - 1}
    assert caught.value.reason.startswith(f"a passage of {longest:,} characters")


def test_speeches_are_analysed_one_at_a_time(monkeypatch):
    analysed = []
    real = pipeline.analyze_chunk
    monkeypatch.setattr(pipeline, "analyze_chunk",
                        lambda position, chunk: analysed.append(position) or real(position, chunk))
    speeches = split_bytes(COMPILATION.encode(), "two.txt").speeches()
    assert analysed == []
    first = next(speeches)
    assert analysed == [0] and first.title == "在全镇安全生产工作会议上的讲话"
    assert next(speeches).position == 1 and analysed == [0, 1]
