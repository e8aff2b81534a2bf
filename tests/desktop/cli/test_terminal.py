from desktop.cli.terminal import pad, width


def test_a_chinese_character_takes_two_columns():
    assert width("安全a") == 5 and width("") == 0


def test_padding_lines_text_up_on_either_side():
    assert pad("安全", 6) == "安全  "
    assert pad("安全", 6, right=True) == "  安全"
    assert pad("很长的一句话", 4) == "很长的一句话"
