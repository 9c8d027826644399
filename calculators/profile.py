"""The public profile format of `forfait-bot estimate`, read into clean calculator answers.

Every refusal is one French sentence naming the culprit, so that an advisor can fix the file
without reading a traceback.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from calculators.forfait import Ambiguity, Estimate
from calculators.fse import calculation_period, describe, fse_rate_from_counts
from calculators.values import (
    UNKNOWN_VALUE,
    Measured,
    Unknown,
    parse_bool,
    parse_number,
)
from calculators.vsm import VsmResult, vsm_amount
from knowledge import Knowledge, load
from knowledge.schema import AMBIGU, Cible, Dispositif, Indicateur, Resultat

FSE_COUNT_KEYS = {"actes_fse", "actes_total", "actes_exclus", "premiere_fse"}
# premiere_fse: only for a practitioner who did not télétransmit the year before; the acts are
# then counted from the 1st of the following month (guide 001 §1.4), the period the rate uses.


class ProfileError(ValueError):
    """A profile that cannot be computed; the message is shown as is."""


@dataclass(frozen=True)
class ProfileRange:
    """What a whole profile may bring: the forfait, and the VSM when the profile has one.
    Every verdict the texts leave open counts in `max_eur`, never in `min_eur`."""

    min_eur: float
    max_eur: float
    ambiguites: list[Ambiguity]


def profile_range(est: Estimate, vsm: VsmResult | None) -> ProfileRange:
    extra = [vsm.ambiguite] if vsm is not None and vsm.ambiguite is not None else []
    return ProfileRange(
        min_eur=round(est.total_eur + (vsm.eur if vsm else 0.0), 2),
        max_eur=round(est.total_eur_max + (vsm.eur_max if vsm else 0.0), 2),
        ambiguites=[*est.ambiguites, *extra],
    )


def normalise_profession(value: object, kb: Knowledge | None = None) -> str | None:
    """The profession id of what a user typed, from the aliases of professions.yaml."""
    return (kb or load()).profession(str(value)) if value is not None else None


def find_dispositif(kb: Knowledge, profession: object, exercice: object) -> Dispositif:
    prof = normalise_profession(profession, kb)
    if prof is None:
        expected = " ou ".join(f"« {p} »" for p in kb.professions)
        raise ProfileError(f"Profession inconnue « {profession} » : attendu {expected}.")
    key = str(exercice).strip().lower() if exercice is not None else ""
    d = kb.dispositif(prof, key)
    if d is None:
        known = ", ".join(kb.exercices(prof))
        raise ProfileError(
            f"Exercice « {exercice} » non couvert pour {prof} : exercices disponibles {known}."
        )
    return d


def read_vsm(kb: Knowledge, data: object) -> VsmResult | None:
    """The optional `vsm: {taux_ald: 92, taux_structure: 40}` block of a médecin's profile.

    Removes the block from `data` so that `read_profile` sees the scheme's keys only.
    """
    if not isinstance(data, dict) or "vsm" not in data:
        return None
    block = data.pop("vsm")
    if normalise_profession(data.get("profession"), kb) != "medecin":
        raise ProfileError("« vsm » ne concerne que les médecins traitants.")
    if not isinstance(block, dict) or "taux_ald" not in block:
        raise ProfileError("« vsm » attend taux_ald (et, si connu, taux_structure), en %.")
    rates = []
    for key in ("taux_ald", "taux_structure"):
        raw = block.get(key)
        n = None if raw is None and key == "taux_structure" else parse_number(raw, percent=True)
        if raw is not None and (n is None or isinstance(n, Unknown) or not 0 <= n <= 100):
            raise ProfileError(f"« vsm.{key} » attend un pourcentage entre 0 et 100 (reçu {raw}).")
        rates.append(n)
    return vsm_amount(kb.vsm, rates[0], rates[1])


def read_profile(kb: Knowledge, data: object) -> tuple[Dispositif, dict[str, Any]]:
    """Validate a loaded YAML profile; return its scheme and the calculator's answers."""
    if not isinstance(data, dict):
        raise ProfileError(
            "Le profil doit être un document YAML avec profession, exercice et indicateurs."
        )
    unknown_keys = set(data) - {"profession", "exercice", "indicateurs"}
    if unknown_keys:
        raise ProfileError(f"Clé inconnue dans le profil : « {sorted(unknown_keys)[0]} ».")
    if "profession" not in data:
        raise ProfileError("Le profil doit indiquer la profession.")
    if "exercice" not in data:
        raise ProfileError("Le profil doit indiquer l'exercice (par exemple 2024).")
    d = find_dispositif(kb, data["profession"], data["exercice"])
    raw = data.get("indicateurs") or {}
    if not isinstance(raw, dict):
        raise ProfileError("« indicateurs » doit associer chaque identifiant à une réponse.")
    by_id = {ind.id: ind for ind in d.indicateurs}
    answers: dict[str, Any] = {}
    for key, value in raw.items():
        ind = by_id.get(str(key))
        if ind is None:
            raise ProfileError(
                f"Indicateur inconnu « {key} » pour {d.profession} {d.cle} : "
                f"indicateurs possibles {', '.join(by_id)}."
            )
        answers[ind.id] = read_value(ind, value, d.exercice or dt.date.today().year)
    return d, answers


def read_value(ind: Indicateur, value: object, exercice: int) -> Any:
    """One answer, checked against what the indicator's target expects."""
    if isinstance(value, dict) and (ind.composantes or ind.id == "taux_teletransmission"):
        return _read_mapping(ind, value, exercice)
    outcomes = _tree_outcomes(ind)
    if isinstance(value, str) and value.strip() in outcomes and parse_bool(value) is None:
        return _outcome_value(ind, value.strip(), outcomes[value.strip()])
    try:
        return _read_scalar(ind.id, ind.cible, value, allow_number=ind.cible.type != "booleen")
    except ProfileError as e:
        named = [v for v in outcomes if parse_bool(v) is None]
        if not named:
            raise
        raise ProfileError(
            f"{str(e).rstrip('.')}, ou une réponse du questionnaire : {', '.join(named)}."
        ) from e


def _tree_outcomes(ind: Indicateur) -> dict[str, list[Resultat]]:
    """The answers of the indicator's questions that conclude, by their value: a profile may
    name the situation (« compatible_sans_flux ») rather than judge it."""
    out: dict[str, list[Resultat]] = {}
    for q in ind.questions:
        for c in q.choix:
            if c.resultat is not None:
                out.setdefault(c.valeur, []).append(c.resultat)
    return out


def _outcome_value(ind: Indicateur, name: str, found: list[Resultat]) -> Any:
    verdicts = {r.reponse for r in found}
    if len(verdicts) > 1:
        raise ProfileError(f"« {ind.id} » : « {name} » a plusieurs issues ; répondez oui ou non.")
    reponse = found[0].reponse
    if reponse is None:
        return UNKNOWN_VALUE
    return AMBIGU if reponse == AMBIGU else reponse


def _read_scalar(name: str, cible: Cible, value: object, *, allow_number: bool) -> Any:
    b = parse_bool(value)
    if cible.type == "booleen" or not allow_number:
        if b is None:
            raise ProfileError(f"« {name} » attend oui ou non (reçu « {value} »).")
        return b
    if b is not None and not (isinstance(value, int | float) and not isinstance(value, bool)):
        if b is False and cible.type in ("nombre", "points_declares"):
            return 0.0  # "non" to a count or to points: none
        if cible.type == "points_declares" and isinstance(b, bool):
            raise ProfileError(f"« {name} » attend le nombre de points lu sur amelipro.")
        return b
    n = parse_number(value, percent=cible.type in ("taux", "moyenne"))
    if n is None:
        what = "un pourcentage" if cible.type in ("taux", "moyenne") else "un nombre"
        raise ProfileError(f"« {name} » attend {what} ou oui/non (reçu « {value} »).")
    if isinstance(n, Unknown):
        return n
    if cible.type in ("taux", "moyenne") and not 0 <= n <= 100:
        raise ProfileError(f"« {name} » : un pourcentage est entre 0 et 100 (reçu {value}).")
    if n < 0:
        raise ProfileError(f"« {name} » : un nombre négatif n'a pas de sens (reçu {value}).")
    if cible.type == "points_declares" and cible.max is not None and n > cible.max:
        raise ProfileError(f"« {name} » : au plus {cible.max:g} points (reçu {value}).")
    return n


def _read_mapping(ind: Indicateur, value: dict, exercice: int) -> Any:
    if ind.id == "taux_teletransmission" and not ind.composantes:
        return _read_fse_counts(ind, value, exercice)
    comps = {c.id: c for c in ind.composantes}
    out: dict[str, Any] = {}
    for key, v in value.items():
        comp = comps.get(str(key))
        if comp is None:
            raise ProfileError(
                f"« {ind.id} » : élément inconnu « {key} » (attendus : {', '.join(comps)})."
            )
        out[comp.id] = _read_scalar(f"{ind.id}.{comp.id}", comp.cible, v, allow_number=True)
    return out


def _read_fse_counts(ind: Indicateur, value: dict, exercice: int) -> Any:
    extra = set(map(str, value)) - FSE_COUNT_KEYS
    if extra:
        raise ProfileError(
            f"« {ind.id} » : clé inconnue « {sorted(extra)[0]} » "
            "(attendues : actes_fse, actes_total, actes_exclus, premiere_fse)."
        )
    counts = {}
    for key in ("actes_fse", "actes_total", "actes_exclus"):
        raw = value.get(key, 0)
        n = parse_number(raw)
        if n is None or isinstance(n, Unknown) or n < 0 or not float(n).is_integer():
            raise ProfileError(f"« {ind.id}.{key} » attend un nombre d'actes (reçu « {raw} »).")
        counts[key] = int(n)
    first = value.get("premiere_fse")
    if first is not None and not isinstance(first, dt.date):
        raise ProfileError(
            f"« {ind.id}.premiere_fse » attend une date AAAA-MM-JJ (reçu « {first} »)."
        )
    try:
        rate = fse_rate_from_counts(**counts)
        period = calculation_period(exercice, first, transmitted_year_before=first is None)
    except ValueError as e:
        raise ProfileError(f"« {ind.id} » : {e}.") from e
    if rate is None:
        return UNKNOWN_VALUE
    field = counts["actes_total"] - counts["actes_exclus"]
    return Measured(rate, describe(rate, period, counts["actes_fse"], field, first))
