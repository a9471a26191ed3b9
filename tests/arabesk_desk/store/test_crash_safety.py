"""kill -9 in the middle of a thousand appends leaves a sound, verifying log; retries are safe."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from arabesk_desk.store import Store
from arabesk_desk.store.migrations import LOG_TABLE
from tests.arabesk_desk.store.factories import make_item

# Popen.kill(): SIGKILL on POSIX, TerminateProcess (exit code 1) on Windows: no goodbye.
KILLED_EXIT = 1 if sys.platform == "win32" else -signal.SIGKILL

WRITER = textwrap.dedent(
    """
    import sys
    from arabesk_desk.store import Store
    from tests.arabesk_desk.store.factories import make_item

    store = Store.open(sys.argv[1])
    for number in range(int(sys.argv[2])):
        store.append_published(make_item(number, id=f"item-{number}"))
        print(number, flush=True)
    """
)
BULK_WRITER = textwrap.dedent(
    """
    import sys
    from arabesk_desk.store import Store
    from tests.arabesk_desk.store.factories import make_item

    store = Store.open(sys.argv[1])
    for batch in range(int(sys.argv[2]) // 100):
        numbers = range(batch * 100, batch * 100 + 100)
        store.append_many([make_item(n, id=f"item-{n}") for n in numbers])
        print(batch * 100 + 99, flush=True)
    """
)
REPO = Path(__file__).resolve().parents[3]


def append_then_kill(path: Path, kill_after: int, script: str = WRITER) -> int:
    """Start a writer of 1,000 appends, SIGKILL it after ``kill_after`` reported commits."""
    writer = subprocess.Popen(
        [sys.executable, "-c", script, str(path), "1000"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    seen = -1
    for line in writer.stdout:
        seen = int(line)
        if seen + 1 >= kill_after:
            writer.kill()
            break
    writer.wait()
    writer.stdout.close()
    assert writer.returncode == KILLED_EXIT
    return seen + 1


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 137, 500, 873])
def test_kill_9_during_appends_leaves_a_sound_log(tmp_path, kill_after):
    path = tmp_path / "log.sqlite3"
    reported = append_then_kill(path, kill_after)
    with Store.open(path) as store:
        assert store.integrity_problems() == []
        assert store.verify().ok
        count = store.count()
        # Appends continue while the kill is on its way: more may be committed than reported.
        assert count >= reported
        retried = [store.append_published(make_item(n, id=f"item-{n}")) for n in range(count + 1)]
        assert [e.seq for e in retried] == list(range(1, count + 2))
        assert store.count() == count + 1
        assert store.verify().ok


@pytest.mark.slow
def test_kill_9_during_bulk_appends_keeps_search_and_its_trigger(tmp_path):
    """Bulk appends drop and recreate the search trigger inside their transaction."""
    path = tmp_path / "log.sqlite3"
    reported = append_then_kill(path, 400, BULK_WRITER)
    with Store.open(path) as store:
        assert store.integrity_problems() == []
        assert store.verify().ok and not store.verify().warnings
        assert store.count() >= reported
        store.db.execute(
            f"INSERT INTO {LOG_TABLE}_fts ({LOG_TABLE}_fts) VALUES ('integrity-check')"
        )
        store.append_published(make_item(5000, text="Na de crash gevonden"))
        assert [e.item.text for e in store.search("crash")] == ["Na de crash gevonden"]
        assert len(store.search("kinderboekenweek", limit=10_000)) == store.count() - 1
