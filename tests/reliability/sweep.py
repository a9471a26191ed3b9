"""An adversarial sweep over the CLI and the review API: every hostile or broken input of
issue 11, tallied per class as clear refusals, crashes, hangs and data lost.

Run: ``.venv/bin/python -m tests.reliability.sweep`` (a few minutes; in-process, with an
in-memory keyring, each case in a thread with a time limit). The tests beside this file pin
the same behaviour; this prints the table for the report.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
import threading
import traceback
import zipfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from arabesk_desk.cli import main
from arabesk_desk.policy import PolicyError, load_policy
from arabesk_desk.review.decisions import decide, verify_decision
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.review_policy import Reviewer, ReviewPolicy
from arabesk_desk.review.signing import load_or_create_signer
from arabesk_desk.review.states import Outcome
from arabesk_desk.store import PublishedItem, Store
from arabesk_desk.store.review_ledger import StoreReviewLedger
from arabesk_desk.user_settings import load_settings
from tests.arabesk_desk.review.helpers import official_draft
from tests.arabesk_desk.review.memory_keyring import use_memory_keyring
from tests.reliability import witness_helpers as attack

TIME_LIMIT = 60.0
Outcome_ = tuple[bool, bool]  # (clear refusal or correct handling, data lost)


class Tally:
    def __init__(self) -> None:
        self.rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])

    def record(self, kind: str, case: Callable[[], Outcome_]) -> None:
        row = self.rows[kind]
        row[0] += 1
        result: dict[str, object] = {}

        def run() -> None:
            try:
                result["value"] = case()
            except BaseException:  # a crash: anything the product did not turn into a message
                result["crash"] = traceback.format_exc()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        thread.join(TIME_LIMIT)
        if thread.is_alive():
            row[3] += 1
            return
        if "crash" in result:
            row[2] += 1
            print(f"CRASH in {kind}:\n{result['crash']}", file=sys.stderr)
            return
        clear, lost = result["value"]  # type: ignore[misc]
        row[1] += int(clear)
        row[4] += int(lost)
        if not clear:
            print(f"NOT CLEAR in {kind}", file=sys.stderr)

    def table(self) -> str:
        lines = [
            "| class | cases | clear refusals / right answers | crashes | hangs | data lost |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for kind, (cases, clear, crashes, hangs, lost) in self.rows.items():
            lines.append(f"| {kind} | {cases} | {clear} | {crashes} | {hangs} | {lost} |")
        return "\n".join(lines)


def cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as stop:
            code = int(stop.code or 0)
    return code, out.getvalue(), err.getvalue()


def no_escape(*texts: str) -> bool:
    return not any(c in text for text in texts for c in "\x1b\x07\x9b\r")


# -- review folder ------------------------------------------------------------------------------


def hostile_files() -> dict[str, Callable[[Path], None]]:
    def write(name: str, data: bytes) -> Callable[[Path], None]:
        return lambda folder: (folder / name).write_bytes(data)

    def link(name: str, target: str) -> Callable[[Path], None]:
        return lambda folder: (folder / name).symlink_to(target)

    def duplicate(folder: Path) -> None:
        from dataclasses import replace

        from arabesk_desk.review.files import write_json_atomic
        from arabesk_desk.review.requests import make_request

        real = json.loads(next(folder.glob("*.json")).read_text())
        eve = load_or_create_signer("Eve")
        other = replace(make_request(official_draft(text="x"), signer=eve), id=real["id"])
        forged = replace(other, signature=eve.sign(other.payload()))
        write_json_atomic(folder, "request-0-dup.json", forged.to_dict())

    def edited(field: str, value: object) -> Callable[[Path], None]:
        def change(folder: Path) -> None:
            raw = json.loads(next(folder.glob("*.json")).read_text())
            raw[field] = value
            (folder / f"edited-{field}.json").write_text(json.dumps(raw))

        return change

    cases: dict[str, Callable[[Path], None]] = {
        f"{shape} bomb {depth}": write(f"bomb-{shape}-{depth}.json", data)
        for depth in (100, 5_000, 200_000)
        for shape, data in (
            ("array", b"[" * depth + b"]" * depth),
            ("object", b'{"a":' * depth + b"1" + b"}" * depth),
        )
    }
    cases |= {
        "fifo": lambda folder: os.mkfifo(folder / "pipe.json"),
        "link to /dev/zero": link("zero.json", "/dev/zero"),
        "link to /dev/urandom": link("random.json", "/dev/urandom"),
        "link out of the folder": link("out.json", "/etc/hostname"),
        "3 MB file": write("big.json", b'{"kind": "' + b"x" * 3_000_000 + b'"}'),
        "empty file": write("empty.json", b""),
        "half synced": write("half.json", b'{"kind": "arabesk-desk review req'),
        "binary": write("binary.json", bytes(range(256)) * 10),
        "lone surrogate": write("surrogate.json", b'{"kind": "\\ud800"}'),
        "NaN": write("nan.json", b'{"kind": NaN}'),
        "1e999": write("inf.json", b'{"revision": 1e999}'),
        "4,301-digit integer": write("bigint.json", b'{"revision": ' + b"9" * 4301 + b"}"),
        "a list": write("list.json", b"[1, 2, 3]"),
        "escape codes in the name": write("x\x1b[2Kgoedgekeurd.json", b"{"),
        "duplicate id, other content": duplicate,
        "edited message (signed)": edited("message", "Goedgekeurd door de directeur"),
        "path in the id": edited("id", "../../etc/passwd"),
        "revision as text": edited("revision", "twee"),
        "no signature (old version)": edited("author_key", None),
        "another author key": edited("author_key", load_or_create_signer("Eve").public_key),
    }
    if os.geteuid() == 0:
        cases["char device"] = lambda folder: os.mknod(folder / "dev.json", 0o600 | 0o020000, 0)
    return cases


def review_case(make_hostile: Callable[[Path], None], command: str, label: str) -> Outcome_:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        leader = load_or_create_signer("Mw. J. de Vries")
        folder = ReviewFolder(root, ReviewPolicy((Reviewer("Mw. J. de Vries", leader.public_key),)))
        good = folder.submit(official_draft(text="Hallo\x1b[2K\rstatus: goedgekeurd"))
        make_hostile(root / "requests")
        argv = {
            "list": ["review", "list", "--folder", tmp],
            "json": ["review", "list", "--folder", tmp, "--format", "json"],
            "show": ["review", "show", good.id, "--folder", tmp],
        }[command]
        code, out, err = cli(argv)
        if label.startswith("duplicate id"):  # both files refused and named, none altered
            named = "request-0-dup.json" in err and good.file_name in err
            clear = (code == 0 or command == "show") and named and no_escape(out, err)
            return clear, not (root / "requests" / good.file_name).exists()
        clear = code == 0 and good.id[:8] in out and no_escape(out, err)
        if not clear:
            print(f"  case: {label} / {command}", file=sys.stderr)
        return clear, good.id[:8] not in out


# -- identities and kept decisions -------------------------------------------------------------


def self_approval_case(written_as: str) -> Outcome_:
    with tempfile.TemporaryDirectory() as tmp:
        leader = load_or_create_signer("Mw. J. de Vries")
        policy = ReviewPolicy((Reviewer("Mw. J. de Vries", leader.public_key),))
        folder = ReviewFolder(Path(tmp), policy, owner="Mw. J. de Vries")
        request = folder.submit(official_draft(author=written_as))
        verdict = verify_decision(decide(request, Outcome.APPROVED, "", leader), request, policy)
        return not verdict, False


def kept_decision_case(removal: str) -> Outcome_:
    with tempfile.TemporaryDirectory() as tmp:
        leader = load_or_create_signer("Mw. J. de Vries")
        policy = ReviewPolicy((Reviewer("Mw. J. de Vries", leader.public_key),))
        folder = ReviewFolder(
            Path(tmp) / "r", policy, owner="A", ledger=StoreReviewLedger(Path(tmp) / "db")
        )
        draft = official_draft()
        request = folder.submit(draft)
        approval = folder.record(decide(request, Outcome.APPROVED, "", leader))
        folder.review_of(draft)
        rejection = folder.record(decide(request, Outcome.REJECTED, "Nee.", leader))
        folder.review_of(draft)
        if removal in ("rejection", "both"):
            rejection.unlink()
        if removal in ("approval", "both"):
            approval.unlink()
        status = str(folder.review_of(draft).status)
        return status == "afgewezen", status != "afgewezen"


# -- the log -----------------------------------------------------------------------------------


def log_attack_case(name: str, apply: Callable[[attack.WitnessedLog], None]) -> Outcome_:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["ARABESK_DESK_HOME"] = tmp
        log = attack.build(home)
        apply(log)
        code, out, err = cli(["log", "--database", str(log.database), "verify"])
        return code == 1 and "BAD" in out and "Traceback" not in err, False


LOG_ATTACKS: dict[str, Callable[[attack.WitnessedLog], None]] = {
    "tail cut before the checkpoint": lambda log: attack.cut_tail(log.database, 10),
    "tail cut to 1 entry": lambda log: attack.cut_tail(log.database, 1),
    "rewrite from 10, unsigned": lambda log: attack.rewrite_from(
        log.database, 10, keep_signer_fields=False
    ),
    "rewrite from 10, old signatures": lambda log: attack.rewrite_from(
        log.database, 10, keep_signer_fields=True
    ),
    "rewrite from 2, old signatures": lambda log: attack.rewrite_from(
        log.database, 2, keep_signer_fields=True
    ),
    "delete entry 7, re-chained": lambda log: attack.delete_middle(log.database, 7),
    "delete entry 19, re-chained": lambda log: attack.delete_middle(log.database, 19),
    "append forged, unsigned": lambda log: attack.append_forged(log.database, None),
    "append forged, own key": lambda log: attack.append_forged(
        log.database, load_or_create_signer("Eve")
    ),
    "whole log rewritten unsigned": lambda log: attack.rewrite_everything_unsigned(log.database),
    "cut + kept decisions deleted": lambda log: (
        attack.forget_kept_decisions(log.database),
        attack.cut_tail(log.database, 5),
    ),
}


def index_case(sql: str) -> Outcome_:
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "log.db"
        with Store.open(database) as store:
            for n in range(5):
                store.append_published(
                    PublishedItem(f"open dag {n}", ("x",), "official", "A", "staff")
                )
            store.db.execute(sql)
        code, out, _ = cli(["log", "--database", str(database), "verify"])
        repaired, _, _ = cli(["log", "--database", str(database), "repair-index"])
        again, _, _ = cli(["log", "--database", str(database), "verify"])
        return code == 1 and "repair-index" in out and repaired == 0 and again == 0, False


# -- input files -------------------------------------------------------------------------------


def check_case(argv: list[str], expect: tuple[int, ...]) -> Outcome_:
    code, out, err = cli(["check", *argv, "--no-spelling"])
    lines_ok = all(_is_json(line) for line in out.splitlines()) if "--batch" in argv else True
    return code in expect and "Traceback" not in err and lines_ok, False


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def batch_line_files(folder: Path) -> dict[str, Path]:
    lines = {
        "deep nesting": '{"id": 1, "text": "x", "n": ' + "[" * 5000 + "]" * 5000 + "}",
        "lone surrogate id": '{"id": "\\ud800", "text": "x"}',
        "lone surrogate text": '{"id": 1, "text": "\\udc00"}',
        "Infinity id": '{"id": Infinity, "text": "x"}',
        "-Infinity id": '{"id": -Infinity, "text": "x"}',
        "NaN id": '{"id": NaN, "text": "x"}',
        "1e999 id": '{"id": 1e999, "text": "x"}',
        "huge integer id": '{"id": ' + "9" * 5000 + ', "text": "x"}',
        "BOM first line": "\ufeff" + '{"id": 1, "text": "Goedemorgen."}',
        "object id": '{"id": {}, "text": "x"}',
        "not UTF-8": "\udcff",
        "truncated JSON": '{"id": 1, "text": "x',
    }
    files = {}
    for name, line in lines.items():
        path = folder / f"{len(files)}.jsonl"
        data = line.encode("utf-8", "surrogateescape") + b"\n" + b'{"id": "ok", "text": "Hoi."}\n'
        path.write_bytes(data)
        files[name] = path
    return files


def import_files(folder: Path) -> dict[str, Path]:
    def x_archive(items: list[str]) -> bytes:
        return ("window.YTD.tweets.part0 = [" + ",".join(items) + "]").encode()

    ok = json.dumps(
        {
            "tweet": {
                "id_str": "1",
                "full_text": "Hoi",
                "created_at": "Wed Oct 05 14:03:00 +0000 2022",
            }
        }
    )
    data = {
        "lone surrogate": x_archive([ok.replace("Hoi", "\\ud800"), ok.replace('"1"', '"2"')]),
        "year 0001 -23:59": x_archive([ok.replace("2022", "0001").replace("+0000", "+2359"), ok]),
        "year 9999 +": x_archive([ok.replace("2022", "9999").replace("+0000", "-2359"), ok]),
        "nesting bomb item": x_archive(["[" * 50_000 + "]" * 50_000, ok]),
        "deep item": x_archive(['{"a":' * 100 + "1" + "}" * 100, ok]),
        "131,073-char LinkedIn field": (
            f'Date,ShareLink,ShareCommentary\n2024-01-01 10:00:00,,"{"x" * 131_073}"\n'
            "2024-01-02 10:00:00,,Hoi\n"
        ).encode(),
        "truncated archive": b'window.YTD.tweets.part0 = [{"tweet": ',
        "not UTF-8": b"window.YTD.tweets.part0 = [\xff\xfe]",
        "fake zip": b"PK\x03\x04 not a zip",
        "empty": b"",
    }
    files = {}
    for name, content in data.items():
        path = folder / f"{len(files)}.js"
        path.write_bytes(content)
        files[name] = path
    bomb = folder / "bomb.zip"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("tweets.js", "w", force_zip64=True) as member,
    ):
        member.write(b"window.YTD.tweets.part0 = [")
        for _ in range(200):
            member.write(b" " * (1 << 20))
        member.write(b"]")
    files["zip bomb 200 MB"] = bomb
    return files


def import_case(path: Path, database: Path) -> Outcome_:
    before = _count(database)
    code, out, err = cli(["log", "--database", str(database), "import", str(path)])
    after = _count(database)
    clear = code in (0, 2) and "Traceback" not in err and no_escape(out, err)
    return clear, after < before


def _count(database: Path) -> int:
    if not database.exists():
        return 0
    with Store.open(database) as store:
        return store.count() if store.verify().ok else -1


def policy_texts() -> dict[str, str]:
    return {
        "array bomb": "x = " + "[" * 5000 + "]" * 5000,
        "inline-table bomb": "x = " + "{a = " * 3000 + "1" + "}" * 3000,
        "bomb in [terms]": '[terms]\n"tone/swearing" = ' + "[" * 3000 + "]" * 3000,
        "misspelled term list": '[terms]\n"tone/swaering" = ["x"]',
        "unknown [school] key": '[school]\nemial = "a@b.nl"',
        "unknown [roster] key": '[roster]\nfiel = "x.csv"',
        "unknown [review] key": "[review]\nalwayz = true",
        "unknown channel": "[channels]\nmastodn = 1000",
        "40,000-character term": '[terms]\n"tone/swearing" = ["' + "a" * 40_000 + '"]',
        "unknown section": "[schol]\nname = 'x'",
        "reviewer with a bad key": '[[review.reviewers]]\nname = "A"\npublic_key = "abc"',
    }


def policy_case(folder: Path, text: str | None, roster: str | None) -> Outcome_:
    path = folder / "beleid.toml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    try:
        load_policy(path)
    except PolicyError as exc:
        return exc.line is not None or roster is not None or text is None, False
    return False, False


def settings_case(home: Path, content: str, number: int) -> Outcome_:
    path = home / "settings.toml"
    path.write_text(content, encoding="utf-8")
    _, problem = load_settings(path)
    backup = home / f"settings.toml.broken-{number}"
    kept = backup.exists() and backup.read_text(encoding="utf-8") == content
    return problem is not None and kept, not kept


def main_sweep() -> None:
    use_memory_keyring()
    tally = Tally()
    for label, make in hostile_files().items():
        for command in ("list", "json", "show"):
            tally.record(
                "review folder: hostile files × list/json/show",
                lambda m=make, c=command, n=label: review_case(m, c, n),
            )
    for written_as in (
        "J. de Vries",
        "Mw. J. de Vries.",
        "Mw. J.\u200b de Vries",
        "Mw. J. d\u0435 Vries",
        "Mw. J. de Vrie\u0301s",
        "MW. J. DE VRIES",
        "Mw.  J. de Vries",
        "Iemand Anders",
    ):
        tally.record(
            "review: self-approval under another name", lambda w=written_as: self_approval_case(w)
        )
    for removal in ("rejection", "approval", "both"):
        tally.record("review: decision files deleted", lambda r=removal: kept_decision_case(r))
    for name, apply in LOG_ATTACKS.items():
        tally.record(
            "log: cut, rewrite, delete, forge", lambda a=apply, n=name: log_attack_case(n, a)
        )
    for sql in (
        "INSERT INTO published_log_fts (published_log_fts, rowid, text, author, channels, facets)"
        " SELECT 'delete', seq, text, author, channels, facets FROM published_log WHERE seq = 3",
        "DROP TRIGGER published_log_ai",
        "DROP TABLE published_log_fts",
        "INSERT INTO published_log_fts (rowid, text, author, channels, facets)"
        " VALUES (99, 'nep', 'nep', 'x', 'official')",
    ):
        tally.record("log: search index edited", lambda s=sql: index_case(s))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for device in ("/dev/zero", "/dev/urandom"):
            for batch in ([], ["--batch"]):
                tally.record(
                    "check: endless or oversize input",
                    lambda d=device, b=batch: check_case([d, *b], (2,)),
                )
        big = folder / "big.txt"
        big.write_bytes(b"a" * (3 << 20))
        tally.record("check: endless or oversize input", lambda: check_case([str(big)], (2,)))
        for _name, path in batch_line_files(folder).items():
            tally.record(
                "check --batch: bad lines",
                lambda p=path: check_case([str(p), "--batch"], (0, 1, 2)),
            )
        database = folder / "import.db"
        for _name, path in import_files(folder).items():
            tally.record(
                "log import: bad items and archives", lambda p=path: import_case(p, database)
            )
        for _name, text in policy_texts().items():
            tally.record(
                "policy: bombs, typos, oversize", lambda t=text: policy_case(folder, t, None)
            )
        (folder / "leerlingen.csv").symlink_to("/dev/zero")
        tally.record(
            "policy: bombs, typos, oversize",
            lambda: policy_case(folder, '[roster]\nfile = "leerlingen.csv"', "zero"),
        )
        for limit in ("99999999999999999999", "-5", "0", "1e3", "veel", "100001"):
            tally.record(
                "log search --limit out of range",
                lambda v=limit: (
                    cli(["log", "--database", str(database), "search", "x", "--limit", v])[0] == 2,
                    False,
                ),
            )
        home = folder / "home"
        home.mkdir()
        for number, content in enumerate(
            ('name = "A\n', "role = 'koning'\n", "x = = 1\n", "\x00\x01", 'channels = "x"\n'),
            start=1,
        ):
            tally.record(
                "settings.toml: broken files", lambda c=content, n=number: settings_case(home, c, n)
            )
    print(tally.table())


if __name__ == "__main__":
    main_sweep()
