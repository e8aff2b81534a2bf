"""The reading themes: light, sepia and dark, each with the text, layer and highlight colours
that keep their contrast on its paper (WCAG 2: at least 4.5 for every colour text is drawn in,
on the page and under each highlight fill; tests/desktop/common/test_themes.py measures it).
The dark one darkens the whole window too (`apply_to_application`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.common.style import (
    FIND_COLOR,
    FIND_CURRENT_COLOR,
    HIGHLIGHT_COLORS,
    LAYER_COLORS,
    STRENGTH_COLORS,
)
from desktop.common.translate import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Theme:
    name: str
    label: str  # for QT_TRANSLATE_NOOP("Themes", …)
    paper: str
    ink: str
    layers: dict[str, str] = field(default_factory=dict)  # text colours and underlines
    strengths: dict[str, str] = field(default_factory=dict)  # directive underlines
    highlights: dict[str, str] = field(default_factory=dict)  # fills
    find: str = FIND_COLOR
    find_current: str = FIND_CURRENT_COLOR


THEMES = {theme.name: theme for theme in (
    Theme("light", QT_TRANSLATE_NOOP("Themes", "Light"), "#ffffff", "#212121",
          dict(LAYER_COLORS), dict(STRENGTH_COLORS),
          dict(HIGHLIGHT_COLORS)),
    Theme("sepia", QT_TRANSLATE_NOOP("Themes", "Sepia"), "#f4ecd8", "#3b2f1e",
          {"directive": "#1565c0", "figure": "#b71c1c", "date": "#00695c",
           "formula": "#6a1b9a", "document": "#5d4037"},
          {"prohibit": "#c62828", "must": "#e65100", "should": "#1565c0", "hope": "#2e7d32",
           "task": "#7d6e5b"},
          {"yellow": "#f7e08a", "green": "#c8e6b0", "blue": "#bcdcec", "pink": "#efc4cf",
           "orange": "#f3c99a"}),
    Theme("dark", QT_TRANSLATE_NOOP("Themes", "Dark"), "#1e1e1e", "#e0e0e0",
          {"directive": "#64b5f6", "figure": "#ef9a9a", "date": "#80cbc4",
           "formula": "#ce93d8", "document": "#bcaaa4"},
          {"prohibit": "#ef5350", "must": "#ffa726", "should": "#64b5f6", "hope": "#81c784",
           "task": "#90a4ae"},
          {"yellow": "#574b00", "green": "#1f4d2e", "blue": "#123f57", "pink": "#5c2136",
           "orange": "#5e3500"},
          "#6b4400", "#8a3300"),
)}
DEFAULT_THEME = "light"


def theme(name: str) -> Theme:
    return THEMES.get(name, THEMES[DEFAULT_THEME])


# The window around a dark page: panes a shade lighter than the paper, lists on the paper's own
# colour. Every text colour keeps a contrast of 4.5 on what it is drawn on.
Role, Group = QPalette.ColorRole, QPalette.ColorGroup
DARK_WINDOW = {
    Role.Window: "#2b2b2b", Role.WindowText: "#e0e0e0", Role.Base: "#1e1e1e",
    Role.AlternateBase: "#262626", Role.Text: "#e0e0e0", Role.PlaceholderText: "#9e9e9e",
    Role.Button: "#353535", Role.ButtonText: "#e0e0e0", Role.BrightText: "#ff8a80",
    Role.ToolTipBase: "#3a3a3a", Role.ToolTipText: "#e0e0e0", Role.Highlight: "#2f5f9e",
    Role.HighlightedText: "#ffffff", Role.Link: "#64b5f6", Role.LinkVisited: "#ce93d8",
    Role.Light: "#4a4a4a", Role.Midlight: "#3c3c3c", Role.Mid: "#2f2f2f", Role.Dark: "#1a1a1a",
    Role.Shadow: "#000000"}
DARK_DISABLED = {Role.WindowText: "#7d7d7d", Role.Text: "#7d7d7d", Role.ButtonText: "#7d7d7d",
                 Role.Highlight: "#454545", Role.HighlightedText: "#a0a0a0"}
DARK_STYLE = "Fusion"  # the style that draws every part from the palette, on every platform
_system: tuple[str, QPalette] | None = None  # the style and palette the application started with


def apply_to_application(name: str) -> None:
    """The whole window dark with the dark theme; light and sepia keep the system's look."""
    global _system
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _system is None:
        _system = app.style().name(), QPalette(app.palette())
    style, palette = (DARK_STYLE, dark_palette()) if name == "dark" else _system
    if app.style().name().lower() != style.lower():
        app.setStyle(style)
    if app.palette() != palette:
        app.setPalette(palette)
        for widget in app.allWidgets():
            if widget.styleSheet():  # a widget with a style sheet keeps its old palette
                widget.style().unpolish(widget)
                widget.style().polish(widget)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in DARK_WINDOW.items():
        palette.setColor(role, QColor(color))
    for role, color in DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(color))
    return palette


def contrast(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two #rrggbb colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(color: str) -> float:
    channels = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    red, green, blue = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                        for c in channels)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
