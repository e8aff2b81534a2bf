"""The interface language: the system's, or the one chosen; Qt's own strings with Yandu's."""
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from desktop.common import catalogue, language


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_the_choice_is_remembered_and_checked(settings):
    assert language.chosen(settings) == language.SYSTEM
    settings.setValue(language.SETTING, "zh_CN")
    assert language.chosen(settings) == "zh_CN"
    settings.setValue(language.SETTING, "klingon")  # a setting from elsewhere: the system's
    assert language.chosen(settings) == language.SYSTEM


def test_chinese_covers_yandu_qt_and_the_catalogue(qtbot, chinese):
    assert len(chinese) == 2  # qtbase_zh_CN and yandu_zh_CN
    assert QCoreApplication.translate("Actions", "&File") == "文件(&F)"
    assert QCoreApplication.translate("MainWindow", "%Ln speech(es)", "", 5960) == "5,960 篇讲话"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    texts = {button.text() for button in buttons.buttons()}
    assert texts == {"取消", "保存"}, texts  # from Qt's own qtbase_zh_CN.qm
    assert catalogue._("the disk is full") == "磁盘已满"
    assert QLocale().language() == QLocale.Language.Chinese


def test_english_has_plural_forms(qapp):
    assert QCoreApplication.translate("MainWindow", "%Ln speech(es)", "", 1) == "1 speech"
    assert QCoreApplication.translate("MainWindow", "%Ln speech(es)", "", 1200) == \
        "1,200 speeches"


def test_the_system_language_is_chinese_on_a_chinese_system(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert language.system_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language.system_language() == "en"
