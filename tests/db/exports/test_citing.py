"""A speech of each kind imported, corrected where the user would, highlighted and exported:
its reference after GB/T 7714-2015, held against the standard's patterns (as
tests/db/test_references.py quotes them), and in Yandu's plain form."""
from datetime import date

import pytest

from db import ExportFilter, ExportLabels
from db.exports import export
from tests.db.test_excerpts import CREDITED

BODY = ("同志们：\n今天召开这次会议，主要任务是研究部署下一步工作。\n一、统一思想，提高认识\n"
        "发展是第一要务。我们必须坚持改革开放，要激发各类经营主体活力。\n二、突出重点，狠抓落实\n"
        "各地区各部门要切实履行职责，抓好各项任务落实。\n谢谢大家！")
TODAY = date.today().isoformat()


def html(title: str, head: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in paragraphs)
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


PAGES = {
    # A newspaper's page: the credit line names paper, day and 版次.
    "newspaper.txt": CREDITED,
    # A news site's page: its canonical address and date, no credit line.
    "web.html": html("在二十届中央政治局第十八次集体学习时的讲话",
                     '<link rel="canonical" href="https://www.news.cn/politics/20260202/a.htm">'
                     '<meta property="og:site_name" content="新华网">'
                     '<meta name="publishdate" content="2026-02-02">',
                     "在二十届中央政治局第十八次集体学习时的讲话", "习近平", *BODY.split("\n")),
    # An official document on a government site, its 文号 under its title.
    "document.html": html("某某市人民政府关于加强安全生产工作的通知",
                          '<link rel="canonical" href="https://www.example.gov.cn/zwgk/a.html">'
                          '<meta name="publishdate" content="2024-02-01">',
                          "某某市人民政府关于加强安全生产工作的通知", "某政发〔2024〕3号",
                          "各区县人民政府，市政府各部门：",
                          "为加强安全生产工作，现就有关事项通知如下。",
                          "一、各区县要在6月底前完成隐患排查。", "二、各部门要切实履行监管职责。"),
    # A speech the user read in a compilation of speeches.
    "compilation.txt": ("在经济社会领域专家座谈会上的讲话\n（2020年8月24日）\n习近平\n"
                        + BODY.replace("这次会议", "经济社会领域专家座谈会")),
    # A 求是 article on 求是's own site.
    "qiushi.html": html("开创我国高质量发展新局面",
                        '<link rel="canonical" href="https://www.qstheory.cn/dukan/qs/2024-06/15/'
                        'c_1130161646.htm">',
                        "来源：《求是》2024/12 作者：习近平 2024-06-15 09:00:00",
                        "开创我国高质量发展新局面", "习近平",
                        *BODY.replace("这次会议", "中央政治局会议").split("\n")),
}

# What the user says that the page does not.
CORRECTIONS = {
    "document.html": {"speaker": "某某市人民政府"},
    "compilation.txt": {"compilation": "习近平谈治国理政: 第四卷",
                        "editors": "中共中央党史和文献研究院", "place": "北京",
                        "publisher": "外文出版社", "year": "2022", "page": "12-15"},
    "qiushi.html": {"speaker": "习近平", "page": "4-11"},  # its title is not read as a speech's
}

REFERENCES = {
    # A.9: 丁文详. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).
    "newspaper.txt": ("习近平. 在企业家座谈会上的讲话[N]. 人民日报, 2020-07-22(2).",
                      "《在企业家座谈会上的讲话》，习近平，《人民日报》2020年7月22日第2版"),
    # A.10: 萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://….
    "web.html": ("习近平. 在二十届中央政治局第十八次集体学习时的讲话[EB/OL]. "
                 f"(2026-02-02)[{TODAY}]. https://www.news.cn/politics/20260202/a.htm.",
                 "《在二十届中央政治局第十八次集体学习时的讲话》，习近平，新华网2026年2月2日，"
                 "https://www.news.cn/politics/20260202/a.htm，"
                 f"{date.today():%Y年%-m月%-d日}访问"),
    # 4.6.2: 北京市人民政府办公厅. 关于转发…的通知: 京政办发[2005]37号[A/OL].
    # (2005-07-12)[2011-07-12]. http://china.findlaw.cn/fagui/p_1/39934.html.
    "document.html": ("某某市人民政府. 某某市人民政府关于加强安全生产工作的通知: 某政发〔2024〕3号[A/OL]. "
                      f"(2024-02-01)[{TODAY}]. https://www.example.gov.cn/zwgk/a.html.",
                      "《某某市人民政府关于加强安全生产工作的通知》（某政发〔2024〕3号），某某市人民政府，"
                      "2024年2月1日，https://www.example.gov.cn/zwgk/a.html，"
                      f"{date.today():%Y年%-m月%-d日}访问"),
    # 4.2.2: 程根伟. 1998年长江洪水的成因与减灾对策[M]//许厚泽, 赵其国. 长江流域洪涝灾害与科技对策.
    # 北京: 科学出版社, 1999: 32-36.
    "compilation.txt": ("习近平. 在经济社会领域专家座谈会上的讲话[M]//中共中央党史和文献研究院. "
                        "习近平谈治国理政: 第四卷. 北京: 外文出版社, 2022: 12-15.",
                        "《在经济社会领域专家座谈会上的讲话》，习近平，载中共中央党史和文献研究院编"
                        "《习近平谈治国理政》第四卷，外文出版社2022年版，第12-15页"),
    # 4.4.2: 李炳穆. 韩国图书馆法[J/OL]. 图书情报工作, 2008, 52(6): 6-12[2013-10-25].
    # http://www.docin.com/p-400265742.html.
    "qiushi.html": ("习近平. 开创我国高质量发展新局面[J/OL]. 求是, 2024(12): 4-11"
                    f"[{TODAY}]. https://www.qstheory.cn/dukan/qs/2024-06/15/c_1130161646.htm.",
                    "《开创我国高质量发展新局面》，习近平，《求是》2024年第12期，第4-11页，"
                    "https://www.qstheory.cn/dukan/qs/2024-06/15/c_1130161646.htm，"
                    f"{date.today():%Y年%-m月%-d日}访问"),
}


def highlighted(library, folder, name):
    """The page imported, corrected as the user would, and a passage of it highlighted."""
    path = folder / name
    path.write_text(PAGES[name], encoding="utf-8")
    library.importer.import_file(path)
    [speech] = [s for s in library.speeches.all() if s.source_path.endswith(name)]
    if name in CORRECTIONS:
        library.edits.edit_fields([speech.id], CORRECTIONS[name])
    text = library.speeches.get(speech.id).text
    start = text.index("要")
    library.annotations.add(speech.id, start, start + 4, "yellow", "", [])
    return speech.id


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("style", [0, 1], ids=["gbt7714-2015", "plain"])
def test_the_markdown_export_cites_each_kind_of_source(library, tmp_path, name, style):
    speech_id = highlighted(library, tmp_path, name)
    target = tmp_path / "out.md"
    export(library.excerpts.select(ExportFilter(speech_ids=[speech_id])), "md", target,
           labels=ExportLabels(style=("gbt7714-2015", "plain")[style]))
    written = target.read_text(encoding="utf-8").replace("\\", "")  # Markdown's escapes
    assert REFERENCES[name][style] in written
    assert "yandu:" not in written
