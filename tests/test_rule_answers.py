"""Rule-grounded FAQ answers: the calculator judges a figure or a situation of the asker's own
for the profession and exercice assumed (issue 11, item 1)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.faq_replies import FaqResponder
from bot.rule_answers import Grounded, year_rates
from bot.session import Session
from bot.telegram_render import decode, encode
from bot.text_render import to_text
from knowledge import Knowledge, load

TODAY = dt.date(2025, 1, 15)  # the 2024 declaration: the exercice assumed by default is 2024
NN = "\u202f"


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: TODAY)


@pytest.fixture(scope="module")
def late(kb: Knowledge) -> FaqResponder:
    """The replies on 30/11/2026: the current exercice is 2026 (2025 for the FAMI)."""
    return FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 11, 30))


def ground(r: FaqResponder, text: str, profession: str | None = None) -> Grounded | None:
    return r.ground(text, r.answer(text, Session(chat_id=1, profession=profession)))


def reply(r: FaqResponder, text: str, profession: str | None = None, **kw) -> str:
    msg = r.reply(text, Session(chat_id=1, profession=profession), **kw)
    assert msg is not None
    return to_text(msg)


def test_exactly_two_thirds_gives_both_readings_of_the_texts(responder: FaqResponder) -> None:
    g = ground(responder, "si je suis pile a 2/3 de FSE c bon ?", "medecin")
    assert g is not None and g.case.exercice == 2024 and g.case.exercice_source == "defaut"
    assert g.situation.indicateur.id == "taux_teletransmission" and g.statut == "ambigu"
    assert g.ambiguite is not None and len(g.ambiguite.lectures) == 2
    text = reply(responder, "si je suis pile a 2/3 de FSE c bon ?", "medecin")
    assert "atteint ou non selon la lecture des textes" in text
    assert "Deux lectures des textes" in text and "guides officiels" in text
    assert "C'est votre CPAM qui tranche" in text
    assert f"Calcul fait pour{NN}: médecin (votre profil), exercice 2024" in text
    assert text.index("Taux de télétransmission") < text.index("Pour en savoir plus")


def test_the_buttons_keep_exactly_two_thirds(responder: FaqResponder) -> None:
    msg = responder.reply(
        "si je suis pile a 2/3 de FSE c bon ?", Session(chat_id=1, profession="medecin")
    )
    buttons = {c.label: c.action for row in msg.choices for c in row}
    later = to_text(responder.rule_reply(buttons["Exercice 2025"], Session(chat_id=1)))
    assert "⚖️ atteint ou non selon la lecture des textes" in later
    earlier = to_text(responder.rule_reply(buttons["Exercice 2023"], Session(chat_id=1)))
    assert "✅ objectif atteint" in earlier


def test_exactly_two_thirds_meets_the_2023_target(responder: FaqResponder) -> None:
    """2023 says « ≥ 2/3 »: the fraction is compared as the target states it, not rounded."""
    g = responder.rules.replay("medecin", 2023, "taux_teletransmission", "66.666667", TODAY)
    assert g is not None and g.statut == "atteint"
    sess = Session(chat_id=1, profession="medecin", exercice="2023")
    text = to_text(responder.reply("si je suis pile a 2/3 de FSE c bon ?", sess))
    assert "✅ objectif atteint" in text and "exercice 2023 (votre questionnaire)" in text


def test_a_dentist_just_under_70_percent_loses_the_socle(responder: FaqResponder) -> None:
    text = reply(responder, "mon taux fse est de 69,8% je touche rien ?", "chirurgien-dentiste")
    assert text.startswith(f"Taux de télétransmission FSE ≥ 70{NN}% — ❌ objectif non atteint")
    assert f"69,8{NN}%{NN}: sous l'objectif — ≥ 70{NN}%" in text
    assert f"il n'est pas versé (490{NN}€)" in text
    assert f"Au plus 650{NN}€ pour l'exercice, au lieu de 1{NN}240{NN}€" in text
    # what does not hang on the socle is said by name (« l'aller vers, il faut le socle ? »)
    assert (
        f"Restent versés sans lui, chacun selon son objectif{NN}: «{NN}Aller vers{NN}»{NN}: au "
        f"moins 3 interventions auprès de publics fragiles (300{NN}€) et «{NN}Accueil d'un "
        f"étudiant de 6e année en stage actif{NN}» (350{NN}€)."
    ) in text
    assert f"Source{NN}: guide méthodologique FAMI 2024" in text
    assert "chirurgien-dentiste (votre profil), exercice 2024" in text


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        (
            "mon taux fse est en dessous de 70 %, j'ai la coordination ?",
            "chirurgien-dentiste",
            f"en dessous de 70{NN}%{NN}: sous l'objectif",
        ),
        ("je suis sous les 2/3 de fse, je perds le volet 1 ?", "medecin", "sous les 2/3 : sous"),
        (
            "j'ai plus des deux tiers en fse, c'est ok ?",
            "medecin",
            "plus des deux tiers : objectif",
        ),
    ],
)
def test_a_rate_told_as_a_bound_is_judged_just_past_it(
    responder: FaqResponder, text: str, profession: str, said: str
) -> None:
    """ "sous les 70 %", "plus des deux tiers": the asker's own rate, below or above the figure,
    never at the threshold; the reply repeats it as written."""
    assert said.replace(" :", f"{NN}:") in reply(responder, text, profession)


def test_a_figure_put_to_the_test_is_the_askers_own(late: FaqResponder) -> None:
    """« Forfait structure 2025 : 70 % de FSE, ça passe pour le volet 1 ? »: 70 % is also the
    dentists' target, but « ça passe ? » puts it to the test: judged against > 2/3 (was the
    entry on the téléservices' targets)."""
    text = reply(late, "Forfait structure 2025 : 70 % de FSE, ça passe pour le volet 1 ?")
    assert text.startswith("Taux de télétransmission > 2/3 — ✅ objectif atteint")


def test_counts_at_several_places_are_added_up(late: FaqResponder) -> None:
    """« 1 intervention en maison d'arrêt, 1 en foyer d'hébergement, 1 en EHPAD »: 3
    interventions, the « aller vers » met (was « 1 : sous l'objectif »); a count in another
    year is not added."""
    from bot.question_scope import values

    text = reply(
        late,
        "2025 : 1 intervention en maison d'arrêt, 1 en foyer d'hébergement, 1 en EHPAD. "
        "Aller vers validé ?",
        "chirurgien-dentiste",
    )
    assert "3 interventions auprès de publics fragiles — ✅ objectif atteint" in text
    assert [v.value for v in values("3 interventions en 2024 et 2 en 2025")] == [3.0]


def test_everything_but_one_is_that_one_missing(late: FaqResponder) -> None:
    """ "tout validé sauf les horaires, je perds quoi ?": the calculator's verdict on the
    hours, not the entry on how to show them; the year under way, not met yet."""
    text = reply(late, "j'ai tout validé sauf les horaires, je perds quoi ?", "chirurgien-dentiste")
    assert "⏳ pas encore atteint" in text and f"il n'est pas versé (490{NN}€)" in text
    assert "il vous reste jusqu'au 31/12/2026" in text


IN_TIME = f"Oui{NN}: l'exercice 2026 est en cours{NN}; ce qui est fait d'ici le 31/12/2026"


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        # a yes/no on the time left, in the year under way: said yes under the header
        (
            "aller vers : jai fait 2 interventions en EHPAD cette année. faut que la 3e soit "
            "faite avant le 31/12 pr avoir la prime ?",
            "chirurgien-dentiste",
            True,
        ),
        (
            "si j'envoie un msg mon espace sante le 28 decembre ca compte encore ?",
            "medecin",
            True,
        ),
        # an open question, or a choice between two, gets no « Oui »
        (
            "qu'est-ce que je dois vérifier d'ici le 31 décembre pour le socle ?",
            "medecin",
            False,
        ),
        (
            "moyenne de mes 4 taux du socle à 65 %. Je suis tranquille ou je dois pousser mes "
            "AAT d'ici le 31 décembre ?",
            "medecin",
            False,
        ),
    ],
)
def test_in_time_asked_before_the_year_end(
    late: FaqResponder, text: str, profession: str, said: bool
) -> None:
    """Blind dev set 211 and the last look of 5/12/2026: « faut que la 3e soit faite avant le
    31/12 ? » was answered « pas encore atteint » alone, read as a no."""
    assert (IN_TIME in reply(late, text, profession)) is said


def test_a_closed_year_done_now_is_too_late(late: FaqResponder) -> None:
    """Blind dev set 211: « si je fais la mise à jour maintenant, ça compte pour 2025 ? »."""
    text = reply(
        late,
        "fin 2025 je n'étais pas passé à l'addendum 8 de SESAM-Vitale. Si je fais la mise à "
        "jour maintenant est-ce que ça peut compter pour 2025 ?",
        "medecin",
    )
    assert f"Exercice 2025 clos{NN}: c'est votre situation au 31/12/2025 qui compte" in text


def test_a_case_supposed_is_not_a_year_under_way(late: FaqResponder) -> None:
    """ "si je ne déclare pas…": what the rule gives, not "pas encore atteint"."""
    text = reply(
        late,
        "Si je ne déclare pas mon implication en MSP, est-ce que je perds les 100 € ?",
        "chirurgien-dentiste",
    )
    assert "❌ objectif non atteint" in text


def test_two_interventions_are_one_short_of_aller_vers(responder: FaqResponder) -> None:
    g = ground(responder, "2 interventions en EHPAD", "chirurgien-dentiste")
    assert g is not None and g.situation.indicateur.id == "aller_vers_interventions"
    assert g.statut == "non_atteint" and "≥ 3 interventions" in g.pourquoi
    assert any(f"300{NN}€" in c for c in g.consequences)


def test_pas_mal_de_is_many_not_a_negation(responder: FaqResponder) -> None:
    text = (
        "forfait structure 2023 : taux de télétransmission à 63 % (je fais encore pas mal de "
        "feuilles papier en visite). C'est normal ?"
    )
    g = ground(responder, text, "medecin")
    assert g is not None and g.situation.indicateur.id == "taux_teletransmission"
    assert g.statut == "non_atteint"


def test_no_secure_messaging_fails_the_fami_socle(responder: FaqResponder) -> None:
    g = ground(responder, "pas de messagerie", "chirurgien-dentiste")
    assert g is not None and g.situation.indicateur.id == "messagerie_securisee"
    assert g.situation.absent and g.statut == "non_atteint"
    assert any("n'est donc pas atteint" in c for c in g.consequences)


def test_a_missed_indicator_is_a_situation_to_judge(responder: FaqResponder) -> None:
    """ "J'ai raté / loupé X, je touche quoi ?" says X is not met, as "pas de X" does."""
    g = ground(
        responder, "j'ai raté la messagerie sécurisée, je touche quoi ?", "chirurgien-dentiste"
    )
    assert g is not None and g.situation.indicateur.id == "messagerie_securisee"
    assert g.situation.absent and g.statut == "non_atteint"


def test_sesam_sans_vitale_is_a_name_not_an_absence(responder: FaqResponder) -> None:
    q = "SESAM sans Vitale ça compte comme FSE pour le FAMI ?"
    assert ground(responder, q, "chirurgien-dentiste") is None


def test_patients_without_a_vitale_card_are_no_block_missed(responder: FaqResponder) -> None:
    """« des patients sans carte Vitale … 68 % : mon socle est validé ? »: the patients' card,
    not the socle missing (« Vitale » is a word of its indicators); the 68 % is judged."""
    q = (
        "Beaucoup de patients viennent sans carte Vitale. Sur amelipro je vois un taux de "
        "télétransmission de 68 % pour 2024. Est-ce que mon socle FAMI 2024 est validé ?"
    )
    g = ground(responder, q, "chirurgien-dentiste")
    assert g is not None and g.situation.sans is None
    assert g.situation.indicateur.id == "taux_teletransmission" and g.statut == "non_atteint"
    old = "les anciens n'ont jamais leur carte vitale. Quel taux minimum il fallait en 2023 ?"
    assert ground(responder, old, "medecin") is None  # not the ApCV missing


def test_a_figure_is_judged_on_the_rate_named_beside_it(responder: FaqResponder) -> None:
    """A story naming « la messagerie sécurisée » and « plus de 90 % de FSE »: the figure is
    the FSE's (it was judged as the patients' messaging, « ❌ non versé »)."""
    q = (
        "En 2022 j'avais bien mon logiciel, la messagerie sécurisée, mes horaires sur "
        "l'annuaire et plus de 90 % de FSE. Est-ce que j'ai perdu mon volet 1 ?"
    )
    g = ground(responder, q, "medecin")
    assert g is not None and g.situation.indicateur.id == "taux_teletransmission"


def test_a_closing_rate_said_taux_is_not_another_indicators(responder: FaqResponder) -> None:
    """« Mon taux de 68 % suffit ? » after « 68 % de FSE »: « taux » alone names no rate (it
    named the DMP's, whose phrasings say « taux » most)."""
    q = (
        "Un confrère m'a dit qu'il faut 70 % de FSE. Moi j'ai 68 % de FSE en 2025. "
        "Mon taux de 68 % suffit pour le forfait structure ?"
    )
    g = ground(responder, q, "medecin")
    assert g is None or g.situation.indicateur.id == "taux_teletransmission"


def test_a_count_made_at_the_cabinet_is_not_judged_as_interventions_outside(
    responder: FaqResponder,
) -> None:
    """« soignés au cabinet, 4 demi-journées : ça compte comme 4 interventions ? »: where they
    happened is the question (« hors cabinet »), not 4 against 3."""
    q = (
        "le foyer d'hébergement m'envoie ses résidents, je les ai soignés au cabinet en 4 "
        "demi-journées. Ça compte comme 4 interventions aller vers ?"
    )
    assert ground(responder, q, "chirurgien-dentiste") is None


def test_which_ones_were_needed_asks_a_list_not_a_verdict(responder: FaqResponder) -> None:
    """« certains avenants ne sont pas installés… lesquels fallait-il ? » names nothing
    missing to judge: the télétransmission rate was judged « non atteint » from it."""
    q = (
        "son éditeur dit que certains avenants SESAM-Vitale ne sont pas installés chez lui. "
        "Lesquels fallait-il pour valider l'indicateur en 2024 ?"
    )
    assert ground(responder, q, "chirurgien-dentiste") is None


def test_no_secure_messaging_is_not_judged_when_the_indicators_compete(
    responder: FaqResponder,
) -> None:
    """For a médecin in 2024, « messagerie » names both the Ségur software (MSSanté) and the
    Mon espace santé messaging: no verdict rather than a guess."""
    assert ground(responder, "pas de messagerie", "medecin") is None


def test_coordination_without_the_volet_1_is_not_paid(responder: FaqResponder) -> None:
    g = ground(responder, "la coordination sans le volet 1 ça paye ?", "medecin")
    assert g is not None and g.situation.sans is not None and g.situation.sans.id == "volet_1"
    text = reply(responder, "la coordination sans le volet 1 ça paye ?", "medecin")
    assert "❌ non versé" in text
    assert f"n'est pas versé (120{NN}points, soit 840{NN}€)" in text


def test_no_dmp_flow_with_a_compatible_software_gets_both_readings(
    responder: FaqResponder,
) -> None:
    """No flux, but a compatible software said: the path the FAMI guide reads two ways (its
    rules mark it « ambigu »), not « ❌ objectif non atteint »; no software is missing it."""
    text = "j'ai pas de flux dmp cette année mais mon logiciel est compatible"
    g = ground(responder, text, "chirurgien-dentiste")
    assert g is not None and g.situation.indicateur.id == "logiciel_dmp" and g.situation.ambigu
    assert g.statut == "ambigu" and g.ambiguite is not None
    assert g.case.exercice == 2025 and g.case.exercice_source == "question"  # "cette année"
    shown = reply(responder, text, "chirurgien-dentiste")
    assert "Deux lectures des textes" in shown and "Pour en savoir plus" in shown
    none = ground(responder, "je n'ai pas de logiciel dmp", "chirurgien-dentiste")
    assert none is not None and none.situation.absent and none.statut == "non_atteint"


def test_a_place_said_not_to_count_is_no_count_to_judge(late: FaqResponder) -> None:
    """« 3 dépistages dans un lycée (pas en REP) »: whether they count is the question (the
    target names REP/REP+ schools), not « 3 ≥ 3 : objectif atteint »."""
    text = "3 dépistages dans un lycée de centre-ville (pas en REP), ça passe pour l'aller vers ?"
    assert ground(late, text, "chirurgien-dentiste") is None
    assert ground(
        late, "3 interventions en EHPAD, ça passe pour l'aller vers ?", "chirurgien-dentiste"
    )


def test_one_rate_of_a_mean_missing_is_no_verdict(late: FaqResponder) -> None:
    """« quasi pas d'arrêts de travail »: one rate of the Donum's mean, which the others may
    make up for; it was « ❌ objectif non atteint », the socle lost."""
    text = "dermato secteur 2, quasi pas d'arrêts de travail. j'ai droit à la donum moi aussi ?"
    assert ground(late, text, "medecin") is None


def test_one_form_of_coordination_missing_is_no_absence(responder: FaqResponder) -> None:
    """The coordination is met by any of several forms: « pas en MSP » alone, or beside
    « en CPTS », says nothing of the indicator; « ni en CPTS ni en MSP » still does."""
    for text in (
        "je suis dans une CPTS mais pas dans une MSP, ça compte pour la coordination ?",
        "je ne suis pas en MSP, je perds la coordination ?",
        # another form that meets it, said beside the two denied
        "ni en MSP ni en CPTS, mais des actions de coordination avec un EHPAD, ça valide ?",
    ):
        assert ground(responder, text, "chirurgien-dentiste") is None
    g = ground(responder, "ni en CPTS ni en MSP, je perds la coordination ?", "chirurgien-dentiste")
    assert g is not None and g.situation.absent


@pytest.mark.parametrize(
    ("text", "profession"),
    [
        ("quel est le seuil de FSE ?", "medecin"),  # no figure of the asker's
        ("pourquoi ma messagerie n'est pas pré-remplie ?", "chirurgien-dentiste"),
        ("70 % de fse c'est le seuil des dentistes ?", None),  # the target, quoted
        ("je suis psychiatre, pas de LAP certifié pour ma spé, je suis dispensé ?", None),
        # two figures told, the closing sentence asks the target itself
        (
            "en 2023 avec 75 % d'arrets de travail en ligne j'avais mes points. En 2024 je suis "
            "monté à 82 % et amelipro me dit non atteint ! c'est quoi le seuil maintenant ?",
            "medecin",
        ),
        # a « mais » clause names the indicator again: the absence is qualified
        (
            "je ne suis pas inscrit moi-même au SAS, mais ma CPTS participe au SAS et j'y "
            "ouvre 3 h de créneaux par semaine. Forfait 2024, j'ai droit à l'indicateur SAS ?",
            "medecin",
        ),
        # … with a « pas » of whose patients in the clause: no absence told
        (
            "Je ne suis pas inscrit moi-même sur la plateforme SAS mais ma CPTS participe au SAS "
            "et je donne 2 h 30 par semaine de créneaux pour des patients qui ne sont pas les "
            "miens. Pour 2024, volet 1 ok, j'ai droit à la ligne SAS ?",
            "medecin",
        ),
        # how the rule's own target is counted, after figures of two places
        (
            "Deux sites : 90 % de FSE au cabinet principal, 45 % au secondaire. Le taux de 70 % "
            "est calculé cabinet par cabinet ?",
            "chirurgien-dentiste",
        ),
    ],
)
def test_no_verdict_where_the_question_asks_something_else(
    responder: FaqResponder, text: str, profession: str | None
) -> None:
    assert ground(responder, text, profession) is None


def test_without_a_profession_the_first_one_is_assumed_and_said(
    responder: FaqResponder,
) -> None:
    g = ground(responder, "mon taux fse est de 95% je touche rien ?")
    assert g is not None and g.case.profession == "medecin" and g.statut == "atteint"
    assert g.case.profession_source == "defaut"
    text = reply(responder, "mon taux fse est de 95% je touche rien ?")
    assert f"Calcul fait pour{NN}: médecin (par défaut)" in text
    # an indicator only dentists have: their rules, though the profession was not given
    assert ground(responder, "2 interventions en EHPAD").case.profession == "chirurgien-dentiste"
    # met for a médecin (> 2/3), not for a dentist (≥ 70 %): no profession assumed
    assert ground(responder, "mon taux fse est de 69,8% je touche rien ?") is None
    text = reply(responder, "mon taux fse est de 69,8% je touche rien ?")
    assert text.startswith(f"Cela dépend de votre profession{NN}:")


def test_a_relative_year_names_no_indicator(late: FaqResponder) -> None:
    """« l'an passé » is the exercice asked: its words (« an », « passé ») named the
    coordination and the software indicators."""
    text = reply(late, "l'an passé c'était combien le forfait structure", "medecin")
    assert text.startswith("Montant maximal — Forfait structure 2025")


def test_a_profession_named_in_the_question_is_used(responder: FaqResponder) -> None:
    """The FAQ index reads kinés as not covered; the knowledge now has their FAMI."""
    g = ground(responder, "je suis kiné, mon taux fse est de 69 %")
    assert g is not None and g.case.profession == "masseur-kinesitherapeute"
    assert g.statut == "non_atteint" and g.case.profession_source == "question"


def test_today_decides_the_exercice_and_its_rules(kb: Knowledge) -> None:
    """In late 2026 a médecin's FSE rate is one of the four rates of the Donum's mean."""
    later = FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 11, 30))
    g = ground(later, "si je suis pile a 2/3 de FSE c bon ?", "medecin")
    assert g is not None and g.case.exercice == 2026
    assert g.situation.composante is not None and g.situation.composante.id == "fse"
    assert "entre dans la moyenne" in g.pourquoi


def test_the_other_cases_are_offered_as_buttons_that_travel(responder: FaqResponder) -> None:
    msg = responder.reply(
        "mon taux fse est de 69,8% je touche rien ?",
        Session(chat_id=1, profession="chirurgien-dentiste"),
    )
    labels = [c.label for row in msg.choices for c in row]
    assert labels == [
        "Exercice 2023",
        "Exercice 2025",
        "Médecin 2024",
        "Masseur-kinésithérapeute 2024",
        "Estimer mon forfait",
    ]
    for action in msg.actions:
        assert decode(encode(action)) == action
    medecin = msg.actions[2]
    other = to_text(responder.rule_reply(medecin, Session(chat_id=1)))
    assert "Taux de télétransmission > 2/3 — ✅ objectif atteint" in other
    assert f"Calcul fait pour{NN}: médecin" in other


def test_every_replayable_situation_fits_in_a_button(
    responder: FaqResponder, kb: Knowledge
) -> None:
    """The longest indicator and component ids, with the longest slug, stay under 64 bytes."""
    from bot.actions import ShowRuleAnswer

    for d in kb.dispositifs.values():
        slug = kb.professions[d.profession].lien
        for ind in d.indicateurs:
            for comp in [None, *ind.composantes]:
                path = f"{ind.id}.{comp.id}" if comp else ind.id
                for situation in ("66.666667", f"sans-{d.groupes[0].id}"):
                    encode(ShowRuleAnswer(slug, "2024", path, situation))


def test_a_stale_rule_button_is_none(responder: FaqResponder) -> None:
    from bot.actions import ShowRuleAnswer

    session = Session(chat_id=1)
    assert responder.rule_reply(ShowRuleAnswer("medecin", "2024", "disparu", "1"), session) is None
    assert responder.rule_reply(ShowRuleAnswer("inconnu", "2024", "sas", "non"), session) is None


def test_forwarded_answer_ends_with_the_case_and_a_text_to_copy(
    responder: FaqResponder,
) -> None:
    msg = responder.reply(
        "la coordination sans le volet 1 ça paye ?", Session(chat_id=1), forwarded=True
    )
    text = to_text(msg)
    assert text.startswith("Réponse à transmettre")
    assert msg.blocks[-1].pre and not any(b.pre for b in msg.blocks[:-1])
    copy = to_text(type(msg)((msg.blocks[-1],)))
    assert "Réponse à transmettre" not in copy and "❌ non versé" in copy
    assert copy.rstrip().endswith(f"règles «{NN}Forfait structure 2024 (médecins){NN}».")
    before_copy = to_text(type(msg)(msg.blocks[:-2]))
    assert before_copy.rstrip().endswith(f"règles «{NN}Forfait structure 2024 (médecins){NN}».")


def test_the_reply_says_what_it_is_made_of(late: FaqResponder) -> None:
    """On 30/11/2026 the dentist's case is the provisional 2026 (2025 rules reconducted): the
    2024 guide's entry on an incomplete socle still applies, the target being the same."""
    sess = Session(chat_id=1, profession="chirurgien-dentiste")
    rep = late.respond("mon taux fse est de 69,8% je touche rien ?", sess)
    assert rep.outcome == "rule" and rep.confident and rep.grounded is not None
    assert rep.grounded.case.exercice == 2026 and rep.grounded.statut == "non_atteint"
    assert rep.entry is not None and rep.entry.id == "fami_socle_incomplet"
    assert f"Provisoire{NN}: règles 2025 reconduites" in to_text(rep.message)


def test_a_fraction_is_shown_as_written(late: FaqResponder) -> None:
    text = to_text(late.reply("si je suis pile a 2/3 de FSE c bon ?", Session(1, "medecin")))
    assert f"2/3 (66,67{NN}%)" in text


def test_a_kine_is_answered_on_the_kines_fami(late: FaqResponder) -> None:
    rep = late.respond("je suis kiné, 65 % de fse c'est bon ?", Session(chat_id=1))
    assert rep.grounded is not None and rep.grounded.statut == "non_atteint"
    assert rep.grounded.case.profession == "masseur-kinesitherapeute"
    text = to_text(rep.message)
    assert "masseur-kinésithérapeute (d'après votre question)" in text
    nurse = late.respond("je suis infirmière, 65 % de fse c'est bon ?", Session(chat_id=1))
    assert nurse.grounded is None  # not covered: never judged on another profession's rules


def test_a_scheme_of_another_profession_is_named(late: FaqResponder) -> None:
    text = reply(late, "je suis kiné, est-ce que j'ai droit au forfait structure ?")
    assert text.startswith(
        f"ℹ️ Le forfait structure concerne les médecins{NN}; pour les "
        "masseurs-kinésithérapeutes, je couvre le FAMI."
    )


def test_another_professions_indicator_says_whose_it_is(late: FaqResponder) -> None:
    """The profession named in the question counts as the session's would: the médecins'
    indicator is said theirs, with what it asks of them, then the dentist's own FAMI."""
    text = reply(late, "je suis dentiste, que faut-il pour l'indicateur appli carte vitale ?")
    assert "est un indicateur des médecins" in text
    assert f"Pour les médecins, il demande{NN}: au moins une FSE" in text
    assert "Pour vous, Forfait d'aide à la modernisation" in text


def test_when_words_in_a_negation_leave_room_for_what_is_missing(late: FaqResponder) -> None:
    """« pas encore installé l'addendum 8 de sesam vitale »: « encore » says when; the
    negation bears on the addendum and SESAM-Vitale, the socle's equipment."""
    q = (
        "j'ai pas encore installé l'addendum 8 de sesam vitale, mon éditeur dit janvier. Je "
        "valide quand même le socle Donum 2026 ?"
    )
    g = ground(late, q, "medecin")
    assert g is not None and g.situation.indicateur.id == "equipement_logiciel"
    assert g.situation.absent


def test_whether_another_target_applies_is_no_verdict_on_ones_figure(
    responder: FaqResponder,
) -> None:
    """« 68 % de télétransmission. Le seuil de 70 % s'applique-t-il à lui ? » asks whether the
    dentists' target applies: no verdict on the 68 %; the reply names the médecins' target
    (« s'applique » is no « application carte Vitale »)."""
    q = (
        "Un médecin est à 68 % de télétransmission en 2025. Le seuil de 70 % s'applique-t-il "
        "aussi à lui comme médecin ?"
    )
    assert ground(responder, q, "medecin") is None
    shown = reply(responder, q, "medecin")
    assert "2/3" in shown and "appli carte Vitale" not in shown


def test_a_figure_met_in_the_story_is_context_for_another_indicator(
    late: FaqResponder,
) -> None:
    """« … mon volet 1 est ok, FSE 95 %. Ma solution gratuite valide la vidéotransmission
    2023 ? »: no verdict on the FSE; a FSE under its target still gates the SAS asked."""
    q = (
        "Pour le forfait 2023 j'ai fait mes téléconsultations avec la solution gratuite de ma "
        "CPTS. Mon volet 1 est ok, FSE 95 %. Est-ce que ma solution gratuite me permet de "
        "valider l'indicateur vidéotransmission 2023 ?"
    )
    assert ground(late, q, "medecin") is None
    late_q = "Forfait 2025 : Ségur, FSE 97 %, horaires. Le 10 février 2026, c'était trop tard ?"
    assert ground(late, late_q, "medecin") is None  # a date asked
    sector = "Ségur, LAP, 93 % de FSE et mes horaires. Pour 2025, j'y ai droit en secteur 2 ?"
    assert ground(late, sector, "medecin") is None  # who is covered asked
    both = "FAMI 2025 : FSE à 71 %, DMP, horaires et MSS ok. Ça passe ? et c'est versé quand ?"
    assert ground(late, both, "chirurgien-dentiste") is not None  # the figure asked of too
    low = (
        "Un médecin n'a que 60 % de FSE en 2025 mais participe au SAS. Touche-t-il les points SAS ?"
    )
    g = ground(late, low, "medecin")
    assert g is not None and g.situation.indicateur.id == "taux_teletransmission"


def test_an_older_addendum_fails_the_equipment_of_the_scheme_named(late: FaqResponder) -> None:
    """« je suis en addendum 7 …, je touche le socle donum ? » in a 2025 session: the Donum
    named is judged on its own exercice (2026), and its equipment is not met."""
    text = "je suis en addendum 7 mais tout le reste est ok, je touche le socle donum ?"
    rep = late.respond(text, Session(0, "medecin", "2025"))
    assert rep.grounded is not None and rep.grounded.case.exercice == 2026
    assert rep.grounded.situation.indicateur.id == "equipement_logiciel"
    assert rep.grounded.statut == "non_atteint"


def test_the_closing_sentence_gives_the_figure_of_the_indicator_it_names(
    responder: FaqResponder,
) -> None:
    """« volet 1 ok, FSE 96 %, DMP à 25 %. … Je valide le DMP 2024 avec 25 % ? »: the 25 %
    is judged, not the 96 % (both are rates the DMP could take)."""
    q = (
        "Mon suivi 2024 : volet 1 ok, FSE 96 %, et pour le DMP je suis à 25 % des consultations. "
        "Est-ce que je valide l'indicateur DMP du forfait structure 2024 avec 25 % ?"
    )
    g = ground(responder, q, "medecin")
    assert g is not None and g.situation.indicateur.id == "alimentation_dmp"
    assert g.situation.valeur is not None and g.situation.valeur.value == 25
    assert g.statut == "non_atteint"


def test_losing_one_more_thing_asks_the_other_indicator(responder: FaqResponder) -> None:
    """« pas de messagerie …, je perds aussi mes 300 € d'interventions ? »: the « aller
    vers » asked, independent of the socle the missing messaging fails."""
    q = "pas de messagerie sécurisée au 31/12, je perds aussi mes 300 € d'interventions en EHPAD ?"
    g = ground(responder, q, "chirurgien-dentiste")
    assert g is not None and g.situation.indicateur.id == "aller_vers_interventions"
    assert g.situation.sans is not None and not g.gated


def test_a_missing_group_that_gates_nothing_still_pays(responder: FaqResponder) -> None:
    """The FAMI student (350 €) does not depend on the socle: "versé", not "non versé"."""
    q = "jai pas le socle fami mais j'ai eu un stagiaire 6e annee, je touche les 350 ?"
    g = ground(responder, q, "chirurgien-dentiste")
    assert g is not None and g.situation.sans is not None and not g.gated
    text = reply(responder, q, "chirurgien-dentiste")
    assert "✅ versé s'il est rempli" in text and "non versé" not in text
    assert f"Il verse 350{NN}€{NN}; il est indépendant de «{NN}Indicateurs socles" in text
    gated = ground(responder, "la coordination sans le volet 1 ça paye ?", "medecin")
    assert gated is not None and gated.gated


def test_the_asker_s_profession_and_asking_words_name_no_indicator(late: FaqResponder) -> None:
    """« dentaire » and « ai-je droit » are in FAQ phrasings about the student indicator;
    « coordination » names the coordinated-care one through the glossary's synonyms."""
    rep = late.respond(
        "Si je n'atteins pas les 5 indicateurs socles du FAMI dentaire, ai-je droit aux 100 € "
        "de coordination ?",
        Session(chat_id=1, profession="chirurgien-dentiste"),
    )
    assert rep.grounded is not None
    assert rep.grounded.situation.indicateur.id == "prise_en_charge_coordonnee"
    assert rep.grounded.gated


def test_the_one_rate_a_libelle_lists_is_judged_alone(late: FaqResponder) -> None:
    """« CM AT-MP » is listed in the téléservices' libellé: the question is about that rate."""
    rep = late.respond(
        "CM AT-MP à 55 % en 2024, combien de points ?", Session(chat_id=1, profession="medecin")
    )
    assert rep.grounded is not None and rep.grounded.situation.composante is not None
    assert rep.grounded.situation.composante.id == "cm_atmp"
    assert rep.grounded.statut == "atteint"


@pytest.mark.parametrize(
    ("text", "profession", "statut"),
    [
        # the volet 2 thresholds entry does not answer it (issue 11): 2/3 read two ways in 2025
        ("pile 2/3 de FSE en 2025 c bon ?", "medecin", "ambigu"),
        # 60 % is the Donum's target, but « mon taux n'est qu'à 60 % » is the asker's
        (
            "Le complément coordination de 100 €, je le touche si mon taux de télétransmission "
            "n'est qu'à 60 % ?",
            "chirurgien-dentiste",
            "non_atteint",
        ),
        # a figure someone has is theirs, though it equals a published target (70 %, 60 %)
        ("j'ai 70 % de FSE, c'est bon pour le FAMI ?", "chirurgien-dentiste", "atteint"),
        (
            "Forfait structure 2025 : un médecin a 60 % de FSE, il valide son volet 1 ?",
            "medecin",
            "non_atteint",
        ),
        # a rate named with its bare figure, typed on a phone
        ("fs fse 68 ca passe", "medecin", "atteint"),
        ("fami fse 69 c bon ?", "chirurgien-dentiste", "non_atteint"),
        # a share of other things than FSE, told as counts: 2 of 5 is 40 %, the 2025 target
        # (« 2 ordonnances » alone read as 2 %)
        (
            "Ordonnances numériques en 2025 : 2 ordonnances sur 5. Je valide ?",
            "medecin",
            "atteint",
        ),
        # a figure met beside an item of its block said missing: the missing item decides
        # (« Mon volet 1 passe ? » is not answered « FSE atteint »)
        (
            "2023 : logiciel référencé Ségur mais je n'ai pas pris le module LAP. Sinon 92 % de "
            "FSE et horaires ok. Mon volet 1 passe quand même ?",
            "medecin",
            "non_atteint",
        ),
        # two counts of one thing, the share told by neither: 165 of 180 is 91,7 % (≥ 90 %),
        # 900 of 2 400 is 37,5 % (< 40 %), 30 messages for 500 consultations 6 % (< 10 %)
        (
            "Arrêts de travail 2024 : 180 au total dont 165 faits en ligne, ça passe ?",
            "medecin",
            "atteint",
        ),
        (
            "ordonnances 2025 : 2400 en tout dont 900 en numérique. c'est validé ?",
            "medecin",
            "non_atteint",
        ),
        (
            "Messagerie Mon espace santé en 2025 : 30 messages pour 500 consultations. Validé ?",
            "medecin",
            "non_atteint",
        ),
        # « 3 200 consultations, 900 avec un document » (a comma, no « et »): 28,1 % < 30 %
        (
            "Stat de mon logiciel pour 2024 : 3 200 consultations, 900 avec un document envoyé "
            "dans le DMP. J'ai le critère DMP ?",
            "medecin",
            "non_atteint",
        ),
        # « exactement » between a rate's name and its figure; both rates required, the one at
        # its threshold (> 30 %) decides
        (
            "Donum : socle atteint, DMP exactement 30,0 % et ordonnances numériques 35 %. J'ai le "
            "bloc DMP/ordonnances ?",
            "medecin",
            "non_atteint",
        ),
        # the four bare rates of the Donum's mean, listed: their mean, 57,5 %, under 60 %
        (
            "donum : DMT 80, FSE 70, PSE 30, AAT 50 (en %) ca passe pour le socle",
            "medecin",
            "non_atteint",
        ),
        # a share told with what it counts: 7 invoices in 10 are 70 % of the FAMI's FSE rate
        (
            "chir dent : 7 factures sur 10 en FSE, c'est suffisant pour le FAMI ?",
            None,
            "atteint",
        ),
    ],
)
def test_the_askers_own_figure_is_judged_by_the_rules(
    late: FaqResponder, text: str, profession: str, statut: str
) -> None:
    rep = late.respond(text, Session(chat_id=1, profession=profession))
    assert rep.grounded is not None and rep.grounded.statut == statut


def test_one_fse_counted_in_words_is_no_rate(late: FaqResponder) -> None:
    """« une seule FSE avec l'appli » counts FSE: it is not an FSE rate of 1 %."""
    rep = late.respond(
        "Forfait structure 2024, appli carte Vitale : une seule FSE avec l'appli suffit pour "
        "l'indicateur ?",
        Session(chat_id=1, profession="medecin"),
    )
    assert rep.grounded is None and rep.entry is not None and rep.entry.id == "volet2_apcv"


def test_an_option_with_its_blocks_indicator_missing_is_not_paid(late: FaqResponder) -> None:
    """No Ségur software: the Donum's socle is not met, an option at 40 % is not paid."""
    rep = late.respond(
        "jsuis tjs pas sur un logiciel référencé segur. je peux qd meme toucher l'option DMP + "
        "ordonnances numeriques du donum si jsuis a 40 % ?",
        Session(chat_id=1, profession="medecin"),
    )
    assert rep.grounded is not None and rep.grounded.situation.sans is not None
    assert rep.grounded.situation.sans.id == "socle"


def test_an_exemption_entry_answers_before_the_verdict_on_the_absence(late: FaqResponder) -> None:
    """« pas d'offre de LAP pour ma spécialité » is the 2022 exemption, not « LAP absent »."""
    rep = late.respond(
        "En 2022 ma spécialité n'avait pas d'offre de LAP certifié. Je perds l'indicateur "
        "logiciel ?",
        Session(chat_id=1, profession="medecin"),
    )
    assert rep.grounded is None
    shown = [rep.entry] if rep.entry else list(rep.suggestions)
    assert "logiciel_lap_exoneration" in [e.id for e in shown]


def test_a_block_beside_a_block_not_met_names_none_of_its_indicators(late: FaqResponder) -> None:
    """« raté » says what is missing, « valait » what is asked: neither names an indicator, and
    « le volet 2 » is the whole block, not one of its indicators."""
    medecin = Session(chat_id=1, profession="medecin")
    q = "si je rate un seul indicateur du volet 1 je touche qd meme le volet 2 ?"
    rep = late.respond(q, medecin)
    assert rep.grounded is None and rep.entry is not None
    assert rep.entry.id == "volet1_indicateur_manquant"
    text = reply(
        late, "En 2023, le volet 1 du forfait structure valait bien 280 points ?", "medecin"
    )
    assert text.startswith("Volet 1") and "280 points" in text.replace(NN, " ")


def test_an_independent_indicator_missed_leaves_the_others_paid(late: FaqResponder) -> None:
    q = "En 2023, si je n'atteins pas l'indicateur ordonnances numériques, je perds les autres ?"
    text = reply(late, q, "medecin")
    assert "L'indicateur ne verse pas ses 40" in text
    assert f"Non{NN}: les autres indicateurs de «" in text and "restent versés" in text


def test_quand_meme_typed_short_asks_no_date(late: FaqResponder) -> None:
    """« qd mm » is « quand même »: not the payment date."""
    rep = late.respond(
        "donum socle raté, les optionnels sont payés qd mm ?",
        Session(chat_id=1, profession="medecin"),
    )
    assert rep.fact is None or rep.fact.asked != "paiement"


def test_what_to_send_after_a_figure_is_not_its_verdict(late: FaqResponder) -> None:
    """« 3 interventions : doit-il envoyer les attestations ? » asks a procedure."""
    dentist = Session(chat_id=1, profession="chirurgien-dentiste")
    q = "il a fait 3 interventions en EHPAD dans l'année. Doit-il envoyer les attestations ?"
    assert late.respond(q, dentist).grounded is None
    assert late.respond("j'ai fait 3 interventions en ehpad, ça valide ?", dentist).grounded


def test_a_figure_said_with_ne_que_is_the_askers_own(late: FaqResponder) -> None:
    """« n'a que 60 % de FSE » is the asker's rate even though 60 % is a published target."""
    q = "Un médecin n'a que 60 % de FSE en 2025 mais participe au SAS. Touche-t-il les points SAS ?"
    text = reply(late, q, "medecin")
    assert text.startswith("Taux de télétransmission > 2/3 — ❌ objectif non atteint")
    assert "ni « Volet 2" in text.replace(NN, " ")


def test_a_loss_of_words_naming_two_indicators_asks_which(late: FaqResponder) -> None:
    """« j'ai raté la messagerie sécurisée en 2025 » names the Ségur software (MSSanté) and
    the messaging with patients as much: the bot asks which, rather than giving the maximum."""
    rep = late.respond(
        "jai rater la messagrie securisee en 2025, je perd combien ?",
        Session(chat_id=1, profession="medecin"),
    )
    assert not rep.confident and rep.outcome == "suggest"
    text = to_text(rep.message)
    assert "En 2025, votre question peut viser" in text and "lequel" in text
    assert len(rep.suggestions) == 2


def test_this_year_is_not_a_missing_indicator(late: FaqResponder) -> None:
    """« pas de mss cette année » is the messaging missing, not the student's « 6e année »."""
    g = late.respond(
        "dentiste, pas de mss cette annee, je perds cb sur le fami ?",
        Session(chat_id=1, profession="chirurgien-dentiste"),
    ).grounded
    assert g is not None and g.situation.indicateur.id == "messagerie_securisee"


def test_the_scheme_s_own_name_names_none_of_its_indicators(late: FaqResponder) -> None:
    """« combien je vais toucher avec la dotation numérique ? » asks the scheme's maximum: the
    words of its name, which the FAQ's software entries also use, name no indicator."""
    rep = late.respond("combien je vais toucher avec la dotation numerique ?", Session(0))
    text = to_text(rep.message).replace("\u202f", " ")
    assert text.startswith("Montant maximal — Dotation numérique (Donum) 2026"), text
    assert "2 940 €" in text.split("\n")[1]


def test_after_a_story_the_question_names_the_indicator(late: FaqResponder) -> None:
    """A message that tells a story (grossesses, arrêts de travail) then asks « La DSG compte
    dans la dotation numérique ? il faut quel taux ? » is about the DSG's option."""
    text = (
        "Je suis gynéco en secteur 2 à Lille. Mes déclarations de grossesse passent en ligne "
        "depuis 2 ans et je fais presque tous mes arrêts de travail en dématérialisé. La DSG "
        "compte dans la dotation numérique ? il faut quel taux ?"
    )
    reply = to_text(late.respond(text, Session(0, "medecin")).message)
    assert "Téléservices CM AT-MP, DSG et SPE > 30\u202f% — Dotation numérique" in reply, reply


def test_a_negation_on_a_manner_is_no_absence(late: FaqResponder) -> None:
    """« mon logiciel n'est pas DMP natif » (a connector) says nothing is missing."""
    text = (
        "Pour le DMP j'utilise un connecteur de type efficience, mon logiciel n'est pas DMP "
        "natif. Ça valide l'indicateur ?"
    )
    rep = late.respond(text, Session(0, "chirurgien-dentiste"))
    assert "non atteint" not in to_text(rep.message)


def test_not_knowing_and_no_other_one_are_no_absence(late: FaqResponder) -> None:
    """« elle ne sait pas comment la caisse calcule la moyenne » and « il n'a aucune autre
    BAL » say nothing is missing: the mean is judged, the Apicrypt answer is given."""
    q = (
        "Ses taux : DMT 96 %, FSE 93 %, PSE 74 %, AAT 68 %. Elle ne sait pas comment la caisse "
        "calcule la moyenne. Le critère téléservices du socle Donum est-il atteint ?"
    )
    g = ground(late, q, "medecin")
    assert g is not None and g.situation.sans is None
    assert g.situation.indicateur.id == "services_en_ligne" and g.statut == "atteint"
    other = "Il n'a aucune autre BAL. Sa messagerie Apicrypt V1 compte pour le forfait ?"
    assert ground(late, other, "medecin") is None


def test_a_block_not_met_says_what_the_blocks_after_it_would_have_paid(
    late: FaqResponder,
) -> None:
    """« j'ai raté le taux de FSE, je touche la coordination ? »: the socle is not paid, nor
    the coordination that depends on it, each with its amount."""
    text = reply(
        late,
        "j'ai raté le taux de fse, je touche les 100 € de coordination ?",
        "chirurgien-dentiste",
    )
    assert (
        f"ni «{NN}Indicateur complémentaire (si socle atteint){NN}» (100{NN}€), qui en dépend"
        in text
    )


def test_a_yes_no_on_what_validates_an_indicator_says_what_it_pays(late: FaqResponder) -> None:
    """The entry says whether a CPTS counts; the calculator adds what the indicator pays for
    the case assumed (FAMI 2026: the 2025 rules carried over)."""
    q = "Je suis membre d'une CPTS, est-ce que je valide la prise en charge coordonnée du FAMI ?"
    text = reply(late, q, "chirurgien-dentiste")
    stake = f"À la clé pour l'exercice 2026 (règles provisoires){NN}: cet indicateur verse 100{NN}€"
    assert stake in text
    # an open question, or a scheme without that indicator (the Donum), gets no such line
    assert "À la clé" not in reply(
        late, "quelles formes de coordination pour le FAMI ?", "chirurgien-dentiste"
    )
    assert "À la clé" not in reply(late, "je suis en MSP, ça valide la coordination ?", "medecin")
    # an indicator paid with its block: the block and what it pays
    q = "le web DMP ça suffit pour l'indicateur logiciel compatible DMP ?"
    assert (
        f"cet indicateur fait partie de «{NN}Indicateurs socles (obligatoires){NN}», qui verse "
        f"490{NN}€ si tous ses indicateurs exigés sont atteints"
    ) in reply(late, q, "chirurgien-dentiste")


def test_a_figure_the_rule_cannot_judge_is_not_an_absence(late: FaqResponder) -> None:
    """« 4 RCP, sans être en MSP ni en CPTS »: the RCP are a form of coordination; the missing
    MSP and CPTS do not make the indicator « non atteint »."""
    q = "dentiste, 4 RCP par an sans être en MSP ni en CPTS, est ce qu'il valide la coordination ?"
    assert ground(late, q) is None
    assert "non atteint" not in reply(late, q)
    assert ground(late, "dentiste sans MSP ni CPTS, je valide la coordination ?") is not None


def test_a_route_negated_is_not_an_absence(late: FaqResponder) -> None:
    """« via le Web DMP, pas depuis mon logiciel » does not say the software is missing: no
    « non atteint » on the software indicator."""
    q = "J'alimente le DMP via le Web DMP, pas depuis mon logiciel. Ça compte pour la Donum ?"
    assert ground(late, q, "medecin") is None
    q = "mon logiciel n'est pas DMP compatible tout seul, on a un connecteur, ça valide ?"
    assert ground(late, q, "chirurgien-dentiste") is None


def test_a_case_the_entry_validates_is_not_an_absence(late: FaqResponder) -> None:
    """« pas de MSSanté à mon nom, j'utilise celle du titulaire »: the entry's « Oui, à
    condition d'une attestation du titulaire » answers; without that attestation, the
    calculator's « non atteint » does."""
    q = (
        "collaborateur libéral, je n'ai pas de messagerie MSSanté à mon nom : j'utilise celle "
        "du titulaire. Je peux valider l'indicateur messagerie du FAMI ?"
    )
    assert ground(late, q, "chirurgien-dentiste") is None
    assert "attestation du titulaire" in reply(late, q, "chirurgien-dentiste")
    q = "collaborateur liberal, sans attestation du titulaire la messagerie du cabinet me suffit ?"
    assert ground(late, q, "chirurgien-dentiste") is not None


def test_the_rates_of_a_mean_are_not_the_mean(late: FaqResponder) -> None:
    """« 55 % de DMT et 75 % d'AAT » gave « 55 % : sous l'objectif » as if 55 % were the
    Donum's mean; with every rate given, their mean is judged, as the questionnaire does."""
    assert ground(late, "donum 2026 : 55 % de DMT et 75 % d'AAT, ça passe le socle ?") is None
    g = ground(late, "donum : DMT 88 %, FSE 98 %, PSE 50 %, AAT 60 %, le socle est atteint ?")
    assert g is not None and g.statut == "atteint" and g.situation.valeur.value == 74
    g = ground(late, "donum : ma moyenne est de 55 %, ça passe le socle ?")
    assert g is not None and g.statut == "non_atteint"
    # rates in everyday words, the last one's words naming its component (blind dev set 200)
    q = "donum 2026 : déclaration MT 98 %, FSE 85 %, PSE 70 %, arrêts de travail 65 %. socle ok ?"
    g = ground(late, q)
    assert g is not None and g.situation.composante is None and g.situation.valeur.value == 79.5
    # counts are no rates: no mean of « 150 déclarations MT »
    q = "donum : 150 déclarations MT dont 140 en ligne, FSE 80 %, PSE 70 %, AAT 60 %, socle ok ?"
    g = ground(late, q)
    assert g is None or g.situation.valeur is None or g.situation.valeur.value <= 100


def test_of_several_figures_the_closing_question_names_the_one_judged(
    late: FaqResponder,
) -> None:
    """« FSE à 55 % donc socle raté, mais 4 interventions en EHPAD. Les 300 € aller vers sont
    perdus aussi ? » asks about the « aller vers », not the FSE rate told as the story."""
    q = (
        "Dentiste, FSE à 55 % en 2024 donc socle raté, mais 4 interventions en EHPAD dans "
        "l'année. Les 300 € aller vers sont perdus aussi ?"
    )
    g = ground(late, q, "chirurgien-dentiste")
    assert g is not None and g.statut == "atteint" and g.situation.valeur.value == 4
    assert "300" in reply(late, q, "chirurgien-dentiste")


@pytest.mark.parametrize(
    ("text", "statut"),
    [
        ("aller vers : une dentiste est intervenue 2 fois dans une école REP+, ça valide ?", False),
        ("J'interviens 4 fois par an à l'établissement pénitentiaire. Ça rapporte au FAMI ?", True),
    ],
)
def test_times_told_count_interventions(late: FaqResponder, text: str, statut: bool) -> None:
    """« intervenue 2 fois dans une école » is a count of the « aller vers »'s interventions:
    the entry listing the places answered « ça valide ? » without its 3."""
    g = ground(late, text, "chirurgien-dentiste")
    assert g is not None and g.statut == ("atteint" if statut else "non_atteint")


def test_a_figure_with_the_block_not_met_says_what_still_pays(late: FaqResponder) -> None:
    """« pas les 5 indicateurs socles mais 3 interventions : les 300 € sont versés ? »: the
    « aller vers » met pays independently of the socle; with 2 interventions it does not,
    and the most left counts the socle lost too (350 €, the student alone)."""
    q = (
        "Un dentiste n'a pas les 5 indicateurs socles mais a fait 3 interventions en "
        "établissement pénitentiaire : les 300 € lui sont-ils versés ?"
    )
    shown = reply(late, q, "chirurgien-dentiste").replace("\u202f", " ")
    assert "objectif atteint" in shown and "il est indépendant de « Indicateurs socles" in shown
    shown = reply(late, "sans le socle, 2 interventions en ehpad ça paye ?", "chirurgien-dentiste")
    shown = shown.replace("\u202f", " ")
    assert "ne verse pas ses 300 €" in shown and "Au plus 350 €" in shown
    assert "il est indépendant de" not in shown


@pytest.mark.parametrize(
    ("text", "profession", "expected"),
    [
        (
            "Mon taux de télétransmission n'est que de 60 %, donc socle du FAMI raté. Est-ce que "
            "je peux quand même toucher les 300 € de l'« aller vers » ?",
            "chirurgien-dentiste",
            "il est indépendant de « Indicateurs socles",
        ),
        (
            "CM AT-MP 45 %, DSG 35 %, SPE 40 %, mais mon logiciel n'est pas Ségur donc socle "
            "raté. Je touche au moins les 420 € de l'option ?",
            "medecin",
            "n'est versé que si « Indicateurs socles",
        ),
    ],
)
def test_a_block_said_failed_is_the_condition_of_what_the_question_closes_on(
    late: FaqResponder, text: str, profession: str, expected: str
) -> None:
    """« socle raté » after the figure that fails it: the question is about what it closes on
    (the « aller vers », paid anyway; the option, not paid without the socle)."""
    g = ground(late, text, profession)
    assert g is not None and g.situation.sans is not None
    assert expected in reply(late, text, profession).replace("\u202f", " ")


def test_ce_critere_names_no_indicator(late: FaqResponder) -> None:
    """« volet 1 ok pr ce critère ? »: « critère » came to the AAT and DSG rates through a
    glossary group that « en ligne » matched, and tied them with the FSE rate."""
    g = ground(late, "jai 72 % de FSE en 2025, volet 1 ok pr ce critere ?", "medecin")
    assert g is not None and g.situation.indicateur.id == "taux_teletransmission"


def test_a_rate_on_an_indicator_is_in_scope_despite_a_neighbouring_word(
    late: FaqResponder,
) -> None:
    """« consult » is the fee's word (out of scope); « 25 % de consult alimentant le DMP »
    is the DMP's rate: the calculator judges it. A fee stays declined."""
    rep = late.respond(
        "et en 2025 avec ces memes 25 % de consult alimentant le DMP c bon ?", Session(1, "medecin")
    )
    assert rep.outcome == "rule" and rep.grounded is not None
    rep = late.respond("la consult G c'est combien en 2025 ?", Session(1, "medecin"))
    assert rep.outcome == "out_of_scope"


def test_rates_listed_with_their_names_are_the_askers_even_at_a_target(
    late: FaqResponder,
) -> None:
    """« DMT 90 %, FSE 70 %, PSE 40 %, AAT 30 % » are the asker's rates though each equals
    some published target: their mean (57,5 %) is judged against the socle's 60 %."""
    g = ground(late, "Mes taux 2026 : DMT 90 %, FSE 70 %, PSE 40 %, AAT 30 %. Ça passe le socle ?")
    assert g is not None and g.statut == "non_atteint"
    assert g.situation.valeur is not None and g.situation.valeur.value == 57.5


def test_a_rate_under_its_target_decides_an_indicator_needing_all_its_rates(
    late: FaqResponder,
) -> None:
    """« 45 % d'ordonnances mais 20 % de DMP »: both rates must pass 30 %, so the DMP's
    decides (the first rate alone would say « atteint »)."""
    text = "donum 2026 jai 45 % d'ordonnances numeriques mais 20 % de DMP, je touche les 60 pts ?"
    g = ground(late, text, "medecin")
    assert g is not None and g.statut == "non_atteint"
    assert g.situation.composante is not None
    assert g.situation.composante.id == "alimentation_dmp"


def test_each_rate_keeps_its_own_figure(late: FaqResponder) -> None:
    """« 45 % de DMP et 50 % d'ordonnances »: the ordonnances' rate is 50 %, not the first
    figure; the conditions read one after the other."""
    text = "je suis à 45 % de DMP et 50 % d'ordonnances numériques, ça passe pour la donum ?"
    shown = reply(late, text, "medecin")
    assert f"50{NN}%{NN}: objectif atteint" in shown and f"45{NN}%{NN}: objectif" not in shown
    assert "est atteint et si les autres taux" in shown


def test_an_answer_on_a_public_page_sends_to_the_cpam(late: FaqResponder) -> None:
    """The kinés' FAMI rests on public pages (`secondaire`): its verdict says to check with
    the CPAM, as every such figure must; a 2023 verdict on the guides alone does not."""
    kine = reply(late, "Kiné : mon taux de télétransmission est de 68 %. Ça passe pour le FAMI ?")
    assert f"Source secondaire{NN}: à confirmer auprès de votre CPAM." in kine
    guides = reply(late, "en 2023 j'avais 70 % de FSE, c'est bon pour le volet 1 ?", "medecin")
    assert "Source secondaire" not in guides


@pytest.mark.parametrize(
    "text",
    [
        "si j'ai pas les 70% de fse au fami, je touche qd meme les 350 du stagiaire ?",
        "si j'ai pas le taux de fse au fami, je touche quand même l'accueil de l'étudiant ?",
    ],
)
def test_asked_in_spite_of_a_required_indicator_missed(late: FaqResponder, text: str) -> None:
    """« pas les 70 % de FSE, je touche qd même les 350 du stagiaire ? »: the student's
    indicator, independent of the socle the FSE rate is required for (was the FSE's own
    « objectif non atteint », a no to another question)."""
    g = ground(late, text, "chirurgien-dentiste")
    assert g is not None and g.situation.indicateur.id == "accueil_etudiant"
    assert g.situation.sans is not None and g.situation.sans.id == "socle"
    assert f"Il verse 350{NN}€{NN}; il est indépendant de" in reply(
        late, text, "chirurgien-dentiste"
    )


def test_a_negation_naming_no_indicator_fails_no_block(late: FaqResponder) -> None:
    """« l'indicateur apparaît pas dans amelipro, c normal quand même ? » denies no indicator."""
    g = ground(
        late,
        "jai alimenté un dmp en 2022, l'indicateur apparait pas ds amelipro, c normal quand même ?",
        "medecin",
    )
    assert g is None or g.situation.sans is None


def test_not_owning_is_not_lacking(late: FaqResponder) -> None:
    """« j'ai pas ma propre messagerie, j'utilise celle du titulaire » denies owning the
    mailbox, not having one: no « objectif non atteint »."""
    text = (
        "je suis collab libérale en dentaire, j'ai pas ma propre messagerie, j'utilise celle "
        "du titulaire. ca passe ?"
    )
    assert "non atteint" not in reply(late, text, "chirurgien-dentiste")


def test_places_visited_are_counted_as_interventions(late: FaqResponder) -> None:
    """« suis intervenue dans 2 écoles REP, je peux cocher aller vers ? »: 2 interventions,
    under the 3 required (was a suggestion)."""
    text = "suis intervenue dans 2 ecoles REP cette annee, je peux cocher aller vers ?"
    g = ground(late, text, "chirurgien-dentiste")
    assert g is not None and g.situation.indicateur.id == "aller_vers_interventions"
    assert g.statut == "non_atteint"


def test_a_duty_denied_is_not_a_thing_lacking(late: FaqResponder) -> None:
    """« je suis pas obligé de renvoyer ma facture logiciel chaque année ? » denies a duty:
    the software is not « non atteint »."""
    text = "je suis pas obligé de renvoyer ma facture logiciel chaque année hein ?"
    assert "non atteint" not in reply(late, text, "chirurgien-dentiste")


def test_that_year_is_the_year_told_not_this_one(late: FaqResponder) -> None:
    """« installé en 2018, j'avais tout validé cette année-là … combien au maximum pour 2018 ?
    Vous pouvez me donner le chiffre ? »: the 2018 total (« cette année-là » is 2018, not
    2026; « donner » is no « données » of the coding indicator)."""
    text = (
        "Je me suis installé en 2018 et j'avais tout validé cette année-là, volet 1 et volet 2 au "
        "complet. Combien le forfait structure pouvait rapporter au maximum pour 2018 ? Vous "
        "pouvez me donner le chiffre ?"
    )
    assert f"Total{NN}: 3{NN}220{NN}€ (460{NN}points)" in reply(late, text, "medecin")


def test_two_rates_of_two_indicators_give_no_verdict_on_the_first(
    responder: FaqResponder,
) -> None:
    """« DMP 18 % et messagerie patients 6 % »: which rate is whose is not read, so the
    messaging is not judged on the DMP's 18 %."""
    text = (
        "fs 2022 : dmp 18% des consultations et messagerie mon espace sante avec les patients "
        "6%, ca valide ?"
    )
    g = ground(responder, text, "medecin")
    assert g is None or g.situation.valeur is None or g.situation.valeur.value != 18.0


def test_a_count_missed_in_the_year_under_way_says_the_time_left() -> None:
    """1/12/2026, « 2 séances de dépistage cette année, j'ai droit aux 300 ? »: not met yet,
    and the reply says the exercice runs to the 31/12/2026; a past year's says nothing."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    s = Session(chat_id=1, profession="chirurgien-dentiste")
    now = to_text(
        r.respond("2 seances de depistage en ecole rep+ en 2026, j'ai droit aux 300 ?", s).message
    )
    before = to_text(
        r.respond("2 seances de depistage en ecole rep+ en 2024, j'ai droit aux 300 ?", s).message
    )
    assert "il vous reste jusqu'au 31/12/2026" in now
    assert "il vous reste" not in before


def test_replies_do_not_depend_on_the_hash_seed() -> None:
    """Scores summed over a set of words gave ties broken by the order Python hashes strings
    in: this question got an indicator's verdict under some seeds, a total under others."""
    import os
    import subprocess
    import sys

    code = (
        "import datetime as dt, sys\n"
        "from bot.faq_replies import FaqResponder\n"
        "from bot.session import Session\n"
        "from bot.text_render import to_text\n"
        "from knowledge import load\n"
        "r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))\n"
        "s = Session(chat_id=1, profession='medecin')\n"
        "print(to_text(r.respond(sys.argv[1], s).message))\n"
    )
    question = (
        "J'assure en libéral la coordination des soins dentaires d'un EHPAD (convention avec "
        "l'établissement, 2024). Ça rentre dans l'exercice coordonné pour le forfait ? Si oui "
        "ça donne combien en plus ?"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code, question],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outs) == 1


def test_a_pitfall_the_question_speaks_of_follows_the_verdict(responder: FaqResponder) -> None:
    """« 67 %, mais des résidents d'EHPAD et des patients AME »: what the rate leaves out is
    said beside the verdict, and the entry on it follows as context."""
    text = "taux de télétransmission 67 %, mais beaucoup de résidents d'EHPAD et de patients AME"
    said = reply(responder, text, "chirurgien-dentiste")
    assert "⚠️ Sont exclus du calcul" in said and "AME et NIR provisoires" in said
    assert "Pour en savoir plus" in said
    alone = reply(responder, "taux de télétransmission 67 %, ça passe ?", "chirurgien-dentiste")
    assert "⚠️ Sont exclus du calcul" not in alone


def test_a_block_said_dead_is_not_met(late: FaqResponder) -> None:
    """« donc le socle est mort. Mais j'ai eu un étudiant … Cette partie-là est payée ? »: the
    student's 350 € stay paid without the socle (was suggestions only)."""
    q = (
        "Mon taux FSE 2025 est tombé à 60 % après mon changement de logiciel, donc le socle est "
        "mort. Mais j'ai eu un étudiant de 6e année en stage actif à temps plein toute l'année. "
        "Cette partie là est quand même payée ?"
    )
    g = ground(late, q, "chirurgien-dentiste")
    assert g is not None and g.situation.indicateur.id == "accueil_etudiant"
    assert g.situation.sans is not None and g.situation.sans.id == "socle"


def test_a_figure_under_target_in_the_year_still_open_says_the_31_12_decides(
    responder: FaqResponder,
) -> None:
    """On 1/12/2026, « moyenne de 58 % » for the Donum 2026: under the target, and the year
    is not closed (the figure of a past exercice gets no such line)."""
    now = reply(responder, "Donum 2026 : moyenne de 58 % sur mes quatre taux, je suis foutu ?")
    assert "n'est pas clos" in now and "31/12/2026" in now
    past = reply(responder, "FS 2024 : 20 % de DMP, c'est bon ?")
    assert "n'est pas clos" not in past


def test_a_figure_named_by_a_rate_that_is_a_component_is_that_rates(
    responder: FaqResponder,
) -> None:
    """« je rate le bloc DMP/ordonnances (DMP à 15 %) » in a story naming the CM AT-MP block
    first: the 15 % is the Donum's DMP rate (it was judged as the CM AT-MP's)."""
    q = (
        "Pour 2026 j'ai le socle, le bloc CM AT-MP/DSG/SPE et l'appli carte vitale + message "
        "MES. Par contre je rate le bloc DMP/ordonnances (DMP à 15 %). Est-ce que rater ce bloc "
        "fait tomber les autres options de la dotation ?"
    )
    g = ground(responder, q, "medecin")
    assert g is not None and g.situation.composante is not None
    assert g.situation.composante.id == "alimentation_dmp"


def test_a_target_quoted_from_another_scheme_is_said_whose(late: FaqResponder) -> None:
    """ "mon associée dentiste dit qu'il faut 70 %": the dentists' target, the asker's 2/3."""
    text = reply(
        late,
        "mon associée dentiste dit qu'il faut 70 % de télétransmission pour 2025. Moi j'ai 68 % "
        "de télétransmission, ça passe ?",
        "medecin",
    ).replace(NN, " ")
    assert "70 % est l'objectif de cet indicateur pour les chirurgiens-dentistes" in text
    assert "c'est > 2/3 des feuilles de soins." in text


def test_a_block_named_by_its_worth_is_said_kept(late: FaqResponder) -> None:
    """ "sans coordination, je perds les 490 € ?": the socle does not wait on it."""
    text = reply(
        late,
        "je ne fais partie d'aucune MSP ni CPTS. Si je ne coche rien pour la coordination, je "
        "perds les 490 € du FAMI ?",
        "chirurgien-dentiste",
    ).replace(NN, " ")
    assert "« Indicateurs socles (obligatoires) » (490 €) ne dépend pas de cet indicateur" in text


def test_a_target_heard_then_ones_own_figure_put_to_the_test_is_judged(
    late: FaqResponder,
) -> None:
    """ "ma consœur dentiste dit qu'il faut 70 % de fse, moi g 68 % en 2025, ça passe ?"."""
    text = reply(
        late,
        "ma consoeur dentiste dit qu'il faut 70% de fse, moi g 68% en 2025 ca passe ?",
        "medecin",
    )
    assert "Taux de télétransmission > 2/3 — ✅ objectif atteint" in text


def test_not_yet_met_says_by_when(late: FaqResponder) -> None:
    text = reply(late, "zero fse avec l appli carte vitale cette annee, c foutu pr la donum ?")
    assert (
        "⏳ pas encore atteint" in text and "Sans cela au 31/12/2026, il n'est pas atteint." in text
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("mon taux de fse est a 97% sur 2025 dc je suppose que ca me donne des points en + ?", 1),
        ("mon taux de fse est a 97% sur 2025, c'est bon ?", 0),
        ("DMT 95 % en 2025, je perds des points ?", 0),
    ],
)
def test_a_rate_met_pays_nothing_more_when_more_is_asked(
    responder: FaqResponder, text: str, said: int
) -> None:
    """Paid the same once met: said first when the question asks for more."""
    assert reply(responder, text, "medecin").count("Au-delà de l'objectif, rien de plus") == said


def test_a_rate_after_its_name_is_the_askers_unless_a_target_of_that_rate(
    late: FaqResponder,
) -> None:
    """60 % is a Donum target, not one of the FSE rate's: after « taux fse » it is the
    asker's; 70 % after « FSE » quotes the dentists' target."""
    own = "je suis dans une msp depuis 2023 mais mon taux fse est a 60%. j'aurai les 100 € ?"
    g = ground(late, own, "chirurgien-dentiste")
    assert g is not None and g.situation.valeur is not None and g.situation.valeur.value == 60
    quoted = "on est 70 % de FSE comme les dentistes pour valider le volet 1 nous les medecins ?"
    g = ground(late, quoted, "medecin")
    assert g is None or g.situation.valeur is None


def test_what_a_rate_counts_asked_is_no_verdict(late: FaqResponder) -> None:
    """ "c'est 28 % de quoi ?" asks the rate's basis: no « non atteint » beside it."""
    text = "le taux DMP 28 % sur mon releve amelipro c'est 28 % de quoi exactement ?"
    assert late.ground(text, late.answer(text, Session(chat_id=1, profession="medecin"))) is None


def test_a_block_missed_in_a_supposition_gates_the_item(late: FaqResponder) -> None:
    """ "si je rate le socle mais DMP et ordonnances > 30 %": the options wait on the socle
    (not "… je rate le socle ?", which asks about it)."""
    text = (
        "si je rate le socle mais que mon DMP et mes ordonnances numériques sont largement au "
        "dessus de 30 %, je touche quand même la partie optionnelle ?"
    )
    g = ground(late, text, "medecin")
    assert g is not None and g.situation.sans is not None and g.gated


def test_an_item_said_not_validated_gates_what_is_asked(responder: FaqResponder) -> None:
    """« son indicateur logiciel compatible DMP n'est pas validé … les 100 € de coordination, il
    y a droit ? » (blind dev set 185): the socle it belongs to is missed, the coordination with
    it; « n'est pas validé, je dois renvoyer quoi ? » asks a proof, not that."""
    text = (
        "Dentiste membre d'une CPTS mais son indicateur logiciel compatible DMP n'est pas validé."
        " Il réclame quand même les 100 € de coordination. Il y a droit ?"
    )
    dentist = Session(chat_id=1, profession="chirurgien-dentiste", exercice="2024")
    shown = to_text(responder.respond(text, dentist).message)
    assert shown.startswith("Implication dans la prise en charge coordonnée — ❌ non versé")
    proof = "l'indicateur logiciel DMP n'est pas validé. Je dois renvoyer quelque chose ?"
    assert "non versé" not in to_text(responder.respond(proof, dentist).message)


def test_a_rate_denied_fails_an_indicator_of_several_rates(late: FaqResponder) -> None:
    """ "DMP à 35 % mais pas encore d'ordonnances numériques": both rates are required, the
    ordonnances' is the one judged."""
    text = (
        "mon taux d'alimentation du DMP est à 35 % mais je fais pas encore d'ordonnances "
        "numériques. j'ai quand même les 420 € du DMP ?"
    )
    g = ground(late, text, "medecin")
    assert g is not None and g.statut == "non_atteint"
    assert g.situation.composante is not None and "ordonnances" in g.situation.composante.libelle


def test_a_question_opening_on_without_is_a_supposition(late: FaqResponder) -> None:
    """ "sans logiciel ségur je touche 0 € ?": what the rules give without it, not « pas
    encore atteint » in the year under way."""
    text = reply(late, "sans logiciel ségur je touche 0 € de donum, c'est ça ?", "medecin")
    assert "❌ objectif non atteint" in text and "pas encore atteint" not in text


def test_every_form_denied_and_everything_asked_lost_says_what_is_kept(
    late: FaqResponder,
) -> None:
    """ "aucune MSP, CPTS ou quoi que ce soit. Je perds tout ?": the coordination missed, the
    socle kept (not « pas en MSP », which another form may meet)."""
    text = (
        "je suis dentiste et je fais partie d'aucune MSP, CPTS ou quoi que ce soit. Du coup je "
        "perds tout mon FAMI ?"
    )
    shown = reply(late, text, "chirurgien-dentiste").replace(NN, " ")
    assert "Implication dans la prise en charge coordonnée" in shown
    assert "« Indicateurs socles (obligatoires) » (490 €) ne dépend pas de cet indicateur" in shown


def test_nothing_received_names_what_the_missed_block_does_not_take(
    responder: FaqResponder,
) -> None:
    """ "FAMI 2024 = 0 €, taux 68 %, une étudiante déclarée": the 350 € are paid apart."""
    text = (
        "fami 2024 = 0 € pile. mon taux de teletrans etait a 68% ok, mais j'avais une etudiante "
        "de 6e annee a plein temps et je l'ai declarée. c normal d'avoir zero ?"
    )
    shown = reply(responder, text, "chirurgien-dentiste").replace(NN, " ")
    assert "Rien reçu : « Aller vers »" in shown
    assert "« Accueil d'un étudiant de 6e année en stage actif » (350 €) ne dépendent pas" in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Si j'ai bien fait mes 3 interventions avant le 31, les 300 € tombent tout seuls ou "
            "je dois déclarer un truc ?",
            "À déclarer vous-même sur amelipro",
        ),
        ("j'ai 75 % de FSE, je dois le déclarer ?", "Rien à déclarer : il est mesuré"),
    ],
)
def test_whether_to_declare_asked_with_a_figure_is_said_after_the_verdict(
    responder: FaqResponder, text: str, said: str
) -> None:
    """The indicator's type in the rules (declared or measured) answers « je dois déclarer ? »."""
    assert said in reply(responder, text, "chirurgien-dentiste").replace(NN, " ")


def test_a_block_asked_blocked_by_an_indicator_outside_it_gets_a_no(
    responder: FaqResponder,
) -> None:
    """« pas de CPTS, pas de MSP … est-ce que ça bloque mon volet 1 ? »: the volet 1 does not
    hang on the coordination, said first with a « Non »."""
    text = (
        "je suis seul dans mon cabinet en zone rurale, pas de CPTS, pas de MSP, je ne vais à "
        "aucune réunion avec d'autres pros. Pour le forfait structure 2024 est ce que ça bloque "
        "mon volet 1 ? et ça me fait perdre combien ?"
    )
    shown = reply(responder, text, "medecin").replace(NN, " ")
    assert "Non : « Volet 1 : équipement du cabinet" in shown
    assert "ne dépend pas de cet indicateur" in shown and "840 €" in shown


def test_no_personal_box_is_not_no_messagerie(responder: FaqResponder) -> None:
    """Seen in the last look with make run: « jai pas de bal mssante perso, juste celle du
    cabinet » got « pas encore atteint », while a cabinet's box validates it once declared."""
    text = "jai pas de bal mssante perso, juste celle du cabinet, ca compte pr le fami ?"
    assert ground(responder, text, "chirurgien-dentiste") is None


def test_a_story_closing_on_an_indicator_missing_is_judged_on_that_question(
    late: FaqResponder,
) -> None:
    """The story lists the volet 1; the question it closes on asks of the coordination,
    missing: its verdict (volet 2, the volet 1 unaffected), not the volet 1's software entry."""
    text = (
        "Bonjour, je suis rhumatologue en cabinet de ville, je ne fais partie d'aucune CPTS. "
        "En 2022 la coordination était dans le volet 1. Pour 2023 j'ai tout le reste du volet "
        "1 : logiciel Ségur avec LAP, FSE à 90 %, horaires dans l'annuaire. Est-ce que le fait "
        "de ne pas être dans une démarche coordonnée m'empêche de valider le volet 1 en 2023 ?"
    )
    reply = late.respond(text, Session(0, "medecin", None))
    assert reply.grounded is not None
    assert reply.grounded.situation.indicateur.id == "prise_en_charge_coordonnee"


def test_a_story_nothing_answers_is_answered_by_the_rule_its_question_asks(
    late: FaqResponder,
) -> None:
    """Nothing in the story answers surely; its closing question alone asks an amount the
    rules give (the kinés' FAMI maximum)."""
    text = (
        "Bonjour, je suis kiné libéral installé depuis 2019 dans un cabinet de quatre. Mes "
        "collègues m'ont dit que le FAMI des kinés avait été revalorisé et que certains "
        "touchaient plus de 1 000 €. Moi je ne touche que le socle avec la coordination, j'ai "
        "l'impression de passer à côté de quelque chose. Avant de regarder le détail, je "
        "voudrais connaître le plafond. Quel est le montant maximum du FAMI pour un "
        "masseur-kinésithérapeute ?"
    )
    reply = late.respond(text, Session(0, "masseur-kinesitherapeute", None))
    assert reply.outcome == "rule" and "1 115" in to_text(reply.message).replace("\u202f", " ")


def test_a_figure_typed_with_another_rates_name_is_not_judged_for_this_one(
    late: FaqResponder,
) -> None:
    """« FSE 98 % » judged for the DMP said 98 % of consultations fed the DMP."""
    text = (
        "Pour 2025 j'ai tout le volet 1 (Ségur, LAP, FSE 98 %, horaires). J'ai alimenté le DMP "
        "pour environ 25 % de mes consultations. Est-ce que j'ai bien validé l'indicateur DMP ?"
    )
    g = ground(late, text, "medecin")
    assert g is None or g.situation.valeur is None or g.situation.valeur.value != 98
    assert "98 %" not in reply(late, text, "medecin").replace(NN, " ").split("Règle")[0]


def test_an_item_missing_decides_the_socle_whose_mean_is_met(late: FaqResponder) -> None:
    text = (
        "Mon logiciel est référencé Ségur mais je n'ai pas pris le module LAP certifié HAS. FSE à "
        "97 %, DMT 90 %, PSE 85 %, AAT 80 %. Est-ce que je valide le socle de la Donum 2026 ?"
    )
    g = ground(late, text, "medecin")
    assert g is not None and g.situation.indicateur.id == "equipement_logiciel"
    assert g.situation.absent and g.statut == "non_atteint"


def test_a_count_quoted_as_the_target_is_no_count_of_the_askers(late: FaqResponder) -> None:
    """« il faut 5 interventions minimum ? » asks the target (3), it tells no 5 done."""
    assert ground(late, "Pour l'aller vers il faut 5 interventions dans l'année minimum ?") is None


def test_a_rate_typed_after_mon_tx_is_the_askers(late: FaqResponder) -> None:
    """« mon tx fse 70% » is the asker's rate, though 70 % is the dentists' target."""
    g = ground(late, "mon tx fse 70% en 2023 medecin, indic valide?", "medecin")
    assert g is not None and g.situation.indicateur.id == "taux_teletransmission"
    assert g.statut == "atteint"


def test_a_socle_missed_in_a_supposition_with_a_year_gates_the_options(
    late: FaqResponder,
) -> None:
    text = (
        "si en 2026 je rate le socle mais que j'ai DMP et ordonnances numériques au-dessus de "
        "30 %, je touche quand même les 420 € ?"
    )
    g = ground(late, text, "medecin")
    assert g is not None and g.situation.sans is not None and g.situation.sans.id == "socle"


def test_a_figure_told_of_a_mean_is_not_an_options_rate(late: FaqResponder) -> None:
    text = (
        "Si ma moyenne sur les téléservices est sous les 60 % en 2026, je touche quand même les "
        "60 points DMP + ordonnances numériques de la Donum ?"
    )
    g = ground(late, text, "medecin")
    assert g is None or g.situation.indicateur.id != "dmp_ordonnances"


def test_a_block_that_jumps_is_a_block_lost(late: FaqResponder) -> None:
    """« du coup mon volet 1 saute ? » asks a consequence; « si mon socle saute » tells one."""
    text = "j'ai jamais utilisé l'appli carte vitale en 2023. du coup mon volet 1 saute ?"
    g = ground(late, text, "medecin")
    assert g is not None and g.situation.indicateur.id == "apcv" and g.situation.absent
    supposed = "si mon socle saute (logiciel pas a jour) je garde les 140 € appli carte vitale ?"
    g = ground(late, supposed, "medecin")
    assert g is not None and g.statut == "non_atteint"


def test_a_rate_named_with_a_bound_is_judged_as_written(late: FaqResponder) -> None:
    """« plus de 30 % de CM AT-MP » is over the > 30 % target, not at it."""
    text = (
        "Le Dr Colin fait plus de 30 % de CM AT-MP, de DSG et de SPE en ligne cette année 2026. "
        "Avec la Donum, ça lui rapporte quelque chose en plus ?"
    )
    g = ground(late, text, "medecin")
    assert g is not None and g.situation.indicateur.id == "teleservices_cm_dsg_spe"
    assert g.statut == "atteint" and g.situation.valeur.text == "plus de 30 %"


def test_no_messaging_in_ones_own_name_is_not_no_messaging(late: FaqResponder) -> None:
    """« pas de messagerie sécurisée à son nom, elle utilise celle du titulaire »: shared."""
    text = (
        "La Dre Masson est collaboratrice libérale. Elle n'a pas de messagerie sécurisée à son "
        "nom, elle utilise celle du titulaire. Peut-elle valider l'indicateur messagerie ?"
    )
    g = ground(late, text, "chirurgien-dentiste")
    assert g is None or not g.situation.absent


def test_a_mean_quoted_as_doit_faire_80_minimum_is_no_figure_judged(late: FaqResponder) -> None:
    """« la moyenne … doit faire 80 % minimum c'est bien ça ?? je suis à 72 je stresse »: the
    80 % is a target quoted (the sentence after the question tells a mood), not the asker's
    mean judged "atteint"; the entry then says it is 60 % in 2026."""
    text = (
        "Donum 2026 : la moyenne DMT / FSE / PSE / AAT doit faire 80 % minimum c'est bien ça ?? "
        "je suis à 72 je stresse"
    )
    assert ground(late, text, "medecin") is None


def test_an_item_paid_apart_named_by_its_worth_is_said_kept(late: FaqResponder) -> None:
    """ "si je rate le logiciel DMP en 2024, mes 350 € pour l'étudiant sautent aussi ?": the
    socle is lost, the student's 350 € do not depend on it."""
    text = (
        "dentiste, si je rate l'indicateur logiciel DMP en 2024, mes 350 € pour l'étudiant de 6e "
        "année sautent aussi ?"
    )
    shown = reply(late, text, "chirurgien-dentiste").replace("\u202f", " ")
    assert "« Accueil d'un étudiant de 6e année en stage actif » (350 €) ne dépend pas" in shown


def test_a_fraction_put_to_the_test_is_the_askers_own(late: FaqResponder) -> None:
    """« cd: 2/3 de fse ca suffit pr fami 2024? »: the 2/3 is judged against the dentists' 70 %
    (it was read as the médecins' target quoted, and the declaration dates answered)."""
    g = ground(late, "cd: 2/3 de fse ca suffit pr fami 2024?")
    assert g is not None and g.statut == "non_atteint" and g.case.exercice == 2024
    shown = reply(late, "2/3 de fse ca suffit pr fami 2024?").replace(NN, " ")
    assert "66,67 % : sous l'objectif" in shown


def test_a_dentists_indicator_named_with_no_profession_is_a_dentists(late: FaqResponder) -> None:
    """« aller vers + stagiaire cumulable ? » with no profession known: only the dentists' FAMI
    has them, its total answers; a session's profession is not overridden by the words."""
    shown = reply(late, "aller vers + stagiaire cumulable ?").replace(NN, " ")
    assert "Total : 650 €" in shown
    assert "« Aller vers »" in shown and "(350 €)" in shown
    ans = late.answer("l'aller vers ca rapporte combien ?", Session(chat_id=1))
    assert ans.profession == "chirurgien-dentiste" and ans.profession_source == "question"
    kept = late.answer("l'aller vers ca rapporte combien ?", Session(1, "medecin"))
    assert kept.profession == "medecin"


def test_a_profession_told_of_as_a_class_is_not_the_asker(late: FaqResponder) -> None:
    """« les médecins c'est 2/3 donc je suis bon pour le FAMI 2024 ? »: the médecins are set
    beside a dentist asking of the FAMI, whose 70 % judges the 68 %; « nous les dentistes » and
    « les médecins ont-ils droit au FAMI ? » keep their profession."""
    text = (
        "mon taux de FSE est à 68 %. les médecins c'est 2/3 donc je suis bon pour le FAMI 2024, "
        "non ?"
    )
    g = ground(late, text)
    assert g is not None and g.case.profession == "chirurgien-dentiste"
    assert g.statut == "non_atteint"
    ours = (
        "ma consoeur généraliste a eu 8000 € de forfait structure 2023, nous les dentistes on a "
        "un équivalent ?"
    )
    assert late.answer(ours, Session(chat_id=1)).profession == "chirurgien-dentiste"
    theirs = late.answer("Les médecins ont-ils droit au FAMI ?", Session(chat_id=1))
    assert theirs.profession == "medecin"


def test_one_indicator_missed_does_not_block_the_others_of_its_block(
    late: FaqResponder,
) -> None:
    """« ça bloque le reste du volet 2 si je l'ai pas ? »: the SPE is paid apart, the reply
    opens on « Non » and what stays paid (it said « objectif non atteint » and left the
    answer to the fourth line)."""
    text = (
        "Je prescris quasi jamais de transport (psychiatre). L'indicateur SPE en 2025 ça valait "
        "combien de points et ça bloque le reste du volet 2 si je l'ai pas ?"
    )
    g = ground(late, text, "medecin")
    assert g is not None and g.consequences[0].startswith(
        f"Non{NN}: les autres indicateurs de «{NN}Volet 2"
    )
    assert sum("restent versés" in c for c in g.consequences) == 1
    plain = ground(late, "SPE à 20 % en 2025, je perds combien ?", "medecin")
    assert plain is not None and not plain.consequences[0].startswith("Non")


def test_a_story_closing_on_how_gets_no_verdict(late: FaqResponder) -> None:
    """« … 5 interventions au foyer … Pour déclarer l'aller vers sur amelipro, il suffit de
    cocher « oui » ? »: the way to declare is asked, not a verdict on the interventions told;
    « Comment la caisse fait la moyenne ? » still judges the rates."""
    text = (
        "Bjr, dentiste en Seine-St-Denis. En 2025 j'ai fait 5 interventions au foyer "
        "d'hébergement de ma commune et 3 dans un collège REP. Socle complet aussi. Pour "
        "déclarer l'aller vers sur amelipro, il suffit de cocher « oui » ?"
    )
    assert ground(late, text, "chirurgien-dentiste") is None
    story = (
        "Donum 2026 : DMT 80 %, FSE 98 %, PSE 20 %, AAT 30 %. Ma moyenne donne moins que le "
        "seuil. Comment la caisse fait la moyenne ?"
    )
    assert ground(late, story, "medecin") is not None


def test_one_more_supposed_is_judged(responder: FaqResponder) -> None:
    """« jamais fait de FSE avec l'appli carte vitale … si j'en fais une avant le 31 ça
    compte ? » supposes one: the component is met (≥ 1), not « non atteint » for the none had."""
    text = reply(
        responder,
        "on est le 20 décembre 2026, j'ai encore jamais fait de FSE avec l'appli carte vitale "
        "cette année. si j'en fais une avant le 31 ça compte pour le Donum 2026 ?",
        "medecin",
    )
    assert "— ✅ objectif atteint" in text and "non atteint" not in text


def test_a_rate_met_now_that_a_later_year_asks_more_of(responder: FaqResponder) -> None:
    """« 60 % de moyenne en 2026, tranquille pour les années d'après ? »: met in 2026, the
    Donum's published 2028 target (80 %) is said."""
    text = reply(
        responder,
        "Si j'arrive tout juste à 60 % de moyenne en 2026, je serai tranquille pour les années "
        "d'après avec le Donum ?",
        "medecin",
    )
    assert (
        f"À noter{NN}: en 2028, l'objectif passe à ≥ 80{NN}%{NN}; 60{NN}% n'y suffit pas." in text
    )


def test_a_count_of_fse_is_not_a_rate(responder: FaqResponder) -> None:
    """« mes 3 FSE ApCV suffisent ? » counts FSE made with the app: no « 3 % » judged
    against the 2/3 of the FSE rate."""
    text = reply(
        responder,
        "Est-ce que mes 3 FSE ApCV suffisent pour valider l'indicateur appli carte Vitale du "
        "forfait structure 2025 ?",
        "medecin",
    )
    assert f"3{NN}%" not in text


def test_the_whole_volet_2_asked_lost_for_one_item(responder: FaqResponder) -> None:
    """« si je loupe le DMP tout le volet 2 saute ? »: no, the others are paid apart, said
    first with its « Non »."""
    text = reply(
        responder,
        "volet 2 2023 : j'ai raté l'objectif DMP mais j'ai eu les téléservices et le SAS. si je "
        "loupe le DMP tout le volet 2 saute ?",
        "medecin",
    )
    assert f"Non{NN}: les autres indicateurs de «{NN}Volet 2" in text


def test_one_supposed_in_sms_form(late: FaqResponder) -> None:
    """Seen in the last look with make run: « si jenvoi 1 seul msg mon espace santé avant le
    31 jai les 20 pts ? » supposes one message (« si j'envoie 1 seul msg »), judged on the
    Donum 2026 item. (With a session on a closed exercice, 2025, it is declined: « avant le 31 »
    is not read as the year under way, which would override the year the asker chose.)"""
    text = reply(
        late, "si jenvoi 1 seul msg mon espace santé avant le 31 jai les 20 pts ?", "medecin"
    )
    assert "(Application carte Vitale et messagerie de Mon espace santé) — ✅ objectif" in text


def test_what_a_figure_changes_gets_its_verdict(responder: FaqResponder) -> None:
    """« 65 %, ça change quoi pour mes sous ? » asks what the figure entails: the verdict on
    the rate, though the closest entry is about other rates (blind set 156)."""
    text = (
        "mon taux de teletransmission 2025 etait de 65%, ca change quoi pour mes sous du forfait "
        "structure ?"
    )
    shown = reply(responder, text, "medecin")
    assert shown.startswith("Taux de télétransmission > 2/3 — ❌ objectif non atteint")
    text = "jai eu 58 % de FSE en 2024, c grave pr mon forfait ? jai perdu quoi exactement"
    shown = reply(responder, text, "medecin")  # the loss it entails asked
    assert shown.startswith("Taux de télétransmission > 2/3 — ❌ objectif non atteint")


def test_an_amount_quoted_from_another_year_is_said_so(responder: FaqResponder) -> None:
    """« 8141 € pour 2023 mais j'avais lu 9695 € »: 9 695 € is the 2022 maximum, said after the
    2023 entry (blind set 155)."""
    text = (
        "Salut, la diapo de la CGSS Martinique dit 8141 € max pour le forfait structure 2023 mais "
        "sur ameli j'avais lu 9695 €. C lequel le bon chiffre pour 2023 ?"
    )
    shown = reply(responder, text, "medecin").replace("\u202f", " ")
    assert "9 695 € : c'est le maximum de l'exercice 2022 (« Forfait structure 2022" in shown
    assert "pas de 2023." in shown


def test_points_quoted_from_other_years_name_their_block(responder: FaqResponder) -> None:
    """« le volet 1 c'est 280 points, mais ameli dit 400, pour 2022 ? »: 280 points is the
    volet 1 of the other years (blind set 155)."""
    text = (
        "Ma comptable me dit que le volet 1 c'est 280 points, mais sur ameli ils parlent de 400 "
        "points. Je parle bien de l'exercice 2022, qui a raison ?"
    )
    shown = reply(responder, text, "medecin").replace("\u202f", " ")
    assert (
        "280 points : c'est « Volet 1 : équipement du cabinet » des exercices 2019, 2020, 2021, "
        "2023, 2024 et 2025 (« Forfait structure (médecins) »), pas de 2022." in shown
    )


def test_the_whole_year_is_no_student_of_the_6th_year(responder: FaqResponder) -> None:
    """« les 70 % sont calculés sur toute l'année ? »: « année » there is a span of time, not
    the student's « 6e année » (blind set 155 got the student's 350 €)."""
    text = (
        "J'ai commencé à télétransmettre en mai 2024 (avant tout était papier). Les 70 % du FAMI "
        "sont calculés sur toute l'année ? Un ami dit que je suis foutu pour 2024."
    )
    shown = to_text(responder.respond(text, Session(chat_id=1)).message)
    assert "étudiant" not in shown.split("\n")[0]
    assert "Je commence à télétransmettre en cours d'année" in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "mon logiciel n'est pas référencé Ségur. Avec la donum je touche rien du tout alors ??",
            "Oui\u202f: sans lui, rien n'est versé pour l'exercice 2026.",
        ),
        (
            "dentiste, pas d'étudiant cette année, je touche rien du tout alors ?",
            "Non\u202f: sans lui, jusqu'à 890\u202f€ restent possibles.",
        ),
        (
            "Sans l'addendum 8 SESAM-Vitale en 2024, est-ce que je perdais tout le forfait "
            "structure, volet 2 compris ?",
            "Oui\u202f: sans lui, rien n'est versé pour l'exercice 2024.",
        ),
        (
            "jsuis dentiste, mon taux FSE est à 68 %, je perds tout le FAMI ?",
            "Non\u202f: sans lui, jusqu'à 650\u202f€ restent possibles.",
        ),
        (
            "dentiste, taux fse 68% en 2024 -> jai tout perdu sur le FAMI ?",
            "Non\u202f: sans lui, jusqu'à 650\u202f€ restent possibles.",
        ),
    ],
)
def test_nothing_at_all_asked_of_one_miss(late: FaqResponder, text: str, said: str) -> None:
    """« je touche rien du tout alors ? », « je perds tout le FAMI ? »: « Oui » when the miss
    leaves nothing, « Non » with the most still payable (blind sets 153, 176); « je perds tout
    le socle ? » is about the block, not asked here."""
    assert said in reply(late, text)


def test_a_block_waiting_on_the_one_missed_gets_a_yes(responder: FaqResponder) -> None:
    """« horaires pas affichés … ça m'empêche aussi de toucher le volet 2 ? »: the volet 2
    waits on the volet 1 the hours are missing from, said first with a « Oui » (the reply
    opened on « objectif non atteint », read as a no)."""
    text = (
        "Mes horaires ne sont pas affichés sur l'annuaire santé d'ameli. Pour le forfait "
        "structure 2023, est-ce que ça m'empêche aussi de toucher le volet 2 ?"
    )
    shown = reply(responder, text, "medecin").replace(NN, " ")
    assert "Oui : « Volet 2 : démarche d'appui" in shown
    assert "n'est versé que si « Volet 1 : pré-requis" in shown


def test_a_mean_told_under_the_socle_leaves_the_option_unpaid(responder: FaqResponder) -> None:
    """« moyenne à 55 % … DMP 45 %, ordonnances 50 %, je touche les 420 € ? »: the option's
    rates are met, but the socle's mean is under its 60 %, so it is not paid (it said yes)."""
    text = (
        "Donum 2026 : ma moyenne est à 55 % mais j'alimente le DMP à 45 % et je fais 50 % "
        "d'ordonnances numériques. Je touche au moins les 420 € de ces deux-là ?"
    )
    shown = reply(responder, text, "medecin").replace(NN, " ")
    assert "— ❌ non versé" in shown
    assert "Sans « Services en ligne : moyenne des taux DMT, FSE, PSE et AAT ≥ 60 % »" in shown


def test_the_figure_aimed_at_is_the_one_judged(responder: FaqResponder) -> None:
    """« mon DMP est à 25 %, si je monte à 32 % en décembre c bon pr la donum 2026 ? »: the
    32 % aimed at is judged, not the 25 % of today (it answered « non atteint » on 25 %)."""
    text = "mon DMP est a 25%, si je monte a 32% en decembre c bon pr la donum 2026 ?"
    shown = reply(responder, text, "medecin").replace(NN, " ")
    assert "32 % : objectif atteint — > 30 %." in shown


def test_a_target_quoted_in_doubt_is_set_against_the_rule(late: FaqResponder) -> None:
    """« 68 % de FSE, c'est pas 70 % le seuil ? » (FS 2023): « Non », the target is 2/3, and
    70 % is the dentists' (FAMI); the right target quoted gets « Oui »."""
    text = reply(late, "Médecin. FS 2023 j'ai 68% de FSE, c'est pas 70% le seuil ?")
    assert f"Non{NN}: pour l'exercice 2023, l'objectif n'est pas 70{NN}% mais ≥ 2/3" in text
    assert "70\u202f%, c'est l'objectif des chirurgiens-dentistes, pour le FAMI 2023." in text
    text = reply(late, "dentiste FAMI 2024 j'ai 72 % de FSE, le seuil c'est bien 70 % ?")
    assert f"Oui{NN}: pour l'exercice 2024, l'objectif est bien ≥ 70{NN}%" in text


def test_segur_asked_before_it_was_required_says_from_when(late: FaqResponder) -> None:
    """« en 2022 le logiciel référencé Ségur c'était déjà obligatoire ? »: « Non », and the
    first exercice that requires it (2023)."""
    text = reply(
        late, "en 2022 le logiciel référencé ségur c'etait deja obligatoire pr le volet 1 ?"
    )
    assert text.startswith("Logiciel métier avec LAP")
    assert "Le logiciel Ségur est exigé à partir de l'exercice 2023." in text


def test_hours_with_minutes_are_judged_against_the_sas_minimum(late: FaqResponder) -> None:
    """« SAS 2025, j'ouvre 1h30 par semaine, ça suffit ? »: under the 2 hours a week."""
    text = reply(
        late,
        "SAS 2025 j'ouvre 1h30 par semaine de créneaux aux patients qui sont pas les miens, ça "
        "suffit pr les 200 pts ?",
        "medecin",
    )
    assert f"Non{NN}: il faut au moins 2 heures par semaine de créneaux ouverts." in text


def test_the_hours_a_change_asks_are_judged_not_the_hours_told(late: FaqResponder) -> None:
    """« j'ouvre 1h30 … si je passe à 2h ça valide ? »: not « Non » for the 1h30."""
    text = reply(
        late,
        "SAS 2025 : je suis inscrit mais j'ouvre que 1h30 par semaine pour des patients qui sont "
        "pas les miens. si je passe a 2h ca valide l'indicateur ?",
        "medecin",
    )
    assert "Non" not in text.split("\n", 2)[1] and "2 heures" in text


def test_an_absence_taken_up_by_y_after_mais_is_no_verdict(late: FaqResponder) -> None:
    """« pas inscrite moi-même au SAS, mais ma CPTS y participe » : the SAS reached through the
    CPTS, not a « non atteint »; the entry's conditions answer."""
    text = reply(
        late,
        "je suis pas inscrite moi-même sur la plateforme SAS mais ma CPTS y participe. Je peux "
        "valider l'indicateur SAS 2025 quand même ?",
        "medecin",
    )
    assert "objectif non atteint" not in text and "CPTS qui y participe" in text


def test_a_later_target_quoted_says_the_years_own(late: FaqResponder) -> None:
    """« Donum 2027 : DMP et ordos à 45 %. On m'a dit que le seuil passait à 60 %, je suis en
    dessous ? »: « Non » for 2027 (> 30 %), the 60 % of 2028 said after."""
    text = reply(
        late,
        "Donum 2027 : j'ai 45 % d'alimentation DMP et 45 % d'ordos numériques. On m'a dit que le "
        "seuil passait à 60 %, je suis en dessous ?",
        "medecin",
    )
    assert f"Non{NN}: pour l'exercice 2027, l'objectif n'est pas 60{NN}% mais > 30{NN}%." in text
    assert "en 2028, l'objectif passe à > 60" in text


def test_an_item_asked_in_spite_of_a_missing_one_is_not_the_missing_one(
    late: FaqResponder,
) -> None:
    """« notre associée dentiste … pas de messagerie sécurisée. elle aura les 100 € de la
    coordination qd meme ? »: « mss », added for the messagerie, names it again outside the
    negation; the item asked about is the coordination, not paid without the socle."""
    rep = late.respond(
        "notre associée dentiste est en MSP mais elle a tjrs pas de messagerie securisée. elle "
        "aura les 100€ de la coordination qd meme ?",
        Session(chat_id=1, profession="chirurgien-dentiste"),
    )
    g = rep.grounded
    assert g is not None and g.situation.indicateur.id == "prise_en_charge_coordonnee"
    assert g.situation.sans is not None and g.situation.sans.id == "socle"


def test_a_mean_told_with_its_rates_named_is_judged_as_the_mean(responder: FaqResponder) -> None:
    """« ma moyenne des quatre taux (DMT, FSE, PSE, AAT) est pile à 60 % »: the mean meets
    its ≥ 60 % (it was read as the AAT rate, « pas de verdict à lui seul »); « la moyenne doit
    faire 80 % minimum ? » quotes a target, not one's mean."""
    text = (
        "Si ma moyenne des quatre taux (DMT, FSE, PSE, AAT) est pile à 60 % en 2026, le socle "
        "de la dotation numérique est-il validé ?"
    )
    shown = reply(responder, text, "medecin")
    assert shown.startswith(
        "Services en ligne\u202f: moyenne des taux DMT, FSE, PSE et AAT ≥ 60\u202f% — "
        "✅ objectif atteint"
    )
    quoted = "Donum 2026 : la moyenne DMT / FSE / PSE / AAT doit faire 80 % minimum c'est bien ça ?"
    assert "✅ objectif atteint" not in reply(responder, quoted, "medecin").split("\n")[0]


def test_transport_prescriptions_named_in_full_are_the_spe(responder: FaqResponder) -> None:
    """« 25 % de prescriptions de transport en ligne et 55 % de déclarations de grossesse »
    (2024): each rate against its target, the DSG's 70 € (it was declined); « il fallait
    50 % de prescriptions de transport ? » quotes a target, not one's rate."""
    text = (
        "CIS : le Dr P. (2024) a 25 % de prescriptions de transport en ligne et 55 % de "
        "déclarations de grossesse en ligne. Qu'est-ce qu'il récupère sur ces deux-là ?"
    )
    shown = reply(responder, text, "medecin")
    assert f"DSG 55{NN}% (objectif ≥ 50{NN}%){NN}: atteint, 10{NN}points, soit 70{NN}€." in shown
    quoted = (
        "En 2022 il fallait 50 % de prescriptions de transport en ligne (SPE) pour les points ?"
    )
    assert "✅ objectif atteint" not in reply(responder, quoted, "medecin")


def test_an_item_missed_named_with_its_block_is_the_item(responder: FaqResponder) -> None:
    """« j'ai raté le taux de télétransmission du volet 1 … je touche rien du tout ? »: « du
    volet 1 » says where the rate is; the rate is missed, and nothing is paid (it was declined
    as the block named)."""
    text = (
        "En 2025 j'ai raté le taux de télétransmission du volet 1 (j'ai pas mal de feuilles "
        "papier). Je touche rien du tout du forfait structure alors ?"
    )
    shown = reply(responder, text, "medecin")
    assert shown.startswith("Taux de télétransmission > 2/3 — ❌ objectif non atteint")
    assert "Oui\u202f: sans lui, rien n'est versé pour l'exercice 2025." in shown


def test_forgotten_to_put_in_place_is_missed(responder: FaqResponder) -> None:
    """« j'avais oublié de mettre mes horaires dans l'annuaire santé … je perds quoi ? »: the
    hours are missed, the volet 1 and the volet 2 with it (it was declined; once, the sum
    had counted the hours as met)."""
    text = (
        "Forfait structure 2023 : j'avais oublié de mettre mes horaires dans l'annuaire santé. "
        "Si je rate juste ça, je perds quoi ?"
    )
    shown = reply(responder, text, "medecin")
    assert shown.startswith(
        "Horaires du cabinet affichés dans l'Annuaire santé — ❌ objectif non atteint"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "si g rate les 2/3 de fse en 2025 je perd tt le forfait structure ?",
            "Taux de télétransmission > 2/3 — ❌ objectif non atteint",
        ),
        (
            "forfait structure 2023 il faut 70 % de FSE ?",
            "Non\u202f: pour l'exercice 2023, l'objectif n'est pas 70\u202f% mais ≥ 2/3",
        ),
    ],
)
def test_a_doctors_fse_alone_names_the_teletransmission_rate(
    responder: FaqResponder, text: str, said: str
) -> None:
    """« FSE » alone, for a médecin, is the télétransmission rate (its libellé does not say
    « FSE », the ApCV's does in some years: a tie, so nothing was named; found in the last
    look: the volet 2 thresholds' entry answered)."""
    assert said in reply(responder, text, "medecin")


def test_two_professions_set_side_by_side_are_not_one_case() -> None:
    """Blind dev set 179: « mon mari généraliste et moi chirurgienne-dentiste, tous les deux
    68 % de FSE » got the médecin's Donum mean alone; each profession's verdict is given, on
    its own scheme (blind dev set 193)."""
    import datetime as dt

    from bot.faq_replies import FaqResponder
    from bot.session import Session
    from knowledge import load

    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 3))
    text = (
        "Mon mari est généraliste et moi chirurgienne-dentiste, tous les deux 68 % de FSE. On "
        "m'a dit que lui passe et pas moi ?? c'est pas le même seuil ?"
    )
    shown = to_text(r.respond(text, Session(chat_id=1)).message).replace("\u202f", " ")
    assert "Médecin — " in shown and "Chirurgien-dentiste — " in shown
    assert "68 % : sous l'objectif — ≥ 70 % des actes en FSE" in shown


@pytest.mark.parametrize(
    ("text", "profession", "needed"),
    [
        # blind dev set 184: a rate told as two counts says how many more reach the target
        (
            "Taux de télétransmission 2023 : 1 310 FSE sur 2 000 actes. Je passe les 2/3 ? "
            "Sinon il m'aurait fallu combien de FSE en plus ?",
            "medecin",
            "Il en faut au moins 1 334 sur 2 000, soit 24 de plus.",
        ),
        # « > 2/3 » or « ≥ 2/3 » in 2025: both readings; « pour passer les 2/3 » is the
        # target quoted, not the asker's rate
        (
            "Je suis à 2 890 FSE sur 4 500 feuilles pour 2025 (64 % environ). Combien de FSE en "
            "plus il m'aurait fallu pour passer les 2/3 ?",
            "medecin",
            "Il en faut au moins 3 000 ou 3 001 sur 4 500 selon la lecture des textes, soit 110 "
            "ou 111 de plus.",
        ),
        # what is counted said after the whole; a strict target (> 30 %)
        (
            "Ordonnances numériques 2025 : 380 sur 1 000 ordos. Il m'en manquait combien ?",
            "medecin",
            "Il en faut au moins 400 sur 1 000, soit 20 de plus.",
        ),
        # a percentage with the whole it is of (last look, 4/12/2026)
        (
            "en 2025 jai 38% dordo numerik, il men fallait cb de plus sur 1000 ordos ?",
            "medecin",
            "Il en faut au moins 400 sur 1 000, soit 20 de plus.",
        ),
        (
            "Dotation numérique 2026 : j'ai 4 000 consultations, dont 1 150 avec alimentation "
            "du DMP. Combien j'en dois faire en plus pour dépasser le seuil ?",
            "medecin",
            "Il en faut au moins 1 201 sur 4 000, soit 51 de plus.",
        ),
    ],
)
def test_a_rate_told_as_counts_says_how_many_more(
    responder: FaqResponder, text: str, profession: str, needed: str
) -> None:
    assert needed in reply(responder, text, profession).replace(NN, " ")


def test_a_proportion_is_no_count_to_add_to(responder: FaqResponder) -> None:
    """« 1 consultation sur 4 » is a share: no « 1 de plus »."""
    text = "Donum : DMP alimenté pour 1 consultation sur 4 et ordonnances numériques à 50 %."
    assert "de plus" not in reply(responder, text, "medecin")


def test_which_things_do_not_count_is_no_lack_of_the_asker(responder: FaqResponder) -> None:
    """« c'est quoi les actes qui ne comptent pas dans le taux ? » asks a list (the exclusions),
    not a verdict on the asker's rate (was « ❌ objectif non atteint »)."""
    text = "c'est quoi les actes qui ne comptent pas dans le taux de télétransmission du fami ?"
    shown = reply(responder, text, "chirurgien-dentiste").replace(NN, " ")
    assert "objectif non atteint" not in shown
    assert "Quels actes sont exclus du calcul du taux de télétransmission ?" in shown


def test_a_rate_named_by_its_name_in_a_pasted_line_is_judged(responder: FaqResponder) -> None:
    """« Déclaration médecin traitant dématérialisée : 91 % – cible 90 % – atteint »: the DMT's
    own target, not « la cible n'est pas publiée » of the téléservices as a whole."""
    text = (
        "Un médecin me demande ce que signifie cette ligne de son forfait structure 2025 : "
        "« Déclaration médecin traitant dématérialisée : 91 % – cible 90 % – atteint – 22,5 "
        "points ». Combien ça lui rapporte ?"
    )
    shown = reply(responder, text, "medecin").replace(NN, " ")
    assert "objectif atteint — ≥ 90 %" in shown and "157,50 €" in shown


def test_a_status_names_no_indicator(responder: FaqResponder) -> None:
    """« contrat de collaboration libérale … quel pourcentage de redevance ? »: a status and a
    contract, not the messaging an entry about collaborators mentions (was its target)."""
    text = (
        "Dans un contrat de collaboration libérale en cabinet dentaire, quel pourcentage de "
        "redevance est habituel ?"
    )
    assert "Messagerie" not in reply(responder, text).split("\n")[0]


def test_a_tie_is_no_tie_when_one_is_named_by_its_libelle(responder: FaqResponder) -> None:
    """« ma MSS n'était pas active avant juin 2025 » ties the MSSanté (« MSS ») with the FSE
    rate (FAQ phrasings with « juin » and « part »): the one named by its libellé is meant, and
    whether it came in time is answered (was « lequel ? »)."""
    text = "ma MSS n'était pas active avant juin 2025, j'ai perdu une partie du FAMI 2025 ?"
    shown = reply(responder, text, "chirurgien-dentiste")
    assert shown.startswith("Messagerie sécurisée de santé (MSSanté)") and "lequel" not in shown


def test_a_date_told_of_words_naming_two_indicators_asks_which(responder: FaqResponder) -> None:
    """« ma messagerie sécurisée ouverte qu'en juin 2025, ça m'a coûté qqch pr le fs 2025 ? »
    (médecin): the Ségur software with MSSanté or the patients' messaging; which one is asked
    (was declined with an entry on the convention)."""
    text = "ma messagrie securisee a ete ouverte qu en juin 2025 ca m a coute qqch pr le fs 2025 ?"
    shown = reply(responder, text, "medecin")
    assert "lequel" in shown and "Messagerie sécurisée avec les patients" in shown


def test_a_loss_told_beside_what_counts_says_what_it_pays(late: FaqResponder) -> None:
    """« Apicrypt V1 …, elle a eu son FAMI, moi non. Ça vient de là ? »: the entry says V1
    does not count; a loss or a refusal told, the line says what rides on the indicator."""
    q = "J'ai Apicrypt V1, ma collègue la V2. Elle a eu son FAMI, moi non. Ça vient de là ?"
    assert f"qui verse 490{NN}€" in reply(late, q, "chirurgien-dentiste")
    q = "j'utilise que le web DMP, ça valide l'indicateur logiciel DMP ? sinon je perds quoi"
    assert f"qui verse 490{NN}€" in reply(late, q, "chirurgien-dentiste")


def test_acts_off_the_total_from_a_dentists_profile(late: FaqResponder) -> None:
    """« sur 4000 actes jen ai 2700 en fse. ds les papiers y a 200 actes pr des patients AME »
    typed from a dentist's profile, « dentiste » unsaid (blind dev set 195): the AME acts off
    the total, as the FAMI's guide says."""
    q = (
        "sur 4000 actes jen ai 2700 en fse. ds les papiers y a 200 actes pr des patients AME. "
        "ca passe les 70 ?"
    )
    g = ground(late, q, "chirurgien-dentiste")
    assert g is not None and g.statut == "atteint" and g.situation.valeur.compte == (2700, 3800)


def test_a_component_named_last_is_judged_on_its_own_figure(late: FaqResponder) -> None:
    """« AAT 92%, DMT 95%, PSE 85%, CM AT-MP 55% … et pr le PSE il fallait cb ? » judged the
    PSE on the AAT's 92 % (blind dev set 199): its own 85 %."""
    q = (
        "forfait 2024 mes taux : AAT 92%, DMT 95%, PSE 85%, CM AT-MP 55%. ca me fait cb de "
        "points sur les teleservices et cb en euros ? et pr le PSE il fallait cb ?"
    )
    g = ground(late, q, "medecin")
    assert g is not None and g.situation.composante is not None
    assert g.situation.composante.id == "pse" and g.situation.valeur.value == 85


def test_a_form_of_coordination_told_beside_others_denied(late: FaqResponder) -> None:
    """« réunion pluripro protocolisée à l'EHPAD (avec l'IDEC, le kiné, le pharmacien). Pas de
    CPTS. Ça valide la coordination ? » (blind dev set 200): the CPTS denied is not the form
    told; the entry on the forms that count answers, with what it pays, and the kiné met at
    the meeting is not the asker."""
    q = (
        "Tous les mois je participe à une réunion pluripro protocolisée à l'EHPAD pour les "
        "résidents (avec l'IDEC, le kiné, le pharmacien). Pas de CPTS. Ça valide la "
        "coordination du forfait structure 2025 ?"
    )
    text = reply(late, q, "medecin")
    assert "non atteint" not in text and "masseurs-kinésithérapeutes" not in text
    assert f"120{NN}points, soit 840{NN}€" in text
    # the CPTS denied alone stays its verdict
    assert "non atteint" in reply(
        late, "pas de CPTS en 2025, ça valide la coordination ?", "medecin"
    )


@pytest.mark.parametrize(
    ("text", "profession", "said"),
    [
        # blind dev set 198: « donc sous les 2/3 » glosses the 65 %, no second figure
        (
            "Mon taux de télétransmission FSE est à 65 %, donc sous les 2/3. Est-ce que ça me "
            "fait perdre automatiquement le socle de la dotation numérique 2026 ?",
            "medecin",
            "il entre dans la moyenne",
        ),
        # blind dev set 200: « est tombé à 60 % » is the asker's own rate
        (
            "Mon taux FSE 2025 est tombé à 60 %. Par contre je fais du SAS toutes les semaines. "
            "Je garde au moins les 1400 € du SAS ?",
            "medecin",
            "n'est donc pas atteint",
        ),
        # blind dev set 201: given up is not met, « maîtrise de stage » names the indicator
        (
            "si je lache la maitrise de stage en 2023 je perds cb sur le forfait structure ?",
            "medecin",
            "L'indicateur ne verse pas ses 50 points, soit 350 €.",
        ),
        # a cost beside an indicator given up is a loss, not a price
        (
            "je laisse tomber la visio en 2025, ça me coute cb ?",
            "medecin",
            "L'indicateur ne verse pas ses 50 points, soit 350 €.",
        ),
    ],
)
def test_own_figures_and_items_given_up_are_judged(
    late: FaqResponder, text: str, profession: str, said: str
) -> None:
    assert said in reply(late, text, profession).replace("\u202f", " ")


def test_two_professions_each_at_the_year_written_after_it(late: FaqResponder) -> None:
    """Blind dev set 201: the généraliste's 2023 maximum beside the dentist's 2024 one."""
    shown = reply(
        late,
        "Dans notre centre on a des généralistes et des dentistes : quel est le forfait max "
        "d'un généraliste en 2023 comparé à celui d'un dentiste en 2024 ?",
    ).replace("\u202f", " ")
    assert "8 141 €" in shown and "1 240 €" in shown and "590 €" not in shown


def test_a_forwarded_request_to_confirm_is_no_second_question(late: FaqResponder) -> None:
    """Blind dev set 202: « … 8 141 € ? » Je peux lui confirmer ? asks the total only."""
    shown = reply(
        late,
        "Mail d'un généraliste que je vous colle : « J'ai validé le volet 1 et absolument tous "
        "les indicateurs du volet 2 pour 2023, SAS compris. Je dois donc recevoir 8 141 € ? » "
        "Je peux lui confirmer ?",
        "medecin",
    ).replace("\u202f", " ")
    assert shown.startswith("Total estimé") and "Oui : c'est bien 8 141 €." in shown


def test_an_amount_quoted_as_gained_adds_what_the_indicator_pays(late: FaqResponder) -> None:
    """Blind dev set 201: « ça me donne les 100 € de coordination ? » under the entry."""
    shown = reply(
        late,
        "je participe a un groupe qualité entre confrères, ça me donne les 100 € de "
        "coordination du FAMI ?",
        "chirurgien-dentiste",
    ).replace("\u202f", " ")
    assert "groupe qualité" in shown and "cet indicateur verse 100 €" in shown


def test_a_later_question_naming_only_another_year_asks_the_same(late: FaqResponder) -> None:
    """Blind dev set 201: « et pour le 2024 c'était quand déjà, pour comparer ? » asks the
    declaration's dates of 2024, as the first question asked them of 2025."""
    shown = reply(
        late,
        "FAMI 2025 c'était à déclarer jusqu'à quand ? et pour le 2024 c'était quand déjà, pour "
        "comparer",
        "chirurgien-dentiste",
    )
    assert "03/03/2025" in shown and "02/03/2026" in shown


def test_an_indicator_gone_still_asked_at_its_old_amount(late: FaqResponder) -> None:
    """Blind dev set 201: « il me rapporte tjrs les 350 € ? » in 2026: not an indicator of
    the Donum, what it paid in 2025 said."""
    shown = reply(
        late,
        "en 2026 mon abonnement de téléconsult payant il me rapporte tjrs les 350 € ?",
        "medecin",
    ).replace("\u202f", " ")
    assert "n'est plus un indicateur de la dotation numérique (Donum) 2026" in shown
    assert "50 points, soit 350 €" in shown


def test_what_a_missed_line_costs_the_doctor_is_no_price(late: FaqResponder) -> None:
    """Blind dev set 202: « Ça coûte combien au médecin ? » after a line « non atteint »."""
    shown = reply(
        late,
        "FS 2024 : ligne « Usage de l'appli carte Vitale : 0 FSE – non atteint ». Ça coûte "
        "combien au médecin ?",
        "medecin",
    ).replace("\u202f", " ")
    assert "280 €" in shown and "tarifs" not in shown


def test_a_gate_asked_of_an_indicator_gone_from_the_scheme(late: FaqResponder) -> None:
    """Blind dev set 203: « à part le logiciel, il faut encore les horaires … comme avant ? »
    for the Donum's socle: no longer an indicator, and what the socle requires instead."""
    shown = reply(
        late,
        "Pour le socle Donum, à part le logiciel, il faut encore les horaires sur l'annuaire "
        "santé et le taux de FSE à 2/3 comme avant ?",
        "medecin",
    ).replace("\u202f", " ")
    assert "n'est plus un indicateur de la dotation numérique (Donum) 2026" in shown
    assert "moyenne des taux DMT, FSE, PSE et AAT ≥ 60 %" in shown


def test_the_maximum_asked_beside_an_entry_that_does_not_give_it(late: FaqResponder) -> None:
    """Blind dev set 199: the mean entry, then the 2023 maximum with its source."""
    shown = reply(
        late,
        "Par curiosité : combien touchait un médecin en moyenne avec le forfait structure en "
        "2023, et quel était le maximum théorique cette année-là ?",
        "medecin",
    ).replace("\u202f", " ")
    assert "4 214 €" in shown
    assert "Au plus 1 163 points, soit 8 141 € pour l'exercice 2023" in shown
    assert "(source : diaporama forfait structure 2023, CGSS Martinique" in shown


def test_two_professions_maxima_added_up_when_asked_together(late: FaqResponder) -> None:
    """Blind dev set 182: « FAMI et Donum 2026, ça fait combien à nous deux ? »."""
    shown = reply(
        late,
        "Au cabinet on est un couple : moi chirurgien-dentiste, ma femme généraliste. Si on "
        "coche tout, FAMI et Donum 2026, ça fait combien à nous deux ?",
    ).replace("\u202f", " ")
    assert "2 940 €" in shown and "1 240 €" in shown and "Ensemble : au plus 4 180 €." in shown


def test_one_professions_two_schemes_each_paid_when(late: FaqResponder) -> None:
    """Blind dev set 189: « mon forfait structure 2025 et mon premier Donum, … chacun ? »: the
    Donum at its first exercice; a scheme named as context is not asked (« comme pour le
    forfait structure »)."""
    shown = reply(
        late,
        "Mon forfait structure 2025 et mon premier Donum, ils tombent quelle année chacun ?",
        "medecin",
    )
    assert "versé en 2026" in shown and "soit 2027" in shown
    alone = reply(late, "donum 2026 je declare qd ? en dec comme le FS ?", "medecin")
    assert "Forfait structure 2025 (médecins) :" not in alone


def test_a_declaration_forgotten_what_is_lost_is_the_caisses_to_say(late: FaqResponder) -> None:
    """Blind dev set 197: « oublié de déclarer mes indicateurs 2025 … jai perdu combien ?? »:
    the window closed, what needed no saisie, and the CPAM; no figure made up."""
    shown = reply(
        late,
        "g oublié de déclarer mes indicateurs 2025 sur amelipro avant le 8 fevrier. jai perdu "
        "combien ??",
        "medecin",
    )
    assert "close depuis le 08/02/2026" in shown
    assert "Ce que vous perdez dépend de ce qui était pré-rempli" in shown


def test_the_day_indicators_are_judged_on_asked_with_a_date_told(late: FaqResponder) -> None:
    """Blind dev set 198: Ségur installed on 20 December, « regardés à quelle date ? »."""
    shown = reply(
        late,
        "Je passe enfin à un logiciel référencé Ségur le 20 décembre. Les indicateurs de la "
        "dotation 2026 sont regardés à quelle date ? Ça comptera ?",
        "medecin",
    ).replace("\u202f", " ")
    assert "Le 20/12/2026, c'est avant le 31/12/2026 : pris en compte pour l'exercice 2026" in shown
    ends = reply(late, "le forfait structure il s'arrete qd ?", "medecin")
    assert "2025" in ends and "20/12" not in ends


def test_last_look_sms_forms_of_this_session(late: FaqResponder) -> None:
    """Typed in the last look of 4/12 ~22 h 55: « jarrete », « je sais pas si c bon »,
    « à nous 2 » with a dentist's profile."""
    given_up = reply(late, "si jarrete le aller vers en 2026 je perd cb ?", "chirurgien-dentiste")
    assert "L'indicateur ne verse pas ses 300" in given_up
    let_go = reply(late, "si jlache le aller vers je perd cb ?", "chirurgien-dentiste")
    assert "L'indicateur ne verse pas ses 300" in let_go  # second look of 5/12 ~1 h
    doubt = reply(
        late,
        "jai 72% de fse mais pr les horaires je sais pas si c bon, fami 2025 ca fait cb ?",
        "chirurgien-dentiste",
    )
    assert "Si « Horaires du cabinet affichés dans l'Annuaire santé » est atteint" in doubt.replace(
        "\u202f", " "
    )
    both = reply(
        late,
        "ma femme est generaliste, si on coche tout fami et donum 2026 ca fait cb a nous 2 ?",
        "chirurgien-dentiste",
    ).replace("\u202f", " ")
    assert both.count("Ensemble : au plus 4 180 €.") == 1
    alone = reply(late, "kiné libéral : le FAMI peut monter jusqu'à combien au total ?")
    assert "Ensemble" not in alone


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "si j'arrete d'alimenter le DMP ca me coute combien ? en 2025 (forfait structure) et "
            "en 2026 avec la donum stp",
            ["2025 : 40 points, soit 280 €", "(60 points, soit 420 €)"],
        ),
        (
            "si je fais zero FSE avec l'appli carte vitale, ca me coute combien en 2025 et en "
            "2026 ?",
            ["2025 : 40 points, soit 280 €", "(20 points, soit 140 €)"],
        ),
        (
            "si jarrete les ordos numeriques ca me coute cb en 2025 et en 2026 ?",
            ["2025 : 40 points, soit 280 €", "(60 points, soit 420 €)"],
        ),
    ],
)
def test_an_item_given_up_over_two_schemes_costs_its_worth_in_each(
    late: FaqResponder, text: str, shown: list[str]
) -> None:
    """« ça me coûte combien » after « j'arrête » or « zéro » is a loss, not a price (it was
    declined as « les prix et les tarifs »), and two years of two schemes give each its worth."""
    said = reply(late, text, "medecin").replace("\u202f", " ")
    assert "Je ne couvre pas les prix" not in said
    for s in shown:
        assert s in said
    assert "Sans lui, c'est ce qui ne serait pas versé chaque année" in said


def test_an_item_no_longer_used_asks_its_loss_in_each_scheme(late: FaqResponder) -> None:
    """« ne plus utiliser du tout la messagerie … le manque à gagner sur le forfait structure
    2025, puis sur la dotation numérique 2026 ? »: its worth in each, not the 2025 entry."""
    said = reply(
        late,
        "J'envisage de ne plus utiliser du tout la messagerie de Mon espace santé avec mes "
        "patients. Quel serait le manque à gagner sur le forfait structure 2025, puis sur la "
        "dotation numérique 2026 ?",
        "medecin",
    ).replace("\u202f", " ")
    assert "2025 : 40 points, soit 280 €" in said and "(20 points, soit 140 €)" in said


def test_a_block_refused_after_its_year_is_missed(late: FaqResponder) -> None:
    """« volet 1 2025 refusé … » was read « volet 1 » met (the year split it from its status):
    the volet 2 items told met are not paid, and what the refusal costs is said."""
    said = reply(
        late,
        "volet 1 2025 refusé parce que mon logiciel était pas référencé Ségur. j'avais le SAS "
        "validé et un externe en stage toute l'année. ça me coûte combien en tout ?",
        "medecin",
    ).replace("\u202f", " ")
    assert "Manque à gagner : 3 710 € (530 points)" in said
    assert "Total : 0 € (0 point) pour l'exercice 2025." in said


def test_the_cpts_of_the_sas_is_not_the_coordination(late: FaqResponder) -> None:
    """« sauf le SAS (pas inscrit, pas de CPTS qui y participe) »: the CPTS is how one takes
    part in the SAS; the coordination was counted missed too (5 901 € instead of 6 741 €)."""
    said = reply(
        late,
        "Pour 2023 j'ai tout validé, volet 1 et volet 2, sauf le SAS (pas inscrit, pas de CPTS "
        "qui y participe). Ca fait combien ?",
        "medecin",
    ).replace("\u202f", " ")
    assert "Total : 6 741 € (963 points) pour l'exercice 2023." in said


def test_two_years_maxima_asked_added_up_are_summed(late: FaqResponder) -> None:
    """« … cumulé sur les deux ans ? »: each year's maximum, then the two added up."""
    said = reply(
        late,
        "fami 2024 et 2025 au max, ça fait combien cumulé sur les deux ans ?",
        "chirurgien-dentiste",
    ).replace("\u202f", " ")
    assert "2024 : au plus 1 240 €" in said
    assert "Sur les deux exercices : au plus 2 480 €." in said


@pytest.mark.parametrize(
    ("text", "said"),
    [  # 2025: « plus de 2/3 » (a public page) against « ≥ 2/3 » (the guides until 2023)
        (
            "pour le volet 1 2025 le taux FSE c'est strictement plus de 2/3 ou pile 2/3 ça passe ?",
            "Deux lectures des textes",
        ),
        (  # 2023: the guide's « ≥ 2/3 », met at exactly 2/3
            "le seuil FSE du forfait structure 2023 c'est plus de 2/3 ou au moins 2/3 ?",
            f"66,67{NN}%{NN}: objectif atteint",
        ),
    ],
)
def test_two_bounds_offered_are_judged_at_the_bound(
    late: FaqResponder, text: str, said: str
) -> None:
    """« strictement plus de 2/3 ou pile 2/3 ? » is no rate of one's own « plus de 2/3 »."""
    reply_text = reply(late, text, "medecin")
    assert said in reply_text and "plus de 2/3 : objectif atteint" not in reply_text


@pytest.mark.parametrize(
    ("q", "profession", "said"),
    [
        (  # « secrétaire médicale » names no medical certificate (the CM AT-MP option)
            "Secrétaire médicale. Le docteur a lu qu'à partir de 2026 le forfait structure "
            "devient la « dotation numérique ». Le socle de cette dotation, ça fait combien en "
            "euros pour 2026 ?",
            "medecin",
            "Indicateurs socles (tous requis) — Dotation numérique (Donum) 2026",
        ),
        (  # « si j'oublie encore les horaires … » is the horaires not shown
            "si j'oublie encore les horaires dans l'annuaire santé en 2025 comme en 2024, je "
            "perds tout le forfait, meme le volet 2 ?",
            "medecin",
            "Horaires du cabinet affichés dans l'Annuaire santé — ❌ objectif non atteint",
        ),
        (  # the block missed, the count of the item asked judged: 2 is not 3
            "socle raté en 2024 mais 2 interventions en ehpad, je touche l'aller vers quand même ?",
            "chirurgien-dentiste",
            "« Aller vers » : au moins 3 interventions auprès de publics fragiles — ❌ objectif "
            "non atteint",
        ),
        (
            "socle raté en 2024 mais 4 interventions en ehpad, je touche l'aller vers quand même ?",
            "chirurgien-dentiste",
            "4 : objectif atteint",
        ),
        (  # « j'arette » (« arrête ») is no « arrêts de travail »; the SAS is not in the Donum
            "si j'arette le SAS en 2026 je perd cb ?",
            "medecin",
            "Rien : « Participation au service d'accès aux soins (SAS) » n'est plus un "
            "indicateur de la dotation numérique (Donum) 2026",
        ),
        (  # an item claimed in the wrong block is told where it is
            "On m'affirme que pour le forfait structure 2025 la prise en charge coordonnée est "
            "un indicateur obligatoire du volet 1. C'est bien ça ?",
            "medecin",
            "Non : en 2025, il est dans « Volet 2",
        ),
    ],
)
def test_what_a_phrasing_names_is_read(
    late: FaqResponder, q: str, profession: str, said: str
) -> None:
    assert said in reply(late, q, profession).replace("\u202f", " ")


def test_a_block_claimed_with_an_item_and_a_worth_is_told_its_own(late: FaqResponder) -> None:
    """« le volet 1 c'était 400 points avec la prise en charge coordonnée dedans ? »: no, the
    coordination is in the volet 2, and the volet 1 pays 280 points."""
    q = (
        "Mon ancien collègue m'a dit que le volet 1 c'était 400 points avec la prise en charge "
        "coordonnée dedans. C'est toujours le cas pour le forfait structure 2024 ?"
    )
    text = reply(late, q, "medecin").replace("\u202f", " ")
    assert "Non : en 2024, il est dans « Volet 2" in text
    assert "verse 280 points, soit 1 960 € pour ses 4 indicateurs." in text


def test_the_web_dmp_named_is_no_reading_in_doubt(late: FaqResponder) -> None:
    """« j'utilise le Web DMP, pas de connecteur »: the Web DMP path is read one way (not
    met), not the two readings of a compatible software with no DMP flow."""
    q = (
        "Dentiste. Pour le DMP j'utilise le Web DMP depuis 2025, pas de connecteur dans mon "
        "logiciel. Si je continue comme ça en 2026, je valide le socle du FAMI ?"
    )
    text = reply(late, q, "chirurgien-dentiste")
    assert "Logiciel métier compatible DMP — ❌ objectif non atteint" in text
    assert "Deux lectures" not in text


@pytest.mark.parametrize(
    ("q", "said"),
    [
        (
            "en 2025 si je suis dans aucune CPTS ni MSP je perds tout le volet 1 ?",
            "Non : « Volet 1 : équipement du cabinet (les 4 indicateurs sont requis) » ne dépend "
            "pas de cet indicateur.",
        ),
        (
            "forfait structure 2024 : horaires pas ds l'annuaire santé, je perds aussi le "
            "volet 2 ?",
            "Oui : « Volet 2 : service aux patients (si volet 1 atteint) » n'est versé que si",
        ),
        (
            "logiciel pas référencé Ségur en 2025, je garde au moins le volet 2 du forfait "
            "structure ?",
            "Non : « Volet 2 : service aux patients (si volet 1 atteint) » n'est versé que si",
        ),
        (
            "pas de CPTS en 2025, je garde le volet 1 ?",
            "Oui : « Volet 1 : équipement du cabinet (les 4 indicateurs sont requis) » ne dépend "
            "pas de cet indicateur.",
        ),
    ],
)
def test_a_block_asked_lost_or_kept_gets_a_yes_or_no_first(
    late: FaqResponder, q: str, said: str
) -> None:
    assert said in reply(late, q, "medecin").replace("\u202f", " ")


def test_a_target_one_thought_is_not_the_askers_own_figure(late: FaqResponder) -> None:
    """« je pensais que le seuil de la moyenne des téléservices c'était 80 %, c ça ? moi j'ai
    70 »: the 80 % is a target quoted, not a mean judged met."""
    q = (
        "pour le Donum je pensais que le seuil de la moyenne des teleservices c'etait 80 %, "
        "c ça ? moi j'ai 70"
    )
    text = reply(late, q, "medecin")
    assert "80 % : objectif atteint" not in text.replace("\u202f", " ")
    assert "60" in text


@pytest.mark.parametrize(
    ("q", "profession", "said"),
    [
        # each rate after its year, the year asked opening the closing question (dev 280)
        (
            "moi dentiste, taux de FSE : FAMI 2023 j'étais a 72%, 2024 a 68%. 2024 ça passe ?",
            "chirurgien-dentiste",
            "68 % : sous l'objectif",
        ),
        (
            "2023 taux FSE 65%, j'avais la coordo et le SAS. 2024 remonté a 72%. c'est bien pour "
            "ça que j'ai rien eu en 2023 ?",
            "medecin",
            "65 % : sous l'objectif",
        ),
    ],
)
def test_the_rate_told_for_the_year_asked(
    late: FaqResponder, q: str, profession: str, said: str
) -> None:
    assert said in reply(late, q, profession).replace("\u202f", " ")


def test_rates_kept_for_the_year_asked() -> None:
    assert year_rates("2023 à 72 %, 2024 à 68 %. ok ?", 2024) == "2023 à , 2024 à 68 %. ok ?"
    # a rate with no year of its sentence before it: the text as it is
    assert year_rates("72 % en 2023, 68 % en 2024", 2024) == "72 % en 2023, 68 % en 2024"
