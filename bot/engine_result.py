"""The result steps: the short result and its buttons, each part on demand, the card and the
PDF summary, all from one estimate of the session's answers."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from bot import result_messages
from bot.actions import (
    CompareExercice,
    EstimateExercice,
    OpenWebApp,
    PlanReminders,
    RunCommand,
    ShareInline,
    ShowResult,
)
from bot.faq_text import fold
from bot.messages import Attachment, Block, Choice, Message, line, plain
from bot.render import render
from bot.render import shorten as short_label
from bot.report import result_context
from bot.result_share import read_share_query, share_query
from bot.session import Session
from bot.step import Step
from bot.text_render import to_text
from calculators import estimate
from calculators.calendar import status
from calculators.carry_over import carry_over
from calculators.french import fmt_eur
from knowledge.schema import Dispositif, Resultat

if TYPE_CHECKING:
    from bot.faq_replies import InlineCard


class ResultSteps:
    """Engine steps (a mixin of `bot.engine.Engine`, which holds the knowledge and the clock)."""

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

    def _later(self, d: Dispositif) -> Dispositif | None:
        """The profession's next exercice after `d`, to compare the same answers with."""
        later = [
            x
            for x in self._schemes[d.profession]
            if x.exercice is not None and d.exercice is not None and x.exercice > d.exercice
        ]
        return min(later, key=lambda x: x.exercice, default=None)

    def _compare(self, s: Session, exercice: str) -> Step:
        """The same answers judged for another exercice: what carries over (same indicator,
        or a declared correspondence), the two amounts side by side, what is left to give."""
        d = self._dispositif(s)
        other = self.kb.dispositif(s.profession or "", exercice) if d else None
        if d is None or other is None:
            return self._stale(s)
        answers = self._calculator_answers(s)
        carried = carry_over(d, other, answers)
        labels = {i.id: i.libelle for i in other.indicateurs}
        ctx = {
            "d": d,
            "est": estimate(d, answers),
            "possible": estimate(d, {}),
            "other": other,
            "other_est": estimate(other, carried.answers),
            "other_possible": estimate(other, {}),
            "provisoire": status(other, self.today()).provisoire,
            "reprises": len(carried.reprises),
            "a_redonner": [labels[i] for i in carried.a_redonner],
        }
        rows = [[Choice(f"Estimer {later_key(other)}", EstimateExercice(later_key(other)))]]
        return Step(s, [render("compare.j2", rows, **ctx)])

    def _remember_totals(self, s: Session) -> None:
        """The totals before a change of answer, kept until the next result shows the change
        (the first ones, when several answers change before it)."""
        d = self._dispositif(s)
        if d is None or s.before or not s.answers:
            return
        est = self._estimate(s, d)
        s.before = [est.total_eur, est.total_eur_max]

    def _result(self, s: Session, d: Dispositif) -> Message:
        """The short result (`bot/result_messages.py`), each detail one tap away; after a
        change of answer, the change of the amount."""
        ctx = self._result_context(s, d)
        if s.before:
            est = ctx["est"]
            ctx["change"] = change_text(s.before, [est.total_eur, est.total_eur_max])
            s.before = []
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
        later = self._later(d)
        if later is not None and s.answers:
            rows.append(
                [Choice(f"Comparer avec {later.exercice}", CompareExercice(later_key(later)))]
            )
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

    def _own_result_why(self, s: Session, text: str) -> tuple[Step | None, Message | None]:
        """ "pk mon volet 1 est a confirmé ?": the asker's own result, read indicator by
        indicator (the first), unless the FAQ answers it surely (the second, read once).
        "c koi qui me manque pr le max ?": the asker's own action plan, whatever the FAQ says
        of the maximum."""
        folded = fold(text)
        amount = any(c.isdigit() for c in re.sub(r"\b20\d\d\b", " ", folded))
        if s.answers and OWN_MISSING.search(folded) and not amount:
            return self._result_part(s, "plan"), None
        if not s.answers or self.faq is None or not OWN_RESULT_WHY.search(folded):
            return None, None
        sure = self.faq.sure_reply(text, s)
        return (self._result_part(s, "detail") if sure is None else None), sure

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
        if part == "texte":
            return Step(s, [copy_text(result_messages.short(ctx))])
        return Step(s, result_messages.detail(ctx))

    def _for_advisor(self, s: Session, m: Message) -> Message:
        """An advisor's short result (the message that offers the detail) also offers the
        same text to copy and, when the answers fit an inline query, a share button."""
        if ShowResult("detail") not in m.actions:
            return m
        row = [Choice("Texte à copier", ShowResult("texte"))]
        query = share_query(self.kb, s)
        if query is not None:
            row.append(Choice("Partager", ShareInline(query)))
        return replace(m, choices=(*m.choices, tuple(row)))

    def _shared(self, query: str) -> tuple[Dispositif, dict[str, Any]] | None:
        """The scheme and result context of a shared result's query; None for another query."""
        shared = read_share_query(self.kb, query)
        d = self._dispositif(shared) if shared is not None else None
        if shared is None or d is None:
            return None
        return d, self._result_context(shared, d)

    def shared_card(self, query: str) -> InlineCard | None:
        """Inline mode's card for a shared result (`bot/result_share.py`): the short result the
        bot computes today for the answers in the query; None when the query is not one. Pure:
        no session, no store."""
        from bot.faq_replies import InlineCard  # bot.faq_replies imports the engine

        shared = self._shared(query)
        if shared is None:
            return None
        d, ctx = shared
        est, possible = ctx["est"], ctx["possible"]
        amount = fmt_eur(est.total_eur)
        if est.total_eur != est.total_eur_max:
            amount = f"entre {amount} et {fmt_eur(est.total_eur_max)}"
        socle = {True: "socle atteint", False: "socle non atteint"}.get(
            est.socle_atteint, "socle à confirmer"
        )
        lien = self.kb.professions[d.profession].lien
        other = d.other_maximum()  # the FS 2024–2025's 7 805 or 8 141 €
        most = fmt_eur(possible.total_eur_max) + (f" (ou {fmt_eur(other.eur)})" if other else "")
        return InlineCard(
            id=f"estimation_{lien}_{d.cle}",
            title=f"Estimation : {amount} sur {most} possibles",
            description=f"{short_label(d.libelle, 90)}, {socle}, le {self.today():%d/%m/%Y}.",
            message=result_messages.short(ctx),
            start=f"{lien}_{d.cle}",
        )

    def _share_preview(self, s: Session, query: str) -> Step:
        """A share button tapped where there is no inline mode (the terminal): what it
        would post."""
        shared = self._shared(query)
        if shared is None:
            return self._stale(s)
        return Step(s, [copy_text(result_messages.short(shared[1]))])


def copy_text(result: Message) -> Message:
    """The result as one plain text to copy in one piece (a `pre` block), buttons aside."""
    text = to_text(replace(result, choices=()))
    copy = Block(tuple(line(x) for x in text.split("\n")), pre=True)
    return Message((Block((line("Texte à copier :"),)), copy))


def later_key(d: Dispositif) -> str:
    return str(d.exercice) if d.exercice is not None else "projet"


def change_text(before: list[float], after: list[float]) -> str:
    """ "Avant la modification : 1 240 €, maintenant 940 € (−300 €)."."""

    def amount(lo: float, hi: float) -> str:
        return fmt_eur(lo) if lo == hi else f"entre {fmt_eur(lo)} et {fmt_eur(hi)}"

    was, now = amount(*before), amount(*after)
    if before == after:
        return f"Modification sans effet sur le montant : toujours {now}."
    deltas = {a - b for a, b in zip(after, before, strict=True)}
    said = f"Avant la modification : {was}, maintenant {now}"
    if len(deltas) == 1:
        delta = deltas.pop()
        said += f" ({'+' if delta > 0 else '−'}{fmt_eur(abs(delta))})"
    return said + "."


# "pourquoi mon volet 1 est à confirmer ?": the asker's own result asked about
# What the asker lacks for the most, asked of their own answers (no amount told: « il me
# manque 1 400 €, c'est quel indicateur ? » is `bot/missing_amount.py`'s)
OWN_MISSING = re.compile(
    r"\b(qu'?est[- ]ce qui|c'?est quoi qui|c koi qui|c quoi qui|ce qui) me manque\b|"
    r"\b(il )?me manque quoi\b"
)
OWN_RESULT_WHY = re.compile(
    r"\b(pourquoi|pk|pq|pkoi|pourkoi|comment ca se fait)\b.*\b(mon|ma|mes)\s+"
    r"(volet|socle|total|montant|resultat|estimation|forfait|fami|donum|indicateurs?)\b"
)
