"""Every string the window shows passes through Qt's translation. A translator that marks what
it is asked for is installed, the window and its dialogs are built, and every text a person
reads (menus, actions, labels, buttons, hints, tab and column titles, tooltips) must come back
marked; data (speech titles, tag names, numbers, symbols) is left alone."""
import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget

from desktop.common.language import LANGUAGES
from desktop.common.translate import QT_TRANSLATE_NOOP, translate
from desktop.dialogs.compare_dialog import CompareDialog
from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.review_dialog import ReviewDialog
from desktop.dialogs.tag_manager import TagManager
from tests.desktop.visible_texts import texts

MARK = "⟦"
WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]")


class Marking(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return MARK + source


@pytest.fixture
def marking():
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_marked_text_is_translated_where_it_is_shown(qapp, marking):
    assert QT_TRANSLATE_NOOP("Style", "Yellow") == "Yellow"
    assert translate("Style", "Yellow") == MARK + "Yellow"


LEAD = re.compile(r"^(?:<[^>]+>|[\d\s])+")  # markup and a key number before the words: <b>, 1


NAMES = {name for _, name in LANGUAGES}  # View ▸ Language: each name in its own language


def unmarked(root: QWidget, data: set[QWidget]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts(root, data)
            if text and WORDS.search(text) and not LEAD.sub("", text).startswith(MARK)
            and text not in NAMES]


def test_every_text_of_the_window_and_its_dialogs_is_translated(qtbot, marking, window):
    speech = window.library.speeches.all()[0]
    window.open_speech(speech.id)
    made = window.annotating.highlight("yellow", (0, 12))
    window.annotations.select(made)
    window.library.tags.set_speech(speech.id, ["安全"])
    window.refresh_library()
    window.study.show_tab(window.study.keywords)
    data = {window.reader.title, window.reader.details}  # the speech's own title and details
    assert len([text for _, text in texts(window, data) if WORDS.search(text)]) > 200
    assert unmarked(window, data) == []

    window.sync_cards()
    review = ReviewDialog(window.library, window.writes, window.library.review.due_cards(),
                          window)
    dialogs = [ExportDialog(window.library, [speech.id], window),
               TagManager(window.library, window.writes, window),
               CompareDialog(window.library, window.library.speeches.all(), None, None, window),
               review]
    data = {review.citation, dialogs[2].first_box, dialogs[2].second_box}  # speeches' titles
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unmarked(dialog, data) == [], type(dialog).__name__
    review.reveal()
    assert unmarked(review, data) == []
