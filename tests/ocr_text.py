"""The character error rate of OCR'd text against its source, for the tests and the benchmark."""
from __future__ import annotations

import unicodedata

from rapidfuzz.distance import Levenshtein


def squeezed(text: str) -> str:
    """Without whitespace, in NFKC: （ and ( are one character read two ways, not an error."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def cer(source: str, read: str) -> float:
    """Edits from the source to the read text, over the source's characters."""
    source, read = squeezed(source), squeezed(read)
    return Levenshtein.distance(source, read) / max(1, len(source))
