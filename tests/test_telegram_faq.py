"""The FAQ's entry points through the real Application: private text, forwarded messages,
inline mode, groups (mention, reply to the bot, silence otherwise), out-of-scope topics."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram_harness import BOT_USER, BOT_USERNAME, TelegramHarness, open_harness, plain, texts

from bot.engine import Engine
from bot.events import Command, Forwarded, Text
from bot.faq_replies import FaqResponder
from bot.reminders import PARIS
from bot.store import SqliteStore
from bot.telegram_updates import event_from_update, strip_mention
from knowledge import Knowledge

ALICE = 1001
GROUP = -100777
TODAY = dt.date(2025, 1, 15)
DMP_Q = "avez-vous consulté ou alimenté au moins un DMP"
DATES_FAMI = "Quelle est la date limite pour déclarer le FAMI 2024 ?"
PAYMENT_FAMI = "Quand sera versé le FAMI 2024 ?"
COTATION = (
    "Je ne couvre pas la cotation et la facturation des actes : voyez la CCAM/NGAP sur ameli.fr"
)


@pytest.fixture(scope="module")
def faq(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: TODAY)


@pytest.fixture
def faq_engine(kb: Knowledge, faq: FaqResponder) -> Engine:
    return Engine(
        kb,
        faq=faq,
        today=lambda: TODAY,
        now=lambda: dt.datetime(2025, 1, 15, 12, tzinfo=PARIS),
    )


@pytest.fixture
async def tg(faq_engine: Engine, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    harness = await open_harness(faq_engine, store)
    yield harness
    await harness.close()


class NoStore:
    """A store that fails the test as soon as anything touches it."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the store was used: {name}")


def results(call: Any) -> list[dict[str, Any]]:
    value = call.params["results"]
    return json.loads(value) if isinstance(value, str) else value


# ---- private chat -------------------------------------------------------------------------


async def test_a_question_gets_a_sourced_answer_and_a_way_into_the_questionnaire(
    tg: TelegramHarness, store: SqliteStore
) -> None:
    sent = await tg.send(ALICE, PAYMENT_FAMI)
    assert "deuxième trimestre 2025" in texts(sent) and "Source : " in texts(sent)
    labels = [label for label, _ in tg.keyboard(ALICE)]
    assert labels[-1] == "Estimer mon forfait" and len(labels) >= 2, "related questions first"
    sent = await tg.tap_label(ALICE, "Estimer mon forfait")
    assert DMP_Q in texts(sent), "the questionnaire starts at the entry's scheme (FAMI 2024)"
    session = await store.load(ALICE)
    assert session is not None and session.exercice == "2024"


async def test_forwarded_question_is_answered_to_pass_on(
    tg: TelegramHarness, store: SqliteStore
) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    before = await store.load(ALICE)
    assert before is not None and before.pending == "logiciel_dmp.flux"
    sent = await tg.process(tg.updates.forwarded(ALICE, DATES_FAMI), ALICE)
    answer = plain(sent[0].text)
    assert answer.startswith("Réponse à transmettre")
    assert "13 janvier au 3 mars 2025" in answer and "Source : guide méthodologique FAMI" in answer
    assert DMP_Q in plain(sent[-1].text) and sent[-1].buttons, "the pending question again"
    after = await store.load(ALICE)
    assert after is not None and after.pending == "logiciel_dmp.flux"
    assert after.answers == {} and after.history == []


async def test_a_forwarded_yes_is_not_an_answer(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    sent = await tg.process(tg.updates.forwarded(ALICE, "oui"), ALICE)
    assert DMP_Q in plain(sent[-1].text)
    session = await store.load(ALICE)
    assert session is not None and session.path == {} and session.answers == {}


async def test_out_of_scope_topic_is_named_with_where_to_ask(tg: TelegramHarness) -> None:
    sent = await tg.send(ALICE, "Comment coter un détartrage ?")
    assert COTATION in texts(sent)
    sent = await tg.process(tg.updates.forwarded(ALICE, "Comment coter un détartrage ?"), ALICE)
    assert COTATION in texts(sent)


# ---- inline mode --------------------------------------------------------------------------


async def test_inline_query_returns_sourced_cards_without_the_store(
    faq_engine: Engine,
) -> None:
    tg = await open_harness(faq_engine, NoStore())
    try:
        call = await tg.inline(ALICE, DATES_FAMI)
    finally:
        await tg.close()
    cards = results(call)
    assert 1 <= len(cards) <= 3
    assert 0 < call.params["cache_time"] <= 60
    first = cards[0]
    assert first["type"] == "article" and first["id"] == "calendrier_fami_2024"
    assert "dates de déclaration du FAMI 2024" in first["title"]
    assert first["description"].startswith("Du 13 janvier au 3 mars 2025")
    for card in cards:
        content = card["input_message_content"]
        assert content["parse_mode"] == "HTML"
        assert "Source : " in plain(content["message_text"])
    link = first["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert link == f"https://t.me/{BOT_USERNAME}?start=dentiste_2024"


@pytest.mark.parametrize(
    ("query", "title"),
    [("", "Posez votre question"), ("azerty qwerty", "Pas de réponse sûre à cette question")],
)
async def test_inline_empty_or_unmatched_query_points_to_the_bot_and_the_cpam(
    faq_engine: Engine, query: str, title: str
) -> None:
    tg = await open_harness(faq_engine, NoStore())
    try:
        [card] = results(await tg.inline(ALICE, query))
    finally:
        await tg.close()
    assert card["title"] == title
    text = plain(card["input_message_content"]["message_text"])
    assert "ouvrez le bot" in text and "CPAM" in text


async def test_inline_out_of_scope_names_the_topic(faq_engine: Engine) -> None:
    tg = await open_harness(faq_engine, NoStore())
    try:
        [card] = results(await tg.inline(ALICE, "Comment coter un détartrage ?"))
    finally:
        await tg.close()
    assert COTATION in plain(card["input_message_content"]["message_text"])


# ---- groups -------------------------------------------------------------------------------


async def test_group_is_silent_unless_addressed(tg: TelegramHarness, store: SqliteStore) -> None:
    photo = {"photo": [{"file_id": "p", "file_unique_id": "p1", "width": 9, "height": 9}]}
    for update in (
        tg.updates.message(GROUP, PAYMENT_FAMI),
        tg.updates.message(GROUP, "@un_autre_bot " + PAYMENT_FAMI),
        tg.updates.message(GROUP, None, **photo),
        tg.updates.forwarded(GROUP, PAYMENT_FAMI),
    ):
        assert await tg.quiet(update) == [], update
    assert await store.load(GROUP) is None, "nothing written for a message not addressed to us"


async def test_group_answers_a_mention(tg: TelegramHarness) -> None:
    sent = await tg.send(GROUP, f"@{BOT_USERNAME}, {PAYMENT_FAMI}")
    assert "deuxième trimestre 2025" in texts(sent) and "Source : " in texts(sent)
    sent = await tg.send(GROUP, f"{PAYMENT_FAMI} @{BOT_USERNAME.upper()}")
    assert "deuxième trimestre 2025" in texts(sent)


async def test_group_answers_a_reply_to_the_bot(tg: TelegramHarness) -> None:
    sent = await tg.process(tg.updates.reply_to_bot(GROUP, DATES_FAMI), GROUP)
    assert "13 janvier au 3 mars 2025" in texts(sent) and "Source : " in texts(sent)


async def test_our_own_inline_answer_posted_in_a_chat_is_ignored(tg: TelegramHarness) -> None:
    update = tg.updates.message(ALICE, "Quand le FAMI 2024 sera-t-il versé ?", via_bot=BOT_USER)
    assert await tg.quiet(update) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"@{BOT_USERNAME} quand déclarer ?", "quand déclarer ?"),
        (f"@{BOT_USERNAME}, quand déclarer ?", "quand déclarer ?"),
        (f"Bonjour @{BOT_USERNAME}, quand déclarer ?", "Bonjour, quand déclarer ?"),
        (f"quand déclarer @{BOT_USERNAME} ?", "quand déclarer ?"),
    ],
)
def test_strip_mention(text: str, expected: str) -> None:
    assert strip_mention(text, BOT_USERNAME) == expected


def test_events_of_forwarded_and_group_messages(tg: TelegramHarness) -> None:
    from telegram import Update

    def event(update: dict[str, Any]):
        return event_from_update(Update.de_json(update, None), BOT_USERNAME, BOT_USER["id"])

    assert event(tg.updates.forwarded(ALICE, "/start")) == Forwarded("/start")
    assert event(tg.updates.message(GROUP, "/aide")) == Command("aide")
    assert event(tg.updates.message(GROUP, "bonjour à tous")) is None
    assert event(tg.updates.reply_to_bot(GROUP, "85")) == Text("85")


# ---- rule-grounded answers, outcomes, advisors (issue 11) ----------------------------------

FSE_698 = "mon taux fse est de 69,8% je touche rien ?"


async def test_a_figure_is_judged_by_the_calculator_for_the_session_case(
    tg: TelegramHarness,
) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    sent = await tg.send(ALICE, FSE_698)
    answer = plain(sent[0].text)
    assert answer.startswith("Taux de télétransmission FSE ≥ 70 % — ❌ objectif non atteint")
    assert "Au plus 650 € pour l'exercice" in answer
    assert "Calcul fait pour : chirurgien-dentiste (votre profil), exercice 2024" in answer
    assert answer.index("Calcul fait pour") < answer.index("Pour en savoir plus")
    labels = [label for label, _ in sent[0].buttons]
    assert "Médecin 2024" in labels and labels[-1] == "Estimer mon forfait"
    assert DMP_Q in plain(sent[-1].text), "the pending question again"


async def test_another_case_is_one_tap_away(tg: TelegramHarness) -> None:
    await tg.send(ALICE, FSE_698)
    sent = await tg.tap_label(ALICE, "Chirurgien-dentiste 2024")
    answer = plain(sent[0].text)
    assert "❌ objectif non atteint" in answer and "490 €" in answer
    assert "Calcul fait pour : chirurgien-dentiste" in answer


async def test_the_closest_questions_are_offered_when_unsure(tg: TelegramHarness) -> None:
    sent = await tg.send(ALICE, "la cpam a bloqué mon truc du volet 2 ?")
    assert "Vouliez-vous dire :" in plain(sent[0].text)
    assert 2 <= len(sent[0].buttons) <= 3
    sent = await tg.send(ALICE, "taux ?")  # nothing close: what the bot covers, whom to ask
    text = plain(sent[0].text)
    assert "Je réponds sur le forfait structure et la dotation numérique" in text
    assert "conseiller informatique service (CIS)" in text


async def test_a_definition_comes_first(tg: TelegramHarness) -> None:
    sent = await tg.send(ALICE, "c'est quoi l'ApCV ?")
    assert plain(sent[0].text).startswith("ApCV : application carte Vitale.")


async def test_an_uncovered_topic_names_what_the_bot_covers(tg: TelegramHarness) -> None:
    sent = await tg.send(ALICE, "combien coûte une consultation ?")
    text = texts(sent)
    assert "Je ne couvre pas" in text
    assert (
        "Je réponds sur le forfait structure et la dotation numérique (Donum) pour les médecins "
        "; le FAMI pour les chirurgiens-dentistes et masseurs-kinésithérapeutes." in text
    )


async def test_a_question_without_a_year_states_the_year(tg: TelegramHarness) -> None:
    sent = await tg.send(ALICE, "le seuil d'alimentation du DMP ?")
    assert "Réponse pour l'exercice 2024" in texts(sent)


async def test_a_forwarded_figure_ends_with_the_case_and_a_text_to_copy(
    tg: TelegramHarness,
) -> None:
    sent = await tg.process(tg.updates.forwarded(ALICE, FSE_698), ALICE)
    html = sent[0].text
    answer = plain(html)
    assert answer.startswith("Réponse à transmettre")
    assert html.count("<pre>") == 1 and html.rstrip().endswith("</pre>")
    copy = html[html.index("<pre>") :]
    assert "Réponse à transmettre" not in copy and "Cela dépend de votre profession" in copy
    assert "<b>" not in copy
    # a figure whose verdict is the same for every profession keeps the case assumed
    sent = await tg.process(
        tg.updates.forwarded(ALICE, "mon taux fse est de 95% c'est bon ?"), ALICE
    )
    copy = sent[0].text[sent[0].text.index("<pre>") :]
    assert "Calcul fait pour : médecin" in copy


async def test_a_forwarded_entry_ends_with_the_case_assumed(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    sent = await tg.process(tg.updates.forwarded(ALICE, PAYMENT_FAMI), ALICE)
    answer = plain(sent[0].text)
    assert (
        "Profession et exercice retenus : chirurgien-dentiste (d'après votre question), "
        "exercice 2024 (d'après votre question)." in answer
    )
    assert "Texte à copier :" in answer and "<pre>" in sent[0].text


async def test_inline_puts_the_verdict_first(faq_engine: Engine) -> None:
    tg = await open_harness(faq_engine, NoStore())
    try:
        cards = results(await tg.inline(ALICE, "pile 2/3 de fse"))
    finally:
        await tg.close()
    assert cards[0]["id"] == "regle_taux_teletransmission"
    assert "selon la lecture des textes" in cards[0]["title"]
