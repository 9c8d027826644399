"""The conversation engine: a pure step (session, event) -> messages, independent of channels.

Questions come from `knowledge/`: each indicator carries its decision tree. The next question
is the first unanswered one whose answer can still change the result; once the socle has
failed, the bot says so and offers to go on in "hypothetical" mode.

Events come in as `bot/events.py` types (a tapped button is its typed action); replies go out
as neutral messages (`bot/messages.py`): no channel's markup or button encoding here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol

from rapidfuzz import fuzz

from bot import reminder_messages as texts
from bot import result_messages
from bot.actions import (
    PROFILE,
    Action,
    Answer,
    CancelReminders,
    ConfirmForget,
    ContinueHypothetical,
    EstimateExercice,
    Modify,
    PlanReminders,
    RunCommand,
    ShowFaqEntry,
    ShowResult,
    StartEstimate,
)
from bot.commands import COMMANDS, command
from bot.events import Command, Event, Forwarded, Text
from bot.messages import Attachment, Choice, Message, block, bold, italic, line, message, plain
from bot.reminders import PARIS, Reminder, plan_reminders
from bot.render import render
from bot.render import shorten as short_label
from bot.report import result_context
from bot.session import Session
from calculators import Estimate, estimate
from calculators.calendar import calendar, following, missing, offered, status, window_text
from calculators.forfait import meets
from calculators.french import fmt_eur
from calculators.profile import normalise_profession
from calculators.values import UNKNOWN_VALUE, Unknown, fold, parse_bool, parse_number
from knowledge import Knowledge
from knowledge.schema import Composante, Dispositif, Indicateur, Question, Resultat

NSP = "nsp"
PROFESSION_LABELS = {"medecin": "Médecin", "chirurgien-dentiste": "Chirurgien-dentiste"}
DEEP_LINK = re.compile(r"^(medecin|dentiste|chirurgien_dentiste)(?:_(\d{4}|projet))?$")
QUESTION_WORDS = re.compile(
    r"^(comment|combien|quand|quel|quelle|quels|quelles|pourquoi|est[- ]ce|ou |qui |que |"
    r"faut[- ]il|dois[- ]je|peut[- ]on|puis[- ]je|c'est quoi|qu'est)"
)


@dataclass
class Step:
    session: Session
    replies: list[Message]
    forget: bool = False  # the user confirmed /oublier: the service erases every trace
    # Applied by the service to the store, under the same lock as the session's save:
    add_reminders: list[Reminder] = field(default_factory=list)  # schedule (same id: replace)
    cancel_reminders: bool = False  # drop every reminder of the chat, and its opt-in


class FaqAnswerer(Protocol):
    def reply(self, text: str, session: Session, forwarded: bool = False) -> Message | None:
        """A sourced answer, suggestions, or a greeting; None when the text is not for it.

        `forwarded`: a practitioner's question forwarded by an advisor, answered to be passed
        on (always a reply, never None)."""

    def entry_reply(self, entry_id: str, session: Session) -> Message | None:
        """The answer of one FAQ entry (a tapped suggestion); None for an unknown id."""


@dataclass(frozen=True)
class _Ask:
    """A question of the questionnaire, from a tree or generated (profession, components)."""

    id: str
    text: str
    buttons: list[tuple[str, str]]  # (label, valeur)
    free: Literal["choice", "number", "percent"]
    aide: str | None = None


class Engine:
    def __init__(
        self,
        kb: Knowledge,
        faq: FaqAnswerer | None = None,
        today: Callable[[], dt.date] | None = None,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        """`now` (aware) dates reminders; `today` (deadlines, years offered) defaults to the
        Paris date of `now`. Tests inject both."""
        self.kb = kb
        self.faq = faq
        self.now: Callable[[], dt.datetime] = now or _utc_now
        self.today: Callable[[], dt.date] = today or (lambda: self.now().astimezone(PARIS).date())
        self._known: dict[str, set[str]] = {}  # question ids of each dispositif, for _repair
        self._professions = {p for p, _ in kb.dispositifs}
        self._by_id = {d.id: d for d in kb.dispositifs.values()}
        self._schemes: dict[str, list[Dispositif]] = {}  # each profession's exercices
        for (profession, _), d in kb.dispositifs.items():
            self._schemes.setdefault(profession, []).append(d)

    # ---- entry point -------------------------------------------------------------------

    def step(self, session: Session, event: Event) -> Step:
        self._repair(session)
        if isinstance(event, Command):
            return self._command(session, event.name, event.args.strip())
        if isinstance(event, Text):
            return self._text(session, event.text)
        if isinstance(event, Forwarded):
            return self._forwarded(session, event.text)
        return self._act(session, event)

    def _command(self, s: Session, name: str, args: str) -> Step:
        """Run a conversation command of the registry; advisors' commands are not ours."""
        spec = COMMANDS.find(name)
        if spec is None or spec.advisors_only:
            text = f"Commande inconnue « /{name} ». Tapez /aide pour la liste des commandes."
            return Step(s, [plain(text)])
        return spec.handler(self, s, args)

    def _repair(self, s: Session) -> None:
        """Drop ids a knowledge update removed, so that a stored session never crashes a step."""
        if s.profession is not None and s.profession not in self._professions:
            s.profession = None
        d = self._dispositif(s)
        if d is None and s.exercice is not None:
            s.exercice, s.pending = None, None
        if d is None:
            if s.pending not in (None, "profession", "exercice"):
                s.pending = None
            return
        known = self._known.get(d.id)
        if known is None:
            known = {"profession", "exercice"}
            for ind in d.indicateurs:
                known.add(ind.id)
                known.update(q.id for q in ind.questions)
                known.update(f"{ind.id}:{c.id}" for c in ind.composantes)
            self._known[d.id] = known
        if s.pending is not None and s.pending not in known:
            s.pending = None
        if not known.issuperset(s.history) or not known.issuperset(s.answers):
            s.history = [h for h in s.history if h in known]
            s.answers = {k: v for k, v in s.answers.items() if k in known}
            s.path = {k: v for k, v in s.path.items() if k in known}

    # ---- commands (in the menu's order) -------------------------------------------------

    @command("start", "Estimer mes forfaits")
    def _cmd_start(self, s: Session, args: str = "") -> Step:
        link = DEEP_LINK.match(fold(args)) if args else None
        if link:
            profession = normalise_profession(link.group(1).replace("_", "-"))
            year = link.group(2)
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
        d = self._dispositif(s)
        if d is None or not s.answers:
            return Step(s, [plain("Aucune réponse à modifier pour l'instant."), *self._next(s)])
        rows = [
            [Choice(short_label(i.libelle), Modify(i.id))]
            for i in d.indicateurs
            if i.id in s.answers
        ]
        rows.append([Choice("Profession ou exercice", Modify(PROFILE))])
        return Step(s, [plain("Quelle réponse voulez-vous modifier ?", rows)])

    @command("resultat", "Voir le résultat et le plan d'action")
    def _cmd_resultat(self, s: Session, _: str = "") -> Step:
        d = self._dispositif(s)
        if d is None:
            text = "Choisissez d'abord votre profession et l'exercice."
            return Step(s, [plain(text), *self._next(s)])
        return Step(s, [self._result(s, d)])

    @command("recommencer", "Tout reprendre à zéro")
    def _cmd_recommencer(self, s: Session, _: str = "") -> Step:
        s.reset()
        return Step(s, [plain("C'est reparti."), *self._next(s)])

    @command("rappel", "Être prévenu avant la date limite")
    def _cmd_rappel(self, s: Session, args: str = "") -> Step:
        """The pending reminders and a button to cancel them, or an offer for the scheme."""
        if fold(args) == "annuler":
            return self._cancel_reminders(s)
        d = self._dispositif(s)
        if s.reminders:
            return Step(s, [self._reminder_list(s, d)])
        if d is None:
            text = "Pour programmer un rappel, choisissez d'abord votre profession et l'exercice."
            return Step(s, [plain(text), *self._next(s)])
        return Step(s, [self._reminder_offer(s, d)])

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
        return Step(s, [plain(text, rows)])

    @command("annuler", "Mettre le questionnaire en pause")
    def _cmd_annuler(self, s: Session, _: str = "") -> Step:
        s.pending = None
        text = "Questionnaire en pause. Vos réponses sont gardées : /reprendre pour continuer."
        return Step(s, [plain(text)])

    # ---- buttons -----------------------------------------------------------------------

    def _act(self, s: Session, action: Action) -> Step:
        """A tapped button's action; anything that no longer applies is answered as stale."""
        if isinstance(action, Answer):
            if action.question != s.pending:
                return self._stale(s)
            return self._answer(s, action.question, action.value, typed=False) or self._stale(s)
        if isinstance(action, RunCommand):
            return self._command(s, action.name, "")
        if isinstance(action, Modify):
            return self._modify(s, action.target)
        if isinstance(action, ConfirmForget):
            if action.confirmed:
                done = plain("Toutes vos données ont été effacées. À bientôt !")
                return Step(Session(chat_id=s.chat_id), [done], forget=True)
            return Step(s, [plain("Rien n'a été effacé."), *self._next(s, resume=True)])
        if isinstance(action, ShowFaqEntry) and self.faq is not None:
            reply = self.faq.entry_reply(action.entry, s)
            if reply is not None:
                return Step(s, [reply, *self._next(s, resume=True)] if s.pending else [reply])
        if isinstance(action, StartEstimate):  # under a FAQ answer: never drops answers
            return self._cmd_reprendre(s) if s.answers else self._cmd_start(s, action.payload)
        if isinstance(action, ContinueHypothetical):
            s.hypothetical = True
            return Step(s, self._next(s))
        if isinstance(action, EstimateExercice):
            return self._estimate_exercice(s, action.exercice)
        if isinstance(action, ShowResult):
            return self._result_part(s, action.part)
        if isinstance(action, PlanReminders):
            return self._plan_reminders(s, action.scheme)
        if isinstance(action, CancelReminders):
            return self._cancel_reminders(s)
        return self._stale(s)

    def _estimate_exercice(self, s: Session, exercice: str) -> Step:
        """Another exercice of the same profession, from its first question."""
        if s.profession is None or self.kb.dispositif(s.profession, exercice) is None:
            return self._stale(s)
        profession = s.profession
        s.reset()
        s.profession, s.exercice = profession, exercice
        return Step(s, [self._intro(s), *self._next(s)])

    def _stale(self, s: Session) -> Step:
        note = plain("Ce bouton vient d'un ancien message. Voici où nous en sommes :")
        return Step(s, [note, *self._next(s, resume=True)])

    def _modify(self, s: Session, target: str) -> Step:
        if target == PROFILE:
            s.reset()
            return Step(s, self._next(s))
        d = self._dispositif(s)
        ind = next((i for i in d.indicateurs if i.id == target), None) if d else None
        if ind is None:
            return self._stale(s)
        self._forget_indicator(s, ind)
        s.hypothetical = s.hypothetical or bool(s.answers)
        return Step(s, self._ask(s, self._entry(ind).id))

    # ---- reminders ---------------------------------------------------------------------

    def _plan_reminders(self, s: Session, scheme: str) -> Step:
        d = self._by_id.get(scheme)
        if d is None:
            return self._stale(s)
        plan = plan_reminders(d, s.chat_id, self.now())
        if not plan:
            return Step(s, [texts.none_possible(d, self._paris_today())])
        ids = {r.id for r in plan}
        kept = [r for r in s.reminders if r.get("id") not in ids]
        s.reminders = sorted(kept + [r.to_dict() for r in plan], key=lambda r: r["due"])
        return Step(s, [texts.planned(plan, d)], add_reminders=plan)

    def _cancel_reminders(self, s: Session) -> Step:
        text = "Vos rappels sont annulés." if s.reminders else "Vous n'avez aucun rappel programmé."
        s.reminders = []
        return Step(s, [plain(text)], cancel_reminders=True)

    def _plannable(self, s: Session, d: Dispositif) -> list[Reminder]:
        """Reminders that could be planned now for `d` and are not yet in the session."""
        have = {(r.get("id"), r.get("due")) for r in s.reminders}
        plan = plan_reminders(d, s.chat_id, self.now())
        return [r for r in plan if (r.id, r.due) not in have]

    def _reminder_list(self, s: Session, d: Dispositif | None) -> Message:
        ordered = sorted(s.reminders, key=lambda r: r.get("due", 0))
        pending = [Reminder.from_dict(r) for r in ordered]
        more = d if d is not None and self._plannable(s, d) else None
        return texts.reminder_list(pending, self._by_id, more)

    def _reminder_offer(self, s: Session, d: Dispositif) -> Message:
        plan = plan_reminders(d, s.chat_id, self.now())
        return texts.offer(plan, d) if plan else texts.none_possible(d, self._paris_today())

    def _paris_today(self) -> dt.date:
        return self.now().astimezone(PARIS).date()

    def reminder_message(self, r: Reminder, now: dt.datetime | None = None) -> Message | None:
        """The message of a due reminder; None when its scheme is gone or its window closed."""
        d = self._by_id.get(r.dispositif)
        if d is None:
            return None
        today = (now or self.now()).astimezone(PARIS).date()
        if d.declaration.fin is not None and d.declaration.fin < today:
            return None
        return texts.due(r, d, today)

    # ---- forwarded messages ------------------------------------------------------------

    def _forwarded(self, s: Session, text: str) -> Step:
        """A question forwarded by an advisor: answered to be passed on, never taken as an
        answer to the pending question, which is asked again after."""
        text = text.strip()
        reply = self.faq.reply(text, s, forwarded=True) if self.faq and text else None
        if reply is None:
            reply = plain(
                "Je n'ai pas de réponse sûre à ce message transféré. Le conseiller informatique "
                "service (CIS) de la CPAM peut y répondre."
            )
        return Step(s, [reply, *self._next(s, resume=True)] if s.pending else [reply])

    # ---- free text ---------------------------------------------------------------------

    def _text(self, s: Session, text: str) -> Step:
        text = text.strip()
        if not text:
            return Step(s, [plain("Message vide : répondez à la question ou posez la vôtre.")])
        looks_like_question = text.endswith("?") or QUESTION_WORDS.match(fold(text))
        if s.socle_notice and not (s.pending or s.hypothetical or looks_like_question):
            b = parse_bool(text)  # a typed answer to "continue although the socle failed?"
            if b is True:
                return self._act(s, ContinueHypothetical())
            if b is False:
                return self._cmd_resultat(s)
        if s.pending and not looks_like_question:
            step = self._answer(s, s.pending, text, typed=True)
            if step is not None:
                return step
        # A bare "3" or "oui" while a question is pending is a bad answer, not a question.
        short = s.pending is not None and not looks_like_question and len(fold(text).split()) < 3
        faq = self.faq.reply(text, s) if self.faq and not short else None
        if faq is not None:
            return Step(s, [faq, *self._next(s, resume=True)] if s.pending else [faq])
        if s.pending:
            ask = self._describe(s, s.pending)
            hint = {
                "number": "un nombre (par exemple 3)",
                "percent": "un pourcentage (par exemple 85 ou 85,5 %)",
                "choice": "un des choix proposés",
            }[ask.free]
            nsp = "" if s.pending in ("profession", "exercice") else ", ou « je ne sais pas »"
            msg = plain(f"Je n'ai pas compris « {text[:80]} ». Répondez par {hint}{nsp}.")
            return Step(s, [msg, *self._ask(s, s.pending)])
        return Step(
            s,
            [
                plain(
                    "Je n'ai pas de réponse sûre à cette question. Reformulez-la, ou demandez au "
                    "conseiller informatique service (CIS) de votre CPAM.",
                    [[Choice("Estimer mon forfait", RunCommand("reprendre"))]],
                )
            ],
        )

    # ---- answering ---------------------------------------------------------------------

    def _answer(self, s: Session, qid: str, raw: str, typed: bool) -> Step | None:
        """Record an answer to the pending question; None when typed text is not an answer."""
        ask = self._describe(s, qid)
        valeur = self._match(s, ask, raw) if typed else raw
        if valeur is None:
            return None
        if (qid == "profession" and valeur not in PROFESSION_LABELS) or (
            qid == "exercice" and self.kb.dispositif(s.profession or "", valeur) is None
        ):  # no "je ne sais pas" here: the profile decides every question
            return None if typed else self._stale(s)
        allowed = {v for _, v in ask.buttons} | {NSP}
        if not typed and valeur not in allowed:
            return self._stale(s)
        if qid == "profession":
            s.profession, s.exercice = valeur, None
            s.answers, s.path = {}, {}
        elif qid == "exercice":
            s.exercice = valeur
            s.history.append(qid)
            return Step(s, [self._intro(s), *self._next(s)])
        else:
            error = self._record(s, qid, valeur)
            if error:
                return Step(s, [plain(error), *self._ask(s, qid)])
        s.history.append(qid)
        return Step(s, self._next(s))

    def _match(self, s: Session, ask: _Ask, raw: str) -> str | None:
        """The valeur a typed text stands for, or None."""
        t = fold(raw)
        if ask.id == "exercice" and self.kb.dispositif(s.profession or "", t):
            return t
        if ask.id == "profession" and normalise_profession(raw):
            return normalise_profession(raw)
        if ask.free in ("number", "percent"):
            b = parse_bool(raw)
            if b is not None:
                return NSP if isinstance(b, Unknown) else ("oui" if b else "non")
            n = parse_number(raw, percent=ask.free == "percent")
            if n is None:
                return None
            return NSP if isinstance(n, Unknown) else repr(n)
        for label, valeur in ask.buttons:
            if t in (fold(label), valeur.replace("_", " ")):
                return valeur
        b = parse_bool(raw)
        values = {v for _, v in ask.buttons}
        if isinstance(b, Unknown):
            return NSP
        if b is True and "oui" in values:
            return "oui"
        if b is False and "non" in values:
            return "non"
        best = max(ask.buttons, key=lambda lv: fuzz.token_sort_ratio(t, fold(lv[0])))
        if fuzz.token_sort_ratio(t, fold(best[0])) >= 85:
            return best[1]
        return None

    def _record(self, s: Session, qid: str, valeur: str) -> str | None:
        """Store a tree or component answer; a French error when the value is refused."""
        d = self._dispositif(s)
        ind_id, sep, comp_id = qid.partition(":")
        ind = next(i for i in d.indicateurs if i.id == ind_id.split(".")[0])
        if sep:  # one component of an indicator
            comp = next(c for c in ind.composantes if c.id == comp_id)
            value = self._value(valeur, comp.cible.type)
            if isinstance(value, str):
                return value
            current = s.answers.get(ind.id)
            mapping = dict(current) if isinstance(current, dict) else {}
            mapping[comp.id] = value
            s.answers[ind.id] = mapping
            return None
        q = next(q for q in ind.questions if q.id == qid) if ind.questions else None
        if q is not None and q.type == "choix":
            s.path[qid] = valeur
            if valeur == NSP:
                s.answers[ind.id] = None
                return None
            choice = next(c for c in q.choix if c.valeur == valeur)
            if choice.resultat is not None:
                s.answers[ind.id] = choice.resultat.reponse
            return None
        if valeur == "detail" and ind.composantes:
            s.answers[ind.id] = {}
            return None
        value = self._value(valeur, ind.cible.type)
        if isinstance(value, str):
            return value
        s.answers[ind.id] = value
        return None

    @staticmethod
    def _value(valeur: str, kind: str) -> Any:
        """bool / float / None (nsp), or a French error string."""
        if valeur == NSP:
            return None
        if valeur in ("oui", "non"):
            return valeur == "oui"
        try:
            n = float(valeur)
        except ValueError:
            return "Réponse non reconnue."
        if kind in ("taux", "moyenne") and not 0 <= n <= 100:
            return f"Un pourcentage est compris entre 0 et 100 (vous avez indiqué {n:g})."
        if n < 0:
            return "Indiquez un nombre positif."
        return n

    # ---- what to ask next --------------------------------------------------------------

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
        nxt = self._next_question(s, d)
        if nxt is not None:
            return self._ask(s, nxt)
        s.pending = None
        est = self._estimate(s, d)
        leftover = [i for i in d.indicateurs if self._unanswered(s, i)]
        if leftover and not s.hypothetical and est.socle_atteint is False:
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

    def _unanswered(self, s: Session, ind: Indicateur) -> bool:
        if ind.statut_exercice == "neutralise":
            return False
        value = s.answers.get(ind.id, ...)
        if value is ...:
            return True
        if isinstance(value, dict) and ind.composantes and ind.cible.type != "moyenne":
            return any(c.id not in value for c in ind.composantes)
        return False

    def _next_question(self, s: Session, d: Dispositif) -> str | None:
        failed = self._failed_groups(s, d)
        for ind in d.indicateurs:
            if not self._unanswered(s, ind):
                continue
            group = next(g for g in d.groupes if g.id == ind.groupe)
            blocked = group.id in failed or any(p in failed for p in group.prerequis)
            if ind.statut_exercice == "optionnel" and ind.points is None and ind.eur is None:
                blocked = True  # changes nothing to the payout
            if blocked and not s.hypothetical:
                continue
            return self._pending_question(s, ind)
        return None

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

    def _failed_groups(self, s: Session, d: Dispositif) -> set[str]:
        failed = set()
        for g in d.groupes:
            if g.regle != "tous_requis":
                continue
            for ind in d.indicateurs:
                if ind.groupe != g.id or ind.statut_exercice != "actif":
                    continue
                v = s.answers.get(ind.id, ...)
                if v is False or (isinstance(v, float) and not self._meets(ind, v)):
                    failed.add(g.id)
        return failed

    @staticmethod
    def _meets(ind: Indicateur, value: float) -> bool:
        c = ind.cible
        if c.valeur is None or c.type not in ("taux", "nombre", "moyenne"):
            return True
        return meets(c, value)

    # ---- rendering questions and results ------------------------------------------------

    def _describe(self, s: Session, qid: str) -> _Ask:
        if qid == "profession":
            return _Ask(
                qid, "Vous êtes ?", [(v, k) for k, v in PROFESSION_LABELS.items()], "choice"
            )
        if qid == "exercice":
            return self._exercice_ask(s)
        d = self._dispositif(s)
        ind_id, sep, comp_id = qid.partition(":")
        ind = next(i for i in d.indicateurs if i.id == ind_id.split(".")[0])
        if sep:
            comp = next(c for c in ind.composantes if c.id == comp_id)
            return self._component_ask(d, ind, comp, qid)
        q = next((q for q in ind.questions if q.id == qid), None)
        if q is None or q.type == "valeur":
            text = q.texte if q else f"{ind.libelle} : objectif atteint ?"
            buttons = [("Oui, objectif atteint", "oui"), ("Non", "non")]
            if ind.cible.type == "points_declares":
                buttons = []
            if ind.composantes and ind.cible.type != "moyenne":
                buttons.append(("Détailler", "detail"))
            free = (
                "choice"
                if ind.cible.type == "booleen"
                else ("percent" if ind.cible.type in ("taux", "moyenne") else "number")
            )
            return _Ask(qid, text, buttons, free, (q.aide if q else None) or ind.aide)
        return _Ask(
            qid, q.texte, [(c.libelle, c.valeur) for c in q.choix], "choice", q.aide or ind.aide
        )

    def _component_ask(self, d: Dispositif, ind: Indicateur, comp: Composante, qid: str) -> _Ask:
        target = comp.cible.texte or (
            "cible non publiée"
            if comp.cible.valeur is None
            else f"{comp.cible.operateur} {comp.cible.valeur:g}"
        )
        year = d.exercice or ""
        if comp.cible.type == "taux":
            text = f"{comp.libelle} : quel est votre taux en {year} (en %) ? Objectif : {target}."
            free = "percent"
        else:
            text = f"{comp.libelle} : combien en {year} ? Objectif : {target}."
            free = "number"
        return _Ask(qid, text, [("Objectif atteint", "oui"), ("Non", "non")], free, ind.aide)

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

    def _ask(self, s: Session, qid: str) -> list[Message]:
        ask = self._describe(s, qid)
        s.pending = qid
        rows = [
            [Choice(short_label(label, 64), Answer(qid, valeur))] for label, valeur in ask.buttons
        ]
        if len(rows) == 2 and all(len(r[0].label) < 20 for r in rows):
            rows = [[rows[0][0], rows[1][0]]]
        if qid not in ("profession", "exercice"):
            rows.append([Choice("Je ne sais pas", Answer(qid, NSP))])
        lines = [line(bold(ask.text))]
        if ask.aide:
            lines.append(line(italic(ask.aide)))
        return [message(block(*lines), choices=rows)]

    def _intro(self, s: Session) -> Message:
        d = self._dispositif(s)
        n = sum(1 for i in d.indicateurs if i.statut_exercice != "neutralise")
        today = self.today()
        st = status(d, today)
        nxt = following(self._schemes[d.profession], d.exercice, today) if d.exercice else None
        return render("intro.j2", d=d, n=n, st=st, nxt=nxt, window=window_text(st))

    @staticmethod
    def _calculator_answers(s: Session) -> dict[str, Any]:
        """The session's answers as `estimate` reads them ("je ne sais pas": unknown)."""
        answers = {k: (UNKNOWN_VALUE if v is None else v) for k, v in s.answers.items()}
        return {k: v for k, v in answers.items() if v != {}}

    def _estimate(self, s: Session, d: Dispositif) -> Estimate:
        return estimate(d, self._calculator_answers(s))

    def outcomes(self, s: Session, d: Dispositif) -> dict[str, Resultat]:
        """The tree outcome reached for each indicator: its reason, action and justificatif."""
        found = {}
        for ind in d.indicateurs:
            for q in ind.questions:
                choice = next((c for c in q.choix if c.valeur == s.path.get(q.id)), None)
                if choice is not None and choice.resultat is not None:
                    found[ind.id] = choice.resultat
        return found

    def _result_context(self, s: Session, d: Dispositif) -> dict[str, Any]:
        answers = self._calculator_answers(s)
        est = estimate(d, answers)
        schemes = self._schemes[d.profession]
        return result_context(d, est, self.outcomes(s, d), self.today(), schemes, answers)

    def _result(self, s: Session, d: Dispositif) -> Message:
        """The short result (`bot/result_messages.py`), each detail one tap away."""
        ctx = self._result_context(s, d)
        rows = [
            [
                Choice("Détail par indicateur", ShowResult("detail")),
                Choice("Plan d'action", ShowResult("plan")),
            ],
            [Choice("Sources", ShowResult("sources")), Choice("Fiche PDF", ShowResult("fiche"))],
            [
                Choice("Modifier", RunCommand("modifier")),
                Choice("Recommencer", RunCommand("recommencer")),
            ],
        ]
        if self._plannable(s, d):
            rows.append([Choice("Me rappeler la date limite", PlanReminders(d.id))])
        nxt = ctx["suite"]
        if nxt is not None and (nxt.plan or nxt.a_redonner):  # something left to do there
            label = f"Estimer {nxt.st.cle}" + (" (provisoire)" if nxt.st.provisoire else "")
            rows.append([Choice(label, EstimateExercice(nxt.st.cle))])
        return result_messages.short(ctx, rows)

    def _summary_files(self, ctx: dict[str, Any]) -> list[Message]:
        """The result card (a picture) and the PDF summary, from the estimate of the text."""
        from bot.card import draw_card  # Pillow and fpdf2: loaded on first use
        from bot.pdf_summary import knowledge_version, summary_pdf

        today, d = self.today(), ctx["d"]
        name = f"forfait-{d.profession}-{ctx['st'].cle}-{today:%Y%m%d}"
        png, _ = draw_card(ctx, today, knowledge_version())
        card = plain(f"{d.libelle} : votre estimation du {today:%d/%m/%Y}.")
        pdf = plain("La fiche à garder ou à transmettre (comptable, CPAM).")
        return [
            replace(card, attachment=Attachment("photo", f"{name}.png", png)),
            replace(pdf, attachment=Attachment("document", f"{name}.pdf", summary_pdf(ctx, today))),
        ]

    def _result_part(self, s: Session, part: str) -> Step:
        """A part of the result under the short one, for the answers as they are now."""
        d = self._dispositif(s)
        if d is None:
            return self._stale(s)
        ctx = self._result_context(s, d)
        if part == "sources":
            return Step(s, [result_messages.sources(ctx)])
        if part == "plan":
            return Step(s, result_messages.plan(ctx))
        if part == "fiche":
            return Step(s, self._summary_files(ctx))
        return Step(s, result_messages.detail(ctx))

    # ---- edits -------------------------------------------------------------------------

    def _forget_indicator(self, s: Session, ind: Indicateur) -> None:
        s.answers.pop(ind.id, None)
        for q in ind.questions:
            s.path.pop(q.id, None)
        prefix = (ind.id + ".", ind.id + ":")
        s.history = [h for h in s.history if h != ind.id and not h.startswith(prefix)]

    def _clear_from(self, s: Session, qid: str) -> None:
        """Undo the answer given to `qid` (for /retour)."""
        if qid == "exercice":
            s.exercice = None
            return
        if qid == "profession":
            s.profession = s.exercice = None
            return
        d = self._dispositif(s)
        ind_id, sep, comp_id = qid.partition(":")
        ind = next(i for i in d.indicateurs if i.id == ind_id.split(".")[0])
        if sep:
            value = s.answers.get(ind.id)
            if isinstance(value, dict):
                value.pop(comp_id, None)
            return
        s.path.pop(qid, None)
        s.answers.pop(ind.id, None)


def _spans(years: list[int]) -> str:
    """2017, 2018, …, 2023, 2027, 2028 -> "2017 à 2023, 2027, 2028"."""
    runs: list[list[int]] = []
    for y in sorted(years):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]} à {r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
