"""Interface language: Qt Linguist translators, switchable while the program runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from branchdesk.paths import i18n_dir

LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_current = DEFAULT_LANGUAGE
# Keep references: a QTranslator that is garbage-collected silently stops translating.
_installed: list[QTranslator] = []


def current_language() -> str:
    return _current


def set_language(lang: str) -> bool:
    """Install the translators for `lang`; widgets get a LanguageChange event and retranslate."""
    global _current
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    ok = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    own = QTranslator(app)
    if own.load(str(i18n_dir() / f"branchdesk_{lang}.qm")):
        app.installTranslator(own)
        _installed.append(own)
    else:
        ok = lang == "en"  # English is the source language: no file needed
    _current = lang
    QLocale.setDefault(QLocale(lang))
    return ok
