"""French typography in every user-facing string of the knowledge base.

A plain space before "%" or "€", or as a thousands separator, would let Telegram break the
line between the number and its unit: French typography wants a narrow no-break space (U+202F).
"""

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
