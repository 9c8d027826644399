"""The conversation commands of the engine (/start, /modifier, /resultat…), registered in
`bot/commands.py` in the menu's order as this module is imported."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import result_messages
from bot.actions import (
    PROFILE,
    ConfirmForget,
    Modify,
    RunCommand,
)
from bot.answer_labels import given, recorded
from bot.commands import COMMANDS, command
from bot.messages import Choice, block, bold, message, plain
from bot.questionnaire import indicator_of
from bot.render import render
from bot.render import shorten as short_label
from bot.session import Session
from bot.step import Step
from calculators.values import fold
from knowledge.schema import Indicateur

DEEP_LINK = re.compile(r"(.+?)(?:_(\d{4}|projet))?")  # "dentiste_2024": a profession, a year


ONLY_PUBLISHED_DATES = (
    "Je ne programme pas de rappel à une date de votre choix : je vous écris avant les dates "
    "de déclaration publiées. « /rappel annuler » annule vos rappels."
)


class CommandSteps:
    """Engine steps (a mixin of `bot.engine.Engine`, which holds the knowledge and the clock)."""

    @command("start", "Estimer mes forfaits")
    def _cmd_start(self, s: Session, args: str = "") -> Step:
        link = self._deep_link(args) if args else None
        if link:
            profession, year = link
            if s.answers and s.profession == profession and year in (None, s.exercice):
                return self._cmd_reprendre(s)  # the same case: keep the answers
            s.reset()
            s.profession = profession
            if year and self.kb.dispositif(s.profession, year):
                s.exercice = year
                return Step(s, [self._intro(s), *self._next(s)])
            return Step(s, self._next(s))
        if s.profession or s.answers:
            text = "Vous avez un questionnaire en cours. Voulez-vous le reprendre ou recommencer ?"
            rows = [
                [
                    Choice("Reprendre", RunCommand("reprendre")),
                    Choice("Recommencer", RunCommand("recommencer")),
                ]
            ]
            return Step(s, [plain(text, rows)])
        welcome = plain(
            "Bonjour ! J'estime vos forfaits de l'Assurance Maladie (forfait structure, "
            "dotation numérique, FAMI) et je réponds à vos questions sur les indicateurs.\n"
            "Je ne demande jamais de données sur vos patients."
        )
        return Step(s, [welcome, *self._next(s)])

    def _deep_link(self, payload: str) -> tuple[str, str | None] | None:
        """(profession id, exercice or None) of a /start payload: a profession's slug, id or
        alias of the registry, then "_2024" or "_projet"."""
        m = DEEP_LINK.fullmatch(fold(payload))
        profession = self.kb.profession(m.group(1)) if m else None
        return (profession, m.group(2)) if m and profession else None

    @command("reprendre", "Reprendre là où j'en étais")
    def _cmd_reprendre(self, s: Session, _: str = "") -> Step:
        return Step(s, self._next(s, resume=True))

    @command("retour", "Revenir à la question précédente")
    def _cmd_retour(self, s: Session, _: str = "") -> Step:
        if not s.history:
            return Step(s, [plain("Pas de question précédente."), *self._next(s, resume=True)])
        last = s.history.pop()
        self._clear_from(s, last)
        return Step(s, self._ask(s, last))

    @command("modifier", "Changer une réponse")
    def _cmd_modifier(self, s: Session, _: str = "") -> Step:
        """The current answers, each a button that asks it again."""
        d = self._dispositif(s)
        if d is None or not s.answers:
            return Step(s, [plain("Aucune réponse à modifier pour l'instant."), *self._next(s)])
        lines: list[str] = []
        rows = []
        for i in d.indicateurs:
            if i.id not in s.answers:
                continue
            said = self._answered(s, i)
            lines.append(f"• {short_label(i.libelle, 56)} : {said}")
            label = short_label(f"{short_label(i.libelle, 34)} : {said}", 64)
            rows.append([Choice(label, Modify(i.id))])
        profession = self.kb.professions[s.profession].libelle
        lines.append(f"• Profession et exercice : {profession}, {s.exercice}")
        rows.append([Choice("Profession ou exercice", Modify(PROFILE))])
        title = block(bold("Quelle réponse voulez-vous modifier ?"))
        return Step(s, [message(title, block("Vos réponses :", *lines), choices=rows)])

    def _answered(self, s: Session, ind: Indicateur) -> str:
        """An indicator's answer as it was given: « 10 % ou plus », the button a rate's
        question was answered with, not the « Oui » it is recorded as."""
        answer = s.answers[ind.id]
        asked = next((q for q in reversed(s.history) if indicator_of(q) == ind.id), None)
        if not isinstance(answer, bool) or asked is None or asked in s.path:
            return recorded(ind, answer, s.path)
        return given("oui" if answer else "non", self._describe(s, asked).buttons, "choice")

    @command("resultat", "Voir le résultat et le plan d'action")
    def _cmd_resultat(self, s: Session, _: str = "") -> Step:
        """The result for the answers so far; mid-way, a button back to the pending question
        (which a typed answer will not answer unseen: `Session.pending_hidden`)."""
        d = self._dispositif(s)
        if d is None:
            text = "Choisissez d'abord votre profession et l'exercice."
            return Step(s, [plain(text), *self._next(s)])
        result = self._result(s, d)
        if s.pending:
            more = ((Choice("Continuer les questions", RunCommand("reprendre")),),)
            result = replace(result, choices=more + result.choices)
        return Step(s, [result])

    @command("recommencer", "Tout reprendre à zéro")
    def _cmd_recommencer(self, s: Session, _: str = "") -> Step:
        s.reset()
        return Step(s, [plain("C'est reparti."), *self._next(s)])

    @command("rappel", "Être prévenu avant la date limite")
    def _cmd_rappel(self, s: Session, args: str = "") -> Step:
        """The pending reminders and a button to cancel them, or an offer for the scheme."""
        if fold(args) == "annuler":
            return self._cancel_reminders(s)
        # "/rappel 15 décembre": the dates are the scheme's, never silently ignored
        said = [plain(ONLY_PUBLISHED_DATES)] if fold(args) else []
        d = self._dispositif(s)
        if s.reminders:
            return Step(s, [*said, self._reminder_list(s, d)])
        if d is None:
            text = "Pour programmer un rappel, choisissez d'abord votre profession et l'exercice."
            return Step(s, [*said, plain(text), *self._next(s)])
        return Step(s, [*said, self._reminder_offer(s, d)])

    @command("sources", "Les guides utilisés")
    def _cmd_sources(self, s: Session, _: str = "") -> Step:
        d = self._dispositif(s)
        if d is None:
            return Step(s, [render("sources.j2", d=None)])
        return Step(s, [result_messages.sources(self._result_context(s, d))])

    @command("aide", "Comment ça marche")
    def _cmd_aide(self, s: Session, _: str = "") -> Step:
        return Step(s, [render("aide.j2", commands=COMMANDS.public())])

    @command("oublier", "Effacer toutes mes données")
    def _cmd_oublier(self, s: Session, _: str = "") -> Step:
        text = "Effacer toutes vos réponses et vos rappels ? Cette action est définitive."
        rows = [
            [
                Choice("Oui, tout effacer", ConfirmForget(True)),
                Choice("Non, garder", ConfirmForget(False)),
            ]
        ]
        s.forget_asked = True  # a typed « oui » or « non » answers it (Engine.step)
        return Step(s, [plain(text, rows)])

    @command("annuler", "Mettre le questionnaire en pause")
    def _cmd_annuler(self, s: Session, _: str = "") -> Step:
        s.pending = None
        text = "Questionnaire en pause. Vos réponses sont gardées : /reprendre pour continuer."
        return Step(s, [plain(text)])
