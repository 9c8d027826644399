"""Answering free questions from the FAQ of the guides.

Pipeline: French normalisation (accents, case, elisions) → acronym and synonym expansion from
`knowledge/glossaire.yaml` → typo correction against the index vocabulary (rapidfuzz) → BM25
over questions and their phrasings, with French stemming (bm25s + PyStemmer) and a stopword
list that keeps negations, per entry and per phrasing → a weighted sum with the answers'
BM25, a whole-string fuzzy score and the scope (year, profession) → a confidence score
(coverage, unknown words, margin, out-of-scope topics of `knowledge/hors_perimetre.yaml`)
below which the bot declines and suggests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import bm25s
import numpy as np
import Stemmer
from rapidfuzz import fuzz, process

from knowledge.schema import FaqEntree, Glossaire, HorsPerimetre, SujetHorsPerimetre

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
    r"^(bonjour|bonsoir|salut|coucou|hello|bjr|slt|hey|yo)\b[\s!.,]*"
    r"(a vous|a tous|a toutes|tout le monde|docteur)?[\s!.]*$"
)
THANKS = re.compile(r"^(merci|thanks|top|super|parfait|genial|ok merci)\b.*$")
BYE = re.compile(r"^(au revoir|bonne (journee|soiree)|a bientot|bye)\b.*$")
YEAR = re.compile(r"\b(20[12]\d)\b")
DENTIST_WORDS = re.compile(r"\b(dentistes?|fami|chirurgiens?)\b")
DOCTOR_WORDS = re.compile(
    r"\b(medecins?|fs|forfait structure|donum|dotation numerique|generalistes?|volet [123])\b"
)
# Weights of the score components, tuned on tests/faq_devset.yaml (make eval).
W_PHRASE, W_ANSWER, W_FUZZY, W_SCOPE = 0.5, 0.2, 0.6, 0.6
FUZZY_POOL = 30  # lexical candidates re-ranked by the fuzzy score
SESSION_SCOPE = 0.15  # weight of the session's profession/exercice (ties only)
# Confidence = score + coverage − unknown words + margin − out-of-scope topic, vs THRESHOLD.
C_COVERAGE, C_UNKNOWN, C_MARGIN, C_OFFTOPIC, THRESHOLD = 2.0, 4.0, 2.0, 5.0, 2.0
ELISION = re.compile(r"\b(qu|jusqu|lorsqu|puisqu|[cdjlmnst])'")


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
    score: float  # combined score, higher is better
    bm25: float
    fuzzy: float
    coverage: float  # share of the question's words found in the entry's phrasings


@dataclass(frozen=True)
class Answer:
    matched: bool
    hit: Hit | None
    suggestions: list[Hit] = field(default_factory=list)
    kind: str = "faq"  # faq | greeting | thanks | bye | empty
    hors_sujet: SujetHorsPerimetre | None = None  # a neighbouring topic we do not cover


class FaqIndex:
    """Built once at start-up from the FAQ and the glossary (well under a second)."""

    def __init__(
        self,
        entries: list[FaqEntree],
        glossaire: Glossaire,
        hors_perimetre: HorsPerimetre | None = None,
    ) -> None:
        self.entries = entries
        self.by_id = {e.id: e for e in entries}
        self._stemmer = Stemmer.Stemmer("french")
        self._phrase_rx, self._phrase_map = self._expansions(glossaire)
        # Acronyms that are also French words ("MES"): recognised only in capitals.
        upper = [t.sigle for t in glossaire.termes if normalise(t.sigle) in STOPWORDS]
        self._case_rx = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, upper)) + r")(?!\w)")
            if upper
            else None
        )
        docs: list[list[str]] = []  # one per phrasing (question and formulations)
        entry_docs: list[list[str]] = []  # one per entry: all its phrasings
        self._doc_entry: list[int] = []
        for i, e in enumerate(entries):
            entry_docs.append([])
            for phrasing in [e.question, *e.formulations]:
                tokens = self.tokens(phrasing, correct=False)
                docs.append(tokens)
                entry_docs[i].extend(tokens)
                self._doc_entry.append(i)
        counts = np.bincount(self._doc_entry, minlength=len(entries))
        self._entry_ends = np.cumsum(counts)
        self._entry_starts = self._entry_ends - counts
        # Scope masks: which entries are limited to some years or professions.
        self._has_years = np.array([bool(e.portee.exercices) for e in entries])
        self._years = {
            y: np.array([y in e.portee.exercices for e in entries])
            for y in {y for e in entries for y in e.portee.exercices}
        }
        self._has_profession = np.array([bool(e.portee.professions) for e in entries])
        self._professions = {
            p: np.array([p in e.portee.professions for e in entries])
            for p in ("medecin", "chirurgien-dentiste")
        }
        self._doc_text = [" ".join(d) for d in docs]
        self._entry_vocab = [set(d) for d in entry_docs]
        self.vocab = sorted({t for d in docs for t in d})
        self._vocab_set = set(self.vocab)
        answer_docs = [self.tokens(e.reponse, correct=False) for e in entries]
        self._known = self._vocab_set.union(*map(set, answer_docs))
        # The entry document ranks best; the best single phrasing and the answer add recall.
        self._entries = _bm25(entry_docs)
        self._bm25 = _bm25(docs)
        self._answers = _bm25(answer_docs)
        self._offtopic = [
            (
                sujet,
                re.compile(
                    r"\b(" + "|".join(re.escape(normalise(t)) for t in sujet.termes) + r")\b"
                ),
            )
            for sujet in (hors_perimetre.sujets if hors_perimetre else [])
        ]

    # ---- text processing ---------------------------------------------------------------

    @staticmethod
    def _expansions(g: Glossaire) -> tuple[re.Pattern[str], dict[str, str]]:
        """Acronym variants and expansions → the acronym; synonyms → the group's first phrase.

        Mapping to one token (rather than appending the expansion) keeps questions short, so
        that "dossier médical partagé" and "DMP" match alike without diluting BM25. One
        regular expression, longest phrase first, rewrites a question in a single pass.
        """
        mapping: dict[str, str] = {}
        for term in g.termes:
            canon = normalise(term.sigle).replace(" ", "")
            phrases = [*term.variantes, re.sub(r"\s*\(.*\)", "", term.developpe)]
            if canon in STOPWORDS:  # "MES" but not the possessive "mes": see expand()
                canon += "acr"
            else:
                phrases.append(term.sigle)
            for phrase in phrases:
                mapping.setdefault(normalise(phrase), canon)
        for group in g.synonymes:
            head = normalise(group[0])
            for word in group[1:]:
                mapping.setdefault(normalise(word), head)
        mapping = {a: b for a, b in mapping.items() if a and a != b and a not in STOPWORDS}
        alternatives = "|".join(re.escape(a) for a in sorted(mapping, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), mapping

    def expand(self, text: str) -> str:
        if self._case_rx is not None:
            text = self._case_rx.sub(lambda m: f" {m.group(0).lower()}acr ", text)
        text = normalise(text)
        return self._phrase_rx.sub(lambda m: f" {self._phrase_map[m.group(0)]} ", text)

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
        self,
        text: str,
        profession: str | None = None,
        exercice: int | None = None,
        k: int = 3,
        tokens: list[str] | None = None,
    ) -> list[Hit]:
        q = self.tokens(text) if tokens is None else tokens
        if not q:
            return []
        best_phrase = np.maximum.reduceat(self._bm25.get_scores(q), self._entry_starts)
        answers = self._answers.get_scores(q)
        whole = self._entries.get_scores(q)
        lexical = (
            whole / (whole.max() or 1)
            + W_PHRASE * best_phrase / (best_phrase.max() or 1)
            + W_ANSWER * answers / (answers.max() or 1)
            + W_SCOPE * self._scope(normalise(text), profession, exercice)
        )
        # The whole-string fuzzy score only re-ranks the best lexical candidates.
        candidates = np.argpartition(-lexical, FUZZY_POOL)[:FUZZY_POOL]
        fuzzy = np.zeros(len(self.entries))
        query = " ".join(q)
        for i in candidates:
            start, end = self._entry_starts[i], self._entry_ends[i]
            fuzzy[i] = max(fuzz.token_sort_ratio(query, d) for d in self._doc_text[start:end])
        combined = lexical + W_FUZZY * fuzzy / 100
        qset = set(q)
        hits = []
        for i in np.argsort(-combined, kind="stable")[:k]:
            coverage = len(qset & self._entry_vocab[i]) / len(qset)
            hits.append(
                Hit(self.entries[i], float(combined[i]), float(best_phrase[i]), fuzzy[i], coverage)
            )
        return hits

    def _scope(self, folded: str, profession: str | None, exercice: int | None) -> np.ndarray:
        """+ for entries of the years and profession the question names, − for entries
        limited to others. The session's own profession and exercice only break ties."""
        years = {int(y) for y in YEAR.findall(folded)}
        year_weight = 1.0
        if not years and exercice:
            years, year_weight = {exercice}, SESSION_SCOPE
        prof_weight = 1.0
        if DENTIST_WORDS.search(folded):
            profession = "chirurgien-dentiste"
        elif DOCTOR_WORDS.search(folded):
            profession = "medecin"
        elif profession:
            prof_weight = SESSION_SCOPE
        out = np.zeros(len(self.entries))
        if years:
            named = np.zeros(len(self.entries), dtype=bool)
            for y in years & self._years.keys():
                named |= self._years[y]
            out += year_weight * np.where(self._has_years, np.where(named, 1.0, -1.0), 0.0)
        if profession in self._professions:
            out += prof_weight * np.where(
                self._has_profession, np.where(self._professions[profession], 0.5, -1.0), 0.0
            )
        return out

    def answer(
        self, text: str, profession: str | None = None, exercice: int | None = None
    ) -> Answer:
        folded = normalise(text)
        if not folded:
            return Answer(False, None, kind="empty")
        for kind, pattern in (("greeting", GREETING), ("thanks", THANKS), ("bye", BYE)):
            if pattern.match(folded):
                return Answer(False, None, kind=kind)
        tokens = self.tokens(text)
        hits = self.search(text, profession, exercice, k=4, tokens=tokens)
        offtopic = next((sujet for sujet, rx in self._offtopic if rx.search(folded)), None)
        if not hits:
            return Answer(False, None, hors_sujet=offtopic)
        unknown = sum(1 for t in tokens if t not in self._known and len(t) >= 3) / len(tokens)
        margin = hits[0].score - hits[1].score if len(hits) > 1 else hits[0].score
        if confidence(hits[0], margin, unknown, offtopic is not None) >= THRESHOLD:
            return Answer(True, hits[0], [h for h in hits[1:] if plausible(h)][:3])
        suggestions = [] if offtopic else [h for h in hits if plausible(h)][:3]
        return Answer(False, None, suggestions, hors_sujet=offtopic)


def _bm25(docs: list[list[str]]) -> bm25s.BM25:
    index = bm25s.BM25(k1=1.2, b=0.75)
    index.index(docs, show_progress=False)
    return index


def confidence(top: Hit, margin: float, unknown: float, offtopic: bool) -> float:
    """Higher when the question's words are covered by the entry, known to the FAQ, and the
    best entry stands out; a neighbouring out-of-scope topic lowers it."""
    return (
        top.score
        + C_COVERAGE * top.coverage
        - C_UNKNOWN * unknown
        + C_MARGIN * margin
        - C_OFFTOPIC * offtopic
    )


def plausible(h: Hit) -> bool:
    """Worth offering as a suggestion below the threshold."""
    return h.coverage >= 0.3 and h.bm25 >= 2.0
