"""Documents: titles in 《…》 and document numbers (国发〔2010〕23号, 302号令, GB/T29315-2012)."""
from __future__ import annotations

import re
from dataclasses import dataclass

DOCUMENT = re.compile(
    r"《[^《》\n]{1,80}》"
    r"|(?:(?:(?![和及与或按根依对])[\u4e00-\u9fff]){0,4}[发函字办])?"
    r"[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*第?\d+\s*号"
    r"|第?\d+号令"
    r"|(?<![A-Za-z])(?:GB|AQ|JGJ|HG|SY|DL|MT|DB\d{0,6})(?:/T)?\s?\d+(?:\.\d+)*-(?:19|20)\d{2}")


@dataclass(slots=True)
class Document:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


def find_documents(text: str) -> list[Document]:
    return [Document(m.start(), m.end(), m.group()) for m in DOCUMENT.finditer(text)]
