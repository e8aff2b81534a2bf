from desktop.common.tag_filter_box import ALL_TAGS, TagFilterBox


def test_the_choice_is_kept_when_the_names_are_refilled(qtbot):
    box = TagFilterBox()
    qtbot.addWidget(box)
    box.set_names(["安全", "防汛"])
    assert box.tag() == "" and box.currentText() == ALL_TAGS
    box.setCurrentText("防汛")
    box.set_names(["防汛", "新"])
    assert box.tag() == "防汛"
    box.set_names(["新"])
    assert box.tag() == ""
