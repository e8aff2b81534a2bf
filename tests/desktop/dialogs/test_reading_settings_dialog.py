"""Reading settings: each choice is shown at once; Cancel puts back what there was."""
from desktop.dialogs.reading_settings_dialog import ReadingSettingsDialog


def test_choices_are_previewed_and_cancel_restores(qtbot):
    shown = []
    dialog = ReadingSettingsDialog("", 15, 165, "light", lambda *chosen: shown.append(chosen))
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.size_box.setValue(18)
    dialog.line_height.setValue(200)
    assert shown[-1] == ("", 18, 200, "dark") == dialog.chosen()
    dialog.reject()
    assert shown[-1] == ("", 15, 165, "light")


def test_a_family_not_installed_is_kept_as_chosen(qtbot):
    dialog = ReadingSettingsDialog("某某宋体", 15, 165, "sepia", lambda *chosen: None)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ("某某宋体", 15, 165, "sepia")
