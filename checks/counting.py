"""How long a post is on its channel, counted the way the platform counts, and where it overflows.

Countings (``Channel.counting`` in ``resources/channels.toml``):

* ``x-weighted`` — X's weighted counting (twitter-text v3): the text is NFC-normalised; a URL
  counts 23; an emoji (a whole ZWJ/skin-tone/flag sequence) counts 2; code points in
  U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 (Latin, Greek, Cyrillic,
  Hebrew, Arabic, … and common punctuation) count 1; everything else (CJK, most symbols) 2.
* ``mastodon`` — grapheme clusters, with every http(s) URL counting 23 and a remote mention
  ``@user@server`` counting as ``@user``.
* ``graphemes`` — user-perceived characters (Bluesky, Threads).
* ``code-points`` — Python characters.

A line break written as CR LF counts once in every counting but ``code-points``.
All offsets are Python code-point offsets into the text as given (not the normalised text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from checks.channels import Channel

X_URL_LENGTH = 23
MASTODON_URL_LENGTH = 23

# X counts 1 for these code-point ranges and 2 for everything else (twitter-text config v3).
_X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

_CCTLDS = (
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo bq "
    "br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do "
    "dz ec ee eg er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt "
    "gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp "
    "kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms "
    "mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr "
    "ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz "
    "tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf "
    "ws ye yt za zm zw"
)
# The generic top-level domains a Dutch school's posts are likely to link to without "https://".
_GTLDS = (
    "com org net info edu gov int mil biz name pro app dev page blog online site website school "
    "education academy news media social shop store tech xyz amsterdam frl brussels vlaanderen "
    "gent"
)
_TLD = "|".join(sorted(set(_CCTLDS.split()) | set(_GTLDS.split()), key=len, reverse=True))

# A URL as X recognises it: with a protocol, or a bare domain with a known top-level domain
# that does not follow "@", "#", "$" or an ASCII letter or digit (e-mail addresses are no URLs).
# A domain has at most 16 labels and starts after no dot, which keeps a text like "a.a.a.a…"
# from making the search quadratic.
_LABEL = r"[\-a-z0-9À-ÖØ-öø-ÿĀ-ɏ]+"
_PATH = r"(?:/[a-z0-9À-ÖØ-öø-ÿĀ-ɏ\-._~:/?#\[\]@!$&'()*+,;=%|]*)?"
_X_URL_RE = re.compile(
    rf"(?:https?://(?:{_LABEL}\.){{1,16}}[a-z]{{2,}}"
    rf"|(?<![A-Za-z0-9@＠#＃$.\-])(?:{_LABEL}\.){{1,16}}(?:{_TLD}))"
    rf"(?![\w@\-])(?::\d{{1,5}})?{_PATH}",
    re.IGNORECASE,
)
_MASTODON_URL_RE = re.compile(
    rf"https?://(?:{_LABEL}\.)*{_LABEL}(?::\d{{1,5}})?{_PATH}", re.IGNORECASE
)
# A URL holds no white space and at least one dot: only such tokens are searched, which keeps
# the URL pattern off the plain words of a long post.
_TOKEN_RE = re.compile(r"\S+")
# A URL does not end in punctuation that closes the sentence around it.
_URL_TAIL_RE = re.compile(r"[.,;:!?'\")\]}]+$")
_REMOTE_MENTION_RE = re.compile(r"(?<![\w@])(@[A-Za-z0-9_]+)(@[\w.\-]+\w)")
# A run of printable ASCII that no combining mark extends, or else one grapheme cluster:
# segmenting only where it matters keeps counting a long post well under a millisecond.
_PIECE_RE = regex.compile(
    r"(?P<run>[\t\n\x20-\x7e]+(?![\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=ZWJ}]))|\X"
)
_EMOJI_RE = regex.compile(
    r"\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}|\u20E3"
)


@dataclass(frozen=True, slots=True)
class LengthCount:
    """A post's length in its channel's units against the channel's limit.

    ``overflow_start`` is the code-point offset of the first character that no longer fits
    (``None`` while the text fits), so a UI can underline ``text[overflow_start:]``.
    """

    length: int
    limit: int
    overflow_start: int | None = None

    @property
    def is_over(self) -> bool:
        return self.length > self.limit

    @property
    def remaining(self) -> int:
        """Units left before the limit; negative when over it."""
        return self.limit - self.length

    @property
    def label(self) -> str:
        """The counter as a UI shows it: ``"213 / 280"``."""
        return f"{self.length} / {self.limit}"


@dataclass(frozen=True, slots=True)
class _Unit:
    """A piece of text that counts as a whole (a grapheme, a URL, an emoji) or, with ``run``,
    a stretch of printable ASCII in which every character counts 1."""

    start: int
    end: int
    weight: int
    run: bool = False


def count_length(text: str, counting: str, limit: int) -> LengthCount:
    """Count ``text`` with the named counting method and find where it crosses ``limit``."""
    if counting == "code-points":
        return LengthCount(len(text), limit, limit if len(text) > limit else None)
    units = _UNITS.get(counting)
    if units is None:
        known = ", ".join(sorted([*_UNITS, "code-points"]))
        raise ValueError(f"unknown counting '{counting}' (one of {known})")
    return _total(units(text), limit)


def count_for_channel(text: str, channel: Channel) -> LengthCount:
    """Count ``text`` for ``channel`` (its counting method and its, possibly overridden, limit)."""
    return count_length(text, channel.counting, channel.limit)


def x_weighted_length(text: str) -> int:
    """X's weighted length of ``text`` (what X shows as used out of 280)."""
    return sum(unit.weight for unit in _x_units(text))


def mastodon_length(text: str) -> int:
    """Mastodon's length of ``text``: graphemes, URLs as 23, remote mentions without server."""
    return sum(unit.weight for unit in _mastodon_units(text))


def grapheme_length(text: str) -> int:
    """The number of user-perceived characters (extended grapheme clusters) in ``text``."""
    return sum(unit.weight for unit in _grapheme_units(text))


def _total(units: Iterator[_Unit], limit: int) -> LengthCount:
    length = 0
    overflow: int | None = None
    for unit in units:
        if overflow is None and length + unit.weight > limit:
            overflow = unit.start + (limit - length if unit.run else 0)
        length += unit.weight
    return LengthCount(length, limit, overflow)


def _x_units(text: str) -> Iterator[_Unit]:
    return _with_urls(text, _X_URL_RE, X_URL_LENGTH, _x_plain_units)


def _mastodon_units(text: str) -> Iterator[_Unit]:
    return _with_urls(text, _MASTODON_URL_RE, MASTODON_URL_LENGTH, _mastodon_plain_units)


def _grapheme_units(text: str) -> Iterator[_Unit]:
    return _pieces(text, 0, len(text), lambda grapheme: 1)


_PlainUnits = Callable[[str, int, int], Iterator[_Unit]]


def _with_urls(
    text: str, url_re: re.Pattern[str], url_weight: int, plain: _PlainUnits
) -> Iterator[_Unit]:
    """Units of ``text``: each URL one unit of ``url_weight``, the rest split by ``plain``."""
    position = 0
    for start, end in _url_spans(text, url_re):
        yield from plain(text, position, start)
        yield _Unit(start, end, url_weight)
        position = end
    yield from plain(text, position, len(text))


def _url_spans(text: str, url_re: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    if "." not in text:
        return
    for token in _TOKEN_RE.finditer(text):
        if "." in token.group():
            yield from _urls_in(text, url_re, token.start(), token.end())


def _urls_in(text: str, url_re: re.Pattern[str], start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in url_re.finditer(text, start, end):
        tail = _URL_TAIL_RE.search(match.group())
        end = match.end() - (len(tail.group()) if tail else 0)
        if end > match.start():
            yield match.start(), end


def _pieces(text: str, start: int, end: int, weigh: Callable[[str], int]) -> Iterator[_Unit]:
    """Runs of printable ASCII (1 a character) and single graphemes weighed by ``weigh``."""
    for match in _PIECE_RE.finditer(text, start, end):
        if match.group("run") is not None:
            yield _Unit(match.start(), match.end(), match.end() - match.start(), run=True)
        else:
            yield _Unit(match.start(), match.end(), weigh(match.group()))


def _x_plain_units(text: str, start: int, end: int) -> Iterator[_Unit]:
    return _pieces(text, start, end, _x_grapheme_weight)


def _x_grapheme_weight(grapheme: str) -> int:
    """An emoji counts 2 as a whole; other code points by their range, after NFC."""
    if grapheme == "\r\n":
        return 1
    if _EMOJI_RE.search(grapheme):
        return 2
    if len(grapheme) == 1:
        return _x_weight(grapheme)
    return sum(_x_weight(ch) for ch in unicodedata.normalize("NFC", grapheme))


def _x_weight(char: str) -> int:
    code = ord(char)
    return 1 if any(low <= code <= high for low, high in _X_LIGHT_RANGES) else 2


def _mastodon_plain_units(text: str, start: int, end: int) -> Iterator[_Unit]:
    position = start
    for match in _REMOTE_MENTION_RE.finditer(text, start, end):
        yield from _pieces(text, position, match.end(1), lambda grapheme: 1)
        yield _Unit(match.start(2), match.end(2), 0)
        position = match.end()
    yield from _pieces(text, position, end, lambda grapheme: 1)


_UNITS: dict[str, Callable[[str], Iterator[_Unit]]] = {
    "x-weighted": _x_units,
    "mastodon": _mastodon_units,
    "graphemes": _grapheme_units,
}
