"""Against a real LanguageTool, when this machine has one; skipped with the reason otherwise.

Point ``ARABESK_TEST_LANGUAGETOOL`` at a LanguageTool folder (the one with
``languagetool-server.jar``), or install it where language-tool-python keeps its downloads.
"""

from __future__ import annotations

import os

import pytest

from arabesk_desk.paths import data_paths
from arabesk_desk.spelling.languagetool_client import LanguageToolClient
from arabesk_desk.spelling.languagetool_finder import find_java, find_languagetool
from arabesk_desk.spelling.languagetool_server import (
    LocalLanguageToolServer,
    ServerOptions,
    java_command,
)
from checks import Category

pytestmark = [pytest.mark.languagetool, pytest.mark.slow]
VARIABLE = "ARABESK_TEST_LANGUAGETOOL"


def _real_install():
    # The user's own app data folder (tests point ARABESK_DESK_HOME elsewhere).
    users_folder = data_paths(environ={}).languagetool_dir
    search = find_languagetool(os.environ.get(VARIABLE, ""), users_folder)
    if search.install is None:
        looked = ", ".join(str(p) for p in search.looked_in)
        pytest.skip(f"no LanguageTool installed (looked in {looked}; set {VARIABLE})")
    java = find_java()
    if java is None or not java.recent_enough:
        pytest.skip("no Java 17 or newer to run LanguageTool")
    return java, search.install


@pytest.fixture(scope="module")
def real_server(tmp_path_factory):
    java, install = _real_install()
    server = LocalLanguageToolServer(
        java_command(java, install),
        tmp_path_factory.mktemp("real-lt"),
        ServerOptions(ready_timeout=180),
    )
    server.start()
    if not server.wait_ready(200):
        server.close()
        pytest.fail(f"the real LanguageTool did not start: {server.reason}")
    yield server
    server.close()


def test_real_languagetool_flags_a_dutch_misspelling(real_server):
    client = LanguageToolClient(real_server.url, local=True, timeout=60)
    text = "😀 Ik heb het boek gelezzen."
    findings = client.check(text)
    spelling = [f for f in findings if f.category is Category.SPELLING]
    assert [text[f.start : f.end] for f in spelling] == ["gelezzen"]
    assert "gelezen" in spelling[0].suggestions
    assert spelling[0].rule.startswith("languagetool.")


def test_real_languagetool_accepts_a_correct_sentence(real_server):
    client = LanguageToolClient(real_server.url, local=True, timeout=60)
    assert client.check("Ik heb het boek gelezen.") == []
