"""The same text, whatever file it came in: a speech saved again in another encoding, format
or under another name reads the same once cleaned, but its line breaks, spaces, full-width
forms and quotation marks may differ. Its key is the digest of its letters and digits alone."""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Neither a letter nor a number (Unicode categories L and N): what \w leaves out, and _.
NOT_LETTER_OR_NUMBER = re.compile(r"[\W_]+")


def text_key(text: str) -> str:
    """A digest of `text`'s letters and digits in NFKC form, in order."""
    kept = NOT_LETTER_OR_NUMBER.sub("", unicodedata.normalize("NFKC", text))
    return hashlib.sha256(kept.encode()).hexdigest()
