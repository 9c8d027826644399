"""Reminders with a lease: a replica killed mid-batch loses nothing, a backlog goes out at the
bulk pace in one run, and /rappel lists what the due index holds.

FAMI 2024 (chirurgiens-dentistes) opens on 13/01/2025: at 09:05 that day each chat that asked
for reminders has one due (the opening), and one later (before the closing day).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

import pytest
import redis
from redis_server import redis_server  # noqa: F401  (session fixture)

from bot.actions import PlanReminders
from bot.app import ChatService, Incoming, SendLater
from bot.engine import Engine
from bot.events import Command
from bot.messages import Message
from bot.pacing import Pacer
from bot.redis_store import RedisStore
from bot.reminder_delivery import ReminderDelivery
from bot.reminders import PARIS, Reminder
from bot.store import SessionStore, SqliteStore
from bot.text_render import to_text
from knowledge import Knowledge

FAMI = "fami_chirurgien_dentiste_2024"
CHATS = range(1, 11)


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2024, 12, 1, 12, tzinfo=PARIS)

    def __call__(self) -> dt.datetime:
        return self.now


class Killed(BaseException):
    """The process dies here: nothing after it runs, no `except Exception` catches it."""


class Recorder:
    """A Sender; `die_after`: the process is killed when it tries to send one more."""

    def __init__(self, die_after: int | None = None) -> None:
        self.sent: list[tuple[int, Message]] = []
        self.die_after = die_after

    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        if self.die_after is not None and len(self.sent) >= self.die_after:
            raise Killed
        self.sent += [(chat_id, m) for m in messages]
        return True


class Down:
    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        raise SendLater("NetworkError")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def engine(kb: Knowledge, clock: Clock) -> Engine:
    return Engine(kb, now=clock)


@pytest.fixture(params=["sqlite", "redis"])
async def replicas(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[SessionStore, SessionStore]]:
    """Two store instances on one database: two replicas of the bot."""
    make: Callable[[], SessionStore]
    if request.param == "sqlite":
        make = lambda: SqliteStore(tmp_path / "shared.sqlite3")  # noqa: E731
    else:
        url = request.getfixturevalue("redis_server")
        with redis.Redis.from_url(url) as client:
            client.flushall()
        make = lambda: RedisStore(url)  # noqa: E731
    one, two = make(), make()
    yield one, two
    await one.close()
    await two.close()


async def plan(engine: Engine, store: SessionStore, chats: range) -> None:
    service, out = ChatService(engine, store), Recorder()
    for chat in chats:
        await service.handle(Incoming(chat, Command("start", "dentiste_2024")), out)
        await service.handle(Incoming(chat, PlanReminders(FAMI)), out)


async def listed(engine: Engine, store: SessionStore, chat: int) -> str:
    """What /rappel shows the chat."""
    out = Recorder()
    await ChatService(engine, store).handle(Incoming(chat, Command("rappel")), out)
    return "\n".join(to_text(m) for _, m in out.sent)


def opening_days(out: Recorder) -> list[int]:
    return [chat for chat, m in out.sent if "ouvre aujourd'hui" in to_text(m)]


async def test_a_replica_killed_mid_batch_loses_no_reminder(
    engine: Engine, clock: Clock, replicas: tuple[SessionStore, SessionStore]
) -> None:
    one, two = replicas
    await plan(engine, one, CHATS)
    clock.now = dt.datetime(2025, 1, 13, 9, 5, tzinfo=PARIS)
    first, second = Recorder(die_after=3), Recorder()

    with pytest.raises(Killed):  # replica one claims the batch, sends 3, and dies
        await ReminderDelivery(engine, one, Pacer(0)).send_due(first)
    assert len(opening_days(first)) == 3
    survivor = ReminderDelivery(engine, two, Pacer(0))
    assert await survivor.send_due(second) == 0, "still leased to the dead replica"
    unsent = [c for c in CHATS if c not in opening_days(first)]
    assert "13/01/2025" in await listed(engine, two, unsent[0]), "/rappel lists it still"
    assert "13/01/2025" not in await listed(engine, two, opening_days(first)[0])

    clock.now = dt.datetime(2025, 1, 13, 9, 20, tzinfo=PARIS)  # the lease is over
    assert await survivor.send_due(second) == len(unsent)
    assert sorted(opening_days(first) + opening_days(second)) == list(CHATS), "each exactly once"
    assert await survivor.send_due(second) == 0
    for chat in CHATS:
        assert [r.kind for r in await two.reminders(chat)] == ["cloture"]
        assert "13/01/2025" not in await listed(engine, two, chat)


async def test_a_backlog_goes_out_at_the_bulk_pace_in_one_run(
    engine: Engine, clock: Clock, replicas: tuple[SessionStore, SessionStore]
) -> None:
    store = replicas[0]
    clock.now = dt.datetime(2025, 1, 13, 9, 5, tzinfo=PARIS)
    due = dt.datetime(2025, 1, 13, 9, tzinfo=PARIS).timestamp()
    for chat in range(400):
        await store.add_reminders(chat, [Reminder(chat, due, "ouverture", FAMI)])
    fake = {"t": 0.0}

    async def sleep(seconds: float) -> None:
        fake["t"] += seconds

    bulk = Pacer(25, clock=lambda: fake["t"], sleep=sleep)
    out = Recorder()
    assert await ReminderDelivery(engine, store, bulk).send_due(out) == 400
    assert len({chat for chat, _ in out.sent}) == 400
    assert 15 < fake["t"] < 17, "25 a second: 16 s for 400"
    assert (await store.stats())["reminders_pending"] == 0


async def test_a_channel_down_gives_the_reminders_back(
    engine: Engine, clock: Clock, replicas: tuple[SessionStore, SessionStore]
) -> None:
    one, two = replicas
    await plan(engine, one, range(1, 4))
    clock.now = dt.datetime(2025, 1, 13, 9, 5, tzinfo=PARIS)
    assert await ReminderDelivery(engine, one, Pacer(0)).send_due(Down()) == 0
    out = Recorder()
    assert await ReminderDelivery(engine, two, Pacer(0)).send_due(out) == 3, "due at once"
    assert sorted(opening_days(out)) == [1, 2, 3]


async def test_lease_done_and_release_in_the_store(
    replicas: tuple[SessionStore, SessionStore],
) -> None:
    one, two = replicas
    now = 1_750_000_000.0
    first = Reminder(1, now - 60, "ouverture", FAMI)
    await one.add_reminders(1, [first, Reminder(1, now + 3600, "cloture", FAMI)])
    assert await one.claim_due(now, lease=30) == [first]
    assert await two.claim_due(now + 29) == [], "leased"
    assert await two.claim_due(now + 30, lease=30) == [first], "the lease is over"
    moved = Reminder(1, now + 60, "ouverture", FAMI)  # re-planned meanwhile: another date
    await one.add_reminders(1, [moved])
    await two.reminder_done(first)
    assert [r.due for r in await one.reminders(1)] == [moved.due, now + 3600], "kept"
    [claimed] = await one.claim_due(now + 60)
    await one.release_reminders([claimed])
    assert await two.claim_due(now + 60) == [moved], "released: due again at once"
    await two.reminder_done(moved)
    await one.release_reminders([moved])  # done already: nothing comes back
    assert [r.kind for r in await one.reminders(1)] == ["cloture"]
    await one.cancel_reminders(1)
    assert await one.claim_due(now + 7200) == []


async def test_sqlite_file_from_before_leases(tmp_path: Path) -> None:
    """A reminders table without the lease column: opened, its reminders still claimable."""
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE sessions (chat_id INTEGER PRIMARY KEY, data TEXT NOT NULL,"
            " updated REAL NOT NULL);"
            "CREATE TABLE reminders (chat_id INTEGER NOT NULL, id TEXT NOT NULL,"
            " due REAL NOT NULL, kind TEXT NOT NULL, dispositif TEXT NOT NULL,"
            " PRIMARY KEY (chat_id, id));"
            "CREATE INDEX reminders_due ON reminders(due);"
            "CREATE TABLE reminder_optin (chat_id INTEGER PRIMARY KEY);"
            f"INSERT INTO reminders VALUES (5, '{FAMI}:cloture', 100.0, 'cloture', '{FAMI}');"
        )
    store = SqliteStore(path)
    try:
        assert await store.claim_due(99.0) == []
        assert [r.chat_id for r in await store.claim_due(100.0)] == [5]
    finally:
        await store.close()
