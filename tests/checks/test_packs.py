"""Malformed rule packs and term lists are errors that name the file and the line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checks import EngineSettings, PackError, load_engine
from checks.packs import load_pack
from checks.resources import packaged_resources_dir
from checks.termlist import parse_terms

GOOD_RULE = """
[[rule]]
id = "tone.test"
category = "tone"
guideline = 6
severity = "warning"
kind = "terms"
message = "m"
message_en = "m"
params = { terms = "tone/swearing" }
examples.fire = ["klote"]
examples.quiet = ["fijn"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_pack_loads(tmp_path):
    (rule,) = load_pack(write(tmp_path, GOOD_RULE))
    assert rule.id == "tone.test" and rule.guideline == 6


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('category = "tone"', 'category = "gossip"'), "category"),
        (('severity = "warning"', 'severity = "fatal"'), "severity"),
        (('id = "tone.test"', 'id = "Tone Test"'), "id"),
        (("guideline = 6", "guideline = 11"), "guideline"),
        (('kind = "terms"\n', ""), "kind"),
    ],
)
def test_a_bad_field_names_file_and_line(tmp_path, change, problem):
    path = write(tmp_path, GOOD_RULE.replace(*change))
    with pytest.raises(PackError) as exc:
        load_pack(path)
    assert exc.value.path == str(path)
    assert exc.value.line is not None and 2 <= exc.value.line <= 12
    assert problem in exc.value.problem


def test_broken_toml_names_the_line(tmp_path):
    path = write(tmp_path, GOOD_RULE + "\n[[rule]\nid = 3\n")
    with pytest.raises(PackError) as exc:
        load_pack(path)
    assert exc.value.line == 14 and "TOML" in exc.value.problem


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "pack.toml"
    path.write_bytes(b"# ok\n# \xff\xfe\n[[rule]]\n")
    with pytest.raises(PackError) as exc:
        load_pack(path)
    assert exc.value.line == 2


def test_term_list_errors_name_the_line():
    with pytest.raises(PackError) as exc:
        parse_terms("tone/x", ["klote", "", "=> leeg"], "terms/x.txt")
    assert exc.value.path == "terms/x.txt" and exc.value.line == 3


def copy_resources(tmp_path: Path) -> Path:
    target = tmp_path / "resources"
    shutil.copytree(packaged_resources_dir(), target)
    return target


def test_a_school_can_edit_a_copy_of_the_resources(tmp_path):
    resources = copy_resources(tmp_path)
    swearing = resources / "terms" / "tone" / "swearing.txt"
    swearing.write_text(
        swearing.read_text(encoding="utf-8") + "\nprutswerk => slordig werk\n", encoding="utf-8"
    )
    engine = load_engine(EngineSettings(resources_dir=resources))
    findings = engine.check("Wat een prutswerk.", only=["tone.swearing"])
    assert [f.suggestions for f in findings] == [("slordig werk",)]


def test_a_broken_pack_in_a_resources_copy_stops_loading_with_its_name(tmp_path):
    resources = copy_resources(tmp_path)
    broken = resources / "rules" / "zz-broken.toml"
    broken.write_text(GOOD_RULE.replace('kind = "terms"', 'kind = "telepathy"'), encoding="utf-8")
    with pytest.raises(PackError) as exc:
        load_engine(EngineSettings(resources_dir=resources))
    assert str(broken) in str(exc.value) and "telepathy" in str(exc.value)


def test_a_duplicate_rule_id_is_refused(tmp_path):
    resources = copy_resources(tmp_path)
    (resources / "rules" / "zz-dup.toml").write_text(
        GOOD_RULE.replace("tone.test", "tone.swearing"), encoding="utf-8"
    )
    with pytest.raises(PackError, match=r"tone\.swearing"):
        load_engine(EngineSettings(resources_dir=resources))


def test_a_missing_rules_folder_is_a_clear_error(tmp_path):
    with pytest.raises(PackError, match=r"nowhere.*cannot read|rule packs"):
        load_engine(EngineSettings(resources_dir=tmp_path / "nowhere"))
