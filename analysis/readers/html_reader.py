"""HTML → text lines. A real parser; scripts, styles and navigation dropped; nothing fetched."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from analysis.model import PageMeta

DROPPED = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
           "canvas", "nav", "header", "footer", "aside", "form", "button", "select", "input",
           "textarea", "head"]
BLOCKS = {"address", "article", "blockquote", "body", "br", "center", "dd", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
          "main", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul"}
DATE_META = ("publishdate", "pubdate", "publish_date", "article:published_time", "date",
             "dc.date", "dc.date.issued", "og:published_time")
TITLE_SEPARATOR = re.compile(r"\s*(?:[-_|–—]|——)\s*")


def read_html(text: str) -> tuple[str, PageMeta]:
    soup = BeautifulSoup(text, "html.parser")
    page = _page_meta(soup)
    for tag in soup.find_all(DROPPED):
        tag.decompose()
    parts: list[str] = []
    _walk(soup, parts)
    lines = "".join(parts)
    return re.sub(r"\n{3,}", "\n\n", lines), page


def _walk(root: Tag, out: list[str]) -> None:
    """The text of `root`, a newline around each block. A loop with its own stack rather than
    recursion: pages nested thousands deep must not exhaust Python's stack."""
    stack = [(iter(root.children), False)]
    while stack:
        children, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if block:
                out.append("\n")
        elif isinstance(child, Tag):
            opens_block = child.name in BLOCKS
            if opens_block:
                out.append("\n")
            stack.append((iter(child.children), opens_block))
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            # Source newlines inside a paragraph are layout, not text.
            out.append(re.sub(r"[\r\n]+", "", str(child)))


def _page_meta(soup: BeautifulSoup) -> PageMeta:
    page = PageMeta()
    if soup.title and soup.title.string:
        title = soup.title.string.strip()
        pieces = [p for p in TITLE_SEPARATOR.split(title) if p]
        if len(pieces) > 1:
            page.site = pieces[-1]
        page.title = pieces[0] if pieces else None
    for meta in soup.find_all("meta"):
        key = str(meta.get("name") or meta.get("property") or "").lower()
        content = str(meta.get("content") or "").strip()
        if not content:
            continue
        if key == "og:site_name":
            page.site = content
        elif key in DATE_META and page.date is None:
            page.date = content
        elif key == "og:title" and page.title is None:
            page.title = content
    return page
