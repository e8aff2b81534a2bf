"""What a write touched: the facts the window refreshes from, made by the write itself after
it committed (never guessed by its caller before it)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Touched:
    rows: frozenset[int] = field(default_factory=frozenset)  # speeches whose fields, text or
    # mentions changed: their rows are shown again, and their text where it is read
    listing: bool = False  # speeches came or went: the list as a whole
    annotations: frozenset[int] = field(default_factory=frozenset)  # speeches whose highlights
    speech_tags: frozenset[int] = field(default_factory=frozenset)  # speeches whose own tags
    tags: bool = False  # tag names or colours
    colors: bool = False  # the names of the highlight colours
    cards: bool = False  # highlights, figures or speeches came or went: cards to make or drop
    review: bool = False  # cards made or answered: how many are due
    everything: bool = False  # the library was replaced (a restore)

    def __or__(self, other: Touched) -> Touched:
        return Touched(self.rows | other.rows, self.listing or other.listing,
                       self.annotations | other.annotations,
                       self.speech_tags | other.speech_tags, self.tags or other.tags,
                       self.colors or other.colors, self.cards or other.cards,
                       self.review or other.review, self.everything or other.everything)

    @property
    def speeches(self) -> frozenset[int]:
        """Every speech named, whatever of it was touched."""
        return self.rows | self.annotations | self.speech_tags


NOTHING = Touched()
REVIEW = Touched(review=True)
EVERYTHING = Touched(listing=True, tags=True, colors=True, cards=True, review=True,
                     everything=True)


class Counted(int):
    """How many things a write did, with what it touched (compares as the number)."""
    touched: Touched

    def __new__(cls, value: int, touched: Touched) -> Counted:
        counted = super().__new__(cls, value)
        counted.touched = touched
        return counted


def touched_by(result: object) -> Touched:
    """What a write touched, read off what it returned."""
    if isinstance(result, Touched):
        return result
    touched = getattr(result, "touched", None)
    if isinstance(touched, Touched):
        return touched
    raise TypeError(f"a write returned {type(result).__name__}, which does not say what it "
                    "touched")
