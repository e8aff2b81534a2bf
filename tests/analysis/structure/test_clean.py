import pytest

from analysis.structure.clean import clean, normalise

BODY = "同志们：\n今天召开全区安全生产工作会议，研究部署今年的工作。\n一、提高认识\n我们必须清醒认识当前形势。"


def paragraphs(text: str) -> list[str]:
    return clean(text)[0]


@pytest.mark.parametrize("furniture", [
    "首页 > 范文 > 讲话稿 > 区长在全区安全生产工作会议上的讲话",
    "当前位置：首页 > 讲话稿",
    "发表于 2018-4-14 09:37:30 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式",
    "分享到:  QQ好友和群QQ好友和群 QQ空间QQ空间 腾讯微博腾讯微博",
    "收藏收藏 转播转播 分享淘帖",
    "使用道具 举报",
    "您需要登录后才可以回帖 登录 | 立即注册",
    "快速回复 返回顶部 返回列表",
    "打印 上一主题 下一主题",
    "手机版|公文学堂——公文学习好助手 ( 桂ICP备14006725号",
    "桂公网安备 45010302000992号",
    "Powered by Discuz! X3.2",
    "© 2001-2013 Design S!|??",
    "GMT+8, 2024-5-21 15:47 , Processed in 0.104529 second(s), 30 queries .",
    "文章转载网络,只供大家学习交流,版权归属作者本人,如有侵权请与网站管理员联系。",
    "预览阅读已结束，如需继续阅读请下载文档",
    "导语：安全生产讲话稿是领导在会议上的讲话，下面是小编整理的范文。",
    "时间：2019-05-06 来源：范文网 作者：佚名",
    "将自身的智慧和勤奋相结合。小编为大家呈上收集和整理的讲话，还请你收藏本页以便后续阅读。",
    "以上《区长在全区安全生产工作会议上的讲话》由范文资讯网演讲稿栏目资深小编整理编辑而成。",
    "F132.cOm更多精选演讲稿阅读",
    "[复制链接]",
    "网站地图",
])
def test_furniture_lines_are_removed(furniture):
    text = f"{furniture}\n\n{BODY}\n\n{furniture}"
    assert "\n".join(paragraphs(text)) == BODY


def test_related_links_block_is_removed_up_to_the_next_prose():
    text = (BODY + "\n相关阅读\n县长在全县安全生产会议上的讲话\n镇长在防汛工作会议上的讲话\n"
            "最近更新\n在全市经济工作会议上的讲话")
    assert "\n".join(paragraphs(text)) == BODY


def test_breadcrumb_categories_and_page_title_become_metadata():
    text = "范文 > 演讲稿 > 心得体会专题 > 区长在全区会议上的讲话\n心得体会专题\n" + BODY
    body, page = clean(text)
    assert "\n".join(body) == BODY
    assert page.title == "区长在全区会议上的讲话"


def test_post_header_gives_the_page_date():
    _, page = clean("发表于 2018-4-14 09:37:30 | 只看该作者\n" + BODY)
    assert page.date == "2018-04-14"


def test_site_from_a_domain_line():
    _, page = clean(BODY + "\nWWW.Example.COM 更多精选范文")
    assert page.site == "www.example.com"


def test_forum_category_tag_is_stripped_from_a_title():
    assert paragraphs("[领导讲话] 某市在全省安全生产工作会议上的发言\n" + BODY)[0] == \
        "某市在全省安全生产工作会议上的发言"


def test_hard_wrapped_lines_are_joined():
    text = ("对重大隐患整改不力，造成事故的，一定要严格按照国务院302\n"
            "号令的有关规定，严肃处理，直至追究有关责任人的刑事责任。\n"
            "同时要严格执法。")
    assert paragraphs(text) == [
        "对重大隐患整改不力，造成事故的，一定要严格按照国务院302号令的有关规定，严肃处理，直至追究有关责任人的刑事责任。",
        "同时要严格执法。"]


def test_a_line_ending_a_sentence_or_a_heading_is_not_joined():
    text = "一、真抓实干，圆满完成全年工作\n20xx年，全区安全生产工作取得成效\n（一）落实责任制\n继续推行目标管理。"
    assert paragraphs(text) == text.split("\n")


def test_indented_or_blank_separated_lines_start_paragraphs():
    text = "今年全区安全生产形势总体平稳，但隐患依然存在，我们要高度重视\n\u3000\u3000各部门要认真落实责任。\n\n这是第三段的开头，内容仍然很长很长很长"
    assert len(paragraphs(text)) == 3


def test_orphan_label_joins_the_heading_after_it():
    assert paragraphs("（三）\n加强安全生产执法\n执法是关键。") == ["（三）加强安全生产执法", "执法是关键。"]
    assert paragraphs("二、\n\n突出重点\n要抓好重点。") == ["二、突出重点", "要抓好重点。"]


def test_whitespace_is_normalised_without_changing_words():
    assert normalise("\u3000\u3000在全市范围开展 “四项督查”工作\u00a0，XX年 ,共 12 起") == \
        "在全市范围开展“四项督查”工作，XX年,共12起"
    assert normalise("Powered  by\tDiscuz! X3.2") == "Powered by Discuz! X3.2"
    assert normalise("安全\u200b生产\ufeff") == "安全生产"


def test_a_reporters_byline_after_the_dateline_leaves_with_it():
    assert paragraphs("（新华社北京3月6日电）记者 张三 李四\n" + BODY) == paragraphs(BODY)
