"""A message telling two practitioners' cases that asks what each one gets ("lui volet 1 +
SAS. Moi les 5 socles + CPTS. Ça fait combien chacun ?"): each one's story, read apart.

Couples and associates share a chat; read whole, the two cases made one total (the
husband's SAS counted in the wife's FAMI). Each story keeps what is told of both ("volet 1
ok pour les deux") and what is told of that one, with the profession said of them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.faq_text import SENTENCE_END, fold

# The question asks for each one: "combien chacun ?", "elle touche combien et moi combien ?"
EACH_ASKED = re.compile(
    # (not « pour chacune des deux années »: each year)
    r"\b(chacun|chacune|chaque praticien)\b(?! (des|de ces) (\w+ )?(ans|annees|exercices)\b)"
    r"|\b(elle|il|lui) (touche|aura|a droit a) (combien|quoi)\b.* et (moi|pour moi)\b"
    r"|\bcombien pour (elle|lui) et (pour )?moi\b"
    r"|\b(quel(le)? )?(ecart|difference|diff) entre (nous|nous deux|lui et moi|elle et moi)\b"
    # "Dr A : … Dr B : … Lequel passe le socle ?" (not "lequel croire ?", of two documents)
    r"|^(et )?(lequel|laquelle)( des deux)? (passe|valide|touche|atteint|gagne|obtient|aura)\b"
)
# The other one's case told as the asker's: "mon associé pareil mais …", "lui idem sauf …"
SAME_AS_MINE = re.compile(r"\b(pareil|idem|meme chose|la meme chose)\b")
# A total asked for the two together: "ça fait combien au total pour le cabinet ?"
TOGETHER = re.compile(r"\b(au total|en tout|a nous deux|ensemble)\b.*\b(cabinet|nous|deux)\b")
# The same, either way round: "combien pour le cabinet au total ?", "combien à nous deux ?"
SUM_ASKED = re.compile(
    rf"{TOGETHER.pattern}|\bpour (?:le|tout le) cabinet\b.*\b(?:au total|en tout)\b"
    r"|\ba nous deux\b|\bpour nous deux\b"
    # "… Ça fait combien chacun et pour le foyer ?"
    r"|\b(?:et |ensemble |au total )?pour (?:le|notre) (?:foyer|couple|menage|cabinet)\s*\W*$"
)
# What the question names of its own: "combien chacun en dotation numérique pour 2026 ?"
SCHEME_OR_YEAR = re.compile(
    r"\b(?:en |pour |au |du )?(?:dotation numerique|donum|fami|forfait structure|20[12]\d)\b"
)
# Who a clause is about, by its first words
SELF = re.compile(r"(?:(?:et|mais|pour|quant a) )?(?:moi|je|j'|perso|mes (?:taux|chiffres))\b")
# The other one of a couple or a cabinet, as named: "mon mari", "ma consœur"
PARTNER = (
    r"(?:mari|epoux|conjoint|compagnon|associee?|collegue|confrere|femme|epouse|conjointe|"
    r"compagne|consoeur)"
)
OTHER = re.compile(
    r"(?:(?:et|mais|pour|quant a|chez) )?(?:lui|elle|il|l'autre|"
    rf"(?:mon|ma|notre) {PARTNER}|(?:le|la) (?:dr|dre|docteur) \w+|"
    r"ceux (?:de|du) \w+(?: \w+)?)\b"
)
# Told of both: "volet 1 ok pour les deux", "on a toutes les deux le socle"
BOTH = re.compile(
    r"\b(?:les|tous les|toutes les|pour les|nous) (?:deux|2)\b"
    r"|\bon (?:a|est)\b|\bnous (?:avons|sommes)\b"
    r"|^moi sommes\b"  # "mon associé et moi sommes dentistes", parted at « et moi »
)
# Where a sentence's clauses part, and « et moi », « et lui » in one clause
CLAUSE = re.compile(r"\s*[,;:]\s*|\s+(?:et|mais)\s+(?=(?:moi|lui|elle|mon|ma)\b)")
PROFESSIONS = (
    ("chirurgien-dentiste", re.compile(r"\b(dentistes?|chir dentistes?|fami|cd)\b")),
    ("medecin", re.compile(r"\b(mg|medecins?|generalistes?|donum|forfait structure|volet 1)\b")),
)
# Who the other one is, as the reply names them: "votre mari", "votre associée"
NAMED_OTHER = re.compile(rf"\b(?:mon|ma) ({PARTNER})\b")
# "on est 2 chir dentistes associées": the other one is « votre associée »
ASSOCIATES = re.compile(r"\b(associee?)s\b")
SPELLED = {"epoux": "époux", "associe": "associé", "associee": "associée", "collegue": "collègue",
           "confrere": "confrère", "epouse": "épouse", "consoeur": "consœur"}  # fmt: skip
# A case told of one, not only their profession ("moi médecin, elle dentiste": no story)
STORY = re.compile(
    r"\b(?!20[12]\d\b)\d|\b(ok|valid\w*|atteint\w*|fait|particip\w*|accueill?\w*|cpts|msp|sas|socles?|volet|"
    r"rien|juste|seulement|en plus|aucune?|pas|maitre de stage|interventions?|utilise\w*)\b"
)
# What the question's « chacun » leaves dangling: "montants de chacun ?" → "montants de"
TRAILING = re.compile(r"\s+(?:de|pour|a|par)$")
# What the question asks, when it names an amount: "combien", "total", "montants"
AMOUNT_ASKED = re.compile(r"\b(combien|total|montants?|touche\w*|maxi\w*|max)\b")


@dataclass(frozen=True)
class Person:
    label: str  # "vous", "votre mari"
    story: str  # what is told of both and of this one, then the question
    profession: str | None


def each_person(text: str) -> tuple[Person, Person] | None:
    """The asker's and the other one's stories, when the message tells both cases and asks
    for each; else None."""
    folded = fold(text)
    sentences = SENTENCE_END.split(folded.strip())
    summed = SUM_ASKED.search(sentences[-1])  # (`sum_asked`, on the sentences split here)
    if len(sentences) < 2 or not (summed or EACH_ASKED.search(sentences[-1])):
        return None
    told = _told_apart([*sentences[:-1], _before_question(sentences[-1])], _opened_by)
    if summed and (told is None or not told["self"] or not told["other"]):
        return None  # "si on valide tout chacun, combien au total pour le cabinet ?": one case
    if told is None:
        return _two_named(text, sentences)
    # "salut", "même cabinet de groupe": greetings and setting are no one's case
    both = [c for c in told["both"] if STORY.search(c) or SCHEME_OR_YEAR.search(c)]
    named = NAMED_OTHER.search(folded)
    named = named or ASSOCIATES.search(folded)
    other = f"votre {SPELLED.get(named[1], named[1])}" if named else "l'autre praticien"
    asked = _asked(sentences[-1])
    mine, theirs = _profession(told["self"], both), _profession(told["other"], both)
    # "couple MG / dentiste … elle volet 1 ok … moi socle ok": the two professions named,
    # one known, the other one's is the other
    pair = {p for p, rx in PROFESSIONS if rx.search(" ".join(both))}
    rest = pair - {mine or theirs}
    if len(pair) == 2 and (mine is None) != (theirs is None) and len(rest) == 1:
        unsaid = rest.pop()
        mine, theirs = mine or unsaid, theirs or unsaid
    # "mon associé pareil mais il fait en plus …": the asker's case, then what differs
    theirs_told = told["other"]
    if theirs_told and SAME_AS_MINE.search(theirs_told[0]):
        theirs_told = [*told["self"], *theirs_told]
    return (
        Person("vous", _story(both, told["self"], asked), mine),
        Person(other, _story(both, theirs_told, asked), theirs),
    )


def sum_asked(text: str) -> bool:
    """Whether the question asks the total of the two together ("… moi socle + CPTS, mon
    associé seulement le socle. Combien pour le cabinet au total ?")."""
    return SUM_ASKED.search(SENTENCE_END.split(fold(text).strip())[-1]) is not None


Told = dict[str, list[str]]  # "self", "other", "both": the clauses told of each

# A practitioner named by title: "le Dr A", "la Dre Martin"
DOCTOR = re.compile(r"\b(?:le |la )?(?:dr|dre|docteur)\.? ([a-z][\w-]*)\b")


def _two_named(text: str, sentences: list[str]) -> tuple[Person, Person] | None:
    """ "2 confrères : le Dr A a volet 1 + CPTS, le Dr B volet 1 et c'est tout. Combien
    chacun ?": the two named ones' stories, each one's clauses opened by their name."""
    names = list(dict.fromkeys(m[1] for m in DOCTOR.finditer(fold(text))))
    if len(names) != 2:
        return None

    def opened(clause: str, told: Told, current: str) -> tuple[str, str]:
        m = DOCTOR.match(clause.strip())
        if m is None or m[1] not in names:
            return "", clause
        return ("self" if m[1] == names[0] else "other"), clause

    told = _told_apart([*sentences[:-1], _before_question(sentences[-1])], opened)
    if told is None:
        return None
    both = [c for c in told["both"] if STORY.search(c) or SCHEME_OR_YEAR.search(c)]
    asked = _asked(sentences[-1])
    shown = [
        next((m[0] for m in re.finditer(rf"\b(?:dr|dre|docteur)\.? {n}\b", text, re.I)), n)
        for n in names
    ]
    return (
        Person(
            f"le {shown[0]}", _story(both, told["self"], asked), _profession(told["self"], both)
        ),
        Person(
            f"le {shown[1]}", _story(both, told["other"], asked), _profession(told["other"], both)
        ),
    )


def _told_apart(
    sentences: list[str], who: Callable[[str, Told, str], tuple[str, str]]
) -> Told | None:
    """Each clause of the sentences told of the asker, the other one or both, as `who` reads
    it (given the clauses so far and whom the last one was of); None unless each of the two
    has a case of their own. A clause `who` cannot place goes on with the one before."""
    told: Told = {"self": [], "other": [], "both": []}
    current = "both"
    for sentence in sentences:
        for clause in CLAUSE.split(sentence.rstrip(".!?")):
            if not clause.strip():
                continue
            whose, clause = who(clause, told, current)
            if not whose:  # "rien d'autre", "volet 1 ok + SAS" after « moi : »
                whose = current if STORY.search(clause) else "both"
            current = whose if whose != "both" else current
            told[whose].append(clause.strip())
    if not all(STORY.search(" ".join(told[w])) for w in ("self", "other")):
        return None
    return told


def _opened_by(clause: str, told: Told, current: str) -> tuple[str, str]:
    """Whom a clause is of by its first words ("moi : …", "lui volet 1 + SAS"), after a year
    told of both ("en 2024 il avait le volet 1")."""
    lead = YEAR_LEAD.match(clause)
    if lead and (SELF.match(clause[lead.end() :]) or OTHER.match(clause[lead.end() :])):
        told["both"].append(lead[1])
        clause = clause[lead.end() :]
    if BOTH.search(clause):
        return "both", clause
    if SELF.match(clause):
        return "self", clause
    return ("other" if OTHER.match(clause) else ""), clause


def _told_of(clause: str, told: Told, current: str) -> tuple[str, str]:
    """Whom a clause is of by its words anywhere ("pour 2026 j'ai 72 %", "mon associé 74 %"); a
    year opening it is told of both, a bare figure of the other one is told as the asker's
    clause before it ("j'ai une moyenne de 72 % sur les 4 taux, lui 55 %")."""
    lead = YEAR_LEAD.match(clause)
    if lead:  # "en 2024 j'ai …": the year is of both, the rest of the one told
        told["both"].append(lead[1])
        clause = clause[lead.end() :]
    if not clause.strip():
        return "both", clause
    bare = BARE_FIGURE.fullmatch(clause.strip())
    if bare:
        before = told["self"][-1] if told["self"] and current == "self" else ""
        mine = PERCENT.findall(before)
        if len(mine) == 1:
            at, end = PERCENT.search(before).span()  # type: ignore[union-attr]
            clause = f"{before[:at]}{bare['figure']}{before[end:]}"
        return "other", clause
    mine, theirs = SELF_IN.search(clause), OTHER_IN.search(clause)
    if BOTH.search(clause) or (mine and theirs):
        return "both", clause
    if mine or theirs:
        return ("self" if mine else "other"), clause
    return "", clause


def _before_question(question: str) -> str:
    """What the question sentence tells before its last clause ("Donum 2026 : …")."""
    return question.rsplit(":", 1)[0] if ":" in question else ""


def _asked(question: str) -> str:
    """The question asked of one: "ça fait combien chacun ?" → "ça fait combien ?"."""
    q = " ".join(EACH_ASKED.sub(" ", question.rsplit(":", 1)[-1]).split()).strip(" ,?")
    q = TRAILING.sub("", q)  # "montants de chacun ?" → "montants ?"
    if AMOUNT_ASKED.search(q):
        return f"{q} ?"
    named = " ".join(m[0] for m in SCHEME_OR_YEAR.finditer(question))
    return f"Combien au total{' ' + named if named else ''} ?"


def _story(both: list[str], own: list[str], asked: str) -> str:
    return ". ".join([*both, *own, asked])


def _profession(own: list[str], both: list[str]) -> str | None:
    """The profession told of this one, else of both ("on est 2 chir dentistes")."""
    for said in (" ".join(own), " ".join(both)):
        found = {p for p, rx in PROFESSIONS if rx.search(said)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


# The question asks of one of the two: "Est-ce que lui valide le socle ?", "Lui il touche
# combien ?", "Combien pour lui ?", "est-ce qu'elle a l'indicateur DMT ?"
OTHER_ASKED = re.compile(
    r"(?<!-)\b(?:lui|elle)\b|(?:\best-ce qu'|^(?:et )?)(?:il|elle) (?!faut|fallait|faudr|y a|suffi)"
    rf"|\b(?:mon|ma) {PARTNER} (?:touche|valide|a|aura|passe|peut)\b"
)
SELF_ASKED = re.compile(r"\b(?:moi|je|j'|jai|mon (?:forfait|fami|taux|socle))\b")
# The two set side by side: "Pourquoi lui plus ?", "c'est normal qu'elle ait plus que moi ?"
COMPARED = re.compile(r"\b(pourquoi|plus que|moins que|autant|difference|ecart|normal)\b")
# Who a clause is about, anywhere in it: "pour 2026 j'ai 72 %", "mon associé 74 %"
SELF_IN = re.compile(r"\b(?:moi|je|j'|jai|mes|perso)\b")
OTHER_IN = re.compile(rf"\b(?:lui|elle|il|son|sa|ses)\b|{NAMED_OTHER.pattern}")
# The other one's figure alone, the rest as told of the asker just before: "…, lui 55 %"
BARE_FIGURE = re.compile(
    rf"(?:et )?(?:lui|elle|{NAMED_OTHER.pattern})\s*:?\s*(?:a |est a |seulement |que )?"
    r"(?P<figure>\d{1,3}(?:[,.]\d+)? ?%)"
)
PERCENT = re.compile(r"\d{1,3}(?:[,.]\d+)? ?%")
# A year opening a clause is told of both: "En 2024 j'ai 68 %, mon associé 74 %"
YEAR_LEAD = re.compile(r"^((?:en|pour) (?:l'exercice |l'annee )?20[12]\d)\b,?\s*")


def one_asked(text: str) -> Person | None:
    """The other practitioner, when the question asks of them only, with what is told of both
    and of them ("En 2024 j'ai 68 % de FSE, mon associé 74 %. Est-ce que lui valide ?": « mon
    associé 74 % »); None unless both cases are told."""
    folded = fold(text)
    sentences = SENTENCE_END.split(folded.strip())
    question = sentences[-1]
    if len(sentences) < 2 or EACH_ASKED.search(question) or TOGETHER.search(question):
        return None
    if not OTHER_ASKED.search(question) or SELF_ASKED.search(question):
        return None  # (the asker asked of: the whole message is theirs already)
    named = NAMED_OTHER.search(folded)
    if COMPARED.search(question) or named is None:
        return None  # "Pourquoi lui plus ?": the two set side by side
    told = _told_apart(sentences[:-1], _told_of)
    if told is None:
        return None
    both = [c for c in told["both"] if STORY.search(c) or SCHEME_OR_YEAR.search(c)]
    label = f"votre {SPELLED.get(named[1], named[1])}"
    # (else the scheme the question names: "… valide le socle du FAMI ?")
    profession = _profession(told["other"], [*both, *told["both"], question])
    return Person(label, _story(both, told["other"], question), profession)


# Several practitioners with the same case: "on est 2 associés, chacun …, au total pour les
# deux ?"; the count, then what asks the sum of all of them
HEADS = re.compile(
    r"\b(?:on est|nous sommes|sommes|on a|a|de) (2|3|4|5|deux|trois|quatre|cinq) "  # "une SCM de 2"
    r"(?:associes|praticiens|dentistes|chirurgiens[- ]dentistes|medecins|generalistes|confreres)\b"
)
ALL_HEADS = re.compile(
    r"\b(chacun|chacune|tous (?:avec|en|ont)|toutes (?:avec|en|ont)|le cabinet touche|"
    r"pour (?:les|nous) (?:deux|trois|quatre|cinq|2|3|4|5)|"
    r"(?:au total|en tout|ensemble) pour le cabinet|pour tout le cabinet|"
    r"pour le cabinet (?:au total|en tout)|tous les (?:deux|trois|quatre|cinq))\b"
)
HEAD_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
# A partner's case told apart from one's own: "moi socle + CPTS, mon associé seulement le
# socle" (each has his own total, not the same one times two)
OWN_CASE_APART = re.compile(
    r"\b(mon|ma|notre) (associee?|collegue|confrere|consoeur)\b(?! (aussi|pareil|idem|de meme)\b)"
    r"[^.?!]{0,30}\b(seulement|juste|que|uniquement|sauf|sans|pas)\b"
)


def heads_of(folded: str) -> int | None:
    """How many practitioners a sum is asked for, each with the case told ("on est 2 associés,
    on valide chacun…"); None for one."""
    m = HEADS.search(folded)
    if m is None or not ALL_HEADS.search(folded) or OWN_CASE_APART.search(folded):
        return None
    return HEAD_WORDS.get(m.group(1)) or int(m.group(1))
