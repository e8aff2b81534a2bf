import pytest

from analysis.layers.extract import extract
from analysis.layers.figures import find_figures


def figures(text):
    return [(f.text, f.value, f.unit, f.kind, f.approx, f.placeholder, f.direction)
            for f in extract(text, []).figures]


@pytest.mark.parametrize("text, expected", [
    ("死亡31人", ("31人", 31, "人", "people", False, False, None)),
    ("总量同比下降23.5%", ("23.5%", 23.5, "%", "percent", False, False, "down")),
    ("投入约2.12亿元", ("约2.12亿元", 212_000_000, "元", "money", True, False, None)),
    ("培训农民工达1.2万人", ("1.2万人", 12_000, "人", "people", False, False, None)),
    ("十六人死亡", ("十六人", 16, "人", "people", False, False, None)),
    ("连续二十四年未发生", ("二十四年", 24, "年", "duration", False, False, None)),
    ("比去年减少五分之一", ("五分之一", 20, "%", "percent", False, False, "down")),
    ("下降百分之二十三点五", ("百分之二十三点五", 23.5, "%", "percent", False, False, "down")),
    ("对1000余家单位", ("1000余家", 1000, "家", "count", True, False, None)),
    ("检查近百次", ("近百次", 100, "次", "count", True, False, None)),
    ("将80%以上的人员", ("80%以上", 80, "%", "percent", True, False, None)),
    ("共有XX家企业", ("XX家", None, "家", "count", False, True, None)),
    ("约XX%的企业", ("约XX%", None, "%", "percent", True, True, None)),
    ("直接经济损失１２３．５万元", ("１２３．５万元", 1_235_000, "元", "money", False, False, None)),
    ("检查企业1,234家", ("1,234家", 1234, "家", "count", False, False, None)),
    ("同比增长42.7%", ("42.7%", 42.7, "%", "percent", False, False, "up")),
    ("取得了第三名的好成绩", ("第三名", 3, "名", "rank", False, False, None)),
    ("在半小时内步行上学", ("半小时", 0.5, "小时", "duration", False, False, None)),
    ("年内不得少于2次", ("2次", 2, "次", "count", False, False, None)),
])
def test_one_figure(text, expected):
    assert figures(text) == [expected]


def test_ranges_keep_both_ends():
    [figure] = find_figures("每个安监分局负责4—5个镇，完成2—3所学校")[:1]
    assert (figure.text, figure.value, figure.value_max) == ("4—5个", 4, 5)
    assert [(f.text, f.value_max) for f in find_figures("力争达到4至5个")] == [("4至5个", 5)]


def test_a_figure_joined_by_he_shares_the_direction():
    assert [(f.text, f.direction) for f in find_figures("削减55吨和115吨")] == [
        ("55吨", "down"), ("115吨", "down")]


def test_bare_rates_are_figures_where_a_rate_is_stated():
    text = "万车死亡率控制在2.2，而我区是6.8，高了4.6；"
    assert [(f.text, f.kind, f.direction) for f in find_figures(text)] == [
        ("2.2", "rate", None), ("6.8", "rate", None), ("4.6", "rate", "up")]
    assert find_figures("我们是6.8") == []  # no rate in the sentence: not data


@pytest.mark.parametrize("text", [
    "2016年6月12日召开",          # dates
    "第三，一是，（一）",           # ordinals and list markers
    "落实“三同时”和“一岗双责”",     # formula phrases
    "国发〔2014〕21号，GB/T29315-2012，国务院302号令",  # document numbers
    "十分重视，一起努力，一批项目，统一部署，一次能源",      # idioms
    "发现一起、整改一起，打起十二分精神，十有八九",
    "讲两个方面问题，三个阶段，二期建设，四项工作",          # enumerations, not data
    "党的十八大，区委十届六次全会，第64次常务会议，第四次党代会",
    "万元gdp能耗，百万吨死亡率，亿元地区生产总值",           # names of rates
    "以“15分钟文体活动圈”为标准，迎接建国60周年",
    "九台和德惠市，唯一一家，so2排放量，201室",
])
def test_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("国土面积960多万平方公里", ("960多万平方公里", 9_600_000, "平方公里", "area", True, False, None)),
    ("累计发放1370多亿元", ("1370多亿元", 137_000_000_000, "元", "money", True, False, None)),
    ("惠及620多万建档立卡贫困人口", ("620多万", 6_200_000, None, "count", True, False, None)),
    ("比1985年增长5.1倍", ("5.1倍", 5.1, "倍", "multiple", False, False, "up")),
    ("出口额增长2倍多", ("2倍多", 2, "倍", "multiple", True, False, "up")),
    ("人均预期寿命达到78.9岁", ("78.9岁", 78.9, "岁", "age", False, False, None)),
    ("城乡居民收入比缩小至2.54", ("2.54", 2.54, None, "rate", False, False, "down")),
    ("新建蓄水池1200立方米", ("1200立方米", 1200, "立方米", "volume", False, False, None)),
    ("生产总值6.66万亿元", ("6.66万亿元", 6_660_000_000_000, "元", "money", False, False, None)),
    ("粮食产量1300亿斤以上", ("1300亿斤以上", 130_000_000_000, "斤", "weight", True, False, None)),
    ("生猪出栏6248万头", ("6248万头", 62_480_000, "头", "count", False, False, None)),
    ("超过8100亿千瓦时", ("8100亿千瓦时", 810_000_000_000, "千瓦时", "energy", False, False, None)),
    ("浓度降至28.5微克每立方米", ("28.5微克每立方米", 28.5, "微克/立方米", "concentration",
                              False, False, "down")),
    ("用8个多月时间", ("8个多月", 8, "个月", "duration", True, False, None)),
    ("从5000多年文明发展中走来", ("5000多年", 5000, "年", "duration", True, False, None)),
    ("约占全省耕地的1/4", ("1/4", 25, "%", "percent", False, False, None)),
    ("为0—6岁儿童免费体检", ("0—6岁", 0, "岁", "age", False, False, None)),
    ("举办活动3万余场次", ("3万余场次", 30_000, "场次", "count", True, False, None)),
])
def test_figures_of_work_reports(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize("text", [
    "学习不能三天打鱼、两天晒网", "举办三人篮球联赛", "上世纪80年代以来", "每10万人口拥有医生",
    "每1户要填写表格", "第一个十年扶贫纲要", "实施城市更新三年行动", "千百年来的梦想",
    "把人民生命安全放在第一位", "开展1对1帮扶", "2020/5/12发布",
])
def test_names_idioms_and_denominators_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全县生产总值达到二万八千亿元左右",
     ("二万八千亿元左右", 2_800_000_000_000, "元", "money", True, False, None)),
    ("原煤产量三亿零四百七十五万吨", ("三亿零四百七十五万吨", 304_750_000, "吨", "weight", False,
                                    False, None)),
    ("人口自然增长率降到千分之六点一", ("千分之六点一", 6.1, "‰", "percent", False, False, "down")),
    ("满意度达九成以上", ("九成以上", 90, "%", "percent", True, False, None)),
    ("占全部企业近两成", ("近两成", 20, "%", "percent", True, False, None)),
    ("近一半的村建成了卫生室", ("近一半", 50, "%", "percent", True, False, None)),
    ("到本世纪末力争翻两番", ("翻两番", 4, "倍", "multiple", False, False, "up")),
    ("这是团结奋斗的一年零三个月", ("一年零三个月", 15, "个月", "duration", False, False, None)),
    ("在一个十亿人口的大国", ("十亿", 1_000_000_000, None, "count", False, False, None)),
    ("把人口控制在十二亿以内", ("十二亿以内", 1_200_000_000, None, "count", True, False, None)),
    ("全县有三千多万个体工商户", ("三千多万", 30_000_000, None, "count", True, False, None)),
    ("区域创新能力连续多年全国第一。", ("第一", 1, None, "rank", False, False, None)),
    ("最低工资标准达到1800元/月", ("1800元/月", 1800, "元/月", "money", False, False, None)),
    ("亿元生产总值死亡率0.6人/百亿元以下", ("0.6人/百亿元以下", 0.6, "人/百亿元", "rate", True,
                                          False, None)),
    ("居民消费价格上涨2.5％", ("2.5％", 2.5, "%", "percent", False, False, "up")),
    ("年发电量二千零三十亿度", ("二千零三十亿度", 203_000_000_000, "度", "energy", False, False,
                              None)),
])
def test_figures_of_every_register(text, expected):
    assert figures(text) == [expected]


def test_a_list_counted_anew_shares_its_direction_and_a_plain_list_does_not():
    assert [f[-1] for f in figures("新增学位3000个、床位200张")] == ["up", "up"]
    assert [f[-1] for f in figures("产值增长10%、税收7.9%")] == ["up", None]


def test_ratios_with_the_ratio_sign_and_after_an_income_ratio():
    assert [f.text for f in find_figures("三次产业结构为4.0∶37.7∶58.3")] == ["4.0∶37.7∶58.3"]
    assert [f.text for f in find_figures("城乡居民收入比从2.50:1缩小")] == ["2.50:1"]


@pytest.mark.parametrize("text", [
    "重点抓好以下14个方面的工作", "推动出台服务业扩大开放3.0方案", "建成五百亿级开发区",
    "在全国第十五届运动会上", "做强全省第三极", "肃清十年内乱的后果", "普及九年义务教育",
    "一成不变", "千万不要大意",
])
def test_classes_versions_sessions_and_words_are_not_figures(text):
    assert figures(text) == []


def test_old_typesetting_full_width_fractions_and_bare_magnitudes_passed():
    assert figures("财政收入增长12·5％。") == [("12·5％", 12.5, "%", "percent", False, False, "up")]
    [(text, value, unit, kind, *_)] = figures("耕地占全县的１／３。")
    assert (text, round(value, 1), unit, kind) == ("１／３", 33.3, "%", "percent")
    assert [(t, v, u) for t, v, u, *_ in figures("全县生产总值突破千亿元，进出口总额过万亿元。")] == [
        ("千亿元", 1e11, "元"), ("万亿元", 1e12, "元")]


def test_a_bare_magnitude_alone_or_as_an_age_is_no_figure():
    assert figures("惠及千家万户。走过百年奋斗历程。汶川5·12地震。") == []
