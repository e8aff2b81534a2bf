"""Every text a person reads in a widget and its children, for the translation tests."""
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)


def texts(root: QWidget, data: set[QWidget], every_choice: bool = False) -> list[tuple[str, str]]:
    """(where, text) for every text a person reads in `root` and its children (of a list of
    choices the first, or with `every_choice` all)."""
    found = [("window title", root.windowTitle())]
    for action in root.findChildren(QAction):
        if not action.isSeparator():
            found += [("action", action.text()), ("action tip", action.toolTip())]
    for widget in root.findChildren(QWidget):
        if widget in data:
            continue
        found.append((f"{type(widget).__name__} tip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton) and widget.objectName() != "tagChip":
            found.append((type(widget).__name__, widget.text()))
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(("hint", widget.placeholderText()))
        if isinstance(widget, QComboBox) and widget.count():
            shown = range(widget.count()) if every_choice else range(1)
            found += [("choice", widget.itemText(i)) for i in shown]
        if isinstance(widget, QTabWidget):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QDockWidget):
            found.append(("dock", widget.windowTitle()))
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            found += [("column", str(model.headerData(column, Qt.Orientation.Horizontal)))
                      for column in range(model.columnCount(QModelIndex()))]
    return found
