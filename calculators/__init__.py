"""Pure calculators: from a scheme of `knowledge/` and answers to statuses and euros."""

from calculators.explain import Explanation, MissingAnswer, missing_answers
from calculators.forfait import (
    Ambiguity,
    Estimate,
    Gain,
    GroupResult,
    IndicatorResult,
    Reading,
    estimate,
)
from calculators.profile import ProfileError, read_profile

__all__ = [
    "Ambiguity",
    "Estimate",
    "Explanation",
    "Gain",
    "GroupResult",
    "IndicatorResult",
    "MissingAnswer",
    "ProfileError",
    "Reading",
    "estimate",
    "missing_answers",
    "read_profile",
]
