"""``arabesk-desk check --batch``: JSON Lines read one line at a time, each judged on its own.

A line that is too long, not UTF-8, not JSON, too deeply nested, or carries a lone surrogate
or a non-finite number gets ``{"line": N, "error": …}`` and the rest goes on. Every output
line is valid JSON. The whole batch is bounded too, so ``/dev/zero`` or ``/dev/urandom`` end
with a one-line refusal instead of filling memory.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from arabesk_desk.bounded_input import InputLimitError, describe_size, loads_bounded

MAX_LINE_BYTES = 4 << 20
MAX_BATCH_BYTES = 64 << 20
MAX_BAD_IN_A_ROW = 1000  # then it is not a batch of posts (/dev/urandom, a binary file)
MAX_BATCH_DEPTH = 8  # {"id", "text", ...} is one level; anything deeper is not a post


class BatchInputError(Exception):
    """A problem with one batch line; the message names the line."""

    def __init__(self, number: int, problem: str) -> None:
        super().__init__(f"line {number}: {problem}")
        self.number = number


class BatchTooLarge(Exception):
    """The batch passed its byte limit or is no batch at all; earlier lines were answered."""


class BadLineCounter:
    """Counts bad lines in a row; :class:`BatchTooLarge` once they pass the limit."""

    def __init__(self, limit: int = MAX_BAD_IN_A_ROW) -> None:
        self.limit, self.in_a_row = limit, 0

    def good(self) -> None:
        self.in_a_row = 0

    def bad(self, number: int) -> None:
        self.in_a_row += 1
        if self.in_a_row >= self.limit:
            raise BatchTooLarge(
                f"{self.limit} bad lines in a row (up to line {number}): this is not a batch "
                "of JSON lines; the rest was not read"
            )


@dataclass(frozen=True, slots=True)
class BatchLine:
    number: int
    raw: bytes


def batch_lines(stream: IO[bytes]) -> Iterator[BatchLine | BatchInputError]:
    """Non-blank lines, at most :data:`MAX_LINE_BYTES` each; an over-long line is an error
    item (its rest is skipped unread into memory), the batch past :data:`MAX_BATCH_BYTES`
    raises :class:`BatchTooLarge`."""
    total, number = 0, 0
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        total += len(line)
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            total += _skip_rest_of_line(stream, MAX_BATCH_BYTES - total)
            yield BatchInputError(number, f"longer than {describe_size(MAX_LINE_BYTES)}")
        elif line.strip():
            yield BatchLine(number, line.rstrip(b"\r\n"))
        if total > MAX_BATCH_BYTES:
            raise BatchTooLarge(
                f"the batch is larger than {describe_size(MAX_BATCH_BYTES)}; "
                f"lines after {number} were not read"
            )


def _skip_rest_of_line(stream: IO[bytes], budget: int) -> int:
    skipped = 0
    while skipped <= budget:
        chunk = stream.readline(1 << 16)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            break
    return skipped


def _refuse_non_finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise InputLimitError(f"the number {text[:20]} is too large")
    return value


def parse_batch_line(line: BatchLine) -> dict[str, Any]:
    """The JSON object on one line, or :class:`BatchInputError` naming the line and why."""
    where = line.number
    try:
        text = line.raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BatchInputError(where, "not valid UTF-8") from None
    text = text.removeprefix("\ufeff")  # a BOM, as Windows editors write before line 1
    try:
        item = loads_bounded(text, MAX_BATCH_DEPTH, parse_float=_refuse_non_finite)
    except json.JSONDecodeError as exc:
        raise BatchInputError(where, f"not valid JSON ({exc.msg})") from None
    except (InputLimitError, ValueError) as exc:  # ValueError: an integer of 4,300+ digits
        raise BatchInputError(where, str(exc)) from None
    if not isinstance(item, dict):
        raise BatchInputError(where, "expected a JSON object with 'id' and 'text'")
    if "id" not in item or not isinstance(item.get("text"), str):
        raise BatchInputError(where, "needs 'id' and a string 'text'")
    if not isinstance(item["id"], str | int | float) or isinstance(item["id"], bool):
        raise BatchInputError(where, "'id' must be a string or a number")
    return item


def json_line(value: dict[str, Any]) -> str:
    """One output line; never NaN or Infinity, so every line parses as JSON."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False) + "\n"


def error_line(error: BatchInputError) -> str:
    return json_line({"line": error.number, "error": str(error)})
