"""Issue 11, point 11: ``check`` reads with a size limit, and a batch goes on past bad lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from arabesk_desk.cli import main
from arabesk_desk.cli.check_batch import MAX_BAD_IN_A_ROW
from arabesk_desk.cli.check_command import MAX_TEXT_BYTES

CLEAN = "Morgen is de sportdag van groep 5."


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


def _check(args, capsys):
    code = main(["check", *args, "--no-spelling"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("batch", [False, True])
def test_endless_devices_are_refused_in_one_line_without_filling_memory(device, batch):
    command = [sys.executable, "-m", "arabesk_desk", "check", device, "--no-spelling"]
    result = subprocess.run(
        [*command, *(["--batch"] if batch else [])],
        capture_output=True,
        text=True,
        timeout=60,
        errors="replace",
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    for line in result.stdout.splitlines():
        json.loads(line)


def test_input_over_the_limit_is_refused_in_one_line(stdin, capsys):
    stdin(b"a" * (MAX_TEXT_BYTES + 1))
    code, out, err = _check(["-"], capsys)
    assert code == 2 and out == ""
    assert "larger than 2 MB" in err and len(err.strip().splitlines()) == 1


def test_a_batch_goes_on_past_every_kind_of_bad_line(stdin, capsys):
    lines = [
        "\ufeff" + json.dumps({"id": "bom", "text": CLEAN}),
        '{"id": "deep", "text": "x", "n": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"id": "\\ud800", "text": "lone surrogate id"}',
        '{"id": "x", "text": "lone \\udc00 surrogate"}',
        '{"id": Infinity, "text": "infinite id"}',
        '{"id": NaN, "text": "nan id"}',
        '{"id": 1e999, "text": "overflowing id"}',
        '{"id": ' + "9" * 5000 + ', "text": "huge integer"}',
        '{"id": {"a": 1}, "text": "object id"}',
        json.dumps({"id": "last", "text": CLEAN}),
    ]
    stdin("\n".join(lines).encode("utf-8"))
    code, out, _ = _check(["-", "--batch"], capsys)
    results = [json.loads(line) for line in out.splitlines()]  # every line is valid JSON
    assert len(results) == len(lines)
    assert results[0]["id"] == "bom" and "findings" in results[0]
    assert results[-1]["id"] == "last"
    errors = {r["line"]: r["error"] for r in results if "error" in r}
    assert set(errors) == set(range(2, 10))
    assert "nested" in errors[2]
    assert "surrogate" in errors[3] and "surrogate" in errors[4]
    assert "Infinity" in errors[5] and "NaN" in errors[6] and "too large" in errors[7]
    assert code == 2


def test_a_batch_of_noise_stops_after_many_bad_lines_in_a_row(stdin, capsys):
    stdin(b"\x00garbage\n" * (MAX_BAD_IN_A_ROW + 50))
    code, out, err = _check(["-", "--batch"], capsys)
    assert code == 2
    assert len(out.splitlines()) == MAX_BAD_IN_A_ROW
    assert "not a batch" in err


def test_an_over_long_batch_line_is_one_bad_line(stdin, capsys, monkeypatch):
    import arabesk_desk.cli.check_batch as batch

    monkeypatch.setattr(batch, "MAX_LINE_BYTES", 1000)
    long_line = json.dumps({"id": "long", "text": "x" * 5000})
    stdin((long_line + "\n" + json.dumps({"id": "ok", "text": CLEAN}) + "\n").encode())
    _code, out, _ = _check(["-", "--batch"], capsys)
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["line"] == 1 and "longer than" in first["error"]
    assert second["id"] == "ok"
