"""FAQ answers as chat replies: in a conversation, forwarded by an advisor, or inline.

A question that gives a figure or a situation of the asker's own is judged by the calculator
first (`bot/rule_answers.py`), the FAQ entry after it as context; otherwise the FAQ index's
outcome decides: the entry, the closest questions, a definition, or a decline naming what the
bot covers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from bot.actions import RunCommand, ShowFaqEntry, ShowRuleAnswer, StartEstimate
from bot.corrections import corrected
from bot.counted_paths import counted_path
from bot.dictated import bullets_joined, part_named, punctuated
from bot.each_year import (
    EACH_YEAR_ASKED,
    asked_last,
    each_year_asked,
    next_year_named,
    short_years_led,
    story_told,
    years_covered,
)
from bot.engine import short_label
from bot.faq import (
    MISS_TOLD,
    OWN_COST_ASKED,
    VERDICT,
    Answer,
    FaqIndex,
    Hit,
    asked_part,
    predicates,
    shared_searches,
)
from bot.faq_intent import intents
from bot.faq_text import MAXIMUM, SENTENCE_END, STOPWORDS, fold, normalise, respelled
from bot.fse_start import fse_start
from bot.gap_answers import gap_reply
from bot.messages import Block, Choice, Line, Message, bold, line, plain
from bot.missing_amount import missing_reply
from bot.other_scheme import foreign_item
from bot.points_answers import euros_in_points, points_reply, points_told
from bot.question_parts import CLOSING as SIGN_OFF
from bot.question_parts import CONFIRM_TAIL, alone, is_numbered, question_parts
from bot.question_people import Person, each_person, one_asked, sum_asked
from bot.question_person import (
    one_person,
    others_aside,
    question_first_moved,
    told_after_moved,
)
from bot.question_scope import (
    MONTHS,
    SCHEME_LABELS,
    SCHEME_PROFESSION,
    SCHEMES,
    VSM,
    asks_open,
    bare_rates,
    values,
)
from bot.received_answers import AVERAGE, RECEIVED, received_reply
from bot.reminders import PARIS
from bot.render import preload, render
from bot.rule_answers import (
    Alternative,
    Case,
    Grounded,
    RuleAnswers,
    _quoted_target,
    pitfalls_spoken,
)
from bot.rule_facts import (
    AMOUNT,
    DECLARATION,
    EXEMPTION,
    HOW_IT_COMES,
    LATE,
    NOT_RECEIVED,
    OPEN,
    PAYMENT,
    REFUSAL,
    STORY_SENTENCES,
    TOGETHER,
    WHEN,
    YEAR_NAMED,
    Fact,
    RuleFacts,
    _date_told,
    _labels,
    _q,
    _scheme,
    _together,
    asked,
    at_best,
    best_without,
    first_asked,
    part_name,
    quoted_target,
)
from bot.rule_sums import (
    FOLLOW_YEAR,
    LOST_WORD,
    NEGATED_WORD,
    RuleSums,
    sas_shown_missed,
    total_euros,
)
from bot.session import Session
from bot.text_render import to_text
from bot.typography import and_list
from bot.vsm_answers import vsm_reply
from calculators import estimate
from calculators.french import NNBSP, fmt_eur, fmt_number, fmt_points
from knowledge import Knowledge
from knowledge.registry import FicheProfession
from knowledge.schema import (
    Dispositif,
    FaqEntree,
    GlossaireTerme,
    Groupe,
    Indicateur,
    SujetHorsPerimetre,
)

# A deadline asked beside a total: "Quelle était la date limite, et combien aurait-il dû
# toucher ?" asks the declaration's window (« toucher » names no payment date)
DEADLINE_WORDS = re.compile(r"\b(limite|butoir|clotur\w*|fermetur\w*)\b")
# … and a payment date asked too: "… et quand est-ce versé ?"
PAID_WHEN = re.compile(r"\b(verse\w*|versement|virement|pay\w*|paie\w*)\b")
# The writer's title, « Bonjour, conseillère informatique service, CPAM. … »: its « service »
# is no « service d'accès aux soins ».
# The asker's sector told in a first sentence of who they are (« Je suis pédiatre secteur 2.
# Le forfait structure s'arrête quand ? »): who asks, not what is asked (the sector's own
# entry answers « secteur 2, j'y ai droit ? »)
_SECTOR = r"^([^.?!]{0,60}?)[\s,]*\b(?:en |du )?secteur (?:1|2|un|deux)\b(?: optam)?"
SECTOR_TOLD = re.compile(_SECTOR + r"(?=[^.?!]{0,60}[.!])", re.IGNORECASE)
# … unless the rest asks who is entitled (« Médecin secteur 2. J'ai droit au FS ? »)
SECTOR_ASKED = re.compile(
    r"\b(secteur|droit|eligible\w*|concerne\w*|ouvert\w*|acces|beneficier|toucher|exclu\w*)\b"
)
# Whether one may refuse the scheme, asked beside one's sector: the sector is who asks
# (unless the entitlement is asked too: « J'ai droit au FS ? Et je peux le refuser ? »)
SECTOR_BESIDE = re.compile(_SECTOR + r"(?=\s+et\b|\s*,)", re.IGNORECASE)
REFUSAL_ASKED = re.compile(r"\b(refus\w*|renonc\w*|m'en passer\w*|sortir du)\b")
ENTITLED_ASKED = re.compile(r"\b(droit|eligible\w*|concerne\w*|ouvert\w*|acces|beneficier)\b")
ADVISOR_TITLE = re.compile(
    r"^((?:bonjour|bonsoir|hello)\b[\s,!.]*)?(?:(?:je suis|ici)\s+)?(?:(?:la|le|une?)\s+)?"
    r"conseill\w*\s+(?:en\s+)?informatique\s+services?\b(?:\s*\(cis\))?"
    r"(?:[\s,]*(?:(?:de|à|a)\s+la\s+|du\s+)?(?:cpam|caisse)\b(?:\s+(?:de|du|des|d')\s*[\w-]+)?)?"
    r"\s*[,.:;]?\s*",
    re.IGNORECASE,
)
# A forwarding header, « Transféré : », « Message transféré – », « Fwd: »: its « transfert »
# names no coordination
FORWARD_HEAD = re.compile(
    r"^\s*(?:\(?(?:message )?transf[eé]r[eé]e?s?\)?|fwd?|tr)\s*[:–—-]\s*", re.IGNORECASE
)
# Why the asker writes, « afin de mettre à jour les prévisionnels »: no software « à jour »
PURPOSE_UPDATE = re.compile(
    r",?\s*\b(?:afin de|pour) (?:pouvoir )?(?:mettre|tenir) [aà] jour\b[^.?!,;]*", re.IGNORECASE
)
# A smiley ends what it follows (« jai raté la déclaration 2025 :( mon volet 1 … »): its « ( »
# opens no aside
SMILEY = re.compile(r"(?<!\S)[:;=]'?-?[()/|DPp]+(?=\s|$)")
# « Message » heading who sends what follows, « Message transmis par le secrétariat du Dr B. : »,
# « Message transféré de mon associée : »: the words name no messagerie and nothing transferred
# (« message de Mon espace santé envoyé : ça compte ? » does)
MESSAGE_HEAD = re.compile(
    r"^\s*(?:un |le )?message (?:transmis|transf[eé]r[eé]e?|relay[eé]e?|envoy[eé]e?|re[çc]u) "
    r"(?!(?:de|via|sur|par) (?:mon espace|mes\b|mss|la messagerie))"
    r"(?=[^:?«]{0,80}:)",
    re.IGNORECASE,
)
# A year described after it, « l'exercice 2025, le dernier avant la dotation numérique ? »: the
# year (« dernier » would read the last day or payment)
YEAR_DESCRIBED = re.compile(
    r"\b(20[1-3]\d), (?:soit )?(?:le|la) (?:derni[eè]re?|premi[eè]re?)\b[^,.;?!]{0,50}(?=\s*[?.!])",
    re.IGNORECASE,
)
# What an exemption is asked of: a specialty with no offer (« pas d'offre de LAP pour ma
# spécialité »), not a software one does not want (« pas de logiciel Ségur, je perds quoi ? »)
NO_OFFER = re.compile(
    r"\b((?:ma|sa|leur|notre) spe|specialite|offre|exoner\w*|dispens\w*|exempt\w*|existe|"
    r"disponible|propose\w*|"
    r"cardio\w*|dermato\w*|psychiatr\w*|pediatr\w*|radiolog\w*|ophtalmo\w*|gyneco\w*|anesthesi\w*)"
)
# A neighbouring topic told before the question and set aside (« … la refonte de la CCAM,
# honnêtement ça m'intéresse pas. Moi je veux juste savoir : … ? »), not its context (« … sur
# Doctolib. Ça compte ? »)
SET_ASIDE_SAID = re.compile(
    r"\b(m'interesse (pas|peu)|peu importe|(ne|n') (traitez|couvrez) pas|rien a voir|"
    r"laissons (ca )?de cote|mis a part)\b"
)
OWN_QUESTION_LED = re.compile(
    r"(moi,? )?(je veux (juste |seulement )?savoir|ma (vraie )?question|par contre|en revanche|"
    r"autre chose)\b"
)
# Today's month told, with no year: the bot knows today (« On est en décembre et je réalise
# que… »); its month would name a date asked of
MONTH_NOW = re.compile(
    r"\b(?:on est|nous sommes) (?:en|au mois de|debut|début|fin|mi-?) ?(?:janvier|f[eé]vrier|"
    r"mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre)\b"
    r"(?! ?20\d\d)(?: et\b|[,.;]?)",
    re.IGNORECASE,
)
# A change into one year: « il est passé de combien à combien en 2022 ? » compares 2022 with
# the year before
INTO_YEAR = re.compile(r"\bde combien (?:a|à) combien (en|pour) (20[1-3]\d)\b", re.IGNORECASE)


def _into_year(m: re.Match[str]) -> str:
    year = int(m[2])
    return f"de combien {m[1]} {year - 1} à combien {m[1]} {year}"


# A sum expected beside an amount received: "reçu 650 € alors que nous attendions 490 + 100"
EXPECTED_SUM = re.compile(
    r"\b(attend\w*|pensai\w*|croyai\w*|esperai\w*|comptai\w*)\b[^.?!]{0,40}\d+ ?(\+|et) ?\d"
)
# Where a belief was read, of another year: « … sauter tout le volet 1 comme je l'ai lu pour
# 2022 ? » asks of the year the message names, not of 2022 too
READ_FOR_YEAR = re.compile(
    r",? comme (?:je l'ai lu|j'ai lu|je l'avais lu|on me l'a dit|on m'a dit|c'[eé]tait le cas)"
    r" (?:pour|en) 20[1-3]\d\b",
    re.IGNORECASE,
)
# Who writes, an accountant, before the message: « Expert-comptable d'un médecin généraliste : »,
# « Question d'un confrère comptable : », « Notre cabinet d'expertise comptable suit plusieurs
# médecins. » (« comptable » reads close to « comptabilisé » in the FAQ)
ACCOUNTANT_HEAD = re.compile(
    r"^\s*(?:(?:bonjour|bonsoir)[\s,.!]*)?(?:question d(?:e|'un|'une) (?:mon |ma |notre )?)?"
    r"(?:(?:mon|ma|notre|le|la|un|une) )?(?:confr[eè]re |cons(?:œ|oe)ur |coll[eè]gue )?"
    # (not "mon comptable me calcule 3 500 € pr 2025 : …": a figure told, not who writes)
    r"(?:expert[- ]comptable|comptable)\b[^.:?!«\d]{0,60}?:(?=\s)(?!\s*«)"
    # (« Notre cabinet d'expertise comptable suit plusieurs médecins. »: a sentence of who writes)
    r"|^\s*(?:notre |le )?cabinet (?:d'expertise )?comptable\b[^.:?!«]{0,60}?[.:](?=\s)",
    re.IGNORECASE,
)
# How close an entry on the indicator a question names must be to the top one on others for
# the top one to be a guess.
NAMED_MARGIN = 0.4
GREETINGS = {
    "greeting": "Bonjour ! Posez-moi une question sur vos indicateurs, ou tapez /start pour "
    "estimer votre forfait.",
    "thanks": "Avec plaisir ! Bonne déclaration.",
    "bye": "Au revoir, et bonne déclaration !",
}
# An entry's answer that already says what something pays ("100 €", "120 points").
AMOUNT_GIVEN = re.compile(r"\d[\d\s\u202f\u00a0]*(€|euros?\b|points?\b)")
# What an entry's « Oui » depends on: "Oui, à condition de disposer d'une attestation…".
CONDITION = re.compile(r"\ba condition (?:de |d'|que )([^.;]*)")
# Words that ask nothing on their own: an answer typed where no question is pending.
NOT_A_QUESTION = frozenset(
    {
        "oui",
        "ouais",
        "ouai",
        "ouep",
        "yep",
        "non",
        "nan",
        "nop",
        "nsp",
        "jsp",
        "ok",
        "okay",
        "dac",
        "daccord",
        "bof",
        "euh",
        "hmm",
        "mouais",
        "bah",
        "ben",
        "voila",
        "sais",
        "ne",
        "je",
        "pas",
        "peut",
        "etre",
        "possible",
        "inconnu",
        "aucune",
        "idee",
    }
)
INLINE_LIMIT = 3
# Entries searched for one on the indicator a figure is about, when none of the closest is.
CONTEXT_SEARCHED = 8
SUGGESTED = 3  # closest questions offered as buttons
OTHER_CASES = " Autre cas : boutons ci-dessous."  # after the case a rule reply assumed
# Given up, and what it costs asked: "je n'utilise plus du tout la messagerie … quel serait le
# manque à gagner ?"
NO_MORE = re.compile(r"\b(ne|n') ?(\w+ ){0,2}plus\b|\bplus du tout\b")
LOSS_ASKED = re.compile(
    r"\bmanque a gagner\b|\b(je )?perd\w* combien\b|\bcombien (je |j'?ai |il a |elle a )?perd\w*"
)
# After an item's worth in two schemes, asked as what giving it up costs
LOST_EACH_YEAR = "Sans lui, c'est ce qui ne serait pas versé chaque année, si le reste est atteint."
# A later question opening on another subject: "et pour l'appli carte Vitale …" (not "et le
# socle ?", the same question asked of another block)
NEW_SUBJECT = re.compile(r"(et |mais )?(pour|cote|concernant|quant a|au sujet d)\b")
# A short follow-up on another thing, the question before understood: "Et les ordonnances
# numériques ?", "et l'alimentation du DMP ?"
# (not "et le seuil … ?", "et le montant ?": the same thing asked further)
FOLLOW_UP = re.compile(
    r"(et|mais) (?:(?:les?|la|du|des) |l')(?!(seuils?|montants?|taux|dates?|plafonds?|delais?|"
    r"paiements?|versements?|objectifs?|points?)\b)[^?]{0,40}\?\s*$"
)
# Points told in a question: "le volet 1 c'est 280 points", "883 pts"
POINTS_TOLD = re.compile(r"(?<![\d,./])(\d{1,2} \d{3}|\d{2,4}) ?(?:points?|pts?)\b")
# Euros told in a question: "les 490 €", "mes 1 960 euros"
EUROS_TOLD = re.compile(r"(?<![\d,./])(\d{1,2} \d{3}|\d{2,4}) ?(?:€|euros?\b)")
ABSENT_WHY = "Sans cela, cet indicateur n'est pas atteint."  # `RuleAnswers`' words
# A case supposed, not told: "si je ne déclare pas…", "si je suis ni en CPTS ni en MSP"
SUPPOSED = re.compile(r"\bsi (je|j'|on|il|elle|vous|mon|ma|mes)\b|^sans\b")  # "sans Ségur, 0 € ?"
VERDICTS = {
    "atteint": "✅ objectif atteint",
    "non_atteint": "❌ objectif non atteint",
    "ambigu": "⚖️ atteint ou non selon la lecture des textes",
    "inconnu": "❔ pas de verdict à lui seul",
    "neutralise": "neutralisé cette année",
}
PROFESSION_FROM = {"question": "d'après votre question", "session": "votre profil"}
EXERCICE_FROM = {
    "question": "d'après votre question",
    "session": "votre questionnaire",
    "defaut": "l'exercice en cours ou à déclarer",
}
WHICH_POOL = 30  # entries ranked to find the closest one about each indicator asked
FACT_KINDS = (
    "montant",
    "declaration",
    "paiement",
    "obligatoire",
    "a_faire",
    "condition",
    "justificatif",
)  # ShowRuleAnswer.situation of a fact
# The FAQ themes that can follow a date: a payment's entry, a declaration window's.
DATE_THEMES = {"paiement": ("paiement",), "declaration": ("calendrier", "declaration")}
ALTERNATIVES_CACHED = 1000  # facts × cases × days: far fewer are asked in a day
# The templates of the replies, compiled when the responder is built.
TEMPLATES = (
    "faq_alike.j2",
    "faq_answer.j2",
    "faq_compare.j2",
    "faq_decline.j2",
    "faq_fact.j2",
    "faq_inline_fallback.j2",
    "faq_more.j2",
    "faq_rule.j2",
)


# A closing question that asks more than one indicator's worth: a sum, a loss, a comparison
NOT_ONE_WORTH = re.compile(r"\b(total|ensemble|deux|perd\w*|perte|par rapport|compar\w*)\b")
# The maximum asked of each of two professions named
MAX_OF_EACH = re.compile(r"\b(max\w*|plafonds?|au mieux)\b")
# Out-of-scope topics that are other remunerations: a story's closing question on one asks
# about that scheme, not for a verdict on the story's figures
OTHER_PAY = frozenset(["forfaits_autres", "rosp"])


# What a figure entails, asked openly: "ça change quoi", "ça donne quoi", "ça fait quoi"
EFFECT_ASKED = re.compile(
    r"\b(ca|cela) (change|donne|fait|implique) (quoi|koi)\b|\bqu'est-ce que (ca|cela) "
    r"(change|donne|implique)\b|\bquelles? (consequences?|incidences?)\b"
    # "58 % de FSE en 2024, j'ai perdu quoi exactement ?": the loss the figure entails
    r"|\b(j'ai|jai|on a|il a|elle a) perdu (quoi|koi|combien|cb)\b"
    # "forfait structure 2025 : mon taux FSE est à 63 %, je perds quoi exactement ?"
    r"|\b(je|on|il|elle) (perds?|perd|va perdre|vais perdre) (quoi|koi|combien|cb)\b"
    r"|\bc'?(est)? grave\b"
)
REMARK_WORDS = 15  # a remark after the question, not a second story
# A tail asking something of its own, its « ? » left out: "les spé ils ont quoi alors"
TAIL_ASKS = re.compile(
    r"\b(quoi|combien|quand|comment|pourquoi|pk|oui ou non|est-ce|lequel|laquelle|quel\w*|"
    r"(je|on|il|elle) (peux|peut)|faut-il|dois-je|ai-je)\b"
)

# A piece of a message asking about a scheme by name: what is left once a topic out of scope
# is set aside must ask something of its own, not follow up on that topic.
OWN_SCHEME = re.compile(r"\b(forfait structure|fami|donum|dotation numerique|volet [12]|socle)\b")
# A letter's question, with no question mark: « je souhaiterais connaître le montant qui
# m'est dû au titre du FAMI 2024 : j'ai atteint… »
FORMAL_ASK = re.compile(
    r"\b(?:je|nous|il|elle) (?:souhaiterai[st]?|souhaite|voudrai[st]?|aimerai[st]?)"
    r"(?: bien)? (?:conna[iî]tre|savoir) ([^.:;!?]+)[.:;]?",
    re.IGNORECASE,
)
ELLIPTIC = re.compile(
    r"\W*et (pour |sur |en |si )?(le |la |les |l'|du |de la )?\w[\w'-]*( \w[\w'-]*)??"
    r"( (en|pour) 20\d\d)?\s*\?*\s*"
)


# How to tell one exercice per message, when a story over several was not read year by year
YEAR_TOLD = f"FS 2024{NNBSP}: volet 1 ok, MSP, SAS. Combien{NNBSP}?"
YEAR_TOLD_FAMI = f"FAMI 2024{NNBSP}: socle ok, CPTS. Combien{NNBSP}?"
# A sentence that asks: "… pareil + maitre de stage. cb chaque an ?"
ASKED_SENTENCE = re.compile(r"[^.?!]*\?")
# An amount asked: "combien par an ?", "quels montants ?", "ça fait combien ?"
# The years' sum asked of a story (« … ça fait combien au total ? »), and a block it tells
TOTAL_OVER_YEARS = re.compile(r"\b(au total|en tout|total|cumul\w*)\b")
BLOCK_TOLD = re.compile(r"\b(socles?|volet [12])\b")
AMOUNT_ASKED = re.compile(r"\b(combien|cb|montants?|total|en tout)\b")
# A year's amount asked: « Quels montants pour 2024 et 2025 ? », « combien les deux années ? »
# (not « combien, et est-ce que les règles 2024 … ? »: the year is another question's)
YEAR_AMOUNT_ASKED = re.compile(
    r"\b(combien|cb|montants?|estimation|percu|percoit|touchera|attendre|represente)\b"
    r"(?:(?!\bet\b)[^?]){0,40}?\b(20[12]\d|(deux|2) (ans|annees|exercices)|chaque|chacune)\b"
)
# Two years' amounts set against each other: « plus ou moins que 2025 ? », « ce qu'il perdrait »
YEARS_COMPARED = re.compile(
    r"\b(plus ou moins que|par rapport (a|au)|perdrai\w*|de (plus|moins) (que|qu'))\b"
)
# The year a sum is paid in is no exercice asked: « combien au total, payé en 2026 ? »
PAID_IN_YEAR = re.compile(r"\b(paye|verse|regle|recu)e?s? (en|au|a partir de) [^?]{0,15}?20\d\d\b")
# The whole case's total asked: « Combien pour 2026 ? », « je touche combien ? », « Montant
# 2022 ? », « ça fait combien au total ? »
CASE_TOTAL_ASKED = re.compile(
    r"\b(combien|cb|cmb)( (en tout|au total|au final))?( (pour|pr|en) (moi|lui|elle|20\d\d|"
    r"l'exercice( 20\d\d)?|(mon |le |son |la )?(forfait( structure)?|fs|fami|donum|"
    r"dotation numerique)( 20\d\d)?))?( (en|pour|pr) 20\d\d)?\s*\?"
    r"|\b(je|il|elle|on) (touche|toucherai|touchera|toucherait|vais toucher|va toucher|aurai|"
    r"aura)\w* (combien|quoi|cb)\b"
    r"|\b(combien|cb) (je|il|elle) (touche|toucherai|touchera|vais toucher|va toucher|aurai|aura)\b"
    r"|\b(ca|cela) (me |lui |nous )?(fait|fera|ferait|donne|donnera)( combien| cb| quoi)"
    r"( (en tout|au total|au final))?\s*\?"
    r"|^\W*(montant|total)( (total|global|final|20\d\d))?\s*\?"
    r"|\bquels? (montant|total)s?( (pour|en) (moi|lui|elle|20\d\d))?( (au total|en tout))?\s*\?"
    r"|\bqu'est[- ]ce que (je|j'|il|elle) (touche|toucherai|touchera|aurai|aura)\w*\s*\?"
    r"|\bcombien (j'?aurai\w*|j'?ai droit|j'?obtiens|je percoi\w*|il percoi\w*)\b"
    # the whole scheme judged: « ça passe pour le forfait structure 2025 ? »
    r"|\b(ca passe|c'?est bon) (pour|en) (le forfait( structure)?|le fs|le fami|la donum|"
    r"la dotation( numerique)?)\b"
)
# The asker's own sum checked: « … = 4 560 €. je me suis pas planté ? », « je compte 280 + 120
# + 60 = 460 points. Juste ? » (not a received amount, nor a colleague's claim: their cards)
OWN_SUM_CHECKED = re.compile(
    r"(\b(calcul\w*|je compte|j'?ai compte|j'?ai fait|je trouve|je ferais|simul\w*|ca fait|"
    r"ca me fait)\b[^?]*(=|\d ?(€|euros?|points?|pts))|\d ?[+x] ?\d|"
    r"= ?\d[\d \u202f.,]*(€|e\b|euros?|points?|pts))"
    r"[^?]*\b(juste|correct|exact|plante|trompe\w*|c'?est (bien )?(ca|bon)|c (bon|ca))\b[^?]*\?"
)
# … but an item's worth, a loss, a gap or the most (« ça vaut combien ? », « je perds combien ? »,
# « jusqu'à combien au maximum ? »): a card answers those
CASE_TOTAL_ASIDE = re.compile(
    r"\b(perd\w*|perte|cout\w*|rate\w*|manqu\w*|vau\w*|val(ait|aient|ent)|represent\w*|"
    r"rapport\w*|cet|cette|chaque|chacun\w*|maxi\w*|max|plafon\w*|jusqu'a|euros?|points?|pts|"
    r"moyenne|plus|moins|difference|ecart|si|"
    r"seuils?|objectifs?|cibles?)\b"  # "en 2028 les seuils donum montent a cb ?": targets
)
# A loss asked: the sums' loss words, and what an item costs (« ça me coûte »)
LOSS_WORDS = re.compile(rf"{LOST_WORD.pattern}|\bcout\w*\b")
# The item named before, asked again: « … combien en tout juste pour cet indicateur ? »
THIS_ITEM = r"\b(cet indicateur|cet item|cette ligne|l'indicateur)\b"
# One item's worth asked by a pronoun or by name: its card answers
ITEM_AMOUNT_ASKED = re.compile(
    r"\b(ca|elle|il|ils|elles|cela) (me |lui |leur )?(rapporte|vaut|valait|valent|valaient)|"
    + THIS_ITEM
)
# A loss or a refusal told or asked beside an entry on what counts: what the indicator pays
# is said after it
STAKE_LOST = re.compile(
    r"\b(perd\w*|perte|refuse\w*|rejete\w*|pas (eu|touche|recu)|rien (eu|touche|recu)|"
    r"moi non|vient de la|a cause de)\b"
)
# The scheme's maximum asked: "et quel était le maximum théorique ?"
MOST_ASKED = re.compile(rf"\b({MAXIMUM}|max|maxi|plafond)\b")
# An indicator's money asked by its sum: "j'ai les 100 balles de coordination ?"
MONEY_ASKED = re.compile(
    r"\b(j'?ai|je touche|j'aurai|je garde|je perds|ca (me )?(donne|rapporte)|j'?ai droit a) "
    r"(les|mes) \d+ ?(balles|€|euros?)"
)
# "FAMI 2022", "le FAMI pour l'exercice 2022", "forfait structure en 2016": the year is the
# forfait's, not an installation's or a device's ("Apicrypt depuis 2015")
YEAR_OF_SCHEME = (
    r"\b(fami|forfait|structure|donum|dotation numerique|exercice)\W+(\w+\W+){{0,2}}?{year}\b"
)


@dataclass(frozen=True)
class FaqReply:
    """A reply and what it is made of, for `bench/faq_eval.py` and tests."""

    message: Message | None  # None: text typed at a pending question, not a question
    # "rule" (the calculator's verdict), "answer" (an entry), "definition", "suggest"
    # ("Vouliez-vous dire…"), "no_rules" (no rules for the exercice asked: ask the CPAM),
    # "ask_profession" ("Pour quelle profession ?", an amount that
    # differs by profession), "ask_years" (an amount asked for each of several exercices, not
    # read year by year), "ask_case" (a case's total asked, the case not read whole),
    # "decline", "out_of_scope", a greeting kind, "not_a_question"
    outcome: str
    answer: Answer
    entry: FaqEntree | None = None  # the entry answered with, or shown after a verdict
    suggestions: tuple[FaqEntree, ...] = ()  # offered as buttons, nothing answered
    grounded: Grounded | None = None
    fact: Fact | None = None  # a figure or a date of the rules, when asked

    @property
    def confident(self) -> bool:
        """The reply answers (an entry, a verdict, the definition asked for) rather than
        declines or suggests."""
        return self.outcome in ("rule", "answer", "definition", "no_rules")


# Whether a scheme is there that year, and nothing more: "le forfait structure continue en
# 2026 ?", "faut-il déclarer la Donum pour 2025 ?", "j'aurai droit à un forfait structure pour
# 2026 ?" (not its amounts, targets or items: « le seuil du socle en 2026 ? »)
SCHEME_EXISTS = re.compile(
    r"\b(exist\w*|continu\w*|fini|finit|termine\w*|maintenu\w*|arrete\w*|remplac\w*|droit a|"
    r"declarer?|campagne|a partir de quand|(toujours|tjrs|tjs|encore) (le|la|un|une) "
    r"(forfait|fami|donum|dotation)|c'?est (bien )?le (tout )?dernier)\b"
)
ASKS_MORE = re.compile(
    r"\b(combien|cb|cbn|seuils?|taux|montants?|max\w*|points?|pts|calcul\w*|quoi le|c'?est quoi|"
    r"rapport\w*|touch\w*|percev\w*|espere\w*|euros?|indicateurs?|socle|options?|"
    r"convention)\b|€|%|\b\d{1,3}(?: \d{3})+\b|\b(?!20[1-3]\d\b)\d{3,4}\b"
)


def _asks_scheme_exists(text: str) -> bool:
    """The question asks whether a scheme is there for a year, and nothing it pays or
    requires: the note that it ended, or has not begun, answers it."""
    folded = fold(text)
    return SCHEME_EXISTS.search(folded) is not None and ASKS_MORE.search(folded) is None


@dataclass(frozen=True)
class InlineCard:
    """One result of inline mode (`@bot question` in any chat), free of Telegram types."""

    id: str  # at most 64 bytes
    title: str
    description: str
    message: Message  # posted when the card is chosen
    start: str | None = None  # a /start payload for an "Estimer mon forfait" link, if any


@dataclass(frozen=True)
class _Reading:
    """A reply decided, its message not yet rendered: `decided` holds everything but the
    message; `build` renders it (None: no message, text typed at a pending question)."""

    decided: FaqReply
    build: Callable[[], Message] | None

    def reply(self) -> FaqReply:
        if self.build is None:
            return self.decided
        d = self.decided  # built field by field: `replace` costs ~5 µs
        return FaqReply(
            self.build(), d.outcome, d.answer, d.entry, d.suggestions, d.grounded, d.fact
        )


def sources(e: FaqEntree) -> list[str]:
    return [s.label() for s in e.sources]


def other_case(
    e: FaqEntree, session: Session, professions: Mapping[str, FicheProfession]
) -> str | None:
    """The entry's case ("chirurgiens-dentistes, exercice 2024") when the session is in another:
    the guides differ by profession and year, so the user must know."""
    profs, years = e.portee.professions, e.portee.exercices
    year = _exercice(session)
    if not (
        (session.profession and profs and session.profession not in profs)
        or (year is not None and years and year not in years)
    ):
        return None
    parts = [", ".join(professions[p].pluriel for p in profs)] if profs else []
    if years:
        parts.append(f"exercice{'s' if len(years) > 1 else ''} {', '.join(map(str, years))}")
    return ", ".join(parts)


def _fact_beside(f: Fact, ans: Answer) -> bool:
    """The figure is of another indicator than the one the FAQ's sure entry is about, and
    that one is not in the asker's scheme: « les équipements connectés, cb de points ? » in
    2026 is the forfait structure's indicator the Donum lacks, not a Donum option."""
    e = ans.hit.entry if ans.matched and ans.hit is not None else None
    if e is None or not e.indicateurs or f.indicateur is None or f.indicateur in e.indicateurs:
        return False
    if e.portee.professions and f.case.profession not in e.portee.professions:
        return False  # "pour le FAMI il faut un logiciel Ségur ?": a médecins' entry, a dentist
    return not {i.id for i in f.case.dispositif.indicateurs} & set(e.indicateurs)


def _asker(session: Session, ans: Answer) -> Session:
    """The session as the question completes it: the profession and the year it names."""
    year = str(ans.exercice) if ans.exercice_source == "question" else session.exercice
    return replace(session, profession=ans.profession or session.profession, exercice=year)


def _exercice(session: Session) -> int | None:
    return int(session.exercice) if session.exercice and session.exercice.isdigit() else None


def paris_today() -> dt.date:
    """The production clock: tests inject their own date."""
    return dt.datetime.now(PARIS).date()


# A total over several exercices: "… (médecins) 2024 et 2025", "… puis Dotation numérique"
YEARS_TITLED = re.compile(r"\b20\d\d (?:et|à) 20\d\d\b| puis ")


class FaqResponder:
    """Implements the engine's FaqAnswerer on top of a FaqIndex and the calculator."""

    def __init__(
        self,
        index: FaqIndex,
        professions: Mapping[str, FicheProfession],
        rules: RuleAnswers | None = None,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        """`professions`: the registry, for the labels and deep links of an entry's case.
        `today` decides the exercice assumed when neither the question nor the session
        names one (default: the Paris date)."""
        self.index = index
        self.professions = professions
        self.rules = rules
        self.today = today or paris_today
        self.covered = covered_text(rules.kb) if rules else "les forfaits de modernisation"
        self.facts = RuleFacts(rules) if rules else None
        self.sums = RuleSums(rules) if rules else None
        # how a secondary source is cited: "(cgm.com)"
        self._pages = (
            {f"({d.url})" for d in rules.kb.sources.values() if d.confiance == "secondaire"}
            if rules
            else set()
        )
        self._alternatives: dict[tuple[object, ...], tuple[tuple[str, str, int], ...]] = {}
        preload(*TEMPLATES)  # at start-up: compiled in a reply, the first ones took ~5 ms more
        # each scheme's indicators, by (profession, exercice) as the knowledge keys them
        self._indicator_ids = (
            {k: frozenset(i.id for i in d.indicateurs) for k, d in rules.kb.dispositifs.items()}
            if rules
            else {}
        )

    @classmethod
    def from_knowledge(
        cls, kb: Knowledge, today: Callable[[], dt.date] | None = None
    ) -> FaqResponder:
        index = FaqIndex(
            kb.faq, kb.glossaire, kb.hors_perimetre, kb.dispositifs.values(), kb.professions
        )
        return cls(index, kb.professions, RuleAnswers(kb, index), today)

    def answer(self, text: str, session: Session | None = None) -> Answer:
        prof = session.profession if session else None
        year = _exercice(session) if session else None
        return self._named_elsewhere(text, self.index.answer(text, prof, year, self.today()))

    def _named_elsewhere(self, text: str, ans: Answer) -> Answer:
        """An entry on other indicators than the one the question names, as close as an entry
        on that one, is a guess between them: « la prise en charge coordonnée c tjs un
        indicateur du volet 1 ? » is not the messagerie's « encore un indicateur séparé ? »."""
        hit = ans.hit if ans.matched else None
        if hit is None or not hit.entry.indicateurs or self.facts is None or not ans.profession:
            return ans
        on = set(hit.entry.indicateurs)
        close = [
            h
            for h in ans.suggestions
            if hit.score - h.score < NAMED_MARGIN and set(h.entry.indicateurs) - on
        ]
        if not close:  # most answers: no close entry on another indicator, nothing to read
            return ans
        case = self.facts.case_of(ans, self.today())
        named = self.indicator_named(text, case.dispositif) if case is not None else None
        here = {i.id for i in case.dispositif.indicateurs} if case is not None else set()
        if named is None or named in on or not here & on:
            return ans  # an entry on another scheme's indicators may name the same thing
        if self.rules.also_named(text, case.dispositif, on, besides=named):
            return ans
        rivals = [h for h in close if named in h.entry.indicateurs]
        if not rivals:
            return ans
        others = [hit, *(h for h in ans.suggestions if h is not rivals[0])]
        return replace(ans, hit=rivals[0], suggestions=others)

    def reply(self, text: str, session: Session, forwarded: bool = False) -> Message | None:
        return self.respond(text, session, forwarded).message

    def indicator_named(self, text: str, d: Dispositif) -> str | None:
        """The indicator of `d` the text names clearly, by the calculator's words."""
        if self.rules is None:
            return None
        named = self.rules.named_in(text, d)
        return named[0].id if named is not None else None

    def sure_reply(self, text: str, session: Session) -> Message | None:
        """The reply when it answers (an entry, a verdict, a definition) or names a topic the
        bot does not cover, else None: for text typed at a question that is not its answer
        ("un patient me demande comment activer son Mon espace santé")."""
        rep = self.respond(text, session)
        return rep.message if rep.confident or rep.outcome == "out_of_scope" else None

    def respond(self, text: str, session: Session, forwarded: bool = False) -> FaqReply:
        """The reply with what it is made of: what `make eval` scores is what users see. A
        message asking two or three things gets each one's answer, when each is sure, they
        differ, and the whole, if sure, answered one of them as it alone is answered.

        Each reading decides first and renders after (`_Reading`): only the reply given is
        rendered, not the whole's when its parts answer, nor the parts' when the whole does
        (~0.1 ms of the three readings of a two-question message)."""
        text = respelled(text)  # "ma declaraton 2025": read as the index reads it
        text = ADVISOR_TITLE.sub(r"\1", text).strip() or text  # its words name no indicator
        text = FORWARD_HEAD.sub("", text) or text
        text = MESSAGE_HEAD.sub("", text)
        text = SMILEY.sub(".", text)
        text = PURPOSE_UPDATE.sub("", text) if "jour" in text else text
        if "secteur" in text.lower() and not SECTOR_ASKED.search(
            fold(SENTENCE_END.split(text, maxsplit=1)[-1])
        ):
            text = SECTOR_TOLD.sub(r"\1", text)  # "Je suis pédiatre secteur 2. …": who asks
        refused = SECTOR_BESIDE.search(text) if "secteur" in text.lower() else None
        after = fold(text[refused.end() :]) if refused else ""
        if refused and REFUSAL_ASKED.search(after) and not ENTITLED_ASKED.search(after):
            # "Je suis en secteur 2 et franchement ce forfait je m'en passerais bien, je peux le
            # refuser ?": whether one may refuse it, the sector who asks
            text = text[: refused.start()] + refused[1] + text[refused.end() :]
        text = ACCOUNTANT_HEAD.sub("", text) or text  # « Expert-comptable : … », who writes
        text = YEAR_DESCRIBED.sub(r"\1", text)  # « l'exercice 2025, le dernier avant la Donum »
        text = READ_FOR_YEAR.sub("", text)  # « … comme je l'ai lu pour 2022 ? »
        text = MONTH_NOW.sub("", text).strip() or text  # « On est en décembre et … »
        text = INTO_YEAR.sub(_into_year, text)  # « passé de combien à combien en 2022 ? »
        text = corrected(text)  # "messagerie 8 %... non attendez, 12 %": 12 % only
        text = one_person(text)  # "le Dr A à 81 %, le Dr B à 64 %. Le Dr B valide ?": B's
        text = SIGN_OFF.sub("", text)  # "… combien au maximum ? Merci d'avance, je m'y perds"
        if "?" not in text:  # "je souhaiterais connaître le montant dû : …": that, asked
            text = FORMAL_ASK.sub(r"\1 ?", text, count=1)
        text = CONFIRM_TAIL.sub("", text)  # "« … 8 141 € ? » Je peux lui confirmer ?": the first
        text = bare_rates(text)  # "DMT 98 FSE 97 PSE 35 AAT 30": percentages
        text = punctuated(text)  # "sas non maitre de stage oui": "sas non, maitre de stage oui"
        text = bullets_joined(text)  # "exercice 2023 :\n- volet 1 ok\n- CPTS": "volet 1 ok ; CPTS."
        text = part_named(text)  # "FS 2025 teleservices : AAT 88 %, … cb pr cette partie ?"
        text = next_year_named(short_years_led(text))  # "23 : …", "l'année d'après"
        text = asked_last(text)  # "total FAMI 24+25 ? 2024 = … 2025 = …": the question last
        people = each_person(text)  # "lui volet 1 + SAS. Moi le socle + CPTS. Combien chacun ?"
        summed = people is not None and sum_asked(text)  # "… combien pour le cabinet au total ?"
        if people is not None and (
            each := self._respond_people(people, session, forwarded, summed)
        ):
            return each
        one = one_asked(text)  # "moi 68 %, mon associé 74 %. Lui valide ?": the associate
        if one is not None and (theirs := self._respond_people((one,), session, forwarded)):
            return theirs
        text = told_after_moved(text)  # "C'est bien 1 960 € ? Un collègue me dit 2 800 €."
        text = question_first_moved(text)  # "il veut savoir combien il touche. En 2024 …"
        text = others_aside(text)  # "Mon associé touche plus, lui fait du SAS. Combien pour moi ?"
        parts = question_parts(text)
        if not parts:
            one = self._read_one(text, session, forwarded).reply()
            rep = self._years_scoped(text, one, each_year_asked(text))
            if rep is one and self._card_beside_story(text, one):
                rep = self.years_unread(one, tuple(sorted(years_covered(text))))
            elif rep is one and self._card_beside_case(text, one):
                rep = self.years_unread(one, ())
        else:
            with shared_searches():  # the parts mostly search the whole's words again
                rep = self._respond_parts(text, parts, session, forwarded)
        if self._card_beside_years_asked(text, rep) or self._card_beside_years_compared(text, rep):
            rep = self.years_unread(rep, tuple(sorted(years_covered(text))))
        if rep.answer.autre_profession is not None:
            return rep
        found = self._aside(text)
        if found is None:
            return rep
        aside, rest = found
        if not rep.confident:  # the rest answered alone, the topic declined before it
            alone = self.respond(rest, session, forwarded)
            return _with_aside(alone, aside) if alone.confident else rep
        # answered whole, a fee or a tax asked beside: said not covered rather than ignored
        return _with_aside(rep, aside) if aside.toujours else rep

    def _aside(self, text: str) -> tuple[SujetHorsPerimetre, str] | None:
        """ "… quel taux pour le socle ? et au passage, le G est revalorisé quand ?": the topic
        out of scope a piece of the message names, and the rest, which asks a question of its
        own on a scheme; None when nothing in scope is asked apart from that topic."""
        if not self.index.names_offtopic(normalise(text)):
            return None
        numbered = is_numbered(text)
        pieces = [w for w, _ in question_parts(text)] if numbered else SENTENCE_END.split(text)
        topics = [self.index.offtopic_in(normalise(p), fold(p)) for p in pieces]
        # a question of its own on a scheme, not "et pour le Donum ?" after "… sur ma 2035 ?"
        asked = [
            i
            for i, p in enumerate(pieces)
            if topics[i] is None
            and (numbered or "?" in p)
            and OWN_SCHEME.search(f := fold(p))
            and not ELLIPTIC.fullmatch(f)
        ]
        aside = next((t for t in topics if t is not None), None)
        if aside is None or not asked:
            return None
        for i, t in enumerate(topics):
            if t is None or numbered or "?" in pieces[i]:
                continue
            set_aside = SET_ASIDE_SAID.search(fold(pieces[i])) or OWN_QUESTION_LED.match(
                fold(pieces[asked[0]]).strip()
            )
            if i < asked[0] and not set_aside:
                return None  # told before the question ("… sur Doctolib. Ça compte ?"): its context
            if t.id == "rosp":
                return None  # amelipro's path to declare goes through « Convention – ROSP »
        return aside, " ".join(p for p, t in zip(pieces, topics, strict=True) if t is None)

    def _respond_people(
        self, people: tuple[Person, ...], session: Session, forwarded: bool, summed: bool = False
    ) -> FaqReply | None:
        """`respond` for two practitioners' cases asked each, or one of them asked of: each
        one's reply under their name, then their sum when asked; None when any is not sure,
        or a sum asked is not two sure totals (the whole then answers)."""
        replies: list[FaqReply] = []
        for person in people:
            told = person.profession or session.profession
            # the asker's session is theirs: the other one's case starts from nothing
            mine = person.label == "vous"
            asker = replace(session, profession=told) if mine else Session(0, told)
            r = self._read_one(person.story, asker)
            if not r.decided.confident or r.build is None:
                return None
            replies.append(r.reply())
        if len(replies) == 2 and replies[0].message == replies[1].message:
            return None  # the same answer twice reads nothing of each one's case
        together = _summed(replies) if summed else None
        if summed and together is None:
            return None
        blocks: list[Block] = []
        for person, rep in zip(people, replies, strict=True):
            assert rep.message is not None
            blocks.append(Block((line(bold(f"Pour {person.label}{NNBSP}:")),)))
            blocks += [_without(b, OTHER_CASES) for b in rep.message.blocks]
        if together is not None:
            blocks.append(together)
        msg = Message(tuple(blocks))  # one's buttons would read as the other's
        if forwarded:
            msg = _for_advisor(msg, self._assumed(replies[0].answer))
        return replace(replies[0], message=msg)

    def _respond_parts(
        self, text: str, parts: list[tuple[str, str]], session: Session, forwarded: bool
    ) -> FaqReply:
        """`respond` for a message of two or three questions."""
        whole = self._read_one(text, session, forwarded)
        if whole.build is None:
            return whole.reply()
        read_whole = whole.decided.answer
        if (
            read_whole.profession_source == "question"
            and read_whole.profession != session.profession
        ):
            # "… socle ok. combien par annee ? et c koi la date limite pr le fami 2025": the
            # message is a dentist's, its first part too, whatever the session says
            session = replace(session, profession=read_whole.profession)
        years = each_year_asked(text)  # "… 2024 pareil + SAS. cb chaque an ? et c quand ?"
        unread = False  # a part asking each year's amount, answered on one year only
        readings: list[_Reading] = []
        said: list[tuple[object, ...]] = []
        numbered = is_numbered(text)
        topics: set[str] = set()  # the indicators the parts before answered on
        for written, read in parts:  # each part read only while the whole may still be split
            r = self._read_one(read, session)
            # "… ? et pour l'appli carte Vitale … ?": a new subject, not the same one followed up
            new_subject = NEW_SUBJECT.match(fold(written)) and _topics(r.decided) & topics
            again = said and (_what_it_says(r.decided) in said or new_subject)
            again = again and not _another_total(r.decided, readings)
            if r.decided.confident and again and read != written:
                # read after the question before it, it got that one's answer, or another on
                # the same indicator (« le seuil des ordonnances ? et l'appli carte Vitale ? »):
                # alone
                r = self._read_one(alone(text, written), session)
            elif not r.decided.confident and read != written and (said or numbered):
                # unsure after what the message told first (« je suis conseillère CIS à la
                # CPAM, un médecin me demande trois choses : 1) … »), or after the question
                # before it: alone, with its schemes. A story told before a first question
                # unnumbered is its context: the whole then answers.
                r = self._read_one(alone(text, written), session)
            if not r.decided.confident or r.build is None:
                return self._years_scoped(text, whole.reply(), years)
            says = _what_it_says(r.decided)
            if says in said and not _another_total(r.decided, readings):
                return self._years_scoped(text, whole.reply(), years)  # one answer for both
            each = years and EACH_YEAR_ASKED.search(fold(written))
            given = any(_years_given(x.decided) for x in readings)  # a part before gave them
            if each and not given and _beside_years(r.decided, years, read):
                unread = True
                told = self.years_unread(r.decided, years)
                r = _Reading(told, lambda told=told: told.message)
            readings.append(r)
            said.append(says)
            topics |= _topics(r.decided)
        # the whole on one part's indicator, the next parts opening other subjects: no other
        # reading ("le seuil des ordonnances ? et pour l'appli carte Vitale ?")
        whole_on = _topics(whole.decided)
        follow = [w for w, _ in parts[1:]]
        subjects = all(NEW_SUBJECT.match(f) or FOLLOW_UP.match(f) for f in map(fold, follow))
        covered = bool(whole_on) and whole_on <= topics and subjects
        other = _what_it_says(whole.decided) not in said and not covered
        # "… = 1240 ? et c payé quand ?": the asker's total a part checks, the whole none
        summed = [r.decided.fact for r in readings if r.decided.fact is not None]
        # (or a story's total over several years: "fs 2024 … 2025 pareil. cb par an ? et c
        # quand la date limite ?")
        years_summed = any(f.asked == "somme" and YEARS_TITLED.search(f.titre) for f in summed)
        total_lost = (any(f.asked == "somme" and f.verdict for f in summed) or years_summed) and (
            whole.decided.fact is None or whole.decided.fact.asked != "somme"
        )
        # (a part asking each year's amount not read: the other parts' answers are kept,
        # unless the whole gives the years)
        kept = unread and not _years_given(whole.decided)
        first = readings[0].decided
        if (
            len(parts) == 2
            and other
            and whole.decided.confident
            and whole.decided.fact is None
            and whole.decided.grounded is None
            and first.fact is not None
            # (or the scheme's sum, "si je suis à 100 % partout, je touche combien ?")
            and (
                first.fact.subject == "total"
                or (first.fact.asked, first.fact.subject) == ("somme", "")
            )
        ):
            # "fami 2024 c cb max ? et le taux fse mini c 70 % ou 2/3 ?": the whole answers
            # the second question with an entry and leaves out the first's total: both given
            readings[-1] = whole
            other = False
        if whole.decided.confident and other and not numbered and not total_lost and not kept:
            # the whole read its questions otherwise than each one alone; questions numbered
            # by the asker are each answered
            return self._years_scoped(text, whole.reply(), years)
        replies = [r.reply() for r in readings]
        blocks: list[Block] = []
        if forwarded:
            blocks.append(
                Block((line(bold("Réponse à transmettre"), f" (question : « {text} »)"),))
            )
        for n, ((written, _), r) in enumerate(zip(parts, replies, strict=True), start=1):
            assert r.message is not None
            blocks.append(Block((line(bold(f"{n}. {written}")),)))
            shown = set(blocks)  # the same entry after two parts: once
            blocks += [x for b in r.message.blocks if (x := _without(b, OTHER_CASES)) not in shown]
        main = whole.decided if whole.decided.confident else replies[0]
        if unread:  # one question answered, another not: no sure answer to the message
            main = replace(main, outcome="ask_years")
        msg = Message(tuple(blocks))  # each part's buttons would read as the others'
        if forwarded:
            msg = _for_advisor(msg, self._assumed(whole.decided.answer))
        return replace(main, message=msg)

    def _asked_case(self, session: Session, ans: Answer, e: FaqEntree) -> Session:
        """The session as the question completes it; its year left out when the question
        names the scheme whose years the entry is about ("la diff entre le FS et la Donum ?"
        in a 2025 session: the Donum's entry is asked for, not another year's rule)."""
        asker = _asker(session, ans)
        schemes = ans.scope.schemes if ans.scope is not None else ()
        years = set(e.portee.exercices)
        if self.rules is None or not schemes or not asker.profession or not years:
            return asker
        named = {
            y
            for k, ys in self.rules.scheme_years(asker.profession).items()
            if k in schemes
            for y in ys
        }
        if years <= named and _exercice(asker) not in years:
            return replace(asker, exercice=None)
        return asker

    def _planned(self, text: str, g: Grounded) -> Grounded:
        """ "2 interventions en EHPAD, la 3e est calée le 18 décembre": a count one short of
        its target, the next one planned within the exercice, judged with it, on that
        condition."""
        s = g.situation
        target = s.composante.cible if s.composante is not None else s.indicateur.cible
        if self.rules is None or g.statut != "non_atteint" or target.type != "nombre":
            return g
        folded = fold(text)
        m = PLANNED.search(folded) or PLANNED_IF.search(folded)
        if m is None or s.valeur is None or s.valeur.kind != "nombre":
            return g
        n = ORDINALS.get(m["n"]) or int(m["n"])
        year = g.case.exercice
        later = re.search(r"\b20[1-3]\d\b", folded[m.end() : m.end() + 40])
        if n != round(s.valeur.value) + 1 or self.today() > dt.date(year, 12, 31):
            return g
        if later is not None and int(later[0]) != year:
            return g  # "la 3e est prévue en janvier 2027": another exercice
        month = re.search(rf"\b({'|'.join(MONTHS)})\b", folded[m.end() : m.end() + 30])
        if later is None and month is not None and MONTHS.index(month[1]) + 1 < self.today().month:
            return g  # "la 3e est prévue le 12 janvier" (told in December): next year's
        counted = replace(s, valeur=replace(s.valeur, value=float(n), text=str(n)))
        judged = self.rules.judge(g.case, counted)
        said = (
            f"Avec la {n}e, prévue, si elle a bien lieu d'ici le 31/12/{year}{NNBSP}; sans elle, "
            f"{n - 1} ne suffisent pas."
        )
        return replace(judged, consequences=[said, *judged.consequences])

    def _respond_one(self, text: str, session: Session, forwarded: bool = False) -> FaqReply:
        """The reply to one question."""
        return self._read_one(text, session, forwarded).reply()

    def _read_one(self, text: str, session: Session, forwarded: bool = False) -> _Reading:
        """The reply to one question, decided (outcome, entry, verdict, fact), its message
        rendered only when asked for."""
        ans = self.answer(text, session)
        if ans.kind in GREETINGS:
            return _Reading(FaqReply(None, ans.kind, ans), lambda: plain(GREETINGS[ans.kind]))
        if no_question(text):  # "ouais", "nsp", "deux tiers" typed with no question pending
            if session.pending is not None and not forwarded:
                return _Reading(FaqReply(None, "not_a_question", ans), None)
            return _Reading(FaqReply(None, "not_a_question", ans), what_to_ask)
        suggested = tuple(h.entry for h in ans.suggestions[:SUGGESTED])

        def note() -> str | None:
            return self.scheme_note(ans) or self.ended_note(ans)

        foreign = foreign_item(self.facts, text, ans, self.today()) if self.facts else None
        if foreign is not None:  # "dentiste, le SAS ça existe pour nous ?": not in the FAMI
            return _Reading(
                FaqReply(None, "rule", ans, None, fact=foreign),
                lambda: self.fact_message(foreign, ans, forwarded, text),
            )
        told = points_told(text)  # "j'arrive à 340 points, ça fait combien ?": its euros
        total = None if told else self.sum_fact(text, ans)
        if total is not None:  # several indicators listed: what they pay together
            return _Reading(
                FaqReply(None, "rule", ans, None, fact=total),
                lambda: self.fact_message(total, None, forwarded, text),
            )
        per_unit = self.per_unit(text, ans)
        if per_unit is not None:  # "6 interventions, donc 1 800 € ?": paid once
            return _Reading(
                FaqReply(None, "rule", ans, None, fact=per_unit),
                lambda: self.fact_message(per_unit, ans, forwarded, text),
            )
        computed = self.computed(text, ans)
        if computed is not None:
            context = ans.hit.entry if ans.matched and ans.hit is not None else None

            def computed_message() -> Message:
                assert computed is not None
                msg = computed
                if context is not None:  # the entry after the figure, as after a verdict
                    more = render("faq_more.j2", (), e=context, entry_sources=sources(context))
                    msg = Message(msg.blocks + more.blocks)
                return _for_advisor(msg, None) if forwarded else msg

            return _Reading(FaqReply(None, "rule", ans, context), computed_message)
        over = self.facts.verdicts_over_years(text, ans, self.today()) if self.facts else None
        if over is None and self.facts is not None:
            # "moi généraliste, ma femme dentiste, tous les deux à 68 %": each one's verdict
            each = self.facts.verdicts_by_profession(text, ans, self.today())
            if each:
                return _Reading(
                    FaqReply(None, "rule", ans, None, fact=each[0]),
                    lambda: self.compared_message(each, ans, forwarded, text),
                )
        if over is not None:  # one figure, two years: each year's verdict
            return _Reading(
                FaqReply(None, "rule", ans, None, fact=over),
                lambda: self.fact_message(over, ans, forwarded, text),
            )
        path = self._path_verdict(text, ans)
        if path is not None:  # "… Apicrypt, la vieille version 1. ça valide la messagerie ?"
            # the entry after it only when it is about that indicator (a story's words may
            # have found another one's)
            seen = self.fact_context(path, ans, text)
            about = seen is not None and path.indicateur in seen.indicateurs
            return _Reading(
                FaqReply(None, "rule", ans, seen if about else None, fact=path),
                lambda: self.fact_message(path, ans, forwarded, text),
            )
        if self.facts is not None and first_asked(text) and asked(text) == "condition":
            # "l'aller vers, faut avoir validé le socle ? … une dentiste qui a raté son taux
            # FSE": the condition asked, before a verdict on what the message tells
            cond = self.facts.fact(text, ans, self.today())
            if cond is not None and cond.asked == "condition":
                return _Reading(
                    FaqReply(None, "rule", ans, None, fact=cond),
                    lambda: self.fact_message(cond, ans, forwarded, text),
                )
        across = self._lost_across(text, ans)
        if across is not None:  # "si j'arrête le DMP, ça coûte combien en 2025 et en 2026 ?"
            return _Reading(
                FaqReply(None, "rule", ans, None, fact=across),
                lambda: self.fact_message(across, ans, forwarded, text),
            )
        grounded = self.ground(text, ans) or self._closing_ground(text, ans)
        if grounded is not None:
            grounded = self.kept_named(text, self.quoted_elsewhere(text, grounded))
            grounded = _still_due(text, _nothing_more(text, grounded))
            grounded = _how_declared(text, grounded)
            grounded = _claim_checked(text, self._planned(text, grounded))
            grounded = self._target_doubted(text, _nothing_left(text, grounded))
            grounded = _only_this_lost(text, grounded)
            grounded = _parts_missed(text, grounded)
            context = self.context_entry(grounded, ans, text)
            return _Reading(
                FaqReply(None, "rule", ans, context, grounded=grounded),
                lambda: self.rule_message(grounded, ans, forwarded, text),
            )
        apart = self._apart(text, ans) if ans.profession is None else []
        if apart:  # "68 % de FSE, c'est bon ?": met for a médecin, not for a dentist
            return _Reading(
                FaqReply(None, "rule", ans, None, grounded=apart[0]),
                lambda: self.apart_message(apart, ans, forwarded, text),
            )
        which = self.which_one(text, ans)
        if which is not None:  # "j'ai raté la messagerie…": two indicators, ask which
            note_, entries = which
            return _Reading(
                FaqReply(None, "suggest", ans, suggestions=entries),
                lambda: self.decline([], forwarded=forwarded, note=note_, entries=entries),
            )
        compared = self.figures_compared(text, ans)
        if len(compared) > 1 and MAX_OF_EACH.search(fold(text)):
            # "son FAMI monte à 1 115 € max et moi dentiste à 1 240 €, c'est bien ça ?": each
            # profession's maximum, not one of them
            return _Reading(
                FaqReply(None, "rule", ans, None, fact=compared[0]),
                lambda: self.compared_message(compared, ans, forwarded, text),
            )
        fact = self.facts.fact(text, ans, self.today()) if self.facts is not None else None
        fact = fact or self._closing_worth(text, ans)
        # a date told is set against the indicator named, whatever entry the index found
        if fact is not None and _fact_beside(fact, ans) and _date_told(fold(text)) is None:
            fact = None
        if fact is not None:
            context = self.fact_context(fact, ans, text)
            return _Reading(
                FaqReply(None, "rule", ans, context, fact=fact),
                lambda: self.fact_message(fact, ans, forwarded, text),
            )
        if len(compared) > 1:  # "kiné vs dentiste, le FAMI max ?": each one's figure
            return _Reading(
                FaqReply(None, "rule", ans, None, fact=compared[0]),
                lambda: self.compared_message(compared, ans, forwarded, text),
            )
        alike = self.proof_for_all(text, ans)
        if alike:  # "taux de FSE : un justificatif à envoyer ?": the same for every profession
            return _Reading(
                FaqReply(None, "rule", ans, None, fact=alike[0]),
                lambda: self.compared_message(alike, ans, forwarded, text, "faq_alike.j2"),
            )
        by_profession = self.figures_by_profession(text, ans)
        if len(by_profession) > 1:  # "combien je touche au maximum ?": whose forfait?
            return _Reading(
                FaqReply(None, "ask_profession", ans, suggestions=suggested),
                lambda: self.ask_profession(by_profession, forwarded),
            )
        if ans.matched and ans.hit is not None:
            e = ans.hit.entry
            if VERDICT.match(e.reponse) and self._after_its_end(ans):
                # "je m'installe en 2027, j'aurai droit au forfait structure ?": the entry's
                # « Oui » is of the scheme's years, not of 2027
                e = self.index.unverdicted(e)

            def entry_message() -> Message:
                other = other_case(e, self._asked_case(session, ans, e), self.professions)
                year = None if other else _year_line(e, ans, self._provisional(ans))
                reply = self.entry_reply_for(
                    e,
                    ans.suggestions,
                    forwarded,
                    other,
                    year=year,
                    definitions=_defined(ans),
                    note=self.scheme_note(ans) or self.ended_note(ans, None if other else e),
                    stake=None
                    if other
                    else self.stake_line(text, ans, e)
                    or self.max_elsewhere(text, ans, e)
                    or self.most_beside(text, ans, e),
                )
                if forwarded:
                    reply = _for_advisor(reply, self._assumed(ans))
                return reply

            return _Reading(FaqReply(None, "answer", ans, e), entry_message)
        if ans.hors_sujet is not None:  # a neighbouring topic: say so, and where to ask
            return _Reading(
                FaqReply(None, "out_of_scope", ans, suggestions=suggested),
                lambda: self.decline(ans.suggestions, ans.hors_sujet, forwarded, note=note()),
            )
        if ans.outcome == "definition":
            return _Reading(
                FaqReply(None, "definition", ans, suggestions=suggested),
                lambda: self.decline(
                    ans.suggestions, forwarded=forwarded, definition=ans, note=note()
                ),
            )
        if session.pending is not None and not text.strip().endswith("?") and not forwarded:
            # an answer the engine did not read
            return _Reading(FaqReply(None, "not_a_question", ans), None)
        closing = self._closing_read(text, ans, forwarded) or self._before_remark(
            text, ans, forwarded
        )
        if closing is not None:
            return closing
        uncovered = self.uncovered_note(text, ans)
        if uncovered is not None:  # "FAMI 2022 le socle c'était combien ?": no rules, say so
            return _Reading(
                FaqReply(None, "no_rules", ans, suggestions=suggested),
                lambda: self.decline(
                    ans.suggestions, forwarded=forwarded, note=uncovered, sure=True
                ),
            )
        ended = self.ended_note(ans) if _asks_scheme_exists(text) else None
        if ended is not None:  # "le forfait structure continue en 2026 ?": it ends, say so
            return _Reading(
                FaqReply(None, "no_rules", ans, suggestions=suggested),
                lambda: self.decline(ans.suggestions, forwarded=forwarded, note=ended, sure=True),
            )
        return _Reading(
            FaqReply(None, "suggest" if suggested else "decline", ans, suggestions=suggested),
            lambda: self.decline(ans.suggestions, forwarded=forwarded, note=note()),
        )

    # ---- rule-grounded answers ---------------------------------------------------------

    def sum_fact(self, text: str, ans: Answer) -> Fact | None:
        """The calculator's total for the indicators a question lists, on the case the FAQ
        index assumed (a profession is needed: the lists differ)."""
        if self.sums is None or self.facts is None or ans.kind != "faq":
            return None
        # a neighbouring word ("lecteur en panne") is no out-of-scope topic for one's figures
        aside = ans.hors_sujet is not None and not ans.hors_sujet.toujours
        out = ans.outcome == "out_of_scope" and not aside
        if ans.profession is None or out or ans.autre_profession or VSM.search(fold(text)):
            return None  # the VSM forfait is not one of the schemes' indicators
        folded = fold(text)
        if RECEIVED.search(folded) and EXPECTED_SUM.search(folded):
            return None  # "reçu 650 € alors que nous attendions 490 + 100": the amount read
        today = self.today()
        case = self.facts.case_of(ans, today)
        # ("je fais 2 h de SAS … mon relevé affiche « non atteint »": a display, not the case)
        told = sas_shown_missed(text)
        total = self.sums.fact(told, self._whole_years(text, ans, today), case, today)
        folded = fold(text)
        if total is not None and total.span is None and NOT_RECEIVED.search(folded):
            # "… je n'ai rien reçu. Je devais toucher combien et qui contacter ?": the total,
            # then when it is paid and what to do
            when = self.facts.fact_for(text, total.case, "paiement", today)
            return _together(total, when) if when is not None else total
        if total is None or case is None or not WHEN.search(folded):
            return total
        paid = PAID_WHEN.search(folded)
        if DECLARATION.search(folded) or DEADLINE_WORDS.search(folded):
            # "Quelle était la date limite, et combien aurait-il dû toucher ?": the window
            # of the year totalled (several years' windows: not one answer)
            if total.span is not None:
                return None
            declared = _together(total, self.facts.declaration(total.case, today))
            return _together(declared, self.facts.payment(total.case)) if paid else declared
        if PAYMENT.search(folded):
            # "… et c'est versé quand ?": when the year totalled (the last of several) is paid
            return _together(total, self.facts.payment(total.case))
        return total

    def _whole_years(self, text: str, ans: Answer, today: dt.date) -> Answer:
        """ "Mon cas 2025 : … Combien ? Et en 2026 avec les mêmes taux ?": answered by the
        question it closes on, whose years are one of the story's; its total is of each year
        the whole message names (read only for such a follow-up)."""
        if ans.scope is None or not FOLLOW_YEAR.match(fold(SENTENCE_END.split(text.strip())[-1])):
            return ans  # "… Si je garde ces taux, j'ai le socle ?": the question alone
        whole = self.index.reader.detect(text, today)
        if len(whole.exercices) <= len(ans.scope.exercices):
            return ans
        if not set(ans.scope.exercices) <= set(whole.exercices):
            return ans
        scope = replace(ans.scope, exercices=whole.exercices, schemes=whole.schemes)
        return replace(ans, scope=scope)

    def per_unit(self, text: str, ans: Answer) -> Fact | None:
        """An amount told as a count times what one indicator pays (`RuleFacts.per_unit`)."""
        if self.facts is None or ans.kind != "faq" or ans.profession is None:
            return None
        if ans.outcome == "out_of_scope" or ans.autre_profession is not None:
            return None
        case = self.facts.case_of(ans, self.today())
        return self.facts.per_unit(text, case) if case is not None else None

    def computed(self, text: str, ans: Answer) -> Message | None:
        """What a rule outside the schemes' indicators gives for the asker's own case: the VSM
        forfait for their share of ALD patients (« 45 % de mes ALD avec un VSM dans le
        DMP »), the start of the FSE rate's period for a first FSE dated (FAMI), an amount
        received read back, a number of points in euros."""
        if self.rules is None or ans.kind != "faq" or ans.outcome == "out_of_scope":
            return None
        found = vsm_reply(self.rules.kb.vsm, text)
        if found is None and ans.profession in (None, "chirurgien-dentiste"):
            found = fse_start(text, self._fse_target(ans))
        if found is None and self.facts is not None and ans.profession is not None:
            case_for = self._case_for(ans)
            sums = self.sums
            story = (lambda d: sums.story_total(text, d)) if sums is not None else None
            scope = ans.scope
            if (
                ans.scope is not None
                and not ans.scope.exercices
                and YEAR_NAMED.search(text)
                and RECEIVED.search(fold(text))
            ):
                # "FAMI 2023 reçu 590, FAMI 2024 j'ai 890. Ça a augmenté ?" answered by its
                # closing question: the years are the story's
                scope = self.index.reader.detect(text, self.today())
            told = (lambda d: sums.told_met(text, d)) if sums is not None else None
            found = gap_reply(text, case_for)
            found = found or received_reply(text, case_for, scope, self.today(), story, told)
            # « reçu 2 800 €, c'est quoi la moyenne ? », no entry sure of it (unless the reply
            # sets the amount against the mean published for that exercice)
            if (
                found is not None
                and AVERAGE.search(fold(text))
                and not ans.matched
                and "Moyenne nationale" not in to_text(found)  # rendered only when asked
            ):
                return None
            found = found or missing_reply(text, case_for) or points_reply(text, case_for)
            found = found or euros_in_points(text, case_for)
        return found

    def _fse_target(self, ans: Answer) -> str | None:
        """The dentists' FSE rate objective on the exercice asked (its text, as sourced)."""
        assert self.rules is not None
        year = ans.exercice or self.today().year
        case = self.rules.case("chirurgien-dentiste", year, self.today(), ("question", "question"))
        found = case and next(
            (i for i in case.dispositif.indicateurs if i.id == "taux_teletransmission"), None
        )
        return found.cible.texte if found else None

    def _case_for(self, ans: Answer) -> Callable[[int | None], Case | None]:
        """The asker's case for an exercice the reply picks, or (None) the one assumed."""
        assert self.facts is not None and self.rules is not None and ans.profession is not None
        facts, rules, profession, today = self.facts, self.rules, ans.profession, self.today()
        sources = (ans.profession_source or "question", "question")

        def case_for(year: int | None) -> Case | None:
            if year is None:
                return facts.case_of(ans, today)
            return rules.case(profession, year, today, sources)

        return case_for

    def ground(self, text: str, ans: Answer) -> Grounded | None:
        """The calculator's verdict when the question gives a figure or a situation of the
        asker's own; never for a profession the knowledge does not cover."""
        if self.rules is None or not self._judgeable(text, ans):
            return None
        sentences = SENTENCE_END.split(text.strip())
        last = fold(sentences[-1])
        g = self.rules.ground(text, ans, self.today())
        topic = ans.hors_sujet
        if topic is not None and topic.id in OTHER_PAY and len(sentences) > 1:
            judged = g is not None and self.rules.names(last, g.situation.indicateur)
            if not judged and any(_said(t, last) for t in topic.termes):
                return None  # "… 95 % de FSE. Le taux de dépassement autorisé à l'OPTAM ?"
        if ans.outcome == "out_of_scope":
            # "25 % de consult alimentant le DMP, c bon ?": a rate of the asker's on an
            # indicator is the forfait's, whatever neighbouring word it holds ("consult")
            rate = g is not None and g.situation.valeur is not None
            return g if rate and g.situation.valeur.kind == "taux" else None
        closest = ([ans.hit] if ans.hit else []) + list(ans.suggestions[:SUGGESTED])
        if (
            g is not None
            and NO_OFFER.search(fold(text))
            and any(
                g.situation.indicateur.id in h.entry.indicateurs
                and EXEMPTION.search(fold(h.entry.question))
                for h in closest
            )
        ):
            return None  # "pas d'offre de LAP pour ma spécialité": the exemption's entry
        if g is None or g.situation.sans is not None or not (ans.matched and ans.hit):
            return g
        if g.situation.absent and self._validated_case(text, ans.hit.entry, g):
            return None
        if g.situation.absent and _other_form_told(text, ans.hit.entry, g):
            return None
        # A confident FAQ entry about another indicator answers another, open question ("je
        # suis à 95 % mais marqué non atteint, je conteste comment ?"); to a yes/no one on the
        # asker's figure ("pile 2/3 de FSE en 2025, c'est bon ?"), or from an entry on the
        # whole scheme, the calculator's verdict is the answer.
        about = ans.hit.entry.indicateurs
        if not about or g.situation.indicateur.id in about or not asks_open(text):
            return g
        # "65 % de FSE, ça change quoi pour mes sous ?": open, but what the figure entails
        return g if EFFECT_ASKED.search(fold(text)) else None

    def _judgeable(self, text: str, ans: Answer) -> bool:
        """Whether the question may get the calculator's verdict at all."""
        if ans.kind != "faq":
            return False
        if ans.autre_profession is not None or VSM.search(fold(text)):
            return False  # the VSM forfait is not one of the schemes' indicators
        kind = asked(text)
        if kind == "echeance":
            return False  # "jusqu'à quand pour mes 3 interventions ?": by when, not a verdict
        if kind == "declaration" and FORGOT_DECLARING.search(fold(text)):
            # "oublié de déclarer mes 4 interventions de 2025, je peux encore ?": the window
            return False
        if RATE_BASIS.search(fold(text)):
            return False  # "28 % de quoi exactement ?": what the rate counts, not a verdict
        # "60 % de FSE … Est-ce que je peux renoncer au forfait ?"
        return not REFUSAL.search(fold(SENTENCE_END.split(text.strip())[-1]))

    def _apart(self, text: str, ans: Answer) -> list[Grounded]:
        """ "mon taux de FSE est à 68 %, c'est bon ?" with no profession known: each
        profession's verdict, when they differ; [] otherwise."""
        if self.rules is None or ans.hors_sujet is not None or ans.outcome == "out_of_scope":
            return []
        if not self._judgeable(text, ans):
            return []
        if asks_open(text) and not EFFECT_ASKED.search(fold(text)):
            return []  # "… marqué non atteint alors que je suis à 95 %, je conteste comment ?"
        return self.rules.apart(text, ans, self.today())

    def apart_message(
        self, each: list[Grounded], ans: Answer, forwarded: bool, question: str
    ) -> Message:
        """Each profession's verdict under its name, the profession not being known."""
        assert self.rules is not None
        blocks: list[Block] = [Block((line(f"Cela dépend de votre profession{NNBSP}:"),))]
        if forwarded:
            title = line(bold("Réponse à transmettre"), f" (question{NNBSP}: « {question} »)")
            blocks.insert(0, Block((title,)))
        for g in each:
            fiche = self.rules.kb.professions[g.case.profession]
            verdict, *rest = self.rule_message(g, None, False, question).blocks
            # the verdict and its figure, then the sources: the detail is for the one asked
            said = (line(bold(f"{fiche.libelle}{NNBSP}:")), *verdict.lines[:2])
            sources = tuple(ln for b in rest for ln in b.lines if _text(ln).startswith("Source"))
            blocks.append(Block((*said, *sources)))
        year = each[0].case.exercice
        said = f"Exercice {year}. Dites-moi votre profession pour le montant et le détail."
        blocks.append(Block((line(said),)))
        buttons = [  # one tap replays the question for that profession
            Choice(label, self._action(Alternative(label, g.case.profession, year, g.situation)))
            for g in each
            if (label := f"{self.rules.kb.professions[g.case.profession].libelle} {year}")
        ]
        msg = Message(tuple(blocks), tuple(buttons[i : i + 2] for i in range(0, len(buttons), 2)))
        return _for_advisor(msg, None) if forwarded else msg

    def _lost_across(self, text: str, ans: Answer) -> Fact | None:
        """ "si j'arrête d'alimenter le DMP, ça me coûte combien en 2025 et en 2026 ?": an
        item given up in two schemes' years costs what it pays in each (its block, in the
        Donum), not one year's verdict."""
        folded = fold(text)
        # (the cost asked first: `MISS_TOLD` is the slower test, ~0.1 ms on a long message)
        cost = OWN_COST_ASKED.search(folded) or LOSS_ASKED.search(folded)
        if self.facts is None or not cost:
            return None
        if not (MISS_TOLD.search(folded) or NO_MORE.search(folded)):
            return None
        if ans.scope is None or not 1 < len(set(ans.scope.exercices)) <= 4:
            return None
        fact = self.facts.fact(text, ans, self.today())
        if fact is None or fact.asked != "montant":
            return None
        if not any(i.id == fact.subject for i in fact.case.dispositif.indicateurs):
            return None  # a total, a block, the point
        return replace(fact, lignes=(*fact.lignes, LOST_EACH_YEAR))

    def _path_verdict(self, text: str, ans: Answer) -> Fact | None:
        """ "… Pour la messagerie j'utilise toujours Apicrypt, la vieille version 1. Est-ce
        que ça valide l'indicateur messagerie ?": the answer of the path of that indicator's
        question the message names (its reason and what to do), as the question's verdict."""
        if self.sums is None or self.facts is None or self.rules is None:
            return None
        last = asked_part(text) or text
        validates = VALIDATES.search(fold(last))
        # "… qu'1 h de créneaux par semaine. Je touche les 1 400 € ?": a count checks it too
        if ans.kind != "faq" or ans.profession is None or not (validates or PAID.search(last)):
            return None
        if HOW_ASKED.search(fold(last)) or text.count("?") > 1:
            # "qu'est-ce qu'on doit faire pour valider … ?": a how, not a yes/no; two
            # questions: each part is read on its own
            return None
        case = self.facts.case_of(ans, self.today())
        named = self.rules.named_in(last, case.dispositif) if case is not None else None
        if case is not None and named is None:
            # "Je suis inscrit au SAS mais je n'ouvre qu'1 h …. Je touche les 1 400 € ?": the
            # item whose count the message tells
            whole = self.rules.named_in(text, case.dispositif)
            named = whole if whole and counted_path(fold(text), whole[0]) else None
        if case is None or named is None:
            return None
        ind = named[0]
        story = len(SENTENCE_END.split(text.strip())) >= STORY_SENTENCES
        counted = counted_path(fold(text), ind)  # "3 RCP par an": the count settles it
        if not validates and counted is None:
            return None
        entry = ans.matched and ans.hit and ind.id in ans.hit.entry.indicateurs
        if not story and entry and counted is None:
            return None  # a short question the index found this indicator's entry for
        choice = self.sums.path_told(fold(text), case.dispositif, ind)
        r = choice.resultat if choice is not None else None
        if choice is None or r is None or r.reponse not in (True, False) or not r.raison:
            return None
        if (
            COUNTED.search(choice.libelle) and choice.seuil is None
        ) or choice.valeur == "non_reconnue":
            return None  # "≥ 4 RCP/an": a count the words do not check; refused forms: the FAQ
        if r.reponse is True and NEGATED_WORD.search(fold(last)):
            return None  # "sans attestation du titulaire, … me suffit ?": the path's condition
        said = "Oui" if r.reponse is True else "Non"
        worth = self.facts._indicator(case, ind)  # what it pays, or the block it belongs to
        lines = (
            f"{said}{NNBSP}: {_lower_first(r.raison)}",
            *((r.action,) if r.action else ()),
            *(worth.lignes[:1] if worth is not None else ()),
        )
        return Fact(
            case,
            "condition",
            ind.id,
            f"{ind.libelle} — {_scheme(case.dispositif)}",
            lines,
            (),
            _labels(list(ind.sources)),
            indicateur=ind.id,
            verdict=said.lower(),
        )

    def _closing_ground(self, text: str, ans: Answer) -> Grounded | None:
        """A story, then one question on an indicator (« … Est-ce que le fait de ne
        pas être dans une démarche coordonnée m'empêche de valider le volet 1 ? », « … Mon
        taux de 68 % suffit ? »): the calculator's verdict on that question alone, for the
        story's profession and year."""
        closing = _closing_question(text, ans)
        if closing is None:
            return None
        last, asker = closing
        return self.ground(last, self.answer(last, asker))

    def _closing_worth(self, text: str, ans: Answer) -> Fact | None:
        """A story closing on what one indicator pays (« … Combien rapporte l'indicateur SAS
        du forfait structure 2025 ? »): its worth does not hang on the story's figures."""
        closing = _closing_question(text, ans) if self.facts is not None else None
        if closing is None or values(fold(closing[0])) or NOT_ONE_WORTH.search(fold(closing[0])):
            return None
        last, asker = closing
        fact = self.facts.fact(last, self.answer(last, asker), self.today())
        return fact if fact and fact.asked == "montant" and fact.indicateur else None

    def _closing_read(self, text: str, ans: Answer, forwarded: bool) -> _Reading | None:
        """A story nothing answers surely, closing on a question the rules answer alone (a
        date, an amount, a verdict), for the story's profession and year."""
        closing = _closing_question(text, ans)
        if closing is None:
            return None
        last, asker = closing
        if values(fold(text)) and not values(fold(last)):
            return None  # "… 98 % de FSE, DMP 35 %… Combien pour mon forfait ?": the story's
        r = self._read_one(last, asker, forwarded)
        return r if r.decided.outcome == "rule" else None

    def _before_remark(self, text: str, ans: Answer, forwarded: bool) -> _Reading | None:
        """ "… le forfait structure 2025 ? jsuis pas sûr d'avoir validé à temps": unsure with
        the remark after its question, the question read without it, for the same asker."""
        at = text.rfind("?")
        tail = text[at + 1 :].strip()
        if at < 0 or not re.search(r"[^\W\d_]", tail) or len(tail.split()) > REMARK_WORDS:
            return None  # "… ? »": no remark
        if TAIL_ASKS.search(fold(tail)):
            return None
        asker = Session(0, ans.profession, str(ans.exercice) if ans.exercice else None)
        r = self._read_one(text[: at + 1], asker, forwarded)
        close = {h.entry.id for h in ans.suggestions}  # the whole found it close too
        e = r.decided.entry
        sure = r.decided.outcome == "rule" or (e is not None and e.id in close)
        return r if r.decided.confident and sure else None

    def _target_doubted(self, text: str, g: Grounded) -> Grounded:
        """ "68 % de FSE, c'est pas 70 % le seuil ?": the target quoted set against the rule's,
        said first (« Non » when it differs), with the profession whose target it is when
        another one's same indicator has it (the FAMI's 70 %)."""
        m = TARGET_DOUBTED.search(fold(text))
        s = g.situation
        target = (s.composante or s.indicateur).cible
        if m is None or target.valeur is None or target.type not in ("taux", "nombre"):
            return g
        figure = (m.group(1) or m.group(2)).rstrip(" %")
        quoted = 200 / 3 if figure in THIRDS else float(figure.replace(",", "."))
        said, said_verdict = quoted_target(quoted, figure in THIRDS, target, g.case.exercice)
        if said_verdict == "oui":
            return replace(g, consequences=[said, *g.consequences])
        unit = f"{NNBSP}%" if target.type == "taux" else ""
        shown = "2/3" if figure in THIRDS else f"{fmt_number(quoted)}{unit}"
        case = g.case
        for other in self.professions:
            found = (
                self.facts.rules.case(other, int(case.exercice), self.today(), ("question",) * 2)
                if other != case.profession
                else None
            )
            same = (
                next((i for i in found.dispositif.indicateurs if i.id == s.indicateur.id), None)
                if found
                else None
            )
            if same and same.cible.valeur is not None and abs(same.cible.valeur - quoted) < 0.1:
                said += (
                    f" {shown}, c'est l'objectif des "
                    f"{self.professions[other].pluriel}, pour "
                    f"{SCHEME_LABELS[found.dispositif.dispositif]} {found.exercice}."
                )
                break
        return replace(g, consequences=[said, *g.consequences])

    def kept_named(self, text: str, g: Grounded) -> Grounded:
        """ "sans la coordination, je perds les 490 € ?": a block the question names by its
        worth, which the indicator judged does not gate, is said kept."""
        d, ind = g.case.dispositif, g.situation.indicateur
        if g.statut != "non_atteint" or g.situation.sans is not None or d.unite == "points":
            return g
        told = {float(m.replace(" ", "")) for m in EUROS_TOLD.findall(fold(text))}
        everything = bool(ALL_ASKED_LOST.search(fold(text)))  # "je perds tout mon FAMI ?"
        kept = [
            x
            for x in d.groupes
            if (x.eur in told or (everything and x.eur))
            and x.regle == "tous_requis"
            and x.id != ind.groupe
            and ind.groupe not in x.prerequis  # the block does not wait on the one missed
        ]
        said = [
            f"{_q(x.libelle)} ({fmt_eur(x.eur or 0)}) ne dépend pas de cet indicateur{NNBSP}: "
            "il reste versé si ses propres indicateurs sont atteints."
            for x in kept
        ]
        # "mes 350 € pour l'étudiant sautent aussi ?": an indicator paid on its own, named by
        # its worth, in a group the one missed does not gate
        groups = {x.id: x for x in d.groupes}
        said += [
            f"{_q(i.libelle)} ({fmt_eur(i.eur or 0)}) ne dépend pas de cet indicateur{NNBSP}: "
            "il reste versé s'il est atteint."
            for i in d.indicateurs
            if i.eur in told
            and i.groupe != ind.groupe
            and groups[i.groupe].regle != "tous_requis"
            and ind.groupe not in groups[i.groupe].prerequis
        ]
        if not said:
            return g
        return replace(g, consequences=[*g.consequences, *said])

    def quoted_elsewhere(self, text: str, g: Grounded) -> Grounded:
        """ "un confrère dentiste dit qu'il faut 70 % … moi généraliste 68 %": a target quoted
        that is the same indicator's in another scheme (the dentists' FAMI), said so beside
        the verdict, with the asker's own target."""
        assert self.rules is not None
        ind, d = g.situation.indicateur, g.case.dispositif
        own = ind.cible.valeur
        folded = fold(text)
        quoted = [v.value for v in values(folded) if v.kind == "taux" and _quoted_target(folded, v)]
        if own is None or not quoted or any(abs(q - own) < 0.01 for q in quoted):
            return g
        for q in quoted:
            others = [
                x
                for x in self.rules.kb.dispositifs.values()
                if x is not d and x.exercice is not None
                for i in x.indicateurs
                if i.id == ind.id and i.cible.valeur is not None and abs(i.cible.valeur - q) < 0.01
            ]
            if others:  # the nearest year, another profession's first
                x = min(
                    others,
                    key=lambda x: (x.profession == d.profession, abs(x.exercice - g.case.exercice)),
                )
                whose = self.rules.kb.professions[x.profession].pluriel
                said = (
                    f"{fmt_number(q)}{NNBSP}% est l'objectif de cet indicateur pour les "
                    f"{whose} ({x.libelle}){NNBSP}; pour {_q(d.libelle)}, c'est {ind.cible.texte}."
                )
                return replace(g, consequences=[*g.consequences, said])
        return g

    def _validated_case(self, text: str, e: FaqEntree, g: Grounded) -> bool:
        """« pas de MSS à mon nom, j'utilise celle du titulaire, je valide ? »: the entry on
        that indicator says the case validates it (« Oui, à condition d'une attestation… »),
        unless the question lacks that very condition (« sans attestation »)."""
        assert self.rules is not None
        if g.situation.indicateur.id not in e.indicateurs or not e.reponse.startswith("Oui"):
            return False
        if "suffit" not in self.index.question_predicates(e):
            return False
        condition = CONDITION.search(fold(e.reponse))
        return not condition or not self.rules.negates(
            text, condition.group(1), g.situation.indicateur
        )

    def rule_message(
        self, g: Grounded, ans: Answer | None, forwarded: bool, question: str
    ) -> Message:
        """The verdict, what it pays, the rule and its source, the case assumed, then the
        FAQ entry as context; buttons for the other exercices and professions."""
        assert self.rules is not None
        context = self.context_entry(g, ans, question) if ans is not None else None
        today = self.today()
        supposed = bool(SUPPOSED.search(fold(question)))
        if _not_yet(g, today) and g.pourquoi == ABSENT_WHY and not supposed:
            # "zéro FSE cette année": not met by the 31/12
            g = replace(g, pourquoi=f"Sans cela au 31/12/{g.case.exercice}, il n'est pas atteint.")
        alternatives = self.rules.alternatives(question, g, today) if question else []
        buttons = [Choice(a.label, self._action(a)) for a in alternatives[:4]]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        slug = self.rules.kb.professions[g.case.profession].lien
        rows.append([Choice("Estimer mon forfait", StartEstimate(f"{slug}_{g.case.exercice}"))])
        msg = render(
            "faq_rule.j2",
            rows,
            g=g,
            secondary=self._secondary(g.sources, [g.pourquoi, *g.consequences]),
            # "si je ne déclare pas, je perds les 100 € ?": a case supposed, not one under way
            verdict=_verdict(g, None if supposed else today),
            first=_in_time(g, today, question),
            still=_still_time(g, today) or _too_late_now(g, today, question),
            pitfalls=_pitfalls_said(g, question),
            case=None if forwarded else self._case_line(g) + OTHER_CASES,
            # "le volet 1 du forfait structure, cette année ?": judged on the scheme that
            # replaced it, said first
            note=self.ended_note(ans) if ans and ans.exercice == g.case.exercice else None,
            e=context,
            entry_sources=sources(context) if context else [],
            forwarded=forwarded,
            question=question,
        )
        return _for_advisor(msg, self._case_line(g)) if forwarded else msg

    def _secondary(self, cited: Iterable[str], said: Iterable[str]) -> bool:
        """Whether an answer rests on a public page (a `secondaire` source) and does not
        already send the asker to the CPAM: it must, as every such figure does."""
        labels = list(cited)
        if not any(p in c for p in self._pages for c in labels):
            return False
        return "CPAM" not in " ".join(said)

    def which_one(self, text: str, ans: Answer) -> tuple[str, tuple[FaqEntree, ...]] | None:
        """A loss asked of words that name several indicators of the case as much, and no
        confident entry on one of them: which one is meant, with an entry about each."""
        if self.rules is None or ans.kind != "faq" or ans.outcome == "out_of_scope":
            return None
        # "ma messagerie ouverte qu'en juin 2025, ça m'a coûté ?": in time for which one?
        dated = asked(text) == "echeance"
        tied = self.rules.tied(text, ans, self.today(), dated)
        if tied is None:
            return None
        case, indicators = tied
        ids = {i.id for i in indicators}
        if ans.matched and ans.hit is not None and ids & set(ans.hit.entry.indicateurs):
            return None
        ranked = self.index.search(text, case.profession, case.exercice, WHICH_POOL)
        entries = []
        for ind in indicators:  # the closest entry about each
            e = next((h.entry for h in ranked if ind.id in h.entry.indicateurs), None)
            if e is not None and e not in entries:
                entries.append(e)
        names = " et ".join(_q(i.libelle) for i in indicators)
        note = f"En {case.exercice}, votre question peut viser {names}{NNBSP}: lequel{NNBSP}?"
        return note, tuple(entries)

    def context_entry(self, g: Grounded, ans: Answer, question: str) -> FaqEntree | None:
        """The FAQ entry shown after the verdict: the index's answer, or the closest entry about
        the same indicator, when it applies to the case judged; else the closest one about it
        among more entries ranked for the question (« … des patients AME, ça change quelque
        chose ? » after the verdict on the rate: the entry on what the rate leaves out)."""
        shown = ([ans.hit] if ans.matched and ans.hit else []) + list(ans.suggestions)
        for h in shown:
            e = h.entry
            fits_profession = not e.portee.professions or g.case.profession in e.portee.professions
            about = g.situation.indicateur.id in e.indicateurs or (h is ans.hit and ans.matched)
            if fits_profession and about and self._fits_year(e, g):
                return e
        if not question:  # a reply replayed from a button: no question to rank for
            return None
        ranked = self.index.search(question, g.case.profession, g.case.exercice, WHICH_POOL)
        return next(
            (
                h.entry
                for h in ranked
                if g.situation.indicateur.id in h.entry.indicateurs
                and (
                    not h.entry.portee.professions
                    or g.case.profession in h.entry.portee.professions
                )
                and self._fits_year(h.entry, g)
            ),
            None,
        )

    def _fits_year(self, e: FaqEntree, g: Grounded) -> bool:
        """An entry for every year, for the case's, or for its latest earlier year when that
        year judged the indicator the same way (the FAMI 2024 guide's entries stand for the
        2026 rules reconducted, the forfait structure's do not stand for the Donum)."""
        years = e.portee.exercices
        if not years or g.case.exercice in years:
            return True
        assert self.rules is not None
        earlier = [y for y in years if y < g.case.exercice]
        then = (
            self.rules.kb.dispositifs.get((g.case.profession, str(max(earlier))))
            if earlier
            else None
        )
        ind = g.situation.indicateur
        was = next((i for i in then.indicateurs if i.id == ind.id), None) if then else None
        return was is not None and _rule_of(was) == _rule_of(ind)

    def _action(self, a: Alternative) -> ShowRuleAnswer:
        assert self.rules is not None
        slug = self.rules.kb.professions[a.profession].lien
        return ShowRuleAnswer(slug, str(a.exercice), a.situation.path, a.situation.code)

    def _case_line(self, g: Grounded) -> str:
        return self._case_text(g.case, "Calcul fait pour")

    def rule_reply(self, action: ShowRuleAnswer, session: Session) -> Message | None:
        """A rule-grounded answer replayed from a button, for the case it names."""
        if self.rules is None or not action.exercice.isdigit():
            return None
        profession = next(
            (p for p, f in self.rules.kb.professions.items() if f.lien == action.profession),
            None,
        )
        if profession is None:
            return None
        if action.situation in FACT_KINDS and self.facts is not None:
            today = self.today()
            case = self.rules.case(profession, int(action.exercice), today, ("question",) * 2)
            fact = (
                self.facts.replay(case, action.situation, action.indicateur, today)
                if case is not None
                else None
            )
            return self.fact_message(fact, None, False, "") if fact is not None else None
        g = self.rules.replay(
            profession, int(action.exercice), action.indicateur, action.situation, self.today()
        )
        return self.rule_message(g, None, False, "") if g is not None else None

    # ---- figures and dates of the rules -------------------------------------------------

    def fact_message(self, f: Fact, ans: Answer | None, forwarded: bool, question: str) -> Message:
        """The figure or the date with its sources, the case assumed, then the FAQ entry as
        context; buttons for the nearest other exercices and the other professions."""
        assert self.rules is not None and self.facts is not None
        context = self.fact_context(f, ans, question) if ans is not None else None
        buttons = [
            Choice(
                label, ShowRuleAnswer(self.rules.kb.professions[p].lien, str(y), f.subject, f.asked)
            )
            for label, p, y in self._fact_alternatives(f)[:4]
        ]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        slug = self.rules.kb.professions[f.case.profession].lien
        rows.append([Choice("Estimer mon forfait", StartEstimate(f"{slug}_{f.case.exercice}"))])
        line_ = self._case_text(f.case, "Réponse pour")
        if f.span is not None:  # several years side by side: none of them is assumed
            fiche = self.rules.kb.professions[f.case.profession]
            who = PROFESSION_FROM.get(f.case.profession_source, "par défaut")
            line_ = f"Réponse pour : {fiche.libelle.lower()} ({who}), {f.span}."
        msg = render(
            "faq_fact.j2",
            rows,
            f=f,
            secondary=self._secondary(f.sources, [*f.lignes, f.case.note or ""]),
            note=self.ended_note(ans) if ans is not None else None,
            case=None if forwarded else line_ + (OTHER_CASES if buttons else ""),
            e=context,
            entry_sources=sources(context) if context else [],
            forwarded=forwarded,
            question=question,
            pitfalls=_fact_pitfalls(f, question),
        )
        if not forwarded:
            return msg
        fiche = self.rules.kb.professions[f.case.profession]
        who = PROFESSION_FROM.get(f.case.profession_source, "par défaut")
        year = EXERCICE_FROM.get(f.case.exercice_source, "par défaut")
        assumed = (
            f"Profession et exercice retenus : {fiche.libelle.lower()} ({who}), "
            f"exercice {f.case.exercice} ({year})."
        )
        return _for_advisor(msg, assumed)

    def figures_compared(self, text: str, ans: Answer) -> list[Fact]:
        """The same figure or date for each covered profession the question names, at the
        year it names, else each one's current exercice; nothing unless two give one."""
        scope = ans.scope
        if self.facts is None or self.rules is None or scope is None or ans.kind != "faq":
            return []
        kind = asked(text)
        if len(scope.professions) < 2 or kind not in ("montant", "declaration", "paiement"):
            return []
        today, found = self.today(), []
        # "le max d'un généraliste en 2023 comparé à celui d'un dentiste en 2024"
        told = self.index.reader.years_by_profession(text) if len(set(scope.exercices)) > 1 else {}
        for p in scope.professions:
            # "le max du FS 2023 d'un médecin comparé au FAMI 2024 d'un dentiste": each
            # profession at the year its scheme is named with, or written after it
            own = _year_of_schemes(
                fold(text), [k for k in scope.schemes if SCHEME_PROFESSION[k] == p]
            ) or told.get(p)
            year = own or scope.exercice or self.index.current_exercice(today, p)
            source = "question" if own or scope.exercice else "defaut"
            case = self.rules.case(p, year, today, ("question", source)) if year else None
            fact = self.facts.fact_for(text, case, kind, today) if case else None
            if fact is None and case is not None and source == "defaut":
                # "la coordination, ça paie plus pour un médecin ou un dentiste ?": gone from
                # the médecin's Donum, its last exercice in the forfait structure
                fact = self._last_had(text, case, kind, today)
            if fact is not None:
                found.append(fact)
        # each one's own figure side by side: not also the other's, said beside it
        others = [f"Pour les {self.professions[p].pluriel}" for p in scope.professions]
        others.append(f"Ensemble{NNBSP}:")  # the sum, said once under both
        found = [
            replace(f, lignes=tuple(x for x in f.lignes if not x.startswith(tuple(others))))
            for f in found
        ]
        return found if len(found) > 1 else []

    def _last_had(self, text: str, case: Case, kind: str, today: dt.date) -> Fact | None:
        """The indicator named, gone from `case`'s rules: its figure at the last of the two
        exercices before that names it, said as gone; None otherwise."""
        assert self.facts is not None and self.rules is not None
        now = {i.id for i in case.dispositif.indicateurs}
        for year in (case.exercice - 1, case.exercice - 2):
            before = self.rules.case(case.profession, year, today, ("question", "question"))
            fact = self.facts.fact_for(text, before, kind, today) if before else None
            then = {i.id: i for i in before.dispositif.indicateurs} if before else {}
            ind = then.get(fact.subject) if fact is not None else None
            # an indicator gone, not a total ("le max ?") nor a rate now in the Donum's mean
            if (
                fact is not None
                and ind is not None
                and ind.id not in now
                and ind.cible.type != "taux"
            ):
                scheme = SCHEME_LABELS.get(case.dispositif.dispositif, case.dispositif.libelle)
                gone = (
                    f"Pas dans {scheme} {case.exercice}{NNBSP}: voici l'exercice "
                    f"{before.exercice}, le dernier où il compte."
                )
                return replace(fact, lignes=(gone, *fact.lignes))
        return None

    def compared_message(
        self,
        facts: list[Fact],
        ans: Answer,
        forwarded: bool,
        question: str,
        template: str = "faq_compare.j2",
    ) -> Message:
        """Each profession's fact side by side, or said once when they are the same
        (`faq_alike.j2`)."""
        kb = self.rules.kb if self.rules is not None else None
        assert kb is not None
        labels = [kb.professions[f.case.profession].libelle for f in facts]
        default = ans.scope is None or not ans.scope.exercice
        msg = render(
            template,
            (),
            facts=facts,
            labels=labels,
            forwarded=forwarded,
            question=question,
            default=default,
            together=_most_together(facts, question),
            secondary=[self._secondary(f.sources, f.lignes) for f in facts],
        )
        if not forwarded:
            return msg
        cases = ", ".join(
            f"{label.lower()} {f.case.exercice}" for label, f in zip(labels, facts, strict=True)
        )
        return _for_advisor(msg, f"Professions et exercices retenus : {cases}.")

    def figures_by_profession(self, text: str, ans: Answer) -> list[Fact]:
        """An amount asked with no profession known and no scheme named: each profession's
        figure of the same thing (its current exercice) when they differ, else nothing (the
        FAQ answers)."""
        kind = asked(text)
        if kind not in ("montant", "a_faire"):
            return []
        if ans.matched and ans.hit is not None and not ans.hit.entry.portee.professions:
            return []  # an entry for every profession answers it
        found = self._each_profession(text, ans, kind)
        return found if len({f.lignes for f in found}) > 1 else []

    def proof_for_all(self, text: str, ans: Answer) -> list[Fact]:
        """ "taux de FSE : je dois envoyer un justificatif ?" with no profession known: the
        indicator's justificatif for each profession, when they are all the same."""
        if asked(text) != "justificatif" or self.rules is None:
            return []
        found = self._each_profession(text, ans, "justificatif", same_subject=False)
        every = len(found) == len(self.rules.kb.professions) > 1  # one with none: not for all
        return found if every and len({f.lignes for f in found}) == 1 else []

    def _each_profession(
        self, text: str, ans: Answer, kind: str, same_subject: bool = True
    ) -> list[Fact]:
        """The fact of `kind` for each covered profession (the exercice the question or the
        session gives, else its current one), when no profession is known and no scheme
        named; with `same_subject`, nothing when they read different indicators in it (the
        médecins' FSE rate is part of a mean: its amount is not the dentists')."""
        if self.facts is None or self.rules is None or ans.kind != "faq":
            return []
        scope = ans.scope
        if ans.profession is not None or scope is None or scope.schemes:
            return []
        if ans.outcome == "out_of_scope":
            return []
        today, found = self.today(), []
        for p in self.rules.kb.professions:
            year = ans.exercice if ans.exercice_source in ("question", "session") else None
            year = year or self.index.current_exercice(today, p)
            case = self.rules.case(p, year, today, ("defaut", "defaut")) if year else None
            fact = self.facts.fact_for(text, case, kind, today) if case else None
            if fact is not None:
                found.append(fact)
        if same_subject and len({f.subject for f in found}) > 1:
            return []
        return found

    def ask_profession(self, facts: list[Fact], forwarded: bool) -> Message:
        """ "Pour quelle profession ?" with one button per profession: the figure differs."""
        assert self.rules is not None
        kb = self.rules.kb
        buttons = [
            Choice(
                f"{kb.professions[f.case.profession].libelle} {f.case.exercice}",
                ShowRuleAnswer(
                    kb.professions[f.case.profession].lien,
                    str(f.case.exercice),
                    f.subject,
                    f.asked,
                ),
            )
            for f in facts
        ]
        what = "Ce qui compte" if facts and facts[0].asked == "a_faire" else "Le montant"
        text = f"Pour quelle profession{NNBSP}? {what} dépend du forfait{NNBSP}: {self.covered}."
        if forwarded:
            text += "\n\nPrécisez la profession du praticien pour une réponse chiffrée."
        return plain(text, [[b] for b in buttons])

    def _fact_alternatives(self, f: Fact) -> tuple[tuple[str, str, int], ...]:
        """`_alternatives_of`, cached: each one replays the fact on up to four other cases
        (~120 µs), and the same few facts are asked again and again."""
        here, today = f.case, self.today()
        scheme = here.dispositif.dispositif
        key = (here.profession, here.exercice, scheme, f.asked, f.subject, today)
        found = self._alternatives.get(key)
        if found is None:
            found = tuple(self._alternatives_of(f))
            if len(self._alternatives) < ALTERNATIVES_CACHED:
                self._alternatives[key] = found
        return found

    def _alternatives_of(self, f: Fact) -> list[tuple[str, str, int]]:
        """The nearest other exercices of the profession, then the other professions with
        the same scheme that year, where the same figure exists."""
        assert self.rules is not None and self.facts is not None
        today, here = self.today(), f.case
        out = []
        years = [s.exercice for s in self.rules.statuses(here.profession, today) if s.exercice]
        for year in sorted(
            sorted((y for y in years if y != here.exercice), key=lambda y: abs(y - here.exercice))[
                :2
            ]
        ):
            case = self.rules.case(here.profession, year, today, ("question",) * 2)
            if case is not None and self.facts.replay(case, f.asked, f.subject, today):
                out.append((f"Exercice {year}", here.profession, year))
        for p, fiche in self.rules.kb.professions.items():
            case = self.rules.case(p, here.exercice, today, ("question",) * 2)
            if p == here.profession or case is None:
                continue
            if case.dispositif.dispositif != here.dispositif.dispositif:
                continue
            if self.facts.replay(case, f.asked, f.subject, today):
                out.append((f"{fiche.libelle} {here.exercice}", p, here.exercice))
        return out

    def fact_context(self, f: Fact, ans: Answer, question: str = "") -> FaqEntree | None:
        """The FAQ entry shown after the figure: the index's answer, else the closest entry,
        when it applies to the case (profession, year) and, for an indicator, is about it.
        After the dates, a question about a declaration missed gets the entry on what can be
        done then (any year's), rather than the dates again."""
        assert self.rules is not None and self.facts is not None
        shown = ([ans.hit] if ans.matched and ans.hit else []) + list(ans.suggestions)
        if f.asked == "declaration" and LATE.search(fold(question)):
            late = [h.entry for h in shown if h.entry.theme == "declaration"]
            if late and not late[0].portee.exercices:
                return late[0]
        found = self._context_among(f, ans, question, shown)
        if found is None and f.indicateur is not None and "comment" in intents(question):
            # "mes horaires, avant quand et où ?": the how, from an entry further down
            case = f.case
            more = self.index.search(question, case.profession, case.exercice, CONTEXT_SEARCHED)
            found = self._context_among(f, ans, question, [h for h in more if h not in shown])
        return found

    def _context_among(
        self, f: Fact, ans: Answer, question: str, shown: list[Hit]
    ) -> FaqEntree | None:
        """`fact_context` among these hits."""
        assert self.rules is not None and self.facts is not None
        case = f.case
        years = {case.exercice, case.dispositif.reconduit_de}
        for h in shown:
            e = h.entry
            if e.portee.professions and case.profession not in e.portee.professions:
                continue
            schemes = self.index.entry_schemes(e)
            if schemes and case.dispositif.dispositif not in schemes:
                continue  # the Donum's socle, then the volet 1 of the forfait structure: no
            if e.portee.exercices and not years & set(e.portee.exercices):
                earlier = [y for y in e.portee.exercices if y < case.exercice]
                then = (
                    self.rules.kb.dispositifs.get((case.profession, str(max(earlier))))
                    if earlier
                    else None
                )
                if then is None or not self.facts.same_figure(f, then):
                    continue
            matched = h is ans.hit and ans.matched
            if VERDICT.match(e.reponse) and (
                f.verdict is not None or not (matched or asks_open(question))
            ):
                continue  # an entry's "Oui."/"Non." answers another yes/no question
            if f.asked in DATE_THEMES and e.theme not in DATE_THEMES[f.asked]:
                continue  # a payment answered with the declaration's entry
            if f.verdict is not None and f.asked == "montant" and e.theme == "paiement":
                continue  # "ça comptait pour le FAMI 2023 ?": not when it was paid
            if matched:
                return e
            if f.indicateur is not None and f.indicateur in e.indicateurs:
                return e
        return None

    def _case_text(self, c: Case, head: str) -> str:
        assert self.rules is not None
        fiche = self.rules.kb.professions[c.profession]
        who = PROFESSION_FROM.get(c.profession_source, "par défaut")
        year = EXERCICE_FROM.get(c.exercice_source, "par défaut")
        return (
            f"{head} : {fiche.libelle.lower()} ({who}), exercice {c.exercice} "
            f"({year}), règles « {c.dispositif.libelle} »."
        )

    def _assumed(self, ans: Answer) -> str:
        """ "Profession et exercice retenus : …", for an advisor."""
        parts = []
        if ans.profession and self.rules is not None:
            fiche = self.rules.kb.professions.get(ans.profession)
            label = fiche.libelle.lower() if fiche else ans.profession
            parts.append(f"{label} ({PROFESSION_FROM.get(ans.profession_source or '', '')})")
        else:
            parts.append("toute profession (non précisée)")
        if ans.exercice is not None:
            why = EXERCICE_FROM.get(ans.exercice_source or "", "")
            parts.append(f"exercice {ans.exercice} ({why})")
        return "Profession et exercice retenus : " + ", ".join(parts) + "."

    def entry_reply(self, entry_id: str, session: Session) -> Message | None:
        e = self.index.by_id.get(entry_id)
        if e is None:
            return None
        related = [
            Hit(x, 0, 0, 0, 0)
            for x in self.index.entries
            if x.id != e.id and set(x.indicateurs) & set(e.indicateurs)
        ]
        return self.entry_reply_for(e, related[:3], False, other_case(e, session, self.professions))

    def entry_reply_for(
        self,
        e: FaqEntree,
        related: list[Hit],
        forwarded: bool,
        other: str | None = None,
        year: str | None = None,
        definitions: tuple[GlossaireTerme, ...] = (),
        note: str | None = None,
        stake: str | None = None,
    ) -> Message:
        rows = [
            [Choice(short_label(h.entry.question), ShowFaqEntry(h.entry.id))] for h in related[:3]
        ]
        start = self._start_payload(e)
        to_estimate = StartEstimate(start) if start else RunCommand("reprendre")
        rows.append([Choice("Estimer mon forfait", to_estimate)])
        return render(
            "faq_answer.j2",
            rows,
            e=e,
            sources=sources(e),
            forwarded=forwarded,
            other=other,
            year=year,
            definitions=definitions,
            note=note,
            stake=stake,
        )

    def entry_message(self, e: FaqEntree) -> Message:
        """An entry's answer alone, for any profession and year (the CLI's `ask`)."""
        return render("faq_answer.j2", e=e, sources=sources(e), forwarded=False)

    def decline(
        self,
        suggestions: list[Hit],
        hors_sujet: SujetHorsPerimetre | None = None,
        forwarded: bool = False,
        definition: Answer | None = None,
        note: str | None = None,
        entries: Sequence[FaqEntree] = (),
        sure: bool = False,
    ) -> Message:
        """No sure answer: the closest questions as buttons ("Vouliez-vous dire…"), a
        definition with them, or an out-of-scope topic named with what the bot covers.
        `entries`: the questions to offer, when not the closest ones; `sure`: the note is
        the answer (no rules for the exercice asked), the questions come after it."""
        entries = list(entries) or [h.entry for h in suggestions[:3]]
        rows = [[Choice(short_label(e.question), ShowFaqEntry(e.id))] for e in entries]
        return render(
            "faq_decline.j2",
            rows,
            suggestions=entries,
            hors_sujet=hors_sujet,
            forwarded=forwarded,
            definitions=_defined(definition),
            covered=self.covered,
            note=note,
            sure=sure,
        )

    def _years_scoped(self, text: str, rep: FaqReply, years: tuple[int, ...]) -> FaqReply:
        """The reply, unless the message asks about the amounts of `years` and the reply
        bears on one of them only: then what was not read, said."""
        return self.years_unread(rep, years) if _beside_years(rep, years, text) else rep

    def _card_beside_story(self, text: str, rep: FaqReply) -> bool:
        """A story of several years listing three indicators or more, asking an amount, answered
        by one indicator's card that the question does not name (« FS 2024 et 2025 idem :
        volet 1, services aux patients, visio, externes. combien par an ? » → the students'
        card): the card answers another question."""
        f = rep.fact
        if rep.outcome != "rule" or f is None or not self.sums:
            return False
        if len(years_covered(text)) < 2:
            return False
        asked = fold(" ".join(ASKED_SENTENCE.findall(text)) or text)
        if self._card_for_year_totals(text, asked, f):
            return True
        blocks = {g.id for g in f.case.dispositif.groupes}
        if (
            f.subject in blocks
            and TOTAL_OVER_YEARS.search(asked)
            and BLOCK_TOLD.search(fold(text))
            and not _card_named(f.titre, asked)
        ):
            # « le total de mes FAMI de 2023 à 2026 : 2023 socle + CPTS, … »: a block's card
            # (not « total volet 2 en 2019 vs 2022 ? », that block's)
            return True
        if f.subject not in {i.id for i in f.case.dispositif.indicateurs}:
            return False  # (a total, a block, the points: not one indicator's card)
        if not AMOUNT_ASKED.search(asked):
            return False
        # « le socle en 2024 mais pas en 2025, et la coordination les deux années, ça fait
        # combien au total ? »: the years' sum of a block and an item, none of its card's
        if TOTAL_OVER_YEARS.search(asked) and BLOCK_TOLD.search(fold(text)):
            return True
        if len(self.sums.indicators_named(text, f.case.dispositif)) < 3:
            return False  # (the blocks aside: « volet 1 / socle ok » and one item is its card's)
        return _item_beside(replace(rep, fact=replace(f, asked="montant")), text)

    def _card_beside_years_asked(self, text: str, rep: FaqReply) -> bool:
        """A story of two things or more over several years, the amount of a year asked
        (« … En 2025 : volet 1, SAS et codage, plus de téléconsultation. Quels montants pour
        2024 et 2025 ? »), answered by one indicator's card or verdict whose title the question
        does not name: the card answers another question than what the story comes to."""
        if rep.outcome != "rule" or not self.sums or rep.message is None:
            return False
        if len(years_covered(text)) < 2:
            return False
        # (the sentences asking the amounts: « Pour 2024, à partir de quand mon taux est-il
        # calculé ? Et combien pour 2024 et 2025 ? » names the rate's card in another one)
        sentences = [PAID_IN_YEAR.sub(" ", fold(x)) for x in ASKED_SENTENCE.findall(text) or [text]]
        asked = " ".join(x for x in sentences if YEAR_AMOUNT_ASKED.search(x))
        if not asked or MOST_ASKED.search(asked):
            return False
        if ITEM_AMOUNT_ASKED.search(asked):
            return False  # « ça rapporte combien chaque fois ? », « cet indicateur »: its card
        judged = rep.fact or rep.grounded
        # (a reply of its own kind, the rate's period after a first FSE: no items to count)
        told = len(self.sums.indicators_named(text, judged.case.dispositif)) if judged else 2
        if told + bool(BLOCK_TOLD.search(fold(text))) < 2:
            return False
        first = to_text(rep.message).split("\n")[0]
        if first.startswith(("Total estimé", "ℹ️")) or re.match(r"\d\. ", first):
            return False  # (the story's total, a note, each question answered apart)
        if judged is None and re.search(r"\breçus\b|\bVSM\b|\ben euros$", first):
            # (what the asker received read against the rules; the VSM's tiers; the points
            # told, in euros)
            return False
        return not _card_named(first, asked)

    def _card_beside_case(self, text: str, rep: FaqReply) -> bool:
        """A case of two things or more, its total asked (« … volet 1 ok, CPTS, SAS. Combien
        pour 2023 ? »), answered by one indicator's card or an entry the question does not
        name: the answer to another question than the total."""
        if rep.outcome not in ("rule", "answer") or not self.sums or self.facts is None:
            return False
        if VSM.search(fold(text)):
            return False  # (the VSM is no indicator)
        judged = rep.fact or rep.grounded
        if _years_given(rep) or (rep.fact and rep.fact.titre.startswith("Total estimé")):
            return False
        if judged is None and rep.answer.profession is None:
            return False
        case = judged.case if judged is not None else self.facts.case_of(rep.answer, self.today())
        if case is None:
            return False
        sentences = [fold(x).strip() for x in ASKED_SENTENCE.findall(text)] or [fold(text)]
        asked = [x for x in sentences if CASE_TOTAL_ASKED.search(x)]
        if not asked and OWN_SUM_CHECKED.search(fold(text)):
            asked = sentences[-1:]
        if rep.outcome == "answer":
            # (an entry does not weigh a case's loss: « … + ESP + aller vers. je touche quoi et
            # je perds quoi ? » is not answered by how many interventions count)
            asked = [LOSS_WORDS.sub(" ", x) for x in asked]
        if not asked or any(CASE_TOTAL_ASIDE.search(x) for x in asked):
            return False
        d = case.dispositif
        if any(self.sums.items_listed(x, d) for x in sentences):
            return False  # (« ça suffit pour l'ApCV ? c'est combien ? »: that item's card)
        return self.sums.items_listed(text, d) >= 2

    def _card_beside_years_compared(self, text: str, rep: FaqReply) -> bool:
        """Two years set against each other (« en 2025 volet 1 + SAS. en 2026 avec le Donum si
        je fais tout au max je touche combien, et c plus ou moins que 2025 ? »), answered by one
        year's card (the Donum's maximum): the other year, told, is not set against it."""
        f = rep.fact
        if rep.outcome != "rule" or f is None or rep.message is None or _years_given(rep):
            return False
        if len(years_covered(text)) < 2:
            return False
        asked = fold(" ".join(ASKED_SENTENCE.findall(text)) or text)
        if not YEARS_COMPARED.search(asked):
            return False
        lines = [x for x in to_text(rep.message).split("\n") if x and not x.startswith("ℹ️")]
        return bool(lines) and not lines[0].startswith("Total estimé")

    def _card_for_year_totals(self, text: str, asked: str, f: Fact) -> bool:
        """A story of two or more things told over several years, each year's amount asked
        (« … en 2025 elle est devenue maître de stage. volet 1 ok les 2 ans. combien en 2024,
        en 2025 ? »), answered by a card (one indicator's worth, a block's change, the
        scheme's maximum): not what the story comes to."""
        assert self.sums is not None
        if f.titre.startswith("Total estimé"):
            return False
        if not EACH_YEAR_ASKED.search(asked):
            return False
        named = len(self.sums.indicators_named(text, f.case.dispositif))
        if named + bool(BLOCK_TOLD.search(fold(text))) < 2:
            return False
        # (not « Combien l'indicateur DMP m'a rapporté chaque année ? », « … combien en tout
        # juste pour cet indicateur ? »: the card asked for)
        if re.search(THIS_ITEM, asked):
            return False
        return not _card_named(f.titre, asked)

    def years_unread(self, rep: FaqReply, years: tuple[int, ...]) -> FaqReply:
        """Several exercices' amounts asked, the reply found bearing on one of them only:
        not given as the answer. The asker is told what was not read and how to ask so that
        it is (one exercice per message, or the estimate: the latest year's, or the estimate
        under way, whose answers are never dropped). No `years`: a case's total asked, one
        card found (`_card_beside_case`)."""
        judged = rep.grounded or rep.fact
        case = judged.case if judged is not None else None
        if case is None and not years and self.facts and rep.answer.profession is not None:
            case = self.facts.case_of(rep.answer, self.today())
        example = YEAR_TOLD if case is None or case.profession == "medecin" else YEAR_TOLD_FAMI
        outcome = "ask_years"
        if years:
            asked = and_list([str(y) for y in years])
            note = (
                f"Votre question porte sur plusieurs exercices ({asked}){NNBSP}: je n'ai pas su "
                "lire votre situation année par année avec assez de certitude pour la chiffrer. "
                f"Décrivez un exercice par message, par exemple «{NNBSP}{example}{NNBSP}», ou "
                "faites l'estimation pas à pas."
            )
        else:  # a case's total asked, a card found: the case not read whole
            note = (
                "Je n'ai pas su lire tout votre cas avec assez de certitude pour en donner le "
                f"total. Listez ce qui est atteint, par exemple «{NNBSP}{example}{NNBSP}», ou "
                "faites l'estimation pas à pas."
            )
            years = (case.exercice,) if case is not None else ()
            outcome = "ask_case"
        rows = []
        if case is not None and self.rules is not None:
            slug = self.rules.kb.professions[case.profession].lien
            ruled = [y for y in years if (case.profession, str(y)) in self.rules.kb.dispositifs]
            start = f"{slug}_{ruled[-1]}" if ruled else slug
            rows = [[Choice("Estimer mon forfait", StartEstimate(start))]]
        msg = render("faq_decline.j2", rows, covered=self.covered, note=note, sure=True)
        return replace(rep, message=msg, outcome=outcome, grounded=None, fact=None)

    def stake_line(self, text: str, ans: Answer, e: FaqEntree) -> str | None:
        """« 4 RCP, ça suffit pour la coordination du FAMI ? »: the entry says whether it
        counts; this line says what the indicator pays, for the case assumed, unless the
        entry already gives an amount."""
        if self.facts is None or len(e.indicateurs) != 1 or ans.profession is None:
            return None
        folded = fold(text)
        quoted = MONEY_ASKED.search(folded)  # "j'ai les 100 balles de coordination ?"
        # "j'utilise le web DMP, … sinon je perds quoi ?", "socle refusé, c'est normal ?"
        lost = STAKE_LOST.search(folded)
        if (asks_open(text) and not lost) or (
            "suffit" not in predicates(folded) and not (quoted or lost)
        ):
            return None
        if AMOUNT_GIVEN.search(e.reponse):
            return None
        case = self.facts.case_of(ans, self.today())
        if case is None:
            return None
        d = case.dispositif
        ind = next((i for i in d.indicateurs if i.id == e.indicateurs[0]), None)
        if ind is None:
            return None
        alone = self.facts.paid_alone(d, ind)
        block = None if alone is not None else self.facts.paid_in_block(d, ind)
        if alone is None and block is None:  # no amount published
            return None
        when = f"l'exercice {case.exercice}" + (" (règles provisoires)" if case.note else "")
        said = f"verse {alone}" if alone is not None else block
        return f"À la clé pour {when}{NNBSP}: cet indicateur {said}."

    def most_beside(self, text: str, ans: Answer, e: FaqEntree) -> str | None:
        """ "combien en moyenne en 2023, et quel était le maximum théorique ?": the scheme's
        maximum for the exercice, asked beside an entry that does not give it."""
        if self.facts is None or ans.profession is None or ans.exercice_source != "question":
            return None
        asked = re.sub(r"\([^()]*\)", " ", fold(text))  # "(max 360 pts)": told, not asked
        if not MOST_ASKED.search(asked) or MOST_ASKED.search(fold(e.question)):
            return None
        case = self.facts.case_of(ans, self.today())
        if case is None:
            return None
        if fmt_eur(at_best(case.dispositif).total_eur_max) in e.reponse:
            return None  # the entry gives the maximum already
        most = self.facts.total(case)
        return f"{most.lignes[0].rstrip('.')} (source{NNBSP}: {' ; '.join(most.sources)})."

    def max_elsewhere(self, text: str, ans: Answer, e: FaqEntree) -> str | None:
        """ "la diapo dit 8141 € max pour 2023 mais j'avais lu 9695 €", "le volet 1 c'est 280
        points ou 400 en 2022 ?": an amount quoted that the entry does not give and that is
        another exercice's maximum or block, said so (9 695 € was the forfait structure
        2022's maximum; 280 points, the volet 1 from 2023)."""
        if self.rules is None or ans.profession is None or ans.exercice is None:
            return None
        kb = self.rules.kb
        own = kb.dispositifs.get((ans.profession, str(ans.exercice)))
        if own is None:
            return None  # a year without rules: nothing to set the figure against
        year = ans.exercice
        others = sorted(  # the same scheme's nearest years first
            (
                d
                for d in kb.dispositifs.values()
                if d.profession == ans.profession
                and d.exercice not in (None, year)
                and d.statut != "projet"
            ),
            key=lambda d: (d.dispositif != own.dispositif, abs(_year(d) - year)),
        )
        answered = fold(e.reponse).replace(NNBSP, " ")
        for unit, told in ((" €", EUROS_TOLD), (" points", POINTS_TOLD)):
            # the entry's figures and the year's own need no other year
            given = {_number(m) for m in told.findall(answered)}
            given |= _worths(own, unit) | {self.rules._most(own)}
            for q in [q for m in told.findall(fold(text)) if (q := _number(m)) not in given]:
                said = self._worth_elsewhere(q, unit, others)
                if said is not None:
                    head = f"{fmt_number(q)}{NNBSP}{unit.strip()}"
                    return f"{head}{NNBSP}: {said}, pas de {year}."
        return None

    def _worth_elsewhere(self, q: float, unit: str, others: list[Dispositif]) -> str | None:
        """What `q` (euros or points) is in other exercices: their maximum, else a block's
        worth, with the exercices it holds for."""
        assert self.rules is not None
        most = [d for d in others if unit == " €" and abs(self.rules._most(d) - q) < 0.5]
        if most:
            return f"c'est le maximum {_of_years(most)}"
        if unit == " €":
            return None  # "j'ai touché environ 2 800 €": an amount received, not a block's
        for d in others:
            for g in d.groupes:
                worth = _worth_in(d, g, unit)
                if worth is not None and abs(worth - q) < 0.5:
                    holds = [
                        x
                        for x in others
                        for y in x.groupes
                        if y.id == g.id and _worth_in(x, y, unit) == worth
                    ]
                    return f"c'est {_q(g.libelle.split(' (')[0])} {_of_years(holds)}"
        return None

    def _provisional(self, ans: Answer) -> bool:
        """Whether the exercice the question names has no rules of its own yet (carried
        over from the year before)."""
        if self.facts is None or ans.profession is None or ans.exercice_source != "question":
            return False
        case = self.facts.case_of(ans, self.today())
        return case is not None and bool(case.note)

    def scheme_note(self, ans: Answer) -> str | None:
        """ "Le forfait structure concerne les médecins ; pour les masseurs-kinésithérapeutes,
        je couvre le FAMI.": a scheme named that is not the asker's profession's."""
        if not ans.autres_dispositifs or self.rules is None or ans.profession is None:
            return None
        kb, index = self.rules.kb, self.index
        parts = []
        for k in ans.autres_dispositifs:
            who = [f.pluriel for p, f in kb.professions.items() if k in index.schemes_of.get(p, ())]
            parts.append(f"{SCHEME_LABELS[k]} concerne les {' et les '.join(who)}")
        own = [SCHEME_LABELS[k] for k in SCHEME_LABELS if k in index.schemes_of[ans.profession]]
        mine = kb.professions[ans.profession].pluriel
        text = f"{' ; '.join(parts)}{NNBSP}; pour les {mine}, je couvre {' et '.join(own)}."
        return text[:1].upper() + text[1:]

    def ended_note(self, ans: Answer, entry: FaqEntree | None = None) -> str | None:
        """ "Le forfait structure s'arrête à l'exercice 2025 ; la dotation numérique le
        remplace à partir de l'exercice 2026.": a scheme named for an exercice after its last,
        that another replaces; or the scheme of the entry's indicators, when the exercice's
        rules hold none of them (« maître de stage » asked for 2026)."""
        if self.rules is None or ans.scope is None or None in (ans.exercice, ans.profession):
            return None
        assert ans.profession is not None and ans.exercice is not None
        schemes = self.rules.scheme_years(ans.profession)
        gone = self._schemes_gone(ans.profession, ans.exercice, entry)
        for k in [*ans.scope.schemes, *gone]:
            years = schemes.get(k)
            # "le forfait structure 2025 et le Donum 2026": each scheme with its own year
            if years and ans.exercice < min(years) and not set(years) & set(ans.scope.exercices):
                return self._not_begun(k, years, schemes, ans.exercice)
            if not years or ans.exercice <= max(years):
                continue
            then = next((o for o, ys in schemes.items() if ans.exercice in ys), None)
            if then is not None and then != k:
                name, pronoun = (
                    SCHEME_LABELS[k],
                    "la" if SCHEME_LABELS[k].startswith("la ") else "le",
                )
                ended = (
                    f"{name[:1].upper()}{name[1:]} s'arrête à l'exercice {max(years)}{NNBSP}; "
                    f"{SCHEME_LABELS[then]} {pronoun} remplace à partir de l'exercice "
                    f"{min(schemes[then])}."
                )
                if entry is None or k not in gone:
                    return ended
                return ended + self._not_kept(ans.profession, max(years), ans.exercice, entry)
            if then is None and k in ans.scope.schemes:
                return _not_yet_ruled(k, years, ans.exercice)
        return None

    def _after_its_end(self, ans: Answer) -> bool:
        """The question names a scheme for an exercice after its last."""
        if self.rules is None or ans.scope is None or None in (ans.exercice, ans.profession):
            return False
        assert ans.profession is not None and ans.exercice is not None
        schemes = self.rules.scheme_years(ans.profession)
        return any(
            (years := schemes.get(k)) and ans.exercice > max(years) for k in ans.scope.schemes
        )

    def uncovered_note(self, text: str, ans: Answer) -> str | None:
        """ "Le FAMI commence à l'exercice 2023 : rien pour l'exercice 2022 dans nos
        sources, demandez à votre CPAM.": the question names a scheme for an exercice that
        none of our rules cover (before its first, or after its last with none replacing it),
        a year a practitioner may ask about (not « ma 2035 ») and said of the forfait (not
        « Apicrypt depuis 2015 »)."""
        if self.rules is None or ans.scope is None or None in (ans.exercice, ans.profession):
            return None
        if ans.hors_sujet is not None or ans.exercice > self.today().year + 2:
            return None
        if not re.search(YEAR_OF_SCHEME.format(year=ans.exercice), fold(text)):
            return None
        assert ans.profession is not None and ans.exercice is not None
        schemes = self.rules.scheme_years(ans.profession)
        if any(ans.exercice in ys for ys in schemes.values()):
            return None
        for k in ans.scope.schemes:
            years = schemes.get(k)
            if not years or set(years) & set(ans.scope.exercices):
                continue
            if ans.exercice < min(years):
                return self._not_begun(k, years, schemes, ans.exercice)
            return _not_yet_ruled(k, years, ans.exercice)
        return None

    @staticmethod
    def _not_begun(scheme: str, years: list[int], schemes: dict[str, list[int]], year: int) -> str:
        """ "La dotation numérique commence à l'exercice 2026 ; pour l'exercice 2025, c'est
        le forfait structure.": a scheme named for an exercice before its first."""
        name = SCHEME_LABELS[scheme]
        begun = f"{name[:1].upper()}{name[1:]} commence à l'exercice {min(years)}"
        then = next((o for o, ys in schemes.items() if year in ys), None)
        if then is None:
            return (
                f"{begun}{NNBSP}: rien pour l'exercice {year} dans nos sources, demandez à votre "
                "CPAM."
            )
        return f"{begun}{NNBSP}; pour l'exercice {year}, c'est {SCHEME_LABELS[then]}."

    def _not_kept(self, profession: str, last: int, year: int, e: FaqEntree) -> str:
        """ " « Horaires… » n'en fait pas partie ; ses indicateurs exigés : …": the entry's
        indicator, absent from the exercice's rules, and what they require instead."""
        assert self.rules is not None
        before = self.rules.kb.dispositifs[(profession, str(last))]
        now = self.rules.kb.dispositifs[(profession, str(year))]
        named = [i.libelle for i in before.indicateurs if i.id in e.indicateurs][:1]
        if not named:
            return ""
        # the Donum's DMP or ApCV: a part of one of its indicators, not gone
        for holder in now.indicateurs:
            if any(c.id in e.indicateurs for c in holder.composantes):
                paid = (
                    f"{NNBSP}: {fmt_number(holder.points)}{NNBSP}points, soit {fmt_eur(holder.eur)}"
                    if holder.points and holder.eur
                    else ""
                )
                unsure = all(src.confiance == "secondaire" for src in holder.sources)
                check = f"{NNBSP}; à confirmer auprès de votre CPAM" if unsure else ""
                return f" « {named[0]} » y entre dans « {holder.libelle} »{paid}{check}."
        blocks = {g.id for g in now.groupes if g.regle == "tous_requis"}
        required = [f"« {i.libelle} »" for i in now.indicateurs if i.groupe in blocks]
        asks = (
            f"{NNBSP}; ses indicateurs exigés{NNBSP}: {' et '.join(required)}" if required else ""
        )
        return f" « {named[0]} » n'en fait pas partie{asks}."

    def _schemes_gone(self, profession: str, year: int, e: FaqEntree | None) -> list[str]:
        """The schemes holding the entry's indicators, when the exercice's rules hold none."""
        assert self.rules is not None
        key = (profession, str(year))
        now = self.rules.kb.dispositifs.get(key)
        if e is not None and now is not None and not e.indicateurs:
            # "Il me manque un indicateur du volet 1" asked in 2026: the schemes its phrasings
            # name, when the exercice has none of them
            named = self.index.entry_schemes(e)
            own = e.portee.professions == [profession]  # not a contact or a form for all
            return sorted(named) if own and len(named) == 1 and now.dispositif not in named else []
        if e is None or not e.indicateurs or now is None:
            return []
        about, held = set(e.indicateurs), self._indicator_ids
        if about & held[key]:
            return []
        return [
            d.dispositif
            for k, d in self.rules.kb.dispositifs.items()
            if d.profession == profession and about & held[k]
        ]

    def _start_payload(self, e: FaqEntree) -> str | None:
        """A deep-link payload ("dentiste_2024") when the entry is about one case."""
        if len(e.portee.professions) != 1:
            return None
        slug = self.professions[e.portee.professions[0]].lien
        if len(e.portee.exercices) == 1:
            return f"{slug}_{e.portee.exercices[0]}"
        return slug

    def inline(self, query: str) -> list[InlineCard]:
        """Inline mode: up to three sourced answers, the most precise first (the calculator's
        verdict on a figure, then the entries of the profession and year the query names), or
        one card pointing to the bot and the CPAM. No session."""
        query = query.strip()
        ans = self.answer(query) if query else None
        g = self.ground(query, ans) if ans is not None else None
        # "pile 2/3 de fse", no profession: each profession's verdict, its own card
        each = [g] if g is not None else self._apart(query, ans) if ans is not None else []
        cards = []
        for n, g in enumerate(each[: INLINE_LIMIT - 1] if len(each) > 1 else each):
            fiche = self.rules.kb.professions[g.case.profession] if self.rules else None
            who = f"{fiche.libelle}{NNBSP}: " if fiche and len(each) > 1 else ""
            cards.append(
                InlineCard(
                    # ids unique among the cards: the first one's as for one verdict
                    id=f"regle_{g.situation.path}{f'_{n}' if n else ''}"[:64],
                    title=short_label(f"{who}{g.libelle} — {_verdict(g, self.today())}", 120),
                    description=short_label(g.pourquoi, 150),
                    message=self.rule_message(g, ans, False, ""),
                    start=f"{fiche.lien}_{g.case.exercice}" if fiche else None,
                )
            )
        if ans is None or not ans.matched or ans.hit is None:
            return cards or [inline_fallback(query, ans.hors_sujet if ans else None)]
        hits = sorted([ans.hit, *ans.suggestions], key=lambda h: -_precision(h.entry, ans))
        for e in [h.entry for h in hits][: INLINE_LIMIT - len(cards)]:
            cards.append(
                InlineCard(
                    id=e.id,
                    title=short_label(e.question, 120),
                    description=first_sentence(e.reponse),
                    message=self.entry_message(e),
                    start=self._start_payload(e),
                )
            )
        return cards


def no_question(text: str) -> bool:
    """Text that asks nothing: a yes, a no, "je ne sais pas", a bare figure ("deux tiers",
    "70 %"). An FAQ entry would answer beside it."""
    if "?" in text:
        return False
    folded = fold(text)
    for v in values(folded):
        folded = folded.replace(v.text, " ")
    words = [w for w in normalise(folded).split() if w not in STOPWORDS and not w.isdigit()]
    return all(w in NOT_A_QUESTION for w in words)


def what_to_ask() -> Message:
    """The reply to a text that asks nothing: what the bot can do, as buttons."""
    return plain(
        "Que souhaitez-vous savoir ? Posez une question sur vos indicateurs, ou :",
        [
            [Choice("Estimer mon forfait", RunCommand("reprendre"))],
            [Choice("Voir le résultat", RunCommand("resultat"))],
        ],
    )


def plain_answer(ans: Answer) -> dict[str, object]:
    """The JSON object of `forfait-bot ask`."""
    hit = ans.hit
    return {
        "matched": ans.matched,
        "id": hit.entry.id if hit else None,
        "question": hit.entry.question if hit else None,
        "answer": hit.entry.reponse if hit else None,
        "sources": sources(hit.entry) if hit else [],
        "score": round(hit.score, 4) if hit else None,
        "suggestions": [{"id": h.entry.id, "question": h.entry.question} for h in ans.suggestions],
        "kind": ans.kind,
        "hors_sujet": ans.hors_sujet.libelle if ans.hors_sujet else None,
    }


def inline_fallback(query: str, hors_sujet: SujetHorsPerimetre | None = None) -> InlineCard:
    """The one card of an empty or unmatched inline query: ask the bot, or the CPAM."""
    title = "Pas de réponse sûre à cette question" if query else "Posez votre question"
    return InlineCard(
        id="aide",
        title=title,
        description="Ouvrez le bot pour estimer vos forfaits, ou demandez à votre CPAM.",
        message=render("faq_inline_fallback.j2", query=bool(query), hors_sujet=hors_sujet),
    )


def first_sentence(text: str, limit: int = 150) -> str:
    """The first sentence of an answer, for an inline card's description."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])", text.strip(), maxsplit=1)[0]
    return short_label(first, limit)


def covered_text(kb: Knowledge) -> str:
    """What the bot covers, by profession, from the registry and the schemes compiled:
    "le forfait structure et la dotation numérique (Donum) pour les médecins ; le FAMI pour les
    chirurgiens-dentistes et masseurs-kinésithérapeutes"."""
    by_schemes: dict[tuple[str, ...], list[str]] = {}
    for p, fiche in kb.professions.items():
        kinds = {d.dispositif for (q, _), d in kb.dispositifs.items() if q == p and d.exercice}
        ordered = tuple(k for k in SCHEME_LABELS if k in kinds)
        by_schemes.setdefault(ordered, []).append(fiche.pluriel)
    parts = [
        f"{' et '.join(SCHEME_LABELS[k] for k in kinds)} pour les {and_list(who)}"
        for kinds, who in by_schemes.items()
    ]
    return " ; ".join(parts)


def _defined(ans: Answer | None) -> tuple[GlossaireTerme, ...]:
    """The terms a reply defines: every one asked, else the one."""
    if ans is None:
        return ()
    return ans.definitions or ((ans.definition,) if ans.definition else ())


def _fact_pitfalls(f: Fact, question: str) -> list[str]:
    """The pitfalls of the indicator a fact is about that the question speaks of: « mon
    département n'utilise pas la plateforme nationale » beside what the SAS pays."""
    ind = next((i for i in f.case.dispositif.indicateurs if i.id == f.indicateur), None)
    return pitfalls_spoken(ind, question, least=2) if ind is not None else []


def _pitfalls_said(g: Grounded, question: str) -> list[str]:
    """The indicator's pitfalls the question speaks of (`pitfalls_spoken`)."""
    return pitfalls_spoken(g.situation.indicateur, question)


def _still_time(g: Grounded, today: dt.date) -> str | None:
    """ "Exercice 2026 en cours : il vous reste jusqu'au 31/12/2026 pour l'atteindre.": a
    count or a yes/no not met in the year under way can still be met; a rate told under its
    target in an exercice not yet closed is the year's, its value at 31/12 decides."""
    s = g.situation
    target = s.composante.cible if s.composante is not None else s.indicateur.cible
    year = g.case.exercice
    if g.statut != "non_atteint":
        return None
    if target.type not in ("nombre", "booleen"):
        if s.valeur is None or year < today.year:
            return None
        closes = f"c'est votre situation au 31/12/{year} qui compte"
        return f"L'exercice {year} n'est pas clos{NNBSP}: {closes}."
    if not _not_yet(g, today):
        return None
    return f"Exercice {year} en cours{NNBSP}: il vous reste jusqu'au 31/12/{year} pour l'atteindre."


# Doing it now or at the declaration, for a year closed: "si je fais la mise à jour
# maintenant", "les ajouter au moment de la déclaration", "je peux encore le rattraper ?"
ACTING_LATER = re.compile(
    r"\b(maintenant|aujourd'?hui|des (demain|lundi)|au moment de (la|ma) (declaration|saisie)|"
    r"rattrap\w*|apres coup|retroactiv\w*)\b"
)


# Whether doing it before the year's end still counts: "faut que la 3e soit faite avant le
# 31/12 ?", "si j'en fais une le 20 décembre ça compte encore ?", "il est encore temps ?"
IN_TIME_ASKED = re.compile(
    r"\b(avant (le 31|la fin)|d'?ici (le 31|la fin|fin)|compte(ra)? (encore|toujours|bien)|"
    r"(encore|toujours) (le )?temps|pas trop tard|(le|au) \d{1,2} decembre)\b[^?.!]*\?"
)


def _in_time(g: Grounded, today: dt.date, question: str) -> str | None:
    """ "Oui : l'exercice 2026 est en cours ; ce qui est fait d'ici le 31/12/2026 compte pour
    2026.": asked whether something not yet met still counts if done before the year's end."""
    folded = fold(question)
    asked_in_time = IN_TIME_ASKED.search(folded)
    # ("si j'envoie un message le 28 décembre, ça compte encore ?": met as supposed, this year)
    supposed = g.statut == "atteint" and g.case.exercice == today.year and SUPPOSED.search(folded)
    if not (_not_yet(g, today) or supposed) or asked_in_time is None or AMOUNT.search(folded):
        return None
    asked = folded[: asked_in_time.end()].rsplit(".", 1)[-1]
    if OPEN.search(asked) or re.search(r"\bou\b", asked):
        # "qu'est-ce que je dois vérifier d'ici le 31 décembre ?", "je suis tranquille ou je
        # dois pousser mes AAT d'ici le 31 ?": no yes/no asked
        return None
    year = g.case.exercice
    return (
        f"Oui{NNBSP}: l'exercice {year} est en cours{NNBSP}; ce qui est fait d'ici le "
        f"31/12/{year} compte pour {year}."
    )


def _too_late_now(g: Grounded, today: dt.date, question: str) -> str | None:
    """ "Exercice 2025 clos : c'est votre situation au 31/12/2025 qui compte ; ce qui est fait
    après ne compte pas pour 2025.": an item not met, in a year closed, that the question
    speaks of doing now or when declaring."""
    year = g.case.exercice
    if g.statut != "non_atteint" or year >= today.year or not ACTING_LATER.search(fold(question)):
        return None
    return (
        f"Exercice {year} clos{NNBSP}: c'est votre situation au 31/12/{year} qui compte{NNBSP}; "
        f"ce qui est fait après ne compte pas pour {year}."
    )


def _not_yet_ruled(scheme: str, years: list[int], year: int) -> str:
    """ "Le FAMI n'a pas encore de règles pour l'exercice 2027 dans nos sources (dernier
    exercice couvert : 2026) ; demandez à votre CPAM.": none replaces it either."""
    name = SCHEME_LABELS[scheme]
    return (
        f"{name[:1].upper()}{name[1:]} n'a pas encore de règles pour l'exercice {year} dans "
        f"nos sources (dernier exercice couvert{NNBSP}: {max(years)}){NNBSP}; demandez à "
        "votre CPAM."
    )


def _not_yet(g: Grounded, today: dt.date) -> bool:
    """A count or a yes/no not met in the exercice under way: it can still be met by the
    31/12 (« zéro FSE avec l'appli carte Vitale cette année, c'est foutu ? »: not yet)."""
    s = g.situation
    target = s.composante.cible if s.composante is not None else s.indicateur.cible
    return (
        g.statut == "non_atteint"
        and target.type in ("nombre", "booleen")
        and g.case.exercice == today.year
        and s.sans is None
    )


def _said(term: str, folded: str) -> bool:
    """The term typed as words of its own (« consult » is not in « consultations »)."""
    return re.search(rf"\b{re.escape(term)}\b", folded) is not None


def _worth_in(d: Dispositif, x: Groupe | Indicateur, unit: str) -> float | None:
    """A block's or an indicator's worth in euros (" €") or points (" points")."""
    if unit == " points":
        return x.points
    if x.eur is not None:
        return x.eur
    return x.points * d.valeur_point if x.points is not None and d.valeur_point else None


def _worths(d: Dispositif, unit: str) -> set[float]:
    """Every block's and indicator's worth in the scheme's year."""
    items: list[Groupe | Indicateur] = [*d.groupes, *d.indicateurs]
    return {w for x in items if (w := _worth_in(d, x, unit)) is not None}


def _of_years(ds: list[Dispositif]) -> str:
    """ "de l'exercice 2022 (« Forfait structure 2022 (médecins) »)", "des exercices 2026,
    2027 et 2028 (« Dotation numérique (Donum) »)"."""
    if len(ds) == 1:
        return f"de l'exercice {ds[0].exercice} ({_q(ds[0].libelle)})"
    names = {re.sub(r" 20\d\d\b", "", d.libelle) for d in ds}
    scheme = f" ({_q(names.pop())})" if len(names) == 1 else ""
    return f"des exercices {and_list([str(d.exercice) for d in sorted(ds, key=_year)])}{scheme}"


def _year(d: Dispositif) -> int:
    return d.exercice or 0


def _beside_years(rep: FaqReply, years: tuple[int, ...], text: str) -> bool:
    """Several exercices asked about, the reply judging one of them or an entry silent on
    some of them."""
    if not years:
        return False
    return _one_year_judged(rep) or _entry_beside(rep, years, text) or _item_beside(rep, text)


def _item_beside(rep: FaqReply, text: str) -> bool:
    """A story's years asked, the reply giving what one indicator is worth each year: not
    what the story comes to."""
    f = rep.fact
    if f is None or f.asked not in ("montant", "condition") or f.subject in ("total", "point"):
        return False  # (its worth or its verdict each year)
    if rep.outcome != "rule" or not story_told(text):
        return False
    # "… Combien l'indicateur DMP m'a rapporté chaque année ?": that indicator is asked
    asked_said = fold(" ".join(ASKED_SENTENCE.findall(text)) or text)
    if re.search(r"\b(cet indicateur|cet item|cette ligne|celui-ci|celui-la)\b", asked_said):
        return False  # "… combien en tout juste pour cet indicateur ?": the one named before
    label, colon, _ = fold(text).partition(" : ")
    if colon and len(label.split()) <= MAX_LABEL_WORDS and _card_named(f.titre, label):
        return False  # "messagerie avec mes patients : validée en 2022 et en 2023. cb en tout ?"
    return not _card_named(f.titre, asked_said)


MAX_LABEL_WORDS = 8  # a message opening on one item's name, then a colon: its story


def _card_named(title: str, asked: str) -> bool:
    """Whether the question asks with a word of the card's title (« Combien l'indicateur DMP
    m'a rapporté ? » names « Alimentation du DMP »); « 6e année » in a title is not the
    « chaque année » asked."""
    named = {w for w in re.findall(r"\w+", fold(title.split(" — ")[0])) if len(w) > 2}
    return bool((named - STOPWORDS - {"annee", "annees"}) & set(re.findall(r"\w+", asked)))


def _one_year_judged(rep: FaqReply) -> bool:
    """The reply judges one exercice: an indicator's verdict, a figure or a total of that
    year alone, not years side by side."""
    if rep.outcome != "rule":
        return False
    f = rep.fact
    if f is None:
        return rep.grounded is not None
    return not _years_given(rep)


def _years_given(rep: FaqReply) -> bool:
    """The reply's figures are set year by year (a total or a rule over several years)."""
    f = rep.fact
    return f is not None and (f.span is not None or len(set(YEAR_NAMED.findall(f.titre))) > 1)


def _entry_beside(rep: FaqReply, years: tuple[int, ...], text: str) -> bool:
    """An entry given to a story that asks each year's amount, the entry silent on some of
    those years: it answers another question."""
    if rep.outcome != "answer" or rep.entry is None or not story_told(text):
        return False
    return not set(years) <= years_covered(f"{rep.entry.question} {rep.entry.reponse}")


def _with_aside(rep: FaqReply, aside: SujetHorsPerimetre) -> FaqReply:
    """The reply opened by the topic out of scope its message also asks about."""
    if rep.message is None:
        return rep
    said = (
        f"ℹ️ Une partie de votre message porte sur {aside.libelle}, que je ne couvre pas{NNBSP}: "
        f"voyez {aside.renvoi}."
    )
    msg = rep.message
    return replace(rep, message=replace(msg, blocks=(Block((line(said),)), *msg.blocks)))


def _number(told: str) -> float:
    """ "9 695" or "9695" as a number."""
    return float(told.replace(" ", ""))


def _closing_question(text: str, ans: Answer) -> tuple[str, Session] | None:
    """The question a story closes on, and the asker the story tells (profession, year)."""
    last = asked_part(text)
    if last is None or len(SENTENCE_END.split(text.strip())) < STORY_SENTENCES:
        return None
    return last, Session(0, ans.profession, str(ans.exercice) if ans.exercice else None)


def _lower_first(sentence: str) -> str:
    """ "Il faut au moins 2 heures…" after « Non : »: its first letter down when it opens on
    a common word (`LOWERED`), not on a name or an acronym (« SAS », « Ségur »)."""
    head = sentence.split(" ", 1)[0]
    return sentence[:1].lower() + sentence[1:] if head in LOWERED else sentence


# The words a path's reason opens on that are no name: lowered after « Oui : » / « Non : »
LOWERED = frozenset(["Il", "Elle", "Le", "La", "Les", "Un", "Une", "Pas", "Sans", "Votre", "Vos"])


def _nothing_more(text: str, g: Grounded) -> Grounded:
    """ "97 % de FSE, ça me donne des points en plus ?": a rate met pays the same whatever
    its height, said first."""
    ind = g.situation.indicateur
    if g.statut != "atteint" or g.situation.sans is not None or ind.cible.type not in RATES:
        return g
    if not MORE_ASKED.search(fold(text)):
        return g
    said = f"Au-delà de l'objectif, rien de plus{NNBSP}: le montant ne dépend pas du taux atteint."
    return replace(g, consequences=[said, *g.consequences])


# A declaration forgotten: "j'ai oublié de déclarer mes 4 interventions de 2025"
FORGOT_DECLARING = re.compile(
    r"\b(oubli\w*|zappe\w*) (de |d')?(declarer|saisir|faire (ma|la) declaration)"
)
# A claim put to the test: "un confrère m'a dit que … ça valide pas …, c'est vrai ?"
CLAIM_CHECKED = re.compile(r"\b(c'?est|c) (vrai|exact|juste)\b|\bvrai ou faux\b")
# The claim says the indicator fails: "ça valide pas", "je n'ai pas le volet 1", "sans LAP"
CLAIM_DENIES = re.compile(
    r"\b(ne |n')?(valide\w*|compte\w*|marche\w*|suffi\w*|passe\w*) pas\b"
    r"|\b(j'?ai|jai|on a|il a) pas\b|\bn'(ai|a|avons|ont) pas\b"
)


def _claim_checked(text: str, g: Grounded) -> Grounded:
    """ "on m'a dit qu'un outil gratuit ça valide pas la vidéotransmission, c'est vrai ?":
    the verdict on the claim said first, as the claim is negative (« objectif non atteint »
    then says it is true)."""
    folded = fold(text)
    claim = CLAIM_CHECKED.search(folded)
    if claim is None or not CLAIM_DENIES.search(folded[: claim.start()]):
        return g
    if g.statut == "non_atteint":
        said = f"C'est exact{NNBSP}: dans ce cas, l'objectif n'est pas atteint."
    elif g.statut == "atteint":
        said = f"C'est inexact{NNBSP}: dans ce cas, l'objectif est atteint."
    else:
        return g
    return replace(g, consequences=[said, *g.consequences])


# A target quoted and put in doubt: "c'est pas 70 % le seuil ?", "le seuil c'est bien 2/3 ?"
TARGET_DOUBTED = re.compile(
    r"\b(?:c'?est pas|c pas|ce n'est pas|c'?est bien|c'?est) (?:de |a )?"
    r"(\d+(?:[,.]\d+)? ?%|2/3|deux tiers) (?:le|son|mon) (?:seuil|objectif|minimum|mini)\b[^?]*\?"
    r"|\b(?:le|son) (?:seuil|objectif|minimum) (?:c'?est|est|n'est|c|pass\w*) (?:pas |bien )*"
    r"(?:de |a )?"
    r"(\d+(?:[,.]\d+)? ?%|2/3|deux tiers)[^?]*\?"
)
THIRDS = ("2/3", "deux tiers")
# "je touche rien du tout alors ?": whether nothing at all is left, asked of one miss
NOTHING_ASKED = re.compile(
    r"\b(touche\w*|aur\w*|recev\w*|recoi\w*|droit a) (plus |donc |alors )?rien\b|\brien du tout\b"
    # "je perdais tout le forfait structure, volet 2 compris ?" (not "tout le socle": a block)
    r"|\bperd\w* (donc |alors |bien )?tout\b(?! (le |la |l'|mon |ma |ce |cet |cette )?"
    r"(socle|volet|bloc|option|indicateur|coordination|aller|etudiant|montant|taux|point))"
    # "jai tout perdu sur le FAMI ?"
    r"|\b(j'?ai|on a|il a|elle a) (donc |alors |bien )?tout perdu\b"
)


# What several parts missed cost together: "je perds combien en tout ?", "les deux ensemble"
PARTS_COST_ASKED = re.compile(
    r"\b(perd\w*|perte|cout\w*|manque a gagner|en moins)\b[^?]*\?"
    r"|\b(les deux|tous les deux) ensemble\b"
)


def _parts_missed(text: str, g: Grounded) -> Grounded:
    """ "raté la DSG et la SPE, ça me coûte combien les deux ensemble ?": the verdict is
    the first part's; the parts listed with it, each paid its own share, are missed too:
    what they pay together, said first."""
    ind, part = g.situation.indicateur, g.situation.composante
    d = g.case.dispositif
    if part is None or g.statut != "non_atteint" or ind.agregation != "somme":
        return g
    folded = fold(text)
    if not PARTS_COST_ASKED.search(folded) or part.points is None or not d.valeur_point:
        return g
    named = {c.id: c for c in ind.composantes}
    spoken = {
        c.id: re.search(rf"\b{re.escape(fold(part_name(c)))}\b", folded) for c in named.values()
    }
    first = spoken[part.id]
    if first is None:
        return g
    # the parts joined to it in one list: "la DSG et la SPE", "DSG, SPE et PSE"
    found = sorted(
        ((m, named[k]) for k, m in spoken.items() if m and named[k].points is not None),
        key=lambda x: x[0].start(),
    )
    at = next(i for i, (_, c) in enumerate(found) if c is part)
    lo = hi = at
    while lo > 0 and _joined(folded, found[lo - 1][0], found[lo][0]):
        lo -= 1
    while hi + 1 < len(found) and _joined(folded, found[hi][0], found[hi + 1][0]):
        hi += 1
    listed = [c for _, c in found[lo : hi + 1]]
    if len(listed) < 2:
        return g
    points = sum(c.points or 0 for c in listed)
    each = " + ".join(f"{part_name(c)} {fmt_points(c.points or 0)}" for c in listed)
    said = (
        f"Ensemble, {and_list([part_name(c) for c in listed])} versent {fmt_points(points)}, "
        f"soit {fmt_eur(points * d.valeur_point)} ({each}){NNBSP}: c'est ce que vous perdez."
    )
    # the most left, every part listed off
    left = estimate(d, {ind.id: {c.id: 0.0 for c in listed}}, gains=False).total_eur_max
    kept = [
        f"Au plus {fmt_eur(left)}{c[c.index(' pour l') :]}" if c.startswith("Au plus ") else c
        for c in g.consequences
    ]
    return replace(g, consequences=[said, *kept])


def _year_of_schemes(folded: str, schemes: list[str]) -> int | None:
    """The year written right after one of these schemes' names ("FAMI 2024")."""
    for k in schemes:
        m = re.search(SCHEMES[k].pattern + r"\W+(?:\w+\W+){0,2}?(20[1-3]\d)\b", folded)
        if m is not None:
            return int(m.group(m.lastindex or 0))
    return None


def _joined(folded: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Two names one after the other in a list: "DSG et la SPE", "DSG, SPE"."""
    between = folded[a.end() : b.start()]
    # ("DSG en ligne ni de SPE": a few words of the first's name before the link)
    return bool(
        re.fullmatch(r"\W*((\w+ ){0,2}(et|ni))?\W*(la |le |l'|les |de |d'|du |des )?", between)
    )


def _nothing_left(text: str, g: Grounded) -> Grounded:
    """ "pas référencé Ségur. Avec la Donum je touche rien du tout alors ?": « Oui » when the
    miss leaves the scheme paying nothing, else « Non » with the most still payable, said
    first."""
    if g.statut != "non_atteint" or not NOTHING_ASKED.search(fold(text)):
        return g
    d, missed = g.case.dispositif, g.situation.indicateur.id
    left = best_without(d, missed).total_eur_max
    if left:
        said = f"Non{NNBSP}: sans lui, jusqu'à {fmt_eur(left)} restent possibles."
    else:
        said = f"Oui{NNBSP}: sans lui, rien n'est versé pour l'exercice {g.case.exercice}."
    return replace(g, consequences=[said, *g.consequences])


# "je perds juste les points des horaires ?", "il perd seulement une petite partie ?"
ONLY_LOST_ASKED = re.compile(r"\b(perd\w*|coute\w*) (juste|seulement|uniquement|que)\b")


def _only_this_lost(text: str, g: Grounded) -> Grounded:
    """ "mes horaires pas sur l'annuaire, je perds juste les points des horaires ?": « Non »
    when the miss costs more than the indicator's own worth (a block paid whole, what waits on
    it), « Oui » when only its own worth goes, said first."""
    if g.statut != "non_atteint" or not ONLY_LOST_ASKED.search(fold(text)):
        return g
    d, ind = g.case.dispositif, g.situation.indicateur
    most = at_best(d).total_eur_max
    left = best_without(d, ind.id).total_eur_max
    own = _worth_in(d, ind, " €")
    if own is not None and abs(most - left - own) < 0.5:
        said = f"Oui{NNBSP}: vous ne perdez que cet indicateur ({fmt_eur(own)})."
    elif left:
        said = (
            f"Non{NNBSP}: vous perdez plus que cet indicateur{NNBSP}; sans lui, jusqu'à "
            f"{fmt_eur(left)} restent possibles, au lieu de {fmt_eur(most)}."
        )
    else:
        said = (
            f"Non{NNBSP}: vous perdez plus que cet indicateur{NNBSP}; sans lui, rien n'est versé "
            f"pour l'exercice {g.case.exercice}."
        )
    return replace(g, consequences=[said, *g.consequences])


# A form of coordinated care told: "je coordonne les soins d'un EHPAD", "réunion pluripro"
FORM_TOLD = re.compile(
    r"\b(ehpad|had|reunions?|rcp|concertation|reseau|pluripro\w*|protocolis\w*)\b"
)
FORM_DENIED = re.compile(r"\b(pas d[e'u]?|sans|ni|aucun\w*|jamais)\s*\S*\s*$")


def _other_form_told(text: str, e: FaqEntree, g: Grounded) -> bool:
    """ "je coordonne les soins d'un EHPAD … Pas de CPTS, pas de MSP. Ça valide la
    coordination ?": the forms denied are not the one told; the entry listing the forms that
    count answers, not « non atteint »."""
    if g.situation.indicateur.id not in e.indicateurs or not e.question.startswith("Quelles"):
        return False
    folded = fold(text)
    if "suffit" not in predicates(folded):
        return False
    return any(not FORM_DENIED.search(folded[: m.start()]) for m in FORM_TOLD.finditer(folded))


def _how_declared(text: str, g: Grounded) -> Grounded:
    """ "mes 3 interventions faites, les 300 € tombent tout seuls ou je dois déclarer un
    truc ?": whether the indicator is declared or measured, said after the verdict (its type
    in the rules)."""
    if not DECLARE_ASKED.search(fold(text)):
        return g
    said = HOW_IT_COMES[g.situation.indicateur.type]
    return replace(g, consequences=[*g.consequences, said])


def _still_due(text: str, g: Grounded) -> Grounded:
    """ "FAMI 2024 = 0 €, taux 68 %, mais une étudiante déclarée : c'est normal ?": the block
    missed does not take what is paid apart from it; said, with the CPAM to ask."""
    d, ind = g.case.dispositif, g.situation.indicateur
    if g.statut != "non_atteint" or not NOTHING_RECEIVED.search(fold(text)):
        return g
    block = next((x for x in d.groupes if x.id == ind.groupe), None)
    if block is None or block.regle != "tous_requis":
        return g
    apart = {x.id for x in d.groupes if x.id != block.id and block.id not in x.prerequis}
    items = [i for i in d.indicateurs if i.groupe in apart and i.eur]
    if not items:
        return g
    said = ", ".join(f"{_q(i.libelle)} ({fmt_eur(i.eur or 0)})" for i in items)
    due = (
        f"Rien reçu{NNBSP}: {said} ne dépendent pas de {_q(block.libelle)}. Atteints et "
        f"déclarés, ils restent dus{NNBSP}: demandez le détail à votre CPAM."
    )
    return replace(g, consequences=[*g.consequences, due])


def _verdict(g: Grounded, today: dt.date | None = None) -> str:
    if g.situation.sans is not None and (g.gated or g.situation.valeur is None):
        return "❌ non versé" if g.gated else "✅ versé s'il est rempli"
    if today is not None and _not_yet(g, today):
        return "⏳ pas encore atteint"
    return VERDICTS.get(g.statut, g.statut)


def _rule_of(ind: Indicateur) -> tuple[object, ...]:
    """What decides an indicator's verdict and what it gates, sources aside."""
    c = ind.cible
    return (c.type, c.operateur, c.valeur, ind.groupe, ind.agregation)


# Everything asked lost: "je perds tout ?", "je perds tout mon FAMI ?"
ALL_ASKED_LOST = re.compile(r"\b(perd\w*|perte de) (tout|toute|tous)\b")
# Whether an indicator must be declared: "je dois déclarer un truc ?", "ça tombe tout seul ?"
DECLARE_ASKED = re.compile(
    r"\b((je )?dois[- ](je )?(le |la |les )?declarer|faut[- ](t[- ])?il (le |la |les )?declarer|"
    r"a declarer|tomb\w* tou(t|s|tes) seul\w*|automatique\w*|(le |la |les )?declarer moi)\b"
    r"[^.?!]*\?"
)
# A choice told by a count or a level (« ≥ 4 RCP/an », « moins de 2 h/semaine »)
COUNTED = re.compile(r"[≥≤<>]|\b(moins|plus) de\b|\d+ ?(h\b|%|/)")
HOW_ASKED = re.compile(r"\b(comment|qu'?est-ce qu|que (dois|doit|faut)|quoi faire|quelles?)\b")
# Whether something meets an indicator: "ça valide la messagerie ?", "c'est accepté ?"
VALIDATES = re.compile(r"\b(valide\w*|accept\w*|suffi\w*|ca (passe|compte|marche))\b")
# The next one of a count, planned: "la 3e est calée le 18 décembre", "une troisième …
# prévue le 18"
PLANNED = re.compile(
    r"\b(?P<n>\d(?=e\b|eme\b)|deuxieme|troisieme|quatrieme|cinquieme)(?:e|eme)?\b(?: \S+){0,6}? "
    r"(?:est |sera )?(?:prevue?s?|calee?s?|programmee?s?|planifiee?s?|fixee?s?)\b"
)
# The next one supposed: "si j'en fais une 3e avant noël", "si jen fais une 4e en décembre"
PLANNED_IF = re.compile(
    r"\bsi (?:j'en |jen |j en |je |j'|on en )?(?:fais|fait|refais|rajoute|ajoute|organise|"
    r"realise|programme)\w* (?:une? |encore une? )?"
    r"(?P<n>\d(?=e\b|eme\b)|deuxieme|troisieme|quatrieme|cinquieme)(?:e|eme)?\b"
)
ORDINALS = {"deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5}
# Whether it is paid, asked: "je touche les 1 400 € ?", "j'ai droit aux 200 points ?"
PAID = re.compile(r"\b(touche\w*|droit|pay\w*|vers\w*)\b", re.IGNORECASE)
# Nothing received, told: "FAMI 2024 = 0 €", "zéro", "rien touché"
NOTHING_RECEIVED = re.compile(
    r"(?<![\d,.])0 ?(€|e\b|euro)|\bzero\b|\brien (du tout )?(touche|recu|percu|eu)\b"
)
# What a rate counts, asked: "c'est 28 % de quoi ?", "28 % sur quoi ?"
RATE_BASIS = re.compile(r"% (?:de|d'|sur) (?:quoi|koi|qui)\b")
# More paid for a higher figure, asked: "des points en plus ?", "ça rapporte davantage ?"
MORE_ASKED = re.compile(
    r"\b(points? (?:en )?(?:plus|\+|supplementaires?|bonus)|plus de points|bonus|bonifi\w*|"
    r"davantage|(?:gagne\w*|rapporte\w*|paye\w*|paie\w*) (?:encore )?plus\b(?! rien)|"
    r"mieux paye\w*|majore\w*)"
)
# Targets a figure meets or not, paid the same once met.
RATES = ("taux", "moyenne")
# "au plus tard le 31/12 de l'année de référence": a date the asked exercice makes exact.
REFERENCE_DAY = re.compile(r"31(/12| décembre) de l'année de référence")


def _year_line(e: FaqEntree, ans: Answer, provisional: bool = False) -> str | None:
    """The exercice an answer is for, when the question named none and the entry is for
    some years only; the day an entry's « 31/12 de l'année de référence » is, for the
    exercice the question names ("avant quand en 2022 ?": le 31/12/2022)."""
    years = e.portee.exercices
    if ans.exercice_source == "question" and ans.exercice and REFERENCE_DAY.search(e.reponse):
        return f"Pour l'exercice {ans.exercice}{NNBSP}: le 31/12/{ans.exercice}."
    label = ", ".join(map(str, years))
    whose = "les exercices" if len(years) > 1 else "l'exercice"
    if years and ans.exercice_source == "question" and ans.exercice not in years:
        # an entry of another year whose rules are the same (the index let it answer): said,
        # its dates being that year's ("installée au 31/12/2024" asked for 2026)
        dated = any(str(y) in e.reponse for y in years)
        moved = f", dates à transposer à {ans.exercice}" if dated else ""
        same = (
            f"règles {ans.exercice} non publiées{NNBSP}: à confirmer auprès de votre CPAM"
            if provisional
            else f"mêmes règles en {ans.exercice}"
        )
        return f"Réponse rédigée pour {whose} {label}{moved}{NNBSP}; {same}."
    if not years or ans.exercice_source == "question":
        return None
    if ans.exercice in years:
        why = EXERCICE_FROM.get(ans.exercice_source or "", "")
        return f"Réponse pour l'exercice {ans.exercice} ({why})."
    return f"Réponse pour {whose} {label}."


def _text(ln: Line) -> str:
    return "".join(sp.text for sp in ln)


def _summed(replies: list[FaqReply]) -> Block | None:
    """Two totals added (« Ensemble : 940 € + 490 € = 1 430 € »); None unless each reply is
    one exact total (not « entre 0 € et 3 906 € »)."""
    amounts: list[float] = []
    for r in replies:
        euros = total_euros(r.fact) if r.fact is not None else None
        if euros is None:
            return None
        amounts.append(euros)
    years = {r.answer.exercice for r in replies}
    year = f" pour l'exercice {years.pop()}" if len(years) == 1 and None not in years else ""
    added = " + ".join(fmt_eur(a) for a in amounts)
    said = f" {added} = {fmt_eur(sum(amounts))}{year}."
    return Block((line(bold(f"Ensemble{NNBSP}:"), said),))


def _without(b: Block, words: str) -> Block:
    """The block without a sentence (the buttons' mention, in a reply that has none)."""
    lines = tuple(
        tuple(replace(sp, text=sp.text.replace(words, "")) for sp in ln) for ln in b.lines
    )
    return replace(b, lines=lines)


def _what_it_says(r: FaqReply) -> tuple[object, ...]:
    """What a reply answers with: its entry, the fact asked, or the indicator judged."""
    g = r.grounded
    if g is not None:  # the entry shown after a verdict is context
        return ("rule", g.situation.indicateur.id, g.statut)
    if r.fact is not None:
        # "le max ? et sans étudiant ?": the most, then the most without one indicator
        without = (r.fact.indicateur,) if r.fact.subject == "total" else ()
        return ("fact", r.fact.subject, r.fact.asked, *without)
    return (r.outcome, r.entry.id if r.entry is not None else None)


def _another_total(r: FaqReply, before: list[_Reading]) -> bool:
    """ "… ça fait combien au total ? et si j'avais eu le SAS en plus ?": a case's total the
    parts before did not give, the part's own."""
    f = r.fact
    return (
        f is not None
        and f.asked == "somme"
        and all(x.decided.fact is not None and x.decided.fact.lignes != f.lignes for x in before)
    )


def _topics(r: FaqReply) -> set[str]:
    """The indicators a reply answers on: the one judged, the fact's, or its entry's."""
    if r.grounded is not None:
        return {r.grounded.situation.indicateur.id}
    if r.fact is not None:
        return set(r.fact.subject.split("+"))
    return set(r.entry.indicateurs) if r.entry is not None else set()


def _for_advisor(msg: Message, assumed: str | None) -> Message:
    """An advisor's answer ends with the case assumed and a plain-text version to copy."""
    kept = [b for b in msg.blocks if not to_text(Message((b,))).startswith("Réponse à transmettre")]
    body = to_text(Message(tuple(kept)))
    blocks = list(msg.blocks)
    if assumed:
        blocks.append(Block((line(assumed),)))
        body += "\n\n" + assumed
    copy = [line(x) for x in body.replace("\n\n", "\n").split("\n") if x]
    blocks += [Block((line("Texte à copier :"),)), Block(tuple(copy), pre=True)]
    return Message(tuple(blocks), msg.choices)


def _precision(e: FaqEntree, ans: Answer) -> int:
    """2: an entry limited to the profession or year the query names; 1: an entry for every
    case; 0: an entry limited to other ones. Sorting is stable: retrieval order breaks ties."""
    scope = ans.scope
    named_years = set(scope.exercices) if scope else set()
    named_profs = set(scope.professions) if scope else set()
    score = 1
    for named, limited in (
        (named_years, set(e.portee.exercices)),
        (named_profs, set(e.portee.professions)),
    ):
        if named and limited:
            score += 1 if named & limited else -2
    return max(0, min(2, score))


def _most_together(facts: list[Fact], question: str) -> str | None:
    """Each profession's maximum added up, when the question asks them together; None when
    a maximum is in doubt (the forfait structure 2025's 7 805 or 8 141 €)."""
    if not TOGETHER.search(fold(question)) or any(f.subject != "total" for f in facts):
        return None
    best = [at_best(f.case.dispositif) for f in facts]
    if any(b.total_eur != b.total_eur_max for b in best) or any(f.lectures for f in facts):
        return None
    if any(f.case.dispositif.total_notes() for f in facts):
        return None
    return fmt_eur(sum(b.total_eur for b in best))
