"""The legend of the automatic layers is also their switch."""
from tests.desktop.conftest import longest


def test_layers_toggle_and_are_remembered(windows, window, chinese_font):
    """The margin marks are found among the lines laid out: that needs glyphs."""
    window.open_speech(longest(window).id)
    view = window.reader.view
    counts = {kind: sum(m.kind == kind for m in window.reader.mentions()) for kind in
              ("directive", "figure", "date", "formula", "document")}
    assert counts["directive"] > 10 and counts["figure"] > 10
    # A directive is drawn by its modal word; a task without one by its margin mark alone.
    modal = sum(m.kind == "directive" and bool(m.data.get("marker"))
                for m in window.reader.mentions())
    drawn = len(view.extraSelections())
    assert drawn == sum(counts.values()) - counts["directive"] + modal
    assert len(view.directive_marks()) > 0
    window.reader.layer_actions()["figure"].trigger()
    assert len(view.extraSelections()) == drawn - counts["figure"]
    window.reader.layer_actions()["directive"].trigger()
    assert len(view.extraSelections()) == drawn - counts["figure"] - modal
    assert view.directive_marks() == []
    assert all(s.format.underlineStyle() == s.format.UnderlineStyle.NoUnderline
               for s in view.extraSelections())
    db = window.library.path
    windows.close(window)
    again = windows.open(db)
    assert not again.reader.layer_actions()["figure"].isChecked()
    assert again.reader.layer_actions()["date"].isChecked()


def test_switches_show_their_samples_alone_where_their_names_do_not_fit(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLayout

    from desktop.reader.layer_legend import LayerLegend
    legend = LayerLegend()
    qtbot.addWidget(legend)
    # alone on the screen it could not be narrower than its layout; in the window it can
    legend.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    legend.resize(legend._full_width + 10, 30)
    legend.show()
    assert {b.toolButtonStyle() for b in legend.buttons} == {
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon}
    legend.resize(legend._full_width // 2, 30)
    qtbot.waitUntil(lambda: {b.toolButtonStyle() for b in legend.buttons} == {
        Qt.ToolButtonStyle.ToolButtonIconOnly})
    assert all(b.defaultAction().toolTip() for b in legend.buttons)  # named on hover


def test_the_samples_are_drawn_in_the_colours_of_the_reading_theme(qtbot):
    from desktop.common.themes import THEMES
    from desktop.reader.layer_legend import LayerLegend
    legend = LayerLegend()
    qtbot.addWidget(legend)
    for chosen in (THEMES["dark"], THEMES["light"]):
        legend.set_theme(chosen)
        figure = legend.switches["figure"].icon().pixmap(18, 14).toImage()
        assert figure.pixelColor(9, 7).name() == chosen.layers["figure"]
        for strength, sample in legend.samples.items():
            assert f"color: {chosen.strengths[strength]};" in sample.styleSheet()
