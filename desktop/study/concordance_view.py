"""A concordance tree over a SearchModel: speech rows spanning the width, hits under them in
three columns with the matches lined up in the middle."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from db import SearchGroup
from desktop.study.search_model import LEFT, MATCH, RIGHT, SearchModel


class ConcordanceView(QTreeView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.concordance = SearchModel(self)
        self.setModel(self.concordance)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RIGHT, QHeaderView.ResizeMode.Stretch)

    def show_groups(self, groups: list[SearchGroup], append: bool = False) -> None:
        first = len(self.concordance.groups) if append else 0
        if append:
            self.concordance.add_groups(groups)
        else:
            self.concordance.set_groups(groups)
        for row in range(first, len(self.concordance.groups)):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
            self.expand(self.concordance.index(row, 0))
