"""What the message bar says after publishing: where to paste, photos by hand, a failed browser."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from arabesk_desk.posts import Draft
from checks.channels import Channel
from ui.channel_names import labels_for
from ui.message_bar import MessageKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublishReport", text)


@dataclass(frozen=True, slots=True)
class ShareOutcome:
    """Which channels' share pages opened, which failed to open, which have none."""

    opened: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    without_page: tuple[str, ...] = ()
    asked: bool = True  # False: the author chose not to open share pages


def published_message(
    draft: Draft, outcome: ShareOutcome, channels: Mapping[str, Channel]
) -> tuple[str, MessageKind]:
    """The sentences after a post went out, and whether something needs the author's eye."""
    parts = [_tr("Gepubliceerd en vastgelegd in het logboek. De tekst staat op het klembord.")]
    if outcome.opened:
        parts.append(
            _tr("Plak hem op de pagina van %1 die in je browser opent.").replace(
                "%1", labels_for(outcome.opened, channels)
            )
        )
    if outcome.failed:
        parts.append(
            _tr(
                "De browser kon de pagina van %1 niet openen: ga er zelf heen en plak de tekst."
            ).replace("%1", labels_for(outcome.failed, channels))
        )
    if outcome.asked and outcome.without_page:
        parts.append(
            _tr("%1 heeft geen deelpagina: plaats het bericht daar zelf.").replace(
                "%1", labels_for(outcome.without_page, channels)
            )
        )
    if not outcome.asked:
        parts.append(
            _tr("Plaats hem zelf op %1.").replace("%1", labels_for(draft.channels, channels))
        )
    if draft.attachments:
        parts.append(
            _tr(
                "Foto's en video upload je zelf bij het bericht: Arabesk Desk plaatst alleen tekst."
            )
        )
    kind = MessageKind.WARNING if outcome.failed else MessageKind.SUCCESS
    return " ".join(parts), kind


def share_targets(channels: Sequence[str], table: Mapping[str, Channel]) -> list[Channel]:
    """The chosen channels that have a share page, in the post's order."""
    return [table[name] for name in channels if name in table and table[name].share_url]
