"""`forfait-bot run`: configuration from the environment, and the adapter's small pieces."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import Application
from telegram_harness import BOT_USERNAME, TOKEN, Updates

from bot.actions import Answer
from bot.events import Command, Text
from bot.http import BotApiRequest
from bot.pacing import BULK_RATE
from bot.telegram_app import CONCURRENCY
from bot.telegram_logs import Redact
from bot.telegram_run import Settings, _event_loop_factory, run_bot
from bot.telegram_updates import event_from_update

ENV = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_WEBHOOK_URL",
    "TELEGRAM_WEBHOOK_SECRET",
    "TELEGRAM_WEBHOOK_LISTEN",
    "TELEGRAM_WEBHOOK_PORT",
    "TELEGRAM_API_BASE_URL",
    "FORFAIT_BOT_REDIS_URL",
    "FORFAIT_BOT_CONCURRENCY",
    "FORFAIT_BOT_MAX_RATE",
    "FORFAIT_BOT_BULK_RATE",
    "FORFAIT_BOT_METRICS_PORT",
    "FORFAIT_BOT_METRICS_LISTEN",
    "FORFAIT_BOT_WEB_PORT",
    "FORFAIT_BOT_WEB_LISTEN",
    "FORFAIT_BOT_WEBAPP_URL",
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for var in ENV:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("FORFAIT_BOT_DATA", str(tmp_path))
    return monkeypatch


@pytest.fixture
def runs(env: pytest.MonkeyPatch) -> list[tuple[str, Application, Settings]]:
    """Replaces the serving loop: records how run_bot would start the application."""
    seen: list[tuple[str, Application, Settings]] = []

    def serve(app: Application, settings: Settings) -> None:
        seen.append(("webhook" if settings.webhook_url else "polling", app, settings))

    env.setattr("bot.telegram_run._serve", serve)
    return seen


def test_missing_token(env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_bot() == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN n'est pas défini" in err and "@BotFather" in err


@pytest.mark.parametrize("secret", [None, "", "has spaces", "x" * 257])
def test_webhook_requires_a_valid_secret(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], secret: str | None
) -> None:
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/tg")
    if secret is not None:
        env.setenv("TELEGRAM_WEBHOOK_SECRET", secret)
    assert run_bot() == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_WEBHOOK_SECRET est obligatoire" in err and TOKEN not in err


def test_polling_by_default(env: pytest.MonkeyPatch, runs: list) -> None:
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/bot")
    assert run_bot() == 0
    [(mode, app, _)] = runs
    assert mode == "polling"
    assert app.bot.base_url == f"http://127.0.0.1:8081/bot{TOKEN}"
    assert app.bot.base_file_url == f"http://127.0.0.1:8081/file/bot{TOKEN}"
    assert app.bot.rate_limiter is None, "sends are paced per chat by the outbox"
    assert app.bot_data["adapter"].outbox.overall.interval == 0, "no overall cap by default"
    assert isinstance(app.bot.request, BotApiRequest)
    assert app.update_processor.max_concurrent_updates == CONCURRENCY
    assert app.bot_data["adapter"].reminders.bulk.interval == 1 / BULK_RATE
    assert app.post_init is not None and app.post_shutdown is not None
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    assert app.bot_data["adapter"].service.engine.faq is not None, "the FAQ answers in the bot"
    asyncio.run(app.post_shutdown(app))  # closes the store


def test_throughput_settings(env: pytest.MonkeyPatch, runs: list) -> None:
    env.setattr("bot.faq_replies.FaqResponder.from_knowledge", lambda kb: None)
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("FORFAIT_BOT_CONCURRENCY", "8")
    env.setenv("FORFAIT_BOT_MAX_RATE", "30")
    env.setenv("FORFAIT_BOT_BULK_RATE", "12,5")
    assert run_bot() == 0
    app = runs[0][1]
    assert app.update_processor.max_concurrent_updates == 8
    assert app.bot.request.pool_size > 8  # room for the bulk sends and the jobs
    assert app.bot_data["adapter"].outbox.overall.interval == 1 / 30
    assert app.bot_data["adapter"].reminders.bulk.interval == 0.08


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("FORFAIT_BOT_CONCURRENCY", "0"),
        ("FORFAIT_BOT_CONCURRENCY", "beaucoup"),
        ("FORFAIT_BOT_MAX_RATE", "-1"),
        ("FORFAIT_BOT_BULK_RATE", "inf"),
    ],
)
def test_bad_throughput_settings(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], var: str, value: str
) -> None:
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv(var, value)
    assert run_bot() == 2
    assert f"{var} : un nombre est attendu" in capsys.readouterr().err


def test_webhook_mode(env: pytest.MonkeyPatch, runs: list) -> None:
    # The FAQ index is not under test here.
    env.setattr("bot.faq_replies.FaqResponder.from_knowledge", lambda kb: None)
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/tg/hook")
    env.setenv("TELEGRAM_WEBHOOK_SECRET", "abc_DEF-123")
    assert run_bot() == 0
    [(mode, app, settings)] = runs
    assert mode == "webhook"
    assert settings.listen == "127.0.0.1" and settings.port == 8443
    assert settings.webhook_url == "https://bot.example.org/tg/hook"
    assert settings.secret == "abc_DEF-123"
    assert app.bot.base_url == f"https://api.telegram.org/bot{TOKEN}"


def test_webhook_listen_and_port(env: pytest.MonkeyPatch, runs: list) -> None:
    env.setattr("bot.faq_replies.FaqResponder.from_knowledge", lambda kb: None)
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/")
    env.setenv("TELEGRAM_WEBHOOK_SECRET", "abc")
    env.setenv("TELEGRAM_WEBHOOK_LISTEN", "0.0.0.0")
    env.setenv("TELEGRAM_WEBHOOK_PORT", "9000")
    assert run_bot() == 0
    settings = runs[0][2]
    assert (settings.listen, settings.port) == ("0.0.0.0", 9000)
    env.setenv("TELEGRAM_WEBHOOK_PORT", "huit")
    assert run_bot() == 2


def test_the_token_is_redacted_from_logs(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redact")
    caplog.handler.addFilter(Redact(TOKEN))
    try:
        raise RuntimeError(f"POST https://api.telegram.org/bot{TOKEN}/getMe failed")
    except RuntimeError:
        logger.exception("HTTP Request: POST https://api.telegram.org/bot%s/getUpdates", TOKEN)
    assert TOKEN not in caplog.text
    assert "bot<jeton>/getUpdates" in caplog.text


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("/start dentiste_2024", Command("start", "dentiste_2024")),
        (f"/start@{BOT_USERNAME} medecin_2023", Command("start", "medecin_2023")),
        ("/Reprendre", Command("reprendre", "")),
        ("/aide   ", Command("aide", "")),
        ("/aide@other_bot", None),
        ("85,5 %", Text("85,5 %")),
        ("/home/user", Text("/home/user")),
    ],
)
def test_event_from_update(text: str, event: Command | Text | None) -> None:
    update = Update.de_json(Updates().message(1, text), None)
    assert event_from_update(update, BOT_USERNAME) == event


def test_event_from_a_callback() -> None:
    update = Update.de_json(Updates().callback(1, "a:q:oui"), None)
    assert event_from_update(update, BOT_USERNAME) == Answer("q", "oui")


def test_metrics_endpoint_settings(env: pytest.MonkeyPatch, runs: list) -> None:
    env.setattr("bot.faq_replies.FaqResponder.from_knowledge", lambda kb: None)
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    assert run_bot() == 0
    assert runs[-1][2].metrics_port is None  # off unless asked
    asyncio.run(runs[-1][1].post_shutdown(runs[-1][1]))  # closes the store
    env.setenv("FORFAIT_BOT_METRICS_PORT", "9464")
    env.setenv("FORFAIT_BOT_METRICS_LISTEN", "0.0.0.0")
    assert run_bot() == 0
    settings = runs[-1][2]
    assert (settings.metrics_listen, settings.metrics_port) == ("0.0.0.0", 9464)
    asyncio.run(runs[-1][1].post_shutdown(runs[-1][1]))
    env.setenv("FORFAIT_BOT_METRICS_PORT", "neuf")
    assert run_bot() == 2


def test_mini_app_settings(env: pytest.MonkeyPatch, runs: list, capsys) -> None:
    env.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    env.setenv("FORFAIT_BOT_WEBAPP_URL", "http://bot.example.fr/app/")
    assert run_bot() == 2
    assert "FORFAIT_BOT_WEBAPP_URL" in capsys.readouterr().err
    env.setenv("FORFAIT_BOT_WEBAPP_URL", "https://bot.example.fr/app/")
    env.setenv("FORFAIT_BOT_WEB_PORT", "8088")
    assert run_bot() == 0
    [(_, app, settings)] = runs
    assert (settings.web_listen, settings.web_port) == ("127.0.0.1", 8088)
    assert app.bot_data["adapter"].service.engine.webapp_url == "https://bot.example.fr/app/"
    asyncio.run(app.post_shutdown(app))


def test_the_bot_runs_on_uvloop_where_installed() -> None:
    uvloop = pytest.importorskip("uvloop")
    assert _event_loop_factory() is uvloop.new_event_loop
