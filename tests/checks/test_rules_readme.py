"""The worked examples in resources/rules/README.md load and behave as the page says."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from checks import EngineSettings, load_engine
from checks.resources import packaged_resources_dir

README = packaged_resources_dir() / "rules" / "README.md"
TOML_BLOCK_RE = re.compile(r"```toml\n(.*?)```", re.DOTALL)


def _rule_blocks() -> list[str]:
    blocks = TOML_BLOCK_RE.findall(README.read_text(encoding="utf-8"))
    return [block for block in blocks if block.lstrip().startswith("[[rule]]")]


def test_the_page_has_worked_rules():
    assert len(_rule_blocks()) >= 2


def test_every_worked_rule_loads_and_keeps_its_examples(tmp_path: Path):
    resources = tmp_path / "resources"
    shutil.copytree(packaged_resources_dir(), resources)
    blocks = []
    for number, block in enumerate(_rule_blocks()):
        # A copy of a packaged rule gets an id of its own; the school's new rule keeps its id.
        blocks.append(
            re.sub(
                r'^id = "([a-z_]+)\.([a-z_]+)"', rf'id = "\1.readme_{number}"', block, flags=re.M
            )
        )
    (resources / "rules" / "zz-readme.toml").write_text(
        '[pack]\nname = "readme"\ndescription = "worked examples"\n\n' + "\n".join(blocks),
        encoding="utf-8",
    )
    engine = load_engine(EngineSettings(resources_dir=resources))
    worked = [rule for rule in engine.rules if ".readme_" in rule.id]
    assert len(worked) == len(blocks)
    for rule in worked:
        for example in rule.fires_on:
            found = engine.check(example.text, example.context, only=[rule.id])
            assert found, f"{rule.id} did not fire on {example.text!r}"
        for example in rule.quiet_on:
            found = engine.check(example.text, example.context, only=[rule.id])
            assert not found, f"{rule.id} fired on {example.text!r}"
