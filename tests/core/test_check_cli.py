"""``arabesk-desk check``: output formats, batch mode, exit codes and bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from arabesk_desk.cli import main

SWEARING = "Wat een kutweer vandaag op het schoolplein."
CLEAN = "Morgen is de sportdag van groep 5. We beginnen om half negen."


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


@pytest.fixture
def strict_policy(tmp_path: Path) -> Path:
    policy = tmp_path / "policy.toml"
    policy.write_text('[rules."tone.swearing"]\nseverity = "error"\n', encoding="utf-8")
    return policy


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_names_words_message_and_guideline(stdin, capsys):
    stdin(SWEARING.encode())
    code, out, _ = run(["-", "--no-spelling"], capsys)
    assert code == 0  # swearing is a warning by default
    line = next(line for line in out.splitlines() if "tone.swearing" in line)
    assert line.startswith("1:9: warning [richtlijn 6]")
    assert '"kutweer"' in line
    assert "finding(s)" in out.splitlines()[-1]


def test_json_output_has_the_documented_shape(stdin, capsys):
    stdin(SWEARING.encode())
    _, out, _ = run(["-", "--format", "json", "--no-spelling"], capsys)
    result = json.loads(out)
    assert set(result) == {"findings", "summary"}
    assert set(result["summary"]) == {"error", "warning", "info"}
    finding = next(f for f in result["findings"] if f["rule"] == "tone.swearing")
    required = {"rule", "category", "guideline", "severity", "start", "end", "message"}
    assert required | {"suggestions"} <= set(finding)
    assert SWEARING[finding["start"] : finding["end"]] == "kutweer"
    assert finding["category"] == "tone" and finding["guideline"] == 6


def test_error_level_finding_exits_1(stdin, capsys, strict_policy):
    stdin(SWEARING.encode())
    code, out, _ = run(["-", "--policy", str(strict_policy), "--no-spelling"], capsys)
    assert code == 1
    assert "error [richtlijn 6] tone.swearing" in out


def test_file_argument_and_clean_text(tmp_path, capsys):
    post = tmp_path / "post.txt"
    post.write_text(CLEAN, encoding="utf-8")
    code, out, _ = run([str(post), "--format", "json", "--no-spelling"], capsys)
    assert code == 0
    assert json.loads(out)["summary"]["error"] == 0


def test_offsets_are_code_points_after_emoji(stdin, capsys):
    text = "😀🎉👩‍👩‍👧 " + SWEARING
    stdin(text.encode())
    _, out, _ = run(["-", "--format", "json", "--no-spelling"], capsys)
    finding = next(f for f in json.loads(out)["findings"] if f["rule"] == "tone.swearing")
    assert text[finding["start"] : finding["end"]] == "kutweer"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xfe bad bytes", "not valid UTF-8"),
        (b"text with a \x00 NUL", "binary"),
    ],
)
def test_unreadable_input_exits_2_with_one_line(stdin, capsys, data, expected):
    stdin(data)
    code, out, err = run(["-", "--no-spelling"], capsys)
    assert code == 2 and out == ""
    assert expected in err and err.count("\n") == 1


def test_folder_and_missing_file_exit_2(tmp_path, capsys):
    code, _, err = run([str(tmp_path), "--no-spelling"], capsys)
    assert code == 2 and "folder" in err
    code, _, err = run([str(tmp_path / "nope.txt"), "--no-spelling"], capsys)
    assert code == 2 and "does not exist" in err


def test_unknown_channel_lists_the_valid_ones(stdin, capsys):
    stdin(CLEAN.encode())
    code, _, err = run(["-", "--channel", "myspace", "--no-spelling"], capsys)
    assert code == 2
    assert "myspace" in err and "linkedin" in err and "mastodon" in err


def test_channel_alias_is_accepted(stdin, capsys):
    stdin(CLEAN.encode())
    code, _, _ = run(["-", "--channel", "twitter", "--no-spelling"], capsys)
    assert code == 0


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--capacity", "sometimes"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_malformed_policy_names_file_and_line(stdin, capsys, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('[school]\nname = "De Arabesk"\n[rules\n', encoding="utf-8")
    stdin(CLEAN.encode())
    code, _, err = run(["-", "--policy", str(policy), "--no-spelling"], capsys)
    assert code == 2
    assert f"{policy}:3" in err


def test_empty_input_is_fine(stdin, capsys):
    stdin(b"")
    code, out, _ = run(["-", "--format", "json", "--no-spelling"], capsys)
    assert code == 0 and json.loads(out)["findings"] == []


def test_batch_results_carry_ids_and_bad_lines_name_their_number(stdin, capsys, strict_policy):
    lines = [
        json.dumps({"id": "a", "text": CLEAN}),
        "{not json",
        json.dumps({"id": 7, "text": SWEARING, "channel": "linkedin"}),
        json.dumps({"id": "c", "text": CLEAN, "channel": "myspace"}),
        json.dumps({"text": "no id"}),
        "",
    ]
    stdin("\n".join(lines).encode())
    code, out, _ = run(["-", "--batch", "--policy", str(strict_policy), "--no-spelling"], capsys)
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == 5
    assert results[0]["id"] == "a" and results[0]["summary"]["error"] == 0
    assert results[1] == {"line": 2, "error": results[1]["error"]}
    assert "not valid JSON" in results[1]["error"]
    assert results[2]["id"] == 7 and results[2]["summary"]["error"] >= 1
    assert results[3]["line"] == 4 and "myspace" in results[3]["error"]
    assert results[4]["line"] == 5
    assert code == 2  # bad lines make the run a usage failure, after every line was answered


def test_batch_without_bad_lines_exits_1_on_errors(stdin, capsys, strict_policy):
    stdin((json.dumps({"id": 1, "text": SWEARING}) + "\n").encode())
    code, _, _ = run(["-", "--batch", "--policy", str(strict_policy), "--no-spelling"], capsys)
    assert code == 1


REPLY = "Dat klopt niet, u heeft het verkeerd begrepen."


def _rules(out: str) -> set[str]:
    return {finding["rule"] for finding in json.loads(out)["findings"]}


def test_reply_to_says_whom_the_post_answers(stdin, capsys):
    stdin(REPLY.encode())
    _, out, _ = run(["-", "--format", "json", "--no-spelling", "--reply-to", "parent"], capsys)
    assert "discussion.reply_argument" in _rules(out)
    stdin(REPLY.encode())
    _, out, _ = run(["-", "--format", "json", "--no-spelling", "--reply-to", "colleague"], capsys)
    assert "discussion.reply_argument" not in _rules(out)


def test_batch_lines_may_say_whom_they_answer(stdin, capsys):
    lines = [
        json.dumps({"id": 1, "text": REPLY, "reply_to": "pupil"}),
        json.dumps({"id": 2, "text": REPLY, "reply_to": None}),
        json.dumps({"id": 3, "text": REPLY, "reply_to": "boss"}),
    ]
    stdin("\n".join(lines).encode())
    code, out, _ = run(["-", "--batch", "--no-spelling"], capsys)
    first, second, third = (json.loads(line) for line in out.splitlines())
    assert "discussion.reply_argument" in {f["rule"] for f in first["findings"]}
    assert "discussion.reply_argument" not in {f["rule"] for f in second["findings"]}
    assert third["line"] == 3 and "parent, pupil, colleague, other" in third["error"]
    assert code == 2


def test_one_megabyte_of_text_is_checked(stdin, capsys):
    block = (CLEAN + " " + SWEARING + "\n") * 10000
    assert len(block.encode()) > 1_000_000
    stdin(block.encode())
    code, out, _ = run(["-", "--format", "json", "--no-spelling"], capsys)
    result = json.loads(out)
    assert code == (1 if result["summary"]["error"] else 0)
    assert sum(f["rule"] == "tone.swearing" for f in result["findings"]) == 10000


def test_console_script_answers_as_a_whole_process():
    exe = Path(sys.executable).with_name("arabesk-desk")
    if not exe.exists():
        pytest.skip("the arabesk-desk console script is not installed in this environment")
    result = subprocess.run(
        [str(exe), "check", "-", "--no-spelling", "--format", "json"],
        input=SWEARING.encode(),
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["warning"] >= 1
