"""A fast fake Telegram Bot API over HTTP on 127.0.0.1, for load benchmarks and end-to-end tests.

A bare asyncio HTTP/1.1 server (keep-alive, Content-Length or chunked bodies, one request
at a time per connection, as httpx sends them): about 2.5 times the throughput of a
tornado.web handler on the same core, which matters when the bot under test shares two cores
with it. It answers `getMe`, `getUpdates` (a long poll
on a queue, with Telegram's offsets: a call with `offset=N` confirms and drops every update
below N, so a bot killed before confirming gets them again), `sendMessage`,
`editMessageText`, `answerCallbackQuery`, `setMyCommands`, `deleteWebhook`, `setWebhook`, and
`True` for any other method. Every call is recorded with its arrival time
(`time.perf_counter()`), and `on_call` sees it at once, in the server's loop.

Two ways to run it:
- in a running asyncio loop (the load bench): `api = FakeBotApi(); await api.start()`;
- from synchronous code (tests): `with FakeBotApi().running() as api:` serves it from a
  background thread; `push`, `wait_for` and `calls` are safe to use from the test's thread.

`python -m bench.fake_bot_api` measures its own throughput (bounded, a few seconds).
"""

from __future__ import annotations

import asyncio
import binascii
import contextlib
import itertools
import json
import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

CHECKOUT = Path(__file__).resolve().parent.parent  # the repository the bench belongs to

BOT_USERNAME = "forfait_bench_bot"
BOT_USER = {
    "id": 987654,
    "is_bot": True,
    "first_name": "Forfait",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
# Parameters PTB sends JSON-encoded (form values); every other one is kept as the raw string,
# so that a typed "85" stays the text "85".
JSON_PARAMS = frozenset(
    {
        "chat_id",
        "message_id",
        "reply_markup",
        "link_preview_options",
        "reply_parameters",
        "entities",
        "commands",
        "scope",
        "allowed_updates",
        "offset",
        "limit",
        "timeout",
        "drop_pending_updates",
        "show_alert",
        "cache_time",
        "results",
        "is_personal",
        "max_connections",
        "disable_notification",
        "protect_content",
    }
)
MAX_LONG_POLL = 1.0  # seconds a getUpdates waits at most, whatever timeout the bot asked


@dataclass(slots=True)
class ApiCall:
    """One Bot API request as the fake received it."""

    t: float  # time.perf_counter() at arrival
    method: str
    params: dict[str, Any]
    token: str = ""

    @property
    def chat_id(self) -> int | None:
        chat = self.params.get("chat_id")
        try:
            return int(chat) if chat is not None else None
        except (TypeError, ValueError):
            return None

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback data) of the inline keyboard, row after row."""
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        return [(b.get("text", ""), b.get("callback_data", "")) for row in rows for b in row]


def decode_params(body: bytes, content_type: str) -> dict[str, Any]:
    """The parameters of a Bot API request: JSON body, or form values (JSON where PTB uses it)."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        data = json.loads(body)
        return data if isinstance(data, dict) else {}
    params: dict[str, Any] = {}
    for pair in body.decode("utf-8", "replace").split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        key, value = _unquote(key), _unquote(value)
        if key in JSON_PARAMS:
            try:
                params[key] = json.loads(value)
                continue
            except ValueError:
                pass
        params[key] = value
    return params


# What urlencode makes of a value: safe characters, "+" for a space, %XX for every other byte.
_ENCODED = re.compile(r"(?:[A-Za-z0-9_.~+-]|%[0-9A-Fa-f]{2})*")


def _unquote(text: str) -> str:
    """`unquote_plus` (what `parse_qsl` applies), 10 times faster on what urlencode produces.

    `unquote_plus` walks a message's text in Python, byte escape by byte escape: 60 µs for a
    question of 500 characters, most of this process's parsing of a sendMessage; the fake
    Bot API then took CPU the bot under test needed (the two share two cores). For a value
    made only of safe characters and %XX, %XX is quoted-printable's =XX: `binascii` decodes it
    in C. Anything else (a bare "%", an "=") goes through `unquote_plus`."""
    if "%" not in text:
        return text.replace("+", " ")
    if not _ENCODED.fullmatch(text):
        return unquote_plus(text)
    qp = text.replace("+", " ").replace("%", "=").encode("ascii")
    return binascii.a2b_qp(qp).decode("utf-8", "replace")


@dataclass
class _Failure:
    code: int
    description: str


class FakeBotApi:
    """The Bot API, fast enough for thousands of requests per second on one core."""

    def __init__(
        self,
        *,
        bot_user: dict[str, Any] | None = None,
        on_call: Callable[[ApiCall], None] | None = None,
        max_long_poll: float = MAX_LONG_POLL,
        record: bool = True,
    ) -> None:
        self.bot_user = bot_user or BOT_USER
        self.on_call = on_call
        self.max_long_poll = max_long_poll
        self.record = record
        self.calls: list[ApiCall] = []
        self.base_url = ""
        self.confirmed = 0  # the highest getUpdates offset seen: updates below it are gone
        self._queue: deque[dict[str, Any]] = deque()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1_000_000)
        self._waiters: set[asyncio.Future[None]] = set()
        self._failures: dict[str, list[_Failure]] = {}
        self._server: asyncio.Server | None = None
        self._connections: set[_Connection] = set()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    # ---- serving -----------------------------------------------------------------------

    async def start(self, port: int = 0) -> str:
        """Listen on 127.0.0.1 (a free port by default); return the base URL."""
        self._loop = asyncio.get_running_loop()
        self._server = await self._loop.create_server(
            lambda: _Connection(self), "127.0.0.1", port, backlog=1024
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        return self.base_url

    async def stop(self) -> None:
        for fut in list(self._waiters):
            if not fut.done():
                fut.set_result(None)
        if self._server is not None:
            self._server.close()
            for conn in list(self._connections):
                conn.close()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 2.0)
            self._server = None

    @contextlib.contextmanager
    def running(self, port: int = 0, timeout: float = 5.0) -> Iterator[FakeBotApi]:
        """Serve from a background thread with its own loop, for synchronous callers."""
        ready = threading.Event()
        stop: list[asyncio.Event] = []
        errors: list[BaseException] = []

        async def serve() -> None:
            try:
                await self.start(port)
                stop.append(asyncio.Event())
            except BaseException as e:  # reported to the caller below
                errors.append(e)
                return
            finally:
                ready.set()
            await stop[0].wait()
            await self.stop()

        self._thread = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True)
        self._thread.start()
        if not ready.wait(timeout) or errors:
            raise RuntimeError(f"fake Bot API did not start: {errors}")
        try:
            yield self
        finally:
            assert self._loop is not None
            self._loop.call_soon_threadsafe(stop[0].set)
            self._thread.join(timeout)

    # ---- updates -----------------------------------------------------------------------

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates (an `update_id` is given if missing); thread-safe."""
        if "update_id" not in update:
            update["update_id"] = self.next_update_id()
        loop = self._loop
        if loop is not None and self._thread is not None and not _in_loop(loop):
            loop.call_soon_threadsafe(self._push, update)
        else:
            self._push(update)
        return update["update_id"]

    def _push(self, update: dict[str, Any]) -> None:
        self._queue.append(update)
        waiters, self._waiters = self._waiters, set()
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    @property
    def pending_updates(self) -> int:
        return len(self._queue)

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = max(1, min(int(params.get("limit") or 100), 100))
        timeout = min(float(params.get("timeout") or 0), self.max_long_poll)
        if offset > 0:
            self.confirmed = max(self.confirmed, offset)
            while self._queue and self._queue[0]["update_id"] < offset:
                self._queue.popleft()
        if not self._queue and timeout > 0:
            fut = asyncio.get_running_loop().create_future()
            self._waiters.add(fut)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(fut, timeout)
            self._waiters.discard(fut)
        return list(itertools.islice(self._queue, limit))

    # ---- answers -----------------------------------------------------------------------

    def fail_next(self, method: str, code: int, description: str) -> None:
        """Make the next call of `method` fail the way the Bot API does."""
        self._failures.setdefault(method, []).append(_Failure(code, description))

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return self.bot_user
        if method in ("sendMessage", "editMessageText"):
            if method == "editMessageText" and "inline_message_id" in params:
                return True
            chat_id = params.get("chat_id")
            chat_id = chat_id if isinstance(chat_id, int) else 0
            return {
                "message_id": params.get("message_id") or next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                "from": self.bot_user,
                "text": params.get("text", ""),
            }
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        return True

    def _record(self, token: str, method: str, params: dict[str, Any]) -> bytes | None:
        """Record the call; the error body when a failure was scheduled for this method."""
        call = ApiCall(time.perf_counter(), method, params, token)
        if self.record:
            self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        failures = self._failures.get(method)
        if failures:
            f = failures.pop(0)
            body = {"ok": False, "error_code": f.code, "description": f.description}
            return json.dumps(body).encode()
        return None

    def handle_now(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, bytes]:
        """Any method but getUpdates, answered at once."""
        error = self._record(token, method, params)
        if error is not None:
            return json.loads(error)["error_code"], error
        result = self._result(method, params)
        return 200, json.dumps({"ok": True, "result": result}, ensure_ascii=False).encode()

    async def handle(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, bytes]:
        if method != "getUpdates":
            return self.handle_now(token, method, params)
        error = self._record(token, method, params)
        if error is not None:
            return json.loads(error)["error_code"], error
        result = await self._get_updates(params)
        return 200, json.dumps({"ok": True, "result": result}, ensure_ascii=False).encode()

    # ---- helpers for synchronous tests ---------------------------------------------------

    def wait_for(
        self, predicate: Callable[[ApiCall], bool], timeout: float = 10.0, start: int = 0
    ) -> ApiCall:
        """The first recorded call from index `start` on that satisfies `predicate`."""
        deadline = time.monotonic() + timeout
        seen = start
        while True:
            calls = self.calls[seen:]  # a copy: the server thread may append meanwhile
            for call in calls:
                if predicate(call):
                    return call
            seen += len(calls)
            if time.monotonic() > deadline:
                raise TimeoutError(f"no matching Bot API call within {timeout} s")
            time.sleep(0.005)

    def sent(self, chat_id: int, start: int = 0) -> list[ApiCall]:
        """The sendMessage calls to a chat, from call index `start` on."""
        return [c for c in self.calls[start:] if c.method == "sendMessage" and c.chat_id == chat_id]


def _in_loop(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


REQUEST_LINE = re.compile(rb"^([A-Z]+) /bot([^/ ]*)/(\w+)(?:\?(\S*))? HTTP/1\.([01])$")
MAX_HEAD = 64 * 1024


class _Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection; requests are answered in order, one at a time."""

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        self.busy = False  # a request (a long poll) is being answered
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.api._connections.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.api._connections.discard(self)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if not self.busy:
            self._next()

    def _next(self) -> None:
        """Parse and answer buffered requests until one has to wait (getUpdates)."""
        while not self.closed:
            request = self._parse()
            if request is None:
                return
            token, api_method, params, keep_alive = request
            if api_method == "getUpdates":  # a long poll: later requests wait their turn
                self.busy = True
                task = asyncio.ensure_future(self.api.handle(token, api_method, params))
                task.add_done_callback(lambda t, k=keep_alive: self._done(t, k))
                return
            status, body = self.api.handle_now(token, api_method, params)
            self._write(status, body, keep_alive)

    def _done(self, task: asyncio.Future[tuple[int, bytes]], keep_alive: bool) -> None:
        self.busy = False
        if task.cancelled() or self.closed:
            return
        status, body = task.result()
        self._write(status, body, keep_alive)
        self._next()

    def _write(self, status: int, body: bytes, keep_alive: bool) -> None:
        if self.closed or self.transport is None:
            return
        reason = b"OK" if status == 200 else b"Error"
        head = b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % (
            status,
            reason,
            len(body),
        )
        if not keep_alive:
            head += b"Connection: close\r\n"
        self.transport.write(head + b"\r\n" + body)
        if not keep_alive:
            self.transport.close()

    def _parse(self) -> tuple[str, str, dict[str, Any], bool] | None:
        end = self.buf.find(b"\r\n\r\n")
        if end < 0:
            if len(self.buf) > MAX_HEAD:
                self._write(431, b'{"ok":false}', False)
            return None
        lines = bytes(self.buf[:end]).split(b"\r\n")
        match = REQUEST_LINE.match(lines[0])
        headers: dict[bytes, bytes] = {}
        for line in lines[1:]:
            key, _, value = line.partition(b":")
            headers[key.strip().lower()] = value.strip()
        body_start = end + 4
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            parsed = _dechunk(self.buf, body_start)
            if parsed is None:
                return None
            body, consumed = parsed
        else:
            length = int(headers.get(b"content-length") or 0)
            if len(self.buf) < body_start + length:
                if headers.get(b"expect", b"").lower() == b"100-continue" and self.transport:
                    self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                    headers.pop(b"expect")
                return None
            body, consumed = bytes(self.buf[body_start : body_start + length]), body_start + length
        del self.buf[:consumed]
        if match is None:
            self._write(404, b'{"ok":false,"error_code":404,"description":"Not Found"}', True)
            return self._parse()
        _verb, token, api_method, query, minor = match.groups()
        content_type = headers.get(b"content-type", b"").decode("latin-1")
        params = decode_params(body, content_type)
        if not params and query:
            params = decode_params(query, "application/x-www-form-urlencoded")
        connection = headers.get(b"connection", b"").lower()
        keep_alive = connection != b"close" and (minor == b"1" or connection == b"keep-alive")
        return token.decode(), api_method.decode(), params, keep_alive


def _dechunk(buf: bytearray, start: int) -> tuple[bytes, int] | None:
    """A chunked body: (body, bytes consumed from buf), or None while incomplete."""
    body = bytearray()
    pos = start
    while True:
        eol = buf.find(b"\r\n", pos)
        if eol < 0:
            return None
        size = int(bytes(buf[pos:eol]).split(b";")[0], 16)
        pos = eol + 2
        if size == 0:
            trailer_end = buf.find(b"\r\n", pos)
            if trailer_end < 0:
                return None
            return bytes(body), trailer_end + 2
        if len(buf) < pos + size + 2:
            return None
        body += buf[pos : pos + size]
        pos += size + 2


# ---- self-benchmark --------------------------------------------------------------------------


def _client(port: int, n: int, out: Any) -> None:
    """Keep-alive sendMessage requests with http.client (a separate process)."""
    import http.client
    from urllib.parse import urlencode

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    body = urlencode({"chat_id": "42", "text": "Bonjour", "parse_mode": "HTML"})
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    for _ in range(n):
        conn.request("POST", "/bot123:abc/sendMessage", body, headers)
        conn.getresponse().read()
    conn.close()
    out.put(n)


def main() -> None:
    import argparse
    import multiprocessing

    parser = argparse.ArgumentParser(description="Throughput of the fake Bot API alone.")
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    api = FakeBotApi(record=True)
    with api.running():
        per_client = args.requests // args.clients
        out: Any = multiprocessing.Queue()
        procs = [
            multiprocessing.Process(target=_client, args=(api.port, per_client, out))
            for _ in range(args.clients)
        ]
        start = time.perf_counter()
        for p in procs:
            p.start()
        done = sum(out.get(timeout=120) for _ in procs)
        elapsed = time.perf_counter() - start
        for p in procs:
            p.join(10)
            if p.is_alive():
                p.kill()
    print(
        f"fake Bot API: {done} sendMessage in {elapsed:.2f} s = {done / elapsed:.0f} requests/s "
        f"({args.clients} keep-alive clients, recorded: {len(api.calls)})"
    )


if __name__ == "__main__":
    main()


def bot_env(api: FakeBotApi, token: str, data: Path, **extra: str) -> dict[str, str]:
    """The environment of a `forfait-bot run` that talks to this fake Bot API: the caller's,
    minus its own Telegram and forfait-bot settings and proxies, plus `extra`. The bot runs
    the code of this checkout (first on PYTHONPATH), not the one the virtual environment was
    installed from: the bot starts in a scratch directory."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "FORFAIT_BOT_")) and "proxy" not in k.lower()
    }
    paths = [str(CHECKOUT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env.update(
        PYTHONPATH=os.pathsep.join(paths),
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_BASE_URL=api.base_url,
        FORFAIT_BOT_DATA=str(data),
        NO_PROXY="127.0.0.1,localhost",
    )
    env.update(extra)
    return env
