"""The same text, whatever file it came in: a speech saved again in another encoding, format
or under another name reads the same once cleaned, but its line breaks, spaces, full-width
forms and quotation marks may differ. Its key is the digest of its letters and digits alone."""
from __future__ import annotations

import hashlib
import unicodedata


def text_key(text: str) -> str:
    """A digest of `text`'s letters and digits in NFKC form, in order."""
    kept = "".join(ch for ch in unicodedata.normalize("NFKC", text)
                   if unicodedata.category(ch)[0] in "LN")
    return hashlib.sha256(kept.encode()).hexdigest()
