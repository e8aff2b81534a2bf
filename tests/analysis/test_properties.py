"""Property-based tests of the pipeline (hypothesis): any text in, an analysis or a clear
InputError out; every mention's offsets hold; the outline nests; analysing again gives the
same result."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import InputError, analyze_bytes

# Pieces of speeches, so that the rules fire often, mixed with anything at all.
PIECES = ["同志们：", "一、", "二、", "（一）", "（二）", "1.", "一是", "第一，", "要", "必须", "严禁",
          "不得", "希望", "各单位", "在6月底前", "完成", "隐患排查", "死亡31人", "下降23.5%",
          "2.12亿元", "增长8%", "3起", "约100余人", "2016年5月10日", "今年", "“一岗双责”",
          "“三同时”", "《安全生产法》", "〔2016〕12号", "。", "，", "；", "！", "\n", "\n\n",
          " ", "\t", "安全生产工作会议上的讲话", "区长", "谢谢大家！", "（2016年5月10日）",
          "０１２", "ＡＢＣ", "\u3000", "\ufeff", "\x00", "😀", "𠀀"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map(
    "".join)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _analyze(text: str):
    try:
        return analyze_bytes(text.encode("utf-8"), "property.txt")
    except InputError as error:
        assert error.reason and "property.txt" in str(error)
        return None


@SETTINGS
@given(TEXT)
def test_any_text_gives_an_analysis_or_a_clear_error(text):
    analysis = _analyze(text)
    if analysis is not None:
        assert analysis.speeches
        assert all(speech.text.strip() for speech in analysis.speeches)


@SETTINGS
@given(TEXT)
def test_every_mention_is_the_text_at_its_offsets(text):
    analysis = _analyze(text)
    for speech in analysis.speeches if analysis else []:
        for kind, items in speech.mentions.to_dict().items():
            for item in items:
                assert 0 <= item["start"] < item["end"] <= len(speech.text), kind
                assert speech.text[item["start"]:item["end"]] == item["text"], kind


@SETTINGS
@given(TEXT)
def test_the_outline_nests(text):
    analysis = _analyze(text)
    for speech in analysis.speeches if analysis else []:
        outline = speech.outline
        for index, entry in enumerate(outline):
            assert 0 <= entry.start < entry.end <= len(speech.text)
            assert speech.text[entry.start:].startswith(entry.label)
            if entry.parent is not None:
                parent = outline[entry.parent]
                assert entry.parent < index
                assert parent.level < entry.level or parent.kind != entry.kind
                assert parent.start <= entry.start and entry.end <= parent.end
        headings = [e for e in outline if e.kind == "heading"]
        for first, second in zip(headings, headings[1:]):  # siblings do not overlap
            if first.parent == second.parent and first.level == second.level:
                assert first.end <= second.start


@SETTINGS
@given(TEXT)
def test_analysing_again_gives_the_same_result(text):
    first, second = _analyze(text), _analyze(text)
    assert (first is None) == (second is None)
    if first is not None:
        assert first.to_dict() == second.to_dict()
