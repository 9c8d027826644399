"""The kind of answer a question asks, and the FAQ entries that answer another kind."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from bot.faq import Hit
from bot.faq_intent import _PATTERNS, INTENTS, beside, intents, of_entry
from bot.faq_replies import FaqResponder
from bot.session import Session
from knowledge import load
from knowledge.schema import FaqEntree


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cb ça paye la messagerie ?", {"montant"}),
        ("combien de RCP par an ?", {"nombre"}),
        ("combien de points pour l'ApCV ?", {"montant"}),
        ("qd tombe le virement ?", {"date"}),
        ("jusqu'à quand je peux déclarer ?", {"date"}),
        ("où je trouve mes indicateurs ?", {"comment"}),
        ("ou je declare ça", {"comment"}),
        ("les horaires faut les mettre ou ?", {"comment"}),
        ("DMP en 2025 il faut combien de % pour avoir les points", {"seuil"}),
        ("koman on déclare le SAS ?", {"comment"}),
        ("à qui je m'adresse pour mon logiciel ?", {"qui"}),
        ("c koi le volet 3", {"definition"}),
        ("c'est quoi le seuil du DMP ?", {"seuil"}),
        ("c quoi la valeur du point forfait structure", {"montant"}),
        ("c quoi le chemin sur amelipro pour declarer les indicateurs ?", {"comment"}),  # a way
        ("la période de versement c'est quoi ?", {"date"}),
        ("pk j'ai rien touché ?", {"pourquoi"}),
        ("quels indicateurs sont automatiques ?", {"quoi"}),
        ("faut-il un logiciel Ségur ?", {"oui_non"}),
        ("Quand je coche la case, je m'engage à quoi ?", {"quoi"}),
        ("J'ai dépassé la date limite : puis-je encore déclarer ?", {"oui_non"}),
        ("Comment le volet 2 a-t-il évolué ?", {"oui_non"}),
        ("la Donum, comment elle se décompose ?", {"oui_non"}),  # its figures, no way to do
        ("changé de logiciel en 2025, qu'est ce que je dois faire ?", {"comment"}),
        ("forfait structure", set()),
        # "combien" of a rate is a target too; of points, an amount only
        ("en 2022 il fallait cb de % d'echanges via la messagerie ?", {"seuil"}),
        ("la moyenne du socle passe à combien en 2028 ?", {"montant", "seuil"}),
        ("le taux de FSE rapporte combien de points ?", {"montant"}),
        # "c'est quoi le maximum" asks an amount; "quel service d'amelipro" is no "who"
        ("c'est quoi le maximum du forfait structure 2023 ?", {"montant"}),
        ("la saisie fami se fait dans quel service d'amelipro", {"quoi"}),
        # what something must have, not what it is
        ("qu'est-ce que le logiciel doit avoir pour le socle ?", {"quoi"}),
        ("qu'est-ce que le DMP ?", {"definition"}),
        # "jusqu'au combien" asks a day, not an amount
        ("la saisie FAMI 2025 c'etait jusqu'au combien ?", {"date"}),
        ("la déclaration c'était du combien au combien ?", {"date"}),
        ("ça monte au combien ?", {"montant"}),
    ],
)
def test_intents(question: str, expected: set[str]) -> None:
    assert intents(question) == expected


def test_every_intent_is_the_schemas() -> None:
    assert {name for name, _ in _PATTERNS} <= INTENTS


def test_beside() -> None:
    assert beside(frozenset({"comment"}), frozenset({"montant"}))
    assert not beside(frozenset({"seuil"}), frozenset({"montant", "seuil"}))
    assert not beside(frozenset({"date"}), frozenset({"quoi"}))  # weak: not judged
    assert not beside(frozenset({"oui_non"}), frozenset({"montant"}))
    assert not beside(frozenset({"definition"}), frozenset({"qui"}))


def test_entry_intents_come_from_their_question_or_the_override() -> None:
    kb = load()
    by_id = {e.id: e for e in kb.faq}
    assert of_entry(by_id["paiement_forfait_structure"]) == {"date"}
    assert of_entry(by_id["declaration_chemin_amelipro_medecin"]) == {"comment"}
    assert of_entry(by_id["messagerie_mes_2023"]) == {"montant", "seuil"}  # override


def test_the_override_is_validated() -> None:
    e = load().faq[0].model_dump()
    with pytest.raises(ValidationError):
        FaqEntree.model_validate({**e, "intentions": ["combien"]})


@pytest.fixture(scope="module")
def responder() -> FaqResponder:
    return FaqResponder.from_knowledge(load(), lambda: dt.date(2026, 11, 30))


def test_an_entry_that_says_it_answers_the_kind_asked_answers(responder: FaqResponder) -> None:
    """ "Comment déclarer…" is answered by the student's entry since it says (its intentions)
    that it tells how to declare, « chaque année … attestation »; before, it was only
    offered among the closest questions (migrated with the intentions given in cce40bd)."""
    q = "comment on déclare l'accueil d'un étudiant au FAMI ?"
    rep = responder.respond(q, Session(0, None, None))
    assert rep.outcome == "answer" and rep.entry is not None
    assert rep.entry.id == "fami_accueil_etudiant"


def test_the_close_entry_of_the_kind_asked_is_preferred(responder: FaqResponder) -> None:
    index = responder.index
    amount = Hit(index.by_id["fami_coordination_montant"], 5.0, 0, 0, 0)
    how = Hit(index.by_id["coordination_fami_declaration"], 4.8, 0, 0, 0)
    far = Hit(index.by_id["coordination_fami_declaration"], 4.0, 0, 0, 0)
    other = Hit(index.by_id["messagerie_non_preremplie"], 4.9, 0, 0, 0)  # another indicator
    asked = frozenset({"comment"})
    assert index._by_intent(asked, [amount, how]) == ([how, amount], None)
    assert index._by_intent(asked, [amount, far]) == ([amount, far], "intention")
    assert index._by_intent(frozenset({"montant"}), [amount, how]) == ([amount, how], None)
    assert other.entry.indicateurs and not set(other.entry.indicateurs) & set(
        amount.entry.indicateurs
    )
    assert index._by_intent(asked, [amount, other])[1] == "intention"
