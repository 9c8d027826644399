"""`forfait-bot health`: can the bot work right now? For container healthchecks and operators.

Three checks, one line each; exit status 0 only when none fails:
- the knowledge base loads;
- the session store answers and its data is intact: SQLite's `PRAGMA integrity_check` on a
  read-only connection (about 1 s for 400 MB), or Redis's PING and the status of its last
  persistence writes (a Redis that cannot write its AOF or snapshot would lose sessions);
- the Bot API accepts the token (getMe), when TELEGRAM_BOT_TOKEN is set.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3

import redis.asyncio as redis
from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.http import BotApiRequest
from bot.store import SessionStore, SqliteStore
from knowledge import KnowledgeError, load

TIMEOUT = 5.0  # seconds per network check: under the healthcheck's 10 s
PERSISTENCE = ("aof_last_write_status", "aof_last_bgrewrite_status", "rdb_last_bgsave_status")


class Unhealthy(Exception):
    """A check failed; the message says why, in French, without any secret."""


class Skipped(Exception):
    """A check that cannot run here; the message says why. Not a failure."""


def check_knowledge() -> str:
    try:
        load()
    except KnowledgeError as e:
        raise Unhealthy(f"fichier invalide ({e.__class__.__name__})") from e
    return "chargée"


async def check_store(store: SessionStore) -> str:
    try:
        await store.load(0)
        if isinstance(store, SqliteStore):
            problems = await asyncio.to_thread(_sqlite_integrity, store.path)
            if problems:
                raise Unhealthy(f"base SQLite endommagée : {problems[0]}")
            return "SQLite, intégrité vérifiée"
        url = store.url  # type: ignore[attr-defined]  # RedisStore
        async with redis.Redis.from_url(url, socket_timeout=TIMEOUT) as client:
            info = await client.info("persistence")
        failed = [key for key in PERSISTENCE if info.get(key, "ok") != "ok"]
        if failed:
            raise Unhealthy(f"Redis n'arrive plus à écrire sur disque ({', '.join(failed)})")
        return "Redis, écritures sur disque en ordre"
    except Unhealthy:
        raise
    except Exception as e:  # any other failure: the store cannot be used
        raise Unhealthy(f"stockage injoignable ({e.__class__.__name__})") from e


def _sqlite_integrity(path: str) -> list[str]:
    """SQLite's own findings, empty when the file is intact."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=TIMEOUT)
    try:
        rows = [row[0] for row in db.execute("PRAGMA integrity_check")]
    finally:
        db.close()
    return [] if rows == ["ok"] else rows


async def check_bot_api(token: str, base_url: str = "") -> str:
    """getMe with the bot's token, through the bot's own HTTP client."""
    # Same URL rule as build_application: the server root, with or without "/bot".
    root = (base_url or "https://api.telegram.org").rstrip("/").removesuffix("/bot")
    request = BotApiRequest(1, read_timeout=TIMEOUT, connect_timeout=TIMEOUT)
    bot = Bot(token, base_url=f"{root}/bot", request=request, get_updates_request=request)
    try:
        async with bot:  # initialize() calls getMe
            return f"@{bot.username}"
    except InvalidToken as e:
        raise Unhealthy("jeton refusé par Telegram") from e
    except NetworkError as e:  # TimedOut included
        raise Unhealthy(f"Bot API injoignable ({e.__class__.__name__})") from e
    except TelegramError as e:
        raise Unhealthy(f"Bot API en erreur ({e.__class__.__name__})") from e


async def _knowledge() -> str:
    return check_knowledge()


async def _store() -> str:
    from bot.stores import open_store

    try:
        store = open_store()
    except Exception as e:  # e.g. a SQLite file too damaged to open
        raise Unhealthy(f"stockage illisible ({e.__class__.__name__})") from e
    try:
        return await check_store(store)
    finally:
        await store.close()


async def _bot_api() -> str:
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise Skipped("TELEGRAM_BOT_TOKEN absent")
    return await check_bot_api(token, os.environ.get("TELEGRAM_API_BASE_URL", "").strip())


CHECKS = (("Base de connaissances", _knowledge), ("Stockage", _store), ("Bot API", _bot_api))


async def _run_checks() -> list[tuple[str, bool, str]]:
    """(name, passed, line) per check."""
    results = []
    for name, check in CHECKS:
        try:
            results.append((name, True, f"OK ({await check()})"))
        except Skipped as e:
            results.append((name, True, f"non vérifié ({e})"))
        except Unhealthy as e:
            results.append((name, False, f"EN PANNE ({e})"))
    return results


def health() -> int:
    """Print each check and the verdict; 0 when all passed."""
    results = asyncio.run(_run_checks())
    for name, _, line in results:
        print(f"{name} : {line}")
    healthy = all(passed for _, passed, _ in results)
    print("OK" if healthy else "En panne")
    return 0 if healthy else 1
