"""What several indicators pay together, asked in one sentence: "socle + coordination +
étudiant de 6e année, combien au total ?", "tout validé en 2023 sauf le SAS, je touche
combien ?", "j'ai raté le taux FSE mais j'ai un étudiant, je touche quoi ?".

One FAQ entry gives the amount of one indicator; the sum depends on which ones are met and
on the gates between groups, so the calculator answers: the indicators and groups the
question names, met or not ("sans", "raté", "sauf"), the others not met (or met, after
"tout … sauf"), judged by `calculators.estimate` on the asker's scheme.
"""

from __future__ import annotations

import re
from typing import Any

from bot.faq import Answer
from bot.faq_text import fold, normalise
from bot.question_scope import values
from bot.rule_answers import NEGATION, Case, RuleAnswers
from bot.rule_facts import AMOUNT, WHEN, Fact, _labels, _q
from calculators import estimate
from calculators.french import NNBSP, fmt_eur, fmt_points
from knowledge.schema import Dispositif, Groupe, Indicateur

# What a sum question asks: "combien", "ça fait", "au total", "je touche quoi".
ASKS_SUM = re.compile(
    r"\b(combien|au total|en tout|ca fait|ca donne|en euros|touch\w* (quoi|combien)|"
    r"(j'ai|on a|il a) droit a quoi)\b"
)
# The asker's own situation, not the worth of each thing named ("combien rapportent le SAS
# et la coordination ?" asks two figures, which `RuleFacts` gives).
OWN_CASE = re.compile(
    r"\b(j'ai|jai|il a|elle a|on a|j'avais|il avait|valide\w*|atteint\w*|ok|rempli\w*|"
    r"coche\w*|rate\w*|manque\w*|sauf|eu|fait|obtenu)\b|\+"
)
# Between the things listed; the words after "sauf" are not met.
SEPARATOR = re.compile(
    r"(\+|,|;|&|\bet\b|\bavec\b|\bmais\b|\bplus\b|\bainsi que\b|\bpuis\b|\bsauf\b|"
    r"\bhormis\b|\bexcepte\b|\bhors\b)"
)
# When, not what: "cette année" names no indicator (the student's "6e année" would match).
TIME = re.compile(r"\b(cette|l'|les?|en|des|d'|par) ?(annee|an|ans|mois)\b|\b(19|20)\d\d\b")
EXCEPT = frozenset(["sauf", "hormis", "excepte", "hors"])
# "tout validé sauf…", "tous les indicateurs sauf…": everything met but what follows.
ALL_MET = re.compile(
    r"\b(tout|tous les indicateurs)( est| a)? (valide\w*|bon|ok|atteint\w*|rempli\w*|coche\w*|"
    r"fait)\b|\btout sauf\b"
)


class RuleSums:
    """Built on the calculator's `RuleAnswers` (same words, same cases)."""

    def __init__(self, rules: RuleAnswers) -> None:
        self.rules = rules

    def fact(self, text: str, ans: Answer, case: Case | None) -> Fact | None:
        """The total for what the question lists, on `case`; None when it lists fewer than
        two things (one indicator is `RuleAnswers`' or `RuleFacts`' to answer)."""
        folded = fold(text)
        if case is None or (not ASKS_SUM.search(folded) and not AMOUNT.search(folded)):
            return None
        if WHEN.search(folded) or not OWN_CASE.search(folded):
            return None
        d = case.dispositif
        everything = bool(ALL_MET.search(folded))
        named = self._listed(folded, d)
        if len(named) < 2 and not (everything and any(not met for _, met, _ in named)):
            return None
        answers = self._answers(d, named, everything)
        est = estimate(d, answers)
        return self._fact(case, named, est, everything)

    def _listed(
        self, folded: str, d: Dispositif
    ) -> list[tuple[Indicateur | Groupe, bool, float | None]]:
        """Each indicator or group named, whether it is met, and the figure given with it."""
        out: list[tuple[Indicateur | Groupe, bool, float | None]] = []
        parts = SEPARATOR.split(folded)
        excepted = False
        for part in parts:
            word = part.strip()
            if word in EXCEPT:
                excepted = True
                continue
            if SEPARATOR.fullmatch(word) or not word:
                continue
            item, figure = self._named(AMOUNT.sub(" ", ASKS_SUM.sub(" ", word)), d)
            if item is None or any(x is item for x, _, _ in out):
                continue
            met = not excepted and not NEGATION.search(word)
            out.append((item, met, figure))
        return out

    def _named(self, part: str, d: Dispositif) -> tuple[Indicateur | Groupe | None, float | None]:
        stems = set(self.rules.index._stemmer.words(normalise(part).split()))
        group = self.rules._group(stems, d)
        if group is not None:
            return group, None
        figures = [v for v in values(part) if self.rules._own(part, v)]
        words = self.rules._stems(TIME.sub(" ", part), correct=True) - self.rules._gate_words
        found = self.rules._named(words, d, figures[0] if figures else None)
        if found is None:
            return None, None
        ind, comp = found
        if comp is not None:
            return None, None  # one rate of an indicator: not an item of a sum
        return ind, figures[0].value if figures else None

    @staticmethod
    def _answers(
        d: Dispositif, named: list[tuple[Indicateur | Groupe, bool, float | None]], everything: bool
    ) -> dict[str, Any]:
        answers: dict[str, Any] = {i.id: everything for i in d.indicateurs}
        for item, met, figure in named:
            if isinstance(item, Groupe):
                for i in d.indicateurs:
                    if i.groupe == item.id and i.statut_exercice == "actif":
                        answers[i.id] = met
            else:
                answers[item.id] = figure if figure is not None and met else met
        return answers

    @staticmethod
    def _fact(
        case: Case, named: list[tuple[Indicateur | Groupe, bool, float | None]], est, everything
    ) -> Fact:
        d = case.dispositif
        met = [_label(x) for x, ok, _ in named if ok]
        missed = [_label(x) for x, ok, _ in named if not ok]
        lines = []
        if everything:
            lines.append("Tous les indicateurs atteints, sauf " + ", ".join(missed) + ".")
        else:
            if met:
                lines.append(f"Atteints{NNBSP}: " + ", ".join(met) + ".")
            if missed:
                lines.append(f"Non atteints{NNBSP}: " + ", ".join(missed) + ".")
            lines.append("Les autres indicateurs sont comptés comme non atteints.")
        total = _amount(d, est.total_points, est.total_eur)
        if est.total_eur_max > est.total_eur:
            most = _amount(d, est.total_points_max, est.total_eur_max)
            lines.append(
                f"Total{NNBSP}: entre {total} et {most}, selon la lecture des textes ; à confirmer "
                "auprès de votre CPAM."
            )
        else:
            lines.append(f"Total{NNBSP}: {total} pour l'exercice {case.exercice}.")
        best = estimate(d, {i.id: True for i in d.indicateurs}).total_eur_max
        lines.append(f"Au plus {fmt_eur(best)} avec tous les indicateurs.")
        ids = {x.id for x, _, _ in named}
        sources = [s for r in est.indicateurs if r.id in ids or r.groupe in ids for s in r.sources]
        return Fact(
            case,
            "somme",
            "",
            f"Total estimé — {d.libelle}",
            tuple(lines),
            tuple(a.raison for a in est.ambiguites),
            tuple(dict.fromkeys(sources)) or _labels(list(d.sources)),
        )


def _amount(d: Dispositif, points: float | None, eur: float) -> str:
    if d.unite == "points" and points is not None:
        return f"{fmt_eur(eur)} ({fmt_points(points)})"
    return fmt_eur(eur)


def _label(x: Indicateur | Groupe) -> str:
    return x.libelle if "«" in x.libelle else _q(x.libelle)
