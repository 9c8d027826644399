"""The VSM forfait (volet de synthèse médicale): threshold amount, +20 % when structured.

The weighting by the médecin traitant's patientèle is not published: the amount returned is
the one for a reference patientèle, and the result says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.forfait import meets
from calculators.french import fmt_eur, fmt_pct
from knowledge.schema import Vsm


@dataclass(frozen=True)
class VsmResult:
    palier_eur: float  # 0, 1 500 or 3 000
    majoration: bool
    eur: float  # for a reference patientèle, before weighting
    raison: str
    ponderation: str


def vsm_amount(vsm: Vsm, taux_ald: float, taux_structure: float | None = None) -> VsmResult:
    """`taux_ald`: % of the ALD patientèle with a VSM in the DMP; `taux_structure`: % of those
    VSM in structured (CI-SIS) format."""
    palier = 0.0
    for seuil, montant in zip(vsm.seuils, vsm.paliers, strict=True):
        if meets(seuil, taux_ald):
            palier = montant.eur or 0.0
    bonus = (
        bool(palier) and taux_structure is not None and meets(vsm.seuil_structure, taux_structure)
    )
    eur = palier * (1 + vsm.majoration_structure) if bonus else palier
    if not palier:
        raison = f"{fmt_pct(taux_ald)} de la patientèle ALD : sous le premier seuil (50 %)."
    else:
        raison = f"{fmt_pct(taux_ald)} de la patientèle ALD : palier de {fmt_eur(palier)}"
        raison += " majoré de 20 % (VSM structurés)." if bonus else "."
    return VsmResult(palier, bonus, eur, raison.replace(" %", "\u202f%"), vsm.ponderation.texte)
