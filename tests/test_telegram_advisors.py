"""/stats and /diffuser: for the advisors of FORFAIT_BOT_ADVISORS only, outside the engine."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application
from telegram_harness import TOKEN, TelegramHarness, open_harness, plain, texts

from bot.advisors import ADVISORS_ONLY
from bot.commands import COMMANDS
from bot.engine import Engine
from bot.reminders import Reminder
from bot.store import SqliteStore
from bot.telegram_run import parse_advisors, run_bot
from knowledge import Knowledge

ADVISOR, BOB, CAROL, DAVE = 1001, 2002, 3003, 4004
MESSAGE = "La déclaration <FAMI> ouvre lundi & dure 7 semaines : 1 240 € en jeu."
# As sent: HTML-escaped, and typeset like every message (narrow no-break spaces, bot/typography).
ESCAPED = (
    "La déclaration &lt;FAMI&gt; ouvre lundi &amp; dure 7 semaines\u202f: 1\u202f240\u202f€ en jeu."
)


@pytest.fixture
async def tg(engine: Engine, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    harness = await open_harness(engine, store, advisors=frozenset({ADVISOR}))
    yield harness
    await harness.close()


async def confirm(tg: TelegramHarness) -> list[Any]:
    """Tap "Envoyer" under the preview (its replies go to other chats: no `process` check)."""
    preview = tg.sent(ADVISOR)[-1]
    data = dict(preview.buttons)["Envoyer"]
    calls = await tg.quiet(tg.updates.callback(ADVISOR, data, text=plain(preview.text)))
    assert calls[0].method == "answerCallbackQuery", "answered first"
    return calls


async def opt_in(store: SqliteStore, *chats: int) -> None:
    for chat in chats:
        await store.add_reminders(chat, [Reminder(chat, 2e9, "cloture", "fami_x_2024")])


async def test_stats_for_an_advisor(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(BOB, "/start medecin_2023")
    await tg.send(CAROL, "/start dentiste_2024")
    await tg.send(DAVE, "/start")
    await opt_in(store, CAROL)
    sent = await tg.send(ADVISOR, "/stats")
    assert plain(sent[0].text).splitlines() == [
        "Statistiques (comptages, sans aucune donnée personnelle)",
        "Sessions : 3",
        "• médecins : 1",
        "• chirurgiens-dentistes : 1",
        "• profession non choisie : 1",
        "Rappels en attente : 1",
        "Conversations inscrites aux rappels : 1",
    ]
    assert await store.load(ADVISOR) is None, "not part of a practitioner's conversation"


@pytest.mark.parametrize("command", ["/stats", "/diffuser Bonjour à tous"])
async def test_refused_to_others(tg: TelegramHarness, store: SqliteStore, command: str) -> None:
    await opt_in(store, CAROL)
    sent = await tg.send(BOB, command)
    assert [c.text for c in sent] == [ADVISORS_ONLY]
    assert tg.sent(CAROL) == []


async def test_a_forged_confirmation_is_refused(tg: TelegramHarness, store: SqliteStore) -> None:
    await opt_in(store, CAROL)
    sent = await tg.tap(BOB, "d:envoyer", text="Message pirate")
    assert [c.text for c in sent] == [ADVISORS_ONLY]
    assert tg.sent(CAROL) == []


async def test_diffuser_previews_then_sends_to_opted_in_chats(
    tg: TelegramHarness, store: SqliteStore
) -> None:
    await opt_in(store, BOB, CAROL)
    await tg.send(DAVE, "/start")  # a session, but no reminder: not a recipient
    dave = len(tg.sent(DAVE))
    sent = await tg.send(ADVISOR, f"/diffuser {MESSAGE}")
    assert "partira vers 2 conversations" in texts(sent)
    assert sent[-1].text == ESCAPED, "the preview is exactly what will be sent"
    assert [label for label, _ in sent[-1].buttons] == ["Envoyer", "Annuler"]
    assert tg.sent(BOB) == [] and tg.sent(CAROL) == [], "nothing before the confirmation"

    await confirm(tg)
    assert tg.last_text(ADVISOR) == "Message envoyé à 2 conversations."
    for chat in (BOB, CAROL):
        [message] = tg.sent(chat)
        assert message.text == ESCAPED and message.params["parse_mode"] == "HTML"
    assert len(tg.sent(DAVE)) == dave, "not opted in: nothing"


async def test_diffuser_counts_blocked_chats(tg: TelegramHarness, store: SqliteStore) -> None:
    await opt_in(store, BOB, CAROL)
    await tg.send(ADVISOR, f"/diffuser {MESSAGE}")
    tg.request.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    await confirm(tg)
    assert tg.last_text(ADVISOR) == (
        "Message envoyé à 1 conversation. 1 échec (bot bloqué ou conversation supprimée)."
    )


async def test_diffuser_cancel_and_usage(tg: TelegramHarness, store: SqliteStore) -> None:
    await opt_in(store, BOB)
    assert "/diffuser La déclaration" in texts(await tg.send(ADVISOR, "/diffuser"))
    await tg.send(ADVISOR, "/diffuser Bonjour")
    sent = await tg.tap_label(ADVISOR, "Annuler")
    assert "Diffusion annulée" in texts(sent)
    assert tg.sent(BOB) == []
    sent = await tg.send(ADVISOR, "/diffuser " + "x" * 8001)
    assert "Message trop long" in texts(sent)


async def test_advisor_commands_are_not_in_the_public_menu(tg: TelegramHarness) -> None:
    menus = tg.request.calls_to("setMyCommands")
    public = [c for c in menus if "scope" not in c.params]
    [mine] = [c for c in menus if "scope" in c.params]
    names = [c["command"] for c in public[0].params["commands"]]
    assert names == [c.name for c in COMMANDS.public()] and "stats" not in names
    assert mine.params["scope"] == {"type": "chat", "chat_id": ADVISOR}
    assert [c["command"] for c in mine.params["commands"]] == [
        c.name for c in COMMANDS.for_advisors()
    ]
    assert [c["command"] for c in mine.params["commands"]][-2:] == ["stats", "diffuser"]


def test_parse_advisors() -> None:
    assert parse_advisors("") == frozenset()
    assert parse_advisors(" 123, 456 ,") == frozenset({123, 456})
    with pytest.raises(ValueError):
        parse_advisors("123,alice")


def test_run_bot_reads_the_advisors(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kb: Knowledge, capsys
) -> None:
    seen: list[Application] = []

    def serve(app: Application, _: Any) -> None:  # instead of polling Telegram
        seen.append(app)

    for var in ("TELEGRAM_WEBHOOK_URL", "FORFAIT_BOT_REDIS_URL", "FORFAIT_BOT_LOG_LEVEL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("bot.telegram_run._serve", serve)
    monkeypatch.setattr("bot.faq_replies.FaqResponder.from_knowledge", lambda kb: None)
    monkeypatch.setattr("knowledge.load", lambda: kb)
    monkeypatch.setenv("FORFAIT_BOT_DATA", str(tmp_path))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("FORFAIT_BOT_ADVISORS", "111,222")
    assert run_bot() == 0
    [app] = seen
    assert app.bot_data["adapter"].service.desk.advisors == frozenset({111, 222})
    asyncio.run(app.post_shutdown(app))  # closes the store
    monkeypatch.setenv("FORFAIT_BOT_ADVISORS", "111;222")
    assert run_bot() == 2
    assert "FORFAIT_BOT_ADVISORS" in capsys.readouterr().err


# ---- an advisor's result: a text to copy, a share button (issue 12, item 7) ----------------


class NoStore:
    """A store that fails the test as soon as anything touches it."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the store was used: {name}")


async def finish_dentist_2024(tg: TelegramHarness, chat: int) -> list[Any]:
    """A complete dentist path (1 240 € of 1 240 €); the result's messages."""
    await tg.send(chat, "/start dentiste_2024")
    for label in ("Oui", "Oui", "Oui"):
        await tg.tap_label(chat, label)
    await tg.send(chat, "85")
    await tg.tap_label(chat, "BAL MSSanté personnelle")
    await tg.tap_label(chat, "MSP, ESP/ESS ou CPTS")
    await tg.send(chat, "3")
    return await tg.tap_label(chat, "Oui")


def decoded(value: Any) -> Any:
    """A Bot API parameter as sent: JSON text for nested objects, or the object."""
    return json.loads(value) if isinstance(value, str) else value


def share_button(call: Any) -> dict[str, Any]:
    rows = decoded(call.params["reply_markup"])["inline_keyboard"]
    [button] = [b for row in rows for b in row if b["text"] == "Partager"]
    return button


async def test_an_advisor_copies_and_shares_the_result(tg: TelegramHarness, engine: Engine) -> None:
    [result] = await finish_dentist_2024(tg, ADVISOR)
    assert "1 240 € sur 1 240 € possibles" in plain(result.text)
    labels = [label for label, _ in result.buttons]
    assert labels[:2] == ["Détail par indicateur", "Plan d'action"]
    assert labels[-2:] == ["Texte à copier", "Partager"]

    [copy] = await tg.tap_label(ADVISOR, "Texte à copier")
    assert plain(copy.text).startswith("Texte à copier :")
    [pre] = re.findall(r"<pre>(.*)</pre>", copy.text, re.S)
    assert plain(pre) == plain(result.text), "the result as it reads, in one piece"
    assert copy.buttons == []

    button = share_button(result)
    query = button["switch_inline_query"]
    assert "callback_data" not in button and len(query) <= 256
    assert query.startswith("estimation dentiste_2024 ")
    # What Telegram then sends: the query, typed after @bot in the chat the advisor picks.
    alone = await open_harness(engine, NoStore())  # inline answers never wait on the store
    try:
        call = await alone.inline(ADVISOR, query)
    finally:
        await alone.close()
    [card] = decoded(call.params["results"])
    assert plain(card["title"]) == "Estimation : 1 240 € sur 1 240 € possibles"
    content = card["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert plain(content["message_text"]) == plain(result.text), "the same result, no buttons"
    link = card["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert link.endswith("?start=dentiste_2024")


async def test_a_practitioner_gets_neither(tg: TelegramHarness) -> None:
    [result] = await finish_dentist_2024(tg, BOB)
    labels = [label for label, _ in result.buttons]
    assert "Texte à copier" not in labels and "Partager" not in labels
    rows = decoded(result.params["reply_markup"])["inline_keyboard"]
    assert not [b for row in rows for b in row if "switch_inline_query" in b]


async def test_a_damaged_share_query_is_an_ordinary_question(engine: Engine) -> None:
    alone = await open_harness(engine, NoStore())
    try:
        for query in ("estimation dentiste_2024 oui", "estimation dentiste_2024 " + "x " * 8):
            call = await alone.inline(ADVISOR, query)
            [card] = decoded(call.params["results"])
            assert card["id"] == "aide", "not a shared result: the usual answer"
    finally:
        await alone.close()
