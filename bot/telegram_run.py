"""`forfait-bot run`: the Telegram bot configured from the environment, polling or webhook.

Every setting is checked before anything starts; a wrong one stops with a French message
naming it (exit code 2), a bad knowledge file with its reason (exit code 1). The webhook is
served by `bot/webhook.py` (limits and timeouts PTB's own server lacks), so `serve` runs the
application's life cycle itself, as PTB's run_polling / run_webhook would.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import math
import os
import re
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram import MenuButtonWebApp, Update, WebAppInfo
from telegram.error import TelegramError
from telegram.ext import Application

from bot.events import Command
from bot.metrics import MetricsServer, watch
from bot.outbox import UNPACED, ChatPacing
from bot.pacing import BULK_RATE, Pacer
from bot.telegram_app import CONCURRENCY, build_application
from bot.telegram_logs import Redact
from bot.webapp_server import WebApp, WebAppServer
from bot.webhook import WebhookServer

log = logging.getLogger(__name__)
STOP_GRACE = 5.0  # seconds to send the queued replies when stopping
YOUNG_COLLECTION = 10_000  # allocations between two young garbage collections (see _tune_gc)


class SettingsError(ValueError):
    """A setting that cannot be used; the message says which, in French."""


@dataclass(frozen=True)
class Settings:
    token: str
    webhook_url: str  # "" for polling
    secret: str
    listen: str
    port: int
    advisors: frozenset[int]
    concurrency: int
    max_rate: float
    bulk_rate: float
    log_level: str
    log_text: bool
    private_pacing: bool = True  # FORFAIT_BOT_PRIVATE_PACING=0: benchmarks only
    metrics_listen: str = "127.0.0.1"
    metrics_port: int | None = None  # None: no /metrics endpoint
    web_listen: str = "127.0.0.1"
    web_port: int | None = None  # None: the Mini App is not served by this process
    webapp_url: str = ""  # the Mini App's public https URL: menu button and [Simuler]


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _env_number(name: str, default: float, *, minimum: float) -> float:
    """A numeric setting; SettingsError when it is not a number >= minimum."""
    raw = _env(name)
    if not raw:
        return default
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        value = float("nan")
    if not value >= minimum or value == float("inf"):
        raise SettingsError(f"{name} : un nombre est attendu (voir deploy/.env.example).")
    return value


def parse_advisors(value: str) -> frozenset[int]:
    """Advisors' ids: "123, 456" -> {123, 456}; ValueError on anything but numeric ids."""
    ids = [part.strip() for part in value.split(",") if part.strip()]
    if not all(re.fullmatch(r"-?\d+", i) for i in ids):
        raise ValueError(value)
    return frozenset(int(i) for i in ids)


def read_settings() -> Settings:
    """The settings of the environment; SettingsError for the first one that is wrong."""
    token = _env("TELEGRAM_BOT_TOKEN")
    if not token:
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN n'est pas défini : créez un bot avec @BotFather, puis "
            "export TELEGRAM_BOT_TOKEN=<jeton>. Pour essayer sans Telegram : forfait-bot chat."
        )
    webhook_url, secret = _env("TELEGRAM_WEBHOOK_URL"), _env("TELEGRAM_WEBHOOK_SECRET")
    if webhook_url and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise SettingsError(
            "Mode webhook : TELEGRAM_WEBHOOK_SECRET est obligatoire (1 à 256 caractères parmi "
            "A-Z, a-z, 0-9, _ et -)."
        )
    port = _port("TELEGRAM_WEBHOOK_PORT", "8443")
    metrics_port = (
        _port("FORFAIT_BOT_METRICS_PORT", "") if _env("FORFAIT_BOT_METRICS_PORT") else None
    )
    web_port = _port("FORFAIT_BOT_WEB_PORT", "") if _env("FORFAIT_BOT_WEB_PORT") else None
    webapp_url = _env("FORFAIT_BOT_WEBAPP_URL")
    if webapp_url and not re.fullmatch(r"https://[^\s?#]+", webapp_url):
        raise SettingsError(
            "FORFAIT_BOT_WEBAPP_URL : une adresse https sans paramètres, par exemple "
            "https://bot.example.fr/app/ (Telegram n'ouvre une Mini App qu'en https)."
        )
    try:
        advisors = parse_advisors(_env("FORFAIT_BOT_ADVISORS"))
    except ValueError:
        raise SettingsError(
            "FORFAIT_BOT_ADVISORS : des identifiants Telegram numériques séparés par des "
            "virgules (par exemple 123456789,987654321)."
        ) from None
    concurrency = _env_number("FORFAIT_BOT_CONCURRENCY", CONCURRENCY, minimum=1)
    max_rate = _env_number("FORFAIT_BOT_MAX_RATE", 0, minimum=0)
    bulk_rate = _env_number("FORFAIT_BOT_BULK_RATE", BULK_RATE, minimum=0)
    level = _env("FORFAIT_BOT_LOG_LEVEL").upper() or "INFO"
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise SettingsError("FORFAIT_BOT_LOG_LEVEL : DEBUG, INFO, WARNING ou ERROR.")
    return Settings(
        token=token,
        webhook_url=webhook_url,
        secret=secret,
        listen=_env("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1"),
        port=port,
        advisors=advisors,
        concurrency=int(concurrency),
        max_rate=max_rate,
        bulk_rate=bulk_rate,
        log_level=level,
        log_text=_env("FORFAIT_BOT_LOG_TEXT", "0") == "1",
        private_pacing=_env("FORFAIT_BOT_PRIVATE_PACING", "1") != "0",
        metrics_listen=_env("FORFAIT_BOT_METRICS_LISTEN", "127.0.0.1"),
        metrics_port=metrics_port,
        web_listen=_env("FORFAIT_BOT_WEB_LISTEN", "127.0.0.1"),
        web_port=web_port,
        webapp_url=webapp_url,
    )


def _port(name: str, default: str) -> int:
    try:
        port = int(_env(name, default))
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise SettingsError(f"{name} doit être un numéro de port.")
    return port


def _configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s : %(message)s", level=settings.log_level
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(Redact(settings.token))
    if settings.log_text:
        log.warning("FORFAIT_BOT_LOG_TEXT=1 : le texte des messages est journalisé")


def run_bot() -> int:
    """`forfait-bot run`: polling, or a webhook when TELEGRAM_WEBHOOK_URL is set."""
    from bot.engine import Engine
    from bot.faq_replies import FaqResponder
    from bot.stores import open_store
    from knowledge import KnowledgeError, load

    try:
        settings = read_settings()
    except SettingsError as e:
        print(e, file=sys.stderr)
        return 2
    _configure_logging(settings)
    try:
        kb = load()
    except KnowledgeError as e:
        print(e, file=sys.stderr)
        return 1
    store = open_store()
    app = build_application(
        settings.token,
        engine=Engine(
            kb, faq=FaqResponder.from_knowledge(kb), webapp_url=settings.webapp_url or None
        ),
        store=store,
        base_url=_env("TELEGRAM_API_BASE_URL") or None,
        # Every chat's sends are paced by its queue (a group 20 a minute, bot/outbox.py); all
        # together are not capped unless FORFAIT_BOT_MAX_RATE says so (Telegram's RetryAfter
        # is honoured); bulk sends are paced besides.
        max_rate=settings.max_rate,
        # Off only for load benchmarks, whose simulated users answer within milliseconds.
        pacing=ChatPacing() if settings.private_pacing else ChatPacing(private=UNPACED),
        advisors=settings.advisors,
        log_text=settings.log_text,
        concurrency=settings.concurrency,
        bulk=Pacer(settings.bulk_rate),
    )

    async def close_store(_: Application) -> None:
        await store.close()

    app.post_shutdown = close_store
    _serve(app, settings)
    return 0


def _tune_gc() -> None:
    """The garbage collector, set for a process that handles many small updates.

    What start-up built (knowledge, FAQ index, templates, modules: ~120 000 objects) lives as
    long as the process: frozen, out of every collection's walk. And a young collection every
    10 000 objects rather than 700: an update's objects (PTB's Message alone carries some 240
    attributes) mostly die before a collection sees them, instead of being walked while the
    update is in flight. Measured on `bench.load_bench --users 1000`: 4.7 s of the bot's 45 s
    of CPU in collections before, 0.5 s after; the longest full collection during the run
    (the p99 at a fixed rate) no longer walks start-up's objects."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])


def _serve(app: Application, settings: Settings) -> None:
    _tune_gc()  # here, not in run_bot: a test that runs run_bot keeps its own process's GC
    with asyncio.Runner(loop_factory=_event_loop_factory()) as runner:
        runner.run(serve(app, settings))


def _event_loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop (libuv) where it is installed, asyncio's own elsewhere (uvloop is
    not built for Windows). Measured on `bench.load_bench --users 300 --rate 200`, alternated:
    ~7 % less CPU in the bot, p99 40 to 66 ms against 68 to 80 ms."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


async def serve(app: Application, settings: Settings) -> None:
    """Start the application (polling, or the webhook server then setWebhook), run until
    SIGINT or SIGTERM, then stop everything in reverse order, hooks included."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    metrics = None
    if settings.metrics_port is not None:
        store = app.bot_data["adapter"].service.store
        refresh = watch(app, store)
        metrics = MetricsServer(refresh, listen=settings.metrics_listen, port=settings.metrics_port)
    web = _webapp_server(app, settings) if settings.web_port is not None else None
    adapter = app.bot_data["adapter"]
    webhook = None
    if settings.webhook_url:
        webhook = WebhookServer(
            app,
            journal=adapter.journal,
            listen=settings.listen,
            port=settings.port,
            path=urlsplit(settings.webhook_url).path,
            secret=settings.secret,
        )
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        if settings.webapp_url:
            await _set_menu_button(app, settings.webapp_url)
        if metrics is not None:
            await metrics.start()
        if web is not None:
            await web.start()
        # What a crash left in the journal first. Polling has one process: everything is
        # its own; replicas behind a webhook take only what a stopped one leased.
        await adapter.replay(app, time.time() if webhook else math.inf)
        if webhook is not None:
            await webhook.start()
            await app.bot.set_webhook(
                settings.webhook_url,
                secret_token=settings.secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        await app.start()
        log.info("Bot démarré (%s)", "webhook" if webhook else "polling")
        await stop.wait()
    finally:
        if webhook is not None:
            await webhook.stop()
        if metrics is not None:
            await metrics.stop()
        if web is not None:
            await web.stop()
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await adapter.outbox.close(STOP_GRACE)
        await adapter.journal.close()
        if app.post_stop is not None:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def _webapp_server(app: Application, settings: Settings) -> WebAppServer:
    """The Mini App on FORFAIT_BOT_WEB_PORT: the chat's knowledge and store; a save is
    followed by the result in the user's private chat, through the service."""
    adapter = app.bot_data["adapter"]
    service = adapter.service

    async def notify(chat_id: int) -> None:
        await adapter.handle_event(app.bot, chat_id, Command("resultat"))

    webapp = WebApp(service.engine.kb, settings.token, service.store, notify)
    return WebAppServer(webapp, listen=settings.web_listen, port=settings.web_port or 0)


async def _set_menu_button(app: Application, url: str) -> None:
    """The chat's menu button opens the simulator (cosmetic: the bot works without it)."""
    try:
        await app.bot.set_chat_menu_button(menu_button=MenuButtonWebApp("Simuler", WebAppInfo(url)))
    except TelegramError as e:
        log.warning("Bouton de menu du simulateur non défini : %s", type(e).__name__)
