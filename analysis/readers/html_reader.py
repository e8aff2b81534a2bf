"""HTML → text lines. The standard library's HTML parser, streaming: scripts, styles and
navigation dropped, a line break around each block, nothing fetched. No tree is built, so a
page of a million tiny elements takes memory for its text only."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from analysis.model import PageMeta

DROPPED = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
           "canvas", "nav", "header", "footer", "aside", "form", "button", "select", "input",
           "textarea", "head"}
BLOCKS = {"address", "article", "blockquote", "body", "br", "center", "dd", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
          "main", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul"}
# Elements that never hold content, so never close.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}
DATE_META = ("publishdate", "pubdate", "publish_date", "article:published_time", "date",
             "dc.date", "dc.date.issued", "og:published_time")
WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)
TITLE_SEPARATOR = re.compile(r"\s*(?:[-_|–—]|——)\s*")
LINE_BREAKS = re.compile(r"[\r\n]+")


def read_html(text: str) -> tuple[str, PageMeta]:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(reader.parts)), reader.page()


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropped: list[str] = []  # the dropped elements open around the text, innermost last
        self.title: list[str] | None = None  # the <title>'s text while it is open
        self.titles: list[str] = []
        self.site: str | None = None  # og:site_name
        self.date: str | None = None  # the first date the page's meta give
        self.og_title: str | None = None
        self.canonical: str | None = None  # <link rel="canonical">
        self.og_url: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "link" and self.canonical is None:
            self.canonical = _canonical(dict(attrs))
        elif tag == "title" and self.title is None:
            self.title = []
        if tag in DROPPED and tag not in VOID:
            self.dropped.append(tag)
        elif not self.dropped and tag in BLOCKS:
            self.parts.append("\n\n" if tag in VOID else "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            self.titles.append("".join(self.title))
            self.title = None
        if tag in self.dropped:  # closes it and whatever was left open inside it
            del self.dropped[len(self.dropped) - 1 - self.dropped[::-1].index(tag):]
        elif not self.dropped and tag in BLOCKS and tag not in VOID:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
        if not self.dropped:
            # Source newlines inside a paragraph are layout, not text.
            self.parts.append(LINE_BREAKS.sub("", data))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = str(attrs.get("name") or attrs.get("property") or "").lower()
        content = str(attrs.get("content") or "").strip()
        if not content:
            return
        if key == "og:site_name":
            self.site = content
        elif key in DATE_META and self.date is None:
            self.date = content
        elif key == "og:title" and self.og_title is None:
            self.og_title = content
        elif key == "og:url" and self.og_url is None:
            self.og_url = web_address(content)

    def page(self) -> PageMeta:
        page = PageMeta()
        title = self.titles[0].strip() if self.titles else ""
        if title:
            pieces = [p for p in TITLE_SEPARATOR.split(title) if p]
            if len(pieces) > 1:
                page.site = pieces[-1]
            page.title = pieces[0] if pieces else None
        page.site = self.site or page.site
        page.date = self.date
        page.title = page.title or self.og_title
        page.url = self.canonical or self.og_url
        return page


def web_address(text: str) -> str | None:
    """`text` if it is a web address (http or https), else None: a relative link or a
    file path names no place a reader can go."""
    text = text.strip()
    return text if WEB_ADDRESS.fullmatch(text) else None


def _canonical(attrs: dict[str, str | None]) -> str | None:
    if "canonical" not in str(attrs.get("rel") or "").lower().split():
        return None
    return web_address(str(attrs.get("href") or ""))
