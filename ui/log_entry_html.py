"""How one log entry reads: a table row, and the full entry with findings, overrides and review."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from arabesk_desk.review.logged import check_logged_review, logged_trail
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.store import LogEntry, PublishedItem
from checks import Finding
from ui.review_html import (
    capacity_label,
    findings_list,
    local_time,
    role_label,
    trail_html,
    verdict_html,
)

KIND_LABELS = {
    "published": "gepubliceerd",
    "imported": "geïmporteerd",
    "correction": "correctie",
    "withdrawal": "verwijderd",
    "url_added": "link toegevoegd",
}


def row_values(entry: LogEntry) -> list[str]:
    item = entry.item
    first_line = next((line for line in item.text.splitlines() if line.strip()), "")
    kind = "" if item.kind == "published" else f"[{KIND_LABELS.get(item.kind, item.kind)}] "
    review = item.review or {}
    return [
        local_time(item.published_at),
        item.author,
        ", ".join(item.channels),
        capacity_label(item.capacity),
        kind + first_line,
        str(len(item.findings)),
        str(len(item.overrides)) if item.overrides else "",
        str(review.get("decision") or review.get("status") or ""),
    ]


def entry_html(entry: LogEntry, later: Sequence[LogEntry], policy: ReviewPolicy) -> str:
    """One entry in full: text, facts, findings, overrides with reasons, review, later notes."""
    item = entry.item
    findings = _findings(item.findings)
    facts = (
        f"<b>{html.escape(item.author)}</b> ({html.escape(role_label(item.role))}) · "
        f"{html.escape(', '.join(item.channels))} · {html.escape(capacity_label(item.capacity))}"
        f" · {html.escape(local_time(item.published_at))} · "
        f"{html.escape(KIND_LABELS.get(item.kind, item.kind))} · #{entry.seq}"
    )
    parts = [
        f"<p>{facts}</p>",
        "<p style='white-space:pre-wrap'>" + html.escape(item.text) + "</p>",
    ]
    if item.url:
        parts.append(f"<p><a href='{html.escape(item.url)}'>{html.escape(item.url)}</a></p>")
    if item.note:
        parts.append(f"<p><i>{html.escape(item.note)}</i></p>")
    parts.append(_heading("Adviezen bij publicatie") + findings_list(findings, item.text))
    if item.overrides:
        rows = "".join(
            f"<li><b>{html.escape(o.rule)}</b> “{html.escape(o.excerpt)}”: "
            f"{html.escape(o.reason)}</li>"
            for o in item.overrides
        )
        parts.append(_heading("Genegeerde fouten, met reden") + f"<ul>{rows}</ul>")
    parts.append(_heading("Review") + _review_html(item, policy))
    if later:
        rows = "".join(
            f"<li>{html.escape(local_time(e.item.published_at))}: "
            f"{html.escape(KIND_LABELS.get(e.item.kind, e.item.kind))} "
            f"{html.escape(e.item.note or e.item.url or '')}</li>"
            for e in later
        )
        parts.append(_heading("Later") + f"<ul>{rows}</ul>")
    return "".join(parts)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogWindow", text)


def _heading(text: str) -> str:
    return f"<h4>{html.escape(_tr(text))}</h4>"


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
        return f"<p><i>{html.escape(_tr('Zonder review gepubliceerd.'))}</i></p>"
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
        check = f"<p>{verdict_html(verdict.valid, verdict.reason)}</p>"
    return check + trail_html(logged_trail(item.review))
