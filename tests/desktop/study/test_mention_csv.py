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
    values = [row.data.get("value") for row in model.rows if row.data.get("value") is not None]
    assert len(values) > 10 and values == sorted(values, reverse=True)
    qtbot.waitUntil(lambda: pane.unit_box.findData("人") > 0)  # units are read in the background
    pane.unit_box.setCurrentIndex(pane.unit_box.findData("人"))
    assert model.rows and {row.data.get("unit") for row in model.rows} == {"人"}
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
    values = [row["value (base units)"] for row in rows]
    numbers = [float(value) for value in values if value]
    assert len(numbers) > 1 and numbers == sorted(numbers, reverse=True)
    assert all(values[:len(numbers)])  # placeholders (XX人) have no value: they come last
    assert list(tmp_path.glob("*.csv")) == [target]  # no temporary file left


class Job:
    def cancelled(self):
        return False

    def report(self, *args):
        pass


def test_no_cell_is_a_formula_and_the_file_is_saved_as_usual(qapp, tmp_path):
    import os
    import stat

    from db import MentionRow
    from desktop.study.mention_csv import write_csv
    row = MentionRow(1, 7, '=HYPERLINK("http://example.com","点我")', 0, 3, "-5%",
                     {"value": -0.05, "unit": "%"}, "+下降5%", "@第一部分")
    columns = [("speech", "Speech"), ("section", "Section"), ("text", "Figure"),
               ("context", "Context")]
    before = os.umask(0o022)
    try:
        assert write_csv(str(tmp_path / "f.csv"), columns, "figure", 1, Job(),
                         lambda offset: [row] if offset == 0 else []) == 1
    finally:
        os.umask(before)
    with (tmp_path / "f.csv").open(encoding="utf-8-sig", newline="") as file:
        [header, cells] = list(csv.reader(file))
    assert cells[:4] == ["'" + row.speech_title, "'@第一部分", "'-5%", "'+下降5%"]
    assert cells[4] == "-0.05"  # a number stays a number
    assert stat.S_IMODE((tmp_path / "f.csv").stat().st_mode) == 0o644
