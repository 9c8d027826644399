"""A stored session that cannot be read never locks its chat out: it is put apart for the
operator (logged without its content), the user is told and starts afresh, and /oublier
erases everything, the quarantined copy included. Both stores, damaged behind their back."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest
import redis
from redis_server import redis_server  # noqa: F401  (session fixture)
from telegram_harness import TelegramHarness, open_harness, texts

from bot.actions import ConfirmForget
from bot.app import DAMAGED_SESSION, ChatService, Incoming
from bot.engine import Engine
from bot.events import Command, Text
from bot.messages import Message
from bot.redis_store import RedisStore
from bot.reminders import Reminder
from bot.session import VERSION, Session
from bot.store import SessionStore, SqliteStore
from bot.telegram_app import APOLOGY
from bot.text_render import to_text

CHAT = 4242
SECRET = "réponse-secrète-4242"
FAMI = "fami_chirurgien_dentiste_2024"
DAMAGES = {
    "truncated": b'{"chat_id":4242,"profession":"chirurgien-dentiste","answers":{"x":"'
    + SECRET.encode(),
    "wrong type": f'{{"v":{VERSION},"chat_id":4242,"answers":"{SECRET}"}}'.encode(),
    "not UTF-8": b'{"v":2,"chat_id":4242,"pending":"\xff\xfe' + SECRET.encode() + b'"}',
    "not an object": f'["{SECRET}"]'.encode(),
}


class Recorder:
    def __init__(self) -> None:
        self.sent: list[Message] = []

    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        self.sent += messages
        return True

    def text(self) -> str:
        return "\n".join(to_text(m) for m in self.sent)


class Damager:
    """Writes bytes where the store keeps the chat's session, and reads what it quarantined."""

    def __init__(self, store: SessionStore) -> None:
        self.store = store

    def write(self, data: bytes) -> None:
        if isinstance(self.store, RedisStore):
            with redis.Redis.from_url(self.store.url) as client:
                client.set(f"fb:session:{CHAT}", data)
            return
        with sqlite3.connect(self.store.path) as db:
            db.execute("INSERT OR REPLACE INTO sessions VALUES (?, ?, 0)", (CHAT, data))

    def quarantined(self) -> list[bytes]:
        if isinstance(self.store, RedisStore):
            with redis.Redis.from_url(self.store.url) as client:
                found = client.hgetall(f"fb:quarantine:{CHAT}")
            return [v for k, v in found.items() if not k.endswith(b":why")]
        with sqlite3.connect(self.store.path) as db:
            return [
                r[0] for r in db.execute("SELECT data FROM quarantine WHERE chat_id=?", (CHAT,))
            ]


@pytest.fixture(params=["sqlite", "redis"])
async def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SessionStore]:
    store: SessionStore
    if request.param == "sqlite":
        store = SqliteStore(tmp_path / "sessions.sqlite3")
    else:
        url = request.getfixturevalue("redis_server")
        with redis.Redis.from_url(url) as client:
            client.flushall()
        store = RedisStore(url)
    yield store
    await store.close()


@pytest.mark.parametrize("damage", list(DAMAGES))
async def test_a_damaged_session_is_put_apart_and_the_chat_goes_on(
    engine: Engine, any_store: SessionStore, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    service, out = ChatService(engine, any_store), Recorder()
    await any_store.add_reminders(CHAT, [Reminder(CHAT, 2e9, "cloture", FAMI)])
    Damager(any_store).write(DAMAGES[damage])
    with caplog.at_level(logging.DEBUG):
        await service.handle(Incoming(CHAT, Command("start", "dentiste_2024")), out)
    assert out.text().startswith(DAMAGED_SESSION)
    assert "avez-vous consulté ou alimenté au moins un DMP" in out.text(), "started afresh"
    assert Damager(any_store).quarantined() == [DAMAGES[damage]], "kept as it was stored"
    assert "mise à l'écart" in caplog.text and str(CHAT) in caplog.text
    assert SECRET not in caplog.text, "the logs never hold the content"
    session = await any_store.load(CHAT, reminders=True)
    assert session is not None and session.profession == "chirurgien-dentiste"
    assert [r["kind"] for r in session.reminders] == ["cloture"], "the reminders are kept"

    await service.handle(Incoming(CHAT, Text("oui")), out)
    session = await any_store.load(CHAT)
    assert session is not None and session.answers == {"logiciel_dmp": True}
    assert out.text().count(DAMAGED_SESSION) == 1, "said once"


async def test_oublier_works_whatever_the_stored_state(
    engine: Engine, any_store: SessionStore
) -> None:
    service, out = ChatService(engine, any_store), Recorder()
    await any_store.add_reminders(CHAT, [Reminder(CHAT, 2e9, "cloture", FAMI)])
    Damager(any_store).write(DAMAGES["wrong type"])
    await service.handle(Incoming(CHAT, Command("oublier")), out)
    assert "Effacer toutes vos réponses et vos rappels" in out.text()
    Damager(any_store).write(DAMAGES["truncated"])  # damaged again before the confirmation
    await service.handle(Incoming(CHAT, ConfirmForget(True)), out)
    assert "Toutes vos données ont été effacées" in out.text()
    assert await any_store.load(CHAT) is None
    assert await any_store.reminders(CHAT) == [] and await any_store.opted_in() == []
    assert Damager(any_store).quarantined() == [], "the quarantined copies are erased too"
    if isinstance(any_store, RedisStore):
        with redis.Redis.from_url(any_store.url) as client:
            assert client.keys(f"*{CHAT}*") == []


async def test_stats_count_a_damaged_session(engine: Engine, any_store: SessionStore) -> None:
    await any_store.save(Session(chat_id=1, profession="medecin"))
    Damager(any_store).write(DAMAGES["not UTF-8"])
    stats = await any_store.stats()
    assert stats["by_profession"]["medecin"] == 1


async def test_through_telegram_no_apology(engine: Engine, store: SqliteStore) -> None:
    """The probe: a damaged session made every message, /oublier included, get the apology."""
    tg: TelegramHarness = await open_harness(engine, store)
    try:
        await tg.send(CHAT, "/start dentiste_2024")
        Damager(store).write(DAMAGES["truncated"])
        for move in ("/oublier", "/aide", "/reprendre"):
            assert APOLOGY not in texts(await tg.send(CHAT, move))
        await tg.send(CHAT, "/oublier")
        sent = await tg.tap_label(CHAT, "Oui, tout effacer")
        assert "Toutes vos données ont été effacées" in texts(sent)
        assert await store.load(CHAT) is None and Damager(store).quarantined() == []
    finally:
        await tg.close()


async def test_quarantine_is_kept_no_longer_than_idle_sessions(any_store: SessionStore) -> None:
    Damager(any_store).write(DAMAGES["truncated"])
    await any_store.quarantine(CHAT, "test")
    if isinstance(any_store, RedisStore):
        with redis.Redis.from_url(any_store.url) as client:
            assert 0 < client.ttl(f"fb:quarantine:{CHAT}") <= 180 * 86400
        return
    await any_store.purge(idle_days=180)
    assert Damager(any_store).quarantined() == [DAMAGES["truncated"]]
    await any_store.purge(idle_days=-1)
    assert Damager(any_store).quarantined() == []
