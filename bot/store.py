"""Session stores: load a chat's session before a step and save it after, atomically.

SQLite (WAL, one transaction per handled update) is the embedded default. The Redis store in
`bot/redis_store.py` shares this interface for several replicas.

Both stores also keep the reminders' due index: `claim_due` hands each due reminder to exactly
one caller, however many processes or replicas claim at once.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from platformdirs import user_data_dir

from bot.reminders import Reminder
from bot.session import Session

IDLE_DAYS = 180


def data_dir() -> Path:
    """FORFAIT_BOT_DATA, or the platform's data directory for this user."""
    path = Path(os.environ.get("FORFAIT_BOT_DATA") or user_data_dir("forfait-bot"))
    path.mkdir(parents=True, exist_ok=True)
    return path


class StoreBusy(RuntimeError):
    """The chat's lock stayed held by another replica for too long: try the update later."""


class SessionStore(Protocol):
    def lock(self, chat_id: int) -> AsyncIterator[None]:
        """Hold while loading, stepping and saving one chat's session."""

    async def load(self, chat_id: int) -> Session | None: ...
    async def save(self, session: Session) -> None: ...
    async def delete(self, chat_id: int) -> None:
        """Forget the chat: session, reminders, opt-in."""

    async def purge(self, idle_days: int = IDLE_DAYS) -> int:
        """Delete chats idle for `idle_days` that have no pending reminder; return how many."""

    async def count(self) -> int: ...
    async def close(self) -> None: ...

    async def add_reminders(self, chat_id: int, reminders: list[Reminder]) -> None:
        """Schedule reminders (same id: replaced, never doubled) and opt the chat in."""

    async def reminders(self, chat_id: int) -> list[Reminder]:
        """The chat's pending reminders, soonest first."""

    async def cancel_reminders(self, chat_id: int, ids: list[str] | None = None) -> int:
        """Drop the given reminders, or all of them and the opt-in (None); return how many."""

    async def claim_due(self, now: float, limit: int = 100) -> list[Reminder]:
        """Take due reminders out of the index: each one goes to exactly one caller."""

    async def opted_in(self) -> list[int]:
        """Chats that asked for at least one reminder (and did not cancel them all)."""

    async def stats(self) -> dict[str, Any]:
        """For advisors: sessions, sessions by profession, pending reminders, opted-in chats."""


class ChatLocks:
    """Per-chat asyncio locks of one process, dropped once no task holds or awaits them."""

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    def __getitem__(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = self._locks[chat_id] = asyncio.Lock()
        return lock


def stats_dict(by_profession: dict[str | None, int], pending: int, opted: int) -> dict[str, Any]:
    """The stats of both stores; sessions with no profession yet count as "inconnue"."""
    counts: dict[str, int] = {}
    for profession, n in by_profession.items():
        key = profession or "inconnue"
        counts[key] = counts.get(key, 0) + n
    return {
        "sessions": sum(counts.values()),
        "by_profession": dict(sorted(counts.items())),
        "reminders_pending": pending,
        "opted_in": opted,
    }


class SqliteStore:
    """One row per chat; per-chat asyncio locks serialise updates of one process.

    Reminders live in the same file; `claim_due` deletes and returns in one IMMEDIATE
    transaction, so several processes sharing the file never claim the same reminder.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10.0
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS sessions ("
            " chat_id INTEGER PRIMARY KEY, data TEXT NOT NULL, updated REAL NOT NULL);"
            "CREATE TABLE IF NOT EXISTS reminders ("
            " chat_id INTEGER NOT NULL, id TEXT NOT NULL, due REAL NOT NULL,"
            " kind TEXT NOT NULL, dispositif TEXT NOT NULL, PRIMARY KEY (chat_id, id));"
            "CREATE INDEX IF NOT EXISTS reminders_due ON reminders(due);"
            "CREATE TABLE IF NOT EXISTS reminder_optin (chat_id INTEGER PRIMARY KEY);"
        )
        self._locks = ChatLocks()

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
        with self._transaction():
            for table in ("sessions", "reminders", "reminder_optin"):
                self._db.execute(f"DELETE FROM {table} WHERE chat_id=?", (chat_id,))

    async def purge(self, idle_days: int = IDLE_DAYS) -> int:
        cutoff = time.time() - idle_days * 86400
        with self._transaction():
            gone = self._db.execute(
                "DELETE FROM sessions WHERE updated < ?"
                " AND chat_id NOT IN (SELECT chat_id FROM reminders) RETURNING chat_id",
                (cutoff,),
            ).fetchall()
            self._db.executemany("DELETE FROM reminder_optin WHERE chat_id=?", gone)
        return len(gone)

    async def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]

    async def close(self) -> None:
        self._db.close()

    # Reminders

    async def add_reminders(self, chat_id: int, reminders: list[Reminder]) -> None:
        if not reminders:
            return
        with self._transaction():
            self._db.executemany(
                "INSERT INTO reminders(chat_id, id, due, kind, dispositif) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(chat_id, id) DO UPDATE SET"
                " due=excluded.due, kind=excluded.kind, dispositif=excluded.dispositif",
                [(chat_id, r.id, r.due, r.kind, r.dispositif) for r in reminders],
            )
            self._db.execute("INSERT OR IGNORE INTO reminder_optin(chat_id) VALUES (?)", (chat_id,))

    async def reminders(self, chat_id: int) -> list[Reminder]:
        rows = self._db.execute(
            "SELECT chat_id, due, kind, dispositif, id FROM reminders WHERE chat_id=?"
            " ORDER BY due, id",
            (chat_id,),
        ).fetchall()
        return [Reminder(*row) for row in rows]

    async def cancel_reminders(self, chat_id: int, ids: list[str] | None = None) -> int:
        with self._transaction():
            if ids is None:
                self._db.execute("DELETE FROM reminder_optin WHERE chat_id=?", (chat_id,))
                return self._db.execute(
                    "DELETE FROM reminders WHERE chat_id=?", (chat_id,)
                ).rowcount
            return sum(
                self._db.execute(
                    "DELETE FROM reminders WHERE chat_id=? AND id=?", (chat_id, i)
                ).rowcount
                for i in ids
            )

    async def claim_due(self, now: float, limit: int = 100) -> list[Reminder]:
        with self._transaction():
            rows = self._db.execute(
                "DELETE FROM reminders WHERE rowid IN ("
                " SELECT rowid FROM reminders WHERE due <= ? ORDER BY due LIMIT ?)"
                " RETURNING chat_id, due, kind, dispositif, id",
                (now, limit),
            ).fetchall()
        return sorted((Reminder(*row) for row in rows), key=lambda r: (r.due, r.chat_id, r.id))

    async def opted_in(self) -> list[int]:
        rows = self._db.execute("SELECT chat_id FROM reminder_optin ORDER BY chat_id")
        return [row[0] for row in rows]

    async def stats(self) -> dict[str, Any]:
        rows = self._db.execute(
            "SELECT json_extract(data, '$.profession') AS p, COUNT(*) FROM sessions GROUP BY p"
        ).fetchall()
        pending = self._db.execute("SELECT COUNT(*) FROM reminders").fetchone()[0]
        opted = self._db.execute("SELECT COUNT(*) FROM reminder_optin").fetchone()[0]
        return stats_dict(dict(rows), pending, opted)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE: take the write lock first, so a concurrent writer waits (WAL)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
