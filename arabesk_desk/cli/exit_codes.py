"""The exit statuses of every ``arabesk-desk`` command, declared once.

Every command keeps to the same three: scripts may test for ``1`` without knowing which
command ran. The README states them per command.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    # The command ran and the answer is "no": an error-level finding (check), a log or
    # register that fails verification (log verify), a refused install (languagetool), a
    # pupil not in the register (consent show), an essential component broken (doctor), a
    # school text that reads harder than B1 (policy communicate), no usable keyring (review).
    PROBLEM = 1
    USAGE = 2  # bad usage or input that cannot be used; one line on stderr says why
    INTERRUPTED = 130  # Ctrl+C: 128 + SIGINT, as shells report it
