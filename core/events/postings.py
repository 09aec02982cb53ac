"""Where an envoy is posted: "مندوب الكويت في مجلس الأمن"، "السفير الأمريكي في هولندا".
The actor "في" introduces after an envoy and his state is where he serves, not whom he
speaks for, so it is neither the subject nor the speaker of what he says (core.events.roles).
"""
from __future__ import annotations


from core import prepared
from core.text import Token, normalize_for_match
from core.events.triggers import ENVOY_WORDS, word_keys


REPRESENTATIVE_WORDS = ("مندوب", "مندوبة", "ممثل", "ممثلة", "مبعوث", "مبعوثة")  # besides ENVOY_WORDS


@prepared.table()
def _representative_keys() -> frozenset[str]:
    return frozenset(normalize_for_match(w) for w in ENVOY_WORDS + REPRESENTATIVE_WORDS if " " not in w)


def envoy_word(norm: str) -> bool:
    """An envoy or representative ("السفير"، "ومندوب"), through proclitics and the article."""
    return bool(_representative_keys() & word_keys(norm, False).keys())


POSTING_REACH = 4  # words from an envoy to the "في" of where he is posted ("المندوب الدائم لمصر في")


def posting(toks: list[Token], k: int) -> bool:
    """"مندوب الكويت في مجلس الأمن"، "السفير الأمريكي في هولندا": the "في" at k follows an
    envoy and his state within a few words, and what it introduces is where he is posted,
    not whom he speaks for."""
    return any(envoy_word(toks[m].norm) for m in range(max(k - POSTING_REACH, 0), k - 1))
