"""The directives or figures table written as CSV."""
import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


def test_figures_sort_by_value_filter_by_unit_and_export_csv(qtbot, window, tmp_path,
                                                              monkeypatch):
    window.action["figures"].trigger()
    pane = window.study.figures
    model = pane.model
    value_column = [key for key, _ in model.columns].index("value")
    pane.view.sortByColumn(value_column, Qt.SortOrder.DescendingOrder)
    values = [row.data["value"] for row in model.rows if row.data["value"] is not None]
    assert len(values) > 10 and values == sorted(values, reverse=True)
    qtbot.waitUntil(lambda: pane.unit_box.findData("人") > 0)  # units are read in the background
    pane.unit_box.setCurrentIndex(pane.unit_box.findData("人"))
    assert model.rows and {row.data["unit"] for row in model.rows} == {"人"}
    assert all("【" in row.context for row in model.rows)
    target = tmp_path / "figures.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "CSV (*.csv)")))
    pane.export_button.click()
    qtbot.waitUntil(lambda: pane.export_job is not None and pane.export_job.done, timeout=20000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    expected = window.library.study.mention_count("figure", pane.where())
    assert len(rows) == expected and {row["Unit"] for row in rows} == {"人"}
    assert float(rows[0]["value (base units)"]) >= float(rows[-1]["value (base units)"])
    assert list(tmp_path.glob("*.csv")) == [target]  # no temporary file left
