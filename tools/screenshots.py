"""Render the main window for the README: `python tools/screenshots.py [FOLDER [LANGUAGE]]`,
LANGUAGE a code of desktop.common.language.LANGUAGES (the system's when left out).

Imports the shared corpus (../shared/corpus beside the project) into a throw-away library,
marks some passages up and saves PNGs. Needs a font with Chinese characters
(`apt-get install fonts-wqy-microhei` on Debian); runs offscreen.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the project, with ../shared beside it
CORPUS = ROOT.parent / "shared" / "corpus"


def shoot(window, path: Path) -> None:
    """The window as a user sees it once a passing message (the daily backup's, which comes
    when the copy is done) has gone from the status bar, and what it reads in the background
    (a table's count) is shown and laid out: the results come as events, and the layout they
    change as events after them."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    window.statusBar().clearMessage()
    QApplication.processEvents()
    window.grab().save(str(path))


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from db import Library
    from desktop.common import language
    from desktop.common.style import chinese_font_installed
    from desktop.common.themes import apply_to_application as apply_theme
    from desktop.dialogs.compare_dialog import CompareDialog
    from desktop.dialogs.export_dialog import ExportDialog
    from desktop.dialogs.properties_dialog import PropertiesDialog
    from desktop.dialogs.reading_settings_dialog import ReadingSettingsDialog
    from desktop.dialogs.review_dialog import ReviewDialog
    from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
    from desktop.dialogs.tag_manager import TagManager
    from desktop.dialogs.trash_dialog import TrashDialog
    from desktop.window.main_window import MainWindow

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    app = QApplication.instance() or QApplication([])
    language.install(app, argv[1] if len(argv) > 1 else language.SYSTEM)
    if not chinese_font_installed():
        print("screenshots: no font with Chinese characters is installed; install one "
              "(apt-get install fonts-wqy-microhei) and run again", file=sys.stderr)
        return 1
    if not CORPUS.is_dir():
        print(f"screenshots: the shared corpus is missing at {CORPUS}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        library = Library(Path(folder) / "library.sqlite")
        window = MainWindow(library, settings)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        shoot(window, out / "welcome.png")

        list(library.importer.import_paths(sorted(CORPUS.glob("*.txt"))))
        window.refresh_library()
        speech = next(s for s in library.speeches.all() if "安全生产" in (s.title or "")
                      and s.source_path.endswith("compilation-5-titled.txt"))
        text = library.speeches.get(speech.id).text
        must = next(m for m in library.speeches.get(speech.id).mentions
                    if m.kind == "directive" and m.data.get("strength") == "must"
                    and m.start > text.find("隐患排查治理") - 400)
        library.annotations.add(speech.id, must.start, must.end, "yellow",
                               "申论素材：责任落实的说法", ["责任"])
        for color, needle, note, tags in (("green", "隐患排查治理", "", ["隐患排查"]),
                                          ("pink", "一岗双责", "党政同责的配套提法", ["提法"])):
            start = text.index(needle)
            library.annotations.add(speech.id, start, start + len(needle), color, note, tags)
        library.tags.create("区级", "#e53935")  # a coloured tag: its dot shows in the lists
        library.tags.set_speech(speech.id, ["安全生产", "区级"])
        window.refresh_library()
        window.sync_cards()
        window.open_speech(speech.id)
        first = library.annotations.of_speech(speech.id)
        if first:
            window.reader.scroll_to(max(first[0].start - 120, 0))
            window.annotations.select(first[0].id)
        app.processEvents()
        shoot(window, out / "reader.png")
        window.resize(1366, 738)  # a laptop's screen less its panel
        app.processEvents()
        shoot(window, out / "reader-1366.png")
        # A work report's task part on the laptop: one quiet bracket per run of tasks, a
        # margin mark per requirement, the modal words underlined, headings apart; then the
        # directive layer focused.
        list(library.importer.import_paths([CORPUS / "real" / "henan-work-report-2026.txt"]))
        report_id = next(s.id for s in library.speeches.all()
                         if s.source_path.endswith("henan-work-report-2026.txt"))
        report_text = library.speeches.get(report_id).text
        window.refresh_library()
        window.open_speech(report_id)
        window.reader.scroll_to(report_text.index("（八）加力促进经济社会全面绿色转型"))
        app.processEvents()
        shoot(window, out / "reader-work-report-1366.png")
        window.action["whole-directives"].trigger()
        app.processEvents()
        shoot(window, out / "reader-whole-directives-1366.png")
        window.action["whole-directives"].trigger()
        # Two speeches whose line breaks were lost, as the reader gives their paragraphs
        # and outline back.
        for name, source in (("reader-run-on-1366", "five-year-plan-explanation-2020.txt"),
                             ("reader-run-on-2-1366", "poverty-forum-2018.txt")):
            list(library.importer.import_paths([CORPUS / "real" / source]))
            window.refresh_library()
            window.open_speech(next(s.id for s in library.speeches.all()
                                    if s.source_path.endswith(source)))
            app.processEvents()
            shoot(window, out / f"{name}.png")
        window.open_speech(speech.id)
        for name in ("sepia", "dark"):
            window.reader.set_reading("", 15, 165, name)
            app.processEvents()
            shoot(window, out / f"reader-{name}.png")
        # The dark theme darkens the whole window, at the laptop's size; then the study panel
        # in the place of the text, with the directives of the library.
        apply_theme("dark")
        window.resize(1366, 738)
        window.study.show_tab(window.study.directives)
        app.processEvents()
        shoot(window, out / "window-dark-1366.png")
        apply_theme("light")
        window.reader.set_reading("", 15, 165, "light")
        window.action["study-over-text"].trigger()
        app.processEvents()
        shoot(window, out / "study-over-text-1366.png")
        window.action["study-over-text"].trigger()
        window.resize(1440, 900)
        app.processEvents()

        window.reader.open_find()
        window.reader.find_bar.edit.setText("隐患")
        window.reader.layer_actions()["directive"].setChecked(False)
        app.processEvents()
        shoot(window, out / "find-and-layers.png")
        window.reader.layer_actions()["directive"].setChecked(True)
        window.reader.find_bar.close_bar()

        def wait(done) -> None:
            for _ in range(2000):
                app.processEvents()
                if done():
                    break
                time.sleep(0.01)
            for _ in range(5):  # let the layout take the new text
                app.processEvents()

        window.study.show_tab(window.study.search)
        window.study.search.set_query("隐患排查")
        wait(lambda: window.study.search.results is not None)
        window.resizeDocks([window.study], [380], Qt.Orientation.Vertical)
        app.processEvents()
        shoot(window, out / "search.png")
        window.study.show_tab(window.study.directives)
        window.study.directives.keyword_edit.setText("隐患")
        window.study.directives.apply_filters()
        counting = window.study.directives.count_label.text()  # until the count comes, in any
        wait(lambda: window.study.directives.count_label.text() != counting)  # language
        shoot(window, out / "directives.png")
        window.study.show_tab(window.study.keywords)
        wait(lambda: bool(window.study.keywords.chart.bars))
        shoot(window, out / "keywords.png")
        death = text.index("死亡")  # the sentence that states the deaths, whole
        library.annotations.add(speech.id, text.rfind("。", 0, death) + 1,
                                text.index("。", death) + 1, "blue")
        library.review.sync_cards()
        review = ReviewDialog(library, window.writes,
                              [c for c in library.review.due_cards() if c.kind == "figure"],
                              window)
        review.show()
        review.reveal()
        app.processEvents()
        review.grab().save(str(out / "review.png"))
        review.close()

        # Two speeches compared, as a laptop shows the dialog; a tag filter alone searched.
        every = library.speeches.all()
        compare = CompareDialog(library, every, speech.id, report_id, window)
        compare.resize(1300, 700)
        compare.show()
        wait(lambda: compare.comparison is not None)
        compare.grab().save(str(out / "compare-1366.png"))
        compare.close()
        window.study.show_tab(window.study.search)
        window.study.search.set_query("tag:区级")
        wait(lambda: window.study.search.results is not None)
        shoot(window, out / "search-tag.png")

        manager = TagManager(library, window.writes, window)
        manager.show()
        app.processEvents()
        manager.grab().save(str(out / "tags.png"))
        manager.close()

        export = ExportDialog(library, [speech.id], window)
        export.show()
        wait(lambda: export.export_button.isEnabled() and bool(export.preview.toPlainText()))
        export.grab().save(str(out / "export.png"))
        export.close()
        word_page(library, speech.id, Path(folder), out)

        library.corrections.edit([speech.id], {"speaker": "王区长", "origin": "区政府网站"})
        library.corrections.dismiss(speech.id, must.kind, must.start, must.end)
        properties = PropertiesDialog([library.corrections.fields(speech.id)],
                                      library.corrections.of_speech(speech.id),
                                      library.structure.of_speech(speech.id), window,
                                      library.speeches.accessed(speech.id))
        properties.show()
        app.processEvents()
        properties.grab().save(str(out / "properties.png"))
        properties.close()
        window.open_speech(speech.id)
        figure = next(m for m in library.speeches.get(speech.id).mentions if m.kind == "figure")
        window.reader.select(figure.start, figure.end + 4)
        menu = window.reader.view.context_menu(figure.start)
        menu.popup(window.mapToGlobal(window.rect().center()))
        app.processEvents()
        menu.grab().save(str(out / "correct-menu.png"))
        menu.close()
        for name, dialog in (
                ("reading-settings", ReadingSettingsDialog("", 15, 165, "sepia",
                                                           lambda *chosen: None, window)),
                ("shortcuts", ShortcutsDialog(window.findChildren(QAction), window))):
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"{name}.png"))
            dialog.close()
        library.speeches.delete([speech.id])
        trash = TrashDialog(library, window.writes, window)
        trash.show()
        app.processEvents()
        trash.grab().save(str(out / "trash.png"))
        trash.close()
        window.close()
        library.close()
    for name in ("welcome", "reader", "reader-1366", "reader-work-report-1366",
                 "reader-whole-directives-1366", "reader-run-on-1366", "reader-run-on-2-1366",
                 "reader-sepia", "reader-dark", "window-dark-1366", "study-over-text-1366",
                 "find-and-layers", "search", "search-tag", "directives", "compare-1366",
                 "keywords", "review", "tags", "export", "export-word", "properties",
                 "correct-menu", "reading-settings", "shortcuts", "trash"):
        print(out / f"{name}.png")
    return 0


def word_page(library, speech_id: int, folder: Path, out: Path) -> None:
    """The Word export of the speech's highlights and figures as LibreOffice renders its
    first page (needs libreoffice-writer-nogui and poppler-utils)."""
    import shutil
    import subprocess

    from db import ExportFilter, export_excerpts
    from desktop.common import messages

    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not (soffice and pdftoppm):
        print("screenshots: export-word.png needs LibreOffice and pdftoppm (apt-get install "
              "libreoffice-writer-nogui poppler-utils)", file=sys.stderr)
        return
    chosen = library.excerpts.select(ExportFilter(speech_ids=[speech_id],
                                                  kinds=["highlight", "figure"]))
    export_excerpts(chosen, "docx", folder / "excerpts.docx", labels=messages.export_labels())
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/office",
                    "--convert-to", "pdf", "excerpts.docx"], cwd=folder, check=True,
                   capture_output=True, timeout=300)
    subprocess.run([pdftoppm, "-png", "-r", "80", "-singlefile", "excerpts.pdf",
                    str((out / "export-word").resolve())], cwd=folder, check=True, timeout=300)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
