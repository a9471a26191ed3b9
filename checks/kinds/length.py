"""The ``length_limit`` and ``preview_cut`` kinds: a post against its channel's length rules.

The context's channel decides which limit and counting apply (``resources/channels.toml``,
with the school policy's ``channel_limits`` on top). A channel the table does not know gets
no length finding: the caller validates channel names.

Messages may use ``{channel}``, ``{length}``, ``{limit}``, ``{over}`` and ``{cut}``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checks.channels import Channel, UnknownChannel, load_channels, resolve_channel
from checks.context import CheckContext
from checks.counting import count_for_channel
from checks.kinds.base import bad_rule, param
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

_PLACEHOLDERS = {"channel": "X", "length": 1, "limit": 1, "over": 1, "cut": 1}


def _templates(rule: Rule) -> tuple[str, str]:
    """The rule's messages, checked once so a typo in a placeholder fails at load time."""
    for template in (rule.message, rule.message_en):
        try:
            template.format(**_PLACEHOLDERS)
        except (KeyError, IndexError, ValueError) as exc:
            raise bad_rule(rule, f"has a message with an unknown placeholder: {exc}") from None
    return rule.message, rule.message_en


def _channel(channels: Mapping[str, Channel], ctx: CheckContext) -> Channel | None:
    try:
        return resolve_channel(channels, ctx.channel)
    except UnknownChannel:
        return None


def build_length_limit(rule: Rule, resources: Resources) -> Matcher:
    """Flag the part of the post that no longer fits within its channel's limit."""
    channels = load_channels(resources)
    message, message_en = _templates(rule)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        channel = _channel(channels, ctx)
        if channel is None:
            return
        count = count_for_channel(doc.text, channel)
        if count.overflow_start is None:
            return
        values = {
            "channel": channel.label,
            "length": count.length,
            "limit": count.limit,
            "over": count.length - count.limit,
            "cut": count.limit,
        }
        yield Hit(
            count.overflow_start,
            len(doc.text),
            message=message.format(**values),
            message_en=message_en.format(**values),
        )

    return match


def preview_end(text: str, cut: int, lines: int) -> int:
    """Where a feed's preview stops: after ``cut`` characters or ``lines`` lines, if sooner."""
    end = min(cut, len(text))
    newline = -1
    for _ in range(lines):
        newline = text.find("\n", newline + 1, end)
        if newline < 0:
            return end
    return newline


def build_preview_cut(rule: Rule, resources: Resources) -> Matcher:
    """Point at the sentence a feed cuts off behind "meer weergeven" ("see more")."""
    channels = load_channels(resources)
    lines = param(rule, "preview_lines", int, 3)
    if lines < 1:
        raise bad_rule(rule, "needs 'params.preview_lines' of at least 1")
    message, message_en = _templates(rule)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        channel = _channel(channels, ctx)
        if channel is None or channel.preview_cut is None:
            return
        text = doc.text
        cut = preview_end(text, channel.preview_cut, lines)
        if not text[cut:].strip():
            return
        start = cut
        while text[start].isspace():
            start += 1
        end = max(doc.sentence_at(start).end, start + 1)
        values = {**_PLACEHOLDERS, "channel": channel.label, "cut": channel.preview_cut}
        yield Hit(
            start, end, message=message.format(**values), message_en=message_en.format(**values)
        )

    return match


KINDS = {"length_limit": build_length_limit, "preview_cut": build_preview_cut}
