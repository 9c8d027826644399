"""`make eval`: top-1 / top-3 accuracy and out-of-scope rejection on tests/faq_devset.yaml."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.faq import FaqIndex
from knowledge import load

TESTS = Path(__file__).resolve().parent.parent / "tests"
DEVSET = TESTS / "faq_devset.yaml"  # tuned on
TESTSET = TESTS / "faq_testset.yaml"  # held out: written blind, never tuned on


@dataclass(frozen=True)
class Scores:
    n: int
    top1: float
    top3: float
    n_oos: int
    rejection: float
    misses: list[tuple[str, str, str | None]]  # (question, expected, answered)
    false_accepts: list[tuple[str, str]]


def evaluate(index: FaqIndex | None = None, path: Path = DEVSET) -> Scores:
    kb = load()
    index = index or FaqIndex(kb.faq, kb.glossaire, kb.hors_perimetre)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    top1 = top3 = 0
    misses = []
    for item in data["questions"]:
        ans = index.answer(item["q"], item.get("profession"))
        hits = index.search(item["q"], item.get("profession"), k=3)
        got = ans.hit.entry.id if ans.matched and ans.hit else None
        top1 += got == item["attendu"]
        top3 += item["attendu"] in [h.entry.id for h in hits]
        if got != item["attendu"]:
            misses.append((item["q"], item["attendu"], got))
    rejected = 0
    false_accepts = []
    for q in data["hors_sujet"]:
        ans = index.answer(q)
        if ans.matched and ans.hit:
            false_accepts.append((q, ans.hit.entry.id))
        else:
            rejected += 1
    n = len(data["questions"])
    n_oos = len(data["hors_sujet"])
    return Scores(n, top1 / n, top3 / n, n_oos, rejected / n_oos, misses, false_accepts)


def main() -> int:
    verbose = "-v" in sys.argv
    for name, path in (("development set (tuned on)", DEVSET), ("held-out test set", TESTSET)):
        s = evaluate(path=path)
        print(f"{name}: {s.n} questions, {s.n_oos} hors sujet")
        print(f"  top-1 accuracy: {s.top1:.1%}")
        print(f"  top-3 accuracy: {s.top3:.1%}")
        print(f"  out-of-scope rejection: {s.rejection:.1%}")
        if verbose:
            for q, expected, got in s.misses:
                print(f"  MISS  {q!r}: attendu {expected}, obtenu {got}")
            for q, got in s.false_accepts:
                print(f"  FALSE {q!r}: {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
