import pytest

from analysis.language import lexicon
from analysis.layers.directives import IMPERATIVE, PROHIBIT
from analysis.layers.figures import KIND_OF_UNIT


def test_the_word_lists_are_read_from_resources():
    assert "严禁" in lexicon.words("directives", "prohibit") == PROHIBIT
    assert "加强" in IMPERATIVE
    assert KIND_OF_UNIT["个百分点"] == "percent" and KIND_OF_UNIT["人次"] == "people"
    assert "只看大图" in lexicon.words("furniture", "navigation")


def test_every_list_file_has_named_sections_without_repeats():
    for name in ("directives", "units", "furniture"):
        sections = lexicon.sections(name)
        assert sections and all(words for words in sections.values()), name
        for words in sections.values():
            assert len(words) == len(set(words))


def test_a_file_with_words_before_a_section_is_refused(monkeypatch, tmp_path):
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "broken.txt").write_text("严禁\n[prohibit]\n禁止\n", encoding="utf-8")
    monkeypatch.setattr(lexicon.resources, "files", lambda package: tmp_path)
    lexicon.sections.cache_clear()
    try:
        with pytest.raises(ValueError, match="line 1"):
            lexicon.sections("broken")
    finally:
        lexicon.sections.cache_clear()
