"""The reader pane offers what the window needs: show a speech, place, select, zoom, find."""
from desktop.common.style import DEFAULT_FONT_SIZE, FONT_SIZES
from desktop.reader.reader_pane import ReaderPane
from tests.desktop.conftest import longest


def test_a_speech_is_shown_with_its_details_and_highlights(qtbot, texts_library):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    summary = longest(texts_library)
    record = texts_library.speeches.get(summary.id)
    made = texts_library.annotations.add(summary.id, 10, 20, "blue")
    pane.show_speech(record, texts_library.annotations.of_speech(summary.id))
    assert (pane.speech_id, pane.text()) == (summary.id, record.text)
    assert pane.title.text() == summary.title and f"{summary.chars:,} characters" in pane.details.text()
    assert pane.annotations() == [made] and pane.annotation_at(15) == made
    assert pane.mentions() == record.mentions
    pane.show_speech(None)
    assert pane.speech_id is None and pane.text() == "" and not pane.tags.isEnabled()


def test_place_selection_and_zoom(qtbot, texts_library):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    summary = longest(texts_library)
    pane.show_speech(texts_library.speeches.get(summary.id))
    pane.select(30, 40)
    assert pane.selection() == (30, 40)
    pane.clear_selection()
    assert pane.selection() is None
    pane.scroll_to(len(pane.text()) // 2)
    assert pane.top_offset() > 0
    low, high = FONT_SIZES
    assert pane.zoom(1) == DEFAULT_FONT_SIZE + 1 and pane.zoom(0) == DEFAULT_FONT_SIZE
    pane.set_font_size(high)
    assert pane.zoom(1) == high


def test_layers_can_be_hidden_and_the_pane_says_so(qtbot):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    told = []
    pane.layers_changed.connect(told.append)
    pane.set_hidden_layers({"figure"})
    assert pane.hidden_layers() == {"figure"} and "figure" not in told[-1]
    assert set(pane.layer_actions()) >= {"directive", "figure", "highlight"}


def test_the_pane_says_when_no_chinese_font_is_installed(qtbot, monkeypatch):
    from desktop.common import style
    pane = ReaderPane()
    qtbot.addWidget(pane)
    assert pane.font_warning.isHidden() == style.chinese_font_installed()
    monkeypatch.setattr(style, "chinese_font_installed", lambda: False)
    bare = ReaderPane()
    qtbot.addWidget(bare)
    assert not bare.font_warning.isHidden() and "fonts-noto-cjk" in bare.font_warning.text()
