"""End to end over HTTP on 127.0.0.1: a fake Bot API server, real polling and a real webhook."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import pytest
from telegram.ext import Application
from telegram_harness import TOKEN, Call, RecordingRequest, Updates, plain

from bot.engine import Engine
from bot.store import SqliteStore
from bot.telegram_app import build_application
from bot.telegram_run import Settings, serve
from bot.webhook import Limits, WebhookServer

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


def _settings(port: int, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "token": TOKEN,
        "webhook_url": "https://bot.example.org/telegram",
        "secret": SECRET,
        "listen": "127.0.0.1",
        "port": port,
        "advisors": frozenset(),
        "concurrency": 8,
        "max_rate": 0,
        "bulk_rate": 25,
        "log_level": "INFO",
        "log_text": False,
    }
    return Settings(**{**values, **overrides})


@contextlib.asynccontextmanager
async def serving(app: Application, settings: Settings, api: FakeBotApi) -> AsyncIterator[None]:
    """`forfait-bot run`'s own serving loop, as a task; stopped by SIGTERM as in production."""
    task = asyncio.create_task(serve(app, settings))
    started = "setWebhook" if settings.webhook_url else "getUpdates"
    try:
        await api.wait_for(started)
        await asyncio.sleep(0.1)  # the application starts right after
        yield
    finally:
        if not task.done():  # its handler is installed while it runs
            os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(task, 10)


async def test_webhook_checks_the_secret_token(
    engine: Engine, store: SqliteStore, fake_api: FakeBotApi
):
    app = build_application(TOKEN, engine=engine, store=store, base_url=f"{fake_api.base_url}/bot")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    body = json.dumps(Updates().message(ALICE, "/aide")).encode()
    async with serving(app, _settings(port), fake_api):
        missing = await asyncio.to_thread(_post, url, body, {})
        wrong = await asyncio.to_thread(
            _post, url, body, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
        )
        assert not [c for c in fake_api.calls if c.method == "sendMessage"]
        right = await asyncio.to_thread(
            _post, url, body, {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        reply = await fake_api.wait_for("sendMessage", "/reprendre")
    assert (missing, wrong, right) == (403, 403, 200)
    assert reply.chat_id == ALICE
    hook = next(c for c in fake_api.calls if c.method == "setWebhook")
    assert hook.params["url"] == "https://bot.example.org/telegram"
    assert hook.params["secret_token"] == SECRET


async def test_polling_through_the_serving_loop(
    engine: Engine, store: SqliteStore, fake_api: FakeBotApi
):
    app = build_application(TOKEN, engine=engine, store=store, base_url=fake_api.base_url)
    stopped: list[str] = []

    async def post_shutdown(_: Application) -> None:
        stopped.append("post_shutdown")

    app.post_shutdown = post_shutdown
    fake_api.push(Updates().message(ALICE, "/aide"))
    async with serving(app, _settings(0, webhook_url=""), fake_api):
        await fake_api.wait_for("sendMessage", "/reprendre")
    assert stopped == ["post_shutdown"]
    assert not app.running


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{not json",
        '{"update_id": 1, "x": "\xe9"}'.encode("latin-1"),  # not UTF-8
        b"[1, 2]",
        b'{"message": {}}',  # no update_id
        b'{"update_id": 7, "message": {"chat": 3}}',  # a shape PTB cannot read
    ],
    ids=["empty", "malformed", "latin-1", "array", "no-update-id", "bad-shape"],
)
async def test_webhook_answers_400_to_a_body_that_is_not_an_update(
    engine: Engine, store: SqliteStore, fake_api: FakeBotApi, body: bytes
):
    app = build_application(TOKEN, engine=engine, store=store, base_url=f"{fake_api.base_url}/bot")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    good = json.dumps(Updates().message(ALICE, "/aide")).encode()
    async with serving(app, _settings(port), fake_api):
        bad = await asyncio.to_thread(_post, url, body, headers)
        after = await asyncio.to_thread(_post, url, good, headers)
        await fake_api.wait_for("sendMessage", "/reprendre")
    assert (bad, after) == (400, 200)
    sent = [plain(c.text) for c in fake_api.calls if c.method == "sendMessage"]
    assert not any("Désolé" in text for text in sent), "no apology: Telegram never sent it"


# ---- the webhook server's limits, over raw sockets -------------------------------------------

LIMITS = Limits(max_body=64 << 10, header_timeout=0.5, body_timeout=0.5)


@contextlib.asynccontextmanager
async def webhook(app: Application, limits: Limits = LIMITS) -> AsyncIterator[WebhookServer]:
    server = WebhookServer(
        app, listen="127.0.0.1", port=0, path="/telegram", secret=SECRET, limits=limits
    )
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def _head(length: int, secret: str = SECRET) -> bytes:
    return (
        "POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
        f"X-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


async def _exchange(port: int, data: bytes, wait: float = 3.0) -> tuple[bytes, float]:
    """Send `data` (and nothing more), then read until the server closes: (answer, seconds)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    started = time.monotonic()
    writer.write(data)
    await writer.drain()
    try:
        answer = await asyncio.wait_for(reader.read(), wait)
    except TimeoutError:
        answer = b"(still open)"
    except ConnectionResetError:  # closed with our bytes unread
        answer = b"(reset)"
    finally:
        writer.close()
    return answer, time.monotonic() - started


@pytest.fixture
async def bare_app(engine: Engine, store: SqliteStore) -> Application:
    return build_application(TOKEN, engine=engine, store=store, request=RecordingRequest())


@pytest.mark.parametrize("secret", ["wrong", ""])
async def test_a_huge_body_is_refused_on_its_headers_without_the_secret(
    bare_app: Application, secret: str
):
    async with webhook(bare_app, Limits()) as server:  # the production limits
        answer, seconds = await _exchange(server.port, _head(90 << 20, secret) + b"{")
    assert answer.startswith(b"HTTP/1.1 403"), answer[:80]
    assert seconds < 1


async def test_a_huge_body_is_refused_on_its_announced_length(bare_app: Application):
    async with webhook(bare_app, Limits()) as server:
        answer, seconds = await _exchange(server.port, _head(90 << 20) + b"{")
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    assert seconds < 1


async def test_a_chunked_body_over_the_limit_is_cut(bare_app: Application):
    async with webhook(bare_app) as server:
        head = _head(0).replace(b"Content-Length: 0", b"Transfer-Encoding: chunked")
        chunk = b"%x\r\n%s\r\n" % (100 << 10, b"x" * (100 << 10))
        answer, _ = await _exchange(server.port, head + chunk)
    assert not answer.startswith(b"HTTP/1.1 200")
    assert bare_app.update_queue.empty()


async def test_half_sent_requests_time_out(bare_app: Application):
    async with webhook(bare_app) as server:
        half_headers, t1 = await _exchange(server.port, _head(100)[:40])
        half_body, t2 = await _exchange(server.port, _head(100) + b'{"update_id": 1')
        idle, t3 = await _exchange(server.port, b"")
    assert (half_headers, half_body, idle) == (b"", b"", b"")  # closed, nothing answered
    assert max(t1, t2, t3) < 2
    assert bare_app.update_queue.empty()


async def test_production_limits_are_bounded():
    limits = Limits()
    assert limits.max_body <= 1 << 20
    assert 0 < limits.body_timeout <= 30 and 0 < limits.header_timeout <= 60


# ---- /metrics ------------------------------------------------------------------------------


def _get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers["Content-Type"], response.read().decode()


async def test_metrics_are_served_while_the_bot_runs(
    engine: Engine, store: SqliteStore, fake_api: FakeBotApi
):
    app = build_application(TOKEN, engine=engine, store=store, base_url=fake_api.base_url)
    port = _free_port()
    fake_api.push(Updates().message(ALICE, "/aide"))
    async with serving(app, _settings(0, webhook_url="", metrics_port=port), fake_api):
        await fake_api.wait_for("sendMessage", "/reprendre")
        status, kind, text = await asyncio.to_thread(_get, f"http://127.0.0.1:{port}/metrics")
    assert status == 200 and kind.startswith("text/plain")
    assert 'forfait_bot_updates_total{kind="command"}' in text
    for line in (
        "forfait_bot_update_seconds_bucket",
        "forfait_bot_apologies_total",
        'forfait_bot_queue_depth{kind="waiting"}',
        'forfait_bot_queue_depth{kind="handling"}',
        'forfait_bot_queue_depth{kind="received"}',
        "forfait_bot_reminders_due 0.0",
        "# TYPE forfait_bot_store_errors_total counter",
        "process_resident_memory_bytes",
    ):
        assert line in text, line
    with pytest.raises(OSError):  # stopped with the bot
        _get(f"http://127.0.0.1:{port}/metrics")
