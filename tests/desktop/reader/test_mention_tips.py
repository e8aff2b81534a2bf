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


def test_a_placeholder_says_it_is_one_and_a_span_of_years_says_duration(windows, tmp_path,
                                                                       monkeypatch):
    from PySide6.QtWidgets import QApplication, QInputDialog
    window = windows.open(tmp_path / "library.sqlite")
    QApplication.clipboard().setText("同志们：\n过去五年，全县新建学校3所。20xx年要抓好落实。\n")
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("讲话", True)))
    window.importing.paste_speech()
    windows.wait_for_job(window)
    tips = {m.text: window.reader.view.tooltip_at(m.start) for m in window.reader.mentions()}
    assert "Date 20xx年: a placeholder, not filled in" in tips["20xx年"], tips
    assert "(duration)" in tips["五年"], tips
    assert "placeholder" not in tips["3所"], tips
