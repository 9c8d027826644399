"""An amount received, read back into what it pays on the exercice's rules (issue 11,
rule-grounded answers): which blocks and indicators make it, which were not paid, and the
CPAM when no combination makes it."""

from __future__ import annotations

import datetime as dt

import pytest
from test_rule_facts import NN, respond

from bot.faq_replies import FaqResponder
from bot.received_answers import received_amount
from bot.text_render import to_text
from knowledge import Knowledge


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))


@pytest.mark.parametrize(
    ("folded", "amount"),
    [
        ("forfait 2022 vire 2800e, je m'attendais a plus", 2800.0),
        ("un virement de 1 225 € en 2017", 1225.0),
        ("fami 2024 recu 490 pas 590", 490.0),
        ("g touche 1960€ pile", 1960.0),
        # a year after "sur mon relevé" is no amount; a year-like sum in euros is one
        ("sur mon releve 2024 l'indicateur sas est non atteint", None),
        ("j'ai recu 2020 € en 2024", 2020.0),
        ("je touche 790 € ?", None),  # what a case pays, asked: not money received
        ("touche-t-il les 490 € ?", None),
        ("le complement de 100 €, je le touche si mon taux est a 60 % ?", None),
        ("le socle c'est 490 € ?", None),
        ("moi j'ai eu 4000 et des poussieres", None),  # rough: no combination to read
        ("j'ai eu 2 296 €, les 1 960 € je vois a peu pres", 2296.0),
        # amounts received listed with one verb: their sum
        ("elle a bien touche 490 € de socle et 100 € de coordination mais rien pour", 590.0),
        ("j'ai touche 1 960 € pour le volet 1 et 840 € pour la coordination", 2800.0),
        ("j'ai touche 490 €, et pas les 100 €", 490.0),
        ("forfait structure 2025 : 1 960 € verses. c'est tout ??", 1960.0),
        ("les 300 € lui sont-ils verses ?", None),  # asked
        ("mon fami 2024 = 300 €. il manque quoi ?", 300.0),
        # a year's amount alone after its colon, not an item's worth listed
        ("fami 2024 : 590 €. fami 2025 : pareil + 3 interventions. combien ?", 590.0),
        ("fami 2024 : 490 € de socle, 100 € de coordination. combien au total ?", None),
        ("volet 1 du forfait structure 2023 = 400 points soit 2 800 €, correct ?", None),
        # the cents kept (blind dev 297)
        ("virement cpam forfait structure 2025 : 2 117,50 €. ca correspond a quoi ?", 2117.5),
    ],
)
def test_the_amount_received_is_read(folded: str, amount: float | None) -> None:
    assert received_amount(folded) == amount


@pytest.mark.parametrize(
    ("text", "paid", "missed"),
    [
        (
            "forfait structure 2018 touché 1610 euros, ça veut dire que j'avais uniquement le "
            "volet 1 ?",
            f"1{NN}610{NN}€ = 230{NN}points × 7{NN}€",
            "Non payés (volet 2)",
        ),
        (
            "fami 2024 recu 490 pas 590 alors que je suis dans une CPTS, ils ont oublié ??",
            f"Indicateurs socles (490{NN}€)",
            f"Implication dans la prise en charge coordonnée (100{NN}€)",
        ),
    ],
)
def test_an_amount_received_is_what_it_pays(
    responder: FaqResponder, text: str, paid: str, missed: str
) -> None:
    reply = respond(responder, text)
    said = to_text(reply.message)
    assert reply.outcome == "rule"
    assert paid in said and missed in said
    assert "déclaratif non déclaré" in said


def test_an_amount_no_combination_makes_sends_to_the_cpam(responder: FaqResponder) -> None:
    said = to_text(
        respond(responder, "forfait structure 2023 : j'ai reçu 2 000 €, normal ?").message
    )
    assert "Aucune combinaison" in said and "CPAM" in said


def test_the_gap_to_the_maximum_is_given_to_each_maximum_published(
    responder: FaqResponder,
) -> None:
    """The forfait structure 2025's maximum is 7 805 € or 8 141 € (blind dev set 354)."""
    text = (
        "J'ai touché 5 600 € de forfait structure pour 2025. Ça fait combien de points et "
        "combien il m'en manque pour le maximum ?"
    )
    said = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "5 600 € = 800 points × 7 €." in said
    assert "soit 2 205 € (315 points) de plus ; 2 541 € (363 points) de plus avec l'autre" in said


def test_a_block_read_two_ways_gives_both_readings(responder: FaqResponder) -> None:
    said = to_text(respond(responder, "forfait 2022 viré 2800e, rien en volet 2 ?").message)
    assert f"Volet 1 (400{NN}points)" in said and f"9{NN}695{NN}€" in said
    assert "1. " in said and "2. " in said


def test_one_line_of_the_detail_is_the_indicator_worth_it(responder: FaqResponder) -> None:
    text = (
        "détail du forfait structure 2024 : une ligne à 1 400 €, à quel indicateur ça correspond ?"
    )
    said = to_text(respond(responder, text).message)
    assert f"Ce montant est ce que paie{NN}: Participation au service d'accès aux soins" in said


def test_with_no_year_the_last_exercice_paid_is_assumed_and_said(
    responder: FaqResponder,
) -> None:
    said = to_text(respond(responder, "g touché 940 € de fami, ça correspond à quoi ?").message)
    assert "FAMI) 2025" in said and "Exercice 2025 supposé, le dernier versé" in said
    assert f"Accueil d'un étudiant de 6e année en stage actif (350{NN}€)" in said


def test_a_donum_received_before_any_was_paid_is_read_as_the_last_forfait_structure(
    responder: FaqResponder,
) -> None:
    said = to_text(respond(responder, "jai eu 2940 e de donum c le max ?", "medecin").message)
    assert "Aucune dotation numérique n'est encore versée" in said
    assert "Lu comme le forfait structure 2025, le dernier versé." in said


def test_the_exercice_is_the_year_beside_the_scheme_not_the_payments(
    responder: FaqResponder,
) -> None:
    text = "en 2024 j'ai reçu 590 € pour le FAMI 2023, c'est tout ?"
    said = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert "FAMI) 2023" in said and "prise en charge coordonnée (100" in said


def test_what_is_paid_without_the_block_says_so(responder: FaqResponder) -> None:
    text = "dentiste, pas eu le socle FAMI 2024 mais reçu 300 € pour mes interventions, logique ?"
    said = to_text(respond(responder, text).message)
    assert "payé indépendamment de «" in said and f"Non payé{NN}: Indicateurs socles" in said


def test_a_year_since_is_not_the_exercice(responder: FaqResponder) -> None:
    text = "dentiste : pour 2025 je n'ai eu que 490 € alors que je suis en CPTS depuis 2022 ?"
    said = to_text(respond(responder, text).message)
    assert "FAMI) 2025" in said and "prise en charge coordonnée (100" in said


def test_several_ways_to_make_it_are_examples(responder: FaqResponder) -> None:
    said = to_text(
        respond(responder, "forfait structure 2023 : touché 2 240 €, c'est quoi ?").message
    )
    assert "combinaisons d'indicateurs font ce montant" in said


@pytest.mark.parametrize(
    "text",
    [
        # two years side by side: the next year's estimate is asked, not the last amount read
        "l'an dernier j'ai touché 7 805 € de forfait structure, cette année je dois m'attendre "
        "à combien au mieux ?",
        # the VSM forfait is apart from the schemes
        "virement de 1 800 € intitulé forfait VSM en 2024, c'est quoi ?",
        # the Donum 2026 is not paid yet on 1/12/2026
        "donum 2026 j'ai touché 1 960 €, c'est le socle ?",
    ],
)
def test_what_is_not_an_amount_received_to_read(responder: FaqResponder, text: str) -> None:
    assert "reçus —" not in to_text(respond(responder, text, "medecin").message)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "amelipro m'affiche 340 points prévisionnels pour la dotation numérique 2026, ça me "
            "ferait quel montant ?",
            f"340{NN}points × 7{NN}€ = 2{NN}380{NN}€",
        ),
        # reckoned from a story: the total told is converted, the story not summed again
        (
            "j'arrive à 340 points pour la Donum 2026 (socle + un des paquets optionnels à 60), "
            "ça fait combien en euros ?",
            f"= 2{NN}380{NN}€",
        ),
        (  # amelipro's line, its label before its figure (blind dev set 185)
            "ligne amelipro : « Forfait structure – total points : 1 115 ». ca fait combien "
            "en euros ?",
            f"= 7{NN}805{NN}€",
        ),
    ],
)
def test_points_told_are_converted_at_the_exercices_point_value(
    responder: FaqResponder, text: str, shown: str
) -> None:
    assert shown in to_text(respond(responder, text, "medecin").message)


def test_points_told_together_are_summed(responder: FaqResponder) -> None:
    """« 280 points de volet 1 et 350 points de volet 2, ça fait bien 4 410 € ? » (blind dev
    set 187): their sum, in euros."""
    text = "Si j'ai 280 points de volet 1 et 350 points de volet 2, ça fait bien 4 410 € ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "280 points + 350 points = 630 points × 7 € = 4 410 €" in shown
    bare = "si jai 280 pts de volet 1 et 350 de volet 2 ca fait bien 4410 € ?"  # unit once
    said = to_text(respond(responder, bare, "medecin").message).replace(NN, " ")
    assert "= 630 points × 7 € = 4 410 €" in said


def test_points_converted_on_a_public_page_send_to_the_cpam(responder: FaqResponder) -> None:
    text = "amelipro m'affiche 340 points pour la Donum 2026, ça fait quel montant ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Source secondaire : à confirmer auprès de votre CPAM." in shown


def test_points_asked_are_not_converted(responder: FaqResponder) -> None:
    text = "on m'a dit 455 points pour le volet 2 en 2018, c'était combien de points en vrai ?"
    assert "en euros —" not in to_text(respond(responder, text, "medecin").message)


def test_points_asked_as_indicators_are_read_back(responder: FaqResponder) -> None:
    """ "simulation Donum 2026 : 300 points, ça correspond à quoi ?": the one combination."""
    text = (
        "l'éditeur a fait une simulation de ma dotation numérique 2026 : 300 points. Ça fait "
        "combien en euros, et ça correspond à quels indicateurs ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "= 2 100 €" in shown
    assert "Ce total correspond à : Indicateurs socles (280 points)" in shown


def test_an_amount_received_is_set_against_the_story_listed(responder: FaqResponder) -> None:
    text = (
        "J'ai reçu 3 745 € en 2026 pour mon forfait 2025. J'avais : volet 1 complet, CPTS, un "
        "externe, DMP 31 %, appli carte vitale, ordonnances numeriques 42 %. Rien d'autre. Ça "
        "correspond ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Ce que vous listez vaut 3 990 € (570 points)." in shown
    assert "Il manque 245 € (35 points)." in shown


def test_a_story_of_two_items_is_no_list_to_check(responder: FaqResponder) -> None:
    """ "reçu 1 960 €, en MSP : pourquoi la coordination n'a pas été payée ?" lists no story."""
    text = (
        "J'ai reçu 1 960 € pour mon forfait 2023 alors que j'étais en MSP toute l'année. "
        "Pourquoi la coordination n'a pas été payée ?"
    )
    assert "Ce que vous listez" not in to_text(respond(responder, text, "medecin").message)


def test_a_total_asked_after_an_amount_received_names_the_gap(responder: FaqResponder) -> None:
    """ "reçu 2 800 € … je devrais toucher combien ?": 840 € short, the coordination's worth,
    an indicator one declares."""
    text = (
        "Pour l'exercice 2025 j'ai reçu 2 800 €. Tout mon volet 1 est ok (segur, addendum 8, "
        "FSE 81 %, horaires). Volet 2 : DMP 31 %, ordonnances numériques 42 %, appli carte "
        "vitale oui, et je suis dans une CPTS depuis 2021. Je devrais toucher combien ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Vous avez reçu 2 800 € : il manque 840 €, ce que verse « Implication" in shown
    assert "l'avez-vous déclaré dans les délais ?" in shown


@pytest.mark.parametrize(
    ("folded", "amount"),
    [
        ("sur amelipro je vois 1960 € pour le forfait structure 2023", 1960.0),
        ("le tout premier forfait structure j'avais eu 1750 € je crois", 1750.0),
        ("sur amelipro je vois 412,5 points au total", None),  # points: `points_answers`
        ("j'ai vu 340 points previsionnels", None),
    ],
)
def test_an_amount_seen_is_read_as_one_received(folded: str, amount: float | None) -> None:
    assert received_amount(folded) == amount


def test_a_partners_payment_against_ones_nothing_is_no_read_back(responder: FaqResponder) -> None:
    text = (
        "mon associe et moi on partage le meme cabinet. Lui a touché 4 200 € pour 2025 et moi "
        "zero euro. Comment c'est possible ?"
    )
    assert "reçus —" not in to_text(respond(responder, text, "medecin").message)


@pytest.mark.parametrize(
    ("folded", "amount"),
    [
        ("fami 2024 : 590 € au lieu des 490 habituels", 590.0),
        ("0 € verse. pourquoi j'ai meme pas les 100 € ?", None),  # the 100 € not had
    ],
)
def test_an_amount_had_in_place_of_another_is_the_one_received(
    folded: str, amount: float | None
) -> None:
    assert received_amount(folded) == amount


def test_two_years_each_with_its_amount_are_each_read_back(responder: FaqResponder) -> None:
    """ "FAMI 2023 590, FAMI 2024 890": the 300 € of « aller vers » new in 2024, the gap said,
    though the closing question alone names no year."""
    text = (
        "chir dentiste : FAMI 2023 j'avais eu 590, FAMI 2024 j'ai 890. ils ont augmenté ou "
        "c'est autre chose ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "590 € reçus — Forfait d'aide à la modernisation" in shown
    assert "890 € reçus — Forfait d'aide" in shown
    assert "« Aller vers » : au moins 3 interventions auprès de publics fragiles (300 €)" in shown
    assert "Écart : +300 € entre 2023 et 2024." in shown
    assert "dotation numérique" not in shown  # no médecins' entry for a dentist


def test_the_block_every_combination_holds_leaves_the_rest(responder: FaqResponder) -> None:
    """ "3 220 € = 460 points": nineteen ways, each with the volet 1; 180 points beside it."""
    text = "virement cpam de 3 220 € libellé forfait structure 2025. ça correspond a quoi ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "19 combinaisons d'indicateurs font ce montant, par exemple :" in shown
    assert "Toutes comprennent Volet 1 (280 points) : reste 1 260 € (180 points)" in shown


def test_points_of_a_gated_block_add_the_block_told_met(responder: FaqResponder) -> None:
    """ "volet 1 atteint ; volet 2 : 255 points": 280 + 255 points are paid."""
    text = (
        "Fwd: « Docteur, forfait structure exercice 2025 : volet 1 atteint ; volet 2 : 255 "
        "points » -> ça fait combien en € ça ??"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    # the statement's « volet 2 : 255 points » is the block's points, summed with the volet 1
    assert "Total : 3 745 € (535 points) pour l'exercice 2025 : 280 points pour" in shown
    alone = "forfait structure 2025 : volet 2 : 255 points, ça fait combien en € ?"
    shown = to_text(respond(responder, alone, "medecin").message).replace(NN, " ")
    assert (
        "Vos 255 points du « Volet 2 : service aux patients (si volet 1 atteint) » valent " in shown
    )
    assert "1 785 € (à 7 € le point)" in shown


def test_the_one_way_a_list_makes_the_amount_names_what_was_not_paid(
    responder: FaqResponder,
) -> None:
    """300 € of the 890 € listed: the « aller vers » alone; the socle not paid, and the
    coordination that waits on it."""
    text = (
        "J'ai reçu 300 € pour la FAMI 2024 alors que j'attendais 890 € (socle + CPTS + mes "
        "interventions en REP). Il s'est passé quoi ??? je suis dentiste"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "300 € = « Aller vers »" in shown
    assert "Non versé : Indicateurs socles (490 €), Implication" in shown
    assert (
        "Sans « Indicateurs socles », « Implication dans la prise en charge coordonnée »" in shown
    )


def test_the_most_of_a_scheme_in_euros_is_spelled_out(responder: FaqResponder) -> None:
    """ "1 240 € au prévisionnel, 490 € versés": the most, and what makes it."""
    text = (
        "mon comptable a inscrit 1 240 € de FAMI 2024 mais la CPAM ne m'a versé que 490 €. "
        "Socle validé mais pas de CPTS, pas d'aller vers ni d'étudiant. Erreur ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Au plus 1 240 € avec tous les indicateurs (490 € + 100 € + 300 € + 350 €)." in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "le volet 1 ct 400 pts en 2022 et 280 en 2023... ca fait cb d'euros d'ecart ?",
            "400 points − 280 points = 120 points × 7 € = 840 €",
        ),
        # the second after a comma (blind dev set 193)
        (
            "Services aux patients : 130 points en 2019, 70 en 2020. J'ai perdu combien en "
            "euros avec ce changement ?",
            "130 points − 70 points = 60 points × 7 € = 420 €",
        ),
    ],
)
def test_the_gap_between_two_numbers_of_points_is_converted(
    responder: FaqResponder, text: str, said: str
) -> None:
    """ "400 pts en 2022 et 280 en 2023, cb d'euros d'écart ?": 120 points, 840 €."""
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert said in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "le relevé dit forfait structure 2023 = 5 439 €. Ça fait combien de points ?",
            "777 points",
        ),
        ("combien de points il faut pour faire 1000 € au forfait structure ?", "142,9 points"),
    ],
)
def test_euros_are_converted_into_points(responder: FaqResponder, text: str, said: str) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert f"÷ 7 € = {said}" in shown


def test_a_month_dates_the_payment_not_the_exercice(responder: FaqResponder) -> None:
    """ "pr 2024 g touché 590 € en juin 2025": the FAMI 2024 read back, no 2025 verdict."""
    text = (
        "dentiste. pr 2024 g touché 590 € en juin 2025. je suis en CPTS depuis 2022 et g fait 3 "
        "interventions en EHPAD. c normal ??"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "590 € reçus — Forfait d'aide à la modernisation" in shown and "FAMI) 2024" in shown
    assert "exercices 2024 et 2025" not in shown


def test_received_this_year_reads_the_last_exercice_paid(responder: FaqResponder) -> None:
    """ "reçu 1 240 € cette année" (2026): the FAMI 2025, said assumed."""
    text = "reçu 1240 € cette annee, ma compta veut le détail ligne par ligne, ça se décompose ?"
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "1 240 € reçus — Forfait d'aide" in shown and "(FAMI) 2025" in shown
    assert "Exercice 2025 supposé, le dernier versé" in shown


def test_a_colleagues_amount_told_beside_ones_own_question_is_not_read_back(
    responder: FaqResponder,
) -> None:
    """« Ma consoeur … touche ses 350 € … Moi médecin, … je touche quand même ? »: the 350 € is
    hers, the question is the asker's own."""
    text = (
        "Ma consoeur dentiste touche ses 350 € de stagiaire même sans avoir validé son socle. "
        "Moi médecin maître de stage, si je rate le volet 1 je touche quand même l'encadrement ?"
    )
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "350 € reçus" not in reply


def test_an_amount_received_says_which_figure_missed_its_target(responder: FaqResponder) -> None:
    """ "reçu que 300 € … taux affiché à 67 % … pourquoi ?": the amount matches the list, and
    the rate under the dentists' 70 % is named as what the socle lacked."""
    text = (
        "Pour 2024 j'ai déclaré mon logiciel, ma messagerie, mes horaires, ma participation à la "
        "MSP et 3 interventions en foyer d'hébergement. Au final je n'ai reçu que 300 €, ni les "
        "490 ni les 100. Sur amelipro mon taux de télétransmission est affiché à 67 %, mais mon "
        "mari qui est médecin m'a dit que 2/3 suffisait. Pourquoi je n'ai eu que 300 € ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "C'est bien le montant reçu." in shown
    assert "Non atteint : « Taux de télétransmission FSE ≥ 70 % » — 67 % : sous l'objectif" in shown


def test_the_gap_asked_after_two_years_is_no_third_amount(responder: FaqResponder) -> None:
    """ "en 2023 j'avais eu 590 €, pour 2024 j'ai eu 940 €. D'où viennent les 350 € en plus ?":
    each year read back (the student's 350 € in 2024), the gap the question quotes left out."""
    text = (
        "FAMI : en 2023 j'avais eu 590 €, pour 2024 j'ai eu 940 €. D'où viennent les 350 € en "
        "plus ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "940 € reçus" in shown
    assert "Accueil d'un étudiant de 6e année en stage actif (350 €)" in shown
    assert "Écart : +350 € entre 2023 et 2024." in shown


def test_an_item_the_asker_cites_and_the_amount_lacks_is_the_gap(
    responder: FaqResponder,
) -> None:
    """490 € received is the socle alone; the coordination the asker says was declared would
    make 590 €: 100 € are missing."""
    text = (
        "jai recu 490 e en juin pour le FAMI 2024 alors que jsuis en MSP depuis 3 ans et que "
        "jai bien coché la coordination sur amelipro. c normal ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "que vous citez, le total serait de 590 € : il manque 100 €." in shown


def test_points_told_for_one_year_with_another_asked_compare_the_years(
    responder: FaqResponder,
) -> None:
    """« Les téléservices valent 150 points en 2023. C'était combien en 2021 ? »: the
    indicator in both years and the gap, not the 150 points converted alone."""
    text = (
        "Les téléservices valent 150 points en 2023. C'était combien en 2021 ? ça fait combien "
        "d'euros de plus ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2021 : 90 points, soit 630 €" in shown
    assert "Écart : 60 points, soit 420 € de plus en 2023." in shown


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("jai eu 490 + 100 pr la fami 2024", 590.0),  # a sum written bare
        ("j'ai eu 490 € + 100 € de coordination", 590.0),
        ("j'ai recu 490 € + 70 % de FSE", 490.0),  # a rate is no amount
    ],
)
def test_an_amount_received_written_as_a_sum(text: str, amount: float) -> None:
    assert received_amount(text) == amount


def test_an_amount_told_before_a_dates_question_is_context(responder: FaqResponder) -> None:
    """« J'ai eu 590 € de FAMI pour 2023. Pour l'exercice 2024, c'était quand la période de
    déclaration ? »: the dates, not what the 590 € pay."""
    rep = respond(
        responder,
        "Chirurgien-dentiste. J'ai eu 590 € de FAMI pour 2023. Pour l'exercice 2024, c'était "
        "quand la période de déclaration sur amelipro ?",
        "chirurgien-dentiste",
    )
    text = to_text(rep.message)
    assert "reçus" not in text and "03/03/2025" in text
