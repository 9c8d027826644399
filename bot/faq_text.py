"""French text as practitioners type it, folded for matching: accents, case, elisions, SMS forms.

`fold` keeps apostrophes and punctuation (the question's intent and figures are read on it);
`normalise` goes on to split elisions and drop punctuation (what the index matches on).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

# Function words only: "ne", "pas", "non", "sans", "plus", "jamais", "aucun" are kept on
# purpose, a negation changes the answer. "avoir" and "être" in the imperfect: the spelling
# correction would make « j'avais » an « avis » (d'arrêt de travail). The asker's spouse names
# no topic, and « mari » stems as « mars » does (a date's month).
_FUNCTION_WORDS = """
    a ai alors as au aux avec avez avoir avons bah ben bien bjr bon bonjour c ca ce ceci cela
    ces cet cette d dans de des donc du elle en es est et etait etaient ete etes etre euh eux
    faire fait faut
    hello il ils j je l la le les leur leurs lui m ma mais me meme merci mes moi mon n nos notre
    nous on ont ou par pour qu que qui quoi s sa se ses si slt son sont stp suis sur svp t ta
    te tes toi ton tous tout toute toutes tu un une vos votre vous y ya
    avais avait avaient avions aviez etais
    mari epoux epouse conjoint conjointe soeur frere pere mere fille fils
"""
STOPWORDS = frozenset(_FUNCTION_WORDS.split())
# The maximum named, as a noun or an adjective (« montant maximal »), for the patterns that ask it
MAXIMUM = r"maximum|maximale?s?|maximaux"

# Where a sentence ends: the questions, the stories and the closing sentence are cut here.
# (not after a doctor's initial before a lowercase word: "le Dr M. a eu le socle", "la Dr Sa.
# aussi" are one sentence; "… du Dr R. Pour 2024 : …" is two)
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?:(?<![DdPp]r [A-Z]\.)(?<![DdPp]r [A-Z][a-z]\.)(?<![DdPp]re [A-Z]\.)"
    r"(?<![DdPp]re [A-Z][a-z]\.)\s+(?=\S)|\s+(?=[A-ZÀ-ÖØ-Þ]))"
)


def last_question(text: str) -> str | None:
    """The last sentence with a question mark (« … combien au maximum ? J'ai l'impression
    qu'on va tous perdre beaucoup. »: the mood after it asks nothing); None without one."""
    return next((x for x in reversed(SENTENCE_END.split(text.strip())) if "?" in x), None)


# Chat and SMS spellings → the written word, applied to whole words only.
SMS_FORMS = {
    "c": "c'est",
    "cest": "c'est",
    "koi": "quoi",
    "kwa": "quoi",
    "ki": "qui",
    "ke": "que",
    "kel": "quel",
    "kelle": "quelle",
    "kan": "quand",
    "qd": "quand",
    "koman": "comment",
    "cmt": "comment",
    "jai": "j'ai",
    "jsuis": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "jpeux": "je peux",
    "jfais": "je fais",
    "jdois": "je dois",
    "jsais": "je sais",
    "jvais": "je vais",
    "jtouche": "je touche",
    "jperds": "je perds",
    "jperd": "je perds",
    "jaurai": "j'aurai",
    "jme": "je me",
    "jcrois": "je crois",
    "pr": "pour",
    "ds": "dans",
    "decla": "declaration",
    "tt": "tout",
    "encor": "encore",
    "pa": "pas",  # "g pa encor installé"
    "tro": "trop",  # "c tro tard ?"
    "moyene": "moyenne",  # "ma moyene DMT FSE PSE AAT": too short for the rule words' respelling
    "tte": "toute",
    "tts": "tous",
    "ts": "tous",
    "pers": "perds",
    "pb": "probleme",
    "pbm": "probleme",
    "pbs": "problemes",
    "cb": "combien",
    "cmb": "combien",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "bcp": "beaucoup",
    "dc": "donc",
    "ns": "nous",
    "tjs": "toujours",
    "tjrs": "toujours",
    "qqch": "quelque chose",
    "qqn": "quelqu'un",
    "nn": "non",
    "vrmt": "vraiment",
    "dsl": "desole",
    "msg": "message",
    "rdv": "rendez-vous",
    "avt": "avant",
    "moy": "moyenne",
    "tx": "taux",  # "tx de télétransmission mini"
    "assoc": "associe",  # "mon assoc a 55 %": the partner, as « mon associé »
    "assocs": "associes",
    "pct": "%",  # "58 pct"
    "numerik": "numerique",  # "la dotation numerik": the Donum, its scheme read
    "diference": "difference",  # "quelle est la diférence entre les deux exercices ?"
    "differance": "difference",
    "diferance": "difference",
    "diferrence": "difference",
    "vol1": "volet 1",  # "fs 2025: vol1 ok."
    "vol2": "volet 2",
}
_SMS = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, SMS_FORMS)) + r")(?![\w'])")
# "g pas de BAL", "si g raté": « g » sounds « j'ai », unless it is the consultation's letter
# ("la G", "consultation G", "tarif G", "1 G")
_SMS_G = re.compile(
    r"(?<![\w'])(?<!la )(?<!le )(?<!une )(?<!les )(?<!consult )(?<!consultation )"
    r"(?<!tarif )(?<!cotation )(?<!acte )(?<!lettre )(?<!\d )g(?= [a-z])"
)
# "si jenvoie", "jutilise", "javais": « j' » glued to a verb, as typed without apostrophe
_GLUED_J = re.compile(
    r"\bj(?=(?:envo[iy]|utilis|install|arriv|attend|avais|avait|etais|obtien|accueill|adher|"
    r"ouvr|inscri|enregistr|effectu|ajout|oubli|esper|emet)\w*)"
)
# Ticks and crosses pasted from notes (✓ ✔ ☑ ✅ 👍, then ✗ ✘ ✖ ❌ ❎ 👎), in their emoji form too
_MARK = re.compile(
    r"(?:([\u2713\u2714\u2611\u2705\U0001F44D]+)"
    r"|[\u2717\u2718\u2716\u274c\u274e\U0001F44E]+)\ufe0f?"
)
# After a mark, the next item's first word (not a word a status goes on with: « ✓ sauf … »)
_NEXT_ITEM = re.compile(r" +(?!(?:sauf|et|mais|ou|car|donc|pour|par|pas|non|ok)\b)\w", re.I)
# "MES 12 %": Mon espace santé by its capitals (read before lowering, where « mes » is the
# possessive), unless the whole message is typed in capitals ("MES TAUX")
_MES = re.compile(r"(?<![A-Z] )\bMES\b(?! [A-Z]{2})")
# "plus d1/3": « d' » glued to a fraction
_GLUED_D = re.compile(r"\bd(?=[1-9]/[1-9]\b)")
# "volet1", "volet2": the volet's number typed without a space
_GLUED_VOLET = re.compile(r"\bvolet([123])\b")
# "quand même" asks no date ("je touche qd même les optionnels ?"): "tout de même" says it.
_QUAND_MEME = re.compile(r"\bquand meme\b")
# "ce qu'il me reste à aller chercher" is to get, not the « aller vers » indicator
_ALLER_CHERCHER = re.compile(r"\baller (chercher|recuperer|gratter)\b")
# "la maîtrise de stage": the indicator of the « maître de stage »
_MAITRISE = re.compile(r"\bmaitrise de stage\b")
# "une fois par trimestre à la maison d'arrêt": how often, not the quarter a payment is in
_HOW_OFTEN = re.compile(r"\b(?:une |deux |trois )?fois par trimestre\b|\bchaque trimestre\b")
# "j'ai payé un abonnement de téléconsultation": bought, not a payment of the forfait
# (not "payé le 15 juin", "payé un complément": a payment received)
_PAID_FOR = re.compile(
    r"\bpaye (?=(?:un|une|mon|ma|mes) (?:abonnement|logiciel|lecteur|solution|licence|"
    r"equipement|appareil|module|outil|connecteur|tensiometre|ecg|oxymetre)s?\b)"
)
ELISION = re.compile(r"\b(qu|jusqu|lorsqu|puisqu|[cdjlmnst])'")
# The same typed without the apostrophe, as in text messages: "l apcv", "d un", "j ai".
SMS_ELISION = re.compile(r"\b[djlmnst] (?=[aeiouyh])")
# "le 3e volet", "le premier volet": the volet's number, as the guides name it ("volet 3").
ORDINAL_VOLET = re.compile(
    r"\b(1er|1e|premier|2e|2eme|2nd|second|deuxieme|3e|3eme|troisieme) volet\b"
)
# normalise's last steps, compiled once (re.sub with a pattern string looks it up each call)
_PERCENT_SIGN = re.compile(r"(\d)\s*%")
_NOT_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")
VOLET_NUMBER = {"1": "1", "p": "1", "2": "2", "s": "2", "d": "2", "3": "3", "t": "3"}

# A rate or an amount dictated: "soixante-cinq pour cent", "mille deux cent quarante euros"
_NUMBER_WORD_VALUES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60,
}  # fmt: skip
_NUMBER_WORD = r"(?:" + "|".join(_NUMBER_WORD_VALUES) + r"|cents?|mille|et)"
_SPELLED_FIGURE = re.compile(
    rf"\b((?:{_NUMBER_WORD}[- ])*{_NUMBER_WORD}) (pour ?cents?\b|%|euros?\b|€)"
)


def _spelled_value(words: str) -> int | None:
    """ "quatre vingt dix" → 90, "mille deux cent quarante" → 1240; None if it ends on « et »."""
    total = current = 0
    tokens = words.replace("-", " ").split()
    if tokens[0] == "et" or tokens[-1] == "et":
        return None
    for i, word in enumerate(tokens):
        if word == "et":
            continue
        if word in ("cent", "cents"):
            current = (current or 1) * 100
        elif word == "mille":
            total, current = total + (current or 1) * 1000, 0
        elif word.startswith("vingt") and i and tokens[i - 1] == "quatre":
            current += 76  # "quatre-vingt": the 4 already added becomes 80
        else:
            current += _NUMBER_WORD_VALUES[word]
    return total + current


def _spelled_figure(m: re.Match[str]) -> str:
    value = _spelled_value(m[1])
    if value is None:
        return m[0]
    unit = "%" if m[2].startswith(("pour", "%")) else m[2]
    return f"{value} {unit}"


def _status_of_mark(m: re.Match[str]) -> str:
    """« DMP ✓ MSS ✗ », « volet 1 ✓✓✓✓ »: a tick is « ok », a cross « non », as typed."""
    after = m.string[m.end() : m.end() + 12]
    status = " ok" if m[1] else " non"
    if _NEXT_ITEM.match(after):  # "MSS ✗ le reste ✓": the next item starts after it
        return status + ","
    return status + (" " if after[:1].isalnum() else "")


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, SMS forms spelled out, single spaces."""
    text = text.replace("’", "'").replace("`", "'").replace("‘", "'")
    if not text.isascii():  # ASCII has nothing to decompose, no combining mark
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("œ", "oe").replace("Œ", "Oe")  # "consœur" as typed "consoeur"
        text = _MARK.sub(_status_of_mark, text)
    if "MES" in text:
        text = _MES.sub("Mon espace sante", text)
    text = _SMS_G.sub("j'ai", _SMS.sub(lambda m: SMS_FORMS[m.group(1)], text.lower()))
    if "j" in text:
        text = _GLUED_J.sub("j'", text)
    text = _GLUED_VOLET.sub(r"volet \1", text)  # "volet1 ok"
    if "/" in text:
        text = _GLUED_D.sub("d'", text)
    text = _QUAND_MEME.sub("tout de meme", text)
    text = _ALLER_CHERCHER.sub("obtenir", text)
    text = _PAID_FOR.sub("achete ", text)
    text = _HOW_OFTEN.sub("regulierement", text)
    text = _MAITRISE.sub("maitre de stage", text)
    return _SPACES.sub(" ", text).strip()


# The words the rule readings look for that people mistype most ("teletransmision",
# "messagrie", "declaraton"): the index corrects every word against the FAQ's own words, but
# those lack most inflections, so the readings only get these long ones, one typo away.
_RULE_WORDS = [
    "télétransmission",
    "déclaration",
    "déclarations",
    "messagerie",
    "ordonnance",
    "ordonnances",
    "téléservices",
    "sécurisée",
    "coordination",
    "alimentation",
    "justificatif",
    "justificatifs",
    "stagiaire",
    "remplaçant",
    "remplaçante",
    "collaborateur",
    "collaboratrice",
    "amelipro",
    "dotation",
    "numérique",
    "structure",
    "indicateur",
    "indicateurs",
]
RULE_WORDS = {folded(w): w for w in _RULE_WORDS}
_FOLDED_RULE_WORDS = list(RULE_WORDS)
_TYPED_WORD = re.compile(r"(?<![\w'’-])[A-Za-zÀ-ÿ][a-zà-ÿ]{7,}(?![\w'’-])")


def _respelled(m: re.Match[str]) -> str:
    word = m.group(0)
    plain = folded(word)
    if plain in RULE_WORDS:
        return word
    typos = 2 if len(plain) >= 12 else 1
    found = process.extractOne(
        plain, _FOLDED_RULE_WORDS, scorer=Levenshtein.distance, score_cutoff=typos
    )
    if found is None:
        return word
    right = found[0]
    if right[0] != plain[0] or plain.startswith(right[:-1]) or right.startswith(plain[:-1]):
        return word  # a typo rarely hits the first letter; or an inflection ("justificative")
    spelled = RULE_WORDS[right]
    return spelled.capitalize() if word[0].isupper() else spelled


# "le socle du forfait numérique": the Donum's name in the press (and the draft's title), not
# the « ordonnances numériques » indicator
_FORFAIT_NUMERIQUE = re.compile(
    r"\b(?:(du|le|au|un|ce) (nouveau )?)?forfaits? num[eé]riques?\b", re.IGNORECASE
)
_FEMININE = {"du": "de la", "le": "la", "au": "à la", "un": "une", "ce": "cette"}


def _donum_named(m: re.Match[str]) -> str:
    article, new = m.group(1), "nouvelle " if m.group(2) else ""
    if article is None:
        return f"{new}dotation numérique"
    return f"{_FEMININE[article.lower()]} {new}dotation numérique"


def respelled(text: str) -> str:
    """`text` with the rule words mistyped by one letter (two in a long one) spelled right
    ("ma declaraton 2025" is read as the index reads it), and the Donum called by its name."""
    text = _TYPED_WORD.sub(_respelled, text)
    return _FORFAIT_NUMERIQUE.sub(_donum_named, text) if "rique" in text else text


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """`folded`, with rates and amounts dictated in words as figures ("65 %", "1240 euros"),
    for reading the asker's figures; the index keeps the words (`normalise`)."""
    text = folded(text)
    if "cent" in text or "euro" in text or "€" in text or "%" in text:
        text = _SPELLED_FIGURE.sub(_spelled_figure, text)
    return text


def normalise(text: str) -> str:
    """`fold`, then no elisions and punctuation as spaces ("85 %" → "85 pourcent")."""
    text = SMS_ELISION.sub("", ELISION.sub(" ", folded(text)))
    text = ORDINAL_VOLET.sub(lambda m: f"volet {VOLET_NUMBER[m.group(1)[0]]}", text)
    text = _PERCENT_SIGN.sub(r"\1 pourcent", text)
    text = _NOT_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


class FrenchStems:
    """Snowball's French stemmer, fed folded words. Snowball expects accents: without them
    « sécurisé » (securise → securis) and « sécurisée » (securisee → securise) part ways, so
    a feminine past participle first loses its extra « e » (« sécurisées » → securises)."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("french")

    def words(self, words: list[str]) -> list[str]:
        return self._stemmer.stemWords([_masculine(w) for w in words])

    def word(self, word: str) -> str:
        return self._stemmer.stemWord(_masculine(word))


def _masculine(word: str) -> str:
    if len(word) > 5 and word.endswith("ee"):
        return word[:-1]
    if len(word) > 6 and word.endswith("ees"):
        return word[:-3] + "es"
    return word
