"""The word lists the rules read, kept as data in resources/lexicon/ so they can grow without
touching code. A list file has `[section]` headers, each followed by words separated by spaces
or line breaks; `#` starts a comment. Each file is read once."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """resources/lexicon/<name>.txt as {section: words, in the file's order}."""
    text = (resources.files("resources") / "lexicon" / f"{name}.txt").read_text("utf-8")
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1].strip(), [])
        elif current is None:
            raise ValueError(f"resources/lexicon/{name}.txt, line {number}: words before the "
                             "first [section]")
        else:
            current.extend(line.split())
    return {section: tuple(dict.fromkeys(words)) for section, words in found.items()}


def words(name: str, section: str) -> tuple[str, ...]:
    return sections(name)[section]


def unit_kinds() -> dict[str, tuple[str, ...]]:
    """The kinds of figures' units (resources/lexicon/units.txt), each with its units."""
    return {kind: units for kind, units in sections("units").items()
            if not kind.startswith(("chinese-", "not-"))}
