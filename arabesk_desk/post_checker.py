"""One place that runs every engine on a post: the protocol rules and, when present, spelling."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from arabesk_desk.machine_policy import load_policy_in_force
from arabesk_desk.paths import DataPaths, data_paths
from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.typo_overlap import typos_not_covered
from arabesk_desk.user_settings import UserSettings, load_settings
from checks import CheckContext, Engine, Finding, load_engine
from checks.channels import Channel
from checks.finding import sort_key

if TYPE_CHECKING:  # spelling is loaded only when asked for (``check --no-spelling`` is not)
    from arabesk_desk.spelling import SpellingService

LANGUAGETOOL_WAIT = 90.0  # seconds a CLI run waits for an installed LanguageTool to start


class PostChecker:
    """The protocol engine plus the spelling engines the machine has.

    ``check`` is blocking when LanguageTool answers (use a worker thread); the UI's fast lane
    builds its checker with ``spelling=False`` and runs spelling in its own lane.
    """

    def __init__(
        self,
        engine: Engine,
        policy: SchoolPolicy,
        spelling: SpellingService | None = None,
        *,
        machine_policy: Path | None = None,
    ) -> None:
        self.engine = engine
        self.policy = policy
        self.spelling = spelling
        self.machine_policy = machine_policy  # ICT's machine-wide policy, when one is in force
        self.spelling_engine = ""  # the engine that checked the last text ("" when none)
        self.channels = with_share_pages(engine.channels, policy.share_urls)

    def check(
        self, text: str, context: CheckContext, *, spelling_suggestions: bool = True
    ) -> list[Finding]:
        """Protocol and spelling findings. Hunspell's suggestions cost ≈0.2 s per unknown
        word: ``spelling_suggestions=False`` leaves them out (a batch that does not need them)."""
        findings = self.engine.check(text, context)
        _settle_memory_once()
        if self.spelling is not None:
            result = self.spelling.check(text, with_suggestions=False)
            self.spelling_engine = result.engine_name
            shown = typos_not_covered(result.findings, findings)
            if spelling_suggestions:
                shown = self.spelling.with_suggestions(shown)
            findings = [*findings, *shown]
        return sorted(findings, key=sort_key)

    def describe_engines(self) -> str:
        if self.spelling is None:
            return "Checked with the protocol rules; spelling was not checked."
        engine = self.spelling_engine or self.spelling.engine_name
        if not engine:
            return (
                "Checked with the protocol rules; spelling was not checked "
                "(no dictionary; run 'arabesk-desk doctor')."
            )
        if engine.startswith("LanguageTool"):
            return f"Checked with the protocol rules; spelling and grammar by {engine}."
        return (
            f"Checked with the protocol rules; spelling by {engine}; grammar not checked "
            "(no LanguageTool; run 'arabesk-desk doctor')."
        )

    def close(self) -> None:
        if self.spelling is not None:
            self.spelling.close()


def with_share_pages(
    channels: Mapping[str, Channel], share_urls: Mapping[str, str]
) -> dict[str, Channel]:
    """The channel table with the school's own share pages (its Mastodon server, say)."""
    table = dict(channels)
    for name, url in share_urls.items():
        if name in table:
            table[name] = replace(table[name], share_url=url)
    return table


def load_post_checker(
    policy_path: Path | None = None,
    *,
    spelling: bool = True,
    settings: UserSettings | None = None,
    paths: DataPaths | None = None,
    languagetool_wait: float = LANGUAGETOOL_WAIT,
    environ: Mapping[str, str] | None = None,
) -> PostChecker:
    """The checker for the policy in force; with ``spelling``, the user's spelling engines too.

    ``policy_path`` is the user's own policy; when ICT's machine-wide policy is in place, that
    one applies and the user's may only add terms (:mod:`arabesk_desk.machine_policy`).
    An installed LanguageTool is started and waited for (up to ``languagetool_wait`` s);
    without one, Hunspell answers at once.
    """
    in_force = load_policy_in_force(policy_path, environ)
    policy = in_force.policy
    engine = load_engine(policy.engine_settings())
    service = _spelling_service(policy, settings, paths, languagetool_wait) if spelling else None
    return PostChecker(engine, policy, service, machine_policy=in_force.machine_file)


def _spelling_service(
    policy: SchoolPolicy,
    settings: UserSettings | None,
    paths: DataPaths | None,
    wait: float,
) -> SpellingService:
    from arabesk_desk.policy_names import names_for_spelling
    from arabesk_desk.spelling import load_spelling

    paths = paths or data_paths()
    if settings is None:
        settings, _problem = load_settings(paths.settings_file)
    service = load_spelling(settings, paths, names_for_spelling(policy))
    if wait > 0:
        service.wait_ready(wait)
    return service


_settled = False


def _settle_memory_once() -> None:
    """After the first check has built the language layer's lexicon (a few hundred thousand
    objects that live as long as the process), hide them from the garbage collector: a full
    collection walking them cost about 100 ms in one check out of five (p95 of a 5,000-
    character post 126 ms, median 24 ms; with them frozen, p95 43 ms). Once per process."""
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()
