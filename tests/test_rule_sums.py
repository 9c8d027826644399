"""What several indicators pay together, listed in one question: the calculator's total on
the asker's scheme, never one entry's amount (issue 11, rule-grounded answers)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_rule_facts import NN, respond

from bot.faq_replies import FaqResponder
from bot.rule_sums import ASKS_SUM, _figures_for
from bot.text_render import to_text
from bot.understand import RATE_NAMES, named_figures
from knowledge import Knowledge


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 11, 30))


@pytest.mark.parametrize(
    ("text", "profession", "total"),
    [
        # FAMI 2026 (2025's rules carried over): socle 490, coordination 100, étudiant 350
        (
            "chir dent : socle ok + coordination + un étudiant de 6e année, ça fait combien ?",
            None,
            "940",
        ),
        # a status or a figure told once for several items is each one's
        (
            "socle ok, 1 FSE appli carte vitale ok et 1 message mon espace sante ok, mais mes "
            "taux AT-MP/grossesse/transport et DMP/ordo sont sous 30 pour cent. total donum ?",
            "medecin",
            "2 100",
        ),
        (
            "FS 2023 : Ségur avec LAP, 88 % de FSE, horaires ok. CPTS, maître de stage, SAS "
            "atteint, ordonnances numériques et appli carte Vitale atteintes. Par contre DMP, "
            "messagerie patients et téléservices non atteints. Ça me fait combien ?",
            "medecin",
            "5 110",
        ),
        # a bare number after a rate's name is that rate: 280 + ApCV 40, DMP and ordos missed
        (
            "FS 2025 : volet 1 ok, DMP 12 ordo numeriques 20, apcv ok et rien d'autre. combien "
            "au total ?",
            "medecin",
            "2 240",
        ),
        # « quasi zéro » is not met; « sauf » ends with its sentence
        (
            "donum : socle ok, DMP 55 % ordo num 48 %, appli CV et messagerie MES ok, mais "
            "CM AT-MP / DSG / SPE quasi zéro. total ?",
            "medecin",
            "2 520",
        ),
        (
            "CD : tout ok sauf les horaires. j'avais la coordination (MSP) et une étudiante de "
            "6e année. FAMI 2024 = combien ?",
            None,
            "650",
        ),
        # « socle tout ok » is the socle's indicators, not every indicator
        (
            "dentiste : socle tout ok, on est en MSP et on a une étudiante de 6e année, combien ?",
            None,
            "940",
        ),
        # a CPTS or an MSP is the coordination indicator
        ("dentiste, socle ok + cpts + etudiant 6e annee, ca fait cb au total ?", None, "940"),
        ("dentiste, socle ok + msp + 3 interventions en ehpad, ca fait cb ?", None, "890"),
        (
            "j'ai le socle mais pas la coordination, je touche combien ?",
            "chirurgien-dentiste",
            "490",
        ),
        # "sauf": everything met but the SAS (forfait structure 2023: 8 141 € − 200 points)
        ("tout validé en 2023 sauf le SAS, combien ?", "medecin", "6 741"),
        # a block paid item by item, its items in brackets (blind dev set 177): those items,
        # not the whole volet 2 (280 + 270 points)
        (
            "Forfait structure 2024 : volet 1 ok + tous les indicateurs numériques du volet 2 "
            "(DMP, MSS patients, les 6 téléservices, ApCV, ordonnances numériques), rien de plus. "
            "Total ?",
            "medecin",
            "3 850",
        ),
        # « l'indicateur 1 du volet 2 » numbers an indicator, it names no volet 1 (blind dev
        # set 177): 280 + 318 points
        (
            "2023 : volet 1 ok + tout l'indicateur 1 du volet 2 (téléservices, DMP, messagerie "
            "Mon espace santé, ordonnances numériques, appli carte vitale). Rien d'autre. Total "
            "en € ?",
            "medecin",
            "4 186",
        ),
        # « créneaux ouverts » asks no date (blind dev set 179): 280 + 370 points, « dont
        # 2 590 € » for the three named
        (
            "Médecin généraliste en MSP, j'accueille des internes en stage niveau 1 et je suis "
            "inscrit au SAS avec 3h de créneaux ouverts par semaine. Volet 1 validé pour 2023. "
            "Combien ces 3 indicateurs m'ont rapporté en plus du volet 1 ?",
            None,
            "4 550",
        ),
        # « par contre » parts items as « mais » (blind dev set 180): 65 % misses the socle,
        # the interventions and the student pay 300 + 350
        (
            "Chir-dent. En 2024 j'étais à 65 % de télétransmission seulement 😬 Par contre 4 "
            "interventions en EHPAD et un étudiant de 6e année. Je touche combien au FAMI ?",
            None,
            "650",
        ),
        # the exception said first (last look, 4/12/2026): the whole but the socle
        (
            "mon fami c'est a l'exception du socle tout bon, ca fait cb ?",
            "chirurgien-dentiste",
            "650",
        ),
        ("fs 2024 : mis à part le SAS, tout est ok. combien ?", "medecin", "6 405"),
        # the same, asked formally of « un médecin » (blind dev set 177)
        (
            "je souhaiterais connaître le montant du forfait structure 2023 pour un médecin "
            "ayant validé l'ensemble des indicateurs, à l'exception de la participation au SAS.",
            "medecin",
            "6 741",
        ),
        # synonyms of the glossary: "stagiaires" are the "étudiants en médecine" encadrés
        (
            "2023 : volet 1 validé + coordination + stagiaires, ça fait combien ?",
            "medecin",
            "3 150",
        ),
        # "rien d'autre" names nothing (« autre » was the téléservices' word)
        (
            "fs 2023 volet 1 ok, je fais du sas, je suis en msp et maitre de stage, rien d'autre. "
            "cb ?",
            "medecin",
            "4 550",
        ),
        # items that are amounts: what pays each
        ("Un chirurgien-dentiste peut-il cumuler 490 + 100 + 300 + 350 € de FAMI ?", None, "1 240"),
        # "FAMI = ?" asks the total
        (
            "socle ok + aller vers (interventions en milieu pénitentiaire), pas de coordination "
            "ni d'étudiant. FAMI = ?",
            "chirurgien-dentiste",
            "790",
        ),
        # an item named by its worth: the two Donum options paying 60 points each
        (
            "Socle + les deux options à 60 points, mais pas d'appli carte Vitale. Ça donne quoi "
            "en euros ?",
            "medecin",
            "2 800",
        ),
        # the worth without its unit: "à 60" in a scheme counted in points
        ("en points : socle + les deux options a 60, ca fait combien ?", "medecin", "2 800"),
        # one figure for an indicator of several rates is each one's ("DMP et ordos à 25 %":
        # under 30 %, not met); a failure told after an item's second name is that item's
        (
            "MG, logiciel segur a jour + LAP HAS, moyenne teleservices 72%, CM AT-MP DSG et SPE "
            "a 35% chacun, DMP et ordos numeriques a 25%, 3 FSE avec l'appli carte vitale mais "
            "aucun message MSS a un patient. Combien pour la donum 2026 ?",
            "medecin",
            "2 380",
        ),
        # the téléservices' six rates named each: judged each (90 of the 110 points)
        (
            "Forfait structure 2025 : volet 1 OK, DMP 35 %, MSS patients 4 %, AAT 92 %, CM AT-MP "
            "55 %, PSE 95 %, DMT 97 %, SPE 20 %, DSG 0, ApCV oui, ordonnances numériques 45 %, "
            "en MSP, maître de stage, pas de SAS, rien d'autre. Combien ?",
            "medecin",
            "4 620",
        ),
        # « les 5 indicateurs obligatoires » is the socle, its one block of required ones
        (
            "FAMI : les 5 indicateurs obligatoires OK, je suis en CPTS et j'ai fait mes "
            "interventions aller vers en EHPAD. Total ?",
            "chirurgien-dentiste",
            "890",
        ),
        # « rien d'autre au volet 2 » names no block met (it was the whole volet 2: 8 141 €)
        (
            "Volet 1 du forfait structure 2023 validé, plus l'indicateur SAS et l'indicateur "
            "prise en charge coordonnée (je suis en MSP). Rien d'autre au volet 2. Combien ?",
            "medecin",
            "4 200",
        ),
        # « au volet 2, uniquement … » says where the next items are, not the volet 2 met
        (
            "FS 2022 : tout le volet 1 validé et, au volet 2, uniquement l'usage du DMP, la "
            "messagerie Mon espace santé avec les patients et la vidéotransmission. Combien ?",
            "medecin",
            "3 710",
        ),
        # typed on a phone, no commas: « volet1 », a figure or « ok » then the next item's name,
        # « rien dautre », « moy », a component at 0 (« msg patient 0 »: the ApCV block missed)
        ("sms: 2025 volet1 ok dmp 31% mss 9% apcv ok ordo 41% rien dautre, combien", None, "2 800"),
        (
            "donum 2026 moy des 4 taux 72% cm atmp 33 dsg 31 spe 30.5 dmp 45 ordo 50 apcv ok msg "
            "patient 0, logiciel et lap a jour. combien ?",
            "medecin",
            "2 800",
        ),
        # « socle complet » is the socle met (no sum was read: the student's entry answered)
        (
            "dentiste, 2025 : socle complet et un stagiaire de 6e année, rien d'autre. Combien ?",
            None,
            "840",
        ),
        # a rate given for the socle is its mean's: 65 % under the 80 % of 2028, nothing paid
        (
            "Si en 2028 j'ai 65 % partout sur mes quatre taux du socle et 65 % aussi sur tous "
            "les optionnels, combien je touche ?",
            "medecin",
            "0",
        ),
        # « mon forfait 2021 : … » says one's own case
        (
            "Mon forfait 2021 : volet 1, vidéotransmission et téléservices au max, c'est tout. "
            "J'aurais dû toucher combien ?",
            "medecin",
            "2 940",
        ),
        # a CPTS also validates the SAS, listed before: the CPTS is the coordination
        ("FS 2023 : volet 1 ok, SAS ok, membre d'une CPTS. total ?", "medecin", "4 200"),
        # 60 % is the Donum's target, not the 2023 one (2/3): the asker's FSE rate, under it
        (
            "En 2023, FSE à 60 %, mais tous les indicateurs du volet 2 faits. Il touche combien ?",
            "medecin",
            "0",
        ),
        # « les 5 obligatoires » names the socle, though « indicateurs » is not said
        (
            "si j'ai les 5 obligatoires + la CPTS + 4 interventions en école REP mais pas "
            "d'étudiant, je touche combien au total ?",
            "chirurgien-dentiste",
            "890",
        ),
        # two of the téléservices' rates told (DSG under its 50 %, SPE over its 10 %), the
        # rest of the volet 2 left for later: the volet 1 and the SPE's 10 points
        (
            "Pour 2024 : DSG en ligne 40 %, transport en ligne 35 %. Volet 1 validé. Je "
            "m'occuperai du reste du volet 2 plus tard. Ces deux-là, combien en tout ?",
            "medecin",
            "2 030",
        ),
        # « des patients qui ne sont pas les miens » says whose patients, the SAS is met
        (
            "FS 2023 : je suis inscrit au SAS, j'ouvre 3 h de créneaux par semaine pour des "
            "patients qui ne sont pas les miens. Volet 1 bon. Rien d'autre dans le volet 2. Au "
            "total j'arrive à combien ?",
            "medecin",
            "3 360",
        ),
        # téléservices each pay their share: four of six named (22,5 × 3 + 10 points), the
        # bracket tells, it asks nothing
        (
            "FS 2025 : volet 1 validé et, au volet 2, seulement les arrêts de travail, les "
            "protocoles de soins, les déclarations médecin traitant et les prescriptions de "
            "transport en ligne (seuils atteints sur ces quatre-là). Combien va-t-il toucher ?",
            "medecin",
            "2 502,50",
        ),
        # blind dev sets 212 to 216 (5/12/2026): a status after the item (« Le reste du volet
        # 2 non. »), « pouvez-vous me donner » (no « données »), « 3 interv », a block whole
        # with what it holds in brackets, a dictated list, a year against the one before
        (
            "Forfait structure 2023 : volet 1 ok, tous les téléservices ok, DMP ok, et il est "
            "maître de stage. Le reste du volet 2 non. Pouvez-vous me donner le total ?",
            "medecin",
            "3 696",
        ),
        (
            "FAMI 2024 : socle ok + aller vers (3 interv en EHPAD), pas de cpts. combien ?",
            None,
            "790",
        ),
        (
            "Forfait structure 2023 : tout le volet 1 et tout le volet 2 (SAS compris). Ça fait "
            "combien ?",
            "medecin",
            "8 141",
        ),
        (
            "alors moi en deux mille vingt trois jai le volet un complet plus la cpts plus le sas "
            "euh rien dautre ca me fait combien au total en euros",
            "medecin",
            "4 200",
        ),
        (
            "FAMI 2025 : j'ai tout eu, 1 240 €. En 2026 je n'accueille plus d'étudiant de 6e "
            "année, le reste identique. Je peux compter sur combien ?",
            "chirurgien-dentiste",
            "890",
        ),
    ],
)
def test_a_list_is_summed_by_the_calculator(
    responder: FaqResponder, text: str, profession: str | None, total: str
) -> None:
    rep = respond(responder, text, profession)
    assert rep.outcome == "rule" and rep.fact is not None and rep.fact.asked == "somme"
    shown = to_text(rep.message).replace(NN, " ")
    assert f"Total : {total} €" in shown
    assert "Source" in shown and "Réponse pour" in shown


@pytest.mark.parametrize(
    "text",
    [
        "combien rapportent le SAS et la coordination en 2023 ?",  # two figures, not a case
        "j'ai validé la coordination, ça rapporte combien ?",  # one indicator
        # « ça passe ? » names no indicator (a FAQ phrasing on the SESAM-Vitale says « passer »)
        "DMP en 2022 à 25 % de mes consultations. Ça passe ? et ça rapporte combien ?",
        "Mon fils m'a installé l'appli carte Vitale. Pour l'exercice 2023, l'indicateur appli "
        "carte Vitale valait combien d'euros ?",
        # « ça fait 1 400 € qui manquent » tells an amount, it asks none
        "Le SAS apparaît non atteint. Ça fait 1 400 € qui manquent. Qu'est-ce que je peux faire ?",
        # a story's closing question on what one thing named was worth
        "Fin 2023 j'ai fait la mise à jour pour l'appli carte Vitale et quelques FSE avec. "
        "Combien d'euros rapportait l'usage de l'appli carte Vitale au forfait structure 2023 ?",
        # « au total » after a count counts the invoices: the FSE rate's verdict is asked
        "En 2023 : 1 200 feuilles de soins électroniques sur 1 800 factures au total. Est-ce "
        "que l'indicateur télétransmission du volet 1 est atteint ?",
        # a story's closing question on the published mean, not on the story's total
        "Pour 2021 j'ai touché 2 870 €. Je ne fais ni SAS ni MSP. Quel a été le montant moyen "
        "versé au titre du forfait structure 2021 ?",
    ],
)
def test_what_is_not_a_list_of_ones_own(responder: FaqResponder, text: str) -> None:
    rep = respond(responder, text, "medecin")
    assert rep.fact is None or rep.fact.asked != "somme"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "DMP" after "volet 1": the volet 2's DMP, the volet 1's DMP software being counted
        ("2022 : volet 1 + DMP + messagerie patients, combien ?", "3 360"),
        # "MSS" after the volet 1 (Ségur software with MSSanté): the patients' messaging
        ("2025 : volet 1 + DMP + MSS + ApCV + ordonnances numériques, combien ?", "3 080"),
    ],
)
def test_an_item_counted_in_a_group_named_is_not_named_again(
    responder: FaqResponder, text: str, total: str
) -> None:
    rep = respond(responder, text, "medecin")
    assert rep.fact is not None and rep.fact.asked == "somme"
    assert f"Total : {total} €" in to_text(rep.message).replace(NN, " ")


def test_a_blocks_items_after_its_colon_are_its_own(responder: FaqResponder) -> None:
    """« tout le volet 1 : …, MSSanté, … CPTS. »: the items to the sentence's end are the
    block's, not the patients' messaging or the SAS of the volet 2."""
    text = (
        "Exercice 2022. J'avais tout le volet 1 : logiciel compatible DMP, MSSanté, 95 % de FSE, "
        "et je suis membre d'une CPTS. Côté volet 2 j'encadre des externes. Ça m'a fait combien ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 3 150 €" in shown and "SAS" not in shown


def test_a_pasted_line_split_by_dashes_is_a_list(responder: FaqResponder) -> None:
    """amelipro's « Volet 1 : atteint – DMP 32 % : atteint – … » is a list (was declined)."""
    text = (
        "Forfait structure 2025 : « Volet 1 : atteint – DMP 32 % : atteint – Messagerie Mon "
        "espace santé 4 % : non atteint – Appli carte Vitale : atteint », rien d'autre au "
        "volet 2. Ça fait combien au total ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 2 520 € (360 points)" in shown


def test_a_belief_told_is_not_the_question_and_what_stays_paid_is_said(
    responder: FaqResponder,
) -> None:
    """« il pensait que sans le socle il n'avait droit à rien. C'est normal qu'il touche ces
    deux montants ? »: no « Non : vous touchez 650 € » to a « droit à rien » of the story;
    the items paid without the socle are said to be so."""
    text = (
        "Un cabinet dentaire me transmet le détail de son FAMI : « Indicateurs socles : non "
        "atteints – Aller vers : 300 € – Accueil d'un étudiant stagiaire : 350 € ». Il pensait "
        "que sans le socle il n'avait droit à rien. C'est normal qu'il touche ces deux montants ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 650 €" in shown and "Non :" not in shown
    assert "ne dépendent pas de lui : ils restent versés" in shown


def test_with_joins_the_words_of_one_item(responder: FaqResponder) -> None:
    """« une FSE avec l'appli carte Vitale » is one thing, not the FSE rate and the app."""
    rep = respond(
        responder,
        "une FSE avec l'appli carte vitale et un message dans mon espace santé en 2026, ça "
        "donne combien ?",
        "medecin",
    )
    assert rep.fact is None or rep.fact.asked != "somme"
    assert "140 €" in to_text(rep.message).replace(NN, " ")


def test_everything_met_is_the_maximum(responder: FaqResponder) -> None:
    rep = respond(
        responder, "en 2020 j'avais tout validé, volet 1 et volet 2, combien en tout ?", "medecin"
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "Tous les indicateurs atteints." in shown and "Total : 6 195 €" in shown


def test_the_block_asked_about_is_said_met_or_not(responder: FaqResponder) -> None:
    """« je touche le socle ? » asks the socle: it is not listed as met, and the reply says
    what it is worth and that it is not paid; the indicators not cited stay unknown."""
    rep = respond(
        responder,
        "fse 75%, mss ok, horaires ok, dmp ok mais pas le cdc sesam vitale, je touche le socle ?",
        "chirurgien-dentiste",
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "« Indicateurs socles (obligatoires) » : non atteint, donc non versé (490 €)." in shown
    assert "Total : entre 0 € et 650 €, selon les indicateurs non cités." in shown


def test_an_independent_group_asked_about_is_not_counted_met(responder: FaqResponder) -> None:
    rep = respond(
        responder, "J'ai pas le logiciel Ségur, je touche quand même le volet 2 ?", "medecin"
    )
    assert rep.fact is None or rep.fact.asked != "somme"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "taux fse 80 % en 2025 mais pas d'horaires dans l'annuaire santé, j'ai le volet 1 ?",
            "non atteint, donc non versé",
        ),
        # what is not listed is not known: no verdict on the block
        (
            "taux fse 80 % en 2025 et les horaires dans l'annuaire santé, j'ai le volet 1 ?",
            "atteint si ses autres indicateurs exigés le sont aussi",
        ),
    ],
)
def test_a_block_asked_after_a_list(responder: FaqResponder, text: str, said: str) -> None:
    rep = respond(responder, text, "medecin")
    shown = to_text(rep.message).replace(NN, " ")
    assert f"« Volet 1 : équipement du cabinet (les 4 indicateurs sont requis) » : {said}" in shown


def test_a_block_stated_is_met(responder: FaqResponder) -> None:
    """« j'ai le volet 1, … Combien ? » states the volet 1 (3 346 € in 2023)."""
    rep = respond(
        responder,
        "En 2023 j'ai le volet 1, les téléservices et l'alimentation DMP, rien d'autre. Combien ?",
        "medecin",
    )
    assert "Total : 3 346 €" in to_text(rep.message).replace(NN, " ")


def test_a_block_missed_says_what_it_takes_with_it_in_all(responder: FaqResponder) -> None:
    """« volet 1 pas validé … SAS et coordo … je perds combien ? » (blind dev set 184): the
    block and what it gates, summed: 280 + 200 + 120 points."""
    q = (
        "FS 2023 mon taux de FSE est à 64% donc volet 1 pas validé. Par contre j'ai la SAS et "
        "la coordo. Je touche quand même ces points ?"
    )
    shown = to_text(respond(responder, q, "medecin").message).replace(NN, " ")
    assert "sans lui, rien n'est versé, pas même « Participation" in shown
    assert "(120 points, soit 840 €), soit 4 200 € (600 points) de moins en tout." in shown


def test_a_block_asked_with_a_rate_listed_is_judged_and_says_what_it_opens(
    responder: FaqResponder,
) -> None:
    """« 75 % de fse » is the rate (not SESAM-Vitale, which « fse » also names), « jai le
    volet 1 ? » asks the block: met, and the volet 2 it opens."""
    q = (
        "medecin g, logiciel segur avec lap, 75 % de fse, horaires ok sur annuaire sante. "
        "en 2023 jai le volet 1 ?"
    )
    shown = to_text(respond(responder, q, "medecin").message).replace(NN, " ")
    assert "« Volet 1 : pré-requis" in shown and ": atteint (280 points" in shown
    assert "il ouvre droit à « Volet 2" in shown


def test_what_cumulates_is_summed_with_what_each_pays(responder: FaqResponder) -> None:
    """« se cumulent ? » is answered by the sum, each item with its own amount; two schemes
    named together are not summed."""
    q = "je peux cumuler aller vers et accueil d'etudiant ?"
    shown = to_text(respond(responder, q, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 650 €" in shown
    assert "publics fragiles (300 €)" in shown and "stage actif » (350 €)" in shown
    both = "le forfait structure 2025 et la dotation numérique 2026 se cumulent ?"
    assert respond(responder, both, "medecin").fact is None


def test_a_figure_listed_is_judged_and_shown_with_what_is_missing(responder: FaqResponder) -> None:
    """« 3 interventions … mais mon taux de fse est à 60 % » : the « aller vers » pays, the rate
    misses the 70 % and with it the socle."""
    q = (
        "dentiste, je fais 3 interventions par an en ehpad mais mon taux de fse est a 60 %. "
        "je touche qqch ?"
    )
    shown = to_text(respond(responder, q, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 300 €" in shown
    assert "Non atteints : « Taux de télétransmission FSE ≥ 70 % » (vous : 60 %)" in shown


def test_one_indicator_named_in_parts_is_not_a_list(responder: FaqResponder) -> None:
    """« CM AT-MP, DSG et SPE » is one Donum indicator, and « avec le Donum » names none: no
    total of 0 € for two indicators met."""
    q = "Si je dépasse 30 % en CM AT-MP, DSG et SPE avec le Donum, je gagne combien en plus ?"
    rep = respond(responder, q, "medecin")
    assert rep.fact is None or rep.fact.asked != "somme"
    assert "420" in to_text(rep.message).replace(NN, " ")


def test_ca_fait_baisser_asks_no_total(responder: FaqResponder) -> None:
    """« ça fait baisser mon taux ? » is not « ça fait combien ? »: no total of 0 €."""
    q = (
        "Une bonne partie de mes soins se fait en EHPAD et je les facture en papier, il n'y a "
        "pas de lecteur là-bas. Ça fait baisser mon taux de télétransmission pour le FAMI ?"
    )
    rep = respond(responder, q, "chirurgien-dentiste")
    assert rep.fact is None or rep.fact.asked != "somme"


def test_a_count_asked_is_no_total(responder: FaqResponder) -> None:
    """« il faut en faire combien de FSE ? » asks how many, not what a list pays."""
    q = "Pour l'option appli carte Vitale de la Donum, il faut faire combien de FSE avec l'appli ?"
    rep = respond(responder, q, "medecin")
    assert rep.fact is None or rep.fact.asked != "somme"


def test_a_list_if_all_is_met_is_worth_its_items(responder: FaqResponder) -> None:
    """« (téléservices + DMP + … + ApCV) ça fait combien si tout est atteint ? » asks what
    these items are worth, not the scheme's maximum, nor 0 € for the volet 1 not listed:
    their sum, the volet 1 they depend on said as the condition. « ApCV » names the 2023
    ApCV, not the neutralised SESAM-Vitale indicator whose words include it."""
    rep = respond(
        responder,
        "forfait 2023, tout le bloc téléservices du volet 2 (téléservices + DMP + MSS Mon "
        "espace santé + ordonnances numériques + ApCV) ça fait combien d'euros si tout est "
        "atteint ?",
        "medecin",
    )
    assert rep.fact is not None and rep.fact.asked == "somme"
    shown = to_text(rep.message).replace(NN, " ")
    assert "Ensemble : 2 226 € (318 points)" in shown
    assert "à condition que « Volet 1" in shown and "ApCV" in shown


def test_an_older_addendum_told_is_not_met(responder: FaqResponder) -> None:
    """« le poste est en addendum 7 »: the 2024 socle requires the addendum 8, so it is not
    paid (it was listed as met, « 490 € »)."""
    text = (
        "Le cabinet avait tout pour 2024 (DMP, MSS, horaires, 85 % de FSE) mais le poste est en "
        "addendum 7. On touche les 490 € ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Non atteints : « Cahier des charges SESAM-Vitale" in shown
    assert "non atteint, donc non versé" in shown


@pytest.mark.parametrize(
    ("text", "worth", "condition"),
    [
        # a block listed whole pays at its level: 490 + 100, not 100 €
        ("socle + coordination, combien si tout est atteint ?", "590", None),
        # four of the socle's five indicators told: the socle counted, the fifth a condition
        (
            "je me suis installée en mars 2025 (dentiste), logiciel compatible DMP, messagerie "
            "MSSanté ok, horaires sur l'annuaire, tout en FSE, et je suis dans la CPTS. Pour le "
            "FAMI 2025 je peux espérer combien ?",
            "590",
            "à condition que « Cahier des charges SESAM-Vitale",
        ),
    ],
)
def test_a_block_paid_whole_counts_in_what_a_list_is_worth(
    responder: FaqResponder, text: str, worth: str, condition: str | None
) -> None:
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.asked == "somme"
    shown = to_text(rep.message).replace(NN, " ")
    assert (
        f"Ensemble : {worth} €" in shown and "Indicateurs socles (obligatoires) » (490 €)" in shown
    )
    assert condition is None or condition in shown


def test_a_list_without_the_block_it_needs_is_worth_its_items(responder: FaqResponder) -> None:
    """« vidéotransmission + équipements connectés en 2021, combien en tout ? » said nothing
    of the volet 1: what the two pay, the volet 1 as the condition — not « Total : 0 € »."""
    rep = respond(
        responder,
        "vidéotransmission + équipements médicaux connectés en 2021, combien en tout ?",
        "medecin",
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "Ensemble : 525 € (75 points)" in shown and "à condition que « Volet 1" in shown


def test_an_indicator_partly_met_says_what_it_pays_of_its_worth(responder: FaqResponder) -> None:
    """The téléservices' rates named each, two under their targets: 90 of their 110 points."""
    text = (
        "FS 2025 : volet 1 ok, AAT 92 %, CM AT-MP 55 %, PSE 95 %, DMT 97 %, SPE 20 %, DSG 0. "
        "Combien ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "(90 points sur 110, soit 630 €)" in shown


def test_a_blocks_indicator_left_unsaid_is_not_known_a_range(responder: FaqResponder) -> None:
    """« moyenne 72 %, DMP et ordos à 25 % » says nothing of the software the Donum's socle
    also requires: a range, the software named as to be known, not 0 €."""
    text = "jsuis MG, moyenne teleservices 72%, DMP et ordos a 25%, combien pr la donum ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : entre 0 € (0 point) et 1 960 € (280 points)" in shown
    assert "Non cités, à connaître : « Logiciel référencé Ségur" in shown


def test_what_is_lost_when_everything_is_said(responder: FaqResponder) -> None:
    """Every indicator said, one missing: the total and what it costs against the maximum;
    « ces deux indicateurs » names none of them (a FAQ phrasing's « deux tiers »)."""
    text = (
        "socle donum ok, les deux blocs à 60 points ok, mais pas de lecteur appli carte vitale "
        "donc zéro FSE ApCV. ça fait combien et je perds combien ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Au plus 2 940 € avec tous les indicateurs, soit 140 € de moins." in shown
    text = (
        "2024 : MES 12 %, ordonnances numériques 38 %. Je gagne combien sur ces deux indicateurs ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Taux de télétransmission" not in shown and "de moins" not in shown


def test_what_the_met_ones_of_a_list_pay(responder: FaqResponder) -> None:
    """Some items met, others missed with their figures, the block they need unsaid: what the
    met ones pay, that block assumed and said, and each miss against its target; « ces deux
    lignes » names no indicator (« en ligne »)."""
    text = (
        "2022 : DMP 22 % des consults, messagerie patients 4 %. ça fait combien pour ces deux "
        "lignes ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Ensemble : 280 € (40 points) pour l'exercice 2022, à condition que" in shown
    assert "(vous : 4 % ; objectif ≥ 5 %)" in shown and "« Usage des téléservices" not in shown


def test_the_mean_of_rates_given_one_by_one_is_shown(responder: FaqResponder) -> None:
    """The four rates of the Donum's mean, each named with its figure: the mean the socle's
    indicator is judged on, 65 %."""
    text = (
        "Donum de cette année : déclarations médecin traitant 90 %, FSE 80 %, protocoles de "
        "soins électroniques 50 %, arrêts de travail en ligne 40 %, logiciel Ségur à jour. "
        "Combien ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "(moyenne de vos taux : 65 %)" in shown


def test_the_words_of_a_negation_name_no_indicator(responder: FaqResponder) -> None:
    """« Moi-même je ne l'ai jamais coché »: « ne » (« né », of newborns in the FSE rate's
    phrasings) and « coché » named the FSE rate, missing: the volet 1 lost, 0 €."""
    text = (
        "avant la réunion de notre ESP, c'est quoi l'indicateur « capacité à coder des données "
        "médicales » du forfait structure et combien il rapportait en 2023 ? Moi-même je ne l'ai "
        "jamais coché."
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 0 €" not in shown and "Taux de télétransmission" not in shown
    assert "(50 points, soit 350 €)" in shown


def test_what_is_left_to_get_is_listed(responder: FaqResponder) -> None:
    """« qu'est-ce qu'il me reste à aller chercher ? »: what is not met and what it pays
    (« aller chercher » named the « aller vers » indicator: counted as met)."""
    text = (
        "FAMI dentiste 2024 : j'ai le socle et la coordination. Qu'est-ce qu'il me reste à aller "
        "chercher, et combien ?"
    )
    shown = to_text(respond(responder, text).message).replace(NN, " ")
    assert "Total : 590 €" in shown
    assert "Reste à obtenir : « Aller vers »" in shown and "soit 650 € au plus." in shown


def test_one_situation_told_for_two_years_is_judged_on_each(responder: FaqResponder) -> None:
    """« mêmes résultats en 2024 et en 2025 : … » : each year's total and whether they are the
    same (a question over two years was no list of one case: the messaging entry answered)."""
    text = (
        "Même résultats en 2024 et en 2025 : volet 1, DMP, messagerie patients et ma CPTS. Je "
        "touche le même montant les deux années ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total estimé — Forfait structure 2024 et 2025 (médecins)" in shown
    assert "2024 : 3 360 € (480 points)." in shown and "2025 : 3 360 € (480 points)." in shown
    assert "Le même montant les deux années." in shown


def test_options_alone_over_two_years_keep_their_condition(responder: FaqResponder) -> None:
    """Two volet 2 items over 2021 and 2025 are paid « à condition que » the volet 1 is met:
    each year's line keeps it, and the amounts alone are compared (this crashed: no « Total »)."""
    text = (
        "codage des données médicales + encadrement d'étudiants, ça valait 50 pts chacun en "
        "2021, c pareil en 2025 ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2021 : 700 € (100 points), à condition que « Volet 1" in shown
    assert "2025 : 700 € (100 points), à condition que « Volet 1" in shown
    assert "Le même montant les deux années." in shown


def test_the_targets_of_several_indicators_are_listed_not_summed(
    responder: FaqResponder,
) -> None:
    """« seuil DMP et seuil messagerie avec les patients, c'est combien ? »: each target (was
    « Ensemble : 560 € », the « combien » read as a sum); « quel taux » alone is no list."""
    rep = respond(
        responder,
        "Forfait structure 2025 : seuil DMP et seuil messagerie avec les patients, c'est combien ?",
    )
    text = to_text(rep.message).replace(NN, " ")
    assert text.startswith("Objectifs — Forfait structure 2025 (médecins)")
    assert "≥ 30 % des consultations" in text and "≥ 10 % des consultations" in text
    assert "Ensemble" not in text


def test_a_block_and_indicators_listed_get_the_indicators_share(
    responder: FaqResponder,
) -> None:
    """« volet1 ok, dmp 25% et mss patients 6%, … combien pr ces 2 la ? »: the total, and
    what the two indicators bring (560 €), not only the total with the volet 1."""
    rep = respond(
        responder,
        "slt, forfait struct 2022, volet1 ok, dmp 25% et mss patients 6%, rien d autre ds le "
        "volet 2. combien pr ces 2 la ?",
    )
    text = to_text(rep.message).replace(NN, " ")
    assert "Total : 3 360 € (480 points)" in text
    assert "Dont 560 € (80 points) pour « Alimentation du DMP » et" in text


def test_an_amount_expected_that_no_item_pays_alone_is_a_total(responder: FaqResponder) -> None:
    """« socle validé, 2 interventions dans un foyer … Je touche 790 ? »: 790 = 490 + 300, a
    total: 490 €, the « aller vers » missed (was the single verdict on the interventions);
    « … je touche les 490 € en entier ? » (one block's amount) is no total asked."""
    rep = respond(
        responder,
        "Chir-dent, socle validé, et j'ai fait 2 interventions dans un foyer d'hébergement cette "
        "année (la 3e a été annulée). Je touche 790 ?",
        "chirurgien-dentiste",
    )
    text = to_text(rep.message).replace(NN, " ")
    assert "Total : 490 €" in text and "(vous : 2 ; objectif ≥ 3 ; à gagner" in text
    prorata = respond(
        responder,
        "Dentiste : je me suis installé en septembre 2024 et j'ai tout validé au 31/12. Est-ce "
        "que je touche les 490 € en entier, pas au prorata ?",
        "chirurgien-dentiste",
    )
    assert prorata.fact is None or prorata.fact.asked != "somme"


@pytest.mark.parametrize(
    "text",
    [
        "fse à 71 % mais j'ai pas de mssante, je touche quand même le socle ?",
        "fse a 71% mais jai pas de mssante, jtouche qd meme les 490 ?",  # the block by its worth
    ],
)
def test_a_block_asked_after_one_indicator_met_and_one_missed_is_not_paid(
    responder: FaqResponder, text: str
) -> None:
    said = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert f"«{NN}Indicateurs socles (obligatoires){NN}»{NN}: non atteint, donc non versé" in said


def test_a_neighbouring_word_does_not_hide_ones_own_list(responder: FaqResponder) -> None:
    """« lecteur en panne » names a hardware topic the bot declines, not the case listed."""
    text = (
        "FAMI 2024 : logiciel DMP ok, addendum 8, horaires ok, MSSanté OK, mais télétransmission "
        "à 68 % (lecteur en panne). Par contre 4 interventions en EHPAD. Je ne touche rien ?"
    )
    said = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 300 €" in said


def test_a_total_asked_with_when_it_is_paid_gets_both(responder: FaqResponder) -> None:
    """« FSE 70,4 %, logiciel DMP ok, … Combien je vais toucher et c'est versé quand ? »: the
    total of what is listed, then the payment (was one indicator's verdict alone)."""
    text = (
        "Chirurgien-dentiste en MSP. Pour 2025 : FSE à 70,4 %, logiciel DMP ok, addendum 8 ok, "
        "horaires ok, MSSanté ok. Combien je vais toucher et c'est versé quand ?"
    )
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.titre.startswith("Total estimé et paiement")
    said = "\n".join(rep.fact.lignes)
    assert f"Total{NN}: 590{NN}€" in said and "deuxième trimestre 2026" in said


@pytest.mark.parametrize(
    ("profession", "text", "said"),
    [
        # a loss asked is said first; « le reste du volet 1 » keeps the rate told
        (
            "medecin",
            (
                "En 2023 mon taux de télétransmission finit à 60 %. Le reste du volet 1 était "
                "bon : Ségur avec LAP, horaires. En volet 2, MSP et externes. Combien je "
                "perds sur le forfait structure 2023 à cause de ce taux ?"
            ),
            ["Manque à gagner : 3 150 € (450 points)", "Total : 0 €"],
        ),
        # a loss asked is said first; « le reste du volet 1 » keeps the rate told
        (
            "medecin",
            (
                "Bilan 2025 : messagerie Mon espace santé à 8 % et DMP à 28 %. Tout le reste "
                "est bon : volet 1, ordonnances numériques, appli carte Vitale, CPTS. Combien "
                "ces deux ratés me coûtent en 2025 ?"
            ),
            ["Manque à gagner : 560 € (80 points)"],
        ),
        # « tous sous les seuils » tells a status, not a target asked
        (
            "medecin",
            (
                "Récap 2025 : volet 1 complet, j'ai encadré une externe, je code mes données "
                "médicales et une secrétaire organise les parcours complexes. Téléservices "
                "tous sous les seuils, DMP 8 %. Ça me fait combien en tout ?"
            ),
            ["Total : 3 150 € (450 points)"],
        ),
        # a target told against is no target asked; an aside asks no date
        (
            "medecin",
            (
                "Forfait structure 2025, volet 1 ok. DMP à 28 % et messagerie Mon espace "
                "santé à 4 % (les patients ne l'ouvrent pas). Si j'avais atteint les deux "
                "seuils j'aurais eu combien de plus ?"
            ),
            ["Manque à gagner : 560 € (80 points)"],
        ),
        # a target told against is no target asked; an aside asks no date
        (
            "medecin",
            (
                "Forfait structure 2025 : pas de SAS, pas d'étudiant, pas d'objet connecté. "
                "Tout le reste je l'ai, volet 1 et tous les autres indicateurs du volet 2 "
                "au-dessus des seuils. Ça me fait combien ?"
            ),
            ["Total : 5 880 € (840 points)"],
        ),
        # the items the closing question names get their share first
        (
            "medecin",
            (
                "En 2023 j'encadre des externes, une coordinatrice aide mes patients aux "
                "parcours complexes, je code mes diagnostics et je suis en MSP. Volet 1 "
                "complet. Pour 2023, ces trois indicateurs (étudiants, service aux patients, "
                "codage) me font combien en euros ?"
            ),
            ["Capacité à coder les données médicales » : 1 190 € (170 points)."],
        ),
        # « Volet 1 ok (…, MSSanté, …) »: the Ségur software's, not the volet 2's
        (
            "medecin",
            (
                "En 2025 j'ai un holter et un tensiomètre connectés, et une solution de "
                "téléconsultation sécurisée. Volet 1 ok (Ségur, LAP, MSSanté, addendum 8, FSE "
                "89 %, horaires). Aucun autre indicateur du volet 2. Combien pour le forfait "
                "structure 2025 ?"
            ),
            ["Total : 2 485 € (355 points)"],
        ),
        # an aside's profession is no asker; a rate missed said with its target
        (
            "medecin",
            (
                "Forfait structure 2025, volet 1 validé. Prescriptions de transport en ligne "
                "25 % seulement (les ambulanciers veulent du papier), déclarations de "
                "grossesse en ligne 55 %. Ces deux indicateurs là me rapportent combien "
                "ensemble ?"
            ),
            ["(10 points sur 110, soit 70 €)", "(SPE) » (vous : 25 %, objectif ≥ 30 %)"],
        ),
        # a rate missed costs its own share, not the rates untold
        (
            "medecin",
            (
                "Forfait structure 2025, volet 1 ok. J'ai 85 % d'arrêts de travail "
                "dématérialisés, 93 % de PSE, 91 % de DMT, 52 % de CM AT-MP. Combien de "
                "points je laisse filer avec mon AAT ?"
            ),
            ["Manque à gagner : 157,50 € (22,5 points), pour « Avis d'arrêt de travail"],
        ),
        # « tout bon sur le socle » is the socle; « avec le médecin » a partner
        (
            "chirurgien-dentiste",
            (
                "Pour 2026 j'ai tout bon sur le socle et je suis dans une équipe de soins "
                "primaires avec le médecin et l'infirmière du village. Aucune intervention "
                "extérieure, pas de stagiaire. Ça fait combien et qu'est-ce qui me manque "
                "pour le max ?"
            ),
            ["Total : 590 € pour l'exercice 2026.", "soit 650 € au plus"],
        ),
        # « rien au-dessus de 20 % sauf X »: X met
        (
            "medecin",
            (
                "dmt 91 fse 89 pse 62 aat 64, logiciel segur + lap ok sesam a jour. "
                "optionnels : rien au dessus de 20 % sauf l'appli carte vitale et qq messages "
                "MES. total donum 2026 svp"
            ),
            ["Total : 2 100 € (300 points)"],
        ),
        # « socle ok », « tous les téléservices (…) », « il me manque le SAS et … »
        (
            "medecin",
            (
                "Mon année 2025 : socle ok, tous les téléservices au-dessus des seuils "
                "(arrêts, AT/MP, protocoles ALD, médecin traitant, transports, grossesse), "
                "DMP, messagerie avec les patients, appli carte vitale, ordonnances "
                "numériques, CPTS, codage, ma secrétaire qui gère les parcours complexes, "
                "visio payante, appareils connectés. Il me manque juste le SAS et les "
                "stagiaires. Ça fait combien ?"
            ),
            ["Total : 6 055 € (865 points)"],
        ),
        # « (pas de CPTS, SAS, stagiaire, visio) »: each one missed
        (
            "medecin",
            (
                "FS 2025 : socle ok, DMP 35 %. Aucun autre indicateur (pas de CPTS, SAS, "
                "stagiaire, visio). Ça donne combien ?"
            ),
            ["Total : 2 240 € (320 points)"],
        ),
        # a negation before a colon is not the items'; « AT/MP », « déclarations MT »
        (
            "medecin",
            (
                "Je suis très numérique mais pas du tout dans les réseaux : en 2025 socle ok, "
                "DMP, messagerie patients, arrêts en ligne, AT/MP, protocoles ALD, "
                "déclarations MT, transports, grossesse, appli carte vitale et ordonnances "
                "numériques, tout au-dessus des seuils. Aucun autre indicateur. Ça donne "
                "combien ?"
            ),
            ["Total : 3 850 € (550 points)"],
        ),
        # a téléservice named alone by its rate's name: its share of the téléservices
        (
            "medecin",
            "FS 2024 : volet 1 ok, bons de transport en ligne ok, rien d'autre. Combien ?",
            ["Total : 2 030 € (290 points)", "(10 points sur 110, soit 70 €)"],
        ),
        # a rate told alone after the item it is of: that item's (35 % < 40 %)
        (
            "medecin",
            (
                "Mon logiciel fait les ordonnances numériques depuis le printemps mais au final "
                "amelipro me sort 35 % sur l'année 2025. Tout le reste du forfait est bon "
                "(volet 1, DMP 31 %, appli carte Vitale). Ça me fait perdre combien ?"
            ),
            ["Ordonnances numériques (e-prescription) » (vous : 35 % ; objectif ≥ 40 % ; à gagner"],
        ),
        # an item denied, then said met after « mais »: met
        (
            "medecin",
            (
                "Je ne suis pas inscrit à titre perso sur la plateforme SAS mais ma CPTS "
                "participe au SAS. Volet 1 ok pour 2025. Avec la CPTS pour la coordination et "
                "le SAS, le forfait structure 2025 me fait combien ?"
            ),
            ["Total : 4 200 € (600 points)"],
        ),
        # who says so after the status: « socle OK d'après ma CPAM » is met
        (
            "medecin",
            (
                "Donum 2026, psychiatre je fais presque pas d'AT : socle OK d'après ma CPAM, "
                "DMP 34 %, e-ordonnances 61 %, mais CM AT-MP 20 % et DSG 0. Combien ?"
            ),
            ["Total : 2 380 € (340 points)"],
        ),
        # rates in everyday words; the one indicator the question names
        (
            "medecin",
            (
                "Bilan 2024 : arrêts de travail en ligne 92 %, déclarations médecin traitant "
                "95 %, protocoles ALD en ligne 85 %, certificats accident du travail 60 %. "
                "Socle validé. Combien je touche pour ces quatre téléservices-là ?"
            ),
            ["Pour « Usage des téléservices (AAT, CM AT-MP, PSE, DMT, SPE, DSG) » : 472,50 €"],
        ),
        # two years told apart, each on its own scheme, then the difference
        (
            "medecin",
            (
                "Mon forfait 2025 : volet 1 ok, MSP, DMP 32 %, rien d'autre. Ma dotation 2026 "
                ": socle ok, DMP 40 %, ordos numériques 45 %, le reste en dessous, pas "
                "d'appli carte Vitale. Combien pour chaque année ?"
            ),
            [
                "Forfait structure 2025 (médecins) : 3 080 € (440 points).",
                "Dotation numérique (Donum) 2026 : 2 380 € (340 points).",
                "Soit 700 € de moins en 2026.",
            ],
        ),
        # the later year said in the future: « je pense n'avoir que le socle »
        (
            "medecin",
            (
                "En 2025 j'ai validé le volet 1, le SAS et la coordination (CPTS), rien "
                "d'autre. En 2026 avec la dotation numérique je pense n'avoir que le socle. "
                "Combien j'avais en 2025, combien j'aurai en 2026, et donc combien je perds ?"
            ),
            [
                "Forfait structure 2025 (médecins) : 4 200 € (600 points).",
                "Dotation numérique (Donum) 2026 : 1 960 € (280 points).",
                "Soit 2 240 € de moins en 2026.",
            ],
        ),
        # « chaque indicateur vaut 20 points » is no item met
        (
            "medecin",
            (
                "Mon éditeur m'a envoyé une plaquette où chaque indicateur optionnel vaut 20 "
                "points. Pour 2026 j'ai le socle, le DMP à 38 % et les ordonnances numériques "
                "à 52 %. Rien d'autre. Combien je touche vraiment pour 2026 ?"
            ),
            ["Total : 2 380 € (340 points)"],
        ),
        # « plutôt bien équipé » names no item
        (
            "medecin",
            (
                "Bonjour, médecin en MSP, plutôt bien équipé. Pour 2023 j'ai validé le volet "
                "1, la coordination et le codage, rien d'autre. Quel montant pour le forfait "
                "structure 2023 ?"
            ),
            ["Total : "],
        ),
        # an amount received one year set against the next year's total
        (
            "medecin",
            (
                "Pour 2025 j'ai reçu 5 355 € de forfait structure. Pour 2026 j'ai le socle "
                "Donum, DMP et ordonnances au-dessus de 30 %, l'appli carte vitale et des "
                "messages MES, mais CM AT-MP, DSG et SPE tous en dessous de 30 %. Je vais "
                "perdre combien d'une année sur l'autre ?"
            ),
            [
                "Forfait structure 2025 (médecins) : 5 355 € (d'après vous).",
                "Soit 2 835 € de moins en 2026.",
            ],
        ),
        # « plus de 90 % de FSE » is a bound, not « plus » between two items
        (
            "medecin",
            (
                "On est 3 associés, même logiciel Ségur, même addendum, chacun plus de 90 % "
                "de FSE, horaires sur l'annuaire, et on est tous les trois dans la CPTS. Aucun "
                "autre indicateur du volet 2. Le forfait structure 2025 c'est combien par "
                "médecin ?"
            ),
            ["Total : 2 800 € (400 points)"],
        ),
        # « le reste des options » is the optional group's other items; « ça me
        # rapporterait combien ? » asks what the one missed would bring
        (
            "medecin",
            (
                "Jamais utilisé l'appli carte Vitale ni écrit à un patient par Mon espace santé. "
                "Socle ok et le reste des options aussi. Ça me rapporterait combien en 2026 ?"
            ),
            ["Manque à gagner : 140 € (20 points)", "Total : 2 800 € (400 points)"],
        ),
        # counts told, not a rate: the share is worked out, and shown against its target
        (
            "medecin",
            (
                "En 2024 la messagerie avec les patients ça fait seulement 30 messages pour 500 "
                "consultations. Premier volet ok, CPTS ok. Ça me fait perdre combien ?"
            ),
            ["Manque à gagner : 280 € (40 points)", "(vous : 6 % ; objectif ≥ 10 % ; à gagner"],
        ),
        # « en tout » taken out of the item leaves its two counts one space apart
        (
            "medecin",
            "ordonnances 2025 : 2400 en tout dont 900 en numérique. Volet 1 ok. c'est validé ?",
            ["(vous : 37,5 % ; objectif ≥ 40 % ; à gagner"],
        ),
        # an amount received told with « versé » or « = », set against the other year's
        # case; « le socle et rien d'autre » is a whole case of one item
        (
            "medecin",
            (
                "Mon forfait structure 2025 = 3 080 €. En 2026 j'ai le socle Donum et rien "
                "d'autre. Je perds combien ?"
            ),
            [
                "Forfait structure 2025 (médecins) : 3 080 € (d'après vous).",
                "Soit 1 120 € de moins",
            ],
        ),
        (
            "medecin",
            (
                "Chiffres perso : forfait structure 2025 versé 4 550 €. En 2026 j'ai tout validé "
                "dans la dotation numérique (socle + toutes les options). Je perds combien ?"
            ),
            ["Soit 1 610 € de moins en 2026."],
        ),
        # « 3 séances de prévention en REP » is a count of interventions, not « 3 » then an item
        (
            "chirurgien-dentiste",
            (
                "2025 : socle OK, pas de coordination, mais j'ai fait 3 séances de prévention en "
                "REP et j'ai eu un 6e année. Total ?"
            ),
            ["Total : 1 140 € pour l'exercice 2025."],
        ),
        # « le volet 2, je ne m'en occupais pas » denies the item named before it; « ça fera
        # le même montant ? » sets the two years' totals against each other
        (
            "medecin",
            (
                "En 2025 je n'ai eu que le volet 1 du forfait structure, le volet 2 je ne m'en "
                "occupais pas. En 2026 je valide le socle Donum mais aucun optionnel. Ça fera le "
                "même montant ?"
            ),
            ["Forfait structure 2025 (médecins) : 1 960 €", "Le même montant les deux années."],
        ),
        # two years told, one asked: that year's story (« pareil » brings the year before's)
        (
            "chirurgien-dentiste",
            (
                "En 2024 j'ai eu le socle + la CPTS. En 2025 pareil et en plus une étudiante de "
                "6e année en stage actif. Je me suis calculé 940 € pour 2025, je me trompe ?"
            ),
            ["Total : 940 € pour l'exercice 2025."],
        ),
        # a total reckoned by the asker (« on trouve 790 € ») is checked against the case
        (
            "chirurgien-dentiste",
            (
                "FAMI 2024 : le socle est bon, pas de CPTS ni de MSP, pas d'étudiant, mais 3 "
                "interventions dans un IME. On trouve 790 euros, c'est juste ?"
            ),
            ["Total : 790 € pour l'exercice 2024."],
        ),
        # one rate of the téléservices named, its figure told by counts: that rate's share
        (
            "medecin",
            "Arrêts de travail 2024 : 180 au total dont 165 en ligne. Volet 1 ok. Combien ?",
            ["(22,5 points sur 110, soit 157,50 €)", "(vous : 91,67 %, objectif ≥ 90 %)"],
        ),
    ],
)
def test_a_story_is_read_item_by_item(
    responder: FaqResponder, profession: str, text: str, said: list[str]
) -> None:
    """Long stories of one's own case, as practitioners tell them: each item with its own
    status or figure, the total, the loss or the share asked (issue 11, sets 68 and 70–76)."""
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    for part in said:
        assert part in shown


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        # one of the two things the option requires: not counted, its worth and the other said
        (
            "Donum 2026 : socle ok et appli carte Vitale ok, ça me fait combien ?",
            ["entre 1 960 € (280 points) et 2 100 €", "non cité : « Messages sécurisés"],
            ["Atteints : « Indicateurs socles (tous requis) », « Application"],
        ),
        # both told: the option is met
        (
            "Donum 2026 : socle ok, appli carte Vitale et message Mon espace santé ok, combien ?",
            ["Total : 2 100 € (300 points)"],
            ["non cité"],
        ),
    ],
)
def test_an_item_said_met_by_half_of_what_it_requires_is_not_known(
    responder: FaqResponder, text: str, said: list[str], unsaid: list[str]
) -> None:
    """« appli carte Vitale ok »: the ApCV + Mon espace santé option requires both; it was
    counted met (+140 €) on the ApCV alone."""
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    for part in said:
        assert part in shown
    for part in unsaid:
        assert part not in shown


def test_what_is_still_paid_after_all_but_one_is_listed(responder: FaqResponder) -> None:
    """« tout était bon sauf le taux… qu'est-ce qui me reste ? »: the items still paid, each
    with its amount, when they are few (the total alone did not say the 300 € kept)."""
    text = (
        "pour 2024 : tout etait bon sauf le taux de teletransmission, je suis a 66 %. "
        "Je perds combien et qu'est ce qui me reste ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Restent versés : « Aller vers »" in shown and ": 300 €" in shown
    many = "2025 : tout ok sauf le SAS et la visio, combien ?"
    assert "Restent versés" not in to_text(respond(responder, many, "medecin").message)


def test_counts_of_one_thing_are_added_across_places(responder: FaqResponder) -> None:
    """ "2 interventions en REP+ et 1 en EHPAD": three, the « aller vers » met; the socle
    asked about (« faut-il avoir validé le socle ? ») is not told met."""
    text = (
        "il fait 2 interventions par an dans une ecole REP+ et 1 en EHPAD, ca rapporte "
        "combien ? faut il avoir valide le socle avant ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "(vous : 2 ; objectif ≥ 3 ; à gagner" not in shown
    assert "Atteints : « Indicateurs socles" not in shown


def test_a_pronoun_denies_the_item_before_an_aside(responder: FaqResponder) -> None:
    """ "le module LAP est payant (15 €/mois) et je l'ai pas pris": the software not met."""
    text = (
        "J'ai un logiciel Ségur mais le module LAP est payant chez mon editeur (15 €/mois) et "
        "je l'ai pas pris. Tout le reste est ok : FSE 96 %, horaires, addendum 8. ça passe "
        "pour 2025 ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 0 € (0 point)" in shown
    assert "Non atteints : « Logiciel métier référencé Ségur" in shown


def test_nothing_else_ends_the_list(responder: FaqResponder) -> None:
    text = (
        "pour 2025 : tout le volet 1 est vert, je suis dans la CPTS, j'accueille des externes "
        "et je fais 3h de SAS par semaine. A part ça rien. ça me fait combien au total ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 4 550 € (650 points)" in shown


def test_a_nought_heading_a_list_is_each_ones(responder: FaqResponder) -> None:
    """ "le numérique c'est zéro : DMP, ordos, MSS, appli carte Vitale, et les téléservices
    sont tous sous les seuils. … Estimation svp ?": each of them missed, a total asked."""
    text = (
        "ma situation 2025 : volet 1 ok, on est en CPTS, je fais 4h de SAS par semaine. Par "
        "contre le numerique c'est zero : DMP, ordos numeriques, MSS, appli carte vitale, et "
        "les teleservices sont tous sous les seuils. Estimation svp ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 4 200 € (600 points)" in shown


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # one rate of « DMP et ordonnances > 30 % » under its target: the option missed
        ("socle ok, DMP 18 %, CM ATMP 52 DSG 41 SPE 38. total 2026 ?", "2 380 € (340 points)"),
        # « ordo num 61 » is the ordonnances' rate, not the appli carte Vitale's
        (
            "recap 2026 : socle ok, CM ATMP 52 DSG 41 SPE 38, DMP 18 (oui je sais...), ordo num "
            "61, appli CV ok + 3 msg MES envoyés. total ?",
            "2 520 € (360 points)",
        ),
        # « que le socle et rien d'autre » tells the whole case
        ("si je valide QUE le socle en 2026 et rien d'autre, je touche 1960 € c ca ?", "1 960 €"),
    ],
)
def test_donum_stories_are_summed_as_told(responder: FaqResponder, text: str, total: str) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert f"Total : {total}" in shown


def test_several_items_asked_at_once_are_summed(responder: FaqResponder) -> None:
    """ "socle raté … 4 interventions et une étudiante : je peux toucher ces deux-là ?"."""
    text = (
        "j'ai zappé la messagerie sécurisée donc le socle FAMI est raté. par contre j'ai fait 4 "
        "interventions en EHPAD et j'ai une étudiante de 6e année à temps plein. je peux quand "
        "même toucher ces deux là ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 650 €" in shown


def test_a_sum_says_which_share_waits_on_the_block(responder: FaqResponder) -> None:
    """CPTS and 4 « aller vers » interventions: only the coordination's 100 € wait on the
    socle (the « aller vers » is paid without it), and the whole with the socle (890 €)."""
    text = "Dentiste en CPTS, j'ai fait 4 interventions en REP+ en 2025. Je peux avoir combien ?"
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert (
        "Ensemble : 400 € pour l'exercice 2025, dont 100 € à condition que « Indicateurs" in shown
    )
    assert ": 890 € en tout." in shown


def test_a_total_on_the_draft_gives_the_retained_texts_too(responder: FaqResponder) -> None:
    """ "d'après le projet, DMP + ordonnances = 40 points ?": the text retained says 60."""
    text = (
        "J'ai lu dans le projet de convention que chaque indicateur optionnel du Donum vaut 20 "
        "points. Donc DMP + ordonnances numériques ça me ferait 40 points, c'est ça ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Dans le texte retenu (Dotation numérique (Donum) 2026) : 420 € (60 points)" in shown


def test_a_block_told_not_met_takes_what_it_gates(responder: FaqResponder) -> None:
    """ "volet 1 non atteint" is the block's status, not an item of its own; the volet 2
    items it gates are said lost."""
    text = (
        "lecteur carte vitale en rade 4 mois en 2025 -> taux fse 62 %, amelipro me met volet 1 "
        "non atteint. mais jtouche quand meme ma CPTS et le SAS du volet 2 nn ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 0 € (0 point) pour l'exercice 2025." in shown
    gated = "sans lui, rien n'est versé, pas même « Implication dans la prise en charge"
    assert f"{gated} coordonnée » (120 points, soit 840 €)" in shown


def test_intervening_names_the_interventions(responder: FaqResponder) -> None:
    """ "j'interviens une fois par mois en EHPAD" is the « aller vers », not the FSE rate."""
    text = (
        "Chir-dent en libéral seul, ni MSP ni CPTS. J'interviens une fois par mois en EHPAD, "
        "j'ai un stagiaire de 6e année et tous mes indicateurs obligatoires sont verts. Je dois "
        "toucher combien au total pour 2025 ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 1 140 €" in shown


def test_the_others_under_a_figure_are_not_met(responder: FaqResponder) -> None:
    """ "…, mais tous mes autres taux optionnels sont sous 30 %": the others missed, the
    items named before kept."""
    text = (
        "J'ai le socle, j'ai fait des FSE avec l'appli carte Vitale et envoyé des messages à mes "
        "patients par Mon espace santé, mais tous mes autres taux optionnels sont sous 30 %. Je "
        "touche combien pour 2026 ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 2 100 € (300 points) pour l'exercice 2026." in shown


def test_nothing_in_the_volet_2_tells_the_whole_case(responder: FaqResponder) -> None:
    """ "volet 1 validé mais rien du tout au volet 2": the volet 1's total alone."""
    text = (
        "volet 1 validé mais rien du tout au volet 2 en 2023 : je touche quand même quelque chose ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 1 960 € (280 points) pour l'exercice 2023." in shown


def test_a_rate_named_again_by_its_own_name_is_not_another_item(responder: FaqResponder) -> None:
    """ "CM AT-MP 45 %, DSG 38 %, transport en ligne 52 %": the SPE of the option counted, not
    the socle's « services en ligne » mean at 52 %."""
    text = (
        "dotation numérique 2026 : mes 4 taux du socle sont tous au-dessus de 80 %. A côté j'ai "
        "CM AT-MP 45 %, déclarations de grossesse 38 %, transport en ligne 52 %, mais DMP 12 %. "
        "Ca me fait combien au total ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "(vous : 52 %)" not in shown
    assert (
        "Atteints : « Services en ligne : moyenne des taux DMT, FSE, PSE et AAT ≥ 60 % »" in shown
    )


def test_apcv_typed_in_two_words_is_the_apcv(responder: FaqResponder) -> None:
    """« ap cv » is the Carte Vitale app (a glossary variant): socle + ApCV/MES summed."""
    reply = respond(responder, "donum 2026 socle + ap cv/mes seulement cb", "medecin")
    assert "Total : 2 100 €" in to_text(reply.message).replace(NN, " ")


def test_options_met_with_their_figures_pay_once_the_socle_is(responder: FaqResponder) -> None:
    """ "dmp 32 ordo 33 atmp 35 dsg 40 spe 31, options ça fait cb": each rate over its target,
    what the two options pay, the socle said as their condition (not 0 € for it unsaid)."""
    reply = respond(responder, "2026 dmp 32 ordo 33 atmp 35 dsg 40 spe 31, options ca fait cb")
    shown = to_text(reply.message).replace(NN, " ")
    assert "Ensemble : 840 € (120 points) pour l'exercice 2026, à condition que" in shown


def test_a_public_sans_abri_is_no_negation(responder: FaqResponder) -> None:
    """ "3 interventions … pour personnes sans abri": the « aller vers » met, not denied."""
    text = (
        "Bonjour, je fais le bilan de mon exercice 2025. Socle complet validé, aucune MSP ni "
        "CPTS près de chez moi. J'ai fait 3 interventions dans un centre d'hébergement pour "
        "personnes sans abri, et j'ai eu une étudiante de 6e année en stage actif. Combien "
        "aurais-je dû percevoir au total pour 2025 ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 1 140 € pour l'exercice 2025." in shown


def test_a_block_one_says_lost_is_not_met(responder: FaqResponder) -> None:
    """ "tout bon sauf les horaires … J'ai compris que je perdais le socle": the socle named
    as lost, the horaires kept missed; what is paid apart from it summed."""
    text = (
        "Bonjour, dentiste. Pour 2024 j'avais tout bon sauf les horaires dans l'annuaire santé, "
        "que j'ai oubliés. Par contre j'ai fait 4 séances de soins dans un EHPAD et j'ai "
        "accueilli un étudiant de 6e année. J'ai compris que je perdais le socle. Quel montant "
        "total de FAMI dois-je recevoir pour 2024 ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 650 € pour l'exercice 2024." in shown


def test_a_story_closing_on_the_true_maximum_is_no_total(responder: FaqResponder) -> None:
    """« … sauf SAS et étudiants. C'est quoi le vrai maximum pour 2025 ? »: the scheme's
    maximum is asked (two figures found disagree), not the total of what the story lists."""
    text = (
        "Bonjour, je compare les sources pour mon forfait structure 2025 : un site d'éditeur "
        "annonce 8 141 € maximum, un autre 7 805 €. J'ai le volet 1 et la plupart des indicateurs "
        "du volet 2, sauf SAS et étudiants. C'est quoi le vrai maximum pour 2025 ?"
    )
    rep = respond(responder, text, "medecin")
    assert rep.fact is None or rep.fact.asked != "somme"
    shown = to_text(rep.message).replace(NN, " ")
    assert "Total : 6 055 €" not in shown and "835 points" in shown


@pytest.mark.parametrize("received", ["", "j'ai vu passer 1 960 €, "])
def test_a_story_closing_on_a_blocks_maximum_gives_it(
    responder: FaqResponder, received: str
) -> None:
    """« … en faisant tout : SAS, étudiants, … C'était quoi le max du volet 2 ? »: the list
    gives examples of « tout », the block's maximum is asked (was the list's total, or the
    amount received read back)."""
    text = (
        f"2023 : mon volet 1 est validé, {received}je voudrais savoir jusqu'où on pouvait monter "
        "avec le volet 2 en faisant tout : SAS, étudiants, coordination, téléservices, etc. "
        "C'était quoi le max du volet 2 cette année-là ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "6 181 €" in shown and "Total :" not in shown and "reçus" not in shown


def test_sessions_at_places_summed_are_interventions(responder: FaqResponder) -> None:
    """« 2 séances de dépistage dans une école REP+ et 1 dans un foyer »: 3 interventions
    (the « + » of REP+ split the list, and the sum was of « séances », not of interventions:
    the 2 alone were judged, « vous : 2 »)."""
    text = (
        "Bonjour, chirurgien-dentiste. En 2024 j'ai fait 2 séances de dépistage dans une école "
        "REP+ et 1 dans un foyer d'hébergement d'urgence, donc 3 interventions hors cabinet. Par "
        "contre mon socle n'est pas bon (taux FSE 61 %). Je déclare comment ces interventions sur "
        "amelipro, et combien ça me rapporte ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 300 € pour l'exercice 2024." in shown and "vous : 2" not in shown


@pytest.mark.parametrize(
    ("profession", "text", "total"),
    [
        # « Exercice 2023 » named the coordination (« exercice coordonné »), and « pas de
        # coordination » then picked the services to patients
        (
            "medecin",
            "Exercice 2023, je suis rhumato. Volet 1 validé. Je code mes données médicales pour "
            "un registre, j'ai acheté un appareil connecté de la liste amelipro en mars 2023 et "
            "je téléconsulte avec une solution payante. Pas de SAS, pas d'étudiant, pas de "
            "coordination, pas de téléservices. Ça fait combien tout compris ?",
            "Total : 2 835 € (405 points) pour l'exercice 2023.",
        ),
        # « DMP, messagerie MES, ordonnances numériques : nada »: the three missed
        (
            "medecin",
            "Généraliste en MSP, exercice 2023. Logiciel Ségur avec LAP, 92 % de FSE, horaires "
            "affichés. J'ai eu une externe toute l'année, je participe au SAS et j'ai une "
            "solution de téléconsultation payante. Par contre DMP, messagerie MES, ordonnances "
            "numériques : nada. Ça fait combien mon forfait 2023 ?",
            "Total : 4 900 € (700 points) pour l'exercice 2023.",
        ),
        # « validé les 5 indicateurs du socle sans souci »: met, with ease, no trouble told
        (
            "chirurgien-dentiste",
            "En 2024 le doc a validé les 5 indicateurs du socle sans souci. Il est allé 4 fois à "
            "l'EHPAD des Tilleuls pour du dépistage et il a pris une étudiante de 6e année en "
            "stage actif à temps plein. Par contre il n'est ni en MSP ni en CPTS. Il lui manque "
            "combien pour avoir le maximum ?",
            "Total : 1 140 € pour l'exercice 2024.",
        ),
    ],
)
def test_story_totals_read_what_is_missed(
    responder: FaqResponder, profession: str, text: str, total: str
) -> None:
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert total in shown


def test_the_gap_to_the_maximum_asked_lists_what_is_left(responder: FaqResponder) -> None:
    """« Je suis à combien du maximum ? »: what is left to get and its worth, the volet 1 said
    validated not among it (it was listed, its items not known one by one)."""
    text = (
        "Hello, 2023 : volet 1 validé, tous mes téléservices au vert, DMP ok, ordonnances "
        "numériques ok, et la coordination via ma CPTS. Pas d'appli carte Vitale, pas de "
        "messagerie avec les patients, pas d'étudiant, pas de SAS, rien d'autre en volet 2. Je "
        "suis à combien du maximum, en euros ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    left = next(x for x in shown.splitlines() if x.startswith("Reste à obtenir"))
    assert "Volet 1" not in left and left.endswith("soit 3 675 € au plus.")


@pytest.mark.parametrize(
    ("text", "opening", "total"),
    [
        # the total told, wrong: corrected first (2 interventions, not 3)
        (
            "dentiste, exercice 2024 : socle complet (FSE 85 %), pas de CPTS ni de MSP. J'ai "
            "fait 2 interventions dans un foyer d'hébergement, pas d'étudiant. Donc 490 + 300 "
            "= 790 €, c'est bien ça ?",
            "Non : 490 € d'après ce que vous décrivez, et non 790 €.",
            "Total : 490 € pour l'exercice 2024.",
        ),
        # the total told, right, a year after it: confirmed, not one indicator's verdict
        (
            "Coucou, dentiste en CPTS. Exercice 2025 : socle au complet avec 91 % de FSE, 6 "
            "interventions en EHPAD, pas d'étudiant. Je devrais toucher 890 € pour 2025, c'est "
            "bien ça ?",
            "Oui : c'est bien 890 €.",
            "Total : 890 € pour l'exercice 2025.",
        ),
    ],
)
def test_a_story_closing_on_a_total_to_check_gets_it_confirmed_or_corrected(
    responder: FaqResponder, text: str, opening: str, total: str
) -> None:
    reply = respond(responder, text, "chirurgien-dentiste")
    shown = to_text(reply.message).replace(NN, " ")
    assert opening in shown and total in shown
    assert reply.fact is not None and reply.fact.verdict == opening[:3].lower()


def test_an_items_worth_asked_after_a_story_is_no_total_to_check(
    responder: FaqResponder,
) -> None:
    """« Je perds aussi les 300 € aller vers ? »: one item's worth, not the story's total."""
    text = (
        "Mon socle FAMI 2024 est raté (souci de cahier des charges SESAM-Vitale) mais j'ai fait "
        "4 interventions en EHPAD. Je perds aussi les 300 € aller vers ?"
    )
    reply = respond(responder, text, "chirurgien-dentiste")
    assert reply.grounded is not None and reply.fact is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # « DMP 10 % » in 2025: the messagerie's target, not the DMP's (30 %): the asker's rate
        (
            "médecin, 2025 : volet 1 complet. AAT 95, DMT 97, PSE 92, CM AT-MP 60, SPE 40, DSG "
            "70, ordonnances numériques 50 %. DMP 10 %, messagerie 2 %, pas d'appli carte "
            "Vitale, et rien d'autre (ni CPTS ni SAS ni stagiaire). Combien pour 2025 ?",
            "Total : 3 010 € (430 points) pour l'exercice 2025.",
        ),
        # « Aucun taux (DMP, messagerie, téléservices, ordonnances) atteint »: none of them
        (
            "Psychiatre libéral, exercice 2024 : volet 1 complet. Volet 2 : uniquement le codage "
            "des données médicales, un équipement de vidéotransmission payant et un tensiomètre "
            "connecté acheté dans l'année. Aucun taux (DMP, messagerie, téléservices, "
            "ordonnances) atteint, pas d'appli carte Vitale. Combien pour 2024 ?",
            "Total : 2 835 € (405 points) pour l'exercice 2024.",
        ),
        # « Pas de codage, de services, de vidéo ni d'objets connectés »: each « de … » missed
        (
            "Généraliste en MSP, maître de stage et régulé SAS. 2025 : volet 1 ok. DMP 28 %, "
            "messagerie patients 11 %, AAT 91 %, DMT 94 %, PSE 88 %, CM AT-MP 48 %, SPE 20 %, "
            "pas de DSG, ordonnances numériques 38 %, et j'ai fait des FSE avec l'appli carte "
            "Vitale. Pas de codage, de services, de vidéo ni d'objets connectés. Combien pour "
            "2025 ?",
            "Total : 5 425 € (775 points) pour l'exercice 2025.",
        ),
        # blind dev set 177: the volet 2's points told whole, paid with the volet 1
        (
            "En 2022 j'avais le volet 1 complet et j'ai eu 385 points au volet 2. Combien on "
            "aurait dû me verser ?",
            "Total : 5 495 € (785 points) pour l'exercice 2022",
        ),
        # the volet 1 missed by its rate: nothing paid, both lost
        (
            "Mon taux de télétransmission 2023 c'est 64%, j'avais 300 points au volet 2. "
            "Combien je perds en tout ?",
            "Manque à gagner : 4 060 € (580 points)",
        ),
        # the points after the block (blind dev set 184): both lost with the hours
        (
            "J'ai oublié de mettre mes horaires dans l'annuaire santé pour 2023. Du coup je perds "
            "le volet 1 ET mon volet 2 qui faisait 310 pts ?? ça fait combien en euros au total",
            "Manque à gagner : 4 130 € (590 points)",
        ),
        # a pasted statement's « Volet 2 : 425 points », what he would have had (blind dev set
        # 190): the volet 1 and those points
        (
            "Forfait structure 2025, relevé d'un généraliste : « Volet 1 : non atteint (horaires "
            "annuaire santé : non déclarés) – Volet 2 : 425 points – Montant versé : 0 € ». Il "
            "veut savoir combien il aurait touché s'il avait juste déclaré ses horaires.",
            "Manque à gagner : 4 935 € (705 points)",
        ),
        # « de volet 2 » (blind dev set 193): the block's points, not the whole block met
        (
            "en 2023 j'avais le volet 1 et à peu près 500 points de volet 2, combien ?",
            "Total : 5 460 € (780 points) pour l'exercice 2023",
        ),
        # the volet 1 not told: the points' worth, and the total once it is met
        (
            "forfait structure 2025 si j'ai 150 pts sur le volet 2 ça me fait combien en euros ?",
            "valent 1 050 € (à 7 € le point)",
        ),
    ],
)
def test_story_rates_and_bracketed_lists_are_read_as_told(
    responder: FaqResponder, text: str, total: str
) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert total in shown


def test_a_dentists_story_dating_the_first_fse_reads_the_rate_and_says_its_period(
    responder: FaqResponder,
) -> None:
    """« (première FSE le 15 mai). Taux de FSE 85 % »: 15 is a day, not the rate; the rate's
    period (from 1 June) is said after the total."""
    text = (
        "Bonjour, je me suis installée comme chirurgien-dentiste libérale en mai 2024 (première "
        "FSE le 15 mai). Taux de FSE 85 %, logiciel DMP, MSSanté, addendum 8, horaires ok. Pas "
        "de coordination mais j'ai accueilli une étudiante de 6e année à temps plein. Je touche "
        "combien pour 2024, vu que je n'ai fait que 8 mois ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 840 € pour l'exercice 2024." in shown
    assert "calculé du 1er juin au 31 décembre" in shown


def test_one_item_missed_alone_costs_its_block_and_what_the_block_gates(
    responder: FaqResponder,
) -> None:
    """« Si je rate juste le taux FSE …, je perds combien ? j'ai la CPTS et mes 3
    interventions »: the rest of the socle is met; the FSE costs 490 € and the coordination's
    100 €; what follows the question is told, not asked."""
    text = (
        "Si je rate juste le taux FSE en 2026 (65 %), je perds combien exactement ? j'ai la "
        "CPTS et mes 3 interventions en EHPAD"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Manque à gagner : 590 €" in shown and "Total : 300 €" in shown


def test_a_block_asked_with_a_question_mark_is_not_told_met(responder: FaqResponder) -> None:
    """« … addendum 8 ok. le socle est validé ? combien ? »: asked, not said validated."""
    text = (
        "dotation numerique 2026, moyenne des teleservices pile a 60,0 %, logiciel segur + LAP "
        "+ addendum 8 ok. le socle est validé ? combien ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 1 960 € (280 points)" in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Pour 2024 j'ai eu 4 235 €. En 2025 j'ai quitté la CPTS (trop de réunions) mais j'ai "
            "pris un externe en stage. Le reste est identique. Ça donne quoi pour 2025 ?",
            "Estimation : 3 745 € pour l'exercice 2025.",
        ),
        # « je donne 2 h de créneaux » names no coding of « données »
        (
            "Pour 2024 j'ai eu 3 080 €. En 2025 ma CPTS participe au SAS et je donne 2 h par "
            "semaine de créneaux pour des patients hors patientèle, tout le reste pareil. Je "
            "peux espérer combien pour 2025 ?",
            "Estimation : 4 480 € pour l'exercice 2025.",
        ),
        # one sentence, the change before the amount (seen in the last look with make run)
        (
            "j'ai arreté le SAS en 2025, le reste pareil qu'en 2024 ou j'avais eu 4200 €, je "
            "vais toucher cb ?",
            "Estimation : 2 800 € pour l'exercice 2025.",
        ),
    ],
)
def test_last_years_amount_changed_by_what_changed_the_rest_the_same(
    responder: FaqResponder, text: str, said: str
) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert said in shown and "Si le reste vous rapporte autant en 2025 qu'en 2024" in shown


def test_a_form_the_rules_refuse_does_not_meet_the_coordination(
    responder: FaqResponder,
) -> None:
    """« Côté coordination je participe à un groupe qualité »: a form the question's choices
    list as not recognised (« Groupe qualité, PAERPA, DAC ou PRADO »)."""
    text = (
        "Chir-dent ici. 2024 : les 5 indicateurs obligatoires sont atteints. Côté coordination "
        "je participe à un groupe qualité et j'ai suivi plusieurs patients PRADO. J'ai aussi "
        "fait 4 interventions en école REP+. Je m'attends à 890 € pour l'année, juste ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Non : 790 € d'après ce que vous décrivez, et non 890 €." in shown


def test_a_student_of_another_year_of_study_is_not_the_sixth_year_one(
    responder: FaqResponder,
) -> None:
    """« un étudiant de 5e année »: not the « 6e année » the indicator names."""
    text = (
        "Bonjour, dentiste en CPTS. 2024 : socle validé (FSE 83 %). J'ai accueilli un étudiant "
        "de 5e année pendant tout le semestre. Donc 490 + 100 + 350 = 940 €, c'est bien ça ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Non : 590 € d'après ce que vous décrivez, et non 940 €." in shown
    assert (
        "Non atteints : « Accueil d'un étudiant de 6e année en stage actif » (à gagner : 350 €)."
        in shown
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a path that does not meet the item says why and what to do
        (
            "Bonjour, omnipraticien en MSP. Pour 2024 tout est bon (DMP compatible, addendum 8, "
            "horaires, 79 % de FSE) sauf la messagerie : on est encore sur Apicrypt version 1. "
            "J'ai fait 3 interventions en EHPAD et accueilli un étudiant de 6e année à temps "
            "plein. Quel total je peux espérer pour 2024 ?",
            "« Messagerie sécurisée de santé (MSSanté) » : Apicrypt V1 ne valide pas",
        ),
        (
            "Je suis chirurgienne-dentiste. En 2024 je n'ai pas de logiciel compatible DMP, je "
            "passe par le Web DMP quand j'en ai besoin. Sinon FSE 90 %, MSSanté, horaires "
            "affichés, addendum 8 installé. J'ai fait 5 interventions au centre pénitentiaire. "
            "Combien je vais toucher pour 2024 ?",
            "« Logiciel métier compatible DMP » : Le Web DMP ne valide pas l'indicateur.",
        ),
        # a path that meets it says what to do (an organisational box is not pre-filled)
        (
            "Bonjour ! Cabinet de groupe dentaire, on a une BAL MSSanté organisationnelle, du "
            "coup amelipro ne l'a pas pré-remplie. Pour 2024 : FSE pile 70 %, logiciel DMP, "
            "addendum 8 et horaires ok. Pas de coordination, mais 3 interventions en EHPAD. "
            "790 € pour moi, c'est bon ?",
            "Déclarez votre messagerie sur amelipro et cochez l'attestation sur l'honneur.",
        ),
    ],
)
def test_the_path_a_story_names_says_why_and_what_to_do(
    responder: FaqResponder, text: str, said: str
) -> None:
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert said in shown


@pytest.mark.parametrize(
    ("text", "total", "said"),
    [
        (
            "bjr, je suis chirurgien dentiste. en 2024 j'ai tout le socle (fse 81%), j'ai "
            "participé à 5 réunions de concertation pluridisciplinaire dans l'année et j'ai eu "
            "une étudiante de 6e année à temps plein. ça fait combien au total svp ?",
            "Total : 940 €",
            "Au moins 4 RCP dans l'année valident l'indicateur",
        ),
        (
            "Bonjour, pour l'exercice 2024 j'ai validé le socle FAMI (FSE à 84 %). Pas de MSP ni "
            "de CPTS, mais j'ai participé à 3 réunions de concertation pluridisciplinaire dans "
            "l'année. Ça compte comme coordination, donc 590 €, c'est bien ça ?",
            "Total : 490 €",
            "Moins de 4 RCP dans l'année ne valident pas l'indicateur.",
        ),
    ],
)
def test_a_story_counts_the_rcp_against_their_minimum(
    responder: FaqResponder, text: str, total: str, said: str
) -> None:
    """The coordination's « Au moins 4 RCP par an » is judged on the count a story tells."""
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert total in shown and said in shown


def test_an_esp_is_a_coordination_told(responder: FaqResponder) -> None:
    """« je suis en ESP avec des kinés » names the coordination as « en MSP » does (the
    glossary's coordination group: CPTS, MSP, ESP)."""
    text = (
        "je suis en ESP avec des kinés et des IDE du secteur, socle du fami ok, et cette année "
        "jai fait 3 interventions au centre pénitentiaire. total ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 890 €" in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Dentiste : j'ai un logiciel compatible DMP, une MSSanté, mes horaires dans l'annuaire "
            "santé et 78 % de FSE. Il me manque quoi pour le socle du FAMI ?",
            "Non cités, à connaître : « Cahier des charges SESAM-Vitale",
        ),
        # "!!" ends a sentence: « 0 € » is not the FSE rate
        (
            "FAMI 2025 = 0 € !! FSE 85 %, messagerie MSSanté ok, SESAM-Vitale à jour, logiciel "
            "compatible DMP, pas de coordination. Qu'est-ce qui a pu manquer ?",
            "Non cités, à connaître : « Horaires du cabinet",
        ),
        (
            "Mon FAMI 2024 = 300 €. J'avais pourtant fait mes 3 interventions en EHPAD ET j'ai le "
            "socle d'après moi (FSE 72 %, logiciel, MSS, horaires, tout). Il manque quoi ?",
            "Non payé : Indicateurs socles (490 €)",
        ),
    ],
)
def test_what_is_missing_after_a_list(responder: FaqResponder, text: str, said: str) -> None:
    """« Il me manque quoi ? » after a list: the story's total says what is not told, or
    what the amount received leaves unpaid."""
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert said in shown


def test_a_change_told_for_the_second_year_keeps_the_rest(responder: FaqResponder) -> None:
    """« En 2025 j'ai quitté la CPTS mais j'ai pris une étudiante … » tells what changed:
    the coordination left is missed, the rest of 2024 is kept (1 140 € against 590 €), and
    the reply says so."""
    text = (
        "En 2024 j'avais socle + CPTS, soit 590 €. En 2025 j'ai quitté la CPTS mais j'ai pris "
        "une étudiante de 6e année à temps plein et fait 3 interventions au centre "
        "pénitentiaire. Ça me fait combien de plus en 2025 par rapport à 2024 ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "2025 : 1 140 €." in shown and "Soit 550 € de plus en 2025." in shown
    assert "ce que vous ne dites pas avoir changé est compté comme en 2024" in shown


def test_the_same_list_two_years_says_what_moved(responder: FaqResponder) -> None:
    """« exactement la même chose les deux années » is one list judged on each year; when
    the totals differ, each item whose worth moved is said."""
    text = (
        "Je comprends pas : en 2020 mon forfait structure a baissé par rapport à 2019 alors "
        "que je validais exactement la même chose les deux années (volet 1, codage des "
        "données, services aux patients). Normal ??"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2019 : 3 220 € (460 points)." in shown and "2020 : 2 800 € (400 points)." in shown
    assert (
        "« Nouveaux services aux patients (parcours complexes) » : 130 points, soit 910 € en "
        "2019, 70 points, soit 490 € en 2020."
    ) in shown


def test_a_story_missing_an_item_says_the_pitfall_it_speaks_of(responder: FaqResponder) -> None:
    """« 66 % de FSE, mais … des patients AME et des résidents d'EHPAD »: the total says
    what the rate leaves out, as the one-indicator verdict does."""
    text = (
        "Bonjour, chirurgien-dentiste. En 2024 mon logiciel m'affiche 66 % de FSE, mais une "
        "bonne partie de mes feuilles papier concernent des patients AME et des résidents "
        "d'EHPAD. Le reste du socle est ok et je suis en CPTS. Au final je touche 590 € ou rien ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "⚠️ « Taux de télétransmission FSE ≥ 70 % » : Sont exclus du calcul : AME" in shown


def test_a_bracket_denied_after_it_is_missed_whole(responder: FaqResponder) -> None:
    """« Pour le reste (téléservices, DMP, …) je n'atteins aucune cible »: each item in the
    bracket is missed, as under « (pas de …) » (they were counted met: 6 496 €)."""
    text = (
        "En 2023 j'ai tout le volet 1 (Ségur + LAP, FSE à 97 %, horaires). En volet 2 je suis "
        "dans la MSP donc prise en charge coordonnée, je suis maître de stage et je participe "
        "au SAS. Pour le reste (téléservices, DMP, messagerie Mon espace santé, ordonnances "
        "numériques, appli carte Vitale) je n'atteins aucune cible. Ça fait combien en euros "
        "au total pour 2023 ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 4 550 € (650 points) pour l'exercice 2023." in shown


def test_two_counts_across_a_comma_are_one_rate(responder: FaqResponder) -> None:
    """« 3 100 actes en tout, dont 2 140 en FSE » is the FSE rate (69 %), not a part of acts
    and a part of FSE told met."""
    rep = respond(
        responder,
        "chir dent. en 2024 j'ai facturé 3 100 actes en tout, dont 2 140 en FSE sécurisée, le "
        "reste en papier. Cabinet avec DMP et MSSanté. Ça fait combien de FAMI ?",
        None,
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "69,03 %" in shown and "Atteints : « Taux" not in shown


def test_everything_met_listed_after_a_colon_is_that_list(responder: FaqResponder) -> None:
    """« tout est ok pr le forfait structure : logiciel, horaires, un externe, la vidéo » is
    that list met, not every indicator; « je perds koi » asks what the missed rate costs."""
    rep = respond(
        responder,
        "slt, en 2023 mon taux de teletransmission est tombé a 61 %. A part ca tout est ok pr "
        "le forfait structure : logiciel segur avec LAP, horaires affichés, jai un externe en "
        "stage et une solution de video consult payante. je perds koi exactement ?",
        "medecin",
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "Manque à gagner : 2 660 €" in shown and "Tous les indicateurs atteints" not in shown


def test_what_one_got_for_two_rates_is_their_sum(responder: FaqResponder) -> None:
    """« jai eu quoi la dessus ? » asks what the two rates told paid."""
    rep = respond(
        responder,
        "fs 2022 : dmp 18% des consult et messagerie mon espace sante avec les patients 6%, "
        "jai eu quoi la dessus ?",
        "medecin",
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "Ensemble : 280 €" in shown and "vous : 18 %" in shown


def test_an_amount_received_that_the_independent_items_pay_tells_the_block_unpaid(
    responder: FaqResponder,
) -> None:
    """650 € = the student (350 €) and « aller vers » (300 €): the socle was not paid, nor
    the coordination that needs it."""
    rep = respond(
        responder,
        "J'ai reçu 650 € pour mon FAMI 2024 alors que je pensais toucher le max. Je suis en "
        "CPTS, j'avais une étudiante de 6e année et j'ai fait mes 3 interventions en REP. "
        "Qu'est-ce qui a pu coincer ?",
        "chirurgien-dentiste",
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "Vous avez reçu 650 € : exactement" in shown and "590 € de moins" in shown


def test_all_green_but_one_and_an_amount_received_are_both_read(responder: FaqResponder) -> None:
    """« tout est vert sauf le cahier des charges » is everything met but it; « je n'ai que
    300 € » is what came in, set against the total."""
    rep = respond(
        responder,
        "FAMI 2024 : tout est vert sauf l'indicateur cahier des charges SESAM-Vitale. J'avais "
        "déclaré ma CPTS et fait mes interventions en EHPAD, et au final je n'ai que 300 €. "
        "Combien ça m'a fait perdre ?",
        "chirurgien-dentiste",
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "Manque à gagner : 590 €" in shown and "Vous avez reçu 300 €" in shown


def test_what_a_missed_block_item_makes_one_lose_is_the_story_total(
    responder: FaqResponder,
) -> None:
    """« Qu'est-ce que ça me fait perdre ? » after a story: all it would have paid."""
    rep = respond(
        responder,
        "Sur 2024 mon logiciel n'était pas à jour de l'addendum 8 SESAM-Vitale (il a été mis à "
        "jour en 2025 seulement). Par contre j'avais tout le reste du volet 1, la CPTS, un "
        "externe en stage et je code mes données pour un registre. Qu'est-ce que ça me fait "
        "perdre sur le forfait structure 2024 ?",
        "medecin",
    )
    assert "Manque à gagner : 3 500 €" in to_text(rep.message).replace(NN, " ")


def test_the_loss_of_the_one_item_the_closing_names(responder: FaqResponder) -> None:
    """« Combien ce LAP me fait perdre ? »: the software's cost (2 800 €), not also the
    option told missed (« pas d'appli carte Vitale »)."""
    rep = respond(
        responder,
        "Mon logiciel est référencé Ségur mais mon LAP n'est pas certifié HAS. Pour la Donum "
        "2026, mes 4 taux socle sont au-dessus de 90 %, 40 % de DMP, 50 % d'ordonnances "
        "numériques, CM AT-MP 40 %, DSG 50 %, SPE 35 %. Pas d'appli carte Vitale. Combien ce "
        "LAP me fait perdre ?",
        "medecin",
    )
    assert "Manque à gagner : 2 800 €" in to_text(rep.message).replace(NN, " ")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # « tous sous 20 % » closes the list: each item before it missed
        (
            "Donum 2026 : j'ai le socle, l'appli carte Vitale et des messages aux patients via "
            "Mon espace santé. Par contre CM AT-MP, DSG, SPE, DMP et ordonnances numériques sont "
            "tous sous 20 %. Combien ?",
            "2 100",
        ),
        # … back to the « mais » only: the ApCV and the messages told before stay met
        (
            "Donum 2026 : le socle, DMP et ordonnances au-dessus de 30 %, l'appli carte vitale "
            "et des messages MES, mais CM AT-MP, DSG et SPE tous en dessous de 30 %. Combien ?",
            "2 520",
        ),
    ],
)
def test_a_plural_rate_below_closes_the_list(
    responder: FaqResponder, text: str, total: str
) -> None:
    rep = respond(responder, text, "medecin")
    assert f"Total : {total} €" in to_text(rep.message).replace(NN, " ")


def test_the_same_rates_the_next_year_carry_the_first_years_items(
    responder: FaqResponder,
) -> None:
    """« En 2026 mêmes taux » keeps 2025's DMP, ordonnances, ApCV and messages for the Donum."""
    rep = respond(
        responder,
        "En 2025 j'avais volet 1 + DMP 35 % + ordonnances numériques 45 % + appli carte Vitale "
        "+ 12 % de messages MES aux patients. En 2026 mêmes taux, mes 4 taux socle sont "
        "au-dessus de 90 %, logiciel à jour, mais CM AT-MP à 20 %. Combien en 2025 et en 2026 ?",
        "medecin",
    )
    shown = to_text(rep.message).replace(NN, " ")
    assert "2025 (médecins) : 3 080 €" in shown and "2026 : 2 520 €" in shown


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "En 2025 j'avais le SAS et la CPTS dans mon forfait structure. Avec la Donum, "
            "combien je perds sur ces deux-là ?",
            "La dotation numérique (Donum) n'a aucun de ces indicateurs : 2 240 € (320 points) "
            "de moins",
        ),
        (
            "La liste de ce qui disparaît avec le Donum par rapport au forfait structure 2025 "
            "(codage, services aux patients, maître de stage, vidéo, objets connectés, SAS, "
            "coordination), ça fait combien au total ?",
            "3 955 € (565 points) de moins",
        ),
    ],
)
def test_items_the_next_scheme_drops_are_what_they_paid(
    responder: FaqResponder, text: str, line: str
) -> None:
    assert line in to_text(respond(responder, text, "medecin").message).replace(NN, " ")


def test_at_the_maximum_the_items_in_brackets_are_examples(responder: FaqResponder) -> None:
    rep = respond(
        responder,
        "J'etais au max du forfait structure 2025 (SAS, maitre de stage, MSP, tout). En 2026 "
        "je suis au max de la dotation numerique. Ca fait quelle difference ?",
        "medecin",
    )
    assert "n'a aucun de ces indicateurs" not in to_text(rep.message)


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        (
            "si je rate le socle du donum je perds juste les 1960 € ou tout ?",
            "medecin",
            ["ni « Indicateurs optionnels", "980 €", "rien n'est versé pour l'exercice 2026"],
        ),
        (
            "sans le socle du fami je touche quoi ?",
            "chirurgien-dentiste",
            ["Restent versés sans lui", "(300 €)", "Au plus 650 €"],
        ),
    ],
)
def test_a_block_missed_says_what_it_leaves_unpaid(
    responder: FaqResponder, text: str, profession: str, said: list[str]
) -> None:
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert all(s in shown for s in said)


@pytest.mark.parametrize(
    "text",
    [
        "la coordination sans le volet 1 ça paye ?",  # an item asked: its own verdict
        "taux fse 62 %, amelipro me met volet 1 non atteint. je touche quand meme le SAS ?",
    ],
)
def test_a_block_told_missed_or_an_item_asked_is_not_the_blocks_cost(
    responder: FaqResponder, text: str
) -> None:
    shown = to_text(respond(responder, text, "medecin").message)
    assert "Rien d'autre n'est versé" not in shown


def test_a_dentists_story_told_against_a_year_before(responder: FaqResponder) -> None:
    """The amount of a year before and what was added (« en plus »): the bracket after the
    amount is what it paid, not new items; « chaque année » names no 6e-année student."""
    carried = to_text(
        respond(
            responder,
            "Pour 2025 j'ai touché 890 € de FAMI (socle, MSP, interventions en EHPAD). En 2026 "
            "j'ai en plus accueilli un étudiant de 6e année à temps plein pendant son stage "
            "actif. Si tout le reste est pareil, je toucherai combien pour 2026 ?",
        ).message
    )
    assert f"Estimation{NN}: 1{NN}240{NN}€" in carried and "+ 100" not in carried
    added = to_text(
        respond(
            responder,
            "En 2023 j'avais touché 590 € de FAMI (socle + CPTS). En 2024 j'ai en plus fait 3 "
            "interventions dans une école REP+ et pris un stagiaire de 6e année en stage actif "
            "à temps plein. Je dois recevoir combien pour 2024 ?",
        ).message
    )
    assert f"Estimation{NN}: 1{NN}240{NN}€ pour l'exercice 2024" in added
    only = to_text(
        respond(
            responder,
            "Je touche 490 € de FAMI chaque année, le socle seulement. Qu'est-ce qui me manque "
            "pour atteindre le maximum et ça ferait combien de plus par an ?",
            "chirurgien-dentiste",
        ).message
    )
    assert f"soit 750{NN}€ au plus" in only and "Oui" not in only


def test_whether_a_story_pays_anything(responder: FaqResponder) -> None:
    """ "j'ai droit à qqch ou rien ?" is a yes with the total; "je touche rien ?" a no."""
    some = respond(
        responder,
        "dentiste qui débute, bcp de papier encore : taux FSE 50 %. Mais jai fait 3 "
        "interventions à la maison d'arret cette année. j'ai droit a qqch sur le fami ou rien ?",
    )
    assert some.fact is not None and some.fact.verdict == "oui"
    assert f"Oui{NN}: 300{NN}€" in to_text(some.message)
    nothing = respond(
        responder,
        "pas de messagerie sécurisée, donc le socle est raté pour 2025. Par contre j'ai "
        "accueilli une étudiante de 6e année à plein temps en stage actif. Je touche rien ?",
        "chirurgien-dentiste",
    )
    assert nothing.fact is not None and nothing.fact.verdict == "non"
    assert f"vous touchez 350{NN}€" in to_text(nothing.message)


def test_a_loss_with_the_rest_of_the_block_untold(responder: FaqResponder) -> None:
    """The FSE missed, the socle's other indicators not told: the loss if they are met."""
    reply = to_text(
        respond(
            responder,
            "taux FSE 69,8 % en 2024 d'apres amelipro, je suis dentiste en CPTS, combien je "
            "perds si ca passe pas",
        ).message
    )
    assert f"Manque à gagner{NN}: 590{NN}€" in reply
    assert "si les autres indicateurs exigés le sont" in reply


def test_more_received_than_listed_sends_to_the_cpam(responder: FaqResponder) -> None:
    """1 240 € received, no coordination told: another indicator, or the CPAM to ask."""
    reply = to_text(
        respond(
            responder,
            "Pour 2025 j'ai reçu 1 240 € de FAMI. Socle ok, 3 interventions en IME, un étudiant "
            "de 6e année. Mais je ne fais aucune coordination : ni MSP, ni CPTS, ni RCP. Je "
            "dois m'inquiéter ?",
        ).message
    )
    assert f"1{NN}140{NN}€" in reply and "demandez à votre CPAM" in reply


def test_a_gate_missed_says_what_it_costs_in_all(responder: FaqResponder) -> None:
    """The FAMI's FSE under 70 %: the socle and the coordination it gates, 590 € in all;
    the forfait structure says its « au plus 0 € »."""
    fami = to_text(
        respond(
            responder,
            "Reçu seulement 350 € pour le FAMI 2024 (j'avais ma stagiaire de 6e année). Sur "
            "amelipro c'est marqué « taux de télétransmission non atteint », 64 %. J'étais en "
            "MSP. Ça m'a coûté combien ?",
        ).message
    )
    # read as a story (the loss asked is no price): the socle's line says the 590 €
    assert f"n'est pas versé, soit 590{NN}€ de moins en tout." in fami
    fs = to_text(
        respond(responder, "mon taux de FSE est a 60 % en 2025, ca fait quoi ?", "medecin").message
    )
    assert "de moins." not in fs


def test_dentists_stories_asking_something_else_than_a_figure(responder: FaqResponder) -> None:
    """« Mon socle FAMI est validé ? » lists the story (the Web DMP does not validate);
    « qu'est-ce que je dois fournir ? » is open: the entry, not the FSE rate's verdict; the
    patients « qui n'ont pas leur carte » deny no SESAM-Vitale; what brackets list is told
    fine, the horaires are asked of."""
    socle = to_text(
        respond(
            responder,
            "Chirurgien-dentiste : FSE 93 %, MSSanté ok, horaires ok, cahier des charges à jour. "
            "Pour le DMP j'utilise seulement le Web DMP sur internet. Mon socle FAMI est validé ?",
        ).message
    )
    missed = next(x for x in socle.splitlines() if x.startswith("Non atteints"))
    assert "Logiciel métier compatible DMP" in missed
    provide = respond(
        responder,
        "J'ai changé d'éditeur de logiciel dentaire cet été. FSE 88 %, MSS et horaires ok. J'ai "
        "peur que la ligne DMP ne soit pas validée au FAMI. Qu'est-ce que je dois fournir pour "
        "ne pas perdre les 490 € ?",
    )
    assert provide.outcome == "answer" and "justificatif" in to_text(provide.message)
    card = to_text(
        respond(
            responder,
            "Beaucoup de mes patients n'ont pas leur carte, je fais du SESAM sans Vitale : 900 "
            "actes comme ça, plus 1 300 FSE avec carte Vitale, sur 3 000 actes au total. Le "
            "SESAM sans Vitale compte dans le taux FSE du FAMI dentiste ?",
        ).message
    )
    assert "Cahier des charges" not in card.splitlines()[0]
    late = to_text(
        respond(
            responder,
            "On est début décembre 2026 et je n'ai toujours pas rentré les horaires de mon "
            "cabinet dentaire dans l'annuaire santé. Tout le reste est nickel (FSE 90 %, MSS, "
            "DMP, cahier des charges). C'est trop tard pour le FAMI 2026 ?",
        ).message
    )
    assert late.startswith("Horaires du cabinet")
    assert f"Non, pas trop tard{NN}: en décembre 2026" in late


def test_an_aside_s_relative_year_and_a_payment_year_told(responder: FaqResponder) -> None:
    """« (… cette année…) » inside brackets is the year the story names (FAMI 2024): one
    case, its total; « payé en 2026 … ? » asks when each scheme is paid."""
    aside = to_text(
        respond(
            responder,
            "mon taux de teletransmission est a 65% (bcp de papier cette annee...) mais jai "
            "accueilli un etudiant de 6e annee a temps plein. je touche quoi du FAMI 2024 ?",
        ).message
    )
    assert f"Total{NN}: 350{NN}€ pour l'exercice 2024" in aside
    paid = to_text(
        respond(
            responder,
            "si je comprends bien le FS 2025 est payé en 2026 et la donum 2026 aussi en 2026 ? "
            "donc cette année je touche les deux ?",
            "medecin",
        ).message
    )
    assert "Paiement" in paid and "2027" in paid


def test_a_scheme_name_qualifying_the_term_asked_is_not_defined(
    responder: FaqResponder,
) -> None:
    """ "aller vers fami c quoi ?" asks the « aller vers », not what the FAMI is; "FAMI ça
    veut dire quoi ?" and "on me parle du FAMI, ça veut dire quoi ?" still define it."""
    aller = respond(responder, "aller vers fami c quoi exactement ?")
    assert aller.entry is not None and aller.entry.id == "fami_aller_vers_lieux"
    assert not to_text(aller.message).startswith("FAMI")
    for text in ("FAMI ca veut dire quoi deja ?", "on me parle du FAMI, ça veut dire quoi ?"):
        assert to_text(respond(responder, text).message).startswith(f"FAMI{NN}:")


def test_a_negative_claim_checked_is_said_true(responder: FaqResponder) -> None:
    """ "on m'a dit qu'un outil gratuit ça valide pas …, c'est vrai ?": « objectif non
    atteint » says the claim is true; said first in words."""
    reply = to_text(
        respond(
            responder,
            "Un confrère m'a dit que si on fait la visio avec un outil gratuit ça valide pas "
            "l'indicateur vidéotransmission du forfait structure 2023. C'est vrai ?",
        ).message
    )
    assert f"C'est exact{NN}: dans ce cas, l'objectif n'est pas atteint." in reply


def test_the_day_of_a_declaration_is_no_exercice(responder: FaqResponder) -> None:
    """ "FAMI 2025 : j'ai tout déclaré le 15 février 2026 (socle ok + CPTS)": one exercice,
    2025, and its total."""
    reply = to_text(
        respond(
            responder,
            "FAMI 2025 : j'ai tout déclaré le 15 février 2026 (socle ok + CPTS), on est en "
            "décembre et toujours rien sur mon compte. C'est normal ? Je devrais avoir combien ?",
        ).message
    )
    assert f"Total{NN}: 590{NN}€ pour l'exercice 2025" in reply


def test_a_year_of_one_block_and_a_year_aiming_at_all(responder: FaqResponder) -> None:
    """ "juste le volet 1" is the whole case of 2025; "je vise tout" in 2026 is everything."""
    reply = to_text(
        respond(
            responder,
            "Petit forfait pour moi en 2025 : juste le volet 1, 1 960 €. En 2026 je vise tout "
            "dans la Donum, socle + toutes les options. Ça me ferait combien de plus ?",
            "medecin",
        ).message
    )
    assert f"Soit 980{NN}€ de plus en 2026." in reply


def test_items_gone_with_the_scheme_are_the_story_s_not_the_questions(
    responder: FaqResponder,
) -> None:
    """ "… 50 + 25 pts au FS. y a encore un truc pr ça en donum? ça me fait cb en moins":
    the two items told, none of the questions' words, and what they paid."""
    reply = to_text(
        respond(
            responder,
            "la teleconsult (visio) et les objets connectés c'était 50 + 25 pts au FS. y a "
            "encore un truc pr ca en donum? ca me fait cb en moins",
            "medecin",
        ).message
    )
    assert f"n'a aucun de ces indicateurs{NN}: 525{NN}€" in reply


def test_items_kept_as_parts_of_a_donum_item_are_not_gone(responder: FaqResponder) -> None:
    """The DMP and the e-prescriptions are parts of a Donum option: not « aucun de ces
    indicateurs »."""
    reply = to_text(
        respond(
            responder,
            "en 2025 j'avais l'alimentation du DMP et les ordonnances numériques. combien je "
            "perds avec la Donum ?",
            "medecin",
        ).message
    )
    assert "n'a aucun de ces indicateurs" not in reply


def test_all_the_options_planned_against_an_amount_received(responder: FaqResponder) -> None:
    """« le socle et les 3 options » is the whole Donum, set against the 6 055 € received
    for 2025; « devenu un indic en quelle année » asks the indicator's years."""
    reply = to_text(
        respond(
            responder,
            "J'ai touché 6 055 € pour mon forfait structure 2025 (versé cette année). Pour 2026 "
            "avec la Donum je pense valider le socle et les 3 options. Je vais perdre combien "
            "d'une année sur l'autre ?",
            "medecin",
        ).message
    )
    assert f"Soit 3{NN}115{NN}€ de moins en 2026." in reply
    since = to_text(
        respond(
            responder,
            "l'usage de la messagerie mon espace santé avec les patients c'est devenu un indic "
            "en quelle année et ça vaut cb ?",
            "medecin",
        ).message
    )
    assert f"40{NN}points (280{NN}€){NN}: exercices 2022 à 2025." in since


def test_two_years_told_in_one_sentence(responder: FaqResponder) -> None:
    """ "jai touche 6055 € pr le FS 2025, en 2026 je vise le socle et les 3 options, je perd
    cb ?": the clause opening on 2026 is told apart, the last clause asks (last look)."""
    reply = to_text(
        respond(
            responder,
            "jai touche 6055 € pr le FS 2025, en 2026 je vise le socle et les 3 options, je "
            "perd cb ?",
            "medecin",
        ).message
    )
    assert f"Soit 3{NN}115{NN}€ de moins en 2026." in reply


def test_last_year_s_amount_and_this_year_s_addition_in_sms(responder: FaqResponder) -> None:
    """« l an dernier » and « cette annee » date the amount and the addition as written
    years do; « g en plus » is « j'ai en plus » (last look, 3/12)."""
    reply = to_text(
        respond(
            responder,
            "jai deja touche 890 € l an dernier, cette annee g en plus un etudiant de 6e annee, "
            "ca fait cb ?",
            "chirurgien-dentiste",
        ).message
    )
    assert f"Estimation{NN}: 1{NN}240{NN}€ pour l'exercice 2026" in reply


def test_statuses_pasted_from_amelipro_with_slashes_or_bars(responder: FaqResponder) -> None:
    """A list pasted from amelipro separates its items by « / » or « | »; « le reste du volet
    2 n'a pas été déclaré » leaves the items named alone (blind set 152)."""
    pasted = (
        "forfait structure 2023 : Volet 1 : atteint / Usage téléservices : atteint / "
        "Alimentation DMP : atteint / Messagerie Mon espace santé : non atteint / Ordonnances "
        "numériques : atteint / ApCV : non atteint / Prise en charge coordonnée : atteint / "
        "SAS : non atteint. Le reste du volet 2 n'a pas été déclaré. Ça fait combien ?"
    )
    reply = to_text(respond(responder, pasted, "medecin").message)
    assert f"Total{NN}: 4{NN}466{NN}€ (638{NN}points)" in reply
    donum = (
        "Donum 2026, suivi amelipro : socle atteint | CM AT-MP 45 % | DSG 35 % | SPE 32 % | "
        "DMP 12 % | ordonnances numériques 20 % | ApCV 0. Combien il touche au total ?"
    )
    reply = to_text(respond(responder, donum, "medecin").message)
    assert f"Total{NN}: 2{NN}380{NN}€ (340{NN}points)" in reply


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        (  # the points already in euros: the sum put to the test, not the conversion
            "volet 2 2023 : jai la coordination + SAS + maitre de stage, je calcule 370 points "
            "soit 2590 €, c'est bon ?",
            "medecin",
            f"Ensemble{NN}: 2{NN}590{NN}€ (370{NN}points) pour l'exercice 2023",
        ),
        (  # "X + Y = 890 € ?": the asker's sum checked
            "socle FAMI 2024 ok + aller vers (3 interventions en prison) = 890 € ?",
            None,
            f"Non{NN}: 790{NN}€ d'après ce que vous décrivez, et non 890{NN}€.",
        ),
        (  # "=>" and no euro sign (blind dev set 195)
            "tout validé : socle + coordo + aller vers + etudiant => 1240 c bien ca ?",
            "chirurgien-dentiste",
            f"Oui{NN}: c'est bien 1{NN}240{NN}€.",
        ),
    ],
)
def test_a_sum_the_asker_wrote_is_checked(
    responder: FaqResponder, text: str, profession: str | None, said: str
) -> None:
    """The items listed are summed and set against the total the asker wrote (blind set 149)."""
    assert said in to_text(respond(responder, text, profession).message)


def test_what_an_item_missed_would_add_is_said(responder: FaqResponder) -> None:
    """An indicator paid on its own, missed, says what it would add, once its block is met
    when that is not known (blind set 150: « gratter des points, ça vaut combien ? »)."""
    text = (
        "J'ai le logiciel Ségur à jour et mes téléservices tournent bien. J'alimente le DMP à 35 % "
        "et je fais 45 % d'ordonnances numériques. Par contre je n'ai jamais utilisé l'appli carte "
        "Vitale ni envoyé de message à un patient via Mon espace santé. Ça vaut combien ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert (
        "Non atteints : « Application carte Vitale et messagerie de Mon espace santé » (à gagner "
        ": 20 points, soit 140 €, une fois « Indicateurs socles » atteint)." in shown
    )


def test_the_mandatory_part_missed_gates_the_options(responder: FaqResponder) -> None:
    """« si je rate la partie obligatoire du donum … je touche les 420 € de l'option ? »:
    « la partie obligatoire » names the socle, missed; the option is not paid (blind set 149)."""
    rep = respond(
        responder,
        "si je rate la partie obligatoire du donum cette année mais que j'ai 50 % d'alimentation "
        "DMP et 50 % d'ordonnances numériques, je touche au moins les 420 € de l'option ?",
        "medecin",
    )
    assert rep.grounded is not None and rep.grounded.gated
    assert rep.grounded.situation.sans is not None


def test_one_rate_of_the_mean_with_the_socle_named(responder: FaqResponder) -> None:
    """« FSE 55 %, du coup j'ai plus le socle donum ?? »: one rate of the mean has no verdict
    of its own; the socle named beside it no longer hides it (blind set 150)."""
    rep = respond(
        responder,
        "mon taux FSE est a 55% (bcp de patients sans carte vitale), du coup jai plus le socle "
        "donum ??",
        "medecin",
    )
    assert rep.grounded is not None and rep.grounded.situation.composante is not None
    assert rep.grounded.situation.composante.id == "fse"


@pytest.mark.parametrize(
    "text",
    [
        "Pour le FAMI il faut un logiciel référencé Ségur comme les médecins ?",
        "le logiciel Ségur est obligatoire pour le FAMI ?",
        # « aussi » between « faut » and the software (blind set 157)
        "Pour le FAMI il faut aussi un logiciel référencé Ségur comme les médecins ?",
    ],
)
def test_a_scheme_without_segur_does_not_require_it(responder: FaqResponder, text: str) -> None:
    """The FAMI requires software « compatible DMP », none « référencé Ségur »: « Non », and
    the indicator it does require, not « Oui » about it (blind set 150)."""
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.verdict == "non"
    assert rep.fact.lignes[0].replace(NN, " ") == (
        "Non : pas de logiciel « référencé Ségur » exigé ici ; l'indicateur exigé est "
        "« Logiciel métier compatible DMP »."
    )


def test_nothing_changed_then_what_is_in_place(responder: FaqResponder) -> None:
    """« mon organisation ne change pas : logiciel référencé Ségur à jour… »: the negation
    bears on the change, the items after the colon are in place (blind set 153)."""
    text = (
        "Pour 2026 mon organisation ne change pas : logiciel référencé Ségur à jour avec LAP "
        "certifié, dernière version SESAM-Vitale, moyenne DMT/FSE/PSE/AAT autour de 85 %, 35 % de "
        "documents versés au DMP, 45 % d'ordonnances numériques, quelques FSE avec l'appli carte "
        "Vitale et des messages à mes patients via Mon espace santé. En revanche mes CM AT-MP "
        "dématérialisés plafonnent à 10 %. Quel montant puis-je espérer pour la dotation 2026 ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 2 520 € (360 points) pour l'exercice 2026." in shown


def test_an_option_of_counts_says_its_conditions_not_rates(responder: FaqResponder) -> None:
    """The Donum's « appli carte Vitale et messagerie » option asks counts (≥ 1 each): its
    miss says « toutes ses conditions sont exigées », the DMP option's « tous ses taux »
    (last look, 3/12)."""
    counts = to_text(
        respond(responder, "si je loupe l appli carte vitale je perd cb ?", "medecin").message
    )
    assert "(toutes ses conditions sont exigées)" in counts
    rates = to_text(respond(responder, "DMP 20 % en 2026 ça passe ?", "medecin").message)
    assert "(tous ses taux sont exigés)" in rates


def test_someone_elses_sum_names_no_item(responder: FaqResponder) -> None:
    """« Un ami dit 1960 + 140 »: the friend's figures, not the 140 € option met (blind set
    155)."""
    text = (
        "Donum: si j'ai le socle et seulement les CM AT-MP, DSG et SPE au-dessus de 30 %, je "
        "touche combien ? Un ami dit 1960 + 140."
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 2 380 € (340 points) pour l'exercice 2026." in shown


def test_a_total_says_where_the_maximum_itself_is_uncertain(responder: FaqResponder) -> None:
    """The forfait structure 2024's maximum: 7 805 € from its items, 8 141 € from the volet 2
    total the same page announces (883 points): said after the total (blind set 156)."""
    text = (
        "Forfait structure 2024 : j'ai tout validé et on me dit que le max c'est 7 805 €. Un "
        "autre site parle de 8 141 €. Qui a raison ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Au plus 7 805 € avec tous les indicateurs.\nTotal incertain" in shown
    assert "883 points" in shown and "(cgm.com)" in shown


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (
            "pas de CPTS, 3 interventions en EHPAD, pas d'etudiant. Mon comptable m'a estimé "
            "1240 € de FAMI, ca me parait bcp non ?",
            "En effet : 790 € d'après ce que vous décrivez, et non 1 240 €.",
        ),
        (
            "CPTS ok, 3 interventions en EHPAD, un etudiant. Mon comptable m'a estimé 790 € de "
            "FAMI, ca me parait peu non ?",
            "En effet : 1 240 € d'après ce que vous décrivez, et non 790 €.",
        ),
    ],
)
def test_an_amount_doubted_is_checked(responder: FaqResponder, told: str, said: str) -> None:
    """« mon comptable m'a estimé 1240 €, ça me paraît bcp ? »: the total of the story, the
    doubt confirmed first (blind set 155)."""
    text = "dentiste : socle ok, " + told
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert said in shown


def test_an_item_after_ni_is_missed_too(responder: FaqResponder) -> None:
    """« pas d'étudiant ni CPTS »: both missed, the CPTS no longer left out of the list."""
    kb_d = responder.rules.kb.dispositifs[("chirurgien-dentiste", "2025")]
    named = responder.sums._listed("socle ok, pas d'etudiant ni cpts, combien ?", kb_d)
    assert named is not None
    missed = {x.id for x, met, _ in named if not met}
    assert {"accueil_etudiant", "prise_en_charge_coordonnee"} <= missed


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "en 2022 j'avais AAT et DMT au dessus des objectifs mais pas PSE, ni CM AT-MP ni SPE. "
            "ca m'a fait combien pr les teleservices ?",
            f"315{NN}€ (45{NN}points)",
        ),
        (
            "forfait structure 2024: AAT, CM AT-MP, PSE et DMT au dessus des seuils, mais ni SPE "
            "ni DSG. combien pour ce bloc ?",
            f"630{NN}€ (90{NN}points)",
        ),
    ],
)
def test_teleservices_told_one_by_one_pay_their_shares(
    responder: FaqResponder, text: str, total: str
) -> None:
    """The téléservices pay each rate its share: those named met count, those named missed
    do not, and the reply says which is which (it said the whole 110 points lost)."""
    reply = to_text(respond(responder, text).message)
    assert f"Ensemble{NN}: {total}" in reply
    assert f"Atteints{NN}: «{NN}Avis d'arrêt de travail en ligne (AAT){NN}»" in reply


def test_which_pays_more_lists_each_worth_first_the_highest(responder: FaqResponder) -> None:
    """« koi rapporte le plus, le SAS ou la coordination ? »: both items with their worth, the
    one that pays most first, and the block they wait on; the volet named as where they sit
    is no rival."""
    text = "koi rapporte le plus ds le volet 2 en 2023, le SAS ou la coordination (CPTS) ?"
    reply = to_text(respond(responder, text).message)
    assert reply.startswith("Comparaison — Forfait structure 2023")
    assert f"(SAS){NN}» rapporte le plus (200{NN}points, soit 1{NN}400{NN}€)." in reply
    assert f"Puis «{NN}Implication dans la prise en charge coordonnée{NN}» (120" in reply
    text = "FAMI 2025 : koi rapporte le + entre l'etudiant et l'aller vers ?"  # SMS « le + »
    assert to_text(respond(responder, text).message).startswith("Comparaison — Forfait d'aide")
    for text in (  # « vs », « contre », « vaut le plus de points »
        "ordonnances numeriques vs appli carte vitale en 2023 : lequel paie plus ?",
        "Codage des données contre services aux patients en 2024 : lequel vaut le plus de points ?",
    ):
        said = to_text(respond(responder, text, "medecin").message)
        assert said.startswith("Comparaison — Forfait")


def test_the_most_without_two_items_is_a_total(responder: FaqResponder) -> None:
    """« sans le SAS et sans la coordination, le max possible ? »: everything but those two
    (7 805 − 1 400 − 840), not the SAS alone."""
    text = "Forfait structure 2025 sans le SAS et sans la coordination, le max possible ?"
    reply = to_text(respond(responder, text).message)
    assert f"Total{NN}: 5{NN}565{NN}€ (795{NN}points) pour l'exercice 2025." in reply


def test_what_is_missing_asked_first_tells_nothing_missed(responder: FaqResponder) -> None:
    """« Il me manque quoi pour le max 2023 ? J'ai : volet 1, … » asks; the list after it is
    what is met (every item was read as missed)."""
    text = (
        "Il me manque quoi pour le max 2023 ? J'ai : volet 1, téléservices, DMP, messagerie MES, "
        "ordonnances numériques, codage, services patients, maître de stage, visio. Pas d'appli "
        "carte Vitale, pas de DM connectés, pas de SAS, pas de coordination. Combien de points je "
        "laisse sur la table ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Manque à gagner{NN}: 2{NN}695{NN}€ (385{NN}points)" in reply


def test_everything_of_one_bundle_is_its_worth(responder: FaqResponder) -> None:
    """« le bouquet téléservices AAT, …, DSG, ça fait combien si je valide tout ? »: all of
    that indicator (110 points), not the scheme's maximum."""
    text = (
        "forfait structure 2025 : le bouquet téléservices AAT, CM AT-MP, PSE, DMT, SPE, DSG, ça "
        "fait combien si je valide tout ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Ensemble{NN}: 770{NN}€ (110{NN}points)" in reply
    # with the block it waits on, the whole (blind dev set 169)
    assert (
        f"Avec «{NN}Volet 1" in reply and f"{NN}: 2{NN}730{NN}€ (390{NN}points) en tout." in reply
    )


def test_the_prerequisites_named_are_the_required_block(responder: FaqResponder) -> None:
    """« tt les prérequis + stagiaire 6e année » of the FAMI 2024: its socle (490 €) and the
    student (350 €); « les 5 indicateurs » names the same block (five required)."""
    text = "FAMI 2024: tt les prerequis + stagiaire 6e annee, pas de cpts ni msp. montant ?"
    reply = to_text(respond(responder, text).message)
    assert f"Total{NN}: 840{NN}€ pour l'exercice 2024." in reply
    text = "FAMI 2024 : les 5 indicateurs + la CPTS, ça fait combien ?"
    reply = to_text(respond(responder, text).message)
    assert f"Total{NN}: 590{NN}€ pour l'exercice 2024." in reply


def test_several_practitioners_each_with_the_case_multiply_it(responder: FaqResponder) -> None:
    """« on est 2 associés, on valide chacun … au total pour les deux ? »: each one's forfait
    (590 €), then both together; one practitioner alone gets no such line."""
    text = (
        "on est 2 associés dentistes, on valide chacun les 5 indicateurs + la CPTS en 2024. Ca "
        "fait cb de FAMI au total pr les deux ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"2 × 590{NN}€ = 1{NN}180{NN}€" in reply
    alone = to_text(respond(responder, "FAMI 2024 : socle + CPTS, combien ?").message)
    assert "praticiens" not in alone


def test_two_years_told_apart_summed_when_asked(responder: FaqResponder) -> None:
    """« En 2024 socle et 3 interventions ; en 2025 uniquement le socle. Quel total sur les
    deux exercices ? »: each year (790 €, 490 €), then both added up."""
    text = (
        "En 2024 j'ai validé le socle et fait 3 interventions en milieu scolaire REP ; en 2025 "
        "uniquement le socle. Quel total de FAMI sur les deux exercices ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Sur les deux exercices{NN}: 1{NN}280{NN}€." in reply


def test_a_bare_condition_asks_its_worth(responder: FaqResponder) -> None:
    """« Si j'ai juste le socle + le petit bloc ApCV/messagerie ? » (Donum 2026): 300 points,
    not the definition of the ApCV block."""
    text = "Donum 2026 : si jai juste le socle + le petit bloc ApCV/messagerie ?"
    reply = to_text(respond(responder, text).message)
    assert f"Total{NN}: 2{NN}100{NN}€ (300{NN}points)" in reply


def test_items_said_below_their_target_tell_no_target_asked(responder: FaqResponder) -> None:
    """« …, pas de téléservices au seuil). Ça fait combien pour le volet 2 ? »: « au seuil »
    tells a status, it does not ask a target; the sum is given (1 120 € of volet 2)."""
    text = (
        "Pour le Dr M., forfait structure 2024, volet 1 validé. Son relevé : DMP 35 %, messagerie "
        "patients 12 %, ordonnances numériques 45 %, au moins une FSE avec l'appli carte Vitale. "
        "Rien d'autre (pas de SAS, pas de CPTS, pas de téléservices au seuil). Ca fait combien "
        "pour le volet 2 ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Dont 1{NN}120{NN}€ (160{NN}points)" in reply


def test_a_single_intervention_told_after_last_years_amount_is_a_loss(
    responder: FaqResponder,
) -> None:
    """« L'an dernier 890 € (socle + CPTS + aller vers). Cette année une seule intervention,
    le reste pareil »: the « aller vers » is missed this year (− 300 €), not taken up."""
    text = (
        "L'an dernier j'ai eu 890 € de FAMI (socle + CPTS + aller vers). Cette année je n'ai pu "
        "faire qu'une seule intervention en EHPAD, le reste est pareil. Je vais toucher combien ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Estimation{NN}: 590{NN}€" in reply


def test_all_of_the_associates_with_the_case_multiply_it(responder: FaqResponder) -> None:
    """« On est 3 associés, tous avec le socle et tous en MSP. Le cabinet touche combien ? »"""
    text = (
        "On est 3 chirurgiens-dentistes associés, tous avec le socle validé et tous en MSP. Le "
        "cabinet touche combien de FAMI au total ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"3 × 590{NN}€ = 1{NN}770{NN}€" in reply


def test_items_gone_with_the_scheme_asked_if_still_paid_get_a_no(responder: FaqResponder) -> None:
    """« Avec la Donum, ma participation au SAS et ma CPTS rapportent encore quelque chose ? »:
    « Non » first, with what the Donum pays for its own indicators, then what they paid."""
    text = (
        "Avec la Donum, est-ce que ma participation au SAS et ma CPTS rapportent encore quelque "
        "chose comme avant dans le forfait structure ?"
    )
    rep = respond(responder, text, "medecin")
    reply = to_text(rep.message)
    assert rep.fact is not None and rep.fact.verdict == "non"
    said = (
        f"Non{NN}: la dotation numérique (Donum) n'a aucun de ces indicateurs{NN}; "
        "elle verse au plus"
    )
    assert f"{said} 2{NN}940{NN}€" in reply


def test_only_one_block_against_the_maximum_gives_the_gap(responder: FaqResponder) -> None:
    """« jai que le socle, jperds cb par rapport au max ? » (Donum 2026): « j'ai que » tells
    the socle is all, « jperds » is « je perds »; the gap to the 2 940 € is said first."""
    text = "donum 2026 : jai que le socle, jperds cb par rapport au max ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"Manque à gagner{NN}: 980{NN}€ par rapport au maximum (2{NN}940{NN}€)." in reply


def test_condition_run_into_its_question_tells_the_block(responder: FaqResponder) -> None:
    """« si j'ai que le socle je perds combien en 2026 ? » has no comma after the condition:
    the socle is still told met, not asked, and what is lost is the rest of the maximum."""
    text = "si j'ai que le socle je perds combien en 2026 ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"Manque à gagner{NN}: 980{NN}€ par rapport au maximum (2{NN}940{NN}€)." in reply
    assert f"Total{NN}: 1{NN}960{NN}€ (280{NN}points)" in reply


def test_a_pasted_screen_with_bare_non_lines(responder: FaqResponder) -> None:
    """An amelipro screen pasted as « … / Maître de stage non / SAS non / Coordination oui »:
    a bare « non » after an item says it is not met (2023: 760 points, 5 320 €)."""
    text = (
        "Copie de l'écran amelipro du Dr Fabre, forfait structure 2023 : Volet 1 atteint / "
        "Téléservices atteint / DMP non atteint / Messagerie MES non atteint / Ordonnances "
        "numériques atteint / ApCV non atteint / Codage données oui / Services patients oui / "
        "Maître de stage non / Vidéotransmission oui / Équipements connectés non / SAS non / "
        "Coordination oui. Ça fait combien au total ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Total{NN}: 5{NN}320{NN}€ (760{NN}points)" in reply


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # « Rien sur les téléservices, le DMP, … ni le SAS » heads a sentence: each item is
        # missed (they were counted met: 6 741 € instead of 4 515 €); « pas de CPTS ni rien
        # pour la coordo, mais … » is no such head
        (
            "Volet 1 validé en 2023, et dans le volet 2 j'ai seulement coché les indicateurs "
            "déclaratifs : codage des données, services aux patients, maître de stage, visio "
            "sécurisée, objets connectés et coordination. Rien sur les téléservices, le DMP, la "
            "messagerie, les ordonnances numériques, l'ApCV ni le SAS. Ça me fait combien au "
            "total ?",
            f"Total{NN}: 4{NN}515{NN}€ (645{NN}points)",
        ),
        # « (pas équipé avant 2027) »: 2027 in brackets is no second year asked; the list is
        # summed on 2026 (it got the CM AT-MP option's verdict)
        (
            "Pour 2026 je vise le socle de la Donum + l'option DMP/ordonnances numériques, mais "
            "ni l'option CM AT-MP/DSG/SPE ni l'option appli carte Vitale (pas équipé avant "
            "2027). Ça me fait combien au total ?",
            f"Total{NN}: 2{NN}380{NN}€ (340{NN}points)",
        ),
        # « tout le reste » is every other item, and the coordination named twice is not the
        # services aux patients the second time (it was « Total : 0 € »)
        (
            "Exercice 2023. Pas de CPTS ni de MSP dans mon coin, donc pas de coordination. Si je "
            "fais absolument tout le reste, je plafonne à combien ?",
            f"Total{NN}: 7{NN}301{NN}€ (1{NN}043{NN}points)",
        ),
    ],
)
def test_a_list_told_in_sentences_is_read_item_by_item(
    responder: FaqResponder, text: str, total: str
) -> None:
    """Lists told the way people write them (blind sets 174, 176, 162): each item's status
    read from the sentence it is in, an aside's year set apart."""
    reply = to_text(respond(responder, text, "medecin").message)
    assert total in reply


def test_another_years_maximum_asked_after_a_story_is_that_years(responder: FaqResponder) -> None:
    """« En 2025 j'avais … le SAS, la MSP … c'est quoi le maximum que je peux espérer pour
    2026 ? »: the Donum's most, not the 2025 story's total."""
    text = (
        "En 2025 j'avais à peu près tout au forfait structure, dont le SAS, la MSP et la maîtrise "
        "de stage. Concrètement, c'est quoi le maximum que je peux espérer pour 2026 ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2 940 €" in shown and "Total estimé — Forfait structure 2025" not in shown


def test_a_time_gone_by_asks_no_sum(responder: FaqResponder) -> None:
    """« Je ne me souviens plus, ça fait un an » is no « ça fait combien » (blind dev set 62):
    where to declare is answered, not a total of the services the story names."""
    q = (
        "Ma secrétaire veut faire la déclaration du forfait structure à ma place. Elle ne trouve "
        "que les services patients, arrêts de travail, etc. Je ne me souviens plus, ça fait un "
        "an. Par où on passe dans amelipro pour déclarer les indicateurs du forfait structure ?"
    )
    rep = respond(responder, q, "medecin")
    assert rep.fact is None or rep.fact.asked != "montant"
    assert "Total estimé" not in to_text(rep.message)


@pytest.mark.parametrize(
    ("text", "profession", "lines"),
    [
        # blind dev set 184: each item's worth, in the order told, with its gate
        (
            "Madame, Monsieur, pour l'exercice 2023 du forfait structure, pourriez-vous "
            "m'indiquer la valeur en euros de chacun des indicateurs suivants du volet 2 : "
            "capacité à coder les données médicales, amélioration du service offert aux "
            "patients, maîtrise de stage, vidéotransmission sécurisée et équipements médicaux "
            "connectés ?",
            "medecin",
            [
                "« Capacité à coder les données médicales » : 50 points, soit 350 €.",
                "« Services offerts aux patients » : 70 points, soit 490 €.",
                "« Équipements médicaux connectés » : 25 points, soit 175 €.",
                "Versés seulement si « Volet 1 : pré-requis",
            ],
        ),
        # paid without the socle: said so
        (
            "J'accueille une étudiante de 6e année et je fais des dépistages en EHPAD 4 fois par "
            "an. Ça me rapporte combien chacun ?",
            "chirurgien-dentiste",
            [
                "« Accueil d'un étudiant de 6e année en stage actif » : 350 €.",
                "Versés même sans « Indicateurs socles (obligatoires) ».",
            ],
        ),
    ],
)
def test_each_items_worth_asked_is_listed(
    responder: FaqResponder, text: str, profession: str, lines: list[str]
) -> None:
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert "Valeur de chaque indicateur" in shown
    assert all(x in shown for x in lines)


def test_each_one_of_several_practitioners_is_no_item_asked(responder: FaqResponder) -> None:
    """« si chacun valide tout » speaks of each doctor: the total, not each item's worth."""
    text = (
        "On s'est installés à 3 en cabinet de groupe. Pour le forfait structure 2023, si chacun "
        "valide tout le volet 1 et tout le volet 2, ça fait combien par médecin ?"
    )
    shown = to_text(respond(responder, text, "medecin").message)
    assert "Valeur de chaque indicateur" not in shown


def test_a_term_equals_asked_is_no_sum(responder: FaqResponder) -> None:
    """« MSSanté = ? » asks what the term is (blind dev set 140), not « FAMI = ? » a total."""
    q = (
        "MSSanté = ? Une dentiste veut savoir si elle doit envoyer un justificatif pour sa "
        "messagerie pour le FAMI, elle a une BAL mais rien ne s'affiche coché sur amelipro."
    )
    assert "Total estimé" not in to_text(respond(responder, q, "chirurgien-dentiste").message)
    summed = "socle ok + aller vers, FAMI = ?"
    assert "Total" in to_text(respond(responder, summed, "chirurgien-dentiste").message)


def test_one_story_asked_for_two_years_gets_each_total_and_the_gap(
    responder: FaqResponder,
) -> None:
    """« … pas d'étudiant. Combien pour 2023 et combien pour 2024 ? »: each year's total on
    the same story, then how much more (was declined; the gap was « Des montants
    différents »)."""
    text = (
        "dentiste en MSP, socle ok, 3 interventions en EHPAD, pas d'étudiant. Combien pour 2023 "
        "et combien pour 2024 ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "2023 : 590 €." in shown and "2024 : 890 €." in shown
    assert "Soit 300 € de plus en 2024 qu'en 2023." in shown


def test_what_a_refused_proof_lacked_is_no_total(responder: FaqResponder) -> None:
    """« La CPAM a refusé le justificatif, une simple facture. Qu'est-ce qui manquait ? »: the
    proof's content is asked, not the items a total lacks (was a total listing the SAS)."""
    text = (
        "Question d'un médecin : en 2022 il avait un logiciel DMP-compatible mais n'a consulté ni "
        "alimenté aucun DMP de l'année. La CPAM a refusé le justificatif qu'il avait envoyé, une "
        "simple facture. Qu'est-ce qui manquait ?"
    )
    rep = respond(responder, text, "medecin")
    assert rep.fact is None or rep.fact.asked != "somme"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the Donum's options differ (60, 60, 20 points): from the cheapest pair to the dearest
        (
            "Donum 2026 : si je valide le socle et 2 indicateurs optionnels, ça ferait combien ?",
            "entre 2 520 € (360 points) et 2 800 € (400 points)",
        ),
        # the draft's are alike (20 points each): one figure
        (
            "Dans le projet de convention, si je valide le socle et 2 indicateurs optionnels, ça "
            "ferait combien ?",
            ": 2 240 € (320 points)",
        ),
    ],
)
def test_some_options_counted_not_named_give_their_range(
    responder: FaqResponder, text: str, said: str
) -> None:
    """« le socle et 2 indicateurs optionnels »: two of the options, not all of them (was
    2 940 €, every option counted met)."""
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert said in shown and "2 940 € (420 points) pour" not in shown.split("\n")[1]


@pytest.mark.parametrize(
    "text",
    [
        # amelipro's line: the block's name heads its item, whose status follows a dash
        "Sur amelipro, forfait structure 2024, je vois : volet 1 « Taux de télétransmission FSE : "
        "61 % – non atteint », les autres indicateurs du volet 1 OK, et au volet 2 DMP, "
        "ordonnances numériques et SAS validés. Il touchera au moins le volet 2 ?",
        # « raté » split from « volet 1 » after its figure: the block's status still
        "Mon logiciel n'était pas référencé Ségur en 2023 donc volet 1 raté, mais j'ai le SAS et "
        "la coordination. Je touche quoi pour 2023 ?",
    ],
)
def test_a_block_told_missed_pays_nothing_of_what_it_gates(
    responder: FaqResponder, text: str
) -> None:
    """Was a total of 3 920 € / 4 200 €, the volet 1 read as met."""
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 0 € (0 point)" in shown


def test_a_pasted_statement_asked_why_is_read_as_a_story(responder: FaqResponder) -> None:
    """« Socle : non atteint – Prise en charge coordonnée (CPTS) : déclaré – 0 € ». Explication ?
    (blind dev set 190): the statement's total, and what the socle missed gates."""
    text = (
        "Détail FAMI d'une dentiste : « Socle : non atteint – Prise en charge coordonnée "
        "(CPTS) : déclaré – 0 € ». Elle est pourtant bien dans une CPTS. Explication ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert (
        "sans lui, rien n'est versé, pas même « Implication dans la prise en charge coordonnée » "
        "(100 €)" in shown
    )


@pytest.mark.parametrize(
    ("text", "profession", "lines"),
    [
        # blind dev set 204: an item in doubt, both totals
        (
            "fami 2025 : FSE 74 %, MSS oui, logiciel DMP oui, horaires oui, étudiant 6e année "
            "temps plein oui, pas de CPTS. Pour l'addendum SESAM vitale je sais pas si c'est à "
            "jour. Ca fait combien si c'est bon et combien si c'est pas bon ?",
            "chirurgien-dentiste",
            [
                "Total : 350 € pour l'exercice 2025.",
                "Si « Cahier des charges SESAM-Vitale à jour des avenants » est atteint : 840 €.",
            ],
        ),
        # blind dev set 204: one status after a slashed list, each item missed
        (
            "Forfait structure 2023, je remplis vite fait : logiciel segur + LAP oui, FSE 91%, "
            "horaires sur l'annuaire santé oui, je suis en MSP, j'encadre 3 externes, visio "
            "payante oui. Téléservices / DMP / ordo num / apCV / SAS : rien validé. Combien j'ai "
            "touché ?",
            "medecin",
            ["Total : 3 500 € (500 points) pour l'exercice 2023."],
        ),
        # blind dev set 202: the items in brackets answered « à non » after them
        (
            "Dr B., exercice 2023. Volet 1 OK. Volet 2 : usage téléservices atteint, alimentation "
            "DMP atteint, messagerie Mon espace santé non atteint, ordonnances numériques non "
            "atteint, ApCV atteint, SAS atteint. Tous les déclaratifs (codage, coordo, services "
            "aux patients, maitre de stage, visio, objets connectés) à non. Combien de points et "
            "combien d'euros svp ?",
            "medecin",
            ["Total : 5 026 € (718 points) pour l'exercice 2023."],
        ),
        # blind dev set 201: « ça me donne » asks the sum, it names no « données médicales »
        (
            "Si en 2023 j'ai seulement le volet 1 + les téléservices + le DMP, ça me donne "
            "combien ?",
            "medecin",
            ["Total : 3 346 € (478 points) pour l'exercice 2023."],
        ),
        # blind dev set 201: two items compared in euros, the gap said
        (
            "forfait structure 2023 : l'équipement visio sécurisée vs les objets médicaux "
            "connectés, ça fait quelle différence en € ?",
            "medecin",
            [
                "(50 points, soit 350 €)",
                "(25 points, soit 175 €)",
                "Écart : 25 points, soit 175 €.",
            ],
        ),
    ],
)
def test_totals_read_from_pasted_and_doubtful_lists(
    responder: FaqResponder, text: str, profession: str, lines: list[str]
) -> None:
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert all(x in shown for x in lines), shown


def test_pasted_statuses_between_slashes_stay_each_their_own(responder: FaqResponder) -> None:
    """« Prise en charge coordonnée : atteint / SAS : non atteint »: only SAS is missed."""
    text = (
        "Bonjour, secrétariat du Dr Morel (MG). Forfait structure 2023, amelipro affiche : "
        "Volet 1 : atteint / Usage téléservices : atteint / Prise en charge coordonnée : "
        "atteint / SAS : non atteint. Ça fait combien au total svp ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Total : 3 850 € (550 points)" in shown, shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # blind dev set 197: a total, then one's place against the mean
        (
            "Pour 2023 j'ai validé le volet 1, les téléservices, le DMP et la messagerie Mon "
            "espace santé, rien d'autre. Ça fait combien ? Et je suis à combien de la moyenne "
            "nationale ?",
            "Moyenne nationale 2023 : 4 214 € par médecin (selon lequotidiendumedecin.fr et "
            "rofim.fr, à confirmer auprès de votre CPAM) ; 3 626 €, c'est 588 € en dessous de la "
            "moyenne.",
        ),
        # an amount received, set against the mean of its exercice
        (
            "forfait structure 2022 : j'ai eu 3 200 €, je suis à combien de la moyenne ?",
            "3 200 €, c'est 844 € en dessous de la moyenne.",
        ),
    ],
)
def test_own_amount_set_against_the_published_mean(
    responder: FaqResponder, text: str, said: str
) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert said in shown, shown


def test_one_story_two_years_each_total_asked(responder: FaqResponder) -> None:
    """Blind dev set 182: « En 2023 et en 2024 j'avais … Combien j'ai touché chaque année ? »"""
    text = (
        "En 2023 et en 2024 j'avais le socle, j'étais en MSP et je faisais des interventions en "
        "milieu scolaire REP. Combien j'ai touché chaque année ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "2023 : 590 €." in shown and "2024 : 890 €." in shown, shown


@pytest.mark.parametrize(
    "text",
    [
        "en 2024 mes transports en ligne sont à 20 %, j'ai tout le reste. Combien je perds ?",
        "Les bons de transport en ligne j'y arrive pas, en 2024 j'en suis à 20 % seulement, les "
        "ambulanciers veulent du papier. J'ai tout le reste du numérique. Combien je perds avec "
        "ces transports ?",
    ],
)
def test_one_part_of_an_indicator_paid_in_parts_missed_the_rest_met(
    responder: FaqResponder, text: str
) -> None:
    """The SPE missed, « tout le reste » met: its 10 points lost (70 €), not the whole
    téléservices' 110 (the other parts were read missed), nor nothing (the maximum); « les
    ambulanciers » told of is no profession asking."""
    shown = to_text(respond(responder, text, "medecin").message).replace("\u202f", " ")
    assert "Total : 7 735 € (1 105 points) pour l'exercice 2024." in shown
    assert "« Prescription électronique de transport (SPE) »" in shown


def test_a_student_hosted_part_time_is_counted_out_with_the_other_total_beside(
    responder: FaqResponder,
) -> None:
    """The FAMI's student indicator asks for a full-time stay and the guide says nothing of
    another: « à mi-temps seulement » gives the total without her, then with her, and the CPAM
    to ask (it was counted as hosted, 940 €)."""
    text = (
        "FAMI 2024 : socle ok (FSE 88 %), je suis en CPTS, pas d'aller vers. J'ai eu une "
        "étudiante de 6e année mais à mi-temps seulement. Ca fait combien ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 590 € pour l'exercice 2024." in shown
    assert "Si l'accueil à temps partiel est compté : 940 €." in shown
    assert "demandez à votre CPAM" in shown


def test_one_rate_of_the_mean_leaves_the_mean_unknown(responder: FaqResponder) -> None:
    """Blind dev set 212: « 78 % de FSE, … combien en 2026 ? » counted the socle's mean of four
    rates as met; one rate of the four says nothing of the mean ("moyenne 72 %" does)."""
    text = "78 % de FSE, MSS oui, DMP 30% des patients... combien en 2026 ? (MG)"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Atteints : « Services en ligne" not in shown
    assert (
        "« Services en ligne : moyenne des taux DMT, FSE, PSE et AAT ≥ 60 % » (non cité :" in shown
    )


def test_the_same_case_for_two_practitioners_of_a_scm(responder: FaqResponder) -> None:
    """Blind dev set 215: « une SCM de 2 généralistes … pour les deux »: each one's total, then
    their sum."""
    text = (
        "Je m'occupe de la gestion d'une SCM de 2 généralistes. Pour le forfait structure 2023 "
        "ils avaient validé tout le volet 1 et tout le volet 2 (SAS compris), l'un comme "
        "l'autre. Ça fait combien au total pour les deux ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2 × 8 141 € = 16 282 €" in shown


def test_each_year_its_own_story_when_asked_for_both(responder: FaqResponder) -> None:
    """« FAMI 2024 : … En 2025 pareil mais … en plus un étudiant. Combien en 2024 et en
    2025 ? » (blind dev set 218): each year on its own story, the later one carrying the
    earlier one's, not the whole story judged twice."""
    text = (
        "FAMI 2024 : socle ok + MSP + 3 interventions en EHPAD dans l'année. En 2025 pareil mais "
        "j'ai accueilli en plus un étudiant de 6e année à temps plein. Combien en 2024 et en 2025 ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "(FAMI) 2024 et 2025" in shown
    assert "2024 : 890 €." in shown and "2025 : 1 240 €." in shown


@pytest.mark.parametrize(
    ("text", "profession", "total"),
    [
        # an imperative asks the sum (blind dev set 217)
        (
            "Calcule pour mon associé seulement stp : FAMI 2025, socle ok, pas de CPTS ni MSP, 2 "
            "interventions dans un foyer d'hébergement, et accueil d'un étudiant de 6e année à "
            "temps plein.",
            "chirurgien-dentiste",
            "840",
        ),
        # « je te donne les chiffres » names no « données »
        (
            "On est 3 au cabinet, je te donne les chiffres pour le Dr B seulement. Forfait "
            "structure 2025 : volet 1 ok, messagerie MES avec patients 12 %, DMP 31 %, SPE 35 %, "
            "DSG 55 %, AAT 93 %, DMT 96 %. Rien d'autre. Combien ?",
            "medecin",
            "2 975",
        ),
    ],
)
def test_a_sum_asked_otherwise(
    responder: FaqResponder, text: str, profession: str, total: str
) -> None:
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert f"Total : {total} €" in shown


def test_what_the_most_is_above_the_amount_received(responder: FaqResponder) -> None:
    """ "j'ai touché 590 € pour 2024, il me manque quoi pour le max, et combien de plus ?"
    (blind dev set 220): what is missing, and by how much (not for a maximum in doubt)."""
    text = "fami : jai touché 590 pr 2024, il me manque quoi pr avoir le max ? et ca ferait combien"
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert (
        "Au plus 1 240 € avec tous les indicateurs (490 € + 100 € + 300 € + 350 €), soit 650 € "
        "de plus." in shown
    )
    text = "j'ai reçu 3 360 € de forfait structure 2024, il me manque quoi ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "de plus." not in shown


def test_what_hangs_on_the_socle_and_what_stays(responder: FaqResponder) -> None:
    """ "combien dépendent du socle et combien je peux avoir même sans le socle ?" (blind dev
    set 218): the block missed with what waits on it, summed, then what is paid anyway."""
    text = (
        "sur les 1240 € max de la FAMI, combien dépendent du socle et combien je peux avoir même "
        "sans le socle ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "qui en dépend : 590 € en tout." in shown and "Au plus 650 €" in shown


def test_a_follow_up_year_is_the_stories_second_year_with_the_equipment_carried(
    responder: FaqResponder,
) -> None:
    """ "… Combien ? Et en 2026 avec les mêmes taux ?": each year on its own scheme; the
    volet 1 told for 2025 meets the Donum's equipment, as its `correspondances:` say, and the
    reply says so."""
    q = (
        "Forfait structure 2025 avec volet 1, AAT 92, CM AT-MP 55, PSE 91, DMT 95, SPE 35, "
        "DSG 60, DMP 32, messagerie patients 11, ordo numeriques 45 (tous en %), appli CV ok. "
        "Pas de SAS, pas de CPTS, rien de declaratif. Combien ? "
        "Et en 2026 avec les memes taux et FSE 90 % ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 3{NN}850{NN}€" in text
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}940{NN}€" in text
    assert "d'après votre équipement de 2025" in text


def test_equipment_told_for_the_later_year_is_not_said_carried(responder: FaqResponder) -> None:
    q = (
        "En 2025 j'avais volet 1 + DMP + ordonnances numériques au forfait structure. En 2026 "
        "si je fais pareil (et j'ai le socle Donum), je touche combien de moins qu'avant ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert "Soit 140" in text
    assert "d'après votre équipement" not in text


def test_the_year_asked_if_nothing_changes_is_the_story_on_its_own_scheme(
    responder: FaqResponder,
) -> None:
    """ "… Si je fais pareil en 2026 ça donne quoi ?": the 2025 story on the Donum, set against
    the amount the forfait structure paid as told."""
    q = (
        "Sur amelipro mon forfait structure 2025 fait 3 080 € : volet 1, DMP à 35 %, ordonnances "
        "numériques à 45 %, appli carte vitale utilisée, messagerie Mon espace santé à 12 % des "
        "consults. AAT 85 %, PSE 80 %, DMT 88 %, FSE 98 %. CM AT-MP, DSG, SPE quasi zéro. "
        "Si je fais pareil en 2026 ça donne quoi ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"3{NN}080{NN}€ (d'après vous)" in text
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}520{NN}€" in text
    assert f"Soit 560{NN}€ de moins en 2026" in text


@pytest.mark.parametrize(
    ("told", "total"),
    [
        ("DMP 35 %, MES 12 %", f"2{NN}520{NN}€"),  # « MES » in capitals: Mon espace santé
        ("DMP 35 %, mes ordos 10 %", f"2{NN}240{NN}€"),  # « mes »: mine
    ],
)
def test_mon_espace_sante_by_its_capitals(responder: FaqResponder, told: str, total: str) -> None:
    q = f"volet 1 ok 2025, {told}. combien ?"
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: {total}" in text


@pytest.mark.parametrize(
    "told", ["CM AT-MP DSG SPE rien.", "CM AT-MP / DSG / SPE tout sur papier."]
)
def test_a_nought_closing_items_without_a_colon_misses_them(
    responder: FaqResponder, told: str
) -> None:
    q = f"Donum 2026 : logiciel Ségur à jour ok, moyenne 90 %, DMP 40 %, ordos 50 %. {told} Total ?"
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 2{NN}380{NN}€" in text


def test_two_years_keep_the_doubt_on_a_maximum(responder: FaqResponder) -> None:
    q = (
        "J'ai touché 8 141 € pour le forfait structure 2023, tout validé. Pour 2025, si je "
        "valide exactement tout pareil, je touche combien ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2023{NN}: 8{NN}141{NN}€ (d'après vous)" in text
    assert "Total incertain" in text and f"8{NN}141{NN}€) en tout" in text


@pytest.mark.parametrize(
    ("text", "profession", "total"),
    [
        (  # the variation's rate replaces the story's
            "volet 1 ok 2025, ordonnances numériques a 35 % et rien d'autre au volet 2. et si je "
            "monte les ordo numeriques a 40 %, ca me fait combien au total ?",
            "medecin",
            f"2{NN}240{NN}€",
        ),
        (  # an item added to the story, asked without « combien »
            "Donum 2026, socle validé + CM AT-MP, DSG et SPE tous > 30 %. Et si j'ajoute l'appli "
            "carte Vitale + au moins un message MSS à un patient dans l'année ?",
            "medecin",
            f"2{NN}520{NN}€",
        ),
        (  # a part of an indicator paid in parts, merged with the parts told
            "2025 volet 1 ok, DSG a 55 % et SPE a 35 %. et si j'ajoute le CM AT-MP a 50 %, ca "
            "fait combien en plus du volet 1 ?",
            "medecin",
            f"2{NN}257,50{NN}€",
        ),
        (  # one more of what the story counts
            "dentiste, fami 2025 socle ok. jai fait 2 interventions en EHPAD. et si j'en fais "
            "une 3e ca me fait combien au total ?",
            "chirurgien-dentiste",
            f"790{NN}€",
        ),
        (  # « 3 socles sur 5 » is the block missed; the DMP added leaves the messagerie
            "FAMI 2025 : j'ai 3 socles sur 5, il me manque la messagerie sécurisée et le logiciel "
            "compatible DMP. Et si j'ajoute juste le DMP ?",
            "chirurgien-dentiste",
            f"0{NN}€",
        ),
    ],
)
def test_a_variation_asked_on_a_story_changes_what_it_names(
    responder: FaqResponder, text: str, profession: str, total: str
) -> None:
    said = to_text(respond(responder, text, profession).message)
    assert f"Total{NN}: {total} " in said


def test_a_question_telling_its_own_years_case_after_another_year(
    responder: FaqResponder,
) -> None:
    q = (
        "jai touché 4214 € en 2023 comme la moyenne lol. en 2025 avec juste le volet 1 et le "
        "SAS je touche combien ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 3{NN}360{NN}€ (480{NN}points) pour l'exercice 2025." in text


def test_a_follow_up_year_whose_total_waits_on_an_untold_item_is_a_range(
    responder: FaqResponder,
) -> None:
    """The Donum's mean of four rates untold: its total a range, what it waits on, and the gap
    as a range too."""
    q = (
        "en 2025 : volet 1 ok, DMP 35 %, ordos 45 %, appli cv ok, sas ok. combien ? et en 2026 "
        "si je fais pareil ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 4{NN}200{NN}€" in text
    assert f"Dotation numérique (Donum) 2026{NN}: entre 0{NN}€" in text
    assert "Non cités, à connaître" in text
    assert f"Soit entre 1{NN}680{NN}€ et 4{NN}200{NN}€ de moins en 2026." in text


def test_a_failing_rate_told_after_its_block_said_met_misses_the_block(
    responder: FaqResponder,
) -> None:
    """« En 2025 même chose sauf que mon taux … est tombé à 65 % »: the socle told met the
    year before is missed now, and the coordination it gates with it."""
    q = (
        "Chirurgien-dentiste. En 2024 : socle + coordination + aller vers (3 interventions en "
        "EHPAD). En 2025 même chose sauf que mon taux de télétransmission est tombé à 65 % "
        "(lecteur en panne 4 mois). Qu'est-ce que je touche pour 2025 ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 300{NN}€" in text
    assert f"Non atteints{NN}: «{NN}Indicateurs socles (obligatoires){NN}»" in text


def test_the_later_scheme_asked_alone_is_that_year(responder: FaqResponder) -> None:
    """« … Je touche quelque chose avec la Donum ? » after a 2025 and a 2026 story: 2026."""
    q = (
        "En 2025 mon taux de FSE était à 64 %, donc volet 1 KO et 0 € de forfait. En 2026 FSE "
        "toujours 64 % mais DMT 100 %, PSE 100 %, AAT 90 %, logiciel Ségur et SESAM-Vitale à "
        "jour. Je touche quelque chose avec la Donum ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 1{NN}960{NN}€ (280{NN}points) pour l'exercice 2026." in text
    assert "2025" not in text.split("Source")[0]


@pytest.mark.parametrize(
    ("q", "profession", "total"),
    [
        (  # « socle ko » is missed
            "fse a 65pc donc socle ko je sais. mais aller vers ok + etudiant ok. jai combien en "
            "2024 ?",
            "chirurgien-dentiste",
            f"650{NN}€",
        ),
        (  # « au lieu de viser tout le volet 2 »: the volet 2 is not told met
            "volet 1 + tous les téléservices (AAT, CM AT-MP, PSE, DMT, SPE, DSG) au lieu de "
            "viser tout le volet 2, en 2025 ça me fait quel montant ?",
            "medecin",
            f"2{NN}730{NN}€ (390{NN}points)",
        ),
        (  # « FAMI 2024 : 1240. » is every item met; « j'ai plus de stagiaire », no student
            "FAMI 2024 : 1240. En 2025 j'ai arrêté les interventions en EHPAD et j'ai plus de "
            "stagiaire. Il me reste quoi ?",
            "chirurgien-dentiste",
            f"590{NN}€ pour l'exercice 2025.",
        ),
        (
            "FAMI 2024 : 1240. En 2025 j'ai arrêté les interventions en EHPAD et j'ai plus de "
            "stagiaire. Il me reste combien ?",
            "chirurgien-dentiste",
            f"590{NN}€ pour l'exercice 2025.",
        ),
    ],
)
def test_a_story_told_in_these_words_totals(
    responder: FaqResponder, q: str, profession: str, total: str
) -> None:
    text = to_text(respond(responder, q, profession).message)
    assert f"Total{NN}: {total}" in text


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("il me reste quoi ?", True),
        ("il me reste combien ?", True),
        ("il me reste quoi a faire ?", False),  # what to do, no sum
        ("il me reste quoi pour valider ?", False),
    ],
)
def test_what_remains_asks_a_sum_not_what_to_do(text: str, asked: bool) -> None:
    assert bool(ASKS_SUM.search(text)) is asked


def test_the_worth_of_this_indicator_is_no_total(responder: FaqResponder) -> None:
    """« … apparaît « non atteint ». Ça vaut combien cet indicateur ? »: its worth, not 0 €."""
    q = (
        "Bonjour, je suis inscrite sur la plateforme SAS depuis début 2025 et je mets des "
        "créneaux chaque semaine. Sur amelipro l'indicateur SAS du forfait structure apparaît "
        "« non atteint ». Ça vaut combien cet indicateur, quelles sont les conditions exactes "
        "et je peux faire quoi ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Il verse 200{NN}points, soit 1{NN}400{NN}€" in text
    assert "Total" not in text


@pytest.mark.parametrize(
    ("q", "profession", "lines"),
    [
        (
            "bonjour, generaliste. en 2023 jai validé le volet 1 + le SAS. en 2024 pareil plus "
            "la coordo (je suis rentré ds une CPTS). en 2025 pareil sauf le SAS. ca fait cb en "
            "tout sur les 3 ans svp",
            "medecin",
            [
                f"2023{NN}: 3{NN}360{NN}€",
                f"2024{NN}: 4{NN}200{NN}€",
                f"2025{NN}: 2{NN}800{NN}€",
                f"Sur les 3 exercices{NN}: 10{NN}360{NN}€.",
            ],
        ),
        (
            "dentiste. 2023 socle + coordo. 2024 jai raté le socle (66% de teletransmission) mais "
            "javais la coordo et un etudiant de 6e année. 2025 tout bon : socle, coordo, etudiant "
            "et 3 interventions en REP. total sur les 3 ans stp",
            "chirurgien-dentiste",
            [f"2024{NN}: 350{NN}€", f"Sur les 3 exercices{NN}: 2{NN}180{NN}€."],
        ),
        (  # two schemes: each named, the Donum's socle carried from the volet 1
            "2024 : volet 1 + services aux patients + visio payante. 2025 pareil. 2026 pareil, "
            "logiciel à jour et mes 4 taux au-dessus de 80 %, mais aucune des options Donum. "
            "Total sur les 3 ans ?",
            "medecin",
            [
                f"Dotation numérique (Donum) 2026{NN}: 1{NN}960{NN}€",
                f"Sur les 3 exercices{NN}: 7{NN}560{NN}€.",
            ],
        ),
    ],
)
def test_years_told_one_after_another_are_added_up(
    responder: FaqResponder, q: str, profession: str, lines: list[str]
) -> None:
    """A story over three years (« pareil plus », « pareil sauf ») asked « en tout sur les 3
    ans »: each year on its own rules, then the sum."""
    text = to_text(respond(responder, q, profession).message)
    for line in lines:
        assert line in text


def test_what_follows_mais_after_an_exception_is_met(responder: FaqResponder) -> None:
    """« 2025 pareil sauf l'étudiant mais j'ai fait 3 interventions en EHPAD »: the exception
    ends at « mais », the interventions count (890 €, not 590 €)."""
    q = (
        "2024 socle + coordo + étudiant de 6e année. 2025 pareil sauf l'étudiant mais j'ai fait "
        "3 interventions en ehpad. ça fait combien en 2025 ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2025{NN}: 890{NN}€." in text


@pytest.mark.parametrize(
    ("q", "cost"),
    [
        (
            "c koi la perte si jai fait ni ordonnance numerique ni appli carte vitale en 2023 ? "
            "en points et en euros stp",
            f"Manque à gagner{NN}: 560{NN}€ (80{NN}points)",
        ),
        (
            "2024: pas de maître de stage, pas de solution de téléconsult payante. Manque à "
            "gagner sur le forfait structure ?",
            f"Manque à gagner{NN}: 700{NN}€ (100{NN}points)",
        ),
    ],
)
def test_a_miss_costs_its_worth_when_the_block_it_waits_on_is_untold(
    responder: FaqResponder, q: str, cost: str
) -> None:
    """Volet 2 items said missed, the volet 1 untold: what they cost if the volet 1 is met
    (said so), not « 0 € » for lack of a volet 1."""
    text = to_text(respond(responder, q, "medecin").message)
    assert cost in text
    assert "est atteint, le total serait de" in text


def test_a_verb_read_as_an_item_paid_rate_by_rate_gets_no_cost(responder: FaqResponder) -> None:
    """« la fac a arrêté les stages » reads the téléservices' « arrêts de travail »: an item
    paid rate by rate is not costed whole on an untold volet 1."""
    q = (
        "plus d'externe chez moi depuis debut 2025, la fac a arreté les stages dans mon coin. ca "
        "me fait perdre combien sur le forfait structure 2025 ?"
    )
    assert "téléservices" not in to_text(respond(responder, q, "medecin").message).split("\n")[1]


def test_items_lacking_then_the_most_asked_counts_the_rest_met(responder: FaqResponder) -> None:
    """« pas d'étudiant stagiaire et pas d'aller vers. Je peux toucher combien au max ? »:
    the two missed, the rest met (590 €), not a 0 € total with nothing met."""
    q = (
        "Dentiste, FAMI 2025 : pas d'étudiant stagiaire et pas d'aller vers. Je peux toucher "
        "combien au max ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 590{NN}€ pour l'exercice 2025." in text


def test_teleservices_done_on_paper_are_missed(responder: FaqResponder) -> None:
    """« … et CM AT-MP SPE DSG en papier » (Donum 2026): that option is missed (2 380 €);
    « FSE 64 % (visites à domicile en papier) » is a cause told, not an item missed."""
    q = (
        "2026 : logiciel segur a jour, DMT FSE PSE AAT tous au dessus de 90%, DMP vers 35%, "
        "ordo num 45%, jenvoie des msg aux patients ds mon espace santé mais tjrs pas d'appli "
        "carte vitale, et CM AT-MP SPE DSG en papier. la donum 2026 ca me fait combien ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 2{NN}380{NN}€ (340{NN}points)" in text


def test_a_mailbox_closed_asks_no_date(responder: FaqResponder) -> None:
    """« … sauf que ma BAL MSSanté a été fermée en début d'année. Combien pour 2025 ? »: a thing
    closed, told; the total asked (650 €), not a date."""
    q = (
        "En 2024 j'ai eu 1 240 €. 2025 pareil (coordo, 5 interventions en prison, étudiant 6e "
        "année) sauf que ma BAL MSSanté a été fermée en début d'année et je l'ai pas rouverte. "
        "Combien pour 2025 ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2025{NN}: 650{NN}€." in text


def test_every_item_of_a_smaller_year_leaves_the_new_items_untold(
    responder: FaqResponder,
) -> None:
    """« FAMI 2023 : 490 + 100 = 590 €. En 2024 tout pareil plus 4 interventions »: 2023's
    most is its socle and coordination, not 2024's student too (890 €, not 1 240 €)."""
    q = (
        "Chirurgien-dentiste. FAMI 2023 : 490 + 100 coordination = 590 €. En 2024 tout pareil "
        "plus des interventions dans un foyer d'hébergement (4 dans l'année). Ça fait combien "
        "pour 2024 ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 890{NN}€ pour l'exercice 2024." in text


def test_two_of_three_years_told_set_against_each_other(responder: FaqResponder) -> None:
    """« 2024 … 2025 pareil sauf maître de stage. 2026 : socle Donum + CM AT-MP, DSG, SPE.
    Quelle différence entre 2025 et 2026 ? »: 2025 on 2024's story (4 200 €), 2026 on its
    own (2 380 €), the gap (1 820 €)."""
    q = (
        "2024 : volet 1 + coordo + SAS + maître de stage. 2025 pareil sauf maître de stage. "
        "2026 : socle Donum ok + CM AT-MP, DSG et SPE au-dessus de 30 %, rien d'autre (DMP "
        "faible, pas d'apCV). Quelle différence entre 2025 et 2026 ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 4{NN}200{NN}€" in text
    assert f"Soit 1{NN}820{NN}€ de moins en 2026." in text


def test_the_same_usages_carry_a_year_to_the_next_scheme(responder: FaqResponder) -> None:
    """« En 2025 tout validé sauf le SAS. En 2026 je garde exactement les mêmes usages. Je
    perds combien ? »: 2026 on 2025's story (the Donum at its most), the gap."""
    q = (
        "En 2025 j'ai tout validé au forfait structure, volet 1 et tout le volet 2 sauf le SAS. "
        "En 2026 je garde exactement les mêmes usages (tout au max). Je perds combien entre 2025 "
        "et 2026 avec la Donum ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}940{NN}€" in text
    assert f"Soit 3{NN}465{NN}€ de moins en 2026." in text


@pytest.mark.parametrize(
    ("q", "profession", "years", "total"),
    [
        (
            "fami 2025 : socle + coordo + aller vers (3 interventions en ehpad). 2026 pareil mais "
            "sans l aller vers. ca fait cb en tout",
            "chirurgien-dentiste",
            ("890", "590"),
            "1 480",
        ),
        (
            "2025 : volet 1 + maitre de stage + visio securisee + coordo. 2026 : socle donum + les "
            "3 options. combien en tout ?",
            "medecin",
            ("3 500", "2 940"),
            "6 440",
        ),
        # « En 2026 plus de stagiaire »: a year, then what it no longer has
        (
            "Chirurgien-dentiste. FAMI 2025 j'ai tout eu, stagiaire de 6e année compris. En 2026 "
            "plus de stagiaire mais le reste pareil. Total sur les deux ans ?",
            None,
            ("1 240", "890"),
            "2 130",
        ),
    ],
)
def test_two_years_told_apart_are_added_when_the_total_is_asked(
    responder: FaqResponder, q: str, profession: str | None, years: tuple[str, str], total: str
) -> None:
    """« … ça fait cb en tout ? » after two years told apart: each year, then the two added."""
    text = to_text(respond(responder, q, profession).message)
    for amount in years:
        assert f"{amount.replace(' ', NN)}{NN}€" in text
    assert f"Sur les deux exercices{NN}: {total.replace(' ', NN)}{NN}€." in text


@pytest.mark.parametrize(
    ("q", "profession", "total"),
    [
        ("dentiste. FAMI 2024 tout ok (socle + coordination). ca fait bien 590 ?", None, "590"),
        (
            "medecin gé, 2023: tout ok (socle + coordination) et rien d'autre dans le volet 2. ca "
            "fait combien en euros ?",
            None,
            "2 800",
        ),
    ],
)
def test_brackets_after_tout_ok_list_what_it_is(
    responder: FaqResponder, q: str, profession: str | None, total: str
) -> None:
    """« tout ok (socle + coordination) »: those two, not every indicator."""
    text = to_text(respond(responder, q, profession).message)
    assert f"Total{NN}: {total.replace(' ', NN)}{NN}€" in text


def test_a_missed_prerequisite_costs_what_the_block_told_met_would_pay(
    responder: FaqResponder,
) -> None:
    """« tout le volet 2 sauf le SAS, mais FSE 64 % »: the rate costs the volet 1 and the
    volet 2 told met; the SAS, never had, is no part of the loss."""
    q = (
        "Forfait structure 2025 : tout le volet 2 sauf le SAS, mais mon taux FSE est à 64 % (mon "
        "remplaçant faisait tout en papier). Combien je perds ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Manque à gagner{NN}: 6{NN}405{NN}€ (915{NN}points)" in text


@pytest.mark.parametrize(
    ("q", "profession", "lines"),
    [
        # « SPE et DSG non »: both answered « non »; « pareil que 2024 » tells 2025 only
        (
            "MG. 2023: volet 1 ok + les téléservices + appli carte vitale. 2024: volet 1 + AAT, "
            "CM AT-MP, PSE et DMT (SPE et DSG non) + ApCV. 2025: pareil que 2024 + ordonnances "
            "numeriques au dessus du seuil. total sur les 3 ans en euros ?",
            "medecin",
            ("2024{NN}: 2{NN}870{NN}€", "2025{NN}: 3{NN}150{NN}€", "exercices{NN}: 9{NN}310{NN}€"),
        ),
        # « combien chaque année ? » after three years told: each of the three
        (
            "dentiste. 2023 jai eu le socle + la coordo (je suis en CPTS). 2024 pareil + 3 "
            "interventions en ehpad. 2025 pareil que 2024 + jai pris une etudiante de 6e annee a "
            "temps plein. ca me fait combien chaque annee svp",
            None,
            ("2023{NN}: 590{NN}€", "2024{NN}: 890{NN}€", "2025{NN}: 1{NN}240{NN}€"),
        ),
    ],
)
def test_three_years_told_each_on_its_own_story(
    responder: FaqResponder, q: str, profession: str | None, lines: tuple[str, ...]
) -> None:
    text = to_text(respond(responder, q, profession).message)
    for line in lines:
        assert line.format(NN=NN) in text


def test_two_components_said_missed_cost_their_share_only(responder: FaqResponder) -> None:
    """« AAT et PSE non atteints, le reste du volet 2 tout bon »: 2 × 22,5 points, not the
    whole téléservices indicator."""
    q = (
        "fs 2025 : AAT et PSE non atteints (AAT 85%, PSE 70%), le reste du volet 2 tout bon, "
        "volet 1 ok. je perds cb ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Manque à gagner{NN}: 315{NN}€ (45{NN}points)" in text


@pytest.mark.parametrize(
    "q",
    [
        "en 2025 jai eu volet 1 + coordo + SAS, en 2026 pareil sans SAS, ca fait combien au total "
        "sur les 2 ans ?",
        # the closing alone matches an entry: the story's years are kept
        "en 2025 javais volet 1 + coordo + SAS, en 2026 pareil mais sans SAS evidemment. cb au "
        "total sur les 2 ans ?",
    ],
)
def test_the_forfait_structure_told_again_on_the_donum_leaves_its_mean_open(
    responder: FaqResponder, q: str
) -> None:
    """« … en 2026 pareil »: the Donum's software carried from the volet 1, the mean of the
    four rates untold, so 2026 is a range and so is the sum."""
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 4{NN}200{NN}€" in text
    assert f"Dotation numérique (Donum) 2026{NN}: entre 0{NN}€" in text
    assert f"Sur les deux exercices{NN}: entre 4{NN}200{NN}€ et 6{NN}160{NN}€." in text
    assert "moyenne des taux DMT, FSE, PSE et AAT" in text


def test_the_most_over_two_years_joined_by_a_plus_is_summed(responder: FaqResponder) -> None:
    text = to_text(respond(responder, "max fami sur 2025 + 2026 ?", "chirurgien-dentiste").message)
    assert f"Sur les deux exercices{NN}: au plus 2{NN}480{NN}€." in text


@pytest.mark.parametrize(
    ("q", "total"),
    [
        # « volet 2 j'ai fait que du déclaratif : … » heads its items, not the volet 2 whole
        (
            "2023 volet 1 ok. volet 2 jai fait que du declaratif : codage, services aux patients "
            "(coordinatrice de parcours), maitre de stage, visio payante, tensiometre connecte. "
            "total svp",
            "3 675",
        ),
        # « volet 2 j'ai dmp, … » heads what one had of it
        (
            "fs 2023 : volet 1 tout ok (segur+lap, fse, horaires). volet 2 jai dmp, mss mes, ordo "
            "num et apcv mais teleservices rien (aat pse dmt cm atmp spe dsg quasi tout en "
            "papier). ca fait cb au total ?",
            "3 136",
        ),
        # « (dmp mss teleservices ordo apcv) rien du tout »: each one missed
        (
            "2025 volet 1 ok et dans le volet 2 : coordination, stage, visio, objets connectés, "
            "codage, services patients. le numerique (dmp mss teleservices ordo apcv) rien du "
            "tout. combien ?",
            "4 515",
        ),
    ],
)
def test_a_volet_2_heading_and_a_bracket_of_nothing(
    responder: FaqResponder, q: str, total: str
) -> None:
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: {total.replace(' ', NN)}{NN}€" in text


@pytest.mark.parametrize(
    ("q", "lines"),
    [
        # one story of both years, their sum asked
        (
            "chir dentiste, socle ok en 2023 et 2024, pas de coordination (non pas de MSP ni de "
            "CPTS). par contre je fais des interventions en ecole REP+ depuis 2023, 4 ou 5 par an. "
            "total touché sur 2023 + 2024 ?",
            ("2023{NN}: 490{NN}€", "2024{NN}: 790{NN}€", "exercices{NN}: 1{NN}280{NN}€"),
        ),
        (
            "stagiaire 6e annee en 2025 ET en 2026, socle ok les 2 fois, pas de coordo. total "
            "fami ?",
            ("2025{NN}: 840{NN}€", "exercices{NN}: 1{NN}680{NN}€"),
        ),
        # « 2025 : que l'étudiant »: that item alone, the year's whole case
        (
            "je suis dentiste en cumul emploi retraite, pas de logiciel DMP ni de messagerie donc "
            "le socle je l'ai pas. 2024 : 4 interventions en prison + un etudiant de 6e annee a "
            "temps plein. 2025 : que l'etudiant. je touche quelque chose ?",
            ("2024{NN}: 650{NN}€", "2025{NN}: 350{NN}€"),
        ),
    ],
)
def test_two_years_of_one_story_or_one_item_each(
    responder: FaqResponder, q: str, lines: tuple[str, ...]
) -> None:
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    for line in lines:
        assert line.format(NN=NN) in text


def test_a_story_over_three_years_closed_by_combien_sur_les_3_ans(
    responder: FaqResponder,
) -> None:
    """« ça fait combien sur les 3 ans ? »: the years' span asks the sum, « total » unsaid."""
    q = (
        "2023 socle ok pas de coordo. 2024 socle + CPTS + 3 interventions en EHPAD, non pas de "
        "stagiaire. 2025 pareil que 2024 sauf que mon taux FSE est tombé a 66 %. ca fait combien "
        "sur les 3 ans ? (chir dent)"
    )
    text = to_text(respond(responder, q, None).message)
    for line in ("2023{NN}: 490", "2024{NN}: 890", "2025{NN}: 300", "exercices{NN}: 1{NN}680"):
        assert line.format(NN=NN) in text


def test_the_next_year_told_in_a_closing_si(responder: FaqResponder) -> None:
    """« … (volet 1 seul). Si en 2026 je fais socle + toutes les options, j'aurai combien de
    plus ? »: the closing tells 2026's list, the gap is asked."""
    q = (
        "jai eu 1960 pr mon FS 2025 (volet 1 seul). si en 2026 je fais socle + toutes les options "
        "jaurai combien de plus ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}940{NN}€" in text
    assert f"Soit 980{NN}€ de plus en 2026." in text


def test_tout_le_forfait_sauf_then_the_donum_all_green(responder: FaqResponder) -> None:
    """« tout le forfait structure sauf le SAS » is every item but the SAS; « tout au vert »
    on the Donum its most; « une sacrée baisse » asks the gap."""
    q = (
        "en 2025 j'avais tout le forfait structure sauf le SAS. en 2026 avec la donum si je garde "
        "tout au vert je touche cb ? ca fait une sacrée baisse non"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 6{NN}405{NN}€" in text
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}940{NN}€" in text
    assert f"Soit 3{NN}465{NN}€ de moins en 2026." in text


def test_items_joined_are_worth_each_years_rules(responder: FaqResponder) -> None:
    """« DMP + ordonnances numériques : combien en 2025 les deux ensemble, et en 2026 ? »: two
    indicators of the forfait structure, one option of the Donum."""
    q = (
        "DMP + ordonnances numériques : ça me rapportait combien en € en 2025 les deux ensemble, "
        "et combien en 2026 ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 560{NN}€ (80{NN}points)" in text
    assert f"Dotation numérique (Donum) 2026{NN}: 420{NN}€ (60{NN}points)" in text


def test_je_garde_quoi_after_rates_asks_what_is_kept_in_money(responder: FaqResponder) -> None:
    """« … je garde quoi là-dessus ? » after rates told: what they still pay, not which
    documents to keep."""
    q = "2025 : dmp 28 %, ordo num 45 %, apcv fait (qq FSE avec l'appli). je garde quoi la dessus ?"
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Ensemble{NN}: 560{NN}€ (80{NN}points)" in text


def test_mais_en_plus_after_a_year_told_the_same_adds_what_was_missed(
    responder: FaqResponder,
) -> None:
    """« SAS non. En 2024 tout pareil mais en plus je participe au SAS »: the SAS met in 2024
    (« en plus » keeps its clause whole, after « mais »)."""
    q = (
        "Forfait structure 2023 : volet 1 validé. Volet 2 : téléservices oui, DMP oui, messagerie "
        "Mon espace santé non, ordonnances numériques oui, ApCV non, codage oui, CPTS oui, "
        "services aux patients non, maître de stage oui, vidéo téléconsultation oui (solution "
        "payante), objets connectés non, SAS non. En 2024 tout pareil mais en plus je participe "
        "au SAS (2 h/semaine). Combien pour 2023 et pour 2024 ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2023{NN}: 5{NN}516{NN}€ (788{NN}points)" in text
    assert f"2024{NN}: 6{NN}580{NN}€ (940{NN}points)" in text


def test_a_donum_option_beside_the_carried_software_leaves_the_socle_open(
    responder: FaqResponder,
) -> None:
    """« 2025 volet 1 + coordo, en 2026 pareil + option DMP/ordo, cb au total ? »: the software
    carried, the mean of the four rates untold, so 2026 and the sum are ranges (not another
    question's answer)."""
    q = (
        "en 2025 j'avais volet 1 + coordo, en 2026 pareil + option dmp/ordo. "
        "cb au total sur les 2 ans ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 2{NN}800{NN}€" in text
    assert f"entre 0{NN}€ (0{NN}point) et 2{NN}380{NN}€ (340{NN}points)" in text
    assert f"Sur les deux exercices{NN}: entre 2{NN}800{NN}€ et 5{NN}180{NN}€." in text


def test_software_ok_and_an_option_ok_is_a_range(responder: FaqResponder) -> None:
    """« logiciel ok, option DMP ok, ça fait combien ? » on the Donum: the socle's rates
    untold, so between nothing and the socle with the option."""
    text = to_text(
        respond(
            responder, "donum 2026 : logiciel ok, option dmp ok. ça fait combien ?", "medecin"
        ).message
    )
    assert "Services en ligne" in text
    assert f"et 2{NN}380{NN}€ (340{NN}points)" in text


def test_a_year_in_the_heading_is_no_status_of_the_item_after_it(responder: FaqResponder) -> None:
    """« fs 2025 : AAT et PSE pas atteints, le reste du volet 2 tout bon »: « 2025 » tells no
    status of the AAT, so both components are missed (315 € less, not 157,50 €)."""
    q = (
        "fs 2025 : AAT et PSE pas atteints, le reste du volet 2 tout bon, volet 1 ok. "
        "ca me coute combien ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 7{NN}490{NN}€ (1{NN}070{NN}points)" in text
    assert f"soit 315{NN}€ de moins" in text


def test_a_sum_of_the_items_counted_without_their_block_is_confirmed(
    responder: FaqResponder,
) -> None:
    """« volet 1 ok. DMP 32 %, messagerie 12 %, SPE 31 %. J'arrive à 90 pts = 630 €, c'est
    juste ? »: right for the items counted, the total with the volet 1 said beside."""
    q = (
        "Forfait structure 2025, volet 1 ok. DMP 32 %, messagerie avec les patients 12 %. "
        "Et SPE 31 %. J'arrive à 90 pts = 630 €, c'est juste ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert text.split("\n")[1].startswith(f"Oui{NN}: 630{NN}€ pour les indicateurs")
    assert f"2{NN}590{NN}€ en tout" in text


@pytest.mark.parametrize(
    ("q", "profession", "first"),
    [
        (
            "FAMI 2025 : socle ok + CPTS + aller vers en milieu scolaire REP+, "
            "ça fait 890 € c ça ?",
            "chirurgien-dentiste",
            f"Oui{NN}: c'est bien 890{NN}€.",
        ),
        (
            "FS 2023 : volet 1 + DMP + messagerie mon espace santé + ordonnances numeriques + "
            "appli carte vitale. jai calculé 280+48+40+40+40 = 448 pts soit 3 136 €. juste ?",
            "medecin",
            f"Oui{NN}: c'est bien 3{NN}136{NN}€.",
        ),
    ],
)
def test_a_total_reckoned_with_its_sum_is_checked(
    responder: FaqResponder, q: str, profession: str, first: str
) -> None:
    """« ça fait 890 € c ça ? », « jai calculé 280+48+… = 448 pts soit 3 136 € »: the asker's
    total, confirmed or corrected first."""
    text = to_text(respond(responder, q, profession).message)
    assert text.split("\n")[1] == first


def test_everything_but_a_block_with_a_total_reckoned_is_checked(responder: FaqResponder) -> None:
    """« j'ai tout sauf le bloc CM AT-MP / DSG / SPE … je compte … 2 520 €. juste ? »: the
    total reckoned, confirmed (not the missed option's verdict)."""
    q = (
        "Donum : j'ai tout sauf le bloc CM AT-MP / DSG / SPE (je suis a 20 % partout). "
        "je compte 280 + 60 + 20 = 360 pts soit 2 520 €. juste ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert text.split("\n")[1] == f"Oui{NN}: c'est bien 2{NN}520{NN}€."


def test_points_then_euros_of_the_askers_sum_are_checked(responder: FaqResponder) -> None:
    """« visio + objets connectés en 2023 = 75 pts, donc 525 € en plus ? (volet 1 ok) »: right
    for those two, the total with the volet 1 beside."""
    q = "visio securisée + objets connectés en 2023 = 75 pts, donc 525 € en plus ? (volet 1 ok)"
    text = to_text(respond(responder, q, "medecin").message)
    assert text.split("\n")[1].startswith(f"Oui{NN}: 525{NN}€ pour les indicateurs")


@pytest.mark.parametrize(
    ("q", "profession", "first"),
    [
        (
            "volet 1 seulement en 2023 et en 2024, 2 x 1960 = 3 920 € sur les 2 ans c ça ?",
            "medecin",
            f"Oui{NN}: c'est bien 3{NN}920{NN}€ sur les deux exercices.",
        ),
        (
            "FAMI 2024 et 2025 : socle + aller vers (EHPAD) les deux années. J'ai calculé "
            "890 x 2 = 1 780 €. C'est bon ?",
            "chirurgien-dentiste",
            f"Non{NN}: 1{NN}580{NN}€ sur les deux exercices, et non 1{NN}780{NN}€.",
        ),
    ],
)
def test_the_askers_sum_over_two_years_is_checked(
    responder: FaqResponder, q: str, profession: str, first: str
) -> None:
    """« 2 x 1960 = 3 920 € sur les 2 ans c ça ? »: the two years added on their own rules,
    then the asker's sum confirmed or corrected."""
    text = to_text(respond(responder, q, profession).message)
    assert text.split("\n")[1] == first


@pytest.mark.parametrize(
    ("q", "total"),
    [
        (
            "forfait structure 2024 - volet 1 ok, volet 2 tout non (rien fait). je touche cb ?",
            "1 960",
        ),
        (
            "fs 2025 : volet 1 ok, volet 2 juste DMP ok MSS ok, le reste non. ca me fait combien ?",
            "2 520",
        ),
        (
            "fs 2025 : volet 1 ok, volet 2 DMP ok coordo ok, rien d'autre. combien ?",
            "3 080",
        ),
    ],
)
def test_volet_2_heading_its_items_or_denied_whole(
    responder: FaqResponder, q: str, total: str
) -> None:
    """« volet 2 DMP ok coordo ok » heads its items (not the whole block met); « volet 2 tout
    non (rien fait) » is the block missed."""
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: {total.replace(' ', NN)}{NN}€" in text


def test_passages_in_an_ehpad_are_interventions_and_a_bracket_ends_its_item(
    responder: FaqResponder,
) -> None:
    """« aller vers ✓ (5 passages en EHPAD) étudiant ✗ »: five interventions, then the
    student missed (not the « aller vers » taken back by the « non » after the bracket)."""
    q = (
        "FAMI 2026 prévision : socle ✓ coordo ✓ aller vers ✓ (5 passages en EHPAD) étudiant ✗. "
        "ça fera combien ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 890{NN}€" in text


def test_raising_a_rate_first_names_no_sas(responder: FaqResponder) -> None:
    """« … lequel je remonte en premier ? »: « remonter » a rate is no SAS participation
    (whose data « remonte » to the CPAM), so the SAS is not counted met."""
    q = (
        "forfait structure 2024, volet 1 tt ok. DMP 22 ; MSS 12 ; AAT 93 ; PSE 91 ; DMT 96 ; "
        "CM ATMP 41 ; SPE 35 ; DSG 0 ; apcv oui ; ordo num 45. Ca fait combien en tout et "
        "lequel je remonte en premier ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 3{NN}342,50{NN}€" in text
    assert "service d'accès aux soins (SAS)" not in text.split("Non atteints")[0]


@pytest.mark.parametrize(
    ("q", "profession", "lines"),
    [
        (
            "fs 2023 : volet 1 ok + SAS + MSP — fs 2024 : pareil mais jai quitté la MSP en debut "
            "d'annee. cb pr chaque annee svp",
            "medecin",
            ("2023{NN}: 4{NN}200{NN}€", "2024{NN}: 3{NN}360{NN}€"),
        ),
        (
            "dentiste. FAMI 2024 : socle, MSP, pas d'étudiant — 2025 : pareil mais jai pris une "
            "étudiante de 6e annee et quitté la MSP. cb chaque annee ?",
            "chirurgien-dentiste",
            ("2024{NN}: 590{NN}€", "2025{NN}: 840{NN}€"),
        ),
    ],
)
def test_each_year_asked_after_two_stories_split_by_a_dash(
    responder: FaqResponder, q: str, profession: str, lines: tuple[str, str]
) -> None:
    """« fs 2023 : … — fs 2024 : pareil mais j'ai quitté la MSP. cb pr chaque année ? »: the
    dash opens the second year's story; each year on its own rules."""
    text = to_text(respond(responder, q, profession).message)
    for line in lines:
        assert line.format(NN=NN) in text


def test_a_semicolon_opens_the_second_years_story(responder: FaqResponder) -> None:
    """« fs 2025 : volet 1 + DMP + SAS ; donum 2026 : socle ok, option DMP/ordo, pas
    l'ApCV. cb chaque année et cb je perds ? »: each year on its scheme, then the loss."""
    q = (
        "fs 2025 : volet 1 + DMP + SAS ; donum 2026 : socle ok, option DMP/ordo, pas l'ApCV. "
        "cb chaque annee et cb je perds entre les deux ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 3{NN}640{NN}€" in text
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}380{NN}€" in text
    assert f"Soit 1{NN}260{NN}€ de moins en 2026." in text


def test_plus_de_after_a_comma_is_no_longer(responder: FaqResponder) -> None:
    """« … MSP, quatre interventions en établissements REP+ mais plus d'étudiante »: no
    student any more (890 €), not one more."""
    q = (
        "Chirurgien-dentiste. Exercice 2024 : indicateurs socles atteints, exercice en MSP, "
        "accueil d'une étudiante de 6e année à temps plein. Exercice 2025 : indicateurs socles "
        "atteints, MSP, quatre interventions en établissements REP+ mais plus d'étudiante. Quel "
        "montant pour chacun des deux exercices ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 940{NN}€." in text
    assert f"2025{NN}: 890{NN}€." in text


def test_la_diff_after_two_years_is_their_gap(responder: FaqResponder) -> None:
    """« fami 2023 socle + CPTS. fami 2024 socle + CPTS + 3 interventions en ehpad. la
    diff ? »: each year's total, then the gap (not what the rules changed)."""
    q = "fami 2023 socle + CPTS. fami 2024 socle + CPTS + 3 interventions en ehpad. la diff ?"
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2023{NN}: 590{NN}€." in text
    assert f"2024{NN}: 890{NN}€." in text
    assert f"Soit 300{NN}€ de plus en 2024." in text


def test_a_sum_closing_the_message_without_its_unit_is_reckoned(responder: FaqResponder) -> None:
    """« … jai calculé 1960 + 420 + 140 = 2 520 »: the asker's total, though no « € » follows
    it; the story's total is given (the ApCV never used: 2 380 € at most)."""
    q = (
        "Donum 2026 : socle ok (moyenne 65 %), DMP + ordo numeriques a 35 %, l'appli carte "
        "vitale jamais utilisée par contre. jai calculé 1960 + 420 + 140 = 2 520"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2{NN}380{NN}€ (340{NN}points)" in text


def test_each_exercice_asked_in_a_formal_letter_keeps_both_years(responder: FaqResponder) -> None:
    """« Madame, Monsieur, pour le forfait structure 2023 … ; pour 2024, … Pourriez-vous me
    confirmer le montant de chaque exercice ? »: the closing question, answered alone, keeps
    the two years the letter tells; their shared doubt on the maximum is said once."""
    q = (
        "Madame, Monsieur, pour le forfait structure 2023 j'ai validé le volet 1, l'indicateur "
        "SAS et la fonction de maître de stage ; pour 2024, le volet 1, le SAS, le maître de "
        "stage et l'équipement de vidéotransmission. Pourriez-vous me confirmer le montant de "
        "chaque exercice ? Cordialement."
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2023{NN}: 3{NN}710{NN}€ (530{NN}points)." in text
    assert f"2024{NN}: 4{NN}060{NN}€ (580{NN}points)." in text
    q = "fs 2024 socle + CPTS. fs 2025 socle + CPTS + SAS. cb pr chaque année ?"
    text = to_text(respond(responder, q, "medecin").message)
    assert text.count("Total incertain") <= 1


def test_quelle_est_la_difference_entre_les_deux_exercices_is_their_gap(
    responder: FaqResponder,
) -> None:
    """« Quelle est la différence entre les deux exercices ? » after each year's list: the
    two totals and their gap, not what the rules changed between the years."""
    q = (
        "Le Dr D., chirurgien-dentiste, me transmet : 2024, socle validé et rien d'autre. "
        "2025, socle validé, participation à 4 réunions de concertation pluridisciplinaire dans "
        "l'année et 3 interventions dans un foyer d'hébergement. Quelle est la différence entre "
        "les deux exercices ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 490{NN}€." in text
    assert f"2025{NN}: 890{NN}€." in text
    assert f"Soit 400{NN}€ de plus en 2025." in text


def test_difference_between_the_two_years_named_is_their_gap(responder: FaqResponder) -> None:
    """« Différence entre 2025 et 2026 ? » after each of those years' lists: their totals and
    the gap; the Donum's socle untold leaves its year a range, not a confident 0 €."""
    q = (
        "fami 2025 : socle ok, MSP et 3 interventions en EHPAD. fami 2026 : socle ok, MSP, 3 "
        "interventions en EHPAD et une étudiante de 6e année. Différence entre 2025 et 2026 ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2025{NN}: 890{NN}€." in text
    assert f"2026{NN}: 1{NN}240{NN}€." in text
    assert f"Soit 350{NN}€ de plus en 2026." in text
    q = (
        "fs 2025 : volet 1 + DMP + ordonnances numériques, rien d'autre. 2026 mêmes usages "
        "(DMP 35 %, ordo 45 %). Différence entre 2025 et 2026 ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert "Dotation numérique (Donum) 2026" in text
    assert f"Donum) 2026{NN}: 0{NN}€" not in text


def test_a_year_dated_by_its_month_is_an_event_not_the_story_s_year(
    responder: FaqResponder,
) -> None:
    """« Exercice 2023 : … son logiciel Ségur n'a été installé qu'en mars 2024 ; … Exercice
    2024 : … addendum 8 et appli carte Vitale … »: 2024 stays an exercice, the software was
    not there in 2023 (volet 1 missed), and the app read by the software is no ApCV use."""
    q = (
        "Exercice 2023 : LAP certifié, mais son logiciel référencé Ségur n'a été installé "
        "qu'en mars 2024 ; FSE à 90 %, horaires affichés ; CPTS et codage des données. "
        "Exercice 2024 : logiciel Ségur avec LAP, addendum 8 et appli carte Vitale, FSE à 91 %, "
        "horaires affichés ; toujours CPTS et codage, rien d'autre. Quel total pour les deux "
        "exercices ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2023{NN}: 0{NN}€ (0{NN}point), rien n'est versé." in text
    assert f"2024{NN}: 3{NN}150{NN}€ (450{NN}points)." in text


def test_fse_with_the_app_is_the_apcv_used(responder: FaqResponder) -> None:
    """« des FSE avec l'appli » in a Donum list: the app carte Vitale used."""
    q = (
        "Donum 2026 : Ségur + LAP + addendum 8, moyenne des 4 taux à 93 %, DMP 40 %, ordos "
        "55 %, des FSE avec l'appli et des messages aux patients via Mon espace santé. Ça fait "
        "combien ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 2{NN}520{NN}€ (360{NN}points)" in text


def test_an_item_of_a_block_told_met_then_denied_is_missed(responder: FaqResponder) -> None:
    """« socle validé, CPTS, mais la MSSanté a été résiliée » and « …, pas de MSSanté »: the
    item told missed after its block overrides it (the socle missed, the coordination with
    it); the « aller vers » stays paid."""
    q = "fami 2025 : socle validé, cpts, mais la mssante a été résiliée en mars. ça fait combien ?"
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 0{NN}€ pour l'exercice 2025." in text
    q = "fami 2025 : socle validé, cpts, 3 interventions en ehpad, pas de mssante. combien ?"
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 300{NN}€ pour l'exercice 2025." in text


def test_reckonings_with_points_then_a_comma_and_bare_points_after_equals(
    responder: FaqResponder,
) -> None:
    """« calculé 280 + 150 + 200 + 50 = 680 points, soit 4 760 € » is the asker's sum (not a
    claim on the volet 1's points); « téléservices (…, DSG) = 110 » is points, no DSG rate;
    « FSE à 65 % (le reste du socle est bon) »: the rest of the socle met, the FSE not."""
    q = (
        "Pour le forfait structure 2023 j'ai : volet 1 complet, téléservices, SAS et maître de "
        "stage. J'ai calculé 280 + 150 + 200 + 50 = 680 points, soit 4 760 €. Est-ce correct ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Oui{NN}: c'est bien 4{NN}760{NN}€." in text
    q = (
        "Mon calcul pour le forfait structure 2025 : volet 1 = 280, tous les téléservices (AAT, "
        "CM AT-MP, PSE, DMT, SPE, DSG) = 110, DMP + MSS = 80. Total 470 points = 3 290 €. Vous "
        "confirmez ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 3{NN}290{NN}€ (470{NN}points)" in text
    q = (
        "FAMI 2026 : taux de FSE tombé à 65 % (le reste du socle est bon), CPTS et 3 "
        "interventions en EHPAD. Combien ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 300{NN}€ pour l'exercice 2026." in text


def test_no_longer_had_and_hors_patientele_in_lists(responder: FaqResponder) -> None:
    """« elle n'a plus de MSSanté » is the MSS missed (« plus » is no « + »); « SAS (créneaux
    hors patientèle) + services aux patients » keeps the services met (« hors » describes the
    SAS, it excepts nothing)."""
    q = "FAMI 2026 : elle n'a plus de MSSanté, le reste du socle est bon, MSP. Combien ?"
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 0{NN}€ pour l'exercice 2026." in text
    q = (
        "FS 2025 : volet 1 ok + SAS (2 h/sem de créneaux hors patientèle) + services aux "
        "patients. Combien ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 3{NN}850{NN}€ (550{NN}points)" in text


def test_one_story_told_of_2023_comme_2024_is_summed(responder: FaqResponder) -> None:
    """« en 2023 comme en 2024, … Quel est le total des deux exercices ? »: one story judged
    on each year's rules, the two added; « plus de démarche coordonnée » is none."""
    q = (
        "Le Dr M. me transmet : en 2023 comme en 2024, il a validé tous les prérequis du volet 1 "
        "mais aucun indicateur du volet 2. Quel est le total des deux exercices ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Sur les deux exercices{NN}: 3{NN}920{NN}€." in text
    q = "FAMI 2026 : socle validé, plus de démarche coordonnée, 3 interventions en EHPAD. Combien ?"
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 790{NN}€ pour l'exercice 2026." in text


def test_late_takings_back_and_a_dash_ending_the_exception(responder: FaqResponder) -> None:
    """« objets connectés (en fait non pour les objets connectés) » takes the item back;
    « tout bon sauf coordo (…) — socle, aller vers et étudiant ok » excepts the coordination
    only; « J'ai compté 1 240 €, ok ? » is the asker's total, checked."""
    q = (
        "fs 2024: volet 1 ok, maitre de stage, visio, objets connectés (en fait non pour les "
        "objets connectés, l'achat date de 2023). donc 280+50+50 = 380 pts = 2 660 € ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Oui{NN}: c'est bien 2{NN}660{NN}€." in text
    q = (
        "FAMI 2024 : tout bon sauf coordo (pas de MSP, j'ai quitté la CPTS en 2023) — socle, "
        "aller vers et étudiant ok. Donc 490 + 300 + 350 = 1 140 ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Oui{NN}: c'est bien 1{NN}140{NN}€." in text
    q = (
        "FAMI 2024 : j'étais en addendum 7 toute l'année 2024, mise à jour en addendum 8 en "
        "janvier 2025 seulement. Le reste du socle ok + MSP + 3 interventions EHPAD + étudiante "
        "6e année. J'ai compté 1 240 €, ok ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Non{NN}: 650{NN}€ d'après ce que vous décrivez, et non 1{NN}240{NN}€." in text


def test_two_years_say_what_each_year_missed(responder: FaqResponder) -> None:
    """« fs 2023 j'étais à 60 % de télétransmission (MSP ok quand même). fs 2024 … total des 2
    exercices ? »: the bracket is an item of its own, and each year's total is followed by
    what it missed, with the asker's figure and the objective."""
    q = (
        "fs 2023 j'etais a 60% de teletransmission (MSP ok quand meme). fs 2024 FSE 80%, volet 1 "
        "ok, MSP + oxymetre connecté. total des 2 exercices ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2023{NN}: 0{NN}€ (0{NN}point), rien n'est versé." in text
    missed = next(x for x in text.splitlines() if x.startswith("Non atteints en 2023"))
    assert "Taux de télétransmission" in missed and "66,67" in missed
    assert f"Sur les deux exercices{NN}: 2{NN}975{NN}€." in text


def test_equipement_ok_on_the_donum_is_its_software(responder: FaqResponder) -> None:
    """« Donum 2026 : équipement ok, moyenne 64 %, DMP 33 % et ordonnances 35 % »: the kit
    said conforming is the Donum's software item, so the total is exact, not a range."""
    q = (
        "Donum 2026, si au 31/12 j'ai : équipement ok, moyenne téléservices 64 %, DMP 33 % et "
        "ordonnances numériques 35 %, le reste à 0. Ça me ferait combien ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 2{NN}380{NN}€ (340{NN}points) pour l'exercice 2026." in text


def test_phone_two_years_with_v1_and_each_year_asked_tersely(responder: FaqResponder) -> None:
    """« v1 » is the volet 1 (not « Apicrypt V1 »); « cb 2024 cb 2025 » asks each year;
    « sauf teleservices : aat pse ok, dmt 80 … » details the exception, each part told."""
    q = (
        "fs 2024 v1 + aat et cm atmp ok (pse dmt spe dsg non) + mss 12%. 2025 pareil + pse et "
        "dmt ok. cb 2024 cb 2025"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2024{NN}: 2{NN}555{NN}€ (365{NN}points)." in text
    assert f"2025{NN}: 2{NN}870{NN}€ (410{NN}points)." in text
    q = (
        "fs 2023: v1 + tous teleservices + dmp + mss + ordo + apcv + coord. 2024 pareil sauf "
        "teleservices : aat pse ok, dmt 80 cm atmp 40, spe 35 dsg 55 ok. total 2023+2024 ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2024{NN}: 4{NN}375{NN}€ (625{NN}points)." in text
    q = "En 2022 ma seule messagerie c'était Apicrypt V1, le reste du volet 1 bon. Combien ?"
    text = to_text(respond(responder, q, "medecin").message)
    assert "Volet 2" not in text.split("Atteints", 1)[-1].split("\n", 1)[0]


def test_tout_ok_carried_to_a_year_with_new_items_names_the_earlier_items(
    responder: FaqResponder,
) -> None:
    """« fami 2023 fse 65 % sinon tt ok + msp. 2024 fse 75 % et pareil »: « tout » was 2023's
    items; carried to 2024, the « aller vers » and the student (new in 2024) stay untold."""
    q = "fami 2023 fse 65% sinon tt ok + msp. 2024 fse 75% et pareil. total des 2 ans ? dentiste"
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 590{NN}€." in text


def test_a_year_told_by_what_it_no_longer_has_keeps_the_rest(responder: FaqResponder) -> None:
    """« fami 2024 socle + msp. 2025 plus de msp, jai juste mon groupe qualite »: 2025 is
    2024's story without the MSP (a groupe qualité is no coordination)."""
    q = (
        "dentiste. fami 2024 socle + msp. 2025 plus de msp, jai juste mon groupe qualite. cb "
        "2024 et 2025 ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 590{NN}€." in text
    assert f"2025{NN}: 490{NN}€." in text


def test_total_after_two_years_with_the_asker_in_brackets_adds_both(
    responder: FaqResponder,
) -> None:
    """« fami 2025 … 2026 pareil. total ? (dentiste) »: who asks, in brackets after the
    question, is no question; « total ? » after two years adds both."""
    q = (
        "fami 2025 jai arreté la teletransmission, tout en papier, mais 3 interventions ehpad + "
        "etudiant 6e an. 2026 pareil. total ? (dentiste)"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Sur les deux exercices{NN}: 1{NN}300{NN}€." in text


def test_difference_misspelt_is_still_the_gap(responder: FaqResponder) -> None:
    """« Quelle est la diférence entre les deux exercices ? » (one « f »): the two years'
    totals and their gap, as when spelt right."""
    q = (
        "Le Dr M. me transmet : pour 2024, volet 1 validé et MSP ; pour 2025, volet 1 validé, "
        "MSP et maitre de stage. Quelle est la diférence entre les deux exercices ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2025{NN}: 3{NN}150{NN}€ (450{NN}points)." in text
    assert f"Soit 350{NN}€ (50{NN}points) de plus en 2025." in text


def test_en_plus_after_sauf_adds_what_follows(responder: FaqResponder) -> None:
    """« 2026 pareil sauf plus d'étudiant, en plus 4 rcp »: « sauf » reaches the student
    only; the RCP added after « en plus » are met."""
    q = (
        "fami 2025 socle ok + etudiant 6e annee. 2026 pareil sauf plus d'etudiant, en plus 4 "
        "rcp. cb en 2025 et 2026 ? (dentiste)"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2025{NN}: 840{NN}€." in text
    assert f"2026{NN}: 590{NN}€." in text


def test_la_difference_entre_les_2_after_two_schemes(responder: FaqResponder) -> None:
    """« fs 2025 v1 + sas. donum 2026 : … la diferance entre les 2 ? » (seen in a last look,
    answered with the 2025 téléservices): the closing question keeps the story's two years,
    misspelt or not, and gets each total and the gap."""
    q = (
        "fs 2025 v1 + sas. donum 2026 : logiciel segur a jour, dmt 95 fse 98 pse 80 aat 70, dmp "
        "35 ordo 45. la diferance entre les 2 ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 3{NN}360{NN}€ (480{NN}points)." in text
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}380{NN}€ (340{NN}points)." in text
    assert f"Soit 980{NN}€ de moins en 2026." in text


def test_a_closing_question_among_the_close_entries_keeps_the_story_years(
    responder: FaqResponder,
) -> None:
    """« … Quelle différence entre les deux ? » answered by an entry the whole message found
    close too: the story's two years go with it, as for a closing question answered alone."""
    q = (
        "Bonjour, FAMI d'une chirurgienne-dentiste : 2024, socle, interventions « aller vers » "
        "(quatre en milieu scolaire) et étudiante de 6e année ; 2025, plus d'étudiante, mais en "
        "plus adhésion à une CPTS, interventions toujours faites. Quelle différence entre les "
        "deux ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 1{NN}140{NN}€." in text
    assert f"Soit 250{NN}€ de moins en 2025." in text


def test_rate_told_again_the_next_year_is_the_one_judged(responder: FaqResponder) -> None:
    """« 2025 : mêmes résultats, sauf DMT passé à 92 % et CM AT-MP à 52 % » after the 2024
    rates: the later rates count for 2025 (the first ones were kept), with the gap in points."""
    q = (
        "2024 : volet 1 atteint ; AAT 91 %, PSE 93 %, DMT 85 %, CM AT-MP 40 %, SPE 32 %, "
        "DSG 20 % ; DMP 31 % ; maître de stage. 2025 : toujours les mêmes résultats, sauf DMT "
        "passé à 92 % et CM AT-MP à 52 %. Le montant de chaque exercice ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2024{NN}: 2{NN}975{NN}€ (425{NN}points)." in text
    assert f"2025{NN}: 3{NN}290{NN}€ (470{NN}points)." in text
    assert f"Soit 315{NN}€ (45{NN}points) de plus en 2025." in text


def test_a_count_told_after_a_rate_keeps_the_rate() -> None:
    """« DMT 95 %, … mais j'ai 4 000 FSE pour 50 DMT »: a count is no new rate; a later
    percentage is, when asked for (`latest`)."""
    names = {"dmt": RATE_NAMES["dmt"], "fse": RATE_NAMES["fse"]}
    told = "dmt 95 %, fse 98 % mais j'ai 4 000 fse pour 50 dmt"
    assert named_figures(told, names, latest=True).values == {"dmt": 95, "fse": 98}
    again = "dmt 85 %, fse 98 %. en 2025 pareil sauf dmt passe a 92 %"
    assert named_figures(again, names, latest=True).values["dmt"] == 92
    assert named_figures(again, names).values["dmt"] == 85


def test_rates_told_pareil_take_the_year_before_figures(responder: FaqResponder) -> None:
    """« donum 2026 : …, dmp et ordo tjrs pareil » after « fs 2025 : … dmp 40% + ordo num
    50% »: the Donum's DMP and ordonnances rates are 40 % and 50 %, so that option is met."""
    q = (
        "fs 2025 : v1 ok + coord msp + dmp 40% + ordo num 50%. donum 2026 : equipement a jour, "
        "dmt 95 fse 92 pse 85 aat 80, dmp et ordo tjrs pareil, cm atmp dsg spe tous sous 30%, "
        "pas d'apcv. total des 2 annees ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}380{NN}€ (340{NN}points)." in text
    assert f"Sur les deux exercices{NN}: 5{NN}740{NN}€." in text


def test_two_items_side_by_side_are_two_items(responder: FaqResponder) -> None:
    """« v1 ok apcv mss 12% »: the ApCV and the messagerie, not one item."""
    q = "fs 2025 v1 ok apcv mss 12% coord msp et video teleconsult. ca fait combien ?"
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Total{NN}: 3{NN}710{NN}€ (530{NN}points)" in text


def test_que_percoit_il_asks_each_year_total(responder: FaqResponder) -> None:
    """« Que perçoit-il pour chacun des deux exercices ? » (a CIS advisor's wording) asks the
    totals, as « combien touche-t-il ? » does."""
    q = (
        "En 2025, son taux de FSE n'était que de 64 % ; le reste du volet 1 était conforme, avec "
        "le SAS. En 2026 : toujours 64 % de FSE, DMT 90 %, PSE 70 %, AAT 75 %, équipement à "
        "jour, aucun autre indicateur. Que perçoit-il pour chacun des deux exercices ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 0{NN}€" in text
    assert f"Dotation numérique (Donum) 2026{NN}: 1{NN}960{NN}€" in text


def test_semicolon_before_a_scheme_and_its_year_tells_that_year(responder: FaqResponder) -> None:
    """« forfait structure 2025 avec … ; dotation numérique 2026 avec … » in one sentence:
    two years told apart, each its total, and the payment asked after."""
    q = (
        "Pour le Dr T. : forfait structure 2025 avec volet 1, coordination (CPTS) et SAS ; "
        "dotation numérique 2026 avec le socle atteint (équipement à jour, taux DMT, FSE, PSE et "
        "AAT tous au-dessus de 80 %), CM AT-MP 40 %, DSG 35 %, SPE 50 %, appli carte Vitale et "
        "messages Mon espace santé, mais DMP à 20 % seulement. Quels montants pour chaque "
        "exercice, et quand la dotation 2026 sera-t-elle versée ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Forfait structure 2025 (médecins){NN}: 4{NN}200{NN}€" in text
    assert f"Dotation numérique (Donum) 2026{NN}: 2{NN}520{NN}€" in text
    assert "2027" in text


def test_years_total_then_a_deadline_gets_both_answers(responder: FaqResponder) -> None:
    """« fs 2024 … 2025 pareil. cb par an ? et c quand la date limite pr declarer 2025 » : the
    whole message read at once answered the deadline only; each question gets its answer."""
    q = (
        "fs 2024 v1 + equipement video + dm connectés. 2025 pareil. cb par an ? et c quand la "
        "date limite pr declarer 2025 deja"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2024{NN}: 2{NN}485{NN}€" in text and f"2025{NN}: 2{NN}485{NN}€" in text
    assert "08/02/2026" in text


def test_a_figure_for_each_year_in_one_sentence(responder: FaqResponder) -> None:
    """« Taux de FSE : 67 % en 2023, 66 % en 2024. Les autres prérequis sont validés … » : each
    year its own rate, the sentence after for both; « Quel forfait structure pour 2023 et pour
    2024 ? » asks each total."""
    q = (
        "Taux de FSE : 67 % en 2023, 66 % en 2024. Les autres prérequis sont validés les deux "
        "années, ainsi que la coordination (MSP) et l'encadrement d'étudiants. Quel forfait "
        "structure pour 2023 et pour 2024 ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2023{NN}: 3{NN}150{NN}€ (450{NN}points)." in text
    assert f"2024{NN}: 0{NN}€ (0{NN}point), rien n'est versé." in text


def test_sauf_with_new_bare_rates_judges_them(responder: FaqResponder) -> None:
    """« 2025 pareil sauf dmp 33 et mss 11 » after « dmp 28%, mss 9% »: the new rates (bare
    figures read as percentages, MSS too) are judged, both met in 2025."""
    q = (
        "fs 2024: v1, dmp 28%, mss 9%, apcv, ordo 41%, video. 2025 pareil sauf dmp 33 et mss "
        "11. cb chaque an"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2024{NN}: 2{NN}870{NN}€ (410{NN}points)." in text
    assert f"2025{NN}: 3{NN}430{NN}€ (490{NN}points)." in text


def test_hours_no_longer_in_the_annuaire_miss_the_volet_1(responder: FaqResponder) -> None:
    """« 2025 tout pareil sauf que ses horaires n'apparaissent plus dans l'Annuaire santé »:
    the hours are missed in 2025 (so is the volet 1), not read as « + dans l'annuaire »."""
    q = (
        "En 2024, volet 1 complet, SAS, DMP à 33 % et messagerie patients à 12 %. En 2025, tout "
        "pareil sauf que ses horaires n'apparaissent plus dans l'Annuaire santé (jamais "
        "ressaisis après son déménagement). Quel total perçu sur les deux années ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2024{NN}: 3{NN}920{NN}€ (560{NN}points)." in text
    assert f"2025{NN}: 0{NN}€ (0{NN}point), rien n'est versé." in text
    assert "Horaires du cabinet affichés dans l'Annuaire santé" in text


def test_software_left_on_an_old_version_is_not_met(responder: FaqResponder) -> None:
    """« il est resté sur une ancienne version de son logiciel » : the Donum's software item is
    missed, so nothing is paid for 2026."""
    q = (
        "Forfait structure 2025 avec volet 1, DMP 36 %, messagerie 14 %, ordonnances numériques "
        "48 %, ApCV et codage des données. Pour 2026 (Donum), mêmes usages, taux DMT/FSE/PSE/AAT "
        "tous supérieurs à 80 %, mais il est resté sur une ancienne version de son logiciel. "
        "Quel montant total sur 2025 et 2026 ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Dotation numérique (Donum) 2026{NN}: 0{NN}€ (0{NN}point), rien n'est versé." in text


def test_one_block_told_met_is_that_year_whole_case(responder: FaqResponder) -> None:
    """« fami 2023 socle ok + étudiant … 2024 pareil » : 2023 is its socle alone (the student
    is no indicator before 2024), a total of its own, not a reason to give up the story."""
    q = "fami 2023 socle ok + jai pris un etudiant de 6e annee. 2024 pareil. cb 2023 cb 2024 ?"
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2023{NN}: 490{NN}€." in text and f"2024{NN}: 840{NN}€." in text
    # (said, not dropped in silence)
    student = f"«{NN}Accueil d'un étudiant de 6e année en stage actif{NN}»"
    assert f"{student} n'existe pas en 2023{NN}: non compté." in text


@pytest.mark.parametrize(
    ("text", "year", "read"),
    [
        (
            "messagerie : 6 % en 2023, 8 % en 2024, 11 % en 2025. volet 1 ok",
            2024,
            "messagerie : 8 %. volet 1 ok",
        ),
        (
            "2 interventions en EHPAD en 2024 et 4 en 2025. Le reste",
            2025,
            "4 interventions en EHPAD. Le reste",
        ),
        ("DMP 28 % en 2024 puis 35 % l'année d'après. Volet 1", 2025, "DMP 35 %. Volet 1"),
        (
            "Taux AAT 93 % en 2024, 95 % en 2025 ; PSE 91 % puis 88 %",
            2024,
            "Taux AAT 93 % ; PSE 91 %",
        ),
        ("socle ok en 2023 et 2024", 2023, "socle ok en 2023 et 2024"),
    ],
)
def test_figures_told_per_year_read_for_one_year(text: str, year: int, read: str) -> None:
    """Each thing's figures told per year in one sentence, read for one of the years."""
    assert _figures_for(text, year, (2024, 2025)) == read


def test_rates_per_year_in_one_sentence_give_each_year_its_total(
    responder: FaqResponder,
) -> None:
    """« messagerie MES : 6 % en 2023, 8 % en 2024, 11 % en 2025. volet 1 ok chaque année »:
    only 2023 (target 5 %) and 2025 (10 %) pay the messagerie."""
    q = (
        "messagerie MES avec mes patients : 6 % en 2023, 8 % en 2024, 11 % en 2025. volet 1 ok "
        "chaque année, rien d'autre. combien par an et au total ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2024{NN}: 1{NN}960{NN}€" in text and f"2025{NN}: 2{NN}240{NN}€" in text


def test_rcp_counted_with_no_cpts_nor_msp_is_the_coordination(responder: FaqResponder) -> None:
    """« 4 RCP par an (pas de MSP ni CPTS) » : the bracket denies other ways to the
    coordination, the RCP count meets it."""
    q = "fami 2024 socle ok, et pr la coordo je fais 4 RCP par an (pas de MSP ni CPTS). combien ?"
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"Total{NN}: 590{NN}€" in text


def test_plus_de_after_a_comma_takes_back_the_year_before_item(responder: FaqResponder) -> None:
    """« 2024 socle ok + 3 interventions en EHPAD. 2025 socle ok, plus d'EHPAD mais … CPTS » :
    no « aller vers » in 2025 (« plus d'EHPAD » names it weakly, but it was listed so)."""
    q = (
        "Chir dentiste : 2024 socle ok + 3 interventions en EHPAD. 2025 socle ok, plus d'EHPAD "
        "mais je suis entré en CPTS. Total des deux années ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 790{NN}€." in text and f"2025{NN}: 590{NN}€." in text


def test_an_item_had_one_year_only(responder: FaqResponder) -> None:
    """« …, etudiant 6e annee en 2025 seulement » : the student counts in 2025 only."""
    q = (
        "dentiste: socle ok en 2024 et 2025, aller vers ok les 2 ans, etudiant 6e annee en 2025 "
        "seulement. total 2024+2025 stp"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 790{NN}€." in text and f"2025{NN}: 1{NN}140{NN}€." in text
    assert f"Sur les deux exercices{NN}: 1{NN}930{NN}€." in text


def test_sauf_then_what_replaces_it_and_what_stays(responder: FaqResponder) -> None:
    """« 2025 idem sauf que j'ai quitté la MSP (SAS toujours) »: the SAS still counts; « sauf
    l'étudiant, remplacé par trois interventions » : the interventions count."""
    q = (
        "2023 : volet 1 + coordination MSP. 2024 idem + SAS. 2025 idem sauf que j'ai quitté la "
        "MSP (SAS toujours). Combien en 2024, en 2025 et au total des 3 ans ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2025{NN}: 3{NN}360{NN}€" in text and f"{NN}: 10{NN}360{NN}€." in text
    q = (
        "exercice 2024 : socle validé, participation à une CPTS, accueil d'un étudiant de 6e "
        "année ; exercice 2025 : mêmes indicateurs, sauf l'étudiant, remplacé par trois "
        "interventions en établissement pénitentiaire. Le montant de chaque exercice ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 940{NN}€." in text and f"2025{NN}: 890{NN}€." in text


def test_chaque_annee_misspelt_names_no_item(responder: FaqResponder) -> None:
    """« volet 1 ok chaque anée » (seen in a last look: read as the coordination): a time,
    no item."""
    q = (
        "messagerie MES : 6 % en 2023, 9 % en 2024, 12 % en 2025, volet 1 ok chaque anée. "
        "combien par an ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"2023{NN}: 2{NN}240{NN}€ (320{NN}points)." in text
    assert f"2025{NN}: 2{NN}240{NN}€ (320{NN}points)." in text


def test_a_year_after_a_comma_told_by_what_changes(responder: FaqResponder) -> None:
    """« fami 2024 socle ok + 3 RCP, 2025 idem mais 5 RCP » (seen in a last look: one list
    judged on both years, 590 € each): 2024 has 3 RCP only, below the 4 needed."""
    q = (
        "dentiste: fami 2024 socle ok + 3 RCP, 2025 idem mais 5 RCP (pas de cpts). cb en 2024 "
        "et 2025"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"2024{NN}: 490{NN}€." in text and f"2025{NN}: 590{NN}€." in text


@pytest.mark.parametrize(
    ("text", "profession", "total"),
    [
        ("FAMI 2025 : tout ok + CPTS. combien ?", "chirurgien-dentiste", "590"),
        ("FS 2024 : tout ok + SAS. combien ?", "medecin", "3 360"),
        ("FAMI 2025 : tout bon plus la coordo, ça fait combien ?", "chirurgien-dentiste", "590"),
    ],
)
def test_an_item_added_to_tout_makes_it_the_socle(
    responder: FaqResponder, text: str, profession: str, total: str
) -> None:
    # « tout ok + CPTS »: the CPTS is not in « tout », which is then the block all others need
    reply = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert f"Total : {total} €" in reply


@pytest.mark.parametrize(
    ("text", "profession", "lines"),
    [
        # a bracket after a block told met says what it holds, not its one item
        (
            "Donum 2026 : socle ok (tous mes taux au-dessus de 85 %), appli carte Vitale + "
            "messages MES ok. Mais DMP 15 %, ordos 20 %, CM AT-MP 25 %, DSG 0, SPE 12 %. "
            "Combien il me manque pour atteindre le max ?",
            "medecin",
            ["Total : 2 100 €", "soit 840 € de moins"],
        ),
        # « il me manquait combien pour avoir le max ? » after « que le volet 1 »: the gap
        (
            "jai que le volet 1 en 2023, 1 960 €. il me manquait combien pour avoir le max ?",
            "medecin",
            ["Manque à gagner : 6 181 € par rapport au maximum (8 141 €)"],
        ),
        # « je me suis pas planté ? » asks whether one is wrong: said in words, no « Non »
        (
            "forfait structure 2025 : volet 1, DMP, MSS, SAS, coordination. ça fait 4 560 €, "
            "je me suis pas planté ?",
            "medecin",
            ["Il y a une erreur : 4 760 € d'après ce que vous décrivez, et non 4 560 €."],
        ),
        # a figure claimed first, checked by a bare « c juste ? »
        (
            "mon editeur me simule 2 520 € de Donum pr 2026. socle ok, CM AT-MP 40 %, DSG 35 %, "
            "SPE 50 %, appli carte vitale + messagerie MES ok, mais DMP 18 % et ordos 25 %. c "
            "juste ?",
            "medecin",
            ["Oui : c'est bien 2 520 €."],
        ),
        # « tout le socle (…) », declared « en février 2026 », nothing received: the total,
        # then the payment and who to ask
        (
            "Bonjour, dentiste en MSP. Pour le FAMI 2025 j'avais tout le socle (FSE 95 %, MSS, "
            "DMP, horaires, SV à jour) et j'ai tout déclaré en février 2026. On est en décembre "
            "et je n'ai rien reçu. Je devais toucher combien et qui contacter ?",
            "chirurgien-dentiste",
            ["Total : 590 € pour l'exercice 2025.", "contactez votre CPAM"],
        ),
        # what was done « en janvier 2026 » for 2025 dates it, it is no other exercice
        (
            "J'avais oublié de mettre mes horaires dans l'annuaire santé en 2025, je l'ai fait "
            "en janvier 2026. Le reste du volet 1 est ok, et au volet 2 j'ai SAS 2h30 par "
            "semaine et DMP 30,5 %. Ça passe pour le forfait structure 2025 ? sinon combien je "
            "perds",
            "medecin",
            ["Manque à gagner : 3 640 € (520 points)", "Total : 0 €"],
        ),
        # an item put in place « seulement le 20 janvier » after the exercice: not counted,
        # and said so with the exercice's last day
        (
            "FAMI 2024 : horaires saisis dans l'annuaire seulement le 20 janvier 2025. Le reste "
            "du socle ok, FSE 88 %, et 3 interventions en EHPAD. Combien pour 2024 ?",
            "chirurgien-dentiste",
            ["Total : 300 €", "après le 31/12/2024 est compté comme non atteint"],
        ),
        # « déclaré en février 2026 » dates the declaration of 2025, no second exercice
        (
            "J'ai déclaré mon FAMI 2025 (socle, CPTS, étudiant de 6e année) en février 2026 et "
            "toujours rien reçu. Normal ? Je devais toucher combien ?",
            "chirurgien-dentiste",
            ["Total : 940 €", "deuxième trimestre 2026"],
        ),
        # the SAS shown « non atteint » while taken part in: counted, and the pitfall said
        (
            "Je fais 3 h de SAS par semaine depuis 2023, mais amelipro marque le SAS 2024 non "
            "atteint ; mon département n'a pas de plateforme nationale. Volet 1 ok et MSP. "
            "Combien je devrais toucher pour 2024 ?",
            "medecin",
            ["Total : 4 200 €", "contestez auprès de votre CPAM"],
        ),
        # « le reste du volet 1 est ok » is that block's rest, not the téléservices' untold rates
        (
            "FS 2025 : FSE 67 %, le reste du volet 1 est ok. AAT 95 %, PSE 92 %, DMT 91 %, rien "
            "d'autre. Combien ?",
            "medecin",
            ["Total : 2 432,50 € (347,5 points)"],
        ),
        # a block told missed « parce que » a rate under its target: the rate said missed too
        (
            "En 2023 le docteur n'a pas eu le volet 1 parce que son taux de télétransmission "
            "était à 61 %, alors qu'il participait au SAS. Combien touche-t-il ?",
            "medecin",
            ["« Taux de télétransmission ≥ 2/3 » (vous : 61 % ; objectif ≥ 66,67 %)"],
        ),
        # a student « que 2 jours par semaine »: not the full time the indicator asks
        (
            "FAMI 2025 : socle ok, CPTS ok. Mon étudiant de 6e année ne venait que 2 jours par "
            "semaine au cabinet. J'ai droit aux 350 € ?",
            "chirurgien-dentiste",
            ["Total : 590 €", "Si l'accueil à temps partiel est compté : 940 €"],
        ),
        # 2023's téléservices with some rates met, some not: their split is not published
        (
            "FS 2023 : volet 1 ok, téléservices AAT et DMT ok mais pas de PSE ni de SPE. "
            "Combien pour les téléservices ?",
            "medecin",
            ["entre 0 € et 1 050 €, selon la répartition, non publiée", "à confirmer auprès"],
        ),
        # a colleague's figure told after the question is read before it
        (
            "Socle Donum 2026 validé, rien en options (mes taux optionnels sont tous sous 30 %, "
            "pas d'appli carte Vitale, pas de messages aux patients). C'est bien 1 960 € ? Un "
            "collègue me dit 2 800 €.",
            "medecin",
            ["Total : 1 960 € (280 points)"],
        ),
        # items forgotten at the declaration are not paid
        (
            "jai oublié de declarer ma CPTS et mon externe en stage pour le forfait structure "
            "2025 😩 volet 1 etait ok. ca represente combien d'euros perdus ?",
            "medecin",
            ["Manque à gagner : 1 190 € (170 points)", "Total : 1 960 €"],
        ),
    ],
)
def test_a_case_read_as_told(
    responder: FaqResponder, text: str, profession: str, lines: list[str]
) -> None:
    said = to_text(respond(responder, text, profession).message).replace(NN, " ")
    for line in lines:
        assert line in said


def test_only_ever_typed_without_its_ne(responder: FaqResponder) -> None:
    # « jai jamais eu que le volet 1 » (blind dev set 265): only the volet 1, each year
    text = (
        "installe en 2017, jai jamais eu que le volet 1 du forfait structure en 2017 2018 et "
        "2019. ca ma rapporte combien en tout sur ces 3 ans ?"
    )
    shown = to_text(respond(responder, text, "medecin").message)
    assert "Sur les 3 exercices\u202f: 4\u202f795\u202f€." in shown


def test_years_summed_over_a_span_written_with_a_hyphen(responder: FaqResponder) -> None:
    # « Total sur 2023-2025 ? » (blind dev set 263): the three years, then their sum
    text = (
        "FAMI, trois années :\n2023 : socle + coordination (MSP)\n2024 : idem + étudiant 6e "
        "année\n2025 : idem 2024 + 3 interventions en établissement pénitentiaire\n"
        "Total sur 2023-2025 ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert "Sur les 3 exercices\u202f: 2\u202f770\u202f€." in shown


@pytest.mark.parametrize(
    "text",
    [
        # the check asked before the sum (last look, 6/12 ~11 h 50)
        "mon frere medecin touche 4000 e. moi en 2025 volet 1 + cptS + sas, c bon si je compte "
        "280+120+200 = 600 pts soit 4200 e ?",
        # the whole scheme judged, « structure » spelled out
        "fs 2025 : volet 1 ok, msp, sas. ca passe pour le forfait structure ?",
    ],
)
def test_a_case_checked_in_any_order_gets_its_total(responder: FaqResponder, text: str) -> None:
    shown = to_text(respond(responder, text, "medecin").message)
    assert shown.startswith("Total estimé") and "4\u202f200\u202f€" in shown


def test_an_item_of_one_year_only_typed_on_a_phone(responder: FaqResponder) -> None:
    # « 3 intervention en ehpad en 2025 seulemnt » (last look, 6/12 ~12 h 10): not in 2024
    text = (
        "fami 2024 et 2025 socle ok, cpts les 2 ans, 3 intervention en ehpad en 2025 seulemnt. "
        "total 2 ans ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert (
        "2024\u202f: 590\u202f€." in shown
        and "Sur les deux exercices\u202f: 1\u202f480\u202f€." in shown
    )


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # « sauf qu'il a en plus … » adds (blind dev 266, arrival 6/12 ~12 h 30)
        (
            "En 2023 il a validé le volet 1, tous les téléservices (AAT, CM AT-MP, PSE, DMT, SPE, "
            "DSG) et l'alimentation du DMP. En 2024, pareil sauf qu'il a en plus accueilli un "
            "étudiant (maîtrise de stage). Il voudrait le montant de chaque exercice et le total.",
            "6 706 €",
        ),
        # one item stopped, another added in the same « sauf »
        (
            "Un médecin a validé en 2023 : volet 1, ordonnances numériques, appli carte Vitale et "
            "messagerie de Mon espace santé. En 2024 pareil, sauf qu'il a arrêté l'appli carte "
            "Vitale et qu'il s'est en plus équipé d'une solution payante de vidéotransmission. "
            "Quels montants pour 2023, pour 2024, et au total ?",
            "5 670 €",
        ),
        # a qualifier said once after a list is each item's (blind dev 273)
        (
            "Donum 2026 : socle validé, appli carte Vitale et messages Mon espace santé ok. "
            "CM AT-MP, DSG, SPE, DMP et ordonnances numériques tous en dessous. Combien ?",
            "2 100 €",
        ),
        (
            "Socle validé pour 2026. J'ai fait une FSE avec l'appli carte Vitale en mars et "
            "envoyé un message via Mon espace santé. Pour tout le reste (CM AT-MP, DSG, SPE, DMP, "
            "ordonnances numériques) je suis sous les 20 %. Ça me fait combien au total ?",
            "2 100 €",
        ),
        # the loss asked « qu'est-ce que je perds », the why of the rate in brackets (dev 271)
        (
            "FS 2025 : mon taux FSE est tombe a 65% (remplacant qui faisait tout en papier). J'ai "
            "pourtant SAS + CPTS. Qu'est ce que je perds exactement ?",
            "Manque à gagner : 4 200 €",
        ),
        # hearsay on the scheme before the asker's own case (dev 270)
        (
            "On m'a dit que le forfait structure 2025 n'existait plus et qu'il était remplacé par "
            "le Donum. Moi j'ai quand même déclaré pour 2025 : volet 1 ok, CPTS, messagerie Mon "
            "espace santé à 15 %, et je suis maître de stage. Si c'est payé, ça fait combien ?",
            "3 430 €",
        ),
    ],
)
def test_stories_read_as_told_blind_dev_266_273(
    responder: FaqResponder, text: str, total: str
) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert shown.startswith("Total estimé") and total in shown


def test_a_practice_stopped_names_no_sick_note(responder: FaqResponder) -> None:
    # « jai arreté » (no accent, no apostrophe) is the CPTS stopped, not the AAT (dev 266)
    text = "forfait structure : jetais en cpts en 2024, jai arreté en 2025. ca me fait perdre cb ?"
    shown = to_text(respond(responder, text, "medecin").message)
    assert shown.startswith("Implication dans la prise en charge coordonnée")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # « l'annuaire santé » names no messaging of Mon espace santé (dev 270)
        (
            "FS 2024. Volet 1 validé : horaires sur l'annuaire santé. En volet 2 j'ai le SAS. Ça "
            "fait combien au total ?",
            "3 360 €",
        ),
        # « en dessous » said once after two items, no « tous » (dev 269)
        (
            "Médecin qui valide en 2026 le socle Donum, dépasse 30 % sur CM AT-MP, DSG et SPE, et "
            "a l'appli carte Vitale + messages Mon espace santé. Par contre DMP et ordonnances "
            "numériques en dessous. Quel montant annuel ?",
            "2 520 €",
        ),
    ],
)
def test_items_read_once_blind_dev_269_270(responder: FaqResponder, text: str, total: str) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert shown.startswith("Total estimé") and f"Total : {total}" in shown


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        # the total asked after each year, across the switch to the Donum (dev 266)
        (
            "2025 jai eu volet 1 + cpts + maitre de stage + sas. 2026 je passe au donum, jai le "
            "socle et les 2 options a 60 pts mais pas lappli carte vitale. ca fait cb 2025, cb "
            "2026 et total ?",
            "medecin",
            "Sur les deux exercices : 7 350 €.",
        ),
        # « par année » asks each year, the later one changed (dev 266)
        (
            "FAMI 2024 socle validé, coordination CPTS, 4 interventions en EHPAD et une étudiante "
            "de 6e année en stage actif. En 2025 pareil, sauf qu'elle n'a plus d'étudiante. Quel "
            "montant par année et au total ?",
            "chirurgien-dentiste",
            "Sur les deux exercices : 2 130 €.",
        ),
        # « tous les indicateurs du FAMI sont validés »: everything met (dev 258)
        (
            "En 2024, son taux de FSE n'a pas atteint le seuil, mais il a accueilli un étudiant de "
            "6e année à temps plein et réalisé trois interventions en milieu scolaire REP+. En "
            "2025, tous les indicateurs du FAMI sont validés. Quel montant par exercice, et quel "
            "total ?",
            "chirurgien-dentiste",
            "Sur les deux exercices : 1 890 €.",
        ),
    ],
)
def test_each_year_and_their_sum_blind_dev_266(
    responder: FaqResponder, text: str, profession: str, said: str
) -> None:
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert shown.startswith("Total estimé") and said in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # « cette partie » is the list's label (dev 271, 277)
        (
            "FS 2025 teleservices : AAT 88 %, CM AT-MP 55 %, PSE 92 %, DMT 95 %, SPE 25 %, "
            "DSG 60 %. combien en € pr cette partie ?",
            "77,5 points, soit 542,50 €",
        ),
        # one item's worth each year, then their sum (dev 277)
        (
            "Jai rejoint une CPTS début 2023 et j'y suis toujours. Ça m'a rapporté combien au "
            "forfait structure en 2023, en 2024, et au total ?",
            "Sur les deux exercices : 1 680 €",
        ),
    ],
)
def test_the_part_asked_blind_dev_271_277(responder: FaqResponder, text: str, said: str) -> None:
    assert said in to_text(respond(responder, text, "medecin").message).replace(NN, " ")


def test_an_item_denied_this_year_in_a_dated_story(responder: FaqResponder) -> None:
    # « Pas d'étudiant cette année » in a story of the FAMI 2024 is 2024's (blind dev 275)
    text = (
        "FAMI 2024 : j'ai tous les indicateurs socles et je suis dans une CPTS. Côté aller vers "
        "j'ai fait 2 interventions au foyer. Pas d'étudiant cette année. Combien je touche au "
        "total ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Total : 590 € pour l'exercice 2024." in shown


def test_the_loss_asked_typed_on_a_phone(responder: FaqResponder) -> None:
    # « qu est ce que je perds » without its apostrophe (last look, 6/12 ~14 h 15)
    text = "fs 2025 : taux fse 65%. jai pourtant sas + cpts. qu est ce que je perds exactement ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Manque à gagner : 4 200 €" in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # in 2022 the coordination is an item of the volet 1, not the SAS (dev 254, 266)
        ("FS 2022 : volet 1 ok, membre d'une CPTS, DMP ok. Combien ?", ["Total : 3 080 €"]),
        # the volet 1's own BAL MSSanté, not the patients' messaging of the volet 2
        ("FS 2023 : volet 1 ok, MSSanté ok, SAS ok. Combien ?", ["Total : 3 360 €"]),
        # a maison de santé names the coordination, though the BAL's words come first
        ("FS 2019 : volet 1 ok, je suis en maison de santé. Combien ?", ["Total : 2 380 €"]),
        # « la participation au SAS (pas de DMP, …) »: the SAS had, those in brackets missed
        # (dev 281)
        (
            "FS 2023 : volet 1 validé ; en volet 2, la CPTS et la participation au SAS (pas de "
            "DMP, pas d'ordonnances numériques). Combien ?",
            ["Total : 4 200 €"],
        ),
        # one list judged on two exercices, the loss asked: each year's, then both (dev 280)
        (
            "FS 2023 et 2024 : tout validé sauf le SAS. combien j'ai perdu en tout à cause du "
            "SAS ?",
            ["Manque à gagner sur les deux exercices : 2 800 €."],
        ),
        # « ça fait combien au total ? et si j'avais eu le SAS en plus ? » (dev 285)
        (
            "forfait structure 2023 : volet 1 ok + teleservices + DMP + coordo (CPTS) + services "
            "aux patients. ca fait combien au total ? et si j'avais eu le SAS en plus ?",
            ["Total : 4 676 €", "Total : 6 076 €"],
        ),
        # « Pour les téléservices, DMP … je pense que je n'atteins rien »: each missed (dev 284)
        (
            "Forfait structure 2023. Volet 1 validé. Je suis en MSP. Pour les téléservices, DMP, "
            "messagerie et ordonnances numériques je pense que je n'atteins rien. Combien ?",
            ["Total : 2 800 €"],
        ),
        # 2022: « je participe au SAS » is the participation, not the « effectif SAS » points
        # (dev 284)
        (
            "FS 2022 : volet 1 validé, DMP à 20 % atteint, et je participe au SAS. Combien ?",
            ["Total : 4 480 €"],
        ),
    ],
)
def test_cases_read_blind_dev_278_285(responder: FaqResponder, text: str, said: list[str]) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert all(x in shown for x in said)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # « 2024 idem » after a year told, its loss over both asked (dev 280)
        (
            "Forfait structure : 2023 tout validé sauf le SAS, jamais eu. 2024 idem. c koi mon "
            "manque a gagner sur les 2 ans a cause du SAS ?",
            ["Manque à gagner sur les deux exercices : 2 800 €."],
        ),
        # the volet 1's other items untold, the one missed costs the whole (dev 289)
        (
            "En 2023 j'avais pas renseigné mes horaires sur l'annuaire santé et j'ai eu 0 de "
            "forfait structure. A part ca j'avais la coordination (CPTS), un externe en stage et "
            "l'alim DMP validée. Ca m'a couté combien en tout ?",
            ["Manque à gagner : 3 486 €"],
        ),
        # « Message transmis par … : » names no messagerie (dev 289)
        (
            "Message transmis par le secrétariat du Dr B., médecin généraliste : « Pour le "
            "forfait structure 2025, le docteur a le volet 1 validé, DMP 32 %, ordonnances "
            "numériques 41 %, PSE 92 %, DMT 95 %, AAT 91 %, et rien d'autre. Pouvez-vous nous "
            "indiquer le montant attendu ? » Merci",
            ["Total : 2 992,50 €"],
        ),
        # a smiley opens no bracket; « pas pu déclarer » is a miss whose cost is asked (dev 289)
        (
            "jai raté la declaration du forfait structure 2025 :( mon volet 1 etait prérempli et "
            "validé mais jai pas pu déclarer ma CPTS ni mon externe (maitre de stage). C'était "
            "quoi la date limite et ca m'a couté combien ?",
            ["Manque à gagner : 1 190 €", "08/02/2026"],
        ),
        # « jamais envoyé un seul message » is a miss, not a price asked (dev 286)
        (
            "Dotation numérique 2026 : socle ok, bloc CM AT-MP/DSG/SPE ok, bloc DMP/ordonnances "
            "ok, j'ai fait des dizaines de FSE avec l'appli carte Vitale. Mais je n'ai jamais "
            "envoyé un seul message à un patient par la messagerie de Mon espace santé. Ça me "
            "coûte combien ?",
            ["Manque à gagner : 140 €"],
        ),
        # a bracket that only confirms what it follows (dev 286)
        (
            "Rhumato en libéral. 2024 : volet 1 validé. AAT 96 %, PSE 92 %, DMT 91 % (oui j'ai "
            "quelques patients MT), CM AT-MP 20 %, DMP 15 %. Appli carte Vitale utilisée "
            "quelques fois, ordonnances numériques 44 %. J'ai encadré une externe. Rien d'autre. "
            "Ça me fait combien ?",
            ["Total : 3 342,50 €"],
        ),
        # the couple's two professions: the one not told is the other (dev 289)
        (
            "Couple MG / dentiste dans la même CPTS. Elle en 2023 : volet 1 ok + la "
            "coordination, rien d'autre. Moi en 2024 : socle ok + la coordination. On touche "
            "combien chacun ?",
            ["Total : 590 €", "Total : 2 800 €", "Pour l'autre praticien :"],
        ),
        # « si je valide tout, socle et optionnels »: everything, the maximum (dev 291)
        (
            "Dotation numérique (Donum) 2026 : quel est le montant maximal si je valide tout, "
            "socle et optionnels ?",
            ["Total : 2 940 €"],
        ),
        # « il me manque quoi pour le max ? »: what remains, said first (dev 292)
        (
            "simu Donum 2026 = 2800 €, socle + les deux blocs à 60 points. il me manque quoi "
            "pour le max ?",
            [
                "Reste à obtenir : « Application carte Vitale et messagerie de Mon espace santé » "
                "(20 points, soit 140 €)."
            ],
        ),
        # « combien au total avec le volet 1 ? »: the block the question adds, met (dev 293)
        (
            "et si jai tout le volet 2 2023 sauf le SAS, ça fait combien au total avec le "
            "volet 1 ?",
            ["Total : 6 741 €"],
        ),
        # « vol1 », « cmatmp » typed on a phone (dev 297)
        (
            "fs 2025: vol1 ok. dmp 40 mss 2 aat 97 cmatmp 70 pse 95 dmt 99 spe 45 dsg 55 apcv oui "
            "ordo 60. cpts oui, sas oui, codage oui. pas de stage pas de visio pas d'objets "
            "connectés pas de services patients. total stp",
            ["Total : 6 160 €"],
        ),
        # an item's acronym in brackets after its name, denied with it (dev 295)
        (
            "Pour 2024, le Dr Colin atteint les objectifs arrêt de travail en ligne, CM AT-MP, "
            "protocole de soins électronique et déclaration médecin traitant, mais pas la "
            "prescription électronique de transport (SPE) ni la déclaration de grossesse. "
            "Combien lui rapportent les téléservices cette année-là ?",
            ["Ensemble : 630 € (90 points)"],
        ),
        # « rien d'automatique à part ça »: no measured item either (dev 297)
        (
            "Volet 1 ok en 2025. En volet 2 j'ai déclaré : codage des données, services aux "
            "patients (IDE Asalée), maître de stage, visio payante et un oxymètre connecté. "
            "Rien d'automatique à part ça. Combien pour ces 5 indicateurs ?",
            ["Dont 1 715 € (245 points)"],
        ),
        # « d'ici le 31/12 » is a day, not « 4/12e » of the forfait (dev 318)
        (
            "Dr L., médecin généraliste. Mes taux 2026 à fin novembre : DMT 92 %, FSE 98 %, PSE "
            "85 %, AAT 75 %. CM AT-MP 40 %, DSG 50 %, SPE 35 %. Alimentation DMP 20 %, "
            "ordonnances numériques 45 %. J'ai fait des FSE avec l'appli carte Vitale mais je "
            "n'ai jamais envoyé de message à un patient via Mon espace santé. Logiciel Ségur "
            "avec LAP et addendum 8 ok. Si rien ne bouge d'ici le 31/12, je touche combien ?",
            ["Total : 2 380 € (340 points) pour l'exercice 2026."],
        ),
        # « à 100 % du forfait structure 2025 sauf le SAS » is everything but the SAS (dev 314)
        (
            "Bonsoir, j'étais à 100% du forfait structure 2025 sauf le SAS (je fais pas de "
            "régulation). Avec le Donum 2026, si je fais tout pareil, je vais perdre combien à "
            "peu près ?",
            ["Forfait structure 2025 (médecins) : 6 405 € (915 points).", "3 465 € de moins"],
        ),
        # « vous pouvez estimer ce que chacun va toucher ? » after two doctors' lines (dev 316)
        (
            "Je colle le tableau de 2 médecins du cabinet, exercice 2024. Dr X : volet 1 atteint "
            "; DMP 35 % ; MSS patients 12 % ; ordonnances numériques 45 % ; ApCV 3 FSE ; rien "
            "d'autre. Dr Y : volet 1 non atteint (FSE 58 %), mais participe au SAS. Vous pouvez "
            "estimer ce que chacun va toucher ?",
            ["Pour le Dr X", "Total : 3 080 € (440 points)", "Pour le Dr Y", "Total : 0 €"],
        ),
        # « mon associé pareil mais … quel écart entre nous ? »: each one's case (dev 321)
        (
            "FAMI 2024 : moi socle ok + CPTS + etudiant de 6e annee. mon associé pareil mais il "
            "fait en plus des interventions en EHPAD (5 ds l'annee). quel ecart entre nous ?",
            ["Pour vous", "Total : 940 €", "Pour votre associé", "Total : 1 240 €"],
        ),
        # a total checked: « ça fait 990 € si je compte bien ? », « … : 840 € ? » (dev 323)
        (
            "fami : socle + coord + aller vers ca fait 990 € si je compte bien ?",
            ["890 € d'après ce que vous décrivez, et non 990 €"],
        ),
        (
            "fami : socle + etudiant 6e annee, sans cpts ni aller vers : 840 € ?",
            ["Oui : c'est bien 840 €."],
        ),
        # « j'alimente le DMP (objectif atteint) » tells a target met, it asks none (dev 322)
        (
            "volet 1 validé en 2023. j'alimente le DMP (objectif atteint), j'ai fait des FSE avec "
            "l'apcv, je suis en MSP et maitre de stage. rien d'autre. ca fait combien mon forfait "
            "2023 ?",
            ["Total : 3 766 € (538 points) pour l'exercice 2023."],
        ),
        # « sans rien perdre d'autre » keeps the rest; « paraît » is no « part » of a rate
        (
            "Cabinet comptable. Notre client, le Dr Petit, a validé pour l'exercice 2024 : volet "
            "1, alimentation DMP, messagerie Mon espace santé, appli carte Vitale et ordonnances "
            "numériques. En 2025 il a en plus commencé à participer au SAS (inscrit, 2 h par "
            "semaine ouvertes) sans rien perdre d'autre. Quel montant faut-il provisionner pour "
            "2025 et quel est l'écart avec 2024 ?",
            ["2025 : 4 480 € (640 points).", "1 400 € (200 points) de plus en 2025"],
        ),
        (
            "Je veux vérifier un montant qui me parait bizarre. Forfait structure 2022 : les 6 "
            "indicateurs du volet 1 validés, je suis en CPTS. Au volet 2 : alimentation du DMP "
            "au-dessus de la cible et participation au SAS (indicateur 8). C'est tout : pas de "
            "messagerie avec les patients, pas d'effectif SAS, aucun téléservice atteint. Je "
            "devais toucher combien de points et d'euros ?",
            ["Total : 4 480 € (640 points) pour l'exercice 2022."],
        ),
        # lines pasted from amelipro, each with its status, the secretary signing (dev 326)
        (
            "Bonjour, pour le Dr Caron, exercice 2024, extrait amelipro :\nVolet 1 : atteint\n"
            "DMP 34 % (cible 30 %) atteint\nMessagerie MES 6 % (cible 10 %) non atteint\nAAT "
            "93 % atteint / CM AT-MP 41 % non / PSE 95 % atteint / DMT 97 % atteint / SPE 12 % "
            "non / DSG non\nApCV atteint, ordonnances numériques 45 % atteint\nCoordination "
            "atteint, tout le reste non atteint (SAS compris)\nIl demande le total en euros. "
            "Cordialement, Mme Diallo, secrétaire médicale",
            ["Total : 4 112,50 € (587,5 points) pour l'exercice 2024."],
        ),
        (
            "Bonjour, je transmets pour le Dr Lemaire (MG), exercice 2023, copié depuis amelipro "
            ":\nVolet 1 : atteint\nUsage téléservices : atteint\nAlimentation DMP : atteint\n"
            "Messagerie Mon espace santé : atteint\nOrdonnances numériques : atteint\nApCV : "
            "atteint\nCodage données médicales : non atteint\nCoordination : non atteint\n"
            "Services aux patients : non atteint\nMaître de stage : non atteint\n"
            "Vidéotransmission : non atteint\nÉquipements connectés : non atteint\nSAS : non "
            "atteint\nIl veut savoir combien de points et combien d'euros au total.",
            ["Total : 4 186 € (598 points) pour l'exercice 2023."],
        ),
        # « Socle validé ? » closing a story: the block judged on all its items (dev 326)
        (
            "Dr Perrin, Donum 2026 : logiciel Ségur à jour + LAP certifié, mais sa version "
            "SESAM-Vitale n'a pas l'addendum 8 (pas d'appli carte Vitale). Ses 4 taux font 85 % "
            "de moyenne. Socle validé ?",
            ["« Indicateurs socles (tous requis) » : non atteint", "addendum 8"],
        ),
        # « Lequel passe le socle ? » after two doctors' lines (dev 326)
        (
            "CIS, suivi Donum 2026 à fin octobre pour deux médecins, équipement OK pour les "
            "deux.\nDr A : DMT 92 %, FSE 97 %, PSE 40 %, AAT 20 %\nDr B : DMT 85 %, FSE 98 %, "
            "PSE 30 %, AAT 15 %\nLequel passe le socle ?",
            ["Pour le Dr A", "Total : 1 960 € (280 points)", "Pour le Dr B", "Total : 0 €"],
        ),
        # « 3 des 4 indicateurs du volet 1 » is the block missed (dev 294)
        (
            "J'ai 3 des 4 indicateurs du volet 1 en 2025, il me manque juste le logiciel Ségur. "
            "Je touche les 3/4 du volet 1 au moins ?",
            ["« Volet 1 : équipement du cabinet (les 4 indicateurs sont requis) » : non atteint"],
        ),
        # « je dois la renvoyer chaque année ? » is how often, not the student's « 6e année »;
        # « combien de % pour X et pour Y ? » asks both targets (dev 330–333)
        (
            "J'ai envoyé la facture de mon logiciel métier pour le FAMI 2024. Je dois la "
            "renvoyer chaque année ?",
            ["Justificatif — Logiciel métier compatible DMP"],
        ),
        (
            "pr 2025 il faut combien de % pour la messagerie avec les patients (mon espace "
            "santé) et pour les ordonnances numériques ?",
            ["≥ 10 % des consultations", "≥ 40 % d'ordonnances numériques"],
        ),
        # last look: « jsuis à 100 % du socle » is the whole block, not its mean at 100 %
        (
            "donum 2026 jsuis a 100% du socle + les 2 options a 60 pts (pas l'appli cv), si "
            "rien bouge d'ici le 31/12 ca fait cb ?",
            ["Total : 2 800 € (400 points) pour l'exercice 2026."],
        ),
    ],
)
def test_cases_read_blind_dev_286_333(responder: FaqResponder, text: str, said: list[str]) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert all(x in shown for x in said)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # one item swapped for another in a « si » clause: the story with the swap, set
        # against the story's own total (dev 299)
        (
            "Bonjour, je suis chirurgien-dentiste. Pour le FAMI 2024 j'ai validé le socle, je "
            "suis dans une CPTS et j'ai fait 3 interventions en EHPAD. Si au lieu des "
            "interventions en EHPAD j'avais accueilli un étudiant de 6e année à temps plein, "
            "j'aurais touché combien, et combien de plus ?",
            [
                "Total : 940 € pour l'exercice 2024.",
                "Avec ce changement : 50 € de plus que dans la situation décrite (890 €).",
            ],
        ),
        (
            "dentiste ici. fami 2025 : jai le socle + la cpts. si jarrete la cpts et que je fais "
            "a la place des interventions en REP (3 ds l'année) je gagne ou je perds ? combien "
            "au total ?",
            ["Total : 790 €", "200 € de plus que dans la situation décrite (590 €)"],
        ),
        (
            "Forfait structure 2024 : j'ai le volet 1, les ordonnances numériques, l'appli carte "
            "Vitale, la coordination et le SAS. Si au lieu du SAS j'avais pris un externe en "
            "stage, j'aurais eu combien de points et d'euros ?",
            ["Total : 3 710 € (530 points)", "1 050 € de moins"],
        ),
        # the same in one sentence, typed on a phone (last look of the session)
        (
            "fs 2025 jai le volet 1 + cpts + sas, si au lieu du sas jvais pris un externe ca "
            "fesait cb ?",
            ["Total : 3 150 € (450 points)", "1 050 € de moins", "(4 200 €)"],
        ),
        # several parts of the téléservices told met, the others unsaid: their shares (dev 304)
        (
            "fs 2025 aat pse dmt et cm atmp tous ok, ca fait cb de pts et d'€ ?",
            ["Ensemble : 630 € (90 points) pour l'exercice 2025"],
        ),
        # two doctors named by title, « combien chacun ? »: each one's total (dev 303)
        (
            "forfait structure 2025, 2 confreres : le Dr A a volet 1 + CPTS + SAS + maitre de "
            "stage, le Dr B volet 1 + equipement teleconsultation payant et c tout. combien "
            "chacun ?",
            [
                "Pour le Dr A :",
                "Total : 4 550 € (650 points)",
                "Pour le Dr B :",
                "Total : 2 310 € (330 points)",
            ],
        ),
        # each year its own figure: a remark in brackets between them, a year's clause then
        # the next year's figure alone, none one year and some the next (dev 302)
        (
            "FAMI : taux de FSE 65 % en 2024 (trop de papier), 75 % en 2025. Les 2 ans : reste "
            "du socle ok, CPTS, et 4 interventions/an en établissement pénitentiaire. Combien "
            "2024, 2025 et total ?",
            ["2024 : 300 €.", "2025 : 890 €.", "Sur les deux exercices : 1 190 €."],
        ),
        (
            "SAS : en 2024 j'ouvrais 1h par semaine de créneaux SAS, en 2025 3h. Les deux ans "
            "volet 1 + CPTS + DMP ok. Combien chaque année ?",
            ["2024 : 3 080 € (440 points).", "2025 : 4 480 € (640 points)."],
        ),
        (
            "Ordos numériques 38 % en 2024 puis 42 % en 2025. Appli carte Vitale : aucune FSE en "
            "2024, plusieurs en 2025. Volet 1 + CPTS les deux ans. Montants 2024, 2025 et "
            "cumul ?",
            ["2024 : 2 800 € (400 points).", "2025 : 3 360 € (480 points).", "6 160 €"],
        ),
        # « les 2 années » is no student's « 6e année » (dev 302)
        (
            "2024 : prises en charge PRADO, pas de CPTS ; 2025 : entrée en CPTS. Socle ok + 3 "
            "interventions en EHPAD les 2 années. FAMI 2024, 2025, total ?",
            ["2024 : 790 €.", "2025 : 890 €.", "Sur les deux exercices : 1 680 €."],
        ),
        # « DMP alimenté pour 45 % des consultations »: the DMP's rate (dev 306)
        (
            "Simulation Donum pour 2026. Logiciel Ségur à jour avec LAP certifié, SESAM-Vitale "
            "avec l'addendum 8. Moyenne DMT/FSE/PSE/AAT : 72 %. CM AT-MP 35 %, DSG 40 %, SPE "
            "20 %. DMP alimenté pour 45 % des consultations et ordonnances numériques à 50 %. "
            "Quelques FSE avec l'appli carte Vitale mais aucun message à un patient via Mon "
            "espace santé. Combien de points et combien d'euros ?",
            ["Total : 2 380 € (340 points) pour l'exercice 2026."],
        ),
        # a pasted « Non » after an item is that item missed (dev 313)
        (
            "copie d'écran FAMI 2024 d'un dentiste : socle atteint, coordination (CPTS) cochée, "
            "accueil étudiant 6e année coché, aller vers « Non ». Ça donne combien au total ?",
            ["Total : 940 € pour l'exercice 2024."],
        ),
        # « ridicules », « je suis loin »: far below the targets (dev 310, 317)
        (
            "Donum 2026: socle ok, DMP et ordonnances numeriques a 35%, mais CM AT-MP/DSG/SPE "
            "ridicules et pas d'appli carte vitale. ca fait combien ?",
            ["Total : 2 380 € (340 points) pour l'exercice 2026."],
        ),
        (
            "donum : socle ok, DMP et ordo numeriques > 30%, j'ai fait des FSE avec l'appli "
            "carte vitale et envoyé des messages aux patients via mon espace santé. par contre "
            "CM AT-MP/SPE/DSG je suis loin. total ?",
            ["Total : 2 520 € (360 points) pour l'exercice 2026."],
        ),
        # « (pas l'appli cv) »: that option alone missed, not the two named before (dev 311)
        (
            "donum 2026 : socle + les 2 options a 60 pts (pas l'appli cv), ca fait combien en € ?",
            ["Total : 2 800 € (400 points) pour l'exercice 2026."],
        ),
        # « (donc socle KO) a fait 4 interventions »: the brackets say what is lost (dev 313)
        (
            "FAMI 2025 : une dentiste sans messagerie sécurisée (donc socle KO) a fait 4 "
            "interventions en EHPAD dans l'année. Elle peut toucher qqch quand même ?",
            ["Total : 300 € pour l'exercice 2025."],
        ),
        # « téléservices tous ok sauf SPE et DSG », then items told « ok » again (dev 314)
        (
            "combien jaurais du toucher pr le FS 2025 ? volet 1 ok, MSP donc coordination ok, "
            "SAS ok, DMP ok, MSS patients non, teleservices tous ok sauf SPE et DSG, ordo num "
            "ok, ApCV ok, visio ok. Pas d'etudiant, pas de codage, pas de services patients, pas "
            "d'objets connectés.",
            ["Total : 6 020 € (860 points) pour l'exercice 2025."],
        ),
        # the secretary who writes is no « services aux patients »; « il trouve que ça fait
        # peu » names no téléservice (« où trouver les téléservices ? »)
        (
            "Bonjour, je suis la secrétaire du Dr Martin (généraliste). Pour l'exercice 2023 il "
            "avait tout le volet 1 validé, et au volet 2 il n'a coché que sa participation à la "
            "CPTS, rien d'autre. Il voudrait savoir combien il aurait dû toucher au total pour "
            "2023, il trouve que ça fait peu.",
            ["Total : 2 800 € (400 points) pour l'exercice 2023."],
        ),
        # the amount of one year, the next year asked with what changed
        (
            "Ma cliente, chirurgien-dentiste, a touché 590 € de FAMI pour 2023. En 2024 elle a "
            "continué pareil et elle a en plus fait 3 interventions en EHPAD dans l'année. "
            "Combien pour 2024 ?",
            ["Estimation : 890 € pour l'exercice 2024."],
        ),
        (
            "Bonjour, j'ai perçu 590 € au titre du FAMI 2023. Si en 2024 je conserve l'ensemble "
            "de mes indicateurs et que j'accueille en plus un étudiant de 6e année, quelle sera "
            "la différence ?",
            ["Estimation : 940 € pour l'exercice 2024.", "+ 350 €"],
        ),
        # « Tout le reste (téléservices, SAS, …) n'est pas atteint »: each item missed (dev 344)
        (
            "Forfait structure 2025, voilà mes taux : DMP alimenté dans 35 % des consultations, "
            "messagerie avec les patients 12 %, appli carte Vitale utilisée, ordonnances "
            "numériques 45 %, et je suis en MSP. Tout le reste (téléservices, SAS, stagiaire, "
            "équipements) n'est pas atteint. Volet 1 OK. Ça fait combien au total en euros ?",
            ["Total : 3 920 € (560 points) pour l'exercice 2025."],
        ),
        # both volets « au complet »: every indicator (dev 349); an estimation asked first,
        # the figures after (dev 347); three doctors, the cabinet's total (dev 348)
        (
            "forfait structure 2020 volet 1 + volet 2 au complet ça donnait combien ? je compare "
            "avec ce que jai touché",
            ["Total : 6 195 € (885 points) pour l'exercice 2020."],
        ),
        (
            "Bonsoir. Je voudrais une estimation de ma dotation numérique 2026. Logiciel "
            "référencé Ségur avec LAP certifié, SESAM-Vitale addendum 8 avec appli carte Vitale "
            ": ok. Moyenne de mes 4 taux (DMT, FSE, PSE, AAT) : 72 %. CM AT-MP 40 %, DSG 35 %, "
            "SPE 50 %. Alimentation DMP 25 %, ordonnances numériques 60 %. J'ai fait des FSE "
            "avec l'appli carte Vitale et envoyé des messages via Mon espace santé. Merci !",
            ["Total : 2 520 € (360 points) pour l'exercice 2026."],
        ),
        (
            "Bonjour, je suis secrétaire dans un cabinet de 3 médecins généralistes. Ils "
            "valident tous les trois le socle Donum et les deux options à 60 points, mais aucun "
            "n'utilise l'appli carte Vitale. Ça fait combien par médecin et pour le cabinet au "
            "total pour 2026 ?",
            ["3 × 2 800 € = 8 400 €"],
        ),
        # « (volet 1 validé) » after the last item is the block's own, and « à elles deux »
        # names no rate (« deux tiers »): both devices counted (dev 362, 369)
        (
            "Pour 2023 j'ai pris un abonnement payant de téléconsultation sécurisée et acheté "
            "un ECG connecté (volet 1 validé). Ca m'a rapporté combien ces deux lignes ?",
            ["Dont 525 € (75 points) pour « Équipement de vidéotransmission sécurisée » et"],
        ),
        (
            "Téléconsultation : pour 2023, l'aide à l'équipement vidéo sécurisée + celle pour "
            "les équipements médicaux connectés, ça fait combien en euros à elles deux ?",
            ["Ensemble : 525 € (75 points) pour l'exercice 2023"],
        ),
        # « au volet 2 tout validé SAUF X »: the block's items but X (dev 372)
        (
            "2020 : volet 1 ok, et au volet 2 tout validé SAUF la prise en charge coordonnée "
            "(pas de MSP ni CPTS chez nous à l'époque). Ça faisait combien en € ?",
            ["Total : 5 355 € (765 points) pour l'exercice 2020."],
        ),
        # « Rien validé sur les téléservices » misses them (dev 368)
        (
            "2023 : volet 1 ok. Volet 2 : je suis en CPTS, j'ai eu une externe en stage toute "
            "l'année, et j'ai pris un abonnement de téléconsultation payant. Rien validé sur les "
            "téléservices, pas de SAS. Combien au total ?",
            ["Total : 3 500 € (500 points) pour l'exercice 2023."],
        ),
        # « membre d'une CPTS qui a validé ses 5 indicateurs socles »: both (dev 368)
        (
            "Pour un dentiste membre d'une CPTS qui a validé ses 5 indicateurs socles 2024 et "
            "fait 3 interventions en EHPAD dans l'année, sans étudiant stagiaire, ça fait quel "
            "montant FAMI au total ?",
            ["Total : 890 € pour l'exercice 2024."],
        ),
        # what « son associé, lui » has is not hers (dev 368)
        (
            "Situation de la Dr Faure pour 2024 : télétransmission à 55 %, donc socle raté. "
            "Mais elle a fait 4 interventions en centre d'hébergement et a accueilli une "
            "étudiante de 6e année à temps plein pendant son stage actif. Son associé, lui, a "
            "tout validé sauf l'étudiant. Elle, elle peut toucher combien au FAMI ?",
            ["Total : 650 € pour l'exercice 2024."],
        ),
        # « ça m'a donné combien » is no coding « données » (dev 73)
        (
            "g fait 3 FSE avec l'appli carte vitale en 2024 ca m'a donne combien ?",
            ["Il verse 40 points, soit 280 €"],
        ),
    ],
)
def test_cases_read_blind_dev_298_349(responder: FaqResponder, text: str, said: list[str]) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert all(x in shown for x in said)
    assert "Manque à gagner" not in shown
