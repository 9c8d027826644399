"""The FAQ index's cached scope weights: the same as computed afresh, read only, bounded."""

import itertools

import numpy as np
import pytest

import bot.faq
from bot.faq import FaqIndex
from bot.question_scope import QuestionScope
from knowledge import Knowledge


@pytest.fixture
def index(kb: Knowledge) -> FaqIndex:
    return FaqIndex(
        kb.faq, kb.glossaire, kb.hors_perimetre, kb.dispositifs.values(), kb.professions
    )


SCOPES = [
    QuestionScope(),
    QuestionScope(professions=("chirurgien-dentiste",), exercice=2024),
    QuestionScope(implied=("medecin",), schemes=("forfait_structure",)),
    QuestionScope(schemes=("dotation_numerique", "forfait_structure"), exercice=2026),
    QuestionScope(professions=("medecin",), compared=("chirurgien-dentiste",)),
]


def test_cached_weights_are_those_computed_afresh(index: FaqIndex) -> None:
    cases = list(itertools.product(SCOPES, [None, "medecin", "chirurgien-dentiste"], [None, 2025]))
    for _ in range(2):  # computed, then read from the cache
        for scope, profession, year in cases:
            got = index._scope(scope, profession, year)
            assert np.array_equal(got, index._scope_of(scope, profession, year))
            assert not got.flags.writeable  # shared between questions: never changed


def test_the_cache_is_bounded(index: FaqIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.faq, "SCOPES_CACHED", 3)
    for year in range(2017, 2027):
        scope = QuestionScope(exercice=year)
        assert np.array_equal(index._scope(scope, None, None), index._scope_of(scope, None, None))
    assert len(index._scopes) == 3


def test_searches_shared_within_one_message_only(
    index: FaqIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The readings of one message share a search of the same words and case; the next
    message (the same question asked again included) searches afresh."""
    computed = []
    search = index._search
    monkeypatch.setattr(index, "_search", lambda *a: computed.append(a) or search(*a))
    q = "qui est concerne par la dotation numerique ? tous les medecins ?"
    alone = index.search(q, "medecin", 2026, 6)
    with bot.faq.shared_searches():
        first = index.search(q, "medecin", 2026, 6)
        again = index.search(
            "qui est concerne par la dotation numerique, tous les medecins ?", "medecin", 2026, 6
        )
        other_case = index.search(q, "chirurgien-dentiste", 2026, 6)
    after = index.search(q, "medecin", 2026, 6)
    assert alone == first == again == after
    assert [h.entry.id for h in other_case] == [h.entry.id for h in first]  # scope named
    assert len(computed) == 4  # alone, first, the other case (searched again), after


def test_shared_expansions_are_those_computed_afresh(index: FaqIndex) -> None:
    texts = ["le DMP c quoi ? et la MSS ?", "le DMP c quoi, et la MSS ?", "MES 2023, seuil ?"]
    alone = [index.expand(t, correct) for t in texts for correct in (False, True)]
    with bot.faq.shared_searches():
        for _ in range(2):
            assert [index.expand(t, correct) for t in texts for correct in (False, True)] == alone
