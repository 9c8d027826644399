"""FAQ retrieval: French normalisation, acronyms, negations, typos, and the quality bar."""

import datetime as dt

import pytest

from bench.faq_eval import evaluate
from bot.faq import STOPWORDS, FaqIndex, asked_part, normalise
from bot.faq_replies import FaqResponder
from bot.faq_text import FrenchStems, fold
from bot.session import Session
from bot.text_render import to_text
from calculators.french import NNBSP as NN
from knowledge import load


@pytest.fixture(scope="module")
def index() -> FaqIndex:
    kb = load()
    return FaqIndex(kb.faq, kb.glossaire, kb.hors_perimetre)


def test_normalise_folds_accents_case_and_elisions() -> None:
    assert normalise("L’Assurance Maladie a-t-elle validé l'indicateur ?") == (
        "assurance maladie a t elle valide indicateur"
    )
    assert normalise("85 %") == "85 pourcent"


def test_negations_are_kept() -> None:
    assert {"ne", "pas", "non", "sans", "jamais", "aucun"}.isdisjoint(STOPWORDS)


def test_negation_survives_tokenisation(index: FaqIndex) -> None:
    assert "pas" in index.tokens("je n'ai pas de logiciel")


def test_acronym_and_expansion_meet(index: FaqIndex) -> None:
    assert index.tokens("DMP") == index.tokens("dossier médical partagé")


def test_possessive_mes_is_not_mon_espace_sante(index: FaqIndex) -> None:
    assert index.tokens("mes indicateurs") != index.tokens("MES indicateurs")


def test_typo_is_corrected(index: FaqIndex) -> None:
    assert set(index.tokens("teletransmision")) <= set(index.tokens("télétransmission"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("le web dmp ça suffit ?", "dmp_web_dmp"),
        ("Apicrypt v1 ça passe ?", "messagerie_apicrypt"),
        ("combien au max pour le fami 2024", "montants_fami_2024_max"),
        # "est-ce que" asks yes or no; without its "qu'" it is not "qu'est-ce que" (a definition)
        ("est-ce que apicrypt v1 suffit pour la messagerie ?", "messagerie_apicrypt"),
        ("qu'est-ce que la VSM ?", "vsm_definition"),
        # "regardés" is how people say "appréciés": the date of reference, not the campaign
        (
            "mes indicateurs du forfait structure, ils sont regardés à quelle date ?",
            "calendrier_date_appreciation",
        ),
        # « ou pas ? » tags a yes/no question: no negation against the entry's « Non »
        ("jsuis MG, en 2026 je touche encore un forfait structure ou pas ?", "fs_fin_2025_donum"),
        # how the question came is no part of it: « transmis » is a word of declaring
        (
            "(transmis par la CPAM) Un médecin ne trouve pas où déclarer son forfait structure "
            "dans amelipro.",
            "declaration_chemin_amelipro_medecin",
        ),
        # what the volets are, not one year's list of indicators; "le 3e volet" is "volet 3"
        ("c quoi le volet 1", "fs_volets"),
        ("C'est quoi le 3e volet du forfait structure ?", "fs_volet3_assistant_medical"),
        # a story before the question dilutes its words, not what its last clause asks
        (
            "j'ai clique sur transmettre trop vite, je peux encore corriger ?",
            "declaration_modifier",
        ),
        (
            "Pour le FAMI, les actes faits pour des patients résidant en EHPAD sont-ils retirés du "
            "taux de télétransmission ?",
            "taux_fse_ehpad",
        ),
        # « récap » is the récapitulatif amelipro gives of what was attested on honour
        ("le recap des attestations sur l'honneur je le garde ?", "justificatifs_conservation"),
        # an open question on a yes/no entry close enough: its facts, without its « Non »
        ("le forfait structure c fini a partir de quand", "fs_fin_2025_donum"),
        # « si j'ai tout » asks the maximum
        ("je suis MG, en 2026 je touche combien si j'ai tout ?", "donum_montant_max"),
        # what the guides leave unsaid is an entry that says so and sends to the CPAM
        (
            "Médecin salarié d'un centre de santé municipal : le forfait structure, c'est pour "
            "nous aussi ?",
            "perimetre_medecin_salarie",
        ),
    ],
)
def test_known_questions(index: FaqIndex, question: str, expected: str) -> None:
    answer = index.answer(question)
    assert answer.matched and answer.hit.entry.id == expected


@pytest.mark.parametrize("text", ["bonjour", "Bonjour à tous !", "merci beaucoup", "au revoir"])
def test_greetings_are_not_fiches(index: FaqIndex, text: str) -> None:
    answer = index.answer(text)
    assert not answer.matched and answer.kind in ("greeting", "thanks", "bye")


def test_a_question_after_thanks_is_answered(index: FaqIndex) -> None:
    answer = index.answer("ok merci pr 2023. et la dotation numérique, le max c'est cmb ?")
    assert answer.kind == "faq" and answer.matched


def test_out_of_scope_topic_is_named(index: FaqIndex) -> None:
    answer = index.answer("combien je dois à l'URSSAF ce trimestre ?")
    assert not answer.matched and answer.hors_sujet is not None


def test_what_a_missed_item_costs_is_no_price(index: FaqIndex) -> None:
    """« SAS « non atteint » … ça me coûte combien ce truc ? » asks the loss (blind dev set
    184), not a price; « ça coûte combien ce logiciel ? » stays one."""
    text = (
        "Mon relevé FS 2025 met SAS « non atteint » alors que j'ouvre 2h par semaine de "
        "créneaux. Ça me coûte combien ce truc et je fais quoi ?"
    )
    assert index.answer(text).hors_sujet is None
    assert index.answer("ça me coûte combien ce logiciel ?").hors_sujet is not None
    # a miss told before (blind dev set 193), « m'a » dropped when normalised
    missed = "jai loupé l'indicateur SAS pour 2023, ca m'a couté combien exactement ?"
    assert index.answer(missed).hors_sujet is None
    # a miss said « pas inscrite », « pas affichés » (blind dev set 231)
    for told in (
        "Forfait structure 2024 : je suis pas inscrite au SAS, ça me coûte combien ?",
        "FS 2025 : mes horaires n'étaient pas affichés sur l'annuaire. Ça me coûte combien ?",
        # typed fast, « jai » (the last look of 5/12 ~11 h)
        "jai pas fait la maj addendum 8 ni ouvert de BAL mssante, ca me coute cb ?",
    ):
        assert index.answer(told).hors_sujet is None
    assert index.answer("j'ai raté le DMP, un logiciel compatible coûte combien ?").hors_sujet


def test_an_indu_about_the_forfait_is_no_billing_question(index: FaqIndex) -> None:
    """« mon volet 1 du forfait 2023 a été validé. C'est normal ou je vais avoir un indu ? »
    (blind dev set 200) asks the forfait; « un indu sur des actes » stays billing."""
    text = (
        "Mon éditeur ne m'a installé la version Ségur que le 22 janvier 2024, et pourtant mon "
        "volet 1 du forfait 2023 a été validé. C'est normal ou je vais avoir un indu ?"
    )
    assert index.answer(text).hors_sujet is None
    assert index.answer(
        "la CPAM me réclame un indu sur des actes, je conteste comment ?"
    ).hors_sujet


@pytest.mark.parametrize(
    "text",
    [
        "Ma carte CPS arrive à expiration, comment je la renouvelle ?",
        "Depuis la mise à jour, ma carte CPS est plus reconnue, comment je règle ça ?",
        "comment je fais un arret de travail pour moi meme",
        # « l' » dropped when typed (blind dev set 183)
        "aide a linstallation en zone sous dotee pr les chirurgiens dentistes c cb ?",
    ],
)
def test_the_cps_card_and_ones_own_sick_leave_are_out_of_scope(index: FaqIndex, text: str) -> None:
    answer = index.answer(text)
    assert not answer.matched and answer.hors_sujet is not None


def test_quality_bar_on_the_development_set() -> None:
    """Keeps retrieval from regressing: `make eval` prints the same figures. A verdict beside
    the question is only suggested, so a wrong answer stays rarer than a declined one."""
    scores = evaluate()
    assert scores.n >= 150 and scores.n_oos >= 20
    assert scores.top1 >= 0.88, scores.misses[:10]
    assert scores.rejection >= 0.95, scores.false_accepts
    assert scores.wrong <= scores.declined, scores.wrong_answers


def test_quality_bar_on_the_colloquial_development_set() -> None:
    from bench.faq_eval import DEV_COLLOQUIAL

    scores = evaluate(path=DEV_COLLOQUIAL)
    assert scores.top1 >= 0.80, scores.misses
    assert scores.rejection >= 0.95, scores.false_accepts
    assert scores.wrong <= scores.declined, scores.wrong_answers


def test_held_out_floor() -> None:
    """The blind test set is never tuned on; this floor only catches regressions."""
    from bench.faq_eval import TESTSET

    scores = evaluate(path=TESTSET)
    assert scores.top1 >= 0.80 and scores.rejection >= 0.65


def test_session_scope_only_breaks_ties(index: FaqIndex) -> None:
    """A médecin in a 2023 questionnaire asking about the Web DMP still gets that entry."""
    answer = index.answer("le web dmp ça suffit ?", "medecin", 2023)
    assert answer.matched and answer.hit.entry.id == "dmp_web_dmp"


FAMI_2024 = "Règle donnée pour : chirurgiens-dentistes, exercice 2024."


@pytest.mark.parametrize(
    ("profession", "exercice", "note"),
    [
        ("medecin", "2023", "Règle donnée pour : chirurgiens-dentistes, exercice 2024."),
        (
            "chirurgien-dentiste",
            "2025",
            "Règle donnée pour : chirurgiens-dentistes, exercice 2024.",
        ),
        ("chirurgien-dentiste", "2024", None),
        (None, None, None),
    ],
)
def test_an_answer_for_another_case_says_so(
    profession: str | None, exercice: str | None, note: str | None
) -> None:
    """The Web DMP rule comes from the FAMI 2024 guide: a médecin, or another year, is told."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2025, 1, 15))
    session = Session(chat_id=1, profession=profession, exercice=exercice)
    text = to_text(responder.reply("le web dmp suffit ?", session)).replace("\u202f", " ")
    assert "Web DMP" in text
    if note is None:
        assert "Règle donnée pour" not in text
    else:
        assert note in text and "vérifiez auprès de votre CPAM" in text


def test_the_scheme_named_is_the_case_asked_not_another_one() -> None:
    """« la diff entre le fs et la donum » in a 2025 session asks of the Donum (2026) by name:
    its entry is no other case's rule, it says the year it answers for."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 11, 30))
    session = Session(chat_id=1, profession="medecin", exercice="2025")
    text = to_text(responder.reply("c koi la diff entre le fs et la donum ?", session))
    assert "Règle donnée pour" not in text and "exercice 2026" in text


def test_the_reference_year_s_last_day_is_dated_for_the_year_asked() -> None:
    """« avant quand en 2022 ? » answered by « au plus tard le 31/12 de l'année de
    référence »: the day itself, for the exercice asked."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 11, 30))
    text = to_text(
        responder.reply(
            "en 2022 je devais mettre mes horaires dans l'annuaire avant quand ?", Session(1)
        )
    ).replace("\u202f", " ")
    assert "Pour l'exercice 2022 : le 31/12/2022." in text


def test_quand_meme_asks_no_date() -> None:
    """ "Je touche qd même les optionnels ?" is not a question about when."""
    assert "quand" not in fold("donum sans le socle je touche qd même les optionnels ?")
    assert "quand" in fold("qd est payé le FAMI ?")


def test_how_often_is_no_quarter_of_payment() -> None:
    """ "une fois par trimestre à la maison d'arrêt" tells how often (blind dev set 200), not
    the quarter a payment is made in."""
    assert "trimestre" not in fold("je vais une fois par trimestre à la maison d'arrêt")
    assert "trimestre" in fold("le FAMI est versé au 2e trimestre ?")


def test_the_oe_ligature_folds_as_typed_without_it() -> None:
    """ "ma consœur" is "ma consoeur": NFKD leaves « œ » whole."""
    assert fold("Ma consœur, Œuvre") == "ma consoeur, oeuvre"


def test_rates_and_amounts_dictated_in_words_are_read_as_figures() -> None:
    """A dictated message (blind dev sets 212, 216, 220): the figure is read, the index keeps
    the words."""
    assert fold("jai soixante-cinq pour cent de FSE") == "j'ai 65 % de fse"
    assert fold("quatre-vingt-douze pour cent") == "92 %"
    assert fold("mille deux cent quarante euros") == "1240 euros"
    assert fold("quatre cent quatre-vingt-dix euros") == "490 euros"
    assert fold("vingt et un pour cent") == "21 %"
    assert fold("deux ou trois patients") == "deux ou trois patients"
    assert "soixante" in normalise("soixante-cinq pour cent")


def test_je_glued_to_a_verb_is_elided() -> None:
    """ "si jenvoie un msg" is « si j'envoie un message »; « janvier » or « juin » stay."""
    assert fold("si jenvoie un msg en janvier") == "si j'envoie un message en janvier"
    assert fold("jutilise weda depuis juin") == "j'utilise weda depuis juin"


def test_feminine_participles_stem_as_the_masculine() -> None:
    """Folded words lose the accent Snowball reads: « sécurisée » and « sécurisé » must still
    meet."""
    stems = FrenchStems()
    assert stems.words(["securisee", "securise", "securisees", "securises"]) == ["securis"] * 4
    assert stems.word("declaree") == stems.word("declare")
    assert stems.word("annee") == stems.word("annees")


@pytest.mark.parametrize(
    ("text", "sigle"),
    [
        ("Question d'un médecin : ApCV ça veut dire quoi ?", "ApCV"),
        ("(transmis par la CPAM) un médecin demande à quoi correspond le sigle PSE", "PSE"),
        # a sentence told before the question: the question's own sentence asks (blind set 150)
        ("la caisse me dit de voir le CIS pr ma donum. c qui le CIS ??", "CIS"),
    ],
)
def test_a_relayed_definition_is_a_definition(index: FaqIndex, text: str, sigle: str) -> None:
    """The framing of a relayed question (« (transmis par la CPAM) », « Question d'un
    médecin : ») and who asks name no term: the question still asks only what the term is."""
    ans = index.answer(text, today=dt.date(2026, 11, 30))
    assert ans.outcome == "definition" and ans.definition is not None
    assert ans.definition.sigle == sigle


def test_the_imperfect_of_avoir_is_no_word_of_the_rules(index: FaqIndex) -> None:
    """« j'avais » is not corrected to « avis » (d'arrêt de travail), nor « avait » to
    « avant »."""
    assert index.tokens("j'avais jusqu'à quand, il avait") == ["dat", "limit"]  # jusqu'à quand


@pytest.mark.parametrize(
    ("plain", "other"),
    [("honoraires", "horaires"), ("tarif", "tardifs"), ("contrat", "contact")],
)
def test_plain_words_are_not_corrected_into_the_faqs(
    index: FaqIndex, plain: str, other: str
) -> None:
    assert index.tokens(plain) != index.tokens(other)


def test_an_equals_sign_asks_a_definition(index: FaqIndex) -> None:
    """ "DSG ds le donum = ?" asks what the DSG is: its definition comes before the entry on
    the Donum's options that names it."""
    ans = index.answer("DSG ds le donum = ?", today=dt.date(2026, 11, 30))
    assert ans.definition is not None and ans.definition.sigle == "DSG"


@pytest.mark.parametrize(
    ("text", "sigle"),
    [("ApCV ??? vu ca dans mon releve amelipro", "ApCV"), ("DSG ?? jamais entendu parler", "DSG")],
)
def test_a_term_asked_alone_before_where_it_was_seen(
    index: FaqIndex, text: str, sigle: str
) -> None:
    """ "ApCV ??? vu ça dans mon relevé": the term is asked, the rest says where it was seen;
    its definition comes first (it was declined: too many words for a bare acronym)."""
    ans = index.answer(text, today=dt.date(2026, 11, 30))
    assert ans.definition is not None and ans.definition.sigle == sigle
    assert ans.outcome in ("definition", "answer")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Bonjour, je suis dentiste. C'est où sur amelipro ?", "C'est où sur amelipro ?"),
        (
            "(transmis par la CPAM) Médecin : « à combien je dois être ? »",
            "à combien je dois être ?",
        ),
        ("un médecin me demande ce qu'il faut remplir", "ce qu'il faut remplir"),
        ("le taux fse c'est combien ?", None),
        # the asker's preamble before a colon, not the topic ("Horaires … : un justificatif ?")
        (
            "Je suis CIS et je prépare une fiche : quelles sont les conditions du volet 1 ?",
            "quelles sont les conditions du volet 1 ?",
        ),
        ("Horaires affichés, forfait 2023 : je dois envoyer un justificatif ?", None),
    ],
)
def test_the_question_a_message_closes_on(text: str, asked: str | None) -> None:
    assert asked_part(text) == asked


def test_a_story_is_answered_by_the_question_it_closes_on(index: FaqIndex) -> None:
    """The story dilutes the words of the question; the question alone settles between the
    entries the whole found closest, for the story's profession."""
    text = (
        "Bonjour, je suis dentiste, ma secrétaire est en congé et je dois faire la saisie FAMI "
        "2024 moi-même. C'est où sur amelipro ?"
    )
    ans = index.answer(text, today=dt.date(2026, 11, 30))
    assert ans.matched and ans.profession == "chirurgien-dentiste"
    assert "Activités" in ans.hit.entry.reponse


def test_a_story_whose_best_entry_holds_a_verdict_is_not_settled_by_its_last_words(
    index: FaqIndex,
) -> None:
    """The whole finds the connector's entry best (its answer opens on « Un connecteur
    convient », no « Oui » to set aside); the closing question alone (« ça peut valider
    l'indicateur logiciel ? ») would take the Web DMP's « Non »."""
    text = (
        "Mon logiciel de cabinet dentaire n'est pas DMP compatible tout seul, mais on passe par "
        "un connecteur d'un autre éditeur. Ça peut valider l'indicateur logiciel du FAMI ?"
    )
    ans = index.answer(text, "chirurgien-dentiste", today=dt.date(2026, 11, 30))
    assert ans.matched and ans.hit.entry.id == "dmp_connecteur"


def test_two_students_the_same_year_are_sent_to_the_cpam() -> None:
    """The guide pays 350 € a year for a student, never per student: two students the same
    year is a question for the CPAM, not « 2 × 350 € »."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    rep = r.respond(
        "L'accueil de deux étudiants de 6e année la même année, c'est 2 x 350 € pour le dentiste ?",
        Session(chat_id=1),
    )
    assert "demandez à votre CPAM" in to_text(rep.message)


def test_the_options_rates_are_said_outside_the_socles_mean() -> None:
    """« La DSG, elle compte dans la moyenne du socle ? »: the entry on the mean says the
    CM AT-MP, DSG and SPE rates make an option instead."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    rep = r.respond("La DSG, elle compte dans la moyenne du socle ?", Session(chat_id=1))
    assert "ils forment une option" in to_text(rep.message)


def test_an_entry_on_an_indicator_the_years_rules_lack_says_the_scheme_ended() -> None:
    """« 2 étudiants en stage cette année, ça rapporte combien ? » on 1/12/2026: the Donum
    2026 has no such indicator, so the reply says it stopped with the forfait structure 2025
    (the entry on what the Donum drops, or the maître-de-stage one with the scheme's end)."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    rep = r.respond(
        "jai 2 etudiants en stage cette anee, ca me raporte combien ?",
        Session(chat_id=1, profession="medecin"),
    )
    assert rep.entry is not None
    assert rep.entry.id in ("volet2_maitre_de_stage", "donum_fin_volet2")
    text = to_text(rep.message)
    assert (
        "s'arrête à l'exercice 2025" in text or "s'arrêtent avec le forfait structure 2025" in text
    )


def test_a_scheme_asked_for_a_year_after_its_last_says_no_rules_yet() -> None:
    """« le FAMI 2027 ça existera encore ? »: no rules for 2027 and none replaces the FAMI;
    said first, with the CPAM to ask."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 3))
    rep = r.respond("le fami 2027 ca existera encore ?", Session(1, "chirurgien-dentiste"))
    assert to_text(rep.message).startswith(
        "ℹ️ Le FAMI n'a pas encore de règles pour l'exercice 2027 dans nos sources (dernier "
        "exercice couvert\u202f: 2026)\u202f; demandez à votre CPAM."
    )


def test_no_rules_for_the_year_is_the_answer_only_for_the_forfaits_year() -> None:
    """« FAMI 2022 le socle c'était combien ? »: no rules for that exercice is the answer
    (the CPAM to ask, then the questions on the exercices covered); « Apicrypt depuis 2015 »
    is a device's year, not the FAMI's: no such answer; nor « ma 2035 » (a tax form)."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 3))
    dentist = Session(1, "chirurgien-dentiste")
    rep = r.respond("FAMI 2022 le socle c'était combien pour nous les dentistes ?", dentist)
    text = to_text(rep.message)
    assert rep.outcome == "no_rules" and rep.confident
    assert text.startswith("ℹ️ Le FAMI commence à l'exercice 2023\u202f: rien pour l'exercice 2022")
    assert "Sur les exercices couverts\u202f:" in text and "pas de réponse sûre" not in text
    device = r.respond(
        "j'ai Apicrypt depuis 2015, ça suffit pour la messagerie sécurisée du FAMI ?", dentist
    )
    assert device.outcome != "no_rules"
    tax = r.respond("le forfait structure je le mets ou dans ma 2035 ?", Session(1, "medecin"))
    assert tax.outcome == "out_of_scope"


def test_an_open_question_with_words_the_faq_does_not_know_gets_no_entry(index: FaqIndex) -> None:
    """« comment changer un pneu crevé » shares « changer » (modifier) with an entry: no."""
    assert not index.answer("comment changer un pneu crevé").matched


@pytest.mark.parametrize(
    "text", ["en 2025 je les retrouve ?", "en 2026 ?", "en 2026 je le garde ?"]
)
def test_a_year_alone_is_no_subject(index: FaqIndex, text: str) -> None:
    """« en 2025 je les retrouve ? » shares only its year with an entry on 2025: unsure."""
    assert not index.answer(text, "medecin", today=dt.date(2026, 12, 4)).matched


def test_the_askers_own_title_is_no_missing_topic_word() -> None:
    """ "gynéco ici, …": the specialty the asker names (an alias of the professions registry)
    is neither a word the FAQ lacks nor one the entry should cover; the Donum's options answer
    (it was declined)."""
    ans = FaqResponder.from_knowledge(load()).index.answer(
        "gyneco ici, je fais toutes mes declarations de grossesse en ligne. ca compte pour quoi "
        "exactement dans la dotation numerique ?",
        today=dt.date(2026, 11, 30),
    )
    assert ans.matched and ans.hit is not None and ans.hit.entry.id == "donum_options"


def test_two_alternatives_get_the_facts_without_a_yes_or_no(index: FaqIndex) -> None:
    """ "en volet 1 ou en volet 2 en 2022 ?": « Non, à titre exceptionnel » answers neither
    alternative; the entry's facts do, without its opening verdict."""
    ans = index.answer(
        "la coordination c'était en volet 1 ou en volet 2 en 2022 ?", today=dt.date(2026, 11, 30)
    )
    assert ans.matched and ans.hit is not None
    assert not ans.hit.entry.reponse.startswith(("Oui", "Non"))


def test_whether_it_is_normal_gets_the_facts_without_a_yes_or_no(index: FaqIndex) -> None:
    """ "pas pré-rempli, c'est normal ?": the entry's « Non » answers « pré-rempli ? », not
    « normal ? »; its facts answer both."""
    ans = index.answer(
        "On a une BAL MSSanté commune à tout le cabinet dentaire (organisationnelle) et "
        "l'indicateur messagerie n'est pas pré-rempli dans amelipro. C'est normal ?",
        today=dt.date(2026, 11, 30),
    )
    assert ans.matched and ans.hit is not None
    assert ans.hit.entry.reponse.startswith("Une BAL organisationnelle")


def test_a_long_story_nothing_came_close_to_offers_its_closing_questions(
    index: FaqIndex,
) -> None:
    """A story whose whole matched nothing: the questions closest to the one it closes on
    are offered, not a bare « je ne sais pas »; a short closing one says too little."""
    text = (
        "Je travaille avec le service d'oncologie de l'hôpital voisin. En 2024 j'ai participé "
        "à trois réunions de concertation, avec un compte rendu à chaque fois. Je ne fais "
        "partie d'aucune structure. Est-ce que trois RCP suffisent pour l'indicateur "
        "coordination du FAMI 2024 ?"
    )
    ans = index.answer(text, "chirurgien-dentiste", today=dt.date(2026, 11, 30))
    assert not ans.matched and ans.outcome == "suggest" and ans.suggestions
    short = index.answer("Bonjour. Mon chien tousse depuis hier. C'est grave ?")
    assert short.outcome == "decline"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # something of the scheme asked: not what the scheme is
        ("c koi le socle de la donum ?", "donum_socle"),
        ("dotation numerique : le socle c'est quoi cote logiciel ??", "donum_socle"),
        # the scheme itself asked, with words around it
        ("c'est quoi le forfait structure en gros ?", "fs_definition"),
        ("c'est quoi la donum ?", "donum_definition"),
    ],
)
def test_what_a_scheme_is_answers_only_when_the_scheme_is_asked(text: str, entry: str) -> None:
    """« c koi le socle de la donum ? » got « Qu'est-ce que la dotation numérique ? »."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    rep = r.respond(text, Session(chat_id=1, profession="medecin"))
    assert rep.entry is not None and rep.entry.id == entry


def test_a_term_defined_in_a_schemes_context_is_not_the_scheme_defined() -> None:
    """Blind dev set 178: « messagerie mssanté c koi et ça sert à quoi pr le FAMI ? » got
    « Qu'est-ce que le FAMI ? »; the messaging is defined, then the entries about it."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    text = "messagrie securisée mssanté c koi et ça sert a quoi pr le FAMI ? je suis dentiste"
    rep = r.respond(text, Session(chat_id=1, profession="chirurgien-dentiste"))
    assert rep.entry is None or rep.entry.id != "fami_definition"
    assert "messagerie sécurisée de santé" in str(rep.message)
    deal = r.respond("alimentation dmp ds la donum 2026 c quoi le deal ?", Session(chat_id=1))
    assert deal.entry is None or deal.entry.id != "donum_definition"


def test_what_replaces_the_forfait_structure_names_no_indicator() -> None:
    """Blind dev set 180: « … remplacé par quoi et depuis quand » got the Ségur software's
    worth by year (« depuis » and « remplacé » named it through a FAQ phrasing)."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    text = "Le forfait structure n'existe plus ? c'est remplacé par quoi et depuis quand"
    rep = r.respond(text, Session(chat_id=1, profession="medecin"))
    assert rep.entry is not None and rep.entry.id == "fs_fin_2025_donum"
    assert "dotation numérique" in str(rep.message) and "Ségur avec MSSanté" not in str(rep.message)


def test_paying_for_something_is_buying_it() -> None:
    """« j'ai payé un abonnement de téléconsultation » bought something: no payment of the
    forfait asked (it got « Quand la dotation numérique sera-t-elle versée ? »)."""
    assert "achete un abonnement" in fold("j'ai payé un abonnement de téléconsultation")
    assert "paye le forfait" in fold("on m'a payé le forfait en juin")
    assert "paye le 15 juin" in fold("j'ai été payé le 15 juin")  # a payment received
    assert "paye un complement" in fold("on m'a payé un complément")


def test_a_patient_s_reimbursement_is_no_indicator_s_rate(index: FaqIndex) -> None:
    """« remboursée à 70 % ou à 100 % » is what a patient gets back: out of scope, not an FSE
    rate (blind set 152)."""
    text = (
        "Le Dr voudrait savoir si une téléconsultation facturée en FSE est remboursée à 70 % ou "
        "à 100 % pour un patient en ALD."
    )
    assert index.answer(text, today=dt.date(2026, 11, 30)).outcome == "out_of_scope"


def test_a_definition_then_why_it_is_asked_finds_the_term_s_entry(index: FaqIndex) -> None:
    """« donum c koi exactement ? j'en entends parler partout »: the sentence after says why,
    asks nothing; the entry on what the Donum is answers (blind set 153). « VSM c quoi ? ça
    fait partie du volet 2 oui ou non » asks more than the meaning."""
    today = dt.date(2026, 11, 30)
    ans = index.answer(
        "donum c koi exactement ? jen entends parler partout en ce moment", today=today
    )
    assert ans.matched and ans.hit is not None and ans.hit.entry.id == "donum_definition"
    both = index.answer("VSM c quoi ? ca fait partie du volet 2 du forfait structure oui ou non")
    assert not (both.matched and both.hit is not None and both.hit.entry.id == "vsm_definition")


def test_nothing_paid_despite_the_volet_2_asks_the_volet_1() -> None:
    """« 0 € de forfait structure 2023 alors qu'il fait le SAS, encadre des externes… comment
    c'est possible ? »: the volet 1 gates the volet 2 (it was declined)."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 3))
    text = (
        "Le Dr V. me dit qu'il a eu 0 € de forfait structure 2023 alors qu'il fait le SAS, qu'il "
        "encadre des externes et qu'il a payé sa solution de téléconsultation. Comment c'est "
        "possible ?"
    )
    rep = r.respond(text, Session(1, "medecin"))
    assert rep.entry is not None and rep.entry.id == "volet1_indicateur_manquant"


def test_a_right_asked_as_lost_drops_the_entrys_yes() -> None:
    """« je passe en secteur 2, je perds le droit au forfait structure ? »: the entry's « Oui »
    answers « est-il ouvert au secteur 2 ? », the contrary: the answer goes without it."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 3))
    text = (
        "Je passe du secteur 1 au secteur 2 au 1er juillet 2024. Est-ce que je perds le droit "
        "au forfait structure pour 2024 ?"
    )
    rep = r.respond(text, Session(1, "medecin"))
    assert rep.entry is not None and rep.entry.id == "perimetre_specialite_secteur"
    assert not rep.entry.reponse.startswith("Oui")
    assert "quels que soient sa spécialité et son secteur" in to_text(rep.message)


def test_a_loss_asked_of_an_entry_asking_whether_it_counts_drops_its_yes() -> None:
    """« perd-il le socle FAMI pour autant ? » (blind dev set 193): the entry's « Oui » answers
    « puis-je valider l'indicateur ? », the contrary: the answer goes without it."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 4))
    text = (
        "Question d'un chirurgien-dentiste collaborateur : il utilise la messagerie sécurisée "
        "du titulaire. Perd-il le socle FAMI pour autant ?"
    )
    rep = r.respond(text, Session(1, "chirurgien-dentiste"))
    assert rep.entry is not None and rep.entry.id == "messagerie_collaborateur"
    assert not rep.entry.reponse.startswith("Oui")
    assert "attestation du titulaire" in to_text(rep.message)


@pytest.mark.parametrize(
    "text",
    [
        "Un généraliste secteur 2 est persuadé que le forfait structure 2025 est réservé aux "
        "médecins secteur 1. Il y a droit ou pas ?",
        "Un psychiatre secteur 2 me dit qu'un confrère lui a affirmé que le forfait structure "
        "était réservé au secteur 1. Il y a droit ou pas ?",
    ],
)
def test_a_belief_told_is_not_what_is_asked(text: str) -> None:
    """« il est persuadé que c'est réservé au secteur 1. Il y a droit ? » (blind dev sets 190,
    196): « réservé » is the belief's, not the question's; the entry's « Oui » answers it."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 4))
    rep = r.respond(text, Session(1, "medecin"))
    assert rep.outcome == "answer"
    assert rep.entry is not None and rep.entry.id == "perimetre_specialite_secteur"


def test_an_entry_of_the_ended_scheme_says_it_has_ended() -> None:
    """« si je passe tout en ligne ce mois ci ça suffit pour le socle ? » (blind dev set 194)
    found the forfait structure's volet 1 entry in 2026: said after the note that the forfait
    structure has ended and the Donum replaces it."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 4))
    text = (
        "on est le 4 decembre, mes AAT sont pourris depuis janvier. si je passe tout en ligne "
        "ce mois ci ça suffit pour le socle ?"
    )
    rep = r.respond(text, Session(1, "medecin"))
    assert rep.entry is not None and rep.entry.id == "volet1_indicateur_manquant"
    assert to_text(rep.message).startswith("ℹ️ Le forfait structure s'arrête à l'exercice 2025")


def test_a_scheme_asked_after_its_end_drops_the_entrys_yes() -> None:
    """« je m'installe en janvier 2027 en secteur 2, j'aurai droit au forfait structure ? »:
    the scheme ends with 2025, said first; the entry's « Oui » (open to secteur 2) was of
    its years, not of 2027: the answer goes without it."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 3))
    text = "Je m'installe en janvier 2027 en secteur 2. J'aurai droit au forfait structure ?"
    rep = r.respond(text, Session(1, "medecin"))
    shown = to_text(rep.message)
    assert shown.startswith("ℹ️ Le forfait structure s'arrête à l'exercice 2025")
    assert rep.entry is not None and not rep.entry.reponse.startswith("Oui")


def test_an_indicator_kept_as_a_part_of_the_next_scheme_is_said_kept() -> None:
    """« ApCV ? » in 2026: the entry is the forfait structure's; the Donum keeps the ApCV
    inside one of its options (blind dev set 182), it must not be said gone."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 4))
    shown = to_text(r.respond("ApCV ?", Session(1, "medecin")).message)
    assert "n'en fait pas partie" not in shown
    assert (
        "« Usage de l'appli carte Vitale (ApCV) » y entre dans « Application carte Vitale et "
        "messagerie de Mon espace santé » : 20 points, soit 140 €" in shown.replace(NN, " ")
    )


def test_an_indicators_money_asked_by_its_sum_gets_the_stake() -> None:
    """« groupe qualité mais pas de cpts, j'ai les 100 balles de coordination du fami ? »: the
    entry says a groupe qualité does not count; the stake line says what the indicator pays
    (the entry gives no amount)."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 3))
    text = (
        "si je fais partie d'un groupe qualité mais pas de cpts, j'ai les 100 balles de "
        "coordination du fami ?"
    )
    shown = to_text(r.respond(text, Session(1, "chirurgien-dentiste")).message)
    assert "cet indicateur verse 100\u202f€" in shown


def test_the_dental_conventions_end_is_said_with_its_text() -> None:
    """Blind dev set 179: « la convention des chirurgiens-dentistes elle court jusqu'à quand ? »
    got the text the FAMI rests on, without its end (2028, from angiil.com)."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    text = "la convention des chirurgiens-dentistes, elle court jusqu'à quand ?"
    rep = r.respond(text, Session(chat_id=1, profession="chirurgien-dentiste"))
    assert "2028" in str(rep.message)


def test_whether_the_fami_goes_on_is_answered_by_its_convention() -> None:
    """Dev sets 150 and 163: « le FAMI ça existera encore en 2027 ? » got the old aids the FAMI
    replaced (« je touche encore l'aide SCOR ? »); it goes on under the dental convention."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 1))
    text = "le FAMI ca existera encore en 2027 ? je veux prendre un stagiaire"
    rep = r.respond(text, Session(chat_id=1, profession="chirurgien-dentiste"))
    assert rep.entry is not None and rep.entry.id == "fami_apres_donum"


def test_an_entry_on_the_indicator_named_wins_over_a_nearby_one() -> None:
    """« son taux de télétransmission mini c'est 70 %. Pour mon forfait structure 2025 c'est
    pareil ? » names the FSE rate: its entry (médecins 2/3, dentistes 70 %), not the
    téléservices' thresholds that the year 2025 ranks first (blind dev set 182)."""
    r = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 4))
    text = (
        "Ma collègue dentiste dit que son taux de télétransmission mini c'est 70%. Pour mon "
        "forfait structure 2025 à moi c'est pareil ?"
    )
    rep = r.respond(text, Session(1, "medecin"))
    assert rep.entry is not None and rep.entry.id == "taux_fse_medecin_vs_dentiste"


@pytest.mark.parametrize(
    "text",
    [
        "mes horaires sont a jour sur doctolib et sur google. ca valide les horaires du fami ?",
        "Pour le FAMI, afficher mes horaires sur Doctolib c'est pareil que l'annuaire santé ?",
    ],
)
def test_a_booking_site_beside_the_opening_hours_is_no_topic_of_its_own(text: str) -> None:
    """Doctolib named where the hours are (not in the Annuaire santé) asks of the hours
    indicator; it was declined as « l'agenda en ligne »."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 11, 30))
    reply = responder.respond(text, Session(chat_id=1, profession="chirurgien-dentiste"))
    assert reply.outcome != "out_of_scope"
    assert "annuaire" in to_text(reply.message).lower()


@pytest.mark.parametrize(
    "text",
    [
        "pour declarer le forfait structure 2023 je tombe sur une page ROSP sur amelipro, je suis "
        "au bon endroit ?",
        "pour le FAMI 2024 je vais dans quelle rubrique d'amelipro ? je trouve que le truc ROSP",
    ],
)
def test_the_rosp_page_of_amelipro_is_where_one_declares_not_a_topic(text: str) -> None:
    """amelipro's « Convention – ROSP » menu is where the indicators are declared: a page or
    a rubric named beside the ROSP was declined as the ROSP."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 11, 30))
    reply = responder.respond(text, Session(chat_id=1))
    assert reply.outcome != "out_of_scope"
    assert "Je ne couvre pas la ROSP" not in to_text(reply.message)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous reprenons la comptabilité d'un généraliste. Pour l'exercice 2019 du "
        "forfait structure, volet 1 et volet 2 au complet, ça faisait combien au maximum ?",
        "Beaucoup de mes patients sont a la MSA ou a la SNCF, et quelques uns a la CFE. Pour le "
        "taux de teletransmission du forfait, leurs FSE comptent ?",
    ],
)
def test_a_bookkeeper_or_the_patients_regimes_are_no_tax_question(text: str) -> None:
    """« nous reprenons la comptabilité … » says who asks; « la MSA, la SNCF, la CFE » are the
    patients' régimes (the Caisse des Français de l'étranger), not the cotisation foncière."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 11, 30))
    reply = responder.respond(text, Session(chat_id=1, profession="medecin"))
    assert "Je ne couvre pas les cotisations" not in to_text(reply.message)


@pytest.mark.parametrize(
    "text",
    [
        "le VSM il est pondéré par la patientèle de la ROSP c'est ça ?",
        "volet 2 du forfait structure 2023 : total des points et en € svp (pas la ROSP hein)",
        "c'était jusqu'à quand pour déclarer le forfait structure 2023 ? ma secrétaire confond "
        "avec la date de la ROSP",
        "Sur amelipro je vois que la ROSP, où est-ce que je déclare les indicateurs du forfait "
        "structure ?",
    ],
)
def test_the_rosp_named_beside_the_vsm_or_set_aside_is_no_topic(text: str) -> None:
    """The VSM's weighting by the ROSP's patientèle, « pas la ROSP », « confond avec la date de
    la ROSP », « je vois que la ROSP » on amelipro: each was declined as the ROSP."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 11, 30))
    reply = responder.respond(text, Session(chat_id=1, profession="medecin"))
    assert "Je ne couvre pas la ROSP" not in to_text(reply.message)


def test_a_sector_told_is_who_asks_not_the_optam_asked_about() -> None:
    """« gynéco en secteur 2 OPTAM » says who asks; « l'OPTAM-CO vaut-il le coup ? » asks the
    OPTAM, still declined."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 11, 30))
    session = Session(chat_id=1, profession="medecin")
    told = "je suis gynéco en secteur 2 OPTAM. Le forfait structure 2025 est versé quand ?"
    assert "Je ne couvre pas les autres forfaits" not in to_text(responder.reply(told, session))
    asked = "Je suis chirurgien en secteur 2, l'OPTAM-CO vaut-il le coup ?"
    assert responder.respond(asked, session).outcome == "out_of_scope"


def test_ticks_and_crosses_read_as_statuses() -> None:
    """Notes pasted with ✓ and ✗ (« DMP ✓ MSS ✗ le reste ✓ ») read as « ok » and « non »;
    a mark before the next item ends its item, as a comma would."""
    assert fold("DMP ✓ MSS ✗ le reste ✓") == "dmp ok, mss non, le reste ok"
    assert fold("volet 1 ✓✓✓✓, apcv ✅️") == "volet 1 ok, apcv ok"
    assert fold("tout ✓ sauf SAS ✗ et objets ✗") == "tout ok sauf sas non et objets non"


def test_a_list_of_ticks_is_a_story_told() -> None:
    """« FAMI 2025 : socle ✓ ; coordo ✗ ; aller vers ✓ ; étudiant ✗. total ? » → 790 €."""
    responder = FaqResponder.from_knowledge(load(), today=lambda: dt.date(2026, 12, 5))
    q = "FAMI 2025 : socle ✓ ; coordo ✗ (pas de CPTS chez moi) ; aller vers ✓ ; étudiant ✗. total ?"
    text = to_text(responder.reply(q, Session(0, "chirurgien-dentiste", None)))
    assert f"Total{NN}: 790{NN}€" in text
