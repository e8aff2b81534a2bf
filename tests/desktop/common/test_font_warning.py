from desktop.common import style
from desktop.common.font_warning import FontWarning
from desktop.library.welcome_panel import WelcomePanel


def test_the_warning_can_be_read_without_a_chinese_font(qtbot, chinese, monkeypatch):
    monkeypatch.setattr(style, "chinese_font_installed", lambda: False)
    warning = FontWarning()
    qtbot.addWidget(warning)
    translated, commands = warning.text().split("\n")
    assert "中文" in translated  # the interface's language first
    assert commands.isascii() and "sudo apt-get install fonts-noto-cjk" in commands
    assert "sudo dnf install google-noto-sans-cjk-fonts" in commands


def test_the_welcome_screen_warns_too(qtbot, monkeypatch):
    monkeypatch.setattr(style, "chinese_font_installed", lambda: False)
    panel = WelcomePanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.font_warning.isVisible() and "fonts-noto-cjk" in panel.font_warning.text()
    monkeypatch.setattr(style, "chinese_font_installed", lambda: True)
    calm = WelcomePanel()
    qtbot.addWidget(calm)
    calm.show()
    assert not calm.font_warning.isVisible()
