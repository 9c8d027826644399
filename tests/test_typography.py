"""French typography in every user-facing string of the knowledge base.

A plain space before "%" or "€", or as a thousands separator, would let Telegram break the
line between the number and its unit: French typography wants a narrow no-break space (U+202F).
"""

import re
from pathlib import Path

import pytest
import yaml

from knowledge import ROOT

BAD = [
    (r"\d %", "espace normale avant « % » : utilisez U+202F"),
    (r"\d €", "espace normale avant « € » : utilisez U+202F"),
    (r"\b\d{1,3} \d{3}\b", "séparateur de milliers : utilisez U+202F"),
    (r"\d\u00a0[%€]", "espace insécable U+00A0 avant l'unité : utilisez U+202F"),
]


def _strings(node, path=""):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _strings(v, f"{path}[{i}]")


FILES = sorted(ROOT.rglob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_french_typography(path: Path) -> None:
    import re

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = []
    for where, text in _strings(data):
        if where.endswith((".section", ".url", ".titre", ".doc")):
            continue  # citations reproduce the source's own spelling
        for pattern, why in BAD:
            if re.search(pattern, text):
                problems.append(f"{where}: {why}: {text[:80]!r}")
    assert not problems, "\n".join(problems)


# ---- the typography pass at render time (bot/typography.py) ----------------------------------

from bot.typography import NNBSP, problems, typeset  # noqa: E402


@pytest.mark.parametrize(
    ("raw", "typeset_"),
    [
        (
            "Prêt ? Oui ! 85 % ; voir : ici",
            "Prêt\u202f? Oui\u202f! 85\u202f%\u202f; voir\u202f: ici",
        ),
        ("« Ma convention »", "«\u202fMa convention\u202f»"),
        ("«Ma convention»", "«\u202fMa convention\u202f»"),
        ("un trou de 1400 euros", "un trou de 1\u202f400 euros"),
        ("12500 €", "12\u202f500\u202f€"),
        ("70% et 100€", "70\u202f% et 100\u202f€"),
        ("Paiement : Paiement unique", "Paiement unique"),
        ("le le guide", "le guide"),
        ("vous vous inscrivez", "vous vous inscrivez"),
        ("https://ameli.fr/?q=1 à 12:30", "https://ameli.fr/?q=1 à 12:30"),
        ("Réponse inconnue.", "Réponse inconnue."),  # wording: the result's, not this pass
    ],
)
def test_typeset(raw: str, typeset_: str) -> None:
    assert typeset(raw) == typeset_
    assert typeset(typeset_) == typeset_, "a second pass changes nothing"


def test_problems_names_each_fault() -> None:
    assert problems("Voir : ici") and problems("1400 €") and problems("guide 002")
    assert problems("Pas encore renseigné") and problems("le le") and problems("« a »")
    assert problems(f"Voir{NNBSP}: ici, 1{NNBSP}400{NNBSP}€") == []


TEMPLATES = sorted((Path(__file__).parent.parent / "bot" / "templates").glob("*.j2"))
JINJA = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.S)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_every_template_reads_right_once_typeset(path: Path) -> None:
    """The literal text of each template, typeset as every message is: nothing left wrong."""
    text = JINJA.sub("\u2060", path.read_text(encoding="utf-8"))  # a value stands in between
    found = [p for line in text.splitlines() for p in problems(typeset(line.strip()))]
    assert not found, "\n".join(found)


def test_every_knowledge_string_reads_right_once_typeset() -> None:
    found = []
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, text in _strings(data):
            if where.endswith((".url", ".doc", ".id")) or ".sources" in where:
                continue  # citations reproduce the source's own spelling
            if ".formulations" in where:
                continue  # what users type, matched by the FAQ, never shown
            found += [f"{path.name}{where}: {p}" for p in problems(typeset(text))]
    assert not found, "\n".join(found[:40])
