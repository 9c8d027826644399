"""Amounts, targets and dates asked of the rules (issue 11): the figure from the compiled
schemes with its sources, the case assumed, buttons for the other cases, "non publié" where the
data has no date, both readings where the texts disagree."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.faq_replies import FaqResponder
from bot.rule_facts import asked
from bot.session import Session
from bot.text_render import to_text
from knowledge import Knowledge

TODAY = dt.date(2026, 11, 30)
NN = "\u202f"


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: TODAY)


def respond(r: FaqResponder, text: str, profession: str | None = None):
    return r.respond(text, Session(chat_id=1, profession=profession))


def shown(r: FaqResponder, text: str, profession: str | None = None) -> str:
    """The reply as read, narrow no-break spaces as spaces."""
    return to_text(respond(r, text, profession).message).replace(NN, " ")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("volet 1 en 2024, combien en euros ?", "montant"),
        ("le fami c'est combien max ?", "montant"),
        ("Volet 1 du forfait structure 2023 = 400 points, correct ?", "montant"),
        ("40 points pour le DMP en 2022, c'était pareil en 2023 ?", "montant"),
        ("le point du forfait structure est passé à 10 € pour 2023 non ?", "montant"),
        ("l'appli carte Vitale, ça comptait déjà dans le forfait structure 2022 ?", "montant"),
        ("kiné, le fami peut monter a 1240 comme chez les dentistes ?", "montant"),
        ("kiné, la déclaration FAMI 2025 ouvre quand ?", "declaration"),
        ("qd est payé le forfait structure 2025 ?", "paiement"),
        # nothing received beside a colleague's payment: what made the difference is asked
        (
            "mon confrère a eu 350 € pour sa téléconsultation, moi solution gratuite et j'ai "
            "rien eu. pourquoi lui ?",
            None,
        ),
        # nothing received told as the effect of an indicator: the indicator is asked
        (
            "la ligne cahier des charges sesam vitale est marquée non atteinte, c'est à cause "
            "de ça que j'ai rien touché ?",
            None,
        ),
        # « je n'ouvre qu'environ 1 h » opens no window; « mon équipement est nickel » sets
        # nothing up
        ("je n'ouvre qu'environ 1 h par semaine au SAS, je touche les 1 400 € ?", None),
        ("équipement nickel, 58 % de moyenne au 31 décembre je perds tout ?", None),
        # « le total des actes » is what a rate counts, no amount
        ("les actes S3404, ça rentre dans le total des actes pour le taux FSE ?", None),
        # since when something began is no deadline
        (
            "Depuis mars 2024 je suis adhérent de la CPTS. En 2024 ça fait combien de points ?",
            "montant",
        ),
        ("Depuis le 2 janvier 2024 je suis dans la CPTS. En 2024 ça fait combien ?", "montant"),
        # a block named by its kind asks no obligation
        ("DMP 35 %, donc les deux blocs optionnels. Je les garde en 2028 ?", None),
        # catching up after the year: by when it is assessed
        ("si je rate mes taux 2026, je peux rattraper en janvier 2027 ?", "echeance"),
        ("le forfait de l'exercice 2026, il sera versé en quelle année ?", "paiement"),
        ("donum en 2028 le seuil de la moyenne passe a combien ?", "montant"),
        ("taux fse dentiste", "montant"),  # a rate named alone, as a search
        ("mon logiciel est pas referencé segur, cb ca va me couter ?", None),  # a cost
        ("une attestation sans date d'acquisition, est-ce recevable ?", None),  # not a payment
        # whether an amount is prorated is the entries' to say, a date told or not
        ("installé le 28 décembre 2024, les 490 € du FAMI 2024 au prorata ?", None),
        # whether an indicator was there in a year named: its figure, or when it came
        ("l'indicateur appli carte vitale il existait déjà pour l'exercice 2022 ?", "montant"),
        ("l'étudiant de 6e année, ça payait en 2023 ?", "montant"),
        ("j'aurais pu toucher les 350 € de l'étudiant au titre de 2023 ?", "montant"),
        # a refusal, a contact, a téléservice named « déclarations de grossesse »: no date
        ("je préférerais ne rien toucher du tout : peut-on renoncer au forfait structure ?", None),
        ("qui dois-je contacter à la CPAM quand amelipro bloque ma déclaration ?", None),
        ("mes déclarations de grossesse en ligne, en 2026 ça rapporte combien ?", "montant"),
        # a cost to the practitioner, not a payment of the scheme
        ("un devis pour le Ségur : l'installation n'est pas prise en charge par l'État ?", None),
        # what the question says it does not ask is not read
        (
            "je ne demande pas comment facturer, juste : le taux fse du volet 1 c'est combien ?",
            "montant",
        ),
        ("les certificats AT-MP en ligne, il en faut quelle proportion ?", "montant"),
        ("aat seuil fs 2022 et 2025", "montant"),  # two years side by side
        # not a figure of the rules: "quand même", a count, a change, an own figure, the VSM
        ("je n'ai pas de logiciel DMP, je touche quand meme le fami ?", None),
        ("il faut combien de rcp par an ?", None),
        ("FAMI 2025 : les montants changent par rapport a 2024 ?", None),
        ("j'ai 68 % de fse, ça rapporte combien ?", None),
        ("VSM ca rapporte combien ?", None),
        ("en moyenne les medecins touchent combien de forfait structure ?", None),
        ("la messagerie c'est obligatoire ?", "obligatoire"),
        ("messagrie securisé obligatoir pr le fami ?", "obligatoire"),  # typed on a phone
        ("il doit envoyer la facture de mise à jour SESAM-Vitale ?", "justificatif"),
        ("il déclare l'addendum 8 ou la caisse le voit d'elle-même ?", "justificatif"),
        # a step of the declaration, not whether the indicator is required
        ("l'aller vers, c obligatoire de redeclarer chaque annee ?", None),
        # software never had, not money never received
        ("mon logiciel a jamais eu la version segur. pr 2025 ça me bloque quoi ?", None),
        ("jamais eu le forfait 2024, c'est normal ?", "paiement"),
        ("avec la dotation je vais plus rien toucher du tout ?", None),  # what it will pay
        # whether one item is paid apart, asked after nothing received: a rule
        ("rien touché pour 2025. les 350 € c'est pas censé être indépendant du reste ?", None),
        # an indicator, a scheme and a year, nothing asked: what it is worth that year
        ("SAS FS 2025 ?", "montant"),
        ("objets connectés FS 2023 ?", "montant"),
        ("dates saisie fami 2024 ?", "declaration"),
        ("fs 2023 on avait jusqu'au 4 février pour déclarer ?", "declaration"),
        # which block an indicator is in
        ("la coordo c ds le volet 1 en 2025 comme en 2022 ?", "groupe"),
        ("CPTS : c'est dans le volet 1 ou le volet 2 ??", "groupe"),
        ("en 2023 la coordo elle est passée où, volet 1 ou 2 ?", "groupe"),
        ("PSE c quoi exactement dans le socle ?", None),  # what it is
        ("mes certificats AT-MP, ça entre dans le socle de la Donum ?", "groupe"),
        # how an indicator is met, not whether it is required
        ("faut obligatoirement alimenter des dmp ou juste en consulter un ?", None),
        ("c obligatoir le lap ?", "obligatoire"),
        # a figure compared, not whether it is required
        ("le taux de FSE exigé c'est 70 %. Pour moi médecin, c'est pareil ?", None),
        # a day told of what was put in place, then what it paid asked: an amount
        (
            "j'ai intégré la MSP en septembre 2025. La prise en charge coordonnée, ça m'a "
            "rapporté combien sur le forfait structure 2025 ?",
            "montant",
        ),
        ("intégré la MSP le 15 décembre 2025, ça compte pour 2025 ?", "echeance"),
        # « combien de % » asks a rate's target, no count of things
        ("messagerie patients : c combien de % en 2022 et en 2025 ?", "montant"),
        # a date things were put in place, then a loss asked: whether it came in time
        (
            "ma messagerie n'a été ouverte qu'en juin 2022. ca m'a couté qqch sur le forfait "
            "structure 2022 ?",
            "echeance",
        ),
        ("Ma MSS n'était pas active avant juin 2024. J'ai perdu une partie du FAMI ?", "echeance"),
        ("le logiciel m'a coûté 1 200 €, c'est remboursé ?", None),  # a price
        # typed without its apostrophe, before « pr le fs »: a loss still
        ("messagerie ouverte qu en juin 2025 ca m a coute qqch pr le fs 2025 ?", "echeance"),
        ("le logiciel m a coute 1 200 €, c'est remboursé ?", None),
        # a time clause after what is asked (blind dev set 195): what to fill, not when
        ("pr le aller vers faut preciser les endroits quelque part qd on declare ?", None),
        ("quand on declare le fami 2025 ?", "declaration"),
        # a copy of a paper to send: a proof asked
        ("Doit-elle envoyer à la caisse une copie des statuts de la MSP ?", "justificatif"),
        # nothing received for an item named: what that item paid that year, not the payment
        ("FAMI 2023 : un étudiant de 6e année toute l'année, rien touché pour ça ?", "montant"),
        # an indicator one may still declare, after one's story: whether it is met, no dates
        ("Il a quitté sa CPTS. Peut-il encore déclarer la coordination pour 2025 ?", None),
        ("jusqu'à quand peut-on encore déclarer la coordination pour 2025 ?", "declaration"),
        # how many payments (blind dev set 194)
        ("c versé en plusieurs fois ou en une seule fois la dotation numérique ?", "paiement"),
    ],
)
def test_what_is_asked(text: str, kind: str | None) -> None:
    assert asked(text) == kind


def test_a_block_and_the_whole_scheme_asked_together(responder: FaqResponder) -> None:
    text = "le volet 2 du forfait structure 2023, et le maximum tous volets confondus ?"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "883 points, soit 6 181 € au plus" in reply
    assert "Au plus 1 163 points, soit 8 141 € pour l'exercice 2023" in reply


def test_a_group_amount_for_the_year_asked(responder: FaqResponder) -> None:
    rep = respond(responder, "volet 1 en 2024 ca fait combien en euros ?")
    assert rep.outcome == "rule" and rep.fact is not None and rep.fact.subject == "volet_1"
    text = to_text(rep.message)
    assert f"280{NN}points, soit 1{NN}960{NN}€" in text
    assert "si ses 4 indicateurs exigés sont tous atteints" in text  # how many are required
    both = "Combien rapporte le socle du FAMI, et combien d'indicateurs faut-il valider ?"
    reply = to_text(respond(responder, both, "chirurgien-dentiste").message)
    assert "ses 5 indicateurs exigés" in reply  # « combien d'indicateurs » is no count of acts
    assert f"Réponse pour{NN}: médecin (d'après votre question), exercice 2024" in text
    assert "Source" in text
    labels = [c.label for row in rep.message.choices for c in row]
    assert "Exercice 2023" in labels and "Exercice 2025" in labels


def test_a_member_set_aside_is_not_counted_among_the_required(responder: FaqResponder) -> None:
    """2023's volet 1 lists four lines and three are required: the neutralised one is said."""
    rep = respond(responder, "volet 1 en 2023 ca fait combien en euros ?", "medecin")
    text = to_text(rep.message).replace(NN, " ")
    assert (
        "ses 3 indicateurs exigés sont tous atteints (celui marqué neutralisé ne compte pas)"
        in text
    )


def test_an_indicator_amount_and_target(responder: FaqResponder) -> None:
    text = to_text(
        respond(responder, "prise en charge coordonnée forfait structure 2024 cb de points").message
    )
    assert f"120{NN}points, soit 840{NN}€" in text and "Volet 1" in text
    old = to_text(
        respond(
            responder, "maitre de stage en 2017 ca rapportait cb de points ?", "medecin"
        ).message
    )
    assert f"10{NN}points" in old


def test_the_total_for_the_current_exercice_states_it(responder: FaqResponder) -> None:
    rep = respond(responder, "le fami c'est combien max ?", "chirurgien-dentiste")
    text = to_text(rep.message)
    assert f"1{NN}240{NN}€" in text
    assert "exercice 2026 (l'exercice en cours ou à déclarer)" in text
    assert "Provisoire" in text  # 2026 reconducts the 2025 rules


def test_thresholds_asked_with_how_much_are_the_targets_not_the_total(
    responder: FaqResponder,
) -> None:
    text = to_text(respond(responder, "les seuils de la Donum en 2028 c'est combien ?").message)
    assert f"≥ 80{NN}%" in text and f"> 60{NN}%" in text


def test_a_declaration_window_of_another_profession(responder: FaqResponder) -> None:
    rep = respond(responder, "kiné: la declaration fami 2025 c ouvert a partir de qd ?")
    assert rep.fact is not None and rep.fact.case.profession == "masseur-kinesitherapeute"
    text = to_text(rep.message)
    assert "du 12/01/2026 au 02/03/2026" in text and "close depuis le 02/03/2026" in text
    labels = [c.label for row in rep.message.choices for c in row]
    assert "Chirurgien-dentiste 2025" in labels


def test_the_last_declaration_closed_says_what_replaces_the_scheme(
    responder: FaqResponder,
) -> None:
    """« on est déjà en décembre, je dois encore déclarer qqch pour le forfait structure ? »
    (blind dev set 188): its last window is closed, the Donum follows it."""
    text = "on est deja en decembre, je dois encore declarer qqch pour le forfait structure ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "close depuis le 08/02/2026" in shown
    assert (
        "s'arrête avec l'exercice 2025 ; pour 2026, c'est la dotation numérique (Donum)." in shown
    )


def test_a_target_checked_with_doit_depasser_gets_the_rule(responder: FaqResponder) -> None:
    """« avec le Donum, mon taux de FSE doit-il toujours dépasser les 2/3 ? » (blind dev set
    188): the Donum's rule on it (a mean of four rates, ≥ 60 %), not a guess."""
    text = "Avec le Donum, mon taux de FSE doit-il toujours dépasser les 2/3 comme avant ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert shown.startswith("Services en ligne : moyenne des taux DMT, FSE, PSE et AAT ≥ 60 %")


def test_a_payment_month_checked_gets_the_period(responder: FaqResponder) -> None:
    """« le FAMI 2024 il a été versé en décembre 2024 c ça ? » (blind dev set 187): when it
    is paid, not what changed in 2024."""
    text = "le FAMI 2024 il a été versé en decembre 2024 c ca ?"
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert shown.startswith("Paiement — Forfait d'aide à la modernisation")
    assert "deuxième trimestre 2025" in shown


def test_a_date_in_time_feared_to_cut_the_amount_gets_the_no_prorata_rule(
    responder: FaqResponder,
) -> None:
    """« acheté le 20 décembre 2024 … il craint que l'indicateur soit réduit » (blind dev set
    185): in time, and the FAMI's texts state no proratisation."""
    text = (
        "J'ai acheté mon logiciel compatible DMP le 20 décembre 2024. L'indicateur FAMI 2024 "
        "sera réduit ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "c'est avant le 31/12/2024 : pris en compte" in shown
    assert "sans proratisation" in shown


def test_combien_de_moins_asks_a_difference(responder: FaqResponder) -> None:
    """« la Donum max c'est combien de moins que le forfait structure max de 2022 ? » (blind
    dev set 182): both maxima and the gap, not a count."""
    text = "En points, la Donum max c'est combien de moins que le forfait structure max de 2022 ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Soit 965 points (6 755 €) de moins en 2026 qu'en 2022." in shown


def test_a_payment_date_not_published_is_said_so(responder: FaqResponder) -> None:
    text = to_text(respond(responder, "le forfait structure 2024 est payé quand ?").message)
    assert "n'est pas publiée dans nos sources" in text
    paid = to_text(
        respond(responder, "quand est ce que je touche le fami 2025 ? je suis dentiste").message
    )
    assert "deuxième trimestre 2026" in paid


def test_a_rule_read_two_ways_gives_the_range_and_both_sources(responder: FaqResponder) -> None:
    text = to_text(respond(responder, "forfait structure 2022, le volet 1 vaut combien ?").message)
    assert f"280{NN}points (1{NN}960{NN}€) ou 400{NN}points (2{NN}800{NN}€)" in text
    assert "deux façons" in text and text.count("(source") >= 2


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "dmp fs 40 ou 48 points ?",
            [f"40{NN}points (280{NN}€){NN}: exercices", f"48{NN}points (336{NN}€){NN}: "],
        ),
        (
            "le volet 2 au max c'est 985 points ou 883 ?",
            [
                f"985{NN}points (6{NN}895{NN}€){NN}: exercice 2022.",
                f"883{NN}points (6{NN}181{NN}€){NN}: exercice 2023.",
            ],
        ),
    ],
)
def test_two_figures_found_are_each_given_their_years(
    responder: FaqResponder, text: str, lines: list[str]
) -> None:
    """ "40 ou 48 points ?": both are right, for different exercices; the reply says which,
    and assumes no single exercice."""
    reply = to_text(respond(responder, text, "medecin").message)
    assert all(line in reply for line in lines)
    assert "Les deux chiffres sont justes" in reply
    assert "Réponse pour" in reply and not re.search(r"exercice 20\d\d \(", reply)


def test_two_figures_with_the_year_asked_lead_with_that_years(responder: FaqResponder) -> None:
    q = "alimentation du DMP en 2023, ça vaut 40 ou 48 points ?"
    reply = to_text(respond(responder, q, "medecin").message)
    assert f"Pour l'exercice 2023{NN}: 48{NN}points, soit 336{NN}€." in reply


def test_two_figures_the_sources_give_for_one_year_are_said_in_doubt(
    responder: FaqResponder,
) -> None:
    """Volet 2 of 2024–2025: 835 points by its items, 883 by the same page's heading."""
    q = "volet 2 du forfait 2025 : 883 ou 835 points ?"
    reply = to_text(respond(responder, q, "medecin").message)
    assert "Total incertain" in reply
    assert "Les deux chiffres sont justes" not in reply
    assert "Pour l'exercice 2025" not in reply


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "c quoi la diff entre le socle et les options de la donum ?",
            [
                f"280{NN}points, soit 1{NN}960{NN}€, versés en bloc",
                f"à condition que «{NN}Indicateurs",
            ],
        ),
        (
            "je ne saisis pas bien la distinction entre le volet 1 et le volet 2 du FS",
            [f"«{NN}Volet 1", f"«{NN}Volet 2", "chaque indicateur versant le sien"],
        ),
    ],
)
def test_two_blocks_compared_side_by_side(
    responder: FaqResponder, text: str, lines: list[str]
) -> None:
    """Each block named: what it pays, how, after which block, and its indicators; « je ne
    saisis pas » names no indicator (« déclaration médecin traitant »)."""
    reply = to_text(respond(responder, text, "medecin").message)
    assert all(line in reply for line in lines)
    assert "DMT) —" not in reply


def test_what_changed_from_one_year_to_the_next(responder: FaqResponder) -> None:
    """The block named, what it paid each year, the indicators added, gone or moved, and those
    whose amount changed, from the dated rules."""
    text = "qu'est-ce qui était nouveau dans le volet 2 en 2023 par rapport à 2022 ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"985{NN}points, soit 6{NN}895{NN}€ en 2022, 883{NN}points" in reply
    assert "Nouveaux en 2023" in reply and "Ordonnances numériques" in reply
    assert f"48{NN}points, soit 336{NN}€ → 40" not in reply and "40 → 48" not in reply
    assert f"40{NN}points, soit 280{NN}€ → 48{NN}points" in reply  # the DMP, 2022 to 2023
    moved = "pourquoi le volet 1 est passé de 400 points en 2022 à 280 en 2023 ?"
    assert "passé dans «" in to_text(respond(responder, moved, "medecin").message)
    why = "Pourquoi le volet 1 du forfait structure valait 400 points en 2022 et 280 en 2023 ?"
    assert f"; 120{NN}points (840{NN}€) de moins." in to_text(respond(responder, why).message)
    same = "FAMI 2024 vs FAMI 2025 pour un chirurgien-dentiste, les montants ont bougé ?"
    assert "Mêmes indicateurs et mêmes montants" in to_text(respond(responder, same).message)


def test_what_changed_says_the_targets_that_moved(responder: FaqResponder) -> None:
    """A threshold raised, each téléservice's own, and a requirement naming a new version
    count as changes; the same requirement worded otherwise does not."""
    fami = to_text(
        respond(
            responder,
            "qu'est ce qui a changé dans le FAMI entre 2023 et 2024 ?",
            "chirurgien-dentiste",
        ).message
    )
    assert "Cibles changées" in fami and f"(1.40 addendum 8){NN}»" in fami and "1.2. Cahier" in fami
    later = "qu'est ce qui a changé dans le FAMI entre 2024 et 2025 ?"
    assert "Cibles changées" not in to_text(
        respond(responder, later, "chirurgien-dentiste").message
    )
    fs = to_text(
        respond(
            responder, "forfait structure : quoi de changé entre 2023 et 2024 ?", "medecin"
        ).message
    )
    assert f"Alimentation du DMP{NN}: ≥ 10{NN}% → ≥ 30{NN}%" in fs
    assert f"AAT ≥ 70{NN}% → ≥ 90{NN}%" in fs and f"DMT non publié → ≥ 90{NN}%" in fs
    assert "Horaires" not in fs.split("Cibles changées")[1]
    why = "Pourquoi le max a baissé entre 2022 et 2023 ? ils ont enlevé quoi ?"
    blocks = to_text(respond(responder, why, "medecin").message)
    assert f"Par bloc{NN}: «{NN}Volet 1{NN}: pré-requis{NN}» 400{NN}points" in blocks


def test_no_change_asked_when_nothing_changed(responder: FaqResponder) -> None:
    """ "Nous n'avons pas changé de logiciel… à nouveau cette année ?" asks no year's changes."""
    text = (
        "les justificatifs de notre logiciel ont été validés lors d'un exercice précédent. Nous "
        "n'avons pas changé de logiciel. Devons-nous les transmettre à nouveau cette année ?"
    )
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert "ce qui change" not in reply


def test_a_date_asked_with_a_change_comes_first(responder: FaqResponder) -> None:
    text = "FAMI 2025 dentaire, versement prévu quand ? et les montants ont changé depuis 2024 ?"
    reply = to_text(respond(responder, text).message)
    assert "deuxième trimestre 2026" in reply


def test_last_years_amount_and_this_years_best(responder: FaqResponder) -> None:
    """« l'an dernier j'ai touché 7 805 €, cette année avec le nouveau système au mieux ? »:
    two years, two schemes, no list of one's own (was a total of 0 €); « nouveau » names no
    indicator (the 2017 libellé « Nouveaux services aux patients »)."""
    text = (
        "l'an dernier j'ai touché 7 805 € de forfait structure, cette année avec le nouveau "
        "système je dois m'attendre à combien au mieux ?"
    )
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2026 : au plus 420 points, soit 2 940 €" in reply
    assert (
        "Total estimé" not in reply and "Total :" not in reply and "Services offerts" not in reply
    )


def test_a_block_of_each_scheme_side_by_side(responder: FaqResponder) -> None:
    """« le volet 1 du forfait structure 2025 et le socle du Donum, mêmes conditions ? »: each
    block with what it pays and its indicators, the FS's 2025 and the Donum's first year."""
    text = (
        "Le volet 1 du forfait structure 2025 et le socle du Donum, ce sont les mêmes conditions ?"
    )
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Forfait structure 2025 (médecins) : « Volet 1" in reply
    assert "Dotation numérique (Donum) 2026 : « Indicateurs socles" in reply
    assert "Taux de télétransmission > 2/3" in reply and "AAT ≥ 60 %" in reply
    # their worth asked (blind dev set 182): the same lines
    text = "Le socle donum et le volet 1 du forfait structure 2025 valent pareil en points non ?"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert (
        "Dotation numérique (Donum) 2026 : « Indicateurs socles (tous requis) » : 280 points"
        in reply
    )


def test_an_indicator_of_each_scheme_side_by_side(responder: FaqResponder) -> None:
    """« le DMP ça rapportait combien dans le forfait structure et dans la donum ? »: the
    indicator each scheme names, its target and its worth."""
    text = "le DMP ça rapportait combien dans le forfait structure et dans la donum ?"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "« Alimentation du DMP » : objectif ≥ 30 %" in reply and "40 points, soit 280 €" in reply
    assert "ordonnances numériques > 30 % » : 60 points, soit 420 €" in reply


def test_the_forfait_structure_against_the_donum(responder: FaqResponder) -> None:
    """Two schemes named, one year: that year's maximum for its scheme, the other's nearest
    exercice (the Donum's first), and the gap."""
    text = "donum au max ça fait combien comparé à l'ancien forfait structure 2023 ?"
    reply = to_text(respond(responder, text).message).replace(NN, " ")
    assert "2023 : au plus 1 163 points, soit 8 141 €." in reply
    assert "2026 : au plus 420 points, soit 2 940 €" in reply
    assert "Soit 743 points (5 201 €) de moins en 2026 qu'en 2023." in reply
    # « j'ai eu le max », « en faisant tout » name no indicator
    text = "j'ai eu le max du FS en 2025. en 2026 avec la donum en faisant tout je perds combien ?"
    reply = to_text(respond(responder, text).message).replace(NN, " ")
    assert (
        "Soit 695 points (4 865 €) de moins en 2026 qu'en 2025 (ou 5 201 €, avec le maximum "
        "de 8 141 € en 2025)." in reply
    )
    # « par an » names no indicator (the hours' « une fois par an »); the FS 2025's maximum in
    # doubt says so (blind dev set 184)
    text = (
        "J'avais environ le max au forfait structure 2025. Avec le Donum 2026 au max aussi, je "
        "perds combien par an ?"
    )
    reply = to_text(respond(responder, text).message).replace(NN, " ")
    assert (
        "Soit 695 points (4 865 €) de moins en 2026 qu'en 2025 (ou 5 201 €, avec le maximum "
        "de 8 141 € en 2025)." in reply
    )
    assert "2025 : Total incertain" in reply and "1 163 points (8 141 €)" in reply


def test_an_indicator_over_the_years(responder: FaqResponder) -> None:
    """ "a toujours valu 120 points ?": each value with its exercices, the year it was paid
    with its block, the years where its name ties with another's."""
    text = "la prise en charge coordonnée ça a toujours valu 120 points ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"15{NN}points (105{NN}€){NN}: exercice 2017." in reply
    assert f"120{NN}points (840{NN}€){NN}: exercices 2020, 2021, 2023, 2024 et 2025." in reply
    assert f"2022{NN}: pas de montant propre, compris dans «{NN}Volet 1" in reply
    sas = to_text(
        respond(responder, "le sas depuis quand ca rapporte des points ?", "medecin").message
    )
    # 2022 names both the SAS and its « effectif SAS »: the SAS, named alone other years
    assert f"200{NN}points (1{NN}400{NN}€){NN}: exercices 2022 à 2025." in sas
    # « l'appli carte Vitale » also names SESAM-Vitale in 2024; in the Donum, part of an item
    apcv = to_text(
        respond(responder, "l'appli carte vitale c depuis quelle année ?", "medecin").message
    )
    assert f"40{NN}points (280{NN}€){NN}: exercices 2023 à 2025." in apcv
    assert f"Exercices 2026 à 2028{NN}: pas de montant propre, compris dans «{NN}Appli" in apcv
    # « tjs pareil »: over the years too; the Donum's « services en ligne » is another thing
    services = "services aux patients c t 130 pts en 2019, tjs pareil en 2021 ?"
    reply = to_text(respond(responder, services, "medecin").message)
    assert f"70{NN}points (490{NN}€){NN}: exercices 2020 à 2025." in reply and "2026" not in reply
    # « ça date de quand ? »: its years, though no amount is asked
    since = to_text(
        respond(responder, "le SAS dans le forfait structure ça date de quand ?").message
    )
    assert f"150{NN}points (1{NN}050{NN}€){NN}: exercices 2020 et 2021." in since
    # « ça existait déjà en 2020 ? »: whether it did, by its years
    existed = to_text(respond(responder, "le SAS existait déjà dans le FS en 2020 ?").message)
    assert f"150{NN}points (1{NN}050{NN}€){NN}: exercices 2020 et 2021." in existed


def test_an_optional_indicator_of_a_block_names_the_block(responder: FaqResponder) -> None:
    text = "2022 : la prise en charge coordonnée était obligatoire pour le volet 1 ou pas ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"Non, facultatif dans «{NN}Volet 1" in reply


def test_some_rates_of_a_mean_say_what_the_others_need(responder: FaqResponder) -> None:
    """Two of the four rates of the Donum's mean: what the other two must reach on average."""
    text = "J'ai 55 % de DMT et 70 % d'AAT, je valide le socle de la Donum ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"Avec DMT 55{NN}%, AAT 70{NN}%{NN}: il vous faut en moyenne au moins 57,5{NN}%" in reply
    assert "sur FSE et PSE" in reply
    one = to_text(respond(responder, "dmt 95 fse 98 pse 20, socle ok ?", "medecin").message)
    assert f"il vous faut au moins 27{NN}% sur AAT" in one
    # rates of the mean with a question about the mean: not the first rate taken as the mean
    text = "FSE 80 %, DMT 100 %, PSE 60 %. Ça fait quelle moyenne, au-dessus du seuil ?"
    mean = to_text(respond(responder, text, "medecin").message)
    assert "est atteinte quel que soit le taux AAT" in mean and f"80{NN}%{NN}: objectif" not in mean


def test_declaration_and_payment_asked_together(responder: FaqResponder) -> None:
    text = "fami 2025 : ouverture de la saisie ? fermeture ? et versement ?"
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert "du 12/01/2026 au 02/03/2026" in reply and "deuxième trimestre 2026" in reply


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Pour le FAMI dentaire, il faut avoir la messagerie sécurisée avant quelle date ?",
            "31/12/2026",
        ),
        ("mes horaires dans l'annuaire, pour 2022 j'avais jusqu'à quand ?", "31/12/2022"),
    ],
)
def test_by_when_an_indicator_must_be_met(responder: FaqResponder, text: str, date: str) -> None:
    """The indicator's own date, not the declaration window."""
    profession = "medecin" if "2022" in text else "chirurgien-dentiste"
    reply = to_text(respond(responder, text, profession).message)
    assert date in reply and "Dates de déclaration" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "Le Dr a oublié de déclarer ses indicateurs FAMI 2024, il peut encore le faire ?",
        "Un dentiste a laissé passer la fenêtre de déclaration du FAMI 2024. Que peut-il faire ?",
    ],
)
def test_a_missed_declaration_is_sent_to_the_cpam(responder: FaqResponder, text: str) -> None:
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert "close depuis le 03/03/2025" in reply and "voyez avec votre CPAM" in reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "On installe le logiciel dentaire compatible DMP le 15 décembre 2026. Ça comptera "
            "pour le FAMI 2026 ?",
            "Le 15/12/2026, c'est avant le 31/12/2026",
        ),
        # « ou c'est trop tard ? » asks of the day told, no late declaration
        (
            "Si j'achète mon logiciel DMP compatible le 20 décembre 2026, ça compte pour le "
            "FAMI 2026 ou c'est trop tard ?",
            "Oui, ça compte : le 20/12/2026, c'est avant le 31/12/2026, la date retenue pour "
            "l'exercice 2026",
        ),
        # « trop tard ? » alone is answered as asked
        (
            "j'ai acheté mon logiciel compatible DMP le 20 décembre 2024. trop tard pour le FAMI "
            "2024 ?",
            "Non, pas trop tard : le 20/12/2024, c'est avant le 31/12/2024",
        ),
        (
            "j'ai acheté mon logiciel compatible DMP le 5 janvier 2025. trop tard pour le FAMI "
            "2024 ?",
            "Oui, trop tard : le 05/01/2025, c'est après le 31/12/2024, la date retenue pour "
            "l'exercice 2024.",
        ),
        (
            "j'ai saisi mes horaires de cabinet le 15 janvier 2023 seulement. ça a compté pour "
            "le forfait 2022 ?",
            "Le 15/01/2023, c'est après le 31/12/2022 : trop tard pour l'exercice 2022.",
        ),
    ],
)
def test_something_put_in_place_on_a_date(responder: FaqResponder, text: str, said: str) -> None:
    """The date told against the indicator's (or the scheme's « appréciés au 31/12 »), for the
    exercice asked, not the date's year."""
    profession = "medecin" if "horaires" in text else "chirurgien-dentiste"
    reply = to_text(respond(responder, text, profession).message)
    assert said.replace(" :", f"{NN}:") in reply


def test_too_late_to_do_something_is_today_against_the_31_12(responder: FaqResponder) -> None:
    """« trop tard pour envoyer un message ? » asks of an indicator, not of the declaration:
    today (30/11/2026) is before the day the Donum's indicators are assessed."""
    text = "c'est trop tard pour envoyer un message mon espace santé pour la donum 2026 ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"Non, pas trop tard{NN}: vous avez jusqu'au 31/12/2026 pour l'exercice 2026." in reply


@pytest.mark.parametrize(
    "text",
    [
        "j'ai un logiciel Ségur à jour mais j'ai jamais utilisé l'appli carte vitale, du coup "
        "je rate le socle de la donum ?",
        # « je rate le socle ? » asks about the socle: it is not told as lost
        "Ségur à jour mais jamais utilisé l'appli carte vitale, je rate le socle de la donum ?",
    ],
)
def test_a_missing_option_does_not_cost_the_socle(responder: FaqResponder, text: str) -> None:
    """The indicator said missing is not in the block the question fears losing."""
    reply = to_text(respond(responder, text, "medecin").message)
    assert reply.split("\n")[1].startswith(f"Non{NN}: «")
    assert "ne fait pas partie de" in reply and f"20{NN}points" in reply


def test_the_entry_on_the_indicator_is_found_further_down(responder: FaqResponder) -> None:
    """None of the closest entries is on the indicator of the date given: one further down
    says where."""
    text = "Dentiste : mes horaires ne sont pas pré-remplis. Je dois les saisir avant quand et où ?"
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.entry is not None and rep.entry.id == "declaration_horaires_comment"


def test_rates_each_paid_are_summed(responder: FaqResponder) -> None:
    """Rates each paid against their own target: each verdict, then what they earn together."""
    text = (
        "Pour mon forfait 2022 j'avais AAT 82 %, DMT 88 %, PSE 81 %, CM AT-MP 35 % et "
        "transport en ligne (SPE) 12 %. Combien de points sur les téléservices ?"
    )
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "DMT 88 % (objectif ≥ 90 %) : non atteint, 22,5 points, soit 157,50 € en moins." in reply
    assert "Ensemble : 77,5 points, soit 542,50 €, sur 100 points" in reply
    # « ça rapporte qq chose ? » names no indicator (a FAQ phrasing's « quelque chose »)
    two = "dsg 55% et spe 31% sur 2025, ca rapporte qq chose ces 2 la ?"
    reply = to_text(respond(responder, two, "medecin").message).replace(NN, " ")
    assert "Ensemble : 20 points, soit 140 €" in reply


def test_points_told_in_euros(responder: FaqResponder) -> None:
    text = "Sur amelipro mon forfait structure 2023 affiche 518 points. En euros ça donne quoi ?"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "518 points × 7 € = 3 626 €" in reply
    # points summed for one year and another year asked: a story, not points to convert
    story = "DMP + ordo numériques ça faisait 40 + 40 pts en 2025, en 2026 ça donne quoi ?"
    assert "× 7 €" not in to_text(respond(responder, story, "medecin").message)


def test_the_entry_comes_after_as_context(responder: FaqResponder) -> None:
    rep = respond(responder, "la coordination FAMI ca rapporte combien ?", "chirurgien-dentiste")
    assert rep.fact is not None and rep.entry is not None
    assert rep.entry.id == "fami_coordination_montant"  # the 2024 entry: same 100 € in 2026
    text = to_text(rep.message)
    assert text.index(f"100{NN}€") < text.index("Pour en savoir plus")


def test_a_button_replays_the_figure_for_another_year(responder: FaqResponder) -> None:
    msg = respond(responder, "volet 1 en 2024 ca fait combien en euros ?").message
    buttons = {c.label: c.action for row in msg.choices for c in row}
    other = responder.rule_reply(buttons["Exercice 2023"], Session(chat_id=1))
    assert other is not None and "Forfait structure 2023" in to_text(other)


def test_two_blocks_named_are_both_given_and_replayed(responder: FaqResponder) -> None:
    """« volet 1 et volet 2 » asks both blocks, not the first one named."""
    msg = respond(responder, "forfait structure 2023 cb de pts volet 1 et volet 2 ?").message
    text = to_text(msg).replace(NN, " ")
    assert "280 points, soit 1 960 €." in text and "883 points, soit 6 181 € au plus" in text
    assert "Au plus 1 163 points, soit 8 141 €" in text
    buttons = {c.label: c.action for row in msg.choices for c in row}
    other = responder.rule_reply(buttons["Exercice 2022"], Session(chat_id=1))
    assert other is not None and "Forfait structure 2022" in to_text(other)
    assert "Volet 1" in to_text(other) and "Volet 2" in to_text(other)


def test_an_amount_and_a_date_asked_together_are_both_answered(responder: FaqResponder) -> None:
    """« c t combien et on declarait qd ? »: the maximum, what it is made of, then the window;
    a button replays both for another exercice."""
    rep = respond(responder, "fami 2023 dentiste c t combien et on declarait qd ?")
    text = to_text(rep.message).replace(NN, " ")
    assert "Au plus 590 €" in text and "490 € (indicateurs socles)" in text
    assert "du 11/01/2024 au 03/03/2024" in text
    buttons = {c.label: c.action for row in rep.message.choices for c in row}
    other = responder.rule_reply(buttons["Exercice 2024"], Session(chat_id=1))
    assert other is not None
    assert "Au plus 1 240 €" in to_text(other).replace(NN, " ") and "Déclaration" in to_text(other)


def test_the_indicator_whose_id_is_named_wins_a_tie(responder: FaqResponder) -> None:
    """« apcv » is as much in the SESAM-Vitale addendum's words as in the ApCV's own."""
    text = to_text(
        respond(responder, "apcv cb de points ds le forfait structure 2023", "medecin").message
    )
    assert text.startswith("Usage de l'appli carte Vitale") and "40" in text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # « appli carte vitale » is all in the ApCV's libellé, « Vitale » alone in SESAM-Vitale's
        ("appli carte vitale forfait 2023 ça rapporte combien ?", "Usage de l'appli carte Vitale"),
        # since 2024 the SESAM-Vitale version's libellé names the ApCV too: its use is asked,
        # unless the volet 1 (where the version is required) is named
        ("combien rapporte l'appli carte vitale en 2025 ?", "Usage de l'appli carte Vitale"),
        ("le volet 1 2024 impose l'appli carte Vitale ?", "SESAM-Vitale addendum 8"),
        # who forwards the question (« CPAM », « transmis ») names no indicator
        (
            "(transmis par la CPAM) Quel est le montant maximal du forfait structure 2023 ?",
            "Montant maximal",
        ),
    ],
)
def test_what_the_figure_is_of(responder: FaqResponder, text: str, start: str) -> None:
    assert to_text(respond(responder, text, "medecin").message).startswith(start)


def test_two_years_named_give_the_figure_of_each(responder: FaqResponder) -> None:
    """« aat seuil fs 2022 et 2025 »: the rate asked, one line a year."""
    text = to_text(respond(responder, "aat seuil fs 2022 et 2025", "medecin").message)
    assert text.startswith("Avis d'arrêt de travail en ligne (AAT) — 2022 et 2025")
    assert f"2022{NN}:" in text and f"≥ 80{NN}%" in text and f"≥ 90{NN}%" in text
    dmp = to_text(respond(responder, "dmp seuil fs 2022 vs 2025", "medecin").message)
    assert f"≥ 20{NN}%" in dmp and f"≥ 30{NN}%" in dmp
    # « cm at-mp » scores other rates' words too: the one rate named by its name
    cm = to_text(respond(responder, "cm at-mp : cible 2022 et cible 2025 stp", "medecin").message)
    assert cm.startswith("Certificat médical AT-MP — 2022 et 2025") and f"≥ 50{NN}%" in cm


def test_a_scheme_named_after_its_end_is_answered_by_its_successor(
    responder: FaqResponder,
) -> None:
    """« le forfait structure 2027 » no longer exists: the Donum 2027 answers, and says why."""
    text = to_text(respond(responder, "le forfait structure 2027 c combien ?", "medecin").message)
    assert text.startswith(
        f"ℹ️ Le forfait structure s'arrête à l'exercice 2025{NN}; la dotation numérique (Donum) "
        "le remplace à partir de l'exercice 2026."
    )
    assert "Montant maximal — Dotation numérique (Donum) 2027" in text
    how = respond(responder, "je m installe en liberal en 2026, le fs je le declare comment ?")
    said = "la dotation numérique (Donum) le remplace à partir de l'exercice 2026"
    assert said in to_text(how.message)


def test_a_closing_question_on_the_maximum_asks_the_scheme(responder: FaqResponder) -> None:
    """A story naming the student, closing on « ça peut monter à combien au maximum ? »: the
    FAMI's maximum, not the student's 350 €."""
    text = (
        "L'un d'eux a pris un étudiant de 6e année et ils sont dans la CPTS. Pour le FAMI 2024, "
        "ça peut monter à combien au maximum par praticien ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert shown.startswith("Montant maximal — Forfait d'aide à la modernisation")
    assert f"Au plus 1{NN}240{NN}€" in shown


@pytest.mark.parametrize(
    ("text", "most"),
    [
        (
            "Forfait structure 2023 : avec tous les indicateurs on peut dépasser 10 000 € ?",
            "8 141 €",
        ),
        (
            "c vrai qu'en 2022 le forfait structure pouvait aller jusqu'a presque 9700 € ?",
            "9 695 €",
        ),
        ("Avec la dotation numérique, je peux toucher 3 000 € si je coche tout ?", "2 940 €"),
    ],
)
def test_an_amount_checked_against_the_most_gets_the_most(
    responder: FaqResponder, text: str, most: str
) -> None:
    """« on peut dépasser 10 000 € ? » (blind dev set 187): the scheme's maximum."""
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert shown.startswith("Montant maximal") and f"soit {most}" in shown


def test_a_scheme_named_before_its_start_says_so(responder: FaqResponder) -> None:
    """« la donum 2025 »: the forfait structure 2025 answers, and says why; « le FAMI 2022 »
    had no scheme then: said, with no figure made up."""
    text = to_text(respond(responder, "la donum 2025 c'est combien ?", "medecin").message)
    assert text.startswith(
        f"ℹ️ La dotation numérique (Donum) commence à l'exercice 2026{NN}; pour l'exercice 2025, "
        "c'est le forfait structure."
    )
    assert "Montant maximal — Forfait structure 2025 (médecins)" in text
    fami = respond(responder, "je suis chir dent, je pouvais avoir le FAMI pour 2022 ? combien ?")
    assert to_text(fami.message).startswith(
        f"ℹ️ Le FAMI commence à l'exercice 2023{NN}: rien pour l'exercice 2022 dans nos sources, "
        "demandez à votre CPAM."
    )
    # that is the answer (no rules, ask the CPAM), not « Je n'ai pas de réponse sûre »
    assert fami.outcome == "no_rules" and fami.confident
    assert "pas de réponse sûre" not in to_text(fami.message)


def test_a_forwarded_figure_ends_with_the_case_assumed(responder: FaqResponder) -> None:
    msg = responder.reply(
        "FAMI 2024 max combien ?",
        Session(chat_id=1, profession="chirurgien-dentiste"),
        forwarded=True,
    )
    text = to_text(msg)
    assert text.startswith("Réponse à transmettre")
    assert "Profession et exercice retenus" in text and "Texte à copier" in text


def test_whether_an_indicator_is_required(responder: FaqResponder) -> None:
    """Walk-through: "messagrie securisé c obligatoire ?" as a dentist got the entry on a
    plain e-mail address opening with "Non." (read: not required). It is a socle indicator."""
    rep = respond(responder, "messagrie securisé c obligatoire ?", "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.verdict == "oui"
    text = to_text(rep.message)
    assert text.split("\n")[1].startswith(f"Oui{NN}:") and f"490{NN}€" in text
    assert rep.entry is None or not rep.entry.reponse.startswith(("Oui", "Non"))
    optional = respond(responder, "l'aller vers c'est obligatoire ?", "chirurgien-dentiste")
    assert optional.fact is not None and optional.fact.verdict == "non"
    # an adjective in a loss question is not asked
    assert asked("si jai pas un des 5 indicateurs obligatoires, je perds les 490 ?") is None


@pytest.mark.parametrize("text", ["deux tiers", "nsp", "ouais", "70 %", "je ne sais pas"])
def test_text_that_asks_nothing_gets_the_menu(responder: FaqResponder, text: str) -> None:
    """Walk-through: "deux tiers" typed after a result got an entry opening with "Non."."""
    rep = respond(responder, text, "medecin")
    assert rep.outcome == "not_a_question" and rep.entry is None
    assert to_text(rep.message).startswith("Que souhaitez-vous savoir")
    assert rep.message.choices
    pending = responder.respond(text, Session(chat_id=1, profession="medecin", pending="q"))
    assert pending.message is None  # the engine reads it as the answer to its question


def test_faq_templates_give_the_narrow_no_break_space(responder: FaqResponder) -> None:
    """ "Règle donnée pour :" and the facts' lines, through the render-time typography."""
    from bot.typography import problems

    e = responder.index.by_id["fami_coordination_montant"]
    other = to_text(responder.entry_reply_for(e, [], False, other="médecins, exercice 2025"))
    assert f"Règle donnée pour{NN}: médecins" in other and not problems(other)
    for q in ["forfait structure 2022, le volet 1 vaut combien ?", "le fami 2024 est payé quand ?"]:
        text = to_text(respond(responder, q).message)
        assert not problems(text), problems(text)


def test_an_amount_with_no_profession_asks_whose(responder: FaqResponder) -> None:
    """Each profession's maximum differs: a question back with buttons, not a guess."""
    rep = respond(responder, "combien je peux toucher au maximum ?")
    assert rep.outcome == "ask_profession" and not rep.confident
    text = to_text(rep.message)
    assert text.startswith(f"Pour quelle profession{NN}?")
    labels = [c.label for row in rep.message.choices for c in row]
    assert any(label.startswith("Médecin") for label in labels)
    assert any(label.startswith("Chirurgien-dentiste") for label in labels)
    action = rep.message.choices[0][0].action
    replay = responder.rule_reply(action, Session(chat_id=1))
    assert replay is not None and "Montant maximal" in to_text(replay)


def test_an_amount_with_a_profession_is_answered(responder: FaqResponder) -> None:
    rep = respond(responder, "combien je peux toucher au maximum ?", "chirurgien-dentiste")
    assert rep.outcome == "rule" and rep.fact is not None and rep.fact.subject == "total"


def test_required_asked_of_an_indicator_a_list_entry_leaves_out(responder: FaqResponder) -> None:
    """The entry on the socle's required indicators does not say the ApCV is optional."""
    rep = respond(
        responder, "Dans le Donum, l'usage de l'appli carte Vitale est-il obligatoire ?", "medecin"
    )
    assert rep.fact is not None and rep.fact.asked == "obligatoire" and rep.fact.verdict == "non"


def test_the_rate_it_takes_is_a_target_asked(responder: FaqResponder) -> None:
    """« le taux … qu'il faut » asks the target (70 % for the FAMI), not the old aids."""
    rep = respond(
        responder, "c koi le taux de teletransmision qu'il faut pr le fami ?", "chirurgien-dentiste"
    )
    assert rep.fact is not None and "70" in to_text(rep.message)


@pytest.mark.parametrize(
    ("text", "profession", "kind"),
    [
        # « 100 % santé » is an avenant's name, not a rate
        (
            "addendum 8 installé mais pas l'avenant 100 % santé, ca valide l'indicateur ?",
            None,
            None,
        ),
        # « indicateur optionnel » qualifies, the question asks something else
        (
            "le projet disait 20 pts par indicateur optionnel pr le donum, c ca qui s'applique ?",
            None,
            None,
        ),
        ("kiné fami 2025 je peux encore declarer ?", "masseur-kinesitherapeute", "declaration"),
    ],
)
def test_what_is_asked_of_the_rules(text: str, profession: str | None, kind: str | None) -> None:
    assert asked(text) == kind


def test_each_year_asked_is_no_student_year(responder: FaqResponder) -> None:
    """« c'était combien chaque année ? » names no indicator (the student's « 6e année »):
    the maximum of both years named."""
    text = (
        "Pourquoi le plafond du forfait structure est plus bas en 2023 qu'en 2022 ? c'était "
        "combien chaque année ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2022 : au plus 1 385 points, soit 9 695 €." in shown
    assert "2023 : au plus 1 163 points, soit 8 141 €." in shown


def test_the_draft_named_beside_the_rules_in_force_is_said(responder: FaqResponder) -> None:
    """« j'ai lu des cibles « XX »… que vais-je vraiment toucher pour 2026 ? »: the rules in
    force answer, and the reply says they are not the draft's."""
    text = (
        "J'ai lu un texte où chaque indicateur optionnel vaut 20 points et toutes les cibles "
        "sont « XX ». Qu'est-ce que je vais vraiment toucher avec le Donum pour 2026 ?"
    )
    shown = to_text(respond(responder, text, "medecin").message)
    assert "Dotation numérique (Donum) 2026" in shown
    assert "pas celles du projet de texte cité" in shown


def test_an_entry_on_the_exception_answers_before_the_rule(responder: FaqResponder) -> None:
    """« exigé de toutes les spécialités ? » is the LAP exemption's entry, not « Oui, exigé »."""
    rep = respond(
        responder, "En 2022, le LAP certifié était-il exigé de toutes les spécialités ?", "medecin"
    )
    assert rep.fact is None and rep.entry is not None and rep.entry.id == "logiciel_lap_exoneration"


def test_unpublished_declaration_dates_are_said_once(responder: FaqResponder) -> None:
    text = to_text(
        respond(responder, "qd est ce que je peux declarer mes indicateurs donum 2026 ?").message
    )
    said = (
        "Dates de déclaration non publiées dans nos sources\u202f: pas avant 2027, les "
        "indicateurs étant appréciés au 31/12/2026 selon le projet de texte. Demandez à votre CPAM."
    )
    assert said in text and text.count("non publiées") == 1
    assert "publié (pas encore" not in text and "\nNon publié dans nos sources.\n" not in text


def test_the_maximum_over_two_years_and_its_change(responder: FaqResponder) -> None:
    """« entre fs 2022 et fs 2023 le max a baissé de cb ? »: each year's maximum, then the
    change; « vs » and « quel exercice » name no indicator."""
    for q in (
        "entre fs 2022 et fs 2023 le max a baisse de cb ?",
        "fs 2022 vs 2023 combien",
        "Quel exercice payait le plus au maximum, 2022 ou 2023 ?",
    ):
        text = to_text(respond(responder, q, "medecin").message).replace(NN, " ")
        assert text.startswith("Montant maximal — Forfait structure 2022 et 2023 (médecins)")
        assert "2022 : au plus 1 385 points, soit 9 695 €." in text
        assert "2023 : au plus 1 163 points, soit 8 141 €." in text
        assert "Soit 222 points (1 554 €) de moins en 2023 qu'en 2022." in text


def test_a_declaration_missed_gets_what_can_be_done_then(responder: FaqResponder) -> None:
    """« j'ai oublié de déclarer le FAMI 2025, c'est trop tard ? »: the window, closed, then
    the entry on a declaration missed, not the dates a second time."""
    rep = respond(responder, "j'ai oublié de déclarer le fami 2025, c'est trop tard ?")
    text = to_text(rep.message)
    assert "close depuis le 02/03/2026" in text
    assert rep.entry is not None and rep.entry.id == "declaration_hors_delai"


def test_unpublished_dates_are_said_once(responder: FaqResponder) -> None:
    text = to_text(respond(responder, "le fami 2026 je le déclare quand ?").message)
    assert text.count("non publiées") == 1, text


def test_what_to_have_in_place_before_the_year_ends(responder: FaqResponder) -> None:
    """« qu'est-ce que je dois faire avant la fin de l'année ? » on 30/11/2026: the exercice
    that ends this year, each group and its indicators, the declaration, then /start; with
    no profession known, which one is asked first."""
    text = to_text(
        respond(
            responder, "qu'est-ce que je dois faire avant la fin de l'année ?", "medecin"
        ).message
    ).replace(NN, " ")
    assert text.startswith("À faire avant le 31/12/2026 — Dotation numérique (Donum) 2026")
    assert "Indicateurs socles (280 points, soit 1 960 €) : Logiciel référencé Ségur" in text
    assert "/start" in text
    rep = respond(responder, "je dois faire quoi avant le 31 décembre ?")
    assert rep.outcome == "ask_profession"
    assert to_text(rep.message).startswith(f"Pour quelle profession{NN}? Ce qui compte")
    # the deadline told first, what to check after it (blind dev set 188)
    later = "Il reste quelques semaines avant le 31 décembre : quels points dois-je vérifier ?"
    shown = to_text(respond(responder, later, "chirurgien-dentiste").message)
    assert shown.startswith("À faire avant le 31/12/2026 — Forfait d'aide à la modernisation")


def test_the_profession_button_replays_what_to_do(responder: FaqResponder) -> None:
    rep = respond(responder, "je dois faire quoi avant le 31 décembre ?")
    taps = [c.action for row in rep.message.choices for c in row]
    shown = [responder.rule_reply(a, Session(chat_id=1)) for a in taps]
    assert all(m is not None and to_text(m).startswith("À faire avant le 31/12/") for m in shown)


def test_two_professions_named_get_each_one_s_figure(responder: FaqResponder) -> None:
    """« kiné vs dentiste le fami max c'est pareil ? »: each profession's maximum, for its own
    current exercice; « en 2025, les dentistes déclaraient-ils aux mêmes dates que les
    médecins ? »: each one's window that year."""
    rep = respond(responder, "kiné vs dentiste le fami max c'est pareil ?")
    text = to_text(rep.message).replace(NN, " ")
    assert "Chirurgien-dentiste — Montant maximal" in text and "1 240 €" in text
    assert "Masseur-kinésithérapeute — Montant maximal" in text and "1 115 €" in text
    q = "Pour l'exercice 2025, les dentistes déclaraient-ils aux mêmes dates que les médecins ?"
    text = to_text(respond(responder, q).message)
    assert "du 15/12/2025 au 08/02/2026" in text and "du 12/01/2026 au 02/03/2026" in text


@pytest.mark.parametrize(
    ("question", "profession", "start"),
    [
        (
            "aller vers : faut avoir validé le socle pour toucher les 300 € ?",
            "chirurgien-dentiste",
            f"Non{NN}: « Aller vers » : au moins 3 interventions",
        ),
        # the question first, a story after it: the condition, not a verdict on the FSE
        (
            "L'« aller vers » du FAMI, il faut avoir validé le socle pour le toucher ? Je dois "
            "l'expliquer à une dentiste qui a raté son taux FSE.",
            None,
            f"Non{NN}: « Aller vers » : au moins 3 interventions",
        ),
        (
            "la coordination, il faut le socle ?",
            "chirurgien-dentiste",
            f"Oui{NN}: «{NN}Implication dans la prise en charge coordonnée{NN}» (100{NN}€) n'est",
        ),
    ],
)
def test_whether_a_block_must_be_met_first(
    responder: FaqResponder, question: str, profession: str | None, start: str
) -> None:
    """« faut-il le socle pour X ? »: X is paid only once the block is met, or whatever it is
    (the FAMI's « aller vers »), said from the groups' prerequisites."""
    rep = respond(responder, question, profession)
    assert rep.fact is not None and rep.fact.asked == "condition"
    assert rep.fact.lignes[0].startswith(start), rep.fact.lignes[0]


def test_each_indicator_named_gets_its_condition(responder: FaqResponder) -> None:
    """« l'aller vers et l'étudiant, faut le socle ? »: both, each with what it pays (the
    first one named alone answered, the 300 € of the « aller vers » unsaid)."""
    text = "l'aller vers et l'etudiant de 6e annee du FAMI, faut avoir le socle pour les toucher ?"
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.verdict == "non" and len(rep.fact.lignes) == 2
    said = " ".join(rep.fact.lignes)
    assert f"(300{NN}€)" in said and f"(350{NN}€)" in said and said.startswith(f"Non{NN}:")


def test_a_forwarded_comparison_ends_with_the_cases_and_a_text_to_copy(
    responder: FaqResponder,
) -> None:
    msg = responder.reply("kiné vs dentiste le fami max c'est pareil ?", Session(0), True)
    text = to_text(msg)
    assert text.startswith("Réponse à transmettre")
    assert f"Professions et exercices retenus{NN}: chirurgien-dentiste 2026" in text
    assert "Texte à copier" in text


def test_an_indicator_of_another_scheme_is_not_the_schemes_total(kb: Knowledge) -> None:
    """« le SAS rapporte encore des points dans la Donum ? »: the SAS is the forfait
    structure's; the Donum's maximum would answer another question: said no longer one."""
    late = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 11, 30))
    rep = respond(late, "Le SAS rapporte encore des points dans la Donum ?", "medecin")
    reply = to_text(rep.message).replace(NN, " ")
    assert rep.fact is not None and not rep.fact.titre.startswith("Dotation numérique")
    assert "n'est plus un indicateur de la dotation numérique (Donum) 2026" in reply


@pytest.mark.parametrize(
    "text",
    [
        "volet 1 2024 : il faut toujours un taux FSE de deux tiers ?",
        "taux de télétransmission pour le forfait structure des médecins : il faut 70 % comme "
        "les dentistes ?",
        "pour le volet 1 2025, le seuil de FSE c'est 2/3 ?",  # not the volet 2's thresholds
    ],
)
def test_a_target_checked_gets_the_rules_target(responder: FaqResponder, text: str) -> None:
    """« il faut toujours … deux tiers ? » checks a target: the rule's target answers, and no
    « Non » of an entry is shown under it, where it would read as the answer (the entry on
    médecins against dentists opens on « Les seuils diffèrent »)."""
    rep = respond(responder, text, "medecin")
    assert rep.outcome == "rule" and rep.fact is not None
    shown = to_text(rep.message)
    assert "2/3" in shown and "\nNon." not in shown


@pytest.mark.parametrize(
    ("text", "profession", "figure"),
    [
        ("Je suis dentiste : le FAMI 2026 c'est toujours 490 € pour le socle ?", None, "490"),
        ("le SAS c'est bien 200 points en 2024 ?", "medecin", "200"),
        (
            "un médecin me demande si la valeur du point du forfait structure 2023 est bien de 7 "
            "euros. Je lui confirme ?",
            None,
            "7 €",
        ),
    ],
)
def test_an_amount_checked_gets_the_rules_amount(
    responder: FaqResponder, text: str, profession: str | None, figure: str
) -> None:
    """« c'est toujours 490 € pour le socle ? » checks an amount: the case's rules answer it
    (the FAMI 2026's provisional note with it), not an entry without the figure."""
    rep = respond(responder, text, profession)
    assert rep.outcome == "rule" and rep.fact is not None
    assert figure in to_text(rep.message).replace(NN, " ")


@pytest.mark.parametrize(
    ("text", "profession", "shown", "entry_kept"),
    [
        (
            "faut envoyer un justif pr le taux de fse du fami ou pas ?",
            None,
            "mesuré automatiquement",
            False,
        ),
        (
            "Quel justificatif faut-il pour l'indicateur de prise en charge coordonnée du FAMI ?",
            None,
            "contrôle a posteriori",
            False,
        ),
        # a facture sent again is a justificatif, not a cost
        (
            "g deja envoyé ma facture de logiciel dmp lan dernier pr le fami, jdois la renvoyer "
            "cette annee ? (meme editeur)",
            None,
            "durée de la convention",
            False,
        ),
        # who receives it, or a pre-filled indicator: the FAQ's entries answer
        ("les justifs logiciel du fami jles envoie a qui ? au cis ?", None, "", True),
        (
            "Mon indicateur logiciel compatible DMP a été pré-rempli. Dois-je quand même envoyer "
            "un justificatif pour le FAMI ?",
            None,
            "",
            True,
        ),
    ],
)
def test_a_justificatif_asked_is_the_indicators_own(
    responder: FaqResponder, text: str, profession: str | None, shown: str, entry_kept: bool
) -> None:
    """« faut-il un justificatif pour X ? »: what the rules of X say — none for an indicator
    measured automatically, else its justificatif and when — not the general entry."""
    rep = respond(responder, text, profession)
    if entry_kept:
        assert rep.fact is None or rep.fact.asked != "justificatif"
        return
    assert rep.fact is not None and rep.fact.asked == "justificatif"
    assert shown in to_text(rep.message).replace(NN, " ")


def test_an_entry_on_another_part_of_the_indicator_does_not_answer_for_it(
    responder: FaqResponder,
) -> None:
    """« le socle exige-t-il l'addendum 8 SESAM-Vitale ? »: the entry on the LAP (same
    indicator, another part) defers no more; the rule says the equipment is required."""
    rep = respond(
        responder,
        "Le socle de la dotation numérique exige-t-il l'addendum 8 du cahier des charges "
        "SESAM-Vitale ?",
        "medecin",
    )
    assert rep.fact is not None and rep.fact.asked == "obligatoire" and rep.fact.verdict == "oui"
    assert "addendum 8" in to_text(rep.message)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("En 2023, fallait-il encore déclarer le logiciel DMP compatible séparément ?", None),
        ("faut il encore declarer le logiciel ?", None),
        ("jai zappé, je peux encore le déclarer ?", "declaration"),
        ("peut-il encore déclarer ?", "declaration"),
    ],
)
def test_encore_declarer_asks_a_date_only_as_a_possibility(text: str, kind: str | None) -> None:
    """« fallait-il encore déclarer X ? » asks whether X is declared, not the window's dates."""
    assert asked(text) == kind


def test_the_closing_clause_names_the_indicator_whose_amount_is_asked(
    responder: FaqResponder,
) -> None:
    """« taux DMT 92 FSE 97 en 2022, combien de points pour la DMT ? »: the DMT's points
    (in the téléservices), not the FSE rate's block."""
    rep = respond(
        responder, "taux DMT 92 FSE 97 en 2022, combien de points pour la DMT ?", "medecin"
    )
    assert rep.fact is not None and rep.fact.indicateur == "teleservices"
    assert "22,5" in to_text(rep.message)


def test_la_cible_asks_the_target(responder: FaqResponder) -> None:
    """« PSE c'est quoi la cible pour le forfait structure 2025 » asks the PSE's target."""
    rep = respond(responder, "PSE c'est quoi la cible pour le forfait structure 2025", "medecin")
    assert rep.fact is not None and "90" in to_text(rep.message)


def test_a_button_replays_the_justificatif_for_another_year(responder: FaqResponder) -> None:
    """The « Autre cas » buttons under a justificatif give the justificatif again, not the
    indicator's amount."""
    msg = respond(responder, "justificatif pour la coordination du fami ?").message
    buttons = [c.action for row in msg.choices for c in row]
    assert buttons
    other = responder.rule_reply(buttons[0], Session(chat_id=1))
    assert other is not None and to_text(other).startswith("Justificatif — ")


def test_a_justificatif_the_same_for_every_profession_is_said_for_all(
    responder: FaqResponder,
) -> None:
    """« taux de FSE : je dois envoyer un justificatif ? » with no profession known: the rate
    is measured automatically for every profession, so the bot says it once, for each one,
    instead of the general entry on declared indicators."""
    rep = respond(responder, "taux de FSE : je dois envoyer un justificatif à la caisse ?")
    assert rep.fact is not None and rep.fact.asked == "justificatif"
    text = to_text(rep.message).replace(NN, " ")
    assert "le même pour chaque profession" in text and "mesuré automatiquement" in text
    assert "Médecin : " in text and "Chirurgien-dentiste : " in text
    # where one profession's rules hold no such indicator, it is not said for all
    rep = respond(responder, "faut une preuve que ma version SV est a jour ?")
    assert "le même pour chaque profession" not in to_text(rep.message)


def test_the_words_of_a_proof_name_no_indicator(responder: FaqResponder) -> None:
    """« j'ai tout coché attestation sur l'honneur, je garde quoi comme preuve ? »: every
    declared indicator is attested, so « attestation » does not name the software (whose
    entries speak of the publisher's attestation)."""
    rep = respond(
        responder,
        "FAMI dentaire : j'ai tout coché « attestation sur l'honneur ». Je garde quoi comme "
        "preuve en cas de contrôle ?",
        "chirurgien-dentiste",
    )
    assert rep.fact is None


def test_the_other_cases_offered_are_cached_by_fact_and_day(kb: Knowledge) -> None:
    """The buttons of a figure come from replaying it on other cases: cached by the fact, its
    case and the day, they are the ones computed afresh; another day computes them again."""
    clock = [TODAY]
    r = FaqResponder.from_knowledge(kb, today=lambda: clock[0])
    fact = respond(r, "volet 1 en 2024 ca fait combien en euros ?").fact
    assert fact is not None
    for clock[0] in [TODAY, TODAY, TODAY + dt.timedelta(days=1)]:
        assert list(r._fact_alternatives(fact)) == r._alternatives_of(fact)
    assert len(r._alternatives) == 2


def test_the_other_cases_cache_is_bounded(kb: Knowledge, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.faq_replies.ALTERNATIVES_CACHED", 1)
    clock = [TODAY]
    r = FaqResponder.from_knowledge(kb, today=lambda: clock[0])
    fact = respond(r, "volet 1 en 2024 ca fait combien en euros ?").fact
    assert fact is not None
    for shift in range(3):
        clock[0] = TODAY + dt.timedelta(days=shift)
        assert list(r._fact_alternatives(fact)) == r._alternatives_of(fact)
    assert len(r._alternatives) == 1


def test_a_figure_is_followed_by_no_entry_of_another_scheme(responder: FaqResponder) -> None:
    """The Donum's socle (a médecin's 2026) is not followed by the forfait structure's volet 1
    entry, though « socle » and « volet 1 » are the same word for the index."""
    rep = respond(responder, "le socle c combien ?", "medecin")
    assert rep.fact is not None and rep.fact.case.dispositif.dispositif == "dotation_numerique"
    assert rep.entry is None or "volet" not in rep.entry.question


def test_an_indicator_the_scheme_lacks_is_not_another_ones_figure(
    responder: FaqResponder,
) -> None:
    """« les équipements connectés, cb de points ? » asked of 2026: the forfait structure's
    entry, said ended, not a Donum option's figure."""
    rep = respond(responder, "les equipements medicaux connectes c cb de points ?", "medecin")
    assert rep.fact is None and rep.entry is not None
    text = to_text(rep.message).replace(NN, " ")
    assert "25 points" in text and "Le forfait structure s'arrête à l'exercice 2025" in text


def test_a_missed_declaration_typed_on_a_phone(responder: FaqResponder) -> None:
    """« decla » is a declaration, in a message typed on a phone."""
    text = "jai laisse passer la decla du fami 2024, je fais koi ?"
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert "close depuis le 03/03/2025" in reply and "voyez avec votre CPAM" in reply


def test_an_entry_of_another_year_says_so(responder: FaqResponder) -> None:
    """The 2024 entry on the SESAM-Vitale version, asked for this year (2026, rules not
    published): its year, its dates to move, and the CPAM to confirm."""
    text = "Pour le FAMI de cette année, mon cahier des charges SESAM-Vitale : quelle version ?"
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Réponse rédigée pour l'exercice 2024, dates à transposer à 2026" in reply
    assert "règles 2026 non publiées : à confirmer auprès de votre CPAM" in reply


def test_a_day_told_without_its_year_is_the_exercice_asked(responder: FaqResponder) -> None:
    """« ouvert ma boîte MSSanté le 28 novembre », for « le FAMI de cette année » (2026): the
    28/11/2026, before the 31/12/2026."""
    text = (
        "j'ai ouvert ma boite MSSanté le 28 novembre, ça compte pour l'indicateur messagerie du "
        "FAMI de cette année ?"
    )
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert f"Le 28/11/2026, c'est avant le 31/12/2026{NN}: pris en compte" in reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # still to be done, said on 30/11/2026: the next January, too late for 2026
        (
            "j'installe l'addendum 8 le 10 janvier, ça compte pour 2026 ?",
            "Le 10/01/2027, c'est après",
        ),
        ("je vais passer à l'addendum 8 début janvier, c'est bon pour 2026 ?", "Le 01/01/2027"),
        # done already: the January gone by
        (
            "j'ai installé l'addendum 8 le 10 janvier, ça compte pour 2026 ?",
            "Le 10/01/2026, c'est avant",
        ),
    ],
)
def test_a_january_to_come_is_the_next_one(responder: FaqResponder, text: str, said: str) -> None:
    """Last look of 5/12/2026: « j'installe l'addendum 8 le 10 janvier » was read as the
    10/01/2026, « pris en compte pour l'exercice 2026 »: advice that ignored today's date."""
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert said in reply


@pytest.mark.parametrize(
    ("text", "libelle"),
    [
        ("le SAS est obligatoire dans la donum ?", "Participation au service d'accès aux soins"),
        (
            "le socle de la dotation numérique 2026 exige encore l'affichage des horaires dans "
            "l'annuaire santé, comme l'ancien volet 1 ?",
            "Horaires du cabinet affichés dans l'Annuaire santé",
        ),
        (
            "les horaires du cabinet dans l'annuaire santé, ça compte encore pour la donum 2026 ?",
            "Horaires du cabinet affichés dans l'Annuaire santé",
        ),
        # the year names the scheme asked of
        ("le SAS ça continue en 2026 ?", "Participation au service d'accès aux soins (SAS)"),
    ],
)
def test_an_indicator_the_scheme_no_longer_has(
    responder: FaqResponder, text: str, libelle: str
) -> None:
    """Asked whether the Donum requires an indicator of the forfait structure: no, it was the
    FS's, and what the Donum's socle requires (was « Oui » on the Ségur software, named by
    « obligatoire » and « exige »)."""
    rep = respond(responder, text, "medecin")
    reply = to_text(rep.message).replace(NN, " ")
    assert rep.fact is not None and rep.fact.verdict == "non"
    assert f"Non : « {libelle}" in reply and "n'est plus un indicateur de la dotation" in reply
    assert "« Indicateurs socles (tous requis) » exige : Logiciel référencé Ségur" in reply


def test_an_indicator_the_scheme_still_has_asked_whether_it_counts(
    responder: FaqResponder,
) -> None:
    """« dans le Donum, l'alimentation du DMP ça compte encore ou c'est fini ? »: yes, with
    what its option pays (it got the entry on the FS indicators that end)."""
    text = "dans le Donum, l'alimentation du DMP ça compte encore ou c'est fini ?"
    rep = respond(responder, text, "medecin")
    reply = to_text(rep.message).replace(NN, " ")
    assert rep.fact is not None and rep.fact.verdict == "oui"
    assert "Oui : « Alimentation du DMP et ordonnances numériques > 30 % » est toujours" in reply
    assert "60 points, soit 420 €" in reply


def test_another_years_maximum_told_is_said_so(responder: FaqResponder) -> None:
    """« le forfait structure 2025 montait à 8 141 € maximum, ou 7 805 € ? »: both are
    2025's maxima in the texts, not 8 141 € only 2023's; « la Donum va jusqu'à 8 141 € »
    is 2023's maximum, « Non »."""
    text = (
        "Un confrère dit que le forfait structure 2025 montait à 8 141 € maximum, un autre à "
        "7 805 €. Lequel a raison ?"
    )
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert (
        "soit 7 805 €, ou 1 163 points, soit 8 141 €, selon les sources, pour l'exercice 2025"
        in reply
    )
    assert "Entre 7 805 € et 8 141 € selon les sources" in reply
    assert "pas de 2025" not in reply
    text = "Un collègue me dit que la Donum va jusqu'à 8 141 € par an. C'est bien ça ?"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Non : 8 141 €, c'est le maximum de l'exercice 2023, pas de 2026." in reply


def test_a_proof_and_a_worth_asked_together(responder: FaqResponder) -> None:
    """« quel justificatif pour le maître de stage, et combien rapporte-t-il ? »: both (the
    question's « combien » made the proof's reading step aside: suggestions)."""
    text = (
        "Pour le forfait structure 2023, quel justificatif faut-il pour l'indicateur maître de "
        "stage, et combien rapporte-t-il ?"
    )
    reply = to_text(respond(responder, text).message).replace(NN, " ")
    assert "Il verse 50 points, soit 350 €" in reply
    assert "Justificatif : Attestation sur l'honneur" in reply


def test_a_day_told_from_today(responder: FaqResponder) -> None:
    """« aujourd'hui », « le mois prochain »: read from today (30/11/2026 here)."""
    now = "j'ouvre ma MSSanté aujourd'hui, ça compte pour le FAMI de cette année ?"
    reply = to_text(respond(responder, now, "chirurgien-dentiste").message)
    assert f"Le 30/11/2026, c'est avant le 31/12/2026{NN}: pris en compte" in reply
    later = "j'ouvre ma MSSanté le mois prochain, ça compte pour le FAMI de cette année ?"
    reply = to_text(respond(responder, later, "chirurgien-dentiste").message)
    assert "Le 01/12/2026, c'est avant le 31/12/2026" in reply


def test_too_late_alone_asks_the_window_of_the_year(responder: FaqResponder) -> None:
    """« c'est trop tard pour 2025 ? »: that year's window, closed, and the CPAM (was the entry
    on a missed deadline, dated 2024 and 2025 for other exercices)."""
    reply = to_text(respond(responder, "c'est trop tard pour 2025 ?", "medecin").message)
    assert "close depuis le 08/02/2026" in reply and "CPAM" in reply


def test_one_figure_judged_on_two_years(responder: FaqResponder) -> None:
    """« resté à 25 % en 2023 et en 2024 » : each year's verdict (was 2023's alone)."""
    text = "Mon taux DMP est resté à 25 % en 2023 et en 2024. Ça change quoi pour le forfait ?"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2023 : 25 % : objectif atteint" in reply and "(48 points, soit 336 €)" in reply
    assert "2024 : 25 % : sous l'objectif — ≥ 30 %" in reply


def test_two_figures_each_beside_its_year_are_judged_on_it(responder: FaqResponder) -> None:
    """« en 2023 15 % … en 2025 28 % » : each year's own figure on its rules."""
    text = "en 2023 mon DMP a 15 % etait vert et en 2025 avec 28 % il est rouge ?! ça a changé quoi"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2023 : 15 % : objectif atteint" in reply
    assert "2025 : 28 % : sous l'objectif — ≥ 30 %" in reply


def test_a_deadline_quoted_is_not_the_day_told(responder: FaqResponder) -> None:
    """« avant le 31 décembre … mi-décembre » : the day the asker does something is the 15th,
    set against the Donum's 31/12 (its indicators assessed at the year's end, draft text)."""
    text = (
        "Il me reste un mois avant le 31 décembre. Si je passe sur un logiciel référencé Ségur "
        "avec LAP certifié HAS mi-décembre, ça compte pour le socle de la dotation numérique 2026 ?"
    )
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"Le 15/12/2026, c'est avant le 31/12/2026{NN}: pris en compte" in reply


def test_asked_whether_optional_the_yes_and_no_are_swapped(kb: Knowledge) -> None:
    """« le taux d'arrêts de travail en ligne c'est dans les optionnels ? »: « Non », it is
    required for the socle (was « Oui : c'est un indicateur exigé… », a yes to another
    question); « l'ApCV c'est optionnel ? »: « Oui »."""
    r = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))
    required = to_text(
        r.reply(
            "donum, le taux d'arrets de travail en ligne c'est dans les optionnels ?", Session(0)
        )
    )
    assert "Non\u202f: c'est un indicateur exigé pour" in required
    optional = to_text(r.reply("donum : l'ApCV c'est optionnel ?", Session(0)))
    assert "Oui, facultatif" in optional


def test_two_years_named_get_each_ones_payment(kb: Knowledge) -> None:
    """« Le forfait structure 2025 et le Donum 2026, ils sont versés en même temps ? »: each
    year's payment (was the 2025 declaration window only); the Donum's year is spelled."""
    r = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))
    rep = respond(r, "Le forfait structure 2025 et le Donum 2026, ils sont versés en même temps ?")
    text = to_text(rep.message)
    assert text.startswith("Paiement — exercices 2025 et 2026")
    assert "est versé en 2026" in text and "soit 2027" in text


def test_the_targets_of_two_blocks_are_listed_under_each(kb: Knowledge) -> None:
    """« En 2028 les seuils des options du Donum passent à combien ? Et le socle ? »: the
    second part gets the socle's 80 % and the options' 60 %, not the blocks' amounts alone."""
    r = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))
    text = to_text(
        respond(
            r, "En 2028 les seuils des options du Donum passent à combien ? Et le socle ?"
        ).message
    ).replace(NN, " ")
    second = text.split("2. Et le socle ?", 1)[1]
    assert "≥ 80 %" in second and "> 60 %" in second


def test_a_story_then_when_to_declare_keeps_the_indicator_told(kb: Knowledge) -> None:
    """« J'accueille … une étudiante de 6e année … Je déclare ça quand et ça rapporte
    combien ? »: « je déclare » names no indicator (not the DSG's « déclaration »), so the
    story's student is judged: 350 €, and where to declare, the dates being unknown."""
    r = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))
    text = to_text(
        respond(
            r,
            "J'accueille depuis septembre une étudiante de 6e année à temps plein pour son stage "
            "actif. Je déclare ça quand et ça rapporte combien sur le FAMI ?",
        ).message
    ).replace(NN, " ")
    assert text.startswith("Accueil d'un étudiant de 6e année en stage actif et déclaration")
    assert "Il verse 350 €." in text and "Où : amelipro" in text.replace("Amelipro", "amelipro")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # within the period announced: nothing wrong yet, and when to ask
        (
            "on est en décembre 2026 et j'ai rien touché du Donum 2026, c normal ?",
            f"Le versement est annoncé au plus tard le 30/06/2027{NN}: ne rien avoir reçu le "
            "01/12/2026 n'a rien d'anormal.",
        ),
        # the day the asker tells, and its year is not the exercice asked
        (
            "Dentiste, on est fin mars 2025 et je n'ai toujours rien reçu pour mon FAMI 2024. "
            "C'est normal ?",
            "ne rien avoir reçu le 31/03/2025 n'a rien d'anormal",
        ),
        # the period is over: check amelipro, then the CPAM
        (
            "dentiste, FAMI 2025 toujours pas versé, normal ?",
            f"La période annoncée s'est achevée le 30/06/2026{NN}: regardez le détail",
        ),
        # no period published: how to check, without a verdict
        ("dentiste, j'ai jamais reçu mon FAMI 2023", "Rien reçu alors que vous l'attendiez"),
    ],
)
def test_a_payment_not_received_is_set_against_the_period(
    kb: Knowledge, text: str, said: str
) -> None:
    """« toujours rien reçu, c'est normal ? »: the exercice's payment, and whether today (or
    the day the asker tells) is still within the period announced (was a suggestion, or the
    declaration dates)."""
    r = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))
    reply = to_text(respond(r, text).message)
    assert reply.startswith("Paiement — ") and said in reply


def test_a_used_dmp_or_a_scheme_still_paying_is_no_payment_awaited() -> None:
    """« pas touché un seul DMP » is about the DMP; « toujours payée avec la Donum ? » asks
    what the Donum pays."""
    assert asked("jai pas touché un seul dmp en 2024, je fais comment ?") != "paiement"
    assert asked("la participation au SAS elle est toujours payée avec la donum ?") != "paiement"


def test_the_advisors_title_names_no_indicator(responder: FaqResponder) -> None:
    """« Bonjour, conseiller informatique service. … tout sauf le SAS, quel montant ? »: the
    total without the SAS (its « service » had named the SAS, whose worth was answered); the
    title asked about is kept."""
    text = (
        "Bonjour, conseiller informatique service. Un généraliste a validé tout le volet 1 et "
        "tout le volet 2 sauf le SAS en 2023. Quel montant maximal pouvait-il espérer ?"
    )
    assert f"Total{NN}: 6{NN}741{NN}€" in to_text(respond(responder, text).message)
    asked_about = respond(responder, "c'est qui le conseiller informatique service ?")
    assert "Total" not in to_text(asked_about.message)


def test_a_total_in_euros_is_an_amount() -> None:
    assert asked("volet 2 du forfait structure 2023, le total en euros si on valide tout ?") == (
        "montant"
    )


def test_a_proof_asked_in_a_case_the_entry_tells(responder: FaqResponder) -> None:
    """« BAL MSSanté perso inscrite à l'annuaire, un justificatif pour 2022 ? »: pre-filled, no
    proof (was the rule's « attestation sur l'honneur », due for a shared or unlisted BAL)."""
    text = (
        "j'ai une BAL mssante perso inscrite a l'annuaire, je dois envoyer un justif pr "
        "l'indicateur messagerie du forfait structure 2022?"
    )
    reply = to_text(respond(responder, text).message)
    assert "aucun justificatif n'est demandé" in reply and "Justificatif —" not in reply


def test_an_entry_on_another_indicator_yields_to_one_on_the_named(
    responder: FaqResponder,
) -> None:
    """« la prise en charge coordonnée c tjs un indicateur du volet 1 en 2023 ? »: the
    coordination's entry, as close as the messagerie's « encore un indicateur séparé ? » that
    led (its « toujours » and « indicateur »)."""
    text = "la prise en charge coordonnée c tjs un indicateur du volet 1 en 2023?"
    rep = respond(responder, text)
    assert rep.entry is not None and rep.entry.id == "coordination_medecin_2023"
    # « messagerie sécurisée » names the secure messaging; its « messagerie » alone does not
    # name the patients' messaging as well
    text = "En 2022 j'utilisais encore Apicrypt V1. Mon indicateur messagerie sécurisée est bon ?"
    rep = respond(responder, text, "medecin")
    assert rep.entry is not None and rep.entry.id == "messagerie_apicrypt"


def test_the_indicators_added_between_two_years_say_what_they_pay(
    responder: FaqResponder,
) -> None:
    """« qu'est-ce qui a changé dans le FAMI entre 2023 et 2024 niveau argent ? »: the new
    indicators with their amounts (was their names only)."""
    text = "Qu'est-ce qui a changé dans le FAMI des dentistes entre 2023 et 2024 niveau argent ?"
    reply = to_text(respond(responder, text).message)
    assert f"(300{NN}€)" in reply and f"(350{NN}€)" in reply


def test_joining_next_month_is_too_late_for_this_year(kb: Knowledge) -> None:
    """« Je rejoins une MSP le mois prochain, je peux déjà cocher la coordination pour le FAMI
    de cette année ? »: the 1st of next month set against the 31/12 (« rejoindre » puts it in
    place; « coordination » is the own word of « prise en charge coordonnée »)."""
    r = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))
    text = (
        "Je rejoins une MSP le mois prochain. Est-ce que je peux déjà cocher la coordination "
        "pour le FAMI de cette année ?"
    )
    reply = to_text(respond(r, text, "chirurgien-dentiste").message)
    assert f"Le 01/01/2027, c'est après le 31/12/2026{NN}: trop tard pour l'exercice 2026." in reply


def test_since_a_year_tells_a_story_not_a_change() -> None:
    """« j'encadre des externes depuis 2023, ça rapporte qqch ? » asks an amount; « depuis
    quand ? » still asks of the history."""
    assert asked("j'encadre des externes en MG depuis 2023, ca rapporte qqch dans le FS ?") == (
        "montant"
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("j'ai oublié de déclarer mon forfait structure 2025, je peux encore le faire ?", "non"),
        ("j'ai oublié de déclarer le forfait structure 2025, c'est trop tard ?", "oui"),
        # a declaration to correct is the FAQ entry's to answer
        ("FS 2025 transmis mais j'ai oublié un truc, je peux encore modifier ?", None),
    ],
)
def test_a_closed_window_asked_about_says_so(kb: Knowledge, text: str, verdict: str | None) -> None:
    late = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))
    reply = respond(late, text, "medecin")
    assert reply.fact is None or reply.fact.verdict == verdict
    if verdict is not None:
        assert "close depuis le 08/02/2026" in to_text(reply.message)


@pytest.mark.parametrize(
    "text",
    [
        "jusqu'a quand je peux faire mes interventions aller vers cette année ?",
        # the asker's count is no verdict to give: by when is asked
        "jusqu'a quand je peux faire mes 3 interventions aller vers cette année ?",
    ],
)
def test_by_when_is_the_day_the_indicators_are_assessed(kb: Knowledge, text: str) -> None:
    late = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))
    reply = respond(late, text, "chirurgien-dentiste")
    said = to_text(reply.message)
    assert reply.grounded is None
    assert f"D'ici le 31/12/2026{NN}: les indicateurs de l'exercice 2026" in said


def test_the_word_cabinet_names_no_indicator(responder: FaqResponder) -> None:
    """« cabinet comptable … le montant maximum pour 2023 ? » asked the total; « cabinet » named
    the opening hours (« Horaires du cabinet ») across 2023 and 2024."""
    text = (
        "Cabinet comptable. Notre cliente médecin a encaissé en 2024 le forfait structure "
        "2023 de 5 950 €. Quel était le montant maximum possible pour 2023 ?"
    )
    reply = to_text(respond(responder, text).message)
    assert "Horaires" not in reply and f"8{NN}141" in reply


def test_the_scheme_dated_is_asked_and_a_later_date_does_not_count(
    responder: FaqResponder,
) -> None:
    """« au 31/12/2024 en addendum 7 (mise à jour en janvier 2025) : la FAMI 2024 ? »: the
    FAMI 2024 is asked (was the 2025), and only the situation on its 31/12 counts."""
    text = (
        "dentiste : au 31/12/2024 j'étais en 1.40 addendum 7 (mise à jour faite en janvier "
        "2025). ça valide l'indicateur SESAM-Vitale de la FAMI 2024 ?"
    )
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.case.exercice == 2024
    assert rep.fact.lignes[0] == (
        f"Seule compte la situation au 31/12/2024{NN}: ce qui est en place après (en janvier "
        "2025) ne compte pas pour l'exercice 2024."
    )


def test_a_year_said_only_within_a_day_is_no_exercice_asked(responder: FaqResponder) -> None:
    """« acheté le 2 janvier 2024 … pour le forfait structure 2023 ? »: the 2023 rules alone,
    not the declaration windows of 2023 and 2024 side by side."""
    text = (
        "J'ai acheté un ECG connecté le 2 janvier 2024. Je peux le déclarer dans mes "
        "équipements connectés pour le forfait structure 2023 ?"
    )
    rep = respond(responder, text, "medecin")
    assert rep.fact is None or rep.fact.span is None
    assert rep.fact is None or rep.fact.case.exercice == 2023


def test_means_over_two_years_are_not_the_rules_changes(responder: FaqResponder) -> None:
    """« le forfait structure moyen en 2021 et en 2023, pour comparer » asks published means,
    which the rules do not hold: no « ce qui change de 2021 à 2023 »."""
    text = "c'est quoi le forfait structure moyen touché en 2021 et en 2023 ? pour comparer"
    rep = respond(responder, text, "medecin")
    assert rep.fact is None or "ce qui change" not in rep.fact.titre


def test_an_indicator_asked_before_its_first_exercice(responder: FaqResponder) -> None:
    """« la téléconsultation m'a rapporté des points au forfait structure 2018 ? »: not an
    indicator of 2018, first paid in 2019 under its libellé of then (« vidéotransmission »,
    « téléconsultation » from 2024), not the 2018 maximum."""
    text = (
        "En 2018 j'ai acheté une solution payante de téléconsultation. Est-ce que ça m'a "
        "rapporté des points au forfait structure 2018 ?"
    )
    rep = respond(responder, text, "medecin")
    assert rep.fact is not None and rep.fact.verdict == "non"
    assert rep.fact.lignes[0] == (
        f"«{NN}Équipement pour vidéotransmission sécurisée{NN}» n'est pas un indicateur de "
        f"l'exercice 2018{NN}: il apparaît à l'exercice 2019 (50{NN}points, soit 350{NN}€)."
    )
    apcv = respond(responder, "l'appli carte vitale ça rapportait combien en 2021 ?", "medecin")
    assert apcv.fact is not None and apcv.fact.lignes[0].startswith(
        f"«{NN}Usage de l'appli carte Vitale (ApCV){NN}» n'est pas un indicateur de l'exercice 2021"
    )  # its « Vitale » named the SESAM-Vitale's software, a 2021 indicator


def test_a_sign_off_after_the_question_does_not_hide_it(responder: FaqResponder) -> None:
    """« … Pour 2026, combien au maximum ? Merci d'avance, je m'y perds » asks of 2026 (the
    sign-off was read as the closing sentence, and 2025's forfait structure answered)."""
    text = (
        "Installée en 2025, j'ai déclaré mon forfait structure 2025 en janvier. Pour 2026, je "
        "peux espérer combien au maximum ? Merci d'avance, je m'y perds un peu avec tout ça"
    )
    rep = respond(responder, text, "medecin")
    assert rep.entry is not None and rep.entry.id == "donum_montant_max"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # one year and the other scheme named: its first exercice
        (
            "Le seuil pour les certificats AT-MP en ligne, il a baissé avec la dotation "
            "numérique par rapport au forfait 2025 ?",
            [
                "2025 (Forfait structure 2025 (médecins)) : Certificat médical AT-MP, ≥ 50 %.",
                "> 30 %",
            ],
        ),
        # the same figure, the bound changed
        (
            "le seuil du DMP a baissé entre 2025 et 2026 ?",
            ["≥ 30 % des consultations", "Même seuil, mais exactement 30 % ne suffit plus."],
        ),
        ("l'objectif d'arrêts de travail en ligne a changé entre 2023 et 2024 ?", ["≥ 90 %"]),
        # « depuis 2022 » is the year compared with
        ("le taux DMP a atteindre il a bouge depuis 2022 ? c combien en 2025 ?", ["≥ 20 %"]),
    ],
)
def test_a_target_moved_is_set_side_by_side(
    responder: FaqResponder, text: str, said: list[str]
) -> None:
    """« le seuil … a baissé avec la Donum par rapport au forfait 2025 ? »: each exercice's
    target of the rate named (the convention's entry answered)."""
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Objectif — exercices" in shown
    for part in said:
        assert part in shown


def test_both_volets_named_with_a_total_asked_give_the_maximum(responder: FaqResponder) -> None:
    """ "le maxi en tout (volet 1 + 2) ?": each volet, then their sum."""
    text = to_text(
        respond(
            responder,
            "forfait structure 2023 c'est combien le maxi en tout (volet 1 + 2) ?",
            "medecin",
        ).message
    ).replace(NN, " ")
    assert "Volet 2" in text and "Au plus 1 163 points, soit 8 141 €" in text


def test_a_block_and_the_schemes_total_asked_give_both(responder: FaqResponder) -> None:
    text = to_text(
        respond(
            responder,
            "c quoi le total de points de la dotation numérique et le socle vaut combien ?",
            "medecin",
        ).message
    ).replace(NN, " ")
    assert "Il verse 280 points" in text and "Au plus 420 points, soit 2 940 €" in text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("les 300 € aller vers c'est par intervention ? j'en ai fait 6 donc 1800 ?", "6 × 300 €"),
        ("on a eu deux etudiants de 6e annee, on touche 2 x 350 = 700 ?", "2 × 350 €"),
    ],
)
def test_an_indicator_paid_once_is_not_multiplied(
    responder: FaqResponder, text: str, said: str
) -> None:
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "une fois pour l'exercice, quel que soit le nombre" in shown and said in shown


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        (
            "J'ai oublié de faire ma déclaration forfait structure 2023, je l'ai faite le 2 "
            "février 2024. Un collègue dit que la date limite c'était le 31 janvier. Je suis hors "
            "délai ?",
            "medecin",
            "Non : le 02/02/2024 est avant la clôture du 04/02/2024, dans les délais.",
        ),
        (
            "On m'avait dit jusqu'à fin mars 2025 pour saisir le FAMI 2024. J'ai tout saisi le 20 "
            "mars... c'est grave ?",
            "chirurgien-dentiste",
            "Le 20/03/2025 est après la clôture du 03/03/2025",
        ),
    ],
)
def test_the_day_a_declaration_was_done_is_set_against_the_window(
    responder: FaqResponder, text: str, profession: str, said: str
) -> None:
    """The day told, not today (the window is closed now in both cases)."""
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert said in shown


def test_two_years_most_set_side_by_side_say_the_gap(responder: FaqResponder) -> None:
    """ "max 2022 vs 2023, quelle différence ?": both maxima and the gap between them, in
    points and in euros."""
    text = "max du forfait structure 2022 vs 2023, quelle difference en euros ?"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert (
        "9 695 € en 2022, 1 163 points, soit 8 141 € en 2023 : 222 points (1 554 €) de moins en "
        "2023." in reply
    )


def test_a_block_over_two_years_says_each_worth_and_the_gap(responder: FaqResponder) -> None:
    """ "le volet 1 en 2017 et en 2019, en euros ?": each year's worth, then the gap."""
    text = "combien valait le volet 1 en 2017 et combien en 2019 ? en euros svp pas en points"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2017 : 175 points, soit 1 225 €." in reply
    assert "2019 : 280 points, soit 1 960 €." in reply
    assert "Écart : 735 € de plus en 2019." in reply


def test_a_component_over_years_is_paid_within_its_indicator(responder: FaqResponder) -> None:
    """The patients' messaging in 2026 is paid with the ApCV, as one indicator; « 40 points »
    told of it is what it paid, not a rate."""
    text = (
        "la messagerie avec les patients valait 40 points dans le forfait structure 2025, et "
        "dans la dotation numerique 2026 ?"
    )
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2026 : compris dans « Application carte Vitale et messagerie" in reply
    assert "(20 points, soit 140 €)" in reply
    dmp = "DMP : 40 points en 2022 puis 48 en 2023 ? ça fait combien d'euros de plus ?"
    assert "40 % : objectif atteint" not in to_text(respond(responder, dmp, "medecin").message)


def test_the_year_one_set_up_is_no_exercice_judged(responder: FaqResponder) -> None:
    """« installé en 2021 … pour 2023, FSE à 97 % » judges 2023 alone: 2021 dates the
    installation."""
    text = "Installé en 2021 dans une MSP. Pour 2023 mon taux de FSE est à 97 %, c'est bon ?"
    reply = respond(responder, text, "medecin")
    assert reply.grounded is not None and reply.grounded.case.exercice == 2023


@pytest.mark.parametrize(
    ("text", "worth"),
    [
        (
            "Inscrite sur la plateforme du SAS, j'ouvre 2 h 30 de créneaux par semaine. Volet 1 "
            "validé (Ségur, LAP, FSE 97 %). Combien rapporte l'indicateur SAS du forfait "
            "structure 2025 ?",
            "Il verse 200 points, soit 1 400 €",
        ),
        (
            "J'ai acheté un ECG connecté en 2025. Mon volet 1 est validé (FSE à 96 %, horaires). "
            "Combien rapporte l'indicateur équipements médicaux connectés dans le forfait "
            "structure 2025 ?",
            "Il verse 25 points, soit 175 €",
        ),
    ],
)
def test_a_story_closing_on_one_indicators_worth_gets_it(
    responder: FaqResponder, text: str, worth: str
) -> None:
    """The story's figures do not change what one indicator pays: its worth, not the
    scheme's maximum."""
    reply = respond(responder, text, "medecin")
    assert reply.fact is not None and reply.fact.asked == "montant"
    assert worth in to_text(reply.message).replace(NN, " ")


def test_a_story_closing_on_two_indicators_worth_is_no_single_worth(
    responder: FaqResponder,
) -> None:
    text = (
        "En 2023 j'alimente le DMP après chaque consultation. Mon volet 1 est complet (96 % de "
        "FSE). Ces deux indicateurs, DMP et messagerie patients, ça me rapporte combien au total ?"
    )
    reply = respond(responder, text, "medecin")
    assert reply.fact is None or reply.fact.indicateur is None


def test_a_story_closing_on_renouncing_the_forfait_gets_the_refusal_entry(
    responder: FaqResponder,
) -> None:
    """The story's 60 % of FSE is no verdict nor total to give: renouncing is asked."""
    text = (
        "Je suis proche de la retraite. En 2025 je n'ai que 60 % de FSE et pas de logiciel "
        "Ségur, donc je ne toucherai rien. Est-ce que je peux renoncer au forfait structure ?"
    )
    reply = respond(responder, text, "medecin")
    assert reply.grounded is None and reply.fact is None
    assert reply.entry is not None and reply.entry.id == "perimetre_refus_forfait"


@pytest.mark.parametrize(
    "text",
    [
        "Chirurgien en secteur 2 avec 95 % de FSE et un logiciel Ségur. Je pense à l'OPTAM-CO. "
        "Quel est le taux de dépassement maximum autorisé ?",
        "Je fais des gardes le week-end, logiciel Ségur, 97 % de FSE. Combien est payée "
        "l'astreinte de PDSA de nuit ?",
    ],
)
def test_a_story_closing_on_another_remuneration_is_declined(
    responder: FaqResponder, text: str
) -> None:
    """The story's figures are the forfait's; the question is about another scheme."""
    reply = respond(responder, text, "medecin")
    assert reply.outcome == "out_of_scope" and reply.grounded is None


def test_a_history_asked_for_named_years_is_not_an_older_indicators(
    responder: FaqResponder,
) -> None:
    """The 2017-2021 bouquet of téléservices is not what 2022 and 2025 ask about."""
    reply = respond(
        responder,
        "Les arrêts de travail en ligne : 80 % pour 22,5 points en 2022. C'est toujours le même "
        "objectif en 2025 ?",
        "medecin",
    )
    assert "2017" not in to_text(reply.message)


def test_another_profession_named_names_no_indicator(responder: FaqResponder) -> None:
    """« comme chez les dentistes » named the FSE rate, through an entry comparing targets."""
    reply = respond(
        responder, "Je suis kiné, le FAMI peut monter à 1 240 € comme chez les dentistes ?"
    )
    assert reply.fact is not None and reply.fact.indicateur is None
    assert "1 115 €" in to_text(reply.message).replace(NN, " ")


def test_why_a_block_fell_told_before_the_why_says_what_changed(responder: FaqResponder) -> None:
    reply = respond(
        responder,
        "En 2022 le volet 1 valait 400 points et en 2023 je vois beaucoup moins. Il est passé à "
        "combien et pourquoi ça a baissé ?",
        "medecin",
    )
    text = to_text(reply.message)
    assert "ce qui change de 2022 à 2023" in text and "prise en charge coordonnée" in text


def test_two_figures_each_told_in_its_years_sentence_are_judged_on_their_year(
    responder: FaqResponder,
) -> None:
    reply = respond(
        responder,
        "arrêts de travail en ligne : 82 % en 2022 et c'était validé. en 2024 je suis à 85 % et "
        "c'est non atteint. bug amelipro ?",
        "medecin",
    )
    text = to_text(reply.message).replace(NN, " ")
    assert "2022 : 82 % : objectif atteint — ≥ 80 % (22,5 points" in text
    assert "2024 : 85 % : sous l'objectif — ≥ 90 %" in text


def test_a_day_asked_names_no_indicator_up_to_date(responder: FaqResponder) -> None:
    """« quel jour ? » is a date, not the « à jour des avenants » of the SESAM-Vitale item."""
    reply = respond(responder, "le FAMI 2023 des dentistes, la saisie ouvrait quel jour ?")
    assert reply.fact is not None and reply.fact.asked == "declaration"
    assert "11/01/2024" in to_text(reply.message)


def test_the_maximum_of_two_professions_named_is_each_ones(responder: FaqResponder) -> None:
    reply = respond(
        responder,
        "ma femme est dentiste et moi kiné, même cabinet. c quoi la différence de max FAMI entre "
        "nous deux ?",
    )
    text = to_text(reply.message).replace(NN, " ")
    assert "1 115 €" in text and "1 240 €" in text


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "Bonjour, je suis assistante dentaire et je prépare la déclaration du Dr Ngo. Son "
            "logiciel n'a pas de module DMP, alors quand il a besoin de consulter un DMP il passe "
            "par le site web du DMP. Il l'a fait une dizaine de fois en 2024. Est-ce que cette "
            "utilisation du Web DMP suffit pour valider l'indicateur logiciel compatible DMP ?",
            "dmp_web_dmp",
        ),
        (
            "Bonjour, mon lecteur de cartes Vitale plante régulièrement. Quand ça arrive je passe "
            "en mode dégradé. Mon informaticien dit que ça compte comme de la télétransmission. "
            "Pour le taux de 70 % du FAMI, les feuilles en mode dégradé comptent-elles comme des "
            "FSE ?",
            "taux_fse_mode_degrade",
        ),
    ],
)
def test_a_date_word_of_the_story_asks_no_date(
    responder: FaqResponder, text: str, entry: str
) -> None:
    """ "quand ça arrive…", "je prépare la déclaration…": the story's words, not the question
    it closes on; that question's entry answers, not a calendar (or, for the Web DMP, the
    path of the indicator's question it names: « Non : Le Web DMP ne valide pas »)."""
    reply = respond(responder, text, "chirurgien-dentiste")
    if reply.fact is not None:
        assert reply.fact.asked == "condition" and reply.fact.verdict == "non"
        return
    assert reply.entry is not None and reply.entry.id == entry


def test_a_story_of_a_forgotten_declaration_still_gets_its_dates(responder: FaqResponder) -> None:
    """ "j'ai oublié de déclarer … C'est encore possible de les déclarer ?": the story asks
    the declaration's dates, whatever its closing words."""
    text = (
        "J'étais en arrêt maladie en décembre 2025 et janvier 2026 et j'ai complètement oublié de "
        "déclarer mes indicateurs 2025 sur amelipro. Tout le reste est automatique. C'est encore "
        "possible de les déclarer ?"
    )
    reply = respond(responder, text, "medecin")
    assert reply.fact is not None and reply.fact.asked == "declaration"


def test_the_block_an_indicator_is_in_each_year_named(responder: FaqResponder) -> None:
    """ "la coordo c ds le volet 1 en 2025 comme en 2022 ?": no, volet 2 in 2025 (840 €), the
    volet 1 in 2022, from each year's rules."""
    reply = respond(responder, "la coordo c ds le volet 1 en 2025 comme en 2022 ?", "medecin")
    assert reply.fact is not None and reply.fact.verdict == "non"
    shown = to_text(reply.message).replace(NN, " ")
    assert "Non : en 2025, il est dans « Volet 2" in shown
    assert "il verse 120 points, soit 840 €" in shown
    assert "En 2022, il est dans « Volet 1" in shown


def test_a_deadline_believed_is_set_against_the_window(responder: FaqResponder) -> None:
    """ "je croyais avoir jusqu'au 31 janvier 2024 pour déclarer, c'est bien ça ?": « jusqu'au »
    asks a date (it was missed: « jusqu'a » then « u »), and the day told is not the last."""
    text = (
        "forfait structure 2023 : je croyais avoir jusqu'au 31 janvier 2024 pour déclarer, "
        "c'est bien ça ?"
    )
    reply = respond(responder, text, "medecin")
    assert reply.fact is not None and reply.fact.verdict == "non"
    assert "Non : jusqu'au 04/02/2024, pas le 31/01/2024." in to_text(reply.message).replace(
        NN, " "
    )


def test_two_years_paying_the_same_say_what_they_pay(responder: FaqResponder) -> None:
    """ "les montants du FAMI ont changé entre 2024 et 2025 ?": the same, with the amounts."""
    text = "Les montants du FAMI dentiste ont changé entre 2024 et 2025 ?"
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert (
        "Mêmes indicateurs et mêmes montants les deux années : « Indicateurs socles » (490 €)"
        in shown
    )


def test_the_block_asked_with_no_year_is_told_over_the_years(responder: FaqResponder) -> None:
    """ "coordination c volet 1 ou volet 2 ? on me dit les deux": both were true, in turn;
    each run of years in one block, the year assumed with its worth."""
    shown = to_text(
        respond(responder, "coordination c volet 1 ou volet 2 ? on me dit les deux").message
    ).replace(NN, " ")
    assert "En 2022, il est dans « Volet 1 : équipement du cabinet », exigé." in shown
    assert "De 2023 à 2025, il est dans « Volet 2" in shown


def test_ma_saisie_told_on_a_day_is_judged_against_the_window(responder: FaqResponder) -> None:
    """ "g fait ma saisie fami 2024 le 5 mars 2025 … c foutu ?": the day of the declaration
    told is set against the window (closed on 03/03/2025), not read as an indicator's date."""
    text = (
        "g fait ma saisie fami 2024 le 5 mars 2025, le site l'a pas prise. c'etait fini depuis "
        "quand ? c foutu ?"
    )
    reply = respond(responder, text, "chirurgien-dentiste")
    assert reply.fact is not None and reply.fact.asked == "declaration"
    assert "03/03/2025" in to_text(reply.message)


def test_the_day_the_asker_says_it_is_judges_the_window(responder: FaqResponder) -> None:
    """ "on est le 20 fevrier 2025 je peux encore saisir mon fami de 2024 ?": open that day
    (until 03/03/2025), said in the past; today's state of the window follows."""
    text = "on est le 20 fevrier 2025 je peux encore saisir mon fami de 2024 ou c trop tard ??"
    reply = respond(responder, text, "chirurgien-dentiste")
    assert reply.fact is not None and reply.fact.verdict == "oui"
    shown = to_text(reply.message).replace(NN, " ")
    assert "Oui : le 20/02/2025, la déclaration était ouverte, jusqu'au 03/03/2025." in shown


def test_the_block_is_not_said_of_one_of_two_indicators_named(responder: FaqResponder) -> None:
    """ "mes certificats AT-MP, il entre dans le socle avec les arrêts de travail ?": the AT-MP
    (an option) and the arrêts (the socle's mean) named; no block said of one of them."""
    text = (
        "Question bête : mon taux de certificats AT-MP en ligne, il entre dans le socle de la "
        "Donum avec les arrêts de travail ?"
    )
    reply = respond(responder, text, "medecin")
    assert reply.fact is None or reply.fact.asked != "groupe"


def test_a_topic_out_of_scope_in_the_story_hides_no_question_in_scope(
    responder: FaqResponder,
) -> None:
    """ "… Il a pourtant bien payé sa cotisation. Quel justificatif faut-il fournir pour
    l'indicateur prise en charge coordonnée ?": the cotisation is the story's; the question,
    in scope, gets the indicator's proof."""
    text = (
        "Bonjour, assistante dentaire à Pau. Mon patron fait partie de la CPTS Béarn depuis 2023 "
        "et il veut déclarer la coordination pour l'exercice 2025. La CPTS ne nous a jamais "
        "donné d'attestation d'adhésion. Il a pourtant bien payé sa cotisation. Quel "
        "justificatif faut-il fournir pour l'indicateur prise en charge coordonnée ?"
    )
    reply = respond(responder, text, "chirurgien-dentiste")
    assert reply.outcome != "out_of_scope"
    assert reply.fact is not None and reply.fact.asked == "justificatif"


def test_an_amount_asked_of_an_indicator_the_scheme_named_lacks(responder: FaqResponder) -> None:
    """ "le sas ca rapport combien ds la donum ?" (seen with make run): nothing, the SAS is
    not one of the Donum's indicators; what it paid in the forfait structure 2025. Not the
    Donum's maximum."""
    reply = respond(responder, "le sas ca rapport combien ds la donum ?", "medecin")
    shown = to_text(reply.message).replace(NN, " ")
    assert shown.count("n'est plus un indicateur de la dotation numérique (Donum) 2026") == 1
    assert "où il versait 200 points, soit 1 400 €" in shown


def test_pct_typed_for_percent_is_read(responder: FaqResponder) -> None:
    """ "si ma moyene tombe a 58 pct je perd tt ?" (seen with make run): 58 %, the mean
    under 60 %, the socle and the options lost."""
    reply = respond(responder, "donum 2026 : si ma moyene tombe a 58 pct je perd tt ?", "medecin")
    assert reply.grounded is not None and reply.grounded.statut == "non_atteint"


def test_a_declaration_not_made_given_up_for_lost_is_said_closed(responder: FaqResponder) -> None:
    """« pas fait ma saisie fami 2024, foutu ? » in November 2026: « Oui », the window closed
    on 03/03/2025, ask the CPAM (the dates' entry answered, as if still to come)."""
    rep = respond(responder, "pas fait ma saisie fami 2024, foutu ?")
    assert rep.fact is not None and rep.fact.verdict == "oui"
    shown = to_text(rep.message).replace(NN, " ")
    assert "Oui : la période de déclaration est close." in shown and "CPAM" in shown


def test_what_the_donum_replaces_and_from_when_is_its_definition(responder: FaqResponder) -> None:
    """« ça remplace quoi exactement et à partir de quand » asks a start: the definition gives
    it (« à partir de l'exercice 2026 »), not the payment's date."""
    text = "c quoi cette histoire de Donum ? ça remplace quoi exactement et à partir de quand"
    rep = respond(responder, text, "medecin")
    assert rep.entry is not None and rep.entry.id == "donum_definition"


@pytest.mark.parametrize(
    ("text", "verdict", "said"),
    [
        (
            "Dentiste : mes horaires ne sont toujours pas dans l'annuaire santé. On est début "
            "décembre, j'ai encore le temps pour le FAMI 2026 ?",
            "oui",
            "Oui : vous avez jusqu'au 31/12/2026 pour l'exercice 2026.",
        ),
        (
            "dentiste, mes horaires pas dans l'annuaire santé, j'ai encore le temps pour le FAMI "
            "2025 ?",
            "non",
            "Non : c'était au plus tard le 31/12/2025 pour l'exercice 2025.",
        ),
    ],
)
def test_still_time_for_an_indicator_is_its_last_day(
    responder: FaqResponder, text: str, verdict: str, said: str
) -> None:
    """« j'ai encore le temps pour le FAMI 2026 ? » of an indicator: its last day against the
    asker's day (« on est début décembre ») or today, with a yes or a no."""
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.verdict == verdict
    assert to_text(rep.message).replace(NN, " ").splitlines()[1] == said


def test_still_time_to_declare_is_the_declarations_window(responder: FaqResponder) -> None:
    """« j'ai encore le temps de déclarer le FAMI 2025 ? » asks the window, closed since
    02/03/2026 (not an indicator's last day)."""
    rep = respond(responder, "j'ai encore le temps de déclarer le FAMI 2025 ?")
    assert rep.fact is not None and rep.fact.asked == "declaration"
    assert "close depuis le 02/03/2026" in to_text(rep.message).replace(NN, " ")


@pytest.mark.parametrize(
    "text",
    [
        "slt, le point du forfait structure il est tjs a 7€ en 2023 comme en 2022 ?",
        "la valeur du point a changé entre 2022 et 2023 ?",
    ],
)
def test_the_point_over_two_years_is_each_years_value(responder: FaqResponder, text: str) -> None:
    """The point asked over two years is its value in each, not the schemes' maxima nor
    what changed between them."""
    rep = respond(responder, text, "medecin")
    assert rep.fact is not None and rep.fact.subject == "point"
    shown = to_text(rep.message).replace(NN, " ")
    assert "2022 : 1 point = 7 €." in shown and "2023 : 1 point = 7 €." in shown
    assert "La même valeur les deux années." in shown


def test_a_point_value_checked_is_the_points_value(responder: FaqResponder) -> None:
    """« le point est toujours à 7 € en 2023 ? »: « est toujours à 7 € » checks an amount."""
    rep = respond(responder, "le point est toujours à 7 € en 2023 ?", "medecin")
    assert rep.fact is not None and rep.fact.subject == "point"


def test_an_indicator_gone_asked_still_paid_gets_a_no(responder: FaqResponder) -> None:
    """« Dans le Donum 2026 c'est toujours payé comme avant, les 200 points ? » of the SAS: « Non »,
    not an indicator there, and what it paid in 2025 (the story was declined)."""
    text = (
        "Je fais du SAS 2h/semaine. Dans le Donum 2026 c'est toujours payé comme avant, les 200 "
        "points ?"
    )
    rep = respond(responder, text, "medecin")
    assert rep.fact is not None and rep.fact.verdict == "non"
    assert rep.fact.lignes[0].startswith(f"Non{NN}: «{NN}Participation au service d'accès")
    asked = respond(responder, "le sas ca rapport combien ds la donum ?", "medecin")
    assert asked.fact is not None and asked.fact.lignes[0].startswith("Rien")


@pytest.mark.parametrize(
    ("text", "verdict", "opens"),
    [
        (
            "Pour 2025 l'indicateur cahier des charges SESAM-Vitale était encore neutralisé comme "
            "en 2023 ?",
            "non",
            f"Non{NN}: c'est un indicateur exigé pour",
        ),
        (
            "le cahier des charges sesam vitale était neutralisé en 2023 ?",
            "oui",
            f"Oui{NN}: neutralisé pour l'exercice 2023",
        ),
        (  # the status told, whether it blocks asked (blind set 152)
            "sur amelipro forfait structure 2023 le Dr voit « Indicateur 3 – cahier des charges "
            "SESAM-Vitale : neutralisé ». Est-ce que ça bloque son volet 1 ?",
            "non",
            f"Non{NN}: neutralisé pour l'exercice 2023",
        ),
    ],
)
def test_neutralised_asked_is_the_obligation_turned(
    responder: FaqResponder, text: str, verdict: str, opens: str
) -> None:
    """« encore neutralisé en 2025 ? » asks whether it is required, the other way round: « Non »
    when it is required, « Oui » the year it was neutralised."""
    rep = respond(responder, text, "medecin")
    assert rep.fact is not None and rep.fact.asked == "obligatoire"
    assert rep.fact.verdict == verdict and rep.fact.lignes[0].startswith(opens)


def test_a_claim_checked_names_no_indicator_by_its_exact(responder: FaqResponder) -> None:
    """« … le SAS est un prérequis du volet 1 en 2023. C'est exact ? »: « exact » is the
    claim checked, not a word of the FSE rate's notes (« exactement 2/3 »); the block the SAS
    is in answers (it was declined: two indicators named)."""
    text = (
        "Le Dr Lemaire (MG) m'assure que participer au SAS est un prérequis du volet 1 en 2023. "
        "C'est exact ?"
    )
    rep = respond(responder, text, "medecin")
    assert rep.fact is not None and rep.fact.asked == "groupe" and rep.fact.verdict == "non"


@pytest.mark.parametrize(
    ("month", "verdict", "opens"),
    [
        ("juin 2025", "oui", f"Oui{NN}: un versement en juin 2025 est dans la période annoncée"),
        ("septembre 2025", "non", f"Non{NN}: un versement en septembre 2025 est après"),
    ],
)
def test_a_payment_received_on_a_month_is_set_against_the_period(
    responder: FaqResponder, month: str, verdict: str, opens: str
) -> None:
    """« le FAMI 2024 est arrivé en juin 2025, c'est normal ? »: the month told against the
    period announced (2nd quarter 2025, to 30/06/2025); the declaration dates answered."""
    rep = respond(responder, f"le fami 2024 est arrivé en {month}, c'est normal ?")
    assert rep.fact is not None and rep.fact.asked == "paiement"
    assert rep.fact.verdict == verdict and rep.fact.lignes[0].startswith(opens)


def test_a_declaration_day_told_is_no_indicators_last_day(responder: FaqResponder) -> None:
    """« J'ai fait sa déclaration en février 2025. Le paiement devait arriver quand ? »: the
    payment's date, not « Le 28/02/2025, c'est après le 31/12/2024 : trop tard » for the
    student named in the story."""
    text = (
        "Le Dr Perrin avait tout pour 2024 : socle, MSP, étudiant de 6e année et 3 interventions "
        "en EHPAD. J'ai fait sa déclaration en février 2025. Le paiement devait arriver quand ?"
    )
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.asked == "paiement"
    assert "trop tard" not in to_text(rep.message)


def test_two_years_of_ones_own_story_are_not_the_rules_changes(responder: FaqResponder) -> None:
    """« en 2023 j'avais le socle …, j'ai touché 590 €. En 2024 pareil, plus 3 interventions …
    combien de plus pour 2024 par rapport à 2023 ? » asks the asker's own gain, not what the
    rules changed between the two years (« Indicateurs socles : 490 € en 2023, 490 € en 2024 »)."""
    text = (
        "Bonjour, en 2023 j'avais le socle et j'étais déjà dans la CPTS, j'ai touché 590 €. En "
        "2024 pareil, plus 3 interventions : deux dans une école REP et une dans un IME. Je vais "
        "toucher combien de plus pour 2024 par rapport à 2023 ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert "ce qui change de 2023 à 2024" not in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Dentiste à Lorient. En 2024 tout est bon côté FSE (80 %), horaires, logiciel DMP et "
            "SESAM-Vitale. Pour la messagerie j'utilise toujours Apicrypt, la vieille version 1 "
            "installée il y a des années, jamais mise à jour. Est-ce que ça valide l'indicateur "
            "messagerie ?",
            "Non : Apicrypt V1 ne valide pas l'indicateur.",
        ),
        (
            "bjr, dentiste, mon logiciel de cabinet est assez ancien et n'a pas de module DMP, du "
            "coup en 2024 j'ai consulté et alimenté les DMP de mes patients directement par le "
            "site web DMP. A coté : SESAM-Vitale à jour, 82% de FSE, horaires ok, messagerie "
            "MSSanté ok. Est ce que le web DMP me valide l'indicateur logiciel compatible DMP ?",
            "Non : le Web DMP ne valide pas l'indicateur.",
        ),
    ],
)
def test_the_path_a_question_names_answers_whether_it_validates(
    responder: FaqResponder, text: str, said: str
) -> None:
    """The indicator's question's choice the message names (« Apicrypt … version 1 ») gives
    the verdict, its reason and what to do, and what the block pays."""
    rep = respond(responder, text, "chirurgien-dentiste")
    reply = to_text(rep.message).replace(NN, " ")
    assert said in reply and "490 €" in reply
    assert rep.fact is not None and rep.fact.verdict == "non"


@pytest.mark.parametrize(
    "text",
    [
        # the path's condition denied
        "je suis collaborateur liberal, sans attestation du titulaire la messagerie du cabinet "
        "me suffit ?",
    ],
)
def test_no_path_verdict_where_the_path_does_not_settle_it(
    responder: FaqResponder, text: str
) -> None:
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is None or rep.fact.asked != "condition" or rep.fact.verdict != "oui"


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "Coordination FAMI dentiste : je fais 3 RCP par an, ça valide ?",
            "Non : Moins de 4 RCP dans l'année ne valident pas l'indicateur.",
            "non",
        ),
        (
            "chir dentiste, je fais 5 RCP par an avec le centre anti-cancer, ça valide "
            "l'indicateur coordination ?",
            "Oui : Au moins 4 RCP dans l'année valident l'indicateur",
            "oui",
        ),
        # the day of the next one is when it happened, not a second year of counts
        (
            "Coordination : j'ai fait 3 RCP en 2025 et la 4e le 15 janvier 2026. Ça valide les "
            "100 € du FAMI 2025 ?",
            "Non : Moins de 4 RCP dans l'année ne valident pas l'indicateur.",
            "non",
        ),
    ],
)
def test_a_path_told_by_its_count(
    responder: FaqResponder, text: str, said: str, verdict: str
) -> None:
    """« Au moins 4 RCP par an » is a choice with a minimum (`seuil`): the count told checks
    it, the word « RCP » alone does not."""
    rep = respond(responder, text, "chirurgien-dentiste")
    assert said in to_text(rep.message).replace(NN, " ")
    assert rep.fact is not None and rep.fact.verdict == verdict


def test_the_sas_hours_told_under_their_minimum(responder: FaqResponder) -> None:
    """From 2024 the SAS asks 2 hours a week: « 1h/semaine » is under it (« Non »); « 2 h »
    reaches it but does not say the asker is registered, so no « Oui » rests on it."""
    rep = respond(
        responder,
        "sas 2025 : 1h/semaine de creneaux pr des patients pas a moi, ca suffit ?",
        "medecin",
    )
    said = to_text(rep.message).replace(NN, " ")
    assert "Non : il faut au moins 2 heures par semaine de créneaux ouverts." in said
    assert rep.fact is not None and rep.fact.verdict == "non"
    # « je touche les 1 400 € ? » after the count: the item the message told the count of
    rep = respond(
        responder,
        "Je suis inscrit au SAS mais je n'ouvre qu'1 h de créneaux par semaine pour des patients "
        "qui ne sont pas les miens. Je touche les 1 400 € pour 2025 ?",
        "medecin",
    )
    assert rep.fact is not None and rep.fact.verdict == "non"
    rep = respond(
        responder,
        "En 2025 j'ai ouvert 2 h par semaine de créneaux pour des patients qui ne sont pas les "
        "miens, via l'agenda partagé. Est-ce que ça suffit pour l'indicateur SAS ?",
        "medecin",
    )
    assert rep.fact is None or rep.fact.verdict != "oui"


def test_an_amount_heard_in_the_past_tense_is_checked(responder: FaqResponder) -> None:
    """« on m'a dit que ça faisait 1400 euros, c'est bien ça ? » checks what the SAS pays, as
    « ça fait 1400 euros ? » does (it got the scheme's maximum)."""
    text = (
        "le SAS dans le forfait structure 2024 on m'a dit que ça faisait 1400 euros, c'est bien "
        "ça ?"
    )
    said = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Il verse 200 points, soit 1 400 €" in said


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        (
            "c'est quoi les indicateurs 'socle' du FAMI dentiste ? faut vraiment tous les avoir ?",
            "chirurgien-dentiste",
            "Il verse 490 € si ses 5 indicateurs exigés sont tous atteints :",
        ),
        (
            "en 2024 le volet 1 c'est quoi les trucs obligatoires ? j'ai vu passer 'addendum 8'",
            "medecin",
            "— SESAM-Vitale addendum 8 avec l'appli carte Vitale",
        ),
        (
            "Bonjour, le Dr Colin me demande la liste de ce qui etait obligatoire dans le volet 1 "
            "du forfait structure 2025, il a entendu parler d'un addendum 8 sans trop comprendre",
            "medecin",
            "— Taux de télétransmission > 2/3",
        ),
        # which ones are declared, when asked
        (
            "Quels indicateurs du volet 2 du forfait structure 2023 dois-je déclarer moi-même ?",
            "medecin",
            "— Capacité à coder les données médicales (à déclarer) : 50 points",
        ),
    ],
)
def test_the_items_of_a_block_asked(
    responder: FaqResponder, text: str, profession: str, said: str
) -> None:
    """« c'est quoi les indicateurs obligatoires / les trucs du volet 1 ? »: the block's items
    from the rules of the case (it got an entry on one of them, or on who is covered)."""
    rep = respond(responder, text, profession)
    assert said in to_text(rep.message).replace(NN, " ")


def test_an_amount_checked_in_the_imperfect(responder: FaqResponder) -> None:
    """« en 2022 le volet 1 c'etait 280 pts comme en 2023 ? »: each year's amount, 400
    points in 2022 (it offered the closest questions)."""
    said = to_text(
        respond(responder, "en 2022 le volet 1 c'etait 280 pts comme en 2023 ?", "medecin").message
    ).replace(NN, " ")
    assert "2022 : 400 points, soit 2 800 €." in said


def test_a_month_told_is_not_given_a_day(responder: FaqResponder) -> None:
    """« à partir de janvier 2027 »: the month, not a day made up (« Le 31/01/2027 »)."""
    text = (
        "J'accueille un étudiant de 6e année à partir de janvier 2027. Ça compte pour le FAMI "
        "2026 ?"
    )
    said = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "En janvier 2027, c'est après le 31/12/2026 : trop tard pour l'exercice 2026." in said


def test_the_maximum_over_two_years_asked_with_a_change(responder: FaqResponder) -> None:
    """« FAMI dentiste max en 2023 vs 2024 ? jcrois que ça a bcp augmenté »: « max » asks a
    figure even beside « augmenté » (it got the entry on the 2023 payment)."""
    said = to_text(
        respond(
            responder, "FAMI dentiste max en 2023 vs 2024 ? jcrois que ça a bcp augmenté", None
        ).message
    ).replace(NN, " ")
    assert (
        "2024 : au plus 1 240 € (490 € + 100 € + 300 € + 350 €)." in said
        and "Soit 650 € de plus en 2024 qu'en 2023." in said
    )


def test_an_indicator_gone_asked_with_its_loss_says_what_it_paid(
    responder: FaqResponder,
) -> None:
    text = "le SAS 200 pts ca continue en 2026 ? sinon ca me fait perdre combien"
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "n'est plus un indicateur de la dotation" in reply and "1 400 €" in reply


def test_a_block_named_by_what_it_pays(responder: FaqResponder) -> None:
    """« un forfait informatisation de 490 € » is the FAMI's socle, which pays 490 €; « 1 225 €
    versés, c'était le maximum ? » still asks the scheme's maximum."""
    text = (
        "chirurgien-dentiste installé depuis peu. On me parle d'un forfait informatisation de "
        "490 €, il faut remplir combien de critères pour l'avoir ?"
    )
    reply = to_text(respond(responder, text).message).replace(NN, " ")
    assert "Il verse 490 € si ses 5 indicateurs exigés sont tous atteints" in reply
    maximum = "en 2018 la CPAM m'a versé 1 225 € pour 2017. C'était le maximum possible ?"
    assert "Il verse" not in to_text(respond(responder, maximum, "medecin").message)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        (
            "2 interventions en EHPAD cette année, la 3e est calée le 18 décembre. Ça passe pour "
            "les 300 € « aller vers » du FAMI 2026 ?",
            True,
        ),
        # the count told just before the one planned is not the ordinal
        ("j ai 2 interventions en ehpad et la 3e est prevue le 15 decembre, ca passe ?", True),
        # planned in January, told in December: next year's, not this one's
        (
            "j'ai fait 2 interventions en école REP+ cette année, la 3e est prévue le 12 janvier. "
            "Ça compte pour le FAMI 2026 ?",
            False,
        ),
    ],
)
def test_the_next_one_planned_within_the_year_is_counted_on_that_condition(
    responder: FaqResponder, text: str, counted: bool
) -> None:
    r = FaqResponder.from_knowledge(responder.rules.kb, today=lambda: dt.date(2026, 12, 3))
    reply = to_text(respond(r, text, "chirurgien-dentiste").message).replace(NN, " ")
    said = "Avec la 3e, prévue, si elle a bien lieu d'ici le 31/12/2026 ; sans elle, 2 ne"
    assert (said in reply) is counted


def test_a_target_of_before_told_in_the_past(responder: FaqResponder) -> None:
    """ "il fallait au moins 2/3 de FSE …": a target told, not the asker's rate; the Donum's
    FSE, part of an average, is said with the average's target."""
    reply = to_text(
        respond(
            responder,
            "Dans l'ancien forfait structure il fallait au moins 2/3 de FSE sinon le volet 1 "
            "sautait, je me suis fait avoir en 2019. Avec la dotation numerique 2026, il y a "
            "encore un seuil a part pour le taux de FSE ?",
            "medecin",
        ).message
    )
    assert "entre dans la moyenne des quatre taux" in reply and f"≥ 60{NN}%" in reply


def test_as_much_as_before_asks_the_new_scheme_s_amount(responder: FaqResponder) -> None:
    """ "je touchais 7 000 €. Avec le Donum je peux espérer autant ?": its maximum."""
    reply = to_text(
        respond(
            responder,
            "Avec le forfait structure je touchais dans les 7000 €. Avec le Donum 2026 je peux "
            "espérer autant si je valide tout ?",
            "medecin",
        ).message
    )
    assert f"2{NN}940{NN}€" in reply


def test_whether_a_payment_is_due_yet_asks_its_period(responder: FaqResponder) -> None:
    """ "déjà censé être versé ou pas encore ?": when it is paid."""
    reply = to_text(
        respond(
            responder,
            "Le FAMI 2025 d'une consœur dentiste, il est déjà censé être versé ou pas encore ?",
        ).message
    )
    assert reply.startswith("Paiement") and "deuxième trimestre 2026" in reply


def test_a_first_message_told_too_late(responder: FaqResponder) -> None:
    """A count of one (« au moins un message ») is done on a day: sent on 2 or 3 January
    2027, too late for 2026; not asked « trop tard », a date names no such count."""
    late = to_text(
        respond(
            responder,
            "On est le 3 janvier 2027. J'ai envoyé hier mon tout premier message à un patient "
            "via Mon espace santé. Trop tard pour les points de 2026 ?",
            "medecin",
        ).message
    )
    assert f"Oui, trop tard{NN}:" in late and "31/12/2026" in late
    visio = to_text(
        respond(
            responder,
            "j'ai payé un abonnement de téléconsultation sécurisée en mars 2026, ça compte pour "
            "la dotation numérique ?",
            "medecin",
        ).message
    )
    assert "messagerie" not in visio.splitlines()[0]


def test_a_declaration_forgotten_asks_the_window_not_the_verdict(
    responder: FaqResponder,
) -> None:
    """ "oublié de déclarer mes 4 interventions de 2025, je peux encore ?": the 2025 window,
    closed on 02/03/2026, not whether 4 interventions meet the target."""
    reply = to_text(
        respond(
            responder,
            "Je viens de me rendre compte que j'ai oublié de déclarer sur amelipro mes 4 "
            "interventions en EHPAD de 2025 pour le FAMI. Je peux encore le faire maintenant ?",
            "chirurgien-dentiste",
        ).message
    )
    assert "la période de déclaration est close" in reply and "02/03/2026" in reply


def test_a_bare_case_with_linking_words(responder: FaqResponder) -> None:
    """ "alimentation dmp ds la donum 2026 ?", "la téléconsultation compte pour le forfait
    structure 2025 ?": the indicator that year; "Le FAMI 2025 est fichu pour moi ?" is no
    bare case."""
    dmp = to_text(respond(responder, "alimentation dmp ds la donum 2026 ?", "medecin").message)
    assert dmp.startswith("Alimentation du DMP et ordonnances numériques")
    visio = to_text(
        respond(responder, "la téléconsultation compte pour le forfait structure 2025 ?").message
    )
    assert f"50{NN}points, soit 350{NN}€" in visio


def test_something_not_yet_in_place_too_late(responder: FaqResponder) -> None:
    """ "mes horaires sont pas encore sur l annuaire, trop tard pr 2026 ?": the indicator's
    date, not the declaration window (last look, 3/12)."""
    reply = to_text(
        respond(
            responder,
            "mes horaires sont pas encore sur l annuaire, trop tard pr 2026 ?",
            "chirurgien-dentiste",
        ).message
    )
    assert f"Non, pas trop tard{NN}: vous avez jusqu'au 31/12/2026" in reply


def test_a_declaration_asked_of_a_day_is_judged_on_that_day(responder: FaqResponder) -> None:
    """« je peux encore déclarer … le 3 mars 2025 ? » asks of that day, the window's last,
    not of today's; a deadline quoted (« avant le 3 mars ») is no such day (blind set 149)."""
    rep = respond(responder, "FAMI 2024 : je peux encore déclarer mes indicateurs le 3 mars 2025 ?")
    assert rep.fact is not None and rep.fact.verdict == "oui"
    assert rep.fact.lignes[0] == f"Oui{NN}: le 03/03/2025 était le dernier jour de la déclaration."


def test_a_window_asked_early_says_the_year_after(responder: FaqResponder) -> None:
    """« je peux déjà déclarer mon FAMI 2026 ? » asks the window; unpublished, it is not
    before 2027, the indicators being assessed on 31/12/2026 (blind set 149)."""
    rep = respond(
        responder,
        "on est le 3 dec, je peux deja declarer mon FAMI 2026 sur amelipro ?",
        "chirurgien-dentiste",
    )
    assert rep.fact is not None and rep.fact.asked == "declaration"
    assert "pas avant 2027, les indicateurs étant appréciés au 31/12/2026" in rep.fact.lignes[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la dotation numérique 2026 je la touche avant noel ?", "paiement"),
        ("le fami 2025 je le touche avant l ete ?", "paiement"),
        (
            "en 2025 je touchais autour de 7000 € de forfait structure. avec la donum je vais "
            "perdre de l argent ?",
            "montant",
        ),
    ],
)
def test_paid_by_a_time_and_money_lost_with_the_new_scheme(text: str, kind: str) -> None:
    """« je la touche avant Noël ? » asks the payment; « avec la Donum je vais perdre de
    l'argent ? » the new scheme's maximum, beside the old one's (blind sets 149, 150)."""
    assert asked(text) == kind


def test_something_still_to_do_asks_whether_there_is_time(responder: FaqResponder) -> None:
    """« jamais mis mes horaires sur annuaire santé, je peux encore le faire ? »: the day
    the indicator is assessed, « Oui » before it (blind set 150)."""
    rep = respond(
        responder,
        "jai jamais mis mes horaires sur annuaire santé, je peux encore le faire maintenant pr le "
        "FAMI 2026 ?",
        "chirurgien-dentiste",
    )
    assert rep.fact is not None and rep.fact.verdict == "oui"
    assert rep.fact.lignes[0] == f"Oui{NN}: vous avez jusqu'au 31/12/2026 pour l'exercice 2026."


def test_the_most_without_one_indicator(responder: FaqResponder) -> None:
    """« le max du FAMI 2024 ? et s'il n'a pas d'étudiant ? »: the most, then the most
    without the student (blind set 152); « le max du forfait structure 2025 sans le SAS ? »."""
    text = to_text(
        respond(
            responder,
            "hotline : montant max du FAMI 2024 pour un chir-dentiste ? et s'il n'a pas "
            "d'étudiant ?",
        ).message
    ).replace(NN, " ")
    assert "Au plus 1 240 € pour l'exercice 2024, tous les indicateurs atteints." in text
    assert "Au plus 890 € pour l'exercice 2024 sans « Accueil d'un étudiant de 6e année" in text
    rep = respond(responder, "le max du forfait structure 2025 sans le SAS ?", "medecin")
    assert rep.fact is not None
    assert (
        rep.fact.lignes[0]
        .replace(NN, " ")
        .startswith(
            "Au plus 915 points, soit 6 405 € pour l'exercice 2025 sans « Participation au service"
        )
    )


def test_two_targets_offered_ask_the_target() -> None:
    """« taux de FSE pr le FS 2025 c'est 2/3 ou 70 % ? »: a choice between two targets, not
    the asker's figures (blind set 153)."""
    assert asked("taux de FSE pr le forfait structure 2025 c'est 2/3 ou 70% ?") == "montant"


def test_an_optional_item_of_a_block_is_not_said_required(responder: FaqResponder) -> None:
    """The coordination in the volet 1 in 2022, optional that year: « facultatif », not
    « exigé » (blind set 153)."""
    rep = respond(
        responder,
        "En 2022 la prise en charge coordonnée était dans le volet 1 du forfait structure ?",
        "medecin",
    )
    assert rep.fact is not None and "facultatif cette année-là" in rep.fact.lignes[0]


def test_a_date_a_guide_gives_is_not_the_askers(responder: FaqResponder) -> None:
    """« … jusqu'à quand pour mes horaires ? Le guide médecins que j'ai trouvé parle du
    31/12/2022. »: a dentist (the guide is the médecins'), asking the FAMI 2024's deadline;
    the guide's date is not judged as the day the asker did it (blind set 155)."""
    text = (
        "Pour le FAMI 2024, j'avais jusqu'à quand pour mettre mes horaires dans l'annuaire "
        "santé ? Le guide médecins que j'ai trouvé parle du 31/12/2022."
    )
    rep = respond(responder, text)
    shown = to_text(rep.message)
    assert rep.fact is not None and rep.fact.case.profession == "chirurgien-dentiste"
    assert "Au plus tard le 31/12/2024 pour l'exercice 2024." in shown
    assert "Le 31/12/2022" not in shown


@pytest.mark.parametrize(
    ("profession", "text", "said"),
    [
        (
            "medecin",
            "Pour l'indicateur appli carte Vitale, je dois déclarer quelque chose sur amelipro ou "
            "ça remonte tout seul ?",
            "mesuré automatiquement",
        ),
        (
            "chirurgien-dentiste",
            "les interventions aller vers du FAMI 2024, je dois les déclarer ou ça remonte tout "
            "seul ?",
            "À déclarer vous-même sur amelipro pendant la campagne de déclaration",
        ),
    ],
)
def test_whether_an_indicator_comes_by_itself(
    responder: FaqResponder, profession: str, text: str, said: str
) -> None:
    """« … ou ça remonte tout seul ? »: measured by the caisse, or declared (blind set 157)."""
    assert said in to_text(respond(responder, text, profession).message)


def test_an_indicator_gone_says_what_the_new_scheme_pays(responder: FaqResponder) -> None:
    """« encadrer des externes en 2027, ça rapporte avec la Donum ? »: nothing, and the most
    the Donum pays on its own indicators (blind set 150)."""
    text = (
        "En 2027 je vais encadrer des externes au cabinet. Ça rapporte quelque chose avec la "
        "Donum, comme avant avec le forfait structure ?"
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "« Dotation numérique (Donum) 2027 » verse au plus 420 points, soit 2 940 €" in shown


def test_forfait_structure_indicators_are_judged_on_the_31_12(responder: FaqResponder) -> None:
    """« entré dans la CPTS le 8 janvier 2024, je pouvais cocher la coordination pour le
    forfait structure 2023 ? »: the forfait structure is assessed on the 31/12 (ameli.fr), as
    the FAMI is; « il a pris sa retraite » names no « prise en charge coordonnée »."""
    text = (
        "Je suis entré dans la CPTS le 8 janvier 2024. Je pouvais cocher la prise en charge "
        "coordonnée pour le forfait structure 2023 ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Le 08/01/2024, c'est après le 31/12/2023{NN}: trop tard pour l'exercice 2023." in reply
    text = "Le Dr Hamon a pris sa retraite le 30 juin 2025. Il touche le forfait structure 2025 ?"
    assert "coordonnée" not in to_text(respond(responder, text).message)


def test_a_later_deadline_a_page_gives_leaves_both_readings(responder: FaqResponder) -> None:
    """Ségur installed on 20/01/2024: after the 31/12/2023 of the guides, before the 31/01/2024
    of a public page, so no verdict; in March 2024, too late under both, and the volet 2 that
    the volet 1 gates is lost too."""
    text = (
        "Mon logiciel référencé Ségur a été installé le 20 janvier 2024. Pour l'indicateur "
        "logiciel du forfait structure 2023 ça passait ou pas ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"mais avant le 31/01/2024{NN}: les textes divergent." in reply
    assert "trop tard" not in reply
    text = "Logiciel Ségur installé seulement en mars 2024 : pour le forfait structure 2023 ?"
    reply = to_text(respond(responder, text).message)
    assert "trop tard pour l'exercice 2023" in reply
    assert f"n'est pas atteint, ni donc «{NN}Volet 2" in reply


def test_sending_something_to_the_caisse_asks_for_proof() -> None:
    """« je dois envoyer quelque chose à la caisse ? » asks which proof, not by when."""
    assert asked("Je dois envoyer quelque chose a la caisse pour mon logiciel ?") == "justificatif"


def test_an_update_planned_after_the_31_12_is_too_late(responder: FaqResponder) -> None:
    """« Ma MAJ addendum 8 du logiciel est prévue le 6 janvier 2025… trop tard pour le FAMI
    2024 ? »: the SESAM-Vitale version on the 31/12, not the declaration window; the addendum
    names the SESAM-Vitale indicator, not the DMP software."""
    text = (
        "Ma MAJ addendum 8 du logiciel est prévue le 6 janvier 2025 par l'éditeur... c'est trop "
        "tard pour le FAMI 2024 ?"
    )
    reply = to_text(respond(responder, text).message)
    assert reply.startswith("Cahier des charges SESAM-Vitale")
    assert f"Oui, trop tard{NN}: le 06/01/2025, c'est après le 31/12/2024" in reply


def test_the_maximum_of_another_profession_named_follows(responder: FaqResponder) -> None:
    """« je suis kiné, ma voisine dentiste peut toucher plus que moi au max du FAMI ? »: the
    kinés' maximum, then the dentists' for the same exercice, with its source."""
    text = "je suis kiné, ma voisine dentiste dit qu'elle touche plus que moi au max du FAMI ?"
    reply = to_text(respond(responder, text).message)
    assert f"Au plus 1{NN}115{NN}€" in reply
    assert f"Pour les chirurgiens-dentistes{NN}: au plus 1{NN}240{NN}€" in reply
    assert "guide méthodologique FAMI 2024" in reply


def test_maxima_over_years_in_euros_say_what_makes_them(responder: FaqResponder) -> None:
    """« FAMI max en 2023 vs 2024 ? »: each year's maximum with its parts, in euros."""
    reply = to_text(respond(responder, "FAMI dentiste max en 2023 vs 2024 ?").message)
    assert f"2024{NN}: au plus 1{NN}240{NN}€ (490{NN}€ + 100{NN}€ + 300{NN}€ + 350{NN}€)." in reply


def test_the_nth_of_a_count_done_after_the_31_12(responder: FaqResponder) -> None:
    """« g fait ma 3e intervention ehpad le 5 janvier 2026, ca compte pr le fami 2025 ? »:
    the third of three needed, done after the 31/12/2025 (it got the declaration dates)."""
    text = "g fait ma 3e intervention ehpad le 5 janvier 2026 ca compte pr le fami 2025 ?"
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert f"Le 05/01/2026, c'est après le 31/12/2025{NN}: trop tard pour l'exercice 2025." in reply


def test_a_block_asked_to_be_listed_formally_lists_it(responder: FaqResponder) -> None:
    """« pourriez-vous m'indiquer les cinq indicateurs socles du FAMI … et le montant ? »: the
    block's five indicators and what it pays (490 €)."""
    text = (
        "Madame, Monsieur, pourriez-vous m'indiquer les cinq indicateurs socles du FAMI "
        "applicables aux chirurgiens-dentistes, ainsi que le montant auquel ils ouvrent droit ?"
    )
    reply = to_text(respond(responder, text).message)
    assert "Il verse 490\u202f€ si ses 5 indicateurs exigés sont tous atteints" in reply
    assert "— Taux de télétransmission FSE ≥ 70\u202f%" in reply


def test_the_composition_of_a_block_asked_lists_it(responder: FaqResponder) -> None:
    """« la composition du socle … quels taux de téléservices … ? »: the socle's two items,
    not the option « Téléservices CM AT-MP, DSG et SPE » its words name."""
    text = (
        "je souhaiterais connaître la composition du socle de la dotation numérique pour "
        "l'exercice 2026 : quels équipements sont exigés et quels taux de téléservices sont "
        "pris en compte, avec quel seuil ?"
    )
    reply = to_text(respond(responder, text, "medecin").message)
    assert reply.startswith("Indicateurs socles (tous requis) — Dotation numérique (Donum) 2026")
    assert "— Services en ligne\u202f: moyenne des taux DMT, FSE, PSE et AAT ≥ 60\u202f%" in reply


def test_a_rate_of_a_mean_quoted_with_its_old_target_has_none_of_its_own(
    responder: FaqResponder,
) -> None:
    """« le taux de FSE de 2/3 est encore exigé dans la Donum ? »: « Non », the FSE only enters
    the mean of four rates (≥ 60 %); not « Oui » about the mean."""
    text = "le taux de FSE de 2/3 est encore exigé dans la donum ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert (
        f"Non{NN}: dans la dotation numérique (Donum) 2026, le taux FSE n'a pas d'objectif "
        f"propre{NN}; il entre dans la moyenne des 4 taux (DMT, FSE, PSE, AAT), qui doit "
        f"atteindre 60{NN}%."
    ) in reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la Donum 2026 arrivera en 2027 ?", "paiement"),
        ("le FAMI 2025 tombe en 2026 ?", "paiement"),
        ("quand vais-je percevoir mon FAMI au titre de l'exercice 2025 ?", "paiement"),
        ("le logiciel Ségur arrivera en 2027 ?", None),  # no scheme named: no payment asked
    ],
)
def test_a_scheme_arriving_in_a_year_asks_its_payment(text: str, kind: str | None) -> None:
    assert asked(text) == kind


def test_neutralised_indicator_does_not_count_in_its_block(responder: FaqResponder) -> None:
    """« le cahier des charges SESAM-Vitale compte ou pas dans le volet 1 en 2023 ? »: it is in
    the block but neutralised that year, so « Non », never « Oui : …, exigé »."""
    text = "pr 2023 l'indicateur cahier des charges sesam vitale il compte ou pas ds le volet 1 ?"
    rep = respond(responder, text)
    reply = to_text(rep.message)
    assert rep.fact is not None and rep.fact.verdict == "non"
    assert f"Non{NN}: en 2023, il est neutralisé{NN}: il ne compte pas pour" in reply
    assert "exigé" not in reply


def test_target_quoted_with_minimum_is_checked(responder: FaqResponder) -> None:
    """« c'est toujours 70 % de télétransmission minimum ? » (FAMI 2025) confirms the target;
    « il faut toujours 60 % ? » is told the 70 %."""
    text = (
        "Pour le FAMI 2025, c'est toujours 70 % de télétransmission minimum pour notre dentiste ?"
    )
    rep = respond(responder, text)
    assert rep.fact is not None and rep.fact.verdict == "oui"
    assert f"Oui{NN}: pour l'exercice 2025, l'objectif est bien ≥ 70{NN}%" in to_text(rep.message)
    rep = respond(responder, "il faut toujours 60 % de FSE pour le FAMI 2025 ?")
    assert rep.fact is not None and rep.fact.verdict == "non"
    said = f"Non{NN}: pour l'exercice 2025, l'objectif n'est pas 60{NN}% mais ≥ 70{NN}%"
    assert said in to_text(rep.message)


def test_two_years_maximum_moved_in_points_and_euros(responder: FaqResponder) -> None:
    """« De combien le plafond … a diminué entre l'exercice 2022 et l'exercice 2023 ? »:
    « l'exercice 2022 » is a year's label, not the FSE rate's words; the gap is told in points
    and euros."""
    text = (
        "De combien le plafond du forfait structure a-t-il diminué entre l'exercice 2022 et "
        "l'exercice 2023 ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Soit 222{NN}points (1{NN}554{NN}€) de moins en 2023 qu'en 2022." in reply


def test_a_story_then_the_most_of_another_year(responder: FaqResponder) -> None:
    """« FAMI 2023 j'avais eu 590 € (socle + coordination). En 2024 je peux monter jusqu'a
    combien ? »: the closing sentence asks the 2024 maximum (1 240 €), not the coordination of
    the story over both years."""
    text = (
        "FAMI 2023 j'avais eu 590 € (socle + coordination). En 2024 je peux monter jusqu'a "
        "combien ?"
    )
    reply = to_text(respond(responder, text).message)
    assert f"Au plus 1{NN}240{NN}€ pour l'exercice 2024" in reply


def test_a_claimed_maximum_is_checked(responder: FaqResponder) -> None:
    """« Un confrère m'affirme que la Donum 2026 plafonne à 2 100 €. C'est exact ? »: « Non »,
    with the 2 940 €; a claim equal to the maximum gets « Oui »; the FS 2025's maximum, in
    doubt between the sources, gets neither."""
    rep = respond(
        responder, "Un confrère m'affirme que la Donum 2026 plafonne à 2 100 €. C'est exact ?"
    )
    assert rep.fact is not None and rep.fact.verdict == "non"
    assert f"Non{NN}: le maximum est 2{NN}940{NN}€, pas 2{NN}100{NN}€." in to_text(rep.message)
    rep = respond(responder, "un confrere dit ke la donum 2026 plafonne a 2100e c vrai ?")
    assert rep.fact is not None and rep.fact.verdict == "non"
    rep = respond(responder, "on m'a dit que le FAMI 2024 c'est 1240 € max, c'est vrai ?")
    assert rep.fact is not None and rep.fact.verdict == "oui"
    rep = respond(
        responder, "on m'a dit que le forfait structure 2025 c'est 8141 € max, c'est vrai ?"
    )
    assert rep.fact is None or rep.fact.verdict is None
    # a bound or a round figure: « un peu plus de 8000 € », « environ 2 900 € » (dev 69)
    text = (
        "on m'a dit que le forfait structure 2023 c'est un peu plus de 8000 € au maximum, exact ?"
    )
    rep = respond(responder, text)
    assert rep.fact is not None and rep.fact.verdict == "oui"
    rep = respond(
        responder, "un confrère m'affirme que la Donum plafonne à environ 2 900 €, vrai ?"
    )
    assert rep.fact is not None and rep.fact.verdict == "oui"
    # an amount received told near the question is no claim of the maximum (dev 56)
    text = (
        "En 2024 j'avais touché près de 5 000 € de forfait. Combien peut-on toucher au maximum "
        "avec la Donum 2026 ?"
    )
    assert "pas 5" not in to_text(respond(responder, text).message)


def test_an_indicator_the_later_scheme_does_not_have(responder: FaqResponder) -> None:
    """« la CPTS, ça rapportait combien dans le forfait structure, et dans la dotation
    numérique 2026 ? »: nothing in the Donum, which has no such indicator; 120 points (840 €)
    in the FS 2025."""
    text = (
        "la CPTS ça rapportait combien dans le forfait structure, et dans la dotation "
        "numérique 2026 ?"
    )
    reply = to_text(respond(responder, text, "medecin").message)
    assert f"il l'était du forfait structure 2025, où il versait 120{NN}points" in reply
    assert f"Rien{NN}: «{NN}Implication dans la prise en charge coordonnée{NN}» n'est" in reply


def test_les_mettre_a_jour_names_what_was_told_before(responder: FaqResponder) -> None:
    """« … j'ai changé mes horaires. Pour le FAMI je devais les mettre à jour où et avant quelle
    date ? »: « les mettre à jour » is the verb (the opening hours), not SESAM-Vitale « à jour »."""
    text = (
        "J'ai déménagé de cabinet en 2025 et j'ai changé mes horaires. Pour le FAMI je devais "
        "les mettre à jour où et avant quelle date ?"
    )
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert reply.startswith("Horaires du cabinet affichés dans l'Annuaire santé")
    assert "31/12/2025" in reply


def test_a_dated_story_closing_on_one_indicators_worth(responder: FaqResponder) -> None:
    """« J'ai quitté la MSP en janvier 2025 … je perds combien sur l'indicateur prise en
    charge coordonnée ? »: the month dates the story, the closing question asks the
    indicator's worth (840 €; it was declined as a date asked). A short closing (« Ça rapporte
    combien ? ») or one asking a total names no indicator: not this way."""
    text = (
        "J'ai quitté la MSP en janvier 2025 pour m'installer seul, sans CPTS ni ESP. Pour le "
        "forfait structure 2025, je perds combien sur l'indicateur prise en charge coordonnée ?"
    )
    rep = respond(responder, text, "medecin")
    assert rep.fact is not None and rep.fact.subject == "prise_en_charge_coordonnee"
    assert f"120{NN}points, soit 840{NN}€" in to_text(rep.message)


def test_the_point_asked_of_one_block_is_the_points_value(responder: FaqResponder) -> None:
    """« le volet 2 c'est 7 € le point ? »: the point's value, not the block's list."""
    rep = respond(responder, "le volet 2 c'est 7 € le point ?", "medecin")
    assert rep.fact is not None and rep.fact.subject == "point"
    assert f"1 point = 7{NN}€." in to_text(rep.message)


@pytest.mark.parametrize(
    "text",
    [
        "J'avais un stagiaire de 6e année au cabinet en 2023. Est-ce que je pouvais le valoriser "
        "dans le FAMI 2023 ?",
        "j'avais un stagiaire de 6e année en 2023, ça comptait pour le FAMI 2023 ?",
        # owed, not when paid (blind dev set 182)
        "J'ai accueilli un étudiant de 6e année en 2023, j'aurais dû être payé pour ça sur le "
        "FAMI 2023 ?",
    ],
)
def test_whether_it_counted_before_the_indicator_existed(
    responder: FaqResponder, text: str
) -> None:
    """« un stagiaire en 2023, ça comptait pour le FAMI 2023 ? »: the student indicator starts
    in 2024, said with a « non » (it was declined, or answered with the payment entry)."""
    rep = respond(responder, text, "chirurgien-dentiste")
    assert rep.fact is not None and rep.fact.verdict == "non"
    shown = to_text(rep.message)
    assert "n'est pas un indicateur de l'exercice 2023" in shown
    assert "versé" not in shown


def test_points_told_against_a_sure_maximum_give_the_gap(responder: FaqResponder) -> None:
    """« 1 000 points au forfait structure 2023, combien il manquait pour le maximum ? »: 163
    points, 1 141 €; a maximum in doubt (2025: 7 805 or 8 141 €) gives no gap."""
    text = (
        "Le Dr Hamon a 1 000 points au forfait structure 2023. Combien de points et d'euros il "
        "lui manquait pour avoir le maximum ?"
    )
    shown = to_text(respond(responder, text, "medecin").message)
    assert f"il manque 163{NN}points, soit 1{NN}141{NN}€" in shown
    doubt = "j'ai 900 points au forfait structure 2025, il me manque combien pour le max ?"
    assert "il manque" not in to_text(respond(responder, doubt, "medecin").message)


def test_exactly_names_no_indicator(responder: FaqResponder) -> None:
    """« De combien exactement le plafond du forfait structure a-t-il diminué entre l'exercice
    2022 et l'exercice 2023 ? »: each year's maximum and the gap (« exactement » named the FSE
    rate, whose phrasings say « à exactement 2/3 »)."""
    text = (
        "De combien exactement le plafond du forfait structure a-t-il diminué entre l'exercice "
        "2022 et l'exercice 2023 ? En points et en euros svp."
    )
    shown = to_text(respond(responder, text, "medecin").message)
    assert f"Soit 222{NN}points (1{NN}554{NN}€) de moins en 2023 qu'en 2022." in shown


def test_the_last_day_asked_is_the_declaration_window(responder: FaqResponder) -> None:
    """« fami 2025 c quoi le dernier jour pour declarer ? »: the window, not a definition
    (« c quoi » read as « what is it »: declined)."""
    rep = respond(
        responder, "fami 2025 c quoi le dernier jour pour declarer ?", "chirurgien-dentiste"
    )
    assert rep.fact is not None and rep.fact.asked == "declaration"
    assert "du 12/01/2026 au 02/03/2026" in to_text(rep.message)


@pytest.mark.parametrize(
    ("text", "profession", "shown"),
    [
        # blind dev set 177: the best case and the worst, which the volet 1 gates
        (
            "c koi le pire et le meilleur cas pour le forfait structure 2023 ? je peux finir a "
            "zero ?",
            "medecin",
            f"Au pire, 0{NN}€{NN}: sans",
        ),
        # the FAMI's independent indicators pay without the socle: nothing met is the worst
        (
            "fami 2024 : le pire et le meilleur cas ?",
            "chirurgien-dentiste",
            f"Au pire, 0{NN}€ si aucun indicateur n'est atteint.",
        ),
    ],
)
def test_the_worst_case_is_told_beside_the_best(
    responder: FaqResponder, text: str, profession: str, shown: str
) -> None:
    reply = to_text(respond(responder, text, profession).message)
    assert "Montant maximal" in reply and shown in reply
    assert "téléservices" not in reply  # « finir » names no AAT (« fin d'arrêt »)


@pytest.mark.parametrize(
    ("text", "profession", "standing"),
    [
        # last looks, 4/12/2026: the time left, then where the rate told stands
        (
            "chuis dentiste, g 68% de fse en 2026 jpeux encor rattraper ?",
            "chirurgien-dentiste",
            f"Vous êtes à 68{NN}%{NN}: sous l'objectif (≥ 70{NN}%",
        ),
        (
            "le dmp a 25 pourcent c mort pr loption ou jpeux encor rattrapé ?",
            "medecin",
            f"Vous êtes à 25{NN}%{NN}: sous l'objectif (> 30{NN}%).",
        ),
    ],
)
def test_time_left_to_catch_up_says_where_the_rate_stands(
    responder: FaqResponder, text: str, profession: str, standing: str
) -> None:
    reply = to_text(respond(responder, text, profession).message)
    assert f"Oui{NN}: vous avez jusqu'au 31/12/2026 pour l'exercice 2026." in reply
    assert standing in reply


def test_the_optional_block_named_is_no_indicator(responder: FaqResponder) -> None:
    """« les indicateurs optionnels de la Donum … ? Et le volet 2 du FS 2023 c'était combien
    déjà ? » (blind dev set 182): « optionnels » names the Donum's block, not the 2022
    coordination (« à titre optionnel »), and « déjà » not the hours: each block's worth."""
    text = (
        "Les indicateurs optionnels de la Donum ça fait combien en € au total si je les ai tous "
        "? Et le volet 2 du forfait structure 2023 c'était combien déjà ?"
    )
    reply = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "140 points, soit 980 € au plus" in reply and "883 points, soit 6 181 €" in reply
    assert "n'est plus un indicateur" not in reply


def test_a_payment_year_is_no_exercice(responder: FaqResponder) -> None:
    """« l'exercice 2023 (payé en 2024) … combien au maximum ? »: 2023's maximum, not an
    indicator side by side in 2023 and 2024 (blind dev set 82)."""
    text = (
        "Pour le FAMI dentaire de l'exercice 2023 (payé en 2024) j'avais les 5 critères et "
        "j'étais déjà en CPTS. Combien j'aurais dû toucher au maximum ?"
    )
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Au plus 590 € pour l'exercice 2023" in reply


def test_the_same_rules_asked_of_two_years_says_what_changes(responder: FaqResponder) -> None:
    """« le forfait structure 2025 c les memes regles que 2024 ? » (blind dev set 181): what
    changes from one year to the next (nothing), not the SESAM-Vitale version's entry."""
    text = "le forfait structure 2025 c les memes regles que 2024 ?"
    reply = to_text(respond(responder, text, "medecin").message)
    assert "ce qui change de 2024 à 2025" in reply
    assert "Mêmes indicateurs et mêmes points les deux années" in reply
    assert "(280 points, soit 1 960 €)" in reply.replace(NN, " ")  # each block's points


def test_a_figure_that_sufficed_asked_of_a_later_year_gets_both_targets(
    responder: FaqResponder,
) -> None:
    """« SPE : 10 % suffisait en 2022, toujours vrai pour l'exercice 2025 ? »: each year's
    target (was declined)."""
    text = "SPE transport : 10 % suffisait en 2022, toujours vrai pour l'exercice 2025 ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "≥ 10 %" in shown and "≥ 30 %" in shown


def test_targets_said_to_harden_without_a_year_go_to_the_schemes_last_one(
    responder: FaqResponder,
) -> None:
    """« les seuils de la Donum allaient se durcir … lesquels et de combien » names no year:
    from the current exercice to the last one known, each target changed (was the 2026 blocks)."""
    text = (
        "Un médecin a entendu dire que les seuils de la Donum allaient se durcir dans quelques "
        "années. Il me demande lesquels et de combien."
    )
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "ce qui change de 2026 à 2028" in shown and "≥ 80 %" in shown


def test_days_counted_are_no_software_up_to_date(responder: FaqResponder) -> None:
    """« Je m'installe le 14 décembre, dans dix jours » (blind dev set 195): « jours » is no
    « à jour » of the SESAM-Vitale software, whose date made it « trop tard »."""
    text = (
        "Je m'installe le 14 décembre, dans dix jours. Est-ce que je peux quand même prétendre "
        "au FAMI de cette année ou c'est perdu d'avance ?"
    )
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert "trop tard" not in shown
    assert "SESAM-Vitale" not in shown.splitlines()[0]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "FS 2024 : raté la DSG et la SPE, ça me coûte combien les deux ensemble ?",
            "Ensemble, DSG et SPE versent 20 points, soit 140 € (DSG 10 points + SPE 10 points)",
        ),
        (
            "FS 2024 : j'ai raté la DSG, la SPE et le PSE, je perds combien ?",
            "Ensemble, DSG, SPE et PSE versent 42,5 points, soit 297,50 €",
        ),
    ],
)
def test_parts_missed_together_say_what_they_pay_together(
    responder: FaqResponder, text: str, said: str
) -> None:
    """« raté la DSG et la SPE, ça me coûte combien les deux ensemble ? » (blind dev set 193):
    the verdict is the first part's; the parts listed with it are missed too."""
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert said in shown


def test_a_groups_targets_asked_later_say_each_change(responder: FaqResponder) -> None:
    """« les seuils des options c'est combien en 2026 ? et ça bouge après ? » (blind dev set
    194): the options listed, then each target a later exercice already published raises."""
    text = "les seuils des options c'est combien en 2026 ? et ça bouge apres ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    said = "En 2028, l'objectif de « Téléservices CM AT-MP, DSG et SPE > 30 % » passe à > 60 %."
    assert said in shown


def test_one_indicator_over_two_years_says_the_gap(responder: FaqResponder) -> None:
    """« Participation au SAS, entre 2021 et 2022 c'est revalorisé de combien ? » (blind dev
    set 193): 2022's « effectif SAS » made « SAS » name two indicators; the one 2021 names,
    each year's worth, then the gap."""
    text = "Participation au SAS, entre 2021 et 2022 c'est revalorisé de combien ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "2021 : 150 points, soit 1 050 €" in shown and "2022 : 200 points, soit 1 400 €" in shown
    assert "Écart : 50 points, soit 350 € de plus en 2022." in shown


def test_an_amount_once_received_is_set_against_the_next_schemes_most(
    responder: FaqResponder,
) -> None:
    """« jtouchais 5200 e de forfait structure, avec le donum au mieux je perds combien ?? »
    (blind dev set 193): each scheme's most, then the amount told against the Donum's."""
    text = "jtouchais 5200 e de forfait structure, avec le donum au mieux je perds combien ??"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert (
        "Par rapport à vos 5 200 € : au mieux 2 940 € en 2026, soit au moins 2 260 € de moins."
        in shown
    )


def test_two_professions_schemes_dates_each_their_own(responder: FaqResponder) -> None:
    """« mon forfait structure 2025 et mon associée dentiste son FAMI 2025 : c'est le même
    calendrier de déclaration ? » (blind dev set 193): each scheme's window, for its own
    profession."""
    text = (
        "Je déclare mon forfait structure 2025 et mon associée dentiste son FAMI 2025 : c'est "
        "le même calendrier de déclaration ?"
    )
    shown = to_text(respond(responder, text).message).replace(NN, " ")
    assert "Forfait structure 2025 (médecins) : Déclaration sur amelipro du 15/12/2025" in shown
    assert "(FAMI) 2025 : Déclaration sur amelipro du 12/01/2026 au 02/03/2026" in shown


def test_professions_compared_each_at_the_year_of_its_scheme(responder: FaqResponder) -> None:
    """« le maximum du forfait structure 2023 d'un médecin comparé au maximum FAMI 2024 d'un
    chirurgien-dentiste » (blind dev set 193): each at its scheme's year, side by side, not
    also the other's figure beside it."""
    text = (
        "Bonjour, le maximum du forfait structure 2023 d'un médecin comparé au maximum FAMI "
        "2024 d'un chirurgien-dentiste, ça donne quoi ?"
    )
    shown = to_text(respond(responder, text).message).replace(NN, " ")
    assert "Médecin — Montant maximal — Forfait structure 2023 (médecins)" in shown
    assert "Au plus 1 240 € pour l'exercice 2024" in shown
    assert "Pour les chirurgiens-dentistes" not in shown


def test_one_figure_for_two_professions_gets_each_ones_verdict(responder: FaqResponder) -> None:
    """« Ma femme est dentiste, moi généraliste. On a tous les deux 68 % de télétransmission
    en 2024. Qui valide l'indicateur, qui le rate ? » (blind dev set 193): each profession's
    verdict on its own scheme, the secondary source said."""
    text = (
        "Ma femme est dentiste, moi généraliste. On a tous les deux 68 % de télétransmission "
        "en 2024. Qui valide l'indicateur, qui le rate ?"
    )
    shown = to_text(respond(responder, text).message).replace(NN, " ")
    assert "68 % : objectif atteint — > 2/3 des feuilles de soins." in shown
    assert "68 % : sous l'objectif — ≥ 70 % des actes en FSE" in shown
    assert "Source secondaire : à confirmer auprès de votre CPAM." in shown


def test_the_sessions_profession_and_a_partners_both_judged(responder: FaqResponder) -> None:
    """Last look: « ma femme dentiste et moi on a tous les 2 68% de fse en 2025, qui valide ? »
    typed by a médecin (his profile): his verdict and the dentist's, not his alone."""
    text = "ma femme dentiste et moi on a tous les 2 68% de fse en 2025, qui valide ?"
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert "Médecin — Taux de télétransmission > 2/3 — Forfait structure 2025" in shown
    assert "68 % : sous l'objectif — ≥ 70 % des actes en FSE" in shown
    # typed « tt les 2 » from a dentist's profile (second last look): both judged, 2026
    text = "ma collegue generaliste et moi on a tt les 2 69% de fse, on valide ?"
    shown = to_text(respond(responder, text, "chirurgien-dentiste").message).replace(NN, " ")
    assert "Médecin — " in shown and "69 % : sous l'objectif — ≥ 70 % des actes en FSE" in shown


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        (
            "mes horaires ne sont pas sur l'annuaire santé pour 2025, je perds juste les points "
            "des horaires ?",
            "medecin",
            "Non : vous perdez plus que cet indicateur ; sans lui, rien n'est versé pour "
            "l'exercice 2025.",
        ),
        (
            "pas d'étudiant de 6e année en 2025, je perds que les 350 € ?",
            "chirurgien-dentiste",
            "Oui : vous ne perdez que cet indicateur (350 €).",
        ),
    ],
)
def test_only_this_indicator_lost_is_answered_first(
    responder: FaqResponder, text: str, profession: str, said: str
) -> None:
    """ "je perds juste les points des horaires ?": whether the miss costs more than the
    indicator's own worth (volet 1 and all that waits on it), said before the verdict's
    consequences."""
    shown = to_text(respond(responder, text, profession).message).replace(NN, " ")
    assert said.replace(NN, " ") in shown


def test_the_2023_neutralisation_says_the_next_years_requirement(responder: FaqResponder) -> None:
    """« En 2023 mon volet 1 est passé avec une vieille version SESAM-Vitale. En 2024 on me
    le refuse. Pourquoi ça passait en 2023 ? » (blind dev set 197): neutralised in 2023, the
    addendum 8 from 2024."""
    text = (
        "En 2023 mon volet 1 est passé alors que j'avais une vieille version SESAM-Vitale. En "
        "2024 on me le refuse, mon confrère qui a mis à jour l'a eu. Pourquoi ça passait en 2023 ?"
    )
    shown = to_text(respond(responder, text, "medecin").message)
    assert "neutralisé pour 2023" in shown and "addendum 8" in shown


def test_one_figure_said_twice_for_two_professions(responder: FaqResponder) -> None:
    """« un médecin à 68 % … sa voisine chirurgien-dentiste à 68 % aussi, ils sont bons ou pas,
    l'un et l'autre ? » (blind dev set 196): the figure said twice is one, each judged."""
    text = (
        "Un médecin a 68 % de télétransmission en 2025. Sa voisine de cabinet, "
        "chirurgien-dentiste, est à 68 % aussi pour son FAMI 2025. Ils sont bons ou pas, l'un "
        "et l'autre ?"
    )
    shown = to_text(respond(responder, text).message).replace(NN, " ")
    assert "Médecin — " in shown and "Chirurgien-dentiste — " in shown
    assert "68 % : sous l'objectif — ≥ 70 % des actes en FSE" in shown


def test_an_indicator_gone_from_one_professions_scheme_is_its_last_year(
    responder: FaqResponder,
) -> None:
    """« la coordination ça paie combien pour un médecin et pour un dentiste ? » in December
    2026: the médecin's Donum has no coordination, so his figure is the forfait structure
    2025's, said as such, beside the dentist's FAMI; a total or a rate of the Donum's mean is
    not « gone »."""
    text = "la coordination ça paie combien pour un médecin et pour un dentiste ?"
    shown = to_text(respond(responder, text).message).replace(NN, " ")
    assert "Pas dans la dotation numérique (Donum) 2026 : voici l'exercice 2025" in shown
    assert "120 points, soit 840 €" in shown and "Il verse 100 €" in shown


def test_an_amount_that_goes_up_to_names_no_aller_vers(responder: FaqResponder) -> None:
    """« le FAMI pouvait aller jusqu'à mille deux cents et quelques euros »: the maximum, not
    the « aller vers » indicator its « aller » named."""
    text = (
        "on m'a dit que le FAMI pouvait aller jusqu'a mille deux cents et quelques euros. "
        "c'est combien exactement ?"
    )
    reply = to_text(respond(responder, text, "chirurgien-dentiste").message)
    assert reply.startswith("Montant maximal — Forfait d'aide à la modernisation")
    assert "Au plus 1\u202f240\u202f€" in reply


def test_a_block_asked_among_two_gets_no_yes_or_no(responder: FaqResponder) -> None:
    """« c dans le socle ou en option ? » offers two blocks: where it is, not « Non : … »."""
    reply = to_text(
        respond(
            responder, "L'appli carte vitale c dans le socle ou en option ??", "medecin"
        ).message
    )
    assert not reply.split("\n")[1].startswith(("Non", "Oui"))
    assert "il est dans «\u202fIndicateurs optionnels (si socle atteint)\u202f»" in reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # no year said: the one assumed, and the years the figure claimed held (blind dev 219)
        (
            "Bonjour, le volet 1 du forfait structure c'est bien 400 points ?",
            "Non pour l'exercice 2025 : 280 points. 400 points, c'était pour l'exercice 2022.",
        ),
        (
            "volet 1 du forfait structure 2022 = 280 points c bien ca ?",
            "Non pour l'exercice 2022 : 400 points. 280 points, c'était pour les exercices 2019 à "
            "2021 et 2023 à 2025.",
        ),
        ("le socle du Donum c'est bien 280 points ?", "Oui : 280 points pour l'exercice 2026."),
    ],
)
def test_a_blocks_points_claimed_are_checked(responder: FaqResponder, text: str, said: str) -> None:
    shown = to_text(respond(responder, text, "medecin").message).replace(NN, " ")
    assert said in shown


def test_one_item_over_years_added_up_when_asked(responder: FaqResponder) -> None:
    """« que le volet 1 en 2017, 2018 et 2019, ça fait combien en tout ? »: each year's worth,
    then the sum; « au total » said of one year's points adds no years."""
    q = "jai eu que le volet 1 en 2017, 2018 et 2019. ca fait combien en tout ?"
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Sur les 3 exercices{NN}: 4{NN}795{NN}€" in text
    q = "en 2023 les teleservices ça rapporte cb de pts au total ? + qu'en 2022 ?"
    assert "Sur les" not in to_text(respond(responder, q, "medecin").message)


def test_a_date_told_is_set_against_the_year_the_closing_names(responder: FaqResponder) -> None:
    """« En 2023 mon SESAM-Vitale était à jour. Pour 2024 j'ai installé l'addendum 8 le 15
    janvier 2025. L'indicateur 2024 est validé ? »: 2024's deadline, not 2023's."""
    q = (
        "Bonjour, dentiste. En 2023 mon SESAM-Vitale était à jour. Pour 2024 j'ai installé la "
        "1.40 addendum 8 le 15 janvier 2025 (éditeur en retard). L'indicateur 2024 est validé "
        "quand même ?"
    )
    text = to_text(respond(responder, q, "chirurgien-dentiste").message)
    assert f"après le 31/12/2024{NN}: trop tard pour l'exercice 2024." in text


def test_a_story_of_declarations_judges_the_last_year_told(responder: FaqResponder) -> None:
    """« 2023 déclaré en janvier 2024, 2024 pareil en janvier 2025. Pour 2025 je m'y mets en
    mars 2026. C'est trop tard ? »: 2025 against its own close (08/02/2026), not 2023's date."""
    q = (
        "Pour le forfait structure 2023 j'avais déclaré en janvier 2024, 2024 pareil en janvier "
        "2025. Pour 2025 j'ai attendu et je m'y mets seulement en mars 2026. C'est trop tard ?"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert text.startswith("Déclaration — Forfait structure 2025 (médecins)")
    assert f"Oui{NN}: le 31/03/2026 est après la clôture du 08/02/2026" in text


def test_one_rate_over_two_years_gives_the_gap_asked(responder: FaqResponder) -> None:
    """« en 2023 l'alimentation DMP m'a rapporté 48 pts. en 2024 (35 %) je vois que 40 pts ??
    ca fait cb en moins en euros »: each year's verdict and worth, then the gap (56 €)."""
    q = (
        "en 2023 l'alimentation DMP m'a rapporté 48 pts. en 2024 jalimente encore plus (35% des "
        "consults) et je vois que 40 pts ?? ca fait cb en moins en euros"
    )
    text = to_text(respond(responder, q, "medecin").message)
    assert f"Écart{NN}: 56{NN}€ de moins en 2024." in text


@pytest.mark.parametrize(
    "text",
    [
        "jsuis en CPTS, ca me faisait 120 pts en 2025. en 2026 avec la donum ca fait combien ?",
        "la CPTS ça compte dans la Donum 2026 ?",
    ],
)
def test_item_ended_with_the_scheme_before(responder: FaqResponder, text: str) -> None:
    """An item of the forfait structure named by any of its words (the CPTS for the
    coordination), asked of the Donum: no longer one, with what it paid in 2025."""
    reply = shown(responder, text, "medecin")
    assert "n'est plus un indicateur de la dotation numérique (Donum) 2026" in reply
    assert "du forfait structure 2025, où il versait 120 points, soit 840 €" in reply


def test_a_deadline_asked_beside_a_total_is_the_declarations(responder: FaqResponder) -> None:
    """« Quelle était la date limite, et combien aurait-il dû toucher ? »: the total and the
    declaration's window (« toucher » names no payment date); « versé quand ? » the payment."""
    reply = shown(
        responder,
        "FAMI 2025 : socle ok, coordination ok, pas d'étudiant, pas d'aller vers. Quelle "
        "était la date limite pour 2025, et combien aurait-il dû toucher ?",
        "chirurgien-dentiste",
    )
    assert "Total : 590 €" in reply and "au 02/03/2026" in reply and "Paiement" not in reply
    reply = shown(
        responder,
        "FAMI 2025 : socle + CPTS. combien je vais toucher et c'est versé quand ?",
        "chirurgien-dentiste",
    )
    assert "Total : 590 €" in reply and "Paiement unique" in reply


def test_a_deadline_and_a_total_in_one_sentence(responder: FaqResponder) -> None:
    """« Quelle était la date limite, et combien aurait-elle dû avoir ? » after one year's
    case: its total and its declaration window; « arrivé trop tard » in a story asks none."""
    reply = shown(
        responder,
        "Pour son forfait structure 2025 elle a le volet 1 complet, et en volet 2 la "
        "coordination (CPTS), le codage des données et l'équipement de téléconsultation. "
        "Quelle était la date limite, et combien aurait-elle dû avoir si tout était passé ?",
        "medecin",
    )
    assert "Total : 3 500 €" in reply and "au 08/02/2026" in reply
    reply = shown(
        responder,
        "Volet 1 2023 raté (logiciel Ségur arrivé trop tard) mais j'avais le SAS et la "
        "maîtrise de stage. 2024 tout ok avec les mêmes. Combien chaque année ?",
        "medecin",
    )
    assert "2024 : 3 710 €" in reply and "Déclaration" not in reply


@pytest.mark.parametrize(
    ("text", "verdict", "opening"),
    [
        # « dans les temps ? » is answered yes when the day told is before the window's end
        (
            "J'ai déclaré mon FAMI 2025 le 1er mars 2026. J'étais dans les temps ?",
            "oui",
            "Oui : le 01/03/2026 est avant la clôture du 02/03/2026",
        ),
        (
            "J'ai déclaré mon FAMI 2025 le 4 mars 2026. J'étais dans les délais ?",
            "non",
            "Non : le 04/03/2026 est après la clôture du 02/03/2026",
        ),
        # « trop tard » told as hearsay, « dans les temps ? » asked: the question's way round;
        # 2024's window is not judged on a day of 2026
        (
            "Dentiste. J'ai déclaré mon FAMI 2025 le 1er mars 2026, un confrère me dit que "
            "c'était trop tard parce que pour 2024 ça fermait le 3 mars. J'étais dans les temps ?",
            "oui",
            "(FAMI) 2025 : Oui : le 01/03/2026 est avant la clôture du 02/03/2026",
        ),
        (
            "J'ai déclaré le FAMI 2023 le 5 mars 2024, c'était hors délai ?",
            "oui",
            "Oui : le 05/03/2024 est après la clôture du 03/03/2024",
        ),
    ],
)
def test_a_day_told_is_judged_the_way_the_question_asks(
    responder: FaqResponder, text: str, verdict: str, opening: str
) -> None:
    rep = respond(responder, text, "chirurgien-dentiste")
    said = to_text(rep.message).replace(NN, " ")
    assert opening in said
    assert rep.fact is not None and rep.fact.verdict == verdict
    assert "2024 : Oui" not in said and "2024 : Non" not in said


def test_an_item_over_years_added_where_it_pays(responder: FaqResponder) -> None:
    said = shown(
        responder,
        "CPTS : 120 pts en 2024 et en 2025. ça fait combien sur les deux ans ? et en 2026 ça "
        "continue ?",
        "medecin",
    )
    assert "Sur 2024 et 2025 : 1 680 €, si atteint chaque année." in said.replace(NN, " ")


def test_an_item_put_in_place_during_the_declaration_gets_its_own_deadline(
    responder: FaqResponder,
) -> None:
    said = shown(
        responder,
        "2024 j'avais oublié d'afficher mes horaires sur l'annuaire santé, je peux les mettre "
        "pendant la déclaration FAMI en février 2025 ?",
        "chirurgien-dentiste",
    )
    assert "En février 2025, c'est après le 31/12/2024 : trop tard pour l'exercice 2024." in said


def test_a_day_asked_both_ways_is_answered_in_words(responder: FaqResponder) -> None:
    # « c bon ou trop tard ? »: a « Non » would answer one half and read wrong for the other
    rep = respond(
        responder,
        "g declaré mon fami 2025 le 28 fevrier 2026, c bon ou trop tard ?",
        "chirurgien-dentiste",
    )
    said = to_text(rep.message).replace(NN, " ")
    assert "Dans les délais : le 28/02/2026 est avant la clôture du 02/03/2026." in said
    assert rep.fact is not None and rep.fact.verdict is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # blind dev set 265: the years between said too, then their sum
            "en equipe de soins primaires depuis 2018. l'indicateur coordination du forfait "
            "structure de 2018 a 2021 inclus ca ma rapporte combien au total ?",
            "Sur les 4 exercices : 2 380 €, si atteint chaque année.",
        ),
        (  # a range longer than the years compared side by side: its sum after the history
            "MSU depuis 2017 (externes). l'encadrement d'etudiants dans le forfait structure ma "
            "rapporte combien au total de 2017 a 2023 ?",
            "Sur 2017 à 2023 : 2 030 €, si atteint chaque année.",
        ),
        (  # the gap in points too
            "l'indic services aux patients entre 2019 et 2020 jai perdu combien ?",
            "Écart : 60 points, soit 420 € de moins en 2020.",
        ),
    ],
)
def test_one_item_over_a_range_of_years(responder: FaqResponder, text: str, said: str) -> None:
    assert said in shown(responder, text, "medecin")


def test_a_practitioners_name_is_no_word_of_the_rules(responder: FaqResponder) -> None:
    """« le Dr Martin » (blind dev set 262): a typo corrector read « Martin » as « main », and
    the reply became the DMP software's card; the two maximums are asked."""
    text = (
        "Combien le Dr Martin, chirurgien-dentiste, pouvait-il percevoir au maximum au titre du "
        "FAMI 2023, puis du FAMI 2024 ? Son comptable constate une forte différence."
    )
    said = shown(responder, text, "chirurgien-dentiste")
    assert "Au plus 590 € en 2023, 1 240 € en 2024" in said and "DMP" not in said.split("\n")[0]


def test_one_item_lost_over_three_years_is_summed(responder: FaqResponder) -> None:
    # « ni en 2023 ni en 2024 ni en 2025 … combien j'ai perdu en tout ? » (blind dev set 265)
    text = (
        "jai jamais fait d'ordonnances numeriques, ni en 2023 ni en 2024 ni en 2025. combien jai "
        "perdu en tout a cause de ca sur le forfait structure ?"
    )
    assert "Sur les 3 exercices : 840 €" in shown(responder, text, "medecin")


def test_the_maximum_asked_by_the_month_is_a_year(responder: FaqResponder) -> None:
    # « combien par mois au max ? »: the yearly amount, said to be yearly (dev 279)
    text = shown(responder, "le fami c'est combien par mois au max ?", "chirurgien-dentiste")
    assert "1 240" in text.replace("\u202f", " ") and "montant annuel, pas mensuel" in text


def test_is_there_still_time_asks_the_declaration_window(responder: FaqResponder) -> None:
    # « rien déclaré, il est encore temps ? »: the window, not the payment date (dev 280)
    text = shown(
        responder,
        "FAMI 2025 j'ai encore rien déclaré, il est encore temps ?",
        "chirurgien-dentiste",
    )
    assert "02/03/2026" in text and "versé" not in text.split("Pour en savoir plus")[0]
    # typed on a phone (last look, `make run`)
    typed = shown(
        responder, "fami 2025 jai rien declaré, il est encore tps ?", "chirurgien-dentiste"
    )
    assert "02/03/2026" in typed


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        # a maximum in doubt (7 805 or 8 141 € in 2025): the gap to each (blind dev 288)
        (
            "si jai tout validé au forfait structure 2025 et que je valide tout au donum 2026, "
            "je perds combien d'une année sur l'autre ?",
            "medecin",
            "Soit 695 points (4 865 €) de moins en 2026 qu'en 2025 (ou 5 201 €, avec le maximum "
            "de 8 141 € en 2025).",
        ),
        # « combien de diff » asks an amount, not a count (dev 289)
        (
            "jai eu le max en 2021 et le max en 2022, ca fait combien de diff entre les 2 ?",
            "medecin",
            "Soit 500 points (3 500 €) de plus en 2022 qu'en 2021.",
        ),
        # « montant maximal … en 2019 puis en 2020 » (dev 289)
        (
            "Pouvez vous me donner le montant maximal du forfait structure en 2019 puis en 2020 ?",
            "medecin",
            "2020 : au plus 885 points, soit 6 195 €.",
        ),
        # the years' amounts in euros too (dev 289)
        (
            "le SAS payait combien en 2020 et combien en 2022 ? jy suis depuis le debut",
            "medecin",
            "150 points (1 050 €) : exercices 2020 et 2021.",
        ),
        # two questions, the whole answering the second with an entry: the first's maximum
        # kept beside it (dev 287)
        (
            "cc jsuis dentiste, fami 2024 c cb max ? et le taux fse mini c 70% ou 2/3 comme les "
            "medecins ?",
            "chirurgien-dentiste",
            "Au plus 1 240 € pour l'exercice 2024",
        ),
        (
            "cc jsuis dentiste, fami 2024 c cb max ? et le taux fse mini c 70% ou 2/3 comme les "
            "medecins ?",
            "chirurgien-dentiste",
            "le FAMI 2024 exige au moins 70 %",
        ),
        # an item set up after the year's end, asked as the declaration's: its own last day
        (
            "j'avais oublié d'enregistrer mes horaires dans l'annuaire santé en 2024, je peux le "
            "faire en février 2025 pendant la déclaration FAMI ?",
            "chirurgien-dentiste",
            "En février 2025, c'est après le 31/12/2024 : trop tard pour l'exercice 2024.",
        ),
        # an indicator's amount moved between two years: its amounts year by year (dev 292)
        (
            "Mon indicateur « services aux patients » est passé de 910 € en 2019 à 490 € en "
            "2020 alors que j'ai toujours la même secrétaire pour les parcours complexes. "
            "Pourquoi ?",
            "medecin",
            "130 points (910 €) : exercice 2019.",
        ),
        # « c'est une blague » is no joke asked (dev 292)
        (
            "la ligne déclaration simplifiée de grossesse 2025 me rapporte 70 € ?? c'est une "
            "blague, ça vaut combien de points et il faut quel taux ?",
            "medecin",
            "Déclaration simplifiée de grossesse (DSG) : 10 points, soit 70 €",
        ),
        # « c'était fermé, c'est mort ? »: the window closed, the CPAM to ask (dev 293)
        (
            "FAMI 2024 : j'ai voulu déclarer le 5 mars 2025 et c'était fermé. C'est mort pour "
            "moi ?",
            "chirurgien-dentiste",
            "voyez avec votre CPAM si un rattrapage est possible",
        ),
        # « 10 points par heure régulée » is no fee asked (dev 293)
        (
            "L'indicateur 9 effectif SAS de 2022, le « jusqu'à 360 points », c'est calculé "
            "comment ? un confrère dit 10 points par heure régulée",
            "medecin",
            "Aucune règle de calcul n'est publiée dans nos sources",
        ),
        # the sector told beside a refusal asked: the refusal answered (dev 293)
        (
            "Je suis en secteur 2 et franchement ce forfait je m'en passerais bien, je peux le "
            "refuser ?",
            "medecin",
            "n'ont pas la possibilité de renoncer au forfait structure",
        ),
        # « celui de la dotation numérique qui le remplace », « afin de mettre à jour les
        # prévisionnels »: both maxima, no software « à jour » (dev 295)
        (
            "Cabinet comptable : plusieurs de nos médecins étaient au maximum du forfait "
            "structure en 2025. Pouvez-vous nous confirmer le plafond 2025, et celui de la "
            "dotation numérique qui le remplace pour 2026, afin de mettre à jour les "
            "prévisionnels ?",
            "medecin",
            "2026 : au plus 420 points, soit 2 940 €",
        ),
        # « un praticien qui aurait tout validé chaque année »: no student, the maxima summed
        # (dev 295)
        (
            "Expert-comptable d'un cabinet dentaire : quel est le plafond cumulé du FAMI sur les "
            "exercices 2023, 2024 et 2025 pour un praticien qui aurait tout validé chaque année ?",
            "chirurgien-dentiste",
            "Sur les 3 exercices : au plus 3 070 €.",
        ),
    ],
)
def test_read_from_blind_dev_286_297(
    responder: FaqResponder, text: str, profession: str, said: str
) -> None:
    assert said in shown(responder, text, profession).replace(NN, " ")


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        # a rate named in two words (« CM AT-MP ») told in its own sentence, then « Ça
        # passe ? »: the asker's figure judged, not the thresholds' entry
        (
            "Mon taux de CM AT-MP est à 45 % pour 2025. Ça passe ?",
            "medecin",
            "45 % : sous l'objectif",
        ),
        # « Donum 2026 : … Je perds tout ce bloc ? »: the scheme's name before the colon is
        # no list's label; « ce bloc » is the item's three rates (dev 298)
        (
            "Donum 2026 : CM AT-MP à 20 %, DSG et transport largement au-dessus. Je perds tout "
            "ce bloc à cause du CM AT-MP seul ?",
            "medecin",
            "L'indicateur ne verse pas ses 60 points, soit 420 € (tous ses taux sont exigés).",
        ),
        # two items forgotten, the second with no article: both missed (dev 298)
        (
            "j'ai oublié de cocher codage des données et maître de stage dans ma déclaration "
            "2023. ça fait combien en moins ?",
            "medecin",
            "Manque à gagner : 700 € (100 points)",
        ),
        # « mon forfait structure 2023 s'élève à 5 600 € »: an amount received (dev 298)
        (
            "Madame, Monsieur, médecin généraliste, je constate que mon forfait structure 2023 "
            "s'élève à 5 600 €. Pourriez-vous m'indiquer le montant maximal et le nombre de "
            "points qui me manquent ?",
            "medecin",
            "Au plus 8 141 € (1 163 points) avec tous les indicateurs, soit 2 541 € (363 points)",
        ),
        # two misses, their cost asked together (dev 298)
        (
            "jamais utilisé l'appli carte vitale en 2023, et pas d'ordonnance numérique non "
            "plus. perte totale sur ces deux la ?",
            "medecin",
            "Manque à gagner : 560 € (80 points)",
        ),
        # two téléservices never done: their shares, not the whole item (dev 298)
        (
            "en 2024 j'ai jamais fait de DSG en ligne ni de SPE transport. combien en moins sur "
            "mon forfait ?",
            "medecin",
            "Ensemble, DSG et SPE versent 20 points, soit 140 €",
        ),
        (
            "en 2024 j'ai jamais fait de DSG en ligne ni de SPE transport. combien en moins sur "
            "mon forfait ?",
            "medecin",
            "Au plus 7 665 € pour l'exercice",
        ),
        # a target quoted as « exigé c 2/3 », « c'est bien les 2/3 comme chez les médecins »,
        # « c pas 2/3 pr nous ? »: set against the rule's, « Oui » or « Non » (dev 300, 301)
        (
            "Il me semble que pour le FAMI le taux de télétransmission exigé c 2/3 comme pour "
            "les medecins, c bien ça ?",
            "chirurgien-dentiste",
            "Non : pour l'exercice 2026, l'objectif n'est pas 2/3 mais ≥ 70 %",
        ),
        (
            "Bonjour, pour le taux de télétransmission exigé dans notre forfait de "
            "chirurgien-dentiste, c'est bien les 2/3 comme chez les médecins ?",
            "chirurgien-dentiste",
            "l'objectif n'est pas 2/3 mais ≥ 70 %",
        ),
        (
            "g vu passer 70% de FSE pr le forfait, c pas 2/3 pr nous les generalistes ? je parle "
            "du forfait structure 2025",
            "medecin",
            "Oui : pour l'exercice 2025, l'objectif est bien > 2/3",
        ),
        # the point's value quoted (« passé à 7,50 € »): set against the rule's (dev 300)
        (
            "Un confrère m'a dit que le point du forfait structure était passé à 7,50 € en 2024, "
            "vrai ?",
            "medecin",
            "Non : pour l'exercice 2024, 1 point = 7 €, pas 7,50 €.",
        ),
        (
            "le point est bien à 7 € en 2025 ?",
            "medecin",
            "Oui : pour l'exercice 2025, 1 point = 7 €.",
        ),
        # the next one supposed (« si j'en fais une 3e avant noël »): judged with it (dev 305)
        (
            "jai 2 interventions en ehpad cette annee, si jen fais une 3e avant noel je touche "
            "l'aller vers ?",
            "chirurgien-dentiste",
            "Avec la 3e, prévue, si elle a bien lieu d'ici le 31/12/2026",
        ),
        (
            "jai fait 3 RCP cette annee, si jen fais une 4e en decembre ca valide la "
            "coordination fami ?",
            "chirurgien-dentiste",
            "Oui : Au moins 4 RCP dans l'année valident l'indicateur",
        ),
        # « je n'ai ni CPTS ni MSP … Ça me coûte combien ? »: a loss, not a price; « comme je
        # l'ai lu pour 2022 » is where the belief came from; « fait sauter tout le volet 1 »
        # asks the block (dev 298)
        (
            "Je n'ai ni CPTS ni MSP ni ESP. En 2023 est-ce que ça me fait sauter tout le volet 1 "
            "comme je l'ai lu pour 2022 ? Ça me coûte combien ?",
            "medecin",
            "ne dépend pas de cet indicateur.",
        ),
        (
            "g pas mis mes horaires ds l'annuaire santé en 2023 (oubli bête). a part ça javais "
            "téléservices, DMP, messagerie MES, ordo numériques et apCV ok. ca ma couté cb ?",
            "medecin",
            "Manque à gagner : 4 186 € (598 points)",
        ),
        # « si jamais » is « if by chance », « au lieu de 3 » the target missed (dev 299)
        (
            "si jamais je n'ai fait que 2 interventions en ehpad au lieu de 3 cette année, j'ai "
            "quand meme les 300 € du aller vers ?",
            "chirurgien-dentiste",
            "2 : sous l'objectif",
        ),
        # a software not had is judged; the exemption's entry is for a specialty with no offer
        # (dev 298)
        (
            "pas de logiciel Ségur en 2025, ça me coûte combien ?",
            "medecin",
            "Sans lui, rien n'est versé pour l'exercice, au lieu de 7 805 €",
        ),
        (
            "pas de LAP certifié pour ma spé en 2022, volet 1 perdu ?",
            "medecin",
            "le LAP certifié n'était pas exigé si votre spécialité",
        ),
        # « les téléservices du socle » (Donum): the socle's mean of rates, not the optional
        # téléservices (dev 300, 301, 307)
        (
            "Donum 2026 : le socle c quoi comme taux de teleservices a atteindre, et ca rapporte "
            "combien le socle seul ?",
            "medecin",
            "moyenne des taux DMT, FSE, PSE et AAT ≥ 60 %",
        ),
        (
            "TR conseiller CPAM : un généraliste demande quel taux il doit atteindre sur les "
            "téléservices pour le socle de la Donum 2026.",
            "medecin",
            "≥ 60 %",
        ),
        # a neighbouring topic set aside before the question (« ça m'intéresse pas. Moi je
        # veux juste savoir : … ») is said not covered; the question is answered (dev 308)
        (
            "Tout le monde parle de la refonte de la CCAM technique, honnêtement ça m'intéresse "
            "pas. Moi je veux juste savoir : je suis dans une CPTS, l'indicateur prise en charge "
            "coordonnée du forfait structure 2024 vaut combien de points ?",
            "medecin",
            "Implication dans la prise en charge coordonnée — Forfait structure 2024 (médecins)",
        ),
        # a block said not met, the one that waits on it asked of (dev 337)
        (
            "Jai pas validé le volet 1 en 2023 (taux FSE trop bas apparemment), je touche qd "
            "meme mon volet 2 ?",
            "medecin",
            "Non : sans « Volet 1 : pré-requis », rien n'est versé au titre de « Volet 2",
        ),
        (
            "socle pas validé en 2026, je touche quand même les options ?",
            "medecin",
            "rien n'est versé au titre de « Indicateurs optionnels »",
        ),
        # a target said required, of two years: the targets, not « Non, facultatif » (dev 336)
        ("taux DMP exigé en 2022 vs en 2025 ?", "medecin", "2025 : 40 points, soit 280 €"),
        # the socle's four rates told one by one fail the option's gate (dev 335)
        (
            "donum 2026 : dmt 58 fse 59 pse 40 aat 50 mais dmp 50 ordo 45. je touche qd meme "
            "les 420 de l option dmp/ordo ?",
            "medecin",
            "Sans « Services en ligne : moyenne des taux DMT, FSE, PSE et AAT ≥ 60 % », il ne "
            "l'est pas.",
        ),
        # « j'aurais dû avoir 350 € » checks an amount; a block's euros claimed (dev 335, 338)
        (
            "fami 2023 jai accueilli un etudiant de 6e annee tt lannee. jaurais du avoir 350 € "
            "en plus non ?",
            "chirurgien-dentiste",
            "n'est pas un indicateur de l'exercice 2023",
        ),
        (
            "Un confrère m'affirme que le socle de la FAMI 2025 est passé à 590 €. Est-ce exact ?",
            "chirurgien-dentiste",
            "Non : 490 € pour l'exercice 2025, pas 590 €.",
        ),
        # an amount glossed by its blocks, one that may be reached: the scheme's changes (dev 340)
        (
            "Pour 2023 j'ai touché 590 € de FAMI (socle + coordination). Un confrère me dit "
            "qu'à partir de 2024 on peut dépasser 1 200 €. Qu'est-ce qui a changé ?",
            "chirurgien-dentiste",
            "Nouveaux en 2024 : « Aller vers »",
        ),
        # « en prison N fois par an »: a count of interventions (dev 338)
        (
            "je soigne en prison 4 fois par an, ça compte pour le fami ?",
            "chirurgien-dentiste",
            "4 : objectif atteint",
        ),
        # the term's own meaning said back, « de quoi au juste ? » (dev 339)
        (
            "SPE c la prescription electronique de quoi au juste ? de kiné ? de transport ?",
            "medecin",
            "SPE : service de prescription électronique de transport.",
        ),
        (
            "cm at-mp ds le forfait c le certificat pr quoi exactement",
            "medecin",
            "CM AT-MP : certificat médical d'accident du travail",
        ),
        # « ça bloque mon forfait ? » asks a verdict (dev 343)
        (
            "jai jamais mis mes horaires sur l'annuaire santé, ca bloque mon forfait structure "
            "2025 ?",
            "medecin",
            "« Volet 1 : équipement du cabinet (les 4 indicateurs sont requis) » n'est donc pas "
            "atteint",
        ),
        # « 5 120 FSE sur 8 000 actes » holds no count of 5 (dev 344)
        (
            "Message transféré de ma conseillère CPAM : « Docteur, après vérification, votre "
            "taux de télétransmission 2023 s'établit à 64 % (5 120 FSE sur 8 000 actes). Vos "
            "autres indicateurs du volet 1 sont atteints et vous avez validé en volet 2 la "
            "participation au SAS et la capacité à coder les données médicales. » Je ne "
            "comprends pas bien sa conclusion : est-ce que je vais quand même toucher les "
            "1 750 € du volet 2 ?",
            "medecin",
            "64 % : sous l'objectif",
        ),
        # an item of the forfait structure asked of the Donum (dev 343)
        (
            "Avec la Donum il y a toujours les 200 points pour le SAS ?",
            "medecin",
            "ne fait pas partie de la dotation numérique (Donum), qui commence à l'exercice 2026",
        ),
        # the dates asked after a count told: the dates, not the count's verdict (dev 344)
        (
            "j'ai fait 3 interventions en école REP en 2025. Quelles sont les dates de la "
            "campagne de déclaration FAMI 2025 ?",
            "chirurgien-dentiste",
            "Déclaration sur amelipro du 12/01/2026 au 02/03/2026",
        ),
        # « je fais le point sur… »: taking stock, not the point's value (dev 347)
        (
            "je fais le point sur mes anciens forfaits pour mon comptable. En 2022 le volet 1 du "
            "forfait structure valait combien ?",
            "medecin",
            "Il verse 400 points, soit 2 800 €",
        ),
        # « pour mon comptable »: no « comptabilisé » of the 2022 SAS (last look)
        (
            "je fais le point pr mon comptable : en 2022 le volet 1 valait cb ?",
            "medecin",
            "Il verse 400 points, soit 2 800 €",
        ),
        # where the term was seen, after « ça veut dire quoi » (dev 347)
        (
            "ApCV ca veut dire quoi dans mon tableau amelipro ?",
            "medecin",
            "ApCV : application carte Vitale.",
        ),
        # « trop bas » after the rates named: under their target (dev 350)
        (
            "pas de socle (taux fse trop bas) mais etudiant 6e annee + 3 interventions en ehpad, "
            "ca fait cmb au total ?",
            "chirurgien-dentiste",
            "Non atteints : « Indicateurs socles (obligatoires) », « Taux de télétransmission FSE "
            "≥ 70 % ».",
        ),
        (
            "Simulation Donum 2026 pour le Dr Faure : socle ok, DMP et ordonnances numériques au "
            "dessus de 30 %, et il a utilisé l'appli carte Vitale + envoyé un message MSS à un "
            "patient. Par contre CM AT-MP/DSG/SPE trop bas. Total en € ?",
            "medecin",
            "Total : 2 520 € (360 points) pour l'exercice 2026.",
        ),
        # "(… papier en visite à domicile)" tells why the rate is low: no fee asked
        (
            "Bonjour, pour 2023 mon taux de télétransmission était de 64 % (beaucoup de feuilles "
            "papier en visite à domicile). Résultat : 0 € de forfait structure, alors que je "
            "participe au SAS et que je suis dans une CPTS. Combien j'ai perdu en tout ?",
            "medecin",
            "Manque à gagner : 4 200 € (600 points)",
        ),
        # "ça m'a coûté combien ?" after « n'intégrait pas »: a loss, not a price
        (
            "Forfait structure 2024 : mon logiciel n'intégrait pas l'avenant 8 SESAM-Vitale. J'ai "
            "eu 0 alors que j'ai le SAS, la coordination (CPTS) et le DMP au-dessus de 30 %. "
            "C'est normal ? ça m'a coûté combien ?",
            "medecin",
            "Manque à gagner : 4 480 € (640 points)",
        ),
        # babies under 3 months are taken off the FSE rate's acts, as the AME
        (
            "Mon bilan de l'année : 5 200 actes, 3 500 en FSE sécurisées. Parmi les actes papier "
            "il y a 260 AME, 140 patients avec un NIR provisoire et 100 bébés de moins de 3 mois. "
            "J'atteins les 70 % du FAMI ou pas ?",
            "chirurgien-dentiste",
            "3 500 FSE sur 4 700 actes, 500 exclus du calcul (74,47 %)",
        ),
        # "d'après mes calculs" names no FSE rate
        (
            "Forfait structure 2023 reçu : 5 096 €. J'avais tout validé sauf le SAS, les "
            "équipements médicaux connectés et le maître de stage (pas d'étudiant cette "
            "année-là). D'après mes calculs il manque qqch, vous confirmez ?",
            "medecin",
            "Ce que vous listez vaut 6 216 € (888 points).",
        ),
        # the bare items after a short « pas de X » are missed too
        (
            "Forfait structure 2024 : volet 1 validé. Volet 2 j'ai DMP, MSS, AAT, PSE, DMT, "
            "ordonnances numériques et appli carte Vitale. Pas de CM AT-MP, SPE, DSG, et rien "
            "d'autre (ni CPTS ni SAS ni stagiaire). Combien de points et d'euros j'aurais dû "
            "avoir ?",
            "medecin",
            "Total : 3 552,50 € (507,5 points) pour l'exercice 2024.",
        ),
        # "ça me fait 400 € du coup ?": the asker's total, checked
        (
            "Socle raté en 2025 pck j'ai pas de messagerie sécurisée. Par contre je suis en MSP "
            "et j'ai fait 3 dépistages en foyer d'hébergement. Ça me fait 400 € du coup ?",
            "chirurgien-dentiste",
            "Non : 300 € d'après ce que vous décrivez, et non 400 €.",
        ),
        # "SPE que 20 %": the rate told after « que », below the option's target
        (
            "socle donum 2026 valide, CM AT-MP et grossesse a 50 % mais SPE que 20 %. jai "
            "l'option quand meme ?",
            "medecin",
            "20 % : sous l'objectif — > 30 %.",
        ),
        # "je touche toujours … via la dotation numérique ?": an item the Donum does not have
        (
            "Je fais mes 2h/semaine de SAS. En 2026 je touche toujours les 1400 € via la "
            "dotation numérique ?",
            "medecin",
            "Non : « Participation au service d'accès aux soins (SAS) » ne fait pas partie de la "
            "dotation numérique (Donum)",
        ),
        # three years listed, « au total » asked: their sum
        (
            "je prends un stagiaire de 6e annee en 2024, 2025 et 2026. au total la prime "
            "etudiant du fami ca fait cb?",
            "chirurgien-dentiste",
            "Sur les 3 exercices : 1 050 €, si atteint chaque année.",
        ),
        # a nurse the doctors pay is staff, not who asks
        (
            "on paie a plusieurs une IDE de coordination pour les patients complexes au cabinet. "
            "l'indicateur services aux patients 2025 vaut combien ?",
            "medecin",
            "Il verse 70 points, soit 490 €",
        ),
        # « chaque année de 2023 à 2025 »: the year between told too
        (
            "si jai le socle + la coordo chaque année du fami de 2023 a 2025, ca me fait cb en "
            "tout sur les 3 ans?",
            "chirurgien-dentiste",
            "Sur les 3 exercices : 1 770 €.",
        ),
        # "… c quoi ces sigles pour l indicateur coordination ?": each one
        (
            "ESP, CPTS, MSP... c quoi ces sigles pour l indicateur coordination ?",
            "medecin",
            "ESP : équipe de soins primaires.\nCPTS : communauté professionnelle territoriale",
        ),
    ],
)
def test_read_from_blind_dev_298_357(
    responder: FaqResponder, text: str, profession: str, said: str
) -> None:
    assert said in shown(responder, text, profession).replace(NN, " ")
