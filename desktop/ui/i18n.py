"""Interface language: Kense's own .qm files plus Qt's, switched at run time.

Installing a translator sends QEvent.LanguageChange to every widget; widgets re-read their
texts in `retranslateUi()`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from desktop.locations import resources_dir

LANGUAGES = ("kk", "ru")
DEFAULT_LANGUAGE = "kk"
# Qt's own catalogues; qtbase holds the standard buttons (OK, Cancel, Yes, No...).
QT_CATALOGUES = ("qtbase",)
# Qt's own words that Kense says otherwise, translated in Kense's catalogues (installed after
# Qt's, so they win): Qt's Kazakh "Cancel" is "Бас тарту", the word of the law for a refusal,
# beside OK in a dialog where the head writes a refusal. Every cancel button says "Болдырмау".
QT_WORDS_SAID_OTHERWISE = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QProgressDialog", "Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
)

log = logging.getLogger("kense.i18n")

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def current_language() -> str:
    return _current


def _load(translator: QTranslator, path: Path) -> bool:
    return path.is_file() and translator.load(str(path))


def install(language: str) -> list[str]:
    """Replace the installed translators with those of `language`; returns the files loaded."""
    global _current
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    candidates = [qt_dir / f"{name}_{language}.qm" for name in QT_CATALOGUES]
    candidates += sorted(translations_dir().glob(f"*_{language}.qm"))
    for path in candidates:
        translator = QTranslator()
        if _load(translator, path):
            _installed.append(translator)
            loaded.append(path.name)
        else:
            log.warning("translation %s not found or unreadable", path)
    _current = language
    QLocale.setDefault(QLocale(QLocale.Language.Kazakh if language == "kk"
                               else QLocale.Language.Russian, QLocale.Country.Kazakhstan))
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
        # Deliver the LanguageChange now, so that whatever runs next sees the new texts.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded


def reset() -> None:
    """Remove every installed translator (the source texts show): for tests."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = DEFAULT_LANGUAGE
