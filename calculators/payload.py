"""The JSON of an estimate: what `forfait-bot estimate --json` prints and the Mini App's
endpoint returns, built in one place so that both say exactly the same thing."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from calculators.forfait import estimate
from calculators.profile import profile_range, read_profile, read_vsm
from knowledge import Knowledge


def estimate_payload(kb: Knowledge, data: object) -> dict[str, Any]:
    """The estimate of a profile (profession, exercice, indicateurs, and a médecin's optional
    vsm block) as plain JSON data; `ProfileError` with the French message when it is invalid.
    `data` is left as it was."""
    data = copy.deepcopy(data)
    vsm = read_vsm(kb, data)
    dispositif, answers = read_profile(kb, data)
    result = estimate(dispositif, answers)
    payload = dataclasses.asdict(result)
    payload["libelle"] = dispositif.libelle
    payload["vsm"] = dataclasses.asdict(vsm) if vsm else None
    payload["explication"] = dataclasses.asdict(result.explication)
    payload.update(dataclasses.asdict(profile_range(result, vsm)))  # min_eur, max_eur, ambiguites
    return payload
