"""The VSM forfait (volet de synthèse médicale): threshold amount, +20 % when structured.

The weighting by the médecin traitant's patientèle is not published: the amount returned is
the one for a reference patientèle, and the result says so. At exactly the structured share
the guides state two ways (« au moins 1/3 », « plus d'1/3 »), the bonus is a range.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.forfait import Ambiguity, meets, verdict
from calculators.french import fmt_eur, fmt_pct
from knowledge.schema import Vsm


@dataclass(frozen=True)
class VsmResult:
    palier_eur: float  # 0, 1 500 or 3 000
    majoration: bool | None  # None: the guides' two readings disagree on this share
    eur: float  # for a reference patientèle, before weighting; the guaranteed amount
    eur_max: float  # with the bonus an ambiguous share may earn
    raison: str
    ponderation: str
    ambiguite: Ambiguity | None = None


def vsm_amount(vsm: Vsm, taux_ald: float, taux_structure: float | None = None) -> VsmResult:
    """`taux_ald`: % of the ALD patientèle with a VSM in the DMP; `taux_structure`: % of those
    VSM in structured (CI-SIS) format."""
    palier = 0.0
    for seuil, montant in zip(vsm.seuils, vsm.paliers, strict=True):
        if meets(seuil, taux_ald):
            palier = montant.eur or 0.0
    found = verdict(vsm.seuil_structure, taux_structure) if taux_structure is not None else None
    bonus: bool | None = bool(palier) and found == "atteint"
    if palier and found == "ambigu":
        bonus = None
    eur = palier * (1 + vsm.majoration_structure) if bonus else palier
    eur_max = palier * (1 + vsm.majoration_structure) if bonus is not False else palier
    if not palier:
        raison = f"{fmt_pct(taux_ald)} de la patientèle ALD : sous le premier seuil (50 %)."
    else:
        raison = f"{fmt_pct(taux_ald)} de la patientèle ALD : palier de {fmt_eur(palier)}"
        if bonus:
            raison += " majoré de 20 % (VSM structurés)."
        elif bonus is None:
            raison += (
                f" ; {fmt_pct(taux_structure or 0)} de VSM structurés, pile au tiers : majoration"
                " de 20 % selon la lecture des guides."
            )
        else:
            raison += "."
    ambiguite = None
    if bonus is None and vsm.seuil_structure.ambiguite is not None:
        ambiguite = Ambiguity.of(
            vsm.seuil_structure.ambiguite, "vsm", "Majoration des VSM structurés", eur_max - eur
        )
    return VsmResult(
        palier_eur=palier,
        majoration=bonus,
        eur=eur,
        eur_max=eur_max,
        raison=raison.replace(" %", "\u202f%"),
        ponderation=vsm.ponderation.texte,
        ambiguite=ambiguite,
    )
