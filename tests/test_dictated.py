"""Lists dictated without punctuation (blind dev sets 216, 220): commas between items, never
inside an item's own status or a verb's object."""

from __future__ import annotations

import pytest

from bot.dictated import bullets_joined, punctuated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "forfait structure 2025 volet un ok dmp ok sas non maitre de stage oui total ?",
            "forfait structure 2025 volet un ok, dmp ok, sas non, maitre de stage oui, total ?",
        ),
        (
            "fami 2024 jai le socle la coordination et les interventions aller vers pas detudiant "
            "ca fait combien",
            "fami 2024 jai le socle, la coordination et les interventions aller vers, pas "
            "detudiant ca fait combien",
        ),
        # each sentence on its own: a comma in another one leaves this one dictated
        (
            "pour 2025 : lui volet 1 ok + cpts, rien dautre. moi socle ok + 3 interv en ehpad pas "
            "de cpts. ca fait cb chacun ?",
            "pour 2025 : lui volet 1 ok + cpts, rien dautre. moi socle ok + 3 interv en ehpad, pas "
            "de cpts. ca fait cb chacun ?",
        ),
    ],
)
def test_items_are_parted(text: str, expected: str) -> None:
    assert punctuated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb and its object
        "Est-ce que je peux toucher les 300 € même si je n'ai pas validé le socle du FAMI ?",
        "si on fait la visio avec un outil gratuit ça valide pas l'indicateur vidéotransmission",
        "son logiciel de facturation n'a pas été mis à jour vers l'addendum 8 avant la fin 2024",
        # an item's own status, a « non » with its participle
        "aller vers fami payé mm si socle pas atteint en 2025 ?",
        "Inscrit au SAS avec 3 heures de créneaux ouverts aux patients non suivis en 2025 combien",
        # punctuated already, or short
        "socle ok, dmp ok sas non maitre de stage oui",
        "dmp ok sas non ?",
    ],
)
def test_what_is_no_dictated_list_is_unchanged(text: str) -> None:
    assert punctuated(text) == text


def test_bulleted_case_is_joined() -> None:
    text = "Exercice 2023 :\n- volet 1 atteint\n- CPTS\n• codage des données\nQuel montant ?"
    assert bullets_joined(text) == (
        "Exercice 2023 :\nvolet 1 atteint ;\nCPTS ;\ncodage des données.\nQuel montant ?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "- seuil du DMP ?\n- date limite ?",  # questions listed: each is one
        "socle ok - CPTS - combien ?",  # dashes within a line
        "- volet 1 ok\nCombien ?",  # one line only
    ],
)
def test_no_bulleted_case_is_unchanged(text: str) -> None:
    assert bullets_joined(text) == text
