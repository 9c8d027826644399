"""The webhook's HTTP server: Telegram's POSTs in, updates onto the application's queue.

PTB's own webhook server answers 500 to a body that is not JSON, reads a body of any size
(up to 100 MB) before it checks the secret, and lets a half-sent request hold its connection
for ever. This one checks in order, each before reading any more:

- the method, the path, the secret header (403), then the announced length (413 above
  `Limits.max_body`, also for a chunked body once it grows past it); a refusal closes the
  connection, the body unread;
- the headers must arrive within `header_timeout` and the body within `body_timeout`, else
  the connection is closed (a keep-alive connection idle that long is closed too);
- the body must be UTF-8 JSON describing an update (400 otherwise, logged without content).

A valid update is journaled (bot/journal.py), goes onto `app.update_queue` and is answered
200 with an empty body; 503 when the journal cannot be written (Telegram sends it again).

It is an asyncio protocol over llhttp (`httptools`, as the Bot API client in bot/http.py),
not tornado: under 200 updates/s, tornado's request cycle (a coroutine and several loop
turns per request, reads and writes of the socket from Python) delayed each 200 behind the
bot's own work, and Telegram sends no more than 40 requests at once (bench/README.md).
Requests of one connection are answered in order.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httptools
from telegram import Update
from telegram.ext import Application

from bot.journal import UpdateJournal

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
PAUSE_AFTER = 8  # requests of one connection awaiting their answer before it is read no more


@dataclass(frozen=True)
class Limits:
    """What one request may cost. Telegram's updates are a few kilobytes; 1 MiB is plenty
    and matches nginx's client_max_body_size (deploy/nginx-webhook.conf)."""

    max_body: int = 1 << 20
    max_header: int = 16 << 10
    header_timeout: float = 30.0  # nginx keeps idle upstream connections 20 s, less than this
    body_timeout: float = 10.0


class WebhookServer:
    """Listens on `listen:port` (port 0: any free one, then read `port`) for POSTs on `path`."""

    def __init__(
        self,
        app: Application,
        *,
        listen: str,
        port: int,
        path: str,
        secret: str,
        limits: Limits = Limits(),
        journal: UpdateJournal | None = None,
    ) -> None:
        self.app = app
        self.journal = journal
        self.listen = listen
        self.port = port
        self.path = "/" + path.strip("/")
        self.secret = secret.encode()
        self.limits = limits
        self.connections: set[_Connection] = set()
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: _Connection(self), self.listen or None, self.port
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for connection in list(self.connections):
            connection.close()
        await self._server.wait_closed()

    def routed(self, url: bytes) -> bool:
        path = url.partition(b"?")[0].decode("latin-1")
        return path == self.path or (self.path != "/" and path == self.path + "/")

    def accept(self, body: bytes) -> tuple[HTTPStatus, str] | asyncio.Future[None]:
        """A refusal (status, reason), or a future done once the update is journaled (at once
        without a journal); the update then goes onto the queue, before it is answered."""
        try:
            data: Any = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError:
            return HTTPStatus.BAD_REQUEST, "corps non UTF-8"
        except json.JSONDecodeError:
            return HTTPStatus.BAD_REQUEST, "corps non JSON"
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return HTTPStatus.BAD_REQUEST, "pas une mise à jour"
        try:
            update = Update.de_json(data, self.app.bot)
        except Exception as e:  # any shape PTB cannot read: the sender's fault, not ours
            return HTTPStatus.BAD_REQUEST, f"mise à jour illisible ({type(e).__name__})"
        if self.journal is None:
            written = asyncio.get_running_loop().create_future()
            written.set_result(None)
        else:
            written = self.journal.record_one(data)
        queue = self.app.update_queue
        written.add_done_callback(lambda w: w.exception() or queue.put_nowait(update))
        return written


class _Stop(Exception):
    """Raised from a parser callback once the request is refused: parse no further."""


class _Connection(asyncio.Protocol):
    """One client connection: requests parsed as their bytes come, answered in order."""

    def __init__(self, server: WebhookServer) -> None:
        self.server = server
        self.limits = server.limits
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.closing = False
        self.paused = False
        self.in_head = True  # reading a request line and headers
        self.head = 0  # bytes received while in_head
        # (refusal or journal write, keep-alive) per request, in the order they came
        self.answers: deque[tuple[tuple[HTTPStatus, str] | asyncio.Future[None], bool]] = deque()
        self._new_request()

    def _new_request(self) -> None:
        self.fields = 0  # bytes of request line and headers parsed
        self.url = b""
        self.secret = b""
        self.length = 0
        self.body = bytearray()

    # asyncio protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.server.connections.add(self)
        self._deadline(self.limits.header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closing = True
        self.server.connections.discard(self)
        self._deadline(None)

    def data_received(self, data: bytes) -> None:
        if self.closing:
            return
        if self.in_head:
            self.head += len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self.close()
        except httptools.HttpParserCallbackError:
            if not self.closing:  # else a callback refused the request (_Stop)
                log.exception("Webhook : requête refusée (500, erreur interne)")
                self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, "", level=None)
        except httptools.HttpParserError as e:
            self._refuse(HTTPStatus.BAD_REQUEST, f"HTTP illisible ({type(e).__name__})")
        if self.in_head and self.head > self.limits.max_header and not self.closing:
            self._refuse(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "en-têtes trop longs")

    # httptools callbacks

    def on_message_begin(self) -> None:
        self._new_request()

    def on_url(self, url: bytes) -> None:
        self.url += url
        self._count_head(len(url))

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_head(len(name) + len(value) + 4)
        name = name.lower()
        if name == b"x-telegram-bot-api-secret-token":
            self.secret = value
        elif name == b"content-length":
            self.length = int(value) if value.isdigit() else -1

    def on_headers_complete(self) -> None:
        self.in_head, self.head = False, 0
        self._deadline(self.limits.body_timeout)
        if self.parser.get_method() != b"POST":
            self._stop(HTTPStatus.METHOD_NOT_ALLOWED, "méthode")
        if not self.server.routed(self.url):
            self._stop(HTTPStatus.NOT_FOUND, "chemin inconnu", logging.INFO)
        if not hmac.compare_digest(self.secret, self.server.secret):
            # anyone on the internet: not a warning
            self._stop(HTTPStatus.FORBIDDEN, "secret absent ou faux", logging.INFO)
        if self.length < 0:
            self._stop(HTTPStatus.BAD_REQUEST, "longueur illisible")
        if self.length > self.limits.max_body:
            self._stop(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"{self.length} octets annoncés")

    def on_body(self, body: bytes) -> None:
        self.body += body
        if len(self.body) > self.limits.max_body:
            self._stop(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "corps trop long")

    def on_message_complete(self) -> None:
        self.in_head = True  # the next request's
        self._deadline(None)
        answer = self.server.accept(bytes(self.body))
        self.answers.append((answer, self.parser.should_keep_alive()))
        if isinstance(answer, asyncio.Future):
            answer.add_done_callback(lambda _: self._answer())
        else:
            self._answer()
        if len(self.answers) >= PAUSE_AFTER and self.transport is not None:
            self.transport.pause_reading()
            self.paused = True

    # answers

    def _answer(self) -> None:
        """Write the answers ready, in the order of their requests."""
        while self.answers and not self.closing:
            answer, keep_alive = self.answers[0]
            if isinstance(answer, asyncio.Future):
                if not answer.done():
                    return
                error = answer.exception()
                if error is not None:  # not acknowledged: Telegram delivers it again later
                    answer = HTTPStatus.SERVICE_UNAVAILABLE, f"journal ({type(error).__name__})"
            self.answers.popleft()
            if isinstance(answer, tuple):
                _log_refusal(*answer)
                self._write(answer[0], keep_alive)
            else:
                self._write(HTTPStatus.OK, keep_alive)
        if self.transport is not None and not self.closing and not self.answers:
            if self.paused:
                self.transport.resume_reading()
                self.paused = False
            if self.in_head:  # waiting for the next request
                self._deadline(self.limits.header_timeout)

    def _write(self, status: HTTPStatus, keep_alive: bool) -> None:
        assert self.transport is not None
        closing = b"" if keep_alive else b"Connection: close\r\n"
        self.transport.write(
            b"HTTP/1.1 %d %s\r\nContent-Length: 0\r\n%s\r\n"
            % (status, status.phrase.encode(), closing)
        )
        if not keep_alive:
            self.close()

    def _stop(self, status: HTTPStatus, why: str, level: int = logging.WARNING) -> None:
        """Refuse the request being read: answer (after those before it), close, parse no more."""
        self._refuse(status, why, level)
        raise _Stop

    def _refuse(self, status: HTTPStatus, why: str, level: int | None = logging.WARNING) -> None:
        if level is not None:
            _log_refusal(status, why, level)
        if self.transport is not None and not self.closing:
            if not self.answers:
                self._write(status, keep_alive=False)
            else:  # the answers before it are still awaited: they are not sent
                self.close()
        self.closing = True

    def _count_head(self, size: int) -> None:
        """Headers read whole in one chunk are bounded here; those still coming by the bytes
        received (data_received)."""
        self.fields += size
        if self.fields > self.limits.max_header:
            self._stop(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "en-têtes trop longs")

    def _deadline(self, seconds: float | None) -> None:
        """Close the connection unless the next step comes within `seconds` (None: no limit)."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if seconds is not None and not self.closing:
            self.timer = asyncio.get_running_loop().call_later(seconds, self.close)

    def close(self) -> None:
        self.closing = True
        self._deadline(None)
        if self.transport is not None:
            self.transport.close()


def _log_refusal(status: HTTPStatus, why: str, level: int = logging.WARNING) -> None:
    log.log(level, "Webhook : requête refusée (%d, %s)", status, why)
