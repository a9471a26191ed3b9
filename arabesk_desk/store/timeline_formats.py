"""One post from an X, Mastodon or LinkedIn export, or the reason it is skipped.

Every parser here takes one item and returns a :class:`TimelinePost` or a
:class:`SkippedItem`; nothing in one item can stop the others (a lone surrogate, a date
outside what a computer can represent, a field of a hundred thousand characters).
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

MAX_POST_CHARS = 100_000  # LinkedIn allows 3,000, X long posts 25,000
LINKEDIN_COLUMNS = ("Date", "ShareLink", "ShareCommentary")


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
        key = f"{self.source}:{self.external_id}".encode("utf-8", "surrogatepass")
        return "import-" + hashlib.sha256(key).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class SkippedItem:
    """An item that is not imported; ``bad`` when it is broken, not just not a post."""

    where: str  # "tweet 12", "line 40"
    reason: str
    bad: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def checked_post(post: TimelinePost, where: str) -> TimelinePost | SkippedItem:
    """The post if every text in it can be stored (UTF-8, a sensible length)."""
    for name in ("text", "external_id", "url", "author"):
        value = getattr(post, name) or ""
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return SkippedItem(where, f"its {name} holds a lone surrogate (not text)")
    if len(post.text) > MAX_POST_CHARS:
        return SkippedItem(where, f"its text has {len(post.text):,} characters (at most 100,000)")
    return post


def x_post(wrapper: Any, number: int) -> TimelinePost | SkippedItem:
    """One item of ``window.YTD.tweets.part0 = [...]`` (older archives: ``tweet``)."""
    where = f"tweet {number}"
    tweet = wrapper.get("tweet", wrapper) if isinstance(wrapper, dict) else None
    if not isinstance(tweet, dict) or "created_at" not in tweet:
        return SkippedItem(where, "has no 'created_at'")
    tweet_id = str(tweet.get("id_str") or tweet.get("id") or "")
    text = tweet.get("full_text", tweet.get("text"))
    if not tweet_id or not isinstance(text, str):
        return SkippedItem(where, "has no id or no text")
    try:
        created = datetime.strptime(str(tweet["created_at"]), "%a %b %d %H:%M:%S %z %Y")
        published = utc(created)
    except (ValueError, OverflowError):
        return SkippedItem(where, f"has an unreadable date {str(tweet['created_at'])[:40]!r}")
    post = TimelinePost(
        source="import:x",
        channel="x",
        external_id=tweet_id[:200],
        text=html.unescape(text),
        published_at=published,
        url=f"https://x.com/i/web/status/{tweet_id[:200]}",
    )
    return checked_post(post, where)


def mastodon_post(activity: Any, number: int) -> TimelinePost | SkippedItem:
    """One ``orderedItems`` entry; own posts are ``Create`` activities of a Note."""
    where = f"item {number}"
    if not isinstance(activity, dict) or activity.get("type") != "Create":
        return SkippedItem(where, "a boost or another activity", bad=False)
    note = activity.get("object")
    if not isinstance(note, dict) or not isinstance(note.get("content"), str):
        return SkippedItem(where, "a boost or another activity", bad=False)
    published = note.get("published") or activity.get("published")
    if not isinstance(published, str):
        return SkippedItem(where, "has no 'published' date")
    try:
        when = utc(parse_iso(published))
    except (ValueError, OverflowError):
        return SkippedItem(where, f"has an unreadable date {published[:40]!r}")
    external_id = str(note.get("id") or activity.get("id") or f"item-{number}")[:500]
    actor = str(activity.get("actor", ""))
    post = TimelinePost(
        source="import:mastodon",
        channel="mastodon",
        external_id=external_id,
        text=html_to_text(note["content"][: MAX_POST_CHARS * 4]),
        published_at=when,
        url=note["url"][:2000] if isinstance(note.get("url"), str) else external_id,
        author=actor.rstrip("/").rsplit("/", 1)[-1][:200] if actor else "",
    )
    return checked_post(post, where)


def linkedin_post(row: dict[str, str | None], line: int) -> TimelinePost | SkippedItem:
    """One row of LinkedIn's ``Shares.csv``: Date, ShareLink, ShareCommentary, ..."""
    where = f"line {line}"
    commentary = (row.get("ShareCommentary") or "").strip()
    if not commentary:
        return SkippedItem(where, "a share without text", bad=False)
    link = (row.get("ShareLink") or "").strip()
    stamp = (row.get("Date") or "").strip()
    try:
        when = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        try:
            when = parse_iso(stamp)
        except ValueError:
            return SkippedItem(where, f"has an unreadable date {stamp[:40]!r}")
    try:
        published = utc(when)
    except OverflowError:
        return SkippedItem(where, f"has a date out of range {stamp[:40]!r}")
    post = TimelinePost(
        source="import:linkedin",
        channel="linkedin",
        external_id=link[:2000] or f"{stamp}:{commentary[:80]}",
        text=_unquote_linkedin(commentary),
        published_at=published,
        url=link[:2000] or None,
    )
    return checked_post(post, where)


def _unquote_linkedin(text: str) -> str:
    """LinkedIn wraps multi-line commentary in an extra pair of quotes with doubled quotes."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].replace('""', '"')
    return text


def parse_iso(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def utc(moment: datetime) -> str:
    """UTC ISO time; ``OverflowError`` for a moment that UTC cannot hold (year 1 or 9999)."""
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
