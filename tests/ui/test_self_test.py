"""``arabesk-desk --self-test``: the real window, the real spelling process, one line a step."""

from __future__ import annotations

from ui import launcher, self_test


def test_the_self_test_passes_on_a_working_app(qtbot, capsys):
    assert launcher.main([launcher.SELF_TEST_OPTION]) == self_test.EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "self-test: ok"
    assert any(line.startswith("self-test: spelling process alive (pid ") for line in lines)
    assert "self-test: spelling finding painted for 'gelezzen'" in lines


def test_the_self_test_names_the_step_that_failed(qtbot, capsys, monkeypatch):
    monkeypatch.setattr("ui.app.load_spelling_service", lambda *a: (None, "no spelling here"))
    assert self_test.run_self_test([], timeout_s=3) == self_test.EXIT_FAILED
    out = capsys.readouterr().out
    assert "self-test: FAILED: the spelling process did not start" in out
