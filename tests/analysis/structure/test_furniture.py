import pytest

from analysis.structure.furniture import breadcrumb, is_furniture, page_date, page_site, strip_press


@pytest.mark.parametrize("line", [
    "当前位置：首页 > 讲话稿", "京ICP备12345678号", "分享到 微信 微博 QQ空间", "首页 | 登录 | 注册",
    "发表于 2016-5-12 09:30 | 只看该作者", "www.example.com", "上一篇：县长讲话",
])
def test_page_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "同志们：", "一、提高认识，落实责任", "要登录系统填报隐患排查情况。", "各部门要分享经验、回复群众关切。",
])
def test_speech_lines_are_not(line):
    assert not is_furniture(line)


def test_breadcrumb_segments():
    assert breadcrumb("首页 > 范文 > 讲话稿 > 县长讲话") == ["首页", "范文", "讲话稿", "县长讲话"]
    assert breadcrumb("安全 > 效益。") is None


def test_a_post_header_gives_the_date_and_a_domain_the_site():
    assert page_date("发布时间：2016年05月12日") == "2016-05-12"
    assert page_date("同志们：") is None
    assert page_site("来自 WWW.Example.CN") == "www.example.cn"


@pytest.mark.parametrize("line", [
    "下载", "全屏", "【字号：", "加大", "还原", "减小", "】", "【字体：", "大", "分享：",
    "2026年02月10日 07时41分", "2024-12-23 华博范文网", "2026-02-03", "华博范文网 首页 讲话稿 工作报告",
    "以上内容仅供参考，如需原创请点击联系老师", "打印本页", "关闭窗口",
])
def test_toolbars_stamps_site_bars_and_blurbs_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "（2018年2月12日）", "2018年2月12日", "大力发展智能电网", "加大执法力度。", "智能电网",
])
def test_a_speechs_own_date_and_short_lines_are_not(line):
    assert not is_furniture(line)


def test_stamps_and_site_bars_give_the_pages_date_and_site():
    assert page_date("2026年02月10日 07时41分") == "2026-02-10"
    assert (page_date("2024-12-23 华博范文网"), page_site("2024-12-23 华博范文网")) == (
        "2024-12-23", "华博范文网")
    assert page_site("华博范文网 首页 讲话稿") == "华博范文网"


@pytest.mark.parametrize("paragraph, kept", [
    ("主要包括以下几个方面。中华民族传统节日来临之际，中共中央总书记、国家主席、中央军委主席习近平"
     "来到四川考察。这是2018年2月11日上午，习近平在凉山看望。新华社记者鞠鹏/摄一是坚持党的领导。",
     "主要包括以下几个方面。一是坚持党的领导。"),
    ("2020年9月8日，表彰大会在北京隆重举行。 新华社记者 姚大伟/摄同志们，朋友们：在过去8个多月时间里",
     "同志们，朋友们：在过去8个多月时间里"),
    ("2月1日，《人民日报》报道了这些评价。我建议大家读一读这篇报道。", None),
    ("大家一起干。（新华社深圳10月14日电）《人民日报》（2020年10月15日02版）", "大家一起干。"),
    ("关于政府工作报告的决议e4c29f31c6964493a14c4ddf6b160169:", "关于政府工作报告的决议"),
    ("图为会议现场。 新华社记者 鞠鹏 摄", ""),
    ("《 人民日报 》（ 2024年03月06日 02 版）", ""),
    ("这是记者同志们的辛苦。", None),
])
def test_captions_datelines_paper_lines_and_link_ids_leave_the_text(paragraph, kept):
    assert strip_press(paragraph) == (paragraph if kept is None else kept)


def test_portal_bars_stamps_with_their_source_editors_and_licence_notices_are_the_pages():
    from analysis.structure.clean import clean
    page = ("首页 | 时政 | 经济 | 社会 | 文化\n全县安全生产工作会议召开\n"
            "2026-03-05 10:20 来源：某某县人民政府网\n"
            "同志们：今天我们召开会议，部署安全生产工作。要压实责任。\n（责任编辑：王小明）\n"
            "本作品是某某县人民政府的\n公开文件\n，属于\n公有领域\n。\nPublic domain\nfalse\n")
    paragraphs, meta = clean(page)
    assert paragraphs == ["全县安全生产工作会议召开",
                          "同志们：今天我们召开会议，部署安全生产工作。要压实责任。"]
    assert (meta.date, meta.site) == ("2026-03-05", "某某县人民政府网")


def test_a_long_line_after_a_licence_notice_is_the_speech_again():
    from analysis.structure.clean import clean
    body = "要压实安全责任，" * 30 + "确保全县安全形势稳定。"
    paragraphs, _ = clean(f"本作品属于公有领域\nfalse\n{body}\n")
    assert paragraphs == [body]


def test_a_party_archive_licence_notice_goes_with_its_short_lines():
    from analysis.model import PageMeta
    from analysis.structure.clean import clean
    lines = ["同志们！让我们团结奋斗！", "本作品来自某年之后的某党文件。根据某指导案例第1号", "[", "CPC 1", "]",
             "，某组织制定的公文，不适用于著作权法保护，所以属于", "公有领域", "。"]
    paragraphs, _ = clean("\n".join(lines), PageMeta())
    assert paragraphs == ["同志们！让我们团结奋斗！"]
