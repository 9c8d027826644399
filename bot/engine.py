"""The conversation engine: a pure step (session, event) -> messages, independent of channels.

Questions come from `knowledge/`: each indicator carries its decision tree. The next question
is the first, in the scheme's order, whose answer can still change the result
(`calculators.missing_answers`); once the socle has failed, the bot says so and offers to go
on in "hypothetical" mode. Typed answers are read by `bot/understand.py` ("deux tiers",
"DMT 95 FSE 98 PSE 90 AAT 80", "je ne fais pas de suivi de grossesse"), and what was
understood is shown back; numeric questions state their target (`bot/answers.py`).

Events come in as `bot/events.py` types (a tapped button is its typed action); replies go out
as neutral messages (`bot/messages.py`): no channel's markup or button encoding here.

`Engine` holds the knowledge, the clock and the FAQ, and dispatches; its steps live beside it,
one mixin per concern: `bot/engine_commands.py` (the commands), `bot/questionnaire.py` (what
to ask and how), `bot/answering.py` (recording answers), `bot/engine_result.py` (the result and
its parts), `bot/engine_reminders.py`. `Step` is in `bot/step.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from bot.actions import (
    PROFILE,
    Action,
    Answer,
    CancelReminders,
    CompareExercice,
    ConfirmForget,
    ContinueHypothetical,
    EstimateExercice,
    Modify,
    PlanReminders,
    RunCommand,
    ShareInline,
    ShowFaqEntry,
    ShowResult,
    ShowRuleAnswer,
    StartEstimate,
    WatchDates,
)
from bot.answering import Answering
from bot.answers import (
    NSP,
)
from bot.commands import COMMANDS
from bot.engine_commands import CommandSteps
from bot.engine_reminders import ReminderSteps
from bot.engine_result import ResultSteps
from bot.events import Asked, Command, Event, Forwarded, Text
from bot.faq_text import fold
from bot.messages import Choice, Message, plain
from bot.questionnaire import Questionnaire
from bot.reminders import PARIS
from bot.render import shorten as short_label
from bot.session import Session
from bot.step import Step
from bot.typed_profile import ProfileTyping
from bot.typed_tree import TreeTyping
from bot.understand import Expected, interpret
from knowledge import Knowledge
from knowledge.schema import Dispositif

YES_NO = Expected("choice", (("Oui", "oui"), ("Non", "non")))
__all__ = ["NSP", "Engine", "Step", "short_label"]
NO_SURE_ANSWER = (
    "Je n'ai pas de réponse sûre à cette question. Reformulez-la, ou demandez au conseiller "
    "informatique service (CIS) de votre CPAM."
)


class FaqAnswerer(Protocol):
    def reply(self, text: str, session: Session, forwarded: bool = False) -> Message | None:
        """A sourced answer, suggestions, or a greeting; None when the text is not for it.

        `forwarded`: a practitioner's question forwarded by an advisor, answered to be passed
        on (always a reply, never None)."""

    def sure_reply(self, text: str, session: Session) -> Message | None:
        """A reply only when the FAQ answers surely (an entry, a verdict, a definition)."""

    def entry_reply(self, entry_id: str, session: Session) -> Message | None:
        """The answer of one FAQ entry (a tapped suggestion); None for an unknown id."""

    def rule_reply(self, action: ShowRuleAnswer, session: Session) -> Message | None:
        """A rule-grounded answer for another profession or exercice; None when stale."""

    def indicator_named(self, text: str, d: Dispositif) -> str | None:
        """The indicator of `d` a text names clearly ("j'ai une mss" : the messaging), if
        any."""


class Engine(
    CommandSteps,
    Questionnaire,
    Answering,
    TreeTyping,
    ProfileTyping,
    ResultSteps,
    ReminderSteps,
):
    """The knowledge, the clock and the FAQ; the steps come from the mixins beside it."""

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

    def step(self, session: Session, event: Event, *, advisor: bool = False) -> Step:
        """`advisor`: the user who acted is one of the CPAM's advisors (the service knows who
        they are): their short result also offers a text to copy and a share button."""
        self._repair(session)
        forget_asked, session.forget_asked = session.forget_asked, False
        if forget_asked and isinstance(event, Text):  # « oui » to « Effacer toutes vos… ? »
            said = interpret(event.text, YES_NO)
            if said.value in ("oui", "non") and not said.question:
                event = ConfirmForget(said.value == "oui")
        step = self._dispatch(session, event)
        s = step.session
        if advisor:
            step.replies = [self._for_advisor(s, m) for m in step.replies]
        if s.pending and not any(m.asks == s.pending for m in step.replies):
            s.pending_hidden = True  # a typed answer now asks it again first
        return step

    def _dispatch(self, session: Session, event: Event) -> Step:
        if isinstance(event, Command):
            return self._command(session, event.name, event.args.strip())
        if isinstance(event, Text):
            return self._text(session, event.text)
        if isinstance(event, Forwarded):
            return self._forwarded(session, event.text)
        if isinstance(event, Asked):
            return self._asked(session, event.text)
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

    def _act(self, s: Session, action: Action) -> Step:
        """A tapped button's action; anything that no longer applies is answered as stale."""
        if isinstance(action, Answer):
            if action.question == s.pending:
                return self._answer(s, action.question, action.value)
            if s.history and s.history[-1] == action.question:  # the question answered last
                return self._correct(s, action.question, action.value)
            return self._stale(s)
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
        if isinstance(action, WatchDates):
            return self._watch_dates(s, action.scheme)
        if isinstance(action, CompareExercice):
            return self._compare(s, action.exercice)
        if isinstance(action, ShareInline):  # a channel without inline mode
            return self._share_preview(s, action.query)
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
        self._remember_totals(s)
        self._forget_indicator(s, ind)
        s.hypothetical = s.hypothetical or bool(s.answers)
        return Step(s, self._ask(s, self._entry(ind).id))

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

    def _asked(self, s: Session, text: str) -> Step:
        """A question put in a group: the FAQ's answer, or where to ask; the questionnaire is
        never touched (it runs in private chats)."""
        reply = self.faq.reply(text.strip(), s) if self.faq and text.strip() else None
        return Step(s, [reply or plain(NO_SURE_ANSWER)])

    def _text(self, s: Session, text: str) -> Step:
        text = text.strip()
        if not text:
            return Step(s, [plain("Message vide : répondez à la question ou posez la vôtre.")])
        word = PLAIN_COMMANDS.get(fold(text).strip(" !.?"))
        if word is not None:  # "aide", "retour" typed without their « / »
            return self._command(s, word, "")
        if s.socle_notice and not (s.pending or s.hypothetical):
            said = interpret(text, YES_NO)  # "continue although the socle failed?"
            if said.value == "oui" and not said.question:
                return self._act(s, ContinueHypothetical())
            if said.value == "non" and not said.question:
                return self._cmd_resultat(s)
            if any(c.isdigit() for c in text) and not said.question:
                # "DMT 95 FSE 98": figures for the questions that follow, so go on with them
                went_on = self._act(s, ContinueHypothetical())
                if went_on.session.pending:
                    return self._typed(went_on.session, text)
        if s.pending:
            return self._typed(s, text)
        # "pk mon volet 1 est a confirmé ?": the asker's own result, read indicator by
        # indicator, unless the FAQ answers it surely
        detail, sure = self._own_result_why(s, text)
        if detail is not None:
            return detail
        faq = sure or (self.faq.reply(text, s) if self.faq else None)
        if faq is not None:
            return Step(s, [faq])
        return Step(
            s,
            [plain(NO_SURE_ANSWER, [[Choice("Estimer mon forfait", RunCommand("reprendre"))]])],
        )


# Why one's own result reads so: "pourquoi mon volet 1 est à confirmer ?", "pk mon total est
# une fourchette ?" (not "pourquoi le volet 1 est passé à 280 points ?", a rule)


# Commands typed as a word alone, without « / »: what a user types when lost
PLAIN_COMMANDS = {
    "aide": "aide",
    "help": "aide",
    "retour": "retour",
    "recommencer": "recommencer",
    "resultat": "resultat",
    "le resultat": "resultat",
    "modifier": "modifier",
    "annuler": "annuler",
    "pause": "annuler",
}


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
