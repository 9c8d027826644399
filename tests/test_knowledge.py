"""The schema refuses a bad knowledge file with a French message: file, path, reason."""

import subprocess
import sys
from pathlib import Path

import pytest
from knowledge_copy import copy_knowledge, edit_once

from knowledge import ROOT, KnowledgeError, load_from


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_knowledge(tmp_path)


def test_shipped_tree_loads() -> None:
    kb = load_from(ROOT)
    assert len(kb.dispositifs) >= 15


def test_wrong_type_names_file_and_path(tree: Path) -> None:
    edit_once(tree / "familles" / "fami_chirurgien_dentiste.yaml", "eur: 490", "eur: beaucoup")
    with pytest.raises(KnowledgeError) as err:
        load_from(tree)
    message = str(err.value)
    assert "fami_chirurgien_dentiste.yaml" in message
    assert "groupes.0.eur" in message


def test_source_without_section_is_refused(tree: Path) -> None:
    path = tree / "familles" / "fami_chirurgien_dentiste.yaml"
    edit_once(path, "{guide_fami_2024: 3. Calcul de la rémunération}", "guide_fami_2024")
    with pytest.raises(KnowledgeError, match="préciser la section"):
        load_from(tree)


def test_unknown_key_is_refused(tree: Path) -> None:
    edit_once(tree / "vsm.yaml", "majoration_structure:", "bonus: 1\nmajoration_structure:")
    with pytest.raises(KnowledgeError, match="bonus"):
        load_from(tree)


def test_broken_yaml_is_refused(tree: Path) -> None:
    (tree / "glossaire.yaml").write_text("termes: [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"illisible : glossaire\.yaml"):
        load_from(tree)


def test_start_up_stops_on_a_bad_file(tree: Path) -> None:
    edit_once(tree / "familles" / "fami_chirurgien_dentiste.yaml", "eur: 490", "eur: beaucoup")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "check-knowledge"],
        capture_output=True,
        text=True,
        env={"FORFAIT_BOT_KNOWLEDGE": str(tree), "PATH": ""},
        timeout=60,
    )
    assert result.returncode == 1
    assert "fami_chirurgien_dentiste.yaml" in result.stderr and "Traceback" not in result.stderr
