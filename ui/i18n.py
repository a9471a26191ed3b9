"""The interface language: Dutch source strings, English through Qt Linguist (.qm files).

API for the composition root::

    problem = install_language(app, settings.language)   # before any window is built
    current_language()        # "nl" or "en", as installed
    localized(nl, en)         # pick the right one of a core pair (e.g. Finding.message/_en)
    finding_message(finding)  # a finding's explanation in the interface language

Source strings in ``ui/`` are Dutch (``self.tr("Instellingen")``); ``resources/translations/
arabesk_desk_en.ts`` holds the English and is compiled to ``arabesk_desk_en.qm``. Qt's own
strings (standard buttons, file dialogs) come from the ``qtbase_*.qm`` that PySide6 ships.
A language change takes effect at the next start: widgets are built translated once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from checks import Finding
from checks.resources import packaged_resources_dir

SUPPORTED_LANGUAGES = ("nl", "en")
_TECHNICAL_DETAIL = re.compile(r"\s*\[[^\[\]]*\]\s*$")
# "Dutch words (English words)." — the English in the last pair of brackets, nothing after.
_TRAILING_ENGLISH = re.compile(r"^(?P<nl>.+?)\s*\((?P<en>[^()]+)\)(?P<stop>[.!?]?)$", re.DOTALL)
DEFAULT_LANGUAGE = "nl"
LANGUAGE_PROPERTY = "arabesk_language"
CATALOG_NAME = "arabesk_desk"


def translations_dir() -> Path:
    """Where the compiled ``arabesk_desk_<lang>.qm`` files live."""
    return packaged_resources_dir() / "translations"


def install_language(app: QCoreApplication, language: str) -> str | None:
    """Install the translators for ``language``; returns a problem message (Dutch) or None.

    An unknown language or a missing catalogue falls back to Dutch, so the app always starts.
    Earlier translators installed by this function are removed first.
    """
    _remove_installed(app)
    problem = None
    if language not in SUPPORTED_LANGUAGES:
        problem = f"Onbekende taal '{language}'; de app gebruikt Nederlands."
        language = DEFAULT_LANGUAGE
    translators = [_qt_translator(language)]
    if language != DEFAULT_LANGUAGE:
        catalogue = translations_dir() / f"{CATALOG_NAME}_{language}"
        ours = ContextFallbackTranslator(app, unambiguous_sources(catalogue.with_suffix(".ts")))
        if ours.load(catalogue.name, str(catalogue.parent)):
            translators.append(ours)
        else:
            problem = f"Vertaling '{language}' niet gevonden in {translations_dir()}; Nederlands."
            language = DEFAULT_LANGUAGE
            translators = [_qt_translator(language)]
    for translator in translators:
        if translator is not None:
            app.installTranslator(translator)
    # Python keeps the translators alive; Qt only holds pointers to them.
    app.setProperty(LANGUAGE_PROPERTY, language)
    _installed[id(app)] = [t for t in translators if t is not None]
    QLocale.setDefault(_locale(language))
    return problem


_installed: dict[int, list[QTranslator]] = {}


class ContextFallbackTranslator(QTranslator):
    """Looks a text up in its own context first, then by its source text alone.

    lupdate cannot always tell the class a text is translated in: ``tr = parent.tr;
    tr("…")`` lands under an empty context and ``window.tr("…")`` under "window", while at
    run time the text arrives with the class name. So a text not found in its own context is
    looked up under the empty context, then in ``by_source`` (source -> translation for every
    source that has one translation in the catalogue, see :func:`unambiguous_sources`).
    """

    def __init__(
        self, parent: QObject | None = None, by_source: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.by_source = dict(by_source or {})

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:  # Qt calls us; None (a null QString) means "not translated here"
        text = super().translate(context, source_text, disambiguation, n)
        if not text and context:
            text = super().translate("", source_text, disambiguation, n)
        return text or self.by_source.get(source_text) or None


def unambiguous_sources(ts_file: Path) -> dict[str, str]:
    """Source -> translation from a Linguist .ts, for sources translated one way only."""
    try:
        root = ElementTree.parse(ts_file).getroot()
    except (OSError, ElementTree.ParseError):
        return {}  # the .qm alone still translates every text in its own context
    seen: dict[str, set[str]] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not translation.text:
            continue
        seen.setdefault(message.findtext("source") or "", set()).add(translation.text)
    return {source: next(iter(texts)) for source, texts in seen.items() if len(texts) == 1}


def _locale(language: str) -> QLocale:
    """Dates and numbers to match: Dutch, or British English (the catalogue's en_GB)."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def _remove_installed(app: QCoreApplication) -> None:
    for translator in _installed.pop(id(app), []):
        app.removeTranslator(translator)


def remove_language(app: QCoreApplication) -> None:
    """Take out what :func:`install_language` put in (tests; a clean shutdown)."""
    _remove_installed(app)
    app.setProperty(LANGUAGE_PROPERTY, None)


def _qt_translator(language: str) -> QTranslator | None:
    """Qt's own strings ("Cancel", file dialogs) in ``language``, when PySide6 ships them."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def current_language() -> str:
    """The installed interface language; Dutch when none was installed."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if value in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def localized(dutch: str, english: str) -> str:
    """The text of a Dutch/English pair from the Qt-free core, in the interface language."""
    return english if current_language() == "en" and english else dutch


def finding_message(finding: Finding) -> str:
    return localized(finding.message, finding.message_en)


def count_text(count: int, none: str, one: str, many: str) -> str:
    """The right form for ``count`` ("Geen adviezen", "1 advies", "3 adviezen").

    Each form is translated on its own by the caller; ``many`` carries ``%1``. Dutch and
    English both use the singular for exactly one.
    """
    if count == 0:
        return none
    return one if count == 1 else many.replace("%1", str(count))


def one_language(text: str) -> str:
    """One language of a core message written "Nederlands (English)." or with a "[detail]".

    The Qt-free core writes messages for both the window and the command line as Dutch with
    the English in brackets at the end; the interface shows only the part in its language and
    never the technical detail in square brackets.
    """
    text = _TECHNICAL_DETAIL.sub("", text).strip()
    match = _TRAILING_ENGLISH.match(text)
    if match is None:
        return text
    dutch, english, stop = match.group("nl"), match.group("en"), match.group("stop")
    chosen = (english if current_language() == "en" else dutch).strip().rstrip(" :")
    if not chosen:
        return text
    ending = "" if chosen[-1] in ".!?" else stop or "."
    return chosen + ending
