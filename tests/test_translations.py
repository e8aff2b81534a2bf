"""The translations are whole: every string of the code is in the catalogues, translated,
with the same placeholders, and argparse's own strings are there too."""
import argparse
import ast
import inspect
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from babel.messages.pofile import read_po

from tests.conftest import REPO

TRANSLATIONS = REPO / "resources" / "translations"
PLACEHOLDERS = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%L?n|%\([a-z_]+\)[sr]|%[sr]")
LUPDATE = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"


def messages(ts):
    """(context, source, numerus, translation element) of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message.find("source").text, message.get("numerus") == "yes", \
                message.find("translation")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDERS.findall(text))


def forms(translation) -> list[str]:
    found = translation.findall("numerusform")
    return [form.text or "" for form in found] if found else [translation.text or ""]


@pytest.mark.parametrize("language, plurals", [("zh_CN", 1), ("en", 2)])
def test_every_qt_string_is_translated(language, plurals):
    for context, source, numerus, translation in messages(TRANSLATIONS / f"yandu_{language}.ts"):
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"{translation.get('type')}: {where}"
        texts = forms(translation)
        assert all(texts), f"empty translation: {where}"
        if numerus:
            assert len(texts) == plurals, where
        for text in texts:
            assert placeholders(text) == placeholders(source), where
            assert ("&" in text) == ("&" in source), f"keyboard accelerator: {where}"


def test_the_qt_translation_holds_every_string_of_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (REPO / "desktop").rglob("*.py"))
    subprocess.run([sys.executable, "-c", LUPDATE, "-silent", *sources, "-ts", str(fresh)],
                   check=True, cwd=REPO, timeout=300)
    in_code = {(context, source) for context, source, _, _ in messages(fresh)}
    for language in ("zh_CN", "en"):
        shipped = {(context, source)
                   for context, source, numerus, _ in messages(TRANSLATIONS / f"yandu_{language}.ts")
                   if language == "zh_CN" or numerus}
        wanted = in_code if language == "zh_CN" else {
            (context, source) for context, source, numerus, _ in messages(fresh) if numerus}
        assert wanted - shipped == set(), f"run `make update-translations` ({language})"
        assert shipped - wanted == set(), f"strings no longer in the code ({language})"


def catalogue():
    with (TRANSLATIONS / "zh_CN" / "LC_MESSAGES" / "yandu.po").open("rb") as file:
        return read_po(file)


def test_every_gettext_string_is_translated():
    found = catalogue()
    assert found.num_plurals == 1 and not found.fuzzy
    for message in found:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(texts) and not message.fuzzy, f"untranslated: {sources[0]!r}"
        for text in texts:
            assert placeholders(text) == placeholders(sources[-1]), sources[0]


def literal_ids(tree: ast.AST, names: dict[str, int]) -> set[str]:
    """The msgids of calls such as _("…"), ngettext("…", "…", n), InputError(name, "…")."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in names and len(node.args) > names[node.func.id]:
            argument = node.args[names[node.func.id]]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
    return found


def test_the_catalogue_holds_every_sentence_of_the_code_and_of_argparse():
    shipped = {message.id if isinstance(message.id, str) else message.id[0]
               for message in catalogue() if message.id}
    files = [REPO / "desktop" / "common" / "messages.py",
             *(REPO / "desktop" / "cli").glob("*.py"), *(REPO / "analysis").rglob("*.py")]
    wanted = set()
    for path in files:
        wanted |= literal_ids(ast.parse(path.read_text(encoding="utf-8")),
                              {"_": 0, "ngettext": 0, "InputError": 1})
    assert wanted - shipped == set(), "run `make update-translations` and translate"
    from_argparse = literal_ids(ast.parse(inspect.getsource(argparse)), {"_": 0, "ngettext": 0})
    assert from_argparse - shipped == set(), "argparse of this Python has new strings"
