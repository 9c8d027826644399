"""What to ask next and how a question reads: the next useful indicator (from
`calculators.missing_answers`), the tree question reached, its buttons, target and help."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.actions import (
    Answer,
    ContinueHypothetical,
    RunCommand,
)
from bot.answers import (
    NSP,
    component_prompt,
    kind_of,
    target_buttons,
    typing_prompt,
)
from bot.messages import Choice, Message, block, bold, italic, line, message, plain
from bot.render import render
from bot.render import shorten as short_label
from bot.session import Session
from bot.typography import year_runs
from bot.understand import Kind
from calculators import Estimate, estimate
from calculators.calendar import calendar, following, missing, offered, status, window_text
from calculators.explain import MissingAnswer, missing_answers
from calculators.french import fmt_eur
from calculators.values import UNKNOWN_VALUE
from knowledge.schema import Cible, Composante, Dispositif, Indicateur, Question

PROFILE_QUESTIONS = ("profession", "exercice")


def indicator_of(qid: str) -> str:
    """The indicator a question id asks about: "apcv_messagerie.messagerie" and
    "teleservices:aat" are questions of "apcv_messagerie" and "teleservices"."""
    return qid.partition(":")[0].split(".")[0]


@dataclass(frozen=True)
class _Ask:
    """A question of the questionnaire, from a tree or generated (profession, components)."""

    id: str
    text: str
    buttons: list[tuple[str, str]]  # (label, valeur)
    free: Kind  # what can be typed: bot/understand.py's kind of question
    aide: str | None = None
    cible: Cible | None = None  # the target a typed figure is compared with
    components: tuple[str, ...] = ()  # rates that may be typed at once ("DMT 95 FSE 98")
    prompt: str = ""  # a numeric question's target, unit and what can be typed


def _spans(years: list[int]) -> str:
    """2017, 2018, …, 2023, 2027, 2028 -> "2017 à 2023, 2027, 2028"."""
    return ", ".join(
        f"{r[0]} à {r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in year_runs(years)
    )


class Questionnaire:
    """Engine steps (a mixin of `bot.engine.Engine`, which holds the knowledge and the clock)."""

    def _dispositif(self, s: Session) -> Dispositif | None:
        if s.profession and s.exercice:
            return self.kb.dispositif(s.profession, s.exercice)
        return None

    @staticmethod
    def _entry(ind: Indicateur) -> Question | _Ask:
        return ind.questions[0] if ind.questions else _Ask(ind.id, ind.libelle, [], "choice")

    def _next(self, s: Session, resume: bool = False) -> list[Message]:
        """Ask the next useful question, or give the result."""
        if s.profession is None:
            return self._ask(s, "profession")
        d = self._dispositif(s)
        if d is None:
            return self._ask(s, "exercice")
        if resume and s.pending:
            return self._ask(s, s.pending)
        missing = missing_answers(d, self._answers(s), hypothetical=s.hypothetical)
        nxt = self._next_question(d, missing)
        if nxt is not None:
            return self._ask(s, self._pending_question(s, nxt), missing)
        s.pending = None
        blocked = [m for m in missing if m.bloque_par and not m.repondu]
        # Estimated here only when an answer is blocked: the result computes its own.
        est = self._estimate(s, d) if blocked and not s.hypothetical else None
        if est is not None and est.socle_atteint is False:
            s.socle_notice = True
            gains = [g for g in est.gains if g.bloquant]
            gain = f" ({fmt_eur(gains[0].eur)} de plus une fois corrigé)" if gains else ""
            rows = [
                [
                    Choice("Oui, continuer", ContinueHypothetical()),
                    Choice("Voir le résultat", RunCommand("resultat")),
                ]
            ]
            notice = plain(
                f"❌ Le socle n'est pas atteint{gain} : les indicateurs qui en dépendent ne "
                "seront pas versés. Voulez-vous quand même répondre aux autres questions pour "
                "voir ce qu'ils rapporteraient une fois le socle corrigé ?",
                rows,
            )
            return [notice]
        return [self._result(s, d)]

    @staticmethod
    def _next_question(d: Dispositif, missing: list[MissingAnswer]) -> Indicateur | None:
        """The first indicator, in the scheme's order, whose answer can still change the
        result (`missing_answers` says which, hypothetical mode included). "Je ne sais pas"
        answers are not asked again."""
        useful = [m for m in missing if m.eur > 0 and not m.repondu]
        if not useful:
            return None
        first = min(useful, key=lambda m: m.ordre)
        return d.indicateurs[first.ordre]

    def _pending_question(self, s: Session, ind: Indicateur) -> str:
        """The tree question reached by the answers so far, or the next component."""
        value = s.answers.get(ind.id, ...)
        if isinstance(value, dict):
            missing = next(c for c in ind.composantes if c.id not in value)
            return f"{ind.id}:{missing.id}"
        q = ind.questions[0] if ind.questions else None
        while q is not None and q.id in s.path:
            choice = next((c for c in q.choix if c.valeur == s.path[q.id]), None)
            if choice is None or choice.suivante is None:
                break
            q = next(x for x in ind.questions if x.id == choice.suivante)
        return q.id if q is not None else ind.id

    def _describe(self, s: Session, qid: str) -> _Ask:
        if qid == "profession":
            return _Ask(
                qid, "Vous êtes ?", [(f.libelle, f.id) for f in self._professions], "choice"
            )
        if qid == "exercice":
            return self._exercice_ask(s)
        d = self._dispositif(s)
        ind, comp = self._target_of(d, qid)
        if comp is not None:
            return self._component_ask(s, d, ind, comp, qid)
        q = next((q for q in ind.questions if q.id == qid), None)
        aide = (q.aide if q else None) or ind.aide
        if q is not None and q.type == "choix":
            buttons = [(c.libelle, c.valeur) for c in q.choix]
            return _Ask(qid, q.texte, buttons, "choice", aide, cible=self._tested(ind, q))
        text = q.texte if q else f"{ind.libelle} : objectif atteint ?"
        kind = kind_of(ind.cible)
        if kind == "choice":  # a yes/no target without a tree
            buttons = [("Oui, objectif atteint", "oui"), ("Non", "non")]
            if ind.composantes:
                buttons.append(("Détailler", "detail"))
            return _Ask(qid, text, buttons, "choice", aide)
        buttons = target_buttons(ind.cible)
        rates = tuple(c.id for c in ind.composantes if c.cible.type == "taux")
        if ind.composantes:  # several rates may be typed at once, or one at a time
            label = "Taux par taux" if kind == "rates" else "Détailler"
            buttons.append((label, "detail"))
        prompt = typing_prompt(kind, ind.cible, rates, bool(buttons))
        return _Ask(qid, text, buttons, kind, aide, ind.cible, rates, prompt)

    @staticmethod
    def _tested(ind: Indicateur, q: Question) -> Cible | None:
        """The numeric target a threshold choice compares with (its `teste`), if any."""
        if q.teste is None:
            return None
        if q.teste == ind.id:
            return ind.cible
        return next((c.cible for c in ind.composantes if c.id == q.teste), None)

    def _component_ask(
        self, s: Session, d: Dispositif, ind: Indicateur, comp: Composante, qid: str
    ) -> _Ask:
        year = d.exercice or ""
        kind = kind_of(comp.cible)
        if kind == "percent":
            text = f"{comp.libelle} : quel est votre taux en {year} (en %) ?"
        else:
            text = f"{comp.libelle} : combien en {year} ?"
        given = s.answers.get(ind.id)
        given = given if isinstance(given, dict) else {}
        rest = [c.id for c in ind.composantes if c.id not in given and c.id != comp.id]
        remaining = (comp.id, *rest)  # the rates still to give may come in one message
        if any(c.cible.type != "taux" for c in ind.composantes):
            remaining = ()
        if ind.cible.type == "moyenne":  # no target of its own: it counts in the mean
            prompt = component_prompt(ind.cible, remaining)
            return _Ask(qid, text, [], kind, ind.aide, comp.cible, remaining, prompt)
        buttons = target_buttons(comp.cible)
        if comp.cible.valeur is None:
            buttons = [("Objectif atteint", "oui"), ("Non", "non")]
        prompt = typing_prompt(kind, comp.cible, remaining, True)
        return _Ask(qid, text, buttons, kind, ind.aide, comp.cible, remaining, prompt)

    def _exercice_ask(self, s: Session) -> _Ask:
        """Exercices in the calendar's order, each saying where it stands on today's date: the
        one that can still be acted on first; older closed ones are typed, not pushed."""
        schemes = self._schemes.get(s.profession or "", [])
        shown = offered(schemes, self.today())
        notes = [f"{e.cle} {e.note}" for e in shown if e.note]
        others = [e for e in calendar(schemes, self.today()) if e not in shown]
        years = [e.exercice for e in others if e.exercice is not None]
        if years:
            draft = " ou « projet »" if len(years) < len(others) else ""
            notes.append(f"Autre exercice ({_spans(years)}) : tapez l'année{draft}.")
        absent = missing(schemes, self.today())
        if absent:
            notes.append(f"{_spans(absent)} : pas encore dans mes sources.")
        return _Ask(
            "exercice",
            "Pour quel exercice ? (l'année des indicateurs, déclarés l'année suivante)",
            [(e.libelle, e.cle) for e in shown],
            "choice",
            " ".join(notes) or None,
        )

    def _ask(
        self, s: Session, qid: str, missing: list[MissingAnswer] | None = None
    ) -> list[Message]:
        """The question's message (`asks` names it), with where it stands in the questionnaire;
        `missing`: the missing answers when the caller has them already."""
        ask = self._describe(s, qid)
        s.pending = qid
        s.pending_hidden = False
        rows = [
            [Choice(short_label(label, 64), Answer(qid, valeur))] for label, valeur in ask.buttons
        ]
        if len(rows) == 2 and all(len(r[0].label) < 20 for r in rows):
            rows = [[rows[0][0], rows[1][0]]]
        if qid not in ("profession", "exercice"):
            rows.append([Choice("Je ne sais pas", Answer(qid, NSP))])
        progress = self._progress(s, qid, missing)
        lines = [line(progress)] if progress else []
        lines.append(line(bold(ask.text)))
        if ask.prompt:
            lines.append(line(ask.prompt))
        if ask.aide:
            lines.append(line(italic(ask.aide)))
        return [message(block(*lines), choices=rows, asks=qid)]

    def _progress(self, s: Session, qid: str, missing: list[MissingAnswer] | None) -> str:
        """ "Question 3 · encore 5 indicateurs au plus": the questions answered so far, and the
        other indicators whose answer can still change the result (some may stop mattering,
        and a tree may ask a follow-up: "au plus" counts indicators)."""
        d = self._dispositif(s)
        if d is None or qid in PROFILE_QUESTIONS:
            return ""
        if missing is None:
            missing = missing_answers(d, self._answers(s), hypothetical=s.hypothetical)
        current = indicator_of(qid)
        others = len({m.id for m in missing if m.eur > 0 and not m.repondu} - {current})
        n = 1 + sum(1 for h in s.history if h not in PROFILE_QUESTIONS and h != qid)
        if others == 0:
            # an indicator asked in two questions (ApCV, then messaging): the second goes on
            asked = any(h != qid and indicator_of(h) == current for h in s.history)
            return f"Question {n} · dernier indicateur{', suite' if asked else ''}"
        return f"Question {n} · encore {others} indicateur{'s' if others > 1 else ''} au plus"

    def _intro(self, s: Session) -> Message:
        d = self._dispositif(s)
        n = sum(1 for i in d.indicateurs if i.statut_exercice != "neutralise")
        today = self.today()
        st = status(d, today)
        nxt = following(self._schemes[d.profession], d.exercice, today) if d.exercice else None
        return render("intro.j2", d=d, n=n, st=st, nxt=nxt, window=window_text(st))

    @staticmethod
    def _answers(s: Session) -> dict[str, Any]:
        """The session's answers as the calculator reads them ("je ne sais pas": unknown); `{}`
        kept: a detail started, every component still to ask (as `missing_answers` reads it)."""
        return {k: (UNKNOWN_VALUE if v is None else v) for k, v in s.answers.items()}

    @classmethod
    def _calculator_answers(cls, s: Session) -> dict[str, Any]:
        """The answers as `estimate` reads them: a detail with no component yet is no answer."""
        return {k: v for k, v in cls._answers(s).items() if v != {}}

    def _estimate(self, s: Session, d: Dispositif) -> Estimate:
        return estimate(d, self._calculator_answers(s))
