"""The knowledge base: sourced rules of the forfaits by exercice, and the FAQ of the guides.

`sources.yaml` names every cited document once and `professions.yaml` every covered
profession; `familles/` holds one file per scheme family, each rule stated once with the
exercices it applies to and its parameters keyed by exercice (see `knowledge.families`).
`load()` reads, compiles (one `Dispositif` per profession and exercice) and checks every file
once; a bad file raises `KnowledgeError` with a French message naming the file, the path
inside it and the reason.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from knowledge import checks
from knowledge.families import (
    Citations,
    Cle,
    CompileError,
    Resolver,
    compile_family,
    exercices,
    parameters,
    render,
    where,
)
from knowledge.registry import Document, FicheProfession, Professions, Registre
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
    sources: dict[str, Document]  # sources.yaml, by id
    professions: dict[str, FicheProfession]  # professions.yaml, by id, in its order

    def dispositif(self, profession: str, exercice: str | int) -> Dispositif | None:
        return self.dispositifs.get((profession, str(exercice)))

    def exercices(self, profession: str) -> list[str]:
        """Covered exercices of a profession, most recent first, the draft last."""
        keys = [e for (p, e) in self.dispositifs if p == profession]
        return sorted(keys, key=lambda e: (e == "projet", -int(e) if e.isdigit() else 0))

    def profession(self, text: str) -> str | None:
        """The profession id a user's word stands for ("dentiste" → "chirurgien-dentiste")."""
        from calculators.values import fold  # lazy: calculators imports knowledge

        wanted = fold(text)
        for fiche in self.professions.values():
            if wanted in {fold(a) for a in (fiche.id, fiche.lien, *fiche.alias)}:
                return fiche.id
        return None


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _format_error(path: Path, err: ValidationError, cle: Cle | None = None) -> str:
    lines = [f"Fichier de connaissances invalide : {_name(path)}"]
    year = f" (exercice {cle})" if cle is not None else ""
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "(racine)"
        msg = e["msg"].removeprefix("Value error, ")
        lines.append(f"  à « {loc} »{year} : {msg}")
    return "\n".join(lines)


def _compile_error(path: Path, err: CompileError, cle: Cle | None = None) -> KnowledgeError:
    year = f" (exercice {cle})" if cle is not None else ""
    return KnowledgeError(
        f"Fichier de connaissances invalide : {_name(path)}\n"
        f"  à « {where(err.path)} »{year} : {err.message}"
    )


def _yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise KnowledgeError(f"Fichier de connaissances illisible : {path.name} ({e})") from e
    except OSError as e:
        raise KnowledgeError(f"Fichier de connaissances introuvable : {path} ({e})") from e


def _validate(path: Path, data: Any, model: type[BaseModel], cle: Cle | None = None) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise KnowledgeError(_format_error(path, e, cle)) from e


def _read(path: Path, model: type[BaseModel], cite: Citations | None = None) -> Any:
    """A plain file, or (with `cite`) one whose sources are ids and thresholds parameters."""
    data = _yaml(path)
    if cite is not None and isinstance(data, dict):
        try:
            params = parameters(data.pop("parametres", None), None, cite)
            data = render(
                Resolver(None, params, cite)(data), {k: v.valeur for k, v in params.items()}
            )
        except CompileError as e:
            raise _compile_error(path, e) from e
    return _validate(path, data, model)


def _unique(path: Path, ids: list[str]) -> None:
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise KnowledgeError(f"{path.name} : identifiants en double : {', '.join(dupes)}")


def _registries(root: Path) -> tuple[dict[str, Document], dict[str, FicheProfession]]:
    registre: Registre = _read(root / "sources.yaml", Registre)
    _unique(root / "sources.yaml", [d.id for d in registre.sources])
    fiches: Professions = _read(root / "professions.yaml", Professions)
    _unique(root / "professions.yaml", [p.id for p in fiches.professions])
    return {d.id: d for d in registre.sources}, {p.id: p for p in fiches.professions}


def _family(
    path: Path, cite: Citations, professions: dict[str, FicheProfession]
) -> list[Dispositif]:
    """Every exercice of one family file, compiled, validated and checked."""
    raw = _yaml(path)
    if not isinstance(raw, dict):
        raise KnowledgeError(f"Fichier de connaissances invalide : {_name(path)} (vide)")
    if raw.get("famille") != path.stem:
        raise KnowledgeError(
            f"Fichier de connaissances invalide : {_name(path)}\n  à « famille » : "
            f"« {raw.get('famille')} » au lieu de « {path.stem} », le nom du fichier"
        )
    fiche = professions.get(str(raw.get("profession")))
    if fiche is None or raw.get("famille") not in fiche.familles:
        raise KnowledgeError(
            f"Fichier de connaissances invalide : {_name(path)}\n  à « profession » : "
            f"« {raw.get('profession')} » absente de professions.yaml, ou sans la famille "
            f"« {raw.get('famille')} » dans ses familles"
        )
    try:
        years = exercices(raw)
    except CompileError as e:
        raise _compile_error(path, e) from e
    out = []
    for cle in years:
        try:
            compiled = compile_family(raw, cle, cite)
        except CompileError as e:
            raise _compile_error(path, e, cle) from e
        d: Dispositif = _validate(path, compiled, Dispositif, cle)
        found = checks.problems(d)
        if found:
            raise KnowledgeError(
                f"Fichier de connaissances invalide : {_name(path)}\n"
                + "\n".join(f"  à « {w} » (exercice {cle}) : {why}" for w, why in found)
            )
        out.append(d)
    return out


def load_from(root: Path) -> Knowledge:
    """Load, compile and check a knowledge tree (the shipped one, or a test copy)."""
    documents, professions = _registries(root)
    cite = Citations(documents)
    dispositifs: dict[tuple[str, str], Dispositif] = {}
    families = set()
    for path in sorted((root / "familles").glob("*.yaml")):
        for d in _family(path, cite, professions):
            key = (d.profession, d.cle)
            if key in dispositifs:
                raise KnowledgeError(f"{path.name} : {d.profession} {d.cle} est déjà défini")
            dispositifs[key] = d
            families.add(d.famille)
    if not dispositifs:
        raise KnowledgeError(f"Aucun dispositif trouvé dans {root / 'familles'}")
    found = checks.correspondence_problems(list(dispositifs.values()))
    if found:
        d, at, why = found[0]
        raise KnowledgeError(
            f"Fichier de connaissances invalide : familles/{d.famille}.yaml\n"
            f"  à « {at} » (exercice {d.cle}) : {why}"
        )
    for fiche in professions.values():
        missing = sorted(set(fiche.familles) - families)
        if missing:
            raise KnowledgeError(
                f"professions.yaml : famille « {missing[0]} » de {fiche.id} introuvable dans "
                "familles/"
            )
    faq: list[FaqEntree] = []
    for path in sorted((root / "faq").glob("*.yaml")):
        entries = _read(path, FaqFichier, cite).entrees
        for e in entries:
            unknown = sorted(set(e.portee.professions) - set(professions))
            if unknown:
                raise KnowledgeError(
                    f"Fichier de connaissances invalide : {_name(path)}\n  à « {e.id}.portee » : "
                    f"profession inconnue « {unknown[0]} » (absente de professions.yaml)"
                )
        faq.extend(entries)
    _unique(root / "faq", [e.id for e in faq])
    return Knowledge(
        dispositifs=dispositifs,
        vsm=_read(root / "vsm.yaml", Vsm, cite),
        faq=faq,
        glossaire=_read(root / "glossaire.yaml", Glossaire),
        hors_perimetre=_read(root / "hors_perimetre.yaml", HorsPerimetre),
        sources=documents,
        professions=professions,
    )


@cache
def load() -> Knowledge:
    """The shipped knowledge base, or the tree named by FORFAIT_BOT_KNOWLEDGE."""
    return load_from(Path(os.environ.get("FORFAIT_BOT_KNOWLEDGE") or ROOT))
