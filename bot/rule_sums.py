"""What several indicators pay together, asked in one sentence: "socle + coordination +
étudiant de 6e année, combien au total ?", "tout validé en 2023 sauf le SAS, je touche
combien ?", "j'ai raté le taux FSE mais j'ai un étudiant, je touche quoi ?".

One FAQ entry gives the amount of one indicator; the sum depends on which ones are met and
on the gates between groups, so the calculator answers: the indicators and groups the
question names, met or not ("sans", "raté", "sauf"), the others not met (or met, after
"tout … sauf"), judged by `calculators.estimate` on the asker's scheme.

Blocks paid whole (socle, volet 1) are read first, so that an item they already count is
not named again ("volet 1 + DMP" is the volet 2's DMP). A block in the question itself
("…, je touche le socle ?", "…, j'ai le volet 1 ?") is what is asked, not an item met: the
reply says whether it is met, the indicators not cited then left unknown.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from bot.counted_paths import IF_SHIFT, IF_SUBJECT, counted_path
from bot.each_year import EACH_YEAR_ASKED as YEARS_ASKED
from bot.faq import SENTENCE_END, Answer
from bot.faq_intent import intents
from bot.faq_text import MAXIMUM, fold, normalise
from bot.fse_start import fse_period
from bot.question_people import heads_of
from bot.question_scope import (
    MONTHS,
    NUMBER_WORDS,
    PART_OF_ALL,
    SCHEME_LABELS,
    YEAR,
    Valeur,
    bound_said,
    relative_years,
    values,
)
from bot.received_answers import BLOCK_MAX_ASKED, only_paying, received_amount
from bot.rule_answers import (
    MIN_SCORE,
    NEGATION,
    NOT_MINE,
    SCHEME_NAMES,
    Case,
    RuleAnswers,
    _kept_without,
    _takes,
    _unpaid_after,
    components_named,
    in_unit,
    outdated,
    pitfalls_spoken,
    without_frame,
)
from bot.rule_facts import (
    AMOUNT,
    ASIDE,
    BOTH_SUMMED,
    MEAN_ASKED,
    PAYMENT,
    REFUSAL,
    WHEN,
    WORTH_FOR,
    YEARS_PLUS,
    Fact,
    _labels,
    _moved,
    _q,
    _readings,
    _scheme,
    _short,
    _target,
    at_best,
    beside_mean,
)
from bot.typography import and_list
from bot.understand import RATE_NAMES, named_figures, rates_named
from calculators import estimate
from calculators.carry_over import carry_over
from calculators.forfait import Estimate, IndicatorResult, verdict
from calculators.french import NNBSP, fmt_eur, fmt_number, fmt_points
from knowledge.schema import Choix, Cible, Composante, Dispositif, Groupe, Indicateur

# What a sum question asks: "combien", "ça fait", "au total", "je touche quoi" (not "ça fait
# baisser mon taux ?", nor "ça fait seulement 6 %", a figure told).
ASKS_SUM = re.compile(
    r"\b(combien|total|en tout|en euros|cumul\w*|"
    r"ca (fait|(me |nous |lui |leur )?donne)"
    r"(?! (\w+er|partie|seulement|que|juste|a peine|environ|presque|pile)\b| ?\d|"
    # "ça fait un an": a time gone by, no sum
    r" (un|une|deux|trois|quelques|plusieurs|des) (ans?|annees?|mois|semaines?|jours?)\b)|"
    r"touch\w* (quoi|combien|qqch|quelque chose|rien)|"
    r"que (percoi|percevr|touch)\w*(-t)?-(il|elle)|"  # "Que perçoit-il pour chaque exercice ?"
    # "… Quel forfait structure pour 2023 et pour 2024 ?" after a story
    r"(^|[.?!] )quel(le)? (forfait structure|fs|fami|dotation numerique|donum) (pour|en) 20\d\d|"
    r"(^|[.?!] )quels? montants?\b|"  # "… Quel montant pour 2024 ?" after a story
    # "calcule pour mon associé : …", "pouvez-vous calculer"
    r"^(\w+ )?calcul(e|ez)|(peux[- ]tu|pouvez[- ]vous|tu peux|vous pouvez) (me )?calculer|"
    # "vous pouvez estimer ce que chacun va toucher ?"
    r"(peux[- ]tu|pouvez[- ]vous|tu peux|vous pouvez) (m')?estimer ce que|"
    # "Pouvez-vous me dire ce qu'il devrait recevoir pour 2024 ?"
    r"(?<!est-)(?<!est )ce (que|qu'?) ?(il|elle|je|on|ils|elles|nous) (\w+ ){0,2}"
    r"(recevoir|toucher|percevoir|"
    r"recoi\w*|recevr\w*|touch\w*|percoi\w*|percevr\w*)|"
    r"(j'?ai|on a|il a|elle a) droit a (quoi|qqch|quelque chose|rien)|"
    r"(j'?ai|on a|il a) eu (quoi|combien)|"  # "jai eu quoi la dessus ?"
    r"je garde quoi (la[- ]dessus|dessus|au final)|"  # "… apcv fait. je garde quoi la dessus ?"
    # "… j'ai arrêté X. Il me reste quoi ?" (not "il me reste quoi à faire ?": what to do)
    r"il (me|m'en|lui|nous) reste (quoi|combien)(?! (a|pour) \w+(er|ir|re)\b))\b"
    r"|\b(estimation|simulation)( svp| stp| s'il vous plait)?\W*$"  # asked last, not a heading
    # "Je voudrais une estimation de ma dotation numérique 2026. Logiciel … ok. Merci !"
    r"|\b(je voudrais|j'aimerais|je souhaite|je souhaiterais) (avoir )?une "
    r"(estimation|simulation)\b"
    # "… Il demande une estimation de son forfait structure 2024.": a forwarded request
    r"|\b(il|elle) (demande|voudrait|souhaite|aimerait) une (estimation|simulation)\b"
    # "socle ok + aller vers, FAMI = ?" (not "MSSanté = ?", a term asked)
    r"|(?:\+|\b(?:fami|forfait\w*|donum|total|fs|volet \d|socle)\b)[^=?]{0,30}= ?\?"
    # "si j'ai juste le socle + le petit bloc ApCV ?": a bare condition, its worth asked
    r"|(^|[:.] )(et )?si (j'?ai|je fais|je valide|g) (juste|seulement|uniquement)\b[^?]*\?\s*$"
    # "…, je suis à 2 240 € ou 2 380 € ?": a total asked between two
    r"|\b(je suis|j'?arrive|on est|il est|elle est|ca fait|ca donne|je touche|c'est) "
    r"(a )?\d[\d \u202f.]*(€|e|euros?) ou (a )?\d[\d \u202f.]*(€|e|euros?)\W*$"
    # "… Et si j'ajoute l'appli carte Vitale ?": the story's total with it
    r"|(^|[:.] )(et )?si (j'?ajoute|je rajoute|j'?ajoutais|je rajoutais)\b[^?]*\?\s*$"
)
# Whether the story pays anything at all, a yes/no: "j'ai droit à qqch ou rien ?"
ANYTHING_ASKED = re.compile(
    r"\b(droit a|touch\w*) (qqch|quelque chose|rien)\b|\b(qqch|quelque chose) ou rien\b"
)
# What is missing asked after a list: "Il me manque quoi pour le socle ?", "Qu'est-ce qui a
# pu manquer ?": the items not told, in the story's total
MISSING_ASKED = re.compile(
    r"\b(manque\w*[- ](t[- ]il )?quoi|qu'est[- ]ce qui (a pu |aurait pu |peut )?manqu\w*|"
    r"ce qui (a |aurait )?(pu )?manqu\w*|manque[- ]t[- ]il)\b"
)
# A proof refused: what was missing is the proof's content, no item of the scheme
PROOF_REFUSED = re.compile(
    r"\b(refus\w*|rejet\w*|pas accepte\w*|non accepte\w*)\b[^.?!]*\b(justificatif|facture|"
    r"attestation|piece|preuve)s?\b|\b(justificatif|facture|attestation|piece|preuve)s?\b"
    r"[^.?!]*\b(refus\w*|rejet\w*|pas accepte\w*|non accepte\w*)\b"
)
# Why a statement reads as it does, asked alone after it: "Explication ?", "Pourquoi ?"
WHY_ASKED = re.compile(r"(une )?explication|pourquoi( donc| ca| cela)?|comment (ca|c'est) se fait")
# A loss asked: "combien je perds à cause de ce taux ?", "ces deux ratés me coûtent combien ?";
# or the gain of what is missed: "ça me rapporterait combien ?"
LOSS_ASKED = re.compile(
    r"\b(perd\w*|perte|cout\w*|manque a gagner|combien de plus|(combien|cb) (en|de) moins|"
    r"laiss\w* (filer|passer|echapper|sur la table)|"
    # "au total ça représente combien que je n'ai pas touché ?"
    r"(combien|cb) (que |qu')?(je|j'|il|elle|on) (n'?\s?)?(ai|a|avons) pas (touche|percu|eu)|"
    r"(aurais|aurait) (eu|touche) combien|rapporterai\w*|gagnerai\w*|"
    # "il veut savoir combien il aurait touché s'il avait juste déclaré ses horaires"
    r"combien (il|elle|j'|je|on) ?(aurai[st]|aurions) (eu|touche|percu))\b"
)
# "l'indicateur 1 du volet 2": the figure numbers the indicator, it names no volet
INDICATOR_NUMBER = re.compile(r"\b(indicateurs?)\s+(?:n\s?°\s?|numero\s+)?\d+\b")
# A block paid whole told missed: "si je rate le socle", "sans le volet 1", "le socle pas
# atteint"
BLOCK_MISSED = re.compile(
    r"\b(?:rate\w*|loupe\w*|manque\w*|n'ai pas|j'ai pas|jai pas|sans)\s+"
    r"(?:le |la |mon |son |tout le )?(?P<block>socle|volet (?:1|un)|pre-?requis)\b"
    r"|\b(?P<block2>socle|volet 1) (?:n'est |est )?(?:pas|non) (?:atteint|valide)\w*"
)
# A miss supposed, not told: "si je rate le socle", "et si le volet 1 n'est pas atteint"
SUPPOSED = re.compile(r"\bsi\b[^,.;:!?]{0,20}$")
# What the miss costs, asked after it: "je perds tout ?", "je touche quoi ?"
MISS_COST_ASKED = re.compile(
    r"\b(perd\w*|touche\w*|reste\w*|saute|tout|combien|cb|quoi|koi|paye\w*|verse\w*)\b"
)
# Everything met, told by the maximum: "j'étais au max (SAS, maître de stage, tout)"
AT_MAX = re.compile(r"\bau (max|maximum|plafond)\b|\btout\s*\)")
# What a story's loss is asked as, with no amount word: "je perds koi exactement ?"
LOSS_SAID = re.compile(
    r"\bperd\w* (quoi|koi)\b|\bqu'est-ce que (ca|cela) (me|m'a|lui|nous) fai\w* perdre\b"
    # « Qu'est ce que je perds exactement ? », « ce qu'il perd »
    r"|(\bqu'? ?est[- ]ce qu(?:e |')|(?<!est-)(?<!est )\bce qu(?:e |')) ?(je|j'|il|elle|on) ?"
    r"(perds?|perdrai\w*|vais perdre|va perdre|ai perdu|a perdu)\b"
    # « perte totale sur ces deux-là ? »
    r"|\bperte (totale|globale|en tout)\b"
)
# Two misses' cost asked together: « perte totale sur ces deux-là ? », « les deux ensemble »
BOTH_LOST = re.compile(r"\b(ces|les) (deux|2)\b|\bensemble\b|\ben tout\b|\bau total\b|\btotale?\b")
# A loss asked of a story's years: « combien a-t-il perdu ? », « je perds combien ? »
LOST_ASKED = re.compile(r"\b(perd\w*|perte|manque a gagner)\b")
# A target asked ("il faut quel taux ?"), which `AMOUNT` also reads: no sum.
TARGET_ASKED = re.compile(
    r"\b(seuils?|objectifs?|cibles?|quel taux|quel pourcentage|quelle part|taux attendu|"
    r"taux exige|taux minimum|part minimum|atteindre combien|combien de %|combien de pour ?cent)"
    r"(?!\w)"
)
# A target told against: "sous les seuils", "en dessous de l'objectif" (the words shared).
_BELOW = r"(sous|en[- ]dessous|au[- ]dessous)"
_THE = r"(les?|des|du|de|mes|leurs?|ses|l') ?"
# A status against a target, told, not asked: "téléservices tous sous les seuils".
TARGET_TOLD = re.compile(
    rf"\b({_BELOW}|au[- ]dessus|atteint|depasse|passe) {_THE}((deux|trois|quatre) )?"
    r"(seuils?|objectifs?|cibles?)\b"
    r"|\baux? (seuils?|objectifs?|cibles?)\b"  # "pas de téléservices au seuil"
    # "j'alimente le DMP (objectif atteint)"
    # ("objectifs téléservices tous atteints")
    r"|\b(seuils?|objectifs?|cibles?) (?:[a-z-]+ ){0,2}(?:tous |toutes )?"
    r"(atteinte?s?|depasse\w*|ok|valide\w*)\b"
)
MAX_KEPT = 3  # the items still paid, listed after « tout bon sauf X »
# Several things named: "seuil DMP et seuil messagerie", "DMP, MSS".
LISTED = re.compile(r"\bet\b|,|\+|/")
# What a sum is counted in: "combien" beside a target asks the target, unless money is named.
MONEY = re.compile(r"(\b(euros?|points?|rapport\w*|touch\w*|pay\w*|vers\w*|gagn\w*)\b|€)")
# An amount the asker expects: "je touche 790 ?", "j'aurai bien les 1 240 € ?".
TOLD_AMOUNT = re.compile(
    r"\b(?:touch\w*|aur\w*|recev\w*|percev\w*)(?: bien| quand meme)?(?: les)? "
    r"(\d{1,3}(?: \d{3})*|\d+) ?(?:€|euros?\b|(?=\s*\?))"
)
# A rate qualified « en ligne » ("de DSG et de SPE en ligne"): the rate, not the Donum's
# « Services en ligne » mean
RATE_ONLINE = re.compile(
    r"\b(spe|dsg|aat|dmt|pse|cm at-?mp|at-?mp|arrets? de travail|transports?|"
    r"declarations? (?:simplifiees? )?de grossesse|grossesses?)( \w+)? en ligne\b"
)
# A negation bearing on the item named just before, by a pronoun: "le volet 2, je ne m'en
# occupais pas", "la visio, on ne l'a pas".
COMMENT_DENIED = re.compile(  # "…, je ne m'en occupe pas", "…, je l'ai pas pris"
    r"(je|j|on|il|elle) (ne |n')(m'en|m'y|l'|le |la |les |en |y )"
    # "le reste du volet 2 je n'ai rien" (split after its number)
    r"|(je|j|on|il|elle) (n'|n |ne )?(ai|a|avais|avait) rien(\W*$|\s*:)"
    r"|(je|on|il|elle) (l'|les |la |le |m'en |m'y )(\w+ )?(pas|jamais)\b"
)
# Two years' totals set against each other: "ça fera le même montant ?", "je toucherai moins ?"
# The gap between two years, asked alone: "la diff ?", "diff entre les 2 ?", "l'écart ?",
# "Quelle est la différence entre les deux exercices ?"
DIFF_ASKED = re.compile(
    # ("quel est l'écart de rémunération entre ces deux exercices ?", "c'est quoi la diff ?")
    r"\W*(et )?(quel(le)? (est |serait |sera )?|c'est quoi |c koi )?"
    r"(la |l')?(diff|difference|ecart)\b"
    r"[^.?]{0,50}\?\W*$"
)
# A year the last one is set against: "je gagne ou je perds par rapport à 2025 ?"
AGAINST_YEAR = re.compile(
    r"\b(?:gagne|perds?|perdrai\w*|plus|moins)\b[^.?]{0,40}\bpar rapport (?:a|au) (?:l'exercice )?"
    r"(20[1-3]\d)\b"
)
GAP_ASKED = re.compile(r"\b(meme montant|autant|moins|plus|perd\w*|difference|diff|ecart|baisse)\b")
# A loss asked over a story's years (not « combien de plus en 2025 ? », a gain)
LOST_WORD = re.compile(r"\b(perd\w*|perdu|perte|manque a gagner)\b")
# The gap between two of the years asked with their sum: « … ainsi que l'écart entre 2025 et 2023 »
GAP_WORD = re.compile(r"\b(ecart|difference|diff)\b")
# "En 2025 pareil", « il a conservé tout cela », « gardé les deux »: the year before holds again.
# (« tout pareil » taken out whole: « tout » left alone would say every item met)
SAME_TOLD = re.compile(
    r"\b(tout )?(pareil|idem|de meme|meme chose|(conserve|garde) (tout (cela|ca)|les deux))\b"
)
# What one does no longer: "je n'accueille plus d'étudiant" (not "plus de 30 %")
NO_LONGER = re.compile(r"\b(n'|ne )\w+ plus\b")
# An amount said of a year before: "socle + aller vers = 790 €"
EUROS_SAID = re.compile(r"(?:=\s*)?\b\d[\d\s\u202f]*(?:[,.]\d+)?\s?(?:€|euros?\b|e\b)")
# A change told of one year against the one before: what stays is the year before's
CHANGED = re.compile(rf"{NO_LONGER.pattern}|\b(plus d'|j'?arrete|arrete|rejoint|quitte|ajoute)\b")
# What is done instead of something else: "… au lieu de viser tout le volet 2, …"
INSTEAD_OF = re.compile(
    r"\b(?:au lieu|a la place)(?: de| du| des| d')(?: (?:viser|faire|valider|avoir|prendre))?"
    r"[^,;.?!()]*"
)
# The year before's story but one thing: "En 2025 même chose sauf que mon taux est tombé …"
SAME_BUT = re.compile(r"\b(pareil|meme chose|idem) sauf (que|qu')")
CHANGE_TOLD = re.compile(
    rf"{CHANGED.pattern}|\b(le )?reste (identique|inchange|pareil)\b|\ben plus\b"
    r"|\b(?:n'ai|n'a|n'avons|j'ai) rien change\b"  # "je n'ai rien changé sauf que …"
)
# A share of the year asked: "le forfait entier ou seulement 4/12e ?", "au prorata ?"
PRORATA_ASKED = re.compile(
    r"\b(prorata|proratis\w*|douziemes?|(?:[1-9]|1[01]) ?/ ?12(?:e|eme)s?)\b"
    # "4/12 du forfait" (not "d'ici le 31/12", "le 4/12": a day)
    r"|(?<!le )(?<!du )(?<!au )\b(?:[1-9]|1[01]) ?/ ?12\b(?!/)"
)
# A total reckoned, to be checked: "on trouve 790 € chacun, c'est juste ?"
RECKONED = re.compile(
    r"\b(?:(?:trouv\w*|calcul\w*|arrive a|je compte|j'?\s?ai compte) "
    r"(?:\d[\d ]*(?: ?[+x×*] ?\d[\d ]*)+ ?= ?)?"  # "calculé 280+48+40 = 368 pts soit …"
    r"(?:\d+(?:[,.]\d)? ?(?:points?|pts),? (?:soit|donc|=) )?"
    # "…, ça fait 890 € c ça ?": the asker's total, put to the test
    r"|ca (?:me |nous |lui )?fait (?=[\d ]+ ?(?:€|euros?\b),? (?:(?:c'?est |c )?(?:bien )?"
    r"(?:ca|juste|correct|exact)|si je compte bien|si j'ai bien compte)\b)"
    # "… = 75 pts, donc 525 € en plus ?": the result of the asker's own sum, asked
    r"|(?<=pts|nts),? (?:donc|soit) (?=[\d ]+ ?(?:€|euros?\b)(?: en plus| au total| en tout)?"
    r"(?:,? (?:c'?est (?:bien )?(?:ca|juste|correct|exact)|c ca|juste|correct|exact))? ?\?))"
    r"(\d{1,3}(?: \d{3})*|\d+)"
    # (no unit when the figure closes the message: "jai calculé 1960 + 420 = 2 380")
    r"(?: ?(?:€|euros?\b)|(?=\W*$))"
)
# Whether one's own figure is wrong, asked: "je me suis pas planté ?", "on est d'accord ?"
WRONG_ASKED = (
    r"je me (?:suis )?(?:pas )?(?:plante|trompe)e?|on est d'accord"
    r"|si je compte bien|si j'ai bien compte|si je ne me trompe pas"
)
# A sum the asker wrote, its result put to the test: "socle ok + aller vers = 890 € ?",
# "socle + coordo + aller vers + etudiant => 1240 c bien ca ?"
SUMMED = re.compile(
    # ("socle + etudiant, sans cpts ni aller vers : 840 € ?": the list's result, after a colon)
    r"(?:=>?|→|(?<=\w) : (?=[\d ]+ ?(?:€|euros?\b) ?\?\W*$)) ?"
    r"(\d{1,3}(?: \d{3})*|\d+) ?(?:€|euros?\b)?"
    r"(?:[,.]? (?:c'?est (?:bien |bon )?(?:ca|juste|correct|bon|exact)|c bien ca|non|juste|correct|"
    rf"exact|je me trompe|j'ai bon|{WRONG_ASKED}))? ?\?"
)
# A total in euros put to the test in the closing question: "Donc 490 + 300 = 790 €, c'est bien
# ça ?", "Ça me fait bien 590 € ?", "2 100 € pour 2026, c'est bien ça ?"
CHECKED = re.compile(
    r"(?<![\d,.])(?<!les )(?<!des )(\d{1,2} \d{3}|\d{3,4})(?:,\d{1,2})? ?(?:€|euros?\b)"
    r"(?: (?:pour|en) (?:l'exercice |l'annee )?20\d\d| au total| en tout| pour moi| pour l'annee)?"
    r"(?:[,.]? (?:c'?est (?:bien |bon |juste |correct |exact )?(?:ca|juste|correct|bon|exact)"
    r"|c bien ca|non|juste|correct|exact|je me trompe|j'ai bon|ou rien|ou pas|du coup|"
    rf"{WRONG_ASKED}))?"
    r"(?: (?:pour|en) (?:l'exercice |l'annee )?20\d\d)? ?\?\W*$"
)
# "…, je touche le socle ?": a yes/no on what a longer list pays.
PAID_ASKED = re.compile(
    r"\b((je|il|elle|on) touch\w*|touch\w*-t-(il|elle|on)|droit a|"
    # "je peux quand même toucher ces deux-là ?": several items asked at once
    r"(peux|peut|pourrai\w*|vais|va) (quand meme |meme |bien |tout de meme )?toucher "
    r"(ces|les) (deux|trois|2|3))\b"
)
# "…, ça passe pour 2025 ?": the whole story judged, as "je touche ?" asks (three items or more)
OVERALL_ASKED = re.compile(
    r"\b(ca passe|c'?est bon|c bon|je suis bon|ca le fait|je suis dans les clous)"
    r"( (pour|en) (le forfait( structure)?|mon forfait( structure)?|le fs|le fami|la donum|20\d\d|"
    r"cette annee|l'annee))? ?\?"
)
# "…, faut-il avoir validé le socle avant ?": what is needed, asked, not told met
NEED_ASKED = re.compile(r"\b(faut[- ](?:t[- ])?il|doi[st][- ](?:je|il|on))\b[^?]*\?")
# "…, j'ai le volet 1 ?": whether a block is met, given what is listed.
BLOCK_ASKED = re.compile(
    r"\b(j'ai|jai|il a|elle a|ai-je|a-t-il|a-t-elle|je valide|il valide|valide-t-il)( bien)? "
    r"(le|la|mon|son) (volet|socle)\b[^,.;:!?]*\?"  # asked: "j'ai le volet 1, …" states it
    # "Mon socle FAMI est validé ?" (not the volet 1: its stories list too loosely)
    r"|\b(le|mon|son) socle( \w+)? (est|sera|serait)( bien)? "
    r"(valide|atteint|ok|bon|rempli)\w*\s*\?"
    # "… Ses 4 taux font 85 % de moyenne. Socle validé ?": the bare question closing a story
    r"|(?:^|[.!?:] )(?:et |donc )?socle (?:valide|atteint|ok|bon|rempli)\w*\s*\?"
)
# The asker's own situation, not the worth of each thing named ("combien rapportent le SAS
# et la coordination ?" asks two figures, which `RuleFacts` gives).
OWN_CASE = re.compile(
    r"\b(j'ai|jai|il a|elle a|on a|j'avais|il avait|valide(?!r)\w*|atteint\w*|ok|rempli\w*|"
    r"complet\w*|coche\w*|rate\w*|manque\w*|sauf|eu|fait|faits|faites|fais|obtenu|avec|seulement|uniquement|total|"
    r"cumul\w*|au[- ]dessus|en[- ]dessous|mon taux|mon forfait|mon fami|ma donum|n'a|n'ai|"
    r"j'aurai|j'aurais|n'aurai|n'aurais|n'avoir|"
    r"participe\w*)\b|\+"
    # "FAMI 2025 : socle, CPTS, aller vers, étudiant. Combien ?": a year's list, its case
    r"|(?:\b20[1-3]\d|\bfami|\bdonum|\bstructure) ?: [^.?!:,]{2,40}(?:, [^.?!:,]{2,40}){2,}\."
    # "pas d'étudiant et pas d'aller vers. Je touche combien ?": the items one lacks
    r"|\bpas (de|d'|d )\w[^.?!]*\bpas (de|d'|d )\w"
    # "jamais utilisé l'appli carte vitale, et pas d'ordonnance numérique non plus"
    r"|\b(pas|jamais) \w[^.?!]*\bpas (de|d'|d )\w[^.?!]*\bnon plus\b"
)
# A bracket of items denied by what follows it: "(DMP, messagerie) je n'atteins aucune cible"
# "(SPE et DSG non)": the brackets' items, each answered « non »
DENIED_WITHIN = re.compile(r"\(([^()]{2,120}?) non\)")
# What « pas » says of the item before it, not of another: "(pas classée REP)"
_NOT_AN_ITEM = (
    r"(?:mal|classe\w*|fait\w*|atteint\w*|valide\w*|encore|toujours|tres|trop|assez|beaucoup"
    r"|tous|tout|vraiment|du tout)\b"
)
# Items denied in brackets after an item told: "la participation au SAS (pas de DMP, pas
# d'ordonnances)" is the SAS had, then those missed; "les 2 options (pas l'appli cv)"
DENIED_BESIDE = re.compile(
    rf"(?<=[a-z0-9%+]) \(((?:pas(?! {_NOT_AN_ITEM})|sans|aucune?|ni)\b[^()]*)\)"
)
# What is met, in brackets after an item denied: "sans aller vers ni étudiant (socle +
# coordination)", "pas de CPTS (juste le socle)": the bracket's items, not denied with it
MET_AFTER_DENIED = re.compile(
    r"\b((?:pas|sans|ni)\b[^(),;.]{1,60}?) "
    # (not "sans messagerie (donc socle KO)": what it costs)
    r"\((?![^()]*\b(?:pas|non|ni|sans|aucune?|rate\w*|manque\w*|ko|donc)\b)([^()]{2,120}?)\)"
    # (not "aucun taux (DMP, …) atteint", "pas les taux (DMP, …) n'est atteint": the list
    # the denial bears on)
    r"(?!\s*(?:n'|ne |non\b|pas\b|atteint|valid))"
)
# "…, SPE et DSG non.": both answered « non »
PAIR_DENIED = re.compile(
    r"\b(?!(?:ok|oui|bon|non|pas)\b)([a-z][\w-]*) et (?!(?:ok|oui|bon|non|pas)\b)([a-z][\w-]*) "
    r"non(?=\s*(?:[.,;?!)]|$))"
)
# "…, le reste du volet 2 tout bon": the parts of an item paid in parts not told are met
REST_MET = re.compile(
    r"\b(tout )?le reste\b[^.?!;]{0,30}?\b(tout )?(ok|bon|valide\w*|atteint\w*|au vert)\b"
)
DENIED_AFTER = re.compile(
    r"\(([^()]{3,300})\)(?=\s*,?\s*(?:je n'atteins aucune? (?:cible|objectif|seuil)|"
    r"aucune? (?:n'est|atteint)|je ne les ai (?:pas|jamais)|rien de (?:tout )?ca|rien du tout|"
    # "Tout le reste (téléservices, SAS, stagiaire) n'est pas atteint."
    r"(?:sont |tous |toutes |n'est |ne sont )?(?:non|pas) atteint|"
    # "Tous les déclaratifs (codage, coordo, …) à non.": each one answered « non »
    r"(?:sont |tous |toutes )?(?:a|:|=) ?non\b))"
)
# A sentence that leads with its items and denies them all after: "Pour les téléservices,
# DMP et ordonnances numériques je pense que je n'atteins rien."
LED_DENIED = re.compile(
    r"(?:^|(?<=[.;!?] ))(?:pour|cote|niveau) ([^.;:!?()]{3,200}?),? (?:je (?:pense|crois) que )?"
    r"(?:je n'atteins (?:rien|aucune?\b[^.;!?]*)|je n'ai rien|rien n'est atteint|"
    r"c'est (?:zero|rien))"
    r"(?=\s*(?:[.;!?]|$))"
)
# "Téléservices / DMP / ordo num / SAS : rien validé": each item of the slashed list missed
SLASHED_DENIED = re.compile(
    r"((?:[^.:;/()?]{2,40} / )+[^.:;/()?]{2,40}?) ?: ?(?=(?:rien(?: de)? valid\w*|rien|aucune?|"
    r"non|pas valid\w*|non atteinte?s?|(?:tous |toutes )?(?:a|à) (?:0|zero|non))\s*(?:[.;,]|$))"
)
# The euros of a total's line: "Total : 3 626 € (518 points) pour l'exercice 2023."
TOTAL_EUROS = re.compile(rf"Total{NNBSP}: (\d[\d{NNBSP} ]*(?:,\d\d)?){NNBSP}€")
# An item told in doubt: "je sais pas si c'est à jour", "pas sûr que ce soit à jour"
UNSURE = re.compile(
    r"\b(?:je (?:ne )?sais pas|j(?:e n)?'?\s?sais pas|chais pas|pas s[uû]re? que|"
    r"aucune id[ée]e) (?:si |que )?(?=(?:c'est|c est|ce soit|il est|elle est|mon|ma|le|la)\b)",
    re.IGNORECASE,
)
# A stay told part-time: "une étudiante … mais à mi-temps seulement"
PART_TIME = re.compile(
    r"\b(mi[- ]temps|temps partiel)\b"
    # "ne venait que 2 jours par semaine"
    r"|\b(?:que|seulement) (?:\d|un|deux|trois|quatre) (?:jours?|demi-journees?) par semaine\b"
)
STUDENT = re.compile(r"\b(etudiant\w*|stagiaire\w*|interne\w*|externe\w*)\b")
CLAUSE = re.compile(r"[.;!?]")
# A block told whole as a share: "je suis à 100 % du socle" (no rate of its mean)
BLOCK_WHOLE = re.compile(r"\ba 100 ?% (?:du|de mon|de son) (socle|volet 1)\b")
# The rest kept, told with « sans »: "il a en plus commencé le SAS sans rien perdre d'autre"
NOTHING_LOST = re.compile(r"\bsans rien (?:perdre|changer|lacher)(?: d'autre| de plus)?\b")
# A status among slashed items: "DMP : atteint / SAS : non atteint" lists statuses
SLASHED_STATUS = re.compile(r"\b(atteinte?s?|valid\w*|oui|ok|non)\b")
# Between the things listed ("avec" is not: "une FSE avec l'appli carte Vitale" is one
# thing); the words after "sauf" are not met. Pasted from amelipro: "DMP : atteint / SAS : non
# atteint", "DSG 35 % | SPE 32 %".
SEPARATOR = re.compile(
    r"(\+|,(?!\d)|;|&|\||(?<=\s)[/–—](?=\s)|\.(?=\s)|!+(?=\s)|(?<=\?)(?=\s)|\bet\b|\bmais\b|"
    r"\bpar contre\b|\ben revanche\b|\balors qu(?:e\b|')|"  # "… pas de Ségur alors qu'il …"
    # (not "j'ai plus de stagiaire": no longer, as spoken; "mais en plus je fais le SAS" is
    # one part, after « mais »; "en plus du socle" still parts what is before)
    r"(?<!j'ai )(?<!on a )(?<!il a )(?<!elle a )(?:(?<!\ben )|(?=plus (?:du|des|de)\b))"
    r"\bplus\b(?! de \d| d'| que)|"
    r"\bainsi que\b|\bpuis\b|\bsauf\b|"
    # (not "créneaux hors patientèle", "interventions hors cabinet": what the item is)
    r"\bhormis\b|\bexcepte\b|\bhors\b(?! (?:de (?:ma |sa |la )?)?(?:patient\w*|cabinet))"
    r"|\ba l'exception\b|\bni\b)"
)
# A count told after « sauf », the year before's replaced: "2025 idem sauf 4 interventions"
# (not RCP: a later count of them does not yet replace the earlier one in a « pareil » story,
# and « sauf 2 RCP » read as the coordination missed is what it comes to)
COUNT_INSTEAD = re.compile(r"\bsauf (?=\d+ (?:interventions?|passages?)\b)")
# Everything ticked, of the years a sentence names: "si je coche tout en 2024 et en 2025"
TICKED_ALL = re.compile(r"\b(je coche|je cocherai|cocher) tout\b")
# Both years told alike in so many words: "en 2022 comme en 2023 : …"
BOTH_ALIKE = re.compile(r"\b20[1-3]\d comme (?:en )?20[1-3]\d\b")
# One story told of two years at once: "socle ok en 2023 et 2024", "les deux années",
# "en 2023 comme en 2024"
BOTH_YEARS_TOLD = re.compile(
    r"\b20\d\d (et|comme|\+|&) (en )?20\d\d\b|\bles (2|deux) (ans|annees|fois)\b"
)
# The later year told as the earlier one, and nothing else: "2023 tout validé sauf le SAS.
# 2024 idem"
SAME_AFTER = re.compile(r"\b20[1-3]\d\s*:?\s*(idem|pareil|itou|meme chose|de meme)\W*$")
# The items « tout » is, in brackets after the exception: "tout sauf l'étudiant (socle, MSP)"
# (a list naming a block: not "tout sauf le SAS (pas inscrit, pas de CPTS)", why; nor "sauf
# les téléservices (AAT, PSE, DMT…)", the exception's parts)
EXCEPT_THEN_LIST = re.compile(
    r"\b(sauf|hormis|excepte) ([^(),.;]{2,40}?) "
    r"\((?!pas |non |ni |aucun|je |j')(?=[^()]*\b(?:socle|volet [12])\b)"
    r"([^()]{2,60}[,+][^()]{2,120})\)"
)
# An item's status alone in brackets: "DMP (non)", "ApCV (oui)"
YES_IN_BRACKETS = re.compile(r"\s*\((?:oui|ok|fait|atteinte?|validee?)\)")
NO_IN_BRACKETS = re.compile(r"\s*\((?:non|ko|pas ok|pas fait|ratee?|non atteinte?)\)")
# A bracket that only confirms what it follows: "DMT 91 % (oui j'ai quelques patients MT)"
CONFIRMED_ASIDE = re.compile(r"\((?:oui|si|eh oui|bien sur)\b[^()%\d]*\)")
# A year named as where another starts from: "2025 = comme 2024 + …", "idem 2024", "pareil
# qu'en 2024" (not "pareil en 2026": that year told)
YEAR_REFERRED = re.compile(
    r"\b(?:(?:pareil|idem|meme chose) (?:qu'en |que |qu'|a |a l'an )?|comme (?:en )?)20[1-3]\d\b"
    # (not "en 2022 comme en 2023": both years told)
    r"(?<!\b20[1-3]\d comme 20[1-3]\d)(?<!\b20[1-3]\d comme en 20[1-3]\d)"
)
# A sentence told of every year of a story: "Coordination + ECG connecté les 2 ans."
EVERY_YEAR_SAID = re.compile(
    r"\b(les (2|deux|3|trois) (ans|annees|exercices)|chaque annee|tous les ans|"
    r"toutes les annees)\b"
)
# A year told by « tout » alone, in a story: "2024 : tout sauf la CPTS. 2025 : tout."
YEAR_ALL = re.compile(r"\b(20[1-3]\d ?:) ?tout(?= ?[.;,]| ?$)", re.IGNORECASE)
# A year set against another within a clause: "le socle en 2024 mais pas en 2025", "MSP en
# 2024 mais plus en 2025", "tout sauf en 2023", "une étudiante en 2024 mais personne en 2025"
YEAR_CONTRAST = re.compile(
    r"\b(mais|sauf)( pas| plus| personne| rien| aucune?)? (en |pour )?20[1-3]\d\b"
)
# How many years the closing question sums: "sur les trois ans", "les 2 années"
YEARS_COUNTED = re.compile(r"\b(deux|trois|quatre|cinq|2|3|4|5) (?:ans|annees|exercices)\b")
# A sentence told from a year on: "SAS à partir de 2024.", "en MSP depuis 2023", "inscrit au
# SAS début 2024"
FROM_YEAR = re.compile(r"\b(?:a partir de|depuis|des|debut) (20[1-3]\d)\b")
# A span of years told of one case: "chaque année de 2023 à 2025", "entre 2023 et 2025"
YEARS_SPANNED = re.compile(r"\b(?:de|entre) (20[1-3]\d) ?(?:a|au|et|-|–) ?(20[1-3]\d)\b")
# One indicator's worth asked, not the story's total: "combien l'indicateur DMP m'a rapporté"
ONE_ITEM_ASKED = re.compile(r"\b(combien|cb|quel montant)\b[^?.]{0,20}\b(l'|cet )indicateur\b")
# The worth of items asked, not a case told: "ça rapportait combien", "2025 vs 2026 en euros"
WORTH_ASKED = re.compile(r"\b(rapport\w*|valai\w*|vaut|valent|en euros?|vs|versus)\b|en €")
# Items joined into one worth: "DMP + ordonnances", "les deux ensemble"
JOINED = re.compile(r"\+|\bles (deux|2) ensemble\b")
# A status told of an item: a story, not a worth asked
STATUS_SAID = re.compile(
    r"\b(ok|oui|non|pas|atteint\w*|valide\w*|rate\w*|j'?\s?ai|j'?\s?avais|fait|faits)\b"
)
# A block told met in so many words: "socle ok", "volet 1 validé", "v1 complet"
BLOCK_OK = re.compile(r"\b(socle|volet [12])( \w+)? (ok|valide\w*|atteint\w*|complet\w*)\b")
# A year's one block told as had: « en 2026 j'ai le socle », « fs 2024 volet 1. », « 2026 : socle. »
BLOCK_HAD = re.compile(
    r"\b(?:j'?ai|j'?avais|il a|elle a|on a|a|avait)(?: eu| valide| obtenu| touche)? (?:tout )?"
    r"(?:le |la )?(?:socle|volet [12])\b"
    r"|(?:^|[:.] |\b20[1-3]\d )(?:le )?(?:socle|volet [12])\s*(?:[.,;+]|et\b)"
)
# Items told met in so many words (« logiciel ok », « socle atteint »): a case, not a worth
OK_SAID = re.compile(r"\b(ok|atteint\w*)\b")
# Rates told the same as the year before: "dmp et ordo tjrs pareil", "DMT et FSE inchangés"
SAME_RATES = re.compile(
    r"([^,;:.+()]*?)\s*(?:(?:sont|est|restent|reste|toujours|tjrs|encore)\s+)*"
    r"(?:pareils?|idem|inchange(?:e|s|es)?|stables?|identiques?|les memes|comme avant)\b"
)
# A year named as where a story starts from: "pareil que 2024", "comme en 2023"
SAME_AS_YEAR = re.compile(
    r"\b(pareil|idem|meme chose|comme) (qu'en |que |qu'|a |a l'an )?(20\d\d)\b"
    r"|\bcomme en (20\d\d)\b"  # (« pareil en 2025 » tells 2025: the same, that year)
)
# A year, then what it no longer has: "En 2026, plus de stagiaire mais le reste pareil"
_GONE = (  # what a year can no longer have: « plus de stagiaire », « plus d'interventions »
    r"(?=(?:de |d'|d )(?:stagiaires?|etudiant\w*|internes?|externes?|cpts|msp|esp|sas|creneaux|"
    r"mss\w*|messagerie|interventions?|coordo\w*|coordination|aller vers|"
    r"demarches? coordonnee?s?|ehpad|rcp|video|visio|teleconsult\w*|"
    # (the patients' service: « plus d'assistante »)
    r"assistant\w*|ipa|coordinat(?:eur|rice)s?)\b)"
)
YEAR_NO_MORE = re.compile(rf"\b(20\d\d(?:,| :)?) plus {_GONE}")
CLAUSE_NO_MORE = re.compile(rf"(?<=[,;:] )plus {_GONE}")  # "2025 socle ok, plus d'EHPAD"
# When, not what: "cette année" names no indicator (the student's "6e année" would match).
TIME = re.compile(
    r"\b(cette|l'|les?|en|des|d'|par) ?(an{1,2}ees?|an|ans|mois)\b|\b(19|20)\d\d\b"
    # "le montant de chaque exercice": the year, no « exercice coordonné »
    r"|\b(chaque|chacun des|des|les) (deux |2 |trois |3 )?exercices?\b"
    r"|\b(les|des|ces) (deux|2|trois|3) (an{1,2}ees|ans)\b|\bchaque an{1,2}ee\b|\btous les ans\b"
)
# An item naming best an indicator listed before names another one it names at least this
# well, relative to the first.
NAMED_AGAIN = 0.8
# An item naming best an indicator of a block told met names the next one at least this well,
# relative to the first, or by words of its own.
NAMED_WITHIN = 0.7
# The asker's figure for an item: one value, or each of its rates named.
Figure = float | dict[str, float]
AMBIGUOUS = object()  # an item that names several indicators as well
# The items a question points back to, not one more: "ces deux lignes", "ces 2 indicateurs".
# An amount doubted: "ça me paraît beaucoup", "ça me semble peu", "c'est trop élevé ?"
DOUBTED = re.compile(
    r"\b(me )?(parai\w*|semble\w*) (beaucoup|bcp|peu|trop|eleve|bas|enorme|faible|bizarre)\b"
)
LOW = re.compile(r"peu|bas|faible")  # a doubt that the amount is too low
# Someone else's figures quoted: "un ami dit 1960 + 140", "mon comptable m'a estimé 1240 €"
CLAIMED_SUM = re.compile(
    r"\b(dit|disent|estime|m'a estime|m'a dit|m'annonce|annonce|parle de|calcule|trouve)"
    r"( que| qu'il| qu'on)?( ca fait| c'est| je touche| j'aurai)?"
    r"(\s*(\d{1,3}(?: \d{3})+|\d{3,})(?!\d|[,.]\d|\s*%)\s*(€|euros?)?(\s*[+=])?)+"
)
REFERENCE = re.compile(
    r"\b(ces|les) (deux|2|trois|3|quatre|4) (lignes?|indicateurs?|items?|criteres?|trucs?|"
    r"choses?|la|las)\b"
    # "Exercice 2023.": the year's name, not the « exercice coordonné » of the coordination
    r"|\b(l'|mon |pour l'|sur l')?exercice (de |d')?20[1-3]\d\b"
    # "490 € chaque année": when, not the « 6e année » of the student
    r"|\b(chaque|cette|toute l'|dans l'|par) annee\b|\bl'annee (derniere|prochaine|d'avant)\b"
    r"|\bles (2|deux|3|trois) annees\b"  # "3 interventions les 2 années"
    # "d'après mes calculs il manque qqch": the asker's reckoning, not the FSE rate's
    r"|\b(d'apres|selon) (mes|nos) calculs\b"
)
# The mean of the socle's rates told as such: "moyenne téléservices 72 %"
MEAN_SAID = re.compile(r"\bmoyennes?\b")
# A group practice is no form of coordination, nor the « groupe qualité » that is refused:
# "même cabinet de groupe", "on exerce en groupe"
GROUP_PRACTICE = re.compile(
    r"\b(?:(?:cabinet|exercice|pratique) (?:de |en )?groupe|en groupe)\b", re.IGNORECASE
)
# A word of hesitation, dictated: "euh"
FILLER = re.compile(r"\b(euh+|heu+|bah|ben)\b")
# A volet said in words, dictated: "le volet un complet"
VOLET_SPELLED = re.compile(r"\bvolet (un|deux)\b")
# What a block named whole holds, said in brackets: "tout le volet 2 (SAS compris)"
INCLUDED_ASIDE = re.compile(r"\((?:y )?[^()]*\b(?:compris|inclus\w*)\)")
# A figure of nothing: "msg patient 0"
ZERO = re.compile(r"(?<![\d,./])0(?![\d,./]| ?%? ?\d)")
# Two items typed side by side with no figure between: "apcv mss 12%", "sas msp"
ITEMS_SIDE_BY_SIDE = re.compile(
    r"\b(apcv|sas|mss)\s+(?=(?:apcv|sas|mss|msp|cpts|dmp|video|visio|codage|ordos?)\b)"
)
# "dmp 45 ordo 50 apcv ok ordo 41": a figure or « ok » then the next item's name, with no
# comma between
FIGURE_THEN_NAME = re.compile(
    r"(\d(?: ?%)?|\bok|\boui)\s+(?!(?:en|de|des|du|d|sur|pour|par|dans|a|au|aux|et|ou|soit|dont|"
    r"actes?|fse|feuilles?|interventions?|interv|points?|pts|euros?|heures?|h|jours?|mois|ans?|"
    r"semaines?|fois|consultations?|patients?|rcp|reunions?|depuis|chacune?|taux|partout|aussi|"
    r"seances?|sorties?|visites?|passages?|deplacements?|depistages?|actions?|ateliers?|"
    r"tous|toutes|avec|obligatoires?|criteres?|indicateurs?|socles?|"
    r"(?:non|pas) (?:atteint|valide|rempli|obtenu)e?s?|n'|ne|est|etait|sont|"
    r"ko|(?:rate|loupe|saute|refuse)e?s?)\b)(?=[a-z])"  # "volet 1 raté": the figure's item's status
)
# A figure a plural verb gives to the items before it: "… et DMP/ordo sont sous 30 %".
PLURAL_FIGURE = re.compile(
    r"\b(?:sont|etaient|restent|sont tous (?:les )?deux|tous (?:les )?deux) "
    r"((?:a |de |sous |en dessous de |au[- ]dessus de |sur )?(?:les )?"
    r"\d[\d,.]*(?: ?%| pour ?cent)?)"
)
# The items after it are others than those before: "…, mais tous mes autres taux sont sous 30 %"
OTHERS = re.compile(r"\bautres?\b")
# A status told once after several items: "… et téléservices non atteints", "… ratés".
_MET = r"(?:atteint|valide|coche|rempli|obtenu)"  # what a status says of an item
PLURAL_NOT_MET = re.compile(
    rf"\b(?:non|pas) {_MET}e?s\b|\b(?:rates|loupes|manques)\b"
    rf"|\b(?:tous|toutes) {_BELOW} {_THE}(?:seuils?|objectifs?|cibles?)\b"  # "tous sous les seuils"
    rf"|\b(?:sont |etaient )?(?:tous|toutes) {_BELOW} (?:de )?\d"  # "… sont tous sous 20 %"
)
# A nought heading a list: "le numérique c'est zéro : DMP, ordos, MSS": each one missed
NOUGHT_HEADING = re.compile(r"\b(zero|nul|neant|rien)\s*:")
# ... or closing it: "DMP, messagerie MES, ordonnances numériques : nada"
NOUGHT_AFTER = re.compile(r":\s*(nada|rien|zero|neant|que dalle|niet|nul|non)\b\W*$")
# ... or closing an item without a colon: "CM AT-MP DSG SPE rien", "SPE tout sur papier"
# A téléservice done on paper is not done online: "et CM AT-MP SPE DSG en papier"
ON_PAPER = re.compile(r"\b(en|sur) papier\b")
PAPER_CAUSE = re.compile(r"\d|\b(visites?|actes?|factur\w*|reste|degrade|feuilles?|patients?)\b")
ITEM_NOUGHT = re.compile(r"[a-z)] (nada|rien|zero|que dalle|niet)\W*$|\btout (sur|en) papier\W*$")
# A bare number closing an item: "dmp 12", "ordo numeriques 20" (not "2 RCP", "350 €").
BARE_NUMBER = re.compile(r"[a-z] (\d{1,2}(?:[,.]\d+)?|100)\s*$")
# A day of the month before a bare number's end: "(première FSE le 15 mai)" is no rate
DAY_BEFORE = re.compile(r"\b(le|du|au|depuis le|a partir du) \d{1,2}\s*$")
# The rest unchanged from one year to the next: "le reste est identique", "tout le reste pareil"
REST_SAME = re.compile(
    r"\b(le reste|tout le reste|tout le reste est|le reste est|le reste reste)"
    r" (est |reste )?(identique|pareil|inchange|le meme|la meme chose)\b|\ble reste n'a pas bouge\b"
    r"|\b(le|tout le) reste ne (change|bouge) pas\b"
    # "2024 pareil + en plus 3 interventions": the rest as the year before, then what is added
    r"|\b(pareil|idem)(?= ?(\+|en plus\b|et en plus\b))"
    # "si en 2024 je conserve l'ensemble de mes indicateurs"
    r"|\b(je conserve|je garde|il garde|elle garde) "
    r"(l'ensemble de mes indicateurs|tous mes indicateurs|tout le reste|le reste)\b"
)
# A figure as stories tell it, whole or decimal: "67", "22,5", "3.5"
_FIGURE = r"\d+(?:[.,]\d+)?"
# A figure told for one year among others: "67 % en 2023, 66 % en 2024"
FIGURE_YEAR = re.compile(
    rf"(?<![\d,.])({_FIGURE}(?:\s*%)?)((?:\s+(?!(?:en|pour)\s+20)[^\s\d,;.]+){{0,4}}?)"
    r"\s+(?:en|pour)\s+(20[1-3]\d)\b(?!\s*(?:et|,)\s*(?:en\s+)?20[1-3]\d)"
)
# Between two figures of one thing in two years: ", ", " et ", " puis ", " ; "
# (a remark in brackets after the first: "65 % en 2024 (trop de papier), 75 % en 2025")
FIGURES_JOINED = re.compile(
    r"\s*(?:\([^()]{0,40}\))?\s*(?:,|;|et|puis|, et|, puis)?(?: (?:a|à|de|avec))?\s*"
)
NONE_THEN_SOME = re.compile(
    r"([^,;.?]*?)\baucune? ([^,;.?]{1,30}?) (?:en|pour) (20[1-3]\d),? (?:mais |et )?"
    r"(?:plusieurs|quelques-unes|quelques|des|qq) (?:en|pour) (20[1-3]\d)\b",
    re.IGNORECASE,
)
# A year's clause with its figure, then the next year's figure alone: "en 2024 j'ouvrais 1h par
# semaine de créneaux SAS, en 2025 3h"
YEAR_LED_RUN = re.compile(
    r"\b(?:en|pour) (20[1-3]\d),? ([^,;.?]*?)(?<![\d,.])(\d+(?:[,.]\d+)? ?(?:h\w*|%))"
    r"([^,;.?]*?),? (?:et |puis )?(?:en|pour) (20[1-3]\d),? (\d+(?:[,.]\d+)? ?(?:h\w*|%))"
    r"(?=\s*[,;.]|\s*$)",
    re.IGNORECASE,
)
# An item had one year only: "étudiant 6e année en 2025 seulement", "SAS uniquement en 2024"
ONLY_IN_YEAR = re.compile(
    # (« seulemnt », « slt »: typed on a phone)
    r"(?<=[,;:.] )([^,;:.()]{3,60}?) (?:(?:en|pour) (20[1-3]\d) (?:seule?m\w*|slt|uniquem\w*)|"
    r"(?:seule?m\w*|slt|uniquem\w*) (?:en|pour) (20[1-3]\d))(?=\s*[,;.)]|\s*$)",
    re.IGNORECASE,
)
# Two figures of one thing, one per year of two: "PSE 91 % puis 88 %"
FIGURE_THEN = re.compile(
    rf"(?<![\d,.])({_FIGURE}\s*%) puis ({_FIGURE}\s*%)(?!\s*(?:en|pour|l'ann))"
)
# A figure, then the year after's: "28 % en 2024 puis 35 % l'année d'après"
THEN_NEXT_YEAR = re.compile(
    rf"\s*(?:,|et|puis|, puis)\s+({_FIGURE}(?:\s*%)?)\s+(?:l'annee (?:d'apres|suivante|"
    r"d'après)|l'année (?:d'après|suivante))"
)
# A clause opening on a year, after a comma: "…, en 2026 je vise tout"
# "2024 j'ai raté le socle, 2025 socle ok", "…, FAMI 2025 socle": any clause led by a year
YEAR_LED = re.compile(r"[,;]\s+(?=[^\d,;.]{0,15}\b20[1-3]\d\b)")
YEAR_CLAUSE = re.compile(
    r"[,;]\s+(?=(?:et )?(?:en|pour) 20[1-3]\d\b)"
    # "fs 2023 : … — fs 2024 : pareil mais …", "fs 2025 : … ; donum 2026 : …"
    r"|\s*[;—–]\s+(?=[^\d;—–]{0,12}20[1-3]\d\b)"
    # "fami 2024 socle ok + 3 RCP, 2025 idem mais 5 RCP": a year opening a clause told by what
    # changes
    r"|,\s+(?=20[1-3]\d\s*:?\s+(?:idem|pareil|meme|memes|même|mêmes|toujours|tjrs|sauf)\b)"
    # "2023 volet 1 + MSP, 2024 volet 1 + MSP + SAS": a year leading its own list (not "en
    # 2023, 2024 et 2025")
    # (not "FAMI 2023, 2024, 2025 : socle …", years listed before what they share)
    r"|(?<!20[1-3]\d),\s+(?=20[1-3]\d\s*:?\s+(?!et\b|ou\b|a\b|à\b|puis\b)[^\W\d])"
    # "… et SAS ; dotation numérique 2026 avec le socle …"
    r"|\s*;\s+(?=(?:la |le )?(?:dotation num[ée]rique|forfait structure) 20[1-3]\d\b)"
    # "FAMI 2024 socle + étudiant, FAMI 2025 socle + étudiant + CPTS": a scheme's year
    r"|,\s+(?=(?i:(?:le |la |mon |ma )?(?:fami|fs|forfait structure|donum|dotation num[ée]rique)"
    r"|(?:l'|l’)?(?:exercice|ann[ée]e)) 20[1-3]\d\b)"
)
# A day or month dating an event within a year's story: "(saisis qu'en mars 2024)"
MONTH_DATED = re.compile(rf"\b(?:\d{{1,2}}(?:er)? )?(?:{'|'.join(MONTHS)}) 20[1-3]\d\b")
# The app read by the software the volet 1 asks for, not its use: "addendum 8 et appli carte
# Vitale", "(dont l'addendum 8 avec l'appli carte Vitale)"
WITH_ADDENDUM = re.compile(
    r"\b(addendum 8)(?: (?:et|avec|incluant|y compris)| ?,)(?: l['’]| l )?\s?"
    r"(?:appli|application|app)(?:cation)? (?:de (?:la )?)?carte vitale\b",
    re.IGNORECASE,
)
# "des FSE avec l'appli" in a list: FSE made with the app carte Vitale
WITH_THE_APP = re.compile(r"\b(FSE avec (?:l['’] ?|l )?appli)\b(?! ?(?:carte|cv)\b)", re.IGNORECASE)
# Done only after the exercice: "son logiciel Ségur n'a été installé qu'en mars 2024", "n'a été
# mis à jour en addendum 8 qu'en janvier 2025"
DONE_ONLY_IN = re.compile(
    r"\bn['’](?:a|ont|avait|avaient) (?:été |ete )?(?:les? |la )?"
    r"(\w+(?: [^.;,()'’]{1,30}?)?) qu['’]?"
    r"(?:en |à |a |au |le |début |debut |fin )?[^.;,()]{0,20}?\b(20[1-3]\d)\b",
    re.IGNORECASE,
)
# "j'ai saisi mes horaires dans l'annuaire santé seulement le 20 janvier 2025"
DONE_ONLY_LATE = re.compile(
    r"\b((?:saisi|mis|affich[eé]|ajout[eé]|rentr[eé]|install[eé])e?s?)\b([^.;,()]{0,50}?) "
    r"seulement (?:en |le \d{1,2}(?:er)? |d[eé]but |fin |mi-)?(?:\w+ )?(20[1-3]\d)\b",
    re.IGNORECASE,
)
# Someone taken on in a swap: "j'avais pris un externe" (« pris » is no « prise en charge »)
TOOK = re.compile(r"\bpris (?=(?:un|une|des|mon|ma|mes|l'|le|la) )")
# The rest of a block told in brackets after one of its items: "(le reste du socle est bon)"
REST_WITHIN = re.compile(r"\s*\(((?:le reste|sinon tout)\b[^()]*)\)", re.IGNORECASE)
# Points written after an item with « = » and no unit: "volet 1 = 280, DMP + MSS = 80"
POINTS_EQUAL = re.compile(r" ?= ?\d+(?:[,.]\d+)?(?= ?(?:[,;)]|\. |\.?$| et\b))")
# What one no longer has: "elle n'a plus de MSSanté", "je n'ai plus d'étudiant", "elle n'a plus
# fait d'interventions extérieures"
_DONE = r"(?:fait|eu|pris|accueilli|realise|participe)e?s? "
HAD_NO_MORE = re.compile(
    rf"\b(n'|ne )(\w+) plus (?:{_DONE})?"
    r"(?=de |d'|du |des |le |la |les |l'|dans |sur |a |au |aux |en )"
)  # ("ses horaires n'apparaissent plus dans l'annuaire")
# The same typed without « ne », a participle after « plus »: "elle a plus fait d'aller vers"
# (not "j'ai plus de patients", "elle a fait plus d'interventions")
DONE_NO_MORE = re.compile(rf"\b(a|ai|as|avait|avais) plus {_DONE}(?=de |d'|du |des )")
# An item taken back while listing: "objets connectés (en fait non pour les objets connectés)"
TAKEN_BACK = re.compile(r"\ben fait,? (?:non|pas) pour (?:les |le |la |l['’])?", re.IGNORECASE)
# Another item and its status in brackets after an item: "FSE 60 % (MSP ok quand même)"
ITEM_WITHIN = re.compile(
    r"([^,;.+()]*) \((?=(?:la |le |l')?(?:dmp|mss|messagerie|coordo\w*|coordination|cpts|msp|esp|"
    r"sas|apcv|codage|ordo\w*|visio\w*|video\w*|etudiant\w*|stagiaire\w*|aller vers|volet [12])\b"
    # "(SAS toujours)", "ECG connecté (volet 1 validé)"
    r"[^()]{0,30}\b(?:ok|oui|atteint\w*|valide\w*|toujours)\b[^()]*\))"
)
BLOCK_WORD = re.compile(r"\b(volets?|socles?|options?|optionnels?|tout|tous)\b")
# A scheme named last ("pour le forfait structure 2022 (volet 1 validé)"): its block, no item
SCHEME_LAST = re.compile(r"\b(forfait|structure|fs|fami|donum|dotation|numerique)( \d{4})?\s*$")
# The practice's kit said conforming: on the Donum, its software item ("Équipement conforme")
KIT_CONFORMING = re.compile(r"\b[ée]quipement (?:conforme|à jour|a jour|ok)\b", re.IGNORECASE)
# Who asks, in brackets after the closing question: "… total ? (dentiste)", "(chir dent)"
AFTER_ASKED = re.compile(
    r"(?<=\?)\s*(\()?(?:je suis )?(?:une? )?(?:chir\w*[ -]?dent\w*|dentiste|m[ée]decin\w*|mg|"
    r"g[ée]n[ée]raliste)(?(1)\))\W*$",  # (or unbracketed: "… cb 2023 cb 2024 ? chir dent")
    re.IGNORECASE,
)
# An amount checked with its scheme's name after it: "ça fait 590 € de FAMI, c'est bien ça ?"
AMOUNT_OF_SCHEME = re.compile(
    r"(\d ?(?:€|euros?))\s+(?:de|du) (?:fami|forfait structure|forfait|donum)(?: 20\d\d)?"
    r"(?=,? (?:c'?est|c|non|juste|correct)\b[^?]*\?\W*$)",
    re.IGNORECASE,
)
# A bare amount checked after « ça fait »: "socle + coordination ça fait 690 non ?"
BARE_CHECKED = re.compile(
    r"(\b(?:[çc]a|cela) (?:fait|donne) (?:\d{1,2} \d{3}|\d{3,4}))(,? (?:non|c'?est [çc]a|"
    r"c bien [çc]a) ?\?\W*$)",
    re.IGNORECASE,
)
# A volet written short: "v1 ok + dmp", "v2"
# (not "Apicrypt V1", "la V2": a version)
SHORT_VOLET = re.compile(
    r"(?<![\w-])(?<!apicrypt )(?<!version )(?<!la )(?<!en )(?<!sa )v([12])"
    r"(?=\s*(?:ok|\+|,|:|;|\.|valid\w*|complet|atteint|et\b|$))",
    re.IGNORECASE,
)
# An item denied from its first word: "pas de MSSanté", "mais plus de MSS", "sans l'ApCV"
ITEM_DENIED = re.compile(r"(?:mais |et |sauf (?:que )?)?(?:pas|plus|sans|ni|aucune?)\b")
# A follow-up opening on a year: "Et en 2026 si je fais pareil ?", "et pour 2024 ?"
FOLLOW_YEAR = re.compile(r"^\s*(?:et |mais )?(?:en|pour)(?: l'exercice)? (20[1-3]\d)\b")
# The year before's story kept for the next: "si je change rien", "je garde tout pareil",
# "si je continue comme ça", "je compte rajouter l'appli carte Vitale"
KEPT = re.compile(
    rf"{SAME_TOLD.pattern}|\b((ne )?change (rien|pas)|sans rien changer|"
    r"rien ne change|a l'identique|(si )?je continue|garde (tout|les memes)|avec les memes|"
    r"r?ajout\w*)\b"
    r"|(?<=\b20[1-3]\d )aussi\b"  # "… 5 interventions en EHPAD, en 2024 aussi."
    r"|\b(?:je suis |suis |il est |elle est )?passee? (?:a|en|sur) (?:la |le |l')?(?:v2|version 2|"
    r"apicrypt v2)\b"  # "En 2025 passé en V2 interop.": the year before's, its messagerie changed
)
# A variation asked on the story told: "Et si je monte les ordos à 40 % ?", "et si j'ajoute un
# ECG connecté", "mais si je n'ai pas le SAS"
IF_YEAR = re.compile(r"\W*(?:et|mais)?,? ?si (en |pour )?20\d\d,? (j'|je |j |on )")
# ("… Et combien si j'avais fait le SAS en plus ?": the sum asked first)
WHAT_IF = re.compile(
    rf"\W*(?:et|mais|bon|ok|alors)?,? ?(?:(?:combien|cb)(?: ca ferait| ca fait)?,? )?{IF_SUBJECT}"
)
# Some of a block's items told by their count: "3 socles sur 5", "4 indicateurs sur 5"
SOME_OF = re.compile(
    r"\b(\d) (?:socles?|indicateurs?|criteres?)(?: socles?)? sur (\d)\b"
    r"|\b(\d) (?:des|sur les) (\d) (?:socles?|indicateurs?|criteres?)\b"  # "3 des 4 indicateurs"
)
# A case told in the question itself: "en 2025 avec juste le volet 1 et le SAS, combien ?"
ALONE_TOLD = re.compile(r"\b(avec|juste|seulement|uniquement)\b")
# One more of what the story counts: "j'en fais une 3e", "une 4eme"
NTH_MORE = re.compile(r"\b(?:j'?en (?:fais|fait|ajoute|rajoute) )?une? (\d)(?:e|eme|ieme)\b")
# One item swapped for another in a « si » clause: "si au lieu du SAS j'avais pris un externe",
# "si j'arrête la CPTS et que je fais à la place des interventions en REP"
SWAP_ASKED = re.compile(
    r"\bsi (?:au lieu|a la place) (?:de |du |des |d')(?P<was>[^,;?!]+?) "
    r"(?P<now>(?:j'|je |j |jai |jv|on |g )[^,;?!]*)"
    r"|\bsi (?:j'|je |j |j(?=arret))?(?:arrete|arretais|abandonne|lache|quitte|quittais) "
    r"(?P<was2>[^,;?!]+?) "
    r"(?:et )?(?:que |qu')?(?:je |j'|on )\w+ (?:a la place|plutot) (?P<now2>[^,;?!]*)"
)
SWAP_ASK_AFTER = re.compile(
    r"\b(?:je|j'|on|il|elle) (?:gagne|perds?|touche\w*|aurai\w*)\b|\b(?:combien|cb|ca fait)\b"
)
# A gain asked of a variation: "je gagne combien de plus ?" (its worth, not a new total)
GAIN_ASKED = re.compile(r"\b(de plus|gagne\w*|perd\w*|de moins)\b")
# Items taken up on top of the year before: "en 2024 j'ai en plus fait 3 interventions"
ADDED_ON = re.compile(
    r"\b(j'ai|jai|g|j'avais|il a|elle a) en plus\b|\ben plus,? (j'ai )?(fait|pris|eu)\b"
    r"|\b(j'accueille|je prends|je fais) en plus\b"  # "… et que j'accueille en plus un étudiant"
)
# A number that is no figure told of an item: « addendum 8 », « version 2 », « volet 1 »,
# « 6e année », « 4 sur 5 »
NOT_A_FIGURE = re.compile(
    r"\b(?:addendum|add|version|v|volets?) ?\d+\b|\b\d(?:e|eme) annee\b|\b\d ?(?:sur|/) ?\d\b"
)
# An item taken up, told after « sauf que »: "idem sauf que j'ai arrêté les interventions et
# j'ai pris un étudiant" (the étudiant met, not excepted)
TOOK_ON = re.compile(
    r"(?:que |qu')?(?:j'ai|jai|on a|il a|elle a) (?:pris|accueilli\w*|rejoint|ajoute\w*|"
    r"integre\w*)\b|(?:que |qu')?(?:je suis|il est|elle est) (?:entre|rentre)e?\b"
)
# An item left, told as not had: "j'ai quitté la CPTS", "arrêté mes créneaux SAS"
LEFT_ITEM = re.compile(
    r"\b(j'ai |je suis |on a )?(quitte|arrete|abandonne|stoppe|lache)e?s? "
    r"(de |d'|mes |ma |mon |la |le |les |l')?"
)
# « Deux » that counts the items asked of ("à elles deux", "ces deux lignes"), not the
# teletransmission's « deux tiers »
TWO_OF_THEM = re.compile(
    r"\b(?:a )?(?:eux|elles) (?:deux|trois|tous|toutes)\b|\bdeux\b(?!\s*tiers)"
)
# How one practises, open to all ("en cabinet individuel ou en groupe"), not the coordination
# (nor "installé depuis 2019", which ties the items equipment is « installé » for)
GROUP_PRACTICE = re.compile(
    r"\bcabinet (?:de |en )?groupe\b|\b(?:installee?s?|exerce|exercant|travaille) en groupe\b"
    r"|\binstallee?s?(?: en (?:liberal|ville|cabinet))? depuis (?:(?:janvier |fevrier |mars |"
    r"avril |mai |juin |juillet |aout |septembre |octobre |novembre |decembre )?20[0-3]\d"
    r"|\d+ ans)\b"
    r"|\b(?:je suis|suis|jsuis)(?: [\w-]+){0,3} installee?s?\b"  # "je suis MG installé (…)"
)
# The CPAM's advisor who forwards a case, named: no item of « services aux patients »
ADVISOR = re.compile(r"\bconseill\w* informatiques? services?\b")
# The verb « donner » stems as « données » (the coding indicator's word)
GIVE_VERB = re.compile(
    r"\b(je|j'|on|il|elle|qui|nous|vous) ?(?:(?:te|vous|lui|leur) )?"  # "je te donne les chiffres"
    r"(donne|donnons|donnez|donnait)\b"
    r"|\b(me|m'|nous) (donner|donnez|donneriez)\b|\bdonnez[- ]moi\b"  # "pouvez-vous me donner"
    r"|\b(?:lui|leur|te|a) donner\b"  # "quel montant dois-je lui donner ?"
    r"|\b(m'a|m'ont|nous a|nous ont) donnee?s?\b"  # "le détail que m'a donné ma CPAM"
    # "lequel je remonte en premier ?": raising a rate, not the SAS's data « remontée »
    r"|\b(je|j'|on|il|elle) ?(remonte|remonter|remonterai\w*)\b"
    r"|\b(suis|est|sommes|sont|etait) (bien )?remonte\w*"  # "en 2024 il est remonté" (a rate)
)
# A negation in the few words before one: "pas de CPTS", "ni MSP"
NEGATED_WORD = re.compile(r"\b(pas|ni|aucune?|sans|jamais|plus)\b")
NEAR_NEGATION = 4
AKIN = 6  # the shortest stem read as the start of a longer one (« interoper »)
MEMO_SIZE = 256  # texts whose told words `RuleSums` keeps
# "Apicrypt version 1": the « V1 » a choice's libellé names
VERSION = re.compile(r"\bversion (\d)\b")
# Where a clause ends: a sentence's end, or a comma or semicolon before a space
CLAUSE_END = re.compile(r"(?<=[.!?;,])\s+")
# One item missed, said as the only one: "si je rate juste le taux FSE", "je loupe seulement"
JUST_MISSED = re.compile(r"\b(rat\w*|manqu\w*|loup\w*) (juste|seulement|uniquement)\b")
# A list of things one does not have: "pas de codage, de services, de vidéo"
NOT_THESE = re.compile(r"(pas|ni|sans|aucune?)\b[^,;]*\b(de|d'|du|des)\b")
PARTITIVE = re.compile(r"(de|d'|du|des)\b")
# A list in brackets headed by « aucun »: "aucun taux (DMP, messagerie, ordonnances) atteint"
NONE_OF = re.compile(r"\baucune?\b")
# What is no longer where it counts: "ses horaires n'apparaissent plus dans l'annuaire"
ABSENT_FROM = re.compile(r"\b(n'|ne )\w+ (pas|plus) (dans|sur|a|au|aux|en)\b")
# Software told out of date: "il est resté sur une ancienne version de son logiciel"
OLD_SOFTWARE = re.compile(
    r"\b(?:reste\w* sur|encore sur|toujours sur) (?:une |un |la |le |son |sa )?"
    r"(?:ancien(?:ne)?|vieux|vieille) (?:version|logiciel)\b"
)
# What replaces an item excepted: "sauf l'étudiant, remplacé par trois interventions"
REPLACED_BY = re.compile(r"(?:qu'il a |que j'ai )?remplace(?:e|s|es)? par\b")
# An item still had, within what a year excepts: "(SAS toujours)", "SAS tjrs ok"
STILL_HAD = re.compile(r"\b(toujours|encore)\b(?! pas\b)")
# "sa messagerie a été résiliée", "abonnement MSSanté supprimé", "BAL désactivée"
ENDED = re.compile(r"\b(resilie|supprime|desactive|expire|clotur)e?s?\b")
# One item not met: "téléservices non atteint", "téléservices tous sous les seuils".
NOT_MET = re.compile(
    rf"\bnon {_MET}|\b{_BELOW} {_THE}(seuils?|objectifs?|cibles?|minimums?)\b"
    rf"|\b(tous|toutes|autres)\b[^,;.]*\b{_BELOW} (les |a )?\d+ ?%"  # "autres taux sous 30 %"
    r"|\b(je|j'ai|on|il|elle) (perd(s|ais|rais|ait|rait)?|perdu)\b"  # "je perdais le socle"
    # a screen's line "… / SAS non / …", "DMP : non", "aller vers « Non »"
    r"|[\w)] ?:? (?:« ?)?non(?: ?»)?\s*$"
    r"|\bko\b"  # "donc volet 1 KO"
    rf"|{ENDED.pattern}"
)
# A trouble told with an item: "un souci de lecteur", "logiciel en panne", "bug de MSS"
TROUBLE = re.compile(  # « sans souci », « aucun problème »: with ease
    r"(?<!sans )(?<!aucun )(?<!pas de )\b(soucis?|problemes?|panne|bug\w*|plante\w*|galere\w*)\b"
)
# What is left for later is not met: "le reste du volet 2, je m'en occuperai plus tard"
LATER = re.compile(r"\b(plus tard|occuperai\w*|je verrai|pas encore|a venir|prevu pour)\b")
# An item's own status: "DMP ok", "SAS atteint", "FSE 88 %", "pas de MSS".
STATUS = re.compile(r"\b(ok|oui|non|pas|atteint\w*|valide\w*|rate\w*|coche\w*)\b|\d")
EXCEPT = frozenset(["sauf", "hormis", "excepte", "hors", "a l'exception"])
# A block paid item by item, then what one had of it: "volet 2 j'ai dmp, mss et apcv"
BLOCK_THEN_HAD = re.compile(
    r"\b(volet 2) (?=(?:j'?\s?ai|j'?\s?avais|on a|on avait|"
    # "volet 2 juste DMP ok MSS ok", "volet 2 DMP ok coordo ok": its items, not all of it
    r"(?:juste |seulement |que |uniquement )?(?:le |la |les |l')?(?:dmp|mss|messagerie|"
    r"coordo\w*|cpts|msp|sas|teleservices|codage|apcv|ordo\w*|visio\w*|video\w*|maitre|"
    r"etudiants?|externes?|objets|aat|pse|dmt|spe|dsg))\b)"
)
# "volet 2 tout non (rien fait)": the block missed, not « tout » met
BLOCK_ALL_DENIED = re.compile(r"\b(volet [12]|socle|options?) tout (?=(?:non|rate)\b)")
# "aller vers ok (5 passages en EHPAD) étudiant non": a bracket closed, the next item starts
BRACKET_THEN_ITEM = re.compile(
    r"\) (?=(?:dmp|mss|messagerie|coordo\w*|coordination|cpts|msp|sas|socle|logiciel|horaires|"
    r"fse|apcv|codage|ordo\w*|visio\w*|video\w*|etudiant\w*|stagiaire\w*|aller vers|volet"
    # "sans messagerie (donc socle KO) a fait 4 interventions": what she did next
    r"|(?:a|ai|avait|avais) (?:fait|eu|pris|accueilli))\b)"
)
# What is no longer had: ", plus de MSP ni d'interventions", "…, mais plus d'étudiante" (not
# "plus de 3 interventions", a count)
NO_MORE_ITEM = re.compile(rf"(,|\(|\bmais|\bet) ?plus {_GONE}")  # "(plus de MSP ni …)" too
# "… non (rien fait)": the bracket only says the « non » again
NONE_AGAIN = re.compile(r"\b(non|rate\w*) \((?:rien(?: fait| du tout)?|aucune?|nada)\)")
# A block named alone, as a heading: "volet 2", "au volet 2"
BARE_BLOCK = re.compile(r"(au |le |du |dans le )?volet [12]")
# A second item told in a relative clause: "un dentiste membre d'une CPTS qui a validé ses 5
# indicateurs socles" is the CPTS, then the socle
WHO_ALSO_MET = re.compile(r" (?:et )?qui (?:a|avait|ont|avaient) (valide|atteint|rempli)\b")
# The whole block told after where it is: "au volet 2 tout validé sauf la coordination" is
# « volet 2 tout validé », not a heading for the items after it
BLOCK_LED_ALL = re.compile(r"\b(?:au|dans le|pour le|cote) (volet [12]|socle),? (tout|tous)\b")
HEADING = re.compile(r"(au|dans le|pour le|cote|en) (volet [12]|socle|options?|optionnels?)")
# What is left to get: "qu'est-ce qu'il me reste ?", "combien encore possible au-dessus ?"
REMAINING = re.compile(
    r"\b(il (me|lui|nous) reste|qu'il (me|lui|nous)? ?reste|ce qui reste|(me|lui) restait|"
    r"reste[- ]t[- ]il|encore possible|au[- ]dessus|ce qui (me |lui |nous )?manque|"
    # "je suis à combien du maximum ?", "il lui manque combien pour avoir le max ?"
    r"a combien du (max|maximum|plafond)|loin du (max|maximum|plafond)|"
    r"manque\w* (quoi|combien)( d'autre)? pour (avoir|etre|atteindre|arriver|toucher|"
    r"le max|le maximum|le plafond))\b"
)
# A loss asked against the scheme's maximum: "je perds combien par rapport au max ?"
# The gap to the most asked: "il me manquait combien pour avoir le max ?"
TO_MOST_ASKED = re.compile(
    r"\b(manqu\w*|reste\w*|ecart)\b[^.?]{0,30}\b(pour|jusqu'?au|du|au)( avoir| atteindre| "
    r"toucher| arriver a| aller au)?( le| au)? (max|maximum|plafond)\b"
)
FROM_MAX = re.compile(r"\b(par rapport|compare\w*|vis-a-vis) (au|a mon|du) (max|maximum|plafond)\b")
# Whether what a scheme paid is still paid: "ça rapporte encore quelque chose avec la Donum ?"
STILL_ASKED = re.compile(r"\b(encore|toujours|tjrs|continu\w*)\b[^.]*\?")
# One situation told for two years: "mêmes résultats en 2024 et en 2025", "pareil les deux
# années", "identique en 2025 et en 2026"
SAME_CASE = re.compile(
    r"\b(memes? (resultats?|indicateurs?|situation|chose|taux|chiffres|pourcentages|usages|"
    r"pratiques)|identiques?|"
    r"pareil(le)?s? (les deux|en|pour))"
)
# The later year told as the one before plus something: "en 2025 pareil mais j'ai accueilli
# en plus un étudiant", "idem + la CPTS"
# ("en outre", "également", "j'ai conservé les interventions": the year before's kept too)
ADDED_TO = re.compile(
    r"\b(pareil(le)?|idem|comme en 20[12]\d|en plus|de plus|en outre|egalement|conserve\w*)\b"
)
# The total of every year a story tells, asked at its end: "… total sur les 3 ans ?", "ça fait
# combien en tout sur les deux années ?", "total FAMI sur les 3 ans"
YEARS_SPAN = re.compile(
    r"\b(sur|pour|des|de ces|de mes|total) (les |ces |mes )?(\d|deux|trois|quatre|cinq) "
    r"(dernier(e)?s )?(ans|annees|exercices)\b"
    r"|\b(sur|pour|total) (de )?20[1-3]\d ?(-|–|a|au) ?20[1-3]\d\b"  # "Total sur 2023-2025 ?"
)
# The asker's own sum over two years, to check: "j'ai calculé 790 x 2 = 1 580 €",
# "2 x 1960 = 3 920 € sur les 2 ans"
YEARS_RECKONED = re.compile(
    r"(?:(?:j'?\s?ai |je me suis )?calcul\w* |je compte )?"
    r"(?:\d[\d ]*(?:[,.]\d+)? ?[x×*] ?2|2 ?[x×*] ?\d[\d ]*(?:[,.]\d+)?) ?= ?"
    r"(?P<amount>\d{1,3}(?: \d{3})*|\d+) ?(?:€|euros?\b)"
)
ALL_SUMMED = re.compile(r"\b(en tout|au total|total|cumul\w*|somme|additionn\w*)\b")
HOW_MUCH = re.compile(r"\b(combien|cb|cmb)\b")
# A total asked in one word after two years told: "total ?", "total des 2 ? (dentiste)"
BARE_TOTAL = re.compile(
    r"\W*(et )?(le |au )?total( des (2|deux)( ans| annees)?)?\s*\?\s*(\([^)]*\))?\W*$"
)
# Two years told apart, both added: "ça fait cb en tout ?", "les 2 versements ensemble ?"
TWO_ADDED = re.compile(rf"{ALL_SUMMED.pattern}|\b(les )?(deux|2) \w+ ensemble\b")
# One story, its total asked for each of two years: "… pas d'étudiant. Combien j'ai touché pour
# 2023 et combien pour 2024 ?"
EACH_YEAR_ASKED = re.compile(
    # "combien pour 2024 et pour 2025 ?", "cb 2024 cb 2025", "cb en 2025 et 2026 ?"
    r"\b(combien|cb|montants)\b[^?.]*\b((pour|en) )?20[1-3]\d,? (et )?(combien |cb )?((pour|en) )?"
    r"20[1-3]\d\b"
    # "cb chaque an", "cb par an ?"
    r"|\b(combien|cb|montants?)\b[^?.]{0,25}\b(chaque|par) an\b"
    # "En 2023 et en 2024 j'avais le socle … Combien j'ai touché chaque année ?"
    r"|\b(combien|cb) (j'?\s?ai|je|ai-je|on a|ca m'a|ca a)\b[^?.]*"
    r"\b(chaque annee|chacune des (deux )?annees|par annee|les deux annees)\b"
    # "cb pour chaque année svp", "ça donne cb chaque année ?", "le montant de chaque exercice"
    r"|\b(combien|cb|montants?)\b[^?.]{0,25}\b(chaque (annee|exercice)|"
    r"chacun des (deux |2 )?exercices|chacune des (deux |2 )?annees|"
    # « Quel montant par année et au total ? »
    r"par (annee|exercice)|annee par annee)\b"
)
# Each year's total asked: "ça me fait combien chaque année ?", "cb par an ?"
PER_YEAR = re.compile(
    r"\b(combien|cb)\b[^?.]{0,20}\b(chaque annee|par annee|par an|annee par annee)\b"
)
# A total said as one figure: "890 €", "3 080 € (440 points)" (not "entre 0 € et 650 €")
SURE_TOTAL = re.compile(rf"(\d{{1,3}}(?:[ {NNBSP}]\d{{3}})*)(?:,(\d\d))?{NNBSP}€(?: \([^)]*\))?\.?")
# Which of the items named pays most: "koi rapporte le plus, le SAS ou la coordination ?".
COMPARED = re.compile(
    # (not "une solution payante + un tensiomètre": the adjective, then a list)
    r"\b(rapporte\w*|pay(?!ant)\w*|vaut|valent|gagne\w*) (le (plus\b|\+)|plus\b(?! (que|de|d'))|\+)"
    r"|\bvaut[- ](il|t-il|-t-il) mieux\b|\blequel\b[^?]{0,40}\b(plus|mieux)\b"
    # "la visio vs les objets connectés, quelle différence en € ?": the gap in money
    r"|\b(difference|ecart)s? (en|de) (€|euros?|points?|pts)(?!\w)"
)
# The same worth asked of two items: "au lieu de la téléconsultation, des objets connectés.
# ça vaut pareil ?"
SAME_WORTH = re.compile(
    r"\b(vaut|valent|rapporte\w*|paye?\w*) (pareil|autant|la meme chose)\b"
    r"|\b(meme|pareil) (montant|valeur|nombre de points)\b"
)
# The same sum as a year before, counted on: "je peux compter sur le même montant ?"
SAME_SUM_KEPT = re.compile(
    r"\b(compter sur|toucher|toucherai|touche|avoir|aurai|recevoir|recevrai|garder|garde|"
    r"percevoir|percevrai) (le|la) meme (montant|somme)\b"
)
# Some of a group's items counted, not named: "le socle et 2 indicateurs optionnels"
OPTIONS_COUNTED = re.compile(
    r"(?<!les )(?<!des )(?<!mes )\b(?P<n>[1-9]|deux|trois|quatre) (?:indicateurs? |items? )?"
    r"(?:optionnels|options)\b(?! a \d)"
)  # (not « une option payante », nor « les deux options à 30 % », named)
# Each item's worth asked: "la valeur en euros de chacun des indicateurs suivants : …"
EACH_WORTH = re.compile(
    r"\bchacun(e)? des (indicateurs|items|suivants)\b|\b(valeur|montant) de chacun(e)?\b"
    r"|\b(vaut|valent|rapporte\w*|combien|cb)\b[^.?!]{0,30}\bchacun(e)?\b"
    r"(?! d(e|es) (ces |mes |ses )?(deux |2 |trois |3 )?(annees|ans|exercices))"
)
# All of an indicator's components: "tous les téléservices au-dessus des seuils (arrêts, …)".
EVERY_ONE = re.compile(r"\b(tous|toutes) (les|mes)\b")
# Nothing met on the item named after: "rien validé sur les téléservices", "rien fait pour le DMP"
NOTHING_DONE_ON = re.compile(
    r"(et )?(rien|aucun\w*) (de )?(valide|atteint|fait|eu|coche|declare)\w* "
    r"(sur|pour|cote|concernant|niveau|au niveau d\w*|en|dans)\b"
)
# "Rien sur les téléservices, le DMP, la messagerie ni le SAS": each one to the sentence's end
NOTHING_ON = re.compile(r"(et )?(rien|aucun\w*|zero) (sur|pour|cote|concernant|niveau)\b")
# What is missing, told first: "il me manque juste le SAS et les stagiaires".
LACKING = re.compile(r"(il )?(me |lui |nous )?manque(nt)? (juste |seulement |que |encore )?")
# An item's own status after a colon: "…, pas du tout dans les réseaux : socle ok".
OWN_STATUS = re.compile(
    r": [^:]*\b(ok|valide\w*|atteint\w*|bon)(?: (?:d'apres|selon|dixit) [^:]*)?\s*$"
)  # "… : socle ok d'après ma CPAM": who says so follows the status
# Nothing changed, then what is in place: "mon organisation ne change pas : logiciel …"
UNCHANGED = re.compile(
    r"\b(ne change pas|ne changera pas|ne bouge pas|n'a pas change|rien ne change|"
    r"reste (la meme|le meme|identique|pareil))\b[^:]{0,20}:"
)
# How one describes oneself, not an item: "plutôt bien équipé", "très informatisée".
DESCRIBED = re.compile(r"\b(bien|plutot|tres|assez|super|hyper) (equipe|informatise)e?s?\b")
# An amount the asker says they received: "j'ai reçu 5 355 € de forfait structure", "versé
# 4 550 €", "forfait 2025 = 3 080 €".
RECEIVED = re.compile(
    r"(?:\b(?:recu|touche|percu|eu|verse|versee|paye|payee|encaisse|vire|obtenu)|=|:|"
    r"\b(?:forfait(?: structure)?|fami|donum|dotation)(?: 20\d\d)? (?:fait|faisait)) "
    r"(?:de |un total de |environ |a peu pres )?"
    r"(\d{1,2}[ \u202f\u00a0]?\d{3}|\d{3,4}) ?(?:€|euros?)"
)
# A worth told of something, not an item: "chaque indicateur optionnel vaut 20 points".
WORTH_TOLD = re.compile(
    r"\b(vaut|valent|valai\w*|rapporte\w*|ferai\w*)\s+\d[\d\s,.]*\s*(points?|pts|€|euros?)?"
)
# Nothing reaching a level: "optionnels : rien au-dessus de 20 %".
NONE_ABOVE = re.compile(r"\brien (au[- ]dessus|ne depasse|n'atteint|d'atteint|de valide)")
# Who writes, not an item: "Bonjour, secrétaire.", "c'est la comptable".
SENDER = re.compile(
    r"(c'est |ici |je suis )?(la |le |votre )?(secretaire|secretariat|comptable|compta|"
    r"assistante?|cis)( medicale)?( ici| du cabinet)?"
    r"( du (?:dr|docteur) [\w-]+)?( \([\w -]+\))?"  # "je suis la secrétaire du Dr Martin"
    # "je suis secrétaire dans un cabinet de trois généralistes": where the writer works
    r"|(je suis|c'est) (la |le |votre )?(secretaire|comptable|assistante?)"
    r" (dans|au|a la|en) [\w' -]+"
)
# Who the case is told of: "pour un médecin ayant tout validé" names no indicator.
PRACTITIONER = re.compile(
    r"\b(pour |d')?(un|une) (medecin|praticien|praticienne|confrere|consoeur|dentiste|"
    r"chirurgien[- ]dentiste)( generaliste)?\b(?! traitant)( ayant| qui a| qui avait)?"
)
# A status alone: "ok (" after "volet 1" split from it.
BARE_STATUS = re.compile(r"\s*(ok|oui|valide\w*|atteint\w*|complet\w*|bon)?\s*")
# "le reste du volet 1 était bon": the block's other items, not the block whole
ALL_OPTIONS = re.compile(r"\b(toutes les|les (3|trois)) options\b")
REST_OF = re.compile(
    r"\breste (du|des|de (mon|son|ce|mes|ses)) (volet|socle|options?|optionnels?)"
    r"|\bautres (indicateurs|items|criteres) (du|de mon|de son) (volet|socle)"
)
# The CPTS through which one takes part in the SAS: "sauf le SAS (pas inscrit, pas de CPTS qui
# y participe)" tells of the SAS, not of the coordination
SAS_CPTS = re.compile(r"\bcpts (?:qui (?:y )?particip\w*(?: au sas)?|participante?s? au sas)")
# The exercice after a block's name: "volet 1 2025 refusé" is the block refused, not a figure
BLOCK_YEAR = re.compile(r"\b(volet [12]|socle) 20\d\d\b")
# A block's name heading one item of it and its status: amelipro's « volet 1 « Taux de
# télétransmission FSE : 61 % – non atteint » » is the item's line, not the block met
BLOCK_THEN_ITEM = re.compile(
    r"(?<!tout le )(?<!tout mon )(?<!tout son )\b(volet [12]|socle)\s*«\s*"
    r"(?!(ok|oui|non|atteint\w*|valide\w*|complet\w*|rate\w*|pas|tout|bon)\b)(?=[a-z])"
)
# A status alone, after an item told: "… : 61 % – non atteint"
STATUS_ALONE = re.compile(
    r"\W*(non atteinte?s?|pas atteinte?s?|non validee?s?|pas validee?s?|pas faite?s?|non faite?s?|"
    r"non|ko)\W*"  # "le reste du volet 2 non.", "le reste du volet 2 pas fait"
)
# An item whose label joins several needs: « logiciel Ségur avec MSSanté … et LAP certifié »
JOINT = re.compile(r" (avec|et) ")
NOTHING_ELSE = re.compile(
    # ("rien d'automatique à part ça": none of the items amelipro measures either)
    r"\b(rien d'? ?autre|rien d'automatique|rien de plus|c'est tout|aucun autre|aucune autre|"
    r"(a part|hormis|en dehors de) (ca|cela),? rien|sinon,? rien|rien (a part|hormis) (ca|cela)|"
    r"rien (du tout )?(au|en|dans le|cote) (volet 2|options?|optionnels?))\b"  # "rien au volet 2"
    # "…, mais pas les autres options": the rest missed, not the item before
    r"|\b(mais )?(pas|aucune?) (les |des |d')?autres?( options?| optionnels?| indicateurs?"
    r"| items?)?"
    r"\W*$"
)
# A condition told before its question with no comma: "si j'ai juste le socle je touche
# combien ?"
CONDITION_THEN = re.compile(
    r"\b(si (?:j'|on |il |elle )[^,;.?!]*?) ((?:je|j'|on|ca|cela) (?:perds?|perdrais|touche\w*|"
    r"gagne\w*|vais|aurai\w*|fait|ferait|donne\w*|rapporte\w*)\b|combien\b)"
)
# The one item told as all there is: "le socle seulement", "je n'ai que le volet 1".
ONLY_ITEM = re.compile(
    r"\b(seulement|uniquement)\b|\bn'(ai|avais|a) (eu )?que (le|la|les|l')|\bjuste (le|la|les|l')"
    r"|\b(j'ai|j'avais|on a|il a|elle a) (eu )?que (le|la|les|l')"  # "j'ai que le socle"
    # "en 2026 je n'aurai que le socle", "je pense n'avoir que le socle"
    r"|\bn'(aurai|aurais|aura|avoir) que (le|la|les|l')|\b(j'aurai|j'aurais) que (le|la|les|l')"
    r"|(?:^|:) ?que (le|la|les|l')"  # "2025 : que l'étudiant"
    r"|\b(volet [12]|socle) seul\b"  # "(volet 1 seul)"
)
# "tout validé sauf…", "tous les indicateurs sauf…": everything met but what follows.
# An item named by its worth: "les deux options à 60 (points)" are the indicators paying 60.
WORTH = re.compile(r"\ba (\d+)(?: ?(?:points|pts)\b|(?![\d,.]| ?%| ?€| ?euros?\b))")
# An item that is an amount alone: "490 + 100 + 300 + 350 €" are what each indicator pays.
AMOUNT_ITEM = re.compile(r"(?<![\d,./])(\d{2,4})(?! ?%)(?! ?\d)( ?(€|euros?|points?|pts))?(?!\w)")
# "Combien (d'euros) valait / rapportait l'équipement …": the worth of one thing named
WORTH_OF = re.compile(
    r"\bcombien (d'euros |de points )?(valai\w*|vaut|valent|rapportai\w*|rapporte\w*) "
    r"(l'|le |la |les |ce |cet |cette )"
    # "l'indicateur appli carte Vitale valait combien ?", not "ça rapporte combien ?"
    r"|\b(?:indicateur|equipement|bloc)\b[^?]* (valai\w*|vaut|valent|rapportai\w*) combien\b"
    # "Ça vaut combien cet indicateur ?"
    r"|\b(valai\w*|vaut|valent|rapporte) combien (cet|cette|ce|l') ?(indicateur|item|critere)\b"
    # "… le volet 2 complet c'était combien ?": the block's worth, not the story's total
    r"|\b(le |la )(volet [12]|socle)( complet| entier| en entier) (c'?etait|c'est|vaut|valait|"
    r"rapport\w*) combien\b"
)
# A story's closing question on what practitioners got on average: the published mean, not
# the total of what the story lists
OTHER_FIGURE_ASKED = re.compile(
    r"\b((montant|forfait|versement|somme)s? moyens?|en moyenne|"
    r"moyenne (nationale|versee|percue|touchee))\b"
)
# « la moyenne nationale »: its « nationale » names no item (the SAS's national platform)
NATIONAL = re.compile(r"(?<=\bmoyenne) nationale\b")
# One's own place against a figure: "je suis à combien de la moyenne ?", "au-dessus ?"
OWN_AGAINST = re.compile(r"\b(je suis|j'?\s?ai|suis-je|ca me (met|place)|je me situe)\b")
# A story's closing question on the scheme's true maximum (figures found disagree), not on
# the asker's total
SCHEME_MAX_ASKED = re.compile(
    r"\b(le|du|au) (vrai|veritable|bon|reel) (maximum|max|plafond)\b"
    r"|\b(ce|le) (maximum|plafond) theorique\b|\bdonner ce (maximum|plafond)\b"  # "ce maximum"
    rf"|{BLOCK_MAX_ASKED.pattern}"
)
# The exception said before the whole: "à l'exception du socle tout bon" is "tout bon sauf le
# socle" (the whole, then what it leaves out)
EXCEPT_FIRST = re.compile(
    r"\b(?:sauf|hormis|excepte|mis a part|a part|a l'exception) (?:d[eu]s? |de la |de l')?"
    r"(?!(?:ca|cela|ceci)\b)([^,;.?]+?),? "  # "à part ça, tout est bon": the rest
    r"(tout (?:est |etait |c'est )?(?:bon|ok|valide\w*|atteint\w*|coche\w*))\b"
)
# "j'avais 300 points au volet 2": what a block paid item by item brought, told whole
BLOCK_POINTS = re.compile(
    r"\b(?P<n>\d{1,4}) ?(?:points?|pts?) (?:au|du|de|dans le|sur le|pour le|en) "
    r"(?P<block>volet ?(?:2|deux))\b"
    # "mon volet 2 qui faisait 310 pts", "Volet 2 : 425 points" (a pasted statement's line)
    r"|\b(?P<block2>volet ?(?:2|deux))(?: qui (?:faisait|fait|valait|vaut|rapportait)| ?:) "
    r"(?P<n2>\d{1,4}) ?(?:points?|pts?)\b"
)
# "… (2025's story). C'est quoi le maximum que je peux espérer pour 2026 ?": another year's most
MAX_OF_YEAR = re.compile(rf"\b({MAXIMUM}|max|plafond)\b[^?.]*\b(pour|en) (?P<year>20[1-3]\d)\b")
FIRST_PERSON = re.compile(r"\b(je|j'|me|m'|mon|ma|mes|moi|on|nous)\b|\bj'|\bm'")
# What the asker is told, not what is theirs: "pouvez-vous me donner ce maximum ?"
TELL_ME = re.compile(r"\b(?:me|m') ?(?:donner|dire|rappeler|indiquer|preciser|confirmer)\b")
# "1 800 factures au total": a count's total, no total asked
# "1 200 actes au total", "92 % du total": a count or share of a total, no total asked
COUNTED_TOTAL = re.compile(
    r"\d[\d ]* (\w+ ){1,2}au total\b|\b(du|de leur|de mon|de ma|sur le|sur mon) total\b"
)
ALL_MET = re.compile(
    # "socle tout ok": the block's indicators, not everything
    r"(?<!socle )(?<!volet 1 )(?<!volet 2 )(?<!socle : )(?<!volet 1 : )(?<!volet 2 : )"
    r"(?<!socle: )(?<!volet 1: )(?<!volet 2: )(?<!socle \()(?<!volet 1 \()(?<!volet 2 \()"
    r"\b(tout|tous les indicateurs(?: du (?:fami|forfait structure|fs|donum|dotation numerique))?)"
    r"( est| a| etait| etaient| sont| au)? "
    r"(valide\w*|bon|ok|vert|atteint\w*|rempli\w*|coche\w*|fait)\b"
    # "tout bon sur le socle", "tout validé côté téléservices": that part's, not everything
    r"(?! (sur|pour|au|du|dans|a) (le |la |les |mon |ma |mes )?(socle|volet|teleservice|option))"
    r"(?! (cote|au niveau|niveau)\b)"
    r"|\btout sauf\b|\b(j'?\s?ai|il a|elle a|on a) (eu )?tout eu\b"  # "j'ai tout eu, 1 240 €"
    # "j'avais tout le forfait structure sauf le SAS"
    r"|\btout (le|mon) (forfait structure|forfait|fami|donum)( \d{4})? sauf\b"
    # "j'étais à 100 % du forfait structure 2025 sauf le SAS"
    r"|\ba 100 ?% (du|de mon) (forfait structure|forfait|fs|fami|donum)( \d{4})? sauf\b"
    r"|\ba 100 ?% (partout|sur tout|sur tous les indicateurs)\b"  # "si je suis à 100 % partout"
    r"|\b(je vise|viser|je valide|valider) tout\b"  # "en 2026 je vise tout dans la Donum"
    # "En 2026 je pense avoir tout au Donum", "le Donum complet", "la Donum au max"
    # (not "je pensais avoir tout validé", a belief the amount received belies)
    r"|(?<!pensais )(?<!pensait )(?<!croyais )(?<!croyait )"
    r"\b(avoir|j'aurai|j'aurais|je vais avoir) tout\b(?! (sauf|compris|lu|faux))"
    r"|\b(le|la|une?) (donum|dotation numerique) complete?\b"
    # "un médecin ayant validé l'ensemble des indicateurs, à l'exception de …"
    r"|\bvalide\w* (l'ensemble des|tous les) indicateurs\b"
    r"(?! (du|de|des|au|sur|pour|dans) (la |le |les )?(volet|socle|option|teleservice))"
    r"(?! (socles?|obligatoires|optionnels)\b)"  # "validé tous les indicateurs socles": those
    # "pas de coordination. Si je fais absolument tout le reste, …": all but what is denied
    r"|\b(je fais|je valide|je coche|j'ai|je remplis) (absolument )?tout le reste\b"
    r"(?! (du|de la|des) (volet|socle))"  # (« tout le reste du volet 1 »: that block's)
    # "volet 1 + volet 2 au complet ça donnait combien ?": both blocks whole
    r"|\bvolets? (1|un) ?(\+|et|&) ?(volet )?(2|deux) (au complet|complets?|en entier)\b"
)
# An item's acronym in brackets after its name: « la prescription électronique de transport
# (SPE) »
ACRONYM_ASIDE = re.compile(
    r"(?<=[a-z])\s*\((?:aat|pse|dmt|spe|dsg|cm at-?mp|dmp|mss|mssante|mes|fse|apcv|lap)\)"
)
# A block the question adds to what was told: "combien au total avec le volet 1 ?"
WITH_BLOCK = re.compile(r"\b(?:avec|plus|en comptant|y compris) (?:le |mon )?(volet 1|socle)\b")
# A block told as the condition of the sum asked: "combien je touche si socle + coordo ?"
# (not "si le socle passe pas", a miss supposed; "avec le volet 1" is `WITH_BLOCK`'s)
BLOCK_SUPPOSED = re.compile(
    r"\bsi (?:j'?ai |g |on a |je valide |j'?ai valide )?(?:(?:le|mon|tout le) )?"
    r"(?:volet 1|socles?)\b(?![^,;.?!]*\b(?:pas|non|rate|manque|ko|saute|perd\w*)\b)"
)
# Every block of a scheme, listed: "socle et optionnels", "volet 1 + volet 2"
EVERY_BLOCK = re.compile(
    r"\bsocle (et|\+) (les |ses |tous les )?(options|optionnels)\b"
    r"|\bvolet 1 (et|\+) (le )?volet 2\b"
)
# "sans le SAS et sans la coordination, le max possible ?": all but the items said without
# (one item alone is `RuleFacts`' « le max sans l'étudiant »)
MOST_WITHOUT = re.compile(
    r"\bsans\b[^.?!]{0,60}\b(le |au )(max|maximum|plafond)\b"
    r"|\b(le |au )(max|maximum|plafond)( possible)?\b[^.?!]{0,30}\bsans\b"
)
# The most left asked after items said missed only: "… pas d'aller vers, combien au max ?"
MOST_LEFT = re.compile(
    r"\b(combien|cb)\b[^?.]{0,30}\bau (max|maximum)\b|\b(le )?(max|maximum|plafond) possible\b"
)
# "tout est ok pr le forfait structure : logiciel, horaires, un externe": the list is the all
LISTED_AFTER = re.compile(r"[^.!?:]{0,40}: ?\w")
# "tout ok (socle + coordination)": the brackets list what the « tout » is
LISTED_WITHIN = re.compile(r" ?\(([^()]*(\+|,|/| et )[^()]*)\)")


# "2025 tout ok + CPTS", "tout bon plus la coordo": an item added to « tout » is not in it, so
# « tout » is the block every other one needs (the socle, the volet 1), not every indicator
ALL_PLUS = re.compile(
    r"\btout (est |était |etait )?(ok|bon|validé|valide|atteint|vert)"
    r"(?= ?(\+|,? ?(et )?(en )?plus\b|,? ?avec (la|le|l'|les|un|une|mon|ma|mes)\b))",
    re.IGNORECASE,
)

# "en 2024 j'ai fait 2 interventions en EHPAD, en 2025 j'en ai fait 5": the count told again
# by « en » is of the last thing counted before it
COUNTED_THING = re.compile(
    r"\b\d+ ((?:interventions?|rcp|r[ée]unions?|s[ée]ances?|actions?)\b"
    r"(?: (?:en|dans|aupr[èe]s d[eu']s?) ?[\w'’-]+)?)",
    re.IGNORECASE,
)
COUNT_AGAIN = re.compile(  # (typed "jen ai fait 4" too)
    r"\bj['’]?en (ai|avais) (fait|eu|r[ée]alis[ée]) (\d+)\b", re.IGNORECASE
)


def _story_sentences(text: str, clause: re.Pattern[str] = YEAR_CLAUSE) -> list[str]:
    """A story's sentences, a line of its own ending one (« - 2023 : socle ✓ … » then « -
    2024 : idem + ApCV »), and each clause a year opens (`clause`) told as one."""
    lines = (x for line in text.strip().splitlines() for x in SENTENCE_END.split(line.strip()))
    return [p for x in lines if x for p in clause.split(x)]


# « ne … que », « n'… jamais … que »: only what follows, nothing denied (« elle n'a jamais validé
# que le socle », « il n'a eu que le volet 1 »)
# The check asked before the sum: « c bon si je compte 280+120+200 = 600 pts ? » is read as
# « je compte 280+120+200 = 600 pts, c bon ? »
CHECK_FIRST = re.compile(
    r"\b(c'?est|c) (bon|juste|correct) si (je compte|j'?ai compte|je calcule|j'?ai calcule|"
    r"je trouve)\b([^?]*?)\s*\?\s*$",
    re.IGNORECASE,
)
# … typed without its « ne »: « jai jamais eu que le volet 1 en 2017 2018 et 2019 »
ONLY_EVER = re.compile(
    r"\bj'?ai jamais (?:valide|eu|touche|fait|coche)e?s? que\b(?! ?\d)", re.IGNORECASE
)
ONLY_THAT = re.compile(
    r"\b(?:n'|ne )(a|ai|avait|avais|ont)(?: jamais)? (valide|eu|touche|fait|coche)e?s? que\b"
    r"(?! ?\d)",  # (not « je n'ai eu que 490 € »: an amount received)
    re.IGNORECASE,
)


# Why items are missed, in brackets after them, the items taken up by a pronoun: « sauf les
# ordonnances numériques (mon logiciel le gérait pas) » tells no software missed
WHY_BRACKETED = re.compile(
    r"\s*\((?=[^()]*\b(?:ne |n')?(?:le|la|les|l') ?\w+ (?:pas|plus|jamais)\b)[^()]{3,80}\)"
    # "FSE tombé à 60% (gros souci de lecteur carte vitale)": why the rate fell
    r"|(?<=%)\s*\((?=[^()]*\b(?:soucis?|probl[eè]mes?|pannes?|bugs?|gal[eè]res?)\b)[^()]{3,80}\)"
    # "FSE 65 % (remplaçant qui faisait tout en papier)": who or what made it fall
    r"|(?<=%)\s*\((?=[^()]*\b(?:rempla\w+|papier|lecteur|car|parce|cause|suite)\b)[^()]{3,80}\)"
)

# A block told met, then what it holds in brackets: "socle ok (tous mes taux au-dessus de 85
# %)" is the block met, not its one item (a bracket that takes something back is read)
BLOCK_DETAIL = re.compile(
    r"(\b(?:socle|volet (?:1|un))\b[^.()]{0,20}\b(?:ok|valid\w*|atteint|complet|bon)\b"
    r"|\btout (?:le |mon )?(?:socle|volet (?:1|un))\b)\s*"
    r"\((?![^()]*\b(?:sauf|pas|mais|sous|manqu\w*|non|moins|hors|sans)\b)[^()]{3,80}\)",
    re.IGNORECASE,
)

# Items forgotten at the declaration are not paid: "j'ai oublié de déclarer ma CPTS et mon
# externe" is read "pas de ma CPTS ni mon externe" (not the whole declaration forgotten)
FORGOT_ITEMS = re.compile(
    r"\b(?:j'?\s?ai |j'?\s?avais |il a |elle a |on a )?(?:oubli|zapp)[eé]e?s? (?:de |d')"
    r"(?:d[eé]clarer|saisir|cocher|renseigner|mettre) "
    r"(?!(?:mes|les|ses|nos) (?:indicateurs|d[eé]clarations?|saisies?)\b)"
    r"(?!(?:ma|la|sa|mon|le|son) (?:d[eé]claration|saisie|fami|forfait|donum|dotation)\b)"
    r"([^.;!?,\U0001F000-\U0001FFFF]*?)"
    r"(?= pour | en 20| dans |\s*[.;!?,\U0001F000-\U0001FFFF]|\s*$)",
    re.IGNORECASE,
)
# "je n'ai rien déclaré pour le codage ou les services aux patients": those items denied
NOTHING_FOR = re.compile(
    r"\b(?:je n'?\s?ai |j'?\s?ai |il n'a |elle n'a |on n'a |n'ai )?rien (?:d[eé]clar[eé]|coch[eé]|"
    r"saisi|valid[eé]) (?:pour|sur|c[oô]t[eé]) ([^.;!?,:]*?)(?=\s*[.;!?,:]|\s*$)",
    re.IGNORECASE,
)
# (« codage des données et maître de stage »: an item with no article too)
LIST_AND = re.compile(r"\bet (?!(?:du coup|donc|alors|puis|je|j'|il|elle|on|ca|c'|sa|ses)\b)")


# A qualifier shared by the items listed before it: « CM AT-MP, DSG, SPE et DMP tous sous
# les 20 % », « (CM AT-MP, DSG, SPE) je suis en dessous »: each item below, not the last only
SHARED_BELOW = re.compile(
    r"(?:\s*(?:\.{2,}|…|,?\s*etc\.?))?"  # « (DMP, ordonnances, SPE, DSG...) sont sous 30 % »
    r"\)?\s*(?:(?:je suis|j'suis|jsuis|on est|il est|elle est|ils sont|elles sont|sont|tous|"
    r"toutes|tjrs|toujours|encore)\s+)*"
    r"(?P<q>sous (?:les |la |le |l')?(?:\d+(?:[,.]\d+)?\s?%|objectifs?|cibles?|seuils?)"
    r"|en[- ]dessous(?: (?:de |des |du )?(?:\d+(?:[,.]\d+)?\s?%|l'objectif|la cible|seuils?))?"
    r"|au[- ]dessous"
    # « CM AT-MP / DSG / SPE je suis très loin », « loin du compte »
    r"|(?:(?:tres|trop|bien|encore) )?loin"
    r"(?: du compte| des? (?:l')?(?:objectifs?|cibles?|seuils?))?)",
    re.IGNORECASE,
)
LIST_SPLIT = re.compile(r"\s*(?:,|/|\+|\bet\b|\bni\b)\s*", re.IGNORECASE)
LIST_START = re.compile(r"[.;:!?(]|\n")
# (an item already judged or counted is not in the shared list: « socle ok, DMP … »)
ITEM_JUDGED = re.compile(
    r"\d|\b(ok|valid\w*|atteint\w*|bon|bons|oui|non|pas|rien|tout)\b", re.IGNORECASE
)


# « horaires sur l'annuaire santé »: the directory, whose « santé » names no messaging of Mon
# espace santé once the hours are counted in the volet 1 told met
HOURS_DIRECTORY = re.compile(r"\b(annuaire)(?: de)? sant[ée]\b", re.IGNORECASE)
# "une maison de santé pluriprofessionnelle": an MSP, whose « santé » is no MSSanté
HEALTH_HOUSE = re.compile(
    r"\bmaison (?:de sant[ée]|m[ée]dicale)(?: pluri(?:professionnelle|disciplinaire))?\b",
    re.IGNORECASE,
)


def _denied_beside(m: re.Match[str]) -> str:
    """ "…, le SAS (pas de DMP)": the bracket apart from the item; not "pas le socle (pas de
    MSSanté)", the item denied with its cause."""
    clause = re.split(r"[,;:.!?]", m.string[: m.start()])[-1]
    return m[0] if NEGATION.search(clause) else f", ({m[1]})"


def _shared_below(text: str) -> str:
    """Each item of a list given the qualifier said once after it (`SHARED_BELOW`): the
    plain items told last before it (« socle ok, DMP 40 %, CM AT-MP, DSG et SPE tous sous les
    30 % »: the three)."""
    m = SHARED_BELOW.search(text)
    if m is None:
        return text
    head = text[: m.start()]
    starts = [x.end() for x in LIST_START.finditer(head)]
    start = starts[-1] if starts else 0
    seps = list(LIST_SPLIT.finditer(head, start))
    spans = zip(
        [start, *(x.end() for x in seps)], [*(x.start() for x in seps), len(head)], strict=True
    )
    plain: list[str] = []
    for a, b in reversed(list(spans)):  # the items told last, up to one judged or counted
        item = head[a:b].strip()
        if not item:
            continue
        if ITEM_JUDGED.search(item) or len(item.split()) > 4:
            break
        plain.insert(0, item)
        start = a
    if len(plain) < 2:
        return text
    said = m["q"] if re.search(r"\d|objectif|cible|seuil", m["q"]) else "non atteint"
    spread = ", ".join(f"{x} {said}" for x in plain)
    return f"{text[:start]} {spread}{_shared_below(text[m.end() :])}"


def _forgot_items(text: str) -> str:
    def negated(m: re.Match[str]) -> str:
        ends = text[m.end() : m.end() + 1] in ("", ".", ";", "!", "?", ",")
        return "pas de " + LIST_AND.sub("ni ", m[1]) + ("" if ends else ",")

    def nothing(m: re.Match[str]) -> str:
        return "pas de " + re.sub(r"\b(?:et|ou) ", "ni ", m[1])

    return NOTHING_FOR.sub(nothing, FORGOT_ITEMS.sub(negated, text))


# A bracket that only says « not » again: "sauf l'étudiant (pas pris)"
# Someone who wants the answer, not an item: "Mon comptable veut savoir ce que ça a rapporté"
ASKER_FRAME = re.compile(
    r"\b(?:mon|ma|notre|le|la|son|sa) (?:expert-comptable|comptable|compta|secr[eé]taire|"
    r"associ[eé]e?|coll[eè]gue|conjointe?|femme|mari)\s+(?:me )?(?:veut|voudrait|aimerait|"
    r"souhaite|demande|cherche [àa])(?: de)?(?: savoir| conna[iî]tre)?(?: ce que| si| combien)?\b",
    re.IGNORECASE,
)
# A free offer set aside beside a paid one: "téléconsultation payante (pas la gratuite)" denies
# no item
FREE_DENIED = re.compile(
    r",?\s*\(?\b(?:pas|et non|non) (?:la |le |l'|une |un |celle |celui )?"
    r"(?:version |offre |solution )?gratuite?s?\b\)?",
    re.IGNORECASE,
)
NOT_AGAIN = re.compile(
    r"\s*\((?:pas|non|jamais) (?:pris|eu|fait|valid[eé]|atteint|coch[eé]|d[eé]clar[eé]|"
    r"r[eé]ussi|obtenu)e?s?\)",
    re.IGNORECASE,
)

# A year told by its maximum reached: "2024 j'ai eu le max, 1240." is every item met
MOST_HAD = re.compile(
    r"\b(?:j'?\s?ai|j'?\s?avais|il a|elle a|on a) (?:eu|touch[eé]|fait|valid[eé]) "
    r"(?:le|au) max(?:imum)?\b(?:,? ?(?:soit |donc )?\d[\d \u202f]*(?: ?€| ?euros?\b)?)?",
    re.IGNORECASE,
)

# A total told first as someone's figure, then checked alone: "mon éditeur me simule 2 520 €
# de Donum pr 2026. socle ok, … c juste ?" is read "… 2 520 €, c'est bien ça ?"
CHECK_ONLY = re.compile(
    r"(?:c'?est |c )?(?:bien )?(?:juste|correct|exact|bon|[cç]a)(?: ou pas)?\s*\?\W*",
    re.IGNORECASE,
)
CLAIMED_FIRST = re.compile(
    r"\b(?:simul|estim|calcul|annonc|trouv|affich|pr[eé]v|dit|compt)\w*\b[^.?!\d]{0,30}?"
    r"(\d{1,2}[ \u202f]\d{3}|\d{3,4}) ?(?:€|euros?\b)",
    re.IGNORECASE,
)


def _claim_to_check(text: str) -> str:
    """A figure claimed in the first sentences, checked by a bare closing question: the
    figure moved to the question, where a checked total is read."""
    head, _, last = text.rstrip().rpartition(". ")
    if not head or not CHECK_ONLY.fullmatch(last.strip()):
        return text
    claims = list(CLAIMED_FIRST.finditer(head))
    if len(claims) != 1 or len(EARLIER_EUROS.findall(fold(head))) != 1:
        return text
    m = claims[0]
    told = head[: m.start(1)] + head[m.end() :]
    return f"{told}. {m[1]} €, c'est bien ça ?"


# The SAS shown « non atteint » on a statement while the asker tells taking part: the display
# (the departments without the national platform), not the asker's case; its pitfall says to
# contest it with the CPAM
NO_PLATFORM = re.compile(
    r"\b(?:n'utilis\w*|n'a|n'avait|sans) (?:pas )?(?:de |la )?plateforme(?: nationale)?"
    r"(?: du sas)?",
    re.IGNORECASE,
)
AS_SHOWN = re.compile(r"\b(?:tel|telle|tels|telles|comme) qu'(?:affich|indiqu)\w*", re.IGNORECASE)
SHOWN = re.compile(r"\b(?:affich|marqu|indiqu|not|appara)\w*", re.IGNORECASE)
SAS_TAKEN_PART = re.compile(
    r"\b(?:particip\w*|inscrit\w*|ouvr\w*|fais|fait)\b[^.]{0,40}\bsas\b"
    r"|\bsas\b[^.]{0,60}\b\d+ ?(?:h|heures?)\b",
    re.IGNORECASE,
)


def sas_shown_missed(text: str) -> str:
    """The SAS shown « non atteint » on a statement read as a display, when the asker tells
    taking part (« je fais 2 h de SAS … mon relevé affiche « non atteint » »)."""
    if not SAS_TAKEN_PART.search(text) or AS_SHOWN.search(text):
        return text  # ("quel total tel qu'affiché ?": the statement's own figures asked)

    def shown(m: re.Match[str]) -> str:
        return "à tort" if SHOWN.search(text[max(0, m.start() - 45) : m.start()]) else m[0]

    text = NO_PLATFORM.sub("a sa propre plateforme", text)  # (no SAS denied by « pas »)
    return re.sub(r"non atteint", shown, text, flags=re.IGNORECASE)


# « sauf que » before what was added: "rien changé sauf que j'accueille une stagiaire" adds
# it (not « sauf que j'ai arrêté la CPTS »)
ADDED_EXCEPT = re.compile(
    r"\bsauf qu(?:e |')(?=(?:j'|je |j|il |elle |on )\s?(?:accueill|fais|rejoin|particip|ajout|"
    r"prends|ai (?:pris|rejoint|ajout|accueilli|fait|eu)\b"
    # « pareil, sauf qu'il a en plus accueilli un étudiant »: added, though « sauf »
    r"|(?:a|ai|avons|s'est|me suis) en plus\b))",
    re.IGNORECASE,
)
# … and after an item stopped: « sauf qu'il a arrêté l'ApCV et qu'il s'est en plus équipé
# d'une vidéo » stops the one and adds the other
ADDED_AFTER_EXCEPT = re.compile(
    r"(\bsauf qu[^.;?!]*?),? et qu(?:e |')(il|elle|je|on|j') ?(a|ai|s'est|me suis) en plus\b",
    re.IGNORECASE,
)

# What another year paid, told as context: "qui avait 3 500 € de forfait structure en 2025"
_PAID_VERB = r"\b(?:avai\w*|a eu|ai eu|avait eu|touch\w*|recu|percu)\b"
_EUROS = r"\d[\d \u202f\u00a0]*(?:€|euros?\b)"
PAST_AMOUNT = re.compile(
    rf"[^.;:()?!]*?{_PAID_VERB}[^.;:()?!]*?{_EUROS}[^.;:()?!]*?\b20[1-3]\d\b[^.;:()?!]*"
    rf"|[^.;:()?!]*?\b20[1-3]\d\b[^.;:()?!]*?{_PAID_VERB}[^.;:()?!]*?{_EUROS}[^.;:()?!]*"
)
DEADLINE_ASKED = re.compile(
    r"\b(dates? limites?|butoir|jusqu'?a quand|(dates?|periode|delai)s? de (declaration|saisie))\b"
)
ALL_IN_YEAR = re.compile(r"\btout (en|pour) (20[1-3]\d) sauf\b", re.IGNORECASE)


def _prepared(text: str, case: Case | None) -> str:
    """The text as `RuleSums.fact` reads it: its shorthands spelled out, the items done after
    the year's end moved out of it."""
    text = _done_later(without_frame(text), case)  # "Message de ma secrétaire :", « FS … = »
    text = _partner_aside(text)  # "… Son associé, lui, a tout validé sauf l'étudiant. Elle ?"
    text = SHORT_VOLET.sub(r"volet \1", text)  # "fs 2024 v1 + sas"
    text = AFTER_ASKED.sub("", text)  # "… total ? (dentiste)": the question closes it
    text = AMOUNT_OF_SCHEME.sub(r"\1", text)
    text = BARE_CHECKED.sub(r"\1 €\2", text)
    text = WITH_ADDENDUM.sub(r"\1", text)  # the volet 1's software, not the ApCV's use
    text = WITH_THE_APP.sub(r"\1 carte Vitale", text)  # "des FSE avec l'appli": its use
    text = REST_WITHIN.sub(r", \1,", text)  # "FSE à 65 % (le reste du socle est bon)"
    text = TAKEN_BACK.sub("pas de ", text)  # "(en fait non pour les objets connectés, …)"
    text = WHY_BRACKETED.sub("", text)  # "sauf les ordonnances (mon logiciel le gérait pas)"
    text = NOT_AGAIN.sub("", text)  # "sauf l'étudiant (pas pris)"
    text = FREE_DENIED.sub("", text)  # "téléconsultation payante (pas la gratuite)"
    text = ASKER_FRAME.sub(" ", text)  # "Mon comptable veut savoir ce que …"
    text = MOST_HAD.sub("tout validé", text)  # "2024 j'ai eu le max, 1240."
    text = CHECK_FIRST.sub(r"\3\4, \1 \2 ?", text)  # "c bon si je compte 280+120 = 400 pts ?"
    text = _claim_to_check(text)  # "mon éditeur me simule 2 520 € … c juste ?"
    text = BLOCK_DETAIL.sub(r"\1", text)  # "socle ok (tous mes taux au-dessus de 85 %)"
    text = _forgot_items(text)  # "j'ai oublié de déclarer ma CPTS et mon externe"
    text = _shared_below(text)  # "CM AT-MP, DSG et SPE tous sous les 20 %"
    text = HOURS_DIRECTORY.sub(r"\1", text)  # its « santé » is no Mon espace santé
    text = HEALTH_HOUSE.sub("MSP", text)
    text = ADDED_AFTER_EXCEPT.sub(r"\1. Et en plus \2 \3", text)
    text = ADDED_EXCEPT.sub("et en plus ", text)  # "rien changé sauf que j'accueille …"
    text = ALL_IN_YEAR.sub(r"\1 \2 tout sauf", text)  # "tout en 2023 sauf …"
    text = ALL_PLUS.sub("socle ok", text)  # "tout ok + CPTS": the socle and the CPTS
    text = _count_named(text)  # "… 2 interventions en EHPAD, en 2025 j'en ai fait 5"
    text = YEAR_ALL.sub(r"\1 tout validé", text)  # "2024 : tout sauf la CPTS. 2025 : tout."
    text = ONLY_THAT.sub(r"\1 seulement", text)  # « elle n'a jamais validé que le socle »
    text = ONLY_EVER.sub("j'ai seulement", text)  # « jai jamais eu que le volet 1 » (SMS)
    if case is not None and case.dispositif.dispositif == "dotation_numerique":
        text = KIT_CONFORMING.sub("logiciel Ségur à jour", text)  # the Donum's software
    return text


# A sentence on the partner of the practitioner told of ("Son associé, lui, a tout validé
# sauf l'étudiant."), and a question that asks of either or both
PARTNER_TOLD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:et )?(?:son|sa|ses) (?:associ[eé]e?s?|coll[eè]gues?|confr[eè]res?|"
    r"cons(?:oe|œ)urs?|voisine?s?)\b[^.?!]*[.!]",
    re.IGNORECASE,
)
PARTNER_ASKED = re.compile(
    r"\b(associ|coll[eè]gue|confr[eè]re|cons(oe|œ)ur|voisin|les deux|tous les|total|ensemble|"
    r"cabinet|chacun)",
    re.IGNORECASE,
)


def _partner_aside(text: str) -> str:
    """The message without what it tells of the partner of the practitioner asked about,
    unless the closing question asks of the partner or of both."""
    if not PARTNER_TOLD.search(text):
        return text
    *told, last = SENTENCE_END.split(text.strip())
    if not told or PARTNER_ASKED.search(last):
        return text
    return PARTNER_TOLD.sub(" ", " ".join(told)) + " " + last


def _place_again(earlier: str, later: str) -> str:
    """A place the year before counted interventions in, named alone the next year (« 2024 :
    3 interventions en EHPAD. 2025 : socle, EHPAD et CPTS »): the same interventions."""
    for m in COUNTED_THING.finditer(earlier):
        place = m[1].split()[-1]
        if len(m[1].split()) < 3 or len(place) < 3:
            continue  # (« 3 interventions » with no place)
        # (not « plus d'EHPAD », « en EHPAD », « l'EHPAD »: none, or told with its count)
        alone = rf"(?<![\w'’-])(?<!en )(?<!dans )(?<!de ){re.escape(place)}\b"
        if re.search(alone, later, re.IGNORECASE) and not COUNTED_THING.search(later):
            return re.sub(alone, m[0], later, count=1, flags=re.IGNORECASE)
    return later


def _count_named(text: str) -> str:
    """ "… j'en ai fait 5" read "j'ai fait 5 interventions en EHPAD", after the last thing
    counted before it; as told when nothing was counted."""

    def named(m: re.Match[str]) -> str:
        before = [c[1] for c in COUNTED_THING.finditer(text, 0, m.start())]
        return f"j'{m[1]} {m[2]} {m[3]} {before[-1]}" if before else m[0]

    return COUNT_AGAIN.sub(named, text) if "en " in text else text


def _rest_met(folded: str) -> bool:
    """« le reste ok » said of a story's other items, unless a colon lists what the rest is
    (« Le reste validé chaque année : volet 1 + MSP »)."""
    m = REST_MET.search(folded)
    return m is not None and not re.match(r"[^.!?:]{0,25}: ?\w", folded[m.end() :])


REST_BLOCK = re.compile(r"\breste (?:du|de la|des) (volet (?:1|2|un|deux)|socle)\b")


def _rest_block(folded: str) -> str | None:
    """The block « le reste » is said of (« le reste du volet 1 est ok »: `volet_1`), or None."""
    m = REST_MET.search(folded)
    named = REST_BLOCK.search(m[0]) if m is not None else None
    if named is None:
        return None
    return named[1].replace(" un", " 1").replace(" deux", " 2").replace(" ", "_")


# A list ending just before « tout est vert », in the same sentence: « … DMP, MSP et SAS, »
LIST_BEFORE = re.compile(r"(?:[,+][^,.;:?!+]{2,40}){2,}(?:,| et [^,.;:?!]{2,40},) $")


def _all_met(folded: str) -> re.Match[str] | None:
    """Everything told met, unless a colon or brackets list what the « tout » is."""
    m = ALL_MET.search(folded)
    listed = LISTED_AFTER.match(folded, m.end()) if m is not None else None
    listed = listed or (LISTED_WITHIN.match(folded, m.end()) if m is not None else None)
    if m is not None and "sauf" not in m[0] and LIST_BEFORE.search(folded[: m.start()]):
        return None  # "volet 1, ApCV, MSP et SAS, tout est vert sur amelipro": those items
    if m is None or listed is None or "sauf" in m[0] + listed[0]:
        return m  # "tout sauf le stagiaire : socle, …": the list is what is met
    if EVERY_BLOCK.search(listed[0]):
        return m  # "si je valide tout, socle et optionnels": the list is everything
    return None


class RuleSums:
    """Built on the calculator's `RuleAnswers` (same words, same cases)."""

    def __init__(self, rules: RuleAnswers) -> None:
        self.rules = rules
        # read once per text and per scheme, not once per item a story names (`path_told`)
        self._told_memo: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._scheme_words_memo: dict[str, frozenset[str]] = {}

    def fact(
        self,
        text: str,
        ans: Answer,
        case: Case | None,
        today: dt.date | None = None,
        whole: bool = False,
    ) -> Fact | None:
        """The total for what the question lists, on `case`; None when it lists fewer than
        two things (one indicator is `RuleAnswers`' or `RuleFacts`' to answer), unless the
        text is one year's `whole` case in a story (« fami 2023 socle ok » then 2024). On the
        draft text, what the text retained gives for the same items follows."""
        late = _late_note(text, case)
        text = _prepared(text, case)
        found = self._block_missed(text, case) or self._fact_on(text, ans, case, today, whole)
        if found is not None and late and found.asked == "somme":
            found = replace(found, lignes=(*found.lignes, late))
        found = self._if_unsure(text, ans, case, today, found)
        found = self._if_part_time(text, ans, case, today, found)
        found = _beside_mean(text, case, found)
        if found is None or case is None or case.dispositif.statut != "projet" or today is None:
            return found
        retained = self._retained(text, case, today)
        return replace(found, lignes=(*found.lignes, retained)) if retained else found

    def _if_unsure(
        self, text: str, ans: Answer, case: Case | None, today: dt.date | None, found: Fact | None
    ) -> Fact | None:
        """ "… l'addendum SESAM-Vitale je sais pas si c'est à jour. Ça fait combien ?": the
        item in doubt is counted missed; the total with it met follows, when it differs."""
        if found is None or not found.titre.startswith("Total estimé") or case is None:
            return found
        folded = fold(text)  # "je sais pas si c bon": « c » read « c'est »
        unsure = UNSURE.search(folded)
        if unsure is None:
            return found
        sure = self._fact_on(folded[: unsure.start()] + folded[unsure.end() :], ans, case, today)
        total = _total_line(found)
        other = _total_line(sure) if sure is not None else None
        if other is None or total is None or other == total:
            return found
        said = other.removeprefix(f"Total{NNBSP}: ").split(" pour l'exercice")[0].rstrip(".")
        doubted = [x for x in _missed_names(found) if x not in _missed_names(sure)]  # type: ignore[arg-type]
        what = and_list(doubted) if doubted else "ce dont vous doutez"
        line = f"Si {what} {'sont atteints' if len(doubted) > 1 else 'est atteint'}{NNBSP}: {said}."
        at = found.lignes.index(total) + 1
        return replace(found, lignes=(*found.lignes[:at], line, *found.lignes[at:]))

    def _if_part_time(
        self, text: str, ans: Answer, case: Case | None, today: dt.date | None, found: Fact | None
    ) -> Fact | None:
        """ "une étudiante de 6e année mais à mi-temps seulement": the indicator asks for a
        full-time stay and the guide says nothing of another; the total without her, then
        with her, and the CPAM to ask."""
        if found is None or not found.titre.startswith("Total estimé") or case is None:
            return found
        full_time = [
            i for i in case.dispositif.indicateurs if "temps plein" in fold(i.cible.texte or "")
        ]
        folded = fold(text)
        part = next((c for c in CLAUSE.split(folded) if PART_TIME.search(c)), None)
        if not full_time or part is None or not STUDENT.search(part):
            return found
        strict = self._fact_on(folded.replace(part, " pas d'etudiant "), ans, case, today)
        total, other = _total_line(found), _total_line(strict) if strict else None
        if total is None:
            return found
        if strict is None or other is None or other == total:
            # "… que 2 jours par semaine. Ça donne droit aux 350 € ?": no total without her
            line = (
                f"Le guide ne cite que l'accueil à temps plein ({_q(full_time[0].libelle)})"
                f"{NNBSP}: à temps partiel, demandez à votre CPAM s'il est validé."
            )
            at = found.lignes.index(total) + 1
            return replace(found, lignes=(*found.lignes[:at], line, *found.lignes[at:]))
        said = total.removeprefix(f"Total{NNBSP}: ").split(" pour l'exercice")[0].rstrip(".")
        line = (
            f"Si l'accueil à temps partiel est compté{NNBSP}: {said}. Le guide ne cite que "
            f"l'accueil à temps plein ({_q(full_time[0].libelle)}){NNBSP}: demandez à votre CPAM."
        )
        at = strict.lignes.index(other) + 1
        return replace(strict, lignes=(*strict.lignes[:at], line, *strict.lignes[at:]))

    def _block_missed(self, text: str, case: Case | None) -> Fact | None:
        """ "si je rate le socle du donum je perds juste les 1960 € ou tout ?": what a block
        paid whole leaves unpaid when it is missed, what stays paid, and the most left."""
        folded = fold(text)
        missed = BLOCK_MISSED.search(folded)
        if case is None or missed is None:
            return None
        # "… combien je peux avoir même sans le socle ?": the cost asked before the block
        before = folded[: missed.start()].rsplit(".", 1)[-1]
        if not MISS_COST_ASKED.search(folded, missed.end()) and not (
            missed[0].startswith("sans") and re.search(r"\b(combien|cb)\b", before)
        ):
            return None
        supposed = missed[0].startswith("sans") or SUPPOSED.search(folded[: missed.start()])
        d = case.dispositif
        if not supposed or self.rules.named_in(text, d) is not None:
            return None  # "volet 1 non atteint, …" told, or an item asked ("la CPTS sans…")
        group = self._group_named(missed["block"] or missed["block2"], d)
        if group is None or group.regle != "tous_requis":
            return None
        worth = group.points if d.unite == "points" else group.eur
        lines = [
            f"{_q(group.libelle)} non atteint{NNBSP}: il n'est pas versé"
            f"{f' ({in_unit(d, worth)})' if worth else ''}{_unpaid_after(d, group)}"
            f"{_unpaid_sum(d, group)}."
        ]
        kept = _kept_without(d, group)
        lines.append(
            f"Restent versés sans lui, chacun selon son objectif{NNBSP}: {kept}."
            if kept
            else "Rien d'autre n'est versé."
        )
        others = {i.id: i.groupe != group.id for i in d.indicateurs}
        left = estimate(d, others, gains=False)
        most = at_best(d)
        head = (
            f"Au plus {fmt_eur(left.total_eur)}" if left.total_eur else "Sans lui, rien n'est versé"
        )
        lines.append(
            f"{head} pour l'exercice {case.exercice}, au lieu de {fmt_eur(most.total_eur)} avec "
            "tous les indicateurs."
        )
        return Fact(
            case,
            "groupe",
            group.id,
            f"{_label(group)} non atteint — {d.libelle}",
            tuple(lines),
            (),
            _labels(list(group.sources)),
        )

    def _retained(self, text: str, case: Case, today: dt.date) -> str | None:
        """ "d'après le projet, DMP + ordonnances = 40 points ?": the same items on the first
        exercice of the text retained (the Donum 2026: 60 points)."""
        d = case.dispositif
        years = [
            x.exercice
            for x in self.rules.kb.dispositifs.values()
            if x.dispositif == d.dispositif and x.statut != "projet" and x.exercice
        ]
        final = self.rules.case(case.profession, min(years), today, ("question", "question"))
        counted = OPTIONS_COUNTED.search(fold(text))
        some = self._some_options(fold(text), final, counted) if counted and final else None
        if some is not None:  # "le socle et 2 options": their range on the text retained
            said = some.lignes[0].split(f"{NNBSP}: ", 1)[-1]
            return f"Dans le texte retenu ({_scheme(some.case.dispositif)}){NNBSP}: {said}"
        named = self._listed(fold(text), final.dispositif) if years and final else None
        worth = self._worth_of(final, [x for x, _, _ in named]) if named and final else None
        if worth is None or final is None:
            return None
        said = re.sub(r"^(Ensemble|Total)[\s\u202f]?: ", "", worth.lignes[0])
        return f"Dans le texte retenu ({_scheme(final.dispositif)}){NNBSP}: {said}"

    def _fact_on(
        self,
        text: str,
        ans: Answer,
        case: Case | None,
        today: dt.date | None = None,
        whole: bool = False,
    ) -> Fact | None:
        folded = EXCEPT_FIRST.sub(r"\2 sauf \1", fold(text))
        folded = NATIONAL.sub(" ", folded)  # « moyenne nationale » names no SAS platform
        swapped = folded  # "au lieu de la téléconsultation … des objets connectés": both named
        folded = INSTEAD_OF.sub(" ", folded)  # what is not done is no item told met
        story, _, closing = folded.rpartition(". ")
        if PRORATA_ASKED.search(closing or folded):
            return None  # "je touche le forfait entier ou 4/12e ?": a rule, not a total
        # (one's own set against it, the mean published for the exercice, is the total's)
        own_mean = MEAN_ASKED.search(closing) and OWN_AGAINST.search(closing)
        if story and OTHER_FIGURE_ASKED.search(closing) and not own_mean:
            return None  # "… ni SAS ni MSP. Quel a été le montant moyen versé en 2021 ?"
        mine = FIRST_PERSON.search(TELL_ME.sub(" ", closing))  # not "pouvez-vous me donner"
        if story and SCHEME_MAX_ASKED.search(closing) and not mine:
            return None  # "… sauf SAS et étudiants. C'est quoi le vrai maximum pour 2025 ?"
        most = MAX_OF_YEAR.search(closing) if story else None
        if most and most["year"] not in story:
            return None  # "En 2025 j'avais … C'est quoi le maximum … pour 2026 ?": its most
        if story and REFUSAL.search(closing):
            return None  # "… je ne toucherai rien. Est-ce que je peux renoncer au forfait ?"
        # "le SAS ou la coordination, qu'est-ce qui rapporte le plus ?"
        # (not "… en 2022 280 €. Ça vaut la même chose en 2023 ?": one item over two years)
        same = SAME_WORTH.search(closing or folded) and len(set(YEAR.findall(folded))) < 2
        # (not "… pareil. Je peux compter sur le même montant ?": the year's sum, as before)
        same = same and not SAME_SUM_KEPT.search(folded)
        if case is not None and (COMPARED.search(closing or folded) or same):
            compared = self._compared(swapped if same else folded, case)
            if compared is not None:
                return compared
        counted = OPTIONS_COUNTED.search(folded) if case is not None else None
        if case is not None and counted is not None:
            some = self._some_options(folded, case, counted)  # "le socle et 2 options"
            if some is not None:
                return some
        # "la valeur en euros de chacun des indicateurs suivants : codage, services, …"
        if case is not None and EACH_WORTH.search(closing or folded):
            each = self._each_worth(folded, case)
            if each is not None:
                return each
        said = COUNTED_TOTAL.sub(" ", folded)
        sum_asked = bool(ASKS_SUM.search(said) or AMOUNT.search(TARGET_ASKED.sub(" ", said)))
        targets = TARGET_TOLD.sub(" ", folded)
        if TARGET_ASKED.search(targets) and not MONEY.search(folded):
            # "seuil DMP et seuil messagerie, c'est combien ?": each one's target, no sum
            asked = [m.group(0) for m in TARGET_ASKED.finditer(targets)]
            # "les seuils", "il faut combien de % pour X et pour Y ?"
            several = len(asked) > 1 or any(a.endswith(("s", "%")) for a in asked)
            if case is None or not several or not LISTED.search(folded) or values(folded):
                return None
            named = self._listed(folded, case.dispositif) or []
            items = [x for x, _, _ in named if isinstance(x, Indicateur)]
            return self._targets_of(case, items) if 1 < len(items) == len(named) else None
        block_asked = bool(BLOCK_ASKED.search(folded))
        paid = PAID_ASKED.search(folded) or OVERALL_ASKED.search(closing or folded)
        # "on trouve 790 € chacun, c'est juste ?", "socle + aller vers = 890 € ?"
        reckoned = RECKONED.search(folded) or SUMMED.search(folded) or YEARS_RECKONED.search(folded)
        checked = CHECKED.search(closing or folded) if story else None
        if checked and received_amount(closing or folded) is not None:
            checked = None  # "… reçu 590 €, c'est normal ?": what came in, set against the total
        told = TOLD_AMOUNT.search(folded) or reckoned or checked
        missing = MISSING_ASKED.search(closing or folded)  # "il me manque quoi ?": the list
        if missing and PROOF_REFUSED.search(folded):
            missing = None  # "la CPAM a refusé sa facture. Qu'est-ce qui manquait ?": the proof's
        lost = LOSS_SAID.search(closing or folded)  # "je perds koi exactement ?"
        # "mon comptable m'a estimé 1240 €, ça me paraît bcp non ?": the total, set against it
        doubted = DOUBTED.search(closing or folded)
        # "« Socle : non atteint – Coordination : déclaré – 0 € ». Explication ?": the story's
        # total, and what it gates, say why
        why = (
            bool(story) and "«" in story and WHY_ASKED.fullmatch(closing.strip(" ?!.")) is not None
        )
        # "… Quelle différence entre 2025 et 2026 ?" after a story of those years: the gap
        gap_asked = (
            (
                bool(story)
                and ans.scope is not None
                and len(ans.scope.exercices) > 2
                and len(set(YEAR.findall(closing))) == 2
                and GAP_ASKED.search(closing)
            )
            or (  # "… Je gagne ou je perds par rapport à 2025 ?": that year and the last one
                bool(story)
                and ans.scope is not None
                and len(ans.scope.exercices) > 2
                and (against := AGAINST_YEAR.search(closing)) is not None
                and int(against[1]) in sorted(ans.scope.exercices)[:-1]
                and len(set(YEAR.findall(closing))) == 1
            )
            or (  # "fami 2023 socle + CPTS. fami 2024 … la diff ?": the two years' gap
                bool(story)
                and ans.scope is not None
                and len(ans.scope.exercices) == 2
                # ("si en 2024 je garde tout …, quelle sera la différence ?": its last clause)
                and bool(DIFF_ASKED.match(closing) or DIFF_ASKED.match(closing.rpartition(", ")[2]))
                # ("… Différence entre 2025 et 2026 ?" is the story's two years, or none)
                and {int(y) for y in YEAR.findall(closing)} <= set(ans.scope.exercices)
            )
        )
        asked = (
            sum_asked
            or gap_asked
            or block_asked
            or paid
            or reckoned
            or checked
            or missing
            or lost
            or doubted
            or why
            # "…, si au lieu du sas jvais pris un externe ca fesait cb ?": `INSTEAD_OF` took
            # the question out with the clause
            or (SWAP_ASKED.search(fold(text)) and HOW_MUCH.search(fold(text)))
        )
        if case is None or not asked:
            return None
        if WORTH_FOR.search(folded):
            return None  # "taux DMT 92 % FSE 97 %, combien de points pour la DMT ?": its worth
        if story and WORTH_OF.search(closing):
            # "… (what I had). Combien valait l'équipement de vidéotransmission en 2019 ?":
            # the worth of one thing named, not the total of the story
            return None
        if paid and not block_asked and NEGATION.search(folded[: paid.start()]):
            # "…, mais pas de MSSanté, je touche quand même le socle / les 490 ?"
            block_asked = _block_named(self.rules, folded[paid.start() :], case.dispositif)
        # "moyenne 72 %, DMP et ordos à 25 %, combien ?": figures of one's own tell the case
        own = (
            OWN_CASE.search(folded)
            or SAME_CASE.search(folded)
            or any(self._own(folded, v, case.dispositif) for v in values(folded))
            or MOST_WITHOUT.search(folded)
            or why  # a statement pasted, its reading asked
        )
        # "combien je vais toucher et c'est versé quand ?": the total, the date added after
        asked = ASIDE.sub(" ", folded)  # "(les patients ne l'ouvrent pas)" asks no date
        # (or the declaration's deadline: "Quelle était la date limite, et combien … ?")
        dated = PAYMENT.search(asked) or DEADLINE_ASKED.search(asked)
        when_paid = bool(WHEN.search(asked) and dated and sum_asked)
        if (WHEN.search(asked) and not when_paid) or not own:
            return None
        loss = LOSS_ASKED.search(closing or folded)  # "j'aurais eu combien de plus ?": money
        if "nombre" in intents(text) and "montant" not in intents(text) and not loss:
            return None  # "il faut en faire combien de FSE ?": a count, not a total
        reckoning = YEARS_RECKONED.search(folded) if today is not None else None
        if reckoning and ans.scope is not None and len(ans.scope.exercices) == 2:
            # "socle + aller vers les deux années. J'ai calculé 790 x 2 = 1 580 €. C'est
            # bon ?": the two years added, then the asker's sum checked against it
            asked = folded[: reckoning.start()].rstrip(" ,.:;") + ". Total sur les deux ans ?"
            summed = self._fact_on(asked, ans, case, today)
            if summed is not None:
                return _years_checked(summed, float(re.sub(r"\D", "", reckoning["amount"])))
        if (
            ans.scope is not None
            and len(ans.scope.exercices) > 1
            and today is not None
            # ("ça fait combien sur les 3 ans ?": the years' span says the sum)
            and (ALL_SUMMED.search(closing or folded) or HOW_MUCH.search(closing or folded))
            and (
                YEARS_SPAN.search(closing or folded)
                or BOTH_SUMMED.search(closing or folded)
                # "FAMI 2023, 2024, 2025 : socle seulement à chaque fois. total ?"
                or (len(ans.scope.exercices) > 2 and BARE_TOTAL.match(closing))
            )
        ):
            # "2023 socle + coordo. 2024 pareil + un étudiant. 2025 pareil sauf l'étudiant.
            # Total sur les 3 ans ?": each year on its own rules, then all added
            summed = self._years_summed(text, ans, case, today)
            if summed is not None:
                return summed
        if (
            ans.scope is not None
            and len(ans.scope.exercices) > 2
            and today is not None
            and (
                EACH_YEAR_ASKED.search(closing or folded)
                or PER_YEAR.search(closing or folded)
                # "ça donne quoi chaque année ?" (not "quelle différence …": the gap's)
                or (YEARS_ASKED.search(closing or folded) and not gap_asked)
            )
        ):
            # "2023 socle + coordo. 2024 pareil + 3 interventions. 2025 pareil + une étudiante.
            # Ça me fait combien chaque année ?": each year on its own rules (and the sum)
            summed = self._years_summed(text, ans, case, today)
            if summed is not None:
                return summed
        if gap_asked and today is not None:
            # "2024 … 2025 pareil sauf … 2026 : socle Donum … Quelle différence entre 2025 et
            # 2026 ?": the three years told on, those two set against each other
            # ("… la diff ?" after two years: those two)
            assert ans.scope is not None
            asked_years = {int(y) for y in YEAR.findall(closing)} or set(ans.scope.exercices)
            if len(asked_years) == 1:  # "par rapport à 2025": against the story's last year
                asked_years.add(max(ans.scope.exercices))
            if len(asked_years) == 1 and len(ans.scope.exercices) == 2:
                asked_years = set(ans.scope.exercices)  # "si en 2024 je garde tout …, la diff ?"
            if len(asked_years) == 2:
                first, second = sorted(asked_years)
                # (two years told apart: each on its own scheme, what the later one leaves open)
                apart = len(ans.scope.exercices) == 2 and self._years_apart(text, ans, case, today)
                gap = apart or self._years_summed(text, ans, case, today, (first, second))
                if gap is not None:
                    return gap
        two = ans.scope is not None and len(ans.scope.exercices) == 2
        change_told = CHANGED.search(folded)  # "En 2026 je n'accueille plus d'étudiant"
        # ("… 2024 idem. manque à gagner sur les 2 ans ?": each year's loss, then their sum)
        lost_over = LOST_WORD.search(closing) and YEARS_SPAN.search(closing)
        if (
            two
            and today is not None
            and (
                (BOTH_YEARS_TOLD.search(story) and (_two_added(closing) or lost_over))
                or (lost_over and SAME_AFTER.search(story))
            )
        ):
            # "socle ok en 2023 et 2024, pas de coordination, … total sur 2023 + 2024 ?": one
            # story judged on each year's rules, the two added
            both = self._two_years(text, ans, case, today)
            if both is not None:
                return both
        if two and today is not None and EACH_YEAR_ASKED.search(closing or folded):
            # "fs 2024 : socle, MSP. fs 2025 : pareil mais j'ai quitté la MSP. cb chaque
            # année ?": each year its own story, the later one changed
            apart = self._years_apart(text, ans, case, today)
            if apart is not None:
                return apart
        if two and today is not None and (REST_SAME.search(folded) or ADDED_ON.search(folded)):
            # "Pour 2024 j'ai eu 4 235 €. En 2025 j'ai quitté la CPTS mais pris un externe. Le
            # reste est identique. Ça donne quoi ?": what came in, changed by what changed
            changed = self._from_received(text, ans, case, today)
            if changed is not None:
                return changed
        if (
            two
            and today is not None
            and (SAME_CASE.search(folded) or EACH_YEAR_ASKED.search(folded))
            and not change_told  # "… le reste identique" after a change told
            and not SAME_BUT.search(folded)  # each year its story, the later one changed
        ):
            # "FAMI 2024 : socle + MSP. En 2025 pareil, plus un étudiant. Combien en 2024 et en
            # 2025 ?": each year its own story, not one story judged twice
            apart = None if SAME_CASE.search(folded) else self._years_apart(text, ans, case, today)
            same = apart or self._two_years(text, ans, case, today)  # "mêmes résultats en …"
            if same is not None:
                return same
        if (
            ans.scope is not None
            and len(ans.scope.exercices) > 1
            and today is not None
            and change_told
        ):
            # "2025 : tout eu. En 2026 je n'accueille plus d'étudiant, le reste identique.
            # Combien ?": the year asked, on the year before's story and what changed
            changed_year = self._year_asked(text, ans, case, today)
            if changed_year is not None:
                return changed_year
        if ans.scope is not None and len(ans.scope.exercices) > 1 and today is not None:
            # "Mon forfait 2025 : volet 1, MSP. Ma dotation 2026 : socle, DMP 40 %. Je perds
            # combien ?": each year's story on its own scheme, then the difference
            apart = self._years_apart(text, ans, case, today)
            if apart is not None:
                return apart
        if ans.scope is not None and len(ans.scope.exercices) > 1 and today is not None:
            # "En 2024 : socle + CPTS. En 2025 pareil, plus une étudiante. Je me suis calculé
            # 940 € pour 2025, je me trompe ?": the one year the question asks, on its story
            one_year = self._year_asked(text, ans, case, today)
            if one_year is not None:
                return one_year
        if ans.scope is not None and len(ans.scope.schemes) > 1 and today is not None:
            # "le SAS et la CPTS en 2025 : combien je perds avec la Donum ?": what they paid
            gone = self._gone_with_scheme(folded, ans, case, today)
            if gone is not None:
                return gone
        if (
            ans.scope is not None
            and len(ans.scope.exercices) == 2
            and today is not None
            and WORTH_ASKED.search(folded)
            and JOINED.search(folded)
            and not STATUS_SAID.search(folded)
        ):
            # "DMP + ordonnances numériques : ça rapportait combien en 2025, et en 2026 ?":
            # what they are worth on each year's rules
            worth = self._worth_over_years(folded, ans, case, today)
            if worth is not None:
                return worth
        if ans.scope is not None and (
            len(ans.scope.schemes) > 1 or (len(ans.scope.exercices) > 1 and not _one_year(folded))
        ):
            # "le forfait structure et la Donum se cumulent ?", "l'an dernier j'ai touché
            # 7 805 €, cette année combien ?": two schemes or two years, no list of one case
            rest = PAST_AMOUNT.sub(" ", folded)  # "… qui avait 3 500 € en 2025 …": its context
            asks = ASKS_SUM.search(closing or folded) or HOW_MUCH.search(closing or folded)
            if asks and rest != folded and set(YEAR.findall(rest)) <= {str(case.exercice)}:
                # "Un médecin qui avait 3 500 € de forfait structure en 2025 me demande son
                # estimation Donum 2026 : socle atteint ; …": the year listed, on its own
                one = replace(ans, scope=replace(ans.scope, exercices=(case.exercice,), schemes=()))
                return self._fact_on(rest, one, case, today, whole)
            return None
        d = case.dispositif
        told_points = self._points_told(folded, case, bool(loss or lost))
        if told_points is not None:
            return told_points
        all_met = _all_met(folded)
        named = self._listed(folded, d)
        with_block = WITH_BLOCK.search(closing) if named else None
        if named and with_block:
            # "tout le volet 2 sauf le SAS, ça fait combien au total avec le volet 1 ?": the
            # block the question adds, met
            added = [t for t in self._listed(with_block[1], d) or [] if t[1]]
            if len(added) == 1 and added[0][0].id not in {x.id for x, _, _ in named}:
                named = [added[0], *named]
        swapped = None
        # (read before `INSTEAD_OF` took « au lieu du SAS … » out of `folded`)
        # ("fs 2025 volet 1 + cpts + sas, si au lieu du sas …": the story before the « si »,
        # in the same sentence or the ones before)
        raw = fold(text)
        swap = SWAP_ASKED.search(raw, raw.rfind(". ") + 1) if named is not None else None
        raw_story = raw[: swap.start()].rstrip(" ,;") if swap is not None else ""
        if swap is not None:
            # "… 3 interventions en EHPAD. Si au lieu des interventions j'avais accueilli un
            # étudiant, j'aurais touché combien ?": the story, one item dropped for another
            was = self._listed(swap["was"] or swap["was2"], d) or []
            # (not "… je gagne ou je perds ?": what is asked after it)
            now_told = SWAP_ASK_AFTER.split(swap["now"] or swap["now2"], maxsplit=1)[0]
            now_told = TOOK.sub("eu ", now_told)  # "pris un externe": no « prise en charge »
            now = self._listed(now_told, d) or []
            swapped = self._listed(raw_story, d) if raw_story else None
            if was and now and swapped:
                named = _changed(swapped, [*((x, False, None) for x, _, _ in was), *now])
            else:
                swapped = None
        what_if = WHAT_IF.match(closing) if story and not GAIN_ASKED.search(closing) else None
        supposed = closing
        if what_if is None and story and not GAIN_ASKED.search(closing):
            # "… Combien je touche, et combien si j'avais fait le SAS en plus ?": the « si »
            # clause after the first question
            supposed = re.split(r"(?<=\?) |, ", closing)[-1]
            what_if = WHAT_IF.match(supposed)
        if swapped is None and what_if is not None and named is not None:
            # "… ordos à 35 %. Et si je monte les ordos à 40 %, ça fait combien ?": what the
            # « si » clause names replaces what the story told of it
            changed = self._listed(supposed[what_if.end() :], d) or []
            kept = self._listed(story, d) if changed else None
            blocks = {x.id for x, met, _ in kept or [] if isinstance(x, Groupe) and met}
            # (not an item of a block the story told whole: "3 socles sur 5 … et si j'ajoute
            # le DMP ?" would read the block met)
            inside = any(getattr(x, "groupe", None) in blocks for x, _, _ in changed)
            if kept is not None and not inside:
                named = _changed(kept, changed)
            nth = NTH_MORE.search(supposed[what_if.end() :]) if not changed else None
            counts = [t for t in named if isinstance(t[2], float)]
            if nth is not None and len(counts) == 1:
                # "2 interventions en EHPAD. Et si j'en fais une 3e ?": that count, now 3
                x, _, _ = counts[0]
                named = [(x, True, float(nth[1])) if t is counts[0] else t for t in named]
        if not all_met and named is not None and len(named) > 1:
            all_met = MOST_WITHOUT.search(folded)
        if not all_met and named and len(named) > 1 and not any(met for _, met, _ in named):
            # "pas d'étudiant et pas d'aller vers. Je peux toucher combien au max ?": the rest
            # (one item missed is `RuleAnswers`' to weigh, with what it gates)
            all_met = MOST_LEFT.search(closing or folded)
        items_met = [met for x, met, _ in named or [] if not isinstance(x, Groupe)]
        if not all_met and items_met and not any(items_met) and _rest_met(folded):
            # "pas de CPTS, pas d'étudiant, pas de visio. tout le reste ok (volet 1 et 2)": all
            # but those
            all_met = REST_MET.search(folded)
        everything = bool(all_met)
        if (
            all_met
            and folded[: all_met.start()].endswith("si ")
            and named is not None
            and (len(named) > 1 or (len(named) == 1 and _bundle(named[0][0])))
            and all(met for _, met, _ in named)
            and not EVERY_BLOCK.search(folded)  # "si je valide tout, socle et optionnels"
        ):  # "(téléservices + DMP + ApCV), combien si tout est atteint ?": what they are worth
            # ("le bouquet téléservices AAT, …, DSG, ça fait combien si je valide tout ?")
            return self._worth_of(case, [x for x, _, _ in named])
        if everything and named is not None and all(met for _, met, _ in named):
            if not any(isinstance(f, dict) for _, _, f in named):
                # "tout validé, volet 1 et volet 2": the maximum (not "SPE à 20 %, j'ai tout le
                # reste": the rates told of an indicator paid in parts are judged)
                named = []
        elif (
            named is None
            or (
                len(named) < 2
                # one year's case in a story: its one block met ("fami 2023 socle ok."), or
                # missed, which leaves nothing paid ("2025 socle raté.")
                and not (
                    whole
                    and named
                    and isinstance(named[0][0], Groupe)
                    and (
                        (named[0][1] and (BLOCK_OK.search(folded) or BLOCK_HAD.search(folded)))
                        or (not named[0][1] and named[0][0].regle == "tous_requis")
                    )
                )
                and not (everything and any(not met for _, met, _ in named))
                # "le socle et rien d'autre": the one item met is all of the case
                and not (
                    named
                    and named[0][1:] == (True, None)
                    and (NOTHING_ELSE.search(folded) or ONLY_ITEM.search(folded))
                )
                # "AAT et DMT au-dessus, mais pas PSE ni SPE : combien pour les téléservices ?":
                # one indicator whose components each pay their share, some of them told
                and not (named and _parts_told(named[0], folded))
            )
        ):
            return None
        if told and not sum_asked and not block_asked:
            # "socle validé, 2 interventions… je touche 790 ?": an amount that no item listed
            # pays alone is a total (490 + 300), unlike "… je touche les 350 ?"
            amount = float(re.sub(r"\D", "", told.group(1)))
            items = [*d.groupes, *d.indicateurs]  # what one item pays: no total asked
            worths = {x.eur for x in items} | {
                (x.points or 0) * (d.valeur_point or 0) for x in items
            }
            # ("tout sauf le bloc …, je compte 2 520 €, juste ?": a total reckoned)
            sum_asked = (amount not in worths and not everything) or bool(reckoned)
        if (
            not sum_asked
            and not block_asked
            and not why
            and len(named) < 3
            and not NOTHING_ELSE.search(folded)
            # "pas d'appli carte Vitale, pas d'ordonnance numérique non plus. perte totale sur
            # ces deux-là ?": what both cost together
            and not (
                loss
                and BOTH_LOST.search(closing or folded)
                and len(named) == 2
                and not any(met for _, met, _ in named)
            )
        ):
            # "pas le socle mais un stagiaire, je touche les 350 ?": one verdict; "que le
            # socle et rien d'autre, je touche 1 960 € ?" tells the whole case: its total
            return None
        # "…, j'ai le volet 1 ?": what is not listed is not known, not missing
        unknown = block_asked and not sum_asked
        if (
            named
            and not everything
            and not unknown
            and not any(isinstance(x, Groupe) and x.regle == "tous_requis" for x, _, _ in named)
            and any(_needs_block(d, x) for x, _, _ in named)
        ):  # "vidéo + équipements connectés, combien en tout ?": not 0 € for the volet 1 unsaid
            kept = [(x, self._met(d, x, met, figure)) for x, met, figure in named]
            missing = any(not ok for _, ok in kept)
            groups = {g.id: g for g in d.groupes}
            paid_alone = all(  # no item of a block paid whole: its miss would cost the rest
                isinstance(x, Indicateur) and groups[x.groupe].regle != "tous_requis"
                for x, _, _ in named
            )
            # "dmp 32 ordo 33 atmp 35 …, options ça fait cb ?": each one met, its figure
            # above its target, what they pay once their block is
            if all(met and figure is None for _, met, figure in named) or (
                paid_alone and not missing
            ):
                items = [x for x, _ in kept]
                received = received_amount(folded)
                if received is not None:
                    unpaid = self._block_unpaid(case, items, received)
                    if unpaid is not None:
                        return unpaid
                # "AAT et DMT au-dessus, pas PSE": the components told, each its share
                parts = {x.id: f for x, met, f in named if _parts_told((x, met, f), folded)}
                worth = self._worth_of(case, items, parts)
                asked = ASKS_SUM.search(said) and OK_SAID.search(folded)
                if worth is not None or not _block_open(d, items, asked):
                    return worth
            if (
                missing
                and paid_alone
                and any(ok for _, ok in kept)
                and all(f is not None or m for _, m, f in named)
            ):
                # "DMP 22 %, messagerie 4 %, ça fait combien ?": what the ones met pay
                missed = [x for x, ok in kept if not ok]
                worth = self._worth_of(case, [x for x, ok in kept if ok])
                if worth is None:
                    return None
                line = (
                    f"Non atteints{NNBSP}: "
                    + ", ".join(
                        _label(x) + _given(x, f, _goal(x)) for x, _, f in named if x in missed
                    )
                    + "."
                )
                return replace(worth, lignes=(*worth.lignes[:2], line, *worth.lignes[2:]))
        # "on est encore sur Apicrypt version 1": a path that does not meet the item undoes
        # it; one that meets it says what to do ("BAL organisationnelle": declare it)
        told_paths = {
            x.id: c
            for x, met, _ in named
            if (c := self.path_told(folded, d, x))
            and c.resultat is not None
            and (c.resultat.reponse is False or (met and c.resultat.reponse is True))
        }
        named = [
            (x, met and told_paths[x.id].resultat.reponse is True, f)  # type: ignore[union-attr]
            if x.id in told_paths
            else (x, met, f)
            for x, met, f in named
        ]
        named += _why_block_missed(folded, d, named)  # "pas eu le volet 1 … FSE à 61 %"
        answers = self._answers(d, named, everything, unknown)
        if JUST_MISSED.search(folded):  # "si je rate juste le taux FSE": the rest of its block
            answers.update({i: True for i in _block_else_met(d, named)})
        left = [] if everything or unknown else _left_open(d, named)
        # "appli carte Vitale ok": one of the two things the ApCV + message option requires
        half = {} if everything else _half_told(folded, named)
        named = [(x, met, f) for x, met, f in named if x.id not in half]
        left += [x for x in d.indicateurs if x.id in half]
        for i in left:  # "moyenne 72 %, …" says nothing of the software: not known
            answers.pop(i.id, None)
        est = estimate(d, answers, gains=False)
        fact = self._fact(case, named, est, everything, unknown, left, half)
        if story and not loss and ASKS_SUM.search(closing):
            fact = self._share_asked(fact, d, named, closing, est)
        if loss and swapped is None:
            fact = self._loss(fact, d, named, answers, est, closing if story else "")
        if swapped is not None:
            fact = _swap_compared(fact, est, estimate(d, self._answers(d, swapped, False, False)))
        # "j'ai que le socle, je perds combien par rapport au max ?": the gap to the most
        single = est.total_eur_max == est.total_eur and not left and not unknown
        # ("si j'ai que le socle, je perds combien ?": the rest is what is lost)
        whole = FROM_MAX.search(folded) or ONLY_ITEM.search(folded) or NOTHING_ELSE.search(folded)
        # ("jai que le volet 1 en 2023. il me manquait combien pour avoir le max ?")
        to_most = TO_MOST_ASKED.search(closing) and single and ONLY_ITEM.search(folded)
        if (to_most or (loss and single and whole)) and not fact.lignes[0].startswith("Manque"):
            most = self.rules._most(d)
            if most > est.total_eur:
                line = (
                    f"Manque à gagner{NNBSP}: {fmt_eur(most - est.total_eur)} par rapport au "
                    f"maximum ({fmt_eur(most)})."
                )
                fact = replace(fact, lignes=(line, *fact.lignes))
        if loss and single:
            # "En 2025 … soit 3 150 €. En 2026, mêmes taux : … combien je perds ?"
            fact = _against_earlier(fact, folded, case.exercice)
        still = _still_to_get(d, est) if REMAINING.search(folded) else None
        received = received_amount(folded)
        against = _against_received(d, est, received) if received and not left else None
        # what the path told says (« Apicrypt V1 ne valide pas l'indicateur. Passez à … »)
        paths = [
            f"{_q(x.libelle)}{NNBSP}: " + " ".join(filter(None, (r.raison, r.action)))
            for x, _, _ in named
            if x.id in told_paths and (r := told_paths[x.id].resultat) is not None
        ]
        # "installée en mai (première FSE le 15 mai)": the FAMI rate's period, said
        fse = any(x.id == "taux_teletransmission" for x, _, _ in named)
        period = fse_period(text) if fse and case.profession == "chirurgien-dentiste" else None
        # "66 % de FSE, mais beaucoup de feuilles papier pour des patients AME": what the
        # rate leaves out, said for an item missed
        statut = {r.id: r.statut for r in est.indicateurs}
        pitfalls = [
            f"⚠️ {_q(x.libelle)}{NNBSP}: {p}"
            for x, _, _ in named
            # (or shown « non atteint » on a statement while met: "affiche … à tort")
            if isinstance(x, Indicateur) and (statut.get(x.id) == "non_atteint" or "à tort" in text)
            for p in pitfalls_spoken(x, text)
        ]
        heads = heads_of(folded) if not left and not unknown and not received else None
        shared = (
            f"Pour {heads} praticiens qui atteignent chacun les mêmes indicateurs{NNBSP}: "
            f"{heads} × {fmt_eur(est.total_eur)} = {fmt_eur(heads * est.total_eur)}. Chacun "
            f"déclare et touche son propre forfait sur amelipro{NNBSP}; les guides ne décrivent "
            "aucun partage."
            if heads and est.total_eur_max == est.total_eur and est.total_eur > 0
            else None
        )
        if shared:  # said right after the one practitioner's total
            at = next((n + 1 for n, x in enumerate(fact.lignes) if x.startswith("Total")), 0)
            fact = replace(fact, lignes=(*fact.lignes[:at], shared, *fact.lignes[at:]))
        first = still if still and REMAINING.search(closing) else None
        if first:  # "… il me manque quoi pour le max ?": what remains answers, said first
            fact = replace(fact, lignes=(first, *fact.lignes))
        added = tuple(x for x in (*paths, *pitfalls, against, still, period) if x and x != first)
        fact = replace(fact, lignes=(*fact.lignes, *added)) if added else fact
        claimed = CLAIMED_SUM.search(folded) if doubted else None
        if told and sum_asked and not received and not left and not unknown and not still:
            amount = float(re.sub(r"\D", "", told.group(1)))
            fact = _checked(fact, est, amount, bool(re.search(WRONG_ASKED, folded)))
        elif claimed and not received and not left and not unknown and not still:
            # "mon comptable m'a estimé 1240 €, ça me paraît bcp ?": his figure checked
            amounts = re.findall(r"\d{1,3}(?: \d{3})+|\d{3,}", claimed.group(0))
            amount = sum(float(a.replace(" ", "")) for a in amounts)
            fact = _doubt_checked(fact, est, amount, high=not LOW.match(doubted.group(3)))
        elif (
            ANYTHING_ASKED.search(SENTENCE_END.split(folded.strip())[-1])
            and not received
            and not told
        ):
            # (« il pensait que sans le socle il n'avait droit à rien. C'est normal qu'il
            # touche ces deux montants ? »: a belief told, not the question)
            fact = _anything(fact, est, folded)
        return fact

    def _points_told(self, folded: str, case: Case, loss: bool) -> Fact | None:
        """ "volet 1 complet et 385 points au volet 2, combien ?", "taux à 64 %, 300 points au
        volet 2, je perds combien ?": the points told for a block paid item by item, paid
        once the blocks it needs are met; what the rest of the text tells decides those."""
        m = BLOCK_POINTS.search(folded)
        d = case.dispositif
        if m is None or d.unite != "points" or not d.valeur_point:
            return None
        block = self._group_named(m["block"] or m["block2"], d)
        if block is None or block.regle == "tous_requis" or not block.prerequis:
            return None
        told = float(m["n"] or m["n2"])
        most = sum(i.points or 0 for i in d.indicateurs if i.groupe == block.id)
        if told > most:
            return None  # not this block's points: the text says something else
        rest = folded[: m.start()] + " " + folded[m.end() :]
        named = [(x, met, f) for x, met, f in self._listed(rest, d) or [] if x is not block]
        if any(isinstance(x, Indicateur) and x.groupe == block.id for x, _, _ in named):
            return None  # its items told as well: the sum reads them
        est = estimate(d, self._answers(d, named, False, True), gains=False)
        gates = [g for g in est.groupes if g.id in block.prerequis]
        worth = {g.id: g.points or 0 for g in d.groupes}
        gate_pts = sum(worth[g.id] for g in gates)
        point = d.valeur_point
        if all(g.atteint for g in gates):
            total = gate_pts + told
            lines = [
                f"Total{NNBSP}: {fmt_eur(total * point)} ({fmt_points(total)}) pour l'exercice "
                f"{case.exercice}{NNBSP}: {fmt_points(gate_pts)} pour "
                f"{and_list([_q(g.libelle) for g in gates])} et les {fmt_points(told)} du "
                f"{_q(block.libelle)} que vous indiquez ({fmt_eur(told * point)}), à "
                f"{fmt_eur(point)} le point."
            ]
        elif any(g.atteint is False for g in gates):
            lost = gate_pts + told
            missed = and_list([_q(g.libelle) for g in gates if g.atteint is False])
            lines = [
                f"Total{NNBSP}: 0{NNBSP}€ pour l'exercice {case.exercice}{NNBSP}: {missed} "
                f"n'est pas atteint, donc vos {fmt_points(told)} du {_q(block.libelle)} ne sont "
                "pas versés non plus.",
            ]
            if loss:
                lines.insert(
                    0,
                    f"Manque à gagner{NNBSP}: {fmt_eur(lost * point)} ({fmt_points(lost)}){NNBSP}: "
                    f"{fmt_points(gate_pts)} pour {missed} et vos {fmt_points(told)} du "
                    f"{_q(block.libelle)}, si les autres indicateurs exigés sont atteints.",
                )
        else:
            total = gate_pts + told
            lines = [
                f"Vos {fmt_points(told)} du {_q(block.libelle)} valent {fmt_eur(told * point)} "
                f"(à {fmt_eur(point)} le point), versés si "
                f"{and_list([_q(g.libelle) for g in gates])} est atteint{NNBSP}: avec lui, "
                f"{fmt_eur(total * point)} ({fmt_points(total)}) pour l'exercice {case.exercice}."
            ]
        needed = [s for g in d.groupes if g.id in block.prerequis for s in g.sources]
        return _estimated(case, lines, est, _labels([*block.sources, *needed]))

    def _items_named(self, folded: str, d: Dispositif) -> list[Indicateur | Groupe]:
        """The items a text names, each once; not the block that holds others named ("ds le
        volet 2, le SAS ou la coordination": the volet 2 is where they are, no item)."""
        items = list({x.id: x for x, _, _ in self._listed(folded, d) or []}.values())
        held = {x.groupe for x in items if isinstance(x, Indicateur)}
        return [x for x in items if not (isinstance(x, Groupe) and x.id in held)]

    def _each_worth(self, folded: str, case: Case) -> Fact | None:
        """ "pourriez-vous m'indiquer la valeur de chacun des indicateurs suivants : …": each
        indicator named with its worth, in the order told; None unless two to eight are named
        and each pays its own."""
        d = case.dispositif
        items = self._items_named(folded, d)
        if not 2 <= len(items) <= 8 or any(_in_euros(d, x) is None for x in items):
            return None
        lines = [f"{_label(x)}{NNBSP}: {_worth(d, x).strip()[1:-1]}." for x in items]
        gates = _gates_said(d, items)
        blocks = [g for g in d.groupes if g.regle == "tous_requis"]
        if not gates and len(blocks) == 1:  # the FAMI's student and « aller vers »
            gates.append(f"Versés même sans {_q(blocks[0].libelle)}.")
        lines += gates
        cited = [src for x in items for src in x.sources]
        return Fact(
            case,
            "somme",
            "",
            f"Valeur de chaque indicateur — {d.libelle}",
            tuple(lines),
            (),
            _labels(cited),
        )

    def _some_options(self, folded: str, case: Case, counted: re.Match[str]) -> Fact | None:
        """ "le socle et 2 indicateurs optionnels, ça ferait combien ?": the block told and
        that many of the group paid item by item, from the cheapest to the dearest choice;
        None unless fewer than all of them are counted."""
        d = case.dispositif
        n = NUMBER_WORDS.get(counted["n"]) or int(counted["n"])
        group = next((g for g in d.groupes if g.regle != "tous_requis" and g.prerequis), None)
        if group is None or "option" not in fold(group.libelle):
            return None  # the options of the Donum (and its draft), not the FS's volet 2
        items = [i for i in d.indicateurs if i.groupe == group.id and i.statut_exercice == "actif"]
        worth = sorted(_in_euros(d, i) or 0.0 for i in items)
        if not 0 < n < len(items) or any(_in_euros(d, i) is None for i in items):
            return None
        blocks = [g for g in d.groupes if g.id in group.prerequis]
        named = self._group_named(folded, d)
        told = [g for g in blocks if g is named]
        if len(told) != 1 or any(g.eur is None for g in told):
            return None
        base = told[0].eur or 0.0
        low, high = base + sum(worth[:n]), base + sum(worth[-n:])
        point = d.valeur_point if d.unite == "points" else None

        def said(eur: float) -> str:
            return _amount(d, eur / point if point else None, eur)

        total = said(low) if low == high else f"entre {said(low)} et {said(high)}"
        lines = [
            f"Avec {_label(told[0])}{_worth(d, told[0])} et {n} des {len(items)} indicateurs de "
            f"{_label(group)}{NNBSP}: {total} pour l'exercice {case.exercice}."
        ]
        if low != high:
            each = ", ".join(f"{_label(i)}{_worth(d, i)}" for i in items)
            lines.append(f"Selon lesquels{NNBSP}: {each}.")
        cited = [src for x in (*told, *items) for src in x.sources]
        return Fact(
            case, "somme", "", f"Total estimé — {d.libelle}", tuple(lines), (), _labels(cited)
        )

    def _compared(self, folded: str, case: Case) -> Fact | None:
        """ "le SAS ou la coordination, koi rapporte le plus ?": each item named with its worth,
        the one that pays most first; None unless two to four items each pay their own."""
        d = case.dispositif
        # "le SAS ou la coordination", "ordonnances vs ApCV", "codage contre services": both
        either = re.sub(r"\b(ou|vs|versus|contre)\b", " et ", folded)
        items = self._items_named(either, d)
        worth = {x.id: _in_euros(d, x) for x in items}
        if not 2 <= len(items) <= 4 or None in worth.values():
            return None
        items.sort(key=lambda x: -(worth[x.id] or 0))
        top, rest = items[0], items[1:]
        same = all(worth[x.id] == worth[top.id] for x in rest)
        first = (
            f"{' et '.join(_label(x) for x in items)} rapportent autant{_worth(d, top)} chacun."
            if same
            else f"{_label(top)} rapporte le plus{_worth(d, top)}."
        )
        verdict = None
        if SAME_WORTH.search(folded):  # "ça vaut pareil ?": answered first
            verdict = "oui" if same else "non"
            first = f"{verdict.capitalize()}{NNBSP}: {first[:1].lower()}{first[1:]}"
        lines = [first, *([] if same else [f"Puis {_label(x)}{_worth(d, x)}." for x in rest])]
        if len(items) == 2 and not same:  # "quelle différence en € ?": the gap too
            gap = (top.points or 0) - (rest[0].points or 0)
            gap = gap if d.unite == "points" else (top.eur or 0) - (rest[0].eur or 0)
            lines.append(f"Écart{NNBSP}: {in_unit(d, gap)}.")
        lines += _gates_said(d, items)
        cited = [src for x in items for src in x.sources]
        return Fact(
            case,
            "somme",
            "",
            f"Comparaison — {d.libelle}",
            tuple(lines),
            (),
            _labels(cited),
            verdict=verdict,
        )

    def _share_asked(
        self,
        fact: Fact,
        d: Dispositif,
        named: list[tuple[Indicateur | Groupe, bool, Figure | None]],
        closing: str,
        est: Estimate,
    ) -> Fact:
        """ "… Sur ces deux-là, DSG et SPE, combien je récupère ?", "ces trois indicateurs
        (étudiants, services, codage) me font combien ?": what the indicators the question
        names pay, said first; the total of the story follows."""
        asked = {x.id for x, _, _ in self._listed(closing, d) or [] if isinstance(x, Indicateur)}
        if not asked:  # "combien pour ces quatre téléservices-là ?": the one it names
            one = self._pick(closing, d, set())
            asked = {one.id} if isinstance(one, Indicateur) else set()
        items = [x for x, _, _ in named if x.id in asked]
        if not items or len(items) == len(named):
            return fact
        paid = {r.id: r for r in est.indicateurs}
        points = sum(paid[x.id].points or 0 for x in items)
        eur = sum(paid[x.id].eur or 0 for x in items)
        share = _amount(d, points or None, eur)
        most = sum(paid[x.id].eur_max or 0 for x in items)
        if any(paid[x.id].statut == "inconnu" for x in items) and most > eur:
            # (2023's téléservices with some rates missed: their split is not published)
            share = f"entre {share} et {fmt_eur(most)}, selon la répartition, non publiée"
        line = "Pour " + and_list(list(map(_label, items))) + f"{NNBSP}: {share}."
        if all(isinstance(x, Indicateur) and x.statut_exercice == "neutralise" for x in items):
            # « … et c'est vrai pour le SESAM-Vitale ? » in 2023: why it is worth nothing
            line = line[:-1] + f" (neutralisé pour {fact.case.exercice}, il ne compte pas)."
        return replace(fact, lignes=(line, *fact.lignes))

    def _loss(
        self,
        fact: Fact,
        d: Dispositif,
        named: list[tuple[Indicateur | Groupe, bool, Figure | None]],
        answers: dict[str, Any],
        est: Estimate,
        closing: str = "",
    ) -> Fact:
        """ "Combien je perds à cause de ce taux ?": what the items named and not met cost,
        the total they would give met against the total without them, said first; when the
        closing question names one of them (« combien ce LAP me fait perdre ? »), that one."""
        paid = {r.id: r for r in est.indicateurs}
        missed: list[Indicateur | Groupe] = [
            x
            for x, ok, f in named
            if not ok or (f is not None and paid[x.id].statut == "non_atteint")
        ]
        asked = self._pick(closing, d, set()) if closing and len(missed) > 1 else None
        if isinstance(asked, Indicateur) and asked in missed:
            missed = [asked]
        # "tout le volet 2 sauf le SAS mais mon taux FSE est tombé à 61 %, je perds quoi ?": what
        # the missed prerequisite costs, the items told missed beside it staying missed
        # (only beside a block told met that the prerequisite gates)
        gating = {g for x, ok, _ in named if ok and isinstance(x, Groupe) for g in x.prerequis}
        gates_missed = [x for x in missed if getattr(x, "groupe", None) in gating]
        told = {x.id for x, _, _ in named}
        if gates_missed and len(gates_missed) < len(missed):
            missed = gates_missed
            # the prerequisite's other items, untold, are not what the question weighs
            answers = {k: v for k, v in answers.items() if k in told or v is not False}
        # "AAT à 85 %, le reste au-dessus": the rates missed of an indicator paid in part
        rates = [(x, c, f) for x, c, f in _rates_told(named, paid) if x not in missed]
        if not missed and not rates:
            return fact
        met = dict(answers)
        for x in missed:
            for i in d.indicateurs:
                if i.id == x.id or i.groupe == x.id:
                    met[i.id] = True
        raised: dict[str, dict[str, float]] = {}
        for x, c, f in rates:  # the rates missed at their targets, the others as told
            told = raised.setdefault(x.id, dict(f))
            told[c.id] = (c.cible.valeur or 0) + (0 if c.cible.operateur == ">=" else 0.01)
        met.update(raised)
        full = estimate(d, met, gains=False)
        blocks = {x.groupe for x in missed if isinstance(x, Indicateur)}
        # (the answers count what the story does not tell as missed: not named is untold)
        said = {x.id for x, _, _ in named}
        untold = [
            i
            for i in d.indicateurs
            if i.groupe in blocks and i.id not in said and met.get(i.id) is not True
        ]
        if full.total_eur <= est.total_eur and untold:
            # "FSE 69,8 %, en CPTS, combien je perds si ça passe pas ?": the block's other
            # indicators, not told, taken as met
            assumed = {i.id: True for i in untold}
            est = estimate(d, {**answers, **assumed}, gains=False)
            full = estimate(d, {**met, **assumed}, gains=False)
        else:
            untold = []
        gates: list[Groupe] = []
        # (an item paid rate by rate is missed in part, « AAT et PSE non atteints »: not whole)
        whole = all(not (isinstance(x, Indicateur) and x.composantes) for x in missed)
        if full.total_eur <= est.total_eur and whole:
            # "ni ordonnances numériques ni appli carte Vitale en 2023, je perds combien ?":
            # the blocks they wait on, not told, taken as met (what the items themselves cost)
            gates = _gates_untold(d, missed, named)
            assumed = {i.id: True for i in d.indicateurs if i.groupe in {g.id for g in gates}}
            if assumed:
                est = estimate(d, {**answers, **assumed}, gains=False)
                full = estimate(d, {**met, **assumed}, gains=False)
        gap_points = (full.total_points or 0) - (est.total_points or 0)
        gap = full.total_eur - est.total_eur
        if gap <= 0 or full.total_eur_max != full.total_eur:
            return fact
        cost = _amount(d, gap_points or None, gap)
        labels = [*map(_label, missed), *(_q(c.libelle) for _, c, _ in rates)]
        s = "s" if len(labels) > 1 else ""
        assumed_said = ", si les autres indicateurs exigés le sont" if untold else ""
        if gates:
            assumed_said = f", si {and_list([_q(_short(g.libelle)) for g in gates])} est atteint"
        line = (
            f"Manque à gagner{NNBSP}: {cost}, pour "
            + " et ".join(labels)
            + f" non atteint{s}{NNBSP}; atteint{s}{assumed_said}, le total serait de "
            + f"{_amount(d, full.total_points, full.total_eur)}."
        )
        return replace(fact, lignes=(line, *fact.lignes))

    def _years_apart(self, text: str, ans: Answer, case: Case, today: dt.date) -> Fact | None:
        """Two years told apart, each in its own sentences, judged each on its own scheme
        ("… Je garde les mêmes taux en 2026" judges the first year's list again); None
        unless both give a total."""
        assert ans.scope is not None
        # "… pr le FS 2025, en 2026 je vise …, je perd cb ?": a clause opening on a year is
        # told apart as a sentence, and the clause that asks closes
        # "en 2024 j'ouvrais 1h de SAS, en 2025 3h": the second year's clause told whole
        text = YEAR_LED_RUN.sub(
            lambda m: f"en {m[1]} {m[2]}{m[3]}{m[4]}, en {m[5]} {m[2]}{m[6]}{m[4]}", text
        )
        sentences = _story_sentences(text)
        lost_asked = LOST_ASKED.search(fold(sentences[-1]))  # « …, combien perdu, … ? »
        asked_last = sentences[-1]  # (« ca fait cb 2025, cb 2026 et total ? »: both years)
        head, comma, tail = sentences[-1].rpartition(", ")
        asking = ASKS_SUM.search(fold(tail)) or GAP_ASKED.search(fold(tail))
        if comma and asking and YEAR.search(head):
            sentences[-1:] = [head, tail]
        # each clause told as a sentence ends as one
        sentences = [x if x.rstrip()[-1:] in ".!?;" else f"{x}." for x in sentences]
        closing = sentences[-1]
        told: dict[int, list[str]] = {y: [] for y in ans.scope.exercices}
        year: int | None = None
        each_year: dict[int, str] = {}  # "FSE : 67 % en 2023, 66 % en 2024.": each its figure
        every: list[str] = []  # the sentences told of each year
        for sentence in sentences[:-1]:
            if sentence.rstrip().endswith("?") and not self._listed(
                fold(sentence), case.dispositif
            ):
                continue  # "Je gagne combien de plus en 2025 ? Donnez-moi les deux montants"
            # ("en 2023, horaires absents (saisis en mars 2024)": 2023's sentence)
            # ("2025 = comme 2024 + …" tells 2025; 2024 is where it starts from)
            dated = YEAR.findall(MONTH_DATED.sub(" ", YEAR_REFERRED.sub(" ", fold(sentence))))
            said = [int(y) for y in dated if int(y) in told]
            if not said and EVERY_YEAR_SAID.search(fold(sentence)):
                every.append(sentence)  # "Coordination + ECG connecté les 2 ans.": each year's
                continue
            year = said[0] if len(set(said)) == 1 else (None if said else year)
            if len(set(said)) > 1:  # "FSE : 67 % en 2023, 66 % en 2024.": each its figure
                own = {y: _figures_for(sentence, y) for y in set(said)}
                split = {y: x for y, x in own.items() if x != sentence}
                said_of = fold(sentence)
                listed = self._listed(said_of, case.dispositif)  # (not "je compare …")
                ticked = TICKED_ALL.search(said_of)
                if split:
                    each_year = split
                elif (listed or _all_met(said_of) or ticked) and BOTH_YEARS_TOLD.search(said_of):
                    # "socle ok en 2024 et 2025.": the same for each (not figures, left as told)
                    # ("en 2022 comme en 2023 : volet 1 validé, …": the same list both years,
                    # the block's number no figure)
                    plain = YEAR.sub(" ", said_of)
                    if BOTH_ALIKE.search(said_of):
                        plain = NOT_A_FIGURE.sub(" ", plain)
                    if not re.search(r"\d", plain):
                        # ("si je coche tout en 2024 et en 2025": each year all met)
                        each = TICKED_ALL.sub("tout validé", said_of) if ticked else sentence
                        each_year = dict.fromkeys(set(said), each)
                elif listed:
                    return None  # "étudiant de 6e année en 2024, aucun en 2025.": not read
            if year is None and len(set(said)) > 1:
                for y, figured in each_year.items():
                    told[y].append(figured)
            elif year is None and not said:
                for y in each_year:  # "… Les autres prérequis sont validés.": each year's
                    told[y].append(sentence)
            if year is not None:
                each_year = {}
                told[year].append(sentence)
        years = sorted(y for y in told if told[y])  # the years the story tells apart
        for y in years:
            told[y] += every
        if len(years) == 2:  # "2024 : 3 interventions en EHPAD. 2025 : socle, EHPAD …"
            told[years[1]] = [_place_again(" ".join(told[years[0]]), x) for x in told[years[1]]]
        led = {int(m[1]) for x in sentences if (m := YEAR.match(fold(x).lstrip(" -•*:>")))}
        if (led - set(years)) & set(told):
            return None  # "2025 → idem 2024 + étudiant": a year the story tells, not read
        named = {int(y) for y in YEAR.findall(closing)} & set(told)
        if len(years) == 1 and len(named) == 1 and len(sentences) > 1 and years[0] not in named:
            # "… Combien en 2025 ? Et en 2026 si je fais pareil ?": the follow-up is the
            # second year's story, the question before it asks its sum too; "… Si je fais
            # pareil en 2026 ça donne quoi ?": the closing tells the second year and asks
            follow = FOLLOW_YEAR.match(fold(closing)) and ASKS_SUM.search(fold(sentences[-2]))
            # "… Si en 2026 je fais socle + toutes les options, j'aurai combien de plus ?": the
            # closing tells its year's own list
            own = IF_YEAR.match(fold(closing)) and LISTED.search(fold(closing))
            if follow or own or KEPT.search(fold(closing)):
                asks = HOW_MUCH.search(closing) if own else None
                # (its list only, not "… j'aurai combien de plus ?", which asks)
                told[min(named)].append(f"{closing[: asks.start()]}." if asks else closing)
                years = sorted((*years, *named))
                closing = sentences[-2] if follow else closing
        if ONE_ITEM_ASKED.search(fold(closing)):
            return None  # "Combien l'indicateur DMP m'a rapporté chaque année ?": its worth
        if len(years) != 2 or not (
            ASKS_SUM.search(fold(closing))
            or GAP_ASKED.search(fold(closing))
            or EACH_YEAR_ASKED.search(fold(closing))  # "Quel montant pour chacun des deux …"
            or YEARS_ASKED.search(fold(closing))  # "Montants 2024 et 2025 ?"
        ):
            return None
        schemes = set(SCHEME_NAMES.findall(fold(closing)))
        if (
            schemes
            and schemes <= {"donum", "dotation numerique"}
            and not (GAP_ASKED.search(fold(closing)) or YEAR.search(closing))
        ):
            return None  # "… Je touche quelque chose avec la Donum ?": that year only
        own_told = {y: " ".join(told[y]) for y in years}  # (before the year before's added)
        told[years[1]] = _same_rates(told[years[1]], told[years[0]])
        later = fold(" ".join(told[years[1]]))
        carried = bool(LEFT_ITEM.search(later)) and not SAME_CASE.search(later)
        kept = any(rx.search(later) for rx in (SAME_CASE, LEFT_ITEM, ADDED_TO, KEPT))
        kept = kept or bool(YEAR_NO_MORE.search(later))  # "2025 plus de MSP": a change
        kept = kept or bool(YEAR_REFERRED.search(later))  # "2025 = comme 2024 + …"
        if kept:
            # "les mêmes taux en 2026"; "En 2025 j'ai quitté la CPTS mais pris une étudiante":
            # what changed, the rest kept from the year before
            # (the amount the year before paid is none of the next year's)
            earlier = [EUROS_SAID.sub(" ", x) for x in told[years[0]]]
            earlier = self._all_named(earlier, case.profession, years[0], years[1], today)
            was, then = (
                self.rules.case(case.profession, y, today, ("question",) * 2) for y in years
            )
            # (one scheme's two years: another scheme's items are carried by `_carried`)
            alike = was and then and was.dispositif.dispositif == then.dispositif.dispositif
            own = self._own_first(earlier, told[years[1]], then) if alike and then else None
            # ("… taux 65 %. et en 2025 pareil mais à 72 % ?": that rate, the rest kept)
            rated = _rate_replaced(earlier, told[years[1]])
            told[years[1]] = rated or own or earlier + told[years[1]]
        one = replace(ans, scope=replace(ans.scope, exercices=(), schemes=()))
        lines, eur, facts, cases = [], [], [], []
        doubts: list[str] = []  # "Total incertain : … 7 805 € … 8 141 €": the maximum in doubt
        span: tuple[float, float] | None = None  # the later year's range, when one is open
        for y in years:
            c = self.rules.case(case.profession, y, today, ("question", "question"))
            if c is None:
                return None
            cases.append(c)
        if any(self._told_both_ways(own_told[c.exercice], c.dispositif) for c in cases):
            return None  # a year's own sentences naming an item met and missed: misread
        later_told = " ".join(told[years[1]])
        if kept and self._overridden(own_told[years[1]], later_told, cases[1].dispositif):
            return None  # the year before's words read over the later year's own
        # one scheme's two years: "2024 : 890 €", not its name twice
        same_scheme = _undated(cases[0]) == _undated(cases[1])
        taken_on: list[Indicateur] = []
        if kept and not same_scheme:
            # "volet 1 ok … Et en 2026 si je fais pareil ?": what the later scheme's data say
            # the earlier one's answers already meet (the volet 1's software, the Donum's)
            own = " ".join(told[years[1]][len(told[years[0]]) :])  # its own sentences
            taken_on = self._carried(" ".join(told[years[0]]), own, cases[0], cases[1])
            told[years[1]] += [f"{_short(x.libelle).split(',')[0]} ok." for x in taken_on]

        def named(c: Case) -> str:
            return str(c.exercice) if same_scheme else c.dispositif.libelle

        for c, y in zip(cases, years, strict=True):
            said = " ".join(told[y])
            received = RECEIVED.search(fold(said))
            if received:  # "Pour 2025 j'ai reçu 5 355 € de forfait structure": as told
                amount = float(re.sub(r"\D", "", received[1]))
                lines.append(f"{named(c)}{NNBSP}: {fmt_eur(amount)} (d'après vous).")
                eur.append(amount)
                continue
            f = self.fact(said + " Ça fait combien ?", one, c, whole=True)
            total = next((t for t in f.lignes if t.startswith(f"Total{NNBSP}: ")), "") if f else ""
            # (the same doubt on both years is said once)
            if f is not None:
                doubts += [t for t in self._max_doubts(f, c.dispositif) if t not in doubts]
            if f is None or f.asked != "somme" or not total:
                return None  # no total, a worth: nothing to set against the other
            if kept and y == years[1] and self._judged_over(own_told[y], f, c.dispositif):
                return None  # "la même chose mais cette fois 4 interventions": read as 2
            amount_said = total.split(NNBSP + ": ", 1)[-1].replace(f" pour l'exercice {y}", "")
            if "entre" in total:
                if y != years[-1] or not eur:
                    return None  # a range set against a range says nothing
                # "… Et en 2026 si je fais pareil ?" with the Donum's mean untold: the range,
                # and what it waits on
                low, high = (_euros_in(x) for x in amount_said.split(" et ", 1))
                span = (low, high)
                lines.append(f"{named(c)}{NNBSP}: {amount_said.rstrip('.')}.")
                lines += [t for t in f.lignes if t.startswith("Non cités")]
                facts.append(f)
                continue
            lines.append(f"{named(c)}{NNBSP}: {_nothing_said(amount_said)}.")
            lines += _missed_in(f, y)  # why a year pays less: what it missed
            if lost_asked and _euros_in(amount_said) == 0:  # (a gap between years is said after)
                lines += self._lost_in(said, one, c)  # « … combien a-t-il perdu ? »
            lines += self._not_that_year(said, c, cases) if same_scheme else []
            eur.append(_euros_in(amount_said))
            facts.append(f)
        if not facts:
            return None
        low, high = span or (eur[1], eur[1])  # the later year's total, or its range
        if carried:
            lines.append(
                f"En {years[1]}, ce que vous ne dites pas avoir changé est compté comme en "
                f"{years[0]}."
            )
        if taken_on:
            lines.append(
                f"En {years[1]}, {and_list([_q(x.libelle) for x in taken_on])} "
                f"{'est compté' if len(taken_on) == 1 else 'sont comptés'} comme atteint"
                f"{'' if len(taken_on) == 1 else 's'}, d'après votre équipement de {years[0]}"
                f"{NNBSP}: à condition de garder votre logiciel à jour."
            )
        asked = fold(closing)
        # "quel total sur les deux exercices ?"; "ça fait cb en tout ?", "les 2 versements
        # ensemble ?" after two years told: the two added (not "mon total en 2026 ?")
        summed = (
            BOTH_SUMMED.search(asked)
            or YEARS_PLUS.search(asked)
            or (
                TWO_ADDED.search(asked)
                and (len(set(YEAR.findall(closing))) != 1 or len(set(YEAR.findall(asked_last))) > 1)
            )
        )
        lines += doubts
        if summed:
            low_sum, high_sum = eur[0] + low, eur[0] + high
            added = (
                fmt_eur(low_sum)
                if low_sum == high_sum
                else f"entre {fmt_eur(low_sum)} et {fmt_eur(high_sum)}"
            )
            lines.append(f"Sur les deux exercices{NNBSP}: {added}.")
        if not summed or GAP_ASKED.search(fold(closing)):
            same = cases[1].dispositif if same_scheme else None
            lines.append(_gap_between(low - eur[0], high - eur[0], years[1], same))
        title = (
            f"{_undated(cases[0])} {years[0]} et {years[1]}"
            if same_scheme
            else f"{cases[0].dispositif.libelle} et {cases[1].dispositif.libelle}"
        )
        return _years_total(cases[-1], title, lines, facts, f"{years[0]} et {years[1]}")

    def _lost_in(self, said: str, ans: Answer, c: Case) -> list[str]:
        """What a year of a story lost, its missed items met (« Manque à gagner en 2025 :
        4 200 € … »), when the question asks what was lost."""
        f = self.fact(said + " Je perds combien ?", ans, c, whole=True)
        lines = f.lignes if f else ()
        # (what the year's missed items cost, not the gap to the maximum of items never done)
        lost = next(
            (t for t in lines if t.startswith("Manque à gagner") and "non atteint" in t), None
        )
        if lost is None:
            return []
        return [lost.replace("Manque à gagner", f"Manque à gagner en {c.exercice}", 1)]

    def _carried(self, earlier: str, later: str, before: Case, after: Case) -> list[Indicateur]:
        """The later scheme's yes/no indicators that what a story says met on the earlier
        scheme meets too, as the later scheme's `correspondances:` declare, and that the later
        year's own sentences do not name (« logiciel à jour », « le socle Donum »)."""
        folded = fold(earlier)
        named = self._listed(folded, before.dispositif)
        if not named:
            return []
        answers = self._answers(before.dispositif, named, bool(_all_met(folded)), True)
        carried = carry_over(before.dispositif, after.dispositif, answers).answers
        d = after.dispositif
        named_later = self._listed(fold(later), d) or []
        told = {x.id for x, _, _ in named_later}
        told |= {i.id for x, _, _ in named_later for i in d.indicateurs if i.groupe == x.id}
        return [i for i in d.indicateurs if carried.get(i.id) is True and i.id not in told]

    def _gone_with_scheme(
        self, folded: str, ans: Answer, case: Case, today: dt.date
    ) -> Fact | None:
        """Two schemes named, the items listed all of the one that ends and none of the one
        after (« SAS, CPTS … combien je perds avec la Donum ? »): what they paid on its last
        exercice (or the one named), none of it paid by the next; None otherwise."""
        assert ans.scope is not None
        if AT_MAX.search(folded):
            return None  # "au max du forfait structure (SAS, MSP, tout)": examples of all
        schemes = self.rules.scheme_years(case.profession)
        named = [k for k in ans.scope.schemes if k in schemes]
        if len(named) != 2:
            return None
        before, after = sorted(named, key=lambda k: min(schemes[k]))
        if max(schemes[before]) >= min(schemes[after]):
            return None
        year = next((y for y in ans.scope.exercices if y in schemes[before]), max(schemes[before]))
        old = self.rules.case(case.profession, year, today, ("question", "question"))
        new = self.rules.case(case.profession, min(schemes[after]), today, ("question", "question"))
        if old is None or new is None:
            return None
        # the items told, not the questions' words (« un truc pr ça en donum ? »)
        told = " ".join(
            x
            for x in SENTENCE_END.split(folded)
            if "?" not in x and not ASKS_SUM.search(x) and not LOSS_ASKED.search(x)
        )
        told = told or folded
        listed = self._listed(told, old.dispositif) or []
        items = [x for x, met, _ in listed if isinstance(x, Indicateur) and met]
        # kept as an indicator or as part of one (the Donum's DMP and e-prescriptions)
        kept = {x.id for i in new.dispositif.indicateurs for x in (i, *i.composantes)}
        if len(items) < 2 or len(items) != len(listed) or any(x.id in kept for x in items):
            return None
        worth = self._worth_of(old, list(items))
        if worth is None:
            return None
        paid = {r.id: r for r in at_best(old.dispositif).indicateurs}
        points = sum(paid[x.id].points or 0 for x in items)
        lost = _amount(old.dispositif, points or None, sum(paid[x.id].eur or 0 for x in items))
        name = SCHEME_LABELS.get(after, _scheme(new.dispositif))
        line = (
            f"{name[:1].upper()}{name[1:]} n'a aucun de ces indicateurs{NNBSP}: {lost} de moins "
            f"à partir de {min(schemes[after])}."
        )
        if not STILL_ASKED.search(folded):
            return replace(worth, lignes=(*worth.lignes, line))
        # "… rapportent encore quelque chose avec la Donum ?": « Non » first, and what the
        # next scheme pays for its own indicators
        most = fmt_eur(self.rules._most(new.dispositif))
        pronoun = "elle" if name.startswith("la ") else "il"
        first = (
            f"Non{NNBSP}: {name} n'a aucun de ces indicateurs{NNBSP}; {pronoun} verse au plus "
            f"{most}, pour ses propres indicateurs."
        )
        return replace(worth, lignes=(first, *worth.lignes, line), verdict="non")

    def _from_received(self, text: str, ans: Answer, case: Case, today: dt.date) -> Fact | None:
        """The amount received for one year, plus what the items taken up the next year pay,
        minus what the items left paid: "le reste identique" tells the rest pays the same.
        None unless each item changed has a fixed worth on both years' schemes."""
        assert ans.scope is not None
        first, then = sorted(ans.scope.exercices)
        # clauses: "j'ai arrêté le SAS en 2025, le reste pareil qu'en 2024 où j'avais eu 4200 €"
        clauses = _clauses(text)
        dated = [_years_of(x, today) for x in clauses]  # "l'an dernier" is a year too
        at = next((n for n, x in enumerate(clauses) if received_amount(fold(x))), None)
        if at is None or first not in dated[at] or then in dated[at]:
            return None
        received = received_amount(fold(clauses[at]))
        sources = ("question", "question")
        before = self.rules.case(case.profession, first, today, sources)
        after = self.rules.case(case.profession, then, today, sources)
        if received is None or before is None or after is None:
            return None
        if before.dispositif.dispositif != after.dispositif.dispositif:
            return None
        # what follows the amount, and what comes before it dated of the year asked
        before_it = [x for x, y in zip(clauses[:at], dated[:at], strict=True) if then in y]
        told = " ".join(before_it + clauses[at + 1 :])
        # ("En 2025 plus d'étudiant": no more of it, not « en plus » once the year is out)
        told = CLAUSE_NO_MORE.sub("pas ", YEAR_NO_MORE.sub(" pas ", fold(told)))
        told = LEFT_ITEM.sub(" pas de ", REST_SAME.sub(" ", YEAR.sub(" ", told)))
        named = self._listed(told, after.dispositif)
        # "je n'ai pu faire qu'une seule intervention": a count under its target is missed
        items = [
            (x, self._met(after.dispositif, x, met, f))
            for x, met, f in named or []
            if isinstance(x, Indicateur)
        ]
        if not items or len(items) != len(named or []):
            return None
        was = {i.id: i for i in before.dispositif.indicateurs}
        steps: list[tuple[Indicateur, float]] = []
        for x, met in items:
            source = x if met else was.get(x.id)
            d = after.dispositif if met else before.dispositif
            if source is None or source.composantes or source.cible.type in ("taux", "moyenne"):
                return None
            worth = source.eur or (source.points or 0) * (d.valeur_point or 0)
            if not worth:
                return None
            steps.append((source, worth if met else -worth))
        total = received + sum(w for _, w in steps)
        if total < 0:
            return None
        said = " ".join(
            f"{'+' if w > 0 else '−'} {fmt_eur(abs(w))} ({_q(x.libelle)})" for x, w in steps
        )
        lines = (
            f"Estimation{NNBSP}: {fmt_eur(total)} pour l'exercice {then}.",
            f"Calcul{NNBSP}: {fmt_eur(received)} reçus pour {first} {said}.",
            # ("Ça fait combien de plus ?": the gap said in one figure)
            *([f"Soit {_moved(received, total)} qu'en {first}."] if len(steps) > 1 else []),
            f"Si le reste vous rapporte autant en {then} qu'en {first}{NNBSP}; le détail de "
            "chaque année est sur amelipro.",
        )
        cited = [s for x, _ in steps for s in _labels(list(x.sources))]
        return Fact(
            after,
            "somme",
            "total",
            f"Total estimé — {_scheme(after.dispositif)}",
            lines,
            (),
            tuple(dict.fromkeys(cited)),
        )

    def _year_asked(self, text: str, ans: Answer, case: Case, today: dt.date) -> Fact | None:
        """The total of the one year the closing sentence names, on the sentences told of it
        (« pareil » brings the year told before); None unless it names one of two years."""
        assert ans.scope is not None
        sentences = SENTENCE_END.split(text.strip())
        closing = sentences[-1]
        asked = {int(y) for y in YEAR.findall(closing)} & set(ans.scope.exercices)
        last = [int(y) for x in sentences[:-1] for y in YEAR.findall(x)]
        if (
            not asked
            and last
            and last[-1] == max(ans.scope.exercices)
            and not YEAR.search(closing)
            and not BARE_TOTAL.match(fold(closing))  # "… 2026 pareil. total ?": both years
        ):
            # "2025 : socle + aller vers. En 2026 j'arrête l'EHPAD mais j'ai rejoint la CPTS.
            # Ça fera combien ?": the last year told is asked
            asked = {last[-1]}
        if len(asked) != 1 or len(sentences) < 2:
            return None
        year = asked.pop()
        told: list[str] = []
        before: list[str] = []
        current: int | None = None
        for sentence in sentences[:-1]:
            said = {int(y) for y in YEAR.findall(sentence)}
            current = said.pop() if len(said) == 1 else (None if said else current)
            if current == year:
                if not told and (
                    SAME_TOLD.search(fold(sentence)) or CHANGE_TOLD.search(fold(sentence))
                ):
                    # "En 2025 pareil et en plus…", "En 2026 je n'accueille plus d'étudiant":
                    # the year before's items, then what changed
                    told += before
                told.append(SAME_TOLD.sub(" ", sentence))
            elif current is not None:  # (the amount it paid is no amount received now)
                before.append(EUROS_SAID.sub(" ", YEAR.sub(" ", sentence)))
                if self._paid_most(sentence, case.profession, current, today):
                    # "FAMI 2024 : 1240.": every item met (that year's items, when the year
                    # asked pays more: « FAMI 2023 : 590 € » has no « aller vers »)
                    before.append(self._every_item(case.profession, current, year, today))
                elif paid := self._paid_items(sentence, case.profession, current, today):
                    before.append(paid)  # "fami 2024 jai eu 590.": the socle and the CPTS
        if (not told and not ALONE_TOLD.search(fold(closing))) or (told and len(sentences) < 3):
            return None
        # "J'ai touché 4 214 € en 2023. En 2025 avec juste le volet 1 et le SAS, combien ?":
        # the question tells its year's case itself
        one = replace(ans, scope=replace(ans.scope, exercices=(), schemes=()))
        c = self.rules.case(case.profession, year, today, ("question", "question"))
        if c is None:
            return None
        f = self.fact(" ".join([*told, YEAR.sub(" ", closing)]), one, c, today)
        if f is not None and LOSS_ASKED.search(fold(closing)):
            # "En 2025 … = 450 pts soit 3 150 €. En 2026, mêmes taux : … Combien en 2026 et
            # combien je perds ?": the year told with its amount, against the one asked
            f = _against_earlier(f, fold(text), year)
        return f

    def _years_summed(
        self,
        text: str,
        ans: Answer,
        case: Case,
        today: dt.date,
        between: tuple[int, int] | None = None,
    ) -> Fact | None:
        """Each year a story tells, its total on that year's rules, then the years added
        (« 2023 socle + coordo. 2024 pareil + un étudiant. Total sur les 2 ans ? »). A year told
        « pareil », « sauf » or « en plus » starts from the year before's case; a sentence naming
        several years tells each of them. With `between` (« quelle différence entre 2025 et
        2026 ? » after three years told), those two years and the gap instead of the sum. None
        unless every year gives one total."""
        assert ans.scope is not None
        # "En 2024 … ; en 2025 uniquement le socle.": a clause opening on a year is a sentence
        sentences = _story_sentences(text)
        head, comma, tail = sentences[-1].rpartition(", ")
        balanced = head.count("(") == head.count(")")  # (not a comma within brackets)
        if comma and balanced and ASKS_SUM.search(fold(tail)) and YEAR.search(head):
            sentences[-1:] = [head, tail]  # "…, en 2026 pareil sans SAS, ça fait combien ?"
        # each clause told as a sentence ends as one (« … (2h/semaine), en 2023 pas de SAS »)
        sentences = [x if x.rstrip()[-1:] in ".!?;" else f"{x.rstrip()}." for x in sentences]
        told: dict[int, list[str]] = {}
        no_more: set[int] = set()  # the years told by what they no longer have
        current: list[int] = []
        for sentence in sentences[:-1]:
            # ("2025 : pareil que 2024 + …" tells 2025; 2024 is where it starts from)
            own_years = YEAR.findall(MONTH_DATED.sub(" ", SAME_AS_YEAR.sub(" ", fold(sentence))))
            said = [int(y) for y in own_years if int(y) in ans.scope.exercices]
            since = FROM_YEAR.search(fold(sentence))
            spanned = YEARS_SPANNED.search(fold(sentence))
            if spanned and set(said) == {int(spanned[1]), int(spanned[2])}:
                # "socle + coordo chaque année de 2023 à 2025": each year between too
                told_span = range(int(spanned[1]), int(spanned[2]) + 1)
                said = [y for y in sorted(ans.scope.exercices) if y in told_span]
            if not said and EVERY_YEAR_SAID.search(fold(sentence)):
                said = sorted(ans.scope.exercices)  # "… les 2 ans.": each year's
            elif since and set(said) == {int(since[1])}:  # "SAS à partir de 2024": and after
                said = [y for y in sorted(ans.scope.exercices) if y >= int(since[1])]
            elif since and not said and int(since[1]) < min(ans.scope.exercices, default=0):
                # "dans une CPTS depuis 2021. En 2022 et en 2023 …": each year told is after
                said = sorted(ans.scope.exercices)
            current = list(dict.fromkeys(said)) or current
            for y in current:  # (each year its own figure: "MES 6 % en 2023, 8 % en 2024")
                own = _figures_for(sentence, y) if len(current) > 1 else sentence
                told.setdefault(y, []).append(YEAR.sub(" ", _no_more(own)))
                if YEAR_NO_MORE.search(fold(sentence)) or CLAUSE_NO_MORE.search(fold(sentence)):
                    no_more.add(y)  # "2025 plus de MSP": what changed from the year before
                if SAME_AS_YEAR.search(fold(sentence)):
                    no_more.add(y)  # "2025 = comme 2024 moins l'étudiant": from the year before
        years = sorted(told)
        if len(years) < 2 or set(years) != set(ans.scope.exercices):
            return None
        counted = YEARS_COUNTED.search(fold(sentences[-1]))
        n = counted[1] if counted else ""
        if counted and (int(n) if n.isdigit() else NUMBER_WORDS[n]) != len(years):
            return None  # "… Combien sur les trois ans ?" after two years read: one missed
        for y0, y in itertools.pairwise(years):
            told[y] = _same_rates(told[y], told[y0])
        lost_asked = between is None and LOST_WORD.search(fold(sentences[-1])) is not None
        lost_sum = 0.0
        one = replace(ans, scope=replace(ans.scope, exercices=(), schemes=()))
        lines: list[str] = []
        doubts: list[str] = []
        facts: list[Fact] = []
        low = high = 0.0
        each: dict[int, tuple[str, float, float]] = {}  # a year's line and its total's range
        missed: dict[int, list[str]] = {}  # a year's items missed, said
        before: list[str] = []  # the year before's case, as told
        carried_said: list[str] = []  # a new scheme's items met by the year before's story
        unsaid: list[str] = []  # what a year's range waits on
        cases = [
            self.rules.case(case.profession, y, today, ("question", "question")) for y in years
        ]
        if any(c is None for c in cases):
            return None
        same_scheme = len({_undated(c) for c in cases if c is not None}) == 1
        for y, c in zip(years, cases, strict=True):
            assert c is not None
            own = told[y]
            said = fold(" ".join(own))
            received = RECEIVED.search(said)
            name = str(y) if same_scheme else c.dispositif.libelle
            if received and not LISTED.search(said.replace(received[0], " ")):
                # "En 2024 j'ai eu 1 240 €.": as told; « pareil » next year means every item
                amount = float(re.sub(r"\D", "", received[1]))
                lines.append(f"{name}{NNBSP}: {fmt_eur(amount)} (d'après vous).")
                low, high = low + amount, high + amount
                each[y] = (lines[-1], amount, amount)
                most = self._paid_most(" ".join(own), case.profession, y, today)
                nxt = years[years.index(y) + 1] if y != years[-1] else y
                before = [self._every_item(case.profession, y, nxt, today)] if most else []
                continue
            if self._told_both_ways(" ".join(own), c.dispositif):
                return None  # "pas de coordination en 2023, puis en 2024 … une CPTS": misread
            inherits = before and (
                any(rx.search(said) for rx in (SAME_TOLD, CHANGE_TOLD, SAME_BUT, ADDED_TO))
                or y in no_more
            )
            case_told = [*before, *(SAME_TOLD.sub(" ", x) for x in own)] if inherits else own
            if inherits:  # "2024 … taux 65 %. et en 2025 pareil mais à 72 % ?": that rate
                case_told = _rate_replaced(before, own) or case_told
            prior = cases[years.index(y) - 1] if y != years[0] else None
            if inherits and prior is not None and _undated(prior) != _undated(c):
                # "2025 volet 1 + coordo + SAS, en 2026 pareil sans SAS": on the Donum, what
                # the forfait structure's equipment meets, the rest of its socle untold
                taken_to = self._taken_to(before, own, prior, c)
                case_told = taken_to or case_told
                carried_said += [_item_of(x) for x in taken_to[len(own) :]]
            if inherits and self._overridden(" ".join(own), " ".join(case_told), c.dispositif):
                return None
            f = self.fact(" ".join(case_told) + " Ça fait combien ?", one, c, today, whole=True)
            total = next((t for t in f.lignes if t.startswith(f"Total{NNBSP}: ")), "") if f else ""
            if f is None or f.asked != "somme" or not total:
                return None
            if inherits and self._judged_over(" ".join(own), f, c.dispositif):
                return None
            unsaid += [t for t in f.lignes if t.startswith("Non cités") and "entre" in total]
            amount_said = total.split(NNBSP + ": ", 1)[-1].replace(f" pour l'exercice {y}", "")
            lines.append(f"{name}{NNBSP}: {_nothing_said(amount_said)}.")
            doubts += [t for t in self._max_doubts(f, c.dispositif) if t not in doubts]
            if "entre" in total:
                a, b = (_euros_in(x) for x in amount_said.split(" et ", 1))
            else:
                a = b = _euros_in(amount_said)
            low, high = low + a, high + b
            each[y] = (lines[-1], a, b)
            missed[y] = _missed_in(f, y)  # why a year pays less: what it missed
            if same_scheme:
                missed[y] += self._not_that_year(" ".join(case_told), c, cases)
            lines += missed[y]
            if lost_asked:  # « combien j'ai perdu en tout sur les 2 ans ? »: each year's loss
                lost = self._lost_in(" ".join(case_told), one, c)
                lines += lost
                if lost:  # (a year with nothing missed loses nothing)
                    lost_sum += _euros_in(lost[0].split(f"{NNBSP}: ", 1)[1])
            facts.append(f)
            before = [EUROS_SAID.sub(" ", x) for x in case_told]
            if y != years[-1]:
                before = self._all_named(
                    before, case.profession, y, years[years.index(y) + 1], today
                )
        if not facts:
            return None
        n = len(years)
        if between is not None:
            (first, a0, b0), (second, a1, b1) = each[between[0]], each[between[1]]
            same = cases[0].dispositif if same_scheme else None
            gap = _gap_between(a1 - b0, b1 - a0, between[1], same)
            lines = [first, *missed[between[0]], second, *missed[between[1]], gap]
        else:
            summed = fmt_eur(low) if low == high else f"entre {fmt_eur(low)} et {fmt_eur(high)}"
            lines.append(f"Sur les {'deux' if n == 2 else n} exercices{NNBSP}: {summed}.")
            if lost_asked and lost_sum:
                over = f"les {'deux' if n == 2 else n} exercices"
                lines.append(f"Manque à gagner sur {over}{NNBSP}: {fmt_eur(lost_sum)}.")
            # « le total sur ces trois exercices, ainsi que l'écart entre 2025 et 2023 »: both
            closing = fold(sentences[-1])
            pair = sorted({int(y) for y in YEAR.findall(closing)} & set(each))
            if n > 2 and len(pair) == 2 and GAP_WORD.search(closing):
                (_, a0, b0), (_, a1, b1) = each[pair[0]], each[pair[1]]
                same = cases[0].dispositif if same_scheme else None
                gap = _gap_between(a1 - b0, b1 - a0, pair[1], same)
                gap = gap.removeprefix("Soit ")
                lines.append(f"Entre {pair[0]} et {pair[1]}{NNBSP}: {gap[0].lower()}{gap[1:]}")
        lines += doubts + unsaid
        if carried_said:
            lines.append(
                f"{and_list([_q(x) for x in carried_said])} "
                f"{'est compté' if len(carried_said) == 1 else 'sont comptés'} comme atteint"
                f"{'' if len(carried_said) == 1 else 's'} d'après ce que vous dites de l'année "
                f"d'avant{NNBSP}: à condition de garder votre logiciel à jour."
            )
        span = f"{years[0]} {'et' if n == 2 else 'à'} {years[-1]}"
        title = (
            f"{_undated(cases[0])} {span}"
            if same_scheme
            else " puis ".join(dict.fromkeys(_undated(c) for c in cases if c is not None))
        )
        return _years_total(facts[-1].case, title, lines, facts, span)

    def _max_doubts(self, f: Fact, d: Dispositif) -> list[str]:
        """A year's doubt on its scheme's maximum (« Total incertain : … 7 805 € … 8 141 € »),
        said in a story's totals only when that year's total is the maximum: a year of
        volet 1 only does not depend on it."""
        total = next((t for t in f.lignes if t.startswith(f"Total{NNBSP}: ")), "")
        if fmt_eur(self.rules._most(d)) not in total:
            return []
        return [t for t in f.lignes if t.startswith("Total incertain")]

    def _not_that_year(self, said: str, c: Case, cases: list[Case]) -> list[str]:
        """What a year's story names that only another year of the scheme has, said not
        counted rather than dropped in silence (« fami 2023 socle ok + un étudiant de 6e
        année »: the student is an indicator from 2024)."""
        own = {i.id for i in c.dispositif.indicateurs}
        named: dict[str, str] = {}
        for other in (k for k in cases if k is not c):  # (its own items are all its own)
            for x, met, _ in self._listed(fold(said), other.dispositif) or []:
                if met and isinstance(x, Indicateur) and x.id not in own:
                    named.setdefault(x.id, x.libelle)
        return [f"{_q(x)} n'existe pas en {c.exercice}{NNBSP}: non compté." for x in named.values()]

    def _taken_to(self, before: list[str], own: list[str], prior: Case, c: Case) -> list[str]:
        """A year told « pareil » on a new scheme: its own sentences, then the new scheme's
        items the year before's story meets (`_carried`), said met; « rien d'autre » when its
        own sentences name none of the new scheme's items, so that the rest is left open.
        Empty when the year before's story meets none of them."""
        said = [SAME_TOLD.sub(" ", x) for x in own]
        taken = self._carried(" ".join(before), " ".join(said), prior, c)
        if not taken:
            return []
        alone = not self._listed(fold(" ".join(said)), c.dispositif)
        end = _TAKEN_ON if alone else " ok."
        return [*said, *(f". {_short(x.libelle).split(',')[0]}{end}" for x in taken)]

    def _worth_over_years(
        self, folded: str, ans: Answer, case: Case, today: dt.date
    ) -> Fact | None:
        """What the items a question joins are worth on each of its two years' rules, each
        once met (the blocks they wait on said); None unless both years name them, the first
        at least two (one item over years is `RuleFacts`')."""
        assert ans.scope is not None
        years = sorted(ans.scope.exercices)
        lines: list[str] = []
        facts: list[Fact] = []
        cases = []
        for y in years:
            c = self.rules.case(case.profession, y, today, ("question", "question"))
            named = self._listed(YEAR.sub(" ", folded), c.dispositif) if c else None
            if c is None or not named or any(not m or f is not None for _, m, f in named):
                return None
            if not facts and len(named) < 2:
                return None
            worth = self._worth_of(c, [x for x, _, _ in named])
            head = worth.lignes[0] if worth else ""
            if worth is None or not head.startswith(("Ensemble", "Total")):
                return None
            said = head.split(f"{NNBSP}: ", 1)[1].replace(f" pour l'exercice {y}", "")
            counted = [t for t in worth.lignes if t.startswith("Comptés")]
            lines.append(f"{c.dispositif.libelle}{NNBSP}: {said}")
            lines += [f"En {y}, {t[0].lower()}{t[1:]}" for t in counted]
            facts.append(worth)
            cases.append(c)
        title = " et ".join(dict.fromkeys(c.dispositif.libelle for c in cases))
        return _years_total(cases[-1], title, lines, facts, f"{years[0]} et {years[1]}")

    def _every_item(self, profession: str, year: int, later: int, today: dt.date) -> str:
        """ "Tout validé." when `later` pays the same most as `year`; else each of `year`'s
        blocks and items said met by name, so that `later`'s new items stay untold."""
        sources = ("question", "question")
        c, a = (self.rules.case(profession, y, today, sources) for y in (year, later))
        if (
            c is None
            or a is None
            or self.rules._most(c.dispositif) == self.rules._most(a.dispositif)
        ):
            return "Tout validé."
        d = c.dispositif
        said = []
        for g in d.groupes:
            if g.regle == "tous_requis":
                said.append(f"{_short(g.libelle)} ok.")
            else:
                said += [f"{_short(i.libelle)} ok." for i in d.indicateurs if i.groupe == g.id]
        return " ".join(said)

    def _all_named(
        self, told: list[str], profession: str, year: int, later: int, today: dt.date
    ) -> list[str]:
        """ "fami 2023 tout ok + cpts. 2024 pareil + …": « tout » was 2023's items; told again
        for 2024, each of them by name, so that the items new in 2024 stay untold."""
        sources = ("question", "question")
        c, a = (self.rules.case(profession, y, today, sources) for y in (year, later))
        if (
            c is None
            or a is None
            or c.dispositif.dispositif != a.dispositif.dispositif  # (another scheme's items)
            or self.rules._most(a.dispositif) <= self.rules._most(c.dispositif)
        ):
            return told  # (no item new in `later`: « tout » is all of it again)
        every = self._every_item(profession, year, later, today)
        named = every.replace(" ok. ", " ok, ").rstrip(".")
        out = []
        for x in told:
            f = fold(x)
            m = _all_met(f)
            out.append(f"{f[: m.start()]} {named} {f[m.end() :]}" if m else x)
        return out

    def _paid_items(self, sentence: str, profession: str, year: int, today: dt.date) -> str:
        """ "fami 2024 jai eu 590.": the items the one amount a sentence tells pays, when only
        one set of them does (« socle ok. Implication … ok. »); "" otherwise."""
        c = self.rules.case(profession, year, today, ("question", "question"))
        received = received_amount(fold(sentence))
        paid = only_paying(c.dispositif, received) if c is not None and received else None
        return " ".join(f"{_short(x).split(',')[0]} ok." for x in paid) if paid else ""

    def _paid_most(self, sentence: str, profession: str, year: int, today: dt.date) -> bool:
        """Whether a sentence of a story says the year paid the most the scheme pays (« FAMI
        2024 : 1240. »), i.e. that every item was met."""
        c = self.rules.case(profession, year, today, ("question", "question"))
        said = [float(re.sub(r"\D", "", m)) for m in EUROS_SAID.findall(fold(sentence))]
        said = [x for x in said if x] or [
            float(x)
            for x in re.findall(r"(?<![\d/])\b(\d{3,4})\b(?![\d/%])", fold(sentence))
            if int(x) != year
        ]
        return c is not None and len(said) == 1 and said[0] == self.rules._most(c.dispositif)

    def _two_years(self, text: str, ans: Answer, case: Case, today: dt.date) -> Fact | None:
        """One list of what is met, judged on each of two exercices of one scheme ("mêmes
        résultats en 2024 et en 2025 : volet 1, DMP… je touche le même montant ?"); None
        when the two years are not of one scheme or either reading gives no total."""
        assert ans.scope is not None
        years = sorted(ans.scope.exercices)
        cases = self.rules.cases(
            case.profession, years, today, ("question", "question"), one_scheme=True
        )
        if cases is None or self._told_both_ways(text, cases[0].dispositif, years):
            return None
        one = replace(ans, scope=replace(ans.scope, exercices=()))
        facts = [self.fact(_figures_for(text, c.exercice, years), one, c) for c in cases]
        if any(f is None or f.asked != "somme" for f in facts):
            return None
        said = []  # each year's total, as its fact says it, without « pour l'exercice N »
        for c, f in zip(cases, facts, strict=True):
            assert f is not None
            # « Total » for a sum, « Ensemble » for options paid on condition of a block
            total = next((t for t in f.lignes if t.startswith(("Total", "Ensemble"))), None)
            if total is None:
                return None
            said.append(
                total.split(NNBSP + ": ", 1)[-1].replace(f" pour l'exercice {c.exercice}", "")
            )
        lines = [f"{c.exercice}{NNBSP}: {t}" for c, t in zip(cases, said, strict=True)]
        # "ca fait cb en tout pr la fonction de maitre de stage ?": the item's share each
        # year and their sum, said first
        shares = [next((t for t in f.lignes if t.startswith("Pour «")), "") for f in facts if f]
        share_of = {t.split(NNBSP + ": ", 1)[0] for t in shares}
        if all(shares) and len(share_of) == 1:
            each = [t.split(NNBSP + ": ", 1)[1].rstrip(".") for t in shares]
            lines.insert(
                0,
                f"{share_of.pop()}{NNBSP}: "
                + ", ".join(f"{e} en {c.exercice}" for c, e in zip(cases, each, strict=True))
                + f", soit {fmt_eur(sum(_euros_in(e) for e in each))} sur les deux exercices.",
            )
        same = said[0].split(", à condition")[0] == said[1].split(", à condition")[0]
        asked = fold(SENTENCE_END.split(text.strip())[-1])
        losses = [
            next((t for t in f.lignes if t.startswith("Manque à gagner")), "") for f in facts if f
        ]
        if LOST_WORD.search(asked) and all(losses):
            # "2023 et 2024 tout validé sauf le SAS. combien j'ai perdu en tout ?": each year's
            # loss and their sum, said first
            each = [t.split(NNBSP + ": ", 1)[1] for t in losses]
            lost = [_euros_in(e) for e in each]
            lines = [
                *(
                    f"Manque à gagner en {c.exercice}{NNBSP}: {e}"
                    for c, e in zip(cases, each, strict=True)
                ),
                f"Manque à gagner sur les deux exercices{NNBSP}: {fmt_eur(sum(lost))}.",
                *lines,
            ]
        sure = [SURE_TOTAL.fullmatch(t) for t in said]
        if _two_added(asked) and all(sure):
            # "socle ok en 2023 et 2024, … total touché sur 2023 + 2024 ?": the two added
            added = sum(_euros_in(t) for t in said)
            lines.append(f"Sur les deux exercices{NNBSP}: {fmt_eur(added)}.")
        lines.append("Le même montant les deux années." if same else _gap_of(said, years))
        if not same:  # "… exactement la même chose les deux années. Normal ?": what moved
            lines += self._worth_moved(text, cases[0], cases[1])
        last = facts[-1]
        assert last is not None
        rest = [t for t in last.lignes if not t.startswith("Pour «")]
        return replace(
            last,
            titre=last.titre.replace(str(years[1]), f"{years[0]} et {years[1]}"),
            lignes=(*lines, *rest[1:]),
        )

    def _own_first(self, earlier: list[str], own: list[str], case: Case) -> list[str] | None:
        """A year told from the year before (« 2024 tout bon idem », « 2024 socle ok avec les
        mêmes », « idem sauf que j'ai quitté la CPTS ») whose own words name an item the year
        before names too: the year before's items each told again by name, those its own words
        name left to them, then its own words. « tout bon » with « idem » is the year before's
        items all met, not every indicator. None when the own words name none of them, or an
        item cannot be told again word for word (the year before's sentences are read as they
        are)."""
        d = case.dispositif
        said = _prepared(" ".join(own), case)
        all_met = _all_met(fold(said)) if SAME_TOLD.search(fold(said)) else None
        if all_met is not None and "sauf" not in fold(said):
            said = fold(said)[: all_met.start()] + fold(said)[all_met.end() :]
        else:
            all_met = None
        rest = fold(_prepared(" ".join(earlier), case))
        before = self._listed(rest, d) or []
        listed = self._listed(fold(said), d) or []
        mine = {x.id for x, _, _ in listed}
        # « 2024 idem sauf que mon éditeur ne m'a jamais passé à l'addendum 8 » after « volet
        # 1 validé »: the block paid whole the item missed belongs to is no longer told met
        block = {i.id: i.groupe for i in d.indicateurs}
        whole = {g.id for g in d.groupes if g.regle == "tous_requis"}
        unsaid = {block[x.id] for x, met, _ in listed if not met and block.get(x.id) in whole}
        if not before or not (all_met or (mine | unsaid) & {x.id for x, _, _ in before}):
            return None
        parts = any(isinstance(f, dict) for _, _, f in before)
        # (each number its item's figure: « toujours mes 3 interventions » is read)
        numbers = re.findall(r"\d+", NOT_A_FIGURE.sub(" ", YEAR.sub(" ", fold(said))))
        figured = len(numbers) > sum(isinstance(f, float) for _, _, f in listed)
        if parts or _all_met(rest) or figured:
            # « tout validé sauf la MSS » the year before, « pareil sauf DMT à 92 % », « 2025
            # pareil + pse et dmt ok » after parts of the téléservices told: the whole, a
            # figure among others or parts of an item, read as told
            return None
        told = []
        for x, met, figure in before:
            if x.id in mine | unsaid or block.get(x.id) in mine:
                continue  # (« toujours le volet 1 »: its parts told the year before with it)
            # (« tout bon » again: a rate told below its target the year before is met now)
            again = (
                self._told_again(x, True, None, d)
                if all_met is not None
                else self._told_again(x, met, figure, d)
            )
            if again is None:
                return None
            told.append(again)
        if NOTHING_ELSE.search(rest) or ONLY_ITEM.search(rest):
            told.append("Rien d'autre.")
        return [*told, said if all_met is not None else " ".join(own)]

    def _told_again(
        self, x: Indicateur | Groupe, met: bool, figure: Figure | None, d: Dispositif
    ) -> str | None:
        """One item said again in words `_listed` reads back as said: « Socle ok. », « pas de
        SAS. », « DMP 32 %. »; None when none of them does."""
        whole = _short(x.libelle).split(",")[0]
        # (the fewest words first: « … Ségur avec MSSanté intégrée » names the messagerie too)
        short = whole.split(" avec ")[0].split(" (")[0].split(" : ")[0]  # "« Aller vers » : …"
        names = dict.fromkeys((short, whole))
        n = f"{figure:g}".replace(".", ",") if isinstance(figure, float) else ""
        tries = [
            t
            for name in names
            for t in (
                ([f"{name} ok." if met else f"pas de {name}."])
                if figure is None
                else [f"{name} {n} %.", f"{name} : {n}.", f"{n} {name}."]
            )
        ]
        for t in tries:
            read = [(y.id, m, f) for y, m, f in self._listed(fold(t), d) or []]
            if read == [(x.id, met, figure)]:
                return t
        return None

    def _overridden(self, own: str, told: str, d: Dispositif) -> bool:
        """Whether a year told from the year before (« pareil ») reads one of its own items
        the other way round than its own sentences say (« en 2023 pas de SAS » read before
        « inscrit au SAS début 2024 »): the year before's words won, so the year is misread."""
        # (an item told with a figure is judged on it: « pareil sauf dmp 33 » is not missed)
        said = {x.id: met for x, met, f in self._listed(fold(own), d) or [] if f is None}
        read = {x.id: met for x, met, f in self._listed(fold(told), d) or [] if f is None}
        return any(x in read and read[x] != met for x, met in said.items())

    def _judged_over(self, own: str, f: Fact, d: Dispositif) -> bool:
        """Whether a year told from the year before (« 2025 → idem 2024 + étudiant » after
        « étudiant ✘ », « pareil mais 4 interventions » after 2) has its total count one of
        its own items the other way round than its own words: met said missed, or missed said
        met, or a count of its own judged on the year before's."""
        met = next((t for t in f.lignes if t.startswith(f"Atteints{NNBSP}: ")), "")
        missed = next((t for t in f.lignes if t.startswith(f"Non atteints{NNBSP}: ")), "")
        for x, ok, figure in self._listed(fold(own), d) or []:
            said = _q(x.libelle)
            if ok and figure is None and said in missed:
                return True
            if not ok and said in met and not re.search(r"\d", own):
                return True  # (not « pareil sauf dmp 33 % »: a figure changed, judged on it)
            if isinstance(figure, float) and said in missed + met:
                shown = re.search(rf"{re.escape(said)}[^«]*?vous{NNBSP}: ([\d,]+)", missed + met)
                if shown and float(shown[1].replace(",", ".")) != figure:
                    return True
        return False

    def _told_both_ways(self, text: str, d: Dispositif, years: Iterable[int] = ()) -> bool:
        """Whether the text tells one item two ways, met and missed or with two figures
        (« 2024 : socle raté. 2025 : socle ok. MSP les deux années »), or lists items in
        clauses of one of `years` each (« FAMI 2024 socle + étudiant, FAMI 2025 socle +
        étudiant + CPTS »), or in one besides a clause of several (« volet 1 et MSP en 2024 et
        en 2025 ; en 2025 j'ai aussi pris un externe »): its years differ, so one list judged
        on each reads neither (not « Mes taux 2026 : … pareil en 2028 ? »)."""
        said: dict[str, set[str]] = {}
        own: set[str] = set()  # the years a clause of their own lists items for
        led: set[str] = set()  # the years that lead a clause of their own
        shared = False  # a clause lists items for several years at once
        asked = {str(y) for y in years}
        sentences = _story_sentences(text, YEAR_LED)
        for sentence in sentences:  # (one list keeps an item's first reading only)
            if "?" in sentence and not YEAR.search(sentence[:20]):
                continue  # "Avec le passage de la coordination … en 2022, j'ai gagné ?": asked
            listed = self._listed(fold(sentence), d) or []
            for x, met, figure in listed:
                if isinstance(x, Indicateur) and x.composantes:
                    continue  # "AAT 92 %. CM AT-MP, DSG, SPE quasi zéro": its parts, each told
                said.setdefault(x.id, set()).add(f"{met} {figure}")  # (« 2 », then « 5 »)
            named = set(YEAR.findall(MONTH_DATED.sub(" ", fold(sentence)))) & asked
            if listed and len(named) == 1:
                own |= named
            if len(named) == 1 and YEAR.match(fold(sentence).lstrip(" -:")):
                led |= named  # "2025 : tout.": the year leads a clause of its own
            shared = shared or bool(listed and len(named) > 1)
        # (« SAS 2024 non atteint … 2025 pareil »: the other year told as the same)
        other = (shared or len(led | own) > 1) and not SAME_TOLD.search(fold(text))
        apart = len(own) > 1 or bool(own and other) or bool(YEAR_CONTRAST.search(fold(text)))
        return apart or any(len(v) > 1 for v in said.values())

    def _worth_moved(self, text: str, before: Case, after: Case) -> list[str]:
        """Each item a story lists as met whose worth differs between two years (« Capacité
        à coder … : 130 points en 2019, 50 points en 2020 »)."""
        listed = self._listed(fold(text), before.dispositif) or []
        then = {x.id: x for x in after.dispositif.indicateurs}
        then.update({g.id: g for g in after.dispositif.groupes})
        out = []
        for x, met, _ in listed:
            now = then.get(x.id)
            was, is_ = _worth(before.dispositif, x), _worth(after.dispositif, now) if now else ""
            if met and now is not None and was and is_ and was != is_:
                out.append(
                    f"{_q(x.libelle)}{NNBSP}: {was.strip(' ()')} en {before.exercice}, "
                    f"{is_.strip(' ()')} en {after.exercice}."
                )
        return out

    def story_total(self, text: str, d: Dispositif) -> Estimate | None:
        """What the indicators a question lists pay together on `d`, when it lists three or
        more (a story, not "en MSP, la coordination n'a pas été payée") and leaves none of a
        block unsaid: « reçu 3 745 €, j'avais volet 1, CPTS, DMP 31 % … ça correspond ? »
        sets the amount against the list."""
        folded = fold(text)
        named = self._listed(folded, d)
        if named is None or len({x.id for x, _, _ in named}) < 3 or _left_open(d, named):
            return None
        everything = bool(_all_met(folded))
        return estimate(d, self._answers(d, named, everything, False), gains=False)

    def told_met(self, text: str, d: Dispositif) -> frozenset[str]:
        """The indicators and blocks the text says are met, figures aside ("en MSP, j'ai bien
        coché la coordination")."""
        listed = self._listed(fold(text), d) or []
        return frozenset(x.id for x, met, figure in listed if met and figure is None)

    def items_listed(self, text: str, d: Dispositif) -> int:
        """How many indicators and blocks the text names, met or not; when the list does not
        read, how many indicators it names by a word of their libellé."""
        listed = self._listed(fold(text), d)
        if listed is not None:
            return len(listed)
        return sum(self.rules.names(text, x) for x in (*d.groupes, *d.indicateurs))

    def indicators_named(self, text: str, d: Dispositif) -> frozenset[str]:
        """The indicators the text names, met or not, the blocks aside (« volet 1 ok, visio,
        codage, externes »: three)."""
        listed = self._listed(fold(text), d) or []
        return frozenset(x.id for x, _, _ in listed if isinstance(x, Indicateur))

    def _listed(
        self, folded: str, d: Dispositif
    ) -> list[tuple[Indicateur | Groupe, bool, Figure | None]] | None:
        """Each indicator or group named, whether it is met, and the figure given with it;
        None when an item names an indicator without telling which."""
        folded = POINTS_EQUAL.sub(" ", folded)  # "téléservices = 110, DMP + MSS = 80": no rate
        folded = COUNT_INSTEAD.sub("mais ", folded)  # "idem sauf 4 interventions": now 4
        # "teleservices (oui) DMP (non) ordo (oui)": each item's status, then the next item
        folded = NO_IN_BRACKETS.sub(" non atteint, ", YES_IN_BRACKETS.sub(" ok, ", folded))
        # "tout sauf l'étudiant (socle, MSP, aller vers)": what « tout » is, then the exception
        folded = EXCEPT_THEN_LIST.sub(r"\3, \1 \2", folded)
        folded = NOTHING_LOST.sub(" ", folded)  # "… au SAS sans rien perdre d'autre": no denial
        folded = BLOCK_WHOLE.sub(r"\1 ok", folded)  # "jsuis à 100 % du socle": the whole block
        # "pas la prescription électronique de transport (SPE)": the item's acronym, no other
        folded = ACRONYM_ASIDE.sub("", folded)
        # the item's words, whether it is met, whether it holds the question
        parts: list[tuple[str, bool, bool]] = []
        excepted = False
        # "socle ok sauf la messagerie + coordination": the block whose items « sauf » takes
        # out, and the parts read under it
        scope: str | None = None
        excepted_at: dict[int, tuple[str, int]] = {}  # the block, and the first part after
        lacking = False  # "il me manque juste le SAS et les stagiaires": each one missed
        denied = False  # within brackets opened on a negation
        not_these = False  # after « pas de … », the next « de … » are missed too
        listing = False  # after a short « pas de X », the bare items listed next are missed
        nor = False  # after « ni », the item is missed
        sentence = 0  # where the sentence's items start in `parts`
        # "volet 1 ok (Ségur, MSSanté, FSE 89 %)": the block's items in brackets, by part
        within: dict[int, str] = {}
        block_open: str | None = None
        colon_led = False  # the block's items follow its colon, to the sentence's end
        # "(téléservices, DMP, messagerie) je n'atteins aucune cible": each one missed, as
        # under a bracket opened on « pas de »
        listed = PAIR_DENIED.sub(r"pas de \1 ni \2", DENIED_WITHIN.sub(r", (pas de \1)", folded))
        listed = DENIED_BESIDE.sub(_denied_beside, listed)  # "le SAS (pas de DMP)": the SAS had
        listed = MET_AFTER_DENIED.sub(r"\1, \2", listed)  # "pas d'étudiant (socle + CPTS)"
        listed = DENIED_AFTER.sub(r"(pas de \1)", listed)
        listed = LED_DENIED.sub(r"(pas de \1)", listed)  # "pour X, Y et Z je n'atteins rien"
        listed = BLOCK_THEN_HAD.sub(r"\1 : ", listed)  # "volet 2 j'ai dmp, …": its items
        listed = NONE_AGAIN.sub(r"\1", BLOCK_ALL_DENIED.sub(r"\1 ", listed))
        listed = BRACKET_THEN_ITEM.sub("), ", NO_MORE_ITEM.sub(_no_more_item, listed))
        listed = ITEM_WITHIN.sub(_item_within, listed)  # "FSE 60 % (MSP ok quand même)"
        listed = HAD_NO_MORE.sub(r"\1\2 pas ", listed)  # "elle n'a plus de MSS" (« plus »: +)
        listed = DONE_NO_MORE.sub(r"\1 pas ", listed)  # "elle a plus fait d'aller vers" (SMS)
        if " / " in listed:  # (the pattern backtracks on long texts: ~50 µs without a slash)
            listed = SLASHED_DENIED.sub(_slashed_denied, listed)
        listed = ALL_OPTIONS.sub("les optionnels", listed)  # "les 3 options": the group
        listed = VOLET_SPELLED.sub(lambda m: f"volet {'1' if m[1] == 'un' else '2'}", listed)
        # "… plus le sas euh rien d'autre": the item, then « rien d'autre » on its own
        listed = NOTHING_ELSE.sub(lambda m: f", {m[0]}", FILLER.sub(" ", listed))
        # "je calcule 370 points soit 2 590 €", "= 890 € ?": the asker's total, no item
        listed = SUMMED.sub(" ?", RECKONED.sub(" ", listed))
        listed = CLAIMED_SUM.sub(" ", listed)  # "un ami dit 1960 + 140": his total, no item
        listed = PRACTITIONER.sub(" ", listed)
        listed = BLOCK_THEN_ITEM.sub(r"au \1, ", listed)
        listed = BLOCK_LED_ALL.sub(r"\1 \2", listed)  # "au volet 2 tout validé sauf X"
        listed = WHO_ALSO_MET.sub(r", \1", listed)  # "membre d'une CPTS qui a validé ses socles"
        listed = BLOCK_YEAR.sub(r"\1", listed)
        listed = SAS_CPTS.sub("sas", listed)
        listed = _no_more(listed)  # "en 2026 plus de stagiaire": none
        listed = _figures_split(_counts_joined(REFERENCE.sub(" ", _condition_split(listed))))
        listed = ITEMS_SIDE_BY_SIDE.sub(r"\1, ", listed)
        listed = CONFIRMED_ASIDE.sub(" ", listed)  # "DMT 91 % (oui j'ai quelques patients MT)"
        conceded: set[int] = set()  # the parts after « mais »: "pas inscrit au SAS mais …"
        slashed = False  # the item follows a slash: "CM AT-MP / DSG / SPE"
        run = 0  # where the items joined by slashes start in `parts`
        word = previous = ""  # the part read before (the last one not blank)
        for part in SEPARATOR.split(listed):
            previous = word or previous
            if previous.endswith("?"):  # "… sauf l'étudiant, combien ? socle, MSP ok": met
                excepted = False
            word = INCLUDED_ASIDE.sub(" ", part).strip()  # "tout le volet 2 (SAS compris)"
            slashed = word == "/" or (slashed and not word)
            if word in ("mais", "par contre", "en revanche", "alors que", "alors qu'"):
                conceded.add(len(parts))
                listing = False
                excepted = False  # "pareil sauf l'étudiant mais 3 interventions": those met
            if word.startswith("en plus ") or REPLACED_BY.match(word) or TOOK_ON.match(word):
                # "pareil sauf plus de codage, en plus apcv": the ApCV met; "sauf l'étudiant,
                # remplacé par trois interventions": those met
                excepted = False
            inside = word.partition("(")[2]
            if inside and ")" not in inside and NEGATION.search(inside):
                denied = True  # "(pas de CPTS, SAS, stagiaire, visio)": each one missed
            if inside and ")" not in inside and NONE_OF.search(word.partition("(")[0]):
                denied = True  # "aucun taux (DMP, messagerie, …) atteint": none of them
            if inside and ")" not in inside and self._additive_of(word.partition("(")[0], d):
                # "tous les indicateurs numériques du volet 2 (DMP, …)": the items in brackets,
                # not the whole block paid item by item
                word = inside
            if word == "ni":  # "pas d'étudiant ni CPTS": the next item is missed too
                nor = True
                continue
            if word in EXCEPT:
                # "tout ok sauf X": X missed; "rien au-dessus de 20 % sauf X": X met
                excepted = not parts or parts[-1][1]
                block_told = parts[-1][0] if parts else ""
                if BARE_STATUS.fullmatch(block_told) and len(parts) > 1:
                    block_told = parts[-2][0]  # "volet 1 ok sauf les horaires": before « ok »
                scope = self._block_of(block_told, d) if parts and parts[-1][1] else None
                first_at = len(parts)
            elif word in (".", ";", "—", "–") or word.startswith("!"):  # "… = 0 € !! FSE 85 %"
                excepted = False  # "tout ok sauf les horaires. j'avais la coordination": met
                lacking = not_these = listing = False
                if colon_led:
                    block_open, colon_led = None, False
                sentence = len(parts)
            elif word and (
                NOTHING_ELSE.search(word)
                or HEADING.fullmatch(word.rpartition(": ")[2])  # "je vois : au volet 1"
                or SENDER.fullmatch(word)
            ):
                # "rien d'autre au volet 2": names nothing met, the rest is not; "…, au volet
                # 2, uniquement le DMP": where the next items are, not the block met
                continue
            elif word and parts and STATUS_ALONE.fullmatch(word):
                # "… FSE : 61 % – non atteint": the status of the item before
                parts[-1] = (parts[-1][0], False, parts[-1][2])
            elif word and parts and COMMENT_DENIED.match(word) and _bare(parts[-1][0]):
                # "le volet 2, je ne m'en occupais pas": the item before is the one denied
                parts[-1] = (parts[-1][0], False, parts[-1][2])
            elif (
                word and word not in ("/", "–", "—") and not SEPARATOR.fullmatch(word)
            ):  # "a : ok / b : ok"
                # "msg patient 0": a figure of nothing, as "pas de…"
                plain = NOT_MINE.sub(" ", word)  # "des patients qui ne sont pas les miens"
                # "pas du tout dans les réseaux : en 2025 socle ok": what the colon leads to
                # "mon organisation ne change pas : logiciel Ségur à jour": the colon's items
                led = OWN_STATUS.search(plain) or UNCHANGED.search(plain)
                plain = plain.rpartition(": ")[2] if led else plain
                # "il me manque quoi pour le max ? J'ai : …" asks, it tells nothing missed
                asks = "?" in word or re.search(r"\bquoi\b", word) is not None
                lacking = lacking or bool(
                    (LACKING.match(word) and not asks)
                    or NOUGHT_HEADING.search(word)
                    # a sentence's head, or « …, mais rien sur CM AT-MP/DSG/SPE »
                    or (
                        NOTHING_ON.match(word)
                        and (len(parts) == sentence or len(parts) in conceded)
                    )
                )
                # ("sauf téléservices : AAT PSE ok, …": what the colon details, told each)
                detailed = previous in EXCEPT and OK_SAID.search(word.partition(": ")[2])
                excepted = excepted and not (": " in word and detailed)
                # ("… sauf SPE et DSG, ordo num ok, apcv ok": told met again after the exception)
                again = bool(
                    excepted
                    and previous not in EXCEPT
                    and parts
                    and OK_SAID.search(word)
                    and ": " not in word
                )
                # "… sauf le sas et la coordination, volet 1 ok": the block named before its
                # « ok » (split after its number) is told met too
                if (
                    again
                    and BARE_STATUS.fullmatch(word)
                    and not parts[-1][1]
                    and self._group_named(parts[-1][0], d) is not None
                ):
                    parts[-1] = (parts[-1][0], True, parts[-1][2])
                    excepted_at.pop(len(parts) - 1, None)
                excepted = excepted and not again
                # ("idem sauf que j'ai quitté la MSP (SAS toujours)": the SAS still had)
                kept_on = excepted and STILL_HAD.search(word) is not None
                met = (not excepted or kept_on) and not NEGATION.search(plain)
                met = met and not ZERO.search(word)
                # "pas de codage, de services, de vidéo ni…": each « de … » after « pas de »;
                # "pas de CM AT-MP, SPE, DSG": each bare item after a short « pas de X » too
                listing = listing and _listed_on(word)
                met = met and not (not_these and PARTITIVE.match(word)) and not listing
                not_these = bool(NOT_THESE.match(word) or (not_these and PARTITIVE.match(word)))
                lead = NOT_THESE.match(word)
                listing = listing or bool(lead and _listed_on(word[lead.end() :]))
                met = met and not lacking and not denied and not nor
                nor = False
                if ")" in word:
                    denied = False
                met = met and not NONE_ABOVE.search(word)  # "optionnels : rien au-dessus de 20 %"
                met = met and not NOT_MET.search(word)  # "téléservices non atteints"
                met = met and not LEFT_ITEM.search(word)  # "en 2025 j'ai quitté la CPTS"
                met = met and not LATER.search(word)  # "je m'occuperai du volet 2 plus tard"
                met = met and not NO_LONGER.search(word)  # "je n'accueille plus d'étudiant"
                met = met and not TROUBLE.search(word)  # "un gros souci de lecteur de carte"
                met = met and not OLD_SOFTWARE.search(word)  # "resté sur une ancienne version"
                met = met and not NOUGHT_AFTER.search(word)  # "…, ordonnances : nada"
                met = met and not NOTHING_DONE_ON.match(word)  # "rien validé sur les téléservices"
                # "CM AT-MP SPE DSG en papier" (not "FSE 64 % (visites en papier)": a cause)
                paper = ON_PAPER.search(word) and not PAPER_CAUSE.search(word)
                met = met and not paper
                some = SOME_OF.search(word)  # "3 socles sur 5", "3 des 4": the block missed
                met = met and not (some and int(some[1] or some[3]) < int(some[2] or some[4]))
                said = ASIDE.sub(" ", word)  # "(seuils atteints sur ces quatre-là)": told
                said = TARGET_TOLD.sub(" ", said)  # "… du volet 2 au-dessus des seuils": told
                asks = said.rstrip().endswith("?") or any(
                    rx.search(said)
                    for rx in (ASKS_SUM, AMOUNT, PAID_ASKED, BLOCK_ASKED, NEED_ASKED)
                )  # "le socle est validé ? combien ?": asked, not told
                told = WORTH_TOLD.sub(" ", word)  # "chaque option vaut 20 points": no item
                kept = AMOUNT.sub(" ", ASKS_SUM.sub(" ", told))  # "2400 en tout dont 900"
                if d.dispositif == "dotation_numerique":  # "SPE en ligne": no « Services en ligne »
                    kept = RATE_ONLINE.sub(r"\1", kept)
                run = run if slashed else len(parts)
                if excepted and scope is not None and not met:
                    excepted_at[len(parts)] = (scope, first_at)
                parts.append((" ".join(kept.split()), met, asks))
                if ITEM_NOUGHT.search(word):
                    # "CM AT-MP / DSG / SPE tout sur papier", "CM AT-MP DSG SPE rien": the
                    # items it closes, joined by slashes or by nothing, are missed
                    parts[run:] = [(w, False, a) for w, _, a in parts[run:]]
                if "(" in word and ")" not in word.partition("(")[2]:
                    before = word.partition("(")[0]
                    if BARE_STATUS.fullmatch(before) and len(parts) > 1:
                        before = parts[-2][0]  # "volet 1, ok (…": split after its figure
                    block_open = self._block_of(before, d)
                head, colon, items = word.partition(": ")
                listed_after = colon and not BARE_STATUS.fullmatch(items)
                if block_open is None and listed_after and "(" not in word:
                    # "tout le volet 1 : logiciel …, MSSanté, CPTS.": its items, to the stop
                    block_open = self._block_of(head, d)
                    colon_led = block_open is not None
                    prev = parts[-2][0] if len(parts) > 1 else ""
                    bare = BARE_BLOCK.fullmatch(prev) and self._additive_of(prev, d)
                    if not colon_led and parts[-1][1] and (bare or self._additive_of(head, d)):
                        # "volet 2 j'ai fait que du déclaratif : codage, …": the block paid
                        # item by item heads its items, it is not told met whole
                        parts[-1] = (" ".join(items.split()), *parts[-1][1:])
                        if bare:
                            del parts[-2]
                if block_open is not None and "(" not in word.partition(")")[0]:
                    within[len(parts) - 1] = block_open
                if ")" in word:
                    block_open = None
                missed = PLURAL_NOT_MET.search(word)
                told_missed = missed and not STATUS.search(word[: missed.start()])
                if told_missed or NOUGHT_AFTER.search(word):
                    # "…, l'appli carte Vitale, mais CM AT-MP et DSG tous sous 20 %": back to
                    # the « mais » only
                    # (rates in brackets after it tell each item's own status)
                    _not_met_back(parts, max(sentence, *conceded, 0), "(" not in word)
        parts = _shared_figures(parts)
        out: list[tuple[Indicateur | Groupe, bool, Figure | None]] = []
        rest: list[tuple[str, bool, Groupe | None, bool, str | None]] = []
        others: set[str] = set()  # the blocks whose other items alone are said met
        for n, (words, met, asks) in enumerate(parts):  # the groups first: "volet 1 + DMP"
            stems = set(self.rules.index._stemmer.words(normalise(words).split()))
            if "option" in stems and REST_OF.search(words):
                stems.add("optionnel")  # "le reste des options": the optional group's others
            group = self.rules._group(stems, d)
            block = group is not None and group.regle == "tous_requis"
            if block and asks and not BLOCK_SUPPOSED.search(words):
                continue  # "…, je touche le socle ?": the group asked about, not one met
            mean = next(
                (
                    i
                    for i in d.indicateurs
                    if group and i.groupe == group.id and i.cible.type == "moyenne"
                ),
                None,
            )
            rate = next((v.value for v in values(words) if v.kind == "taux"), None)
            if block and mean is not None and rate is not None:
                # "65 % partout sur mes quatre taux du socle": the block's mean, not the block
                out.append((mean, met, rate))
            elif block:
                if all(x is not group for x, _, _ in out):
                    out.append((group, met, None))
                    if REST_OF.search(words):
                        others.add(group.id)
            else:  # "aller vers" names the indicator before its group of independent ones
                rest.append((words, met, None if asks else group, asks, within.get(n), n))
        taken = {
            i.id
            for g, met, _ in out
            if met and g.id not in others
            for i in d.indicateurs
            if i.groupe == g.id
        }
        listed: set[str] = set()  # the indicators items named, not the blocks
        by_count: set[str] = set()  # those met by a count of one of their ways (RCP)
        named_by: dict[str, str] = {}  # the part that listed an indicator
        parts_named: dict[str, dict[str, bool]] = {}  # an indicator's components named
        complete: set[str] = set()  # the indicators said met in all their components
        told_whole: set[str] = set()  # those told met by their own name: "téléservices ok sauf SPE"
        # "2 interventions en REP+ et 1 en EHPAD": the count the whole text sums, per thing
        summed = {v.objet: v for v in values(folded) if v.kind == "nombre" and "+" in v.text}
        opened: dict[int, bool] = {}  # the first part after « sauf », an item of its block
        for words, met, group, asks, block, n in rest:
            given = next((v for v in values(words) if self._own(words, v, d)), None)
            if given is not None and given.kind == "nombre" and given.objet in summed:
                given = summed[given.objet]
            if n in excepted_at:
                # "socle ok sauf les horaires, + coordination + aller vers": « sauf » took an
                # item out of the block told met; what follows outside that block is told met
                # (not "socle ok sauf la coordination et l'aller vers": both out)
                scoped, first = excepted_at[n]
                inside = self._pick(words, d, set(), given, listed)
                ours = isinstance(inside, Indicateur) and inside.groupe == scoped
                if n == first:
                    opened[n] = ours
                elif opened.get(first) and not ours and not NEGATION.search(words):
                    met = True
            if asks and self._pick(words, d, set(), given) in [x for x, _, _ in out]:
                continue  # "…, touche-t-il les points SAS ?": the SAS listed, asked about
            counted = next((x for x in d.indicateurs if counted_path(words, x)), None)
            if counted is not None and counted.id not in taken:
                # "5 réunions de concertation pluridisciplinaire": the coordination, judged on
                # the count with the whole text's paths
                taken.add(counted.id)
                listed.add(counted.id)
                by_count.add(counted.id)
                head, _, inside = words.partition("(")
                # ("5 rcp (pas de cpts": what the bracket denies is another way to it)
                aside = NEGATION.search(inside) and not NEGATION.search(head)
                out.append((counted, met or bool(aside and counted_path(head, counted)), None))
                continue
            if _counted_rate(words, d, listed):
                continue  # "…, transport en ligne 52 %": the SPE, counted with its indicator
            found = self._pick(words, d, taken, given, listed)
            if found is None and given is not None and given.kind == "taux":
                # "socle ok. … sauf que mon taux de télétransmission est tombé à 65 %": a rate
                # told of an item of a block told met is judged, and the block with it
                # (one that reaches its target adds nothing to the block told met)
                inside = self._pick(words, d, set(), given, listed)
                misses = (
                    isinstance(inside, Indicateur)
                    and inside.cible.type == "taux"
                    and inside.cible.valeur is not None
                    and verdict(inside.cible, given.value) == "non_atteint"
                )
                found = inside if misses else None
            denial = ITEM_DENIED.match(words) or ENDED.search(words) or ABSENT_FROM.search(words)
            denial = denial or opened.get(n, False)  # "socle ok sauf la messagerie": that one
            if found is None and not met and denial and not asks and taken:
                # "socle validé, CPTS, mais plus de MSSanté": an item of a block told met,
                # told missed after it, is missed (and the block with it)
                inside = self._pick(words, d, set(), given, listed)
                if isinstance(inside, Indicateur) and inside.id in taken:
                    found = inside
            if found in (None, AMBIGUOUS) and not met and ITEM_DENIED.match(words) and not asks:
                # "3 interventions en EHPAD. 2025 socle ok, plus d'EHPAD": an item listed
                # before (the year before's), told missed after it
                before = self._listed_again(words, d, named_by)
                if before is not None:
                    _name_again(out, before, False, given)
                    continue
            best = self._pick(words, d, set(), given) if found is not None else None
            said = next((was for x, was, _ in out if x is best), None)
            if (
                isinstance(best, Indicateur)
                and best is not found
                and said is not None
                and said == met
            ):
                # "pas de CPTS ni de MSP, donc pas de coordination": the coordination named
                # again, not the next best item (the services aux patients)
                continue
            again = self._pick(words, d, taken - listed, given) if found is None else None
            if found is None and again is None:
                again = _by_rate_name(words, d)  # "msg patient 0": a component's own name
            if found is None and again is None and _bare_figure_of(out, given, words):
                # "les ordonnances numériques … mais au final amelipro me sort 35 %": the rate
                # told alone is the item's named just before
                x, was_met, _ = out[-1]
                assert given is not None
                out[-1] = (x, was_met, given.value)
                continue
            for ind in (found, again):
                if isinstance(ind, Indicateur):  # "les arrêts de travail, les protocoles…"
                    for c in components_named(words, ind):
                        parts_named.setdefault(ind.id, {})[c] = met
                    if EVERY_ONE.search(words):
                        complete.add(ind.id)  # "tous les téléservices (arrêts, AT/MP, …)"
            if isinstance(again, Indicateur) and again.id in by_count and not met:
                continue  # "5 RCP (pas de CPTS ni MSP)": another way to it, not had
            if isinstance(again, Indicateur) and again.id in told_whole and not met:
                parts_said = components_named(words, again)
                if 0 < len(parts_said) < len(again.composantes):
                    continue  # "téléservices ok sauf SPE et DSG": those parts missed, not all
            if isinstance(again, Indicateur) and again.id in listed:
                # "DMP et ordos à 25 %", "… mais aucun message MSS": the figure or the failure
                # told after an item's second name is that item's
                _name_again(out, again, met, given, n in conceded)
                continue
            if found is None and isinstance(again, Indicateur) and again.id not in taken:
                found = again  # "bons de transport" alone: the SPE's, a téléservice paid each
            worth = _worth_named(words, d, taken)
            if worth and found not in worth:  # "les deux options à 60 points": each of them
                taken.update(i.id for i in worth)
                listed.update(i.id for i in worth)
                out.extend((i, met, None) for i in worth)
                continue
            paying = _paying(words, d) if found is None else None
            whole = isinstance(paying, Groupe) and paying.regle == "tous_requis"
            if whole and PAID_ASKED.search(words):
                continue  # "…, je touche quand même les 490 ?": the block asked by its worth
            if isinstance(paying, Groupe) and all(x is not paying for x, _, _ in out):
                out.append((paying, met, None))  # "490 + …": the FAMI's socle
                continue
            if isinstance(paying, Indicateur) and paying.id not in taken:
                found = paying  # "… + 350 €": the student
            if group is not None and not isinstance(found, Indicateur):
                found = group  # "les groupes optionnels": all of them
            vague = bool(DESCRIBED.search(words))  # "plutôt bien équipé": no item told met
            if found is AMBIGUOUS and (met or _all_met(folded)) and not vague:
                return None
            if found is AMBIGUOUS:  # "pas de cpts": counted as not met whichever it names
                continue
            if isinstance(found, Groupe) and all(x is not found for x, _, _ in out):
                out.append((found, met, None))
                if REST_OF.search(words):  # "le reste du volet 2 n'a pas été déclaré"
                    others.add(found.id)
            elif isinstance(found, Indicateur) and block not in (None, found.groupe):
                continue  # "volet 1 ok (…, MSSanté, …)": the Ségur software's, not the volet 2's
            elif isinstance(found, Indicateur):
                met = met and not outdated(words, found)  # "le poste est en addendum 7"
                met = met and not self._form_refused(words, found)  # "un groupe qualité"
                taken.add(found.id)
                listed.add(found.id)
                figure = given.value if given is not None else _bare_rate(words, found)
                figure = figure if figure is not None else _rate_not_its_target(words, found)
                figure = figure if met and _counts(found, figure) else None
                if met and figure is None and found.cible.type == "points_declares":
                    return None  # "effectif SAS ok": its points are amelipro's, not a yes
                # "AAT 92 %, CM AT-MP 55 %, …": each rate, the later one when told again (not
                # "PSE 85 %. Si je les passe à 90 % ?": what if)
                names = {c.id: RATE_NAMES[c.id] for c in found.composantes if c.id in RATE_NAMES}
                latest = not IF_SHIFT.search(folded)
                rates = named_figures(folded, names, latest).values
                alone = components_named(words, found)
                if not rates and given is not None and given.kind == "taux" and len(alone) == 1:
                    rates = {alone[0]: given.value}  # "arrêts : 180 dont 165 en ligne": AAT's
                each = len(rates) == len(found.composantes) or (rates and _paid_each(found))
                if met and found.composantes and each:
                    # "DSG 40 %, SPE 35 %": the rates named, the others told or not met
                    figure = {c: float(v) for c, v in rates.items()}
                elif met and found.agregation == "tous" and rates:
                    # "DMP 18" of « DMP et ordonnances > 30 % »: one rate missed, all are needed
                    comps = {c.id: c for c in found.composantes}
                    met = not any(  # (not "au-dessus de 30 %", a target told as reached)
                        verdict(comps[c].cible, float(v)) == "non_atteint"
                        for c, v in rates.items()
                        if c in comps
                        and comps[c].cible.valeur is not None
                        and abs(float(v) - comps[c].cible.valeur) > 0.01
                    )
                out.append((found, met, figure))
                named_by[found.id] = words
                if met and _summed_parts(found) and not components_named(words, found):
                    told_whole.add(found.id)
        out = _rest_of(out, others, listed, d)
        # "SPE à 20 %, j'ai tout le reste": the other parts of an item paid in parts are met
        partial = any(
            isinstance(x, Indicateur)
            and _paid_each(x)
            and (isinstance(f, dict) or x.id in parts_named)
            for x, _, f in out
        )
        rest = partial and bool(_all_met(folded) or _rest_met(folded))
        # ("FSE 67 %, le reste du volet 1 est ok. Volet 2 : AAT, PSE, DMT": that block's rest)
        block = _rest_block(folded) if rest and not _all_met(folded) else None
        return [
            _by_parts(
                x,
                met,
                f,
                None if x.id in complete else parts_named.get(x.id),
                (rest and (block is None or getattr(x, "groupe", None) == block))
                # "téléservices ok sauf SPE et DSG": the parts not excepted are met
                or (
                    x.id in told_whole
                    and x.id in parts_named
                    and not any(parts_named[x.id].values())
                ),
            )
            for x, met, f in out
        ]

    def path_told(self, folded: str, d: Dispositif, x: Indicateur | Groupe) -> Choix | None:
        """The one choice of the item's questions the story names by the words only it has
        (« Apicrypt V1 », « BAL organisationnelle », « celle du titulaire »), not by words of
        the scheme's libellés; None when none or several are named."""
        if not isinstance(x, Indicateur) or not x.questions:
            return None
        counted = counted_path(folded, x)
        if counted is not None:
            return counted  # "3 RCP dans l'année": the count decides, not the word
        said, denied = self._words_told(GROUP_PRACTICE.sub("cabinet", folded))
        common = self._scheme_words(d)
        choices = [
            c
            for q in x.questions
            for c in q.choix
            if c.valeur not in ("non", "aucune") and c.seuil is None  # told by a count only
        ]
        own = {c.valeur: self.rules._stems(c.libelle) for c in choices}
        found = []
        for c in choices:
            others = set().union(*(w for v, w in own.items() if v != c.valeur))
            # words, not figures ("moins de 2 h/semaine" is told by the hours, not named)
            distinct = {w for w in own[c.valeur] - others - common if w.isalpha() and len(w) > 2}
            distinct |= {w for w in own[c.valeur] - others - common if re.fullmatch(r"v\d", w)}
            if distinct and distinct & said and not _akin(distinct, denied):
                found.append(c)
        return found[0] if len(found) == 1 and found[0].resultat is not None else None

    def _words_told(self, folded: str) -> tuple[frozenset[str], frozenset[str]]:
        """The stems a text says, and those it says under a negation just before them ("pas
        de CPTS", "pas coché l'option interopérabilité")."""
        found = self._told_memo.get(folded)
        if found is None:
            tokens = re.findall(r"[\w-]+", VERSION.sub(r"v\1", folded))
            said: set[str] = set()
            denied: set[str] = set()
            for n, t in enumerate(tokens):
                negated = NEGATED_WORD.search(" ".join(tokens[max(0, n - NEAR_NEGATION) : n]))
                (denied if negated else said).update(self.rules._stems(t))
            if len(self._told_memo) > MEMO_SIZE:
                self._told_memo.clear()
            found = self._told_memo[folded] = (frozenset(said), frozenset(denied))
        return found

    def _scheme_words(self, d: Dispositif) -> frozenset[str]:
        """The words a scheme's items and their targets use ("EHPAD" of the « aller vers »):
        no choice is named by them."""
        found = self._scheme_words_memo.get(d.id)
        if found is None:
            found = frozenset().union(
                *(self.rules._stems(f"{i.libelle} {i.cible.texte or ''}") for i in d.indicateurs)
            )
            self._scheme_words_memo[d.id] = found
        return found

    def _form_refused(self, words: str, ind: Indicateur) -> bool:
        """ "côté coordination je participe à un groupe qualité": a form the indicator's
        question lists as not meeting it (« Groupe qualité, PAERPA, DAC ou PRADO »), named with
        no form that meets it."""
        said = self.rules._stems(GROUP_PRACTICE.sub("cabinet", words))
        said -= self.rules._libelle_words(ind.libelle)
        forms = {True: set(), False: set()}
        for question in ind.questions:
            for c in question.choix:
                refused = c.valeur == "non_reconnue"  # forms named, not "Non" nor a level
                if c.resultat is None or not (c.resultat.reponse is True or refused):
                    continue
                meets = bool(c.resultat.reponse)  # a refused form by its own words only
                forms[meets] |= (self.rules._libelle_words if meets else self.rules._stems)(
                    c.libelle
                )
        refused = forms[False] - forms[True]
        return bool(said & refused) and not said & (forms[True] - forms[False])

    def _group_named(self, words: str, d: Dispositif) -> Groupe | None:
        """The group of `d` the words name ("volet 2", "le socle")."""
        words = INDICATOR_NUMBER.sub(r"\1", normalise(words))
        return self.rules._group(set(self.rules.index._stemmer.words(words.split())), d)

    def _additive_of(self, words: str, d: Dispositif) -> bool:
        """The text ends on naming a block paid item by item ("… du volet 2 (")."""
        group = self._group_named(words, d)
        return group is not None and group.regle != "tous_requis"

    def _block_of(self, words: str, d: Dispositif) -> str | None:
        """The block paid whole a text ends on naming ("volet 1 ok (" opens its items)."""
        group = self._group_named(words, d)
        return group.id if group is not None and group.regle == "tous_requis" else None

    def _own(self, words: str, v: Valeur, d: Dispositif) -> bool:
        """An item's figure is the asker's when the index says so, or when it is none of the
        scheme's own targets ("FSE à 60 %" in 2023, whose target is 2/3; 60 % is the Donum's)."""
        return self.rules._own(words, v) or all(abs(v.value - t) > 0.1 for t in d.rate_targets())

    def _pick(
        self,
        part: str,
        d: Dispositif,
        taken: set[str],
        given: Valeur | None = None,
        listed: frozenset[str] | set[str] = frozenset(),
    ) -> Indicateur | object | None:
        """The indicator the item names among those not already counted (and, with a figure,
        among those judged on that kind of figure: "75 % de fse" is the rate), AMBIGUOUS on
        a tie, None when it names none, or names best one an earlier item `listed` ("CM
        AT-MP, DSG et SPE" is one indicator, not three items)."""
        plain = SCHEME_NAMES.sub(" ", TIME.sub(" ", part))  # "avec le Donum" names no item
        plain = GIVE_VERB.sub(" ", plain)  # "je donne 2 h de créneaux": no « données »
        plain = TWO_OF_THEM.sub(" ", plain)  # "à elles deux": not the rate's « deux tiers »
        plain = GROUP_PRACTICE.sub(" ", plain)  # "en cabinet de groupe": no coordination
        plain = ADVISOR.sub(" ", plain)  # "mon conseiller informatique service": no « services »
        if given is not None and given.kind == "nombre" and given.objet:
            if given.objet == "interventions":  # "5 passages en EHPAD": no FSE « passage »
                plain = plain.replace(given.text, " ")
            plain += f" {given.objet}"  # "allé 4 fois à l'EHPAD": four interventions
        words = self.rules._stems(plain, correct=True) - self.rules._gate_words
        scored = sorted(
            (
                (score, n, ind)
                for n, (score, ind) in enumerate(self.rules.indicator_scores(words, d))
                if given is None or _judged_on(ind, given)
            ),
            key=lambda x: (-x[0], x[1]),
        )
        covered = taken - listed  # the items of a block told met
        within = scored[0] if scored and scored[0][2].id in covered else None
        scored = [x for x in scored if x[2].id not in covered]
        if within is not None and scored and scored[0][0] < NAMED_WITHIN * within[0]:
            # "volet 1 ok, MSSanté ok", "FS 2022 : volet 1 ok, CPTS": the block's own item
            # told again, not the next one its words name far less well (the patients'
            # messaging, the SAS), unless by words more its own ("…, la coordination")
            mine, other = self.rules._vocab[within[2].id], self.rules._vocab[scored[0][2].id]
            own = [t for t in words if other.get(t, 0.0) > mine.get(t, 0.0)]
            if not self.rules.also_named_by(own, d, scored[0][2].id):
                return None
        again = bool(scored) and scored[0][2].id in listed
        floor = NAMED_AGAIN * scored[0][0] if again else 0.0
        scored = [x for x in scored if x[2].id not in listed]
        # "SAS ok, membre d'une CPTS": a CPTS also validates the SAS, listed already; another
        # indicator it names nearly as well is the item (the coordination), else none is
        if again and (not scored or scored[0][0] < max(MIN_SCORE, floor)):
            return None
        if not scored or scored[0][0] < MIN_SCORE:
            return None
        tied = [ind for score, _, ind in scored if score >= scored[0][0]]
        if given is not None and len(tied) > 1:  # "moyenne 72 %": the mean's, not each rate's
            tied = [i for i in tied if _takes(i, None, given)] or tied
        if given is None and len(tied) > 1:
            # "je participe au SAS" (2022): the yes/no participation, not the points of the
            # « effectif SAS » amelipro shows
            tied = [i for i in tied if i.cible.type != "points_declares"] or tied
        if len(tied) > 1:  # "apcv": the ApCV's libellé names it, the SESAM-Vitale's does not
            own = {i.id: len(words & self.rules._libelle_words(i.libelle)) for i in tied}
            best = max(own.values())
            tied = [i for i in tied if own[i.id] == best]
        return tied[0] if len(tied) == 1 else AMBIGUOUS

    def _listed_again(
        self, part: str, d: Dispositif, named_by: dict[str, str]
    ) -> Indicateur | None:
        """The one indicator listed before whose part holds every word of this one ("pas
        d'EHPAD" after "3 interventions en EHPAD"), however weakly the words name it."""
        words = self.rules._stems(ITEM_DENIED.sub(" ", part), correct=True)
        words = words - self.rules._gate_words
        if not words:
            return None
        ids = [k for k, was in named_by.items() if words <= self.rules._stems(was, correct=True)]
        by_id = {i.id: i for i in d.indicateurs}
        return by_id.get(ids[0]) if len(ids) == 1 else None

    def _met(self, d: Dispositif, x: Indicateur | Groupe, met: bool, figure: Figure | None) -> bool:
        """An item listed is met as said, and when given with a figure, as its target judges."""
        if not met or figure is None or not isinstance(x, Indicateur):
            return met
        est = estimate(d, {x.id: _value(x, figure)}, gains=False)
        return next(r.statut for r in est.indicateurs if r.id == x.id) == "atteint"

    def _targets_of(self, case: Case, items: list[Indicateur]) -> Fact:
        """Each indicator's target and what it pays, in the order the question names them."""
        d = case.dispositif
        lines = [f"{_label(i)}{NNBSP}: {_target(i.cible)}{_worth(d, i)}." for i in items]
        readings = tuple(dict.fromkeys(r for i in items for r in _readings(i.cible.ambiguite)))
        sources = [s for i in items for s in [*i.sources, *i.cible.sources]]
        return Fact(
            case, "seuils", "", f"Objectifs — {d.libelle}", tuple(lines), readings, _labels(sources)
        )

    def _block_unpaid(
        self, case: Case, items: list[Indicateur | Groupe], received: float
    ) -> Fact | None:
        """ "reçu 650 € : CPTS, une étudiante, 3 interventions en REP": the amount is what the
        items paid without the block pay, so the block was not paid, nor the items that
        need it; None when the amount says nothing of it."""
        d = case.dispositif
        groups = {g.id: g for g in d.groupes}
        alone = [x for x in items if isinstance(x, Indicateur) and not _needs_block(d, x)]
        gated = [x for x in items if isinstance(x, Indicateur) and _needs_block(d, x)]
        worth = {r.id: r.eur or 0.0 for r in at_best(d).indicateurs}
        if not alone or not gated or abs(sum(worth[x.id] for x in alone) - received) >= 0.5:
            return None
        blocks = [
            groups[p]
            for p in dict.fromkeys(p for x in gated for p in groups[x.groupe].prerequis)
            if groups[p].regle == "tous_requis"
        ]
        block_eur = sum(b.eur or (b.points or 0) * (d.valeur_point or 0) for b in blocks)
        lost = block_eur + sum(worth[x.id] for x in gated)

        def each(xs: list[Indicateur | Groupe]) -> str:
            return and_list([f"{_label(x)} ({fmt_eur(worth[x.id])})" for x in xs])

        named_blocks = and_list([_q(b.libelle) for b in blocks])
        line = (
            f"Vous avez reçu {fmt_eur(received)}{NNBSP}: exactement {each(alone)}, versés "
            f"même sans {named_blocks}. {named_blocks} ({fmt_eur(block_eur)}) n'a donc pas été "
            f"versé, ni {each(gated)}, qui en dépend{NNBSP}: {fmt_eur(lost)} de moins. Un de "
            "ses indicateurs manquait : voyez le détail sur amelipro, sinon votre CPAM."
        )
        worth_of = self._worth_of(case, items)
        return None if worth_of is None else replace(worth_of, lignes=(line, *worth_of.lignes))

    def _worth_of(
        self,
        case: Case,
        items: list[Indicateur | Groupe],
        parts: dict[str, Figure] | None = None,
    ) -> Fact | None:
        """What the items listed pay together once met, the groups they depend on assumed
        met and said; None when they pay nothing (« un éditeur de logiciel », « le SAS »
        read as items of a question on the published maxima). `parts`: the components told
        met or not of an indicator paid by its components."""
        parts = parts or {}
        d = case.dispositif
        groups = {g.id: g for g in d.groupes}
        whole = {x.id for x in items if isinstance(x, Groupe)}  # a group listed: all of it
        ids = {x.id for x in items if isinstance(x, Indicateur)}
        counted = {i.id for i in d.indicateurs if i.id in ids or i.groupe in whole}
        own = whole | {i.groupe for i in d.indicateurs if i.id in ids}
        needed = {p: groups[p] for g in own for p in groups[g].prerequis if p not in own}
        # "logiciel, messagerie, horaires, FSE ok + CPTS": a block paid whole with one of its
        # indicators unsaid pays if that one is met too, said as a condition
        unsaid = [
            i
            for i in d.indicateurs
            if i.groupe in own - whole
            and groups[i.groupe].regle == "tous_requis"
            and i.id not in counted
            and i.statut_exercice == "actif"
        ]
        said = Counter(i.groupe for i in d.indicateurs if i.id in ids)
        unsaid = [i for i in unsaid if Counter(u.groupe for u in unsaid)[i.groupe] < said[i.groupe]]
        counted |= {i.id for i in unsaid}
        answers: dict[str, Any] = {
            i.id: i.id in counted or (i.groupe in needed and i.statut_exercice == "actif")
            for i in d.indicateurs
        }
        answers.update(parts)
        est = estimate(d, answers, gains=False)
        paid = {r.id: r for r in est.indicateurs if r.id in counted}
        # a block paid whole pays at its level, not through its indicators
        blocks = [r for r in est.groupes if r.id in own and r.regle == "tous_requis"]
        points = sum(r.points or 0 for r in [*paid.values(), *blocks])
        eur = sum(r.eur or 0 for r in [*paid.values(), *blocks])
        condition = "".join(
            f", à condition que {_q(g.libelle)} soit atteint" for g in needed.values()
        )
        by_group = {i.id: i.groupe for i in d.indicateurs}
        gated = [r for r in paid.values() if set(groups[by_group[r.id]].prerequis) & needed.keys()]
        if len(needed) == 1 and gated and len(gated) < len(paid) + len(blocks):
            # "CPTS et 4 interventions": the coordination waits on the socle, the « aller
            # vers » does not
            share = _amount(
                d, sum(r.points or 0 for r in gated) or None, sum(r.eur or 0 for r in gated)
            )
            (block,) = needed.values()
            condition = f", dont {share} à condition que {_q(block.libelle)} soit atteint"
        if unsaid:
            names = [_label(i) for i in unsaid]
            also = " et ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
            condition += f", à condition que {also} soi{'en' if len(names) > 1 else ''}t atteint"
            condition += "s aussi" if len(names) > 1 else " aussi"
        # the indicators of a block paid whole are shown as that block, with its worth
        implied = {
            b.id for b in blocks if all(i.id in counted for i in d.indicateurs if i.groupe == b.id)
        } - whole
        shown = list(
            dict.fromkeys(
                _label(groups[x.groupe]) + _worth(d, groups[x.groupe])
                if isinstance(x, Indicateur) and x.groupe in implied
                else _label(x)
                + (_worth(d, x) if isinstance(x, Groupe) else _paid(d, paid.get(x.id)))
                for x in items
            )
        )
        best = self.rules._most(d)
        # "j'avais eu 490 € en 2024 … pour 2025 je peux avoir combien ?": with the block too
        gates = list(needed.values())
        with_gates = ()
        if gates and all(g.eur for g in gates):
            more = [g.points for g in gates]
            whole = _amount(
                d,
                (points + sum(p or 0 for p in more)) or None if None not in more else None,
                eur + sum(g.eur or 0 for g in gates),
            )
            names = " et ".join(_q(g.libelle) for g in gates)
            with_gates = (f"Avec {names}{NNBSP}: {whole} en tout.",)
        lines = (
            f"Ensemble{NNBSP}: {_amount(d, points or None, eur)} pour l'exercice "
            f"{case.exercice}{condition}.",
            *with_gates,
            f"Comptés{NNBSP}: " + ", ".join(shown) + ".",
            *_parts_said(d, parts),
            f"Au plus {fmt_eur(best)} avec tous les indicateurs.",
            *_on_total(d),
        )
        if not eur:
            return None
        sources = [s for r in paid.values() for s in r.sources]
        return Fact(
            case,
            "somme",
            "",
            f"Total estimé — {d.libelle}",
            lines,
            tuple(a.raison for a in est.ambiguites),
            _with_total_sources(d, tuple(dict.fromkeys(sources)) or _labels(list(d.sources))),
        )

    @staticmethod
    def _answers(
        d: Dispositif,
        named: list[tuple[Indicateur | Groupe, bool, Figure | None]],
        everything: bool,
        unknown: bool,
    ) -> dict[str, Any]:
        answers: dict[str, Any] = {} if unknown else {i.id: everything for i in d.indicateurs}
        # a block told first, then its indicators told one by one ("DSG 40 %, SPE 35 %…, le
        # reste du volet 2 plus tard"): each indicator as told
        for item, met, figure in sorted(named, key=lambda x: not isinstance(x[0], Groupe)):
            if isinstance(item, Groupe):
                for i in d.indicateurs:  # met: every one of it, optional ones too
                    if i.groupe == item.id and (met or i.statut_exercice == "actif"):
                        answers[i.id] = met
            else:
                answers[item.id] = _value(item, figure) if figure is not None and met else met
        return answers

    def _fact(
        self,
        case: Case,
        named: list[tuple[Indicateur | Groupe, bool, Figure | None]],
        est: Estimate,
        everything: bool,
        unknown: bool,
        left: list[Indicateur],
        half: dict[str, list[str]],
    ) -> Fact:
        d = case.dispositif
        paid = {r.id: r for r in est.indicateurs}
        # an item given with its figure is met or not as the calculator judges that figure
        # (and a block told met whose item's figure misses it is not: "socle ok, FSE 65 %")
        blocks = {g.id: g.atteint for g in est.groupes}
        judged = [
            (
                x,
                ok
                and not (f is not None and paid[x.id].statut == "non_atteint")
                and not (isinstance(x, Groupe) and blocks.get(x.id) is False),
                f,
            )
            for x, ok, f in named
        ]
        met = [_label(x) + _mean(x, f) + _paid(d, paid.get(x.id)) for x, ok, f in judged if ok]
        # "arrêts : 165 sur 180": the rates told that reach their targets, with them
        met += [
            f"{_q(c.libelle)} (vous{NNBSP}: {fmt_number(f[c.id])}{NNBSP}%, "
            f"objectif {_target(c.cible)})"
            for _, c, f in _rates_told(judged, paid, reached=True)
        ]
        opened = {g.id for g in est.groupes if g.verse is True}  # blocks whose items are paid
        missed = [
            # (« cahier des charges SESAM-Vitale pas à jour » in 2023: it does not count)
            f"{_label(x)} (neutralisé pour {case.exercice}{NNBSP}: il ne compte pas)"
            if isinstance(x, Indicateur) and x.statut_exercice == "neutralise"
            else _bracketed(
                _label(x)
                + _mean(x, f)
                + _given(x, f, _goal(x, unsaid=True) if f is not None else ""),
                _to_gain(d, x, opened),
            )
            for x, ok, f in judged
            if not ok
        ]
        # "DSG 55 %, SPE 25 %": the rates under their targets of an indicator paid in part
        missed += [
            f"{_q(c.libelle)} (vous{NNBSP}: {fmt_number(f[c.id])}{NNBSP}%, "
            f"objectif {_target(c.cible)})"
            for _, c, f in _rates_told(judged, paid)
        ]
        listed = []
        if everything:
            # "les bons de transport j'y arrive pas, j'ai tout le reste": the part told missed
            missed += [
                f"{_q(c.libelle)} (objectif {_target(c.cible)})"
                for c in _parts_missed(judged, paid)
            ]
            but = ", sauf " + ", ".join(missed) if missed else ""
            listed.append(f"Tous les indicateurs atteints{but}.")
            kept = [  # "tout bon sauf le taux… qu'est-ce qui me reste ?": what is still paid
                f"{_q(g.libelle)}{NNBSP}: {_amount(d, g.points, g.eur)}"
                for g in est.groupes
                if g.regle == "tous_requis" and g.atteint and g.eur
            ] + [
                f"{_q(r.libelle)}{NNBSP}: {_amount(d, r.points, r.eur)}"
                for r in est.indicateurs
                if r.eur
            ]
            if missed and 0 < len(kept) <= MAX_KEPT:  # a long list reads as the whole scheme
                listed.append(f"Restent versés{NNBSP}: " + f"{NNBSP}; ".join(kept) + ".")
        else:
            if met:
                listed.append(f"Atteints{NNBSP}: " + ", ".join(met) + ".")
            if missed:
                listed.append(f"Non atteints{NNBSP}: " + ", ".join(missed) + ".")
            if left:
                listed.append(
                    f"Non cités, à connaître{NNBSP}: "
                    + ", ".join(_label(x) + _unsaid(d, x, half.get(x.id, [])) for x in left)
                    + "."
                )
            listed.append(
                "Les autres indicateurs, non cités, restent à connaître."
                if unknown
                else "Les autres indicateurs sont comptés comme non atteints."
            )
        blocks = []
        prerequisites = {x.id: x.prerequis for x in d.groupes}
        for g in est.groupes:  # "je touche le socle ?": each block paid whole, said
            if g.regle == "tous_requis" and (g.atteint is not None or unknown):
                worth = _worth(d, next(x for x in d.groupes if x.id == g.id))
                state = {
                    True: "atteint",
                    False: "non atteint, donc non versé",
                    None: "atteint si ses autres indicateurs exigés le sont aussi",
                }[g.atteint]
                opens = [x.libelle for x in d.groupes if g.id in x.prerequis]
                after = (
                    f"{NNBSP}; il ouvre droit à " + " et à ".join(map(_q, opens))
                    if g.atteint and opens
                    else ""
                )
                # "volet 1 non atteint, mais je touche ma CPTS ?": what it gates, said lost
                # ("toutes les options" without the socle: the options' block, said lost too)
                gated = [
                    f"{_label(x)}{_worth(d, x)}" for x, ok, _ in judged if ok and _gated(x, g.id, d)
                ]
                free = [
                    _label(x)
                    for x, ok, _ in judged
                    if ok
                    and isinstance(x, Indicateur)
                    and x.groupe != g.id
                    and g.id not in prerequisites[x.groupe]
                ]
                if g.atteint is False and free and not gated:
                    # "sans le socle il n'avait droit à rien ?": what is paid without it
                    after = f"{NNBSP}; {and_list(free)} " + (
                        f"ne dépendent pas de lui{NNBSP}: ils restent versés"
                        if len(free) > 1
                        else f"ne dépend pas de lui{NNBSP}: il reste versé"
                    )
                if g.atteint is False and gated:
                    plural = "ne sont pas versés" if len(gated) > 1 else "n'est pas versé"
                    after = f"{NNBSP}; sans lui, {', '.join(gated)} {plural}"
                    if est.total_eur == 0 and not unknown:  # "LAP pas certifié, toutes les options"
                        after = f"{NNBSP}; sans lui, rien n'est versé, pas même {and_list(gated)}"
                    # "je perds combien par rapport à si j'avais eu le volet 1 ?": the sum
                    held = [
                        next(x for x in d.groupes if x.id == g.id),
                        *(x for x, ok, _ in judged if ok and _gated(x, g.id, d)),
                    ]
                    if all(x.eur is not None for x in held):
                        points = [x.points for x in held]
                        lost = _amount(
                            d,
                            None if None in points else sum(p or 0 for p in points),
                            sum(x.eur or 0 for x in held),
                        )
                        after += f", soit {lost} de moins en tout"
                blocks.append(f"{_q(g.libelle)}{NNBSP}: {state}{worth}{after}.")
        total = _amount(d, est.total_points, est.total_eur)
        if est.total_eur_max > est.total_eur:
            most = _amount(d, est.total_points_max, est.total_eur_max)
            why = (
                "selon les indicateurs non cités"
                if unknown or left
                else f"selon la lecture des textes{NNBSP}; à confirmer auprès de votre CPAM"
            )
            sums = [f"Total{NNBSP}: entre {total} et {most}, {why}."]
        else:
            sums = [f"Total{NNBSP}: {total} pour l'exercice {case.exercice}."]
        # "volet1 ok, dmp 25% et mss 6%, combien pr ces 2 la ?": the indicators' own share
        items = [x for x, ok, _ in judged if ok and isinstance(x, Indicateur)]
        if len(items) > 1 and any(isinstance(x, Groupe) for x, ok, _ in judged if ok):
            points = sum(paid[x.id].points or 0 for x in items)
            share = _amount(d, points or None, sum(paid[x.id].eur or 0 for x in items))
            sums.append(f"Dont {share} pour " + and_list(list(map(_label, items))) + ".")
        best = self.rules._most(d)
        gap = best - est.total_eur
        said = {x.id for x, _, _ in named}
        unsaid = [i for i in d.indicateurs if i.id not in said and i.groupe not in said]
        whole = everything or not unsaid  # what is lost, when nothing is left unsaid
        single = est.total_eur_max == est.total_eur
        lost = f", soit {fmt_eur(gap)} de moins" if whole and single and gap > 0 else ""
        sums.append(f"Au plus {fmt_eur(best)} avec tous les indicateurs{lost}.")
        sums += _on_total(d)
        # What was asked first: the block's state, else the total; then what it rests on.
        lines = [*blocks, *sums, *listed] if unknown else [*sums, *listed, *blocks]
        # A block's own sources, not each of its indicators' (the socle has five)
        ids = {x.id for x, _, _ in named if isinstance(x, Indicateur)}
        sources = [
            *_labels([s for x, _, _ in named if isinstance(x, Groupe) for s in x.sources]),
            *(s for r in est.indicateurs if r.id in ids for s in r.sources),
        ]
        return _estimated(case, lines, est, tuple(dict.fromkeys(sources)))


def _missed_in(fact: Fact, year: int) -> list[str]:
    """A year's total's line of what it missed, named with its year (« Non atteints en
    2023 : « Taux de télétransmission ≥ 2/3 » (vous : 60 % ; …) »)."""
    missed = next((t for t in fact.lignes if t.startswith(f"Non atteints{NNBSP}: ")), None)
    if missed is None:
        return []
    return [missed.replace(f"Non atteints{NNBSP}: ", f"Non atteints en {year}{NNBSP}: ", 1)]


def _late_note(text: str, case: Case | None) -> str:
    """What `_done_later` counts as not yet done, said with the exercice's last day."""
    if case is None or case.exercice is None:
        return ""
    years = [int(m[2]) for m in DONE_ONLY_IN.finditer(text)]
    years += [int(m[3]) for m in DONE_ONLY_LATE.finditer(text)]
    if not any(y > case.exercice for y in years):
        return ""
    return (
        f"Ce qui a été fait après le 31/12/{case.exercice} est compté comme non atteint pour "
        f"l'exercice {case.exercice}{NNBSP}: les indicateurs sont appréciés au 31/12."
    )


def _done_later(text: str, case: Case | None) -> str:
    """ "son logiciel Ségur n'a été installé qu'en mars 2024", "j'ai saisi mes horaires
    seulement le 20 janvier 2025", told of 2023 or 2024: not yet done in the exercice (« pas
    encore installé »); done within it, it stays as told."""
    if case is None or ("qu" not in text and "seulement" not in text):
        return text

    def later(m: re.Match[str]) -> str:
        return f"pas encore {m[1]}" if int(m[2]) > case.exercice else m[0]

    def late(m: re.Match[str]) -> str:
        return f"pas encore {m[1]}{m[2]}" if int(m[3]) > case.exercice else m[0]

    return DONE_ONLY_LATE.sub(late, DONE_ONLY_IN.sub(later, text))


def _years_total(case: Case, title: str, lines: list[str], facts: list[Fact], span: str) -> Fact:
    """A total told year by year: its lines, with each year's readings and sources."""
    return Fact(
        case,
        "somme",
        "",
        f"Total estimé — {title}",
        tuple(lines),
        tuple(r for f in facts for r in f.lectures),
        tuple(dict.fromkeys(x for f in facts for x in f.sources)),
        span=f"exercices {span}",
    )


def _gates_untold(
    d: Dispositif,
    missed: list[Indicateur | Groupe],
    named: list[tuple[Indicateur | Groupe, bool, Figure | None]],
) -> list[Groupe]:
    """The blocks the missed items wait on (« volet 1 »), when the story tells nothing of them
    nor of their indicators: none when it says one of them met or missed."""
    groups = {g.id: g for g in d.groupes}
    held = {x.groupe if isinstance(x, Indicateur) else x.id for x in missed}
    gates = [groups[p] for h in held if h in groups for p in groups[h].prerequis if p in groups]
    told = {x.groupe if isinstance(x, Indicateur) else x.id for x, _, _ in named}
    if any(g.id in told for g in gates):
        return []
    return list({g.id: g for g in gates}.values())


def _gates_said(d: Dispositif, items: list[Indicateur | Groupe]) -> list[str]:
    """ "Versés seulement si « Volet 1 » est atteint.": each block the items are paid after."""
    groups = {g.id: g for g in d.groupes}
    gates = dict.fromkeys(
        p for x in items if isinstance(x, Indicateur) for p in groups[x.groupe].prerequis
    )
    return [f"Versés seulement si {_q(groups[g].libelle)} est atteint." for g in gates]


def _estimated(case: Case, lines: list[str], est: Estimate, sources: tuple[str, ...]) -> Fact:
    """The total estimated for a case: its lines, the readings the texts leave open, the
    sources said (else the scheme's), with those of its maximum."""
    d = case.dispositif
    return Fact(
        case,
        "somme",
        "",
        f"Total estimé — {d.libelle}",
        tuple(lines),
        tuple(a.raison for a in est.ambiguites),
        _with_total_sources(d, sources or _labels(list(d.sources))),
    )


def _unpaid_sum(d: Dispositif, group: Groupe) -> str:
    """ ": 590 € en tout": a block missed and what waits on it, when something does."""
    waiting = [g for g in d.groupes if group.id in g.prerequis]
    if not waiting or d.unite == "points":
        return ""
    worths = [
        g.eur if g.eur is not None else sum(i.eur or 0 for i in d.indicateurs if i.groupe == g.id)
        for g in (group, *waiting)
    ]
    return f"{NNBSP}: {fmt_eur(sum(worths))} en tout" if all(worths) else ""


def _on_total(d: Dispositif) -> list[str]:
    """The warnings on the scheme's maximum itself (the forfait structure 2024's 835 or 883
    points of volet 2), said after the maximum."""
    return [a.texte for a in d.total_notes()]


def _with_total_sources(d: Dispositif, sources: tuple[str, ...]) -> tuple[str, ...]:
    """A total's sources, with those of the warnings on the maximum said after it."""
    said = [s for a in d.total_notes() for s in a.sources]
    return tuple(dict.fromkeys([*sources, *_labels(said)]))


def _gated(x: Indicateur | Groupe, block: str, d: Dispositif) -> bool:
    """The item is paid only once `block` is: an indicator of a block after it, or that
    block itself."""
    if isinstance(x, Groupe):
        return block in x.prerequis
    return block in next(g.prerequis for g in d.groupes if g.id == x.groupe)


def _half_told(
    folded: str, named: list[tuple[Indicateur | Groupe, bool, Figure | None]]
) -> dict[str, list[str]]:
    """The items said met by the name of only some of the things each requires (« appli
    carte Vitale ok » for the ApCV and Mon espace santé message option): not known, with the
    components unsaid."""
    out = {}
    for x, met, f in named:
        if not met or not isinstance(x, Indicateur):
            continue
        # "78 % de FSE" of the mean of four rates: the mean is not known ("moyenne 72 %" is)
        mean = x.cible.type == "moyenne" and f is not None and not isinstance(f, dict)
        if mean and MEAN_SAID.search(folded):
            continue
        if not mean and (f is not None or x.agregation != "tous"):
            continue
        said = components_named(folded, x)
        unsaid = [c.id for c in x.composantes if c.id not in said]
        if said and unsaid and len(x.composantes) > 1:
            out[x.id] = unsaid
    return out


# A year told as the one before but for a rate with no item named: "pareil mais à 72 %"
BARE_RATE = re.compile(
    r"(et |puis )?((en|pour) )?(20[1-3]\d )?(c'est |c |tout )?(pareil|idem|de meme)\W*"
    r"(mais|sauf que|sauf|avec|juste)( (le taux|mon taux))?( (a|avec|de|est a|passe a))? "
    r"(\d{1,3}(,\d+)? ?%)"
)
RATE_TOLD = re.compile(r"\b\d{1,3}(,\d+)? ?%")


def _rate_replaced(before: list[str], own: list[str]) -> list[str] | None:
    """The year before's sentences with their one rate replaced by the rate the year's own
    words give alone; None unless the own words are only that and the year before tells one
    rate."""
    said = fold(" ".join(own)).strip(" .?!,;")
    m = BARE_RATE.fullmatch(said)
    told = [x for x in before if RATE_TOLD.search(x)]
    if m is None or len(told) != 1 or len(RATE_TOLD.findall(told[0])) != 1:
        return None
    return [RATE_TOLD.sub(m[12].replace(" ", "") + " ", x) if x is told[0] else x for x in before]


EARLIER_HAD = re.compile(
    r"\b(?:avai[st]|ai eu|avais eu|avait eu|touchai[st]|percevai[st])\s+(?:de |environ )?"
    r"(\d{1,2}[ \u202f]?\d{3}|\d{3,4})\b(?!\s*%)"
)
EARLIER_EUROS = re.compile(r"(\d{1,2}[ \u202f]\d{3}|\d{3,5}) ?(?:€|euros?\b)")


def _earlier_amount(folded: str, year: int | None) -> tuple[int, float] | None:
    """The amount a sentence tells of one year before `year` (its last one: « … = 450 pts soit
    3 150 € »), or None unless exactly one such sentence tells one."""
    found = []
    for sentence in SENTENCE_END.split(folded):
        years = {int(y) for y in YEAR.findall(MONTH_DATED.sub(" ", sentence))}
        amounts = [float(re.sub(r"\D", "", x)) for x in EARLIER_EUROS.findall(sentence)]
        had = EARLIER_HAD.search(sentence) if not amounts else None  # "javais 590 de fami"
        amounts = amounts or ([float(re.sub(r"\D", "", had[1]))] if had else [])
        if year is not None and len(years) == 1 and min(years) < year and amounts:
            found.append((min(years), amounts[-1]))
    return found[0] if len(found) == 1 else None


def _against_earlier(fact: Fact, folded: str, year: int | None) -> Fact:
    """The total set against the amount the text tells of an earlier year, said first; as it
    is when the total is a range or no one earlier amount is told."""
    earlier = _earlier_amount(folded, year)
    total = next((t for t in fact.lignes if t.startswith(f"Total{NNBSP}: ")), "")
    said = total.split(f"{NNBSP}: ", 1)[-1]
    if earlier is None or not total or "entre" in said:
        return fact
    before, was = earlier
    gap = was - _euros_in(said)
    moved = f"{fmt_eur(abs(gap))} {'de moins' if gap > 0 else 'de plus'} en {year}"
    line = f"Par rapport à {before} ({fmt_eur(was)} d'après vous){NNBSP}: " + (
        f"{moved}." if abs(gap) >= 0.5 else "autant."
    )
    return replace(fact, lignes=(line, *fact.lignes))


def _euros_in(said: str) -> float:
    """The first amount in euros of a total as said: "2 940 € (420 points)" → 2940.0."""
    return float(re.sub(r"[^\d,]", "", said.split("€")[0]).replace(",", "."))


def _gap_between(low: float, high: float, year: int, d: Dispositif | None = None) -> str:
    """ "Soit 560 € de moins en 2026", with its points when both years count the same points
    (`d`), or, when the later total is a range, "Soit entre 1 960 € et 4 200 € de moins en
    2026"."""
    if low == high == 0:
        return "Le même montant les deux années."
    if low == high:
        gap = fmt_eur(abs(low))
        if d is not None and d.unite == "points" and d.valeur_point:
            gap = f"{gap} ({fmt_points(abs(low) / d.valeur_point)})"
        return f"Soit {gap} de {'moins' if low < 0 else 'plus'} en {year}."
    if high <= 0:
        return f"Soit entre {fmt_eur(-high)} et {fmt_eur(-low)} de moins en {year}."
    if low >= 0:
        return f"Soit entre {fmt_eur(low)} et {fmt_eur(high)} de plus en {year}."
    return f"Soit entre {fmt_eur(-low)} de moins et {fmt_eur(high)} de plus en {year}."


def _changed(
    told: list[tuple[Indicateur | Groupe, bool, Figure | None]],
    changed: list[tuple[Indicateur | Groupe, bool, Figure | None]],
) -> list[tuple[Indicateur | Groupe, bool, Figure | None]]:
    """The items told, each one a variation names replaced by it; the rates of an item paid
    in parts merged (« DSG 55 %, SPE 35 %. Et si j'ajoute le CM AT-MP à 50 % ? »)."""
    new = {x.id: (x, met, f) for x, met, f in changed}
    out = []
    for x, met, f in told:
        if x.id not in new:
            out.append((x, met, f))
            continue
        y, met2, f2 = new.pop(x.id)
        if isinstance(f, dict) and isinstance(f2, dict):
            # (the parts it leaves unsaid read as missed: the story's stand)
            out.append((y, met or met2, {**f, **{k: v for k, v in f2.items() if v is not False}}))
        else:
            out.append((y, met2, f2))
    return out + list(new.values())


def _undated(c: Case) -> str:
    """The scheme's name without its year: "Forfait structure (médecins)"."""
    return " ".join(c.dispositif.libelle.replace(str(c.exercice), " ").split())


def _gap_of(said: list[str], years: list[int]) -> str:
    """ "Soit 300 € de plus en 2024.": the change between two sure totals (« 590 € », « 890 € »),
    else that they differ (a range, or a condition, is no one figure)."""
    sure = [SURE_TOTAL.fullmatch(t) for t in said]
    if not all(sure):
        return "Des montants différents."
    a, b = (float(re.sub(r"\D", "", m[1]) + "." + (m[2] or "0")) for m in sure if m)
    way = "de plus" if b > a else "de moins"
    return f"Soit {fmt_eur(abs(b - a))} {way} en {years[1]} qu'en {years[0]}."


def _unsaid(d: Dispositif, x: Indicateur, unsaid: list[str]) -> str:
    """ " (20 points, soit 140 € ; non cité : « Messages … via Mon espace santé »)": what an
    item said met is worth, and the components the question left out of it."""
    if not unsaid:
        return ""
    names = [_q(c.libelle) for c in x.composantes if c.id in unsaid]
    worth = _worth(d, x)[2:-1]  # none for a part of a block paid whole (the mean of rates)
    head = f"{worth}{NNBSP}; " if worth else ""
    return f" ({head}non cité{NNBSP}: " + ", ".join(names) + ")"


def _block_else_met(
    d: Dispositif, named: list[tuple[Indicateur | Groupe, bool, Figure | None]]
) -> list[str]:
    """ "si je rate juste le taux FSE": the other items of the block paid whole that the one
    item missed belongs to, unsaid, are met, not missing."""
    missed = [x for x, ok, _ in named if not ok and isinstance(x, Indicateur)]
    said = {x.id for x, _, _ in named}
    blocks = {g.id for g in d.groupes if g.regle == "tous_requis"}
    if len(missed) != 1 or missed[0].groupe not in blocks or missed[0].groupe in said:
        return []
    return [i.id for i in d.indicateurs if i.groupe == missed[0].groupe and i.id not in said]


def _akin(a: set[str], b: set[str]) -> bool:
    """Two sets of stems share a word, or a stem and its longer form (« interoper »,
    « interoperabilit »)."""
    return any(
        x == y or (min(len(x), len(y)) >= AKIN and (x.startswith(y) or y.startswith(x)))
        for x in a
        for y in b
    )


def _anything(fact: Fact, est: Estimate, folded: str) -> Fact:
    """ "j'ai droit à qqch ou rien ?": yes with what the story is sure to pay, no when it
    can pay nothing; "je touche rien ?" asks the other way round."""
    nothing = not re.search(r"\b(qqch|quelque chose)\b", folded)
    total = fmt_eur(est.total_eur)
    if est.total_eur > 0:
        verdict, said = ("non", f"vous touchez {total}") if nothing else ("oui", total)
    elif est.total_eur_max == 0:
        verdict, said = ("oui" if nothing else "non"), "rien"
    else:
        return fact
    line = f"{verdict.capitalize()}{NNBSP}: {said} d'après ce que vous décrivez."
    return replace(fact, lignes=(line, *fact.lignes), verdict=verdict)


def _years_of(clause: str, today: dt.date) -> set[int]:
    """The years a clause names, written or relative (« l'an dernier », « cette année »)."""
    folded = fold(clause)
    return {int(y) for y in YEAR.findall(folded)} | set(relative_years(folded, today))


def _clauses(text: str) -> list[str]:
    """The text's clauses, a bracket kept whole: "890 € (socle, MSP, EHPAD)." is what the
    amount paid, one clause."""
    clauses: list[str] = []
    for piece in CLAUSE_END.split(text.strip()):
        if clauses and clauses[-1].count("(") > clauses[-1].count(")"):
            clauses[-1] += " " + piece
        else:
            clauses.append(piece)
    return clauses


def _years_checked(fact: Fact, amount: float) -> Fact:
    """The two years' sum set against the asker's own: « Oui » or « Non » first, when the
    sum is sure (a range is left as it is)."""
    line = next((t for t in fact.lignes if t.startswith("Sur les deux exercices")), "")
    said = line.split(f"{NNBSP}: ", 1)[-1].rstrip(".")
    if not line or "entre" in said:
        return fact
    total = _euros_in(said)
    if abs(total - amount) < 0.5:
        first, verdict = f"Oui{NNBSP}: c'est bien {said} sur les deux exercices.", "oui"
    else:
        first = f"Non{NNBSP}: {said} sur les deux exercices, et non {fmt_eur(amount)}."
        verdict = "non"
    return replace(fact, lignes=(first, *fact.lignes), verdict=verdict)


def _checked(fact: Fact, est: Estimate, amount: float, wrong_asked: bool = False) -> Fact:
    """ "… Donc 490 + 300 = 790 €, c'est bien ça ?": the total told, confirmed or corrected
    first, when the story settles it (no range). "je me suis pas planté ?" asks it the other
    way round: said in words, no « Oui » or « Non » to misread."""
    if est.total_eur_max > est.total_eur:
        return fact
    total = fmt_eur(est.total_eur)
    if wrong_asked:
        said = (
            f"C'est juste{NNBSP}: {total} d'après ce que vous décrivez."
            if abs(est.total_eur - amount) < 0.5
            else f"Il y a une erreur{NNBSP}: {total} d'après ce que vous décrivez, et non "
            f"{fmt_eur(amount)}."
        )
        return replace(fact, lignes=(said, *fact.lignes))
    if abs(est.total_eur - amount) < 0.5:
        return replace(
            fact, lignes=(f"Oui{NNBSP}: c'est bien {total}.", *fact.lignes), verdict="oui"
        )
    share = next((t for t in fact.lignes if t.startswith("Dont ")), "")
    if share and abs(_euros_in(share.removeprefix("Dont ")) - amount) < 0.5:
        # "volet 1 ok. DMP 32 %, MSS 12 %, SPE 31 %. J'arrive à 630 €": the items counted
        said = (
            f"Oui{NNBSP}: {fmt_eur(amount)} pour les indicateurs que vous comptez, et "
            f"{total} en tout avec le bloc dont ils dépendent."
        )
        return replace(fact, lignes=(said, *fact.lignes), verdict="oui")
    said = f"Non{NNBSP}: {total} d'après ce que vous décrivez, et non {fmt_eur(amount)}."
    return replace(fact, lignes=(said, *fact.lignes), verdict="non")


def _doubt_checked(fact: Fact, est: Estimate, amount: float, high: bool) -> Fact:
    """ "estimé 1240 €, ça me paraît bcp ?": the doubt confirmed or not, first, when the
    story settles the total."""
    if est.total_eur_max > est.total_eur:
        return fact
    total = fmt_eur(est.total_eur)
    if abs(est.total_eur - amount) < 0.5:
        said = f"C'est pourtant bien {total} d'après ce que vous décrivez."
    elif (amount > est.total_eur) == high:
        said = f"En effet{NNBSP}: {total} d'après ce que vous décrivez, et non {fmt_eur(amount)}."
    else:
        said = f"{total} d'après ce que vous décrivez, et non {fmt_eur(amount)}."
    return replace(fact, lignes=(said, *fact.lignes))


def _against_received(d: Dispositif, est: Estimate, received: float) -> str:
    """ "reçu 3 080 € … je devrais toucher combien ?": the amount received set against the
    total, and the one item met worth the gap (a declared one asks whether it was declared)."""
    gap = est.total_eur - received
    said = fmt_eur(received)
    if abs(gap) < 0.5:
        return f"Vous avez reçu {said}{NNBSP}: c'est bien ce total."
    if gap < 0:
        return (
            f"Vous avez reçu {said}, {fmt_eur(-gap)} de plus que ce total : un autre indicateur "
            "a sans doute été validé (détail sur amelipro) ; sinon, demandez à votre CPAM."
        )
    kinds = {i.id: i.type for i in d.indicateurs}
    worth = [r for r in est.indicateurs if r.eur and abs(r.eur - gap) < 0.5]
    out = f"Vous avez reçu {said}{NNBSP}: il manque {fmt_eur(gap)}"
    if len(worth) == 1:
        out += f", ce que verse {_q(worth[0].libelle)}."
        if kinds.get(worth[0].id) != "automatise":
            out += " Il se déclare sur amelipro : l'avez-vous déclaré dans les délais ?"
    else:
        out += "."
    return out + " Le détail est sur amelipro ; sinon, demandez à votre CPAM."


def _left_open(
    d: Dispositif, named: list[tuple[Indicateur | Groupe, bool, Figure | None]]
) -> list[Indicateur]:
    """The indicators of a block paid whole that the question leaves unsaid while naming
    others of it, none missing: not known rather than missing ("moyenne 72 %, DMP et ordos à
    25 %" says nothing of the software the Donum's socle also requires)."""
    cited = {x.id: met for x, met, _ in named}
    out = []
    for g in d.groupes:
        members = [i for i in d.indicateurs if i.groupe == g.id and i.statut_exercice == "actif"]
        told = [cited[i.id] for i in members if i.id in cited]
        if g.regle == "tous_requis" and g.id not in cited and told and all(told):
            out += [i for i in members if i.id not in cited]
    return out


def _worth_named(words: str, d: Dispositif, taken: set[str]) -> list[Indicateur]:
    """The indicators an item names by what each pays ("à 60 points"), in a scheme counted
    in points; none when no indicator pays that much."""
    m = WORTH.search(words)
    if m is None or d.unite != "points":
        return []
    return [i for i in d.indicateurs if i.points == float(m[1]) and i.id not in taken]


def _one_year(folded: str) -> bool:
    """ "Pour 2026 : socle + option DMP, ni l'option ApCV (pas équipé avant 2027)": one year
    named outside brackets, the other an aside on the list's items."""
    years = r"\b20\d\d\b"
    asides = " ".join(m[0] for m in ASIDE.finditer(folded))
    return len(set(re.findall(years, ASIDE.sub(" ", folded)))) == 1 and bool(
        re.search(years, asides)
    )


def _block_named(rules: RuleAnswers, words: str, d: Dispositif) -> bool:
    """The words name a block paid whole, by its name or its worth."""
    stems = set(rules.index._stemmer.words(normalise(words).split()))
    group = rules._group(stems, d) or _paying(words, d)
    return isinstance(group, Groupe) and group.regle == "tous_requis"


def _block_open(d: Dispositif, items: list[Indicateur | Groupe], asked: object) -> bool:
    """A total asked of items one of which belongs to a block paid whole that others of it,
    untold, leave open (« logiciel ok + option DMP, ça fait combien ? »): a range, not
    nothing."""
    groups = {g.id: g for g in d.groupes}
    named = {x.id for x in items}
    return bool(asked) and any(
        isinstance(x, Indicateur)
        and groups[x.groupe].regle == "tous_requis"
        and any(i.groupe == x.groupe and i.id not in named for i in d.indicateurs)
        for x in items
    )


def _needs_block(d: Dispositif, x: Indicateur | Groupe) -> bool:
    """The item is paid only once a block paid whole is met."""
    groups = {g.id: g for g in d.groupes}
    group = groups[x.id] if isinstance(x, Groupe) else groups[x.groupe]
    return any(groups[p].regle == "tous_requis" for p in group.prerequis)


def _paying(words: str, d: Dispositif) -> Indicateur | Groupe | None:
    """The one indicator, or block paid whole, that pays the one amount an item names
    ("350 €", "cumuler 490"); None for a year, or an amount several pay."""
    amounts = AMOUNT_ITEM.findall(words)
    if len(amounts) != 1 or 1990 <= int(amounts[0][0]) <= 2040:
        return None
    m = amounts[0]
    n = float(m[0])
    unit = "points" if m[2].startswith(("point", "pt")) else None

    def pays(x: Indicateur | Groupe) -> bool:
        return (unit is None and x.eur == n) or (d.unite == "points" and x.points == n)

    found: list[Indicateur | Groupe] = [i for i in d.indicateurs if pays(i)]
    found += [g for g in d.groupes if g.regle == "tous_requis" and pays(g)]
    return found[0] if len(found) == 1 else None


def _amount(d: Dispositif, points: float | None, eur: float) -> str:
    if d.unite == "points" and points is not None:
        return f"{fmt_eur(eur)} ({fmt_points(points)})"
    return fmt_eur(eur)


def _label(x: Indicateur | Groupe) -> str:
    return x.libelle if "«" in x.libelle else _q(x.libelle)


def _rates_told(
    named: list[tuple[Indicateur | Groupe, bool, Figure | None]],
    paid: dict[str, IndicatorResult],
    reached: bool = False,
) -> list[tuple[Indicateur, Composante, dict[str, float]]]:
    """The rates told under their component's target (or, `reached`, at it), of the
    indicators paid in part, each with the rates told for its indicator."""
    return [
        (x, c, f)
        for x, ok, f in named
        if ok and isinstance(x, Indicateur) and isinstance(f, dict) and paid[x.id].partiel
        for c in x.composantes
        if isinstance(f.get(c.id), float) and _reaches(c.cible, f[c.id]) == reached
    ]


def _parts_missed(
    named: list[tuple[Indicateur | Groupe, bool, Figure | None]], paid: dict[str, IndicatorResult]
) -> list[Composante]:
    """The components told missed, with no rate, of the indicators paid in part."""
    return [
        c
        for x, ok, f in named
        if ok and isinstance(x, Indicateur) and isinstance(f, dict) and paid[x.id].partiel
        for c in x.composantes
        if f.get(c.id) is False
    ]


def _reaches(c: Cible, value: float) -> bool:
    """A rate meets its component's target."""
    if c.valeur is None:
        return True  # not published: not said missed
    return value >= c.valeur if c.operateur == ">=" else value > c.valeur


def _paid(d: Dispositif, r: IndicatorResult | None) -> str:
    """What an indicator met pays on its own, in brackets: " (300 €)"; nothing for one paid
    within its block or not paid (its block not met)."""
    if r is None or not (r.eur or r.points):
        return ""
    # partly met ("AAT, PSE et DMT, pas SPE"): what it pays out of what it is worth
    whole = next((i for i in d.indicateurs if i.id == r.id), None) if r.partiel else None
    if d.unite == "points" and r.points:
        of = f" sur {fmt_number(whole.points)}" if whole is not None and whole.points else ""
        return f" ({fmt_points(r.points)}{of}, soit {fmt_eur(r.eur or 0)})"
    of = f" sur {fmt_eur(whole.eur)}" if whole is not None and whole.eur else ""
    return f" ({fmt_eur(r.eur or 0)}{of})"


def _bracketed(said: str, more: str) -> str:
    """`more` in the bracket `said` ends with, else in its own: "« DMP » (vous : 20 % ; à
    gagner : 60 points, soit 420 €)"."""
    if not more:
        return said
    return f"{said[:-1]}{NNBSP}; {more})" if said.endswith(")") else f"{said} ({more})"


def _to_gain(d: Dispositif, x: Indicateur | Groupe, opened: set[str]) -> str:
    """What an indicator missed, paid on its own, would add: "à gagner : 20 points, soit
    140 €", once its block is when that is not known met; what an indicator costs a block
    paid whole is said apart."""
    if not isinstance(x, Indicateur):
        return ""
    group = next(g for g in d.groupes if g.id == x.groupe)
    if group.regle != "independant":
        return ""
    eur = x.eur if x.eur is not None else (x.points or 0) * (d.valeur_point or 0)
    if not eur:
        return ""
    needs = [_q(_short(g.libelle)) for g in d.groupes if g.id in group.prerequis]
    after = f", une fois {and_list(needs)} atteint" if group.id not in opened and needs else ""
    if d.unite == "points" and x.points:
        return f"à gagner{NNBSP}: {fmt_points(x.points)}, soit {fmt_eur(eur)}{after}"
    return f"à gagner{NNBSP}: {fmt_eur(eur)}{after}"


def _mean(item: Indicateur | Groupe, figure: Figure | None) -> str:
    """The mean of the rates given one by one, for an indicator judged on it: " (moyenne
    de vos taux : 65 %)"."""
    if not isinstance(figure, dict) or not isinstance(item, Indicateur):
        return ""
    if item.cible.type != "moyenne" or not figure:
        return ""
    mean = sum(figure.values()) / len(figure)
    return f" (moyenne de vos taux{NNBSP}: {fmt_number(round(mean, 2))}{NNBSP}%)"


def _given(item: Indicateur | Groupe, figure: Figure | None, goal: str = "") -> str:
    """The asker's figure, in brackets, and the target when given: " (vous : 60 %)",
    " (vous : 4 % ; objectif ≥ 5 %)"."""
    if figure is None or isinstance(figure, dict) or not isinstance(item, Indicateur):
        return ""  # rates named each: the question says them
    unit = f"{NNBSP}%" if item.cible.type in ("taux", "moyenne") or _each_rate(item) else ""
    goal = f"{NNBSP}; {goal}" if goal else ""
    said = bound_said(figure) or fmt_number(figure)  # "sous 30 %": « moins de 30 % »
    return f" (vous{NNBSP}: {said}{unit}{goal})"


def _goal(item: Indicateur | Groupe, unsaid: bool = False) -> str:
    """ "objectif ≥ 5 %": the target an item missed, when it is a figure (`unsaid`: unless
    the item's name says it, « Taux de télétransmission FSE ≥ 70 % »)."""
    c = item.cible if isinstance(item, Indicateur) else None
    if c is None or c.valeur is None or c.type not in ("taux", "nombre"):
        return ""
    if unsaid and re.search(rf"[≥>]\s*{re.escape(fmt_number(c.valeur))}\b", item.libelle):
        return ""
    op = "≥" if c.operateur == ">=" else ">"
    unit = f"{NNBSP}%" if c.type == "taux" else ""
    return f"objectif {op} {fmt_number(c.valeur)}{unit}"


def _counts(ind: Indicateur, figure: float | None) -> bool:
    """A figure given with an item is its own when the indicator is judged on one, or on
    rates each of its components must reach ("DMP et ordonnances à 25 %")."""
    return figure is not None and (
        ind.cible.type in ("taux", "nombre", "moyenne") or _each_rate(ind)
    )


def _each_rate(ind: Indicateur) -> bool:
    """An indicator met when every one of its rates reaches its target."""
    comps = ind.composantes
    return bool(comps) and ind.agregation == "tous" and all(c.cible.type == "taux" for c in comps)


def _bare_rate(words: str, ind: Indicateur) -> float | None:
    """ "DMP 12", "ordo numeriques 20": a bare number after a rate's name is that rate."""
    if ind.cible.type not in ("taux", "moyenne"):
        return None
    found = BARE_NUMBER.search(words)
    if found and DAY_BEFORE.search(words[: found.end()]):
        return None  # "(première FSE le 15 mai)": a day of the month, not the rate
    return float(found.group(1).replace(",", ".")) if found else None


def _rate_not_its_target(words: str, ind: Indicateur) -> float | None:
    """ "DMP 10 %" in 2025: a rate equal to another item's target (the messagerie's 10 %) but
    not to this one's (30 %) is the asker's own figure for it."""
    if ind.cible.type not in ("taux", "moyenne"):
        return None
    rates = [v.value for v in values(words) if v.kind == "taux"]
    targets = [c.valeur for c in (ind.cible, *(k.cible for k in ind.composantes)) if c.valeur]
    if len(rates) != 1 or any(abs(rates[0] - t) <= 0.1 for t in targets):
        return None
    return rates[0]


def _not_met_back(
    parts: list[tuple[str, bool, bool]], sentence: int, bare_years: bool = False
) -> None:
    """ "DMP, messagerie et téléservices non atteints": the items before the last one, back to
    one with its own status or the sentence's start, are not met either; `bare_years`: a year
    is no status (« fs 2025 : AAT et PSE pas atteints »)."""
    for i in range(len(parts) - 2, sentence - 1, -1):
        words, _, asks = parts[i]
        if asks or STATUS.search(YEAR.sub(" ", words) if bare_years else words):
            return
        parts[i] = (words, False, asks)


def _shared_figures(parts: list[tuple[str, bool, bool]]) -> list[tuple[str, bool, bool]]:
    """A figure told once for two items ("AT-MP/grossesse et DMP/ordo sont sous 30 %") is
    each one's: the item before « et » with no figure of its own takes the next one's."""
    out = list(parts)
    for i in range(len(out) - 1, 0, -1):
        words, met, asks = out[i - 1]
        shared = PLURAL_FIGURE.search(out[i][0])
        others = OTHERS.search(out[i][0][: shared.start()]) if shared else None
        if shared and not others and not values(words) and met and not asks:
            out[i - 1] = (f"{words} {shared.group(1)}", out[i][1], asks)
    return out


def _counted_rate(part: str, d: Dispositif, listed: frozenset[str] | set[str]) -> bool:
    """The part names, by its own name, a rate of an indicator already listed ("CM AT-MP
    45 %, DSG 38 %, transport en ligne 52 %": the SPE, not the « services en ligne » its words
    also name)."""
    named = set(named_figures(part, RATE_NAMES).values)
    return any(i.id in listed and named & {c.id for c in i.composantes} for i in d.indicateurs)


def _why_block_missed(
    folded: str, d: Dispositif, named: list[tuple[Indicateur | Groupe, bool, Figure | None]]
) -> list[tuple[Indicateur | Groupe, bool, Figure | None]]:
    """ "il n'a pas eu le volet 1 parce que son taux de télétransmission était à 61 %": the
    rate told under its target, of a block told missed, said missed with its figure."""
    told = {x.id for x, _, _ in named}
    missed = {x.id for x, met, _ in named if isinstance(x, Groupe) and not met}
    items = [i for i in d.indicateurs if i.groupe in missed and i.id not in told]
    names = {i.id: RATE_NAMES[i.id] for i in items if i.id in RATE_NAMES}
    if not names:
        return []
    figures = named_figures(folded, names).values
    out: list[tuple[Indicateur | Groupe, bool, Figure | None]] = []
    for i in items:
        t, v = i.cible, figures.get(i.id)
        if v is None or t.valeur is None or t.operateur not in (">=", ">"):
            continue
        if float(v) < t.valeur or (t.operateur == ">" and float(v) == t.valeur):
            out.append((i, False, float(v)))
    return out


def _judged_on(ind: Indicateur, v: Valeur) -> bool:
    """The figure is of the kind the indicator, or each of its rates, is judged on."""
    return _takes(ind, None, v) or (v.kind == "taux" and _each_rate(ind))


def _value(ind: Indicateur, figure: Figure) -> Figure:
    """The calculator's answer for a figure given once for an indicator of several rates:
    each of them ("CM AT-MP, DSG et SPE à 35 % chacun")."""
    if isinstance(figure, dict) or not _each_rate(ind):
        return figure
    return {c.id: figure for c in ind.composantes}


def _rest_of(
    out: list[tuple[Indicateur | Groupe, bool, Figure | None]],
    others: set[str],
    listed: set[str],
    d: Dispositif,
) -> list[tuple[Indicateur | Groupe, bool, Figure | None]]:
    """ "FSE à 60 %, le reste du volet 1 était bon": the block's items not named one by one are
    met, those named keep their own status; with none named, the block is met whole. "DMP :
    atteint. Le reste du volet 2 n'a pas été déclaré": the items named alone count."""
    kept: list[tuple[Indicateur | Groupe, bool, Figure | None]] = []
    for x, met, figure in out:
        if isinstance(x, Groupe) and x.id in others:
            items = [i for i in d.indicateurs if i.groupe == x.id]
            if any(i.id in listed for i in items):
                kept.extend((i, met, None) for i in items if i.id not in listed and met)
                continue
        kept.append((x, met, figure))
    return kept


def _by_parts(
    x: Indicateur | Groupe,
    met: bool,
    figure: Figure | None,
    named: dict[str, bool] | None,
    rest: bool = False,
) -> tuple[Indicateur | Groupe, bool, Figure | None]:
    """ "au volet 2, seulement les arrêts de travail, les protocoles de soins et les DMT": an
    indicator whose components each pay their share is met by the ones named, not whole;
    `rest`: the parts not named are told met ("SPE à 20 %, j'ai tout le reste")."""
    if (
        isinstance(x, Indicateur)
        and not _paid_each(x)
        and _summed_parts(x)
        and named
        and figure is None
        and (True in named.values() or rest)
        and False in named.values()
    ):
        # "AAT et DMT ok mais pas de PSE ni de SPE" in 2023, whose split of the 150 points is
        # not published: the parts as told, the calculator's range
        return x, True, {c.id: named.get(c.id, rest) for c in x.composantes}
    if not isinstance(x, Indicateur) or not _paid_each(x):
        return x, met, figure
    if not met and rest and named and figure is None and len(named) < len(x.composantes):
        # "les bons de transport j'y arrive pas … j'ai tout le reste": that part missed only
        return x, True, {c.id: named.get(c.id, True) for c in x.composantes}
    if not met:
        return x, met, figure
    if isinstance(figure, dict):  # rates named for some components: the rest as told
        told = named or {}
        return x, met, {c.id: figure.get(c.id, told.get(c.id, rest)) for c in x.composantes}
    if not named or figure is not None:
        return x, met, figure
    told = {c.id: named.get(c.id, rest) for c in x.composantes}  # "… le reste tout bon"
    return x, any(told.values()), told


def _bundle(x: Indicateur | Groupe) -> bool:
    """A block or an indicator of several rates: « tout » said of it alone is all of it."""
    return isinstance(x, Groupe) or bool(x.composantes)


def _parts_said(d: Dispositif, parts: dict[str, Figure]) -> list[str]:
    """ "Atteints : AAT, DMT ; non atteints : PSE, SPE.": the components told of each
    indicator paid by its components."""
    lines = []
    for ind in d.indicateurs:
        told = parts.get(ind.id)
        if not isinstance(told, dict):
            continue
        met = [_label(c) for c in ind.composantes if told.get(c.id)]
        missed = [_label(c) for c in ind.composantes if not told.get(c.id)]
        lines.append(
            f"Atteints{NNBSP}: {', '.join(met)}{NNBSP}; non atteints{NNBSP}: {', '.join(missed)}."
        )
    return lines


MET_SAID = re.compile(r"\b(ok|valide\w*|atteint\w*|bons?|au vert|rempli\w*)\b")


def _parts_told(item: tuple[Indicateur | Groupe, bool, Figure | None], folded: str) -> bool:
    """An indicator paid by its components, some named met and some named not, without
    figures (rates told are judged by `_rates_told`)."""
    x, _, figure = item
    if not isinstance(x, Indicateur) or not _paid_each(x) or not isinstance(figure, dict):
        return False
    if not all(isinstance(v, bool) for v in figure.values()):
        return False
    named = components_named(folded, x)
    told = {figure.get(c) for c in named}
    # "aat pse dmt et cm atmp tous ok, ça fait cb ?": several parts met, the others unsaid
    several = len(named) > 1 and told == {True} and MET_SAID.search(folded)
    return told == {True, False} or (several and False in figure.values())


def _summed_parts(x: Indicateur) -> bool:
    """An indicator paid for the parts it meets, its split published or not."""
    return x.agregation != "tous" and x.cible.type != "moyenne" and bool(x.composantes)


def _paid_each(x: Indicateur) -> bool:
    """An indicator whose components each pay their own share (the téléservices)."""
    return (
        x.agregation != "tous"
        and x.cible.type != "moyenne"
        and bool(x.composantes)
        and all(c.points is not None or c.eur is not None for c in x.composantes)
    )


def _by_rate_name(words: str, d: Dispositif) -> Indicateur | None:
    """The one indicator a component's name (`RATE_NAMES`) in the words belongs to."""
    found = [ind for ind in d.indicateurs if components_named(words, ind)]
    return found[0] if len(found) == 1 else None


def _still_to_get(d: Dispositif, est: Estimate) -> str | None:
    """ "qu'est-ce qu'il me reste ?": what is not met yet and what it would pay, a block paid
    whole once; None when everything is met."""
    groups = {g.id: g for g in d.groupes}
    met = {g.id for g in est.groupes if g.atteint}  # "volet 1 validé": its items need nothing
    items: dict[str, tuple[str, float]] = {}
    for r in est.indicateurs:
        if r.statut == "atteint":
            continue
        ind = next(i for i in d.indicateurs if i.id == r.id)
        group = groups[ind.groupe]
        if group.regle == "tous_requis" and group.id in met:
            continue
        holder: Indicateur | Groupe = group if group.regle == "tous_requis" else ind
        value = holder.points if d.unite == "points" else holder.eur
        if value:
            items[holder.id] = (_label(holder), value)
    if not items:
        return None
    total = sum(v for _, v in items.values())
    each = ", ".join(f"{label} ({in_unit(d, v)})" for label, v in items.values())
    if len(items) == 1:
        return f"Reste à obtenir{NNBSP}: {each}."
    return f"Reste à obtenir{NNBSP}: {each}, soit {in_unit(d, total)} au plus."


def _listed_on(words: str) -> bool:
    """A short item named alone, with no figure nor status, going on a list ("SPE")."""
    return len(words.split()) <= 3 and not re.search(r"\d", words) and _bare(words)


def _bare(words: str) -> bool:
    """An item named with no status or figure of its own ("le volet 2")."""
    # "le module LAP est payant (15 €/mois)": an aside in brackets is not the item's status
    return not STATUS.search(re.sub(r"\bvolet [12]\b|\([^)]*\)", " ", words))


def _counts_joined(folded: str) -> str:
    """Two counts of one thing kept as one item: "3 100 actes en tout, dont 2 140 en FSE" is
    the FSE rate, not a part of acts and another of FSE."""
    for rx, _ in PART_OF_ALL:
        folded = rx.sub(lambda m: m[0].replace(", dont", " dont"), folded)
    return folded


def _condition_split(folded: str) -> str:
    """A comma after a condition that runs into its question: "si j'ai que le socle je perds
    combien ?" tells the socle met, as "si j'ai que le socle, je perds combien ?" does."""
    return CONDITION_THEN.sub(r"\1, \2", folded)


def _item_within(m: re.Match[str]) -> str:
    """ "FSE 60 % (MSP ok)": the bracket told as an item of its own, unless it details a
    block ("volet 1 ok (MSS ok, …)": the block's items)."""
    return m[0] if BLOCK_WORD.search(m[1]) or SCHEME_LAST.search(m[1]) else f"{m[1]}, ("


def _figures_split(folded: str) -> str:
    """A comma after each figure followed by another item's name ("dmp 45 ordo 50"), except
    within two counts of one thing ("30 messages pour 500 consultations")."""
    kept = [m.span() for rx, _ in PART_OF_ALL for m in rx.finditer(folded)]
    return FIGURE_THEN_NAME.sub(
        lambda m: m[0] if any(a <= m.start() < b for a, b in kept) else f"{m[1]}, ", folded
    )


def _bare_figure_of(
    out: list[tuple[Indicateur | Groupe, bool, Figure | None]], given: Valeur | None, words: str
) -> bool:
    """A rate told in a part naming no item nor rate ("FSE 96 %" is the FSE's), after an
    item met that lacks one and is judged on one rate."""
    if given is None or given.kind != "taux" or not out or named_figures(words, RATE_NAMES).values:
        return False
    x, met, figure = out[-1]
    return (
        isinstance(x, Indicateur)
        and met
        and figure is None
        and not x.composantes
        and x.cible.type == "taux"
        and _counts(x, given.value)
    )


def _name_again(
    out: list[tuple[Indicateur | Groupe, bool, Figure | None]],
    ind: Indicateur,
    met: bool,
    given: Valeur | None,
    conceded: bool = False,
) -> None:
    """An item listed earlier, named again: a figure it lacked, or a failure, is its own; so
    is its being met, after « mais » ("pas inscrit au SAS mais ma CPTS participe au SAS")."""
    k = next(k for k, (x, _, _) in enumerate(out) if x is ind)
    _, was_met, figure = out[k]
    if given is not None and given.kind == "taux" and not ind.composantes and figure is not None:
        # "DMP 28 % … 2025 pareil sauf DMP 33": the later rate is the one judged
        out[k] = (ind, True, given.value)
    elif not met and (ind.agregation == "tous" or not ind.composantes):
        out[k] = (ind, False, None)
    elif met and not was_met and conceded and not JOINT.search(fold(ind.libelle)):
        # "pas référencé Ségur mais il a un LAP": one of a joint item's needs, not the item
        out[k] = (ind, True, given.value if given is not None else None)
    elif was_met and figure is None and given is not None and _counts(ind, given.value):
        out[k] = (ind, True, given.value)


def _in_euros(d: Dispositif, x: Indicateur | Groupe) -> float | None:
    """What an item pays on its own, in euros; None when it pays only as part of a block."""
    if d.unite == "points" and x.points is not None:
        return x.points * (d.valeur_point or 0)
    return x.eur


def _worth(d: Dispositif, g: Indicateur | Groupe) -> str:
    """What a group paid as a block, or an indicator, is worth, in brackets: " (280 points,
    soit 1 960 €)"."""
    if d.unite == "points" and g.points is not None:
        return f" ({in_unit(d, g.points)})"
    return f" ({fmt_eur(g.eur)})" if g.eur is not None else ""


def _slashed_denied(m: re.Match[str]) -> str:
    """Each slashed item missed, in brackets opened on « pas de »; as written when an item
    is a status ("DMP : atteint / SAS : non atteint": each its own)."""
    if any(SLASHED_STATUS.search(item) for item in m[1].split("/")):
        return m[0]
    return f" (pas de {m[1].strip()}) : "


def _swap_compared(fact: Fact, now: Estimate, before: Estimate) -> Fact:
    """The total with one item swapped for another, set against the story's own."""
    total = _total_line(fact)
    if total is None:
        return fact
    gap = now.total_eur - before.total_eur
    what = (
        f"{fmt_eur(gap)} de plus"
        if gap > 0
        else f"{fmt_eur(-gap)} de moins"
        if gap < 0
        else "le même montant"
    )
    told = fmt_eur(before.total_eur)
    line = f"Avec ce changement{NNBSP}: {what} que dans la situation décrite ({told})."
    kept = [x for x in fact.lignes if not x.startswith("Manque à gagner")]
    at = kept.index(total) + 1
    return replace(fact, lignes=(*kept[:at], line, *kept[at:]))


def _total_line(f: Fact) -> str | None:
    return next((x for x in f.lignes if x.startswith(f"Total{NNBSP}: ")), None)


def total_euros(f: Fact) -> float | None:
    """The euros of a fact's total line (« Total : 3 626 € … »); None without one, or when it
    is a range (« Total : entre 0 € … »)."""
    total = _total_line(f)
    amount = TOTAL_EUROS.match(total) if total is not None else None
    return _euros_of(amount[1]) if amount else None


def _missed_names(f: Fact) -> list[str]:
    """The « … » names of the items a total counts as not met."""
    line = next((x for x in f.lignes if x.startswith(f"Non atteints{NNBSP}: ")), "")
    return re.findall(r"«[^»]*»", re.sub(r"\([^()]*\)", " ", line))  # not « (… « Socle » atteint) »


def _beside_mean(text: str, case: Case | None, found: Fact | None) -> Fact | None:
    """ "Ça fait combien ? Et je suis à combien de la moyenne nationale ?": the total set
    against the mean published for the exercice, after it."""
    if found is None or case is None or not MEAN_ASKED.search(fold(text)):
        return found
    total = _total_line(found) if found.titre.startswith("Total estimé") else None
    euros = total_euros(found) if total is not None else None
    mean = beside_mean(case.dispositif, euros) if euros is not None else None
    if mean is None or total is None:
        return found
    at = found.lignes.index(total) + 1
    return replace(found, lignes=(*found.lignes[:at], mean, *found.lignes[at:]))


def _euros_of(said: str) -> float:
    return float(re.sub(r"[^\d,]", "", said).replace(",", "."))


_TAKEN_ON = " ok et rien d'autre."  # a new scheme's item carried, alone of its year


def _two_added(asked: str) -> bool:
    """The question asks two years added up: "total sur 2023 + 2024 ?", "total fami ?"."""
    return any(rx.search(asked) for rx in (BOTH_SUMMED, YEARS_PLUS, TWO_ADDED))


def _item_of(sentence: str) -> str:
    """The item's name in a sentence `RuleSums._taken_to` wrote (". Logiciel … ok.")."""
    return sentence.removeprefix(". ").removesuffix(_TAKEN_ON).removesuffix(" ok.")


def _nothing_said(amount: str) -> str:
    """A year's amount as a line says it: « 0 € (0 point) » said as nothing paid, in words a
    reader cannot misread as a figure left out."""
    amount = amount.rstrip(".")
    return f"{amount}, rien n'est versé" if re.match(r"0(?:,00)?\s?€", amount) else amount


def _no_more_item(m: re.Match[str]) -> str:
    """ "…, plus de MSP" told « pas de MSP »; a bracket opened on it is a part of its own
    ("socle + étudiante (plus de MSP ni d'interventions)": the étudiante stays met)."""
    return ", (pas " if m[1] == "(" else f"{m[1]} pas "


def _no_more(sentence: str) -> str:
    """ "En 2026 plus de stagiaire", "2025 socle ok, plus d'EHPAD" told as « pas de … »,
    before its year is taken out (the year or the comma says « plus » is no addition)."""
    return CLAUSE_NO_MORE.sub("pas ", YEAR_NO_MORE.sub(r"\1 pas ", fold(sentence)))


def _same_rates(later: list[str], earlier: list[str]) -> list[str]:
    """A later year's sentences with the rates told « pareil » written with the year before's
    figures ("dmp et ordo tjrs pareil" after "dmp 40 % + ordo num 50 %": « dmp 40 %,
    ordonnances numeriques 50 % »); sentences naming no such rate are kept as told."""
    figures = named_figures(fold(" ".join(earlier)), RATE_NAMES).values

    def written(m: re.Match[str]) -> str:
        named = rates_named(m[1], RATE_NAMES)
        # (not "2024 fse 75 % et pareil": a year told « pareil » after its own figure)
        if not named or any(i not in figures for i in named) or re.search(r"\d", m[1]):
            return m[0]
        told = (f"{fold(RATE_NAMES[i][0])} {fmt_number(float(figures[i]))} %" for i in named)
        return " " + ", ".join(told) + " pareil"  # (the rest of the year told from before)

    return [SAME_RATES.sub(written, fold(x)) if SAME_RATES.search(fold(x)) else x for x in later]


def _figures_for(text: str, year: int, years: tuple[int, ...] | list[int] = ()) -> str:
    """The text with each thing's figures told per year read for `year` only ("FSE 60 % en
    2023, 68 % en 2024, 70 % en 2025" -> "FSE 68 %" for 2024; "2 interventions en EHPAD en
    2024 et 4 en 2025" -> "4 interventions en EHPAD" for 2025; "DMP 28 % en 2024 puis 35 %
    l'année d'après"; "PSE 91 % puis 88 %" of two `years`); unchanged where no run of figures
    names that year."""
    if len(years) == 2 and year in years:
        text = FIGURE_THEN.sub(lambda m: m[1 + sorted(years).index(year)], text)
    # "en 2024 j'ouvrais 1h de SAS, en 2025 3h": the clause, with that year's figure
    text = YEAR_LED_RUN.sub(
        lambda m: (
            f"{m[2]}{m[3] if int(m[1]) == year else m[6]}{m[4]}"
            if year in (int(m[1]), int(m[5]))
            else m[0]
        ),
        text,
    )
    # "appli carte Vitale : aucune FSE en 2024, plusieurs en 2025": none one year, some the other
    text = NONE_THEN_SOME.sub(
        lambda m: (
            f"{m[1]}{'aucune' if int(m[3]) == year else 'plusieurs'} {m[2]}"
            if year in (int(m[3]), int(m[4]))
            else m[0]
        ),
        text,
    )
    # ("…, étudiant en 2025 seulement": the item that year, none the others)
    text = ONLY_IN_YEAR.sub(lambda m: m[1] if int(m[2] or m[3]) == year else " ", text)
    # each run: the first figure's words, then each figure's (start, end, figure, year)
    runs: list[tuple[str, list[tuple[int, int, str, int]]]] = []
    for m in FIGURE_YEAR.finditer(text):
        item = (m.start(), m.end(), m[1], int(m[3]))
        joined = runs and FIGURES_JOINED.fullmatch(text, runs[-1][1][-1][1], m.start())
        if joined and not m[2].strip():
            runs[-1][1].append(item)
        else:
            runs.append((m[2], [item]))  # (the first one's words: "2 interventions en EHPAD")
        nxt = THEN_NEXT_YEAR.match(text, m.end())
        if nxt is not None:
            runs[-1][1].append((m.end(), nxt.end(), nxt[1], int(m[3]) + 1))
    out, at = [], 0
    for words, run in runs:
        if len(run) < 2 or year not in {y for *_, y in run}:
            continue
        figure = next(f for *_, f, y in run if y == year)
        out += [text[at : run[0][0]], f"{figure}{words}"]
        at = run[-1][1]
    return "".join([*out, text[at:]])
