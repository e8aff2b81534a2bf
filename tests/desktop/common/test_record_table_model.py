from PySide6.QtCore import Qt

from desktop.common.record_table_model import RecordTableModel


class Records(RecordTableModel):
    HEADERS = ("Word", "Count")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def test_rows_are_set_at_once_and_shown_in_columns(qtmodeltester):
    model = Records()
    model.set_rows([("隐患", 3), ("防汛", 1)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.index(1, 0).data() == "防汛"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Word"
    model.set_rows([])
    assert model.rowCount() == 0
