"""Amounts, targets and dates asked of the rules: "volet 1 en 2024, combien en euros ?", "le
FAMI c'est combien max ?", "kiné, la déclaration FAMI 2025 ouvre quand ?", "qd est payé le
forfait structure 2025 ?".

The figures are the compiled schemes' (`knowledge.schema.Dispositif`): what an indicator, a
group or the whole scheme pays (the maximum computed by `calculators.estimate`, the published
total beside it), an indicator's target, the declaration window (`calculators.calendar`) and
the payment note, each with its sources. Where the data has no date or no figure, the answer
says "non publié dans nos sources"; where the texts read a rule two ways (`ambiguite`), it
gives both readings with their sources. Which scheme: the profession and exercice the FAQ
index assumed (question, session, or the current exercice), as `bot.rule_answers` does.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TypeVar

from bot.faq import (
    CLOSING_WORDS,
    MISS_TOLD,
    OWN_COST_ASKED,
    RELAYED,
    SENTENCE_END,
    YEARS_PLUS,
    Answer,
    asked_part,
)
from bot.faq_intent import beside as intent_beside
from bot.faq_intent import intents
from bot.faq_text import MAXIMUM, fold, last_question, normalise
from bot.fse_start import SHOWN
from bot.question_people import heads_of
from bot.question_scope import (
    ATTACHED_YEAR,
    BOTH_ASKED,
    MONTHS,
    SCHEME_LABELS,
    SCHEME_PROFESSION,
    SCHEMES,
    SINCE_YEAR,
    TODAY_TOLD,
    VSM,
    YEAR_RANGE,
    Valeur,
    event_years,
    own_figure,
    values,
)
from bot.rule_answers import (
    BLOCK_LOST_ASKED,
    SCHEME_NAMES,
    Case,
    RuleAnswers,
    Situation,
    _group_total,
    _named_rates,
    _q,
    _unpaid_after,
    components_named,
    in_unit,
    left_out_caught_up,
)
from bot.typography import and_list, year_runs
from bot.understand import RATE_NAMES, named_figures
from calculators import Estimate, estimate
from calculators.calendar import status, window_text
from calculators.forfait import verdict
from calculators.french import NNBSP, fmt_date, fmt_eur, fmt_number, fmt_points
from knowledge.schema import (
    Ambiguite,
    Cible,
    Composante,
    Dispositif,
    Groupe,
    Indicateur,
    Note,
    Source,
)

# What is asked. A date: of the payment, or of the declaration window.
WHEN = re.compile(
    r"\b(quand(?! (meme|mm)\b)|qd(?! (meme|mm)\b)|quelle date|a quelle date|"
    # (not "jusqu'à 420 points, soit 2 940 €": up to an amount)
    r"dates?(?! d'(acquisition|achat|edition|installation))|"
    r"jusqu'?au?(?! \d[\d ]*(points?|pts|€|eur))|"
    r"a partir d|a partir de quand|a quel moment|"
    r"ouvr\w*(?! (\d|des |mes |qu'|que )| .{0,30}\b(creneaux|\d+ ?h\b))|"  # "j'ouvre 1h30 de…"
    # "ouvert" asks when, not "3h de créneaux ouverts"
    # (not "ma BAL a été fermée": a thing closed, told)
    r"(?<!creneaux )(?<!plages )(?<!heures )ouvert\w*|(?<!ete )ferm\w*|clotur\w*|close?|"
    r"limite|butoir|calendriers?|quel mois|quelle periode|(?<!depuis )quelle annee|"
    r"(dernier|premier) jour|"  # "c quoi le dernier jour pour déclarer ?"
    r"periode de (declaration|saisie)|trop tard|"
    r"du combien au combien|de quand a quand|"  # « la saisie, c'était du combien au combien ? »
    r"en meme temps|au meme moment|a la meme date|"
    # "fallait-il encore déclarer X ?" asks whether X is declared, not until when
    r"(?<!fallait-il )(?<!fallait il )(?<!faut-il )(?<!faut il )(?<!fallait )"
    r"encore (declarer|saisir|modifier|le faire)|(encore|toujours) le temps)\b"
    # "du 13 janvier au... ?": the end of a window asked, left blank
    r"|\bau ?(?:\.{2,}|…) ?\?"
)
PAYMENT = re.compile(
    r"\b(pay\w*|paie\w*|verse\w*|versement|touch\w*|recoi\w*|recev(?!abl)\w*|virement|tomb\w*|"
    r"percev\w*|percoi\w*|"
    r"arriv\w*(?! a (combien|\d)))\b"  # "j'arrive à combien ?" is a total
)
# A payment awaited: "toujours pas reçu mon forfait 2025", "j'ai rien touché du Donum".
NOT_RECEIVED = re.compile(
    r"\b((toujours (rien|pas)|pas encore|rien|jamais)( (ete|etait|rien))? "
    r"(recu|touche|vu|eu|paye|verse|arrive)(?!r\b)|pas (ete )?(recu|paye|verse|arrive)(?!r\b))\w*"
    r"(?! (?:la|le|les|de|d'|une?) ?(?:version|logiciel|mise a jour|maj|lecteur|messagerie|"
    r"bal|dmp|segur|addendum|ordonnance|etudiant|stagiaire|interne)s?\b)"
)
# The rules asked again, whatever was (not) received: "rappelle-moi les 4 conditions du
# volet 1, … pourquoi je n'ai rien touché"
RULES_ASKED = re.compile(
    r"\b(rappel\w*[- ]moi|(quels?|quelles?) (sont|etaient) les|redonne\w*[- ]moi|"
    r"(les|ses) (\d|quatre|cinq|trois) (conditions|criteres|indicateurs|prerequis))\b"
)
# Whether one item is paid apart from the rest, asked: "les 350 € c'est pas indépendant ?"
APART = re.compile(r"\b(independa\w*|a part entiere|meme sans (le|les|la) )")
# Nothing received for an item named: "j'avais un étudiant de 6e année … et rien touché pour
# ça", "pourquoi je n'ai rien eu pour ça en 2023 ?": what the item paid that year, if anything
ITEM_NOTHING = re.compile(r"\b(rien|pas) (recu|touche|eu|percu)e? pour (ca|cela)\b")
# Nothing received told as the effect of something named: "la ligne SESAM-Vitale est non
# atteinte, c'est à cause de ça que j'ai rien touché ?" asks the indicator, not the payment
CAUSE_OF_NOTHING = re.compile(
    r"\b(a cause (de ca|de cela|d'elle|de lui)|pour ca|pour cette raison) qu"
)
# Nothing received set against a colleague's amount: "mon confrère a eu 350 € pour sa
# téléconsultation, moi rien, pourquoi lui ?" asks what made the difference, not the payment
# (« ma consœur l'a eu au printemps, c'est normal ? » asks it)
PARTNER_GOT = re.compile(
    r"\b(mon|ma|notre) (associee?|collegue|confrere|consoeur|voisine?)\b[^?]{0,60}"
    r"\b(a eu|a touche|a recu|a percu) (ses |les |son |sa )?\d|\bpourquoi (lui|elle)\b"
)
CHECK_PAID = "regardez le détail de la rémunération sur amelipro, puis contactez votre CPAM"
# The payment's date asked against the declaration's: "j'aurais été payée plus tard ?"
PAID_LATER = re.compile(
    r"\b(payee?s?|versee?s?|touchee?s?|percue?s?) (plus tard|plus tot|en retard|apres)\b"
    r"|\b(paiement|versement) (plus tard|plus tot|retarde|decale|repousse)\b"
)
# A declaration missed: "j'ai oublié de déclarer", "c'est trop tard ?", "j'ai zappé", "pas
# fait ma saisie".
# Late, with nothing else said: the declaration's window is asked
LATE = re.compile(
    r"\b(trop tard|oubli\w*|zappe\w*|hors delai|en retard|depasse\w*|laiss\w* passer|"
    r"rate\w* la (date|campagne)|(pas|jamais) fait (ma|la|sa|mon|son|leur) (saisie|declaration)|"
    r"(peux|peut|puis|pourr\w*|possible)([- ](je|on|il|elle))? encore (le |la |les )?declarer|"
    r"jamais declare|"  # "j'ai jamais déclaré mon FAMI 2024 … je peux encore le faire ?"
    r"(il est|c'est|encore) (encore )?(temps|tps)|"  # "rien déclaré, il est encore temps ?"
    # "j'ai voulu déclarer le 5 mars et c'était fermé. C'est mort ?"
    r"(c'?etait|c'?est|deja) (ferme|clos|close|termine)e?s?|c'?est (mort|foutu|fichu|cuit))"
)
# The maxima added up: "si on coche tout, ça fait combien à nous deux ?"
TOGETHER = re.compile(
    r"\b(a (nous|vous|eux) (deux|trois|quatre|[234])|a deux|(tous|toutes) les deux)\b"
)
# The day the indicators are judged on: "sont regardés à quelle date ?", "appréciés quand ?"
ASSESSED_WHEN = re.compile(
    r"\b(regarde|apprecie|evalue)e?s? (a|au|en)? ?(quelle date|quel moment|quand)\b"
)
# The whole declaration not made: "oublié de déclarer mes indicateurs", "zappé ma saisie"
NOT_DECLARED = re.compile(
    r"\b(oubli\w*|zappe\w*|pas eu le temps|jamais) (de |d')?(declarer|saisir|faire) "
    r"(mes|les|ma|la) (indicateurs|declaration|saisie)\b"
)
NOT_DECLARED_LOSS = (
    "Ce que vous perdez dépend de ce qui était pré-rempli ou mesuré automatiquement (taux de "
    "télétransmission, téléservices…) : ces indicateurs-là ne demandaient pas de saisie. Le "
    "détail est sur amelipro ; votre CPAM vous dira ce qui a été retenu."
)
DECLARED = re.compile(r"\b(declaration|declare\w*|teledeclar\w*)\b")  # the act, not a saisie
DECLARATION = re.compile(r"\b(declar\w*|saisi\w*|saisir|campagne|modifi\w*|teledeclar\w*)\b")
# An indicator one may declare, asked of one's situation: « Peut-il encore déclarer l'indicateur
# de prise en charge coordonnée pour 2025 ? » (after « il a quitté la CPTS »), not the dates
ITEM_DECLARED = re.compile(
    r"\b(peu[xt]|pourr\w*|puis|doi[st]|faut)[- ]?(je|il|elle|on|-t-il|-t-elle)? "
    r"(encore |quand meme )?declarer "
    r"(l'indicateur|la coordination|la prise en charge|le sas|l'encadrement|l'item)\b"
)
DATES_NAMED = re.compile(r"\b(quand|qd|dates?|jusqu|limite)")  # (the dates are asked after all)
# A payment asked against a time: "je la touche avant Noël ?", "je le reçois en 2027 ?"
PAID_BY = re.compile(
    r"\b(le|la|les|l') ?(touch\w*|recoi\w*|recev\w*|aur\w*) (bien |vraiment )?"
    rf"(avant|d'ici|pour|en|des|au|a|vers|fin|debut) (noel|l'? ?ete|la rentree|la fin de l'annee|"
    rf"{'|'.join(MONTHS)}|20[1-3]\d|(le |au )?(1er|premier|2e|second|deuxieme) semestre)\b"
)
# Something still to do, asked whether there is time: "je peux encore le faire maintenant ?"
STILL_DOABLE = re.compile(
    r"\b(peux|peut|puis|pourr\w*)([- ](je|on|il|elle))? (encore|toujours) (le |la |les |l')?"
    r"(faire|mettre|rattrap\w*|ajouter|installer|envoyer|rentrer|afficher)\b"
)  # "jpeux encor rattrapé ?": the accent folded, the participle typed for the infinitive
SEGUR = re.compile(r"\bsegur\b")
# Two targets offered to choose from: "c'est 2/3 ou 70 % ?", "66 % ou 70 % ?"
_RATE = r"(\d{1,3}(,\d+)? ?%|\d ?/ ?\d|deux tiers)"
TARGET_CHOICE = re.compile(rf"{_RATE} ou (bien )?{_RATE}\s*\?")
# Whether the window is open yet: "je peux déjà déclarer ?", "la saisie est déjà ouverte ?"
EARLY = re.compile(
    r"\b(deja|des maintenant|des aujourd'hui|des a present) (le |la |les |mes |mon |ma )?"
    r"(declarer|saisir|teledeclarer|faire (ma|la) (declaration|saisie))\b"
    r"|\b(declaration|saisie|campagne) (est |sont )?(deja|enfin) ouverte?s?\b"
)
# What something paid, asked: "ça m'a rapporté combien ?", "combien j'ai touché pour …"
EARNED_ASKED = re.compile(
    r"\b(m'a|m'ont|lui a|nous a) (rapporte|verse|fait gagner) combien\b"
    r"|\bcombien (ca |cela )?(m'a|m'ont|j'ai) (rapporte|verse|touche|percu)\b"
    # "si je passe au-dessus du seuil d'ici fin décembre, ça me rapporte combien ?"
    r"|\b(ca|cela) (me|nous|lui) (rapporte|rapportera|rapporterait) combien\b"
)
# An amount or a target: "combien", "montant", "max", "seuil", "ça rapporte", "vaut".
AMOUNT = re.compile(
    r"\b((?<!jusqu'au )(?<!jusquau )(?<!\ble )combien|cb|cbn|montants?|max|maxi|"
    rf"{MAXIMUM}|"
    r"plafonds?|plafonn\w*+(?! (?:a|vers|autour de|aux) \d{1,2}(?:[,.]\d+)? ?%)|"
    r"rapport\w*|remunerai\w*|vaut|valai\w*|valen\w*|"
    r"seuils?|objectifs?|cibles?|quel taux|quel pourcentage|taux attendu|taux exige|"
    r"quelle proportion|quelle part|(le|au|en) total(?! des actes)|en euros|quelle somme|"
    r"meilleur cas|pire cas|manque a gagner|"
    r"y (?:a|avait)(?:-t)?(?:-il| il)? des points)\b"  # "y avait-il des points pour ça en 2018 ?"
)  # "ça rentre dans le total des actes ?": what the rate counts, no amount
# What the question says it does not ask: "je ne demande pas comment facturer, juste : …".
NOT_ASKED = re.compile(r"\b(?:ne )?(?:vous )?demande pas\b(?:\W+\w+){1,4}")
# A target asked without "combien": "le taux de télétransmission attendu pour la Donum".
TARGET = re.compile(
    r"\btaux\b.*\b(attendu|exige|requis|minimum|mini|minimal|a atteindre|qu'il faut|faut avoir|"
    r"necessaire)\b"
)
# A rate asked of ("taux AAT demandé en 2022 vs FS 2025 ?"), beside two years compared
RATE_ASKED = re.compile(r"\btaux(?: \w+){0,2} demandee?s?\b")
# A risk asked of a proof: "je risque de perdre mon FAMI ?", "qu'est-ce que je risque ?"
AT_RISK = re.compile(r"\b(risqu\w*|perd\w*|perte|saute\w*)\b")
# A loss asked of the rates given: "jperds cb sur ces deux là ?"
LOSS_WORDS = re.compile(r"\b(perd\w*|perte|manque a gagner|en moins|rate\w*|cout\w*)\b")
# A target checked: "il faut toujours un taux FSE de deux tiers ?", "il faut 60 % dès 2026 ?".
TARGET_CHECKED = re.compile(
    r"\bil (faut|fallait) (toujours |encore |bien |au moins )*(un |une )?(taux )?(d[eu] )?(\w+ )?"
    r"(de |a |d')?(\d+( ?%|/\d)|deux tiers|trois quarts)"
    # "c'est toujours 70 % de télétransmission minimum ?"
    r"|\bc'?est (toujours |encore |bien )*(au moins |de |a )?(\d+( ?%|/\d)|deux tiers|trois quarts)"
    r"( de [\w-]+)? (minimum|mini|au minimum|requis|exige)\b"
    # "le seuil de FSE c'est 2/3 ?", "l'objectif du DMP c'est bien 30 % ?"
    r"|\b(seuil|objectif|minimum|cible) (de |du |des |d')(?!socle|volet|la donum|la dotation)"
    r"[^?.]{0,40}\bc'?est (toujours |encore |bien )*"
    r"(de |a )?(\d+( ?%|/\d)|deux tiers)\s*\?"
    # "mon taux de FSE doit-il toujours dépasser les 2/3 comme avant ?"
    r"|\b(doit|doivent|faut)(-il|-elle| il| elle)? (toujours |encore |bien |au moins )*"
    r"(depasser|etre superieur a|atteindre) (les |le )?(\d+( ?%|/\d)|deux tiers)"
    # "le taux de télétransmission exigé c 2/3 comme pour les médecins ?", "c'est bien les 2/3
    # comme chez les médecins ?", "c pas 2/3 pr nous ?"
    r"|\b(taux|seuil|objectif)\b[^?.]{0,60}\b(exige|requis|demande|minimum)\b[^?.]{0,20}"
    r"\b(c'?est|c|est) (bien |toujours )*(les |de |a )?(\d+( ?%|/\d)|deux tiers)[^.?]*\?"
    r"|\b(c'?est|c) (bien |toujours |pas )*(les )?(\d+( ?%|/\d)|deux tiers) (comme|pour|pr)\b"
    # "le socle exige 80 % de moyenne dès la 1re année, exact ?"
    r"|\b(exige|requiert|impose)\w* (au moins |un |une )?(\d+( ?%|/\d)|deux tiers)"
    # "… la moyenne devait être à 80 %. C'est juste ?"
    r"|\b(doit|doivent|devait|devaient|devra|devrait) (etre|atteindre|depasser) (a |de )?"
    r"(au moins )?(\d+( ?%|/\d)|deux tiers)"
)
# Why one figure in a year and another in the next: "pourquoi le volet 1 valait 400 points
# en 2022 et seulement 280 en 2023 ?" (years taken out first)
SEVERAL_BLOCKS = re.compile(r"\+|\b(toutes? les|tous les|absolument tout)\b")
WHY_FIGURES = re.compile(  # "… 400 points en 2022 … Il est passé à combien et pourquoi ?"
    r"\bpourquoi\b.*\b\d+\b.*\b\d+\b|\b\d+ ?(points?|pts|€|euros?)\b.*\bpourquoi\b"
)
YEAR_WORDS = re.compile(r"\b(19|20)\d\d\b")
# An amount in euros the question tells: "8 141 €", "7805 euros"
EUROS_TOLD = re.compile(r"(?<![\d,.])(\d{1,2} ?\d{3}|\d{3,4})(?: ?€| euros?\b)")
# An amount checked: "le FAMI 2026 c'est toujours 490 € pour le socle ?", "le FS 2025 montait
# à 8 141 € maximum", "le point est passé à 10 € ?", "volet 1 = 400 points".
AMOUNT_CHECKED = re.compile(
    r"(?:\b(c'est|est|c'?etait|etait|ca (?:fait|faisait|fera|ferait)|ca reste|ca vaut|"
    r"ca rapporte|reste|vaut|rapporte|mont\w* (jusqu'a|a|au[- ]dessus de|au[- ]dela de)|"
    r"passe\w* a|depasser|atteindre les|"
    r"(?:aller|va|ira|allait|peut aller|monte|c'?est) jusqu'a(?: presque| pres de| environ)?|"
    # "la Donum c'est comme le forfait structure, jusqu'à 8 141 € par an. C'est bien ça ?"
    r", jusqu'a(?= \d[\d ]*(?: ?€| euros?)[^?]*\bc'?est (?:bien|vrai|exact|ca))|"
    r"toucher(?= \d[\d ]*(?: ?€| euros?) si)|"
    # "j'aurais dû avoir 350 € en plus non ?": an amount one expected, checked
    r"j'?(?:aurais|aurai) du (?:avoir|toucher|percevoir|recevoir))|=) "
    r"(toujours |tjs |encore |bien |donc )*(de |a )?\d[\d ]*(,\d\d?)?( ?€| euros?| points?| pts|"
    r"(?= (le|la|les|pour|au|du|sur|comme) |\s*\?))"  # "c tjs 490 le socle ?": a bare amount
)
# What to send or keep for an indicator: "taux de FSE : je dois envoyer un justificatif ?".
PROOF_ASKED = re.compile(
    r"\b(justif\w*|pieces? justificatives?|preuves?)\b"
    r"|\bfactures?\b.{0,80}\b(r?envoi\w*|r?envoy\w*|fournir)\b"  # "ma facture, je la renvoie ?"
    r"|\b(r?envoy\w*|fournir|joindre)\b.{0,30}\bfactures?\b"
    # "je dois envoyer quelque chose à la caisse ?"
    r"|\b(r?envoy\w*|fournir|transmettre)\b (qq ?ch\w*|quelque chose)\b"
    r"|\b(r?envoy\w*|transmettre) (un document|des documents|un papier|des papiers) a la "
    r"(caisse|cpam)\b"
    # "doit-elle envoyer à la caisse une copie du contrat ou des statuts de la MSP ?"
    r"|\b(r?envoy\w*|fournir|joindre|transmettre)\b.{0,30}\b(copies?|statuts|contrats?|"
    r"attestations?|certificats? d'adhesion)\b"
    # "ou la caisse le voit d'elle-même ?": whether anything is to be sent
    r"|\b(la caisse|la cpam|l'assurance maladie|la secu) (le |la |les |l')?"
    r"(voit|voient|detect\w*|recup\w*|sait)\b"
    # "je dois déclarer quelque chose ou ça remonte tout seul ?"
    r"|\b(remonte\w*|se fait|est releve\w*) (tout seul|toute seule|automatiquement|d'office)"
)
# What a document must say is the FAQ's: "que doit contenir le justificatif ?"; so is one
# pre-filled ("il a été pré-rempli, dois-je quand même envoyer… ?").
PROOF_CONTENT = re.compile(
    r"\b(conten\w*|contient|mentionn\w*|indiqu\w*|modele|format)\b"
    r"|\b(a ete|est|etait|bien|deja) pre[- ]?rempli"
)
# "combien de RCP", "combien de temps": a count or a duration, not what it pays ("combien
# d'indicateurs ?" is the block's make-up, which its amount lists; "c'est combien de moins
# que …" a difference; "combien de fami cumulé ?" an amount).
COUNT_ASKED = re.compile(
    r"\bcombien d(e |')(?!points?\b|pts\b|euros?\b|argent\b|€|indicateurs?\b|criteres?\b|"
    r"moins\b|plus\b|%|pour ?cent|fami\b|donum\b|forfait|dotation|"
    # "je perds combien d'une année sur l'autre", "combien de diff": amounts
    r"(une annee|un an|un exercice) (sur|a) l'autre|diff\b|differences?\b|ecarts?\b)"
)
# The two years' totals added up: "quel total sur les deux exercices ?", "cumulé ?"
BOTH_SUMMED = re.compile(
    r"\b(sur (les )?(deux|2) (ans|annees|exercices)|cumul\w*|(total|somme) des deux|"
    r"les deux (ans|annees|exercices) (ensemble|reunis|confondus)|"
    r"(combien|cb) (pour )?les (deux|2) (ans|annees|exercices)|"  # "ca fait cb les 2 ans ?"
    r"(combien|cb) sur les (deux|2)(?= ?\?))\b"  # "ça fait combien sur les deux ?"
)
# The sum asked in one word: "… 2026 pareil. total ?", "ça fait combien en tout ?"
TOTAL_ASKED = re.compile(r"\b(total|en tout|au total)\b")
# Three years' amounts added: "combien sur les 3 ans ?", "total des trois années"
ALL_THREE_SUMMED = re.compile(
    r"\b((sur|pour|total des|somme des) (les )?(3|trois) (ans|annees|exercices)|cumul\w*)\b"
)
# The years named added up: "volet 1 en 2017, 2018 et 2019, ça fait combien en tout ?"
YEARS_ADDED = re.compile(
    r"\b(en tout|cumul\w*|(total|somme) (sur|des|de ces)|sur (les|ces) (\d|deux|trois|"
    r"quatre|cinq) (ans|annees|exercices))\b"
)
# Each year asked, then their sum: « combien en 2023, en 2024, et au total ? »
EACH_THEN_TOTAL = re.compile(r"\b20\d\d\b[^?.]*\b20\d\d\b[^?.]*\bet (au |le |en )?(total|tout)\b")
# A yes/no question on a change ("les montants changent ?", "le seuil va monter ?") is the
# FAQ's, unless it asks the figure too ("le seuil passe à combien ?").
CHANGE = re.compile(
    r"\b(chang\w*|mont\w*|augment\w*|baiss\w*|rest\w*|toujours|evolu\w*|compar\w*|"
    r"ajust\w*|reduit\w*|proratis\w*|depuis(?! (en )?20\d\d))\b"
)
ASKS_FIGURE = re.compile(rf"\b(combien|cb|cbn|quel(le)?s?|quoi|koi|max|maxi|{MAXIMUM}|plafonds?)\b")
# Not a scheme's figure: an average received, an hourly or a per-act amount.
NOT_OURS = re.compile(
    r"\b(en moyenne|moyen(ne)? (verse|percu)|montant moyen|par acte|"
    r"(forfait structure|forfait|fs|fami|paiement|versement) moyen)\b"
)
# What something costs the practitioner ("cb ça va me coûter ?"), not what a scheme pays.
COST = re.compile(
    r"\b((?<!m'a )(?<!m a )cout\w*|prix|facture\w*|devis|pris en charge|prise en charge par)\b"
    # "ça m'a coûté qqch sur le forfait ?", "ca m a coute qqch pr le fs ?": a loss, not a price
    r"|\bm(?:'| )a coute\b"
    r"(?! (qqch|quelque chose|des points|de l'argent|(sur|pour|pr|dans) (le|la|mon|ma)\b))"
)
# How many payments: "versé en plusieurs fois ou en une seule fois ?"
PAID_IN_PARTS = re.compile(
    r"\b(verse\w*|paye\w*|touche\w*)\b[^?]{0,20}"
    r"\ben (plusieurs|une( seule)?|combien de|deux) fois\b"
)
# A time clause after what is asked: "faut préciser les lieux qd on déclare ?"
WHEN_CLAUSE = re.compile(
    r"(\b(?:faut|dois|doit|doivent|preciser|indiquer|remplir|cocher|mettre|joindre)\b[^?]{0,60}?)"
    r"\b(?:quand|qd|lorsqu'?) ?(?:on|je|il|elle|vous|j') ?(?:declare|saisi|remplit|rempli)\w*"
)
PUT_DURING = re.compile(
    r"\b(?:peux|peut|puis|pourrai\w*)[- ](?:je |il |elle |on )?(?:les |le |la |l')?"
    r"(?:mettre|afficher|ajouter|installer|saisir|rentrer)\b[^?]{0,30}?"
    r"\b(?:pendant|durant|lors de) (?:la|ma) (?:declaration|campagne|saisie)\b"
)
# An amount the asker used to receive: "jtouchais 5200 e de forfait structure"
HAD_AMOUNT = re.compile(
    r"\b(j?touchais|touchait|percevais|percevait|recevais|recevait|j'ai touche|j'avais|"
    r"affiche|affichait)\b"  # "sur amelipro mon forfait structure 2025 affiche 5 390 €"
    r"[^?.\d]{0,12}(?P<eur>\d{1,2} ?\d{3}) ?(€|e\b|euros?\b)"
)
# A change after the exercice asked: "et ça bouge après ?", "ça évolue ensuite ?"
LATER_ASKED = re.compile(
    r"\b(bouge\w*|chang\w*|evolu\w*|augment\w*|monte\w*)\b[^?]{0,20}"
    r"\b(apres|ensuite|plus tard|par la suite|les annees suivantes|l'an prochain)\b"
)
# (not « je fais le point sur mes forfaits »: taking stock)
POINT_VALUE = re.compile(
    r"\b(valeur du point|(?<!fais )(?<!fait )(?<!faire )le point(?! sur)|1 point|un point)\b"
)
# A point's value quoted: "le point … passé à 7,50 €"
POINT_QUOTED = re.compile(r"\ble point\b[^?.]{0,40}?\b(\d{1,2}(?:,\d\d?)?) ?(?:€|euros?)")
THE_POINT = re.compile(  # the point itself, over years
    r"\b(valeur du point|(?<!fais )(?<!fait )(?<!faire )le point(?! sur))\b"
)
# What to do before the year ends: "qu'est-ce que je dois faire avant la fin de l'année ?".
TO_DO = re.compile(
    r"\b(faire|prevoir|mettre en place|a faire|faut|dois|doit)\b[^?]{0,20}"
    r"\b(avant|d'ici) (la )?(fin (de l'annee|d'annee|decembre|de l'exercice)|le 31\b|"
    r"le 31/12|decembre|janvier)"
    # "il reste quelques semaines avant le 31 décembre : quels points dois-je vérifier ?"
    r"|\b(avant|d'ici) (le 31|fin decembre|la fin de l'annee)\b[^?]{0,60}"
    r"\b(verifier|faire|prevoir|dois|faut)\b|\bverifier (des maintenant|d'ici|avant)\b"
)
EVERY_YEAR = re.compile(r"\b(chaque|par|toutes les|tous les) (annees?|ans|exercices?)\b")
TOTAL = re.compile(
    rf"\b(max|maxi|{MAXIMUM}|plafonds?|total|en tout|au mieux|"
    # (not "je plafonne vers 15 %": a rate told)
    r"plafonn\w*+(?! (?:a|vers|autour de|aux) \d{1,2}(?:[,.]\d+)? ?%)|"
    r"jusqu'a combien|"
    r"meilleur cas|pire cas|fourchette|si (?:je|on) coche tout|en cochant tout|"
    # "si j'ai tout validé au FS 2025 et que je valide tout au Donum 2026": every item met
    r"(?:si|et que) (?:j'?ai |je |on a |on )?(?:tout valide\w*|valide\w* tout)(?! sauf)|"
    # "on peut dépasser 10 000 € ?", "pouvait aller jusqu'à presque 9700 € ?": the most
    r"(?:depasser|atteindre(?: les)?|(?:monter|aller) au[- ]dessus de|"
    r"(?:monter|aller) au[- ]dela de) \d[\d ]*"
    r"(?: ?€| euros?)|aller jusqu'a (?:presque |pres de |environ )?\d)"
)
# The item of the sentence before taken up: "Ma ligne bouquet de téléservices de 2021. Elle
# valait combien au maximum ?" asks its worth, not the scheme's
ITEM_PRONOUN = re.compile(
    r"(et )?(elle|il|cette ligne|cet indicateur|celle-ci|celui-ci) "
    r"(valai\w*|vau\w*|rapport\w*|pes\w*|versai\w*|verse|payai\w*|pai\w*)\b"
)
# Every item, listed in brackets: "si je valide tout cette année (socle, CPTS, aller vers,
# étudiant)": the scheme's most, not the last item's worth
ALL_LISTED = re.compile(r"\btout\b[^.?!()]{0,25}\([^()]*,[^()]*\)")
# An item said part of the most asked: "accueil d'étudiant compris", "y compris le SAS"
INCLUDED = re.compile(r"\b(y compris|compris|inclus|incluse?s?)\b")
# The most asked by the month, as if paid monthly: "le fami c'est combien par mois au max ?"
PER_MONTH = re.compile(r"\b(par mois|mensuel\w*|chaque mois|par trimestre)\b")
# The least asked beside the most: "le pire et le meilleur cas ? je peux finir à zéro ?"
WORST_ASKED = re.compile(r"\b(pire|au minimum|finir a (zero|0)|tomber a (zero|0))\b")
# The whole scheme asked beside a block: "tous volets confondus", "en tout, tous volets"
ALL_BLOCKS = re.compile(
    r"\btous (les )?(volets|blocs)( confondus)?\b|\bvolets (1 et 2 |un et deux )?confondus\b"
)
# The scheme's own total asked beside a block: "le total de points de la dotation numérique"
SCHEME_TOTAL = re.compile(
    r"\btotal (de points |des points )?(de la|du|de) (dotation|donum|forfait|fami)\b"
    # "combien de points au volet 1, et au total max ?"
    r"|\bet (au|le|en) (total|tout)( max\w*)?\s*\?"
)
# A last day to declare the asker believes: "je croyais avoir jusqu'au …", "on a jusqu'au …"
DEADLINE_BELIEVED = re.compile(
    r"\b(croyais|pensais|on a|j'ai|j'avais|on avait|il faut|il fallait)( \w+){0,2} jusqu'?au?\b"
)
# A declaration told done: "j'ai tout saisi le 20 mars", "je l'ai faite le 2 février"
DONE = re.compile(
    r"\b(saisi|declare|rempli|transmis|envoye|valide|faite?)\b[^.?!]{0,12}\b(le|du) \d"
    # "j'ai déclaré mon FAMI 2025 le 1er mars 2026"
    r"|\b(saisi|declare|transmis|envoye|valide)\b (mon|ma|mes|le|la|les|son|sa|ses) "
    # "validé mes indicateurs forfait structure 2025 le 9 février 2026"
    r"(indicateurs |indicateurs du )?(fami|fs|forfait structure|donum|dotation numerique|"
    r"indicateurs)( 20[1-3]\d)? (le|du) \d"
    r"|\b(ma|la|mon|sa|son) (saisie|declaration)\b[^.?!,]{0,20}\b(le|du) \d"  # "ma saisie … le 5"
)
# A declaration asked of a day with its year: "je peux encore déclarer mes indicateurs le 3 mars
# 2025 ?" (not one told done: DONE)
DECLARING_ON = re.compile(
    r"\b(declarer|saisir|teledeclarer|faire (ma|la|sa) (declaration|saisie))\b[^.?!]{0,30}?"
    rf"(?<!avant )(?<!avt )(?<!d'ici )\ble \d{{1,2}}(er)? (?:{'|'.join(MONTHS)}) 20[1-3]\d\b"
)
# A small whole number, a count perhaps; an amount said (euros, or after « donc », « = »)
SMALL_COUNT = re.compile(r"(?<![\d,./])(\d{1,2})(?![\d,.]| ?%| \d{3}\b)")  # not « 5 120 FSE »
AMOUNT_SAID = re.compile(
    r"(?<![\d,./])(\d{1,2} \d{3}|\d{3,4}) ?(?:€|euros?\b)"
    r"|(?:donc|=|soit) (\d{1,2} ?\d{3}|\d{3,4})\b"
)
NUMBER_WORDS = {"1": "un", "2": "deux", "3": "trois"}
GROUP_WORDS = {"optionnels": "(optionnel|option)s?"}  # "les options du Donum"
# A rate named alone, as a search: "taux fse dentiste", "seuil dmp 2025".
BARE_RATE = re.compile(r"^(le |la )?(taux|seuil|objectif)( de| du| des)?( \w+){1,3} ?\??$")
MAX_YEARS_COMPARED = 4  # "sas fs 2021 vs 2022": one line a year
# Two figures found for one thing: "dmp 40 pts ou 48 pts ?", "le volet 2 c'est 985 points ou
# 883 ?" (each is right for some exercices).
_UNIT = r"(?: ?(points?|pts|€|euros?))?"
DISPUTED = re.compile(
    rf"\b(\d{{2,5}}){_UNIT} (?:ou|vs|versus|contre|ou bien) (?:de |a )?(\d{{2,5}}){_UNIT}(?!\d|/)"
)
# Two years set side by side on a figure: "sas 2021 vs 2022 points", "taux fse 2023 et 2024".
_FIGURE_WORDS = r"\b(points?|pts|seuils?|taux|objectifs?|euros?)\b"
_TWO_YEARS = r"\b20\d\d (vs|versus|et|ou|contre|a|puis) 20\d\d\b"
YEARS_COMPARED = re.compile(f"{_FIGURE_WORDS}.*{_TWO_YEARS}|{_TWO_YEARS}.*{_FIGURE_WORDS}")
# "40 points pour le DMP en 2022, c'était pareil en 2023 ?": a figure of one year, asked of
# another
STILL_PAID = re.compile(
    r"\b(toujours|encore|tjs) (paye|payes|payee|verse|versee|remunere\w*|valorise\w*)\b|"
    r"\bpaye\w* comme avant\b"
)
# Each of two things asked: "ils tombent quelle année chacun ?"
EACH_ASKED = re.compile(r"(?<!a )\bchacun\w*\s*\?|\b(les deux|l'un et l'autre|respectivement)\b")
# What is set apart from the question: "à part le logiciel, il faut encore les horaires ?"
SET_APART = re.compile(r"\ba part (le |la |les |l')?[\w-]+")
# "la visio me rapporte toujours les 350 € en 2026 ?": whether it still pays
STILL_EARNS = re.compile(
    r"\b(rapporte|paie|paye)\w* (encore|toujours|tjrs|tjs)\b(?=[^?]*\b\d+ ?(€|euros?)(?!\w))"
)
# "l'alimentation du DMP ça compte encore ou c'est fini ?": whether it is still an indicator
# An item set up in a month, not declared: "je peux le faire en février 2025 ?", "si je mets
# mes horaires en janvier" (« déclaré en février » is the declaration's day)
ITEM_DONE_IN = re.compile(
    r"\b(faire|fais|mettre|mets|enregistr\w*|affich\w*|renseign\w*|install\w*|ajout\w*)\b"
    r"[^.?!]{0,60}\ben (janvier|fevrier|mars|avril|mai|juin)\b"
)
STILL_COUNTS = re.compile(
    r"\bcompte\w* (encore|toujours|tjrs|tjs)\b(?! (en|pour|dans) (l'annee|le calcul))"
    # "le SAS ça continue en 2026 ?"
    r"|\b(ca|il|elle|ils|elles) continue\w*\b"
)
# Whether a payment is due yet: "il est déjà censé être versé ?", "versé ou pas encore ?"
ALREADY_PAID = re.compile(
    r"\bdeja (cense\w* )?(etre |ete )?(verse|paye)\w*|\b(verse|paye)\w* ou pas encore\b"
)
# As much as before, asked: "je peux espérer autant ?", "je toucherai pareil ?"
AS_MUCH = re.compile(
    r"\b(esper\w*|touch\w*|gagn\w*|avoir|aurai\w*) (autant|pareil|le meme montant)\b"
    r"|\bperdr\w* (de l'? ?argent|des sous|du fric)\b"  # "avec la Donum je vais perdre de l'argent"
)
# What the worth of an item gone is asked by: "sinon ça me fait perdre combien"
# An item given up: "si j'arrête le SAS" (typed "j'arette"), "je lâche la CPTS"
ITEM_DROPPED = re.compile(r"\b(j'|je |on )(ar+et+e\w*|lache\w*|abandonne\w*)\b")
WORTH_LOST = re.compile(r"\b(perd\w*|perte|combien|cb)\b")
SAME_ASKED = re.compile(r"\b(pareil|le meme|la meme|identique|boug\w*)\b")
# The kinds of question (`bot/faq_intent.py`) each kind of fact answers.
FACT_INTENTS = {
    "montant": frozenset(["montant", "seuil", "nombre"]),
    "declaration": frozenset(["date"]),
    "echeance": frozenset(["date"]),
    "paiement": frozenset(["date"]),
    "justificatif": frozenset(["date", "comment", "montant"]),  # not "à qui ?"; its worth too
}
NOT_PUBLISHED = "non publié dans nos sources"
# Asked of a closed window: "je peux encore le faire ?" (no), "c'est trop tard ?" (yes).
STILL = re.compile(
    r"\b(peu[xt]|puis|pourr\w*|possible)\b.{0,30}\bencore\b|\bencore (possible|temps)\b"
)
EDIT = re.compile(r"\b(modifi\w*|corrig\w*|rectifi\w*)\b")
ASIDE = re.compile(r"\([^()?]*\)")  # words in brackets tell, they do not ask
TOO_LATE = re.compile(r"\b(trop tard|hors delai)\b")
# The other way round: "j'étais dans les temps ?" is answered yes when the day told is before
# the window's last day (« trop tard » may be hearsay told before it)
IN_TIME = re.compile(r"\b(dans les (temps|delais|clous)|a temps|a l'heure)\b")
# Both offered: "c bon ou trop tard ?", "dans les temps ou hors délai ?": said in words
EITHER_TIME = re.compile(
    r"\b(bon|ok|pris|valable|dans les (temps|delais)|a temps) ou "
    r"(je suis |jsuis |j'?suis |c'?est )?(trop tard|hors delai|en retard)\b"
    r"|\b(trop tard|hors delai|en retard) ou (pas|non|bon|ok|dans les (temps|delais)|a temps)\b"
)
# "pas fait ma saisie, foutu ?": a window missed given up for lost, said yes to once closed
GIVEN_UP = re.compile(r"\b(foutu|fichu|c'?est mort|cuit)\b")
LATE_NOTE = (
    f"Les guides ne prévoient pas de déclaration après la clôture{NNBSP}: voyez avec votre CPAM "
    "si un rattrapage est possible."
)
# By when something must be in place: "avant quelle date ?", "jusqu'à quand ?".
DEADLINE = re.compile(
    r"\b(avant quelle date|avant quand|jusqu'?a quand|pour quelle date|d'ici quand)\b"
)
# What is done for an indicator, asked whether in time: "trop tard pour envoyer un message ?"
ACTED = re.compile(
    r"\b(envoi\w*|envoy\w*|(?:fais|fait|faire|realis\w*) (?:ma |mon |une |un |la |le |les |mes )?"
    r"(?:\d+e |derniere |premiere )?(?:intervention|message|fse|rcp|reunion)s?)\b"
)
# Something put in place on a date the question tells: "installé le 15 décembre 2026".
PUT_IN_PLACE = re.compile(
    r"\b(install\w*|maj|achet\w*|mis en place|mise a jour|mettre a jour|souscri\w*|ouvert\w*|"
    r"saisi\w*|renseign\w*|rentr\w*|affich\w*|"
    r"ouvre|cree\w*|passe\w* (a|au|sur)|equipe(?!ment)\w*|pris|livre\w*|migr\w*|rejoin\w*|"
    r"adhere\w*|accueill\w*|commenc\w*|demarr\w*|activ\w*|"
    r"integre\w*|entre\w* (dans|a|en))\b"
)
DATE_TOLD = re.compile(
    r"\b(?:(\d{1,2})(?:er)? )?("
    + "|".join(MONTHS)
    + r") (20\d\d)\b|\b(\d{1,2})/(\d{1,2})/(20\d\d)\b"
)
# A payment received on a day, checked: "le fami 2024 est arrivé en juin 2025, c'est normal ?"
PAID_ON = re.compile(r"\b(arrive\w*|recu\w*|verse\w*|tombe\w*|vire\w*|touche\w*)\b")
NORMAL_ASKED = re.compile(r"\b(normal\w*|anormal\w*|en retard|si tard|attendre autant)\b")
# A day told from today: "le mois prochain", "l'an prochain"
RELATIVE_DAY = re.compile(
    r"\b(aujourd'hui|demain|la semaine prochaine|le mois prochain|l'an prochain|"
    r"l'annee prochaine)\b"
)
# Any year, to tell whether a question tells a day at all
DEFAULT_YEAR = 2000
# What is still to be done, told in the present or the future: "j'installe", "je vais faire",
# "je ferai", "si je passe", "c'est prévu le …"
UPCOMING = re.compile(
    r"\b(je vais|on va|il va|elle va|\w+erai|\w+erons|si (je|j'|on)|j'?\s?installe|je fais|"
    r"on fait|je mets|je passe|je commence|prevue?s? (le|pour|debut|fin|mi))\b"
)
# A day of a month told without its year: "mi-décembre", "le 15 décembre", "fin décembre"
DAY_OF_MONTH = re.compile(
    r"\b(\d{1,2}|mi|fin|debut)(?:er)?[ -](?:de |d')?(" + "|".join(MONTHS) + r")\b(?! 20\d\d)"
)
ASSESSED = re.compile(r"\bapprecie\w* au 31/12\b")
# A block said lost: "je rate le socle ?", "je perds le volet 1 ?".
# Whether something is paid: "je touche quand même le volet 2 ?", "les options sont payées ?"
PAID_ASKED = re.compile(
    r"\b(touch\w*|pay\w*|paie\w*|vers(e|es|ee|ees|ent)|percev\w*|percoi\w*|droit)\b"
)
BLOCK_LOSS = re.compile(r"\b(rate\w*|perd\w*|perte|loup\w*|sans)\b")
# Points told by the asker and euros asked: "518 points. En euros ça donne quoi ?".
POINTS_TOLD = re.compile(r"\b(\d{1,3}(?: \d{3})*(?:,\d+)?) ?(?:points|pts)\b")
SUMMED = re.compile(r"\d\s*\+\s*\d")
# A gap asked between two years' worths: "ça fait cb en moins ?", "la différence ?"
LESS_ASKED = re.compile(r"\b(en moins|de moins|en plus|de plus|difference|ecart)\b")
# The gap to the most asked: "combien il manquait pour avoir le maximum ?"
GAP_ASKED = re.compile(
    r"\b(manqu\w*|ecart)\b[^?]{0,40}\b(max|maximum|plafond)\b"
    r"|\b(max|maximum|plafond)\b[^?]{0,20}\b(manqu\w*|ecart)\b"
)
IN_EUROS = re.compile(r"\b(en euros?|en €|combien d'euros|ca fait combien|ca donne quoi)")
# The nth of a count, done on a day: "j'ai fait ma 3e intervention" (not one planned: "la 3e
# est calée le 18 décembre" is `FaqResponder._planned`'s).
NTH_DONE = re.compile(
    r"\b(?:fait|faite|realise\w*|eu) (ma|la|mon|le|sa|son) (\d{1,2})(e|eme|ieme|ème)\b"
)
DATED = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")  # a target with its own date
# What changed from one year to the next: "qu'est-ce qui était nouveau en 2023 par rapport à
# 2022 ?", "le volet 1 est passé de 400 points en 2022 à 280 en 2023, on a perdu quoi ?".
CHANGED = re.compile(
    r"(?<!pas )(?<!jamais )(?<!sans )(?<!rien )\b((?<!a )(?<!de )nouveau\w*|nouvel\w*|chang\w*|"
    r"diff\w*|par rapport|compar\w*|evolu\w*|passe\w* de|perdu|ajout\w*|supprim\w*|"
    r"disparu\w*|retir\w*|enlev\w*|boug\w*)\b"
    r"|\bmemes? (regles|criteres|conditions)\b"  # "les mêmes règles que 2024 ?"
    # "le plafond a baissé entre 2022 et 2023" (not « la baisse » told, nor « jcrois que ça a
    # augmenté », a belief beside the maxima asked, nor « a baissé de cb ? », the gap alone)
    r"|\b(a|ont|avait|avaient|est) (bcp |beaucoup |autant |tant )?(baisse|diminue)\b"
    r"(?! de (cb|combien)\b)"
)


# Sources that disagree, not years: "j'ai lu des chiffres différents selon les sites"
SOURCES_DIFFER = re.compile(
    r"\b(des )?(chiffres|montants|maximums?) differents\b"
    r"|\bdiffer\w* (selon|d'un|entre) (les |le |la |un |une )?(sites?|sources?|pages?|guides?)\b"
)


# The maximum asked in one word: "quel maximum annuel ?", "le plafond"
MOST_WORD = re.compile(rf"\b(max|maxi|maximal|{MAXIMUM}|plafonds?)\b")


def _most_asked_last(text: str) -> str | None:
    """The closing sentence, folded, when it asks the maximum of the years it names after a
    story ("… Pour 2026 et 2027, quel maximum annuel ?"); None otherwise."""
    *story, sentence = SENTENCE_END.split(text.strip())
    sentence = fold(sentence)
    if not story or not MOST_WORD.search(sentence):
        return None
    # (not "j'ai eu volet 1 + SAS en 2025. … si je fais tout au max, c plus ou moins que
    # 2025 ?": a year's own case told is set against the maximum)
    if any(YEAR_NAMED.search(fold(s)) for s in story):
        return None
    return sentence if len(set(YEAR_NAMED.findall(sentence))) > 1 else None


def _changed(folded: str) -> bool:
    """A change between years is asked; not « pour 2022 j'ai tout perdu ? », a loss in the
    one year its sentence names, nor figures that differ between sources."""
    said = list(CHANGED.finditer(SOURCES_DIFFER.sub(" ", folded)))
    if not said or any(m.group(0) != "perdu" for m in said):
        return bool(said)
    return any(
        len(set(re.findall(r"\b20[1-3]\d\b", sentence))) != 1
        for sentence in re.split(r"[.?!]", folded)
        if "perdu" in sentence
    )


# Over the years: "ça a toujours valu 120 points ?", "depuis quand…", "l'historique des points".
# Since when an indicator exists: its years answer it, with or without an amount asked
SINCE = re.compile(
    r"\b(depuis quand|date de quand|depuis quelle annee|existai\w*|existe depuis|"
    r"venue? apres|apparu\w*|se faisai\w* deja|devenue? un \w+ en quelle annee)\b"
)
HISTORY = re.compile(
    r"\b((a|ont|avait|avaient) toujours|toujours (valu|ete|eu|rapporte)|"
    # "en 2026 je touche toujours les 1400 € du SAS via la Donum ?"
    r"(touche\w*|percoi\w*|percevr\w*|garde\w*) toujours|"
    r"(toujours|encore) (pareil|le meme|la meme|autant)|date de quand|"
    r"depuis (quand|quelle annee|le debut|2017)|historique|au fil des (ans|annees)|"
    r"devenue? un \w+ en quelle annee|"
    r"(chang|boug|evolu|vari)\w* chaque annee|chaque annee (pareil|le meme|la meme|autant)|"
    r"d'une annee (a|sur) l'autre|evolution|existai\w*|existe depuis|"
    r"venue? apres|apparu\w*|se faisai\w* deja)\b"
)
# A doctor spoken of, not the « déclaration médecin traitant » rate's words
A_DOCTOR = re.compile(
    r"\b(un|une|le|la|ce|cette|mon|ma|notre|votre) (medecin|docteur|praticien\w*)\b(?! traitant)"
)
# One scheme said to replace the other: no replaced item named
REPLACES = re.compile(
    r"\bqui (?:le |la |les )?remplac\w*|\bremplac\w* (?:le |la )?(?:forfait|fs)\b"
)
# An indicator's amount moved: "est passé de 910 € en 2019 à 490 € en 2020" (a block's
# change is what changed in it: `_changes`)
MOVED_FROM = re.compile(
    r"\bpasse\w* de \d[\d ]*(?: ?€| euros?| points?| pts)?(?: en 20[1-3]\d)? a \d"
)
A_BLOCK = re.compile(r"\b(volets?|socle|blocs?)\b")
WORTH = re.compile(
    r"\b(points?|pts|valu\w*|vaut|valait|rapport\w*|pay\w*|euros?|touche\w* toujours)\b|€"
)
# Each year's own situation told: "en 2023 j'avais le socle…, en 2024 pareil, plus …"
OWN_YEARS = re.compile(r"\b(j'avais|j'ai eu|j'ai touche|il avait|elle avait)\b")
# The mean amount practitioners received, not a year's rules: "c quoi la moyenne du forfait
# structure touché en 2021 et en 2022 ? pr comparer avec moi" (not the Donum's mean of rates)
MEAN_PAID = re.compile(
    r"\b(moyenne (du|de la) (forfait|fs|fami|dotation|donum)|moyenne (touchee|percue|versee)|"
    r"en moyenne (les|un|une) (medecins?|dentistes?|confreres?|generalistes?)|montant moyen)\b"
)
VERSUS = re.compile(r"\b(vs|versus)\b")  # "fs 2022 vs 2023": changes, unless an amount is asked
# Two blocks of a scheme set side by side: "la diff entre le socle et les options ?".
COMPARED = re.compile(
    r"\b(diff\w*|distingu\w*|distinction|compar\w*|vs|versus|entre .+ et|"
    r"(pas|meme) (la meme chose|pareil)|et (lesquel\w*|lequel|ce qui)|"
    r"(les )?memes (conditions|criteres|indicateurs|regles))\b"
)
# "la messagerie c'est obligatoire ?": whether an indicator is required, a yes/no question.
# A date a text or someone gives, not one of the asker's: "le guide parle du 31/12/2022"
DATE_QUOTED = re.compile(
    r"\b(parle\w*|dit|disent|indique\w*|mentionne\w*|annonce\w*|ecrit|evoque\w*)"
    r"( (du|de|le|la|au|d'))?\s*$"
)
OBLIGATION = re.compile(
    # « faut obligatoirement alimenter des DMP ou juste en consulter ? »: how it is met
    r"\b(obligatoire?s?|obligatoirement(?! \w+(?:er|ir|re)\b)|oblige\w*|exige\w*|requis\w*|"
    r"indispensable|impose\w*|facultati\w*|optionnel\w*|neutralise\w*|(un|une) pre-?requis|"
    r"faut[- ](il )?(aussi |egalement |encore )?(avoir )?(un|une) "
    r"(logiciel|messagerie|lecteur|connecteur))\b"
    # « obligatoire de redéclarer / de préciser les lieux ? »: a step of the declaration asked
    r"(?! d'?e? ?(re)?(declar|precis|indiqu|renseign|rempli|envoy|joindr|fourni|transmet|"
    r"coch|sign|saisi|valid|refai)\w*)"
)
# « c'est dans les optionnels ? », « facultatif ? »: the question asks whether it is optional.
OPTIONAL = re.compile(r"\b(facultati\w*|optionnel\w*|options?|neutralise\w*)\b")
REQUIRED = re.compile(
    r"\b(obligatoire\w*|oblige\w*|exige\w*|requis\w*|pre-?requis|indispensable|impose\w*)\b"
)


def asks_optional(text: str) -> bool:
    """Whether a question on an indicator's obligation asks if it is optional; « …
    : neutralisé. Est-ce que ça bloque son volet 1 ? » tells the status and asks whether it
    is required."""
    folded = fold(text)
    return (
        bool(OPTIONAL.search(folded))
        and not REQUIRED.search(folded)
        and not BLOCK_LOST_ASKED.search(folded)
    )


# A target moved: "il a baissé", "ils l'ont relevé ?"
MOVED = re.compile(r"\b(baiss\w*|augment\w*|relev\w*|durci\w*|assoupli\w*|monte\w*)\b")
# A figure that met a past year's target, asked again of a later one: "10 % suffisait en 2022,
# toujours vrai en 2025 ?"
SUFFICED_STILL = re.compile(
    r"\b(suffisai\w*|suffi|c'etait|etait) (en|pour) 20[1-3]\d\b[^?]*\b(toujours|encore|tjrs|tjs)\b"
)
# A target asked of blocks: "les seuils des options et du socle ?".
TARGET_WORDS = re.compile(r"\b(seuils?|objectifs?|cibles?|taux a atteindre)\b")
# "les 5 indicateurs obligatoires": the word qualifies a list, the question asks something else.
LISTED = re.compile(
    r"\b(indicateurs?|criteres?|conditions?|elements?|prerequis|trucs?)( \w+)? "
    r"(oblig|optionn|facultat)"
)
# The required block named by what it holds: "les 5 indicateurs obligatoires", "critères requis"
REQUIRED_BLOCK = re.compile(r"\b(indicateurs?|criteres?)( \w+)? (obligatoires|requis)\b")
# Whether a block must be met first: "faut avoir validé le socle pour toucher les 300 € ?".
GATE_ASKED = re.compile(
    r"\b(faut|faudrait|besoin|necessaire|condition\w*|seulement si|uniquement si|depend\w*)\b"
)
GATE_NAMED = re.compile(r"\b(socles?|volet (1|un))\b")
# "suis-je exonéré ?": an entry on an exception to the obligation.
EXEMPTION = re.compile(r"\b(exoner\w*|dispens\w*|exempt\w*)\b")
LOSS = re.compile(r"\b(perd\w*|perte|rate\w*|manque\w*)\b")
OPEN = re.compile(r"\b(combien|cb|quel(le)?s?|quoi|koi|comment|pourquoi|qu'?est[- ]ce)\b")


@dataclass(frozen=True)
class Fact:
    """A figure or a date of one scheme, as the answer states it."""

    case: Case
    # "montant" | "declaration" | "paiement" | "obligatoire" | "a_faire" | "condition" |
    # "groupe" | "liste"
    asked: str
    subject: str  # "total", "point", a group id or an indicator id (a button's path)
    titre: str  # "Volet 1 — forfait structure 2024"
    lignes: tuple[str, ...]
    lectures: tuple[str, ...]  # the two readings of texts that disagree, with their sources
    sources: tuple[str, ...]
    indicateur: str | None = None  # the indicator asked about, for the FAQ entry after it
    verdict: str | None = None  # "oui" | "non": the answer to a yes/no question
    span: str | None = None  # "exercices 2019 à 2025": the years set side by side, if several


BARE_WORDS = 5  # "objets connectés FS 2023 ?": a case named, nothing asked of it
# Words that only link a bare case's names: "alimentation dmp ds la donum 2026 ?"
LINKING = frozenset(["dans", "ds", "la", "le", "les", "du", "de", "des", "en", "pour", "pr", "au"])
YEAR_NAMED = re.compile(r"\b20[1-3]\d\b")
ASKING = re.compile(
    r"\b(quand|combien|cb|comment|pourquoi|quoi|koi|quel\w*|qui|ou|où|est-ce|c'est|c|faut|"
    r"dois|peux|peut|ai|j'ai|suis|je|on|il|elle|est|sont|etait|moi)\b"
)
# What a bare case may name besides an indicator: "dates saisie fami 2024 ?" asks them
OTHER_TOPIC = re.compile(
    r"\b(dates?|declar\w*|saisie|paiement|versement|vers\w*|justificatif\w*|regles?|"
    r"seuils?|objectifs?|taux|fin|debut)\b"
)
GROSSESSE = re.compile(r"\bdeclarations? (simplifiees? )?de grossesse\b")
REFUSAL = re.compile(r"\b(renonc\w*|refus\w*)\b")
# Who to turn to: "à qui je m'adresse", "qui dois-je contacter"
WHOM = re.compile(r"\b(a qui|qui (dois-je |je dois |faut-il )?(contacter|appeler|joindre))\b")
# A block named by its kind, no obligation asked: "les deux blocs optionnels de la dotation".
# An aside glossing an amount: "590 € de FAMI (socle + coordination)"
AMOUNT_GLOSS = re.compile(r"(\d ?(?:€|euros?\b)[^()]{0,20})\([^)]*\)")
BLOCK_NAMED = re.compile(r"\bblocs? (optionnel|facultati|obligatoire)\w*")
# "le seuil de 30 % exigé pour l'option … est-il maintenu ?": the target is required, the
# question asks about the target, not whether the indicator is
TARGET_REQUIRED = re.compile(
    r"\b(seuils?|taux|objectifs?|cibles?|pourcentages?)( (de|d'|a) ?\d+ ?(%|/\d))?"
    r"( (de|du|des|d')? ?[\w/-]+){0,3} (exige|requis|demande|impose)\w*"
)


def _target_required_out(folded: str) -> str:
    """`folded` without a required target said of a year or with its figure (« le seuil de
    30 % exigé », « taux DMP exigé en 2022 vs en 2025 »); « le taux exigé, pareil pour un
    médecin et un dentiste ? » keeps it (the entry comparing professions answers it)."""
    if not re.search(r"\b20[1-3]\d\b|\d ?(%|/\d)", folded):
        return folded
    return TARGET_REQUIRED.sub(" ", folded)


# "depuis mars 2024", "depuis le 2 janvier": when something began.
SINCE_DATE = re.compile(
    rf"\bdepuis (?:le |l'|fin |debut |mi-?)?(?:\d{{1,2}}(?:er)? )?(?:{'|'.join(MONTHS)})"
    r"(?: (?:19|20)\d\d)?\b"
)
# Catching up after the fact: "je peux rattraper en janvier ?", by when the year is assessed.
# "je peux rattraper en janvier ?", "j'ai encore le temps pour le FAMI 2026 ?"
STILL_TIME = re.compile(r"\b(encore|toujours) le temps\b")
CATCH_UP = re.compile(rf"\brattrap\w*|{STILL_TIME.pattern}")
# Whether an indicator was there a year: "existait déjà", "existe encore"
EXISTED = re.compile(
    r"\b(existai\w*|existe\w*|exist|payai\w*|rapportai\w*|(aurais|aurait|aurions) pu toucher|"
    r"comptai\w* deja|"  # "l'appli carte Vitale, ça comptait déjà en 2022 ?"
    r"y (?:avait|a)(?:-t-il| t il)? deja)\b"  # "y avait deja l'indic ApCV ds le forfait 2022 ?"
)
# Whether an amount is cut for part of a year: no figure of the rules, the entries answer it
PRORATA = re.compile(r"\b(prorata|proratis\w*|au pro rata)\b")


def first_asked(text: str) -> str | None:
    """The message's one question, when it comes first and what it tells follows: « l'aller
    vers, faut le socle ? Je dois l'expliquer à une dentiste qui a raté son taux FSE »."""
    sentences = SENTENCE_END.split(text.strip())
    asking = [x for x in sentences if x.rstrip().endswith("?")]
    return asking[0] if len(sentences) > 1 and asking == sentences[:1] else None


def _bare_case(folded: str) -> bool:
    """A few words naming a scheme and a year, nothing asked of them ("objets connectés FS
    2023 ?")."""
    words = [w for w in re.findall(r"[\w'-]+", folded) if w not in LINKING]
    return (
        len(words) <= BARE_WORDS
        and YEAR_NAMED.search(folded) is not None
        and any(rx.search(folded) for rx in SCHEMES.values())
        and not ASKING.search(folded)
        and not OTHER_TOPIC.search(folded)
    )


MAX_LISTED = 5  # amounts listed when two years pay the same
STORY_SENTENCES = 3  # a message this long tells a story before the question it closes on
# Which block an indicator is in: "la coordo c ds le volet 1 ?", "dans quel volet ?", "elle
# est passée où, volet 1 ou 2 ?", "c'est toujours un prérequis du volet 1 ?"
BLOCK_OF_ASKED = re.compile(
    r"\b(dans|ds) quel (volet|bloc)\b|\bvolet 1 ou (le )?(volet )?2\b|\bpassee? ou\b"
    r"|\bprerequis (du|au|pour le) volet 1\b"
    r"|\b(c'?est|c|est|etait|sont|reste|fait partie|compte|entre|rentre)( \w+){0,2} "
    r"(dans|ds|du|au) (le )?(volet [12]|socle)\b(?= ?\?| en \d| comme| ou| de la | du | avec)"
    # "le volet 1 c'était 400 points avec la prise en charge coordonnée dedans ?"
    r"|\b(volet [12]|socle)\b[^.?!]* avec (le |la |les |l')[^.?!]* dedans\b"
    # "… la coordination est un indicateur obligatoire du volet 1. C'est bien ça ?"
    r"|\best un indicateur (obligatoire |requis |exige )?(du|de la|dans le) (volet [12]|socle)\b"
)
# The list of a block's items asked: "quels sont les prérequis du volet 1 ?"
ITEMS_ASKED = re.compile(
    r"\b(quel\w*|c'?est quoi|c koi) (sont |etaient )?(les |ses )?(prerequis|indicateurs|criteres)\b"
)
# The list of a block's items asked: "c'est quoi les indicateurs socle du FAMI ?", "en 2024 le
# volet 1 c'est quoi les trucs obligatoires ?", "quels sont les prérequis du volet 1 ?"
LIST_ASKED = re.compile(
    r"\b(quel(le)?s (sont|etaient) |c'?est quoi |c quoi |c koi |quels )(les |ses )?"
    r"(\w+ )?(indicateurs|prerequis|criteres|trucs|items|conditions)\b"
    r"|\bla liste (des|de ce qui)\b|\bce qui (est|etait|sont|etaient) (obligatoire|exige|requis)"
    # "pourriez-vous m'indiquer les cinq indicateurs socles ?"
    r"|\b(m'indiquer|me donner|me lister|lister|enumerer|detailler|me rappeler) (les |ses )"
    r"(\w+ ){0,2}(indicateurs|prerequis|criteres|conditions)\b"
    # "la composition du socle de la dotation numérique", "que contient le socle ?"
    r"|\bcomposition (du|de la|des)\b|\b(que contient|ce que contient|ce qu'il y a dans)\b"
)
LIST_BLOCK = re.compile(r"\b(socles?|obligatoires?|prerequis|volet (1|un|2|deux))\b")
# How an indicator gets to amelipro, said beside it when a list is asked with « déclarer »
HOW_DECLARED = {
    "declaratif": " (à déclarer)",
    "declaratif_pre_alimente": " (pré-rempli, à vérifier)",
    "automatise": " (relevé par la caisse)",
}
# Whether an indicator is declared or comes by itself ("… ou ça remonte tout seul ?"), by
# its type: said after a verdict asked so, or after its proof
HOW_IT_COMES = {
    "declaratif": f"À déclarer vous-même sur amelipro pendant la campagne de déclaration{NNBSP}: "
    "il n'est pas versé sans votre déclaration.",
    "declaratif_pre_alimente": f"Pré-rempli sur amelipro{NNBSP}: vérifiez-le et complétez-le "
    "pendant la campagne de déclaration.",
    "automatise": f"Rien à déclarer{NNBSP}: il est mesuré automatiquement par l'Assurance "
    "Maladie à partir de vos données.",
}
# (not "ça veut dire que l'année dernière ne sera pas payée ?": whether it follows)
WHAT_IS = re.compile(r"\b(c'?est|c) (quoi|koi)\b|\bqu'?est-ce que c'?est\b|\bveut dire\b(?! qu)")
# Two blocks offered as the answer: "c dans le socle ou en option ?"
EITHER_BLOCK = re.compile(
    r"\b(socle|volet [12]|options?|optionnel\w*)\b[^?]{0,20}\bou\b[^?]{0,20}"
    r"\b(socle|volet [12]|options?|optionnel\w*)\b"
)
# The block a question names, by its group id
BLOCK_WORDS = {"volet_1": "volet 1", "volet_2": "volet 2", "socle": "socle"}


# An amount feared cut for a late start: "il craint que l'indicateur soit réduit ?"
REDUCED_ASKED = re.compile(r"\b(reduit\w*|diminu\w*|prorat\w*|au prorata)\b")
# A scheme named: "la Donum 2026 arrivera en 2027 ?" asks when it is paid
SCHEMES_NAMED = re.compile(r"\b(donum|dotation numerique|forfaits? structures?|fs|fami)\b")
# The worth of one item asked after one's figures: "taux DMT 92 % FSE 97 %, combien de points
# pour la DMT ?" (its worth, not a verdict nor a total)
WORTH_FOR = re.compile(r"(^|, )combien (de points|d'euros) pour (l'|le |la )[^,]*\?\s*$")


# A count times an amount: "2 x 300 €", "2 fois 350 euros" (not yet a count in words)
PRODUCT_SAID = re.compile(r"\b(\d{1,2}) ?(?:x|×|fois) ?(\d{2,3}(?: \d{3})?) ?(?:€|euros?\b)")


def _late(folded: str) -> bool:
    """A declaration missed: late told (« oublié », « trop tard »), or an item left out of it
    and catching up asked (« pas déclaré l'aller vers … je peux récupérer les 300 € ? »)."""
    return bool(LATE.search(folded) or left_out_caught_up(folded, folded))


@functools.lru_cache(maxsize=2048)
def asked(text: str) -> str | None:
    """The quantity a question asks: "paiement", "declaration", "montant", "obligatoire",
    "a_faire" (what to have in place before the 31/12), "echeance" (by when an indicator
    must be met), or None."""
    folded = NOT_ASKED.sub(" ", fold(text))
    # "faut préciser les endroits qd on déclare ?": what to do at that time, not when
    put_during = bool(PUT_DURING.search(folded))
    folded = WHEN_CLAUSE.sub(r"\1 ", folded)
    # "mes déclarations de grossesse en ligne": a téléservice, no declaration of indicators
    folded = GROSSESSE.sub(" dsg ", folded)
    if VSM.search(folded):
        return None  # the VSM is outside the schemes
    if ITEM_DECLARED.search(folded) and not DATES_NAMED.search(folded):
        return None  # "peut-il encore déclarer la coordination pour 2025 ?": whether it is met
    if REFUSAL.search(folded) or WHOM.search(folded):
        return None  # "peut-on renoncer au forfait ?", "qui contacter ?": the entries say
    if PROOF_ASKED.search(folded) and not PROOF_CONTENT.search(folded):
        return "justificatif"  # "ma facture, je la renvoie ?" is no cost
    # "si j'arrête le DMP, ça me coûte combien ?": what the item was worth, not a price
    lost = OWN_COST_ASKED.search(folded) and MISS_TOLD.search(folded)  # (the cheaper first)
    if NOT_OURS.search(folded) or (COST.search(folded) and not lost):
        return None  # averages are not in the data
    if PRORATA.search(folded):
        return None  # "installé le 28 décembre, les 490 € au prorata ?": the entries say
    if EXISTED.search(folded) and re.search(r"\b20[1-3]\d\b", folded):
        return "montant"  # "l'appli carte Vitale existait déjà pour l'exercice 2022 ?"
    if TO_DO.search(folded):
        return "a_faire"
    if LIST_ASKED.search(folded) and LIST_BLOCK.search(folded) and not values(folded):
        return "liste"  # "c'est quoi les indicateurs obligatoires du FAMI ?": the block's items
    if (
        BLOCK_OF_ASKED.search(folded)
        and not WHAT_IS.search(folded)
        and not ITEMS_ASKED.search(folded)
    ):
        return "groupe"  # (« PSE c quoi exactement dans le socle ? » asks what it is)
    checked = TARGET_CHECKED.search(folded) or AMOUNT_CHECKED.search(folded)
    if checked and not COUNT_ASKED.search(folded):
        return "montant"
    if GATE_ASKED.search(folded) and GATE_NAMED.search(folded) and not OPEN.search(folded):
        return "condition"  # a yes/no: "quel taux faut-il pour le socle ?" asks a target
    if (
        OBLIGATION.search(_target_required_out(BLOCK_NAMED.sub(" ", folded)))
        and not (OPEN.search(folded) or WHEN.search(folded) or LISTED.search(folded))
        and not (PAYMENT.search(folded) or LOSS.search(folded))
        # "le taux exigé c'est 70 %. Pour moi, c'est pareil ?": the figure compared
        and not (SAME_ASKED.search(folded) and re.search(r"\d", folded))
    ):
        return "obligatoire"
    if put_during and not LOSS.search(folded):
        return "echeance"  # "… je peux mettre mes horaires pendant la déclaration ?": by when
    if LATE.search(folded) and DECLARATION.search(folded) and not LOSS.search(folded):
        return "declaration"  # "j'ai zappé mon fami 2025, je peux encore le déclarer ?"
    if left_out_caught_up(folded, folded):
        # "oublié de cocher l'encadrement d'étudiants … je peux encore le rajouter ?", "pas
        # déclaré l'aller vers … je peux récupérer les 300 € ?": the window, closed or not
        return "declaration"
    if _asks_in_time(folded) and DONE.search(folded) and DECLARATION.search(folded):
        return "declaration"  # "déclaré mon FAMI 2025 le 1er mars 2026, j'étais dans les temps ?"
    if NOT_DECLARED.search(folded) and LOSS.search(folded):
        # "g oublié de déclarer mes indicateurs 2025 … jai perdu combien ?": the window and
        # who to ask (what was pre-filled or measured did not need the saisie)
        return "declaration"
    # "mes horaires sont pas encore sur l'annuaire, trop tard ?": something to put in place
    not_yet = re.search(r"\b(pas encore|toujours pas)\b", folded) and not DECLARATION.search(folded)
    done = PUT_IN_PLACE.search(folded) or ACTED.search(folded) or not_yet
    if TOO_LATE.search(folded) and not LOSS.search(folded) and (DONE.search(folded) or not done):
        # "c'est trop tard pour 2025 ?", "je suis en retard ?", "validé mes indicateurs le 9
        # février, c'est pris ou hors délai ?"
        return "declaration"
    if TOO_LATE.search(folded) and not LOSS.search(folded):
        return "echeance"  # "trop tard pour envoyer un message mon espace santé ?"
    if STILL_DOABLE.search(folded) and not (DECLARATION.search(folded) or LOSS.search(folded)):
        return "echeance"  # "jamais mis mes horaires sur l'annuaire, je peux encore le faire ?"
    if ITEM_NOTHING.search(folded):
        return "montant"  # "un étudiant en 2023 et rien touché pour ça": its worth that year
    if NOT_RECEIVED.search(folded) and not (
        DECLARATION.search(folded)
        or RULES_ASKED.search(folded)
        or APART.search(folded)
        or CAUSE_OF_NOTHING.search(folded)
        or PARTNER_GOT.search(folded)
        or WHAT_IS.search(folded)  # "le volet 3 c'est quoi ? j'ai jamais rien touché dessus"
    ):
        return "paiement"  # "toujours rien reçu du FAMI 2024, c'est normal ?"
    if PAID_LATER.search(folded):
        return "paiement"  # "si j'avais déclaré fin février, j'aurais été payée plus tard ?"
    if PAID_ON.search(folded) and NORMAL_ASKED.search(folded) and DATE_TOLD.search(folded):
        return "paiement"  # "arrivé en juin 2025, c'est normal ?": the day against the period
    if WHEN.search(folded):
        if PAYMENT.search(folded) and not DECLARATION.search(folded):
            return "paiement"
        if DECLARATION.search(folded):
            return "declaration"
        if DEADLINE.search(folded):
            return "echeance"  # "la messagerie, il faut l'avoir avant quelle date ?"
    if ASSESSED_WHEN.search(folded):
        return "echeance"  # "les indicateurs de la dotation 2026 sont regardés à quelle date ?"
    if EARLY.search(folded):
        return "declaration"  # "on est le 3 déc, je peux déjà déclarer mon FAMI 2026 ?"
    if CATCH_UP.search(folded):
        return "echeance"  # "je peux rattraper en janvier 2027 pour la dotation 2026 ?"
    if ALREADY_PAID.search(folded):
        return "paiement"  # "le FAMI 2025, il est déjà censé être versé ou pas encore ?"
    if PAID_IN_PARTS.search(folded):
        return "paiement"  # "c versé en plusieurs fois ou en une seule fois la Donum ?"
    if PAID_BY.search(folded):
        return "paiement"  # "la dotation numérique 2026, je la touche avant Noël ?"
    if re.search(
        r"\b((paye|verse)e?s?|arriv\w+|tomb\w+) (aussi )?(en|fin|debut)( (janvier|fevrier|mars|"
        r"avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))? 20[1-3]\d\b"
        r"[^.;:!?]*\?",
        folded,
    ) and SCHEMES_NAMED.search(folded):
        return "paiement"  # "le FS 2025 est payé en 2026 et la donum 2026 aussi en 2026 ?"
    # "depuis mars 2024 je suis adhérent de la CPTS": since when, not whether in time
    dated = SINCE_DATE.sub(" ", folded)
    told = _date_told(dated, DEFAULT_YEAR) is not None or RELATIVE_DAY.search(dated)
    # "j'ai intégré la MSP en septembre 2025. La coordination, ça m'a rapporté combien ?":
    # the closing sentence asks what it paid, not whether it was in time
    paid_asked = EARNED_ASKED.search(SENTENCE_END.split(folded.strip())[-1])
    if told and PUT_IN_PLACE.search(folded) and not paid_asked:
        return "echeance"  # "installé le 15 décembre 2026, ça compte pour 2026 ?"
    if told and NTH_DONE.search(folded):
        return "echeance"  # "ma 3e intervention le 5 janvier 2026, ça compte pour 2025 ?"
    years = set(YEAR_NAMED.findall(folded))
    if SAME_ASKED.search(folded) and len(years) > 1 and re.search(_FIGURE_WORDS, folded):
        return "montant"
    if STILL_PAID.search(folded) or STILL_COUNTS.search(folded) or STILL_EARNS.search(folded):
        return "montant"  # "dans le Donum 2026 c'est toujours payé comme avant, le SAS ?"
    if AS_MUCH.search(folded):
        return "montant"  # "je touchais 7 000 €. Avec le Donum je peux espérer autant ?"
    if TARGET_CHOICE.search(folded):
        return "montant"  # "taux de FSE pour le FS 2025, c'est 2/3 ou 70 % ?": its target
    if (
        not (
            AMOUNT.search(folded)
            or TARGET.search(folded)
            or YEARS_COMPARED.search(folded)
            or BARE_RATE.match(folded)
        )
        or COUNT_ASKED.search(folded)
        or (own_figure(folded) and not WORTH_FOR.search(folded))
    ):
        # "SAS FS 2025 ?": what the indicator is worth that year
        return "montant" if _bare_case(folded) else None
    if CHANGE.search(folded) and not ASKS_FIGURE.search(folded):
        return None
    return "montant"


# The declaration's dates asked beside the payment's: "les dates d'ouverture et de clôture de
# la déclaration, et quand le paiement arrivera"
DECLARATION_DATES = re.compile(
    r"\b(dates?|periode|ouverture|cloture|fenetre) (de |d')?(la |l')?"
    r"(declaration|saisie|campagne|ouverture|cloture)\b"
)
PAYMENT_DATES = re.compile(
    r"\b(quand|date|periode|mois|trimestre)\b[^?.]{0,40}\b(paiement|versement|paye|verse)\w*"
    r"|\b(paiement|versement)\b[^?.]{0,30}\b(arrive\w*|tombe\w*|quand|date|periode)\b"
)


def _both_dates(folded: str) -> bool:
    """Both the declaration's dates and the payment's asked."""
    return bool(DECLARATION_DATES.search(folded) and PAYMENT_DATES.search(folded))


def _closing_kind(text: str, kind: str) -> str | None:
    """A date asked by a story's words (« quand ça arrive je passe en mode dégradé », « je
    prépare la déclaration du Dr Ngo ») but not by the question it closes on: None, no
    date asked, when that question asks nothing the facts hold; else `kind`."""
    closing = asked_part(text)
    sentences = SENTENCE_END.split(text.strip())
    if closing is None or len(sentences) < STORY_SENTENCES:
        return kind
    if any("?" in x for x in sentences[:-1]):
        return kind  # "ouverture de la saisie ? fermeture ? et versement ?": questions, no story
    if kind == "declaration" and asked(closing) == "paiement":
        return "paiement"  # "J'ai fait sa déclaration en février. Le paiement arrive quand ?"
    if _late(fold(text)) or RELAYED.search(text) or len(closing.split()) < CLOSING_WORDS:
        # "j'ai oublié de déclarer…", "elle me demande quand…", "… c'est grave ?": the story
        # asks it
        return kind
    return kind if asked(closing) is not None else None


# Whether something counted, asked: "ça comptait pour le FAMI 2023 ?", "je pouvais le
# valoriser ?", "c'était pris en compte ?"
# A payment owed for something done: "j'aurais dû être payé pour ça ?"
OWED = re.compile(
    r"\b(aurais|aurait|aurions|auraient) (du|pu) (etre paye\w*|toucher|recevoir|avoir|percevoir)\b"
)
COUNTED_ASKED = re.compile(
    r"\b(compt\w*|valoris\w*|pris en compte|prise en compte|eligible|droit a)\b[^?]*\?"
    # "j'aurais dû être payé pour ça ?" (not "combien j'aurais dû toucher au total ?")
    rf"|^(?!.*\b(combien|cb|au total|en tout)\b).*{OWED.pattern}[^?]*\?"
)
AMOUNT_WORD = re.compile(r"\b(combien|cb|montant|rapport\w*|euros?)\b|€")


def _closing_amount(text: str) -> str | None:
    """ "J'ai quitté la MSP en janvier 2025, sans CPTS. … je perds combien sur la
    coordination ?": the question a dated story closes on, when it asks an amount."""
    closing = asked_part(text)
    if closing is None or closing.strip() == text.strip() or _date_told(fold(closing)):
        return None
    if set(re.findall(r"[a-z]+", fold(closing))) & set(MONTHS):
        return None  # "si je fais une FSE avant fin décembre, …": the closing dates too
    if len(closing.split()) < CLOSING_WORDS:
        return None  # "… Ça rapporte combien ?" names nothing: the story says what
    if not AMOUNT_WORD.search(fold(closing)):
        return None  # "… Ça comptera pour le FAMI 2026 ?": whether the date counts
    return closing if asked(closing) == "montant" else None


def _block_key(case: Case, ind: Indicateur) -> tuple[str, bool] | None:
    """The block an indicator is in that exercice (its group id) and whether the block
    requires it; None when the exercice has no such indicator."""
    d = case.dispositif
    mine = next((i for i in d.indicateurs if i.id == ind.id), None)
    if mine is None:
        return None
    group = next(g for g in d.groupes if g.id == mine.groupe)
    return group.id, group.regle == "tous_requis"


def _no_indicator(ind: Indicateur) -> str:
    return f"pas d'indicateur {_q(ind.libelle)}."


# A figure someone claims, asked to be checked: "un confrère m'affirme …, c'est exact ?"
CLAIMED = re.compile(
    r"\b((c'?est|c) (exact|vrai|juste|bien ca)|(c'?est|c) ca(?=\s*\?)|vrai ou faux|m'affirme|"
    r"on m'a dit|il parait|"
    r"m'a dit|me dit|dit (que|qu'|ke))\b"
)
# A block's points claimed: "le volet 1 c'est bien 400 points ?"
CLAIMED_POINTS = re.compile(r"(?<![\d,./])(\d{2,4}) ?(?:points?|pts?)\b")
POINTS_CHECKED = re.compile(
    r"\b(c'?est (bien|ca|exact|vrai|juste|correct)|(bien|toujours|encore) \d{2,4} ?(points?|pts?)|"
    r"exact|correct|confirme\w*)\b|\bnon \?"
)
# The amount claimed, "2 100 €" or typed "2100e"
CLAIMED_AMOUNT = re.compile(r"(?<![\d,./])(\d{1,2} \d{3}|\d{3,4}) ?(?:€|euros?\b|e\b)")
# … told as a bound or a round figure: "un peu plus de 8000 €", "environ 2 900 €"
ROUGHLY_CLAIMED = re.compile(
    r"\b(?P<how>un peu plus de|environ|a peu pres|autour de|dans les|pres de|presque) "
    r"(?:\d{1,2} \d{3}|\d{3,4}) ?(?:€|euros?\b|e\b)"
)


def _claimed_most(folded: str, fact: Fact, most: float) -> Fact:
    """ "un confrère m'affirme que la Donum 2026 plafonne à 2 100 €, c'est exact ?": the one
    amount claimed set against the scheme's maximum, « Oui » or « Non » first."""
    told = {float(re.sub(r"\D", "", m[1])) for m in CLAIMED_AMOUNT.finditer(folded)}
    if len(told) != 1 or not CLAIMED.search(folded):
        return fact
    claimed = told.pop()
    if abs(claimed - most) < 0.5:
        said = f"Oui{NNBSP}: au plus {fmt_eur(most)}, c'est bien le maximum."
        return replace(fact, lignes=(said, *fact.lignes), verdict="oui")
    # "un peu plus de 8000 € au maximum", "environ 2 900 €": a bound or a round figure
    bound = ROUGHLY_CLAIMED.search(folded)
    if bound is not None:
        above, near = bound["how"].endswith("plus de"), abs(most - claimed) <= 0.05 * claimed
        if (above and claimed < most <= 1.1 * claimed) or (not above and near):
            said = f"Oui{NNBSP}: au plus {fmt_eur(most)}."
            return replace(fact, lignes=(said, *fact.lignes), verdict="oui")
        return fact
    said = f"Non{NNBSP}: le maximum est {fmt_eur(most)}, pas {fmt_eur(claimed)}."
    return replace(fact, lignes=(said, *fact.lignes), verdict="non")


YEAR_LABEL = re.compile(r"\b(l'|les? )?exercices?(?= (de |d')?20\d\d\b)")


def _moved(
    before: float, after: float, points: tuple[float | None, float | None] = (None, None)
) -> str:
    """ "1 554 € de moins", from one year's euros to the next one's; "222 points (1 554 €) de
    moins" when both years' points are given."""
    way = "de moins" if after < before else "de plus"
    if None in points:
        return f"{fmt_eur(abs(after - before))} {way}"
    gap = abs((points[1] or 0) - (points[0] or 0))
    return f"{fmt_points(gap)} ({fmt_eur(abs(after - before))}) {way}"


def _exercices(years: list[int]) -> str:
    """ "l'exercice 2022", "les exercices 2019 à 2021 et 2023 à 2025": runs of years."""
    said = [str(r[0]) if len(r) == 1 else f"{r[0]} à {r[-1]}" for r in year_runs(years)]
    if len(years) == 1:
        return f"l'exercice {said[0]}"
    return f"les exercices {and_list(said)}"


def _added(text: str, worths: list[float | None], years: list[int] | None = None) -> list[str]:
    """ "Sur les 3 exercices : 4 795 €." when the question adds the years up, each worth known;
    "Sur 2024 et 2025 : …" when only those `years` of the ones asked pay it."""
    if not _adds_years(fold(text)) or None in worths:
        return []
    n = len(worths)
    total = sum(w or 0 for w in worths)
    every = "si atteint chaque année"
    over = f"Sur {_span(years)}" if years else f"Sur les {'deux' if n == 2 else n} exercices"
    return [f"{over}{NNBSP}: {fmt_eur(total)}, {every}."]


def _adds_years(folded: str) -> bool:
    """The question adds its years up: « en tout », « cumulé », or « au total » over a range
    (« de 2018 à 2021 inclus, au total ? »; not « cb de pts au total en 2023 ? »)."""
    return bool(
        YEARS_ADDED.search(folded)
        or (TOTAL_ASKED.search(folded) and YEAR_RANGE.search(folded))
        or EACH_THEN_TOTAL.search(folded)
        # « un stagiaire en 2024, 2025 et 2026. au total ça fait cb ? »: the years listed
        or (TOTAL_ASKED.search(folded) and len(set(re.findall(r"\b20[1-3]\d\b", folded))) > 2)
    )


def _span(years: list[int]) -> str:
    """ "2017 et 2019", or "2019 à 2022" for more years."""
    return " et ".join(map(str, years)) if len(years) == 2 else f"{years[0]} à {years[-1]}"


def _years_said(folded: str) -> Counter[int]:
    """How many times each year is written."""
    return Counter(int(y) for y in re.findall(r"\b(20\d\d)\b", folded))


# A year a payment is said to fall in: "l'exercice 2023 (payé en 2024)"
PAID_IN = re.compile(
    r"\b(?:paye|payee|payes|verse|versee|verses|touche|percu|recu)e?s? (?:en|debut|fin|courant) "
    r"(20\d\d)\b"
)


def _not_dated(folded: str, years: list[int]) -> list[int]:
    """The years an exercice may be: not those said only within a day told ("acheté le 2
    janvier 2024 : pour le forfait 2023 ?", "touché en juin 2025 pour 2024")."""
    in_days = Counter(int(m[3] or m[6]) for m in DATE_TOLD.finditer(folded))
    in_days.update(int(m[1]) for m in PAID_IN.finditer(folded))  # "(payé en 2024)"
    said = _years_said(folded)
    # "de 2018 a 2021": the years between are said too
    spanned = {y for a, b in YEAR_RANGE.findall(folded) for y in range(int(a) + 1, int(b))}
    kept = [y for y in years if said[y] > in_days[y] or (y in spanned and not in_days[y])]
    return kept if kept else years


def _not_events(folded: str, years: list[int]) -> list[int]:
    """The years an exercice may be: not one said once, dating what the asker did
    ("installé en 2021 …, pour 2023 : FSE à 97 %")."""
    said = _years_said(folded)
    events = event_years(folded)
    kept = [y for y in years if y not in events or said[y] > 1]
    return kept if kept else years


# What two years are paired with: a figure, an amount
T = TypeVar("T")


def _figure_by_year(
    folded: str, figures: list[Valeur], years: list[int]
) -> dict[int, Valeur] | None:
    """Two figures, each told beside its year (« en 2023 15 %, en 2025 28 % », « 15 % en
    2023 et 28 % en 2025 »), by year; None unless they alternate."""
    told = [(m.start(), int(m[1])) for m in re.finditer(r"\b(20[1-3]\d)\b", folded)]
    if sorted(y for _, y in told) != sorted(years):
        return None
    spots = []
    for v in figures:
        m = re.search(rf"(?<![\d,.]){re.escape(fmt_number(v.value))}\s?%", folded)
        if m is None:
            return None
        spots.append((m.start(), v))
    paired = by_year(told, spots)
    if paired is None:  # "82 % en 2022 et c'était validé. en 2024 je suis à 85 %": a sentence each
        paired = _sentence_pairs(folded, figures)
    return dict(paired) if paired is not None else None


def _sentence_pairs(folded: str, figures: list[Valeur]) -> list[tuple[int, Valeur]] | None:
    """Each figure with the one year its sentence tells, when two sentences tell one each."""
    pairs = []
    for sentence in SENTENCE_END.split(folded):
        years = set(re.findall(r"\b(20[1-3]\d)\b", sentence))
        here = [
            v
            for v in figures
            if re.search(rf"(?<![\d,.]){re.escape(fmt_number(v.value))}\s?%", sentence)
        ]
        if len(years) == 1 and len(here) == 1:
            pairs.append((int(years.pop()), here[0]))
    if len(pairs) != 2 or pairs[0][0] == pairs[1][0] or pairs[0][1] is pairs[1][1]:
        return None
    return pairs


def by_year(told: list[tuple[int, int]], spots: list[tuple[int, T]]) -> list[tuple[int, T]] | None:
    """Two years and two things, each (position, value), paired in the order told when they
    alternate (year, thing, year, thing or thing, year, thing, year); else None."""
    if len(told) != 2 or len(spots) != 2:
        return None
    told, spots = sorted(told), sorted(spots, key=lambda x: x[0])
    order = [k for _, k in sorted([(a, "y") for a, _ in told] + [(a, "x") for a, _ in spots])]
    if order not in (["y", "x", "y", "x"], ["x", "y", "x", "y"]):
        return None
    return [(year, thing) for (_, year), (_, thing) in zip(told, spots, strict=True)]


class RuleFacts:
    """Built on the calculator's `RuleAnswers` (same words, same cases)."""

    def __init__(self, rules: RuleAnswers) -> None:
        self.rules = rules
        self.kb = rules.kb
        self._totals: dict[str, tuple[float | None, float]] = {}
        self._later_cache: dict[tuple[str, str, int | None], frozenset[str]] = {}
        for d in self.kb.dispositifs.values():  # at start-up, not in a first reply
            self._most(d)

    def fact(self, text: str, ans: Answer, today: dt.date) -> Fact | None:
        """The figure or date the question asks, for the case the FAQ index assumed; None when
        it asks none, or names nothing the data holds."""
        if ans.outcome == "out_of_scope" and ans.hors_sujet and ans.hors_sujet.toujours:
            return None  # « la consultation est passée à combien depuis quand ? »: a fee
        if WHOM.search(fold(text)):
            return None  # "qui dois-je contacter à la CPAM ?": no figure of the rules
        side_by_side = self._side_by_side(text, ans, today)
        if side_by_side is not None:
            return side_by_side
        kind = asked(text)
        if kind in ("paiement", "declaration"):
            kind = _closing_kind(text, kind)
        # "J'ai quitté la MSP en janvier 2025. … je perds combien sur la coordination ?": the
        # story dates, the closing question asks one indicator's worth
        closing_amount = _closing_amount(text) if kind == "echeance" else None
        kind = "montant" if closing_amount is not None else kind
        if kind in ("paiement", "declaration") and ans.kind == "faq" and ans.scope is not None:
            # "mon FS 2025 et le FAMI 2025 de mon associée : le même calendrier ?": each
            # scheme's dates, for its own profession
            apart = self._dates_of_schemes(text, ans, kind, today)
            if apart is not None:
                return apart
        if kind is None and ans.kind == "faq" and ans.profession is not None:
            # "un stagiaire en 2023, ça comptait pour le FAMI 2023 ?": an indicator the
            # exercice does not have yet, said with its first exercice
            return self._counted_before(text, ans, today)
        if kind is None or ans.kind != "faq" or ans.profession is None:
            return None
        # "…, que peut-il faire ?": a missed declaration or an awaited payment says what to do
        late = (kind == "declaration" and _late(fold(text))) or (
            kind == "paiement" and NOT_RECEIVED.search(fold(text))
        )
        if not late and intent_beside(intents(text), FACT_INTENTS.get(kind, frozenset())):
            return None  # "où je vois combien j'ai touché ?" asks where, not how much
        if ans.outcome == "out_of_scope" or ans.autre_profession is not None:
            return None
        hit = ans.hit if ans.matched else None
        years = sorted(set(ans.scope.exercices)) if ans.scope is not None else []
        if len(years) > 1:
            years = _not_dated(fold(text), years)
        schemes = ans.scope.schemes if ans.scope is not None else ()
        if kind == "montant" and len(schemes) == 2 and len(years) < 2:
            both = self._schemes_years(ans.profession, schemes, years)
            over = self._totals_over_years(text, ans.profession, both, today)
            over = over or self._indicator_across(text, ans, both, today)
            # "le socle donum et le volet 1 du FS 2025 valent pareil ?": each block
            who = ans.profession_source or "question"
            over = over or self._blocks_across(fold(text), ans, who, years, today)
            if len(both) == 2 and over is not None:
                return over
        if kind == "montant" and 1 < len(years) <= MAX_YEARS_COMPARED:
            closing = self._closing_total(text, ans.profession, today)
            if closing is not None:
                return closing
            if THE_POINT.search(fold(text)):
                points = self._points_over_years(ans.profession, years, today)
                if points is not None:  # "le point est tjs à 7 € en 2023 comme en 2022 ?"
                    return points
            over = None
            if _most_asked_last(text) is not None:  # "… Pour 2026 et 2027, quel maximum ?"
                over = self._totals_over_years(text, ans.profession, years, today)
            over = over or self._over_years(text, ans.profession, years, today)
            over = over or self._block_over_years(text, ans.profession, years, today)
            over = over or self._totals_over_years(text, ans.profession, years, today)
            if over is not None:
                return over
        if kind == "declaration" and len(years) > 1:
            # "FAMI 2023 déclaré le 20 janvier 2024. Pour 2024 j'ai tout saisi le 5 mars 2025.
            # C'est bon ?": the last year told, with its own date
            last = self._last_year_told(text, ans.profession, years, today)
            if last is not None:
                return last
        if kind in ("paiement", "declaration") and 1 < len(years) <= MAX_YEARS_COMPARED:
            # "le FS 2025 et la Donum 2026, versés en même temps ?": each year's date
            dates = self._dates_over_years(text, ans.profession, years, kind, today)
            if dates is not None:
                return dates
        if kind == "groupe":
            return self._block_of(text, ans, years, today)
        case = self.case_of(ans, today)
        told = _date_told(fold(text)) if kind == "echeance" else None
        others = [y for y in years if told is not None and y != told.year]
        # "au 31/12/2024 j'étais en addendum 7 (mis à jour en janvier 2025) : la FAMI 2024 ?":
        # the year that dates the scheme is asked, whatever dates the story tells
        dating = ATTACHED_YEAR.search(fold(text))
        if dating is not None:
            others = [y for y in others if y == int(dating[1])]
        if len(others) > 1:
            # "En 2023 mon SESAM-Vitale était à jour. Pour 2024 j'ai installé l'addendum 8 le
            # 15 janvier 2025. L'indicateur 2024 est validé ?": the year the closing names
            closing = SENTENCE_END.split(text.strip())[-1]
            named = [y for y in others if str(y) in closing]
            others = named if len(named) == 1 else others
        if told is not None and len(others) == 1 and ans.exercice_source == "question":
            # "saisi le 15 janvier 2023, ça a compté pour le forfait 2022 ?": 2022 is asked
            sources = (ans.profession_source or "question", "question")
            case = self.rules.case(ans.profession, others[0], today, sources) or case
        if case is None:
            return None
        if (
            closing_amount is not None
            and self.rules.named_in(closing_amount, case.dispositif) is None
        ):
            return None  # "… Est-ce que je touche quelque chose, et combien ?": a total
        found = self.fact_for(self._asked_of_all(text, case, kind), case, kind, today)
        if found is not None and kind in ("paiement", "declaration") and _both_dates(fold(text)):
            # "les dates d'ouverture et de clôture, et la période de paiement ?": both
            other = "declaration" if kind == "paiement" else "paiement"
            more = self.fact_for(text, case, other, today)
            if more is not None and more.titre != found.titre:
                first, then = (found, more) if kind == "declaration" else (more, found)
                title = first.titre
                if "paiement" not in title:
                    title = title.replace("Déclaration", "Déclaration et paiement", 1)
                found = replace(  # (the FAMI's declaration card gives its payment already)
                    first,
                    titre=title,
                    lignes=tuple(dict.fromkeys([*first.lignes, *then.lignes])),
                    sources=tuple(dict.fromkeys([*first.sources, *then.sources])),
                )
        forgot = NOT_DECLARED.search(fold(text)) and LOSS.search(fold(text))
        if found is not None and kind == "declaration" and forgot:
            # "… oublié de déclarer mes indicateurs. J'ai perdu combien ?": no figure of ours
            found = replace(found, lignes=(*found.lignes, NOT_DECLARED_LOSS))
        gone = found is not None and "n'est plus un indicateur en" in found.lignes[0]
        if found is not None and found.asked == "montant" and hit and gone:
            # « le SAS rapporte encore des points dans la Donum ? »: an entry on that very
            # indicator leaving the scheme answers (« que deviennent le SAS… »)
            had = [
                x.dispositif
                for x in self.rules.statuses(case.profession, today)
                if any(i.id == found.subject for i in x.dispositif.indicateurs)
            ]
            if had and self.rules.also_named(hit.entry.question, had[-1], [found.subject]):
                return None
        if found is not None and kind == "obligatoire" and hit:
            # An entry on that very indicator knows its exceptions ("exigé de toutes les
            # spécialités ?"); one asking the same of none states the rule.
            e, asks = hit.entry, fold(hit.entry.question)
            if (
                (OBLIGATION.search(asks) or EXEMPTION.search(asks))
                and (not e.indicateurs or found.indicateur in e.indicateurs)
                and self._same_part(text, case, e.question)
            ):
                return None
        if found is not None and kind == "justificatif" and hit and found.indicateur:
            # A proof is asked in some cases (« BAL organisationnelle ou absente de
            # l'annuaire »): an entry on that indicator asking of a proof knows the case said
            # (« ma BAL personnelle est dans l'annuaire »)
            ind = next(i for i in case.dispositif.indicateurs if i.id == found.indicateur)
            e = hit.entry
            if (
                ind.justificatif is not None
                and found.indicateur in e.indicateurs
                and PROOF_ASKED.search(fold(e.question))
            ):
                return None
        return found

    def _side_by_side(self, text: str, ans: Answer, today: dt.date) -> Fact | None:
        """What the dated rules set side by side, before any single figure: two figures
        found for one thing, an indicator over the years, what changed between two years,
        some rates of a mean, two blocks of a scheme."""
        if ans.kind != "faq" or ans.profession is None or ans.autre_profession is not None:
            return None
        if NOT_OURS.search(fold(text)):
            return None  # "le forfait moyen en 2021 et en 2023, pour comparer": published means
        who = ans.profession_source or "question"
        found = self._disputed(text, ans.profession, who, today)
        found = found or self._history(text, ans.profession, who, today)
        if found is not None:
            return found
        folded = fold(text)
        years = sorted(set(ans.scope.exercices)) if ans.scope is not None else []
        # "versé quand ? et les montants ont changé ?": the date first, as asked
        when = asked(text) in ("paiement", "declaration")
        compared = VERSUS.search(folded) and not AMOUNT.search(folded)
        why = WHY_FIGURES.search(YEAR_WORDS.sub(" ", folded))  # "pourquoi 400 points puis 280 ?"
        moved = CHANGED.search(folded) or MOVED.search(folded)
        targets = TARGET_WORDS.search(folded) or TARGET.search(folded)
        schemes = ans.scope.schemes if ans.scope is not None else ()
        if targets and moved and not when and not years and len(schemes) == 1:
            # "les seuils de la Donum vont se durcir : lesquels, de combien ?": from the
            # current exercice to the scheme's last one known
            now = self.rules.index.current_exercice(today, ans.profession, schemes)
            known = self.rules.scheme_years(ans.profession).get(schemes[0], [])
            ahead = [y for y in known if now is not None and y >= now]
            if len(ahead) > 1:
                span = [ahead[0], ahead[-1]]
                found = self._targets_over_years(text, ans, who, span, today)
                found = found or self._changes(text, ans.profession, who, span, today)
                if found is not None:
                    return found
        rate_compared = compared and RATE_ASKED.search(folded)  # "taux AAT demandé … vs …"
        if ((targets and moved) or rate_compared or SUFFICED_STILL.search(folded)) and not when:
            # "le seuil des CM AT-MP a baissé avec la Donum par rapport au forfait 2025 ?"
            found = self._targets_over_years(text, ans, who, years, today)
            if found is not None:
                return found
        if len(years) == 2 and THE_POINT.search(folded) and not when:
            # "la valeur du point a changé entre 2021 et 2025 ?": the point, not the scheme
            found = self._points_over_years(ans.profession, years, today)
            if found is not None:
                return found
        story = OWN_YEARS.search(folded) and AMOUNT.search(folded)
        aside = when or story or MEAN_PAID.search(folded)
        if len(years) == 2 and (_changed(folded) or compared or why) and not aside:
            found = self._changes(text, ans.profession, who, years, today)
            if found is not None:
                return found
        schemes = ans.scope.schemes if ans.scope is not None else ()
        if len(schemes) == 2 and COMPARED.search(folded):
            found = self._blocks_across(folded, ans, who, years, today)
            if found is not None:
                return found
        case = self.case_of(ans, today)
        if case is None:
            return None
        found = self._in_euros(folded, case) or self._gap_told(folded, case)
        found = found or self._partial_mean(text, case)
        found = found or self._rates_paid(text, case)
        found = found or self._block_lost(text, folded, case)
        found = found or self._block_gated(text, folded, case)
        if found is None and COMPARED.search(folded):
            found = self._groups_compared(text, case)
        return found

    def _targets_over_years(
        self, text: str, ans: Answer, who: str, years: list[int], today: dt.date
    ) -> Fact | None:
        """The target of the one rate or indicator named, on two exercices: those told, or
        the one told and the first of another scheme named ("avec la Donum par rapport au
        forfait 2025"); None unless both years publish a target for it."""
        assert ans.profession is not None and ans.scope is not None
        years = list(years)
        since = [int(y) for y in SINCE_YEAR.findall(fold(text))]  # "il a bougé depuis 2022 ?"
        years += [y for y in since[:1] if y not in years]
        if len(years) == 1:
            for scheme, ys in self.rules.scheme_years(ans.profession).items():
                if scheme in ans.scope.schemes and years[0] not in ys:
                    years.append(min(ys, key=lambda y: abs(y - years[0])))
        if len(years) != 2:
            return None
        lines, sources, last = [], [], None
        targets = []
        for year in sorted(years):
            case = self.rules.case(ans.profession, year, today, (who, "question"))
            named = self.rules.named_in(text, case.dispositif) if case else None
            if case is None or named is None:
                return None
            ind, comp = named
            if comp is None and ind.composantes:  # "les certificats AT-MP": that rate's
                said = components_named(text, ind)
                comp = next((c for c in ind.composantes if [c.id] == said), None)
            target = comp.cible if comp is not None else ind.cible
            if target.valeur is None or target.type not in ("taux", "nombre"):
                return None
            label = (comp or ind).libelle
            lines.append(f"{year} ({case.dispositif.libelle}){NNBSP}: {label}, {target.texte}.")
            targets.append((target.operateur, target.valeur))
            sources += [*target.sources, *(comp or ind).sources]
            last = (case, ind)
        assert last is not None
        (op_a, a), (op_b, b) = targets
        if (op_a, a) == (op_b, b):
            lines.append("Le même objectif les deux exercices.")
        elif a == b:  # "≥ 30 %" then "> 30 %": exactly 30 % no longer meets it, or now does
            at = "ne suffit plus" if op_b == ">" else "suffit désormais"
            unit = f"{NNBSP}%" if target.type == "taux" else ""
            lines.append(f"Même seuil, mais exactement {fmt_number(a)}{unit} {at}.")
        case, ind = last
        return Fact(
            case,
            "condition",
            ind.id,
            f"Objectif — exercices {min(years)} et {max(years)}",
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
            indicateur=None,  # of two schemes, whose ids differ: no one entry's indicator
            span=f"exercices {min(years)} et {max(years)}",
        )

    def verdicts_over_years(self, text: str, ans: Answer, today: dt.date) -> Fact | None:
        """ "mon taux DMP est resté à 25 % en 2023 et en 2024, ça change quoi ?": the figure
        judged on each year's rules, before any single year's verdict."""
        if ans.kind != "faq" or ans.profession is None or ans.scope is None:
            return None
        years = sorted(set(ans.scope.exercices))
        years = _not_dated(fold(text), years) if len(years) > 1 else years
        years = _not_events(fold(text), years) if len(years) > 1 else years
        if len(years) != 2 or asked(text) in ("paiement", "declaration"):
            return None
        who = ans.profession_source or "question"
        return self._verdicts_over_years(text, ans.profession, who, years, today)

    def verdicts_by_profession(self, text: str, ans: Answer, today: dt.date) -> list[Fact]:
        """One figure judged for each of two professions named ("ma femme dentiste, moi
        généraliste, tous les deux à 68 % de FSE en 2024 : qui valide ?"), each on its own
        scheme at the year named (else its current exercice); nothing unless the question
        gives one figure that both professions' rules judge."""
        scope = ans.scope
        if ans.kind != "faq" or scope is None or len(scope.exercices) > 1:
            return []
        professions = scope.professions if ans.profession is None else ()
        if ans.profession is not None and ans.profession_source == "session":
            # "ma femme dentiste et moi, tous les 2 à 68 %": the session's and the partner's
            others = [p for p in scope.compared if p != ans.profession]
            professions = (ans.profession, *others) if BOTH_ASKED.search(fold(text)) else ()
        if len(professions) != 2:
            return []
        # "il est à 68 % … sa voisine à 68 % aussi": one figure, said twice
        figures = {v.value for v in self.rules._read(text).figures}
        if len(figures) != 1 or len({v.value for v in scope.valeurs}) != 1:
            return []  # "elle dit qu'il faut 70 %, … nous sommes à 68 %": targets asked
        found = []
        for p in professions:
            year = scope.exercice or self.rules.index.current_exercice(today, p)
            source = "question" if scope.exercice else "defaut"
            case = self.rules.case(p, year, today, ("question", source)) if year else None
            s = self.rules.situation(text, case.dispositif) if case else None
            if case is None or s is None or s.valeur is None:
                return []
            g = self.rules.judge(case, s)
            found.append(
                Fact(
                    case,
                    "montant",
                    g.situation.indicateur.id,
                    f"{g.libelle} — {_scheme(case.dispositif)}",
                    (g.pourquoi,),
                    (),
                    tuple(g.sources),
                )
            )
        return found

    def _verdicts_over_years(
        self, text: str, profession: str, who: str, years: list[int], today: dt.date
    ) -> Fact | None:
        """One figure of the asker's judged on two exercices of one scheme ("resté à 25 % en
        2023 et en 2024"): each year's verdict and what the indicator pays; None unless the
        question gives one figure, of one indicator named in both years."""
        cases = self.rules.cases(profession, years, today, (who, "question"), one_scheme=True)
        figures = self.rules._read(text).figures
        paired = _figure_by_year(fold(text), figures, years) if len(figures) == 2 else None
        if cases is None:
            return None
        # several rates told: one figure only as their mean, and unless a sum is asked ("si
        # je reste à 72 % en 2028 je touche cb ?" is the total's)
        several = len(figures) != 1 and paired is None
        if several and AMOUNT_WORD.search(fold(text)):
            return None
        situations = [self.rules.situation(text, c.dispositif) for c in cases]
        if several and not all(_a_mean(s) for s in situations):
            return None
        lines, sources, judged = [], [], []
        for case, s in zip(cases, situations, strict=True):
            if s is None or s.valeur is None:
                return None
            if paired is not None:  # "en 2023 15 % et en 2025 28 %": each year its own
                s = replace(s, valeur=paired[case.exercice])
            g = self.rules.judge(case, s)
            # "l'AAT": the component's own share, not the whole téléservices indicator's
            worth = self._worth(case.dispositif, s.composante or s.indicateur) or ""
            pays = f" ({worth})" if worth and g.statut == "atteint" else ""
            lines.append(f"{case.exercice}{NNBSP}: {g.pourquoi.rstrip('.')}{pays}.")
            sources += g.sources
            judged.append(g)
        if len({g.situation.indicateur.id for g in judged}) > 1:
            return None
        worths = [
            _euros(c.dispositif, g.situation.composante or g.situation.indicateur)
            for c, g in zip(cases, judged, strict=True)
        ]
        met = all(g.statut == "atteint" for g in judged)
        if met and None not in worths and LESS_ASKED.search(fold(text)):
            # "48 pts en 2023, je vois que 40 pts en 2024 ?? ça fait cb en moins ?": the gap
            first, later = worths[0] or 0, worths[-1] or 0
            if abs(later - first) >= 0.5:
                lines.append(f"Écart{NNBSP}: {_moved(first, later)} en {years[-1]}.")
        last = cases[-1]
        return Fact(
            last,
            "montant",
            judged[-1].situation.indicateur.id,
            f"{judged[-1].libelle} — exercices {years[0]} et {years[1]}",
            tuple(lines),
            (),
            tuple(dict.fromkeys(sources)),
            indicateur=judged[-1].situation.indicateur.id,
            span=f"exercices {years[0]} et {years[1]}",
        )

    def _gap_told(self, folded: str, case: Case) -> Fact | None:
        """ "il a 1 000 points au forfait structure 2023, combien il lui manquait pour le
        maximum ?": the points told against the scheme's most, when that most is sure."""
        m = POINTS_TOLD.search(folded)
        d = case.dispositif
        if m is None or not GAP_ASKED.search(folded) or d.unite != "points" or not d.valeur_point:
            return None
        total = self.total(case)
        if total.lectures or d.total_notes():
            return None  # a maximum in doubt (the FS 2025's 7 805 or 8 141 €): no gap
        most_points, most_eur = self._most(d)
        told = float(m.group(1).replace(" ", "").replace(",", "."))
        if most_points is None or told > most_points:
            return None
        gap = most_points - told
        line = (
            f"{fmt_points(told)} sur {fmt_points(most_points)} au plus{NNBSP}: il manque "
            f"{fmt_points(gap)}, soit {fmt_eur(gap * d.valeur_point)} (1 point = "
            f"{fmt_eur(d.valeur_point)}), pour le maximum de {fmt_eur(most_eur)}."
        )
        return replace(total, titre=f"Écart au maximum — {_scheme(d)}", lignes=(line,))

    def _in_euros(self, folded: str, case: Case) -> Fact | None:
        """ "mon forfait 2023 affiche 518 points, en euros ça donne quoi ?": the points told,
        at the scheme's value of the point."""
        m = POINTS_TOLD.search(folded)
        d = case.dispositif
        if m is None or not IN_EUROS.search(folded) or d.unite != "points" or not d.valeur_point:
            return None
        if SUMMED.search(folded) or len(set(YEAR_NAMED.findall(folded))) > 1:
            return None  # "DMP + ordo, 40 + 40 pts en 2025, en 2026 ça donne quoi ?": a story
        points = float(m.group(1).replace(" ", "").replace(",", "."))
        line = (
            f"{fmt_points(points)} × {fmt_eur(d.valeur_point)} = {fmt_eur(points * d.valeur_point)}"
            f" (1 point = {fmt_eur(d.valeur_point)} pour l'exercice {case.exercice})."
        )
        return Fact(
            case,
            "montant",
            "point",
            f"Points en euros — {_scheme(d)}",
            (line,),
            (),
            _labels(d.valeur_point_sources),
        )

    def _rates_paid(self, text: str, case: Case) -> Fact | None:
        """ "DMT 92, AAT 85, PSE 91, CM AT-MP 55… combien de points sur les téléservices ?":
        of an indicator whose rates are each paid against their own target, what the rates
        given earn, one by one and together; None unless two of its rates are given."""
        d = case.dispositif
        for ind in d.indicateurs:
            comps = [c for c in ind.composantes if c.points is not None or c.eur is not None]
            if ind.cible.type == "moyenne" or not comps:
                continue
            given = _named_rates(text, ind)
            if len(given) < 2:
                continue
            others = {i.id for i in d.indicateurs if i is not ind}
            others |= {c.id for i in d.indicateurs if i is not ind for c in i.composantes}
            if set(named_figures(text, RATE_NAMES).values) & others:
                # "volet 2 : DMP 34 %, MSS 12 %, …, AAT 93 %, DMT 96 %": the whole forfait's
                # rates, to sum, not this indicator's alone
                return None
            lines, earned, lost = [], 0.0, 0.0
            for c in comps:
                if c.id not in given or c.cible.valeur is None:
                    continue
                value = float(given[c.id])
                met = verdict(c.cible, value)
                worth = (c.points if d.unite == "points" else c.eur) or 0.0
                op = "≥" if c.cible.operateur == ">=" else ">"
                goal = f"{op} {fmt_number(c.cible.valeur)}{NNBSP}%"
                said = {
                    "atteint": f"atteint, {in_unit(d, worth)}",
                    "ambigu": "pile au seuil",
                    "non_atteint": f"non atteint, {in_unit(d, worth)} en moins",
                }
                lines.append(
                    f"{_sigle(c)} {fmt_number(value)}{NNBSP}% (objectif {goal})"
                    f"{NNBSP}: {said.get(met, 'non atteint')}."
                )
                earned += worth if met == "atteint" else 0.0
                lost += worth if met == "non_atteint" else 0.0
            total = (ind.points if d.unite == "points" else ind.eur) or sum(
                (c.points if d.unite == "points" else c.eur) or 0 for c in comps
            )
            group = next(g for g in d.groupes if g.id == ind.groupe)
            needs = "".join(
                f", si {_q(_short(g.libelle))} est atteint"
                for g in d.groupes
                if g.id in group.prerequis
            )
            lines.append(f"Ensemble{NNBSP}: {in_unit(d, earned)}, sur {in_unit(d, total)}{needs}.")
            if lost and LOSS_WORDS.search(fold(text)):  # "jperds cb sur ces deux là ?"
                lines.insert(0, f"En moins sur les taux cités{NNBSP}: {in_unit(d, lost)}.")
            return _on_indicator(case, ind, "montant", lines)
        return None

    def _block_lost(self, text: str, folded: str, case: Case) -> Fact | None:
        """ "jamais utilisé l'appli carte Vitale, du coup je rate le socle ?": whether the
        indicator missing is one the block named needs; None unless the question names a
        block paid whole, a loss, and an indicator by its own words."""
        d = case.dispositif
        blocks = [g for g in _groups_named(folded, d) if g.regle == "tous_requis"]
        if len(blocks) != 1 or not BLOCK_LOSS.search(folded):
            return None
        # the indicator said missing ("jamais utilisé l'appli carte Vitale"), not one had
        spans = self.rules._read(text).negated
        named = next(
            (
                n
                for span in spans
                if (n := self.rules._named(span - self.rules._gate_words, d, None))
            ),
            None,
        )
        if named is None or not self._own_words(named, text):
            return None
        ind, block = named[0], blocks[0]
        group = next(g for g in d.groupes if g.id == ind.groupe)
        if group.id == block.id:
            return None  # its own block: the calculator's verdict says what is lost
        paid = self.paid_alone(d, ind) or self._worth(d, ind) or f"un montant {NOT_PUBLISHED}"
        lines = [
            f"Non{NNBSP}: {_q(ind.libelle)} ne fait pas partie de {_q(block.libelle)}, qui ne "
            f"dépend pas de lui. Il relève de {_q(group.libelle)} et verse {paid}."
        ]
        return _on_indicator(case, ind, "condition", lines, sources=block.sources, verdict="non")

    def _block_gated(self, text: str, folded: str, case: Case) -> Fact | None:
        """ "pas validé le volet 1 en 2023, je touche quand même mon volet 2 ?": a block said
        not met, and another that is paid only after it asked of; None unless the question
        names both, denies the first and asks of a payment."""
        d = case.dispositif
        blocks = _groups_named(folded, d)
        if len(blocks) != 2 or not PAID_ASKED.search(folded):
            return None
        spans = self.rules._read(text).negated
        failed = next((g for span in spans if (g := self.rules._group(span, d)) is not None), None)
        if failed is None:
            return None
        asked = next((g for g in blocks if g.id != failed.id), None)
        if asked is None or failed.id not in asked.prerequis:
            return None
        gate, paid = _q(_short(failed.libelle)), _q(_short(asked.libelle))
        lines = [
            f"Non{NNBSP}: sans {gate}, rien n'est versé au titre de {paid}, même si vous en "
            "remplissez les indicateurs."
        ]
        kept = [g for g in d.groupes if g.id != failed.id and failed.id not in g.prerequis]
        if kept:  # the FAMI's « aller vers » and student: paid on their own
            rest = and_list([_q(_short(g.libelle)) for g in kept])
            lines.append(f"Restent versés sans lui{NNBSP}: {rest}.")
        else:
            lines.append(f"Sans lui, rien du tout n'est versé pour l'exercice {case.exercice}.")
        return Fact(
            case,
            "condition",
            asked.id,
            f"{asked.libelle} — {_scheme(d)}",
            tuple(lines),
            (),
            _labels([*failed.sources, *asked.sources]),
            verdict="non",
        )

    def _same_part(self, text: str, case: Case, asked: str) -> bool:
        """The entry is about the part of the indicator the question names: not the LAP's
        entry for « le socle exige-t-il l'addendum 8 SESAM-Vitale ? »."""
        named = self.rules.named_in(text, case.dispositif)
        if named is None:
            return True
        words = self._own_words(named, text)
        return not words or bool(words & self._own_words(named, asked))

    def _own_words(self, named: tuple[Indicateur, Composante | None], text: str) -> frozenset[str]:
        """The words of the indicator's (or component's) libellé that the text uses, the
        schemes' names aside."""
        ind, comp = named
        stems = self.rules._stems(SCHEME_NAMES.sub(" ", fold(text)))
        return self.rules._libelle_words((comp or ind).libelle) & stems

    def case_of(self, ans: Answer, today: dt.date) -> Case | None:
        """The profession and exercice assumed, with where each was read; a scheme the
        question names must be the case's."""
        assert ans.profession is not None
        scope = ans.scope
        schemes = scope.schemes if scope is not None else ()
        year = ans.exercice
        if year is None or ans.exercice_source == "defaut":
            year = self.rules.index.current_exercice(today, ans.profession, schemes)
        if year is None:
            return None
        sources = (ans.profession_source or "question", ans.exercice_source or "defaut")
        case = self.rules.case(ans.profession, year, today, sources)
        if case is None:
            return None
        # "le forfait structure 2027": ended, the scheme that replaces it answers; "la donum
        # 2025": not begun, the scheme it replaces answers
        named_other = schemes and case.dispositif.dispositif not in schemes
        if named_other and not all(self._outside(ans.profession, k, year) for k in schemes):
            return None
        return self.rules.drafted(case, ans)

    def _outside(self, profession: str, scheme: str, year: int) -> bool:
        """The scheme's exercices for the profession end before `year` or begin after it."""
        years = self.rules.scheme_years(profession).get(scheme)
        return bool(years) and not min(years) <= year <= max(years)

    def fact_for(self, text: str, case: Case, kind: str, today: dt.date) -> Fact | None:
        # "acheté le 20 décembre, ça compte ou c'est trop tard ?": a day told, not a late
        # declaration
        folded = fold(text)
        if kind == "liste":
            return self._items_of(folded, case)
        if (
            kind == "declaration"
            and ITEM_DONE_IN.search(folded)
            and _done_after(text, case)
            and self.rules.named_in(text, case.dispositif) is not None
        ):
            # "oublié mes horaires en 2024, je peux le faire en février 2025 pendant la
            # déclaration ?": the item's own last day, not the declaration's window
            dated = self._dated(text, case, today, True)
            if dated is not None:
                return dated
        if kind == "echeance" or (
            kind == "declaration" and not _late(folded) and not DONE.search(folded)
        ):
            dated = self._dated(text, case, today, kind == "echeance")
            if dated is not None or kind == "echeance":
                return dated
        if kind in ("paiement", "declaration"):
            folded = fold(text)
            # "on est le 20 février 2025, je peux encore saisir mon FAMI 2024 ?": that day
            on = _asked_on(folded, today)
            day = on if on != today else None
            when = self.payment(case) if kind == "paiement" else self.declaration(case, today)
            if kind == "paiement" and NOT_RECEIVED.search(folded):
                awaited = _awaited(case.dispositif, _asked_on(folded, today))
                when = replace(when, lignes=(*when.lignes, awaited))
            elif kind == "paiement" and NORMAL_ASKED.search(folded):
                when = _paid_on(when, case.dispositif, folded)
            if (
                kind == "declaration"
                and _late(folded)
                and status(case.dispositif, on).fenetre == "close"
            ):
                # "il a oublié de déclarer, il peut encore ?": closed, and no catching up
                verdict = "oui" if TOO_LATE.search(folded) or GIVEN_UP.search(folded) else None
                # (a declaration to correct is the FAQ's: its window is the one it answers)
                verdict = "non" if STILL.search(folded) and not EDIT.search(folded) else verdict
                said = {"oui": "Oui", "non": "Non"}.get(verdict or "")
                opening = (f"{said}{NNBSP}: la période de déclaration est close.",) if said else ()
                done, end = _done_and_end(folded, case, today)
                in_time = _asks_in_time(folded)
                if (verdict == "oui" or in_time) and done is not None and end is not None:
                    # "je l'ai faite le 2 février 2024, je suis hors délai ?": the day told,
                    # not today, set against the window's last day
                    either = bool(EITHER_TIME.search(folded))
                    verdict, opening = _judged_day(done, end, in_time, either)
                    if done.year != (case.exercice or 0) + 1:
                        # "déclaré mon FAMI 2025 le 1er mars 2026 … pour 2024 ça fermait le 3
                        # mars": a day of another exercice's window judges nothing here
                        verdict, opening = None, ()
                when = replace(when, lignes=(*opening, *when.lignes, LATE_NOTE), verdict=verdict)
            elif (
                kind == "declaration"
                and _late(folded)
                and day is not None
                and status(case.dispositif, day).fenetre == "ouverte"
            ):
                end = case.dispositif.declaration.fin
                until = f", jusqu'au {fmt_date(end)}" if end else ""
                was = "est" if day >= today else "était"  # a day told before today: past
                # "on est le 20 janvier, c'est déjà trop tard ?" is answered no; "je peux
                # encore ?" yes; "c bon ou trop tard ?" in words
                late_asked = not STILL.search(folded) and (
                    TOO_LATE.search(folded) or re.search(r"\ben retard\b", folded)
                )
                either = EITHER_TIME.search(folded) is not None
                verdict = None if either else "non" if late_asked else "oui"
                said = {"oui": "Oui", "non": "Non, pas trop tard"}.get(
                    verdict or "", "Dans les délais"
                )
                opening = f"{said}{NNBSP}: le {fmt_date(day)}, la déclaration {was} ouverte{until}."
                if day == end:
                    opening = (
                        f"{said}{NNBSP}: le {fmt_date(day)} {was} le dernier jour de la "
                        "déclaration."
                    )
                when = replace(when, lignes=(opening, *when.lignes), verdict=verdict)
            elif (
                kind == "declaration"
                and not DONE.search(folded)  # "… j'ai tout saisi le 20 mars": that day judged
                and (belief := DEADLINE_BELIEVED.search(folded))
            ):
                # "je croyais avoir jusqu'au 31 janvier 2024 pour déclarer, c'est bien ça ?":
                # the last day told set against the window's
                said = _date_told(folded[belief.end() :], (case.exercice or today.year) + 1)
                end = case.dispositif.declaration.fin
                if said is not None and end is not None:
                    right = said == end
                    verdict = "oui" if right else "non"
                    opening = (
                        f"Oui{NNBSP}: jusqu'au {fmt_date(end)}."
                        if right
                        else f"Non{NNBSP}: jusqu'au {fmt_date(end)}, pas le {fmt_date(said)}."
                    )
                    when = replace(when, lignes=(opening, *when.lignes), verdict=verdict)
            elif kind == "declaration" and DONE.search(folded):
                # "j'ai tout saisi le 20 mars… c'est grave ?": the day told against the window
                done, end = _done_and_end(folded, case, today)
                if (
                    _asks_in_time(folded)
                    and done is not None
                    and end is not None
                    and done.year == (case.exercice or 0) + 1
                ):
                    # "j'ai déclaré le 1er mars 2026, j'étais dans les temps ?": yes or no
                    verdict, opening = _judged_day(done, end, True)
                    when = replace(when, lignes=(*opening, *when.lignes), verdict=verdict)
                elif done is not None and end is not None and done.year > (case.exercice or 0):
                    late = done > end
                    said = (
                        f"Le {fmt_date(done)} est après la clôture du {fmt_date(end)}{NNBSP}: "
                        "demandez à votre CPAM si votre saisie a été prise en compte."
                        if late
                        else f"Le {fmt_date(done)} est dans la période, close le {fmt_date(end)}."
                    )
                    when = replace(when, lignes=(said, *when.lignes))
            if kind == "declaration" and PAYMENT.search(folded):
                # "ouverture de la saisie ? fermeture ? et versement ?": both dates
                when = _together(when, self.payment(case))
            if AMOUNT.search(folded) and not (COUNT_ASKED.search(folded) or own_figure(folded)):
                amount = self._amount(text, case)  # "c t combien et on declarait qd ?"
                return _together(amount, when) if amount is not None else when
            return when
        if kind == "obligatoire":
            named = self.rules.named_in(text, case.dispositif)
            if named is None:
                return self._not_an_indicator(text, case, today)
            folded = fold(text)
            checked = self._target_then(folded, self._indicator(case, named[0]), named[0])
            if checked.verdict is not None:  # "le socle exige 80 % de moyenne, exact ?"
                return checked
            required = self._required(case, named[0], asks_optional(text))
            since = self._segur_since(case) if SEGUR.search(folded) else None
            required = _not_segur(required, folded, case, named[0], since)
            return _no_own_target(required, folded, case, *named)
        if kind == "a_faire":
            return self._to_do(case, today)
        if kind == "justificatif":
            named = self.rules.named_in(text, case.dispositif)
            proof = self._proof(case, named[0]) if named is not None else None
            if proof is not None and named is not None and AMOUNT.search(fold(text)):
                # "quel justificatif, et combien rapporte-t-il ?": both
                return _together(self._indicator(case, named[0]), proof)
            if proof is not None and named is not None and AT_RISK.search(fold(text)):
                # "pas renvoyé de facture … je risque de perdre mon FAMI ?": what is at stake
                stake = self._at_stake(case.dispositif, named[0])
                return replace(proof, lignes=(*proof.lignes, stake)) if stake else proof
            return proof
        if kind == "condition":
            # "pour le socle Donum il faut encore les horaires comme avant ?": gone from it
            # (« à part le logiciel » names what is had, not what is asked)
            rest = SET_APART.sub(" ", fold(text))
            gone = self.rules.named_in(rest, case.dispositif) is None
            return self._condition(text, case) or (
                self._not_an_indicator(rest, case, today) if gone else None
            )
        found = self._amount(text, case)
        if found is not None and STILL_COUNTS.search(fold(text)) and _done_after(text, case):
            return None  # "… en janvier 2025, ça compte encore pour le fami 2024 ?": when
        if found is not None and found.indicateur and STILL_COUNTS.search(fold(text)):
            # "le DMP ça compte encore dans le Donum ?": yes, with what it pays
            ind = found.indicateur
            label = next((i.libelle for i in case.dispositif.indicateurs if i.id == ind), None)
            if label is not None:
                scheme_name = _scheme(case.dispositif)
                still = re.search(r"\b(encore|toujours|tjrs|tjs|continue\w*)\b", fold(text))
                always = "toujours " if still else ""
                said = f"Oui{NNBSP}: {_q(label)} est {always}un indicateur en {scheme_name}."
                found = replace(found, lignes=(said, *found.lignes), verdict="oui")
        scheme = SCHEMES.get(case.dispositif.dispositif)
        named_here = scheme is not None and scheme.search(fold(text)) is not None
        # "le SAS ça continue en 2026 ?": the year names the scheme asked of
        still = STILL_COUNTS.search(fold(text)) or STILL_EARNS.search(fold(text))
        # "si j'arrête le SAS en 2026 je perds combien ?": the year names it, an item given
        # up and the loss asked
        lost = re.search(r"\b(perd\w*|perte)\b", fold(text)) and ITEM_DROPPED.search(fold(text))
        named_here = named_here or bool((still or lost) and YEAR_NAMED.search(fold(text)))
        if found is None and named_here and self.rules.named_in(text, case.dispositif) is None:
            # "le sas ça rapporte combien dans la donum ?" (the scheme named): nothing, it is
            # not one of its indicators; what it paid in the last exercice that had it
            # ("… ça compte encore pour la donum ?": what its blocks require instead)
            # (« sinon ça me fait perdre combien » asks its worth all the same)
            worth = not STILL_COUNTS.search(fold(text)) or bool(WORTH_LOST.search(fold(text)))
            return self._not_an_indicator(text, case, today, worth=worth)
        return found

    def _dated(self, text: str, case: Case, today: dt.date, deadline: bool) -> Fact | None:
        """ "mes horaires, j'avais jusqu'à quand ?", "la messagerie avant quelle date ?": the
        indicator's own date (its target's), not the declaration window; None unless the
        question names it by its own words (not "ma boîte" for a mailbox) and it has one, or
        asks by when (`deadline`) and the scheme's indicators are assessed on the 31/12.
        What brackets list is told fine: "… pas rentré mes horaires. Le reste est nickel (FSE,
        cahier des charges). Trop tard ?" asks of the horaires."""
        plain = ASIDE.sub(" ", text)
        naming = plain if plain != text and self.rules.named_in(plain, case.dispositif) else text
        named = self.rules.named_in(naming, case.dispositif)
        if named is None or not self._own_words(named, naming):
            return None
        target = (named[1] or named[0]).cible
        due = DATED.search(target.texte or "")
        folded = fold(text)
        told = _date_told(folded, case.exercice, today)
        said = DATE_TOLD.search(folded)
        before = folded[max(0, said.start() - 40) : said.start()] if said else ""
        if said is not None and DECLARED.search(before) and not PUT_DURING.search(folded):
            return None  # "j'ai fait sa déclaration en février 2025": the declaration's day
        if said is not None and told is not None and DATE_QUOTED.search(before):
            told = None  # "le guide médecins parle du 31/12/2022": its date, not the asker's
        # "les indicateurs sont appréciés au 31/12 de l'année": the scheme's own date
        assessed = any(ASSESSED.search(fold(a.texte)) for a in case.dispositif.avertissements)
        if due is None and not (assessed and case.exercice and (told or deadline)):
            return None
        # "mon premier message hier, trop tard ?": a count of one is done on a day
        late = TOO_LATE.search(folded) or STILL_TIME.search(folded)
        first = bool(late) and target.type == "nombre" and _one_needed(target)
        # "ma 3e intervention le 5 janvier": the one that reaches a target of three, on a day
        nth = NTH_DONE.search(folded)
        first = first or bool(nth and target.type == "nombre" and target.valeur == int(nth[2]))
        if told is not None and target.type != "booleen" and not first:
            return None  # a rate is not put in place on a day: "1re FSE le 1er décembre"
        found = self._amount(naming, case)
        if found is None:
            return found
        if due is not None:
            day, month, year = map(int, due.group(0).split("/"))
            limit = dt.date(year, month, day)
        else:
            limit = dt.date(case.exercice, 12, 31)
            rule = next(a for a in case.dispositif.avertissements if ASSESSED.search(fold(a.texte)))
            found = replace(
                found, sources=tuple(dict.fromkeys((*found.sources, *_labels(rule.sources))))
            )
        late = bool(TOO_LATE.search(folded)) and told is None
        if late or STILL_TIME.search(folded) or STILL_DOABLE.search(folded):
            # "on est début décembre, j'ai encore le temps pour le FAMI 2026 ?", "c'est trop
            # tard pour envoyer un message mon espace santé ?": that day, or today, against
            # the day the indicators are assessed (« trop tard ? » is answered the other way)
            in_time = (told or today) <= limit
            yes, no = ("Non, pas trop tard", "Oui, trop tard") if late else ("Oui", "Non")
            line = (
                f"{yes}{NNBSP}: vous avez jusqu'au {fmt_date(limit)} pour l'exercice "
                f"{case.exercice}."
                if in_time
                else f"{no}{NNBSP}: c'était au plus tard le {fmt_date(limit)} pour l'exercice "
                f"{case.exercice}."
            )
            verdict = "oui" if in_time != late else "non"
            lines = (line, *_rate_standing(folded, target), *found.lignes)
            return replace(found, lignes=lines, verdict=verdict)
        if told is None and due is not None:
            if not deadline:
                return found
            line = f"Au plus tard le {fmt_date(limit)} pour l'exercice {case.exercice}."
            return replace(found, lignes=(line, *found.lignes))  # "j'avais jusqu'à quand ?"
        if told is None:  # "jusqu'à quand pour mes interventions ?": the day it is assessed
            line = (
                f"D'ici le {fmt_date(limit)}{NNBSP}: les indicateurs de l'exercice "
                f"{case.exercice} sont appréciés à cette date."
            )
            extended = _extended(named[0], limit)
            if extended is not None and extended[1].texte not in found.lignes:
                # "jusqu'à quand pour le logiciel Ségur en 2023 ?": the later day a page gives
                cited = tuple(dict.fromkeys((*found.sources, *_labels(extended[1].sources))))
                lines = (line, extended[1].texte, *found.lignes)
                return replace(found, lignes=lines, sources=cited)
            return replace(found, lignes=(line, *found.lignes))
        said = fmt_date(told)
        month = DATE_TOLD.search(folded)
        # "à partir de janvier 2027": the month told, no day made up
        the = "le "
        if month is not None and month.group(2) and not month.group(1) and _day(month) == told:
            said, the = f"{SHOWN[month.group(2)]} {month.group(3)}", "en "
        extended = _extended(named[0], limit)
        if extended is not None and limit < told <= extended[0]:
            # "Ségur installé le 20 janvier 2024, ça passait pour 2023 ?": after the day the
            # guides assess, before the later one a page gives: both readings, no verdict
            line = (
                f"{the.capitalize()}{said}, c'est après le {fmt_date(limit)}, mais avant le "
                f"{fmt_date(extended[0])}{NNBSP}: les textes divergent. {extended[1].texte}"
            )
            rest = tuple(x for x in found.lignes if x != extended[1].texte)
            cited = tuple(dict.fromkeys((*found.sources, *_labels(extended[1].sources))))
            return replace(found, lignes=(line, *rest), sources=cited)
        if told > limit:
            found = replace(found, lignes=(*self._gated_by(case, named[0]), *found.lignes))
        later = [said for d, said in _dates_told(folded) if d > limit]
        if told <= limit and later:
            # "au 31/12/2024 j'étais en addendum 7, mis à jour en janvier 2025": only the
            # situation on the day counts
            line = (
                f"Seule compte la situation au {fmt_date(limit)}{NNBSP}: ce qui est en place "
                f"après ({later[0]}) ne compte pas pour l'exercice {case.exercice}."
            )
            return replace(found, lignes=(line, *found.lignes))
        when = "c'est la date limite" if told == limit else f"c'est avant le {fmt_date(limit)}"
        # "Ségur installé le 15/02/2024" for 2023: after the later day a page gives too
        beyond = ""
        if extended is not None and told > extended[0]:
            pushed = fmt_date(extended[0])
            beyond = f", et même après le {pushed}, date repoussée selon une page publique"
        line = (
            f"{the.capitalize()}{said}, {when}{NNBSP}: pris en compte pour "
            f"l'exercice {case.exercice}, si le reste de l'objectif est tenu."
            if told <= limit
            else f"{the.capitalize()}{said}, c'est après le {fmt_date(limit)}{beyond}{NNBSP}: "
            f"trop tard pour l'exercice {case.exercice}."
        )
        if TOO_LATE.search(folded):  # "acheté le 20 décembre 2024. trop tard pour 2024 ?"
            # "ça compte ou c'est trop tard ?": the first alternative is answered
            counts = bool(re.search(r"\bou (c'?est |il est )?(deja )?trop tard", folded))
            verdict = "non" if (told <= limit) != counts else "oui"
            opening = {
                (True, False): "Non, pas trop tard",
                (False, False): "Oui, trop tard",
                (True, True): "Oui, ça compte",
                (False, True): "Non, trop tard",
            }[(told <= limit, counts)]
            line = (
                f"{opening}{NNBSP}: {the}{said}, c'est avant le {fmt_date(limit)}, la date "
                f"retenue pour l'exercice {case.exercice} (si le reste de l'objectif est tenu)."
                if told <= limit
                else f"{opening}{NNBSP}: {the}{said}, c'est après le {fmt_date(limit)}, la date "
                f"retenue pour l'exercice {case.exercice}{beyond}."
            )
            return replace(found, lignes=(line, *found.lignes), verdict=verdict)
        if told <= limit and REDUCED_ASKED.search(folded):
            # "acheté le 20 décembre, il craint que l'indicateur soit réduit ?": the rule on
            # proratisation, where the scheme's texts state it
            rule = next(
                (a for a in case.dispositif.avertissements if "proratis" in fold(a.texte)), None
            )
            if rule is not None:
                return replace(found, lignes=(line, rule.texte, *found.lignes))
        return replace(found, lignes=(line, *found.lignes))

    @staticmethod
    def _gated_by(case: Case, ind: Indicateur) -> tuple[str, ...]:
        """ "Sans lui, « Volet 1 » n'est pas atteint, ni donc « Volet 2 »": an indicator put
        in place too late, in a block that every indicator must meet and that gates others."""
        d = case.dispositif
        group = next((g for g in d.groupes if g.id == ind.groupe), None)
        if group is None or group.regle != "tous_requis" or ind.statut_exercice != "actif":
            return ()
        gated = [g for g in d.groupes if group.id in g.prerequis]
        if not gated:
            return ()
        others = " ni ".join(_q(g.libelle) for g in gated)
        return (f"Sans lui, {_q(group.libelle)} n'est pas atteint, ni donc {others}.",)

    def _condition(self, text: str, case: Case) -> Fact | None:
        """Whether what the question names is paid only once the block that gates others is
        met ("faut avoir validé le socle pour toucher les 300 € ?"); None when it names no
        indicator outside that block."""
        d = case.dispositif
        gate = next((g for g in d.groupes if g.regle == "tous_requis"), None)
        named = self.rules.named_in(text, d)
        first = first_asked(text)
        if named is None and first is not None:
            # "l'aller vers, faut avoir validé le socle ? Je dois l'expliquer à une dentiste
            # qui a raté son taux FSE": what the question asked first names, not the story
            # told after it
            text = first
            named = self.rules.named_in(text, d)
        if gate is None or named is None or named[0].groupe == gate.id:
            return None
        ind = named[0]
        # "l'aller vers et l'étudiant, faut le socle ?": each one named, outside the gate
        inds = [ind] + [
            i
            for i in d.indicateurs
            if i.id != ind.id
            and i.groupe != gate.id
            and self.rules.also_named(text, d, [i.id], besides=ind.id)
        ]
        lines, sources, verdicts = [], [], set()
        for i in inds:
            group = next(g for g in d.groupes if g.id == i.groupe)
            worth = self._worth(d, i) or self._worth(d, group)
            paid = f" ({worth})" if worth else ""
            gated = gate.id in group.prerequis
            verdicts.add("oui" if gated else "non")
            if gated:
                line_ = f"{_q(i.libelle)}{paid} n'est versé que si {_q(gate.libelle)} est atteint."
            else:
                line_ = f"{_q(i.libelle)}{paid} est versé même sans {_q(gate.libelle)}{NNBSP}: "
                line_ += "il en est indépendant."
            lines.append(line_)
            sources += [*i.sources, *group.sources] if group.sources else list(i.sources)
        verdict = verdicts.pop() if len(verdicts) == 1 else None
        if verdict is not None:  # one answer for all: « Oui »/« Non » before the first
            said = "Oui" if verdict == "oui" else "Non"
            lines[0] = f"{said}{NNBSP}: {lines[0]}"
        return Fact(
            case,
            "condition",
            ind.id,
            f"Condition — {_scheme(d)}",
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
            indicateur=ind.id,
            verdict=verdict,
        )

    def _to_do(self, case: Case, today: dt.date) -> Fact:
        """What must be in place at the 31/12 of the exercice that ends this year (the one
        asked, once over): each group with what it pays and its indicators, the
        declaration that follows, and where to get one's own list."""
        sources = (case.profession_source, case.exercice_source)
        this_year = self.rules.case(case.profession, today.year, today, sources)
        if case.exercice_source == "defaut" and this_year is not None:
            case = this_year
        d = case.dispositif
        lines = [
            f"Vos indicateurs {case.exercice} sont appréciés au 31/12/{case.exercice}{NNBSP}: "
            "ce qui est en place à cette date compte."
        ]
        for g in d.groupes:
            members = [i.libelle for i in d.indicateurs if i.groupe == g.id]
            worth = self._worth(d, g)
            head = f"{_short(g.libelle)} ({worth})" if worth else _short(g.libelle)
            lines.append(f"{head}{NNBSP}: {' ; '.join(members)}.")
        lines += self.declaration(case, today).lignes[:1]
        lines.append("Votre liste à vous, avec ce qui manque et ce que ça rapporte : /start.")
        return Fact(
            case,
            "a_faire",
            "a_faire",
            f"À faire avant le 31/12/{case.exercice} — {_scheme(d)}",
            tuple(lines),
            (),
            _labels(list(d.sources)),
        )

    def replay(self, case: Case, kind: str, subject: str, today: dt.date) -> Fact | None:
        """A fact from a button (`Fact.asked` and `.subject`), for another case."""
        if kind in ("paiement", "declaration"):
            when = self.fact_for("", case, kind, today)
            amount = self.replay(case, "montant", subject, today) if subject != kind else None
            return _together(amount, when) if amount is not None and when else when
        d = case.dispositif
        if kind == "a_faire":
            return self._to_do(case, today)
        if kind == "condition":
            ind = next((i for i in d.indicateurs if i.id == subject), None)
            return self._condition(ind.libelle, case) if ind is not None else None
        if kind == "obligatoire":
            ind = next((i for i in d.indicateurs if i.id == subject), None)
            return self._required(case, ind) if ind is not None else None
        if kind == "justificatif":
            ind = next((i for i in d.indicateurs if i.id == subject), None)
            return self._proof(case, ind) if ind is not None else None
        if subject == "total":
            return self.total(case)
        if subject == "point":
            return self._point(case)
        blocks = [g for g in d.groupes if g.id in subject.split("+")]
        if len(blocks) > 1:
            return self._blocks(case, blocks)
        if blocks:
            return self._group(case, blocks[0])
        ind = next((i for i in d.indicateurs if i.id == subject), None)
        return self._indicator(case, ind) if ind is not None else None

    def same_figure(self, f: Fact, d: Dispositif) -> bool:
        """`d` (another exercice's scheme) gives the amount or target `f` states: an entry
        written for that year still stands for `f`'s (the FAMI 2024 guide for 2025)."""
        if f.asked != "montant" or d.dispositif != f.case.dispositif.dispositif:
            return False
        return _figure(d, f.subject, self) == _figure(f.case.dispositif, f.subject, self)

    # ---- dates ----------------------------------------------------------------------------

    def payment(self, case: Case) -> Fact:
        d = case.dispositif
        return Fact(
            case,
            "paiement",
            "paiement",
            f"Paiement — {_scheme(d)}",
            (d.paiement.texte,),
            (),
            _labels(d.paiement.sources),
        )

    def declaration(self, case: Case, today: dt.date) -> Fact:
        d = case.dispositif
        s = status(d, today)
        p = d.declaration
        if p.debut is not None and p.fin is not None:
            lines = [
                f"Déclaration sur amelipro du {fmt_date(p.debut)} au {fmt_date(p.fin)} "
                f"(aujourd'hui{NNBSP}: {window_text(s)})."
            ]
        elif p.fin is not None:
            lines = [f"Date limite de déclaration{NNBSP}: {fmt_date(p.fin)} ({window_text(s)})."]
        elif p.texte and not fold(p.texte).startswith("non publie"):
            lines = []  # the data's own text says they are not published, and what is known
        else:
            lines = [
                f"Dates de déclaration non publiées dans nos sources{NNBSP}: demandez à votre CPAM."
            ]
        if p.texte and not (p.debut is None and fold(p.texte).startswith("non publie")):
            lines.append(p.texte)
        if d.amelipro is not None and "amelipro" not in fold(" ".join(lines)):
            where = d.amelipro.texte.rstrip(".")  # the dates unknown, not where
            lines.append(f"Où{NNBSP}: {where}.")
        if s.fenetre == "close":
            lines += self._replaced_by(case)
        return Fact(
            case,
            "declaration",
            "declaration",
            f"Déclaration — {_scheme(d)}",
            tuple(lines),
            (),
            _labels(p.sources),
        )

    def _replaced_by(self, case: Case) -> list[str]:
        """ "Le forfait structure s'arrête avec l'exercice 2025 ; pour 2026, c'est la
        dotation numérique.": asked in December 2026 whether something is still to declare,
        the scheme's last declaration closed, the one that follows it is what is left."""
        d = case.dispositif
        years = self.rules.scheme_years(case.profession)
        if d.exercice is None or max(years.get(d.dispositif, [0])) != d.exercice:
            return []
        nxt = next((k for k, ys in years.items() if min(ys) == d.exercice + 1), None)
        if nxt is None or nxt == d.dispositif:
            return []
        ended, then = SCHEME_LABELS[d.dispositif], SCHEME_LABELS[nxt]
        return [
            f"{ended[:1].upper()}{ended[1:]} s'arrête avec l'exercice {d.exercice}{NNBSP}; pour "
            f"{d.exercice + 1}, c'est {then}."
        ]

    # ---- amounts --------------------------------------------------------------------------

    def _amount(self, text: str, case: Case) -> Fact | None:
        """The indicator named, else the group, else the value of the point, else the
        whole scheme when the question asks its maximum or names nothing else."""
        d = case.dispositif
        folded = fold(text)
        named = self.rules.named_in(text, d)
        last = re.split(r"[,;:]\s", text)[-1]
        closing = self.rules.named_in(last, d) if "?" in last else None
        # "taux DMT 92 FSE 97 en 2022, combien de points pour la DMT ?": the one the closing
        # clause names by its own name
        if closing is not None and closing != named and self._own_words(closing, last):
            named = closing
        sentence = SENTENCE_END.split(text.strip())[-1]
        if (
            named is not None
            and sentence != text.strip()
            and TOTAL.search(fold(sentence))
            and self.rules.named_in(sentence, d) is None
            and not _groups_named(fold(sentence), d)
            and not ITEM_PRONOUN.match(fold(sentence))
        ):
            # "… l'un d'eux a pris un étudiant. Pour le FAMI 2024, ça peut monter à combien
            # au maximum ?": the scheme's maximum, not the story's indicator
            named, text = None, sentence
            folded = fold(text)
        if TOTAL.search(folded) and ALL_LISTED.search(folded):
            return self.total(case)  # "si je valide tout (socle, CPTS, …) ça fera 1240 ?"
        if named is not None and TOTAL.search(folded) and INCLUDED.search(folded):
            # "le maximum si je valide tout, accueil d'étudiant compris ?": the scheme's most,
            # which the item is part of
            named = None
        # "l'appli carte Vitale en 2021 ?": its « Vitale » is not the SESAM-Vitale's
        later = self._not_yet(text, case) if named is not None else None
        if (
            later is not None
            and named is not None
            and len(later[1]) > len(self._own_words(named, text))
        ):
            return later[0]
        if named is not None and TOTAL.search(folded):
            # "le max du FAMI 2024 ? et s'il n'a pas d'étudiant ?": the most, that one missing
            rules = self.rules
            for span in rules._read(text).negated:
                denied = rules._named(span - rules._gate_words, d, None)
                if denied is not None and denied[0].id == named[0].id:
                    return self._most_without(case, named[0])
        if named is not None:
            fact = self._target_then(folded, self._indicator(case, named[0]), named[0])
            return self._target_before(text, fact, named[1])
        groups = _groups_named(folded, d)
        if len(groups) == 1 and THE_POINT.search(folded) and d.unite == "points":
            return self._point(case)  # "le volet 2 c'est 7 € le point ?": the point, not the block
        if len(groups) > 1 and ALL_BLOCKS.search(folded):
            return self.total(case)  # "au maximum, volets 1 et 2 confondus ?": the whole
        if len(groups) > 1:  # "cb de pts volet 1 et volet 2 ?"
            return self._blocks(case, groups, bool(TARGET_WORDS.search(folded)))
        if groups and (ALL_BLOCKS.search(folded) or SCHEME_TOTAL.search(folded)):
            # "le volet 2, et le maximum tous volets confondus ?": the block, then the whole
            return _together(self._group(case, groups[0]), self.total(case))
        if groups and LATER_ASKED.search(folded):
            # "les seuils des options c'est combien en 2026 ? et ça bouge après ?"
            return self._raised_after(case, groups[0], self._group(case, groups[0]))
        if groups:
            return self._points_claimed(folded, case, groups[0], self._group(case, groups[0]))
        if POINT_VALUE.search(folded) and d.unite == "points":
            return _point_checked(folded, self._point(case))
        included = TOTAL.search(folded) and INCLUDED.search(folded)
        if self.rules._mentions(text, d) and not included:
            return None  # an indicator named, though not clearly: not the total
        if self._named_elsewhere(text, case):
            # "le SAS rapporte encore dans la Donum ?": not the Donum's total, but that the
            # indicator ended with the scheme before it, when it did; or that it begins
            # later (« taux d'ordonnances numériques à atteindre en 2022 ? »: from 2023)
            ended = self._ended_before(text, case)
            later = self._not_yet(text, case) if ended is None else None
            return ended or (later[0] if later is not None else None)
        later = self._not_yet(text, case)
        if later is not None:
            return later[0]  # "la téléconsultation m'a rapporté des points en 2018 ?": 2019
        if TARGET_WORDS.search(folded) and not TOTAL.search(folded):
            # « les seuils de la Donum passent à combien en 2028 ? »: targets, not the total
            return self._blocks(case, list(d.groupes), targets=True)
        if TOTAL.search(folded) or any(rx.search(folded) for rx in SCHEMES.values()):
            total = self.total(case)
            told = self._other_maxima(folded, case)
            others = self._others_most(text, case)
            cited = tuple(
                dict.fromkeys(
                    [*total.sources, *(x for d in others for x in _labels(list(d.sources)))]
                )
            )
            told += [self._most_of(d) for d in others]
            if others and TOGETHER.search(folded) and not total.lectures:
                # "ma femme est généraliste, fami et donum 2026, ça fait cb à nous 2 ?"
                most = [self._most(x)[1] for x in (d, *others)]
                doubt = any(x.total_notes() for x in (d, *others))
                if not doubt:
                    told.append(f"Ensemble{NNBSP}: au plus {fmt_eur(sum(most))}.")
            if (
                not told and not total.lectures and not d.total_notes()
            ):  # (a maximum in doubt, the FS 2025's 7 805 or 8 141 €, is no « Non »)
                total = _claimed_most(folded, total, self._most(d)[1])
            if WORST_ASKED.search(folded):
                told.append(_worst(d))
            if PER_MONTH.search(folded):  # "le fami c'est combien par mois au max ?"
                told += ["C'est un montant annuel, pas mensuel.", d.paiement.texte]
                cited = tuple(dict.fromkeys([*cited, *_labels(d.paiement.sources)]))
            heads = heads_of(folded) if not others else None
            if heads and not total.lectures and not d.total_notes():
                # "cabinet de 2 médecins, si on valide tout chacun, combien pour le cabinet ?"
                most = self._most(d)[1]
                told.append(
                    f"Pour {heads} praticiens qui les atteignent tous{NNBSP}: {heads} × "
                    f"{fmt_eur(most)} = {fmt_eur(heads * most)}. Chacun déclare et touche son "
                    "propre forfait sur amelipro."
                )
            return replace(total, lignes=(*total.lignes, *told), sources=cited) if told else total
        return None

    def _others_most(self, text: str, case: Case) -> list[Dispositif]:
        """ "ma voisine dentiste peut toucher plus que moi, kiné, au max du FAMI ?": the
        scheme of each other covered profession named, the same exercice."""
        today = dt.date(case.exercice or 2000, 12, 31)  # that exercice offered, provisional too
        scope = self.rules.index.reader.detect(text, today)
        named = dict.fromkeys([*scope.professions, *scope.compared, *scope.implied])
        found = []
        for p in named:
            if p == case.profession or case.exercice is None:
                continue
            other = self.rules.case(p, case.exercice, today, ("question",) * 2)
            if other is not None:
                found.append(other.dispositif)
        return found

    def _most_of(self, d: Dispositif) -> str:
        """ "Pour les chirurgiens-dentistes : au plus 1 240 € (FAMI 2025)."."""
        who = self.rules.kb.professions[d.profession].pluriel
        return f"Pour les {who}{NNBSP}: au plus {_most_text(*self._most(d))} ({_scheme(d)})."

    def _other_maxima(self, folded: str, case: Case) -> list[str]:
        """ "le forfait structure 2025 c'est 8 141 € max ?": each amount told that is not the
        case's maximum but another published exercice's, said so."""
        _, eur = self._most(case.dispositif)
        told = {float(m.group(1).replace(" ", "")) for m in EUROS_TOLD.finditer(folded)}
        lines = []
        doubt = case.dispositif.total_notes()  # (the FS 2025's 7 805 or 8 141 €)
        for amount in sorted(told - {eur}):
            if any(fmt_eur(amount) in n.texte or fmt_number(amount) in n.texte for n in doubt):
                continue  # one of the maxima the texts give for this very exercice
            years = [
                int(year)
                for (who, year), d in self.kb.dispositifs.items()
                if who == case.profession and year.isdigit() and self._most(d)[1] == amount
            ]
            if years:
                span = _years_span(years)
                of = f"de l'{span}" if len(set(years)) == 1 else f"des {span}"
                lines.append(
                    f"{fmt_eur(amount)}{NNBSP}: c'est le maximum {of}, pas de {case.exercice}."
                )
        if len(told) == 1 and len(lines) == 1 and CLAIMED.search(folded) and not doubt:
            # "un collègue me dit que la Donum va jusqu'à 8 141 € par an, c'est bien ça ?"
            lines = [f"Non{NNBSP}: {lines[0].replace(f'{NNBSP}: c', ', c', 1)}"]
        return lines

    def _own_name(self, ind: Indicateur) -> frozenset[str]:
        """The words of an indicator's libellé, its notes in brackets aside: what names it
        for an exercice that lacks it."""
        return self.rules._libelle_words(re.sub(r"\([^)]*\)", " ", ind.libelle))

    def _later_words(self, profession: str, scheme: str, year: int | None) -> frozenset[str]:
        """The libellé words of the scheme's indicators that `year` does not have yet."""
        key = (profession, scheme, year)
        found = self._later_cache.get(key)
        if found is None:
            here = self.rules.kb.dispositifs.get((profession, str(year)))
            ids = {i.id for i in here.indicateurs} if here else set()
            words: set[str] = set()
            for y in self.rules.scheme_years(profession).get(scheme, []):
                later = self.rules.kb.dispositifs.get((profession, str(y)))
                if later is None or year is None or y <= year:
                    continue
                for i in later.indicateurs:
                    if i.id not in ids:
                        words |= self._own_name(i)
            found = self._later_cache[key] = frozenset(words)
        return found

    def _counted_before(self, text: str, ans: Answer, today: dt.date) -> Fact | None:
        """ "J'avais un stagiaire en 2023, je pouvais le valoriser dans le FAMI 2023 ?":
        whether something counted, asked of an exercice before its indicator's first."""
        if not COUNTED_ASKED.search(fold(text)) or ans.exercice_source != "question":
            return None
        if ans.outcome == "out_of_scope" or ans.autre_profession is not None:
            return None
        case = self.case_of(ans, today)
        later = self._not_yet(text, case) if case is not None else None
        return later[0] if later is not None else None

    def _not_yet(self, text: str, case: Case) -> tuple[Fact, frozenset[str]] | None:
        """An indicator named by its own words that the scheme has only from a later
        exercice: said, with the first exercice that pays it, and the words naming it; None
        when none is."""
        d = case.dispositif
        here = {i.id for i in d.indicateurs}
        said = self.rules._stems(SCHEME_NAMES.sub(" ", fold(text)))
        if said.isdisjoint(self._later_words(case.profession, d.dispositif, case.exercice)):
            return None  # no word of a later indicator: most questions, at no cost
        years = self.rules.scheme_years(case.profession).get(d.dispositif, [])
        for year in sorted(y for y in years if case.exercice and y > case.exercice):
            later = self.rules.kb.dispositifs.get((case.profession, str(year)))
            named = self.rules.named_in(text, later) if later else None
            if later is None or named is None or named[0].id in here:
                continue
            ind = named[0]
            own = self._own_name(ind) & said
            if not own:
                continue  # named by its own libellé's words, not its notes nor the FAQ's
            # its first exercice, under whatever libellé (« vidéotransmission » until 2023)
            first = min(
                y
                for y in years
                if (x := self.rules.kb.dispositifs.get((case.profession, str(y)))) is not None
                and any(i.id == ind.id for i in x.indicateurs)
            )
            then = self.rules.kb.dispositifs[(case.profession, str(first))]
            ind = next(i for i in then.indicateurs if i.id == named[0].id)
            worth = self._worth(then, ind)
            paid = f" ({worth})" if worth else ""
            line_ = (
                f"{_q(ind.libelle)} n'est pas un indicateur de l'exercice {case.exercice}"
                f"{NNBSP}: il apparaît à l'exercice {first}{paid}."
            )
            fact = Fact(
                case,
                "montant",
                ind.id,
                f"{ind.libelle} — {_scheme(d)}",
                (line_,),
                (),
                _labels(list(ind.sources)),
                verdict="non",
            )
            return fact, frozenset(own)
        return None

    def _ended_before(self, text: str, case: Case) -> Fact | None:
        """ "en 2026 avec la Donum, la CPTS ça rapporte combien ?": an indicator of the
        scheme the case's scheme follows, which it does not have, said no longer one, with
        what it paid in that scheme's last exercice (named by any of its words, the CPTS for
        the coordination, unlike `_not_an_indicator`); None when the scheme or the year asked
        of is not named, or the item named is not one."""
        d = case.dispositif
        scheme = SCHEMES.get(d.dispositif)
        folded = fold(text)
        if not (scheme is not None and scheme.search(folded)) and str(d.exercice) not in folded:
            return None  # the scheme asked of is only the default year's: not said ended
        if STILL_COUNTS.search(folded) and not AMOUNT.search(folded):
            return None  # "le SAS ça continue en 2026 ?": what the blocks require (`_amount`'s)
        years = self.rules.scheme_years(case.profession)
        first = min(years.get(d.dispositif, [d.exercice or 0]))
        ended = [max(ys) for k, ys in years.items() if k != d.dispositif and max(ys) < first]
        then = self.rules.kb.dispositifs.get((case.profession, str(max(ended)))) if ended else None
        named = self.rules.named_in(text, then) if then is not None else None
        here = {x.id for i in d.indicateurs for x in (i, *i.composantes)}
        if then is None or named is None or named[0].id in here:
            return None
        return self._no_longer(text, case, named[0], then)

    def _named_elsewhere(self, text: str, case: Case) -> bool:
        """The question names clearly an indicator of another of the profession's schemes."""
        scheme = case.dispositif.dispositif
        return any(
            other.profession == case.profession
            and other.dispositif != scheme
            and self.rules.named_in(text, other) is not None
            for other in self.rules.kb.dispositifs.values()
        )

    def _at_stake(self, d: Dispositif, ind: Indicateur) -> str | None:
        """What a proof not sent puts at risk: the block paid whole that the indicator is
        required for, else the indicator's own worth."""
        group = next(g for g in d.groupes if g.id == ind.groupe)
        if group.regle == "tous_requis" and ind.statut_exercice == "actif":
            worth = self._worth(d, group)
            if worth is None:
                return None
            return (
                f"En jeu{NNBSP}: {_q(group.libelle)} ({worth}), versé seulement si tous ses "
                "indicateurs exigés sont validés."
            )
        worth = self._worth(d, ind)
        return f"En jeu{NNBSP}: {worth}." if worth else None

    def _worth(self, d: Dispositif, holder: Indicateur | Groupe) -> str | None:
        value = holder.points if d.unite == "points" else holder.eur
        return in_unit(d, value) if value is not None else None

    def paid_alone(self, d: Dispositif, ind: Indicateur) -> str | None:
        """What an indicator paid on its own pays, with the blocks it needs ("100 €, à
        condition que « Socle » soit atteint"); None for one paid with its block, or with no
        amount published."""
        groups = {g.id: g for g in d.groupes}
        group = groups[ind.groupe]
        worth = self._worth(d, ind)
        if group.regle == "tous_requis" or worth is None:
            return None
        needs = "".join(
            f", à condition que {_q(groups[p].libelle)} soit atteint" for p in group.prerequis
        )
        return f"{worth}{needs}"

    def _stake(self, d: Dispositif, ind: Indicateur) -> str:
        """What an indicator pays, in one sentence: its own amount and the blocks it needs,
        or the block it is part of."""
        alone = self.paid_alone(d, ind)
        if alone is not None:
            return f"Il verse {alone}."
        group = next(g for g in d.groupes if g.id == ind.groupe)
        if group.regle != "tous_requis":
            return f"Montant {NOT_PUBLISHED}."
        paid = self._worth(d, group) or f"montant {NOT_PUBLISHED}"
        optional = " (facultatif)" if ind.statut_exercice == "optionnel" else ""
        return f"Pas de montant propre{optional}{NNBSP}: il {self._in_block(group, paid)}."

    def paid_in_block(self, d: Dispositif, ind: Indicateur) -> str | None:
        """The block an indicator is paid with, and what it pays ("fait partie de
        « Indicateurs socles », qui verse 490 € si …"); None for one paid on its own, or a
        block with no amount published."""
        group = next(g for g in d.groupes if g.id == ind.groupe)
        paid = self._worth(d, group) if group.regle == "tous_requis" else None
        return self._in_block(group, paid) if paid else None

    @staticmethod
    def _in_block(group: Groupe, paid: str) -> str:
        return (
            f"fait partie de {_q(group.libelle)}, qui verse {paid} si tous ses indicateurs "
            "exigés sont atteints"
        )

    def per_unit(self, text: str, case: Case) -> Fact | None:
        """ "6 interventions, donc 1 800 € ?", "2 étudiants, 2 × 350 = 700 ?": an amount told
        that is a count times what the indicator named pays once; it pays once a year."""
        d = case.dispositif
        named = self.rules.named_in(text, d)
        if named is None:
            return None
        ind = named[0]
        worth = ind.eur if ind.eur is not None else (ind.points or 0) * (d.valeur_point or 0)
        folded = fold(text)
        # any small whole number told may be the count ("j'en ai fait 6 donc 1 800 ?"): the
        # amount must be exactly that many times the worth
        counts = {int(v.value) for v in values(folded) if v.kind == "nombre" and v.value >= 2}
        counts |= {int(m) for m in SMALL_COUNT.findall(folded) if 2 <= int(m) <= 20}
        # (not "… ça me paie les 300 € aller vers ?": another item's worth, named after it)
        said = list(AMOUNT_SAID.finditer(folded))
        others = [
            x
            for (p, _), o in self.rules.kb.dispositifs.items()
            if said and p == case.profession
            for x in o.indicateurs
            if x.id != ind.id
        ]
        amounts = {
            float(re.sub(r"\D", "", m[1] or m[2]))
            for m in said
            if not any(self.rules.names(folded[m.end() : m.end() + 20], x) for x in others)
        }
        # "ça fait 2 x 300 € ?": the product told
        amounts |= {int(m[1]) * float(m[2].replace(" ", "")) for m in PRODUCT_SAID.finditer(folded)}
        times = next((n for n in counts for a in amounts if worth and abs(a - n * worth) < 0.5), 0)
        if not times:
            return None
        fact = self._indicator(case, ind)
        said = (
            f"Non{NNBSP}: {_q(ind.libelle)} verse {fmt_eur(worth)} une fois pour l'exercice, "
            f"quel que soit le nombre{NNBSP}; {times} × {fmt_eur(worth)} ne s'additionnent pas."
        )
        return replace(fact, lignes=(said, *fact.lignes), verdict="non")

    def _indicator(self, case: Case, ind: Indicateur) -> Fact:
        d = case.dispositif
        lines = []
        if ind.statut_exercice == "neutralise":
            lines.append(f"Neutralisé pour l'exercice {case.exercice}{NNBSP}: réputé atteint.")
        lines.append(self._stake(d, ind))
        split = [
            f"{c.libelle}{NNBSP}: {self._worth(d, c)}"  # type: ignore[arg-type]
            for c in ind.composantes
            if (c.points if d.unite == "points" else c.eur) is not None
        ]
        if split:
            lines.append("Par composante" + NNBSP + ": " + " ; ".join(split) + ".")
        lines.append(f"Objectif{NNBSP}: {_target(ind.cible)}.")
        for c in ind.composantes:
            if c.cible.type != "booleen" and ind.cible.type != "moyenne":
                lines.append(f"— {c.libelle}{NNBSP}: {_target(c.cible)}.")
        return _on_indicator(case, ind, "montant", lines, _readings(ind.cible.ambiguite))

    def _last_year_told(
        self, text: str, profession: str, years: list[int], today: dt.date
    ) -> Fact | None:
        """A story of declarations year by year, closed by a question naming no year: the
        last year told, judged on the date its own sentence tells; None otherwise."""
        sentences = SENTENCE_END.split(text.strip())
        if len(sentences) < 3 or YEAR_NAMED.search(sentences[-1]):
            return None
        told: tuple[int, str] | None = None
        for sentence in sentences[:-1]:
            folded = fold(sentence)
            date = _date_told(folded)
            own = {int(y) for y in YEAR_NAMED.findall(folded)} - {date.year if date else 0}
            own &= set(years)
            if len(own) == 1 and date is not None:
                told = (own.pop(), sentence)
        if told is None or told[0] != max(years):
            return None
        case = self.rules.case(profession, told[0], today, ("question", "question"))
        if case is None:
            return None
        return self.fact_for(f"{told[1]} {sentences[-1]}", case, "declaration", today)

    def _dates_over_years(
        self, text: str, profession: str, years: list[int], kind: str, today: dt.date
    ) -> Fact | None:
        """When each of the years named is paid or declared, a line a year; None unless
        each year has its rules."""
        found = []
        for year in years:
            case = self.rules.case(profession, year, today, ("question", "question"))
            fact = self.fact_for(text, case, kind, today) if case is not None else None
            if case is None or fact is None:
                return None
            found.append((case, fact))
        return _dates_side_by_side(found, _years_span(years))

    def _dates_of_schemes(self, text: str, ans: Answer, kind: str, today: dt.date) -> Fact | None:
        """When two schemes named (the FS and the FAMI, the FS and the Donum) are paid or
        declared, a line each, for the year named (or the nearest of the scheme's own) or each
        one's current exercice; None unless both have their date."""
        assert ans.scope is not None
        schemes = ans.scope.schemes
        if len(schemes) != 2 or len(ans.scope.exercices) > 1:
            return None
        # one profession's two schemes: each one asked, not the other named as context
        # (« la Donum, on déclare quand ? comme pour le forfait structure ? »)
        owners = {SCHEME_PROFESSION[k] for k in schemes}
        if len(owners) == 1 and not EACH_ASKED.search(fold(text)):
            return None
        found = []
        for k in schemes:
            profession = SCHEME_PROFESSION[k]
            year = ans.scope.exercices[0] if ans.scope.exercices else None
            year = year or self.rules.index.current_exercice(today, profession, (k,))
            # "mon forfait structure 2025 et mon premier Donum": the one the year is not of,
            # at its first exercice after it (or its last before)
            own = self.rules.scheme_years(profession).get(k, [])
            if year is not None and own and year not in own:
                year = min((y for y in own if y > year), default=max(own))
            case = self.rules.case(profession, year, today, ("question", "question"))
            if case is None or case.dispositif.dispositif != k:
                return None
            fact = self.fact_for(text, case, kind, today)
            if fact is None:
                return None
            found.append((case, fact))
        return _dates_side_by_side(found, " et ".join(_scheme(c.dispositif) for c, _ in found))

    def _asked_of_all(self, text: str, case: Case, kind: str) -> str:
        """ "… 2025 (SAS, CPTS, tout le numérique). Avec la Donum 2026, je peux espérer combien
        au maximum ?": the most of the scheme, asked by the last question, which names none of
        the items the story told; that question alone, else the whole text."""
        if kind != "montant":
            return text
        asking = last_question(text)
        if asking is None or asking == text.strip() or not TOTAL.search(fold(asking)):
            return text
        d = case.dispositif
        if self.rules.named_in(asking, d) or not self.rules.named_in(text, d):
            return text
        # the story is of other years than the one asked ("… pour 2025 (…). Avec la Donum
        # 2026, … au maximum ?"), not the item a pronoun takes up (« elle valait combien ? »)
        told = {int(y) for y in YEAR_NAMED.findall(fold(text))}
        if case.exercice not in {int(y) for y in YEAR_NAMED.findall(fold(asking))}:
            return text
        return asking if told - {case.exercice} else text

    def _closing_total(self, text: str, profession: str, today: dt.date) -> Fact | None:
        """ "FAMI 2023 j'avais eu 590 € (socle + coordination). En 2024 je peux monter
        jusqu'à combien ?": the closing sentence asks the most of its one year and names no
        indicator; the story's year and items are not asked."""
        sentence = SENTENCE_END.split(text.strip())[-1]
        folded = fold(sentence)
        said = {int(y) for y in YEAR_NAMED.findall(folded)}
        if sentence == text.strip() or len(said) != 1 or not TOTAL.search(folded):
            return None
        case = self.rules.case(profession, said.pop(), today, ("question", "question"))
        if case is None or self.rules.named_in(sentence, case.dispositif):
            return None
        scheme = case.dispositif.dispositif
        for year in {int(y) for y in YEAR_NAMED.findall(fold(text))}:
            other = self.rules.case(profession, year, today, ("question", "question"))
            if other is None or other.dispositif.dispositif != scheme:
                return None  # "En 2025 j'avais … au forfait structure. Le max pour 2026 ?"
        if _groups_named(folded, case.dispositif):
            return None
        return self.fact_for(sentence, case, "montant", today)

    def _over_years(
        self, text: str, profession: str, years: list[int], today: dt.date
    ) -> Fact | None:
        """ "sas fs 2021 vs 2022 points": what the indicator named pays and targets in each
        year the question names, a line a year; None unless two of those years name it."""
        lines, sources, found = [], [], []
        cases = {y: self.rules.case(profession, y, today, ("question", "question")) for y in years}
        # "combien chaque année ?": no student's « 6e année »
        folded = fold(text)
        plain = EVERY_YEAR.sub(" ", folded) if EVERY_YEAR.search(folded) else text
        names = {
            y: self.rules.named_in(plain, c.dispositif) if c else None for y, c in cases.items()
        }
        ids = {n[0].id for n in names.values() if n is not None}
        for year in years:
            case, named = cases[year], names[year]
            if case is not None and named is None and len(ids) == 1:
                # "le SAS en 2021 et 2022": 2022's « effectif SAS » makes « SAS » name two;
                # the one the other year names, by its id
                same = next((i for i in case.dispositif.indicateurs if i.id in ids), None)
                named = (same, None) if same is not None else None
            if case is None or named is None:
                lines.append(f"{year}{NNBSP}: indicateur non trouvé dans les règles de l'exercice.")
                continue
            d, (ind, comp) = case.dispositif, named
            alone = components_named(text, ind) if comp is None else []
            if len(alone) == 1:  # "cm at-mp : cible 2022 et 2025": the one rate named
                comp = next(c for c in ind.composantes if c.id == alone[0])
            group = next(g for g in d.groupes if g.id == ind.groupe)
            if group.regle == "tous_requis":
                worth = self._worth(d, group) or NOT_PUBLISHED
                paid = f"compris dans {_q(group.libelle)} ({worth})"
            else:
                own = self._worth(d, comp or ind)
                # "la messagerie patients dans la Donum ?": paid with the ApCV, as one
                whole = self._worth(d, ind) if comp is not None and not own else None
                paid = f"compris dans {_q(ind.libelle)} ({whole})" if whole else own
                paid = paid or f"montant {NOT_PUBLISHED}"
            target = _target((comp or ind).cible)
            whole = _target(ind.cible)
            each = [c for c in ind.composantes if c.id in alone]
            # "cibles AAT et PSE en 2022 et en 2025": each rate's own target, where the
            # indicator states none of its own (not a mean's, nor one shared by all)
            own_targets = all(c.cible.valeur is not None for c in each)
            if comp is None and len(each) > 1 and ind.cible.valeur is None and own_targets:
                target = ", ".join(f"{c.libelle} {_target(c.cible)}" for c in each)
            if comp is not None and comp.cible.valeur is None and whole.startswith("moyenne"):
                # "entre dans la moyenne": the indicator's, with its target
                target = f"entre dans la {whole}"
            lines.append(f"{year}{NNBSP}: {paid}{NNBSP}; objectif{NNBSP}: {target}.")
            sources += [*(comp.sources if comp else ()), *ind.sources, *ind.cible.sources]
            found.append((case, ind, comp))
        if len(found) < 2 or not _one_item(found):
            return None
        worths = [_euros(c.dispositif, x or i) for c, i, x in found]
        if None not in worths and _paid_alone(found):
            # "codage validé en 2023, 2024 et 2025, en tout ?" ("CPTS en 2024 et en 2025, combien
            # sur les deux ans ? et en 2026 ?": the two years it pays)
            some = [c.exercice or 0 for c, _, _ in found] if len(found) < len(years) else None
            lines += _added(text, worths, some)
        if len(found) == 2 and None not in worths and _paid_alone(found):
            first, last = worths[0] or 0, worths[-1] or 0
            if abs(last - first) >= 0.5:  # "revalorisé de combien ?": the gap
                points = [(x or i).points for _, i, x in found]
                said = _moved(first, last)
                if None not in points:  # "60 points, soit 420 € de moins"
                    said = f"{fmt_points(abs((points[-1] or 0) - (points[0] or 0)))}, soit {said}"
                lines.append(f"Écart{NNBSP}: {said} en {years[-1]}.")
        case, ind, comp = found[-1]
        span = _span(years)
        return Fact(
            case,
            "montant",
            ind.id,
            f"{comp.libelle if comp else ind.libelle} — {span}",
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
            indicateur=ind.id,
        )

    def _block_over_years(
        self, text: str, profession: str, years: list[int], today: dt.date
    ) -> Fact | None:
        """ "le volet 1 en 2017 et en 2019, en euros ?": what the block named pays in each
        year, and the gap between two; None unless every year's rules hold that block."""
        if WHY_FIGURES.search(fold(text)) or SEVERAL_BLOCKS.search(fold(text)):
            # "400 points en 2022, pourquoi 280 en 2023 ?": what changed; "socle + toutes
            # les options en 2026, combien en 2027 ?": a total
            return None
        words = set(self.rules.index._stemmer.words(normalise(text).split()))
        lines, sources, found = [], [], []
        for year in years:
            case = self.rules.case(profession, year, today, ("question", "question"))
            g = self.rules._group(words, case.dispositif) if case else None
            if case is None or g is None or (found and found[-1][1].id != g.id):
                return None
            others = [
                x
                for x in case.dispositif.groupes
                if x.id != g.id and all(p in words for p in x.id.split("_"))
            ]
            if others or self.rules.named_in(text, case.dispositif) is not None:
                return None  # "socle + toutes les options", "le SAS en 2020 et en 2022"
            d = case.dispositif
            worth = self._worth(d, g) if g.regle == "tous_requis" else _group_total(d, g)
            lines.append(f"{year}{NNBSP}: {worth or NOT_PUBLISHED}.")
            sources += g.sources
            eur = _value_in(d, g, "eur")
            points = _value_in(d, g, "points")
            if eur is None and points is not None and d.valeur_point:
                eur = points * d.valeur_point
            found.append((case, g, eur))
        (_, _, first), (case, g, last) = found[0], found[-1]
        lines += _added(text, [eur for _, _, eur in found])  # "… 2018 et 2019, en tout ?"
        if len(found) == 2 and first is not None and last is not None and abs(last - first) >= 0.5:
            lines.append(f"Écart{NNBSP}: {_moved(first, last)} en {years[-1]}.")
        span = _span(years)
        return Fact(
            case,
            "montant",
            g.id,
            f"{_short(g.libelle)} — {span}",
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
        )

    def _disputed(self, text: str, profession: str, who: str, today: dt.date) -> Fact | None:
        """ "alimentation du DMP : 40 pts ou 48 pts ?": the exercices in which the indicator
        (or block) named pays each figure; None unless each figure is found in some year."""
        m = DISPUTED.search(fold(text))
        if m is None or not (m.group(2) or m.group(4)):
            return None
        figures = [float(m.group(1)), float(m.group(3))]
        unit = "eur" if "€" in (m.group(2) or m.group(4)) or "euro" in m.group(0) else "points"
        y = self._yearly(text, profession, who, today, unit)
        if y is None or not all(f in y.by_value for f in figures):
            return None
        shown = {f: y.by_value[f] for f in figures}
        lines = [
            *_runs(shown, {}, unit, y.point),
            "Les deux chiffres sont justes, chacun pour ses exercices.",
        ]
        # "volet 2 : 883 ou 835 points ?": for 2024–2025 the sources give both, said so
        notes = {
            n.texte
            for ys in shown.values()
            for year in ys
            if (c := self.rules.case(profession, year, today, ("question", "question")))
            for n in c.dispositif.total_notes()
            if all(fmt_number(f) in n.texte for f in figures)
        }
        if notes:
            lines[-1:] = sorted(notes)
        named = {int(x) for x in YEAR_NAMED.findall(fold(text))}
        held = [f for f in figures if named & set(shown[f])]
        if len(named) == 1 and len(held) == 1 and not isinstance(y.holder, Groupe):
            # "alimentation du DMP en 2023, 40 ou 48 points ?": the year asked's, first (not a
            # block's: the volet 2 of 2024–2025 is 835 or 883 points, as the sources disagree)
            year, f = named.pop(), held[0]
            point = y.case.dispositif.valeur_point
            worth = fmt_eur(f) if unit == "eur" else fmt_points(f)
            if unit == "points" and point:
                worth += f", soit {fmt_eur(f * point)}"
            lines.insert(0, f"Pour l'exercice {year}{NNBSP}: {worth}.")
        years = [x for ys in shown.values() for x in ys]
        return _yearly_fact(y, lines, _years_span(years))

    def _history(self, text: str, profession: str, who: str, today: dt.date) -> Fact | None:
        """ "la prise en charge coordonnée a toujours valu 120 points ?": what the indicator
        (or block) named paid, exercice by exercice; None unless two years name it."""
        folded = fold(text)
        moved = MOVED_FROM.search(folded) and not A_BLOCK.search(folded)
        if not (
            (HISTORY.search(folded) or moved) and (WORTH.search(folded) or SINCE.search(folded))
        ):
            return None
        unit = "eur" if re.search(r"€|\beuros?\b", folded) else "points"
        y = self._yearly(text, profession, who, today, unit)
        if unit == "eur" and y is not None and y.point:
            # "passé de 910 € en 2019 à 490 € en 2020": in points with their euros, as paid
            unit, y = "points", self._yearly(text, profession, who, today, "points") or y
        if y is None:
            return None
        years = sorted([x for ys in y.by_value.values() for x in ys] + list(y.in_block))
        named = {int(x) for x in YEAR_NAMED.findall(folded)}
        gone = self._scheme_after(folded, profession, years[-1], today) if years else None
        # ("en 2026 je touche toujours le SAS via la Donum ?": the year of the later scheme)
        later = gone is not None and named and min(named) > years[-1]
        if len(years) < 2 or (named and not named & set(years) and not later):
            # "… 80 % en 2022. C'est toujours le même objectif en 2025 ?": the bouquet of
            # 2017-2021 is not the indicator of the years asked
            return None
        lines = list(_runs(y.by_value, y.in_block, unit, y.point))
        if gone:  # "avec la Donum il y a toujours les 200 points pour le SAS ?"
            lines.insert(0, f"Non{NNBSP}: {_q(y.holder.libelle)} {gone}.")
        missing = sorted(set(range(years[0], years[-1] + 1)) - set(years))
        if missing:  # "Effectif SAS" beside the SAS in 2022: neither is named alone
            said = ", ".join(map(str, missing))
            lines.append(f"{said}{NNBSP}: non retrouvé sous ce nom dans les règles de l'exercice.")
        if len(y.by_value) == 1 and not y.in_block and not missing:
            lines.append("Le même montant chaque exercice.")
        lines += self._range_added(folded, y, profession, unit, today)
        lines += self._gap_named(folded, y, named, profession, unit, today)
        fact = _yearly_fact(y, lines, f"exercices {years[0]} à {years[-1]}")
        return replace(fact, verdict="non") if gone else fact

    def _scheme_after(self, folded: str, profession: str, last: int, today: dt.date) -> str | None:
        """ "ne fait pas partie de la dotation numérique (Donum), qui commence à l'exercice
        2026 ; son dernier exercice est 2025. Elle verse au plus 2 940 €, pour ses propres
        indicateurs": the question names a scheme of the profession that begins after the last
        year the item was paid; None when it names none."""
        # the scheme named where the question is asked, not in the story ("l'éditeur dit
        # que le forfait structure a été supprimé avec la Donum. À combien s'attendre ?")
        asked = " ".join(x for x in SENTENCE_END.split(folded.strip()) if "?" in x) or folded
        said_years = {int(x) for x in YEAR_NAMED.findall(asked)}
        for key, years in self.rules.scheme_years(profession).items():
            # ("en 2026 je touche toujours les 200 points SAS ?": its year names it)
            if (
                years
                and min(years) > last
                and (SCHEMES[key].search(asked) or said_years & set(years))
            ):
                name = SCHEME_LABELS[key]
                said = (
                    f"ne fait pas partie de {name}, qui commence à l'exercice {min(years)}"
                    f"{NNBSP}; son dernier exercice est {last}"
                )
                case = self.rules.case(profession, min(years), today, ("question", "question"))
                if case is None:
                    return said
                pronoun = "Elle" if name.startswith("la ") else "Il"
                most = fmt_eur(self.rules._most(case.dispositif))
                return f"{said}. {pronoun} verse au plus {most}, pour ses propres indicateurs"
        return None

    def _gap_named(
        self, folded: str, y: Yearly, named: set[int], profession: str, unit: str, today: dt.date
    ) -> list[str]:
        """ "passé de 130 pts en 2019 à 70 pts en 2020, ça m'a fait perdre combien ?": the
        gap in euros between the two years named, each paying its own amount."""
        paid = {x: value for value, ys in y.by_value.items() for x in ys if x in named}
        if len(named) != 2 or len(paid) != 2 or not MOVED_FROM.search(folded):
            return []
        euros = self._yearly_euros(paid, profession, unit, today)
        if euros is None:
            return []
        first, last = (euros[x] for x in sorted(euros))
        if abs(last - first) < 0.5:
            return []
        return [f"Écart{NNBSP}: {_moved(first, last)} en {max(paid)}."]

    def _range_added(
        self, folded: str, y: Yearly, profession: str, unit: str, today: dt.date
    ) -> list[str]:
        """ "… ça m'a rapporté combien au total de 2017 à 2023 ?": the sum of what it paid
        each year of the range, when each one pays its own amount."""
        m = YEAR_RANGE.search(folded)
        if m is None or not _adds_years(folded):
            return []
        first, last = int(m[1]), int(m[2])
        paid = {x: value for value, ys in y.by_value.items() for x in ys if first <= x <= last}
        if len(paid) != last - first + 1:
            return []  # (a year in a block, or not found: no sum)
        euros = self._yearly_euros(paid, profession, unit, today)
        if euros is None:
            return []
        total = sum(euros.values())
        return [f"Sur {first} à {last}{NNBSP}: {fmt_eur(total)}, si atteint chaque année."]

    def _yearly_euros(
        self, paid: dict[int, float], profession: str, unit: str, today: dt.date
    ) -> dict[int, float] | None:
        """Each exercice's amount in euros (points at that exercice's value); None when one
        has no point value."""
        euros = {}
        for x, value in paid.items():
            case = self.rules.case(profession, x, today, ("question", "question"))
            point = case.dispositif.valeur_point if case is not None else None
            if unit == "points" and not point:
                return None
            euros[x] = value * point if unit == "points" and point else value
        return euros

    def _yearly(
        self, text: str, profession: str, who: str, today: dt.date, unit: str
    ) -> Yearly | None:
        """What the block or indicator the question names pays each exercice of the
        profession's schemes; None when no exercice names it."""
        folded = fold(text)
        found: list[tuple[int, Case, Indicateur | Composante | Groupe, float | None, str]] = []
        unnamed: list[tuple[int, Case]] = []  # years where the words name nothing alone
        for years in self.rules.scheme_years(profession).values():
            for year in sorted(years):
                case = self.rules.case(profession, year, today, (who, "question"))
                if case is None:
                    continue
                d = case.dispositif
                named = self.rules.named_in(text, d)
                holders: list[Indicateur | Composante | Groupe] = _groups_named(folded, d)[:1]
                if named is not None:
                    holders.append(named[1] or named[0])
                paid = next((p for h in holders if (p := _paid_in(d, h, unit))), None)
                if paid is None:
                    unnamed.append((year, case))
                else:
                    found.append((year, case, *paid))
        if not found:
            return None
        # one thing over the years: "services aux patients" is not the Donum's "services en
        # ligne", nor is the 2017 SESAM-Vitale the ApCV, though a word names both
        # the thing that pays in its own right the most years (a block's member is not)
        paying = Counter(h.id for _, _, h, v, _ in found if v is not None)
        main = (paying or Counter(h.id for _, _, h, _, _ in found)).most_common(1)[0][0]
        kept = [x for x in found if x[2].id == main]
        for year, case in unnamed:  # « appli carte Vitale » in 2024 also names SESAM-Vitale
            d = case.dispositif
            same = [x for i in d.indicateurs for x in (i, *i.composantes) if x.id == main]
            if same and (paid := _paid_in(d, same[0], unit)):
                kept.append((year, case, *paid))
        kept.sort(key=lambda x: x[0])
        by_value: dict[float, list[int]] = {}
        in_block: dict[int, str] = {}
        sources: list[Source] = []
        for year, _, holder, value, block in kept:
            if value is not None:
                by_value.setdefault(value, []).append(year)
            else:
                in_block[year] = block
            sources += holder.sources
        # named by what paid it last: the FS's ApCV, not the Donum's part of an item
        _, case, holder, _, _ = next((x for x in kept[::-1] if x[3] is not None), kept[-1])
        points = {x[1].dispositif.valeur_point for x in kept}
        return Yearly(
            by_value,
            in_block,
            holder,
            case,
            sources,
            next(iter(points), None) if len(points) == 1 else None,
        )

    def _changes(
        self, text: str, profession: str, who: str, years: list[int], today: dt.date
    ) -> Fact | None:
        """ "qu'est-ce qui était nouveau dans le volet 2 en 2023 par rapport à 2022 ?": for
        the blocks named (else the whole scheme), what each year pays, the indicators added,
        those gone (or moved to another block) and those whose points changed; None unless
        both years are of one scheme, or when the question names an indicator and no block
        (the indicator's figures over the years answer it)."""
        folded = fold(text)
        cases = self.rules.cases(profession, years, today, (who, "question"), one_scheme=True)
        if cases is None:
            return None
        (a, b), (ya, yb) = (cases[0].dispositif, cases[1].dispositif), years
        # "j'ai touché 590 € (socle + coordination) … qu'est-ce qui a changé ?": the blocks of
        # an aside gloss an amount; the question is of the whole scheme
        plain, plain_text = AMOUNT_GLOSS.sub(r"\1 ", folded), AMOUNT_GLOSS.sub(r"\1 ", text)
        if EVERY_YEAR.search(plain):  # "c'est combien chaque année ?": no student's « 6e année »
            plain_text = EVERY_YEAR.sub(" ", plain)
        named = {g.id for g in _groups_named(plain, a) + _groups_named(plain, b)}
        if not named and any(self.rules.named_in(plain_text, d) is not None for d in (a, b)):
            return None
        groups_a, groups_b = {g.id: g for g in a.groupes}, {g.id: g for g in b.groupes}
        lines, sources = [], []
        for gid in sorted(named):
            ga, gb = groups_a.get(gid), groups_b.get(gid)
            if ga is None or gb is None:
                return None
            wa, wb = _value_in(a, ga, a.unite), _value_in(b, gb, b.unite)
            if a.unite == "eur":
                wa, wb = _value_in(a, ga, "eur"), _value_in(b, gb, "eur")
            sa = in_unit(a, wa) if wa is not None else NOT_PUBLISHED
            sb = in_unit(b, wb) if wb is not None else NOT_PUBLISHED
            gap = ""
            if wa is not None and wb is not None and wa != wb:
                way = "de moins" if wb < wa else "de plus"
                diff = abs(wb - wa)
                worth = fmt_eur(diff)
                if b.unite == "points":
                    worth = f"{fmt_points(diff)} ({fmt_eur(diff * (b.valeur_point or 0))})"
                gap = f"{NNBSP}; {worth} {way}"
            lines.append(f"{_q(_short(gb.libelle))}{NNBSP}: {sa} en {ya}, {sb} en {yb}{gap}.")
            sources += [*ga.sources, *gb.sources]
        if not named:
            (pa, ea), (pb, eb) = self._most(a), self._most(b)
            moved_by = ""
            if abs(eb - ea) >= 0.5:  # "2022 vs 2023, quelle différence ?": the gap itself
                # ("l'écart en points et en euros": both, for a scheme in points)
                moved_by = f"{NNBSP}: {_moved(ea, eb, (pa, pb))} en {yb}"
            lines.append(
                f"Au plus {_most_text(pa, ea)} en {ya}, {_most_text(pb, eb)} en {yb}{moved_by}."
            )
            # "le max a baissé entre 2022 et 2023, ils ont enlevé quoi ?": each block's part
            moved = []
            for gb in b.groupes:
                ga = groups_a.get(gb.id)
                wa = _value_in(a, ga, a.unite) if ga else None
                wb = _value_in(b, gb, b.unite)
                if None not in (wa, wb) and wa != wb:
                    moved.append(f"{_q(_short(gb.libelle))} {in_unit(a, wa)} → {in_unit(b, wb)}")
            if moved:
                lines.append(f"Par bloc{NNBSP}: {f'{NNBSP}; '.join(moved)}.")
        inds_a = {i.id: i for i in a.indicateurs if not named or i.groupe in named}
        inds_b = {i.id: i for i in b.indicateurs if not named or i.groupe in named}
        all_b = {i.id: i for i in b.indicateurs}
        unit = "points" if b.unite == "points" else "eur"
        added = [  # with what each pays: "niveau argent, qu'est-ce qui a changé ?"
            i.libelle
            if getattr(i, unit) is None
            else f"{i.libelle} ({in_unit(b, getattr(i, unit))})"
            for k, i in inds_b.items()
            if k not in inds_a
        ]
        gone = []
        for k, i in inds_a.items():
            if k in inds_b:
                continue
            moved = all_b.get(k)
            where = f" (passé dans {_q(_short(groups_b[moved.groupe].libelle))})" if moved else ""
            gone.append(i.libelle + where)
        changed = [
            f"{i.libelle}{NNBSP}: {in_unit(a, before)} → {in_unit(b, after)}"
            for k, i in inds_b.items()
            if k in inds_a
            for before, after in [(getattr(inds_a[k], unit), getattr(i, unit))]
            if None not in (before, after) and before != after
        ]
        # "pourquoi le volet 1 valait 400 points en 2022 et 280 en 2023 ?": an indicator
        # moved from one block to another (the coordination, back to the volet 2 in 2023)
        shifted = [
            f"{i.libelle}{NNBSP}: {_q(_short(groups_a[inds_a[k].groupe].libelle))} → "
            f"{_q(_short(groups_b[i.groupe].libelle))}"
            + (f" ({in_unit(b, getattr(i, unit))})" if getattr(i, unit) is not None else "")
            for k, i in inds_b.items()
            if k in inds_a
            and inds_a[k].groupe != i.groupe
            and inds_a[k].groupe in groups_a
            and i.groupe in groups_b
        ]
        # "qu'est-ce qui a changé dans le FAMI entre 2023 et 2024 ?": a target raised or
        # reworded counts as much as the euros (the SESAM-Vitale version, 80 % → 90 %)
        aimed = {
            k: moved for k, i in inds_b.items() if k in inds_a and (moved := _aimed(inds_a[k], i))
        }
        sep = f"{NNBSP}; "
        if added:
            lines.append(f"Nouveaux en {yb}{NNBSP}: {sep.join(added)}.")
        if gone:
            lines.append(f"Plus là en {yb}{NNBSP}: {sep.join(gone)}.")
        if shifted:
            lines.append(f"Changés de bloc{NNBSP}: {sep.join(shifted)}.")
        if changed:
            lines.append(f"Montants changés{NNBSP}: {sep.join(changed)}.")
        if aimed:
            lines.append(f"Cibles changées{NNBSP}: {sep.join(aimed.values())}.")
        same = "points" if b.unite == "points" else "montants"
        if b.statut == "provisoire" and b.reconduit_de == ya:
            lines.append(f"Aucun texte propre à {yb}{NNBSP}: les règles {ya} sont reconduites.")
        elif not (added or gone or shifted or changed or aimed):
            # "les montants du FAMI ont changé entre 2024 et 2025 ?": the same, and what they
            # are (a scheme in euros lists a few)
            paid = [
                x
                for x in [*b.groupes, *b.indicateurs]
                if b.unite == "eur"
                and x.eur
                and (isinstance(x, Indicateur) or x.regle == "tous_requis")
                and (not named or getattr(x, "groupe", x.id) in named)
            ]
            amounts = ", ".join(f"{_q(_short(x.libelle))} ({fmt_eur(x.eur or 0)})" for x in paid)
            if b.unite == "points":  # "2025 c les mêmes règles que 2024 ?": each block's points
                blocks = [
                    (g, v)
                    for g in b.groupes
                    if (not named or g.id in named) and (v := _value_in(b, g, b.unite))
                ]
                paid = blocks
                amounts = ", ".join(f"{_q(_short(g.libelle))} ({in_unit(b, v)})" for g, v in blocks)
            listed = f"{NNBSP}: {amounts}" if 0 < len(paid) <= MAX_LISTED else ""
            lines.append(f"Mêmes indicateurs et mêmes {same} les deux années{listed}.")
        # the sources of what changed, else of the totals
        touched = (
            {k for k in inds_a.keys() ^ inds_b.keys()}
            | {
                k
                for k, i in inds_b.items()
                if k in inds_a and getattr(i, unit) != getattr(inds_a[k], unit)
            }
            | aimed.keys()
        )
        for i in [*inds_a.values(), *inds_b.values()]:
            sources += i.sources if i.id in touched else []
        if not sources:
            sources = [x for d in (a, b) for t in d.totaux_publies[-1:] for x in t.sources]
        where = " et ".join(_short(groups_b[g].libelle) for g in sorted(named)) or _scheme(b)
        return Fact(
            cases[1],
            "montant",
            sorted(named)[0] if named else "total",
            f"{where} — ce qui change de {ya} à {yb}",
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
            span=f"exercices {ya} et {yb}",
        )

    def _partial_mean(self, text: str, case: Case) -> Fact | None:
        """ "J'ai 55 % de DMT et 70 % d'AAT, je valide le socle ?": some of the rates of an
        indicator judged on their mean, not all; what the others must reach on average."""
        d = case.dispositif
        for ind in d.indicateurs:
            if ind.cible.type != "moyenne" or ind.cible.valeur is None or not ind.composantes:
                continue
            given = _named_rates(text, ind)
            if not 2 <= len(given) < len(ind.composantes):
                continue
            n, target = len(ind.composantes), ind.cible.valeur
            named = [c for c in ind.composantes if c.id in given]
            missing = [c for c in ind.composantes if c.id not in given]
            need = (n * target - sum(float(given[c.id]) for c in named)) / len(missing)
            said = ", ".join(f"{_sigle(c)} {fmt_number(float(given[c.id]))}{NNBSP}%" for c in named)
            others = " et ".join(_sigle(c) for c in missing)
            op = "au moins" if ind.cible.operateur == ">=" else "plus de"
            goal = f"une moyenne {'≥' if op == 'au moins' else '>'} {fmt_number(target)}{NNBSP}%"
            whatever = "quel que soit le taux" if len(missing) == 1 else "quels que soient les taux"
            if need <= 0:
                verdict = f"{goal} est atteinte {whatever} {others}."
            elif need > 100:
                verdict = f"{goal} n'est plus possible, même à 100{NNBSP}% sur {others}."
            else:
                mean = " en moyenne" if len(missing) > 1 else ""
                verdict = (
                    f"il vous faut{mean} {op} {fmt_number(round(need, 2))}{NNBSP}% sur "
                    f"{others} pour {goal} des {n} taux."
                )
            group = next(g for g in d.groupes if g.id == ind.groupe)
            lines = [f"Avec {said}{NNBSP}: {verdict}", _sentence(self._stake(d, ind))]
            return _on_indicator(case, ind, "montant", lines, sources=group.sources)
        return None

    def _groups_compared(self, text: str, case: Case) -> Fact | None:
        """ "la différence entre le socle et les options de la Donum ?": each block named, what
        it pays, how (as a whole, or each indicator its own) and after which block, and its
        indicators; None unless two blocks are named."""
        d = case.dispositif
        groups = _groups_named(fold(text), d)
        if len(groups) < 2:
            return None
        lines, sources = [], []
        for g in groups:
            line, cited = self._block_line(d, g)
            lines.append(line)
            sources += cited
        if TOTAL.search(fold(text)):  # "le maxi en tout (volet 1 + 2) ?": their sum too
            lines += self.total(case).lignes[:1]
        return Fact(
            case,
            "montant",
            groups[0].id,
            f"{' et '.join(g.libelle for g in groups)} — {_scheme(d)}",
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
        )

    def _blocks_across(
        self, folded: str, ans: Answer, who: str, years: list[int], today: dt.date
    ) -> Fact | None:
        """ "le volet 1 du forfait structure 2025 et le socle du Donum, mêmes conditions ?":
        one block of each scheme, each year's (the one named, else the scheme's nearest), with
        what it pays and its indicators; None unless each scheme names exactly one block."""
        assert ans.profession is not None and ans.scope is not None
        both = self._schemes_years(ans.profession, ans.scope.schemes, years)
        cases = self.rules.cases(ans.profession, both, today, (who, "question"))
        if cases is None or len(cases) != 2:
            return None
        lines, sources, named = [], [], []
        for case in cases:
            d = case.dispositif
            groups = _groups_named(folded, d)
            if len(groups) != 1:
                return None
            line, cited = self._block_line(d, groups[0])
            lines.append(f"{_scheme(d)}{NNBSP}: {line}")
            sources += cited
            named.append(groups[0].libelle)
        last = cases[-1]
        return Fact(
            last,
            "montant",
            _groups_named(folded, last.dispositif)[0].id,
            f"{' et '.join(_short(n) for n in named)} — "
            + " et ".join(_scheme(c.dispositif) for c in cases),
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
            span=f"exercices {both[0]} et {both[1]}",
        )

    def _no_longer(self, text: str, case: Case, ind: Indicateur, then: Dispositif) -> Fact:
        """ "Rien : « … » n'est plus un indicateur en Donum 2026 ; il l'était en forfait
        structure 2025, où il versait 840 €", then what the scheme pays instead, its own
        indicators all met; « Non » (a verdict) when a yes/no is asked rather than an amount."""
        d = case.dispositif
        paid = self._worth(then, ind)
        before = f", où il versait {paid}" if paid else ""
        said = "Rien" if AMOUNT.search(fold(text)) else "Non"
        lines = (
            f"{said}{NNBSP}: {_q(ind.libelle)} n'est plus un indicateur {_of_scheme(d)}{NNBSP}; "
            f"il l'était {_of_scheme(then)}{before}.",
            f"{_q(_scheme(d))} verse au plus {_most_text(*self._most(d))}, ses propres "
            "indicateurs tous atteints.",
        )
        return Fact(
            case,
            "montant",
            ind.id,
            f"{ind.libelle} — {_scheme(d)}",
            lines,
            (),
            _labels([*ind.sources, *d.sources]),
            verdict="non" if said == "Non" else None,
        )

    def _indicator_across(
        self, text: str, ans: Answer, years: list[int], today: dt.date
    ) -> Fact | None:
        """ "les ordonnances numériques, c'était combien dans le forfait structure et dans le
        Donum ?": the target and the worth of the indicator each scheme names; None unless
        both name one with an amount of its own."""
        assert ans.profession is not None
        who = ans.profession_source or "question"
        cases = self.rules.cases(ans.profession, years, today, (who, "question"))
        if cases is None or len(cases) != 2:
            return None
        lines, sources = [], []
        first: Indicateur | None = None
        for case in cases:
            d = case.dispositif
            named = self.rules.named_in(text, d)
            worth = self._worth(d, named[0]) if named is not None else None
            if named is None and first is not None and d.id != cases[0].dispositif.id:
                # "la CPTS dans le forfait structure, et dans la Donum ?": the later scheme
                # has no such indicator
                return self._no_longer(text, case, first, cases[0].dispositif)
            if named is None or worth is None:
                return None
            ind = named[0]
            first = first or ind
            goal = f"objectif {_target(ind.cible)}, " if ind.cible.type != "booleen" else ""
            lines.append(f"{_scheme(d)}{NNBSP}: {_q(ind.libelle)}{NNBSP}: {goal}{worth}.")
            sources += ind.sources
        last = cases[-1]
        assert first is not None
        return Fact(
            last,
            "montant",
            first.id,
            " et ".join(_scheme(c.dispositif) for c in cases),
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
            span=f"exercices {years[0]} et {years[1]}",
        )

    def _block_line(self, d: Dispositif, g: Groupe) -> tuple[str, list[Source]]:
        """A block's line: what it pays and how, after which block, and its indicators."""
        names = {x.id: _q(x.libelle) for x in d.groupes}
        members = [i for i in d.indicateurs if i.groupe == g.id]
        if g.regle == "tous_requis":
            worth = self._worth(d, g) or f"montant {NOT_PUBLISHED}"
            how = f"{worth}, versés en bloc si tous ses indicateurs sont atteints"
        else:
            how = f"au plus {_group_total(d, g)}, chaque indicateur versant le sien"
        after = "".join(f", à condition que {names[p]} soit atteint" for p in g.prerequis)
        listed = "\u202f; ".join(i.libelle for i in members)
        line = f"{names[g.id]}{NNBSP}: {how}{after}. Indicateurs{NNBSP}: {listed}."
        return line, [*g.sources, *(x for i in members for x in i.sources)]

    def _totals_over_years(
        self, text: str, profession: str, years: list[int], today: dt.date
    ) -> Fact | None:
        """ "entre fs 2022 et fs 2023 le max a baissé de cb ?": the scheme's maximum in each
        year named, and the change between two; None when the question names an indicator
        or a block, or no maximum."""
        folded = fold(text)
        if not (TOTAL.search(folded) or any(rx.search(folded) for rx in SCHEMES.values())):
            return None
        cases = self.rules.cases(profession, years, today, ("question", "question"))
        if cases is None:
            return None
        # "… un socle à 280 points et sept options. Pour 2026 et 2027, quel maximum annuel ?":
        # the closing sentence asks the years' maxima; the story told the rest
        plain = _most_asked_last(text) or folded
        plain = EVERY_YEAR.sub(" ", plain)  # "combien chaque année ?": no student's 6e année
        # "entre l'exercice 2022 et l'exercice 2023": the years' label, no FSE rate's words
        plain = YEAR_LABEL.sub(" ", plain)
        plain = REPLACES.sub(" ", plain)  # "celui de la dotation numérique qui le remplace"
        plain = ALL_BLOCKS.sub(" ", plain)  # "volets 1 et 2 confondus": the whole scheme
        plain = A_DOCTOR.sub(" ", plain)  # "un médecin veut comparer …": no « médecin traitant »
        for case in cases:
            d = case.dispositif
            if self.rules.named_in(plain, d) or _groups_named(plain, d):
                return None
            if self.rules._mentions(plain, d):
                return None
        lines, sources, most = [], [], []
        counted: list[float | None] = []
        for case in cases:
            d = case.dispositif
            points, eur = self._most(d)
            head = _most_text(points, eur)
            unsure = any(x.confiance == "secondaire" for x in d.sources)
            doubt = f" (sources secondaires{NNBSP}: à confirmer auprès de votre CPAM)" * unsure
            said = [x for x in (_parts_of_most(d), doubt.strip()[1:-1]) if x]
            told = f" ({f'{NNBSP}; '.join(said)})" if said else ""
            lines.append(f"{case.exercice}{NNBSP}: au plus {head}{told}.")
            # the FS 2025's 7 805 or 8 141 €: the doubt said with its figure
            doubts = d.total_notes()
            lines += [f"{case.exercice}{NNBSP}: {a.texte}" for a in doubts]
            sources += [x for a in doubts for x in a.sources]
            published = d.totaux_publies[-1] if d.totaux_publies else None
            sources += list(published.sources if published else d.sources)
            most.append(eur)
            counted.append(points)
        # ("fami 2025 tout au max. 2026 pareil. total ?": the years' sum, in so many words)
        summed = (
            BOTH_SUMMED.search(folded) or YEARS_PLUS.search(folded) or TOTAL_ASKED.search(folded)
        )
        if (
            len(most) == 3
            and None not in most
            and (ALL_THREE_SUMMED.search(folded) or TOTAL_ASKED.search(folded))
        ):
            # "FAMI au max en 2024, pareil en 2025 et en 2026. Ça fera combien sur les 3 ans ?"
            lines.append(
                f"Sur les 3 exercices{NNBSP}: au plus {fmt_eur(sum(x or 0 for x in most))}."
            )
        if len(most) == 2 and None not in most and summed:
            # "si je valide tout en 2024 et en 2025, combien de fami cumulé sur les 2 ans ?",
            # "max fami sur 2025 + 2026 ?"
            lines.append(f"Sur les deux exercices{NNBSP}: au plus {fmt_eur(sum(most))}.")
        elif len(most) == 2 and most[0] == most[1]:
            lines.append("Même maximum les deux années.")
        elif len(most) == 2:
            # "Soit 222 points (1 554 €) de moins …"
            moved = _moved(most[0], most[1], (counted[0], counted[1]))
            line = f"Soit {moved} en {years[1]} qu'en {years[0]}"
            others = [
                (at, a.autre_maximum)
                for at, c in enumerate(cases)
                for a in c.dispositif.total_notes()
                if a.autre_maximum is not None
            ]
            if len(others) == 1:
                # "7 805 € ou 8 141 € en 2025": the gap to the other maximum said beside
                ((at, other),) = others
                ends = [other.eur if i == at else most[i] or 0 for i in (0, 1)]
                gap = abs(ends[1] - ends[0])
                said = fmt_eur(gap) if gap >= 0.5 else "aucune différence"
                line += f" (ou {said}, avec le maximum de {fmt_eur(other.eur)} en {years[at]})"
            lines.append(line + ".")
        last = cases[-1]
        span = _span(years)
        scheme = _scheme(last.dispositif).replace(str(last.exercice), span)
        if len({c.dispositif.dispositif for c in cases}) > 1:  # the FS against the Donum
            scheme = " et ".join(_scheme(c.dispositif) for c in cases)
            had = HAD_AMOUNT.search(folded)
            if had and LOSS.search(folded) and most[-1] is not None:
                # "jtouchais 5200 e de forfait structure, avec le donum au mieux je perds
                # combien ?": the amount told against the new scheme's most
                told_eur = float(re.sub(r"\D", "", had["eur"]))
                if told_eur > most[-1]:
                    lines.append(
                        f"Par rapport à vos {fmt_eur(told_eur)}{NNBSP}: au mieux "
                        f"{fmt_eur(most[-1])} en {years[-1]}, soit au moins "
                        f"{fmt_eur(told_eur - most[-1])} de moins."
                    )
        return Fact(
            last,
            "montant",
            "total",
            f"Montant maximal — {scheme}",
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
            span=f"exercices {span}",
        )

    def _schemes_years(
        self, profession: str, schemes: tuple[str, ...], years: list[int]
    ) -> list[int]:
        """ "la Donum comparée au forfait structure 2023": the year named for the scheme it
        belongs to, the other one's nearest exercice (the FS's last, the Donum's first)."""
        found = []
        all_years = self.rules.scheme_years(profession)
        ordered = sorted(schemes, key=lambda k: min(all_years.get(k, [9999])))
        for i, k in enumerate(ordered):
            own = [y for y in years if y in all_years.get(k, [])]
            if own:
                found.append(own[0])
            elif all_years.get(k):
                found.append(max(all_years[k]) if i == 0 else min(all_years[k]))
        return sorted(found)

    def _proof(self, case: Case, ind: Indicateur) -> Fact | None:
        """What the indicator asks as proof: none when it is measured by the Assurance
        Maladie, else the justificatif its rules give; None when they give none."""
        d = case.dispositif
        if ind.type == "automatise" and ind.justificatif is None:
            lines = [
                f"Aucun justificatif à envoyer{NNBSP}: l'indicateur est mesuré automatiquement "
                "par l'Assurance Maladie à partir de vos données."
            ]
            sources = _labels(list(ind.sources))
        elif ind.justificatif is not None:
            j = ind.justificatif
            lines = [
                f"Justificatif{NNBSP}: {_sentence(j.texte)}",
                f"Quand{NNBSP}: {_sentence(j.quand)}",
            ]
            if ind.type != "automatise":  # "… ou ça remonte tout seul ?"
                lines.append(HOW_IT_COMES[ind.type])
            sources = _labels(list(j.sources))
        else:
            return None
        return Fact(
            case,
            "justificatif",
            ind.id,
            f"Justificatif — {ind.libelle} — {_scheme(d)}",
            tuple(lines),
            (),
            sources,
            indicateur=ind.id,
        )

    def _not_an_indicator(
        self, text: str, case: Case, today: dt.date, worth: bool = False
    ) -> Fact | None:
        """ "le socle de la Donum exige encore les horaires dans l'annuaire ?": an indicator
        of an earlier exercice (the last one naming it) that the case's scheme does not have;
        what that scheme's blocks paid whole require instead, or (`worth`, an amount asked)
        what it paid in that exercice. None when no earlier exercice names one it lacks."""
        d = case.dispositif
        here = {i.id for i in d.indicateurs}
        earlier = [
            s
            for s in self.rules.statuses(case.profession, today)
            if s.exercice is not None and case.exercice and s.exercice < case.exercice
        ]
        for s in sorted(earlier, key=lambda s: -(s.exercice or 0)):
            named = self.rules.named_in(text, s.dispositif)
            said = self.rules._stems(SCHEME_NAMES.sub(" ", fold(text)))
            own = named and self._own_name(named[0])
            if named is None or not own or not own & said:
                continue  # named by its own libellé's words (not its notes, nor the FAQ's)
            if named[0].id in here:
                return None
            ind = named[0]
            if worth:
                return self._no_longer(text, case, ind, s.dispositif)
            lines = [
                f"Non{NNBSP}: {_q(ind.libelle)} n'est plus un indicateur {_of_scheme(d)}{NNBSP}; "
                f"il l'était {_of_scheme(s.dispositif)}."
            ]
            for g in d.groupes:
                if g.regle == "tous_requis":
                    members = [i.libelle for i in d.indicateurs if i.groupe == g.id]
                    listed = "\u202f; ".join(members)
                    lines.append(f"{_q(g.libelle)} exige{NNBSP}: {listed}.")
            return Fact(
                case,
                "obligatoire",
                ind.id,
                f"{ind.libelle} — {_scheme(d)}",
                tuple(lines),
                (),
                _labels([*ind.sources, *(x for g in d.groupes for x in g.sources)]),
                verdict="non",
            )
        return None

    def _block_of(self, text: str, ans: Answer, years: list[int], today: dt.date) -> Fact | None:
        """ "la coordo c ds le volet 1 en 2025 comme en 2022 ?": the block the indicator is
        in, the year asked first, then the other years named, with what it pays; « Oui » or
        « Non » when the question names one block. Asked with no year (« coordination c
        volet 1 ou volet 2 ? on me dit les deux »), every year of the scheme, grouped, when
        the indicator changed blocks."""
        case = self.case_of(ans, today)
        named = self.rules.named_in(text, case.dispositif) if case is not None else None
        if case is None or named is None or ans.profession is None:
            return None
        ind = named[0]
        elsewhere = [i.id for i in case.dispositif.indicateurs if i.groupe != ind.groupe]
        if self.rules.also_named(text, case.dispositif, elsewhere, besides=ind.id):
            return None  # "les certificats AT-MP entrent dans le socle avec les arrêts ?": two
        sources = (ans.profession_source or "question", "question")
        others = [self.rules.case(ans.profession, y, today, sources) for y in years]
        cases = [case, *(c for c in others if c is not None and c.exercice != case.exercice)]
        if ans.exercice_source != "question":
            scheme = self.rules.scheme_years(ans.profession).get(case.dispositif.dispositif, [])
            every = [self.rules.case(ans.profession, y, today, sources) for y in sorted(scheme)]
            placed = [(c, _block_key(c, ind)) for c in every if c is not None]
            if len({key for _, key in placed if key}) > 1:
                lines = []  # each run of years in one block, in order, the last one's worth
                for key, run in itertools.groupby(placed, key=lambda x: x[1]):
                    found = [c for c, _ in run]
                    first, last = found[0].exercice, found[-1].exercice
                    when = f"En {first}" if first == last else f"De {first} à {last}"
                    if key is None:
                        lines.append(f"{when}, {_no_indicator(ind)}")
                    elif first <= (case.exercice or 0) <= last:  # the year assumed: its worth
                        lines.append(f"{when}, {self._placed(case, ind)}")
                    else:
                        group = next(g for g in found[-1].dispositif.groupes if g.id == key[0])
                        required = ", exigé" if key[1] else ""
                        lines.append(f"{when}, il est dans {_q(_short(group.libelle))}{required}.")
                return _on_indicator(case, ind, "groupe", lines)
        lines = [f"En {c.exercice}, {self._placed(c, ind) or _no_indicator(ind)}" for c in cases]
        folded = fold(text)
        blocks = [g for g, words in BLOCK_WORDS.items() if words in folded]
        if "volet 1 ou" in folded or EITHER_BLOCK.search(folded):
            blocks = ["volet_1", "volet_2"]  # "dans le socle ou en option ?": no « Non »
        verdict = None
        mine = next((i for i in case.dispositif.indicateurs if i.id == ind.id), None)
        if len(blocks) == 1 and mine is not None and mine.statut_exercice == "neutralise":
            # "le cahier des charges SESAM-Vitale compte ou pas dans le volet 1 en 2023 ?": in
            # the block, but it does not count that year
            verdict = "non"
            block = next(g for g in case.dispositif.groupes if g.id == mine.groupe)
            lines[0] = (
                f"Non{NNBSP}: en {case.exercice}, il est neutralisé{NNBSP}: il ne compte pas pour "
                f"{_q(block.libelle)} (réputé atteint)."
            )
        elif len(blocks) == 1 and mine is not None:
            verdict = "oui" if mine.groupe == blocks[0] else "non"
            lines[0] = f"{verdict.capitalize()}{NNBSP}: {lines[0][0].lower()}{lines[0][1:]}"
            claimed = next((g for g in case.dispositif.groupes if g.id == blocks[0]), None)
            worth = self._worth(case.dispositif, claimed) if claimed is not None else None
            said = re.search(r"\d ?(points?|pts|€|euros?)\b", folded)
            if verdict == "non" and claimed is not None and worth is not None and said:
                # "… le volet 1 c'était 400 points avec la coordination dedans ?": what the
                # block named pays without it
                count = sum(1 for i in case.dispositif.indicateurs if i.groupe == claimed.id)
                lines.append(
                    f"En {case.exercice}, {_q(claimed.libelle)} verse {worth} pour ses "
                    f"{count} indicateur{'s' if count > 1 else ''}."
                )
        return _on_indicator(case, mine or ind, "groupe", lines, verdict=verdict)

    def _placed(self, case: Case, ind: Indicateur) -> str | None:
        """ "il est dans « Volet 2 » ; il verse 120 points…": where the indicator is that
        exercice, and what it pays; None when the exercice has no such indicator."""
        d = case.dispositif
        mine = next((i for i in d.indicateurs if i.id == ind.id), None)
        if mine is None:
            return None
        groups = {g.id: g for g in d.groupes}
        group = groups[mine.groupe]
        if group.regle == "tous_requis":
            paid = self._worth(d, group) or f"un montant {NOT_PUBLISHED}"
            # "optionnel en 2022": in the block, not required by it that year
            how = {
                "optionnel": "facultatif cette année-là",
                "neutralise": "neutralisé cette année-là (réputé atteint)",
            }.get(mine.statut_exercice, "exigé")
            return (
                f"il est dans {_q(group.libelle)}, {how}, sans montant propre (le bloc verse "
                f"{paid})."
            )
        worth = self._worth(d, mine)
        needs = "".join(f", si {_q(groups[p].libelle)} est atteint" for p in group.prerequis)
        pays = f"{NNBSP}; il verse {worth}{needs}" if worth else ""
        return f"il est dans {_q(group.libelle)}{pays}."

    def _target_then(self, folded: str, fact: Fact, ind: Indicateur) -> Fact:
        """A target quoted, checked (`_target_checked`); a wrong one that a later exercice of
        the same scheme sets is said with its year (« 80 % dès 2026 ? » : 60 %, 80 % from
        2028)."""
        checked = _target_checked(folded, fact, ind)
        case = checked.case
        if checked.verdict != "non" or case.exercice is None:
            return checked
        for year in range(case.exercice + 1, case.exercice + 5):
            later = self.rules.kb.dispositifs.get((case.profession, str(year)))
            if later is None or later.dispositif != case.dispositif.dispositif:
                break
            then = next((i for i in later.indicateurs if i.id == ind.id), None)
            if then is None or then.cible.valeur == ind.cible.valeur:
                continue
            line = f"À partir de l'exercice {year}{NNBSP}: {_target(then.cible)}."
            return replace(checked, lignes=(checked.lignes[0], line, *checked.lignes[1:]))
        return checked

    def _target_before(self, text: str, fact: Fact, comp: Composante | None) -> Fact:
        """ "le seuil de télétransmission FSE d'un médecin ?" in the Donum's first year: the
        rate is now one of a mean's, so the target it had on its own in the scheme before,
        until that scheme's last exercice, is said too."""
        case = fact.case
        if comp is None or case.exercice is None or not TARGET_WORDS.search(fold(text)):
            return fact
        then = self.rules.kb.dispositifs.get((case.profession, str(case.exercice - 1)))
        if then is None or then.dispositif == case.dispositif.dispositif:
            return fact
        named_then = self.rules.named_in(text, then)
        before = named_then[0] if named_then is not None else None
        if before is None or before.cible.type != comp.cible.type:
            return fact
        label = SCHEME_LABELS.get(then.dispositif, then.libelle)
        line = (
            f"Jusqu'à l'exercice {then.exercice}, dans {label}{NNBSP}: {_q(before.libelle)}, "
            f"objectif {_target(before.cible)}."
        )
        return replace(fact, lignes=(*fact.lignes, line))

    def _required(self, case: Case, ind: Indicateur, optional: bool = False) -> Fact:
        """Whether the indicator is required: a required indicator of a group paid as a block
        (and of what depends on it), or one that pays on its own, or optional, or neutralised.
        `optional`: the question asks the opposite (« c'est dans les optionnels ? »), so the
        « Oui » and « Non » are swapped, what is said stays."""
        d = case.dispositif
        groups = {g.id: g for g in d.groupes}
        group = groups[ind.groupe]
        if ind.statut_exercice == "neutralise":
            verdict = "non"
            lines = [f"Non{NNBSP}: neutralisé pour l'exercice {case.exercice}, réputé atteint."]
        elif ind.statut_exercice == "optionnel" or group.regle != "tous_requis":
            verdict = "non"
            worth = self._worth(d, ind)
            pays = f"{NNBSP}: il verse {worth} s'il est atteint" if worth else ""
            needs = "".join(f", si {_q(groups[p].libelle)} est atteint" for p in group.prerequis)
            # "optionnel en 2022" within a block paid whole: the block is said
            within = f" dans {_q(_short(group.libelle))}" if group.regle == "tous_requis" else ""
            lines = [f"Non, facultatif{within}{pays}{needs}{NNBSP}; sans lui, le reste est versé."]
        else:
            verdict = "oui"
            paid = self._worth(d, group) or f"un montant {NOT_PUBLISHED}"
            tail = _unpaid_after(d, group)
            lines = [
                f"Oui{NNBSP}: c'est un indicateur exigé pour {_q(group.libelle)}. Sans lui, "
                f"{_q(group.libelle)} ({paid}) n'est pas versé{tail}."
            ]
        if optional:
            verdict = "non" if verdict == "oui" else "oui"
            first = lines[0].removeprefix("Oui").removeprefix("Non")
            lines[0] = ("Oui" if verdict == "oui" else "Non") + first
        lines.append(f"Objectif{NNBSP}: {_target(ind.cible)}.")
        readings = _readings(ind.cible.ambiguite)
        return _on_indicator(case, ind, "obligatoire", lines, readings, verdict=verdict)

    def _segur_since(self, case: Case) -> int | None:
        """The first exercice after the case's whose scheme requires « Ségur » software."""
        later = [
            d
            for d in self.rules._by_profession.get(case.profession, [])
            if d.exercice and case.exercice and d.exercice > case.exercice and _says_segur(d)
        ]
        return min((d.exercice for d in later if d.exercice), default=None)

    def _items_of(self, folded: str, case: Case) -> Fact | None:
        """The items of the block a question asks the list of: the volet 2's when named,
        else the block that gates the others (socle, volet 1)."""
        d = case.dispositif
        second = re.search(r"\bvolet (2|deux)\b", folded)
        group = next(
            (g for g in d.groupes if (g.id == "volet_2" if second else g.regle == "tous_requis")),
            None,
        )
        if group is None:
            return None
        # "quels indicateurs du volet 2 dois-je déclarer moi-même ?": which are declared
        declared = bool(re.search(r"\b(declar\w*|attestation|saisi\w*|moi-meme)\b", folded))
        return self._group(case, group, declared)

    def _group(self, case: Case, group: Groupe, declared: bool = False) -> Fact:
        """What a group pays and its members; with `declared`, how each member is declared
        (« à déclarer », « pré-rempli, à vérifier », « relevé par la caisse »)."""
        d = case.dispositif
        members = [i for i in d.indicateurs if i.groupe == group.id]
        lines = []
        worth = self._worth(d, group)
        if group.regle == "tous_requis":
            paid = worth or f"un montant {NOT_PUBLISHED}"
            required = [i for i in members if i.statut_exercice not in ("optionnel", "neutralise")]
            count = f"ses {len(required)} indicateurs exigés sont tous atteints"
            if len(required) == 1:
                count = "son indicateur exigé est atteint"
            aside = [i for i in members if i not in required]
            if aside:  # "ses 3 indicateurs exigés" above four lines: the fourth is not one
                kinds = {"optionnel": "facultatif", "neutralise": "neutralisé"}
                marks = sorted({kinds[i.statut_exercice] for i in aside})
                count += (
                    f" (celui marqué {marks[0]} ne compte pas)"
                    if len(aside) == 1
                    else f" (ceux marqués {' ou '.join(m + 's' for m in marks)} ne comptent pas)"
                )
            lines.append(f"Il verse {paid} si {count}{NNBSP}:")
            for i in members:
                tag = {"optionnel": " (facultatif)", "neutralise": " (neutralisé)"}.get(
                    i.statut_exercice, ""
                )
                said = any(w in fold(i.libelle) for w in ("optionnel", "facultatif", "neutralis"))
                how = HOW_DECLARED[i.type] if declared and (said or not tag) else ""
                lines.append(f"— {i.libelle}{how}{'' if said else tag}")
            if group.ambiguite is not None:
                lines.append(self._without(d, group, group.ambiguite))
        else:
            paid = [(i, self._worth(d, i)) for i in members]
            shown = _group_total(d, group)
            lines.append(f"Chaque indicateur verse son propre montant, {shown} au plus{NNBSP}:")
            for i, w in paid:
                how = HOW_DECLARED[i.type] if declared else ""
                lines.append(f"— {i.libelle}{how}{NNBSP}: {w or NOT_PUBLISHED}")
            for p in group.prerequis:
                other = next(g for g in d.groupes if g.id == p)
                lines.append(f"Versé seulement si {_q(other.libelle)} est atteint.")
        return Fact(
            case,
            "montant",
            group.id,
            f"{group.libelle} — {_scheme(d)}",
            tuple(lines),
            _readings(group.ambiguite),
            _labels(group.sources),
        )

    def _points_claimed(self, folded: str, case: Case, group: Groupe, fact: Fact) -> Fact:
        """ "le volet 1 du forfait structure, c'est bien 400 points ?", "le socle de la FAMI
        2025 est passé à 590 €, c'est exact ?": the points (or the FAMI's euros) claimed set
        against the block's, « Oui » or « Non » first, with the years it was worth that."""
        d = case.dispositif
        # the scheme's own unit: points, or euros for the FAMI (« le socle est passé à 590 € »)
        in_points = d.unite == "points"
        unit, shown = (CLAIMED_POINTS, fmt_points) if in_points else (CLAIMED_AMOUNT, fmt_eur)
        told = {int(re.sub(r"\D", "", m[1])) for m in unit.finditer(folded)}
        value = group.points if in_points else group.eur
        if len(told) != 1 or value is None or not POINTS_CHECKED.search(folded):
            return fact
        figures = {
            n
            for n in re.findall(r"(?<![\d,./])\d{2,4}\b", folded)
            if not re.fullmatch(r"20[1-3]\d", n)
        }
        if not in_points and len(figures) > 1:
            return fact  # "490 €, ça fait 98 € par indicateur ? si j'en valide 4, 392 ?"
        claimed = told.pop()
        worth = f"{shown(value)} pour l'exercice {case.exercice}"
        if abs(claimed - value) < 0.5:
            return replace(fact, lignes=(f"Oui{NNBSP}: {worth}.", *fact.lignes), verdict="oui")
        years = sorted(
            x.exercice
            for x in self.rules.kb.dispositifs.values()
            if x.dispositif == d.dispositif
            and x.exercice
            and any(
                g.id == group.id and (g.points if in_points else g.eur) == claimed
                for g in x.groupes
            )
        )
        said = f"Non{NNBSP}: {worth}, pas {shown(claimed)}."
        if years:
            said = (
                f"Non pour l'exercice {case.exercice}{NNBSP}: {shown(value)}. "
                f"{shown(claimed)}, c'était pour {_exercices(years)}."
            )
        return replace(fact, lignes=(said, *fact.lignes), verdict="non")

    def _raised_after(self, case: Case, group: Groupe, fact: Fact) -> Fact:
        """The group's targets that a later exercice of the same scheme, already published,
        changes, each from its first year; or that none does, in the years known."""
        d = case.dispositif
        later = sorted(
            (
                x
                for x in self.rules.kb.dispositifs.values()
                if x.dispositif == d.dispositif and x.exercice and x.exercice > (d.exercice or 0)
            ),
            key=lambda x: x.exercice or 0,
        )
        said, seen, cited = [], set(), []
        for x in later:
            for i in x.indicateurs:
                now = next((j for j in d.indicateurs if j.id == i.id), None)
                if now is None or now.groupe != group.id or i.id in seen:
                    continue
                before = {c.id: c.cible for c in now.composantes}
                moved = [
                    c.cible
                    for c in i.composantes
                    if c.id in before and c.cible.valeur != before[c.id].valeur
                ]
                if i.cible.valeur is not None and i.cible.valeur != now.cible.valeur:
                    moved.append(i.cible)
                values_ = {(c.operateur, c.valeur) for c in moved if c.valeur is not None}
                if len(values_) != 1:
                    continue
                seen.add(i.id)
                cited += i.sources
                operator, value = values_.pop()
                sign = {">=": "≥", ">": ">"}.get(operator or "", "")
                said.append(
                    f"En {x.exercice}, l'objectif de {_q(now.libelle)} passe à {sign} "
                    f"{fmt_number(value or 0)}{NNBSP}%."
                )
        if not said:
            last = max((x.exercice or 0 for x in later), default=d.exercice)
            said = [f"Aucun changement d'objectif publié jusqu'à l'exercice {last}."]
        sources = tuple(dict.fromkeys((*fact.sources, *_labels(cited))))
        return replace(fact, lignes=(*fact.lignes, *said), sources=sources)

    def _blocks(self, case: Case, groups: list[Groupe], targets: bool = False) -> Fact:
        """What each group named pays at most, then the scheme's maximum; with `targets`
        (« les seuils des options … et le socle ? »), each indicator's target under its group."""
        d = case.dispositif
        lines = []
        for g in groups:
            lines.append(f"{g.libelle}{NNBSP}: {self._group_most(d, g)}.")
            if targets:
                lines += [_target_line(i) for i in d.indicateurs if i.groupe == g.id]
        lines += self.total(case).lignes[:1]
        return Fact(
            case,
            "montant",
            "+".join(g.id for g in groups),
            f"{' et '.join(_short(g.libelle) for g in groups)} — {_scheme(d)}",
            tuple(lines),
            _readings(next((g.ambiguite for g in groups if g.ambiguite), None)),
            _labels([s for g in groups for s in g.sources]),
        )

    def _group_most(self, d: Dispositif, group: Groupe) -> str:
        """A group's amount: its own, else the sum of its indicators'."""
        return self._worth(d, group) or f"{_group_total(d, group)} au plus"

    def _without(self, d: Dispositif, group: Groupe, a: Ambiguite) -> str:
        """What a group pays without its optional indicator, when the texts read it two ways:
        the range."""
        absent = next(i for i in d.indicateurs if i.id == a.sans)
        unit = "points" if d.unite == "points" else "eur"
        values = sorted(getattr(lecture, unit) or 0 for lecture in a.lectures)
        if d.unite == "points":
            low, high = (f"{fmt_points(v)} ({fmt_eur(v * (d.valeur_point or 0))})" for v in values)
        else:
            low, high = (fmt_eur(v) for v in values)
        return (
            f"Sans {_q(absent.libelle)}{NNBSP}: {low} ou {high} selon la lecture des textes "
            "(ci-dessous)."
        )

    def _points_over_years(self, profession: str, years: list[int], today: dt.date) -> Fact | None:
        """The point's value in each year named; None unless each is a scheme in points."""
        found = [self.rules.case(profession, y, today, ("question", "question")) for y in years]
        cases = [c for c in found if c is not None and c.dispositif.unite == "points"]
        if len(cases) < len(found):
            return None
        lines = [
            f"{c.exercice}{NNBSP}: 1 point = {fmt_eur(c.dispositif.valeur_point or 0)}."
            for c in cases
        ]
        values = {c.dispositif.valeur_point for c in cases}
        each = "les deux années" if len(cases) == 2 else "chaque année"
        lines.append(f"La même valeur {each}." if len(values) == 1 else "Des valeurs différentes.")
        last = cases[-1]
        sources = [x for c in cases for x in c.dispositif.valeur_point_sources]
        return Fact(
            last,
            "montant",
            "point",
            f"Valeur du point — {_scheme(last.dispositif)}",
            tuple(lines),
            (),
            _labels(list(dict.fromkeys(sources))),
        )

    def _point(self, case: Case) -> Fact:
        d = case.dispositif
        return Fact(
            case,
            "montant",
            "point",
            f"Valeur du point — {_scheme(d)}",
            (f"1 point = {fmt_eur(d.valeur_point or 0)}.",),
            (),
            _labels(d.valeur_point_sources),
        )

    def total(self, case: Case) -> Fact:
        """The scheme's maximum for the case's exercice, with the total a source printed."""
        d = case.dispositif
        points, eur = self._most(d)
        head = _most_text(points, eur)
        other = d.other_maximum()
        if other is not None:  # the FS 2025's 7 805 or 8 141 €: both figures, first
            head += f", ou {_most_text(other.points, other.eur)}, selon les sources,"
        lines = [f"Au plus {head} pour l'exercice {case.exercice}, tous les indicateurs atteints."]
        sources: list[Source] = list(d.sources)
        published = d.totaux_publies[-1] if d.totaux_publies else None
        if published is not None:
            said = re.sub(r"^(maximum|total)\s*:\s*", "", published.texte, flags=re.IGNORECASE)
            lines.append(f"Total publié{NNBSP}: {said.rstrip('.')}.")  # not « : Maximum : »
            sources = list(published.sources)
        elif len(d.groupes) > 1:  # "Au plus 590 €": of what
            parts = [f"{self._group_most(d, g)} ({_short(g.libelle).lower()})" for g in d.groupes]
            lines.append(f"Soit{NNBSP}: {' + '.join(parts)}.")
        # the FS 2024–2025's 7 805 or 8 141 €: the doubt said with the maximum, not after it
        doubts = d.total_notes()
        lines += [a.texte for a in doubts]
        sources += [x for a in doubts for x in a.sources]
        group_readings = next((g.ambiguite for g in d.groupes if g.ambiguite), None)
        return Fact(
            case,
            "montant",
            "total",
            f"Montant maximal — {_scheme(d)}",
            tuple(lines),
            _readings(group_readings),
            _labels(sources),
        )

    def _most_without(self, case: Case, ind: Indicateur) -> Fact:
        """The most the scheme pays with one indicator missing, beside the most it pays."""
        d = case.dispositif
        est = best_without(d, ind.id)
        head = _most_text(est.total_points_max, est.total_eur_max)
        whole = _most_text(*self._most(d))
        lines = (
            f"Au plus {head} pour l'exercice {case.exercice} sans {_q(ind.libelle)}, au lieu "
            f"de {whole} avec tous les indicateurs.",
        )
        return Fact(
            case,
            "montant",
            "total",
            f"Montant maximal — {_scheme(d)}",
            lines,
            (),
            _labels([*d.sources, *ind.sources]),
            indicateur=ind.id,
        )

    def _most(self, d: Dispositif) -> tuple[float | None, float]:
        """The most the scheme pays, every indicator met (points, euros)."""
        found = self._totals.get(d.id)
        if found is None:
            est = estimate(d, {i.id: True for i in d.indicateurs})
            found = (est.total_points_max, est.total_eur_max)
            self._totals[d.id] = found
        return found


def at_best(d: Dispositif) -> Estimate:
    """The scheme with every indicator met: the most each item and the whole can pay."""
    return estimate(d, {i.id: True for i in d.indicateurs}, gains=False)


def best_without(d: Dispositif, missed: str) -> Estimate:
    """The scheme with every indicator met but one: the most it still pays without it."""
    return estimate(d, {i.id: i.id != missed for i in d.indicateurs}, gains=False)


def _most_text(points: float | None, eur: float) -> str:
    """The most a scheme pays: "1 240 €", or "1 115 points, soit 7 805 €"."""
    return fmt_eur(eur) if points is None else f"{fmt_points(points)}, soit {fmt_eur(eur)}"


def _no_own_target(
    fact: Fact, folded: str, case: Case, ind: Indicateur, comp: Composante | None
) -> Fact:
    """ "le taux de FSE de 2/3 est encore exigé dans la Donum ?": a rate quoted with a target
    of its own, where it only enters a mean; « Non », and the mean's target, not a « Oui »
    about the mean."""
    if comp is None or ind.cible.type != "moyenne" or ind.cible.valeur is None:
        return fact
    quoted = [v for v in values(folded) if v.kind == "taux"]
    if not quoted or any(abs(v.value - ind.cible.valeur) < 1 for v in quoted):
        return fact
    short = [part_name(c) for c in ind.composantes]
    name = comp.id.upper() if len(comp.id) <= 4 else _q(comp.libelle)
    scheme = f"{SCHEME_LABELS[case.dispositif.dispositif]} {case.exercice}"
    line = (
        f"Non{NNBSP}: dans {scheme}, le taux {name} n'a pas "
        f"d'objectif propre{NNBSP}; il entre dans la moyenne des {len(short)} taux "
        f"({', '.join(short)}), qui doit atteindre {fmt_number(ind.cible.valeur)}{NNBSP}%."
    )
    return replace(fact, lignes=(line, *fact.lignes[1:]), verdict="non")


def _says_segur(d: Dispositif) -> bool:
    """Whether one of the scheme's indicators requires « Ségur » software."""
    return any("segur" in fold(f"{i.libelle} {i.cible.texte or ''}") for i in d.indicateurs)


def _not_segur(
    fact: Fact, folded: str, case: Case, ind: Indicateur, since: int | None = None
) -> Fact:
    """ "le logiciel Ségur est obligatoire pour le FAMI ?": a scheme none of whose indicators
    says « Ségur » does not require it; the software it requires is said, not a « Oui » about
    another one, and the first later exercice that requires it (`since`)."""
    if fact.verdict != "oui" or not SEGUR.search(folded) or _says_segur(case.dispositif):
        return fact
    later = f" Le logiciel Ségur est exigé à partir de l'exercice {since}." if since else ""
    line = (
        f"Non{NNBSP}: pas de logiciel {_q('référencé Ségur')} exigé ici{NNBSP}; l'indicateur exigé "
        f"est {_q(ind.libelle)}.{later}"
    )
    return replace(fact, lignes=(line, *fact.lignes[1:]), verdict="non")


def _short(libelle: str) -> str:
    """A group's name without its parenthesis: "Indicateurs socles (obligatoires)"."""
    return libelle.split(" (")[0]


def _together(amount: Fact, when: Fact) -> Fact:
    """An amount and a date asked in one question, in one answer; a button replays both (the
    date's kind, the amount's subject)."""
    what, scheme = amount.titre.split(" — ", 1)
    return replace(
        when,
        subject=amount.subject,
        titre=f"{what} et {when.titre.split(' — ', 1)[0].lower()} — {scheme}",
        lignes=(*amount.lignes, *when.lignes),
        lectures=(*amount.lectures, *when.lectures),
        sources=tuple(dict.fromkeys((*amount.sources, *when.sources))),
    )


def _figure(d: Dispositif, subject: str, facts: RuleFacts) -> object:
    """What decides the figure of a subject on a scheme, sources aside."""
    if subject == "total":
        return facts._most(d)
    if subject == "point":
        return d.valeur_point
    for x in [*d.groupes, *d.indicateurs]:
        if x.id == subject:
            target = (
                x.cible.model_dump(exclude={"sources", "ambiguite"})
                if isinstance(x, Indicateur)
                else None
            )
            return (x.points, x.eur, target)
    return None


EUROS_TOLD = re.compile(r"\b(\d{1,2}[ \u202f]?\d{3}|\d{2,3}) ?(?:€|euros?\b)")


def _a_mean(s: Situation | None) -> bool:
    """ "DMT 78, FSE 79, PSE 70, AAT 65 : ok pour 2026, et en 2028 ?": the rates told read as
    one figure, their mean, judged on the mean's target."""
    if s is None or s.valeur is None or s.composante is not None:
        return False
    return s.indicateur.cible.type == "moyenne"


def _groups_named(folded: str, d: Dispositif) -> list[Groupe]:
    """The groups named by their id's words ("volet 1", "volet un", "socle", "aller vers"),
    "volets 1 et 2", "volet 1 + 2" naming both."""
    found = []
    for g in d.groupes:
        parts = [
            f"({p}|{NUMBER_WORDS[p]})" if p in NUMBER_WORDS else GROUP_WORDS.get(p, f"{p}s?")
            for p in g.id.split("_")
        ]
        if re.search(r"\b" + r"[ -]".join(parts) + r"\b", folded):
            found.append(g)
    if not found and REQUIRED_BLOCK.search(folded):
        # "si je valide les 5 indicateurs obligatoires du FAMI, je touche combien ?": the
        # block of required indicators
        found = [g for g in d.groupes if g.regle == "tous_requis"][:1]
    both = re.search(r"\bvolets? (1|un) ?(et|\+|&) ?(2|deux)\b", folded)  # "volet 1 + 2"
    if both and len(found) < 2:
        found = [g for g in d.groupes if g.id in ("volet_1", "volet_2")]
    if not found and not TOTAL.search(folded):
        # "un forfait informatisation de 490 €": the block paid whole that much (not "1 225 €
        # versés, c'était le maximum ?", the scheme's maximum asked)
        told = {float(re.sub(r"\D", "", m[1])) for m in EUROS_TOLD.finditer(folded)}
        found = [
            g
            for g in d.groupes
            if g.regle == "tous_requis"
            and (g.eur or (g.points or 0) * (d.valeur_point or 0)) in told
        ]
    return found


def _target_line(ind: Indicateur) -> str:
    """ "— Alimentation du DMP : ≥ 30 % …", the libellé left out when the target says it."""
    target = _target(ind.cible)
    if fold(ind.libelle)[:20] in fold(target):
        return f"— {_sentence(target)}"
    return f"— {ind.libelle}{NNBSP}: {target}."


def _rate_standing(folded: str, target: Cible) -> list[str]:
    """ "68 % de FSE, je peux encore rattraper ?": where the rate told stands against its
    target, after the time left (none for a rate the question does not tell)."""
    rate = next((v.value for v in values(folded) if v.kind == "taux"), None)
    if rate is None or target.type != "taux" or target.valeur is None:
        return []
    judged = verdict(target, rate)
    if judged == "ambigu":
        return []  # at the threshold itself: the entry's readings say it
    where = "objectif atteint" if judged == "atteint" else "sous l'objectif"
    return [f"Vous êtes à {fmt_number(rate)}{NNBSP}%{NNBSP}: {where} ({_target(target)})."]


def _worst(d: Dispositif) -> str:
    """The least the scheme pays, and what makes it nothing: the block every other one
    needs, when there is one."""
    gates = [
        g
        for g in d.groupes
        if g.regle == "tous_requis"
        and all(g.id in o.prerequis for o in d.groupes if o is not g)
        and len(d.groupes) > 1
    ]
    if gates:
        return f"Au pire, 0{NNBSP}€{NNBSP}: sans {_q(gates[0].libelle)}, rien n'est versé."
    return f"Au pire, 0{NNBSP}€ si aucun indicateur n'est atteint."


def _point_checked(folded: str, fact: Fact) -> Fact:
    """ "le point était passé à 7,50 € en 2024, vrai ?": the value quoted set against the
    point's, « Oui » or « Non » first."""
    quoted = POINT_QUOTED.search(folded)
    value = fact.case.dispositif.valeur_point
    if quoted is None or value is None:
        return fact
    said = float(quoted[1].replace(",", "."))
    if abs(said - value) < 0.005:
        line = f"Oui{NNBSP}: pour l'exercice {fact.case.exercice}, 1 point = {fmt_eur(value)}."
        return replace(fact, lignes=(line, *fact.lignes[1:]), verdict="oui")
    line = (
        f"Non{NNBSP}: pour l'exercice {fact.case.exercice}, 1 point = {fmt_eur(value)}, "
        f"pas {fmt_eur(said)}."
    )
    return replace(fact, lignes=(line, *fact.lignes[1:]), verdict="non")


def _target_checked(folded: str, fact: Fact, ind: Indicateur) -> Fact:
    """ "il faut toujours 70 % de FSE pour le FAMI 2025 ?": the rate quoted set against the
    indicator's target, « Oui » or « Non » first."""
    c = ind.cible
    if not TARGET_CHECKED.search(folded) or c.type not in ("taux", "moyenne") or c.valeur is None:
        return fact
    thirds = re.search(r"\b(2/3|deux tiers)\b", folded)
    rates = [v.value for v in values(folded) if v.kind == "taux"]
    if not thirds and len(rates) != 1:
        return fact
    quoted = 200 / 3 if thirds else rates[0]
    said, verdict_ = quoted_target(quoted, bool(thirds), c, fact.case.exercice)
    return replace(fact, lignes=(said, *fact.lignes), verdict=verdict_)


def quoted_target(quoted: float, thirds: bool, c: Cible, year: int | None) -> tuple[str, str]:
    """The line that sets a target quoted (« 70 % », « 2/3 ») against the rule's, and its
    verdict: « Oui : pour l'exercice 2025, l'objectif est bien ≥ 70 % » or « Non : … n'est pas
    60 % mais ≥ 70 % »."""
    assert c.valeur is not None
    if abs(quoted - c.valeur) < 1:
        return f"Oui{NNBSP}: pour l'exercice {year}, l'objectif est bien {_target(c)}.", "oui"
    unit = f"{NNBSP}%" if c.type in ("taux", "moyenne") else ""
    shown = "2/3" if thirds else f"{fmt_number(quoted)}{unit}"
    return (
        f"Non{NNBSP}: pour l'exercice {year}, l'objectif n'est pas {shown} mais {_target(c)}.",
        "non",
    )


def _target(c: Cible) -> str:
    """The target as the data words it, else from its operator and value."""
    if c.texte:
        return c.texte
    if c.type == "booleen":
        return "oui/non"
    if c.valeur is None:
        return f"seuil {NOT_PUBLISHED}"
    op = "≥" if c.operateur == ">=" else ">"
    if abs(c.valeur - 200 / 3) < 0.01:
        return f"{op} 2/3"
    unit = f"{NNBSP}%" if c.type in ("taux", "moyenne") else ""
    mean = "moyenne des taux " if c.type == "moyenne" else ""
    return f"{mean}{op} {fmt_number(round(c.valeur, 2))}{unit}"


FIGURES = re.compile(r"\b(?!20\d\d\b)\d+(?:[.,]\d+)?")  # not a year: "(optionnel en 2022)"
BAR = re.compile(r"\s*[≥>]\s*[\d/,]+\s*%?$")  # "Taux de télétransmission > 2/3": the bar


def _aimed(a: Indicateur, b: Indicateur) -> str | None:
    """How one indicator's target moved between two years: a threshold ("≥ 10 % → ≥ 30 %",
    each rate's own for the téléservices), or a yes/no requirement naming new figures ("à
    jour des avenants → 1.40 addendum 8"); rewordings of the same requirement are not
    changes."""
    name = BAR.sub("", _short(b.libelle))
    if a.cible.type != "booleen" and _bar(a.cible) != _bar(b.cible):
        return f"{name}{NNBSP}: {_bar(a.cible)} → {_bar(b.cible)}"
    if a.cible.type == "booleen" and set(FIGURES.findall(b.libelle)) - set(
        FIGURES.findall(a.libelle)
    ):
        return f"{_q(a.libelle)} → {_q(b.libelle)}"
    before = {c.id: c.cible for c in a.composantes if c.cible is not None}
    moved = [
        f"{_sigle(c)} {_bar(was)} → {_bar(c.cible)}"
        for c in b.composantes
        if c.cible is not None and (was := before.get(c.id)) is not None
        if _bar(was) != _bar(c.cible)
    ]
    return f"{name}{NNBSP}: {', '.join(moved)}" if moved else None


def _bar(c: Cible) -> str:
    """A target's threshold alone ("≥ 30 %"), whatever its wording."""
    return "non publié" if c.valeur is None else _target(c.model_copy(update={"texte": None}))


def _readings(a: Ambiguite | None) -> tuple[str, ...]:
    if a is None:
        return ()
    return tuple(
        f"{lecture.texte} (source{NNBSP}: {' ; '.join(_labels(lecture.sources))})"
        for lecture in a.lectures
    )


def _paid_in(
    d: Dispositif, holder: Indicateur | Composante | Groupe, unit: str
) -> tuple[Indicateur | Composante | Groupe, float | None, str] | None:
    """What the holder pays that exercice (its amount, or the block it is paid with when
    it has none of its own); None when neither."""
    value = _value_in(d, holder, unit)
    if value is None and isinstance(holder, Indicateur):
        group = next(g for g in d.groupes if g.id == holder.groupe)
        if group.regle == "tous_requis":  # paid with its block that year
            return holder, None, _q(_short(group.libelle))
    if value is None and isinstance(holder, Composante):  # the Donum's ApCV, with the MES
        ind = next(i for i in d.indicateurs if holder in i.composantes)
        if _value_in(d, ind, unit) is not None:
            return holder, None, _q(_short(ind.libelle))
    return (holder, value, "") if value is not None else None


def part_name(c: Composante) -> str:
    """A part as it is typed: « SPE », « DSG », else its label."""
    return c.id.upper() if len(c.id) <= 4 else c.libelle


def _dates_side_by_side(found: list[tuple[Case, Fact]], span: str) -> Fact:
    """Each case's dates on a line of its own, under one title for all of them."""
    lines = [f"{case.dispositif.libelle}{NNBSP}: {' '.join(f.lignes)}" for case, f in found]
    last = found[-1][1]
    what = last.titre.split(" — ", 1)[0]
    verdicts = {f.verdict for _, f in found} - {None}  # the one year a day was told of
    return replace(
        last,
        verdict=verdicts.pop() if len(verdicts) == 1 else None,
        titre=f"{what} — {span}",
        lignes=tuple(lines),
        sources=tuple(dict.fromkeys(x for _, f in found for x in f.sources)),
    )


def _euros(d: Dispositif, holder: Indicateur | Composante) -> float | None:
    """What an indicator or a part pays in euros, from its points if need be."""
    if holder.eur is not None:
        return holder.eur
    if holder.points is not None and d.valeur_point:
        return holder.points * d.valeur_point
    return None


def _one_item(found: list[tuple[Case, Indicateur, Composante | None]]) -> bool:
    """Each year names the same item: the same indicator, one a later scheme declares it
    takes over, or one its name shares a long word with (« SAS » in 2025 and « tout le
    numérique » in 2026 name two items, not to be set side by side as one)."""
    for (a, ind_a, comp_a), (b, ind_b, comp_b) in itertools.pairwise(found):
        da, db = a.dispositif, b.dispositif
        if ind_a.id == ind_b.id:
            continue
        declared = any(
            c.famille == da.famille
            and c.indicateur == ind_b.id
            and any(r.split(":")[0] == ind_a.id for r in c.reprend)
            for c in db.correspondances
        )
        # else the same thing named in both (« messagerie », « carte Vitale », « SAS »)
        if not declared and not _stems(comp_a or ind_a) & _stems(comp_b or ind_b):
            return False
    return True


def _stems(holder: Indicateur | Composante) -> set[str]:
    """The long words of an item's name cut to six letters, and its acronyms (« SAS »)."""
    acronyms = {fold(w) for w in re.findall(r"\b[A-Z]{3,}\b", holder.libelle)}
    return acronyms | {w[:6] for w in re.findall(r"\w+", fold(holder.libelle)) if len(w) >= 6}


def _paid_alone(found: list[tuple[Case, Indicateur, Composante | None]]) -> bool:
    """Each year's indicator pays its own amount (not a block's share)."""
    for case, ind, _ in found:
        group = next(g for g in case.dispositif.groupes if g.id == ind.groupe)
        if group.regle == "tous_requis":
            return False
    return True


def _value_in(d: Dispositif, holder: Indicateur | Composante | Groupe, unit: str) -> float | None:
    """What an indicator or a block pays in points or euros; a block of indicators each paid
    on its own, their sum."""
    value = getattr(holder, unit)
    if value is None and isinstance(holder, Groupe) and holder.regle == "independant":
        members = [getattr(i, unit) for i in d.indicateurs if i.groupe == holder.id]
        value = sum(v or 0 for v in members) if any(members) else None
    return value


@dataclass(frozen=True)
class Yearly:
    """What one indicator or block paid, exercice by exercice."""

    by_value: dict[float, list[int]]  # 120 points: [2020, 2021, 2023…]
    in_block: dict[int, str]  # 2022: « Volet 1 : … » (no amount of its own that year)
    holder: Indicateur | Composante | Groupe
    case: Case  # the last exercice found
    sources: list[Source]
    point: float | None = None  # the euros of a point, when every year found has the same


def _done_after(text: str, case: Case) -> bool:
    """Whether the text dates something in a month after the case's exercice (« si je mets
    mes horaires dans l'annuaire en janvier 2025 » for 2024): it asks when things count."""
    months = "|".join(MONTHS)
    dated = re.findall(rf"\b(?:{months}) (20[1-3]\d)\b", fold(text))
    return case.exercice is not None and any(int(y) > case.exercice for y in dated)


def _on_indicator(
    case: Case,
    ind: Indicateur,
    asked: str,
    lines: list[str],
    lectures: tuple[str, ...] = (),
    sources: Iterable[Source] = (),
    verdict: str | None = None,
) -> Fact:
    """A fact about one indicator of the case's scheme, titled with it, cited with its own
    sources and its target's (and `sources`)."""
    return Fact(
        case,
        asked,
        ind.id,
        f"{ind.libelle} — {_scheme(case.dispositif)}",
        tuple(lines),
        lectures,
        _labels([*ind.sources, *ind.cible.sources, *sources]),
        indicateur=ind.id,
        verdict=verdict,
    )


def _yearly_fact(y: Yearly, lines: list[str], span: str) -> Fact:
    return Fact(
        y.case,
        "montant",
        y.holder.id,
        f"{y.holder.libelle} — selon l'exercice",
        tuple(lines),
        (),
        _labels(list(dict.fromkeys(y.sources))),
        indicateur=None if isinstance(y.holder, Groupe) else y.holder.id,
        span=span,
    )


def _asks_in_time(folded: str) -> bool:
    """The question, not a sentence told before it, asks whether a day was in time."""
    return IN_TIME.search(folded[folded.rfind(".", 0, max(folded.rfind("?"), 0)) + 1 :]) is not None


def _judged_day(
    done: dt.date, end: dt.date, in_time: bool, either: bool = False
) -> tuple[str | None, tuple[str, ...]]:
    """The verdict on a declaration made on `done` with the window closing on `end`: "oui"
    to "trop tard ?" when after it, "oui" to "dans les temps ?" when not; with `either` ("c
    bon ou trop tard ?"), no verdict, the answer in words."""
    late = done > end
    if either:
        if late:
            return None, (
                f"Hors délai{NNBSP}: le {fmt_date(done)} est après la clôture du "
                f"{fmt_date(end)} ; demandez à votre CPAM.",
            )
        return None, (
            f"Dans les délais{NNBSP}: le {fmt_date(done)} est avant la clôture du {fmt_date(end)}.",
        )
    said = "Oui" if late != in_time else "Non"
    if late:
        return said.lower(), (
            f"{said}{NNBSP}: le {fmt_date(done)} est après la clôture du {fmt_date(end)} ; "
            "demandez à votre CPAM.",
        )
    return said.lower(), (
        f"{said}{NNBSP}: le {fmt_date(done)} est avant la clôture du {fmt_date(end)}, "
        "dans les délais.",
    )


def _done_and_end(folded: str, case: Case, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The day a declaration was told done (after « saisi », « faite le… », not a deadline
    quoted before it), and the last day of the exercice's window."""
    did = DONE.search(folded)
    told = _date_told(folded[did.start() :] if did else folded, (case.exercice or today.year) + 1)
    return told, case.dispositif.declaration.fin


def _one_needed(target: Cible) -> bool:
    """A count whose target is one (« au moins un message dans l'année »): done on a day."""
    return target.valeur is not None and target.valeur <= 1


# A later deadline a source gives for one indicator: "repoussée au 31/01/2024 pour 2023".
EXTENDED = re.compile(r"\b(repouss\w*|report\w*|prolong\w*|delai supplementaire)\b")


def _extended(ind: Indicateur, limit: dt.date) -> tuple[dt.date, Note] | None:
    """The later deadline one of the indicator's notes gives for the exercice, if any."""
    for note in ind.pieges:
        if not EXTENDED.search(fold(note.texte)):
            continue
        for m in DATED.finditer(note.texte):
            day, month, year = map(int, m.group(0).split("/"))
            later = dt.date(year, month, day)
            if limit < later <= limit + dt.timedelta(days=183):
                return later, note
    return None


def _parts_of_most(d: Dispositif) -> str:
    """ "490 € + 100 € + 300 € + 350 €": what makes a maximum in euros, each block paid
    whole or each indicator paid on its own; "" for points (too many to read)."""
    if d.unite != "eur":
        return ""
    parts = []
    for g in d.groupes:
        if g.regle == "tous_requis" and g.eur:
            parts.append(g.eur)
        elif g.regle != "tous_requis":
            parts += [i.eur for i in d.indicateurs if i.groupe == g.id and i.eur]
    return " + ".join(fmt_eur(x) for x in parts) if 1 < len(parts) <= 6 else ""


def _date_told(
    folded: str, year: int | None = None, today: dt.date | None = None
) -> dt.date | None:
    """The date a question tells ("le 15 décembre 2026", "15/12/2026"; "en octobre 2026": the
    month's last day), or None; with `year` (the exercice asked), a day of a month told
    without one too ("mi-décembre", "le 15 décembre", "fin décembre", "début janvier"); with
    `today`, a day told from it ("aujourd'hui", "le mois prochain": its first day)."""
    m = DATE_TOLD.search(folded)
    d = None
    if m is None and year is not None:  # not the deadline quoted: "avant le 31 décembre"
        d = next((x for x in DAY_OF_MONTH.finditer(folded) if not _quoted_limit(folded, x)), None)
    r = RELATIVE_DAY.search(folded) if m is None and d is None and today is not None else None
    if r is not None and today is not None:
        return _from_today(r.group(1), today)
    if m is None and year is not None:
        if d is None:
            return None
        month = MONTHS.index(d.group(2)) + 1
        if today is not None and month < today.month and year == today.year:
            # "j'installe l'addendum 8 le 10 janvier" said on 5/12/2026: the next January,
            # not the one gone by ("je l'ai installé le 10 janvier" stays in the year)
            year += bool(UPCOMING.search(folded))
        last = calendar.monthrange(year, month)[1]
        day = {"mi": 15, "fin": last, "debut": 1}.get(d.group(1)) or int(d.group(1))
        return dt.date(year, month, min(day, last))
    return _day(m) if m is not None else None


def _day(m: re.Match[str]) -> dt.date | None:
    """The day a `DATE_TOLD` match says ("janvier 2025": the month's last day)."""
    if m.group(2):
        month, year = MONTHS.index(m.group(2)) + 1, int(m.group(3))
        day = int(m.group(1)) if m.group(1) else calendar.monthrange(year, month)[1]
    else:
        day, month, year = int(m.group(4)), int(m.group(5)), int(m.group(6))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dates_told(folded: str) -> list[tuple[dt.date, str]]:
    """Every full date a question tells, with how to say it back ("le 31/12/2024"; "janvier
    2025" is the month's last day, said "en janvier 2025")."""
    found = []
    for m in DATE_TOLD.finditer(folded):
        d = _day(m)
        if d is not None:
            said = f"le {fmt_date(d)}" if m.group(1) or not m.group(2) else f"en {m[2]} {d.year}"
            found.append((d, said))
    return found


def _asked_on(folded: str, today: dt.date) -> dt.date:
    """The day the asker says it is ("on est fin mars 2025"), or the day a declaration is
    asked of ("je peux encore déclarer le 3 mars 2025 ?"), else today; a month told is
    today's own when it is this month ("on est en décembre 2026")."""
    m = TODAY_TOLD.search(folded) or DECLARING_ON.search(folded)
    told = _date_told(folded[m.start() :]) if m else None
    if told is None or (told.year, told.month) == (today.year, today.month):
        return today
    return told


def _paid_on(when: Fact, d: Dispositif, folded: str) -> Fact:
    """ "le FAMI 2024 est arrivé en juin 2025, c'est normal ?": the day told against the
    announced period's end; the fact as it is when none is told or known."""
    m = next((x for x in DATE_TOLD.finditer(folded) if PAID_ON.search(folded[: x.start()])), None)
    got = _day(m) if m is not None else None
    end = d.paiement.fin
    if m is None or got is None or end is None:
        return when
    said = m.group(0)
    line = (
        f"Oui{NNBSP}: un versement en {said} est dans la période annoncée, close le "
        f"{fmt_date(end)}."
        if got <= end
        else f"Non{NNBSP}: un versement en {said} est après la période annoncée, close le "
        f"{fmt_date(end)}. Pour comprendre ce retard, {CHECK_PAID}."
    )
    return replace(when, lignes=(line, *when.lignes), verdict="oui" if got <= end else "non")


def _awaited(d: Dispositif, on: dt.date) -> str:
    """What « toujours rien reçu » means on `on`: still within the announced period, or
    time to check and ask."""
    end = d.paiement.fin
    if end is None:
        return f"Rien reçu alors que vous l'attendiez{NNBSP}? Pour vérifier, {CHECK_PAID}."
    if on <= end:
        return (
            f"Le versement est annoncé au plus tard le {fmt_date(end)}{NNBSP}: ne rien avoir "
            f"reçu le {fmt_date(on)} n'a rien d'anormal. Passé cette date, {CHECK_PAID}."
        )
    return f"La période annoncée s'est achevée le {fmt_date(end)}{NNBSP}: {CHECK_PAID}."


def _quoted_limit(folded: str, m: re.Match[str]) -> bool:
    """A day quoted as the limit ("avant le 31 décembre", "jusqu'au 31 décembre"), not a day
    the asker does something."""
    return bool(
        re.search(
            r"(avant|jusqu'au|au plus tard)( le)? $", folded[max(0, m.start() - 20) : m.start()]
        )
    )


def _from_today(said: str, today: dt.date) -> dt.date:
    """The day "aujourd'hui", "demain", "la semaine prochaine", "le mois prochain" or "l'an
    prochain" is, from `today` (the first day of the next month or year)."""
    if said == "aujourd'hui":
        return today
    if said == "demain":
        return today + dt.timedelta(days=1)
    if said == "la semaine prochaine":
        return today + dt.timedelta(days=7)
    if said == "le mois prochain":
        return dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return dt.date(today.year + 1, 1, 1)


def _sigle(c: Composante) -> str:
    """ "DMT" for « Taux de déclarations médecin traitant dématérialisées (DMT) »."""
    m = re.search(r"\(([^()]+)\)$", c.libelle)
    return m.group(1) if m else c.libelle


def _runs(
    by_value: dict[float, list[int]], in_block: dict[int, str], unit: str, point: float | None
) -> Iterator[str]:
    """ "15 points (105 €) : exercice 2017.", a line a value or a block, by first year; the
    euros beside the points, as a practitioner counts in euros ("le SAS payait combien en 2020
    et en 2022 ?")."""
    word = "€" if unit == "eur" else "points"
    lines = [
        (
            min(ys),
            f"{fmt_number(v)}{NNBSP}{word}"
            + (f" ({fmt_eur(v * point)})" if unit == "points" and point else "")
            + f"{NNBSP}: {_years_span(ys)}.",
        )
        for v, ys in by_value.items()
    ]
    blocks: dict[str, list[int]] = {}
    for year, block in in_block.items():
        blocks.setdefault(block, []).append(year)
    lines += [
        (min(ys), f"{_years_told(ys)}{NNBSP}: pas de montant propre, compris dans {block}.")
        for block, ys in blocks.items()
    ]
    yield from (line for _, line in sorted(lines))


def _years_told(years: list[int]) -> str:
    """ "2022", "Exercices 2026 à 2028": the years a line opens with."""
    return str(years[0]) if len(years) == 1 else _years_span(years).capitalize()


def _years_span(years: list[int]) -> str:
    """ "exercice 2023", "exercices 2019 à 2022", "exercices 2017, 2019 et 2020"."""
    years = sorted(set(years))
    if len(years) == 1:
        return f"exercice {years[0]}"
    if len(years) == 2:
        return f"exercices {years[0]} et {years[1]}"
    if years[-1] - years[0] == len(years) - 1:
        return f"exercices {years[0]} à {years[-1]}"
    return f"exercices {', '.join(map(str, years[:-1]))} et {years[-1]}"


def _labels(sources: list[Source]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.label() for s in sources))


def _scheme(d: Dispositif) -> str:
    return d.libelle


def _of_scheme(d: Dispositif) -> str:
    """ "de la dotation numérique (Donum) 2026", "du forfait structure 2025": within a
    sentence, not its title's capital."""
    label = f"{SCHEME_LABELS.get(d.dispositif, d.libelle)} {d.exercice}"
    return f"du {label[3:]}" if label.startswith("le ") else f"de {label}"


def _sentence(text: str) -> str:
    """A text as a sentence: its first letter up, a full stop at the end."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


# How one compares with one's colleagues: "je suis à combien de la moyenne nationale ?"
MEAN_ASKED = re.compile(
    r"\bmoyenne (nationale|des (medecins|generalistes|confreres|collegues))\b"
    r"|\b(de|a|sous|dessus|dessous|que) la moyenne\b(?! des (quatre |4 )?taux)"
)


def beside_mean(d: Dispositif, own: float) -> str | None:
    """One's own amount set against the mean the profession was paid that exercice (a
    source's figure), with the gap; None when no mean is published for it."""
    if not d.moyennes_publiees:
        return None
    mean = d.moyennes_publiees[-1]
    gap = own - mean.eur
    where = (
        "pile la moyenne"
        if abs(gap) < 0.5
        else f"{fmt_eur(abs(gap))} {'au-dessus' if gap > 0 else 'en dessous'} de la moyenne"
    )
    cited = " et ".join(x.url or x.titre for x in mean.sources)
    return (
        f"Moyenne nationale {d.exercice}{NNBSP}: {fmt_eur(mean.eur)} par médecin (selon "
        f"{cited}, à confirmer auprès de votre CPAM){NNBSP}; {fmt_eur(own)}, c'est {where}."
    )
