"""References to a speech's source, after GB/T 7714-2015 or in Yandu's plain Chinese form.

Pure text: the library fills `SourceFacts` from a speech's source fields; exports, the print
header and Copy with citation print `reference(facts, style)`.

GB/T 7714-2015 describes each entry by the kind of the source (4.1–4.6) and punctuates Chinese
entries like Latin ones, with half-width ". " ", " ": " "//" (7.2 and every example of the
standard). A field that is missing is left out together with the sign that introduces it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

STYLES = ("gbt7714-2015", "plain")
KINDS = ("newspaper", "journal", "web", "document", "compilation", "speech")


@dataclass(frozen=True)
class SourceFacts:
    authors: tuple[str, ...] = ()  # 主要责任者: the speaker(s), or an issuing body
    title: str = ""  # the speech's or document's title, without 《》
    kind: str = ""  # one of KINDS, or "" to decide from the fields present (kind_of)
    publication: str = ""  # 报纸名 / 期刊名 / 网站名 (人民日报, 求是, 新华网, 某省人民政府网)
    issue: str = ""  # a journal's 年, 卷(期), e.g. "2024(3)"
    page: str = ""  # 版次 of a newspaper ("2"), pages in a journal or compilation ("12-15")
    url: str = ""
    published: str = ""  # ISO date or year: 2020-07-22, 2020-07, 2020
    accessed: str = ""  # ISO date the user got it (the import date)
    doc_number: str = ""  # 文号 of an official document: 国发〔2024〕3号
    container_authors: tuple[str, ...] = ()  # a compilation's editors
    container_title: str = ""  # the compilation's title (习近平谈治国理政: 第四卷)
    place: str = ""  # 出版地 (北京)
    publisher: str = ""  # 出版者 (外文出版社)
    year: str = ""  # 出版年 of the compilation
    # The compilation's own type code, which its parts take (4.2.2): M a book, even one
    # person's collected speeches (马克思恩格斯全集, 习近平谈治国理政); C the papers of a meeting
    # (10.2.4 cites a speech in a 经验交流会's 资料选 as [C]//); G a 汇编 of several authors.
    container_type: str = "M"


def kind_of(facts: SourceFacts) -> str:
    """The kind of source the fields describe, when `facts.kind` does not say."""
    facts = _trimmed(facts)
    publication = facts.publication
    if facts.container_title:
        return "compilation"
    # Before the newspaper: a journal's pages are not a 版次, and a 学报 or a 公报 (国务院公报)
    # comes out in numbered issues.
    if facts.issue or publication.endswith(("学报", "公报")):
        return "journal"
    if (facts.page and publication and not facts.url) or publication.endswith("报"):
        return "newspaper"
    if facts.doc_number:
        return "document"
    if facts.url:
        return "web"
    return "speech"


def reference(facts: SourceFacts, style: str = "gbt7714-2015") -> str:
    """The reference to the source `facts` describe, in `style` (one of STYLES)."""
    if style not in STYLES:
        raise ValueError(f"unknown reference style {style!r}")
    if facts.kind and facts.kind not in KINDS:
        raise ValueError(f"unknown kind of source {facts.kind!r}")
    facts = _trimmed(facts)
    kind = facts.kind or kind_of(facts)
    return _gbt7714(facts, kind) if style == "gbt7714-2015" else _plain(facts, kind)


# GB/T 7714-2015 -------------------------------------------------------------------------------

# Annex B's codes; a speech known only from its own text is 其他 (Z): the standard has no
# code for a speech, and an unpublished one is neither a document [A] nor a report [R].
CODES = {"newspaper": "N", "journal": "J", "web": "EB", "document": "A", "speech": "Z"}
ENDS_SENTENCE = (".", "?", "!", "。", "？", "！")


def _gbt7714(facts: SourceFacts, kind: str) -> str:
    online = bool(facts.url) or kind == "web"
    code = facts.container_type if kind == "compilation" else CODES[kind]
    code += "/OL" if online else ""
    # 8.2.4: a document's number is 其他题名信息, after the title and ": " (as 京政办发[2005]37号
    # in 4.6.2, a standard's or a patent's number in 4.1.2 and 4.5.2).
    title = ": ".join(part for part in (_title(facts.title), facts.doc_number) if part)
    described = f"{title}[{code}]" if title else ""
    parts = [_names(facts.authors, ", ", ", 等"), described]
    if kind == "compilation":
        # 4.2: 析出文献题名[M]//专著主要责任者. 专著题名. 出版地: 出版者, 出版年: 页码.
        host = [_names(facts.container_authors, ", ", ", 等"), facts.container_title]
        host = [part for part in host if part]
        if host and described:
            parts[-1] += "//" + host.pop(0)
        parts += host
    where = _where(facts, kind, online)
    if online and facts.accessed:
        where += f"[{facts.accessed}]"  # 引用日期, for online resources only
    parts += [where, facts.url]
    return _sentences(parts)


def _where(facts: SourceFacts, kind: str, online: bool) -> str:
    """What follows the title: the paper and its day, the journal's issue, the imprint, or the
    date alone."""
    if kind == "newspaper":
        day = facts.published
        if facts.page and _is_day(day):
            day += f"({facts.page})"
        return ", ".join(part for part in (facts.publication, day) if part)
    if kind == "journal":
        issue = ", ".join(part for part in (facts.publication, _issue(facts)) if part)
        return ": ".join(part for part in (issue, facts.page) if part)
    if kind == "compilation" or (kind == "document" and (facts.publisher or facts.place)):
        return _imprint(facts.place, facts.publisher, facts.year, facts.page)
    # 4.6: an online resource's date of publication or update goes in parentheses.
    if online and facts.published:
        return f"({facts.published})"
    return facts.published


def _issue(facts: SourceFacts) -> str:
    """A journal's 年, 卷(期); an issue number alone takes the year of publication."""
    year = _year(facts.published)
    if not facts.issue or re.match(r"\d{4}", facts.issue) or not year:
        return facts.issue or year
    return f"{year}({facts.issue})" if facts.issue.isdigit() else f"{year}, {facts.issue}"


def _imprint(place: str, publisher: str, year: str, pages: str) -> str:
    """出版地: 出版者, 出版年: 页码."""
    imprint = ", ".join(part for part in (": ".join(p for p in (place, publisher) if p), year)
                        if part)
    return ": ".join(part for part in (imprint, pages) if part)


def _sentences(parts: list[str]) -> str:
    """The parts joined by ". " and ended with ".", without doubling a sentence's own end."""
    text = ""
    for part in filter(None, parts):
        if text:
            text += " " if text.endswith(ENDS_SENTENCE) else ". "
        text += part
    return text if not text or text.endswith(ENDS_SENTENCE) else text + "."


# Yandu's plain form ---------------------------------------------------------------------------


def _plain(facts: SourceFacts, kind: str) -> str:
    """《title》（number），speakers，where and when, [address, accessed]: how a Chinese reader
    names a source in running text."""
    title = _title(facts.title).replace("《", "〈").replace("》", "〉")
    title = f"《{title}》" if title else ""
    if facts.doc_number:
        title += f"（{facts.doc_number}）"
    parts = [title, _names(facts.authors, "、", "等")]
    if kind == "newspaper":
        page = f"第{facts.page}版" if facts.page and _is_day(facts.published) else ""
        parts.append(_book(facts.publication) + _chinese_date(facts.published) + page)
    elif kind == "journal":
        parts += [_book(facts.publication) + _chinese_issue(facts), _pages(facts.page)]
    elif kind == "compilation":
        if facts.container_title:
            editors = _names(facts.container_authors, "、", "等")
            parts.append("载" + (f"{editors}编" if editors else "") + _book(facts.container_title))
        parts += [f"{facts.publisher}{facts.year}年版" if facts.year else facts.publisher,
                  _pages(facts.page)]
    else:
        parts.append(facts.publication + _chinese_date(facts.published))
    if facts.url:
        parts.append(facts.url)
        if facts.accessed:
            parts.append(f"{_chinese_date(facts.accessed)}访问")
    return "，".join(part for part in parts if part)


def _book(title: str) -> str:
    """《习近平谈治国理政》第四卷 for "习近平谈治国理政: 第四卷"."""
    name, _, volume = title.partition(": ")
    return f"《{name}》{volume}" if name else ""


def _chinese_issue(facts: SourceFacts) -> str:
    issue = _issue(facts)
    match = re.fullmatch(r"(\d{4})(?:\((\d+)\))?", issue)
    if not match:
        return issue
    return f"{match[1]}年" + (f"第{match[2]}期" if match[2] else "")


def _pages(pages: str) -> str:
    return f"第{pages}页" if pages else ""


def _chinese_date(date: str) -> str:
    """2020年7月22日 for 2020-07-22 (2020年7月, 2020年 for less); anything else as it is."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", date)
    if not match:
        return date
    year, month, day = match.groups()
    return f"{year}年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")


# Shared ---------------------------------------------------------------------------------------


def _trimmed(facts: SourceFacts) -> SourceFacts:
    """The facts without surrounding blanks, and without blank names."""
    def names(given: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(name.strip() for name in given if name.strip())
    texts = {name: value.strip() for name, value in vars(facts).items() if isinstance(value, str)}
    return replace(facts, **texts, authors=names(facts.authors),
                   container_authors=names(facts.container_authors))


def _names(names: tuple[str, ...], separator: str, more: str) -> str:
    """All names up to three; beyond three, the first three and 等 (8.1.2)."""
    if len(names) > 3:
        return separator.join(names[:3]) + more
    return separator.join(names)


def _title(title: str) -> str:
    """The title without 《》 around the whole of it and without a closing full stop or comma;
    《》 inside it, and a closing ? or !, belong to it."""
    if title.startswith("《") and title.endswith("》") and not re.search(r"[《》]", title[1:-1]):
        title = title[1:-1]
    return title.rstrip("。．.，,、；;：: ").strip()


def _is_day(date: str) -> bool:
    return re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", date) is not None


def _year(date: str) -> str:
    match = re.match(r"\d{4}", date)
    return match[0] if match else ""
