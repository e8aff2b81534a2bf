"""Documents: titles in 《…》 and document numbers (国发〔2010〕23号, 302号令, GB/T29315-2012)."""
from __future__ import annotations

import re
from dataclasses import dataclass

DOCUMENT = re.compile(
    r"《[^《》\n]{1,80}》"
    r"|(?P<number>[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*第?\d+\s*号)"
    r"|第?\d+号令"
    r"|(?<![A-Za-z])(?:GB|AQ|JGJ|HG|SY|DL|MT|DB\d{0,6})(?:/T)?\s?\d+(?:\.\d+)*-(?:19|20)\d{2}")
# The issuer's short name before a document number (国发, 皖政办): read back from the bracket,
# since trying it at every character of a speech is the slowest part of finding documents.
ISSUER = re.compile(r"(?:(?:(?![和及与或按根依对])[\u4e00-\u9fff]){0,4}[发函字办])$")
ISSUER_MAX = 5


@dataclass(slots=True)
class Document:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


def find_documents(text: str) -> list[Document]:
    found: list[Document] = []
    for match in DOCUMENT.finditer(text):
        start = match.start()
        if match.group("number"):
            after = found[-1].end if found else 0
            window = max(start - ISSUER_MAX, after)
            issuer = ISSUER.search(text, window, start)
            start = issuer.start() if issuer else start
        found.append(Document(start, match.end(), text[start:match.end()]))
    return found


# A document's own number, on a line of its own near its head (国办发〔2023〕12号): written
# with GB/T 9704's brackets 〔〕 however the page set them.
OWN_NUMBER = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{1,10}[发函字办])\s*[〔［\[【(（]\s*"
                        r"(?P<year>(?:19|20)\d{2})\s*[〕］\]】)）]\s*(?P<number>第?\d+)\s*号")
HEAD_LINES = 6


def own_number(lines: list[str]) -> str | None:
    """The number of the document whose first lines these are, or None."""
    for line in lines[:HEAD_LINES]:
        match = OWN_NUMBER.fullmatch(line.strip())
        if match:
            return f"{match['issuer']}〔{match['year']}〕{match['number']}号"
    return None
