"""The gap between two practitioners' payments, read back into the indicators worth it (issue
11: comparisons between colleagues were declined or answered beside the question)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_rule_facts import NN, respond

from bot.faq_replies import FaqResponder
from bot.gap_answers import gap_told
from bot.text_render import to_text
from knowledge import Knowledge


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 4))


@pytest.mark.parametrize(
    ("folded", "gap"),
    [
        ("mon associe a touche 840 € de plus que moi, ca vient d'ou ?", 840.0),
        ("mon associe a eu 560 e de plus que moi sur la donum, ca vient d ou ?", 560.0),
        ("mon confrere a touche 1400 e de + que moi en 2025 pour le fs, pourquoi ?", 1400.0),
        ("le suivi me donne 2 380 €, celui de mon associe 2 940 €. les 560 € d'ecart ?", 560.0),
        ("fami 2024 j'ai 890 €, ma consoeur 940 €. d'ou vient la difference ?", 50.0),
        ("mon associe a eu 157,50 € de plus que moi, pourquoi ?", 157.5),
        ("mon confrere 1240 € moi 650 €. on a tous les 2 un etudiant. je rate quoi ?", 590.0),
        ("je passe de 590 a 1240 si je prends un etudiant de 6e annee ?", 650.0),
        # last look of 4/12 ~23 h: the asker's amount typed without its unit after « moi »
        ("mon associe a eu 2940 e et moi 2100, pk cet ecart ?", 840.0),
        ("mon associe a eu 2940 e et moi 2025 pareil, pk cet ecart ?", None),
        # blind dev set 206: « c koi la diff », « moi j'estime », « qu'est-ce que ça peut être »
        ("mon associe a touche 8141€ en 2023 et moi 6741. c koi la diff ?", 1400.0),
        ("mon confrere annonce 2 940 € de donum, moi j'estime 2 800. il me manque quoi ?", 140.0),
        ("mon confrere a touche 280e de plus que moi. qu'est-ce que ca peut etre ?", 280.0),
        # both amounts without their unit (last look of 5/12 ~0 h 40)
        ("mon confrere a touche 2940 et moi jestime 2380, il me manque quoi ?", 560.0),
        # counts and points going up are no money
        ("je passe de 2 a 3 interventions, ca change quoi ?", None),
        ("je passe de 400 a 500 points ?", None),
        # one's own two years are `received_answers`'; the VSM is no scheme's indicator
        ("9 695 € en 2022 et 5 145 € en 2023, d'ou vient l'ecart ?", None),
        ("mon confrere a touche 3 600 € de vsm et moi 1 500 €, comment il a fait ?", None),
    ],
)
def test_the_gap_told(folded: str, gap: float | None) -> None:
    assert gap_told(folded) == gap


def test_a_gap_between_colleagues_names_what_is_worth_it(responder: FaqResponder) -> None:
    """« 840 € de plus que moi » in 2023: 120 points, the coordination first; « 890 € against
    940 € » (FAMI): the student's 350 € in place of the « aller vers »'s 300 €."""
    text = (
        "Mon associé a touché 840 € de plus que moi sur le forfait structure 2023. La seule "
        "différence c'est qu'il fait partie d'une MSP. C'est ça qui explique l'écart ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Écart de 840 € — Forfait structure 2023 (médecins)" in shown
    assert "840 € = 120 points × 7 €." in shown
    assert "• Implication dans la prise en charge coordonnée (120 points)" in shown
    text = "FAMI 2024 j'ai 890 €, ma consœur 940 €. D'où vient l'écart de 50 € ?"
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Un indicateur à la place d'un autre : Accueil d'un étudiant" in shown
    assert "(350 €) d'un côté" in shown and "(300 €) de l'autre" in shown
