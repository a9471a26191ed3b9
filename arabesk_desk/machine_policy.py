"""The policy in force: ICT's machine-wide policy for every user, or the user's own.

ICT places ``policy.toml`` in the machine-wide configuration folder (or names another file in
``ARABESK_DESK_MACHINE_POLICY``). When it is there, it is in force for every user of the
computer: its rules, review settings, roster, contacts and channels apply, and a user's own
policy file may only *add* terms. A user's file with anything else (rules, review, …), an
exception line (``!word``) or an entry for an exception list is refused, so no one can
weaken the school's rules from their own account.

Without a machine-wide policy, the user's own policy file (or the defaults) applies, as before.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from arabesk_desk.paths import MACHINE_POLICY_VARIABLE, machine_policy_file
from arabesk_desk.policy import PolicyError, SchoolPolicy, checked_terms, load_policy
from arabesk_desk.policy_reading import read_policy_toml
from checks import PackError
from checks.packs import line_of

# Term lists whose entries exempt words from rules: adding to them would weaken the rules.
EXEMPTION_LISTS = frozenset({"confidential/names_also_words"})
EXEMPTION_PREFIX = "not_"  # confidential/not_names, readability/not_participles


@dataclass(frozen=True)
class PolicyInForce:
    """The policy that applies to this user, and where it came from."""

    policy: SchoolPolicy
    machine_file: Path | None = None  # ICT's machine-wide policy, when one is in force
    user_file: Path | None = None  # the user's own file (only its terms, when managed)

    @property
    def managed(self) -> bool:
        return self.machine_file is not None


def machine_policy_in_place(environ: Mapping[str, str] | None = None) -> Path | None:
    """ICT's machine-wide policy file when there is one, else None.

    A file named by ``ARABESK_DESK_MACHINE_POLICY`` must exist: ICT asked for it.
    """
    env = dict(os.environ if environ is None else environ)
    path = machine_policy_file(env)
    if path.is_file():
        return path
    if env.get(MACHINE_POLICY_VARIABLE, "").strip():
        raise PolicyError(path, None, f"{MACHINE_POLICY_VARIABLE} names a file that does not exist")
    return None


def load_policy_in_force(
    user_file: Path | None, environ: Mapping[str, str] | None = None
) -> PolicyInForce:
    """The machine-wide policy with the user's terms added, or the user's own policy.

    Raises :class:`PolicyError` naming the file (and line) that cannot be used.
    """
    machine = machine_policy_in_place(environ)
    if machine is None:
        return PolicyInForce(
            load_policy(user_file) if user_file else SchoolPolicy(), None, user_file
        )
    policy = load_policy(machine)
    if user_file is None:
        return PolicyInForce(policy, machine, None)
    additions = load_term_additions(user_file)
    return PolicyInForce(with_added_terms(policy, additions, user_file), machine, user_file)


def load_term_additions(path: Path) -> dict[str, tuple[str, ...]]:
    """The ``[terms]`` of a user's policy file under a machine-wide policy: additions only."""
    try:
        data, text = read_policy_toml(path)  # bounded, a plain file: read as hostile input
    except PackError as exc:
        raise PolicyError(exc.path, exc.line, exc.problem) from None
    others = [section for section in data if section != "terms"]  # in the file's order
    if others:
        raise PolicyError(
            path,
            line_of(text, others[0]),
            f"[{others[0]}] is not allowed here: ICT's machine-wide policy is in force, and a "
            "policy of your own may only add [terms]",
        )
    terms = data.get("terms", {})
    if not isinstance(terms, dict):
        raise PolicyError(path, line_of(text, "terms"), "[terms] must be a table")
    additions = {name: _additions(path, text, name, lines) for name, lines in terms.items()}
    return checked_terms(path, text, {name: list(lines) for name, lines in additions.items()})


def _additions(path: Path, text: str, name: str, lines: object) -> tuple[str, ...]:
    if isinstance(lines, str):
        lines = [lines]
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise PolicyError(path, line_of(text, name), f"'{name}' must be a list of strings")
    if name in EXEMPTION_LISTS or name.rsplit("/", 1)[-1].startswith(EXEMPTION_PREFIX):
        raise PolicyError(
            path,
            line_of(text, name),
            f"'{name}' lists exceptions to the rules; under ICT's machine-wide policy only "
            "ICT can add to it",
        )
    for line in lines:
        if line.strip().startswith("!"):
            raise PolicyError(
                path,
                line_of(text, line),
                f"'{line.strip()}' is an exception (it stops a term from matching); under "
                "ICT's machine-wide policy a policy of your own may only add terms",
            )
    return tuple(lines)


def with_added_terms(
    policy: SchoolPolicy, additions: Mapping[str, tuple[str, ...]], origin: Path
) -> SchoolPolicy:
    """``policy`` with ``additions`` appended to its term lists."""
    if not additions:
        return policy
    merged = dict(policy.extra_terms)
    for name, lines in additions.items():
        merged[name] = (*merged.get(name, ()), *lines)
    return replace(policy, extra_terms=merged, terms_origin=f"{policy.path} + {origin}")
