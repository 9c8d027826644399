"""Pure calculators: from a scheme of `knowledge/` and answers to statuses and euros."""

from calculators.forfait import Estimate, Gain, GroupResult, IndicatorResult, estimate
from calculators.profile import ProfileError, read_profile

__all__ = [
    "Estimate",
    "Gain",
    "GroupResult",
    "IndicatorResult",
    "ProfileError",
    "estimate",
    "read_profile",
]
