"""Consistency checks on a compiled scheme, beyond what each field's schema can see:
a threshold question must agree with the target it tests, points stated beside euros
must agree with the point value, and a correspondence must name answers that exist."""

from __future__ import annotations

import re

from knowledge import wording
from knowledge.schema import Dispositif, Indicateur, Question

PERCENT = re.compile(r"\d[\u202f\u00a0 ]?%")


def problems(d: Dispositif) -> list[tuple[str, str]]:
    """(where, why) for every disagreement found in `d`."""
    out: list[tuple[str, str]] = []
    for ind in d.indicateurs:
        for q in ind.questions:
            where = f"indicateurs.{ind.id}.questions.{q.id}"
            out.extend((where, why) for why in _question(ind, q))
    out.extend(_amounts(d))
    return out


def _question(ind: Indicateur, q: Question) -> list[str]:
    if q.teste is None:
        wording_ = [q.texte, *(c.libelle for c in q.choix)]
        if q.type == "choix" and any(PERCENT.search(t) for t in wording_):
            return ["une question à seuil (« … % ») dit quelle cible elle teste (teste:)"]
        return []
    targets = {ind.id: ind.cible, **{c.id: c.cible for c in ind.composantes}}
    cible = targets[q.teste].model_dump()
    errors = []
    choices = {c.valeur: c for c in q.choix}
    if q.type != "choix" or set(choices) != {"oui", "non"}:
        return ["une question à seuil propose exactement les choix « oui » et « non »"]
    yes, no = choices["oui"], choices["non"]
    if yes.resultat is not None and yes.resultat.reponse is not True:
        errors.append("« oui » (cible atteinte) ne peut pas conclure « non atteint »")
    if no.resultat is None or no.resultat.reponse is not False:
        errors.append("« non » (cible manquée) doit conclure « non atteint »")
    if cible["type"] != "nombre":
        expected = wording.choice_labels(cible)
        for valeur, choice in choices.items():
            if choice.libelle != expected[valeur]:
                errors.append(
                    f"le choix « {choice.libelle} » contredit la cible "
                    f"({'>' if wording.above(cible) else '≥'} {wording.shown(cible)}) : "
                    f"attendu « {expected[valeur]} »"
                )
        if wording.shown(cible) not in q.texte:
            errors.append(f"la question ne cite pas le seuil de sa cible ({wording.shown(cible)})")
    return errors


def _amounts(d: Dispositif) -> list[tuple[str, str]]:
    if d.unite != "points" or not d.valeur_point:
        return []
    rate = d.valeur_point
    items = [
        *((f"groupes.{g.id}", g) for g in d.groupes),
        *((f"indicateurs.{i.id}", i) for i in d.indicateurs),
        *(
            (f"indicateurs.{i.id}.composantes.{c.id}", c)
            for i in d.indicateurs
            for c in i.composantes
        ),
        *((f"totaux_publies.{n}", t) for n, t in enumerate(d.totaux_publies)),
        *(
            (f"avertissements.{n}.autre_maximum", a.autre_maximum)
            for n, a in enumerate(d.avertissements)
            if a.autre_maximum is not None
        ),
    ]
    return [
        (
            where,
            f"{wording.eur(x.points * rate)} attendus pour {x.points:g} points à "
            f"{wording.eur(rate)} le point, {wording.eur(x.eur)} écrits",
        )
        for where, x in items
        if x.points is not None and x.eur is not None and abs(x.eur - x.points * rate) > 0.005
    ]


def correspondence_problems(dispositifs: list[Dispositif]) -> list[tuple[Dispositif, str, str]]:
    """(scheme, where, why) for each answer a `correspondances:` entry takes from a family
    that has no such indicator (or component) in any of its exercices."""
    known: dict[str, set[str]] = {}
    for d in dispositifs:
        ids = known.setdefault(d.famille or "", set())
        for ind in d.indicateurs:
            ids.add(ind.id)
            ids.update(f"{ind.id}:{c.id}" for c in ind.composantes)
    out = []
    for d in dispositifs:
        for n, c in enumerate(d.correspondances):
            if c.famille not in known:
                out.append((d, f"correspondances.{n}.famille", f"famille inconnue « {c.famille} »"))
                continue
            out.extend(
                (
                    d,
                    f"correspondances.{n}.reprend",
                    f"« {ref} » n'est ni un indicateur ni une composante de la famille {c.famille}",
                )
                for ref in c.reprend
                if ref not in known[c.famille]
            )
    return out
