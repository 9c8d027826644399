"""/rappel and the reminder jobs through the real Application, with an injected clock.

FAMI 2024 (chirurgiens-dentistes): declaration from 13/01/2025 to 03/03/2025, so at
2024-12-01 two reminders can be planned: 13/01/2025 09:00 (opening) and 24/02/2025 09:00
(a week before the closing day). The jobs are run directly (`Job.run`), never waited for.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import redis
from redis_server import redis_server  # noqa: F401  (session fixture)
from telegram.ext import Application
from telegram_harness import TelegramHarness, open_harness, plain, texts

from bot.engine import Engine
from bot.redis_store import RedisStore
from bot.reminders import PARIS
from bot.store import SessionStore, SqliteStore
from bot.telegram_app import REMINDER_INTERVAL
from knowledge import Knowledge

ALICE, BOB = 1001, 2002
FAMI = "fami_chirurgien_dentiste_2024"
# Issue 12, item 6: with an offer to be told once the dates are published.
UNPUBLISHED = (
    "Les dates de déclaration de « Forfait structure 2024 (médecins) » ne sont pas encore publiées."
)
WATCH = "Prévenez-moi dès que les dates sont connues"


class Clock:
    """The engine's `now`, moved by the test."""

    def __init__(self, *args: int) -> None:
        self.now = dt.datetime(*args, tzinfo=PARIS)

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, *args: int) -> None:
        self.now = dt.datetime(*args, tzinfo=PARIS)


@pytest.fixture
def clock() -> Clock:
    return Clock(2024, 12, 1, 12)


@pytest.fixture
def engine(kb: Knowledge, clock: Clock) -> Engine:  # overrides conftest's: one clock
    return Engine(kb, now=clock)


@pytest.fixture
async def tg(engine: Engine, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    harness = await open_harness(engine, store)
    yield harness
    await harness.close()


async def run_job(app: Application, name: str) -> None:
    [job] = app.job_queue.get_jobs_by_name(name)
    await job.run(app)


def reminders_sent(tg: TelegramHarness, chat_id: int, start: int = 0) -> list[str]:
    return [plain(c.text) for c in tg.sent(chat_id)[start:] if "⏰" in c.text]


async def test_rappel_needs_the_scheme_first(tg: TelegramHarness) -> None:
    sent = await tg.send(ALICE, "/rappel")
    assert "choisissez d'abord votre profession et l'exercice" in texts(sent)
    assert "Vous êtes ?" in texts(sent)


async def test_rappel_plans_lists_and_cancels(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    sent = await tg.send(ALICE, "/rappel")
    offer = texts(sent)
    assert "du 13/01/2025 au 03/03/2025" in offer
    assert "13/01/2025 à 9 h : ouverture de la déclaration" in offer
    assert "24/02/2025 à 9 h : avant la date limite du 03/03/2025" in offer
    sent = await tg.tap_label(ALICE, "Me rappeler")
    assert "C'est noté" in texts(sent)
    assert [(r.kind, r.when) for r in await store.reminders(ALICE)] == [
        ("ouverture", dt.datetime(2025, 1, 13, 9, tzinfo=PARIS)),
        ("cloture", dt.datetime(2025, 2, 24, 9, tzinfo=PARIS)),
    ]
    assert await store.opted_in() == [ALICE]
    session = await store.load(ALICE)
    assert session is not None and [r["kind"] for r in session.reminders] == [
        "ouverture",
        "cloture",
    ]
    assert session.pending == "logiciel_dmp.flux", "the questionnaire is left as it was"

    listed = texts(await tg.send(ALICE, "/rappel"))
    assert "Vos rappels" in listed and "13/01/2025" in listed and "24/02/2025" in listed
    assert [label for label, _ in tg.keyboard(ALICE)] == ["Annuler mes rappels"]
    # Tapping "Me rappeler" again replaces, never doubles.
    await tg.tap(ALICE, f"r:plan:{FAMI}")
    assert len(await store.reminders(ALICE)) == 2

    sent = await tg.tap(ALICE, "r:annuler")
    assert "Vos rappels sont annulés." in texts(sent)
    assert await store.reminders(ALICE) == [] and await store.opted_in() == []
    session = await store.load(ALICE)
    assert session is not None and session.reminders == []
    assert "Je peux vous écrire" in texts(await tg.send(ALICE, "/rappel")), "offered again"
    assert [label for label, _ in tg.keyboard(ALICE)] == ["Me rappeler"]


async def test_result_offers_the_reminder(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.send(ALICE, "/resultat")
    assert "Me rappeler la date limite" in dict(tg.keyboard(ALICE))
    await tg.tap_label(ALICE, "Me rappeler la date limite")
    assert len(await store.reminders(ALICE)) == 2
    await tg.send(ALICE, "/resultat")
    assert "Me rappeler la date limite" not in dict(tg.keyboard(ALICE)), "already planned"


async def test_unpublished_dates_are_said_plainly(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start medecin_2024")
    sent = await tg.send(ALICE, "/rappel")
    assert plain(sent[-1].text) == UNPUBLISHED and [b for b, _ in sent[-1].buttons] == [WATCH]
    await tg.send(ALICE, "/resultat")
    assert "Me rappeler la date limite" not in dict(tg.keyboard(ALICE))
    sent = await tg.tap(ALICE, "r:plan:forfait_structure_medecin_2024")  # a forged button
    assert plain(sent[-1].text) == UNPUBLISHED
    assert await store.reminders(ALICE) == []


async def test_a_past_window(tg: TelegramHarness, clock: Clock) -> None:
    clock.set(2025, 3, 2, 10)  # after the last reminder, before the closing day
    await tg.send(ALICE, "/start dentiste_2024")
    sent = await tg.send(ALICE, "/rappel")
    assert "se termine le 03/03/2025 : trop tard pour un rappel" in texts(sent)
    clock.set(2025, 6, 1)
    assert "s'est terminée le 03/03/2025" in texts(await tg.send(ALICE, "/rappel"))


async def test_the_jobs_are_scheduled(tg: TelegramHarness) -> None:
    [reminders] = tg.app.job_queue.get_jobs_by_name("rappels")
    assert REMINDER_INTERVAL == 60
    assert reminders.trigger.interval == dt.timedelta(seconds=60)
    [purge] = tg.app.job_queue.get_jobs_by_name("purge")
    assert purge.job.trigger is not None


async def test_purge_job_calls_the_store(
    tg: TelegramHarness, store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    async def purge(idle_days: int = 180) -> int:
        calls.append(idle_days)
        return 0

    monkeypatch.setattr(store, "purge", purge)
    await run_job(tg.app, "purge")
    assert calls == [180]


# ---- two replicas -------------------------------------------------------------------------


@pytest.fixture
def redis_url(redis_server: str) -> str:  # noqa: F811  (the imported fixture)
    with redis.Redis.from_url(redis_server) as client:
        client.flushall()
    return redis_server


@pytest.fixture(params=["redis", "sqlite"])
async def replicas(
    request: pytest.FixtureRequest, engine: Engine, tmp_path: Path
) -> AsyncIterator[list[TelegramHarness]]:
    """Two Applications sharing one database, each with its own store instance."""
    make: Callable[[], SessionStore]
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        make = lambda: RedisStore(url)  # noqa: E731
    else:
        make = lambda: SqliteStore(tmp_path / "shared.sqlite3")  # noqa: E731
    stores = [make(), make()]
    harnesses = [await open_harness(engine, s) for s in stores]
    yield harnesses
    for h, s in zip(harnesses, stores, strict=True):
        await h.close()
        await s.close()


async def test_each_due_reminder_is_sent_exactly_once_by_two_replicas(
    replicas: list[TelegramHarness], clock: Clock
) -> None:
    one, two = replicas
    await one.send(ALICE, "/start dentiste_2024")
    await one.send(ALICE, "/rappel")
    await one.tap_label(ALICE, "Me rappeler")
    store = one.app.bot_data["adapter"].service.store

    def both_sent() -> list[str]:
        return reminders_sent(one, ALICE) + reminders_sent(two, ALICE)

    async def run_both() -> None:
        await asyncio.gather(run_job(one.app, "rappels"), run_job(two.app, "rappels"))

    await run_both()
    assert both_sent() == [], "nothing due yet"

    clock.set(2025, 1, 13, 9, 0, 30)
    await run_both()
    [opening] = both_sent()
    assert "La déclaration de « Forfait d'aide" in opening and "ouvre aujourd'hui" in opening
    assert "jusqu'au 03/03/2025" in opening and "Où déclarer : amelipro > Activités" in opening
    session = await store.load(ALICE, reminders=True)  # what /rappel lists
    assert [r["kind"] for r in session.reminders] == ["cloture"], "removed from the list"
    await run_both()
    assert len(both_sent()) == 1, "never twice"

    clock.set(2025, 2, 24, 9, 1)
    await run_both()
    await run_both()
    sent = both_sent()
    assert len(sent) == 2
    # Either replica may have sent either one: the closing one is the one not seen before.
    [closing] = [s for s in sent if s != opening]
    assert "Date limite : 03/03/2025" in closing and "se termine dans 7 jours" in closing
    assert await store.reminders(ALICE) == []
    assert (await store.load(ALICE, reminders=True)).reminders == []
    listed = texts(await two.send(ALICE, "/rappel"))
    assert "02/03/2025 à 9 h" in listed, "the day-before reminder can still be asked for"


async def test_a_reminder_past_its_window_is_dropped(
    tg: TelegramHarness, store: SqliteStore, clock: Clock
) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.tap(ALICE, f"r:plan:{FAMI}")
    clock.set(2025, 3, 10)  # the bot was down for weeks
    await run_job(tg.app, "rappels")
    assert reminders_sent(tg, ALICE) == []
    assert await store.reminders(ALICE) == []
    assert (await store.load(ALICE, reminders=True)).reminders == []


async def test_reminder_tables_hold_no_text(tg: TelegramHarness, store: SqliteStore) -> None:
    """Only ids, dates and the scheme: the privacy notice's promise."""
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.tap(ALICE, f"r:plan:{FAMI}")
    db = sqlite3.connect(store.path)
    rows = db.execute("SELECT * FROM reminders").fetchall()
    db.close()
    assert {row[0] for row in rows} == {ALICE} and {row[4] for row in rows} == {FAMI}
