"""Dutch spelling and grammar: LanguageTool owned by the app, Hunspell (OpenTaal) as the fallback.

Start with :func:`load_spelling`; it returns a :class:`SpellingService` that the CLI and the
UI's slow lane share. Nothing runs at import time.
"""

from arabesk_desk.spelling.languagetool_endpoint import EngineStatus
from arabesk_desk.spelling.service import (
    SpellingResult,
    SpellingService,
    StatusReport,
    load_spelling,
)

__all__ = ["EngineStatus", "SpellingResult", "SpellingService", "StatusReport", "load_spelling"]
