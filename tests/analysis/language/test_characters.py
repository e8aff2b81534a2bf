from analysis.language.characters import safe, safe_in_place


def test_controls_surrogates_noncharacters_and_bidi_controls_go():
    text = "笔记\x00\x0b\x1b\x7f\ufffe\uffff\ud800甲\u202e乙\u2066丙\u200f\t行\n尾"
    assert safe(text) == "笔记甲乙丙\t行\n尾"
    kept = safe_in_place(text)
    assert len(kept) == len(text) and kept.startswith("笔记\ufffd") and kept.endswith("\t行\n尾")
