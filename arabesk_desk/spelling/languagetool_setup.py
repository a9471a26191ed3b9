"""Putting the app's own LanguageTool server together from what this machine has."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from arabesk_desk.paths import DataPaths
from arabesk_desk.spelling.languagetool_finder import (
    MINIMUM_JAVA,
    find_java,
    find_languagetool,
)
from arabesk_desk.user_settings import UserSettings

if TYPE_CHECKING:
    from arabesk_desk.spelling.languagetool_local_endpoint import LocalEndpoint

SERVER_WORK_DIR = "languagetool-server"


def local_endpoint_or_reason(
    settings: UserSettings, paths: DataPaths, environ: Mapping[str, str] | None = None
) -> LocalEndpoint | str:
    """An endpoint over a server we can start, or the reason (English) why there is none."""
    search = find_languagetool(settings.languagetool_dir, paths.languagetool_dir, environ)
    if search.install is None:
        looked = ", ".join(str(p) for p in search.looked_in)
        return f"LanguageTool is not installed (looked in {looked})"
    java = find_java(environ)
    if java is None:
        return "Java was not found (LanguageTool needs Java 17 or newer on PATH or JAVA_HOME)"
    if not java.recent_enough:
        return (
            f"Java {java.major or '(unknown version)'} at {java.path} is too old; "
            f"LanguageTool needs Java {MINIMUM_JAVA} or newer"
        )
    # Only now the server's HTTP and process machinery: most laptops have no LanguageTool.
    from arabesk_desk.spelling.languagetool_local_endpoint import LocalEndpoint
    from arabesk_desk.spelling.languagetool_server import (
        LocalLanguageToolServer,
        ServerOptions,
        java_command,
    )

    server = LocalLanguageToolServer(
        java_command(java, search.install), paths.root / SERVER_WORK_DIR, ServerOptions()
    )
    return LocalEndpoint(server, f"local server ({search.install.folder})")
