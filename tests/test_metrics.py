"""The Prometheus metrics (bot/metrics.py) move with what the bot does.

Updates go through the application's update processor as PTB sends them, so what is counted
is what production counts. Metrics live in the process's registry: tests compare before and
after.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis
from prometheus_client import REGISTRY
from redis_server import redis_server  # noqa: F401  (session fixture)
from telegram import Update
from telegram_harness import TelegramHarness, Updates, open_harness, plain, settle

from bot.engine import Engine
from bot.metrics import count_store_error, due_reminders, watch
from bot.redis_store import RedisStore
from bot.reminders import Reminder
from bot.store import SqliteStore, StoreBusy
from bot.telegram_app import APOLOGY

ALICE = 2001


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
async def tg(engine: Engine, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    harness = await open_harness(engine, store)
    yield harness
    await harness.close()


async def through_processor(tg: TelegramHarness, update: dict[str, Any]) -> None:
    """As PTB's update fetcher does: the processor runs the application's handling."""
    u = Update.de_json(update, tg.app.bot)
    await tg.app.update_processor.process_update(u, tg.app.process_update(u))
    await settle(tg.app)


async def test_updates_are_counted_by_kind_with_their_latency(tg: TelegramHarness):
    kinds = ("command", "message", "callback", "inline")
    before = {k: value("forfait_bot_updates_total", kind=k) for k in kinds}
    observed = value("forfait_bot_update_seconds_count")
    updates = Updates()
    await through_processor(tg, updates.message(ALICE, "/start"))
    await through_processor(tg, updates.message(ALICE, "bonjour"))
    await through_processor(tg, updates.callback(ALICE, "a:q:oui"))
    await through_processor(tg, updates.inline_query(ALICE, "dmp"))
    after = {k: value("forfait_bot_updates_total", kind=k) for k in kinds}
    assert {k: after[k] - before[k] for k in kinds} == dict.fromkeys(kinds, 1)
    assert value("forfait_bot_update_seconds_count") - observed == 4
    assert value("forfait_bot_update_seconds_bucket", le="+Inf") >= 4


async def test_queue_depth_shows_updates_waiting_for_a_slot(engine: Engine, store: SqliteStore):
    harness = await open_harness(engine, store, concurrency=1)
    app = harness.app
    watch(app, store)
    release = asyncio.Event()

    async def slow() -> None:
        await release.wait()

    updates = [Update.de_json(Updates().message(ALICE, "/aide"), app.bot) for _ in range(3)]
    tasks = [asyncio.create_task(app.update_processor.process_update(u, slow())) for u in updates]
    await asyncio.sleep(0.05)
    assert value("forfait_bot_queue_depth", kind="handling") == 1
    assert value("forfait_bot_queue_depth", kind="waiting") == 2
    assert value("forfait_bot_queue_depth", kind="received") == 0
    release.set()
    await asyncio.gather(*tasks)
    assert value("forfait_bot_queue_depth", kind="handling") == 0
    assert value("forfait_bot_queue_depth", kind="waiting") == 0
    await harness.close()


async def test_a_store_error_is_counted_with_the_apology(
    tg: TelegramHarness, store: SqliteStore, monkeypatch: pytest.MonkeyPatch
):
    apologies = value("forfait_bot_apologies_total")
    errors = value("forfait_bot_store_errors_total", error="OperationalError")

    async def broken(chat_id: int, **_: object) -> None:  # load(chat_id, reminders=…)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "load", broken)
    await through_processor(tg, Updates().message(ALICE, "/aide"))
    assert APOLOGY.split(".")[0] in plain(tg.sent(ALICE)[-1].text)
    assert value("forfait_bot_apologies_total") - apologies == 1
    assert value("forfait_bot_store_errors_total", error="OperationalError") - errors == 1


def test_store_errors_are_found_in_the_cause_chain():
    before = value("forfait_bot_store_errors_total", error="StoreBusy")
    try:
        try:
            raise StoreBusy("chat 1")
        except StoreBusy as e:
            raise RuntimeError("step failed") from e
    except RuntimeError as e:
        count_store_error(e)
    count_store_error(ValueError("not the store"))
    assert value("forfait_bot_store_errors_total", error="StoreBusy") - before == 1


def _reminders(now: float) -> list[Reminder]:
    return [
        Reminder(ALICE, now - 60, "declaration", "forfait_structure_2024"),
        Reminder(ALICE, now - 1, "rappel_2", "forfait_structure_2024"),
        Reminder(ALICE + 1, now + 3600, "declaration", "forfait_structure_2024"),
    ]


async def test_reminder_backlog_from_sqlite(engine: Engine, store: SqliteStore):
    now = time.time()
    await store.add_reminders(ALICE, _reminders(now)[:2])
    await store.add_reminders(ALICE + 1, _reminders(now)[2:])
    assert await due_reminders(store, now) == 2
    harness = await open_harness(engine, store)
    refresh = watch(harness.app, store, clock=lambda: now)
    await refresh()
    assert value("forfait_bot_reminders_due") == 2
    await store.claim_due(now)
    await refresh()
    assert value("forfait_bot_reminders_due") == 0
    await harness.close()


@pytest.fixture
async def redis_store(redis_server: str) -> AsyncIterator[RedisStore]:  # noqa: F811
    with redis.Redis.from_url(redis_server) as client:
        client.flushdb()
    store = RedisStore(redis_server)
    yield store
    await store.close()


async def test_reminder_backlog_from_redis(redis_store: RedisStore):
    now = time.time()
    await redis_store.add_reminders(ALICE, _reminders(now)[:2])
    await redis_store.add_reminders(ALICE + 1, _reminders(now)[2:])
    assert await due_reminders(redis_store, now) == 2
