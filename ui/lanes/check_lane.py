"""The check lane: debounce, snapshot, one job in flight, stale results dropped (novelWriter)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from arabesk_desk.post_checker import PostChecker
from checks import Capacity, CheckContext, Finding, ReplyTo, Role
from checks.consent import ConsentBook
from checks.finding import sort_key
from ui.lanes.background import BackgroundRunner

CHECK_DEBOUNCE_MS = 200


@dataclass(frozen=True, slots=True)
class CheckSnapshot:
    """Everything a check needs, copied on the GUI thread so the worker shares nothing."""

    text: str
    capacity: Capacity
    channels: tuple[str, ...]
    role: Role
    revision: int
    reply_to: ReplyTo | None = None  # whom the post answers, when the author said
    media: tuple[str, ...] = ()  # the attachments' kinds ("image", "video")
    pictured: tuple[str, ...] = ()  # pupils the author marked as pictured
    consent: ConsentBook | None = None  # the photo-consent register (immutable, shared)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The findings for one snapshot, and how long the rules took."""

    snapshot: CheckSnapshot
    findings: tuple[Finding, ...]
    rule_count: int
    elapsed_ms: float


def run_checks(checker: PostChecker, snapshot: CheckSnapshot) -> CheckResult:
    """A pure function on plain data: the protocol findings for every chosen channel."""
    started = time.perf_counter()
    merged: dict[tuple[str, int, int], Finding] = {}
    for channel in snapshot.channels or ("x",):
        context = CheckContext(
            channel=channel,
            capacity=snapshot.capacity,
            role=snapshot.role,
            reply_to=snapshot.reply_to,
            media=snapshot.media,
            pictured=snapshot.pictured,
            consent=snapshot.consent,
        )
        for finding in checker.check(snapshot.text, context):
            merged.setdefault((finding.rule, finding.start, finding.end), finding)
    findings = tuple(sorted(merged.values(), key=sort_key))
    elapsed = (time.perf_counter() - started) * 1000
    return CheckResult(snapshot, findings, len(checker.engine.rules), elapsed)


class CheckLane(QObject):
    """Runs the protocol checks off the GUI thread and reports only the newest revision."""

    findings_ready = Signal(object)  # CheckResult
    check_failed = Signal(str)

    def __init__(
        self,
        run: Callable[[CheckSnapshot], CheckResult],
        *,
        pool: QThreadPool | None = None,
        debounce_ms: int = CHECK_DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._runner = BackgroundRunner(pool, self)
        self._latest: CheckSnapshot | None = None
        self._in_flight = False
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._dispatch)

    @property
    def latest_revision(self) -> int:
        return self._latest.revision if self._latest else -1

    def request(self, snapshot: CheckSnapshot) -> None:
        """Check ``snapshot`` after the debounce pause; a newer request replaces it."""
        self._latest = snapshot
        self._timer.start()

    def request_now(self, snapshot: CheckSnapshot) -> None:
        """Check at once (a channel or capacity change, a fix): no typing to wait for."""
        self._latest = snapshot
        self._timer.stop()
        self._dispatch()

    def _dispatch(self) -> None:
        if self._in_flight or self._latest is None:
            return  # the job in flight dispatches the newest snapshot when it ends
        snapshot = self._latest
        self._in_flight = True
        self._runner.run(lambda: self._run(snapshot), self._finished, self._failed)

    def _finished(self, result: CheckResult) -> None:
        self._in_flight = False
        if result.snapshot is self._latest:
            self.findings_ready.emit(result)
        elif not self._timer.isActive():
            self._dispatch()  # stale: the text, channels or capacity moved on meanwhile

    def _failed(self, error: Exception) -> None:
        self._in_flight = False
        self.check_failed.emit(f"{type(error).__name__}: {error}")
