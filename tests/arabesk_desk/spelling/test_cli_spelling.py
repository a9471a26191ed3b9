"""``arabesk-desk check`` as a whole process: spelling findings with suggestions, engine named."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def check(text: str, *options: str, tmp_path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LTP_PATH": str(tmp_path / "no-languagetool")}
    return subprocess.run(
        [sys.executable, "-m", "arabesk_desk", "check", "-", *options],
        input=text,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_misspelling_is_reported_with_its_correction(tmp_path):
    done = check("Ik heb het boek gelezzen.\n", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"gelezzen"' in done.stdout and "spelling.hunspell" in done.stdout
    assert "gelezen" in done.stdout.split("suggestie:")[1]
    assert "spelling by Hunspell (OpenTaal)" in done.stdout


def test_the_correct_sentence_has_no_spelling_finding(tmp_path):
    done = check("Ik heb het boek gelezen.\n", "--format", "json", tmp_path=tmp_path)
    findings = json.loads(done.stdout)["findings"]
    assert [f for f in findings if f["category"] == "spelling"] == []


def test_json_findings_carry_source_and_suggestions(tmp_path):
    done = check("😀 Ik heb het boek gelezzen.\n", "--format", "json", tmp_path=tmp_path)
    [finding] = [f for f in json.loads(done.stdout)["findings"] if f["category"] == "spelling"]
    assert (finding["start"], finding["end"]) == (18, 26)  # code points, after the emoji
    assert finding["source"] == "hunspell" and "gelezen" in finding["suggestions"]


def test_no_spelling_skips_the_engines(tmp_path):
    done = check("Ik heb het boek gelezzen.\n", "--no-spelling", tmp_path=tmp_path)
    assert "gelezzen" not in done.stdout
    assert "spelling was not checked" in done.stdout


def _batch(*options: str, tmp_path) -> list[dict]:
    line = json.dumps({"id": 1, "text": "Ik heb het boek gelezzen."})
    done = check(line + "\n", "--batch", *options, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    return [f for f in json.loads(done.stdout)["findings"] if f["category"] == "spelling"]


def test_a_batch_leaves_suggestions_out_unless_asked(tmp_path):
    """Suggestions cost ≈0.2 s a word: only where the output needs them."""
    [bare] = _batch(tmp_path=tmp_path)
    assert bare["rule"] == "spelling.hunspell" and bare["suggestions"] == []
    [asked] = _batch("--suggestions", tmp_path=tmp_path)
    assert "gelezen" in asked["suggestions"]


def test_one_post_without_suggestions_when_told(tmp_path):
    done = check("Ik heb het boek gelezzen.\n", "--no-suggestions", tmp_path=tmp_path)
    assert '"gelezzen"' in done.stdout and "suggestie:" not in done.stdout
