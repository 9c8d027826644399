"""Ranges where the texts disagree or are silent (issue 10, item 3): the loader refuses a
badly stated ambiguity, `estimate` shows both readings with their sources, the chat survives
the « ambigu » statut, and the FSE period shown is the one the counted acts cover."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from knowledge_copy import copy_knowledge, refused
from test_engine_flow import Chat

from bot.actions import ShowResult
from bot.cli import main
from bot.engine import Engine
from bot.events import Command
from bot.session import Session
from calculators import ProfileError, estimate, read_profile
from knowledge import load

FAMI = "familles/fami_chirurgien_dentiste.yaml"
FS = "familles/forfait_structure.yaml"


# ---- the loader refuses an ambiguity it could not compute ---------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_knowledge(tmp_path)


def test_a_reading_cites_a_known_source(tree: Path) -> None:
    message = refused(
        tree, FAMI, '- guide_fami_2024: "1.1.1 Description de l\'indicateur (A noter)"', "- cnam"
    )
    assert FAMI in message and "ambiguite.lectures.0.sources.0" in message
    assert "source inconnue « cnam » (absente de sources.yaml)" in message


def test_the_readings_of_a_target_include_its_own_operator(tree: Path) -> None:
    message = refused(
        tree,
        FS,
        '        - operateur: ">"\n          texte: "« Taux de FSE',
        '        - operateur: ">="\n          texte: "« Taux de FSE',
    )
    assert ".cible » (exercice 2024)" in message
    assert "les deux lectures donnent deux opérateurs, dont celui de la cible" in message


def test_a_reading_of_an_answer_says_whether_it_is_met(tree: Path) -> None:
    message = refused(tree, FAMI, "          - reponse: false\n", "          - operateur: '>'\n")
    assert "ambiguïté dmp_sans_flux : chaque lecture d'un chemin de réponse" in message


def test_an_ambiguous_answer_names_its_readings(tree: Path) -> None:
    message = refused(
        tree,
        FAMI,
        '        reponse: false\n        raison: "Le Web DMP',
        '        reponse: ambigu\n        raison: "Le Web DMP',
    )
    assert ".resultat » (exercice 2023)" in message
    assert "un résultat « ambigu » donne son ambiguïté" in message


def test_a_group_reading_names_an_optional_indicator_of_the_group(tree: Path) -> None:
    message = refused(tree, FS, "sans: prise_en_charge_coordonnee", "sans: horaires_annuaire")
    assert "(exercice 2022)" in message
    assert "« sans: horaires_annuaire » doit nommer un indicateur facultatif" in message


def test_a_group_reading_includes_the_group_value(tree: Path) -> None:
    message = refused(tree, FS, "      - points: 400\n", "      - points: 380\n")
    assert "dont celui du groupe" in message


# ---- the FSE period shown is the period the counted acts cover -----------------------------


def _fse(exercice: int, counts: dict) -> tuple[str, float]:
    d, answers = read_profile(
        load(),
        {
            "profession": "chirurgien-dentiste",
            "exercice": exercice,
            "indicateurs": {"taux_teletransmission": counts},
        },
    )
    est = estimate(d, answers)
    trace = next(t for t in est.explication.indicateurs if t.id == "taux_teletransmission")
    result = next(r for r in est.indicateurs if r.id == "taux_teletransmission")
    assert trace.calcul and trace.calcul in result.raison  # the result says what the trace says
    return trace.calcul, trace.valeur_retenue or 0.0


def test_fse_period_is_the_one_the_counts_cover() -> None:
    counts = {"actes_fse": 700, "actes_total": 1050, "actes_exclus": 50}
    text, rate = _fse(2024, {**counts, "premiere_fse": dt.date(2024, 5, 12)})
    assert rate == 70.0
    assert "700 FSE sur 1\u202f000 actes pris en compte" in text  # the exclusions left out
    assert "sur vos actes du 01/06/2024 au 31/12/2024" in text
    assert "mois qui suit votre première FSE du 12/05/2024" in text
    text, _ = _fse(2024, counts)  # télétransmitted the year before: the whole year
    assert "du 01/01/2024 au 31/12/2024" in text and "première FSE" not in text
    text, _ = _fse(2024, {**counts, "premiere_fse": dt.date(2023, 9, 1)})
    assert "du 01/01/2024 au 31/12/2024" in text
    text, _ = _fse(2024, {**counts, "premiere_fse": dt.date(2024, 12, 3)})
    assert "du 01/12/2024 au 31/12/2024" in text  # a December start keeps December


def test_a_first_fse_after_the_exercice_is_refused() -> None:
    with pytest.raises(ProfileError, match="première FSE après le 31/12/2024"):
        _fse(2024, {"actes_fse": 0, "actes_total": 10, "premiere_fse": dt.date(2025, 1, 2)})


# ---- estimate: the range, both readings and their sources ------------------------------------


def _profile(tmp_path: Path, text: str) -> str:
    path = tmp_path / "profil.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


DENTIST = (
    "profession: chirurgien-dentiste\nexercice: 2024\nindicateurs:\n"
    "  logiciel_dmp: compatible_sans_flux\n  cdc_sesam_vitale: oui\n  horaires_annuaire: oui\n"
    "  taux_teletransmission: 82\n  messagerie_securisee: oui\n"
    "  prise_en_charge_coordonnee: oui\n  aller_vers_interventions: 3\n  accueil_etudiant: oui\n"
)


def test_json_gives_the_range_and_each_reading_with_its_source_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["estimate", _profile(tmp_path, DENTIST), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["min_eur"], data["max_eur"]) == (650, 1240)
    assert (data["total_eur"], data["total_eur_max"]) == (650, 1240)  # unchanged keys
    (ambiguity,) = data["ambiguites"]
    assert ambiguity["id"] == "dmp_sans_flux" and ambiguity["indicateur"] == "logiciel_dmp"
    assert ambiguity["eur"] == 590
    assert [r["sources"] for r in ambiguity["lectures"]] == [["guide_fami_2024"]] * 2
    assert "1.1.1" in ambiguity["lectures"][0]["citations"][0]
    assert "1.1.2" in ambiguity["lectures"][1]["citations"][0]
    statut = next(i["statut"] for i in data["indicateurs"] if i["id"] == "logiciel_dmp")
    assert statut == "ambigu"
    trace = next(t for t in data["explication"]["indicateurs"] if t["id"] == "logiciel_dmp")
    assert trace["ambiguite"]["id"] == "dmp_sans_flux"


def test_text_and_explain_show_the_range_and_both_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = _profile(
        tmp_path,
        "profession: medecin\nexercice: 2022\nindicateurs:\n  logiciel_lap_dmp: oui\n"
        "  messagerie_securisee: oui\n  cdc_sesam_vitale: oui\n  taux_teletransmission: 70\n"
        "  horaires_annuaire: oui\n  prise_en_charge_coordonnee: non\n"
        "vsm: {taux_ald: 95, taux_structure: '1/3'}\n",
    )
    assert main(["estimate", profile, "--explain"]) == 0
    out = capsys.readouterr().out.replace("\u202f", " ")
    assert "⚖️ Implication dans la prise en charge coordonnée" in out
    assert "deux lectures des textes" in out
    assert "Forfait VSM : entre 3 000 € et 3 600 €." in out
    summary = out[out.index("Fourchette, forfait VSM compris") : out.index("Pourquoi ce résultat")]
    assert "de 4 960 € à 13 295 €" in summary  # 280 points + 3 000 €; 9 695 € + 3 600 €
    assert "(840 € en jeu)" in summary and "(600 € en jeu)" in summary
    assert (
        "Assurance Maladie, Implication dans des démarches de prise en charge coordonnée" in summary
    )
    assert "forfait structure, Forfait structure : une aide financière" in summary
    assert "ameli.fr, forfait structure, VSM : un nouveau forfait" in summary
    assert "CGSS Martinique, Point d'attention : VSM" in summary
    explanation = out[out.index("Pourquoi ce résultat") :]
    assert "— ambigu (deux lectures des textes)" in explanation
    assert "Deux lectures (840 € en jeu) :" in explanation
    assert "1. Volet 1 payé en entier, 400 points" in explanation
    assert "2. Volet 1 payé sans la part de la coordination, 280 points" in explanation


# ---- the chat keeps working with an « ambigu » verdict ---------------------------------------


def test_the_chat_reaches_a_result_with_an_ambiguous_answer(engine: Engine) -> None:
    chat = Chat(engine)
    chat.do(Command("start", "dentiste_2024"))
    chat.answer("non")  # no DMP flux in the year
    chat.answer("compatible_sans_flux")
    assert chat.session.answers["logiciel_dmp"] == "ambigu"
    assert Session.from_json(chat.session.to_json()).answers["logiciel_dmp"] == "ambigu"
    chat.yes_until("accueil_etudiant.stage")
    chat.answer("oui")
    assert chat.is_result(), chat.text[:300]
    assert "entre 650 € et 1 240 €" in chat.text and chat.bold("650 €")
    chat.do(ShowResult("detail"))  # the indicators' reasons: under the short result
    assert "le guide dit à la fois" in chat.text  # the reason of the path taken
