"""An amount received, read back into what it pays: « forfait structure 2018 touché 1 610 €,
c'est le volet 1 seul ? », « FAMI 2024 reçu 490 et pas 590 ». No FAQ entry can hold every
amount; the exercice's rules can: the blocks paid whole and the indicators paid each, with the
gates between them, give the combinations whose worth is the amount told. The reply says
which ones, what was not paid, and asks the CPAM when no combination fits (another payment,
a regularisation) rather than guessing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from bot.faq_text import fold
from bot.fse_start import MONTHS
from bot.messages import Block, Line, Message, bold, line
from bot.question_scope import VSM, QuestionScope
from bot.rule_answers import Case
from bot.rule_facts import MEAN_ASKED, _labels, _q, beside_mean, by_year
from calculators import estimate
from calculators.forfait import Estimate
from calculators.french import NNBSP, fmt_eur, fmt_points
from knowledge.schema import Dispositif, Groupe, Indicateur, Source

# Money that came in, in the past: "touché", "reçu", "viré", "versé", "j'ai eu". Not "je
# touche 790 ?", which asks what a case pays (`RuleSums`).
RECEIVED = re.compile(
    r"\b((?<!\bje )(?<!\bon )(?<!\bil )(?<!\belle )(?<!\btu )(?<!\ble )(?<!\bla )(?<!\bles )"
    r"(?<!\ben )(?<!\bl')touche|touchee|touches|recu|recue|recus|vire|viree|virement|"
    # ("… 940 € normalement. Quand est-ce que ce sera versé ?": the payment asked)
    r"(?<!\bsera )(?<!\bserait )(?<!\bseront )verse(?! ?\?)|"
    r"versee|versement|percu|percue|paye|payee|encaisse|encaissee|"
    # "1 960 € versés", not "les 300 € lui sont-ils versés ?" (asked)
    # ("les 100 € de coordination sont-ils quand même versés ?": asked, the question's end)
    r"(?<!\bils )(?<!\belles )(?<!\bsont )(?<!\bseront )(?:verses|versees|percus|payes)(?! ?\?)|"
    r"(?:j'ai|jai|g|on a|il a|elle a|n'ai|n'a|j'avais|on avait|il avait|elle avait) "
    r"(?:eu|recu|touche)|"
    r"(?:je n'ai|on n'a|il n'a|elle n'a) que(?= \d)|"  # "au final je n'ai que 300 €"
    r"sur (?:mon|le|notre) (?:compte|releve)|(?:une |la )?lignes? (?:a|de)|"
    r"(?:je |j'ai |on )(?:vois|voit|vu))\b(?!-t-)"  # "sur amelipro je vois 1960 €"
    # "Mon FAMI 2024 = 300 €" (not "= 400 points")
    # "mon forfait structure 2023 s'élève à 5 600 €"
    r"|\b(?:mon|ma|notre) (?:fami|forfait(?: structure)?|donum|dotation)(?: 20\d\d)?"
    r"(?: ?= ?| (?:s'eleve|s'est eleve|se monte|s'est monte|etait) (?:a|de) )"
    r"(?=\d[\d \u202f.]*(?:€|e\b|eur))"
    # "FAMI 2024 : 590 €. FAMI 2025 : …": a year's amount alone after its colon
    r"|(?:^|[.;] )(?:fami|fs|forfait(?: structure)?|donum|dotation(?: numerique)?) 20\d\d ?: ?"
    r"(?=\d[\d \u202f]*(?:€|euros?)\s*(?:[.;,]|$))"
)
# Another amount the same verb received: "touché 490 € de socle et 100 € de coordination"
MORE_RECEIVED = re.compile(
    r"\s*(?:€|euros?)?(?: (?:de|du|d'|pour|au titre d[eu]) ?[^.,;:?!€]{1,30}?)?"
    r"(?: (?:et|\+|plus) (\d[\d\u202f ]*\d|\d)\s*(?:€|euros?)"
    # "j'ai eu 490 + 100 pr la fami 2024": a sum written bare
    r"| ?\+ ?(\d{2,4})\b(?![.,]\d)(?! ?(?:%|points?|pts)))"
)
# Which indicator one amount is: "une ligne à 1 400 €, ça correspond à quoi ?", "les 280 c
# quel indicateur ?"
WHICH = re.compile(
    r"\b(quels? indicateurs?|correspond\w* a quoi|a quoi (?:ca )?correspond\w*|lignes?|"
    r"c'est pour quoi|c pour quoi)\b"
)
# What else pays, asked beside the amount: "c'est quoi les autres lignes pr toucher plus ?"
OTHERS_ASKED = re.compile(
    r"\b(les autres|(toucher|avoir|gagner|percevoir) (plus|davantage|le reste)|"
    r"pour (en )?avoir plus)\b"
)
# Someone else's payment set against the asker's nothing: "lui a touché 4 200 €, moi zéro"
PARTNER_PAID = re.compile(
    r"\b((mon|ma|notre) (associee?|collegue|confrere|consoeur|femme|mari|conjointe?)|lui|elle)"
    r"\b[^.?!]{0,40}\b(a|avait) (touche|recu|eu)\b[^?!]*\bmoi\b[^?!]{0,20}\b(zero|rien|0)\b"
)
# What others get, asked beside the amount received: the national average's entry answers
# "Ma consoeur dentiste touche ses 350 € … Moi médecin, je touche … ?": a colleague's amount,
# told beside the asker's own question
PARTNER_AMOUNT = re.compile(
    r"\b(mon|ma|notre) (associee?|collegue|confrere|consoeur|femme|mari|conjointe?)\b"
    r"(?: \w+){0,2} (touche|a touche|recoit|a recu|percoit|a percu)\b[^?!]*\bmoi\b"
    r"(?!,? (?:j'?ai |j ai )?(?:que |seulement |juste )?\d)"  # not "et moi 4 200": the asker's
)
AVERAGE = re.compile(r"\b(en moyenne|la moyenne|une moyenne|moyenne (?:des|que|nationale))\b")
# An amount in euros ("1 610 €", "2800e", "1225 euros"), or right after the verb ("reçu 490").
EUROS = re.compile(
    r"(?<![\d,./])((?:\d{1,2}[ \u202f\u00a0]?\d{3}|\d{3,4})(?:[.,]\d{1,2})?)"
    r" ?(?:€|e\b|eur\b|euros?\b)"
)
BARE = re.compile(  # not "340 points", "70 %": points are `points_answers`'
    # nor a year: "sur mon relevé 2024 l'indicateur SAS…" (but "reçu 2020 €" is money)
    r"^(?: (?:que|seulement|juste|uniquement|pile|de|les?))*"
    r" (?!20[1-3]\d\b(?! ?(?:€|e\b|eur|euros?\b)))(\d{1,2} ?\d{3}|\d{3,4})\b"
    r"(?![.,]\d)(?! ?(?:points?|pts|%))"
)
# A year told, and an amount: in euros, or a bare number that is neither points nor a rate
TOLD_YEAR = re.compile(r"\b(20[1-3]\d)\b")
TOLD_AMOUNT = re.compile(
    r"(?<![\d,./])(\d{1,2}[ \u202f\u00a0]?\d{3}|\d{3,4})\b(?![.,]\d)(?! ?(?:points?|pts|%))"
)
# An amount one may reach, not one received: "à partir de 2024 on peut dépasser 1 200 €"
BOUND_BEFORE = re.compile(
    r"\b(depasser|depasse|jusqu'a|atteindre|monter a|au-dela de|plafond de|maximum de)\s*$"
)
# An amount not had: "même pas les 100 €", "pas de 300 €"
NOT_HAD = re.compile(r"\bpas (?:les |de |des |mes )?$")
# An amount had in place of another: "590 € au lieu des 490 habituels"
INSTEAD = re.compile(
    # (not "60 % de FSE en 2025 au lieu de 70": a year, without euros)
    r"(?<![\d,./])(?!20[0-4]\d (?!€|e\b|eur))"
    r"(\d{1,2}[ \u202f\u00a0]?\d{3}|\d{3,4}) ?(?:€|e|eur|euros?)?"
    r" au lieu (?:de|des|du) \d"
)
# The exercice a payment is for: the year beside the scheme's name ("forfait structure 2023",
# "FAMI 2024").
SCHEME_YEAR = re.compile(
    r"\b(?:forfait(?: structure)?|fs|fami|donum|dotation numerique|exercice)"
    r" ?((?:19|20)\d\d)\b"
)
IN_MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS)}) ((?:19|20)\d\d)\b")
SINCE_YEAR = re.compile(rf"\bdepuis (?:(?:{'|'.join(MONTHS)}) )?((?:19|20)\d\d)\b")
# A rough figure: "environ 4 000 €", "4000 et des poussières", "plus de 5 000 €".
ABOUT = re.compile(
    r"\b(environ|a peu pres|dans les|autour de|plus de|moins de|presque|quasi\w*|pres de|"
    r"et des poussieres|et quelques|grosso modo|approximativement)\b|~"
)
# How far from the amount a word makes it rough.
ROUGH = 25
# How far from the verb an amount is still the one received.
NEAR = 40
# Ways to make an amount listed, at most.
SHOWN = 3
# Items few enough to spell the most out.
FEW = 5


@dataclass(frozen=True)
class Item:
    """What is paid as one: a block paid whole (volet 1, socle) or an indicator."""

    label: str
    eur: float
    needs: frozenset[str]  # the blocks it is paid only with
    group: str  # "Volet 2", "Socle"
    block: str | None = None  # its id, when it is a block
    declared: bool = False  # the practitioner declares it on amelipro
    key: str = ""  # the block's or indicator's id


def _euros(said: str) -> float:
    """ "2 117,50" → 2117.5."""
    return float(re.sub(r"[^\d,.]", "", said).replace(",", "."))


def received_amount(folded: str) -> float | None:
    """The amount the question says came in, or None (a rough one too: "4 000 et des
    poussières" has no combination to read)."""
    for verb in RECEIVED.finditer(folded):
        at = verb.end()
        bare = BARE.match(folded[at:])
        found = (at + bare.start(1), at + bare.end(1)) if bare else None
        if found is None:  # an amount in euros near the verb, before or after it
            found = next(
                (
                    m.span(1)
                    for m in EUROS.finditer(folded)
                    if m.start() - NEAR <= at and verb.start() <= m.end() + NEAR
                ),
                None,
            )
        if found is not None and NOT_HAD.search(folded[max(0, found[0] - 12) : found[0]]):
            found = None  # "0 € versé. pourquoi j'ai même pas les 100 € ?": what was not had
        if found is not None:
            start, end = found
            if ABOUT.search(folded[max(0, start - ROUGH) : end + ROUGH]):
                return None
            total = _euros(folded[start:end])  # "2 117,50 €": the cents too
            while more := MORE_RECEIVED.match(folded, end):  # "490 € de socle et 100 € de…"
                total += float(re.sub(r"\D", "", more.group(1) or more.group(2)))
                end = more.end()
            return total
    instead = INSTEAD.search(folded)  # "590 € au lieu des 490 habituels"
    return float(re.sub(r"\D", "", instead.group(1))) if instead else None


def _items(d: Dispositif) -> list[Item]:
    """The blocks paid whole, then the indicators paid each, with their worth in euros."""

    def worth(x: Groupe | Indicateur) -> float:
        return x.eur if x.eur is not None else (x.points or 0) * (d.valeur_point or 0)

    groups = {g.id: g for g in d.groupes}
    items = [
        Item(_short(g.libelle), worth(g), frozenset(g.prerequis), _short(g.libelle), g.id, key=g.id)
        for g in d.groupes
        if g.regle == "tous_requis" and worth(g)
    ]
    items += [
        Item(
            i.libelle,
            worth(i),
            frozenset(groups[i.groupe].prerequis),
            _short(groups[i.groupe].libelle),
            declared=i.type != "automatise",
            key=i.id,
        )
        for i in d.indicateurs
        if worth(i) and groups[i.groupe].regle != "tous_requis"
    ]
    return items


def _paying(
    items: list[Item], amount: float
) -> tuple[list[tuple[Item, ...]], int, tuple[Item, ...]]:
    """The combinations worth `amount` whose gates are met (the first `SHOWN`), how many,
    and the blocks every one of them holds."""
    blocks = [i for i in items if i.block]
    found: list[tuple[Item, ...]] = []
    count = 0
    always: set[Item] | None = None
    for k in range(len(blocks) + 1):
        for chosen in combinations(blocks, k):
            ids = {b.block for b in chosen}
            rest = amount - sum(b.eur for b in chosen)
            free = [i for i in items if not i.block and i.needs <= ids]
            for combo in _sums(free, rest):
                count += 1
                always = set(chosen) if always is None else always & set(chosen)
                if len(found) < SHOWN:
                    found.append((*chosen, *combo))
    return found, count, tuple(b for b in blocks if always and b in always)


def only_paying(d: Dispositif, amount: float) -> list[str] | None:
    """The one set of blocks and indicators `amount` pays on the scheme (« FAMI 2024 : 590 € »:
    the socle and the coordination), by their labels; None when no set or several do."""
    found, count, _ = _paying(_items(d), amount)
    return [x.label for x in found[0]] if count == 1 else None


def _sums(items: list[Item], target: float) -> list[tuple[Item, ...]]:
    """The subsets of `items` worth `target` (a dozen items at most: a few thousand sums)."""
    if abs(target) < 0.5:
        return [()]
    if target < 0 or not items:
        return []
    first, rest = items[0], items[1:]
    with_first = [(first, *s) for s in _sums(rest, target - first.eur)]
    return with_first + _sums(rest, target)


# "… vu passer 1 960 €. C'était quoi le max du volet 2 cette année-là ?": a block's most
# asked after the story, not the amount read back
BLOCK_MAX_ASKED = re.compile(
    r"\b(le|du|au) (maximum|max|plafond) (du|des|de l') ?(volet [12]|socle|options?)\b"
)


# The declaration's dates asked, after an amount received told as context
DECLARING_ASKED = re.compile(
    r"\b(quand|dates?|periode|limite|jusqu'?a)\b[^?]*\b(declar\w*|saisi\w*)"
    r"|\b(declar\w*|saisi\w*)[^?]*\b(quand|dates?|periode|limite)\b"
)
WHY_OR_HOW_MUCH = re.compile(r"\b(combien|pourquoi|normal|manque\w*|explique\w*|correspond\w*)\b")


def received_reply(
    text: str,
    case_for: Callable[[int | None], Case | None],
    scope: QuestionScope | None,
    today: dt.date,
    story: Callable[[Dispositif], Estimate | None] | None = None,
    told: Callable[[Dispositif], frozenset[str]] | None = None,
) -> Message | None:
    """What the amount received pays on the exercice it is for, or None when the question
    tells no amount received, or that exercice is not paid yet. `case_for(year)` is the
    asker's case for that exercice, or (None) for the one the question or session names;
    `story(d)`, what the indicators the question lists pay on `d`, set against the amount;
    `told(d)`, the ids of what it says is met.

    The exercice: the year the question names; of two, the one beside the scheme's name
    (« encaissé en 2024 … forfait structure 2023 »); of none, the last one paid."""
    folded = fold(text)
    years = scope.exercices if scope is not None else ()
    if years == (today.year,) and str(today.year) not in folded:
        years = ()  # "reçu 1 240 € cette année": paid this year, for the last exercice paid
    if VSM.search(folded) or (scope is not None and len(scope.schemes) > 1):
        return None  # another forfait, or two schemes set side by side
    asked = re.split(r"(?<=[.!?])\s", folded.strip())[-1]
    if BLOCK_MAX_ASKED.search(asked):
        return None
    if DECLARING_ASKED.search(asked) and not WHY_OR_HOW_MUCH.search(asked):
        return None  # "J'ai eu 590 € pour 2023. Pour 2024, c'était quand la déclaration ?"
    pairs = _year_amounts(folded, years)
    amount = received_amount(folded) if pairs is None else None
    partner = PARTNER_PAID.search(folded) or PARTNER_AMOUNT.search(folded)
    if (pairs is None and amount is None) or partner:
        return None  # "mon associé a touché 4 200 € et moi zéro": not the asker's amount
    if pairs is not None:  # "FAMI 2023 j'avais eu 590, FAMI 2024 j'ai 890": each read back
        return _two_years(pairs, case_for, folded, scope, today)
    assert amount is not None
    assumed = False
    if len(years) > 1:  # the other year is the payment's
        named = {int(m.group(1)) for m in SCHEME_YEAR.finditer(folded)} & set(years)
        if not named:  # "pour 2025 je n'ai eu que 490 €, en CPTS depuis 2022"
            named = set(years) - {int(m.group(1)) for m in SINCE_YEAR.finditer(folded)}
            # "touché 590 € en juin 2025": the month dates the payment, not the exercice
            named -= {int(m.group(1)) for m in IN_MONTH.finditer(folded)}
        if len(named) != 1:
            return None
        paid_for = named.pop()
        closing = re.split(r"(?<=[.!?])\s", folded.strip())[-1]
        later = [int(y) for y in re.findall(r"\b20[1-3]\d\b", closing) if int(y) > paid_for]
        if later and not RECEIVED.search(closing):
            return None  # "touché 4 100 € pour 2025. Pareil pour 2026 ?": a later year asked
        case = case_for(paid_for)
    else:
        case = case_for(None)
        if not years and case is not None and case.exercice >= today.year:
            case, assumed = case_for(today.year - 1), True
    if case is None or case.dispositif.exercice is None or case.exercice >= today.year:
        return None
    listed = story(case.dispositif) if story is not None else None
    met = told(case.dispositif) if told is not None else frozenset()
    lines = _read_back(amount, case, assumed, folded, scope, today, listed, met)
    return _message(lines, case.dispositif)


def _year_amounts(folded: str, years: tuple[int, ...]) -> list[tuple[int, float]] | None:
    """Two exercices, each with its amount received, in the order told (« FAMI 2023 reçu
    590, FAMI 2024 j'ai 890 », « 590 € en 2023 et 890 € en 2024 »), or None."""
    if len(years) != 2 or not RECEIVED.search(folded) or ABOUT.search(folded):
        return None
    told = [(m.start(), int(m.group(1))) for m in TOLD_YEAR.finditer(folded)]
    said = [
        (m.start(), float(re.sub(r"\D", "", m.group(1))))
        for m in TOLD_AMOUNT.finditer(folded)
        if int(re.sub(r"\D", "", m.group(1))) not in years
        and not BOUND_BEFORE.search(folded, 0, m.start())
    ]
    if sorted(y for _, y in told) != sorted(years):
        return None
    if len(said) > 2:  # "… D'où viennent les 350 € en plus ?": the gap asked, not a third amount
        closing = folded.rfind(". ") + 2
        said = [x for x in said if x[0] < closing]
    return by_year(told, said)


def _two_years(
    pairs: list[tuple[int, float]],
    case_for: Callable[[int | None], Case | None],
    folded: str,
    scope: QuestionScope | None,
    today: dt.date,
) -> Message | None:
    """Each amount read back on its exercice, then the gap between them."""
    blocks: list[Block] = []
    sources: list[Source] = []
    for year, amount in pairs:
        case = case_for(year)
        if case is None or case.dispositif.exercice is None or case.exercice >= today.year:
            return None
        read = _message(
            _read_back(amount, case, False, folded, scope, today, None), case.dispositif
        )
        blocks.append(read.blocks[0])
        sources += [s for s in case.dispositif.sources if s not in sources]
    (first, before), (second, after) = pairs
    gap = after - before
    moved = (
        "Même montant"
        if abs(gap) < 0.5
        else f"Écart{NNBSP}: {'+' if gap > 0 else '−'}{fmt_eur(abs(gap))}"
    )
    blocks.append(Block((line(f"{moved} entre {first} et {second}."),)))
    blocks.append(Block((line(f"Source : {' ; '.join(_labels(sources))}"),)))
    return Message(tuple(blocks))


def _read_back(
    amount: float,
    case: Case,
    assumed: bool,
    folded: str,
    scope: QuestionScope | None,
    today: dt.date,
    listed: Estimate | None,
    met: frozenset[str] = frozenset(),
) -> list[Line]:
    """The lines that read `amount` back on `case`'s exercice (`assumed`: the year was not
    told); `listed`, what the indicators the question lists pay, set against it; `met`, what
    the question says is met."""
    d = case.dispositif
    items = _items(d)
    best = estimate(d, {i.id: True for i in d.indicateurs}).total_eur_max
    combos, count, always = _paying(items, amount)
    said = fmt_eur(amount)
    lines = [line(bold(f"{said} reçus — {d.libelle}"))]
    asked = scope.schemes if scope is not None else ()
    if assumed and asked == ("dotation_numerique",) and d.dispositif != asked[0]:
        lines.append(  # the Donum starts with the exercice under way: none was paid yet
            line(
                f"Aucune dotation numérique n'est encore versée : la première, pour "
                f"l'exercice {today.year}, le sera après sa clôture. Lu comme le "
                f"{_short(d.libelle).lower()}, le dernier versé."
            )
        )
    elif assumed:
        lines.append(
            line(f"Exercice {case.exercice} supposé, le dernier versé : précisez l'année sinon.")
        )
    mean = beside_mean(d, amount) if MEAN_ASKED.search(folded) else None
    if mean is not None:  # "j'ai eu 3 200 €, je suis en dessous de la moyenne de combien ?"
        lines.append(line(mean))
    if d.unite == "points" and d.valeur_point:
        points = amount / d.valeur_point
        if abs(points - round(points)) < 0.01:
            lines.append(line(f"{said} = {fmt_points(round(points))} × {fmt_eur(d.valeur_point)}."))
    if listed is not None:  # "j'avais volet 1, CPTS, DMP 31 %…, ça correspond ?"
        gap = listed.total_eur - amount
        lines.append(line(f"Ce que vous listez vaut {_worth(listed.total_eur, d)}."))
        # "télétransmission affichée à 67 %": the figure under its target, why it pays less
        lines += [
            line(f"Non atteint{NNBSP}: {_q(r.libelle)} — {r.raison}")
            for r in listed.indicateurs
            if r.statut == "non_atteint" and "objectif" in r.raison
        ]
        if abs(gap) < 0.5:
            lines.append(line("C'est bien le montant reçu."))
        elif gap > 0:
            lines.append(
                line(
                    f"Il manque {_worth(gap, d)}. Le détail de ce qui a été validé est sur "
                    "amelipro ; si un indicateur de votre liste n'y est pas retenu, demandez "
                    "à votre CPAM."
                )
            )
            lines += _which_paid(amount, listed, items, d)
        else:
            lines.append(
                line(
                    f"C'est {_worth(-gap, d)} de plus que votre liste : un autre indicateur "
                    "a sans doute été validé (détail sur amelipro) ; sinon, demandez à votre "
                    "CPAM."
                )
            )
        lines.append(_best(best, items, d))
        return lines
    which = WHICH.search(folded) and not OTHERS_ASKED.search(folded)
    alone = [i for i in items if abs(i.eur - amount) < 0.5] if which else []
    if alone:  # one line of the detail: what pays that much, gates aside
        lines.append(line(f"Ce montant est ce que paie{NNBSP}: {_listed(alone, d)}."))
        return lines
    if not combos:
        over = amount > best
        lines.append(
            line(
                f"Ce montant dépasse le maximum de l'exercice ({_worth(best, d)})."
                if over
                else f"Aucune combinaison d'indicateurs de l'exercice ne fait ce montant "
                f"(au plus {_worth(best, d)} avec tous les indicateurs)."
            )
        )
        lines.append(
            line(
                "Ce versement peut en regrouper plusieurs, ou venir d'un autre forfait ou "
                "d'une régularisation : le détail est sur amelipro, sinon demandez à votre CPAM."
            )
        )
        return lines
    paid = combos[0]
    if count == 1:
        lines.append(line(f"Ce montant correspond à{NNBSP}: {_listed(paid, d)}."))
        missed = [i for i in items if i not in paid]
        for block in (i for i in missed if i.block):  # "pas le socle, mais 300 € reçus"
            apart = [i for i in paid if block.block not in i.needs]
            if apart:
                labels = ", ".join(_q(i.label) for i in apart)
                lines.append(line(f"{labels} : payé indépendamment de {_q(block.label)}."))
        for group in dict.fromkeys(i.group for i in missed):
            of = [i for i in missed if i.group == group]
            unpaid = "Non payé" if len(of) == 1 else "Non payés"
            head = f"Non payé{NNBSP}" if of[0].block else f"{unpaid} ({group.lower()}){NNBSP}"
            lines.append(line(f"{head}: {_listed(of, d)}."))
        cited = [i for i in missed if i.key in met and not (i.needs - {p.key for p in paid})]
        if cited:  # "reçu 490 €, alors que je suis en MSP et j'ai coché la coordination"
            gap = sum(i.eur for i in cited)
            lines.append(
                line(
                    f"Avec {_listed(cited, d)}, que vous citez, le total serait de "
                    f"{_worth(amount + gap, d)}{NNBSP}: il manque {_worth(gap, d)}."
                )
            )
        if any(i.declared for i in missed):
            lines.append(
                line(
                    "Un indicateur déclaratif non déclaré sur amelipro dans les délais "
                    "n'est pas payé ; si vous l'aviez déclaré, demandez le détail à votre CPAM."
                )
            )
        if not missed:
            lines.append(line("C'est le maximum de l'exercice."))
    else:
        lines += several(combos, count, always, amount, d, "ce montant")
    if len(paid) < len(items):
        lines.append(_best(best, items, d, amount))
    return lines


def _which_paid(amount: float, listed: Estimate, items: list[Item], d: Dispositif) -> list[Line]:
    """The one way the items listed make the amount received, the others named unpaid with
    the block they wait on (« 300 € : l'aller vers ; non versés : socle, coordination, qui
    en dépend »); nothing when no single way makes it."""
    told = {g.id for g in listed.groupes if g.regle == "tous_requis" and g.atteint}
    told |= {r.id for r in listed.indicateurs if r.eur}
    mine = [i for i in items if i.key in told]
    combos, count, _ = _paying(mine, amount)
    if count != 1:
        return []
    lost = [i for i in mine if i not in combos[0]]
    said = [
        line(f"{fmt_eur(amount)} = {_listed(combos[0], d)}. Non versé{NNBSP}: {_listed(lost, d)}.")
    ]
    for block in (i for i in lost if i.block):
        waiting = [_q(i.label) for i in lost if block.block in i.needs]
        if waiting:
            verb = "ne sont pas versés" if len(waiting) > 1 else "n'est pas versé"
            said.append(line(f"Sans {_q(block.label)}, {', '.join(waiting)} {verb} non plus."))
    return said


def _best(best: float, items: list[Item], d: Dispositif, received: float | None = None) -> Line:
    """The scheme's most, with what makes it when a few items in euros do
    (« 1 240 € : 490 € + 100 € + 300 € + 350 € »), and what it is above the amount received
    (« il me manque quoi pour le max, et combien ? »)."""
    parts = " + ".join(fmt_eur(i.eur) for i in items)
    made = f" ({parts})" if d.unite != "points" and 1 < len(items) <= FEW else ""
    doubted = d.total_notes()  # 7 805 or 8 141 €
    more = f", soit {_worth(best - received, d)} de plus" if received and received < best else ""
    other = d.other_maximum()
    if more and other is not None and other.eur > best:
        # « combien il m'en manque pour le maximum ? »: to each of the two maxima the texts give
        gap = _worth(other.eur - received, d)
        more += f"{NNBSP}; {gap} de plus avec l'autre maximum publié, {fmt_eur(other.eur)}"
    elif doubted:
        more = ""
    return line(f"Au plus {_worth(best, d)} avec tous les indicateurs{made}{more}.")


def several(
    combos: list[tuple[Item, ...]],
    count: int,
    always: tuple[Item, ...],
    amount: float,
    d: Dispositif,
    what: str,
) -> list[Line]:
    """Some of the combinations worth `amount`, and the blocks each of them holds."""
    lines = [
        line(
            f"{count} combinaisons d'indicateurs font {what}"
            + (f", par exemple{NNBSP}:" if count > SHOWN else f"{NNBSP}:")
        )
    ]
    lines += [line(f"• {_listed(c, d)}") for c in combos]
    if always:  # "3 220 € = 460 points": the volet 1 in each, 180 points beside it
        rest = amount - sum(b.eur for b in always)
        lines.append(
            line(
                f"Toutes comprennent {_listed(always, d)}{NNBSP}: reste {_worth(rest, d)} "
                "d'autres indicateurs."
            )
        )
    lines.append(line("Le détail de ce qui a été validé est sur amelipro."))
    return lines


def _message(lines: list[Line], d: Dispositif) -> Message:
    """The lines, each block's two readings where the guides disagree on its worth (the
    amount may be one of the other reading's), and the sources."""
    for g in d.groupes:
        if g.ambiguite is not None:
            readings = [line(f"{n}. {r.texte}") for n, r in enumerate(g.ambiguite.lectures, 1)]
            lines += [line(f"⚖️ {g.ambiguite.raison}"), *readings]
    return Message(
        (Block(tuple(lines)), Block((line(f"Source : {' ; '.join(_labels(list(d.sources)))}"),)))
    )


def _listed(items: tuple[Item, ...] | list[Item], d: Dispositif) -> str:
    return ", ".join(f"{i.label} ({_points(i.eur, d)})" for i in items)


def _points(eur: float, d: Dispositif) -> str:
    """A worth in points where the scheme counts in points, else in euros."""
    if d.unite == "points" and d.valeur_point:
        return fmt_points(round(eur / d.valeur_point))
    return fmt_eur(eur)


def _worth(eur: float, d: Dispositif) -> str:
    """ "5 145 € (735 points)", or "1 240 €"."""
    points = _points(eur, d)
    return fmt_eur(eur) + ("" if points == fmt_eur(eur) else f" ({points})")


def _short(label: str) -> str:
    """ "Volet 1 : équipement du cabinet (…)" is "Volet 1"."""
    return label.split(" : ")[0].split(" (")[0]
