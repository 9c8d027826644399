"""The conversation engine: a pure step (session, event) -> messages, independent of channels.

Questions come from `knowledge/`: each indicator carries its decision tree. The next question
is the first, in the scheme's order, whose answer can still change the result
(`calculators.missing_answers`); once the socle has failed, the bot says so and offers to go
on in "hypothetical" mode. Typed answers are read by `bot/understand.py` ("deux tiers",
"DMT 95 FSE 98 PSE 90 AAT 80", "je ne fais pas de suivi de grossesse"), and what was
understood is shown back; numeric questions state their target (`bot/answers.py`).

Events come in as `bot/events.py` types (a tapped button is its typed action); replies go out
as neutral messages (`bot/messages.py`): no channel's markup or button encoding here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fractions import Fraction
from statistics import fmean
from typing import Any, Protocol
from urllib.parse import urlencode

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
    OpenWebApp,
    PlanReminders,
    RunCommand,
    ShowFaqEntry,
    ShowResult,
    ShowRuleAnswer,
    StartEstimate,
)
from bot.answers import (
    NSP,
    component_prompt,
    kind_of,
    mean_note,
    take,
    target_buttons,
    typing_prompt,
    value_error,
)
from bot.commands import COMMANDS, command
from bot.events import Command, Event, Forwarded, Text
from bot.messages import Attachment, Choice, Message, block, bold, italic, line, message, plain
from bot.reminders import PARIS, Reminder, plan_reminders
from bot.render import render
from bot.render import shorten as short_label
from bot.report import result_context
from bot.session import Session
from bot.understand import Expected, Interpretation, Kind, interpret, profession_names
from calculators import Estimate, estimate
from calculators.calendar import calendar, following, missing, offered, status, window_text
from calculators.explain import MissingAnswer, missing_answers
from calculators.french import fmt_eur
from calculators.values import UNKNOWN_VALUE, fold
from knowledge import Knowledge
from knowledge.schema import Cible, Composante, Dispositif, Indicateur, Question, Resultat

DEEP_LINK = re.compile(r"(.+?)(?:_(\d{4}|projet))?")  # "dentiste_2024": a profession, a year
YES_NO = Expected("choice", (("Oui", "oui"), ("Non", "non")))


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

    def rule_reply(self, action: ShowRuleAnswer, session: Session) -> Message | None:
        """A rule-grounded answer for another profession or exercice; None when stale."""


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


class Engine:
    def __init__(
        self,
        kb: Knowledge,
        faq: FaqAnswerer | None = None,
        today: Callable[[], dt.date] | None = None,
        now: Callable[[], dt.datetime] | None = None,
        webapp_url: str | None = None,
    ) -> None:
        """`now` (aware) dates reminders; `today` (deadlines, years offered) defaults to the
        Paris date of `now`. Tests inject both. `webapp_url`: the Mini App's page, opened by
        a [Simuler] button under each result (None: no button)."""
        self.kb = kb
        self.webapp_url = webapp_url
        self.faq = faq
        self.now: Callable[[], dt.datetime] = now or _utc_now
        self.today: Callable[[], dt.date] = today or (lambda: self.now().astimezone(PARIS).date())
        self._known: dict[str, set[str]] = {}  # question ids of each dispositif, for _repair
        covered = {p for p, _ in kb.dispositifs}  # professions.yaml order, with a scheme
        self._professions = [f for f in kb.professions.values() if f.id in covered]
        self._profession_ids = {f.id for f in self._professions}
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
        if s.profession is not None and s.profession not in self._profession_ids:
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
            return self._answer(s, action.question, action.value)
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
        if isinstance(action, ShowRuleAnswer) and self.faq is not None:
            reply = self.faq.rule_reply(action, s)
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
        if s.socle_notice and not (s.pending or s.hypothetical):
            said = interpret(text, YES_NO)  # "continue although the socle failed?"
            if said.value == "oui" and not said.question:
                return self._act(s, ContinueHypothetical())
            if said.value == "non" and not said.question:
                return self._cmd_resultat(s)
        if s.pending:
            return self._typed(s, text)
        faq = self.faq.reply(text, s) if self.faq else None
        if faq is not None:
            return Step(s, [faq])
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

    def _typed(self, s: Session, text: str) -> Step:
        """Text typed while a question is pending: a question for the FAQ when it reads as
        one (never a short reply), else an answer read by bot/understand.py."""
        qid = s.pending or ""
        ask = self._describe(s, qid)
        i, figure = self._interpret(s, ask, text)
        if i.question and self.faq is not None:
            reply = self.faq.reply(text, s)
            if reply is not None:
                return Step(s, [reply, *self._ask(s, qid)])
        taken = take(i, text, ask.free, ask.buttons, ask.cible, figure)
        if qid in ("profession", "exercice") and taken.value == NSP:
            taken = take(replace(i, status="not_understood"), text, "choice", ask.buttons)
        if taken.retry and qid == "profession":  # say who is covered: another may be asked
            plurals = [f.pluriel for f in self._professions]
            covered = ", ".join(plurals[:-1]) + " et " + plurals[-1] if len(plurals) > 1 else ""
            taken = replace(taken, retry=f"{taken.retry} Je couvre : {covered or plurals[0]}.")
        if taken.retry:
            return Step(s, [plain(taken.retry), *self._ask(s, qid)])
        return self._take(s, ask, taken.value, taken.note, i.not_concerned)

    def _interpret(self, s: Session, ask: _Ask, text: str) -> tuple[Interpretation, Any]:
        """The reading of `text` at `ask`, and, at a threshold choice, the same text read as
        the tested target's quantity (for what is shown back)."""
        if ask.components and ask.free != "rates":  # named rates first, else one figure
            named = interpret(text, Expected("rates", components=ask.components))
            if named.rates and named.status in ("value", "partial"):
                return named, None
        i = interpret(text, self._expected(s, ask))
        figure = None
        figured = isinstance(i.value, Fraction) or i.status == "range"
        if ask.free == "choice" and ask.cible is not None and figured:
            figure = interpret(text, Expected(kind_of(ask.cible)))
        return i, figure

    def _expected(self, s: Session, ask: _Ask) -> Expected:
        """What bot/understand.py is told the pending question expects."""
        if ask.id == "profession":
            registry = {f.id: f for f in self._professions}
            return Expected("profession", ask.buttons, names=profession_names(registry))
        if ask.id == "exercice":  # a covered year without a button can be typed too
            shown = {v for _, v in ask.buttons}
            more = [(e, e) for e in self.kb.exercices(s.profession or "") if e not in shown]
            return Expected("exercice", [*ask.buttons, *more], today=self.today())
        if ask.free == "rates":
            return Expected("rates", components=ask.components)
        if ask.free == "points":
            return Expected("points", maximum=ask.cible.max if ask.cible else None)
        if ask.free in ("percent", "count"):
            return Expected(ask.free)
        return Expected("choice", ask.buttons)

    # ---- answering ---------------------------------------------------------------------

    def _answer(self, s: Session, qid: str, valeur: str) -> Step:
        """A tapped answer: one of the question's buttons, or "je ne sais pas"."""
        ask = self._describe(s, qid)
        allowed = {v for _, v in ask.buttons}
        if qid not in ("profession", "exercice"):  # the profile decides every question
            allowed.add(NSP)
        if valeur not in allowed:
            return self._stale(s)
        return self._take(s, ask, valeur)

    def _take(
        self, s: Session, ask: _Ask, value: Any, note: str = "", not_concerned: bool = False
    ) -> Step:
        """Record an answer to `ask`, tapped or typed, and go on; `note`: what was understood,
        shown above what follows."""
        qid = ask.id
        if qid == "profession":
            if value not in self._profession_ids:
                return self._stale(s)
            s.profession, s.exercice = value, None
            s.answers, s.path = {}, {}
        elif qid == "exercice":
            if self.kb.dispositif(s.profession or "", value) is None:
                return self._stale(s)
            s.exercice = value
            s.history.append(qid)
            return Step(s, _noted(note, [self._intro(s), *self._next(s)]))
        else:
            error = self._record(s, qid, value)
            if error:
                return Step(s, [plain(error), *self._ask(s, qid)])
            if not_concerned:
                note = f"{note} {self._implication(s, qid)}".strip()
            note = f"{note} {self._mean(s, qid)}".strip()
        s.history.append(qid)
        return Step(s, _noted(note, self._next(s)))

    def _record(self, s: Session, qid: str, value: Any) -> str | None:
        """Store a tree, value or component answer; a French error when it is refused.

        `value`: a choice's valeur, "oui", "non", NSP or "detail", a figure, or named rates
        ({component: rate}) typed at once."""
        d = self._dispositif(s)
        ind, comp = self._target_of(d, qid)
        q = next((q for q in ind.questions if q.id == qid), None)
        if comp is None and q is not None and q.type == "choix":
            if value != NSP and not any(c.valeur == value for c in q.choix):
                return "Réponse non reconnue : touchez un bouton."
            s.path[qid] = value
            if value == NSP:
                s.answers[ind.id] = None
                return None
            choice = next(c for c in q.choix if c.valeur == value)
            if choice.resultat is not None:
                s.answers[ind.id] = choice.resultat.reponse
            return None
        if comp is None and value == "detail" and ind.composantes:
            s.answers[ind.id] = {}
            return None
        if isinstance(value, dict) or comp is not None:
            rates = value if isinstance(value, dict) else {comp.id: value}  # type: ignore[union-attr]
            parts = {c.id: c for c in ind.composantes}
            found: dict[str, Any] = {}
            for cid, v in rates.items():
                found[cid] = self._value(v, parts[cid].cible)
                if isinstance(found[cid], str):
                    return found[cid]
            current = s.answers.get(ind.id)
            s.answers[ind.id] = {**(current if isinstance(current, dict) else {}), **found}
            return None
        found_value = self._value(value, ind.cible)
        if isinstance(found_value, str):
            return found_value
        s.answers[ind.id] = found_value
        return None

    @staticmethod
    def _value(value: Any, cible: Cible) -> Any:
        """bool / float / None (nsp), or a French error string."""
        if value == NSP:
            return None
        if value in ("oui", "non"):
            return value == "oui"
        if not isinstance(value, float):
            return "Réponse non reconnue."
        return value_error(value, cible) or value

    @staticmethod
    def _target_of(d: Dispositif, qid: str) -> tuple[Indicateur, Composante | None]:
        """The indicator a question id belongs to, and its component ("ind:comp")."""
        ind_id, sep, comp_id = qid.partition(":")
        ind = next(i for i in d.indicateurs if i.id == ind_id.split(".")[0])
        comp = next(c for c in ind.composantes if c.id == comp_id) if sep else None
        return ind, comp

    def _mean(self, s: Session, qid: str) -> str:
        """The mean of a "moyenne" target against it, once its rates are all given."""
        ind, _ = self._target_of(self._dispositif(s), qid)
        rates = s.answers.get(ind.id)
        if ind.cible.type != "moyenne" or not isinstance(rates, dict):
            return ""
        if all(isinstance(rates.get(c.id), float) for c in ind.composantes):
            return mean_note(fmean(rates[c.id] for c in ind.composantes), ind.cible)
        d = self._dispositif(s)
        result = next(r for r in self._estimate(s, d).indicateurs if r.id == ind.id)
        if result.statut in ("atteint", "non_atteint"):  # whatever the open rates are
            return result.raison
        unknown = [c for c in ind.composantes if rates.get(c.id, 0.0) is None]
        if unknown and all(c.id in rates for c in ind.composantes):
            names = ", ".join(short_label(c.libelle) for c in unknown)
            return f"Moyenne non calculable sans : {names}."
        return ""

    def _implication(self, s: Session, qid: str) -> str:
        """What a reasoned "non" ("je ne fais pas de suivi de grossesse") implies."""
        d = self._dispositif(s)
        ind, _ = self._target_of(d, qid)
        est = self._estimate(s, d)
        result = next(r for r in est.indicateurs if r.id == ind.id)
        if result.statut != "non_atteint":
            return ""
        gain = next((g for g in est.gains if g.id == ind.id), None)
        lost = f", soit {fmt_eur(gain.eur)} de moins" if gain and gain.eur else ""
        return (
            f"Conséquence : « {short_label(ind.libelle)} » est compté comme non atteint{lost}. "
            "Nos sources ne prévoient pas d'exception faute d'activité : en cas de doute, "
            "demandez à votre CPAM."
        )

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
        missing = missing_answers(d, self._answers(s), hypothetical=s.hypothetical)
        nxt = self._next_question(d, missing)
        if nxt is not None:
            return self._ask(s, self._pending_question(s, nxt))
        s.pending = None
        est = self._estimate(s, d)
        blocked = [m for m in missing if m.bloque_par and not m.repondu]
        if blocked and not s.hypothetical and est.socle_atteint is False:
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

    # ---- rendering questions and results ------------------------------------------------

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
        if ask.prompt:
            lines.append(line(ask.prompt))
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
        if self.webapp_url:  # the what-if simulator, on this profession and exercice
            query = urlencode({"profession": d.profession, "exercice": d.cle})
            rows.append([Choice("Simuler", OpenWebApp(f"{self.webapp_url}?{query}"))])
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


def _noted(note: str, replies: list[Message]) -> list[Message]:
    """`note` ("J'ai compris : …") as the first paragraph of the first reply."""
    if not note or not replies:
        return replies
    first = replies[0]
    return [Message((block(note), *first.blocks), first.choices), *replies[1:]]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
