"""A real redis-server for the tests: one per test session, on a free port, no persistence.

Import the fixture in a test module (`from redis_server import redis_server`). When the
binary is missing the fixture fails, it never skips: `make test` installs it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

START_TIMEOUT = 10.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(binary: str, workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    log = workdir / f"redis-{port}.log"
    args = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    proc = subprocess.Popen(
        [binary, *args, "--logfile", str(log)],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if client.ping():
                    return proc, url
            except redis.ConnectionError:
                time.sleep(0.02)
    finally:
        client.close()
    proc.kill()
    proc.wait()
    out = log.read_text(errors="replace") if log.exists() else ""
    raise RuntimeError(f"redis-server n'a pas répondu sur le port {port} :\n{out}")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a running redis-server, stopped at the end of the session."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail(
            "redis-server est introuvable : les tests du stockage Redis en ont besoin. "
            "Lancez « make test », qui l'installe.",
            pytrace=False,
        )
    workdir = tmp_path_factory.mktemp("redis")
    for attempt in range(3):  # the free port may be taken between the probe and the start
        try:
            proc, url = _start(binary, workdir)
            break
        except RuntimeError:
            if attempt == 2:
                raise
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
