"""`make eval`: how often the FAQ answers right, answers wrong, or declines, on every set.

A set is a YAML file with `questions` and `hors_sujet` (questions the bot must decline). A
question is scored one of two ways:
- `attendu: <entry id>`: right when the bot answers with that entry;
- `faits: [...]` (blind sets, written without reading the FAQ): right when the answer's text
  (definition, entry question and reply) contains every fact — a string, or a list of
  acceptable alternatives — compared without case, accents, apostrophes or spaces ("70 %" =
  "70%"); an optional `verdict: oui|non` must not be contradicted by the reply's first word.
Optional `profession` and `exercice` stand for the asker's session.

Per set: top-1 (answered right), top-3 (right among the first three entries shown), the
share of in-scope questions declined or only suggested, the share answered wrong with
confidence, and the out-of-scope questions declined.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.faq import Answer, FaqIndex
from knowledge import load

TESTS = Path(__file__).resolve().parent.parent / "tests"
DEVSET = TESTS / "faq_devset.yaml"  # tuned on
DEV_COLLOQUIAL = TESTS / "faq_devset_colloquial.yaml"  # tuned on: chat-style phrasings
TESTSET = TESTS / "faq_testset.yaml"  # held out: written blind, never tuned on
BLINDSET = TESTS / "faq_colloquial.yaml"  # held out, facts only: added by the maintainers
SETS = [
    ("development set (tuned on)", DEVSET),
    ("colloquial development set (tuned on)", DEV_COLLOQUIAL),
    ("held-out test set", TESTSET),
    ("colloquial blind set (held out)", BLINDSET),
]
# The day the sets are asked on, for "cette année" and the default exercice; a set may give
# its own as `date:`.
EVAL_TODAY = dt.date(2026, 11, 30)
VERDICT = re.compile(r"^\s*(oui|non)\b(?! publi)", re.IGNORECASE)


@dataclass(frozen=True)
class Scores:
    n: int
    top1: float
    top3: float
    n_oos: int
    rejection: float  # out-of-scope questions declined
    declined: float  # in-scope questions not answered (suggested, declined, out of scope)
    wrong: float  # in-scope questions answered wrong, with confidence
    misses: list[tuple[str, str, str | None]]  # (question, expected, answered or outcome)
    false_accepts: list[tuple[str, str]]
    wrong_answers: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def wrong_overall(self) -> float:
        """Confident wrong answers among all questions, out-of-scope ones answered included."""
        total = self.n + self.n_oos
        bad = self.wrong * self.n + (1 - self.rejection) * self.n_oos
        return bad / total if total else 0.0


def fact_key(text: str) -> str:
    """Folded for fact matching: no case, accents, apostrophes or whitespace of any kind."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[\s'’`‘]+", "", text)


def answer_text(ans: Answer, entry_index: int = 0) -> str:
    """What the user reads: the definition first, then the entry's question and reply."""
    parts = []
    if ans.definition is not None:
        parts.append(f"{ans.definition.sigle} : {ans.definition.developpe}")
    shown = [ans.hit] if ans.matched and ans.hit else ans.suggestions
    if len(shown) > entry_index:
        e = shown[entry_index].entry
        parts += [e.question, e.reponse]
    return "\n".join(parts)


def has_facts(text: str, faits: list[str | list[str]], verdict: str | None = None) -> bool:
    key = fact_key(text)
    for fait in faits:
        options = fait if isinstance(fait, list) else [fait]
        if not any(fact_key(str(o)) in key for o in options):
            return False
    return not contradicts(text, verdict)


def contradicts(text: str, verdict: str | None) -> bool:
    """The reply opens with the opposite verdict (the definition line is skipped)."""
    if verdict is None:
        return False
    lines = text.split("\n")
    reply = lines[-1] if lines else ""
    m = VERDICT.match(reply)
    return bool(m) and m.group(1).lower() != verdict.lower()


def evaluate(index: FaqIndex | None = None, path: Path = DEVSET) -> Scores:
    kb = load()
    index = index or FaqIndex(kb.faq, kb.glossaire, kb.hors_perimetre, kb.dispositifs.values())
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    today = data.get("date") or EVAL_TODAY
    top1 = top3 = declined = wrong = 0
    misses, wrong_answers = [], []
    for item in data["questions"]:
        ans = index.answer(item["q"], item.get("profession"), item.get("exercice"), today)
        shown = ([ans.hit] if ans.matched and ans.hit else []) + list(ans.suggestions)
        if "attendu" in item:
            expected = item["attendu"]
            got = ans.hit.entry.id if ans.matched and ans.hit else None
            right = got == expected
            near = expected in [h.entry.id for h in shown[:3]]
        else:
            expected = " + ".join(map(str, item["faits"]))
            got = ans.hit.entry.id if ans.matched and ans.hit else None
            faits, verdict = item["faits"], item.get("verdict")
            right = ans.matched and has_facts(answer_text(ans), faits, verdict)
            near = right or any(
                has_facts(answer_text(_as_suggested(ans), i), faits, verdict)
                for i in range(min(3, len(ans.suggestions)))
            )
            if not shown and ans.definition is not None:  # the definition alone may answer
                right = near = has_facts(answer_text(ans), faits, verdict)
        top1 += right
        top3 += near
        if right:
            continue
        if ans.matched:
            wrong += 1
            wrong_answers.append((item["q"], expected, got or ""))
        else:
            declined += 1
        misses.append((item["q"], expected, got or f"({ans.outcome})"))
    rejected = 0
    false_accepts = []
    for q in data.get("hors_sujet") or []:
        ans = index.answer(q, today=today)
        if ans.matched and ans.hit:
            false_accepts.append((q, ans.hit.entry.id))
        else:
            rejected += 1
    n = len(data["questions"])
    n_oos = len(data.get("hors_sujet") or [])
    return Scores(
        n,
        top1 / n,
        top3 / n,
        n_oos,
        rejected / n_oos if n_oos else 1.0,
        declined / n,
        wrong / n,
        misses,
        false_accepts,
        wrong_answers,
    )


def _as_suggested(ans: Answer) -> Answer:
    """The same answer read as a list of suggestions (for top-3 on facts)."""
    return Answer(False, None, ans.suggestions, definition=ans.definition)


def report(name: str, s: Scores, verbose: bool = False) -> list[str]:
    lines = [
        f"{name}: {s.n} questions, {s.n_oos} hors sujet",
        f"  top-1 (answered right): {s.top1:.1%}",
        f"  top-3 (right among the first three shown): {s.top3:.1%}",
        f"  in-scope declined or suggested: {s.declined:.1%}",
        f"  confident wrong answers (in scope): {s.wrong:.1%}",
        f"  out-of-scope declined: {s.rejection:.1%}",
        f"  confident wrong answers (all questions, out of scope answered included): "
        f"{s.wrong_overall:.1%}",
    ]
    if verbose:
        lines += [f"  WRONG {q!r}: attendu {e}, obtenu {g}" for q, e, g in s.wrong_answers]
        lines += [
            f"  MISS  {q!r}: attendu {e}, obtenu {g}" for q, e, g in s.misses if g.startswith("(")
        ]
        lines += [f"  FALSE {q!r}: {g}" for q, g in s.false_accepts]
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    paths = [Path(a) for a in args if not a.startswith("-")]
    sets = [(str(p), p) for p in paths] or [(n, p) for n, p in SETS if p.exists()]
    kb = load()
    index = FaqIndex(kb.faq, kb.glossaire, kb.hors_perimetre, kb.dispositifs.values())
    for name, path in sets:
        print("\n".join(report(name, evaluate(index, path), verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
