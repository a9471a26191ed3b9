"""A review request: the exact content of a draft, its findings, and the author's question.

One JSON file per request in the review folder's ``requests/`` subfolder. The author signs
it with their key (``author_key``), and it carries the author's log head (``log_head``: how
many entries their publication log had and the last hash) so that the reviewer's decision
countersigns that position: a witnessed checkpoint of the author's log. Requests from before
signing (no ``author_key``) are refused with a message to send them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from arabesk_desk.posts import Draft, Override, new_id
from arabesk_desk.review.canonical import canonical_json, content_sha256, draft_content, precise_now
from arabesk_desk.review.files import (
    ReviewFileError,
    Scan,
    ScanCache,
    field_of,
    is_safe_id,
    refuse_duplicate_ids,
    scan_json_files,
    write_json_atomic,
)
from arabesk_desk.review.signing import (
    ReviewerSigner,
    load_or_create_signer,
    signature_is_valid,
)
from arabesk_desk.review.states import ReviewMode
from checks import Capacity, Finding, Role

LogHead = tuple[int, str]  # (entries in the author's log, hash of the last one)
GENESIS_HEAD: LogHead = (0, "0" * 64)

REQUEST_KIND = "arabesk-desk review request"
REQUESTS_FOLDER = "requests"


@dataclass(frozen=True, slots=True)
class ReviewRequest:
    """What the author sends; ``content`` is what a decision's signature binds to."""

    content: dict[str, Any]
    mode: ReviewMode = ReviewMode.REVIEW
    message: str = ""  # the author's question or note to the reviewer
    findings: tuple[dict[str, Any], ...] = ()
    overrides: tuple[dict[str, Any], ...] = ()
    reasons: tuple[str, ...] = ()  # why the policy asks for review
    revision: int = 1  # the n-th request for this draft
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=precise_now)
    author_key: str = ""  # the author's public key: who this is, whatever the name says
    log_head: LogHead = GENESIS_HEAD
    signature: str = ""  # the author's signature over :meth:`payload`

    def payload(self) -> bytes:
        """The exact bytes the author signs: every field but the signature."""
        data = self.to_dict()
        del data["signature"]
        return canonical_json(data)

    @property
    def signed(self) -> bool:
        return bool(self.author_key) and signature_is_valid(
            self.author_key, self.payload(), self.signature
        )

    @property
    def content_sha256(self) -> str:
        return content_sha256(self.content)

    @property
    def draft_id(self) -> str:
        return str(self.content["draft_id"])

    @property
    def text(self) -> str:
        return str(self.content["text"])

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(self.content["channels"])

    @property
    def capacity(self) -> Capacity:
        return Capacity(self.content["capacity"])

    @property
    def author(self) -> str:
        return str(self.content["author"])

    @property
    def role(self) -> Role:
        return Role(self.content["role"])

    def finding_objects(self) -> list[Finding]:
        """The findings as :class:`Finding` values; a malformed one is left out."""
        result = []
        for raw in self.findings:
            try:
                result.append(Finding.from_dict(raw))
            except (KeyError, ValueError, TypeError):
                continue
        return result

    @property
    def file_name(self) -> str:
        stamp = "".join(c for c in self.created if c.isdigit())[:14]
        return f"request-{stamp}-{self.id}.json"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": REQUEST_KIND,
            "id": self.id,
            "created": self.created,
            "revision": self.revision,
            "mode": str(self.mode),
            "message": self.message,
            "content": self.content,
            "content_sha256": self.content_sha256,
            "findings": list(self.findings),
            "overrides": list(self.overrides),
            "reasons": list(self.reasons),
            "author_key": self.author_key,
            "log_head": {"count": self.log_head[0], "hash": self.log_head[1]},
            "signature": self.signature,
        }


def make_request(
    draft: Draft,
    findings: list[Finding] | tuple[Finding, ...] = (),
    overrides: tuple[Override, ...] | list[Override] = (),
    *,
    mode: ReviewMode = ReviewMode.REVIEW,
    message: str = "",
    reasons: tuple[str, ...] = (),
    revision: int = 1,
    signer: ReviewerSigner | None = None,
    log_head: LogHead = GENESIS_HEAD,
) -> ReviewRequest:
    """A request for exactly this draft's content, as it is now, signed by its author
    (``signer``; by default the key of the draft's author, made on first use)."""
    signer = signer or load_or_create_signer(draft.author.strip() or "auteur")
    unsigned = ReviewRequest(
        content=draft_content(draft),
        mode=mode,
        message=message.strip(),
        findings=tuple(_finding_dict(f) for f in findings),
        overrides=tuple(_override_dict(o) for o in overrides),
        reasons=tuple(reasons),
        revision=revision,
        author_key=signer.public_key,
        log_head=log_head,
    )
    return replace(unsigned, signature=signer.sign(unsigned.payload()))


def _finding_dict(finding: Finding) -> dict[str, Any]:
    """The CLI's finding shape plus the English message, so an English UI can show it."""
    return {**finding.to_dict(), "message_en": finding.message_en}


def _override_dict(override: Override) -> dict[str, Any]:
    return {
        "rule": override.rule,
        "start": override.start,
        "end": override.end,
        "excerpt": override.excerpt,
        "reason": override.reason,
    }


def request_from_dict(raw: dict[str, Any]) -> ReviewRequest:
    """Parse and check a request file's object; :class:`ReviewFileError` says what is wrong."""
    if raw.get("kind") != REQUEST_KIND:
        raise ReviewFileError("geen beoordelingsverzoek (not a review request)")
    request_id = field_of(raw, "id", str)
    if not is_safe_id(request_id):
        raise ReviewFileError("ongeldig id (invalid id)")
    content = _checked_content(field_of(raw, "content", dict))
    try:
        mode = ReviewMode(field_of(raw, "mode", str))
    except ValueError:
        raise ReviewFileError("onbekende soort verzoek (unknown request mode)") from None
    request = ReviewRequest(
        content=content,
        mode=mode,
        message=field_of(raw, "message", str),
        findings=tuple(_dicts(field_of(raw, "findings", list), "findings")),
        overrides=tuple(_dicts(field_of(raw, "overrides", list), "overrides")),
        reasons=tuple(str(r) for r in field_of(raw, "reasons", list)),
        revision=field_of(raw, "revision", int),
        id=request_id,
        created=field_of(raw, "created", str),
        author_key=_author_key(raw),
        log_head=_log_head(raw),
        signature=field_of(raw, "signature", str),
    )
    if raw.get("content_sha256") != request.content_sha256:
        raise ReviewFileError(
            "inhoud past niet bij de controlegetal; bestand is gewijzigd "
            "(content does not match its hash; the file was altered)"
        )
    if not request.signed:
        raise ReviewFileError(
            "de handtekening van de auteur klopt niet; het bestand is gewijzigd of vervalst "
            "(the author's signature is invalid: the file was altered or forged)"
        )
    return request


def _author_key(raw: dict[str, Any]) -> str:
    if "author_key" not in raw:
        raise ReviewFileError(
            "niet ondertekend: een verzoek uit een oudere versie; vraag de auteur het opnieuw "
            "te sturen (unsigned request from an older version: ask the author to send it again)"
        )
    return field_of(raw, "author_key", str)


def _log_head(raw: dict[str, Any]) -> LogHead:
    head = field_of(raw, "log_head", dict)
    count, last = head.get("count"), head.get("hash")
    if type(count) is not int or count < 0 or not isinstance(last, str) or len(last) != 64:
        raise ReviewFileError("veld 'log_head' is onjuist (field 'log_head' is malformed)")
    return count, last


def _checked_content(content: dict[str, Any]) -> dict[str, Any]:
    for key in ("draft_id", "text", "capacity", "author", "role"):
        field_of(content, key, str)
    channels = field_of(content, "channels", list)
    if not channels or not all(isinstance(c, str) for c in channels):
        raise ReviewFileError("kanalen ontbreken (channels missing)")
    try:
        Capacity(content["capacity"])
        Role(content["role"])
    except ValueError:
        raise ReviewFileError("onbekende hoedanigheid of rol (unknown capacity or role)") from None
    return content


def _dicts(values: list[Any], name: str) -> list[dict[str, Any]]:
    if not all(isinstance(v, dict) for v in values):
        raise ReviewFileError(
            f"'{name}' bevat iets anders dan objecten ('{name}' holds non-objects)"
        )
    return values


def write_request(folder: Path, request: ReviewRequest) -> Path:
    """Place a request in ``folder/requests`` atomically; returns the file written."""
    return write_json_atomic(folder / REQUESTS_FOLDER, request.file_name, request.to_dict())


def scan_requests(
    folder: Path, cache: ScanCache[ReviewRequest] | None = None
) -> Scan[ReviewRequest]:
    """Every readable request in the folder; identical copies (sync conflicts) are folded and
    an id used by two different files is refused, both files named."""
    scan = scan_json_files(folder / REQUESTS_FOLDER, request_from_dict, cache)
    unique = refuse_duplicate_ids(scan, lambda r: r.id, lambda r: r.to_dict())
    ordered = sorted(unique.items, key=lambda r: (r.created, r.revision, r.id))
    return Scan(tuple(ordered), unique.problems)
