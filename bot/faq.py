"""Answering free questions from the FAQ of the guides, or saying why not.

Pipeline: French folding (accents, case, elisions, SMS forms, `bot.faq_text`) → word-level typo
correction against the FAQ's and glossary's own words (rapidfuzz) → acronym and synonym
expansion from `knowledge/glossaire.yaml` → BM25 over questions and their phrasings, with
French stemming (bm25s + PyStemmer) and a stopword list that keeps negations, per entry and per
phrasing → a weighted sum with the answers' BM25, a whole-string fuzzy score and the scope
(profession, exercice: `bot.question_scope`) → a confidence score (unknown words, margin,
out-of-scope topics of `knowledge/hors_perimetre.yaml`) → an outcome: the answer, the
closest questions ("Vouliez-vous dire…"), a decline, or out of scope. An entry whose answer
opens with a verdict ("Oui.", "Non.") is given only when the question asks the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from bot.bm25_scores import Bm25Scores, Bm25Stack
from bot.faq_intent import beside as intent_beside
from bot.faq_intent import intents, of_entry, strong
from bot.faq_text import SENTENCE_END, STOPWORDS, FrenchStems, fold, last_question, normalise
from bot.question_scope import (
    DENTISTE_ONLY,
    SCHEMES,
    TARGET_NAMED,
    VSM,
    QuestionScope,
    ScopeReader,
    asks_open,
    asks_own_rate,
    hinted,
    own_figure,
    values,
    without_relative_years,
)
from calculators.calendar import offered_first
from knowledge.registry import FicheProfession
from knowledge.schema import (
    Dispositif,
    FaqEntree,
    Glossaire,
    GlossaireTerme,
    HorsPerimetre,
    SujetHorsPerimetre,
)

__all__ = ["STOPWORDS", "Answer", "FaqIndex", "Hit", "normalise"]

GREETING = re.compile(
    r"^(bonjour|bonsoir|salut|coucou|hello|bjr|slt|hey|yo)\b[\s!.,]*"
    r"(a vous|a tous|a toutes|tout le monde|docteur)?[\s!.]*$"
)
THANKS = re.compile(r"^(merci|thanks|top|super|parfait|genial|ok merci)\b.*$")
BYE = re.compile(r"^(au revoir|bonne (journee|soiree)|a bientot|bye)\b.*$")
# Words enough after "merci" to hold a question, though it has no question mark.
THANKS_WORDS = 10


def _asks_after(text: str, folded: str) -> bool:
    """ "ok merci pr 2023. et en 2026 le max ?": thanks, then a question, which is answered."""
    return "?" in text or len(folded.split()) > THANKS_WORDS


# "…, je touche encore le FS ou pas ?": the tag of a yes/no question, not a negation.
OR_NOT = re.compile(r"\bou (bien )?(pas|non)\b(?=\W*$)", re.IGNORECASE)
# "c'est quoi X", "X ça veut dire quoi", "qu'est-ce qu'un X" (not "qu'est-ce que je dois…"),
# "X = ?".
# A term seen, its meaning asked: "VSM ? je vois ça dans les docs"
SEEN_TERM = r"\b(je vois|j'ai vu|on voit|je lis|j'ai lu) (ca|ce (mot|sigle|terme))\b"
DEFINE = re.compile(
    r"\b(c'?est quoi|c'?est qui|qu'?est[- ]ce que c'?est|qu'?est[- ]ce qu(e |')"
    r"(le|la|les|l'|un|une|des)\b(?![^?]*\b(doi[st]|doivent|faut|peu[tx]|peuvent)\b)|"
    r"que (veut dire|signifie)|veut dire quoi|signifie quoi|"
    r"ca signifie|definition|kesako|kezako|ca consiste en quoi|de quoi s'agit[- ]il|"
    r"(ca )?veut dire\s*\??\s*$|design\w* quoi|que design\w*|quoi ces? sigles?|"
    r"ce que recouvr\w*|a quoi correspond\w*|correspond\w* a quoi|"
    # "SPE c la prescription électronique de quoi au juste ?", "c le certificat pr quoi
    # exactement": the term's meaning half said, the rest asked
    r"c'?est (la|le|l'|un|une) [^?.]{3,40}?\b(de|pour|pr) quoi (au juste|exactement))"
    r"|\s=\s*\??\s*$|\s=\s*quoi\b"  # "FSE = ?", "FSE = quoi exactement ?"
    # "DMP c'est l'abréviation de quoi ?", "vous pouvez me traduire ces sigles ?"
    r"|\babreviation de quoi\b|\btraduire\b[^?]{0,20}\b(sigles?|acronymes?|abreviations?)\b"
    r"|\b(vous pouvez|pouvez-vous|pourriez-vous|tu peux) me les traduire\b"
    rf"|{SEEN_TERM}"
)
# Where a term was seen, said after « ça veut dire quoi »: "… dans mon tableau amelipro"
SEEN_IN = re.compile(r"\b(dans|sur|sous) (mon|ma|mes|le|la|les|l'|son|sa|ses|notre|votre)\b.*$")
DEFINE_TAIL = re.compile(r"\b(de|pour|pr) quoi (au juste|exactement)\b|\s=\s*quoi\b")
# A sentence after a definition asked that asks something too, not one that says why
TAIL_ASKS = re.compile(r"\?|\b(oui ou non|ou pas|est-ce|combien|comment|quand|pourquoi)\b")
MEANING = re.compile(rf"veut dire|signifi|sigle|design|kesako|kezako|{SEEN_TERM}")
# Whether the asker is entitled to what is named: "j'ai droit à la Donum ?", "ça me concerne
# aussi ?", "je peux la demander ?"
ENTITLED = re.compile(
    r"\b(j'?(y )?ai|on (y )?a|y a|ai-je|a-t-elle|a-t-il|il a|elle a|avons-nous) "
    r"(bien |aussi )?droit\b|"
    r"\b(suis-je|sommes-nous|je suis|on est) (aussi |bien )?concerne|"
    r"\b(me|nous) concerne\w*\b|\bpour (moi|nous) aussi\b|\bmoi aussi\b|"
    r"\b(je peux|puis-je|peut-on|on peut) (la |le |les |y )?(demander|toucher|pretendre|avoir)\b"
)
# Whom a scheme concerns, said just before the practitioner named: "ça concerne aussi ma
# dentiste", "c'est valable pour nos dentistes"
CONCERNS_WHOM = re.compile(
    r"\b(concerne\w*|s'applique\w*|valable|ouverte?) (aussi |bien |egalement |a |pour )*"
    r"(ma|mon|notre|nos|mes|les|le|la|l'|un|une|des) ?$"
)
# ... or just after: "notre dentiste y a droit ?", "nos dentistes peuvent la toucher ?"
ENTITLED_AFTER = re.compile(
    r"\s*(y )?(a|ont|aura|auront|peut|peuvent|pourra|pourront) (aussi |bien |elle |il )?"
    r"(y )?(la |le |les )?(droit|pretendre|toucher|beneficier|demander)\b"
)
# A practitioner told of before asked about: "il peut toucher … lui aussi ?", "y a-t-elle
# droit ?"
THIRD_ENTITLED = re.compile(
    r"\b(peut-il|peut-elle|pourra-t-il|pourra-t-elle|y a-t-il droit|y a-t-elle droit|"
    r"(il|elle) (peut|pourra|pourrait|a|aura) (aussi |bien |y )*(droit|toucher|pretendre|"
    r"beneficier|demander|declarer)|(il|elle) est (aussi |bien )*concernee?|"
    r"concernee? (elle|lui) aussi|(il|elle) passe (elle |lui )?(aussi )?(a|au|en)( la)? "
    r"(donum|dotation|fami|forfait))\b"
)
# A closing question that only checks what was told before: "C'est vrai ?"
CLAIM_CHECKED = re.compile(r"\W*(c'?est|est-ce) (bien )?(vrai|juste|exact|correct)\W*$|\W*vrai\W*$")
# How a relayed question is framed, which names no term: "(transmis par la CPAM de Rouen)",
# "Fwd:", "Question d'un médecin :", a signature after "-- ".
FRAMING = re.compile(
    r"\((transmis|transmise|question|message)[^)]*\)|^\s*(fwd|tr|re)\s*:|"
    r"\bquestion d'une? [^:?]*:|\n--\s*\n.*$|"
    r"\b(?i:je m'y|jm'y|on s'y) perds?\b",  # "Je m'y perds dans les sigles": no loss asked
    re.DOTALL,
)
# An item told missed, then what it costs the asker: its loss, not a price ("mon relevé met
# SAS « non atteint » … ça me coûte combien ce truc ?")
ITEM_MISSED = re.compile(r"\b(non|pas) (atteinte?s?|validee?s?)\b")
OWN_COST = re.compile(
    r"\b(combien )?(ca )?(me |nous |lui |leur )(coute\w*|coutera\w*)( combien)?"
    r" (ce|cet|cette) (truc|histoire|indicateur|oubli|machin|souci|probleme)\b"
)
# What a scheme costs the practitioner is what it does not pay, not a price: "ça me coûte
# combien sur la Donum ?", "combien ça me coûte au FAMI".
SCHEME_COST = re.compile(
    r"\b(combien )?(ca )?(me |nous |lui |leur )?(coute\w*|coutera\w*)( combien)? "
    r"((sur|au|aux|a|dans|pour) (la |le |l'|les |mon |ma |mes )?"
    r"(donum|dotation|fami|forfait|fs|socle|volet|option)"
    # "ça me coûte combien de points ?": points are the forfait's
    r"|(de|en) (points?|pts)\b)"
    # "il me coûte combien ce DMP raté ?": what an item missed costs, not a price
    r"|\b(combien )?(ca )?(me |nous |lui |leur )(coute\w*|coutera\w*)( combien)?"
    r"(?=[^?]{0,40}\b(rate|ratee|manque|loupe|oubli\w*|perdu)\b)"
)
# A cost of one's own asked ("ça m'a coûté combien ?") after a miss told anywhere ("j'ai
# loupé l'indicateur SAS", "raté la DSG", "aucune FSE avec l'appli"): the loss, not a price
OWN_COST_ASKED = re.compile(
    r"\b(combien )?(ca )?(me |m'a |ma |m'ont |nous |nous a |lui |lui a |leur |ca a |ca |cela )"
    r"(coute\w*|coutera\w*)"
    r"( combien)?"
)
MISS_TOLD = re.compile(
    r"\b(rate\w*|loupe\w*|manque\w*|oubli\w*|perdu|aucune?|(non|pas) (atteinte?s?|validee?s?)|"
    # given up: "je laisse tomber la visio, ça me coûte combien ?"
    r"j?lache\w*|abandonn\w*|laisse tomber|(?<=j')arrete|(?<=je )arrete|(?<=si )arrete|jarrete|"
    r"sans|"
    # "je n'ai pas envoyé un seul message …, si je ne le fais pas avant le 31"
    r"([nj]['\s]?)?(ai|a|avons) (toujours |encore )?pas (envoye|fait|mis|installe|active|ouvert)|"
    r"ne (le |la |les |l')?(fais|fait|faisons|faites|envoie|mets) pas|"
    # "volet 1 refusé …", "si je fais zéro FSE avec l'appli …, ça me coûte combien ?"
    r"refuse\w*|zero|"
    # "j'ai pas pu déclarer ma CPTS", "jamais envoyé un seul message", "pas renseigné mes
    # horaires"
    r"pas pu|(?<!presque )jamais|pas (renseigne|saisi|coche|mis|declare)\w*|"
    # "je n'ai ni CPTS ni MSP"
    r"(n'?|je |j'|il |elle )(ai|a|avais|avait) ni|"
    # "pas de logiciel Ségur en 2025, ça me coûte combien ?"
    r"pas (de |d'|d )(?!(?:combien|prix|tarif)\b)|"
    # "en 2025 je ne l'avais pas": the item told, not had
    r"(ne |je )l'(avais|ai|avait) pas|"
    # "mon logiciel n'intégrait pas l'avenant 8, ça m'a coûté combien ?"
    r"(?:n[' ])?\w{3,}(?:ait|aient) pas|"
    # "je suis pas inscrite au SAS", "mes horaires n'étaient pas affichés"
    r"pas (inscrite?s?|affichee?s?|declaree?s?|a jour|installee?s?|activee?s?))\b"
)
# Ordinary French words a letter or two from a word of the FAQ: the spelling correction
# leaves them alone (« honoraires » is not « horaires », « tarif » not « tardifs »,
# « maintenant » not « maintenance », « contrat » not « contact »).
_PLAIN = """honoraires honoraire tarif tarifs maintenant contrat contrats monde cause colle paris
    matin vieux frais envie soigne soigner visite visites trier salaire salaires livre entente
    meteo officine officines miens dotee detartrage crepes panier paniers coute couter coutent
    autorise autorisee regul vient viennent"""
PLAIN_WORDS = frozenset(_PLAIN.split())
# A topic set aside in a question about a forfait: "je confonds avec la ROSP", "je n'ai pas
# signé l'OPTAM", "sans OPTAM", "je ne demande pas le prix", "c'est pas le forfait patientèle".
SET_ASIDE = re.compile(
    r"\b(?:confond\w* avec|pas (?:signe|adhere\w*|demande|parle\w*|de|la)|demande pas|"
    r"c'?est pas|ce n'?est pas|hors|sans|non(?= optam| adherent))\b(?:\W+\w+){1,5}"
)
# What a closing question names when it asks of the schemes themselves
IN_SCOPE_ASKED = re.compile(
    r"\b(forfait|fs|fami|donum|dotation|volets?|socle|indicateurs?|declar\w*|amelipro|taux)\b"
)
# A colon closing an aside: what follows is the question.
ASIDE_THEN_ASKED = re.compile(r"\s:\s")
ASIDE_WORDS = 4  # each side: « ROSP : versée quand ? » sets nothing aside
# What the asker says to set a topic aside: "c pas le sujet", "(pas la ROSP hein)", "mais moi
# je veux savoir", "rien à voir".
ASIDE_SAID = re.compile(
    r"\b(pas le sujet|pas la question|rien a voir|hors sujet|\(pas (la|le|les|l')|hein\b|"
    r"mais moi|je veux savoir|ma question|au passage|passons|autre chose|c'?est a part)"
)
# The tax side left to someone else: "pour la compta je verrai avec elle", "ça je verrai
# avec mon comptable"
TAX_DEFERRED = re.compile(
    r"\b(pour|cote) (la |le )?(compta|comptabilite|fiscalite|fiscal|bnc|impots?|urssaf)\b"
    r"[^.?!]{0,30}\b(je verrai|on verra|je vois|je regarderai|je demanderai|voir) avec\b|"
    r"\b(je verrai|on verra|je vois) (ca |cela )?avec (mon |ma |notre |le |la )?"
    r"(comptable|expert comptable|compta)\b"
)
SCHEMES_NAMED = re.compile(r"\b(forfait structure|fs|fami|donum|dotation numerique|volet [12])\b")
# amelipro's menu « Convention – ROSP », where the indicators are declared: a page or a
# rubric named beside the ROSP, not the ROSP asked about
ROSP_PAGE = re.compile(
    r"\b(page|rubrique|onglet|menu|ecran|lien|trouve que|tombe sur|vois que)\b[^.?!]{0,30}"
    r"\brosp\b|"
    r"\brosp\b[^.?!]{0,20}\b(page|rubrique|onglet|menu|ecran)\b"
)
# Who asks, or why, in a bookkeeper's words: not a tax question
BOOKKEEPER = re.compile(
    r"\b(tiens|tient|tenons|reprends|reprenons|reprend|gere|gerons) la comptabilite\b|"
    r"\b(ma|mon|notre|sa|son) (comptable|expert comptable) (me |nous |lui )?demande\b|"
    r"\bpour un controle fiscal\b"
)
# Patients' régimes listed: the CFE is the Caisse des Français de l'étranger, no tax
OTHER_SCHEMES_OF_PATIENTS = re.compile(r"\b(msa|sncf|ratp|regimes?)\b[^.?!]*\bcfe\b")
VSM_NAMED = re.compile(r"\b(vsm|volets? de synthese)\b")
# A practitioner's sector told, with what goes with it: who asks, not the OPTAM asked about
SECTOR = re.compile(
    r"\bsecteur [12] (optam\b(?! co\b)|(avec )?(des )?depassements? d honoraires\b)"
)
# A breakdown told as the cause of a rate that fell: "tombé à 62 % (lecteur en panne)"
BREAKDOWN_CAUSE = re.compile(r"\b\d+ pourcent (?:\w+ ){0,3}en panne\b")
# The opening hours indicator named: a booking site is where the hours are not, not a topic
HOURS_NAMED = re.compile(r"\b(horaires?|annuaire)\b")
BOOKING = re.compile(r"\b(doctolib|google|site de (prise de )?rendez vous|agenda en ligne)\b")
# Scheme names qualify a term asked about ("PSE dans le forfait structure ça veut dire ?"):
# with another term in the question, they are its context, not what is asked.
CONTEXT_TERMS = frozenset(["FS", "FAMI", "Donum"])
# A statement the asker checks: "…, vrai ou faux ?", "…, c'est vrai ?".
CHECKED = re.compile(
    r"\b(vrai ou faux|(c'?est|est[- ]ce|est[- ]il|est[- ]elle) (bien |donc )?(vrai|exact|juste|"
    r"correct|ca|le cas)|exact|correct|c ca|c bien ca|c le cas)\W*$",
    re.IGNORECASE,
)
# Who said what is checked: "on m'a dit que", "une consœur m'affirme que", "paraît que".
HEARSAY = re.compile(
    r"^.*?\b(m'?a dit|m'?affirme|m'?assure|m'?explique|j'?ai lu|j'?ai entendu|parait|"
    r"il parait|on dit|on raconte)( que| qu'?)",
    re.IGNORECASE,
)
# A belief told, to its sentence's end: "il est persuadé que X.", "elle croit que X,"
BELIEF = re.compile(
    r"\b(est persuadee?|(il|elle|je|on) (pense|croit|croyait|pensait)|est convaincue?|"
    r"(lui|m'|l')?a (affirme|assure|dit)) "
    r"(que|qu')[^.?!]*[.?!]?"
)
# A term asked alone, with question marks, before a few words on where it was seen:
# "ApCV ??? vu ça dans mon relevé amelipro".
LEADING_ASKED = re.compile(r"^\s*([\w-]{2,12})\s*\?{2,}\s*(?:[^?]{0,60})$")
# Two alternatives asked: "en entier ou au prorata ?", "volet 1 ou volet 2 ?"; not "…, ou
# pas ?" (a yes/no tag), nor "ou bien", "ou plus", "ou autre chose".
ALTERNATIVE = re.compile(
    r"\w \bou\b (?!(pas|non|bien|plus|moins|alors|sinon|autre|quoi|rien)\b)\w[^?.!]*\?"
)
# A right asked as lost: "je perds le droit au forfait ?", "je n'y ai plus droit ?"
RIGHT_LOST = re.compile(
    r"\b(perd\w*|perte de) (le |mon |son |leur |du )?droit\b|\b(n'?y? ?ai|a|ai|aurai) plus droit\b"
)
# A loss asked: "perd-il le socle ?", "je perds les 300 € ?"
LOSS_ASKED = re.compile(r"\b(perd\w*|perte)\b")
# Whether what happened is normal, asked: an entry's « Oui »/« Non » answers what happened
NORMAL_ASKED = re.compile(r"\b(c'?est|est[- ]ce|est[- ]il|c) (bien |donc )?normal\b|^normal\b")
# More or less asked: « si j'étais généraliste, j'aurais droit à un forfait plus élevé ? » (an
# entry's « Oui » answers « y ai-je droit ? »)
MORE_ASKED = re.compile(r"\b(plus|moins) (elevee?s?|importante?s?|grose?s?)\b|\bdavantage\b")
# An answer that opens with a verdict on the question asked.
VERDICT = re.compile(r"^(oui|non)\b(?!\s+publi)", re.IGNORECASE)
# Words that ask nothing more of a definition ("c'est quoi exactement le DMP ?").
FILLER = frozenset(
    [
        "exactement",
        "deja",
        "concretement",
        "juste",
        "precisement",
        "donc",
        "ici",
        "sigle",
        "sigles",
        "dont",  # "le SAS dont parle le forfait structure, c'est quoi ?"
        "parle",
        "parlent",
        "mentionne",
        "cite",
        "ces",
        "deux",  # "la différence entre les trois ?": the terms named before
        "trois",
        "quatre",
        "acronyme",
        "acronymes",
        "abreviation",
        "abreviations",
        "definition",  # "… ça veut dire quoi ces sigles ?" said twice
        "pouvez",  # "vous pouvez me traduire ces sigles ?"
        "pourriez",
        "comme",
        "teleservice",
        "teleservices",
        "forfait",
    ]
)
# Who relays a question and how ("un médecin demande ce que recouvrent…"): no topic of its own.
ASKER_WORDS = frozenset(
    ["demande", "demandent", "question", "transmise", "transmis", "cpam", "conseiller", "savoir"]
)
# What the terms asked are for or in, after them: "… pour la prise en charge coordonnée ?",
# "… ds le volet 2 ?"
FOR_WHAT = re.compile(r"\b(pour|dans|du|de) (le |la |les |l'|l )[^?.!]*")
# "c koi la diff entre l'ApCV et le DMP": the difference is in what each term is.
BETWEEN = frozenset(["difference", "differences", "diff", "entre", "vs", "versus"])
# Opposite predicates of a yes/no question: "exclus du taux ?" is answered "Oui" where "comptent-
# ils dans le taux ?" is answered "Non". An entry's verdict is not given across them.
EXCLUDED = re.compile(
    r"\b(exclu\w*|neutralis\w*|retir\w*|enlev\w*|compte\w* pas|ne compte\w*|hors du calcul)\b"
)
INCLUDED = re.compile(
    r"\b(compte\w*|inclu\w*|pris en compte|entre\w* dans|plomb\w*|penalis\w*|"
    r"(fait|font|fera|feront) baisser)\b"
)
# Counted as an FSE, the rate's numerator, not in its total: "le mode dégradé compte comme FSE ?"
AS_FSE = re.compile(
    r"\bcompte\w*(?:-(?:t-)?(?:ils|elles|il|elle))? (?:comme|en tant que) (?:des |une |de vraies )?"
    r"(?:fse|feuilles? de soins? electroniques?)\b"
)
# What a yes/no question asks of its subject; the words of a family ask the same thing.
PREDICATES = (
    (
        "obligatoire",
        re.compile(
            r"\b(oblig\w*|faut|faudr\w*|dois|doit|doivent|devoir|exige\w*|imperati\w*|"
            r"necessaire\w*|requis\w*|indispensable\w*|impose\w*)\b"
        ),
    ),
    ("suffit", re.compile(r"\b(suffi\w*|assez|valid\w*)\b")),
    (
        "reduit",
        re.compile(
            r"\b(proratis\w*|prorata|reduit\w*|diminu\w*|partiel\w*|qu'? ?une partie|en partie)\b"
        ),
    ),
    ("entier", re.compile(r"\b(toute l'?annee|entier\w*|en totalite|integral\w*|en entier)\b")),
    ("automatique", re.compile(r"\b(pre-?rempli\w*|automati\w*)\b")),
    ("normal", re.compile(r"\b(normal\w*|logique|coherent\w*)\b")),
    (
        "stable",
        re.compile(
            r"\b((rest\w*|est|sont)(-t-(il|elle|ils|elles)|-(il|elle|ils|elles))? (le|la|les) "
            r"memes?|pareil\w*|identique\w*|"
            r"inchange\w*|toujours le meme)\b"
        ),
    ),
    ("change", re.compile(r"\b(chang\w*|augment\w*|baiss\w*|evolu\w*|monte\w*|passe a)\b")),
    (
        "seul",
        re.compile(
            r"(\bn'?e? ?\w+(-\w+)?( \w+)? que\b|\b(seulement|uniquement|separement|chacun)\b|"
            r"\bc'?(est)? que (pour|pr)\b|\breserve\w* aux?\b|"
            r"\b(\w+) par \4\b|\bpar (cabinet|lieu|site)\b)"
        ),
    ),
    ("tous", re.compile(r"\b(tous|toutes|ensemble|global\w*)\b")),
    ("fini", re.compile(r"\b(fini\w*|termine\w*|arret\w*|supprime\w*|disparai\w*|disparu\w*)\b")),
    ("continue", re.compile(r"\b(encore|existe\w*|continu\w*|maintenu\w*|perdure\w*)\b")),
    (
        "obtenu",
        re.compile(
            r"\b(pay\w*|paie\w*|touch\w*|rapport\w*|verse\w*|remuner\w*|eligib\w*|droit|"
            r"concern\w*|ouvert\w*|peu[tx]|puis|pouv\w*|peuvent|possible\w*|autoris\w*)\b"
        ),
    ),
)
YEAR = re.compile(r"\b(20[12]\d)\b")
PARENTHESES = re.compile(r"\([^)]*\)")
NEGATIONS = frozenset(["pas", "sans", "aucun", "aucune", "jamais", "rien", "ni", "manqu", "non"])
# Weights of the score components, tuned on tests/faq_devset.yaml (make eval).
W_PHRASE, W_ANSWER, W_FUZZY, W_SCOPE = 0.5, 0.2, 0.6, 0.6
FUZZY_POOL = 30  # lexical candidates re-ranked by the fuzzy score
SESSION_SCOPE = 0.4  # weight of the session's profession
SESSION_YEAR = 0.3  # weight of the session's or today's exercice: the nearest year first
# Confidence = score − unknown words + margin − out-of-scope topic, vs THRESHOLD: a grid
# search on both development sets (bench/faq_eval.py) found the question's coverage by the
# entry adds nothing once the margin counts, and these weights make a wrong answer about half
# as frequent as a declined one.
C_UNKNOWN, C_MARGIN, C_OFFTOPIC, THRESHOLD = 2.0, 2.0, 5.0, 2.0
# A question naming an out-of-scope topic is answered only above these margins, with and
# without its out-of-scope words.
OFFTOPIC_MARGIN, REST_MARGIN = 1.5, 1.5
# ... the second one lower when the rest asks of a scheme or its indicator by name ("mes
# horaires sont sur Doctolib, ça suffit pour l'indicateur horaires du FAMI ?")
NAMED_REST_MARGIN = 0.75
INDICATOR_ASKED = re.compile(r"\b(l'|l |mon |cet |de l'|pour l'|pour l )?indicateur \w{4,}")
# An entry holding under this share of the question's words answers only with this much
# confidence: "une carte CPS pour ma secrétaire" is not the téléservices entry (set on the
# development sets: fewer out-of-scope questions answered, no right answer lost).
THIN_COVERAGE, THIN_THRESHOLD = 0.3, 3.0
SPECIFIC_DF = 8  # a word in at most this many entries says what the question is about
# A verdict is given only with this share of the question's words in the entry, and to a
# negative question only from a negative phrasing unless the words agree this much.
VERDICT_COVERAGE, POLARITY_COVERAGE = 0.45, 0.6
CLEAR_LEAD, LEAD_COVERAGE = 0.5, 0.3
OPEN_COVERAGE = 0.5
# ... and only when it stands this far ahead of the next entry.
VERDICT_MARGIN = 0.1
# Any answer: two entries on different indicators this close are the closest questions, not a
# guess (set on the development sets: 3 wrong answers fewer, 2 right ones become suggestions).
# The next entry stands in for a top one of another year or beside the VSM when this close
NEXT_FITS = 0.9
NEAR_TIE = 0.05
SUGGESTIONS = 3
SCOPES_CACHED = 1000  # the cases questions name (years × professions × schemes): far fewer
CANDIDATES = 6  # entries ranked per question: the closest ones, for another kind of answer
# An entry answering the kind of question asked replaces the best one within this score.
INTENT_GAP = 0.5
# What a yes/no entry never gives: a date, an amount, a count, a target ("comment ?" and
# "pourquoi ?" its facts may answer once its « Oui »/« Non » is taken off).
FIGURES_ASKED = frozenset(["date", "montant", "nombre", "seuil"])
SAID_INSTEAD = FIGURES_ASKED | {"comment"}  # what a close entry may say in a yes/no one's place
# How close an entry saying how must be to a yes/no entry set aside for its « Oui »/« Non »
# (« le logiciel pré-rempli n'est pas le bon : que faire ? » is not the messagerie's procedure):
# closer than one giving a date or an amount, as procedures look alike.
SAYING_GAP = 0.25
PERIMETER = "perimetre"  # the theme of the entries on who is covered
OTHER_PROFESSIONS = "autres_professions"  # the hors_perimetre topic of uncovered professions


# The searches and word expansions of one message's readings (the whole, then each part:
# `shared_searches`), by what decides them. Never kept across messages: a question asked
# again is read again.
_SEARCHES: ContextVar[dict[tuple[object, ...], Any] | None] = ContextVar(
    "faq_searches", default=None
)


@contextmanager
def shared_searches() -> Iterator[None]:
    """Within, a search of the same words for the same case is done once, and so is the
    expansion of the same normalised words: the readings of one message share them ("c'est
    pour qui ? tous les médecins ?" and its second part, read as "c'est pour qui, tous les
    médecins ?", have the same words)."""
    token = _SEARCHES.set({})
    try:
        yield
    finally:
        _SEARCHES.reset(token)


@dataclass(frozen=True)
class Hit:
    entry: FaqEntree
    score: float  # combined score, higher is better
    bm25: float
    fuzzy: float
    coverage: float  # share of the question's words found in the entry's phrasings
    negative: bool = False  # the phrasing that matched best is a negative one ("pas de…")


@dataclass(frozen=True)
class Answer:
    matched: bool
    hit: Hit | None
    suggestions: list[Hit] = field(default_factory=list)
    kind: str = "faq"  # faq | greeting | thanks | bye | empty
    hors_sujet: SujetHorsPerimetre | None = None  # a neighbouring topic we do not cover
    # What to do with it: "answer" (hit), "suggest" (the closest questions, "Vouliez-vous
    # dire…"), "definition" (the glossary's definition, no entry sure enough), "decline"
    # (nothing close), "out_of_scope" (hors_sujet says which topic or profession); for the
    # other kinds, the kind itself.
    outcome: str = "answer"
    # Why the closest entries are only suggested: "seuil" (none is close enough), "verdict"
    # (an "Oui"/"Non" to another question), "valeur" (a figure of the asker's own, for the
    # calculator: `scope.valeurs`).
    reason: str | None = None
    definition: GlossaireTerme | None = None  # "c'est quoi l'ApCV ?": shown first
    # "c quoi AAT, DMT et CM AT-MP ?": every term asked, when the question asks several
    definitions: tuple[GlossaireTerme, ...] = ()
    profession: str | None = None  # the profession assumed, and where it was read:
    profession_source: str | None = None  # "question" | "session"
    exercice: int | None = None  # the exercice assumed, and where it was read:
    exercice_source: str | None = None  # "question" | "session" | "defaut" (today's)
    autre_profession: str | None = None  # "les infirmiers": not covered
    # Schemes the question names that the asker's profession (named in it) has no rules for:
    # "je suis kiné, j'ai droit au forfait structure ?" -> ("forfait_structure",)
    autres_dispositifs: tuple[str, ...] = ()
    scope: QuestionScope | None = None  # everything the question names, figures included


class FaqIndex:
    """Built once at start-up from the FAQ and the glossary (well under a second).

    `dispositifs` (optional) give the calendar that decides the current exercice assumed when
    neither the question nor the session names one. `professions` (the registry) says which
    professions are covered, and how users name them.
    """

    def __init__(
        self,
        entries: list[FaqEntree],
        glossaire: Glossaire,
        hors_perimetre: HorsPerimetre | None = None,
        dispositifs: Iterable[Dispositif] = (),
        professions: Mapping[str, FicheProfession] | None = None,
    ) -> None:
        self.entries = entries
        self.by_id = {e.id: e for e in entries}
        self._position = {e.id: i for i, e in enumerate(entries)}
        self._year_fits: dict[frozenset[int], np.ndarray] = {}
        self._scopes: dict[tuple[object, ...], np.ndarray] = {}
        self._defined: dict[str, tuple[str, re.Match[str] | None]] = {}
        self._current: dict[tuple[dt.date, str | None, tuple[str, ...]], int | None] = {}
        self._corrections: dict[str, str] = {}
        self._scheme_defined: dict[str, bool] = {}  # an entry that defines a scheme's name
        self._stemmer = FrenchStems()
        self._read_rules(list(dispositifs))
        self._read_glossary(glossaire)
        self._surface = self._surface_vocabulary(entries, glossaire)
        self._surface_words = frozenset(w for ws in self._surface.values() for w in ws)
        askers = covered(entries, self._dispositifs, professions)
        self.reader = ScopeReader(askers)
        docs = self._index_phrasings(entries)
        self._read_scopes(entries)
        self._read_offtopic(hors_perimetre)
        answer_docs = [self.tokens(e.reponse, correct=False) for e in entries]
        self._known = set(self.vocab).union(*map(set, answer_docs))
        # "gynéco ici, …": how the asker names themself is no word the FAQ lacks, nor one
        # of the topic an entry should cover
        self._asker_tokens = frozenset(
            t for aliases in askers.values() for a in aliases for t in self.tokens(a)
        ) - set(self.vocab)
        self._known.update(self._asker_tokens)
        # The entry document ranks best; the best single phrasing and the answer add recall.
        self._bm25 = _bm25(docs)
        self._answers = _bm25(answer_docs)
        # the three scored in one pass (search's most frequent cost after the fuzzy ratios)
        self._stack = Bm25Stack([self._bm25, self._entries, self._answers])

    def _read_rules(self, dispositifs: list[Dispositif]) -> None:
        """What the calculator's data tells the FAQ: the calendar (current exercice), the
        provisional years and the years they reconduct, the published targets, each
        profession's schemes."""
        self._dispositifs = dispositifs
        # The years whose entries answer a question that names a year: the one a provisional
        # year reconducts and those of the same scheme with the very same rules (the FAMI
        # 2025 applies the 2024 guide: its entries answer "le FAMI 2025"). Not a ranking
        # bonus: given to the ranking too, it made 9 sets worse.
        dated = [d for d in dispositifs if d.exercice is not None]
        alike: dict[tuple[str, tuple[object, ...]], set[int]] = {}
        for d in dated:
            alike.setdefault((d.profession, _rules_signature(d)), set()).add(d.exercice)
        self._reconduit = {
            (d.profession, d.exercice): d.reconduit_de for d in dated if d.reconduit_de is not None
        }
        self._same_rules = {
            (d.profession, d.exercice): frozenset(
                alike[(d.profession, _rules_signature(d))] - {d.exercice}
                | ({d.reconduit_de} if d.reconduit_de is not None else set())
            )
            for d in dated
        }
        self._targets = frozenset(t for d in dispositifs for t in d.rate_targets())
        self.schemes_of: dict[str, set[str]] = {}  # each profession's schemes
        self._schemes_in: dict[tuple[str, int | None], set[str]] = {}  # and each year's
        for d in dispositifs:
            self.schemes_of.setdefault(d.profession, set()).add(d.dispositif)
            self._schemes_in.setdefault((d.profession, d.exercice), set()).add(d.dispositif)

    def _read_glossary(self, glossaire: Glossaire) -> None:
        """Acronyms and synonyms rewritten to one token; acronyms that are French words."""
        self._phrase_rx, self._phrase_map, self._terms = self._expansions(glossaire)
        self._synonym_heads = frozenset(normalise(group[0]) for group in glossaire.synonymes)
        self._phrase_singular: dict[str, str] = {}
        for phrase, canon in self._phrase_map.items():
            self._phrase_singular.setdefault(_singular(phrase), canon)
        # Acronyms that are also French words ("MES"): recognised only in capitals.
        upper = [t.sigle for t in glossaire.termes if normalise(t.sigle) in STOPWORDS]
        self._case_rx = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, upper)) + r")(?!\w)")
            if upper
            else None
        )

    def phrase_heads(self, text: str) -> list[str]:
        """The synonym heads of the glossary phrases of several words in `text` ("prise en
        charge coordonnée" → "coordination"); acronyms aside."""
        said = normalise(text)
        return [
            head
            for m in self._phrase_rx.finditer(said)
            if " " in m.group(0) and (head := self._phrase(m.group(0))) in self._synonym_heads
        ]

    def _index_phrasings(self, entries: list[FaqEntree]) -> list[list[str]]:
        """One document per phrasing (question and formulations) and one per entry (all its
        phrasings); returns the phrasings' documents."""
        docs: list[list[str]] = []
        entry_docs: list[list[str]] = []
        self._doc_entry: list[int] = []
        for i, e in enumerate(entries):
            entry_docs.append([])
            for phrasing in [e.question, *e.formulations]:
                tokens = self.tokens(phrasing, correct=False)
                docs.append(tokens)
                entry_docs[i].extend(tokens)
                self._doc_entry.append(i)
        counts = np.bincount(self._doc_entry, minlength=len(entries))
        self._entry_ends = np.cumsum(counts)
        self._entry_starts = self._entry_ends - counts
        self._entry_sizes = counts
        self._starts, self._ends = self._entry_starts.tolist(), self._entry_ends.tolist()
        self._doc_negative = [bool(NEGATIONS.intersection(d)) for d in docs]
        # each phrasing's words in order, as token_sort_ratio would sort them on every call
        doc_text = [" ".join(sorted(" ".join(d).split())) for d in docs]
        self._entry_texts = [
            doc_text[a:b] for a, b in zip(self._entry_starts, self._entry_ends, strict=True)
        ]
        self._entry_vocab = [set(d) for d in entry_docs]
        self._entry_df = Counter(t for v in self._entry_vocab for t in v)
        self.vocab = sorted({t for d in docs for t in d})
        self._entries = _bm25(entry_docs)
        # the words the entries' questions and answers use: a question matched only on words
        # of their colloquial phrasings (« ça plombe mon taux », « c'est grave ? ») is not
        # matched on its topic (« je cherche un plombier », « mon chien tousse c grave »)
        self._topic_words = {
            t for e in entries for t in self.tokens(f"{e.question} {e.reponse}", correct=False)
        }
        return docs

    def _read_scopes(self, entries: list[FaqEntree]) -> None:
        """Which entries open with a verdict, and which are limited to some years,
        professions or schemes; the entries on who is covered, by profession."""
        self._verdict = [bool(VERDICT.match(e.reponse)) for e in entries]
        # what each entry's question asks of its subject, and the figures its phrasings quote:
        # read against every yes/no question answered with it
        self._asks = [predicates(fold(e.question)) for e in entries]
        self._quoted = [
            set().union(*(_figures(fold(p)) for p in [e.question, *e.formulations]))
            for e in entries
        ]
        self._intents = [of_entry(e) for e in entries]
        self._vsm = [
            e.theme == "vsm" or any(VSM.search(fold(p)) for p in [e.question, *e.formulations])
            for e in entries
        ]
        self._has_years = np.array([bool(e.portee.exercices) for e in entries])
        self._entry_years = [e.portee.exercices for e in entries]
        self._has_profession = np.array([bool(e.portee.professions) for e in entries])
        # The schemes an entry is about, as its phrasings name them.
        self._schemes = {
            k: np.array(
                [any(rx.search(fold(p)) for p in [e.question, *e.formulations]) for e in entries]
            )
            for k, rx in SCHEMES.items()
        }
        self._has_scheme = np.logical_or.reduce(list(self._schemes.values()))
        self._professions = {
            p: np.array([p in e.portee.professions for e in entries]) for p in self.reader.covered
        }
        # Entries on who is covered that name a profession ("le FAMI des infirmiers ?"), by
        # covered id or uncovered label.
        named = {**self.reader.covered, **self.reader.others}
        self._about_profession = {
            key: [
                i
                for i, e in enumerate(entries)
                if e.theme == PERIMETER
                and any(rx.search(fold(p)) for p in [e.question, *e.formulations])
            ]
            for key, rx in named.items()
        }

    def _read_offtopic(self, hors_perimetre: HorsPerimetre | None) -> None:
        sujets = hors_perimetre.sujets if hors_perimetre else []
        self._other_professions = next((s for s in sujets if s.id == OTHER_PROFESSIONS), None)
        self._offtopic = [
            (
                sujet,
                re.compile(r"\b(" + _by_first_letter(map(_term, sujet.termes)) + r")\b"),
            )
            for sujet in sujets
            if sujet.id != OTHER_PROFESSIONS
        ]
        # most questions name none of them: one pass over every term tells, before each
        # topic's own pass in order (the first topic named wins)
        terms = [_term(t) for sujet, _ in self._offtopic for t in sujet.termes]
        self._any_offtopic = re.compile(r"\b(" + _by_first_letter(terms) + r")\b")

    def names_offtopic(self, folded: str) -> bool:
        """Whether the text holds a word of any out-of-scope topic (a quick test)."""
        return bool(self._any_offtopic.search(folded))

    def offtopic_in(self, folded: str, told: str | None = None) -> SujetHorsPerimetre | None:
        """The first out-of-scope topic (in the knowledge's order) the question names;
        `told`, the message folded with its elisions (« pas d'addendum 8 »), where given."""
        if not self._any_offtopic.search(folded):
            return None
        folded = self.offtopic_text(folded, told)
        # "… et si ça passe en BNC. Pour la compta je verrai avec elle": the tax set aside
        deferred = "fiscal_social" if TAX_DEFERRED.search(folded) else None
        return next(
            (sujet for sujet, rx in self._offtopic if sujet.id != deferred and rx.search(folded)),
            None,
        )

    @staticmethod
    def offtopic_text(folded: str, told: str | None = None) -> str:
        """The words an out-of-scope topic is looked for in: those telling of a scheme's own
        matter set aside (« ça coûte combien sur le FAMI », « je confonds avec la ROSP »,
        « mes horaires sont sur Doctolib »). A miss is read in `told` when given: the
        elisions `folded` drops tell it (« pas d'addendum 8, ça m'a coûté combien ? »)."""
        folded = SCHEME_COST.sub(" ", folded)
        if ITEM_MISSED.search(folded):  # "SAS « non atteint » … ça me coûte combien ?"
            folded = OWN_COST.sub(" ", folded)
        if MISS_TOLD.search(told or folded):  # "raté la DSG et la SPE, ça me coûte combien ?"
            folded = OWN_COST_ASKED.sub(" ", folded)
        if SCHEMES_NAMED.search(folded) or VSM_NAMED.search(folded):
            folded = SET_ASIDE.sub(" ", folded)  # "je confonds avec la ROSP", "pas signé l'OPTAM"
        # "gynéco en secteur 2 OPTAM", "secteur 2 dépassements d'honoraires": who asks
        folded = SECTOR.sub(" ", folded)

        if HOURS_NAMED.search(folded):  # "mes horaires sont sur Doctolib, ça compte ?"
            folded = BOOKING.sub(" ", folded)
        # "mon taux est tombé à 62 % (lecteur en panne plusieurs mois)": why a rate fell
        folded = BREAKDOWN_CAUSE.sub(" ", folded)
        # "pour déclarer le FS je tombe sur une page ROSP"; "le VSM est pondéré par la
        # patientèle de la ROSP ?": the VSM's weighting
        if ROSP_PAGE.search(folded) or VSM_NAMED.search(folded):
            folded = re.sub(r"\brosp\b", " ", folded)
        # "je tiens la comptabilité d'une dentiste : le FAMI est versé en une fois ?": who asks
        folded = BOOKKEEPER.sub(" ", folded)
        if OTHER_SCHEMES_OF_PATIENTS.search(folded):  # "MSA, SNCF, CFE": patients' régimes
            folded = re.sub(r"\bcfe\b", " ", folded)
        return folded

    # ---- text processing ---------------------------------------------------------------

    @staticmethod
    def _expansions(
        g: Glossaire,
    ) -> tuple[re.Pattern[str], dict[str, str], dict[str, GlossaireTerme]]:
        """Acronym variants and expansions → the acronym; synonyms → the group's first phrase.

        Mapping to one token (rather than appending the expansion) keeps questions short, so
        that "dossier médical partagé" and "DMP" match alike without diluting BM25. One
        regular expression, longest phrase first, rewrites a question in a single pass. The
        third mapping gives each acronym token its glossary term, for definitions.
        """
        mapping: dict[str, str] = {}
        terms: dict[str, GlossaireTerme] = {}
        for term in g.termes:
            canon = normalise(term.sigle).replace(" ", "")
            phrases = [*term.variantes, re.sub(r"\s*\(.*\)", "", term.developpe)]
            if canon in STOPWORDS:  # "MES" but not the possessive "mes": see expand()
                canon += "acr"
            else:
                phrases.append(term.sigle)
            terms.setdefault(canon, term)
            for phrase in phrases:
                mapping.setdefault(normalise(phrase), canon)
        for group in g.synonymes:
            head = normalise(group[0])
            for word in group[1:]:
                mapping.setdefault(normalise(word), head)
        mapping = {a: b for a, b in mapping.items() if a and a != b and a not in STOPWORDS}
        alternatives = _by_first_letter(sorted(mapping, key=len, reverse=True), _plural)
        rx = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        return rx, mapping, terms

    @staticmethod
    def _surface_vocabulary(entries: list[FaqEntree], g: Glossaire) -> dict[str, list[str]]:
        """The words the FAQ and the glossary are written with, by first letter: what a
        mistyped word ("messagrie", "ségure") is corrected to."""
        texts = [t for e in entries for t in (e.question, *e.formulations, e.reponse)]
        texts += [p for t in g.termes for p in (t.sigle, t.developpe, *t.variantes)]
        texts += [w for group in g.synonymes for w in group]
        words = {w for t in texts for w in normalise(t).split() if len(w) >= 4}
        by_letter: dict[str, list[str]] = {}
        for w in sorted(words):
            by_letter.setdefault(w[0], []).append(w)
        return by_letter

    def _correct(self, word: str) -> str:
        """A mistyped word mapped to the closest word of the FAQ with the same first letter
        (a typo rarely hits the first letter), when close enough for its length. An elision
        glued to its word, as typed in text messages ("lapcv", "dannee"), loses its letter.
        Every word's outcome is kept (bounded): a question's words are mostly known ones."""
        found = self._corrections.get(word)
        if found is None:
            found = self._corrected(word)
            if len(self._corrections) < 20_000:
                self._corrections[word] = found
        return found

    def _corrected(self, word: str) -> str:
        """`_correct`, computed. The words of a letter are the surface words that start with
        it: membership is read in the set of them all."""
        known = self._surface_words
        glued = len(word) >= 4 and word[0] in "djlmnst" and word not in STOPWORDS
        if glued and word[1:] in known and word not in known:
            return word[1:]
        if len(word) < 5 or word in STOPWORDS or word in PLAIN_WORDS or not word.isalpha():
            return word
        if word in known:
            return word
        cutoff = 80 if len(word) <= 6 else 84
        pool = self._surface.get(word[0], [])
        found = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=cutoff)
        return found[0] if found else word

    def expand(self, text: str, correct: bool = False) -> str:
        text = normalise(self._acronyms(text))
        shared = _SEARCHES.get()
        if shared is None:
            return self._expand(text, correct)
        key = ("expand", text, correct)
        found = shared.get(key)
        if found is None:
            found = shared[key] = self._expand(text, correct)
        return found

    def _expand(self, text: str, correct: bool) -> str:
        """`expand` of a normalised text."""
        if correct:
            known = self._corrections
            text = " ".join([known.get(w) or self._correct(w) for w in text.split()])
        return self._phrase_rx.sub(lambda m: f" {self._phrase(m.group(0))} ", text)

    def _phrase(self, matched: str) -> str:
        """The canonical token of a glossary phrase, matched as written or in the plural."""
        found = self._phrase_map.get(matched)
        if found is None:
            found = self._phrase_singular[_singular(matched)]
        return found

    def tokens(self, text: str, correct: bool = True) -> list[str]:
        return self._stemmer.words(self._words(text, correct))

    def _words(self, text: str, correct: bool = True) -> list[str]:
        return [w for w in self.expand(text, correct).split() if w not in STOPWORDS]

    def definition(self, text: str, words: list[str] | None = None) -> GlossaireTerme | None:
        """The glossary term a question asks to define: "c'est quoi l'ApCV ?", "DSG ça veut
        dire quoi", or a bare acronym ("ApCV", "DSG ?"). `words`: the question's expanded
        words, when already computed."""
        folded, marker = self._defining(text)
        if marker is None:
            words = self._words(text) if words is None else words
            if len(words) != 1:
                return self._leading_term(text)
            return self._terms.get(words[0])
        # "ApCV ça veut dire quoi dans mon tableau amelipro ?": where it was seen, after
        tail = folded[marker.end() :]
        before = self._terms_in(folded[: marker.start()])
        own, asks, _ = tail.partition("?")
        if asks and before and not self._terms_in(own):
            tail = own  # "MSS ça veut dire quoi ? je le vois partout sur amelipro": MSS
        after = self._terms_in(SEEN_IN.sub(" ", tail))
        asked = [t for t in after if t.sigle not in CONTEXT_TERMS]
        asked_before = [t for t in before if t.sigle not in CONTEXT_TERMS]
        named = asked[:1] or asked_before[-1:] or after[:1] or before[-1:]
        if named and not (asked or asked_before) and not after and self._qualifies(folded, marker):
            return None  # "aller vers fami c quoi ?": the scheme's name says of what
        return named[0] if named else None

    def _qualifies(self, folded: str, marker: re.Match[str]) -> bool:
        """The scheme's name just before « c'est quoi » follows a word of its own subject
        ("aller vers fami"), not a function word ("on me parle du FAMI")."""
        words = folded[: marker.start()].split()
        while words and words[-1] in ("ca", "cela", "c'est", "cest", "c", "ce", "le", "la"):
            words.pop()  # "donum ça veut dire quoi": the name asked alone
        if len(words) < 2 or not self._terms_in(words[-1]):
            return False
        head = self.expand(words[-2], correct=True).split()
        return bool(head) and head[-1] not in STOPWORDS | FILLER | ASKER_WORDS | BETWEEN

    def _leading_term(self, text: str) -> GlossaireTerme | None:
        """ "ApCV ??? vu ça dans mon relevé", "DSG ?? jamais entendu parler": a term asked
        alone at the start, what follows only says where it was seen."""
        lead = LEADING_ASKED.match(text)
        if lead is None:
            return None
        words = self._words(lead.group(1))
        return self._terms.get(words[0]) if len(words) == 1 else None

    def only_definitions(self, text: str) -> tuple[GlossaireTerme, ...]:
        """The terms a question asks to define when it asks several and nothing else ("dsg
        spe pse c quoi ces sigles", "ce que recouvrent AAT, DMT et CM AT-MP")."""
        folded, marker = self._defining(text)
        if marker is None:
            return ()
        end = SENTENCE_END.search(folded, marker.end())
        if end is not None:  # "AAT, PSE, DMT... c'est quoi tous ces sigles ? jm'y perds"
            folded = folded[: end.start()]
        # "… c quoi tous ces sigles pour la prise en charge coordonnée ?": what they are for
        folded = folded[: marker.end()] + FOR_WHAT.sub(" ", folded[marker.end() :])
        marker = DEFINE.search(folded)
        words = self._rest_words(folded, marker)
        by_sigle = {self._terms[w].sigle: self._terms[w] for w in words if w in self._terms}
        asked = [t for sigle, t in by_sigle.items() if sigle not in CONTEXT_TERMS]
        rest_words = [w for w in words if w not in self._terms and w not in ASKER_WORDS | BETWEEN]
        return tuple(asked) if len(asked) > 1 and not rest_words else ()

    def only_definition(self, text: str) -> bool:
        """The question asks what a term is and nothing else ("c koi le DMP", "mssanté c
        koi", "je suis dentiste, c'est quoi l'ApCV ?", "ApCV ??? vu dans mon relevé"), not
        something about it ("c'est quoi le montant du socle FAMI ?")."""
        if self._leading_term(text) is not None:
            return True
        folded, marker = self._defining(text)
        if marker is not None:  # "la caisse me dit de voir le CIS. c qui le CIS ??": its sentence
            end = SENTENCE_END.search(folded, marker.end())
            if end is not None and TAIL_ASKS.search(folded[end.start() :]):
                end = None  # "VSM c quoi ? ça fait partie du volet 2 oui ou non": asked too
            folded = folded[_sentence_start(folded, marker.start()) : end.start() if end else None]
            marker = DEFINE.search(folded)
        words = self._rest_words(folded, marker)
        terms = [w for w in words if w in self._terms]
        if len(terms) > 1:  # the scheme's name qualifies the term asked about
            words = [w for w in words if self._terms.get(w) is None or w == _asked(terms, self)]
        elif terms and DEFINE_TAIL.search(folded):
            # "SPE c la prescription électronique de quoi au juste ? de transport ?": the
            # words of the term's own meaning, said back to ask the rest of it
            term = self._terms[terms[0]]
            said = fold(" ".join([term.developpe, *term.variantes])).split()
            pairs = [" ".join(said[k : k + 2]) for k in range(len(said))]  # its phrases too
            own = {x for w in said + pairs for x in [w, *self._words(w)]}
            words = [w for w in words if w in self._terms or w not in own]
        return len(words) == 1 and words[0] in self._terms

    def _defining(self, text: str) -> tuple[str, re.Match[str] | None]:
        """The question as definitions read it (askers' professions out, acronyms marked),
        and where it asks "c'est quoi"; computed once per question."""
        found = self._defined.get(text)
        if found is None:
            folded = self._without_askers(fold(self._acronyms(FRAMING.sub(" ", text))))
            found = (folded, DEFINE.search(folded))
            if len(self._defined) > 1000:
                self._defined.clear()
            self._defined[text] = found
        return found

    def _meaning_asked(self, text: str) -> bool:
        """The question asks what a word means ("ça veut dire quoi", "que signifie")."""
        marker = self._defining(text)[1]
        return marker is not None and MEANING.search(marker.group(0)) is not None

    def _rest_words(self, folded: str, marker: re.Match[str] | None) -> list[str]:
        """The words besides "c'est quoi": the terms asked, and anything else asked of them."""
        rest = folded if marker is None else folded[: marker.start()] + " " + folded[marker.end() :]
        return [
            w
            for w in self.expand(rest, correct=True).split()
            if w not in STOPWORDS and w not in FILLER | ASKER_WORDS and not w.isdigit()
        ]

    def _without_askers(self, folded: str) -> str:
        """The question without the covered professions it names: "je suis dentiste, c'est
        quoi l'ApCV ?", "la coordo c koi pr un dentiste ?" ask no definition of « CD »."""
        for rx in self.reader.covered.values():
            folded = rx.sub(" ", folded)
        return folded

    def _acronyms(self, text: str) -> str:
        """Acronyms that are also French words marked while the case still tells them apart
        ("MES dans mon forfait"), before folding lowercases them."""
        if self._case_rx is None:
            return text
        return self._case_rx.sub(lambda m: f" {m.group(0).lower()}acr ", text)

    def _terms_in(self, text: str) -> list[GlossaireTerme]:
        words = self.expand(text, correct=True).split()
        return [self._terms[w] for w in words if w in self._terms]

    # ---- search ------------------------------------------------------------------------

    def search(
        self,
        text: str,
        profession: str | None = None,
        exercice: int | None = None,
        k: int = 3,
        tokens: list[str] | None = None,
        scope: QuestionScope | None = None,
    ) -> list[Hit]:
        q = self.tokens(text) if tokens is None else tokens
        if not q:
            return []
        scope = scope or self.reader.detect(text)
        shared = _SEARCHES.get()
        if shared is None:
            return self._search(q, profession, exercice, k, scope)
        key = (tuple(q), k, *self._scope_key(scope, profession, exercice))
        found = shared.get(key)
        if found is None:
            found = shared[key] = tuple(self._search(q, profession, exercice, k, scope))
        return list(found)

    def _search(
        self,
        q: list[str],
        profession: str | None,
        exercice: int | None,
        k: int,
        scope: QuestionScope,
    ) -> list[Hit]:
        phrase_scores, whole, answers = self._stack.get_scores(q)
        best_phrase = np.maximum.reduceat(phrase_scores, self._entry_starts)
        lexical = (
            whole / (whole.max() or 1)
            + W_PHRASE * best_phrase / (best_phrase.max() or 1)
            + W_ANSWER * answers / (answers.max() or 1)
            + W_SCOPE * self._scope(scope, profession, exercice)
        )
        # The whole-string fuzzy score only re-ranks the best lexical candidates.
        candidates = np.argpartition(-lexical, FUZZY_POOL)[:FUZZY_POOL]
        fuzzy = np.zeros(len(self.entries))
        candidates.sort()
        sizes = self._entry_sizes[candidates]
        texts = self._entry_texts
        docs = list(chain.from_iterable([texts[i] for i in candidates.tolist()]))
        asked = " ".join(sorted(" ".join(q).split()))
        ratios = process.cdist([asked], docs, scorer=fuzz.ratio)[0]  # token_sort_ratio
        fuzzy[candidates] = np.maximum.reduceat(ratios, np.cumsum(sizes) - sizes)
        combined = lexical + W_FUZZY * fuzzy / 100
        qset = set(q) - self._asker_tokens or set(q)
        hits = []
        starts, ends = self._starts, self._ends  # as Python ints: cheaper to index with
        for i in np.argsort(-combined, kind="stable")[:k].tolist():
            coverage = len(qset & self._entry_vocab[i]) / len(qset)
            start = starts[i]
            best = start + int(phrase_scores[start : ends[i]].argmax())
            hits.append(
                Hit(
                    self.entries[i],
                    float(combined[i]),
                    float(best_phrase[i]),
                    fuzzy[i],
                    coverage,
                    self._doc_negative[best],
                )
            )
        return hits

    def _scope(
        self, scope: QuestionScope, profession: str | None, exercice: int | None
    ) -> np.ndarray:
        """`_scope_of`, cached (read only): questions name few distinct cases, and the arrays
        cost ~30 µs a question to build."""
        key = self._scope_key(scope, profession, exercice)
        found = self._scopes.get(key)
        if found is None:
            found = self._scope_of(scope, profession, exercice)
            found.flags.writeable = False
            if len(self._scopes) < SCOPES_CACHED:
                self._scopes[key] = found
        return found

    @staticmethod
    def _scope_key(
        scope: QuestionScope, profession: str | None, exercice: int | None
    ) -> tuple[object, ...]:
        """What of the case `_scope_of` reads: its weights are the same for the same key."""
        named = scope.professions or scope.implied
        return (scope.exercice, exercice, profession, scope.schemes, bool(scope.compared), named)

    def _scope_of(
        self, scope: QuestionScope, profession: str | None, exercice: int | None
    ) -> np.ndarray:
        """+ for entries of the years, profession and scheme the question names, − for
        entries limited to others. The session's (or today's) profession and exercice only break
        ties, the nearest year first."""
        out = np.zeros(len(self.entries))
        if scope.exercice:  # the year the question is about, not one said in passing
            years, year_weight = {scope.exercice}, 1.0
        else:
            years, year_weight = ({exercice} if exercice else set()), SESSION_YEAR
        # A provisional exercice applies the rules of the one it reconducts: their entries fit
        # (the profession's the question names: a dentist asking of the médecins' 2026)
        named = scope.professions or scope.implied
        whose = named[0] if len(named) == 1 and not scope.compared else profession
        years |= {r for y in years if (r := self._reconduit.get((whose, y)))}
        if years:
            out += year_weight * self._year_fit(frozenset(years))
        if scope.schemes:
            named_scheme = np.logical_or.reduce([self._schemes[k] for k in scope.schemes])
            out += np.where(self._has_scheme, np.where(named_scheme, 0.5, -1.0), 0.0)
        prof_weight = 1.0
        if scope.compared:  # "… 70 % comme les dentistes ?": the entries on both professions
            return out
        if len(named) == 1:
            profession = named[0]
        elif profession:
            prof_weight = SESSION_SCOPE
        if profession in self._professions:
            out += prof_weight * np.where(
                self._has_profession, np.where(self._professions[profession], 0.5, -1.0), 0.0
            )
        return out

    def _year_fit(self, years: frozenset[int]) -> np.ndarray:
        """+1 for entries of one of `years`, down to −1 for entries of years further away,
        0 for entries of every year (cached: questions name few distinct years)."""
        fit = self._year_fits.get(years)
        if fit is None:
            fit = np.array(
                [
                    (
                        1.0
                        if years & set(ys)
                        else -min(1.0, 0.5 * min(abs(y - x) for y in years for x in ys))
                    )
                    if ys
                    else 0.0
                    for ys in self._entry_years
                ]
            )
            if len(self._year_fits) < 1000:
                self._year_fits[years] = fit
        return fit

    # ---- answer ------------------------------------------------------------------------

    def answer(
        self,
        text: str,
        profession: str | None = None,
        exercice: int | None = None,
        today: dt.date | None = None,
    ) -> Answer:
        """The outcome for a question, with the profession and exercice assumed: from the
        question, else the session's, else (for the exercice) the current one on `today`.
        A longer message that the whole does not answer surely is answered by the question
        it closes on, if that question alone is answered surely by one of the entries the
        whole found closest (the story's profession and year kept)."""
        ans = self._answer(text, profession, exercice, today)
        if ans.outcome == "out_of_scope" and ans.hors_sujet is not None:
            # "… « mes horaires sont sur Doctolib ». Où doit-il déclarer ses horaires pour le
            # volet 1 ?": a term out of scope told in the story, not in the question it
            # closes on, which is answered surely on its own
            sentences = SENTENCE_END.split(text.strip())
            last = sentences[-1]
            # ("j'ai un souci avec ma ROSP mais ça c'est autre chose. Forfait structure 2025 :
            # le volet 1 c'est combien ?": set aside in a sentence of its own)
            told_aside = len(sentences) > 2 or (
                len(sentences) == 2 and ASIDE_SAID.search(fold(sentences[0])) is not None
            )
            if (
                not told_aside
                and ans.hors_sujet.id != "autres_professions"  # who asks, not an aside
                and ASIDE_THEN_ASKED.search(last)
            ):
                # "J'ai un rdv avec l'URSSAF mais bon c pas le sujet : le point … vaut
                # combien ?", "Question VSM (pas la ROSP hein) : …": the topic set aside
                # before a colon, the question after it
                *aside, last = ASIDE_THEN_ASKED.split(last)
                told_aside = min(len(" ".join(aside).split()), len(last.split())) >= ASIDE_WORDS
                told_aside = told_aside and ASIDE_SAID.search(fold(" ".join(aside))) is not None
            if (
                told_aside
                and ans.autre_profession is None  # "Pharmacien titulaire. … Combien ?": theirs
                and "?" in last
                and IN_SCOPE_ASKED.search(fold(last))
                and self.offtopic_in(fold(last)) is None
            ):
                alone = self._answer(last, ans.profession, ans.exercice, today)
                near = [h.entry.id for h in self.search(text, ans.profession, ans.exercice)]
                if alone.matched and alone.hit is not None and alone.hit.entry.id in near:
                    return alone if _fits(alone, ans.profession) else ans
                if not alone.matched and alone.outcome in ("suggest", "decline"):
                    # "… Il a bien payé sa cotisation. Quel justificatif faut-il fournir pour
                    # l'indicateur prise en charge coordonnée ?": the story's topic out of
                    # scope hides no question in scope; unsure of an entry, the whole is
                    # left to the rules (a proof, a date) or offered the closest questions
                    return replace(
                        alone,
                        scope=ans.scope,
                        profession=ans.profession,
                        profession_source=ans.profession_source,
                        exercice=ans.exercice,
                        exercice_source=ans.exercice_source,
                    )
            return ans
        if ans.matched or ans.outcome not in ("suggest", "decline"):
            return ans
        asked = asked_part(text)
        if asked is None:
            return ans
        alone = self._answer(asked, ans.profession, ans.exercice, today)
        # the whole message found it close too: the question it closes on only settles it;
        # when the whole's best entry was set aside only for its « Oui »/« Non », another
        # one is not settled by the question alone ("…un connecteur. Ça peut valider
        # l'indicateur logiciel ?" alone is any entry on the software, the Web DMP's too)
        close = [h.entry.id for h in ans.suggestions]
        if ans.reason == "verdict":
            close = close[:1]
        if alone.matched and not _fits(alone, ans.profession):
            return ans  # "dentiste : … ils ont augmenté ?" alone is a médecins' entry
        if alone.matched and alone.hit.entry.id in close:
            return _story_years(alone, ans, asked)
        if not close and ans.outcome == "decline" and len(asked.split()) >= CLOSING_WORDS:
            # a long story of which nothing came close: the entry that answers the question it
            # closes on well ahead of the next; else the closest questions to it, offered
            # (answering it alone when the next was as close was as often wrong as right)
            lead = alone.hit is not None and alone.suggestions
            if lead and alone.matched and alone.suggestions[0].score < CLEAR_LEAD * alone.hit.score:
                return _story_years(alone, ans, asked)
            nearest = ([alone.hit] if alone.matched and alone.hit else []) + alone.suggestions
            if nearest:
                return replace(ans, suggestions=nearest[:SUGGESTIONS], outcome="suggest")
        return ans

    def _entitled_other(self, folded: str, implied: tuple[str, ...]) -> str | None:
        """The covered profession, not the scheme's, whose entitlement a writer asks of on
        behalf of a practitioner: "ça concerne aussi ma dentiste ?"."""
        for p, rx in self.reader.covered.items():
            if p in implied:
                continue
            for m in rx.finditer(folded):
                if CONCERNS_WHOM.search(folded[: m.start()]) or ENTITLED_AFTER.match(
                    folded, m.end()
                ):
                    return p
        return None

    def _joined_other(self, text: str, implied: tuple[str, ...], before: bool) -> str | None:
        """The covered profession, not the scheme's, of the practitioner a closing question
        asks whether « il » or « elle » is entitled too: named in it, or (`before`) earlier."""
        *told, last = SENTENCE_END.split(text)
        if told and CLAIM_CHECKED.match(fold(last)):
            *told, last = told  # "… croit qu'elle passe elle aussi à la Donum. C'est vrai ?"
        if not THIRD_ENTITLED.search(fold(last)):
            return None
        where = [fold(last), fold(" ".join(told))] if before and told else [fold(last)]
        return next(
            (
                p
                for said in where
                for p, rx in self.reader.covered.items()
                if p not in implied and rx.search(said)
            ),
            None,
        )

    def _answer(
        self,
        text: str,
        profession: str | None,
        exercice: int | None,
        today: dt.date | None,
    ) -> Answer:
        folded = normalise(text)
        if not folded:
            return Answer(False, None, kind="empty", outcome="empty")
        for kind, pattern in (("greeting", GREETING), ("thanks", THANKS), ("bye", BYE)):
            if pattern.match(folded) and not _asks_after(text, folded):
                return Answer(False, None, kind=kind, outcome=kind)
        scope = self.reader.detect(text, today)
        if profession is None:
            scope = hinted(scope, fold(text))
        elif (
            not scope.professions
            and scope.implied
            and profession not in scope.implied
            and profession in self.schemes_of
            and ENTITLED.search(fold(text))
        ):
            # a dentist's session, "j'ai droit à la Donum ?": the asker's own profession, for
            # which the scheme named is another's
            scope = replace(scope, professions=(profession,), implied=())
        if not scope.professions and scope.implied:
            # "la Donum, ça concerne aussi ma dentiste ?", "notre dentiste y a droit ?": the
            # practitioner the writer speaks for is the one asked about
            whom = self._entitled_other(fold(text), scope.implied)
            # ("ma sœur dentiste croit qu'elle passe à la Donum. C'est vrai ?")
            whom = whom or self._joined_other(text, scope.implied, True)
            if whom is not None:
                scope = replace(scope, professions=(whom,), implied=())
        elif scope.implied and set(scope.implied) <= set(scope.professions):
            # "je suis médecin, un chirurgien-dentiste nous rejoint : il peut toucher le
            # forfait structure lui aussi ?", "la Dr O., chirurgien-dentiste, me demande si
            # elle est concernée elle aussi par la Donum": the other practitioner is asked of
            whom = self._joined_other(text, scope.implied, len(scope.professions) == 1)
            if whom is not None:
                scope = replace(scope, professions=(whom,), implied=())
        if (
            len(scope.professions) == 1
            and not scope.schemes
            and "fami" not in self.schemes_of.get(scope.professions[0], ("fami",))
            and DENTISTE_ONLY.search(fold(text))
        ):
            # "je suis médecin, les 300 € de l'« aller vers », je peux les demander ?": an
            # indicator of the dentists' FAMI, a scheme the asker's profession has none of
            scope = replace(scope, schemes=("fami",))
        who = self._assumed(scope, profession, exercice, today)
        # "(transmis par la CPAM)", "Fwd :": how it came, not what it asks ("transmis" is a
        # word of declaring); the profession it names is read above
        words = self._words(FRAMING.sub(" ", text)) or self._words(text)
        tokens = self._stemmer.words(words)
        if scope.exercices:  # "cette année" is the exercice, not a topic
            plain = fold(text)
            dated = without_relative_years(plain)
            if dated != plain:
                tokens = self._stemmer.words(self._words(dated)) or tokens
        definition = self.definition(text, words)
        several = self.only_definitions(text)
        hits = self.search(text, who["profession"], who["exercice"], CANDIDATES, tokens, scope)
        if scope.autre_profession is not None:
            return self._other_profession(scope.autre_profession, hits, who, scope, definition)
        base = dict(
            definition=several[0] if several else definition,
            scope=scope,
            autres_dispositifs=self._foreign(scope),
            **who,
        )
        # "c quoi AAT, DMT et CM AT-MP ?": each term, the closest entries after; "la différence
        # entre X et Y" only when no entry answers it surely
        compared = bool(BETWEEN.intersection(folded.split()))
        if several and not compared:
            return self._defined_all(several, hits, base)
        offtopic = self.offtopic_in(folded, fold(text))
        sure = bool(hits) and self._confidence(tokens, hits, offtopic is not None) >= (
            THRESHOLD if hits[0].coverage >= THIN_COVERAGE else THIN_THRESHOLD
        )
        if hits and _replaced_not_locum(folded, hits[0].entry):
            # "par quoi est remplacé le FS ?" is not asked of the locums' entry: unsure, the
            # closest other questions offered
            hits = [h for h in hits if not _replaced_not_locum(folded, h.entry)]
            sure = False
        shared = (
            self._entry_vocab[self._position[hits[0].entry.id]].intersection(tokens)
            if hits
            else set()
        )
        if sure and self._topic_words.isdisjoint(shared):
            sure = False
        if sure and all(YEAR.fullmatch(t) for t in shared):
            sure = False  # "en 2025 je les retrouve ?": the year alone is no subject
        if sure and compared and len(scope.schemes) > 1:
            hits, sure = self._comparing(hits, scope.schemes)
        # "doctolib", not "tarif"; the ROSP beside a scheme named is where one got lost
        # ("pour déclarer le FS 2023 je tombe sur une page ROSP")
        aside = offtopic is not None and (
            not offtopic.toujours
            or (offtopic.id == "rosp" and bool(scope.schemes))
            # "secteur 2, dépassements d'honoraires, il a droit au forfait structure ?": who
            # the asker is, the scheme's entitlement asked
            or (bool(scope.schemes) and bool(ENTITLED.search(folded.rsplit(",", 1)[-1])))
        )
        if hits and aside and self._in_scope_despite(folded, hits, tokens, scope):
            offtopic, sure = None, True
        asked = intents(text)
        term_asked = False  # a term defined in the scheme's context, not the scheme
        if sure:
            hits, off_intent = self._by_intent(asked, hits)
            if not compared:  # "la différence entre le FS et la Donum": each one defined
                hits = self._not_the_scheme_defined(text, hits)
            if (
                definition is not None
                and definition.sigle not in CONTEXT_TERMS
                and self._defines_scheme(hits[0].entry)
                and not self.only_definition(text)  # "c koi le SAS": its own path below
            ):
                # "messagerie mssanté c koi et ça sert à quoi pr le FAMI ?": the term asked is
                # the messaging, the scheme only its context; not what the FAMI is: the next
                # entry when as close, else the term defined and the entries about it
                if len(hits) > 1 and hits[1].score >= NEXT_FITS * hits[0].score:
                    hits = hits[1:]
                else:
                    sure, term_asked = False, True
        rival = hits[1].score if len(hits) > 1 else 0.0
        beside = (off_intent or self._beside(hits[0], text, tokens, who, rival)) if sure else None
        if beside == "verdict" and asked & SAID_INSTEAD:
            # "VSM atteints fin 2023, payé quand ?": not the yes/no entry ("Payé fin 2023, un
            # complément en 2024 ?") but a close one saying when, if it fits
            saying = self._saying(asked, hits)
            if saying is not None:
                hits, rival = saying, hits[0].score
                beside = self._beside(hits[0], text, tokens, who, rival)
        if beside in ("vsm", "annee") and len(hits) > 1:
            # "VSM atteint au 31/12/2023, versé quand ?": the top entry is not about the VSM
            # (or is of another year); the next one, as close, may be
            after = hits[2].score if len(hits) > 2 else 0.0
            if hits[1].score >= NEXT_FITS * hits[0].score and (
                self._beside(hits[1], text, tokens, who, after) is None
            ):
                hits, rival, beside = hits[1:], after, None
        if sure and beside is None and len(hits) > 1 and hits[0].score - rival < NEAR_TIE:
            a, b = set(hits[0].entry.indicateurs), set(hits[1].entry.indicateurs)
            if a != b:
                beside = "proche"  # two neighbours as likely: let the asker pick
        # "kiné, le forfait structure ?": who is covered for what, unless a sure entry is
        # about the asker's own profession and names the scheme asked about
        own = scope.professions[:1]
        fits = sure and beside is None and set(own) <= set(hits[0].entry.portee.professions or own)
        top = hits[0].entry if hits else None
        if fits and base["autres_dispositifs"] and top and top.portee.professions == own:
            # the entry on the kinés' own FAMI does not say whether they have the forfait
            said = fold(" ".join([top.question, *top.formulations]))
            fits = any(SCHEMES[k].search(said) for k in base["autres_dispositifs"])
        if base["autres_dispositifs"] and not fits:
            about = self._about(scope.professions[0], hits)
            if about is not None:
                return Answer(True, about, **base)
        if sure and beside is None and ALTERNATIVE.search(fold(text)):
            beside = "sans_verdict"  # "en entier ou au prorata ?": no « Oui »/« Non » fits
        if sure and beside is None and RIGHT_LOST.search(fold(text)):
            # "je passe en secteur 2, je perds le droit au forfait ?": the entry's « Oui »
            # answers « y ai-je droit ? », the contrary
            beside = "sans_verdict"
        if sure and beside is None and self._loss_against(text, hits[0].entry):
            # "perd-il le socle pour autant ?": the entry's « Oui » answers « puis-je
            # valider ? », the contrary
            beside = "sans_verdict"
        if sure and beside is None and NORMAL_ASKED.search(fold(text)):
            # "pas pré-rempli, c'est normal ?": the entry's « Non » answers « pré-rempli ? »
            beside = "sans_verdict"
        if sure and beside is None and MORE_ASKED.search(fold(last_question(text) or text)):
            beside = "sans_verdict"
        if sure and beside == "sans_verdict":
            hits[0] = replace(hits[0], entry=self.unverdicted(hits[0].entry))
            beside = None
        if sure and beside is None:
            related = [h for h in hits[1:] if plausible(h)][:SUGGESTIONS]
            # "MSP, ESP, CPTS : la différence ?": each term compared defined before the entry
            compared_terms = several if compared and len(several) > 1 else ()
            return Answer(True, hits[0], related, definitions=compared_terms, **base)
        if several:
            return self._defined_all(several, hits, base)
        if offtopic is not None:
            return Answer(False, None, hors_sujet=offtopic, outcome="out_of_scope", **base)
        # Close but beside the question, the best entry leads the closest questions.
        closest = [h for h in hits if (sure and h is hits[0]) or plausible(h)][:SUGGESTIONS]
        reason = beside or "seuil"
        # "FAMI, ça veut dire quoi exactement ?", "« ApCV » : que signifie ce sigle ?": the
        # meaning asked, even with words around the term, when no entry answers surely ("c'est
        # quoi la règle ?" asks no meaning)
        if definition is not None and (
            term_asked or self.only_definition(text) or self._meaning_asked(text)
        ):
            # The entries about the term, for the asker's profession and year first.
            term = self._stemmer.word(normalise(definition.sigle).replace(" ", ""))
            about = self.search(
                text, who["profession"], who["exercice"], SUGGESTIONS, [term], scope
            )
            if about and _defines(about[0].entry, definition):
                # "donum c koi exactement ? j'en entends parler partout": the term's own entry
                return Answer(True, about[0], about[1:], **base)
            return Answer(False, None, about, outcome="definition", reason=reason, **base)
        if closest:
            return Answer(False, None, closest, outcome="suggest", reason=reason, **base)
        return Answer(False, None, outcome="decline", **base)

    @staticmethod
    def _defined_all(
        terms: tuple[GlossaireTerme, ...], hits: list[Hit], base: dict[str, Any]
    ) -> Answer:
        """Every term asked defined, the closest entries after."""
        about = [h for h in hits if plausible(h)][:SUGGESTIONS]
        return Answer(False, None, about, outcome="definition", definitions=terms, **base)

    def _not_the_scheme_defined(self, text: str, hits: list[Hit]) -> list[Hit]:
        """ "c koi le socle de la donum ?": what the scheme is (« Qu'est-ce que la dotation
        numérique ? ») is not asked when something else of it is; the next entry, as close,
        answers (the glossary's definition of the scheme still comes first)."""
        if len(hits) < 2 or hits[1].score < NEXT_FITS * hits[0].score:
            return hits
        folded, marker = self._defining(text)
        if not self._defines_scheme(hits[0].entry) or marker is None:
            return hits
        # the word the definition asks of comes first, after « c'est quoi » or else before it:
        # « le forfait structure en gros », « forfait structure kesako ? je viens de … »
        after = self._rest_words(re.split(r"[?.!]", folded[marker.end() :], maxsplit=1)[0], None)
        asked = after or self._rest_words(folded[: marker.start()], None)
        return hits[1:] if asked and asked[0] not in self._terms else hits

    def _defines_scheme(self, e: FaqEntree) -> bool:
        """The entry asks what a scheme is (« Qu'est-ce que le FAMI ? »), and nothing else."""
        defined = self._scheme_defined.get(e.id)
        if defined is None:
            term = self.definition(e.question)
            words = self._rest_words(*self._defining(e.question))
            defined = self._scheme_defined[e.id] = bool(
                term is not None
                and term.sigle in CONTEXT_TERMS
                and words
                and all(w in self._terms and self._terms[w] is term for w in words)
            )
        return defined

    def _by_intent(self, asked: frozenset[str], hits: list[Hit]) -> tuple[list[Hit], str | None]:
        """The hits with the best one answering the kind of question asked: the top entry if
        it does, else a close one that does ("comment déclarer X ?" answered by "Comment
        déclarer…" rather than "Combien rapporte X ?") about the same indicator (the best entry
        is the one whose words the question names), else "intention": none does."""
        if not intent_beside(asked, self._intents[self._position[hits[0].entry.id]]):
            return hits, None
        wanted, about = strong(asked), set(hits[0].entry.indicateurs)
        for h in hits[1:]:
            if hits[0].score - h.score > INTENT_GAP:
                break
            other = about and h.entry.indicateurs and not about & set(h.entry.indicateurs)
            if wanted & self._intents[self._position[h.entry.id]] and not other:
                return [h, *(x for x in hits if x is not h)], None
        return hits, "intention"

    def _saying(self, asked: frozenset[str], hits: list[Hit]) -> list[Hit] | None:
        """The hits led by a close entry giving the date, amount, target or procedure asked,
        about the same indicators as the best one, a yes/no entry (both about none: the same
        topic too); None when there is none."""
        wanted, about = asked & SAID_INSTEAD, set(hits[0].entry.indicateurs)
        if self._intents[self._position[hits[0].entry.id]] != {"oui_non"}:
            return None
        gap = INTENT_GAP if wanted & FIGURES_ASKED else SAYING_GAP
        for h in hits[1:]:
            if hits[0].score - h.score > gap:
                break
            same = about & set(h.entry.indicateurs) if about else not h.entry.indicateurs
            if wanted & self._intents[self._position[h.entry.id]] and same:
                return [h, *(x for x in hits if x is not h)]
        return None

    @staticmethod
    def _comparing(hits: list[Hit], schemes: tuple[str, ...]) -> tuple[list[Hit], bool]:
        """ "la différence entre le FS et la Donum": the closest entry that speaks of every
        scheme compared answers it, else none does surely (the Donum's draft against its
        final text is not the forfait structure against the Donum)."""
        fitting = [
            h
            for h in hits[:SUGGESTIONS]
            if all(
                SCHEMES[k].search(fold(" ".join([h.entry.question, *h.entry.formulations])))
                for k in schemes
            )
        ]
        if not fitting:
            return hits, False
        return [fitting[0], *(h for h in hits if h is not fitting[0])], True

    def _about(self, key: str, hits: list[Hit]) -> Hit | None:
        """The closest entry on who is covered that names the profession (the first one, when
        none is among the closest)."""
        indices = self._about_profession.get(key, [])
        about = {self.entries[i].id for i in indices}
        first = Hit(self.entries[indices[0]], 0.0, 0.0, 0.0, 0.0) if indices else None
        return next((h for h in hits if h.entry.id in about), first)

    def _foreign(self, scope: QuestionScope) -> tuple[str, ...]:
        """The schemes named that the asker's profession, named in the question, has none of."""
        if len(scope.professions) != 1 or scope.professions[0] not in self.schemes_of:
            return ()
        own = self.schemes_of[scope.professions[0]]
        return tuple(k for k in scope.schemes if k not in own)

    def _confidence(self, tokens: list[str], hits: list[Hit], offtopic: bool) -> float:
        top = hits[0]
        unknown = sum(1 for t in tokens if t not in self._known and len(t) >= 3) / len(tokens)
        margin = top.score - hits[1].score if len(hits) > 1 else top.score
        return confidence(top, margin, unknown, offtopic)

    def _in_scope_despite(
        self, folded: str, hits: list[Hit], tokens: list[str], scope: QuestionScope
    ) -> bool:
        """An out-of-scope term ("doctolib") does not hide an in-scope answer ("la visio
        gratuite doctolib ça marche ?"): the question matches an entry well, and still does
        once the out-of-scope words are taken out."""
        if self._confidence(tokens, hits, False) < THRESHOLD + OFFTOPIC_MARGIN:
            return False
        rest = folded
        for _, rx in self._offtopic:
            rest = rx.sub(" ", rest)
        rest_tokens = self.tokens(rest)
        if len(rest_tokens) < 2:  # "le tarif de la visite … a augmenté": nothing left
            return False
        vocab = self._entry_vocab[self._position[hits[0].entry.id]]
        if not any(t in vocab and self._entry_df[t] <= SPECIFIC_DF for t in rest_tokens):
            return False  # "ma ROSP 2024 est versée quand ?": nothing specific is left
        rest_hits = self.search(rest, k=4, tokens=rest_tokens, scope=scope)
        named = INDICATOR_ASKED.search(rest) or scope.schemes
        margin = NAMED_REST_MARGIN if named else REST_MARGIN
        return (
            rest_hits[0].entry.id == hits[0].entry.id
            and self._confidence(rest_tokens, rest_hits, False) >= THRESHOLD + margin
        )

    def _assumed(
        self,
        scope: QuestionScope,
        profession: str | None,
        exercice: int | None,
        today: dt.date | None,
    ) -> dict[str, object]:
        """Profession and exercice, each with where it was read."""
        prof, prof_from = (scope.profession, "question") if scope.profession else (None, None)
        if prof is None and profession:
            prof, prof_from = profession, "session"
        year, year_from = (scope.exercice, "question") if scope.exercice else (None, None)
        if year is None and exercice and not self._scheme_elsewhere(scope, prof, exercice):
            year, year_from = exercice, "session"
        if year is None and today is not None:
            year = self.current_exercice(today, prof, scope.schemes)
            year_from = "defaut" if year is not None else None
        return {
            "profession": prof,
            "profession_source": prof_from,
            "exercice": year,
            "exercice_source": year_from,
        }

    def _scheme_elsewhere(self, scope: QuestionScope, prof: str | None, year: int) -> bool:
        """The question names a scheme the session's exercice does not have ("la Donum" in a
        2025 session): the scheme's own current exercice is assumed, not the session's."""
        if not scope.schemes or prof is None:
            return False
        named = set(scope.schemes) & self.schemes_of.get(prof, set())
        return bool(named) and not named & self._schemes_in.get((prof, year), set())

    def entry_schemes(self, e: FaqEntree) -> frozenset[str]:
        """The schemes an entry's phrasings name ("volet 1": the forfait structure)."""
        at = self._position[e.id]
        return frozenset(k for k, named in self._schemes.items() if named[at])

    def current_exercice(
        self, today: dt.date, profession: str | None = None, schemes: tuple[str, ...] = ()
    ) -> int | None:
        """The exercice a practitioner can act on first on `today` (calendar of the schemes);
        for a scheme the question names, no later than its last exercice (the forfait
        structure ends with 2025)."""
        key = (today, profession, schemes)
        if key not in self._current:
            ds = [d for d in self._dispositifs if profession in (None, d.profession)]
            first = offered_first(ds, today) if ds else None
            named = [d.exercice for d in ds if d.dispositif in schemes and d.exercice is not None]
            year = first.exercice if first else None
            if year is not None and named:
                year = min(year, max(named))
            if len(self._current) > 1000:
                self._current.clear()
            self._current[key] = year
        return self._current[key]

    def _beside(
        self, top: Hit, text: str, tokens: list[str], who: dict[str, object], rival: float = 0.0
    ) -> str | None:
        """Why the best entry, though close, would answer beside the question, or None.

        "valeur": the question is a yes/no one on a rate of the asker's own ("j'ai 68 %,
        j'ai le volet 1 ?", "pile à 2/3"): the calculator judges it, not a FAQ entry.
        "annee": the entry is for other years than the one the question names.
        "verdict": the entry's answer opens with "Oui"/"Non" but the question is not the same
        one: too few of its words, the opposite polarity, an open question, another
        profession named.
        "sans_verdict": the same, but the question asks how or why and holds most of the
        entry's words: the entry answers it once its « Oui »/« Non » is taken off.
        """
        folded = fold(text)
        yes_no = not asks_open(text)
        e = top.entry
        # "vsm structurés pile 1/3, j'ai la majo ?": no calculator judges the VSM; its entry
        # without a « Oui »/« Non » says how the texts read it
        vsm_facts = VSM.search(folded) and not self._verdict[self._position[e.id]]
        if yes_no and asks_own_rate(folded, self._targets) and not vsm_facts:
            return "valeur"
        year = who["exercice"] if who["exercice_source"] == "question" else None
        fits = {year, *self._same_rules.get((who["profession"], year), ())}
        if year and e.portee.exercices and not fits & set(e.portee.exercices):
            return "annee"  # "le fami 2023" answered by the 2024 entry
        if VSM.search(folded) and not self._vsm[self._position[e.id]]:
            return "vsm"  # the VSM forfait is another one: an entry not about it is beside
        if not self._verdict[self._position[top.entry.id]]:
            return None
        if own_figure(folded, self._targets) or self._figure_beside(folded, e):
            return "valeur"
        if top.score - rival < VERDICT_MARGIN:
            return "verdict"  # two entries as close: a « Oui »/« Non » from either is a guess
        # what the question's last clause asks: "… pré-rempli : rien à refaire ?" asks "refaire"
        # "… est persuadé que c'est réservé au secteur 1. Il y a droit ?": the belief told is
        # not what is asked
        # (« Il pense qu'on va lui proratiser. C'est le cas ? »: the belief is what is checked)
        last = folded.rsplit(" : ", 1)[-1]
        asked = predicates(last if CHECKED.search(folded) else BELIEF.sub(" ", last))
        # "(il dit qu'il ne veut pas…), il peut ?": a negation told in brackets is context
        # "…, je touche encore le FS ou pas ?": « ou pas » tags a yes/no, it negates nothing
        said = OR_NOT.sub(" ", text)
        if said != text:
            tokens = self.tokens(said)
        asks_negative = bool(NEGATIONS.intersection(tokens)) and (
            "(" not in said or bool(NEGATIONS.intersection(self.tokens(PARENTHESES.sub(" ", said))))
        )
        polarity = asks_negative <= top.negative or top.coverage >= POLARITY_COVERAGE
        cover = max(top.coverage, self._clause_coverage(text, e))
        # "il comptait pas, vrai ou faux ?": a statement checked keeps its own polarity, the
        # entry's « Non » would read as « faux »
        # ("on n'a pas droit en secteur 2, c'est vrai ?" against « … est-il ouvert au secteur 2 ?
        # Oui. »: the « Oui » answers the entry's own question, whatever phrasing matched)
        own_negative = bool(NEGATIONS.intersection(self.tokens(e.question)))
        flipped = bool(CHECKED.search(folded)) and asks_negative != own_negative
        # Today's exercice, when assumed, only sets aside an older year's rule (the 2022
        # coordination, asked in 2025): the latest guides stand for the years just after.
        # The session's exercice is left to the reply's "règle donnée pour…" caveat.
        default = who["exercice"] if who["exercice_source"] == "defaut" else None
        stale = bool(default and e.portee.exercices and max(e.portee.exercices) < default - 2)
        prof = who["profession"] if who["profession_source"] == "question" else None
        known = all(t in self._known for t in tokens if len(t) >= 3)  # no "pneu crevé"
        # a clear lead over the next entry makes up for a lower share of known words
        lead = known and top.score - rival >= CLEAR_LEAD and cover >= LEAD_COVERAGE
        same = (
            (cover >= VERDICT_COVERAGE or lead)
            and polarity
            and not flipped
            and not _opposite(asked, self.question_predicates(e))
            and yes_no
            and not stale
            and not (prof and e.portee.professions and prof not in e.portee.professions)
        )
        asked_kinds = strong(intents(text))
        how = asked_kinds & {"comment", "pourquoi"}
        # "à partir de quelle année… ?", "ça change quoi ?": an open question the facts after
        # the « Oui »/« Non » answer; not "combien ?" (a yes/no entry holds no amount asked),
        # nor "MSSanté, c'est quoi ?" (the glossary's definition comes first)
        what = (
            not yes_no
            and not asked_kinds & {"montant", "nombre"}
            and not self.only_definition(text)
        )
        # "c'est fini ?" asked, "existe-t-il encore ?" answered: the facts hold, the « Non »
        # would read as its contrary
        contrary = _contrary(asked, self.question_predicates(e)) or flipped
        # "ça passe à 80 % dès l'an prochain, c'est vrai ?" (2027) answered "Oui, à partir de
        # 2028": the entry's years are not the one asked, its facts answer, not its « Oui »
        said_years = {int(y) for y in YEAR.findall(re.split(r"[:.;]", e.reponse, maxsplit=1)[0])}
        if year and said_years and year not in said_years:
            same, contrary = False, True
        # "à partir de quand ?", "quelle convention ?": the open question's facts follow the
        # « Oui »/« Non » of a close enough entry; "comment … ?" needs more of its words
        needed = OPEN_COVERAGE if (what or contrary) and not how and known else POLARITY_COVERAGE
        # a statement checked is measured on itself, as its verdict is
        said = cover if CHECKED.search(folded) else top.coverage
        if not same and (how or contrary or what) and said >= needed:
            return "sans_verdict"  # "comment est-il calculé ?": the entry, not its « Oui »
        return None if same else "verdict"

    def _clause_coverage(self, text: str, e: FaqEntree) -> float:
        """How much of the question's last clause the entry's words hold: a story before it
        ("il a cliqué sur Transmettre mais s'est trompé sur le volet 2. Il peut encore
        corriger ?") dilutes the whole question's coverage, not what it asks."""
        # "on m'a dit que X, c'est vrai ?": X is what is asked
        checked = CHECKED.sub("", text).strip()
        if checked != text.strip():
            text = HEARSAY.sub("", fold(checked))
        clause = re.split(r"[,;:.!?]\s", text.strip().rstrip(" ?!.,"))[-1]
        tokens = set(self.tokens(clause))
        if len(tokens) < 3:
            return 0.0
        return len(tokens & self._entry_vocab[self._position[e.id]]) / len(tokens)

    @staticmethod
    def _loss_against(text: str, e: FaqEntree) -> bool:
        """A loss asked ("perd-il le socle ?") of an entry whose question asks whether it
        counts: its « Oui »/« Non » answers the contrary."""
        said = fold(" ".join([e.question, *e.formulations]))
        return bool(LOSS_ASKED.search(fold(text))) and not LOSS_ASKED.search(said)

    def unverdicted(self, e: FaqEntree) -> FaqEntree:
        """The entry without the « Oui »/« Non » opening its answer: for a how/why question,
        or one asking the contrary of the entry's."""
        rest = VERDICT.sub("", e.reponse, count=1).lstrip(" .,:;\u202f\u00a0")
        return e.model_copy(update={"reponse": rest[:1].upper() + rest[1:]})

    def _figure_beside(self, folded: str, e: FaqEntree) -> bool:
        """The yes/no question quotes a figure the entry's phrasings never do ("avec une
        moyenne de 70 %, je garde le socle ?" is not "les seuils vont-ils augmenter ?")."""
        asked = _figures(TARGET_NAMED.sub(" ", folded))  # "mon taux de 70 %": its name
        if not asked:
            return False
        return not asked <= self._quoted[self._position[e.id]]

    def question_predicates(self, e: FaqEntree) -> frozenset[str]:
        """`predicates` of the entry's question, read at build."""
        return self._asks[self._position[e.id]]

    def _other_profession(
        self,
        label: str,
        hits: list[Hit],
        who: dict[str, object],
        scope: QuestionScope,
        definition: GlossaireTerme | None,
    ) -> Answer:
        """A profession the bot does not cover: out of scope, naming it (the reply says what
        the bot covers), with the FAQ's entry about it, if any, as a button."""
        base = dict(definition=definition, scope=scope, autre_profession=label, **who)
        ranked = {h.entry.id: h for h in hits}
        about = [
            ranked.get(e.id) or Hit(e, 0.0, 0.0, 0.0, 0.0)
            for e in (self.entries[i] for i in self._about_profession.get(label, []))
        ]
        sujet = None
        if self._other_professions is not None:
            sujet = self._other_professions.model_copy(update={"libelle": label})
        return Answer(
            False, None, about[:SUGGESTIONS], hors_sujet=sujet, outcome="out_of_scope", **base
        )


# The question a longer message closes on: a quoted one, the sentences after a story, or
# what someone "me demande si …".
QUOTED = re.compile(r"«\s*([^»]*\?)\s*»")
RELAYED = re.compile(
    r"\b(me|nous) (demande|demandent|dit|disent)( :| que| si| s'| ce qu| comment| ou| quand"
    r"| combien| pourquoi)",
    re.IGNORECASE,
)


# A question relayed in the last sentence, without a question mark: « … Il demande si ses FSE
# de patients MSA comptent pour le taux. », « Elle veut savoir combien … »
INDIRECT = re.compile(
    r"^\s*(?:il|elle|ils|elles|on)\s+(?:me |nous )?(?:demande|demandent|veut savoir|"
    r"veulent savoir|voudrait savoir|aimerait savoir|se demande|cherche a savoir|"
    r"cherche à savoir)\s+(si|s'|ce qu|comment|où|ou|quand|combien|pourquoi|à quoi|a quoi|"
    r"quel\w*|jusqu)",
    re.IGNORECASE,
)


# The asker speaking of themselves: a preamble before the question
SPEAKER = re.compile(r"\b(je|j'|nous|on)\b")


# Two years joined by a plus: "max fami sur 2025 + 2026 ?"
YEARS_PLUS = re.compile(r"\b20\d\d ?\+ ?20\d\d\b")
# A closing question asking the total over the years a story told: "total sur les 2 ans ?"
YEARS_TOTAL_ASKED = re.compile(
    r"\b(sur|pour|des) (les |ces )?(\d|deux|trois|quatre) (ans|annees|exercices)\b"
    rf"|{YEARS_PLUS.pattern}|\bcumul\w*"
    # "le montant de chaque exercice", "chacun des deux exercices", "la différence ?"
    r"|\bchaque (annee|exercice)\b|\bchacun\w* des (deux |2 )?(annees|exercices)\b"
    r"|\b(quelle (est la )?difference|la diff(erence)?)\b"
)
CLEAR_LEAD = 0.85  # a closing question answered alone: the next entry this far behind
CLOSING_WORDS = 6  # a closing question this long says what it asks ("C'est grave ?" does not)


def asked_part(text: str) -> str | None:
    """The question a message closes on, when the message holds more than it; else None."""
    quoted = QUOTED.search(text)
    if quoted is not None:
        return quoted.group(1)
    sentences = SENTENCE_END.split(text.strip())
    if len(sentences) > 1 and "?" in sentences[-1]:
        return sentences[-1]
    if len(sentences) > 1 and (indirect := INDIRECT.match(sentences[-1])):
        return sentences[-1][indirect.start(1) :]
    # "je suis CIS et je prépare une fiche pour un cabinet : quelles sont les conditions… ?";
    # not "Horaires affichés, forfait 2023 : je dois envoyer un justificatif ?" (the topic)
    before, colon, after = text.rpartition(" : ")
    if colon and "?" in after and len(after.split()) >= 4 and SPEAKER.search(fold(before)):
        return after
    relayed = RELAYED.search(text)
    if relayed is not None:
        rest = text[relayed.end(2) :].strip(" :")
        return rest if len(rest.split()) >= 3 else None
    return None


def _rules_signature(d: Dispositif) -> tuple[object, ...]:
    """What a year's rules are made of: groups, indicators, targets and amounts (not the
    calendar, the wording or the sources)."""
    groups = tuple((g.id, g.regle, g.points, g.eur, tuple(g.prerequis)) for g in d.groupes)
    indicators = tuple(
        (
            i.id,
            i.groupe,
            i.points,
            i.eur,
            i.statut_exercice,
            i.cible.type,
            i.cible.operateur,
            i.cible.valeur,
        )
        for i in d.indicateurs
    )
    return (d.dispositif, d.unite, d.valeur_point, groups, indicators)


def covered(
    entries: list[FaqEntree],
    dispositifs: list[Dispositif],
    professions: Mapping[str, FicheProfession] | None,
) -> dict[str, list[str]]:
    """The covered professions and their aliases: the registry's that have rules (all of them
    without rules given); without a registry, those the rules and entries name."""
    with_rules = {d.profession for d in dispositifs}
    if professions is not None:
        return {p: f.alias for p, f in professions.items() if p in with_rules or not with_rules}
    named = with_rules | {p for e in entries for p in e.portee.professions}
    return {p: [] for p in sorted(named)}


def _asked(terms: list[str], index: FaqIndex) -> str | None:
    """Of several glossary terms, the one a definition asks: the only one that is not a
    scheme's name."""
    asked = [w for w in terms if index._terms[w].sigle not in CONTEXT_TERMS]
    return asked[0] if len(asked) == 1 else None


AMOUNT_FIGURE = re.compile(r"\b(\d[\d ]*)\s*(points?|pts|€|euros?)(?!\w)")


def _figures(folded: str) -> set[float]:
    """Rates, fractions, counts and amounts a text states ("280 points", "1 240 €")."""
    found = {round(v.value, 1) for v in values(folded)}
    found |= {float(m.group(1).replace(" ", "")) for m in AMOUNT_FIGURE.finditer(folded)}
    return found


def predicates(folded: str) -> frozenset[str]:
    """What a yes/no question asks of its subject (`PREDICATES`): whether it is required,
    counts (suffices, validates), is excluded, reduced, automatic, normal, open to the asker
    (pays, is allowed), stays the same or changes, holds for one or for all. "Oui"/"Non"
    answers one of these; said to another, it misleads ("la messagerie, c'est obligatoire ?"
    answered by "Non." to "un mail classique suffit-il ?")."""
    found = {name for name, rx in PREDICATES if rx.search(folded)}
    if EXCLUDED.search(folded):
        found.add("exclu")
    elif AS_FSE.search(folded):
        found.add("fse")  # "le papier compte comme FSE ?": in the rate's numerator
    elif INCLUDED.search(folded):
        found.add("suffit")  # "ça compte pour l'indicateur ?" = "ça suffit pour le valider ?"
    return frozenset(found)


# Predicates that ask the contrary of each other: "reste-t-il le même ?" / "va-t-il
# augmenter ?", "cabinet par cabinet ?" / "sur tous mes cabinets ?".
CONTRARY = (
    frozenset(["stable", "change"]),
    frozenset(["seul", "tous"]),
    frozenset(["fini", "continue"]),
    frozenset(["reduit", "entier"]),
    frozenset(["exclu", "suffit"]),
    # "comptent-elles comme FSE ?" / "ça fait baisser mon taux ?": no for one, yes for the other
    frozenset(["fse", "suffit"]),
)
SIDED = frozenset().union(*CONTRARY)


def _contrary(asked: frozenset[str], answered: frozenset[str]) -> bool:
    """One asks the contrary of what the other answers ("fini ?" / "existe encore ?")."""
    return any(
        len(pair & asked) == 1 and len(pair & answered) == 1 and pair & asked != pair & answered
        for pair in CONTRARY
    )


def _opposite(asked: frozenset[str], answered: frozenset[str]) -> bool:
    """Both ask something of their subject, and not the same thing, or the contrary; the
    contrary pairs only ever oppose each other ("c'est pareil ?" may ask what "ça suffit ?"
    asks)."""
    if _contrary(asked, answered):
        return True
    if asked - SIDED and not asked & SIDED and answered and not answered - SIDED:
        return True  # "c'est normal ?" is not "est-ce le même ?"
    asked, answered = asked - SIDED, answered - SIDED
    return bool(asked) and bool(answered) and not asked & answered


def _base(word: str) -> str:
    """A word without its plural and feminine endings ("securisees" → "securis")."""
    base = word.rstrip("es")
    return base if len(base) >= 3 and word.isalpha() else word


def _plural(phrase: str) -> str:
    """A glossary phrase as a pattern that also matches it in the plural or the feminine,
    word by word ("arrets de travail en ligne", "messagerie securise"): every word the
    pattern matches has the same `_base`."""
    return " ".join(
        re.escape(_base(w)) + "[es]*" if w.isalpha() and len(w.rstrip("es")) >= 3 else re.escape(w)
        for w in phrase.split()
    )


def _by_first_letter(phrases: Iterable[str], pattern: Callable[[str], str] = re.escape) -> str:
    """The phrases' patterns as one alternation, grouped by first letter, in their order
    within a group. Where a question's word starts, only the phrases starting with its letter
    can match: the regex engine tries one group instead of each phrase (the glossary's ~470:
    6× faster), and the phrase that matches is the same, the first in order that matches."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        head, written = re.escape(phrase[0]), pattern(phrase)
        assert written.startswith(head), phrase  # the pattern starts with the phrase's letter
        groups.setdefault(head, []).append(written[len(head) :])
    return "|".join(f"{head}(?:{'|'.join(rest)})" for head, rest in groups.items())


def _singular(phrase: str) -> str:
    return " ".join(_base(w) for w in phrase.split())


def _term(text: str) -> str:
    """An out-of-scope term normalised as questions are: "aide a l installation" loses its
    elided "l" as "l'installation" does."""
    return normalise(re.sub(r"\b(qu|[cdjlmnst]) (?=\w)", r"\1'", text))


def _bm25(docs: list[list[str]]) -> Bm25Scores:
    return Bm25Scores(docs, k1=1.2, b=0.75)


def confidence(top: Hit, margin: float, unknown: float, offtopic: bool) -> float:
    """Higher when the question's words are known to the FAQ and the best entry stands out;
    a neighbouring out-of-scope topic lowers it."""
    return top.score - C_UNKNOWN * unknown + C_MARGIN * margin - C_OFFTOPIC * offtopic


# « remplacé » and « remplaçant » share a stem: a scheme replaced is not a locum
REPLACED = re.compile(r"\bremplac(e|ee|es|ees|er|era|ait)\b")
LOCUM = re.compile(r"\b(remplacant\w*|rempla|remplas|remplacements?|je remplace)\b")


def _replaced_not_locum(folded: str, e: FaqEntree) -> bool:
    """The question says « remplacé » (a scheme replaced), never « remplaçant » (a locum),
    and the entry is about locums."""
    if not REPLACED.search(folded) or LOCUM.search(folded):
        return False
    return LOCUM.search(fold(e.question)) is not None


def _fits(ans: Answer, profession: str | None) -> bool:
    """Whether the entry answered is for `profession` (or for every one)."""
    named = ans.hit.entry.portee.professions if ans.hit is not None else []
    return profession is None or not named or profession in named


def _defines(e: FaqEntree, term: GlossaireTerme) -> bool:
    """The entry asks what the term is: « Qu'est-ce que la dotation numérique (Donum) ? »."""
    asked = fold(e.question)
    names = {fold(term.sigle), *(fold(v) for v in term.variantes)}
    return asked.startswith(("qu'est-ce que", "qu'est-ce qu'")) and any(
        re.search(rf"\b{re.escape(n)}\b", asked) for n in names if len(n) > 2
    )


def _sentence_start(folded: str, at: int) -> int:
    """Where the sentence holding position `at` begins (as `SENTENCE_END` cuts them)."""
    starts = [m.end() for m in SENTENCE_END.finditer(folded) if m.end() <= at]
    return starts[-1] if starts else 0


def plausible(h: Hit) -> bool:
    """Worth offering as a suggestion below the threshold."""
    return h.coverage >= 0.3 and h.bm25 >= 2.0


def _story_years(alone: Answer, whole: Answer, asked: str) -> Answer:
    """The answer to the question a story closes on, with the years the story tells when the
    question names none (« … en 2026 pareil sans SAS. Total sur les 2 ans ? »): the rules
    then weigh each year."""
    if alone.scope is None or whole.scope is None:
        return alone
    if alone.scope.exercices:
        # "J'ai touché 590 € pour 2023. En 2024 pareil et en plus … Combien pour 2024 ?": the
        # later year asked, weighed against the earlier one the story tells
        years = whole.scope.exercices
        if len(years) == 2 and alone.scope.exercices == years[-1:]:
            return replace(alone, scope=replace(alone.scope, exercices=years))
        return alone
    if not YEARS_TOTAL_ASKED.search(fold(asked)):
        return alone  # "Pourquoi cet écart ?": the entry's own answer
    if len(whole.scope.exercices) < 2:
        return alone
    return replace(alone, scope=replace(alone.scope, exercices=whole.scope.exercices))
