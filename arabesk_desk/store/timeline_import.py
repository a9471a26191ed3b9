"""Reading an existing timeline: an X archive's tweets.js, a Mastodon outbox.json, a LinkedIn
Shares.csv. Plain parsing only; the ``log import`` command checks and logs what comes out.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from arabesk_desk.post_checker import PostChecker
from arabesk_desk.store.items import PublishedItem
from checks import Capacity, CheckContext, Role

_X_PREFIX = re.compile(r"^\s*window\.YTD\.[A-Za-z_]+\.part\d+\s*=\s*", re.ASCII)
LINKEDIN_COLUMNS = ("Date", "ShareLink", "ShareCommentary")
# Timeline files inside an export archive (not tweet-headers.js or deleted-tweets.js).
_ARCHIVE_MEMBER = re.compile(r"(^|/)(tweets?(-part\d+)?\.js|outbox\.json|Shares\.csv)$")


class TimelineError(Exception):
    """A timeline file that cannot be read; the message names the problem in one line."""


@dataclass(frozen=True, slots=True)
class TimelinePost:
    """One post from an existing timeline, in UTC ISO time."""

    source: str  # "import:x", "import:mastodon", "import:linkedin"
    channel: str
    external_id: str
    text: str
    published_at: str
    url: str | None
    author: str = ""

    @property
    def entry_id(self) -> str:
        """Stable per post, so importing the same file twice logs each post once."""
        key = f"{self.source}:{self.external_id}".encode()
        return "import-" + hashlib.sha256(key).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Timeline:
    """What a file held: its format, its posts, and how many items were skipped and why."""

    format: str
    posts: tuple[TimelinePost, ...]
    skipped: int = 0
    skipped_why: str = ""


def read_timeline(path: Path) -> Timeline:
    """Read a timeline file, or the export archive (.zip) that holds one or more.

    The format is detected from the content, not the name.
    """
    raw = _read_bytes(path)
    if raw.startswith(b"PK\x03\x04"):
        return _read_archive(path, raw)
    return parse_timeline(_decode(raw, path.name), path.name)


def parse_timeline(text: str, name: str) -> Timeline:
    stripped = text.lstrip()
    if _X_PREFIX.match(stripped):
        return parse_x_archive(stripped)
    if stripped.startswith("{"):
        return parse_mastodon_outbox(stripped)
    first_line = stripped.split("\n", 1)[0]
    if all(column in first_line for column in LINKEDIN_COLUMNS):
        return parse_linkedin_shares(stripped)
    raise TimelineError(
        f"'{name}' is not a timeline this command knows: expected an X archive's "
        "tweets.js (window.YTD.tweets.part0 = [...]), a Mastodon outbox.json or a LinkedIn "
        "Shares.csv (columns Date, ShareLink, ShareCommentary), or the .zip export holding one"
    )


def _read_archive(path: Path, raw: bytes) -> Timeline:
    """The timelines inside an X, Mastodon or LinkedIn export archive, merged."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = sorted(n for n in archive.namelist() if _ARCHIVE_MEMBER.search(n))
            parts = [parse_timeline(_decode(archive.read(n), n), n) for n in names]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise TimelineError(f"'{path.name}' is a damaged or unsupported .zip ({exc})") from None
    if not parts:
        raise TimelineError(
            f"'{path.name}' holds no tweets.js, outbox.json or Shares.csv; unpack it and "
            "name the timeline file"
        )
    return Timeline(
        "+".join(dict.fromkeys(p.format for p in parts)),
        tuple(post for part in parts for post in part.posts),
        sum(p.skipped for p in parts),
        "; ".join(dict.fromkeys(p.skipped_why for p in parts if p.skipped)),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise TimelineError(f"'{path}' is a folder, not a file") from None
    except FileNotFoundError:
        raise TimelineError(f"'{path}' does not exist") from None
    except OSError as exc:
        raise TimelineError(f"cannot read '{path}': {exc.strerror or exc}") from None
    if not raw.strip():
        raise TimelineError(f"'{path.name}' is empty")
    return raw


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise TimelineError(f"'{name}' is not valid UTF-8 (byte {exc.start})") from None


def _load_json(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TimelineError(
            f"the {what} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


def parse_x_archive(text: str) -> Timeline:
    """``window.YTD.tweets.part0 = [{"tweet": {...}}, ...]`` (older archives: ``tweet``)."""
    data = _load_json(_X_PREFIX.sub("", text, count=1).rstrip().rstrip(";"), "X archive")
    if not isinstance(data, list):
        raise TimelineError("the X archive does not hold a list of tweets")
    posts = []
    for number, wrapper in enumerate(data, start=1):
        tweet = wrapper.get("tweet", wrapper) if isinstance(wrapper, dict) else None
        if not isinstance(tweet, dict) or "created_at" not in tweet:
            raise TimelineError(f"tweet {number} in the X archive has no 'created_at'")
        posts.append(_x_post(tweet, number))
    return Timeline("x", tuple(posts))


def _x_post(tweet: dict[str, Any], number: int) -> TimelinePost:
    tweet_id = str(tweet.get("id_str") or tweet.get("id") or "")
    text = tweet.get("full_text", tweet.get("text"))
    if not tweet_id or not isinstance(text, str):
        raise TimelineError(f"tweet {number} in the X archive has no id or no text")
    try:
        created = datetime.strptime(str(tweet["created_at"]), "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        raise TimelineError(
            f"tweet {number} has an unreadable date {tweet['created_at']!r}"
        ) from None
    return TimelinePost(
        source="import:x",
        channel="x",
        external_id=tweet_id,
        text=html.unescape(text),
        published_at=_utc(created),
        url=f"https://x.com/i/web/status/{tweet_id}",
    )


def parse_mastodon_outbox(text: str) -> Timeline:
    """An ActivityStreams OrderedCollection; own posts are ``Create`` activities of a Note."""
    data = _load_json(text, "Mastodon outbox")
    items = data.get("orderedItems") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise TimelineError("this JSON file is not a Mastodon outbox.json (no 'orderedItems' list)")
    posts, skipped = [], 0
    for number, activity in enumerate(items, start=1):
        post = _mastodon_post(activity, number)
        if post is None:
            skipped += 1
        else:
            posts.append(post)
    return Timeline("mastodon", tuple(posts), skipped, "boosts and other activities")


def _mastodon_post(activity: Any, number: int) -> TimelinePost | None:
    if not isinstance(activity, dict) or activity.get("type") != "Create":
        return None
    note = activity.get("object")
    if not isinstance(note, dict) or not isinstance(note.get("content"), str):
        return None
    published = note.get("published") or activity.get("published")
    if not isinstance(published, str):
        raise TimelineError(f"item {number} in the Mastodon outbox has no 'published' date")
    external_id = str(note.get("id") or activity.get("id") or f"item-{number}")
    actor = str(activity.get("actor", ""))
    return TimelinePost(
        source="import:mastodon",
        channel="mastodon",
        external_id=external_id,
        text=html_to_text(note["content"]),
        published_at=_utc(_parse_iso(published, f"item {number}")),
        url=note.get("url") if isinstance(note.get("url"), str) else external_id,
        author=actor.rstrip("/").rsplit("/", 1)[-1] if actor else "",
    )


def parse_linkedin_shares(text: str) -> Timeline:
    """LinkedIn's data export ``Shares.csv``: Date, ShareLink, ShareCommentary, ..."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in LINKEDIN_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise TimelineError(f"the LinkedIn CSV lacks the column(s) {', '.join(missing)}")
    posts, skipped = [], 0
    for row in reader:
        commentary = (row.get("ShareCommentary") or "").strip()
        if not commentary:
            skipped += 1  # a bare reshare without words of one's own
            continue
        posts.append(_linkedin_post(row, commentary, reader.line_num))
    return Timeline("linkedin", tuple(posts), skipped, "shares without text")


def _linkedin_post(row: dict[str, str], commentary: str, line: int) -> TimelinePost:
    link = (row.get("ShareLink") or "").strip()
    stamp = (row.get("Date") or "").strip()
    try:
        when = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        when = _parse_iso(stamp, f"line {line}")
    return TimelinePost(
        source="import:linkedin",
        channel="linkedin",
        external_id=link or f"{stamp}:{commentary[:80]}",
        text=_unquote_linkedin(commentary),
        published_at=_utc(when),
        url=link or None,
    )


def _unquote_linkedin(text: str) -> str:
    """LinkedIn wraps multi-line commentary in an extra pair of quotes with doubled quotes."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].replace('""', '"')
    return text


def _parse_iso(value: str, where: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise TimelineError(f"{where} has an unreadable date {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class _TextExtractor(HTMLParser):
    """Mastodon HTML to plain text: paragraphs and line breaks become newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(extractor.parts)).strip()


def imported_items(
    timeline: Timeline,
    checker: PostChecker,
    *,
    author: str = "",
    capacity: Capacity = Capacity.OFFICIAL,
    role: Role = Role.COMMUNICATIONS,
) -> list[PublishedItem]:
    """Log items for a timeline's posts, each with the findings the checker gives it now."""
    items = []
    for post in timeline.posts:
        context = CheckContext(channel=post.channel, capacity=capacity, role=role)
        findings = checker.check(post.text, context)
        items.append(
            PublishedItem(
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
        )
    return items
