"""`forfait-bot run` with the Mini App: its server started and stopped with the bot, the
menu button set, and a save answered in the chat with the new result."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from telegram_harness import TOKEN
from test_telegram_server import FakeBotApi, _settings, fake_api, serving  # noqa: F401
from webapp_helpers import NOW, get, post

import bot.telegram_run as run
from bot.engine import Engine
from bot.store import SqliteStore
from bot.telegram_app import build_application
from bot.webapp_auth import init_data_for

ALICE = 1111
URL = "https://bot.example.fr/app/"


async def test_run_serves_the_mini_app(
    engine: Engine,
    store: SqliteStore,
    fake_api: FakeBotApi,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("bot.webapp_server.time", SimpleNamespace(time=lambda: NOW))
    engine.webapp_url = URL
    app = build_application(TOKEN, engine=engine, store=store, base_url=fake_api.base_url)
    settings = _settings(0, webhook_url="", web_port=0, webapp_url=URL)
    servers: list = []
    make = run._webapp_server

    def spy(*args):  # the port is chosen at start: keep the server to read it
        servers.append(make(*args))
        return servers[-1]

    monkeypatch.setattr(run, "_webapp_server", spy)
    async with serving(app, settings, fake_api):
        base = f"http://127.0.0.1:{servers[0].port}"
        page = await get(f"{base}/app/")
        profile = {
            "profession": "dentiste",
            "exercice": "2024",
            "indicateurs": {"logiciel_dmp": "oui", "taux_teletransmission": 75},
        }
        data = init_data_for(ALICE, TOKEN, int(NOW))
        saved = await post(f"{base}/app/api/save", {"initData": data, "profile": profile})
        result = await fake_api.wait_for("sendMessage", "Montant estimé")
        for _ in range(200):  # the result's last part carries the keyboard
            sent = [str(c.params) for c in fake_api.calls if c.method == "sendMessage"]
            if any("web_app" in text for text in sent):
                break
            await asyncio.sleep(0.01)
    assert page[0] == 200 and saved == (200, {"enregistre": True})
    assert result.chat_id == ALICE
    assert any(f"{URL}?profession=chirurgien-dentiste&exercice=2024" in t for t in sent)
    menu = next(c for c in fake_api.calls if c.method == "setChatMenuButton")
    assert URL in str(menu.params)
