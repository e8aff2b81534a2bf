"""The gettext catalogue of the sentences made without Qt: desktop/common/messages.py, the
command line, and argparse's own help and error lines. Compiled from
resources/translations/<lang>/LC_MESSAGES/yandu.po by the build; English needs none."""
from __future__ import annotations

import gettext
import os

from resources import translations_folder

DOMAIN = "yandu"
_current: gettext.NullTranslations = gettext.NullTranslations()


def environment_language() -> str:
    """The language the environment asks for, read as gettext reads it: "C" when none."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.split(":")[0]
    return "C"


def use(language: str) -> None:
    """Make sentences in `language` ("zh_CN", "en", "C", "zh_CN.UTF-8") from now on; English
    when there is no catalogue for it."""
    global _current
    folder = str(translations_folder())
    _current = gettext.translation(DOMAIN, folder, languages=[language], fallback=True)
    # argparse's own strings ("usage: ") go through gettext.gettext, which reads the
    # environment as environment_language() does, in this catalogue.
    gettext.bindtextdomain(DOMAIN, folder)
    gettext.textdomain(DOMAIN)


def _(message: str) -> str:
    return _current.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _current.ngettext(singular, plural, count)
