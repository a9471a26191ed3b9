"""The channels a post can be written for, read from ``resources/channels.toml``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checks.packs import PackError
from checks.resources import Resources

COUNTINGS = frozenset({"x-weighted", "mastodon", "graphemes", "code-points"})


@dataclass(frozen=True, slots=True)
class Channel:
    """A channel's name, label, length limit, counting method and share page."""

    name: str
    label: str
    limit: int
    counting: str = "code-points"
    preview_cut: int | None = None
    share_url: str = ""
    aliases: tuple[str, ...] = ()


class UnknownChannel(ValueError):
    """A channel name that is not in the channel table; lists the valid ones."""

    def __init__(self, name: str, valid: list[str]) -> None:
        self.name, self.valid = name, valid
        super().__init__(f"unknown channel '{name}' (valid channels: {', '.join(valid)})")


def load_channels(resources: Resources) -> dict[str, Channel]:
    """Every channel by name, with the school's limit overrides applied."""
    path = resources.root / "channels.toml"
    raw = resources.data("channels.toml")
    channels = {name: _channel(name, entry, path) for name, entry in raw.items()}
    for name, limit in resources.settings.channel_limits.items():
        if name not in channels:
            raise UnknownChannel(name, sorted(channels))
        old = channels[name]
        channels[name] = Channel(
            old.name,
            old.label,
            int(limit),
            old.counting,
            old.preview_cut,
            old.share_url,
            old.aliases,
        )
    return channels


def resolve_channel(channels: Mapping[str, Channel], name: str) -> Channel:
    """The channel called ``name`` (or one of its aliases), case-insensitively."""
    wanted = name.strip().lower()
    for channel in channels.values():
        if wanted == channel.name or wanted in channel.aliases:
            return channel
    raise UnknownChannel(name, sorted(channels))


def _channel(name: str, entry: Any, path: Any) -> Channel:
    if not isinstance(entry, dict):
        raise PackError(path, None, f"channel '{name}' must be a table")
    limit, counting = entry.get("limit"), entry.get("counting", "code-points")
    if type(limit) is not int or limit <= 0:
        raise PackError(path, None, f"channel '{name}': 'limit' must be a positive number")
    if counting not in COUNTINGS:
        raise PackError(
            path,
            None,
            f"channel '{name}': unknown counting '{counting}' "
            f"(one of {', '.join(sorted(COUNTINGS))})",
        )
    cut = entry.get("preview_cut")
    return Channel(
        name=name,
        label=str(entry.get("label", name)),
        limit=limit,
        counting=counting,
        preview_cut=cut if type(cut) is int else None,
        share_url=str(entry.get("share_url", "")),
        aliases=tuple(str(a).lower() for a in entry.get("aliases", ())),
    )
