"""Save dialogs open in Documents, then where the user last saved."""
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.common import save_folder


def test_a_save_starts_in_documents_then_follows_the_last_folder(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    save_folder.use(settings)
    first = Path(save_folder.suggested("摘录.md"))
    assert first.name == "摘录.md" and first.parent == save_folder.documents()
    assert first.parent != Path.cwd() or Path.cwd() == save_folder.documents()
    (tmp_path / "exports").mkdir()
    save_folder.remember(str(tmp_path / "exports" / "讲话.pdf"))
    assert Path(save_folder.suggested("要求.csv")) == tmp_path / "exports" / "要求.csv"
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)  # next start
    save_folder.use(again)
    assert Path(save_folder.suggested("x.json")).parent == tmp_path / "exports"


def test_a_folder_that_is_gone_falls_back_to_documents(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    save_folder.use(settings)
    save_folder.remember(str(tmp_path / "gone" / "a.pdf"))
    assert Path(save_folder.suggested("a.pdf")).parent == save_folder.documents()
