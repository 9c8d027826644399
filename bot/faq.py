"""Answering free questions from the FAQ of the guides.

Pipeline: French normalisation (accents, case, elisions) → acronym and synonym expansion from
`knowledge/glossaire.yaml` → typo correction against the index vocabulary (rapidfuzz) → BM25
over questions and their phrasings, with French stemming (bm25s + PyStemmer) and a stopword
list that keeps negations → fusion with a whole-string fuzzy score (reciprocal ranks) → a
confidence threshold below which the bot declines and suggests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import bm25s
import numpy as np
import Stemmer
from rapidfuzz import fuzz, process

from knowledge.schema import FaqEntree, Glossaire

# Function words only: "ne", "pas", "non", "sans", "plus", "jamais", "aucun" are kept on
# purpose, a negation changes the answer.
STOPWORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "c",
        "d",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "eux",
        "il",
        "ils",
        "je",
        "j",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "m",
        "ma",
        "mais",
        "me",
        "meme",
        "mes",
        "moi",
        "mon",
        "n",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pour",
        "qu",
        "que",
        "qui",
        "s",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "t",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "est",
        "sont",
        "suis",
        "es",
        "etes",
        "etre",
        "ai",
        "as",
        "avons",
        "avez",
        "ont",
        "avoir",
        "ca",
        "cela",
        "ceci",
        "dans",
        "ete",
        "fait",
        "faire",
        "faut",
        "quoi",
        "ya",
        "bon",
        "bien",
        "alors",
        "donc",
        "euh",
        "bah",
        "ben",
        "svp",
        "stp",
        "merci",
        "bonjour",
        "hello",
        "si",
        "tout",
        "tous",
        "toute",
        "toutes",
    ]
)
GREETING = re.compile(
    r"^(bonjour|bonsoir|salut|coucou|hello|bjr|slt|hey|yo)\b[\s!.,]*(a vous|tout le monde)?[\s!.]*$"
)
THANKS = re.compile(r"^(merci|thanks|top|super|parfait|genial|ok merci)\b.*$")
BYE = re.compile(r"^(au revoir|bonne (journee|soiree)|a bientot|bye)\b.*$")
ELISION = re.compile(r"\b(qu|jusqu|lorsqu|puisqu|[cdjlmnst])'")
RRF_K = 60


def normalise(text: str) -> str:
    """Lowercase, no accents, no elisions, punctuation as spaces."""
    text = text.replace("’", "'").replace("`", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = ELISION.sub(" ", text)
    text = re.sub(r"(\d)\s*%", r"\1 pourcent", text)
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Hit:
    entry: FaqEntree
    score: float  # fused score, higher is better
    bm25: float
    fuzzy: float
    coverage: float  # share of the question's words found in the entry's phrasings


@dataclass(frozen=True)
class Answer:
    matched: bool
    hit: Hit | None
    suggestions: list[Hit] = field(default_factory=list)
    kind: str = "faq"  # faq | greeting | thanks | bye | empty


class FaqIndex:
    """Built once at start-up from the FAQ and the glossary (well under a second)."""

    def __init__(self, entries: list[FaqEntree], glossaire: Glossaire) -> None:
        self.entries = entries
        self.by_id = {e.id: e for e in entries}
        self._stemmer = Stemmer.Stemmer("french")
        self._phrases = self._expansions(glossaire)
        docs: list[list[str]] = []
        self._doc_entry: list[int] = []
        self._doc_text: list[str] = []
        for i, e in enumerate(entries):
            for phrasing in [e.question, *e.formulations]:
                tokens = self.tokens(phrasing, correct=False)
                docs.append(tokens)
                self._doc_entry.append(i)
                self._doc_text.append(" ".join(tokens))
        self._entry_vocab = [set() for _ in entries]
        for tokens, i in zip(docs, self._doc_entry, strict=True):
            self._entry_vocab[i].update(tokens)
        self.vocab = sorted({t for d in docs for t in d})
        self._vocab_set = set(self.vocab)
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        self._bm25.index(docs, show_progress=False)
        self._doc_entry_arr = np.asarray(self._doc_entry)

    # ---- text processing ---------------------------------------------------------------

    @staticmethod
    def _expansions(g: Glossaire) -> list[tuple[re.Pattern[str], str]]:
        """Acronym variants → "sigle expansion"; synonyms → the group's first phrase."""
        pairs: list[tuple[str, str]] = []
        for term in g.termes:
            canon = normalise(term.sigle)
            target = f"{canon} {normalise(term.developpe)}"
            for variant in {term.sigle, *term.variantes}:
                pairs.append((normalise(variant), target))
            pairs.append((normalise(term.developpe), target))
        for group in g.synonymes:
            head = normalise(group[0])
            pairs.extend((normalise(w), head) for w in group[1:])
        pairs = [(a, b) for a, b in pairs if a and a != b]
        pairs.sort(key=lambda p: -len(p[0]))  # longest phrase first
        return [(re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), b) for a, b in pairs]

    def expand(self, text: str) -> str:
        text = normalise(text)
        marks: list[str] = []
        for pattern, target in self._phrases:
            if pattern.search(text):
                text = pattern.sub(f" \x00{len(marks)}\x00 ", text)
                marks.append(target)
        return re.sub(r"\x00(\d+)\x00", lambda m: marks[int(m.group(1))], text)

    def tokens(self, text: str, correct: bool = True) -> list[str]:
        words = [w for w in self.expand(text).split() if w not in STOPWORDS]
        if correct:
            words = [self._correct(w) for w in words]
        return self._stemmer.stemWords(words)

    def _correct(self, word: str) -> str:
        """A typo ("teletransmision") mapped to the closest indexed word, when close."""
        if len(word) < 5 or self._stemmer.stemWord(word) in self._vocab_set:
            return word
        found = process.extractOne(word, self.vocab, scorer=fuzz.ratio, score_cutoff=84)
        return found[0] if found else word

    # ---- search ------------------------------------------------------------------------

    def search(
        self, text: str, profession: str | None = None, exercice: int | None = None, k: int = 3
    ) -> list[Hit]:
        q = self.tokens(text)
        if not q:
            return []
        scores = self._bm25.get_scores(q)
        best_bm25 = np.full(len(self.entries), 0.0)
        np.maximum.at(best_bm25, self._doc_entry_arr, scores)
        query_text = " ".join(q)
        fuzzy = np.zeros(len(self.entries))
        for _, score, doc in process.extract(
            query_text, self._doc_text, scorer=fuzz.token_sort_ratio, limit=30
        ):
            i = self._doc_entry[doc]
            fuzzy[i] = max(fuzzy[i], score)
        rank_bm25 = np.argsort(-best_bm25, kind="stable")
        rank_fuzzy = np.argsort(-fuzzy, kind="stable")
        fused = np.zeros(len(self.entries))
        fused[rank_bm25] += 1 / (RRF_K + np.arange(1, len(self.entries) + 1))
        fused[rank_fuzzy] += 0.5 / (RRF_K + np.arange(1, len(self.entries) + 1))
        qset = set(q)
        hits = []
        for i in np.argsort(-fused)[: max(k, 8)]:
            e = self.entries[i]
            bonus = self._scope_bonus(e, profession, exercice)
            coverage = len(qset & self._entry_vocab[i]) / len(qset)
            hits.append(Hit(e, float(fused[i]) + bonus, float(best_bm25[i]), fuzzy[i], coverage))
        hits.sort(key=lambda h: -h.score)
        return hits[:k]

    @staticmethod
    def _scope_bonus(e: FaqEntree, profession: str | None, exercice: int | None) -> float:
        """Ties go to the entry of the practitioner's profession and exercice."""
        bonus = 0.0
        if profession and e.portee.professions:
            bonus += 0.002 if profession in e.portee.professions else -0.004
        if exercice and e.portee.exercices:
            bonus += 0.001 if exercice in e.portee.exercices else -0.001
        return bonus

    def answer(
        self, text: str, profession: str | None = None, exercice: int | None = None
    ) -> Answer:
        folded = normalise(text)
        if not folded:
            return Answer(False, None, kind="empty")
        for kind, pattern in (("greeting", GREETING), ("thanks", THANKS), ("bye", BYE)):
            if pattern.match(folded):
                return Answer(False, None, kind=kind)
        hits = self.search(text, profession, exercice, k=4)
        if not hits:
            return Answer(False, None)
        top = hits[0]
        if confident(top):
            return Answer(True, top, [h for h in hits[1:] if plausible(h)][:3])
        return Answer(False, None, [h for h in hits if plausible(h)][:3])


def confident(h: Hit) -> bool:
    """Accept the top hit: enough of the question is covered, and BM25 agrees."""
    return (h.coverage >= 0.5 and h.bm25 >= 4.0) or (h.fuzzy >= 88 and h.coverage >= 0.6)


def plausible(h: Hit) -> bool:
    """Worth offering as a suggestion below the threshold."""
    return h.coverage >= 0.3 and h.bm25 >= 2.0
