"""`check-knowledge` refuses what the schema alone cannot see, with a French message naming
the file, the path and the reason; and the format takes a new exercice, a provisional one or
a new profession as data only."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from knowledge_copy import copy_knowledge, edit_once, refused

from bot.advisors import AdvisorDesk
from bot.engine import Engine
from bot.events import Command, Text
from bot.faq_replies import FaqResponder, other_case
from bot.session import Session
from bot.store import SqliteStore
from calculators import estimate, read_profile
from knowledge import Knowledge, load_from

FIXTURES = Path(__file__).parent / "fixtures"
DONUM = "familles/dotation_numerique.yaml"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_knowledge(tmp_path)


def test_unknown_source_id(tree: Path) -> None:
    message = refused(tree, DONUM, "    - datacend_donum\n    - olaqin_donum\n", "    - olaqin\n")
    assert "familles/dotation_numerique.yaml" in message
    assert "« declaration.sources.0 »" in message
    assert "source inconnue « olaqin » (absente de sources.yaml)" in message


def test_unknown_source_id_in_the_faq(tree: Path) -> None:
    message = refused(tree, "faq/vsm.yaml", "ameli_forfait_structure:", "ameli:")
    assert "faq/vsm.yaml" in message and "source inconnue « ameli »" in message


def test_parameter_value_without_reference(tree: Path) -> None:
    message = refused(
        tree, DONUM, "2028: {valeur: 60, sources: [djibe_donum]}", "2028: {valeur: 60}"
    )
    assert "« parametres.seuil_optionnel.2028 »" in message
    assert "valeur de paramètre sans référence" in message


def test_threshold_typed_instead_of_a_parameter(tree: Path) -> None:
    message = refused(tree, DONUM, "valeur: {parametre: seuil_optionnel}", "valeur: 30")
    assert "« indicateurs.teleservices_cm_dsg_spe.composantes.cm_atmp.cible.valeur »" in message
    assert "un seuil chiffré est un paramètre" in message


def test_button_that_contradicts_its_target(tree: Path) -> None:
    message = refused(
        tree,
        DONUM,
        "          - valeur: oui\n            suivante: teleservices_cm_dsg_spe.dsg",
        '          - valeur: oui\n            libelle: "30\u202f% ou plus"\n'
        "            suivante: teleservices_cm_dsg_spe.dsg",
    )
    assert (
        "indicateurs.teleservices_cm_dsg_spe.questions.teleservices_cm_dsg_spe.cm_atmp" in message
    )
    assert "le choix « 30\u202f% ou plus » contredit la cible (> 30\u202f%)" in message
    assert "attendu « Plus de 30\u202f% »" in message


def test_question_that_states_another_threshold(tree: Path) -> None:
    """A threshold typed in the wording holds for 2026 (30 %) but not for 2028 (60 %)."""
    message = refused(
        tree,
        DONUM,
        "votre taux d'alimentation du DMP {{ cible | question }} ?",
        "votre taux d'alimentation du DMP dépasse-t-il 30\u202f% ?",
    )
    assert "(exercice 2028)" in message
    assert "la question ne cite pas le seuil de sa cible (60\u202f%)" in message


def test_no_answer_that_misses_the_target_but_passes(tree: Path) -> None:
    message = refused(
        tree,
        DONUM,
        '            resultat:\n              reponse: false\n              raison: "Le taux de CM',
        '            resultat:\n              reponse: true\n              raison: "Le taux de CM',
    )
    assert "« non » (cible manquée) doit conclure « non atteint »" in message


def test_threshold_question_without_its_target(tree: Path) -> None:
    """The 2027 file's way: the threshold typed in the question and its buttons."""
    path = tree / DONUM
    edit_once(path, "        teste: cm_atmp\n", "")
    edit_once(path, "{{ cible | question }} ?", "dépasse-t-il 30\u202f% ?")
    yes = "- valeur: oui\n            suivante: teleservices_cm_dsg_spe.dsg"
    edit_once(path, yes, yes.replace("\n", '\n            libelle: "Plus de 30\u202f%"\n'))
    no = "- valeur: non\n            resultat:\n              reponse: false\n"
    no += '              raison: "Le taux de CM'
    message = refused(
        tree, DONUM, no, no.replace("\n", '\n            libelle: "30\u202f% ou moins"\n', 1)
    )
    assert "« indicateurs.teleservices_cm_dsg_spe.questions.teleservices_cm_dsg_spe.cm_atmp »" in (
        message
    )
    assert "une question à seuil (« … % ») dit quelle cible elle teste (teste:)" in message


def test_points_and_euros_that_disagree(tree: Path) -> None:
    message = refused(tree, DONUM, "eur: 420", "eur: 400")
    assert "« indicateurs.teleservices_cm_dsg_spe »" in message
    assert "420\u202f€ attendus pour 60 points à 7\u202f€ le point, 400\u202f€ écrits" in message


def test_unknown_profession(tree: Path) -> None:
    message = refused(
        tree, "faq/fami.yaml", "professions: [chirurgien-dentiste]", "professions: [dentiste]"
    )
    assert "profession inconnue « dentiste » (absente de professions.yaml)" in message


def test_check_knowledge_prints_the_reason(tree: Path) -> None:
    edit_once(tree / DONUM, "sources: [datacend_donum, olaqin_donum]", "sources: [olaqin]")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "check-knowledge"],
        capture_output=True,
        text=True,
        env={"FORFAIT_BOT_KNOWLEDGE": str(tree), "PATH": ""},
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        "dotation_numerique.yaml" in result.stderr and "source inconnue « olaqin »" in result.stderr
    )


# ---- data-only changes --------------------------------------------------------------------------


def test_an_exercice_that_moves_a_threshold_is_a_data_edit(tree: Path) -> None:
    """Donum 2029 with the optional threshold at 70 %: the exercice range and one value."""
    path = tree / DONUM
    edit_once(
        path, "exercices: {depuis: 2026, jusqu_a: 2028}", "exercices: {depuis: 2026, jusqu_a: 2029}"
    )
    edit_once(
        path,
        "    2028: {valeur: 60, sources: [djibe_donum]}\n",
        "    2028: {valeur: 60, sources: [djibe_donum]}\n"
        "    2029: {valeur: 70, sources: [djibe_donum]}\n",
    )
    kb = load_from(tree)
    d = kb.dispositif("medecin", 2029)
    assert (
        d is not None
        and kb.dispositif("medecin", 2028).indicateurs[2].composantes[0].cible.valeur == 60
    )
    ind = next(i for i in d.indicateurs if i.id == "teleservices_cm_dsg_spe")
    assert ind.libelle == "Téléservices CM AT-MP, DSG et SPE > 70\u202f%"
    assert [c.cible.valeur for c in ind.composantes] == [70, 70, 70]
    q = ind.questions[0]
    assert q.texte.startswith("En 2029, votre taux de certificats médicaux AT-MP")
    assert q.texte.endswith("faits en ligne dépasse-t-il 70\u202f% ?")
    assert [c.libelle for c in q.choix] == ["Plus de 70\u202f%", "70\u202f% ou moins"]
    assert {s.id for s in ind.composantes[0].cible.sources} == {"djibe_donum"}
    services = next(i for i in d.indicateurs if i.id == "services_en_ligne")
    assert services.cible.valeur == 80  # unchanged values carry over


def test_a_provisional_exercice_reconducts_the_last_rules(tree: Path) -> None:
    """FAMI 2026 is shipped provisional (`provisoires:`, no text of its own published)."""
    kb = load_from(tree)
    d, last = kb.dispositif("chirurgien-dentiste", 2026), kb.dispositif("chirurgien-dentiste", 2025)
    assert d is not None and d.statut == "provisoire" and d.reconduit_de == 2025
    assert d.avertissements[0].texte.startswith("Exercice 2026 provisoire : ")
    assert [i.id for i in d.indicateurs] == [i.id for i in last.indicateurs]
    assert d.declaration.debut is None and d.declaration.fin is None  # 2025's dates do not carry
    assert d.indicateurs[0].questions[0].texte.startswith("En 2026, ")
    assert kb.exercices("chirurgien-dentiste")[0] == "2026"
    full = {i.id: True for i in d.indicateurs}
    assert estimate(d, full).total_eur == estimate(last, full).total_eur
    assert estimate(d, full).secondaire


def with_midwives(tree: Path) -> Knowledge:
    """The knowledge copy with a profession added as data: its registry entry and family."""
    shutil.copy(FIXTURES / "fami_sage_femme.yaml", tree / "familles")
    with (tree / "professions.yaml").open("a", encoding="utf-8") as f:
        f.write(
            "  - id: sage-femme\n"
            '    libelle: "Sage-femme"\n'
            '    pluriel: "sages-femmes"\n'
            "    lien: sage_femme\n"
            "    alias: [sages-femmes, sage femme, maïeuticien]\n"
            "    familles: [fami_sage_femme]\n"
        )
    return load_from(tree)


def test_a_new_profession_is_data_only(tree: Path) -> None:
    kb = with_midwives(tree)
    assert (
        kb.profession("Sage femme") == "sage-femme" and kb.profession("maieuticien") == "sage-femme"
    )
    assert kb.exercices("sage-femme") == ["2025", "2024"]
    d, answers = read_profile(
        kb,
        {
            "profession": "sages-femmes",
            "exercice": 2025,
            "indicateurs": {"messagerie_securisee": "oui", "taux_teletransmission": 74},
        },
    )
    assert estimate(d, answers).total_eur == 0  # 74 % is under 2025's 75 %
    d24 = kb.dispositif("sage-femme", 2024)
    assert estimate(d24, {**answers}).total_eur == 490
    assert [c.libelle for c in d.indicateurs[1].questions[0].choix] == [
        "75\u202f% ou plus",
        "Moins de 75\u202f%",
    ]


def test_a_correspondence_names_answers_of_its_family(tree: Path) -> None:
    message = refused(
        tree, DONUM, 'reprend: ["teleservices:dmt"]', 'reprend: ["teleservices:dmtt"]'
    )
    assert "familles/dotation_numerique.yaml" in message
    assert "« correspondances.2.reprend »" in message
    assert "« teleservices:dmtt » n'est ni un indicateur ni une composante" in message


def test_a_correspondence_names_an_indicator_of_its_scheme(tree: Path) -> None:
    message = refused(tree, DONUM, "indicateur: equipement_logiciel\n", "indicateur: equipement\n")
    assert "correspondance : indicateur inconnu « equipement »" in message


def test_a_new_profession_reaches_the_chat_with_no_python_change(tree: Path) -> None:
    """Buttons, typed names, deep links, FAQ scope and statistics read the registry."""
    kb = with_midwives(tree)
    engine = Engine(kb, today=lambda: dt.date(2026, 11, 30))
    step = engine.step(Session(chat_id=1), Command("start"))
    labels = [c.label for m in step.replies for row in m.choices for c in row]
    assert step.session.pending == "profession"
    assert labels == ["Médecin", "Chirurgien-dentiste", "Masseur-kinésithérapeute", "Sage-femme"]
    typed = engine.step(step.session, Text("je suis sage-femme"))
    assert typed.session.profession == "sage-femme" and typed.session.pending == "exercice"
    linked = engine.step(Session(chat_id=3), Command("start", "sage_femme_2025")).session
    assert (linked.profession, linked.exercice) == ("sage-femme", "2025")
    desk = AdvisorDesk(SqliteStore(tree / "s.sqlite3"), professions=kb.professions)
    assert desk.plurals["sage-femme"] == "sages-femmes"
    faq = FaqResponder.from_knowledge(kb)
    entry = next(e for e in kb.faq if e.portee.professions == ["chirurgien-dentiste"])
    assert other_case(entry, linked, faq.professions).startswith("chirurgiens-dentistes")


def test_the_kines_fami_2026_is_offered_as_provisional(kb) -> None:
    """No text for 2026 for the kinés either: the 2025 rules carried over, said provisional
    (the walk-through found « 2026 : pas encore dans mes sources » and no 2026 plan)."""
    d = kb.dispositifs[("masseur-kinesitherapeute", "2026")]
    assert d.statut == "provisoire" and d.reconduit_de == 2025
