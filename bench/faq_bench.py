"""FAQ speed: index build time, p50/p99 latency of one answer, batch throughput; then the
whole reply users get (`FaqResponder.respond`: index, calculator, rendering), median and p99.

Run: `.venv/bin/python -m bench.faq_bench`. Targets: build < 1 s, p99 < 2 ms. The CPU time
of each answer is printed beside its wall time: on a shared machine, a wall-time p99 also
measures the time slices other processes took.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path

import yaml

from bot.faq import FaqIndex
from bot.faq_replies import FaqResponder
from bot.session import Session
from bot.telegram_run import _tune_gc
from knowledge import Knowledge, load

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "faq_devset.yaml"
TODAY = dt.date(2026, 11, 30)  # the default exercice is computed as in the bot


def main() -> None:
    kb = load()
    builds = []
    for _ in range(5):
        start = time.perf_counter()
        index = FaqIndex(
            kb.faq, kb.glossaire, kb.hors_perimetre, kb.dispositifs.values(), kb.professions
        )
        builds.append(time.perf_counter() - start)
    data = yaml.safe_load(DEVSET.read_text(encoding="utf-8"))
    questions = [q["q"] for q in data["questions"]] + list(data["hors_sujet"])
    _tune_gc()  # as `forfait-bot run` sets it: start-up's objects frozen, fewer collections
    for q in questions[:50]:  # warm-up
        index.answer(q, today=TODAY)
    latencies, cpu = [], []
    start_all = time.perf_counter()
    rounds = 10
    for _ in range(rounds):
        for q in questions:
            start, start_cpu = time.perf_counter(), time.thread_time()
            index.answer(q, "medecin", today=TODAY)
            cpu.append(time.thread_time() - start_cpu)
            latencies.append(time.perf_counter() - start)
    total = time.perf_counter() - start_all
    latencies.sort()
    cpu.sort()

    def p(q: float, xs: list[float] = latencies) -> float:
        return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000

    print(f"faq entries: {len(kb.faq)}, phrasings indexed: {len(index._doc_entry)}")
    print(f"index build: {statistics.median(builds) * 1000:.0f} ms (median of 5)")
    print(f"answer latency p50: {p(0.50):.2f} ms, p99: {p(0.99):.2f} ms ({len(latencies)} answers)")
    print(f"answer CPU time p50: {p(0.50, cpu):.2f} ms, p99: {p(0.99, cpu):.2f} ms")
    print(f"batch throughput: {len(latencies) / total:.0f} questions/s (one core)")
    wall, cpu = time_replies(kb, questions, rounds)
    print(
        f"reply (FaqResponder.respond) p50: {p(0.50, wall):.2f} ms, p99: {p(0.99, wall):.2f} ms;"
        f" CPU p50: {p(0.50, cpu):.2f} ms, p99: {p(0.99, cpu):.2f} ms ({len(wall)} replies)"
    )


def time_replies(
    kb: Knowledge, questions: list[str], rounds: int
) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each chat reply, sorted (the session a médecin's, no year)."""
    responder = FaqResponder.from_knowledge(kb, today=lambda: TODAY)
    session = Session(0, "medecin", None)
    for q in questions[:50]:  # warm-up
        responder.respond(q, session)
    wall, cpu = [], []
    for _ in range(rounds):
        for q in questions:
            start, start_cpu = time.perf_counter(), time.thread_time()
            responder.respond(q, session)
            cpu.append(time.thread_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    return sorted(wall), sorted(cpu)


if __name__ == "__main__":
    main()
