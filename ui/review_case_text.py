"""How a review request reads in the leader's queue: its list line and its header."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from arabesk_desk.review.folder import ReviewCase
from arabesk_desk.review.needs import reason_from_stored
from arabesk_desk.review.states import ReviewMode
from checks.channels import Channel
from ui.channel_names import labels_for
from ui.i18n import one_language
from ui.review_html import capacity_label, local_time, role_label
from ui.review_texts import reason_text, status_label

LINE_MAX = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewQueue", text)


def list_text(case: ReviewCase, channels: Mapping[str, Channel]) -> str:
    """Three lines: status, author and channels; the first line of the post; when."""
    request = case.request
    first_line = next((line for line in request.text.splitlines() if line.strip()), "")
    if len(first_line) > LINE_MAX:
        first_line = first_line[: LINE_MAX - 1] + "…"
    mode = " · " + _tr("vraag bij twijfel") if request.mode is ReviewMode.QUESTION else ""
    author = request.author or _tr("(naam onbekend)")
    head = f"{status_label(case.status).capitalize()} · {author} — "
    return f"{head}{labels_for(request.channels, channels)}{mode}\n{first_line}\n" + local_time(
        request.created
    )


def header_html(case: ReviewCase, channels: Mapping[str, Channel]) -> str:
    """Who asked, for which channels and capacity, their words, and why review is needed."""
    request = case.request
    author = request.author or _tr("(naam onbekend)")
    lines = [
        f"<b>{html.escape(author)}</b> ({html.escape(role_label(request.role))}) · "
        f"{html.escape(labels_for(request.channels, channels))} · "
        f"{html.escape(capacity_label(request.capacity))} · "
        + html.escape(_tr("versie %1").replace("%1", str(request.revision)))
    ]
    if request.mode is ReviewMode.QUESTION:
        question = request.message or _tr("(geen vraag gesteld)")
        lines.append(f"<b>{html.escape(_tr('Vraag bij twijfel:'))}</b> {html.escape(question)}")
    elif request.message:
        lines.append(f"<b>{html.escape(_tr('Toelichting:'))}</b> {html.escape(request.message)}")
    words = tuple(str(o.get("excerpt", "")) for o in request.overrides)
    for stored in request.reasons:
        reason = reason_from_stored(stored, words)
        shown = reason_text(reason, channels) if reason else one_language(stored)
        lines.append(f"• {html.escape(shown)}")
    decision = case.valid_decision
    if decision is not None:
        decided = _tr("Al besloten: %1 door %2")
        decided = decided.replace("%1", status_label(str(decision.outcome)))
        lines.append(html.escape(decided.replace("%2", decision.reviewer)))
    for _bad, verdict in case.rejected_files:
        lines.append(f"⚠ {html.escape(one_language(verdict.reason))}")
    return "<br>".join(lines)
