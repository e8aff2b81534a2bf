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
    return _jieba().lcut(text, HMM=False)
