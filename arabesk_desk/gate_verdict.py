"""What the pre-publish gate requires before a post may go out. Plain data, no Qt.

The gate (``docs/architecture.md``, "The route of a publish") asks four things:

* every open error-level finding is either going to be fixed ("aangepast": the author goes
  back to the text) or overridden with a typed, non-empty reason;
* for an official post, the open warnings are listed and confirmed once, together (guideline 5:
  the school speaks; they need no reason one by one);
* when photos or video are attached, the photo checklist is ticked item by item;
* the permanence reminder of guideline 7 is shown once, plainly (no tick needed).

:class:`GateState` holds the author's answers; :meth:`GateState.outcome` says whether the post
may be published, must go back to the editor, or is still blocked, and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from arabesk_desk.posts import Attachment, Override
from checks import Finding, Severity


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One question the author must tick before publishing photos or video."""

    key: str
    text: str  # Dutch, as shown
    text_en: str


PHOTO_CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "recognisable_pupils",
        "Ik heb gekeken of er herkenbare leerlingen op staan.",
        "I checked whether recognisable pupils are shown.",
    ),
    ChecklistItem(
        "consent",
        "Van elke herkenbare leerling is er toestemming voor sociale media.",
        "There is consent for social media for every recognisable pupil.",
    ),
    ChecklistItem(
        "private_colleagues",
        "Er staan geen collega's in privésituaties op.",
        "No colleagues are shown in private situations.",
    ),
)

PERMANENCE_REMINDER = "Wat je publiceert blijft vindbaar, ook na verwijderen."
PERMANENCE_REMINDER_EN = "What you publish stays findable, even after you delete it."


class Decision(StrEnum):
    """What the author chose for one open error."""

    UNDECIDED = "undecided"
    FIX = "fix"  # "aangepast": back to the text to change it
    OVERRIDE = "override"  # publish anyway, with a reason


class GateOutcome(StrEnum):
    """Where the gate leads."""

    BLOCKED = "blocked"  # something still needs an answer
    FIX = "fix"  # at least one finding goes back to the editor
    PUBLISH = "publish"  # everything answered, nothing to fix


def finding_key(finding: Finding) -> str:
    """A stable key for one finding on one span (rule plus code-point offsets)."""
    return f"{finding.rule}@{finding.start}-{finding.end}"


def open_errors(findings: Iterable[Finding]) -> list[Finding]:
    """The error-level findings the gate must ask about, in reading order, without doubles.

    Pass every current finding, ignored ones included: an error may only go out with a
    stated reason, so "negeren" in the editor does not get it past the gate.
    """
    seen: dict[str, Finding] = {}
    for finding in findings:
        if finding.severity is Severity.ERROR:
            seen.setdefault(finding_key(finding), finding)
    return sorted(seen.values(), key=lambda f: (f.start, f.end, f.rule))


def open_warnings(findings: Iterable[Finding]) -> list[Finding]:
    """The warning-level findings an official post's author confirms, in reading order."""
    seen: dict[str, Finding] = {}
    for finding in findings:
        if finding.severity is Severity.WARNING:
            seen.setdefault(finding_key(finding), finding)
    return sorted(seen.values(), key=lambda f: (f.start, f.end, f.rule))


def needs_photo_checklist(attachments: Sequence[Attachment]) -> bool:
    """Photos or video attached: the checklist applies."""
    return any(a.kind in {"image", "video"} for a in attachments)


@dataclass(frozen=True, slots=True)
class GateVerdict:
    """The gate's answer now: the outcome and, when blocked, why (Dutch and English)."""

    outcome: GateOutcome
    problems: tuple[str, ...] = ()
    problems_en: tuple[str, ...] = ()


@dataclass
class GateState:
    """The author's answers in the gate for one post; mutable while the dialog is open."""

    text: str
    errors: tuple[Finding, ...]
    checklist: tuple[ChecklistItem, ...] = ()
    warnings: tuple[Finding, ...] = ()  # official posts: open warnings, confirmed together
    warnings_confirmed: bool = False
    decisions: dict[str, Decision] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    ticked: set[str] = field(default_factory=set)

    @classmethod
    def for_post(
        cls,
        text: str,
        findings: Iterable[Finding],
        attachments: Sequence[Attachment] = (),
        *,
        official_warnings: Iterable[Finding] = (),
    ) -> GateState:
        """``official_warnings``: for an official post, the findings the author did not
        ignore (only their warnings are kept); leave empty for a personal post."""
        checklist = PHOTO_CHECKLIST if needs_photo_checklist(attachments) else ()
        return cls(
            text=text,
            errors=tuple(open_errors(findings)),
            checklist=checklist,
            warnings=tuple(open_warnings(official_warnings)),
        )

    def decide(self, finding: Finding, decision: Decision, reason: str = "") -> None:
        key = finding_key(finding)
        self.decisions[key] = decision
        self.reasons[key] = reason

    def tick(self, item_key: str, ticked: bool = True) -> None:
        if item_key not in {item.key for item in self.checklist}:
            raise KeyError(f"unknown checklist item '{item_key}'")
        if ticked:
            self.ticked.add(item_key)
        else:
            self.ticked.discard(item_key)

    def decision(self, finding: Finding) -> Decision:
        return self.decisions.get(finding_key(finding), Decision.UNDECIDED)

    def reason(self, finding: Finding) -> str:
        return self.reasons.get(finding_key(finding), "").strip()

    def to_fix(self) -> list[Finding]:
        return [f for f in self.errors if self.decision(f) is Decision.FIX]

    def overrides(self) -> tuple[Override, ...]:
        """An :class:`Override` for every error published anyway with a reason."""
        return tuple(
            Override(f.rule, f.start, f.end, self.text[f.start : f.end], self.reason(f))
            for f in self.errors
            if self.decision(f) is Decision.OVERRIDE and self.reason(f)
        )

    def verdict(self) -> GateVerdict:
        """Fix wins over blocked: choosing to fix something always leads back to the text."""
        if self.to_fix():
            return GateVerdict(GateOutcome.FIX)
        problems, problems_en = self._problems()
        if problems:
            return GateVerdict(GateOutcome.BLOCKED, tuple(problems), tuple(problems_en))
        return GateVerdict(GateOutcome.PUBLISH)

    def _problems(self) -> tuple[list[str], list[str]]:
        nl: list[str] = []
        en: list[str] = []
        for finding in self.errors:
            excerpt = self.text[finding.start : finding.end]
            decision = self.decision(finding)
            if decision is Decision.UNDECIDED:
                nl.append(f"Kies bij '{excerpt}': aanpassen of toch publiceren.")
                en.append(f"For '{excerpt}': choose to fix it or to publish anyway.")
            elif decision is Decision.OVERRIDE and not self.reason(finding):
                nl.append(f"Schrijf op waarom '{excerpt}' toch mag.")
                en.append(f"Write down why '{excerpt}' may go out anyway.")
        if self.warnings and not self.warnings_confirmed:
            nl.append("Bevestig dat je de aandachtspunten hebt bekeken.")
            en.append("Confirm that you have looked at the points to consider.")
        missing = [item for item in self.checklist if item.key not in self.ticked]
        if missing:
            nl.append("Vink de vragen over foto's en video af.")
            en.append("Tick the questions about photos and video.")
        return nl, en
