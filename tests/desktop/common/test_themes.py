"""Every theme keeps WCAG contrast of at least 4.5 for every colour text is drawn in."""
import itertools

import pytest

from desktop.common.style import ERROR, FOUND, QUIET, WARNING
from desktop.common.themes import DARK_WINDOW, THEMES, Role, contrast, theme
from desktop.reader.reader_view import blend

AA = 4.5


def test_contrast_is_wcags():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#123456", "#123456") == 1


@pytest.mark.parametrize("name", list(THEMES))
def test_text_keeps_its_contrast_on_the_page_and_on_every_fill(name):
    chosen = THEMES[name]
    assert contrast(chosen.ink, chosen.paper) >= AA
    for kind, color in chosen.layers.items():
        if kind != "directive":  # an underline: the words stay in ink
            assert contrast(color, chosen.paper) >= AA, (name, kind)
    fills = [*chosen.highlights.values(), chosen.find, chosen.find_current]
    fills += [blend(list(pair)) for pair in itertools.combinations(chosen.highlights.values(), 2)]
    for fill in fills:  # highlights and find matches draw their words in ink
        assert contrast(chosen.ink, fill) >= AA, (name, fill)


def test_every_theme_has_every_colour_and_an_unknown_name_is_the_light_one():
    light = THEMES["light"]
    for chosen in THEMES.values():
        assert set(chosen.layers) == set(light.layers)
        assert set(chosen.strengths) == set(light.strengths)
        assert set(chosen.highlights) == set(light.highlights)
    assert theme("purple") is light


@pytest.mark.parametrize("pair", [QUIET, WARNING, ERROR, FOUND])
def test_coloured_text_on_the_window_keeps_its_contrast_light_and_dark(pair):
    light, dark = pair
    for ground in ("#ffffff", "#efefef"):  # a light system's lists and panes
        assert contrast(light, ground) >= AA, (light, ground)
    for ground in (DARK_WINDOW[Role.Base], DARK_WINDOW[Role.Window]):
        assert contrast(dark, ground) >= AA, (dark, ground)


def test_the_dark_window_keeps_its_text_readable():
    for text, ground in ((Role.WindowText, Role.Window), (Role.Text, Role.Base),
                         (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
                         (Role.ToolTipText, Role.ToolTipBase), (Role.PlaceholderText, Role.Base)):
        assert contrast(DARK_WINDOW[text], DARK_WINDOW[ground]) >= AA, (text, ground)
