"""Family files: a scheme family stated once, compiled into one `Dispositif` per exercice.

In a family file (and in vsm.yaml and the FAQ):
- a value that changes is a mapping keyed by the exercice from which it applies
  (`points: {2017: 20, 2018: 60, 2019: 90}`); a year that changes nothing needs no key;
- an item of a list applies to every exercice of the family unless it says `depuis:` and/or
  `jusqu_a:` (inclusive);
- `parametres:` are named values keyed the same way, each value with its references
  (`seuil_optionnel: {2026: {valeur: 30, sources: [djibe_donum]}}`); a field uses one as
  `{parametre: seuil_optionnel}` (its references join that object's `sources`) and wording
  shows it as `{{ seuil_optionnel | pct }}`; `{{ exercice }}` is the year;
- `sources:` lists ids of sources.yaml, with a section where useful (`- guide_fami_2024: "1.4"`);
- `ambiguite:` where the texts disagree or are silent: an id, the reason and two `lectures`,
  each with its sources, on a target (two operators), on an answer (`reponse: ambigu`, the two
  verdicts) or on a tous_requis group (`sans:` an optional indicator, what the group pays);
  the calculator shows both as a range (`knowledge.schema.Ambiguite`).
A question that `teste:` a target gets its "oui"/"non" labels from that target, and
`{{ cible | question }}` in its wording ("dépasse-t-il 30 %").
An exercice with no text of its own is a `provisoires:` entry (`{2026: {reconduit_de: 2025,
sources: […]}}`): the rules of `reconduit_de`, no dates. `correspondances:` say which answers
of another family already answer an indicator (schema `Correspondance`), for comparing a
finished exercice with the one that follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateError

from knowledge import wording
from knowledge.registry import Document
from knowledge.schema import Source

PROJET = "projet"
Cle = int | str  # an exercice, or "projet" for the draft
Path = tuple[str | int, ...]
REFS_FIELD = {"valeur_point": "valeur_point_sources"}  # where a parameter's references go
FAMILY_KEYS = {"famille", "profession", "dispositif", "exercices", "provisoires", "parametres"}


class CompileError(Exception):
    """A family file that cannot be compiled: where (path in the file) and why, in French."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path, self.message = path, message


def where(path: Path) -> str:
    return ".".join(str(p) for p in path) or "(racine)"


def step(item: Any, index: int) -> str | int:
    """How a path names a list item: by its id when it has one, else by its position."""
    return item["id"] if isinstance(item, dict) and isinstance(item.get("id"), str) else index


def is_dated(node: Any) -> bool:
    """A mapping keyed by exercices (2024, or "projet"), rather than by field names."""
    return (
        isinstance(node, dict)
        and bool(node)
        and all((isinstance(k, int) and not isinstance(k, bool)) or k == PROJET for k in node)
    )


def pick(node: dict, cle: Cle | None, path: Path) -> Any:
    """The value of a dated mapping for an exercice: the latest key not after it."""
    if cle is None:
        raise CompileError(path, "une valeur datée n'a pas de sens ici (aucun exercice)")
    if cle == PROJET or PROJET in node:
        if cle != PROJET or PROJET not in node:
            raise CompileError(path, "« projet » ne se mélange pas aux années")
        return node[PROJET]
    years = [k for k in node if k <= cle]
    if not years:
        raise CompileError(path, f"aucune valeur ne s'applique à l'exercice {cle}")
    return node[max(years)]


def applies(item: Any, cle: Cle | None) -> bool:
    """Whether a list item applies to an exercice (`depuis` / `jusqu_a`, both inclusive)."""
    if not isinstance(item, dict):
        return True
    start, end = item.get("depuis"), item.get("jusqu_a")
    if start is None and end is None:
        return True
    if not isinstance(cle, int):
        return False
    return (start is None or cle >= start) and (end is None or cle <= end)


@dataclass(frozen=True)
class Valeur:
    """A parameter's value for one exercice, with its references."""

    valeur: Any
    sources: list[Source]


class Citations:
    """Turns `sources:` lists of ids into compiled `Source` citations."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self.documents = documents

    def __call__(self, items: Any, path: Path) -> list[Source]:
        if not isinstance(items, list):
            raise CompileError(path, "une liste de sources est attendue")
        out: list[Source] = []
        for i, item in enumerate(items):
            if isinstance(item, str):
                ident, section = item, None
            elif isinstance(item, dict) and len(item) == 1:
                ident, section = next(iter(item.items()))
            else:
                raise CompileError(
                    (*path, i), "une source s'écrit « id » ou « id: section » (sources.yaml)"
                )
            doc = self.documents.get(str(ident))
            if doc is None:
                raise CompileError(
                    (*path, i), f"source inconnue « {ident} » (absente de sources.yaml)"
                )
            if doc.doc is not None and not section:
                raise CompileError((*path, i), "une source « doc » doit préciser la section")
            out.append(doc.cite(str(section) if section is not None else None))
        return out


def parameters(raw: Any, cle: Cle | None, cite: Citations) -> dict[str, Valeur]:
    """Every parameter's value for one exercice; refuses any value without a reference."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise CompileError(("parametres",), "« parametres » associe un nom à ses valeurs")
    out: dict[str, Valeur] = {}
    for name, spec in raw.items():
        path: Path = ("parametres", name)
        if not isinstance(spec, dict):
            raise CompileError(path, "un paramètre a une valeur et ses sources")
        if "valeur" in spec:  # one value for every exercice
            values = {None: spec}
        else:
            values = {k: v for k, v in spec.items() if k != "description"}
            if not is_dated(values):
                raise CompileError(path, "les valeurs d'un paramètre sont indexées par exercice")
        compiled = {}
        for key, value in values.items():
            at = path if key is None else (*path, key)
            if not isinstance(value, dict) or "valeur" not in value:
                raise CompileError(at, "une valeur de paramètre s'écrit {valeur: …, sources: […]}")
            if not value.get("sources"):
                raise CompileError(at, "valeur de paramètre sans référence (sources)")
            extra = set(value) - {"valeur", "sources"}
            if extra:
                raise CompileError(at, f"clé inconnue « {sorted(extra)[0]} »")
            compiled[key] = Valeur(value["valeur"], cite(value["sources"], (*at, "sources")))
        if None in compiled:
            out[name] = compiled[None]
        elif cle is not None and (cle == PROJET or any(k != PROJET and k <= cle for k in compiled)):
            out[name] = pick(compiled, cle, path)
    return out


def history(raw: Any) -> dict[str, dict[Cle, Any]]:
    """Every value of every parameter by exercice, for wording that compares years
    (`{{ valeurs.seuil_optionnel[2028] | pct }}`); `parameters` has checked them."""
    return {
        name: {k: v["valeur"] for k, v in spec.items() if k != "description"}
        for name, spec in (raw or {}).items()
        if "valeur" not in spec
    }


class Resolver:
    """Resolves a raw tree for one exercice: dated values, `depuis`/`jusqu_a`, parameters,
    citations. Wording is rendered afterwards (`render`), once targets are known."""

    def __init__(self, cle: Cle | None, params: dict[str, Valeur], cite: Citations) -> None:
        self.cle, self.params, self.cite = cle, params, cite

    def __call__(self, node: Any, path: Path = ()) -> Any:
        if is_dated(node):
            node = pick(node, self.cle, path)
        if isinstance(node, list):
            return [
                self(x, (*path, step(x, i))) for i, x in enumerate(node) if applies(x, self.cle)
            ]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        refs: dict[str, list[Source]] = {}
        for key, value in node.items():
            at = (*path, key)
            if key in ("depuis", "jusqu_a"):
                continue
            if is_dated(value):
                value = pick(value, self.cle, at)
            if key == "sources" or key.endswith("_sources"):
                out[key] = self.cite(value, at)
            elif isinstance(value, dict) and set(value) == {"parametre"}:
                param = self.params.get(str(value["parametre"]))
                if param is None:
                    raise CompileError(at, f"paramètre inconnu « {value['parametre']} »")
                out[key] = param.valeur
                if key == "valeur":  # a target says which parameter it compares with
                    out["parametre"] = str(value["parametre"])
                refs.setdefault(REFS_FIELD.get(key, "sources"), []).extend(param.sources)
            else:
                if key == "valeur" and "operateur" in node and isinstance(value, int | float):
                    raise CompileError(
                        at, "un seuil chiffré est un paramètre : valeur: {parametre: …}"
                    )
                out[key] = self(value, at)
        for key, sources in refs.items():
            have = out.get(key) or []
            out[key] = [*have, *(s for s in dict.fromkeys(sources) if s not in have)]
        return out


def render(node: Any, context: dict[str, Any], path: Path = ()) -> Any:
    """Fill the {{ … }} of every string; a question that `teste:` a target sees it as
    `cible`, and its unlabelled "oui"/"non" choices get the target's labels."""
    if isinstance(node, str):
        try:
            return wording.render(node, context)
        except TemplateError as e:
            raise CompileError(path, f"texte à gabarit invalide : {e}") from e
    if isinstance(node, list):
        return [render(x, context, (*path, step(x, i))) for i, x in enumerate(node)]
    if not isinstance(node, dict):
        return node
    if "indicateurs" in node and isinstance(node["indicateurs"], list):
        return {
            k: (
                [_render_indicator(x, context, (*path, k, step(x, i))) for i, x in enumerate(v)]
                if k == "indicateurs"
                else render(v, context, (*path, k))
            )
            for k, v in node.items()
        }
    return {k: render(v, context, (*path, k)) for k, v in node.items()}


def targets(ind: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The targets a question of this indicator may test: its own, and its components'."""
    out = {ind.get("id"): ind.get("cible") or {}}
    out.update({c.get("id"): c.get("cible") or {} for c in ind.get("composantes") or []})
    return out


def _render_indicator(ind: Any, context: dict[str, Any], path: Path) -> Any:
    if not isinstance(ind, dict):
        return render(ind, context, path)
    out = {k: render(v, context, (*path, k)) for k, v in ind.items() if k != "questions"}
    if "questions" in ind:
        known = targets(out)
        out["questions"] = [
            _render_question(q, known, context, (*path, "questions", step(q, i)))
            for i, q in enumerate(ind["questions"])
        ]
    return out


def _render_question(
    q: Any, known: dict[str, dict[str, Any]], context: dict[str, Any], path: Path
) -> Any:
    tested = q.get("teste") if isinstance(q, dict) else None
    if tested is None:
        return render(q, context, path)
    cible = known.get(tested)
    if not cible or cible.get("valeur") is None or cible.get("operateur") is None:
        raise CompileError(
            (*path, "teste"), f"« {tested} » n'est pas une cible chiffrée de cet indicateur"
        )
    labels = wording.choice_labels(cible) if cible.get("type") != "nombre" else {}
    q = dict(q)
    q["choix"] = [
        {"libelle": labels[c["valeur"]], **c}
        if isinstance(c, dict) and "libelle" not in c and c.get("valeur") in labels
        else c
        for c in q.get("choix") or []
    ]
    return render(q, {**context, "cible": cible}, path)


def exercices(raw: dict[str, Any]) -> dict[Cle, int | None]:
    """The exercices a family covers, each with the exercice whose rules it reconducts
    (None: its own rules)."""
    spec = raw.get("exercices")
    if spec == PROJET:
        return {PROJET: None}
    if not isinstance(spec, dict) or not isinstance(spec.get("depuis"), int):
        raise CompileError(
            ("exercices",), "« exercices » vaut {depuis: 2017, jusqu_a: 2025} ou « projet »"
        )
    end = spec.get("jusqu_a", spec["depuis"])
    out: dict[Cle, int | None] = {y: None for y in range(spec["depuis"], end + 1)}
    for year, entry in (raw.get("provisoires") or {}).items():
        if not isinstance(entry, dict) or entry.get("reconduit_de") not in out:
            raise CompileError(
                ("provisoires", year), "un exercice provisoire reconduit un exercice couvert"
            )
        out[year] = entry["reconduit_de"]
    return out


def compile_family(raw: dict[str, Any], cle: Cle, cite: Citations) -> dict[str, Any]:
    """The `Dispositif` fields of one exercice of a family (validated by the caller).

    A provisional exercice takes the rules of the one it reconducts, says so in a first
    warning, and publishes no dates unless its `provisoires:` entry gives them."""
    reconduit = exercices(raw).get(cle)
    rules_of = reconduit if reconduit is not None else cle
    params = parameters(raw.get("parametres"), rules_of, cite)
    body = {k: v for k, v in raw.items() if k not in FAMILY_KEYS}
    provisional: list[Source] = []
    if reconduit is not None:
        entry = raw["provisoires"][cle]
        provisional = cite(entry.get("sources") or [], ("provisoires", cle, "sources"))
        if not provisional:
            raise CompileError(("provisoires", cle), "un exercice provisoire cite ses sources")
        body.update(_unpublished(cle, entry["sources"]))
        body.update({k: v for k, v in entry.items() if k not in ("reconduit_de", "sources")})
    compiled = Resolver(rules_of, params, cite)(body)
    if "ordre" in compiled:
        compiled["indicateurs"] = _ordered(compiled["indicateurs"], compiled.pop("ordre"), cle)
    year = cle if isinstance(cle, int) else None
    context = {
        "exercice": year,
        "reconduit_de": reconduit,
        "valeurs": history(raw.get("parametres")),
        **{k: v.valeur for k, v in params.items()},
    }
    compiled = render(compiled, context)
    compiled.update(
        famille=raw.get("famille"),
        profession=raw.get("profession"),
        dispositif=raw.get("dispositif"),
        exercice=year,
        statut="projet" if cle == PROJET else ("provisoire" if reconduit is not None else "publie"),
        reconduit_de=reconduit,
    )
    if provisional:
        note = {
            "texte": f"Exercice {cle} provisoire : aucun texte propre à {cle} n'est publié dans "
            f"nos sources, le bot applique les règles de {reconduit}. À confirmer auprès de "
            "votre CPAM.",
            "sources": provisional,
        }
        compiled["avertissements"] = [note, *compiled.get("avertissements", [])]
        compiled["sources"] = [*compiled.get("sources", []), *provisional]
    return compiled


def _unpublished(cle: Cle, sources: Any) -> dict[str, Any]:
    """Dates a provisional exercice cannot take from the one it reconducts (the entry may
    give them)."""
    return {
        "declaration": {
            "texte": f"Dates de déclaration de l'exercice {cle} non publiées dans nos "
            f"sources\u202f: pas avant {int(cle) + 1}, les indicateurs étant appréciés au "
            f"31/12/{cle}. Demandez à votre CPAM.",
            "sources": sources,
        },
        "paiement": {
            "texte": f"Date de versement de l'exercice {cle} non publiée dans nos sources\u202f: à "
            "confirmer auprès de votre CPAM.",
            "sources": sources,
        },
    }


def _ordered(indicators: list[dict[str, Any]], order: Any, cle: Cle) -> list[dict[str, Any]]:
    """Indicators in the order `ordre:` gives for this exercice (the question order)."""
    by_id = {ind.get("id"): ind for ind in indicators}
    if not isinstance(order, list) or sorted(map(str, order)) != sorted(map(str, by_id)):
        raise CompileError(
            ("ordre",), f"« ordre » doit lister chaque indicateur de l'exercice {cle} une fois"
        )
    return [by_id[i] for i in order]
