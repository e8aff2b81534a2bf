import pytest

from analysis import InputError, analyze_bytes
from analysis.readers.decode import decode_text

SIMPLIFIED = "同志们：今天召开全区安全生产工作会议，研究部署今年的安全生产工作。我们必须坚持安全第一、预防为主、综合治理的方针，切实把各项措施落到实处。" * 3
TRADITIONAL = "同志們：今天召開全區安全生產工作會議，研究部署今年的安全生產工作。我們必須堅持安全第一、預防為主、綜合治理的方針，切實把各項措施落到實處。" * 3


@pytest.mark.parametrize("encoding, text, detected", [
    ("utf-8", SIMPLIFIED, {"utf-8"}),
    ("utf-8-sig", SIMPLIFIED, {"utf-8-sig"}),
    ("gb18030", SIMPLIFIED, {"gb18030", "gbk", "gb2312"}),
    ("gbk", SIMPLIFIED, {"gb18030", "gbk", "gb2312"}),
    ("big5", TRADITIONAL, {"big5", "big5hkscs", "cp950"}),
    ("utf-16", SIMPLIFIED, {"utf-16"}),
    ("utf-16-le", "\ufeff" + SIMPLIFIED, {"utf-16", "utf-16-le"}),
    ("utf-16-be", "\ufeff" + SIMPLIFIED, {"utf-16", "utf-16-be"}),
])
def test_encodings_are_detected_and_decoded(encoding, text, detected):
    decoded, found = decode_text(text.encode(encoding), "speech.txt")
    assert decoded == text.lstrip("\ufeff")
    assert found in detected


def test_empty_file_is_refused():
    with pytest.raises(InputError, match=r"^speech\.txt: the file is empty$"):
        analyze_bytes(b"  \n\n ", "speech.txt")


def test_binary_file_is_refused():
    noise = bytes(range(256)) * 40
    with pytest.raises(InputError) as caught:
        analyze_bytes(noise, "photo.txt")
    assert caught.value.name == "photo.txt"
    assert "binary" in caught.value.reason or "garbage" in caught.value.reason or "encoding" in caught.value.reason


def test_text_without_chinese_is_refused():
    with pytest.raises(InputError, match="no Chinese text found"):
        analyze_bytes(b"Minutes of the meeting. Nothing in Chinese here at all.\n" * 20, "notes.txt")


def test_text_that_decodes_to_garbage_is_refused():
    garbage = "".join(chr(0xE000 + i % 500) for i in range(400)) + SIMPLIFIED[:30]
    with pytest.raises(InputError, match="garbage"):
        analyze_bytes(garbage.encode("utf-8"), "odd.txt")


def test_errors_name_the_file_and_the_reason():
    with pytest.raises(InputError) as caught:
        analyze_bytes(b"", "empty.txt")
    assert str(caught.value) == "empty.txt: the file is empty"
