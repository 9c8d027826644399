"""Reminders that help (issue 12, item 6), through the real Application and the reminder job:
the last month to act (1 December), a watch on unpublished dates sent once the knowledge has
them (checked each morning), and the next useful date once a window has closed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import AsyncIterator

import pytest
from telegram_harness import TelegramHarness, open_harness, plain, texts

from bot.engine import Engine
from bot.reminders import PARIS
from bot.store import SqliteStore
from knowledge import Knowledge
from knowledge.schema import Periode

ALICE = 1001
FAMI_2026 = "fami_chirurgien_dentiste_2026"
WATCH = "Prévenez-moi dès que les dates sont connues"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 6, 15, 12, tzinfo=PARIS)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


async def harness(kb: Knowledge, clock: Clock, store: SqliteStore) -> TelegramHarness:
    return await open_harness(Engine(kb, now=clock), store)


@pytest.fixture
async def tg(kb: Knowledge, clock: Clock, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    h = await harness(kb, clock, store)
    yield h
    await h.close()


async def run_reminders(tg: TelegramHarness) -> None:
    [job] = tg.app.job_queue.get_jobs_by_name("rappels")
    await job.run(tg.app)


def with_dates(kb: Knowledge, scheme: str, debut: dt.date, fin: dt.date) -> Knowledge:
    """The knowledge of a later release, which publishes the scheme's dates."""
    key, d = next((k, d) for k, d in kb.dispositifs.items() if d.id == scheme)
    dated = d.model_copy(
        update={"declaration": Periode(debut=debut, fin=fin, sources=d.declaration.sources)}
    )
    return dataclasses.replace(kb, dispositifs={**kb.dispositifs, key: dated})


async def test_the_last_month_to_act(tg: TelegramHarness, clock: Clock, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2026")
    sent = await tg.send(ALICE, "/rappel")
    assert "01/12/2026 à 9 h : dernier mois pour agir" in texts(sent)
    await tg.tap_label(ALICE, "Me rappeler")
    [month] = await store.reminders(ALICE)
    assert month.kind == "dernier_mois" and month.when == dt.datetime(2026, 12, 1, 9, tzinfo=PARIS)
    clock.now = dt.datetime(2026, 12, 1, 9, 1, tzinfo=PARIS)
    before = len(tg.sent(ALICE))
    await run_reminders(tg)
    [sent_reminder] = tg.sent(ALICE)[before:]
    assert "Dernier mois pour agir" in plain(sent_reminder.text)
    assert "appréciés au 31/12/2026" in plain(sent_reminder.text)
    assert [label for label, _ in sent_reminder.buttons] == ["Vérifier mes indicateurs"]
    assert await store.reminders(ALICE) == []


async def test_told_once_the_dates_are_published(
    tg: TelegramHarness, kb: Knowledge, clock: Clock, store: SqliteStore
) -> None:
    await tg.send(ALICE, "/start dentiste_2026")
    await tg.send(ALICE, "/rappel")
    sent = await tg.tap_label(ALICE, WATCH)
    assert "je vous écris dès que les dates de déclaration" in texts(sent)
    sent = await tg.send(ALICE, "/rappel")
    assert "Dès que les dates de déclaration sont publiées (FAMI 2026)" in texts(sent)

    # Each morning the watch is checked against the knowledge: nothing yet, checked again.
    clock.now = dt.datetime(2025, 6, 16, 9, 1, tzinfo=PARIS)
    before = len(tg.sent(ALICE))
    await run_reminders(tg)
    assert tg.sent(ALICE)[before:] == []
    [watch] = await store.reminders(ALICE)
    assert watch.kind == "dates" and watch.when == dt.datetime(2025, 6, 17, 9, tzinfo=PARIS)

    # A new release publishes the dates: the next morning's check tells the user.
    await tg.close()
    dated = with_dates(kb, FAMI_2026, dt.date(2027, 1, 11), dt.date(2027, 3, 1))
    tg2 = await harness(dated, clock, store)
    try:
        clock.now = dt.datetime(2025, 6, 17, 9, 1, tzinfo=PARIS)
        await run_reminders(tg2)
        [told] = tg2.sent(ALICE)
        assert "sont connues : ouverture le 11/01/2027 et date limite le 01/03/2027" in plain(
            told.text
        )
        assert await store.reminders(ALICE) == []
        sent = await tg2.tap_label(ALICE, "Me rappeler ces dates")
        assert "01/03/2027" in texts(sent) or "22/02/2027" in texts(sent)
        kinds = sorted(r.kind for r in await store.reminders(ALICE))
        assert kinds == ["cloture", "dernier_mois", "ouverture"]
    finally:
        await tg2.close()


async def test_a_closed_window_gives_the_next_useful_date(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    sent = await tg.send(ALICE, "/rappel")
    assert "s'est terminée le 03/03/2025" in texts(sent)
    assert "Prochaine échéance : FAMI 2025, indicateurs à réunir avant le 31/12/2025" in texts(sent)
    sent = await tg.tap_label(ALICE, "Me rappeler\u202f: FAMI 2025")
    assert "01/12/2025 à 9 h : dernier mois pour agir" in texts(sent)
