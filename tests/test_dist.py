"""`make dist` in one long test: from the project's files alone (no compiled translations) a
wheel that carries them, and a one-folder desktop build that starts in Chinese on a Chinese
system, with Qt's own translation and Yandu's analysis inside."""
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

BIN = Path(sys.executable).parent


def run(*command, cwd, env=None, timeout=1200):
    done = subprocess.run([str(part) for part in command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return done


@pytest.mark.long
def test_the_wheel_and_the_desktop_build(tmp_path):
    files = run("git", "ls-files", "--cached", "--others", "--exclude-standard", cwd=REPO)
    source = tmp_path / "source"
    for name in files.stdout.splitlines():
        if (REPO / name).is_file() and not name.startswith("docs/"):
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    assert not list(source.rglob("*.qm")) and not list(source.rglob("*.mo"))

    run(sys.executable, "-m", "build", "--wheel", "--outdir", tmp_path / "wheel", ".",
        cwd=source)
    [wheel] = (tmp_path / "wheel").glob("yandu-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("resources/translations/yandu_zh_CN.qm", "resources/translations/yandu_en.qm",
                 "resources/translations/zh_CN/LC_MESSAGES/yandu.mo",
                 "resources/icons/yandu.png", "resources/yandu.desktop"):
        assert name in names, name

    run(BIN / "pyinstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
        tmp_path / "dist", "--workpath", tmp_path / "work", "yandu.spec", cwd=source)
    program = tmp_path / "dist" / "yandu" / ("yandu.exe" if os.name == "nt" else "yandu")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "PYTHONPATH")}
    environment.update(QT_QPA_PLATFORM="offscreen", LANG="zh_CN.UTF-8",
                       XDG_CONFIG_HOME=str(tmp_path / "config"),
                       YANDU_DB=str(tmp_path / "library.sqlite"))
    started = run(program, "--check-start", cwd=tmp_path, env=environment, timeout=120)
    assert started.stdout.strip() == "研读 | 文件(F) 编辑(E) 视图(V) 学习(S) 工具(T) 帮助(H) | 取消"
    assert "用法：yandu" in run(program, "--help", cwd=tmp_path, env=environment).stdout

    speech = tmp_path / "讲话.txt"
    speech.write_text("同志们：今年全区发生事故3起，死亡2人，同比下降23.5%。各级必须压实安全生产责任。",
                      encoding="utf-8")
    analysed = json.loads(run(program, "analyze", "--json", speech, cwd=tmp_path,
                              env=environment).stdout)
    [found] = analysed["speeches"]
    assert "2人" in [figure["text"] for figure in found["figures"]]
    assert any("必须" in directive["text"] for directive in found["directives"])

    # a folder is analysed by workers forked from a fork server the build starts itself
    folder = tmp_path / "folder"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.txt").write_text(
            f"同志们：\n第{number + 1}季度全区发生事故3起。各级必须压实安全生产责任。",
            encoding="utf-8")
    environment.update(LANG="C.UTF-8")
    imported = run(program, "import", folder, cwd=tmp_path, env=environment, timeout=300)
    assert "6 imported, 0 unchanged, 0 failed" in imported.stdout, imported.stdout
    listed = run(program, "list", cwd=tmp_path, env=environment).stdout
    assert all(f"{number}.txt" in listed for number in range(6))


def test_the_desktop_entry_starts_yandu_with_its_icon():
    import configparser
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(REPO / "resources" / "yandu.desktop", encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert (fields["Type"], fields["Exec"], fields["Terminal"]) == ("Application", "yandu", "false")
    assert fields["Name[zh_CN]"] == "研读" and fields["Icon"] == "yandu"
    assert (REPO / "resources" / "icons" / "yandu.png").is_file()
    assert "yandu = desktop.cli:main" in (REPO / "setup.cfg").read_text(encoding="utf-8")
