"""What a practitioner typed at a question of the questionnaire, read the way people write.

A pure function of (text, what the question expects): no session, no clock, no I/O. It reads
yes/no as people say it ("ouais 👍", "je pense que non"), "je ne sais pas" in all its forms, a
reasoned "non" ("je ne fais pas de suivi de grossesse"), numbers in digits or words anywhere in a
sentence ("on est à peu près à 45 % je crois", "deux tiers"), vague quantities as ranges
("une vingtaine", "entre 60 et 70", "plus de 80 %"), several named rates in one message
("DMT 95 FSE 98 PSE 90 AAT 80"), a profession and an exercice. What it understood is written
back in French (`reading`) so the user can correct it; what it did not, comes with a `hint`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache
from typing import Literal, NamedTuple

from rapidfuzz import fuzz

from bot.typography import and_list
from calculators.french import fmt_number
from calculators.values import NO, UNKNOWN, YES, fold, words_to_digits
from knowledge.registry import FicheProfession

Kind = Literal["choice", "percent", "count", "points", "rates", "profession", "exercice"]
Status = Literal["value", "range", "partial", "unknown", "not_understood"]

NNBSP = "\u202f"
DONT_KNOW = f"«{NNBSP}je ne sais pas{NNBSP}»"

# Rates of the schemes, components and indicators that are one rate:
# id -> (name shown back, *other names typed).
RATE_NAMES: Mapping[str, Sequence[str]] = {
    "taux_teletransmission": ("FSE", "taux de télétransmission", "télétransmission", "fses"),
    "dmt": (
        "DMT",
        "déclaration médecin traitant",
        "déclarations médecin traitant",
        "déclarations MT",
        "déclaration MT",
        "déclaration de médecin traitant",
        "déclarations de médecin traitant",
        "dcmt",
    ),
    "fse": ("FSE", "feuilles de soins", "feuille de soins", "télétransmission", "fses"),
    "pse": ("PSE", "protocoles de soins", "protocole de soins", "protocoles", "protocole"),
    "aat": ("AAT", "arrêts de travail", "arrêt de travail", "arrêts", "arrêt"),
    "cm_atmp": (
        "CM AT-MP",
        "cm atmp",
        "cmatmp",
        "atmp",
        "at mp",
        "at/mp",
        "cm",
        "certificats",
        "certificat",
    ),
    "spe": (
        "SPE",
        "prescriptions de transport",
        "prescription de transport",
        "prescriptions de transports",
        "transports",
        "transport",
    ),
    "dsg": ("DSG", "déclarations de grossesse", "déclaration de grossesse", "grossesse"),
    "alimentation_dmp": ("DMP", "alimentation du dmp"),
    "ordonnances_numeriques": (
        "ordonnances numériques",
        "ordonnances num",
        "ordos num",
        "ordo num",
        "ordonnances",
        "ordonnance",
        "ordos",
        "ordo",
    ),
    "apcv": (
        "appli carte Vitale",
        "apcv",
        "carte vitale",
        "application carte vitale",
        "appli cv",
        "appli vitale",
    ),
    "messagerie_mes": ("messagerie", "messages", "message", "msg", "mon espace santé"),
}


@dataclass(frozen=True)
class Expected:
    """What the pending question expects.

    `choices`: the buttons (label, valeur) of a choice, a profession or an exercice question.
    `components`: the rate ids of a "rates" question, in the order the question names them.
    `names`: id -> (label, *aliases) for "rates" (defaults to RATE_NAMES) and "profession" (the
    registry of knowledge/professions.yaml: `profession_names`). `maximum`: the most points
    amelipro can show ("points").
    `today`: for "cette année", "l'an dernier" ("exercice").
    """

    kind: Kind
    choices: Sequence[tuple[str, str]] = ()
    components: Sequence[str] = ()
    names: Mapping[str, Sequence[str]] | None = None
    maximum: float | None = None
    today: dt.date | None = None
    # "profession": professions the bot does not cover ("orthophoniste"), never read as one
    # it does by a typo's distance
    excluded: Sequence[str] = ()
    # "choice": the question as asked, for a statement that restates it ("mes horaires sont sur
    # l'annuaire" to "Vos horaires sont-ils affichés dans l'Annuaire santé ?": a yes)
    subject: str = ""


class Range(NamedTuple):
    """A vague quantity: "une vingtaine" is 18..22 around 20; "plus de 80 %" is ]80, 100].

    `low`/`high` None: no bound given ("plus de 3" interventions has no top). `*_open`: the
    bound itself is excluded ("plus de 80" excludes 80). `center`: the figure said, if any.
    (A named tuple rather than a dataclass: several are built per call, and it is faster.)
    """

    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False
    center: Fraction | None = None

    def contains(self, other: Range) -> bool:
        """Every value of `other` is in this range."""
        if self.low is not None:
            if other.low is None or other.low < self.low:
                return False
            if other.low == self.low and self.low_open and not other.low_open:
                return False
        if self.high is not None:
            if other.high is None or other.high > self.high:
                return False
            if other.high == self.high and self.high_open and not other.high_open:
                return False
        return True


@dataclass(frozen=True)
class Interpretation:
    """What a typed text says for one question.

    status "value": `value` is a bool (yes/no, or "objectif atteint ?" typed at a numeric
    question), a Fraction (a number; a percentage in percent, 0..100; the mean of "rates"; a
    figure typed at a choice whose labels do not place it: compare it with `choose`), or a
    str (the valeur of a choice, a profession id, an exercice). "range": `range` holds a vague
    quantity (at a threshold choice: one the labels cannot settle). "partial": some named
    rates in `rates`, the ids still missing in `missing`. "unknown": "je ne sais pas".
    "not_understood": `hint` says what to type.
    `not_concerned`: a reasoned no ("je ne fais pas de suivi de grossesse"): value is False
    (the "non" valeur at a choice), or 0 for a count. `question`: the text reads as a question
    (a question mark that is not a short reply, or an interrogative start): offer it to the
    FAQ first; a text can be both an answer and a question ("45 %, c'est suffisant ?").
    `reading` is set whenever something was understood; `hint` when not, or for "partial"
    and an undecided range. `among`: the valeurs a "not_understood" yes or no fits equally
    (« oui » where two buttons say yes): the engine settles it, or asks which.
    """

    status: Status
    value: bool | Fraction | str | None = None
    range: Range | None = None
    rates: Mapping[str, Fraction] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    not_concerned: bool = False
    question: bool = False
    reading: str = ""
    hint: str = ""
    among: tuple[str, ...] = ()

    @property
    def figure(self) -> Fraction | None:
        """The single number to use when a range cannot be: the value, or the range's center."""
        if isinstance(self.value, Fraction):
            return self.value
        return self.range.center if self.range is not None else None


def profession_names(professions: Mapping[str, FicheProfession]) -> dict[str, tuple[str, ...]]:
    """The `names` of a "profession" question from the registry: id -> (label, slug, *aliases)."""
    return {p.id: (p.libelle, p.lien, *p.alias) for p in professions.values()}


# ---- public API ---------------------------------------------------------------------------


def interpret(text: str, expected: Expected) -> Interpretation:
    """Read `text` as an answer to a question expecting `expected`."""
    p = _prepare(text)
    result = _answer(p, expected)
    asked = _is_question(p, result.status != "not_understood")
    return replace(result, question=True) if asked else result


def typed_button(text: str, choices: Sequence[tuple[str, str]]) -> str | None:
    """The valeur of the button whose label `text` is, typed whole or with a typo
    ("Détailer", "66,67 % ou moins"); None otherwise. For numeric questions, whose reader
    takes figures rather than labels."""
    t = _prepare(text).w.replace("?", " ").strip()
    for label, valeur in choices:
        if t == _label_words(label):
            return valeur
    if len(t) < 5 or any(c.isdigit() for c in t):
        return None
    scores = [(fuzz.ratio(t, _label_words(label)), valeur) for label, valeur in choices]
    best = max(scores, default=(0, None))
    return best[1] if best[0] >= 85 and sum(1 for x, _ in scores if x >= 85) == 1 else None


def yes_clause(text: str) -> str | None:
    """The « oui » and its own clause a reply opens with ("oui j'ai weda à jour depuis mars,
    par contre …"), folded; None when it opens otherwise."""
    m = _YES_THEN_CLAUSE.match(_strip_fillers(_prepare(text).w.replace("?", " ").strip()))
    return m.group(0) if m else None


def takes_back(text: str, asked: str = "") -> bool:
    """A « oui » with a reservation that takes part of it back ("oui mais pas à jour"); with
    `asked`, the question's text, also a yes whose own clause is followed by a negated one on
    what the question asks ("oui weda à jour, par contre pas d'appli carte vitale" at the
    question on the Carte Vitale app, not at the one on the software)."""
    core = _strip_fillers(_prepare(text).w.replace("?", " ").strip())
    said_first = _YES_THEN_CLAUSE.match(core)
    if not said_first:
        return bool(_YES_BUT_NOT.match(core)) and not _UNSURE.search(core)
    tail = core[said_first.end() :]
    if not asked or not _TAIL_NEGATION.search(tail):
        return False
    words = {w for w in _prepare(asked).w.replace("?", " ").split() if len(w) >= 4}
    return any(w in words for w in tail.split() if len(w) >= 4)


_TAIL_NEGATION = re.compile(r"\b(?:pas|plus|aucun|aucune|jamais|sans|ni|manque)\b")
_CLAUSE_BREAK = re.compile(r"[,;.!]|\b(?:et|mais|par contre|puis|aussi|sinon)\b")
_ASKS = re.compile(r"\?|\b(?:quoi|comment|combien|pourquoi|quel|quelle|est ce|faut il)\b")


def first_clause(text: str) -> str:
    """The text up to its first clause break ("oui qq unes" of "oui qq unes et pas encore de
    msg aux patients"), folded."""
    return _CLAUSE_BREAK.split(fold(text), maxsplit=1)[0].strip()


def said_of(text: str, names: Sequence[str], others: Sequence[str]) -> str | None:
    """ "oui" or "non", said of what `names` names in a clause of its own, one that names
    nothing of `others` ("ouais qq fse avec l appli et jai envoye des msg" → "oui" for the
    messages; "oui, mais pas encore de message" → "non"); None when no clause names it, or
    the text asks or doubts."""
    folded = fold(text)
    if _ASKS.search(folded) or _UNKNOWN_RE.search(folded) or _UNSURE.search(folded):
        return None

    def named(clause: str, aliases: Sequence[str]) -> bool:
        return any(re.search(rf"\b{re.escape(fold(a))}\b", clause) for a in aliases)

    told = [c for c in _CLAUSE_BREAK.split(folded) if named(c, names) and not named(c, others)]
    if len(told) != 1:
        return None
    return "non" if _TAIL_NEGATION.search(told[0]) else "oui"


def looks_like_question(text: str, expected: Expected | None = None) -> bool:
    """A question for the FAQ, not a reply: an interrogative start ("comment", "combien",
    "est-ce que", "je dois"…) or a question mark, unless the text is a short reply ("oui ?",
    "45 % ?", "?"). With `expected`, short replies are the answers to that question."""
    p = _prepare(text)
    if expected is not None:
        understood = _answer(p, expected).status != "not_understood"
    else:
        understood = _generic_reply(p)
    return _is_question(p, understood)


def decide(i: Interpretation, operator: str, threshold: float | Fraction) -> bool | None:
    """Whether the answer meets "`operator` `threshold`" (">=" or ">"): True/False, or None
    when it cannot tell (a range across the threshold, "je ne sais pas", not a number).

    A ">=" threshold stored rounded (66.666667 for 2/3) is met by the exact 2/3; a ">" one by
    anything said above the exact 2/3 ("un peu plus des deux tiers")."""
    if i.status not in ("value", "range"):
        return None
    if isinstance(i.value, bool):
        return i.value
    r = _as_range(i.value) if isinstance(i.value, Fraction) else i.range
    if r is None:
        return None
    th = Fraction(str(threshold)) if isinstance(threshold, float) else Fraction(threshold)
    if operator == ">=":
        if r.low is not None and r.low >= th - _EPSILON:
            return True
        if r.high is not None and (r.high < th - _EPSILON or (r.high <= th and r.high_open)):
            return False
        return None
    if r.low is not None and (r.low > th or (r.low >= th - _EPSILON and r.low_open)):
        return True
    if r.high is not None and r.high <= th:
        return False
    return None


def choose(
    i: Interpretation,
    operator: str,
    threshold: float | Fraction,
    yes: str = "oui",
    no: str = "non",
) -> str | None:
    """The yes/no valeur a typed figure stands for at a threshold question ("45 %" at
    "dépasse-t-il 30 % ?" -> "oui"); None when it cannot tell."""
    met = decide(i, operator, threshold)
    return None if met is None else (yes if met else no)


# ---- preparing the text ---------------------------------------------------------------------

_EPSILON = Fraction(1, 10**6)
_MAX_CHARS = 600  # a pasted page is not an answer; keeps every call fast
_EMOJI = {
    **dict.fromkeys("\U0001f44d\U0001f44c\u2705\u2714\u2611\U0001f646\U0001f197", " oui "),
    **dict.fromkeys("\U0001f44e\u274c\u2716\U0001f6ab\u26d4\U0001f645\u274e", " non "),
    **dict.fromkeys("\U0001f937", " nsp "),
    **dict.fromkeys("\u2753\u2754\uff1f", " ? "),
}
_CHARS = {**_EMOJI, **dict.fromkeys("’‘´ʼ", "'"), "œ": "oe", "Œ": "OE", "\u2044": "/"}
_DROP_CATEGORIES = {"So", "Sk", "Cf", "Cs", "Co", "Cn", "Cc"}


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _symbol(m: re.Match[str]) -> str:
    """An emoji read as the word it stands for; other symbols and marks dropped."""
    c = m.group(0)
    return _CHARS.get(c, " " if unicodedata.category(c) in _DROP_CATEGORIES else c)


@dataclass(frozen=True)
class _Prepared:
    raw: str
    q: str  # folded, hyphens kept: for "faut-il", "peut-être"
    w: str  # folded, hyphens and apostrophes as spaces, punctuation dropped: the words
    mark: bool  # a question mark anywhere


_THOUSANDS_SPACE = re.compile(r"(?<=\d)[\u202f\u00a0\u2009\u2007](?=\d{3}\b)")
_LIST_COMMA = re.compile(r"(\d),(?=\d+,\d)")
_ANY_DIGIT = re.compile(r"[0-9]")
_NOT_A_WORD = re.compile(r"(?<=[a-z])-(?=[a-z])|'|[^a-z0-9%<>≥≤~≈/+,.\-? ]|(?<!\d)[.,]|[.,](?!\d)")


@lru_cache(maxsize=4096)
def _prepare(text: str) -> _Prepared:
    text = text[:_MAX_CHARS].replace("`", "'")
    if not text.isascii():
        text = _THOUSANDS_SPACE.sub("", text)  # "1 240"
        text = _NON_ASCII.sub(_symbol, text)
    q = fold(text).replace("\u2044", "/")  # "½" decomposes to "1⁄2"
    mark = "?" in q
    w = _LIST_COMMA.sub(r"\1 , ", q) if "," in q else q  # "95,98,90" is a list, not 95.98
    w = " ".join(_NOT_A_WORD.sub(" ", w).split())
    return _Prepared(text, q, w, mark)


# ---- questions ------------------------------------------------------------------------------

_LEAD = re.compile(
    r"^(?:(?:euh+|heu+|bonjour|bonsoir|salut|hello|merci|ok|d accord|oui|non|alors|et|mais|du"
    r" coup|au fait|dites|svp|s il vous plait|bon|ah|oh|pardon|excusez moi|une question|"
    r"petite question|question)\s+)*"
)
_INTERROGATIVE = re.compile(
    r"(?:comment|combien|pourquoi|quand(?! meme)|quel|quelle|quels|quelles|lequel|laquelle|"
    r"lesquels|lesquelles|qui|quoi(?=\s+\w)|quid|c est (?:ou|quoi|qui|quand|combien|comment)|"
    r"qu est|qu en est|que (?:dois|faut|faire|veut|signifie|se passe|doit)|est ce|c quoi|"
    r"ca veut dire|ca sert|ca marche comment|a quoi|a quel|a quelle|a qui|de quoi|de combien|"
    r"par ou|d ou|ou (?:est|sont|se|trouver|voir|puis|dois|faut|peut|declarer|envoyer|trouve|"
    r"en)|je dois(?! (?:etre|avoir|verifier|regarder)\b)|dois je|faut il|il faut quoi|"
    r"peut on|puis je|je peux|on peut|on doit(?! (?:etre|avoir)\b)|peux tu|pouvez vous|"
    r"pourriez vous|pourrais je|"
    r"est il|est elle|sont ils|y a t il|ai je|avez vous|as tu|"
    r"je (?:voudrais|veux|souhaite|souhaiterais|aimerais) (?:savoir|comprendre|connaitre)|"
    r"je me demande|expliquez|explique|dites moi|dis moi|aidez moi|help|si je|et si|"
    # SMS forms: "c koi", "kesako", "qd" (quand), "cmt", "cb" (combien), "pk"/"pq" (pourquoi)
    r"c koi|c ki|koi(?=\s+\w)|kesako|keske|qd(?! meme)|cmt|cb|cbien|pk|pq|pkoi)\b"
)
_ASKING_TAIL = re.compile(
    r"\b(?:où|comment|combien|quand|pourquoi|lequel|laquelle|c'est quoi|de quoi|c quoi|c koi|"
    r"cest quoi|kesako|ça veut dire quoi|ca veut dire quoi|ça veut dire koi|ca veut dire koi|"
    # "aat et pse a 92% en 2025, cb ca fait": an amount asked, typed on a phone
    r"(?:combien|cb) (?:ça|ca) (?:fait|donne|rapporte|me fait)|(?:ça|ca) (?:fait|donne|rapporte) "
    r"(?:combien|cb)|cb)"
    r"\W*$"
)
_INVERSION = re.compile(r"^[a-z]+-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles)\b")


# A question word among the first words of a longer message, typed on a phone without « ? »:
# "faut combien de fse pr le socle", "jai jusqua quand pour faire mes 3 interventions"
_EARLY_ASK = re.compile(
    r"^(?:\S+\s+){1,3}(?:combien|cb|quand(?! meme)|comment|pourquoi|quel|quelle|quels|quelles)\b"
)
# "c'est quoi" anywhere, typed any way: a meaning asked, not a reply
_WHAT_IS = re.compile(r"\b(?:c|c est|cest) (?:quoi|koi)\b")
# A question someone else asks, passed on: "un médecin me demande si…", "elle nous demande"
_RELAYED = re.compile(
    r"\b(?:me|nous) (?:demande|demandent|a demande|ont demande)"
    r" (?:si|s|comment|ou|quand|combien|pourquoi|ce qu|quel|quelle|quels|quelles)\b"
)


def _is_question(p: _Prepared, understood: bool) -> bool:
    words = p.w.replace("?", " ").split()
    if not words:
        return False
    core = " ".join(words)
    lead = _LEAD.match(core)
    rest = core[lead.end() :] if lead else core
    if core in ("quoi", "hein", "pardon", "comment"):
        return True
    if _INTERROGATIVE.match(rest) or _INVERSION.match(p.q) or _ASKING_TAIL.search(p.raw.lower()):
        return True
    if _RELAYED.search(core):  # "une dentiste me demande combien…": forwarded, not a reply
        return True
    if len(words) >= 4 and _EARLY_ASK.match(rest):  # "faut combien de fse pr le socle"
        return True
    if _WHAT_IS.search(core):  # "le volet 1 c koi exactement pr le fs 2024": no « 1 % »
        return True
    if not p.mark:
        return False
    return not (understood and len([w for w in words if w != "%"]) <= 4)


def _generic_reply(p: _Prepared) -> bool:
    """A reply to any question: yes/no, "je ne sais pas", a number."""
    if not p.w.replace("?", "").strip():
        return True
    if _polarity(p.w) is not None or _is_unknown(p.w):
        return True
    return bool(_constructs(p.w, "percent", None)[0])


# ---- yes / no / unknown / not concerned -----------------------------------------------------

_FILLER_START = re.compile(
    r"^(?:(?:euh+|heu+|bah|ben|bon|alors|hmm+|hum+|eh|ah|oh|eh bien|et bien|disons|ma foi|"
    r"franchement|honnetement|en fait|du coup|alors la|moi)\s+)+"
)
_FILLER_END = re.compile(
    r"(?:\s+(?:merci(?: beaucoup| bien)?|je crois|je pense|il me semble|normalement|a priori|"
    r"apriori|en principe|bien sur|evidemment|aussi|encore|deja|voila|quoi|hein|madame|"
    r"monsieur|docteur|svp|s il vous plait|je suppose|j imagine|logiquement|a ma connaissance|"
    r"de memoire|en effet|bien entendu|sans doute|tout a fait|absolument|\?))+$"
)
_YES_WORDS = {
    *("oui", "ouais", "ouai", "ouaip", "ouep", "yes", "yep", "yup", "yeah", "ok", "okay", "oki"),
    *("okey", "exact", "exactement", "evidemment", "absolument", "effectivement", "certes", "si"),
    *("affirmatif", "carrement", "certainement", "naturellement", "bien sur", "tout a fait"),
    *("d accord", "daccord", "dac", "bien entendu", "correct", "vrai", "wi", "oe", "yess", "ui"),
}
_NO_WORDS = {
    *("non", "nan", "nope", "no", "nn", "nenni", "jamais", "aucun", "aucune", "negatif", "faux"),
    *("pas du tout", "absolument pas", "pas vraiment", "pas encore", "toujours pas", "nada"),
    *("certainement pas", "surement pas", "pas que je sache", "pas a ma connaissance"),
    *("que dalle", "rien", "nul", "non plus", "pas forcement"),
}
_POLAR = re.compile(
    r"\b(?P<no>"
    + "|".join(sorted((re.escape(w) for w in _NO_WORDS), key=len, reverse=True))
    + r")\b|\b(?P<yes>"
    + "|".join(sorted((re.escape(w) for w in _YES_WORDS - {"si"}), key=len, reverse=True))
    + r")\b"
)
_WEAK_YES = {
    *("je crois", "je pense", "il me semble", "normalement", "a priori", "en principe"),
    *("probablement", "surement", "sans doute", "je suppose", "il parait", "logiquement"),
    *("jcrois", "j crois", "jpense", "j pense"),
}
# A lukewarm no, as typed between two patients: "bof, pas trop" (not "pas trop mal")
_WEAK_NO = {"pas trop", "bof pas trop", "bof bof", "bof non", "mouais pas trop", "pas tellement"}
_NO_LEAD = re.compile(r"^(?:non|nan|nope|no|nn|ben non|bah non)\b")
_NEGATION = re.compile(
    r"\b(?:ne|n)\s+(?:[a-z]+\s+){0,2}?(?:pas|jamais|plus|aucun|aucune|point|guere)\b|"
    r"\bpas\s+(?:de|d|du|des|encore|du tout|vraiment|toujours|tous|toutes|tout|un|une)\b|"
    r"\bje\s+(?:crois|pense|suppose)\s+pas\b|\b(?:ca|c)\s+(?:est\s+)?pas\b"
)
_AFFIRMATION = re.compile(
    r"^(?:c est (?:fait|le cas|bon|ca|exact|juste|correct|vrai)|je l ai|on l a|je l utilise|"
    r"je les utilise|je le fais|je les fais|j en ai|j en fais|on en fait|"
    r"je suis (?:equipee?|a jour|inscrite?|reference)|"
    r"il (?:l )?est (?:a jour|reference|compatible|certifie|installe)|"
    r"(?:je crois|je pense|il me semble|plutot|probablement|normalement|a priori|en principe|"
    r"apparemment) que oui)\b"
)
_UNKNOWN_RE = re.compile(
    r"\b(?:je\s+|j\s+)?(?:ne\s+|n\s+)?(?:sais|sait|sai|chais|chai|connais)\s+(?:pas|plus|rien)\b|"
    r"\b(?:jsp|nsp|jsais|jsai|idk|dunno|inconnue?)\b|"
    r"\b(?:aucune?|pas d|pas la moindre|aucune espece d)\s+idee\b|"
    r"\b(?:ne\s+|n\s+)?(?:me|m en)\s+(?:souviens|rappelle)\s+(?:pas|plus)\b|"
    r"\bj en sais rien\b|\bje\s+(?:n\s+)?ai\s+(?:pas|aucune?)\s+(?:(?:le|les|ce|cette|l|mon|"
    r"mes|d|de)\s+)?(?:chiffres?|taux|infos?|informations?|donnees?|stats?|statistiques?|"
    r"idee|acces)\b|"
    r"\b(?:je\s+)?(?:dois|vais|vais aller)\s+verifier\b|\ba verifier\b|\bpas\s+regarde\b|"
    r"\b(?:impossible|difficile|dur)\s+a\s+dire\b|\bva savoir\b|\bj ignore\b|\bje l ignore\b|"
    r"\bne\s+(?:le\s+)?connais\s+pas\b|\bne\s+(?:le\s+|la\s+|les\s+)?trouve\s+pas\b|"
    r"\bpas\s+trouve\b|^\?+$"
)
_UNSURE = re.compile(r"\bpas\s+(?:sur|sure|certaine?)\b")
_ONLINE = re.compile(
    r"\ben ligne\b|\bpapier\b|\bdematerialis|\bteletransm|\belectroniques?\b|\bnumeriques?\b|"
    r"\bamelipro\b|\blogiciel\b|\binternet\b|\bsur le site\b|"
    r"\b(?:fse|dmp|dmt|pse|aat|spe|dsg|apcv|mss|mssante|messagerie|ordonnances?)\b"
)
_ACT = (
    r"(?:fais|fait|faisons|faites|pratique|pratiquons|prescris|prescrit|prescrivons|realise|"
    r"realisons|effectue|effectuons|vois|voit|voyons|recois|recoit|soigne|soignons|traite|"
    r"traitons|accompagne|assure|assurons|prends en charge|prend en charge|suis|suit|suivons)"
)
_ACTIVITY = (
    r"(?:suivis?|grossesses?|femmes? enceintes?|enceintes?|patiente?s?|transports?|arrets?|"
    r"certificats?|accidents?|at mp|atmp|ald|protocoles?|interventions?|activite|consultations? "
    r"de grossesse|obstetrique|gyneco\w*|enfants?|ehpad|ca|cela)"
)
_NOT_CONCERNED = re.compile(
    r"\b(?:pas|non)\s+concernee?s?\b|\bne\s+(?:me|nous)\s+concerne\s+pas\b|"
    r"\b(?:me|nous)\s+concerne\s+pas\b|\bsans objet\b|\b(?:non|pas)\s+applicable\b|"
    r"\bs applique\s+pas\b|\bpas pour moi\b|^n\s*/\s*a$|"
    r"\b(?:ne|n)\s+(?:en\s+)?" + _ACT + r"\s+(?:pas|jamais|plus|aucun|aucune|guere)\b|"
    r"\b(?:je|j|on)\s+(?:en\s+)?" + _ACT + r"\s+(?:pas|jamais|aucun|aucune)\b|"
    r"\b(?:pas|aucun|aucune|jamais|zero|plus)\s+(?:de\s+|d\s+|des\s+)?" + _ACTIVITY + r"\b"
)


def _strip_fillers(t: str) -> str:
    t = _FILLER_START.sub("", t)
    return _FILLER_END.sub("", t).strip()


_REPEATED = re.compile(r"([a-z])\1+")


def _squeeze(t: str) -> str:
    """Repeated letters as one: "ouiiii" -> "oui", "nonnn" -> "non"."""
    return _REPEATED.sub(r"\1", t)


def _polarity(t: str) -> bool | None:
    """Yes (True) or no (False) as people write it; None when it says neither or both."""
    t = t.replace("?", " ").strip()
    core = _strip_fillers(t)
    for form in (t, core, _squeeze(core)):
        if form in YES or form in _YES_WORDS:
            return True
        if form in NO or form in _NO_WORDS:
            return False
    if not core:
        return None
    if core in ("si si", "mais si", "si bien sur", "ben si", "bah si"):
        return True
    if t in _WEAK_YES:
        return True  # "je crois", "normalement": a hedged yes
    if t in _WEAK_NO or core in _WEAK_NO:
        return False  # "bof, pas trop": a hedged no, echoed back so that it can be changed
    found = {m.lastgroup for m in _POLAR.finditer(core)}
    found |= {m.lastgroup for m in _POLAR.finditer(_squeeze(core))} if not found else set()
    negated = bool(_NEGATION.search(core))
    if negated:
        found.add("no")
    if found == {"no"}:
        return False
    if found == {"yes"}:
        return True
    if not found and _AFFIRMATION.match(core):
        return True
    return None


# Words one of which each pattern needs: a substring test spares most texts a slow scan.
_UNKNOWN_KEYS = (
    *("sai", "chai", "connai", "jsp", "nsp", "idk", "dunno", "inconnu", "idee", "souvien"),
    *("rappel", "chiffre", "taux", "info", "donnee", "stat", "acces", "verifi", "regarde"),
    *("dire", "savoir", "ignore", "trouve", "?"),
)
_NOT_CONCERNED_KEYS = ("concern", "objet", "applica", "pas", "jamais", "aucun", "plus", "zero")
_NOT_CONCERNED_KEYS += ("/", "guere")


_MAYBE = {"peut etre", "possible", "c est possible", "possiblement", "eventuellement"}
_MAYBE |= {"ca depend", "ca depend des fois", "je ne suis pas sur", "je suis pas sur"}
_MAYBE |= {"je c pa", "je c pas", "jcp", "j sais pas", "jsais pas", "chais pas"}  # typed fast


def _is_unknown(t: str) -> bool:
    if t.strip() in UNKNOWN or _strip_fillers(t.strip()) in _MAYBE:  # "peut-être": unsure
        return True
    if "pas" in t and _UNSURE.search(t) and not _POLAR.search(t):
        return True  # "pas sûr", but "oui mais pas sûr" leans yes
    return any(k in t for k in _UNKNOWN_KEYS) and bool(_UNKNOWN_RE.search(t))


# « oui » and a clause of its own before « , », « par contre », « mais »: "oui j'ai weda à
# jour depuis mars, par contre …" (not "oui mais pas à jour": the clause is empty)
_YES_THEN_CLAUSE = re.compile(
    r"^(?:oui|ouais|ouai|yes|si|bien sur|tout a fait|absolument)\s+((?:\S+\s+){2,}?\S+?)"
    r"\s*(?:,|\bpar contre\b|\bmais\b|\bcependant\b|\bpar ailleurs\b)"
)


# « oui » then a reservation that takes part of it back: "oui mais pas à jour", "oui sauf le
# LAP", "oui, par contre plus la dernière version". A question asking several things at once
# is met only if all are: asked back rather than read as a yes that pays.
RESERVED_YES = (
    f"votre «{NNBSP}oui{NNBSP}» porte une réserve. Répondez «{NNBSP}Oui{NNBSP}» seulement si "
    f"tout ce que demande la question est rempli, sinon «{NNBSP}Non{NNBSP}»."
)
_YES_BUT_NOT = re.compile(
    r"^(?:oui|ouais|ouai|yes|si|bien sur|en partie|plus ou moins)\b[^.?!]*?"
    r"(?:\b(?:mais|par contre|cependant|pourtant|sauf que)\b[^.?!]*?"
    r"\b(?:pas|plus|non|jamais|aucun|aucune|ni|manque|perime)\b|\b(?:sauf|excepte|hormis)\b)"
)


def _not_concerned(t: str) -> bool:
    if not any(k in t for k in _NOT_CONCERNED_KEYS):
        return False
    return bool(_NOT_CONCERNED.search(t)) and not _ONLINE.search(t)


# ---- numbers and ranges -------------------------------------------------------------------

_P = r"#(\d+)"  # a number, by its index
_NUM = re.compile(
    r"(?<![\w.,#])(\d+(?:[.,]\d+)?)(?![.,]?\d*e[+-]?\d)"  # never a part of "1e400"
    r"(?:\s*(/|\bsur\b)\s*(\d+(?:[.,]\d+)?))?(?:\s*(%))?"
)
# "1 240 FSE sur 1 300": a share with a few words between the two figures
_WORDY_RATIO = re.compile(rf"{_P}((?:\s+[a-z]+){{1,3}})\s+sur\s+{_P}")
_YEAR_CONTEXT = re.compile(
    r"(?:\ben|\bsur|\bpour|\bannee|\bexercice|\bdepuis|\bde|\bd|\bdans|\bfin|\bdebut|\bau|"
    r"\bcourant|\bjusqu a|\bavant|\bapres|\bl an)\s*$"
)
_PLACEHOLDER = re.compile(_P)
_MINUS = re.compile(r"(?:^|(?<=\s))-(?=\d)")
_THOUSANDS = re.compile(r"\b(\d{1,3})((?: \d{3})+)\b")
_RULES = {"exact", "between", "about", "above", "below", "at_most", "at_least", "more", "less"}
_RANGE_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    (
        "between",
        ("entre", "de ", "-", "–", "—", " a ", " ou "),
        re.compile(
            rf"\bentre\s+{_P}\s+(?:et|a)\s+{_P}|\bde\s+{_P}\s+a\s+{_P}|"
            rf"{_P}\s*(?:-|–|—|\ba\b|\bou\b)\s*{_P}"
        ),
    ),
    ("about", ("plus ou moins",), re.compile(rf"\bplus ou moins\s+(?:a\s+)?{_P}")),
    (
        "above",
        ("peu", "legerement", "juste", "peine"),
        re.compile(
            rf"\b(?:un peu|legerement|juste|tout juste|a peine)\s+(?:plus\s+(?:des|de|d|que)|"
            rf"au dessus\s+(?:de|d)|superieure?\s+a)\s+{_P}"
        ),
    ),
    (
        "below",
        ("peu", "legerement", "juste", "presque", "quasi", "loin"),
        re.compile(
            rf"\b(?:un peu|legerement|juste|tout juste)\s+(?:moins\s+(?:des|de|d|que)|en dessous\s+"
            rf"(?:de|d)|inferieure?\s+a|sous)\s+{_P}|\b(?:presque|quasi|quasiment|pas loin\s+"
            rf"(?:de|d))\s+(?:a\s+)?{_P}"
        ),
    ),
    (
        "at_most",
        ("plus", "max", "jusqu", "≤", "<=", "moins"),
        re.compile(
            rf"(?:\bpas plus\s+(?:des|de|d|que)|\bau plus|\bau maximum|\bmaximum|\bmaxi|\bmax|"
            rf"\bjusqu a|≤|<=)\s*{_P}|{_P}\s*(?:ou moins|max\b|maxi\b|maximum|au plus|"
            rf"au maximum|grand max)"
        ),
    ),
    (
        "at_least",
        ("moins", "min", "≥", ">=", "plus", "+", "davantage"),
        re.compile(
            rf"(?:\bpas moins\s+(?:des|de|d|que)|\bau moins|\bau minimum|\bminimum|\bmini|\bmin|"
            rf"≥|>=)\s*{_P}|{_P}\s*(?:ou plus|et plus|minimum|mini\b|au moins|au minimum|"
            rf"\+|ou davantage)"
        ),
    ),
    (
        "more",
        ("plus", "superieur", "dessus", "dela", "depass", ">", "+"),
        re.compile(
            rf"(?:\bplus\s+(?:des|de|d|que)|\bsuperieure?s?\s+a|\bau dessus\s+(?:de|d)|"
            rf"\bau dela\s+(?:de|d)|\bdepasse\w*|\bbien plus\s+(?:des|de|d|que)|\+\s*(?:de|d)\b|>)"
            rf"\s*(?:les\s+)?{_P}"
        ),
    ),
    (
        "less",
        ("moins", "inferieur", "dessous", "sous", "<"),
        re.compile(
            rf"(?:\bmoins\s+(?:des|de|d|que)|\binferieure?s?\s+a|\ben dessous\s+(?:de|d)|"
            rf"\bsous(?:\s+les)?|\bbien moins\s+(?:des|de|d|que)|<)\s*{_P}"
        ),
    ),
    (
        "about",
        (
            "env",
            "pres",
            "approx",
            "autour",
            "alentours",
            "dans les",
            "vers",
            "~",
            "≈",
            "grosso",
            "vue de nez",
            "peut etre",
            "louche",
            "grossierement",
            "par la",
            "plus ou moins",
            "ces eaux",
        ),
        re.compile(
            rf"(?:\benviron|\benv|\ba peu pres|\bapproximativement|\bapprox|\bautour\s+(?:de|d)|"
            rf"\baux alentours\s+(?:de|d)|\bdans les environs\s+(?:de|d)|\bdans les|\bvers les|"
            rf"\bvers|~|≈|\bpres\s+(?:de|d)|\bgrosso modo|\ba vue de nez|\bpeut etre|"
            rf"\ba la louche|\bgrossierement|\bdans les\s+(?:a\s+)?)\s*(?:a\s+)?{_P}|"
            rf"{_P}\s*(?:environ|a peu pres|approximativement|grosso modo|a la louche|"
            rf"ou par la|plus ou moins|ou dans ces eaux la)"
        ),
    ),
]
_TRIGGERS = re.compile(
    "|".join(sorted({re.escape(w) for _, ws, _ in _RANGE_RULES for w in ws}, key=len, reverse=True))
)


class _Num(NamedTuple):
    value: Fraction
    percent: bool  # "%" typed, or a fraction read as a share
    ratio: bool  # typed as a fraction: "2/3", "200 sur 300"
    year: bool


class _Construct(NamedTuple):
    range: Range  # an exact number is a range with low == high == center
    percent: bool
    start: int  # position in the templated text, to pair rates with names
    label: str  # how it was said: "environ", "plus de"… for the reading


def _number(text: str) -> Fraction:
    whole, _, decimals = text.replace(",", ".").partition(".")
    if not decimals:
        return Fraction(int(whole))
    return Fraction(int(whole + decimals), 10 ** len(decimals))


def _scan(w: str, kind: Kind, maximum: Fraction | None) -> tuple[str, list[_Num | None]]:
    """The text with each number replaced by "#i", and the numbers (None: unusable)."""
    nums: list[_Num | None] = []
    if kind in ("count", "points", "percent"):
        w = _THOUSANDS.sub(lambda m: m.group(0).replace(" ", ""), w)

    def add(n: _Num | None) -> str:
        nums.append(n)
        return f"#{len(nums) - 1}"

    def repl(m: re.Match[str]) -> str:
        digits, sep, den, pct = m.group(1), m.group(2), m.group(3), m.group(4) is not None
        value = _number(digits)
        if den is not None:
            d = _number(den)
            if sep == "sur" and _is_year(d):  # "72 sur 2024": the year of the figure
                return add(_Num(value, pct, False, False)) + " sur annee"
            if kind == "points" and maximum is not None and d == maximum:
                return add(_Num(value, pct, False, False))  # "120/360": out of the maximum
            if d == 0 or kind in ("count", "points"):
                return add(None)
            return add(_Num(value / d * 100, True, True, False))
        year = not pct and len(digits) == 4 and "1990" <= digits <= "2039"
        return add(_Num(value, pct, False, year))

    return _NUM.sub(repl, w), nums


@lru_cache(maxsize=4096)
def _constructs(
    w: str, kind: Kind, maximum: Fraction | None
) -> tuple[tuple[_Construct, ...], bool, str]:
    """The quantities said in `w` (words already folded), whether one was unusable, and the
    templated text. Years in context ("en 2025") are dropped."""
    w = _MINUS.sub("negatif ", w) if "-" in w else w  # "-5", not "30-40"
    template, nums = _scan(words_to_digits(w), kind, maximum)
    if not nums:
        return (), False, template
    bad = False
    for i, n in enumerate(nums):  # "en 2025", "sur 2024": the year of the figures, not one
        if n is not None and n.year:
            at = template.index(f"#{i}")
            if _YEAR_CONTEXT.search(template[max(0, at - 24) : at]):
                nums[i] = None
                template = template.replace(f"#{i}", "annee", 1)
    found: list[_Construct] = []
    top = Fraction(100) if kind in ("percent", "rates") else maximum
    if kind == "percent" and " sur #" in template:
        for m in _WORDY_RATIO.finditer(template):
            a, b = nums[int(m.group(1))], nums[int(m.group(3))]
            if a is not None and b is not None and b.value and not b.year:
                share = a.value / b.value * 100
                found.append(_Construct(_as_range(share), True, m.start(), "exact"))
                template = template.replace(m.group(0), " " * len(m.group(0)), 1)

    def take(rule: str, m: re.Match[str]) -> str:
        nonlocal bad
        idx = [int(g) for g in m.groups() if g is not None]
        got = [nums[i] for i in idx]
        if any(g is None for g in got):
            bad = True
            return " "
        values = [g.value for g in got]  # type: ignore[union-attr]
        pct = any(g.percent for g in got)  # type: ignore[union-attr]
        found.append(_Construct(_rule_range(rule, values, kind, top), pct, m.start(), rule))
        return " "

    said = set(_TRIGGERS.findall(template))
    if kind == "points" and " sur #" in template:
        for i, n in enumerate(nums):
            if n is not None and n.value == maximum and f"sur #{i}" in template:
                template = template.replace(f"sur #{i}", "sur le maximum", 1)
    for rule, words, pattern in _RANGE_RULES if said else ():
        if said.intersection(words):
            template = pattern.sub(lambda m, r=rule: take(r, m), template)
    for m in _PLACEHOLDER.finditer(template):
        n = nums[int(m.group(1))]
        if n is None:
            if "annee" not in template[: m.start()]:
                bad = True
            continue
        x = -n.value if template[: m.start()].endswith("negatif ") else n.value
        r = Range(x, x, center=x)
        found.append(_Construct(r, n.percent, m.start(), "exact"))
    found.sort(key=lambda c: c.start)
    if len(found) > 1:  # a bare year beside another figure is the year of that figure
        kept = [c for c in found if not (c.label == "exact" and _is_year(c.range.center))]
        found = kept or found
    return tuple(found), bad, template


def _is_year(x: Fraction | None) -> bool:
    return x is not None and x.denominator == 1 and 1990 <= x.numerator <= 2039


def _width(x: Fraction, kind: Kind) -> Fraction:
    """How far "environ x" reaches: 2 points of a percentage; 10 % of a count (at least 1,
    at least 2 from ten on, so "une dizaine" is 8..12 and "une vingtaine" 18..22)."""
    if kind in ("percent", "rates"):
        return Fraction(2)
    if x < 10:
        return Fraction(1)
    return max(Fraction(2), x / 10)


def _rule_range(rule: str, v: list[Fraction], kind: Kind, top: Fraction | None) -> Range:
    zero = Fraction(0)
    x = v[0]
    if rule == "between":
        lo, hi = min(v), max(v)
        return Range(lo, hi, center=(lo + hi) / 2)
    if rule == "about":
        w = _width(x, kind)
        hi = x + w if top is None else min(top, x + w)
        return Range(max(zero, x - w), hi, center=x)
    if rule == "above":
        hi = x + _width(x, kind) * 2
        return Range(x, hi if top is None else min(top, hi), low_open=True)
    if rule == "below":
        return Range(max(zero, x - _width(x, kind) * 2), x, high_open=True)
    if rule == "at_most":
        return Range(zero, x)
    if rule == "at_least":
        return Range(x, top)
    if rule == "more":
        return Range(x, top, low_open=True)
    return Range(zero, x, high_open=True)  # less


def _as_range(x: Fraction) -> Range:
    return Range(x, x, center=x)


def _exact(r: Range) -> Fraction | None:
    return r.low if r.low is not None and r.low == r.high else None


# Vague words with no figure, by question kind.
_VAGUE_PERCENT: list[tuple[re.Pattern[str], Range, str]] = [
    (
        re.compile(
            r"\b(?:presque|quasi|quasiment|pratiquement)\s+(?:tout|toutes|tous|toujours|"
            r"100)\b|\bla quasi totalite\b|\bquasi totalite\b|\b(?:tout|toutes|tous) sauf\b"
        ),
        Range(Fraction(90), Fraction(100)),
        "presque tout",
    ),
    (
        re.compile(r"\b(?:presque|quasiment|quasi)\s+(?:rien|jamais|aucune?)\b|\btres peu\b"),
        Range(Fraction(0), Fraction(10)),
        "très peu",
    ),
    (
        re.compile(r"\bla plupart\b|\bmajoritairement\b|\ben majorite\b|\bla majorite\b"),
        Range(Fraction(50), Fraction(100), low_open=True),
        "la plupart",
    ),
    (
        re.compile(
            r"(?<!du )(?<!pas )\b(?:tout|toutes|tous|la totalite|toujours|systematiquement|"
            r"a chaque fois|integralement)\b(?! a fait)(?! de suite)(?! sauf)"
        ),
        Range(Fraction(100), Fraction(100), center=Fraction(100)),
        "tout",
    ),
]
_NOT_ALL = re.compile(r"\bpas (?:tout|toutes|tous|toujours)\b")
_NONE = re.compile(
    r"^(?:(?:non|ben non|bah non)\s+)?(?:aucun|aucune|zero|rien|jamais|nada|que dalle|"
    r"pas (?:un|une)(?: seule?)?|pas une seule fois|nul|aucun(?:e)? du tout)\b"
)
_VAGUE_COUNT: list[tuple[re.Pattern[str], Range, str]] = [
    (re.compile(r"\bplusieurs\b"), Range(Fraction(2), None), "plusieurs"),
    (re.compile(r"\bquelques?\b"), Range(Fraction(2), Fraction(5)), "quelques-uns"),
    (re.compile(r"\b(?:une|un) seule?\b|\bune fois\b"), _as_range(Fraction(1)), "un"),
]
_MAXIMUM = re.compile(r"\b(?:le )?max(?:imum)?\b|\btous les points\b|\btout\b|\bplein\b")


# ---- readings -------------------------------------------------------------------------------


def _fmt(x: Fraction, unit: str = "") -> str:
    return fmt_number(round(float(x), 2)) + unit


def _unit(kind: Kind, percent: bool = False) -> str:
    return f"{NNBSP}%" if kind in ("percent", "rates") or percent else ""


def _describe(r: Range, unit: str, how: str = "") -> str:
    """ "environ 20 (entre 18 et 22)", "plus de 80 %", "la plupart (plus de 50 %)".

    `how`: the rule that read it ("about", "between"…) or the vague words said."""
    if r.low is not None and r.low == r.high:
        return _fmt(r.low, unit)
    span = f"entre {_fmt(r.low)} et {_fmt(r.high, unit)}" if None not in (r.low, r.high) else ""
    if how == "about" and r.center is not None:
        return f"environ {_fmt(r.center, unit)} ({span})"
    if how == "below" and span:
        return f"un peu moins de {_fmt(r.high, unit)} ({span})"  # type: ignore[arg-type]
    if how == "above" and span:
        return f"un peu plus de {_fmt(r.low, unit)} ({span})"  # type: ignore[arg-type]
    if how == "between" and span:
        return span
    vague = bool(how) and how not in _RULES
    if vague and span and r.low and not (r.high == 100 and unit):
        generic = span  # "quelques-uns (entre 2 et 5)"
    elif r.low is not None and r.low > 0:
        word = "plus de" if r.low_open else "au moins"
        generic = f"{word} {_fmt(r.low, unit)}"
    elif r.high is not None:
        word = "moins de" if r.high_open else "au plus"
        generic = f"{word} {_fmt(r.high, unit)}"
    else:
        generic = span or "une quantité"
    return f"{how} ({generic})" if vague else generic


_UNDERSTOOD = f"J'ai compris{NNBSP}: "
_NOT_CONCERNED_NOTE = "vous n'êtes pas concerné"


def _understood(what: str) -> str:
    return f"{_UNDERSTOOD}{what}."


def _quote(label: str) -> str:
    return f"«{NNBSP}{label}{NNBSP}»"


def _or_list(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " ou " + items[-1]


def _hint(e: Expected) -> str:
    if e.kind == "percent":
        return f"Tapez un pourcentage, ex. 82, ou {DONT_KNOW}."
    if e.kind == "count":
        return f"Tapez un nombre, ex. 3, ou {DONT_KNOW}."
    if e.kind == "points":
        span = f" (de 0 à {_fmt(Fraction(str(e.maximum)))})" if e.maximum is not None else ""
        return f"Tapez le nombre de points{span}, ex. 120, ou {DONT_KNOW}."
    if e.kind == "rates":
        names = _rate_names(e)
        sample = " ".join(f"{names[c][0]} {90 - 5 * k}" for k, c in enumerate(e.components))
        return f"Tapez vos taux, ex. {_quote(sample)}, leur moyenne, ou {DONT_KNOW}."
    if e.kind == "profession":
        names = e.names or {}
        return f"Tapez {_or_list([_quote(v[0]) for v in names.values()])}."
    if e.kind == "exercice":
        years = [v for _, v in e.choices]
        listed = f" (exercices proposés{NNBSP}: {', '.join(years)})" if years else ""
        return f"Tapez une année, ex. {years[0] if years else '2025'}{listed}."
    labels = [label for label, _ in e.choices]
    if _yes_no_labels(e.choices):
        return (
            f"Touchez un bouton, ou tapez «{NNBSP}oui{NNBSP}», «{NNBSP}non{NNBSP}» ou {DONT_KNOW}."
        )
    return f"Touchez un bouton, ou tapez l'un des choix{NNBSP}: {_or_list(map(_quote, labels))}."


ABBREVIATED = 4  # the shortest word read as the start of a choice's word ("orga", "perso")
# Counts told place by place and added: "2 en EHPAD + 1 dans une école", "2 en EHPAD et 1 en REP"
COUNTS_ADDED = re.compile(r"\d\D*(\+|\bet\b|,)\D*\d")


def _not_understood(e: Expected, hint: str | None = None) -> Interpretation:
    return Interpretation("not_understood", hint=hint or _hint(e))


# ---- answers by kind ----------------------------------------------------------------------


def _answer(p: _Prepared, e: Expected) -> Interpretation:
    if not p.w.replace("?", "").strip():
        if p.mark and p.w and e.kind not in ("profession", "exercice"):
            return Interpretation("unknown", reading=_understood("vous ne savez pas"))
        return _not_understood(e)
    if e.kind == "profession":
        return _profession(p, e)
    if e.kind == "exercice":
        return _exercice(p, e)
    two = _both_or_neither(p)
    if two is not None:
        return _two_choices(e, two)
    if e.kind == "choice":
        return _choice(p, e)
    if e.kind == "rates":
        return _rates(p, e)
    return _quantity(p, e)


def _quantity(p: _Prepared, e: Expected) -> Interpretation:
    kind = e.kind
    maximum = Fraction(str(e.maximum)) if e.maximum is not None else None
    t = p.w.replace("?", " ").strip()
    found, bad, _ = _constructs(t, kind, maximum)
    if found:
        if len(found) > 1 and kind == "percent":
            marked = [c for c in found if c.percent]
            found = marked if len(marked) == 1 else found
        exact = all(c.range.low is not None and c.range.low == c.range.high for c in found)
        if kind == "count" and len(found) > 1 and not bad and exact and COUNTS_ADDED.search(t):
            # "2 en ehpad + 1 ds une ecole rep": the counts of one thing, added
            parts = [c.range.low for c in found if c.range.low is not None]
            added = " + ".join(_fmt(x, "") for x in parts)
            total = sum(parts, Fraction(0))
            return Interpretation(
                "value", total, reading=_understood(f"{_fmt(total, _unit(kind))} ({added})")
            )
        if len(found) > 1 or bad:
            said = ", ".join(_describe(c.range, "", c.label) for c in found)
            return _not_understood(e, f"Je lis plusieurs nombres ({said}). {_hint(e)}")
        return _from_range(found[0].range, _unit(kind, found[0].percent), found[0].label)
    if bad:
        return _not_understood(e)
    return _words_quantity(t, e, maximum)


def _from_range(r: Range, unit: str, how: str = "") -> Interpretation:
    x = _exact(r)
    if x is not None:
        return Interpretation("value", x, reading=_understood(_fmt(x, unit)))
    return Interpretation("range", range=r, reading=_understood(_describe(r, unit, how)))


def _words_quantity(t: str, e: Expected, maximum: Fraction | None) -> Interpretation:
    """A quantity said without a figure: "aucun", "la plupart", "je ne sais pas", "non"."""
    kind = e.kind
    unit = _unit(kind)
    zero = Interpretation("value", Fraction(0), reading=_understood(f"0{unit}"))
    unknown = _is_unknown(t)
    core = _strip_fillers(_UNKNOWN_RE.sub(" ", t) if unknown else t)
    if _not_concerned(t):
        if kind in ("count", "points"):
            reading = _understood(f"0 ({_NOT_CONCERNED_NOTE})")
            return replace(zero, not_concerned=True, reading=reading)
        reading = _understood(f"non, {_NOT_CONCERNED_NOTE}")
        return Interpretation("value", False, not_concerned=True, reading=reading)
    if _NONE.match(core):
        return zero
    if kind == "percent" and _NOT_ALL.search(core):
        return _not_understood(e)  # "pas toutes": below 100 %, but how far?
    vague: list[tuple[re.Pattern[str], Range, str]] = []
    if kind == "percent":
        vague = _VAGUE_PERCENT
    elif kind == "count":
        vague = _VAGUE_COUNT
    elif kind == "points" and maximum is not None and _MAXIMUM.search(core):
        return _from_range(_as_range(maximum), "")
    if not _NEGATION.search(core):
        for pattern, r, said in vague:
            if pattern.search(core):
                return _from_range(r, unit, said)
    if unknown:
        return Interpretation("unknown", reading=_understood("vous ne savez pas"))
    b = _polarity(t)
    if b is False and kind in ("count", "points"):
        return zero
    if b is not None and kind != "points":
        what = "oui, objectif atteint" if b else "non, objectif non atteint"
        return Interpretation("value", b, reading=_understood(what))
    return _not_understood(e)


# ---- « les deux », « ni l'un ni l'autre » -----------------------------------------------------

_BOTH = re.compile(
    r"^(?:(?:oui|ben|bah)\s+)?(?:(?:tous|toutes)\s+)?les (?:deux|2)(?: a la fois)?$|"
    r"^un peu des (?:deux|2)$"
)
_NEITHER = re.compile(
    r"^(?:(?:non|ben|bah)\s+)?(?:ni l (?:un|une) ni l autre|(?:aucun|aucune) des (?:deux|2)|"
    r"ni (?:un|une) ni l autre)$"
)
_BOTH_SAID = "les deux"
_NEITHER_SAID = "ni l'un ni l'autre"


def _both_or_neither(p: _Prepared) -> str | None:
    """ "les deux" or "ni l'un ni l'autre" when that is all the text says (before any figure
    is read: "les deux" is not 2 %); None otherwise."""
    core = _strip_fillers(p.w.replace("?", " ").strip())
    if _BOTH.match(core):
        return _BOTH_SAID
    if _NEITHER.match(core):
        return _NEITHER_SAID
    return None


def _two_choices(e: Expected, said: str) -> Interpretation:
    """ "les deux" / "ni l'un ni l'autre" where two choices and a « non » are offered: the two
    (asked back), or the « non »; anywhere else, the choices the question expects."""
    choices = tuple(e.choices)
    if e.kind == "choice" and choices and _label_ranges(choices) is None:
        no = [i for i, (lab, v) in enumerate(choices) if _is_no_label(lab, v)]
        two = [i for i in range(len(choices)) if i not in no]
        if len(no) == 1 and len(two) == 2 and said == _NEITHER_SAID:
            return _picked(e, no[0], f"{said}, donc ")
        if len(no) == 1 and len(two) == 2:
            labels = _or_list([_quote(choices[i][0]) for i in two])
            among = tuple(choices[i][1] for i in two)
            return Interpretation(
                "not_understood",
                reading=_understood(said),
                hint=f"Précisez{NNBSP}: {labels}.",
                among=among,
            )
    if e.kind == "choice" and choices:
        labels = _or_list([_quote(label) for label, _ in choices])
        hint = f"Cette question attend {labels}, ou {DONT_KNOW}."
    else:
        hint = _hint(e)
    return Interpretation("not_understood", reading=_understood(said), hint=hint)


# ---- choices ------------------------------------------------------------------------------

_STOP = {
    *("le", "la", "les", "l", "de", "d", "du", "des", "un", "une", "ou", "et", "a", "au", "aux"),
    *("en", "je", "j", "suis", "sur", "avec", "pour", "par", "mon", "ma", "mes", "votre", "vos"),
    *("ce", "cette", "est", "oui", "non", "c", "il", "elle", "on", "ai", "pas", "ne", "n"),
}


def _label_words(label: str) -> str:
    return _prepare(label).w


def _is_yes_label(label: str, valeur: str) -> bool:
    return valeur == "oui" or _label_words(label).split()[:1] == ["oui"]


def _is_no_label(label: str, valeur: str) -> bool:
    w = _label_words(label)
    return (
        valeur in ("non", "aucun", "aucune") or w.split()[:1] == ["non"] or w in ("aucun", "aucune")
    )


def _yes_no_labels(choices: Sequence[tuple[str, str]]) -> bool:
    return {v for _, v in choices} == {"oui", "non"} and all(
        _label_words(label) in ("oui", "non") for label, _ in choices
    )


@lru_cache(maxsize=512)
def _label_ranges(choices: tuple[tuple[str, str], ...]) -> tuple[Range, ...] | None:
    """The range each label stands for ("Plus de 30 %", "30 % ou moins"), if every one does."""
    ranges = []
    for label, _ in choices:
        found, bad, _ = _constructs(_label_words(label), "percent", None)
        if len(found) != 1 or bad:
            return None
        ranges.append(found[0].range)
    return tuple(ranges)


@lru_cache(maxsize=512)
def _distinctive(choices: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], ...]:
    """The words of each label found in no other label: "payante", "v2", "cabinet"."""
    words = [set(_label_words(label).split()) - _STOP for label, _ in choices]
    return tuple(
        frozenset(
            w for w in ws if len(w) >= 2 and not any(w in o for o in words[:i] + words[i + 1 :])
        )
        for i, ws in enumerate(words)
    )


def _picked(e: Expected, index: int, how: str = "") -> Interpretation:
    label, valeur = e.choices[index]
    plain = _label_words(label) in ("oui", "non")  # "J'ai compris : oui."
    said = _label_words(label) if plain and not how else _quote(label)
    return Interpretation("value", valeur, reading=_understood(f"{how}{said}"))


def _choice(p: _Prepared, e: Expected) -> Interpretation:
    choices = tuple(e.choices)
    t = p.w.replace("?", " ").strip()
    core = _strip_fillers(t)
    for i, (label, valeur) in enumerate(choices):
        if core in (_label_words(label), valeur.replace("_", " ")) or t == _label_words(label):
            return _picked(e, i)
    ranges = _label_ranges(choices)
    found, bad, _ = _constructs(t, "percent", None) if ranges else ((), False, "")
    if ranges and len(found) == 1 and not bad:
        typed = found[0].range
        hits = [i for i, r in enumerate(ranges) if r.contains(typed)]
        said = _describe(typed, _unit("percent"), found[0].label)
        if len(hits) == 1:
            return _picked(e, hits[0], f"{said}, donc ")
        hint = "Tapez votre taux exact, ex. 82, ou touchez un bouton."
        return Interpretation(
            "range",
            range=typed,
            reading=_understood(said),
            hint=f"Cela ne suffit pas à trancher. {hint}",
        )
    if ranges and not found and not bad and not _NEGATION.search(core):  # "tous", "la plupart"
        for pattern, r, said in _VAGUE_PERCENT:
            hits = [i for i, lr in enumerate(ranges) if lr.contains(r)]
            if pattern.search(core) and len(hits) == 1:
                return _picked(e, hits[0], f"{_describe(r, _unit('percent'), said)}, donc ")
    if _is_unknown(t):
        return Interpretation("unknown", reading=_understood("vous ne savez pas"))
    no_choices = [i for i, (lab, v) in enumerate(choices) if _is_no_label(lab, v)]
    yes_choices = [i for i, (lab, v) in enumerate(choices) if _is_yes_label(lab, v)]
    said_first = _YES_THEN_CLAUSE.match(core)
    if said_first and len(yes_choices) == 1 and not _NEGATION.search(said_first.group(1)):
        # "oui j'ai weda à jour depuis mars, par contre … pas d'appli carte vitale": the
        # « oui » and its clause answer; what follows speaks of something else
        return _picked(e, yes_choices[0])
    if yes_choices and no_choices and takes_back(core):
        return _not_understood(e, RESERVED_YES)
    if _not_concerned(t) and len(no_choices) == 1:
        r = _picked(e, no_choices[0])
        what = r.reading.removeprefix(_UNDERSTOOD).removesuffix(".")
        return replace(r, not_concerned=True, reading=_understood(f"{what}, {_NOT_CONCERNED_NOTE}"))
    words = set(core.split())
    hits = [i for i, d in enumerate(_distinctive(choices)) if d & words]
    if not hits:  # a typo in a long word: "Aucnue", "organisationelle"
        long = [w for w in words if len(w) >= 5]
        hits = [
            i
            for i, d in enumerate(_distinctive(choices))
            if any(fuzz.ratio(w, x) >= 80 for w in long for x in d if len(x) >= 5)
        ]
    if not hits:  # a word cut short: "bal perso", "la bal orga"
        short = [w for w in words if len(w) >= ABBREVIATED]
        hits = [
            i
            for i, d in enumerate(_distinctive(choices))
            if any(x.startswith(w) and len(x) > len(w) + 1 for w in short for x in d)
        ]
    # "oui 2h/semaine" at « Inscrit, moins de 2 h/semaine »: the label's own figure said
    # without its bound is the other side of it, not that button
    hits = [i for i in hits if not _bound_left_out(core, _label_words(choices[i][0]))]
    negated = bool(_NEGATION.search(core))
    positive_hits = [
        i for i in hits if i not in no_choices and not _NEGATION.search(_label_words(choices[i][0]))
    ]
    if len(hits) == 1 and not (negated and positive_hits):
        return _picked(e, hits[0])
    b = _polarity(t)
    if negated and positive_hits and not _NO_LEAD.match(core):
        b = None  # "pas de connecteur, seulement le Web DMP": ask rather than guess
    if b and not yes_choices and no_choices:  # « oui » to "which one?": any but the no
        yes_choices = [i for i in range(len(choices)) if i not in no_choices]
    if b is not None:
        pool = yes_choices if b else no_choices
        if len(pool) == 1:
            return _picked(e, pool[0])
        if len(pool) > 1:
            labels = _or_list([_quote(choices[i][0]) for i in pool])
            among = tuple(choices[i][1] for i in pool)
            said = _understood("oui" if b else "non")
            return replace(
                _not_understood(e, f"Précisez{NNBSP}: {labels}."), among=among, reading=said
            )
    if len(core) >= 3 and choices:
        scores = [
            max(fuzz.token_sort_ratio(core, w), fuzz.ratio(core, w))
            for w in (_label_words(label) for label, _ in choices)
        ]
        best = max(range(len(choices)), key=scores.__getitem__)
        if scores[best] >= 85:
            return _picked(e, best)
    found, bad, _ = _constructs(t, "percent", None)
    if len(found) == 1 and not bad:  # a figure the labels cannot place: `choose` compares it
        return _from_range(found[0].range, _unit("percent", found[0].percent), found[0].label)
    if len(yes_choices) == 1 and not p.mark and not negated and _restates(core, e.subject):
        return _picked(e, yes_choices[0])
    return _not_understood(e)


_LABEL_BOUND = re.compile(r"\b(moins|plus) de (\d+)")


def _bound_left_out(core: str, label: str) -> bool:
    """The label bounds a figure ("moins de 2 h") that the reply gives without that bound."""
    m = _LABEL_BOUND.search(label)
    return bool(m) and re.search(rf"(?<!\d){m[2]}(?!\d)", core) is not None and m[1] not in core


_BEING = re.compile(r"\b(sont|est|suis|sommes|ai|avons|a|ont|y sont|c est)\b")


def _restates(core: str, subject: str) -> bool:
    """A statement that says what the question asks, in its own words: a verb of being or
    having and two of the question's longer words (by their first five letters)."""
    if not subject or not _BEING.search(core):
        return False
    stems = {w[:5] for w in _prepare(subject).w.split() if len(w) >= 5}
    said = {w[:5] for w in core.split() if len(w) >= 5}
    return len(stems & said) >= 2


# ---- professions --------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _alias_pattern(
    items: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex finding any alias as whole words, longest first, and alias -> id."""
    owner: dict[str, str] = {}
    for ident, aliases in items:
        for a in (*aliases, ident.replace("_", " ")):
            owner.setdefault(_prepare(a).w, ident)
    alternatives = sorted((a for a in owner if a), key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alternatives)
    return re.compile(rf"(?<![a-z0-9])(?:{body})s?(?![a-z0-9])"), owner


def _names_key(names: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((k, tuple(v)) for k, v in names.items())


def _in_sentence(label: str) -> str:
    """ "Médecin" from a registry reads "médecin" mid-sentence; "DMP" stays as it is."""
    return label[0].lower() + label[1:] if label[1:2].islower() else label


def _profession(p: _Prepared, e: Expected) -> Interpretation:
    names = e.names or {}
    if not names:
        return _not_understood(e)
    pattern, owner = _alias_pattern(_names_key(names))
    t = p.w.replace("?", " ").strip()
    ids = {
        owner[m.group(0)] if m.group(0) in owner else owner[m.group(0)[:-1]]
        for m in pattern.finditer(t)
    }
    for label, valeur in e.choices:
        if t == _label_words(label) and valeur in names:
            ids = {valeur}
    if not ids:
        other = next(
            (x for x in e.excluded if re.search(rf"\b{re.escape(_prepare(x).w)}", p.w)), None
        )
        if other is not None:  # "orthophoniste" is no "orthodontiste"
            covered = _or_list([_quote(v[0]) for v in names.values()])
            return _not_understood(
                e,
                f"Je ne couvre pas cette profession ({other}). Tapez {covered}, "
                "ou voyez votre CPAM.",
            )
        aliases = [a for a in owner if " " not in a and len(a) >= 5]
        for word in t.split():
            if len(word) < 5:
                continue
            best = max(aliases, key=lambda a: fuzz.ratio(word, a), default=None)
            if best is not None and fuzz.ratio(word, best) >= 80:
                ids.add(owner[best])
    if len(ids) == 1:
        ident = ids.pop()
        return Interpretation("value", ident, reading=_understood(_in_sentence(names[ident][0])))
    return _not_understood(e)


# ---- exercices ----------------------------------------------------------------------------

_RELATIVE_YEARS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"\bil y a (?:2|deux) ans\b|\bavant derniere?\b|\bavant l an dernier\b"), -2),
    (
        re.compile(
            r"\b(?:an|annee|exercice)\s+(?:dernier|derniere|passe|passee|precedente?)\b|"
            r"\bl an dernier\b"
        ),
        -1,
    ),
    (re.compile(r"\b(?:an|annee|exercice)\s+(?:prochaine?|suivante?)\b"), 1),
    (
        re.compile(
            r"\bcette annee\b|\b(?:annee|exercice)\s+(?:en cours|courante?|actuelle?)\b|"
            r"\ben cours\b|\bmaintenant\b|\baujourd hui\b|\bcelle ci\b"
        ),
        0,
    ),
]


def _exercice(p: _Prepared, e: Expected) -> Interpretation:
    offered = [v for _, v in e.choices]
    t = p.w.replace("?", " ").strip()
    t = re.sub(r"\bdonum\b", "dotation numerique", t)
    for label, valeur in e.choices:  # a label typed whole may name two years
        if t == _label_words(label):
            return Interpretation("value", valeur, reading=_understood(f"exercice {label}"))
    years = set(re.findall(r"\b(?:19|20)\d\d\b", t))
    if not years and re.fullmatch(r"\d\d", t) and f"20{t}" in offered:
        years = {f"20{t}"}
    if not years and e.today is not None:
        for pattern, delta in _RELATIVE_YEARS:
            if pattern.search(t):
                years = {str(e.today.year + delta)}
                break
    if (
        not years
        and re.search(r"\bprojet\b|\bconvention\b", t)
        and ("projet" in offered or not offered)
    ):
        years = {"projet"}
    if len(years) == 1:
        year = years.pop()
        if offered and year not in offered:
            shown = ", ".join(offered)
            return _not_understood(
                e, f"L'exercice {year} n'est pas proposé{NNBSP}: choisissez parmi {shown}."
            )
        label = next((lab for lab, v in e.choices if v == year), year)
        what = "le projet de convention" if year == "projet" else f"exercice {label}"
        return Interpretation("value", year, reading=_understood(what))
    if not years and e.choices:
        picked = _choice(_prepare(t), replace(e, kind="choice"))
        if picked.status == "value" and isinstance(picked.value, str):  # not a figure
            label = next(lab for lab, v in e.choices if v == picked.value)
            return replace(picked, reading=_understood(f"exercice {label}"))
    return _not_understood(e)


# ---- several named rates ------------------------------------------------------------------


def _rate_names(e: Expected) -> dict[str, Sequence[str]]:
    names = e.names or RATE_NAMES
    return {c: names.get(c) or (c.replace("_", " ").upper(),) for c in e.components}


_ALL_SAME = re.compile(r"\b(?:partout|tous|toutes|chacun|chacune|pour tous|pour les \w+)\b")


def _rates(p: _Prepared, e: Expected) -> Interpretation:
    names = _rate_names(e)
    pattern, owner = _alias_pattern(_names_key(names))
    t = p.w.replace("?", " ").strip()
    found, bad, template = _constructs(t, "rates", None)
    # names are searched in the templated text so positions line up with the figures
    spots = []
    for m in pattern.finditer(template):
        key = m.group(0) if m.group(0) in owner else m.group(0)[:-1]
        if (
            spots
            and spots[-1][1] == owner[key]
            and not any(spots[-1][0] < c.start < m.start() for c in found)
        ):
            continue  # "FSE (feuilles de soins) 98": one name said twice
        spots.append((m.start(), owner[key], m.end()))
    if not spots:
        if len(found) == 1 and not bad:
            c = found[0]
            if _ALL_SAME.search(template) and len(e.components) > 1 and _exact(c.range) is not None:
                return _rates_result(e, {k: c.range.low for k in e.components}, names)
            r = _from_range(c.range, _unit("rates"), c.label)
            what = r.reading.removeprefix(_UNDERSTOOD).removesuffix(".")
            of = "d'" if what[:1] in "aeiouy" else "de "  # "d'environ 62 %"
            return replace(r, reading=_understood(f"une moyenne {of}{what}"))
        if (
            len(found) == len(e.components) > 1
            and not bad
            and all(_exact(c.range) is not None for c in found)
        ):
            return _rates_result(
                e, {k: c.range.low for k, c in zip(e.components, found, strict=True)}, names
            )
        if found or bad:
            return _not_understood(e)
        said = _words_quantity(t, replace(e, kind="percent"), None)
        return _not_understood(e) if said.status == "not_understood" else said
    rates: dict[str, Fraction] = {}
    used: set[int] = set()
    alias_first = spots[0][0] < (found[0].start if found else len(template))
    for k, (start, ident, end) in enumerate(spots):
        nxt = spots[k + 1][0] if k + 1 < len(spots) else len(template)
        prev = spots[k - 1][2] if k > 0 else 0
        after = [j for j, c in enumerate(found) if end <= c.start < nxt and j not in used]
        before = [j for j, c in enumerate(found) if prev <= c.start < start and j not in used]
        pick = (after[:1] or before[-1:]) if alias_first else (before[-1:] or after[:1])
        if not pick:
            continue
        c = found[pick[0]]
        value = _exact(c.range) if _exact(c.range) is not None else c.range.center
        if value is not None:
            used.add(pick[0])
            rates[ident] = value
    if not rates:
        if _is_unknown(t):
            return Interpretation("unknown", reading=_understood("vous ne savez pas"))
        return _not_understood(e)
    return _rates_result(e, rates, names)


def _rates_result(
    e: Expected, rates: dict[str, Fraction], names: Mapping[str, Sequence[str]]
) -> Interpretation:
    pct = _unit("rates")
    ordered = {c: rates[c] for c in e.components if c in rates}
    said = ", ".join(f"{names[c][0]} {_fmt(v, pct)}" for c, v in ordered.items())
    missing = tuple(c for c in e.components if c not in rates)
    if not missing:
        mean = sum(ordered.values(), Fraction(0)) / len(ordered)
        reading = _understood(f"{said}{NNBSP}; moyenne {_fmt(mean, pct)}")
        return Interpretation("value", mean, rates=ordered, reading=reading)
    lacking = and_list([names[c][0] for c in missing])
    sample = " ".join(f"{names[c][0]} {90 - 5 * k}" for k, c in enumerate(missing))
    return Interpretation(
        "partial",
        rates=ordered,
        missing=missing,
        reading=_understood(said),
        hint=f"Il manque{NNBSP}: {lacking}. Tapez-les, ex. {_quote(sample)}, ou {DONT_KNOW}.",
    )


# ---- rates typed ahead ----------------------------------------------------------------------


class NamedFigures(NamedTuple):
    """Rates named with their figure ("FSE 98", "95 % de DMT") in a text, and the rest of it.

    `values`: target id -> the figure, in the order typed. `rest`: the folded text without
    them, "" when only joining words are left ("et", "pour", "taux"…)."""

    values: dict[str, Fraction]
    rest: str


_FIGURE = r"(\d+(?:[.,]\d+)?)(?:\s*/\s*(\d+))?(?:\s*(%))?"
_AFTER_NAME = re.compile(  # "AAT dématérialisés 50 %": a qualifier may sit between
    r"\s*(?:(?:dematerialise(?:e|es|s)?|electroniques?|numeriques?|en ligne|prescrit(?:e|es|s)?|"
    # "transports prescrits en ligne 25 %"
    r"fai(?:t|te|ts|tes)|realise(?:e|es|s)?|transmis(?:e|es)?|"
    # "protocoles ALD en ligne 85 %", "certificats accident du travail 60 %"
    r"ald|accidents?|du travail|maladies? professionnelles?|"
    # "DMP alimenté pour 45 % des consultations", "DMP alimenté à 25 %"
    r"aliment(?:e|ee|es|ees)(?: pour)?(?=\s+(?:a\s+)?\d+(?:[,.]\d+)?\s*%)|"
    # "mon alimentation DMP plafonne à 28 %", "DMT passé à 92 %", "FSE tombé à 64 %"
    r"(?:plafonn|stagn|tourn|mont|rest|pass|tomb)(?:e|ee|es|ent|ait|aient)|atteint|atteignait)"
    r"\s+){0,3}"
    # "mon taux c 66,67 pile", "c'est 66,67"
    rf"(?:(?:a|de|d|en|est|c|c est|cest|sont|etait|etaient|egal|environ|vers|a peu pres|autour de|"
    rf"de l ordre de|exactement|"
    rf"pile|juste|seulement|quasiment|presque|que|qu|a peine|tout juste)\s+)*"
    rf"{_FIGURE}(?![\d/,.]*\d)(?!\s*(?:pts?\b|points?\b|euros?\b|€))"  # not "c'était 22,5 pts"
)
# "35 % pour les certificats AT-MP", "25 % pour la prescription électronique de transport":
# the figure told « pour » the name, a qualifier or two between
_QUALIFIER = r"(?:certificats?|prescriptions?|declarations?|electroniques?|medicaux|de|d|des)"
_FIGURE_OF = re.compile(
    rf"(?<![\d/.,]){_FIGURE}\s*(?:de|d|des|pour (?:les|le|la|l))\s+(?:{_QUALIFIER}\s+){{0,3}}$"
)
# (not "volet 2 : AAT, CM AT-MP…": the block's number)
_BEFORE_NAME = re.compile(
    rf"(?<![\d/.,])(?<!volet ){_FIGURE}\s*(?:(?:de|d|des|en|pour|pour les?)\s+)?$"
)
_SHARED = re.compile(r"\s*(?:et|,|/|&)\s*")  # "aat et pse", "aat, pse", "aat/pse"
_MORE_FIGURES = re.compile(r"\s*(?:et|,|/)\s*\d")
_JOINING = re.compile(
    r"\b(?:et|puis|pour|le|la|les|l|de|d|du|des|taux|mon|ma|mes|mon taux|j ai|on a|on est a|"
    r"je suis a|aussi|sinon|ensuite|apres|sur|en|environ|mais|par contre|alors que)\b|[%,.;+&]"
)


def _figure(m: re.Match[str]) -> Fraction | None:
    """The figure of a `_FIGURE` match: a percentage, or None for a year."""
    value, den, pct = _number(m.group(1)), m.group(2), m.group(3)
    if den is not None:
        return value / _number(den) * 100 if _number(den) else None
    return None if not pct and _is_year(value) and "." not in m.group(1) else value


def rates_named(text: str, names: Mapping[str, Sequence[str]]) -> list[str]:
    """The ids of `names` named in `text`, figure or not, in order ("dmp et ordo" ->
    alimentation_dmp, ordonnances_numeriques)."""
    pattern, owner = _alias_pattern(_names_key(names))
    found = (owner.get(m[0]) or owner[m[0][:-1]] for m in pattern.finditer(_prepare(text).w))
    return list(dict.fromkeys(found))


def named_figures(
    text: str, names: Mapping[str, Sequence[str]], latest: bool = False
) -> NamedFigures:
    """The rates of `names` (id -> label, *aliases) typed with their figure in `text`: what a
    practitioner types ahead ("DMT 95 FSE 98") for questions still to come. A name with no
    figure beside it stays in the rest ("oui, j'ai la messagerie"). With `latest`, a rate told
    again with a « % » is the later figure ("DMT 85 %, … en 2025 pareil sauf DMT 92 %"), not a
    count ("4 000 FSE pour 50 DMT")."""
    p = _prepare(text)
    t = words_to_digits(p.w.replace("?", " ")) if names else p.w
    if not names or not _ANY_DIGIT.search(t):  # `_prepare` left ASCII only: 0-9 are the digits
        return NamedFigures({}, p.w)
    pattern, owner = _alias_pattern(_names_key(names))
    spots = list(pattern.finditer(t))
    values: dict[str, Fraction] = {}
    cut: list[tuple[int, int]] = []
    unpaired = []
    for k, m in enumerate(spots):
        ident = owner.get(m.group(0)) or owner[m.group(0)[:-1]]
        start = max((end for _, end in cut), default=spots[k - 1].end() if k else 0)
        of = _FIGURE_OF.search(t, start, m.start())
        # (told again: the later figure counts with `latest` when written as a percentage)
        again = ident in values and not (latest and of is not None and of.group(3))
        if of is not None and not again and (figure := _figure(of)) is not None:
            # "91 % de DMT, 52 % de CM AT-MP": the figure before, told « de » the name
            values[ident] = figure
            cut.append((of.start(), m.end()))
            continue
        limit = spots[k + 1].start() if k + 1 < len(spots) else len(t)
        after = _AFTER_NAME.match(t, m.end(), limit)
        figure = _figure(after) if after else None
        again = ident in values and not (latest and after is not None and after.group(3))
        if figure is None or again:
            unpaired.append((m, ident))
            continue
        values[ident] = figure
        cut.append((m.start(), after.end()))  # type: ignore[union-attr]
    for m, ident in unpaired:  # "98 % de FSE": the figure before the name
        start = max((end for _, end in cut if end <= m.start()), default=0)
        before = _BEFORE_NAME.search(t, start, m.start())
        figure = _figure(before) if before else None
        if figure is None or ident in values:
            continue
        values[ident] = figure
        cut.append((before.start(), m.end()))  # type: ignore[union-attr]
    # "aat et pse à 92 %": names joined right before a figure share it, unless figures listed
    # apart follow ("fse et dmt 95 et 80")
    ends = dict(cut)
    for k in range(len(spots) - 2, -1, -1):
        m, after = spots[k], spots[k + 1]
        ident = owner.get(m.group(0)) or owner[m.group(0)[:-1]]
        shared = owner.get(after.group(0)) or owner[after.group(0)[:-1]]
        end = ends.get(after.start())
        if ident in values or shared not in values or end is None:
            continue
        if not _SHARED.fullmatch(t, m.end(), after.start()) or _MORE_FIGURES.match(t, end):
            continue
        values[ident] = values[shared]
        cut.append((m.start(), m.end()))
        ends[m.start()] = end
    if not values:
        return NamedFigures({}, p.w)
    kept, at = [], 0
    for start, end in sorted(cut):
        kept.append(t[at:start])
        at = end
    words = " ".join([*kept, t[at:]]).split()
    while words and not _JOINING.sub(" ", words[0]).strip():  # "et", "," left at the edges
        words.pop(0)
    while words and not _JOINING.sub(" ", words[-1]).strip():
        words.pop()
    rest = " ".join(words)
    return NamedFigures(values, "" if not _JOINING.sub(" ", rest).strip() else rest)


# ---- « je ne sais pas pour le reste » -------------------------------------------------------

_NOT_KNOWN = (
    r"(?:je\s+(?:ne\s+|n\s+)?(?:sais|sai)\s+(?:pas|rien)|j\s+sais\s+pas|jsp|jsais\s+pas|"
    r"chais\s+pas|nsp|aucune\s+idee|je\s+(?:ne\s+|n\s+)?(?:les\s+)?connais\s+pas)"
)
_THE_REST = r"(?:le\s+reste|les\s+autres(?:\s+taux)?|les\s+suivant(?:e)?s|la\s+suite)"
_ABOUT_THE_REST = re.compile(
    rf"(?:\b(?:mais|et|sinon|par contre)\s+)?(?:\b{_NOT_KNOWN}\s+(?:pour|sur)\s+{_THE_REST}|"
    rf"\b(?:(?:pour|sur)\s+)?{_THE_REST}\s+{_NOT_KNOWN})\b"
)


def without_the_rest(text: str) -> str | None:
    """`text` (folded) without a « je ne sais pas pour le reste » clause, which speaks of the
    questions still to come, not of the one asked; None when there is no such clause."""
    t = _prepare(text).w
    m = _ABOUT_THE_REST.search(t)
    if m is None:
        return None
    return " ".join(f"{t[: m.start()]} {t[m.end() :]}".split())
