"""Session stores: load a chat's session before a step and save it after, atomically.

SQLite (WAL, one transaction per handled update) is the embedded default. The Redis store in
`bot/redis_store.py` shares this interface for several replicas.

Both stores also keep the journal of received updates (`journal`, `claim_journal`,
bot/journal.py): an update is written there before Telegram is told it arrived, and removed
once handled, so a crash loses none.

Both stores also keep the reminders' due index: `claim_due` leases each due reminder to
exactly one caller, however many processes or replicas claim at once, until it is marked done
or the lease ends.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import queue
import sqlite3
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from pathlib import Path
from time import monotonic  # apart: tests move `time.time` only
from typing import Any, Protocol, TypeVar

from platformdirs import user_data_dir

from bot.reminders import Reminder
from bot.session import Session

log = logging.getLogger(__name__)

IDLE_DAYS = 180
# How long a SQLite call may wait, queued or for another process's write lock, before the
# update is given up with StoreBusy (the user gets the apology and can try again).
STORE_WAIT = 5.0
# A claimed reminder not marked done after this is due again: its replica died mid-batch.
# Far longer than one claim takes to send (reminder_delivery.CLAIM_SECONDS).
LEASE = 300.0
# Results of a batch of SQLite calls go back to the event loop together; in a long batch,
# those ready are handed back as soon as this has passed since the first (seconds).
HAND_BACK = 0.002
T = TypeVar("T")
Journaled = tuple[int, str, float]  # update id, the update's JSON, when it was received


def data_dir() -> Path:
    """FORFAIT_BOT_DATA, or the platform's data directory for this user."""
    path = Path(os.environ.get("FORFAIT_BOT_DATA") or user_data_dir("forfait-bot"))
    path.mkdir(parents=True, exist_ok=True)
    return path


class StoreBusy(RuntimeError):
    """The store did not answer in time (a chat's lock held by another replica, SQLite's
    write lock held by another process): try the update later."""


class SessionStore(Protocol):
    def lock(self, chat_id: int) -> AsyncIterator[None]:
        """Hold while loading, stepping and saving one chat's session."""

    async def load(self, chat_id: int, *, reminders: bool = False) -> Session | None:
        """The chat's session; `reminders`: with the pending reminders of the due index (the
        reference) in place of the session's copy."""

    async def save(self, session: Session) -> None: ...
    async def delete(self, chat_id: int) -> None:
        """Forget the chat: session, quarantined copies, reminders, opt-in."""

    async def quarantine(self, chat_id: int, reason: str) -> None:
        """Put the chat's unreadable session apart, as stored, for the operator: the chat
        starts afresh. Kept `IDLE_DAYS` at most; erased with the chat by /oublier."""

    async def purge(self, idle_days: int = IDLE_DAYS) -> int:
        """Delete chats idle for `idle_days` that have no pending reminder, and quarantined
        sessions as old; return how many chats."""

    async def count(self) -> int: ...
    async def close(self) -> None: ...

    async def add_reminders(self, chat_id: int, reminders: list[Reminder]) -> None:
        """Schedule reminders (same id: replaced, never doubled) and opt the chat in."""

    async def reminders(self, chat_id: int) -> list[Reminder]:
        """The chat's pending reminders, soonest first."""

    async def cancel_reminders(self, chat_id: int, ids: list[str] | None = None) -> int:
        """Drop the given reminders, or all of them and the opt-in (None); return how many."""

    async def claim_due(self, now: float, limit: int = 100, lease: float = LEASE) -> list[Reminder]:
        """Lease due reminders to the caller for `lease` seconds: each goes to exactly one
        caller; one not marked done by then is due again (its replica died)."""

    async def reminder_done(self, reminder: Reminder) -> None:
        """Sent or given up: out of the index (unless re-planned since, with another date)."""

    async def release_reminders(self, reminders: list[Reminder]) -> None:
        """Claimed but not sent (the channel is down): due again now."""

    async def opted_in(self) -> list[int]:
        """Chats that asked for at least one reminder (and did not cancel them all)."""

    async def stats(self) -> dict[str, Any]:
        """For advisors: sessions, sessions by profession, pending reminders, opted-in chats."""

    async def keep_broadcast(self, key: str, parts: list[str], ttl: float) -> None:
        """Keep a previewed broadcast's text for `ttl` seconds, until its confirmation."""

    async def take_broadcast(self, key: str) -> list[str] | None:
        """The kept broadcast, removed: only one confirmation ever gets it."""

    async def journal(
        self, updates: list[tuple[int, str]], handled: list[int], now: float, lease: float = LEASE
    ) -> None:
        """Journal received updates (id, JSON; an id journaled already is kept as it is),
        leased to this process for `lease` seconds; drop the `handled` ones. One write."""

    async def claim_journal(self, before: float, lease: float = LEASE) -> list[Journaled]:
        """Journaled updates whose lease ended before `before` (a process died with them),
        leased again to the caller; oldest first."""


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

    Every SQLite call runs in a worker thread, never on the event loop: one thread and
    connection for reads, one for writes. In WAL mode a read never waits for a writer, so
    loads go on while another process holds the write lock; a write waits for it at most
    `STORE_WAIT` from the moment it was asked for (time queued behind other writes included),
    then gives up with `StoreBusy`.

    Reminders live in the same file; `claim_due` leases them in one IMMEDIATE transaction, so
    several processes sharing the file never claim the same reminder.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._writer = _Worker(self.path, "sqlite-write")
        self._reader = _Worker(self.path, "sqlite-read")
        _migrate(self._writer.db)
        self._locks = ChatLocks()

    @classmethod
    def default(cls) -> SqliteStore:
        return cls(data_dir() / "sessions.sqlite3")

    @asynccontextmanager
    async def lock(self, chat_id: int) -> AsyncIterator[None]:
        async with self._locks[chat_id]:
            yield

    async def load(self, chat_id: int, *, reminders: bool = False) -> Session | None:
        def load(db: sqlite3.Connection) -> tuple[Any, list[Any]]:
            row = db.execute("SELECT data FROM sessions WHERE chat_id=?", (chat_id,)).fetchone()
            return row, (db.execute(*_chat_reminders(chat_id)).fetchall() if reminders else [])

        row, pending = await self._reader.run(load)
        if row is None:
            return None
        session = Session.from_json(row[0], chat_id)
        if reminders:
            session.reminders = [Reminder(*r).to_dict() for r in pending]
        return session

    async def save(self, session: Session) -> None:
        session.updated = time.time()
        row = (session.chat_id, session.to_json(), session.updated)
        await self._writer.run(
            lambda db: db.execute(
                "INSERT INTO sessions(chat_id, data, updated) VALUES (?, ?, ?) ON CONFLICT(chat_id)"
                " DO UPDATE SET data=excluded.data, updated=excluded.updated",
                row,
            )
        )

    async def delete(self, chat_id: int) -> None:
        def delete(db: sqlite3.Connection) -> None:
            with _transaction(db):
                for table in ("sessions", "quarantine", "reminders", "reminder_optin"):
                    db.execute(f"DELETE FROM {table} WHERE chat_id=?", (chat_id,))
            _checkpoint(db)

        await self._writer.run(delete)

    async def quarantine(self, chat_id: int, reason: str) -> None:
        def move(db: sqlite3.Connection) -> None:
            with _transaction(db):
                db.execute(
                    "INSERT INTO quarantine(chat_id, data, reason, at)"
                    " SELECT chat_id, data, ?, ? FROM sessions WHERE chat_id=?",
                    (reason, time.time(), chat_id),
                )
                db.execute("DELETE FROM sessions WHERE chat_id=?", (chat_id,))

        await self._writer.run(move)

    async def purge(self, idle_days: int = IDLE_DAYS) -> int:
        cutoff = time.time() - idle_days * 86400

        def purge(db: sqlite3.Connection) -> int:
            with _transaction(db):
                gone = db.execute(
                    "DELETE FROM sessions WHERE updated < ?"
                    " AND chat_id NOT IN (SELECT chat_id FROM reminders) RETURNING chat_id",
                    (cutoff,),
                ).fetchall()
                db.executemany("DELETE FROM reminder_optin WHERE chat_id=?", gone)
                db.execute("DELETE FROM quarantine WHERE at < ?", (cutoff,))
            _checkpoint(db)
            return len(gone)

        return await self._writer.run(purge)

    async def count(self) -> int:
        return await self._reader.run(
            lambda db: db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        )

    async def close(self) -> None:
        await self._writer.close()
        await self._reader.close()

    # Reminders

    async def add_reminders(self, chat_id: int, reminders: list[Reminder]) -> None:
        if not reminders:
            return
        rows = [(chat_id, r.id, r.due, r.kind, r.dispositif, r.due) for r in reminders]

        def add(db: sqlite3.Connection) -> None:
            with _transaction(db):
                db.executemany(
                    "INSERT INTO reminders(chat_id, id, due, kind, dispositif, ready)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(chat_id, id) DO UPDATE SET"
                    " due=excluded.due, kind=excluded.kind, dispositif=excluded.dispositif,"
                    " ready=excluded.ready",
                    rows,
                )
                db.execute("INSERT OR IGNORE INTO reminder_optin(chat_id) VALUES (?)", (chat_id,))

        await self._writer.run(add)

    async def reminders(self, chat_id: int) -> list[Reminder]:
        rows = await self._reader.run(lambda db: db.execute(*_chat_reminders(chat_id)).fetchall())
        return [Reminder(*row) for row in rows]

    async def cancel_reminders(self, chat_id: int, ids: list[str] | None = None) -> int:
        def cancel(db: sqlite3.Connection) -> int:
            with _transaction(db):
                if ids is None:
                    db.execute("DELETE FROM reminder_optin WHERE chat_id=?", (chat_id,))
                    return db.execute("DELETE FROM reminders WHERE chat_id=?", (chat_id,)).rowcount
                return sum(
                    db.execute(
                        "DELETE FROM reminders WHERE chat_id=? AND id=?", (chat_id, i)
                    ).rowcount
                    for i in ids
                )

        return await self._writer.run(cancel)

    async def claim_due(self, now: float, limit: int = 100, lease: float = LEASE) -> list[Reminder]:
        def claim(db: sqlite3.Connection) -> list[Any]:
            with _transaction(db):
                return db.execute(
                    "UPDATE reminders SET ready=? WHERE rowid IN ("
                    " SELECT rowid FROM reminders WHERE ready <= ? ORDER BY ready LIMIT ?)"
                    " RETURNING chat_id, due, kind, dispositif, id",
                    (now + lease, now, limit),
                ).fetchall()

        rows = await self._writer.run(claim)
        return sorted((Reminder(*row) for row in rows), key=lambda r: (r.due, r.chat_id, r.id))

    async def reminder_done(self, reminder: Reminder) -> None:
        key = (reminder.chat_id, reminder.id, reminder.due)
        await self._writer.run(
            lambda db: db.execute("DELETE FROM reminders WHERE chat_id=? AND id=? AND due=?", key)
        )

    async def release_reminders(self, reminders: list[Reminder]) -> None:
        keys = [(r.chat_id, r.id, r.due) for r in reminders]
        await self._writer.run(
            lambda db: db.executemany(
                "UPDATE reminders SET ready=due WHERE chat_id=? AND id=? AND due=?", keys
            )
        )

    async def opted_in(self) -> list[int]:
        rows = await self._reader.run(
            lambda db: db.execute("SELECT chat_id FROM reminder_optin ORDER BY chat_id").fetchall()
        )
        return [row[0] for row in rows]

    async def stats(self) -> dict[str, Any]:
        def stats(db: sqlite3.Connection) -> tuple[list[Any], int, int]:
            rows = db.execute(
                "SELECT CASE WHEN json_valid(data) AND json_type(data, '$.profession') = 'text'"
                " THEN json_extract(data, '$.profession') END AS p, COUNT(*) FROM sessions"
                " GROUP BY p"
            ).fetchall()
            pending = db.execute("SELECT COUNT(*) FROM reminders").fetchone()[0]
            opted = db.execute("SELECT COUNT(*) FROM reminder_optin").fetchone()[0]
            return rows, pending, opted

        rows, pending, opted = await self._reader.run(stats)
        return stats_dict(dict(rows), pending, opted)

    # Broadcasts between preview and confirmation

    async def keep_broadcast(self, key: str, parts: list[str], ttl: float) -> None:
        now, text = time.time(), json.dumps(parts, ensure_ascii=False)

        def keep(db: sqlite3.Connection) -> None:
            with _transaction(db):
                db.execute("DELETE FROM broadcasts WHERE expires <= ?", (now,))
                db.execute(
                    "INSERT OR REPLACE INTO broadcasts(key, parts, expires) VALUES (?, ?, ?)",
                    (key, text, now + ttl),
                )

        await self._writer.run(keep)

    async def take_broadcast(self, key: str) -> list[str] | None:
        row = await self._writer.run(
            lambda db: db.execute(
                "DELETE FROM broadcasts WHERE key=? RETURNING parts, expires", (key,)
            ).fetchone()
        )
        return json.loads(row[0]) if row and row[1] > time.time() else None

    # The journal of received updates

    async def journal(
        self, updates: list[tuple[int, str]], handled: list[int], now: float, lease: float = LEASE
    ) -> None:
        rows = [(i, data, now, now + lease) for i, data in updates]

        def write(db: sqlite3.Connection) -> None:
            with _transaction(db):
                db.executemany(
                    "INSERT OR IGNORE INTO inbox(update_id, data, received, ready)"
                    " VALUES (?, ?, ?, ?)",
                    rows,
                )
                db.executemany("DELETE FROM inbox WHERE update_id=?", [(i,) for i in handled])

        if rows or handled:
            await self._writer.run(write)

    async def claim_journal(self, before: float, lease: float = LEASE) -> list[Journaled]:
        def claim(db: sqlite3.Connection) -> list[Any]:
            with _transaction(db):
                return db.execute(
                    "UPDATE inbox SET ready=? WHERE ready < ? RETURNING update_id, data, received",
                    (time.time() + lease, before),
                ).fetchall()

        return sorted(tuple(row) for row in await self._writer.run(claim))  # type: ignore[misc]


SCHEMA = (
    "CREATE TABLE IF NOT EXISTS sessions ("
    " chat_id INTEGER PRIMARY KEY, data TEXT NOT NULL, updated REAL NOT NULL);"
    # ready: when the reminder may be claimed: its due time, or the end of a claim's lease.
    "CREATE TABLE IF NOT EXISTS reminders ("
    " chat_id INTEGER NOT NULL, id TEXT NOT NULL, due REAL NOT NULL,"
    " kind TEXT NOT NULL, dispositif TEXT NOT NULL, ready REAL NOT NULL,"
    " PRIMARY KEY (chat_id, id));"
    "CREATE TABLE IF NOT EXISTS reminder_optin (chat_id INTEGER PRIMARY KEY);"
    # Sessions that could not be read, as they were stored (`SqliteStore.quarantine`).
    "CREATE TABLE IF NOT EXISTS broadcasts ("
    " key TEXT PRIMARY KEY, parts TEXT NOT NULL, expires REAL NOT NULL);"
    "CREATE TABLE IF NOT EXISTS quarantine ("
    " chat_id INTEGER NOT NULL, data BLOB, reason TEXT NOT NULL, at REAL NOT NULL);"
    # Updates received and not yet handled; ready: when the lease of the process ends.
    "CREATE TABLE IF NOT EXISTS inbox ("
    " update_id INTEGER PRIMARY KEY, data TEXT NOT NULL, received REAL NOT NULL,"
    " ready REAL NOT NULL);"
)


def _migrate(db: sqlite3.Connection) -> None:
    """Tables and columns added since the file was created (files of every earlier version
    open: tests/test_stores.py)."""
    db.executescript(SCHEMA)
    columns = {row[1] for row in db.execute("PRAGMA table_info(reminders)")}
    if "ready" not in columns:  # before leases: claimed reminders were deleted at once
        with _transaction(db):
            db.execute("ALTER TABLE reminders ADD COLUMN ready REAL NOT NULL DEFAULT 0")
            db.execute("UPDATE reminders SET ready=due")
    db.execute("DROP INDEX IF EXISTS reminders_due")
    db.execute("CREATE INDEX IF NOT EXISTS reminders_ready ON reminders(ready)")


def _chat_reminders(chat_id: int) -> tuple[str, tuple[int]]:
    return (
        "SELECT chat_id, due, kind, dispositif, id FROM reminders WHERE chat_id=? ORDER BY due, id",
        (chat_id,),
    )


class _Worker:
    """One SQLite connection and the one thread that uses it: calls queue in order, each
    bounded by `STORE_WAIT` from the moment it was asked for.

    The thread takes every call queued at once and hands their results back to each event
    loop in one wake-up: under load, a batch of saves costs one switch between threads, not
    one each (each switch waits for the GIL and writes to the loop's wake-up pipe).
    """

    def __init__(self, path: str, name: str) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA secure_delete=ON")  # erased rows are overwritten, not left
        self._wait = 0.0  # the connection's busy timeout, in seconds
        self._calls: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    async def run(self, call: Callable[[sqlite3.Connection], T]) -> T:
        if self._closed:  # the thread is gone: nobody would answer
            raise RuntimeError("SQLite store closed")
        deadline = monotonic() + STORE_WAIT
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._calls.put((loop, future, call, deadline))
        return await future

    def _serve(self) -> None:
        while True:
            batch = [self._calls.get()]
            while True:
                try:
                    batch.append(self._calls.get_nowait())
                except queue.Empty:
                    break
            done: dict[asyncio.AbstractEventLoop, list[_Outcome]] = {}
            since = 0.0  # when the oldest result not handed back yet was ready
            for item in batch:
                if item is None:  # close(): the calls queued before it are answered
                    _deliver(done)
                    return
                loop, future, call, deadline = item
                try:
                    outcome: _Outcome = (future, self._bounded(call, deadline), None)
                except BaseException as e:  # handed to the caller
                    outcome = (future, None, e)
                done.setdefault(loop, []).append(outcome)
                since = since or monotonic()
                if monotonic() - since > HAND_BACK:
                    _deliver(done)
                    done, since = {}, 0.0
            _deliver(done)

    def _bounded(self, call: Callable[[sqlite3.Connection], T], deadline: float) -> T:
        left = deadline - monotonic()
        if left <= 0:
            raise StoreBusy("SQLite: waited too long behind other calls")
        wait = min(STORE_WAIT, math.ceil(left * 10) / 10)  # in 0.1 s steps: set rarely
        if wait != self._wait:
            self.db.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
            self._wait = wait
        try:
            return call(self.db)
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise StoreBusy(f"SQLite: {e}") from e
            raise

    async def close(self) -> None:
        await self.run(lambda db: db.close())
        self._closed = True
        self._calls.put(None)
        await asyncio.to_thread(self._thread.join)


_Call = tuple[asyncio.AbstractEventLoop, "asyncio.Future[Any]", Callable[..., Any], float]
_Outcome = tuple["asyncio.Future[Any]", Any, BaseException | None]


def _deliver(done: dict[asyncio.AbstractEventLoop, list[_Outcome]]) -> None:
    """Results to their loops, one wake-up each (a loop already closed: nobody waits)."""
    for loop, outcomes in done.items():
        with suppress(RuntimeError):
            loop.call_soon_threadsafe(_settle, outcomes)


def _settle(outcomes: list[_Outcome]) -> None:
    for future, result, error in outcomes:
        if future.cancelled():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)


def _checkpoint(db: sqlite3.Connection) -> None:
    """After an erasure: the WAL still holds the erased rows' earlier versions. Copy it into
    the database (where `secure_delete` has zeroed them) and empty it. Readers of other
    processes can delay it (bounded like any call); then the next checkpoint finishes it."""
    busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("SQLite : journal WAL non vidé après un effacement (lecteurs actifs)")


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE: take the write lock first, so a concurrent writer waits (WAL)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
