"""Channel names as the interface shows them, in its language, and what a channel needs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from checks.channels import Channel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChannelNames", text)


def _translated_labels() -> dict[str, str]:
    """Labels that carry a word (brand names stay as they are in every language)."""
    return {
        "youtube-title": _tr("YouTube (titel)"),
        "youtube": _tr("YouTube (beschrijving)"),
    }


# Channels where a post cannot go out without a picture or a video of its own.
NEEDS_PHOTO = frozenset({"instagram"})
NEEDS_VIDEO = frozenset({"youtube", "youtube-title"})


def channel_label(channel: Channel) -> str:
    """The channel's name in the interface language ("YouTube (title)" in English)."""
    return _translated_labels().get(channel.name, channel.label)


def label_for(name: str, table: Mapping[str, Channel]) -> str:
    """The shown name for a stored channel name; an unknown one reads as it was stored."""
    channel = table.get(name)
    return channel_label(channel) if channel is not None else name


def labels_for(names: Iterable[str], table: Mapping[str, Channel]) -> str:
    """``"X, LinkedIn en Instagram"``: a list as a sentence would say it."""
    labels = [label_for(name, table) for name in names]
    if len(labels) <= 1:
        return "".join(labels)
    return _tr("%1 en %2").replace("%1", ", ".join(labels[:-1])).replace("%2", labels[-1])
