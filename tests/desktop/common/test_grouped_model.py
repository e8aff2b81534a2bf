"""The two-level tree model the library list and the concordance are built on."""
from PySide6.QtCore import QModelIndex, Qt

from desktop.common.grouped_model import GroupedModel


class Groups(GroupedModel):
    HEADERS = ("Name", "Count")

    def __init__(self, groups):
        super().__init__()
        self.groups = groups

    def top_count(self):
        return len(self.groups)

    def child_count(self, row):
        return len(self.groups[row])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_children_know_their_parent_and_leaves_have_none(qtmodeltester):
    model = Groups([["a", "b"], [], ["c"]])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    child = model.index(1, 1, first)
    assert model.rowCount(first) == 2 and model.rowCount(child) == 0
    assert model.parent(child) == first and model.parent(first) == QModelIndex()
    assert model.index(5, 0) == QModelIndex()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
