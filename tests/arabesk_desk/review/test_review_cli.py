"""``arabesk-desk review``: keygen output ready for the policy, list and show."""

from __future__ import annotations

import json

from arabesk_desk.cli import main
from arabesk_desk.review.decisions import decide
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.states import Outcome
from tests.arabesk_desk.review.helpers import official_draft, reviewer
from tests.arabesk_desk.review.memory_keyring import use_no_keyring


def test_keygen_prints_a_policy_snippet_that_loads(tmp_path, capsys):
    from arabesk_desk.policy import load_policy

    assert main(["review", "keygen", "--name", "Mw. J. de Vries"]) == 0
    snippet = capsys.readouterr().out
    policy_file = tmp_path / "beleid.toml"
    policy_file.write_text(snippet, encoding="utf-8")
    (person,) = load_policy(policy_file).review.reviewers
    assert person.name == "Mw. J. de Vries" and len(person.public_key) == 44


def test_keygen_refuses_twice_and_without_a_keyring(capsys):
    assert main(["review", "keygen", "--name", "A"]) == 0
    assert main(["review", "keygen", "--name", "A"]) == 1
    assert "--replace" in capsys.readouterr().err
    use_no_keyring()
    assert main(["review", "keygen", "--name", "B"]) == 1
    assert "geen sleutelbos" in capsys.readouterr().err


def test_keygen_needs_a_name(capsys):
    assert main(["review", "keygen"]) == 2
    assert "--name" in capsys.readouterr().err


def test_list_and_show_a_folder(tmp_path, capsys):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    draft = official_draft()
    first = folder.submit(draft, message="Mag dit zo?")
    folder.record(decide(first, Outcome.CHANGES_REQUESTED, "Noem de tijd.", signer))
    second = folder.submit(draft.edited(text=draft.text + " Tot dan!"))
    (tmp_path / "requests" / "kapot.json").write_text("{", encoding="utf-8")
    options = ["--folder", str(tmp_path), "--format", "json"]

    assert main(["review", "list", *options]) == 0
    captured = capsys.readouterr()
    unverified = json.loads(captured.out)[0]  # no policy: nobody's signature counts
    assert unverified["status"] == "ter beoordeling" and unverified["rejected_decisions"]
    assert "kapot.json" in captured.err

    policy_file = tmp_path / "beleid.toml"
    (person,) = policy.reviewers
    policy_file.write_text(
        f'[[review.reviewers]]\nname = "{person.name}"\npublic_key = "{person.public_key}"\n',
        encoding="utf-8",
    )
    assert main(["review", "list", *options, "--policy", str(policy_file)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["status"] for c in listed] == ["aanpassen gevraagd", "ter beoordeling"]

    assert main(["review", "list", "--folder", str(tmp_path), "--pending"]) == 0
    assert second.id[:8] in capsys.readouterr().out

    assert main(["review", "show", second.id[:10], "--folder", str(tmp_path)]) == 0
    shown = capsys.readouterr().out
    assert "+Morgen is de open dag" in shown and "Tot dan!" in shown
    assert main(["review", "show", "ffff", "--folder", str(tmp_path)]) == 2
