"""Choose the session store from the environment: Redis when FORFAIT_BOT_REDIS_URL is set."""

from __future__ import annotations

import os

from bot.store import SessionStore, SqliteStore


def open_store() -> SessionStore:
    url = os.environ.get("FORFAIT_BOT_REDIS_URL")
    if url:
        from bot.redis_store import RedisStore

        return RedisStore(url)
    return SqliteStore.default()
