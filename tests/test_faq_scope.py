"""Who is asking, for which year, with which figure: read from the words of a question."""

import datetime as dt

import pytest

from bot.faq_text import fold, normalise
from bot.question_scope import asks_open, asks_own_rate, detect, own_figure

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c koi le forfait structure", "c'est quoi le forfait structure"),
        ("jai pas de messagerie", "j'ai pas de messagerie"),
        ("pb pr declarer ds amelipro", "probleme pour declarer dans amelipro"),
        ("Qd est versé le FAMI ?", "quand est verse le fami ?"),
    ],
)
def test_sms_forms_are_spelled_out(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_normalise_still_drops_elisions_and_punctuation() -> None:
    assert normalise("C’est quoi l'ApCV, 85 % ?") == "est quoi apcv 85 pourcent"


@pytest.mark.parametrize(
    ("text", "profession", "other"),
    [
        ("je suis dentiste, le forfait structure c pour moi ?", "chirurgien-dentiste", None),
        ("généraliste secteur 2", "medecin", None),
        ("fami 2024 date limite", "chirurgien-dentiste", None),  # the scheme says who
        (
            "je suis kiné, est-ce que j'ai droit au forfait structure ?",
            None,
            "les masseurs-kinésithérapeutes",
        ),
        ("Infirmière libérale : le FAMI ?", None, "les infirmiers"),
        ("je suis sage-femme", None, "les sages-femmes"),
        ("pharmacien, une aide ?", None, "les pharmaciens"),
        ("j'emploie une infirmière, ça valide les services aux patients ?", None, None),
        ("je travaille avec un kiné en MSP", None, None),
    ],
)
def test_professions(text: str, profession: str | None, other: str | None) -> None:
    scope = detect(text, TODAY)
    assert scope.profession == profession
    assert scope.autre_profession == other


@pytest.mark.parametrize(
    ("text", "exercice"),
    [
        ("les dates du FS 2023", 2023),
        ("fami 24 c'est quand ?", 2024),
        ("le forfait de l'an dernier", 2025),
        ("l'année dernière j'avais tout", 2025),
        ("j'ai pas de flux dmp cette année", 2026),
        ("l'an prochain ça change ?", 2027),
        ("le guide 2023 parle du 31/12/2022", 2023),  # a date's year is not the exercice
        ("70 % de FSE", None),
    ],
)
def test_years(text: str, exercice: int | None) -> None:
    assert detect(text, TODAY).exercice == exercice


def test_relative_years_need_today() -> None:
    assert detect("l'an dernier", None).exercice is None


def test_figures() -> None:
    [rate] = detect("mon taux fse est de 69,8% je touche rien ?").valeurs
    assert (rate.kind, rate.value) == ("taux", 69.8)
    [third] = detect("si je suis pile a 2/3 de FSE c bon ?").valeurs
    assert third.value == pytest.approx(66.67)
    [count] = detect("j'ai fait 2 interventions en ehpad").valeurs
    assert (count.kind, count.value, count.objet) == ("nombre", 2.0, "interventions")
    assert detect("en 2024, le 31/12").valeurs == []


def test_a_published_target_is_not_the_askers_own_figure() -> None:
    targets = frozenset({66.666667, 70.0})
    assert not own_figure(fold("2/3 ou 70 % de télétransmission ?"), targets)
    assert own_figure(fold("j'ai 68 % de fse"), targets)
    assert own_figure(fold("pile à 2/3 c'est bon ?"), targets)  # "pile": the asker's case
    assert asks_own_rate(fold("mon taux est de 69,8 %"), targets)
    assert not asks_own_rate(fold("j'ai fait 2 interventions"), targets)


@pytest.mark.parametrize(
    ("text", "open_question"),
    [
        ("Où je déclare mes indicateurs ?", True),
        ("c'est quand la date limite", True),
        ("volet 1 en 2022 c'était quoi les indicateurs", True),
        ("le web dmp ça suffit ?", False),
        ("je touche quand même le fami ?", False),
        ("2/3 ou 70 % ?", False),  # "ou", not "où"
    ],
)
def test_open_or_yes_no_question(text: str, open_question: bool) -> None:
    assert asks_open(text) is open_question
