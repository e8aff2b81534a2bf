def test_keywords_of_the_open_speech(qtbot, window):
    speech = window.library.speeches.all()[1]
    window.open_speech(speech.id)
    window.action["keywords"].trigger()
    pane = window.study.keywords
    qtbot.waitUntil(lambda: len(pane.chart.bars) > 5, timeout=20000)
    assert [label for label, _, _ in pane.chart.bars] == [k.term for k in pane.keywords]
    assert pane.keywords == window.library.study.keywords(speech.id)
    assert "log-likelihood" in pane.title.text()


def test_the_heading_follows_a_rename_and_undo(qtbot, window):
    speech = window.library.speeches.all()[1]
    window.open_speech(speech.id)
    window.action["keywords"].trigger()
    pane = window.study.keywords
    qtbot.waitUntil(lambda: "log-likelihood" in pane.title.text(), timeout=20000)
    window.correcting.set_title(speech.id, "改过的题目")
    assert pane.title.text().startswith("《改过的题目》") and "log-likelihood" in pane.title.text()
    assert len(pane.chart.bars) > 5  # the keywords stand
    window.action["undo"].trigger()
    assert pane.title.text().startswith(f"《{speech.title}》")
