"""The reading surface: a speech's cleaned text with the automatic layers (coloured text and
underlines), the user's highlights (background fills) and find matches drawn over it as
extra selections, so the text itself is never modified.

Directives are drawn calmly, so that a dense section does not become a sea of lines: a mark
in the left margin beside each directive sentence, in its strength's colour and shape, and
its modal word (必须, 严禁…) underlined; a run of a work report's tasks, which have no modal word,
shares one thin bracket; the whole sentence is underlined under the mouse,
and all of them when the directive layer is focused (View ▸ Underline whole directives).
Headings are set apart in bold with space above. In a speech read by OCR the characters the
engine was unsure of have a faint dotted line under them."""
from __future__ import annotations

from bisect import bisect_right
from functools import partial

from PySide6.QtCore import QEvent, QLine, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPalette,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextLine,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip

from analysis.language.sentences import sentence_bounds
from analysis.language.tokens import words
from db import AnnotationRecord, GroupHighlight, MentionRecord, SectionRecord
from desktop.common.style import (
    STRENGTHS,
    label,
    reading_font,
)
from desktop.common.themes import DEFAULT_THEME, Theme, theme
from desktop.reader.mention_tips import describe

LINE_HEIGHT = 165  # percent, unless the reading settings say otherwise
LINE_HEIGHTS = (120, 250)
PARAGRAPH_SPACING = 10  # pixels after each paragraph
CLICKABLE = ("figure", "directive")  # the kinds that Ctrl+click turns into a highlight
MARGIN_X = 8  # where the directive marks stand, inside the document's left margin
MARK_WIDTHS = {"prohibit": 6, "must": 4, "should": 2, "hope": 2, "task": 1}
TICK = 4  # the length of a task bracket's ends
HEADING_SPACE = 14  # pixels above a paragraph that opens with a heading
NOTES_SMALLER = 2  # points off the reading size for a glossary or endnotes
UNSURE_ALPHA = 0.45  # of the ink: the unsure characters' line is seen, and does not shout
# Each group member's marks in a colour of their own, none of them a highlight's fill.
GROUP_LINE_WIDTH = 2  # pixels: the other members' lines, clearer than the layers' hairlines
GROUP_LINE_GAP = 5  # pixels below the baseline: under a directive's own underline
MEMBER_COLORS = ("#e65100", "#6a1b9a", "#00838f", "#ad1457", "#2e7d32", "#283593")


class ReaderView(QTextEdit):
    mention_clicked = Signal(object)  # MentionRecord: make it a user highlight
    annotation_clicked = Signal(int)
    scrolled = Signal(int)  # the offset of the first visible character
    annotation_touched = Signal(int)  # a plain click inside a highlight
    dismiss_requested = Signal(object)  # MentionRecord the analysis should not have found
    mark_requested = Signal(str, int, int, object)  # kind, start, end, a directive's strength
    split_requested = Signal(int)  # the offset where the second speech begins
    remove_requested = Signal(int, int)  # a passage to take out of the text
    group_copy_requested = Signal(int)  # a group member's highlight to copy into one's own

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAcceptDrops(False)
        self.setMouseTracking(True)
        self.document().setDocumentMargin(24)
        self.text = ""
        self.mentions: list[MentionRecord] = []
        self.annotations: list[AnnotationRecord] = []
        self.visible_layers = {"directive", "figure", "date", "formula", "document", "highlight",
                               "uncertain", "group"}
        self.group_marks: list[GroupHighlight] = []  # the other members' (read-only)
        self._group_rows: dict[str, int] = {}  # each member's line under the words, from 0
        self.uncertain: list[tuple[int, int]] = []  # OCR's unsure characters
        self.whole_directives = False  # the directive layer focused: every sentence underlined
        self.hovered: MentionRecord | None = None  # the directive under the mouse
        self.outline: list[SectionRecord] = []
        self._directives: list[MentionRecord] = []
        self._directive_ends: list[int] = []
        self.find_matches: list[tuple[int, int]] = []
        self.find_current = -1
        self.menu_actions: list = []  # the window's highlight actions, shown in the context menu
        self.structure_actions: list = []  # the window's actions on the speech (merge)
        self.selection_actions: list = []  # …and on the selected text (correct it)
        self._utf16: list[int] | None = None
        self._font_size = 15
        self._family = ""  # the reading fonts' list, unless one is chosen
        self._line_height = LINE_HEIGHT
        self.theme = theme(DEFAULT_THEME)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # Content

    def set_speech(self, text: str, mentions: list[MentionRecord],
                   annotations: list[AnnotationRecord],
                   outline: list[SectionRecord] | None = None,
                   uncertain: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.mentions = mentions
        self.uncertain = list(uncertain or [])
        self.outline = [s for s in outline or [] if s.kind in ("heading", "notes")]
        self.hovered = None
        # Directive sentences do not overlap: in text order, their starts and ends both sorted,
        # so the margin and the mouse find theirs by bisection, not by a pass over them all.
        self._directives = sorted((m for m in mentions if m.kind == "directive"),
                                  key=lambda m: m.start)
        self._directive_ends = [m.end for m in self._directives]
        self.annotations = _placed(annotations)
        self.group_marks = []
        self.find_matches, self.find_current = [], -1
        # Qt counts UTF-16 units; map offsets only when the text has characters beyond the BMP.
        if any(ord(ch) > 0xFFFF for ch in text):
            self._utf16, position = [], 0
            for ch in text:
                self._utf16.append(position)
                position += 2 if ord(ch) > 0xFFFF else 1
            self._utf16.append(position)
        else:
            self._utf16 = None
        document = self.document()
        document.setDefaultFont(reading_font(self._font_size, self._family))
        document.setPlainText(text)
        self._set_spacing()
        self._set_headings()
        self.redraw()

    def _set_spacing(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(self._line_height,
                            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(PARAGRAPH_SPACING)
        block.setTextIndent(0)
        cursor.mergeBlockFormat(block)

    def _set_headings(self) -> None:
        """Headings in bold (level 1 a little larger), with space above their paragraph, and
        a glossary or endnotes after the speech a little smaller: a format on the document,
        the text unchanged."""
        for notes in (section for section in self.outline if section.kind == "notes"):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._qt(notes.start))
            cursor.setPosition(self._qt(min(notes.end, len(self.text))),
                               QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontPointSize(reading_font(self._font_size - NOTES_SMALLER,
                                              self._family).pointSizeF())
            cursor.mergeCharFormat(fmt)
        for section in self.outline:
            end = section.start + len(section.label) + len(section.title)
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._qt(section.start))
            cursor.setPosition(self._qt(min(end, len(self.text))), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            if section.level == 1:
                fmt.setFontPointSize(reading_font(self._font_size + 2, self._family).pointSizeF())
            cursor.mergeCharFormat(fmt)
            if cursor.block().position() == self._qt(section.start):
                block = QTextBlockFormat()
                block.setTopMargin(HEADING_SPACE)
                cursor.mergeBlockFormat(block)

    def set_reading(self, family: str, line_height: int, chosen: Theme) -> None:
        """The reading settings: a font family ("" for the default list), the line height in
        percent and the theme, which colours the page, the layers and the highlights."""
        top = self.top_offset()
        self._family, self._line_height, self.theme = family, line_height, chosen
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(chosen.paper))
        palette.setColor(QPalette.ColorRole.Text, QColor(chosen.ink))
        self.setPalette(palette)
        self.document().setDefaultFont(reading_font(self._font_size, family))
        self._set_spacing()
        self._set_headings()
        self.redraw()
        self.scroll_to(top)

    def reading(self) -> tuple[str, int, str]:
        return self._family, self._line_height, self.theme.name

    def set_annotations(self, annotations: list[AnnotationRecord]) -> None:
        self.annotations = _placed(annotations)
        self.redraw()

    def set_group(self, marks: list[GroupHighlight]) -> None:
        self.group_marks = list(marks)
        # each member a little lower than the last: two members' marks on the same words
        # show both lines
        self._group_rows = {member: row for row, member in enumerate(
            sorted({mark.member_id for mark in self.group_marks}))}
        self.viewport().update()

    def set_layers(self, layers: set[str]) -> None:
        self.visible_layers = set(layers)
        self.redraw()

    def set_whole_directives(self, whole: bool) -> None:
        self.whole_directives = whole
        self.redraw()

    def set_find(self, matches: list[tuple[int, int]], current: int) -> None:
        self.find_matches, self.find_current = matches, current
        self.redraw()
        if 0 <= current < len(matches):
            self.select_range(*matches[current])

    def font_size(self) -> int:
        return self._font_size

    def set_font_size(self, size: int) -> None:
        top = self.top_offset()
        self._font_size = size
        self.document().setDefaultFont(reading_font(size, self._family))
        self._set_headings()
        self.scroll_to(top)

    # Drawing

    def redraw(self) -> None:
        selections = []
        if "uncertain" in self.visible_layers:  # first: a layer's own underline wins
            unsure = _unsure_format(self.theme)
            selections += [self._selection(start, end, unsure) for start, end in self.uncertain]
        for mention in self.mentions:
            if mention.kind not in self.visible_layers:
                continue
            start, end = mention.start, mention.end
            if mention.kind == "directive" and not (self.whole_directives
                                                   or mention is self.hovered):
                marker = mention.data.get("marker")
                if not marker:
                    continue  # a task without a modal word: its margin mark says enough
                start, end = marker
            selections.append(self._selection(start, end, _layer_format(mention, self.theme)))
        if "highlight" in self.visible_layers:
            for annotation in self.annotations:
                selections.append(self._selection(annotation.start, annotation.end,
                                                  _highlight_format(annotation.color,
                                                                    bool(annotation.note),
                                                                    self.theme)))
            for start, end, colors in overlaps(self.annotations):
                selections.append(self._selection(start, end,
                                                  _blend_format(colors, self.theme)))
        for number, (start, end) in enumerate(self.find_matches):
            color = self.theme.find_current if number == self.find_current \
                else self.theme.find
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(color))
            fmt.setForeground(QColor(self.theme.ink))
            selections.append(self._selection(start, end, fmt))
        self.setExtraSelections(selections)
        self.viewport().update()

    def directive_marks(self) -> list[tuple[QRect, str]]:
        """The margin marks of the directives in view: where each is drawn, and its strength.
        A run of tasks one after another shares one mark, drawn as a bracket."""
        if "directive" not in self.visible_layers:
            return []
        marks, height = [], self.viewport().height()
        first = bisect_right(self._directive_ends, self.top_offset())
        while 0 < first < len(self._directives) and self._joined(first - 1, first):
            first -= 1  # the bracket of a run begins where the run does
        last = bisect_right(self._directives, self.offset_at(
            QPoint(self.viewport().width() - 1, height - 1)), key=lambda m: m.start)
        index = first
        while index < last:
            mention, end = self._directives[index], index
            while end + 1 < len(self._directives) and self._joined(end, end + 1):
                end += 1
            index = end + 1
            top = self._line_rect(mention.start)
            bottom = self._line_rect(self._directives[end].end)
            if bottom.bottom() < 0 or top.top() > height:
                continue
            strength = str(mention.data.get("strength"))
            width = MARK_WIDTHS.get(strength, 2)
            marks.append((QRect(MARGIN_X, top.top() + 2, width,
                                max(bottom.bottom() - top.top() - 4, 6)), strength))
        return marks

    def _joined(self, before: int, after: int) -> bool:
        """Are two directives tasks one right after the other?"""
        first, second = self._directives[before], self._directives[after]
        return (first.data.get("strength") == second.data.get("strength") == "task"
                and not self.text[first.end:second.start].strip())

    def _line_rect(self, offset: int) -> QRect:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._qt(offset))
        return self.cursorRect(cursor)

    def group_lines(self, within: tuple[int, int] | None = None) -> list[tuple[QLine, str]]:
        """Where the shown group marks are drawn (those touching the text offsets `within`,
        or all): a line under the words of each, on every line of text it spans (in
        viewport coordinates), and the member's colour."""
        if "group" not in self.visible_layers:
            return []
        low, high = within if within is not None else (0, len(self.text))
        return [(line.translated(0, GROUP_LINE_WIDTH * 2 * self._group_rows[mark.member_id]),
                 member_color(mark.member_id)) for mark in self.group_marks
                if mark.end >= low and mark.start <= high
                for line in self._under(self._qt(mark.start), self._qt(mark.end))]

    def _under(self, start: int, end: int) -> list[QLine]:
        lines = []
        scroll = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            layout, first = block.layout(), block.position()
            origin = layout.position()
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                low = max(start - first, line.textStart())
                high = min(end - first, line.textStart() + line.textLength())
                if low >= high:
                    continue
                y = round(origin.y() + line.y() + line.ascent()) + GROUP_LINE_GAP - scroll.y()
                x1 = round(origin.x() + _x(line, low)) - scroll.x()
                x2 = round(origin.x() + _x(line, high)) - scroll.x()
                lines.append(QLine(x1, y, x2, y))
            block = block.next()
        return lines

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._paint_group()
        marks = self.directive_marks()
        if not marks:
            return
        painter = QPainter(self.viewport())
        for rect, strength in marks:
            color = QColor(self.theme.strengths.get(strength, self.theme.layers["directive"]))
            if strength == "task":  # a quiet bracket: a thin line with a tick at each end
                painter.setPen(color)
                x, top, bottom = rect.x() + 2, rect.top(), rect.bottom()
                painter.drawLine(x, top, x, bottom)
                painter.drawLine(x, top, x + TICK, top)
                painter.drawLine(x, bottom, x + TICK, bottom)
            elif strength == "hope":
                painter.setPen(color)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            else:
                painter.fillRect(rect, color)
        painter.end()

    def _paint_group(self) -> None:
        """Other members' highlights: a dashed line under the words in each member's colour,
        never a fill (fills are the user's own)."""
        visible = self.viewport().rect()
        shown = (self.top_offset(), self.offset_at(visible.bottomRight()))
        lines = [(line, color) for line, color in self.group_lines(shown)
                 if visible.adjusted(0, -4, 0, 4).contains(line.p1())]
        if not lines:
            return
        painter = QPainter(self.viewport())
        for line, color in lines:
            painter.setPen(QPen(QColor(color), GROUP_LINE_WIDTH, Qt.PenStyle.DashLine,
                                Qt.PenCapStyle.FlatCap))
            painter.drawLine(line)
        painter.end()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._qt(start))
        cursor.setPosition(self._qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    # Offsets: Python str indices outside, Qt positions inside

    def _qt(self, offset: int) -> int:
        return self._utf16[offset] if self._utf16 is not None else offset

    def _py(self, position: int) -> int:
        if self._utf16 is None:
            return position
        return max(bisect_right(self._utf16, position) - 1, 0)

    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self._py(cursor.selectionStart()), self._py(cursor.selectionEnd())
        # a selection dragged over a paragraph end keeps the text, not the trailing newline
        while end > start and self.text[end - 1] == "\n":
            end -= 1
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._qt(start))
        cursor.setPosition(self._qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def cursor_offset(self) -> int:
        return self._py(self.textCursor().position())

    def offset_at(self, point: QPoint) -> int:
        return self._py(self.cursorForPosition(point).position())

    def top_offset(self) -> int:
        return self.offset_at(QPoint(4, 4))

    def scroll_to(self, offset: int) -> None:
        """Put the line holding `offset` at the top of the view."""
        position = self._qt(min(max(offset, 0), len(self.text)))
        block = self.document().findBlock(position)
        layout = self.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(position - block.position())
        if line.isValid():
            top += line.y()
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(int(top))

    def mentions_at(self, offset: int) -> list[MentionRecord]:
        return [m for m in self.mentions if m.start <= offset < m.end
                and m.kind in self.visible_layers]

    def annotation_at(self, offset: int) -> AnnotationRecord | None:
        for annotation in self.annotations:
            if annotation.start <= offset < annotation.end:
                return annotation
        return None

    def group_at(self, offset: int) -> list[GroupHighlight]:
        """The shown group marks at `offset` (none while the group layer is hidden)."""
        if "group" not in self.visible_layers:
            return []
        return [mark for mark in self.group_marks if mark.start <= offset < mark.end]

    def clickable_at(self, offset: int) -> MentionRecord | None:
        found = [m for m in self.mentions_at(offset) if m.kind in CLICKABLE]
        return min(found, key=lambda m: m.end - m.start) if found else None

    # Events

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(self.offset_at(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        offset = self.offset_at(event.position().toPoint())
        at = bisect_right(self._directive_ends, offset)
        found = at < len(self._directives) and self._directives[at].start <= offset
        hovered = self._directives[at] if found and "directive" in self.visible_layers else None
        if hovered is not self.hovered:
            self.hovered = hovered
            self.redraw()

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        if self.hovered is not None:
            self.hovered = None
            self.redraw()

    def mousePressEvent(self, event) -> None:
        if (event.button() == Qt.MouseButton.LeftButton
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            mention = self.clickable_at(self.offset_at(event.position().toPoint()))
            if mention is not None:
                self.mention_clicked.emit(mention)
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.selected_range() is None:
            annotation = self.annotation_at(self.offset_at(event.position().toPoint()))
            if annotation is not None and "highlight" in self.visible_layers:
                self.annotation_touched.emit(annotation.id)

    def mouseDoubleClickEvent(self, event) -> None:
        """A word as jieba reads it, not the whole run of Chinese up to a punctuation mark."""
        if event.button() != Qt.MouseButton.LeftButton or not self.text:
            super().mouseDoubleClickEvent(event)
            return
        offset = self.offset_at(event.position().toPoint())
        word = word_at(self.text, offset)
        if word is None:
            super().mouseDoubleClickEvent(event)
            return
        self.select_range(*word)

    def contextMenuEvent(self, event) -> None:
        self.context_menu(self.offset_at(event.pos())).exec(event.globalPos())

    def context_menu(self, offset: int) -> QMenu:
        """The menu for the place `offset`: highlighting the selection, a mention there,
        correcting the analysis, copying."""
        menu = QMenu(self)
        selection = self.selected_range()
        if selection is not None:
            for action in self.menu_actions:
                menu.addAction(action)
            menu.addSeparator()
        mention = self.clickable_at(offset)
        if mention is not None:
            words = self.tr("Highlight this directive  (Ctrl+click)") \
                if mention.kind == "directive" else self.tr("Highlight this figure  (Ctrl+click)")
            menu.addAction(words, lambda: self.mention_clicked.emit(mention))
        annotation = self.annotation_at(offset)
        if annotation is not None:
            menu.addAction(self.tr("Show this highlight in the annotations pane"),
                           lambda: self.annotation_clicked.emit(annotation.id))
        for mark in self.group_at(offset):
            menu.addAction(self.tr("Copy to my highlights ({member})").format(
                member=mark.member_name), partial(self.group_copy_requested.emit, mark.id))
        menu.addSeparator()
        for found in self.mentions_at(offset):
            menu.addAction(self._dismiss_text(found), partial(self.dismiss_requested.emit, found))
        if selection is not None:
            self._mark_menu(menu.addMenu(self.tr("&Mark as")), *selection)
        menu.addSeparator()
        split_at = selection[0] if selection is not None else offset
        menu.addAction(self.tr("Split the speech here"),
                       partial(self.split_requested.emit, split_at))
        if selection is not None:
            for action in self.selection_actions:
                menu.addAction(action)
            menu.addAction(self.tr("Remove the selected passage from the text"),
                           partial(self.remove_requested.emit, *selection))
        for action in self.structure_actions:
            menu.addAction(action)
        menu.addSeparator()
        copy = menu.addAction(self.tr("Copy"), self.copy)
        copy.setEnabled(selection is not None)
        return menu

    def _dismiss_text(self, mention: MentionRecord) -> str:
        words = mention.text if len(mention.text) <= 16 else mention.text[:15] + "…"
        if mention.data.get("marked"):
            return self.tr("Remove my mark: {words}").format(words=words)
        return {"directive": self.tr("Not a directive: {words}"),
                "figure": self.tr("Not a figure: {words}"),
                "date": self.tr("Not a date: {words}"),
                "formula": self.tr("Not a 提法: {words}"),
                "document": self.tr("Not a document: {words}")}[mention.kind].format(words=words)

    def _mark_menu(self, menu: QMenu, start: int, end: int) -> None:
        for strength, _name, _color in STRENGTHS:
            menu.addAction(self.tr("Directive: {strength}").format(strength=label(strength)),
                           partial(self.mark_requested.emit, "directive", start, end, strength))
        menu.addSeparator()
        for kind, text in (("figure", self.tr("Figure")), ("date", self.tr("Date")),
                           ("formula", self.tr("提法")), ("document", self.tr("Document"))):
            menu.addAction(text, partial(self.mark_requested.emit, kind, start, end, None))

    def _on_scrolled(self, value: int) -> None:
        self.scrolled.emit(self.top_offset())

    def tooltip_at(self, offset: int) -> str:
        lines = [describe(m) for m in self.mentions_at(offset)]
        annotation = self.annotation_at(offset) if "highlight" in self.visible_layers else None
        if annotation is not None:
            detail = annotation.note or self.tr("(no note)")
            if annotation.tags:
                detail += "  #" + " #".join(annotation.tags)
            lines.append(self.tr("Highlight: {detail}").format(detail=detail))
        for mark in self.group_at(offset):
            lines.append(self.tr("{member}: {note}").format(
                member=mark.member_name, note=mark.note or self.tr("(no note)")))
        if self.clickable_at(offset) is not None:
            lines.append(self.tr("Ctrl+click to highlight"))
        if "uncertain" in self.visible_layers and any(
                start <= offset < end for start, end in self.uncertain):
            lines.append(self.tr("OCR was unsure of this character: select it and correct the "
                                 "text (Ctrl+Shift+E) if it is wrong"))
        return "\n".join(lines)


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The (start, end) of the jieba word at `offset`, within its sentence; None off the text
    or on a space or punctuation mark."""
    if not 0 <= offset < len(text) or not text[offset].isalnum():
        return None
    low, high = sentence_bounds(text, offset, offset + 1)
    position = low
    for word in words(text[low:high]):
        if position <= offset < position + len(word):
            return position, position + len(word)
        position += len(word)
    return None


def _layer_format(mention: MentionRecord, chosen: Theme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if mention.kind == "directive":
        color = chosen.strengths.get(str(mention.data.get("strength")),
                                     chosen.layers["directive"])
        style = (QTextCharFormat.UnderlineStyle.WaveUnderline
                 if mention.data.get("strength") == "prohibit"
                 else QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineStyle(style)
        fmt.setUnderlineColor(QColor(color))
    else:
        fmt.setForeground(QColor(chosen.layers[mention.kind]))
        if mention.kind == "figure":
            fmt.setFontWeight(700)
        if mention.kind == "formula":
            fmt.setProperty(QTextFormat.Property.FontItalic, False)
            fmt.setFontWeight(600)
    return fmt


def unsure_color(chosen: Theme) -> QColor:
    """The line under OCR's unsure characters: the theme's ink, faint (on a light page and a
    dark one alike)."""
    color = QColor(chosen.ink)
    color.setAlphaF(UNSURE_ALPHA)
    return color


def _unsure_format(chosen: Theme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(unsure_color(chosen))
    return fmt


def _highlight_format(color: str, noted: bool, chosen: Theme) -> QTextCharFormat:
    """A fill of the highlight's colour, the words on it in the theme's ink (a figure's colour
    would not keep its contrast on every fill); a line over the words when it carries a note
    (the automatic layers use the line under them)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(chosen.highlights.get(color, color)))
    fmt.setForeground(QColor(chosen.ink))
    fmt.setFontOverline(noted)
    return fmt


def _x(line: QTextLine, cursor: int) -> float:
    """Where a cursor position stands on a line of text (PySide6 returns it with the position
    it used)."""
    found = line.cursorToX(cursor)
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


def member_color(member_id: str) -> str:
    """The colour a group member's marks are drawn in: the same every time."""
    return MEMBER_COLORS[int(member_id[:8], 16) % len(MEMBER_COLORS)]


def overlaps(annotations: list[AnnotationRecord]) -> list[tuple[int, int, list[str]]]:
    """Where two or more highlights cover the same words: (start, end, their colours), so
    that the one drawn last does not hide the others."""
    found = []
    ordered = sorted(annotations, key=lambda a: (a.start, a.end))
    for number, first in enumerate(ordered):
        for second in ordered[number + 1:]:
            if second.start >= first.end:
                break
            found.append((second.start, min(first.end, second.end), [first.color,
                                                                     second.color]))
    return found


def _blend_format(colors: list[str], chosen: Theme) -> QTextCharFormat:
    """The colours mixed: words under two highlights show both."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(blend([chosen.highlights.get(color, color) for color in colors])))
    fmt.setForeground(QColor(chosen.ink))
    return fmt


def blend(colors: list[str]) -> str:
    """The average of #rrggbb colours."""
    mixed = [QColor(color) for color in colors]
    return QColor(*(sum(getattr(c, part)() for c in mixed) // len(mixed)
                    for part in ("red", "green", "blue"))).name()


def _placed(annotations: list[AnnotationRecord]) -> list[AnnotationRecord]:
    """Orphans are listed in the annotations panel but have no place in the text to draw."""
    return [record for record in annotations if not record.orphan]
