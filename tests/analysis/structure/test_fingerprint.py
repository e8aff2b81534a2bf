"""The same text in any file has one key; another text has another."""
from analysis.structure.fingerprint import text_key

TEXT = "同志们：\n今天召开全县安全生产工作会议。“一岗双责”要落实到位，全年事故下降12.5%。\n谢谢大家！"


def test_spaces_breaks_widths_and_quotation_marks_do_not_change_the_key():
    saved_again = ('同志们:\r\n\r\n  今天召开全县安全生产工作会议.  "一岗双责"要落实到位,'
                   "全年事故下降１２．５％。\u3000谢谢大家!")
    assert text_key(saved_again) == text_key(TEXT)


def test_a_changed_word_or_figure_changes_the_key():
    assert text_key(TEXT.replace("12.5", "13.5")) != text_key(TEXT)
    assert text_key(TEXT.replace("全县", "全市")) != text_key(TEXT)
    assert text_key(TEXT) != text_key(TEXT[:-5])


def test_what_the_key_keeps_is_exactly_unicode_s_letters_and_numbers():
    """Keys stored by earlier versions were made by category (L, N): the pattern keeps the same."""
    import unicodedata

    from analysis.structure.fingerprint import NOT_LETTER_OR_NUMBER
    for code in range(0x110000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        assert (not NOT_LETTER_OR_NUMBER.match(char)) == (unicodedata.category(char)[0] in "LN"), \
            hex(code)
