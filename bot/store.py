"""Session stores: load a chat's session before a step and save it after, atomically.

SQLite (WAL, one transaction per handled update) is the embedded default. The Redis store in
`bot/redis_store.py` shares this interface for several replicas.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Protocol

from platformdirs import user_data_dir

from bot.session import Session

IDLE_DAYS = 180


def data_dir() -> Path:
    """FORFAIT_BOT_DATA, or the platform's data directory for this user."""
    path = Path(os.environ.get("FORFAIT_BOT_DATA") or user_data_dir("forfait-bot"))
    path.mkdir(parents=True, exist_ok=True)
    return path


class SessionStore(Protocol):
    def lock(self, chat_id: int) -> AsyncIterator[None]:
        """Hold while loading, stepping and saving one chat's session."""

    async def load(self, chat_id: int) -> Session | None: ...
    async def save(self, session: Session) -> None: ...
    async def delete(self, chat_id: int) -> None: ...
    async def purge(self, idle_days: int = IDLE_DAYS) -> int: ...
    async def close(self) -> None: ...


class SqliteStore:
    """One row per chat; per-chat asyncio locks serialise updates of one process."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS sessions ("
            " chat_id INTEGER PRIMARY KEY, data TEXT NOT NULL, updated REAL NOT NULL)"
        )
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)

    @classmethod
    def default(cls) -> SqliteStore:
        return cls(data_dir() / "sessions.sqlite3")

    @asynccontextmanager
    async def lock(self, chat_id: int) -> AsyncIterator[None]:
        async with self._locks[chat_id]:
            yield

    async def load(self, chat_id: int) -> Session | None:
        row = self._db.execute("SELECT data FROM sessions WHERE chat_id=?", (chat_id,)).fetchone()
        return Session.from_json(row[0]) if row else None

    async def save(self, session: Session) -> None:
        session.updated = time.time()
        self._db.execute(
            "INSERT INTO sessions(chat_id, data, updated) VALUES (?, ?, ?) "
            "ON CONFLICT(chat_id) DO UPDATE SET data=excluded.data, updated=excluded.updated",
            (session.chat_id, session.to_json(), session.updated),
        )

    async def delete(self, chat_id: int) -> None:
        self._db.execute("DELETE FROM sessions WHERE chat_id=?", (chat_id,))

    async def purge(self, idle_days: int = IDLE_DAYS) -> int:
        cutoff = time.time() - idle_days * 86400
        return self._db.execute("DELETE FROM sessions WHERE updated < ?", (cutoff,)).rowcount

    async def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]

    async def close(self) -> None:
        self._db.close()
