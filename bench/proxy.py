"""The shipped nginx config (deploy/nginx-webhook.conf), run for real on 127.0.0.1.

Used by `bench/load_bench.py --proxy` (the scale profile through the proxy) and by
tests/test_webhook_proxy.py. The config is the shipped one with only what cannot hold on this
machine replaced: a self-signed certificate, free ports instead of 443/80/8080, the given
webhook ports instead of the compose replicas, and the webhook's path. `trusted` addresses
are added to the Telegram ranges of its `geo` block: the load comes from 127.0.0.1, which
stands in for one of Telegram's few source addresses.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NGINX_CONF = ROOT / "deploy" / "nginx-webhook.conf"
TELEGRAM_RANGES = ("149.154.160.0/20", "91.108.4.0/22")


def nginx_binary() -> str | None:
    found = shutil.which("nginx")
    if found:
        return found
    return "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def render(
    tmp: Path, backends: list[int], https: int, *, path: str, trusted: tuple[str, ...]
) -> Path:
    """Write the certificate, the adapted snippet and a main nginx.conf under `tmp`."""
    certs = tmp / "certs"
    certs.mkdir(parents=True)
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=localhost", "-keyout", str(certs / "privkey.pem")),
            *("-out", str(certs / "fullchain.pem")),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    conf = NGINX_CONF.read_text(encoding="utf-8").replace("/etc/nginx/certs", str(certs))
    servers = "".join(
        f"\n    server 127.0.0.1:{port} max_fails=3 fail_timeout=10s;" for port in backends
    )
    conf = re.sub(r"(\s*server\s+bot-\d+:8443[^;]*;)+", servers, conf, count=1)
    conf = re.sub(r"server\s+bot-\d+:", "server 127.0.0.1:", conf)  # the Mini App's, unused
    conf = re.sub(r"listen\s+443\s+ssl;", f"listen 127.0.0.1:{https} ssl;", conf)
    conf = re.sub(r"listen\s+80;", f"listen 127.0.0.1:{free_port()};", conf)
    conf = conf.replace("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{free_port()};")
    conf = conf.replace("location = /telegram {", f"location = {path} {{")
    last_range = re.escape(TELEGRAM_RANGES[-1])
    for source in trusted:
        conf = re.sub(rf"({last_range}\s+(\S+);)", rf"\1\n    {source} \2;", conf)
    (tmp / "webhook.conf").write_text(conf, encoding="utf-8")
    (tmp / "logs").mkdir()
    main = tmp / "nginx.conf"
    main.write_text(
        f"pid {tmp}/nginx.pid;\nerror_log {tmp}/logs/error.log;\nworker_processes 1;\n"
        "events { worker_connections 4096; }\n"
        f"http {{\n  access_log off;\n  include {tmp}/webhook.conf;\n}}\n",
        encoding="utf-8",
    )
    return main


@contextmanager
def nginx(
    tmp: Path,
    backends: list[int],
    *,
    path: str = "/telegram",
    trusted: tuple[str, ...] = (),
) -> Iterator[tuple[int, int]]:
    """nginx in the foreground; yields (https port, pid). Stopped on exit, whatever happens."""
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed (Debian: nginx-light)")
    https = free_port()
    conf = render(tmp, backends, https, path=path, trusted=trusted)
    proc = subprocess.Popen(
        [binary, "-p", str(tmp), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", https), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "") from None
                if time.monotonic() > deadline:
                    raise RuntimeError("nginx did not start") from None
                time.sleep(0.05)
        yield https, proc.pid
    finally:
        proc.terminate()
        proc.wait(10)
