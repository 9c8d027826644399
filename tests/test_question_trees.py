"""The chat's questions agree with the calculator on every target of every scheme.

For each numeric target (an indicator's, or a component's) of every profession and exercice,
a practitioner whose value is just below, at or just above the target answers the question
tree as a person would, reading the buttons ("Plus de 30 %", "30 % ou moins") or the question
("au moins une"); the verdict the tree reaches must equal `calculators.forfait.meets` and the
estimate on the same value, and both must follow the target's operator ("> 30" fails at 30,
"≥ 30" passes), except at a threshold whose texts give two operators (`ambiguite`): there
the estimate says "ambigu". A question that asks for the value itself is judged by the
calculator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from calculators.forfait import estimate, meets
from knowledge import Knowledge, load
from knowledge.schema import Cible, Dispositif, Indicateur, Question

Target = tuple[Dispositif, Indicateur, str, Cible]  # scheme, indicator, target id, target


def targets(kb: Knowledge) -> Iterator[Target]:
    for d in kb.dispositifs.values():
        for ind in d.indicateurs:
            if ind.statut_exercice == "neutralise":
                continue
            own = [(ind.id, ind.cible)] + [(c.id, c.cible) for c in ind.composantes]
            for tid, cible in own:
                if cible.valeur is not None and cible.operateur is not None:
                    yield d, ind, tid, cible


def values(cible: Cible) -> list[float]:
    """Just below, at and just above the target."""
    v = cible.valeur
    assert v is not None
    out = [v - 1, v, v + 1]
    if cible.type in ("taux", "moyenne"):
        out = [min(max(x, 0.0), 100.0) for x in out]
    return [x for x in out if x >= 0]


def expected(cible: Cible, x: float) -> bool:
    """The operator, read independently of the calculator."""
    assert cible.valeur is not None
    return x > cible.valeur if cible.operateur == ">" else x >= cible.valeur - 1e-6


def _number(text: str) -> float:
    return float(text.replace("\u202f", "").replace(" ", "").replace(",", "."))


LABELS = [  # what a button promises about the practitioner's value
    (re.compile(r"^Plus de ([\d,]+)\s?%$"), lambda x, n: x > n),
    (re.compile(r"^([\d,]+)\s?% ou moins$"), lambda x, n: x <= n),
    (re.compile(r"^([\d,]+)\s?% ou plus$"), lambda x, n: x >= n),
    (re.compile(r"^Moins de ([\d,]+)\s?%$"), lambda x, n: x < n),
]
AT_LEAST = re.compile(r"au moins (une?|\d+)")


def pick(q: Question, x: float) -> str:
    """The choice a practitioner whose value is `x` taps, from the wording alone."""
    fitting = []
    for c in q.choix:
        label = c.libelle.replace("\u202f", " ")
        for pattern, holds in LABELS:
            m = pattern.match(label)
            if m and holds(x, _number(m.group(1))):
                fitting.append(c.valeur)
        if label in ("Oui", "Non"):
            m = AT_LEAST.search(q.texte)
            assert m, f"{q.id}: a yes/no threshold question says « au moins … »"
            n = 1.0 if m.group(1) in ("un", "une") else _number(m.group(1))
            if (x >= n) == (label == "Oui"):
                fitting.append(c.valeur)
    assert len(fitting) == 1, f"{q.id}: {x} fits {fitting} among {[c.libelle for c in q.choix]}"
    return fitting[0]


def tree_verdict(ind: Indicateur, tested: str, x: float, others: dict[str, float]) -> bool | None:
    """The verdict the question tree reaches; None when it asks for the value itself."""
    by_id = {q.id: q for q in ind.questions}
    q = ind.questions[0] if ind.questions else None
    while q is not None:
        if q.type == "valeur":
            return None
        assert q.teste is not None, f"{q.id}: a question on a numeric target says what it tests"
        value = x if q.teste == tested else others[q.teste]
        choice = next(c for c in q.choix if c.valeur == pick(q, value))
        if choice.resultat is not None:
            return choice.resultat.reponse
        q = by_id[choice.suivante]
    return None  # no tree: the engine asks each component's value


def met_value(cible: Cible) -> float:
    assert cible.valeur is not None
    return min(cible.valeur + 1, 100.0) if cible.type in ("taux", "moyenne") else cible.valeur + 1


def answer(ind: Indicateur, tested: str, x: float) -> Any:
    """The calculator's answer: the value, or the components with the others met."""
    if tested == ind.id:
        return x
    return {
        c.id: x if c.id == tested else (met_value(c.cible) if c.cible.valeur is not None else 100.0)
        for c in ind.composantes
    }


CASES = [
    pytest.param(d, ind, tid, cible, id=f"{d.profession}-{d.cle}-{ind.id}-{tid}")
    for d, ind, tid, cible in targets(load())
]


@pytest.mark.parametrize(("d", "ind", "tested", "cible"), CASES)
def test_tree_agrees_with_calculator(
    d: Dispositif, ind: Indicateur, tested: str, cible: Cible
) -> None:
    others = {
        c.id: met_value(c.cible) for c in ind.composantes if c.id != tested and c.cible.valeur
    }
    assert cible.parametre and cible.sources, "a threshold is a parameter with its references"
    for x in values(cible):
        want = expected(cible, x)
        assert meets(cible, x) == want, f"meets({x}) against {cible.operateur} {cible.valeur}"
        verdict = tree_verdict(ind, tested, x, others)
        if verdict is not None:
            assert verdict == want, f"{x}: the tree says {verdict}, the target {want}"
        result = next(
            r for r in estimate(d, {ind.id: answer(ind, tested, x)}).indicateurs if r.id == ind.id
        )
        readings = cible.ambiguite.lectures if cible.ambiguite else []
        if len({meets(cible, x, r.operateur) for r in readings}) > 1:
            # at a threshold the texts state two ways, the calculator shows both readings
            assert result.statut == "ambigu", (x, result.raison)
        elif tested == ind.id or ind.agregation == "tous":
            if want:
                assert result.statut in ("atteint", "inconnu"), (x, result.raison)
            else:
                assert result.statut == "non_atteint", (x, result.raison)


def test_every_threshold_question_is_tied_to_its_target() -> None:
    """Every choice question of an indicator with a numeric target says what it tests."""
    for d, ind, _, _ in targets(load()):
        for q in ind.questions:
            if q.type == "choix" and ind.cible.type == "booleen":
                assert q.teste is not None, f"{d.id} {q.id}"


def test_cases_cover_every_published_scheme() -> None:
    """Every scheme but the draft (whose targets are all « XX ») has targets to walk."""
    covered = {(d.profession, d.cle) for d, *_ in targets(load())}
    assert covered == {k for k, d in load().dispositifs.items() if d.statut != "projet"}
