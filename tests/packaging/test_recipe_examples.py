"""The examples in ICT's recipe (packaging/README.md) work as written."""

from __future__ import annotations

import re
from pathlib import Path

from arabesk_desk.policy import load_policy
from arabesk_desk.post_checker import with_share_pages
from checks import load_engine

README = Path(__file__).resolve().parents[2] / "packaging" / "README.md"


def toml_blocks() -> list[str]:
    return re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_the_machine_policy_example_loads_and_sets_accounts_and_pages(tmp_path):
    [example] = toml_blocks()
    path = tmp_path / "policy.toml"
    path.write_text(example, encoding="utf-8")
    policy = load_policy(path)
    assert policy.accounts["mastodon"] == "@dearabesk@onderwijs.social"
    assert policy.review.folder.endswith("Beoordelingen - Documenten")
    engine = load_engine(policy.engine_settings())
    channels = with_share_pages(engine.channels, policy.share_urls)
    assert channels["mastodon"].limit == 1000
    assert channels["mastodon"].share_url.startswith("https://onderwijs.social/")


def test_every_command_the_recipe_names_exists():
    from arabesk_desk.cli.commands import COMMANDS

    text = README.read_text(encoding="utf-8")
    named = set(re.findall(r"`?arabesk-desk ([a-z]+)\b", text))
    assert {"doctor", "languagetool"} <= named
    assert named <= set(COMMANDS), f"not commands: {named - set(COMMANDS)}"
