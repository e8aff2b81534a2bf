def test_keywords_of_the_open_speech(qtbot, window):
    speech = window.library.speeches.all()[1]
    window.open_speech(speech.id)
    window.action["keywords"].trigger()
    pane = window.study.keywords
    qtbot.waitUntil(lambda: len(pane.chart.bars) > 5, timeout=20000)
    assert [label for label, _, _ in pane.chart.bars] == [k.term for k in pane.keywords]
    assert pane.keywords == window.library.study.keywords(speech.id)
    assert "log-likelihood" in pane.title.text()
