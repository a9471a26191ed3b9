"""A written document as plain data: a title and blocks (headings, paragraphs, lists, tables,
a bar chart). :func:`as_text` writes it as text to paste; ``ui/pdf_writer.py`` draws it with
``QPdfWriter`` (the core never imports Qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Heading:
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class BarChart:
    """Horizontal bars: one label and a whole number each (counts in the yearly overview)."""

    title: str
    bars: tuple[tuple[str, int], ...]


Block = Heading | Paragraph | Bullets | Table | BarChart


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    blocks: tuple[Block, ...] = ()
    footer: str = ""  # small print at the end of every page (school, date)
    language: str = "nl"
    meta: tuple[tuple[str, str], ...] = field(default=())


class PdfWriter(Protocol):
    """Writes a document as PDF to ``path``; the ``ui`` layer provides it (QPdfWriter)."""

    def __call__(self, document: Document, path: Path) -> None: ...


PdfWriterLoader = Callable[[], PdfWriter]


def as_text(document: Document) -> str:
    """Plain text to paste into a school guide or a newsletter: one line a paragraph."""
    parts = [document.title, "=" * min(len(document.title), 78)]
    for block in document.blocks:
        parts.append(_block_text(block))
    if document.footer:
        parts.append(document.footer)
    return "\n\n".join(part for part in parts if part) + "\n"


def _block_text(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{block.text}\n{'-' * min(len(block.text), 78)}"
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, Bullets):
        return "\n".join(f"- {item}" for item in block.items)
    if isinstance(block, Table):
        return "\n".join("\t".join(row) for row in (block.header, *block.rows))
    width = max((len(label) for label, _ in block.bars), default=0)
    lines = [f"{label:<{width}}  {'#' * min(count, 60)} {count}" for label, count in block.bars]
    return "\n".join([block.title, *lines])
