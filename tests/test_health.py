"""`forfait-bot health` (bot/health.py): knowledge, the store's integrity, the Bot API.

It used to say OK on a corrupted SQLite file (it only loaded one session) and never asked
Telegram whether the token still worked.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import redis
from redis_server import redis_server  # noqa: F401  (session fixture)
from telegram_harness import TOKEN

from bot.cli import main
from bot.session import Session
from bot.store import SqliteStore

PAGE = 4096


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for var in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "FORFAIT_BOT_REDIS_URL"):
        monkeypatch.delenv(var, raising=False)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("FORFAIT_BOT_DATA", str(tmp_path))
    return monkeypatch


def health(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["health"])
    return code, capsys.readouterr().out


def _fill(path: Path, sessions: int = 400) -> None:
    async def fill() -> None:
        store = SqliteStore(path)
        for chat in range(1, sessions + 1):
            await store.save(Session(chat_id=chat, profession="medecin"))
        await store.close()  # the last connection: the WAL is folded into the file

    asyncio.run(fill())


def test_healthy_sqlite_store(env: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:
    _fill(tmp_path / "sessions.sqlite3")
    code, out = health(capsys)
    assert code == 0, out
    assert "Stockage : OK (SQLite, intégrité vérifiée)" in out
    assert "Bot API : non vérifié (TELEGRAM_BOT_TOKEN absent)" in out


def test_a_corrupted_sqlite_file_is_unhealthy(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    db = tmp_path / "sessions.sqlite3"
    _fill(db)
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    assert pages > 10
    # A leaf page far from the first sessions: loading one session still works.
    start = (pages - 3) * PAGE
    data[start + 100 : start + PAGE] = b"\xa5" * (PAGE - 100)
    db.write_bytes(bytes(data))
    code, out = health(capsys)
    assert code == 1, out
    assert "Stockage : EN PANNE" in out and out.rstrip().endswith("En panne")


class FakeGetMe:
    """A Bot API answering getMe with `status` (200: the bot; 401: token revoked)."""

    def __init__(self, status: int) -> None:
        def answer(handler: BaseHTTPRequestHandler) -> None:
            handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
            if status == 200:
                me = {"id": 7, "is_bot": True, "first_name": "Forfaits", "username": "forfait_bot"}
                payload: dict[str, Any] = {"ok": True, "result": me}
            else:
                payload = {"ok": False, "error_code": status, "description": "Unauthorized"}
            body = json.dumps(payload).encode()
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        handler = type(
            "Handler",
            (BaseHTTPRequestHandler,),
            {"do_POST": answer, "do_GET": answer, "log_message": lambda *a: None},
        )
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"


@pytest.fixture
def bot_api(request: pytest.FixtureRequest) -> Iterator[FakeGetMe]:
    api = FakeGetMe(request.param)
    thread = threading.Thread(target=api.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield api
    api.server.shutdown()
    api.server.server_close()


@pytest.mark.parametrize("bot_api", [200], indirect=True)
def test_the_bot_api_accepts_the_token(env: pytest.MonkeyPatch, bot_api: FakeGetMe, capsys):
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("TELEGRAM_API_BASE_URL", bot_api.url)
    code, out = health(capsys)
    assert code == 0, out
    assert "Bot API : OK (@forfait_bot)" in out


@pytest.mark.parametrize("bot_api", [401], indirect=True)
def test_a_revoked_token_is_unhealthy(env: pytest.MonkeyPatch, bot_api: FakeGetMe, capsys):
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("TELEGRAM_API_BASE_URL", bot_api.url)
    code, out = health(capsys)
    assert code == 1, out
    assert "Bot API : EN PANNE (jeton refusé par Telegram)" in out
    assert TOKEN not in out


def test_an_unreachable_bot_api_is_unhealthy(env: pytest.MonkeyPatch, capsys):
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9")  # discard: nothing listens
    code, out = health(capsys)
    assert code == 1, out
    assert "Bot API : EN PANNE (Bot API injoignable" in out


def test_redis_store(env: pytest.MonkeyPatch, redis_server: str, capsys) -> None:  # noqa: F811
    env.setenv("FORFAIT_BOT_REDIS_URL", redis_server)
    code, out = health(capsys)
    assert code == 0, out
    assert "Stockage : OK (Redis, écritures sur disque en ordre)" in out
    with redis.Redis.from_url(redis_server) as client:
        port = client.connection_pool.connection_kwargs["port"]
    env.setenv("FORFAIT_BOT_REDIS_URL", f"redis://127.0.0.1:{port + 1}/0")  # nothing there
    code, out = health(capsys)
    assert code == 1 and "Stockage : EN PANNE (stockage injoignable" in out, out
