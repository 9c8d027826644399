"""Who is asking, for which year, about which value: read from the words of a question.

The FAQ and the calculator answer for one profession and one exercice; a question often says
which ("je suis kiné", "en 2022", "l'an dernier", "pile à 2/3"). Relative years are resolved
against a `today` passed in, never the clock. Works on text folded by `bot.faq_text.fold`
(lowercase, no accents, apostrophes kept).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from bot.faq_text import SENTENCE_END, fold

# How questions name professions, with the plural an answer names them by. Which of them the
# knowledge covers is not written here: it is the registry's (knowledge/professions.yaml), read
# by `ScopeReader`, whose aliases add to these patterns.
PROFESSION_WORDS: dict[str, tuple[str, str]] = {
    "medecin": (
        "les médecins",
        r"medecins?|generalistes?|mg|specialistes?|medecine generale|toubibs?|psychiatres?|"
        r"pediatres?|cardiologues?|dermatologues?|gynecologues?|ophtalmologues?|radiologues?|"
        r"rhumatologues?|anesthesistes?|secteur [123]",
    ),
    "chirurgien-dentiste": (
        "les chirurgiens-dentistes",
        r"dentistes?|chirurgiens?[- ]dentistes?|chir[- ]dents?|orthodontistes?|"
        r"cabinet dentaire|dentaire",
    ),
    "masseur-kinesitherapeute": (
        "les masseurs-kinésithérapeutes",
        r"kines?|kinesitherapeutes?|kinesi|masseurs?[- ]kine\w*|mk",
    ),
    "infirmier": ("les infirmiers", r"infirmier(e|es|s)?|idels?|ide|ipa"),
    "sage-femme": ("les sages-femmes", r"sages?[- ]femmes?|maieuticien\w*"),
    "orthophoniste": ("les orthophonistes", r"orthophonistes?"),
    "orthoptiste": ("les orthoptistes", r"orthoptistes?"),
    "pharmacien": ("les pharmaciens", r"pharmacien(ne)?s?|officines?"),
    "pedicure-podologue": ("les pédicures-podologues", r"(pedicures?[- ]?)?podologues?"),
    "biologiste": ("les biologistes et laboratoires", r"biologistes?|laboratoires? d analyses?"),
    "transporteur-sanitaire": (
        "les transporteurs sanitaires",
        r"ambulanciers?|transporteurs? sanitaires?",
    ),
    "psychologue": ("les psychologues", r"psychologues?"),
    "osteopathe": ("les ostéopathes", r"osteopathes?"),
    "audioprothesiste": ("les audioprothésistes", r"audioprothesistes?"),
    "opticien": ("les opticiens", r"opticiens?"),
    "dieteticien": ("les diététiciens", r"dieteticien(ne)?s?"),
    "ergotherapeute": ("les ergothérapeutes", r"ergotherapeutes?"),
}
# How a reply names each scheme in a sentence.
SCHEME_LABELS = {
    "forfait_structure": "le forfait structure",
    "dotation_numerique": "la dotation numérique (Donum)",
    "fami": "le FAMI",
}
# The schemes a question names, and the profession each belongs to ("FAMI": dentists here).
SCHEMES = {
    # (« forfait structre », « forfait strucure »: the usual slips)
    "forfait_structure": re.compile(
        r"\b(fs|forfait (?:structures?|structre|strucure|stucture|strcture)|volets? [123]|"
        r"volet (un|deux))\b"
    ),
    "dotation_numerique": re.compile(r"\b(donum|dotations?( numeriques?)?)\b"),
    "fami": re.compile(r"\b(fami|forfait (?:d'aide a la )?modernisation)\b"),
}
SCHEME_PROFESSION = {
    "forfait_structure": "medecin",
    "dotation_numerique": "medecin",
    "fami": "chirurgien-dentiste",
}
# The first exercice of a scheme that replaced another (the Donum, from 2026).
SCHEME_START = {"dotation_numerique": 2026}
FAMI_START = 2023  # the dentists' FAMI's first exercice
# (not set aside: "le DMP, pas le VSM hein")
VSM = re.compile(
    r"(?<!pas le )(?<!pas la )(?<!pas du )(?<!pas de )"
    r"\b(vsm|volets? de synthese|syntheses? medicales?|forfait synthese)\b"
)
# Indicators only the médecins' schemes have: « cm at-mp 2025 il faut quel % » is a médecin's.
MEDECIN_ONLY = re.compile(
    rf"{VSM.pattern}|\b(cm ?at-?mp|aat|dmt|pse|spe|dsg|lap|volets? ?(1|2|un|deux)|apcv|"
    r"appli(cation)? carte vitale|ordonnances? numeriques?)\b"
)
# Indicators only the dentists' FAMI has: « aller vers + stagiaire cumulable ? » asked with no
# profession known is a dentist's (a session's profession stays: it is surer than a word).
# The FAMI's socle and maximum in euros name it as « fami » does (« 4 indic sur 5, jai qd meme
# les 490 ? »).
DENTISTE_ONLY = re.compile(
    r"\b(aller[- ]vers|(6e|6eme|sixieme) annee|(les|mes|ses|aux) (490|1 ?240))\b"
    r"|\b(490|1 ?240) ?(e|€|euros?)(?!\w)"
    # the FAMI's words: « l'accueil d'étudiant », « les 100 € de coordination », « dentaire »
    r"|\baccueil d'?(un |une )?etudiant|\b100 ?(e|€|euros?) de (la )?coordination\b|\bdentaire\b"
)
FIRST_PERSON = re.compile(r"\b(je|j'|moi|mon|ma|mes)\b|\bj'")
# A profession named as a partner, not as the asker ("avec une infirmière", "mon kiné"), and
# the next ones of the same list ("avec un médecin et une infirmière").
PARTNER = re.compile(
    r"\b(avec|entre|aupres|emploie|embauche|salarie|recrute|remplace|mon|ma|mes|notre|nos|"
    # "on paie à plusieurs une IDE de coordination": staff paid, not who asks
    r"paie|paye|payons|finance|financons|partage|partageons|"
    r"j'?\s?ai|il a|elle a|on a|nous avons|ils ont|"  # "elle a une infirmière": staff
    r"j'?\s?avais|il avait|elle avait|on avait|nous avions|ils avaient)"
    r"( a plusieurs| a deux| ensemble| en commun)?"
    r"( (un|une|des|le|les|l'?|mon|ma|mes|nos|d'?|de|la))*\s*$"
    # "un copain généraliste dit…", "ma collègue dentiste a…": someone the asker knows
    r"|\b(copain|copine|collegue|confrere|consoeur|amie?|potes?|femme|mari|epou(?:x|se)|"
    r"conjointe?|associee?|asso|voisine?|soeur|frere)s?"  # « mon asso médecin »
    r"( (qui|qu'?il|qu'?elle) (est|sont|etait))?\s*$"
    # "à la demande du médecin coordonnateur": someone the asker worked for
    r"|\b(a la demande|de la part|sur (l'|les )?(avis|conseils?)|sur prescription) "
    r"(du|de la|d'un|d'une|des|de l')\s*$"
    # "le guide médecins que j'ai trouvé": a document for them, not who asks
    r"|\b(guide|fiche|diapo|depliant|brochure)s? (des |pour les |aux )?\s*$"
)
# The asker counted among the partners named: "on est 2 associés", "nous sommes trois associées"
AMONG_THEM = re.compile(
    r"\b(on est|nous sommes|sommes) (\d|deux|trois|quatre|cinq) "
    r"(associee?s?|confreres|collegues)\s*$"
)
# ... or as the one a scheme belongs to ("le forfait structure des médecins").
OWNER = re.compile(
    r"\b(forfait( structure)?|fami|fs|donum|dotation numerique|convention)( \w+)? "
    r"(des|du|pour les|reserve aux)\s*$"
)
# ... or as the one compared with ("il faut 70 % comme les dentistes ?", "les mêmes critères
# que les dentistes ?"); "comme dentiste"
# (without an article) is the asker's own.
COMPARED = re.compile(
    r"\b(comme|contrairement|a la difference|par rapport|pareil que|idem que|"
    r"memes? (criteres|regles|conditions|seuils|montants|indicateurs)( \w+)? que)"
    r"( (a|aux|des|de|pour|chez))?( les| des| aux)\s*$"
)
# A profession supposed: "si j'étais médecin", "si j'etais un dentiste"
IF_I_WERE = re.compile(r"\bsi j'?etais (?:une? )?")
# The asker saying what they are first: at the message's start, or "je suis (un) …" there.
SELF_INTRODUCED = re.compile(r"^\W*((bonjour|bjr|salut)\W+)?((moi|je suis|suis)( une?)? )?$")
# "Les médecins sont passés à la Donum. Nous les dentistes aussi ?": the asker's own class
WE_THE = re.compile(r"\bnous,? (autres )?les $")
# ... unless the message sets professions side by side ("kiné vs dentiste, c'est pareil ?"):
# then every one named stays (a « même » of « quand même » too, as before this reading)
SET_SIDE_BY_SIDE = re.compile(r"\b(vs|versus|pareil|meme|memes|comme|difference|compar\w*)\b")
# The draft of the next convention's digital forfait, asked as such: "d'après le projet de
# texte", "le brouillon", "les cibles marquées XX".
DRAFT = re.compile(
    r"\b(projet de (texte|convention)|brouillon|version (provisoire|projet|de travail)|"
    r"cibles? (sont )?(en |marquees? )?xx|xx ?%?)\b"
)
# "… dans un projet de texte, c'est toujours ça ?": the rules in force are asked
NOW_ASKED = re.compile(
    r"(?<!pas la version )(?<!pas le texte )(?<!pas la )(?<!pas le )"  # « pas la version finale »
    r"\b(toujours|encore|maintenant|desormais|en vigueur|definiti\w*|final\w*|"
    r"(bonne|vraie) version|texte retenu|version retenue)\b"  # "c'est quoi la bonne version ?"
)
SAME_LIST = re.compile(r"^\s*(,|et|ou)( (un|une|des|les|l'?|d'?|de|la))*\s*$")

YEAR = re.compile(r"\b(20[1-3]\d)\b")
MONTHS = [
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre",
]  # fmt: skip
# The asker's today ("on est fin mars 2025", "nous sommes le 1er décembre 2026"): when the
# question is asked, not the exercice it asks of when it names another year.
TODAY_TOLD = re.compile(
    r"\b(?:on est|nous sommes|nous voila)(?: (?:le|en|au|a|fin|debut|mi|deja|bientot))*[ -]"
    rf"(?:\d{{1,2}}(?:er)? )?(?:{'|'.join(MONTHS)}) (20[1-3]\d)\b"
)
# A year that follows the scheme or the exercice it dates ("le fami 2023", "exercice 2024"):
# the question's exercice, before a year said in passing ("en 2024, … le fami 2023 ?").
ATTACHED_YEAR = re.compile(
    r"\b(?:exercice|fami|fs|forfait(?: structure)?|donum|dotation numerique|campagne|"
    r"declaration|volet [123])\s+(?:de |du |d')?(20[1-3]\d)\b"
)
CAUGHT_UP = re.compile(
    r"(?:\b(?:je|j'|il|elle|on) ?l'(?:ai|a|avons|ont) (?:fait|mis|saisi|affiche|ajoute|rentre)e?s? "
    r"(?:seulement |que )?"
    # "j'ai saisi mes horaires dans l'annuaire santé seulement le 20 janvier 2025"
    r"|\b(?:saisi|mis|affiche|ajoute|rentre)e?s? [^.;,()]{0,50}?seulement )"
    rf"(?:en|le \d{{1,2}}(?:er)?|debut|fin|mi)[ -](?:{'|'.join(MONTHS)}) (20[1-3]\d)\b"
)
AFTER_MONTH_YEAR = re.compile(r"\b(?:fevrier|mars|avril) (20[1-3]\d)\b")
DEADLINE_WORDS = re.compile(r"\b(dates?|limites?|jusqu|delais?)\b")
# A run of years: "de 2022 a 2025", "2023-2025", "2024 au 2026"
YEAR_RANGE = re.compile(r"\b(20[1-3]\d) ?(?:a|-|–|au|jusqu'?en|jusqu'?a) ?(20[1-3]\d)\b")
DATE_YEAR = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](20[1-3]\d)\b")
MONTH_YEAR = re.compile(rf"\b(?:{'|'.join(MONTHS)}) (20[1-3]\d)\b")
SHORT_YEAR = re.compile(
    r"\b(?:exercice|fami|fs|forfait structure|donum|campagne|annee|en|de)\s+(1[7-9]|2\d)\b"
    r"(?!\s*(?:%|pourcent|pour cent|points?|euros?|€|ans|mois|jours|h\b|/))"
)
RELATIVE_YEARS = [
    (re.compile(r"\bil y a (deux|2) ans\b"), -2),
    (
        re.compile(
            r"\b(l['\s]?an (dernier|passe)|l['\s]?ann?ee (derniere|passee|precedente)|"
            r"(exercice|campagne) (precedent|precedente|dernier|passe)|n-1)\b"
        ),
        -1,
    ),
    (
        re.compile(
            # not "cette année-là": the year the story told
            r"\b(cet(t?e)? ann?ee(?![- ]la\b)|l['\s]?ann?ee en cours|(exercice|campagne) en cours|"
            r"cet exercice(?![- ]la\b))\b"
        ),
        0,
    ),
    (re.compile(r"\b(l['\s]?an prochain|l['\s]?ann?ee prochaine|l['\s]?an qui vient|n\+1)\b"), 1),
]


# Equipment dated by « cette année »: when it was bought, not a second exercice
BOUGHT_THIS_YEAR = re.compile(
    r"\b(achete|installe|acquis|commande|mis a jour|mise a jour)e?s? cette annee\b"
)
# An item denied « cette année » in a story dated by its exercice (« FAMI 2024 : … Pas
# d'étudiant cette année. »): that exercice, not today's year
DENIED_THIS_YEAR = re.compile(r"\b((?:pas|plus|aucune?|sans|jamais)\b[^.;,?!]{0,30}) cette annee\b")
# Any of them: most questions name none, one pass tells.
ANY_RELATIVE_YEAR = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in RELATIVE_YEARS))


# A year counted from one's start, no exercice and no student's "6e année".
# A software's version dated: "(version de 2022)", "une mise à jour de 2023"
VERSION_YEAR = re.compile(r"\b(?:version|mise a jour|maj|datant) (?:de |du |d'|en )?(20[1-3]\d)\b")
ORDINAL_YEAR = re.compile(r"\b(premiere|deuxieme|seconde|derniere) annee\b")


def relative_years(folded: str, today: dt.date) -> list[int]:
    """The years "l'an dernier", "cette année", "l'an prochain"… say, from today."""
    return [today.year + shift for rx, shift in RELATIVE_YEARS if rx.search(folded)]


def without_relative_years(folded: str) -> str:
    """The question without "cette année", "l'an dernier", "la première année"…: read as
    its exercice, or as no year at all."""
    if "annee" in folded:
        folded = ORDINAL_YEAR.sub(" ", folded)
    if not ANY_RELATIVE_YEAR.search(folded):
        return folded
    for rx, _ in RELATIVE_YEARS:
        folded = rx.sub(" ", folded)
    return folded


PERCENT = re.compile(
    r"(?<![\w,.])(\d{1,3}(?:[,.]\d+)?)\s*(?:%|pourcents?|pour cent)(?! ?sante)"  # « 100 % santé »
)
# A rate's short name with a bare figure after it, in a list of them: "DMT 98 FSE 97 PSE 35
# AAT 30" (not "FSE 2024", "DMP 3 documents", "FSE 97 %")
BARE_RATE = re.compile(
    r"(?i)\b(DMT|FSE|PSE|AAT|DMP|DSG|SPE|MSS|CM ?AT[- /]?MP|ordos?)\s*[:=]?\s*"
    r"(\d{1,3}(?:[,.]\d+)?)(?!\d|[,./]\d|\s*(?:%|pour ?cents?|points?|pts|€|euros?|actes?|"
    r"feuilles?|patients?|documents?|docs?|jours?|mois|ans?|fois|h\b|heures?|interventions?|"
    r"messages?|ordonnances?|sur\b))"
)


def bare_rates(text: str) -> str:
    """ "DMT 98 FSE 97 PSE 35 AAT 30": each bare figure of two or more read as its rate's
    percentage, as the questionnaire reads them typed ahead; the text unchanged otherwise."""
    found = list(BARE_RATE.finditer(text))
    if len(found) < 2 or any(float(m[2].replace(",", ".")) > 100 for m in found):
        return text
    return BARE_RATE.sub(lambda m: f"{m[0]} %", text)


# A patient's reimbursement, no indicator's rate: "remboursée à 70 % ou à 100 % ?"
REIMBURSED = re.compile(r"\brembours\w* (?:a|de) (?:hauteur de )?\d+ ?%(?: ou (?:a )?\d+ ?%)?")
# A rate given as a bound ("mon taux est sous les 70 %", "au-dessus des deux tiers"), read
# just below or above it.
BOUND = re.compile(  # ("< 30 %" typed; not "> 30 %", how the targets are written)
    r"(?:(\bsous|\ben[ -]dessous|\b(?<!au )(?<!pas )moins|\binferieur\w*|<)|"
    r"(\bau[ -]dessus|\bplus|\bsuperieur\w*|\bau[ -]dela))( (?:de|des|du|a|aux))?"
    r"( (?:les|la|l'))? ?$"
)
# A profession's own year: "un dentiste en 2024", "celui d'un généraliste pour 2023"
OWN_YEAR = re.compile(r"\b(?:en|pour|de|du|d'|exercice) ?(20[1-3]\d)\b")
OWN_YEAR_REACH = 40
STEP = 0.05  # beyond the rounding of a fraction (2/3 = 66,67 %)
FRACTION = re.compile(r"(?<![\w/])([1-9])\s*/\s*([2-9])(?![\w/])")
FRACTION_WORDS = {
    "deux tiers": (2, 3),
    "un tiers": (1, 3),
    "la moitie": (1, 2),
    "trois quarts": (3, 4),
}
_FRACTION_WORDS = [(re.compile(rf"\b{words}\b"), frac) for words, frac in FRACTION_WORDS.items()]
NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
# "1300 FSE pour 2000 factures", "1 400 FSE sur 2 000 actes": a rate given as two counts.
_BIG = r"(\d{1,3}(?:[ .]\d{3})+|\d+)"
RATIO = re.compile(
    rf"\b{_BIG} (?:fse|feuilles? de soins? electroniques?|teletransmi\w*)\b"
    rf"(?: \w+){{0,2}} (?:sur|pour|/) {_BIG}\b(?! ?%)"
)
# "7 factures sur 10 en FSE", "9 sur 10 télétransmises": the share before what it is of. Told
# with what is counted ("factures", "actes"), the asker's own count.
RATIO_OF = re.compile(
    rf"\b{_BIG}( (?:factures?|actes?|feuilles?(?: de soins?)?|soins))? sur {_BIG}"
    r"(?: \w+)? (?:en |par |de |d')?(?:fse|teletransmi\w*|feuilles? de soins? electroniques?)\b"
)
# "650 actes en papier sur 2000": the FSE are the rest.
PAPER_OF = re.compile(
    rf"\b{_BIG} (?:actes? |feuilles?(?: de soins?)? |factures? )?(?:en |sur |au )?papier\w*"
    rf"(?: \w+){{0,2}} sur {_BIG}\b(?! ?%)"
)
# "2 ordonnances sur 5", "3 arrêts sur 4": a share of other things than FSE, told as counts
SHARE_OF = re.compile(
    rf"\b{_BIG} (ordonnances?|ordos?|consultations?|arrets?|avis|declarations?|protocoles?|"
    rf"certificats?|documents?|messages?)(?: \w+){{0,2}} sur {_BIG}\b(?! ?%)"
)
# "380 sur 1 000 ordos": the same, what is counted said after the whole
SHARE_OF_AFTER = re.compile(
    rf"\b{_BIG} sur {_BIG} (ordonnances?|ordos?|consultations?|arrets?|avis|declarations?|"
    r"protocoles?|certificats?|documents?|messages?)\b"
)
# The whole a percentage is of, told after it: "38 % d'ordos, il m'en fallait combien de plus
# sur 1000 ordos ?"
WHOLE_AFTER = re.compile(
    rf"[^.?!\d]{{0,60}}\bsur {_BIG} (?:ordonnances?|ordos?|consultations?|actes?|fse|"
    r"feuilles?|factures?)\b"
)
# Two counts of one thing, the share told by neither: "180 arrêts au total dont 165 en ligne",
# "sur 50 bons de transport, j'en ai fait 20 en ligne", "30 messages pour 500 consultations",
# "3 200 consultations et 1 100 avec un compte rendu", "3 200 consultations, 900 avec un
# document" (words between them are no figures).
_WORDS = r"(?: (?:[^\W\d][\w']*|(?:19|20)\d\d))"
# What follows the second count when it is no share of the first: patients set apart.
PART_NOT_SHARE = re.compile(r"\b(ald|ame|aide medicale|ehpad|nourrissons?|cmu|css|patients?)\b")
PAPER = re.compile(r" (?:\w+ )?(?:en |sur )?papier")
YEAR_WRITTEN = re.compile(r"(19|20)\d\d")  # "2024 dont …" is a year, "2 024" a count
PART_OF_ALL = [
    (re.compile(rf"\b{_BIG}{_WORDS}{{0,3}},? dont {_BIG}\b(?! ?%)"), False),
    (re.compile(rf"\bsur {_BIG}{_WORDS}{{0,4}},? j'en ai{_WORDS}{{0,2}} {_BIG}\b(?! ?%)"), False),
    (re.compile(rf"\b{_BIG}{_WORDS}{{1,5}} pour{_WORDS}{{0,3}} {_BIG} consultations?\b"), True),
    (
        re.compile(rf"\b{_BIG} consultations?{_WORDS}{{0,3}},?(?: et)? {_BIG} (?:avec|ont|dont)\b"),
        False,
    ),
]
# "2 000 actes au total, 1 380 en FSE", "3 120 actes dont 2 230 en FSE": the rate of the two
# counts; the acts the FAMI's guide excludes from it, when counted ("100 actes faits en papier
# pour des patients AME", "250 … résidents d'EHPAD"), come off the total.
ACTS = re.compile(rf"\b{_BIG} actes\b(?! (?:en |de |par )?(?:fse|papier|faits|factur|teletr))")
FSE_COUNT = re.compile(
    rf"\b{_BIG} (?:actes? )?(?:en |de )?(?:fse|feuilles? de soins? electroniques?|teletransmis\w*)"
)
EXCLUDED = re.compile(
    rf"\b{_BIG}(?: actes?| sont| patients?)?[^.,;?\d]{{0,60}}?\b(?:ame|aide medicale|ehpad|"
    r"nourrissons?|nir provisoires?|s3404|telesoins?|"
    r"(?:bebes?|nouveau-nes|enfants) (?=de moins de (?:3|trois) mois))"
)
DENTAL = re.compile(r"\b(dent\w*|chir\w*|fami|cd)\b")
COUNT = re.compile(
    r"\b(\d{1,3}|deux|trois|quatre|cinq|six|une seule|un seul) "
    r"(interventions?|interv|rcp|reunions?|actions?|etudiants?|stagiaires?|depistages?|"
    r"teleconsultations?|teleservices?|seances?|sorties?|"
    r"(?:visites?|passages?|deplacements?)"
    r"(?= (?:en|dans|a|au|aux) (?:\w+ )?(?:ehpad|esms|ecoles?|foyers?|prisons?)))\b"
    # "2 téléservices sur 4 en dessous": a share of a list told, not a count of acts
    r"(?! sur (?:\d|deux|trois|quatre|cinq|six)\b)"
)
# Counted as interventions: "2 séances de dépistage", "3 visites en EHPAD", "5 passages …".
AS_INTERVENTIONS = ("seance", "sortie", "visite", "interv", "depistage", "passage", "deplacement")
# The « aller vers »'s places as one word, for the two patterns below that name them
OWN_PLACES = r"ehpad|esms|ecoles?|colleges?|lycees?|rep\b|foyers?|prisons?"
# Where the interventions counted were made: "3 séances de prévention dans un club de foot"
PLACE_AFTER = re.compile(
    r"[^,;.?]{0,30}?\b(?:dans|au|aux|chez) "
    r"(?:(?:un|une|le|la|les|des|mon|ma|son|sa|l|deux|trois|quatre|plusieurs|\d+) |l')*"
    r"([a-z][\w'-]{2,})"
)
# The « aller vers »'s places and their usual names, and the words after « dans », « au » that
# name no place (« dans l'année », « dans le cadre », « au total »); any other place is the
# CPAM's to judge
OWN_PLACE = re.compile(
    rf"({OWN_PLACES}|penitentiaire|etablissement|centre|"
    r"maison|uspc|psy|ime\b|creche|quartier|milieu|structure|residence|institut|unite|classe|"
    r"zone|cadre|annee|tout|total|2\d\d\d)"
)
# After a count at a place, more counts at other places: "…, 1 en foyer et 2 dans une école".
MORE_PLACES = re.compile(
    r"[^,;.?]*?(?:,|\bet\b|\+)\s*(?:puis\s+)?(\d{1,2}|une?|deux|trois|quatre|cinq|six) "
    r"(?:en|dans|a|au|aux|chez)\b(?! ?(?:19|20)\d\d\b)[^,;.?]*?(?=,|\bet\b|\+|[;.?]|$)"
)
# "intervenu 2 fois dans une école REP+", "3 fois en EHPAD": a count of interventions.
TIMES = re.compile(
    r"\b(?:interv\w* |(?:suis |est )?alle\w* |vais |va |allons )(?:\w+ )?"
    r"(\d{1,3}|deux|trois|quatre|cinq|six) fois\b"
    r"|\b(\d{1,3}|deux|trois|quatre|cinq|six) fois (?:en|dans|a|au|aux) (?:\w+ )?"
    r"(?:ehpad|esms|ecoles?|colleges?|rep\b|foyers?|prisons?|etablissements?|milieu|centres?)"
    # "intervenue dans 2 écoles REP": one intervention in each place
    r"|\b(?:interv\w*|(?:suis |est )?alle\w*|passe\w*) (?:dans|en|a|au|aux) "
    r"(\d{1,2}|deux|trois|quatre|cinq|six) "
    r"(?:ehpad|esms|ecoles?|colleges?|lycees?|foyers?|prisons?|etablissements?|centres?)\b"
)
# After « N fois »: a frequency ("1 fois par mois"), not a count.
PER_PERIOD = re.compile(r"\s*(par|chaque|tous les|toutes les) (mois|semaine|trimestre|jour)\b")
# "12 fois dans l'année", "3 fois par an": a count of interventions over the year.
TIMES_A_YEAR = re.compile(
    r"\b(\d{1,3}) fois (?:dans|sur|en|pour) (?:l'annee|l'an)\b|\b(\d{1,3}) fois par an\b"
)
# The places of the « aller vers », said before « N fois par an »: « en prison 4 fois par an »
PLACE_BEFORE = re.compile(
    rf"\b(?:en|dans|a|au|aux) (?:\w+ )?(?:{OWN_PLACES}|"
    r"etablissements? penitentiaires?|maisons? d'arret|centres? d'hebergement)"
)
_HOLDER = (
    r"(j'?\s?ai|il a|elle a|on a|(un|une|le|la|ce|cette|mon|ma|son|sa|notre) (medecin|dentiste|"
    r"docteur|dr|praticien\w*|confrere|consoeur|generaliste|chir\w*|kine\w*|collegue|cabinet|"
    r"titulaire|remplacant\w*) a|(je suis|il est|elle est|on est) a|(je|il|elle|on) fai[st]|"
    r"(j'?\s?ai|il a|elle a|on a) fait)"
)
# How a rate is told before its figure: "est à", "a fini à", "plafonne à"
_RATE_SAID = (
    r"( (?:en |pour )?20\d\d)? (est |n'est qu'|n'est que |n'est pas |etait |a fini |finit |"
    r"a termine |termine |tourne |reste |plafonne |stagne |"
    # "est tombé à 60 %", "a chuté à 55 %": where it ended up
    r"est (?:re)?(?:tombee?|descendue?|montee?|passee?) |a (?:baisse|chute|grimpe|plonge) )?"
    r"(de|a) \d"
)
# A rate told as the asker's own, by its possessive: "mon taux FSE est à 50 %"
OWN_RATE_TOLD = re.compile(rf"\b(mon|ma) (taux|tx|moyenne)( de)? (?!de\b)[a-z][\w-]*{_RATE_SAID}")
VALUE_WORDS = re.compile(
    r"\b(pile|exactement|juste|avec (une|ma) moyenne de|ma moyenne est de|"
    rf"(mon|un) taux(( de)? [\w-]+( at-?mp)?)?{_RATE_SAID}|"  # "mon taux de CM AT-MP est à"
    r"(n'a|n'ai|n'avait|n'avais) qu'?e? ?(a )?\d|"
    # "mon tx fse 70% en 2023": the rate typed after its name, no verb
    r"(mon|ma) (taux|tx)( (?!de\b)[\w-]+)? \d+(,\d+)? ?%|"
    # "j'ai 70 % de FSE", "un médecin a 60 %", "je suis à 2/3": a figure someone has
    rf"{_HOLDER} (un taux de |une moyenne de )?(pile |exactement |juste )?\d|"
    # "70 % de FSE, ça passe ?": a figure put to the test is someone's, not a target quoted
    r"(\d+(,\d+)? ?%|\b[1-9] ?/ ?[2-9]\b|\bdeux tiers\b)[^?.]{0,40}"
    r"\b(ca passe|c'?est bon|c bon|ca suffit|ca le fait|ca valide|je valide|je passe|c'?est ok)\b)"
)
# A rate named by its target, no verb: "ils plombent mon taux de 70 % ?" (the FAMI's 70 %),
# unlike "mon taux est de 70 %"
TARGET_NAMED = re.compile(r"\b(mon|le|ce|du|au) taux de \d+(,\d+)? ?%")
# An open question ("quand", "combien", "où"…) is not answered by "Oui"/"Non".
OPEN_WORDS = re.compile(
    r"\b(quel(le)?s?|lequel|laquelle|combien|comment|pourquoi|quoi|quand(?! meme)|"
    r"qu'?est[- ]ce qu'?(il )?((me|lui|nous|vous|leur) )?faut)\b"  # what is needed
    # what one must do or send: "qu'est-ce que je dois fournir ?", "que dois-je envoyer ?"
    r"|\bqu'?est[- ]ce que (je|j'|il|elle|on) (dois|doit|devrai\w*)\b"
    r"|\bque (dois|doit)-(je|il|elle|on)\b"
)
WHERE = re.compile(r"(^|[\s,;:(])où\b", re.IGNORECASE)


@dataclass(frozen=True)
class Valeur:
    """A figure the question gives: a rate (percent), a fraction, or a count of something."""

    kind: str  # "taux" | "nombre"
    value: float  # percent for a rate, 0..100 (2/3 -> 66.67)
    text: str  # as written
    objet: str | None = None  # what a count counts ("interventions"), a ratio is of ("fse")
    borne: str | None = None  # "sous les 70 %": "sous", "plus de 2/3": "dessus"; value nudged
    compte: tuple[int, int] | None = None  # a rate told as two counts: (part, whole)

    @property
    def counted(self) -> bool:
        """Counted by the asker ("3 interventions", "1300 FSE pour 2000 factures") or placed
        against a figure ("sous les 70 %"): their own figure even when it equals a target."""
        return self.kind == "nombre" or self.objet is not None or self.borne is not None


@dataclass(frozen=True)
class QuestionScope:
    professions: tuple[str, ...] = ()  # covered professions the question names
    implied: tuple[str, ...] = ()  # professions of the schemes it names (FAMI, forfait...)
    schemes: tuple[str, ...] = ()  # "forfait_structure" | "dotation_numerique" | "fami"
    autre_profession: str | None = None  # label of a profession the bot does not cover
    exercices: tuple[int, ...] = ()  # every year named, relative ones resolved
    exercice: int | None = None  # the one the question is about
    valeurs: list[Valeur] = field(default_factory=list)
    compared: tuple[str, ...] = ()  # covered professions named as compared ("comme les …")
    projet: bool = False  # the draft text is asked about ("dans le brouillon du Donum")
    projet_cite: bool = False  # the draft is named, whatever is asked ("j'ai lu des cibles XX")

    @property
    def profession(self) -> str | None:
        """The one covered profession named, else the one the schemes named imply."""
        named = self.professions or self.implied
        return named[0] if len(named) == 1 else None


def hinted(scope: QuestionScope, folded: str) -> QuestionScope:
    """The scope with the profession its dentists' indicators imply, when it names none."""
    if scope.professions or scope.implied or scope.autre_profession:
        return scope
    if DENTISTE_ONLY.search(folded):
        return replace(scope, implied=("chirurgien-dentiste",))
    return scope


class ScopeReader:
    """Reads what a question names, for the professions the knowledge covers: the registry's
    ids (knowledge/professions.yaml) with their aliases. Any other profession named by the
    asker is read as not covered; one named as a partner ("je travaille avec un kiné") is not
    the asker's."""

    def __init__(self, covered: Mapping[str, Iterable[str]]) -> None:
        """`covered`: each covered profession's id and aliases (as users type them)."""
        self.covered = {p: _pattern(p, aliases) for p, aliases in covered.items()}
        self.others = {
            label: re.compile(rf"\b({words})\b")
            for p, (label, words) in PROFESSION_WORDS.items()
            if p not in covered
        }
        # most questions name no profession: one pass tells, before each profession's own
        every = [rx.pattern for rx in (*self.covered.values(), *self.others.values())]
        self._any = re.compile("|".join(every)) if every else None

    def detect(self, text: str, today: dt.date | None = None) -> QuestionScope:
        """Professions, exercice and figures named in a question (raw or folded text)."""
        folded = fold(text)
        askers, owners, compared = self._askers(ANATOMY.sub(" ", folded))
        professions = tuple(p for p in self.covered if p in askers)
        schemes = tuple(k for k, rx in SCHEMES.items() if rx.search(folded))
        supposed = self._supposed(folded)
        if supposed is not None and {SCHEME_PROFESSION[k] for k in schemes} <= {supposed}:
            # "Je suis dentiste. Par curiosité, si j'étais médecin, la dotation numérique ça
            # monte à combien ?": the profession supposed is the one asked for
            askers, professions = {supposed}, (supposed,)
        others = {SCHEME_PROFESSION[k] for k in schemes} - set(professions)
        if len(professions) == 1 and others and self._as_a_class(professions[0], folded):
            # "les médecins c'est 2/3 donc je suis bon pour le FAMI 2024 ?": the class told
            # of is set beside the asker, whose scheme is another profession's
            compared, professions = {*compared, professions[0]}, ()
        implied = {SCHEME_PROFESSION[k] for k in schemes} | (
            {"medecin"} if MEDECIN_ONLY.search(folded) else set()
        )
        if owners:  # "le FAMI des masseurs-kinésithérapeutes": theirs, not the dentists'
            implied = set(owners)
        other = None if professions else next((x for x in self.others if x in askers), None)
        if other is not None:  # "infirmière, le FAMI ?": the scheme says nothing of the asker
            implied = set()
        years, main = _years(folded, today)
        events = event_years(folded, equipped=True) if len(years) > 1 else set()
        # ("… installé qu'en mars 2024 ; … Exercice 2024 : …": an exercice of its own too)
        events -= {int(a or b) for a, b in HEADED_YEAR.findall(folded)}
        if events and main not in events and any(y not in events for y in years):
            # "Sur 2024 mon logiciel n'était pas à jour (mis à jour en 2025 seulement)": when
            # something was done, not a second exercice
            years = tuple(y for y in years if y not in events)
        if len(schemes) > 1:  # the one the closing sentence names, if one
            # (not an aside after it: "… les options ? (en 2025 j'avais eu des pts du volet 2)")
            asked = TRAILING_ASIDE.sub("", folded.strip()) or folded.strip()
            closing = SENTENCE_END.split(asked)[-1]
            named = tuple(k for k in schemes if SCHEMES[k].search(closing))
        else:
            named = schemes
        start = SCHEME_START.get(named[0]) if len(named) == 1 else None
        if start is not None and main is not None and main < start:
            # "En 2025 je ratais l'AAT. En 2026 j'ai DMT 95… Pour le socle de la dotation
            # numérique ça passe ?": the scheme named alone, or alone in the question, is of
            # its own years
            main = next((y for y in years if y >= start), main)
            if main < start and set(years) <= event_years(folded):
                # "pour le socle Donum il me faut quoi ? Logiciel Ségur installé en 2023":
                # when something was done, not the exercice asked
                years, main = (), None
            elif main < start and not re.search(r"\b20[1-3]\d\b", ASIDES.sub(" ", folded)):
                # "le socle de la dotation numérique … ? (en 2025 j'avais eu le volet 2)":
                # the year of an aside is the story's
                main = None
            elif main < start and _asks_scheme_alone(folded, SCHEMES[named[0]]):
                # "DMP : en 2022 l'objectif c'était 20 %. Avec la dotation numérique, c'est
                # quel seuil ?": the year is the story's, the scheme's own year is asked
                main = None
        if (
            named == ("fami",)
            and main is not None
            and main < FAMI_START
            and all(folded.count(str(y)) == 1 for y in years)
            and set(years) <= event_years(folded)
        ):
            # "chirurgien-dentiste installée depuis 2019. Si je valide les 5 indicateurs du
            # FAMI, je touche combien ?": when the asker settled, not an exercice (the FAMI
            # has none before 2023)
            years, main = (), None
        if len(schemes) > 1 and years and closing_years(schemes, folded):
            # "mon associé dit qu'il va perdre avec la Donum. En 2025 il avait … ça lui faisait
            # combien en 2025 ?": a scheme whose first exercice is after every year told is
            # the story's context, not what is asked
            schemes = tuple(k for k in schemes if max(years) >= SCHEME_START.get(k, 0)) or schemes
        draft = DRAFT.search(folded)
        return QuestionScope(
            professions,
            tuple(sorted(implied)),
            schemes,
            other,
            years,
            main,
            values(folded),
            tuple(p for p in self.covered if p in compared),
            bool(draft) and not years and not NOW_ASKED.search(folded),
            bool(draft),
        )

    def years_by_profession(self, text: str) -> dict[str, int]:
        """ "le max d'un généraliste en 2023 comparé à celui d'un dentiste en 2024": the year
        written just after each profession named (before the next one); none for a
        profession told without its own year."""
        folded = fold(text)
        spots = sorted(
            (m.start(), m.end(), p) for p, rx in self.covered.items() for m in rx.finditer(folded)
        )
        out: dict[str, int] = {}
        for n, (_, end, p) in enumerate(spots):
            stop = spots[n + 1][0] if n + 1 < len(spots) else len(folded)
            year = OWN_YEAR.search(folded, end, min(stop, end + OWN_YEAR_REACH))
            if year is not None and p not in out:
                out[p] = int(year[1])
        return out

    def _as_a_class(self, profession: str, folded: str) -> bool:
        """Named only as a class (« les médecins »), by someone speaking of themselves."""
        spans = [m.start() for m in self.covered[profession].finditer(folded)]
        classes = all(
            folded[:i].endswith(("les ", "celui des ", "celle des ", "ceux des "))
            and not folded[:i].endswith(("nous les ", "on les "))
            for i in spans
        )  # « nous les dentistes » is the asker's own; « celui des médecins », a class
        return bool(spans) and classes and bool(FIRST_PERSON.search(folded))

    def _supposed(self, folded: str) -> str | None:
        """The covered profession the asker supposes being ("si j'étais médecin"), if one."""
        supposed = IF_I_WERE.search(folded)
        if supposed is None:
            return None
        said = folded[supposed.end() : supposed.end() + 40]
        return next((p for p, rx in self.covered.items() if rx.match(said)), None)

    def _askers(self, folded: str) -> tuple[set[str], set[str], set[str]]:
        """The professions (covered ids, others' labels) named as the asker's: not after
        "avec", "mon"… nor in a list that follows one ("avec un médecin et une infirmière");
        the covered ones named as a scheme's owner ("le FAMI des kinés"); those compared
        with ("comme les dentistes")."""
        if self._any is None or self._any.search(folded) is None:
            return set(), set(), set()
        found = sorted(
            (m.start(), m.end(), key)
            for table in (self.covered, self.others)
            for key, rx in table.items()
            for m in rx.finditer(folded)
        )
        askers, owners, compared, partner_end = set(), set(), set(), None
        partners: set[str] = set()
        introduced: str | None = None
        unclassed: set[str] = set()  # those named once without « les » before them
        # "(les ambulanciers veulent du papier)": an aside tells of others, not who asks;
        # "(dentiste)" says who asks
        asides = [m.span() for m in re.finditer(r"\([^()]*\)", folded)]
        for start, end, key in found:
            listed = partner_end is not None and SAME_LIST.match(folded[partner_end:start])
            # the owner of a scheme is its subject when not covered ("le FAMI des sages-femmes")
            before = folded[:start]
            is_compared = bool(COMPARED.search(before))
            # "… pour le donum comme pour les dentistes": compared with, not the scheme's owner
            owner = OWNER.search(before) and key not in self.others and not is_compared
            if owner:
                owners.add(key)
            if is_compared:
                compared.add(key)
            aside = any(
                a < start < b and (key in self.others or folded[a + 1 : b].startswith("avec "))
                for a, b in asides
            )  # "(avec l'IDEC, le kiné, le pharmacien)": those met, not who asks
            # "c'est surtout les sages-femmes, mais moi aussi j'en fais": others, then the asker
            aside = aside or (
                key in self.others
                and ME_AFTER.search(folded, end) is not None
                and not SELF_INTRODUCED.search(folded[:start])  # "je suis infirmière, … moi aussi"
            )
            # "les ambulanciers veulent du papier, SPE à 20 %, je perds combien ?": a class of
            # others told of by one who speaks of themselves
            aside = (
                aside
                or (
                    key in self.others
                    and folded[:start].endswith("les ")
                    and not folded[:start].endswith(
                        "pour les "
                    )  # "le FAMI pour les orthophonistes"
                    and FIRST_PERSON.search(folded) is not None
                    and not SELF_INTRODUCED.search(folded[:start])
                )
            )
            asks = PROXY_ASKS.match(folded, end)  # "notre podologue demande …": theirs
            asks = asks or (key in self.others and THEIRS_ASKED.match(folded, end))
            # "on est 2 associés dentistes": the asker is one of them
            partner = PARTNER.search(before) and not AMONG_THEM.search(before)
            if (partner or is_compared or owner or listed or aside) and not asks:
                partner_end = end
                if partner and key in self.covered:
                    partners.add(key)
            else:
                askers.add(key)
                if not before.endswith("les "):
                    unclassed.add(key)
                if SELF_INTRODUCED.search(before) or WE_THE.search(before):
                    introduced = introduced or key
        if partners and BOTH_ASKED.search(folded):
            # "moi généraliste et ma femme dentiste : nos plafonds respectifs ?": both asked;
            # "ma femme dentiste et moi, tous les 2 à 68 %": the partner's set beside the
            # asker's, whose profession the session knows
            if askers:
                return askers | partners, owners, compared
            if TOGETHER.search(folded):
                return askers, owners, compared | partners
        # "Kiné libéral en MSP. Les médecins de la MSP touchent le FS, je peux aussi ?": who
        # opens the message by saying what they are asks; the others are what they speak of
        if introduced is None:
            return askers, owners, compared
        # "kiné vs dentiste, c'est pareil ?": both; not "Orthophoniste. Les dentistes ont
        # 300 €… j'ai la même chose ?", where the others are only a class beside an asker
        # the bot does not cover
        beside = introduced in self.others and not (askers - {introduced}) & unclassed
        if SET_SIDE_BY_SIDE.search(folded) and not beside:
            return askers, owners, compared
        return {introduced}, owners, compared


# Both told in one breath ("tous les 2 à 68 %", "nos … respectifs"), not only compared
TOGETHER = re.compile(
    r"\b(respecti(f|fs|ve|ves)|chacun|chacune|(tous|toutes|tout) (les )?(deux|2)|nous deux)\b"
)
# The asker's and a partner's case both asked: those, "l'un et l'autre", "c'est le même ?"
BOTH_ASKED = re.compile(
    rf"{TOGETHER.pattern}|\b(l'un et l'autre|elle et moi|lui et moi|moi et (ma|mon)|"
    # "mon FS 2025 et mon associée dentiste son FAMI 2025 : c'est le même calendrier ?"
    r"(c'?est|ce sont|c) (le|la|les) memes?|(c'?est|c) pareil|"
    # "… à mon associé MG en 2023 et à moi dentiste en 2024 ? c quoi les 2 montants"
    r"les (2|deux) (montants|sommes|chiffres|plafonds|max|maximums))\b"
)
# The asker set apart after others named: "… les sages-femmes, mais moi aussi j'en fais".
ME_AFTER = re.compile(r"\b(mais moi|moi aussi|et moi)\b")
# Someone named who asks through the writer: "notre podologue demande …", "ma consoeur
# dentiste voudrait savoir …": the question is theirs
# (a few words between: "ma collègue orthophoniste du cabinet me demande si …")
PROXY_ASKS = re.compile(
    r"\s*(?:\w+\s+){0,3}?(?:me |nous )?(demande|veut savoir|voudrait savoir|se demande|"
    r"aimerait savoir|pose la question|s'interroge)\b"
)
# What a partner of a profession not covered is paid, asked: "ma collègue sage-femme, son FAMI
# c'est combien ?", "mon associée sage-femme dans la MSP touche combien de FAMI ?"
THEIRS_ASKED = re.compile(
    r"[\s,:]*(?:[\w']+\s+){0,3}?(?:touche\w*|a droit|aurait droit|peut toucher|"
    r"(?:son|sa) (?:fami|forfait|dotation|donum))\b"
)


def _pattern(profession: str, aliases: Iterable[str]) -> re.Pattern[str]:
    """The profession's words and its registry aliases, folded ("masseur-kinésithérapeute"
    also as "masseur kinesitherapeute")."""
    words = [PROFESSION_WORDS[profession][1]] if profession in PROFESSION_WORDS else []
    for alias in aliases:
        parts = re.split(r"[-_\s]+", fold(alias))
        words.append(r"[-_ ]?".join(map(re.escape, parts)))
    return re.compile(rf"\b({'|'.join(words)})\b")


# "les patients irradiés de la sphère ORL", "5 RCP (cancéro ORL)": a part of the body, not
# an ORL who asks
ANATOMY = re.compile(
    r"\b(sphere|cancers?|cancero|onco\w*|pathologies?|chirurgie|infections?|tumeurs?|rcp) orl\b"
)
# "en MSP depuis 2022", "installé depuis janvier 2021": when something began, not an exercice
SINCE_YEAR = re.compile(
    r"\bdepuis (?:(?:le |l'|fin |debut |mi-?|\d{1,2}(?:er)? )?"
    rf"(?:{'|'.join(MONTHS)}) )?(20[1-3]\d)\b"
)
# An item stopped at the end of the year before the one told: "il a arrêté le SAS fin 2024"
STOPPED_AT_END = re.compile(
    r"\b(?:arret\w*|quitt\w*|stopp\w*|cess\w*|resili\w*|laiss\w* tomber)\b[^.;?!]{0,40}?"
    r"\bfin (?:d'annee |de l'annee |decembre )?(20[1-3]\d)\b"
)
# A year heading its own story: "Exercice 2024 : …", "… . 2025, socle validé"
HEADED_YEAR = re.compile(r"\bexercice (20[1-3]\d)\b|(?:^|[.;] )(?:pour |en )?(20[1-3]\d) ?[:,]")
# "logiciel installé en 2023", "acheté fin 2022": when something was done, not an exercice
EVENT_YEAR = re.compile(
    r"\b(install\w*|achet\w*|acqui\w*|reference\w*|certifie\w*|equipe\w*|mis a jour|"
    r"mise a jour|chang\w*|signe\w*|ouvert|cree\w*|pris|prise)\b[^.?!,;]{0,25}?"
    r"\b(?:en|fin|debut|le|depuis) (?:\w+ )?(20[1-3]\d)\b"
)
# The day a declaration was made: "déclaré le 15 février 2026", not an exercice
DECLARED_ON = re.compile(
    r"\b(?:declare\w*|saisi\w*|valide\w*) (?:\w+ ){0,3}?le \d{1,2}(?:er)? \w+ (20[1-3]\d)\b"
    # "j'ai tout déclaré en février 2026"
    rf"|\b(?:declare\w*|saisi\w*|teledeclare\w*) (?:\w+ ){{0,3}}?(?:en|debut|fin|mi)[ -]"
    rf"(?:{'|'.join(MONTHS)}) (20[1-3]\d)\b"
)
# Of those, what the asker equipped: "(mis à jour en 2025 seulement)", not "ça a changé en 2023"
EQUIPPED = ("install", "achet", "acqui", "mis a jour", "mise a jour")


def _asks_scheme_alone(folded: str, scheme: re.Pattern[str]) -> bool:
    """The closing sentence names the scheme and no year, nor sets it beside the years
    before: « … et sur le donum ? », not « combien je perds en passant à la Donum ? »."""
    closing = SENTENCE_END.split(folded.strip())[-1]
    if re.search(r"\b20[1-3]\d\b", closing):
        # "javais 64% de FSE en 2025, ça me plombe pour la donum ?": the clause that asks,
        # unless it asks what comes back ("neutralisé en 2023, il revient dans le donum ?")
        clause = re.split(r"[,;:] ", closing)[-1]
        closing = closing if LATER_WORDS.search(clause) else clause
    if not scheme.search(closing) or BESIDE_BEFORE.search(closing):
        return False
    return not re.search(r"\b20[1-3]\d\b", closing)


# What sets a scheme beside the years told before it: a loss, a difference, a move
BESIDE_BEFORE = re.compile(
    r"\b(perd\w*|difference|passant|passage|passer|compar\w*|par rapport|gagn\w*|moins|plus que)\b"
)


def closing_years(schemes: tuple[str, ...], folded: str) -> bool:
    """Whether the closing sentence asks of a year and names none of `schemes` (« ça lui
    faisait combien en 2025 ? »)."""
    asked = TRAILING_ASIDE.sub("", folded.strip()) or folded.strip()
    closing = SENTENCE_END.split(asked)[-1]
    return bool(YEAR.search(closing)) and not any(SCHEMES[k].search(closing) for k in schemes)


def event_years(folded: str, equipped: bool = False) -> set[int]:
    """The years that date what the asker did (`equipped`: installed, bought or updated),
    not an exercice."""
    if "20" not in folded:
        return set()
    return {
        int(year)
        for verb, year in EVENT_YEAR.findall(folded)
        if not equipped or verb.startswith(EQUIPPED)
    }


# The one year a story's closing question asks of, "pour 2023" or "en 2023"
QUESTION_YEAR = re.compile(
    r"[.!?] (?:(?!\b20[1-3]\d\b)[^.!?])*\b(?:pour|en) (?:l'exercice |le forfait |le fs |"
    r"la donum |le fami )?(20[1-3]\d)\b(?![^?]*\b20[1-3]\d\b)[^.!?]*\?\W*$"
)
QUOTED = re.compile(r"«[^«»]*»")
# A past target told with its year: "en 2022 le seuil était 80, donc c'est bon ?" sets the
# story's figure against it, the year asked is the figure's
PAST_TARGET = re.compile(r"(?:le |la |l')?(seuil|objectif|cible)s? (etait|c'etait|valait)\b")
# A clause that asks, after a comma: "…, tjrs le cas en 2024 ?"; what asks again in it
LATER_CLAUSE = re.compile(r"[,;:] ([^,;:.!?]*)\?")
# "… Dans la dotation numérique 2026 est-ce que le SAS compte encore ?": a sentence asking
LATER_SENTENCE = re.compile(r"(?:^|[.!?] )([^,;:.!?]*)\?")
LATER_WORDS = re.compile(r"\b(toujours|tjrs|tjs|encore|revient|reste|pareil|le cas|idem)\b")
# "Suivi Donum 2026 : 65 % de moyenne. Son socle passera-t-il encore en 2028 ?": a later year
# the closing question looks ahead to is asked, though the story dates the scheme
LATER_ASKED = re.compile(r"\b(encore|toujours|aussi|a nouveau|de nouveau)\b")
CONTRAST_YEAR = re.compile(r"\bmais (?:en |pour |des |a partir de )?(20\d\d)\b[^.?!]*\?\W*$")
# "En 2022 l'objectif était de 5 %. Et pour 2025 ?", "… en 2023, et pour celui de 2025 ?":
# the year the last sentence or clause opens on is asked, the ones before are the story
DATED = r"(?:(?:le|la|les|l'|celui|celle|de|du|d'|forfait|structure|fs|fami|donum|exercice) ?)*"
LEAD_YEAR = re.compile(
    rf"(?:(?:^|[.!?] |[,;:] )(?:et |mais )?(?:pour|en|a partir de|des) {DATED}|[.!?] (?:et )?)"
    # (« … 2024 à 68 %. 2024 ça passe ? »: a bare year opening the closing question)
    r"(20[1-3]\d)\b(?!.*\b20[1-3]\d\b)[^.!?]*\?\W*$"
)

YEAR_THEN_ASKED = re.compile(
    rf"(?:^|[.!?] )(?:et |mais )?(?:pour|en) {DATED}(20[1-3]\d)\b[^.!?]*[.!] "
    # (a verdict asked, not "je gagne ou je perds ?": the years set side by side)
    r"(?=[^.!?]*\b(?:valide\w*|bon|ok|passe|atteint\w*|suffi\w*)\b)[^.!?\d]{1,50}\?\W*$"
)

# A year compared with: "… passe quand même comme en 2023 ?" (not "en 2023 comme en 2024":
# both years told alike; not "c'est toujours 8 141 € comme en 2023 ?", "280 pts comme en
# 2023 ?": an amount checked, each year's asked)
LIKE_YEAR = re.compile(
    r"(?<!\d{4} )(?<!\d{4}, )(?<!\d )(?<!€ )(?<!% )(?<!\d%)(?<!pts )(?<!points )"
    r"\bcomme (?:en|pour) (20[1-3]\d)\b"
)
STILL_ALIKE = re.compile(r"\b(toujours|tjrs|tjs|pareil|idem)\b")
ASIDES = re.compile(r"\([^()]*\)")
# An aside closing a message, after its question: "… ? (en 2025 j'avais eu le volet 2)"
TRAILING_ASIDE = re.compile(r"(?<=\?)\s*\([^()]*\)\s*$")
# A year dictated: "en deux mille vingt trois"
YEAR_SPELLED = re.compile(
    r"\bdeux mille (dix[- ](?:sept|huit|neuf)|vingt(?:[- ](?:et[- ]un|un|deux|trois|quatre|cinq|"
    r"six|sept|huit|neuf))?)\b"
)
_UNITS = {
    "": 0, "un": 1, "et un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9,
}  # fmt: skip


# The liberal professions' tax return, not an exercice: "sur quelle ligne de ma 2035 ?"
TAX_FORM = re.compile(
    r"\b(?:ma|la|sa|votre|leur|notre|une|declaration|formulaire|cerfa|liasse)(?: n ?°)? 2035\b"
)


def _spelled_year(m: re.Match[str]) -> str:
    words = m[1].replace("-", " ").split(" ", 1)
    tens = 10 if words[0] == "dix" else 20
    return str(2000 + tens + _UNITS[words[1] if len(words) > 1 else ""])


def _years(folded: str, today: dt.date | None) -> tuple[tuple[int, ...], int | None]:
    folded = TAX_FORM.sub(" ", folded)
    if "deux mille" in folded:
        folded = YEAR_SPELLED.sub(_spelled_year, folded)
    in_dates, plain = [], []
    if "20" in folded:  # every full year is 20xx
        in_dates = [int(y) for y in DATE_YEAR.findall(folded)]
        undated = DATE_YEAR.sub(" ", folded) if in_dates else folded
        # "elle est en vacances jusqu'à début janvier 2025": a month's year dates the story
        in_months = [int(y) for y in MONTH_YEAR.findall(undated)]
        if in_months:
            in_dates += in_months
            undated = MONTH_YEAR.sub(" ", undated)
        plain = [int(y) for y in ATTACHED_YEAR.findall(undated)]
        plain += [int(y) for y in YEAR.findall(undated)]
        for m in YEAR_RANGE.finditer(undated):  # "de 2022 a 2025": each year between too
            first, last = int(m[1]), int(m[2])
            if 1 < last - first <= 4:
                plain += list(range(first + 1, last))
    if "1" in folded or "2" in folded:  # a short year is 17 to 29
        plain += [2000 + int(y) for y in SHORT_YEAR.findall(folded)]
    relative = []
    if today is not None and ANY_RELATIVE_YEAR.search(folded):
        # "65 % (bcp de papier cette année...) … du FAMI 2024": an aside's « cette année »
        # is the year the story names
        said = re.sub(r"\([^()]*\)", " ", folded) if plain else folded
        # "2025 : … Et si j'ajoute un ECG connecté acheté cette année ?": when it was bought
        said = BOUGHT_THIS_YEAR.sub(" ", said) if plain else said
        if ATTACHED_YEAR.search(folded):  # "FAMI 2024 : … Pas d'étudiant cette année."
            said = DENIED_THIS_YEAR.sub(r"\1", said)
        relative = relative_years(said, today)
    caught_up = [int(y) for y in CAUGHT_UP.findall(folded)] if in_dates and plain else []
    if in_dates and plain and not DEADLINE_WORDS.search(folded):
        # "ne m'a installé la version Ségur qu'en mars 2024" (of 2023), "déclaré mon FAMI 2025
        # en février 2026": the winter after the exercice told dates an act, not an exercice
        # (« en janvier 2024 » is left: the Ségur deadline of 2023 ran to 31/01/2024; a date
        # limit asked compares days; « juin 2026 » may be the Donum's own year)
        caught_up += [int(y) for y in AFTER_MONTH_YEAR.findall(folded)]
    # "oublié de mettre mes horaires en 2025, je l'ai fait en janvier 2026": when the item was
    # put right, not another exercice
    in_dates = [y for y in in_dates if y not in caught_up or y in plain or y - 1 not in plain]
    ordered = plain + relative + in_dates
    told = list(TODAY_TOLD.finditer(folded))
    if told and len(set(ordered)) > 1:
        # "on est fin mars 2025, rien reçu du FAMI 2024": 2024 is asked, unless 2025 is too
        said = Counter(int(y) for y in YEAR.findall(folded))
        today_only = {int(m[1]) for m in told if said[int(m[1])] == 1}
        ordered = [y for y in ordered if y not in today_only] or ordered
    acted = any(w in folded for w in ("declar", "saisi", "valide"))
    declared = [int(a or b) for a, b in DECLARED_ON.findall(folded)] if acted else []
    if declared and any(y not in declared for y in ordered):
        # "FAMI 2025 : j'ai tout déclaré le 15 février 2026": the day of the declaration
        said = Counter(int(y) for y in YEAR.findall(folded))
        ordered = [y for y in ordered if y not in declared or said[y] > declared.count(y)]
    since = [int(y) for y in SINCE_YEAR.findall(folded)] if "depuis" in folded else []
    if since and any(y not in since for y in ordered):
        # "membre de la CPTS depuis 2023, mon taux 2024 est à 62 %": 2024 is asked
        said = Counter(int(y) for y in YEAR.findall(folded))
        ordered = [y for y in ordered if y not in since or said[y] > since.count(y)]
    stopped = [int(y) for y in STOPPED_AT_END.findall(folded)] if "fin " in folded else []
    if stopped and any(y not in stopped for y in ordered):
        # "Pour 2025, … il a arrêté le SAS fin 2024": when it stopped, not an exercice told
        said = Counter(int(y) for y in YEAR.findall(folded))
        ordered = [
            y
            for y in ordered
            if y not in stopped or y + 1 not in ordered or said[y] > stopped.count(y)
        ]
    versioned = [int(y) for y in VERSION_YEAR.findall(folded)]
    if versioned and any(y not in versioned for y in ordered):
        # "pas l'addendum 8 SESAM-Vitale (version de 2022), … pour 2025": a software's age
        said = Counter(int(y) for y in YEAR.findall(folded))
        ordered = [y for y in ordered if y not in versioned or said[y] > versioned.count(y)]
    alike = [] if STILL_ALIKE.search(folded) else [int(y) for y in LIKE_YEAR.findall(folded)]
    if alike and any(y not in alike for y in ordered):
        # "Pour 2024 j'étais en addendum 7. Le volet 1 passe quand même comme en 2023 ?": the
        # year compared with is not the one asked
        said = Counter(int(y) for y in YEAR.findall(folded))
        ordered = [y for y in ordered if y not in alike or said[y] > alike.count(y)]
    if "«" in folded and len(set(ordered)) > 1:
        # « la migration est prévue en 2025 », quoted: what someone said, unless the year
        # is also said outside the quotation or dates a scheme (« forfait structure 2024 : … »)
        kept = {int(y) for y in YEAR.findall(QUOTED.sub(" ", folded))}
        kept |= {int(y) for q in QUOTED.findall(folded) for y in ATTACHED_YEAR.findall(q)}
        ordered = [y for y in ordered if y in kept] or ordered
    years = tuple(dict.fromkeys(ordered))
    # "pour 2026 ça passe, mais en 2028 ça passera encore ?": the year set against is asked
    turned = (CONTRAST_YEAR.search(folded) or LEAD_YEAR.search(folded)) if len(years) > 1 else None
    if turned is None and len(years) > 1:
        # "5% suffisait en 2022, tjrs le cas en 2024 ?", "neutralisé en 2023, en 2024 il
        # revient ?": a later year the clause asking again names
        asking = LATER_CLAUSE.findall(folded) + LATER_SENTENCE.findall(folded)
        later = [c for c in asking if LATER_WORDS.search(c)]
        # (not "je peux encore la faire en décembre 2026 ?": a month's year is a date)
        named = YEAR.findall(MONTH_YEAR.sub(" ", DATE_YEAR.sub(" ", later[-1]))) if later else []
        if len(named) == 1 and int(named[0]) > min(years):
            return years, int(named[0])
    if turned is None and len(years) > 1:
        # "Fin 2022 mon logiciel n'était pas à jour. Je perds le volet 1 pour 2023 ?": the
        # question's year, unless the story dates a scheme ("J'ai déclaré le FAMI 2023. Il
        # sera versé quand en 2024 ?")
        asked = QUESTION_YEAR.search(folded)
        story = folded[: asked.start(1)] if asked else ""
        dated = [int(y) for y in ATTACHED_YEAR.findall(story)] if asked else []
        if asked and (not dated or (LATER_ASKED.search(asked[0]) and int(asked[1]) > max(dated))):
            turned = asked
    if turned is None and len(years) > 1:
        # "35 % en 2022, validé. En 2025 je suis toujours à 35 %. Validé ?": the last year,
        # leading the sentence a short question without a year takes up
        turned = YEAR_THEN_ASKED.search(folded)
        turned = turned if turned is not None and int(turned[1]) == max(years) else None
    if turned is not None and PAST_TARGET.match(folded, turned.end(1) + 1):
        turned = None  # "…: 85 %. en 2022 le seuil était 80, donc c'est bon ?": the figure's
    if turned is None and len(years) == 2:
        # "2022 forfait ok. 2023 volet 1 refusé. … jai perdu combien ?": the year that failed
        failed = {int(m[1]) for m in YEAR_FAILED.finditer(folded)}
        met = {int(m[1]) for m in YEAR_MET.finditer(folded)}
        if len(failed) == 1 and met and not failed & met and set(years) == failed | met:
            return years, failed.pop()
    return years, (int(turned[1]) if turned else years[0] if years else None)


# A year told failed, or met, in the words right after it: "2023 volet 1 refusé", "2022 ok"
YEAR_FAILED = re.compile(
    r"\b(20[1-3]\d)\b[^.;?!]{0,25}?\b(refuse\w*|rejete\w*|non (atteint|valide)\w*|"
    r"rate\w*|saute\w*)\b"
)
YEAR_MET = re.compile(r"\b(20[1-3]\d)\b[^.;?!]{0,25}?\b(ok|valide\w*|atteint\w*|nickel)\b")


def _spans(found: list[tuple[int, Valeur]]) -> list[tuple[int, int]]:
    """Where the values found so far were read (a start, and the length of what was said)."""
    return [(start, start + len(v.text)) for start, v in found]


def values(folded: str) -> list[Valeur]:
    """Rates, fractions and counts, in the order written; years and dates are not values."""
    return list(_values(folded))


@functools.lru_cache(maxsize=2048)
def _values(folded: str) -> tuple[Valeur, ...]:
    """`values`, read once per text: a reply asks it of the same question several times."""
    found: list[tuple[int, Valeur]] = []
    rates = REIMBURSED.sub(lambda m: " " * len(m[0]), folded)  # the same positions
    for m in PERCENT.finditer(rates):
        rate = Valeur("taux", float(m.group(1).replace(",", ".")), m.group(0))
        whole = WHOLE_AFTER.match(folded, m.end())  # "38 % … sur 1000 ordos": its counts
        if whole is not None and (den := int(re.sub(r"\D", "", whole[1]))) > 0:
            rate = replace(rate, compte=(round(rate.value * den / 100), den))
        found.append((m.start(), _bounded(folded, m.start(), rate)))
    for m in FRACTION.finditer(folded):
        num, den = int(m.group(1)), int(m.group(2))
        if num < den:
            rate = Valeur("taux", round(100 * num / den, 2), m.group(0))
            found.append((m.start(), _bounded(folded, m.start(), rate)))
    for rx, (num, den) in _FRACTION_WORDS:
        for m in rx.finditer(folded):
            rate = Valeur("taux", round(100 * num / den, 2), m.group(0))
            found.append((m.start(), _bounded(folded, m.start(), rate)))
    for m in RATIO.finditer(folded):
        num, den = (int(re.sub(r"\D", "", g)) for g in m.groups())
        excluded = _excluded(folded, (m.span(1), m.span(2)))
        if 0 < num <= den - excluded:
            said = f"{_thousands(num)} FSE sur {_thousands(den - excluded)}"
            said += f", {_thousands(excluded)} exclus du calcul" if excluded else ""
            share = round(100 * num / (den - excluded), 2)
            told = Valeur("taux", share, said, "fse", compte=(num, den - excluded))
            found.append((m.start(), told))
    for m in SHARE_OF.finditer(folded):  # "2 ordonnances sur 5": the share, as told
        num, den = int(re.sub(r"\D", "", m[1])), int(re.sub(r"\D", "", m[3]))
        if 0 < num <= den and not any(s <= m.start() < e for s, e in _spans(found)):
            share = Valeur("taux", round(100 * num / den, 2), m.group(0), m[2], compte=(num, den))
            found.append((m.start(), share))
    for m in SHARE_OF_AFTER.finditer(folded):  # "380 sur 1 000 ordos"
        num, den = int(re.sub(r"\D", "", m[1])), int(re.sub(r"\D", "", m[2]))
        if 0 < num <= den and not any(s <= m.start() < e for s, e in _spans(found)):
            share = Valeur("taux", round(100 * num / den, 2), m.group(0), m[3], compte=(num, den))
            found.append((m.start(), share))
    for m in RATIO_OF.finditer(folded):
        num, den = int(re.sub(r"\D", "", m[1])), int(re.sub(r"\D", "", m[3]))
        if 0 < num <= den:
            share = round(100 * num / den, 2)
            said = re.sub(r"\bfse\b", "FSE", m.group(0))
            told = Valeur("taux", share, said, "fse" if m[2] else None, compte=(num, den))
            found.append((m.start(), told))
    for m in PAPER_OF.finditer(folded):
        paper, den = (int(re.sub(r"\D", "", g)) for g in m.groups())
        if 0 <= paper < den:
            said = f"{_thousands(den - paper)} FSE sur {_thousands(den)}"
            share = round(100 * (den - paper) / den, 2)
            told = Valeur("taux", share, said, "fse", compte=(den - paper, den))
            found.append((m.start(), told))
    if not any(v.objet == "fse" for _, v in found):
        acts = _acts_rate(folded)
        if acts is not None:
            found.append(acts)
    for rx, first_is_part in PART_OF_ALL:
        for m in rx.finditer(folded):
            whole, part = (int(re.sub(r"\D", "", g)) for g in m.groups())
            num, den = (whole, part) if first_is_part else (part, whole)
            counted = COUNT.match(folded, m.start())  # "3 interventions dont 2 en EHPAD"
            if not 0 < num <= den or counted or YEAR_WRITTEN.fullmatch(m[1]):
                continue  # a count, or a year, not a share
            told = folded[m.start() : m.end() + 20]  # "… dont 2 230 en FSE"
            if PART_NOT_SHARE.search(told, m.end() - m.start()):
                continue  # "1 200 actes dont 300 pour des patients AME": taken off, not a rate
            if PAPER.match(told, m.end() - m.start()):
                num = den - num  # "2 000 actes dont 500 en papier": the FSE are the rest
            fse = "fse" if re.search(r"\b(fse|teletransmi|papier)", told) else None
            if fse and any(v.objet == "fse" for _, v in found):
                continue  # the FSE rate read already, the acts set apart taken off
            # "… Sur les 650 autres, 100 sont des feuilles papier pour des patients à l'AME"
            excluded = _excluded(folded, (m.span(1), m.span(2))) if fse else 0
            if not any(s <= m.start() < e for s, e in _spans(found)) and num <= den - excluded:
                said = f"{_thousands(num)} sur {_thousands(den - excluded)}"
                said += f", {_thousands(excluded)} exclus du calcul" if excluded else ""
                share = round(100 * num / (den - excluded), 2)
                told = Valeur("taux", share, said, fse, compte=(num, den - excluded))
                found.append((m.start(), told))
    for m in COUNT.finditer(folded):
        place = PLACE_AFTER.match(folded, m.end())
        if place and m.group(2).startswith(AS_INTERVENTIONS) and not OWN_PLACE.match(place[1]):
            continue  # "3 séances de prévention dans un club de foot": no place of the indicator
        n = m.group(1)
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)  # "une seule intervention"
        more = _more_places(folded, m.end())
        # "2 séances de dépistage": interventions, counted alone or with more places
        objet = "interventions" if m.group(2).startswith(AS_INTERVENTIONS) else m.group(2)
        if more:  # "1 intervention en maison d'arrêt, 1 en foyer, 1 en EHPAD": 3 in all
            total = count + sum(more)
            said = f"{total} {m.group(2).rstrip('s')}s ({' + '.join(map(str, [count, *more]))})"
            found.append((m.start(), Valeur("nombre", float(total), said, objet)))
            continue
        found.append((m.start(), Valeur("nombre", float(count), m.group(0), objet)))
    often = False  # "1 fois par mois dans un établissement (donc 12 fois dans l'année)"
    for m in TIMES.finditer(folded):
        if PER_PERIOD.match(folded, m.end()) or PER_PERIOD.match(
            folded, m.start() + m[0].find("fois") + 4
        ):
            often = True
            continue  # "j'interviens 1 fois par mois": how often, not how many times
        n = m.group(1) or m.group(2) or m.group(3)
        count = int(n) if n.isdigit() else NUMBER_WORDS[n]
        found.append((m.start(), Valeur("nombre", float(count), m.group(0), "interventions")))
    for m in TIMES_A_YEAR.finditer(folded):
        # the year's count of interventions told at a place just before (the places
        # counted are the indicator's: "au club de foot, 6 fois par an" names none; « je
        # vais en prison 3-4 fois par an »: the lower count)
        placed = often or PLACE_BEFORE.search(folded, max(0, m.start() - 50), m.start())
        if placed and not any(s <= m.start() < e for s, e in _spans(found)):
            low = re.search(r"(\d{1,3}) ?(?:-|a|ou) ?$", folded[max(0, m.start() - 8) : m.start()])
            count = int(low[1]) if low else int(m.group(1) or m.group(2))
            found.append((m.start(), Valeur("nombre", float(count), m.group(0), "interventions")))
    return tuple(v for _, v in _glosses_dropped(sorted(found, key=lambda x: x[0]), folded))


# What joins a figure to its own gloss: "65 %, donc sous les 2/3", "72 % (soit plus des 2/3)"
GLOSS = re.compile(r"\s*[,(]?\s*((donc|soit|c'?est|ce qui (fait|est|me met))\s*)?$")


def _glosses_dropped(found: list[tuple[int, Valeur]], folded: str) -> list[tuple[int, Valeur]]:
    """A bound that only says where the rate just told stands ("65 %, donc sous les 2/3") is
    that rate again, not a second figure."""
    out: list[tuple[int, Valeur]] = []
    for start, v in found:
        if out and v.borne is not None and out[-1][1].kind == v.kind == "taux":
            at, rate = out[-1]
            end = at + len(rate.text)
            said = folded.find(v.text, end)
            gloss = folded[at:end] == rate.text and 0 <= said <= start
            below = rate.value < v.value if v.borne == "sous" else rate.value > v.value
            if gloss and rate.borne is None and below and GLOSS.fullmatch(folded[end:said]):
                continue
        out.append((start, v))
    return out


def _more_places(folded: str, end: int) -> list[int]:
    """The counts listed after a first one, each at another place (", 1 en foyer, 1 en
    EHPAD", "et 2 dans une école"): the same thing counted, to be added up."""
    out: list[int] = []
    for m in MORE_PLACES.finditer(folded, end):
        if m.start() != end or "(" in folded[m.start() : m.start(1)]:
            break  # "2 interventions (une en EHPAD, une en foyer)": the two, detailed
        n = m.group(1)
        out.append(int(n) if n.isdigit() else {"un": 1, "une": 1, **NUMBER_WORDS}[n])
        end = m.end()
    return out


def _acts_rate(folded: str) -> tuple[int, Valeur] | None:
    """ "2 000 actes au total, 1 380 en FSE, 100 actes AME en papier": FSE over the acts
    counted (the AME, EHPAD, infants… taken off for a dentist's FAMI, as its guide says)."""
    totals, fses = list(ACTS.finditer(folded)), list(FSE_COUNT.finditer(folded))
    if not totals or not fses:
        return None
    if len(totals) != len(fses):
        totals, fses = totals[:1], fses[:1]
    # "cabinet A = 3000 actes dont 2700 en FSE, B = 1000 actes dont 400": the sites summed
    n = sum(int(re.sub(r"\D", "", m[1])) for m in totals)
    f = sum(int(re.sub(r"\D", "", m[1])) for m in fses)
    total, fse = totals[0], fses[0]
    excluded = _excluded(folded, tuple(m.span(1) for m in (*totals, *fses)))
    counted = n - excluded
    if not 0 < f <= counted:
        return None
    said = f"{_thousands(f)} FSE sur {_thousands(counted)} actes"
    said += f", {len(totals)} lieux additionnés" if len(totals) > 1 else ""
    said += f", {_thousands(excluded)} exclus du calcul" if excluded else ""
    told = Valeur("taux", round(100 * f / counted, 2), said, "fse", compte=(f, counted))
    return min(total.start(), fse.start()), told


def _excluded(folded: str, counts: tuple[tuple[int, int], ...]) -> int:
    """The acts a dentist counts among those the FAMI's guide takes off the total (AME,
    EHPAD, infants…), the rate's own counts (`counts`, their spans) aside; 0 for others."""
    if not DENTAL.search(folded):
        return 0
    return sum(
        int(re.sub(r"\D", "", m[1])) for m in EXCLUDED.finditer(folded) if m.span(1) not in counts
    )


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def _bounded(folded: str, start: int, rate: Valeur) -> Valeur:
    """ "sous les 70 %", "plus des deux tiers": a rate below or above the figure written,
    judged just under or over it (the text kept as written)."""
    m = BOUND.search(folded[max(0, start - 30) : start])
    if m is None:
        return rate
    below = m.group(1) is not None
    text = folded[start - len(m.group(0)) : start] + rate.text
    step = -STEP if below else STEP
    return replace(rate, value=rate.value + step, text=text, borne="sous" if below else "dessus")


def bound_said(value: float) -> str | None:
    """ "moins de 30", "plus de 30": a rate `_bounded` put just under or over a figure, as the
    asker said it (not "29,95"); None for a figure as typed."""
    whole = round(value)
    if abs(value - (whole - STEP)) < 1e-9:
        return f"moins de {whole}"
    if abs(value - (whole + STEP)) < 1e-9:
        return f"plus de {whole}"
    return None


# "à plus de 30 % : ce seuil reste le même ?": the figure before is the threshold, told back
THRESHOLD_BACK = re.compile(r"\b(ce|ces|cette|cet) (seuils?|cibles?|objectifs?|paliers?)\b")


def told_target(v: Valeur, folded: str, targets: frozenset[float]) -> bool:
    """A published target the question calls a threshold, whatever words came before it."""
    return any(abs(v.value - t) <= 0.1 for t in targets) and bool(THRESHOLD_BACK.search(folded))


def own_figure(folded: str, targets: frozenset[float] = frozenset()) -> bool:
    """The question gives a figure of the asker's own ("j'ai 68 %", "pile à 2/3"), not one of
    the published targets (`targets`, in percent): a rule answers it, not a FAQ verdict."""
    found = values(folded)
    if found and VALUE_WORDS.search(TARGET_NAMED.sub(" ", folded)):  # "juste le 1 ?": none
        return True
    return any(
        (v.counted or all(abs(v.value - t) > 0.1 for t in targets))
        and not told_target(v, folded, targets)
        for v in found
    )


def asks_open(text: str) -> bool:
    """An open question (when, how much, where, which…), not a yes/no one. Reads "où" on the
    raw text: folded, it is "ou"."""
    return bool(OPEN_WORDS.search(fold(text))) or bool(WHERE.search(text))


def asks_own_rate(folded: str, targets: frozenset[float] = frozenset()) -> bool:
    """A rate of the asker's own ("mon taux est de 69,8 %"), not a published target; one told
    as the asker's though a target has the same figure ("mon taux FSE est à 50 %")."""
    found = values(folded)
    if any(v.kind == "taux" for v in found) and OWN_RATE_TOLD.search(folded):
        return True
    return any(
        v.kind == "taux"
        and (v.borne is not None or all(abs(v.value - t) > 0.1 for t in targets))
        and not told_target(v, folded, targets)
        for v in values(folded)
    )
