"""`forfait-bot estimate` and `check-knowledge`: the public contract for advisors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, timeout=60
    )


def profile(tmp_path: Path, text: str) -> str:
    path = tmp_path / "profil.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_estimate_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = profile(
        tmp_path,
        "profession: chirurgien-dentiste\nexercice: 2024\nindicateurs:\n"
        "  logiciel_dmp: oui\n  taux_teletransmission: 82\n  aller_vers_interventions: 3\n",
    )
    assert main(["estimate", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("profession", "exercice", "total_eur", "total_points", "socle_atteint"):
        assert key in data
    assert data["total_points"] is None and data["total_eur"] == 300
    ind = {i["id"]: i for i in data["indicateurs"]}
    assert set(ind["logiciel_dmp"]) >= {"id", "statut", "points", "eur", "raison", "sources"}
    assert ind["aller_vers_interventions"]["eur"] == 300


def test_estimate_text_is_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = profile(tmp_path, "profession: medecin\nexercice: 2023\nindicateurs: {}\n")
    assert main(["estimate", path]) == 0
    out = capsys.readouterr().out
    assert "Montant estimé" in out and "8\u202f141\u202f€" in out and "Traceback" not in out


KINE_PROFILE = (
    "profession: kiné\nexercice: 2025\nindicateurs:\n  logiciel_dmp: oui\n  cdc_sesam_vitale: oui\n"
    "  scor: oui\n  taux_teletransmission: 72\n  messagerie_securisee: oui\n"
    "  equipement_videotransmission: oui\n"
)


def test_estimate_for_a_profession_added_as_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The masseurs-kinésithérapeutes (data files only) answer through the public contract."""
    path = profile(tmp_path, KINE_PROFILE)
    assert main(["estimate", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["profession"], data["exercice"]) == ("masseur-kinesitherapeute", 2025)
    assert (data["total_eur"], data["total_eur_max"]) == (840, 1115)  # 490 + 350, up to 1 115
    assert data["secondaire"] and data["socle_atteint"] is True
    ind = {i["id"]: i for i in data["indicateurs"]}
    assert ind["equipement_videotransmission"]["eur"] == 350
    assert ind["appareils_medicaux_connectes"]["statut"] == "inconnu"
    missing = [m["id"] for m in data["explication"]["manquants"]]
    assert missing == ["appareils_medicaux_connectes", "prise_en_charge_coordonnee"]


def test_estimate_text_for_a_kine(tmp_path: Path) -> None:
    result = run("estimate", profile(tmp_path, KINE_PROFILE), "--explain")
    assert result.returncode == 0 and not result.stderr
    out = result.stdout
    assert "Montant estimé" in out and "entre 840\u202f€ et 1\u202f115\u202f€" in out
    assert "du 12/01/2026 au 02/03/2026" in out and "deuxième trimestre 2026" in out
    assert "à confirmer auprès de votre CPAM" in out
    assert "Pourquoi ce résultat — Forfait d'aide à la modernisation" in out


@pytest.mark.parametrize(
    ("text", "culprit"),
    [
        ("profession: infirmier\nexercice: 2024\n", "infirmier"),
        ("profession: chirurgien-dentiste\nexercice: 2019\n", "2019"),
        ("profession: medecin\nexercice: 2023\nindicateurs: {foo: oui}\n", "foo"),
        ("profession: medecin\nexercice: 2023\nindicateurs: {taux_teletransmission: 101}\n", "101"),
        ("profession: medecin\nexercice: 2023\nindicateurs: {sas: peut-être}\n", "sas"),
        ("profession: medecin\nexercice: [2023\n", "YAML"),
        ("- juste\n- une liste\n", "profil"),
    ],
)
def test_bad_profiles_exit_2_with_one_french_line(tmp_path: Path, text: str, culprit: str) -> None:
    result = run("estimate", profile(tmp_path, text))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and culprit in lines[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("text", "indicator", "expected"),
    [
        (
            "profession: medecin\nexercice: 2022\nindicateurs: {effectif_sas: non}\n",
            "effectif_sas",
            0,
        ),
        (
            "profession: dentiste\nexercice: 2025\nindicateurs: {aller_vers_interventions: non}\n",
            "aller_vers_interventions",
            0,
        ),
    ],
)
def test_no_to_a_count_or_points_is_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, indicator: str, expected: int
) -> None:
    """`effectif_sas: non` (issue 10): "non" to a count or to points means 0."""
    assert main(["estimate", profile(tmp_path, text), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    trace = {t["id"]: t for t in data["explication"]["indicateurs"]}
    assert trace[indicator]["reponse"] == expected
    ind = {i["id"]: i for i in data["indicateurs"]}
    assert ind[indicator]["statut"] == "non_atteint"


def test_missing_profile_file() -> None:
    result = run("estimate", "/nonexistent/profil.yaml")
    assert result.returncode == 2 and "Profil illisible" in result.stderr


def test_check_knowledge_passes() -> None:
    result = run("check-knowledge")
    assert result.returncode == 0 and "valide" in result.stdout


def test_vsm_block(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = profile(
        tmp_path,
        "profession: medecin\nexercice: 2023\nvsm: {taux_ald: 92, taux_structure: 40}\n",
    )
    assert main(["estimate", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["vsm"]["eur"] == 3600


def test_vsm_is_for_medecins_only(tmp_path: Path) -> None:
    path = profile(tmp_path, "profession: dentiste\nexercice: 2024\nvsm: {taux_ald: 92}\n")
    result = run("estimate", path)
    assert result.returncode == 2 and "médecins" in result.stderr


def test_ask_json_fields() -> None:
    result = run("ask", "le web dmp ça suffit ?", "--json")
    data = json.loads(result.stdout)
    assert result.returncode == 0
    assert {"matched", "id", "answer", "sources", "score", "suggestions"} <= set(data)
    assert data["matched"] and data["id"] == "dmp_web_dmp" and data["sources"]


def test_ask_batch_one_json_line_per_question() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask"],
        input="le web dmp ça suffit ?\n\nquel temps fera-t-il demain ?\nmerci\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["input"] for x in lines] == [
        "le web dmp ça suffit ?",
        "quel temps fera-t-il demain ?",
        "merci",
    ]
    assert lines[0]["matched"] and not lines[1]["matched"] and lines[2]["kind"] == "thanks"
