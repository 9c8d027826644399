"""An indicator of the other profession's scheme asked by a médecin or a dentist (issue 11):
whose scheme holds it, « Non » when asked yes or no, then the asker's own scheme block by
block; someone else's case, or one's own items told, keep their usual answers."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.faq_replies import FaqResponder
from bot.session import Session
from bot.text_render import to_text
from knowledge import Knowledge

NN = "\u202f"


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 5))


@pytest.mark.parametrize(
    ("q", "profession", "said"),
    [
        (
            "le SAS ça existe pour nous dentistes ?",
            "chirurgien-dentiste",
            [
                f"Non{NN}: «{NN}Participation au service d'accès aux soins (SAS){NN}» est un "
                "indicateur des médecins (forfait structure, exercices 2020 à 2025), pas du FAMI "
                "des chirurgiens-dentistes.",
                f"Au plus 1{NN}240{NN}€",
            ],
        ),
        (
            "Je suis chir dent. Le volet 2 il est accessible si jai pas validé le volet 1 ?",
            "chirurgien-dentiste",
            [
                "relève du forfait structure et de la dotation numérique (Donum) des médecins",
                "(indépendants du socle)",
            ],
        ),
        (
            "Généraliste : existe-t-il un bonus « aller vers » de 300 € comme chez les "
            "dentistes si je fais des visites en EHPAD ?",
            "medecin",
            ["des chirurgiens-dentistes (FAMI", f"Au plus 420{NN}points"],
        ),
        (  # a worth in points, said of an item the FAMI has: the FAMI pays euros
            "dentiste, jsuis dans une CPTS, jai droit aux 120 points de la coordination ?",
            "chirurgien-dentiste",
            ["«\u202f120 points\u202f» relève du forfait structure", f"100{NN}€ au plus"],
        ),
        (
            "je suis medecin, le socle a 490€ c'est pareil pour nous ?",
            "medecin",
            ["relève du FAMI des chirurgiens-dentistes", f"280{NN}points, soit 1{NN}960{NN}€"],
        ),
    ],
)
def test_the_other_professions_item_is_said_theirs(
    responder: FaqResponder, q: str, profession: str, said: list[str]
) -> None:
    reply = responder.respond(q, Session(chat_id=1, profession=profession))
    text = to_text(reply.message)
    for s in said:
        assert s in text


@pytest.mark.parametrize(
    ("q", "profession"),
    [
        # someone else's case
        (
            "Un dentiste qui prend un étudiant de 6e année touche 350 €. Moi généraliste qui "
            "encadre un externe en 2024, le forfait structure me donne combien ?",
            "medecin",
        ),
        # one's own items told: the ApCV is one word of a FAMI story
        (
            "J'ai jamais fait une seule FSE avec l'appli carte Vitale (ApCV). Sinon socle ok (FSE "
            "86 %, DMP, MSS, horaires, addendum 8) et je suis en MSP. Je perds des sous sur le "
            "FAMI à cause de l'ApCV ? ça fait combien au total ?",
            "chirurgien-dentiste",
        ),
        # a worth of the médecin's own scheme (services aux patients: 490 €)
        ("g coché services aux patients (490 €) en 2025, ils verifient derriere ?", "medecin"),
    ],
)
def test_other_cases_keep_their_answers(responder: FaqResponder, q: str, profession: str) -> None:
    reply = responder.respond(q, Session(chat_id=1, profession=profession))
    head = " ".join(reply.fact.lignes[:1]) if reply.fact is not None else ""
    assert "indicateur des" not in head and "relève d" not in head


def test_the_session_year_is_the_one_answered(responder: FaqResponder) -> None:
    """A dentist whose questionnaire is on 2025 asks « le SAS ça existe pr nous ? »: the FAMI
    2025 is shown, not the current exercice's."""
    reply = responder.respond(
        "le SAS ca existe pr nous ?",
        Session(chat_id=1, profession="chirurgien-dentiste", exercice="2025"),
    )
    assert f"(FAMI) 2025{NN}:" in to_text(reply.message)
