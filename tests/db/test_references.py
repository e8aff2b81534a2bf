"""References after GB/T 7714-2015, held against the standard's own examples.

The examples are quoted from GB/T 7714-2015 (the section of each in the comment), without their
[n] numbers; the standard prints them with half-width ". " ", " ": " "//" in Chinese entries too.
"""
import itertools

import pytest

from db.references import STYLES, SourceFacts, kind_of, reference

# Newspapers [N] (4.4.2, A.9) ----------------------------------------------------------------


def test_a_printed_newspaper_article():
    # A.9: 丁文详. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).
    facts = SourceFacts(authors=("丁文详",), title="数字革命与竞争国际化", publication="中国青年报",
                        published="2000-11-20", page="15")
    assert reference(facts) == "丁文详. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15)."


def test_the_issues_newspaper_example():
    facts = SourceFacts(authors=("习近平",), title="在企业家座谈会上的讲话", publication="人民日报",
                        published="2020-07-22", page="2", accessed="2026-12-06")
    # A printed page has no access date: 引用日期 belongs to online resources.
    assert reference(facts) == "习近平. 在企业家座谈会上的讲话[N]. 人民日报, 2020-07-22(2)."


def test_a_newspaper_read_online():
    # 4.4.2: 余建斌. 我们的科技一直在追赶: 访中国工程院院长周济[N/OL]. 人民日报,
    # 2013-01-12(2)[2013-03-20]. http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm.
    url = "http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm"
    facts = SourceFacts(authors=("余建斌",), title="我们的科技一直在追赶: 访中国工程院院长周济",
                        publication="人民日报", published="2013-01-12", page="2", url=url,
                        accessed="2013-03-20")
    assert reference(facts) == (
        "余建斌. 我们的科技一直在追赶: 访中国工程院院长周济[N/OL]. 人民日报, 2013-01-12(2)"
        f"[2013-03-20]. {url}.")


def test_more_than_three_authors_and_a_title_ending_in_a_question_mark():
    # A.9: 刘裕国, 杨柳, 张洋, 等. 雾霾来袭, 如何突围?[N/OL]. 人民日报, 2013-01-12[2013-11-06].
    # http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_2-04.htm.
    url = "http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_2-04.htm"
    facts = SourceFacts(authors=("刘裕国", "杨柳", "张洋", "王某"), title="雾霾来袭, 如何突围?",
                        publication="人民日报", published="2013-01-12", url=url,
                        accessed="2013-11-06")
    assert reference(facts) == (
        f"刘裕国, 杨柳, 张洋, 等. 雾霾来袭, 如何突围?[N/OL]. 人民日报, 2013-01-12[2013-11-06]. {url}.")


def test_three_authors_are_all_named():
    # A.9: 傅刚, 赵承, 李佳路. 大风沙过后的思考[N/OL]. 北京青年报, 2000-01-12[2005-09-28]. ...
    facts = SourceFacts(authors=("傅刚", "赵承", "李佳路"), title="大风沙过后的思考",
                        publication="北京青年报", published="2000-01-12")
    assert reference(facts) == "傅刚, 赵承, 李佳路. 大风沙过后的思考[N]. 北京青年报, 2000-01-12."


# Journals [J] (4.4.2, A.8) -------------------------------------------------------------------


def test_a_journal_with_year_and_issue():
    # A.8: 杨洪升. 四库馆私家抄校书考略[J]. 文献, 2013(1): 56-75.
    facts = SourceFacts(authors=("杨洪升",), title="四库馆私家抄校书考略", publication="文献",
                        issue="2013(1)", page="56-75")
    assert reference(facts) == "杨洪升. 四库馆私家抄校书考略[J]. 文献, 2013(1): 56-75."


def test_a_journal_with_volume_and_more_than_three_authors():
    # A.8: 于潇, 刘义, 柴跃廷, 等. 互联网药品可信交易环境中主体资质审核备案模式[J].
    # 清华大学学报(自然科学版), 2012, 52(11): 1518-1523.
    facts = SourceFacts(authors=("于潇", "刘义", "柴跃廷", "孙宏波"),
                        title="互联网药品可信交易环境中主体资质审核备案模式",
                        publication="清华大学学报(自然科学版)", issue="2012, 52(11)",
                        page="1518-1523")
    assert reference(facts) == (
        "于潇, 刘义, 柴跃廷, 等. 互联网药品可信交易环境中主体资质审核备案模式[J]. "
        "清华大学学报(自然科学版), 2012, 52(11): 1518-1523.")


def test_a_journal_read_online():
    # 4.4.2: 李炳穆. 韩国图书馆法[J/OL]. 图书情报工作, 2008, 52(6): 6-12[2013-10-25].
    # http://www.docin.com/p-400265742.html.
    facts = SourceFacts(authors=("李炳穆",), title="韩国图书馆法", publication="图书情报工作",
                        issue="2008, 52(6)", page="6-12", accessed="2013-10-25",
                        url="http://www.docin.com/p-400265742.html")
    assert reference(facts) == ("李炳穆. 韩国图书馆法[J/OL]. 图书情报工作, 2008, 52(6): 6-12"
                                "[2013-10-25]. http://www.docin.com/p-400265742.html.")


def test_a_journal_issue_without_its_year_takes_the_year_of_publication():
    facts = SourceFacts(authors=("习近平",), title="开创我国高质量发展新局面", publication="求是",
                        issue="12", published="2024-06-16", page="4-11")
    assert reference(facts) == "习近平. 开创我国高质量发展新局面[J]. 求是, 2024(12): 4-11."


# Electronic resources [EB/OL] (4.6.2, A.10) --------------------------------------------------


def test_a_web_page():
    # A.10: 萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15].
    # http://www.creader.com/news/20011219/200112190019.html.
    url = "http://www.creader.com/news/20011219/200112190019.html"
    facts = SourceFacts(authors=("萧钰",), title="出版业信息化迈入快车道", url=url,
                        published="2001-12-19", accessed="2002-04-15")
    assert reference(facts) == f"萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. {url}."


def test_a_web_page_without_author():
    # A.10: Dublin core metadata element set: version 1.1[EB/OL]. (2012-06-14)[2014-06-11].
    # http://dublincore.org/documents/dces/.
    facts = SourceFacts(title="Dublin core metadata element set: version 1.1",
                        url="http://dublincore.org/documents/dces/", published="2012-06-14",
                        accessed="2014-06-11")
    assert reference(facts) == ("Dublin core metadata element set: version 1.1[EB/OL]. "
                                "(2012-06-14)[2014-06-11]. http://dublincore.org/documents/dces/.")


def test_a_web_page_without_date():
    # A.10: ... Pennsylvania library laws[EB/OL]. [2013-03-24].
    # http://www.racc.edu/yocum/pdf/PALibraryLaws.pdf.
    facts = SourceFacts(title="Pennsylvania library laws", accessed="2013-03-24",
                        url="http://www.racc.edu/yocum/pdf/PALibraryLaws.pdf")
    assert reference(facts) == ("Pennsylvania library laws[EB/OL]. [2013-03-24]. "
                                "http://www.racc.edu/yocum/pdf/PALibraryLaws.pdf.")


def test_the_issues_web_example_leaves_out_the_site_name():
    # The issue's pattern ……[EB/OL]. (2026-02-02)[2026-12-06]. https://…. and the standard's
    # examples name no site: the address says it.
    facts = SourceFacts(authors=("习近平",), title="在二十届中央政治局第十八次集体学习时的讲话",
                        publication="新华网", url="https://www.news.cn/politics/a.htm",
                        published="2026-02-02", accessed="2026-12-06")
    assert reference(facts) == ("习近平. 在二十届中央政治局第十八次集体学习时的讲话[EB/OL]. "
                                "(2026-02-02)[2026-12-06]. https://www.news.cn/politics/a.htm.")


# Official documents and archives [A] (4.6.2, 4.1.2) -------------------------------------------


def test_an_official_document_online_with_its_number():
    # 4.6.2: 北京市人民政府办公厅. 关于转发北京市企业投资项目核准暂行实施办法的通知:
    # 京政办发[2005]37号[A/OL]. (2005-07-12)[2011-07-12]. http://china.findlaw.cn/fagui/p_1/39934.html.
    facts = SourceFacts(authors=("北京市人民政府办公厅",),
                        title="关于转发北京市企业投资项目核准暂行实施办法的通知",
                        doc_number="京政办发[2005]37号", published="2005-07-12",
                        accessed="2011-07-12", url="http://china.findlaw.cn/fagui/p_1/39934.html")
    assert reference(facts) == (
        "北京市人民政府办公厅. 关于转发北京市企业投资项目核准暂行实施办法的通知: 京政办发[2005]37号"
        "[A/OL]. (2005-07-12)[2011-07-12]. http://china.findlaw.cn/fagui/p_1/39934.html.")


def test_a_state_council_notice():
    facts = SourceFacts(authors=("国务院",), title="国务院关于印发《某某规划》的通知",
                        doc_number="国发〔2024〕3号", published="2024-02-01",
                        accessed="2026-12-06", url="https://www.gov.cn/zhengce/content/a.htm",
                        publication="中国政府网")
    assert kind_of(facts) == "document"
    assert reference(facts) == (
        "国务院. 国务院关于印发《某某规划》的通知: 国发〔2024〕3号[A/OL]. (2024-02-01)[2026-12-06]. "
        "https://www.gov.cn/zhengce/content/a.htm.")


def test_a_printed_archive():
    # 4.1.2: 中国第一历史档案馆, 辽宁省档案馆. 中国明朝档案总汇[A]. 桂林: 广西师范大学出版社, 2001.
    facts = SourceFacts(authors=("中国第一历史档案馆", "辽宁省档案馆"), title="中国明朝档案总汇",
                        kind="document", place="桂林", publisher="广西师范大学出版社", year="2001")
    assert reference(facts) == "中国第一历史档案馆, 辽宁省档案馆. 中国明朝档案总汇[A]. 桂林: 广西师范大学出版社, 2001."


def test_a_document_known_only_from_its_text_has_its_date():
    facts = SourceFacts(authors=("国务院",), title="关于某事的通知", doc_number="国发〔2024〕3号",
                        published="2024-02-01", accessed="2026-12-06")
    assert reference(facts) == "国务院. 关于某事的通知: 国发〔2024〕3号[A]. 2024-02-01."


# Contributions to a book, a compilation or proceedings [M]// [C]// (4.2.2, A.7, 10.2.4) ------


def test_a_contribution_to_a_book():
    # 4.2.2: 程根伟. 1998年长江洪水的成因与减灾对策[M]//许厚泽, 赵其国. 长江流域洪涝灾害与科技对策.
    # 北京: 科学出版社, 1999: 32-36.
    facts = SourceFacts(authors=("程根伟",), title="1998年长江洪水的成因与减灾对策",
                        container_authors=("许厚泽", "赵其国"), container_title="长江流域洪涝灾害与科技对策",
                        place="北京", publisher="科学出版社", year="1999", page="32-36")
    assert reference(facts) == ("程根伟. 1998年长江洪水的成因与减灾对策[M]//许厚泽, 赵其国. "
                                "长江流域洪涝灾害与科技对策. 北京: 科学出版社, 1999: 32-36.")


def test_a_contribution_by_more_than_three_authors():
    # 4.2.2: 陈晋镳, 张惠民, 朱士兴, 等. 蓟县震旦亚界研究[M]//中国地质科学院天津地质矿产研究所.
    # 中国震旦亚界. 天津: 天津科学技术出版社, 1980: 56-114.
    facts = SourceFacts(authors=("陈晋镳", "张惠民", "朱士兴", "赵震", "王振刚"), title="蓟县震旦亚界研究",
                        container_authors=("中国地质科学院天津地质矿产研究所",),
                        container_title="中国震旦亚界", place="天津", publisher="天津科学技术出版社",
                        year="1980", page="56-114")
    assert reference(facts) == ("陈晋镳, 张惠民, 朱士兴, 等. 蓟县震旦亚界研究[M]//中国地质科学院天津地质矿产研究所. "
                                "中国震旦亚界. 天津: 天津科学技术出版社, 1980: 56-114.")


def test_a_work_in_an_authors_collected_works_is_in_a_book():
    # 4.2.2: 马克思. 政治经济学批判[M]//马克思, 恩格斯. 马克思恩格斯全集: 第35卷.
    # 北京: 人民出版社, 2013: 302.
    facts = SourceFacts(authors=("马克思",), title="政治经济学批判",
                        container_authors=("马克思", "恩格斯"), container_title="马克思恩格斯全集: 第35卷",
                        place="北京", publisher="人民出版社", year="2013", page="302")
    assert reference(facts) == ("马克思. 政治经济学批判[M]//马克思, 恩格斯. 马克思恩格斯全集: 第35卷. "
                                "北京: 人民出版社, 2013: 302.")


def test_a_speech_in_a_compilation_of_speeches():
    facts = SourceFacts(authors=("习近平",), title="在企业家座谈会上的讲话",
                        container_title="习近平谈治国理政: 第四卷", place="北京", publisher="外文出版社",
                        year="2022", page="12-15", published="2020-07-21")
    assert kind_of(facts) == "compilation"
    # 4.2.2: without editors the book's title follows // (A.7: 卷39乞致仕第一[M]//苏魏公文集: 下册. ...)
    assert reference(facts) == ("习近平. 在企业家座谈会上的讲话[M]//习近平谈治国理政: 第四卷. "
                                "北京: 外文出版社, 2022: 12-15.")


def test_a_speech_in_the_papers_of_a_meeting_is_in_proceedings():
    # 10.2.4: 裴丽生. 在中国科协学术期刊编辑工作经验交流会上的讲话[C]//中国科学技术协会.
    # 中国科协学术期刊编辑工作经验交流会资料选. 北京: 中国科学技术协会学会工作部, 1981: 2-10.
    facts = SourceFacts(authors=("裴丽生",), title="在中国科协学术期刊编辑工作经验交流会上的讲话",
                        container_authors=("中国科学技术协会",),
                        container_title="中国科协学术期刊编辑工作经验交流会资料选", container_type="C",
                        place="北京", publisher="中国科学技术协会学会工作部", year="1981", page="2-10")
    assert reference(facts) == (
        "裴丽生. 在中国科协学术期刊编辑工作经验交流会上的讲话[C]//中国科学技术协会. "
        "中国科协学术期刊编辑工作经验交流会资料选. 北京: 中国科学技术协会学会工作部, 1981: 2-10.")


def test_a_contribution_read_online():
    # 4.2.2 (A.7): 楼梦鳞, 杨燕. 汶川地震基岩地震动特征分析[M/OL]//同济大学土木工程防灾国家重点实验室.
    # 汶川地震震害研究. 上海: 同济大学出版社, 2011: 011-012[2013-05-09]. http://apabi…
    url = "http://apabi.lib.pku.edu.cn/usp/pku/pub.mvc?pid=book.detail&metaid=m.20120406-YPT-889-0010"
    facts = SourceFacts(authors=("楼梦鳞", "杨燕"), title="汶川地震基岩地震动特征分析",
                        container_authors=("同济大学土木工程防灾国家重点实验室",),
                        container_title="汶川地震震害研究", place="上海", publisher="同济大学出版社",
                        year="2011", page="011-012", accessed="2013-05-09", url=url)
    assert reference(facts) == (
        "楼梦鳞, 杨燕. 汶川地震基岩地震动特征分析[M/OL]//同济大学土木工程防灾国家重点实验室. "
        f"汶川地震震害研究. 上海: 同济大学出版社, 2011: 011-012[2013-05-09]. {url}.")


# A speech known from its own text [Z] -----------------------------------------------------------


def test_a_speech_with_no_source_is_another_kind_of_document():
    facts = SourceFacts(authors=("习近平",), title="在企业家座谈会上的讲话", published="2020-07-21")
    assert kind_of(facts) == "speech"
    assert reference(facts) == "习近平. 在企业家座谈会上的讲话[Z]. 2020-07-21."


# Edge cases ---------------------------------------------------------------------------------


def test_a_title_in_book_title_marks_loses_the_outer_ones_only():
    assert reference(SourceFacts(title="《在企业家座谈会上的讲话》", authors=("习近平",))) == (
        "习近平. 在企业家座谈会上的讲话[Z].")
    # Marks inside a title stay (A.8: 常森. 《五行》学说与《荀子》[J]. ...)
    assert reference(SourceFacts(title="《五行》学说与《荀子》")) == "《五行》学说与《荀子》[Z]."


def test_a_title_ending_in_a_full_stop_or_comma_loses_it():
    assert reference(SourceFacts(title="在企业家座谈会上的讲话。", publication="人民日报")) == (
        "在企业家座谈会上的讲话[N]. 人民日报.")
    assert reference(SourceFacts(title="讲话，", authors=("习近平",))) == "习近平. 讲话[Z]."


def test_a_part_ending_a_sentence_is_not_given_a_second_full_stop():
    # 4.1.2 writes "PEEBLES P Z, Jr. Probability, …": the abbreviation's point ends the name.
    facts = SourceFacts(authors=("PEEBLES P Z, Jr.",), title="Remarks", published="2001")
    assert reference(facts) == "PEEBLES P Z, Jr. Remarks[Z]. 2001."
    asked = SourceFacts(title="讲话", container_title="谁来养活中国?")
    assert reference(asked) == "讲话[M]//谁来养活中国?"


def test_only_a_url():
    url = "https://www.gov.cn/zhengce/a.htm"
    assert kind_of(SourceFacts(url=url)) == "web"
    assert reference(SourceFacts(url=url)) == f"{url}."
    assert reference(SourceFacts(url=url, accessed="2026-12-06")) == f"[2026-12-06]. {url}."


def test_a_year_only_date():
    assert reference(SourceFacts(title="讲话", authors=("习近平",), published="2020")) == (
        "习近平. 讲话[Z]. 2020.")
    assert reference(SourceFacts(title="讲话", url="https://a.cn/b", published="2020",
                                 accessed="2026-12-06")) == (
        "讲话[EB/OL]. (2020)[2026-12-06]. https://a.cn/b.")
    # A 版次 belongs to a day's paper: with a year only it would read as a journal's issue.
    assert reference(SourceFacts(title="讲话", publication="人民日报", published="2020",
                                 page="2")) == "讲话[N]. 人民日报, 2020."


def test_nothing_known():
    assert reference(SourceFacts()) == ""
    assert reference(SourceFacts(), "plain") == ""


def test_authors_and_fields_are_trimmed_and_blank_ones_dropped():
    facts = SourceFacts(authors=(" 习近平 ", ""), title=" 讲话 ", publication=" 人民日报 ",
                        published=" 2020-07-22 ", page=" 2 ")
    assert reference(facts) == "习近平. 讲话[N]. 人民日报, 2020-07-22(2)."


FIELDS = {
    "authors": ("习近平", "李强", "赵乐际", "王沪宁"), "title": "讲话", "publication": "人民日报",
    "issue": "2024(3)", "page": "2", "url": "https://a.cn/b", "published": "2020-07-22",
    "accessed": "2026-12-06", "doc_number": "国发〔2024〕3号", "container_authors": ("编者",),
    "container_title": "文集: 第一卷", "place": "北京", "publisher": "人民出版社", "year": "2022",
}


@pytest.mark.parametrize("kind", ["newspaper", "journal", "web", "document", "compilation", "speech"])
@pytest.mark.parametrize("style", STYLES)
def test_missing_fields_leave_no_stray_punctuation(kind, style):
    names = list(FIELDS)
    for size in range(len(names) + 1):
        for given in itertools.combinations(names, size):
            if size > 2 and len(names) - size > 2:
                continue  # every pair given or left out is enough
            text = reference(SourceFacts(kind=kind, **{n: FIELDS[n] for n in given}), style)
            for stray in ("..", ", .", ",.", "()", "[]", ":.", ": .", "《》", "，，", "，。"):
                assert stray not in text, (given, text)
            assert not text.startswith((".", ",", " ", "，", "//"))
            assert "载，" not in text and "编，" not in text and not text.endswith(("载", "编"))
            assert "  " not in text and not text.endswith(" ")


# Choosing the kind ----------------------------------------------------------------------------


def test_kind_of():
    assert kind_of(SourceFacts(container_title="习近平谈治国理政: 第四卷", url="https://a.cn")) == "compilation"
    assert kind_of(SourceFacts(publication="人民日报", page="2")) == "newspaper"
    assert kind_of(SourceFacts(publication="新华每日电讯", page="2")) == "newspaper"
    assert kind_of(SourceFacts(publication="人民日报", url="https://paper.people.com.cn/a")) == "newspaper"
    assert kind_of(SourceFacts(publication="新华网", page="2", url="https://a.cn")) == "web"
    assert kind_of(SourceFacts(publication="求是", issue="2024(3)")) == "journal"
    # A journal's pages are not a 版次; a 学报 and a 公报 are journals.
    assert kind_of(SourceFacts(publication="求是", issue="2024(3)", page="4-11")) == "journal"
    assert kind_of(SourceFacts(publication="中共中央党校学报", page="5")) == "journal"
    assert kind_of(SourceFacts(publication="中华人民共和国国务院公报")) == "journal"
    assert kind_of(SourceFacts(doc_number="国发〔2024〕3号", url="https://www.gov.cn/a")) == "document"
    assert kind_of(SourceFacts(url="https://www.gov.cn/a")) == "web"
    assert kind_of(SourceFacts(title="讲话", published="2020-07-22")) == "speech"
    assert kind_of(SourceFacts(title="讲话", url="  ", container_title=" ")) == "speech"


def test_a_kind_given_is_kept():
    facts = SourceFacts(title="讲话", publication="人民日报", url="https://a.cn/b", kind="web")
    assert reference(facts) == "讲话[EB/OL]. https://a.cn/b."


def test_unknown_style_or_kind_is_refused():
    with pytest.raises(ValueError):
        reference(SourceFacts(title="讲话"), "apa")
    with pytest.raises(ValueError):
        reference(SourceFacts(title="讲话", kind="book"))


# Yandu's plain form ---------------------------------------------------------------------------


def test_plain_newspaper():
    facts = SourceFacts(authors=("习近平",), title="在企业家座谈会上的讲话", publication="人民日报",
                        published="2020-07-22", page="2")
    assert reference(facts, "plain") == "《在企业家座谈会上的讲话》，习近平，《人民日报》2020年7月22日第2版"


def test_plain_journal():
    facts = SourceFacts(authors=("习近平",), title="开创我国高质量发展新局面", publication="求是",
                        issue="2024(12)", page="4-11")
    assert reference(facts, "plain") == "《开创我国高质量发展新局面》，习近平，《求是》2024年第12期，第4-11页"
    yearly = SourceFacts(title="讲话", publication="某某年鉴", kind="journal", published="2020-05-01")
    assert reference(yearly, "plain") == "《讲话》，《某某年鉴》2020年"


def test_plain_web_page():
    facts = SourceFacts(authors=("习近平",), title="讲话", publication="新华网", published="2026-02-02",
                        url="https://www.news.cn/a.htm", accessed="2026-12-06")
    assert reference(facts, "plain") == (
        "《讲话》，习近平，新华网2026年2月2日，https://www.news.cn/a.htm，2026年12月6日访问")


def test_plain_document_puts_its_number_after_the_title():
    facts = SourceFacts(authors=("国务院",), title="国务院关于印发《某某规划》的通知",
                        doc_number="国发〔2024〕3号", published="2024-02-01")
    assert reference(facts, "plain") == "《国务院关于印发〈某某规划〉的通知》（国发〔2024〕3号），国务院，2024年2月1日"


def test_plain_compilation():
    facts = SourceFacts(authors=("习近平",), title="在企业家座谈会上的讲话",
                        container_title="习近平谈治国理政: 第四卷", place="北京", publisher="外文出版社",
                        year="2022", page="12-15")
    assert reference(facts, "plain") == (
        "《在企业家座谈会上的讲话》，习近平，载《习近平谈治国理政》第四卷，外文出版社2022年版，第12-15页")
    edited = SourceFacts(title="讲话", container_authors=("中共中央文献研究室",),
                         container_title="十八大以来重要文献选编: 上", publisher="中央文献出版社",
                         year="2014")
    assert reference(edited, "plain") == (
        "《讲话》，载中共中央文献研究室编《十八大以来重要文献选编》上，中央文献出版社2014年版")


def test_plain_speech_with_many_speakers():
    facts = SourceFacts(authors=("甲", "乙", "丙", "丁"), title="讲话", published="2020-07")
    assert reference(facts, "plain") == "《讲话》，甲、乙、丙等，2020年7月"
