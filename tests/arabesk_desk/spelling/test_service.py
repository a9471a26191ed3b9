"""The spelling service: LanguageTool when ready, Hunspell meanwhile; caching and revisions."""

from __future__ import annotations

import os
import stat
import sys
import threading

import pytest

from arabesk_desk.paths import DataPaths
from arabesk_desk.spelling import EngineStatus, load_spelling
from arabesk_desk.spelling.languagetool_endpoint import MissingEndpoint, RemoteEndpoint
from arabesk_desk.spelling.languagetool_server import free_port
from arabesk_desk.user_settings import UserSettings
from checks import Category
from tests.arabesk_desk.spelling.conftest import WAIT, check_requests, wait_until

TEXT = "Ik heb het boek gelezzen.\nDaarna las ik de boek opnieuw."


def test_without_languagetool_hunspell_checks_and_the_reason_is_given(tmp_path):
    paths = DataPaths(tmp_path / "data")
    service = load_spelling(UserSettings(), paths, environ={"LTP_PATH": str(tmp_path / "ltp")})
    report = service.status()
    assert report.languagetool is EngineStatus.UNAVAILABLE
    assert "not installed" in report.reason and str(paths.languagetool_dir) in report.reason
    assert report.engine_name == service.engine_name == "Hunspell (OpenTaal)"
    result = service.check("Ik heb het boek gelezzen.")
    [finding] = result.findings
    assert result.engine_name == "Hunspell (OpenTaal)"
    assert "gelezen" in finding.suggestions
    service.close()


def test_a_jar_without_java_says_java_is_missing(tmp_path):
    install = tmp_path / "lt" / "LanguageTool-6.8"
    install.mkdir(parents=True)
    (install / "languagetool-server.jar").write_bytes(b"PK")
    settings = UserSettings(languagetool_dir=str(tmp_path / "lt"))
    environ = {"PATH": str(tmp_path / "empty"), "LTP_PATH": str(tmp_path / "ltp")}
    service = load_spelling(settings, DataPaths(tmp_path / "data"), environ=environ)
    assert isinstance(service.endpoint, MissingEndpoint)
    assert "Java was not found" in service.status().reason


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for java")
def test_an_old_java_is_named_with_its_version(tmp_path):
    install = tmp_path / "lt"
    install.mkdir()
    (install / "languagetool-server.jar").write_bytes(b"PK")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text("#!/bin/sh\necho 'java version \"1.8.0_292\"' >&2\n")
    java.chmod(java.stat().st_mode | stat.S_IEXEC)
    settings = UserSettings(languagetool_dir=str(install))
    environ = {"PATH": str(bin_dir), "LTP_PATH": str(tmp_path / "ltp")}
    service = load_spelling(settings, DataPaths(tmp_path / "data"), environ=environ)
    assert "Java 8" in service.status().reason and "too old" in service.status().reason


def test_a_school_server_or_the_public_api_replaces_the_local_one(tmp_path):
    paths = DataPaths(tmp_path / "data")
    school = load_spelling(UserSettings(languagetool_server="http://lt.school.example"), paths)
    assert (
        isinstance(school.endpoint, RemoteEndpoint)
        and "school server" in school.endpoint.description
    )
    public = load_spelling(UserSettings(languagetool_public_api=True), paths)
    assert isinstance(public.endpoint, RemoteEndpoint)
    assert "text leaves this computer" in public.endpoint.description
    default = load_spelling(UserSettings(), paths)
    assert not isinstance(default.endpoint, RemoteEndpoint)  # never the public API without opt-in


def test_an_unreachable_school_server_falls_back_to_hunspell(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/"
    service = load_spelling(UserSettings(languagetool_server=url), DataPaths(tmp_path / "d"))
    assert not service.wait_ready(WAIT)
    report = service.status()
    assert report.languagetool is EngineStatus.UNAVAILABLE and "does not answer" in report.reason
    assert service.check("gelezzen").engine_name == "Hunspell (OpenTaal)"


def test_a_ready_server_checks_spelling_and_grammar(make_service):
    service = make_service()
    service.start()
    assert service.status().languagetool in {EngineStatus.STARTING, EngineStatus.READY}
    assert service.wait_ready(WAIT)
    assert service.status().engine_name == "LanguageTool"
    result = service.check(TEXT, revision=1)
    assert result.engine_name == "LanguageTool" and not result.stale
    spans = {(TEXT[f.start : f.end], f.category) for f in result.findings}
    assert spans == {("gelezzen", Category.SPELLING), ("de boek", Category.GRAMMAR)}


def test_only_changed_paragraphs_are_sent(make_service):
    service = make_service()
    assert service.wait_ready(WAIT)
    server = service.endpoint.server
    wait_until(lambda: check_requests(server) >= 1)  # the warm-up
    service.check(TEXT)
    assert check_requests(server) == 3
    service.check(TEXT.replace("opnieuw", "nog eens"))
    assert check_requests(server) == 4  # the first paragraph came from the cache


def test_hashtags_handles_links_and_roster_names_are_dropped(make_service):
    service = make_service(names=("Fatimazz Bakker",))
    assert service.wait_ready(WAIT)
    text = "Fatimazz won! #gelezzen @gelezzen https://example.org/gelezzen gelezzen"
    result = service.check(text)
    assert [text[f.start : f.end] for f in result.findings] == ["gelezzen"]
    assert result.findings[0].start == len(text) - len("gelezzen")


def test_a_personal_word_is_not_reported_again(make_service):
    service = make_service()
    assert service.wait_ready(WAIT)
    assert service.check("Het woord gelezzen.").findings
    service.add_word("gelezzen")
    assert not service.check("Het woord gelezzen.").findings


def test_a_check_overtaken_by_a_newer_revision_comes_back_stale(make_service, tmp_path):
    hold = tmp_path / "hold"
    service = make_service(**{"hold-file": hold})
    assert service.wait_ready(WAIT)
    results = {}

    def check(name, text, revision):
        results[name] = service.check(text, revision)

    server = service.endpoint.server
    wait_until(lambda: check_requests(server) == 1)  # the warm-up
    first = threading.Thread(target=check, args=("old", "Eerst WACHT.\nDan gelezzen.", 7))
    first.start()
    wait_until(lambda: check_requests(server) == 2)  # its first paragraph is held
    second = threading.Thread(target=check, args=("new", "Nu gelezzen.", 8))
    second.start()
    wait_until(lambda: service.running_revisions == (7, 8))
    hold.touch()
    first.join(WAIT)
    second.join(WAIT)
    assert results["old"].stale and results["old"].findings == ()
    assert not results["new"].stale and len(results["new"].findings) == 1


def test_revisions_may_start_again_from_zero(make_service):
    service = make_service()
    assert service.wait_ready(WAIT)
    assert not service.check("Een tekst met gelezzen.", revision=57).stale
    fresh_draft = service.check("Een nieuwe tekst met gelezzen.", revision=0)
    assert not fresh_draft.stale and fresh_draft.findings


def test_a_crash_falls_back_to_hunspell_then_languagetool_returns(make_service):
    service = make_service("crash", **{"crash-after": 2})  # warm-up + one check
    assert service.wait_ready(WAIT)
    server = service.endpoint.server
    wait_until(lambda: check_requests(server) >= 1)
    first_pid = server.pid
    assert service.check("Een zin met gelezzen.").engine_name == "LanguageTool"
    fallback = service.check("Een andere zin met gelezzen.")
    assert fallback.engine_name == "Hunspell (OpenTaal)"
    assert [f.source for f in fallback.findings] == ["hunspell"]
    assert service.wait_ready(WAIT)  # restarted once
    assert server.pid != first_pid


def test_close_stops_the_server(make_service):
    service = make_service()
    assert service.wait_ready(WAIT)
    pid = service.endpoint.server.pid
    service.close()
    wait_until(lambda: not _alive(pid))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_suggestions_can_be_added_to_the_findings_that_are_shown(tmp_path):
    service = load_spelling(UserSettings(), DataPaths(tmp_path / "data"))
    [bare] = service.check("Het boek gelezzen.", with_suggestions=False).findings
    assert bare.suggestions == ()
    [filled] = service.with_suggestions([bare])
    assert "gelezen" in filled.suggestions and filled.start == bare.start


def test_suggestions_for_shown_findings_are_capped(tmp_path):
    from arabesk_desk.spelling.hunspell_checker import MAX_SUGGESTED_WORDS

    service = load_spelling(UserSettings(), DataPaths(tmp_path / "data"))
    asked: list[str] = []
    service.hunspell._suggest_uncached = lambda speller, word: asked.append(word) or ("x",)
    words = [f"qwzx{chr(97 + i // 26)}{chr(97 + i % 26)}qq" for i in range(MAX_SUGGESTED_WORDS + 5)]
    bare = service.check(" ".join(words), with_suggestions=False).findings
    filled = service.with_suggestions(bare)
    assert asked == words[:MAX_SUGGESTED_WORDS]
    assert [bool(f.suggestions) for f in filled] == [True] * MAX_SUGGESTED_WORDS + [False] * 5


def test_english_words_are_accepted_unless_switched_off(tmp_path):
    text = "Happy holidays allemaal en thanks! Ik heb het boek gelezzen."
    paths = DataPaths(tmp_path / "data")
    mixed = load_spelling(UserSettings(), paths).check(text, with_suggestions=False)
    assert [text[f.start : f.end] for f in mixed.findings] == ["gelezzen"]
    dutch_only = load_spelling(UserSettings(extra={"spelling_accept_english": False}), paths)
    flagged = [text[f.start : f.end] for f in dutch_only.check(text).findings]
    assert "holidays" in flagged and "gelezzen" in flagged
