"""Review in the interface's words: why a post needs review, who approves, what happens next.

The core hands over data (reasons, readiness, statuses); this module words it in one language,
without rule ids, and says plainly what ICT must do when review is not set up here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from arabesk_desk.posts import DraftStatus
from arabesk_desk.review.needs import ReasonKind, ReviewReason
from arabesk_desk.review.readiness import ReviewGap, ReviewReadiness
from checks.channels import Channel
from ui.channel_names import labels_for
from ui.i18n import one_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewTexts", text)


def reason_text(reason: ReviewReason, channels: Mapping[str, Channel]) -> str:
    """One reason as a sentence that reads right for the author and for the leader."""
    if reason.kind is ReasonKind.ALWAYS:
        return _tr("Op deze school beoordeelt een leidinggevende elk bericht.")
    if reason.kind is ReasonKind.OFFICIAL:
        return _tr("Het is een bericht namens de school van iemand buiten communicatie.")
    if reason.kind is ReasonKind.OVERRIDDEN:
        words = ", ".join(f"“{w}”" for w in reason.words) or "…"
        return _tr("Wat het protocol een fout noemt, gaat toch mee (met een reden): %1.").replace(
            "%1", words
        )
    return _tr("Berichten op %1 worden op deze school altijd beoordeeld.").replace(
        "%1", labels_for(reason.channels, channels)
    )


def who_approves(readiness: ReviewReadiness) -> str:
    names = readiness.reviewers
    if len(names) == 1:
        return _tr("%1 keurt het goed.").replace("%1", names[0])
    listed = ", ".join(names[:-1]) + " " + _tr("of") + " " + names[-1]
    return _tr("Een van deze leidinggevenden keurt het goed: %1.").replace("%1", listed)


def what_happens_next() -> str:
    return _tr(
        "Na ‘Ter beoordeling sturen’ gaat je bericht naar de map voor beoordelingen; je concept "
        "blijft bewaard. Zodra het is goedgekeurd, kies je opnieuw ‘Publiceren…’. Wijzig je de "
        "tekst daarna, dan is een nieuwe goedkeuring nodig."
    )


def ict_must(readiness: ReviewReadiness) -> str:
    """What is missing here and what ICT does about it (``arabesk-desk doctor`` says the same)."""
    parts = []
    if ReviewGap.NO_REVIEWERS in readiness.gaps:
        parts.append(
            _tr(
                "Beoordelen is op deze school nog niet ingericht: het schoolbeleid noemt geen "
                "leidinggevende die kan goedkeuren, dus dit bericht kan nu niet uit. Vraag "
                "ICT-beheer om elke leidinggevende ‘arabesk-desk review keygen’ te laten "
                "uitvoeren en hun publieke sleutels in het schoolbeleid te zetten "
                "(onder [review]). ICT kan dit nakijken met ‘arabesk-desk doctor’."
            )
        )
    if ReviewGap.FOLDER_UNREACHABLE in readiness.gaps and readiness.set_by_policy:
        parts.append(
            _tr(
                "De map voor beoordelingen die ICT-beheer heeft ingesteld (%1) is niet "
                "bereikbaar. Controleer of de gedeelde map verbonden is, of vraag ICT-beheer "
                "om hulp."
            ).replace("%1", str(readiness.folder))
        )
    elif ReviewGap.FOLDER_UNREACHABLE in readiness.gaps:
        parts.append(
            _tr(
                "De map voor beoordelingen (%1) is niet bereikbaar. Verbind de gedeelde map of "
                "de stick, of kies in de instellingen een andere map; ICT-beheer kan helpen."
            ).replace("%1", str(readiness.folder))
        )
    return " ".join(parts)


def review_outlook(
    reasons: Sequence[ReviewReason], readiness: ReviewReadiness, channels: Mapping[str, Channel]
) -> str:
    """The gate's words on review: why, then who and what next, or what ICT must do."""
    why = "\n".join(f"• {reason_text(reason, channels)}" for reason in reasons)
    intro = _tr("Dit bericht gaat pas uit als een leidinggevende het goedkeurt, omdat:")
    if not readiness.ready:
        return f"{intro}\n{why}\n\n{ict_must(readiness)}"
    return f"{intro}\n{why}\n\n{who_approves(readiness)} {what_happens_next()}"


def status_label(status: DraftStatus | str) -> str:
    """A draft's or request's status as a word in the interface language."""
    labels = {
        DraftStatus.DRAFT: _tr("concept"),
        DraftStatus.IN_REVIEW: _tr("wacht op besluit"),
        DraftStatus.APPROVED: _tr("goedgekeurd"),
        DraftStatus.CHANGES_REQUESTED: _tr("aanpassen gevraagd"),
        DraftStatus.REJECTED: _tr("afgewezen"),
        DraftStatus.PUBLISHED: _tr("gepubliceerd"),
    }
    try:
        return labels[DraftStatus(status)]
    except ValueError:
        return str(status)


def logged_review_label(review: Mapping[str, object] | None) -> str:
    """The log's review column: the decision, or that review was asked and not decided."""
    if not review:
        return ""
    decision = str(review.get("decision") or "")
    if decision:
        return status_label(decision)
    return _tr("gevraagd, geen besluit")


_REVISION = re.compile(r"^vroeg om beoordeling \(versie (\d+)\)$")


def trail_what(what: str) -> str:
    """A trail line's "what" (stored in Dutch by the core) in the interface language."""
    if what == "vroeg om advies (twijfel)":
        return _tr("vroeg om advies (twijfel)")
    match = _REVISION.match(what)
    if match:
        return _tr("vroeg om beoordeling (versie %1)").replace("%1", match.group(1))
    outcome, invalid, reason = what.partition(" — ONGELDIG: ")
    if invalid:
        return (
            _tr("%1 — ongeldig: %2")
            .replace("%1", status_label(outcome))
            .replace("%2", one_language(reason))
        )
    return status_label(what)
