import pytest

from analysis import InputError, analyze_bytes
from tests.documents import mht
from tests.speeches import SAFETY

PAGE = "<html><body><nav>首页 | 新闻</nav><p>" + SAFETY.replace("\n", "</p><p>") + "</p></body></html>"


@pytest.mark.parametrize("charset", ["utf-8", "gb18030"])
def test_the_page_part_is_read_with_its_charset(charset):
    [speech] = analyze_bytes(mht(PAGE, charset), "页面.mht").speeches
    assert SAFETY.split("\n")[1] in speech.text and "首页" not in speech.text


@pytest.mark.parametrize("declared", ["utf-8", "no-such-charset"])
def test_a_part_whose_charset_lies_is_read_by_what_its_bytes_are(declared):
    data = mht(PAGE, "gb18030", declared=declared)
    [speech] = analyze_bytes(data, "页面.mhtml").speeches
    assert SAFETY.split("\n")[1] in speech.text


def test_a_file_without_a_page_is_refused():
    with pytest.raises(InputError, match="not a saved web page"):
        analyze_bytes("同志们：这只是一段文字。".encode() * 20, "假.mht")
