"""The webhook's HTTP server: Telegram's POSTs in, updates onto the application's queue.

PTB's own webhook server answers 500 to a body that is not JSON, reads a body of any size
(up to 100 MB) before it checks the secret, and lets a half-sent request hold its connection
for ever. This one is tornado too, and checks in order, each before reading any more:

- the secret header (403), then the announced length (413 above `Limits.max_body`);
- the headers must arrive within `header_timeout` and the body within `body_timeout`, else
  the connection is closed (a keep-alive connection idle that long is closed too);
- the body must be UTF-8 JSON describing an update (400 otherwise, logged without content).

A valid update is journaled (bot/journal.py), goes onto `app.update_queue` and is answered
200 with an empty body; 503 when the journal cannot be written (Telegram sends it again).
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import tornado.web
from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.journal import UpdateJournal

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass(frozen=True)
class Limits:
    """What one request may cost. Telegram's updates are a few kilobytes; 1 MiB is plenty
    and matches nginx's client_max_body_size (deploy/nginx-webhook.conf)."""

    max_body: int = 1 << 20
    max_header: int = 16 << 10
    header_timeout: float = 30.0  # nginx keeps idle upstream connections 20 s, less than this
    body_timeout: float = 10.0


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    """POST /<path>: one update. Refusals never read the body."""

    SUPPORTED_METHODS = ("POST",)  # type: ignore[assignment]

    def initialize(
        self, app: Application, secret: bytes, max_body: int, journal: UpdateJournal | None
    ) -> None:
        self.app = app
        self.journal = journal
        self.secret = secret
        self.max_body = max_body
        self.body = bytearray()

    def prepare(self) -> None:
        token = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(token, self.secret):  # anyone on the internet: not a warning
            self._refuse(HTTPStatus.FORBIDDEN, "secret absent ou faux", logging.INFO)
            return
        length = self.request.headers.get("Content-Length", "0")
        if not length.isdigit():
            self._refuse(HTTPStatus.BAD_REQUEST, "longueur illisible")
        elif int(length) > self.max_body:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"{length} octets annoncés")

    def data_received(self, chunk: bytes) -> None:
        if not self._finished:
            self.body += chunk

    async def post(self) -> None:
        update = self._update()
        if update is None:
            return
        if self.journal is not None:
            try:
                await self.journal.record([self._data])
            except Exception as e:  # not acknowledged: Telegram delivers it again later
                self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, f"journal ({type(e).__name__})")
                return
        await self.app.update_queue.put(update)
        self.finish()

    def _update(self) -> Update | None:
        """The body as an update, or None after answering 400 (the reason, never the body)."""
        try:
            data: Any = json.loads(self.body.decode("utf-8"))
        except UnicodeDecodeError:
            return self._refuse(HTTPStatus.BAD_REQUEST, "corps non UTF-8")
        except json.JSONDecodeError:
            return self._refuse(HTTPStatus.BAD_REQUEST, "corps non JSON")
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return self._refuse(HTTPStatus.BAD_REQUEST, "pas une mise à jour")
        self._data = data
        try:
            return Update.de_json(data, self.app.bot)
        except Exception as e:  # any shape PTB cannot read: the sender's fault, not ours
            why = f"mise à jour illisible ({type(e).__name__})"
            return self._refuse(HTTPStatus.BAD_REQUEST, why)

    def _refuse(self, status: HTTPStatus, why: str, level: int = logging.WARNING) -> None:
        log.log(level, "Webhook : requête refusée (%d, %s)", status, why)
        self.set_status(status)
        self.finish()

    def set_default_headers(self) -> None:
        self.clear_header("Server")
        self.clear_header("Content-Type")


class BoundServer:
    """A tornado `HTTPServer` on `listen:port` (port 0: any free one, then read `port`)."""

    _server: HTTPServer
    listen: str
    port: int

    async def start(self) -> None:
        sockets = bind_sockets(self.port, self.listen)
        self.port = sockets[0].getsockname()[1]
        self._server.add_sockets(sockets)

    async def stop(self) -> None:
        self._server.stop()
        await self._server.close_all_connections()


class WebhookServer(BoundServer):
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
        path = "/" + path.strip("/")
        pattern = re.escape(path) + ("" if path == "/" else "/?")
        handler_args = {
            "app": app,
            "secret": secret.encode(),
            "max_body": limits.max_body,
            "journal": journal,
        }
        routes = tornado.web.Application(
            [(pattern, UpdateHandler, handler_args)], log_function=lambda _: None
        )
        self._server = HTTPServer(
            routes,
            max_body_size=limits.max_body,
            max_header_size=limits.max_header,
            idle_connection_timeout=limits.header_timeout,
            body_timeout=limits.body_timeout,
        )
        self.listen = listen
        self.port = port
