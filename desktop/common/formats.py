"""Dates as the interface language writes them: 2024年12月23日 in Chinese, ISO dates in
English (counts are written by Qt's %Ln: 5,960 字). The locale is the one language.install
set."""
from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QLocale

ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def date_text(value: str | None) -> str:
    """A speech's date (2024-12-23, 2024-12 or 2024) for reading; other text as it is."""
    if not value:
        return ""
    match = ISO_DATE.match(value)
    if not match or not chinese():
        return value
    year, month, day = match.groups()
    text = f"{year}年"
    if month:
        text += f"{int(month)}月"
    if day:
        text += f"{int(day)}日"
    return text


def moment_text(moment: datetime) -> str:
    """A time a file was written: 2024年12月23日 14:05, or 2024-12-23 14:05."""
    clock = moment.strftime("%H:%M")
    return f"{date_text(moment.strftime('%Y-%m-%d'))} {clock}"
