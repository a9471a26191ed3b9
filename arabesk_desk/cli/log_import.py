"""``arabesk-desk log import``: stream a timeline into the log in batches, with progress.

Memory stays bounded: posts are checked and logged a batch at a time, never held all at once.
Bad items are skipped with their reason (the first few are listed, the rest counted) and a
progress line goes to stderr every few seconds, so a million-tweet archive shows it is alive.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import IO

from arabesk_desk.paths import data_paths
from arabesk_desk.post_checker import PostChecker, load_post_checker
from arabesk_desk.review.signing import KeyringUnavailable, ReviewerSigner, load_or_create_signer
from arabesk_desk.store import PublishedItem, Store
from arabesk_desk.store.timeline_import import (
    SkippedItem,
    TimelineError,
    TimelinePost,
    imported_item,
    stream_timeline,
)
from arabesk_desk.user_settings import load_settings
from arabesk_desk.visible_text import visible
from checks import Capacity, Role

BATCH_SIZE = 500
PROGRESS_SECONDS = 2.0
PROBLEMS_LISTED = 20


@dataclass
class ImportTally:
    """What an import did so far."""

    read: int = 0
    added: int = 0
    errors: int = 0
    quiet_skips: int = 0
    problems: list[SkippedItem] = field(default_factory=list)


class Progress:
    """Writes "N posts read…" to ``out`` at most every :data:`PROGRESS_SECONDS`."""

    def __init__(self, out: IO[str], clock: Callable[[], float] = time.monotonic) -> None:
        self.out, self.clock = out, clock
        self.next_at = clock() + PROGRESS_SECONDS

    def tick(self, tally: ImportTally) -> None:
        if self.clock() >= self.next_at:
            self.next_at = self.clock() + PROGRESS_SECONDS
            self.out.write(f"… {tally.read:,} posts read, {tally.added:,} added\n")
            self.out.flush()


def run_import(store: Store, args: argparse.Namespace) -> int:
    checker = load_post_checker(args.policy, spelling=False)
    store.signer = log_signer()
    tally = ImportTally()
    progress = Progress(sys.stderr)
    with ExitStack() as stack:
        stream = stream_timeline(args.file, stack)
        batch: list[PublishedItem] = []
        try:
            for item in stream.items:
                if isinstance(item, SkippedItem):
                    _skipped(tally, item)
                    continue
                batch.append(_item(item, checker, args))
                tally.read += 1
                tally.errors += sum(1 for f in batch[-1].findings if f.get("severity") == "error")
                if len(batch) >= BATCH_SIZE:
                    tally.added += _log(store, batch)
                    batch = []
                    progress.tick(tally)
        except TimelineError:
            # The file breaks off: keep what was read before the break (a re-import after a
            # repair adds only the rest), then say what broke.
            tally.added += _log(store, batch)
            print(f"{tally.added} posts were added before the problem.", file=sys.stderr)
            raise
        tally.added += _log(store, batch)
    _report(stream.format, tally)
    return 0


def log_signer() -> ReviewerSigner | None:
    """The log owner's key (the name in the settings), made on first use; None without a
    name or a keyring (a log that is already signed then refuses the import, saying why)."""
    settings, _problem = load_settings(data_paths().settings_file)
    if not settings.name.strip():
        return None
    try:
        return load_or_create_signer(settings.name.strip())
    except KeyringUnavailable:
        return None


def _item(post: TimelinePost, checker: PostChecker, args: argparse.Namespace) -> PublishedItem:
    return imported_item(
        post, checker, author=args.author, capacity=Capacity(args.capacity), role=Role(args.role)
    )


def _skipped(tally: ImportTally, item: SkippedItem) -> None:
    if item.bad:
        tally.problems.append(item)
    else:
        tally.quiet_skips += 1


def _log(store: Store, batch: Iterable[PublishedItem]) -> int:
    items = list(batch)
    return len(store.append_many(items, skip_existing=True)) if items else 0


def _report(format_name: str, tally: ImportTally) -> None:
    print(
        f"{format_name}: {tally.read} posts read, {tally.added} added to the log "
        f"({tally.read - tally.added} were already there), {tally.errors} error-level findings."
    )
    if tally.quiet_skips:
        print(f"Skipped {tally.quiet_skips} boosts, shares without text and other activities.")
    if tally.problems:
        print(f"Skipped {len(tally.problems)} bad item(s):")
        for problem in tally.problems[:PROBLEMS_LISTED]:
            print(f"  {visible(str(problem))}")
        if len(tally.problems) > PROBLEMS_LISTED:
            print(f"  … and {len(tally.problems) - PROBLEMS_LISTED} more")
