"""Web pages saved as one file (.mht, .mhtml: MIME multipart): the page's HTML part, decoded
with the charset its part declares."""
from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from analysis.errors import InputError
from analysis.model import PageMeta
from analysis.readers.decode import decode_text
from analysis.readers.html_reader import read_html, web_address


def read_mht(data: bytes, name: str) -> tuple[str, PageMeta]:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    if not message.is_multipart() and "content-type" not in message:
        raise InputError(name, "not a saved web page (no HTML or text part in this .mht file)")
    parts = [part for part in message.walk() if not part.is_multipart()]
    for wanted in ("text/html", "text/plain"):
        for part in parts:
            if part.get_content_type() == wanted:
                payload = part.get_payload(decode=True)
                if not isinstance(payload, bytes):
                    continue
                try:  # the charset the part declares, if the bytes agree with it
                    content = payload.decode(part.get_content_charset() or "", errors="strict")
                except (LookupError, UnicodeDecodeError):  # an unknown or lying charset
                    content, _ = decode_text(payload, name)
                text, page = (read_html(content) if wanted == "text/html"
                              else (content, PageMeta()))
                page.url = page.url or _location(message, part)
                return text, page
    raise InputError(name, "not a saved web page (no HTML or text part in this .mht file)")


def _location(message: EmailMessage, part: EmailMessage) -> str | None:
    """The address the page was saved from: Chrome writes it in the file's header, Internet
    Explorer and Word on the page's part."""
    for headers, name in ((message, "Snapshot-Content-Location"), (part, "Content-Location"),
                          (message, "Content-Location")):
        address = web_address(str(headers.get(name) or ""))
        if address:
            return address
    return None
