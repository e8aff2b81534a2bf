"""The interface language: the system's unless the user chose one (View ▸ Language). Qt's own
strings (qtbase), Yandu's (yandu_<lang>.qm) and the gettext catalogue of desktop/common/messages
are loaded together, and numbers and dates follow the same locale."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.common import catalogue
from desktop.common.translate import QT_TRANSLATE_NOOP
from resources import translations_folder

# (code, name): each name in its own language, so anyone can find theirs.
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
SYSTEM = ""  # the setting's value for "as the system"
SYSTEM_LABEL = QT_TRANSLATE_NOOP("Language", "As the system")
SETTING = "language"
# Labels of Qt's own file dialog that Qt's Chinese (qtbase_zh_CN.qm) leaves in English; marked
# here so that they are in Yandu's translation, which Qt asks first.
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
           QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def chosen(settings: QSettings) -> str:
    """The code the user chose, or SYSTEM."""
    value = settings.value(SETTING, SYSTEM)
    return value if value in dict(LANGUAGES) else SYSTEM


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the interface into `language` (a code of LANGUAGES, or SYSTEM). The
    translators are returned (they must live as long as the application)."""
    language = language or system_language()
    QLocale.setDefault(QLocale(language))
    catalogue.use(language)
    installed = []
    files = [(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
             (f"yandu_{language}", str(translations_folder()))]
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
