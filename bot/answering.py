"""Answers, tapped or typed: read (bot/understand.py, bot/answers.py), checked against the
question, recorded in the session; and undone (/retour, /modifier)."""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from statistics import fmean
from typing import Any

from bot.actions import Answer, Modify
from bot.answer_labels import given
from bot.answers import (
    NSP,
    Taken,
    kind_of,
    mean_note,
    take,
    value_error,
)
from bot.counted_paths import counted_path
from bot.faq import GREETING, OTHER_PROFESSIONS, THANKS, normalise
from bot.faq_text import fold
from bot.messages import Choice, Message, block, bold, line, message, plain
from bot.question_scope import values
from bot.questionnaire import PROFILE_QUESTIONS, _Ask, indicator_of
from bot.render import shorten as short_label
from bot.session import Session
from bot.step import Step
from bot.typed_ahead import keep_ahead, open_rates, rate_targets, shown_figure
from bot.understand import (
    NNBSP,
    RATE_NAMES,
    RESERVED_YES,
    Expected,
    Interpretation,
    first_clause,
    interpret,
    named_figures,
    profession_names,
    takes_back,
    typed_button,
    without_the_rest,
    yes_clause,
)
from calculators.calendar import status
from calculators.french import fmt_eur, fmt_number
from knowledge.schema import Cible, Composante, Dispositif, Indicateur

FOR_THE_REST = f"Pour le reste, chaque question vous proposera «{NNBSP}Je ne sais pas{NNBSP}»."

# A figure written as a rate: « 98 % », « 98 pour cent », « 2/3 ».
AS_RATE = re.compile(r"%|\bpour ?cent\b|\d\s*/\s*\d")


def _noted(note: str, replies: list[Message]) -> list[Message]:
    """`note` ("J'ai compris : …") as the first paragraph of the first reply."""
    if not note or not replies:
        return replies
    first = replies[0]
    return [replace(first, blocks=(block(note), *first.blocks)), *replies[1:]]


def _lone_figure(ask: _Ask, i: Interpretation) -> bool:
    """A figure, and nothing else, read at a yes/no question that tests no target."""
    if ask.free != "choice" or ask.cible is not None or ask.id in PROFILE_QUESTIONS:
        return False
    return i.status == "range" or (i.status == "value" and isinstance(i.value, Fraction))


def _confirmation(ask: _Ask, value: Any, was: str = "") -> Message:
    """The question with the answer taken ("✔ Oui"), to show over the message that asked it;
    `was`: the answer it replaces, after a correction tap."""
    label = value if ask.id == "exercice" else given(value, ask.buttons, ask.free)
    mark = f"✔ {label}" + (f" (au lieu de « {was} »)" if was else "")
    return message(block(line(bold(ask.text)), line(mark)), confirms=ask.id)


OFF_TOPIC_WORDS = 6  # a reply this long may be a neighbouring topic, not an answer


class Answering:
    """Engine steps (a mixin of `bot.engine.Engine`, which holds the knowledge and the clock)."""

    def _typed(self, s: Session, text: str) -> Step:
        """Text typed while a question is pending: a question for the FAQ when it reads as
        one (never a short reply), else an answer read by bot/understand.py."""
        qid = s.pending or ""
        ask = self._describe(s, qid)
        i, figure = self._interpret(s, ask, text)
        if i.question and self.faq is not None:
            # "pk mon volet 1 est a confirmer ?" after a result, the questionnaire going on
            detail, sure = self._own_result_why(s, text)
            if detail is not None:
                return Step(s, [*detail.replies, *self._ask(s, qid)])
            reply = sure or self.faq.reply(text, s)
            if reply is None and i.status == "not_understood":
                # a question that is no answer, though not answered surely: the closest
                # questions rather than « Je n'ai pas compris »
                reply = self.faq.respond(text, replace(s, pending=None)).message
            if reply is not None:
                return Step(s, [reply, *self._ask(s, qid)])
        if self.faq is not None and len(text.split()) >= OFF_TOPIC_WORDS:
            # "mon logiciel plante à chaque envoi dmp, vous pouvez m'aider à le paramétrer":
            # a neighbouring topic, said so, though no « ? » ends it
            off = self.faq.respond(text, replace(s, pending=None))
            if off.outcome == "out_of_scope" and off.message is not None:
                return Step(s, [off.message, *self._ask(s, qid)])
        elsewhere = self._named_elsewhere(s, qid, text)
        if elsewhere is not None:  # "j'ai une mss oui" at the opening hours: not theirs
            ind_id, libelle = elsewhere.id, elsewhere.libelle
            counted = self._count_ahead(s, elsewhere, text)
            if counted is not None:  # "ouais 4 interv en ehpad" at another question
                return Step(s, [plain(counted), *self._ask(s, qid)])
            said = (
                f"«{NNBSP}{short_label(text, 40)}{NNBSP}» parle de «{NNBSP}{libelle}{NNBSP}», "
                "pas de la question en cours : je ne le note pas ici, je vous la poserai "
                "si elle compte. La question en cours :"
            )
            buttons: list[list[Choice]] = []
            if ind_id in s.answers or any(indicator_of(q) == ind_id for q in s.history):
                # "oui on est en msp" after « Non » to the coordination: answered already
                said = (
                    f"«{NNBSP}{short_label(text, 40)}{NNBSP}» parle de «{NNBSP}{libelle}{NNBSP}», "
                    "déjà répondue : je ne change pas cette réponse sans vous. Pour la changer, "
                    "touchez le bouton. La question en cours :"
                )
                buttons = [[Choice("Changer cette réponse", Modify(ind_id))]]
            return Step(s, [plain(said, buttons), *self._ask(s, qid)])
        kept, rest = self._typed_ahead(s, qid, text)
        trimmed = without_the_rest(rest) if qid not in PROFILE_QUESTIONS else None
        if trimmed is not None and (kept or trimmed):  # « FSE 98, je ne sais pas pour le reste »
            kept, rest = f"{kept} {FOR_THE_REST}".strip(), trimmed
        if kept and not rest:  # only rates of later questions: this one is asked again
            return Step(s, [plain(kept), *self._ask(s, qid)])
        if kept:
            text = rest
            i, figure = self._interpret(s, ask, text)
        detailed = self._typed_components(s, ask, text, kept)
        if detailed is not None:
            return detailed
        walked = self._typed_tree(s, ask, text, kept)
        if walked is not None:
            return walked
        counted = self._typed_count(s, ask, text, kept)
        if counted is not None:
            return counted
        told = None  # the tree's next question, answered in a clause of its own
        if ask.free == "choice" and qid not in PROFILE_QUESTIONS:
            if i.status == "not_understood":
                # "oui qq unes et pas encore de msg aux patients": the first clause answers
                # this question, the next one the tree's next question
                head, _ = self._interpret(s, ask, first_clause(text))
                told = self._told_next(s, ask, head.value, text) if head.status == "value" else None
                i = head if told is not None else i
            elif i.status == "value":
                told = self._told_next(s, ask, i.value, text)
        # "oui, mais pas encore de message": a reservation on the next question is its answer
        reserved = ask.free == "choice" and i.status == "value" and takes_back(text, ask.text)
        if reserved and told is None:
            i = replace(i, status="not_understood", hint=RESERVED_YES, reading="")
        taken = take(i, text, ask.free, ask.buttons, ask.cible, figure)
        if taken.retry and i.among and not s.pending_hidden:
            return self._settle(s, ask, i, text, kept)
        if qid in ("profession", "exercice") and taken.value == NSP:
            taken = take(replace(i, status="not_understood"), text, "choice", ask.buttons)
        if taken.retry and qid == "profession":  # say who is covered: another may be asked
            plurals = [f.pluriel for f in self._professions]
            covered = ", ".join(plurals[:-1]) + " et " + plurals[-1] if len(plurals) > 1 else ""
            taken = replace(taken, retry=f"{taken.retry} Je couvre : {covered or plurals[0]}.")
        if taken.retry and qid == "exercice":  # "je suis médecin": the profession changes
            other = self._typed_profession(s, text)
            if other is not None:
                s.history = [h for h in s.history if h not in PROFILE_QUESTIONS]
                return self._take(s, self._describe(s, "profession"), other.value, other.note)
        if taken.retry and kept:  # what is left may be a rate this questionnaire does not ask
            said = f"{kept} Non noté{NNBSP}: «{NNBSP}{short_label(text, 40)}{NNBSP}», je ne sais "
            said += "pas à quelle question le rattacher."
            return Step(s, [plain(said), *self._ask(s, qid)])
        if taken.retry and _lone_figure(ask, i):
            return self._place_figure(s, ask, i, text)
        # (not a figure read as a range, « deux tiers à peu près »: an answer too vague to take)
        if taken.retry and self.faq is not None and len(text.split()) >= 3 and i.status != "range":
            # not an answer, but a question the FAQ answers surely, typed without a question
            # mark ("dsg spe pse c quoi ces sigles", "aat seuil fs 2022 et 2025")
            sure = None if takes_back(text, ask.text) else self.faq.sure_reply(text, s)
            if sure is not None:
                return Step(s, [sure, *self._ask(s, qid)])
        if taken.retry and GREETING.match(normalise(text)):  # "bonjour" at the first question
            return Step(s, [plain("Bonjour\u202f!"), *self._ask(s, qid)])
        if taken.retry and THANKS.match(normalise(text)):
            return Step(s, [plain("Avec plaisir\u202f!"), *self._ask(s, qid)])
        if taken.retry:
            return Step(s, [plain(taken.retry), *self._ask(s, qid)])
        if s.pending_hidden:  # something came after the question: never answer it unseen
            said = f"Avant de noter « {short_label(text, 40)} », voici la question en cours :"
            return Step(s, [plain(f"{kept} {said}".strip()), *self._ask(s, qid)])
        note = f"{kept} {taken.note}".strip()
        if qid in PROFILE_QUESTIONS:
            return self._typed_profile(s, ask, taken.value, note, text)
        if taken.value != i.value:  # a bare « oui » taken as one of two yes buttons
            told = self._told_next(s, ask, taken.value, text)
        first = self._take(s, ask, taken.value, note, i.not_concerned)
        if told is None or s.pending != told[0]:
            return first
        after = self._describe(s, told[0])
        said = given(told[1], after.buttons, after.free)
        also = f"Noté aussi{NNBSP}: «{NNBSP}{said}{NNBSP}» à «{NNBSP}{after.text}{NNBSP}»."
        then = self._take(s, after, told[1], f"{note} {also}".strip())
        return Step(s, [first.replies[0], *then.replies[1:]])

    def _place_figure(self, s: Session, ask: _Ask, i: Interpretation, text: str) -> Step:
        """A rate typed alone at a yes/no question (« 98 % », « 2/3 »): kept for the one rate
        still to come that it fits, else said not placed; the question is asked again either
        way. A bare number (« 3 », « 98 ») may as well be a count: asked to be named, as a
        vague one (« environ 40 ») is."""
        d = self._dispositif(s)
        figure = i.figure
        targets = open_rates(s, rate_targets(d, indicator_of(ask.id)))
        fits = {
            key: (ind, comp)
            for key, (ind, comp) in targets.items()
            if figure is not None
            and value_error(float(figure), comp.cible if comp is not None else ind.cible) is None
        }
        if len(fits) == 1 and isinstance(i.value, Fraction) and AS_RATE.search(text):
            return Step(
                s, [plain(keep_ahead(s, fits, dict.fromkeys(fits, i.value))), *self._ask(s, ask.id)]
            )
        shown = i.reading.removeprefix(f"J'ai compris{NNBSP}: ").removesuffix(".")
        if not AS_RATE.search(text):
            shown = f"«{NNBSP}{short_label(text.strip(), 20)}{NNBSP}»"
        said = f"Je ne sais pas à quelle question rattacher {shown}{NNBSP}: "
        if fits and figure is not None:
            sample = f"{RATE_NAMES[next(iter(fits))][0]} {fmt_number(round(float(figure), 2))}"
            said += f"nommez le taux, ex. «{NNBSP}{sample}{NNBSP}»."
        else:
            labels = [f"«{NNBSP}{label}{NNBSP}»" for label, _ in ask.buttons]
            said += f"cette question attend {', '.join(labels[:-1])} ou {labels[-1]}."
        return Step(s, [plain(said), *self._ask(s, ask.id)])

    def _named_elsewhere(self, s: Session, qid: str, text: str) -> Indicateur | None:
        """Another indicator that a yes/no answer names and not the one asked ("j'ai une mss
        oui" at the opening hours), or None."""
        if self.faq is None or qid in PROFILE_QUESTIONS or not any(c.isalpha() for c in text):
            return None
        d = self._dispositif(s)
        if d is None:
            return None
        # "oui j'ai weda à jour, par contre pas d'appli carte vitale": the yes and its clause
        named = self.faq.indicator_named(yes_clause(text) or text, d)
        asked, _ = self._target_of(d, qid)
        if named is None or named == asked.id:
            return None
        other = next(i for i in d.indicateurs if i.id == named)
        figures = any(c.isdigit() for c in text) or values(fold(text))
        # "DMT 95 FSE 98", "deux tiers": figures, read further on; but a count of another
        # indicator ("2 interventions en ehpad") is no rate for the question asked
        if figures and (other.cible.type != "nombre" or asked.cible.type == "nombre"):
            return None
        return other

    def _count_ahead(self, s: Session, other: Indicateur, text: str) -> str | None:
        """A count typed for another indicator asked as a figure ("ouais 4 interv en ehpad" at
        the opening hours), kept as its answer, as a rate typed ahead is: the line that says
        so, or None (no single count, one already answered, or none it can be)."""
        if other.cible.type != "nombre" or not other.questions:
            return None
        if other.questions[0].type != "valeur" or other.id in s.answers:
            return None
        if any(indicator_of(q) == other.id for q in s.history):
            return None
        counts = [v for v in values(fold(text)) if v.kind == "nombre"]
        if len(counts) != 1 or value_error(counts[0].value, other.cible):
            return None
        s.answers[other.id] = counts[0].value
        shown = shown_figure(counts[0].value, "nombre")
        name = short_label(other.libelle, 60)  # (« « Aller vers » : … » quoted once)
        name = name if name.startswith("«") else f"«{NNBSP}{name}{NNBSP}»"
        return f"Noté pour plus tard{NNBSP}: {name}{NNBSP}: {shown}."

    def _typed_ahead(self, s: Session, qid: str, text: str) -> tuple[str, str]:
        """Rates typed for later questions ("FSE 98" at the Ségur question), recorded as their
        answers: the line that says so ("" when there are none), and the rest of the text,
        for the question asked ("" when nothing is left)."""
        d = self._dispositif(s)
        if d is None or qid in PROFILE_QUESTIONS:
            return "", text
        targets = rate_targets(d, indicator_of(qid))
        names = {key: RATE_NAMES[key] for key in targets}
        found = named_figures(text, names)
        if not found.values:
            return "", text
        return keep_ahead(s, targets, found.values), found.rest

    def _typed_components(self, s: Session, ask: _Ask, text: str, kept: str) -> Step | None:
        """Rates of one indicator typed at the first question of its threshold tree (« CM 35
        DSG 40 SPE 20 », or « DSG 40 » alone, at « votre taux de CM AT-MP dépasse-t-il 30 % ? »):
        recorded as its components, as « Détailler » would, the tree left; None for anything
        else."""
        d = self._dispositif(s)
        if d is None or ask.free != "choice" or ask.cible is None:
            return None
        ind, _ = self._target_of(d, ask.id)
        if any(q.id in s.path for q in ind.questions):  # the tree is under way: keep to it
            return None
        names = {c.id: RATE_NAMES[c.id] for c in ind.composantes if c.id in RATE_NAMES}
        found = named_figures(text, names)
        tested = next(q.teste for q in ind.questions if q.id == ask.id)
        if not found.values or found.rest or set(found.values) == {tested}:
            return None  # the asked question's own rate alone: its one-figure reading
        rates = {c: float(v) for c, v in found.values.items()}
        parts = {c.id: c for c in ind.composantes}
        if any(value_error(v, parts[c].cible) for c, v in rates.items()):
            return None  # the one-figure reading says what is wrong
        s.answers[ind.id] = rates
        s.history.append(ask.id)
        said = ", ".join(
            f"{RATE_NAMES[c][0]} {shown_figure(v, parts[c].cible.type)}" for c, v in rates.items()
        )
        note = f"{kept} J'ai compris{NNBSP}: {said}.".strip()
        return Step(s, [_confirmation(ask, rates), *_noted(note, self._next(s))])

    def _typed_count(self, s: Session, ask: _Ask, text: str, kept: str) -> Step | None:
        """A count typed at a question one of whose choices holds from a minimum on (« 5 RCP »
        at the coordination: « Au moins 4 RCP par an »): that choice when reached; under it
        (« 3 RCP »), why it does not count, and the question asked again (another form may
        still meet it). None when the text tells no such count."""
        d = self._dispositif(s)
        if d is None or ask.free != "choice" or ask.id in PROFILE_QUESTIONS:
            return None
        ind, _ = self._target_of(d, ask.id)
        question = next((q for q in ind.questions if q.id == ask.id), None)
        if question is None or all(c.seuil is None for c in question.choix):
            return None
        choice = counted_path(fold(text), ind)
        if choice is None or choice.valeur not in {v for _, v in ask.buttons}:
            return None
        under = choice.resultat is not None and choice.resultat.reponse is False
        if under:  # the minimum's own path, `sinon`, not the choice's
            said = f"«{NNBSP}{short_label(text, 40)}{NNBSP}»{NNBSP}: {choice.resultat.raison} "
            said += "Une autre forme vous concerne-t-elle ? Sinon, répondez « Non »."
            return Step(s, [plain(f"{kept} {said}".strip()), *self._ask(s, ask.id)])
        note = f"{kept} J'ai compris{NNBSP}: «{NNBSP}{choice.libelle}{NNBSP}».".strip()
        return self._take(s, ask, choice.valeur, note)

    def _settle(self, s: Session, ask: _Ask, i: Interpretation, text: str, kept: str) -> Step:
        """A yes (or no) where two buttons say yes: taken when they lead to the same result
        (the first is noted, and the note says so), else asked back with those buttons only."""
        labels = [given(v, ask.buttons, ask.free) for v in i.among]
        quoted = " et ".join(f"«{NNBSP}{label}{NNBSP}»" for label in labels)
        if self._same_outcome(s, ask.id, i.among):
            year = self._dispositif(s).exercice
            said = f"{quoted} donnent le même résultat pour l'exercice {year}, clos{NNBSP}:"
            note = f"{kept} {i.reading} {said} j'ai noté «{NNBSP}{labels[0]}{NNBSP}»."
            return self._take(s, ask, i.among[0], note.strip())
        rows = [
            [Choice(short_label(label, 64), Answer(ask.id, v))]
            for label, v in zip(labels, i.among, strict=True)
        ]
        how_many = "deux" if len(labels) == 2 else "plusieurs"
        said = f"«{NNBSP}{short_label(text, 40)}{NNBSP}» va avec {how_many} choix"
        said += f"{NNBSP}: lequel{NNBSP}?"
        lines = [line(kept)] if kept else []
        return Step(s, [message(block(*lines, line(bold(said))), choices=rows, asks=ask.id)])

    def _same_outcome(self, s: Session, qid: str, valeurs: tuple[str, ...]) -> bool:
        """Whether these choices of a tree question change nothing for the result: the same
        answer, no follow-up, and the exercice closed (nothing left to declare or do, so the
        advice that tells them apart is moot)."""
        d = self._dispositif(s)
        if d is None or status(d, self.today()).actionnable:
            return False
        ind, _ = self._target_of(d, qid)
        q = next((q for q in ind.questions if q.id == qid), None)
        choices = [c for c in (q.choix if q else []) if c.valeur in valeurs]
        if len(choices) != len(valeurs) or any(c.suivante or not c.resultat for c in choices):
            return False
        answers = {c.resultat.reponse for c in choices if c.resultat is not None}
        return len(answers) == 1 and answers != {"ambigu"}

    def _typed_profession(self, s: Session, text: str) -> Taken | None:
        """`text` read as a covered profession, or None."""
        ask = self._describe(s, "profession")
        taken = take(interpret(text, self._expected(s, ask)), text, ask.free, ask.buttons)
        return None if taken.retry or taken.value not in self._profession_ids else taken

    def _interpret(self, s: Session, ask: _Ask, text: str) -> tuple[Interpretation, Any]:
        """The reading of `text` at `ask`, and, at a threshold choice, the same text read as
        the tested target's quantity (for what is shown back)."""
        valeur = typed_button(text, ask.buttons) if ask.free != "choice" else None
        if valeur is not None:  # a button's label typed at a numeric question: "Détailler"
            label = given(valeur, ask.buttons, "choice")
            return Interpretation("value", valeur, reading=f"J'ai compris{NNBSP}: {label}."), None
        if ask.components and ask.free != "rates":  # named rates first, else one figure
            named = interpret(text, Expected("rates", components=ask.components))
            if named.rates and named.status in ("value", "partial"):
                return named, None
        version = _version_echoed(text, ask.text) if ask.free == "choice" else None
        if version is not None:  # "add 8" at the addendum 8 question: a yes, or "add 7" a no
            said, met = version
            i = interpret("oui" if met else "non", self._expected(s, ask))
            yes_no = "oui" if met else "non"
            return replace(i, reading=f"J'ai compris{NNBSP}: {yes_no} ({said})."), None
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
            others = next(
                (t.termes for t in self.kb.hors_perimetre.sujets if t.id == OTHER_PROFESSIONS), []
            )
            return Expected(
                "profession", ask.buttons, names=profession_names(registry), excluded=others
            )
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
        return Expected("choice", ask.buttons, subject=ask.text)

    def _answer(self, s: Session, qid: str, valeur: str) -> Step:
        """A tapped answer: one of the question's buttons, or "je ne sais pas"."""
        ask = self._describe(s, qid)
        allowed = {v for _, v in ask.buttons}
        if qid not in ("profession", "exercice"):  # the profile decides every question
            allowed.add(NSP)
        if valeur not in allowed:
            return self._stale(s)
        return self._take(s, ask, valeur)

    def _correct(self, s: Session, qid: str, valeur: str) -> Step:
        """A tap on the question answered last, its keyboard still there (a quick second tap,
        a message not edited): the answer changes, and what follows is asked again."""
        ask = self._describe(s, qid)
        allowed = {v for _, v in ask.buttons} | ({NSP} if qid not in PROFILE_QUESTIONS else set())
        if valeur not in allowed:
            return self._stale(s)
        current = self._tapped_value(s, qid)
        if current == valeur:
            said = plain(f"« {given(valeur, ask.buttons, ask.free)} » est déjà noté.")
            return Step(s, [said, *self._next(s, resume=True)])
        was = given(current, ask.buttons, ask.free) if current is not None else ""
        self._remember_totals(s)
        s.history.pop()
        self._clear_from(s, qid)
        return self._take(s, ask, valeur, was=was)

    def _tapped_value(self, s: Session, qid: str) -> str | None:
        """The button valeur the recorded answer to `qid` stands for (None: not a button's)."""
        if qid == "profession":
            return s.profession
        if qid == "exercice":
            return s.exercice
        if qid in s.path:
            return s.path[qid]
        ind, comp = self._target_of(self._dispositif(s), qid)
        value = s.answers.get(ind.id)
        if comp is not None:
            value = value.get(comp.id, ...) if isinstance(value, dict) else ...
        if value is None:
            return NSP
        if value is True or value is False:
            return "oui" if value else "non"
        return "detail" if value == {} else None

    def _take(
        self,
        s: Session,
        ask: _Ask,
        value: Any,
        note: str = "",
        not_concerned: bool = False,
        was: str = "",
    ) -> Step:
        """Record an answer to `ask`, tapped or typed, and go on; `note`: what was understood,
        shown above what follows. The first reply confirms the answer over the question."""
        qid = ask.id
        confirm = _confirmation(ask, value, was)
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
            return Step(s, [confirm, *_noted(note, [self._intro(s), *self._next(s)])])
        else:
            error = self._record(s, qid, value)
            if error:
                return Step(s, [plain(error), *self._ask(s, qid)])
            if not_concerned:
                note = f"{note} {self._implication(s, qid)}".strip()
            note = f"{note} {self._mean(s, qid)}".strip()
        s.history.append(qid)
        return Step(s, [confirm, *_noted(note, self._next(s))])

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


# A version typed alone, as the question names it: "add 8", "addendum 8", "je suis en add 7"
VERSION_TYPED = re.compile(
    r"^(?:(?:oui|non),? )?(?:j'ai |je suis |on est |suis |c'est )?(?:en |a |sur |a jour )*(?:l')?"
    r"add(?:endum)?\.? ?(\d{1,2})(?: (?:ok|oui|installe|a jour))?[ .!]*$"
)
VERSION_ASKED = re.compile(r"\baddendum (\d{1,2})\b")


def _version_echoed(text: str, asked: str) -> tuple[str, bool] | None:
    """ "add 8" typed at « … à jour de l'addendum 8 … ? »: the version told, and whether it is
    the one asked or a later one; None unless both name an addendum."""
    typed, wanted = VERSION_TYPED.match(fold(text).strip()), VERSION_ASKED.search(fold(asked))
    if typed is None or wanted is None:
        return None
    return f"addendum {typed[1]}", int(typed[1]) >= int(wanted[1])
