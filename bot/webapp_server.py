"""The Mini App's web server (`FORFAIT_BOT_WEB_PORT`): the page, and its JSON endpoints.

- `GET /app/`: the page (bot/webapp/), then its script and style sheet;
- `GET /app/api/form?profession=..&exercice=..`: what the page shows (bot/webapp_form.py);
- `POST /app/api/estimate` `{"initData", "profile"}`: the JSON of `forfait-bot estimate
  --json` for that profile. initData missing, forged or older than a day: 401; a bad
  profile: 400 `{"erreur": "<the French message>"}`;
- `POST /app/api/preview` `{"profile"}`: the same without identity, for the read-only mode
  outside Telegram (advisors): it never reads nor writes a session;
- `POST /app/api/session` `{"initData"}`: the user's saved answers as a profile (or null);
- `POST /app/api/save` `{"initData", "profile"}`: the answers written into the user's private
  chat session, under the store's lock for that chat; then the chat is told (`notify`).

A body over `MAX_BODY` is refused (413) before it is read; every JSON endpoint answers JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from pathlib import Path
from typing import Any

import tornado.web
from tornado.httpserver import HTTPServer

from bot.bound_server import BoundServer
from bot.reminders import PARIS
from bot.session import Session, SessionDamaged
from bot.store import SessionStore
from bot.webapp_answers import apply_profile, session_profile
from bot.webapp_auth import InitDataError, user_id
from bot.webapp_form import form
from calculators.payload import estimate_payload
from calculators.profile import ProfileError
from knowledge import Knowledge

log = logging.getLogger(__name__)

ASSETS = Path(__file__).parent / "webapp"
MAX_BODY = 16 << 10  # a whole profile is about 1 kB
UNAUTHORIZED = (
    "Identité Telegram absente, fausse ou expirée\u202f: rouvrez le simulateur depuis le bot."
)
Notify = Callable[[int], Awaitable[None]]


class WebApp:
    """What the endpoints do, apart from HTTP: knowledge, token, store and how to tell a chat."""

    def __init__(
        self,
        kb: Knowledge,
        token: str,
        store: SessionStore | None = None,
        notify: Notify | None = None,
        now: Callable[[], float] | None = None,
    ) -> None:
        self.kb = kb
        self.token = token
        self.store = store  # None: nothing is read or saved (the page still computes)
        self.notify = notify
        self.now = now or time.time  # epoch seconds: initData's age, the save's date

    def today(self) -> dt.date:
        """The Paris date (which exercices are offered first)."""
        return dt.datetime.fromtimestamp(self.now(), PARIS).date()

    def user(self, body: dict[str, Any]) -> int:
        return user_id(body.get("initData"), self.token, self.now())

    async def saved(self, uid: int) -> dict[str, Any] | None:
        if self.store is None:
            return None
        try:
            session = await self.store.load(uid)
        except SessionDamaged:  # the chat's next event puts it apart; nothing to show here
            return None
        return session_profile(self.kb, session) if session else None

    async def save(self, uid: int, profile: object) -> None:
        """Through the chat's lock, as every event: load, apply, save."""
        if self.store is None:
            raise ProfileError("L'enregistrement n'est pas disponible sur ce serveur.")
        async with self.store.lock(uid):
            try:
                session = await self.store.load(uid, reminders=True)
            except SessionDamaged as e:
                await self.store.quarantine(uid, str(e))
                session = None
            if session is None:
                session = Session(chat_id=uid)
            apply_profile(self.kb, session, profile)
            session.updated = self.now()
            await self.store.save(session)
        if self.notify is not None:
            await self.notify(uid)


@tornado.web.stream_request_body
class _Json(tornado.web.RequestHandler):
    """A JSON endpoint: the announced size checked before the body is read, errors answered
    as `{"erreur": ...}`."""

    def initialize(self, webapp: WebApp) -> None:
        self.webapp = webapp
        self.body = bytearray()

    def prepare(self) -> None:
        length = self.request.headers.get("Content-Length", "0")
        if not length.isdigit() or int(length) > MAX_BODY:
            self.fail(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "Requête trop volumineuse.")

    def data_received(self, chunk: bytes) -> None:
        if not self._finished:
            self.body += chunk

    def set_default_headers(self) -> None:
        self.clear_header("Server")
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")

    def fail(self, status: HTTPStatus, message: str) -> None:
        self.set_status(status)
        self.finish(json.dumps({"erreur": message}, ensure_ascii=False))

    def reply(self, data: object) -> None:
        self.finish(json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def body_json(self) -> dict[str, Any] | None:
        """The body as a JSON object, or None after answering 400."""
        try:
            data = json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            data = None
        if not isinstance(data, dict):
            self.fail(HTTPStatus.BAD_REQUEST, "Corps JSON attendu\u202f: {initData, profile}.")
            return None
        return data

    def identified(self, body: dict[str, Any]) -> int | None:
        """The signed user's id, or None after answering 401."""
        try:
            return self.webapp.user(body)
        except InitDataError as e:
            log.info("Mini App : identité refusée (%s)", e)
            self.fail(HTTPStatus.UNAUTHORIZED, UNAUTHORIZED)
            return None

    def estimated(self, body: dict[str, Any]) -> None:
        try:
            self.reply(estimate_payload(self.webapp.kb, body.get("profile")))
        except ProfileError as e:
            self.fail(HTTPStatus.BAD_REQUEST, str(e))


class EstimateHandler(_Json):
    def post(self) -> None:
        body = self.body_json()
        if body is not None and self.identified(body) is not None:
            self.estimated(body)


class PreviewHandler(_Json):
    def post(self) -> None:
        body = self.body_json()
        if body is not None:
            self.estimated(body)


class SessionHandler(_Json):
    async def post(self) -> None:
        body = self.body_json()
        uid = self.identified(body) if body is not None else None
        if uid is not None:
            self.reply({"profile": await self.webapp.saved(uid)})


class SaveHandler(_Json):
    async def post(self) -> None:
        body = self.body_json()
        uid = self.identified(body) if body is not None else None
        if uid is None:
            return
        try:
            await self.webapp.save(uid, body.get("profile"))  # type: ignore[union-attr]
        except ProfileError as e:
            self.fail(HTTPStatus.BAD_REQUEST, str(e))
            return
        self.reply({"enregistre": True})


class FormHandler(_Json):
    def get(self) -> None:
        args = {k: self.get_query_argument(k, "") for k in ("profession", "exercice")}
        try:
            self.reply(
                form(self.webapp.kb, args["profession"], args["exercice"], self.webapp.today())
            )
        except ProfileError as e:
            self.fail(HTTPStatus.BAD_REQUEST, str(e))


class PageHandler(tornado.web.StaticFileHandler):
    """The page and its two assets; the page itself is never cached (its assets are
    revalidated), so that a deployment shows at once."""

    def set_default_headers(self) -> None:
        self.clear_header("Server")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self' https://telegram.org; "
            "style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'",
        )

    def get_cache_time(self, path: str, modified: Any, mime_type: str) -> int:
        return 0

    def get_content_type(self) -> str:
        return super().get_content_type() + "; charset=utf-8"

    @classmethod
    def get_absolute_path(cls, root: str, path: str) -> str:
        return super().get_absolute_path(root, path or "index.html")


def routes(webapp: WebApp) -> list[tuple[str, type[tornado.web.RequestHandler], dict]]:
    """The Mini App's routes, to mount on any tornado application."""
    api = {"webapp": webapp}
    return [
        (r"/app", tornado.web.RedirectHandler, {"url": "/app/"}),
        (r"/app/api/form", FormHandler, api),
        (r"/app/api/estimate", EstimateHandler, api),
        (r"/app/api/preview", PreviewHandler, api),
        (r"/app/api/session", SessionHandler, api),
        (r"/app/api/save", SaveHandler, api),
        (r"/app/(|index\.html|app\.js|app\.css)", PageHandler, {"path": str(ASSETS)}),
    ]


class WebAppServer(BoundServer):
    """The Mini App on `listen:port` (port 0: any free one, then read `port`)."""

    def __init__(self, webapp: WebApp, *, listen: str, port: int) -> None:
        application = tornado.web.Application(routes(webapp), log_function=lambda _: None)
        self._server = HTTPServer(
            application,
            max_body_size=MAX_BODY,
            max_header_size=16 << 10,
            idle_connection_timeout=30,
            body_timeout=10,
        )
        self.listen = listen
        self.port = port
