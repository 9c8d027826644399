"""`Bm25Scores` gives bm25s's scores bit for bit: the FAQ's ranking must not move."""

import random

import bm25s
import numpy as np

from bot.bm25_scores import Bm25Scores, Bm25Stack

DOCS = [
    ["forfait", "structur", "declar", "quand"],
    ["mss", "messag", "securis"],
    ["volet", "1", "socl", "volet", "2"],
    ["donum", "montant", "point", "point", "point"],
    ["fse", "taux", "70", "pourcent"],
]


def test_scores_are_bm25s_own_bit_for_bit() -> None:
    ours, theirs = Bm25Scores(DOCS), bm25s.BM25(k1=1.2, b=0.75)
    theirs.index(DOCS, show_progress=False)
    vocab = sorted({t for d in DOCS for t in d})
    rng = random.Random(7)
    for _ in range(500):
        q = rng.choices([*vocab, "inconnu"], k=rng.randint(1, 12))  # repeats, unknown words
        expected = theirs.get_scores(q)
        got = ours.get_scores(q)
        assert got.dtype == expected.dtype
        assert np.array_equal(got, expected), q


def test_unknown_words_score_nothing() -> None:
    assert not Bm25Scores(DOCS).get_scores(["inconnu"]).any()


def test_stacked_scores_are_each_index_own_bit_for_bit() -> None:
    """One pass over indexes of other documents and vocabularies gives each one's scores."""
    parts = [DOCS, DOCS[1:3], [["autre", "mot"], ["donum", "autre"]]]
    indexes = [Bm25Scores(d) for d in parts]
    stack = Bm25Stack(indexes)
    vocab = sorted({t for d in parts for doc in d for t in doc})
    rng = random.Random(11)
    for _ in range(500):
        q = rng.choices([*vocab, "inconnu"], k=rng.randint(1, 12))
        for got, ix in zip(stack.get_scores(q), indexes, strict=True):
            expected = ix.get_scores(q)
            assert got.dtype == expected.dtype
            assert np.array_equal(got, expected), q
