from db.files import collect_files


def test_folders_give_their_supported_files_in_a_stable_order_without_hidden_ones(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/2.txt", "b/1.docx", "a.html", "notes.xlsx", ".secret.txt", ".hidden/x.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [path.relative_to(tmp_path).as_posix() for path in collect_files([tmp_path])]
    assert found == ["a.html", "b/1.docx", "b/2.txt"]


def test_a_file_named_directly_is_always_given(tmp_path):
    odd = tmp_path / "notes.xlsx"
    odd.write_text("x", encoding="utf-8")
    assert list(collect_files([odd, tmp_path / "missing.txt"])) == [odd,
                                                                    tmp_path / "missing.txt"]
