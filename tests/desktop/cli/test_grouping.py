"""`yandu group`: three members publish and pull through one folder."""
from db import Library
from tests.db.sync.conftest import highlight, speech
from tests.desktop.cli.conftest import run
from tests.speeches import SAFETY


def members(tmp_path, names):
    (tmp_path / "safety.txt").write_text(SAFETY, encoding="utf-8")
    paths = {}
    for name, quote in zip(names, ("去年全镇发生事故3起", "各村要在6月底前完成排查", "监管职责")):
        path = tmp_path / f"{name}.sqlite"
        with Library(path) as library:
            list(library.importer.import_paths([tmp_path / "safety.txt"]))
            highlight(library, speech(library), quote, "green", f"{name}的笔记")
        paths[name] = path
    folder = tmp_path / "group"
    folder.mkdir()
    return paths, folder


def test_three_members_publish_and_list_each_other(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("YANDU_GROUP_PASSPHRASE", "小组口令")
    paths, folder = members(tmp_path, ("Wang", "Li", "Zhang"))
    for name, path in [*paths.items(), ("Wang", paths["Wang"])]:
        code, out, err = run(capsys, "--db", str(path), "group", "--folder", str(folder),
                             "--name", name)
        assert (code, err) == (0, "")
    assert out == ("Published 1 highlight as Wang.\n"
                   "Read 2 other members: 2 highlights on your speeches.\n")

    code, out, err = run(capsys, "--db", str(paths["Wang"]), "group", "--members")
    assert (code, out) == (0, "Li\t1 highlight\tshown\nZhang\t1 highlight\tshown\n")


def test_a_wrong_passphrase_is_one_line_and_the_name_is_remembered(capsys, tmp_path,
                                                                   monkeypatch):
    paths, folder = members(tmp_path, ("Wang", "Li"))
    monkeypatch.setenv("YANDU_GROUP_PASSPHRASE", "right")
    run(capsys, "--db", str(paths["Wang"]), "group", "--folder", str(folder), "--name", "Wang")
    monkeypatch.setenv("YANDU_GROUP_PASSPHRASE", "wrong")

    code, out, err = run(capsys, "--db", str(paths["Li"]), "group", "--folder", str(folder),
                         "--name", "Li")
    assert (code, out) == (1, "")
    assert err == f"yandu group: {folder} cannot be used: the passphrase is wrong\n"
    assert len(list((folder / "members").iterdir())) == 1  # only Wang's: Li wrote nothing
    monkeypatch.setenv("YANDU_GROUP_PASSPHRASE", "right")
    code, out, err = run(capsys, "--db", str(paths["Wang"]), "group", "--folder", str(folder))
    assert out.startswith("Published 1 highlight as Wang.\n")
