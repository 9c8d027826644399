"""Conversations through the real python-telegram-bot Application, on a recording Bot API.

Every update goes through `TelegramHarness.process`, which checks that the chat got at least
one reply, that no other chat did, and that a callback query was answered first.
"""

from __future__ import annotations

import asyncio
import logging

import pytest
from telegram import Update
from telegram_harness import (
    ATTACHMENTS,
    BOT_USERNAME,
    TOKEN,
    RecordingRequest,
    TelegramHarness,
    plain,
    settle,
    texts,
    virtual_pacing,
)

from bot.actions import RunCommand
from bot.commands import COMMANDS
from bot.engine import Engine
from bot.events import Command
from bot.messages import Choice
from bot.messages import plain as plain_message
from bot.store import SqliteStore
from bot.telegram_app import APOLOGY, TEXT_ONLY, build_application
from bot.telegram_send import send_messages

ALICE, BOB = 1001, 2002
STALE = "Ce bouton vient d'un ancien message"
DMP_Q = "avez-vous consulté ou alimenté au moins un DMP"
CDC_Q = "SESAM-Vitale 1.40 addendum 8"
TAUX_Q = "taux de télétransmission en FSE"
MSS_Q = "Quelle messagerie sécurisée"
COORD_Q = "prise en charge coordonnée"
ALLER_Q = "Combien d'interventions hors cabinet"
ETUDIANT_Q = "accueilli un étudiant de 6e année"


async def dentist_socle_ok(tg: TelegramHarness, chat: int) -> None:
    """Deep link, then the five socle answers, all yes."""
    await tg.send(chat, "/start dentiste_2024")
    await tg.tap_label(chat, "Oui")
    await tg.tap_label(chat, "Oui")
    await tg.tap_label(chat, "Oui")
    await tg.send(chat, "85")
    await tg.tap_label(chat, "BAL MSSanté personnelle")


async def test_dentist_2024_full_path_reaches_1240(tg: TelegramHarness) -> None:
    sent = await tg.send(ALICE, "/start")
    assert "Vous êtes ?" in texts(sent)
    await tg.tap_label(ALICE, "Chirurgien-dentiste")
    sent = await tg.tap_label(ALICE, "2024 — déclaration ouverte jusqu'au 03/03/2025")
    assert "FAMI) 2024" in texts(sent) and DMP_Q in texts(sent)
    for question in (CDC_Q, "Annuaire santé", TAUX_Q):
        sent = await tg.tap_label(ALICE, "Oui")
        assert question in texts(sent)
    assert MSS_Q in texts(await tg.send(ALICE, "85"))
    assert COORD_Q in texts(await tg.tap_label(ALICE, "BAL MSSanté personnelle"))
    assert ALLER_Q in texts(await tg.tap_label(ALICE, "MSP, ESP/ESS ou CPTS"))
    assert ETUDIANT_Q in texts(await tg.send(ALICE, "3"))
    result = texts(await tg.tap_label(ALICE, "Oui"))
    assert "Montant estimé : 1 240 €" in result
    assert "Socle : atteint" in result
    assert [label for label, _ in tg.keyboard(ALICE)] == [
        "Détail par indicateur",
        "Plan d'action",
        "Sources",
        "Fiche PDF",
        "Modifier",
        "Recommencer",
        "Comparer avec 2025",  # the same answers for the next exercice (issue 12, item 7)
    ]
    assert all(c.params["parse_mode"] == "HTML" for c in tg.sent(ALICE))


async def test_medecin_2023_full_path_reaches_the_8141_maximum(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start")
    await tg.tap_label(ALICE, "Médecin")
    await tg.tap_label(ALICE, "2023 — déclaration close le 04/02/2024")
    await tg.tap_label(ALICE, "Oui, déjà pré-rempli sur amelipro")
    await tg.send(ALICE, "80 %")  # télétransmission
    await tg.tap_label(ALICE, "Oui")  # horaires
    await tg.tap_label(ALICE, "Oui, objectif atteint")  # téléservices
    for rate in ("20", "10", "50", "5"):  # DMP, messagerie, ordonnances, ApCV
        await tg.send(ALICE, rate)
    await tg.tap_label(ALICE, "Oui")  # codage
    await tg.tap_label(ALICE, "ESP, ESS, MSP ou CPTS")
    await tg.tap_label(ALICE, "Oui")  # services aux patients
    await tg.tap_label(ALICE, "Oui")  # maître de stage
    await tg.tap_label(ALICE, "Oui, solution payante")
    await tg.tap_label(ALICE, "Oui, acquis en 2023")
    result = texts(await tg.tap_label(ALICE, "Oui"))  # SAS
    assert "Montant estimé : 8 141 € (1 163 points)" in result


async def test_failed_socle_notice_then_result(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.tap_label(ALICE, "Non")
    sent = await tg.tap_label(ALICE, "Non")  # no DMP-compatible software: the socle fails
    assert ALLER_Q in texts(sent), "the independent indicators are still asked"
    await tg.send(ALICE, "2")
    sent = await tg.tap_label(ALICE, "Non")
    notice = texts(sent)
    assert "Le socle n'est pas atteint" in notice and COORD_Q not in notice
    assert [label for label, _ in tg.keyboard(ALICE)] == ["Oui, continuer", "Voir le résultat"]
    result = texts(await tg.tap_label(ALICE, "Voir le résultat"))
    assert "Socle : non atteint" in result and "Montant estimé" in result
    asked = {data.split(":")[1] for c in tg.sent(ALICE) for _, data in c.buttons}
    assert "cdc_sesam_vitale.version" not in asked, "cannot change the result: not asked"
    assert "prise_en_charge_coordonnee.forme" not in asked
    # Going on anyway: the skipped socle questions come, then coordination.
    assert CDC_Q in texts(await tg.tap(ALICE, "s:hyp"))
    session = await store.load(ALICE)
    assert session is not None and session.hypothetical


async def test_retour_and_modifier(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.tap_label(ALICE, "Oui")
    await tg.tap_label(ALICE, "Oui")
    sent = await tg.send(ALICE, "/retour")
    assert CDC_Q in texts(sent)
    session = await store.load(ALICE)
    assert session is not None and "cdc_sesam_vitale" not in session.answers
    await tg.tap_label(ALICE, "Non")
    sent = await tg.send(ALICE, "/modifier")
    labels = [label for label, _ in tg.keyboard(ALICE)]
    assert "Quelle réponse voulez-vous modifier ?" in texts(sent)
    # Each button says the answer it holds (issue 12, item 3).
    assert labels[0] == "Logiciel métier compatible DMP\u202f: Oui"
    assert labels[1].startswith("Cahier des charges") and labels[1].endswith("Non")
    assert "Profession ou exercice" in labels
    sent = await tg.tap(ALICE, "m:cdc_sesam_vitale")
    assert CDC_Q in texts(sent)
    await tg.tap_label(ALICE, "Oui")
    session = await store.load(ALICE)
    assert session is not None and session.answers["cdc_sesam_vitale"] is True
    assert session.answers["logiciel_dmp"] is True, "other answers are kept"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("85,5 %", 85.5), ("euh 85", 85.0), ("je ne sais pas", None), ("ouais", True)],
)
async def test_free_text_answers(
    tg: TelegramHarness, store: SqliteStore, typed: str, expected: object
) -> None:
    await dentist_socle_ok(tg, ALICE)
    await tg.send(ALICE, "/modifier")
    assert TAUX_Q in texts(await tg.tap(ALICE, "m:taux_teletransmission"))
    sent = await tg.send(ALICE, typed)
    assert TAUX_Q not in texts(sent), "the answer is taken: the next question comes"
    session = await store.load(ALICE)
    assert session is not None and session.answers["taux_teletransmission"] == expected


async def test_typed_yes_to_a_choice(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    assert CDC_Q in texts(await tg.send(ALICE, "ouais"))
    session = await store.load(ALICE)
    assert session is not None and session.path == {"logiciel_dmp.flux": "oui"}


async def test_bad_input_repeats_the_question(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    for _ in range(3):
        await tg.tap_label(ALICE, "Oui")
    sent = await tg.send(ALICE, "150 %")
    assert "Un pourcentage est compris entre 0 et 100" in texts(sent)
    assert TAUX_Q in plain(sent[-1].text) and sent[-1].buttons
    sent = await tg.send(ALICE, "gloubiboulga")
    assert "Je n'ai pas compris « gloubiboulga »" in texts(sent)
    assert TAUX_Q in plain(sent[-1].text) and sent[-1].buttons
    sent = await tg.send(ALICE, "   ")
    assert sent, "never silence, even for blank text"


async def test_stale_button_is_answered_and_explained(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    old_button = dict(tg.keyboard(ALICE))["Non"]
    await tg.tap_label(ALICE, "Oui")
    await tg.tap_label(ALICE, "Oui")  # a later question answered: the first one is old now
    sent = await tg.tap(ALICE, old_button)
    assert STALE in texts(sent)
    assert sent[-1].buttons and "Question 3" in plain(sent[-1].text), "then the current one"


async def test_an_answer_is_confirmed_over_its_question(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    asked = tg.sent(ALICE)[-1]
    assert "Question 1 · encore" in plain(asked.text)
    sent = await tg.tap_label(ALICE, "Oui")
    (edit,) = tg.edits(ALICE)
    assert edit.message_id == asked.message_id and not edit.params.get("reply_markup")
    assert DMP_Q in plain(edit.text) and plain(edit.text).endswith("✔ Oui")
    assert CDC_Q in texts(sent) and "Question 2" in texts(sent)
    await tg.send(ALICE, "non")  # typed: the question's message is confirmed all the same
    typed = tg.edits(ALICE)[-1]
    assert typed.message_id == sent[-1].message_id and plain(typed.text).endswith("✔ Non")


async def test_a_tap_on_the_question_answered_last_changes_its_answer(
    tg: TelegramHarness, store: SqliteStore
) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.tap_label(ALICE, "Oui")
    sent = await tg.tap_label(ALICE, "Non", back=1)  # a second tap, before the edit landed
    assert STALE not in texts(sent) and CDC_Q not in texts(sent)
    assert plain(tg.edits(ALICE)[-1].text).endswith("✔ Non (au lieu de « Oui »)")
    session = await store.load(ALICE)
    assert session is not None and session.history == ["logiciel_dmp.flux"]
    assert session.path == {"logiciel_dmp.flux": "non"}
    sent = await tg.tap_label(ALICE, "Non", back=2)  # the first question's keyboard again
    assert "« Non » est déjà noté." in texts(sent)


async def test_random_callback_data(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    for data in ("zzz", "", "a:", "m:nope", "a:logiciel_dmp.flux:peut-etre"):
        sent = await tg.tap(ALICE, data)
        assert STALE in texts(sent) and DMP_Q in plain(sent[-1].text)


async def test_callback_from_a_new_chat(tg: TelegramHarness) -> None:
    sent = await tg.tap(BOB, "a:logiciel_dmp.flux:oui")
    assert STALE in texts(sent) and "Vous êtes ?" in texts(sent)


async def test_deep_link_skips_profession_and_exercice(tg: TelegramHarness) -> None:
    sent = await tg.send(ALICE, "/start dentiste_2024")
    assert "Vous êtes ?" not in texts(sent) and "Pour quel exercice" not in texts(sent)
    assert DMP_Q in texts(sent)


async def test_commands_addressed_to_the_bot_in_a_group(tg: TelegramHarness) -> None:
    group = -100123
    sent = await tg.send(group, f"/start@{BOT_USERNAME} dentiste_2024")
    # The questionnaire runs in private chats (issue 12, item 4): a link there.
    assert DMP_Q not in texts(sent) and "conversation privée" in texts(sent)
    assert f"https://t.me/{BOT_USERNAME}?start=dentiste_2024" in sent[0].text
    sent = await tg.send(group, f"/AIDE@{BOT_USERNAME.upper()}")
    assert "/reprendre" in texts(sent)
    before = len(tg.request.calls)
    await tg.app.process_update(
        Update.de_json(tg.updates.message(group, "/aide@some_other_bot"), tg.app.bot)
    )
    await settle(tg.app)
    assert tg.request.calls[before:] == [], "a command for another bot is not ours"


async def test_every_command_of_the_menu(tg: TelegramHarness) -> None:
    menu = [c for c in tg.request.calls if c.method == "setMyCommands"]
    assert len(menu) == 1
    names = [c["command"] for c in menu[0].params["commands"]]
    assert names == [c.name for c in COMMANDS.public()]
    for name in names:
        handler = COMMANDS.find(name).handler
        assert getattr(Engine, handler.__name__) is handler, name  # one of the engine's steps
        await tg.send(ALICE, f"/{name}")
    sent = await tg.send(ALICE, "/inconnue")
    assert "Commande inconnue" in texts(sent)


async def test_oublier_with_confirmation(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.tap_label(ALICE, "Oui")
    await tg.send(ALICE, "/oublier")
    sent = await tg.tap_label(ALICE, "Non, garder")
    assert "Rien n'a été effacé" in texts(sent) and CDC_Q in texts(sent)
    assert await store.load(ALICE) is not None
    await tg.send(ALICE, "/oublier")
    sent = await tg.tap_label(ALICE, "Oui, tout effacer")
    assert "Toutes vos données ont été effacées" in texts(sent)
    assert await store.load(ALICE) is None
    assert "Vous êtes ?" in texts(await tg.send(ALICE, "/reprendre"))


async def test_restart_in_the_middle(engine: Engine, tmp_path) -> None:
    path = tmp_path / "sessions.sqlite3"

    async def start() -> tuple[TelegramHarness, SqliteStore]:
        store = SqliteStore(path)
        request = RecordingRequest()
        app = build_application(
            TOKEN, engine=engine, store=store, request=request, pacing=virtual_pacing()
        )
        await app.initialize()
        return TelegramHarness(app, request), store

    tg, store = await start()
    await tg.send(ALICE, "/start dentiste_2024")
    for _ in range(3):
        await tg.tap_label(ALICE, "Oui")
    assert TAUX_Q in tg.last_text(ALICE)
    await tg.app.shutdown()
    await store.close()

    tg2, store2 = await start()
    sent = await tg2.send(ALICE, "/reprendre")
    assert TAUX_Q in texts(sent), "the same question as before the restart"
    session = await store2.load(ALICE)
    assert session is not None
    assert session.answers == {
        "logiciel_dmp": True,
        "cdc_sesam_vitale": True,
        "horaires_annuaire": True,
    }
    assert MSS_Q in texts(await tg2.send(ALICE, "92"))
    await tg2.app.shutdown()
    await store2.close()


async def test_two_users_interleaved(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    await tg.send(BOB, "/start")
    await tg.tap_label(BOB, "Médecin")
    await tg.tap_label(ALICE, "Oui")
    await tg.tap_label(BOB, "2023 — déclaration close le 04/02/2024")
    assert CDC_Q in tg.last_text(ALICE)
    assert "référencé Ségur" in tg.last_text(BOB)
    # Both at once: each reply goes to its own chat.
    await asyncio.gather(
        tg.app.process_update(
            Update.de_json(tg.updates.callback(ALICE, "a:cdc_sesam_vitale.version:oui"), tg.app.bot)
        ),
        tg.app.process_update(
            Update.de_json(
                tg.updates.callback(BOB, "a:logiciel_segur_lap.equipement:oui_nouveau"),
                tg.app.bot,
            )
        ),
    )
    await settle(tg.app)
    assert "Annuaire santé d'ameli.fr ?" in tg.last_text(ALICE)
    assert "avez-vous télétransmise" in tg.last_text(BOB)
    alice, bob = await store.load(ALICE), await store.load(BOB)
    assert alice is not None and alice.profession == "chirurgien-dentiste"
    assert alice.answers == {"logiciel_dmp": True, "cdc_sesam_vitale": True}
    assert bob is not None and bob.answers == {"logiciel_segur_lap": True}
    answered = [c for c in tg.request.calls if c.method == "answerCallbackQuery"]
    assert len(answered) == 5, "every tap answered, the two simultaneous ones too"


async def test_double_tap_is_serialised(tg: TelegramHarness, store: SqliteStore) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    data = dict(tg.keyboard(ALICE))["Oui"]
    start = len(tg.request.calls)
    await asyncio.gather(
        *(
            tg.app.process_update(Update.de_json(tg.updates.callback(ALICE, data), tg.app.bot))
            for _ in range(2)
        )
    )
    await settle(tg.app)
    replies = texts([c for c in tg.request.calls[start:] if c.method == "sendMessage"])
    # The second tap sees the first one's answer, and says it is taken (issue 12, item 3).
    assert replies.count("« Oui » est déjà noté.") == 1 and STALE not in replies
    session = await store.load(ALICE)
    assert session is not None and session.history == ["logiciel_dmp.flux"]
    answers = [c for c in tg.request.calls[start:] if c.method == "answerCallbackQuery"]
    assert len(answers) == 2


async def test_a_query_too_old_to_answer_still_gets_a_reply(tg: TelegramHarness) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    tg.request.fail_next("answerCallbackQuery", 400, "Bad Request: query is too old")
    sent = await tg.tap_label(ALICE, "Oui")
    assert CDC_Q in texts(sent)


@pytest.mark.parametrize("attachment", ATTACHMENTS)
async def test_non_text_messages(tg: TelegramHarness, attachment: dict) -> None:
    sent = await tg.process(tg.updates.message(ALICE, None, **attachment), ALICE)
    assert [c.text for c in sent] == [TEXT_ONLY]


async def test_service_messages_and_edits_get_no_reply(tg: TelegramHarness) -> None:
    joined = tg.updates.message(
        -100, None, new_chat_members=[{"id": 9, "is_bot": False, "first_name": "X"}]
    )
    edited = tg.updates.message(ALICE, "85")
    edited["edited_message"] = {**edited.pop("message"), "edit_date": 1}
    before = len(tg.request.calls)
    for update in (joined, edited):
        await tg.app.process_update(Update.de_json(update, tg.app.bot))
    await settle(tg.app)
    assert tg.request.calls[before:] == []


async def test_errors_are_logged_without_secrets_and_the_user_gets_an_apology(
    tg: TelegramHarness, engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    def broken(session, event, advisor=False):
        raise ValueError(f"cannot parse {event.value!r}")

    monkeypatch.setattr(engine, "step", broken)
    with caplog.at_level(logging.DEBUG):
        sent = await tg.send(ALICE, "mon taux est de 42 % secret")
    assert [c.text for c in sent] == [APOLOGY]
    assert "/reprendre" in APOLOGY
    assert "ValueError" in caplog.text
    assert "secret" not in caplog.text and TOKEN not in caplog.text
    sent = await tg.tap(ALICE, "a:x:y")
    assert [c.text for c in sent] == [APOLOGY]


async def test_html_refused_falls_back_to_plain_text(tg: TelegramHarness) -> None:
    tg.request.fail_next("sendMessage", 400, "Bad Request: can't parse entities: unclosed tag")
    sent = await tg.send(ALICE, "/start dentiste_2024")
    plain_retry = [c for c in sent if "parse_mode" not in c.params]
    assert plain_retry and "<b>" not in plain_retry[0].text


async def test_long_replies_are_split_with_the_keyboard_last(tg: TelegramHarness) -> None:
    paragraph = "Une ligne de résultat assez longue pour remplir le message. " * 20
    reply = plain_message(
        "\n".join([paragraph] * 12), [[Choice("Recommencer", RunCommand("recommencer"))]]
    )
    start = len(tg.request.calls)
    await send_messages(tg.app.bot, ALICE, [reply])
    sent = tg.request.calls[start:]
    assert len(sent) >= 2
    assert all(len(c.text) <= 4096 for c in sent)
    assert [bool(c.buttons) for c in sent] == [False] * (len(sent) - 1) + [True]


async def test_handle_event_for_other_handlers(tg: TelegramHarness, store: SqliteStore) -> None:
    """What a group-mention or forwarded-message handler calls to run one engine step."""
    adapter = tg.app.bot_data["adapter"]
    await adapter.handle_event(tg.app.bot, ALICE, Command("start", "dentiste_2024"))
    await settle(tg.app)  # the replies leave through the chat's queue
    assert DMP_Q in tg.last_text(ALICE)
    session = await store.load(ALICE)
    assert session is not None and session.pending == "logiciel_dmp.flux"
