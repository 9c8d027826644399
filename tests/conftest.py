"""Shared fixtures: the knowledge base, an engine with a fixed date, and an in-process Telegram."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram_harness import TOKEN, RecordingRequest, TelegramHarness, virtual_pacing

from bot.engine import Engine
from bot.store import SqliteStore
from knowledge import Knowledge, load

TODAY = dt.date(2025, 1, 15)  # during the declaration of 2024: deadlines and years are stable


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return load()


@pytest.fixture
def engine(kb: Knowledge) -> Engine:
    return Engine(kb, today=lambda: TODAY)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    s = SqliteStore(tmp_path / "sessions.sqlite3")
    yield s
    await s.close()


@pytest.fixture
async def tg(engine: Engine, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    """The real Application on a recording request, initialised (getMe) and post_init run."""
    from bot.telegram_app import build_application

    request = RecordingRequest()
    app = build_application(
        TOKEN,
        engine=engine,
        store=store,
        request=request,
        updates_request=RecordingRequest(),
        pacing=virtual_pacing(),
    )
    await app.initialize()
    await app.post_init(app)
    yield TelegramHarness(app, request)
    await app.bot_data["adapter"].outbox.close()
    await app.shutdown()
