"""End to end over HTTP on 127.0.0.1: a fake Bot API server, real polling and a real webhook."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import pytest
from telegram_harness import TOKEN, Call, RecordingRequest, Updates, plain

from bot.engine import Engine
from bot.store import SqliteStore
from bot.telegram_app import build_application

ALICE = 1001
SECRET = "s3cret-Token_42"


class FakeBotApi:
    """The Bot API over HTTP: queued updates for getUpdates, every call recorded."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.pending: list[dict[str, Any]] = []
        self.cond = threading.Condition()
        self.answers = RecordingRequest()  # builds the same results as the in-process fake
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                method = self.path.rsplit("/", 1)[-1]
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(body or "{}")
                else:
                    params = {k: _decode(v) for k, v in parse_qsl(body)}
                result = api.handle(method, params, self.path)
                payload = json.dumps({"ok": True, "result": result}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                with contextlib.suppress(OSError):  # a long poll cancelled by the client
                    self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:  # keep the test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self.paths: list[str] = []

    def handle(self, method: str, params: dict[str, Any], path: str) -> Any:
        with self.cond:
            self.calls.append(Call(method, params))
            self.paths.append(path)
            self.cond.notify_all()
            if method != "getUpdates":
                return self.answers.result(method, params)
            offset = int(params.get("offset") or 0)
            wait = min(float(params.get("timeout") or 0), 0.5)
            self.cond.wait_for(lambda: any(u["update_id"] >= offset for u in self.pending), wait)
            return [u for u in self.pending if u["update_id"] >= offset]

    def push(self, update: dict[str, Any]) -> None:
        with self.cond:
            self.pending.append(update)
            self.cond.notify_all()

    async def wait_for(self, method: str, text: str = "", timeout: float = 5.0) -> Call:
        """The first call of `method` (whose text contains `text`), once it has come."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.cond:
                found = [c for c in self.calls if c.method == method and text in plain(c.text)]
            if found:
                return found[0]
            await asyncio.sleep(0.01)
        raise AssertionError(f"no {method} within {timeout} s; calls: {self.calls}")


def _decode(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


@pytest.fixture
def fake_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotApi]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    api = FakeBotApi()
    thread = threading.Thread(target=api.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield api
    api.server.shutdown()
    api.server.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_polling_end_to_end(engine: Engine, store: SqliteStore, fake_api: FakeBotApi):
    # TELEGRAM_API_BASE_URL may name the server root: "/bot" and "/file/bot" are added.
    app = build_application(TOKEN, engine=engine, store=store, base_url=fake_api.base_url)
    fake_api.push(Updates().message(ALICE, "/start dentiste_2024"))
    async with app:
        await app.start()
        await app.updater.start_polling(timeout=1, poll_interval=0)
        reply = await fake_api.wait_for("sendMessage", "au moins un DMP")
        await app.updater.stop()
        await app.stop()
    assert reply.chat_id == ALICE and reply.buttons
    assert all(path.startswith(f"/bot{TOKEN}/") for path in fake_api.paths)
    assert app.bot.base_file_url == f"{fake_api.base_url}/file/bot{TOKEN}"


def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json", **headers}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


async def test_webhook_checks_the_secret_token(
    engine: Engine, store: SqliteStore, fake_api: FakeBotApi
):
    app = build_application(TOKEN, engine=engine, store=store, base_url=f"{fake_api.base_url}/bot")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    body = json.dumps(Updates().message(ALICE, "/aide")).encode()
    async with app:
        await app.start()
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="telegram",
            webhook_url="https://bot.example.org/telegram",
            secret_token=SECRET,
        )
        missing = await asyncio.to_thread(_post, url, body, {})
        wrong = await asyncio.to_thread(
            _post, url, body, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
        )
        assert not [c for c in fake_api.calls if c.method == "sendMessage"]
        right = await asyncio.to_thread(
            _post, url, body, {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        reply = await fake_api.wait_for("sendMessage", "/reprendre")
        await app.updater.stop()
        await app.stop()
    assert (missing, wrong, right) == (403, 403, 200)
    assert reply.chat_id == ALICE
    hook = next(c for c in fake_api.calls if c.method == "setWebhook")
    assert hook.params["url"] == "https://bot.example.org/telegram"
    assert hook.params["secret_token"] == SECRET
