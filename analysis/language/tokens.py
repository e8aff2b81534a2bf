"""jieba's words with Yandu's user dictionary. Segmenting is done by jieba-rs (rjieba): jieba's
own dictionary and algorithm compiled, the same words (see _jieba) a dozen times faster,
loaded in a sixth of a second. jieba itself tags parts of speech, and writes the dictionary's
file from which a short text is segmented before either is loaded (word_file.py)."""
from __future__ import annotations

import hashlib
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


def _user_words() -> list[tuple[str, int | None, str | None]]:
    """Yandu's dictionary, one word a line: word, frequency if given, tag if given. Both
    tokenizers are given it from here, word by word."""
    entries = []
    for line in _userdict().decode().splitlines():
        word, *rest = line.split() or [""]
        if word:
            frequency = int(rest[0]) if rest and rest[0].isdigit() else None
            entries.append((word, frequency, rest[-1] if rest and not rest[-1].isdigit() else None))
    return entries


@cache
def _jieba() -> Any:
    """jieba's own tokenizer (a second to load): the part-of-speech tagger's dictionary, and
    the word file's."""
    tokenizer = _import_jieba().Tokenizer()
    tokenizer.check_initialized()
    for word, frequency, tag in _user_words():
        # A word jieba has already takes its new frequency, as in jieba-rs; jieba would add it
        # to its total without taking the old one off, and a total that differs turns
        # near-ties (还是老样子: 老样子 or 老/样子).
        tokenizer.total -= tokenizer.FREQ.get(word, 0)
        tokenizer.add_word(word, frequency, tag)
    return tokenizer


_loading = threading.Lock()


def _segmenter() -> Any:
    with _loading:  # the user's words are added once, never while another thread segments
        return _loaded_segmenter()


@cache
def _loaded_segmenter() -> Any:
    """rjieba's one instance (importing rjieba loads jieba's dictionary into it), with Yandu's
    words added."""
    import rjieba
    for word, frequency, tag in _user_words():
        rjieba.add_word(word, frequency, tag)
    return rjieba


def load_dictionary() -> None:
    """Load the dictionary now (a background warm-up), not at the first long text."""
    _segmenter()


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


def _search_mode(text: str) -> list[tuple[str, int, int]]:
    """jieba's search mode without new-word guessing, as (word, start, end): from the loaded
    dictionary if there is one, else, for a short text, from the entries of the word file
    that `text` can match."""
    word_file = None if len(text) > SHORT or _loaded_segmenter.cache_info().currsize \
        else _word_file()
    if word_file is None:
        return _segmenter().tokenize(text, "search", False)
    tokenizer = _import_jieba().Tokenizer()
    tokenizer.FREQ, tokenizer.total = word_file.entries(text), word_file.total
    tokenizer.initialized = True
    return list(tokenizer.tokenize(text, mode="search", HMM=False))


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
        return _segmenter().cut(text, False)
    ends = memo.get(text)
    if ends is None:
        found = _segmenter().cut(text, False)
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
INDEX_TOKENS_VERSION = 2


@cache
def index_stamp() -> str:
    """What index_text()'s tokens depend on: the versions of rjieba, which makes them, and of
    jieba, which makes a query's (SHORT), Yandu's user dictionary and index_text's own
    version."""
    # The packages' versions from their metadata: importing jieba took 90 ms, on the UI
    # thread once the window is up. (importlib.metadata: not at start-up either.)
    from importlib.metadata import version
    userdict = hashlib.sha256(_userdict()).hexdigest()[:16]
    return (f"jieba {version('jieba')} rjieba {version('rjieba')} "
            f"userdict {userdict} tokens {INDEX_TOKENS_VERSION}")


WORD_SEPARATOR = "\u200b"  # zero-width space: FTS5's unicode61 splits on it, readers never see it
# One-character function words (particles, conjunctions, prepositions, the copula, a few
# adverbs): the commonest words of any text. The index also holds each one joined to the first
# character of the word that follows it (a common gram, as Lucene's CommonGrams), and a phrase
# asks for the gram: FTS5 tells a phrase's matches apart by reading the places of its words in
# every speech that holds them all, and 的 alone is in every speech, a hundred times.
COMMON_WORDS = frozenset("的地得之了着过和与及并或而是在对为以于把被从向将等也都就")
GRAM_MARK = "\ue000"  # joins a gram: private use, which unicode61 keeps inside a token


def search_tokens(text: str) -> list[tuple[str, int, int]]:
    """jieba's search mode: every word plus the dictionary words inside it (安全隐患 also gives
    隐患), as (word, start, end). Punctuation and spaces are left out."""
    return [(word, start, end) for word, start, end in _search_mode(text) if word.isalnum()]


def gram(word: str, following: str) -> str:
    """The index token of a common word and the word right after it."""
    return word + GRAM_MARK + following[0]


def is_gram(token: str) -> bool:
    return GRAM_MARK in token


def query_tokens(run: list[tuple[str, int, int]]) -> list[str]:
    """The index tokens to ask for a run of words (word, start, end, in order; none inside
    another): each common word that the next word touches as their gram, as index_text()
    indexes it."""
    return [gram(word, run[i + 1][0]) if word in COMMON_WORDS and i + 1 < len(run)
            and run[i + 1][1] == end else word for i, (word, _, end) in enumerate(run)]


def index_text(text: str) -> str:
    """What goes into the full-text index for `text`: its search tokens, separated, and a gram
    after each common word that a word follows (COMMON_WORDS). The search tokens are jieba's
    search mode (lcut_for_search), built from words() of each sentence, so that inside
    shared_segmentation() the sentences the analysis segmented are not segmented again.
    (jieba never joins characters across punctuation or a line break, which is where
    sentences end, so per sentence or all at once gives the same words.)"""
    # Joined a piece at a time: a list of every token of a long speech takes 70 bytes a token.
    joined, before = [], ""
    for piece in _pieces(text):
        if piece.strip():
            tokens, before = _search_words(piece, before)
            if tokens:
                joined.append(tokens)
        elif piece:  # a space between two words: they do not touch
            before = ""
    return WORD_SEPARATOR.join(joined)


def _pieces(text: str) -> Iterator[str]:
    """The sentences of `text` and what lies between them, in order: together, the text."""
    position = 0
    for sentence in split_sentences(text):
        yield text[position:sentence.start]
        yield sentence.text
        position = sentence.end
    yield text[position:]


def _search_words(piece: str, before: str) -> tuple[str, str]:
    """The search tokens of `piece`, joined, and its last word. `before`: the word just
    before the piece, if it touches it."""
    tokens: list[str] = []
    for word in words(piece):
        if before in COMMON_WORDS and word[0].isalnum():
            tokens.append(gram(before, word))
        tokens += _word_tokens(word)
        before = word
    return WORD_SEPARATOR.join(tokens), before


@lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[str, ...]:
    """The dictionary words of two and three characters inside `word`, then `word` itself:
    words recur, so each is looked into once."""
    segmenter = _segmenter()
    found = [inner for size in (2, 3) if len(word) > size
             for inner in (word[i:i + size] for i in range(len(word) - size + 1))
             if segmenter.has_word(inner) and inner.isalnum()]
    return (*found, word) if word.isalnum() else tuple(found)


def boundaries(text: str) -> tuple[set[int], set[int]]:
    """Where search tokens of `text` start and where they end."""
    starts, ends = set(), set()
    for _, start, end in _search_mode(text):
        starts.add(start)
        ends.add(end)
    return starts, ends
