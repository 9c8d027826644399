"""The VSM forfait asked with the asker's own share: « 45 % de mes ALD ont un VSM dans le DMP,
j'ai droit à quelque chose ? ». The forfait is apart from the schemes' indicators, so the
calculator's `vsm_amount` answers, with both readings where the guides disagree."""

from __future__ import annotations

import re

from bot.faq_text import MAXIMUM, fold
from bot.messages import Block, Line, Message, bold, line
from bot.question_scope import VSM, own_figure, values
from bot.rule_facts import DATE_TOLD, SHOWN, _date_told, _labels
from calculators.french import NNBSP, fmt_date, fmt_eur
from calculators.vsm import vsm_amount
from knowledge.schema import VersementVsm, Vsm

# The share of structured VSM, said in words: "plus d'un tiers", "moins d'1/3".
MORE_THAN_THIRD = re.compile(r"\b(plus d'|plus de |au dela d'|au-dela d')(un tiers|1/3)")
LESS_THAN_THIRD = re.compile(r"\b(moins d'|moins de )(un tiers|1/3)")
# ... or as most of them: "quasiment tous structurés", "la plupart au format structuré"
MOSTLY_STRUCTURED = re.compile(
    r"(?<!\bpas )\b(presque |quasiment |quasi |pratiquement )?(tous|toutes|la plupart|"
    r"la majorite|l'essentiel|la moitie)\b( \w+){0,3} (sont |en |au |en format |au format )?"
    r"structur"
)
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


# « (non structurés) », « pas structurés »: the word denied
NOT_BEFORE = re.compile(r"\b(non|pas|sans)\s*$")
# A share said between a rate and « structuré »: « 92 % avec plus d'un tiers en format structuré »
SHARE = re.compile(r"\d|\b(tiers|moitie|quart)\b")


def _structured(folded: str, start: int, end: int) -> bool:
    """The rate at `start:end` is the share of structured VSM: « structuré » next to it, no
    other figure between (« 92 % et 40 % des VSM structurés »: the 40 %, not the 92 %)."""
    after = STRUCTURED.search(folded, end, end + 40)
    if after is not None and not SHARE.search(folded[end : after.start()]):
        return True
    before = list(STRUCTURED.finditer(folded, max(0, start - 40), start))
    return bool(before) and not SHARE.search(folded[before[-1].end() : start])


def _shares(folded: str) -> tuple[list[float], float | None, int]:
    """The shares of the ALD patientèle told, in order (a rate followed by « ALD » or
    « patients », just after « ALD », or a later one once one is told: « fin 2023 40 % de
    mes ALD, puis 60 % en avril 2024 »), and the first share of structured VSM (a rate
    beside « structuré »), and where the latest ALD share is told."""
    ald: list[float] = []
    structure = None
    last = 0
    for v in values(folded):
        at = folded.find(v.text)
        if v.kind != "taux" or at < 0:
            continue
        after = folded[at : at + 60]
        before = folded[max(0, at - 50) : at]
        if BONUS.search(before[-15:]) or BONUS_AFTER.match(folded, at + len(v.text)):
            continue  # "3000 + 20 % = 3600 € ?": the structured VSM's bonus, not a share
        named = re.search(r"\b(ald|patient\w*)\b", after)
        structured = STRUCTURED.search(after)
        # "la moitié en format structuré, mais 350 patients": the structured share
        first = named and structured and structured.start() < named.start()
        if first and structure is None and _structured(folded, at, at + len(v.text)):
            structure = v.value
            continue
        if named:
            ald.append(v.value)
        elif not ald and re.search(r"\bald\b", before) and "%" not in before:
            ald.append(v.value)  # "le DMP de presque tous mes ALD, j'estime à 93 %"
        elif structure is None and _structured(folded, at, at + len(v.text)):
            structure = v.value
            continue
        elif ald:
            ald.append(v.value)
        else:
            continue
        last = at
    return ald, structure, last


# Whether the forfait goes on: "existe encore pour 2025 ?", "il continue avec la Donum ?"
STILL = re.compile(
    r"\b(existe\w* (encore|toujours)|encore (valable|en vigueur|d'actualite)|continue\w*|"
    r"toujours (en vigueur|d'actualite|valable)|avec la (donum|dotation)|"
    # "le forfait VSM, je peux encore le toucher ?"
    r"encore (le |la |l')?(toucher|percevoir|avoir|declarer)|(toucher|percevoir) encore)\b"
)
YEAR = re.compile(r"\b(20[2-3]\d)\b")


# Objectives reached on a day told: "j'ai atteint les 90 % le 2 juillet 2024, trop tard ?"
REACHED = re.compile(r"\b(atteint\w*|arrive\w*|monte\w*|pass\w* a|fait|valide\w*)\b")
# "n'étaient pas atteints au 31/12/2023": the day they were not reached by
NOT_REACHED = re.compile(r"\b(pas|non|jamais)( encore| tout a fait)? \S*$")


AMOUNT_ASKED = re.compile(r"\b(combien|cb|montant|ca (fait|donne|rapporte))\b")
WHEN_ASKED = re.compile(r"\b(quand|date|pay\w*|vers\w*|touch\w*|recu|recois)\b")


# The most asked: "forfait VSM max avec la majoration, avant pondération ?"
MOST_ASKED = re.compile(rf"\b(max|maxi|{MAXIMUM}|plafonds?|au mieux|au plus)\b")


def _rules(vsm: Vsm) -> list[Line]:
    """The tiers and the bonus, one line each."""
    rules = [line(f"• {fmt_eur(p.eur or 0)}{NNBSP}: {p.texte}") for p in vsm.paliers]
    bonus = f"{int(vsm.majoration_structure * 100)}{NNBSP}%"
    return [*rules, line(f"• +{bonus}{NNBSP}: {vsm.seuil_structure.texte}")]


def _most(vsm: Vsm) -> Message:
    """The most the forfait pays a reference patientèle: the top tier with its bonus."""
    top = max(vsm.paliers, key=lambda p: p.eur or 0)
    most = (top.eur or 0) * (1 + vsm.majoration_structure)
    bonus = f"{int(vsm.majoration_structure * 100)}{NNBSP}%"
    said = (
        f"Au plus {fmt_eur(most)}{NNBSP}: le palier de {fmt_eur(top.eur or 0)} majoré de "
        f"{bonus}, avant pondération par votre patientèle."
    )
    return Message(
        (
            Block((line(bold(vsm.libelle)), line(said))),
            Block((line(f"Paliers{NNBSP}:"), *_rules(vsm))),
            Block((line(vsm.ponderation.texte),)),
            Block((line(f"Source : {' ; '.join(_labels(list(vsm.sources)))}"),)),
        )
    )


def vsm_reply(vsm: Vsm, text: str) -> Message | None:
    """The amount for the share the question gives, or None when it gives none; after the
    last period the sources publish (a later year named, or whether it goes on), that
    nothing is known then, rather than an amount; for objectives reached on a day told, when
    they are paid."""
    folded = fold(text)
    if not VSM.search(folded):
        return None
    # "90 % au 30/06/2024, plus d'un tiers structurés : ça fait combien ?": the amount asked,
    # not when it is paid
    amount_only = AMOUNT_ASKED.search(folded) and not WHEN_ASKED.search(folded)
    dated = None if amount_only else _reached_on(vsm, folded)
    if dated is not None:
        return dated
    later = [int(y) for y in YEAR.findall(folded) if int(y) > vsm.fin_connue.year]
    if later or STILL.search(folded):
        return _after_known(vsm, max(later) if later else None)
    told, structure, last = _shares(folded)
    if MOST_ASKED.search(folded) and not re.search(r"\d", YEAR.sub(" ", folded)):
        # "forfait VSM max avec la majoration ?": 3 000 € + 20 % (not "95 % de VSM, je touche
        # le max ?", nor "compris dans les 8 141 € max du forfait structure ?")
        return _most(vsm)
    published = {float(c.valeur) for c in vsm.seuils if c.valeur is not None}
    if not told or not own_figure(folded, frozenset(published)):
        return None  # "si 90 % de ses patients…, combien ?" is the entry's table
    ald = told[-1]  # the latest share told decides; the ones before are shown
    if STRUCTURED.search(folded):
        if MORE_THAN_THIRD.search(folded):
            structure = 34.0  # strictly more than a third: both readings give the bonus
        elif LESS_THAN_THIRD.search(folded):
            structure = 30.0
        elif structure is None and (m := MOSTLY_STRUCTURED.search(folded)):
            structure = 50.0 if m.group(2) == "la moitie" else 90.0
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
    rules = _rules(vsm)
    # the structured share told after the earlier shares is the latest one's (« fin 2023 55 %
    # (non structurés) … au 30/06/2024 92 % dont 40 % structurés »)
    said = STRUCTURED.finditer(folded, 0, last)
    earlier = structure if any(not NOT_BEFORE.search(folded, 0, m.start()) for m in said) else None
    before = [line(f"Avant{NNBSP}: {vsm_amount(vsm, x, earlier).raison}") for x in told[:-1]]
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


def _reached_on(vsm: Vsm, folded: str) -> Message | None:
    """ "atteint les 90 % le 2 juillet 2024, trop tard ?", "50 % en mars 2024, payé quand ?":
    when objectives reached on that day are paid, per source, then every period published;
    "pas atteints au 31/12/2023": the next period; after the last one, that nothing is known.
    None without a day (or month) told."""
    said = REACHED.search(folded)
    day = _date_told(folded[said.end() :]) if said is not None else None
    if said is None or day is None or not vsm.versements:
        return None
    told = DATE_TOLD.search(folded, said.end())
    when = f"le {fmt_date(day)}"
    if told is not None and told.group(2) and not told.group(1):  # "en avril 2024"
        when = f"en {SHOWN[told.group(2)]} {told.group(3)}"
    if told is not None and re.search(r"\bau \S*$", folded[: told.start()]):
        when = f"au {fmt_date(day)}"  # "atteints au 31/12/2023"
    missed = NOT_REACHED.search(folded[: said.end()]) is not None
    late = "trop tard" in folded
    periods = sorted(vsm.versements, key=lambda v: v.atteint_au)
    if missed:  # the next period that starts after the day
        found = [v for v in periods if v.atteint_du is not None and v.atteint_du > day][:1]
        verdict = (
            [f"Pas atteints {when}{NNBSP}: la période suivante compte encore."] if found else []
        )
    else:
        found = [v for v in periods if (v.atteint_du or day) <= day <= v.atteint_au]
        verdict = []
        if day > vsm.fin_connue:
            verdict = [
                f"{'Oui, trop tard' if late else 'Trop tard'}{NNBSP}: {when}, c'est après le "
                f"{fmt_date(vsm.fin_connue)}, fin de la dernière période publiée. Demandez à "
                "votre CPAM s'il existe une suite."
            ]
        elif late and found:
            verdict = [f"Non, pas trop tard{NNBSP}: {when}, c'est dans une période publiée."]
    by_source: dict[str, VersementVsm] = {}
    for v in found:  # a source's earliest period
        by_source.setdefault(v.sources[0].titre, v)
    paid = [f"Versement {v.verse} ({_span(v)}, {src})." for src, v in by_source.items()]
    if len(by_source) > 1:
        paid.append(f"Les textes diffèrent{NNBSP}: demandez à votre CPAM lequel s'applique.")
    if not verdict and not paid:
        return None
    shown = "atteints" if not missed else "non atteints"
    head = line(bold(f"{vsm.libelle} — objectifs {shown} {when}"))
    listed = [
        line(f"• {_span(v)}{NNBSP}: versement {v.verse} ({v.sources[0].titre})") for v in periods
    ]
    amounts = [line(f"• {fmt_eur(p.eur or 0)}{NNBSP}: {p.texte}") for p in vsm.paliers]
    cited = [s for v in periods for s in v.sources] + list(vsm.fin_sources)
    blocks = [
        Block((head, *map(line, [*verdict, *paid]))),
        Block((line(f"Périodes publiées{NNBSP}:"), *listed)),
        Block((line(f"Paliers{NNBSP}:"), *amounts, line(vsm.ponderation.texte))),
        Block((line(f"Source : {' ; '.join(_labels(cited))}"),)),
    ]
    return Message(tuple(blocks))


def _span(v: VersementVsm) -> str:
    """ "objectifs atteints du 01/01/2024 au 30/06/2024" (or "au 31/12/2023")."""
    since = f"du {fmt_date(v.atteint_du)} " if v.atteint_du is not None else ""
    return f"objectifs atteints {since}au {fmt_date(v.atteint_au)}"
