"""The metadata is in setup.cfg. This file adds one step to building Yandu: the translations
are compiled into the package (Qt's .ts to .qm with lrelease, gettext's .po to .mo with
Babel), so that `pip install .` and the wheel carry them without make."""
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"


def compile_translations() -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for source in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)
    for source in sorted(TRANSLATIONS.glob("*/LC_MESSAGES/*.po")):
        with source.open("rb") as file:
            catalog = read_po(file)
        with source.with_suffix(".mo").open("wb") as file:
            write_mo(file, catalog)


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildWithTranslations})
