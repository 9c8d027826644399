"""FAQ speed: index build time, p50/p99 latency of one answer, batch throughput.

Run: `.venv/bin/python -m bench.faq_bench`. Targets: build < 1 s, p99 < 2 ms.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import yaml

from bot.faq import FaqIndex
from knowledge import load

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "faq_devset.yaml"


def main() -> None:
    kb = load()
    builds = []
    for _ in range(5):
        start = time.perf_counter()
        index = FaqIndex(kb.faq, kb.glossaire, kb.hors_perimetre)
        builds.append(time.perf_counter() - start)
    data = yaml.safe_load(DEVSET.read_text(encoding="utf-8"))
    questions = [q["q"] for q in data["questions"]] + list(data["hors_sujet"])
    for q in questions[:50]:  # warm-up
        index.answer(q)
    latencies = []
    start_all = time.perf_counter()
    rounds = 10
    for _ in range(rounds):
        for q in questions:
            start = time.perf_counter()
            index.answer(q, "medecin")
            latencies.append(time.perf_counter() - start)
    total = time.perf_counter() - start_all
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(f"faq entries: {len(kb.faq)}, phrasings indexed: {len(index._doc_entry)}")
    print(f"index build: {statistics.median(builds) * 1000:.0f} ms (median of 5)")
    print(f"answer latency p50: {p(0.50):.2f} ms, p99: {p(0.99):.2f} ms ({len(latencies)} answers)")
    print(f"batch throughput: {len(latencies) / total:.0f} questions/s (one core)")


if __name__ == "__main__":
    main()
