"""A story that asks each year's amount gets each year's figures or is told what was not read;
never one indicator's verdict or one year's total as if it answered (issue 11, same scope)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.each_year import each_year_asked, years_covered
from bot.faq_replies import FaqResponder
from bot.session import Session
from bot.text_render import to_text
from knowledge import Knowledge

TODAY = dt.date(2026, 12, 5)
NN = "\u202f"


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: TODAY)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2023 : volet 1 ok. 2024 pareil + SAS. Combien chaque année ?", (2023, 2024)),
        ("socle ok en 2024 et 2025, FAMI de chaque année et total ?", (2024, 2025)),
        ("Appli carte Vitale : 0 FSE en 2023, 12 en 2024. Montant 2023 et 2024 ?", (2023, 2024)),
        ("fami 2024 socle ok, 2025 pareil + cpts. cb par annee ?", (2024, 2025)),
        ("MSP en 2024 et 2025, donnez-moi les deux montants", (2024, 2025)),
        ("Ça donne quoi en 2023, 2024, 2025 et au total ?", (2023, 2024, 2025)),
        ("FS 2023 : volet 1 ok. 2024 idem. montants ?", (2023, 2024)),
        ("FAMI : 2024 socle ok, 2025 MSP. montants des deux années svp", (2024, 2025)),
        ("socle ok les deux ans. FAMI 2024 vs 2025 ça donne quoi ?", (2024, 2025)),
        ("FAMI : en 2024 x, en 2025 y. Total sur les 2 ans ?", (2024, 2025)),
        ("2025 : socle, coordination. 2024 : le socle. Quel écart ?", (2024, 2025)),
        ("2024 : aller vers + étudiant. 2025 pareil. la somme des deux ?", (2024, 2025)),
        ("2024 et 2025 socle ok. Combien les 2 ans ?", (2024, 2025)),
        (
            "En 2022 : CPTS. En 2024 : SAS. Quel montant pour chacune des deux années ?",
            (2022, 2024),
        ),
        ("FS 2025 : volet 1 et DMP. Donum 2026 : le socle. Que vaut chaque année ?", (2025, 2026)),
        ("DMP et ordo en 2024 et 2025 : combien pour les deux indicateurs ?", ()),
        # a year's amount told: the other year's answers "combien de plus ?"
        ("En 2023 j'ai eu 590 € de FAMI. En 2024 + une école REP. Combien de plus ?", ()),
        ("Les 350 €, c'est pour le FAMI 2026 ou 2027 ?", ()),
        ("C'était quoi les montants pour 2023 ? Les mêmes qu'en 2022 ?", ()),
        ("ECG connecté en 2023, un autre en 2026 : ça rapporte combien chaque fois ?", ()),
        # one year asked, another told as context
        ("9 695 € en 2022. Et en 2024 c'était combien le max ?", ()),
        # a year asked, each year named only for the paperwork
        ("facture du logiciel envoyée pour le FAMI 2024, à renvoyer chaque année (2025) ?", ()),
        # each year, but one year named
        ("FAMI 2024 : socle ok. Combien chaque année ?", ()),
    ],
)
def test_each_year_asked(text: str, years: tuple[int, ...]) -> None:
    assert each_year_asked(text) == years


def test_years_covered_spells_out_ranges() -> None:
    assert years_covered("pages publiques (2023 à 2025)") == {2023, 2024, 2025}


def test_one_indicator_on_one_year_is_not_the_answer(responder: FaqResponder) -> None:
    # the SAS card of 2024 answered "2023, 2024, 2025 et au total": now said not read
    rep = responder.respond(
        "Je me suis inscrit au SAS début 2024 (2h/semaine de créneaux ouverts), en 2023 pas "
        "de SAS. Pour le reste c'est pareil tous les ans : volet 1 ok, coordination en MSP, "
        "maître de stage. Ca donne quoi en 2023, 2024, 2025 et au total sur les 3 ans ?",
        Session(1, "medecin"),
    )
    assert rep.outcome == "ask_years" and not rep.confident
    text = to_text(rep.message)
    assert "plusieurs exercices (2023, 2024 et 2025)" in text
    assert "Décrivez un exercice par message" in text and "«\u202fFS 2024" in text
    # the latest year's estimate (or the one under way: its answers are never dropped)
    [[button]] = rep.message.choices
    assert button.label == "Estimer mon forfait" and button.action.payload == "medecin_2025"


def test_a_dentists_example_is_the_fami(responder: FaqResponder) -> None:
    rep = responder.respond(
        "socle ok en 2024 et 2025. étudiant de 6e année en 2024, aucun en 2025. combien de FAMI "
        "par année ?",
        Session(1, "chirurgien-dentiste"),
    )
    assert rep.outcome == "ask_years"
    assert "«\u202fFAMI 2024\u202f: socle ok" in to_text(rep.message)


def test_years_side_by_side_stay_the_answer(responder: FaqResponder) -> None:
    # part 1 gives both years' totals: part 2's « cb chaque annee ? » is answered by it
    rep = responder.respond(
        "Jai validé TOUT le numerique du volet 2 en 2023 (teleservices, DMP, MSS, ordo "
        "numeriques, ApCV) et pareil en 2024, volet 1 ok les 2 fois, rien d'autre. pq jai pas "
        "le mm montant ? cb chaque annee ?",
        Session(1, "medecin"),
    )
    assert rep.confident
    text = to_text(rep.message).replace(NN, " ")
    assert "2023 : 4 186 €" in text and "2024 : 3 850 €" in text


def test_a_two_year_total_is_kept(responder: FaqResponder) -> None:
    rep = responder.respond(
        "fami 2024 socle ok + 3 RCP, 2025 idem mais 5 RCP (pas de cpts). cb en 2024 et 2025 ?",
        Session(1, "chirurgien-dentiste"),
    )
    assert rep.confident and rep.outcome == "rule"
    text = to_text(rep.message).replace(NN, " ")
    assert "2024 : 490 €" in text and "2025 : 590 €" in text


def test_the_two_years_maximum_added_when_asked(responder: FaqResponder) -> None:
    rep = responder.respond(
        "c koi le max du FAMI pr un dentiste en 2024 ? et si j'ai tt aussi en 2025 ca fait "
        "combien les deux ans ?",
        Session(1, "chirurgien-dentiste"),
    )
    assert "Sur les deux exercices : au plus 2 480 €" in to_text(rep.message).replace(NN, " ")


def test_a_part_takes_the_profession_another_part_names(responder: FaqResponder) -> None:
    # a médecin's session; the second question names the FAMI: the whole message is a dentist's
    rep = responder.respond(
        "jai eu 3 interventions en ehpad en 2024 et 2 en 2025, socle ok. combien par annee ? "
        "et c koi la date limite pr le fami 2025",
        Session(1, "medecin", "2025"),
    )
    text = to_text(rep.message).replace(NN, " ")
    assert "2024 : 790 €" in text and "2025 : 490 €" in text


def test_three_years_each_asked_in_other_words(responder: FaqResponder) -> None:
    rep = responder.respond(
        "2023 : volet 1 ok + msp. 2024 pareil + sas. 2025 idem sauf la msp. ca donne quoi "
        "chaque annee ?",
        Session(1, "medecin"),
    )
    text = to_text(rep.message).replace(NN, " ")
    assert "2023 : 2 800 €" in text and "2024 : 4 200 €" in text and "2025 : 3 360 €" in text


def test_a_block_said_missed_before_its_name(responder: FaqResponder) -> None:
    # « j'ai raté le volet 1 » as « volet 1 raté »: the SAS it gates is not paid (not the entry
    # listing the volet 1's indicators)
    rep = responder.respond(
        "j'ai raté le volet 1 en 2025, je touche quand même le SAS ?", Session(1, "medecin")
    )
    assert rep.outcome == "rule" and "non versé" in to_text(rep.message)
