"""/diffuser goes out once and whole: the confirmation is consumed by the first tap, the
broadcast is the previewed text in full (the same parts as the preview), and every length is
counted in UTF-16 code units, as Telegram counts them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from telegram import Update
from telegram_harness import Call, TelegramHarness, open_harness, plain, texts

from bot.engine import Engine
from bot.reminders import Reminder
from bot.store import SqliteStore

ADVISOR, BOB, CAROL = 1001, 2002, 3003
TELEGRAM_LIMIT = 4096


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture
async def tg(engine: Engine, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    harness = await open_harness(engine, store, advisors=frozenset({ADVISOR}))
    for chat in (BOB, CAROL):
        await store.add_reminders(chat, [Reminder(chat, 2e9, "cloture", "fami_x_2024")])
    yield harness
    for call in harness.request.calls_to("sendMessage"):  # what Telegram would refuse
        assert units(plain(call.text)) <= TELEGRAM_LIMIT, "over Telegram's limit"
    await harness.close()


def tap(tg: TelegramHarness, label: str) -> dict:
    """The update of a tap on the preview's button (it carries the message's text back)."""
    preview = [c for c in tg.sent(ADVISOR) if c.buttons][-1]
    data = dict(preview.buttons)[label]
    return tg.updates.callback(ADVISOR, data, text=plain(preview.text))


def received(tg: TelegramHarness, chat: int) -> list[str]:
    return [plain(c.text) for c in tg.sent(chat)]


def preview_parts(sent: list[Call]) -> list[str]:
    """The preview's parts: every message after the intro."""
    return [plain(c.text) for c in sent[1:]]


async def test_tapping_envoyer_twice_sends_once(tg: TelegramHarness) -> None:
    await tg.send(ADVISOR, "/diffuser La déclaration ouvre lundi.")
    first, second = tap(tg, "Envoyer"), tap(tg, "Envoyer")
    await tg.quiet(first)
    await tg.quiet(second)
    assert received(tg, BOB) == ["La déclaration ouvre lundi."]
    assert received(tg, CAROL) == ["La déclaration ouvre lundi."]
    assert "déjà été envoyé" in tg.last_text(ADVISOR)


async def test_two_taps_at_once_send_once(tg: TelegramHarness) -> None:
    await tg.send(ADVISOR, "/diffuser Bonjour à tous.")
    updates = [tap(tg, "Envoyer"), tap(tg, "Envoyer")]
    await asyncio.gather(*(tg.app.process_update(Update.de_json(u, tg.app.bot)) for u in updates))
    assert received(tg, BOB) == ["Bonjour à tous."]


async def test_annuler_consumes_the_preview(tg: TelegramHarness) -> None:
    await tg.send(ADVISOR, "/diffuser Bonjour à tous.")
    envoyer = tap(tg, "Envoyer")
    await tg.quiet(tap(tg, "Annuler"))
    await tg.quiet(envoyer)
    assert received(tg, BOB) == []
    assert "rien n'est parti" in tg.last_text(ADVISOR)


async def test_a_long_text_with_ampersands_goes_out_whole(tg: TelegramHarness) -> None:
    """The probe: 3 479 characters with "&" were previewed in two parts and only the last
    1 431 characters were broadcast."""
    paragraph = "Cabinet & CPTS & MSP & centre & maison : la déclaration ouvre lundi. " * 5
    text = "\n\n".join(paragraph.strip() for _ in range(10))
    assert 3000 < len(text) <= 3500 and len(text.replace("&", "&amp;")) > TELEGRAM_LIMIT
    sent = await tg.send(ADVISOR, f"/diffuser {text}")
    assert preview_parts(sent) == [text], "one message, exactly the text"
    await tg.quiet(tap(tg, "Envoyer"))
    assert received(tg, BOB) == [text] and received(tg, CAROL) == [text]


async def test_emoji_count_two_and_the_parts_are_the_previews(tg: TelegramHarness) -> None:
    """The probe: 3 000 emoji (6 000 UTF-16 units) went past the check as 3 000 characters."""
    text = "\n\n".join("📅" * 300 for _ in range(10))
    assert len(text) < 4096 < units(text)
    sent = await tg.send(ADVISOR, f"/diffuser {text}")
    parts = preview_parts(sent)
    assert len(parts) == 2 and "\n\n".join(parts) == text, "cut between paragraphs"
    assert "les 2 messages ci-dessous" in plain(sent[0].text)
    await tg.quiet(tap(tg, "Envoyer"))
    assert received(tg, BOB) == parts and received(tg, CAROL) == parts
    assert "Message envoyé à 2 conversations." in tg.last_text(ADVISOR)


async def test_the_limit_counts_utf16_units(tg: TelegramHarness) -> None:
    sent = await tg.send(ADVISOR, "/diffuser " + "📅" * 4001)  # 4 001 characters, 8 002 units
    assert "Message trop long" in texts(sent) and "un émoji en compte deux" in texts(sent)
    assert received(tg, BOB) == []
