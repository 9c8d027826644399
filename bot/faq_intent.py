"""What kind of answer a question asks for, read from its interrogative form alone.

An FAQ entry answers one kind of question: "Combien rapporte…" an amount, "Quand…" a date,
"Comment…"/"Où…" a procedure. A neighbouring entry that scores well on the words but answers
another kind ("comment déclarer X ?" answered by "combien rapporte X ?") answers beside the
question. The same reader gives the question's intents and each entry's (from its own main
question), so nothing here depends on how the development sets are worded.

Intents: "montant" (how much it pays, what it is worth), "nombre" (how many), "seuil" (the
target rate), "date" (when, until when, how long), "comment" (how, where, what to do), "qui"
(who, which body), "definition" (what it is), "pourquoi" (why), "quoi" (which ones, what is
needed: open but unspecific), "oui_non" (a yes/no question).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import get_args

from bot.faq_text import MAXIMUM, fold
from knowledge.schema import FaqEntree, Intention

# Intents that say what the answer must be: an entry answering another one of them is beside.
STRONG = frozenset(
    ["montant", "nombre", "seuil", "date", "comment", "qui", "definition", "pourquoi"]
)
INTENTS = frozenset(get_args(Intention))

# On `fold`ed text: no accents, SMS forms spelled out ("cb" → "combien", "qd" → "quand").
# "combien de" a money word or the scheme itself asks an amount; of anything else, a count.
# ("combien de moins / de plus" asks a difference)
_MONEY = (
    r"(points?|pts|euros?|argent|forfait|fs|fami|dotation|donum|remuneration|prime|moins|plus|"
    # "je perds combien d'une année sur l'autre ?", "combien de diff ?": an amount, no count
    r"(une annee|un an|un exercice) (sur|a) l'autre|diff|differences?|ecarts?)\b"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pourquoi", re.compile(r"\bpourquoi\b")),
    (
        "date",
        re.compile(
            r"\b(quand|(a |avant )?quelle date|quelles? (sont |etaient )?(les )?dates|"
            r"quel(le)?s? (sont |etaient )?(les )?(mois|annee|jour|periodes?|echeance)|"
            r"depuis quelle|(quelle|la) date limite|(quel|dans quel|le) delai|"
            r"combien de (temps|mois|jours|annees|ans)|jusqu'?au combien|(le|du) combien)\b"
        ),
    ),
    (
        "montant",
        re.compile(
            r"\b((?<!jusqu'au )(?<!jusquau )(?<!\ble )(?<!\bdu )(?<!\bdu combien au )"
            rf"combien(?! d(e |')(?!{_MONEY}))|"
            r"quel(le)?s? (sont |etaient )?(les )?montants?|"
            r"c'est quoi le montant|"
            r"(et|le) montant( max\w*| total)? \?|quelle somme|rapporte\w*|vaut|valent|valai\w*)"
            r"(?!\w)"
        ),
    ),
    ("nombre", re.compile(rf"\bcombien d(e |')(?!{_MONEY}|temps\b|%|pour ?cent)")),
    (
        "seuil",
        re.compile(
            r"\b(quel(le)? (est |etait )?(le |la |l')?(seuil|objectif|cible|taux (attendu|exige|"
            r"minimum|requis)|pourcentage)|quels? (sont |etaient )?(les )?(seuils|objectifs)|"
            r"en pourcentage|quel taux|combien d(e |')(pour ?cent|pourcentage))\b"
            r"|\bcombien d(e |')%"
        ),
    ),
    (
        "comment",
        re.compile(
            r"\b(comment|que faire|quoi faire|(faire|fais|fait) quoi|que dois[- ]je faire|"
            r"que (peut|peux|pouvez|doit|dois|devez)[- ]?(il|elle|on|je|vous)? faire|"
            r"qu'?est[- ]ce que je dois faire|quelles? (sont les )?(demarches?|procedures?|etapes) "
            r"(a|pour|de)|la (demarche|procedure) (pour|a suivre)|marche a suivre|"
            r"(par |dans )?quel(le)?s? (rubrique|menu|onglet|ecran|endroit)s?)\b"
            r"|(^|[,:;?!] )ou (trouver|declarer|voir|saisir|envoyer|cliquer|aller|faire|est|sont|"
            r"se trouve\w*|je|on|dois|puis|peut|faut)\b"
        ),
    ),
    (
        "qui",
        re.compile(
            r"((^|[,:;?!] )(a |aupres de |de )?qui\b|\b(a|aupres de|c'est) qui\b|"
            r"\bqui (contacter|appeler|joindre|peut|peuvent|verse|paie|paye|gere|decide)\b|"
            # "quel service d'amelipro" is where, not who
            r"\bquel(le)? (organisme|interlocuteur|service(?! (d'|de l'|sur )?amelipro)|caisse|"
            r"contact|numero)\b)"
        ),
    ),
    (
        "definition",
        re.compile(
            r"(\b(c'est quoi|qu'?est[- ]ce que c'est|que (veut dire|signifie)|veut dire quoi|"
            r"signifie quoi|ca signifie|definition|kesako|kezako|ca consiste en quoi|"
            r"de quoi s'agit[- ]il|a quoi (sert|servent|ca sert))\b"
            r"|\bqu'?est[- ]ce qu(e |')(le|la|les|un|une|des)?\b(?! ?(je|j'|on|il|vous|tu)\b)"
            # "qu'est-ce que le logiciel doit avoir ?" asks what it needs, not a definition
            r"(?![^?]*\b(doi[st]|doivent|faut|peu[tx]|peuvent|rapporte\w*|compte\w*)\b))"
        ),
    ),
)
# "c'est quoi" a date, a target, an amount or a way asks for it, not for a definition.
_DEFINED = (
    (
        "date",
        re.compile(r"\b(periodes?|dates?|delais?|echeances?|calendrier|(dernier|premier) jour)\b"),
    ),
    ("seuil", re.compile(r"\b(seuils?|objectifs?|cibles?|taux)\b")),
    (
        "montant",
        re.compile(
            rf"\b(montants?|somme|valeurs?|tarif|{MAXIMUM}|max|plafonds?|"
            r"meilleur cas|pire cas|en moyenne)\b"  # "c'est quoi en moyenne le forfait ?"
        ),
    ),
    # "c quoi le chemin sur amelipro ?": the way, not what a path is
    (
        "comment",
        re.compile(r"\b(chemin|procedure|demarche|marche a suivre|etapes|menu|rubrique)\b"),
    ),
)
# "combien" of a rate asks a target: "il fallait cb de % ?", "la moyenne doit faire cb ?".
_RATE = re.compile(r"(%|\b(pourcentage|pour ?cent|taux|seuils?|moyenne|objectifs?)\b)")
_PAID = re.compile(r"(€|\b(euros?|points?|pts|rapport\w*|touch\w*|vers\w*|pay\w*|perd\w*)\b)")
# "Quand je coche…, je m'engage à quoi ?": "quand" opens a circumstance, not the question.
_WHEN_CLAUSE = re.compile(r"^quand (je|j'|on|tu|vous|il|elle)[^,?]*, ")
# "Comment X a-t-il évolué ?", "comment il se décompose ?" ask figures, not a procedure.
_EVOLUTION = re.compile(r"\b(evolu\w*|change\w*|se decompos\w*|se repart\w*)\b")
_HOW = re.compile(r"\bcomment\b")
# Where the question is the one under "où", read on the raw text: folded, it is "ou".
WHERE = re.compile(r"(^|[\s,;:(])où\b", re.IGNORECASE)
WHERE_LAST = re.compile(r"\w ou\s*\?+\s*$")
OPEN = re.compile(
    r"\b(quel(le)?s?|lequel|laquelle|lesquel(le)?s|quoi|qu'?est[- ]ce qui|qu'ont|"
    r"que (faut|dois|doit|peut|peuvent|vais|se passe|recouvre|contient))\b|^(que|qu')\b"
)
YES_NO = re.compile(
    r"(\?\s*$|\b(est[- ]ce que?|est[- ]ce qu'|faut[- ]il|dois[- ]je|puis[- ]je|peut[- ]on|"
    r"ai[- ]je|suis[- ]je|-t-(il|elle|on)|-(il|elle|ils|elles)|c'est bon|ca marche|ca compte|"
    r"ca suffit|ca passe|ca paye|ca paie)\b)"
)


@lru_cache(maxsize=4096)
def intents(text: str) -> frozenset[str]:
    """The strong intents the question asks (several: "combien, et quel seuil ?"), else one
    weak intent ("quoi", "oui_non"), else none (a few words, no question)."""
    folded = fold(text).rsplit(" : ", 1)[-1]  # "J'ai dépassé la date limite : puis-je…"
    folded = _WHEN_CLAUSE.sub("", folded)
    found = {name for name, rx in _PATTERNS if rx.search(folded)}
    # "où" typed without its accent, closing the question: "faut les mettre ou ?"
    if WHERE.search(text.rsplit(" : ", 1)[-1]) or WHERE_LAST.search(folded):
        found.add("comment")
    # "comment X a-t-il évolué ?" asks figures; "changé de cabinet, que faire ?" a way
    how = _HOW.search(folded) if "comment" in found else None
    if how is not None and _EVOLUTION.search(folded, how.end()):
        found.discard("comment")
    if "definition" in found:
        found |= {name for name, rx in _DEFINED if rx.search(folded)}
        if len(found) > 1:  # "c'est quoi le seuil ?" asks the target
            found.discard("definition")
    if found & {"montant", "nombre"} and _RATE.search(folded) and not _PAID.search(folded):
        found.add("seuil")  # "cb de % d'échanges ?", "la moyenne passe à combien ?"
    if found:
        return frozenset(found)
    if OPEN.search(folded):
        return frozenset(["quoi"])
    if YES_NO.search(folded):
        return frozenset(["oui_non"])
    return frozenset()


def of_entry(e: FaqEntree) -> frozenset[str]:
    """What an entry answers: its `intentions` when given, else read from its question."""
    return frozenset(e.intentions) if e.intentions else intents(e.question)


def strong(found: frozenset[str]) -> frozenset[str]:
    return found & STRONG


def beside(asked: frozenset[str], answered: frozenset[str]) -> bool:
    """The question asks one kind of answer, the entry gives another: both say what kind
    (a strong intent), and they share none."""
    a, e = strong(asked), strong(answered)
    if "definition" in a and "qui" in e:  # "c'est quoi un CIS ?": who to ask
        return False
    return bool(a) and bool(e) and not a & e
