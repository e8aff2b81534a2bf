"""Where the library lives."""


from tests.desktop.cli.conftest import run


def test_default_library_lives_in_the_user_data_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("YANDU_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    run(capsys, "import", "--samples")
    assert (tmp_path / "data" / "Yandu" / "library.sqlite").is_file()
