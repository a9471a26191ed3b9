"""What the register commands share: the store with the user's key, and the measures in force."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from arabesk_desk.cli.log_import import log_signer
from arabesk_desk.machine_policy import load_policy_in_force
from arabesk_desk.paths import data_paths
from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.store import Store
from arabesk_desk.user_settings import load_settings


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", type=Path, help="the database (default: data folder)")
    parser.add_argument("--policy", type=Path, help="the school policy (default: in force)")


def policy_in_force(path: Path | None) -> SchoolPolicy:
    if path is None:
        settings, _problem = load_settings(data_paths().settings_file)
        own = settings.policy_file.strip()
        path = Path(own).expanduser() if own else None
    return load_policy_in_force(path).policy


def user_name() -> str:
    settings, _problem = load_settings(data_paths().settings_file)
    return settings.name.strip()


@contextmanager
def opened_store(args: argparse.Namespace, *, create: bool) -> Iterator[Store]:
    """The store, with the user's key to sign what is added (as the log is signed)."""
    with Store.open(args.database or data_paths().database, create=create) as store:
        store.signer = log_signer() if create else None
        yield store


Action = Callable[[Store, SchoolPolicy, argparse.Namespace], int]
