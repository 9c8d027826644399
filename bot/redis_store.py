"""Redis session store, for several replicas of the bot sharing one Redis (standalone, not Cluster).

Keys:
  fb:session:<chat_id>   the session JSON
  fb:sessions            sorted set chat_id -> last update (purge, count)
  fb:profession          hash chat_id -> profession ("" when not chosen yet), for stats
  fb:reminder:<chat_id>  hash reminder id -> reminder JSON (the chat's pending reminders)
  fb:reminders           sorted set "<chat_id>:<reminder id>" -> when it may be claimed: its
                         due time, or the end of a claim's lease (the due index)
  fb:optin               set of chats that asked for at least one reminder
  fb:lock:<chat_id>      the distributed per-chat lock
  fb:broadcast:<key>     a previewed broadcast's parts (JSON), until confirmed or expired
  fb:quarantine:<chat_id> hash "<time>" -> an unreadable session as it was stored, "<time>:why"
                         -> the reason; expires IDLE_DAYS after the last one was put there
  fb:inbox               hash update id -> "<received time> <update JSON>": updates received
                         and not yet handled (the journal, bot/journal.py)
  fb:inbox:ready         sorted set update id -> the end of its process's lease

Multi-key changes run in MULTI pipelines or Lua scripts: one round trip, atomic.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import redis.asyncio as redis
from redis.client import NEVER_DECODE
from redis.exceptions import LockError

from bot.reminders import Reminder
from bot.session import Session
from bot.store import IDLE_DAYS, LEASE, ChatLocks, Journaled, StoreBusy, stats_dict

log = logging.getLogger(__name__)

PREFIX = "fb:"
SESSIONS = PREFIX + "sessions"
PROFESSION = PREFIX + "profession"
DUE = PREFIX + "reminders"
OPTIN = PREFIX + "optin"
INBOX = PREFIX + "inbox"
INBOX_READY = PREFIX + "inbox:ready"
LOCK_TIMEOUT = 30.0  # a replica that dies holding a chat's lock frees it after this
LOCK_WAIT = 10.0  # how long a step waits for another replica to finish with the chat
LOCK_POLL = 0.01
POOL_SIZE = 64  # connections per process; a burst waits for a free one instead of failing
POOL_WAIT = 10.0
PURGE_BATCH = 500


def _session_key(chat_id: int | str) -> str:
    return f"{PREFIX}session:{chat_id}"


def _quarantine_key(chat_id: int | str) -> str:
    return f"{PREFIX}quarantine:{chat_id}"


def _reminder_key(chat_id: int | str) -> str:
    return f"{PREFIX}reminder:{chat_id}"


def _member(chat_id: int, reminder_id: str) -> str:
    return f"{chat_id}:{reminder_id}"


def _encode(reminder: Reminder) -> str:
    return json.dumps(reminder.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _decode(text: str) -> Reminder:
    return Reminder.from_dict(json.loads(text))


def _sorted_by_due(texts: list[str]) -> list[Reminder]:
    """The readable ones: a damaged entry never stops a chat (it stays for the operator)."""
    found = []
    for text in texts:
        try:
            found.append(_decode(text))
        except (ValueError, TypeError, KeyError):
            log.warning("Rappel illisible ignoré dans le stockage Redis")
    return sorted(found, key=lambda r: (r.due, r.id))


# KEYS: due index. ARGV: now, limit, reminder hash prefix, end of the lease.
# Returns the claimed reminders' JSON; each stays in the index, claimable again at the lease's
# end unless marked done before.
CLAIM = """
local members = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
local out = {}
for _, m in ipairs(members) do
  local sep = string.find(m, ':', 1, true)
  local data = redis.call('HGET', ARGV[3] .. string.sub(m, 1, sep - 1), string.sub(m, sep + 1))
  if data then
    redis.call('ZADD', KEYS[1], ARGV[4], m)
    table.insert(out, data)
  else
    redis.call('ZREM', KEYS[1], m)
  end
end
return out
"""

# KEYS: due index, the chat's reminder hash. ARGV: reminder id, its JSON, index member.
# Drops the reminder only if it is still the one claimed (not re-planned with another date).
DONE = """
if redis.call('HGET', KEYS[2], ARGV[1]) == ARGV[2] then
  redis.call('HDEL', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[1], ARGV[3])
end
return 0
"""

# KEYS: due index, the chat's reminder hash. ARGV: reminder id, its JSON, index member, due.
RELEASE = """
if redis.call('HGET', KEYS[2], ARGV[1]) == ARGV[2] then
  redis.call('ZADD', KEYS[1], 'XX', ARGV[4], ARGV[3])
end
return 0
"""

# KEYS: due index, the chat's reminder hash, opt-in set. ARGV: chat id, "all" or "some", ids...
# Returns how many reminders were dropped.
CANCEL = """
local ids = {}
if ARGV[2] == 'all' then
  ids = redis.call('HKEYS', KEYS[2])
  redis.call('SREM', KEYS[3], ARGV[1])
else
  for i = 3, #ARGV do table.insert(ids, ARGV[i]) end
end
local n = 0
for _, id in ipairs(ids) do
  n = n + redis.call('HDEL', KEYS[2], id)
  redis.call('ZREM', KEYS[1], ARGV[1] .. ':' .. id)
end
return n
"""

# KEYS: the session, its quarantine hash, sessions index, profession hash.
# ARGV: chat id, time, reason, seconds kept. Moves the stored bytes as they are.
QUARANTINE = """
local data = redis.call('GET', KEYS[1])
if data then
  redis.call('HSET', KEYS[2], ARGV[2], data, ARGV[2] .. ':why', ARGV[3])
  redis.call('EXPIRE', KEYS[2], ARGV[4])
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
return 0
"""

# KEYS: sessions index, profession hash, opt-in set.
# ARGV: cutoff, offset, batch size, session key prefix, reminder hash prefix.
# Deletes idle chats with no pending reminder; returns {deleted, kept, scanned}.
PURGE = """
local chats = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1],
  'LIMIT', ARGV[2], ARGV[3])
local deleted, kept = 0, 0
for _, chat in ipairs(chats) do
  if redis.call('EXISTS', ARGV[5] .. chat) == 1 then
    kept = kept + 1
  else
    redis.call('DEL', ARGV[4] .. chat)
    redis.call('ZREM', KEYS[1], chat)
    redis.call('HDEL', KEYS[2], chat)
    redis.call('SREM', KEYS[3], chat)
    deleted = deleted + 1
  end
end
return {deleted, kept, #chats}
"""


# KEYS: journal hash, its lease index. ARGV: before, end of the new lease.
# Returns the entries whose lease ended, leased again: {id, "<received> <JSON>", ...}.
CLAIM_JOURNAL = """
local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[1])
local out = {}
for _, id in ipairs(ids) do
  local data = redis.call('HGET', KEYS[1], id)
  if data then
    redis.call('ZADD', KEYS[2], ARGV[2], id)
    table.insert(out, id)
    table.insert(out, data)
  else
    redis.call('ZREM', KEYS[2], id)
  end
end
return out
"""


class RedisStore:
    """Same interface as SqliteStore; every replica of the bot may share one Redis."""

    def __init__(self, url: str, *, client: redis.Redis | None = None) -> None:
        self.url = url
        # A blocking pool: redis-py's default pool raises MaxConnectionsError as soon as every
        # connection is busy, which lost updates in bursts (bench/load_bench.py).
        self._redis: redis.Redis = client or redis.Redis.from_pool(  # closed with the client
            redis.BlockingConnectionPool.from_url(
                url, max_connections=POOL_SIZE, timeout=POOL_WAIT, decode_responses=True
            )
        )
        self._locks = ChatLocks()
        self._claim = self._redis.register_script(CLAIM)
        self._cancel = self._redis.register_script(CANCEL)
        self._purge = self._redis.register_script(PURGE)
        self._done = self._redis.register_script(DONE)
        self._release = self._redis.register_script(RELEASE)
        self._quarantine = self._redis.register_script(QUARANTINE)
        self._claim_journal = self._redis.register_script(CLAIM_JOURNAL)

    @asynccontextmanager
    async def lock(self, chat_id: int) -> AsyncIterator[None]:
        """This process's lock first (no polling between local tasks), then the replicas'."""
        async with self._locks[chat_id]:
            shared = self._redis.lock(
                f"{PREFIX}lock:{chat_id}",
                timeout=LOCK_TIMEOUT,
                sleep=LOCK_POLL,
                blocking_timeout=LOCK_WAIT,
                thread_local=False,
            )
            if not await shared.acquire():
                raise StoreBusy(f"chat {chat_id}: lock still held after {LOCK_WAIT} s")
            try:
                yield
            finally:
                try:
                    await shared.release()
                except LockError:  # expired while held: another replica may have it now
                    log.warning("chat %s: lock expired before release", chat_id)

    async def load(self, chat_id: int, *, reminders: bool = False) -> Session | None:
        async with self._redis.pipeline(transaction=False) as pipe:
            # As bytes: decoding a damaged one here would fail inside redis-py.
            pipe.execute_command("GET", _session_key(chat_id), **{NEVER_DECODE: True})
            if reminders:
                pipe.hvals(_reminder_key(chat_id))
            text, *pending = await pipe.execute()
        if not text:
            return None
        session = Session.from_json(text, chat_id)
        if reminders:
            session.reminders = [r.to_dict() for r in _sorted_by_due(pending[0])]
        return session

    async def save(self, session: Session) -> None:
        session.updated = time.time()
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(_session_key(session.chat_id), session.to_json())
            pipe.zadd(SESSIONS, {str(session.chat_id): session.updated})
            pipe.hset(PROFESSION, str(session.chat_id), session.profession or "")
            await pipe.execute()

    async def delete(self, chat_id: int) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            await self._cancel(
                keys=[DUE, _reminder_key(chat_id), OPTIN], args=[chat_id, "all"], client=pipe
            )
            pipe.delete(_session_key(chat_id), _quarantine_key(chat_id))
            pipe.zrem(SESSIONS, str(chat_id))
            pipe.hdel(PROFESSION, str(chat_id))
            await pipe.execute()

    async def quarantine(self, chat_id: int, reason: str) -> None:
        await self._quarantine(
            keys=[_session_key(chat_id), _quarantine_key(chat_id), SESSIONS, PROFESSION],
            args=[chat_id, repr(time.time()), reason, IDLE_DAYS * 86400],
        )

    async def purge(self, idle_days: int = IDLE_DAYS) -> int:
        cutoff = time.time() - idle_days * 86400
        deleted = offset = 0
        while True:
            n, kept, scanned = await self._purge(
                keys=[SESSIONS, PROFESSION, OPTIN],
                args=[repr(cutoff), offset, PURGE_BATCH, _session_key(""), _reminder_key("")],
            )
            deleted += n
            offset += kept  # the kept ones stay in range: skip them next time
            if scanned < PURGE_BATCH:
                return deleted

    async def count(self) -> int:
        return await self._redis.zcard(SESSIONS)

    async def close(self) -> None:
        await self._redis.aclose()

    # Reminders

    async def add_reminders(self, chat_id: int, reminders: list[Reminder]) -> None:
        if not reminders:
            return
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(_reminder_key(chat_id), mapping={r.id: _encode(r) for r in reminders})
            pipe.zadd(DUE, {_member(chat_id, r.id): r.due for r in reminders})
            pipe.sadd(OPTIN, str(chat_id))
            await pipe.execute()

    async def reminders(self, chat_id: int) -> list[Reminder]:
        return _sorted_by_due(await self._redis.hvals(_reminder_key(chat_id)))

    async def cancel_reminders(self, chat_id: int, ids: list[str] | None = None) -> int:
        if ids is not None and not ids:
            return 0
        args: list[Any] = [chat_id, "all"] if ids is None else [chat_id, "some", *ids]
        return await self._cancel(keys=[DUE, _reminder_key(chat_id), OPTIN], args=args)

    async def claim_due(self, now: float, limit: int = 100, lease: float = LEASE) -> list[Reminder]:
        claimed = await self._claim(
            keys=[DUE], args=[repr(now), limit, _reminder_key(""), repr(now + lease)]
        )
        return sorted((_decode(t) for t in claimed), key=lambda r: (r.due, r.chat_id, r.id))

    async def reminder_done(self, reminder: Reminder) -> None:
        r = reminder
        await self._done(
            keys=[DUE, _reminder_key(r.chat_id)], args=[r.id, _encode(r), _member(r.chat_id, r.id)]
        )

    async def release_reminders(self, reminders: list[Reminder]) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            for r in reminders:
                await self._release(
                    keys=[DUE, _reminder_key(r.chat_id)],
                    args=[r.id, _encode(r), _member(r.chat_id, r.id), repr(r.due)],
                    client=pipe,
                )
            await pipe.execute()

    async def opted_in(self) -> list[int]:
        return sorted(int(c) for c in await self._redis.smembers(OPTIN))

    async def stats(self) -> dict[str, Any]:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hvals(PROFESSION)
            pipe.zcard(DUE)
            pipe.scard(OPTIN)
            professions, pending, opted = await pipe.execute()
        counts: dict[str | None, int] = {}
        for p in professions:
            counts[p or None] = counts.get(p or None, 0) + 1
        return stats_dict(counts, pending, opted)

    # Broadcasts between preview and confirmation

    async def keep_broadcast(self, key: str, parts: list[str], ttl: float) -> None:
        text = json.dumps(parts, ensure_ascii=False)
        await self._redis.set(f"{PREFIX}broadcast:{key}", text, px=max(1, int(ttl * 1000)))

    async def take_broadcast(self, key: str) -> list[str] | None:
        text = await self._redis.getdel(f"{PREFIX}broadcast:{key}")
        return json.loads(text) if text else None

    # The journal of received updates

    async def journal(
        self, updates: list[tuple[int, str]], handled: list[int], now: float, lease: float = LEASE
    ) -> None:
        if not updates and not handled:
            return
        async with self._redis.pipeline(transaction=True) as pipe:
            for i, data in updates:
                pipe.hsetnx(INBOX, str(i), f"{now!r} {data}")
                pipe.zadd(INBOX_READY, {str(i): now + lease}, nx=True)
            if handled:
                pipe.hdel(INBOX, *map(str, handled))
                pipe.zrem(INBOX_READY, *map(str, handled))
            await pipe.execute()

    async def claim_journal(self, before: float, lease: float = LEASE) -> list[Journaled]:
        flat = await self._claim_journal(
            keys=[INBOX, INBOX_READY], args=[repr(before), repr(time.time() + lease)]
        )
        found = []
        for i, entry in zip(flat[::2], flat[1::2], strict=True):
            received, _, data = entry.partition(" ")
            found.append((int(i), data, float(received)))
        return sorted(found)
