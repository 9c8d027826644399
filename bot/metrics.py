"""Prometheus metrics: what an operator watches, served at /metrics (FORFAIT_BOT_METRICS_PORT).

All in the process's default registry, prefixed `forfait_bot_`:

- `updates_total{kind}`: updates handled (command, message, callback, inline, other);
- `update_seconds`: histogram, from the update taken off the queue to handled, the wait
  for a free processing slot included;
- `apologies_total`: apologies sent after an error;
- `queue_depth{kind}`: updates received and not yet taken (`received`), waiting for their
  chat or a slot (`waiting`), being handled (`handling`), messages waiting in the chats'
  send queues (`sends`, bot/outbox.py);
- `reminders_due`: due reminders not yet claimed for sending (the backlog), read from the
  store at each scrape;
- `store_errors_total{error}`: errors of the session store (SQLite, Redis, lock timeouts).

Other code adds to them by import, no registration needed:
`STORE_ERRORS.labels("quarantine").inc()`, or a queue of its own with
`QUEUE_DEPTH.labels("sends").set_function(lambda: len(queue))` (read at each scrape).
The process's CPU, memory and open files come with prometheus_client (`process_*`).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from typing import Any

import redis.asyncio as redis
import tornado.web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from redis.exceptions import RedisError
from telegram import Update
from telegram.ext import Application, SimpleUpdateProcessor
from tornado.httpserver import HTTPServer

from bot.bound_server import BoundServer
from bot.store import ChatLocks, SessionStore, SqliteStore, StoreBusy

log = logging.getLogger(__name__)

UPDATES = Counter("forfait_bot_updates", "Updates handled, by kind", ["kind"])
UPDATE_SECONDS = Histogram(
    "forfait_bot_update_seconds",
    "From an update taken off the queue to handled, waiting for a slot included",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
APOLOGIES = Counter("forfait_bot_apologies", "Apologies sent after an error")
QUEUE_DEPTH = Gauge("forfait_bot_queue_depth", "Items waiting or in progress, by kind", ["kind"])
REMINDERS_DUE = Gauge("forfait_bot_reminders_due", "Due reminders not yet claimed for sending")
STORE_ERRORS = Counter("forfait_bot_store_errors", "Errors of the session store", ["error"])

STORE_ERROR_TYPES = (sqlite3.Error, RedisError, StoreBusy)
Refresh = Callable[[], Awaitable[None]]
SCRAPE_TIMEOUT = 5.0  # seconds for the store to count the backlog


def update_kind(update: object) -> str:
    if not isinstance(update, Update):
        return "other"
    if update.callback_query is not None:
        return "callback"
    if update.inline_query is not None:
        return "inline"
    message = update.message
    if message is not None and message.text is not None:
        return "command" if message.text.startswith("/") else "message"
    return "other"


class MeasuredUpdates(SimpleUpdateProcessor):
    """PTB's concurrent processing (at most `max_concurrent_updates` at once), measured, and
    fair: a chat's updates wait for one another before taking a slot, so a chat with a
    backlog holds one processing slot, never all of them (its updates are handled one at a
    time under the chat's lock anyway)."""

    def __init__(
        self, max_concurrent_updates: int, on_done: Callable[[object], None] | None = None
    ) -> None:
        """`on_done(update)`: after each update's handling, error handlers included."""
        super().__init__(max_concurrent_updates)
        self.taken = 0  # off the queue: waiting for a slot or being handled
        self.on_done = on_done
        self._chats = ChatLocks()

    @property
    def waiting(self) -> int:
        return self.taken - self.current_concurrent_updates

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        started = time.perf_counter()
        self.taken += 1
        chat = update.effective_chat if isinstance(update, Update) else None
        try:
            if chat is None:
                await super().process_update(update, coroutine)
            else:
                async with self._chats[chat.id]:
                    await super().process_update(update, coroutine)
        finally:
            self.taken -= 1
            if self.on_done is not None:
                self.on_done(update)
            UPDATES.labels(update_kind(update)).inc()
            UPDATE_SECONDS.observe(time.perf_counter() - started)


def count_store_error(error: BaseException) -> None:
    """Count `error` (or what caused it) if it came from the session store."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, STORE_ERROR_TYPES):
            STORE_ERRORS.labels(type(seen).__name__).inc()
            return
        seen = seen.__cause__ or seen.__context__


async def due_reminders(store: SessionStore, now: float) -> int:
    """How many reminders are due at `now` and still in the due index, read without the
    store's own connection (a scrape never waits on it)."""
    if isinstance(store, SqliteStore):
        return await asyncio.to_thread(_sqlite_due, store.path, now)
    url = getattr(store, "url", None)  # RedisStore
    if url is None:
        raise TypeError(f"unknown store {type(store).__name__}")
    from bot.redis_store import DUE

    async with redis.Redis.from_url(url) as client:
        return await client.zcount(DUE, "-inf", now)


def _sqlite_due(path: str, now: float) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=SCRAPE_TIMEOUT)
    try:
        # `ready`: the due time, or the end of a claim's lease (a leased reminder is not backlog)
        return db.execute("SELECT COUNT(*) FROM reminders WHERE ready <= ?", (now,)).fetchone()[0]
    finally:
        db.close()


def watch(app: Application, store: SessionStore, clock: Callable[[], float] = time.time) -> Refresh:
    """Point the queue gauges at `app` and return the refresh to run before each scrape."""
    processor = app.update_processor
    QUEUE_DEPTH.labels("received").set_function(app.update_queue.qsize)
    QUEUE_DEPTH.labels("handling").set_function(lambda: processor.current_concurrent_updates)
    if isinstance(processor, MeasuredUpdates):
        QUEUE_DEPTH.labels("waiting").set_function(lambda: processor.waiting)

    async def refresh() -> None:
        try:
            due = await asyncio.wait_for(due_reminders(store, clock()), SCRAPE_TIMEOUT)
        except Exception as e:  # the scrape still answers; the gap shows as NaN
            count_store_error(e)
            log.warning("Métriques : rappels dus non comptés (%s)", type(e).__name__)
            REMINDERS_DUE.set(float("nan"))
        else:
            REMINDERS_DUE.set(due)

    return refresh


class MetricsHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("GET",)  # type: ignore[assignment]

    def initialize(self, refresh: Refresh) -> None:
        self.refresh = refresh

    async def get(self) -> None:
        await self.refresh()
        self.set_header("Content-Type", CONTENT_TYPE_LATEST)
        self.finish(generate_latest(REGISTRY))


class MetricsServer(BoundServer):
    """GET /metrics on `listen:port` (port 0: any free one, then read `port`)."""

    def __init__(self, refresh: Refresh, *, listen: str, port: int) -> None:
        routes = tornado.web.Application(
            [("/metrics", MetricsHandler, {"refresh": refresh})], log_function=lambda _: None
        )
        self._server = HTTPServer(routes, idle_connection_timeout=30, body_timeout=10)
        self.listen = listen
        self.port = port
