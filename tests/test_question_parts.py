"""A message asking two things gets both answers: the parts it is cut into, and the reply."""

import datetime as dt

import pytest

from bot.faq_replies import FaqResponder
from bot.question_parts import alone, is_numbered, question_parts
from bot.session import Session
from bot.text_render import to_text
from knowledge import Knowledge

NN = "\u202f"


@pytest.fixture(scope="module")
def responder(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb, today=lambda: dt.date(2026, 12, 1))


def test_numbered_questions_keep_the_story_told_before_them() -> None:
    parts = question_parts(
        "Installée en octobre 2024, première FSE le 14. 1) Mon taux est calculé depuis "
        "quand ? 2) J'ai droit aux 490 € en entier ?"
    )
    assert [asked for asked, _ in parts] == [
        "Mon taux est calculé depuis quand ?",
        "J'ai droit aux 490 € en entier ?",
    ]
    assert all(read.startswith("Installée en octobre 2024") for _, read in parts)


def test_a_second_question_is_read_after_the_first() -> None:
    [first, second] = question_parts("c koi le socle de la dotation numérique ? cb de points ?")
    assert first == ("c koi le socle de la dotation numérique ?",) * 2
    assert second == ("cb de points ?", "c koi le socle de la dotation numérique, cb de points ?")


def test_a_last_question_without_its_question_mark_is_one_too() -> None:
    """« … pr valider ? et ca rapporte combien … » (blind dev set 181): two questions."""
    parts = question_parts(
        "appli carte vitale : fallait faire combien de FSE en 2025 pr valider ? et ca rapporte "
        "combien ds le forfait structure"
    )
    assert [asked for asked, _ in parts] == [
        "appli carte vitale : fallait faire combien de FSE en 2025 pr valider ?",
        "et ca rapporte combien ds le forfait structure ?",
    ]


def test_a_last_question_typed_short_without_its_mark_is_one_too() -> None:
    """« … ? et ça vaut cmb de points », « … ? et je declare qd »: SMS forms ask too."""
    parts = question_parts("pr 2025 cest pareil ? et je declare qd")
    assert [asked for asked, _ in parts] == ["pr 2025 cest pareil ?", "et je declare qd ?"]


def test_an_amount_over_the_years_and_a_date_joined_by_et_are_two() -> None:
    """« cb par an et qd je déclare le 2026 ? » (a last look, 6/12/2026): the amounts, then
    the declaration date."""
    parts = question_parts("fami 2025 socle ok, 2026 pareil. cb par an et qd je declare le 2026 ?")
    assert [asked for asked, _ in parts] == ["cb par an ?", "Et qd je declare le 2026 ?"]


def test_an_amount_and_another_ask_joined_by_a_comma_are_two() -> None:
    """« Quel montant chaque année, et doit-elle renvoyer un justificatif ? »: the amount,
    then the justificatif, each its own question, the story read before both."""
    parts = question_parts(
        "Le Dr B. avait le socle FAMI en 2024 et 2025. Combien chaque année, et doit-il "
        "renvoyer une facture pour le nouveau logiciel ?"
    )
    assert [asked for asked, _ in parts] == [
        "Combien chaque année ?",
        "Et doit-il renvoyer une facture pour le nouveau logiciel ?",
    ]
    assert all(read.startswith("Le Dr B. avait le socle") for _, read in parts)


def test_an_amount_asked_in_two_words_then_a_date_are_two() -> None:
    """« … Quel montant ? Et il sera payé quand ? »: the amount, short, then the payment."""
    parts = question_parts("FAMI 2025 : socle et CPTS. Quel montant ? Et il sera payé quand ?")
    assert [asked for asked, _ in parts] == ["Quel montant ?", "Et il sera payé quand ?"]


@pytest.mark.parametrize(
    "text",
    [
        "combien pour le socle, et pour la CPTS ?",  # one amount asked of two items
        "FS 2025 : volet 1. Combien ? Et en 2026 ?",  # the same amount asked of another year
        "les justifs logiciel du fami jles envoie a qui ? au cis ?",  # a clarification
        "il touche quoi à 55 % ? et à 90 % ?",  # the same question with another figure
        "c koi le justificatif pr moi ??",
        "Le socle est raté. Je touche l'aller vers ? Mon confrère dit non. Il a raison ?",
    ],
)
def test_what_asks_one_thing_is_not_cut(text: str) -> None:
    assert question_parts(text) == []


def test_each_question_gets_its_answer(responder: FaqResponder) -> None:
    """« le socle c combien ? et la coordination ? »: the socle's amount, then the
    coordination's, each under the question it answers."""
    rep = responder.respond(
        "kiné : le socle du FAMI c combien ? et la coordination ?", Session(chat_id=1)
    )
    text = to_text(rep.message).replace(NN, " ")
    assert rep.confident
    assert "1. kiné : le socle du FAMI c combien ?" in text and "2. et la coordination ?" in text
    assert "490 €" in text and "Il verse 100 €" in text
    # the entry shown after both parts is shown once
    assert text.count("Pour en savoir plus : Que comprend le FAMI des masseurs") == 1


def test_a_later_question_that_got_the_first_ones_answer_is_read_alone(
    responder: FaqResponder,
) -> None:
    """« Le FAMI 2024 est payé quand ? Et il est calculé à quelle date ? »: read after the
    first, the second asked when it is paid again; alone, with « FAMI 2024 », its own date."""
    assert alone("x", "Et il est calculé à quelle date ?") == "Et il est calculé à quelle date ?"
    text = "Le FAMI 2024 est payé quand ? Et il est calculé à quelle date ?"
    assert alone(text, "Et il est calculé à quelle date ?") == (
        "il est calculé à quelle date (fami 2024) ?"
    )
    reply = to_text(responder.respond(text, Session(chat_id=1)).message).replace(NN, " ")
    assert "2. Et il est calculé à quelle date ?" in reply
    assert "deuxième trimestre 2025" in reply and "31/12/2024" in reply
    # the VSM forfait named first is the subject of « c versé quand ? », not the scheme's
    vsm = "VSM : 50 % d'ALD atteint en mars 2024, j'ai droit à qqch ? c versé quand ?"
    assert alone(vsm, "c versé quand ?") == "c versé quand (vsm 2024) ?"


def test_a_vsm_figure_is_not_judged_on_the_schemes(responder: FaqResponder) -> None:
    """« 55 % de ma patientèle ALD avec un VSM dans le DMP »: the VSM forfait's figure, not
    the Donum's DMP rate."""
    rep = responder.respond(
        "un médecin traitant a 55 % de sa patientèle ALD avec un VSM dans le DMP, il touche quoi ?",
        Session(chat_id=1),
    )
    assert rep.grounded is None


def test_a_forwarded_two_part_question_is_one_text_to_pass_on(responder: FaqResponder) -> None:
    """Forwarded: one « Réponse à transmettre », one text to copy; no part mentions buttons
    (each part's would read as the others')."""
    rep = responder.respond(
        "c koi le socle de la dotation numérique 2026 ? cb de points ?",
        Session(chat_id=1),
        forwarded=True,
    )
    assert rep.message is not None
    text = to_text(rep.message)
    assert text.startswith("Réponse à transmettre") and text.count("Texte à copier") == 1
    assert "Autre cas" not in text and rep.message.choices == ()


def test_an_advisors_mail_of_three_numbered_questions_gets_three_answers(
    responder: FaqResponder,
) -> None:
    """A CIS advisor's mail: a greeting, who asks, three numbered questions, thanks. The
    third, unsure after the greeting, is read alone (it names its own scheme); the thanks
    are no part of it. Each question gets its answer, not the first one alone."""
    text = (
        "Bonjour, je suis conseillère CIS à la CPAM. Un médecin de mon secteur me demande "
        "trois choses : 1) s'il a 65 % de FSE en 2025 il perd le volet 1 ? 2) jusqu'à quand "
        "il peut déclarer pour 2025 ? 3) est-ce que la téléconsultation compte encore dans "
        "la Donum ? Merci de votre aide"
    )
    assert question_parts(text)[-1][0] == (
        "est-ce que la téléconsultation compte encore dans la Donum ?"
    )
    assert alone(text, "est-ce que la téléconsultation compte encore dans la Donum ?") == (
        "est-ce que la téléconsultation compte encore dans la Donum ?"
    )
    reply = to_text(responder.respond(text, Session(chat_id=1)).message).replace(NN, " ")
    assert "objectif non atteint" in reply and "08/02/2026" in reply
    assert "3. est-ce que la téléconsultation compte encore dans la Donum ?" in reply


def test_a_later_question_naming_something_new_is_cut_even_with_figures(
    responder: FaqResponder,
) -> None:
    """« le socle du FAMI c'est 490 € … ? et la coordination c'est +100 € aussi ? »: two
    questions (the second names the coordination), not one asked again with another figure;
    a later question with its own year is read alone."""
    text = (
        "Kiné : le socle du FAMI c'est 490 € comme chez les dentistes ? et la coordination "
        "c'est +100 € aussi ?"
    )
    assert len(question_parts(text)) == 2
    assert question_parts("il touche quoi à 55 % ? et à 90 % ?") == []
    reply = to_text(responder.respond(text, Session(chat_id=1)).message).replace(NN, " ")
    assert "490 €" in reply and "100 €" in reply
    two = "le volet 2 il est payé si je loupe un indicateur du volet 1 ? et le volet 1 c'est "
    two += "combien d'indicateurs en 2023 ?"
    assert question_parts(two)[1][1].startswith("le volet 1 c'est combien d'indicateurs en 2023")


def test_terse_numbered_questions_each_get_an_answer(responder: FaqResponder) -> None:
    """« 1) max 2024 2) versé quand 3) taux FSE à atteindre »: numbered by the asker, each
    part is answered (the whole got the rate and the date, no maximum), the year said in
    the first holding for the next ones."""
    text = "3 questions rapides FAMI : 1) max 2024 2) versé quand 3) taux FSE à atteindre. merci !"
    assert question_parts(text)[1] == (
        "versé quand",
        "3 questions rapides FAMI : versé quand (2024)",
    )
    reply = to_text(responder.respond(text, Session(chat_id=1)).message).replace(NN, " ")
    assert "1 240 €" in reply and "deuxième trimestre 2025" in reply and "≥ 70 %" in reply


@pytest.mark.parametrize("mark", ["1/ ", "1) ", "1. ", "1° "])
def test_numbering_with_a_slash_or_degree_tells_the_questions_apart(mark: str) -> None:
    """« 1/ … ? 2/ … ? »: numbered as « 1) » is (the second question went unanswered)."""
    second = mark.replace("1", "2")
    text = f"{mark}l'aller vers c'est combien d'interventions ? {second}faut le socle ?"
    assert is_numbered(text)
    assert question_parts(text)[1][0] == "faut le socle ?"


def test_a_later_question_on_another_subject_gets_its_own_answer(
    responder: FaqResponder,
) -> None:
    """ "le seuil des ordonnances ? et pour l'appli carte Vitale … ?": two indicators, two
    answers, not the first one's entry twice."""
    text = (
        "pour le forfait structure 2025, le seuil des ordonnances numeriques c'est combien ? "
        "et pour l'appli carte Vitale il faut combien de FSE minimum ?"
    )
    rep = responder.respond(text, Session(chat_id=1, profession="medecin"))
    shown = to_text(rep.message)
    assert "1. pour le forfait structure 2025" in shown and "2. et pour l'appli" in shown
    assert "Au moins une FSE réalisée avec l'application carte Vitale" in shown


def test_short_follow_ups_on_other_indicators_are_each_answered(
    responder: FaqResponder,
) -> None:
    """« … l'ApCV dans le forfait structure 2023 ? Et les ordonnances numériques ? Et
    l'alimentation du DMP ? »: three worths, not the ordonnances' entry alone."""
    text = (
        "Combien vaut l'indicateur ApCV dans le forfait structure 2023 ? Et les ordonnances "
        "numériques ? Et l'alimentation du DMP ?"
    )
    shown = to_text(responder.respond(text, Session(chat_id=1, profession="medecin")).message)
    shown = shown.replace("\u202f", " ")
    assert "3. Et l'alimentation du DMP ?" in shown
    assert "Il verse 48 points, soit 336 €" in shown and shown.count("soit 280 €") >= 2


def test_the_same_rates_are_carried_to_a_later_year() -> None:
    """ "FSE à 63 % en 2025 … ? et si je reste au même taux en 2026 … ?": the 63 % again."""
    text = (
        "FSE a 63% en 2025, j'ai raté le volet 1 ?? et si je reste au meme taux en 2026 ca passe ?"
    )
    assert question_parts(text)[1][1].endswith("(FSE a 63%) ?")


def test_a_later_question_asking_only_a_year_asks_the_first_ones_subject() -> None:
    """« … ? et en 2026 avec le Donum ? » asks the CM AT-MP rate of the Donum, without the
    first question's year."""
    parts = question_parts(
        "CM AT-MP j'étais à 45 % en 2025, ça passait ? et en 2026 avec le Donum ?"
    )
    assert parts[1][1] == "CM AT-MP j'étais à 45 % , ça passait, en 2026 avec le Donum ?"


@pytest.mark.parametrize(
    ("text", "answered", "declined"),
    [
        (
            "bonjour, 2 questions : 1) combien vaut le socle du FAMI pour un dentiste "
            "2) est-ce que je dois le déclarer à l'URSSAF ?",
            "490 €",
            "cotisations",
        ),
        (
            "Pour 2026 faut quel taux moyen sur les teleservices pour le socle de la Donum ? "
            "et au passage vous savez quand le G est revalorisé ?",
            "60 %",
            "cotation",
        ),
        # the whole answered: the fees asked beside are said not covered, not ignored
        (
            "merci ! sinon la ccam des couronnes a bougé ?  et le fami 2026 ca tombe qd ?",
            "2027",
            "cotation",
        ),
        # the whole unsure, not declined: the fees' question still set aside
        (
            "Bonjour, je suis psychiatre secteur 2 non OPTAM, j'ai droit au forfait structure moi "
            "aussi ? et au passage mes dépassements sont plafonnés à combien ?",
            "secteur 2",
            "cotation",
        ),
    ],
)
def test_a_question_out_of_scope_beside_one_in_scope_declines_only_itself(
    responder: FaqResponder, text: str, answered: str, declined: str
) -> None:
    """The URSSAF or the G's fee asked beside the FAMI's socle: the socle answered, the other
    topic declined first, not the whole message declined."""
    rep = responder.respond(text, Session(chat_id=1))
    shown = to_text(rep.message).replace(NN, " ")
    assert rep.confident and answered in shown
    first = shown.split("\n")[0]
    assert first.startswith("ℹ️ Une partie de votre message porte sur") and declined in first


@pytest.mark.parametrize(
    "text",
    [
        # told before the question: its context, not another question
        "Cardio, je viens d'embaucher une assistante médicale. C'est dans le forfait structure "
        "aussi ou c'est autre chose ?",
        # a follow-up on the topic out of scope
        "je mets le forfait structure sur quelle ligne de la 2035 ? et pour le donum en 2027 ?",
    ],
)
def test_a_topic_out_of_scope_is_not_set_aside_from_its_own_question(
    responder: FaqResponder, text: str
) -> None:
    rep = responder.respond(text, Session(chat_id=1, profession="medecin"))
    assert "Une partie de votre message porte sur" not in to_text(rep.message)


def test_a_remark_after_the_question_does_not_hide_it(responder: FaqResponder) -> None:
    """ "… pour déclarer les indicateurs du forfait ? je tourne en rond": the question read
    without the remark, when the whole found its entry close too."""
    text = "sur amelipro je clique ou pour declarer les indicateurs du forfait ? je tourne en rond"
    rep = responder.respond(text, Session(chat_id=1, profession="medecin"))
    assert rep.confident and rep.entry is not None
    assert rep.entry.id == "declaration_chemin_amelipro_medecin"


def test_a_tail_asking_its_own_question_is_no_remark(responder: FaqResponder) -> None:
    """ "… c que pour les généralistes ?? les spé ils ont quoi alors": the tail asks, without
    its « ? »; the question before it is not answered alone."""
    text = "parait que la donum c que pour les generalistes ?? les spé ils ont quoi alors"
    assert not responder.respond(text, Session(chat_id=1)).confident


def test_a_numbered_follow_up_is_asked_of_the_question_before() -> None:
    # « 2) et si j'ai que le socle ? » asks the Donum's amount again (blind dev 274)
    parts = question_parts(
        "1) la dotation numérique Donum 2026 c'est combien max ? 2) et si j'ai que le socle ?"
    )
    assert parts[1] == (
        "et si j'ai que le socle ?",
        "la dotation numérique Donum 2026 c'est combien max, si j'ai que le socle ?",
    )
