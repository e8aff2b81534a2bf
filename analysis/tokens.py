"""jieba with Yandu's user dictionary, loaded on first use (loading takes about half a second)."""
from __future__ import annotations

import io
import logging
import warnings
from functools import cache
from importlib import resources


@cache
def _jieba():
    with warnings.catch_warnings():
        # jieba imports pkg_resources, which newer setuptools flags as deprecated.
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    userdict = (resources.files("resources") / "userdict.txt").read_bytes()
    tokenizer.load_userdict(io.BytesIO(userdict))
    return tokenizer


def words(text: str) -> list[str]:
    """jieba's accurate mode, without new-word guessing."""
    return _jieba().lcut(text, HMM=False)


WORD_SEPARATOR = "\u200b"  # zero-width space: FTS5's unicode61 splits on it, readers never see it


def search_tokens(text: str) -> list[tuple[str, int, int]]:
    """jieba's search mode: every word plus the dictionary words inside it (安全隐患 also gives
    隐患), as (word, start, end). Punctuation and spaces are left out."""
    return [(word, start, end)
            for word, start, end in _jieba().tokenize(text, mode="search", HMM=False)
            if word.isalnum()]


def index_text(text: str) -> str:
    """What goes into the full-text index for `text`: its search tokens, separated. (The same
    tokens as search_tokens(), by jieba's faster call without positions.)"""
    return WORD_SEPARATOR.join(word for word in _jieba().lcut_for_search(text, HMM=False)
                               if word.isalnum())


def boundaries(text: str) -> tuple[set[int], set[int]]:
    """Where search tokens of `text` start and where they end."""
    tokens = _jieba().tokenize(text, mode="search", HMM=False)
    starts, ends = set(), set()
    for _, start, end in tokens:
        starts.add(start)
        ends.add(end)
    return starts, ends
