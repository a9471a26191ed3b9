"""How one log entry reads: a table row, and the full entry with findings, overrides and review."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from arabesk_desk.review.logged import check_logged_review, logged_trail
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.store import LogEntry, PublishedItem
from checks import Finding
from checks.channels import Channel
from ui.channel_names import labels_for
from ui.i18n import one_language
from ui.review_html import (
    capacity_label,
    findings_list,
    local_time,
    role_label,
    trail_html,
    verdict_html,
)
from ui.review_texts import logged_review_label


def kind_label(kind: str) -> str:
    labels = {
        "published": _tr("gepubliceerd"),
        "imported": _tr("geïmporteerd"),
        "correction": _tr("correctie"),
        "withdrawal": _tr("verwijderd"),
        "url_added": _tr("link toegevoegd"),
    }
    return labels.get(kind, kind)


def row_values(entry: LogEntry, channels: Mapping[str, Channel] | None = None) -> list[str]:
    item = entry.item
    first_line = next((line for line in item.text.splitlines() if line.strip()), "")
    kind = "" if item.kind == "published" else f"[{kind_label(item.kind)}] "
    return [
        local_time(item.published_at),
        item.author,
        labels_for(item.channels, channels or {}),
        capacity_label(item.capacity),
        kind + first_line,
        str(len(item.findings)),
        str(len(item.overrides)) if item.overrides else "",
        logged_review_label(item.review),
    ]


def entry_html(
    entry: LogEntry,
    later: Sequence[LogEntry],
    policy: ReviewPolicy,
    channels: Mapping[str, Channel] | None = None,
) -> str:
    """One entry in full: text, facts, findings, overrides with reasons, review, later notes."""
    item = entry.item
    findings = _findings(item.findings)
    facts = (
        f"<b>{html.escape(item.author)}</b> ({html.escape(role_label(item.role))}) · "
        f"{html.escape(labels_for(item.channels, channels or {}))} · "
        f"{html.escape(capacity_label(item.capacity))}"
        f" · {html.escape(local_time(item.published_at))} · "
        f"{html.escape(kind_label(item.kind))} · #{entry.seq}"
    )
    parts = [
        f"<p>{facts}</p>",
        "<p style='white-space:pre-wrap'>" + html.escape(item.text) + "</p>",
    ]
    if item.url:
        parts.append(f"<p><a href='{html.escape(item.url)}'>{html.escape(item.url)}</a></p>")
    if item.note:
        parts.append(f"<p><i>{html.escape(item.note)}</i></p>")
    parts.append(_heading(_tr("Adviezen bij publicatie")) + findings_list(findings, item.text))
    if item.overrides:
        rows = "".join(
            f"<li>“{html.escape(o.excerpt)}”: {html.escape(o.reason)}</li>" for o in item.overrides
        )
        parts.append(_heading(_tr("Toch gepubliceerde fouten, met de reden")) + f"<ul>{rows}</ul>")
    parts.append(_heading(_tr("Beoordeling")) + _review_html(item, policy))
    if later:
        rows = "".join(
            f"<li>{html.escape(local_time(e.item.published_at))}: "
            f"{html.escape(kind_label(e.item.kind))} "
            f"{html.escape(e.item.note or e.item.url or '')}</li>"
            for e in later
        )
        parts.append(_heading(_tr("Later")) + f"<ul>{rows}</ul>")
    return "".join(parts)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogWindow", text)


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def _findings(raw: Sequence[dict[str, Any]]) -> list[Finding]:
    result = []
    for entry in raw:
        try:
            result.append(Finding.from_dict(entry))
        except (KeyError, ValueError, TypeError):
            continue
    return result


def _review_html(item: PublishedItem, policy: ReviewPolicy) -> str:
    if not item.review:
        text = _tr("Gepubliceerd zonder beoordeling.")
        return f"<p><i>{html.escape(text)}</i></p>"
    verdict = check_logged_review(
        item.review,
        text=item.text,
        channels=item.channels,
        capacity=item.capacity,
        author=item.author,
        role=item.role,
        draft_id=item.draft_id,
        attachment_hashes=item.attachment_hashes,
        policy=policy,
    )
    check = ""
    if verdict is not None:
        check = f"<p>{verdict_html(verdict.valid, one_language(verdict.reason))}</p>"
    return check + trail_html(logged_trail(item.review))
