"""Questions the calculator answers rather than a FAQ entry: an indicator named with a figure
or a situation of the asker's own ("pile à 2/3 de FSE", "69,8 %", "2 interventions en EHPAD",
"pas de messagerie", "la coordination sans le volet 1").

The question's words are matched with the indicators of the scheme that applies to the asker
(profession and exercice: from the question, the session, or the exercice offered first on
`today`), using only the data: the libellés of indicators and components, the glossary's
acronyms (through `FaqIndex.tokens`), and the phrasings of the FAQ entries that name a single
indicator in their `indicateurs`. The figure or the situation is then judged by
`calculators.estimate` on that scheme: the target, the verdict ("ambigu" when the texts read
the threshold two ways), what it pays or costs, and the sources.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from statistics import fmean
from typing import Any

from bot.faq import NEGATIONS, SENTENCE_END, Answer, FaqIndex
from bot.faq_text import STOPWORDS, fold, last_question, normalise
from bot.question_scope import (
    DENTAL,
    EXCLUDED,
    SCHEME_LABELS,
    STEP,
    TARGET_NAMED,
    VALUE_WORDS,
    Valeur,
    told_target,
    values,
    without_relative_years,
)
from bot.question_scope import OPEN_WORDS as OPEN
from bot.typography import and_list
from bot.understand import RATE_NAMES, named_figures
from calculators import Ambiguity, Estimate, estimate
from calculators.calendar import ExerciceStatus, calendar
from calculators.forfait import verdict
from calculators.french import NNBSP, fmt_eur, fmt_number, fmt_points
from knowledge import Knowledge
from knowledge.schema import AMBIGU, Cible, Composante, Dispositif, Groupe, Indicateur, Statut

# A figure of one's own put to the test: "ça passe ?", "c'est bon ?"
PUT_TO_THE_TEST = re.compile(r"\b(ca passe|c'?est bon|c bon|ca suffit|je valide|ca valide)\b")
# A negation, and the few words after it it bears on ("pas de flux DMP", "sans le volet 1",
# "tout validé sauf les horaires").
# A verb's stems that Snowball parts from its noun's, for naming an indicator: "j'interviens
# en EHPAD" tells interventions.
SAME_STEM = dict.fromkeys(
    ["intervien", "intervient", "interven", "intervenu", "intervenus", "interviennent"], "intervent"
)
# A target spoken of: a rate beside these words may be the target's, not the asker's.
TARGET_SAID = re.compile(r"\b(seuils?|objectifs?|cibles?|il faut|faut[- ]il|exige\w*|minimum)\b")
NEGATION = re.compile(  # "pas mal de feuilles papier" is many, not none; "sans abri" a public;
    # "validé sans souci": with ease
    r"\b(pas(?! mal\b)|sans(?![- ](abri|domicile|papiers|soucis?|probleme|difficulte|encombre)\b)"
    r"|aucune?|jamais|ni|rate|rater|refusee?s?|"
    r"loupe|louper|manque|sauf|zero|nuls?|nulles?"
    r"|ridicules?|catastrophiques?|a la ramasse"  # "CM AT-MP/DSG/SPE ridicules": far below
    # "CM AT-MP/DSG/SPE trop bas": under their target (not « mon forfait trop faible »)
    r"|(?<!forfait )(?<!montant )(?<!structure )(?<!\d )(?:trop|tres|super|hyper) (?:bas|basses?)"
    r"|(?:(?<=je suis )|(?<=on est ))loin(?! au[- ]dessus| ?:)"  # "CM AT-MP/SPE/DSG je suis loin"
    # "son logiciel n'est plus à jour Ségur", "je n'ai plus de MSS": no longer there
    r"|(?:(?<=n')|(?<=\bn ))(?:est|etait|a|ai|avait|avais|avions|avaient|as|ont|sont) plus"
    # "j'ai plus de stagiaire", as spoken without « n' » (not "plus de 70 %": more than)
    r"|(?:(?<=j'ai )|(?<=\bon a )|(?<=\bil a )|(?<=elle a ))plus(?= (?:d'|de |le |la |les |l')?"
    r"(?:stagiaires?|etudiants?|internes?|externes?|cpts|msp|sas|creneaux|mss|messagerie|"
    r"interventions?)\b)"
    # "si je lâche la maîtrise de stage", "j'arrête le SAS": given up, so not met
    r"|lache|lacher|jlache|abandonne|abandonner|laisse tomber|(?<=j')arrete|(?<=je )arrete|jarrete"
    r"|laisse de cote"  # "je laisse de côté les téléservices": not counted
    r"|(?<=on )arrete|arreter(?= (le|la|les)\b)"
    # "comme 2024 moins l'étudiant": taken off (not "moins de 2/3": fewer than; not "au moins
    # une FSE": one or more)
    r"|(?<!au )(?<!du )(?<!le )moins(?= (le|la|les|l'|un|une|mon|ma|mes)\b)"
    # "CPTS arrêtée", "j'ai arrêté le SAS", "MSP quittée": no longer done
    r"|(?<!date )(?<!etre )arretee?s?|quittee?s?"
    # "j'avais oublié de mettre mes horaires": not done (not « oublié de déclarer »: late)
    r"|oublie(?= d'?e? ?(mettre|saisir|afficher|renseigner|installer|activer|faire)\b)"
    # "si j'oublie encore les horaires dans l'annuaire": not done
    r"|(?:(?<=j')|(?<=j'ai ))oublie(?= (?:encore |toujours |a nouveau )?(?:les|mes|ma|mon|la|le)"
    r" (?!dates?\b|delais?\b|declarations?\b)))\b"
)
# A date asked in the sentence a story closes on, not a verdict on the story's figures
CLOSING_WHEN = re.compile(
    r"\b(quand|quelle date|jusqu'?a quand|a partir de quand|trop tard|en retard|date limite|"
    # "quelles sont les dates de la campagne de déclaration ?"
    r"(les|quelles) dates|campagne de declaration|calendrier)\b"
)
# How or where asked in the sentence a story closes on: a procedure, not a verdict
CLOSING_HOW = re.compile(
    r"\b(comment (je|j'|on|il|elle|faire|faut|dois|declarer|valider|saisir|renseigner)|"
    r"quelle rubrique|quel onglet|quel menu|il suffit de cocher|"
    r"(^|[,:;] )ou (je|on|il|elle|faut|dois|doit|cliquer|aller|trouver|declarer))\b"
)
WHO_IS_COVERED = re.compile(
    r"\b(secteur|specialistes?|remplacante?s?|conventionnee?s?|optam|salariee?s?|"
    r"centres? de sante)\b"
)
# "le seuil s'applique-t-il ?": the verb stems as « application » (carte Vitale) does
APPLIES = re.compile(r"\b(s'|s )?appliqu(e|ent|er|ait|aient|era|erait|ez|e-t)\b", re.IGNORECASE)
# « il a pris sa retraite » is no « prise en charge coordonnée »: the verb, not the noun
TAKEN = re.compile(r"\b(ai|as|a|avons|avez|ont|avais|avait|avaient) (pas |deja )?pris\b")
# « arrêter » said of oneself ("si j'arrête le SAS", typed "j'arette"): the verb, not the
# « arrêts de travail » of the AAT (not "ça s'arrête en 2025", the scheme ending)
LINK_WORDS = frozenset(["puis", "plusieurs", "praticien", "praticiens", "praticienne"])
STOPPING = re.compile(
    r"(?:(?<=j')|(?<=\bje )|(?<=\bon )|(?<=\bil )|(?<=\belle ))ar+et+e(?:s|nt)?\b|\bjar+et+e\b"
    # « jai arreté en 2025 », « CPTS arrêtée », « arrêter le SAS »: stopped, no sick note
    r"|(?<!s')\bar+et+(?:ee?s?|er|ez)\b"
)
# Years spoken of (« si je fais le max les deux années »): no 6e année of the student's indicator
YEARS_SPOKEN = re.compile(
    r"\b(?:les|ces|mes|des|toutes les) (?:deux |2 |trois |3 |quatre |4 |dernieres )?annees\b"
    r"|\btout \w+ chaque annee\b"  # "tout validé chaque année"
)
# Who writes: "secrétaire médicale" names no medical certificate (the CM AT-MP's words)
# A practitioner's name after a title (« le Dr Martin »): no word of the rules, though
# a typo corrector would read « Martin » as « main »
TITLED_NAME = re.compile(r"\b(Dr|Pr|Mme|Mr)(\.? )[A-ZÀ-Ý][\w'-]+")
SECRETARY = re.compile(r"\b(secretaire|secretariat) medica(le|l)\b")
# « les mettre à jour » (mes horaires, told before): the verb, not SESAM-Vitale « à jour »
UPDATED_IT = re.compile(r"\b(les|le|la|l') ?(mettre|mets|met|mis|mise|mettrai\w*) a jour\b")
ADDENDUM = re.compile(r"\b(?:addendum|add\.?) ?(\d{1,2})\b")
NEGATED_WORDS = 4
FEARED = re.compile(r"\b(peur|crain\w*|inquiet\w*|risque\w*|doute\w*)\b")
# A state denied right after the negation, of the subject told before it: "… n'était pas à
# jour", "… n'est pas validé (éditeur en retard)"
STATE_DENIED = re.compile(
    r"\s+(?:encore |tout a fait |vraiment )?(?:a jour|valide\w*|conforme\w*|ok|bon|bonne)\b"
    r"\s*(?:$|[,.;:!?(]|\b(?:en|pour|au|a cause|depuis|car|mais|et)\b)"
)
# Words of a negation that say when or how, not what is missing: "pas encore installé
# l'addendum 8 de SESAM-Vitale" bears on the addendum and SESAM-Vitale
NEGATED_FILLER = frozenset([
    "encore", "toujours", "vraiment", "trop", "mis", "mise", "fait", "faite", "recu", "eu",
    "active", "activee",
])  # fmt: skip
# "vous pouvez me donner le chiffre ?": « donner » stems as « données » (codage des données).
GIVE = re.compile(
    r"\bdonn(?:er|e|es|ez|ent|era|erez|erait|ait)\b"
    # "amelipro affiche 5 390 €": shows an amount, no opening hours « affichés »
    r"|\baffich(?:e|ait|ent)\b(?= (?:un |une |le |la )?(?:total |montant )?(?:de )?\d)"
    # "…, c'est exact ?", "c'est vrai ?": a claim checked, no indicator's words
    r"|\b(?:c'?est|est-ce|est ce) (?:bien |donc )?(?:exact|vrai|correct|juste)\b"
    # "je dois la renvoyer chaque année ?": how often, not the student's « 6e année » (not
    # "combien pour chaque année ?": each year's amount)
    r"|(?<=er )(?:chaque annee|tous les ans)\b"
)
# A negation of a duty, not of a thing: "pas obligé de renvoyer…", "pas la peine de…".
NOT_NEEDED = re.compile(
    r"\s*(oblige\w*|besoin|la peine|necessaire\w*|tenue?s? de|forcement|"
    r"(perdre|rater|louper|manquer|passer a cote)\b)"  # « pour pas perdre la Donum »: kept
)
# A block the closing question asks whether it is lost: "je rate le socle de la donum ?".
# "je les ai soignés au cabinet": the place a count happened, set against « hors cabinet »
IN_CABINET = re.compile(r"\b(au|a mon|dans mon|a notre|dans notre|dans le) cabinet\b")
LOSS_VERBS = frozenset(["rate", "rater", "loupe", "louper"])
# « FSE » typed with its figure is read as the Donum's component name too: as an indicator of
# its own (the forfait structure's, the FAMI's), it is the télétransmission rate
SAME_RATE = {"fse": {"taux_teletransmission"}}
# A figure told of a mean ("ma moyenne sur les téléservices est à 65 %"), not of one rate
MEAN_BEFORE = re.compile(r"\bmoyenne\b[^.,;:?!%]{0,40}$")
FSE_RATES = frozenset(["fse", "taux_teletransmission"])  # the FS's rate, the Donum's component
# Every form denied at once: "aucune MSP, CPTS ou quoi que ce soit"
ANY_FORM = re.compile(
    r"\b(quoi que ce soit|ni rien|rien de tout ca|aucune forme|sous aucune forme)\b"
)
# "si je rate le socle", "si en 2026 je rate le socle"
SUPPOSED_LOSS = re.compile(r"\bsi ((en )?\w+ ){0,2}(je|j'|on|il|elle) (\w+ )?$")
BLOCK_ASKED_LOST = re.compile(r"\s*(le |mon )?(socle|volet \w+)[^.;!?]*\?\s*$")
# Words that name no indicator ("ce critère", "cet item"), though a glossary group brings them
# to the libellés with "ligne" ("avis d'arrêt de travail en ligne"); nor does the attestation
# on honour that every declared indicator asks (the software's entries speak of an attestation),
# nor declaring itself ("je ne saisis pas bien…" is no DMT, « déclaration médecin traitant »;
# « je ne sais pas » is not « saisie des horaires »: both stem to "sais").
# Nor the words of talk that a few FAQ phrasings happen to use (« ça passe ? », « c'est
# grave ? », « je dois… », « on sait… »).
GENERIC_STEMS = frozenset(
    [
        "criter",
        "item",
        "indiqu",
        "attest",
        "honneur",
        "declar",
        "sais",
        "pass",
        "grav",
        "dois",
        "sait",
        # « ces deux indicateurs » (a FAQ phrasing's « deux tiers » says « tiers » too)
        "deux",
        "trois",
        "quatr",
        # « ça rapporte qq chose ? » named the opening hours (« dois-je refaire quelque chose ? »)
        "chos",
        "qq",
        "quelqu",
        # « j'ai eu le max », « en faisant tout »: avoir, faire
        "eu",
        "fais",
        # « le socle exige encore… ? »: what is required, of any indicator
        "exig",
        # « je ne l'ai jamais coché »: declaring or met, of any indicator
        "coch",
        # « je ne l'ai jamais… »: the negation's word ("ne" is also « né », of newborns)
        "ne",
        "obligatoir",
        # « avec le nouveau système »: the 2017 libellé « Nouveaux services aux patients »
        "nouveau",
        "nouvel",
        # « tout au début », « le forfait complet »: time and extent, of any indicator (the
        # FSE start's entries speak of « début d'activité » and « année complète »)
        "debut",
        "fin",  # « finir à zéro », « fin décembre » (the AAT's « fin d'arrêt » named it)
        "complet",
        # « y a encore un truc », « au moins 2/3 »: time and bound, of any indicator
        "encor",
        "moin",
        # « de combien exactement le plafond a diminué ? »: a precision, of any indicator (a
        # FAQ phrasing of the FSE target says « à exactement 2/3 »)
        "exact",
        # « … remplacé par quoi et depuis quand ? »: since when, of any indicator (« depuis
        # 2023 » in a FAQ phrasing of the Ségur software)
        "depuis",
        # « je perds combien par an ? »: a year, of any indicator (FAQ phrasings of the hours
        # and of the coordination say « une fois par an »)
        "an",
        # « les indicateurs optionnels » name a block (the 2022 coordination's note says
        # « à titre optionnel »); « c'était combien déjà ? » (« déjà dans l'Annuaire »)
        "optionnel",
        "dej",
        # « il trouve que ça fait peu »: finding, of any indicator (« où trouver les
        # téléservices ? » named them)
        "trouv",
        # « un montant qui me paraît bizarre » (« paraît » and « part » share a stem)
        "part",
        # « le volet 2 juste pour ça », « c'est juste ? »: only, right (the DMP's entries say
        # « justificatif »)
        "just",
        # « pour mon comptable »: the asker's accountant, corrected to « comptabilisé » (the
        # 2022 SAS's words)
        "comptabl",
        "comptabilis",
        # « un médecin veut comparer … »: wanting, of any indicator (a Ségur phrasing says
        # « mon éditeur veut me faire payer »)
        "veut",
        "voudr",
        "veulent",
        "voul",
    ]
)
# A word two indicators share, said alone, names this one: a médecin's « FSE » is the
# télétransmission rate, whose libellé does not say « FSE » (the ApCV is named by « appli
# carte Vitale »); the dentists' libellé says it
# « FSE » alone: the rate, not the ApCV; « l'appli carte Vitale » (ApCV) alone: its use, not
# the SESAM-Vitale version whose libellé names it since 2024
TIE_BREAK = {("medecin", "fse"): "taux_teletransmission", ("medecin", "apcv"): "apcv"}
# "le FAMI peut aller jusqu'à 1 240 €": how high an amount goes, not the « aller vers »
UP_TO = re.compile(r"\ballera?i?t?\s+jusqu")
# A block said failed after its name: "socle raté", "volet 1 pas atteint", "socle du FAMI raté",
# "volet 1 2025 refusé".
FAILED_BLOCK = re.compile(
    r"\b(socle|volet [12])( (du|de la|des) [\w-]+)?( 20\d\d)? (est |etait |a ete )?"
    r"(rate|loupe|manque|non atteint|pas atteint|non valide|pas valide|mort|fichu|foutu|"
    r"perdu|cuit|a l'eau|saute|refusee?s?)\b"
)
# ... or before it, told as past: "j'ai raté le volet 1 en 2025", "il a loupé son socle" (not
# "si je rate le socle ?", a loss asked about)
FAILED_BLOCK_BEFORE = re.compile(
    r"\b(?:j'?\s?ai|j'avais|on a|il a|elle a|il avait|elle avait) (?:rate|loupe|manque|perdu) "
    r"(?:le |mon |son |sa |la )?(socle|volet [12])\b"
)
# An indicator said not met after its name: "son indicateur logiciel compatible DMP n'est pas
# validé", "MSS non atteinte"; the words before are read back to the clause's start
FAILED_ITEM = re.compile(
    r"([^,;:.!?()]{2,60}?) (?:n'est |n'etait |n'a |est |etait |a )?(?:pas|non|jamais) "
    r"(?:ete )?(?:valide|atteint|coche)e?s?\b"
)
ITEM_CLAUSE = re.compile(r"\b(?:mais|et|donc|car|sauf|si|que|qu)\b")
# ... read so only when what it gates is asked ("il réclame quand même les 100 €, il y a
# droit ?"), not a proof ("n'est pas validé, je dois renvoyer quoi ?") nor a claim checked
GATED_ASKED = re.compile(
    r"\b(quand meme|quoi qu'il arrive|meme si|(y|j'y|ai|a|avoir) droit|je touche|il touche|"
    r"elle touche)\b"
)
PROOF_WORDS = re.compile(r"\b(justif\w*|fournir|r?envoy\w*|c'est vrai|vrai ou)\b")
# Whether a claim holds: "c'est juste ?", "c'est vrai ?", "exact ?"
CLAIM_ASKED = re.compile(
    r"\b(c'?est |c )?(bien )?(juste|exact|vrai|correct)\b[^.?]*\?|\bc (bien )?ca\b[^.?]*\?"
)
# What introduces a target quoted ("il faut 70 % de télétransmission", "le seuil de 2/3").
QUOTED_TARGET = re.compile(
    r"\b(il faut|faut|faudrait|faudra|fallait|exige\w*|seuil (de|a)|objectif (de|a)|minimum( de)?|"
    r"(doit|doivent|devrait|devait|devaient|devra|devront) (faire|etre|atteindre|depasser)"
    r"( au moins)?|"
    r"au moins)( \w+){0,2} $"
    r"|\b(le|ce|du) (taux|seuil) de $"  # "le taux de 70 % est calculé comment ?"
    r"|\bpour (passer|atteindre|depasser|franchir)( les?| la)? $"  # "… pour passer les 2/3"
)
# A target quoted further back: "je pensais que le seuil de la moyenne des téléservices
# c'était 80 %" (the asker's own figure comes after: "moi j'ai 70")
TARGET_WAS = re.compile(
    r"\b(seuils?|objectifs?|cibles?)\b[^.?!,;%\d]{0,50}"
    r"\b(c'?etait|c'?est|etait|est|serait|sont|etaient) (a |de )?$"
)
# Two bounds of one figure offered: "strictement plus de 2/3 ou pile 2/3 ?", "plus de 70 % ou
# au moins 70 % ?"
BOUND_CHOICE = re.compile(
    r"\b(?:strictement |plus de |au[- ]dessus de |superieur a |au moins |pile |exactement )"
    r"(\d{1,3}(?: ?%)?|2/3|deux tiers)(?: d[e']\s?\w+)?"  # "plus de 2/3 de FSE ou pile 2/3"
    r" ou (?:strictement |plus de |au[- ]dessus de |superieur a |au moins |pile |exactement |"
    r"juste |egal a |a )(?:\1|2/3|deux tiers)\b"
)
# "80 % minimum", "70 % mini": a target quoted by the words after it
MINIMUM_AFTER = re.compile(r"\s*(minimum|mini|au minimum|requis|exiges?)\b")
DAY_ASKED = re.compile(r"\b(quel|quelle|le|ce|du|au) (premier |dernier )?jour\b")
BUT = re.compile(r"\bmais\b")
# The item denied, taken up again by « y »: "… mais ma CPTS y participe", "mon associé y est"
THROUGH_IT = re.compile(r"\by (participe\w*|est|sont|adhere\w*|contribue\w*)\b")
# A year of study: "étudiant de 6e année", "5ème année"
STUDY_YEAR = re.compile(r"\b(\d)(?:e|eme|ieme|è|ème)? annee\b")
# "des patients qui ne sont pas les miens": whose patients, no absence
NOT_MINE = re.compile(
    r"\bpas (les |des )?(miens|siens|leurs|tiens|notres|votres)\b"
    r"|\b(dont|qui) (je|il|elle) n'?e? ?(suis|est|sont|ont) pas (le |la )?(medecin traitant|mt)\b"
)
# The target asked openly: "c'est quoi le seuil ?", "quel est l'objectif maintenant ?"
TARGET_QUESTION = re.compile(
    r"\b(c'est quoi|quel(le)?s? (est|sont|etait|etaient)|c'est combien)( le| la| les| l')? ?"
    r"(seuils?|objectifs?|cibles?|taux (a atteindre|exige|minimum|attendu))\b"
    r"|\b(seuils?|objectifs?|cibles?),? (c'est|est|sont) (quoi|combien|de combien)\b"
)
# How a target is counted: "calculé cabinet par cabinet", "s'applique à", "compté sur".
COUNTED_HOW = re.compile(r"\b(calcul\w*|compt\w*|appliqu\w*|mesur\w*|apprecie\w*)\b")
# An amount asked of several rates typed bare
ASKS_POINTS = re.compile(r"\b(combien|cb|quel montant|points)\b")
# "les indicateurs obligatoires", "requis": the block of required indicators
REQUIRED = frozenset(["obligatoir", "requ"])
# What required items are counted or called: "les 5 indicateurs obligatoires", "les cinq
# obligatoires", "les critères requis"
BLOCK_NOUNS = frozenset(["indiqu", "criter", "part", "4", "5", "6", "quatr", "cinq", "six"])
COUNT_STEMS = {3: "troi", 4: "quatr", 5: "cinq", 6: "six"}  # a count, as its word is stemmed
# The scheme's own name names none of its indicators ("combien je touche avec la dotation
# numérique ?" asks the scheme's amount, not the software indicator's).
SCHEME_NAMES = re.compile(r"\b(donum|dotation numerique|forfaits? structures?|fs|fami)\b")
# A negation that says no absence: "SESAM sans Vitale" (a way to send FSE), the patients
# "sans carte Vitale" (theirs), not knowing how something works, and no other one than the
# one told
NOT_NEGATIONS = re.compile(
    r"\bsi jamais\b|"  # "si jamais je n'ai fait que 2 interventions": « if by chance »
    r"\bsesam[- ]sans[- ]vitale\b|\b(sans|jamais|pas) (leur |sa |de |la |les |d')?cartes? vitale\b"
    r"|\b(sans|jamais|pas) (leur|leurs|sa) cartes?\b"  # "des patients qui n'ont pas leur carte"
    r"|\b(sai[st]|savai[st]|savons|savez|comprend|comprends|comprenons|connai[st]) (pas|jamais)\b"
    r"|\b(aucune?|pas d'|sans|jamais d'|ni) ?(une? )?autres?\b"  # "aucune autre BAL": has one
    # "on n'est pas sûrs que son logiciel soit à jour": unsure, nothing said missing
    r"|\bpas (sure?s?|certaine?s?|convaincue?s?) (que|qu')"
    # "j'ai pas de messagerie à moi, j'utilise celle du titulaire": not mine, not none
    r"|\bpas d(e |')\w+( \w+)? a (moi|lui|elle)\b"
    # "mon dept est pas sur la plateforme nationale": of the place, not what the asker does
    r"|\b(mon|notre|le|ce) (dept|departement|territoire|secteur) (n'|ne )?(est|etait|utilise) pas\b"
)
# What a negation bears on when it names a manner, not an absence ("mon logiciel n'est pas DMP
# natif", "pas directement compatible": it has it, through a connector; "via le Web DMP, pas
# depuis mon logiciel": the software is not said missing).
MANNER = re.compile(
    r"\b(natif|native|nativement|directement|integre|integree|en natif|depuis|via|par|seul|"
    r"lui-meme|elle-meme)\b"
)
MEAN_WORDS = frozenset(["moyen"])  # the stem of "moyenne": the mean asked itself
CLAUSE_END = re.compile(r"[,.;:!?)]|\b(mais|et|car|donc|alors|or|sauf|parce|pourtant|si)\b")
# What a verdict question asks about an absence: is it paid, lost, valid, enough? ("pas de
# messagerie, je touche quoi ?"); without it, "pas de LAP pour ma spécialité, suis-je
# dispensé ?" asks something else. A statement ("pas de messagerie") asks the verdict.
# Whether missing one indicator costs the others of its block: "ça bloque le reste du volet
# 2 ?", "on ne touche rien du volet 2 ?", "je perds tout le volet 2 ?"
REST_LOST_ASKED = re.compile(
    r"\b((bloqu|empech)\w* (le reste|tout|les autres|le volet|la suite)|"
    r"(touche\w*|aura\w*|ai|a) (plus )?rien (du|de|sur) (le )?(volet|reste)|"
    # (not "je perds tout ce bloc à cause du CM AT-MP seul ?": the item's rates, all required)
    r"perd\w* (tout|le reste|les autres)\b(?! le (socle|volet (1|un)))"
    r"(?! (ce|cet) (bloc|indicateur))|"
    # "si je loupe le DMP tout le volet 2 saute ?"
    r"(tout|le reste (du|de)) (le )?volet (2|deux) (saute|tombe|part|disparait|est perdu))"
)
# Who writes, opening the message: "Message du secrétariat de la maison médicale." names no
# messaging indicator
WRITER_FRAME = re.compile(
    r"^\s*(?:msg|message|mail|courriel|mot) (?:du |de la |de l['’]|de mon |de ma |de notre |"
    r"de votre |d['’]une? )[^.:!?\n\d%]*[.:!]",  # (not "Message d'un dentiste à 67 % : …")
    re.IGNORECASE,
)
# A message passed on, not the messaging indicator: « msg transféré d'un MG », « le mail d'une
# chirurgienne-dentiste » (« les messages de Mon espace santé » are the indicator's)
MAIL_OF = re.compile(
    r"\b(?:msg|message|mail|e-mail|courriel|sms)s?(?: transf[eé]r[eé]e?s?| re[cç]us?)?"
    # « Mail reçu ce matin : « … » »
    r"(?: (?:ce matin|ce midi|ce soir|hier(?: soir)?|aujourd['’]hui|ce jour|cet apr[eè]s-midi))?"
    r"(?= (?:d['’]une?|du|de la|de l['’]|de mon|de ma|de son|de sa|de notre|de votre)\b|\s*:)"
    r"(?! (?:de |du )?(?:mon espace|mss|messagerie))",
    re.IGNORECASE,
)
# Someone's summary of the rules quoted (« Forfait structure 2023 = 1163 points, 280 pour le
# volet 1 et le reste pour le volet 2 »): what the scheme pays, not what the asker met
RULE_QUOTED = re.compile(
    r"«(?=[^«»]*(?:=|\bpoints?\b))(?![^«»]*\?)"  # (not a question quoted)
    r"(?![^«»]*\b(?:je|j'|j’|mon|ma|mes|vous|votre|vos|on a|non|atteint\w*|valid\w*|vers\w*|"
    r"declar\w*|déclar\w*)\b)"
    r"[^«»]*\bvolets?\b[^«»]*»",
    re.IGNORECASE,
)


def without_frame(text: str) -> str:
    """The message without what frames it and names no case: who writes (« Message du
    secrétariat. », « msg transféré d'un MG : ») and a summary of the rules quoted (« volet 1
    = Ségur, FSE > 2/3 … »)."""
    text = MAIL_OF.sub(" ", WRITER_FRAME.sub(" ", text))
    return RULE_QUOTED.sub(" ", text)


INSTEAD_OF_COUNT = re.compile(r"\bau lieu (?:de |des |d')\d+\b(?! ?(?:%|€|euros?|points?))")
SOCLE_SERVICES = frozenset({"socl", "teleservic"})
SOCLE_SERVICES_SAID = re.compile(
    r"\bteleservices? (du|pour le|dans le) socle\b|\bsocle teleservices?\b"
    r"|\bteleservices?\b[^.?]{0,30}\b(passent|sont|entrent) dans le socle\b"
    r"|\b(socle|taux)\b.{0,40}\b(taux|seuils?) (sur |de |des |d')?(les )?teleservices?\b"
)
# The year as a span of time ("calculés sur toute l'année"): not the student's « 6e année »;
# days counted ("dans dix jours") are no software « à jour »
YEAR_SPAN = re.compile(
    r"\btoute l'annee\b|\bl'annee (entiere|complete)\b"
    r"|\b(\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente|quelques) jours\b"
)
# "ça bloque mon volet 1 ?": a block paid whole asked about by name
BLOCK_LOST_ASKED = re.compile(
    r"\b(bloqu|empech|impact|fait sauter|compromet)\w* (aussi |egalement |tout )?"
    r"(de (toucher|percevoir|valider|avoir) )?(mon |le |ma |son |sa |sur (le |mon )?)?"
    r"(?P<block>volet (1|un|2|deux)|socle)\b"
    # "je perds tout le volet 1 ?"
    r"|\b(je |j'|il |elle |on )?perd\w* (tout |aussi |meme )*(mon |le |ma |son |sa )?"
    r"(?P<lost>volet (1|un|2|deux)|socle)\b"
)
# The same asked the other way: "je garde au moins le volet 2 ?"
BLOCK_KEPT_ASKED = re.compile(
    r"\bgarde\w* (au moins |quand meme |tout de meme )?(mon |le |ma |son |sa )?"
    r"(?P<block>volet (1|un|2|deux)|socle)\b"
)
CONSEQUENCE = re.compile(
    r"\b(touche\w*|paye\w*|paie|verse\w*|perd\w*|perte|valide\w*|compte\w*|bon|passe|"
    r"droit|rien|atteint|suffi\w*|combien|ok|foutue?s?|fichue?s?|cuite?s?|grillee?s?|"
    r"saute\w*|bloque\w*|garde(?= (au moins |quand meme |tout de meme )?(le|la|les|mon|ma|mes) )|"
    r"(me|lui|nous) coute\w*)\b"
    # "du coup mon volet 1 saute ?", "je garde au moins le volet 2 ?", "ça bloque mon forfait ?",
    # "ça me coûte quoi exactement ?"
)
# An item left out of the declaration ("oublié de cocher l'encadrement", "pas déclaré l'aller
# vers"), and catching up asked ("je peux encore le rajouter ?", "récupérer les 300 € ?")
ITEM_UNDECLARED = re.compile(
    r"\b(pas|jamais|oublie\w* de|zappe\w* de) (declare|coche|saisi|renseigne|cocher|declarer|"
    r"saisir|renseigner)\b"
)
CATCH_UP_ASKED = re.compile(r"\b(encore|recuperer|rattraper|rattrapage|rajouter|apres coup)\b")
# What to send or keep, asked after the situation ("3 interventions : doit-il envoyer les
# attestations ?"): a procedure, not the verdict on the figure.
PROCEDURE = re.compile(
    r"\b(envoy\w*|renvoy\w*|fourni\w*|justif\w*|attestations?|transmet\w*|garder|conserver|prouver|"
    r"contest\w*|reclam\w*|recours|"
    # "je dois remplir quoi sur amelipro pr l'aller vers ?": what to fill in
    r"(remplir|saisir|cocher|renseigner|mettre|ecrire|indiquer|declarer) quoi|"
    r"quoi (remplir|saisir|cocher|renseigner|mettre|ecrire|indiquer|declarer))\b"
)
# An open question about something else than the verdict ("pourquoi ma messagerie n'est pas
# pré-remplie ?"), or asking which things are left out ("quels actes ne comptent pas ?"): an
# absence there is not a situation to judge.
NOT_A_VERDICT = re.compile(
    r"\b(pourquoi|comment|quand|ou trouver|a qui|quel(le)?s? \w+ (ne|n')|qu'est[- ]ce qui (ne|n')|"
    r"lesquel(le)?s (faut|fallait|manqu)\w*)"  # "lesquels fallait-il ?": a list, not a verdict
    # "c koi les actes ki comptent pas ds le taux ?": which things, not the asker's lack
    r"|\b(c'est quoi|quoi|quels? sont|quelles sont) (les|des|ces) \w+ (qui|ki)\b"
)
# A negation of owning, not of having: "pas ma propre messagerie (celle du titulaire)".
OWNED = frozenset(["propr", "nom", "perso"])  # "pas de BAL perso", "à son nom": not absent
RATE_WORD = frozenset(["taux"])
# What is asked in spite of something missed: "je touche quand même l'aller vers ?".
CONCEDED = re.compile(
    r"\b(quand meme|tout de meme|meme si|malgre|perd\w*( \w+)? (aussi|egalement|en plus))\b"
)
# Asking a verdict, not naming what it is about.
ASKING_WORDS = """
    droit droits touche toucher touchera paye payer paie verse versee verser valide valider
    validee compte compter atteint atteins atteindre rempli remplir combien euros montant
    rapporte rapporter perd perdre rate rater loupe louper manque manquer vaut valent valait
    valaient valoir font fera feront donnent
    cpam caisse transmis transmise question demande conseiller conseillere autre autres
    entre baisse baisser hausse augmente augmenter diminue diminuer change changer evolue
    max maximum seul seule seuls seulement uniquement
    cabinet cabinets
    participe participes participer participation
    exercice exercices
    liberal liberale liberaux liberales collaborateur collaboratrice collaborateurs contrat
"""  # (« cabinet »: where everything happens, « cabinet comptable » names no horaires;
# « je participe à un registre » names no participation to the SAS; « quel exercice »: a
# year, not the « exercice coordonné » nor the FSE rate's « sur l'exercice »; a status,
# « collaborateur libéral », names no messaging a FAQ phrasing about it mentions)
LIBELLE_WEIGHT, FAQ_WEIGHT = 1.0, 0.5  # where an indicator's words come from
NAME_NO_INDICATOR = (  # professions, partners, and the words that set one against another
    "dentiste dentistes chirurgien chirurgiens medecin medecins generaliste generalistes kine "
    "kines kinesitherapeute kinesitherapeutes masseur masseurs infirmier infirmiere infirmiers "
    "comme chez "
    # partners: « question de mon associé » names no messaging (a secretary may be the
    # service offered to patients)
    "associe associee associes associees collegue collegues confrere confreres consoeur "
    "consoeurs"
)
FAQ_MAX_ENTRIES = 15  # a FAQ word in more entries than this names no indicator
# One more supposed: "si j'en fais une avant le 31", "si j'en envoie un seul le 30/12"
ONE_DONE_IF = re.compile(
    r"\bsi (?:j'en|j en|on en|il en|elle en) (?:fai[st]|envoi\w*|realise\w*) (?:une?|1)\b"
    # "si jenvoi 1 seul msg": one of a thing counted (not "si je fais une demande")
    r"|\bsi (?:je |j'|j)(?:fai[st]|envoi\w*|realise\w*) (?:une?|1)(?: seule?)? "
    r"(?:fse|feuilles?|messages?|msg|interventions?|flux|documents?|ordonnances?)\b"
)
VOLET_NUMBER = re.compile(r"\bvolet ?([12])\b")  # its number, which the words drop
MIN_SCORE = 1.0  # the indicator named must rest on at least one fairly rare word
NAMING_IDS = 3  # a libellé word shared by more indicators than this names none alone


@dataclass(frozen=True)
class Case:
    """Whose rules: a profession and an exercice, and where each was read."""

    profession: str
    exercice: int
    dispositif: Dispositif  # the rules applied: an earlier exercice's when provisional
    note: str | None  # "Provisoire : règles 2025 reconduites faute de texte publié."
    profession_source: str  # "question" | "session" | "defaut"
    exercice_source: str


@dataclass(frozen=True)
class Situation:
    """What the question says of the asker's case, on one scheme."""

    indicateur: Indicateur
    composante: Composante | None
    valeur: Valeur | None  # the asker's figure
    absent: bool = False  # "pas de messagerie": the indicator not met
    sans: Groupe | None = None  # "sans le volet 1": that group not met
    # "compatible DMP mais jamais alimenté": a path of its questions the texts read two ways
    ambigu: bool = False
    # "logiciel pas référencé Ségur, …": the required item whose absence fails `sans`
    par: Indicateur | None = None

    @property
    def code(self) -> str:
        """The situation in a few bytes, for a button: "69.8", "non", "ambigu" or
        "sans-volet_1"."""
        if self.valeur is not None:  # precise enough to stay at a 2/3 threshold
            return format(self.valeur.value, ".8g")
        if self.ambigu:
            return AMBIGU
        return f"sans-{self.sans.id}" if self.sans is not None else "non"

    @property
    def path(self) -> str:
        """The indicator, or "indicator.component"."""
        ind = self.indicateur.id
        return f"{ind}.{self.composante.id}" if self.composante else ind


@dataclass(frozen=True)
class _Question:
    words: set[str]  # stems, acronyms spelled out
    figures: list[Valeur]  # the asker's own
    negated: list[set[str]]  # the stems each negation bears on
    open: bool  # "pourquoi", "comment"…: not a verdict to give
    procedure: bool  # "…, dois-je envoyer les attestations ?": not the figure's verdict
    verdict: bool  # asks what an absence pays, costs or validates
    closing: set[str]  # the stems of the closing question of a longer message


@dataclass(frozen=True)
class Grounded:
    """A situation judged on the rules of one case."""

    case: Case
    situation: Situation
    statut: Statut  # of what the question names (the component, when it names one)
    libelle: str
    regle: str  # the rule, as the explanation states it
    pourquoi: str  # the verdict's reason
    consequences: list[str]
    ambiguite: Ambiguity | None
    sources: list[str]
    # "sans le socle": the group named missing stops this indicator's pay (False: it is
    # paid independently of that group)
    gated: bool = False


@dataclass(frozen=True)
class Alternative:
    """The same situation for another profession or exercice, for a button."""

    label: str
    profession: str
    exercice: int
    situation: Situation


SURE = frozenset({"atteint", "non_atteint"})  # verdicts, not "inconnu" nor "ambigu"


def _apart(found: list[Grounded]) -> bool:
    """Two professions' verdicts that differ, one of them sure ("non atteint" for a dentist,
    no verdict alone for a médecin's Donum)."""
    said = {g.statut for g in found}
    return len(said) > 1 and bool(said & SURE)


class RuleAnswers:
    """Built once with the FAQ index (same tokens); judging one question costs a calculator
    run on one scheme."""

    def __init__(self, kb: Knowledge, index: FaqIndex) -> None:
        self.kb = kb
        self.index = index
        self._acronyms = set(index._stemmer.words(list(index._terms)))
        # Words of the groups that gate others ("socle", "volet 1"): they name no indicator.
        self._gate_words = {
            w
            for d in kb.dispositifs.values()
            for g in d.groupes
            if g.regle == "tous_requis"
            for w in index._stemmer.words(g.id.split("_"))
        }
        self._stem_memo: dict[tuple[str, bool], frozenset[str]] = {}
        # Words that ask ("ai-je droit", "je touche") or say who asks ("dentaire") name no
        # indicator, though the FAQ phrasings about one may use them.
        self._not_names = set(index._stemmer.words(ASKING_WORDS.split())) | {
            t
            for f in kb.professions.values()
            for phrase in [f.libelle, f.pluriel, *f.alias, "dentaire"]
            for t in index._stemmer.words(normalise(phrase).split())
        }
        self._vocab = self._vocabulary(kb, index)
        # Each rate's published targets, whatever the scheme: "70 % de FSE" quotes the
        # dentists' target, "AT/MP 45 %" is no target of the CM AT-MP
        self._own_targets: dict[str, set[float]] = {}
        for d in kb.dispositifs.values():
            for i in d.indicateurs:
                for x in (i, *i.composantes):
                    if x.cible.valeur is not None:
                        self._own_targets.setdefault(x.id, set()).add(round(x.cible.valeur, 1))
        # Words that name few indicators by their libellés: a sentence that holds one names
        # what it asks about ("La DSG compte ? il faut quel taux ?" after a story).
        named_by: dict[str, set[str]] = {}
        for d in kb.dispositifs.values():
            for ind in d.indicateurs:
                for t in self._stems(ind.libelle):
                    named_by.setdefault(t, set()).add(ind.id)
        # "je déclare ça quand ?": the asker's act, not the DSG's or the DMT's « déclaration »
        acts = set(self._stems("déclarer déclaration"))
        self._naming = frozenset(
            t for t, ids in named_by.items() if len(ids) <= NAMING_IDS and t not in acts
        )
        self._libelle_stems: dict[str, frozenset[str]] = {}
        self._scheme_years: dict[str, dict[str, list[int]]] = {}
        self._idf: dict[str, dict[str, float]] = {}
        self._rules: dict[str, dict[str, str]] = {}  # by scheme, each indicator's rule
        self._questions: dict[str, _Question] = {}
        self._calendars: dict[tuple[str, dt.date], list[ExerciceStatus]] = {}
        self._max: dict[str, float] = {}  # by scheme, the most it pays
        self._by_profession: dict[str, list[Dispositif]] = {}
        for d in kb.dispositifs.values():
            if d.exercice is not None:
                self._by_profession.setdefault(d.profession, []).append(d)
        # Each scheme's word weights, libellés' words, rules and most paid, computed now
        # (~20 ms) rather than by the first question on each scheme (up to ~5 ms more).
        for d in kb.dispositifs.values():
            self._weights(d)
            for ind, comp in self._candidates(d):
                self._libelle_words(comp.libelle if comp else ind.libelle)
            if d.indicateurs:
                self._rule(d, d.indicateurs[0])
            self._most(d)

    # ---- words -----------------------------------------------------------------------------

    def _stems(self, text: str, correct: bool = False) -> frozenset[str]:
        """`_stem_set`, read once per text and mode: a reply reads the same parts of a
        question several times (sums, facts, verdicts)."""
        key = (text, correct)
        found = self._stem_memo.get(key)
        if found is None:
            if len(self._stem_memo) > 4096:
                self._stem_memo.clear()
            found = self._stem_memo[key] = frozenset(self._stem_set(text, correct))
        return found

    def _stem_set(self, text: str, correct: bool = False) -> set[str]:
        """A text's stems as written, plus the glossary's acronyms it spells out, so that
        "feuilles de soins électroniques" meets "FSE" (the glossary's synonym groups are left
        out: "versé" is not "payé" here)."""
        text = UPDATED_IT.sub(
            " ", TAKEN.sub(" ", APPLIES.sub(" ", fold(TITLED_NAME.sub(r"\1", text))))
        )
        text = SECRETARY.sub(r"\1", STOPPING.sub(" ", YEARS_SPOKEN.sub(" ", text)))
        # (« puis » links two years, « en 2019 puis en 2020 », « plusieurs » counts, « un
        # praticien » is whoever asks: none names an indicator)
        raw = [w for w in normalise(text).split() if w not in STOPWORDS | LINK_WORDS]
        if correct:
            raw = [self.index._correct(w) for w in raw]
        found = {t for t in self.index.tokens(text, correct=correct) if t in self._acronyms}
        found.update(SAME_STEM.get(t, t) for t in self.index._stemmer.words(raw))
        return {
            t
            for t in found
            if not t.isdigit()
            and len(t) > 1  # "vs" stems to "v"
            and t != "pourcent"
            and t not in NEGATIONS
            and not OPEN.fullmatch(t)
            and t not in self._not_names
        }

    def _vocabulary(self, kb: Knowledge, index: FaqIndex) -> dict[str, dict[str, float]]:
        """Each indicator's and component's words (ids shared across schemes and years): its
        libellés, then the phrasings of the FAQ entries about it alone."""
        vocab: dict[str, dict[str, float]] = {}

        def add(key: str, text: str, weight: float) -> None:
            words = vocab.setdefault(key, {})
            for t in self._stems(text) - GENERIC_STEMS:
                words[t] = max(words.get(t, 0.0), weight)

        # A glossary phrase in a libellé brings its one-word synonyms ("prise en charge
        # coordonnée": "coordination"; "étudiants": "stagiaires"); not its longer ones, or
        # "outil de facturation" would make "facturer" name the software indicator.
        groups = [
            (" ".join(p for p in g if " " not in p), [self._stems(p) for p in g])
            for g in kb.glossaire.synonymes
        ]
        # nor those of a generic word: « déclaration médecin traitant » is not « saisir »
        groups = [(w, ps) for w, ps in groups if not any(p & GENERIC_STEMS for p in ps)]

        def named(text: str) -> str:
            stems = self._stems(text)
            extra = [words for words, phrases in groups if any(p and p <= stems for p in phrases)]
            return " ".join([text, *extra])

        for d in kb.dispositifs.values():
            for ind in d.indicateurs:
                add(ind.id, named(ind.libelle), LIBELLE_WEIGHT)
                for c in ind.composantes:
                    add(c.id, named(c.libelle), LIBELLE_WEIGHT)
        # From the FAQ, only the words few entries use: "coordination", "EHPAD", "flux", not
        # "volet" or "taux".
        phrasings = {
            e.id: set().union(*map(self._stems, [e.question, *e.formulations])) for e in kb.faq
        }
        df: dict[str, int] = {}
        for words in phrasings.values():
            for t in words:
                df[t] = df.get(t, 0) + 1
        # nor a profession: « comme chez les dentistes » names no indicator (an entry setting
        # the médecins' FSE target against the dentists' uses the words)
        people = self._stems(NAME_NO_INDICATOR)
        for e in kb.faq:
            if len(e.indicateurs) == 1:
                words = vocab.setdefault(e.indicateurs[0], {})
                for t in phrasings[e.id] - people:
                    if df[t] <= FAQ_MAX_ENTRIES and t not in GENERIC_STEMS:
                        words[t] = max(words.get(t, 0.0), FAQ_WEIGHT)
        return vocab

    def _candidates(self, d: Dispositif) -> list[tuple[Indicateur, Composante | None]]:
        return [(ind, None) for ind in d.indicateurs] + [
            (ind, c) for ind in d.indicateurs for c in ind.composantes
        ]

    def _weights(self, d: Dispositif) -> dict[str, float]:
        """Inverse document frequency of each word among the scheme's indicators and
        components: "taux" names none of them, "FSE" one."""
        idf = self._idf.get(d.id)
        if idf is None:
            docs = [self._vocab[c.id if c else i.id] for i, c in self._candidates(d)]
            n = len(docs)
            counts: dict[str, int] = {}
            for doc in docs:
                for t in doc:
                    counts[t] = counts.get(t, 0) + 1
            idf = {t: math.log(1 + (n - k + 0.5) / (k + 0.5)) for t, k in counts.items()}
            self._idf[d.id] = idf
        return idf

    def named_in(self, text: str, d: Dispositif) -> tuple[Indicateur, Composante | None] | None:
        """The indicator (and component) of `d` the text names clearly, the words of the
        blocks that gate others ("socle", "volet 1") set aside. An addendum told names the
        SESAM-Vitale indicator: « ma MAJ addendum 8 du logiciel » is no DMP software."""
        words = self._read(text).words
        if words >= SOCLE_SERVICES and SOCLE_SERVICES_SAID.search(fold(text)):
            # "la partie téléservices du socle" (Donum): the socle's mean of rates, not the
            # optional téléservices (CM AT-MP, DSG, SPE)
            socles = {g.id for g in d.groupes if g.regle == "tous_requis"}
            mean = [i for i in d.indicateurs if i.groupe in socles and i.cible.type == "moyenne"]
            if len(mean) == 1:
                return mean[0], None
        block = self._group(set(words) | set(VOLET_NUMBER.findall(fold(text))), d)
        named = self._named(words - self._gate_words, d, None, block)
        if named is not None and ADDENDUM.search(fold(text)):
            versions = [i for i in d.indicateurs if "sesam" in fold(i.libelle)]
            said = fold(named[0].libelle)  # (the software's words, not another indicator's)
            if len(versions) == 1 and "logiciel" in said and "sesam" not in said:
                return versions[0], None
        return named

    def also_named(
        self, text: str, d: Dispositif, ids: Iterable[str], besides: str | None = None
    ) -> bool:
        """Whether the text's words name one of these indicators of `d` too, as much as
        `named_in` asks of the one it finds ("je fais partie d'une CPTS mais j'ai raté le
        taux de FSE": the coordination besides the FSE); with words of their own, not those
        of the indicator named `besides` (« messagerie sécurisée » does not name the patients'
        messaging by its « messagerie »)."""
        words = self._read(text).words - self._gate_words
        if besides is not None:
            words = words - self._vocab.get(besides, {}).keys()
        return any(self.also_named_by(words, d, i) for i in ids)

    def also_named_by(self, words: Iterable[str], d: Dispositif, indicator: str) -> bool:
        """Whether these words name this indicator of `d` as much as `named_in` asks."""
        idf, doc = self._weights(d), self._vocab[indicator]
        return math.fsum(idf.get(t, 0.0) * doc[t] for t in words if t in doc) >= MIN_SCORE

    def _rate_denied(
        self, q: _Question, d: Dispositif, ind: Indicateur, comp: Composante
    ) -> tuple[Composante, Valeur] | None:
        """Another of the indicator's rates that the question says none of, at 0 %."""
        for span in q.negated:
            named = self._named(span - self._gate_words, d, None)
            if named and named[0].id == ind.id and named[1] and named[1].id != comp.id:
                return named[1], Valeur("taux", 0.0, f"0{NNBSP}%")
        return None

    def _named(
        self, words: set[str], d: Dispositif, figure: Valeur | None, block: Groupe | None = None
    ) -> tuple[Indicateur, Composante | None] | None:
        """The indicator (or component) the words name on this scheme, when one stands out.
        A component beats its indicator on a tie, or when it is the only one of its
        components the words name: it is the more precise. On a tie between indicators, the
        one whose libellé on this scheme holds more of the words ("appli carte vitale" names
        the ApCV before the SESAM-Vitale indicator whose libellé names it in other years); of
        a tie, the one in the `block` the text names (« le volet 1 impose l'appli carte
        Vitale ? »: the SESAM-Vitale version)."""
        idf = self._weights(d)
        if idf.keys().isdisjoint(words):
            return None  # no word of the scheme's indicators: every score is 0
        scored = []
        for ind, comp in self._candidates(d):
            doc = self._vocab[comp.id if comp else ind.id]
            score = math.fsum(idf[t] * doc[t] for t in words if t in doc)
            fits = figure is not None and _takes(ind, comp, figure)
            own = len(words & self._libelle_words(comp.libelle if comp else ind.libelle))
            scored.append((fits, score, comp is not None, own, ind, comp))
        scored.sort(key=lambda x: (x[0], x[1], x[2], x[3]), reverse=True)
        fits, score, _, own, ind, comp = scored[0]
        if score < MIN_SCORE:
            return None
        doc = self._vocab[comp.id if comp else ind.id]
        if not own and sum(doc.get(t, 0.0) for t in words) < 2 * FAQ_WEIGHT:
            return None  # one word of a FAQ phrasing alone: « tout au début » is no FSE start
        rival = next((s for s in scored[1:] if s[0] == fits and s[4] is not ind), None)
        if rival is not None and (rival[1] > score or (rival[1] == score and rival[3] >= own)):
            tied = [x for x in scored if x[0] == fits and x[1] == score and x[3] == own]
            preferred = {
                TIE_BREAK[(d.profession, t)] for t in words if (d.profession, t) in TIE_BREAK
            }
            chosen = [x for x in tied if x[4].id in preferred and x[5] is None]
            inside = [x for x in tied if block and x[4].groupe == block.id and x[5] is None]
            if len(chosen) == 1 and len(inside) == 1 and chosen[0] not in inside:
                chosen = inside
            # (only when nothing else is named: « l'aller vers … raté son taux FSE » asks the
            # aller vers)
            # (a word shared with the FSE rate's wording, « carte vitale », names nothing else)
            others = [
                x for x in scored if 2 * x[1] >= score and all(x[4] is not t[4] for t in tied)
            ]
            if rival[1] > score or len(chosen) != 1 or others:
                return None
            _, _, _, own, ind, comp = chosen[0]  # « FSE » alone: the rate, not the ApCV
        if comp is None:  # "CM AT-MP à 55 %": the one rate the indicator's libellé lists
            parts = [s for s in scored if s[4] is ind and s[5] is not None and s[1] > 0]
            if len(parts) == 1 and parts[0][0] == fits:
                return ind, parts[0][5]
        return ind, comp

    def names(self, text: str, ind: Indicateur) -> bool:
        """The text names the indicator by a word of its libellé (« ce DMP »), not by a word
        any rate has (« taux »)."""
        own = self._libelle_words(ind.libelle) - GENERIC_STEMS - RATE_WORD
        return bool(own & self._stems(text, correct=True))

    def _libelle_words(self, libelle: str) -> frozenset[str]:
        """A libellé's stems, with what its acronyms stand for ("MSSanté": "messagerie") and
        the synonym its phrases stand for."""
        words = self._libelle_stems.get(libelle)
        if words is None:
            terms = self.index._terms_in(libelle)
            # a glossary phrase's synonym head: « prise en charge coordonnée » is said
            # « coordination », whose stem differs
            heads = self.index.phrase_heads(libelle)
            spelled = " ".join([libelle, *(t.developpe for t in terms), *heads])
            words = self._libelle_stems[libelle] = frozenset(self._stems(spelled))
        return words

    def _conceded(
        self, text: str, q: _Question, d: Dispositif, block: Groupe, below: Indicateur | None = None
    ) -> tuple[Indicateur, Composante | None] | None:
        """ "si j'ai pas le taux de FSE, je touche qd même les 350 € du stagiaire ?": the
        indicator asked about in spite of a block not met, named outside the negations and
        not in that block (nor `below`, the item whose figure fails it); None without « quand
        même »."""
        if not CONCEDED.search(fold(text)):
            return None
        words = q.words - set().union(*q.negated)
        if below is not None:  # "… mon taux de télétransmission est sous les 70 %": not asked
            words -= self._libelle_words(below.libelle)
        beside = self._named_beside(words, d)
        denied = [n for span in q.negated if (n := self._named(span, d, None)) is not None]
        if beside is not None and any(n[0].id == beside[0].id for n in denied):
            # "pas de messagerie sécurisée … les 100 € de la coordination ?": a word the
            # negated item adds ("mss") names it again; the item asked about is another
            beside = self._named_beside(words - self._libelle_words(beside[0].libelle), d)
        return beside if beside is not None and beside[0].groupe != block.id else None

    def _block_failed(self, span: set[str], d: Dispositif) -> Groupe | None:
        """The block a negation says is not met: named ("pas le socle"), or by one of the
        indicators it requires whole ("pas les 70 % de FSE": the FAMI's socle)."""
        group = self._group(span, d)
        if group is not None:
            return group
        named = self._named(span - self._gate_words, d, None)
        if named is None or not span & self._libelle_words(named[0].libelle):
            return None  # "l'indicateur apparaît pas dans amelipro": no indicator denied
        block = next(g for g in d.groupes if g.id == named[0].groupe)
        return block if block.regle == "tous_requis" else None

    def _member_denied(self, span: set[str], d: Dispositif) -> Indicateur | None:
        """The required item a negation denies, where `_block_failed` reads the block's
        failure through it ("pas référencé Ségur"), not the block named ("pas le socle")."""
        if self._group(span, d) is not None:
            return None
        named = self._named(span - self._gate_words, d, None)
        return named[0] if named is not None else None

    def _named_beside(
        self, words: set[str], d: Dispositif
    ) -> tuple[Indicateur, Composante | None] | None:
        """The indicator named beside a block not met. A block named there ("…, je touche le
        volet 2 ?") names none of its indicators, unless its name is theirs ("aller vers")."""
        named = self._named(words, d, None)
        block = self._group(words, d)
        if named is None or block is None or named[0].groupe != block.id:
            return named
        parts = block.id.split("_")
        if all(p in named[0].id.split("_") for p in parts):
            return named
        return self._named(words - {w for p in parts for w in (p, p[:-1])}, d, None)

    # ---- situations -------------------------------------------------------------------------

    def situation(self, text: str, d: Dispositif) -> Situation | None:
        """The indicator the question names on `d`, with the asker's figure, an absence of it,
        or a group not met; None when the question gives none of these, or names no single
        indicator."""
        q = self._read(text)
        older = _outdated_in(text, d) if q.verdict and not q.open else None
        if older is not None:  # "je suis en addendum 7, je touche le socle ?": not met
            return Situation(older, None, None, absent=True)
        if len(q.figures) > 1 and _target_asked_after(text):
            # "75 % en 2023, 82 % en 2024… c'est quoi le seuil maintenant ?": the target; one
            # figure's verdict states it (« 68 %. c quoi le seuil »)
            return None
        if q.figures and not q.procedure:
            # "FSE à 55 %, mais 4 interventions en EHPAD. Les 300 € aller vers sont perdus
            # aussi ?": of several figures, the one of the indicator the question closes on
            # "… 68 % de FSE en 2025. Mon taux de 68 % suffit ?": « taux » alone names no rate
            closing = self._named(q.closing - RATE_WORD, d, None) if q.closing else None
            failed_in = next((x for x in q.negated if self._block_failed(x, d) is not None), None)
            failed = self._block_failed(failed_in, d) if failed_in is not None else None
            par = self._member_denied(failed_in, d) if failed_in is not None else None
            several = len(q.figures) > 1
            if closing is None and q.closing and self._gone_from(q.closing - RATE_WORD, d):
                # "… socle validé (taux à 87 %). Mon implication dans la CPTS me rapporte des
                # points dans la Donum ?": an item the scheme no longer has, not the figure's
                return None
            if closing is not None and several and any(_takes(*closing, v) for v in q.figures):
                named = closing
            elif closing is not None and failed is not None and closing[0].groupe != failed.id:
                # "60 % de FSE, donc socle raté. Je touche quand même l'aller vers ?": the
                # indicator asked about, the block the story says is not met
                return Situation(*closing, None, sans=failed, par=par)
            elif failed is not None and (beside := self._conceded(text, q, d, failed)):
                # "pas les 70 % …, qd même les 350 ?" ("socle raté mais 4 interventions en
                # EHPAD, l'aller vers ?": its own count judged too)
                own = [v for v in q.figures if v.kind == "nombre" and _takes(*beside, v)]
                return Situation(*beside, own[0] if len(own) == 1 else None, sans=failed, par=par)
            else:
                named = self._figure_named(text, d, q.figures) or self._named(
                    q.words, d, q.figures[0]
                )
            if named is not None and (kept := self._kept_below(text, q, d, *named)):
                return kept  # "les 300 € aller vers, même si ma FSE est sous les 70 % ?"
            if named is not None:
                ind, comp = named
                alone = components_named(text, ind) if comp is None else []
                if len(alone) == 1 and ind.cible.type != "moyenne" and len(q.figures) == 1:
                    # "Déclaration médecin traitant dématérialisée : 91 %": the one rate named
                    # by its name, though other rates' words score too
                    comp = next(c for c in ind.composantes if c.id == alone[0])
                if (
                    ind.cible.type == "moyenne"
                    and len(q.figures) == 1
                    and _mean_told(text, q.figures[0])
                ):
                    # "si ma moyenne des quatre taux (DMT, FSE, PSE, AAT) est pile à 60 %": the
                    # mean's figure, judged against its target, not the last rate named's
                    return Situation(ind, None, q.figures[0])
                rates = len(_named_rates(text, ind)) if ind.composantes else 0
                if comp is not None and rates > 1 and ind.cible.type == "moyenne":
                    # "déclaration MT 98 %, …, arrêts de travail 65 %": the words of the last
                    # rate named its component; the rates listed make the mean
                    comp = None
                if (
                    comp is not None
                    and rates > 1
                    and ind.cible.type != "moyenne"
                    and ind.agregation != "tous"
                    and not closing
                ):
                    # "AAT dématérialisés 89 %, déclarations simplifiées de grossesse 52 %.
                    # Qu'est-ce que je valide ?": the last rate's long name is no question of
                    # its own; each rate told is paid on its own
                    comp = None
                if comp is None and rates > 1 and ind.cible.type != "moyenne":
                    failing = _failing_rate(text, ind) if ind.agregation == "tous" else None
                    if failing is not None:  # "DMP 30,0 % et ordos 35 %": each required
                        return Situation(ind, *failing)
                    return None  # "AAT 82 %, DMT 88 %…": each rate paid on its own, summed
                several_rates = ind.cible.type == "moyenne" and rates > 1
                if comp is None and (several_rates or self._rates_of_a_mean(q.words, ind)):
                    # "55 % de DMT et 75 % d'AAT": rates, not the mean; judged as its mean
                    # once every rate is given, as the questionnaire does ("FSE 80 %, AAT
                    # 50 %… quelle moyenne ?" is not a mean of 80 %)
                    mean = _mean_of(text, ind)
                    alone = _named_rates(text, ind) if mean is None and rates == 1 else {}
                    comps = [c for c in ind.composantes if c.id in alone]
                    if comps and ind.cible.type == "moyenne" and len(q.figures) == 1:
                        # "FSE 55 %, j'ai le socle ?": one rate of the mean, its own say
                        return Situation(ind, comps[0], q.figures[0])
                    missing = self._missing_beside(q, d, ind)
                    met = mean is not None and mean.valeur is not None
                    met = met and verdict(ind.cible, mean.valeur.value) == "atteint"
                    if met and missing is not None:
                        # "pas pris le module LAP, FSE 97 %, DMT 90 %…": the item missing
                        # decides the socle the mean is met in
                        return Situation(missing, None, None, absent=True)
                    return mean
                taken = [v for v in q.figures if _takes(ind, comp, v)]
                if named is closing and len(taken) > 1:
                    # "… volet 1 ok, FSE 96 %. Je valide le DMP avec 25 % ?": the closing
                    # sentence's own figure first
                    last = fold(SENTENCE_END.split(text.strip())[-1])
                    taken.sort(key=lambda v: v.text not in last)
                if several and named is not closing and len(taken) > 1 and self._rated(q, d) > 1:
                    # "DMP 18 % et messagerie patients 6 %": two rates, two indicators; which
                    # is this one's is not read, so no verdict on the first one
                    return None
                # "FSE 98 %, … le DMP pour environ 25 %": a figure typed with another rate's
                # name is that rate's
                figure = next((v for v in taken if not _others(text, ind, v)), None)
                if comp is not None and ind.cible.type != "moyenne" and several:
                    # "AAT 92 %, DMT 95 %, PSE 85 % … et pr le PSE il fallait cb ?": the
                    # component's own figure, not the first of its indicator's rates
                    own = _named_valeurs(text, ind).get(comp.id)
                    same = [v for v in taken if own is not None and abs(v.value - own.value) < 1e-6]
                    figure = same[0] if same else figure  # not « 45 DSG sur 75 », a count
                if figure is not None and comp is not None and ind.agregation == "tous":
                    # "45 % d'ordonnances mais 20 % de DMP": each rate is required, the one
                    # under its target decides
                    comp, figure = _failing_rate(text, ind) or _own_rate(text, ind, comp, figure)
                    # "DMP à 35 % mais pas encore d'ordonnances numériques": the rate denied
                    # is the one under its target
                    comp, figure = self._rate_denied(q, d, ind, comp) or (comp, figure)
                aimed = next((v for v in taken if _aimed(fold(text), v)), None)
                if aimed is not None and len(taken) > 1 and len(_named_rates(text, ind)) <= 1:
                    # "mon DMP est à 25 %, si je monte à 32 % en décembre c bon ?": the figure
                    # aimed at is the one asked about (one rate named: it is that rate's)
                    figure = aimed
                if figure is not None and self._place_denied(q, ind, d, text):
                    return None  # "3 dépistages dans un lycée (pas en REP)": do they count?
                if figure is not None and (
                    _other_target_asked(text, comp.cible if comp else ind.cible)
                    or _target_rule_asked(text, comp.cible if comp else ind.cible)
                ):
                    # "68 % de FSE. Le seuil de 70 % s'applique-t-il à lui ?": whether a
                    # target applies is the entries' to say, not a verdict on the 68 %
                    return None
                if figure is not None:
                    # "pas les 5 indicateurs socles mais 3 interventions": the block not met
                    sans = next(
                        (g for span in q.negated if (g := self._failed(span, d, ind)) is not None),
                        None,
                    )
                    below = _mean_failed(text, d, ind) if sans is None else None
                    sans, par = below or (sans, None)
                    target = comp.cible if comp else ind.cible
                    value = _exact(figure, target)
                    if (
                        target.valeur is not None
                        and target.type in ("taux", "nombre")
                        and verdict(target, value.value) == "atteint"
                        and self._asked_beside(text, d, ind)
                    ):
                        return None  # "volet 1 ok, FSE 95 %. La visio gratuite, ça valide ?"
                    missing = self._missing_beside(q, d, ind)
                    reached = target.valeur is not None and target.type in ("taux", "nombre")
                    reached = reached and verdict(target, value.value) == "atteint"
                    if missing is not None and reached:
                        # "Ségur mais pas de LAP, 92 % de FSE. Mon volet 1 passe ?": the
                        # item missing decides the block the figure's item is met in
                        return Situation(missing, None, None, absent=True)
                    return Situation(ind, comp, value, sans=sans, par=par)
        if q.open:
            return None
        for span in q.negated:
            group = self._group(span, d)
            inner = self._named(span - self._gate_words, d, None) if group is not None else None
            if group is not None and inner is not None and inner[0].groupe == group.id:
                group = None  # "raté le taux de télétransmission du volet 1": where it is
            if group is not None:  # "la coordination sans le volet 1"
                named = self._named_beside(q.words - span, d)
                if named is not None and named[0].groupe != group.id:
                    return Situation(*named, None, sans=group)
                continue
            if span & OWNED:
                continue  # "pas ma propre messagerie, j'utilise celle du titulaire": not absent
            named = self._named(span - self._gate_words, d, None)  # "pas de flux DMP"
            block = self._block_failed(span, d)
            beside = self._conceded(text, q, d, block) if block is not None else None
            if beside is not None:
                return Situation(*beside, None, sans=block, par=self._member_denied(span, d))
            # "4 RCP, sans être en MSP ni en CPTS": a figure of the asker's the rule cannot
            # judge says what they do have; the absence of other forms is no verdict
            if named is not None and q.verdict and not q.figures:
                if self._one_form(q, span, named[0]) and not ANY_FORM.search(fold(text)):
                    return None  # "pas en MSP (mais en CPTS)": other forms meet it
                if named[1] is not None and named[0].cible.type == "moyenne":
                    return None  # "pas d'arrêts en ligne": one rate of a mean decides nothing
                if self._read_two_ways(q, span, named[0]):
                    return Situation(*named, None, ambigu=True)
                if self._but_said(text, d, named[0]):
                    return None  # "pas inscrit moi-même au SAS, mais ma CPTS y participe"
                ind = named[0]
                parts = components_named(text, ind) if ind.agregation == "somme" else []
                if named[1] is None and parts and len(parts) < len(ind.composantes):
                    # "jamais fait de DSG en ligne ni de SPE transport": those parts missed,
                    # each paying its share (`_parts_missed` sums them), not the whole item
                    first = min(parts, key=lambda c: _spoken_at(fold(text), c) or 0)
                    named = (ind, next(c for c in ind.composantes if c.id == first))
                return Situation(*named, None, absent=True)
        return None

    def _kept_below(
        self, text: str, q: _Question, d: Dispositif, ind: Indicateur, comp: Composante | None
    ) -> Situation | None:
        """ "je touche l'aller vers même si mon taux de FSE est à 65 % ?": the one figure misses
        the target of an item its block requires whole; the item asked about in spite of it
        (« même si », « quand même ») is judged without that block."""
        block = next(g for g in d.groupes if g.id == ind.groupe)
        target = comp.cible if comp else ind.cible
        taken = [v for v in q.figures if _takes(ind, comp, v)]
        if block.regle != "tous_requis" or len(taken) != 1 or target.valeur is None:
            return None
        if target.type not in ("taux", "nombre"):
            return None
        if verdict(target, _exact(taken[0], target).value) != "non_atteint":
            return None
        # "… je touche quand même les 490 € du socle ?": the block itself is asked, by its
        # name or its worth
        if self._group(q.words - self._libelle_words(ind.libelle), d) is block:
            return None
        worth = block.points if d.unite == "points" else block.eur
        if worth and re.search(rf"\b{fmt_number(worth)} ?(€|euros?|points?|pts)", fold(text)):
            return None
        asking = [x for x in SENTENCE_END.split(text.strip()) if x.rstrip().endswith("?")]
        if not any(CONCEDED.search(fold(x)) for x in asking):
            return None  # "… tout perdu ? j'ai quand même fait 4 interventions": a story
        closing = self._named(q.closing - RATE_WORD, d, None) if q.closing else None
        beside = closing if closing and closing[0].groupe != block.id else None
        beside = beside or self._conceded(text, q, d, block, below=ind)
        if beside is None:
            return None
        own = [v for v in q.figures if v.kind == "nombre" and _takes(*beside, v)]
        return Situation(*beside, own[0] if len(own) == 1 else None, sans=block, par=ind)

    def _asked_beside(self, text: str, d: Dispositif, ind: Indicateur) -> bool:
        """ "Volet 1 ok, FSE 95 %. Ma solution de visio gratuite valide la vidéotransmission ?":
        a figure of the story that meets its target is context when the sentence the question
        closes on gives none and names another indicator, not its block, or asks a date or
        who is covered."""
        sentences = SENTENCE_END.split(text.strip())
        last = fold(sentences[-1])
        if len(sentences) < 2 or values(last) or any(x.endswith("?") for x in sentences[:-1]):
            return False  # "… Ça passe ? et c'est versé quand ?": the figure is asked of too
        words = set(self._stems(last, correct=True))
        if self._group(words, d) is not None:
            return False  # "… je valide le socle ?": the block the figure is part of
        # "… Ma comptable me demande les dates de la campagne. Vous pouvez me les donner ?":
        # a short closing asks what the sentence before it names
        before = fold(sentences[-2]) if len(last.split()) <= 6 and len(sentences) > 2 else ""
        if CLOSING_WHEN.search(last) or WHO_IS_COVERED.search(last) or CLOSING_WHEN.search(before):
            # "… FSE 97 %, horaires. C'était déjà trop tard ?", "… j'y ai droit en secteur 2 ?":
            # a date or who is covered asked, not a verdict on the figure
            return True
        other = self._named(words - self._gate_words, d, None)
        return other is not None and other[0].id != ind.id

    def _figure_named(
        self, text: str, d: Dispositif, figures: list[Valeur]
    ) -> tuple[Indicateur, Composante | None] | None:
        """The one rate typed with its name beside its figure ("plus de 90 % de FSE"), when the
        question gives one figure: a long story names other indicators too (« la messagerie
        sécurisée »), the figure's own name says whose it is."""
        rates = named_figures(text, RATE_NAMES).values
        if len(figures) != 1 or len(rates) != 1:
            return None
        ident = next(iter(rates))
        ids = SAME_RATE.get(ident, {ident})
        for ind in d.indicateurs:  # an indicator of its own: a component is judged with the rest
            if ind.id in ids and _takes(ind, None, figures[0]):
                return ind, None
        for ind in d.indicateurs:  # "… (DMP à 15 %)": the Donum's DMP is one of two rates
            for comp in ind.composantes:
                if comp.id in ids and _takes(ind, comp, figures[0]) and not _rates_of(text):
                    return ind, comp
        return None

    def _place_denied(self, q: _Question, ind: Indicateur, d: Dispositif, text: str) -> bool:
        """Whether a negation bears on a word of the indicator's target that no libellé of
        the scheme holds ("pas en REP" for interventions « REP/REP+, EHPAD… »; not « taux »):
        whether the figure counts at all is the question, not the figure against the target."""
        names = set().union(*(self._libelle_words(i.libelle) for i in d.indicateurs))
        target = self._libelle_words(ind.cible.texte or "") - names
        if "hors cabinet" in fold(ind.cible.texte or "") and IN_CABINET.search(fold(text)):
            return True  # "soignés au cabinet, ça compte comme interventions ?": the place
        return any(span & target for span in q.negated)

    def _read_two_ways(self, q: _Question, span: set[str], ind: Indicateur) -> bool:
        """Whether the question says the indicator's own words outside its negations, the
        negation bearing on something else, and its rules read such a path two ways ("j'ai un
        logiciel compatible DMP mais jamais alimenté de DMP": « Oui, compatible ou avec
        connecteur » after no flux); "pas de logiciel DMP" is the indicator missing."""
        two_ways = any(
            c.resultat is not None and c.resultat.reponse == AMBIGU
            for question in ind.questions
            for c in question.choix
        )
        said = q.words - set().union(*q.negated)
        own = self._libelle_words(ind.libelle)
        # "j'utilise le Web DMP, pas de connecteur": a path its rules read one way, named
        one_way = {
            w
            for question in ind.questions
            for c in question.choix
            if c.resultat is not None and c.resultat.reponse is False
            for w in self._stems(c.libelle) - own - GENERIC_STEMS
            if len(w) > 2
        }
        if said & one_way:
            return False
        return two_ways and bool((said & own) - span)

    def _but_said(self, text: str, d: Dispositif, ind: Indicateur) -> bool:
        """A clause opened by « mais » after the negation names the same indicator without
        one: the absence is qualified, not told."""
        folded = fold(text)
        denied = NEGATION.search(folded)
        if denied is None:
            return False
        for m in BUT.finditer(folded, denied.end()):
            clause = folded[m.end() :]
            clause = re.split(r"[.;?!]", clause, maxsplit=1)[0]
            if NEGATION.search(NOT_MINE.sub(" ", clause)):
                continue
            if THROUGH_IT.search(clause):
                return True  # "pas inscrite au SAS, mais ma CPTS y participe": the same item
            named = self._named(self._stems(clause) - self._gate_words, d, None)
            if named is not None and named[0] is ind:
                return True
        return False

    def _one_form(self, q: _Question, span: set[str], ind: Indicateur) -> bool:
        """Whether a negation denies one of the forms that meet the indicator (the libellés of
        the choices that lead to it met: « MSP, ESP/ESS ou CPTS »), not the indicator itself,
        and it is the only form denied or the question says another one ("en CPTS, pas en
        MSP")."""
        own = self._libelle_words(ind.libelle)
        if span & own:  # "pas de coordination": the indicator itself
            return False
        denied = set().union(*q.negated)
        meeting = [
            self._libelle_words(c.libelle) - own
            for question in ind.questions
            for c in question.choix
            if c.resultat is not None and c.resultat.reponse is True
        ]
        # "ni MSP ni CPTS, mais des actions de coordination avec un EHPAD": another form said
        other = any((forms - denied) & q.words for forms in meeting)
        for forms in meeting:
            if not span & forms:
                continue
            # "ni en CPTS ni en MSP": every form named is denied, the absence stands
            if len(forms & denied) == 1 or other:
                return True
        return False

    def _missing_beside(self, q: _Question, d: Dispositif, ind: Indicateur) -> Indicateur | None:
        """Another indicator of the block paid whole that `ind` is in, which a negation says
        is missing ("pas le module LAP", "jamais référencé Ségur")."""
        block = next(g for g in d.groupes if g.id == ind.groupe)
        if block.regle != "tous_requis":
            return None
        others = [i for i in d.indicateurs if i.groupe == block.id and i.id != ind.id]
        for span in q.negated:
            if span & OWNED:
                continue
            words = span - self._gate_words - GENERIC_STEMS
            named = [i for i in others if words & self._libelle_words(i.libelle)]
            if len(named) == 1:
                return named[0]
        return None

    def _failed(self, span: set[str], d: Dispositif, ind: Indicateur) -> Groupe | None:
        """The block a negation says is not met, other than the indicator's own: named ("pas
        le socle"), or by one of the indicators it requires, when the indicator's group needs
        it ("pas de logiciel Ségur, les options du Donum à 40 % ?")."""
        group = self._group(span, d)
        if group is None:
            named = self._named(span - self._gate_words, d, None)
            groups = {g.id: g for g in d.groupes}
            block = groups[named[0].groupe] if named is not None else None
            needed = groups[ind.groupe].prerequis
            if block is not None and block.regle == "tous_requis" and block.id in needed:
                group = block
        return group if group is not None and group.id != ind.groupe else None

    def _read(self, text: str) -> _Question:
        """What matching needs of a question, read once for every scheme it is tried on."""
        q = self._questions.get(text)
        if q is None:
            text = without_frame(text)
            # ("2 interventions au lieu de 3": the target the asker fell short of, not a figure)
            folded = INSTEAD_OF_COUNT.sub(" ", fold(TITLED_NAME.sub(r"\1", text)))
            figures = self._figures(text, folded)
            # what a count counts names its indicator ("intervenu 4 fois": interventions)
            counted = " ".join(v.objet for v in figures if v.objet)
            q = _Question(
                words=self._asked_words(
                    UP_TO.sub(" ", YEAR_SPAN.sub(" ", without_relative_years(folded))), figures
                )
                | self._stems(counted),
                figures=figures,
                negated=self._negated(without_relative_years(folded)),
                open=bool(NOT_A_VERDICT.search(folded)) or _asks_procedure(folded),
                procedure=_asks_procedure(folded),
                verdict=bool(CONSEQUENCE.search(folded)) or "?" not in folded,
                closing=self._closing_words(without_relative_years(folded)) if figures else set(),
            )
            if len(self._questions) > 1000:
                self._questions.clear()
            self._questions[text] = q
        return q

    def _figures(self, text: str, folded: str) -> list[Valeur]:
        """The asker's own figures in a question (`_Question.figures`)."""
        bounds = BOUND_CHOICE.search(folded)
        if bounds is not None:
            # "strictement plus de 2/3 ou pile 2/3 ?": the figure at the bound, judged on
            # each reading of the target
            return values(f"exactement {bounds[1]}")
        # "DMT 90 %, FSE 70 %, PSE 40 %": rates listed with their names are the asker's,
        # even those equal to a published target
        named = named_figures(text, RATE_NAMES).values
        listed = len(named) > 1
        # "certifs AT/MP 45 %": a rate given after its name is the asker's, even one equal
        # to another indicator's target
        after_name = {
            float(x)
            for rate, x in named.items()
            if all(abs(float(x) - t) > 0.1 for t in self._own_targets.get(rate, ()))
        }
        figures = [
            v
            for v in values(folded)
            if listed
            or self._own(folded, v)
            or (v.kind == "taux" and v.value in after_name and not TARGET_SAID.search(folded))
        ]
        theirs = [v for v in figures if not _quoted_target(folded, v)]
        if theirs and len(theirs) < len(figures):
            figures = theirs  # "on me dit qu'il faut 70 %, or je suis à 69 %": the 69 %
        elif figures and not theirs and CLAIM_ASKED.search(folded):
            # "un confrère dit que la moyenne devait être à 80 %. C'est juste ?": a target
            # claimed, no figure of the asker's to judge
            figures = []
        if named and not any(v.kind == "taux" for v in values(folded)):
            # "fs fse 68 ca passe", "DMT 80, FSE 70, PSE 30, AAT 50": rates named with their
            # bare figures are the asker's
            rates = []
            for figure in named.values():
                value = float(figure)
                typed = re.search(
                    rf"(?<![\d,.]){fmt_number(value)}(?![\d]|[,.]\d)(?! ?(points?|pts|€|euros?)\b)",
                    folded,
                )  # "DMP : 40 points": what it pays, not its rate
                counted = re.search(  # "mes 3 FSE ApCV suffisent ?": a count of them
                    rf"(?<![\d,.]){fmt_number(value)} (fse|feuilles|dmp|messages?|ordonnances?|"
                    # "la messagerie en 2 lignes séparées": lines of a form
                    r"lignes?|cases?|fois|onglets?|pages?)\b",
                    folded,
                )
                if 1 < value <= 100 and typed and not counted:  # not "une seule FSE", a count
                    rates.append(Valeur("taux", value, f"{fmt_number(value)}{NNBSP}%"))
            # "taux DMT 92 FSE 97, combien de points pour la DMT ?": what a rate pays is the
            # rates' own fact, not a verdict on one of them
            if len(rates) == len(named) and (len(rates) == 1 or not ASKS_POINTS.search(folded)):
                typed_values = {v.value for v in rates}
                figures = rates + [v for v in figures if v.value not in typed_values]
        one = ONE_DONE_IF.search(folded)
        if one and not figures:
            # "si j'en fais une avant le 31 ça compte ?": the count supposed, not the one had
            figures = [Valeur("nombre", 1.0, one.group(0))]
        return figures

    def _asked_words(self, folded: str, figures: list[Valeur]) -> set[str]:
        """The words that name what is asked: those of the questions at the end of a longer
        message when they name an indicator themselves, else the whole message's (always,
        with a figure of the asker's: the story then holds the situation judged)."""
        folded = DAY_ASKED.sub(" date ", folded)  # "quel jour ?" is no « à jour des avenants »
        words = self._stems(SCHEME_NAMES.sub(" ", GIVE.sub(" ", folded)), correct=True)
        asked_words = set() if figures else self._closing_words(folded)
        return asked_words if asked_words & self._naming else words

    def _closing_words(self, folded: str) -> set[str]:
        """The stems of the question a longer message closes on, none without one."""
        story, _, asked = folded.rpartition(". ")
        if not story or "?" not in asked:
            return set()
        return self._stems(SCHEME_NAMES.sub(" ", GIVE.sub(" ", asked)), correct=True)

    def _rates_of_a_mean(self, words: frozenset[str], ind: Indicateur) -> bool:
        """The question names rates that a mean is made of, and not the mean itself: its
        figures are theirs ("DMT 55 %"), not the mean's."""
        if ind.cible.type != "moyenne" or MEAN_WORDS & words:
            return False
        own = [self._libelle_words(c.libelle) for c in ind.composantes]
        shared = frozenset.intersection(*own) if own else frozenset()
        return any((w - shared) & words for w in own)

    def negates(self, text: str, phrase: str, ind: Indicateur) -> bool:
        """Whether the question negates a word of `phrase` besides the indicator's own name
        (« sans attestation du titulaire » negates « une attestation du titulaire »)."""
        words = self._stems(phrase) - self._libelle_words(ind.libelle)
        return any(span & words for span in self._read(text).negated)

    def _own(self, folded: str, v: Valeur) -> bool:
        """A figure of the asker's own, not a published target the question quotes."""
        if told_target(v, folded, self.index._targets):
            return False
        if v.counted or VALUE_WORDS.search(TARGET_NAMED.sub(" ", folded)):
            return True
        return all(abs(v.value - t) > 0.1 for t in self.index._targets)

    def _negated(self, folded: str) -> list[set[str]]:
        """The stems of the few words each negation bears on."""
        out = []
        names = [n.span() for n in NOT_NEGATIONS.finditer(folded)]
        for m in NEGATION.finditer(folded):
            if any(a <= m.start() < b for a, b in names):
                continue
            supposed = SUPPOSED_LOSS.search(folded[: m.start()])  # "si je rate le socle, …"
            if (
                m.group(1) in LOSS_VERBS
                and BLOCK_ASKED_LOST.match(folded[m.end() :])
                and not supposed
            ):
                continue  # "…, du coup je rate le socle ?": the block is asked about, not lost
            # « pas la dotation numérique » names the scheme, not « ordonnances numériques »
            clause = SCHEME_NAMES.sub(" ", CLAUSE_END.split(folded[m.end() :], maxsplit=1)[0])
            if NOT_NEEDED.match(clause):
                continue  # "pas obligé de renvoyer ma facture logiciel": the software is had
            after = [w for w in normalise(clause).split() if w not in STOPWORDS | NEGATED_FILLER]
            if MANNER.search(" ".join(after[:NEGATED_WORDS])):
                continue  # "pas DMP natif": it has it, another way
            before = CLAUSE_END.split(folded[: m.start()])[-1]
            if STATE_DENIED.match(folded, m.end()) and not FEARED.search(before):
                # "mon cahier des charges SESAM-Vitale n'était pas à jour": the state denied
                # is of the subject before it, not of the software « à jour » names (not
                # "j'ai peur que la ligne DMP ne soit pas validée": a fear, no absence)
                said = [w for w in normalise(before).split() if w not in STOPWORDS]
                after = said[-NEGATED_WORDS:]
            stems = self.index._stemmer.words(after[:NEGATED_WORDS])
            out.append(set(stems))
        for m in (*FAILED_BLOCK.finditer(folded), *FAILED_BLOCK_BEFORE.finditer(folded)):
            out.append(set(self.index._stemmer.words(m[1].split())))
        gated = GATED_ASKED.search(folded) and not PROOF_WORDS.search(folded)
        for m in FAILED_ITEM.finditer(folded) if gated else ():
            before = ITEM_CLAUSE.split(m[1])[-1]
            after = [w for w in normalise(before).split() if w not in STOPWORDS | NEGATED_FILLER]
            if after:
                out.append(set(self.index._stemmer.words(after[-NEGATED_WORDS:])))
        return out

    @staticmethod
    def _group(words: set[str], d: Dispositif) -> Groupe | None:
        """A group named by all the words of its id ("volet 1", "socle"), or the one block of
        required indicators named as such ("les 5 indicateurs obligatoires", "les 5
        obligatoires")."""
        for g in d.groupes:
            parts = g.id.split("_")
            if all(p in words or p[:-1] in words for p in parts):
                return g
        blocks = [g for g in d.groupes if g.regle == "tous_requis"]
        if words & REQUIRED and words & BLOCK_NOUNS:  # "les 5 obligatoires", "critères requis"
            return blocks[0] if len(blocks) == 1 else None
        if len(blocks) != 1:
            return None
        if "socl" in words or "prerequ" in words or {"pre", "requ"} <= words:
            return blocks[0]  # "socle ok", "tous les prérequis" of the one block
        required = [
            i for i in d.indicateurs if i.groupe == blocks[0].id and i.statut_exercice == "actif"
        ]
        counted = {str(len(required)), COUNT_STEMS.get(len(required), "")}
        if "indiqu" in words and words & counted:
            return blocks[0]  # "les 5 indicateurs" of the FAMI: its five required ones
        return None

    # ---- cases ------------------------------------------------------------------------------

    def statuses(self, profession: str, today: dt.date) -> list[ExerciceStatus]:
        """The profession's exercices on `today` (provisional years included), in the order
        the calendar offers them."""
        key = (profession, today)
        found = self._calendars.get(key)
        if found is None:
            ds = self._by_profession.get(profession, [])
            found = [s for s in calendar(ds, today) if s.exercice]
            if len(self._calendars) > 100:
                self._calendars.clear()
            self._calendars[key] = found
        return found

    def cases(
        self,
        profession: str,
        years: list[int],
        today: dt.date,
        sources: tuple[str, str],
        one_scheme: bool = False,
    ) -> list[Case] | None:
        """The case of each year, in order; None when a year has no rules, or (`one_scheme`)
        when the years are of different schemes (the forfait structure, then the Donum)."""
        found = [self.case(profession, y, today, sources) for y in years]
        known = [c for c in found if c is not None]
        if len(known) < len(found):
            return None
        if one_scheme and len({c.dispositif.dispositif for c in known}) > 1:
            return None
        return known

    def case(self, profession: str, exercice: int, today: dt.date, sources: tuple[str, str]):
        """The rules of that profession and exercice (carried over when provisional)."""
        found = next((s for s in self.statuses(profession, today) if s.exercice == exercice), None)
        if found is None:
            return None
        return Case(profession, exercice, found.dispositif, found.note, *sources)

    # ---- judging ----------------------------------------------------------------------------

    def judge(self, case: Case, s: Situation) -> Grounded:
        """The calculator's verdict on the situation, with what it pays or costs."""
        d = case.dispositif
        est = estimate(d, _answers(d, s), gains=False)
        result = next(r for r in est.indicateurs if r.id == s.indicateur.id)
        statut, pourquoi, libelle = result.statut, result.raison, s.indicateur.libelle
        sources = list(result.sources)
        if s.composante is not None:
            libelle = f"{s.composante.libelle} ({s.indicateur.libelle})"
            statut, pourquoi = _component_verdict(s.indicateur, s.composante, s.valeur)
            sources = list(dict.fromkeys([*(x.label() for x in s.composante.sources), *sources]))
        gated = s.sans is not None and s.sans.id in groups_of(d)[s.indicateur.groupe].prerequis
        if gated:
            assert s.sans is not None
            pourquoi = f"Même rempli, il n'est versé que si {_q(s.sans.libelle)} est atteint."
            if s.par is not None:  # "pas référencé Ségur": why the block is not met
                pourquoi += f" Sans {_q(s.par.libelle)}, il ne l'est pas."
        elif s.sans is not None and s.valeur is None:
            # "… même si mon taux de FSE est à 65 % ?": the item that fails the block named
            lost = f", perdu faute de {_q(s.par.libelle)}," if s.par is not None else ","
            pourquoi = f"Même sans {_q(s.sans.libelle)}{lost} il reste versé."
        elif s.absent and s.indicateur.statut_exercice == "neutralise":
            # "cdc sesam vitale pas à jour en 2023, ça bloque le volet 1 ?": it does not
            pourquoi = "Neutralisé cette année : compté comme atteint, même sans cela."
        elif s.absent:
            pourquoi = "Sans cela, cet indicateur n'est pas atteint."
        elif s.ambigu:
            pourquoi = "Les textes lisent ce cas de deux façons : voyez les deux lectures."
        elif s.valeur is not None and s.composante is None and (s.valeur.borne or s.valeur.objet):
            # "sous les 70 %" as written, not the 69,99 % it is judged as; "1 380 FSE sur
            # 1 900 actes" with the rate it makes
            pourquoi = re.sub(r"^[\d\s\u202f,]+%", _shown(s.valeur), pourquoi, count=1)
        if statut == "non_atteint" and not gated:
            pourquoi += _still_needed((s.composante or s.indicateur).cible, s.valeur)
        consequences = self._consequences(d, s, est, statut)
        if statut == "inconnu" and s.composante is not None:
            consequences += self._own_target_before(case, s)
        return Grounded(
            case=case,
            situation=s,
            statut=statut,
            libelle=libelle,
            regle=self._rule(d, s.indicateur),
            pourquoi=pourquoi,
            consequences=consequences,
            ambiguite=next((a for a in est.ambiguites if a.indicateur == s.indicateur.id), None),
            sources=sources,
            gated=gated,
        )

    def _own_target_before(self, case: Case, s: Situation) -> list[str]:
        """ "FSE à 67 %, ça passe ?" asked of the Donum's first year: the rate has no target of
        its own there, but had one in the scheme it replaces, which practitioners still name
        (« Au forfait structure (jusqu'à l'exercice 2025), … ≥ 2/3 : 67 % l'atteignait. »)."""
        d, comp = case.dispositif, s.composante
        years = self.scheme_years(case.profession).get(d.dispositif, [])
        before = self.kb.dispositifs.get((case.profession, str(case.exercice - 1)))
        if comp is None or s.valeur is None or not years or case.exercice != min(years):
            return []
        if s.valeur.borne is not None:  # "sous les 70 %" may be under 2/3 or not
            return []
        if before is None or before.dispositif == d.dispositif:
            return []
        named = self.named_in(comp.libelle, before)
        if named is None or named[1] is not None or named[0].cible.type != "taux":
            return []
        target = named[0].cible
        if target.valeur is None:
            return []
        found = verdict(target, _exact(s.valeur, target).value)
        said = {"atteint": "l'atteignait", "non_atteint": "ne l'atteignait pas"}.get(found)
        if said is None:
            return []
        label = SCHEME_LABELS[before.dispositif]
        at = f"Au {label[3:]}" if label.startswith("le ") else f"À {label}"
        return [
            f"{at} (jusqu'à l'exercice {case.exercice - 1}), ce taux avait son propre seuil, "
            f"{_q(named[0].libelle)}{NNBSP}: {_shown(s.valeur)} {said}."
        ]

    def _rule(self, d: Dispositif, ind: Indicateur) -> str:
        """The indicator's rule as the explanation states it (it does not depend on the
        answers: computed once per scheme)."""
        rules = self._rules.get(d.id)
        if rules is None:
            rules = {t.id: t.regle for t in estimate(d, {}).explication.indicateurs}
            self._rules[d.id] = rules
        return rules[ind.id]

    def _most(self, d: Dispositif) -> float:
        """The most the scheme pays, every indicator met."""
        most = self._max.get(d.id)
        if most is None:
            most = estimate(d, {i.id: True for i in d.indicateurs}).total_eur_max
            self._max[d.id] = most
        return most

    def _consequences(self, d: Dispositif, s: Situation, est: Estimate, statut: str) -> list[str]:
        """What the verdict pays or costs, in the scheme's own terms."""
        groups = {g.id: g for g in d.groupes}
        group = groups[s.indicateur.groupe]
        worth = _worth(d, s.indicateur, s.composante, group)
        all_of = s.composante is not None and s.indicateur.agregation == "tous"
        out = []
        if s.sans is not None and (s.valeur is None or statut != "non_atteint"):
            if s.sans.id in group.prerequis:
                paid = f" ({worth})" if worth else ""
                # the gate's own worth, when paid as a block: "Sans « socle » (490 €), …"
                gate = s.sans.points if d.unite == "points" else s.sans.eur
                gated = f" ({in_unit(d, gate)})" if gate is not None else ""
                out.append(
                    f"Sans {_q(s.sans.libelle)}{gated}, {_q(s.indicateur.libelle)} n'est pas "
                    f"versé{paid}."
                )
                kept = _kept_without(d, s.sans)
                if kept:  # "la coordination, quand même ?": no, but these stay
                    out.append(
                        f"Restent versés sans lui, chacun selon son objectif{NNBSP}: {kept}."
                    )
            elif worth:
                out.append(f"Il verse {worth}{NNBSP}; il est indépendant de {_q(s.sans.libelle)}.")
                also = _kept_without(d, s.sans, but=s.indicateur)
                if also:  # "l'aller vers et l'étudiant, même sans le socle ?": both
                    out.append(f"Reste aussi versé sans lui, selon son objectif{NNBSP}: {also}.")
            else:
                out.append(f"{_q(s.indicateur.libelle)} ne dépend pas de {_q(s.sans.libelle)}.")
        elif statut == "atteint" and group.regle == "tous_requis":
            out.append(
                f"Cet indicateur est rempli{NNBSP}; {_q(group.libelle)} ({worth}) est versé si les "
                "autres indicateurs exigés le sont aussi."
            )
        elif statut == "atteint" and worth:
            needs = _prerequisites(group, groups)
            # "…, si « Socle » est atteint et si les autres taux…": one condition after another
            joined = " et" if needs else ""
            others = (
                f"{joined} si les autres taux de cet indicateur atteignent aussi leur seuil"
                if all_of
                else ""
            )
            out.append(f"Il verse {worth}{needs}{others}.")
        elif statut == "non_atteint" and group.regle == "tous_requis":
            if s.indicateur.statut_exercice == "optionnel":
                out.append(f"Facultatif{NNBSP}: il ne conditionne pas {_q(group.libelle)}.")
            else:
                tail = _unpaid_after(d, group)
                kept = _kept_without(d, group)
                # what is lost in all, when some is kept (the FAMI's « aller vers »)
                lost = _with_dependents(d, group) if tail and kept else None
                most = f"{NNBSP}: jusqu'à {in_unit(d, lost)} de moins" if lost else ""
                out.append(
                    f"{_q(group.libelle)} n'est donc pas atteint{NNBSP}: il n'est pas versé "
                    f"({worth}){tail}{most}."
                )
                if kept:  # "l'aller vers, il faut avoir validé le socle ?": no
                    out.append(
                        f"Restent versés sans lui, chacun selon son objectif{NNBSP}: {kept}."
                    )
        elif statut == "non_atteint" and worth:
            # "… une FSE avec l'appli carte Vitale et un message": counts, not rates
            rates = all(c.cible.type == "taux" for c in s.indicateur.composantes)
            needed = "tous ses taux sont exigés" if rates else "toutes ses conditions sont exigées"
            why = f" ({needed})" if all_of else ""
            out.append(f"L'indicateur ne verse pas ses {worth}{why}.")
            if sum(i.groupe == group.id for i in d.indicateurs) > 1:  # "je perds les autres ?"
                out.append(
                    f"Les autres indicateurs de {_q(group.libelle)} restent versés, chacun selon "
                    "son objectif."
                )
        elif statut == "ambigu":
            stake = next((a for a in est.ambiguites if a.indicateur == s.indicateur.id), None)
            if stake is not None:
                out.append(f"En jeu selon la lecture{NNBSP}: {fmt_eur(stake.eur)}.")
        most = self._most(d)
        if statut == "non_atteint" or s.sans is not None:
            lost = _lost(d, s, est, most)
            if lost is not None:
                left = f"Au plus {fmt_eur(lost)}" if lost else "Sans lui, rien n'est versé"
                out.append(
                    f"{left} pour l'exercice, au lieu de {fmt_eur(most)} avec tous les indicateurs."
                )
        if statut == "atteint":
            raised = self._raised_later(d, s)
            if raised is not None:
                out.append(raised)
        return out

    def _raised_later(self, d: Dispositif, s: Situation) -> str | None:
        """ "60 % de moyenne en 2026, tranquille pour après ?": a figure met now that a later
        exercice of the same scheme, already published, asks more of."""
        v = s.valeur
        if v is None or v.kind != "taux" or d.exercice is None:
            return None
        later = [
            x
            for x in self.kb.dispositifs.values()
            if x.dispositif == d.dispositif and x.exercice and x.exercice > d.exercice
        ]
        for x in sorted(later, key=lambda x: x.exercice or 0):
            ind = next((i for i in x.indicateurs if i.id == s.indicateur.id), None)
            if s.composante is not None and ind is not None:
                part = next((c for c in ind.composantes if c.id == s.composante.id), None)
                cible = part.cible if part is not None else None
            else:
                cible = ind.cible if ind is not None else None
            if cible is None or cible.valeur is None or cible.operateur is None:
                continue
            if verdict(cible, v.value) == "non_atteint":
                sign = "≥" if cible.operateur == ">=" else ">"
                return (
                    f"À noter{NNBSP}: en {x.exercice}, l'objectif passe à {sign} "
                    f"{fmt_number(cible.valeur)}{NNBSP}%{NNBSP}; {v.text} n'y suffit pas."
                )
        return None

    # ---- a question, end to end ------------------------------------------------------------

    def ground(self, text: str, ans: Answer, today: dt.date) -> Grounded | None:
        """The question judged for the profession and exercice the FAQ index assumed; with no
        profession known, for the first profession of the registry whose rules name the
        situation (its current exercice), unless the professions' verdicts differ."""
        found = self._judged(text, ans, today)
        if len(found) > 1 and _apart(found):
            # "mon taux de FSE est à 68 %, c'est bon ?", no profession said: met for a
            # médecin, not for a dentist; a guess either way (`apart` gives both)
            return None
        return found[0] if found else None

    def apart(self, text: str, ans: Answer, today: dt.date) -> list[Grounded]:
        """The question judged for each profession whose rules name its situation, when no
        profession is known and their verdicts differ; [] otherwise."""
        if ans.profession is not None:
            return []
        found = self._judged(text, ans, today)
        return found if len(found) > 1 and _apart(found) else []

    def _judged(self, text: str, ans: Answer, today: dt.date) -> list[Grounded]:
        """The verdict for the profession known, or each profession's; [] when the question
        gives no figure or situation of the asker's own."""
        folded = fold(text)
        sentences = SENTENCE_END.split(text.strip())
        last = fold(sentences[-1])
        if len(sentences) > 1 and CLOSING_HOW.search(last) and not values(last):
            return []  # "… Comment je valide cet indicateur ?": the way, not a verdict
        if not values(folded) and not NEGATION.search(folded) and not ADDENDUM.search(folded):
            # "fse 68": a bare figure named is a figure too. Its figures alone tell, not the
            # whole reading (~0.15 ms on a question not read before)
            read = self._questions.get(text)
            if not (read.figures if read is not None else self._figures(text, folded)):
                return []
        profession = ans.profession
        if profession is None and ans.scope is not None and len(ans.scope.professions) > 1:
            # "68 % de FSE, un médecin valide et un dentiste non ?": two professions set side
            # by side, not one's case; the FAQ compares them
            return []
        if profession is not None:
            sources = (ans.profession_source or "question", ans.exercice_source or "defaut")
            choices = [(profession, sources)]
        else:
            choices = [
                (p, ("defaut", ans.exercice_source or "defaut")) for p in self.kb.professions
            ]
        return self._grounded(text, folded, choices, today, ans)

    def _grounded(
        self,
        text: str,
        folded: str,
        choices: list[tuple[str, tuple[str, str]]],
        today: dt.date,
        ans: Answer,
    ) -> list[Grounded]:
        """Each profession's verdict, in the registry's order, until one names the situation
        without reading it clearly."""
        out: list[Grounded] = []
        for p, sources in choices:
            case = self._case_assumed(ans, p, sources, today)
            # "sur 4000 actes, 2700 en FSE, 200 actes AME" from a dentist's profile: the
            # acts the FAMI's guide takes off, as when the message says « dentiste »
            read = f"{text} (FAMI)" if p == "chirurgien-dentiste" and _dental_off(folded) else text
            if case is not None and case.dispositif.exercice and not _target_asked_after(text):
                read = year_rates(read, case.dispositif.exercice)  # (not "… le seuil ?")
            found = self.situation(read, case.dispositif) if case else None
            if found is not None:
                g = self.judge(case, found)
                g = _rest_kept(g) if REST_LOST_ASKED.search(folded) else g
                out.append(_block_kept(g, folded))
            elif case is not None and self._mentions(text, case.dispositif):
                break  # named, but not clearly enough: no other profession's reading
        return out

    def tied(
        self, text: str, ans: Answer, today: dt.date, dated: bool = False
    ) -> tuple[Case, list[Indicateur]] | None:
        """A loss asked of words that name several indicators as much ("j'ai raté la
        messagerie sécurisée en 2025, je perds combien ?": the Ségur software with MSSanté,
        and the messaging with patients), or a date told of one when it came in time is asked
        (`dated`): those indicators on the case assumed, to ask which; None otherwise."""
        folded = fold(text)
        lost = NEGATION.search(folded) and CONSEQUENCE.search(folded)
        if ans.profession is None or not (lost or dated):
            return None
        sources = (ans.profession_source or "question", ans.exercice_source or "defaut")
        case = self._case_assumed(ans, ans.profession, sources, today)
        if case is None:
            return None
        dated = without_relative_years(folded)  # "cette année" is no student's "6e année"
        words = self._stems(dated, correct=True) - self._gate_words
        scored = self.indicator_scores(words, case.dispositif)
        top = max((score for score, _ in scored), default=0.0)
        tied = [ind for score, ind in scored if score == top]
        # "ma MSS n'était pas active avant juin": the one its libellé names (« MSSanté »), not
        # one whose FAQ phrasings say « juin » and « part »
        named = [i for i in tied if words & self._libelle_words(i.libelle)]
        if len(named) == 1 or (dated and not lost and len(named) < len(tied)):
            return None  # a date told: of items its words name by their libellés only
        return (case, tied) if top >= MIN_SCORE and len(tied) > 1 else None

    def _gone_from(self, words: set[str], d: Dispositif) -> bool:
        """The words name a service of the profession's last exercice under another scheme
        (an item outside its required block) that `d` has not, and no block of `d` (the
        coordination, gone with the forfait structure; not « le socle »)."""
        if d.exercice is None or self._group(words, d) is not None:
            return False
        before = [
            x
            for (p, year), x in self.kb.dispositifs.items()
            if p == d.profession
            and year.isdigit()
            and x.dispositif != d.dispositif
            and int(year) < d.exercice
        ]
        if not before or self._mentions_words(words, d):
            return False
        last = max(before, key=lambda x: x.exercice or 0)
        named = self._named(words, last, None)
        if named is None or named[0].id in {i.id for i in d.indicateurs}:
            return False
        # the volet 2's services (not an equipment or rate the new scheme asks again)
        blocks = {g.id for g in last.groupes if g.regle == "tous_requis"}
        return named[0].groupe not in blocks

    def scheme_years(self, profession: str) -> dict[str, list[int]]:
        """Each scheme of the profession and its exercices ("forfait_structure": 2017–2025)."""
        found = self._scheme_years.get(profession)
        if found is None:
            found = {}
            for (p, year), d in self.kb.dispositifs.items():
                if p == profession and year.isdigit():
                    found.setdefault(d.dispositif, []).append(int(year))
            self._scheme_years[profession] = found
        return found

    def _case_assumed(
        self, ans: Answer, profession: str, sources: tuple[str, str], today: dt.date
    ) -> Case | None:
        """The profession's case for the exercice the question or session names, else its
        current one (for the schemes the question names)."""
        schemes = ans.scope.schemes if ans.scope is not None else ()
        named_year = ans.exercice if ans.exercice_source in ("question", "session") else None
        year = named_year or self.index.current_exercice(today, profession, schemes)
        case = self.case(profession, year, today, sources) if year else None
        return self.drafted(case, ans)

    def drafted(self, case: Case | None, ans: Answer) -> Case | None:
        """The draft text's rules, when the question asks of them ("d'après le brouillon du
        Donum, avec le socle et 5 options, combien ?"), else the case."""
        draft = self.kb.dispositifs.get((case.profession, "projet")) if case else None
        if case is None or draft is None or ans.scope is None:
            return case
        if not ans.scope.projet:
            cited = ans.scope.projet_cite and case.note is None
            if cited and case.dispositif.dispositif == draft.dispositif:
                # "j'ai lu des cibles « XX »… que vais-je vraiment toucher pour 2026 ?"
                note = "Règles retenues, pas celles du projet de texte cité (cibles non fixées)."
                return replace(case, note=note)
            return case
        note = "Projet de texte, pas les règles en vigueur : ses cibles n'étaient pas fixées."
        return replace(case, dispositif=draft, note=note)

    def _rated(self, q: _Question, d: Dispositif) -> int:
        """How many indicators the question names that take one of its figures."""
        return sum(
            1
            for score, i in self.indicator_scores(q.words, d)
            if score >= MIN_SCORE and any(_takes(i, None, v) for v in q.figures)
        )

    def indicator_scores(self, words: set[str], d: Dispositif) -> list[tuple[float, Indicateur]]:
        """How much the words name each indicator of `d` (rare words weigh more), in `d`'s
        order."""
        idf = self._weights(d)
        return [
            (math.fsum(idf.get(t, 0.0) * doc[t] for t in words if t in doc), ind)
            for ind in d.indicateurs
            for doc in [self._vocab[ind.id]]
        ]

    def _mentions_words(self, words: set[str], d: Dispositif, figure: Valeur | None = None) -> bool:
        """The words name an indicator of `d` (one that takes `figure`, if given), though
        maybe not clearly enough to judge."""
        idf = self._weights(d)
        return any(
            math.fsum(idf[t] * doc[t] for t in words if t in doc) >= MIN_SCORE
            and (figure is None or _takes(i, c, figure))
            for i, c in self._candidates(d)
            for doc in [self._vocab[c.id if c else i.id]]
        )

    def _mentions(self, text: str, d: Dispositif) -> bool:
        """The question names an indicator of `d` (one that takes its figure, if it gives
        one), though not clearly enough to judge."""
        figures = values(fold(text))
        return self._mentions_words(self._read(text).words, d, figures[0] if figures else None)

    def alternatives(self, text: str, g: Grounded, today: dt.date) -> list[Alternative]:
        """The nearest other exercices of the same profession, then the other professions
        (same exercice, else their current one), where the question names a situation too."""
        out = []
        here = g.case
        years = [s.exercice for s in self.statuses(here.profession, today)]
        near = sorted(
            (y for y in years if y != here.exercice), key=lambda y: abs(y - here.exercice)
        )
        for year in sorted(near[:2]):
            found = self._replayable(text, here.profession, year, today)
            if found is not None:
                out.append(Alternative(f"Exercice {year}", here.profession, year, found))
        for p, fiche in self.kb.professions.items():
            if p == here.profession:
                continue
            theirs = [s.exercice for s in self.statuses(p, today)]
            year = (
                here.exercice if here.exercice in theirs else self.index.current_exercice(today, p)
            )
            found = self._replayable(text, p, year, today) if year else None
            if found is not None and year is not None:
                out.append(Alternative(f"{fiche.libelle} {year}", p, year, found))
        return out

    def _replayable(self, text: str, p: str, year: int, today: dt.date) -> Situation | None:
        case = self.case(p, year, today, ("question", "question"))
        return self.situation(text, case.dispositif) if case else None

    def replay(
        self, profession: str, exercice: int, path: str, code: str, today: dt.date
    ) -> Grounded | None:
        """A situation from a button (`Situation.path` and `.code`), judged again; None when
        the knowledge no longer has it."""
        case = self.case(profession, exercice, today, ("question", "question"))
        if case is None:
            return None
        d = case.dispositif
        ind_id, _, comp_id = path.partition(".")
        ind = next((i for i in d.indicateurs if i.id == ind_id), None)
        comp = next((c for c in ind.composantes if c.id == comp_id), None) if ind else None
        if ind is None or (comp_id and comp is None):
            return None
        if code == "non":
            return self.judge(case, Situation(ind, comp, None, absent=True))
        if code == AMBIGU:
            return self.judge(case, Situation(ind, comp, None, ambigu=True))
        if code.startswith("sans-"):
            group = next((x for x in d.groupes if x.id == code[5:]), None)
            return self.judge(case, Situation(ind, comp, None, sans=group)) if group else None
        try:
            number = float(code)
        except ValueError:
            return None
        target = comp.cible if comp else ind.cible
        kind = "nombre" if target.type == "nombre" else "taux"
        return self.judge(case, Situation(ind, comp, Valeur(kind, number, code)))


def groups_of(d: Dispositif) -> dict[str, Groupe]:
    return {g.id: g for g in d.groupes}


def _answers(d: Dispositif, s: Situation) -> dict[str, Any]:
    """The calculator's answers for the situation, everything else left unanswered."""
    ind = s.indicateur
    failing = None
    if s.sans is not None:  # the group fails through one of its required indicators
        failing = next(
            (
                i
                for i in d.indicateurs
                if i.groupe == s.sans.id and i.statut_exercice == "actif" and i is not ind
            ),
            None,
        )
    sans = {failing.id: False} if failing else {}
    if s.ambigu:
        return {ind.id: AMBIGU}
    if s.valeur is not None:
        if s.composante is not None:
            return {ind.id: {s.composante.id: s.valeur.value}, **sans}
        return {ind.id: s.valeur.value, **sans}
    if s.sans is not None:
        return {ind.id: True, **sans}
    if s.composante is not None and ind.agregation == "somme":
        return {ind.id: {s.composante.id: 0.0}}  # "pas de DSG": that part's share only
    return {ind.id: False}


def _lost(d: Dispositif, s: Situation, est: Estimate, most: float) -> float | None:
    """The most the scheme still pays, when the situation costs something."""
    if s.composante is not None and s.indicateur.cible.type == "moyenne":
        return None
    return est.total_eur_max if est.total_eur_max < most else None


def left_out_caught_up(folded: str, asked: str) -> bool:
    """An item left out of the declaration, and catching it up asked (in `asked`)."""
    return bool(ITEM_UNDECLARED.search(folded) and CATCH_UP_ASKED.search(asked))


def _asks_procedure(folded: str) -> bool:
    """The question's last clause asks what to send or keep, not what the situation pays;
    or how to catch up an item left out of the declaration."""
    asked = re.split(r"[:.;]\s|, (?=\w+[- ]\w+ ?\?)", folded)[-1]
    if left_out_caught_up(folded, asked):
        return True  # "pas déclaré l'aller vers … je peux récupérer les 300 € ?"
    return bool(PROCEDURE.search(asked)) and not CONSEQUENCE.search(asked)


def outdated(words: str, ind: Indicateur) -> bool:
    """The words tell a SESAM-Vitale addendum older than the one the indicator requires, or
    a year of study other than the one it names (« un étudiant de 5e année » for « 6e »)."""
    told = ADDENDUM.search(fold(words))
    required = told and ADDENDUM.search(fold(f"{ind.libelle} {ind.cible.texte or ''}"))
    if told and required and int(told[1]) < int(required[1]):
        return True
    year = STUDY_YEAR.search(fold(words))
    needed = year and STUDY_YEAR.search(fold(ind.libelle))
    return bool(year and needed and year[1] != needed[1])


def _outdated_in(text: str, d: Dispositif) -> Indicateur | None:
    """The one indicator of `d` whose required addendum is newer than the one told."""
    if not ADDENDUM.search(fold(text)):
        return None  # most questions tell no addendum: no indicator's libellé to read
    found = [i for i in d.indicateurs if outdated(text, i)]
    return found[0] if len(found) == 1 else None


def _other_target_asked(text: str, target: Cible) -> bool:
    """The sentence a question closes on quotes a rate or a count as a target, not the
    rule's own ("il faut 5 interventions minimum ?"); a sentence after it with no question
    mark tells a mood ("… c'est bien ça ?? je suis à 72 je stresse")."""
    last = fold(last_question(text) or SENTENCE_END.split(text.strip())[-1])
    rates = [v for v in values(last) if v.kind in ("taux", "nombre")]
    quoted = [v for v in rates if _quoted_target(last, v)]
    if len(quoted) < len(rates) and PUT_TO_THE_TEST.search(last):
        return False  # "… il faut 70 %, moi j'ai 68 %, ça passe ?": the asker's figure judged
    return (
        bool(quoted)
        and target.valeur is not None
        and all(abs(v.value - target.valeur) > 0.1 for v in quoted)
    )


def _rates_of(text: str) -> bool:
    """Another figure told, in words or as a share ("DMP pour 1 consultation sur 4 et
    ordonnances à 50 %"): the rates are judged together."""
    return len(values(fold(text))) > 1


def _target_asked_after(text: str) -> bool:
    """The sentence a question closes on asks the target itself, with no figure: the story's
    figures are context ("c'est quoi le seuil maintenant ?")."""
    last = fold(SENTENCE_END.split(text.strip())[-1])
    return bool(TARGET_QUESTION.search(last)) and not values(last)


def _target_rule_asked(text: str, target: Cible) -> bool:
    """ "90 % ici, 45 % là-bas. Le taux de 70 % est calculé cabinet par cabinet ?": the
    sentence a question closes on asks how the rule's own target is counted, with no figure
    of the asker's."""
    last = fold(SENTENCE_END.split(text.strip())[-1])
    said = values(last)
    return (
        bool(said)
        and target.valeur is not None
        and all(v.kind == "taux" and _quoted_target(last, v) for v in said)
        and any(abs(v.value - target.valeur) <= 0.1 for v in said)
        and bool(COUNTED_HOW.search(last))
    )


def _quoted_target(folded: str, v: Valeur) -> bool:
    """The figure follows "il faut", "exigé", "seuil de": a target quoted, not one's own."""
    at = folded.find(v.text)
    after = folded[at + len(v.text) : at + len(v.text) + 20] if at >= 0 else ""
    return at > 0 and bool(
        QUOTED_TARGET.search(folded[max(0, at - 40) : at])
        or MINIMUM_AFTER.match(after)
        or TARGET_WAS.search(folded[max(0, at - 70) : at])
    )


def _takes(ind: Indicateur, comp: Composante | None, v: Valeur) -> bool:
    """The figure is of the kind the indicator (or component) is judged on."""
    target = comp.cible if comp is not None else ind.cible
    if comp is not None and ind.cible.type == "moyenne":
        return v.kind == "taux"
    kinds = {"taux": ("taux", "moyenne"), "nombre": ("nombre",)}[v.kind]
    return target.type in kinds and _counts_its_own(ind, comp, v)


def _counts_its_own(ind: Indicateur, comp: Composante | None, v: Valeur) -> bool:
    """A count of things the indicator does not count is not its figure: "3 RCP" are no
    messages sent through Mon espace santé; "3 interventions" are the « aller vers »'s."""
    if v.kind != "nombre" or not v.objet:
        return True
    said = " ".join(
        [ind.libelle, ind.cible.texte or "", *(c.libelle for c in ind.composantes)]
        + [x for q in ind.questions for x in (q.texte, q.aide or "")]
        + ([comp.libelle] if comp is not None else [])
    )
    return fold(v.objet)[:4] in fold(said)


def _exact(v: Valeur, target: Cible) -> Valeur:
    """A fraction as the target states it: "2/3" is 66.666667 %, not the rounded 66.67."""
    if v.borne is not None:  # "sous les 2/3": not at the threshold
        return v
    near = target.valeur is not None and abs(v.value - target.valeur) < 0.01
    if near and not v.text.rstrip().endswith(("%", "pourcent", "pour cent")):
        return replace(v, value=target.valeur)
    return v


def _component_verdict(ind: Indicateur, comp: Composante, v: Valeur | None) -> tuple[str, str]:
    """A component judged alone: against its own target, or as one rate of a mean."""
    if v is None:
        return "non_atteint", ""
    shown = _shown(v)
    if ind.cible.type == "moyenne":
        others = ", ".join(c.libelle for c in ind.composantes if c is not comp)
        return (
            "inconnu",
            f"{shown}{NNBSP}: ce taux n'a pas d'objectif propre, il entre dans la moyenne avec "
            f"{others}.",
        )
    c = comp.cible
    if c.valeur is None:
        return "inconnu", f"{shown} déclaré, mais la cible n'est pas publiée."
    found = verdict(c, v.value)
    op = "≥" if c.operateur == ">=" else ">"
    unit = f"{NNBSP}%" if c.type == "taux" else ""
    target = f"{op} {fmt_number(c.valeur)}{unit}"
    if found == "atteint":
        return "atteint", f"{shown}{NNBSP}: objectif atteint — {target}."
    if found == "ambigu":
        return "ambigu", f"{shown}{NNBSP}: pile au seuil ({target}), selon la lecture des textes."
    return "non_atteint", f"{shown}{NNBSP}: sous l'objectif — {target}."


def _named_rates(text: str, ind: Indicateur) -> Mapping[str, Fraction]:
    """The rates of the indicator's components the question gives with their names."""
    names = {c.id: RATE_NAMES[c.id] for c in ind.composantes if c.id in RATE_NAMES}
    return named_figures(text, names).values


def _named_valeurs(text: str, ind: Indicateur) -> dict[str, Valeur]:
    """`_named_rates` as the asker's figures; a rate written with a bound ("plus de 30 % de
    CM AT-MP") is just over or under it, as written."""
    bounded = [v for v in values(fold(text)) if v.borne is not None]
    given = {}
    for k, x in _named_rates(text, ind).items():
        value = float(x)
        plain = Valeur("taux", value, f"{fmt_number(value)}{NNBSP}%")
        given[k] = next((v for v in bounded if abs(v.value - value) < 2 * STEP), plain)
    return given


def _others(text: str, ind: Indicateur, v: Valeur) -> bool:
    """The figure is typed with the name of a rate that is not the indicator's own."""
    own = {ind.id, *(c.id for c in ind.composantes)}
    if own & FSE_RATES:
        own |= FSE_RATES
    named = named_figures(text, RATE_NAMES).values
    if any(k not in own and abs(float(x) - v.value) < 1e-9 for k, x in named.items()):
        return True
    # "si ma moyenne sur les téléservices est sous les 60 %": a mean's, not this rate's
    folded = fold(text)
    at = folded.find(v.text)
    mean = at > 0 and MEAN_BEFORE.search(folded[:at]) is not None
    return mean and ind.cible.type != "moyenne"


def _failing_rate(text: str, ind: Indicateur) -> tuple[Composante, Valeur] | None:
    """Of the rates the question gives with their names, the first under its target."""
    given = _named_valeurs(text, ind)
    for c in ind.composantes:
        if c.id in given and verdict(c.cible, given[c.id].value) == "non_atteint":
            return c, given[c.id]
    return None


def _own_rate(
    text: str, ind: Indicateur, comp: Composante, figure: Valeur
) -> tuple[Composante, Valeur]:
    """The component with the figure given with its name ("45 % de DMP et 50 %
    d'ordonnances": the ordonnances' is 50 %), else the first figure."""
    given = _named_valeurs(text, ind)
    return comp, given.get(comp.id, figure)


# A mean told as such: "la moyenne de mes taux de téléservices est à 57 %".
MEAN_TOLD = re.compile(r"\bmoyenne\b[^.?!%]{0,70}?\b(\d{1,3}(?:[,.]\d+)?) ?%")
# ... or its target quoted: "la moyenne doit faire 80 %", "il faut une moyenne de 60 %"
QUOTED_MEAN = re.compile(r"\b(doit|doivent|faut|faudrait|exige\w*|minimum|mini|seuil|objectif)\b")


# A figure aimed at, not reached yet: "si je monte à 32 %", "si je passe à 70 %".
AIMED = re.compile(
    r"\b(monte|passe|arrive|remonte|grimpe|atteins|atteint|depasse)\w* (a|au-dessus de|jusqu'a) $"
)


def _aimed(folded: str, v: Valeur) -> bool:
    """The figure comes after « si je monte à », « si je passe à »…"""
    at = folded.find(fold(v.text))
    return at > 0 and AIMED.search(folded[max(0, at - 30) : at]) is not None


def _mean_told(text: str, v: Valeur) -> bool:
    """The figure is told as one's mean ("ma moyenne … est à 60 %"), not quoted as its
    target ("la moyenne doit faire 80 % minimum ?")."""
    folded = fold(text)
    told = MEAN_TOLD.search(folded)
    if told is None or abs(float(told[1].replace(",", ".")) - v.value) > 1e-9:
        return False
    return not _quoted_target(folded, v) and not QUOTED_MEAN.search(told[0])


def _mean_failed(text: str, d: Dispositif, ind: Indicateur) -> tuple[Groupe, Indicateur] | None:
    """The block `ind` waits on, and its mean, when the question tells that mean under its
    target ("moyenne à 57 % … je touche quand même le bloc DMP / ordonnances ?": the socle is
    not met, so the option is not paid); or each of the rates it averages ("dmt 58 fse 59 pse
    40 aat 50 mais dmp 50 ordo 45, je touche les 420 de l'option ?")."""
    told = MEAN_TOLD.search(fold(text))
    groups = {g.id: g for g in d.groupes}
    own = groups.get(ind.groupe)
    if own is None or ind.cible.type == "moyenne":
        return None
    for gate in (groups[p] for p in own.prerequis if p in groups):
        means = [i for i in d.indicateurs if i.groupe == gate.id and i.cible.type == "moyenne"]
        if len(means) != 1:
            continue
        if told is not None:
            value: float | None = float(told[1].replace(",", "."))
        else:
            each = _mean_of(text, means[0])
            value = each.valeur.value if each is not None and each.valeur is not None else None
        if value is not None and verdict(means[0].cible, value) == "non_atteint":
            return gate, means[0]
    return None


# A year, then a rate told after it in the same sentence: "2023 j'étais à 72 %, 2024 à 68 %"
YEAR_OR_RATE = re.compile(r"\b(20[1-3]\d)\b|(?<![\d,.])\d{1,3}(?:[,.]\d+)? ?%|[.!?](?:\s|$)")


def year_rates(text: str, year: int) -> str:
    """The rates each told after its own year, kept for `year` alone when the question asks
    of it ("FAMI 2023 j'étais à 72 %, 2024 à 68 %. 2024 ça passe ?": 68 %); `text` as it is
    unless every rate follows a year of its sentence, two years at least."""
    told: list[tuple[re.Match[str], int]] = []
    current: int | None = None
    for m in YEAR_OR_RATE.finditer(text):
        if m[1]:
            current = int(m[1])
        elif "%" not in m[0]:
            current = None  # a sentence ends: its year with it
        elif current is None:
            return _rates_then_years(text, year)
        else:
            told.append((m, current))
    years = {y for _, y in told}
    if len(years) < 2 or year not in years:
        return _rates_then_years(text, year)
    for m, y in reversed(told):
        if y != year:
            text = text[: m.start()] + text[m.end() :]
    return text


# A rate told with its year after it: "FSE à 72 % en 2023, 68 % en 2024"
RATE_THEN_YEAR = re.compile(r"(?<![\d,.])\d{1,3}(?:[,.]\d+)? ?%(?: (?:en|pour) (20[1-3]\d)\b)?")


def _rates_then_years(text: str, year: int) -> str:
    """ "FSE à 72 % en 2023, 68 % en 2024. … pour 2024 ?": the rate of `year` alone, when
    every rate told is followed by its own year, two years at least, and the question after
    them names `year`; `text` otherwise."""
    told = list(RATE_THEN_YEAR.finditer(text))
    years = {m[1] for m in told}
    if None in years or len(years) < 2 or str(year) not in years:
        return text
    if str(year) not in text[told[-1].end() :]:
        return text  # "… 8 % en 2024. j'ai eu les points chaque année ?": each year asked
    for m in reversed(told):
        if m[1] != str(year):
            text = text[: m.start()] + text[m.end() :]
    return text


def _dental_off(folded: str) -> bool:
    """Acts the FAMI's guide takes off a total of acts told, the profession left unsaid."""
    acts = re.search(r"\bactes?\b", folded) and re.search(r"\bfses?\b", folded)
    return bool(acts and EXCLUDED.search(folded)) and not DENTAL.search(folded)


def _mean_of(text: str, ind: Indicateur) -> Situation | None:
    """The mean of the rates the question gives with their names ("DMT 88 %, FSE 98 %…"),
    when it gives them all; None when one is missing."""
    given = _named_valeurs(text, ind)
    if not ind.composantes or len(given) < len(ind.composantes):
        return None
    if any(v.value > 100 for v in given.values()):
        return None  # "150 déclarations MT dont 140 en ligne": counts, not rates
    mean = fmean(given[c.id].value for c in ind.composantes)
    return Situation(ind, None, Valeur("taux", mean, "la moyenne de vos taux"))


def _still_needed(c: Cible, v: Valeur | None) -> str:
    """ " Il en faut au moins 1 334 sur 2 000, soit 24 de plus.": what a rate told as two
    counts lacks to reach its target, under each reading when the texts read it two ways."""
    if v is None or v.compte is None or c.type != "taux" or c.valeur is None:
        return ""
    part, whole = v.compte
    if whole < 20:  # "1 consultation sur 4": a proportion, not counts to add to
        return ""
    share = Fraction(c.valeur / 100).limit_denominator(1000)  # 66.666667 % is 2/3
    ops = [r.operateur for r in c.ambiguite.lectures] if c.ambiguite else [c.operateur]
    needs = sorted(
        {math.floor(share * whole) + 1 if op == ">" else math.ceil(share * whole) for op in ops}
    )
    if needs[0] <= part or needs[-1] > whole:
        return ""
    least = " ou ".join(fmt_number(n) for n in needs)
    more = " ou ".join(fmt_number(n - part) for n in needs)
    how = " selon la lecture des textes" if len(needs) > 1 else ""
    return f" Il en faut au moins {least} sur {fmt_number(whole)}{how}, soit {more} de plus."


def _shown(v: Valeur) -> str:
    """The asker's figure: "2/3 (66,67 %)" for a fraction, "69,8 %" for a rate."""
    if v.kind != "taux":
        return fmt_number(v.value)
    if v.borne is not None:  # "sous les 70 %", as written
        return re.sub(r"\s*%", f"{NNBSP}%", v.text.strip())
    pct = f"{fmt_number(round(v.value, 2))}{NNBSP}%"
    written = v.text.strip()
    return pct if written.endswith(("%", "pourcent", "pour cent")) else f"{written} ({pct})"


def _worth(d: Dispositif, ind: Indicateur, comp: Composante | None, group: Groupe) -> str:
    """What the indicator pays (its component's share, or its group, paid as a block)."""
    holder: Indicateur | Composante | Groupe = ind
    if group.regle == "tous_requis":
        holder = group
    elif comp is not None and (comp.points is not None or comp.eur is not None):
        holder = comp
    value = holder.points if d.unite == "points" else holder.eur
    return in_unit(d, value) if value is not None else ""


def in_unit(d: Dispositif, value: float) -> str:
    """An amount in the scheme's unit: "490 €", or "280 points, soit 1 960 €"."""
    if d.unite == "eur":
        return fmt_eur(value)
    return f"{fmt_points(value)}, soit {fmt_eur(value * (d.valeur_point or 0))}"


def _prerequisites(group: Groupe, groups: dict[str, Groupe]) -> str:
    names = ", ".join(_q(groups[p].libelle) for p in group.prerequis)
    return f", si {names} est atteint" if names else ""


def _q(text: str) -> str:
    """In guillemets, unless the text opens with its own (« Aller vers » : …)."""
    return text if text.startswith("«") else f"«{NNBSP}{text}{NNBSP}»"


def _group_total(d: Dispositif, g: Groupe) -> str:
    """What a group's indicators pay together, every one met ("835 points, soit 5 845 €")."""
    members = [i for i in d.indicateurs if i.groupe == g.id]
    return in_unit(d, sum((i.points if d.unite == "points" else i.eur) or 0 for i in members))


def _with_dependents(d: Dispositif, group: Groupe) -> float | None:
    """What a block and the blocks it gates pay together, every one met (FAMI: 490 € + 100 €)."""
    unit = "eur" if d.unite == "eur" else "points"

    def paid(g: Groupe) -> float:
        own = getattr(g, unit)
        members = [getattr(i, unit) or 0 for i in d.indicateurs if i.groupe == g.id]
        return own if own is not None else sum(members)

    after = [g for g in d.groupes if group.id in g.prerequis]
    total = paid(group) + sum(paid(g) for g in after)
    return total or None


def _unpaid_after(d: Dispositif, group: Groupe) -> str:
    """ ", ni « Volet 2 » (835 points, soit 5 845 €), qui en dépend": the groups a block
    not met leaves unpaid, with what they would have paid."""
    after = [g for g in d.groupes if group.id in g.prerequis]
    return "".join(f", ni {_q(g.libelle)} ({_group_total(d, g)}), qui en dépend" for g in after)


def _kept_without(d: Dispositif, group: Groupe, but: Indicateur | None = None) -> str:
    """ "« Aller vers » (300 €) et « Accueil d'un étudiant » (350 €)": what the scheme pays
    whether or not the block is met (the groups that do not hang on it, even through
    another), `but` the item already said."""
    hanging = {group.id}
    while more := {g.id for g in d.groupes if set(g.prerequis) & hanging} - hanging:
        hanging |= more
    worth = [
        (i, i.points if d.unite == "points" else i.eur)
        for i in d.indicateurs
        if i.groupe not in hanging and i is not but
    ]
    return and_list([f"{_q(i.libelle)} ({in_unit(d, w)})" for i, w in worth if w])


def pitfalls_spoken(ind: Indicateur, question: str, least: int = 1) -> list[str]:
    """The indicator's pitfalls the question speaks of: « des patients à l'AME et des
    résidents d'EHPAD » beside a rate brings « Sont exclus du calcul : AME…, EHPAD… ». A
    pitfall is spoken of when the question holds one of its acronyms or long words that the
    indicator's own name and target do not hold (`least` of them, for a reply that is not a
    verdict on the indicator)."""
    own = {w[:6] for w in re.findall(r"\w+", fold(f"{ind.libelle} {ind.cible.texte}"))}
    asked = {w[:6] for w in re.findall(r"\w+", fold(question))}
    said = []
    for p in ind.pieges:
        acronyms = {fold(w) for w in re.findall(r"\b[A-Z][A-Z0-9]{1,}\b", p.texte)}
        long = {w for w in re.findall(r"\w+", fold(p.texte)) if len(w) >= 8}
        if len({w[:6] for w in (acronyms | long) - STOPWORDS} & (asked - own)) >= least:
            said.append(p.texte)
    return said


def _spoken_at(folded: str, part: str) -> int | None:
    """Where the text first names a component by its own names (`RATE_NAMES`); None if not."""
    found = [
        m.start()
        for n in RATE_NAMES.get(part, ())
        if (m := re.search(rf"\b{re.escape(fold(n))}\b", folded)) is not None
    ]
    return min(found, default=None)


def components_named(words: str, ind: Indicateur) -> list[str]:
    """The components of `ind` the words name by their own names (`RATE_NAMES`)."""
    folded = fold(words)
    return [c.id for c in ind.composantes if _spoken_at(folded, c.id) is not None]


def _block_kept(g: Grounded, folded: str) -> Grounded:
    """ "pas de CPTS … est-ce que ça bloque mon volet 1 ?": the block asked about does not
    hang on an indicator outside it; said first, with a « Non » (« Oui » to "je garde le
    volet 1 ?")."""
    asked = BLOCK_LOST_ASKED.search(folded) or BLOCK_KEPT_ASKED.search(folded)
    if asked is None:
        return g
    kept = asked.re is BLOCK_KEPT_ASKED
    name = asked["block"] if kept else asked["block"] or asked["lost"]
    wanted = (
        "socle" if name == "socle" else "volet_2" if name.endswith(("2", "deux")) else "volet_1"
    )
    groups = {x.id: x for x in g.case.dispositif.groupes}
    block, own = groups.get(wanted), groups.get(g.situation.indicateur.groupe)
    if block is None or own is None or own.id == block.id:
        return g
    if own.id in block.prerequis and own.regle == "tous_requis" and g.statut == "non_atteint":
        # "horaires pas affichés, ça m'empêche aussi de toucher le volet 2 ?": it waits on
        # the block the indicator is missing from
        said = (
            f"{'Non' if kept else 'Oui'}{NNBSP}: {_q(block.libelle)} n'est versé que si "
            f"{_q(own.libelle)} est atteint, et il ne l'est pas sans cet indicateur."
        )
        return replace(g, consequences=[said, *g.consequences])
    if own.id in block.prerequis:
        return g
    said = (
        f"{'Oui' if kept else 'Non'}{NNBSP}: {_q(block.libelle)} ne dépend pas de cet indicateur."
    )
    return replace(g, consequences=[said, *g.consequences])


def _rest_kept(g: Grounded) -> Grounded:
    """ "ça bloque le reste du volet 2 si je l'ai pas ?": the others of its block paid apart
    answer it first, with a « Non »."""
    kept = next((c for c in g.consequences if c.startswith("Les autres indicateurs de ")), None)
    if kept is None:
        return g
    said = f"Non{NNBSP}: l" + kept[1:]
    return replace(g, consequences=[said, *(c for c in g.consequences if c is not kept)])
