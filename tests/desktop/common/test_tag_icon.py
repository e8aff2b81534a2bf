from desktop.common.tag_icon import tag_icon


def test_a_dot_for_each_coloured_tag_and_none_without_colours(qapp):
    assert tag_icon(["甲", "乙"], {}) is None
    one = tag_icon(["甲", "乙"], {"甲": "#e53935"})
    two = tag_icon(["甲", "乙"], {"甲": "#e53935", "乙": "#1e88e5"})
    assert one.availableSizes()[0].width() < two.availableSizes()[0].width()
