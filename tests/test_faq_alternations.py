"""The FAQ's big alternations, grouped by first letter for speed, match as flat ones do."""

import re

import pytest

from bot.faq import FaqIndex, _by_first_letter, _plural, _term
from bot.faq_text import normalise
from knowledge import Knowledge


@pytest.fixture(scope="module")
def index(kb: Knowledge) -> FaqIndex:
    return FaqIndex(
        kb.faq, kb.glossaire, kb.hors_perimetre, kb.dispositifs.values(), kb.professions
    )


def _texts(kb: Knowledge) -> list[str]:
    """What the index reads: every phrasing and answer of the FAQ, and a few questions."""
    texts = [t for e in kb.faq for t in (e.question, e.reponse, *e.formulations)]
    texts += [
        "les arrets de travail en ligne c'est pris en compte ?",
        "la messagerie securisee de sante, MSSanté, c'est obligatoire ?",
        "doctolib ca compte pour la teleconsultation ?",
    ]
    return [normalise(t) for t in texts]


def test_the_first_phrase_in_order_still_wins() -> None:
    phrases = ["dossier medical partage", "dossier medical", "dmp", "dossier"]
    grouped = re.compile(rf"(?<!\w)(?:{_by_first_letter(phrases, _plural)})(?!\w)")
    flat = re.compile(rf"(?<!\w)(?:{'|'.join(map(_plural, phrases))})(?!\w)")
    for text in ["le dossier medical partage", "un dossier medicaux", "dossiers", "le dmp"]:
        assert grouped.search(text)[0] == flat.search(text)[0]


def test_glossary_phrases_match_as_a_flat_alternation(index: FaqIndex, kb: Knowledge) -> None:
    phrases = sorted(index._phrase_map, key=len, reverse=True)
    flat = re.compile(rf"(?<!\w)(?:{'|'.join(map(_plural, phrases))})(?!\w)")
    for text in _texts(kb):
        expected = [(m.span(), m[0]) for m in flat.finditer(text)]
        assert [(m.span(), m[0]) for m in index._phrase_rx.finditer(text)] == expected


def test_the_first_out_of_scope_topic_named_wins(index: FaqIndex, kb: Knowledge) -> None:
    flat = [
        (sujet, re.compile(r"\b(" + "|".join(re.escape(_term(t)) for t in sujet.termes) + r")\b"))
        for sujet, _ in index._offtopic
    ]
    texts = _texts(kb) + [_term(t) for sujet, _ in index._offtopic for t in sujet.termes]
    for text in texts:
        kept = index.offtopic_text(text)
        expected = next((sujet for sujet, rx in flat if rx.search(kept)), None)
        assert index.offtopic_in(text) is expected, text
