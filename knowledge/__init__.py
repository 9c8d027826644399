"""The knowledge base: sourced, year-versioned rules of the forfaits, and the FAQ of the guides.

`load()` reads and validates every YAML file shipped in this package once; a bad file raises
`KnowledgeError` with a French message naming the file, the path inside it and the reason.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from knowledge.schema import (
    Dispositif,
    FaqEntree,
    FaqFichier,
    Glossaire,
    HorsPerimetre,
    Vsm,
)

ROOT = Path(__file__).parent


class KnowledgeError(Exception):
    """A knowledge file is missing, unreadable or does not match the schema."""


@dataclass(frozen=True)
class Knowledge:
    dispositifs: dict[tuple[str, str], Dispositif]  # (profession, "2024" | "projet")
    vsm: Vsm
    faq: list[FaqEntree]
    glossaire: Glossaire
    hors_perimetre: HorsPerimetre

    def dispositif(self, profession: str, exercice: str | int) -> Dispositif | None:
        return self.dispositifs.get((profession, str(exercice)))

    def exercices(self, profession: str) -> list[str]:
        """Covered exercices of a profession, most recent first, the draft last."""
        keys = [e for (p, e) in self.dispositifs if p == profession]
        return sorted(keys, key=lambda e: (e == "projet", -int(e) if e.isdigit() else 0))


def _format_error(path: Path, err: ValidationError) -> str:
    lines = [f"Fichier de connaissances invalide : {path.parent.name}/{path.name}"]
    for e in err.errors():
        where = ".".join(str(p) for p in e["loc"]) or "(racine)"
        msg = e["msg"].removeprefix("Value error, ")
        lines.append(f"  à « {where} » : {msg}")
    return "\n".join(lines)


def _read(path: Path, model: type[BaseModel]) -> BaseModel:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise KnowledgeError(f"Fichier de connaissances illisible : {path.name} ({e})") from e
    except OSError as e:
        raise KnowledgeError(f"Fichier de connaissances introuvable : {path} ({e})") from e
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise KnowledgeError(_format_error(path, e)) from e


def load_from(root: Path) -> Knowledge:
    """Load and validate a knowledge tree (the shipped one, or a test copy)."""
    dispositifs: dict[tuple[str, str], Dispositif] = {}
    for path in sorted((root / "schemes").glob("*.yaml")):
        d = _read(path, Dispositif)
        key = (d.profession, d.cle)
        if key in dispositifs:
            raise KnowledgeError(f"{path.name} : {d.profession} {d.cle} est déjà défini")
        dispositifs[key] = d
    faq: list[FaqEntree] = []
    for path in sorted((root / "faq").glob("*.yaml")):
        faq.extend(_read(path, FaqFichier).entrees)
    ids = [e.id for e in faq]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise KnowledgeError(f"FAQ : identifiants en double : {', '.join(dupes)}")
    if not dispositifs:
        raise KnowledgeError(f"Aucun dispositif trouvé dans {root / 'schemes'}")
    return Knowledge(
        dispositifs=dispositifs,
        vsm=_read(root / "vsm.yaml", Vsm),
        faq=faq,
        glossaire=_read(root / "glossaire.yaml", Glossaire),
        hors_perimetre=_read(root / "hors_perimetre.yaml", HorsPerimetre),
    )


@cache
def load() -> Knowledge:
    """The shipped knowledge base, or the tree named by FORFAIT_BOT_KNOWLEDGE."""
    return load_from(Path(os.environ.get("FORFAIT_BOT_KNOWLEDGE") or ROOT))
