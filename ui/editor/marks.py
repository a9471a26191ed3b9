"""A finding anchored in the document: a QTextCursor selection that follows later edits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from checks import Finding, Severity
from ui import theme
from ui.positions import PositionMap

PARAGRAPH_SEPARATOR = "\u2029"  # how QTextCursor.selectedText() reports a line break
TITLE_MAX = 40


def whole_words(text: str, start: int, end: int, limit: int = TITLE_MAX) -> str:
    """The words a finding is about, never a fragment: "reis #Artis", not "eis #Artis".

    The span widens to the word edges on both sides; a long span is cut at a space and ends
    with "…". Line breaks read as spaces.
    """
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_word(text[end]):
        end += 1
    flat = " ".join(text[start:end].split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return (flat[:cut] if cut > limit // 2 else flat[: limit - 1]).rstrip(" ,;:") + "…"


def _in_word(character: str) -> bool:
    return character.isalnum() or character in "-'’_"


def ignore_key(finding: Finding, excerpt: str) -> str:
    """How a draft remembers an ignored finding: by rule and the words, not the offsets."""
    return f"{finding.rule}|{excerpt}"


@dataclass(frozen=True, slots=True)
class Mark:
    """One finding and its live span; ``excerpt`` is the text it was found on."""

    finding: Finding
    cursor: QTextCursor
    excerpt: str
    layer: str
    title: str = ""  # the whole words around the finding, for a card's heading

    @property
    def intact(self) -> bool:
        """False once an edit changed the marked words: the mark waits for the next check."""
        return self.cursor.selectedText() == self.excerpt.replace("\n", PARAGRAPH_SEPARATOR)

    @property
    def ignore_key(self) -> str:
        return ignore_key(self.finding, self.excerpt)

    def contains(self, position: int) -> bool:
        return self.cursor.selectionStart() <= position <= self.cursor.selectionEnd()


def build_marks(
    document: QTextDocument, text: str, findings: Iterable[Finding], layer: str
) -> list[Mark]:
    """Anchor ``findings`` (code-point offsets into ``text``, the document's text) as marks."""
    positions = PositionMap(text)
    marks = []
    for finding in findings:
        cursor = QTextCursor(document)
        cursor.setPosition(positions.to_qt(finding.start))
        cursor.setPosition(positions.to_qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
        excerpt = text[finding.start : finding.end]
        title = whole_words(text, finding.start, finding.end)
        marks.append(Mark(finding, cursor, excerpt, layer, title))
    return marks


def underline_format(finding: Finding) -> QTextCharFormat:
    """Wavy for spelling and grammar (the convention everyone knows), straight otherwise."""
    fmt = QTextCharFormat()
    spelling = finding.category in {"spelling", "grammar"}
    key: Severity | str = "spelling" if finding.category == "spelling" else finding.severity
    fmt.setUnderlineColor(theme.colour(key))
    style = (
        QTextCharFormat.UnderlineStyle.WaveUnderline
        if spelling
        else QTextCharFormat.UnderlineStyle.SingleUnderline
    )
    fmt.setUnderlineStyle(style)
    if finding.severity is Severity.ERROR and not spelling:
        tint = QColor(theme.colour(Severity.ERROR))
        tint.setAlpha(40)
        fmt.setBackground(tint)
    return fmt


def extra_selection(mark: Mark) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = mark.cursor
    selection.format = underline_format(mark.finding)
    return selection
