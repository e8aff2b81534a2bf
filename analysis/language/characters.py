"""Characters no text of Yandu's holds: the controls that XML, and so Word, cannot hold (all of
C0 but tab and line breaks, and DEL), lone surrogates and noncharacters (U+FFFE…), and the
bidirectional controls that can make a line read otherwise than it is stored (U+202E…).
They are taken out of what comes in (speech text, notes, tags, imported highlights) and of
what goes out (every export)."""
from __future__ import annotations

import re

UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"


def safe(text: str) -> str:
    """`text` without the characters above."""
    return UNSAFE.sub("", text)


def safe_in_place(text: str) -> str:
    """`text` with each of those characters replaced by �: the same length, so offsets into
    it still hold."""
    return UNSAFE.sub(REPLACEMENT, text)
