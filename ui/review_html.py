"""HTML for the review and log windows: a text with its findings marked, a diff, a trail."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from arabesk_desk.review.diff import Change, Segment
from arabesk_desk.review.trail import TrailEvent
from checks import Finding, Severity
from ui import theme
from ui.i18n import finding_message
from ui.review_texts import trail_what


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewHtml", text)


def local_time(iso: str) -> str:
    """``2026-11-26 07:56`` in the laptop's time zone, from a stored UTC ISO time."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16].replace("T", " ")


def role_label(role: str) -> str:
    labels = {
        "staff": _tr("medewerker"),
        "communications": _tr("communicatie"),
        "leader": _tr("leidinggevende"),
    }
    return labels.get(role, role)


def capacity_label(capacity: str) -> str:
    return _tr("namens de school") if capacity == "official" else _tr("persoonlijk")


def verdict_html(valid: bool, text: str) -> str:
    """A bold ✔/✖ line in green or red that reads well on light and dark backgrounds."""
    good = "#81c784" if theme.is_dark() else "#2e7d32"
    colour = good if valid else theme.colour(Severity.ERROR).name()
    mark = "✔" if valid else "✖"
    return f"<span style='color:{colour}'><b>{mark} {html.escape(text)}</b></span>"


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def marked_text(text: str, findings: Sequence[Finding]) -> str:
    """``text`` with each finding's span underlined in its severity colour (code points)."""
    spans = sorted(
        (f for f in findings if 0 <= f.start < f.end <= len(text)),
        key=lambda f: (f.start, -f.severity.rank),
    )
    parts: list[str] = []
    position = 0
    for finding in spans:
        if finding.start < position:
            continue  # overlapping spans: the first (most severe) one is marked
        parts.append(_escape(text[position : finding.start]))
        colour = theme.colour(finding.severity).name()
        parts.append(
            f"<span style='text-decoration: underline; color:{colour}; font-weight:600'>"
            f"{_escape(text[finding.start : finding.end])}</span>"
        )
        position = finding.end
    parts.append(_escape(text[position:]))
    return "<p style='white-space:pre-wrap'>" + "".join(parts) + "</p>"


def findings_list(findings: Sequence[Finding], text: str = "") -> str:
    """A bulleted list: severity badge, message, the words it is about, guideline."""
    if not findings:
        translated = html.escape(_tr("Geen adviezen bij deze tekst."))
        return f"<p><i>{translated}</i></p>"
    rows = []
    guideline_word = html.escape(_tr("richtlijn"))
    for finding in findings:
        colour = theme.colour(finding.severity).name()
        excerpt = text[finding.start : finding.end] if text else ""
        about = f" — “{html.escape(excerpt)}”" if excerpt else ""
        guideline = (
            f" <small>({guideline_word} {finding.guideline})</small>" if finding.guideline else ""
        )
        rows.append(
            f"<li><b style='color:{colour}'>{html.escape(theme.severity_label(finding.severity))}"
            f"</b> {html.escape(finding_message(finding))}{about}{guideline}</li>"
        )
    return "<ul>" + "".join(rows) + "</ul>"


def diff_html(segments: Sequence[Segment]) -> str:
    """Deleted words struck through in red, inserted words underlined in green."""
    dark = theme.is_dark()
    inserted = "#1b5e20" if not dark else "#81c784"
    deleted = "#b71c1c" if not dark else "#ef9a9a"
    inserted_bg = "#e8f5e9" if not dark else "#1b3320"
    deleted_bg = "#ffebee" if not dark else "#3a1d1d"
    parts = []
    previous: Change | None = None
    for segment in segments:
        text = _escape(segment.text)
        if previous is Change.DELETED and segment.change is Change.INSERTED:
            parts.append("\u200a")  # a hair space keeps "oud" and "nieuw" apart on screen
        previous = segment.change
        if segment.change is Change.INSERTED:
            parts.append(
                f"<span style='color:{inserted}; background:{inserted_bg}; "
                f"text-decoration: underline'>{text}</span>"
            )
        elif segment.change is Change.DELETED:
            parts.append(
                f"<span style='color:{deleted}; background:{deleted_bg}; "
                f"text-decoration: line-through'>{text}</span>"
            )
        else:
            parts.append(text)
    return "<p style='white-space:pre-wrap'>" + "".join(parts) + "</p>"


def trail_html(events: Sequence[TrailEvent]) -> str:
    """The conversation about a post: who did what when, with their words."""
    if not events:
        translated = html.escape(_tr("Nog geen beoordeling."))
        return f"<p><i>{translated}</i></p>"
    rows = []
    unknown = _tr("(naam onbekend)")
    for event in events:
        mark = "" if event.trusted else " ⚠"
        when = html.escape(local_time(event.when))
        comment = f"<br><i>“{_escape(event.comment)}”</i>" if event.comment else ""
        rows.append(
            f"<li><b>{html.escape(event.who or unknown)}</b> {html.escape(trail_what(event.what))}"
            f"{mark} "
            f"<small>{when}</small>{comment}</li>"
        )
    return "<ul>" + "".join(rows) + "</ul>"
