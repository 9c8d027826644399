"""An amount missing, read back into the indicators worth exactly that (issue 11, blind dev
set 181): named with their worth, or left to the other readers when none is."""

from __future__ import annotations

import datetime as dt

import pytest
from test_rule_facts import NN, respond

from bot.faq_replies import FaqResponder
from bot.text_render import to_text
from knowledge import Knowledge


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 4))


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        (
            "il me manque 1400 balles sur mon forfait structure par rapport a ce que "
            "j'attendais, c quel indicateur qui vaut ca ?",
            "medecin",
            "C'est ce que vaut l'indicateur « Participation au service d'accès aux soins (SAS) » "
            "(200 points) pour l'exercice 2025.",
        ),
        # the rates of a bundle paid rate by rate, together
        (
            "jai 157,50 € de moins que prévu sur le forfait structure 2025. c quel genre "
            "d'indicateur qui vaut ca ?",
            "medecin",
            "chacun de ces indicateurs (22,5 points) pour l'exercice 2025 : « Avis d'arrêt de "
            "travail en ligne (AAT) », « Certificat médical AT-MP », « Protocole de soins "
            "électronique (PSE) », « Déclaration médecin traitant (DMT) » (dans « Usage des "
            "téléservices",
        ),
        # in euros where the scheme pays euros
        (
            "il me manque 100 € sur mon fami 2024, c'est quel indicateur ?",
            "chirurgien-dentiste",
            "C'est ce que vaut l'indicateur « Implication dans la prise en charge coordonnée » "
            "pour l'exercice 2024.",
        ),
    ],
)
def test_the_indicators_worth_the_amount_missing_are_named(
    responder: FaqResponder, text: str, profession: str, said: str
) -> None:
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert said in shown
    assert "demandez à votre CPAM" in shown


def test_no_indicator_worth_the_amount_is_no_guess(responder: FaqResponder) -> None:
    """1 234 € is no indicator's worth: no « C'est ce que vaut »."""
    text = "il me manque 1 234 € sur mon forfait structure 2025, c'est quel indicateur ?"
    shown = to_text(respond(responder, text, "medecin").message)
    assert "C'est ce que vaut" not in shown
