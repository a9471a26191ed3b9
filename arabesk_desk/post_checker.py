"""One place that runs every engine on a post: the protocol rules and, when present, spelling."""

from __future__ import annotations

from pathlib import Path

from arabesk_desk.policy import SchoolPolicy, load_policy
from checks import CheckContext, Engine, Finding, load_engine
from checks.finding import sort_key


class PostChecker:
    """The protocol engine plus the spelling engines the machine has. Pure per call."""

    def __init__(self, engine: Engine, policy: SchoolPolicy) -> None:
        self.engine = engine
        self.policy = policy

    def check(self, text: str, context: CheckContext) -> list[Finding]:
        return sorted(self.engine.check(text, context), key=sort_key)

    def describe_engines(self) -> str:
        return "Checked with the protocol rules; spelling was not checked."


def load_post_checker(policy_path: Path | None = None, *, spelling: bool = True) -> PostChecker:
    policy = load_policy(policy_path) if policy_path else SchoolPolicy()
    engine = load_engine(policy.engine_settings())
    return PostChecker(engine, policy)
