"""A story told year by year: each clause read for the years it names, and a reading that mixes
the years refused rather than given (issue 11, same scope)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.each_year import asked_last, next_year_named, short_years_led
from bot.faq_replies import FaqResponder
from bot.session import Session
from bot.text_render import to_text
from knowledge import Knowledge

TODAY = dt.date(2026, 12, 5)
NN = "\u202f"


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: TODAY)


def said(responder: FaqResponder, text: str, profession: str | None = None) -> str:
    rep = responder.respond(text, Session(1, profession))
    assert rep.confident and rep.outcome == "rule", to_text(rep.message)
    return to_text(rep.message).replace(NN, " ")


@pytest.mark.parametrize(
    ("text", "profession", "lines"),
    [
        # one item's share asked over two years: each year's and their sum, first
        (
            "jai accueilli des externes en stage en 2023 et en 2024, volet 1 ok les 2 ans. ca "
            "fait cb en tout pr la fonction de maitre de stage au forfait structure ?",
            "medecin",
            ["350 € (50 points) en 2023, 350 € (50 points) en 2024, soit 700 € sur les deux"],
        ),
        # « pareil mais à 72 % »: the year before's one rate replaced, the rest kept
        (
            "chir dent. 2024 j'ai accueilli un 6e année à temps plein et fait mes interventions "
            "aller vers (4 en école REP+), mais taux de télétransmission 65 %. j'ai droit à "
            "quoi ? et en 2025 pareil mais à 72 % ?",
            None,
            ["2024 : 650 €", "2025 : entre 650 € et 1 140 €"],
        ),
        # an amount told of the year before is what it paid, when one set of items pays it
        (
            "fami 2024 jai eu 590. 2025 pareil + 3 interventions ehpad. cb pr 2025 et c versé qd ?",
            "chirurgien-dentiste",
            ["890 € pour l'exercice 2025", "deuxième trimestre 2026"],
        ),
        # « rien changé sauf que j'accueille … » adds it; « combien de plus ? » against it
        (
            "FAMI 2023 : 590 €. En 2024 je n'ai rien changé sauf que j'accueille une stagiaire "
            "de 6e année à temps plein. Combien en 2024 ?",
            "chirurgien-dentiste",
            ["Total : 940 €"],
        ),
        (
            "en 2023 javais 590 de fami. en 2024 j'ai ajouté l'aller vers en ehpad (4 fois) et "
            "un 6e année. ca fait combien de plus ?",
            "chirurgien-dentiste",
            ["Par rapport à 2023 (590 € d'après vous) : 650 € de plus en 2024."],
        ),
        # why a rate fell, in brackets after it, is no item told
        (
            "2024 : volet 1 ok, SAS, MSP. 2025 : pareil sauf que mon taux de FSE est tombé a 60% "
            "(gros souci de lecteur carte vitale toute l'année). combien pour 2025 ?",
            "medecin",
            ["2025 : 0 €", "Taux de télétransmission > 2/3"],
        ),
        # « passé en V2 »: the year before's case, its messagerie now valid
        (
            "En 2024 j'étais encore sur Apicrypt V1, le reste du socle ok. En 2025 passé en V2 "
            "interop. FAMI combien pour chaque année ?",
            "chirurgien-dentiste",
            ["2024 : 0 €", "2025 : 490 €"],
        ),
        # « de 2022 a 2025 »: each year between too
        (
            "jai eu le volet 1 seul chaque année depuis 2022, rien d'autre. combien par an de "
            "2022 a 2025 ?",
            "medecin",
            ["2022 : 2 800 €", "2023 : 1 960 €", "2024 : 1 960 €", "2025 : 1 960 €"],
        ),
        # three years listed before what they share, a bare « total ? »
        (
            "FAMI 2023, 2024, 2025 : socle seulement à chaque fois. total ?",
            "chirurgien-dentiste",
            ["2023 : 490 €", "2025 : 490 €", "Sur les 3 exercices : 1 470 €"],
        ),
        # « j'ai eu le max, 1240 » is every item met; « (pas pris) » only says « not » again
        (
            "2024 j'ai eu le max, 1240. 2025 pareil sauf l'étudiant (pas pris) et j'ai arrêté "
            "la CPTS. 2025 ça fait combien, et total 2024+2025 ?",
            "chirurgien-dentiste",
            ["2024 : 1 240 €", "2025 : 790 €", "Sur les deux exercices : 2 030 €"],
        ),
        # an earlier year's amount told, « combien je perds ? »: set against it
        (
            "En 2025 mon forfait structure c'était 280 pts + 90 pts téléservices + DMP 40 + "
            "appli carte Vitale 40 = 450 pts soit 3 150 €. En 2026, mêmes taux : AAT 92, CM "
            "AT-MP 52, PSE 91, DMT 95, FSE 98, DMP 32, SPE 12, DSG 0, ordonnances numériques 25, "
            "appli carte Vitale oui mais aucun message aux patients. Logiciel à jour. Combien "
            "en 2026 et combien je perds ?",
            "medecin",
            ["Par rapport à 2025 (3 150 € d'après vous) : 1 190 € de moins en 2026."],
        ),
        # a year told by its one block, « fs 2024 volet 1. », « en 2026 j'ai le socle. »
        (
            "fs 2024 volet 1. fs 2025 volet 1 + cpts. total ?",
            "medecin",
            ["2024 : 1 960 €", "2025 : 2 800 €", "Sur les deux exercices : 4 760 €"],
        ),
        (
            "En 2025 j'ai validé le volet 1 et la CPTS. En 2026 j'ai le socle. quelle difference ?",
            "medecin",
            ["2025 (médecins) : 2 800 €", "(Donum) 2026 : 1 960 €", "840 € de moins en 2026"],
        ),
        (  # « javais tout le socle », and an item 2023 does not have said not counted
            "je suis dentiste. en 2023 javais tout le socle du FAMI et jai fait 5 interventions "
            "en prison. en 2024 pareil. combien pr 2023 et combien pr 2024 ?",
            None,
            ["2023 : 490 €", "n'existe pas en 2023", "2024 : 790 €"],
        ),
        (  # three years told, « par rapport à 2025 »: that year against the last one
            "En 2024 et 2025 je n'ai eu que le volet 1 du forfait structure. Pour la dotation "
            "numérique 2026 j'aurai le socle et l'option DMP + ordonnances numériques, rien "
            "d'autre. Je gagne ou je perds par rapport à 2025, et de combien ?",
            "medecin",
            ["2025 (médecins) : 1 960 €", "(Donum) 2026 : 2 380 €", "420 € de plus en 2026"],
        ),
        (  # « Pareil en 2025 » tells 2025 (not where the story starts from)
            "Chirurgien-dentiste : j'ai eu le FAMI complet en 2024 (socle, CPTS, aller vers, "
            "étudiant). Pareil en 2025 et ce sera pareil en 2026. Combien sur les trois "
            "exercices ?",
            None,
            ["2024 : 1 240 €", "2026 : 1 240 €", "Sur les 3 exercices : 3 720 €"],
        ),
        (  # a year's list after its colon is its case, with no « j'ai » nor « ok »
            "FAMI 2025 : socle, CPTS, aller vers, étudiant. Combien ?",
            "chirurgien-dentiste",
            ["Total : 1 240 € pour l'exercice 2025"],
        ),
        (
            "fami 2024 : socle. fami 2025 : socle + etudiant. total ?",
            None,
            ["2024 : 490 €", "2025 : 840 €", "Sur les deux exercices : 1 330 €"],
        ),
        # « combien a-t-il perdu ? », a year paying nothing: what its missed item cost
        (
            "Le Dr K. : en 2024 FSE à 60 %, le reste du volet 1 ok, et la CPTS. En 2025 FSE à "
            "80 %, volet 1 ok et CPTS. Combien pour 2024 et 2025, et combien a-t-il perdu en "
            "2024 ?",
            "medecin",
            ["2024 : 0 €", "Manque à gagner en 2024 : 2 800 €", "2025 : 2 800 €"],
        ),
        # « elle n'a jamais validé que le socle »: only the socle, each year (no « jamais »)
        (
            "Ma cliente n'a jamais validé que le volet 1 : forfait structure 2024 et 2025, puis "
            "socle de la Donum en 2026. Combien par an ?",
            "medecin",
            [
                "Forfait structure 2024 (médecins) : 1 960 €",
                "Forfait structure 2025 (médecins) : 1 960 €",
                "Dotation numérique (Donum) 2026 : 1 960 €",
            ],
        ),
        # « combien pour chacune des deux années ? » asks each year's total, not each item's
        # worth; « elle n'a plus fait d'interventions » denies the « aller vers »
        (
            "Ma cliente dentiste a validé le socle en 2024 et en 2025. En 2024 elle était en CPTS "
            "et a fait trois interventions en foyer. En 2025 elle a quitté la CPTS, n'a plus fait "
            "d'interventions, mais a accueilli un étudiant de 6e année. Combien pour chacune des "
            "deux années ?",
            None,
            ["2024 : 890 €", "2025 : 840 €"],
        ),
        # « plus d'assistante pour les parcours complexes »: the patients' service gone too
        (
            "FS 2023 : tout validé. En 2024, plus de CPTS et plus d'assistante pour les parcours "
            "complexes, le reste pareil. Je perds combien ?",
            "medecin",
            ["Manque à gagner : 1 330 €", "« Services offerts aux patients » non atteints"],
        ),
        # « plus d assistante », its apostrophe not typed
        (
            "FS 2023 tout validé. 2024 plus de cpts et plus d assistante pr les parcours "
            "complexes. jperds cb ?",
            "medecin",
            ["2023 : 8 141 €", "2024 : 6 475 €"],
        ),
        # « elle a plus fait d'aller vers » typed without « ne »: no longer, not more
        (
            "dentiste : fami 2024 socle + msp, 2025 idem mais elle a plus fait d'aller vers et a "
            "pris une etudiante 6e année. combien chaque année ?",
            None,
            ["2024 : 590 €", "2025 : 940 €"],
        ),
        # « elle a conservé tout cela », « il a gardé les deux »: the year before's items, again
        (
            "Notre cliente dentiste : en 2023 socle et CPTS. En 2024 elle a conservé tout cela "
            "et a accueilli un étudiant de 6e année à temps plein. Combien chaque année ?",
            None,
            ["2023 : 590 €", "2024 : 940 €"],
        ),
        (
            "Le Dr T. : en 2023 volet 1, SAS et MSP. En 2024 il a gardé les deux et a pris un "
            "externe. Montant de chaque année ?",
            None,
            ["2023 : 4 200 €", "2024 : 4 550 €"],
        ),
        # a year told by its block missed alone pays nothing, and the other year still counts
        (
            "fami 2024 socle ok + cpts, 2025 socle raté, combien ?",
            None,
            ["2024 : 590 €", "2025 : 0 €"],
        ),
        # an item told of both years ("MSP les deux années") beside items told of one year each
        (
            "dentiste. 2024 j'ai raté le socle (FSE 60 %), 2025 socle ok. j'étais en MSP les deux "
            "années. combien chaque année ?",
            None,
            ["2024 : 0 €", "2025 : 590 €"],
        ),
        # each year led by its scheme's name, after a comma
        (
            "chir-dent, FAMI 2024 socle + étudiant 6e année, FAMI 2025 socle + étudiant + CPTS. "
            "combien chaque année ?",
            None,
            ["2024 : 840 €", "2025 : 940 €"],
        ),
        # "j'en ai fait 5": the interventions counted before
        (
            "dentiste : en 2024 j'ai fait 2 interventions en ehpad, en 2025 j'en ai fait 5. socle "
            "ok les deux ans. combien chaque année ?",
            None,
            ["2024 : 490 €", "2025 : 790 €"],
        ),
        # "CPTS arrêtée": no longer there
        (
            "en 2024 j'avais le volet 1 et la CPTS. en 2025, volet 1 toujours ok, CPTS arrêtée, "
            "mais SAS. combien chaque année ?",
            "medecin",
            ["2024 : 2 800 €", "2025 : 3 360 €"],
        ),
        # each year leading its own list after a comma
        (
            "médecin : 2023 volet 1 + MSP, 2024 volet 1 + MSP + SAS, 2025 volet 1 + SAS. combien "
            "chaque année ?",
            None,
            ["2023 : 2 800 €", "2024 : 4 200 €", "2025 : 3 360 €"],
        ),
        # "à partir de 2024": that year and the later ones
        (
            "médecin : volet 1 ok en 2023, 2024 et 2025. SAS à partir de 2024. combien chaque "
            "chaque année ?",
            None,
            ["2023 : 1 960 €", "2024 : 3 360 €", "2025 : 3 360 €"],
        ),
        # "idem 2024": 2025 starts from 2024, it does not tell 2024
        (
            "dentiste : 2023 socle ok. 2024 socle ok + CPTS. 2025 idem 2024 + étudiant de 6e "
            "année. combien chaque année et au total ?",
            None,
            ["2023 : 490 €", "2024 : 590 €", "2025 : 940 €", "Sur les 3 exercices : 2 020 €"],
        ),
        # "… les 2 ans.": a sentence of every year
        (
            "Volet 1 2024 ok, 2025 raté (horaires absents). MSP + téléconsultation les 2 ans. "
            "Total sur les deux ?",
            "medecin",
            ["2024 : 3 150 €", "2025 : 0 €"],
        ),
        # "2025 : tout.": every item of that year
        (
            "dentiste, 2024 : tout sauf la CPTS. 2025 : tout. combien chaque année ?",
            None,
            ["2024 : 1 140 €", "2025 : 1 240 €"],
        ),
        # "l'année d'après": the year after the one named
        (
            "dentiste : FAMI 2024 socle + CPTS + étudiant. l'année d'après pareil sans l'étudiant. "
            "combien chaque année ?",
            None,
            ["2024 : 940 €", "2025 : 590 €"],
        ),
        # a line per year, as pasted from notes
        (
            "Mon FAMI :\n- 2024 : socle ✓, CPTS ✓\n- 2025 : idem + aller vers (4 interventions en "
            "EHPAD)\nMontant de chaque année ?",
            "chirurgien-dentiste",
            ["2024 : 590 €", "2025 : 890 €"],
        ),
        # two-digit years leading each clause, one year named back « comme 24 … moins … »
        (
            "fs sur 3 ans. 23 = volet 1 + MSP + codage. 24 = la même chose + SAS. 25 = comme 24 "
            "moins le codage. total cumulé ?",
            "medecin",
            [
                "2023 : 3 150 €",
                "2024 : 4 550 €",
                "2025 : 4 200 €",
                "Sur les 3 exercices : 11 900 €",
            ],
        ),
        # the question first, the years after
        (
            "combien de FAMI en tout sur 2024+2025 ? 2024 = socle + CPTS. 2025 = socle + CPTS + "
            "étudiant 6e année",
            None,
            ["2024 : 590 €", "2025 : 940 €", "Sur les deux exercices : 1 530 €"],
        ),
        # "25 = comme 24 + …": 2025 starts from 2024, the question first
        (
            "total fs 24+25 ? 24 = volet 1 + msp. 25 = comme 24 + maitre de stage",
            "medecin",
            ["2024 : 2 800 €", "2025 : 3 150 €", "Sur les deux exercices : 5 950 €"],
        ),
        # "en 2025 aussi": the year before's clause again
        (
            "dentiste : en 2024 j'ai fait 4 interventions en EHPAD, en 2025 aussi. socle ok chaque "
            "année. combien chaque année ?",
            None,
            ["2024 : 790 €", "2025 : 790 €"],
        ),
        # a year told from the one before by its own words first: « tout bon idem » is the
        # year before's items all met (not every indicator), the missed one included
        (
            "médecin. FS 2023 : taux FSE à 60 %, volet 1 sinon ok + CPTS. "
            "2024 tout bon idem. combien par année ?",
            None,
            ["2023 : 0 €", "2024 : 2 800 €"],
        ),
        # « avec les mêmes »: the year before's items, its block now met
        (
            "médecin : volet 1 2023 raté mais j'avais la CPTS et un externe. 2024 tout ok avec "
            "les mêmes. combien chaque année ?",
            None,
            ["2023 : 0 €", "2024 : 3 150 €"],
        ),
        # « sauf que j'ai arrêté … et j'ai pris … »: the item taken up is met, not excepted
        (
            "dentiste. FAMI 2024 : socle + MSP + 3 interventions en EHPAD. 2025 pareil sauf que "
            "j'ai arrêté les interventions et j'ai accueilli une étudiante de 6e année. combien "
            "chaque année ?",
            None,
            ["2024 : 890 €", "2025 : 940 €"],
        ),
        # « mais plus de coordination »: no longer had
        (
            "FAMI : 2024 socle + coordination. 2025 socle ok mais plus de coordination. combien "
            "chaque année ?",
            None,
            ["2024 : 590 €", "2025 : 490 €"],
        ),
        # a doctor's initial ends no sentence; « alors qu' » concedes; nothing paid is said
        (
            "je transmets : en 2023 le Dr K. n'avait pas de logiciel Ségur alors qu'il était en "
            "CPTS. en 2024 il a le Ségur et tout le volet 1, toujours la CPTS. combien pour 2023 "
            "et pour 2024 ?",
            "medecin",
            ["2023 : 0 € (0 point), rien n'est versé", "2024 : 2 800 €"],
        ),
        # « socle ok en 2024 et 2025 » holds for both; « jen ai fait 4 » counts again
        (
            "dentiste, socle ok en 2024 et 2025. en 2024 jai fait 2 interventions en ehpad, en "
            "2025 jen ai fait 3. Montants 2024 et 2025 ?",
            None,
            ["2024 : 490 €", "2025 : 790 €"],
        ),
        # a place named alone the next year is the interventions counted there; « plus
        # d'EHPAD » is none
        (
            "dentiste. 2024 : socle et 4 interventions en EHPAD. 2025 : socle, EHPAD et CPTS. "
            "Montants 2024 et 2025 ?",
            None,
            ["2024 : 790 €", "2025 : 890 €"],
        ),
        (
            "dentiste. 2024 : socle et 4 interventions en EHPAD. 2025 : socle et CPTS, plus "
            "d'EHPAD. Montants 2024 et 2025 ?",
            None,
            ["2024 : 790 €", "2025 : 590 €"],
        ),
        # « tout est vert » after a list, « volet 1 : tous les indicateurs atteints » in a
        # bulleted list: the items listed, not every indicator of the scheme
        (
            "Forfait structure 2025 : volet 1, MSS avec les patients, ApCV, ordonnances "
            "numériques, DMP, MSP et SAS, tout est vert sur amelipro. En 2026 avec le Donum "
            "j'aurai tout (socle + toutes les options). Je perds combien ?",
            "medecin",
            ["2025 (médecins) : 5 320 €", "2 380 € de moins en 2026"],
        ),
        (
            "Exercice 2023 du forfait structure :\n- volet 1 : tous les indicateurs atteints\n- "
            "CPTS (prise en charge coordonnée)\n- capacité à coder les données médicales\n- "
            "services offerts aux patients\n- équipement vidéotransmission\nQuel montant pour "
            "2023 ?",
            "medecin",
            ["Total : 3 990 €"],
        ),
        # « tout en 2023 sauf … (mon logiciel le gérait pas) »: everything but those two, the
        # bracket saying why, not the software missed
        (
            "tout en 2023 sauf les ordonnances numeriques et l'appli carte vitale (mon logiciel "
            "le gerait pas). total ?",
            "medecin",
            ["Total : 7 581 €"],
        ),
        # what another year paid, told beside a year's whole list, is context
        (
            "CIS. Un médecin qui avait 3 500 € de forfait structure en 2025 me demande son "
            "estimation Donum 2026 : socle atteint ; CM AT-MP 45 %, DSG 35 %, SPE 25 % ; DMP "
            "40 % et ordonnances numériques 50 %. Combien ?",
            "medecin",
            ["Total : 2 380 € (340 points) pour l'exercice 2026"],
        ),
        # an item of the block missed in the later year: the block is no longer told met
        (
            "FS 2024 : volet 1 ok + SAS. 2025 pareil sauf que mes horaires ne sont plus dans "
            "l'annuaire. combien chaque année ?",
            None,
            ["2024 : 3 360 €", "2025 : 0 €"],
        ),
    ],
)
def test_each_year_read_on_its_own_clauses(
    responder: FaqResponder, text: str, profession: str | None, lines: list[str]
) -> None:
    answer = said(responder, text, profession)
    assert all(x in answer for x in lines), answer


def test_one_list_is_not_judged_on_years_told_apart(responder: FaqResponder) -> None:
    # the MSP's worth each year answered "combien par an ?" after 2025 told its own externe
    rep = responder.respond(
        "médecin : j'ai eu le volet 1 et la MSP en 2024 et en 2025 ; en 2025 j'ai aussi pris un "
        "externe. combien par an ?",
        Session(1, None),
    )
    assert rep.outcome == "ask_years" and not rep.confident


def test_a_year_misread_by_the_year_before_is_not_given(responder: FaqResponder) -> None:
    # "2 interventions … en 2025 j'en ai fait 4" as one list: the same total twice, refused
    rep = responder.respond(
        "dentiste : socle ok en 2024 et 2025. 2 interventions en EHPAD en 2024, 4 en 2025. "
        "combien chaque année ?",
        Session(1, None),
    )
    assert not (rep.confident and "Le même montant les deux années" in to_text(rep.message))


def test_each_years_amounts_of_a_story_are_no_card(responder: FaqResponder) -> None:
    # a story of several items over two years, each year's amount asked: the maximum's or
    # one indicator's card answers another question; asked back unless the years are read
    rep = responder.respond(
        "dentiste : en 2024 un étudiant de 6e année et la MSP, mais horaires saisis dans "
        "amelipro seulement en janvier 2025. en 2025 socle ok, la MSP toujours, plus "
        "d'étudiant. combien pr 2024 et pr 2025 ?",
        Session(1, None),
    )
    text = to_text(rep.message)
    assert text.startswith("Total estimé") or rep.outcome == "ask_years", text


@pytest.mark.parametrize(
    "text",
    [
        # one year's card (the Donum's maximum) for two years set against each other
        "en 2025 j'avais le volet 1 et la CPTS. en 2026 avec la Donum si je fais le max je "
        "touche combien, et c'est plus ou moins que 2025 ?",
        # the card answers the first question, the amounts asked in the second go unanswered
        "Dentiste installée en avril 2024, première FSE en avril. En 2024 : socle et MSP. En "
        "2025 : socle, MSP et un étudiant de 6e année. Pour 2024, mon taux de FSE est calculé "
        "depuis quand ? Et combien pour 2024 et 2025 ?",
        # an item of one year's list is not what the years come to
        "Ma cliente, dentiste : en 2024 socle et MSP, en 2025 socle, MSP et un étudiant de 6e "
        "année. Combien 2024 / 2025 ?",
    ],
)
def test_a_years_amount_is_not_one_items_card(responder: FaqResponder, text: str) -> None:
    rep = responder.respond(text, Session(1, None))
    answer = to_text(rep.message)
    assert answer.startswith("Total estimé") or rep.outcome == "ask_years", answer


def test_one_indicators_worth_each_year_is_its_card(responder: FaqResponder) -> None:
    answer = said(
        responder,
        "Forfait structure : DMP 25 % en 2022 et 35 % en 2023, volet 1 ok les deux années. "
        "Combien l'indicateur DMP m'a rapporté chaque année ?",
        "medecin",
    )
    assert answer.startswith("Alimentation du DMP — exercices 2022 et 2023")


@pytest.mark.parametrize(
    "text",
    [
        # a year set against the other within one clause: no list judged on both years
        "dentiste : j'ai validé le socle en 2024 mais pas en 2025 (FSE 65 %). CPTS les deux "
        "années. combien chaque année ?",
        "médecin : volet 1 validé en 2024 et 2025, coordination en MSP en 2024 mais plus en "
        "2025. combien chaque année ?",
    ],
)
def test_a_year_set_against_the_other_is_asked_back(responder: FaqResponder, text: str) -> None:
    rep = responder.respond(text, Session(1, None))
    assert rep.outcome == "ask_years" and not rep.confident


def test_the_next_year_is_written_after_the_one_named() -> None:
    assert next_year_named("FAMI 2024 : socle. L'année suivante pareil.") == (
        "FAMI 2024 : socle. en 2025 pareil."
    )
    assert next_year_named("l'année d'après, je verrai") == "l'année d'après, je verrai"


def test_a_count_told_again_is_not_the_year_befores(responder: FaqResponder) -> None:
    # « pareil mais 5 interventions » after 2: the year before's count is not judged again
    rep = responder.respond(
        "FAMI 2024 : socle + MSP + 2 interventions en EHPAD. 2025 : pareil mais cette fois 5 "
        "interventions. Combien chaque année ?",
        Session(1, None),
    )
    assert not (rep.confident and "2025 : 590 €" in to_text(rep.message).replace(NN, " "))


def test_three_years_maximum_added(responder: FaqResponder) -> None:
    answer = to_text(
        responder.respond(
            "FAMI au max en 2024, en 2025 et en 2026 : ça fait combien sur les 3 ans ?",
            Session(1, "chirurgien-dentiste"),
        ).message
    ).replace(NN, " ")
    assert "Sur les 3 exercices : au plus 3 720 €" in answer
    answer = to_text(
        responder.respond(
            "dentiste, fami 2024 tout au max. 2025 pareil. total ?", Session(1, None)
        ).message
    ).replace(NN, " ")
    assert "Sur les deux exercices : au plus 2 480 €" in answer


def test_short_years_are_written_with_their_century() -> None:
    assert short_years_led("23 : socle. 24 : comme 23 + CPTS.") == (
        "2023 : socle. 2024 : comme 2023 + CPTS."
    )
    assert short_years_led("DMP 23 : ok") == "DMP 23 : ok"  # (one clause: no story)


def test_a_story_opening_on_its_question_is_told_question_last() -> None:
    assert asked_last("total 2024+2025 ? 2024 = socle. 2025 = socle + CPTS") == (
        "2024 = socle. 2025 = socle + CPTS. total 2024+2025 ?"
    )
    assert asked_last("C'est quoi le FAMI ? Je suis dentiste.") == (
        "C'est quoi le FAMI ? Je suis dentiste."  # (no years told: as asked)
    )


def test_one_card_does_not_answer_a_story_of_items(responder: FaqResponder) -> None:
    # four items both years, « combien par an ? »: not the students' card
    rep = responder.respond(
        "FS 2024 et 2025 pareil : volet 1, codage des données, vidéotransmission payante, "
        "encadrement d'externes. combien par an et c'est versé quand ?",
        Session(1, "medecin"),
    )
    text = to_text(rep.message)
    assert not (rep.confident and text.startswith("Encadrement d'étudiants"))


def test_an_accountant_named_first_is_who_writes(responder: FaqResponder) -> None:
    # « comptable » reads close to « comptabilisé » in the FAQ: the head is set aside
    answer = said(
        responder,
        "Question d'un confrère comptable : le maximum du forfait structure en 2022 et en 2023 ?",
    )
    assert answer.startswith("Montant maximal — Forfait structure 2022 et 2023"), answer


def test_a_year_described_after_it_is_the_year(responder: FaqResponder) -> None:
    # « l'exercice 2025, le dernier avant la Donum »: « dernier » names no last day or payment
    answer = said(
        responder,
        "Quel était le montant maximal du forfait structure pour l'exercice 2023, et quel est-il "
        "pour l'exercice 2025, le dernier avant la dotation numérique ?",
    )
    assert answer.startswith("Montant maximal — Forfait structure 2023 et 2025"), answer


def test_doubt_on_the_maximum_only_for_a_year_at_it(responder: FaqResponder) -> None:
    """The doubt on the forfait structure 2025's maximum (7 805 or 8 141 €) is said in a
    story's totals only for a year whose total is that maximum."""
    text = said(
        responder,
        "En 2025 je n'ai eu que le volet 1 du forfait structure. Pour la dotation numérique 2026 "
        "j'aurai le socle et l'option DMP + ordonnances numériques, rien d'autre. Quelle "
        "différence ?",
        "medecin",
    )
    assert "420 € de plus en 2026" in text and "Total incertain" not in text
    text = said(responder, "fs 2025 tout validé. donum 2026 socle seul. difference ?", "medecin")
    assert "7 805 €" in text and "Total incertain" in text


@pytest.mark.parametrize(
    ("text", "profession", "year"),
    [
        (  # blind dev set 254: the FSE rate's card answered the year's total
            "Bonjour, je suis l'assistante médicale du Dr K. Pour 2023 : logiciel Ségur avec LAP "
            "validé, horaires validés, télétransmission 79 %. Il accueille des externes en stage "
            "de niveau 1 et il a un abonnement payant de téléconsultation sécurisée. Combien pour "
            "le forfait structure 2023 ?",
            "medecin",
            "2023",
        ),
    ],
)
def test_one_years_case_not_read_whole_is_asked_back(
    responder: FaqResponder, text: str, profession: str, year: str
) -> None:
    """One exercice's case of several things, its total asked, and only one indicator's card
    found: no card given for the total; the asker is told how to ask so it is read."""
    rep = responder.respond(text, Session(1, profession, year))
    assert rep.outcome == "ask_case" and not rep.confident
    assert "Je n'ai pas su lire tout votre cas" in to_text(rep.message)


def test_an_items_worth_asked_after_a_case_keeps_its_card(responder: FaqResponder) -> None:
    # « ça suffit pour l'ApCV ? c'est combien ? »: the item's card, not the case's total
    text = (
        "J'ai fait UNE seule FSE avec l'appli carte Vitale en 2025, pour tester, tout le reste "
        "avec la carte physique. Ça suffit pour l'indicateur appli carte Vitale du forfait "
        "structure ? c'est combien ?"
    )
    assert responder.respond(text, Session(1, "medecin", "2025")).outcome == "rule"


def test_each_of_two_years_is_no_second_person(responder: FaqResponder) -> None:
    # « pour chacune des deux années » (blind dev set 262): each year's total, not two people's
    text = (
        "Bonjour, je suis la secrétaire du Dr Haddad, chirurgien-dentiste. En 2024, son taux de "
        "télétransmission n'a été que de 65 %, mais il a fait quatre interventions dans un EHPAD "
        "et a accueilli une étudiante de 6e année toute l'année. En 2025 il a tout remis en "
        "ordre : les cinq indicateurs obligatoires sont atteints et il a adhéré à la CPTS. "
        "Combien va-t-il percevoir pour chacune des deux années ?"
    )
    shown = to_text(responder.respond(text, Session(1, None)).message).replace("\u202f", " ")
    assert "2024 : 650 €." in shown and "2025 : 590 €." in shown


def test_an_own_sum_checked_is_not_answered_by_one_card(responder: FaqResponder) -> None:
    # « … 680 points x 7 = 4 560 €. je me suis pas planté ? » (blind dev set 260): the sum
    # told is of the whole case; one item's card would answer beside it
    text = (
        "calcul perso forfait structure 2025 : volet 1 280, DMP 40, MSS 40, SAS 200, "
        "coordination 120 -> 680 points x 7 = 4 560 €. je me suis pas planté ?"
    )
    rep = responder.respond(text, Session(1, "medecin", "2025"))
    assert not (rep.outcome == "rule" and rep.fact is not None and "Total" not in rep.fact.titre)


def test_a_relatives_pay_is_set_aside(responder: FaqResponder) -> None:
    # « Mon frère médecin touche plus de 4 000 € … Combien pour moi en 2024 ? » (blind dev
    # set 264): the brother's forfait set aside, the asker's FAMI totalled
    text = (
        "Bonjour, chirurgien-dentiste. Pour le FAMI 2024 j'ai tout le socle (logiciel compatible "
        "DMP, SESAM-Vitale 1.40 addendum 8, horaires sur l'annuaire, 88 % de FSE, messagerie "
        "MSSanté), je suis dans une CPTS et j'ai fait 4 interventions de dépistage en EHPAD. Pas "
        "d'étudiant de 6e année. Mon frère médecin touche plus de 4 000 € de forfait structure "
        "et à la réunion du syndicat on parlait d'un max de 1 240 €. Combien pour moi en 2024 ?"
    )
    shown = to_text(responder.respond(text, Session(1, "chirurgien-dentiste", "2024")).message)
    assert "Total\u202f: 890\u202f€" in shown


def test_a_loss_over_years_is_each_years_and_their_sum(responder: FaqResponder) -> None:
    # « combien j'ai perdu en tout sur les 2 ans ? » (blind dev set 265): not only what was paid
    text = (
        "2024 et 2025 socle FAMI rate a chaque fois a cause du taux FSE, alors que jsuis en MSP. "
        "jai eu que les 300 aller vers. combien jai perdu en tout sur les 2 ans ?"
    )
    shown = to_text(responder.respond(text, Session(1, "chirurgien-dentiste")).message)
    assert "Manque à gagner sur les deux exercices\u202f: 1\u202f180\u202f€." in shown
