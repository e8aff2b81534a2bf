"""Two speeches compared."""
import re

import pytest

from db import PASTED
from desktop.dialogs.compare_dialog import CompareDialog

# Written for these tests: a provincial and a city work report, and one file of two speeches
# without a title line (a county's safety meeting and its flood meeting).
PROVINCE = """2026年河南省政府工作报告

——2026年1月20日在河南省第十四届人民代表大会第五次会议上

省长  王某某

各位代表：

现在，我代表省人民政府，向大会报告政府工作，请予审议。

一、2025年工作回顾

过去一年，全省生产总值增长5.2%，城镇新增就业110万人，研发经费投入增长12%。

二、2026年重点工作安排

今年要重点抓好以下工作：

（一）扎实推进科技创新。加快建设国家创新高地，高新技术企业突破1.5万家。

（二）守牢安全生产底线。必须坚持人民至上、生命至上，坚决遏制重特大事故发生。
"""
CITY = """2026年郑州市政府工作报告

市长  李某某

各位代表：

现在，我代表市人民政府，向大会报告工作，请予审议。

一、过去一年的工作

过去一年，全市地区生产总值增长6.1%，新增城镇就业13万人。

二、今年的主要任务

今年要重点抓好以下工作：

（一）提升城市品质。推进城市更新，新建改建城市道路150公里。

（二）筑牢安全防线。必须严格落实安全生产责任制，深入开展燃气安全专项整治。
"""
MEETINGS = """同志们：

刚才，几位同志作了很好的发言，我都同意。下面，就安全生产工作再讲几点意见。

一、清醒认识当前安全生产形势

去年全县共发生生产安全事故12起，死亡5人，同比分别下降20%和16.7%。

二、扎实做好今年重点工作

各乡镇、各部门要压紧压实安全生产责任。必须加强执法检查，严厉打击非法违法行为。

谢谢大家！

同志们：

刚才，水利局通报了今年的汛情形势，讲得很具体。下面，我就防汛工作讲几点意见。

一、充分认识防汛工作的重要性

今年入汛以来，全县平均降雨量较常年偏多三成，部分河流水位超过警戒线0.8米。

二、全力做好防汛各项准备

各乡镇要立即开展水库、堤防安全检查，抓紧修订完善防汛应急预案。严禁擅离职守。

我的讲话完了。
"""


@pytest.fixture
def speeches(library, tmp_path):
    """The speeches by name: province, city (dated 2026 by hand), safety, flood."""
    paths = []
    for name, text in (("province.txt", PROVINCE), ("city.txt", CITY),
                       ("meetings.txt", MEETINGS)):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    list(library.importer.import_paths(paths))
    found = {s.source_path.rsplit("/", 1)[-1] + str(s.position): s
             for s in library.speeches.all()}
    library.edits.edit_fields([found["city.txt0"].id], {"date": "2026"})
    return {name: found[key].id for name, key in (
        ("province", "province.txt0"), ("city", "city.txt0"), ("safety", "meetings.txt0"),
        ("flood", "meetings.txt1"))}


def open_dialog(qtbot, library, first, second):
    dialog = CompareDialog(library, library.speeches.all(), first, second)
    qtbot.addWidget(dialog)
    return dialog


def compared(qtbot, library, first, second):
    dialog = open_dialog(qtbot, library, first, second)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20000)
    return dialog


def headings(dialog):
    return [re.sub("<[^>]+>", "", heading.text()) for heading in dialog.headings]


def test_compare_two_speeches(qtbot, window):
    first, second = (s.id for s in window.library.speeches.all()[:2])
    dialog = CompareDialog(window.library, window.library.speeches.all(), first, second, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20000)
    expected = window.library.study.compare(first, second)
    assert dialog.shared_list.count() == len(expected.shared) > 0
    assert dialog.first_directives.count() == len(expected.first_directives)
    assert dialog.second_terms.item(0).text().startswith(expected.second_only[0].term)


def test_headings_name_each_speech_by_its_title_alone(qtbot, library, speeches):
    """The city's report is dated 2026 and its title says 2026年: the year is not said twice;
    nor does a date follow a title that already tells the two speeches apart."""
    dialog = compared(qtbot, library, speeches["city"], speeches["province"])
    assert headings(dialog) == [
        "Used more in 《2026年郑州市政府工作报告》", "Shared terms (count in each)",
        "Used more in 《2026年河南省政府工作报告》",
        "Directives only in 《2026年郑州市政府工作报告》 (2)",
        "Directives only in 《2026年河南省政府工作报告》 (2)"]


def test_headings_tell_two_untitled_speeches_apart(qtbot, library, speeches):
    dialog = compared(qtbot, library, speeches["safety"], speeches["flood"])
    assert headings(dialog)[0] == "Used more in (untitled) meetings.txt (speech 1)"
    assert headings(dialog)[2] == "Used more in (untitled) meetings.txt (speech 2)"


def test_the_picker_tells_every_speech_apart(qtbot, library, speeches):
    """Two untitled speeches of one file are told apart by their place in it; a speech whose
    title is its own is named by the title alone."""
    dialog = open_dialog(qtbot, library, speeches["safety"], None)
    entries = {dialog.first_box.itemData(i): dialog.first_box.itemText(i)
               for i in range(dialog.first_box.count())}
    assert entries == {speeches["province"]: "《2026年河南省政府工作报告》",
                       speeches["city"]: "《2026年郑州市政府工作报告》",
                       speeches["safety"]: "(untitled) meetings.txt (speech 1)",
                       speeches["flood"]: "(untitled) meetings.txt (speech 2)"}


def test_before_a_second_speech_is_chosen_the_panes_say_what_they_will_show(
        qtbot, library, speeches):
    """Opened on the speech being read: no second speech is taken for the user."""
    dialog = open_dialog(qtbot, library, speeches["province"], None)
    assert dialog.second_box.currentIndex() == -1
    assert headings(dialog) == [
        "Used more in 《2026年河南省政府工作报告》", "Shared terms (count in each)",
        "Used more in the second speech", "Directives only in 《2026年河南省政府工作报告》",
        "Directives only in the second speech"]
    assert dialog.status.text() == \
        "Choose two speeches above: they are compared as soon as both are chosen."


def test_choosing_the_second_speech_compares_at_once(qtbot, library, speeches):
    dialog = open_dialog(qtbot, library, speeches["province"], None)
    dialog.second_box.setCurrentIndex(dialog.second_box.findData(speeches["city"]))
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=20000)
    assert dialog.shared_list.count() > 0
    assert headings(dialog)[2] == "Used more in 《2026年郑州市政府工作报告》"

    dialog.second_box.setCurrentIndex(dialog.second_box.findData(speeches["province"]))
    assert dialog.comparison is None and dialog.shared_list.count() == 0
    assert dialog.status.text() == "Choose two different speeches."


def test_speeches_of_one_title_are_told_apart_by_their_dates(qtbot, library, speeches):
    title = "在全县安全生产工作会议上的讲话"
    library.edits.edit_fields([speeches["safety"]], {"title": title, "date": "2025-03-02"})
    library.edits.edit_fields([speeches["flood"]], {"title": title, "date": "2026-03-02"})
    dialog = compared(qtbot, library, speeches["safety"], speeches["flood"])
    assert [dialog.first_box.itemText(i) for i in range(dialog.first_box.count())][2:] == [
        f"《{title}》 2025-03-02", f"《{title}》 2026-03-02"]
    assert headings(dialog)[0] == f"Used more in 《{title}》 2025-03-02"


def test_a_split_speech_and_two_pastes_are_told_apart(library, speeches):
    from desktop.dialogs.compare_dialog import speech_names
    text = library.speeches.get(speeches["safety"]).text
    library.edits.change_text(speeches["safety"], "split", text.index("二、扎实做好"))
    for work in ("春耕备耕", "秸秆禁烧"):
        library.importer.import_text(f"同志们：\n今天专题研究{work}工作。各乡镇要抓好落实。\n", "讲话")
    every = library.speeches.all()
    names = speech_names(every)
    assert len(set(names.values())) == len(every), names
    split = [names[s.id] for s in every if s.source_path.endswith("meetings.txt")]
    assert split == ["(untitled) meetings.txt (speech 1)", "(untitled) meetings.txt (speech 2)",
                     "(untitled) meetings.txt (speech 3)"]
    pasted = [names[s.id] for s in every if s.source_path == PASTED]
    assert all("pasted text" in name for name in pasted) and len(set(pasted)) == 2
