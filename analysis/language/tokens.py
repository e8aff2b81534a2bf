"""jieba with Yandu's user dictionary, loaded on first use (loading takes about half a
second); a short text before then is segmented from the dictionary's file (word_file.py)."""
from __future__ import annotations

import hashlib
import io
import logging
import sqlite3
import threading
import warnings
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, chain
from typing import Any

from analysis.language.sentences import split_sentences
from analysis.language.word_file import WordFile, file_path, write


def _import_jieba() -> Any:
    with warnings.catch_warnings():
        # jieba imports pkg_resources, which newer setuptools flags as deprecated.
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)
    return jieba


@cache
def _userdict() -> bytes:
    return (resources.files("resources") / "userdict.txt").read_bytes()


@cache
def _jieba() -> Any:
    tokenizer = _import_jieba().Tokenizer()
    tokenizer.load_userdict(io.BytesIO(_userdict()))
    return tokenizer


def load_dictionary() -> None:
    """Load the whole dictionary now (a background warm-up), not at the first long text."""
    _jieba()


SHORT = 200  # characters: a text this short is segmented from the word file, if the
# dictionary is not loaded yet (a query, the characters around a hit)


@cache
def _word_file() -> WordFile | None:
    """The dictionary as a file (written from the loaded dictionary if missing), or None
    where it cannot be written."""
    path = file_path(_import_jieba(), _userdict())
    try:
        if not path.exists():
            tokenizer = _jieba()
            write(path, tokenizer.FREQ, tokenizer.total)
        return WordFile(path)
    except (OSError, sqlite3.Error):
        return None


def _for_short(text: str) -> Any:
    """A tokenizer for `text`: the loaded dictionary if there is one, else one that holds only
    the entries of the word file that `text` can match."""
    if len(text) > SHORT or _jieba.cache_info().currsize:
        return _jieba()
    word_file = _word_file()
    if word_file is None:
        return _jieba()
    tokenizer = _import_jieba().Tokenizer()
    tokenizer.FREQ, tokenizer.total = word_file.entries(text), word_file.total
    tokenizer.initialized = True
    return tokenizer


@cache
def _tagger() -> Any:
    import jieba.posseg
    return jieba.posseg.POSTokenizer(_jieba())


def first_word(text: str, guess: bool = False) -> tuple[str, str | None]:
    """The first word of a text and jieba's part of speech for it (v verb, n noun, nr person,
    ns place, r pronoun, t time…), read from its first characters only. With guess, jieba
    finds words its dictionary lacks, such as most people's names (刘捷, 施小琳)."""
    for pair in _tagger().lcut(text[:10], HMM=guess):
        return pair.word, pair.flag
    return "", None


def first_tag(text: str) -> str | None:
    return first_word(text)[1]


_shared = threading.local()


def words(text: str) -> list[str]:
    """jieba's accurate mode, without new-word guessing."""
    memo = getattr(_shared, "memo", None)
    if memo is None:
        return _jieba().lcut(text, HMM=False)
    ends = memo.get(text)
    if ends is None:
        found = _jieba().lcut(text, HMM=False)
        # Word ends, not the words: a long speech's words as strings take 40 bytes a character.
        memo[text] = array("I", accumulate(len(word) for word in found))
        return found
    return [text[start:end] for start, end in zip(chain((0,), ends), ends, strict=False)]


@contextmanager
def shared_segmentation() -> Iterator[None]:
    """Within this block (on this thread), words() segments each text once: the analysis of
    one speech and its search index share one jieba pass."""
    _shared.memo = {}
    try:
        yield
    finally:
        _shared.memo = None


# Bump when index_text() makes other tokens for the same text: libraries then build their
# search index anew (db/index.py).
INDEX_TOKENS_VERSION = 1


@cache
def index_stamp() -> str:
    """What index_text()'s tokens depend on: jieba's version, Yandu's user dictionary and
    index_text's own version."""
    userdict = hashlib.sha256(_userdict()).hexdigest()[:16]
    return f"jieba {_import_jieba().__version__} userdict {userdict} tokens {INDEX_TOKENS_VERSION}"


WORD_SEPARATOR = "\u200b"  # zero-width space: FTS5's unicode61 splits on it, readers never see it


def search_tokens(text: str) -> list[tuple[str, int, int]]:
    """jieba's search mode: every word plus the dictionary words inside it (安全隐患 also gives
    隐患), as (word, start, end). Punctuation and spaces are left out."""
    return [(word, start, end)
            for word, start, end in _for_short(text).tokenize(text, mode="search", HMM=False)
            if word.isalnum()]


def index_text(text: str) -> str:
    """What goes into the full-text index for `text`: its search tokens, separated. The same
    tokens as jieba's search mode (lcut_for_search), built from words() of each sentence, so
    that inside shared_segmentation() the sentences the analysis segmented are not segmented
    again. (jieba never joins characters across punctuation or a line break, which is where
    sentences end, so per sentence or all at once gives the same words.)"""
    # Joined a piece at a time: a list of every token of a long speech takes 70 bytes a token.
    return WORD_SEPARATOR.join(joined for piece in _pieces(text)
                               if (joined := _search_words(piece)))


def _pieces(text: str) -> Iterator[str]:
    """The sentences of `text` and what lies between them."""
    position = 0
    for sentence in split_sentences(text):
        yield text[position:sentence.start]
        yield sentence.text
        position = sentence.end
    yield text[position:]


def _search_words(piece: str) -> str:
    """The search tokens of `piece`, joined."""
    if not piece.strip():
        return ""
    return WORD_SEPARATOR.join(chain.from_iterable(map(_word_tokens, words(piece))))


@lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[str, ...]:
    """The dictionary words of two and three characters inside `word`, then `word` itself:
    words recur, so each is looked into once."""
    tokenizer = _jieba()
    found = [gram for size in (2, 3) if len(word) > size
             for gram in (word[i:i + size] for i in range(len(word) - size + 1))
             if tokenizer.FREQ.get(gram) and gram.isalnum()]
    return (*found, word) if word.isalnum() else tuple(found)


def boundaries(text: str) -> tuple[set[int], set[int]]:
    """Where search tokens of `text` start and where they end."""
    tokens = _for_short(text).tokenize(text, mode="search", HMM=False)
    starts, ends = set(), set()
    for _, start, end in tokens:
        starts.add(start)
        ends.add(end)
    return starts, ends
