"""VSM forfait: thresholds of guides 002/003 and the +20 % for structured VSM."""

import pytest

from calculators.vsm import vsm_amount
from knowledge import load


@pytest.mark.parametrize(
    ("ald", "structure", "eur", "eur_max"),
    [
        (49.9, 100, 0, 0),
        (50, None, 1500, 1500),
        (50, 33.4, 1800, 1800),
        (89.9, 10, 1500, 1500),
        (90, None, 3000, 3000),
        (95, 40, 3600, 3600),
        # exactly 1/3 structured: « au moins 1/3 » (003) gives the bonus, « plus d'1/3 » (002)
        # does not: the guaranteed amount leaves it out, the maximum counts it
        (100 / 3 * 3, 100 / 3, 3000, 3600),
    ],
)
def test_vsm_amounts(ald: float, structure: float | None, eur: float, eur_max: float) -> None:
    result = vsm_amount(load().vsm, ald, structure)
    assert (result.eur, result.eur_max) == (pytest.approx(eur), pytest.approx(eur_max))
    assert (result.ambiguite is not None) == (eur != eur_max)
    assert "pondération" in result.ponderation.lower() or "pondéré" in result.ponderation


def test_vsm_tension_is_explained() -> None:
    texts = " ".join(a.texte for a in load().vsm.avertissements)
    assert "au moins 1/3" in texts and "plus d'1/3" in texts


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("vsm: jai 40% de mes ald avec vsm, jai droit a qqch ?", "sous le premier seuil (50"),
        (
            "VSM : 92 % de mes patients ALD ont un VSM dans le DMP, dont plus d'un tiers en "
            "format structuré. Combien ?",
            "Montant\u202f: 3\u202f600\u202f€",
        ),
        # exactly a third structured: both readings of the guides
        ("VSM : 95 % de mes ALD, et pile 1/3 de VSM structurés, combien ?", "selon la lecture"),
        # the share after « ALD », the structured one beside « structuré »
        (
            "un VSM dans le DMP de presque tous mes ALD, j'estime à 93 %. Une bonne partie, 40 % "
            "à peu près, au format structuré. Combien rapportait ce forfait VSM ?",
            "Montant\u202f: 3\u202f600\u202f€",
        ),
        # two shares told over time: the latest decides, the earlier one and the guides'
        # periods are shown (when it is paid depends on when it was reached)
        (
            "VSM : fin 2023 j'étais à 40 % de mes ALD, j'ai rattrapé et au 30 juin 2024 "
            "j'étais à 60 %. J'ai droit à quelque chose et ça tombe quand ?",
            "Avant\u202f: 40\u202f% de la patientèle ALD\u202f: sous le premier seuil "
            "(50\u202f%).\n"
            "60\u202f% de la patientèle ALD\u202f: palier de 1\u202f500\u202f€.",
        ),
        # « 92 % et 40 % des VSM structurés »: the structured share is the one next to the
        # word, and it is the latest period's (the earlier VSM were not structured)
        (
            "VSM : fin 2023, 55 % de mes ALD (pas structurés). Mi-2024 monté à 92 % et 40 % des "
            "VSM structurés. Combien ?",
            "Avant\u202f: 55\u202f% de la patientèle ALD\u202f: palier de 1\u202f500\u202f€.\n"
            "92\u202f% de la patientèle ALD\u202f: palier de 3\u202f000\u202f€ majoré de 20",
        ),
        (
            "VSM : 55 % de mes ALD fin 2023, puis 92 % mi-2024 avec plus d'un tiers en format "
            "structuré.",
            "Montant\u202f: 3\u202f600\u202f€",
        ),
        ("VSM : 55 % de mes ALD en mars 2024, trop tard ?", "payés au 2e semestre 2024"),
        # named « synthèse médicale », « volets de synthèse », « forfait synthèse »
        (
            "Gros effort sur les volets de synthèse de mes ALD : fin 2023, 55 % avec la synthèse "
            "déposée dans le DMP. Pour ces synthèses je touche combien ?",
            "palier de 1\u202f500\u202f€",
        ),
        # the bonus quoted is no second share of the patientèle
        (
            "VSM alimenté pour 90 % de mes ALD et plus d'un tiers en format structuré : ça fait "
            "bien 3000 + 20 % = 3600 € ?",
            "Montant\u202f: 3\u202f600\u202f€.",
        ),
        # a day told, the amount asked and no date: the amount, not the payment period
        (
            "J'ai atteint 90 % de VSM dans le DMP de mes patients ALD au 30/06/2024, et plus d'un "
            "tiers sont structurés. Ça fait combien avant la pondération par la patientèle ?",
            "Montant\u202f: 3\u202f600\u202f€.",
        ),
    ],
)
def test_a_vsm_share_of_ones_own_is_computed(text: str, shown: str) -> None:
    from bot.text_render import to_text
    from bot.vsm_answers import vsm_reply

    msg = vsm_reply(load().vsm, text)
    assert msg is not None
    assert shown.replace("\u00a0", " ") in to_text(msg).replace("\u00a0", " ")


@pytest.mark.parametrize(
    "text",
    [
        "Combien touche-t-on si 90 % de ses patients en ALD ont un VSM dans le DMP ?",  # a table
        "la majoration de 20 % du VSM c'est a quelle condition ?",  # a published figure
        "pile 1/3 de mes VSM sont structurés, j'ai la majoration ?",  # no ALD share given
    ],
)
def test_published_figures_are_left_to_the_entries(text: str) -> None:
    from bot.vsm_answers import vsm_reply

    assert vsm_reply(load().vsm, text) is None


def test_the_faq_answers_a_vsm_share_with_the_calculator() -> None:
    """The reply computes the asker's share, then shows the nearest entry as context."""
    from bot.faq_replies import FaqResponder
    from bot.session import Session

    r = FaqResponder.from_knowledge(load())
    rep = r.respond(
        "j'ai mis le VSM dans le DMP pour 45 % de mes ALD, j'ai droit au forfait VSM ?",
        Session(chat_id=1),
    )
    assert rep.outcome == "rule" and rep.grounded is None
    assert rep.message is not None and "sous le premier seuil" in str(rep.message)


@pytest.mark.parametrize(
    ("text", "most"),
    [
        ("forfait VSM max avec la majoration, avant pondération par la patientèle ?", True),
        ("le forfait VSM c'est combien au maximum ?", True),
        ("j'ai 95 % de VSM, je touche le max ?", False),  # a share told: judged, not the most
        ("Le forfait VSM de 2023 il est compris dans les 8141 € max du forfait structure ?", False),
    ],
)
def test_the_vsm_most_is_the_top_tier_with_its_bonus(text: str, most: bool) -> None:
    from bot.text_render import to_text
    from bot.vsm_answers import vsm_reply

    reply = vsm_reply(load().vsm, text)
    shown = to_text(reply).replace("\u202f", " ") if reply is not None else ""
    assert ("Au plus 3 600 € : le palier de 3 000 € majoré de 20 %" in shown) == most


def test_an_amount_weighted_by_ones_patients_is_left_to_the_cpam() -> None:
    """« 480 patients médecin traitant et 95 % des ALD : combien exactement ? »: the tier's
    amount is a reference patientèle's; the asker's own is the CPAM's to tell."""
    from bot.faq_replies import FaqResponder
    from bot.session import Session
    from bot.text_render import to_text

    text = "J'ai 480 patients médecin traitant et 95 % des ALD avec VSM : ça me donne combien ?"
    rep = FaqResponder.from_knowledge(load()).respond(text, Session(chat_id=1))
    assert rep.message is not None
    shown = to_text(rep.message).replace("\u202f", " ").replace("\u00a0", " ")
    assert "3 000" in shown and "pour le vôtre, demandez à votre CPAM" in shown


def test_a_vsm_question_is_no_total_of_the_forfait_structure() -> None:
    """« VSM dans le DMP … le forfait VSM me donnait combien ? »: the VSM forfait is not one of
    the forfait structure's indicators, whose total would read 0 €."""
    from bot.faq_replies import FaqResponder
    from bot.session import Session

    r = FaqResponder.from_knowledge(load())
    text = "Fin 2023 j'avais un VSM dans le DMP pour environ 60 % de mes ALD, ça donnait combien ?"
    rep = r.respond(text, Session(chat_id=1, profession="medecin"))
    assert rep.message is not None and "Total estimé" not in str(rep.message)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Le forfait VSM existe encore pour 2025 ? J'ai 92 % de mes patients ALD avec un VSM.",
            "pour 2025",
        ),
        ("le forfait VSM, il continue avec la donum ?", "après cette date"),
    ],
)
def test_after_the_last_period_published_the_cpam_answers(text: str, asked: str) -> None:
    """No amount for a year the sources say nothing of: the periods, then the CPAM."""
    from bot.text_render import to_text
    from bot.vsm_answers import vsm_reply

    msg = vsm_reply(load().vsm, text)
    assert msg is not None
    shown = to_text(msg).replace("\u202f", " ")
    assert "s'arrêtent au 30/06/2024" in shown and "Montant" not in shown
    assert f"Rien dans nos sources sur ce forfait {asked} : demandez à votre CPAM." in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # after the last period published: too late, the CPAM for anything after
        (
            "J'ai atteint les 90 % de VSM le 2 juillet 2024. Trop tard pour le forfait VSM ?",
            "Oui, trop tard\u202f: le 02/07/2024, c'est après le 30/06/2024",
        ),
        # a month told is said as such, with the period it falls in
        (
            "vsm 90% atteint en avril 2024 seulement, j'ai été payé qd en principe ?",
            "Versement au 2e semestre 2024 (objectifs atteints du 01/01/2024 au 30/06/2024",
        ),
        # not reached by a day: the next period
        (
            "VSM : mes objectifs n'étaient pas atteints au 31/12/2023. C'était foutu ?",
            "Pas atteints au 31/12/2023\u202f: la période suivante compte encore.",
        ),
        # a day in two sources' periods: both, and the CPAM
        (
            "j'ai atteint 50 % de VSM le 15 mars 2023, payé quand ?",
            "Les textes diffèrent\u202f: demandez à votre CPAM lequel s'applique.",
        ),
    ],
)
def test_vsm_objectives_reached_on_a_day_are_paid_per_period(text: str, said: str) -> None:
    """The periods of the guides are dates (`versements`): a day told is set against them."""
    from bot.text_render import to_text
    from bot.vsm_answers import vsm_reply

    reply = vsm_reply(load().vsm, text)
    assert reply is not None and said in to_text(reply)
