"""A message about several practitioners is read for the one its question names."""

from __future__ import annotations

import pytest

from bot.question_person import one_person, others_aside


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Le Dr Fabre est à 81 % de FSE, le Dr Morel seulement 64 % sur 2025. Pour le "
            "forfait structure 2025, le Dr Morel valide la télétransmission ?",
            "64 %",
            "81 %",
        ),
        (  # a clause not opening on a name is of the last one named at a clause's start
            "Dr Lefort : socle validé, DMP 35 %. Dr Paris : socle validé aussi mais seulement "
            "15 % de DMP. Pour le Dr Lefort, le bloc DMP rapporte combien en 2026 ?",
            "DMP 35 %",
            "15 %",
        ),
        (  # a name inside a clause is not whom it is about; « les deux » is told of both
            "La Dr Leclerc a repris le cabinet du Dr Gautier. Tous les critères sont ok pour "
            "les deux. Le Dr Gautier, lui, télétransmettait depuis des années. Pour la Dr "
            "Leclerc, le taux démarre quand ?",
            "ok pour les deux",
            "télétransmettait",
        ),
        (  # someone else unnamed: « son associé »
            "Le Dr Aubin a validé le volet 1 en 2023 et le SAS. Son associé a validé bien plus "
            "de choses. Ça fait combien pour le Dr Aubin en 2023 ?",
            "le SAS",
            "bien plus",
        ),
        (  # two first names: « Dr Marie Olivier » is Dr Olivier
            "Fwd: Dr Marie Olivier : « socle ok ». Son associé le Dr Rivière n'a pas mis à jour "
            "son logiciel. Pour la Dr Olivier, le socle rapporte combien ?",
            "socle ok",
            "Rivière",
        ),
    ],
)
def test_the_story_is_the_one_asked_about(text: str, kept: str, dropped: str) -> None:
    read = one_person(text)
    assert kept in read and dropped not in read
    assert read.endswith("?")


def test_a_message_about_one_practitioner_is_unchanged() -> None:
    text = "Le Dr Morel est à 64 % de FSE en 2025. Le Dr Morel valide la télétransmission ?"
    assert one_person(text) == text


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (  # another's case told beside the asker's: set aside, and what follows of them
            "Pour le VSM : 60 % de ma patientèle ALD a un VSM dans le DMP. Mon associée a 95 % "
            "mais rien de structuré. Elle pense toucher moins. Combien pour moi ?",
            ["95 %"],
        ),
        (
            "FAMI 2024 : j'ai le socle, la CPTS, 4 interventions en école. Ma consœur qui a "
            "accueilli une étudiante de 6e année a eu plus que moi. Combien pour 2024 ?",
            ["étudiante"],
        ),
        (  # hearsay on the rules, when the question asks what the asker's case pays
            "Exercice 2023 : volet 1 ok, ApCV. Je participe à des réunions pluripro. Mon "
            "remplaçant me dit que ces réunions ça compte pas pour la coordination. Combien pr "
            "2023 ?",
            ["remplaçant"],
        ),
        (  # the item told of the other and denied of the asker, the case in the question
            "mon assoc a le sas mais pas moi. jai le volet 1 + msp en 2025, ca fait cb ?",
            ["sas"],
        ),
    ],
)
def test_others_case_set_aside(text: str, dropped: list[str]) -> None:
    kept = others_aside(text)
    assert kept != text and kept.endswith("?")
    assert not any(d in kept for d in dropped)


@pytest.mark.parametrize(
    "text",
    [
        # the question is about the other one, or the two set side by side
        "Mon associé a touché 8 141 € pour 2023. J'ai le même logiciel. Comment il y arrive ?",
        "Ma consoeur a eu 1 240 € de FAMI et moi 890. On a le même matériel. Il me manque quoi ?",
        "Mon collègue a eu son volet 1 2023 avec Ségur en janvier. Moi je l'ai installé en "
        "février. C'est mort pour mon volet 1 2023 ?",
        # their case passed on, a claim told, no item of theirs
        "Une consœur me transmet : socle validé et CPTS. 3 interventions. Quel total ?",
        "FS 2023 : volet 1 ok. Mon associé dit que le SAS compte. C'est vrai pour moi ?",
        "J'ai tout déclaré en retard. Ma remplaçante gérait le cabinet. Quelle date limite ?",
        "Un collègue m'a transféré un brouillon : socle à 280 points. Si je remplis tout, "
        "ça ferait combien ?",
        # hearsay the question checks, or a maximum asked
        "Je suis dentiste. Un ami médecin m'a dit que les 2/3 de FSE suffisent. J'en suis à "
        "68 %, je suis tranquille ?",
        "En 2022 j'ai reçu 7 900 €. Une amie dit qu'on pouvait monter bien au-delà avec le "
        "SAS. C'était combien au maximum ?",
    ],
)
def test_others_case_kept(text: str) -> None:
    assert others_aside(text) == text
