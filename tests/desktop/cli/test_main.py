"""The command line as a whole: its help, its version, its errors, and no Qt."""
import sqlite3

import pytest

from analysis.version import __version__
from desktop.cli.main import main
from tests.desktop.cli.conftest import run


def test_a_foreign_library_file_gives_a_clear_message(capsys, tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    code, out, err = run(capsys, "--db", str(other), "list")
    assert code == 2 and out == ""
    assert err.strip() == f"yandu: {other}: this SQLite file belongs to another program, not Yandu"


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"yandu {__version__}"
    for command in ("analyze", "import", "list", "show"):
        with pytest.raises(SystemExit) as exited:
            main([command, "--help"])
        assert exited.value.code == 0
        assert f"usage: yandu {command}" in capsys.readouterr().out


def test_the_command_line_loads_no_qt():
    import subprocess
    import sys

    from tests.conftest import REPO
    code = ("import sys, desktop.cli; from desktop.cli.main import main; "
            "main(['list']); print(sorted(m for m in sys.modules if m.startswith(('PySide6', "
            "'shiboken6'))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
