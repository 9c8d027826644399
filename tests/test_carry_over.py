"""Answers carried from a finished exercice to the one that follows: by id within a family,
by the data's `correspondances:` between families, never by guess."""

from __future__ import annotations

from calculators import estimate
from calculators.carry_over import carry_over
from calculators.values import UNKNOWN_VALUE
from knowledge import load

KB = load()
FS_2025 = KB.dispositif("medecin", "2025")
DONUM_2026 = KB.dispositif("medecin", "2026")
FAMI_2025 = KB.dispositif("chirurgien-dentiste", "2025")
FAMI_2026 = KB.dispositif("chirurgien-dentiste", "2026")


def test_the_forfait_structure_answers_the_donum_only_where_the_data_says() -> None:
    answers = {
        "logiciel_segur_lap": True,
        "cdc_sesam_vitale": True,
        "taux_teletransmission": 92.0,
        "teleservices": {"dmt": 95.0, "pse": 90.0, "aat": 80.0, "cm_atmp": 40.0, "spe": 10.0},
        "sas": True,
        "prise_en_charge_coordonnee": True,
        "apcv": 3.0,
    }
    carried = carry_over(FS_2025, DONUM_2026, answers)
    assert carried.answers == {
        "equipement_logiciel": True,
        "services_en_ligne": {"fse": 92.0, "dmt": 95.0, "pse": 90.0, "aat": 80.0},
        "teleservices_cm_dsg_spe": {"cm_atmp": 40.0, "spe": 10.0},
        "apcv_messagerie": {"apcv": 3.0},
    }
    assert carried.reprises == [
        "equipement_logiciel",
        "services_en_ligne",
        "teleservices_cm_dsg_spe",
        "apcv_messagerie",
    ]
    assert carried.a_redonner == ["dmp_ordonnances"]
    est = estimate(DONUM_2026, carried.answers)
    assert est.socle_atteint is True  # mean 89.25 % ≥ 60 %
    assert not any("SAS" in r.libelle or "coordonn" in r.libelle for r in est.indicateurs)


def test_one_missing_piece_of_equipment_fails_the_donum_equipment() -> None:
    carried = carry_over(FS_2025, DONUM_2026, {"logiciel_segur_lap": False})
    assert carried.answers == {"equipement_logiciel": False}
    half = carry_over(FS_2025, DONUM_2026, {"logiciel_segur_lap": True})
    assert "equipement_logiciel" not in half.answers, "SESAM-Vitale still unknown"


def test_answers_of_another_kind_or_unknown_are_not_carried() -> None:
    answers = {
        "taux_teletransmission": True,  # "objectif atteint" (> 2/3) is not a rate for a mean
        "cdc_sesam_vitale": UNKNOWN_VALUE,
        "logiciel_segur_lap": True,
        "teleservices": True,
    }
    carried = carry_over(FS_2025, DONUM_2026, answers)
    assert carried.answers == {} and carried.reprises == []


def test_within_a_family_the_same_indicator_is_the_same_question() -> None:
    answers = {
        "logiciel_dmp": False,
        "taux_teletransmission": 85.0,
        "accueil_etudiant": UNKNOWN_VALUE,
        "aller_vers_interventions": 4.0,
    }
    carried = carry_over(FAMI_2025, FAMI_2026, answers)
    assert carried.answers == {
        "logiciel_dmp": False,
        "taux_teletransmission": 85.0,
        "aller_vers_interventions": 4.0,
    }
    assert "accueil_etudiant" in carried.a_redonner
    full = {i.id: True for i in FAMI_2025.indicateurs}
    same = carry_over(FAMI_2025, FAMI_2026, full)
    assert same.a_redonner == []
    assert estimate(FAMI_2026, same.answers).total_eur == estimate(FAMI_2025, full).total_eur


def test_nothing_carries_from_a_family_the_data_does_not_name() -> None:
    carried = carry_over(FAMI_2025, DONUM_2026, {"logiciel_dmp": True})
    assert carried.answers == {} and len(carried.a_redonner) == len(DONUM_2026.indicateurs)
