"""A figure taken back as it is typed (bot/corrections.py): the new one where the old one was."""

import datetime as dt

import pytest

from bot.corrections import corrected
from bot.faq_replies import FaqResponder
from bot.session import Session
from bot.text_render import to_text
from calculators.french import NNBSP as NN
from knowledge import load


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "messagerie avec les patients 8 %... non attendez, 12 %, j'ai regardé le mauvais "
            "trimestre. Et SPE 31 %.",
            "messagerie avec les patients 12 %. Et SPE 31 %.",
        ),
        (
            "DSG 45 %, SPE 35 %, ça me donne combien ? ... ah attends non la DSG c 55 % "
            "j'avais mal lu le tableau",
            "DSG 55 %, SPE 35 %, ça me donne combien ?",
        ),
        (
            "DMP 40 pts : j'ai 35 % de consults... ah non pardon le DMP c'était 25 % pas 35, "
            "j'ai confondu avec la MSS. Je l'ai ou pas ?",
            "DMP 40 pts : j'ai 25 % de consults. Je l'ai ou pas ?",
        ),
        (
            "j'ai fait 2 RCP dans l'année... non attendez, 4 RCP en tout. Ça valide ?",
            "j'ai fait 4 RCP dans l'année, en tout. Ça valide ?",
        ),
        (
            "un etudiant de 5e année... non pardon il est en 6e année mais à mi-temps",
            "un etudiant de 6e année, mais à mi-temps",
        ),
    ],
)
def test_the_figure_taken_back_is_replaced(typed: str, meant: str) -> None:
    assert corrected(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "je m'attends à 890 € pour 2024, j'ai reçu 300 €",
        "j'attends toujours mes 1 240 €",
        "pardon de vous déranger, le socle c'est 490 € ?",
    ],
)
def test_no_correction_leaves_the_message_as_typed(typed: str) -> None:
    assert corrected(typed) == typed


def test_the_corrected_rate_is_the_one_judged() -> None:
    """« DSG 45 %, SPE 35 % … ah attends non la DSG c 55 % »: both téléservices met."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 5))
    q = "FS 2024 : DSG 45 %, SPE 35 %, ça me donne combien ? ... ah attends non la DSG c 55 %"
    text = to_text(responder.reply(q, Session(0, "medecin", None)))
    assert f"DSG 55{NN}%" in text
    assert f"20{NN}points, soit 140{NN}€" in text


def test_a_forwarding_header_names_no_coordination() -> None:
    """« Transféré : Dr Da Silva … volet 1 + vidéotransmission + services aux patients »: the
    header's « transfert » is no coordination (2 800 €, not 3 640 €)."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 5))
    q = (
        "Transféré : Dr Da Silva, psychiatre. Forfait structure 2023 : volet 1 + "
        "vidéotransmission + services aux patients. Combien ?"
    )
    text = to_text(responder.reply(q, Session(0, "medecin", None)))
    assert f"Total{NN}: 2{NN}800{NN}€" in text
    assert "prise en charge coordonnée" not in text.split("Non atteints")[0]


def test_a_total_checked_beside_another_question_is_answered_too() -> None:
    """« FAMI 2025 ✓✓✓✓✓ socle / coordo ✓ / aller vers ✓ / étudiant ✓ = 1240 ? et c payé
    quand ? »: the total checked, then the payment (not the payment alone)."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 5))
    q = "FAMI 2025 ✓✓✓✓✓ socle / coordo ✓ / aller vers ✓ / étudiant ✓ = 1240 ? et c payé quand ?"
    text = to_text(responder.reply(q, Session(0, "chirurgien-dentiste", None)))
    assert f"Oui{NN}: c'est bien 1{NN}240{NN}€." in text
    assert "trimestre 2026" in text
