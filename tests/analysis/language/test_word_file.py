"""Short texts segmented from the dictionary's file give the words the loaded dictionary gives,
and a search reads its words without loading the dictionary."""
import tempfile

import pytest

from analysis.language import tokens
from db import Library
from tests.speeches import FLOOD, SAFETY


@pytest.fixture
def unloaded(monkeypatch, tmp_path):
    """No dictionary loaded (as at start-up), and the word file written afresh in tmp_path
    from the loaded dictionary, which is returned to compare with."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    loaded = tokens._jieba()
    tokens._word_file.cache_clear()
    assert tokens._word_file() is not None
    tokens._loaded_segmenter.cache_clear()
    yield loaded
    tokens._word_file.cache_clear()
    tokens._loaded_segmenter.cache_clear()


def pieces(text: str, size: int = 30):
    return [text[at:at + size] for at in range(0, len(text), size // 2)]


def test_short_texts_get_the_loaded_dictionarys_words(unloaded, tmp_path):
    texts = [*pieces(SAFETY), *pieces(FLOOD), "发展", "安全隐患排查", "中国家庭", "一岗双责",
             "习近平新时代中国特色社会主义思想", "ABC123安全"]
    light = [(tokens.search_tokens(text), tokens.boundaries(text)) for text in texts]
    assert tokens._loaded_segmenter.cache_info().currsize == 0, "the short texts loaded the dictionary"
    assert [path.name for path in tmp_path.glob("yandu-words-*.sqlite")]
    full = [([(word, start, end) for word, start, end
              in unloaded.tokenize(text, mode="search", HMM=False) if word.isalnum()],
             _boundaries(unloaded, text)) for text in texts]
    assert light == full


def _boundaries(tokenizer, text):
    spans = list(tokenizer.tokenize(text, mode="search", HMM=False))
    return {start for _, start, _ in spans}, {end for _, _, end in spans}


def test_a_long_text_loads_the_dictionary(unloaded):
    tokens.search_tokens(SAFETY * 3)
    assert tokens._loaded_segmenter.cache_info().currsize == 1


def test_a_search_finds_the_same_without_the_dictionary(unloaded, tmp_path):
    with Library(tmp_path / "lib.sqlite") as library:
        for text in (SAFETY, FLOOD):
            library.importer.import_text(text)
        tokens._loaded_segmenter.cache_clear()  # the import loaded it
        found = [library.search.find(query) for query in ("安全", "防汛", "安全生产")]
        assert tokens._loaded_segmenter.cache_info().currsize == 0
        tokens.load_dictionary()
        again = [library.search.find(query) for query in ("安全", "防汛", "安全生产")]
    assert [results.hits for results in found] == [results.hits for results in again]
    assert all(results.hits for results in found)


def test_no_file_where_it_cannot_be_written(monkeypatch, tmp_path, unloaded):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    tokens._word_file.cache_clear()
    assert tokens.search_tokens("安全隐患") == [("安全", 0, 2), ("隐患", 2, 4), ("安全隐患", 0, 4)]
    assert tokens._loaded_segmenter.cache_info().currsize == 1  # the loaded dictionary instead
