"""deploy/nginx-webhook.conf run for real on 127.0.0.1, in front of the bot's webhook server.

Telegram delivers every update from a few addresses of its published ranges: the proxy must
pass 500 updates/s from one of them (it answered 503 from 60/s on), and still limit any other
source. nginx cannot be given a Telegram address here, so the test adds 127.0.0.1 to the
config's list of Telegram ranges, as an operator would add a trusted local source.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import ssl
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from telegram.ext import Application
from telegram_harness import TOKEN, RecordingRequest, Updates

from bench.proxy import NGINX_CONF, TELEGRAM_RANGES, nginx, nginx_binary
from bot.engine import Engine
from bot.store import SqliteStore
from bot.telegram_app import build_application
from bot.webhook import WebhookServer

SECRET = "proxy_Secret-42"

pytestmark = pytest.mark.skipif(
    not (nginx_binary() and shutil.which("openssl")), reason="nginx or openssl missing"
)


@asynccontextmanager
async def backend(engine: Engine, store: SqliteStore) -> AsyncIterator[tuple[Application, int]]:
    """The bot's webhook server (not started: updates stay in its queue, counted)."""
    app = build_application(TOKEN, engine=engine, store=store, request=RecordingRequest())
    server = WebhookServer(app, listen="127.0.0.1", port=0, path="/telegram", secret=SECRET)
    await server.start()
    try:
        yield app, server.port
    finally:
        await server.stop()


async def _send(url: str, n: int, rate: float | None) -> tuple[Counter[int], float]:
    """n updates over up to 40 connections (Telegram's default), paced at `rate` per second
    (None: as fast as possible); the status counts and the seconds it took."""
    tls = ssl.create_default_context()
    tls.check_hostname = False
    tls.verify_mode = ssl.CERT_NONE
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    updates = Updates()
    statuses: Counter[int] = Counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=40, ssl=tls)) as http:
        started = time.monotonic()

        async def one(i: int) -> None:
            if rate:
                await asyncio.sleep(max(0.0, started + i / rate - time.monotonic()))
            body = updates.message(1000 + i % 50, "/aide")
            async with http.post(url, json=body, headers=headers) as response:
                statuses[response.status] += 1

        await asyncio.gather(*(one(i) for i in range(n)))
        return statuses, time.monotonic() - started


async def test_500_updates_a_second_from_one_telegram_address_all_pass(
    engine: Engine, store: SqliteStore, tmp_path: Path
):
    conf = NGINX_CONF.read_text(encoding="utf-8")
    for published in TELEGRAM_RANGES:
        assert re.search(rf"^\s*{re.escape(published)}\s+\S+;", conf, re.M), published
    async with backend(engine, store) as (app, port):
        with nginx(tmp_path, [port, port], trusted=("127.0.0.1",)) as (https, _):
            statuses, seconds = await _send(f"https://127.0.0.1:{https}/telegram", 500, rate=500)
    assert statuses == Counter({200: 500}), statuses
    assert app.update_queue.qsize() == 500
    # Paced at 500/s; on a busy machine this process sends fewer, but still well above the
    # 30/s (burst 60) that the old per-address limit let through.
    assert 500 / seconds > 60, f"only {500 / seconds:.0f} updates/s sent"


async def test_other_sources_are_limited_with_429(
    engine: Engine, store: SqliteStore, tmp_path: Path
):
    async with backend(engine, store) as (_, port):
        with nginx(tmp_path, [port, port]) as (https, _):
            statuses, _ = await _send(f"https://127.0.0.1:{https}/telegram", 200, rate=None)
    assert set(statuses) == {200, 429}, statuses
    assert statuses[200] >= 40  # the burst passes
