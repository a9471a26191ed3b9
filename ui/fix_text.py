"""How a fix reads in the interface: its button, and the sentence as it will read after it.

A fix (:class:`checks.finding.Fix`) carries the sentence before and after the edit; cards and
tooltips show the whole "after" sentence, the new words in bold, so the writer sees the
result before clicking. Spelling suggestions arrive as words and become fixes here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from checks.finding import Fix, FixKind
from checks.fixes.build import replacement_fix
from checks.text import Document
from ui.editor.marks import Mark
from ui.positions import PositionMap

SHORT_REPLACEMENT = 24  # a replacement this short is named on its button


def _tr(text: str) -> str:
    return QCoreApplication.translate("FixText", text)


def button_label(fix: Fix) -> str:
    """ "Vervang door “gelezen”", "Vervangen", "Weghalen" or "Zin weghalen"."""
    if fix.kind is FixKind.REMOVE_SENTENCE:
        return _tr("Zin weghalen")
    if fix.kind is FixKind.REMOVE or not fix.replacement:
        return _tr("Weghalen")
    words = " ".join(fix.replacement.split())
    if len(words) <= SHORT_REPLACEMENT:
        return _tr("Vervang door “%1”").replace("%1", words)
    return _tr("Vervangen")


def after_html(fix: Fix) -> str:
    """The sentence as it will read after the fix, the new words in bold; for a removed
    sentence, that sentence struck through."""
    if fix.kind is FixKind.REMOVE_SENTENCE or not fix.after:
        return f"<s>{html.escape(fix.before)}</s>"
    head = html.escape(fix.after[: fix.after_start])
    new = html.escape(fix.after[fix.after_start : fix.after_end])
    tail = html.escape(fix.after[fix.after_end :])
    if not new:
        return head + tail
    return f"{head}<b>{new}</b>{tail}"


def after_text(fix: Fix) -> str:
    """The same as plain text, for screen readers."""
    if fix.kind is FixKind.REMOVE_SENTENCE or not fix.after:
        return _tr("De zin “%1” gaat weg.").replace("%1", fix.before)
    return fix.after


def word_fixes(text: str, start: int, end: int, words: Iterable[str]) -> list[Fix]:
    """Fixes that put each of ``words`` (spelling suggestions) in the place of
    ``text[start:end]``, in the sentence's capitals."""
    document = Document(text)
    fixes = [replacement_fix(document, start, end, word) for word in words]
    return [fix for fix in fixes if fix is not None]


def mark_word_fixes(text: str, mark: Mark, words: Iterable[str]) -> list[Fix]:
    """Fixes for a mark's suggested words, in the offsets of the checked text (as an
    engine's fixes are), so the card, the tooltip and the context menu show the sentence as
    it will read and apply them alike. ``text`` is the editor's text now."""
    if not text or not mark.intact:
        return []
    positions = PositionMap(text)
    start = positions.from_qt(mark.cursor.selectionStart())
    end = positions.from_qt(mark.cursor.selectionEnd())
    shift = start - mark.finding.start
    return [
        replace(fix, start=fix.start - shift, end=fix.end - shift)
        for fix in word_fixes(text, start, end, words)
    ]
