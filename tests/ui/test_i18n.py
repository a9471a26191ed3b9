"""Dutch is the source language; English comes from the compiled Qt Linguist catalogue."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from arabesk_desk.user_settings import UserSettings
from checks import Category, Finding, Severity
from ui.i18n import (
    ContextFallbackTranslator,
    current_language,
    finding_message,
    install_language,
    localized,
    remove_language,
    translations_dir,
    unambiguous_sources,
)
from ui.publish_gate import PublishGateDialog
from ui.settings_dialog import SettingsDialog

TS_FILE = translations_dir() / "arabesk_desk_en.ts"
MY_CONTEXTS = {
    "AttachmentsPanel",
    "ChannelPreview",
    "ComposeWindow",
    "FindingCard",
    "FindingsPanel",
    "FirstUseDialog",
    "LogWindow",
    "MessageBar",
    "PublishFlow",
    "ReplyPicker",
    "ReviewQueueWindow",
    "SettingsApplier",
    "StatusLine",
    "DraftsDialog",
    "DraftsList",
    "ErrorRow",
    "PublishGateDialog",
    "SettingsDialog",
}


@pytest.fixture
def app(qapp):
    """Leave the application as other tests expect it: no translators, the old locale."""
    locale = QLocale()
    yield qapp
    remove_language(qapp)
    QLocale.setDefault(locale)


def ts_messages():
    root = ET.parse(TS_FILE).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            yield name, message.findtext("source") or "", (translation.text or ""), finished


def test_english_translates_our_strings(app):
    assert install_language(app, "en") is None
    assert current_language() == "en"
    assert QCoreApplication.translate("SettingsDialog", "Instellingen") == "Settings"


def test_dutch_keeps_the_source_and_translates_qt_buttons(app):
    assert install_language(app, "nl") is None
    assert current_language() == "nl"
    assert QCoreApplication.translate("SettingsDialog", "Instellingen") == "Instellingen"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Annuleren"


def test_switching_back_removes_the_english(app):
    install_language(app, "en")
    install_language(app, "nl")
    assert QCoreApplication.translate("DraftsList", "Titel") == "Titel"


def test_unknown_language_falls_back_to_dutch_with_a_message(app):
    problem = install_language(app, "fr")
    assert problem is not None
    assert "fr" in problem
    assert current_language() == "nl"


def test_localized_and_finding_message_follow_the_language(app):
    finding = Finding("t.x", Category.TONE, 6, Severity.INFO, 0, 1, "Nederlands", "English")
    install_language(app, "nl")
    assert finding_message(finding) == "Nederlands"
    install_language(app, "en")
    assert finding_message(finding) == "English"
    assert localized("alleen nl", "") == "alleen nl"


def test_dialogs_are_built_in_english(qtbot, app):
    install_language(app, "en")
    settings = SettingsDialog(UserSettings(), {})
    qtbot.addWidget(settings)
    assert settings.windowTitle() == "Settings"
    gate = PublishGateDialog("tekst", [])
    qtbot.addWidget(gate)
    assert gate.windowTitle() == "Ready to publish?"
    assert "findable" in gate.findChild(type(gate.problems_label), "permanenceReminder").text()


def test_our_contexts_are_fully_translated():
    unfinished = [(c, s) for c, s, _, done in ts_messages() if c in MY_CONTEXTS and not done]
    assert unfinished == []
    assert {c for c, *_ in ts_messages()} >= MY_CONTEXTS


def test_translations_keep_placeholders_and_one_accelerator():
    for context, source, translation, finished in ts_messages():
        if not finished:
            continue
        where = f"{context}: {source!r} -> {translation!r}"
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation)), where
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), where


def lrelease(ts: Path, qm: Path) -> None:
    tool = Path(PySide6.__file__).parent / "lrelease"
    if not tool.exists():
        pytest.skip("PySide6's lrelease is not installed")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


def test_compiled_catalogue_matches_its_source(tmp_path):
    """The shipped .qm is what lrelease makes of the .ts (so no edit was left uncompiled)."""
    fresh = tmp_path / "fresh.qm"
    lrelease(TS_FILE, fresh)
    assert fresh.read_bytes() == TS_FILE.with_suffix(".qm").read_bytes()


CONTEXTLESS_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context><name></name>
<message><source>&amp;Nieuw bericht</source><translation>&amp;New post</translation></message>
</context>
<context><name>Venster</name>
<message><source>Titel</source><translation>Title</translation></message>
<message><source>Kop</source><translation>Heading</translation></message>
</context>
<context><name>window</name>
<message><source>&amp;Bestand</source><translation>&amp;File</translation></message>
<message><source>Kop</source><translation>Header</translation></message>
<message><source>Nog niet</source><translation type="unfinished"></translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalogue(tmp_path):
    ts = tmp_path / "t.ts"
    ts.write_text(CONTEXTLESS_TS, encoding="utf-8")
    lrelease(ts, tmp_path / "t.qm")
    return ts


def test_unambiguous_sources_leave_out_doubles_and_unfinished(catalogue, tmp_path):
    table = unambiguous_sources(catalogue)
    assert table == {"&Nieuw bericht": "&New post", "Titel": "Title", "&Bestand": "&File"}
    assert unambiguous_sources(tmp_path / "missing.ts") == {}


def test_texts_under_a_guessed_context_are_found_from_the_real_class(catalogue):
    translator = ContextFallbackTranslator(by_source=unambiguous_sources(catalogue))
    assert translator.load("t", str(catalogue.parent))
    assert translator.translate("ComposeWindow", "&Nieuw bericht") == "&New post"
    assert translator.translate("ComposeWindow", "&Bestand") == "&File"
    assert translator.translate("Venster", "Kop") == "Heading"
    assert translator.translate("window", "Kop") == "Header"
    assert translator.translate("Ander", "Kop") is None  # ambiguous: not guessed
    assert translator.translate("Venster", "onbekend") is None


def test_without_the_source_table_only_the_empty_context_helps(catalogue):
    translator = ContextFallbackTranslator()
    assert translator.load("t", str(catalogue.parent))
    assert translator.translate("ComposeWindow", "&Nieuw bericht") == "&New post"
    assert translator.translate("ComposeWindow", "&Bestand") is None
