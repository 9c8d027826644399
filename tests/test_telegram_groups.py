"""Groups (issue 12, item 4), through the real Application: the questionnaire runs in private
chats only (a member gets a link to continue there), questions are answered as replies to
the asker's message, and one member's taps never answer another's questionnaire."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator

import pytest
from telegram_harness import BOT_USERNAME, TelegramHarness, open_harness, texts

from bot.engine import Engine
from bot.faq_replies import FaqResponder
from bot.reminders import PARIS
from bot.store import SqliteStore
from knowledge import Knowledge

TODAY = dt.date(2025, 1, 15)
GROUP = -100555
DATES_FAMI = "Quelle est la date limite pour déclarer le FAMI 2024 ?"
PRIVATE = "conversation privée"


@pytest.fixture
async def tg(kb: Knowledge, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    faq = FaqResponder.from_knowledge(kb, today=lambda: TODAY)
    now = dt.datetime(2025, 1, 15, 12, tzinfo=PARIS)
    engine = Engine(kb, faq=faq, today=lambda: TODAY, now=lambda: now)
    harness = await open_harness(engine, store)
    yield harness
    await harness.close()


def replied_to(call: object) -> int | None:
    params = getattr(call, "params", {})
    replying = params.get("reply_parameters")
    if isinstance(replying, str):
        replying = json.loads(replying)
    return replying.get("message_id") if replying else None


@pytest.mark.parametrize(
    ("command", "link"),
    [
        (f"/start@{BOT_USERNAME}", f'https://t.me/{BOT_USERNAME}"'),
        (f"/start@{BOT_USERNAME} medecin_2025", f"https://t.me/{BOT_USERNAME}?start=medecin_2025"),
        (f"/resultat@{BOT_USERNAME}", f'https://t.me/{BOT_USERNAME}"'),
        ("/modifier", f'https://t.me/{BOT_USERNAME}"'),
    ],
)
async def test_the_questionnaire_goes_private(
    tg: TelegramHarness, store: SqliteStore, command: str, link: str
) -> None:
    update = tg.updates.message(GROUP, command)
    sent = await tg.process(update, GROUP)
    assert PRIVATE in texts(sent) and link in sent[0].text
    assert replied_to(sent[0]) == update["message"]["message_id"]
    assert await store.load(GROUP) is None, "nothing stored for the group"


async def test_a_questionnaire_button_in_a_group_goes_private(
    tg: TelegramHarness, store: SqliteStore
) -> None:
    for data in ("a:logiciel_dmp.flux:oui", "c:reprendre", "p:dentiste_2024", "zzz"):
        sent = await tg.tap(GROUP, data)
        assert PRIVATE in texts(sent), data
    assert "start=dentiste_2024" in tg.sent(GROUP)[-2].text
    assert await store.load(GROUP) is None


async def test_a_question_in_a_group_is_answered_as_a_reply_never_as_an_answer(
    tg: TelegramHarness,
) -> None:
    update = tg.updates.message(GROUP, f"@{BOT_USERNAME} {DATES_FAMI}")
    sent = await tg.process(update, GROUP)
    assert "3 mars 2025" in texts(sent)
    assert replied_to(sent[0]) == update["message"]["message_id"]
    assert all(replied_to(c) is None for c in sent[1:]), "only the first message replies"
    reply = tg.updates.reply_to_bot(GROUP, "oui")  # never an answer to a questionnaire
    sent = await tg.process(reply, GROUP)
    assert "✔" not in texts(sent) and "Question" not in texts(sent)
    assert replied_to(sent[0]) == reply["message"]["message_id"]


async def test_private_chats_do_not_reply_to_messages(tg: TelegramHarness) -> None:
    sent = await tg.send(4242, DATES_FAMI)
    assert replied_to(sent[0]) is None
