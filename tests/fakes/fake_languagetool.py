"""A stand-in LanguageTool server for the tests: a tiny HTTP server on 127.0.0.1.

It answers ``GET /v2/languages`` and ``POST /v2/check`` in LanguageTool's documented JSON
format, counting offsets in UTF-16 as Java does. It flags any word with "zz" as a spelling
error (replacement: one "z") and "de boek" (also "de <one word> boek") as a grammar error.
Modes for the lifecycle tests:

- ``normal``: ready at once;
- ``slow``: listens only once ``--release-file`` exists (the test decides when);
- ``crash``: exits (code 3) on check request number ``--crash-after`` + 1, without answering;
- ``never-ready``: listens but answers ``/v2/languages`` with 503 for ever;
- ``exit``: exits at once with code 1, as a JVM with a broken jar would;
- ``exit-once``: exits at once the first time (it leaves ``--marker-file``), then starts.

``GET /fake/requests`` tells how many check requests arrived (not part of LanguageTool).
With ``--hold-file``, a check of a text containing "WACHT" is answered only once that file
exists, so a test can keep a request in flight.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

LANGUAGES = [
    {"name": "Dutch", "code": "nl", "longCode": "nl-NL"},
    {"name": "Dutch (Belgium)", "code": "nl", "longCode": "nl-BE"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]
_WORD_RE = re.compile(r"\w+")
_GRAMMAR_RE = re.compile(r"\b[Dd]e (?:\S+ )?boek\b")


def utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def make_match(text: str, start: int, end: int, rule: dict, message: str, replacement: str):
    offset, length = utf16_offset(text, start), utf16_offset(text, end) - utf16_offset(text, start)
    return {
        "message": message,
        "shortMessage": "",
        "replacements": [{"value": replacement}],
        "offset": offset,
        "length": length,
        "context": {"text": text, "offset": offset, "length": length},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": rule,
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def find_matches(text: str) -> list[dict]:
    matches = []
    for word in _WORD_RE.finditer(text):
        if "zz" in word.group():
            rule = {
                "id": "MORFOLOGIK_RULE_NL_NL",
                "description": "Mogelijke spelfout gevonden",
                "issueType": "misspelling",
                "category": {"id": "TYPOS", "name": "Mogelijke typfouten"},
            }
            fixed = word.group().replace("zz", "z")
            matches.append(
                make_match(text, word.start(), word.end(), rule, "Spelfout gevonden.", fixed)
            )
    for found in _GRAMMAR_RE.finditer(text):
        rule = {
            "id": "DE_HET",
            "description": "de of het",
            "issueType": "grammar",
            "category": {"id": "GRAMMAR", "name": "Grammatica"},
        }
        matches.append(
            make_match(text, found.start(), found.end(), rule, "Boek is een het-woord.", "het boek")
        )
    return sorted(matches, key=lambda m: m["offset"])


class State:
    def __init__(self, mode: str, crash_after: int, hold_file: Path | None = None) -> None:
        self.mode = mode
        self.hold_file = hold_file
        self.crash_after = crash_after
        self.checks = 0
        self.lock = threading.Lock()


def make_handler(state: State) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return None

        def _json(self, status: int, body: object) -> None:
            data = json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            path = urllib.parse.urlparse(self.path).path
            if path == "/v2/languages":
                if state.mode == "never-ready":
                    self._json(503, {"error": "starting"})
                else:
                    self._json(200, LANGUAGES)
            elif path == "/fake/requests":
                self._json(200, {"checks": state.checks})
            else:
                self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            if urllib.parse.urlparse(self.path).path != "/v2/check":
                self._json(404, {"error": "not found"})
                return
            length = int(self.headers.get("Content-Length", "0"))
            form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
            with state.lock:
                state.checks += 1
                if state.mode == "crash" and state.checks > state.crash_after:
                    os._exit(3)
            text = form.get("text", [""])[0]
            if state.hold_file is not None and "WACHT" in text:
                wait_for(state.hold_file)
            language = form.get("language", ["nl-NL"])[0]
            self._json(
                200,
                {
                    "software": {"name": "FakeLanguageTool", "version": "6.8", "apiVersion": 1},
                    "language": {"name": "Dutch", "code": language},
                    "matches": find_matches(text),
                },
            )

    return Handler


def wait_for(path: Path) -> None:
    """Slow start: the test creates the file when it wants the server to come up."""
    while not path.exists():
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--mode", default="normal")
    parser.add_argument("--crash-after", type=int, default=1)
    parser.add_argument("--release-file", type=Path)
    parser.add_argument("--hold-file", type=Path)
    parser.add_argument("--marker-file", type=Path)
    args = parser.parse_args()
    if args.mode == "exit-once" and not args.marker_file.exists():
        args.marker_file.touch()
        print("Error: the port is taken", file=sys.stderr)
        return 1
    if args.mode == "exit":
        print("Error: could not load the server jar", file=sys.stderr)
        return 1
    if args.config is not None and not args.config.is_file():
        print(f"config file missing: {args.config}", file=sys.stderr)
        return 2
    if args.mode == "slow" and args.release_file is not None:
        wait_for(args.release_file)
    server = ThreadingHTTPServer(
        ("127.0.0.1", args.port), make_handler(State(args.mode, args.crash_after, args.hold_file))
    )
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
