import pytest

from analysis.furniture import breadcrumb, is_furniture, page_date, page_site


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
