"""Reading answer values the way people write them: "oui", "ouais", "85,5 %", "2/3", "nsp".

Shared by the profile loader and the conversation engine, so that a value typed in Telegram
and a value written in a profile mean the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

YES = {
    *("oui", "o", "ouais", "ouai", "yes", "y", "true", "vrai", "1", "ok", "oui oui", "si"),
    *("bien sur", "oui bien sur", "tout a fait", "absolument", "evidemment", "oui merci"),
    *("ouaip", "ouep", "yep", "yup", "okay", "oki", "d accord", "exact", "exactement", "certes"),
    *(
        "effectivement",
        "bien entendu",
        "certainement",
        "carrement",
        "affirmatif",
        "oui tout a fait",
    ),
    *("si si", "mais oui", "ben oui", "bah oui", "c est ca", "c est le cas", "c est fait"),
}
NO = {
    *("non", "n", "no", "false", "faux", "0", "nan", "pas du tout", "non non", "nope"),
    *("non merci", "pas encore", "jamais", "aucun", "aucune", "pas vraiment"),
    *("nn", "non pas du tout", "absolument pas", "toujours pas", "negatif", "pas du tout non"),
    *("ben non", "bah non", "que dalle", "nada", "nenni", "certainement pas", "surement pas"),
}
UNKNOWN = {
    "nsp",
    "je ne sais pas",
    "je sais pas",
    "sais pas",
    "ne sais pas",
    "aucune idee",
    "jsp",
    "inconnu",
    "?",
    "je ne sais plus",
    *("je sais plus", "sais plus", "chais pas", "jsais pas", "j sais pas", "idk", "??", "???"),
}


class Unknown:
    """The practitioner does not know: a valid answer, distinct from "not asked yet"."""

    _instance: Unknown | None = None

    def __new__(cls) -> Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN_VALUE = Unknown()


@dataclass(frozen=True)
class Measured:
    """A value computed from the practitioner's figures, with how it was computed."""

    value: float
    note: str


_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def fold(text: str) -> str:
    """Lowercase, strip accents and surrounding punctuation, squeeze spaces."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _SPACES.sub(" ", text)
    return text.strip(" .!,;:")


def parse_bool(value: object) -> bool | Unknown | None:
    """True/False, UNKNOWN_VALUE for "je ne sais pas", None when it is not a yes/no."""
    if isinstance(value, bool):
        return value
    if value is None:
        return UNKNOWN_VALUE
    if isinstance(value, str):
        t = fold(value).replace("'", " ").replace("\u2019", " ")
        t = re.sub(r"^(euh+|bah|ben|alors|hmm+)\s+", "", t)
        if t in YES:
            return True
        if t in NO:
            return False
        if t in UNKNOWN:
            return UNKNOWN_VALUE
    return None


_NUMBER = re.compile(r"(-?\d+(?:[.,]\d+)?)")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")


def parse_number(value: object, *, percent: bool = False) -> float | Unknown | None:
    """A number from 85, "85,5 %", "euh 85", "2/3" (as a percentage when `percent`).

    Returns None when no single number can be read (e.g. "entre 60 et 70").
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        return None
    t = fold(value).replace("\u202f", " ")
    if t in UNKNOWN:
        return UNKNOWN_VALUE
    n = _parse_digits(t, percent)
    if n is None and (spelled := words_to_digits(t)) != t:
        n = _parse_digits(spelled, percent)  # "deux", "deux tiers", "quatre-vingt-quinze"
    return n


def _parse_digits(t: str, percent: bool) -> float | None:
    frac = _FRACTION.fullmatch(t.replace("%", "").strip())
    if frac and percent:
        num, den = int(frac.group(1)), int(frac.group(2))
        return 100 * num / den if den else None
    t = re.sub(r"(?<=\d) (?=\d{3}\b)", "", t)  # "1 240" -> "1240"
    numbers = _NUMBER.findall(t)
    if len(numbers) != 1:
        return None
    rest = _NUMBER.sub("", t)
    rest = re.sub(r"\b(euh+|environ|a peu pres|pres de|presque|pile|pourcents?|pct)\b", "", rest)
    if re.sub(r"[\s%~≈.,!]", "", rest):
        return None  # words we do not understand around the number
    return float(numbers[0].replace(",", "."))


NUMBER_WORDS = {
    **{"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6},
    **{"sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13},
    **{"quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30},
    **{"quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "octante": 80},
    **{"huitante": 80, "nonante": 90},
}
_DENOMINATORS = {
    **{"tiers": 3, "quart": 4, "quarts": 4, "cinquieme": 5, "cinquiemes": 5, "dixieme": 10},
    **{"dixiemes": 10, "demi": 2},
}
# "une vingtaine": about 20. Written back as "environ 20" so that one rule reads both.
_ABOUT = {
    **{"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30},
    **{"quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100},
}
_ABOUT_WORDS = {**_ABOUT, **{w + "s": n for w, n in _ABOUT.items()}}
# Every word words_to_digits rewrites: a text with none of them is left as it is.
_SPELLED = {*NUMBER_WORDS, *_DENOMINATORS, *_ABOUT_WORDS}
_SPELLED |= {"cent", "cents", "mille", "moitie", "moities"}
# "un"/"une" is an article far more often than a number: a number only in this company.
_ONE_BEFORE = {"seul", "seule", "ou", "a", "fois", "et", "en", "au", "chez", "dans"}
_ONE_AFTER = {"en", "que", "moins", "seulement", "juste", "pile", "fait", "plus", "max", "de"}


_LETTERS = re.compile("[a-z]")
_JOINED_WORDS = re.compile(r"(?<=[a-z])[-'\u2019](?=[a-z])")
_PERCENT_WORDS = re.compile(r"\bpour ?cents?\b|\bpourcents?\b|\bpct\b|\bpour 100\b")
_DIGITS_FRACTION = re.compile(r"\b(\d+) (tiers|quarts?|cinquiemes?|dixiemes?)\b")


def words_to_digits(text: str) -> str:
    """Folded text with French number words written in digits, for the number readers.

    "quatre-vingt-quinze" -> "95", "deux tiers" / "les 2 tiers" -> "2/3", "la moitié" -> "1/2",
    "une vingtaine" -> "environ 20", "pour cent" -> "%". Other words are kept as they are.
    """
    if not _LETTERS.search(text):
        return text
    text = _JOINED_WORDS.sub(" ", text)
    text = _PERCENT_WORDS.sub("%", text)
    words = text.split(" ")
    if _SPELLED.isdisjoint(words):
        return text
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _ABOUT_WORDS:
            if out and out[-1] in ("une", "un", "des", "la"):
                out.pop()
            out.append(f"environ {_ABOUT_WORDS[w]}")
            i += 1
            continue
        if w in ("moitie", "moities"):
            if out and out[-1] in ("la", "une", "les"):
                out.pop()
            out.append("1/2")
            i += 1
            continue
        value, j = _read_run(words, i, out[-1] if out else None)
        if value is None:
            out.append(w)
            i += 1
            continue
        if j < len(words) and words[j] in _DENOMINATORS:
            out.append(f"{value}/{_DENOMINATORS[words[j]]}")
            j += 1
        else:
            out.append(str(value))
        i = j
    return _DIGITS_FRACTION.sub(_digits_fraction, " ".join(out))


def _digits_fraction(m: re.Match[str]) -> str:
    """ "2 tiers", "3 quarts": digits before a fraction word."""
    return f"{m.group(1)}/{_DENOMINATORS[m.group(2)]}"


def _read_run(words: list[str], i: int, before: str | None) -> tuple[int | None, int]:
    """The number spelled from words[i] on, and the index after it; (None, i) if none.

    Each added part must be smaller than the one before ("vingt deux", "soixante dix sept"),
    so "deux trois" reads as two numbers, not five.
    """
    total, current, last, j = 0, 0, None, i
    prev: str | None = None
    while j < len(words):
        w = words[j]
        if (
            w == "et"
            and prev in NUMBER_WORDS
            and j + 1 < len(words)
            and words[j + 1]
            in (
                "un",
                "une",
                "onze",
            )
        ):
            j += 1
            continue
        if w in ("cent", "cents") and current < 100 and prev != "cent":
            current, last = (current or 1) * 100, 100
        elif w == "mille" and total == 0:
            total, current, last = (current or 1) * 1000, 0, 1000
        elif w in ("vingt", "vingts") and prev == "quatre":
            current, last = current + 76, 80
        elif w in NUMBER_WORDS and (last is None or NUMBER_WORDS[w] < last):
            current, last = current + NUMBER_WORDS[w], NUMBER_WORDS[w]
        else:
            break
        prev = w
        j += 1
    if j == i:
        return None, i
    if j == i + 1 and words[i] in ("un", "une"):
        after = words[j] if j < len(words) else None
        fraction = after in _DENOMINATORS
        if before == "pas" or not (
            fraction or after is None or after in _ONE_BEFORE or before in _ONE_AFTER
        ):
            return None, i  # "pas une seule" is none
    return total + current, j
