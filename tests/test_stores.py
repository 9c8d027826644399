"""One behaviour suite for both session stores: SQLite (embedded) and Redis (a real server)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest
import redis
from redis_server import redis_server  # noqa: F401  (session fixture)

import bot.redis_store
import bot.store
from bot.redis_store import RedisStore
from bot.reminders import Reminder
from bot.session import Session
from bot.store import SessionStore, SqliteStore, StoreBusy

Factory = Callable[[], SessionStore]
NOW = 1_750_000_000.0
FAMI = "fami_chirurgien_dentiste_2024"


def reminder(chat_id: int, kind: str = "ouverture", due: float = NOW - 60, scheme: str = FAMI):
    return Reminder(chat_id=chat_id, due=due, kind=kind, dispositif=scheme)  # type: ignore[arg-type]


@pytest.fixture
def redis_url(redis_server: str) -> str:  # noqa: F811  (the imported fixture)
    """The shared server, emptied for this test."""
    with redis.Redis.from_url(redis_server) as client:
        client.flushall()
    return redis_server


@pytest.fixture(params=["sqlite", "redis"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Factory:
    """A factory of store instances sharing one database: each instance is one replica."""
    if request.param == "sqlite":
        path = tmp_path / "sessions.sqlite3"
        return lambda: SqliteStore(path)
    url = request.getfixturevalue("redis_url")
    return lambda: RedisStore(url)


@pytest.fixture
async def make_store(backend: Factory) -> AsyncIterator[Factory]:
    """Open stores in the test's event loop; all closed at the end."""
    opened: list[SessionStore] = []

    def make() -> SessionStore:
        opened.append(backend())
        return opened[-1]

    yield make
    for store in opened:
        await store.close()


@pytest.fixture
def store(make_store: Factory) -> SessionStore:
    return make_store()


async def test_save_load_round_trip(store: SessionStore) -> None:
    assert await store.load(42) is None
    session = Session(chat_id=42, profession="chirurgien-dentiste", exercice="2024")
    session.answers = {"logiciel_certifie": True, "taux_fse": 72.5, "inconnu": None}
    session.path = {"q1": "oui"}
    session.history = ["q1", "q2"]
    session.pending = "q3"
    session.reminders = [reminder(42).to_dict()]
    before = time.time()
    await store.save(session)
    assert session.updated >= before
    loaded = await store.load(42)
    assert loaded == session
    session.answers["taux_fse"] = 80
    await store.save(session)
    assert (await store.load(42)) == session
    assert await store.count() == 1


async def test_negative_chat_ids(store: SessionStore) -> None:
    """Groups have negative ids."""
    await store.save(Session(chat_id=-1001234))
    await store.add_reminders(-1001234, [reminder(-1001234)])
    assert (await store.load(-1001234)).chat_id == -1001234  # type: ignore[union-attr]
    assert await store.opted_in() == [-1001234]
    assert [r.chat_id for r in await store.claim_due(NOW)] == [-1001234]


async def test_delete_removes_everything(store: SessionStore) -> None:
    for chat in (1, 2):
        await store.save(Session(chat_id=chat, profession="medecin"))
        await store.add_reminders(chat, [reminder(chat), reminder(chat, "cloture", NOW + 86400)])
    await store.delete(1)
    assert await store.load(1) is None
    assert await store.reminders(1) == []
    assert await store.opted_in() == [2]
    assert await store.count() == 1
    assert {r.chat_id for r in await store.claim_due(NOW + 10 * 86400)} == {2}
    stats = await store.stats()
    assert stats["sessions"] == 1 and stats["by_profession"] == {"medecin": 1}
    await store.delete(2)
    await store.delete(3)  # unknown chat: nothing to do
    assert await store.stats() == {
        "sessions": 0,
        "by_profession": {},
        "reminders_pending": 0,
        "opted_in": 0,
    }
    if isinstance(store, RedisStore):
        with redis.Redis.from_url(store.url) as client:
            assert client.keys("*") == []


def fake_clock(monkeypatch: pytest.MonkeyPatch, when: float) -> None:
    clock = SimpleNamespace(time=lambda: when)
    monkeypatch.setattr(bot.store, "time", clock)
    monkeypatch.setattr(bot.redis_store, "time", clock)


async def test_purge_idle_sessions(store: SessionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        fake_clock(m, time.time() - 200 * 86400)
        await store.save(Session(chat_id=1, profession="medecin"))  # idle
        await store.save(Session(chat_id=2))  # idle, but a reminder is pending
        await store.save(Session(chat_id=4))  # idle, its reminders were sent
    await store.add_reminders(2, [reminder(2, due=time.time() + 86400)])
    await store.add_reminders(4, [reminder(4)])
    [sent] = await store.claim_due(time.time())
    await store.reminder_done(sent)
    await store.save(Session(chat_id=3))  # active
    assert await store.purge(idle_days=180) == 2
    assert await store.load(1) is None and await store.load(4) is None
    assert await store.load(2) is not None and await store.load(3) is not None
    assert await store.opted_in() == [2]
    assert await store.count() == 2
    assert await store.purge(idle_days=180) == 0
    assert await store.purge(idle_days=0) == 1  # chat 3; chat 2 still waits for its reminder
    assert await store.count() == 1


async def test_purge_many(store: SessionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """More idle chats than one Redis purge batch, some of them kept."""
    monkeypatch.setattr(bot.redis_store, "PURGE_BATCH", 7)
    with monkeypatch.context() as m:
        fake_clock(m, time.time() - 200 * 86400)
        for chat in range(40):
            await store.save(Session(chat_id=chat))
    for chat in range(0, 40, 3):
        await store.add_reminders(chat, [reminder(chat, due=time.time() + 86400)])
    assert await store.purge() == 40 - 14
    assert await store.count() == 14


async def test_lock_serialises_one_chat(store: SessionStore) -> None:
    await store.save(Session(chat_id=7))
    inside = 0

    async def step(value: str) -> None:
        nonlocal inside
        async with store.lock(7):
            inside += 1
            assert inside == 1
            session = await store.load(7)
            assert session is not None
            await asyncio.sleep(0.02)  # the other task runs now, and must wait
            session.history.append(value)
            await store.save(session)
            inside -= 1

    await asyncio.gather(step("a"), step("b"), step("c"))
    saved = await store.load(7)
    assert saved is not None and sorted(saved.history) == ["a", "b", "c"]


async def test_lock_lets_two_chats_proceed(store: SessionStore) -> None:
    """Each task waits, inside its own chat's lock, for the other one: a shared lock would hang."""
    entered = {1: asyncio.Event(), 2: asyncio.Event()}

    async def step(chat: int, other: int) -> None:
        async with store.lock(chat):
            entered[chat].set()
            await entered[other].wait()
            await store.save(Session(chat_id=chat))

    await asyncio.wait_for(asyncio.gather(step(1, 2), step(2, 1)), timeout=5)
    assert await store.count() == 2


async def test_lock_released_on_error(store: SessionStore) -> None:
    with pytest.raises(ValueError):
        async with store.lock(5):
            raise ValueError
    async with asyncio.timeout(2), store.lock(5):
        pass


async def test_two_replicas_never_lose_an_update(redis_url: str) -> None:
    """Two RedisStore instances on one server: 50 concurrent read-modify-write steps."""
    replicas = [RedisStore(redis_url), RedisStore(redis_url)]
    await replicas[0].save(Session(chat_id=9))

    async def append(i: int) -> None:
        store = replicas[i % 2]
        async with store.lock(9):
            session = await store.load(9)
            assert session is not None
            await asyncio.sleep(0.002)  # the other replica's tasks run now
            session.history.append(str(i))
            await store.save(session)

    await asyncio.wait_for(asyncio.gather(*(append(i) for i in range(50))), timeout=30)
    final = await replicas[1].load(9)
    for replica in replicas:
        await replica.close()
    assert final is not None and sorted(final.history, key=int) == [str(i) for i in range(50)]


async def test_add_reminders_idempotent(store: SessionStore) -> None:
    planned = [reminder(1), reminder(1, "cloture", NOW + 3600)]
    await store.add_reminders(1, planned)
    await store.add_reminders(1, planned)
    await store.add_reminders(1, [])
    assert await store.reminders(1) == planned
    assert [r.id for r in planned] == [f"{FAMI}:ouverture", f"{FAMI}:cloture"]
    moved = reminder(1, "cloture", NOW + 7200)  # same id, new date: replaced
    await store.add_reminders(1, [moved])
    assert await store.reminders(1) == [planned[0], moved]
    assert await store.opted_in() == [1]
    assert (await store.stats())["reminders_pending"] == 2
    assert await store.claim_due(NOW + 3600) == [planned[0]]
    await store.reminder_done(planned[0])
    assert await store.claim_due(NOW + 7200) == [moved]
    assert await store.claim_due(NOW + 7200) == []
    await store.reminder_done(moved)
    assert await store.reminders(1) == []
    assert await store.opted_in() == [1]  # asked once: still reachable for a broadcast


async def test_cancel_reminders(store: SessionStore) -> None:
    other = "donum_medecin_2024"
    await store.add_reminders(1, [reminder(1), reminder(1, "cloture"), reminder(1, scheme=other)])
    await store.add_reminders(2, [reminder(2)])
    assert await store.cancel_reminders(1, [f"{FAMI}:cloture", "inconnu"]) == 1
    assert await store.cancel_reminders(1, []) == 0
    assert [r.id for r in await store.reminders(1)] == sorted(
        [f"{FAMI}:ouverture", f"{other}:ouverture"]
    )
    assert await store.opted_in() == [1, 2]
    assert await store.cancel_reminders(1) == 2
    assert await store.reminders(1) == []
    assert await store.opted_in() == [2]
    assert [r.chat_id for r in await store.claim_due(NOW)] == [2]


async def test_claim_due_only_due_ones(store: SessionStore) -> None:
    await store.add_reminders(1, [reminder(1, due=NOW - 5), reminder(1, "cloture", NOW + 5)])
    await store.add_reminders(2, [reminder(2, due=NOW)])
    got = await store.claim_due(NOW)
    assert [(r.chat_id, r.kind) for r in got] == [(1, "ouverture"), (2, "ouverture")]
    assert await store.claim_due(NOW) == []
    for r in got:
        await store.reminder_done(r)
    assert await store.reminders(1) == [reminder(1, "cloture", NOW + 5)]
    many = [Reminder(3, NOW - i, "ouverture", f"s{i}") for i in range(10)]
    await store.add_reminders(3, many)
    first = await store.claim_due(NOW, limit=4)
    assert [r.dispositif for r in first] == ["s9", "s8", "s7", "s6"]  # oldest first


async def test_claim_due_concurrent_claimers(store: SessionStore, make_store: Factory) -> None:
    """Several instances claim at once, in one loop: each due reminder goes to one of them."""
    due = [reminder(chat, kind) for chat in range(30) for kind in ("ouverture", "cloture")]
    for chat in range(30):
        await store.add_reminders(chat, [r for r in due if r.chat_id == chat])
        await store.add_reminders(chat, [reminder(chat, due=NOW + 1e6, scheme="later")])
    claimers = [store, make_store(), make_store()]

    async def drain(s: SessionStore) -> list[Reminder]:
        got: list[Reminder] = []
        while batch := await s.claim_due(NOW, limit=3):
            got.extend(batch)
            await asyncio.sleep(0)
        return got

    results = await asyncio.gather(*(drain(s) for s in claimers for _ in range(2)))
    assert_partition(results, due)
    assert len(await store.reminders(0)) == 3, "claimed ones stay until done"
    for r in due:
        await store.reminder_done(r)
    assert len(await store.reminders(0)) == 1  # the later one


def assert_partition(results: list[list[Reminder]], due: list[Reminder]) -> None:
    keys = [[(r.chat_id, r.id) for r in got] for got in results]
    flat = [k for got in keys for k in got]
    assert len(flat) == len(set(flat)), "a reminder was claimed twice"
    assert set(flat) == {(r.chat_id, r.id) for r in due}


async def test_claim_due_two_processes(store: SessionStore, backend: Factory) -> None:
    """Four threads, each with its own event loop and store (= replicas or processes)."""
    due = [Reminder(chat, NOW - chat, "cloture", FAMI) for chat in range(200)]
    for r in due:
        await store.add_reminders(r.chat_id, [r])
    start = threading.Barrier(4)

    def claimer() -> list[Reminder]:
        async def run() -> list[Reminder]:
            replica = backend()
            try:
                start.wait()
                got: list[Reminder] = []
                while batch := await replica.claim_due(NOW, limit=5):
                    got.extend(batch)
                return got
            finally:
                await replica.close()

        return asyncio.run(run())

    with ThreadPoolExecutor(4) as pool:
        results = await asyncio.wait_for(
            asyncio.gather(*(asyncio.wrap_future(pool.submit(claimer)) for _ in range(4))),
            timeout=60,
        )
    assert_partition(list(results), due)
    assert await store.claim_due(NOW) == []


async def test_opted_in_and_stats(store: SessionStore) -> None:
    await store.save(Session(chat_id=1, profession="medecin"))
    await store.save(Session(chat_id=2, profession="chirurgien-dentiste"))
    await store.save(Session(chat_id=3, profession="medecin"))
    await store.save(Session(chat_id=4))
    await store.add_reminders(3, [reminder(3)])
    await store.add_reminders(1, [reminder(1), reminder(1, "cloture")])
    assert await store.opted_in() == [1, 3]
    assert await store.stats() == {
        "sessions": 4,
        "by_profession": {"chirurgien-dentiste": 1, "inconnue": 1, "medecin": 2},
        "reminders_pending": 3,
        "opted_in": 2,
    }
    await store.delete(1)
    assert await store.opted_in() == [3]


async def test_sqlite_reopens_existing_file(tmp_path: Path) -> None:
    """Tables are created if missing: a file from before the reminders still opens."""
    first = SqliteStore(tmp_path / "s.sqlite3")
    await first.save(Session(chat_id=1))
    await first.close()
    with sqlite3.connect(tmp_path / "s.sqlite3") as db:
        db.execute("DROP TABLE reminders")
        db.execute("DROP TABLE reminder_optin")
    again = SqliteStore(tmp_path / "s.sqlite3")
    assert await again.load(1) is not None
    await again.add_reminders(1, [reminder(1)])
    assert await again.opted_in() == [1]
    await again.close()


async def test_busy_chat_times_out(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A replica that cannot get the chat in LOCK_WAIT gives up with StoreBusy."""
    monkeypatch.setattr(bot.redis_store, "LOCK_WAIT", 0.1)
    first, second = RedisStore(redis_url), RedisStore(redis_url)
    try:
        async with first.lock(3):
            with pytest.raises(StoreBusy):
                async with second.lock(3):
                    pass
            async with second.lock(4):  # another chat: free
                pass
        async with second.lock(3):
            pass
    finally:
        await first.close()
        await second.close()


async def test_a_kept_broadcast_is_taken_once(
    store: SessionStore, make_store: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = make_store()  # another replica handles the second tap
    await store.keep_broadcast("k", ["première partie", "seconde 📅"], ttl=60)
    taken = await asyncio.gather(store.take_broadcast("k"), other.take_broadcast("k"))
    assert sorted(taken, key=str) == [None, ["première partie", "seconde 📅"]]
    assert await store.take_broadcast("inconnue") is None
    await store.keep_broadcast("old", ["x"], ttl=60)
    if isinstance(store, RedisStore):
        with redis.Redis.from_url(store.url) as client:
            assert 0 < client.pttl("fb:broadcast:old") <= 60_000
        return
    fake_clock(monkeypatch, time.time() + 61)
    assert await store.take_broadcast("old") is None, "expired"


async def test_the_update_journal(store: SessionStore) -> None:
    """Journaled once (a second write keeps the first), crossed out when handled, leased."""
    await store.journal([(5, '{"update_id":5}'), (6, '{"update_id":6}')], [], 100.0, 60)
    await store.journal([(5, '{"update_id":5,"again":1}')], [6], 101.0, 60)
    assert await store.claim_journal(150.0) == [], "still leased to its process"
    assert await store.claim_journal(float("inf"), 60) == [(5, '{"update_id":5}', 100.0)]
    assert await store.claim_journal(time.time() + 30) == [], "leased again by the claim"
    assert await store.claim_journal(float("inf")) != [], "polling at start takes all"
    await store.journal([], [5], 102.0)
    assert await store.claim_journal(float("inf")) == []
