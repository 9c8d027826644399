"""Rates typed into a threshold tree under way: « DSG 40 SPE 20 » at the DSG question, the CM
question answered by a tap. Each question the rates reach is answered from its rate, in the
tree's order; a rate the tree no longer needs, already answered, or not reached yet is named,
never dropped unsaid."""

from __future__ import annotations

from fractions import Fraction

from bot.answering import _confirmation, _noted
from bot.answers import value_error
from bot.messages import plain
from bot.questionnaire import _Ask
from bot.session import Session
from bot.step import Step
from bot.typed_ahead import shown_figure
from bot.understand import NNBSP, RATE_NAMES, Interpretation, decide, named_figures, said_of
from knowledge.schema import Choix, Cible, Question


class TreeTyping:
    """Engine steps (a mixin of `bot.engine.Engine`, which holds the knowledge and the clock)."""

    def _typed_tree(self, s: Session, ask: _Ask, text: str, kept: str) -> Step | None:
        """The answers the rates in `text` give to the tree's remaining questions, from the
        one asked; None when the tree is not under way (`_typed_components` reads it), or the
        text is not only rates of this tree, or is the asked question's own rate alone."""
        d = self._dispositif(s)
        if d is None or ask.free != "choice" or ask.cible is None:
            return None
        ind, _ = self._target_of(d, ask.id)
        if not any(q.id in s.path for q in ind.questions):
            return None
        names = {c.id: RATE_NAMES[c.id] for c in ind.composantes if c.id in RATE_NAMES}
        found = named_figures(text, names)
        q = next((x for x in ind.questions if x.id == ask.id), None)
        if q is None or not found.values or found.rest or set(found.values) == {q.teste}:
            return None
        values = dict(found.values)
        cibles = {c.id: c.cible for c in ind.composantes}
        before = {x.teste: x for x in ind.questions if x.id in s.path}
        said: list[str] = []
        refused: list[str] = []
        first = None
        while q is not None and q.teste in values:
            figure = float(values.pop(q.teste))
            cible = cibles[q.teste]
            name = RATE_NAMES[q.teste][0]
            choice, reason = _threshold_choice(q, figure, cible)
            if choice is None:
                refused.append(f"{name} {shown_figure(figure, cible.type)} ({reason})")
                break
            self._record(s, q.id, choice.valeur)
            s.history.append(q.id)
            first = first or choice.valeur
            said.append(
                f"{name} {shown_figure(figure, cible.type)}, donc «{NNBSP}{choice.libelle}{NNBSP}»"
            )
            q = next((x for x in ind.questions if x.id == choice.suivante), None)
        done, later, moot = [], [], []
        for key, value in values.items():
            name = RATE_NAMES[key][0]
            if key in before:
                label = next(
                    c.libelle for c in before[key].choix if c.valeur == s.path[before[key].id]
                )
                done.append(f"{name} («{NNBSP}{label}{NNBSP}»)")
            else:  # the tree ended before its question, or has not reached it yet
                (moot if q is None else later).append(
                    f"{name} {shown_figure(float(value), cibles[key].type)}"
                )
        lines = [kept] if kept else []
        if said:
            lines.append(f"J'ai compris{NNBSP}: {f'{NNBSP}; '.join(said)}.")
        if done:
            lines.append(
                f"Déjà répondu, inchangé{NNBSP}: {', '.join(done)}"
                f"{NNBSP}; /modifier pour le changer."
            )
        if refused:
            lines.append(f"Non noté{NNBSP}: {', '.join(refused)}.")
        if later:
            lines.append(f"Non noté{NNBSP}: {', '.join(later)}, à redonner à sa question.")
        if moot:
            lines.append(f"Non noté{NNBSP}: {', '.join(moot)}, le résultat est déjà tranché.")
        note = " ".join(lines)
        if first is None:
            return Step(s, [plain(note), *self._ask(s, ask.id)])
        return Step(s, [_confirmation(ask, first), *_noted(note, self._next(s))])

    def _told_next(self, s: Session, ask: _Ask, value: object, text: str) -> tuple[str, str] | None:
        """The tree's next yes/no question that `text`, the answer `value` to `ask`, answers
        in a clause of its own ("ouais qq fse avec l appli et jai envoye des msg" at the Carte
        Vitale app question also says yes to the message one): its id and the valeur said;
        None otherwise."""
        d = self._dispositif(s)
        if d is None or ask.free != "choice":
            return None
        ind, _ = self._target_of(d, ask.id)
        q = next((x for x in ind.questions if x.id == ask.id), None)
        choice = next((c for c in q.choix if c.valeur == value), None) if q else None
        after = next((x for x in ind.questions if choice and x.id == choice.suivante), None)
        if q is None or after is None or after.teste not in RATE_NAMES:
            return None
        if not {"oui", "non"} <= {c.valeur for c in after.choix}:
            return None
        said = said_of(text, RATE_NAMES[after.teste], RATE_NAMES.get(q.teste or "", ()))
        return (after.id, said) if said else None


def _threshold_choice(q: Question, figure: float, cible: Cible) -> tuple[Choix | None, str]:
    """The choice of a threshold question a rate stands for, or None and why not."""
    error = value_error(figure, cible)
    if error:
        return None, error[0].lower() + error[1:-1]
    met = decide(
        Interpretation("value", Fraction(str(figure))), cible.operateur or ">=", cible.valeur or 0
    )
    valeur = {True: "oui", False: "non"}.get(met) if met is not None else None
    choice = next((c for c in q.choix if c.valeur == valeur), None)
    return choice, "" if choice else "cela ne suffit pas à trancher"
