"""The whole analysis of a file: the shared corpus (real scraped pages, as found), and files
whose content is not what their name says."""
import pytest

from analysis import InputError, analyze_bytes, analyze_file

FURNITURE = ["范文 >", "导航", "公安工作会议后的心得体会", "小编", "F132", "更多精选", "网站地图",
             "发表于", "只看该作者", "复制链接", "楼主", "文章转载网络", "分享到", "收藏收藏", "举报",
             "登录", "ICP", "公网安备", "Powered", "Processed", "快速回复", "返回顶部", "热搜", "discuz",
             "Discuz", "以上《"]


def headings(speech, level=1):
    return [e.label + e.title for e in speech.outline if e.kind == "heading" and e.level == level]


def test_compilation_gives_five_speeches_with_titles_and_speakers(corpus):
    analysis = analyze_file(corpus / "compilation-5-titled.txt")
    speeches = analysis.speeches
    assert [s.title for s in speeches] == [
        "区长在全区安全生产工作会议上的讲话",
        "区长在全区节能减排工作会议上的讲话",
        "在全区安全生产工作会议上的讲话",
        "区长在经济工作会议上讲话",
        "县长在全县安全生产工作会议上的讲话",
    ]
    assert [s.speaker for s in speeches] == ["区长", "区长", None, "区长", "县长"]
    assert [s.occasion for s in speeches] == [
        "全区安全生产工作会议", "全区节能减排工作会议", "全区安全生产工作会议", "经济工作会议",
        "全县安全生产工作会议"]
    assert speeches[0].text.startswith("今天召开全区安全工作生产会")
    assert speeches[0].text.endswith("祝大家新年快乐,身体健康,合家幸福。")
    assert speeches[1].text.startswith("区委、区政府研究决定,召开这次全区节能减排工作会议")
    assert speeches[2].text.startswith("同志们:\n今天,区委、区政府召开全区安全生产工作会议")
    assert speeches[3].text.startswith("今天,区委、区政府在这里召开经济工作会议")
    assert speeches[4].text.endswith("我的讲话完了,谢谢大家!")
    for speech in speeches:
        for furniture in FURNITURE:
            assert furniture not in speech.text, (speech.title, furniture)


def test_compilation_outlines(corpus):
    speeches = analyze_file(corpus / "compilation-5-titled.txt").speeches
    assert headings(speeches[0]) == [
        "一、充分认识安全生产工作的重要性和紧迫性", "二、健全长效机制,打牢安全生产工作的基石",
        "三、抓好重点领域安全监管,牵住安全生产“牛鼻子”", "四、加强组织领导,切实增强安全生产工作保障"]
    assert [len(headings(s)) for s in speeches] == [4, 3, 3, 4, 3]
    assert headings(speeches[4], 2)[:3] == [
        "(一)安全生产运行情况总体稳定",
        "(二)以道路交通、煤矿、非煤矿山为重点的安全生产专项整治成效明显",
        "(三)非法小煤窑打击力度切实加大"]
    # 第一，… items of the 五项工作重点 nest under （一）, and 一是 items under 第二，
    last = speeches[4]
    first_point = next(e for e in last.outline if e.label == "(一)" and e.title == "突出五项工作重点")
    points = [e for e in last.outline if e.parent == last.outline.index(first_point)]
    assert [e.label + e.title for e in points] == [
        "第一,道路交通安全", "第二,煤矿安全", "第三,非法小煤窑", "第四,非煤矿山", "第五,重点工程建设"]
    coal = points[1]
    coal_items = [e for e in last.outline if e.parent == last.outline.index(coal)]
    assert [e.label for e in coal_items][:3] == ["一是", "二是", "三是"]
    assert all(e.level == coal.level + 1 for e in coal_items)


def test_forum_page_is_one_speech_without_forum_text(corpus):
    analysis = analyze_file(corpus / "forum-page.txt")
    [speech] = analysis.speeches
    assert speech.title == "某市在全省安全生产工作会议上的发言"
    assert speech.occasion == "全省安全生产工作会议"
    assert speech.date == "2018-04-14"
    assert speech.text.startswith("近年来,在省委、省政府的正确领导下")
    assert speech.text.endswith("为全省发展大局作出应有的贡献!")
    for furniture in FURNITURE + ["领导讲话]", "跳转到指定楼层", "本版积分规则", "GMT+8", "搜索"]:
        assert furniture not in speech.text, furniture
    items = [e.label + e.title[:10] for e in speech.outline]
    assert items[:2] == ["一是抓好责任落实,由强化", "二是狠抓源头治理,将事故"]
    assert len(items) == 8


def test_clean_single_speech(corpus):
    [speech] = analyze_file(corpus / "clean-single.txt").speeches
    assert speech.title == "副区长安全生产讲话"
    assert speech.speaker == "副区长"
    assert speech.date is None
    assert "国务院302号令的有关规定" in speech.text
    assert headings(speech) == ["一、真抓实干，圆满完成了20xx年全区安全生产各项工作",
                                "二、科学谋划，深入推进20xx年全区安全生产工作"]
    assert len(headings(speech, 2)) == 14
    assert headings(speech, 2)[-1] == "(八)抓好城乡居民的生活安全管理，确保社会和谐与稳定"


@pytest.mark.parametrize("name", ["clean-single.txt", "compilation-5-titled.txt", "forum-page.txt"])
def test_outline_spans_point_into_the_text(corpus, name):
    _outline_spans_point_into_the_text(corpus / name)


@pytest.mark.parametrize("name", ["single-speech.txt", "compilation-page.txt", "forum-page.txt"])
def test_outline_spans_point_into_the_text_of_the_project_s_own_pages(texts_dir, name):
    _outline_spans_point_into_the_text(texts_dir / name)


def _outline_spans_point_into_the_text(path):
    for speech in analyze_file(path).speeches:
        for entry in speech.outline:
            assert speech.text[entry.start:].startswith(entry.label + entry.title.rstrip("…")[:20])


def test_the_search_index_text_is_jieba_search_mode_made_in_the_same_pass(texts_dir):
    """index_text() builds search tokens from sentence-level words() so the analysis and the
    index share one jieba pass; the tokens must stay exactly jieba's lcut_for_search (with
    the grams of common words among them)."""
    from analysis import analyze_file
    from analysis.language.tokens import WORD_SEPARATOR, _jieba, index_text, is_gram
    for path in sorted(texts_dir.glob("*.txt")):
        for speech in analyze_file(path).speeches:
            expected = [word for word in _jieba().lcut_for_search(speech.text, HMM=False)
                        if word.isalnum()]
            tokens = speech.search_text.split(WORD_SEPARATOR)
            assert [token for token in tokens if not is_gram(token)] == expected, path.name
            assert any(map(is_gram, tokens)), path.name
            assert index_text(speech.text) == speech.search_text


@pytest.mark.parametrize("name, data, reason", [
    ("fake.pdf", "同志们：这不是PDF文件".encode() * 10, "not a PDF"),
    ("fake.docx", "同志们：这不是Word文件".encode() * 10, "not a Word .docx file"),
    ("notes.xlsx", b"PK\x03\x04", "unsupported file type '.xlsx'"),
    ("README", b"hello", "a file without a type"),
])
def test_wrong_content_for_the_extension_is_refused(name, data, reason):
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        analyze_bytes(data, name)
