"""What hovering a mention says."""
from tests.desktop.conftest import longest


def test_hover_explains_figures_and_formulas(window):
    window.open_speech(longest(window).id)
    view = window.reader.view
    figure = next(m for m in window.reader.mentions() if m.kind == "figure" and m.data["value"])
    tip = view.tooltip_at(figure.start)
    assert f"Figure {figure.text} = " in tip
    assert f"{figure.data['value']:,.0f}".split(".")[0][:3] in tip.replace(" ", "")
    speeches = window.library.speeches.all()
    for summary in speeches:
        record = window.library.speeches.get(summary.id)
        formulas = [m for m in record.mentions if m.kind == "formula" and m.data.get("expansion")]
        if formulas:
            window.open_speech(summary.id)
            tip = window.reader.view.tooltip_at(formulas[0].start)
            assert formulas[0].data["expansion"] in tip
            break
    else:
        raise AssertionError("no formula with an expansion in the library")
