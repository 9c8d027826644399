"""Resilience and privacy: retried sends, a blocked user, logs without text or token, and
/oublier erasing every trace in SQLite and in Redis."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import redis
from redis_server import redis_server  # noqa: F401  (session fixture)
from telegram.error import NetworkError, TimedOut
from telegram_harness import TOKEN, TelegramHarness, open_harness, texts

from bot.engine import Engine
from bot.faq_replies import FaqResponder
from bot.redis_store import RedisStore
from bot.reminders import PARIS
from bot.store import SessionStore, SqliteStore
from bot.telegram_app import APOLOGY
from bot.telegram_send import RetryPolicy
from knowledge import Knowledge

ALICE, BOB = 1001, 2002
DMP_Q = "avez-vous consulté ou alimenté au moins un DMP"
CDC_Q = "SESAM-Vitale 1.40 addendum 8"
FAMI = "fami_chirurgien_dentiste_2024"


class Sleeps:
    """A RetryPolicy's sleep that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def now_engine(kb: Knowledge) -> Engine:
    """FAQ on, and a date at which FAMI 2024 reminders can still be planned."""
    now = dt.datetime(2024, 12, 1, 12, tzinfo=PARIS)
    return Engine(kb, faq=FaqResponder.from_knowledge(kb, lambda: now.date()), now=lambda: now)


@pytest.fixture
async def tg(engine: Engine, store: SqliteStore, sleeps: Sleeps) -> AsyncIterator[TelegramHarness]:
    harness = await open_harness(engine, store, retry=RetryPolicy(sleep=sleeps))
    yield harness
    await harness.close()


# ---- retries ------------------------------------------------------------------------------


async def test_flood_control_then_a_timeout_still_delivers_the_answer(
    tg: TelegramHarness, sleeps: Sleeps
) -> None:
    tg.request.fail_next("sendMessage", 429, "Too Many Requests: retry after 0", {"retry_after": 0})
    tg.request.raise_next("sendMessage", TimedOut())
    sent = await tg.send(ALICE, "/start dentiste_2024")
    assert ["FAMI) 2024" in c.text for c in sent] == [True, True, True, False]
    assert DMP_Q in sent[-1].text, "the intro after two failed tries, then the question"
    assert APOLOGY not in texts(sent)
    assert sleeps.waits == [0.5, 1.0], "exponential back-off"


# PTB's own RetryAfter constructor reads its deprecated int-or-timedelta attribute.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_retry_after_is_honoured(tg: TelegramHarness, sleeps: Sleeps) -> None:
    tg.request.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", {"retry_after": 7})
    sent = await tg.send(ALICE, "/aide")
    assert sleeps.waits == [7.0]
    assert "/reprendre" in sent[-1].text


async def test_the_network_down_for_good_ends_in_the_error_handler(
    tg: TelegramHarness, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    for _ in range(4):
        tg.request.raise_next("sendMessage", NetworkError("connection reset"))
    with caplog.at_level(logging.WARNING):
        sent = await tg.send(ALICE, "/aide")
    assert sleeps.waits == [0.5, 1.0, 2.0]
    assert [c.text for c in sent[4:]] == [APOLOGY], "four tries, then the apology"
    assert "NetworkError" in caplog.text


async def test_a_blocked_user_is_logged_and_dropped(
    tg: TelegramHarness, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    tg.request.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    with caplog.at_level(logging.INFO):
        sent = await tg.send(ALICE, "/start dentiste_2024")
    assert len(sent) == 1, "no retry, no further part, no apology"
    assert sleeps.waits == []
    assert "envoi refusé (Forbidden)" in caplog.text


async def test_a_reminder_is_kept_when_telegram_is_unreachable(
    now_engine: Engine, store: SqliteStore, sleeps: Sleeps
) -> None:
    tg = await open_harness(now_engine, store, retry=RetryPolicy(sleep=sleeps))
    try:
        await tg.send(ALICE, "/start dentiste_2024")
        await tg.tap(ALICE, f"r:plan:{FAMI}")
        adapter = tg.app.bot_data["adapter"]
        adapter.service.engine.now = lambda: dt.datetime(2025, 1, 13, 9, 5, tzinfo=PARIS)
        for _ in range(4):
            tg.request.raise_next("sendMessage", TimedOut())
        assert await adapter.send_due(tg.app.bot) == 0
        assert [r.kind for r in await store.reminders(ALICE)] == ["ouverture", "cloture"]
        assert await adapter.send_due(tg.app.bot) == 1, "sent at the next run"
        assert [r.kind for r in await store.reminders(ALICE)] == ["cloture"]
    finally:
        await tg.close()


# ---- logs ---------------------------------------------------------------------------------

SECRETS = (
    "Zorglub",  # in a typed answer the bot does not understand (echoed in its reply)
    "Quand sera versé le FAMI 2024",  # a question
    "Bidulotron",  # a forwarded message
    "Schtroumpf",  # an inline query
)


async def conversation(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.tap_label(ALICE, "Oui")
    await tg.send(ALICE, "Zorglub")
    await tg.send(ALICE, "Quand sera versé le FAMI 2024 ?")
    await tg.process(tg.updates.forwarded(ALICE, "Bidulotron : la date limite du FAMI ?"), ALICE)
    await tg.inline(BOB, "Schtroumpf date limite")
    await tg.send(ALICE, "/rappel")
    await tg.send(ALICE, "/oublier")
    await tg.tap_label(ALICE, "Oui, tout effacer")


async def test_logs_hold_no_user_text_and_no_token(
    now_engine: Engine, store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        tg = await open_harness(now_engine, store)  # the bot logs its URL when it is built
        try:
            await conversation(tg)
        finally:
            await tg.close()
    assert "Mise à jour" in caplog.text and "Requête inline" in caplog.text
    assert any(r.name.startswith("telegram") for r in caplog.records), "PTB's debug records too"
    assert TOKEN not in caplog.text
    for secret in SECRETS:
        assert secret not in caplog.text, secret
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


async def test_log_text_enables_the_text_for_debugging(
    now_engine: Engine, store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="bot.telegram_app"):
        tg = await open_harness(now_engine, store, log_text=True)
        try:
            await tg.send(ALICE, "Zorglub, quand déclarer ?")
        finally:
            await tg.close()
    assert "Zorglub" in caplog.text
    tg = await open_harness(now_engine, store)  # back to the default for the next tests
    await tg.close()


# ---- /oublier in both stores ---------------------------------------------------------------


@pytest.fixture
def redis_url(redis_server: str) -> str:  # noqa: F811  (the imported fixture)
    with redis.Redis.from_url(redis_server) as client:
        client.flushall()
    return redis_server


@pytest.fixture(params=["sqlite", "redis"])
async def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SessionStore]:
    make: Callable[[], SessionStore]
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        make = lambda: RedisStore(url)  # noqa: E731
    else:
        make = lambda: SqliteStore(tmp_path / "sessions.sqlite3")  # noqa: E731
    s = make()
    yield s
    await s.close()


def traces(s: SessionStore, chat_id: int) -> list[str]:
    """Whatever the database still holds about the chat, read around the store's interface."""
    if isinstance(s, RedisStore):
        with redis.Redis.from_url(s.url, decode_responses=True) as client:
            found = [k for k in client.keys("*") if str(chat_id) in k]
            for key in client.keys("*"):
                kind = client.type(key)
                if kind == "zset":
                    members = client.zrange(key, 0, -1)
                elif kind == "set":
                    members = list(client.smembers(key))
                elif kind == "hash":
                    members = list(client.hkeys(key))
                else:
                    continue
                found += [f"{key}:{m}" for m in members if str(chat_id) in m]
            return found
    assert isinstance(s, SqliteStore)
    db = sqlite3.connect(s.path)
    try:
        return [
            table
            for table in ("sessions", "reminders", "reminder_optin")
            if db.execute(f"SELECT 1 FROM {table} WHERE chat_id=?", (chat_id,)).fetchone()
        ]
    finally:
        db.close()


async def test_oublier_erases_every_trace(now_engine: Engine, any_store: SessionStore) -> None:
    tg = await open_harness(now_engine, any_store)
    try:
        await tg.send(BOB, "/start medecin_2023")  # someone else, who stays
        await tg.send(ALICE, "/start dentiste_2024")
        await tg.tap_label(ALICE, "Oui")
        await tg.send(ALICE, "/rappel")
        await tg.tap_label(ALICE, "Me rappeler")
        assert traces(any_store, ALICE), "the session, its reminders and the opt-in exist"
        await tg.send(ALICE, "/oublier")
        sent = await tg.tap_label(ALICE, "Oui, tout effacer")
        assert "Toutes vos données ont été effacées" in texts(sent)
        assert traces(any_store, ALICE) == []
        assert await any_store.load(ALICE) is None
        assert await any_store.reminders(ALICE) == [] and await any_store.opted_in() == []
        stats = await any_store.stats()
        assert (stats["sessions"], stats["reminders_pending"], stats["opted_in"]) == (1, 0, 0)
        assert await any_store.load(BOB) is not None
    finally:
        await tg.close()


# ---- an update delivered twice --------------------------------------------------------------


async def test_a_redelivered_update_is_not_applied_twice(
    tg: TelegramHarness, store: SqliteStore
) -> None:
    """Telegram sends an update again when the bot stopped before acknowledging it: the
    typed answer must not also answer the next question; the current question comes back."""
    await tg.send(ALICE, "/start dentiste_2024")
    answer = tg.updates.message(ALICE, "oui")
    first = await tg.process(answer, ALICE)
    assert CDC_Q in first[-1].text
    before = await store.load(ALICE)
    again = await tg.process(answer, ALICE)
    assert CDC_Q in again[-1].text, "the pending question again, not the one after it"
    after = await store.load(ALICE)
    assert (after.answers, after.path, after.pending) == (
        before.answers,
        before.path,
        before.pending,
    )
    tapped = tg.updates.callback(ALICE, tg.keyboard(ALICE)[0][1], text=first[-1].text)
    await tg.process(tapped, ALICE)
    moved = (await store.load(ALICE)).pending
    await tg.process(tapped, ALICE)
    assert (await store.load(ALICE)).pending == moved, "a tap delivered twice counts once"


async def test_an_update_id_seen_long_ago_is_a_new_update(
    tg: TelegramHarness, store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a week without updates Telegram may draw ids at random: an id met more than
    24 hours ago (longer than Telegram keeps an update) is a new answer, applied."""
    await tg.send(ALICE, "/start dentiste_2024")
    answer = tg.updates.message(ALICE, "oui")
    await tg.process(answer, ALICE)
    later = time.time() + 2 * 86400
    monkeypatch.setattr("bot.app.time.time", lambda: later)
    await tg.process(answer, ALICE)  # "oui" again: now the answer to the CDC question
    assert (await store.load(ALICE)).answers == {"logiciel_dmp": True, "cdc_sesam_vitale": True}
