"""The spelling service the CLI and the UI's slow lane share: LanguageTool or Hunspell.

Public API (see :func:`load_spelling`)::

    service = load_spelling(settings, paths, roster_names=names)
    service.engine_name            # "LanguageTool" or "Hunspell (OpenTaal)" (or "")
    service.status()               # StatusReport: starting / ready / unavailable + reason
    service.start()                # start LanguageTool in the background (non-blocking)
    service.wait_ready(seconds)    # block until LanguageTool answers (the CLI; never the GUI)
    service.check(text, revision)  # SpellingResult; blocking: call it from a worker thread
    service.suggest(word)          # Hunspell suggestions (slow the first time)
    service.with_suggestions(fs)   # fill in Hunspell suggestions for findings being shown
    service.add_word(word)         # into the personal word list, on disk
    service.close()                # stop the app's LanguageTool server

Settings read: ``languagetool_dir``, ``languagetool_server``, ``languagetool_public_api``, and
two keys a settings file may add (kept in ``UserSettings.extra``): ``hunspell_dictionary``
(a folder or ``.dic`` file) and ``spelling_accept_english`` (default true).

Every method is thread-safe. Only one ``check`` should run at a time (one slow lane); a
``check`` that a call for a newer revision overtakes (it starts while the first one still
runs) stops early and comes back stale. Revisions may start again from 0 (a new draft).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from arabesk_desk.paths import DataPaths
from arabesk_desk.spelling import hunspell_checker as hun
from arabesk_desk.spelling.dictionary import (
    ENGLISH_SETTINGS_KEY,
    SETTINGS_KEY,
    DictionarySearch,
    english_dictionary,
    find_dictionary,
)
from arabesk_desk.spelling.hunspell_checker import DictionaryLoadError, HunspellChecker
from arabesk_desk.spelling.languagetool_client import ENGINE_NAME as LT_NAME
from arabesk_desk.spelling.languagetool_client import LanguageToolClient, LanguageToolUnavailable
from arabesk_desk.spelling.languagetool_endpoint import (
    PUBLIC_API_URL,
    EngineStatus,
    LanguageToolEndpoint,
    MissingEndpoint,
    RemoteEndpoint,
)
from arabesk_desk.spelling.languagetool_setup import local_endpoint_or_reason
from arabesk_desk.spelling.paragraph_cache import ParagraphCache, paragraphs, shifted
from arabesk_desk.spelling.personal_dictionary import PersonalDictionary
from arabesk_desk.spelling.verdict_cache import VerdictCache, dictionary_key
from arabesk_desk.spelling.words import NameList, clean
from arabesk_desk.user_settings import UserSettings
from checks import Category, Finding
from checks.text import Document


@dataclass(frozen=True, slots=True)
class StatusReport:
    """What the status bar says: LanguageTool's state and which engine checks right now."""

    languagetool: EngineStatus
    reason: str  # why LanguageTool is not ready (English), '' when it is
    engine_name: str  # the engine a check uses now; '' when there is none
    languagetool_source: str  # "local server", "school server …", "public API"
    dictionary_problem: str = ""


@dataclass(frozen=True, slots=True)
class SpellingResult:
    revision: int
    findings: tuple[Finding, ...]
    engine_name: str
    stale: bool = False  # a newer revision arrived while checking: drop this answer


@dataclass(slots=True)
class _Call:
    """One running ``check``; ``overtaken`` is set (under the lock) by a newer revision."""

    revision: int
    overtaken: bool = False


class SpellingService:
    """LanguageTool when it is ready, Hunspell meanwhile and otherwise."""

    def __init__(
        self,
        hunspell: HunspellChecker | None,
        personal: PersonalDictionary,
        endpoint: LanguageToolEndpoint,
        names: NameList,
        dictionary_problem: str = "",
    ) -> None:
        self.hunspell = hunspell
        self.personal = personal
        self.endpoint = endpoint
        self.names = names
        self.dictionary_problem = dictionary_problem
        self.cache = ParagraphCache()
        self._calls: list[_Call] = []
        self._calls_lock = threading.Lock()

    @property
    def engine_name(self) -> str:
        if self.endpoint.state().status is EngineStatus.READY:
            return LT_NAME
        return hun.ENGINE_NAME if self.hunspell else ""

    def status(self) -> StatusReport:
        """Non-blocking; notices a dead server (and restarts it once)."""
        state = self.endpoint.state()
        engine = LT_NAME if state.status is EngineStatus.READY else self._fallback_name()
        return StatusReport(
            state.status, state.reason, engine, self.endpoint.description, self.dictionary_problem
        )

    def _fallback_name(self) -> str:
        return hun.ENGINE_NAME if self.hunspell else ""

    def start(self) -> None:
        self.endpoint.start()

    def wait_ready(self, timeout: float) -> bool:
        """Start LanguageTool and wait up to ``timeout`` s for it (the CLI does; the UI not)."""
        return self.endpoint.wait_ready(timeout)

    def check(
        self,
        text: str,
        revision: int = 0,
        *,
        with_suggestions: bool = True,
        newer_waiting: Callable[[], bool] | None = None,
    ) -> SpellingResult:
        """Spelling and grammar findings for ``text``. Blocking: call from a worker thread.

        ``newer_waiting`` says whether a newer text waits to be checked (the spelling
        process's pipe): a long check then stops early and comes back stale.
        """
        call = self._begin(revision)

        def stop() -> bool:
            return call.overtaken or (newer_waiting is not None and newer_waiting())

        try:
            self.endpoint.start()
            client = self.endpoint.client()
            if client is not None:
                try:
                    return self._check_with_languagetool(client, text, call)
                except LanguageToolUnavailable as exc:
                    self.endpoint.report_failure(str(exc))
            try:
                findings = self._hunspell_findings(text, with_suggestions, stop)
            except hun.CheckStopped:
                return SpellingResult(revision, (), self._fallback_name(), stale=True)
            return SpellingResult(revision, tuple(findings), self._fallback_name(), call.overtaken)
        finally:
            self._end(call)

    def _begin(self, revision: int) -> _Call:
        """Register a call; calls still running for an older revision are overtaken."""
        call = _Call(revision)
        with self._calls_lock:
            for running in self._calls:
                if running.revision < revision:
                    running.overtaken = True
            self._calls.append(call)
        return call

    def _end(self, call: _Call) -> None:
        with self._calls_lock:
            self._calls.remove(call)

    @property
    def running_revisions(self) -> tuple[int, ...]:
        """Revisions being checked right now (for status and tests)."""
        with self._calls_lock:
            return tuple(call.revision for call in self._calls)

    def _check_with_languagetool(
        self, client: LanguageToolClient, text: str, call: _Call
    ) -> SpellingResult:
        findings: list[Finding] = []
        for paragraph in paragraphs(text):
            if call.overtaken:
                return SpellingResult(call.revision, (), LT_NAME, stale=True)
            cached = self.cache.get(paragraph.text)
            if cached is None:
                fresh = client.check(paragraph.text)
                self.cache.put(paragraph.text, fresh)
                cached = tuple(fresh)
            findings.extend(shifted(cached, paragraph.start))
        kept = self._filter_languagetool(text, findings)
        return SpellingResult(call.revision, tuple(kept), LT_NAME, stale=call.overtaken)

    def _filter_languagetool(self, text: str, findings: list[Finding]) -> list[Finding]:
        """Drop what lies in links, handles and hashtags, and words the user or roster knows."""
        document = Document(text)
        skipped = document.not_prose + document.hashtags
        kept = []
        for finding in findings:
            if any(s.start < finding.end and finding.start < s.end for s in skipped):
                continue
            word = text[finding.start : finding.end]
            if finding.category is Category.SPELLING and self._known_word(word):
                continue
            kept.append(replace(finding, data=(*finding.data, ("word", word))))
        return kept

    def _known_word(self, word: str) -> bool:
        return clean(word) in self.personal or word in self.names

    def _hunspell_findings(
        self, text: str, with_suggestions: bool, should_stop: Callable[[], bool] | None = None
    ) -> list[Finding]:
        if self.hunspell is None:
            return []
        try:
            return self.hunspell.check(
                text, self.names, with_suggestions=with_suggestions, should_stop=should_stop
            )
        except DictionaryLoadError as exc:
            self.dictionary_problem = str(exc)
            self.hunspell = None
            return []

    def with_suggestions(self, findings: Iterable[Finding]) -> list[Finding]:
        """Hunspell findings given their suggestions (slow: only for findings that are shown).

        Only the first ``MAX_SUGGESTED_WORDS`` different words get them, so a long text of
        unknown words cannot keep the caller waiting for minutes.
        """
        words: set[str] = set()
        filled = []
        for finding in findings:
            word = dict(finding.data).get("word", "")
            if finding.source == hun.SOURCE and not finding.suggestions and word:
                words.add(word)
                if len(words) <= hun.MAX_SUGGESTED_WORDS:
                    finding = replace(finding, suggestions=self.suggest(word))
            filled.append(finding)
        return filled

    def suggest(self, word: str) -> tuple[str, ...]:
        if self.hunspell is None:
            return ()
        try:
            return self.hunspell.suggest(word)
        except DictionaryLoadError:
            return ()

    def add_word(self, word: str) -> str:
        """Accept ``word`` from now on, also in later sessions; returns it as stored.

        Raises :class:`~arabesk_desk.spelling.personal_dictionary.PersonalDictionaryError`.
        """
        stored = self.personal.add(word)
        if self.hunspell is not None:
            self.hunspell.add_word(stored)
        return stored

    def close(self) -> None:
        """Stop the app's LanguageTool server and keep Hunspell's verdicts for the next run."""
        self.endpoint.close()
        if self.hunspell is not None:
            self.hunspell.save_verdicts()


def load_spelling(
    settings: UserSettings,
    paths: DataPaths,
    roster_names: Iterable[str] = (),
    *,
    environ: Mapping[str, str] | None = None,
) -> SpellingService:
    """The spelling service for these settings; starts nothing yet (see ``start``)."""
    personal = PersonalDictionary(paths.personal_dictionary)
    search = find_dictionary(str(settings.extra.get(SETTINGS_KEY, "")), environ)
    english = english_dictionary() if settings.extra.get(ENGLISH_SETTINGS_KEY, True) else None
    also_accept = (english,) if english else ()
    hunspell = None
    roster = NameList.from_names(roster_names, first_name_list())
    if search.location is not None:
        key = dictionary_key((search.location, *also_accept))
        verdicts = VerdictCache(paths.spelling_verdicts, key)
        hunspell = HunspellChecker(search.location, personal, also_accept, verdicts)
    return SpellingService(
        hunspell,
        personal,
        choose_endpoint(settings, paths, environ),
        roster,
        _dictionary_problem(search),
    )


FIRST_NAMES = "confidential/first_names"


def first_name_list() -> frozenset[str]:
    """The app's list of common first names (``resources/terms/confidential/first_names.txt``),
    lower case; empty when it cannot be read (spelling then only knows fewer names)."""
    from checks.pack_error import PackError
    from checks.resources import packaged_resources_dir
    from checks.termlist import load_term_file

    path = packaged_resources_dir() / "terms" / f"{FIRST_NAMES}.txt"
    try:
        return frozenset(term.text for term in load_term_file(FIRST_NAMES, path).terms)
    except (OSError, ValueError, PackError):
        return frozenset()


def choose_endpoint(
    settings: UserSettings, paths: DataPaths, environ: Mapping[str, str] | None = None
) -> LanguageToolEndpoint:
    """A school server if configured, the public API if opted in, else the app's own server."""
    if settings.languagetool_server.strip():
        url = settings.languagetool_server.strip()
        return RemoteEndpoint(url, f"school server {url}")
    if settings.languagetool_public_api:
        return RemoteEndpoint(PUBLIC_API_URL, "public LanguageTool API (text leaves this computer)")
    endpoint = local_endpoint_or_reason(settings, paths, environ)
    return MissingEndpoint(endpoint) if isinstance(endpoint, str) else endpoint


def _dictionary_problem(search: DictionarySearch) -> str:
    if search.location is not None:
        return ""
    looked = ", ".join(str(p) for p in search.looked_in)
    return f"no Dutch dictionary (nl_NL.aff/.dic) found; looked in {looked}"
