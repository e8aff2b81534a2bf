"""The gettext catalogue: sentences without Qt, and argparse's own, in the language asked."""
import os
import subprocess
import sys

import pytest

from desktop.common import catalogue, messages
from tests.conftest import REPO


@pytest.fixture
def restore_english():
    yield
    catalogue.use("en")


def test_the_environment_is_read_as_gettext_reads_it(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert catalogue.environment_language() == "C"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert catalogue.environment_language() == "zh_CN.UTF-8"
    monkeypatch.setenv("LANGUAGE", "en:zh_CN")
    assert catalogue.environment_language() == "en"


def test_sentences_and_plurals_follow_the_language(restore_english):
    catalogue.use("zh_CN.UTF-8")
    assert catalogue._("the disk is full") == "磁盘已满"
    assert messages.speeches(3) == "3 篇讲话"
    catalogue.use("C")
    assert catalogue._("the disk is full") == "the disk is full"
    assert (messages.speeches(1), messages.speeches(3)) == ("1 speech", "3 speeches")
    catalogue.use("fr_FR")  # no catalogue: English
    assert messages.speeches(3) == "3 speeches"


def yandu(*args: str, lang: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items()
           if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_command_line_speaks_chinese_on_a_chinese_system():
    shown = yandu("--help", lang="zh_CN.UTF-8")
    assert shown.returncode == 0
    assert shown.stdout.startswith("用法：yandu")
    for words in ("位置参数", "选项", "显示本帮助信息并退出", "把文件和文件夹导入文库",
                  "研读：阅读、标注和研习领导讲话稿。"):
        assert words in shown.stdout, words
    wrong = yandu("frobnicate", lang="zh_CN.UTF-8")
    assert wrong.returncode == 2 and "yandu：错误：参数 COMMAND：无效的选择" in wrong.stderr
    missing = yandu("analyze", lang="zh_CN.UTF-8")
    assert "缺少必需的参数：FILE" in missing.stderr


def test_the_command_line_stays_english_under_c():
    shown = yandu("--help", lang="C")
    assert shown.stdout.startswith("usage: yandu")
    assert "show this help message and exit" in shown.stdout
    assert "import files and folders into the library" in shown.stdout
    assert not any("\u4e00" <= char <= "\u9fff" for char in shown.stdout.replace("研读", ""))


def test_a_refused_file_is_explained_in_chinese(tmp_path):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    said = yandu("analyze", str(empty), lang="zh_CN.UTF-8")
    assert said.returncode == 1 and said.stderr.strip() == f"yandu: {empty}: 文件是空的"


def test_an_import_reports_each_file_in_chinese(tmp_path):
    (tmp_path / "讲话.txt").write_text("同志们：今年要切实做好安全生产工作，必须严格落实责任。" * 3,
                                      encoding="utf-8")
    (tmp_path / "坏.pdf").write_bytes(b"not a pdf at all")
    env_db = str(tmp_path / "library.sqlite")
    said = yandu("--db", env_db, "import", str(tmp_path), lang="zh_CN.UTF-8")
    assert said.returncode == 1  # lined up in columns, as in English
    assert f"已导入    {tmp_path / '讲话.txt'}: 1 篇讲话" in said.stdout
    assert f"失败      {tmp_path / '坏.pdf'}: 不是 PDF 文件（没有 %PDF 文件头）" in said.stderr
    assert "导入 1 个，未变 0 个，失败 1 个" in said.stdout
