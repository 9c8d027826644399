"""The what-if totals of the action plan re-evaluate only the changed indicators: they must
equal a full evaluation, whatever the answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.forfait import _totals
from calculators.values import UNKNOWN_VALUE
from knowledge import load

KB = load()
SCHEMES = [d for d in KB.dispositifs.values() if d.indicateurs]
ANSWER = st.one_of(
    st.booleans(),
    st.just(UNKNOWN_VALUE),
    st.floats(min_value=0, max_value=100, allow_nan=False),
    st.integers(min_value=0, max_value=10),
)


@st.composite
def scheme_and_answers(draw):
    d = draw(st.sampled_from(SCHEMES))
    ids = [i.id for i in d.indicateurs]
    before = draw(st.dictionaries(st.sampled_from(ids), ANSWER, max_size=len(ids)))
    changes = draw(st.dictionaries(st.sampled_from(ids), ANSWER, max_size=3))
    return d, before, {**before, **changes}


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(scheme_and_answers())
def test_incremental_totals_equal_full_evaluation(case) -> None:
    d, before, after = case
    base = _totals(d, before)
    full, incremental = _totals(d, after), _totals(d, after, base)
    assert incremental.evals == full.evals
    assert (incremental.met, incremental.paid, incremental.groups) == (
        full.met,
        full.paid,
        full.groups,
    )
    assert (incremental.low, incremental.high) == (full.low, full.high)
