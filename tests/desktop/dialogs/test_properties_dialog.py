"""The Properties dialog: what it shows of one or several speeches and what it returns."""
from datetime import date

import pytest

from db import COMPILATION_FIELDS, FieldState, MentionCorrectionRecord
from db import CORRECTED_FIELDS as FIELDS
from desktop.dialogs.properties_dialog import PropertiesDialog


def _states(speech_id, corrected=(), **values):
    return [FieldState(speech_id, name, values.get(name), "机器" if name in corrected else
                       values.get(name), name in corrected) for name in FIELDS]


def test_one_speech_shows_its_values_and_the_guess_beside_a_correction(qtbot):
    dialog = PropertiesDialog([_states(1, ["speaker"], title="讲话", speaker="王")], [])
    qtbot.addWidget(dialog)
    assert dialog.edits["title"].text() == "讲话" and dialog.edits["speaker"].text() == "王"
    assert dialog.hints["speaker"].text() == "Found by the analysis: 机器"
    assert dialog.resets["speaker"].isEnabled() and not dialog.resets["title"].isEnabled()
    assert dialog.changes() == {}
    dialog.edits["date"].setText("2024-3-5")
    assert dialog.changes() == {"date": "2024-3-5"}


def test_a_bad_date_is_explained_and_the_dialog_stays(qtbot):
    dialog = PropertiesDialog([_states(1)], [])
    qtbot.addWidget(dialog)
    dialog.edits["date"].setText("2024-02-30")
    dialog.accept()
    assert dialog.result() == 0 and "“2024-02-30” is not a date" in dialog.error.text()
    dialog.edits["date"].setText("2024-02-29")
    dialog.accept()
    assert dialog.result() == 1


def test_several_speeches_keep_what_differs_and_have_no_title(qtbot):
    dialog = PropertiesDialog([_states(1, speaker="王", date="2020"),
                               _states(2, speaker="王", date="2021")], [])
    qtbot.addWidget(dialog)
    assert not dialog.edits["title"].isEnabled()
    assert dialog.edits["speaker"].text() == "王" and dialog.edits["date"].text() == ""
    assert "several values" in dialog.edits["date"].placeholderText()
    dialog.edits["occasion"].setText("大会")
    assert dialog.changes() == {"occasion": "大会"}


def test_automatic_gives_the_field_back_and_orphans_are_marked(qtbot):
    from datetime import datetime
    orphan = MentionCorrectionRecord(7, 1, "dismiss", "figure", 0, 2, "3起", "", "", {}, True,
                                     datetime.now())
    dialog = PropertiesDialog([_states(1, ["occasion"], occasion="大会")], [orphan])
    qtbot.addWidget(dialog)
    dialog.resets["occasion"].click()
    assert dialog.automatic == {"occasion"} and dialog.edits["occasion"].text() == "机器"
    assert dialog.changes() == {}
    assert dialog.corrections.item(0).text().startswith("⚠ Not a figure: 3起")


def test_the_texts_changes_are_listed_too(qtbot):
    changes = [{"action": "remove", "text": "版权所有", "orphan": False},
               {"action": "split", "text": "下面讲讲防汛工作", "orphan": True}]
    dialog = PropertiesDialog([_states(1)], [], changes)
    qtbot.addWidget(dialog)
    assert [dialog.corrections.item(i).text() for i in range(2)] == [
        "Passage removed: 版权所有",
        "⚠ Split before: 下面讲讲防汛工作 (its words are no longer in the text)"]


def test_an_empty_date_shows_its_format_at_a_glance(qtbot):
    dialog = PropertiesDialog([_states(1, title="讲话")], [])
    qtbot.addWidget(dialog)
    assert dialog.edits["date"].text() == ""
    assert "2024年3月" in dialog.edits["date"].placeholderText()


def test_where_it_was_published_is_shown_with_the_access_date(qtbot):
    dialog = PropertiesDialog([_states(1, ["page"], publication="人民日报", page="2")], [],
                              accessed=date(2026, 12, 6))
    qtbot.addWidget(dialog)
    assert dialog.edits["publication"].text() == "人民日报"
    assert dialog.hints["page"].text() == "Found by the analysis: 机器"
    assert dialog.edits["url"].placeholderText() == "https://…"
    assert dialog.accessed.text() == "2026-12-06" and dialog.accessed.isVisibleTo(dialog)
    dialog.edits["doc_number"].setText("国办发〔2023〕12号")
    assert dialog.changes() == {"doc_number": "国办发〔2023〕12号"}


@pytest.mark.parametrize("field, value, says", [
    ("url", "www.example.cn", "“www.example.cn” is not a web address"),
    ("published", "2024年13月", "“2024年13月” is not a date")])
def test_a_bad_value_is_explained_at_its_field(qtbot, field, value, says):
    dialog = PropertiesDialog([_states(1)], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["speaker"].setText("王")
    dialog.edits[field].setText(value)
    dialog.accept()
    assert dialog.result() == 0 and says in dialog.error.text()
    assert dialog.focusWidget() is dialog.edits[field]


def test_the_compilation_stays_folded_until_it_is_wanted(qtbot):
    dialog = PropertiesDialog([_states(1, publication="求是")], [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edits["issue"].isVisible()
    assert not any(dialog.edits[name].isVisible() for name in COMPILATION_FIELDS)
    dialog.compilation.click()
    assert all(dialog.edits[name].isVisible() for name in COMPILATION_FIELDS)
    dialog.edits["compilation"].setText("习近平谈治国理政: 第四卷")
    dialog.edits["year"].setText("2022")
    assert dialog.changes() == {"compilation": "习近平谈治国理政: 第四卷", "year": "2022"}


def test_a_speech_in_a_compilation_shows_it_unfolded(qtbot):
    dialog = PropertiesDialog([_states(1, ["publisher"], compilation="文集", publisher="人民出版社")],
                              [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.compilation.isChecked() and dialog.edits["publisher"].isVisible()
    assert "publisher" not in dialog.resets  # the analysis never reads it


def test_a_year_that_is_none_is_explained_at_its_field(qtbot):
    dialog = PropertiesDialog([_states(1)], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.compilation.click()
    dialog.edits["year"].setText("22")
    dialog.accept()
    assert dialog.result() == 0 and "“22” is not a year" in dialog.error.text()
    assert dialog.focusWidget() is dialog.edits["year"]
