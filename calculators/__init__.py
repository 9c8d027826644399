"""Pure calculators: from a scheme of `knowledge/` and answers to statuses and euros."""

from calculators.explain import Explanation, MissingAnswer, missing_answers
from calculators.forfait import Estimate, Gain, GroupResult, IndicatorResult, estimate
from calculators.profile import ProfileError, read_profile

__all__ = [
    "Estimate",
    "Explanation",
    "Gain",
    "GroupResult",
    "IndicatorResult",
    "MissingAnswer",
    "ProfileError",
    "estimate",
    "missing_answers",
    "read_profile",
]
