"""The VSM forfait asked with the asker's own share: « 45 % de mes ALD ont un VSM dans le DMP,
j'ai droit à quelque chose ? ». The forfait is apart from the schemes' indicators, so the
calculator's `vsm_amount` answers, with both readings where the guides disagree."""

from __future__ import annotations

import re

from bot.faq_text import fold
from bot.messages import Block, Message, bold, line
from bot.question_scope import VSM, own_figure, values
from bot.rule_facts import _labels
from calculators.french import NNBSP, fmt_date, fmt_eur
from calculators.vsm import vsm_amount
from knowledge.schema import Vsm

# The share of structured VSM, said in words: "plus d'un tiers", "moins d'1/3".
MORE_THAN_THIRD = re.compile(r"\b(plus d'|plus de |au dela d'|au-dela d')(un tiers|1/3)")
LESS_THAN_THIRD = re.compile(r"\b(moins d'|moins de )(un tiers|1/3)")
STRUCTURED = re.compile(r"\bstructur\w*|\bci-?sis\b")
# When the share was reached, or when the forfait is paid: the guides' periods answer it
# (« fin 2023 j'étais à 40 %, au 30 juin 2024 à 60 %, ça tombe quand ? »).
TIME = re.compile(
    r"\b(quand|qd|trop tard|semestre|vers\w*|pay\w*|tomb\w*|date|fin|debut|au \d|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"20(22|23|24))\b"
)

# The 20 % bonus quoted as such: "3000 + 20 %", "20 % de majoration", "20 % = 3600 €".
BONUS = re.compile(r"(\+\s*|\b(majo\w*|bonus|major\w*) (de )?)$")
BONUS_AFTER = re.compile(r"\s*(de (majo|bonus)|=|en plus\b)")


def _shares(folded: str) -> tuple[list[float], float | None]:
    """The shares of the ALD patientèle told, in order (a rate followed by « ALD » or
    « patients », just after « ALD », or a later one once one is told: « fin 2023 40 % de
    mes ALD, puis 60 % en avril 2024 »), and the first share of structured VSM (a rate
    beside « structuré »)."""
    ald: list[float] = []
    structure = None
    for v in values(folded):
        at = folded.find(v.text)
        if v.kind != "taux" or at < 0:
            continue
        after, around = folded[at : at + 60], folded[max(0, at - 40) : at + 60]
        before = folded[max(0, at - 50) : at]
        if BONUS.search(before[-15:]) or BONUS_AFTER.match(folded, at + len(v.text)):
            continue  # "3000 + 20 % = 3600 € ?": the structured VSM's bonus, not a share
        if re.search(r"\b(ald|patient\w*)\b", after):
            ald.append(v.value)
        elif not ald and re.search(r"\bald\b", before) and "%" not in before:
            ald.append(v.value)  # "le DMP de presque tous mes ALD, j'estime à 93 %"
        elif structure is None and STRUCTURED.search(around):
            structure = v.value
        elif ald:
            ald.append(v.value)
    return ald, structure


# Whether the forfait goes on: "existe encore pour 2025 ?", "il continue avec la Donum ?"
STILL = re.compile(
    r"\b(existe\w* (encore|toujours)|encore (valable|en vigueur|d'actualite)|continue\w*|"
    r"toujours (en vigueur|d'actualite|valable)|avec la (donum|dotation))\b"
)
YEAR = re.compile(r"\b(20[2-3]\d)\b")


def vsm_reply(vsm: Vsm, text: str) -> Message | None:
    """The amount for the share the question gives, or None when it gives none; after the
    last period the sources publish (a later year named, or whether it goes on), that
    nothing is known then, rather than an amount."""
    folded = fold(text)
    if not VSM.search(folded):
        return None
    later = [int(y) for y in YEAR.findall(folded) if int(y) > vsm.fin_connue.year]
    if later or STILL.search(folded):
        return _after_known(vsm, max(later) if later else None)
    told, structure = _shares(folded)
    published = {float(c.valeur) for c in vsm.seuils if c.valeur is not None}
    if not told or not own_figure(folded, frozenset(published)):
        return None  # "si 90 % de ses patients…, combien ?" is the entry's table
    ald = told[-1]  # the latest share told decides; the ones before are shown
    if STRUCTURED.search(folded):
        if MORE_THAN_THIRD.search(folded):
            structure = 34.0  # strictly more than a third: both readings give the bonus
        elif LESS_THAN_THIRD.search(folded):
            structure = 30.0
    target = vsm.seuil_structure.valeur
    if structure is not None and target is not None and abs(structure - target) < 0.01:
        structure = target  # "1/3" written is the third the guides speak of
    result = vsm_amount(vsm, ald, structure)
    if not result.palier_eur:
        amount = "Pas de forfait VSM à ce niveau."
    elif result.eur_max != result.eur:
        amount = (
            f"Montant{NNBSP}: {fmt_eur(result.eur)} ou {fmt_eur(result.eur_max)} selon la lecture."
        )
    else:
        amount = f"Montant{NNBSP}: {fmt_eur(result.eur)}."
    rules = [line(f"• {fmt_eur(p.eur or 0)}{NNBSP}: {p.texte}") for p in vsm.paliers]
    bonus = f"{int(vsm.majoration_structure * 100)}{NNBSP}%"
    rules.append(line(f"• +{bonus}{NNBSP}: {vsm.seuil_structure.texte}"))
    before = [line(f"Avant{NNBSP}: {vsm_amount(vsm, x, structure).raison}") for x in told[:-1]]
    blocks = [
        Block((line(bold(vsm.libelle)), *before, line(result.raison), line(amount))),
        Block((line(f"Paliers{NNBSP}:"), *rules)),
    ]
    if len(told) > 1 or TIME.search(folded):  # when it is paid depends on when it is reached
        blocks.append(Block(tuple(line(p.texte) for p in vsm.periodes)))
    if result.ambiguite is None:  # else both readings follow
        blocks.append(Block(tuple(line(n.texte) for n in [vsm.ponderation, *vsm.avertissements])))
    else:
        blocks.append(Block((line(vsm.ponderation.texte),)))
        readings = [line(f"{n}. {r.texte}") for n, r in enumerate(result.ambiguite.lectures, 1)]
        blocks.append(Block((line(f"⚖️ Les textes se lisent de deux façons{NNBSP}:"), *readings)))
    blocks.append(Block((line(f"Source : {' ; '.join(_labels(list(vsm.sources)))}"),)))
    return Message(tuple(blocks))


def _after_known(vsm: Vsm, year: int | None) -> Message:
    """The periods the sources publish, and the CPAM for anything after them."""
    end = fmt_date(vsm.fin_connue)
    asked = f"pour {year}" if year else "après cette date"
    lines = [
        line(bold(vsm.libelle)),
        line(f"Les périodes publiées dans nos sources s'arrêtent au {end}."),
        *(line(p.texte) for p in vsm.periodes),
        line(f"Rien dans nos sources sur ce forfait {asked}{NNBSP}: demandez à votre CPAM."),
    ]
    cited = [*vsm.fin_sources, *vsm.sources]
    return Message((Block(tuple(lines)), Block((line(f"Source : {' ; '.join(_labels(cited))}"),))))
