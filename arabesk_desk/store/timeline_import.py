"""Reading an existing timeline: an X archive's tweets.js, a Mastodon outbox.json, a LinkedIn
Shares.csv, or the .zip export that holds them. Streamed: memory stays bounded whatever the
size of the archive, and one bad item is skipped with its reason while the rest goes on.
The ``log import`` command checks and logs what comes out.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO, Any

from arabesk_desk.post_checker import PostChecker
from arabesk_desk.store.items import PublishedItem
from arabesk_desk.store.json_stream import BadItem, JsonArrayStream, JsonStreamError
from arabesk_desk.store.timeline_formats import (
    LINKEDIN_COLUMNS,
    MAX_POST_CHARS,
    SkippedItem,
    TimelineError,
    TimelinePost,
    html_to_text,
    linkedin_post,
    mastodon_post,
    x_post,
)
from checks import Capacity, CheckContext, Role

__all__ = [
    "SkippedItem",
    "Timeline",
    "TimelineError",
    "TimelinePost",
    "html_to_text",
    "imported_item",
    "imported_items",
    "read_timeline",
    "stream_timeline",
]

ItemParser = Callable[[Any, int], TimelinePost | SkippedItem]
CHUNK_CHARS = 1 << 20
MAX_MEMBER_BYTES = 4 << 30  # what one file in an archive may expand to
MAX_RATIO = 100  # text compresses 5–15×; a thousandfold member is a zip bomb
RATIO_FROM_BYTES = 16 << 20  # small members may compress as well as they like
_X_PREFIX = re.compile(r"^\s*window\.YTD\.[A-Za-z_]+\.part\d+\s*=\s*", re.ASCII)
_ORDERED_ITEMS = re.compile(r'"orderedItems"\s*:\s*(?=\[)')
# Timeline files inside an export archive (not tweet-headers.js or deleted-tweets.js).
_ARCHIVE_MEMBER = re.compile(r"(^|/)(tweets?(-part\d+)?\.js|outbox\.json|Shares\.csv)$")


@dataclass
class TimelineStream:
    """A timeline being read: its format once known, and its items one at a time."""

    formats: list[str] = field(default_factory=list)
    items: Iterator[TimelinePost | SkippedItem] = field(default_factory=lambda: iter(()))

    @property
    def format(self) -> str:
        return "+".join(dict.fromkeys(self.formats))


@dataclass(frozen=True, slots=True)
class Timeline:
    """What a file held, read whole (small files, tests): posts and skipped items."""

    format: str
    posts: tuple[TimelinePost, ...]
    skipped: tuple[SkippedItem, ...] = ()

    @property
    def problems(self) -> tuple[SkippedItem, ...]:
        return tuple(s for s in self.skipped if s.bad)


def read_timeline(path: Path) -> Timeline:
    """Every post of a timeline file or archive, read whole; see :func:`stream_timeline`."""
    with ExitStack() as stack:
        stream = stream_timeline(path, stack)
        posts: list[TimelinePost] = []
        skipped: list[SkippedItem] = []
        for item in stream.items:
            if isinstance(item, TimelinePost):
                posts.append(item)
            else:
                skipped.append(item)
        return Timeline(stream.format, tuple(posts), tuple(skipped))


def stream_timeline(path: Path, stack: ExitStack) -> TimelineStream:
    """Open ``path`` (files are closed by ``stack``); the format is found from the content.

    Raises :class:`TimelineError` for a file that is no timeline at all; items are read as
    ``items`` is iterated (a syntax error then ends it with :class:`TimelineError`).
    """
    handle = _open_file(path, stack)
    if handle.read(4) == b"PK\x03\x04":
        handle.close()
        return _stream_archive(path, stack)
    handle.seek(0)
    stream = TimelineStream()
    stream.items = _stream_member(handle, path.name, stream)
    _start(stream)
    return stream


def _start(stream: TimelineStream) -> None:
    """Read up to the first item, so a file that is no timeline fails before anything runs."""
    first = next(stream.items, None)
    if first is not None:
        stream.items = chain([first], stream.items)


def _open_file(path: Path, stack: ExitStack) -> IO[bytes]:
    try:
        handle = stack.enter_context(path.open("rb"))
    except IsADirectoryError:
        raise TimelineError(f"'{path}' is a folder, not a file") from None
    except FileNotFoundError:
        raise TimelineError(f"'{path}' does not exist") from None
    except OSError as exc:
        raise TimelineError(f"cannot read '{path}': {exc.strerror or exc}") from None
    if not path.is_file():
        raise TimelineError(f"'{path}' is not a plain file")
    return handle


def _stream_archive(path: Path, stack: ExitStack) -> TimelineStream:
    try:
        archive = stack.enter_context(zipfile.ZipFile(path))
        members = sorted(
            (info for info in archive.infolist() if _ARCHIVE_MEMBER.search(info.filename)),
            key=lambda info: info.filename,
        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as exc:
        raise TimelineError(f"'{path.name}' is a damaged or unsupported .zip ({exc})") from None
    if not members:
        raise TimelineError(
            f"'{path.name}' holds no tweets.js, outbox.json or Shares.csv; unpack it and "
            "name the timeline file"
        )
    for info in members:
        _refuse_bomb(path, info)
    stream = TimelineStream()
    stream.items = chain.from_iterable(
        _stream_zip_member(archive, info, stream, path) for info in members
    )
    _start(stream)
    return stream


def _refuse_bomb(path: Path, info: zipfile.ZipInfo) -> None:
    """Refuse a member that expands beyond reason, by its declared sizes (zipfile holds a
    member to its declared size while reading)."""
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > MAX_MEMBER_BYTES or (
        info.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO
    ):
        raise TimelineError(
            f"'{path.name}': {info.filename} would expand to {info.file_size:,} bytes "
            f"({ratio:,.0f}× its packed size): refused as a zip bomb"
        )


def _stream_zip_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, stream: TimelineStream, path: Path
) -> Iterator[TimelinePost | SkippedItem]:
    try:
        with archive.open(info) as member:
            yield from _stream_member(member, info.filename, stream)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise TimelineError(f"'{path.name}': {info.filename} is damaged ({exc})") from None


def _text_chunks(handle: IO[bytes], name: str) -> Iterator[str]:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline=None)
    try:
        while chunk := text.read(CHUNK_CHARS):
            yield chunk
    except UnicodeDecodeError as exc:
        raise TimelineError(f"'{name}' is not valid UTF-8 (near byte {exc.start})") from None
    finally:
        text.detach()


def _stream_member(
    handle: IO[bytes], name: str, stream: TimelineStream
) -> Iterator[TimelinePost | SkippedItem]:
    chunks = _text_chunks(handle, name)
    head = next(chunks, "")
    while len(head) < 4096 and (more := next(chunks, None)) is not None:
        head += more
    if not head.strip():
        raise TimelineError(f"'{name}' is empty")
    rest = chain([head], chunks)
    stripped = head.lstrip()
    prefix = _X_PREFIX.match(stripped)
    if prefix:
        stream.formats.append("x")
        yield from _json_items(chain([stripped[prefix.end() :]], chunks), "X archive", x_post)
    elif stripped.startswith("{"):
        stream.formats.append("mastodon")
        yield from _json_items(_after_ordered_items(rest, name), "Mastodon outbox", mastodon_post)
    elif all(column in stripped.split("\n", 1)[0] for column in LINKEDIN_COLUMNS):
        stream.formats.append("linkedin")
        yield from _linkedin_rows(rest)
    else:
        raise TimelineError(
            f"'{name}' is not a timeline this command knows: expected an X archive's "
            "tweets.js (window.YTD.tweets.part0 = [...]), a Mastodon outbox.json or a LinkedIn "
            "Shares.csv (columns Date, ShareLink, ShareCommentary), or the .zip export holding one"
        )


def _json_items(
    chunks: Iterator[str], what: str, parse: ItemParser
) -> Iterator[TimelinePost | SkippedItem]:
    kind = "tweet" if what == "X archive" else "item"
    try:
        for number, value in enumerate(JsonArrayStream(chunks).items(), start=1):
            if isinstance(value, BadItem):
                yield SkippedItem(f"{kind} {value.number}", value.reason)
            else:
                yield parse(value, number)
    except JsonStreamError as exc:
        raise TimelineError(f"the {what} {exc}") from None


def _after_ordered_items(chunks: Iterator[str], name: str) -> Iterator[str]:
    """The outbox text from its ``orderedItems`` list on; the text before it is read in
    chunks and dropped (a little is kept, for a key split between two chunks)."""
    seen = ""
    for chunk in chunks:
        seen += chunk
        found = _ORDERED_ITEMS.search(seen)
        if found:
            yield seen[found.end() :]
            yield from chunks
            return
        seen = seen[-64:]
    raise TimelineError(f"'{name}' is not a Mastodon outbox.json (no 'orderedItems' list)")


def _linkedin_rows(chunks: Iterator[str]) -> Iterator[TimelinePost | SkippedItem]:
    lines = _lines(chunks)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_POST_CHARS * 4))
    reader = csv.DictReader(lines)
    missing = [c for c in LINKEDIN_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise TimelineError(f"the LinkedIn CSV lacks the column(s) {', '.join(missing)}")
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield SkippedItem(f"line {reader.line_num}", f"not readable as CSV ({exc})")
            continue
        yield linkedin_post(row, reader.line_num)


def _lines(chunks: Iterator[str]) -> Iterator[str]:
    """Lines (with their ends) from text chunks, for the csv reader."""
    pending = ""
    for chunk in chunks:
        pending += chunk
        *whole, pending = pending.split("\n")
        for line in whole:
            yield line + "\n"
    if pending:
        yield pending


def imported_item(
    post: TimelinePost,
    checker: PostChecker,
    *,
    author: str = "",
    capacity: Capacity = Capacity.OFFICIAL,
    role: Role = Role.COMMUNICATIONS,
) -> PublishedItem:
    """The log item for one post, with the findings the checker gives it now."""
    context = CheckContext(channel=post.channel, capacity=capacity, role=role)
    findings = checker.check(post.text, context)
    return PublishedItem(
        id=post.entry_id,
        text=post.text,
        channels=(post.channel,),
        capacity=str(capacity),
        author=author or post.author,
        role=str(role),
        findings=tuple(f.to_dict() for f in findings),
        published_at=post.published_at,
        url=post.url,
        kind="imported",
        source=post.source,
    )


def imported_items(
    timeline: Timeline,
    checker: PostChecker,
    *,
    author: str = "",
    capacity: Capacity = Capacity.OFFICIAL,
    role: Role = Role.COMMUNICATIONS,
) -> list[PublishedItem]:
    """Log items for every post of a timeline read whole."""
    return [
        imported_item(post, checker, author=author, capacity=capacity, role=role)
        for post in timeline.posts
    ]
