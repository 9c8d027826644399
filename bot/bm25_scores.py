"""BM25 scores of a query over a small corpus: bm25s's index, summed from dense rows.

bm25s sums each query token's precomputed scores into the documents with `np.add.at`, which
costs ~8 µs a token at the FAQ's size (three indexes, a dozen tokens: a tenth of an answer).
The FAQ's index is small (~700 tokens × ~1 250 phrasings, 3.4 MB as float32): each token's
scores kept as a dense row are added in ~1 µs. Each document still gets the same float32
values added in the same order (a document without the token gets 0.0, which changes
nothing), so the scores are bit for bit bm25s's own.
"""

from __future__ import annotations

import bm25s
import numpy as np


class Bm25Scores:
    """`get_scores` as bm25s's `BM25.get_scores` (its default "lucene" variant), faster."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        index = bm25s.BM25(k1=k1, b=b)
        index.index(docs, show_progress=False)
        if index.nonoccurrence_array is not None:  # other variants add a score per token
            raise ValueError("only BM25 variants without a non-occurrence score")
        data, indices, indptr = (index.scores[k] for k in ("data", "indices", "indptr"))
        self._rows = np.zeros((len(indptr) - 1, index.scores["num_docs"]), dtype=data.dtype)
        for k in range(len(indptr) - 1):
            self._rows[k, indices[indptr[k] : indptr[k + 1]]] = data[indptr[k] : indptr[k + 1]]
        self._vocab = {t: k for t, k in index.vocab_dict.items() if k < len(self._rows)}

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        """Each document's score for the query (tokens out of the vocabulary count for 0)."""
        scores = np.zeros(self._rows.shape[1], dtype=self._rows.dtype)
        for token in tokens:
            k = self._vocab.get(token)
            if k is not None:
                scores += self._rows[k]
        return scores


class Bm25Stack:
    """Several indexes' `get_scores` from one pass: each token's rows of every index side by
    side in one dense row (zeros where an index lacks the token), so that a query costs one
    dictionary look-up and one addition a token instead of one per index. Each index's slice
    gets the very float32 values its own `get_scores` adds, in the same order (adding 0.0
    changes nothing): the scores are bit for bit the same."""

    def __init__(self, indexes: list[Bm25Scores]) -> None:
        self._vocab: dict[str, int] = {}
        for ix in indexes:
            for token in ix._vocab:
                self._vocab.setdefault(token, len(self._vocab))
        widths = [ix._rows.shape[1] for ix in indexes]
        dtype = np.result_type(*(ix._rows.dtype for ix in indexes))
        self._rows = np.zeros((len(self._vocab), sum(widths)), dtype=dtype)
        self._slices = []
        start = 0
        for ix, width in zip(indexes, widths, strict=True):
            at = slice(start, start + width)
            for token, k in ix._vocab.items():
                self._rows[self._vocab[token], at] = ix._rows[k]
            self._slices.append(at)
            start += width

    def get_scores(self, tokens: list[str]) -> list[np.ndarray]:
        """Each index's `get_scores` for the query, in the order the indexes were given."""
        scores = np.zeros(self._rows.shape[1], dtype=self._rows.dtype)
        for token in tokens:
            k = self._vocab.get(token)
            if k is not None:
                scores += self._rows[k]
        return [scores[at] for at in self._slices]
