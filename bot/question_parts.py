"""A message that asks two or three things at once ("jfais koi ? et cb ça va me coûter ?",
"1) … 2) …"): its questions, each with what the message told before them, so that each one
gets its own answer instead of the whole getting the answer to one of them."""

from __future__ import annotations

import re

from bot.faq import SENTENCE_END
from bot.faq_text import fold
from bot.question_scope import SCHEMES, VSM

# "1) … 2) …", "1. … 2. …": numbered questions.
NUMBERED = re.compile(r"(?:^|(?<=\s))([1-4]) ?[).°/] ")  # "1) ", "1. ", "1/ ", "1° "
FIGURE = re.compile(r"\d")
YEAR = re.compile(r"\b20[12]\d\b")
# What a mail closes on after its last question: thanks, greetings, a signature.
CLOSING = re.compile(
    r"(?<=\?)\s+(?:merci|cordialement|bien cordialement|bonne (?:journee|soiree)|"
    r"bonne journée|bonne soirée|a bientot|à bientôt)\b.*$",
    re.IGNORECASE,
)
# A last question asking only to confirm the one before it, forwarded: "« … 8 141 € ? » Je
# peux lui confirmer ?", "… ? Vous confirmez ?"
CONFIRM_TAIL = re.compile(
    r"(?<=\?)\s*»?\s*(?:je (?:peux|peu|dois) (?:le |la |les )?(?:lui |leur )?(?:confirmer|"
    r"dire oui|repondre oui|répondre oui)|je (?:le |la )?(?:lui |leur )confirme|"
    r"vous (?:me )?(?:le )?confirmez|confirmez[- ]vous)\s*\??\s*$",
    re.IGNORECASE,
)
# A last question typed without its « ? », after one that has it: "… ? et ça rapporte combien"
UNMARKED_LAST = re.compile(
    r"\? (?:et|mais) [^?.!]*\b(?:combien|cb|cmb|quand|qd|comment|cmt|quel\w*|quoi|koi|"
    r"pourquoi)\b[^?.!]*$",
    re.IGNORECASE,
)
# Two asks joined in one question: "ça rapporte combien et je le déclare quand ?", "cb par
# an et qd je déclare le 2026 ?" (not "combien chaque année et c'est versé quand ?": the
# total and its payment, one answer)
JOINED = re.compile(
    r"\b(combien|cb|quand)\s+et\s+(?=(?:je|j'|on|il|elle|ca|c'est|c)\b[^?.!]*"
    r"\b(combien|cb|quand|comment)\b[^?.!]*\?\s*$)"
    r"|\b((?:combien|cb)(?:\s+(?:par an|chaque ann[ée]e))?)\s+et\s+"
    r"(?=(qd|quand)\s+(?:je|j'|on|il|elle)\b[^?.!]*\?\s*$)",
    re.IGNORECASE,
)
# Two asks joined by a comma in one question, an amount and another thing: "Quel montant
# chaque année, et doit-elle renvoyer un justificatif ?", "… combien les deux, et le FS 2025
# il est payé quand ?", "Je valide la messagerie comment, et ça fait combien les 2 ans ?"
COMMA_JOINED = re.compile(
    r"\b(?:combien|cb|montants?|total)\b[^?.!]*?(?P<a>,\s*et\s+)(?=[^?.!]*\b(?:doi[st]|dois|"
    r"faut|quand|qd|comment|que faire|quoi faire|est-ce|est ce|peu[tx]|quelle date|"
    r"(?:c'etait|c'était|c'est) quoi le (?:seuil|taux|objectif))\b[^?.!]*"
    r"\?\s*$)"
    # (the amount a story's, "ça fait combien les 2 ans", not the item's asked before: « quel
    # justificatif pour le maître de stage, et combien rapporte-t-il ? » is one card)
    r"|\b(?:quand|qd|comment|doi[st]|faut|que faire|quelle date)\b[^?.!]*?(?P<b>,\s*et\s+)"
    r"(?=[^?.!]*\b(?:combien|cb|montants?)\b[^?.!]*\?\s*$)"
    r"(?=[^?.!]*\b(?:fait|font|total|en tout|touch\w*|ans|annees|années|20[12]\d|"
    r"(?:ça|ca|cela) (?:me |nous |lui )?rapporte|d'interventions|minimum)\b)"
    # "Combien je touche, et combien si j'avais fait le SAS en plus ?": the case, then a variant
    r"|\b(?:combien|cb)\b[^?.!,]*?(?P<c>,\s*et\s+)(?=(?:combien|cb)\s+si\b[^?.!]*\?\s*$)"
    # "quel en serait le montant maximal, et combien vaut le socle ?": the whole, then a part
    r"|\b(?:maximal|maximum|max)\b[^?.!,]*?(?P<d>,\s*et\s+)(?=(?:combien|cb)\s+(?:vaut|valent|"
    r"rapporte|rapportent|verse)\s+(?:le|la|les|l')\b[^?.!]*\?\s*$)",
    re.IGNORECASE,
)
MIN_WORDS = 3  # "au cis ?" clarifies the question before it, it asks nothing new
# A sentence asking something, though without its « ? »
ASKS = re.compile(
    r"\b(combien|cb|cmb|quand|qd|comment|cmt|quel\w*|quoi|koi|pourquoi|est-ce|est ce|"
    r"pouvez|pourriez|peux-tu|dites|dis-moi)\b"
)
# An amount asked in two words, then something else: « … Quel montant ? Et il sera payé quand ? »
SHORT_AMOUNT = re.compile(r"(quels? montants?|combien|cb|montants?)\W*$")
OTHER_KIND = re.compile(r"\b(quand|qd|date|paye|verse|versement|justificatif\w*|declar\w*)\b")
MIN_NUMBERED = 2  # numbered, a part is a question however terse: "1) max 2024 2) versé quand"
MAX_PARTS = 3


def question_parts(text: str) -> list[tuple[str, str]]:
    """The questions a message asks, each as written and as read (after what the message
    told before it); [] when it asks one thing."""
    t = " ".join(text.split())
    if t.count("?") == 1 and UNMARKED_LAST.search(t):
        t += " ?"  # "… pr valider ? et ca rapporte combien ds le forfait structure"
    joined = JOINED.search(t) if t.count("?") == 1 else None
    said = {"cb": "combien", "qd": "quand"}
    asked = 1 if joined and joined[1] else 3  # the first alternative's groups, or the second's
    second = fold(joined[asked + 1]) if joined else ""
    first = fold(joined[asked]).split()[0] if joined else ""
    if joined and said.get(first, first) != said.get(second, second):
        # "… combien ? Et je le déclare quand ?"
        t = f"{t[: joined.end(asked)]} ? Et {t[joined.end() :]}"
    comma = COMMA_JOINED.search(t) if t.count("?") == 1 else None
    if comma:  # "… combien chaque année, et doit-elle renvoyer un justificatif ?"
        cut = comma.span(next(k for k in "abcd" if comma[k]))
        t = f"{t[: cut[0]]} ? Et {t[cut[1] :]}"
    # two questions need two « ? »: most messages are told apart without splitting them
    parts = _numbered(t) or (_question_marks(t, bool(comma)) if t.count("?") > 1 else [])
    if not 2 <= len(parts) <= MAX_PARTS:
        return []
    return parts


def is_numbered(text: str) -> bool:
    """A message of numbered questions ("1) … 2) …")."""
    return bool(_numbered(" ".join(text.split())))


def _numbered(t: str) -> list[tuple[str, str]]:
    marks = list(NUMBERED.finditer(t))
    if len(marks) < 2 or [int(m[1]) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    context = t[: marks[0].start()].strip()
    ends = [m.start() for m in marks[1:]] + [len(t)]
    asked = [t[m.end() : end].strip() for m, end in zip(marks, ends, strict=True)]
    asked[-1] = CLOSING.sub("", asked[-1]).strip()  # "… ? Merci de votre aide, cordialement"
    if not all(len(a.split()) >= MIN_NUMBERED for a in asked):
        return []
    out, year = [], ""
    for a in asked:  # "1) max 2024 2) versé quand": the year said before holds for the next
        own = YEAR.search(a)
        if out and TIED.match(fold(a)) and not own:
            # "1) le Donum c'est combien max ? 2) et si j'ai que le socle ?": asked of the
            # question before it, as it asks
            out.append((a, f"{out[-1][1].rstrip('? ')}, {_tail(a)}"))
            continue
        year = own.group(0) if own else year
        out.append((a, f"{context} {a}{'' if own or not year else f' ({year})'}".strip()))
    return out


# A numbered question tied to the one before by « et si », « et avec », « et sans »
TIED = re.compile(r"(?:et|mais) (?:si|avec|sans|en plus)\b")


def _short_amount(a: str, asked: list[str]) -> bool:
    """« Quel montant ? » asks an amount in two words, when a later question asks something
    else (a date, a payment): « … Quel montant ? Et son Donum, il sera payé quand ? »."""
    later = asked[asked.index(a) + 1 :]
    return bool(SHORT_AMOUNT.match(fold(a))) and any(OTHER_KIND.search(fold(b)) for b in later)


def _question_marks(t: str, apart: bool = False) -> list[tuple[str, str]]:
    """Sentences ending in « ? », each after the sentences told before the first one; the
    next ones after the first question too ("c koi le socle du Donum ? cb de points ?": the
    second asks it of the same socle). `apart`: the questions are known to ask different
    things (an amount, then a date), whatever figures they hold."""
    sentences = SENTENCE_END.split(t)
    q = next((k for k, x in enumerate(sentences) if x.endswith("?")), len(sentences))
    last = max((k for k, x in enumerate(sentences) if x.endswith("?")), default=q)
    if not any(ASKS.search(fold(x)) for x in sentences[last + 1 :]):
        # "… ? Et la déclaration fermait quand ? Je prépare un dossier pour un contrôle.":
        # why the asker asks, after the questions
        sentences = sentences[: last + 1]
    told, asked = sentences[:q], sentences[q:]
    if len(asked) < 2 or not all(a.endswith("?") for a in asked):
        return []  # one question, or a story between two: one message, one answer
    if not all(len(a.rstrip("? ").split()) >= MIN_WORDS or _short_amount(a, asked) for a in asked):
        return []
    if (
        not apart
        and any(FIGURE.search(a) and not _names_more(a) for a in asked[1:])
        and FIGURE.search(" ".join([*told, asked[0]]))
    ):
        return []  # "il touche quoi à 55 % ? et à 90 % ?": the same question, another figure
    first = " ".join([*told, asked[0]])
    out = [(asked[0], first)]
    # a later question with its own year is read with the schemes the message names only,
    # and the rates told before when it keeps them ("… au même taux en 2026 ?")
    out += [
        (
            a,
            _with_subject(first, a)
            if _asks_a_year_only(a) or _asks_another_scheme_only(a, first)
            else _same_rates(alone(t, a), a, first)
            if YEAR.search(a)
            else f"{first.rstrip('? ')}, {_tail(a)}",
        )
        for a in asked[1:]
    ]
    return out


# What asks of a year without naming anything else: « et en 2026 qu'est-ce qu'il faut ? »
YEAR_ONLY = frozenset(["avec", "pour", "dans", "faut", "qu'il", "qu'est", "quel", "quelle"])
DATED = re.compile(r"\b(?:en|pour|de|du|au)? ?20[12]\d\b")


def _asks_a_year_only(question: str) -> bool:
    """« et en 2026 avec le Donum ? »: a year, maybe a scheme, and nothing else named."""
    words = [w for w in _unscheduled(question).split() if w.strip("?,.") not in YEAR_ONLY]
    return bool(YEAR.search(question)) and not _names_more(" ".join(words))


# ... or of another scheme: « et le Donum maintenant ? »
SCHEME_ONLY = YEAR_ONLY | {"maintenant", "desormais", "aujourd'hui", "alors"}


def _asks_another_scheme_only(question: str, first: str) -> bool:
    """« Et le Donum maintenant ? » after « le forfait structure 2023 pouvait monter à
    combien ? »: a scheme the first question does not name, and nothing else named (not
    « même le volet 2 ? » after « j'ai perdu tout le forfait structure ? »)."""
    own = {k for k, rx in SCHEMES.items() if rx.search(fold(question))}
    if not own or own <= {k for k, rx in SCHEMES.items() if rx.search(fold(first))}:
        return False
    words = [w for w in _unscheduled(question).split() if w.strip("?,.") not in SCHEME_ONLY]
    return not _names_more(" ".join(words))


def _unscheduled(text: str) -> str:
    """`text` without « en 2025 », « pour 2024 », a bare year, or a scheme's name (folded
    when it names one)."""
    out = DATED.sub(" ", text)
    if any(rx.search(fold(out)) for rx in SCHEMES.values()):
        out = fold(out)
        for rx in SCHEMES.values():
            out = rx.sub(" ", out)
    return " ".join(out.split())


def _with_subject(first: str, later: str) -> str:
    """ "CM AT-MP à 45 % en 2025, ça passait ? et en 2026 avec le Donum ?": the later
    question asks the first one's subject of its own year or scheme; the first one's years
    and scheme names are left out."""
    return f"{_unscheduled(first.rstrip('? '))}, {_tail(later)}"


# "si je reste au même taux en 2026 …": the rates told before hold for this question
SAME_FIGURES = re.compile(
    r"\b(au|aux|le|les|avec le|avec les) (meme|memes) (taux|chiffres?|pourcentages?|scores?)\b"
    r"|\b(ces|ce|mes) (taux|chiffres)(-la)?\b(?! (de|d'|du|des)\b)"
)
RATE_TOLD = re.compile(
    r"\b[A-Za-z][\w-]{1,12} ?(?:a|à|:|=)? ?\d{1,3}(?:[.,]\d+)? ?%"
    r"|\b\d{1,3}(?:[.,]\d+)? ?% (?:de |d')?[A-Za-z][\w-]{1,12}"
)


def _same_rates(read: str, written: str, before: str) -> str:
    """`read`, with the rates `before` told when `written` keeps them ("au même taux")."""
    if not SAME_FIGURES.search(fold(written)):
        return read
    rates = RATE_TOLD.findall(before)
    return f"{read.rstrip('? ')} ({', '.join(rates)}) ?" if rates else read


# Words that ask again, and name nothing new: "et à 90 % c'est pareil ?".
AGAIN = frozenset(["pareil", "meme", "toujours", "encore", "aussi", "alors", "sinon", "quand"])
AGAIN |= {"combien", "comment", "quoi", "c'est", "cest", "valide", "passe", "suffit"}
# "et pour le 2024 c'était quand, pour comparer ?": the same asked of another year
AGAIN |= {"c'etait", "etait", "comparer", "comparaison"}
# "… c mort ? et pour la donum 2026 ça bloque aussi ?": the same verdict asked again
AGAIN |= {"bloque", "bloquant", "bloquer", "marche", "tient"}


def _names_more(question: str) -> bool:
    """A later question that names something of its own besides its figure ("et la
    coordination c'est +100 € aussi ?"), not the same question again ("et à 90 % ?")."""
    words = re.findall(r"[a-z']{5,}", fold(question))
    return any(w not in AGAIN for w in words)


def alone(text: str, written: str) -> str:
    """A later question read without the one before it, only with the schemes and years the
    message names ("Le FAMI 2024 est payé quand ? Et il est calculé à quelle date ?": the
    second asks a date of the FAMI 2024, not when it is paid)."""
    own = fold(written)
    if any(rx.search(own) for rx in [*SCHEMES.values(), VSM]) or YEAR.search(own):
        return _tail(written)  # it names its own scheme or year: nothing to add
    folded = fold(text)
    named = [m.group(0) for rx in SCHEMES.values() for m in rx.finditer(folded)]
    named += [m.group(0) for m in VSM.finditer(folded)]  # "VSM : …? c versé quand ?"
    named += YEAR.findall(folded)
    context = " ".join(dict.fromkeys(named))
    return f"{_tail(written).rstrip('? ')} ({context}) ?" if context else written


def _tail(question: str) -> str:
    """The question without the « et » that ties it to the one before."""
    return re.sub(r"^(et|mais|puis|aussi)\b[, ]*", "", question, flags=re.IGNORECASE)
