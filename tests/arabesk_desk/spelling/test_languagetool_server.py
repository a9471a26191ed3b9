"""The app's LanguageTool server process: start, ready, crash and restart, stop, never two."""

from __future__ import annotations

import contextlib
import urllib.request

import psutil

from arabesk_desk.spelling.languagetool_server import ServerState, free_port, languages_answer
from tests.arabesk_desk.spelling.conftest import WAIT, check_requests, process_gone, wait_until


def _post_check(server, text: str = "Dit is goed.") -> None:
    data = f"language=nl-NL&text={text}".encode()
    urllib.request.urlopen(server.url + "v2/check", data=data, timeout=5).close()


def test_start_is_lazy_and_returns_at_once(make_server):
    server = make_server()
    assert server.state is ServerState.STOPPED and server.pid is None
    server.start()
    assert server.state in {ServerState.STARTING, ServerState.READY}
    assert server.wait_ready(WAIT)
    assert server.url.startswith("http://127.0.0.1:")
    assert languages_answer(server.url, timeout=5)


def test_server_is_warmed_and_gets_its_properties(make_server):
    server = make_server()
    server.start()
    assert server.wait_ready(WAIT)
    properties = (server.work_dir / "languagetool-server.properties").read_text()
    for expected in ("cacheSize=", "pipelineCaching=true", "maxCheckThreads=1", "maxTextLength="):
        assert expected in properties
    wait_until(lambda: check_requests(server) >= 1)  # the warm-up check follows readiness


def test_close_leaves_no_process_behind(make_server):
    server = make_server()
    server.start()
    assert server.wait_ready(WAIT)
    pid = server.pid
    assert pid is not None and psutil.pid_exists(pid)
    server.close()
    assert process_gone(pid)
    assert server.state is ServerState.STOPPED
    server.start()  # a closed server never starts again
    assert server.pid is None


def test_starting_twice_gives_one_process(make_server):
    server = make_server()
    server.start()
    server.start()
    assert server.wait_ready(WAIT)
    first = server.pid
    server.start()
    assert server.pid == first
    assert [p.pid for p in _stand_in_processes()] == [first]


def test_a_crashed_server_is_restarted_once(make_server):
    server = make_server("crash", **{"crash-after": 1})  # the warm-up check is request 1
    server.start()
    assert server.wait_ready(WAIT)
    first = server.pid
    _wait_for_warm_up(server)
    _crash(server)
    assert not server.ensure_running()  # noticed: restarting in the background
    assert server.state is ServerState.STARTING
    assert server.wait_ready(WAIT)
    assert server.pid != first and process_gone(first)


def test_a_second_crash_makes_it_unavailable(make_server):
    server = make_server("crash", **{"crash-after": 1})
    server.start()
    for _ in range(2):
        assert server.wait_ready(WAIT)
        _wait_for_warm_up(server)
        pid = server.pid
        _crash(server)
        server.ensure_running()
        assert process_gone(pid)
    assert not server.wait_ready(WAIT)
    assert server.state is ServerState.FAILED
    assert "stopped unexpectedly" in server.reason


def test_slow_start_reports_starting_until_it_answers(make_server, tmp_path):
    release = tmp_path / "release"
    server = make_server("slow", **{"release-file": release})
    server.start()
    assert not server.wait_ready(0.3)  # bounded wait: still starting, caller not blocked
    assert server.state is ServerState.STARTING
    assert not server.ensure_running()
    release.touch()
    assert server.wait_ready(WAIT)


def test_never_ready_gives_up_after_the_timeout_and_stops_the_process(make_server):
    server = make_server("never-ready", ready_timeout=1.0)
    server.start()
    assert not server.wait_ready(WAIT)
    assert server.state is ServerState.FAILED
    assert "did not answer within 1 s" in server.reason
    assert server.pid is None
    assert not _stand_in_processes()


def test_a_server_that_exits_at_once_is_unavailable_with_a_pointer_to_its_log(make_server):
    server = make_server("exit")
    server.start()
    assert not server.wait_ready(WAIT)
    assert server.state is ServerState.FAILED
    assert "exit code 1" in server.reason and "languagetool-server.log" in server.reason
    log = (server.work_dir / "languagetool-server.log").read_text()
    assert "could not load the server jar" in log


def test_a_server_that_dies_while_starting_gets_one_more_try(make_server, tmp_path):
    marker = tmp_path / "exited-once"
    server = make_server("exit-once", **{"marker-file": marker})
    server.start()
    assert server.wait_ready(WAIT)
    assert marker.exists()


def test_a_missing_program_is_unavailable(tmp_path):
    from arabesk_desk.spelling.languagetool_server import LocalLanguageToolServer, ServerOptions

    server = LocalLanguageToolServer(
        lambda port, props: [str(tmp_path / "no-such-java"), "--port", str(port)],
        tmp_path / "work",
        ServerOptions(ready_timeout=5, poll_interval=0.02),
    )
    server.start()
    assert not server.wait_ready(WAIT)
    assert server.state is ServerState.FAILED
    assert "could not be started" in server.reason
    server.close()


def test_close_during_a_slow_start_leaves_no_process(make_server, tmp_path):
    server = make_server("slow", **{"release-file": tmp_path / "never-created"})
    server.start()
    pid = _wait_for_pid(server)
    server.close()
    assert process_gone(pid)
    assert server.state is ServerState.STOPPED


def test_free_port_is_on_loopback_and_unused():
    port = free_port()
    assert 0 < port < 65536


def _wait_for_warm_up(server) -> None:
    """The warm-up request counts toward --crash-after; wait until it has arrived."""
    wait_until(lambda: check_requests(server) >= 1)


def _crash(server) -> None:
    pid = server.pid
    with contextlib.suppress(OSError):  # the stand-in exits without answering, like a JVM crash
        _post_check(server)
    psutil.Process(pid).wait(WAIT)


def _wait_for_pid(server) -> int:
    wait_until(lambda: server.pid is not None)
    return int(server.pid)


def _stand_in_processes() -> list[psutil.Process]:
    """Our running stand-in servers (children of this test process)."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if child.status() != psutil.STATUS_ZOMBIE and "fake_languagetool" in " ".join(
                child.cmdline()
            ):
                found.append(child)
        except psutil.NoSuchProcess:
            continue
    return found


def test_a_server_orphaned_by_a_killed_app_is_stopped_on_the_next_start(make_server, tmp_path):
    import json
    import subprocess
    import sys

    from arabesk_desk.spelling.server_record import record_path
    from tests.arabesk_desk.spelling.conftest import fake_command

    server = make_server()
    server.work_dir.mkdir(parents=True)
    properties = server.work_dir / "orphan.properties"
    properties.write_text("")
    orphan_port = free_port()
    orphan = subprocess.Popen(fake_command()(orphan_port, properties), start_new_session=True)
    wait_until(lambda: languages_answer(f"http://127.0.0.1:{orphan_port}/", timeout=1))
    gone_owner = subprocess.Popen([sys.executable, "-c", "pass"])
    gone_owner.wait()
    record = {"server": orphan.pid, "owner": gone_owner.pid}
    record_path(server.work_dir, gone_owner.pid).write_text(json.dumps(record))
    try:
        server.start()
        assert server.wait_ready(WAIT)
        orphan.wait(WAIT)  # stopped by the new start, not left running
        assert orphan.returncode is not None
        assert not record_path(server.work_dir, gone_owner.pid).exists()
        recorded = json.loads(record_path(server.work_dir).read_text())
        assert recorded == {"server": server.pid, "owner": psutil.Process().pid}
    finally:
        if orphan.poll() is None:
            orphan.kill()
            orphan.wait()
    server.close()
    assert not list(server.work_dir.glob("languagetool-server.*.pid"))


def test_a_server_whose_app_still_runs_is_left_alone(make_server):
    import json

    from arabesk_desk.spelling.server_record import record_path, stop_orphans

    other = make_server()
    other.start()
    assert other.wait_ready(WAIT)
    record = {"server": other.pid, "owner": psutil.Process().ppid()}  # a living owner
    record_path(other.work_dir, record["owner"]).write_text(json.dumps(record))
    assert stop_orphans(other.work_dir) == []
    assert psutil.pid_exists(other.pid)
