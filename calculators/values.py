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
}
NO = {
    *("non", "n", "no", "false", "faux", "0", "nan", "pas du tout", "non non", "nope"),
    *("non merci", "pas encore", "jamais", "aucun", "aucune", "pas vraiment"),
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


def fold(text: str) -> str:
    """Lowercase, strip accents and surrounding punctuation, squeeze spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\s\u00a0\u202f]+", " ", text)
    return text.strip(" .!,;:")


def parse_bool(value: object) -> bool | Unknown | None:
    """True/False, UNKNOWN_VALUE for "je ne sais pas", None when it is not a yes/no."""
    if isinstance(value, bool):
        return value
    if value is None:
        return UNKNOWN_VALUE
    if isinstance(value, str):
        t = fold(value)
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
