"""A message about several practitioners that asks about one of them ("le Dr Martin est à
81 % de FSE, le Dr Morel à 64 %. Le Dr Morel valide la télétransmission ?"): the story told
of that one only, so that another's figures, software or status are not read as theirs.

CIS advisors, secretaries and accountants forward such messages; without this, the first
figure or status told (the colleague's) answered the question."""

from __future__ import annotations

import re

from bot.faq import SENTENCE_END
from bot.faq_text import fold

# "Dr Morel", "la Dre Klein", "docteur Jacob": a practitioner named. The name is one word
# that is no French function word ("le docteur en médecine" names nobody).
NAMED = re.compile(
    r"\b(?i:dr|dre|docteur|docteure)\b\.?\s+([a-zà-ÿA-ZÀ-Ý][\w'-]+)(?:\s+([A-ZÀ-Ý][\w'-]+))?"
)  # "Dr Marie Olivier": the last of two capitalised words
# What may come before the name of the one a clause is about: "le Dr X", "pour la Dr X :",
# "son associé le Dr X" (not "le cabinet du Dr X", which is about someone else's cabinet).
SUBJECT_BEFORE = re.compile(
    r"\s*(?:(?:et|puis|pour|chez|quant (?:au|à))\s+)?(?:(?:son|sa|leur)\s+\w+\s+)?"
    r"(?:(?:le|la|les)\s+)?",
    re.IGNORECASE,
)
NOT_A_NAME = frozenset({"en", "de", "du", "des", "le", "la", "les", "et", "ou", "a", "à"})
# Someone else, unnamed: "son associé a validé bien plus", "sa consœur est équipée".
SOMEONE_ELSE = re.compile(
    r"\b(?:son|sa|leur)\s+(?:associée?|collègue|confrère|consœur|consoeur|remplaçante?)\b",
    re.IGNORECASE,
)
# Told of all of them: "les deux veulent cocher…", "tous les autres critères ok pour les deux".
SHARED = re.compile(
    r"\b(?:les|tous les|toutes les|pour les) (?:deux|trois|quatre)\b|\bchacun\b", re.IGNORECASE
)
# Where a sentence's clauses part: "…, le Dr Morel seulement 64 %", "… mais le Dr Paris …".
CLAUSE = re.compile(r"(\s*(?:[,;:]|\s(?:mais|alors que|tandis que|contrairement à)\s)\s*)")


def _names(text: str) -> list[str]:
    names = ((m.group(2) or m.group(1)).casefold() for m in NAMED.finditer(text))
    return [n for n in names if n not in NOT_A_NAME]


def _subject(clause: str) -> str | None:
    """The one a clause is about: the practitioner named at its start, if any."""
    m = NAMED.search(clause)
    if m is None or not SUBJECT_BEFORE.fullmatch(clause[: m.start()]):
        return None
    name = (m.group(2) or m.group(1)).casefold()
    return None if name in NOT_A_NAME else name


def one_person(text: str) -> str:
    """The message told of the one practitioner its question names, when it names several;
    else the message unchanged. A clause not opening on a name is of the last one a clause
    opened on, unless it is told of all of them."""
    if NAMED.search(text) is None:  # most messages name no practitioner
        return text
    sentences = SENTENCE_END.split(text.strip())
    if len(sentences) < 2:
        return text
    asked = _names(sentences[-1])
    named = set(_names(" ".join(sentences[:-1])))
    others = named - set(asked) or SOMEONE_ELSE.search(" ".join(sentences[:-1]))
    if len(set(asked)) != 1 or not others:
        return text
    who = asked[0]
    kept: list[str] = []
    current: str | None = None  # whose case a clause not naming its own tells
    for sentence in sentences[:-1]:
        pieces = CLAUSE.split(sentence)  # clause, separator, clause, …
        said: list[tuple[str, str]] = []
        for clause, sep in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
            subject = _subject(clause)
            if subject is not None:
                current = subject
            elif SHARED.search(clause):
                current = None
            elif SOMEONE_ELSE.search(clause) and not _names(clause):
                continue  # "son associé a validé bien plus": another's case
            if current is None or current == who:
                said.append((clause, sep))
        if said:  # the separators between the clauses kept, not after the last one
            kept.append("".join(c + sep for c, sep in said[:-1]) + said[-1][0].strip())
    kept.append(sentences[-1])
    return " ".join(s if s.endswith((".", "!", "?", "»")) else s + "." for s in kept)


# A sentence about another practitioner's own case, told beside the asker's: « Mon associé
# touche plus de 6 000 € mais lui fait du SAS. », « Ma consœur qui a accueilli une étudiante
# a eu plus que moi. » (folded)
OTHERS_CASE = re.compile(
    r"^(?:(?:et|mais|par contre|d'ailleurs|sinon) )?(?:mon|ma|un|une|notre) (?:ancienne? )?"
    r"(?:associee?|assoc|collegue|confrere|consoeur|amie?|remplacante?|voisine?)\b"
    # family, when what they are paid is told: « Mon frère médecin touche plus de 4 000 € … »
    # (not « ma femme est généraliste, pour elle il faut 2/3 »: a rule set beside)
    r"|^(?:(?:et|mais) )?(?:mon|ma) (?:mari|femme|epoux|epouse|conjointe?|compagnon|compagne|"
    r"frere|soeur|pere|mere|fils|fille|cousine?|beau-frere|belle-soeur)\b"
    r"(?=.*\b(touch\w*|a eu|percoi\w*|gagne\w*)\b.*\d)"
)
# … not a claim told (« Mon associé affirme que … »: what the question may check)
CLAIM = re.compile(
    r"\b(dit|dis|disait|affirme\w*|pense\w*|croi\w*|explique\w*|pretend\w*|assure\w*|"
    r"soutient|parle\w*|raconte\w*|trouve\w*)\b"
    # … nor their case passed on (« Une consœur me transmet : … »), nor one set beside the
    # asker's (« … 1 240 €, et moi 890 »)
    r"|\bm(?:e |')(?:transmet|colle|envoie|demande|ecrit|signale|relaie|transfere)\w*"
    r"|\bm'(?:a|ont) (?:transmis|transfere|envoye|colle|ecrit|signale|relaye|montre|fait suivre)\b"
    r"|(?<!que )\bmoi\b"
)
# What a sentence about another may wrongly add to the asker's case: an item or a figure
ITEM_TOLD = re.compile(
    r"\d|\b(sas|cpts|msp|esp|etudiante?s?|stagiaires?|internes?|externes?|maitre de stage|"
    r"teleservices?|dmp|mss|messagerie|volets?|socles?|coordination|aller vers|interventions?|"
    r"vsm|structure\w*|teleconsultation|video\w*|apcv|ordonnances?|codage|options?)\b"
)
# The asker's own case told in the rest (« j'ai », « mon taux », « pour moi »), not opened on
# a contrast with the other's (« Moi je l'ai installé en février. »: the two set side by side)
OWN_TOLD = re.compile(r"\b(j'|je|mon|ma|mes)\b")
CONTRAST = re.compile(r"^(?:et |mais )?moi\b")
# The item told of the other and denied of the asker: « mon assoc a le SAS mais pas moi »
NOT_MINE = re.compile(r"\b(?:mais|et) pas (?:moi|pour moi)\b|\bmoi (?:non|pas)\b")
# The same one, taken up by a pronoun in the next sentence: « Elle pense toucher moins. »
TAKEN_UP = re.compile(r"^(?:(?:et|mais) )?(?:lui|elle|il)\b")
# A question about the other one, both, or the gap between them: all of the message is read
ABOUT_OTHERS = re.compile(
    r"\b(lui|elle|il|ils|eux|elles|chacune?|nous|on|les deux|a deux|ensemble|difference|ecart|"
    r"pourquoi|d'ou|comment ca se fait|plus que|moins que|associee?|assoc|collegue|confrere|"
    r"consoeur|amie?|remplacante?|voisine?)\b"
)


# What someone else said of the rules (« Un confrère m'a dit que les horaires c'était juste du
# déclaratif. », « J'avais lu sur un forum que … »): hearsay, not the asker's case (folded)
HEARSAY = re.compile(
    r"\b(?:m'a|m'avait|me|m'ont|nous a) (?:dit|explique|affirme|assure|raconte)\w* qu"
    r"|\b(?:dit|disait|affirme|pense|croit|assure|soutient|pretend|explique|raconte)\w* qu"
    r"|\b(?:a|ai|avais|avait) (?:entendu|lu)\b|\bparle\w* d(?:e |'|u |es )"
    r"|\bon m'(?:a|avait) (?:dit|explique)\b"
)
OWN_BELIEF = re.compile(r"\b(?:je|j') ?(?:pense|crois|trouve|ai lu|avais lu|ai entendu)\b")
OWN_WORDS = re.compile(r"\b(mon|ma|mes|je|j'|moi)\b")  # « … que mon cahier des charges … »
# … set aside only when the question asks what the asker's case pays (« Combien pour 2023 ? »,
# « Est-ce que je touche les 300 € ? »), not whether what was said is so, nor a maximum
OWN_AMOUNT_ASKED = re.compile(r"\b(combien|je touche|j'aurai|montant)\b")
CHECKED = re.compile(
    r"\b(vrai\w*|raison|tort|exact\w*|confirm\w*|correct\w*|juste|cet|cette|ces|la-dessus|"
    r"max\w*|plafond|seuils?|pareil|meme|aussi|droit|eligible)\b"
)


def _hearsay(folded: str) -> bool:
    """Someone else's word on the rules, not on the asker's own case."""
    m = HEARSAY.search(folded)
    if m is None or OWN_BELIEF.search(folded[: m.end()]):
        return False
    return OWN_WORDS.search(folded[m.end() :]) is None


# A sentence of someone else's word told after the question: "C'est bien 1 960 € ? Un
# collègue me dit 2 800 €." (the question closes the message as the readers expect)
TOLD_AFTER = re.compile(
    r"(?:un|une|mon|ma|le|la|mes|les) (?:\w+ )?(?:collegue|confrere|consoeur|associee?|"
    r"comptable|secretaire|amie?|voisine?|remplacante?|editeur|conseiller\w*)s?\b"
    r"[^?]*?\b(?:dit|disent|affirme|pense|parle|annonce|trouve|soutient|calcule)\b[^?]*"
)


def told_after_moved(text: str) -> str:
    """Someone's figure told after the question, moved before it."""
    asked, mark, tail = text.rstrip().rpartition("?")
    said = tail.strip().rstrip(".!").strip()
    if not mark or not said or not TOLD_AFTER.fullmatch(fold(said)):
        return text
    head, dot, question = asked.rpartition(". ")
    if not dot:
        return f"{said}. {asked}?"
    return f"{head}. {said}. {question}?"


# A question reported first, its « ? » left out: "mon comptable veut savoir combien je vais
# toucher de FAMI 2025 et quand." (the case told after it)
ASKED_FIRST = re.compile(r"\b(savoir|demande|voudrai\w*|aimerai\w*)\b[^.!]*\b(combien|cb|quand)\b")
STILL_ASKING = re.compile(r"\b(combien|cb|quand|qd|quel\w*)\b")
STORY_YEAR = re.compile(r"\b20[1-3]\d\b")


def question_first_moved(text: str) -> str:
    """A message that opens on the question it reports, without « ? », then tells the case:
    the question moved to the end, as the case's readings expect it."""
    if "?" in text:
        return text
    first, *rest = SENTENCE_END.split(text.strip())
    if not rest or not ASKED_FIRST.search(fold(first)):
        return text
    if any(STILL_ASKING.search(fold(x)) for x in rest):
        return text
    if not any(STORY_YEAR.search(x) for x in rest):
        return text  # (what is said after is no case of its years: the question stays first)
    return f"{' '.join(rest).rstrip(' .')}. {first.rstrip(' .')} ?"


def others_aside(text: str) -> str:
    """The asker's own case without the sentences told of another practitioner's (« Mon
    associé touche plus de 6 000 € mais lui fait du SAS, c pas comparable. Combien pour
    moi ? »): read whole, the associate's SAS was counted in the asker's total. Hearsay on
    the rules naming an item goes too when the question asks what the case pays (« Mon
    remplaçant me dit que ces réunions ça compte pas. Combien pr 2023 ? »). The message is
    unchanged when its question is about the other one, both, or the gap between them."""
    sentences = SENTENCE_END.split(text.strip())
    asked = fold(sentences[-1])
    if len(sentences) < 2 or "?" not in asked or ABOUT_OTHERS.search(asked):
        return text
    hearsay_aside = OWN_AMOUNT_ASKED.search(asked) and not CHECKED.search(asked)
    kept: list[str] = []
    dropped = compared = False
    for sentence in sentences[:-1]:
        folded = fold(sentence)
        # (« mon assoc a le sas mais pas moi »: the item is the other's only)
        not_mine = NOT_MINE.search(folded) is not None
        told = ITEM_TOLD.search(folded) is not None and (not_mine or CLAIM.search(folded) is None)
        if told and (OTHERS_CASE.search(folded) or (dropped and TAKEN_UP.search(folded))):
            dropped = compared = True
            continue
        if hearsay_aside and ITEM_TOLD.search(folded) and _hearsay(folded):
            continue
        dropped = False
        kept.append(sentence)
    own = [fold(s) for s in kept]
    if len(kept) == len(sentences) - 1 or not any(OWN_TOLD.search(s) for s in [*own, asked]):
        return text
    # (« Moi je l'ai installé en février »: set beside the other's case; not beside hearsay,
    # « On m'a dit que le FS 2025 n'existait plus. Moi j'ai déclaré : … Ça fait combien ? »)
    if compared and any(CONTRAST.search(s) for s in own):
        return text
    return " ".join([*kept, sentences[-1]])
