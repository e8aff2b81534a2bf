"""The window's undo stack. Each command is one undoable write of the library (db/edits.py):
its first run makes the Edit, and every undo or redo after asks the library to take the last
Edit back, which gives the Edit that takes that back. A write that fails changes nothing: a
command that fails the first time is dropped from the stack, and the stack stays where the
library is when an undo or a redo fails."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from db import Action, Edit, Library
from desktop.common.translate import translate
from desktop.common.writes import Writes

NOTE_TYPING = 1  # commands with this id merge while the user types one note


class Outcome:
    """How a command's first run went, readable after the stack dropped (deleted) it."""
    saved = False
    result: object = None


class EditCommand(QUndoCommand):
    def __init__(self, text: str, library: Library, writes: Writes, write: Callable[[], Edit],
                 focus: int | None = None, origin: object | None = None):
        super().__init__(text)
        self.library, self.writes, self.write = library, writes, write
        self.focus, self.origin = focus, origin
        self.edit: Edit | None = None  # what the last run did; its undo takes that back
        self.applied = False  # whether the library holds the change now
        self.outcome = Outcome()

    def redo(self) -> None:
        if self.applied:  # an undo that failed: the change is still there
            return
        first = self.edit is None
        write = self.write if first else self._take_back
        title = translate("EditCommand", "Not saved") if first \
            else translate("EditCommand", "Not redone")
        edit = self.writes.run(write, focus=self.focus, origin=self.origin, title=title)
        if edit is None:
            if first:
                self.setObsolete(True)
            return
        if first:
            self.outcome.saved, self.outcome.result = True, edit.result
        self.edit, self.applied = edit, True

    def undo(self) -> None:
        if not self.applied:  # a redo that failed: nothing to take back
            return
        edit = self.writes.run(self._take_back, focus=self.focus,
                               title=translate("EditCommand", "Not undone"))
        if edit is not None:
            self.edit, self.applied = edit, False

    def _take_back(self) -> Edit:
        assert self.edit is not None
        return self.library.edits.undo(self.edit)

    # A note typed in several saves is one step of undo.

    def id(self) -> int:
        return NOTE_TYPING if self._typing() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Keep this command's edit (whose undo gives the note before the typing began)."""
        return (isinstance(other, EditCommand) and self.applied and other.applied
                and self._typing() is not None and self._typing() == other._typing())

    def _typing(self) -> int | None:
        """The highlight whose note this command changed, and nothing else."""
        edit = self.edit
        if edit is None or edit.action != Action.HIGHLIGHT_CHANGED:
            return None
        return edit.data["id"] if set(edit.data["before"]) == {"note"} else None


class UndoStack(QUndoStack):
    def bind(self, undo: QAction, redo: QAction) -> None:
        """The window's Undo and Redo actions: enabled and named after what they would do."""
        undo.setEnabled(self.canUndo())
        redo.setEnabled(self.canRedo())
        self.canUndoChanged.connect(undo.setEnabled)
        self.canRedoChanged.connect(redo.setEnabled)
        self.undoTextChanged.connect(lambda change: undo.setText(
            translate("UndoStack", "&Undo {change}").format(change=change).strip()))
        self.redoTextChanged.connect(lambda change: redo.setText(
            translate("UndoStack", "&Redo {change}").format(change=change).strip()))

    def push_change(self, command: EditCommand) -> Outcome:
        """Do the change and keep it for undo: whether it was saved, and what it made."""
        outcome = command.outcome
        self.push(command)
        return outcome

    def undo_change(self) -> None:
        """Undo; when the library cannot be written, the change stays done and undoable."""
        command = self.command(self.index() - 1) if self.canUndo() else None
        self.undo()
        if isinstance(command, EditCommand) and command.applied:
            self.redo()  # back to where the library is; the command writes nothing

    def redo_change(self) -> None:
        command = self.command(self.index()) if self.canRedo() else None
        self.redo()
        if isinstance(command, EditCommand) and not command.applied:
            self.undo()
