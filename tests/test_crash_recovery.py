"""Crash recovery of the real `forfait-bot run` process, polling a fake Bot API on 127.0.0.1.

A conversation is driven a few steps (an update counts as acknowledged once its reply came
and getUpdates confirmed it), the process is SIGKILLed, and a new process on the same data
directory resumes: `/reprendre` asks the pending question and every acknowledged answer is
intact. A second crash hits with an update in flight: it is applied or not, never half.
A broken knowledge file stops start-up with a French message and no traceback.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bot_process import FORFAIT_BOT, START_TIMEOUT, bot, run_env
from knowledge_copy import copy_knowledge, edit_once
from telegram_harness import Updates, plain

from bench.fake_bot_api import ApiCall, FakeBotApi
from bot.session import Session
from bot.store import SqliteStore

ALICE = 7001
REPLY_TIMEOUT = 10.0

DMP_Q = "au moins un DMP"
CDC_Q = "SESAM-Vitale 1.40 addendum 8"
ANNUAIRE_Q = "Annuaire santé"
TAUX_Q = "taux de télétransmission en FSE"
MSS_Q = "Quelle messagerie sécurisée"
COORD_Q = "prise en charge coordonnée"
ALLER_Q = "Combien d'interventions hors cabinet"
ETUDIANT_Q = "accueilli un étudiant de 6e année"
ACKNOWLEDGED = {"logiciel_dmp": True, "cdc_sesam_vitale": True, "horaires_annuaire": True}


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi().running() as fake:
        yield fake


def _reply(api: FakeBotApi, update: dict[str, Any], start: int, expected: str) -> ApiCall:
    """The end of the bot's reply to `update` (the message with a keyboard, with `expected`),
    then wait for getUpdates to confirm the update: only then is it acknowledged. A journaled
    update handled just before a kill may be replayed after it: its reply, the pending
    question asked again, is passed over."""
    call = api.wait_for(
        lambda c: (
            c.method == "sendMessage"
            and c.chat_id == ALICE
            and bool(c.buttons)
            and expected in plain(c.text)
        ),
        REPLY_TIMEOUT,
        start,
    )
    deadline = time.monotonic() + REPLY_TIMEOUT
    while api.confirmed <= update["update_id"]:
        assert time.monotonic() < deadline, "getUpdates never confirmed the update"
        time.sleep(0.005)
    return call


def step(api: FakeBotApi, update: dict[str, Any], expected: str) -> ApiCall:
    start = len(api.calls)
    api.push(update)
    reply = _reply(api, update, start, expected)
    text = plain(reply.text)
    assert expected in text, f"expected « {expected} », got « {text[:200]} »"
    if "callback_query" in update:  # answered, and before the reply
        query_id = update["callback_query"]["id"]
        answers = [
            c
            for c in api.calls[start:]
            if c.method == "answerCallbackQuery" and c.params.get("callback_query_id") == query_id
        ]
        assert len(answers) == 1 and answers[0].t <= reply.t
    return reply


def stored(data: Path) -> Session | None:
    async def load() -> Session | None:
        store = SqliteStore(data / "sessions.sqlite3")
        try:
            return await store.load(ALICE)
        finally:
            await store.close()

    return asyncio.run(load())


def test_sigkill_mid_conversation_then_resume(api: FakeBotApi, tmp_path: Path) -> None:
    updates = Updates()
    answer_msg = lambda text: updates.message(ALICE, text)  # noqa: E731
    tap = lambda data: updates.callback(ALICE, data)  # noqa: E731

    # First process: four acknowledged steps, then SIGKILL between two updates.
    with bot(api, tmp_path, "first") as first:
        step(api, answer_msg("/start dentiste_2024"), DMP_Q)
        step(api, tap("a:logiciel_dmp.flux:oui"), CDC_Q)
        step(api, tap("a:cdc_sesam_vitale.version:oui"), ANNUAIRE_Q)
        step(api, answer_msg("oui"), TAUX_Q)
        first.kill()
        first.assert_clean()
    session = stored(tmp_path)
    assert session is not None and session.answers == ACKNOWLEDGED
    assert session.pending == "taux_teletransmission.taux"

    # Second process: /reprendre asks the pending question; then a crash with a tap in flight.
    with bot(api, tmp_path, "second") as second:
        step(api, answer_msg("/reprendre"), TAUX_Q)
        step(api, answer_msg("85,5 %"), MSS_Q)
        in_flight = tap("a:messagerie_securisee.bal:personnelle")
        api.push(in_flight)
        second.kill()
        second.assert_clean()
    session = stored(tmp_path)
    assert session is not None
    acknowledged = {**ACKNOWLEDGED, "taux_teletransmission": 85.5}
    applied = session.answers != acknowledged
    if applied:  # the tap was handled before the kill: it is there, whole
        assert session.answers == {**acknowledged, "messagerie_securisee": True}
        assert session.pending == "prise_en_charge_coordonnee.forme"
    else:
        assert session.pending == "messagerie_securisee.bal"

    # Third process. Telegram redelivers what getUpdates did not confirm: the in-flight tap
    # comes again if the second process died before confirming it (a tap is idempotent: the
    # bot answers it as a stale button when it was already applied). Then /reprendre.
    redelivered = api.confirmed <= in_flight["update_id"]
    mark = len(api.calls)
    with bot(api, tmp_path, "third") as third:
        if redelivered:
            _reply(api, in_flight, mark, COORD_Q)
        session = stored(tmp_path)
        assert session is not None
        if session.answers == acknowledged:  # the in-flight tap was lost with the process
            step(api, answer_msg("/reprendre"), MSS_Q)
            step(api, tap("a:messagerie_securisee.bal:personnelle"), COORD_Q)
        else:
            step(api, answer_msg("/reprendre"), COORD_Q)
        step(api, tap("a:prise_en_charge_coordonnee.forme:structure"), ALLER_Q)
        step(api, answer_msg("3"), ETUDIANT_Q)
        result = step(api, tap("a:accueil_etudiant.stage:oui"), "Montant estimé : 1 240 €")
        assert "Socle : atteint" in plain(result.text)
        third.kill()
        third.assert_clean()
    final = stored(tmp_path)
    assert final is not None and final.pending is None
    assert final.answers == {
        **acknowledged,
        "messagerie_securisee": True,
        "prise_en_charge_coordonnee": True,
        "aller_vers_interventions": 3.0,
        "accueil_etudiant": True,
    }
    assert {c.chat_id for c in api.calls if c.method == "sendMessage"} == {ALICE}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_knowledge(tmp_path)


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ("familles/fami_chirurgien_dentiste.yaml", "Fichier de connaissances invalide"),
        ("faq/dmp.yaml", "Fichier de connaissances illisible"),
    ],
)
def test_a_broken_knowledge_file_stops_start_up(
    api: FakeBotApi, tmp_path: Path, tree: Path, broken: str, message: str
) -> None:
    path = tree / broken
    if broken.startswith("familles/"):
        edit_once(path, "eur: 490", "eur: beaucoup")  # valid YAML, refused by the schema
    else:
        path.write_text(path.read_text(encoding="utf-8") + "\n  - id: [non fermé\n")
    data = tmp_path / "data"
    data.mkdir()
    try:
        result = subprocess.run(
            [str(FORFAIT_BOT), "run"],
            env=run_env(api, data, FORFAIT_BOT_KNOWLEDGE=str(tree)),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
        )
    except subprocess.TimeoutExpired as e:  # run() has killed it; say what it printed
        raise AssertionError(f"forfait-bot run did not stop on a broken file: {e.stderr}") from e
    assert result.returncode != 0
    assert message in result.stderr and Path(broken).name in result.stderr
    assert "Traceback" not in result.stderr
    assert api.calls == [], "it stopped before contacting Telegram"
