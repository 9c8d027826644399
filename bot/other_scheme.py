"""An indicator of another profession's scheme asked by a practitioner whose scheme lacks it:
« je suis dentiste, le SAS ça existe pour nous ? », « généraliste : un bonus « aller vers »
comme chez les dentistes ? ». The FAQ would answer on the indicator, for the wrong profession;
the reply says whose scheme holds it, then what the asker's own scheme pays."""

from __future__ import annotations

import datetime as dt
import re

from bot.faq import Answer
from bot.faq_intent import OPEN, YES_NO
from bot.faq_text import fold
from bot.question_scope import SCHEME_LABELS, SCHEME_PROFESSION
from bot.rule_answers import SCHEME_NAMES
from bot.rule_facts import Fact, RuleFacts, _labels, _q, _target, _target_line
from calculators.french import NNBSP

# Words naming an indicator or a block that only the other profession's scheme has, by the
# asker's profession: a dentist's FAMI has no SAS, no volets, no Donum; a médecin's schemes
# have no « aller vers », no 6th-year student, no 490 € socle.
FOREIGN = {
    "chirurgien-dentiste": re.compile(
        r"\b(sas|volets? ?(1|2|un|deux)|apcv|appli(cation)? carte vitale|"
        r"ordonnances? numeriques?|video ?transmission|objets? connectes|"
        r"equipements? (medicaux )?connectes|cm ?at-?mp|aat|dmt|pse|spe|dsg|teleservices?|"
        r"maitre de stage)\b"
        # a worth in points: the FAMI pays euros (« j'ai droit aux 120 points de la coordo ? »)
        r"|\b\d+ ?(points|pts)\b"
    ),
    "medecin": re.compile(
        r"\b(aller[- ]vers|(6e|6eme|sixieme) annee)\b|\bsocle (a|de|est de) 490\b"
    ),
}
# The other profession named, its scheme asked of the asker's own only with these words:
# « le SAS ça existe pour nous aussi ? mon cousin médecin l'a eu », « comme chez les dentistes »
THEIRS_NAMED = {
    "medecin": re.compile(r"\b(medecins?|generalistes?|mg|docteurs?|dr)\b"),
    "chirurgien-dentiste": re.compile(r"\b(dentistes?|chir\w* ?dent\w*|cd)\b"),
}
OWN_ASKED = re.compile(r"\b(pour (nous|moi)|nous aussi|notre|nos|chez nous|comme chez)\b")
# Someone else's case: « mon associé dentiste a le SAS ? » is not the asker's own scheme.
OTHER_PERSON = re.compile(
    r"\b(mon|ma|mes|notre|nos|son|sa|ses)\s+(associee?s?|assoc?|collegues?|confreres?|"
    r"consoeurs?|femme|mari|epou\w*|conjointe?|collab\w*|remplacant\w*|amie?s?)\b"
)
# An open question is answered, not said « Non »: « c koi le SAS ? comment je m'inscris ? »
OPEN_ASKED = re.compile(r"\b(combien|cb|comment|quand|koi|quoi|pourquoi|c'?est quoi)\b")
OTHER_PROFESSION = {"chirurgien-dentiste": "medecin", "medecin": "chirurgien-dentiste"}


def _of(scheme: str) -> str:
    """ "du forfait structure", "de la dotation numérique (Donum)", "du FAMI"."""
    label = SCHEME_LABELS[scheme]
    return f"du {label[3:]}" if label.startswith("le ") else f"de {label}"


def _span(years: list[int]) -> str:
    """ "exercice 2025", "exercices 2020 à 2025"."""
    return f"exercice {years[0]}" if len(years) == 1 else f"exercices {years[0]} à {years[-1]}"


def foreign_item(facts: RuleFacts, text: str, ans: Answer, today: dt.date) -> Fact | None:
    """Whose scheme holds the indicator asked, and the asker's own scheme block by block; None
    unless the asker's profession is known and the words name only the other's scheme."""
    profession = ans.profession
    if profession not in FOREIGN or ans.profession_source not in ("question", "session"):
        return None
    folded = fold(text)
    m = FOREIGN[profession].search(folded)
    if m is None or OTHER_PERSON.search(folded) or ans.autre_profession is not None:
        return None
    other = OTHER_PROFESSION[profession]
    if THEIRS_NAMED[other].search(folded) and not OWN_ASKED.search(folded):
        return None  # "un dentiste qui prend un 6e année touche 350 €. Moi, le FS ?"
    rules = facts.rules
    # (the other's scheme named, « le volet 2 », is not the case: the asker's own is)
    year = ans.exercice if ans.exercice_source not in (None, "defaut") else None
    year = year or rules.index.current_exercice(today, profession, ())
    sources = (ans.profession_source, ans.exercice_source or "defaut")
    case = rules.case(profession, year, today, sources) if year else None
    if case is None:
        return None
    said = rules._stems(SCHEME_NAMES.sub(" ", folded))
    holders = [
        s.dispositif
        for s in rules.statuses(other, today)
        if s.exercice is not None
        and (n := rules.named_in(text, s.dispositif)) is not None
        # named by its own libellé's words, not by a note (« SESAM-Vitale » is everyone's)
        and facts._own_name(n[0]) & said
        and all(i.id != n[0].id for i in case.dispositif.indicateurs)
    ]
    own = rules.named_in(folded[: m.start()] + folded[m.end() :], case.dispositif)
    points = m[0][0].isdigit()  # a worth told in points, whatever item it is said of
    if own is not None and facts._own_name(own[0]) & said and not points:
        return None  # "… socle ok (FSE 86 %, DMP, MSS) … à cause de l'ApCV ?": one's own items
    holders.sort(key=lambda d: d.exercice or 0)
    # the years up to the one asked (« Donum 2028 », a draft, is not what a 2026 asker meets)
    holders = [d for d in holders if (d.exercice or 0) <= case.exercice] or holders
    named = rules.named_in(text, holders[-1]) if holders else None
    label = _q(named[0].libelle) if named else f"«{NNBSP}{m[0]}{NNBSP}»"
    kb = rules.kb
    theirs = kb.professions[other].pluriel
    mine = kb.professions[profession].pluriel
    if named:
        by_scheme: dict[str, list[int]] = {}
        for d in holders:
            by_scheme.setdefault(d.dispositif, []).append(d.exercice or 0)
        held = [f"{SCHEME_LABELS[k][3:]}, {_span(ys)}" for k, ys in by_scheme.items()]
        where = f"est un indicateur des {theirs} ({f'{NNBSP}; '.join(held)})"
    else:
        schemes = [k for k, p in SCHEME_PROFESSION.items() if p == other]
        where = f"relève {' et '.join(_of(k) for k in schemes)} des {theirs}"
    closing = re.split(r"[.!]\s", folded)[-1]
    yes_no = (
        bool(YES_NO.search(closing)) and not OPEN.search(closing) and not OPEN_ASKED.search(closing)
    )
    head = f"{label} {where}, pas {_of(case.dispositif.dispositif)} des {mine}."
    lines = [f"Non{NNBSP}: {head}" if yes_no else head[:1].upper() + head[1:]]
    if named:  # "que faut-il pour l'indicateur appli carte vitale ?": what it asks of them
        lines.append(f"Pour les {theirs}, il demande{NNBSP}: {_target(named[0].cible)}.")
    d = case.dispositif
    lines.append(f"Pour vous, {d.libelle}{NNBSP}:")
    sources = []
    for g in d.groupes:
        lines.append(f"{g.libelle}{NNBSP}: {facts._group_most(d, g)}.")
        if g.regle == "tous_requis":
            lines += [_target_line(i) for i in d.indicateurs if i.groupe == g.id]
        sources += g.sources
    lines += facts.total(case).lignes[:1]
    return Fact(
        case,
        "montant",
        "total",
        f"{label} — {d.libelle}",
        tuple(lines),
        (),
        _labels([*(named[0].sources if named else ()), *sources]),
        verdict="non" if yes_no else None,
    )
