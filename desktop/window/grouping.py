"""The study group in the window: the other members' highlights drawn in the reader, shown or
hidden per member (View ▸ Group members), copied into the user's own (an undoable edit), and
Tools ▸ Study group… to publish and pull."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu

from db import Library
from desktop.common.style import swatch
from desktop.common.undo import EditCommand, UndoStack
from desktop.common.writes import Writes
from desktop.reader.reader_pane import ReaderPane
from desktop.reader.reader_view import member_color


class Grouping(QObject):
    def __init__(self, library: Library, writes: Writes, undo_stack: UndoStack,
                 reader: ReaderPane, settings: QSettings, window: QMainWindow):
        super().__init__(window)
        self.library, self.writes, self.undo_stack = library, writes, undo_stack
        self.reader, self.settings, self.window = reader, settings, window
        self.members_menu = QMenu(window)
        self.members_menu.aboutToShow.connect(self._fill_members)
        reader.group_copy_requested.connect(self.copy)

    def use_members_action(self, action: QAction) -> None:
        """View ▸ Group members: a submenu of the members, each shown or hidden."""
        action.setMenu(self.members_menu)

    def show_marks(self, speech_id: int | None) -> None:
        marks = self.library.group.highlights(speech_id) if speech_id is not None else []
        self.reader.set_group(marks)

    @Slot(int)
    def copy(self, group_highlight_id: int) -> None:
        speech_id = self.reader.speech_id
        self.undo_stack.push_change(EditCommand(
            self.tr("Copy to my highlights"), self.library, self.writes,
            lambda: self.library.group.copy_to_mine(group_highlight_id), speech_id, None))

    @Slot()
    def open_dialog(self) -> None:
        from desktop.dialogs.group_dialog import GroupDialog  # with sync's modules, on use
        GroupDialog(self.library, self.writes, self.settings, self.window).exec()

    def _fill_members(self) -> None:
        self.members_menu.clear()
        members = self.library.group.members()
        if not members:
            none = self.members_menu.addAction(self.tr("No other members yet: Tools ▸ Study "
                                                       "group…"))
            none.setEnabled(False)
        for member in members:
            action = self.members_menu.addAction(
                QIcon(swatch(member_color(member.id), 12)),
                self.tr("{name} (%n highlight(s))", "", member.highlights).format(
                    name=member.name))
            action.setCheckable(True)
            action.setChecked(member.shown)
            action.toggled.connect(partial(self._set_shown, member.id))

    def _set_shown(self, member_id: str, shown: bool) -> None:
        self.writes.run(lambda: self.library.group.set_member_shown(member_id, shown))
