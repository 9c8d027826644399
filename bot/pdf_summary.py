"""The one- or two-page PDF summary a practitioner keeps or sends to an accountant or the
CPAM: answers, verdicts, amounts, plan, sources, the date of the estimate and the version of
the knowledge it rests on. Written with fpdf2 (pure Python) in DejaVu, from the same estimate
as the text and the card (`bot.report.result_context`, `bot.report.bars`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import cache
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bot.fonts import font_path
from bot.report import ICONS, LABELS, bars
from bot.typography import typeset
from calculators.french import fmt_date, fmt_eur, fmt_number, fmt_points
from calculators.values import Unknown
from knowledge import ROOT

MARKS = {"atteint": "✓", "non_atteint": "✗", "neutralise": "–", "inconnu": "?", "ambigu": "≈"}
assert MARKS.keys() == ICONS.keys()
NEXT = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


@cache
def knowledge_version() -> str:
    """A short fingerprint of the knowledge files: two summaries with the same one rest on
    the same rules."""
    digest = hashlib.sha256()
    for path in sorted(ROOT.rglob("*.yaml")):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def _answer(value: Any) -> str:
    """An answer as the practitioner gave it."""
    if value is None or isinstance(value, Unknown):
        return "je ne sais pas"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, int | float):
        return fmt_number(value)
    if isinstance(value, dict):
        return " ; ".join(f"{k} : {_answer(v)}" for k, v in value.items()) or "—"
    return str(value)


class _Summary(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("dejavu", size=7)
        self.set_text_color(110)
        self.cell(0, 5, typeset(f"Page {self.page_no()}/{{nb}}"), align="C")


def summary_pdf(ctx: dict[str, Any], today: dt.date) -> bytes:
    """The PDF of the result in `ctx` (`bot.report.result_context`)."""
    d, est, st, answers = ctx["d"], ctx["est"], ctx["st"], ctx["answers"]
    groups, total = bars(est, ctx["possible"])
    pdf = _Summary(format="A4")
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("dejavu", "", str(font_path()))
    pdf.add_font("dejavu", "B", str(font_path(bold=True)))
    pdf.set_title(typeset(f"Estimation — {d.libelle}"))
    pdf.set_creator("forfait-bot")
    pdf.add_page()

    def text(s: str, size: float = 9, style: str = "", h: float = 4.6) -> None:
        pdf.set_font("dejavu", style, size)
        pdf.multi_cell(0, h, typeset(s), align="L", **NEXT)

    def heading(s: str) -> None:
        pdf.ln(2.5)
        text(s, 11, "B", 6)

    text(d.libelle, 15, "B", 7.5)
    pdf.set_text_color(90)
    text(
        f"Estimation du {fmt_date(today)} · exercice {st.cle} · version des connaissances "
        f"{knowledge_version()} · établie par forfait-bot, à confirmer auprès de votre CPAM.",
        8,
    )
    pdf.set_text_color(0)
    pdf.ln(2)
    if est.complet:
        amount = f"{fmt_eur(est.total_eur)} sur {fmt_eur(total.maximum)} possibles"
    else:
        amount = (
            f"Entre {fmt_eur(est.total_eur)} et {fmt_eur(est.total_eur_max)} sur "
            f"{fmt_eur(total.maximum)} possibles"
        )
    if total.points_max is not None:
        amount += f" ({fmt_points(est.total_points or 0)} sur {fmt_points(total.points_max)})"
    if ctx["other_max"] is not None:  # the FS 2024–2025's 7 805 or 8 141 €
        amount += f", ou {fmt_eur(ctx['other_max'].eur)} possibles selon une autre source"
    text(amount, 13, "B", 6.5)
    socle = {True: "atteint", False: f"non atteint : {ctx['lost']}"}
    text(f"{ctx['gating']} : {socle.get(est.socle_atteint, 'à confirmer')}.", 10)

    heading("Montants par groupe")
    widths = (68, 22, 26, 40, 24)
    pdf.set_font("dejavu", "B", 8)
    for w, title in zip(
        widths, ("Groupe", "Acquis", "Possible", ctx["missed"].capitalize(), "Maximum"), strict=True
    ):
        pdf.cell(w, 5, title, border="B", align="L" if title == "Groupe" else "R")
    pdf.ln()
    for b in [*groups, total]:
        pdf.set_font("dejavu", "B" if b is total else "", 8)
        row = (b.acquis, b.possible, b.perdu, b.maximum)
        label = b.libelle if len(b.libelle) <= 46 else b.libelle[:45] + "…"
        pdf.cell(widths[0], 5, typeset(label))
        for w, value in zip(widths[1:], row, strict=True):
            pdf.cell(w, 5, fmt_eur(value), align="R")
        pdf.ln()

    heading("Réponses et verdicts")
    for r in est.indicateurs:
        given = _answer(answers[r.id]) if r.id in answers else "non renseigné"
        worth = f" — {fmt_eur(r.eur)}" if r.eur else ""
        if r.points:
            worth = f" — {fmt_points(r.points)} · {fmt_eur(r.eur or 0)}"
        text(f"{MARKS[r.statut]} {r.libelle} : {LABELS[r.statut]}{worth}. Réponse : {given}.", 8)

    plan = ctx["plan"] or (ctx["suite"].plan if ctx["suite"] else [])
    if plan:
        where = st.cle if ctx["plan"] else ctx["suite"].st.cle
        heading(f"Plan d'action {where}")
        for i, a in enumerate(plan[:6], 1):
            text(f"{i}. {a.libelle} : +{fmt_eur(a.eur)}, {a.quand}.", 8)
    elif st.phase == "terminee":
        heading("Plan d'action")
        text(f"Trop tard pour agir sur {st.cle} : les indicateurs sont appréciés au 31/12.", 8)

    heading("Déclaration et paiement")
    text(f"Déclaration {st.cle} : {ctx['window']}, sur {d.amelipro.texte.rstrip('.')}.", 8)
    text(d.paiement.texte, 8)

    heading("Sources")
    for i, c in enumerate(ctx["notes"], 1):
        doubt = " (secondaire : à confirmer auprès de votre CPAM)" if c in ctx["secondary"] else ""
        text(f"[{i}] {c}{doubt}", 7, h=3.6)
    return bytes(pdf.output())
