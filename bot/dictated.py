"""A list dictated or typed without punctuation ("socle valide aller vers valide etudiant
valide coordination non combien", "jai le socle la coordination et les interventions aller
vers pas detudiant"): commas put back between its items, so that each status stays with its
item instead of the next one ("sas non maitre de stage oui": the SAS missed, not the stage).

Commas only: the index drops punctuation, so what is matched is unchanged."""

from __future__ import annotations

import re

# A status told after its item: "dmp ok", "sas non", "socle validé"
STATUS = r"(?:ok|oui|non|valid[eé]e?s?|atteinte?s?|nickel|rempli(?:e|s|es)?)"
# Words a status goes on with ("non atteint", "ok pour moi", "validé en 2024")
GOES_ON = (
    r"(?:ok|oui|non|valid[eé]e?s?|atteinte?s?|pas|pour|en|sur|a|à|au|aux|de|du|des|d'|par|"
    r"chacun|aussi|tous|toutes|et|ou|mais)\b"
)
# An item's last word, then the next item's article: "le socle la coordination"
ITEM_END = (
    r"(?:socle|coordination|cpts|msp|sas|dmp|messagerie|mssant[eé]|interventions?|aller vers|"
    r"[eé]tudiante?|stage|horaires|logiciel|fse|s[eé]gur|lap|t[eé]l[eé]transmission|"
    r"annuaire|vitale|ordonnances|num[eé]riques|apcv|t[eé]l[eé]consultation|ehpad|rep\+?|"
    r"[eé]coles?|foyers?|prisons?)"
)
# the status right after an item's word, not a verb ("je n'ai pas validé le socle"), nor a
# « non » that goes with a participle ("patients non suivis")
AFTER_STATUS = re.compile(
    rf"(?i)\b((?:{ITEM_END}|un|1|2|patients)\s+{STATUS})\s+(?!{GOES_ON})"
    r"(?=[^\W\d])(?:(?<!non )|(?![^\W\d]+(?:é|ée|és|ées|ee|ees|is|us)\b))"
)
BEFORE_ARTICLE = re.compile(rf"(?i)\b({ITEM_END})\s+(?=(?:le|la|les|l')\b)")
# A missing item after another: "les interventions aller vers pas detudiant" (not after a
# verb, "ça valide pas l'indicateur", nor an item's own status, "socle pas atteint")
BEFORE_NEGATION = re.compile(
    rf"(?i)\b({ITEM_END}|ok|oui)\s+(?=(?:pas|sans|aucune?|ni)\b"
    rf"(?!\s+(?:{STATUS}|fait|[aà] jour|encore|du tout)\b))"
)
MIN_WORDS = 8  # a short question has no list to cut
SENTENCE = re.compile(r"(?<=[.!?])(?=\s)")  # each sentence keeps its end and the space after


def punctuated(text: str) -> str:
    """`text` with commas between the items of each sentence told without any ("moi socle
    ok + 3 interv en ehpad pas de cpts."); a sentence with a comma or a semicolon, or short,
    is left as it is."""
    return "".join(_punctuated(s) for s in SENTENCE.split(text))


def _punctuated(sentence: str) -> str:
    if "," in sentence or ";" in sentence or len(sentence.split()) < MIN_WORDS:
        return sentence
    sentence = AFTER_STATUS.sub(r"\1, ", sentence)
    sentence = BEFORE_ARTICLE.sub(r"\1, ", sentence)
    return BEFORE_NEGATION.sub(r"\1, ", sentence)


# A line of a list typed or pasted with a bullet: "- CPTS (prise en charge coordonnée)"
BULLET_LINE = re.compile(r"^[ \t]*[-–•*▪·][ \t]+(.+?)[ \t]*$")
# A line pasted from amelipro, a status at its end (« Codage données médicales : non atteint »,
# « AAT 93 % atteint / CM AT-MP 41 % non »): one item of a list, as a bullet is
PASTED_LINE = re.compile(
    r"^[ \t]*([^?\n]{2,200}?\b(?:atteinte?s?|non|oui|ok|valid[ée]e?s?|\d+(?:[.,]\d+)? ?%)"
    r"(?: \([^()?]*\))?)[ \t]*$",
    re.IGNORECASE,
)


def bullets_joined(text: str) -> str:
    """A case told as a bulleted list (« exercice 2023 :\\n- volet 1 : tous atteints\\n- CPTS\\n-
    codage … »): its lines joined by « ; », the last one closed by a full stop. Folded, the
    dashes ran the items into one another (« volet 1 atteint - cpts - codage »), and « CPTS »
    alone on its line was not read. Lines that ask a question are left as they are."""
    lines = text.split("\n")
    listed = {
        i: m[1]
        for i, line in enumerate(lines)
        if (m := BULLET_LINE.match(line) or PASTED_LINE.match(line)) is not None
        and not m[1].endswith("?")
    }
    if len(listed) < 2:
        return text
    return "\n".join(
        listed[i].rstrip(" ;,.") + (" ;" if i + 1 in listed else ".") if i in listed else line
        for i, line in enumerate(lines)
    )


# A list typed under a label, asked of as « cette partie » (« FS 2025 teleservices : AAT 88 %,
# … combien en € pr cette partie ? »): the label, named again where the question points at it
LABELLED = re.compile(r"^\s*([^:.?!\n]{3,40}?)\s*:")
THIS_PART = re.compile(
    r"\b(?:cette|la) partie(?:[- ]l[aà])?\b|\bce (?:bloc|poste)(?:[- ]l[aà])?\b", re.IGNORECASE
)
# A label that only names the scheme and its year (« Donum 2026 : CM AT-MP à 20 %… Je perds
# tout ce bloc ? »): the whole scheme is not what « ce bloc » points at
SCHEME_LABEL = re.compile(
    r"(donum|dotation num[ée]rique|forfait structure|fs|fami)( (exercice )?20\d\d)?", re.IGNORECASE
)


def part_named(text: str) -> str:
    """« cette partie » in the question replaced by the label the list was typed under."""
    asked = text.rstrip().rsplit(".", 1)[-1]
    label = LABELLED.match(text)
    if label is None or "?" not in asked or not THIS_PART.search(asked):
        return text
    if SCHEME_LABEL.fullmatch(label[1].strip()):
        return text
    start = len(text.rstrip()) - len(asked)
    return text[:start] + THIS_PART.sub(label[1].strip(), asked, count=1)
