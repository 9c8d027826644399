"""Two practitioners' cases in one message, asked each (blind dev set 217): each one's total
under their name, never one total of both stories."""

from __future__ import annotations

import datetime as dt

import pytest
from test_rule_facts import NN, respond

from bot.faq_replies import FaqResponder
from bot.question_people import each_person, one_asked
from bot.text_render import to_text
from knowledge import Knowledge


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 5))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a couple: a médecin's forfait structure and a dentist's FAMI
        (
            "Salut, mon mari est MG et moi dentiste, même cabinet de groupe. Pour 2024 : lui "
            "volet 1 validé + il participe au SAS, rien d'autre. Moi les 5 indicateurs socles ok "
            "+ je suis dans une CPTS. Ça fait combien chacun svp ?",
            "Total : 590 €",
            "Total : 3 360 €",
        ),
        # told of both, then of each one
        (
            "On est 2 chir dentistes associées. FAMI 2025 : on a toutes les deux le socle "
            "complet. Elle, elle fait 3 interventions en EHPAD dans l'année et elle accueille un "
            "T6 à temps plein, mais elle est dans aucune CPTS. Moi juste la CPTS en plus. Elle "
            "touche combien et moi combien ?",
            "Total : 590 €",
            "Total : 1 140 €",
        ),
        (
            "Mon épouse et moi sommes tous les deux généralistes, cabinet commun. Volet 1 ok pour "
            "les deux en 2025. Elle est maître de stage et a un équipement de téléconsultation "
            "payant ; moi je participe au SAS. Montants de chacun ?",
            "Total : 3 360 €",
            "Total : 2 660 €",
        ),
    ],
)
def test_each_one_gets_their_own_total(
    responder: FaqResponder, text: str, first: str, second: str
) -> None:
    rep = respond(responder, text)
    shown = to_text(rep.message).replace(NN, " ").replace("\u00a0", " ")
    mine, theirs = shown.split("\nPour ", 1)
    assert shown.startswith("Pour vous :")
    assert first in mine and second in theirs


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # blind dev set 353: two associates, each case told apart, the cabinet's total asked
        (
            "On est deux associés au cabinet. FAMI 2024 : moi socle + CPTS + étudiant de 6e "
            "année, mon associé seulement le socle. Ça fait combien pour le cabinet au total ?",
            "Ensemble : 940 € + 490 € = 1 430 € pour l'exercice 2024.",
        ),
        # blind dev set 215: a couple, the year told in the asker's clause is both's
        (
            "Bonsoir. Mon mari est généraliste, moi chirurgien-dentiste, même cabinet. Pour "
            "l'exercice 2024 j'ai validé les 5 indicateurs obligatoires du FAMI + la CPTS, lui a "
            "validé tout le volet 1 du forfait structure mais rien au volet 2. On touche combien "
            "à nous deux ?",
            "Ensemble : 590 € + 1 960 € = 2 550 € pour l'exercice 2024.",
        ),
    ],
)
def test_two_cases_told_apart_then_their_sum(responder: FaqResponder, text: str, said: str) -> None:
    """Each one's total under their name, then the two added: never the asker's alone."""
    shown = to_text(respond(responder, text).message).replace(NN, " ").replace("\u00a0", " ")
    assert shown.startswith("Pour vous :")
    assert shown.endswith(said)


@pytest.mark.parametrize(
    "text",
    [
        # professions only, no case of each: the rule's maximum answers
        "Ma compagne est dentiste et moi médecin. Pour 2026 c'est quoi le max que chacun peut "
        "espérer ?",
        # one total asked for the two
        "cabinet de 2 medecins. si on valide absolument tout en Donum 2026 chacun, ca fait "
        "combien au total pour le cabinet ?",
        # one practitioner
        "Socle FAMI ok et CPTS. Combien ?",
    ],
)
def test_no_two_stories_no_split(text: str) -> None:
    assert each_person(text) is None


def test_a_group_practice_is_no_refused_form_of_coordination(responder: FaqResponder) -> None:
    """ "cabinet de groupe" is not the « groupe qualité » the FAMI refuses: the CPTS told
    still counts."""
    rep = respond(
        responder,
        "On est en cabinet de groupe. FAMI 2024 : socle ok, je suis aussi dans une CPTS. Combien ?",
        "chirurgien-dentiste",
    )
    assert "Total : 590 €" in to_text(rep.message).replace(NN, " ").replace("\u00a0", " ")


def test_a_rate_with_no_profession_known_gets_each_ones_verdict(
    responder: FaqResponder,
) -> None:
    """ "68 % de FSE en 2025, c'est bon ?" with no profession: met for a médecin (> 2/3), not
    for a dentist (≥ 70 %); both verdicts, then the profession asked, never one guessed."""
    rep = respond(responder, "mon taux de FSE est à 68 % en 2025, c'est bon pour le forfait ?")
    shown = to_text(rep.message).replace(NN, " ")
    assert shown.startswith("Cela dépend de votre profession :")
    assert "Médecin :\nTaux de télétransmission > 2/3 — ✅ objectif atteint" in shown
    assert "Chirurgien-dentiste :\nTaux de télétransmission FSE ≥ 70 % — ❌" in shown
    assert "Dites-moi votre profession" in shown


def test_the_most_for_a_cabinet_of_several(responder: FaqResponder) -> None:
    """ "cabinet de 2 médecins, si on valide tout chacun, combien pour le cabinet ?" (blind
    dev set 217): the maximum, then times two."""
    rep = respond(
        responder,
        "cabinet de 2 medecins. si on valide absolument tout en Donum 2026 chacun, ca fait "
        "combien au total pour le cabinet ?",
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "Pour 2 praticiens qui les atteignent tous : 2 × 2 940 € = 5 880 €." in shown


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        (
            "On est deux dentistes associés. En 2024 j'ai 68 % de télétransmission en FSE, mon "
            "associé 74 %. Est-ce que lui valide l'indicateur télétransmission du FAMI ?",
            "chirurgien-dentiste",
            f"74{NN}%{NN}: objectif atteint",
        ),
        (  # the profession told of both (« … et moi sommes dentistes »)
            "Mon associé et moi sommes dentistes. En 2025 j'ai 68 % de FSE, lui 74 %. Est-ce que "
            "lui valide le socle du FAMI ?",
            None,
            f"74{NN}%{NN}: objectif atteint",
        ),
        (
            "Avec mon associé on est 2 généralistes. En 2025, moi : volet 1 ok + SAS. Lui : volet "
            "1 ok + il est en MSP + maître de stage d'externes. Lui il touche combien de forfait "
            "structure ?",
            "medecin",
            f"Total{NN}: 3{NN}150{NN}€",
        ),
        (  # « mon assoc », as typed on a phone
            "mon assoc a 55 % de fse en 2025, moi 80 %. est ce que lui valide ?",
            "medecin",
            f"55{NN}%{NN}: sous l'objectif",
        ),
    ],
)
def test_the_other_one_asked_of_gets_their_own_case(
    responder: FaqResponder, text: str, profession: str | None, said: str
) -> None:
    """Both cases told, one asked of: the asker's figures are not the associate's."""
    reply = to_text(respond(responder, text, profession).message)
    assert reply.startswith(f"Pour votre associé{NN}:")
    assert said in reply


@pytest.mark.parametrize(
    "text",
    [  # the asker asked of, or the two compared, or « il faut » / « n'est-elle »: no split
        "FAMI 2024 : j'ai eu 590 € et mon associé 1 240 €. Même cabinet. Pourquoi lui plus ?",
        "Mon associé dit que ça n'a rien à voir. Moi j'ai lu que tout était lié. Est-ce qu'il "
        "fallait valider tout le volet 1 ?",
        "Mon associée n'a rien payé. L'installation n'est-elle pas prise en charge ?",
        "Mon associé a 74 %, moi 68 %. Et moi je valide ?",
    ],
)
def test_no_one_asked_of_no_split(text: str) -> None:
    assert one_asked(text) is None


def test_the_other_ones_bare_figure_is_told_as_the_askers(responder: FaqResponder) -> None:
    """« j'ai une moyenne de 72 % sur les 4 taux, lui 55 % »: his mean is 55 %."""
    q = (
        "Mon associé et moi sommes généralistes dans le même cabinet. Pour 2026 j'ai une "
        "moyenne de 72 % sur les 4 taux DMT/FSE/PSE/AAT, lui 55 %. Est-ce que LUI valide le "
        "socle de la Donum ?"
    )
    reply = to_text(respond(responder, q, "medecin").message)
    assert reply.startswith(f"Pour votre associé{NN}:")
    assert f"55{NN}%{NN}: sous l'objectif" in reply
